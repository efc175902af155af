//! `sweep`: one household with one fact varied over a range, under the baseline and each scenario:
//! the cash benefits and net income at every point, the cliffs where a benefit is lost, and the
//! points as CSV, a workbook or a PNG chart.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use chrono::NaiveDate;
use fluent_bundle::FluentArgs;
use rust_decimal::Decimal;

use super::{EXIT_HOUSEHOLD, EXIT_IO, EXIT_PARAMS, EXIT_USAGE, fail, load_household, load_set};
use wenzhou_assess::analysis::{SweepFact, SweepResult, sweep};
use wenzhou_assess::i18n::{Lang, tr, tr_args};
use wenzhou_assess::report::chart::write_sweep_chart;

/// The fact a sweep varies, as the command line names it.
#[derive(Clone, Copy, clap::ValueEnum)]
pub(super) enum Vary {
    /// A member's monthly wages (`--member`, default the first).
    Wages,
    /// The household's monthly rent.
    Rent,
    /// A member's age.
    Age,
    /// A member's disability grade.
    Grade,
    /// The household's size (the last member repeated).
    Size,
}

impl Vary {
    /// The message naming the fact on the chart's axis.
    fn chart_key(self) -> &'static str {
        match self {
            Vary::Wages => "chart-x-wages",
            Vary::Rent => "chart-x-rent",
            Vary::Age => "chart-x-age",
            Vary::Grade => "chart-x-grade",
            Vary::Size => "chart-x-size",
        }
    }
}

/// What `sweep` was asked.
pub(super) struct SweepRequest<'a> {
    pub file: &'a Path,
    pub vary: Vary,
    pub member: usize,
    pub from: Decimal,
    pub to: Decimal,
    pub step: Decimal,
    pub date: NaiveDate,
    pub pack: &'a str,
    pub scenarios: &'a [PathBuf],
    pub json: bool,
    pub out: Option<&'a Path>,
    pub lang: Lang,
}

/// Most points a sweep takes (a step too small for the range is refused, not run for minutes).
const MAX_POINTS: usize = 100_000;

pub(super) fn sweep_cmd(req: &SweepRequest<'_>) -> ExitCode {
    let lang = req.lang;
    let household = match load_household(req.file, lang) {
        Ok(h) => h,
        Err(code) => return code,
    };
    if req.step <= Decimal::ZERO || req.to < req.from {
        return fail(lang, "cli-sweep-range", "", EXIT_USAGE);
    }
    let mut values = Vec::new();
    let mut x = req.from;
    while x <= req.to && values.len() <= MAX_POINTS {
        values.push(x);
        x += req.step;
    }
    if values.len() > MAX_POINTS {
        return fail(lang, "cli-sweep-range", "", EXIT_USAGE);
    }
    let fact = match req.vary {
        Vary::Wages => SweepFact::Wages { member: req.member },
        Vary::Rent => SweepFact::Rent,
        Vary::Age => SweepFact::Age { member: req.member },
        Vary::Grade => SweepFact::DisabilityGrade { member: req.member },
        Vary::Size => SweepFact::HouseholdSize,
    };
    let mut labels = vec![req.pack.to_owned()];
    let mut sets = match load_set(req.pack, None, None, lang) {
        Ok(s) => vec![s],
        Err(e) => return fail(lang, "error-params", &e.to_string(), EXIT_PARAMS),
    };
    for path in req.scenarios {
        match load_set(req.pack, None, Some(path), lang) {
            Ok(s) => {
                labels.push(path.display().to_string());
                sets.push(s);
            }
            Err(e) => return fail(lang, "error-params", &e.to_string(), EXIT_PARAMS),
        }
    }
    let mut results = Vec::new();
    for set in &sets {
        match sweep(&household, fact, &values, req.date, set) {
            Ok(r) => results.push(r),
            Err(e) => return fail(lang, "error-household", &e.to_string(), EXIT_HOUSEHOLD),
        }
    }
    if req.json {
        let all: Vec<_> = labels.iter().zip(&results).collect();
        match serde_json::to_string_pretty(&all) {
            Ok(t) => println!("{t}"),
            Err(e) => return fail(lang, "error-read", &e.to_string(), EXIT_IO),
        }
    } else {
        print!("{}", render(&labels, &results, values.len(), lang));
    }
    if let Some(path) = req.out {
        let extension = path.extension().map(|e| e.to_string_lossy().to_lowercase());
        let written = match extension.as_deref() {
            Some("png") => {
                let x_label = tr(lang, req.vary.chart_key());
                write_sweep_chart(path, &labels, &results, &x_label, lang)
            }
            Some("xlsx") => {
                write_xlsx(path, &table(&labels, &results, lang)).map_err(|e| e.to_string())
            }
            _ => write_csv(path, &table(&labels, &results, lang)),
        };
        if let Err(e) = written {
            return fail(
                lang,
                "error-write",
                &format!("{}: {e}", path.display()),
                EXIT_IO,
            );
        }
    }
    ExitCode::SUCCESS
}

/// Per scenario: the points and the cliffs.
fn render(labels: &[String], results: &[SweepResult], points: usize, lang: Lang) -> String {
    let mut s = String::new();
    for (label, r) in labels.iter().zip(results) {
        let mut args = FluentArgs::new();
        args.set("label", label.clone());
        args.set("points", points);
        args.set("cliffs", r.cliffs.len());
        s.push_str(&tr_args(lang, "cli-sweep-scenario", Some(&args)));
        s.push('\n');
        for c in &r.cliffs {
            let mut args = FluentArgs::new();
            args.set("from", c.from_x.to_string());
            args.set("to", c.to_x.to_string());
            args.set("lost", c.lost.join(", "));
            args.set("change", c.net_change.to_string());
            s.push_str("  ");
            s.push_str(&tr_args(lang, "cli-sweep-cliff", Some(&args)));
            s.push('\n');
        }
    }
    s
}

/// The points as rows: the value, then per scenario the cash benefits, the net income and the
/// rules paying cash.
fn table(labels: &[String], results: &[SweepResult], lang: Lang) -> Vec<Vec<String>> {
    let mut header = vec![tr(lang, "cli-sweep-x")];
    for l in labels {
        for key in ["cli-sweep-benefits", "cli-sweep-net", "cli-col-rules"] {
            header.push(format!("{} [{l}]", tr(lang, key)));
        }
    }
    let mut rows = vec![header];
    let n = results.first().map_or(0, |r| r.points.len());
    for i in 0..n {
        let mut row = vec![results[0].points[i].x.to_string()];
        for r in results {
            let p = &r.points[i];
            row.extend([
                p.benefits_monthly.to_string(),
                p.net_monthly.to_string(),
                p.cash_rules.join(" "),
            ]);
        }
        rows.push(row);
    }
    rows
}

fn write_csv(path: &Path, rows: &[Vec<String>]) -> Result<(), String> {
    let mut w = csv::Writer::from_path(path).map_err(|e| e.to_string())?;
    for r in rows {
        w.write_record(r).map_err(|e| e.to_string())?;
    }
    w.flush().map_err(|e| e.to_string())
}

fn write_xlsx(path: &Path, rows: &[Vec<String>]) -> Result<(), rust_xlsxwriter::XlsxError> {
    let mut book = rust_xlsxwriter::Workbook::new();
    let sheet = book.add_worksheet();
    for (r, row) in rows.iter().enumerate() {
        let r = u32::try_from(r).unwrap_or(u32::MAX);
        for (c, v) in row.iter().enumerate() {
            let c = u16::try_from(c).unwrap_or(u16::MAX);
            match v.parse::<f64>() {
                Ok(n) if r > 0 => sheet.write_number(r, c, n)?,
                _ => sheet.write_string(r, c, v)?,
            };
        }
    }
    book.save(path)
}
