//! Golden households for family planning (计生): 温政发〔2022〕6号 第7条 (FP-01, FP-02), with rules-core
//! §10 E20. The grants 3500 / 3000 / 1500 元/户 are the gazette's own; the mapping of the amounts to
//! the groups is rules-core §4.5's default (flagged, A18); how often the grant is paid is not stated,
//! so the training pack's "per year" (rules-core §9 #35) is used and the official pack names it.

use crate::common::*;
use serde_json::{Value, json};
use wenzhou_assess::engine::{Outcome, Period, TraceMode, assess};
use wenzhou_assess::policy::ParamSet;
use wenzhou_assess::policy::pack::Pack;

/// A couple in `area` with a 计生 record `fp` and the 计生困难家庭 flag `hardship`.
fn fp_household(area: &str, hardship: bool, fp: Value) -> Value {
    let mut v = plain_household(
        area,
        "none",
        vec![
            plain_member("applicant", "1965-01-01"),
            plain_member("spouse", "1966-01-01"),
        ],
    );
    set(&mut v, "fp_hardship_family", json!(hardship));
    set(&mut v, "fp_family", fp);
    v
}

fn all_no() -> Value {
    json!({ "serious_illness": false, "only_child_lost_or_disabled": false,
            "special_hardship": false, "left_behind_member": false,
            "special_support_couple": false })
}

fn with(field: &str) -> Value {
    let mut fp = all_no();
    fp[field] = json!(true);
    fp
}

// --- FP-01: 「对市区患重病的计生困难家庭、独生子女死亡或伤残家庭的父母和生活有特殊困难的计生家庭，以及计生困难家庭的留守儿童、
// 留守妇女、留守老年人，经认定后分别给予3500元/户、3000元/户、1500元/户补助」 (6号 第7条) -----------------------------------

#[test]
fn fp_01_e20_parents_of_a_disabled_only_child_in_shiqu_get_3000() {
    let d = training(
        &household(fp_household(
            "lucheng",
            false,
            with("only_child_lost_or_disabled"),
        )),
        "2024-06-01",
    );
    expect(&d, "FP-01", Outcome::Eligible, Some(("3000", Period::Year)));
}

#[test]
fn fp_01_e20_a_seriously_ill_hardship_family_gets_3500() {
    let d = training(
        &household(fp_household("ouhai", true, with("serious_illness"))),
        "2024-06-01",
    );
    expect(&d, "FP-01", Outcome::Eligible, Some(("3500", Period::Year)));
    // Serious illness in a family that is not a 计生困难家庭: not the first group.
    let d = training(
        &household(fp_household("ouhai", false, with("serious_illness"))),
        "2024-06-01",
    );
    expect(&d, "FP-01", Outcome::Ineligible, None);
}

#[test]
fn fp_01_e20_a_hardship_family_with_a_left_behind_elder_gets_1500() {
    let d = training(
        &household(fp_household("longwan", true, with("left_behind_member"))),
        "2024-06-01",
    );
    expect(&d, "FP-01", Outcome::Eligible, Some(("1500", Period::Year)));
}

#[test]
fn fp_01_e20_a_household_in_two_groups_gets_the_higher_amount_once() {
    // max(3000, 1500) = 3000 per 户, not 4500.
    let mut fp = with("only_child_lost_or_disabled");
    fp["left_behind_member"] = json!(true);
    let d = training(&household(fp_household("lucheng", true, fp)), "2024-06-01");
    expect(&d, "FP-01", Outcome::Eligible, Some(("3000", Period::Year)));
}

#[test]
fn fp_01_the_reading_of_the_special_hardship_group_is_a_parameter_and_is_shown() {
    // Default (「和」 joins the second group): 3000, with the reading in the trace.
    let v = fp_household("lucheng", false, with("special_hardship"));
    let d = training(&household(v.clone()), "2024-06-01");
    expect(&d, "FP-01", Outcome::Eligible, Some(("3000", Period::Year)));
    let index = d.index_of("FP-01").unwrap();
    assert!(
        d.conditions_of(index)
            .any(|c| c.key == "cond-fp-grouping-reading")
    );
    // The alternative reading puts it with the third amount: 1500.
    let text = "[pack]\nid = \"alt\"\nname_zh = \"另一理解\"\nname_en = \"Other reading\"\nofficial = false\nextends = \"training\"\n\n\
                [[param]]\nkey = \"fp_special_hardship_group\"\nvalue = \"left_behind\"\narea = \"all\"\nvalid_from = 2022-05-01\nvalid_to = 2025-12-31\nofficial = false\ncitation = \"scenario\"\nconfidence = \"low\"\n";
    let set = ParamSet::training()
        .unwrap()
        .with_layer(Pack::parse("alt.toml", text).unwrap())
        .unwrap();
    let d = assess(&household(v), date("2024-06-01"), &set, TraceMode::On).unwrap();
    expect(&d, "FP-01", Outcome::Eligible, Some(("1500", Period::Year)));
}

#[test]
fn fp_01_e20_the_same_household_in_a_county_is_not_covered() {
    // 「对市区…」: 永嘉 is not 市区.
    let d = training(
        &household(fp_household(
            "yongjia",
            false,
            with("only_child_lost_or_disabled"),
        )),
        "2024-06-01",
    );
    expect(&d, "FP-01", Outcome::Ineligible, None);
}

#[test]
fn fp_01_names_the_frequency_under_the_official_pack() {
    let d = official(
        &household(fp_household(
            "lucheng",
            false,
            with("only_child_lost_or_disabled"),
        )),
        "2024-06-01",
    );
    expect_missing(&d, "FP-01", "param:fp_grant_period");
}

#[test]
fn fp_01_asks_nothing_of_a_household_without_a_family_planning_record() {
    let v = plain_household(
        "lucheng",
        "none",
        vec![plain_member("applicant", "1965-01-01")],
    );
    let d = training(&household(v), "2024-06-01");
    expect(&d, "FP-01", Outcome::Ineligible, None);
    expect(&d, "FP-02", Outcome::Ineligible, None);
}

#[test]
fn fp_01_is_undetermined_when_a_higher_group_is_unknown() {
    // Left-behind (1500) is known, serious illness (3500) unknown: the amount is open.
    let mut fp = with("left_behind_member");
    fp.as_object_mut().unwrap().remove("serious_illness");
    let d = training(&household(fp_household("lucheng", true, fp)), "2024-06-01");
    expect_missing(&d, "FP-01", "fp_family.serious_illness");
}

// --- FP-02: 「对全市计生家庭符合特别扶助对象资格条件，独生子女死亡或伤、病残后未再生育或收养子女家庭的夫妻，由市级给予投保计生
// 特殊家庭住院护理补贴保险」 (6号 第7条) --------------------------------------------------------------------------------

#[test]
fn fp_02_a_special_support_couple_anywhere_in_the_city_is_insured() {
    // 全市: 永嘉 too. In kind, no amount.
    let d = official(
        &household(fp_household(
            "yongjia",
            false,
            with("special_support_couple"),
        )),
        "2024-06-01",
    );
    expect(&d, "FP-02", Outcome::Eligible, None);
    let d = official(
        &household(fp_household("yongjia", false, all_no())),
        "2024-06-01",
    );
    expect(&d, "FP-02", Outcome::Ineligible, None);
}

#[test]
fn fp_02_is_undetermined_when_the_couple_s_status_is_unknown() {
    let mut fp = all_no();
    fp.as_object_mut().unwrap().remove("special_support_couple");
    let d = official(&household(fp_household("lucheng", false, fp)), "2024-06-01");
    expect_missing(&d, "FP-02", "fp_family.special_support_couple");
}
