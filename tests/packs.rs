//! Parameter packs: the shipped packs load, layers override only what they name, area scopes take
//! precedence unit > 市区 > 全市, and the constraints of the gazettes give warnings that name the clause.
#![allow(clippy::unwrap_used)]

mod common;

use common::*;
use rust_decimal::Decimal;
use wenzhou_assess::engine::{Notice, Outcome, Period, TraceMode, assess};
use wenzhou_assess::household::Area;
use wenzhou_assess::policy::pack::Pack;
use wenzhou_assess::policy::{ParamKey, ParamSet};

fn dec(s: &str) -> Decimal {
    s.parse().unwrap()
}

#[test]
fn the_shipped_packs_load_and_the_training_pack_is_marked_unofficial() {
    let official = ParamSet::official().unwrap();
    assert!(official.is_official());
    let training = ParamSet::training().unwrap();
    assert!(!training.is_official());
    assert_ne!(official.hash(), training.hash());
    let top = &training.layers().last().unwrap().header;
    assert_eq!(top.name_zh, "示例参数（非官方）");
    assert_eq!(top.name_en, "Example values, not official");
}

#[test]
fn the_official_pack_has_no_unsourced_local_value() {
    // 低保标准, consumption statistics, prices, rents and premiums are not in any source.
    let r = ParamSet::official()
        .unwrap()
        .resolve(date("2024-06-01"), Some(Area::Lucheng));
    for key in [
        ParamKey::DibaoStandardMonthly,
        ParamKey::DibianStandardMonthly,
        ParamKey::UrbanConsumptionPcPrevYear,
        ParamKey::MarketAvgRentMonthly,
        ParamKey::WaterPricePerT,
        ParamKey::ResidentMedicalPremiumPersonal,
        ParamKey::LumpSumSpreadMonths,
    ] {
        assert_eq!(r.get(key), None, "{key:?}");
    }
    // Every value it has carries a citation.
    for layer in ParamSet::official().unwrap().layers() {
        for e in &layer.entries {
            assert!(!e.citation.trim().is_empty(), "{} has no citation", e.key);
            assert!(
                e.official || e.confidence.is_some(),
                "{}: unofficial value without confidence",
                e.key
            );
        }
    }
}

#[test]
fn every_output_built_from_the_training_pack_says_so() {
    let h = household(plain_household(
        "lucheng",
        "dibao",
        vec![plain_member("applicant", "1980-01-01")],
    ));
    let d = training(&h, "2024-06-01");
    assert!(d.notices.contains(&Notice::ExampleParameters));
    assert!(!d.official_params);
    let d = official(&h, "2024-06-01");
    assert!(!d.notices.contains(&Notice::ExampleParameters));
}

const SCENARIO: &str = r#"[pack]
id = "dibao-1200"
name_zh = "情景：低保标准提高到1200元"
name_en = "Scenario: 低保 standard raised to 1200"
official = false
extends = "training"
description = "What happens to this family if the 低保 standard rises to 1200"

[[param]]
key = "dibao_standard_monthly"
value = "1200"
area = "all"
valid_from = 2024-01-01
valid_to = 2025-12-31
official = false
citation = "培训情景（非官方）"
"#;

#[test]
fn a_scenario_overlay_changes_only_the_values_it_names() {
    let base = ParamSet::training().unwrap();
    let with = base
        .clone()
        .with_layer(Pack::parse("scenario.toml", SCENARIO).unwrap())
        .unwrap();
    for area in Area::ALL {
        let (a, b) = (
            base.resolve(date("2024-06-01"), Some(area)),
            with.resolve(date("2024-06-01"), Some(area)),
        );
        for &key in ParamKey::ALL {
            if key == ParamKey::DibaoStandardMonthly {
                assert_eq!(b.number(key), Some(dec("1200")));
            } else {
                assert_eq!(a.get(key), b.get(key), "{key:?} changed in {area:?}");
            }
        }
    }
    // Before the scenario's start the training value stands.
    assert_eq!(
        with.resolve(date("2023-06-01"), Some(Area::Lucheng))
            .number(ParamKey::DibaoStandardMonthly),
        Some(dec("1100"))
    );
}

#[test]
fn a_scenario_changes_the_allowance_by_the_hand_computed_amount() {
    // 2 persons without income: (1100 − 0) × 2 = 2200 → (1200 − 0) × 2 = 2400.
    let h = household(plain_household(
        "lucheng",
        "dibao",
        vec![
            plain_member("applicant", "1980-01-01"),
            plain_member("spouse", "1980-01-01"),
        ],
    ));
    let with = ParamSet::training()
        .unwrap()
        .with_layer(Pack::parse("s.toml", SCENARIO).unwrap())
        .unwrap();
    let d = assess(&h, date("2024-06-01"), &with, TraceMode::On).unwrap();
    expect(
        &d,
        "INC-01",
        Outcome::Eligible,
        Some(("2400", Period::Month)),
    );
    expect(
        &training(&h, "2024-06-01"),
        "INC-01",
        Outcome::Eligible,
        Some(("2200", Period::Month)),
    );
}

#[test]
fn a_unit_value_beats_a_shiqu_value_which_beats_a_city_value() {
    let local = r#"[pack]
id = "local"
name_zh = "本地"
name_en = "Local"
official = true
extends = "official"

[[param]]
key = "dibao_standard_monthly"
value = "1000"
area = "all"
valid_from = 2024-01-01
valid_to = 2024-12-31
official = true
citation = "测试：全市"

[[param]]
key = "dibao_standard_monthly"
value = "1100"
area = "shiqu"
valid_from = 2024-01-01
valid_to = 2024-12-31
official = true
citation = "测试：市区"

[[param]]
key = "dibao_standard_monthly"
value = "1150"
area = "dongtou"
valid_from = 2024-01-01
valid_to = 2024-12-31
official = true
citation = "测试：洞头"
"#;
    let set = ParamSet::official()
        .unwrap()
        .with_layer(Pack::parse("local.toml", local).unwrap())
        .unwrap();
    let s = |a| {
        set.resolve(date("2024-06-01"), Some(a))
            .number(ParamKey::DibaoStandardMonthly)
    };
    assert_eq!(s(Area::Dongtou), Some(dec("1150")));
    assert_eq!(s(Area::Lucheng), Some(dec("1100")));
    assert_eq!(s(Area::Ruian), Some(dec("1000")));
}

#[test]
fn constraints_of_the_gazettes_give_warnings_naming_the_clause() {
    // 低边 2300 > 2 × 1100 = 2200 (6号 第2条) and > W 2280; 2025 S × 12 = 13200 ≥ 13000 is fine, but
    // S = 1000 in 2025 gives 12000 < 13000 (6号 一、总体要求).
    let local = r#"[pack]
id = "bad"
name_zh = "有误的本地参数"
name_en = "Faulty local values"
official = false
extends = "training"

[[param]]
key = "dibian_standard_monthly"
value = "2300"
area = "all"
valid_from = 2024-01-01
valid_to = 2024-12-31
official = false
citation = "测试"

[[param]]
key = "dibao_standard_monthly"
value = "1000"
area = "all"
valid_from = 2025-01-01
valid_to = 2025-12-31
official = false
citation = "测试"
"#;
    let set = ParamSet::training()
        .unwrap()
        .with_layer(Pack::parse("bad.toml", local).unwrap())
        .unwrap();
    let warnings = set.warnings();
    let keys: Vec<_> = warnings.iter().map(|w| w.key).collect();
    assert!(keys.contains(&"warn-dibian-above-double"), "{keys:?}");
    assert!(keys.contains(&"warn-dibian-above-min-wage"), "{keys:?}");
    assert!(keys.contains(&"warn-dibao-below-2025-target"), "{keys:?}");
    let double = warnings
        .iter()
        .find(|w| w.key == "warn-dibian-above-double")
        .unwrap();
    assert_eq!(double.clause, "温政发〔2022〕6号 第2条");
    assert_eq!((double.actual, double.limit), (dec("2300"), dec("2200")));
    // The shipped training pack itself passes every check.
    assert!(
        ParamSet::training().unwrap().warnings().is_empty(),
        "{:?}",
        ParamSet::training().unwrap().warnings()
    );
}

#[test]
fn a_parameter_timeline_shows_where_the_scenario_overrides_the_pack() {
    // training: S = 1100 for the whole city 2022-05-01 → 2025-12-31. A scenario: 1200 in 鹿城 from
    // 2024-07-01 to 2024-12-31. For 鹿城 the timeline is 1100 / 1200 / 1100; for 瑞安 1100 throughout.
    let scenario = "[pack]\nid = \"s\"\nname_zh = \"情景\"\nname_en = \"S\"\nofficial = false\n\
                    extends = \"training\"\n\n[[param]]\nkey = \"dibao_standard_monthly\"\nvalue = \"1200\"\n\
                    area = \"lucheng\"\nvalid_from = 2024-07-01\nvalid_to = 2024-12-31\nofficial = false\n\
                    citation = \"培训情景（非官方）\"\n";
    let set = ParamSet::training()
        .unwrap()
        .with_layer(Pack::parse("s.toml", scenario).unwrap())
        .unwrap();
    let show = |area| {
        set.timeline(ParamKey::DibaoStandardMonthly, Some(area))
            .iter()
            .map(|s| {
                let v = match s.value {
                    Some(wenzhou_assess::policy::ParamValue::Number(n)) => n.to_string(),
                    other => format!("{other:?}"),
                };
                format!("{}..{} {v} layer {}", s.from, s.to, s.source.unwrap().layer)
            })
            .collect::<Vec<_>>()
    };
    assert_eq!(
        show(Area::Lucheng),
        [
            "2022-05-01..2024-06-30 1100 layer 1",
            "2024-07-01..2024-12-31 1200 layer 2",
            "2025-01-01..2025-12-31 1100 layer 1",
        ]
    );
    assert_eq!(show(Area::Ruian), ["2022-05-01..2025-12-31 1100 layer 1"]);
}

fn layer(body: &str) -> String {
    format!(
        "[pack]\nid = \"notice\"\nname_zh = \"通知\"\nname_en = \"Notice\"\nofficial = true\n\
         extends = \"official\"\n\n{body}"
    )
}

#[test]
fn the_official_pack_gives_each_document_the_period_its_text_states() {
    use wenzhou_assess::policy::Doc;
    let set = ParamSet::official().unwrap();
    let d = |doc| set.document(doc).clone();
    // 6号 附则 「本政策自2022年5月1日起施行，有效期至2025年12月31日」.
    let six = d(Doc::WenZhengFa2022No6);
    assert_eq!(
        (six.valid_from, six.valid_to),
        (date("2022-05-01"), Some(date("2025-12-31")))
    );
    assert_eq!(six.continued_by, None);
    // 15号 「本办法自2024年6月1日起施行，有效期10年」.
    assert_eq!(
        d(Doc::WenZhengFa2024No15).valid_to,
        Some(date("2034-05-31"))
    );
    // 41号 states no end.
    assert_eq!(d(Doc::WenZhengBan2022No41).valid_to, None);
    assert!(
        set.documents()
            .iter()
            .all(|p| p.citation.contains(p.doc.number()))
    );
}

#[test]
fn a_repeal_stops_a_documents_rules_from_its_date_and_says_so() {
    use wenzhou_assess::policy::Doc;
    let text = layer(
        "[[document]]\nnumber = \"温政办〔2023〕75号\"\nrepealed_from = 2024-07-01\nofficial = true\n\
         citation = \"测试通知 关于废止的决定\"\n",
    );
    let set = ParamSet::training()
        .unwrap()
        .with_layer(Pack::parse("repeal.toml", &text).unwrap())
        .unwrap();
    let p = set.document(Doc::WenZhengBan2023No75);
    assert_eq!(p.valid_to, Some(date("2024-06-30")));
    assert!(p.in_force(date("2024-06-30")) && !p.in_force(date("2024-07-01")));
    let h = household(serde_json::json!({
        "hukou_area": "lucheng",
        "members": [plain_member("applicant", "1940-01-01")]
    }));
    let before = assess(&h, date("2024-06-30"), &set, TraceMode::On).unwrap();
    let after = assess(&h, date("2024-07-01"), &set, TraceMode::On).unwrap();
    assert!(before.result("B1").is_some());
    assert!(after.result("B1").is_none());
    assert!(after.notices.iter().any(|n| matches!(
        n,
        Notice::DocumentNotInForce {
            doc: Doc::WenZhengBan2023No75,
            repealed: true,
            ..
        }
    )));
}

#[test]
fn a_document_entry_must_say_what_it_does_and_cite_its_notice() {
    let both = layer(
        "[[document]]\nnumber = \"温政发〔2022〕6号\"\nvalid_to = 2026-12-31\nrepealed_from = 2026-07-01\n\
         official = true\ncitation = \"通知\"\n",
    );
    let e = Pack::parse("x.toml", &both).unwrap_err().to_string();
    assert!(e.contains("exactly one of"), "{e}");
    let unknown = layer(
        "[[document]]\nnumber = \"温政发〔2099〕1号\"\nwithout_end = true\nofficial = true\ncitation = \"通知\"\n",
    );
    let e = Pack::parse("x.toml", &unknown).unwrap_err().to_string();
    assert!(e.contains("温政发〔2099〕1号"), "{e}");
    let uncited = layer(
        "[[document]]\nnumber = \"温政发〔2022〕6号\"\nwithout_end = true\nofficial = true\ncitation = \" \"\n",
    );
    assert!(Pack::parse("x.toml", &uncited).is_err());
    let value_both = layer(
        "[[param]]\nkey = \"dibao_standard_monthly\"\nvalue = \"1\"\narea = \"all\"\nvalid_from = 2026-01-01\n\
         valid_to = 2026-12-31\ndocument = \"温政发〔2022〕6号\"\nofficial = true\ncitation = \"c\"\n",
    );
    let e = Pack::parse("x.toml", &value_both).unwrap_err().to_string();
    assert!(e.contains("either valid_to or document"), "{e}");
}

#[test]
fn a_continuation_without_end_carries_the_values_that_follow_the_document() {
    let text = layer(
        "[[document]]\nnumber = \"温政发〔2022〕6号\"\nwithout_end = true\nofficial = true\n\
         citation = \"测试通知 关于延续执行的通知\"\n",
    );
    let set = ParamSet::official()
        .unwrap()
        .with_layer(Pack::parse("c.toml", &text).unwrap())
        .unwrap();
    // 6号 第2条 「可将低保边缘认定标准放宽至低保标准的2倍」 follows 6号: present in 2030 under the continuation,
    // absent without it.
    let on = date("2030-01-01");
    assert_eq!(
        set.resolve(on, Some(Area::Lucheng))
            .number(ParamKey::DibianMaxMultiple),
        Some(dec("2"))
    );
    assert_eq!(
        ParamSet::official()
            .unwrap()
            .resolve(on, Some(Area::Lucheng))
            .number(ParamKey::DibianMaxMultiple),
        None
    );
}

#[test]
fn a_date_before_a_document_starts_says_so() {
    use wenzhou_assess::policy::Doc;
    // 2023-06-01: before 75号 (2023-10-01), 68号 (2023-08-03), 15号 (2024-06-01) and 11号 (2024-03-05).
    let h = household(serde_json::json!({
        "hukou_area": "lucheng",
        "members": [plain_member("applicant", "1950-01-01")]
    }));
    let d = assess(
        &h,
        date("2023-06-01"),
        &ParamSet::official().unwrap(),
        TraceMode::On,
    )
    .unwrap();
    for doc in [
        Doc::WenZhengBan2023No75,
        Doc::WenZhengBan2023No68,
        Doc::WenZhengFa2024No15,
        Doc::WenZhengFa2024No11,
    ] {
        assert!(
            d.notices
                .iter()
                .any(|n| matches!(n, Notice::DocumentNotYetInForce { doc: d, .. } if *d == doc)),
            "{doc:?}: {:?}",
            d.notices
        );
    }
    assert!(!d.notices.iter().any(|n| matches!(
        n,
        Notice::DocumentNotYetInForce {
            doc: Doc::WenZhengFa2022No6,
            ..
        }
    )));
}
