//! Golden households for the basic elderly-service list of 温政办〔2023〕75号 (B1–B24, rules-other §B),
//! in force 2023-10-01 → 2027-09-30, with its overlaps with 温政发〔2022〕6号 (ELD-01, ELD-04) and the worked
//! examples 1, 2, 3 and 13 of rules-other §N (their ASSUMED values are in the training pack).
//!
//! Expected values are worked out by hand from the clauses quoted next to each test.

use crate::common::*;
use serde_json::{Value, json};
use wenzhou_assess::engine::{
    AmountKind, Determination, Notice, Outcome, Period, TraceMode, assess,
};
use wenzhou_assess::policy::pack::Pack;
use wenzhou_assess::policy::{Doc, ParamSet};

/// One elder born `birth`, hukou `area`, household `status`.
fn elder(area: &str, status: &str, birth: &str) -> Value {
    plain_household(area, status, vec![plain_member("applicant", birth)])
}

/// `elder` with a 75号 record.
fn elder_with(area: &str, status: &str, birth: &str, record: Value) -> Value {
    let mut v = elder(area, status, birth);
    set(&mut v, "members.0.elderly_services", record);
    v
}

fn superseded(d: &Determination, id: &str) -> Option<&'static str> {
    d.result(id).unwrap().superseded_by
}

fn member_superseded(d: &Determination, id: &str, member: u16) -> Option<&'static str> {
    d.member_results(id)
        .find(|m| m.member == member)
        .unwrap()
        .superseded_by
}

// --- B1/B2 清单第6项: 「为80周岁及以上温州户籍老年人每月发放不少60元的高龄津贴，100周岁及以上老年人发放长寿保健
// 补助金（不重复享受）。」 and 6号 第5条 (ELD-04) ---------------------------------------------------------------------

#[test]
fn b1_example_1_an_87_year_old_in_ruian_gets_at_least_60_a_month_after_6hao_expired() {
    // §N example 1: age 87 ≥ 80, Wenzhou hukou (瑞安) → 「不少60元」: at least 60 a month, 720 a year.
    // On 2026-03-01 6号 has expired (ELD-04 not in force), so B1 alone pays it.
    let v = elder("ruian", "none", "1939-01-10");
    let d = official(&household(v), "2026-03-01");
    assert!(d.result("ELD-04").is_none());
    expect(&d, "B1", Outcome::Eligible, Some(("60", Period::Month)));
    assert_eq!(
        d.result("B1").unwrap().amount.unwrap().kind,
        AmountKind::AtLeast
    );
    expect(&d, "B2", Outcome::Ineligible, None);
}

#[test]
fn b1_while_6hao_is_in_force_one_allowance_is_paid_under_eld_04() {
    // 2024-06-01, 鹿城, aged 84: ELD-04 gives max(50, 60) = 60 (75号 floor); B1 gives the same 60, so
    // the allowance is paid once: ELD-04 carries it and B1 is superseded (就高, tie → ELD-04).
    let d = official(
        &household(elder("lucheng", "none", "1940-01-10")),
        "2024-06-01",
    );
    expect(&d, "ELD-04", Outcome::Eligible, Some(("60", Period::Month)));
    expect(&d, "B1", Outcome::Ineligible, None);
    assert_eq!(superseded(&d, "B1"), Some("ELD-04"));
    // A 92-year-old in 鹿城: 6号's 200 > 60 → 200 under ELD-04 only (§N example 2, 2,400 a year).
    let d = official(
        &household(elder("lucheng", "none", "1932-01-10")),
        "2024-06-01",
    );
    expect(
        &d,
        "ELD-04",
        Outcome::Eligible,
        Some(("200", Period::Month)),
    );
    assert_eq!(superseded(&d, "B1"), Some("ELD-04"));
}

#[test]
fn b2_example_2_a_centenarian_gets_the_health_subsidy_only_6000_not_6720() {
    // §N example 2: 鹿城, aged 101, ASSUMED 长寿保健补助金 500 → 500 × 12 = 6,000 a year; never 6,000 + 60 × 12.
    let v = household(elder("lucheng", "none", "1923-01-10"));
    // 2026-06-01: 6号 expired → B2 alone; B1 stops at 99.
    let d = training(&v, "2026-06-01");
    expect(&d, "B2", Outcome::Eligible, Some(("500", Period::Month)));
    expect(&d, "B1", Outcome::Ineligible, None);
    // 2024-06-01: ELD-04 already pays the 长寿保健补助金 (75号 in force); B2 is the same benefit.
    let d = training(&v, "2024-06-01");
    expect(
        &d,
        "ELD-04",
        Outcome::Eligible,
        Some(("500", Period::Month)),
    );
    expect(&d, "B2", Outcome::Ineligible, None);
    assert_eq!(superseded(&d, "B2"), Some("ELD-04"));
    expect(&d, "B1", Outcome::Ineligible, None);
    assert_eq!(superseded(&d, "B1"), None);
}

#[test]
fn b2_the_health_subsidy_is_a_local_amount_in_the_official_pack() {
    // 75号 gives no amount: undetermined, naming the local value.
    let d = official(
        &household(elder("lucheng", "none", "1923-01-10")),
        "2026-06-01",
    );
    expect_missing(&d, "B2", "param:longevity_care_subsidy_100");
}

#[test]
fn b1_starts_on_the_80th_birthday_and_needs_a_wenzhou_hukou() {
    // 「80周岁及以上」 includes 80.
    let d = official(
        &household(elder("yueqing", "none", "1946-03-01")),
        "2026-03-01",
    );
    expect(&d, "B1", Outcome::Eligible, Some(("60", Period::Month)));
    let d = official(
        &household(elder("yueqing", "none", "1946-03-02")),
        "2026-03-01",
    );
    expect(&d, "B1", Outcome::Ineligible, None);
    // 「温州户籍」: a household outside Wenzhou, or a parent whose own hukou stayed outside.
    let d = official(
        &household(elder("outside_wenzhou", "none", "1930-01-01")),
        "2026-03-01",
    );
    expect(&d, "B1", Outcome::Ineligible, None);
    let v = elder_with(
        "ouhai",
        "none",
        "1930-01-01",
        json!({"hukou_outside_wenzhou": true}),
    );
    expect(
        &official(&household(v), "2026-03-01"),
        "B1",
        Outcome::Ineligible,
        None,
    );
}

#[test]
fn b1_runs_from_2023_10_01_to_2027_09_30() {
    // 「本意见自2023年10月1日起施行，有效期至2027年9月30日。」
    let v = household(elder("ruian", "none", "1930-01-01"));
    assert!(official(&v, "2023-09-30").result("B1").is_none());
    assert!(official(&v, "2023-10-01").result("B1").is_some());
    expect(
        &official(&v, "2027-09-30"),
        "B1",
        Outcome::Eligible,
        Some(("60", Period::Month)),
    );
    assert!(official(&v, "2027-10-01").result("B1").is_none());
}

// --- Rule versions: a trainer's scenario applies one document's wording of the 高龄津贴 ------------------------------

/// The training pack with a scenario that applies `doc`'s version of the 高龄津贴.
fn elderly_allowance_version(doc: &str) -> ParamSet {
    let text = format!(
        "[pack]\nid = \"v\"\nname_zh = \"情景\"\nname_en = \"Scenario\"\nofficial = false\n\
         extends = \"training\"\n\n[pack.versions]\nelderly_allowance = \"{doc}\"\n"
    );
    ParamSet::training()
        .unwrap()
        .with_layer(Pack::parse("v.toml", &text).unwrap())
        .unwrap()
}

#[test]
fn version_6hao_gives_the_84_year_old_6hao_band_of_50_and_75hao_gives_its_floor_of_60() {
    // 鹿城, aged 84, on 2024-06-01 (both documents in force). By law: ELD-04 pays max(50, 60) = 60 and
    // B1 yields to it (test above). 6号 alone: 「80周岁至89周岁的老年人每人每月50元」 → 50, exactly, and
    // B1/B2 are not assessed. 75号 alone: 「每月发放不少60元」 → at least 60 under B1, ELD-04 not assessed.
    let h = household(elder("lucheng", "none", "1940-01-10"));
    let on = date("2024-06-01");
    let six = elderly_allowance_version("温政发〔2022〕6号");
    let d = assess(&h, on, &six, TraceMode::On).unwrap();
    expect(&d, "ELD-04", Outcome::Eligible, Some(("50", Period::Month)));
    assert_eq!(
        d.result("ELD-04").unwrap().amount.unwrap().kind,
        AmountKind::Exact
    );
    assert!(d.result("B1").is_none() && d.result("B2").is_none());
    assert!(d.notices.contains(&Notice::RuleVersion {
        benefit: "elderly_allowance",
        doc: Doc::WenZhengFa2022No6
    }));
    let seventy_five = elderly_allowance_version("温政办〔2023〕75号");
    let d = assess(&h, on, &seventy_five, TraceMode::On).unwrap();
    assert!(d.result("ELD-04").is_none());
    expect(&d, "B1", Outcome::Eligible, Some(("60", Period::Month)));
    assert_eq!(superseded(&d, "B1"), None);
}

#[test]
fn version_6hao_pays_a_centenarian_at_least_500_and_75hao_the_health_subsidy() {
    // 鹿城, aged 101, 2024-06-01. 6号 alone: 「100周岁以上的老年人每人每月不低于500元」 → at least 500 under
    // ELD-04 (the 长寿保健补助金 of 75号 is not yet in the wording). 75号 alone: B2 长寿保健补助金, the training
    // pack's ASSUMED 500 (rules-other §N example 2), exactly.
    let h = household(elder("lucheng", "none", "1923-01-10"));
    let on = date("2024-06-01");
    let d = assess(
        &h,
        on,
        &elderly_allowance_version("温政发〔2022〕6号"),
        TraceMode::On,
    )
    .unwrap();
    expect(
        &d,
        "ELD-04",
        Outcome::Eligible,
        Some(("500", Period::Month)),
    );
    assert_eq!(
        d.result("ELD-04").unwrap().amount.unwrap().kind,
        AmountKind::AtLeast
    );
    let d = assess(
        &h,
        on,
        &elderly_allowance_version("温政办〔2023〕75号"),
        TraceMode::On,
    )
    .unwrap();
    expect(&d, "B2", Outcome::Eligible, Some(("500", Period::Month)));
    assert_eq!(
        d.result("B2").unwrap().amount.unwrap().kind,
        AmountKind::Exact
    );
}

#[test]
fn a_version_that_no_document_words_is_refused_naming_the_choices() {
    let text = "[pack]\nid = \"v\"\nname_zh = \"情景\"\nname_en = \"S\"\nofficial = false\n\
                extends = \"training\"\n\n[pack.versions]\nelderly_allowance = \"温政办〔2022〕41号\"\n";
    let e = Pack::parse("v.toml", text).unwrap_err().to_string();
    assert!(
        e.contains("温政发〔2022〕6号") && e.contains("温政办〔2023〕75号"),
        "{e}"
    );
    let e = Pack::parse("v.toml", &text.replace("elderly_allowance", "pension"))
        .unwrap_err()
        .to_string();
    assert!(
        e.contains("elderly_allowance") && e.contains("startup_loan"),
        "{e}"
    );
}

// --- B3 清单第7项 「为经济困难的老年人提供养老服务补贴。」 vs 6号 第5条 (ELD-01…03) ------------------------------------

#[test]
fn b3_a_dibao_elder_gets_the_care_subsidy_once_under_6hao_while_it_is_in_force() {
    // 低保, 85, at home, totally dependent: ELD-01 500 (6号 第5条). B3 is the same subsidy → superseded.
    let mut v = elder("lucheng", "dibao", "1939-01-10");
    set(&mut v, "members.0.care_dependency", json!("totally"));
    set(&mut v, "members.0.dementia", json!(false));
    set(&mut v, "members.0.elderly_care_setting", json!("home"));
    let d = official(&household(v.clone()), "2024-06-01");
    expect(
        &d,
        "ELD-01",
        Outcome::Eligible,
        Some(("500", Period::Month)),
    );
    expect(&d, "B3", Outcome::Ineligible, None);
    assert_eq!(member_superseded(&d, "B3", 0), Some("ELD-01"));
    // After 6号: B3 alone, its amount is local → undetermined naming it.
    let d = official(&household(v), "2026-06-01");
    expect_missing(&d, "B3", "param:eld_hardship_care_subsidy");
}

#[test]
fn b3_a_tekun_elder_outside_6hao_groups_is_in_b3_and_a_non_poor_elder_is_not() {
    let mut v = elder("pingyang", "none", "1955-01-10");
    set(&mut v, "members.0.tekun", json!("dispersed"));
    let d = official(&household(v), "2024-06-01");
    expect_missing(&d, "B3", "param:eld_hardship_care_subsidy");
    let d = official(
        &household(elder("pingyang", "none", "1955-01-10")),
        "2024-06-01",
    );
    expect(&d, "B3", Outcome::Ineligible, None);
}

// --- B8 清单第18项 and §N example 3 (care_allowance overlap → officer decides) -----------------------------------

#[test]
fn b8_example_3_dibao_grade_1_elder_gets_both_subsidies_and_the_overlap_is_referred() {
    // 平阳, 低保, 78, 一级肢体残疾, 生活完全不能自理, 城乡居民医保, 2024-06-01 (training pack).
    // B8(a) 生活补贴 ASSUMED 350 + B8(b) 护理补贴 tier 完全不能自理 500 = 850 a month.
    // ELD-01 (6号 第5条, 低保 60+ at home, totally dependent) 500; B3 is the same subsidy → superseded.
    // B8(b) and ELD-01 overlap with no clause excluding it → both `refer`:
    // S1 (stack) 850 + 500 = 1,350 a month (16,200 a year); S2 350 + max(500, 500) = 850.
    let mut v = elder("pingyang", "dibao", "1946-01-10");
    set(&mut v, "members.0.disabled", json!(true));
    set(&mut v, "members.0.disability_grade", json!(1));
    set(&mut v, "members.0.disability_category", json!("physical"));
    set(&mut v, "members.0.care_dependency", json!("totally"));
    set(&mut v, "members.0.dementia", json!(false));
    set(&mut v, "members.0.elderly_care_setting", json!("home"));
    let d = training(&household(v), "2024-06-01");
    expect(&d, "B8", Outcome::Refer, Some(("850", Period::Month)));
    expect(&d, "ELD-01", Outcome::Refer, Some(("500", Period::Month)));
    expect(&d, "B3", Outcome::Ineligible, None);
    expect(&d, "B1", Outcome::Ineligible, None);
    expect(&d, "C1", Outcome::Ineligible, None);
}

#[test]
fn b8_care_subsidy_needs_grade_1_2_or_intellectual_mental_3_4() {
    // Not 低保, grade 3 physical: neither (a) nor (b).
    let mut v = elder("pingyang", "none", "1950-01-10");
    set(&mut v, "members.0.disabled", json!(true));
    set(&mut v, "members.0.disability_grade", json!(3));
    set(&mut v, "members.0.disability_category", json!("physical"));
    set(&mut v, "members.0.care_dependency", json!("partly"));
    let d = official(&household(v.clone()), "2024-06-01");
    expect(&d, "B8", Outcome::Ineligible, None);
    // Grade 3 intellectual, partly dependent: (b) at the 部分不能自理 tier, 125 a month.
    set(
        &mut v,
        "members.0.disability_category",
        json!("intellectual"),
    );
    let d = official(&household(v), "2024-06-01");
    expect(&d, "B8", Outcome::Eligible, Some(("125", Period::Month)));
}

// --- B16 清单第5项: 「老年人首次办理证明、确认遗嘱公证的，超过80周岁免费，70周岁至80周岁减半收费。」 ------------------

fn notarising(birth: &str) -> wenzhou_assess::household::Household {
    household(elder_with(
        "ruian",
        "none",
        birth,
        json!({"first_notarisation": true, "legal_need": false}),
    ))
}

#[test]
fn b16_above_80_the_first_will_notarisation_is_free() {
    // §N example 1: 87 > 80 → free; ASSUMED fee 400 → 400 waived.
    let d = training(&notarising("1939-01-10"), "2026-03-01");
    expect(&d, "B16", Outcome::Eligible, Some(("400", Period::Once)));
    // 81 (one day past the 81st birthday) is 超过80周岁.
    let d = training(&notarising("1945-03-01"), "2026-03-01");
    expect(&d, "B16", Outcome::Eligible, Some(("400", Period::Once)));
}

#[test]
fn b16_from_70_to_80_inclusive_the_fee_is_halved() {
    // §N example 13: 75 → half: 400 × 0.5 = 200 waived (he pays 200).
    let d = training(&notarising("1951-01-10"), "2026-03-01");
    expect(&d, "B16", Outcome::Eligible, Some(("200", Period::Once)));
    // Exactly 80 (周岁): 「70周岁至80周岁」 holds, 「超过80周岁」 does not → half.
    let d = training(&notarising("1946-01-10"), "2026-03-01");
    expect(&d, "B16", Outcome::Eligible, Some(("200", Period::Once)));
    // Exactly 70 → half.
    let d = training(&notarising("1956-03-01"), "2026-03-01");
    expect(&d, "B16", Outcome::Eligible, Some(("200", Period::Once)));
    // 69 → no reduction.
    let d = training(&notarising("1956-03-02"), "2026-03-01");
    expect(&d, "B16", Outcome::Ineligible, None);
}

#[test]
fn b16_official_pack_has_no_fee_and_a_legal_need_is_referred() {
    let d = official(&notarising("1939-01-10"), "2026-03-01");
    expect(&d, "B16", Outcome::Eligible, None);
    let v = elder_with("ruian", "none", "1950-01-10", json!({"legal_need": true}));
    expect(
        &official(&household(v), "2026-03-01"),
        "B16",
        Outcome::Refer,
        None,
    );
}

// --- B12, B13, B15 (example 1: an 87-year-old widow living alone in 瑞安) ---------------------------------------------

#[test]
fn b12_b13_b15_example_1_a_widow_living_alone() {
    // 「面向常住的孤寡、独居…」 (清单第15项); 「为具有本市户籍特殊困难老年人提供一定时长的免费居家养老服务」 (三(三)9):
    // ASSUMED 5 h × 30 元 = 150 a month; 「为独居、高龄老年人家庭提供适老化改造」 (清单第16项).
    let v = elder_with(
        "ruian",
        "none",
        "1939-01-10",
        json!({"resident_locally": true, "lives_alone": true, "gua": false, "no_de_facto_carer": false}),
    );
    let d = training(&household(v), "2026-03-01");
    expect(&d, "B12", Outcome::Eligible, None);
    expect(&d, "B13", Outcome::Eligible, Some(("150", Period::Month)));
    expect(&d, "B15", Outcome::Eligible, None);
    expect(&d, "B4", Outcome::Ineligible, None);
}

#[test]
fn b12_b13_ask_the_record_and_b15_needs_alone_aged_gua_or_no_carer() {
    // A 72-year-old is in the target group of 清单第15项 (「孤寡、独居、空巢、留守…老年人」): without a 75号
    // record whether she is one of them is not known — asked for, never read as "no".
    let d = official(
        &household(elder("ruian", "none", "1954-01-10")),
        "2026-03-01",
    );
    expect(&d, "B12", Outcome::Undetermined, None);
    expect_missing(&d, "B12", "members[0].elderly_services.lives_alone");
    expect(&d, "B13", Outcome::Undetermined, None);
    expect(&d, "B15", Outcome::Undetermined, None);
    expect_missing(&d, "B15", "members[0].elderly_services.gua");
    // With the record: 72, not alone, not 孤寡, cared for → no B15.
    let record = json!({"lives_alone": false, "gua": false, "no_de_facto_carer": false,
                        "empty_nest": false, "left_behind": false, "resident_locally": true});
    let d = official(
        &household(elder_with("ruian", "none", "1954-01-10", record)),
        "2026-03-01",
    );
    expect(&d, "B15", Outcome::Ineligible, None);
    // 孤寡 at 72: the one-key alarm (b).
    let v = elder_with("ruian", "none", "1954-01-10", json!({"gua": true}));
    expect(
        &official(&household(v), "2026-03-01"),
        "B15",
        Outcome::Eligible,
        None,
    );
}

// --- B7, B19: 中重度失能失智 养老服务补贴 -----------------------------------------------------------------------------

#[test]
fn b7_elders_without_able_supporters_moderately_disabled_name_the_local_amount() {
    let v = elder_with(
        "wencheng",
        "none",
        "1945-01-10",
        json!({"supporters_dead_or_unable": true, "capability": "moderate"}),
    );
    let d = official(&household(v), "2026-03-01");
    expect_missing(&d, "B7", "param:eld_no_supporter_care_subsidy");
    // Mildly disabled and not demented: not 中重度.
    let mut v = elder_with(
        "wencheng",
        "none",
        "1945-01-10",
        json!({"supporters_dead_or_unable": true, "capability": "mild", "dementia_level": "none"}),
    );
    set(&mut v, "members.0.dementia", json!(false));
    expect(
        &official(&household(v), "2026-03-01"),
        "B7",
        Outcome::Ineligible,
        None,
    );
}

#[test]
fn b19_a_key_youfu_elder_with_severe_dementia_names_the_local_amount() {
    let v = elder_with(
        "taishun",
        "none",
        "1945-01-10",
        json!({"key_youfu": true, "capability": "able", "dementia_level": "severe"}),
    );
    let d = official(&household(v), "2026-03-01");
    expect_missing(&d, "B19", "param:eld_special_contribution_care_subsidy");
}

// --- Priorities and referrals -------------------------------------------------------------------------------------

#[test]
fn b14_an_elder_without_a_capability_assessment_is_referred() {
    let v = elder_with(
        "ruian",
        "none",
        "1950-01-10",
        json!({"capability": "not_assessed"}),
    );
    expect(
        &official(&household(v), "2026-03-01"),
        "B14",
        Outcome::Refer,
        None,
    );
    let v = elder_with("ruian", "none", "1950-01-10", json!({"capability": "mild"}));
    expect(
        &official(&household(v), "2026-03-01"),
        "B14",
        Outcome::Ineligible,
        None,
    );
}

#[test]
fn b17_b18_priorities_for_family_planning_special_families_and_veterans() {
    let mut v = elder("ruian", "none", "1950-01-10");
    set(
        &mut v,
        "fp_family",
        json!({"only_child_lost_or_disabled": true}),
    );
    expect(
        &official(&household(v), "2026-03-01"),
        "B17",
        Outcome::Eligible,
        None,
    );
    let mut v = elder("ruian", "none", "1950-01-10");
    set(&mut v, "members.0.veteran", json!(true));
    let d = official(&household(v), "2026-03-01");
    expect(&d, "B18", Outcome::Eligible, None);
    expect(&d, "B17", Outcome::Ineligible, None);
}

#[test]
fn b9_b20_b21_b24_are_triggered_by_their_recorded_facts() {
    let v = elder_with(
        "ruian",
        "dibao",
        "1950-01-10",
        json!({"hardship_after_dibao": true}),
    );
    expect(
        &official(&household(v), "2026-03-01"),
        "B9",
        Outcome::Refer,
        None,
    );
    let mut v = elder_with(
        "ruian",
        "none",
        "1980-01-10",
        json!({"good_samaritan_disabled": true, "family_support_difficult": true}),
    );
    set(&mut v, "members.0.care_dependency", json!("largely"));
    expect(
        &official(&household(v), "2026-03-01"),
        "B20",
        Outcome::Refer,
        None,
    );
    // §N example 13: a 75-year-old from 江西 living with his son (温州 urban family hukou) in 瓯海.
    let v = elder_with(
        "ouhai",
        "none",
        "1951-01-10",
        json!({"hukou_outside_wenzhou": true, "lives_with_urban_hukou_child": true}),
    );
    let d = official(&household(v), "2026-03-01");
    expect(&d, "B21", Outcome::Eligible, None);
    let v = elder_with("ruian", "none", "1950-01-10", json!({"vagrant": true}));
    expect(
        &official(&household(v), "2026-03-01"),
        "B24",
        Outcome::Refer,
        None,
    );
}

#[test]
fn b10_b11_tekun_elders_by_form_of_support() {
    let mut v = elder("ruian", "none", "1950-01-10");
    set(&mut v, "members.0.tekun", json!("dispersed"));
    let d = official(&household(v), "2026-03-01");
    expect(&d, "B10", Outcome::Eligible, None);
    expect(&d, "B11", Outcome::Ineligible, None);
}

#[test]
fn b6_a_daughter_in_care_training_for_her_disabled_father_is_referred() {
    let mut v = plain_household(
        "pingyang",
        "none",
        vec![
            plain_member("applicant", "1946-01-10"),
            plain_member("child", "1975-01-10"),
        ],
    );
    set(&mut v, "members.0.care_dependency", json!("totally"));
    set(
        &mut v,
        "members.1.elderly_services",
        json!({"attends_care_training": true}),
    );
    let d = official(&household(v), "2026-03-01");
    expect(&d, "B6", Outcome::Refer, None);
}

#[test]
fn b1_takes_over_from_eld_04_when_6hao_expires_on_2025_12_31() {
    // 84 in 鹿城: on 2025-12-31 ELD-04 carries the 60 and B1 is superseded; on 2026-01-01 ELD-04 is out
    // of force and B1 pays at least 60 itself.
    let v = household(elder("lucheng", "none", "1941-06-01"));
    let d = official(&v, "2025-12-31");
    expect(&d, "ELD-04", Outcome::Eligible, Some(("60", Period::Month)));
    assert_eq!(superseded(&d, "B1"), Some("ELD-04"));
    let d = official(&v, "2026-01-01");
    assert!(d.result("ELD-04").is_none());
    expect(&d, "B1", Outcome::Eligible, Some(("60", Period::Month)));
    assert_eq!(superseded(&d, "B1"), None);
}

#[test]
fn b1_an_unknown_birth_date_is_undetermined() {
    let mut v = elder("ruian", "none", "1930-01-01");
    unset(&mut v, "members.0.birth_date");
    expect_missing(
        &official(&household(v), "2026-03-01"),
        "B1",
        "members[0].birth_date",
    );
}

#[test]
fn b3_a_dibian_elder_defers_to_eld_03_while_6hao_is_in_force() {
    // 低边, 70, at home, partly dependent: ELD-03 (「低保低边…养老服务补贴标准，由各地结合实际确定」) gives the person a
    // result (undetermined: local standard) → B3, the same subsidy, is superseded by it.
    let mut v = elder("yongjia", "dibian", "1954-01-10");
    set(&mut v, "members.0.care_dependency", json!("partly"));
    set(&mut v, "members.0.dementia", json!(false));
    set(&mut v, "members.0.elderly_care_setting", json!("home"));
    let d = official(&household(v), "2024-06-01");
    assert_eq!(member_superseded(&d, "B3", 0), Some("ELD-03"));
    expect(&d, "B3", Outcome::Ineligible, None);
}

#[test]
fn b4_b5_a_dibao_elder_partly_dependent() {
    // 「为经济困难的老年人家庭提供适老化改造服务」 (清单第8项): 低保 → in kind.
    // 「为符合条件的失能老年人提供护理补贴」 (清单第9项): 失能, county conditions → refer.
    let mut v = elder("cangnan", "dibao", "1950-01-10");
    set(&mut v, "members.0.care_dependency", json!("partly"));
    let d = official(&household(v), "2026-06-01");
    expect(&d, "B4", Outcome::Eligible, None);
    expect(&d, "B5", Outcome::Refer, None);
    // Self-caring, not poor: neither.
    let mut v = elder("cangnan", "none", "1950-01-10");
    set(&mut v, "members.0.care_dependency", json!("none"));
    let d = official(&household(v), "2026-06-01");
    expect(&d, "B4", Outcome::Ineligible, None);
    expect(&d, "B5", Outcome::Ineligible, None);
}

#[test]
fn b12_runs_from_2023_10_01_to_2027_09_30() {
    let v = household(elder_with(
        "ruian",
        "none",
        "1950-01-10",
        json!({"resident_locally": true, "empty_nest": true}),
    ));
    assert!(official(&v, "2023-09-30").result("B12").is_none());
    expect(&official(&v, "2023-10-01"), "B12", Outcome::Eligible, None);
    expect(&official(&v, "2027-09-30"), "B12", Outcome::Eligible, None);
    assert!(official(&v, "2027-10-01").result("B12").is_none());
}

#[test]
fn b12_needs_habitual_residence_and_names_an_unknown_category() {
    // Not 常住: no visits (hukou is not the test).
    let v = elder_with(
        "ruian",
        "none",
        "1950-01-10",
        json!({"resident_locally": false, "lives_alone": true}),
    );
    expect(
        &official(&household(v), "2026-03-01"),
        "B12",
        Outcome::Ineligible,
        None,
    );
    // Resident, every category no except 独居 unknown: undetermined naming it.
    let mut v = elder_with(
        "ruian",
        "none",
        "1950-01-10",
        json!({"resident_locally": true, "gua": false, "empty_nest": false, "left_behind": false}),
    );
    set(&mut v, "members.0.care_dependency", json!("none"));
    expect_missing(
        &official(&household(v), "2026-03-01"),
        "B12",
        "members[0].elderly_services.lives_alone",
    );
}

#[test]
fn b3_b7_b19_one_care_service_subsidy_the_highest() {
    // A 特困 elder (B3: 经济困难) whose supporters are dead, moderately disabled (B7). Local amounts B3 300,
    // B7 400 (a county notice, made up for the test): the same 「养老服务补贴」 → paid once, 400 under B7.
    use wenzhou_assess::engine::{TraceMode, assess};
    use wenzhou_assess::policy::ParamSet;
    use wenzhou_assess::policy::pack::Pack;
    let mut v = elder_with(
        "wencheng",
        "none",
        "1945-01-10",
        json!({"supporters_dead_or_unable": true, "capability": "moderate", "key_youfu": false, "organ_donor_family": false}),
    );
    set(&mut v, "members.0.tekun", json!("dispersed"));
    let mut local = String::from(
        "[pack]\nid = \"local\"\nname_zh = \"本地\"\nname_en = \"Local\"\nofficial = false\nextends = \"official\"\n\n",
    );
    for (key, value) in [
        ("eld_hardship_care_subsidy", "300"),
        ("eld_no_supporter_care_subsidy", "400"),
    ] {
        local.push_str(&format!(
            "[[param]]\nkey = \"{key}\"\nvalue = \"{value}\"\narea = \"all\"\nvalid_from = 2023-10-01\nvalid_to = 2027-09-30\nofficial = false\ncitation = \"local notice\"\nconfidence = \"high\"\n\n"
        ));
    }
    let set = ParamSet::official()
        .unwrap()
        .with_layer(Pack::parse("local.toml", &local).unwrap())
        .unwrap();
    let d = assess(&household(v), date("2026-06-01"), &set, TraceMode::On).unwrap();
    expect(&d, "B7", Outcome::Eligible, Some(("400", Period::Month)));
    expect(&d, "B3", Outcome::Ineligible, None);
    assert_eq!(member_superseded(&d, "B3", 0), Some("B7"));
    expect(&d, "B19", Outcome::Ineligible, None);
}

#[test]
fn b5_and_b16_name_the_local_amount_they_lack() {
    // 清单第9项 「为符合条件的失能老年人提供护理补贴」: the amount is local; the official pack has none, so the
    // referral has no figure and says which local value is missing, instead of a silent gap.
    let mut v = elder("cangnan", "dibao", "1950-01-10");
    set(&mut v, "members.0.care_dependency", json!("partly"));
    let d = official(&household(v), "2026-06-01");
    expect(&d, "B5", Outcome::Refer, None);
    let i = d.index_of("B5").unwrap();
    assert!(
        d.conditions_of(i)
            .any(|c| c.key == "cond-eld-care-allowance-local")
    );
    // 清单第5项: a first notarisation above 80 is free; the fee itself is local.
    let d = official(&notarising("1939-01-10"), "2026-03-01");
    expect(&d, "B16", Outcome::Eligible, None);
    let i = d.index_of("B16").unwrap();
    assert!(
        d.conditions_of(i)
            .any(|c| c.key == "cond-eld-notary-fee-local")
    );
}
