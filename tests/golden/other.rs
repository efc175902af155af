//! Golden households for the remaining rules: veterans' one-off aids (温政发〔2022〕6号 第4条, VET-02,
//! VET-03), the union's and 民政's referrals (第8条 INC-20, INC-21; 第26条 INC-22), residence permits
//! (第25条, OTH-01) and the expired measures of 温政办〔2022〕94号 (P94-01…P94-03), in force from its issue on
//! 2022-12-22 to 2023-06-30.
//!
//! Expected values are worked out by hand from the clauses; 94号's figures (50 / 150 / 200 元, 5 points)
//! are the gazette's own (official pack).

use crate::common::*;
use serde_json::{Value, json};
use wenzhou_assess::engine::{Outcome, Period};

fn one(area: &str, status: &str, birth: &str) -> Value {
    plain_household(area, status, vec![plain_member("applicant", birth)])
}

// --- VET-02: 「因参与突发公共事件等应急处置工作殉职的退役军人，以及因战、因公牺牲的现役军人，给予其遗属一次性援助」 (6号 第4条) -----

#[test]
fn vet_02_the_survivors_of_a_service_member_killed_on_duty_are_referred() {
    let mut v = one("pingyang", "none", "1960-01-01");
    set(
        &mut v,
        "fallen_service_member",
        json!({ "cause": "active_service_death" }),
    );
    let d = official(&household(v.clone()), "2024-06-01");
    expect(&d, "VET-02", Outcome::Refer, None);
    set(
        &mut v,
        "fallen_service_member",
        json!({ "cause": "veteran_emergency_duty" }),
    );
    let d = official(&household(v), "2024-06-01");
    expect(&d, "VET-02", Outcome::Refer, None);
}

#[test]
fn vet_02_another_cause_or_no_record_gives_nothing_and_an_unknown_cause_is_asked() {
    let mut v = one("pingyang", "none", "1960-01-01");
    let d = official(&household(v.clone()), "2024-06-01");
    expect(&d, "VET-02", Outcome::Ineligible, None);
    set(&mut v, "fallen_service_member", json!({ "cause": "other" }));
    let d = official(&household(v.clone()), "2024-06-01");
    expect(&d, "VET-02", Outcome::Ineligible, None);
    set(&mut v, "fallen_service_member", json!({}));
    let d = official(&household(v), "2024-06-01");
    expect_missing(&d, "VET-02", "fallen_service_member.cause");
}

// --- VET-03: 「县级以上表彰奖励获得者以及县级人民政府规定的其他困难退役军人，家庭出现重大变故导致困难…给予一次性援助」 ----------

fn veteran(category: &str, event: bool) -> Value {
    let mut v = one("yongjia", "none", "1970-01-01");
    set(&mut v, "members.0.veteran", json!(true));
    set(&mut v, "members.0.veteran_category", json!(category));
    set(&mut v, "hardship_event", json!(event));
    v
}

#[test]
fn vet_03_a_commended_veteran_whose_family_met_a_major_event_is_referred() {
    let d = official(&household(veteran("commended", true)), "2024-06-01");
    expect(&d, "VET-03", Outcome::Refer, None);
    let d = official(&household(veteran("county_hardship", true)), "2024-06-01");
    expect(&d, "VET-03", Outcome::Refer, None);
}

#[test]
fn vet_03_needs_the_event_the_category_and_the_veteran() {
    let d = official(&household(veteran("commended", false)), "2024-06-01");
    expect(&d, "VET-03", Outcome::Ineligible, None);
    let d = official(&household(veteran("other", true)), "2024-06-01");
    expect(&d, "VET-03", Outcome::Ineligible, None);
    // Not a veteran: nothing asked about the category.
    let mut v = one("yongjia", "none", "1970-01-01");
    set(&mut v, "hardship_event", json!(true));
    let d = official(&household(v), "2024-06-01");
    expect(&d, "VET-03", Outcome::Ineligible, None);
}

// --- INC-20, INC-21: 6号 第8条 (trade union) -----------------------------------------------------------------------------

#[test]
fn inc_20_a_registered_hardship_worker_family_after_an_accident_is_referred_to_the_union() {
    let mut v = one("lucheng", "none", "1975-01-01");
    set(&mut v, "hardship_worker_family", json!(true));
    set(&mut v, "hardship_event", json!(true));
    let d = official(&household(v.clone()), "2024-06-01");
    expect(&d, "INC-20", Outcome::Refer, None);
    // Not registered: nothing.
    set(&mut v, "hardship_worker_family", json!(false));
    let d = official(&household(v), "2024-06-01");
    expect(&d, "INC-20", Outcome::Ineligible, None);
}

#[test]
fn inc_21_a_registered_family_with_a_chronic_illness_is_referred_and_a_healthy_one_is_not() {
    let mut v = one("lucheng", "none", "1975-01-01");
    set(&mut v, "hardship_worker_family", json!(true));
    let d = official(&household(v.clone()), "2024-06-01");
    expect(&d, "INC-21", Outcome::Ineligible, None);
    set(&mut v, "members.0.chronic_outpatient", json!(true));
    let d = official(&household(v), "2024-06-01");
    expect(&d, "INC-21", Outcome::Refer, None);
}

// --- INC-22: 「将符合条件的新市民纳入救助范围，分层分类实施社会救助」 (6号 第26条) ------------------------------------------------

#[test]
fn inc_22_a_new_citizen_household_in_hardship_is_referred_to_minzheng() {
    let mut v = one("outside_wenzhou", "none", "1985-01-01");
    set(&mut v, "hardship_event", json!(true));
    let d = official(&household(v), "2024-06-01");
    expect(&d, "INC-22", Outcome::Refer, None);
}

#[test]
fn inc_22_below_the_dibao_standard_refers_and_above_it_does_not() {
    // Training S = 1100: a single person earning 1000 is below; 1200 is not.
    let mut v = one("outside_wenzhou", "none", "1985-01-01");
    let wages = |a: &str| {
        json!([{ "kind": "wages", "amount": a, "period": "month",
                 "job_start": "2015-01-01", "first_job_since_recognition": false }])
    };
    set(&mut v, "members.0.incomes", wages("1000"));
    let d = training(&household(v.clone()), "2024-06-01");
    expect(&d, "INC-22", Outcome::Refer, None);
    set(&mut v, "members.0.incomes", wages("1200"));
    let d = training(&household(v.clone()), "2024-06-01");
    expect(&d, "INC-22", Outcome::Ineligible, None);
    // The official pack has no 低保 standard: undetermined naming it.
    let d = official(&household(v), "2024-06-01");
    expect_missing(&d, "INC-22", "param:dibao_standard_monthly");
}

#[test]
fn inc_22_is_only_for_households_without_wenzhou_hukou() {
    let mut v = one("lucheng", "none", "1985-01-01");
    set(&mut v, "hardship_event", json!(true));
    let d = official(&household(v), "2024-06-01");
    expect(&d, "INC-22", Outcome::Ineligible, None);
}

// --- OTH-01: 「…持有有效浙江省居住证，或在浙江省内跨市域、跨县域累计居住登记时间达到6个月且目前居住登记在温州的，可直接办理
// 居住证」 (6号 第25条) ------------------------------------------------------------------------------------------------

fn migrant(birth: &str) -> Value {
    one("outside_wenzhou", "none", birth)
}

#[test]
fn oth_01_a_worker_with_a_zhejiang_permit_gets_a_wenzhou_permit_directly() {
    let mut v = migrant("1990-01-01");
    set(
        &mut v,
        "members.0.residence_permit",
        json!("zhejiang_other"),
    );
    let d = official(&household(v), "2024-06-01");
    expect(&d, "OTH-01", Outcome::Eligible, None);
}

#[test]
fn oth_01_six_months_of_registration_and_registered_in_wenzhou_also_qualify() {
    // 「达到6个月」: 6 included, 5 not.
    let mut v = migrant("1990-01-01");
    set(&mut v, "members.0.residence_permit", json!("none"));
    set(&mut v, "members.0.zhejiang_registration_months", json!(6));
    set(&mut v, "members.0.registered_in_wenzhou", json!(true));
    let d = official(&household(v.clone()), "2024-06-01");
    expect(&d, "OTH-01", Outcome::Eligible, None);
    set(&mut v, "members.0.zhejiang_registration_months", json!(5));
    let d = official(&household(v), "2024-06-01");
    expect(&d, "OTH-01", Outcome::Ineligible, None);
}

#[test]
fn oth_01_is_for_workers_of_working_age_without_wenzhou_hukou() {
    // Born 2008-06-02: 15 on 2024-06-01 (working age 16, 劳动法 第15条).
    let mut v = migrant("2008-06-02");
    set(
        &mut v,
        "members.0.residence_permit",
        json!("zhejiang_other"),
    );
    let d = official(&household(v), "2024-06-01");
    expect(&d, "OTH-01", Outcome::Ineligible, None);
    let mut v = one("ruian", "none", "1990-01-01");
    set(
        &mut v,
        "members.0.residence_permit",
        json!("zhejiang_other"),
    );
    let d = official(&household(v), "2024-06-01");
    expect(&d, "OTH-01", Outcome::Ineligible, None);
}

#[test]
fn oth_01_is_undetermined_when_the_permit_is_unknown() {
    let d = official(&household(migrant("1990-01-01")), "2024-06-01");
    expect_missing(&d, "OTH-01", "members[0].residence_permit");
}

// --- 94号 (2022-12-22 → 2023-06-30) ----------------------------------------------------------------------------------------

/// A non-local worker with ID number `id`, back at work on their own, insured in January and February
/// 2023, employed in 市区, who stayed over the festival with a Wenzhou permit.
fn worker(id: &str) -> Value {
    let mut v = plain_household(
        "outside_wenzhou",
        "none",
        vec![plain_member("applicant", "1990-01-01")],
    );
    set(&mut v, "members.0.id_number", json!(id));
    set(&mut v, "members.0.residence_permit", json!("wenzhou"));
    set(
        &mut v,
        "members.0.spring_festival_2023",
        json!({ "stayed_in_wenzhou": true, "returned_on_own": true,
                "pension_jan_feb_2023": true, "employer_in_shiqu": true,
                "paired_region_poverty_alleviated": false }),
    );
    v
}

// Valid 18-digit numbers (check digit per GB 11643) from three regions.
const ANHUI: &str = "340102199001010014";
const HANGZHOU: &str = "330102199001010012";
const SICHUAN: &str = "510102199001010016";
const WENZHOU: &str = "330302199001010013";

#[test]
fn p94_01_the_return_to_work_travel_subsidy_follows_the_origin_by_id_number() {
    // 94号 第10条: 市外省内 50, 华东地区 150, 华东以外地区 200 元/人, once.
    for (id, amount) in [(HANGZHOU, "50"), (ANHUI, "150"), (SICHUAN, "200")] {
        let d = official(&household(worker(id)), "2023-03-01");
        expect(
            &d,
            "P94-01",
            Outcome::Eligible,
            Some((amount, Period::Once)),
        );
    }
}

#[test]
fn p94_01_a_wenzhou_id_number_is_not_a_non_local_worker() {
    let d = official(&household(worker(WENZHOU)), "2023-03-01");
    expect(&d, "P94-01", Outcome::Ineligible, None);
    expect(&d, "P94-03", Outcome::Ineligible, None);
}

#[test]
fn p94_01_needs_a_shiqu_employer_and_the_january_february_insurance() {
    let mut v = worker(ANHUI);
    set(
        &mut v,
        "members.0.spring_festival_2023.employer_in_shiqu",
        json!(false),
    );
    let d = official(&household(v), "2023-03-01");
    expect(&d, "P94-01", Outcome::Ineligible, None);
    let mut v = worker(ANHUI);
    set(
        &mut v,
        "members.0.spring_festival_2023.pension_jan_feb_2023",
        json!(false),
    );
    let d = official(&household(v), "2023-03-01");
    expect(&d, "P94-01", Outcome::Ineligible, None);
}

#[test]
fn p94_01_without_an_id_number_the_recorded_origin_is_used_or_asked() {
    let mut v = worker(ANHUI);
    v["members"][0].as_object_mut().unwrap().remove("id_number");
    let d = official(&household(v.clone()), "2023-03-01");
    expect_missing(&d, "P94-01", "members[0].spring_festival_2023.origin");
    set(
        &mut v,
        "members.0.spring_festival_2023.origin",
        json!("elsewhere"),
    );
    let d = official(&household(v), "2023-03-01");
    expect(&d, "P94-01", Outcome::Eligible, Some(("200", Period::Once)));
}

#[test]
fn p94_rules_are_assessed_from_the_issue_date_to_2023_06_30_only() {
    // 「本政策自印发之日起施行，有效期至2023年6月30日」, issued 2022-12-22.
    let v = household(worker(ANHUI));
    for id in ["P94-01", "P94-02", "P94-03"] {
        assert!(official(&v, "2022-12-21").result(id).is_none(), "{id}");
        assert!(official(&v, "2022-12-22").result(id).is_some(), "{id}");
        assert!(official(&v, "2023-06-30").result(id).is_some(), "{id}");
        assert!(official(&v, "2023-07-01").result(id).is_none(), "{id}");
    }
    let d = official(&v, "2023-06-30");
    expect(&d, "P94-01", Outcome::Eligible, Some(("150", Period::Once)));
}

#[test]
fn p94_02_a_cross_province_worker_from_a_paired_region_is_referred() {
    // 「按规定发放一次性交通补助」: no amount in the text.
    let mut v = worker(SICHUAN);
    set(
        &mut v,
        "members.0.spring_festival_2023.paired_region_poverty_alleviated",
        json!(true),
    );
    let d = official(&household(v), "2023-02-01");
    expect(&d, "P94-02", Outcome::Refer, None);
    // From within Zhejiang: not cross-province.
    let mut v = worker(HANGZHOU);
    set(
        &mut v,
        "members.0.spring_festival_2023.paired_region_poverty_alleviated",
        json!(true),
    );
    let d = official(&household(v), "2023-02-01");
    expect(&d, "P94-02", Outcome::Ineligible, None);
}

#[test]
fn p94_03_a_worker_who_stayed_with_a_wenzhou_permit_gets_5_points() {
    let d = official(&household(worker(SICHUAN)), "2023-02-10");
    expect(&d, "P94-03", Outcome::Eligible, None);
    let index = d.index_of("P94-03").unwrap();
    let points: Vec<_> = d
        .conditions_of(index)
        .filter(|c| c.key == "cond-p94-points")
        .collect();
    assert_eq!(points.len(), 1);
    assert_eq!(points[0].actual.number(), Some(5.into()));
    // A permit from elsewhere in Zhejiang is not 「温州公安机关签发」.
    let mut v = worker(SICHUAN);
    set(
        &mut v,
        "members.0.residence_permit",
        json!("zhejiang_other"),
    );
    let d = official(&household(v), "2023-02-10");
    expect(&d, "P94-03", Outcome::Ineligible, None);
}

#[test]
fn p94_rules_ask_nothing_of_a_household_without_the_spring_festival_record() {
    let d = official(
        &household(one("lucheng", "none", "1990-01-01")),
        "2023-03-01",
    );
    for id in ["P94-01", "P94-02", "P94-03"] {
        expect(&d, id, Outcome::Ineligible, None);
    }
}

// --- Unknown facts that decide: undetermined, naming them -------------------------------------------------------

#[test]
fn vet_03_is_undetermined_when_the_veteran_s_category_is_unknown() {
    let mut v = veteran("commended", true);
    v["members"][0]
        .as_object_mut()
        .unwrap()
        .remove("veteran_category");
    let d = official(&household(v), "2024-06-01");
    expect_missing(&d, "VET-03", "members[0].veteran_category");
}

#[test]
fn inc_20_and_inc_21_are_undetermined_when_the_cause_is_unknown() {
    let mut v = one("lucheng", "none", "1975-01-01");
    set(&mut v, "hardship_worker_family", json!(true));
    v.as_object_mut().unwrap().remove("hardship_event");
    let d = official(&household(v.clone()), "2024-06-01");
    expect_missing(&d, "INC-20", "hardship_event");
    v["members"][0]
        .as_object_mut()
        .unwrap()
        .remove("chronic_outpatient");
    let d = official(&household(v), "2024-06-01");
    expect_missing(&d, "INC-21", "members[0].chronic_outpatient");
}

#[test]
fn p94_02_and_p94_03_are_undetermined_when_the_worker_s_facts_are_unknown() {
    let mut v = worker(SICHUAN);
    let record = v["members"][0]["spring_festival_2023"]
        .as_object_mut()
        .unwrap();
    record.remove("paired_region_poverty_alleviated");
    record.remove("stayed_in_wenzhou");
    let d = official(&household(v), "2023-02-10");
    expect_missing(
        &d,
        "P94-02",
        "members[0].spring_festival_2023.paired_region_poverty_alleviated",
    );
    expect_missing(
        &d,
        "P94-03",
        "members[0].spring_festival_2023.stayed_in_wenzhou",
    );
}

/// The rules of issue 4: none may ask anything of a household that does not mention them.
const ISSUE_4: &[&str] = &[
    "ELD-01", "ELD-02", "ELD-03", "ELD-04", "ELD-05", "CHD-01", "CHD-02", "CHD-03", "FP-01",
    "FP-02", "DIS-01", "DIS-02", "DIS-03", "DIS-04", "DIS-05", "DIS-06", "VET-02", "VET-03",
    "EMP-01", "EMP-03", "EMP-04", "EMP-05", "EMP-06", "OTH-01", "INC-20", "INC-21", "INC-22",
];

#[test]
fn the_new_rules_ask_nothing_of_households_that_do_not_mention_them() {
    // Every fact of the earlier rules known (tests/common); none of the new records or facts given.
    // A 低保 family under 60, and an ordinary family with a child and an 85-year-old grandparent.
    let young = plain_household(
        "lucheng",
        "dibao",
        vec![
            plain_member("applicant", "1980-01-01"),
            plain_member("spouse", "1982-01-01"),
            plain_member("child", "2015-01-01"),
        ],
    );
    let mixed = plain_household(
        "ruian",
        "none",
        vec![
            plain_member("applicant", "1980-01-01"),
            plain_member("child", "2018-01-01"),
            plain_member("parent", "1939-01-01"),
        ],
    );
    for v in [young, mixed] {
        let d = official(&household(v), "2024-06-01");
        for id in ISSUE_4 {
            assert_ne!(outcome(&d, id), Outcome::Undetermined, "{id}");
        }
    }
}
