//! Trainer analyses (issue 8): comparison under scenarios and dates, sweeps with cliffs and marginal
//! rates, and caseload batches. Expected values are worked out by hand from 温政发〔2022〕6号 第1条 with
//! the training pack's illustrative 低保标准 S = 1100 元/月 (rules-core §10).
#![allow(clippy::unwrap_used)]

use chrono::NaiveDate;
use rust_decimal::Decimal;
use rust_decimal_macros::dec;
use wenzhou_assess::analysis::{Column, SweepFact, compare, run_batch, sweep, synthetic_caseload};
use wenzhou_assess::engine::{Outcome, TraceMode, assess};
use wenzhou_assess::explain::totals;
use wenzhou_assess::household::{Household, parse_household};
use wenzhou_assess::policy::ParamSet;
use wenzhou_assess::policy::pack::Pack;

const RAISE_S: &str = r#"
[pack]
id = "s1200"
name_zh = "情景：低保标准提高到1200元"
name_en = "Scenario: 低保 standard raised to 1200"
official = false
extends = "training"

[[param]]
key = "dibao_standard_monthly"
value = "1200"
area = "all"
valid_from = 2024-01-01
valid_to = 2025-12-31
official = false
citation = "培训情景（非官方）"
"#;

fn date() -> NaiveDate {
    NaiveDate::from_ymd_opt(2025, 6, 1).unwrap()
}

/// A one-person 低保 household in 鹿城 earning `wages` 元/月 from a job held since 2015 (not a first
/// job after recognition, so no disregard of 6号 第1条 applies).
fn single(wages: &str) -> Household {
    parse_household(&format!(
        r#"{{"hukou_area": "lucheng", "status": "dibao", "rural": false,
            "members": [{{"relationship": "applicant", "birth_date": "1975-01-01", "sex": "male",
              "veteran": false, "disabled": false, "tekun": "no",
              "incomes": [{{"kind": "wages", "amount": "{wages}", "period": "month",
                           "job_start": "2015-01-01", "first_job_since_recognition": false}}]}}]}}"#
    ))
    .unwrap()
}

fn scenario() -> ParamSet {
    ParamSet::training()
        .unwrap()
        .with_layer(Pack::parse("s1200.toml", RAISE_S).unwrap())
        .unwrap()
}

#[test]
fn a_comparison_shows_the_allowance_under_both_standards_and_names_the_changed_value() {
    let training = ParamSet::training().unwrap();
    let raised = scenario();
    let h = single("500");
    let c = compare(
        &h,
        &[
            Column {
                label: "示例参数",
                date: date(),
                set: &training,
            },
            Column {
                label: "S = 1200",
                date: date(),
                set: &raised,
            },
        ],
    )
    .unwrap();
    let inc01 = c.rows.iter().find(|r| r.id == "INC-01").unwrap();
    // 6号 第1条: 低保金 = S − per-capita income: 1100 − 500 = 600; 1200 − 500 = 700; difference 100.
    assert_eq!(
        inc01.outcomes,
        [Some(Outcome::Eligible), Some(Outcome::Eligible)]
    );
    assert_eq!(inc01.amounts[0].unwrap().value, dec!(600));
    assert_eq!(inc01.amounts[1].unwrap().value, dec!(700));
    assert_eq!(inc01.differences[1], Some(dec!(100)));
    assert!(inc01.changed);
    assert!(
        inc01
            .changed_parameters
            .iter()
            .any(|(k, v)| *k == "dibao_standard_monthly"
                && v == &[Some("1100".to_owned()), Some("1200".to_owned())])
    );
    // The overlay changes only what it names: every row that changed used the 低保标准.
    for r in c.rows.iter().filter(|r| r.changed) {
        assert!(
            r.changed_parameters
                .iter()
                .any(|(k, _)| *k == "dibao_standard_monthly"),
            "{} changed without using the value the scenario changes",
            r.id
        );
    }
}

#[test]
fn a_comparison_across_dates_shows_rules_that_lapsed() {
    let training = ParamSet::training().unwrap();
    let h = single("500");
    let later = NaiveDate::from_ymd_opt(2026, 1, 1).unwrap();
    let c = compare(
        &h,
        &[
            Column {
                label: "2025-06-01",
                date: date(),
                set: &training,
            },
            Column {
                label: "2026-01-01",
                date: later,
                set: &training,
            },
        ],
    )
    .unwrap();
    // 6号 is in force to 2025-12-31: INC-01 is assessed on the first date only.
    let inc01 = c.rows.iter().find(|r| r.id == "INC-01").unwrap();
    assert_eq!(inc01.outcomes, [Some(Outcome::Eligible), None]);
    assert!(inc01.changed);
}

#[test]
fn a_comparison_under_a_rule_version_shows_what_the_2023_elderly_list_changed() {
    // 鹿城, aged 84, 2024-06-01. ① the law (both documents): ELD-04 pays max(50, 60) = 60, B1 yields.
    // ② 6号's version: ELD-04 pays its own band, 50 (difference −10), and B1 is left out with a reason.
    let h = parse_household(
        r#"{"hukou_area": "lucheng", "status": "none",
            "members": [{"relationship": "applicant", "birth_date": "1940-01-10"}]}"#,
    )
    .unwrap();
    let training = ParamSet::training().unwrap();
    let six = training
        .clone()
        .with_layer(
            Pack::parse(
                "v.toml",
                "[pack]\nid = \"v\"\nname_zh = \"仅6号\"\nname_en = \"6 only\"\nofficial = false\n\
                 extends = \"training\"\n[pack.versions]\nelderly_allowance = \"温政发〔2022〕6号\"\n",
            )
            .unwrap(),
        )
        .unwrap();
    let on = NaiveDate::from_ymd_opt(2024, 6, 1).unwrap();
    let c = compare(
        &h,
        &[
            Column {
                label: "法定",
                date: on,
                set: &training,
            },
            Column {
                label: "仅6号",
                date: on,
                set: &six,
            },
        ],
    )
    .unwrap();
    let eld04 = c.rows.iter().find(|r| r.id == "ELD-04").unwrap();
    assert_eq!(eld04.amounts[0].unwrap().value, dec!(60));
    assert_eq!(eld04.amounts[1].unwrap().value, dec!(50));
    assert_eq!(eld04.differences[1], Some(dec!(-10)));
    let b1 = c.rows.iter().find(|r| r.id == "B1").unwrap();
    assert_eq!(b1.outcomes, [Some(Outcome::Ineligible), None]);
    assert!(b1.reasons[1].as_ref().unwrap().zh.contains("另一文件"));
}

#[test]
fn a_wage_sweep_finds_the_cliff_at_the_standard_and_a_marginal_rate_of_one_below_it() {
    let training = ParamSet::training().unwrap();
    let values: Vec<Decimal> = (0..=150).map(|k| Decimal::from(k * 10)).collect();
    let r = sweep(
        &single("0"),
        SweepFact::Wages { member: 0 },
        &values,
        date(),
        &training,
    )
    .unwrap();
    // Below S = 1100 every yuan earned reduces the 低保金 by one: net income stays at 1100.
    let at = |x: i64| r.points.iter().find(|p| p.x == Decimal::from(x)).unwrap();
    assert_eq!(at(0).net_monthly, dec!(1100));
    assert_eq!(at(500).net_monthly, dec!(1100));
    assert_eq!(
        at(500).benefits_monthly - at(490).benefits_monthly,
        dec!(-10)
    );
    // Marginal rate between 500 and 510: 1 − (Δnet / Δwages) = 1 − 0/10 = 1.
    let i = r.points.iter().position(|p| p.x == dec!(500)).unwrap();
    assert_eq!(r.marginal_rates[i], Some(dec!(1)));
    // The 低保金 ends where per-capita income reaches S: eligible at 1090 (10 元), not at 1100.
    let cliff = r
        .cliffs
        .iter()
        .find(|c| c.lost.contains(&"INC-01"))
        .unwrap();
    assert_eq!((cliff.from_x, cliff.to_x), (dec!(1090), dec!(1100)));
    // Above S wages are kept in full.
    let j = r.points.iter().position(|p| p.x == dec!(1200)).unwrap();
    assert_eq!(r.marginal_rates[j], Some(dec!(0)));
}

#[test]
fn batch_totals_equal_the_sum_of_single_assessments() {
    let training = ParamSet::training().unwrap();
    let raised = scenario();
    let households = synthetic_caseload(300, 7);
    let sets = [("training", &training), ("s1200", &raised)];
    let summary = run_batch(&households, date(), &sets, &|_| {});
    for (s, (_, set)) in sets.iter().enumerate() {
        let (mut monthly, mut yearly, mut once) = (Decimal::ZERO, Decimal::ZERO, Decimal::ZERO);
        let mut inc01 = 0;
        for h in &households {
            let d = assess(h, date(), set, TraceMode::Off).unwrap();
            let t = totals(&d);
            monthly += t.monthly;
            yearly += t.yearly;
            once += t.once;
            inc01 += usize::from(
                d.result("INC-01")
                    .is_some_and(|r| r.outcome == Outcome::Eligible && r.amount.is_some()),
            );
        }
        let got = &summary.scenarios[s];
        assert_eq!(got.households, 300);
        assert_eq!(got.invalid, 0);
        assert_eq!((got.monthly, got.yearly, got.once), (monthly, yearly, once));
        assert_eq!(got.eligible.get("INC-01").copied().unwrap_or(0), inc01);
    }
    // Raising S costs money and gains 低保金 recipients, never loses them.
    let (base, raised) = (&summary.scenarios[0], &summary.scenarios[1]);
    assert!(raised.monthly > base.monthly);
    assert_eq!(raised.losses.get("INC-01"), None);
    let by_area: Decimal = raised.yearly_by_area.values().copied().sum();
    assert_eq!(by_area, raised.yearly);
}

fn cli(args: &[&str]) -> std::process::Output {
    std::process::Command::new(env!("CARGO_BIN_EXE_wenzhou-assess"))
        .args(args)
        .output()
        .unwrap()
}

#[test]
fn assess_compare_on_the_command_line_prints_both_amounts_and_the_difference() {
    let dir = tempfile::tempdir().unwrap();
    let household = dir.path().join("h.json");
    std::fs::write(&household, serde_json::to_string(&single("500")).unwrap()).unwrap();
    let scenario = dir.path().join("s1200.toml");
    std::fs::write(&scenario, RAISE_S).unwrap();
    let o = cli(&[
        "assess",
        household.to_str().unwrap(),
        "--pack",
        "training",
        "--date",
        "2025-06-01",
        "--compare",
        scenario.to_str().unwrap(),
    ]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let t = String::from_utf8_lossy(&o.stdout);
    // 1100 − 500 = 600 and 1200 − 500 = 700 元/月: +100.
    assert!(t.contains("[INC-01]"), "{t}");
    assert!(
        t.contains("600 元/月") && t.contains("700 元/月") && t.contains("(+100)"),
        "{t}"
    );
    assert!(t.contains("dibao_standard_monthly: 1100 → 1200"), "{t}");
}

#[test]
fn batch_on_the_command_line_reads_json_lines_and_totals_the_households() {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("caseload.jsonl");
    let lines: Vec<String> = ["500", "800", "1500"]
        .iter()
        .map(|w| serde_json::to_string(&single(w)).unwrap())
        .collect();
    std::fs::write(&input, lines.join("\n")).unwrap();
    let o = cli(&[
        "batch",
        input.to_str().unwrap(),
        "--pack",
        "training",
        "--date",
        "2025-06-01",
        "--json",
    ]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    let base = &v["scenarios"][0];
    assert_eq!(base["households"], 3);
    // 低保金 for two of them: 1100 − 500 and 1100 − 800; 1500 ≥ 1100 gets none.
    assert_eq!(base["eligible"]["INC-01"], 2);
    // The total is the sum of the three single assessments.
    let training = ParamSet::training().unwrap();
    let expected: Decimal = ["500", "800", "1500"]
        .iter()
        .map(|w| totals(&assess(&single(w), date(), &training, TraceMode::Off).unwrap()).monthly)
        .sum();
    let monthly: Decimal = base["monthly"].as_str().unwrap().parse().unwrap();
    assert_eq!(monthly, expected);
}

#[test]
fn batch_reads_a_csv_caseload_and_writes_the_summary_table() {
    // assets/examples/caseload.csv, training pack (S = 1100 元/月 everywhere), 6号 第1条 低保金 = (S − per-capita
    // income) × members for the 低保 households only: h01 1100 − 500 = 600; h02 two members, wages 800 →
    // (1100 − 400) × 2 = 1400; h04 no income → 1100. 600 + 1400 + 1100 = 3100 a month, 37,200 a year.
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("summary.csv");
    let o = cli(&[
        "batch",
        concat!(env!("CARGO_MANIFEST_DIR"), "/assets/examples/caseload.csv"),
        "--pack",
        "training",
        "--date",
        "2025-06-01",
        "--json",
        "--out",
        out.to_str().unwrap(),
    ]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(v["scenarios"][0]["households"], 6);
    assert_eq!(v["scenarios"][0]["eligible"]["INC-01"], 3);
    assert_eq!(v["scenarios"][0]["monthly"], "3100");
    let table = std::fs::read_to_string(&out).unwrap();
    assert!(
        table.starts_with("scenario,measure,key,value,difference\n"),
        "{table}"
    );
    assert!(table.contains("training,monthly,,3100,0\n"), "{table}");
    assert!(
        table.contains("training,yearly_by_area,lucheng,24000,0\n"),
        "{table}"
    );
}

/// Issue 16: a batch fed chunk by chunk (any chunk size) gives the same totals, and the same
/// per-household rows, as the whole caseload at once.
#[test]
fn a_batch_fed_in_chunks_equals_the_whole() {
    use wenzhou_assess::analysis::Batch;
    let training = ParamSet::training().unwrap();
    let raised = scenario();
    let households = synthetic_caseload(3000, 11);
    let sets = [("training", &training), ("s1200", &raised)];
    let whole = run_batch(&households, date(), &sets, &|_| {});
    let mut batch = Batch::new(date(), &sets);
    let mut rows = Vec::new();
    for chunk in households.chunks(777) {
        rows.extend(batch.add(chunk, true));
    }
    let chunked = batch.finish();
    assert_eq!(
        serde_json::to_value(&whole).unwrap(),
        serde_json::to_value(&chunked).unwrap()
    );
    assert_eq!(rows.len(), 3000);
    // Each row's cash adds up to the scenario's total.
    for (s, t) in chunked.scenarios.iter().enumerate() {
        let yearly: Decimal = rows
            .iter()
            .filter_map(|r| r.scenarios[s].as_ref())
            .map(|c| c.yearly)
            .sum();
        assert_eq!(yearly, t.yearly);
    }
}

/// Issue 16: the shipped workbook (Chinese headings and values, as offices write them) holds the
/// same households as the shipped CSV, and its one wrong row is left out with its sheet, row and
/// column while the rest load.
#[test]
fn the_shipped_workbook_reads_like_the_csv_and_names_its_wrong_row() {
    use wenzhou_assess::household::{CaseloadKind, read_caseload};
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("assets/examples");
    let open = |name: &str| {
        let file = std::fs::File::open(dir.join(name)).unwrap();
        read_caseload(CaseloadKind::of(name), std::io::BufReader::new(file))
            .unwrap()
            .collect::<Vec<_>>()
    };
    let csv = open("caseload.csv");
    let xlsx = open("caseload.xlsx");
    assert_eq!(xlsx.len(), csv.len() + 1);
    for (a, b) in csv.iter().zip(&xlsx) {
        let (a, b) = (a.as_ref().unwrap(), b.as_ref().unwrap());
        assert_eq!(a.members, b.members);
        assert_eq!(
            (a.hukou_area, a.status, a.rural),
            (b.hukou_area, b.status, b.rural)
        );
    }
    let wrong = xlsx.last().unwrap().as_ref().unwrap_err();
    assert_eq!(
        wrong.at,
        "sheet 户籍成员, household h07, row 11, column 出生日期"
    );
}
