//! Golden households for education: 温政发〔2022〕6号 第17条 (EDU-01), 第18条 (EDU-02…EDU-05) and 第27条
//! (EDU-06), with rules-core §10 E14 and errata 3 (a one-off certificate grant and a school-year grant
//! to the same person in one year: only the higher is paid).
//!
//! Expected values are worked out by hand from the clause. Training pack: provincial meal standard
//! 5 元/日 × 200 school days; 计生 grant per school year, city-funded, 中专 counted as 高中. The grant
//! figures of 第18条 are the gazette's own (official pack).

use crate::common::*;
use serde_json::{Value, json};
use wenzhou_assess::engine::{Determination, Outcome, Period};

// --- helpers (local to this file) ---------------------------------------------------------------------

/// The rule that superseded a member's result under a person-level rule.
fn member_superseded(d: &Determination, id: &str, member: u16) -> Option<&'static str> {
    d.member_results(id)
        .find(|m| m.member == member)
        .unwrap_or_else(|| panic!("{id}: no result for member {member}"))
        .superseded_by
}

/// A two-person household in `area` with `status`: a parent (applicant) and a child born `birth`
/// at `schooling`.
fn parent_and_child(area: &str, status: &str, birth: &str, schooling: &str) -> Value {
    let mut v = plain_household(
        area,
        status,
        vec![
            plain_member("applicant", "1975-01-01"),
            plain_member("child", birth),
        ],
    );
    set(&mut v, "members.1.schooling", json!(schooling));
    v
}

/// The same with the child holding a disability certificate.
fn disabled_student(area: &str, status: &str, birth: &str, schooling: &str) -> Value {
    let mut v = parent_and_child(area, status, birth, schooling);
    set(&mut v, "members.1.disabled", json!(true));
    v
}

// --- document dates ------------------------------------------------------------------------------------

#[test]
fn edu_02_exists_only_while_6hao_is_in_force() {
    // 6号 附则: 「本政策自2022年5月1日起施行，有效期至2025年12月31日」.
    let h = household(disabled_student(
        "lucheng",
        "dibao",
        "2004-03-01",
        "bachelor",
    ));
    assert!(
        official(&h, "2022-04-30").result("EDU-02").is_none(),
        "day before 6号"
    );
    assert!(
        official(&h, "2022-05-01").result("EDU-02").is_some(),
        "first day of 6号"
    );
    assert!(
        official(&h, "2025-12-31").result("EDU-02").is_some(),
        "last day of 6号"
    );
    assert!(
        official(&h, "2026-01-01").result("EDU-02").is_none(),
        "after 6号"
    );
}

// --- EDU-01: 6号 第17条 「将全市农村义务教育营养餐享受对象扩面至全市所有义务教育学校内资助对象，营养餐补助标准按全省
//     标准的1.6倍执行」 --------------------------------------------------------------------------------------------

fn pupil(area: &str, schooling: &str, aid_recipient: bool) -> Value {
    let mut v = parent_and_child(area, "none", "2013-03-01", schooling);
    set(
        &mut v,
        "members.1.student_aid_recipient",
        json!(aid_recipient),
    );
    v
}

#[test]
fn edu_01_aided_pupil_in_compulsory_school_gets_meals_at_1_6_times_the_provincial_standard() {
    // E14: 1.6 × 5 元/日 × 200 days = 1600 元 per school year; whole city (「全市所有义务教育学校」): 瑞安 too.
    for schooling in ["primary", "junior_secondary"] {
        let d = training(&household(pupil("ruian", schooling, true)), "2024-06-01");
        expect(
            &d,
            "EDU-01",
            Outcome::Eligible,
            Some(("1600", Period::SchoolYear)),
        );
    }
}

#[test]
fn edu_01_pupil_who_is_no_aid_recipient_or_not_in_compulsory_school_gets_nothing() {
    // 「资助对象」 only.
    expect(
        &training(&household(pupil("ruian", "primary", false)), "2024-06-01"),
        "EDU-01",
        Outcome::Ineligible,
        None,
    );
    // 「义务教育」: a senior-high student is outside it.
    expect(
        &training(
            &household(pupil("ruian", "senior_high", true)),
            "2024-06-01",
        ),
        "EDU-01",
        Outcome::Ineligible,
        None,
    );
}

#[test]
fn edu_01_official_pack_lacks_the_provincial_meal_standard() {
    let d = official(&household(pupil("lucheng", "primary", true)), "2024-06-01");
    expect_missing(&d, "EDU-01", "param:provincial_meal_standard_daily");
}

#[test]
fn edu_01_unknown_aid_status_is_undetermined() {
    let mut v = pupil("lucheng", "primary", true);
    unset(&mut v, "members.1.student_aid_recipient");
    expect_missing(
        &training(&household(v), "2024-06-01"),
        "EDU-01",
        "members[1].student_aid_recipient",
    );
}

// --- EDU-02: 6号 第18条 「对市区低保低边残疾学生及残疾人家庭的未成年子女、已成年未独立生活子女由市级给予助学补助，其中
//     中专（高中）、大专、本科以上每人每学年分别补助2000元、3000元、4000元，参加成人高考、自学考试并取得相应证书的一次性
//     补助3500元。」 -----------------------------------------------------------------------------------------------

#[test]
fn edu_02_dibao_disabled_son_at_university_gets_4000_per_school_year() {
    // E14: 市区 低保, disabled son in 本科 → 4000 (「本科以上」 includes 本科).
    let d = official(
        &household(disabled_student(
            "lucheng",
            "dibao",
            "2004-03-01",
            "bachelor",
        )),
        "2024-09-01",
    );
    expect(
        &d,
        "EDU-02",
        Outcome::Eligible,
        Some(("4000", Period::SchoolYear)),
    );
    // The parent is neither disabled nor a child of a disabled person.
    assert_eq!(member_outcome(&d, "EDU-02", 0), Outcome::Ineligible);
}

#[test]
fn edu_02_grant_levels_secondary_college_postgraduate() {
    // 中专（高中） 2000; 大专 3000; 硕士 (本科以上) 4000.
    for (schooling, want) in [
        ("secondary_vocational", "2000"),
        ("senior_high", "2000"),
        ("junior_college", "3000"),
        ("postgraduate", "4000"),
    ] {
        let d = official(
            &household(disabled_student(
                "longwan",
                "dibian",
                "2003-03-01",
                schooling,
            )),
            "2024-09-01",
        );
        expect(
            &d,
            "EDU-02",
            Outcome::Eligible,
            Some((want, Period::SchoolYear)),
        );
    }
}

#[test]
fn edu_02_healthy_minor_daughter_of_disabled_mother_in_dibian_gets_2000() {
    // E14: 市区 低边, disabled mother, healthy daughter (16) in 高中 → 「残疾人家庭的未成年子女」 → 2000.
    let mut v = parent_and_child("ouhai", "dibian", "2008-03-01", "senior_high");
    set(&mut v, "members.0.disabled", json!(true));
    expect(
        &official(&household(v), "2024-09-01"),
        "EDU-02",
        Outcome::Eligible,
        Some(("2000", Period::SchoolYear)),
    );
}

#[test]
fn edu_02_child_of_disabled_parent_stops_being_a_minor_on_the_18th_birthday() {
    // Daughter born 2006-09-01 in 高中, disabled mother, adult daughter not recorded as dependent.
    // 2024-08-31: age 17 → 未成年子女 → 2000. 2024-09-01: age 18 → no longer 未成年, and not
    // 「已成年未独立生活」 → nothing.
    let mut v = parent_and_child("lucheng", "dibao", "2006-09-01", "senior_high");
    set(&mut v, "members.0.disabled", json!(true));
    let h = household(v);
    expect(
        &official(&h, "2024-08-31"),
        "EDU-02",
        Outcome::Eligible,
        Some(("2000", Period::SchoolYear)),
    );
    expect(
        &official(&h, "2024-09-01"),
        "EDU-02",
        Outcome::Ineligible,
        None,
    );
}

#[test]
fn edu_02_adult_child_not_living_independently_is_covered() {
    // 「已成年未独立生活子女」: daughter 20 in 大专, disabled father, not independent → 3000.
    let mut v = parent_and_child("lucheng", "dibao", "2004-03-01", "junior_college");
    set(&mut v, "members.0.disabled", json!(true));
    set(&mut v, "members.1.adult_not_independent", json!(true));
    expect(
        &official(&household(v), "2024-09-01"),
        "EDU-02",
        Outcome::Eligible,
        Some(("3000", Period::SchoolYear)),
    );
}

#[test]
fn edu_02_unknown_independence_of_an_adult_child_is_undetermined() {
    let mut v = parent_and_child("lucheng", "dibao", "2004-03-01", "junior_college");
    set(&mut v, "members.0.disabled", json!(true));
    unset(&mut v, "members.1.adult_not_independent");
    expect_missing(
        &official(&household(v), "2024-09-01"),
        "EDU-02",
        "members[1].adult_not_independent",
    );
}

#[test]
fn edu_02_certificate_and_school_year_grant_in_one_year_pays_only_the_higher() {
    // 中专 disabled student who also obtained a 成人高考 certificate this year: 2000 per school year and
    // 3500 one-off are both city 助学补助 → 附则 「同一人同一年度…不重复享受，就高执行」 (errata 3):
    // max(2000, 3500) = 3500, once.
    let mut v = disabled_student("lucheng", "dibao", "2005-03-01", "secondary_vocational");
    set(&mut v, "members.1.adult_exam_certificate", json!(true));
    expect(
        &official(&household(v), "2024-09-01"),
        "EDU-02",
        Outcome::Eligible,
        Some(("3500", Period::Once)),
    );
}

#[test]
fn edu_02_unknown_certificate_of_a_secondary_student_leaves_the_amount_open() {
    // 中专 disabled student, certificate unknown: max(2000, 3500) = 3500 if obtained, 2000 if not →
    // the unknown fact decides the amount → undetermined.
    let mut v = disabled_student("lucheng", "dibao", "2005-03-01", "secondary_vocational");
    unset(&mut v, "members.1.adult_exam_certificate");
    expect_missing(
        &official(&household(v), "2024-09-01"),
        "EDU-02",
        "members[1].adult_exam_certificate",
    );
}

#[test]
fn edu_02_unknown_certificate_of_a_university_student_does_not_matter() {
    // 本科 disabled student, certificate unknown: max(4000, 3500) = 4000 = max(4000, 0) → 4000 either way.
    let mut v = disabled_student("lucheng", "dibao", "2004-03-01", "bachelor");
    unset(&mut v, "members.1.adult_exam_certificate");
    expect(
        &official(&household(v), "2024-09-01"),
        "EDU-02",
        Outcome::Eligible,
        Some(("4000", Period::SchoolYear)),
    );
}

#[test]
fn edu_02_county_hukou_is_outside_shiqu() {
    // E14: 「市区」 only; 乐清 → nothing (refer to the county).
    let d = official(
        &household(disabled_student(
            "yueqing",
            "dibao",
            "2004-03-01",
            "bachelor",
        )),
        "2024-09-01",
    );
    expect(&d, "EDU-02", Outcome::Ineligible, None);
}

#[test]
fn edu_02_compulsory_school_pupil_is_not_at_a_grant_level() {
    // The levels are 中专（高中）、大专、本科以上: a disabled 初中 pupil gets nothing.
    let d = official(
        &household(disabled_student(
            "lucheng",
            "dibao",
            "2011-03-01",
            "junior_secondary",
        )),
        "2024-09-01",
    );
    expect(&d, "EDU-02", Outcome::Ineligible, None);
}

#[test]
fn edu_02_unknown_schooling_of_a_disabled_student_is_undetermined() {
    let mut v = disabled_student("lucheng", "dibao", "2004-03-01", "bachelor");
    unset(&mut v, "members.1.schooling");
    expect_missing(
        &official(&household(v), "2024-09-01"),
        "EDU-02",
        "members[1].schooling",
    );
}

#[test]
fn edu_02_and_edu_05_to_the_same_son_pay_4000_not_8000() {
    // E14: the 低保 disabled son in 本科 is also a child of a 市区 计生困难家庭: EDU-02 4000 and EDU-05
    // (大学) 4000 are 同级财政同类助学补助 → max(4000, 4000) = 4000; the tie goes to EDU-02.
    let mut v = disabled_student("lucheng", "dibao", "2004-03-01", "bachelor");
    set(&mut v, "fp_hardship_family", json!(true));
    let d = training(&household(v), "2024-09-01");
    expect(
        &d,
        "EDU-02",
        Outcome::Eligible,
        Some(("4000", Period::SchoolYear)),
    );
    assert_eq!(member_outcome(&d, "EDU-05", 1), Outcome::Ineligible);
    assert_eq!(member_superseded(&d, "EDU-05", 1), Some("EDU-02"));
}

// --- EDU-03: 6号 第18条 「对市区非低保低边残疾学生由市级给予助学补助，其中中专（高中）、大专、本科以上每人每学年分别补助
//     1000元、2000元、3000元，参加成人高考、自学考试并取得相应证书的一次性补助2500元。」 -----------------------------------

#[test]
fn edu_03_non_dibao_disabled_students_get_1000_2000_3000() {
    // E14: 市区, not 低保/低边, disabled student in 大专 → 2000.
    for (schooling, want) in [
        ("senior_high", "1000"),
        ("junior_college", "2000"),
        ("bachelor", "3000"),
    ] {
        let d = official(
            &household(disabled_student("dongtou", "none", "2004-03-01", schooling)),
            "2024-09-01",
        );
        expect(
            &d,
            "EDU-03",
            Outcome::Eligible,
            Some((want, Period::SchoolYear)),
        );
    }
}

#[test]
fn edu_03_certificate_in_the_same_year_as_the_college_grant_pays_only_the_higher() {
    // E14 「with a 自考 certificate → +2500 one-off」, overridden by errata 3: max(2000, 2500) = 2500, once.
    let mut v = disabled_student("lucheng", "none", "2004-03-01", "junior_college");
    set(&mut v, "members.1.adult_exam_certificate", json!(true));
    expect(
        &official(&household(v), "2024-09-01"),
        "EDU-03",
        Outcome::Eligible,
        Some(("2500", Period::Once)),
    );
}

#[test]
fn edu_03_certificate_alone_out_of_school_gives_the_one_off_2500() {
    // A disabled adult not in school who obtained a 自学考试 certificate this year → 2500 once.
    let mut v = plain_household(
        "lucheng",
        "none",
        vec![plain_member("applicant", "1990-01-01")],
    );
    set(&mut v, "members.0.disabled", json!(true));
    set(&mut v, "members.0.adult_exam_certificate", json!(true));
    expect(
        &official(&household(v), "2024-09-01"),
        "EDU-03",
        Outcome::Eligible,
        Some(("2500", Period::Once)),
    );
}

#[test]
fn edu_03_does_not_cover_dibao_students_or_children_of_disabled_parents() {
    // 「非低保低边」: a 低保 disabled student falls under EDU-02, not EDU-03.
    let d = official(
        &household(disabled_student(
            "lucheng",
            "dibao",
            "2004-03-01",
            "bachelor",
        )),
        "2024-09-01",
    );
    expect(&d, "EDU-03", Outcome::Ineligible, None);
    // 「残疾学生」 only: a healthy child of a disabled parent outside 低保/低边 gets nothing.
    let mut v = parent_and_child("lucheng", "none", "2008-03-01", "senior_high");
    set(&mut v, "members.0.disabled", json!(true));
    expect(
        &official(&household(v), "2024-09-01"),
        "EDU-03",
        Outcome::Ineligible,
        None,
    );
}

#[test]
fn edu_03_county_hukou_is_outside_shiqu() {
    // E14: same as above but hukou in 乐清 → 0.
    let d = official(
        &household(disabled_student(
            "yueqing",
            "none",
            "2004-03-01",
            "junior_college",
        )),
        "2024-09-01",
    );
    expect(&d, "EDU-03", Outcome::Ineligible, None);
}

#[test]
fn edu_03_unknown_status_is_undetermined() {
    let mut v = disabled_student("lucheng", "none", "2004-03-01", "junior_college");
    unset(&mut v, "status");
    expect_missing(&official(&household(v), "2024-09-01"), "EDU-03", "status");
}

#[test]
fn edu_03_and_edu_05_pay_only_the_higher_fp_grant() {
    // 市区 计生困难家庭, not 低保/低边, disabled daughter in 高中: EDU-03 1000 vs EDU-05 高中 2000 → 2000
    // (附则 就高); EDU-03 superseded by EDU-05.
    let mut v = disabled_student("lucheng", "none", "2008-03-01", "senior_high");
    set(&mut v, "fp_hardship_family", json!(true));
    let d = training(&household(v), "2024-09-01");
    expect(
        &d,
        "EDU-05",
        Outcome::Eligible,
        Some(("2000", Period::SchoolYear)),
    );
    assert_eq!(member_superseded(&d, "EDU-03", 1), Some("EDU-05"));
    let r = d.result("EDU-03").expect("EDU-03 in force");
    assert_eq!(r.outcome, Outcome::Ineligible);
    assert_eq!(r.superseded_by, Some("EDU-05"));
}

// --- EDU-04: 6号 第18条 「对建档困难职工家庭子女，按照实际缴纳的学费，给予每人每年不超过1万元的助学帮扶。」 --------------

fn worker_child(area: &str, tuition: &str) -> Value {
    let mut v = parent_and_child(area, "none", "2004-03-01", "bachelor");
    set(&mut v, "hardship_worker_family", json!(true));
    set(&mut v, "members.1.tuition_paid_yearly", json!(tuition));
    v
}

#[test]
fn edu_04_tuition_below_the_cap_is_paid_in_full() {
    // E14: tuition 6500 → min(6500, 10000) = 6500 元/年. Whole city: 永嘉.
    expect(
        &official(&household(worker_child("yongjia", "6500")), "2024-09-01"),
        "EDU-04",
        Outcome::Eligible,
        Some(("6500", Period::Year)),
    );
}

#[test]
fn edu_04_tuition_12000_is_capped_at_10000() {
    // E14: 「不超过1万元」 → min(12000, 10000) = 10000.
    expect(
        &official(&household(worker_child("lucheng", "12000")), "2024-09-01"),
        "EDU-04",
        Outcome::Eligible,
        Some(("10000", Period::Year)),
    );
}

#[test]
fn edu_04_tuition_of_exactly_10000_is_within_the_cap() {
    // 「不超过」 includes 10000 → 10000.
    expect(
        &official(&household(worker_child("lucheng", "10000")), "2024-09-01"),
        "EDU-04",
        Outcome::Eligible,
        Some(("10000", Period::Year)),
    );
}

#[test]
fn edu_04_family_not_registered_with_the_union_gets_nothing() {
    let mut v = worker_child("lucheng", "6500");
    set(&mut v, "hardship_worker_family", json!(false));
    expect(
        &official(&household(v), "2024-09-01"),
        "EDU-04",
        Outcome::Ineligible,
        None,
    );
}

#[test]
fn edu_04_unknown_tuition_of_a_child_in_school_is_undetermined() {
    let mut v = worker_child("lucheng", "6500");
    unset(&mut v, "members.1.tuition_paid_yearly");
    expect_missing(
        &official(&household(v), "2024-09-01"),
        "EDU-04",
        "members[1].tuition_paid_yearly",
    );
}

#[test]
fn edu_04_union_aid_stacks_with_the_city_grant() {
    // G6(b): union money is not 「同级财政」 (union_tuition_stacks = true): a 市区 低保 disabled son in 本科
    // of a 建档困难职工 family with tuition 12000 gets EDU-02 4000 and EDU-04 10000.
    let mut v = disabled_student("lucheng", "dibao", "2004-03-01", "bachelor");
    set(&mut v, "hardship_worker_family", json!(true));
    set(&mut v, "members.1.tuition_paid_yearly", json!("12000"));
    let d = training(&household(v), "2024-09-01");
    expect(
        &d,
        "EDU-02",
        Outcome::Eligible,
        Some(("4000", Period::SchoolYear)),
    );
    expect(
        &d,
        "EDU-04",
        Outcome::Eligible,
        Some(("10000", Period::Year)),
    );
    assert_eq!(member_superseded(&d, "EDU-04", 1), None);
    assert_eq!(member_superseded(&d, "EDU-02", 1), None);
}

// --- EDU-05: 6号 第18条 「对市区计生困难家庭子女，特别是原独生子女家庭、双女户家庭子女，经认定后，分别按高中2000元/人、
//     大学4000元/人标准给予助学补助。」 -------------------------------------------------------------------------------

fn fp_child(area: &str, schooling: &str) -> Value {
    let mut v = parent_and_child(area, "none", "2006-03-01", schooling);
    set(&mut v, "fp_hardship_family", json!(true));
    v
}

#[test]
fn edu_05_fp_hardship_child_in_senior_high_gets_2000_and_at_university_4000() {
    // 高中 2000; 大学 4000 (大专 and 本科 both 大学, rules-core A31). Per school year (training).
    for (schooling, want) in [
        ("senior_high", "2000"),
        ("junior_college", "4000"),
        ("bachelor", "4000"),
    ] {
        let d = training(&household(fp_child("lucheng", schooling)), "2024-09-01");
        expect(
            &d,
            "EDU-05",
            Outcome::Eligible,
            Some((want, Period::SchoolYear)),
        );
    }
}

#[test]
fn edu_05_secondary_vocational_counts_as_senior_high_under_the_training_switch() {
    // 中专 is not named; training sets 中专 = 高中 → 2000.
    let d = training(
        &household(fp_child("lucheng", "secondary_vocational")),
        "2024-09-01",
    );
    expect(
        &d,
        "EDU-05",
        Outcome::Eligible,
        Some(("2000", Period::SchoolYear)),
    );
}

#[test]
fn edu_05_junior_secondary_pupil_or_county_hukou_gets_nothing() {
    // Only 高中 and 大学 are named.
    expect(
        &training(
            &household(fp_child("lucheng", "junior_secondary")),
            "2024-09-01",
        ),
        "EDU-05",
        Outcome::Ineligible,
        None,
    );
    // 「市区」 only.
    expect(
        &training(
            &household(fp_child("pingyang", "senior_high")),
            "2024-09-01",
        ),
        "EDU-05",
        Outcome::Ineligible,
        None,
    );
}

#[test]
fn edu_05_official_pack_does_not_say_how_often_the_grant_is_paid() {
    // The frequency is not in the clause (rules-core A31): undetermined under the official pack.
    let d = official(&household(fp_child("lucheng", "senior_high")), "2024-09-01");
    expect_missing(&d, "EDU-05", "param:fp_edu_grant_period");
    // And whether 中专 counts as 高中.
    let d = official(
        &household(fp_child("lucheng", "secondary_vocational")),
        "2024-09-01",
    );
    expect_missing(&d, "EDU-05", "param:fp_edu_grant_vocational_as_high_school");
}

#[test]
fn edu_05_unknown_schooling_is_undetermined() {
    let mut v = fp_child("lucheng", "senior_high");
    unset(&mut v, "members.1.schooling");
    expect_missing(
        &training(&household(v), "2024-09-01"),
        "EDU-05",
        "members[1].schooling",
    );
}

#[test]
fn edu_05_parent_studying_at_university_is_not_a_child_of_the_family() {
    // 「计生困难家庭子女」: the grant is for the family's children. The applicant (the parent) enrolled in a
    // 本科 programme is not a 子女; the only child is in 初中 → nothing.
    // The engine once disagreed here; this test found it and the rule was fixed.
    let mut v = fp_child("lucheng", "junior_secondary");
    set(&mut v, "members.0.schooling", json!("bachelor"));
    let d = training(&household(v), "2024-09-01");
    assert_eq!(
        member_outcome(&d, "EDU-05", 0),
        Outcome::Ineligible,
        "EDU-05: the parent is not a 子女"
    );
    expect(&d, "EDU-05", Outcome::Ineligible, None);
}

// --- EDU-06: 6号 第27条 「全面保障持浙江省居住证的外来务工人员子女在居住地就读公办学校」 ------------------------------

fn migrant_child(area: &str, schooling: &str) -> Value {
    let mut v = parent_and_child(area, "none", "2014-03-01", schooling);
    set(&mut v, "members.1.parent_residence_permit", json!(true));
    v
}

#[test]
fn edu_06_migrant_workers_child_with_residence_permit_has_a_public_school_place() {
    let d = official(
        &household(migrant_child("outside_wenzhou", "primary")),
        "2024-09-01",
    );
    expect(&d, "EDU-06", Outcome::Eligible, None);
    assert_eq!(member_outcome(&d, "EDU-06", 1), Outcome::Eligible);
}

#[test]
fn edu_06_wenzhou_hukou_child_is_not_a_migrant() {
    // 「外来务工人员子女」: a 鹿城-hukou child is not covered by this clause.
    expect(
        &official(
            &household(migrant_child("lucheng", "primary")),
            "2024-09-01",
        ),
        "EDU-06",
        Outcome::Ineligible,
        None,
    );
}

#[test]
fn edu_06_preschool_child_is_not_in_compulsory_education() {
    expect(
        &official(
            &household(migrant_child("outside_wenzhou", "preschool")),
            "2024-09-01",
        ),
        "EDU-06",
        Outcome::Ineligible,
        None,
    );
}

#[test]
fn edu_06_unknown_residence_permit_is_undetermined() {
    let mut v = migrant_child("outside_wenzhou", "junior_secondary");
    unset(&mut v, "members.1.parent_residence_permit");
    expect_missing(
        &official(&household(v), "2024-09-01"),
        "EDU-06",
        "members[1].parent_residence_permit",
    );
}

// EDU-06's second half, 6号 第27条 (004 L874–884): 「在我市取得学籍就读的省内非温州户籍应届、往届初中毕业生，以及父母
// 其中一方或法定监护人在我市范围内已取得浙江省居住证（2021年起需一年以上，2023年起需两年以上，2024年起需三年以上）、在本
// 市初中学校取得学籍连续就读三年的省外应届初中毕业生，其就读高中均享受同城待遇」.

fn graduate(in_zhejiang: bool, when: &str) -> Value {
    let mut v = parent_and_child("outside_wenzhou", "none", "2009-03-01", "junior_secondary");
    set(&mut v, "members.1.parent_residence_permit", json!(false));
    set(&mut v, "members.1.junior_high_graduate", json!(when));
    set(&mut v, "members.1.hukou_in_zhejiang", json!(in_zhejiang));
    set(&mut v, "members.1.wenzhou_school_registration", json!(true));
    set(&mut v, "members.1.wenzhou_junior_high_years", json!(3));
    set(&mut v, "members.1.parent_residence_permit_years", json!(3));
    v
}

#[test]
fn edu_06_a_graduate_from_elsewhere_in_zhejiang_with_a_wenzhou_registration_gets_senior_high() {
    // 省内非温州户籍, 往届 graduate, 学籍 in Wenzhou: no permit needed → 同城待遇.
    let v = graduate(true, "earlier");
    let d = official(&household(v.clone()), "2024-09-01");
    assert_eq!(member_outcome(&d, "EDU-06", 1), Outcome::Eligible);
    let mut v = v;
    set(
        &mut v,
        "members.1.wenzhou_school_registration",
        json!(false),
    );
    let d = official(&household(v), "2024-09-01");
    assert_eq!(member_outcome(&d, "EDU-06", 1), Outcome::Ineligible);
}

#[test]
fn edu_06_a_graduate_from_outside_the_province_needs_the_permit_years_of_the_year() {
    // 省外应届, 3 years in a Wenzhou junior high. 2024: 「2024年起需三年以上」 → 3 years of permit pass, 2
    // do not; 2023: 「2023年起需两年以上」 → 2 pass.
    let v = graduate(false, "this_year");
    let d = official(&household(v.clone()), "2024-09-01");
    assert_eq!(member_outcome(&d, "EDU-06", 1), Outcome::Eligible);
    let mut two = v.clone();
    set(
        &mut two,
        "members.1.parent_residence_permit_years",
        json!(2),
    );
    let d = official(&household(two.clone()), "2024-09-01");
    assert_eq!(member_outcome(&d, "EDU-06", 1), Outcome::Ineligible);
    let d = official(&household(two), "2023-09-01");
    assert_eq!(member_outcome(&d, "EDU-06", 1), Outcome::Eligible);
    // 往届 from outside the province: the clause gives it to 应届 only.
    let mut earlier = v.clone();
    set(
        &mut earlier,
        "members.1.junior_high_graduate",
        json!("earlier"),
    );
    let d = official(&household(earlier), "2024-09-01");
    assert_eq!(member_outcome(&d, "EDU-06", 1), Outcome::Ineligible);
    // Two years in a Wenzhou junior high only: 「连续就读三年」 fails.
    let mut short = v;
    set(&mut short, "members.1.wenzhou_junior_high_years", json!(2));
    let d = official(&household(short), "2024-09-01");
    assert_eq!(member_outcome(&d, "EDU-06", 1), Outcome::Ineligible);
}

#[test]
fn edu_06_senior_high_asks_the_deciding_facts() {
    let mut v = graduate(false, "this_year");
    unset(&mut v, "members.1.parent_residence_permit_years");
    let d = official(&household(v), "2024-09-01");
    expect_missing(&d, "EDU-06", "members[1].parent_residence_permit_years");
    let mut v = graduate(true, "this_year");
    unset(&mut v, "members.1.hukou_in_zhejiang");
    let d = official(&household(v), "2024-09-01");
    expect_missing(&d, "EDU-06", "members[1].hukou_in_zhejiang");
}
