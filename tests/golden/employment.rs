//! Golden households for employment: 温政发〔2022〕6号 第21条 (EMP-01), 第22条 (EMP-03…EMP-05) and 第23条
//! (EMP-06), with rules-core §10 E3, E18 and E21.
//!
//! Expected values are worked out by hand from the clauses; every figure is the gazette's own
//! (official pack): 600 + 300 or 700 元/月, two thirds of the contributions for 36 months, 3000 元,
//! loans up to 50万 / 60万.

use crate::common::*;
use serde_json::{Value, json};
use wenzhou_assess::engine::{AmountKind, Outcome, Period};

/// One adult born 1990-01-01 in `area` with `status`.
fn adult(area: &str, status: &str) -> Value {
    plain_household(area, status, vec![plain_member("applicant", "1990-01-01")])
}

// --- EMP-01: 「公益性岗位安排高校毕业生、就业困难人员、困难持证残疾人和低收入农户缴纳社会保险的，给予每人每月600元的岗位补贴
// 和300元社保补贴；未缴纳社会保险的，给予每人每月700元岗位补贴」 (6号 第21条) ----------------------------------------------

fn on_post(status: &str, insured: bool) -> Value {
    let mut v = adult("lucheng", status);
    set(
        &mut v,
        "members.0.welfare_post",
        json!({ "social_insurance_paid": insured }),
    );
    v
}

#[test]
fn emp_01_e3_a_low_income_farmer_on_an_insured_post_gets_600_plus_300() {
    // 600 post subsidy + 300 social-insurance subsidy = 900 元/月.
    let mut v = on_post("none", true);
    set(&mut v, "low_income_farmer", json!(true));
    let d = official(&household(v), "2024-06-01");
    expect(
        &d,
        "EMP-01",
        Outcome::Eligible,
        Some(("900", Period::Month)),
    );
}

#[test]
fn emp_01_e3_without_social_insurance_700() {
    let mut v = on_post("none", false);
    set(&mut v, "low_income_farmer", json!(true));
    let d = official(&household(v), "2024-06-01");
    expect(
        &d,
        "EMP-01",
        Outcome::Eligible,
        Some(("700", Period::Month)),
    );
}

#[test]
fn emp_01_a_graduate_or_a_certified_disabled_dibao_member_qualifies() {
    let mut v = on_post("none", false);
    set(
        &mut v,
        "members.0.graduate",
        json!({ "graduation_year": 2015 }),
    );
    let d = official(&household(v), "2024-06-01");
    expect(
        &d,
        "EMP-01",
        Outcome::Eligible,
        Some(("700", Period::Month)),
    );
    // 困难持证残疾人: certified and in a 低保 household.
    let mut v = on_post("dibao", false);
    set(&mut v, "members.0.disabled", json!(true));
    set(&mut v, "members.0.disability_grade", json!(4));
    let d = official(&household(v), "2024-06-01");
    expect(
        &d,
        "EMP-01",
        Outcome::Eligible,
        Some(("700", Period::Month)),
    );
}

#[test]
fn emp_01_a_post_holder_outside_the_four_groups_gets_nothing_and_an_unknown_group_is_asked() {
    let mut v = on_post("none", true);
    set(&mut v, "members.0.employment_difficulty", json!(false));
    let d = official(&household(v), "2024-06-01");
    expect(&d, "EMP-01", Outcome::Ineligible, None);
    let d = official(&household(on_post("none", true)), "2024-06-01");
    expect_missing(&d, "EMP-01", "members[0].employment_difficulty");
}

#[test]
fn emp_01_is_undetermined_when_the_post_s_insurance_is_unknown() {
    let mut v = on_post("none", true);
    set(&mut v, "low_income_farmer", json!(true));
    set(&mut v, "members.0.welfare_post", json!({}));
    let d = official(&household(v), "2024-06-01");
    expect_missing(
        &d,
        "EMP-01",
        "members[0].welfare_post.social_insurance_paid",
    );
}

#[test]
fn emp_01_to_06_ask_nothing_of_a_household_without_employment_records() {
    let d = official(&household(adult("lucheng", "dibao")), "2024-06-01");
    for id in ["EMP-01", "EMP-03", "EMP-04", "EMP-05", "EMP-06"] {
        expect(&d, id, Outcome::Ineligible, None);
    }
}

// --- EMP-03: 「…从事灵活就业，并以个人身份参加灵活就业社会保险的…补贴标准为个人实缴社会保险费的三分之二，补贴期限不超过3年。
// 对初次核定享受灵活就业社保补贴政策时距退休年龄不足5年的人员，补贴期限可延长至退休。对在各类企业中认缴出资额20万元以上的或
// 家庭拥有非营运车辆的人员，不享受灵活就业社保补贴」 (6号 第22条) -------------------------------------------------------------

fn flexible(status: &str, record: Value) -> Value {
    let mut v = adult("longwan", status);
    set(&mut v, "members.0.flexible_employment", record);
    v
}

fn e18() -> Value {
    json!({ "contributions_yearly": "14400", "subscribed_capital": "0",
            "household_private_vehicle": false, "months_received": 0 })
}

#[test]
fn emp_03_e18_a_dibian_flexible_worker_gets_two_thirds_of_the_contributions() {
    // 14400 × 2/3 = 9600 元/年.
    let d = official(&household(flexible("dibian", e18())), "2024-06-01");
    expect(
        &d,
        "EMP-03",
        Outcome::Eligible,
        Some(("9600", Period::Year)),
    );
}

#[test]
fn emp_03_e18_a_private_vehicle_or_200000_of_capital_excludes() {
    let mut r = e18();
    r["household_private_vehicle"] = json!(true);
    let d = official(&household(flexible("dibian", r)), "2024-06-01");
    expect(&d, "EMP-03", Outcome::Ineligible, None);
    // 「20万元以上」 includes 200000.
    let mut r = e18();
    r["subscribed_capital"] = json!("200000");
    let d = official(&household(flexible("dibian", r)), "2024-06-01");
    expect(&d, "EMP-03", Outcome::Ineligible, None);
    // 199999 does not exclude.
    let mut r = e18();
    r["subscribed_capital"] = json!("199999");
    let d = official(&household(flexible("dibian", r)), "2024-06-01");
    expect(
        &d,
        "EMP-03",
        Outcome::Eligible,
        Some(("9600", Period::Year)),
    );
}

#[test]
fn emp_03_e18_after_36_months_only_a_person_near_retirement_may_continue() {
    // First approved 2022-06-01 at 55 y 5 m, retirement 2027-01-01: 4 y 7 m < 5 years →
    // 「可延长至退休」: after 36 months (2025-07-01) refer with the amount, 9600 a year.
    let mut r = e18();
    r["months_received"] = json!(36);
    r["first_approved_on"] = json!("2022-06-01");
    r["retirement_date"] = json!("2027-01-01");
    let d = official(&household(flexible("dibian", r.clone())), "2025-07-01");
    expect(&d, "EMP-03", Outcome::Refer, Some(("9600", Period::Year)));
    // Exactly 5 years (retirement 2027-06-01) is not 「不足5年」 → the subsidy ends at 36 months.
    r["retirement_date"] = json!("2027-06-01");
    let d = official(&household(flexible("dibian", r)), "2025-07-01");
    expect(&d, "EMP-03", Outcome::Ineligible, None);
}

#[test]
fn emp_03_a_graduate_within_two_years_of_leaving_school_qualifies() {
    // Left school 2023-07-01, not employed since: within 2 years up to 2025-07-01 inclusive.
    let mut v = flexible("none", e18());
    set(&mut v, "members.0.employment_difficulty", json!(false));
    set(
        &mut v,
        "members.0.graduate",
        json!({ "graduation_year": 2023, "left_school_on": "2023-07-01", "employed": false }),
    );
    let d = official(&household(v.clone()), "2025-07-01");
    expect(
        &d,
        "EMP-03",
        Outcome::Eligible,
        Some(("9600", Period::Year)),
    );
    let d = official(&household(v), "2025-07-02");
    expect(&d, "EMP-03", Outcome::Ineligible, None);
}

#[test]
fn emp_03_is_undetermined_when_the_contributions_are_unknown() {
    let mut r = e18();
    r.as_object_mut().unwrap().remove("contributions_yearly");
    let d = official(&household(flexible("dibao", r)), "2024-06-01");
    expect_missing(
        &d,
        "EMP-03",
        "members[0].flexible_employment.contributions_yearly",
    );
}

// --- EMP-04: 「对低保、孤儿、残疾人、获得国家助学贷款人员、贫困残疾人家庭、脱贫人口家庭（包括民政部门认定的城乡低保户、低保边缘户
// 和乡村振兴部门认定的其他经济困难户）和特困人员中的毕业年度高校毕业生每人发放3000元的求职创业补贴」 (6号 第22条) ------------

fn graduating(status: &str, year: i32) -> Value {
    let mut v = adult("ouhai", status);
    set(
        &mut v,
        "members.0.graduate",
        json!({ "graduation_year": year, "student_loan": false }),
    );
    v
}

#[test]
fn emp_04_e21_a_dibian_student_graduating_this_year_gets_3000_once() {
    let d = official(&household(graduating("dibian", 2024)), "2024-06-30");
    expect(
        &d,
        "EMP-04",
        Outcome::Eligible,
        Some(("3000", Period::Once)),
    );
}

#[test]
fn emp_04_e21_a_2023_graduate_applying_in_2024_is_not_in_the_graduation_year() {
    let d = official(&household(graduating("dibian", 2023)), "2024-06-30");
    expect(&d, "EMP-04", Outcome::Ineligible, None);
}

#[test]
fn emp_04_e21_a_low_income_farmer_household_or_a_student_loan_qualifies() {
    let mut v = graduating("none", 2024);
    set(&mut v, "low_income_farmer", json!(true));
    let d = official(&household(v), "2024-06-30");
    expect(
        &d,
        "EMP-04",
        Outcome::Eligible,
        Some(("3000", Period::Once)),
    );
    let mut v = graduating("none", 2024);
    set(&mut v, "members.0.graduate.student_loan", json!(true));
    let d = official(&household(v), "2024-06-30");
    expect(
        &d,
        "EMP-04",
        Outcome::Eligible,
        Some(("3000", Period::Once)),
    );
    // None of the groups: nothing.
    let d = official(&household(graduating("none", 2024)), "2024-06-30");
    expect(&d, "EMP-04", Outcome::Ineligible, None);
}

// --- EMP-05: 「一对一联系登记失业人员、低保低边人员、残疾人等就业困难人员，提供就业指导、岗位介绍等就业援助…」 -------------------

fn seeking(status: &str, registered: Option<bool>) -> Value {
    let mut v = adult("dongtou", status);
    let record = match registered {
        Some(r) => json!({ "registered": r }),
        None => json!({}),
    };
    set(&mut v, "members.0.unemployment", record);
    v
}

#[test]
fn emp_05_a_registered_unemployed_person_or_a_dibao_job_seeker_gets_the_services() {
    let d = official(&household(seeking("none", Some(true))), "2024-06-01");
    expect(&d, "EMP-05", Outcome::Eligible, None);
    let d = official(&household(seeking("dibao", Some(false))), "2024-06-01");
    expect(&d, "EMP-05", Outcome::Eligible, None);
}

#[test]
fn emp_05_a_job_seeker_outside_the_groups_is_not_covered_and_unknown_is_asked() {
    let mut v = seeking("none", Some(false));
    set(&mut v, "members.0.employment_difficulty", json!(false));
    let d = official(&household(v), "2024-06-01");
    expect(&d, "EMP-05", Outcome::Ineligible, None);
    let d = official(&household(seeking("none", None)), "2024-06-01");
    expect_missing(&d, "EMP-05", "members[0].unemployment.registered");
}

// --- EMP-06: 「登记失业半年以上人员、就业困难人员、持证残疾人等重点人群，新创办3年以内的企业和个体工商户，可申请创业担保贷款。
// 新创办个体工商户可申请不超过50万元的贷款；新创办的企业可申请不超过60万元的贷款」 (6号 第23条) ------------------------------------

fn founder(kind: &str, founded: &str, group: &str) -> Value {
    let mut v = adult("lucheng", "none");
    set(
        &mut v,
        "members.0.startup",
        json!({ "kind": kind, "founded_on": founded, "founder_group": group }),
    );
    v
}

#[test]
fn emp_06_a_key_group_founder_may_borrow_up_to_500000_or_600000() {
    let d = official(
        &household(founder(
            "individual_business",
            "2023-01-01",
            "unemployed_half_year",
        )),
        "2024-06-01",
    );
    expect(
        &d,
        "EMP-06",
        Outcome::Eligible,
        Some(("500000", Period::Once)),
    );
    assert_eq!(
        d.result("EMP-06").unwrap().amount.unwrap().kind,
        AmountKind::AtMost
    );
    let d = official(
        &household(founder("enterprise", "2023-01-01", "self_employed_veteran")),
        "2024-06-01",
    );
    expect(
        &d,
        "EMP-06",
        Outcome::Eligible,
        Some(("600000", Period::Once)),
    );
}

#[test]
fn emp_06_within_three_years_of_founding_the_anniversary_included() {
    // Founded 2022-01-01: 3年以内 up to 2025-01-01; not on 2025-01-02.
    let v = founder("enterprise", "2022-01-01", "recent_graduate");
    let d = official(&household(v.clone()), "2025-01-01");
    expect(
        &d,
        "EMP-06",
        Outcome::Eligible,
        Some(("600000", Period::Once)),
    );
    let d = official(&household(v), "2025-01-02");
    expect(&d, "EMP-06", Outcome::Ineligible, None);
}

#[test]
fn emp_06_a_founder_outside_the_key_groups_does_not_qualify_unless_certified_disabled() {
    let v = founder("individual_business", "2024-01-01", "none");
    let d = official(&household(v.clone()), "2024-06-01");
    expect(&d, "EMP-06", Outcome::Ineligible, None);
    let mut v = v;
    set(&mut v, "members.0.disabled", json!(true));
    set(&mut v, "members.0.disability_grade", json!(3));
    let d = official(&household(v), "2024-06-01");
    expect(
        &d,
        "EMP-06",
        Outcome::Eligible,
        Some(("500000", Period::Once)),
    );
}

#[test]
fn emp_04_and_emp_06_are_undetermined_when_the_year_or_the_kind_is_unknown() {
    let mut v = graduating("dibian", 2024);
    v["members"][0]["graduate"]
        .as_object_mut()
        .unwrap()
        .remove("graduation_year");
    let d = official(&household(v), "2024-06-30");
    expect_missing(&d, "EMP-04", "members[0].graduate.graduation_year");
    let mut v = founder("enterprise", "2023-01-01", "disabled");
    v["members"][0]["startup"]
        .as_object_mut()
        .unwrap()
        .remove("kind");
    let d = official(&household(v), "2024-06-01");
    expect_missing(&d, "EMP-06", "members[0].startup.kind");
}
