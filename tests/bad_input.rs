//! Bad input gives a clear error naming the field or parameter, never a panic or a silent default.
#![allow(clippy::unwrap_used)]

mod common;

use common::*;
use serde_json::json;
use wenzhou_assess::engine::{AssessError, TraceMode, assess};
use wenzhou_assess::household::{LoadError, parse_household};
use wenzhou_assess::policy::pack::Pack;
use wenzhou_assess::policy::{PackError, ParamSet};

fn base() -> serde_json::Value {
    plain_household(
        "lucheng",
        "dibao",
        vec![plain_member("applicant", "1980-01-01")],
    )
}

#[test]
fn malformed_json_is_refused_with_its_position() {
    let err = parse_household("{ \"members\": [ ").unwrap_err();
    let LoadError::Format { path, message } = err else {
        panic!("format error expected")
    };
    assert!(!path.is_empty());
    assert!(message.contains("EOF"), "{message}");
}

#[test]
fn an_unknown_enum_value_names_the_field() {
    let mut v = base();
    set(&mut v, "status", json!("very_poor"));
    let err = parse_household(&v.to_string()).unwrap_err();
    let LoadError::Format { path, message } = err else {
        panic!("format error expected")
    };
    assert_eq!(path, "status");
    assert!(message.contains("unknown variant"), "{message}");
}

#[test]
fn an_unknown_field_is_refused_rather_than_ignored() {
    let mut v = base();
    set(&mut v, "members.0.salary", json!("3000"));
    let err = parse_household(&v.to_string()).unwrap_err();
    let LoadError::Format { path, .. } = err else {
        panic!("format error expected")
    };
    assert_eq!(path, "members[0].salary");
}

#[test]
fn a_negative_income_names_the_item() {
    let mut v = base();
    set(
        &mut v,
        "members.0.incomes",
        json!([{ "kind": "wages", "amount": "-5", "period": "month" }]),
    );
    let err = parse_household(&v.to_string()).unwrap_err();
    assert_eq!(
        err,
        LoadError::Negative {
            path: "members[0].incomes[0].amount".into(),
            value: "-5".parse().unwrap()
        }
    );
}

#[test]
fn a_birth_date_after_the_assessment_date_is_refused_at_assessment() {
    let mut v = base();
    set(&mut v, "members.0.birth_date", json!("2030-01-01"));
    let h = household(v);
    let err = assess(
        &h,
        date("2025-01-01"),
        &ParamSet::training().unwrap(),
        TraceMode::On,
    )
    .unwrap_err();
    let AssessError::Household(LoadError::DateAfterAssessment { path, .. }) = err else {
        panic!("date error expected")
    };
    assert_eq!(path, "members[0].birth_date");
}

#[test]
fn an_impossible_date_is_refused() {
    let mut v = base();
    set(&mut v, "members.0.birth_date", json!("2023-02-30"));
    let LoadError::Format { path, .. } = parse_household(&v.to_string()).unwrap_err() else {
        panic!("format error expected")
    };
    assert_eq!(path, "members[0].birth_date");
}

#[test]
fn a_disability_grade_outside_1_to_4_is_refused() {
    let mut v = base();
    set(&mut v, "members.0.disability_grade", json!(5));
    assert!(matches!(
        parse_household(&v.to_string()),
        Err(LoadError::DisabilityGrade { grade: 5, .. })
    ));
}

#[test]
fn a_settlement_slip_paying_more_than_the_cost_is_refused() {
    let mut v = base();
    set(
        &mut v,
        "members.0.medical",
        json!([{ "setting": "inpatient", "total": "1000", "basic_insurance_paid": "1200" }]),
    );
    assert!(matches!(
        parse_household(&v.to_string()),
        Err(LoadError::SlipInconsistent { .. })
    ));
}

#[test]
fn a_dementia_level_for_a_member_recorded_as_not_demented_is_refused() {
    let mut v = base();
    set(&mut v, "members.0.dementia", json!(false));
    set(
        &mut v,
        "members.0.elderly_services",
        json!({ "dementia_level": "moderate" }),
    );
    let err = parse_household(&v.to_string()).unwrap_err();
    assert_eq!(
        err,
        LoadError::Contradiction {
            path: "members[0].elderly_services.dementia_level".into(),
            other: "members[0].dementia".into(),
        }
    );
}

#[test]
fn a_household_without_members_is_refused() {
    assert_eq!(
        parse_household("{\"members\": []}").unwrap_err(),
        LoadError::NoMembers
    );
}

const HEADER: &str = "[pack]\nid = \"local\"\nname_zh = \"本地\"\nname_en = \"Local\"\nofficial = true\nextends = \"official\"\n";

fn entry(key: &str, value: &str, from: &str, to: &str) -> String {
    format!(
        "\n[[param]]\nkey = \"{key}\"\nvalue = {value}\narea = \"lucheng\"\nvalid_from = {from}\nvalid_to = {to}\nofficial = true\ncitation = \"鹿民〔2024〕1号\"\n"
    )
}

#[test]
fn a_parameter_file_with_overlapping_date_ranges_is_refused() {
    let text = format!(
        "{HEADER}{}{}",
        entry(
            "dibao_standard_monthly",
            "\"1100\"",
            "2024-01-01",
            "2024-12-31"
        ),
        entry(
            "dibao_standard_monthly",
            "\"1200\"",
            "2024-07-01",
            "2025-06-30"
        )
    );
    let err = Pack::parse("local.toml", &text).unwrap_err();
    assert!(
        matches!(err, PackError::Overlap { ref key, .. } if key == "dibao_standard_monthly"),
        "{err}"
    );
    assert!(err.to_string().contains("overlapping"));
}

#[test]
fn an_unknown_parameter_key_is_refused() {
    let text = format!(
        "{HEADER}{}",
        entry("dibao_standrad", "\"1100\"", "2024-01-01", "2024-12-31")
    );
    assert!(matches!(
        Pack::parse("local.toml", &text),
        Err(PackError::UnknownKey { .. })
    ));
}

#[test]
fn a_negative_or_non_numeric_parameter_is_refused() {
    let text = format!(
        "{HEADER}{}",
        entry(
            "dibao_standard_monthly",
            "\"-1\"",
            "2024-01-01",
            "2024-12-31"
        )
    );
    assert!(matches!(
        Pack::parse("local.toml", &text),
        Err(PackError::BadValue { .. })
    ));
    let text = format!(
        "{HEADER}{}",
        entry(
            "dibao_standard_monthly",
            "\"一千\"",
            "2024-01-01",
            "2024-12-31"
        )
    );
    assert!(matches!(
        Pack::parse("local.toml", &text),
        Err(PackError::BadValue { .. })
    ));
}

#[test]
fn a_range_ending_before_it_starts_is_refused() {
    let text = format!(
        "{HEADER}{}",
        entry(
            "dibao_standard_monthly",
            "\"1100\"",
            "2024-12-31",
            "2024-01-01"
        )
    );
    assert!(matches!(
        Pack::parse("local.toml", &text),
        Err(PackError::Reversed { .. })
    ));
}

#[test]
fn a_layer_for_another_pack_is_refused() {
    let text = HEADER.replace("extends = \"official\"", "extends = \"training\"");
    let layer = Pack::parse("local.toml", &text).unwrap();
    assert!(matches!(
        ParamSet::official().unwrap().with_layer(layer),
        Err(PackError::WrongBase { .. })
    ));
}
