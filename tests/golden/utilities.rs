//! Golden households for premiums, utilities and transport: 温政发〔2022〕6号 第19条 (UTL-01) and 第20条
//! (UTL-03, UTL-04), with rules-core §10 E9, E13 and E22.
//!
//! Expected values are worked out by hand from the clause. Training pack (illustrative, not
//! official): pension lowest tier 300 元/年; water 3.00 元/t, gas 3.50 元/m³, electricity 0.538 元/kWh,
//! cable-TV maintenance 26 元/月. The quotas (60 t, 60 m³, 180 kWh) and the age 65 are the gazette's.

use crate::common::*;
use serde_json::{Value, json};
use wenzhou_assess::engine::{Outcome, Period};

// --- helpers (local to this file) ---------------------------------------------------------------------

// --- document dates ------------------------------------------------------------------------------------

#[test]
fn utl_04_exists_only_while_6hao_is_in_force() {
    // 6号 附则: 「本政策自2022年5月1日起施行，有效期至2025年12月31日」.
    let h = household(plain_household(
        "lucheng",
        "none",
        vec![plain_member("applicant", "1950-01-01")],
    ));
    assert!(
        official(&h, "2022-04-30").result("UTL-04").is_none(),
        "day before 6号"
    );
    assert!(
        official(&h, "2022-05-01").result("UTL-04").is_some(),
        "first day of 6号"
    );
    assert!(
        official(&h, "2025-12-31").result("UTL-04").is_some(),
        "last day of 6号"
    );
    assert!(
        official(&h, "2026-01-01").result("UTL-04").is_none(),
        "after 6号"
    );
    assert!(
        official(&h, "2022-04-30").result("UTL-03").is_none(),
        "UTL-03 day before 6号"
    );
    assert!(
        official(&h, "2022-04-30").result("UTL-01").is_none(),
        "UTL-01 day before 6号"
    );
}

// --- UTL-01: 6号 第19条 「对参加城乡居民基本养老保险的低保对象、低边对象、特困人员、残疾人等参保人员，其个人缴费按最低档次
//     缴费标准由财政全额代缴。」 -----------------------------------------------------------------------------------

fn pension_household(area: &str, status: &str, enrolled: bool) -> Value {
    let mut v = plain_household(area, status, vec![plain_member("applicant", "1979-01-01")]);
    set(
        &mut v,
        "members.0.resident_pension_enrolled",
        json!(enrolled),
    );
    v
}

#[test]
fn utl_01_enrolled_dibao_member_has_the_lowest_tier_paid() {
    // Lowest tier 300 (training) × 100% = 300 元/年.
    let d = training(
        &household(pension_household("lucheng", "dibao", true)),
        "2024-06-01",
    );
    expect(&d, "UTL-01", Outcome::Eligible, Some(("300", Period::Year)));
}

#[test]
fn utl_01_enrolled_dispersed_tekun_person_has_the_contribution_paid() {
    // E22: a dispersed 特困 person, 45, enrolled → 300 元.
    let mut v = pension_household("ruian", "none", true);
    set(&mut v, "members.0.tekun", json!("dispersed"));
    expect(
        &training(&household(v), "2024-06-01"),
        "UTL-01",
        Outcome::Eligible,
        Some(("300", Period::Year)),
    );
}

#[test]
fn utl_01_enrolled_disabled_person_outside_dibao_is_covered() {
    // 「残疾人」 with no status condition; household of two, only the disabled enrolled member → 300.
    let mut v = plain_household(
        "wencheng",
        "none",
        vec![
            plain_member("applicant", "1970-01-01"),
            plain_member("spouse", "1971-01-01"),
        ],
    );
    for i in 0..2 {
        set(
            &mut v,
            &format!("members.{i}.resident_pension_enrolled"),
            json!(true),
        );
    }
    set(&mut v, "members.1.disabled", json!(true));
    let d = training(&household(v), "2024-06-01");
    expect(&d, "UTL-01", Outcome::Eligible, Some(("300", Period::Year)));
    assert_eq!(member_amount(&d, "UTL-01", 1), Some(dec("300")));
    assert_eq!(member_outcome(&d, "UTL-01", 0), Outcome::Ineligible);
}

#[test]
fn utl_01_dibao_member_not_enrolled_gets_nothing() {
    // 「参加城乡居民基本养老保险的」: not enrolled → no contribution to pay.
    let d = training(
        &household(pension_household("lucheng", "dibao", false)),
        "2024-06-01",
    );
    expect(&d, "UTL-01", Outcome::Ineligible, None);
}

#[test]
fn utl_01_enrolled_person_outside_the_groups_gets_nothing() {
    let d = training(
        &household(pension_household("lucheng", "none", true)),
        "2024-06-01",
    );
    expect(&d, "UTL-01", Outcome::Ineligible, None);
}

#[test]
fn utl_01_official_pack_lacks_the_lowest_tier() {
    let d = official(
        &household(pension_household("lucheng", "dibian", true)),
        "2024-06-01",
    );
    expect_missing(&d, "UTL-01", "param:resident_pension_lowest_tier");
}

#[test]
fn utl_01_unknown_enrolment_is_undetermined() {
    let mut v = pension_household("lucheng", "dibao", true);
    unset(&mut v, "members.0.resident_pension_enrolled");
    expect_missing(
        &training(&household(v), "2024-06-01"),
        "UTL-01",
        "members[0].resident_pension_enrolled",
    );
}

// --- UTL-03: 6号 第20条 「对社会散居孤儿、低保低边、分散供养特困人员，给予每户每年60吨水费、60立方米天然气、180度用电
//     基数和免收有线电视初装费及视听维护费等帮扶。」 ----------------------------------------------------------------

/// E13 value: water 60 × 3.00 = 180; gas 60 × 3.50 = 210; electricity 180 × 0.538 = 96.84; cable-TV
/// maintenance 26 × 12 = 312 → 180 + 210 + 96.84 + 312 = 798.84 元/年.
const E13_FULL: &str = "798.84";

#[test]
fn utl_03_dibao_household_gets_the_yearly_quota() {
    let v = plain_household(
        "lucheng",
        "dibao",
        vec![
            plain_member("applicant", "1970-01-01"),
            plain_member("spouse", "1972-01-01"),
        ],
    );
    expect(
        &training(&household(v), "2024-06-01"),
        "UTL-03",
        Outcome::Eligible,
        Some((E13_FULL, Period::Year)),
    );
}

#[test]
fn utl_03_dibao_household_with_a_scattered_orphan_still_gets_one_quota() {
    // 「每户每年」: one quota per household, whatever the number of conditions met → still 798.84.
    let mut v = plain_household(
        "cangnan",
        "dibao",
        vec![
            plain_member("applicant", "1950-01-01"),
            plain_member("grandchild", "2014-01-01"),
        ],
    );
    set(&mut v, "members.1.orphan", json!("scattered"));
    expect(
        &training(&household(v), "2024-06-01"),
        "UTL-03",
        Outcome::Eligible,
        Some((E13_FULL, Period::Year)),
    );
}

#[test]
fn utl_03_dispersed_tekun_living_alone_gets_one_quota() {
    // 「分散供养特困人员」 → 798.84.
    let mut v = plain_household(
        "taishun",
        "none",
        vec![plain_member("applicant", "1950-01-01")],
    );
    set(&mut v, "members.0.tekun", json!("dispersed"));
    expect(
        &training(&household(v), "2024-06-01"),
        "UTL-03",
        Outcome::Eligible,
        Some((E13_FULL, Period::Year)),
    );
}

#[test]
fn utl_03_tekun_in_concentrated_support_gets_no_quota() {
    // E13: only 「分散供养」 特困 are named; concentrated support (in an institution) → no quota.
    for support in ["concentrated_public", "concentrated_social"] {
        let mut v = plain_household(
            "lucheng",
            "none",
            vec![plain_member("applicant", "1950-01-01")],
        );
        set(&mut v, "members.0.tekun", json!(support));
        expect(
            &training(&household(v), "2024-06-01"),
            "UTL-03",
            Outcome::Ineligible,
            None,
        );
    }
}

#[test]
fn utl_03_orphan_raised_in_an_institution_is_not_a_scattered_orphan() {
    // 「社会散居孤儿」 only.
    let mut v = plain_household(
        "lucheng",
        "none",
        vec![
            plain_member("applicant", "1950-01-01"),
            plain_member("grandchild", "2014-01-01"),
        ],
    );
    set(&mut v, "members.1.orphan", json!("institution"));
    expect(
        &training(&household(v), "2024-06-01"),
        "UTL-03",
        Outcome::Ineligible,
        None,
    );
}

#[test]
fn utl_03_dibian_household_without_piped_gas_gets_no_gas_substitute() {
    // E13: no piped gas → the gas quota is worth 0 (no substitute in the text):
    // 180 + 96.84 + 312 = 588.84 元/年.
    let mut v = plain_household(
        "longwan",
        "dibian",
        vec![plain_member("applicant", "1970-01-01")],
    );
    set(&mut v, "utilities.piped_gas", json!(false));
    expect(
        &training(&household(v), "2024-06-01"),
        "UTL-03",
        Outcome::Eligible,
        Some(("588.84", Period::Year)),
    );
}

#[test]
fn utl_03_household_without_piped_gas_or_cable_tv_keeps_water_and_electricity() {
    // 180 + 96.84 = 276.84 元/年.
    let mut v = plain_household(
        "longwan",
        "dibao",
        vec![plain_member("applicant", "1970-01-01")],
    );
    set(
        &mut v,
        "utilities",
        json!({ "piped_gas": false, "cable_tv": false }),
    );
    expect(
        &training(&household(v), "2024-06-01"),
        "UTL-03",
        Outcome::Eligible,
        Some(("276.84", Period::Year)),
    );
}

#[test]
fn utl_03_household_outside_the_groups_gets_nothing() {
    let v = plain_household(
        "lucheng",
        "none",
        vec![plain_member("applicant", "1970-01-01")],
    );
    expect(
        &training(&household(v), "2024-06-01"),
        "UTL-03",
        Outcome::Ineligible,
        None,
    );
}

#[test]
fn utl_03_official_pack_lacks_the_local_prices() {
    let v = plain_household(
        "lucheng",
        "dibao",
        vec![plain_member("applicant", "1970-01-01")],
    );
    expect_missing(
        &official(&household(v), "2024-06-01"),
        "UTL-03",
        "param:water_price_per_t",
    );
}

#[test]
fn utl_03_unknown_gas_connection_is_undetermined() {
    let mut v = plain_household(
        "lucheng",
        "dibao",
        vec![plain_member("applicant", "1970-01-01")],
    );
    unset(&mut v, "utilities.piped_gas");
    expect_missing(
        &training(&household(v), "2024-06-01"),
        "UTL-03",
        "utilities.piped_gas",
    );
}

#[test]
fn utl_03_unknown_status_without_other_grounds_is_undetermined() {
    let mut v = plain_household(
        "lucheng",
        "none",
        vec![plain_member("applicant", "1970-01-01")],
    );
    unset(&mut v, "status");
    expect_missing(&training(&household(v), "2024-06-01"), "UTL-03", "status");
}

// --- UTL-04: 6号 第20条 「市区65周岁以上老年人、持证残疾人、困难群众可免费乘坐公共交通。」 (以上 includes 65) ----------

#[test]
fn utl_04_shiqu_resident_on_65th_birthday_rides_free() {
    // E9: born 1959-06-01, on 2024-06-01 age 65 → 「65周岁以上」 (附则: 以上包含本数) → free.
    let v = plain_household(
        "lucheng",
        "none",
        vec![plain_member("applicant", "1959-06-01")],
    );
    expect(
        &official(&household(v), "2024-06-01"),
        "UTL-04",
        Outcome::Eligible,
        None,
    );
}

#[test]
fn utl_04_the_day_before_the_65th_birthday_is_not_enough() {
    // E9: on 2024-05-31 the same person is 64, not disabled, not 困难群众 → not eligible.
    let v = plain_household(
        "lucheng",
        "none",
        vec![plain_member("applicant", "1959-06-01")],
    );
    expect(
        &official(&household(v), "2024-05-31"),
        "UTL-04",
        Outcome::Ineligible,
        None,
    );
}

#[test]
fn utl_04_dibian_member_aged_64_rides_free_as_kunnan() {
    // E9: 市区, 64, member of a 低边 household → free (困难群众).
    let v = plain_household(
        "dongtou",
        "dibian",
        vec![plain_member("applicant", "1960-01-01")],
    );
    expect(
        &official(&household(v), "2024-06-01"),
        "UTL-04",
        Outcome::Eligible,
        None,
    );
}

#[test]
fn utl_04_disabled_young_person_in_shiqu_rides_free() {
    // 「持证残疾人」, any age.
    let mut v = plain_household(
        "city_functional_zone",
        "none",
        vec![plain_member("applicant", "1995-01-01")],
    );
    set(&mut v, "members.0.disabled", json!(true));
    expect(
        &official(&household(v), "2024-06-01"),
        "UTL-04",
        Outcome::Eligible,
        None,
    );
}

#[test]
fn utl_04_county_hukou_aged_70_is_outside_shiqu() {
    // E9: 乐清 hukou, 70 → not under this rule (市区 only).
    let v = plain_household(
        "yueqing",
        "none",
        vec![plain_member("applicant", "1954-01-01")],
    );
    expect(
        &official(&household(v), "2024-06-01"),
        "UTL-04",
        Outcome::Ineligible,
        None,
    );
}

#[test]
fn utl_04_unknown_birth_date_is_undetermined() {
    let mut v = plain_household(
        "lucheng",
        "none",
        vec![plain_member("applicant", "1959-06-01")],
    );
    unset(&mut v, "members.0.birth_date");
    expect_missing(
        &official(&household(v), "2024-06-01"),
        "UTL-04",
        "members[0].birth_date",
    );
}

#[test]
fn utl_04_unknown_hukou_area_is_undetermined() {
    let mut v = plain_household(
        "lucheng",
        "dibao",
        vec![plain_member("applicant", "1950-01-01")],
    );
    unset(&mut v, "hukou_area");
    expect_missing(
        &official(&household(v), "2024-06-01"),
        "UTL-04",
        "hukou_area",
    );
}
