//! Property tests of invariants the law implies:
//! - removing an income item never lowers the 低保 allowance (INC-01 is the gap to the standard);
//! - a fact that decides a rule, when unknown, never gives `eligible` or `ineligible` for it.

#![allow(clippy::unwrap_used)]

mod common;

use common::*;
use proptest::prelude::*;
use rust_decimal::Decimal;
use serde_json::{Value, json};
use wenzhou_assess::engine::Outcome;

fn income_item() -> impl Strategy<Value = Value> {
    (
        prop_oneof![
            Just("wages"),
            Just("self_employment"),
            Just("public_welfare_post"),
            Just("pension"),
            Just("other"),
            Just("outsourced_processing"),
            Just("veteran_supplement"),
        ],
        0u32..4000,
        prop_oneof![Just("month"), Just("year")],
        prop::bool::ANY,
        0u32..60,
    )
        .prop_map(|(kind, amount, period, first, months_ago)| {
            // Job starts between 2020-07 and 2025-06 relative to an assessment on 2025-06-15.
            let start = chrono::NaiveDate::from_ymd_opt(2025, 6, 1)
                .unwrap()
                .checked_sub_months(chrono::Months::new(months_ago))
                .unwrap();
            json!({ "kind": kind, "amount": amount.to_string(), "period": period,
                    "job_start": start.to_string(), "first_job_since_recognition": first })
        })
}

fn dibao_household(incomes: Vec<Vec<Value>>, disabled: Vec<bool>) -> Value {
    let members: Vec<Value> = incomes
        .into_iter()
        .zip(disabled)
        .enumerate()
        .map(|(i, (items, dis))| {
            let mut m = plain_member(if i == 0 { "applicant" } else { "child" }, "1980-01-01");
            m["incomes"] = json!(items);
            m["disabled"] = json!(dis);
            m
        })
        .collect();
    plain_household("lucheng", "dibao", members)
}

fn allowance(v: &Value) -> Decimal {
    let d = training(&household(v.clone()), "2025-06-15");
    let r = d.result("INC-01").unwrap();
    assert_ne!(r.outcome, Outcome::Undetermined, "all facts are known");
    r.amount.map(|a| a.value).unwrap_or_default()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    #[test]
    fn removing_an_income_item_never_lowers_the_dibao_allowance(
        incomes in prop::collection::vec(prop::collection::vec(income_item(), 0..4), 1..5),
        disabled in prop::collection::vec(prop::bool::ANY, 5),
        pick in 0usize..20,
    ) {
        let n = incomes.len();
        let v = dibao_household(incomes.clone(), disabled[..n].to_vec());
        let before = allowance(&v);
        let items: Vec<(usize, usize)> = incomes
            .iter()
            .enumerate()
            .flat_map(|(m, list)| (0..list.len()).map(move |k| (m, k)))
            .collect();
        prop_assume!(!items.is_empty());
        let (m, k) = items[pick % items.len()];
        let mut fewer = incomes;
        fewer[m].remove(k);
        let after = allowance(&dibao_household(fewer, disabled[..n].to_vec()));
        prop_assert!(after >= before, "removing item {k} of member {m}: {before} → {after}");
    }
}

/// Boolean facts of a member that rules read, by JSON field.
const MEMBER_FACTS: &[&str] = &[
    "veteran",
    "disabled",
    "vulnerable_child",
    "student_aid_recipient",
    "adult_exam_certificate",
    "adult_not_independent",
    "resident_pension_enrolled",
    "supplementary_insurance_enrolled",
    "chronic_outpatient",
    "special_disease",
    "retired_employee",
    "frontline_worker",
    "in_kind_rental_allocated",
    "dementia",
    "institution_placement_approved",
    "employment_difficulty",
    "registered_in_wenzhou",
];

/// Boolean facts of the household.
const HOUSEHOLD_FACTS: &[&str] = &[
    "rural",
    "low_income_farmer",
    "hardship_worker_family",
    "fp_hardship_family",
    "youfu_family",
    "county_special_hardship",
    "hardship_event",
    "complex_case",
];

fn varied_household() -> impl Strategy<Value = Value> {
    (
        prop_oneof![Just("lucheng"), Just("ruian"), Just("outside_wenzhou")],
        prop_oneof![Just("dibao"), Just("dibian"), Just("none")],
        prop::collection::vec(
            (
                1940i32..2020,
                prop_oneof![Just("no"), Just("dispersed"), Just("concentrated_social")],
                prop_oneof![
                    Just("none"),
                    Just("primary"),
                    Just("senior_high"),
                    Just("bachelor")
                ],
                prop::collection::vec(prop::bool::ANY, MEMBER_FACTS.len()),
                prop::collection::vec(income_item(), 0..2),
            ),
            1..4,
        ),
        prop::collection::vec(prop::bool::ANY, HOUSEHOLD_FACTS.len()),
    )
        .prop_map(|(area, status, members, hh_facts)| {
            let members: Vec<Value> = members
                .into_iter()
                .enumerate()
                .map(|(i, (year, tekun, school, facts, incomes))| {
                    let mut m = plain_member(
                        if i == 0 { "applicant" } else { "child" },
                        &format!("{year}-03-15"),
                    );
                    m["tekun"] = json!(tekun);
                    m["self_care"] = json!("mildly_lost");
                    m["schooling"] = json!(school);
                    m["tuition_paid_yearly"] = json!("5000");
                    m["frontline_rent_months_received"] = json!(3);
                    for (f, b) in MEMBER_FACTS.iter().zip(facts) {
                        m[*f] = json!(b);
                    }
                    if m["disabled"] == json!(true) {
                        m["disability_grade"] = json!(2);
                    }
                    m["incomes"] = json!(incomes);
                    m
                })
                .collect();
            let mut v = plain_household(area, status, members);
            for (f, b) in HOUSEHOLD_FACTS.iter().zip(hh_facts) {
                v[*f] = json!(b);
            }
            v
        })
}

fn outcomes(v: &Value) -> Vec<(&'static str, Outcome, Option<Decimal>)> {
    let d = training(&household(v.clone()), "2025-06-15");
    d.results
        .iter()
        .map(|r| (r.meta.id, r.outcome, r.amount.map(|a| a.value)))
        .collect()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(150))]

    #[test]
    fn an_unknown_deciding_fact_never_gives_a_decided_outcome(
        v in varied_household(),
        which in 0usize..64,
        member_pick in 0usize..4,
    ) {
        // Pick a boolean fact; compute every rule's result with it true and with it false. Where the
        // two differ, the fact decides the rule: with the fact unknown that rule must be undetermined.
        let n_members = v["members"].as_array().unwrap().len();
        let (path, is_member) = if which % 2 == 0 {
            (HOUSEHOLD_FACTS[which / 2 % HOUSEHOLD_FACTS.len()].to_owned(), false)
        } else {
            (MEMBER_FACTS[which / 2 % MEMBER_FACTS.len()].to_owned(), true)
        };
        let m = member_pick % n_members;
        let with = |b: Option<bool>| {
            let mut w = v.clone();
            let target = if is_member { &mut w["members"][m] } else { &mut w };
            match b {
                Some(b) => target[path.as_str()] = json!(b),
                None => { target.as_object_mut().unwrap().remove(path.as_str()); }
            }
            w
        };
        let yes = outcomes(&with(Some(true)));
        let no = outcomes(&with(Some(false)));
        let unknown = outcomes(&with(None));
        for ((y, n), u) in yes.iter().zip(&no).zip(&unknown) {
            if y.1 != n.1 || y.2 != n.2 {
                prop_assert!(
                    u.1 == Outcome::Undetermined,
                    "{}: `{}` decides ({:?}/{:?} vs {:?}/{:?}) but unknown gave {:?}",
                    y.0, path, y.1, y.2, n.1, n.2, u.1
                );
            }
        }
    }
}
