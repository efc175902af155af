//! Golden households for income support: 温政发〔2022〕6号 第1–4条, 第8条, 第23条 (INC-01…INC-19,
//! VET-01). Expected values are worked out by hand from the clause with the training pack's
//! illustrative values (S = 1100, B = 1650, W = 2280 元/月; urban consumption 45000 元/年), the values
//! of rules-core §10.

use crate::common::*;
use serde_json::json;
use wenzhou_assess::engine::{Outcome, Period, TraceMode, assess};
use wenzhou_assess::policy::ParamSet;
use wenzhou_assess::policy::pack::Pack;

/// A 低保 household of `n` adults whose only income is the applicant's wages of `wages` 元/月 from a
/// job held since 2015 (so no employment disregard applies).
fn dibao_with_wages(status: &str, n: usize, wages: &str) -> serde_json::Value {
    let mut members = vec![plain_member("applicant", "1975-01-01")];
    for _ in 1..n {
        members.push(plain_member("spouse", "1976-01-01"));
    }
    let mut v = plain_household("lucheng", status, members);
    set(
        &mut v,
        "members.0.incomes",
        json!([{ "kind": "wages", "amount": wages, "period": "month",
                 "job_start": "2015-01-01", "first_job_since_recognition": false }]),
    );
    v
}

// --- INC-01 低保金: 「按低保人均月收入低于当地最低生活保障标准的差额提供最低生活保障金」 (6号 第1条) ---------

#[test]
fn inc_01_pays_the_gap_times_members_just_below_the_standard() {
    // rules-core E1 A: 2 persons, counted 2198 → y = 1099 < 1100; gap 1 × 2 = 2 元/月.
    let d = training(
        &household(dibao_with_wages("dibao", 2, "2198")),
        "2024-06-01",
    );
    expect(&d, "INC-01", Outcome::Eligible, Some(("2", Period::Month)));
}

#[test]
fn inc_01_pays_nothing_when_income_equals_the_standard() {
    // E1 B: 2200 / 2 = 1100 = S: 「低于」 is strict, the gap is 0 → not eligible, gap 0.
    let d = training(
        &household(dibao_with_wages("dibao", 2, "2200")),
        "2024-06-01",
    );
    expect(&d, "INC-01", Outcome::Ineligible, None);
    let index = d.index_of("INC-01").unwrap();
    let failing: Vec<_> = d
        .conditions_of(index)
        .filter(|c| c.key == "cond-income-below-dibao")
        .collect();
    assert_eq!(failing.len(), 1);
    assert_eq!(failing[0].gap(), Some(rust_decimal::Decimal::ZERO));
}

#[test]
fn inc_01_is_not_paid_just_above_the_standard() {
    // E1 C: 2202 / 2 = 1101 > 1100.
    let d = training(
        &household(dibao_with_wages("dibao", 2, "2202")),
        "2024-06-01",
    );
    expect(&d, "INC-01", Outcome::Ineligible, None);
}

#[test]
fn inc_01_is_only_for_recognised_dibao_households() {
    let d = training(&household(dibao_with_wages("dibian", 2, "0")), "2024-06-01");
    expect(&d, "INC-01", Outcome::Ineligible, None);
}

#[test]
fn inc_01_is_undetermined_when_the_status_is_unknown() {
    let mut v = dibao_with_wages("dibao", 2, "500");
    v.as_object_mut().unwrap().remove("status");
    let d = training(&household(v), "2024-06-01");
    expect_missing(&d, "INC-01", "status");
}

#[test]
fn inc_01_is_undetermined_under_the_official_pack_which_has_no_dibao_standard() {
    // No Wenzhou 低保标准 is in the seeds: the rule names the parameter instead of guessing.
    let d = official(
        &household(dibao_with_wages("dibao", 2, "500")),
        "2024-06-01",
    );
    expect_missing(&d, "INC-01", "param:dibao_standard_monthly");
}

#[test]
fn inc_01_with_the_disregards_of_rules_core_e2_and_the_job_cost_deduction_left_to_the_officer() {
    // E2 (2025-09-01), 4 persons, 低保, 市区:
    //   father: first job since recognition from 2025-03-01, 3000 → within 1 year → 0 (INC-03);
    //   mother: disabled, re-employed 2022-06-01, 2400 → 3-year disregard ended 2025-06-01 → counted
    //     2400 (INC-05's deduction is 「可」: not applied by default, rules-core errata 1);
    //   grandmother: 来料加工 18000/年 ≤ 20000 → 0 (INC-08); pension 300;
    //     青苗补偿费 60000 received 2025-03-15 → (60000 − 50000) / 12 = 833.333… (INC-07);
    //   child: nothing.
    // counted = 2400 + 300 + 833.333… = 3533.333…; y = 883.333…; (1100 − 883.333…) × 4 = 866.67.
    let d = training(&e2_household(), "2025-09-01");
    expect(
        &d,
        "INC-01",
        Outcome::Eligible,
        Some(("866.67", Period::Month)),
    );
    expect(
        &d,
        "INC-03",
        Outcome::Eligible,
        Some(("3000", Period::Month)),
    );
    // INC-05: the officer may deduct min(2400, B = 1650) = 1650 per month.
    expect(&d, "INC-05", Outcome::Refer, Some(("1650", Period::Month)));
    expect(
        &d,
        "INC-07",
        Outcome::Eligible,
        Some(("50000", Period::Once)),
    );
    expect(
        &d,
        "INC-08",
        Outcome::Eligible,
        Some(("18000", Period::Year)),
    );
}

#[test]
fn inc_05_when_a_county_makes_the_deduction_automatic_e2_gives_2516_67() {
    // With the deduction: counted = 750 + 300 + 833.333… = 1883.333…; y = 470.833…;
    // (1100 − 470.833…) × 4 = 2516.666… → 2516.67 (rules-core E2).
    let local = Pack::parse(
        "county.toml",
        r#"[pack]
id = "county"
name_zh = "县本地参数"
name_en = "County values"
official = false
extends = "training"

[[param]]
key = "job_cost_deduction_automatic"
value = true
area = "all"
valid_from = 2022-05-01
valid_to = 2025-12-31
official = true
citation = "某县民政局通知（测试）"
"#,
    )
    .unwrap();
    let set = ParamSet::training().unwrap().with_layer(local).unwrap();
    let d = assess(&e2_household(), date("2025-09-01"), &set, TraceMode::On).unwrap();
    expect(
        &d,
        "INC-01",
        Outcome::Eligible,
        Some(("2516.67", Period::Month)),
    );
    expect(
        &d,
        "INC-05",
        Outcome::Eligible,
        Some(("1650", Period::Month)),
    );
}

fn e2_household() -> wenzhou_assess::household::Household {
    let mut v = plain_household(
        "longwan",
        "dibao",
        vec![
            plain_member("applicant", "1980-02-01"),
            plain_member("spouse", "1982-03-01"),
            plain_member("parent", "1953-01-10"),
            plain_member("child", "2015-04-01"),
        ],
    );
    set(
        &mut v,
        "members.0.incomes",
        json!([{ "kind": "wages", "amount": "3000", "period": "month",
                 "job_start": "2025-03-01", "first_job_since_recognition": true }]),
    );
    set(&mut v, "members.1.disabled", json!(true));
    set(
        &mut v,
        "members.1.incomes",
        json!([{ "kind": "wages", "amount": "2400", "period": "month",
                 "job_start": "2022-06-01", "first_job_since_recognition": false }]),
    );
    set(
        &mut v,
        "members.2.incomes",
        json!([
            { "kind": "outsourced_processing", "amount": "18000", "period": "year" },
            { "kind": "pension", "amount": "300", "period": "month" },
            { "kind": "crop_compensation", "amount": "60000", "period": "once", "received_on": "2025-03-15" }
        ]),
    );
    household(v)
}

// --- INC-03 / INC-04: 「首次就业或自主创业的，1年内不计」; 「残疾人初次就业、再就业的，3年内不计」 ----------

fn first_job(
    start: &str,
    first: Option<bool>,
    disabled: bool,
) -> wenzhou_assess::household::Household {
    let mut v = dibao_with_wages("dibao", 2, "0");
    let mut item =
        json!({ "kind": "wages", "amount": "3000", "period": "month", "job_start": start });
    if let Some(f) = first {
        item["first_job_since_recognition"] = json!(f);
    }
    set(&mut v, "members.0.incomes", json!([item]));
    set(&mut v, "members.0.disabled", json!(disabled));
    household(v)
}

#[test]
fn inc_03_first_job_is_not_counted_until_the_day_before_the_first_anniversary() {
    // Started 2024-12-01: 「1年内」 covers 2024-12-01 … 2025-11-30.
    let d = training(&first_job("2024-12-01", Some(true), false), "2025-11-30");
    expect(
        &d,
        "INC-03",
        Outcome::Eligible,
        Some(("3000", Period::Month)),
    );
    // Nothing counted: y = 0 → (1100 − 0) × 2 = 2200.
    expect(
        &d,
        "INC-01",
        Outcome::Eligible,
        Some(("2200", Period::Month)),
    );
}

#[test]
fn inc_03_first_job_is_counted_from_the_first_anniversary() {
    // 2025-12-01 is one year after the start 2024-12-01: 3000 counted → y = 1500 ≥ 1100.
    let d = training(&first_job("2024-12-01", Some(true), false), "2025-12-01");
    expect(&d, "INC-03", Outcome::Ineligible, None);
    expect(&d, "INC-01", Outcome::Ineligible, None);
}

#[test]
fn inc_03_unknown_whether_the_job_is_the_first_leaves_the_allowance_undetermined() {
    // Counted income is 0 or 3000: y is 0 (eligible, 2200) or 1500 (not eligible).
    let d = training(&first_job("2025-03-01", None, false), "2025-09-01");
    expect_missing(
        &d,
        "INC-01",
        "members[0].incomes.first_job_since_recognition",
    );
}

#[test]
fn inc_03_an_old_job_is_counted_whatever_the_first_job_flag() {
    // Started 2015: more than 1 year ago, so the unknown flag decides nothing.
    let d = training(&first_job("2015-01-01", None, false), "2025-09-01");
    expect(&d, "INC-01", Outcome::Ineligible, None);
}

#[test]
fn inc_04_a_disabled_members_new_job_is_not_counted_for_three_years() {
    // Re-employment 2022-06-01: not counted until 2025-05-31 inclusive.
    let d = training(&first_job("2022-06-01", Some(false), true), "2025-05-31");
    expect(
        &d,
        "INC-04",
        Outcome::Eligible,
        Some(("3000", Period::Month)),
    );
    let d = training(&first_job("2022-06-01", Some(false), true), "2025-06-01");
    expect(&d, "INC-04", Outcome::Ineligible, None);
}

#[test]
fn inc_04_is_undetermined_when_a_second_member_s_certificate_is_unknown() {
    // Found by the property test: two members with a new job (2025-06-01) of 1 元/月 each; member 0
    // holds a certificate, member 1's is unknown. 1 元 is certainly not counted, 2 元 if member 1 is
    // disabled too: the amount depends on the unknown fact.
    let mut v = dibao_with_wages("dibao", 2, "1");
    let job = json!([{ "kind": "wages", "amount": "1", "period": "month",
                       "job_start": "2025-06-01", "first_job_since_recognition": false }]);
    set(&mut v, "members.0.incomes", job.clone());
    set(&mut v, "members.1.incomes", job);
    set(&mut v, "members.0.disabled", json!(true));
    set(&mut v, "members.0.disability_grade", json!(2));
    v["members"][1].as_object_mut().unwrap().remove("disabled");
    let d = training(&household(v.clone()), "2025-06-15");
    expect_missing(&d, "INC-04", "members[1].disabled");
    // Known either way, the amount is 1 or 2.
    set(&mut v, "members.1.disabled", json!(false));
    let d = training(&household(v.clone()), "2025-06-15");
    expect(&d, "INC-04", Outcome::Eligible, Some(("1", Period::Month)));
    set(&mut v, "members.1.disabled", json!(true));
    set(&mut v, "members.1.disability_grade", json!(3));
    let d = training(&household(v), "2025-06-15");
    expect(&d, "INC-04", Outcome::Eligible, Some(("2", Period::Month)));
}

#[test]
fn inc_05_is_undetermined_when_another_member_s_window_depends_on_an_unknown_certificate() {
    // Found by the property test. On 2025-06-15 member 0 (certified) has a job since 2022-01-01:
    // the 3-year disregard ended 2025-01-01, so 1 元 of costs may be deducted (min(1, B)). Member 1
    // has the same job, not a first job: in the window only if disabled, which is unknown → 1 or 2.
    let mut v = dibao_with_wages("dibao", 2, "1");
    let job = json!([{ "kind": "wages", "amount": "1", "period": "month",
                       "job_start": "2022-01-01", "first_job_since_recognition": false }]);
    set(&mut v, "members.0.incomes", job.clone());
    set(&mut v, "members.1.incomes", job);
    set(&mut v, "members.0.disabled", json!(true));
    set(&mut v, "members.0.disability_grade", json!(2));
    v["members"][1].as_object_mut().unwrap().remove("disabled");
    let d = training(&household(v.clone()), "2025-06-15");
    expect_missing(&d, "INC-05", "members[1].disabled");
    // Known: 1 (member 1 not disabled) or 2 (both), left to the officer.
    set(&mut v, "members.1.disabled", json!(false));
    let d = training(&household(v.clone()), "2025-06-15");
    expect(&d, "INC-05", Outcome::Refer, Some(("1", Period::Month)));
    set(&mut v, "members.1.disabled", json!(true));
    set(&mut v, "members.1.disability_grade", json!(4));
    let d = training(&household(v), "2025-06-15");
    expect(&d, "INC-05", Outcome::Refer, Some(("2", Period::Month)));
}

#[test]
fn inc_05_an_unknown_job_start_or_status_leaves_the_deduction_open_and_names_the_fact() {
    // 「在不计家庭收入后的2年内，可按当地低边标准扣除其就业创业成本」 (004 L87–89). A 低保 member's first job: the
    // 12-month disregard and the 24 months after it are counted from the job's start. Started
    // 2024-01-01: assessed 2025-06-01 the disregard has ended (2025-01-01) and the window runs to
    // 2027-01-01 → refer with at most min(1500, B = 1650) = 1500.
    let mut v = dibao_with_wages("dibao", 1, "1500");
    let job = |start: serde_json::Value| {
        json!([{ "kind": "wages", "amount": "1500", "period": "month",
                 "job_start": start, "first_job_since_recognition": true }])
    };
    set(&mut v, "members.0.incomes", job(json!("2024-01-01")));
    let d = training(&household(v.clone()), "2025-06-01");
    expect(&d, "INC-05", Outcome::Refer, Some(("1500", Period::Month)));
    // The start unknown: whether the two years run decides it → undetermined, naming the start.
    set(&mut v, "members.0.incomes", job(serde_json::Value::Null));
    let d = training(&household(v.clone()), "2025-06-01");
    expect(&d, "INC-05", Outcome::Undetermined, None);
    expect_missing(&d, "INC-05", "members[0].incomes.job_start");
    // The status unknown: the deduction is for 低保低边 members only → undetermined, naming it.
    set(&mut v, "members.0.incomes", job(json!("2024-01-01")));
    set(&mut v, "status", serde_json::Value::Null);
    let d = training(&household(v), "2025-06-01");
    expect(&d, "INC-05", Outcome::Undetermined, None);
    expect_missing(&d, "INC-05", "status");
}

// --- INC-06 公益性岗位: 「岗位补贴低于低边标准的部分收入不计家庭收入」 -----------------------------------

fn post(amount: &str) -> wenzhou_assess::household::Household {
    let mut v = dibao_with_wages("dibao", 3, "0");
    set(
        &mut v,
        "members.0.incomes",
        json!([{ "kind": "public_welfare_post", "amount": amount, "period": "month" }]),
    );
    set(
        &mut v,
        "members.1.incomes",
        json!([{ "kind": "wages", "amount": "1200", "period": "month",
                 "job_start": "2015-01-01", "first_job_since_recognition": false }]),
    );
    household(v)
}

#[test]
fn inc_06_a_post_subsidy_below_the_dibian_standard_is_not_counted_e3() {
    // rules-core E3: post 600 ≤ B 1650 → 0 counted; wife 1200; 3 persons → y = 400;
    // (1100 − 400) × 3 = 2100.
    let d = training(&post("600"), "2024-06-01");
    expect(
        &d,
        "INC-06",
        Outcome::Eligible,
        Some(("600", Period::Month)),
    );
    expect(
        &d,
        "INC-01",
        Outcome::Eligible,
        Some(("2100", Period::Month)),
    );
}

#[test]
fn inc_06_only_the_part_above_the_dibian_standard_is_counted() {
    // Post 2000: 1650 not counted, 350 counted; + 1200 → 1550 / 3 = 516.666…;
    // (1100 − 516.666…) × 3 = 1750.
    let d = training(&post("2000"), "2024-06-01");
    expect(
        &d,
        "INC-06",
        Outcome::Eligible,
        Some(("1650", Period::Month)),
    );
    expect(
        &d,
        "INC-01",
        Outcome::Eligible,
        Some(("1750", Period::Month)),
    );
}

// --- INC-07 / INC-08 ---------------------------------------------------------------------------------

#[test]
fn inc_07_crop_compensation_up_to_50000_is_not_counted_and_nothing_after_the_spread() {
    // 40000 received 2025-01-10: all under 5万 → nothing counted; INC-07 disregards 40000 once.
    let mut v = dibao_with_wages("dibao", 2, "0");
    set(
        &mut v,
        "members.0.incomes",
        json!([{ "kind": "crop_compensation", "amount": "40000", "period": "once", "received_on": "2025-01-10" }]),
    );
    let d = training(&household(v), "2025-06-01");
    expect(
        &d,
        "INC-07",
        Outcome::Eligible,
        Some(("40000", Period::Once)),
    );
    expect(
        &d,
        "INC-01",
        Outcome::Eligible,
        Some(("2200", Period::Month)),
    );
}

#[test]
fn inc_07_a_monthly_crop_compensation_counts_a_twelfth_of_the_years_excess() {
    // 5000 a month = 60000 a year; 「不超过5万元青苗补偿费…不计家庭收入」 (004 L93–95): 60000 − 50000 = 10000
    // counted for the year, 10000 / 12 = 833.33 a month; 2 persons: (1100 − 833.33 / 2) × 2 = 2200 − 833.33
    // = 1366.67, 1367 to the yuan.
    let mut v = dibao_with_wages("dibao", 2, "0");
    set(
        &mut v,
        "members.0.incomes",
        json!([{ "kind": "crop_compensation", "amount": "5000", "period": "month" }]),
    );
    let d = training(&household(v), "2025-06-01");
    let inc01 = d.result("INC-01").unwrap();
    assert_eq!(inc01.outcome, Outcome::Eligible);
    let paid = inc01.amount.unwrap().value.round_dp(0);
    // Before the fix the whole 10000 was counted every month: per capita 5000, nothing paid.
    assert_eq!(paid, rust_decimal::Decimal::from(1367), "{inc01:?}");
}

#[test]
fn inc_07_without_a_local_spreading_rule_a_large_lump_sum_is_undetermined() {
    // 80000 − 50000 = 30000 counted, but how many months it is spread over is local (no default):
    // the official pack lacks `lump_sum_spread_months`, and also the 低保 standard.
    let mut v = dibao_with_wages("dibao", 2, "0");
    set(
        &mut v,
        "members.0.incomes",
        json!([{ "kind": "crop_compensation", "amount": "80000", "period": "once", "received_on": "2025-01-10" }]),
    );
    let set_ = ParamSet::official().unwrap();
    let d = assess(&household(v), date("2025-06-01"), &set_, TraceMode::On).unwrap();
    assert_eq!(outcome(&d, "INC-01"), Outcome::Undetermined);
}

#[test]
fn inc_08_outsourced_processing_above_20000_counts_only_the_excess() {
    // 26000/年 → (26000 − 20000) / 12 = 500/月 counted; 2 persons → y = 250; (1100 − 250) × 2 = 1700.
    let mut v = dibao_with_wages("dibao", 2, "0");
    set(
        &mut v,
        "members.0.incomes",
        json!([{ "kind": "outsourced_processing", "amount": "26000", "period": "year" }]),
    );
    let d = training(&household(v), "2024-06-01");
    expect(
        &d,
        "INC-08",
        Outcome::Eligible,
        Some(("20000", Period::Year)),
    );
    expect(
        &d,
        "INC-01",
        Outcome::Eligible,
        Some(("1700", Period::Month)),
    );
}

// --- INC-09 / INC-10 ---------------------------------------------------------------------------------

#[test]
fn inc_09_the_veterans_supplement_is_not_counted() {
    let mut v = dibao_with_wages("dibao", 1, "0");
    set(
        &mut v,
        "members.0.incomes",
        json!([{ "kind": "veteran_supplement", "amount": "110", "period": "month" }]),
    );
    let d = training(&household(v), "2024-06-01");
    expect(
        &d,
        "INC-09",
        Outcome::Eligible,
        Some(("110", Period::Month)),
    );
    expect(
        &d,
        "INC-01",
        Outcome::Eligible,
        Some(("1100", Period::Month)),
    );
}

#[test]
fn inc_10_equity_dividends_count_unless_the_household_is_a_low_income_farmer() {
    let dividend = json!([{ "kind": "equity_dividend", "amount": "1200", "period": "year" }]);
    let mut v = dibao_with_wages("dibao", 1, "0");
    set(&mut v, "members.0.incomes", dividend.clone());
    set(&mut v, "low_income_farmer", json!(true));
    let d = training(&household(v.clone()), "2024-06-01");
    // Not counted: 1200 / 12 = 100 per month disregarded; y = 0 → 1100.
    expect(
        &d,
        "INC-10",
        Outcome::Eligible,
        Some(("100", Period::Month)),
    );
    expect(
        &d,
        "INC-01",
        Outcome::Eligible,
        Some(("1100", Period::Month)),
    );
    set(&mut v, "low_income_farmer", json!(false));
    let d = training(&household(v.clone()), "2024-06-01");
    expect(&d, "INC-10", Outcome::Ineligible, None);
    expect(
        &d,
        "INC-01",
        Outcome::Eligible,
        Some(("1000", Period::Month)),
    );
    v.as_object_mut().unwrap().remove("low_income_farmer");
    let d = training(&household(v), "2024-06-01");
    expect_missing(&d, "INC-01", "low_income_farmer");
}

// --- INC-02 渐退期, INC-11 低边 -----------------------------------------------------------------------

#[test]
fn inc_02_a_dibian_household_above_the_dibian_standard_is_referred_for_transition() {
    // rules-core E4: y = 1700 > B = 1650 → 「可给予一年渐退期」: refer.
    let d = training(
        &household(dibao_with_wages("dibian", 1, "1700")),
        "2024-06-01",
    );
    expect(&d, "INC-02", Outcome::Refer, None);
    let mut v = dibao_with_wages("dibian", 1, "1650");
    set(&mut v, "first_enterprise_subscription_over", json!(false));
    let d = training(&household(v), "2024-06-01");
    expect(&d, "INC-02", Outcome::Ineligible, None);
}

#[test]
fn inc_02_a_first_enterprise_subscription_over_the_limits_is_the_second_ground() {
    // 「对人均收入超过低保标准或低边标准或因首次企业认缴超标的低保低边，可给予一年渐退期」 (004 L75–79): y = 1000
    // ≤ S = 1100, but the household breaches the limits by its first enterprise subscription → refer.
    let mut v = dibao_with_wages("dibao", 1, "1000");
    set(&mut v, "first_enterprise_subscription_over", json!(true));
    expect(
        &training(&household(v.clone()), "2024-06-01"),
        "INC-02",
        Outcome::Refer,
        None,
    );
    // Unknown: the fact decides, so the result is undetermined and names it.
    set(&mut v, "first_enterprise_subscription_over", json!(null));
    let d = training(&household(v), "2024-06-01");
    expect(&d, "INC-02", Outcome::Undetermined, None);
    expect_missing(&d, "INC-02", "first_enterprise_subscription_over");
}

#[test]
fn inc_02_a_dibao_household_above_the_dibao_standard_is_referred() {
    let d = training(
        &household(dibao_with_wages("dibao", 1, "1200")),
        "2024-06-01",
    );
    expect(&d, "INC-02", Outcome::Refer, None);
}

#[test]
fn inc_11_a_household_without_status_below_the_dibian_standard_is_a_candidate() {
    // 2 persons, 3000 → y = 1500 < 1650 → refer to 民政 for recognition.
    let d = training(
        &household(dibao_with_wages("none", 2, "3000")),
        "2024-06-01",
    );
    expect(&d, "INC-11", Outcome::Refer, None);
    // 3400 → y = 1700 ≥ 1650 → not a candidate.
    let d = training(
        &household(dibao_with_wages("none", 2, "3400")),
        "2024-06-01",
    );
    expect(&d, "INC-11", Outcome::Ineligible, None);
}

// --- INC-12 / INC-13 / INC-14 ------------------------------------------------------------------------

#[test]
fn inc_12_a_reported_hardship_event_is_referred_for_temporary_assistance() {
    let mut v = dibao_with_wages("none", 1, "5000");
    set(&mut v, "hardship_event", json!(true));
    expect(
        &training(&household(v.clone()), "2024-06-01"),
        "INC-12",
        Outcome::Refer,
        None,
    );
    set(&mut v, "hardship_event", json!(false));
    expect(
        &training(&household(v.clone()), "2024-06-01"),
        "INC-12",
        Outcome::Ineligible,
        None,
    );
    v.as_object_mut().unwrap().remove("hardship_event");
    expect_missing(
        &training(&household(v), "2024-06-01"),
        "INC-12",
        "hardship_event",
    );
}

#[test]
fn inc_13_a_complex_case_is_referred_for_case_by_case_help() {
    let mut v = dibao_with_wages("dibao", 1, "0");
    set(&mut v, "complex_case", json!(true));
    expect(
        &training(&household(v.clone()), "2024-06-01"),
        "INC-13",
        Outcome::Refer,
        None,
    );
    set(&mut v, "hukou_area", json!("outside_wenzhou"));
    expect(
        &training(&household(v), "2024-06-01"),
        "INC-13",
        Outcome::Ineligible,
        None,
    );
}

#[test]
fn inc_14_every_kunnan_household_gets_a_cadre_and_a_plan() {
    expect(
        &training(&household(dibao_with_wages("dibian", 1, "0")), "2024-06-01"),
        "INC-14",
        Outcome::Eligible,
        None,
    );
    expect(
        &training(&household(dibao_with_wages("none", 1, "0")), "2024-06-01"),
        "INC-14",
        Outcome::Ineligible,
        None,
    );
}

// --- INC-15…INC-18 特困 ------------------------------------------------------------------------------

fn tekun(support: Option<&str>, self_care: Option<&str>) -> wenzhou_assess::household::Household {
    let mut v = plain_household(
        "ruian",
        "none",
        vec![plain_member("applicant", "1945-05-05")],
    );
    match support {
        Some(s) => set(&mut v, "members.0.tekun", json!(s)),
        None => {
            v["members"][0].as_object_mut().unwrap().remove("tekun");
        }
    }
    if let Some(c) = self_care {
        set(&mut v, "members.0.self_care", json!(c));
    }
    household(v)
}

#[test]
fn inc_15_the_tekun_floor_is_the_higher_of_half_urban_consumption_and_1_3_times_the_dibao_standard()
{
    // rules-core E6: max(0.5 × 45000, 1.3 × 1100 × 12) = max(22500, 17160) = 22500 元/年, at least.
    let d = training(&tekun(Some("dispersed"), Some("able")), "2024-06-01");
    expect(
        &d,
        "INC-15",
        Outcome::Eligible,
        Some(("22500", Period::Year)),
    );
    assert_eq!(
        d.result("INC-15").unwrap().amount.unwrap().kind,
        wenzhou_assess::engine::AmountKind::AtLeast
    );
    expect(
        &training(&tekun(Some("no"), None), "2024-06-01"),
        "INC-15",
        Outcome::Ineligible,
        None,
    );
    expect_missing(
        &training(&tekun(None, None), "2024-06-01"),
        "INC-15",
        "members[0].tekun",
    );
}

#[test]
fn inc_16_the_care_fee_in_a_government_institution_is_a_local_value() {
    // 「由当地财政、民政部门核定」: no figure anywhere, so undetermined naming the parameter.
    let d = training(
        &tekun(Some("concentrated_public"), Some("fully_lost")),
        "2024-06-01",
    );
    expect_missing(&d, "INC-16", "param:tekun_care_fee_public_institution");
    expect(&d, "INC-17", Outcome::Ineligible, None);
}

#[test]
fn inc_17_purchased_institution_care_fee_is_80_percent_of_the_minimum_wage_when_fully_dependent() {
    // 0.8 × 2280 = 1824 元/月 (rules-core E6).
    let d = training(
        &tekun(Some("concentrated_social"), Some("fully_lost")),
        "2024-06-01",
    );
    expect(
        &d,
        "INC-17",
        Outcome::Eligible,
        Some(("1824", Period::Month)),
    );
    // 中度 40%: 0.4 × 2280 = 912.
    let d = training(
        &tekun(Some("concentrated_social"), Some("moderately_lost")),
        "2024-06-01",
    );
    expect(
        &d,
        "INC-17",
        Outcome::Eligible,
        Some(("912", Period::Month)),
    );
}

#[test]
fn inc_18_dispersed_care_fee_is_half_the_institutional_rate() {
    // 0.5 × 0.8 × 2280 = 912; able: 0.5 × 0.1 × 2280 = 114 (rules-core E6).
    let d = training(&tekun(Some("dispersed"), Some("fully_lost")), "2024-06-01");
    expect(
        &d,
        "INC-18",
        Outcome::Eligible,
        Some(("912", Period::Month)),
    );
    let d = training(&tekun(Some("dispersed"), Some("able")), "2024-06-01");
    expect(
        &d,
        "INC-18",
        Outcome::Eligible,
        Some(("114", Period::Month)),
    );
    let d = training(&tekun(Some("dispersed"), None), "2024-06-01");
    expect_missing(&d, "INC-18", "members[0].self_care");
}

// --- INC-19 建档困难职工 ------------------------------------------------------------------------------

#[test]
fn inc_19_hardship_worker_families_get_at_most_a_years_dibao_standard() {
    // 「每户每年不超过当地最低生活保障标准年度总和」: 1100 × 12 = 13200 元/年, a ceiling.
    let mut v = dibao_with_wages("none", 3, "4000");
    set(&mut v, "hardship_worker_family", json!(true));
    let d = training(&household(v.clone()), "2024-06-01");
    expect(
        &d,
        "INC-19",
        Outcome::Eligible,
        Some(("13200", Period::Year)),
    );
    assert_eq!(
        d.result("INC-19").unwrap().amount.unwrap().kind,
        wenzhou_assess::engine::AmountKind::AtMost
    );
    set(&mut v, "hardship_worker_family", json!(false));
    expect(
        &training(&household(v), "2024-06-01"),
        "INC-19",
        Outcome::Ineligible,
        None,
    );
}

// --- VET-01 ------------------------------------------------------------------------------------------

#[test]
fn vet_01_a_dibao_veteran_gets_at_least_ten_percent_of_the_standard() {
    // 「对低保中的退役军人…增发不低于当地最低生活保障标准10%」: 0.10 × 1100 = 110 元/月.
    let mut v = dibao_with_wages("dibao", 2, "0");
    set(&mut v, "members.0.veteran", json!(true));
    let d = training(&household(v.clone()), "2024-06-01");
    expect(
        &d,
        "VET-01",
        Outcome::Eligible,
        Some(("110", Period::Month)),
    );
    // 低边 is not named: not eligible.
    set(&mut v, "status", json!("dibian"));
    expect(
        &training(&household(v.clone()), "2024-06-01"),
        "VET-01",
        Outcome::Ineligible,
        None,
    );
    // Unknown veteran status in a 低保 household: undetermined.
    set(&mut v, "status", json!("dibao"));
    v["members"][0].as_object_mut().unwrap().remove("veteran");
    expect_missing(
        &training(&household(v), "2024-06-01"),
        "VET-01",
        "members[0].veteran",
    );
}

// --- Dates: 6号 is in force 2022-05-01 … 2025-12-31 ------------------------------------------------

#[test]
fn income_rules_are_not_evaluated_outside_6hao_validity() {
    let h = household(dibao_with_wages("dibao", 2, "0"));
    assert!(training(&h, "2022-04-30").result("INC-01").is_none());
    assert!(training(&h, "2022-05-01").result("INC-01").is_some());
    assert!(training(&h, "2025-12-31").result("INC-01").is_some());
    let after = training(&h, "2026-01-01");
    assert!(after.result("INC-01").is_none());
    assert!(
        after
            .notices
            .iter()
            .any(|n| matches!(n, wenzhou_assess::engine::Notice::PolicyExpired { .. }))
    );
}
