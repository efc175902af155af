//! Golden households for long-term care insurance, 温政办〔2022〕41号 (C1–C4, rules-other §C), in force
//! from 2022-06-25 with no end date, with its overlap with 温政发〔2022〕6号 第5条 (ELD-05) and the worked
//! example 4 of rules-other §N (ASSUMED values in the training pack).

use crate::common::*;
use serde_json::{Value, json};
use wenzhou_assess::engine::{Outcome, Period};

/// One member born `birth` in `area` with medical scheme `scheme`.
fn insured(area: &str, birth: &str, scheme: &str) -> Value {
    let mut v = plain_household(area, "none", vec![plain_member("applicant", birth)]);
    set(&mut v, "members.0.medical_scheme", json!(scheme));
    v
}

// --- C1 41号 二(一): 「试点范围从市区职工医保扩大到全市职工医保，将已参加本市职工医保的在职人员和退休人员统一纳入长期
// 护理保险实施范围。」 -----------------------------------------------------------------------------------------------

#[test]
fn c1_employee_insured_anywhere_in_wenzhou_are_covered_from_2022_06_25() {
    let v = household(insured("yueqing", "1970-01-10", "employee"));
    assert!(official(&v, "2022-06-24").result("C1").is_none());
    expect(&official(&v, "2022-06-25"), "C1", Outcome::Eligible, None);
    // No end date.
    expect(&official(&v, "2030-01-01"), "C1", Outcome::Eligible, None);
    let v = household(insured("yueqing", "1970-01-10", "employee_flexible"));
    expect(&official(&v, "2024-01-01"), "C1", Outcome::Eligible, None);
}

#[test]
fn c1_resident_insurance_is_not_covered_and_the_result_says_so() {
    let d = official(
        &household(insured("ruian", "1939-01-10", "resident")),
        "2024-01-01",
    );
    expect(&d, "C1", Outcome::Ineligible, None);
    let index = d.index_of("C1").unwrap();
    assert!(
        d.conditions_of(index)
            .any(|c| c.key == "cond-ltc-resident-not-covered"
                && c.result == wenzhou_assess::engine::Tri::False)
    );
}

// --- C2 41号 二(二): 「县域内职工医保参保人员暂按每人每年100元定额筹资，个人和用人单位同比例分担。在职与退休人员执行同等的
// 缴费标准；参加职工医保的灵活就业人员，参照职工执行。」 ---------------------------------------------------------------

#[test]
fn c2_example_4_a_retiree_in_yueqing_pays_50_a_year() {
    // 100 × 1/2 = 50 (same standard as in-service staff; reading switch `ltc_retiree_pays_whole` = false).
    let mut v = insured("yueqing", "1953-01-10", "employee");
    set(&mut v, "members.0.retired_employee", json!(true));
    let d = official(&household(v), "2023-06-01");
    expect(&d, "C2", Outcome::Eligible, Some(("50", Period::Year)));
}

#[test]
fn c2_a_flexible_worker_pays_the_whole_100_and_shiqu_has_no_rate_in_the_seeds() {
    let d = official(
        &household(insured("pingyang", "1985-01-10", "employee_flexible")),
        "2023-06-01",
    );
    expect(&d, "C2", Outcome::Eligible, Some(("100", Period::Year)));
    // 「县域内」: 市区 keeps the 2019 rate, not in the seeds.
    let d = official(
        &household(insured("lucheng", "1985-01-10", "employee")),
        "2023-06-01",
    );
    expect_missing(&d, "C2", "param:ltc_contribution_total");
}

// --- C3 41号 二(三) 「长期护理保险待遇以护理服务方式支付」 vs 6号 第5条 (ELD-05) ------------------------------------------

fn severe_retiree(area: &str) -> Value {
    let mut v = insured(area, "1953-01-10", "employee");
    set(&mut v, "members.0.retired_employee", json!(true));
    set(
        &mut v,
        "members.0.ltc_assessment",
        json!({"severe_disability": true}),
    );
    v
}

#[test]
fn c3_example_4_while_6hao_is_in_force_the_benefit_is_shown_once_under_eld_05() {
    // 2023-06-01, 乐清, 重度失能: ELD-05 (6号) eligible; C3 is the same benefit → superseded.
    let d = training(&household(severe_retiree("yueqing")), "2023-06-01");
    expect(&d, "ELD-05", Outcome::Eligible, None);
    expect(&d, "C3", Outcome::Ineligible, None);
    assert_eq!(
        d.member_results("C3").next().unwrap().superseded_by,
        Some("ELD-05")
    );
}

#[test]
fn c3_example_4_after_6hao_c3_alone_gives_the_care_services() {
    // 2026-06-01: ASSUMED 40 元/日 × 30 = 1,200 a month in kind (14,400 a year).
    let d = training(&household(severe_retiree("yueqing")), "2026-06-01");
    assert!(d.result("ELD-05").is_none());
    expect(&d, "C3", Outcome::Eligible, Some(("1200", Period::Month)));
    // Official pack: the 2019 table is not in the seeds → eligible, no value.
    let d = official(&household(severe_retiree("yueqing")), "2026-06-01");
    expect(&d, "C3", Outcome::Eligible, None);
}

#[test]
fn c3_a_county_employee_in_2022_is_covered_by_41hao_and_eld_05_agrees() {
    // 2022-08-01: 41号 二(一) already covers 乐清 employees (from 2022-06-25), and ELD-05 reads the same
    // coverage: the benefit is shown once, under ELD-05, with C3 superseded — not "insured" under one
    // rule and "not insured" under the other.
    let d = official(&household(severe_retiree("yueqing")), "2022-08-01");
    expect(&d, "ELD-05", Outcome::Eligible, None);
    expect(&d, "C3", Outcome::Ineligible, None);
    assert_eq!(
        d.member_results("C3").next().unwrap().superseded_by,
        Some("ELD-05")
    );
}

// --- C4 41号 二(四): 失能等级评估 ----------------------------------------------------------------------------------------

#[test]
fn c4_a_dependent_employee_without_an_assessment_is_referred() {
    let mut v = insured("ruian", "1950-01-10", "employee");
    set(&mut v, "members.0.care_dependency", json!("totally"));
    let d = official(&household(v.clone()), "2026-06-01");
    expect(&d, "C4", Outcome::Refer, None);
    // While 6号 is in force ELD-05 gives the same referral.
    let d = official(&household(v), "2024-06-01");
    expect(&d, "ELD-05", Outcome::Refer, None);
    expect(&d, "C4", Outcome::Ineligible, None);
    // Unknown dependency: nothing to refer (not undetermined).
    let d = official(
        &household(insured("ruian", "1950-01-10", "employee")),
        "2026-06-01",
    );
    expect(&d, "C4", Outcome::Ineligible, None);
}

#[test]
fn c3_an_employee_without_a_severe_assessment_gets_no_care_services() {
    let mut v = insured("ruian", "1950-01-10", "employee");
    set(
        &mut v,
        "members.0.ltc_assessment",
        json!({"severe_disability": false}),
    );
    expect(
        &official(&household(v), "2026-06-01"),
        "C3",
        Outcome::Ineligible,
        None,
    );
    // Resident insurance, even assessed severe: not covered.
    let mut v = insured("ruian", "1950-01-10", "resident");
    set(
        &mut v,
        "members.0.ltc_assessment",
        json!({"severe_disability": true}),
    );
    expect(
        &official(&household(v), "2026-06-01"),
        "C3",
        Outcome::Ineligible,
        None,
    );
}

#[test]
fn c2_an_unknown_scheme_is_undetermined() {
    let mut v = insured("ruian", "1980-01-10", "employee");
    unset(&mut v, "members.0.medical_scheme");
    expect_missing(
        &official(&household(v), "2024-06-01"),
        "C2",
        "members[0].medical_scheme",
    );
}
