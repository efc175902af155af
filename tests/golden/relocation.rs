//! Golden households for relocation fees in 市区 house expropriation: 温政发〔2024〕11号 (rules-other §E,
//! E1–E3), standard for decisions dated 2024-03-05 → 2026-03-04, with rules-other §N Example 11.
//!
//! Every figure is the gazette's (official pack): the bands of 附件1–5 (元/㎡·月), 15 元/㎡ and the 1,000
//! floor for residential moves. The project's rate, area, months and moves come from its 补偿方案 (facts).

use crate::common::*;
use serde_json::{Value, json};
use wenzhou_assess::engine::{Determination, Outcome, Period};

/// A household (hukou 鹿城) whose building in `district` of `use_` and `area` m² is expropriated by a
/// decision on `decided`, at the project rate `rate` for `months` months and `moves` moves.
fn project(
    district: &str,
    use_: &str,
    area: &str,
    rate: &str,
    months: u32,
    moves: u32,
    decided: &str,
) -> Value {
    let mut v = plain_household(
        "lucheng",
        "none",
        vec![plain_member("applicant", "1970-01-01")],
    );
    set(
        &mut v,
        "relocation",
        json!({
            "district": district,
            "building_use": use_,
            "floor_area_m2": area,
            "temp_rate": rate,
            "transition_months": months,
            "moves": moves,
            "decision_date": decided
        }),
    );
    v
}

fn on(v: &Value, date: &str) -> Determination {
    official(&household(v.clone()), date)
}

#[test]
fn e1_e2_example_11a_lucheng_residential_85m2_rate_18_for_24_months_two_moves() {
    // 附件1 「鹿城区 12-24」: 18 is inside. E1 = 85 × 18 × 24 = 36,720.
    // E2: 「按15元/平方米计算…每户不低于1000元」: 85 × 15 = 1,275 ≥ 1,000, per move × 2 = 2,550.
    let d = on(
        &project("lucheng", "residential", "85", "18", 24, 2, "2024-06-15"),
        "2024-07-01",
    );
    expect(&d, "E1", Outcome::Eligible, Some(("36720", Period::Once)));
    expect(&d, "E2", Outcome::Eligible, Some(("2550", Period::Once)));
    expect(&d, "E3", Outcome::Eligible, None);
}

#[test]
fn e1_e2_example_11b_dongtou_residential_40m2_the_moving_floor_applies() {
    // 附件4 「洞头区(不含灵昆和昆鹏街道) 7-9」: rate 8; E1 = 40 × 8 × 12 = 3,840.
    // E2: 40 × 15 = 600 < 1,000 → 1,000 (one move).
    let d = on(
        &project("dongtou", "residential", "40", "8", 12, 1, "2024-06-15"),
        "2024-07-01",
    );
    expect(&d, "E1", Outcome::Eligible, Some(("3840", Period::Once)));
    expect(&d, "E2", Outcome::Eligible, Some(("1000", Period::Once)));
}

#[test]
fn e1_example_11c_ouhai_rate_20_is_outside_the_band_12_16() {
    // 附件3 「瓯海区 12-16」: 20 is not a valid 11号 rate; never replaced by the maximum.
    let d = on(
        &project("ouhai", "residential", "85", "20", 24, 2, "2024-06-15"),
        "2024-07-01",
    );
    expect(&d, "E1", Outcome::Ineligible, None);
    // The band's ends are inside (以上/以下 inclusive): 16 and 12.
    let d = on(
        &project("ouhai", "residential", "10", "16", 10, 1, "2024-06-15"),
        "2024-07-01",
    );
    expect(&d, "E1", Outcome::Eligible, Some(("1600", Period::Once)));
    let d = on(
        &project("ouhai", "residential", "10", "12", 10, 1, "2024-06-15"),
        "2024-07-01",
    );
    expect(&d, "E1", Outcome::Eligible, Some(("1200", Period::Once)));
    let d = on(
        &project("ouhai", "residential", "10", "11.99", 10, 1, "2024-06-15"),
        "2024-07-01",
    );
    expect(&d, "E1", Outcome::Ineligible, None);
}

#[test]
fn e1_industrial_band_differs_from_residential() {
    // 附件1 鹿城 工业用房(含仓储用房) 12-20: 22 fails, 20 passes: 100 × 20 × 6 = 12,000.
    let d = on(
        &project("lucheng", "industrial", "100", "22", 6, 1, "2024-06-15"),
        "2024-07-01",
    );
    expect(&d, "E1", Outcome::Ineligible, None);
    let d = on(
        &project("lucheng", "industrial", "100", "20", 6, 1, "2024-06-15"),
        "2024-07-01",
    );
    expect(&d, "E1", Outcome::Eligible, Some(("12000", Period::Once)));
    // 「工业用房等房屋征收搬迁费按实评估」.
    expect(&d, "E2", Outcome::Refer, None);
}

#[test]
fn e1_business_premises_are_assessed_case_by_case_and_e2_has_no_floor() {
    // 「注：营业用房等房屋征收临时安置费按实评估」; 搬迁费 15 × 50 = 750 (the 1,000 floor is residential only).
    let d = on(
        &project("lucheng", "business", "50", "30", 6, 1, "2024-06-15"),
        "2024-07-01",
    );
    expect(&d, "E1", Outcome::Refer, None);
    expect(&d, "E2", Outcome::Eligible, Some(("750", Period::Once)));
}

#[test]
fn e1_lingkun_kunpeng_use_the_marine_zone_band_not_dongtous() {
    // 附件4 excludes 灵昆、昆鹏; 附件5 海经区 12-16: rate 8 fails there, 12 passes (10 × 12 × 2 = 240).
    let d = on(
        &project(
            "lingkun_kunpeng",
            "residential",
            "10",
            "8",
            2,
            1,
            "2024-06-15",
        ),
        "2024-07-01",
    );
    expect(&d, "E1", Outcome::Ineligible, None);
    let d = on(
        &project(
            "lingkun_kunpeng",
            "residential",
            "10",
            "12",
            2,
            1,
            "2024-06-15",
        ),
        "2024-07-01",
    );
    expect(&d, "E1", Outcome::Eligible, Some(("240", Period::Once)));
}

#[test]
fn e3_a_county_project_is_not_covered() {
    let d = on(
        &project("county", "residential", "85", "18", 24, 2, "2024-06-15"),
        "2024-07-01",
    );
    expect(&d, "E1", Outcome::Ineligible, None);
    expect(&d, "E2", Outcome::Ineligible, None);
    expect(&d, "E3", Outcome::Refer, None);
}

#[test]
fn e3_a_decision_under_the_2022_standard_is_referred_and_earlier_ones_are_not_covered() {
    // Decided 2024-02-01: 温政发〔2022〕8号 (2022-03-05 → 2024-03-04) applies, not 11号.
    let d = on(
        &project("ouhai", "residential", "85", "20", 24, 2, "2024-02-01"),
        "2024-07-01",
    );
    expect(&d, "E1", Outcome::Refer, None);
    expect(&d, "E2", Outcome::Refer, None);
    expect(&d, "E3", Outcome::Refer, None);
    // Decided 2022-03-04: before both published periods.
    let d = on(
        &project("ouhai", "residential", "85", "14", 24, 2, "2022-03-04"),
        "2024-07-01",
    );
    expect(&d, "E1", Outcome::Ineligible, None);
    expect(&d, "E3", Outcome::Ineligible, None);
}

#[test]
fn e1_decision_dates_on_the_first_and_last_day_of_11hao() {
    // 「2024年3月5日至2026年3月4日」: 10 × 14 × 1 = 140.
    for decided in ["2024-03-05", "2026-03-04"] {
        let d = on(
            &project("ouhai", "residential", "10", "14", 1, 1, decided),
            "2024-07-01",
        );
        expect(&d, "E1", Outcome::Eligible, Some(("140", Period::Once)));
    }
    let d = on(
        &project("ouhai", "residential", "10", "14", 1, 1, "2024-03-04"),
        "2024-07-01",
    );
    expect(&d, "E1", Outcome::Refer, None);
    let d = on(
        &project("ouhai", "residential", "10", "14", 1, 1, "2026-03-05"),
        "2024-07-01",
    );
    expect(&d, "E1", Outcome::Ineligible, None);
}

#[test]
fn e1_e2_missing_project_facts_are_named() {
    let mut v = project("lucheng", "residential", "85", "18", 24, 2, "2024-06-15");
    set(&mut v, "relocation.temp_rate", Value::Null);
    set(&mut v, "relocation.moves", Value::Null);
    let d = on(&v, "2024-07-01");
    expect_missing(&d, "E1", "relocation.temp_rate");
    expect_missing(&d, "E2", "relocation.moves");
}

#[test]
fn no_expropriation_no_result() {
    let v = plain_household(
        "lucheng",
        "none",
        vec![plain_member("applicant", "1970-01-01")],
    );
    let d = on(&v, "2024-07-01");
    for id in ["E1", "E2", "E3"] {
        assert_eq!(outcome(&d, id), Outcome::Ineligible, "{id}");
    }
}

#[test]
fn eleven_hao_runs_from_2024_03_05_to_2026_03_04() {
    let v = project("lucheng", "residential", "85", "18", 24, 2, "2024-03-05");
    assert!(on(&v, "2024-03-04").result("E1").is_none());
    expect(
        &on(&v, "2024-03-05"),
        "E1",
        Outcome::Eligible,
        Some(("36720", Period::Once)),
    );
    expect(
        &on(&v, "2026-03-04"),
        "E1",
        Outcome::Eligible,
        Some(("36720", Period::Once)),
    );
    assert!(on(&v, "2026-03-05").result("E1").is_none());
}
