//! Golden households for the medical rules: 温政发〔2022〕6号 第13–15条, 第19条 (MED-01, MED-03…MED-10)
//! and 温政办〔2022〕98号 (MED-11, MED-13, MED-14, MED-15, MED-18, MED-27, MED-28, MED-29).
//!
//! Every expected value is worked out by hand from the clause and the parameters (official pack =
//! the gazettes' own figures; training pack = the illustrative local values of rules-core §10:
//! family-doctor fee 10/yr, 惠民保 premium 150/yr, resident medical premium 400/yr, 上年度居民人均消费支出
//! 38000, orphan and 低收入农户 aid ratio 0.8 (assumptions)). The bills follow rules-core §10 E11/E12.

use crate::common::*;
use serde_json::{Value, json};
use wenzhou_assess::engine::{AmountKind, Determination, Outcome, Period};

// --- helpers (local to this file) ---------------------------------------------------------------------

/// The rule that superseded a member's result under a person-level rule.
fn member_superseded(d: &Determination, id: &str, member: u16) -> Option<&'static str> {
    d.member_results(id)
        .find(|m| m.member == member)
        .unwrap_or_else(|| panic!("{id}: no result for member {member}"))
        .superseded_by
}

/// A settlement-slip episode (amounts in 元).
fn episode(
    setting: &str,
    designated: bool,
    total: &str,
    out_of_scope: &str,
    basic: &str,
    critical: &str,
    supp: &str,
) -> Value {
    json!({
        "setting": setting,
        "designated": designated,
        "total": total,
        "out_of_scope": out_of_scope,
        "basic_insurance_paid": basic,
        "critical_illness_paid": critical,
        "supplementary_paid": supp
    })
}

/// rules-core E11: inpatient bill T = 80000, out of scope E = 8000, 基本医保 45000, 大病保险 7000, no
/// supplementary insurance. Compliant remainder R1 = (80000 − 8000) − 45000 − 7000 = 20000.
fn e11_episode() -> Value {
    episode("inpatient", true, "80000", "8000", "45000", "7000", "0")
}

/// A one-person household in 鹿城 with `status` whose member has the E11 bill.
fn e11_household(status: &str) -> Value {
    let mut v = plain_household(
        "lucheng",
        status,
        vec![plain_member("applicant", "1970-01-01")],
    );
    set(&mut v, "members.0.medical", json!([e11_episode()]));
    v
}

// --- document dates ------------------------------------------------------------------------------------

#[test]
fn med_11_is_not_in_force_on_2022_12_31_before_98hao_starts() {
    // 98号: 「本方案自2023年1月1日起施行，有效期至2025年12月31日。」
    let mut v = plain_household(
        "lucheng",
        "none",
        vec![plain_member("applicant", "1970-01-01")],
    );
    set(&mut v, "members.0.special_disease", json!(true));
    let h = household(v);
    assert!(
        training(&h, "2022-12-31").result("MED-11").is_none(),
        "MED-11 before 98号"
    );
    assert!(
        training(&h, "2022-12-31").result("MED-29").is_none(),
        "MED-29 before 98号"
    );
    assert!(
        training(&h, "2022-12-31").result("MED-27").is_none(),
        "MED-27 before 98号"
    );
    assert!(
        training(&h, "2023-01-01").result("MED-11").is_some(),
        "MED-11 on its first day"
    );
    assert!(
        training(&h, "2025-12-31").result("MED-11").is_some(),
        "MED-11 on its last day"
    );
    assert!(
        training(&h, "2026-01-01").result("MED-11").is_none(),
        "MED-11 after 98号 expires"
    );
}

#[test]
fn med_05_is_in_force_from_2022_05_01_to_2025_12_31_under_6hao() {
    // 6号 附则: 「本政策自2022年5月1日起施行，有效期至2025年12月31日」.
    let h = household(e11_household("dibao"));
    assert!(
        training(&h, "2022-04-30").result("MED-05").is_none(),
        "day before 6号"
    );
    assert!(
        training(&h, "2022-05-01").result("MED-05").is_some(),
        "first day of 6号"
    );
    assert!(
        training(&h, "2025-12-31").result("MED-05").is_some(),
        "last day of 6号"
    );
    assert!(
        training(&h, "2026-01-01").result("MED-05").is_none(),
        "after 6号 expires"
    );
    // On 2022-12-31 the 6号 rules apply but the 98号 ones do not.
    let d = training(&h, "2022-12-31");
    assert!(
        d.result("MED-01").is_some()
            && d.result("MED-18").is_none()
            && d.result("MED-13").is_none()
    );
}

// --- MED-01: 6号 第13条 「家庭医生签约服务费个人部分给予全额补助」 (for 困难群众) ----------------------------------

#[test]
fn med_01_dibao_household_has_each_members_family_doctor_fee_paid() {
    // 困难群众 (6号 附则: 低保、低边、特困, 包括低收入农户): both members of a 低保 household.
    // Personal fee 10 元/年 (training) × 100% = 10 per member; household 10 + 10 = 20 元/年.
    let v = plain_household(
        "lucheng",
        "dibao",
        vec![
            plain_member("applicant", "1970-01-01"),
            plain_member("spouse", "1972-01-01"),
        ],
    );
    let d = training(&household(v), "2024-06-01");
    expect(&d, "MED-01", Outcome::Eligible, Some(("20", Period::Year)));
    assert_eq!(member_amount(&d, "MED-01", 1), Some(dec("10")));
}

#[test]
fn med_01_low_income_farmer_counts_as_kunnan() {
    // 6号 附则: 「“困难群众”是指…低保…低边…特困人员对象，包括低收入农户」 → 10 元/年.
    let mut v = plain_household(
        "ruian",
        "none",
        vec![plain_member("applicant", "1960-01-01")],
    );
    set(&mut v, "low_income_farmer", json!(true));
    expect(
        &training(&household(v), "2024-06-01"),
        "MED-01",
        Outcome::Eligible,
        Some(("10", Period::Year)),
    );
}

#[test]
fn med_01_household_that_is_not_kunnan_gets_nothing() {
    let v = plain_household(
        "lucheng",
        "none",
        vec![plain_member("applicant", "1970-01-01")],
    );
    expect(
        &training(&household(v), "2024-06-01"),
        "MED-01",
        Outcome::Ineligible,
        None,
    );
}

#[test]
fn med_01_official_pack_lacks_the_local_fee() {
    // The fee is local (rules-core §9 #19); the official pack has none.
    let v = plain_household(
        "lucheng",
        "dibao",
        vec![plain_member("applicant", "1970-01-01")],
    );
    expect_missing(
        &official(&household(v), "2024-06-01"),
        "MED-01",
        "param:family_doctor_fee_personal",
    );
}

#[test]
fn med_01_unknown_status_leaves_it_undetermined() {
    let mut v = plain_household(
        "lucheng",
        "none",
        vec![plain_member("applicant", "1970-01-01")],
    );
    unset(&mut v, "status");
    expect_missing(&training(&household(v), "2024-06-01"), "MED-01", "status");
}

// --- MED-03: 6号 第14条 「城乡居民基层医疗机构慢性病门诊报销比例提高10个百分点」 ------------------------------------------

#[test]
fn med_03_resident_insured_chronic_outpatient_is_covered() {
    let mut v = plain_household(
        "ouhai",
        "none",
        vec![plain_member("applicant", "1960-01-01")],
    );
    set(&mut v, "members.0.chronic_outpatient", json!(true));
    expect(
        &training(&household(v), "2024-06-01"),
        "MED-03",
        Outcome::Eligible,
        None,
    );
}

#[test]
fn med_03_employee_insured_chronic_patient_is_not_a_resident_insured() {
    // 「城乡居民」: only 城乡居民医保 (rules-core A26).
    let mut v = plain_household(
        "ouhai",
        "none",
        vec![plain_member("applicant", "1960-01-01")],
    );
    set(&mut v, "members.0.chronic_outpatient", json!(true));
    set(&mut v, "members.0.medical_scheme", json!("employee"));
    expect(
        &training(&household(v), "2024-06-01"),
        "MED-03",
        Outcome::Ineligible,
        None,
    );
}

#[test]
fn med_03_unknown_chronic_outpatient_fact_is_undetermined() {
    let mut v = plain_household(
        "ouhai",
        "none",
        vec![plain_member("applicant", "1960-01-01")],
    );
    unset(&mut v, "members.0.chronic_outpatient");
    expect_missing(
        &training(&household(v), "2024-06-01"),
        "MED-03",
        "members[0].chronic_outpatient",
    );
}

// --- MED-04: 6号 第14条 「…等10种特殊病种参保患者，其门诊待遇标准视同住院…职工…不低于90%，城乡居民…不低于70%」 ----------

#[test]
fn med_04_insured_special_disease_patient_is_treated_as_inpatient() {
    for scheme in ["resident", "employee"] {
        let mut v = plain_household(
            "lucheng",
            "none",
            vec![plain_member("applicant", "1960-01-01")],
        );
        set(&mut v, "members.0.special_disease", json!(true));
        set(&mut v, "members.0.medical_scheme", json!(scheme));
        expect(
            &training(&household(v), "2024-06-01"),
            "MED-04",
            Outcome::Eligible,
            None,
        );
    }
}

#[test]
fn med_04_uninsured_special_disease_patient_is_not_an_insured_patient() {
    // 「参保患者」: an uninsured person is not covered.
    let mut v = plain_household(
        "lucheng",
        "none",
        vec![plain_member("applicant", "1960-01-01")],
    );
    set(&mut v, "members.0.special_disease", json!(true));
    set(&mut v, "members.0.medical_scheme", json!("none"));
    expect(
        &training(&household(v), "2024-06-01"),
        "MED-04",
        Outcome::Ineligible,
        None,
    );
}

#[test]
fn med_04_without_special_disease_is_ineligible_and_unknown_disease_undetermined() {
    let v = plain_household(
        "lucheng",
        "none",
        vec![plain_member("applicant", "1960-01-01")],
    );
    expect(
        &training(&household(v.clone()), "2024-06-01"),
        "MED-04",
        Outcome::Ineligible,
        None,
    );
    let mut v = v;
    unset(&mut v, "members.0.special_disease");
    expect_missing(
        &training(&household(v), "2024-06-01"),
        "MED-04",
        "members[0].special_disease",
    );
}

// --- MED-05: 6号 第14条 「经基本医保、大病保险报销后的合规医疗费用，特困人员全额救助，低保低边及县级人民政府认定的其他
//     特殊困难人员按80%救助」 ------------------------------------------------------------------------------------

#[test]
fn med_05_dibao_member_gets_80_percent_of_compliant_remainder() {
    // E11: R1 = 72000 − 45000 − 7000 = 20000; 低保 80% → 0.8 × 20000 = 16000 元.
    let d = training(&household(e11_household("dibao")), "2025-06-01");
    expect(
        &d,
        "MED-05",
        Outcome::Eligible,
        Some(("16000", Period::Year)),
    );
}

#[test]
fn med_05_official_pack_gives_the_statutory_80_percent() {
    // The 80% is in the gazette itself: the official pack computes the same 16000.
    let d = official(&household(e11_household("dibian")), "2025-06-01");
    expect(
        &d,
        "MED-05",
        Outcome::Eligible,
        Some(("16000", Period::Year)),
    );
}

#[test]
fn med_05_dispersed_tekun_person_gets_full_aid() {
    // 「特困人员全额救助」: 1.0 × 20000 = 20000 元.
    let mut v = e11_household("none");
    set(&mut v, "members.0.tekun", json!("dispersed"));
    expect(
        &training(&household(v), "2025-06-01"),
        "MED-05",
        Outcome::Eligible,
        Some(("20000", Period::Year)),
    );
}

#[test]
fn med_05_county_recognised_special_hardship_gets_80_percent() {
    // 「县级人民政府认定的其他特殊困难人员按80%救助」: 0.8 × 20000 = 16000.
    let mut v = e11_household("none");
    set(&mut v, "county_special_hardship", json!(true));
    expect(
        &training(&household(v), "2025-06-01"),
        "MED-05",
        Outcome::Eligible,
        Some(("16000", Period::Year)),
    );
}

#[test]
fn med_05_household_amount_sums_the_members_aid() {
    // Member 0: E11, R1 = 20000 → 16000. Member 1: T = 10000, E = 1000, 基本 3500, 大病 500 →
    // R1 = 9000 − 3500 − 500 = 5000 → 0.8 × 5000 = 4000. Household 16000 + 4000 = 20000.
    let mut v = plain_household(
        "lucheng",
        "dibao",
        vec![
            plain_member("applicant", "1970-01-01"),
            plain_member("spouse", "1972-01-01"),
        ],
    );
    set(&mut v, "members.0.medical", json!([e11_episode()]));
    set(
        &mut v,
        "members.1.medical",
        json!([episode(
            "inpatient",
            true,
            "10000",
            "1000",
            "3500",
            "500",
            "0"
        )]),
    );
    let d = training(&household(v), "2025-06-01");
    expect(
        &d,
        "MED-05",
        Outcome::Eligible,
        Some(("20000", Period::Year)),
    );
    assert_eq!(member_amount(&d, "MED-05", 1), Some(dec("4000")));
}

#[test]
fn med_05_person_who_is_no_aid_recipient_gets_nothing() {
    // E11 "not 困难群众": ratio 0 → no aid.
    expect(
        &training(&household(e11_household("none")), "2025-06-01"),
        "MED-05",
        Outcome::Ineligible,
        None,
    );
}

#[test]
fn med_05_low_income_farmer_ratio_is_missing_from_the_official_pack() {
    // 低收入农户 are 困难群众 but not named in the ratio sentence (rules-core §5.3): a local ratio.
    let mut v = e11_household("none");
    set(&mut v, "low_income_farmer", json!(true));
    expect_missing(
        &official(&household(v), "2025-06-01"),
        "MED-05",
        "param:medical_aid_ratio_low_income_farmer",
    );
}

#[test]
fn med_05_unknown_status_is_undetermined() {
    let mut v = e11_household("none");
    unset(&mut v, "status");
    expect_missing(&training(&household(v), "2025-06-01"), "MED-05", "status");
}

#[test]
fn med_05_unknown_tekun_status_of_a_dibao_member_leaves_the_ratio_open() {
    // 「特困人员全额救助，低保低边…按80%救助」: for a 低保 member whose 特困 status is unknown the aid is
    // 0.8 × 20000 = 16000 if not 特困 and 1.0 × 20000 = 20000 if 特困. The ratio is decided by the
    // unknown fact, so a faithful answer is either undetermined or "at least 16000".
    // The engine once disagreed here; this test found it and the rule was fixed.
    let mut v = e11_household("dibao");
    unset(&mut v, "members.0.tekun");
    let d = training(&household(v), "2025-06-01");
    let r = d.result("MED-05").expect("MED-05 in force");
    let faithful = r.outcome == Outcome::Undetermined
        || (r.outcome == Outcome::Eligible
            && r.amount.map(|a| (a.value, a.kind)) == Some((dec("16000"), AmountKind::AtLeast)));
    assert!(
        faithful,
        "MED-05 with unknown 特困 status: got {:?} {:?}",
        r.outcome, r.amount
    );
}

// --- MED-07: 6号 第15条 「对低保低边退役军人，在定点医疗机构发生的…住院和特殊病种门诊医疗费用，扣除基本医保、大病保险和
//     医疗救助、其他补充医疗保险等各类报销、补助后，按剩余自负合规医疗费用的50%给予医疗援助。医疗援助不设起付线，一个医保
//     年度内援助金额封顶线为上年度当地居民人均消费支出的50%。」 ---------------------------------------------------------

/// A 低保 household in 鹿城 whose applicant is a veteran with `episodes`.
fn veteran_household(status: &str, episodes: Value) -> Value {
    let mut v = plain_household(
        "lucheng",
        status,
        vec![plain_member("applicant", "1965-01-01")],
    );
    set(&mut v, "members.0.veteran", json!(true));
    set(&mut v, "members.0.medical", episodes);
    // The first stay of the 医保年度: nothing received yet.
    set(&mut v, "members.0.veteran_medical_aid_used", json!("0"));
    v
}

/// rules-core E12 first stay: T = 400000, E = 30000, 基本 220000, 大病 50000, supplementary 5000.
fn e12_episode() -> Value {
    episode(
        "inpatient",
        true,
        "400000",
        "30000",
        "220000",
        "50000",
        "5000",
    )
}

#[test]
fn med_07_dibao_veteran_gets_half_of_what_remains_after_aid_and_supplementary_insurance() {
    // E12: R1 = 370000 − 220000 − 50000 = 100000; 医疗救助 80% = 80000; 补充保险 5000;
    // R2 = 100000 − 80000 − 5000 = 15000; 50% → 7500; cap 0.5 × 38000 = 19000 not reached → 7500.
    let d = training(
        &household(veteran_household("dibao", json!([e12_episode()]))),
        "2024-06-01",
    );
    expect(
        &d,
        "MED-07",
        Outcome::Eligible,
        Some(("7500", Period::Year)),
    );
    expect(
        &d,
        "MED-05",
        Outcome::Eligible,
        Some(("80000", Period::Year)),
    );
}

#[test]
fn med_07_an_unknown_amount_received_gives_an_upper_bound_and_no_costs_no_figure() {
    // E12 with the aid already received this 医保年度 unknown: 7500 is computed, but how much of the
    // 19000 cap is left is not known → at most min(7500, 19000) = 7500, not an exact figure.
    let mut v = veteran_household("dibao", json!([e12_episode()]));
    unset(&mut v, "members.0.veteran_medical_aid_used");
    let d = training(&household(v), "2024-06-01");
    let r = d.result("MED-07").unwrap();
    assert_eq!(r.outcome, Outcome::Eligible);
    let a = r.amount.unwrap();
    assert_eq!(
        (a.value, a.kind),
        (
            rust_decimal::Decimal::from(7500),
            wenzhou_assess::engine::AmountKind::AtMost
        )
    );
    // No qualifying costs this year: covered, but nothing to pay — no "0 元/年".
    let d = training(
        &household(veteran_household("dibao", json!([]))),
        "2024-06-01",
    );
    let r = d.result("MED-07").unwrap();
    assert_eq!((r.outcome, r.amount), (Outcome::Eligible, None));
}

#[test]
fn med_05_says_that_6hao_sets_no_deductible_or_cap() {
    // 6号 第14条 「低保低边…按80%救助」 sets no 起付线 and no yearly cap: E12's 80000 is the gazette's
    // figure, and the result says no limit was applied.
    let d = training(
        &household(veteran_household("dibao", json!([e12_episode()]))),
        "2024-06-01",
    );
    expect(
        &d,
        "MED-05",
        Outcome::Eligible,
        Some(("80000", Period::Year)),
    );
    let i = d.index_of("MED-05").unwrap();
    let keys: Vec<&str> = d.conditions_of(i).map(|c| c.key).collect();
    assert!(keys.contains(&"cond-medical-aid-no-deductible"), "{keys:?}");
    assert!(keys.contains(&"cond-medical-aid-no-cap"), "{keys:?}");
}

#[test]
fn med_07_second_stay_is_capped_at_what_is_left_of_the_annual_cap() {
    // E12 second stay: 7500 already received this 医保年度. Bill T = 400000, E = 30000, 基本 170000,
    // 大病 50000 → R1 = 150000; aid 0.8 × 150000 = 120000; R2 = 30000; 50% = 15000;
    // cap left = 19000 − 7500 = 11500 < 15000 → 11500 (the cap binds).
    let mut v = veteran_household(
        "dibian",
        json!([episode(
            "inpatient",
            true,
            "400000",
            "30000",
            "170000",
            "50000",
            "0"
        )]),
    );
    set(&mut v, "members.0.veteran_medical_aid_used", json!("7500"));
    expect(
        &training(&household(v), "2024-06-01"),
        "MED-07",
        Outcome::Eligible,
        Some(("11500", Period::Year)),
    );
}

#[test]
fn med_07_annual_cap_is_half_the_residents_consumption() {
    // T = 500000, E = 0, 基本 250000, 大病 50000 → R1 = 200000; aid 160000; R2 = 40000; 50% = 20000 >
    // cap 0.5 × 38000 = 19000 → 19000.
    let v = veteran_household(
        "dibao",
        json!([episode(
            "inpatient",
            true,
            "500000",
            "0",
            "250000",
            "50000",
            "0"
        )]),
    );
    expect(
        &training(&household(v), "2024-06-01"),
        "MED-07",
        Outcome::Eligible,
        Some(("19000", Period::Year)),
    );
}

#[test]
fn med_07_only_designated_inpatient_and_special_disease_costs_count() {
    // E12 stay (R2 = 15000 → 7500) plus a non-designated inpatient stay (R1 = 10000 − 6000 = 4000)
    // and a designated general-outpatient visit (R1 = 1000 − 500 = 500): neither of the latter is
    // 「在定点医疗机构发生的…住院和特殊病种门诊」 → still 7500.
    let v = veteran_household(
        "dibao",
        json!([
            e12_episode(),
            episode("inpatient", false, "10000", "0", "6000", "0", "0"),
            episode("general_outpatient", true, "1000", "0", "500", "0", "0"),
        ]),
    );
    expect(
        &training(&household(v), "2024-06-01"),
        "MED-07",
        Outcome::Eligible,
        Some(("7500", Period::Year)),
    );
}

#[test]
fn med_07_veteran_outside_dibao_dibian_is_not_covered() {
    // 「低保低边退役军人」: a veteran in a household with no status gets nothing.
    let v = veteran_household("none", json!([e12_episode()]));
    expect(
        &training(&household(v), "2024-06-01"),
        "MED-07",
        Outcome::Ineligible,
        None,
    );
    // A 低保 member who is not a veteran gets nothing either.
    let mut v = veteran_household("dibao", json!([e12_episode()]));
    set(&mut v, "members.0.veteran", json!(false));
    expect(
        &training(&household(v), "2024-06-01"),
        "MED-07",
        Outcome::Ineligible,
        None,
    );
}

#[test]
fn med_07_unknown_designation_of_an_inpatient_stay_is_undetermined() {
    let mut v = veteran_household("dibao", json!([e12_episode()]));
    unset(&mut v, "members.0.medical.0.designated");
    expect_missing(
        &training(&household(v), "2024-06-01"),
        "MED-07",
        "members[0].medical.designated",
    );
}

#[test]
fn med_07_official_pack_lacks_the_consumption_statistic() {
    let v = veteran_household("dibao", json!([e12_episode()]));
    expect_missing(
        &official(&household(v), "2024-06-01"),
        "MED-07",
        "param:resident_consumption_pc_prev_year",
    );
}

// --- MED-09: 6号 第19条 「对全市医疗救助对象资助参加全民健康补充医疗保险」; 98号 解读 「全额资助」 ----------------------
// --- MED-27: 98号 第20条 「由财政安排专项资金对困难群众资助参保，鼓励残联、退役军人及工会等…对残疾人、退役军人以及困难
//     职工等特殊群体资助参保」 -------------------------------------------------------------------------------------

#[test]
fn med_09_dibao_member_has_the_premium_paid_in_full() {
    // Premium 150 (training) × 100% (解读「全额」) = 150 元/年.
    let v = plain_household(
        "lucheng",
        "dibao",
        vec![plain_member("applicant", "1970-01-01")],
    );
    expect(
        &training(&household(v), "2024-06-01"),
        "MED-09",
        Outcome::Eligible,
        Some(("150", Period::Year)),
    );
}

#[test]
fn med_09_county_special_hardship_is_aid_recipient_but_not_kunnan_so_med_27_does_not_apply() {
    // 「其他特殊困难人员」 are 医疗救助对象 (6号 第14条) → MED-09 150; they are not 困难群众 (6号 附则) and
    // not disabled/veteran/困难职工 → MED-27 ineligible on its own terms, not superseded.
    let mut v = plain_household(
        "lucheng",
        "none",
        vec![plain_member("applicant", "1970-01-01")],
    );
    set(&mut v, "county_special_hardship", json!(true));
    let d = training(&household(v), "2024-06-01");
    expect(&d, "MED-09", Outcome::Eligible, Some(("150", Period::Year)));
    expect(&d, "MED-27", Outcome::Ineligible, None);
    assert_eq!(member_superseded(&d, "MED-27", 0), None);
}

#[test]
fn med_09_person_who_is_no_aid_recipient_gets_no_premium_aid() {
    let v = plain_household(
        "lucheng",
        "none",
        vec![plain_member("applicant", "1970-01-01")],
    );
    expect(
        &training(&household(v), "2024-06-01"),
        "MED-09",
        Outcome::Ineligible,
        None,
    );
}

#[test]
fn med_09_official_pack_lacks_the_premium() {
    let v = plain_household(
        "lucheng",
        "dibao",
        vec![plain_member("applicant", "1970-01-01")],
    );
    expect_missing(
        &official(&household(v), "2024-06-01"),
        "MED-09",
        "param:supp_ins_premium",
    );
}

#[test]
fn med_09_orphan_receiving_medical_aid_is_a_medical_aid_recipient() {
    // 6号 第19条 aids 「全市医疗救助对象」; from 2023 98号 第10条 makes orphans and 事实无人抚养儿童 「按规定享受
    // 医疗救助待遇」, i.e. 医疗救助对象 (MED-18 pays them the aid). Premium 150 × 100% = 150 元/年.
    // The engine once disagreed here; this test found it and the rule was fixed.
    let mut v = plain_household(
        "lucheng",
        "none",
        vec![
            plain_member("applicant", "1950-01-01"),
            plain_member("grandchild", "2015-01-01"),
        ],
    );
    set(&mut v, "members.1.orphan", json!("scattered"));
    let d = training(&household(v), "2024-06-01");
    assert_eq!(
        member_outcome(&d, "MED-09", 1),
        Outcome::Eligible,
        "MED-09: orphan is a 医疗救助对象"
    );
    expect(&d, "MED-09", Outcome::Eligible, Some(("150", Period::Year)));
}

#[test]
fn med_27_kunnan_premium_aid_is_paid_once_under_med_09() {
    // The same 150 premium is aided by 6号 第19条 and 98号 第20条: paid once (MED-09), MED-27 superseded.
    // Household: 2 低保 members → MED-09 150 × 2 = 300 (not 600).
    let v = plain_household(
        "lucheng",
        "dibao",
        vec![
            plain_member("applicant", "1970-01-01"),
            plain_member("spouse", "1972-01-01"),
        ],
    );
    let d = training(&household(v), "2024-06-01");
    expect(&d, "MED-09", Outcome::Eligible, Some(("300", Period::Year)));
    let r = d.result("MED-27").expect("MED-27 in force");
    assert_eq!(r.outcome, Outcome::Ineligible);
    assert_eq!(r.superseded_by, Some("MED-09"));
    assert_eq!(member_superseded(&d, "MED-27", 0), Some("MED-09"));
    assert_eq!(member_superseded(&d, "MED-27", 1), Some("MED-09"));
}

#[test]
fn med_27_disabled_member_outside_kunnan_is_referred_to_the_disabled_persons_federation() {
    // 「鼓励残联…对残疾人…资助参保」: encouraged, no amount → refer. Member 0 is a dispersed 特困 (paid
    // under MED-09, MED-27 superseded); member 1 is disabled, not 困难群众 → refer.
    let mut v = plain_household(
        "lucheng",
        "none",
        vec![
            plain_member("applicant", "1960-01-01"),
            plain_member("sibling", "1962-01-01"),
        ],
    );
    set(&mut v, "members.0.tekun", json!("dispersed"));
    set(&mut v, "members.1.disabled", json!(true));
    let d = training(&household(v), "2024-06-01");
    assert_eq!(member_outcome(&d, "MED-27", 1), Outcome::Refer);
    assert_eq!(member_superseded(&d, "MED-27", 0), Some("MED-09"));
    expect(&d, "MED-27", Outcome::Refer, None);
    // Member 1 is not a 医疗救助对象: no MED-09 for them.
    assert_eq!(member_outcome(&d, "MED-09", 1), Outcome::Ineligible);
}

#[test]
fn med_27_veteran_and_hardship_worker_family_are_referred() {
    let mut v = plain_household(
        "yongjia",
        "none",
        vec![plain_member("applicant", "1960-01-01")],
    );
    set(&mut v, "members.0.veteran", json!(true));
    expect(
        &training(&household(v.clone()), "2024-06-01"),
        "MED-27",
        Outcome::Refer,
        None,
    );
    set(&mut v, "members.0.veteran", json!(false));
    set(&mut v, "hardship_worker_family", json!(true));
    expect(
        &training(&household(v), "2024-06-01"),
        "MED-27",
        Outcome::Refer,
        None,
    );
}

#[test]
fn med_27_ordinary_household_gets_nothing() {
    let v = plain_household(
        "lucheng",
        "none",
        vec![plain_member("applicant", "1970-01-01")],
    );
    expect(
        &training(&household(v), "2024-06-01"),
        "MED-27",
        Outcome::Ineligible,
        None,
    );
}

#[test]
fn med_27_unknown_status_is_undetermined() {
    let mut v = plain_household(
        "lucheng",
        "none",
        vec![plain_member("applicant", "1970-01-01")],
    );
    unset(&mut v, "status");
    expect_missing(&training(&household(v), "2024-06-01"), "MED-27", "status");
}

// --- MED-10: 6号 第19条 「对困难群众、持证残疾人、孤儿及困境儿童参加城乡居民基本医保个人缴费部分给予全额补助」 ------------

#[test]
fn med_10_dibao_household_has_every_resident_premium_paid() {
    // 3 resident-insured 低保 members × 400 (training) × 100% = 1200 元/年.
    let v = plain_household(
        "lucheng",
        "dibao",
        vec![
            plain_member("applicant", "1970-01-01"),
            plain_member("spouse", "1972-01-01"),
            plain_member("child", "2010-01-01"),
        ],
    );
    expect(
        &training(&household(v), "2024-06-01"),
        "MED-10",
        Outcome::Eligible,
        Some(("1200", Period::Year)),
    );
}

#[test]
fn med_10_disabled_person_and_vulnerable_child_outside_kunnan_are_covered() {
    // 「持证残疾人…及困境儿童」, no status needed: member 0 disabled → 400; member 1 困境儿童 → 400;
    // member 2 neither → 0. Household 800.
    let mut v = plain_household(
        "ruian",
        "none",
        vec![
            plain_member("applicant", "1970-01-01"),
            plain_member("child", "2012-01-01"),
            plain_member("spouse", "1971-01-01"),
        ],
    );
    set(&mut v, "members.0.disabled", json!(true));
    set(&mut v, "members.1.vulnerable_child", json!(true));
    let d = training(&household(v), "2024-06-01");
    expect(&d, "MED-10", Outcome::Eligible, Some(("800", Period::Year)));
    assert_eq!(member_outcome(&d, "MED-10", 2), Outcome::Ineligible);
}

#[test]
fn med_10_disabled_employee_insured_is_not_in_resident_insurance() {
    // 「参加城乡居民基本医保」: an employee-insured disabled person gets no resident-premium aid.
    let mut v = plain_household(
        "lucheng",
        "none",
        vec![plain_member("applicant", "1970-01-01")],
    );
    set(&mut v, "members.0.disabled", json!(true));
    set(&mut v, "members.0.medical_scheme", json!("employee"));
    expect(
        &training(&household(v), "2024-06-01"),
        "MED-10",
        Outcome::Ineligible,
        None,
    );
}

#[test]
fn med_10_official_pack_lacks_the_local_premium() {
    let mut v = plain_household(
        "lucheng",
        "none",
        vec![plain_member("applicant", "1970-01-01")],
    );
    set(&mut v, "members.0.orphan", json!("scattered"));
    expect_missing(
        &official(&household(v), "2024-06-01"),
        "MED-10",
        "param:resident_medical_premium_personal",
    );
}

#[test]
fn med_10_unknown_disability_of_an_ordinary_member_is_undetermined() {
    let mut v = plain_household(
        "lucheng",
        "none",
        vec![plain_member("applicant", "1970-01-01")],
    );
    unset(&mut v, "members.0.disabled");
    expect_missing(
        &training(&household(v), "2024-06-01"),
        "MED-10",
        "members[0].disabled",
    );
}

// --- MED-11: 98号 第1条 「特病门诊与住院共用年度封顶限额，门诊封顶限额居民医保从1500元/年提高为200000元/年、职工医保从
//     10000元/年提高为470000元/年。」 ----------------------------------------------------------------------------

#[test]
fn med_11_resident_special_disease_patient_has_a_200000_shared_cap() {
    let mut v = plain_household(
        "lucheng",
        "none",
        vec![plain_member("applicant", "1970-01-01")],
    );
    set(&mut v, "members.0.special_disease", json!(true));
    let d = official(&household(v), "2024-06-01");
    expect(
        &d,
        "MED-11",
        Outcome::Eligible,
        Some(("200000", Period::Year)),
    );
    assert_eq!(
        d.result("MED-11").and_then(|r| r.amount).map(|a| a.kind),
        Some(AmountKind::AtMost)
    );
}

#[test]
fn med_11_employee_and_flexible_worker_have_a_470000_cap() {
    for scheme in ["employee", "employee_flexible"] {
        let mut v = plain_household(
            "lucheng",
            "none",
            vec![plain_member("applicant", "1970-01-01")],
        );
        set(&mut v, "members.0.special_disease", json!(true));
        set(&mut v, "members.0.medical_scheme", json!(scheme));
        expect(
            &official(&household(v), "2023-01-01"),
            "MED-11",
            Outcome::Eligible,
            Some(("470000", Period::Year)),
        );
    }
}

#[test]
fn med_11_without_special_disease_is_ineligible_and_unknown_is_undetermined() {
    let v = plain_household(
        "lucheng",
        "none",
        vec![plain_member("applicant", "1970-01-01")],
    );
    expect(
        &official(&household(v.clone()), "2024-06-01"),
        "MED-11",
        Outcome::Ineligible,
        None,
    );
    let mut v = v;
    unset(&mut v, "members.0.special_disease");
    expect_missing(
        &official(&household(v), "2024-06-01"),
        "MED-11",
        "members[0].special_disease",
    );
}

// --- MED-13: 98号 第2条 「探索职工医保退休人员门诊起付线比在职职工适当降低」 (no figure: refer) -----------------------

#[test]
fn med_13_retired_employee_insured_is_referred() {
    let mut v = plain_household(
        "lucheng",
        "none",
        vec![plain_member("applicant", "1955-01-01")],
    );
    set(&mut v, "members.0.medical_scheme", json!("employee"));
    set(&mut v, "members.0.retired_employee", json!(true));
    expect(
        &official(&household(v), "2024-06-01"),
        "MED-13",
        Outcome::Refer,
        None,
    );
}

#[test]
fn med_13_resident_insured_or_active_employee_is_ineligible() {
    // 「职工医保退休人员」: a resident-insured pensioner is not one.
    let mut v = plain_household(
        "lucheng",
        "none",
        vec![plain_member("applicant", "1955-01-01")],
    );
    set(&mut v, "members.0.retired_employee", json!(true));
    expect(
        &official(&household(v.clone()), "2024-06-01"),
        "MED-13",
        Outcome::Ineligible,
        None,
    );
    // An employee-insured person still working.
    set(&mut v, "members.0.medical_scheme", json!("employee"));
    set(&mut v, "members.0.retired_employee", json!(false));
    expect(
        &official(&household(v), "2024-06-01"),
        "MED-13",
        Outcome::Ineligible,
        None,
    );
}

#[test]
fn med_13_unknown_retirement_of_employee_insured_is_undetermined() {
    let mut v = plain_household(
        "lucheng",
        "none",
        vec![plain_member("applicant", "1955-01-01")],
    );
    set(&mut v, "members.0.medical_scheme", json!("employee"));
    unset(&mut v, "members.0.retired_employee");
    expect_missing(
        &official(&household(v), "2024-06-01"),
        "MED-13",
        "members[0].retired_employee",
    );
}

// --- MED-14: 98号 第2条 「患2种及以上慢性疾病的老年人当年门诊封顶限额适当上浮」 (老年人 = 60周岁以上, 98号 附表 一老) ----

fn chronic_elder(birth: &str, count: u8) -> Value {
    let mut v = plain_household("lucheng", "none", vec![plain_member("applicant", birth)]);
    set(&mut v, "members.0.chronic_disease_count", json!(count));
    v
}

#[test]
fn med_14_on_60th_birthday_with_two_chronic_diseases_is_referred() {
    // Born 1964-06-01: on 2024-06-01 age 60 (以上 includes 60); 2 种及以上 includes 2.
    expect(
        &official(&household(chronic_elder("1964-06-01", 2)), "2024-06-01"),
        "MED-14",
        Outcome::Refer,
        None,
    );
}

#[test]
fn med_14_the_day_before_the_60th_birthday_is_ineligible() {
    // On 2024-05-31 the same person is 59.
    expect(
        &official(&household(chronic_elder("1964-06-01", 2)), "2024-05-31"),
        "MED-14",
        Outcome::Ineligible,
        None,
    );
}

#[test]
fn med_14_one_chronic_disease_is_not_enough() {
    expect(
        &official(&household(chronic_elder("1950-01-01", 1)), "2024-06-01"),
        "MED-14",
        Outcome::Ineligible,
        None,
    );
}

#[test]
fn med_14_unknown_disease_count_is_undetermined() {
    let mut v = chronic_elder("1950-01-01", 2);
    unset(&mut v, "members.0.chronic_disease_count");
    expect_missing(
        &official(&household(v), "2024-06-01"),
        "MED-14",
        "members[0].chronic_disease_count",
    );
}

#[test]
fn med_14_unknown_birth_date_is_undetermined() {
    let mut v = chronic_elder("1950-01-01", 3);
    unset(&mut v, "members.0.birth_date");
    expect_missing(
        &official(&household(v), "2024-06-01"),
        "MED-14",
        "members[0].birth_date",
    );
}

// --- MED-15: 98号 第3条 「规范家庭病床医保支付政策，家庭病床治疗所发生符合基本医疗保险支付范围的医疗费用，根据有关规定按
//     一次住院医疗费用结算，并执行社区卫生服务机构支付标准」 --------------------------------------------------------------

#[test]
fn med_15_home_sick_bed_episode_is_settled_as_one_inpatient_stay() {
    let mut v = plain_household(
        "lucheng",
        "none",
        vec![plain_member("applicant", "1945-01-01")],
    );
    set(
        &mut v,
        "members.0.medical",
        json!([episode("home_bed", true, "6000", "0", "3000", "0", "0")]),
    );
    expect(
        &official(&household(v), "2024-06-01"),
        "MED-15",
        Outcome::Eligible,
        None,
    );
}

#[test]
fn med_15_without_home_sick_bed_care_is_ineligible() {
    let mut v = plain_household(
        "lucheng",
        "none",
        vec![plain_member("applicant", "1945-01-01")],
    );
    set(
        &mut v,
        "members.0.medical",
        json!([episode("inpatient", true, "6000", "0", "3000", "0", "0")]),
    );
    expect(
        &official(&household(v), "2024-06-01"),
        "MED-15",
        Outcome::Ineligible,
        None,
    );
}

#[test]
fn med_15_uninsured_person_has_no_medical_insurance_settlement() {
    // The clause is about 「医保支付政策」 and 「符合基本医疗保险支付范围的医疗费用…按一次住院医疗费用结算」: a
    // person with no basic medical insurance has nothing settled by 医保.
    // The engine once disagreed here; this test found it and the rule was fixed.
    let mut v = plain_household(
        "lucheng",
        "none",
        vec![plain_member("applicant", "1945-01-01")],
    );
    set(&mut v, "members.0.medical_scheme", json!("none"));
    set(
        &mut v,
        "members.0.medical",
        json!([episode("home_bed", true, "6000", "0", "0", "0", "0")]),
    );
    expect(
        &official(&household(v), "2024-06-01"),
        "MED-15",
        Outcome::Ineligible,
        None,
    );
}

// --- MED-18: 98号 第10条 「符合条件的孤儿、事实无人抚养儿童按规定享受医疗救助待遇」 (ratio 「按规定」: not in the gazette;
//     the training pack assumes 0.8, rules-core §5.3) ---------------------------------------------------------------

/// A scattered orphan living with a grandparent, household without status, with a bill of
/// T = 30000, E = 2000, 基本 18000 → R1 = 28000 − 18000 = 10000.
fn orphan_household(status: &str, orphan: &str) -> Value {
    let mut v = plain_household(
        "lucheng",
        status,
        vec![
            plain_member("applicant", "1950-01-01"),
            plain_member("grandchild", "2015-01-01"),
        ],
    );
    set(&mut v, "members.1.orphan", json!(orphan));
    set(
        &mut v,
        "members.1.medical",
        json!([episode(
            "inpatient",
            true,
            "30000",
            "2000",
            "18000",
            "0",
            "0"
        )]),
    );
    v
}

#[test]
fn med_18_scattered_orphan_gets_medical_aid_at_the_local_ratio() {
    // 0.8 (training, assumed) × 10000 = 8000. MED-05 does not apply (no status, not 特困).
    let d = training(
        &household(orphan_household("none", "scattered")),
        "2024-06-01",
    );
    expect(
        &d,
        "MED-18",
        Outcome::Eligible,
        Some(("8000", Period::Year)),
    );
    assert_eq!(member_amount(&d, "MED-18", 1), Some(dec("8000")));
    expect(&d, "MED-05", Outcome::Ineligible, None);
}

#[test]
fn med_18_child_who_is_not_an_orphan_gets_nothing() {
    let d = training(&household(orphan_household("none", "no")), "2024-06-01");
    expect(&d, "MED-18", Outcome::Ineligible, None);
}

#[test]
fn med_18_official_pack_has_no_orphan_ratio() {
    // 「按规定」: no ratio in 98号 → undetermined under the official pack.
    let d = official(
        &household(orphan_household("none", "de_facto_unsupported")),
        "2024-06-01",
    );
    expect_missing(&d, "MED-18", "param:medical_aid_ratio_orphan");
}

#[test]
fn med_18_orphan_in_dibao_household_gets_the_aid_once_not_twice() {
    // MED-05: 0.8 × 10000 = 8000; MED-18: 0.8 × 10000 = 8000: the same 「医疗救助待遇」, paid once
    // (keep the higher; a tie goes to MED-05). Household aid 8000, not 16000.
    let d = training(
        &household(orphan_household("dibao", "de_facto_unsupported")),
        "2024-06-01",
    );
    expect(
        &d,
        "MED-05",
        Outcome::Eligible,
        Some(("8000", Period::Year)),
    );
    assert_eq!(member_outcome(&d, "MED-18", 1), Outcome::Ineligible);
    assert_eq!(member_superseded(&d, "MED-18", 1), Some("MED-05"));
}

// --- MED-29: 98号 一、工作目标 「到2023年底…困难群众医疗费用个人负担率控制在20%以内」, 「医疗费用个人负担率下降到15%
//     以内」 (2025); nothing stated for 2024 (rules-core errata 8). 以内 includes the number: a rate equal to
//     the target is within it and is not flagged. MED-28 (98号 第18–19条 「实现困难群众高额医疗费用动态清零」
//     「探索家庭和个人医疗费用负担封顶」) refers on the same test. -------------------------------------------------

#[test]
fn med_28_kunnan_member_with_a_high_burden_is_referred() {
    // 98号 第18–19条: 「实现困难群众高额医疗费用动态清零」「探索家庭和个人医疗费用负担封顶」: no ceiling exists
    // yet, so a 困难群众 member above the year's burden target is referred. E11 variant (2025): burden
    // 14000 / 82000 = 17.07% > 15% → refer; E11 itself: 12000 / 80000 = 15% (以内) → not referred.
    let mut v = e11_household("dibao");
    set(
        &mut v,
        "members.0.medical",
        json!([episode(
            "inpatient",
            true,
            "82000",
            "10000",
            "45000",
            "7000",
            "0"
        )]),
    );
    expect(
        &training(&household(v), "2025-06-01"),
        "MED-28",
        Outcome::Refer,
        None,
    );
    expect(
        &training(&household(e11_household("dibao")), "2025-06-01"),
        "MED-28",
        Outcome::Ineligible,
        None,
    );
}

#[test]
fn med_28_person_who_is_not_kunnan_is_not_referred() {
    // E11 "not 困难群众": burden 28000 / 80000 = 35%, but 第18条 concerns 困难群众 only.
    expect(
        &training(&household(e11_household("none")), "2025-06-01"),
        "MED-28",
        Outcome::Ineligible,
        None,
    );
}

#[test]
fn med_28_unknown_status_is_undetermined() {
    let mut v = e11_household("dibao");
    unset(&mut v, "status");
    expect_missing(&training(&household(v), "2025-06-01"), "MED-28", "status");
}

#[test]
fn med_29_dibao_burden_of_exactly_15_percent_in_2025_is_not_flagged() {
    // E11 低保: OOP = 80000 − 45000 − 7000 − 16000 = 12000; 12000 / 80000 = 15.0% → 「15%以内」 → no flag.
    let d = training(&household(e11_household("dibao")), "2025-06-01");
    expect(&d, "MED-29", Outcome::Ineligible, None);
    expect(&d, "MED-28", Outcome::Ineligible, None);
}

#[test]
fn med_29_dibao_burden_above_15_percent_in_2025_is_flagged() {
    // E11 variant: E = 10000, T = 82000 → P = 72000, R1 = 72000 − 45000 − 7000 = 20000, aid 16000,
    // OOP = 82000 − 45000 − 7000 − 16000 = 14000; 14000 / 82000 = 17.07% > 15% → flag (refer).
    let mut v = e11_household("dibao");
    set(
        &mut v,
        "members.0.medical",
        json!([episode(
            "inpatient",
            true,
            "82000",
            "10000",
            "45000",
            "7000",
            "0"
        )]),
    );
    let d = training(&household(v), "2025-06-01");
    expect(&d, "MED-29", Outcome::Refer, None);
    expect(&d, "MED-28", Outcome::Refer, None);
}

#[test]
fn med_29_burden_of_exactly_20_percent_in_2023_is_within_the_target() {
    // T = 100000, E = 16000, 基本 54000, 大病 10000 → R1 = 84000 − 64000 = 20000; aid 0.8 × 20000 = 16000;
    // OOP = 100000 − 54000 − 10000 − 16000 = 20000; 20000 / 100000 = 20% → 「20%以内」 → no flag.
    let mut v = e11_household("dibian");
    set(
        &mut v,
        "members.0.medical",
        json!([episode(
            "inpatient",
            true,
            "100000",
            "16000",
            "54000",
            "10000",
            "0"
        )]),
    );
    expect(
        &official(&household(v), "2023-06-01"),
        "MED-29",
        Outcome::Ineligible,
        None,
    );
}

#[test]
fn med_29_burden_just_above_20_percent_in_2023_is_flagged() {
    // T = 100010, E = 16010, 基本 54000, 大病 10000 → R1 = 84000 − 64000 = 20000; aid 16000;
    // OOP = 100010 − 54000 − 10000 − 16000 = 20010; 20010 / 100010 = 20.008% > 20% → flag.
    let mut v = e11_household("dibian");
    set(
        &mut v,
        "members.0.medical",
        json!([episode(
            "inpatient",
            true,
            "100010",
            "16010",
            "54000",
            "10000",
            "0"
        )]),
    );
    expect(
        &official(&household(v), "2023-06-01"),
        "MED-29",
        Outcome::Refer,
        None,
    );
}

#[test]
fn med_29_tekun_burden_of_10_percent_is_not_flagged() {
    // E11 特困: aid 20000; OOP = 80000 − 45000 − 7000 − 20000 = 8000 = 10% ≤ 15%.
    let mut v = e11_household("none");
    set(&mut v, "members.0.tekun", json!("dispersed"));
    expect(
        &training(&household(v), "2025-06-01"),
        "MED-29",
        Outcome::Ineligible,
        None,
    );
}

#[test]
fn med_29_person_who_is_not_kunnan_is_never_flagged() {
    // E11 "not 困难群众": burden 35%, but the target is about 困难群众 only.
    expect(
        &training(&household(e11_household("none")), "2025-06-01"),
        "MED-29",
        Outcome::Ineligible,
        None,
    );
}

#[test]
fn med_29_no_target_is_stated_for_2024() {
    // errata 8: targets for end-2023 (20%) and 2025 (15%) only → undetermined, naming the parameter.
    let mut v = e11_household("dibao");
    set(
        &mut v,
        "members.0.medical",
        json!([episode(
            "inpatient",
            true,
            "82000",
            "10000",
            "45000",
            "7000",
            "0"
        )]),
    );
    let d = training(&household(v), "2024-06-01");
    expect_missing(&d, "MED-29", "param:medical_burden_target");
    expect_missing(&d, "MED-28", "param:medical_burden_target");
}

#[test]
fn med_29_the_2023_target_ends_on_2023_12_31() {
    // The E11 variant (burden 17.07%): within the 2023 target of 20% → not flagged on 2023-12-31;
    // above the 2025 target of 15% → flagged on 2025-01-01.
    let mut v = e11_household("dibao");
    set(
        &mut v,
        "members.0.medical",
        json!([episode(
            "inpatient",
            true,
            "82000",
            "10000",
            "45000",
            "7000",
            "0"
        )]),
    );
    let h = household(v);
    expect(
        &training(&h, "2023-12-31"),
        "MED-29",
        Outcome::Ineligible,
        None,
    );
    expect(&training(&h, "2025-01-01"), "MED-29", Outcome::Refer, None);
}
