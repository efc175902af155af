//! Golden households for children: 温政发〔2022〕6号 第6条 (CHD-01) and 第16条 (CHD-02, CHD-03), with
//! rules-core §10 E15 and E16.
//!
//! Expected values are worked out by hand from the clauses. The caps of 第16条 are the gazette's own
//! (official pack). CHD-01 uses the training pack's 城镇常住居民人均生活消费支出 = 45000 元/年 (rules-core
//! §10, ASSUMED) and S = 1100.

use crate::common::*;
use serde_json::{Value, json};
use wenzhou_assess::engine::{AmountKind, Determination, Outcome, Period, TraceMode, assess};
use wenzhou_assess::policy::ParamSet;
use wenzhou_assess::policy::pack::Pack;

/// A parent and a child born `birth`, in `area` with `status`; the parent has no income.
fn family(area: &str, status: &str, birth: &str) -> Value {
    plain_household(
        area,
        status,
        vec![
            plain_member("applicant", "1985-01-01"),
            plain_member("child", birth),
        ],
    )
}

/// Assesses under the training pack with `child_standard_mode` set.
fn with_mode(v: &Value, on: &str, mode: &str) -> Determination {
    let text = format!(
        "[pack]\nid = \"county\"\nname_zh = \"县\"\nname_en = \"County\"\nofficial = false\nextends = \"training\"\n\n\
         [[param]]\nkey = \"child_standard_mode\"\nvalue = \"{mode}\"\narea = \"all\"\nvalid_from = 2022-05-01\nvalid_to = 2025-12-31\nofficial = false\ncitation = \"county notice\"\nconfidence = \"high\"\n"
    );
    let set = ParamSet::training()
        .unwrap()
        .with_layer(Pack::parse("county.toml", &text).unwrap())
        .unwrap();
    assess(&household(v.clone()), date(on), &set, TraceMode::On).unwrap()
}

// --- CHD-01: 「儿童福利机构养育的孤儿、社会散居孤儿、艾滋病病毒感染儿童、事实无人抚养儿童、低保低边中的重度残疾和三级四级
// 精神、智力残疾儿童及低保低边中的其他困境儿童年基本生活最低养育标准均按不低于当地上年度城镇常住居民人均生活消费支出的 70%
// 确定」 (6号 第6条) --------------------------------------------------------------------------------------------------

#[test]
fn chd_01_e16_a_scattered_orphan_gets_at_least_70_percent_of_living_consumption() {
    // 0.7 × 45000 = 31500 元/年 (= 2625 元/月), a floor; no 低保 in the household.
    let mut v = family("lucheng", "none", "2015-01-01");
    set(&mut v, "members.1.orphan", json!("scattered"));
    let d = training(&household(v), "2024-06-01");
    expect(
        &d,
        "CHD-01",
        Outcome::Eligible,
        Some(("31500", Period::Year)),
    );
    assert_eq!(
        d.result("CHD-01").unwrap().amount.unwrap().kind,
        AmountKind::AtLeast
    );
}

#[test]
fn chd_01_names_the_consumption_statistic_under_the_official_pack() {
    let mut v = family("lucheng", "none", "2015-01-01");
    set(&mut v, "members.1.orphan", json!("institution"));
    let d = official(&household(v), "2024-06-01");
    expect_missing(
        &d,
        "CHD-01",
        "param:urban_resident_living_consumption_pc_prev_year",
    );
}

#[test]
fn chd_01_e16_in_a_dibao_household_the_mode_has_no_default() {
    // A child with a grade-2 physical disability in a 低保 household: eligible, but whether the
    // standard comes on top of the 低保金 or tops it up is not stated (A16): undetermined.
    let mut v = family("ouhai", "dibao", "2014-01-01");
    set(&mut v, "members.1.disabled", json!(true));
    set(&mut v, "members.1.disability_category", json!("physical"));
    set(&mut v, "members.1.disability_grade", json!(2));
    let d = training(&household(v.clone()), "2024-06-01");
    expect_missing(&d, "CHD-01", "param:child_standard_mode");
    // On top of the 低保金: 31500.
    let d = with_mode(&v, "2024-06-01", "additional");
    expect(
        &d,
        "CHD-01",
        Outcome::Eligible,
        Some(("31500", Period::Year)),
    );
    // Top-up: no income, 2 persons → y = 0, the child's share of the 低保金 is the gap S − y =
    // 1100 元/月 = 13200 元/年 → 31500 − 13200 = 18300.
    let d = with_mode(&v, "2024-06-01", "top_up_to_standard");
    expect(
        &d,
        "CHD-01",
        Outcome::Eligible,
        Some(("18300", Period::Year)),
    );
}

#[test]
fn chd_01_top_up_with_income_follows_the_per_person_gap() {
    // The parent earns 1000 元/月 (job since 2015): y = 500, gap 600 元/月 = 7200 元/年
    // → 31500 − 7200 = 24300.
    let mut v = family("ouhai", "dibao", "2014-01-01");
    set(&mut v, "members.1.vulnerable_child", json!(true));
    set(
        &mut v,
        "members.0.incomes",
        json!([{ "kind": "wages", "amount": "1000", "period": "month",
                 "job_start": "2015-01-01", "first_job_since_recognition": false }]),
    );
    let d = with_mode(&v, "2024-06-01", "top_up_to_standard");
    expect(
        &d,
        "CHD-01",
        Outcome::Eligible,
        Some(("24300", Period::Year)),
    );
}

#[test]
fn chd_01_grade_3_or_4_counts_only_for_mental_or_intellectual_disability() {
    // Grade 3 physical: not 重度, not mental/intellectual → not in the group.
    let mut v = family("lucheng", "dibian", "2014-01-01");
    set(&mut v, "members.1.disabled", json!(true));
    set(&mut v, "members.1.disability_category", json!("physical"));
    set(&mut v, "members.1.disability_grade", json!(3));
    let d = training(&household(v.clone()), "2024-06-01");
    expect(&d, "CHD-01", Outcome::Ineligible, None);
    // Grade 3 intellectual in a 低边 household (no 低保金, so no mode needed): 31500.
    set(
        &mut v,
        "members.1.disability_category",
        json!("intellectual"),
    );
    let d = training(&household(v), "2024-06-01");
    expect(
        &d,
        "CHD-01",
        Outcome::Eligible,
        Some(("31500", Period::Year)),
    );
}

#[test]
fn chd_01_a_disabled_child_outside_dibao_dibian_is_not_covered() {
    let mut v = family("lucheng", "none", "2014-01-01");
    set(&mut v, "members.1.disabled", json!(true));
    set(&mut v, "members.1.disability_category", json!("physical"));
    set(&mut v, "members.1.disability_grade", json!(1));
    let d = training(&household(v), "2024-06-01");
    expect(&d, "CHD-01", Outcome::Ineligible, None);
}

#[test]
fn chd_01_a_child_registered_as_hiv_infected_is_covered_in_any_household() {
    let mut v = family("yueqing", "none", "2016-01-01");
    set(&mut v, "members.1.hiv_infected", json!(true));
    let d = training(&household(v), "2024-06-01");
    expect(
        &d,
        "CHD-01",
        Outcome::Eligible,
        Some(("31500", Period::Year)),
    );
}

#[test]
fn chd_01_the_18th_birthday_ends_it() {
    // 儿童 = under 18 (未成年人保护法 第2条): born 2006-06-01, 17 on 2024-05-31, 18 on 2024-06-01.
    let mut v = family("lucheng", "none", "2006-06-01");
    set(&mut v, "members.1.orphan", json!("de_facto_unsupported"));
    let d = training(&household(v.clone()), "2024-05-31");
    expect(
        &d,
        "CHD-01",
        Outcome::Eligible,
        Some(("31500", Period::Year)),
    );
    let d = training(&household(v), "2024-06-01");
    expect(&d, "CHD-01", Outcome::Ineligible, None);
}

#[test]
fn chd_01_asks_nothing_about_a_child_of_an_ordinary_household() {
    // Not an orphan, not 低保/低边, not registered HIV-infected: not eligible, nothing missing.
    let d = training(
        &household(family("lucheng", "none", "2016-01-01")),
        "2024-06-01",
    );
    expect(&d, "CHD-01", Outcome::Ineligible, None);
}

#[test]
fn chd_01_is_undetermined_when_a_dibao_child_s_difficulty_is_unknown() {
    let mut v = family("lucheng", "dibao", "2016-01-01");
    v["members"][1]
        .as_object_mut()
        .unwrap()
        .remove("vulnerable_child");
    let d = training(&household(v), "2024-06-01");
    expect_missing(&d, "CHD-01", "members[1].vulnerable_child");
}

// --- CHD-02: 「给予未满7周岁的残疾儿童在定点机构康复训练费补贴，其中视力残疾儿童补贴每月最高500元、每年最高0.5万元；
// 听力、语言、肢体（含脑瘫）、智力、多重残疾等儿童补贴每月最高2400元、每年最高2.4万元；孤独症儿童补贴每月最高3600元、
// 每年最高3.6万元」 (6号 第16条) ---------------------------------------------------------------------------------------

/// A child born `birth` in rehabilitation training of `kind` at a designated institution.
fn in_rehab(birth: &str, kind: &str, fee: &str, months: u32) -> Value {
    let mut v = family("wencheng", "none", birth);
    set(
        &mut v,
        "members.1.rehab",
        json!({ "kind": kind, "designated": true, "monthly_fee": fee, "months": months,
                "deferment_certificate": false }),
    );
    v
}

#[test]
fn chd_02_e15_an_autistic_child_of_6_years_11_months_gets_the_3600_cap() {
    // Born 2017-07-01, on 2024-06-01 aged 6 (6 y 11 m). Fee 4000 → 3600 a month (cap); 6 months:
    // 6 × 3600 = 21600 ≤ 36000.
    let d = official(
        &household(in_rehab("2017-07-01", "autism", "4000", 6)),
        "2024-06-01",
    );
    expect(
        &d,
        "CHD-02",
        Outcome::Eligible,
        Some(("21600", Period::Year)),
    );
}

#[test]
fn chd_02_the_annual_cap_binds_after_ten_months_for_every_kind() {
    // 12 months at the monthly cap: 12 × 3600 = 43200 → 36000; 12 × 2400 = 28800 → 24000 (the
    // extraction's note that 12 × cap = annual cap is wrong: 10 × cap is).
    let d = official(
        &household(in_rehab("2019-01-01", "autism", "4000", 12)),
        "2024-06-01",
    );
    expect(
        &d,
        "CHD-02",
        Outcome::Eligible,
        Some(("36000", Period::Year)),
    );
    let d = official(
        &household(in_rehab("2019-01-01", "physical", "3000", 12)),
        "2024-06-01",
    );
    expect(
        &d,
        "CHD-02",
        Outcome::Eligible,
        Some(("24000", Period::Year)),
    );
}

#[test]
fn chd_02_e15_a_visually_impaired_child_reaches_the_5000_cap() {
    // Fee 600 → 500 a month; 12 × 500 = 6000 → 5000 (reached after 10 months).
    let d = official(
        &household(in_rehab("2020-01-01", "visual", "600", 12)),
        "2024-06-01",
    );
    expect(
        &d,
        "CHD-02",
        Outcome::Eligible,
        Some(("5000", Period::Year)),
    );
}

#[test]
fn chd_02_e15_a_fee_below_the_cap_is_paid_in_full() {
    // Hearing, fee 1800 < 2400: 12 × 1800 = 21600 ≤ 24000.
    let d = official(
        &household(in_rehab("2020-01-01", "hearing", "1800", 12)),
        "2024-06-01",
    );
    expect(
        &d,
        "CHD-02",
        Outcome::Eligible,
        Some(("21600", Period::Year)),
    );
}

#[test]
fn chd_02_e15_the_7th_birthday_ends_it_without_a_deferment_certificate() {
    // Born 2017-06-01: 6 on 2024-05-31, 7 on 2024-06-01 (未满7周岁 is strict).
    let v = in_rehab("2017-06-01", "autism", "4000", 6);
    let d = official(&household(v.clone()), "2024-05-31");
    expect(
        &d,
        "CHD-02",
        Outcome::Eligible,
        Some(("21600", Period::Year)),
    );
    let d = official(&household(v), "2024-06-01");
    expect(&d, "CHD-02", Outcome::Ineligible, None);
}

#[test]
fn chd_02_with_the_deferment_certificate_until_the_9th_birthday() {
    // Born 2015-06-01 with a certificate: 8 on 2024-05-31 → eligible; 9 on 2024-06-01 → not.
    let mut v = in_rehab("2015-06-01", "intellectual", "2000", 6);
    set(&mut v, "members.1.rehab.deferment_certificate", json!(true));
    let d = official(&household(v.clone()), "2024-05-31");
    // 6 × 2000 = 12000.
    expect(
        &d,
        "CHD-02",
        Outcome::Eligible,
        Some(("12000", Period::Year)),
    );
    let d = official(&household(v), "2024-06-01");
    expect(&d, "CHD-02", Outcome::Ineligible, None);
}

#[test]
fn chd_02_needs_training_at_a_designated_institution() {
    let mut v = in_rehab("2020-01-01", "hearing", "1800", 12);
    set(&mut v, "members.1.rehab.designated", json!(false));
    let d = official(&household(v), "2024-06-01");
    expect(&d, "CHD-02", Outcome::Ineligible, None);
    // No rehabilitation record: not in training, nothing asked.
    let d = official(
        &household(family("wencheng", "none", "2020-01-01")),
        "2024-06-01",
    );
    expect(&d, "CHD-02", Outcome::Ineligible, None);
}

#[test]
fn chd_02_is_undetermined_when_the_fee_is_unknown() {
    let mut v = in_rehab("2020-01-01", "hearing", "1800", 12);
    v["members"][1]["rehab"]
        .as_object_mut()
        .unwrap()
        .remove("monthly_fee");
    let d = official(&household(v), "2024-06-01");
    expect_missing(&d, "CHD-02", "members[1].rehab.monthly_fee");
}

#[test]
fn chd_02_and_03_without_the_months_give_the_monthly_amount_under_the_yearly_ceiling() {
    // 「孤独症儿童补贴每月最高3600元、每年最高3.6万元」 and 「每月1000元、每年最高1万元的康复生活补贴」 (004
    // L527–544): with the months of training this year unknown, fee 4000 → 3600 a month, so at most
    // min(12 × 3600, 36000) = 36000 a year; living subsidy at most min(12 × 1000, 10000) = 10000.
    let mut v = in_rehab("2016-01-01", "autism", "4000", 6);
    set(&mut v, "members.1.rehab.deferment_certificate", json!(true));
    v["members"][1]["rehab"]
        .as_object_mut()
        .unwrap()
        .remove("months");
    let d = official(&household(v), "2024-06-01");
    expect(
        &d,
        "CHD-02",
        Outcome::Eligible,
        Some(("36000", Period::Year)),
    );
    assert_eq!(
        d.result("CHD-02").unwrap().amount.unwrap().kind,
        wenzhou_assess::engine::AmountKind::AtMost
    );
    expect(
        &d,
        "CHD-03",
        Outcome::Eligible,
        Some(("10000", Period::Year)),
    );
    assert_eq!(
        d.result("CHD-03").unwrap().amount.unwrap().kind,
        wenzhou_assess::engine::AmountKind::AtMost
    );
    // A hearing-impaired child at 1800 a month: at most min(12 × 1800, 24000) = 21600.
    let mut v = in_rehab("2020-01-01", "hearing", "1800", 12);
    v["members"][1]["rehab"]
        .as_object_mut()
        .unwrap()
        .remove("months");
    let d = official(&household(v), "2024-06-01");
    expect(
        &d,
        "CHD-02",
        Outcome::Eligible,
        Some(("21600", Period::Year)),
    );
}

#[test]
fn chd_02_is_for_wenzhou_hukou() {
    let mut v = in_rehab("2020-01-01", "hearing", "1800", 12);
    set(&mut v, "hukou_area", json!("outside_wenzhou"));
    let d = official(&household(v), "2024-06-01");
    expect(&d, "CHD-02", Outcome::Ineligible, None);
}

// --- CHD-03: 「…凭户籍所在地县(市、区)教育部门出具的缓学或休学证明，享有康复训练补贴的年龄放宽至未满9周岁，康复训练期间给予
// 残疾儿童和孤独症儿童家庭每月1000元、每年最高1万元的康复生活补贴」 (6号 第16条) ------------------------------------------

#[test]
fn chd_03_e15_a_certified_child_gets_1000_a_month_up_to_10000_a_year() {
    // Autistic, 8, certificate: 6 months → 6 × 1000 = 6000; 12 months → 12000 → 10000.
    let mut v = in_rehab("2016-01-01", "autism", "4000", 6);
    set(&mut v, "members.1.rehab.deferment_certificate", json!(true));
    let d = official(&household(v.clone()), "2024-06-01");
    expect(
        &d,
        "CHD-03",
        Outcome::Eligible,
        Some(("6000", Period::Year)),
    );
    // The same child also gets the training subsidy (CHD-02 extended): 6 × 3600 = 21600.
    expect(
        &d,
        "CHD-02",
        Outcome::Eligible,
        Some(("21600", Period::Year)),
    );
    set(&mut v, "members.1.rehab.months", json!(12));
    let d = official(&household(v), "2024-06-01");
    expect(
        &d,
        "CHD-03",
        Outcome::Eligible,
        Some(("10000", Period::Year)),
    );
}

#[test]
fn chd_03_is_only_for_certified_children_under_9() {
    let v = in_rehab("2019-01-01", "autism", "4000", 6);
    let d = official(&household(v), "2024-06-01");
    expect(&d, "CHD-03", Outcome::Ineligible, None);
    // Certified, but 9 on 2024-06-01 (born 2015-06-01).
    let mut v = in_rehab("2015-06-01", "autism", "4000", 6);
    set(&mut v, "members.1.rehab.deferment_certificate", json!(true));
    let d = official(&household(v), "2024-06-01");
    expect(&d, "CHD-03", Outcome::Ineligible, None);
}

#[test]
fn chd_03_is_undetermined_when_the_certificate_is_unknown() {
    let mut v = in_rehab("2016-01-01", "autism", "4000", 6);
    v["members"][1]["rehab"]
        .as_object_mut()
        .unwrap()
        .remove("deferment_certificate");
    let d = official(&household(v), "2024-06-01");
    expect_missing(&d, "CHD-03", "members[1].rehab.deferment_certificate");
}

#[test]
fn chd_02_asks_a_certified_disabled_young_child_without_a_training_record() {
    // 「给予未满7周岁的残疾儿童在定点机构康复训练费补贴」: a certified disabled 5-year-old is in the group; with no
    // rehabilitation record whether the child trains is asked, not read as "no". A 12-year-old is
    // outside the age limits: no question, not eligible.
    let mut v = family("wencheng", "none", "2019-01-01");
    set(&mut v, "members.1.disabled", json!(true));
    set(&mut v, "members.1.disability_grade", json!(2));
    let d = official(&household(v.clone()), "2024-06-01");
    expect(&d, "CHD-02", Outcome::Undetermined, None);
    expect_missing(&d, "CHD-02", "members[1].rehab");
    set(&mut v, "members.1.birth_date", json!("2012-01-01"));
    let d = official(&household(v), "2024-06-01");
    expect(&d, "CHD-02", Outcome::Ineligible, None);
}
