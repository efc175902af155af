//! Golden households for graduates' entrepreneurship: 温政办〔2022〕35号 二(二)6–9 (F1, F2, F4, F5, F7), with
//! rules-other §N example 12, and the overlap with 温政发〔2022〕6号 第23条 (EMP-06).
//!
//! Expected values are worked out by hand; the figures are the gazette's (10000 once; 14400 per
//! household and year for 36 months; loans up to 50万). The monthly pro-rating of the tax cap in a
//! partial year is the national rule (not in 35号): the training pack sets it, as example 12 assumes.

use crate::common::*;
use serde_json::{Value, json};
use wenzhou_assess::engine::{AmountKind, Outcome, Period};

/// §N example 12: graduated 2023-06-30, registered a 个体工商户 on 2023-09-01 (within the graduation
/// year 2023), first business, operating normally; a household in 鹿城 with no status.
fn example_12() -> Value {
    let mut m = plain_member("applicant", "2001-01-01");
    m["graduate"] = json!({ "graduation_year": 2023, "left_school_on": "2023-06-30" });
    m["startup"] = json!({
        "kind": "individual_business",
        "founded_on": "2023-09-01",
        "first_business": true,
        "operating_normally": true
    });
    plain_household("lucheng", "none", vec![m])
}

fn kind(d: &wenzhou_assess::engine::Determination, id: &str) -> AmountKind {
    d.result(id).unwrap().amount.unwrap().kind
}

// --- F1: 「针对在校大学生和毕业5年以内的高校毕业生初次创办企业并担任法定代表人或从事个体经营，正常经营1年以上的，给予个人1万元的
// 一次性创业补贴」 (35号 二(二)9) ----------------------------------------------------------------------------------

#[test]
fn f1_example_12_ten_thousand_once_after_a_year_of_normal_operation() {
    // Founded 2023-09-01; 12 months reached on 2024-09-01 (「1年以上」 includes the year).
    let h = household(example_12());
    expect(
        &official(&h, "2024-09-01"),
        "F1",
        Outcome::Eligible,
        Some(("10000", Period::Once)),
    );
    expect(&official(&h, "2024-08-31"), "F1", Outcome::Ineligible, None);
}

#[test]
fn f1_the_five_years_run_from_graduation_to_the_founding_anniversary_included() {
    // Graduated 2023-06-30: founded 2028-06-30 is 「5年以内」, 2028-07-01 is not.
    let mut v = example_12();
    set(&mut v, "members.0.startup.founded_on", json!("2028-06-30"));
    expect(
        &official(&household(v.clone()), "2029-07-01"),
        "F1",
        Outcome::Eligible,
        Some(("10000", Period::Once)),
    );
    set(&mut v, "members.0.startup.founded_on", json!("2028-07-01"));
    expect(
        &official(&household(v), "2029-07-01"),
        "F1",
        Outcome::Ineligible,
        None,
    );
    // A business founded while still a student (在校大学生) counts.
    let mut v = example_12();
    set(&mut v, "members.0.startup.founded_on", json!("2022-11-01"));
    expect(
        &official(&household(v), "2024-01-01"),
        "F1",
        Outcome::Eligible,
        Some(("10000", Period::Once)),
    );
}

#[test]
fn f1_needs_the_first_business_and_for_an_enterprise_the_legal_representative() {
    let mut v = example_12();
    set(&mut v, "members.0.startup.first_business", json!(false));
    expect(
        &official(&household(v), "2024-09-01"),
        "F1",
        Outcome::Ineligible,
        None,
    );
    let mut v = example_12();
    set(&mut v, "members.0.startup.kind", json!("enterprise"));
    set(
        &mut v,
        "members.0.startup.legal_representative",
        json!(false),
    );
    expect(
        &official(&household(v.clone()), "2024-09-01"),
        "F1",
        Outcome::Ineligible,
        None,
    );
    set(
        &mut v,
        "members.0.startup.legal_representative",
        json!(true),
    );
    expect(
        &official(&household(v), "2024-09-01"),
        "F1",
        Outcome::Eligible,
        Some(("10000", Period::Once)),
    );
    // 「正常经营」 is the officer's check: unknown → undetermined naming it.
    let mut v = example_12();
    unset(&mut v, "members.0.startup.operating_normally");
    expect_missing(
        &official(&household(v), "2024-09-01"),
        "F1",
        "members[0].startup.operating_normally",
    );
}

// --- F2: 「毕业年度内高校毕业生…从事个体经营的,自办理个体工商户登记当月起,在3年（36个月)内,按每户每年14400元为限额,依次扣减其当年
// 实际应缴纳的增值税…和个人所得税」 (35号 二(二)7) -------------------------------------------------------------------

fn with_tax(tax: &str) -> Value {
    let mut v = example_12();
    set(
        &mut v,
        "members.0.startup.tax_payable_this_year",
        json!(tax),
    );
    v
}

#[test]
fn f2_example_12_year_by_year() {
    // 2023: Sep–Dec = 4 months, cap 14400 × 4 / 12 = 4800; tax 6000 → relief 4800.
    let d = training(&household(with_tax("6000")), "2023-12-01");
    expect(&d, "F2", Outcome::Eligible, Some(("4800", Period::Year)));
    // 2024: 12 months, cap 14400; tax 9600 → relief 9600.
    let d = training(&household(with_tax("9600")), "2024-06-01");
    expect(&d, "F2", Outcome::Eligible, Some(("9600", Period::Year)));
    // 2025: tax 18000 → relief 14400.
    let d = training(&household(with_tax("18000")), "2025-06-01");
    expect(&d, "F2", Outcome::Eligible, Some(("14400", Period::Year)));
    // 2026: Jan–Aug = months 29–36, cap 14400 × 8 / 12 = 9600; tax unknown → at most 9600.
    let d = training(&household(example_12()), "2026-08-31");
    expect(&d, "F2", Outcome::Eligible, Some(("9600", Period::Year)));
    assert_eq!(kind(&d, "F2"), AmountKind::AtMost);
    // The window ends with August 2026 (36 months from 2023-09).
    let d = training(&household(example_12()), "2026-09-01");
    expect(&d, "F2", Outcome::Ineligible, None);
}

#[test]
fn f2_without_the_national_pro_rating_the_annual_cap_is_the_ceiling() {
    // The official pack has no pro-rating rule (35号 says only 「每户每年14400元」): at most 14400.
    let d = official(&household(example_12()), "2023-12-01");
    expect(&d, "F2", Outcome::Eligible, Some(("14400", Period::Year)));
    assert_eq!(kind(&d, "F2"), AmountKind::AtMost);
    // A waiver (tax relief), never cash income.
    assert_eq!(
        d.result("F2").unwrap().form,
        wenzhou_assess::engine::Form::Waiver
    );
}

#[test]
fn f2_only_for_an_individual_business_registered_in_the_graduation_year() {
    let mut v = example_12();
    set(&mut v, "members.0.startup.kind", json!("enterprise"));
    expect(
        &official(&household(v), "2024-06-01"),
        "F2",
        Outcome::Ineligible,
        None,
    );
    // Registered in 2024, the year after graduation (毕业年度 = 2023-01-01…2023-12-31).
    let mut v = example_12();
    set(&mut v, "members.0.startup.founded_on", json!("2024-01-02"));
    expect(
        &official(&household(v), "2024-06-01"),
        "F2",
        Outcome::Ineligible,
        None,
    );
}

// --- F4 and EMP-06: one guaranteed start-up loan ------------------------------------------------------------------

#[test]
fn f4_the_graduate_loan_ceiling_yields_to_emp_06_while_6hao_is_in_force() {
    // EMP-06 (6号 第23条): a 贷款重点人群 founder (毕业10年以内的高校毕业生), 个体工商户 founded ≤ 3 years ago, Wenzhou
    // hukou: up to 50万. F4 (35号 二(二)8): up to 50万. One loan: tie → EMP-06 (listed first).
    let mut v = example_12();
    set(
        &mut v,
        "members.0.startup.founder_group",
        json!("recent_graduate"),
    );
    let h = household(v);
    let d = official(&h, "2024-06-01");
    expect(
        &d,
        "EMP-06",
        Outcome::Eligible,
        Some(("500000", Period::Once)),
    );
    let f4 = d.result("F4").unwrap();
    assert_eq!(f4.outcome, Outcome::Ineligible);
    assert_eq!(f4.superseded_by, Some("EMP-06"));
    // After 6号 (2025-12-31) only 35号's loan remains.
    let d = official(&h, "2026-06-01");
    expect(&d, "F4", Outcome::Eligible, Some(("500000", Period::Once)));
    assert_eq!(kind(&d, "F4"), AmountKind::AtMost);
}

#[test]
fn f1_stacks_with_the_job_search_grant_of_emp_04() {
    // EMP-04 (6号 第22条, 3000 for 毕业年度 graduates of 低保 households) and F1 (10000) are different
    // programmes with no no-duplication clause: both paid.
    let mut v = example_12();
    set(&mut v, "status", json!("dibao"));
    set(&mut v, "members.0.graduate.graduation_year", json!(2024));
    set(
        &mut v,
        "members.0.graduate.left_school_on",
        json!("2024-06-30"),
    );
    set(&mut v, "members.0.startup.founded_on", json!("2023-09-01"));
    let d = official(&household(v), "2024-09-01");
    expect(
        &d,
        "EMP-04",
        Outcome::Eligible,
        Some(("3000", Period::Once)),
    );
    expect(&d, "F1", Outcome::Eligible, Some(("10000", Period::Once)));
}

// --- F5, F7: referrals ------------------------------------------------------------------------------------------

#[test]
fn f5_refers_a_graduate_in_a_government_incubator() {
    let mut v = example_12();
    set(
        &mut v,
        "members.0.startup.in_government_incubator",
        json!(true),
    );
    expect(
        &official(&household(v), "2024-06-01"),
        "F5",
        Outcome::Refer,
        None,
    );
    let mut v = example_12();
    set(
        &mut v,
        "members.0.startup.in_government_incubator",
        json!(false),
    );
    expect(
        &official(&household(v), "2024-06-01"),
        "F5",
        Outcome::Ineligible,
        None,
    );
}

#[test]
fn f7_refers_a_founder_in_hardship_or_after_a_failure() {
    let mut v = example_12();
    set(&mut v, "members.0.startup.failed", json!(false));
    expect(
        &official(&household(v.clone()), "2024-06-01"),
        "F7",
        Outcome::Ineligible,
        None,
    );
    set(&mut v, "status", json!("dibian"));
    expect(
        &official(&household(v.clone()), "2024-06-01"),
        "F7",
        Outcome::Refer,
        None,
    );
    set(&mut v, "status", json!("none"));
    set(&mut v, "members.0.startup.failed", json!(true));
    expect(
        &official(&household(v), "2024-06-01"),
        "F7",
        Outcome::Refer,
        None,
    );
}

#[test]
fn a_member_without_graduate_and_startup_records_is_asked_nothing() {
    let h = household(plain_household(
        "lucheng",
        "none",
        vec![plain_member("applicant", "1990-01-01")],
    ));
    let d = official(&h, "2024-06-01");
    for id in ["F1", "F2", "F4", "F5", "F7"] {
        expect(&d, id, Outcome::Ineligible, None);
    }
}

// --- 35号 in force from its issue date, 2022-05-06 (001 L511); no end stated -----------------------------------

#[test]
fn rules_of_35_run_from_2022_05_06_and_not_the_day_before() {
    let mut v = example_12();
    set(
        &mut v,
        "members.0.graduate.left_school_on",
        json!("2021-06-30"),
    );
    set(&mut v, "members.0.graduate.graduation_year", json!(2021));
    set(&mut v, "members.0.startup.founded_on", json!("2021-03-01"));
    let h = household(v);
    assert!(official(&h, "2022-05-05").result("F1").is_none());
    expect(
        &official(&h, "2022-05-06"),
        "F1",
        Outcome::Eligible,
        Some(("10000", Period::Once)),
    );
    // No end date.
    assert!(official(&h, "2031-01-01").result("F1").is_some());
}
