//! The wizard's pages: household, members, income, housing, medical costs. Each page asks only the
//! questions that can matter for what is already known (schooling only for members of school age,
//! the disability grade only with a certificate…).

use chrono::NaiveDate;

use super::form::Edits;
use super::widgets::{choice_ui, count_ui, date_ui, heading_ui, money_ui, text_ui, yes_no_ui};
use crate::explain::arithmetic::{income_kind_key, period_key};
use crate::household::{
    Area, CareSetting, DeclaredBenefit, DeclaredPeriod, DisabilityCategory, Household,
    HouseholdStatus, IdNumberError, IncomeItem, IncomeKind, IncomePeriod, JuniorHighGraduate,
    MedicalEpisode, MedicalScheme, Member, OrphanStatus, Relationship, Renovation, RenovationKind,
    SchoolLevel, SelfCare, Sex, TekunSupport, Tenure, mask_id_number, mask_name, parse_id_number,
};
use crate::i18n::{Lang, tr};

/// Options of an enum with their message keys.
fn opts<T: Copy>(lang: Lang, items: &[(T, &str)]) -> Vec<(T, String)> {
    items.iter().map(|(v, k)| (*v, tr(lang, k))).collect()
}

/// A disability grade as text: 「2级」 / "grade 2".
fn grade(lang: Lang, g: u8) -> String {
    let mut args = fluent_bundle::FluentArgs::new();
    args.set("n", g);
    crate::i18n::tr_args(lang, "ui-grade", Some(&args))
}

/// The label of a fact (`fact-…` in locales/facts.ftl).
fn fact(lang: Lang, field: &str) -> String {
    tr(lang, &format!("fact-{}", field.replace('.', "-")))
}

/// The household page: hukou, status and the household-level facts.
pub fn household_ui(ui: &mut egui::Ui, h: &mut Household, e: &mut Edits) {
    let lang = e.lang;
    heading_ui(ui, &tr(lang, "ui-page-household"));
    let areas: Vec<(Area, String)> = Area::ALL
        .iter()
        .map(|a| (*a, tr(lang, &format!("code-{}", a.code()))))
        .collect();
    choice_ui(
        ui,
        e,
        "hukou_area",
        &fact(lang, "hukou_area"),
        &mut h.hukou_area,
        &areas,
    );
    let statuses = opts(
        lang,
        &[
            (HouseholdStatus::Dibao, "code-dibao"),
            (HouseholdStatus::Dibian, "code-dibian"),
            (HouseholdStatus::None, "code-none"),
        ],
    );
    choice_ui(
        ui,
        e,
        "status",
        &fact(lang, "status"),
        &mut h.status,
        &statuses,
    );
    yes_no_ui(ui, e, "rural", &fact(lang, "rural"), &mut h.rural);
    yes_no_ui(
        ui,
        e,
        "low_income_farmer",
        &fact(lang, "low_income_farmer"),
        &mut h.low_income_farmer,
    );
    yes_no_ui(
        ui,
        e,
        "hardship_worker_family",
        &fact(lang, "hardship_worker_family"),
        &mut h.hardship_worker_family,
    );
    yes_no_ui(
        ui,
        e,
        "fp_hardship_family",
        &fact(lang, "fp_hardship_family"),
        &mut h.fp_hardship_family,
    );
    yes_no_ui(
        ui,
        e,
        "youfu_family",
        &fact(lang, "youfu_family"),
        &mut h.youfu_family,
    );
    yes_no_ui(
        ui,
        e,
        "county_special_hardship",
        &fact(lang, "county_special_hardship"),
        &mut h.county_special_hardship,
    );
    yes_no_ui(
        ui,
        e,
        "hardship_event",
        &fact(lang, "hardship_event"),
        &mut h.hardship_event,
    );
    if matches!(
        h.status,
        Some(HouseholdStatus::Dibao | HouseholdStatus::Dibian)
    ) {
        yes_no_ui(
            ui,
            e,
            "first_enterprise_subscription_over",
            &fact(lang, "first_enterprise_subscription_over"),
            &mut h.first_enterprise_subscription_over,
        );
    }
    yes_no_ui(
        ui,
        e,
        "complex_case",
        &fact(lang, "complex_case"),
        &mut h.complex_case,
    );
}

/// Relationship options.
fn relationships(lang: Lang) -> Vec<(Relationship, String)> {
    opts(
        lang,
        &[
            (Relationship::Applicant, "opt-rel-applicant"),
            (Relationship::Spouse, "opt-rel-spouse"),
            (Relationship::Child, "opt-rel-child"),
            (Relationship::Parent, "opt-rel-parent"),
            (Relationship::Grandparent, "opt-rel-grandparent"),
            (Relationship::Grandchild, "opt-rel-grandchild"),
            (Relationship::Sibling, "opt-rel-sibling"),
            (Relationship::Other, "opt-rel-other"),
        ],
    )
}

/// The member's display name (masked on request).
pub fn member_name(lang: Lang, m: &Member, index: usize, mask: bool) -> String {
    match &m.name {
        Some(n) if mask => mask_name(n),
        Some(n) => n.clone(),
        None => format!("{} {}", tr(lang, "ui-member"), index + 1),
    }
}

/// The members page: a table of members, then the editor of the selected one.
pub fn members_ui(
    ui: &mut egui::Ui,
    h: &mut Household,
    e: &mut Edits,
    selected: &mut usize,
    today: NaiveDate,
) {
    let lang = e.lang;
    heading_ui(ui, &tr(lang, "ui-page-members"));
    let rels = relationships(lang);
    egui::Grid::new("members-table")
        .striped(true)
        .num_columns(5)
        .show(ui, |ui| {
            super::widgets::header_row(
                ui,
                lang,
                &[
                    "ui-col-name",
                    "fact-relationship",
                    "fact-birth_date",
                    "fact-disabled",
                    "fact-schooling",
                ],
            );
            for (i, m) in h.members.iter().enumerate() {
                let name = member_name(lang, m, i, e.mask);
                if ui.selectable_label(*selected == i, name).clicked() {
                    *selected = i;
                }
                let rel = m
                    .relationship
                    .and_then(|r| rels.iter().find(|(x, _)| *x == r))
                    .map(|(_, t)| t.clone());
                ui.label(rel.unwrap_or_else(|| tr(lang, "ui-unknown")));
                ui.label(
                    m.birth_date
                        .map_or_else(|| tr(lang, "ui-unknown"), |d| d.to_string()),
                );
                ui.label(match (m.disabled, m.disability_grade) {
                    (Some(true), Some(g)) => grade(lang, g),
                    (Some(true), None) => tr(lang, "ui-yes"),
                    (Some(false), _) => tr(lang, "ui-no"),
                    (None, _) => tr(lang, "ui-unknown"),
                });
                ui.label(m.schooling.map_or_else(
                    || tr(lang, "ui-unknown"),
                    |s| {
                        tr(
                            lang,
                            &format!("code-{}", crate::policy::rules::education::school_code(s)),
                        )
                    },
                ));
                ui.end_row();
            }
        });
    ui.horizontal(|ui| {
        if ui.button(tr(lang, "ui-add-member")).clicked() {
            h.members.push(Member::default());
            *selected = h.members.len() - 1;
        }
        if h.members.len() > 1 && ui.button(tr(lang, "ui-remove-member")).clicked() {
            h.members.remove(*selected);
            *selected = selected.saturating_sub(1);
            e.reset();
        }
    });
    if h.members.is_empty() {
        return;
    }
    *selected = (*selected).min(h.members.len() - 1);
    let i = *selected;
    let outside = h.hukou_area == Some(Area::OutsideWenzhou);
    member_ui(ui, &mut h.members[i], i, e, today, outside);
}

fn member_ui(
    ui: &mut egui::Ui,
    m: &mut Member,
    i: usize,
    e: &mut Edits,
    today: NaiveDate,
    outside: bool,
) {
    let lang = e.lang;
    let p = |f: &str| format!("members[{i}].{f}");
    heading_ui(ui, &format!("{} {}", tr(lang, "ui-member"), i + 1));
    text_ui(ui, e, &p("name"), &fact(lang, "name"), &mut m.name);
    id_number_ui(ui, m, i, e);
    choice_ui(
        ui,
        e,
        &p("relationship"),
        &fact(lang, "relationship"),
        &mut m.relationship,
        &relationships(lang),
    );
    date_ui(
        ui,
        e,
        &p("birth_date"),
        &fact(lang, "birth_date"),
        &mut m.birth_date,
        today,
    );
    let sexes = opts(
        lang,
        &[(Sex::Male, "opt-sex-male"), (Sex::Female, "opt-sex-female")],
    );
    choice_ui(ui, e, &p("sex"), &fact(lang, "sex"), &mut m.sex, &sexes);
    let age = m.age_on(today);

    ui.add_space(4.0);
    let tekun = opts(
        lang,
        &[
            (TekunSupport::No, "opt-tekun-no"),
            (TekunSupport::ConcentratedPublic, "opt-tekun-public"),
            (TekunSupport::ConcentratedSocial, "opt-tekun-social"),
            (TekunSupport::Dispersed, "opt-tekun-dispersed"),
        ],
    );
    choice_ui(
        ui,
        e,
        &p("tekun"),
        &fact(lang, "tekun"),
        &mut m.tekun,
        &tekun,
    );
    if m.is_tekun() == Some(true) {
        let care = opts(
            lang,
            &[
                (SelfCare::FullyLost, "opt-care-fully-lost"),
                (SelfCare::ModeratelyLost, "opt-care-moderately-lost"),
                (SelfCare::MildlyLost, "opt-care-mildly-lost"),
                (SelfCare::Able, "opt-care-able"),
            ],
        );
        choice_ui(
            ui,
            e,
            &p("self_care"),
            &fact(lang, "self_care"),
            &mut m.self_care,
            &care,
        );
    }
    yes_no_ui(ui, e, &p("veteran"), &fact(lang, "veteran"), &mut m.veteran);
    yes_no_ui(
        ui,
        e,
        &p("disabled"),
        &fact(lang, "disabled"),
        &mut m.disabled,
    );
    if m.disabled == Some(true) {
        let cats = opts(
            lang,
            &[
                (DisabilityCategory::Visual, "opt-dis-visual"),
                (DisabilityCategory::Hearing, "opt-dis-hearing"),
                (DisabilityCategory::Speech, "opt-dis-speech"),
                (DisabilityCategory::Physical, "opt-dis-physical"),
                (DisabilityCategory::Intellectual, "opt-dis-intellectual"),
                (DisabilityCategory::Mental, "opt-dis-mental"),
                (DisabilityCategory::Multiple, "opt-dis-multiple"),
            ],
        );
        choice_ui(
            ui,
            e,
            &p("disability_category"),
            &fact(lang, "disability_category"),
            &mut m.disability_category,
            &cats,
        );
        let grades: Vec<(u8, String)> = (1..=4).map(|g| (g, grade(lang, g))).collect();
        choice_ui(
            ui,
            e,
            &p("disability_grade"),
            &fact(lang, "disability_grade"),
            &mut m.disability_grade,
            &grades,
        );
    }
    let child = age.is_none_or(|a| a < 18);
    let orphans = opts(
        lang,
        &[
            (OrphanStatus::No, "opt-orphan-no"),
            (OrphanStatus::Institution, "opt-orphan-institution"),
            (OrphanStatus::Scattered, "opt-orphan-scattered"),
            (OrphanStatus::DeFactoUnsupported, "opt-orphan-unsupported"),
        ],
    );
    choice_ui(
        ui,
        e,
        &p("orphan"),
        &fact(lang, "orphan"),
        &mut m.orphan,
        &orphans,
    );
    if child {
        yes_no_ui(
            ui,
            e,
            &p("vulnerable_child"),
            &fact(lang, "vulnerable_child"),
            &mut m.vulnerable_child,
        );
    }

    // Schooling only for members of school age (or whose age is not known yet).
    if age.is_none_or(|a| (3..=35).contains(&a)) {
        ui.add_space(4.0);
        let levels: Vec<(SchoolLevel, String)> = [
            SchoolLevel::None,
            SchoolLevel::Preschool,
            SchoolLevel::Primary,
            SchoolLevel::JuniorSecondary,
            SchoolLevel::SecondaryVocational,
            SchoolLevel::SeniorHigh,
            SchoolLevel::JuniorCollege,
            SchoolLevel::Bachelor,
            SchoolLevel::Postgraduate,
        ]
        .iter()
        .map(|s| {
            (
                *s,
                tr(
                    lang,
                    &format!("code-{}", crate::policy::rules::education::school_code(*s)),
                ),
            )
        })
        .collect();
        choice_ui(
            ui,
            e,
            &p("schooling"),
            &fact(lang, "schooling"),
            &mut m.schooling,
            &levels,
        );
        if m.schooling.is_some_and(SchoolLevel::is_compulsory) {
            yes_no_ui(
                ui,
                e,
                &p("student_aid_recipient"),
                &fact(lang, "student_aid_recipient"),
                &mut m.student_aid_recipient,
            );
        }
        if m.schooling.is_some_and(|s| s != SchoolLevel::None) {
            money_ui(
                ui,
                e,
                &p("tuition_paid_yearly"),
                &fact(lang, "tuition_paid_yearly"),
                &mut m.tuition_paid_yearly,
            );
        }
        if age.is_none_or(|a| a >= 15) {
            yes_no_ui(
                ui,
                e,
                &p("adult_exam_certificate"),
                &fact(lang, "adult_exam_certificate"),
                &mut m.adult_exam_certificate,
            );
        }
        if age.is_none_or(|a| a >= 18) {
            yes_no_ui(
                ui,
                e,
                &p("adult_not_independent"),
                &fact(lang, "adult_not_independent"),
                &mut m.adult_not_independent,
            );
        }
    }

    ui.add_space(4.0);
    let schemes = opts(
        lang,
        &[
            (MedicalScheme::Resident, "opt-scheme-resident"),
            (MedicalScheme::Employee, "opt-scheme-employee"),
            (MedicalScheme::EmployeeFlexible, "opt-scheme-flexible"),
            (MedicalScheme::None, "opt-scheme-none"),
        ],
    );
    choice_ui(
        ui,
        e,
        &p("medical_scheme"),
        &fact(lang, "medical_scheme"),
        &mut m.medical_scheme,
        &schemes,
    );
    if matches!(
        m.medical_scheme,
        Some(MedicalScheme::Employee | MedicalScheme::EmployeeFlexible)
    ) {
        yes_no_ui(
            ui,
            e,
            &p("retired_employee"),
            &fact(lang, "retired_employee"),
            &mut m.retired_employee,
        );
    }
    if age.is_none_or(|a| a >= 16) {
        yes_no_ui(
            ui,
            e,
            &p("resident_pension_enrolled"),
            &fact(lang, "resident_pension_enrolled"),
            &mut m.resident_pension_enrolled,
        );
    }
    yes_no_ui(
        ui,
        e,
        &p("supplementary_insurance_enrolled"),
        &fact(lang, "supplementary_insurance_enrolled"),
        &mut m.supplementary_insurance_enrolled,
    );
    yes_no_ui(
        ui,
        e,
        &p("chronic_outpatient"),
        &fact(lang, "chronic_outpatient"),
        &mut m.chronic_outpatient,
    );
    yes_no_ui(
        ui,
        e,
        &p("special_disease"),
        &fact(lang, "special_disease"),
        &mut m.special_disease,
    );
    if age.is_none_or(|a| a >= 60) {
        let mut count = m.chronic_disease_count.map(u32::from);
        if count_ui(
            ui,
            e,
            &p("chronic_disease_count"),
            &fact(lang, "chronic_disease_count"),
            &mut count,
        ) {
            m.chronic_disease_count = count.and_then(|c| u8::try_from(c).ok());
        }
    }
    if m.veteran == Some(true) {
        money_ui(
            ui,
            e,
            &p("veteran_medical_aid_used"),
            &fact(lang, "veteran_medical_aid_used"),
            &mut m.veteran_medical_aid_used,
        );
    }

    ui.add_space(4.0);
    yes_no_ui(
        ui,
        e,
        &p("frontline_worker"),
        &fact(lang, "frontline_worker"),
        &mut m.frontline_worker,
    );
    if m.frontline_worker == Some(true) {
        yes_no_ui(
            ui,
            e,
            &p("in_kind_rental_allocated"),
            &fact(lang, "in_kind_rental_allocated"),
            &mut m.in_kind_rental_allocated,
        );
        count_ui(
            ui,
            e,
            &p("frontline_rent_months_received"),
            &fact(lang, "frontline_rent_months_received"),
            &mut m.frontline_rent_months_received,
        );
    }
    if outside {
        count_ui(
            ui,
            e,
            &p("labour_contract_years"),
            &fact(lang, "labour_contract_years"),
            &mut m.labour_contract_years,
        );
        count_ui(
            ui,
            e,
            &p("employer_contribution_months"),
            &fact(lang, "employer_contribution_months"),
            &mut m.employer_contribution_months,
        );
        if child {
            yes_no_ui(
                ui,
                e,
                &p("parent_residence_permit"),
                &fact(lang, "parent_residence_permit"),
                &mut m.parent_residence_permit,
            );
            // 6号 第27条's senior-high 同城待遇 for junior-high graduates.
            let graduates = opts(
                lang,
                &[
                    (JuniorHighGraduate::ThisYear, "code-graduate-this-year"),
                    (JuniorHighGraduate::Earlier, "code-graduate-earlier"),
                    (JuniorHighGraduate::No, "code-graduate-no"),
                ],
            );
            choice_ui(
                ui,
                e,
                &p("junior_high_graduate"),
                &fact(lang, "junior_high_graduate"),
                &mut m.junior_high_graduate,
                &graduates,
            );
            if matches!(
                m.junior_high_graduate,
                Some(JuniorHighGraduate::ThisYear | JuniorHighGraduate::Earlier)
            ) {
                yes_no_ui(
                    ui,
                    e,
                    &p("hukou_in_zhejiang"),
                    &fact(lang, "hukou_in_zhejiang"),
                    &mut m.hukou_in_zhejiang,
                );
                yes_no_ui(
                    ui,
                    e,
                    &p("wenzhou_school_registration"),
                    &fact(lang, "wenzhou_school_registration"),
                    &mut m.wenzhou_school_registration,
                );
                count_ui(
                    ui,
                    e,
                    &p("parent_residence_permit_years"),
                    &fact(lang, "parent_residence_permit_years"),
                    &mut m.parent_residence_permit_years,
                );
                count_ui(
                    ui,
                    e,
                    &p("wenzhou_junior_high_years"),
                    &fact(lang, "wenzhou_junior_high_years"),
                    &mut m.wenzhou_junior_high_years,
                );
            }
        }
    }
}

/// The ID number: checked (GB 11643 check digit); it fills in an unknown birth date and sex, and a
/// mismatch with what was typed is shown, never overwritten.
fn id_number_ui(ui: &mut egui::Ui, m: &mut Member, i: usize, e: &mut Edits) {
    let lang = e.lang;
    let path = format!("members[{i}].id_number");
    if e.mask {
        let shown = m
            .id_number
            .as_deref()
            .map(mask_id_number)
            .unwrap_or_default();
        ui.horizontal(|ui| {
            ui.add_sized([190.0, 20.0], egui::Label::new(fact(lang, "id_number")));
            ui.label(shown);
        });
        return;
    }
    if text_ui(ui, e, &path, &fact(lang, "id_number"), &mut m.id_number) {
        e.errors.remove(&path);
    }
    let Some(id) = m.id_number.clone() else {
        return;
    };
    match parse_id_number(&id) {
        Ok(info) => {
            if m.birth_date.is_none() {
                m.birth_date = Some(info.birth_date);
            }
            if m.sex.is_none() {
                m.sex = Some(info.sex);
            }
            if m.birth_date != Some(info.birth_date) || m.sex != Some(info.sex) {
                ui.colored_label(ui.visuals().warn_fg_color, tr(lang, "ui-id-mismatch"));
            }
        }
        Err(err) => {
            let key = match err {
                IdNumberError::CheckDigit { .. } => "ui-error-id-check",
                IdNumberError::BirthDate => "ui-error-id-date",
                _ => "ui-error-id-shape",
            };
            ui.colored_label(ui.visuals().error_fg_color, tr(lang, key));
        }
    }
}

/// The income page: each member's income items.
pub fn income_ui(ui: &mut egui::Ui, h: &mut Household, e: &mut Edits, today: NaiveDate) {
    let lang = e.lang;
    heading_ui(ui, &tr(lang, "ui-page-income"));
    let kinds: Vec<(IncomeKind, String)> = [
        IncomeKind::Wages,
        IncomeKind::SelfEmployment,
        IncomeKind::PublicWelfarePost,
        IncomeKind::CropCompensation,
        IncomeKind::OutsourcedProcessing,
        IncomeKind::VeteranSupplement,
        IncomeKind::EquityDividend,
        IncomeKind::Pension,
        IncomeKind::Other,
    ]
    .into_iter()
    .map(|k| (k, tr(lang, income_kind_key(k))))
    .collect();
    let periods: Vec<(IncomePeriod, String)> =
        [IncomePeriod::Month, IncomePeriod::Year, IncomePeriod::Once]
            .into_iter()
            .map(|p| (p, tr(lang, period_key(p))))
            .collect();
    let mask = e.mask;
    for (i, m) in h.members.iter_mut().enumerate() {
        ui.collapsing(member_name(lang, m, i, mask), |ui| {
            let mut remove = None;
            for (j, item) in m.incomes.iter_mut().enumerate() {
                let p = |f: &str| format!("members[{i}].incomes[{j}].{f}");
                ui.group(|ui| {
                    let mut kind = Some(item.kind);
                    if choice_ui(
                        ui,
                        e,
                        &p("kind"),
                        &fact(lang, "incomes.kind"),
                        &mut kind,
                        &kinds,
                    ) && let Some(k) = kind
                    {
                        item.kind = k;
                    }
                    let mut amount = Some(item.amount);
                    if money_ui(
                        ui,
                        e,
                        &p("amount"),
                        &fact(lang, "incomes.amount"),
                        &mut amount,
                    ) {
                        item.amount = amount.unwrap_or_default();
                    }
                    let mut period = Some(item.period);
                    if choice_ui(
                        ui,
                        e,
                        &p("period"),
                        &fact(lang, "incomes.period"),
                        &mut period,
                        &periods,
                    ) && let Some(x) = period
                    {
                        item.period = x;
                    }
                    if item.kind.is_earnings() {
                        date_ui(
                            ui,
                            e,
                            &p("job_start"),
                            &fact(lang, "incomes.job_start"),
                            &mut item.job_start,
                            today,
                        );
                        yes_no_ui(
                            ui,
                            e,
                            &p("first_job_since_recognition"),
                            &fact(lang, "incomes.first_job_since_recognition"),
                            &mut item.first_job_since_recognition,
                        );
                    }
                    if item.period == IncomePeriod::Once {
                        date_ui(
                            ui,
                            e,
                            &p("received_on"),
                            &fact(lang, "incomes.received_on"),
                            &mut item.received_on,
                            today,
                        );
                    }
                    if ui.button(tr(lang, "ui-remove-income")).clicked() {
                        remove = Some(j);
                    }
                });
            }
            if let Some(j) = remove {
                m.incomes.remove(j);
                e.reset();
            }
            if ui.button(tr(lang, "ui-add-income")).clicked() {
                m.incomes.push(IncomeItem {
                    kind: IncomeKind::Wages,
                    amount: rust_decimal::Decimal::ZERO,
                    period: IncomePeriod::Month,
                    job_start: None,
                    first_job_since_recognition: None,
                    received_on: None,
                });
            }
        });
    }
}

/// What the household already receives (已享受待遇), as it declares it: the results show it beside
/// what the rules compute.
pub fn declared_ui(ui: &mut egui::Ui, h: &mut Household, e: &mut Edits) {
    let lang = e.lang;
    ui.add_space(8.0);
    ui.strong(tr(lang, "ui-declared"));
    ui.label(egui::RichText::new(tr(lang, "ui-declared-help")).small());
    // Rules with an amount in money: the ones a household can say it receives.
    let rules: Vec<(&'static str, String)> = crate::policy::all_rules()
        .filter(|m| {
            crate::policy::rules::REGISTRY
                .iter()
                .any(|(id, _)| *id == m.id)
        })
        .map(|m| {
            (
                m.id,
                format!("{} {}", m.id, tr(lang, &format!("rule-{}", m.id))),
            )
        })
        .collect();
    let periods = opts(
        lang,
        &[
            (DeclaredPeriod::Month, "opt-period-month"),
            (DeclaredPeriod::Year, "opt-period-year"),
            (DeclaredPeriod::SchoolYear, "opt-period-school-year"),
            (DeclaredPeriod::Once, "opt-period-once"),
        ],
    );
    let mut remove = None;
    for (j, b) in h.declared.iter_mut().enumerate() {
        let p = |f: &str| format!("declared[{j}].{f}");
        ui.group(|ui| {
            let mut rule = rules.iter().map(|(id, _)| *id).find(|id| *id == b.rule);
            if choice_ui(
                ui,
                e,
                &p("rule"),
                &fact(lang, "declared.rule"),
                &mut rule,
                &rules,
            ) && let Some(r) = rule
            {
                r.clone_into(&mut b.rule);
            }
            let mut amount = Some(b.amount);
            if money_ui(
                ui,
                e,
                &p("amount"),
                &fact(lang, "declared.amount"),
                &mut amount,
            ) {
                b.amount = amount.unwrap_or_default();
            }
            let mut period = Some(b.period);
            if choice_ui(
                ui,
                e,
                &p("period"),
                &fact(lang, "declared.period"),
                &mut period,
                &periods,
            ) && let Some(x) = period
            {
                b.period = x;
            }
            if ui.button(tr(lang, "ui-remove-declared")).clicked() {
                remove = Some(j);
            }
        });
    }
    if let Some(j) = remove {
        h.declared.remove(j);
        e.reset();
    }
    if ui.button(tr(lang, "ui-add-declared")).clicked() {
        h.declared.push(DeclaredBenefit {
            rule: "INC-01".to_owned(),
            amount: rust_decimal::Decimal::ZERO,
            period: DeclaredPeriod::Month,
        });
    }
}

/// The housing page.
pub fn housing_ui(ui: &mut egui::Ui, h: &mut Household, e: &mut Edits) {
    let lang = e.lang;
    heading_ui(ui, &tr(lang, "ui-page-housing"));
    let tenures = opts(
        lang,
        &[
            (Tenure::Owned, "opt-tenure-owned"),
            (Tenure::MarketRental, "opt-tenure-market"),
            (Tenure::PublicRental, "opt-tenure-public"),
            (Tenure::Other, "opt-tenure-other"),
        ],
    );
    let hs = &mut h.housing;
    choice_ui(
        ui,
        e,
        "housing.tenure",
        &fact(lang, "housing.tenure"),
        &mut hs.tenure,
        &tenures,
    );
    yes_no_ui(
        ui,
        e,
        "housing.owns_housing_in_shiqu",
        &fact(lang, "housing.owns_housing_in_shiqu"),
        &mut hs.owns_housing_in_shiqu,
    );
    if hs.owns_housing_in_shiqu != Some(false) || hs.tenure == Some(Tenure::Owned) {
        money_ui(
            ui,
            e,
            "housing.owned_floor_area_m2",
            &fact(lang, "housing.owned_floor_area_m2"),
            &mut hs.owned_floor_area_m2,
        );
    }
    if matches!(
        hs.tenure,
        Some(Tenure::MarketRental | Tenure::PublicRental) | None
    ) {
        money_ui(
            ui,
            e,
            "housing.rent_monthly",
            &fact(lang, "housing.rent_monthly"),
            &mut hs.rent_monthly,
        );
    }
    yes_no_ui(
        ui,
        e,
        "housing.housing_security_eligible",
        &fact(lang, "housing.housing_security_eligible"),
        &mut hs.housing_security_eligible,
    );
    yes_no_ui(
        ui,
        e,
        "housing.rental_priority_group",
        &fact(lang, "housing.rental_priority_group"),
        &mut hs.rental_priority_group,
    );
    yes_no_ui(
        ui,
        e,
        "housing.anju_project",
        &fact(lang, "housing.anju_project"),
        &mut hs.anju_project,
    );
    let mut renovating = Some(hs.dilapidated_renovation.is_some());
    if yes_no_ui(
        ui,
        e,
        "housing.dilapidated_renovation",
        &fact(lang, "housing.dilapidated_renovation"),
        &mut renovating,
    ) {
        hs.dilapidated_renovation = (renovating == Some(true)).then_some(Renovation {
            kind: RenovationKind::NewBuild,
            floor_area_m2: None,
            recognised: None,
        });
    }
    if let Some(r) = &mut hs.dilapidated_renovation {
        let kinds = opts(
            lang,
            &[
                (RenovationKind::NewBuild, "opt-renovation-new"),
                (RenovationKind::Repair, "opt-renovation-repair"),
            ],
        );
        let mut kind = Some(r.kind);
        if choice_ui(
            ui,
            e,
            "housing.dilapidated_renovation.kind",
            &fact(lang, "housing.dilapidated_renovation.kind"),
            &mut kind,
            &kinds,
        ) && let Some(k) = kind
        {
            r.kind = k;
        }
        money_ui(
            ui,
            e,
            "housing.dilapidated_renovation.floor_area_m2",
            &fact(lang, "housing.dilapidated_renovation.floor_area_m2"),
            &mut r.floor_area_m2,
        );
        yes_no_ui(
            ui,
            e,
            "housing.dilapidated_renovation.recognised",
            &fact(lang, "housing.dilapidated_renovation.recognised"),
            &mut r.recognised,
        );
    }
    heading_ui(ui, &tr(lang, "ui-section-utilities"));
    yes_no_ui(
        ui,
        e,
        "utilities.piped_gas",
        &fact(lang, "utilities.piped_gas"),
        &mut h.utilities.piped_gas,
    );
    yes_no_ui(
        ui,
        e,
        "utilities.cable_tv",
        &fact(lang, "utilities.cable_tv"),
        &mut h.utilities.cable_tv,
    );
}

/// The medical page: each member's settlement slips.
pub fn medical_ui(ui: &mut egui::Ui, h: &mut Household, e: &mut Edits) {
    let lang = e.lang;
    heading_ui(ui, &tr(lang, "ui-page-medical"));
    ui.label(tr(lang, "ui-medical-help"));
    let settings = opts(
        lang,
        &[
            (CareSetting::Inpatient, "opt-care-inpatient"),
            (
                CareSetting::SpecialDiseaseOutpatient,
                "opt-care-special-outpatient",
            ),
            (
                CareSetting::ChronicOutpatient,
                "opt-care-chronic-outpatient",
            ),
            (
                CareSetting::GeneralOutpatient,
                "opt-care-general-outpatient",
            ),
            (CareSetting::HomeBed, "opt-care-home-bed"),
        ],
    );
    let mask = e.mask;
    for (i, m) in h.members.iter_mut().enumerate() {
        ui.collapsing(member_name(lang, m, i, mask), |ui| {
            let mut remove = None;
            for (j, ep) in m.medical.iter_mut().enumerate() {
                let p = |f: &str| format!("members[{i}].medical[{j}].{f}");
                ui.group(|ui| {
                    let mut setting = Some(ep.setting);
                    if choice_ui(
                        ui,
                        e,
                        &p("setting"),
                        &fact(lang, "medical.setting"),
                        &mut setting,
                        &settings,
                    ) && let Some(s) = setting
                    {
                        ep.setting = s;
                    }
                    yes_no_ui(
                        ui,
                        e,
                        &p("designated"),
                        &fact(lang, "medical.designated"),
                        &mut ep.designated,
                    );
                    for (field, value) in [
                        ("total", &mut ep.total),
                        ("out_of_scope", &mut ep.out_of_scope),
                        ("basic_insurance_paid", &mut ep.basic_insurance_paid),
                        ("critical_illness_paid", &mut ep.critical_illness_paid),
                        ("supplementary_paid", &mut ep.supplementary_paid),
                    ] {
                        let mut v = Some(*value);
                        if money_ui(
                            ui,
                            e,
                            &p(field),
                            &fact(lang, &format!("medical.{field}")),
                            &mut v,
                        ) {
                            *value = v.unwrap_or_default();
                        }
                    }
                    if ui.button(tr(lang, "ui-remove-episode")).clicked() {
                        remove = Some(j);
                    }
                });
            }
            if let Some(j) = remove {
                m.medical.remove(j);
                e.reset();
            }
            if ui.button(tr(lang, "ui-add-episode")).clicked() {
                m.medical.push(MedicalEpisode {
                    setting: CareSetting::Inpatient,
                    designated: None,
                    total: rust_decimal::Decimal::ZERO,
                    out_of_scope: rust_decimal::Decimal::ZERO,
                    basic_insurance_paid: rust_decimal::Decimal::ZERO,
                    critical_illness_paid: rust_decimal::Decimal::ZERO,
                    supplementary_paid: rust_decimal::Decimal::ZERO,
                });
            }
        });
    }
}
