//! The rule functions, one module per programme family, and the registry the engine runs.
//!
//! Each rule is a function from the context (facts, date, resolved parameters) to an [`Eval`]. It
//! names every legal condition, records it in the trace with the clause's threshold, and combines
//! them with three-valued logic, so that a known failing condition gives `ineligible` and an unknown
//! deciding fact gives `undetermined`. Rules do not know each other: stacking lives in
//! `engine::stacking`.

pub mod archive;
pub mod children;
pub mod disability;
pub mod education;
pub mod elderly;
pub mod elderly_services;
pub mod employment;
pub mod family_planning;
pub mod good_samaritan;
pub mod graduates;
pub mod housing;
pub mod income;
pub mod income_test;
pub mod long_term_care;
pub mod medical;
pub mod other;
pub mod relocation;
pub mod special_education;
pub mod utilities;
pub mod veterans;

use rust_decimal::Decimal;

use crate::engine::{Amount, AmountKind, Cmp, Ctx, Eval, Form, Outcome, Tri, Val};
use crate::policy::RuleId;

/// A rule function.
pub type RuleFn = fn(&mut Ctx<'_>) -> Eval;

/// Every implemented rule, sorted by ID. The catalogue's other rules are listed by `rules` with
/// the reason they have no household result.
pub static REGISTRY: &[(RuleId, RuleFn)] = &[
    ("A10", special_education::sped_autism_placement_and_aide),
    ("A12", special_education::sped_severe_multiple_and_orphans),
    (
        "A13",
        special_education::sped_vocational_and_exam_accommodation,
    ),
    ("A2", special_education::sped_placement_service_3_18),
    ("A3", special_education::sped_compulsory_full_free),
    ("A4", special_education::sped_special_school_meal_waiver),
    ("A5", special_education::sped_highschool_free_and_grant),
    ("A6", special_education::sped_kindergarten_fee_subsidy),
    ("A7", special_education::sped_transport_subsidy),
    ("A8", special_education::sped_assistive_device_priority),
    ("A9", special_education::sped_rehab_priority_children),
    ("B1", elderly_services::eld_longevity_allowance),
    ("B10", elderly_services::eld_tekun_dispersed_support),
    ("B11", elderly_services::eld_tekun_centralized_support),
    ("B12", elderly_services::eld_visiting_care),
    ("B13", elderly_services::eld_free_home_care_hours),
    ("B14", elderly_services::eld_capability_assessment),
    (
        "B15",
        elderly_services::eld_home_adaptation_alone_aged_and_alarm,
    ),
    ("B16", elderly_services::eld_notary_fee_reduction),
    (
        "B17",
        elderly_services::eld_family_planning_priority_admission,
    ),
    (
        "B18",
        elderly_services::eld_veterans_and_martyr_families_care,
    ),
    (
        "B19",
        elderly_services::eld_care_subsidy_special_contribution,
    ),
    ("B2", elderly_services::eld_centenarian_subsidy),
    (
        "B20",
        elderly_services::eld_jyyw_disabled_institutional_support,
    ),
    ("B21", elderly_services::eld_parent_hukou_migration),
    ("B24", elderly_services::eld_vagrant_assistance),
    ("B3", elderly_services::eld_care_service_subsidy_hardship),
    ("B4", elderly_services::eld_home_adaptation_hardship),
    ("B5", elderly_services::eld_care_allowance_disabled_elderly),
    (
        "B6",
        elderly_services::eld_family_caregiver_training_subsidy,
    ),
    ("B7", elderly_services::eld_care_subsidy_no_supporter),
    ("B8", elderly_services::eld_disabled_elderly_two_subsidies),
    ("B9", elderly_services::eld_dibao_elderly_extra_support),
    ("C1", long_term_care::ltc_eligibility),
    ("C2", long_term_care::ltc_contribution),
    ("C3", long_term_care::ltc_benefit_in_kind),
    ("C4", long_term_care::ltc_disability_assessment),
    ("CHD-01", children::orphan_vulnerable_child_basic_living),
    ("CHD-02", children::disabled_child_rehab_training),
    (
        "CHD-03",
        children::disabled_child_rehab_extended_age_and_living,
    ),
    ("D1", good_samaritan::jyyw_confirmation),
    ("D10", good_samaritan::jyyw_disability_benefits),
    ("D11", good_samaritan::jyyw_death_lump_sum_martyr),
    ("D12", good_samaritan::jyyw_death_lump_sum_non_martyr),
    ("D13", good_samaritan::jyyw_annual_visit),
    ("D14", good_samaritan::jyyw_hukou_migration),
    ("D15", good_samaritan::jyyw_employment_support),
    ("D16", good_samaritan::jyyw_welfare_institution_placement),
    ("D17", good_samaritan::jyyw_dibao_and_hardship_aid),
    ("D18", good_samaritan::jyyw_orphan_support),
    ("D19", good_samaritan::jyyw_school_placement_priority),
    ("D2", good_samaritan::jyyw_honour_award_bonus),
    ("D20", good_samaritan::jyyw_education_fee_relief),
    ("D21", good_samaritan::jyyw_model_worker_medical),
    ("D22", good_samaritan::jyyw_free_legal_aid),
    ("D23", good_samaritan::jyyw_housing_priority),
    ("D24", good_samaritan::jyyw_case_by_case),
    ("D25", good_samaritan::jyyw_revocation_clawback),
    ("D3", good_samaritan::jyyw_medical_green_channel),
    ("D4", good_samaritan::jyyw_medical_assistance_inclusion),
    ("D5", good_samaritan::jyyw_immediate_condolence_payment),
    ("D6", good_samaritan::jyyw_expense_cascade),
    ("D7", good_samaritan::jyyw_lost_work_subsidy),
    ("D8", good_samaritan::jyyw_martyr_recognition),
    ("D9", good_samaritan::jyyw_death_non_martyr_statutory),
    ("DIS-01", disability::mental_illness_guardian_subsidy),
    ("DIS-02", disability::mental_illness_care_subsidy_poor),
    ("DIS-03", disability::schizophrenia_long_acting_injection),
    ("DIS-04", disability::antipsychotic_drug_full_coverage),
    ("DIS-05", disability::assistive_device_subsidy),
    ("DIS-06", disability::disabled_accident_insurance),
    ("E1", relocation::reloc_temporary_resettlement_fee),
    ("E2", relocation::reloc_moving_fee),
    ("E3", relocation::reloc_validity_and_territory_check),
    ("EDU-01", education::nutrition_meal_subsidy),
    ("EDU-02", education::disabled_student_grant_dibao),
    ("EDU-03", education::disabled_student_grant_non_dibao),
    ("EDU-04", education::hardship_worker_child_tuition),
    ("EDU-05", education::fp_children_education_grant),
    ("EDU-06", education::migrant_children_schooling),
    ("ELD-01", elderly::elderly_care_service_subsidy_dibao_home),
    ("ELD-02", elderly::elderly_care_subsidy_dibao_institution),
    ("ELD-03", elderly::elderly_care_subsidy_dibao_dibian_local),
    ("ELD-04", elderly::longevity_allowance),
    ("ELD-05", elderly::ltc_insurance_benefit),
    ("EMP-01", employment::public_welfare_post_subsidy),
    ("EMP-03", employment::flexible_employment_si_subsidy),
    ("EMP-04", employment::graduate_job_search_subsidy),
    ("EMP-05", employment::employment_assistance_services),
    ("EMP-06", employment::startup_guarantee_loan),
    ("F1", graduates::grad_startup_subsidy),
    ("F2", graduates::grad_selfemployed_tax_deduction),
    ("F4", graduates::grad_guaranteed_loan),
    ("F5", graduates::grad_incubator_space_and_subsidy),
    ("F7", graduates::grad_hardship_and_failure_support),
    ("FP-01", family_planning::fp_hardship_household_grant),
    (
        "FP-02",
        family_planning::fp_special_family_nursing_insurance,
    ),
    ("HOU-01", housing::public_rental_priority_allocation),
    ("HOU-02", housing::new_citizen_affordable_rental),
    ("HOU-03", housing::housing_rent_subsidy),
    ("HOU-04", housing::public_rental_rent_waiver),
    ("HOU-05", housing::rural_dilapidated_house_renovation),
    ("HOU-06", housing::anju_yuanmeng_low_income_farmer),
    ("HOU-07", housing::frontline_worker_rent_subsidy),
    ("HOU-08", housing::new_citizen_points_rent_subsidy),
    ("INC-01", income::dibao_allowance),
    ("INC-02", income::dibao_dibian_transition_period),
    ("INC-03", income::disregard_first_job),
    ("INC-04", income::disregard_disabled_job),
    ("INC-05", income::job_cost_deduction_after_disregard),
    ("INC-06", income::disregard_public_welfare_post),
    ("INC-07", income::disregard_crop_compensation),
    ("INC-08", income::disregard_outsourced_processing),
    ("INC-09", income::disregard_veteran_supplement),
    ("INC-10", income::disregard_equity_dividend),
    ("INC-11", income::dibian_standard),
    ("INC-12", income::temporary_assistance),
    ("INC-13", income::case_by_case_assistance),
    ("INC-14", income::one_household_one_plan),
    ("INC-15", income::tekun_basic_living_standard),
    ("INC-16", income::tekun_care_fee_public_institution),
    ("INC-17", income::tekun_care_fee_purchased_institution),
    ("INC-18", income::tekun_care_fee_dispersed),
    ("INC-19", income::hardship_worker_living_support),
    ("INC-20", income::hardship_worker_condolence),
    ("INC-21", income::hardship_worker_medical_support),
    ("INC-22", income::new_citizen_social_assistance),
    ("MED-01", medical::family_doctor_fee_subsidy),
    ("MED-03", medical::resident_chronic_outpatient_ratio),
    ("MED-04", medical::special_disease_outpatient_as_inpatient),
    ("MED-05", medical::medical_aid_after_insurance),
    ("MED-06", medical::charity_medical_fund),
    ("MED-07", medical::veteran_medical_assistance),
    ("MED-08", medical::supplementary_health_insurance),
    ("MED-09", medical::supplementary_insurance_premium_subsidy),
    ("MED-10", medical::resident_medical_premium_subsidy),
    ("MED-11", medical::special_disease_outpatient_cap),
    ("MED-13", medical::retiree_outpatient_deductible),
    ("MED-14", medical::multi_chronic_elderly_outpatient_cap),
    ("MED-15", medical::home_hospital_bed),
    ("MED-18", medical::orphan_unsupported_child_medical_aid),
    ("MED-27", medical::supplementary_insurance_premium_aid_98),
    ("MED-28", medical::oop_cap_household_explore),
    ("MED-29", medical::burden_targets),
    ("OTH-01", other::residence_permit_direct),
    ("P94-01", archive::return_to_work_transport_subsidy),
    ("P94-02", archive::cross_province_poverty_transport),
    ("P94-03", archive::new_resident_points),
    ("UTL-01", utilities::resident_pension_contribution_paid),
    ("UTL-03", utilities::utility_free_quota),
    ("UTL-04", utilities::free_public_transport),
    ("VET-01", income::veteran_dibao_supplement),
    ("VET-02", veterans::veteran_survivor_one_off),
    ("VET-03", veterans::veteran_hardship_one_off),
];

/// Why a catalogued rule has no household result, and the cross-reference stubs of rules-core §3
/// (rules that are another rule under a second ID), with the rule that gives the result.
pub static NOT_EVALUATED: &[(RuleId, &str)] = &[
    (
        "A1",
        "GOAL: 15 years of free education for certified disabled children by 2025; delivered through A3–A7",
    ),
    (
        "A11",
        "GOAL: exploring special-education services for ADHD, learning disabilities and gifted children",
    ),
    (
        "B22",
        "INFO: pensions are paid by 人力社保 to insured persons as their rules provide; a pension received is an income item of the 低保 test",
    ),
    (
        "B23",
        "INFO: activity rooms and services of the local 居家养老服务照料中心 for every elder; no individual condition",
    ),
    (
        "B25",
        "INFO: a duty of children and employers (carers' leave under provincial rules); no benefit to assess",
    ),
    (
        "B26",
        "INFO: family elderly-care beds, home visits by contracted doctors and LTC expansion are system targets; the LTC benefit is C3",
    ),
    (
        "B27",
        "INFO: counties are encouraged to issue elderly-care vouchers; no scheme or amount in the seeds",
    ),
    (
        "C5",
        "see B6: care training counts for the vocational training subsidy, the same referral to 人力社保",
    ),
    (
        "CHD-04",
        "see MED-10: the resident premium of orphans and 困境儿童",
    ),
    (
        "CHD-05",
        "see MED-20: the price mark-up for children ≤ 6 is a cost, not a benefit",
    ),
    ("DIS-07", "see UTL-04, UTL-01, MED-10 and EDU-02/EDU-03"),
    ("ELD-06", "see UTL-04: free public transport from 65"),
    (
        "EMP-02",
        "INFO: subsidies paid to employers that hire people in hardship or disabled workers",
    ),
    (
        "EMP-07",
        "INFO: the low-income farmers' share (≥ 50%) of project returns; the income effect is INC-10",
    ),
    (
        "EMP-08",
        "INFO: work-injury disputes handled within 30 days",
    ),
    (
        "F3",
        "BUSINESS: VAT exemption of small-scale taxpayers with monthly sales up to 150000",
    ),
    (
        "F6",
        "BUSINESS: prizes of start-up competitions paid to the enterprise",
    ),
    ("FP-03", "see EDU-05"),
    (
        "MED-02",
        "INFO: applies to every insured person; no household condition",
    ),
    (
        "MED-12",
        "INFO: the special-disease list is for the insurer; MED-04/MED-11 cover the member's special disease",
    ),
    (
        "MED-16",
        "INFO: long-term care coverage; ELD-05 gives the per-person result",
    ),
    ("MED-17", "INFO: hospice coverage, system level"),
    (
        "MED-19",
        "see MED-10: 98号 第10条 repeats the premium subsidy of orphans",
    ),
    (
        "MED-20",
        "INFO: a price mark-up for children ≤ 6, a cost not a benefit",
    ),
    (
        "MED-21",
        "INFO: a contribution rule of flexible workers' maternity insurance",
    ),
    (
        "MED-22",
        "INFO: maternity costs paid by item, for every insured woman",
    ),
    (
        "MED-23",
        "INFO: maternity allowance waiting period, paid by the insurer",
    ),
    (
        "MED-24",
        "INFO: third-child costs covered, for every insured woman",
    ),
    (
        "MED-25",
        "INFO: new maternity items covered, for every insured person",
    ),
    ("MED-26", "INFO: online renewal of long prescriptions"),
    (
        "MED-30",
        "INFO: service convenience (免申即享, home visits)",
    ),
    (
        "OTH-02",
        "INFO: basic public health services and medical-insurance transfers for every new citizen",
    ),
    (
        "P94-04",
        "INFO: free mobile data that operators are encouraged to give; no household condition",
    ),
    (
        "P94-05",
        "INFO: the retention bonus is paid to the enterprise, not to the worker",
    ),
    (
        "P94-06",
        "INFO: employers advance unpaid wages; refer a worker with wage arrears to 人力社保",
    ),
    ("UTL-02", "see MED-10"),
    ("VET-04", "see MED-07"),
];

/// Stops a rule when its eligibility is not (yet) established: `ineligible` if a condition fails,
/// `undetermined` if one is unknown.
pub(crate) fn stop(eligible: Tri, form: Form) -> Option<Eval> {
    match eligible {
        Tri::True => None,
        t => Some(Eval {
            outcome: t.outcome(),
            amount: None,
            form,
        }),
    }
}

/// An age (or another whole number of years) from a number parameter: records its use, or records it
/// as missing and gives `None`.
pub(crate) fn years(ctx: &mut Ctx<'_>, key: crate::policy::ParamKey) -> Option<u32> {
    use rust_decimal::prelude::ToPrimitive;
    ctx.num(key).map(|v| v.trunc().to_u32().unwrap_or(u32::MAX))
}

/// The amount of a benefit that is due whatever its size (a referral, a service, a waiver) where the
/// size is a local value: the amount where the pack gives it; otherwise no figure, and the condition
/// `key` says for member `i` that the office's local standards do not set it (never a silent gap).
pub(crate) fn local_amount(
    ctx: &mut Ctx<'_>,
    i: usize,
    param: crate::policy::ParamKey,
    key: &'static str,
    of: impl Fn(Decimal) -> Amount,
) -> Option<Amount> {
    if ctx.p.number(param).is_some() {
        return ctx.num(param).map(of);
    }
    ctx.check(Some(i), key, Val::None, Cmp::Is, Val::None, Tri::True);
    None
}

/// An `undetermined` result (a parameter or fact is missing, already recorded).
pub(crate) fn undetermined(form: Form) -> Eval {
    Eval {
        outcome: Outcome::Undetermined,
        amount: None,
        form,
    }
}

/// A result with an outcome and an amount.
pub(crate) fn result(outcome: Outcome, amount: Option<Amount>, form: Form) -> Eval {
    Eval {
        outcome,
        amount,
        form,
    }
}

/// Runs `f` for each member and records each member's result; the household outcome is the best
/// member outcome and the amount the sum of eligible members' amounts.
pub(crate) fn per_member(
    ctx: &mut Ctx<'_>,
    form: Form,
    mut f: impl FnMut(&mut Ctx<'_>, usize) -> (Outcome, Option<Amount>),
) -> Eval {
    let mut best = Outcome::Ineligible;
    let mut open = false;
    let mut total: Option<Amount> = None;
    for i in 0..ctx.h.members.len() {
        let (o, a) = f(ctx, i);
        ctx.member_result(i, o, a);
        open |= o == Outcome::Undetermined;
        best = best.min(o);
        if matches!(o, Outcome::Eligible | Outcome::Refer)
            && let Some(a) = a
        {
            total = Some(match total {
                None => a,
                Some(t) if t.period == a.period => Amount {
                    value: t.value + a.value,
                    period: t.period,
                    kind: if a.kind == AmountKind::Exact {
                        t.kind
                    } else {
                        a.kind
                    },
                },
                // Mixed periods within one rule: keep the members' own amounts only.
                Some(t) => t,
            });
        }
    }
    // As `combine_members`: undetermined if any member is, else the best member outcome.
    let outcome = if open { Outcome::Undetermined } else { best };
    Eval {
        outcome,
        // An undetermined household has no total: the members' own results show what is known.
        amount: if outcome == Outcome::Undetermined {
            None
        } else {
            total
        },
        form,
    }
}
