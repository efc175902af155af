//! Golden households for 见义勇为 persons and their families: 温政发〔2024〕15号 (rules-other §D, D1–D25),
//! in force 2024-06-01 → 2034-05-31, with the worked examples 8–10 of rules-other §N.
//!
//! Expected values are worked out by hand from the clauses. The gazette's own figures are in the
//! official pack: 6 × income with a floor of 300,000 (六(十)1) and 200,000 (六(十)2). The previous year's
//! urban disposable income and the bonuses are local values: the training pack holds §N's ASSUMED
//! values (income 80,000, 文成 45,000; county bonus 5,000, city 20,000).

use crate::common::*;
use serde_json::{Value, json};
use wenzhou_assess::engine::{AmountKind, Determination, Outcome, Period};

/// A household in `area` whose applicant (born 1979-03-01) acted in `act_area` on `act_date`,
/// confirmed, injured, with every other fact of the record known and "no"; a 10-year-old child.
fn actor(area: &str, act_area: &str, act_date: &str) -> Value {
    let mut v = plain_household(
        area,
        "none",
        vec![
            plain_member("applicant", "1979-03-01"),
            plain_member("child", "2014-05-01"),
        ],
    );
    set(
        &mut v,
        "members.0.good_samaritan",
        json!({
            "confirmed": true,
            "act_date": act_date,
            "act_area": act_area,
            "hospitalised": true,
            "award": "none",
            "outcome": "injured",
            "work_injury": false,
            "employment": "none",
            "days_off": 0,
            "reasonable_costs": "0",
            "liable_party_pays": false,
            "insured": false,
            "work_capacity": false,
            "wants_work": false,
            "family_support_hardship": false,
            "family_hardship": false,
            "civil_claim": false,
            "major_difficulty": false,
            "revoked": "none"
        }),
    );
    v
}

fn gs(v: &mut Value, field: &str, value: Value) {
    set(v, &format!("members.0.good_samaritan.{field}"), value);
}

/// Rules-other §N Example 8: a 45-year-old man stops a robbery in 鹿城 on 2024-09-10; confirmed;
/// county 三等功 then city 二等功 (award 2024-11-01); injured; no employer; 60 days off; medical bill
/// 50,000 of which 城乡居民医保 paid 30,000; the attacker cannot pay.
fn example_8() -> Value {
    let mut v = actor("lucheng", "lucheng", "2024-09-10");
    gs(&mut v, "award", json!("second_class"));
    gs(&mut v, "county_award", json!("third_class"));
    gs(&mut v, "award_date", json!("2024-11-01"));
    gs(&mut v, "days_off", json!(60));
    gs(&mut v, "reasonable_costs", json!("50000"));
    gs(&mut v, "insured", json!(true));
    gs(&mut v, "insurance_paid", json!("30000"));
    v
}

/// A person who died in the act in `act_area`, hukou `area`, with martyr status `martyr`; the
/// surviving spouse and a 10-year-old child.
fn death(area: &str, act_area: &str, martyr: &str) -> Value {
    let mut v = actor(area, act_area, "2024-08-15");
    gs(&mut v, "outcome", json!("died"));
    gs(&mut v, "martyr", json!(martyr));
    let members = v["members"].as_array_mut().unwrap();
    members.push(plain_member("spouse", "1981-01-01"));
    v
}

fn training_on(v: &Value, on: &str) -> Determination {
    training(&household(v.clone()), on)
}

fn official_on(v: &Value, on: &str) -> Determination {
    official(&household(v.clone()), on)
}

// --- Example 8: D6, D7, D2 and the priorities ---------------------------------------------------------

#[test]
fn d6_example_8_the_fund_pays_the_shortfall_after_insurance() {
    // 六(四)1: 「符合享受工伤保险或基本医疗保险待遇条件的，由社会保障经办机构和用人单位按照规定支付。不足部分，由行为
    // 发生地县(市、区)见义勇为经费支付」: 50,000 − 30,000 = 20,000 (a gazette rule: official pack).
    let d = official_on(&example_8(), "2025-01-15");
    expect(&d, "D6", Outcome::Eligible, Some(("20000", Period::Once)));
}

#[test]
fn d6_without_insurance_the_fund_pays_all_costs_and_nothing_when_the_liable_party_pays() {
    // 六(四)2: 「不符合享受社会保险待遇条件的，由行为发生地县(市、区)见义勇为经费支付」: 50,000.
    let mut v = example_8();
    gs(&mut v, "insured", json!(false));
    let d = official_on(&v, "2025-01-15");
    expect(&d, "D6", Outcome::Eligible, Some(("50000", Period::Once)));
    // 「由加害人、受益人、责任人依法承担」: the fund pays nothing.
    gs(&mut v, "liable_party_pays", json!(true));
    expect(
        &official_on(&v, "2025-01-15"),
        "D6",
        Outcome::Ineligible,
        None,
    );
    // Insured with the amount paid unknown: undetermined, naming it.
    let mut v = example_8();
    set(
        &mut v,
        "members.0.good_samaritan.insurance_paid",
        Value::Null,
    );
    expect_missing(
        &official_on(&v, "2025-01-15"),
        "D6",
        "members[0].good_samaritan.insurance_paid",
    );
}

#[test]
fn d7_example_8_lost_work_subsidy_is_the_income_per_calendar_day_times_days_off() {
    // 六(六): 「按照当地上一年度城镇居民人均可支配收入标准给予经济补助」; reading: 80,000 × 60 ÷ 365
    // = 13,150.684… → 13,150.68 (§N Example 8, method daily_365).
    let d = training_on(&example_8(), "2025-01-15");
    expect(
        &d,
        "D7",
        Outcome::Eligible,
        Some(("13150.68", Period::Once)),
    );
}

#[test]
fn d7_official_pack_has_no_income_figure_and_names_it() {
    let d = official_on(&example_8(), "2025-01-15");
    expect_missing(&d, "D7", "param:urban_disposable_income_pc_prev_year");
}

#[test]
fn d7_the_income_must_be_the_act_countys_not_the_hukou_countys() {
    // Act in 鹿城, hukou 瑞安: the resolved figure is 瑞安's, not the place of the act's.
    let mut v = example_8();
    set(&mut v, "hukou_area", json!("ruian"));
    let d = training_on(&v, "2025-01-15");
    expect_missing(&d, "D7", "param:urban_disposable_income_pc_prev_year");
}

#[test]
fn d7_an_employee_is_paid_by_the_employer_and_a_self_employed_person_is_referred() {
    // 「有工作单位的…工作单位应按照规定发给其工资」: no subsidy.
    let mut v = example_8();
    gs(&mut v, "employment", json!("organisation"));
    expect(
        &training_on(&v, "2025-01-15"),
        "D7",
        Outcome::Ineligible,
        None,
    );
    // A 个体工商户 (grouped with the organisations in 六(十)2): refer, with the amount if it applies.
    gs(&mut v, "employment", json!("self_employed"));
    expect(
        &training_on(&v, "2025-01-15"),
        "D7",
        Outcome::Refer,
        Some(("13150.68", Period::Once)),
    );
}

#[test]
fn d2_example_8_county_and_city_bonuses_are_both_paid() {
    // 五(一)2: 「县(市、区)人民政府奖励后，推荐至市人民政府…给予记二等功」: county 5,000 + city 20,000 = 25,000.
    let d = training_on(&example_8(), "2025-01-15");
    expect(&d, "D2", Outcome::Eligible, Some(("25000", Period::Once)));
    // Official pack: the amounts are local (五(三) 「自行确定」).
    expect_missing(
        &official_on(&example_8(), "2025-01-15"),
        "D2",
        "param:jyyw_bonus_third_class",
    );
}

#[test]
fn d2_no_award_no_bonus() {
    let d = training_on(&actor("lucheng", "lucheng", "2024-09-10"), "2025-01-15");
    expect(&d, "D2", Outcome::Ineligible, None);
}

#[test]
fn example_8_priorities_d13_d14_d19_d21_and_the_referral_d5() {
    let d = official_on(&example_8(), "2025-01-15");
    expect(&d, "D13", Outcome::Eligible, None);
    expect(&d, "D14", Outcome::Eligible, None);
    // D19: the 10-year-old child (award 市级 二等功).
    assert_eq!(member_outcome(&d, "D19", 1), Outcome::Eligible);
    // D21: 「获得市级以上」 includes 市级; 鹿城 hukou.
    expect(&d, "D21", Outcome::Eligible, None);
    expect(&d, "D5", Outcome::Refer, None);
    expect(&d, "D4", Outcome::Eligible, None);
    expect(&d, "D3", Outcome::Eligible, None);
}

#[test]
fn d19_d21_a_county_award_is_not_enough() {
    // 三等功 is a county award: not 「市级及以上」.
    let mut v = example_8();
    gs(&mut v, "award", json!("third_class"));
    let d = official_on(&v, "2025-01-15");
    expect(&d, "D19", Outcome::Ineligible, None);
    expect(&d, "D21", Outcome::Ineligible, None);
    // D14 needs only a county award (「县级以上」).
    expect(&d, "D14", Outcome::Eligible, None);
}

#[test]
fn d21_hukou_outside_wenzhou_is_referred() {
    // 「经费由户籍所在地县(市、区)财政部门予以保障」: no Wenzhou hukou county to fund it.
    let mut v = example_8();
    set(&mut v, "hukou_area", json!("outside_wenzhou"));
    expect(&official_on(&v, "2025-01-15"), "D21", Outcome::Refer, None);
}

#[test]
fn d14_the_three_years_end_on_the_third_anniversary_of_the_award() {
    // Award 2024-11-01: 「之日起三年内」 → last day 2027-11-01 (the award day is not counted).
    let v = example_8();
    expect(
        &official_on(&v, "2027-11-01"),
        "D14",
        Outcome::Eligible,
        None,
    );
    expect(
        &official_on(&v, "2027-11-02"),
        "D14",
        Outcome::Ineligible,
        None,
    );
}

#[test]
fn d14_spouse_and_minor_children_but_not_an_adult_child() {
    let mut v = example_8();
    let members = v["members"].as_array_mut().unwrap();
    members.push(plain_member("spouse", "1981-01-01"));
    members.push(plain_member("child", "2000-01-01"));
    let d = official_on(&v, "2025-01-15");
    assert_eq!(member_outcome(&d, "D14", 0), Outcome::Eligible);
    assert_eq!(member_outcome(&d, "D14", 1), Outcome::Eligible);
    assert_eq!(member_outcome(&d, "D14", 2), Outcome::Eligible);
    assert_eq!(member_outcome(&d, "D14", 3), Outcome::Ineligible);
}

// --- Deaths: D8, D9, D11, D12 (Examples 9 and 10) ------------------------------------------------------

#[test]
fn d11_example_9a_wencheng_the_floor_of_300000_applies() {
    // 六(十)1: 6 × 45,000 = 270,000 < 300,000 → 300,000 (「不得低于30万元」).
    let d = training_on(&death("wencheng", "wencheng", "yes"), "2025-01-15");
    expect(&d, "D11", Outcome::Eligible, Some(("300000", Period::Once)));
    assert_eq!(
        d.result("D11").unwrap().amount.unwrap().kind,
        AmountKind::Exact
    );
    expect(&d, "D12", Outcome::Ineligible, None);
    expect(&d, "D8", Outcome::Refer, None);
}

#[test]
fn d11_example_9b_lucheng_six_times_the_income() {
    // 6 × 80,000 = 480,000 > 300,000.
    let d = training_on(&death("lucheng", "lucheng", "yes"), "2025-01-15");
    expect(&d, "D11", Outcome::Eligible, Some(("480000", Period::Once)));
}

#[test]
fn d11_under_the_official_pack_at_least_300000() {
    // The income is a local statistic (not in the seeds); the floor is the gazette's.
    let d = official_on(&death("lucheng", "lucheng", "yes"), "2025-01-15");
    expect(&d, "D11", Outcome::Eligible, Some(("300000", Period::Once)));
    assert_eq!(
        d.result("D11").unwrap().amount.unwrap().kind,
        AmountKind::AtLeast
    );
}

#[test]
fn d12_example_10_non_martyr_employee_gets_200000() {
    // 六(十)2: 「未能评定为烈士的,按20万元标准发放」, from the act county's fund for an organisation's employee.
    let mut v = death("lucheng", "lucheng", "no");
    gs(&mut v, "employment", json!("organisation"));
    let d = official_on(&v, "2025-01-15");
    expect(&d, "D12", Outcome::Eligible, Some(("200000", Period::Once)));
    expect(&d, "D11", Outcome::Ineligible, None);
    expect(&d, "D9", Outcome::Refer, None);
    expect(&d, "D8", Outcome::Ineligible, None);
}

#[test]
fn d11_d12_pending_martyr_status_leaves_both_open_as_alternatives() {
    let d = training_on(&death("lucheng", "lucheng", "pending"), "2025-01-15");
    expect_missing(&d, "D11", "members[0].good_samaritan.martyr");
    expect_missing(&d, "D12", "members[0].good_samaritan.martyr");
    // Each shows its own amount for the deceased.
    assert_eq!(member_amount(&d, "D11", 0), Some(dec("480000")));
    assert_eq!(member_amount(&d, "D12", 0), Some(dec("200000")));
    expect(&d, "D8", Outcome::Refer, None);
}

#[test]
fn d18_d19_the_child_of_a_person_who_died() {
    // 六(十六): 「因见义勇为牺牲人员的子女」 whatever the award; 六(十五): the orphaned child.
    let mut v = death("lucheng", "lucheng", "yes");
    set(&mut v, "members.1.orphan", json!("scattered"));
    let d = official_on(&v, "2025-01-15");
    assert_eq!(member_outcome(&d, "D19", 1), Outcome::Eligible);
    assert_eq!(member_outcome(&d, "D18", 1), Outcome::Eligible);
    assert_eq!(member_outcome(&d, "D18", 2), Outcome::Ineligible);
    // The child with a surviving carer is not orphaned.
    set(&mut v, "members.1.orphan", json!("no"));
    expect(
        &official_on(&v, "2025-01-15"),
        "D18",
        Outcome::Ineligible,
        None,
    );
}

#[test]
fn d10_disabled_person_is_referred() {
    let mut v = actor("lucheng", "lucheng", "2024-09-10");
    gs(&mut v, "outcome", json!("disabled"));
    let d = official_on(&v, "2025-01-15");
    expect(&d, "D10", Outcome::Refer, None);
    expect(&d, "D8", Outcome::Ineligible, None);
}

// --- The gate: place, confirmation, revocation, date ---------------------------------------------------

#[test]
fn d1_an_unconfirmed_act_is_referred_to_the_police_and_gets_no_benefit() {
    let mut v = example_8();
    gs(&mut v, "confirmed", json!(false));
    let d = official_on(&v, "2025-01-15");
    expect(&d, "D1", Outcome::Refer, None);
    expect(&d, "D4", Outcome::Ineligible, None);
    // D3 needs no confirmation: taken to hospital.
    expect(&d, "D3", Outcome::Eligible, None);
    gs(&mut v, "confirmed", Value::Null);
    expect_missing(
        &official_on(&v, "2025-01-15"),
        "D4",
        "members[0].good_samaritan.confirmed",
    );
}

#[test]
fn an_act_outside_wenzhou_is_not_covered() {
    // 二: 「在本市行政区域内见义勇为行为」: the place of the act, not the hukou (鹿城 here).
    let v = actor("lucheng", "outside_wenzhou", "2024-09-10");
    let d = official_on(&v, "2025-01-15");
    expect(&d, "D1", Outcome::Ineligible, None);
    expect(&d, "D4", Outcome::Ineligible, None);
}

#[test]
fn an_act_before_15hao_is_referred() {
    // 八(二): in force 2024-06-01; the repealed 2007 办法 covered earlier acts.
    let d = official_on(&actor("lucheng", "lucheng", "2024-05-31"), "2025-01-15");
    expect(&d, "D4", Outcome::Refer, None);
    let d = official_on(&actor("lucheng", "lucheng", "2024-06-01"), "2025-01-15");
    expect(&d, "D4", Outcome::Eligible, None);
}

#[test]
fn d25_revocation_for_misconduct_ends_the_award_benefits_and_fraud_ends_all() {
    // 七(二): 「记功奖励撤销后…终止原获得记功奖励的个人享受的有关待遇」.
    let mut v = example_8();
    gs(&mut v, "revoked", json!("misconduct"));
    let d = official_on(&v, "2025-01-15");
    expect(&d, "D25", Outcome::Refer, None);
    expect(&d, "D21", Outcome::Ineligible, None);
    expect(&d, "D14", Outcome::Ineligible, None);
    expect(&d, "D4", Outcome::Eligible, None);
    // 情形1: 「并撤销对其见义勇为行为的确认」.
    gs(&mut v, "revoked", json!("fraud"));
    let d = official_on(&v, "2025-01-15");
    expect(&d, "D25", Outcome::Refer, None);
    expect(&d, "D1", Outcome::Ineligible, None);
    expect(&d, "D4", Outcome::Ineligible, None);
}

#[test]
fn d25_a_commendation_is_not_a_merit_award() {
    let mut v = example_8();
    gs(&mut v, "award", json!("commendation"));
    gs(&mut v, "revoked", json!("misconduct"));
    let d = official_on(&v, "2025-01-15");
    expect(&d, "D25", Outcome::Ineligible, None);
    // 嘉奖 benefits stay (D13 visit).
    expect(&d, "D13", Outcome::Eligible, None);
}

// --- Other protections ---------------------------------------------------------------------------------

#[test]
fn d15_no_employer_able_and_willing_to_work() {
    let mut v = example_8();
    gs(&mut v, "work_capacity", json!(true));
    gs(&mut v, "wants_work", json!(true));
    expect(
        &official_on(&v, "2025-01-15"),
        "D15",
        Outcome::Eligible,
        None,
    );
    gs(&mut v, "wants_work", json!(false));
    expect(
        &official_on(&v, "2025-01-15"),
        "D15",
        Outcome::Ineligible,
        None,
    );
}

#[test]
fn d16_not_self_caring_and_family_support_hardship_is_referred_for_approval() {
    let mut v = example_8();
    set(&mut v, "members.0.self_care", json!("fully_lost"));
    gs(&mut v, "family_support_hardship", json!(true));
    expect(&official_on(&v, "2025-01-15"), "D16", Outcome::Refer, None);
}

#[test]
fn d17_uses_the_households_income_test() {
    // Training S = 1,100; no income → below the standard → refer to apply (act or hukou county).
    let d = training_on(&example_8(), "2025-01-15");
    expect(&d, "D17", Outcome::Refer, None);
    // Already 低保: covered.
    let mut v = example_8();
    set(&mut v, "status", json!("dibao"));
    expect(
        &training_on(&v, "2025-01-15"),
        "D17",
        Outcome::Eligible,
        None,
    );
    // Income above the standard: the ordinary conditions are not relaxed.
    let mut v = example_8();
    set(
        &mut v,
        "members.0.incomes",
        json!([{"kind": "wages", "amount": "9000", "period": "month", "job_start": "2020-01-01", "first_job_since_recognition": false}]),
    );
    expect(
        &training_on(&v, "2025-01-15"),
        "D17",
        Outcome::Ineligible,
        None,
    );
}

#[test]
fn d20_d22_d23_d24_on_their_trigger_facts() {
    let mut v = example_8();
    gs(&mut v, "family_hardship", json!(true));
    set(&mut v, "members.1.schooling", json!("primary"));
    gs(&mut v, "civil_claim", json!(true));
    gs(&mut v, "major_difficulty", json!(true));
    set(&mut v, "housing.housing_security_eligible", json!(true));
    let d = official_on(&v, "2025-01-15");
    assert_eq!(member_outcome(&d, "D20", 1), Outcome::Eligible);
    expect(&d, "D22", Outcome::Eligible, None);
    expect(&d, "D23", Outcome::Eligible, None);
    expect(&d, "D24", Outcome::Refer, None);
}

#[test]
fn a_household_without_a_record_gets_no_noise() {
    let v = plain_household(
        "lucheng",
        "none",
        vec![plain_member("applicant", "1979-03-01")],
    );
    let d = official_on(&v, "2025-01-15");
    for id in [
        "D1", "D2", "D3", "D4", "D5", "D6", "D7", "D8", "D9", "D10", "D11", "D12", "D13", "D14",
        "D15", "D16", "D17", "D18", "D19", "D20", "D21", "D22", "D23", "D24", "D25",
    ] {
        assert_eq!(outcome(&d, id), Outcome::Ineligible, "{id}");
    }
}

// --- Dates of 15号: 2024-06-01 → 2034-05-31 ---------------------------------------------------------------

#[test]
fn fifteen_hao_runs_from_2024_06_01_to_2034_05_31() {
    // The day before: not in force (an act of that day would fall under the 2007 办法).
    let before = actor("lucheng", "lucheng", "2024-05-30");
    assert!(official_on(&before, "2024-05-31").result("D4").is_none());
    let v = actor("lucheng", "lucheng", "2024-06-01");
    expect(
        &official_on(&v, "2024-06-01"),
        "D4",
        Outcome::Eligible,
        None,
    );
    expect(
        &official_on(&v, "2034-05-31"),
        "D4",
        Outcome::Eligible,
        None,
    );
    assert!(official_on(&v, "2034-06-01").result("D4").is_none());
}

// --- Stacking: D11 and D12 are alternatives per person who died (engine::stacking) ----------------------

#[test]
fn d11_d12_stacking_group_is_per_person_two_deaths_keep_both_lump_sums() {
    use wenzhou_assess::engine::STACKING_RULES;
    // 六(十)1 / 六(十)2: one lump sum per person who died; the group is in the one table.
    assert!(STACKING_RULES.iter().any(|g| g.rules == ["D11", "D12"]));
    // The applicant (martyr) and the spouse (not a martyr, also acted and died): each keeps their own.
    let mut v = death("lucheng", "lucheng", "yes");
    let mut spouse_record = v["members"][0]["good_samaritan"].clone();
    spouse_record["martyr"] = json!("no");
    set(&mut v, "members.2.good_samaritan", spouse_record);
    let d = training_on(&v, "2025-01-15");
    assert_eq!(member_amount(&d, "D11", 0), Some(dec("480000")));
    assert_eq!(member_amount(&d, "D12", 2), Some(dec("200000")));
    assert_eq!(member_outcome(&d, "D11", 0), Outcome::Eligible);
    assert_eq!(member_outcome(&d, "D12", 2), Outcome::Eligible);
    assert_eq!(d.result("D11").unwrap().superseded_by, None);
    assert_eq!(d.result("D12").unwrap().superseded_by, None);
}
