//! The command line as a social worker uses it: exit codes, text and JSON output, rule listing.
#![allow(clippy::unwrap_used)]

use std::process::{Command, Output};

use wenzhou_assess::policy::all_rules;

fn run(args: &[&str]) -> Output {
    // A data folder of its own: no policy update or local pack of this machine's user takes part.
    let data = std::env::temp_dir().join("wenzhou-assess-cli-test-empty");
    Command::new(env!("CARGO_BIN_EXE_wenzhou-assess"))
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .env("WENZHOU_ASSESS_DATA_DIR", &data)
        .output()
        .unwrap()
}

/// The shipped example households (the caseload files beside them are batch inputs).
fn example_households() -> Vec<std::path::PathBuf> {
    std::fs::read_dir(concat!(env!("CARGO_MANIFEST_DIR"), "/assets/examples"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "json"))
        .collect()
}

fn text(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned() + &String::from_utf8_lossy(&o.stderr)
}

#[test]
fn every_example_household_assesses_in_both_languages_and_both_packs() {
    let mut n = 0;
    for path in example_households() {
        let p = path.to_str().unwrap();
        for (pack, lang) in [("training", "zh"), ("official", "en")] {
            let o = run(&[
                "assess",
                p,
                "--date",
                "2025-06-01",
                "--pack",
                pack,
                "--lang",
                lang,
            ]);
            assert!(o.status.success(), "{p} {pack}: {}", text(&o));
            assert!(
                !text(&o).contains("cond-"),
                "untranslated key in {p}: {}",
                text(&o)
            );
        }
        n += 1;
    }
    assert!(n >= 6, "at least six example households");
}

#[test]
fn text_output_shows_the_allowance_the_clause_and_the_example_banner() {
    let o = run(&[
        "assess",
        "assets/examples/first-job-dibao-longwan.json",
        "--date",
        "2025-09-01",
        "--pack",
        "training",
    ]);
    let t = text(&o);
    assert!(o.status.success(), "{t}");
    assert!(t.contains("示例参数（非官方）"), "{t}");
    assert!(t.contains("866.67"), "{t}");
    assert!(t.contains("温政发〔2022〕6号 第1条"), "{t}");
    let en = text(&run(&[
        "assess",
        "assets/examples/first-job-dibao-longwan.json",
        "--date",
        "2025-09-01",
        "--pack",
        "training",
        "--lang",
        "en",
    ]));
    assert!(en.contains("Example values, not official"), "{en}");
}

#[test]
fn json_output_carries_the_contract_fields() {
    let o = run(&[
        "assess",
        "assets/examples/dibao-lucheng-renting.json",
        "--date",
        "2025-06-01",
        "--pack",
        "training",
        "--json",
    ]);
    assert!(o.status.success());
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(v["id"].as_str().unwrap().len(), 64);
    assert_eq!(v["date"], "2025-06-01");
    assert!(v["parameter_set"]["hash"].as_str().unwrap().len() == 64);
    assert!(v["household"]["members"].is_array());
    let inc01 = v["results"]
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["id"] == "INC-01")
        .unwrap();
    for field in [
        "outcome",
        "amount",
        "citation",
        "clause",
        "reason",
        "conditions",
        "missing",
        "parameters",
    ] {
        assert!(inc01.get(field).is_some(), "INC-01 lacks {field}");
    }
    assert!(inc01["reason"]["zh"].as_str().unwrap().len() > 3);
    assert!(inc01["reason"]["en"].as_str().unwrap().len() > 3);
    // The same input, parameters, version and date give the same id.
    let again = run(&[
        "assess",
        "assets/examples/dibao-lucheng-renting.json",
        "--date",
        "2025-06-01",
        "--pack",
        "training",
        "--json",
    ]);
    let w: serde_json::Value = serde_json::from_slice(&again.stdout).unwrap();
    assert_eq!(v["id"], w["id"]);
    let other_day = run(&[
        "assess",
        "assets/examples/dibao-lucheng-renting.json",
        "--date",
        "2025-06-02",
        "--pack",
        "training",
        "--json",
    ]);
    let x: serde_json::Value = serde_json::from_slice(&other_day.stdout).unwrap();
    assert_ne!(v["id"], x["id"]);
}

#[test]
fn exit_codes_distinguish_bad_household_bad_parameters_and_unreadable_files() {
    let dir = std::env::temp_dir().join(format!("wa-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let bad = dir.join("bad.json");
    std::fs::write(&bad, "{ \"members\": [ { \"sex\": \"robot\" } ] }").unwrap();
    let o = run(&["assess", bad.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(3), "{}", text(&o));
    assert!(text(&o).contains("members[0].sex"), "{}", text(&o));
    let bad_pack = dir.join("pack.toml");
    std::fs::write(&bad_pack, "[pack]\nid = \"x\"\n").unwrap();
    let o = run(&[
        "assess",
        "assets/examples/tekun-elder-ruian.json",
        "--pack",
        bad_pack.to_str().unwrap(),
    ]);
    assert_eq!(o.status.code(), Some(4), "{}", text(&o));
    let o = run(&["assess", dir.join("missing.json").to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(5), "{}", text(&o));
    let o = run(&["assess"]);
    assert_eq!(o.status.code(), Some(2));
}

#[test]
fn rules_lists_every_rule_in_force_with_its_citation() {
    let o = run(&["rules", "--date", "2024-06-01"]);
    let t = text(&o);
    assert!(o.status.success());
    assert!(t.contains("INC-01") && t.contains("温政发〔2022〕6号 第1条"));
    assert!(t.contains("MED-11") && t.contains("温政办〔2022〕98号 第1条"));
    // 94号 expired 2023-06-30: not in force in 2024, in force in early 2023.
    assert!(!t.contains("P94-01"));
    assert!(text(&run(&["rules", "--date", "2023-03-01"])).contains("P94-01"));
    // Every catalogued rule (rules-core.md and rules-other.md) in force that day is listed with its
    // citation, and no other.
    let date = chrono::NaiveDate::from_ymd_opt(2024, 6, 1).unwrap();
    let listed: Vec<&str> = t
        .lines()
        .filter(|l| !l.starts_with(' '))
        .filter_map(|l| l.split_whitespace().next())
        .collect();
    for meta in all_rules() {
        let line = t
            .lines()
            .find(|l| l.split_whitespace().next() == Some(meta.id));
        if meta.in_force(&wenzhou_assess::policy::ParamSet::official().unwrap(), date) {
            let line = line.unwrap_or_else(|| panic!("{} in force but not listed", meta.id));
            assert!(line.contains(&meta.citation()), "{line}");
        } else {
            assert!(
                !listed.contains(&meta.id),
                "{} not in force but listed",
                meta.id
            );
        }
    }
}

#[test]
fn the_coverage_table_in_docs_is_current() {
    let o = run(&["rules", "--coverage"]);
    assert!(o.status.success());
    let generated = text(&o);
    assert!(generated.contains("| INC-01 |"));
    let committed =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/docs/coverage.md"))
            .unwrap_or_default();
    assert!(
        committed == generated,
        "docs/coverage.md is stale: regenerate it with `cargo run -- rules --coverage > docs/coverage.md`"
    );
    assert!(
        !generated.contains("not yet implemented"),
        "every catalogued rule is implemented or listed with a reason"
    );
}

#[test]
fn params_shows_values_with_their_source() {
    let t = text(&run(&[
        "params",
        "--area",
        "lucheng",
        "--date",
        "2024-06-01",
        "--pack",
        "training",
    ]));
    assert!(
        t.contains("dibao_standard_monthly") && t.contains("1100"),
        "{t}"
    );
    assert!(t.contains("示例参数（非官方）"));
    let o = run(&["params", "--area", "atlantis"]);
    assert_eq!(o.status.code(), Some(2));
}

/// Issue 15: the text shows the four groups and names no rule outside the household's target
/// groups unless `--all` asks; the JSON marks every result applicable or not.
#[test]
fn the_text_lists_the_four_groups_and_only_the_rules_that_apply() {
    let file = "assets/examples/dibao-lucheng-renting.json";
    let args = ["assess", file, "--date", "2025-06-01", "--pack", "training"];
    let json = run(&[&args[..], &["--json"]].concat());
    let v: serde_json::Value = serde_json::from_slice(&json.stdout).unwrap();
    let results = v["results"].as_array().unwrap();
    assert!(results.iter().all(|r| r["applicable"].is_boolean()));
    let outside: Vec<&str> = results
        .iter()
        .filter(|r| r["applicable"] == false)
        .map(|r| r["id"].as_str().unwrap())
        .collect();
    assert!(
        outside.len() > 20,
        "only {} rules do not apply",
        outside.len()
    );
    // The granted heading counts the applicable eligible results of the same determination.
    let granted = results
        .iter()
        .filter(|r| r["applicable"] == true && r["outcome"] == "eligible")
        .count();
    let o = run(&args);
    let out = text(&o);
    for heading in [
        format!("== 可以享受的待遇 ({granted}) =="),
        "== 需要补充材料或由部门决定的事项".to_owned(),
        "== 接近但暂不符合的待遇".to_owned(),
        "== 下一步 ==".to_owned(),
    ] {
        assert!(
            out.contains(heading.as_str()),
            "missing {heading} in\n{out}"
        );
    }
    assert!(out.contains(&format!("另有 {} 项规则不适用于本家庭", outside.len())));
    for id in &outside {
        assert!(
            !out.contains(&format!("[{id}]")),
            "{id} does not apply:\n{out}"
        );
    }
    let all = text(&run(&[&args[..], &["--all"]].concat()));
    for id in &outside {
        assert!(all.contains(&format!("[{id}]")), "--all leaves out {id}");
    }
}

/// Issue 15: a household with no status whose counted income per head is below the 低保 line is
/// told it may qualify for 低保, with its figures: (1100 − 500) × 2 = 1200.
#[test]
fn a_household_without_status_below_the_line_is_referred_for_dibao_with_its_figures() {
    let dir = std::env::temp_dir().join(format!("wa-prescreen-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let file = dir.join("h.json");
    std::fs::write(
        &file,
        r#"{"hukou_area":"lucheng","rural":false,"status":"none","low_income_farmer":false,
            "members":[
              {"relationship":"applicant","birth_date":"1975-03-01","incomes":[{"kind":"wages","amount":"1000","period":"month"}]},
              {"relationship":"spouse","birth_date":"1977-05-01"}]}"#,
    )
    .unwrap();
    let f = file.to_str().unwrap();
    let o = run(&["assess", f, "--date", "2025-06-01", "--pack", "training"]);
    let out = text(&o);
    assert!(o.status.success(), "{out}");
    assert!(
        out.contains(
            "可能符合低保条件：人均计入收入 500 元/月，低于低保标准 1100 元/月（差 600 元）"
        ),
        "{out}"
    );
    assert!(out.contains("低保金约为 1200 元/月"), "{out}");
    let json = run(&[
        "assess",
        f,
        "--date",
        "2025-06-01",
        "--pack",
        "training",
        "--json",
    ]);
    let v: serde_json::Value = serde_json::from_slice(&json.stdout).unwrap();
    assert_eq!(v["screening"][0]["screening"]["kind"], "dibao");
    assert_eq!(v["screening"][0]["screening"]["allowance"], "1200");
    // Between the lines (1100 ≤ 1300 < 1650): 低边.
    std::fs::write(
        &file,
        r#"{"hukou_area":"lucheng","rural":false,"status":"none","low_income_farmer":false,
            "members":[{"relationship":"applicant","birth_date":"1975-03-01","incomes":[{"kind":"wages","amount":"1300","period":"month"}]}]}"#,
    )
    .unwrap();
    let out = text(&run(&[
        "assess",
        f,
        "--date",
        "2025-06-01",
        "--pack",
        "training",
    ]));
    assert!(
        out.contains("可能符合低边条件：人均计入收入 1300 元/月"),
        "{out}"
    );
}

/// Issue 15, for every shipped example: the text names no rule outside the household's target
/// groups, and names every rule that concerns it.
#[test]
fn no_example_text_names_a_rule_that_does_not_apply() {
    let mut n = 0;
    for path in example_households() {
        let p = path.to_str().unwrap();
        let args = ["assess", p, "--date", "2025-06-01", "--pack", "training"];
        let json = run(&[&args[..], &["--json"]].concat());
        let v: serde_json::Value = serde_json::from_slice(&json.stdout).unwrap();
        let out = text(&run(&args));
        for r in v["results"].as_array().unwrap() {
            let id = r["id"].as_str().unwrap();
            let granted = r["applicable"] == true && r["outcome"] == "eligible";
            // Granted benefits are rows of the table; the others are `[ID]` lines.
            let named = out.contains(&format!("[{id}]")) || (granted && out.contains(id));
            assert_eq!(
                named,
                r["applicable"] == true,
                "{p}: {id} applicable = {}",
                r["applicable"]
            );
        }
        n += 1;
    }
    assert!(n >= 9);
}

/// Issue 16: a workbook in, a workbook out: the summary, one sheet of households per scenario and
/// one of gains and losses; the wrong row is reported with its place and the rest still runs.
#[test]
fn a_workbook_caseload_gives_a_workbook_of_results() {
    use calamine::{Reader, Xlsx, open_workbook};
    let dir = std::env::temp_dir().join(format!("wa-batch-xlsx-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let scenario = dir.join("s400.toml");
    std::fs::write(
        &scenario,
        r#"[pack]
id = "s400"
name_zh = "情景：低保标准400"
name_en = "Scenario: 400"
official = false
extends = "training"

[[param]]
key = "dibao_standard_monthly"
value = "400"
area = "all"
valid_from = 2024-01-01
valid_to = 2025-12-31
official = false
citation = "training scenario"
"#,
    )
    .unwrap();
    let out = dir.join("results.xlsx");
    let o = run(&[
        "batch",
        "assets/examples/caseload.xlsx",
        "--date",
        "2025-06-01",
        "--pack",
        "training",
        "--scenario",
        scenario.to_str().unwrap(),
        "--out",
        out.to_str().unwrap(),
    ]);
    let t = text(&o);
    assert!(o.status.success(), "{t}");
    assert!(t.contains("有 1 户无法读取"), "{t}");
    assert!(
        t.contains("sheet 户籍成员, household h07, row 11, column 出生日期"),
        "{t}"
    );
    let mut book: Xlsx<_> = open_workbook(&out).unwrap();
    let names = book.sheet_names();
    assert_eq!(
        names,
        ["汇总", "1 training", "2 s400", "未读入", "增减"],
        "{names:?}"
    );
    let left_out = book.worksheet_range("未读入").unwrap();
    assert_eq!(
        left_out.rows().nth(1).unwrap()[0].to_string(),
        "sheet 户籍成员, household h07, row 11, column 出生日期"
    );
    // Six households on each scenario's sheet, after the heading.
    let sheet = book.worksheet_range("2 s400").unwrap();
    assert_eq!(sheet.height(), 7);
    // h01: one applicant with 500 of wages; under S = 400 the income is above the line: 0.
    let h01: Vec<String> = sheet
        .rows()
        .nth(1)
        .unwrap()
        .iter()
        .map(ToString::to_string)
        .collect();
    assert_eq!(&h01[..4], ["h01", "lucheng", "1", "0"]);
    // h01 (500 > 400) and h02 (800 ÷ 2 = 400, not below) lose 低保金; h04 (no income) keeps it.
    let gains = book.worksheet_range("增减").unwrap();
    let inc01: Vec<String> = gains
        .rows()
        .find(|r| r[0] == "INC-01")
        .unwrap()
        .iter()
        .map(ToString::to_string)
        .collect();
    assert_eq!(&inc01[2..], ["0", "2"]);
    // The per-household CSV and the workbook together: both are written.
    let (table, book2) = (dir.join("households.csv"), dir.join("summary.xlsx"));
    let o = run(&[
        "batch",
        "assets/examples/caseload.xlsx",
        "--date",
        "2025-06-01",
        "--pack",
        "training",
        "--households",
        table.to_str().unwrap(),
        "--out",
        book2.to_str().unwrap(),
    ]);
    assert!(o.status.success(), "{}", text(&o));
    assert_eq!(std::fs::read_to_string(&table).unwrap().lines().count(), 7);
    let book2: Xlsx<_> = open_workbook(&book2).unwrap();
    assert_eq!(book2.sheet_names()[1], "1 training");
}

/// Issue 16: `sweep` varies one fact over a range. The 低保 family's first member's wages from 0 to
/// 5000 in steps of 10 (the others earn nothing): 低保金 stops where wages ÷ 3 reach S = 1100, i.e.
/// between 3290 (1096.67 a head: (1100 − 1096.67) × 3 = 10 a month) and 3300, and net income does not
/// fall across the step (+10 wages, −10 低保金).
#[test]
fn sweep_finds_where_the_allowance_stops_and_writes_every_point() {
    let dir = std::env::temp_dir().join(format!("wa-sweep-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let out = dir.join("sweep.csv");
    let o = run(&[
        "sweep",
        "assets/examples/dibao-lucheng-renting.json",
        "--vary",
        "wages",
        "--from",
        "0",
        "--to",
        "5000",
        "--step",
        "10",
        "--date",
        "2025-06-01",
        "--pack",
        "training",
        "--out",
        out.to_str().unwrap(),
    ]);
    let t = text(&o);
    assert!(o.status.success(), "{t}");
    assert!(t.contains("501 个点，1 处断崖"), "{t}");
    assert!(
        t.contains("从 3290 到 3300 失去 INC-01，每月净收入变化 0"),
        "{t}"
    );
    let table = std::fs::read_to_string(&out).unwrap();
    assert_eq!(table.lines().count(), 502);
    let at_3290 = table.lines().find(|l| l.starts_with("3290,")).unwrap();
    assert!(at_3290.contains("INC-01"), "{at_3290}");
    let bad = run(&[
        "sweep",
        "assets/examples/dibao-lucheng-renting.json",
        "--vary",
        "wages",
        "--from",
        "10",
        "--to",
        "0",
        "--step",
        "1",
    ]);
    assert_eq!(bad.status.code(), Some(2), "{}", text(&bad));
}

/// After 6号 and 98号 lapsed (2025-12-31) no rule in force pays the 低保 family anything: the text
/// still states the cash totals, 0, rather than leaving them out, and says that they leave out the
/// rules not assessed, so that 0 is not read as the law granting nothing. On 2026-12-03 those are
/// the rules of the four documents whose periods have ended (6号 and 98号 on 2025-12-31, 94号 on
/// 2023-06-30, 2024年11号 on 2026-03-04), counted from the catalogue.
#[test]
fn the_totals_are_stated_when_nothing_is_granted() {
    use wenzhou_assess::policy::Doc;
    let o = run(&[
        "assess",
        "assets/examples/dibao-lucheng-renting.json",
        "--date",
        "2026-12-03",
    ]);
    let t = text(&o);
    assert!(o.status.success(), "{t}");
    assert!(t.contains("== 可以享受的待遇 (0) =="), "{t}");
    let lapsed = [
        Doc::WenZhengFa2022No6,
        Doc::WenZhengBan2022No98,
        Doc::WenZhengBan2022No94,
        Doc::WenZhengFa2024No11,
    ];
    let not_assessed = all_rules().filter(|m| lapsed.contains(&m.doc)).count();
    assert!(
        t.contains(&format!(
            "现金合计（金额确定的项目，只含已评估的规则）：每月 0 元；全年 0 元；一次性 0 元。\
             另有 {not_assessed} 项规则因所依据的文件在评估日期不在有效期内未作评估，不计入合计。"
        )),
        "{t}"
    );
}

/// The example CSV caseload as a Parquet file, as an office's tool would write it: text columns,
/// except the birth date as a DATE, the wages as a DOUBLE and `rural` as a BOOLEAN; zstd-compressed
/// (polars' default).
fn caseload_as_parquet(path: &std::path::Path) {
    use parquet::basic::{Compression, LogicalType, Repetition, Type as Physical, ZstdLevel};
    use parquet::data_type::{BoolType, ByteArray, ByteArrayType, DoubleType, Int32Type};
    use parquet::file::properties::WriterProperties;
    use parquet::file::writer::SerializedFileWriter;
    use parquet::schema::types::Type;
    use std::sync::Arc;
    let mut csv = csv::Reader::from_path("assets/examples/caseload.csv").unwrap();
    let headers: Vec<String> = csv.headers().unwrap().iter().map(str::to_owned).collect();
    let rows: Vec<Vec<String>> = csv
        .records()
        .map(|r| r.unwrap().iter().map(str::to_owned).collect())
        .collect();
    let physical = |h: &str| match h {
        "member.birth_date" => (Physical::INT32, Some(LogicalType::Date)),
        "member.wages_monthly" => (Physical::DOUBLE, None),
        "rural" => (Physical::BOOLEAN, None),
        _ => (Physical::BYTE_ARRAY, Some(LogicalType::String)),
    };
    let fields = headers
        .iter()
        .map(|h| {
            let (p, l) = physical(h);
            Arc::new(
                Type::primitive_type_builder(h, p)
                    .with_logical_type(l)
                    .with_repetition(Repetition::OPTIONAL)
                    .build()
                    .unwrap(),
            )
        })
        .collect();
    let schema = Arc::new(
        Type::group_type_builder("caseload")
            .with_fields(fields)
            .build()
            .unwrap(),
    );
    let props = WriterProperties::builder()
        .set_compression(Compression::ZSTD(ZstdLevel::default()))
        .build();
    let file = std::fs::File::create(path).unwrap();
    let mut w = SerializedFileWriter::new(file, schema, Arc::new(props)).unwrap();
    let mut rg = w.next_row_group().unwrap();
    for (c, h) in headers.iter().enumerate() {
        let cells: Vec<&str> = rows.iter().map(|r| r[c].as_str()).collect();
        let levels: Vec<i16> = cells.iter().map(|v| i16::from(!v.is_empty())).collect();
        let present = cells.iter().filter(|v| !v.is_empty());
        let mut col = rg.next_column().unwrap().unwrap();
        match physical(h).0 {
            Physical::INT32 => {
                let epoch = chrono::NaiveDate::from_ymd_opt(1970, 1, 1).unwrap();
                let days: Vec<i32> = present
                    .map(|v| {
                        let d: chrono::NaiveDate = v.parse().unwrap();
                        i32::try_from((d - epoch).num_days()).unwrap()
                    })
                    .collect();
                col.typed::<Int32Type>()
                    .write_batch(&days, Some(&levels), None)
            }
            Physical::DOUBLE => {
                let v: Vec<f64> = present.map(|v| v.parse().unwrap()).collect();
                col.typed::<DoubleType>()
                    .write_batch(&v, Some(&levels), None)
            }
            Physical::BOOLEAN => {
                let v: Vec<bool> = present.map(|v| v.parse().unwrap()).collect();
                col.typed::<BoolType>().write_batch(&v, Some(&levels), None)
            }
            _ => {
                let v: Vec<ByteArray> = present.map(|v| ByteArray::from(*v)).collect();
                col.typed::<ByteArrayType>()
                    .write_batch(&v, Some(&levels), None)
            }
        }
        .unwrap();
        col.close().unwrap();
    }
    rg.close().unwrap();
    w.close().unwrap();
}

/// Every row of a Parquet file as text cells (null as empty), with the column names.
fn parquet_rows(path: &std::path::Path) -> (Vec<String>, Vec<Vec<String>>) {
    use parquet::file::reader::{FileReader, SerializedFileReader};
    use parquet::record::Field;
    let reader = SerializedFileReader::new(std::fs::File::open(path).unwrap()).unwrap();
    let names = reader
        .metadata()
        .file_metadata()
        .schema_descr()
        .columns()
        .iter()
        .map(|c| c.name().to_owned())
        .collect();
    let rows = reader
        .get_row_iter(None)
        .unwrap()
        .map(|r| {
            r.unwrap()
                .get_column_iter()
                .map(|(_, f)| match f {
                    Field::Null => String::new(),
                    Field::Str(s) => s.clone(),
                    other => other.to_string(),
                })
                .collect()
        })
        .collect();
    (names, rows)
}

/// Issue 16: a Parquet caseload (typed columns, zstd) gives the same households and totals as the
/// same caseload in CSV, and the results written as Parquet hold the CSV results' figures exactly
/// (money as DECIMAL(18,2)).
#[test]
fn a_parquet_caseload_gives_parquet_results_equal_to_the_csv_ones() {
    let dir = std::env::temp_dir().join(format!("wa-batch-parquet-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let input = dir.join("caseload.parquet");
    caseload_as_parquet(&input);
    let p = |name: &str| dir.join(name).to_str().unwrap().to_owned();
    let common = ["--date", "2025-06-01", "--pack", "training"];
    let csv_run = run(&[
        &[
            "batch",
            "assets/examples/caseload.csv",
            "--households",
            &p("h.csv"),
            "--out",
            &p("s.csv"),
        ],
        &common[..],
    ]
    .concat());
    assert!(csv_run.status.success(), "{}", text(&csv_run));
    let parquet_run = run(&[
        &[
            "batch",
            &p("caseload.parquet"),
            "--households",
            &p("h.parquet"),
            "--out",
            &p("s.parquet"),
        ],
        &common[..],
    ]
    .concat());
    assert!(parquet_run.status.success(), "{}", text(&parquet_run));
    // The same report on the terminal: the same households read, assessed and totalled.
    assert_eq!(text(&csv_run), text(&parquet_run));
    let decimal =
        |s: &str| -> Option<rust_decimal::Decimal> { (!s.is_empty()).then(|| s.parse().unwrap()) };
    // Households: the CSV's reference, area, members, monthly, yearly, once, rules.
    let mut csv = csv::Reader::from_path(p("h.csv")).unwrap();
    let csv_rows: Vec<Vec<String>> = csv
        .records()
        .map(|r| r.unwrap().iter().map(str::to_owned).collect())
        .collect();
    let (names, rows) = parquet_rows(&dir.join("h.parquet"));
    assert_eq!(
        names,
        [
            "reference",
            "area",
            "members",
            "monthly_1",
            "yearly_1",
            "once_1",
            "rules_1"
        ]
    );
    assert_eq!(rows.len(), 6);
    assert_eq!(rows.len(), csv_rows.len());
    for (a, b) in rows.iter().zip(&csv_rows) {
        assert_eq!(a[..3], b[..3]);
        for c in 3..6 {
            assert_eq!(decimal(&a[c]), decimal(&b[c]), "{a:?} / {b:?}");
        }
        assert_eq!(a[6], b[6]);
    }
    // h01: 低保金 (1100 − 500) × 1 = 600 a month.
    assert_eq!(decimal(&rows[0][3]), decimal("600"));
    // Summary: the CSV summary's rows, figure for figure.
    let mut csv = csv::Reader::from_path(p("s.csv")).unwrap();
    let csv_rows: Vec<Vec<String>> = csv
        .records()
        .map(|r| r.unwrap().iter().map(str::to_owned).collect())
        .collect();
    let (names, rows) = parquet_rows(&dir.join("s.parquet"));
    assert_eq!(names, ["scenario", "measure", "key", "value", "difference"]);
    assert_eq!(rows.len(), csv_rows.len());
    for (a, b) in rows.iter().zip(&csv_rows) {
        assert_eq!(a[..3], b[..3]);
        assert_eq!(decimal(&a[3]), decimal(&b[3]), "{a:?} / {b:?}");
        assert_eq!(decimal(&a[4]), decimal(&b[4]), "{a:?} / {b:?}");
    }
}

/// Issue 16: `sweep --out X.png` draws the chart: an A4-legible image with one colour per scenario
/// (the baseline's blue and the scenario's orange both drawn, as lines, not dots) and the cliff
/// marked in red where 低保金 stops.
#[test]
fn sweep_draws_a_chart_with_a_line_per_scenario_and_the_cliffs_marked() {
    let dir = std::env::temp_dir().join(format!("wa-sweep-png-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let scenario = dir.join("s900.toml");
    std::fs::write(
        &scenario,
        r#"[pack]
id = "s900"
name_zh = "情景：低保标准900"
name_en = "Scenario: 900"
official = false
extends = "training"

[[param]]
key = "dibao_standard_monthly"
value = "900"
area = "all"
valid_from = 2024-01-01
valid_to = 2025-12-31
official = false
citation = "training scenario"
"#,
    )
    .unwrap();
    let out = dir.join("sweep.png");
    let o = run(&[
        "sweep",
        "assets/examples/dibao-lucheng-renting.json",
        "--vary",
        "wages",
        "--from",
        "0",
        "--to",
        "5000",
        "--step",
        "10",
        "--pack",
        "training",
        "--date",
        "2025-06-01",
        "--scenario",
        scenario.to_str().unwrap(),
        "--out",
        out.to_str().unwrap(),
    ]);
    assert!(o.status.success(), "{}", text(&o));
    let img = image::open(&out).unwrap().to_rgb8();
    assert_eq!(img.dimensions(), (1600, 1000));
    let count = |rgb: [u8; 3]| img.pixels().filter(|p| p.0 == rgb).count();
    // Each scenario: a solid net-income line and a dashed benefits line across the chart's width.
    let (blue, orange, red) = (
        count([31, 78, 160]),
        count([200, 82, 0]),
        count([255, 0, 0]),
    );
    assert!(blue > 3000 && orange > 3000, "{blue} {orange}");
    // Two crosses (one cliff per scenario).
    assert!(red > 50, "{red}");
}
