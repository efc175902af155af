//! Golden households for housing: 温政发〔2022〕6号 第10–12条 and 第27条 (HOU-01…HOU-08), with the
//! training pack (area formula: 30 元/㎡·月 over 15 ㎡ per person, rules-core E10).

use crate::common::*;
use serde_json::json;
use wenzhou_assess::engine::{Outcome, Period};

/// A 3-person household renting in 鹿城 with no housing in 市区.
fn renting(status: &str) -> serde_json::Value {
    let mut v = plain_household(
        "lucheng",
        status,
        vec![
            plain_member("applicant", "1980-01-01"),
            plain_member("spouse", "1981-01-01"),
            plain_member("child", "2012-01-01"),
        ],
    );
    set(
        &mut v,
        "housing",
        json!({ "tenure": "market_rental", "owns_housing_in_shiqu": false, "rent_monthly": "1500",
                "housing_security_eligible": false, "rental_priority_group": false, "anju_project": false }),
    );
    v
}

// --- HOU-03: 「低保、低边、其他保障家庭分别按照市场平均租金100%、80%、50%的标准给予租赁补贴」 (第11条) -------------

#[test]
fn hou_03_rent_subsidy_by_category_e10() {
    // E10: basis = 15 ㎡ × 3 × 30 元 = 1350 元/月; 低保 100% → 1350; 低边 80% → 1080.
    expect(
        &training(&household(renting("dibao")), "2024-06-01"),
        "HOU-03",
        Outcome::Eligible,
        Some(("1350", Period::Month)),
    );
    expect(
        &training(&household(renting("dibian")), "2024-06-01"),
        "HOU-03",
        Outcome::Eligible,
        Some(("1080", Period::Month)),
    );
    // 其他保障家庭 (passes 住建's test) 50% → 675.
    let mut v = renting("none");
    set(&mut v, "housing.housing_security_eligible", json!(true));
    expect(
        &training(&household(v.clone()), "2024-06-01"),
        "HOU-03",
        Outcome::Eligible,
        Some(("675", Period::Month)),
    );
    // Neither 低保/低边 nor passing the housing-security test: not eligible.
    set(&mut v, "housing.housing_security_eligible", json!(false));
    expect(
        &training(&household(v), "2024-06-01"),
        "HOU-03",
        Outcome::Ineligible,
        None,
    );
}

fn owning(area_m2: &str) -> serde_json::Value {
    let mut v = renting("dibao");
    set(&mut v, "housing.owns_housing_in_shiqu", json!(true));
    set(&mut v, "housing.owned_floor_area_m2", json!(area_m2));
    set(&mut v, "housing.tenure", json!("owned"));
    v
}

#[test]
fn hou_03_owning_14_m2_per_person_is_eligible_for_the_shortfall() {
    // 42 ㎡ / 3 = 14 ≤ 15 → eligible; (45 − 42) × 30 × 100% = 90 元/月.
    expect(
        &training(&household(owning("42")), "2024-06-01"),
        "HOU-03",
        Outcome::Eligible,
        Some(("90", Period::Month)),
    );
}

#[test]
fn hou_03_exactly_15_m2_per_person_is_eligible_but_the_area_formula_gives_nothing_so_it_is_referred()
 {
    // 45 / 3 = 15.0: 「15平方米以下」 includes 15 → eligible; (45 − 45) × 30 = 0: never paid 0
    // silently (rules-core errata 7) → refer.
    let d = training(&household(owning("45")), "2024-06-01");
    expect(&d, "HOU-03", Outcome::Refer, Some(("0", Period::Month)));
}

#[test]
fn hou_03_16_m2_per_person_is_not_eligible() {
    // 48 / 3 = 16 > 15.
    expect(
        &training(&household(owning("48")), "2024-06-01"),
        "HOU-03",
        Outcome::Ineligible,
        None,
    );
}

#[test]
fn hou_03_unknown_floor_area_of_an_owner_is_undetermined() {
    let mut v = owning("45");
    v["housing"]
        .as_object_mut()
        .unwrap()
        .remove("owned_floor_area_m2");
    expect_missing(
        &training(&household(v), "2024-06-01"),
        "HOU-03",
        "housing.owned_floor_area_m2",
    );
}

#[test]
fn hou_03_the_official_pack_names_the_missing_market_rent() {
    // The official pack reads the clause literally (a share of the market average rent of a dwelling)
    // and has no rent figure: undetermined, naming it.
    expect_missing(
        &official(&household(renting("dibao")), "2024-06-01"),
        "HOU-03",
        "param:market_avg_rent_monthly",
    );
}

// --- HOU-04: 「…优先实施公共租赁住房保障家庭给予租金全额免缴」 (第11条) -------------------------------------

#[test]
fn hou_04_public_rental_rent_is_waived_for_dibao_and_the_cash_subsidy_does_not_apply() {
    // E10: the 低保 household moves into 公租房 at 400/月 → 400 waived; HOU-03 stops (实物配租 and
    // 租赁补贴 are exclusive, rules-core G6(c)).
    let mut v = renting("dibao");
    set(&mut v, "housing.tenure", json!("public_rental"));
    set(&mut v, "housing.rent_monthly", json!("400"));
    let d = training(&household(v), "2024-06-01");
    expect(
        &d,
        "HOU-04",
        Outcome::Eligible,
        Some(("400", Period::Month)),
    );
    expect(&d, "HOU-03", Outcome::Ineligible, None);
}

#[test]
fn hou_04_applies_city_wide_and_to_youfu_families() {
    let mut v = renting("none");
    set(&mut v, "hukou_area", json!("taishun"));
    set(&mut v, "housing.tenure", json!("public_rental"));
    set(&mut v, "housing.rent_monthly", json!("300"));
    set(&mut v, "youfu_family", json!(true));
    expect(
        &training(&household(v.clone()), "2024-06-01"),
        "HOU-04",
        Outcome::Eligible,
        Some(("300", Period::Month)),
    );
    set(&mut v, "youfu_family", json!(false));
    expect(
        &training(&household(v), "2024-06-01"),
        "HOU-04",
        Outcome::Ineligible,
        None,
    );
}

#[test]
fn hou_04_unknown_rent_is_undetermined() {
    let mut v = renting("dibian");
    set(&mut v, "housing.tenure", json!("public_rental"));
    v["housing"].as_object_mut().unwrap().remove("rent_monthly");
    expect_missing(
        &training(&household(v), "2024-06-01"),
        "HOU-04",
        "housing.rent_monthly",
    );
}

// --- HOU-01: 市区 local hukou priority groups (第10条) ---------------------------------------------------

#[test]
fn hou_01_a_shiqu_dibao_household_without_housing_has_priority() {
    expect(
        &training(&household(renting("dibao")), "2024-06-01"),
        "HOU-01",
        Outcome::Eligible,
        None,
    );
    let mut v = renting("dibao");
    set(&mut v, "hukou_area", json!("ruian"));
    expect(
        &training(&household(v), "2024-06-01"),
        "HOU-01",
        Outcome::Ineligible,
        None,
    );
}

#[test]
fn hou_01_a_grade_2_disabled_member_gives_priority_but_grade_3_does_not() {
    let mut v = renting("none");
    set(&mut v, "members.1.disabled", json!(true));
    set(&mut v, "members.1.disability_grade", json!(2));
    expect(
        &training(&household(v.clone()), "2024-06-01"),
        "HOU-01",
        Outcome::Eligible,
        None,
    );
    set(&mut v, "members.1.disability_grade", json!(3));
    expect(
        &training(&household(v), "2024-06-01"),
        "HOU-01",
        Outcome::Ineligible,
        None,
    );
}

// --- HOU-02: new citizens (第10条) ----------------------------------------------------------------------

#[test]
fn hou_02_a_new_citizen_with_a_one_year_contract_and_three_months_of_contributions_may_apply() {
    let mut v = renting("none");
    set(&mut v, "hukou_area", json!("outside_wenzhou"));
    for m in 1..3 {
        set(
            &mut v,
            &format!("members.{m}.labour_contract_years"),
            json!(0),
        );
        set(
            &mut v,
            &format!("members.{m}.employer_contribution_months"),
            json!(0),
        );
    }
    set(&mut v, "members.0.labour_contract_years", json!(1));
    set(&mut v, "members.0.employer_contribution_months", json!(3));
    expect(
        &training(&household(v.clone()), "2024-06-01"),
        "HOU-02",
        Outcome::Eligible,
        None,
    );
    set(&mut v, "members.0.employer_contribution_months", json!(2));
    expect(
        &training(&household(v), "2024-06-01"),
        "HOU-02",
        Outcome::Ineligible,
        None,
    );
}

// --- HOU-05 / HOU-06: rural housing (第12条), rules-core E19 ---------------------------------------------

fn rural_rebuild(area: &str, kind: &str) -> serde_json::Value {
    let mut v = renting("none");
    set(&mut v, "hukou_area", json!("yongjia"));
    set(&mut v, "rural", json!(true));
    set(&mut v, "low_income_farmer", json!(true));
    set(
        &mut v,
        "housing.dilapidated_renovation",
        json!({ "kind": kind, "floor_area_m2": area, "recognised": true }),
    );
    set(&mut v, "housing.anju_project", json!(true));
    v
}

#[test]
fn hou_05_and_hou_06_a_low_income_farmer_rebuilding_95_m2_gets_15000_plus_30000() {
    // E19: provincial 15000 (HOU-05) + city 30000 (HOU-06, 「在省补助政策的基础上」) = 45000.
    let d = training(&household(rural_rebuild("95", "new_build")), "2024-06-01");
    expect(
        &d,
        "HOU-05",
        Outcome::Eligible,
        Some(("15000", Period::Once)),
    );
    expect(
        &d,
        "HOU-06",
        Outcome::Eligible,
        Some(("30000", Period::Once)),
    );
}

#[test]
fn hou_05_a_new_build_over_100_m2_is_referred_because_the_limit_is_only_in_principle() {
    // 120 > 100 「原则上」 → refer; exactly 100 → eligible (不超过 includes 100).
    expect(
        &training(&household(rural_rebuild("120", "new_build")), "2024-06-01"),
        "HOU-05",
        Outcome::Refer,
        None,
    );
    expect(
        &training(&household(rural_rebuild("100", "new_build")), "2024-06-01"),
        "HOU-05",
        Outcome::Eligible,
        Some(("15000", Period::Once)),
    );
    expect(
        &training(&household(rural_rebuild("150", "repair")), "2024-06-01"),
        "HOU-05",
        Outcome::Eligible,
        Some(("15000", Period::Once)),
    );
}

#[test]
fn hou_05_an_urban_or_non_kunnan_household_gets_nothing() {
    let mut v = rural_rebuild("95", "new_build");
    set(&mut v, "rural", json!(false));
    expect(
        &training(&household(v), "2024-06-01"),
        "HOU-05",
        Outcome::Ineligible,
        None,
    );
    let mut v = rural_rebuild("95", "new_build");
    set(&mut v, "low_income_farmer", json!(false));
    expect(
        &training(&household(v.clone()), "2024-06-01"),
        "HOU-05",
        Outcome::Ineligible,
        None,
    );
    expect(
        &training(&household(v), "2024-06-01"),
        "HOU-06",
        Outcome::Ineligible,
        None,
    );
}

// --- HOU-07: front-line workers without 市区 hukou (第27条) ---------------------------------------------

fn frontline(area: &str, members: usize, received: u32) -> serde_json::Value {
    let mut people = vec![plain_member("applicant", "1985-01-01")];
    for _ in 1..members {
        people.push(plain_member("child", "2015-01-01"));
    }
    let mut v = plain_household(area, "none", people);
    set(&mut v, "members.0.frontline_worker", json!(true));
    set(
        &mut v,
        "members.0.frontline_rent_months_received",
        json!(received),
    );
    v
}

#[test]
fn hou_07_three_person_household_gets_400_and_two_person_300() {
    // 「家庭人数为1-2个人的，每月租赁补贴300元；家庭人数3人以上的，每月租赁补贴400元」.
    expect(
        &training(&household(frontline("ruian", 3, 0)), "2024-06-01"),
        "HOU-07",
        Outcome::Eligible,
        Some(("400", Period::Month)),
    );
    expect(
        &training(
            &household(frontline("outside_wenzhou", 2, 10)),
            "2024-06-01",
        ),
        "HOU-07",
        Outcome::Eligible,
        Some(("300", Period::Month)),
    );
}

#[test]
fn hou_07_is_one_household_amount_however_many_members_qualify() {
    // 「保障面积标准按家庭计算…家庭人数3人以上的，每月租赁补贴400元」 (004 L859–865): a household of three with
    // two qualifying workers gets 400 a month, not 2 × 400 = 800.
    let mut v = frontline("ruian", 3, 0);
    set(&mut v, "members.1.relationship", json!("spouse"));
    set(&mut v, "members.1.birth_date", json!("1986-01-01"));
    set(&mut v, "members.1.frontline_worker", json!(true));
    set(&mut v, "members.1.frontline_rent_months_received", json!(0));
    expect(
        &training(&household(v.clone()), "2024-06-01"),
        "HOU-07",
        Outcome::Eligible,
        Some(("400", Period::Month)),
    );
    // One qualifying worker decides it even while another member's months are unknown.
    set(
        &mut v,
        "members.1.frontline_rent_months_received",
        json!(null),
    );
    expect(
        &training(&household(v), "2024-06-01"),
        "HOU-07",
        Outcome::Eligible,
        Some(("400", Period::Month)),
    );
}

#[test]
fn hou_07_ends_after_36_months_and_is_not_for_shiqu_hukou() {
    // 「累计不超过3年」: 35 months received → one more; 36 → none.
    expect(
        &training(&household(frontline("ruian", 1, 35)), "2024-06-01"),
        "HOU-07",
        Outcome::Eligible,
        Some(("300", Period::Month)),
    );
    expect(
        &training(&household(frontline("ruian", 1, 36)), "2024-06-01"),
        "HOU-07",
        Outcome::Ineligible,
        None,
    );
    expect(
        &training(&household(frontline("lucheng", 1, 0)), "2024-06-01"),
        "HOU-07",
        Outcome::Ineligible,
        None,
    );
}

// --- HOU-08 -----------------------------------------------------------------------------------------------

#[test]
fn hou_08_new_citizens_are_referred_to_the_countys_points_scheme() {
    let mut v = renting("none");
    set(&mut v, "hukou_area", json!("outside_wenzhou"));
    expect(
        &training(&household(v), "2024-06-01"),
        "HOU-08",
        Outcome::Refer,
        None,
    );
    expect(
        &training(&household(renting("none")), "2024-06-01"),
        "HOU-08",
        Outcome::Ineligible,
        None,
    );
}

#[test]
fn hou_05_asks_a_rural_hardship_household_whether_its_house_is_a_recognised_dangerous_house() {
    // 6号 第12条: for a rural 困难家庭 whether the house is a recognised 危房 decides; with no renovation
    // record it is asked. A household outside the group (not rural) is not asked.
    let mut v = rural_rebuild("95", "new_build");
    v["housing"]
        .as_object_mut()
        .unwrap()
        .remove("dilapidated_renovation");
    let d = training(&household(v.clone()), "2024-06-01");
    expect(&d, "HOU-05", Outcome::Undetermined, None);
    expect_missing(&d, "HOU-05", "housing.dilapidated_renovation.recognised");
    set(&mut v, "rural", json!(false));
    let d = training(&household(v), "2024-06-01");
    expect(&d, "HOU-05", Outcome::Ineligible, None);
}
