//! The result page: one row per benefit, grouped by programme family, with outcome, amount and
//! clause; each row opens to the reasons, the conditions tested (value, threshold, gap), the facts
//! that would decide an undetermined result with a button that jumps to the field, the parameters
//! used with their source, and the verbatim clause. Above them: the documents that have lapsed by
//! the assessment date with the offer to import a policy update or to assess on their last day, the
//! marker of a historical assessment, and the gazettes' warnings on the local values used.

use chrono::NaiveDate;
use fluent_bundle::FluentArgs;

use crate::engine::{Form, Notice, Outcome};
use crate::explain::arithmetic::declared_text;
use crate::explain::groups::{Group, Groups};
use crate::explain::next_steps::{NextSteps, fact_label};
use crate::explain::{DeterminationView, ResultView, amount_text, outcome_key};
use crate::i18n::{Lang, tr, tr_args};

/// What the officer asked for on the result page.
#[must_use]
pub enum ResultAction {
    /// Nothing.
    None,
    /// Go to the field at this path.
    Jump(String),
    /// Assess on this date instead.
    SetDate(NaiveDate),
    /// Import a policy update (the file dialog, then the changes shown before anything changes).
    ImportUpdate,
}

fn outcome_color(ui: &egui::Ui, o: Outcome) -> egui::Color32 {
    match o {
        Outcome::Eligible => egui::Color32::from_rgb(0, 130, 60),
        Outcome::Refer => egui::Color32::from_rgb(30, 90, 200),
        Outcome::Undetermined => ui.visuals().warn_fg_color,
        Outcome::Ineligible => ui.visuals().weak_text_color(),
    }
}

/// Draws the results; returns what the officer asked for. `lapsed_since` lists the documents in
/// force on the assessment date that have lapsed by today, with their last day
/// (`explain::lapsed_since`): the assessment is then a historical one.
pub fn results_ui(
    ui: &mut egui::Ui,
    v: &DeterminationView,
    lang: Lang,
    show_not_applicable: &mut bool,
    lapsed_since: &[(String, NaiveDate)],
) -> ResultAction {
    let mut action = ResultAction::None;
    for n in &v.notices {
        ui.colored_label(ui.visuals().warn_fg_color, n.text.get(lang));
    }
    if let Some(a) = lapsed_ui(ui, v, lang) {
        action = a;
    }
    historical_ui(ui, v, lang, lapsed_since);
    if !v.warnings.is_empty() {
        ui.add_space(4.0);
        ui.strong(tr(lang, "ui-result-warnings"));
        for w in &v.warnings {
            ui.colored_label(
                ui.visuals().warn_fg_color,
                format!("！{}", w.text.get(lang)),
            );
        }
    }
    ui.strong(crate::explain::totals_text(lang, &v.totals));
    income_ui(ui, v, lang);
    ui.separator();
    let groups = Groups::of(v);
    for group in [Group::Granted, Group::ToCheck, Group::NearMiss] {
        let rows = groups.get(group);
        let screened = if group == Group::ToCheck {
            v.screening.as_slice()
        } else {
            &[]
        };
        ui.add_space(6.0);
        ui.heading(format!(
            "{}（{}）",
            tr(lang, group.key()),
            rows.len() + screened.len()
        ));
        for sc in screened {
            ui.colored_label(
                egui::Color32::from_rgb(30, 90, 200),
                format!("{}：{}", tr(lang, "notice-prescreen"), sc.text.get(lang)),
            );
        }
        if rows.is_empty() && screened.is_empty() {
            ui.weak(tr(lang, "group-none"));
        }
        for r in rows {
            if let ResultAction::Jump(p) = row_ui(ui, r, lang) {
                action = ResultAction::Jump(p);
            }
        }
    }
    // The rules that do not apply: one line, the list on request.
    let outside = groups.get(Group::NotApplicable);
    if !outside.is_empty() {
        ui.add_space(6.0);
        let mut args = FluentArgs::new();
        args.set("count", outside.len());
        ui.weak(tr_args(lang, "group-not-applicable-count", Some(&args)));
        ui.checkbox(show_not_applicable, tr(lang, "ui-show-not-applicable"));
        if *show_not_applicable {
            for r in outside {
                if let ResultAction::Jump(p) = row_ui(ui, r, lang) {
                    action = ResultAction::Jump(p);
                }
            }
        }
    }
    next_steps_ui(ui, &NextSteps::of(&groups), lang);
    if !v.parameter_set.official {
        ui.add_space(8.0);
        ui.colored_label(
            ui.visuals().warn_fg_color,
            tr(lang, "notice-example-params"),
        );
    }
    action
}

/// The documents lapsed by the assessment date that no update continues: which, and what the officer
/// can do (import the update that continues them, or assess on their last day in force).
fn lapsed_ui(ui: &mut egui::Ui, v: &DeterminationView, lang: Lang) -> Option<ResultAction> {
    let last_day = v.notices.iter().find_map(|n| match n.notice {
        Notice::PolicyExpired { last_day, .. } => Some(last_day),
        _ => None,
    });
    // Documents that ended within the year before the assessment date (an update may be due), and
    // every one when the core document has lapsed; long-expired ones stay in the notices above.
    let recent = |to: NaiveDate| last_day.is_some() || to + chrono::Duration::days(366) >= v.date;
    let lapsed: Vec<String> = v
        .notices
        .iter()
        .filter_map(|n| match n.notice {
            Notice::DocumentNotInForce {
                doc,
                valid_to: Some(to),
                repealed: false,
                ..
            } if recent(to) && last_day.is_none_or(|l| to >= l) => {
                let mut args = FluentArgs::new();
                args.set("doc", doc.number());
                args.set("to", to.to_string());
                Some(tr_args(lang, "ui-lapsed-doc", Some(&args)))
            }
            _ => None,
        })
        .collect();
    if lapsed.is_empty() {
        return None;
    }
    let mut action = None;
    ui.add_space(4.0);
    egui::Frame::group(ui.style())
        .stroke(egui::Stroke::new(1.5, ui.visuals().warn_fg_color))
        .show(ui, |ui| {
            let mut args = FluentArgs::new();
            args.set("date", v.date.to_string());
            ui.strong(tr_args(lang, "ui-lapsed-title", Some(&args)));
            for l in &lapsed {
                ui.label(format!("· {l}"));
            }
            ui.label(tr(lang, "ui-lapsed-help"));
            ui.horizontal_wrapped(|ui| {
                if ui.button(tr(lang, "ui-updates-import")).clicked() {
                    action = Some(ResultAction::ImportUpdate);
                }
                // The latest date on which the lapsed documents decide: a historical assessment.
                if let Some(last_day) = last_day {
                    let mut args = FluentArgs::new();
                    args.set("date", last_day.to_string());
                    if ui
                        .button(tr_args(lang, "ui-assess-last-day", Some(&args)))
                        .clicked()
                    {
                        action = Some(ResultAction::SetDate(last_day));
                    }
                }
            });
        });
    action
}

/// The marker of a historical assessment: the law applied has lapsed since the assessment date.
fn historical_ui(
    ui: &mut egui::Ui,
    v: &DeterminationView,
    lang: Lang,
    lapsed_since: &[(String, NaiveDate)],
) {
    if lapsed_since.is_empty() {
        return;
    }
    let on_last_day = lapsed_since.iter().any(|(_, last)| *last == v.date);
    ui.add_space(4.0);
    egui::Frame::group(ui.style())
        .stroke(egui::Stroke::new(1.5, ui.visuals().warn_fg_color))
        .show(ui, |ui| {
            ui.colored_label(
                ui.visuals().warn_fg_color,
                egui::RichText::new(tr(
                    lang,
                    if on_last_day {
                        "ui-historical-last-day"
                    } else {
                        "ui-historical"
                    },
                ))
                .strong(),
            );
            for (doc, last) in lapsed_since {
                let mut args = FluentArgs::new();
                args.set("doc", doc.clone());
                args.set("date", v.date.to_string());
                args.set("last", last.to_string());
                ui.label(tr_args(lang, "ui-historical-doc", Some(&args)));
            }
        });
}

fn row_ui(ui: &mut egui::Ui, r: &ResultView, lang: Lang) -> ResultAction {
    let mut action = ResultAction::None;
    let amount = r.amount.map(|a| amount_text(lang, a)).unwrap_or_default();
    let kind = if r.form == Form::Cash || amount.is_empty() {
        String::new()
    } else {
        format!(" ({})", tr(lang, form_key(r.form)))
    };
    let header = format!(
        "{}  {}  —  {}  {}{}",
        r.id,
        r.name.get(lang),
        tr(lang, outcome_key(r.outcome)),
        amount,
        kind
    );
    let color = outcome_color(ui, r.outcome);
    egui::CollapsingHeader::new(egui::RichText::new(header).color(color))
        .id_salt(r.id)
        .show(ui, |ui| {
            ui.label(r.reason.get(lang));
            if r.outcome == Outcome::Refer {
                let mut args = FluentArgs::new();
                args.set("department", tr(lang, r.department.key()));
                ui.label(tr_args(lang, "group-decides", Some(&args)));
            }
            if let Some(d) = &r.declared {
                ui.colored_label(ui.visuals().warn_fg_color, declared_text(lang, d));
            }
            ui.label(egui::RichText::new(format!("{}：「{}」", r.citation, r.clause)).small());
            // A document past its gazette's end applies because a notice continued it: cite it.
            if let Some(notice) = &r.continued_by {
                let mut args = FluentArgs::new();
                args.set("notice", notice.clone());
                ui.label(
                    egui::RichText::new(tr_args(lang, "continued-by", Some(&args)))
                        .small()
                        .color(egui::Color32::from_rgb(30, 90, 200)),
                );
            }
            if !r.missing.is_empty() {
                ui.strong(tr(lang, "ui-missing-facts"));
                for m in &r.missing {
                    ui.horizontal(|ui| {
                        ui.label(m.label.get(lang));
                        if !m.path.starts_with("param:")
                            && ui.button(tr(lang, "ui-go-to-field")).clicked()
                        {
                            action = ResultAction::Jump(m.path.clone());
                        }
                    });
                }
            }
            if !r.calculation.is_empty() {
                ui.collapsing(tr(lang, "ui-calculation"), |ui| {
                    for c in &r.calculation {
                        ui.label(c.text.get(lang));
                    }
                });
            }
            if !r.conditions.is_empty() {
                ui.collapsing(tr(lang, "ui-trace"), |ui| {
                    for c in &r.conditions {
                        ui.label(c.text.get(lang));
                    }
                    for p in &r.parameters {
                        let mark = if p.official {
                            String::new()
                        } else {
                            format!(" [{}]", tr(lang, "ui-unofficial"))
                        };
                        ui.label(
                            egui::RichText::new(format!(
                                "{} = {} — {}{mark}",
                                p.key, p.value, p.citation
                            ))
                            .small(),
                        );
                    }
                });
            }
        });
    action
}

fn form_key(f: Form) -> &'static str {
    match f {
        Form::Cash => "ui-form-cash",
        Form::InKind => "ui-form-in-kind",
        Form::Waiver => "ui-form-waiver",
        Form::IncomeDisregard => "ui-form-income-disregard",
        Form::Coverage => "ui-form-coverage",
        Form::Contribution => "ui-form-contribution",
    }
}

/// The income test, item by item, under the per-capita figure.
fn income_ui(ui: &mut egui::Ui, v: &DeterminationView, lang: Lang) {
    let per_capita = if v.income.per_capita_low == v.income.per_capita_high {
        v.income.per_capita_low.to_string()
    } else {
        format!("{}–{}", v.income.per_capita_low, v.income.per_capita_high)
    };
    egui::CollapsingHeader::new(format!("{} {per_capita}", tr(lang, "ui-per-capita-income")))
        .id_salt("income-test")
        .show(ui, |ui| {
            for step in &v.income.steps {
                ui.label(step.get(lang));
            }
        });
}

/// What happens next: the departments and the documents to bring.
fn next_steps_ui(ui: &mut egui::Ui, steps: &NextSteps, lang: Lang) {
    ui.add_space(8.0);
    ui.heading(tr(lang, "notice-next-steps"));
    if !steps.departments.is_empty() {
        ui.strong(tr(lang, "notice-departments"));
        for d in &steps.departments {
            ui.label(format!("· {}：{}", d.name.get(lang), d.rules.join("、")));
        }
    }
    if !steps.documents.is_empty() {
        ui.strong(tr(lang, "notice-documents"));
        for p in &steps.documents {
            let mut facts: Vec<String> = Vec::new();
            for f in &p.facts {
                let label = fact_label(lang, f);
                if !facts.contains(&label) {
                    facts.push(label);
                }
            }
            let mut args = FluentArgs::new();
            args.set("facts", facts.join(tr(lang, "sep-list").as_str()));
            ui.label(format!(
                "□ {}（{}）",
                p.name.get(lang),
                tr_args(lang, "notice-proves", Some(&args))
            ));
        }
    }
    ui.weak(tr(lang, "notice-not-a-decision"));
}
