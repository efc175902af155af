//! Golden households for special education: 温政办〔2023〕68号 三(四)14 (A3–A7) and the priorities and
//! referrals of 三(一)–三(四) (A2, A8–A10, A12, A13), with rules-other §N examples 5–7.
//!
//! Expected values are worked out by hand from the clauses. The only gazette figure is the transport
//! floor 「每学期每生400元以上」; the 保育费 standard, the county transport rate and the 国家助学金 are not
//! in the seeds: the training pack's ASSUMED values of §N (400, 平阳 1800) and an illustrative 2000.

use crate::common::*;
use serde_json::{Value, json};
use wenzhou_assess::engine::{AmountKind, Outcome, Period, TraceMode, assess};
use wenzhou_assess::policy::ParamSet;
use wenzhou_assess::policy::pack::Pack;

/// A household in `area` with `status`: a parent born 1985 and a child born `birth`, certified
/// disabled (grade `grade`, `category`), at `school`.
fn family(area: &str, status: &str, birth: &str, school: &str, grade: u8, category: &str) -> Value {
    let mut child = plain_member("child", birth);
    child["disabled"] = json!(true);
    child["disability_grade"] = json!(grade);
    child["disability_category"] = json!(category);
    child["schooling"] = json!(school);
    plain_household(
        area,
        status,
        vec![plain_member("applicant", "1985-01-01"), child],
    )
}

fn amount_kind(d: &wenzhou_assess::engine::Determination, id: &str) -> AmountKind {
    d.result(id).unwrap().amount.unwrap().kind
}

// --- §N example 5: 8-year-old, 二级智力残疾 (持证), 随班就读 at a primary school in 瓯海, 低边 ------------------

fn example_5() -> Value {
    let mut v = family(
        "ouhai",
        "dibian",
        "2017-03-01",
        "primary",
        2,
        "intellectual",
    );
    set(
        &mut v,
        "members.1.special_education",
        json!({ "placement": "regular_class", "aid_conditions_met": true }),
    );
    v
}

#[test]
fn a3_a7_example_5_a_primary_pupil_studies_free_and_gets_800_a_year_for_transport() {
    // A3 「对就读义务教育学校且符合资助条件的残疾学生实行全免费教育」: a waiver, no amount.
    // A7 「每学期每生400元以上」: 瓯海 rate ASSUMED 400 × 2 semesters = 800 元/学年.
    let d = training(&household(example_5()), "2025-06-01");
    expect(&d, "A3", Outcome::Eligible, None);
    assert!(d.result("A3").unwrap().amount.is_none());
    expect(
        &d,
        "A7",
        Outcome::Eligible,
        Some(("800", Period::SchoolYear)),
    );
    assert_eq!(amount_kind(&d, "A7"), AmountKind::Exact);
    // A8 assistive devices and A9 rehabilitation: priorities, no amount.
    expect(&d, "A8", Outcome::Eligible, None);
    expect(&d, "A9", Outcome::Eligible, None);
    // Enrolled (A2 refers only a child out of school); not at a 特校 (A4); not 高中 (A5) or 幼儿园 (A6).
    for id in ["A2", "A4", "A5", "A6"] {
        expect(&d, id, Outcome::Ineligible, None);
    }
}

#[test]
fn a7_under_the_official_pack_is_the_floor_of_400_a_semester_as_at_least_800() {
    // No county rate in the seeds: 400 × 2 = 800, 「以上」 → at least.
    let d = official(&household(example_5()), "2025-06-01");
    expect(
        &d,
        "A7",
        Outcome::Eligible,
        Some(("800", Period::SchoolYear)),
    );
    assert_eq!(amount_kind(&d, "A7"), AmountKind::AtLeast);
}

#[test]
fn a3_asks_whether_the_aid_conditions_are_met_and_needs_a_disabled_student() {
    let mut v = example_5();
    unset(&mut v, "members.1.special_education.aid_conditions_met");
    let d = official(&household(v), "2025-06-01");
    expect_missing(&d, "A3", "members[1].special_education.aid_conditions_met");
    // The school says the conditions are not met.
    let mut v = example_5();
    set(
        &mut v,
        "members.1.special_education.aid_conditions_met",
        json!(false),
    );
    expect(
        &official(&household(v), "2025-06-01"),
        "A3",
        Outcome::Ineligible,
        None,
    );
    // A pupil without a certificate and no special-education record: not a disabled student.
    let mut v = example_5();
    set(&mut v, "members.1.disabled", json!(false));
    unset(&mut v, "members.1.special_education");
    let d = official(&household(v), "2025-06-01");
    for id in ["A3", "A7", "A8", "A9"] {
        expect(&d, id, Outcome::Ineligible, None);
    }
}

#[test]
fn a_household_without_a_disabled_child_is_asked_nothing() {
    let h = household(plain_household(
        "ouhai",
        "none",
        vec![
            plain_member("applicant", "1985-01-01"),
            plain_member("child", "2015-01-01"),
        ],
    ));
    let d = official(&h, "2025-06-01");
    for id in [
        "A2", "A3", "A4", "A5", "A6", "A7", "A8", "A9", "A10", "A12", "A13",
    ] {
        expect(&d, id, Outcome::Ineligible, None);
    }
}

// --- §N example 6: 5-year-old autistic child (持证 精神残疾 四级) at a private kindergarten in 平阳 ----------

fn example_6() -> Value {
    let mut v = family("pingyang", "none", "2020-01-10", "preschool", 4, "mental");
    set(
        &mut v,
        "members.1.special_education",
        json!({ "placement": "regular_class", "autism": true }),
    );
    v
}

#[test]
fn a6_a7_example_6_kindergarten_subsidy_3600_plus_transport_800() {
    // A6 「按当地公办三级幼儿园保育费标准给予补助」: 平阳 ASSUMED 1800 元/学期 × 2 = 3600 元/学年 (the text
    // does not distinguish public and private kindergartens). A7: 400 × 2 = 800. Total 4400.
    let d = training(&household(example_6()), "2025-06-01");
    expect(
        &d,
        "A6",
        Outcome::Eligible,
        Some(("3600", Period::SchoolYear)),
    );
    expect(
        &d,
        "A7",
        Outcome::Eligible,
        Some(("800", Period::SchoolYear)),
    );
    // A10: identified autistic → ask the county about 助教陪读 (「逐步建立」).
    expect(&d, "A10", Outcome::Refer, None);
    // Grade 4, one category: not severe or multiple.
    expect(&d, "A12", Outcome::Ineligible, None);
}

#[test]
fn a6_is_undetermined_under_the_official_pack_naming_the_local_care_fee() {
    let d = official(&household(example_6()), "2025-06-01");
    expect_missing(&d, "A6", "param:sped_kg_care_fee_per_semester");
}

// --- §N example 7: 14-year-old, 持证 听力残疾, boarding at a special school ------------------------------------

fn example_7(placement: &str) -> Value {
    let mut v = family(
        "lucheng",
        "none",
        "2011-02-01",
        "junior_secondary",
        3,
        "hearing",
    );
    set(
        &mut v,
        "members.1.special_education",
        json!({ "placement": placement, "aid_conditions_met": true, "meal_fee_per_semester": "1500" }),
    );
    v
}

#[test]
fn a4_example_7_the_meal_waiver_is_worth_3000_and_transport_800() {
    // A4 「对在特校就读的持证残疾学生免收伙食费」: ASSUMED 1500 × 2 = 3000 元/学年 in kind (a waiver, not cash).
    // A3 full free compulsory education; A7 400 × 2 = 800 (a boarder travels home too).
    let d = training(&household(example_7("special_school")), "2025-06-01");
    expect(
        &d,
        "A4",
        Outcome::Eligible,
        Some(("3000", Period::SchoolYear)),
    );
    assert_eq!(
        d.result("A4").unwrap().form,
        wenzhou_assess::engine::Form::Waiver
    );
    expect(&d, "A3", Outcome::Eligible, None);
    expect(
        &d,
        "A7",
        Outcome::Eligible,
        Some(("800", Period::SchoolYear)),
    );
    // A13: a disabled student in junior secondary school → vocational training and exam accommodations.
    expect(&d, "A13", Outcome::Refer, None);
}

#[test]
fn a4_only_at_a_special_school_and_only_with_a_certificate() {
    // A special class inside an ordinary school is not a 特校.
    let d = training(&household(example_7("special_class")), "2025-06-01");
    expect(&d, "A4", Outcome::Ineligible, None);
    // Recognised as a disabled student without a certificate: A7 (「残疾学生」) yes, A4 (「持证」) no.
    let mut v = example_7("special_school");
    set(&mut v, "members.1.disabled", json!(false));
    set(
        &mut v,
        "members.1.special_education.assessed_disabled",
        json!(true),
    );
    let d = training(&household(v), "2025-06-01");
    expect(&d, "A4", Outcome::Ineligible, None);
    expect(
        &d,
        "A7",
        Outcome::Eligible,
        Some(("800", Period::SchoolYear)),
    );
    // The placement unknown: A4 undetermined naming it.
    let mut v = example_7("special_school");
    unset(&mut v, "members.1.special_education.placement");
    expect_missing(
        &official(&household(v), "2025-06-01"),
        "A4",
        "members[1].special_education.placement",
    );
    // Without the fee the waiver stands, with no value.
    let mut v = example_7("special_school");
    unset(&mut v, "members.1.special_education.meal_fee_per_semester");
    let d = official(&household(v), "2025-06-01");
    expect(&d, "A4", Outcome::Eligible, None);
    assert!(d.result("A4").unwrap().amount.is_none());
}

// --- A5: 「对就读高中学校的残疾学生实行相关免费政策和国家助学金」 ----------------------------------------------------

#[test]
fn a5_the_national_grant_is_not_in_the_seeds_so_the_official_pack_names_it() {
    let v = family("ruian", "none", "2008-05-01", "senior_high", 3, "physical");
    let d = official(&household(v.clone()), "2025-06-01");
    expect_missing(&d, "A5", "param:sped_national_grant_per_school_year");
    // Training pack: illustrative 2000 元/学年.
    let d = training(&household(v), "2025-06-01");
    expect(
        &d,
        "A5",
        Outcome::Eligible,
        Some(("2000", Period::SchoolYear)),
    );
}

#[test]
fn a5_secondary_vocational_counts_as_high_school_by_the_reading_of_the_official_pack() {
    let v = family(
        "ruian",
        "none",
        "2008-05-01",
        "secondary_vocational",
        3,
        "physical",
    );
    let d = training(&household(v), "2025-06-01");
    expect(
        &d,
        "A5",
        Outcome::Eligible,
        Some(("2000", Period::SchoolYear)),
    );
    // A university student is not in a 高中学校, nor in the plan's 15 years (A7).
    let v = family("ruian", "none", "2004-05-01", "bachelor", 3, "physical");
    let d = training(&household(v), "2025-06-01");
    expect(&d, "A5", Outcome::Ineligible, None);
    expect(&d, "A7", Outcome::Ineligible, None);
}

const NATIONAL_GRANT_CITY_LEVEL: &str = r#"[pack]
id = "grant-city-level"
name_zh = "情景：国家助学金按同级财政同类助学补助处理"
name_en = "Scenario: the national grant as a same-level grant"
official = false
extends = "training"

[[param]]
key = "sped_national_grant_city_level"
value = true
area = "all"
valid_from = 2023-08-03
valid_to = 9999-12-31
official = false
citation = "培训情景（非官方）"
"#;

#[test]
fn a5_stacks_with_the_city_disabled_student_grant_unless_a_pack_puts_it_in_the_same_group() {
    // 市区 低保 disabled student at 普通高中: EDU-02 (6号 第18条, 「由市级给予」) 2000 元/学年, and A5's
    // 国家助学金 2000 (training): not 同级财政 (6号 附则 第2点「同级财政同类助学补助…就高执行」) → both paid.
    let v = family(
        "lucheng",
        "dibao",
        "2008-05-01",
        "senior_high",
        3,
        "physical",
    );
    let h = household(v);
    let d = training(&h, "2025-06-01");
    expect(
        &d,
        "EDU-02",
        Outcome::Eligible,
        Some(("2000", Period::SchoolYear)),
    );
    expect(
        &d,
        "A5",
        Outcome::Eligible,
        Some(("2000", Period::SchoolYear)),
    );
    // Where a pack says the grant is 同级财政: one of the two, the higher; on a tie EDU-02 (listed first).
    let set = ParamSet::training()
        .unwrap()
        .with_layer(Pack::parse("scenario.toml", NATIONAL_GRANT_CITY_LEVEL).unwrap())
        .unwrap();
    let d = assess(&h, date("2025-06-01"), &set, TraceMode::On).unwrap();
    expect(
        &d,
        "EDU-02",
        Outcome::Eligible,
        Some(("2000", Period::SchoolYear)),
    );
    let a5 = d.result("A5").unwrap();
    assert_eq!(a5.outcome, Outcome::Ineligible);
    assert_eq!(a5.superseded_by, Some("EDU-02"));
}

// --- A2, A9, A12: referrals and priorities ----------------------------------------------------------------------

#[test]
fn a2_refers_a_disabled_child_aged_3_to_18_who_is_not_in_school() {
    // 「为3—18周岁适龄残疾儿童青少年提供优质特殊教育服务」: 18 included, 19 not.
    let v = family("wencheng", "none", "2007-06-01", "none", 1, "multiple");
    let d = official(&household(v), "2025-06-01");
    expect(&d, "A2", Outcome::Refer, None);
    // Grade 1 and multiple, but 18 is no longer a 儿童 (未满18) for A12 (「重度、多重残疾孤困儿童」).
    expect(&d, "A12", Outcome::Ineligible, None);
    let v = family("wencheng", "none", "2006-05-31", "none", 1, "multiple");
    let d = official(&household(v), "2025-06-01");
    expect(&d, "A2", Outcome::Ineligible, None);
    // At 17 the severe, multiply disabled child is referred (A2 and A12).
    let v = family("wencheng", "none", "2008-01-01", "none", 1, "multiple");
    let d = official(&household(v), "2025-06-01");
    expect(&d, "A2", Outcome::Refer, None);
    expect(&d, "A12", Outcome::Refer, None);
    // 2 years old: below the plan's 3, but a 残疾儿童 for rehabilitation priority (A9).
    let v = family("wencheng", "none", "2023-01-01", "none", 2, "physical");
    let d = official(&household(v), "2025-06-01");
    expect(&d, "A2", Outcome::Ineligible, None);
    expect(&d, "A9", Outcome::Eligible, None);
}

#[test]
fn a12_without_grade_or_category_is_undetermined() {
    let mut v = family("wencheng", "none", "2015-01-01", "primary", 1, "physical");
    unset(&mut v, "members.1.disability_grade");
    unset(&mut v, "members.1.disability_category");
    let d = official(&household(v), "2025-06-01");
    expect_missing(&d, "A12", "members[1].disability_grade");
}

// --- 68号 in force from its issue date, 2023-08-03 (000 L87); no end stated ------------------------------------

#[test]
fn rules_of_68_run_from_2023_08_03_and_not_the_day_before_and_have_no_end() {
    let h = household(example_5());
    assert!(official(&h, "2023-08-02").result("A7").is_none());
    expect(
        &official(&h, "2023-08-03"),
        "A7",
        Outcome::Eligible,
        Some(("800", Period::SchoolYear)),
    );
    // No end date: the floor still applies in 2030 (the child, born 2017, is then in junior secondary).
    expect(
        &official(&h, "2030-06-01"),
        "A7",
        Outcome::Eligible,
        Some(("800", Period::SchoolYear)),
    );
}

const LOW_TRANSPORT_RATE: &str = r#"[pack]
id = "low-transport"
name_zh = "有误的本地参数：交通费补助300元"
name_en = "Faulty local value: transport subsidy 300"
official = false
extends = "training"

[[param]]
key = "sped_transport_per_semester"
value = "300"
area = "pingyang"
valid_from = 2024-01-01
valid_to = 2024-12-31
official = false
citation = "测试"
"#;

#[test]
fn a7_a_county_rate_below_400_is_warned_about_and_raised_to_the_floor() {
    // 「每学期每生400元以上」: 300 < 400 → a pack warning naming 68号, and the rule pays at least 400 × 2 = 800.
    let set = ParamSet::training()
        .unwrap()
        .with_layer(Pack::parse("low.toml", LOW_TRANSPORT_RATE).unwrap())
        .unwrap();
    let w = set
        .warnings()
        .into_iter()
        .find(|w| w.key == "warn-sped-transport-below-floor")
        .expect("warning");
    assert_eq!(
        (w.area, w.actual, w.limit),
        ("pingyang", dec("300"), dec("400"))
    );
    assert_eq!(w.clause, "温政办〔2023〕68号 三(四)14");
    let d = assess(
        &household(example_6()),
        date("2024-06-01"),
        &set,
        TraceMode::On,
    )
    .unwrap();
    expect(
        &d,
        "A7",
        Outcome::Eligible,
        Some(("800", Period::SchoolYear)),
    );
    assert_eq!(amount_kind(&d, "A7"), AmountKind::AtLeast);
}

#[test]
fn a4_asks_where_a_certified_disabled_pupil_studies_when_no_record_says() {
    // 「对在特校就读的持证残疾学生免收伙食费」: a certified disabled pupil is in the group; with no special-
    // education record whether the pupil is at a 特校 decides, so it is asked, not read as "no".
    let mut v = example_7("special_school");
    v["members"][1]
        .as_object_mut()
        .unwrap()
        .remove("special_education");
    let d = training(&household(v), "2025-06-01");
    expect(&d, "A4", Outcome::Undetermined, None);
    expect_missing(&d, "A4", "members[1].special_education.placement");
}
