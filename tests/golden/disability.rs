//! Golden households for disability and mental health: 温政发〔2022〕6号 第9条 (DIS-01…DIS-04) and 第16条
//! (DIS-05, DIS-06), with rules-core §10 E17.
//!
//! Expected values are worked out by hand from the clauses; every figure is the gazette's own
//! (official pack): 150 / 400 元/月 to the guardian, 200 元/月 care subsidy, 10000 元/年 injection
//! treatment, the full remainder of antipsychotics, accident insurance of at least 50 元.

use crate::common::*;
use serde_json::{Value, json};
use wenzhou_assess::engine::{AmountKind, Outcome, Period};

/// A patient (applicant) in a household of `area` and `status` with a mental-illness record.
fn patient(area: &str, status: &str, record: Value) -> Value {
    let mut v = plain_household(
        area,
        status,
        vec![
            plain_member("applicant", "1980-01-01"),
            plain_member("parent", "1955-01-01"),
        ],
    );
    set(&mut v, "members.0.mental_illness", record);
    v
}

/// E17's patient: class Ⅱ, guardian performing the duty, community-managed, outpatient drugs.
fn e17() -> Value {
    json!({ "risk_class": "class2", "guardian_fulfils_duty": true, "community_managed": true,
            "long_acting_injection": false, "outpatient_antipsychotics": true,
            "antipsychotic_cost": "3600", "antipsychotic_insurance_paid": "2160" })
}

// --- DIS-01: 「对有危险性评估等级风险患者的监护人有效履行监护责任给予I类患者每人每月150元，Ⅱ类患者每人每月400元的补助」 ------

#[test]
fn dis_01_e17_the_guardian_of_a_class_2_patient_gets_400_a_month() {
    let d = official(&household(patient("lucheng", "dibao", e17())), "2024-06-01");
    expect(
        &d,
        "DIS-01",
        Outcome::Eligible,
        Some(("400", Period::Month)),
    );
}

#[test]
fn dis_01_e17_class_1_gives_150() {
    let mut r = e17();
    r["risk_class"] = json!("class1");
    let d = official(&household(patient("lucheng", "dibao", r)), "2024-06-01");
    expect(
        &d,
        "DIS-01",
        Outcome::Eligible,
        Some(("150", Period::Month)),
    );
}

#[test]
fn dis_01_needs_a_risk_class_and_the_guardian_s_duty() {
    let mut r = e17();
    r["risk_class"] = json!("none");
    let d = official(&household(patient("lucheng", "none", r)), "2024-06-01");
    expect(&d, "DIS-01", Outcome::Ineligible, None);
    let mut r = e17();
    r["guardian_fulfils_duty"] = json!(false);
    let d = official(&household(patient("lucheng", "none", r)), "2024-06-01");
    expect(&d, "DIS-01", Outcome::Ineligible, None);
    let mut r = e17();
    r.as_object_mut().unwrap().remove("guardian_fulfils_duty");
    let d = official(&household(patient("lucheng", "none", r)), "2024-06-01");
    expect_missing(
        &d,
        "DIS-01",
        "members[0].mental_illness.guardian_fulfils_duty",
    );
}

#[test]
fn dis_01_to_04_ask_nothing_of_a_household_without_mental_illness() {
    let v = plain_household(
        "lucheng",
        "dibao",
        vec![plain_member("applicant", "1980-01-01")],
    );
    let d = official(&household(v), "2024-06-01");
    for id in ["DIS-01", "DIS-02", "DIS-03", "DIS-04", "DIS-05", "DIS-06"] {
        expect(&d, id, Outcome::Ineligible, None);
    }
}

// --- DIS-02: 「对纳入当地村（社）管理的特困供养、低保低边中的患者…给予每人每月200元的补贴」 -------------------------------

#[test]
fn dis_02_e17_a_dibao_patient_under_community_management_gets_200_on_top_of_dis_01() {
    // E17: guardian 400 + patient 200 = 600 元/月 (different recipients: both paid).
    let d = official(&household(patient("lucheng", "dibao", e17())), "2024-06-01");
    expect(
        &d,
        "DIS-02",
        Outcome::Eligible,
        Some(("200", Period::Month)),
    );
    expect(
        &d,
        "DIS-01",
        Outcome::Eligible,
        Some(("400", Period::Month)),
    );
}

#[test]
fn dis_02_a_dispersed_tekun_patient_outside_dibao_is_covered() {
    let mut v = patient("ruian", "none", e17());
    set(&mut v, "members.0.tekun", json!("dispersed"));
    let d = official(&household(v), "2024-06-01");
    expect(
        &d,
        "DIS-02",
        Outcome::Eligible,
        Some(("200", Period::Month)),
    );
}

#[test]
fn dis_02_is_not_for_households_outside_the_assistance_groups_or_without_management() {
    let d = official(&household(patient("lucheng", "none", e17())), "2024-06-01");
    expect(&d, "DIS-02", Outcome::Ineligible, None);
    let mut r = e17();
    r["community_managed"] = json!(false);
    let d = official(&household(patient("lucheng", "dibian", r)), "2024-06-01");
    expect(&d, "DIS-02", Outcome::Ineligible, None);
}

// --- DIS-03: 「对治疗依从性差、弱监护或无监护、具有肇事肇祸风险的精神分裂症患者试行长效针剂注射治疗，经评估认定后给予患者每年
// 每人1万元补助」 -------------------------------------------------------------------------------------------------------

#[test]
fn dis_03_e17_a_patient_approved_for_long_acting_injection_gets_10000_a_year() {
    let mut r = e17();
    r["long_acting_injection"] = json!(true);
    let d = official(&household(patient("lucheng", "dibao", r)), "2024-06-01");
    expect(
        &d,
        "DIS-03",
        Outcome::Eligible,
        Some(("10000", Period::Year)),
    );
}

#[test]
fn dis_03_without_the_assessment_nothing_and_unknown_is_asked() {
    let d = official(&household(patient("lucheng", "dibao", e17())), "2024-06-01");
    expect(&d, "DIS-03", Outcome::Ineligible, None);
    let mut r = e17();
    r.as_object_mut().unwrap().remove("long_acting_injection");
    let d = official(&household(patient("lucheng", "dibao", r)), "2024-06-01");
    expect_missing(
        &d,
        "DIS-03",
        "members[0].mental_illness.long_acting_injection",
    );
}

// --- DIS-04: 「…需要门诊服用基本抗精神病药物且属于困难群众的持证残疾人…经基本医疗保险报销后剩余部分费用由当地给予全额保障」 ---

fn certified(mut v: Value) -> Value {
    set(&mut v, "members.0.disabled", json!(true));
    set(&mut v, "members.0.disability_category", json!("mental"));
    set(&mut v, "members.0.disability_grade", json!(2));
    v
}

#[test]
fn dis_04_e17_the_remainder_after_basic_insurance_is_fully_covered() {
    // E17: drugs 300 元/月, insurance 180 元/月 → remainder 120 元/月; over the year
    // 3600 − 2160 = 1440 元, 100% covered → 1440.
    let d = official(
        &household(certified(patient("lucheng", "dibao", e17()))),
        "2024-06-01",
    );
    expect(
        &d,
        "DIS-04",
        Outcome::Eligible,
        Some(("1440", Period::Year)),
    );
}

#[test]
fn dis_04_without_the_costs_the_entitlement_stands_alone() {
    // Settled at the hospital in real time: eligible, no amount computed.
    let mut r = e17();
    let o = r.as_object_mut().unwrap();
    o.remove("antipsychotic_cost");
    o.remove("antipsychotic_insurance_paid");
    let d = official(
        &household(certified(patient("lucheng", "dibian", r))),
        "2024-06-01",
    );
    expect(&d, "DIS-04", Outcome::Eligible, None);
}

#[test]
fn dis_04_needs_a_certificate_and_the_hardship_groups() {
    // Not certified (持证残疾人): not eligible.
    let d = official(&household(patient("lucheng", "dibao", e17())), "2024-06-01");
    expect(&d, "DIS-04", Outcome::Ineligible, None);
    // Certified, but not 困难群众.
    let d = official(
        &household(certified(patient("lucheng", "none", e17()))),
        "2024-06-01",
    );
    expect(&d, "DIS-04", Outcome::Ineligible, None);
    // Certified, status unknown: undetermined.
    let mut v = certified(patient("lucheng", "none", e17()));
    v.as_object_mut().unwrap().remove("status");
    let d = official(&household(v), "2024-06-01");
    expect_missing(&d, "DIS-04", "status");
}

// --- DIS-05: 「有康复需求的持证残疾人按《浙江省残疾人辅助器具购买补贴目录》在辅助器具使用年限及补贴参考价格范围内给予补贴」 ---

fn device(price: &str, reference: &str, within: bool) -> Value {
    let mut v = certified(plain_household(
        "yueqing",
        "none",
        vec![plain_member("applicant", "1970-01-01")],
    ));
    set(
        &mut v,
        "members.0.assistive_device",
        json!({ "price": price, "reference_price": reference, "within_service_life": within }),
    );
    v
}

#[test]
fn dis_05_pays_the_price_up_to_the_catalogue_reference_price() {
    // min(3000, 2000) = 2000; min(1500, 2000) = 1500; once per device.
    let d = official(&household(device("3000", "2000", false)), "2024-06-01");
    expect(
        &d,
        "DIS-05",
        Outcome::Eligible,
        Some(("2000", Period::Once)),
    );
    let d = official(&household(device("1500", "2000", false)), "2024-06-01");
    expect(
        &d,
        "DIS-05",
        Outcome::Eligible,
        Some(("1500", Period::Once)),
    );
}

#[test]
fn dis_05_not_again_within_the_service_life() {
    let d = official(&household(device("3000", "2000", true)), "2024-06-01");
    expect(&d, "DIS-05", Outcome::Ineligible, None);
}

#[test]
fn dis_05_names_the_reference_price_when_it_is_missing_and_needs_a_certificate() {
    let mut v = device("3000", "2000", false);
    v["members"][0]["assistive_device"]
        .as_object_mut()
        .unwrap()
        .remove("reference_price");
    let d = official(&household(v), "2024-06-01");
    expect_missing(&d, "DIS-05", "members[0].assistive_device.reference_price");
    let mut v = device("3000", "2000", false);
    set(&mut v, "members.0.disabled", json!(false));
    let d = official(&household(v), "2024-06-01");
    expect(&d, "DIS-05", Outcome::Ineligible, None);
}

// --- DIS-06: 「为残疾人购买不低于50元的意外伤害保险」 ------------------------------------------------------------------------

#[test]
fn dis_06_a_certified_disabled_person_is_insured_for_at_least_50() {
    let v = certified(plain_household(
        "taishun",
        "none",
        vec![plain_member("applicant", "1970-01-01")],
    ));
    let d = official(&household(v), "2024-06-01");
    expect(&d, "DIS-06", Outcome::Eligible, Some(("50", Period::Year)));
    assert_eq!(
        d.result("DIS-06").unwrap().amount.unwrap().kind,
        AmountKind::AtLeast
    );
}

#[test]
fn dis_06_not_outside_wenzhou_hukou_and_unknown_certificate_is_asked() {
    let v = certified(plain_household(
        "outside_wenzhou",
        "none",
        vec![plain_member("applicant", "1970-01-01")],
    ));
    let d = official(&household(v), "2024-06-01");
    expect(&d, "DIS-06", Outcome::Ineligible, None);
    let mut v = plain_household(
        "taishun",
        "none",
        vec![plain_member("applicant", "1970-01-01")],
    );
    v["members"][0].as_object_mut().unwrap().remove("disabled");
    let d = official(&household(v), "2024-06-01");
    expect_missing(&d, "DIS-06", "members[0].disabled");
}

#[test]
fn dis_02_is_undetermined_when_community_management_is_unknown() {
    let mut r = e17();
    r.as_object_mut().unwrap().remove("community_managed");
    let d = official(&household(patient("lucheng", "dibao", r)), "2024-06-01");
    expect_missing(&d, "DIS-02", "members[0].mental_illness.community_managed");
}

#[test]
fn dis_05_asks_a_certified_member_whether_a_device_is_needed() {
    // 「有康复需求的持证残疾人…给予补贴」: for a certified member whether a device is needed decides; with no
    // device record it is asked, not read as "no".
    let mut v = device("3000", "2000", false);
    v["members"][0]
        .as_object_mut()
        .unwrap()
        .remove("assistive_device");
    let d = official(&household(v), "2024-06-01");
    expect(&d, "DIS-05", Outcome::Undetermined, None);
    expect_missing(&d, "DIS-05", "members[0].assistive_device");
}
