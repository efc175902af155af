//! Golden households for the elderly: 温政发〔2022〕6号 第5条 (ELD-01…ELD-05) with rules-core §10 E7 and
//! E8, and the 高龄津贴 from 2023-10-01 under 温政办〔2023〕75号 附件 第6项 (rules-core §7.1, errata 5).
//!
//! Expected values are worked out by hand from the clauses. The figures of 第5条 are the gazette's own
//! (official pack): 500 / 250 / 125 and 125 for 高龄 (a reference standard, errata 4); 高龄津贴 市区
//! 50 / 200 / ≥ 500; from 2023-10-01 at least 60 for every Wenzhou hukou aged 80+. The training pack
//! adds the minimum wage W = 2280 for the 特困 care-fee reference of ELD-02.

use crate::common::*;
use serde_json::{Value, json};
use wenzhou_assess::engine::{AmountKind, Determination, Outcome, Period, TraceMode, assess};
use wenzhou_assess::policy::ParamSet;
use wenzhou_assess::policy::pack::Pack;

/// A household of one elder born `birth`, in `area` with `status`, cared for at home, with the
/// dependency tier `dependency` and no dementia.
fn elder(area: &str, status: &str, birth: &str, dependency: &str) -> Value {
    let mut v = plain_household(area, status, vec![plain_member("applicant", birth)]);
    set(&mut v, "members.0.care_dependency", json!(dependency));
    set(&mut v, "members.0.dementia", json!(false));
    set(&mut v, "members.0.elderly_care_setting", json!("home"));
    v
}

/// Assesses under the official pack with a local layer (TOML entries after the header).
fn with_local(h: &Value, on: &str, base: &str, entries: &str) -> Determination {
    let set = if base == "training" {
        ParamSet::training().unwrap()
    } else {
        ParamSet::official().unwrap()
    };
    let text = format!(
        "[pack]\nid = \"local\"\nname_zh = \"本地\"\nname_en = \"Local\"\nofficial = false\nextends = \"{base}\"\n\n{entries}"
    );
    let set = set
        .with_layer(Pack::parse("local.toml", &text).unwrap())
        .unwrap();
    assess(&household(h.clone()), date(on), &set, TraceMode::On).unwrap()
}

/// One dated local entry.
fn entry(key: &str, value: &str, area: &str) -> String {
    format!(
        "[[param]]\nkey = \"{key}\"\nvalue = {value}\narea = \"{area}\"\nvalid_from = 2022-05-01\nvalid_to = 2027-09-30\nofficial = false\ncitation = \"local notice\"\nconfidence = \"high\"\n\n"
    )
}

fn kind(d: &Determination, id: &str) -> AmountKind {
    d.result(id).unwrap().amount.unwrap().kind
}

// --- ELD-01: 「以服务形式对城乡低保60周岁以上居家养老的失能、失智及高龄老年人给予养老服务补贴…参照浙江省重度残疾人护理补贴
// 每人每月500元、250元、125元的标准执行，80周岁以上的高龄老年人按每人每月125元执行」 (6号 第5条) -------------------------

#[test]
fn eld_01_e7_a_a_dibao_elder_on_the_80th_birthday_gets_the_advanced_age_tier_of_125() {
    // E7 A: born 1943-06-15, on 2023-06-15 aged 80 (以上 includes 80), no dependency → 125.
    let d = official(
        &household(elder("lucheng", "dibao", "1943-06-15", "none")),
        "2023-06-15",
    );
    expect(
        &d,
        "ELD-01",
        Outcome::Eligible,
        Some(("125", Period::Month)),
    );
}

#[test]
fn eld_01_e7_b_one_day_before_the_80th_birthday_without_dependency_gets_nothing() {
    // E7 B: born 1943-06-16, aged 79 on 2023-06-15, not dependent, no dementia → not in the group.
    let d = official(
        &household(elder("lucheng", "dibao", "1943-06-16", "none")),
        "2023-06-15",
    );
    expect(&d, "ELD-01", Outcome::Ineligible, None);
}

#[test]
fn eld_01_e7_c_an_85_year_old_totally_dependent_gets_the_higher_tier_not_the_sum() {
    // E7 C: max(500, 125) = 500, not 500 + 125 = 625 (rules-core §8).
    let d = official(
        &household(elder("lucheng", "dibao", "1938-01-01", "totally")),
        "2023-06-15",
    );
    expect(
        &d,
        "ELD-01",
        Outcome::Eligible,
        Some(("500", Period::Month)),
    );
}

#[test]
fn eld_01_e7_d_and_e_the_60th_birthday_counts_and_59_does_not() {
    // E7 D: born 1963-06-15, aged 60 on 2023-06-15, totally dependent → 500.
    let d = official(
        &household(elder("lucheng", "dibao", "1963-06-15", "totally")),
        "2023-06-15",
    );
    expect(
        &d,
        "ELD-01",
        Outcome::Eligible,
        Some(("500", Period::Month)),
    );
    // E7 E: born 1963-06-16, aged 59 → under 60 → nothing.
    let d = official(
        &household(elder("lucheng", "dibao", "1963-06-16", "totally")),
        "2023-06-15",
    );
    expect(&d, "ELD-01", Outcome::Ineligible, None);
}

#[test]
fn eld_01_pays_250_and_125_for_the_largely_and_partly_dependent_tiers() {
    // Aged 70 (born 1953-01-01, on 2024-06-01): only the dependency tier applies.
    for (tier, amount) in [("largely", "250"), ("partly", "125")] {
        let d = official(
            &household(elder("ruian", "dibao", "1953-01-01", tier)),
            "2024-06-01",
        );
        expect(
            &d,
            "ELD-01",
            Outcome::Eligible,
            Some((amount, Period::Month)),
        );
    }
}

#[test]
fn eld_01_says_the_amount_is_the_reference_standard_of_6hao() {
    let d = official(
        &household(elder("lucheng", "dibao", "1938-01-01", "totally")),
        "2023-06-15",
    );
    let index = d.index_of("ELD-01").unwrap();
    assert!(
        d.conditions_of(index)
            .any(|c| c.key == "cond-elderly-care-reference")
    );
}

#[test]
fn eld_01_a_local_standard_replaces_the_reference_figures() {
    // errata 4: the figures are a default; a county paying 600 for the first tier pays 600.
    let d = with_local(
        &elder("yueqing", "dibao", "1950-01-01", "totally"),
        "2024-06-01",
        "official",
        &entry("elderly_care_subsidy_totally", "\"600\"", "yueqing"),
    );
    expect(
        &d,
        "ELD-01",
        Outcome::Eligible,
        Some(("600", Period::Month)),
    );
}

#[test]
fn eld_01_is_only_for_dibao_households() {
    let d = official(
        &household(elder("lucheng", "dibian", "1938-01-01", "totally")),
        "2023-06-15",
    );
    expect(&d, "ELD-01", Outcome::Ineligible, None);
}

#[test]
fn eld_01_is_not_paid_to_an_elder_in_an_institution() {
    let mut v = elder("lucheng", "dibao", "1938-01-01", "totally");
    set(
        &mut v,
        "members.0.elderly_care_setting",
        json!("social_institution"),
    );
    let d = official(&household(v), "2023-06-15");
    expect(&d, "ELD-01", Outcome::Ineligible, None);
}

#[test]
fn eld_01_is_undetermined_when_the_care_setting_or_the_dependency_is_unknown() {
    let mut v = elder("lucheng", "dibao", "1950-01-01", "partly");
    v["members"][0]
        .as_object_mut()
        .unwrap()
        .remove("elderly_care_setting");
    let d = official(&household(v), "2024-06-01");
    expect_missing(&d, "ELD-01", "members[0].elderly_care_setting");
    // An 85-year-old at home with the tier unknown: in the group (高龄), but 125 or up to 500.
    let mut v = elder("lucheng", "dibao", "1939-01-01", "none");
    v["members"][0]
        .as_object_mut()
        .unwrap()
        .remove("care_dependency");
    let d = official(&household(v), "2024-06-01");
    expect_missing(&d, "ELD-01", "members[0].care_dependency");
}

#[test]
fn eld_01_refers_a_demented_elder_without_a_dependency_tier() {
    // 失智 is in the group, the tiers are by dependency: no tier amount, the officer decides.
    let mut v = elder("lucheng", "dibao", "1955-01-01", "none");
    set(&mut v, "members.0.dementia", json!(true));
    let d = official(&household(v), "2024-06-01");
    expect(&d, "ELD-01", Outcome::Refer, None);
}

#[test]
fn eld_01_says_nothing_about_members_under_60() {
    // A 低保 couple aged 45 whose care facts are not recorded: no question is asked.
    let v = plain_household(
        "lucheng",
        "dibao",
        vec![
            plain_member("applicant", "1979-01-01"),
            plain_member("spouse", "1980-01-01"),
        ],
    );
    let d = official(&household(v), "2024-06-01");
    for id in ["ELD-01", "ELD-02", "ELD-03", "ELD-04", "ELD-05"] {
        expect(&d, id, Outcome::Ineligible, None);
    }
}

// --- ELD-02: 「经县级民政部门批准纳入机构养老的城乡低保60周岁以上的失能、失智及高龄老年人，可参照当地特困供养人员护理费用
// 标准执行」 (6号 第5条) ------------------------------------------------------------------------------------------------

fn placed(setting: &str, approved: bool) -> Value {
    let mut v = elder("lucheng", "dibao", "1963-06-15", "totally");
    set(&mut v, "members.0.elderly_care_setting", json!(setting));
    set(
        &mut v,
        "members.0.institution_placement_approved",
        json!(approved),
    );
    v
}

#[test]
fn eld_02_e7_d_placed_in_a_social_institution_is_referred_with_the_tekun_care_rate_of_1824() {
    // E7 D in a county-approved social institution: 特困 care rate for 完全不能自理 = 80% × W =
    // 0.8 × 2280 = 1824 元/月, 「可参照」 → refer; ELD-01 stops (home only).
    let d = training(&household(placed("social_institution", true)), "2023-06-15");
    expect(&d, "ELD-02", Outcome::Refer, Some(("1824", Period::Month)));
    expect(&d, "ELD-01", Outcome::Ineligible, None);
}

#[test]
fn eld_02_a_largely_dependent_elder_gets_the_40_percent_reference() {
    // 基本不能自理 → 中度丧失: 40% × 2280 = 912.
    let mut v = placed("social_institution", true);
    set(&mut v, "members.0.care_dependency", json!("largely"));
    let d = training(&household(v), "2024-06-01");
    expect(&d, "ELD-02", Outcome::Refer, Some(("912", Period::Month)));
}

#[test]
fn eld_02_needs_the_county_approval() {
    let d = training(
        &household(placed("social_institution", false)),
        "2023-06-15",
    );
    expect(&d, "ELD-02", Outcome::Ineligible, None);
}

#[test]
fn eld_02_in_a_public_institution_names_the_local_care_fee() {
    // The fee of government institutions is local (INC-16; rules-core errata 9): undetermined.
    let d = training(&household(placed("public_institution", true)), "2023-06-15");
    expect_missing(&d, "ELD-02", "param:tekun_care_fee_public_institution");
}

#[test]
fn eld_02_is_not_for_an_elder_at_home() {
    let d = training(
        &household(elder("lucheng", "dibao", "1938-01-01", "totally")),
        "2023-06-15",
    );
    expect(&d, "ELD-02", Outcome::Ineligible, None);
}

// --- ELD-03: 「居家养老的低保低边60周岁以上的失能、失智及高龄老年人的养老服务补贴标准，由各地结合实际确定，鼓励有条件的
// 地区扩大至当地平均可支配收入以下家庭…」 (6号 第5条) -------------------------------------------------------------------

#[test]
fn eld_03_names_the_local_dibian_standard_which_no_source_gives() {
    let d = official(
        &household(elder("lucheng", "dibian", "1950-01-01", "partly")),
        "2024-06-01",
    );
    expect_missing(&d, "ELD-03", "param:elderly_care_subsidy_dibian_partly");
}

#[test]
fn eld_03_pays_a_county_s_own_dibian_standard() {
    // A county sets 100 元/月 for 部分不能自理 in 低边 households: 100.
    let d = with_local(
        &elder("yongjia", "dibian", "1950-01-01", "partly"),
        "2024-06-01",
        "official",
        &entry("elderly_care_subsidy_dibian_partly", "\"100\"", "yongjia"),
    );
    expect(
        &d,
        "ELD-03",
        Outcome::Eligible,
        Some(("100", Period::Month)),
    );
}

#[test]
fn eld_03_leaves_dibao_households_to_eld_01_and_others_out_unless_a_county_extends_it() {
    let d = official(
        &household(elder("lucheng", "dibao", "1950-01-01", "partly")),
        "2024-06-01",
    );
    expect(&d, "ELD-03", Outcome::Ineligible, None);
    // 「鼓励…扩大」: not extended in the official pack.
    let d = official(
        &household(elder("lucheng", "none", "1950-01-01", "partly")),
        "2024-06-01",
    );
    expect(&d, "ELD-03", Outcome::Ineligible, None);
}

#[test]
fn eld_03_in_a_county_that_extended_it_pays_households_at_or_below_the_average_income() {
    // Extension on, average disposable income 60000 元/年; the elder's pension 5000 元/月 alone:
    // 5000 × 12 = 60000 ≤ 60000 (以下 inclusive) → eligible at the local standard 100.
    let mut v = elder("yongjia", "none", "1950-01-01", "partly");
    set(
        &mut v,
        "members.0.incomes",
        json!([{ "kind": "pension", "amount": "5000", "period": "month" }]),
    );
    let entries = entry("elderly_care_extended", "true", "yongjia")
        + &entry("avg_disposable_income_pc", "\"60000\"", "yongjia")
        + &entry("elderly_care_subsidy_dibian_partly", "\"100\"", "yongjia");
    let d = with_local(&v, "2024-06-01", "official", &entries);
    expect(
        &d,
        "ELD-03",
        Outcome::Eligible,
        Some(("100", Period::Month)),
    );
    // 5001 × 12 = 60012 > 60000 → not eligible.
    set(
        &mut v,
        "members.0.incomes",
        json!([{ "kind": "pension", "amount": "5001", "period": "month" }]),
    );
    let d = with_local(&v, "2024-06-01", "official", &entries);
    expect(&d, "ELD-03", Outcome::Ineligible, None);
}

// --- ELD-04 高龄津贴: 「80周岁至89周岁的老年人每人每月50元、90周岁至99周岁的老年人每人每月200元、100周岁以上的老年人每人
// 每月不低于500元，各县（市）参照执行」 (6号 第5条); from 2023-10-01 「为80周岁及以上温州户籍老年人每月发放不少60元的高龄
// 津贴，100周岁及以上老年人发放长寿保健补助金（不重复享受）」 (75号 附件 第6项) ----------------------------------------------

fn aged(area: &str, birth: &str) -> Value {
    plain_household(area, "none", vec![plain_member("applicant", birth)])
}

#[test]
fn eld_04_e7_the_80th_birthday_gives_50_and_the_day_before_nothing() {
    // E7 A/B on 2023-06-15 (before 75号): 市区, aged 80 → 50; aged 79 → nothing.
    let d = official(&household(aged("lucheng", "1943-06-15")), "2023-06-15");
    expect(&d, "ELD-04", Outcome::Eligible, Some(("50", Period::Month)));
    assert_eq!(kind(&d, "ELD-04"), AmountKind::Exact);
    let d = official(&household(aged("lucheng", "1943-06-16")), "2023-06-15");
    expect(&d, "ELD-04", Outcome::Ineligible, None);
}

#[test]
fn eld_04_e8_the_90th_birthday_moves_to_200() {
    // E8: born 1933-03-01: 2023-02-28 aged 89 → 50; 2023-03-01 aged 90 → 200.
    let v = aged("ouhai", "1933-03-01");
    let d = official(&household(v.clone()), "2023-02-28");
    expect(&d, "ELD-04", Outcome::Eligible, Some(("50", Period::Month)));
    let d = official(&household(v), "2023-03-01");
    expect(
        &d,
        "ELD-04",
        Outcome::Eligible,
        Some(("200", Period::Month)),
    );
}

#[test]
fn eld_04_at_100_in_shiqu_before_october_2023_pays_at_least_500() {
    // Born 1923-06-15: 100 on 2023-06-15 → 「不低于500元」: at least 500.
    let d = official(&household(aged("dongtou", "1923-06-15")), "2023-06-15");
    expect(
        &d,
        "ELD-04",
        Outcome::Eligible,
        Some(("500", Period::Month)),
    );
    assert_eq!(kind(&d, "ELD-04"), AmountKind::AtLeast);
    // The day before: 99 → 200.
    let d = official(&household(aged("dongtou", "1923-06-16")), "2023-06-15");
    expect(
        &d,
        "ELD-04",
        Outcome::Eligible,
        Some(("200", Period::Month)),
    );
}

#[test]
fn eld_04_from_2023_10_01_the_75hao_floor_raises_80_to_89_to_at_least_60() {
    // 75号 in force from 2023-10-01: 市区 80–89 = max(50, 60) = 60, a floor (不少于).
    let v = aged("lucheng", "1943-06-15");
    let d = official(&household(v.clone()), "2023-09-30");
    expect(&d, "ELD-04", Outcome::Eligible, Some(("50", Period::Month)));
    let d = official(&household(v.clone()), "2023-10-01");
    expect(&d, "ELD-04", Outcome::Eligible, Some(("60", Period::Month)));
    assert_eq!(kind(&d, "ELD-04"), AmountKind::AtLeast);
    // E7: the same person on 2024-06-15 → 60.
    let d = official(&household(v), "2024-06-15");
    expect(&d, "ELD-04", Outcome::Eligible, Some(("60", Period::Month)));
}

#[test]
fn eld_04_from_2023_10_01_the_90_to_99_band_stays_200() {
    // max(200, 60) = 200, as 6号 fixes it.
    let d = official(&household(aged("lucheng", "1930-01-01")), "2024-06-01");
    expect(
        &d,
        "ELD-04",
        Outcome::Eligible,
        Some(("200", Period::Month)),
    );
    assert_eq!(kind(&d, "ELD-04"), AmountKind::Exact);
}

#[test]
fn eld_04_e8_a_county_without_its_own_table_names_it_before_october_2023_and_pays_at_least_60_after()
 {
    // E8: 瑞安 hukou, 85: the 市区 table does not apply; no county table → undetermined naming it.
    let v = aged("ruian", "1938-01-01");
    let d = official(&household(v.clone()), "2023-06-15");
    expect_missing(&d, "ELD-04", "param:longevity_allowance_80_89");
    // From 2023-10-01, ≥ 60 city-wide (§7.1).
    let d = official(&household(v), "2023-10-01");
    expect(&d, "ELD-04", Outcome::Eligible, Some(("60", Period::Month)));
    assert_eq!(kind(&d, "ELD-04"), AmountKind::AtLeast);
}

#[test]
fn eld_04_a_county_table_is_used_and_the_75hao_floor_never_lowers_it() {
    // 瑞安 pays 100 to 80–89 in its local pack: 100 before and after 2023-10-01 (100 > 60).
    let v = aged("ruian", "1938-01-01");
    let e = entry("longevity_allowance_80_89", "\"100\"", "ruian");
    let d = with_local(&v, "2023-06-15", "official", &e);
    expect(
        &d,
        "ELD-04",
        Outcome::Eligible,
        Some(("100", Period::Month)),
    );
    let d = with_local(&v, "2024-06-15", "official", &e);
    expect(
        &d,
        "ELD-04",
        Outcome::Eligible,
        Some(("100", Period::Month)),
    );
}

#[test]
fn eld_04_from_2023_10_01_a_centenarian_gets_the_longevity_health_subsidy_a_local_value() {
    // 75号: 100+ get the 长寿保健补助金 instead (不重复享受); its amount is not given (errata 5):
    // undetermined naming it, with 6号's ≥ 500 shown as the reference.
    let v = aged("lucheng", "1923-01-01");
    let d = official(&household(v.clone()), "2023-10-01");
    expect_missing(&d, "ELD-04", "param:longevity_care_subsidy_100");
    let index = d.index_of("ELD-04").unwrap();
    assert!(
        d.conditions_of(index)
            .any(|c| c.key == "cond-longevity-reference")
    );
    // A local pack that sets it to 800: 800, once (not 800 + 500).
    let d = with_local(
        &v,
        "2024-06-01",
        "official",
        &entry("longevity_care_subsidy_100", "\"800\"", "all"),
    );
    expect(
        &d,
        "ELD-04",
        Outcome::Eligible,
        Some(("800", Period::Month)),
    );
}

#[test]
fn eld_04_is_not_for_hukou_outside_wenzhou() {
    let d = official(
        &household(aged("outside_wenzhou", "1938-01-01")),
        "2024-06-01",
    );
    expect(&d, "ELD-04", Outcome::Ineligible, None);
}

#[test]
fn eld_04_asks_the_persons_own_hukou_not_only_the_households() {
    // 6号 第5条 「市区户口且符合以下条件之一的老年人」 (004 L226): an 85-year-old parent living in a 鹿城
    // household whose own hukou stayed outside Wenzhou gets nothing; with her hukou in the household,
    // 80–89 → 50 (2023-06-15, before 75号's floor).
    let mut v = aged("lucheng", "1938-01-01");
    let d = official(&household(v.clone()), "2023-06-15");
    expect(&d, "ELD-04", Outcome::Eligible, Some(("50", Period::Month)));
    set(
        &mut v,
        "members.0.elderly_services",
        json!({"hukou_outside_wenzhou": true}),
    );
    let d = official(&household(v), "2023-06-15");
    expect(&d, "ELD-04", Outcome::Ineligible, None);
}

#[test]
fn eld_04_follows_the_dates_of_6hao() {
    // 6号 is in force from 2022-05-01 to 2025-12-31: the rule is not assessed outside.
    let v = household(aged("lucheng", "1938-01-01"));
    assert!(official(&v, "2022-04-30").result("ELD-04").is_none());
    expect(
        &official(&v, "2022-05-01"),
        "ELD-04",
        Outcome::Eligible,
        Some(("50", Period::Month)),
    );
    expect(
        &official(&v, "2025-12-31"),
        "ELD-04",
        Outcome::Eligible,
        Some(("60", Period::Month)),
    );
    assert!(official(&v, "2026-01-01").result("ELD-04").is_none());
}

// --- ELD-05: 「对经评估达到重度失能标准的长期护理保险参保人员，按规定每月以护理服务形式予以补助」 (6号 第5条) ------------

fn insured(area: &str, scheme: &str, severe: Option<bool>) -> Value {
    let mut v = aged(area, "1950-01-01");
    set(&mut v, "members.0.medical_scheme", json!(scheme));
    if let Some(s) = severe {
        set(
            &mut v,
            "members.0.ltc_assessment",
            json!({ "severe_disability": s }),
        );
    }
    v
}

#[test]
fn eld_05_an_employee_enrollee_assessed_as_severely_disabled_gets_care_services() {
    let d = official(
        &household(insured("ruian", "employee", Some(true))),
        "2024-06-01",
    );
    expect(&d, "ELD-05", Outcome::Eligible, None);
    let d = official(
        &household(insured("ruian", "employee", Some(false))),
        "2024-06-01",
    );
    expect(&d, "ELD-05", Outcome::Ineligible, None);
}

#[test]
fn eld_05_before_41hao_only_shiqu_employees_were_covered() {
    // 温政办〔2022〕41号 二(一) 「试点范围从市区职工医保扩大到全市职工医保」 (001 L1917–1926), in force from
    // 2022-06-25 (「本实施方案自2022年6月25日起开始实施」): a 瑞安 employee is covered from that day, not
    // only from 98号's 2023-01-01; 98号 第6条 restates it.
    let v = household(insured("ruian", "employee", Some(true)));
    expect(
        &official(&v, "2022-06-24"),
        "ELD-05",
        Outcome::Ineligible,
        None,
    );
    let d = official(&v, "2022-06-25");
    expect(&d, "ELD-05", Outcome::Eligible, None);
    // C1 (41号's own coverage rule) agrees in the same determination.
    assert_ne!(outcome(&d, "C1"), Outcome::Ineligible);
    expect(
        &official(&v, "2022-12-31"),
        "ELD-05",
        Outcome::Eligible,
        None,
    );
    let v = household(insured("lucheng", "employee", Some(true)));
    expect(
        &official(&v, "2022-06-24"),
        "ELD-05",
        Outcome::Eligible,
        None,
    );
}

#[test]
fn eld_05_resident_enrollees_are_not_covered_until_a_local_pack_says_so() {
    let v = insured("lucheng", "resident", Some(true));
    let d = official(&household(v.clone()), "2024-06-01");
    expect(&d, "ELD-05", Outcome::Ineligible, None);
    let d = with_local(
        &v,
        "2024-06-01",
        "official",
        &entry("ltc_resident_cover_from", "true", "all"),
    );
    expect(&d, "ELD-05", Outcome::Eligible, None);
}

#[test]
fn eld_05_refers_a_dependent_insured_person_not_yet_assessed_and_asks_an_unknown_result() {
    let mut v = insured("lucheng", "employee", None);
    set(&mut v, "members.0.care_dependency", json!("totally"));
    let d = official(&household(v), "2024-06-01");
    expect(&d, "ELD-05", Outcome::Refer, None);
    let mut v = insured("lucheng", "employee", None);
    set(&mut v, "members.0.ltc_assessment", json!({}));
    let d = official(&household(v), "2024-06-01");
    expect_missing(&d, "ELD-05", "members[0].ltc_assessment.severe_disability");
}
