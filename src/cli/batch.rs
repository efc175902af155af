//! `batch`: a caseload from a file (JSON lines, JSON, CSV, an Excel workbook or Parquet) or
//! generated, read and assessed chunk by chunk so that memory stays flat whatever the file's size,
//! with a progress bar on a terminal; the summary as text, JSON, CSV, Parquet or a workbook, and
//! each household's result as CSV, Parquet or in the workbook (a sheet per scenario, and one of
//! gains and losses).

use std::fs::File;
use std::io::{BufReader, BufWriter, IsTerminal};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use chrono::NaiveDate;
use fluent_bundle::FluentArgs;
use indicatif::{ProgressBar, ProgressStyle};
use rust_xlsxwriter::{Workbook, XlsxError};

use super::parquet::HouseholdTable;
use super::trainer::render_batch;
use super::{EXIT_HOUSEHOLD, EXIT_IO, EXIT_PARAMS, EXIT_USAGE, fail, load_set};
use wenzhou_assess::analysis::{Batch, BatchSummary, CHUNK, HouseholdRow, synthetic_caseload};
use wenzhou_assess::household::{
    CaseloadKind, Household, Loaded, read_caseload, read_parquet_caseload,
};
use wenzhou_assess::i18n::{Lang, tr, tr_args};
use wenzhou_assess::policy::{ParamSet, rule_meta};

/// What `batch` was asked.
pub(super) struct BatchRequest<'a> {
    pub input: Option<&'a Path>,
    pub generate: Option<usize>,
    pub date: NaiveDate,
    pub pack: &'a str,
    pub scenarios: &'a [PathBuf],
    pub json: bool,
    pub out: Option<&'a Path>,
    pub households: Option<&'a Path>,
    pub lang: Lang,
}

/// Where the households come from.
enum Source {
    /// A synthetic caseload of this many households, made chunk by chunk.
    Generate {
        total: usize,
        made: usize,
        seed: u64,
    },
    /// A file, household by household.
    File(Box<dyn Iterator<Item = Loaded> + Send>),
}

impl Source {
    /// The next chunk of households, and the households of the file that could not be read.
    fn next_chunk(
        &mut self,
        left_out: &mut Vec<wenzhou_assess::household::LeftOut>,
    ) -> Vec<Household> {
        match self {
            Source::Generate { total, made, seed } => {
                let n = CHUNK.min(*total - *made);
                // Chunk k uses seed + k: the same caseload on every run, made in constant memory.
                let chunk = if n == 0 {
                    Vec::new()
                } else {
                    synthetic_caseload(n, seed.wrapping_add((*made / CHUNK) as u64))
                };
                *made += n;
                chunk
            }
            Source::File(items) => {
                let mut chunk = Vec::with_capacity(CHUNK);
                for item in items.by_ref() {
                    match item {
                        Ok(h) => chunk.push(h),
                        Err(l) => left_out.push(l),
                    }
                    if chunk.len() == CHUNK {
                        break;
                    }
                }
                chunk
            }
        }
    }
}

/// A progress bar with the time left on a terminal; a plain line per chunk otherwise.
struct Progress {
    bar: Option<ProgressBar>,
    lang: Lang,
    total: Option<usize>,
}

impl Progress {
    fn new(total: Option<usize>, lang: Lang) -> Progress {
        let bar = std::io::stderr().is_terminal().then(|| {
            let template = match total {
                Some(_) => "{bar:40} {pos}/{len} {per_sec} ETA {eta}",
                None => "{spinner} {pos} {per_sec}",
            };
            let bar = total.map_or_else(ProgressBar::new_spinner, |t| ProgressBar::new(t as u64));
            if let Ok(style) = ProgressStyle::with_template(template) {
                bar.set_style(style);
            }
            bar
        });
        Progress { bar, lang, total }
    }

    fn done(&self, done: usize) {
        match &self.bar {
            Some(bar) => bar.set_position(done as u64),
            None => {
                let mut args = FluentArgs::new();
                args.set("done", done);
                let key = match self.total {
                    Some(total) => {
                        args.set("total", total);
                        "cli-batch-progress"
                    }
                    None => "cli-batch-progress-count",
                };
                eprintln!("{}", tr_args(self.lang, key, Some(&args)));
            }
        }
    }

    fn finish(&self) {
        if let Some(bar) = &self.bar {
            bar.finish();
        }
    }
}

/// Where each household's result goes: a CSV table (`--households X.csv`) and a workbook (`--out
/// X.xlsx` and/or `--households X.xlsx`: the summary, a household sheet per scenario, gains and
/// losses).
struct Rows<'a> {
    csv: Option<Box<csv::Writer<BufWriter<File>>>>,
    parquet: Option<HouseholdTable>,
    /// The workbook (its household sheets are 1..=scenarios; sheet 0 is the summary), each household
    /// sheet's next row, and the files it is saved to.
    book: Option<(Box<Workbook>, Vec<u32>, Vec<&'a Path>)>,
}

impl Rows<'_> {
    fn wanted(&self) -> bool {
        self.csv.is_some() || self.parquet.is_some() || self.book.is_some()
    }
}

pub(super) fn batch_cmd(req: &BatchRequest<'_>) -> ExitCode {
    let lang = req.lang;
    let base = match load_set(req.pack, None, None, lang) {
        Ok(s) => s,
        Err(e) => return fail(lang, "error-params", &e.to_string(), EXIT_PARAMS),
    };
    let mut sets = vec![(req.pack.to_owned(), base.clone())];
    for path in req.scenarios {
        match load_set(req.pack, None, Some(path), lang) {
            Ok(s) => sets.push((path.display().to_string(), s)),
            Err(e) => return fail(lang, "error-params", &e.to_string(), EXIT_PARAMS),
        }
    }
    let refs: Vec<(&str, &ParamSet)> = sets.iter().map(|(l, s)| (l.as_str(), s)).collect();
    let mut source = match (req.input, req.generate) {
        (_, Some(n)) => Source::Generate {
            total: n,
            made: 0,
            seed: 2026,
        },
        (Some(path), None) => match open(path) {
            Ok(items) => Source::File(items),
            Err(e) => return fail(lang, "error-household", &e, EXIT_HOUSEHOLD),
        },
        (None, None) => return fail(lang, "cli-batch-input", "", EXIT_USAGE),
    };
    let mut rows = Rows {
        csv: None,
        parquet: None,
        book: None,
    };
    if let Some(p) = req.households.filter(|p| has_extension(p, "parquet")) {
        let labels: Vec<&str> = refs.iter().map(|(l, _)| *l).collect();
        match HouseholdTable::create(p, &labels) {
            Ok(t) => rows.parquet = Some(t),
            Err(e) => return write_failed(lang, p, &e.to_string()),
        }
    }
    if let Some(p) = req
        .households
        .filter(|p| !is_xlsx(p) && !has_extension(p, "parquet"))
    {
        match File::create(p) {
            Ok(f) => {
                let mut w = csv::Writer::from_writer(BufWriter::new(f));
                let _ = w.write_record(household_header(&refs, lang));
                rows.csv = Some(Box::new(w));
            }
            Err(e) => return write_failed(lang, p, &e.to_string()),
        }
    }
    let book_paths: Vec<&Path> = [req.out, req.households]
        .into_iter()
        .flatten()
        .filter(|p| is_xlsx(p))
        .collect();
    if !book_paths.is_empty() {
        match household_workbook(&refs, lang) {
            Ok((book, next)) => {
                rows.book = Some((Box::new(book), next, book_paths));
            }
            Err(e) => return fail(lang, "error-write", &e.to_string(), EXIT_IO),
        }
    }
    let want_rows = rows.wanted();
    let progress = Progress::new(req.generate, lang);
    let mut batch = Batch::new(req.date, &refs);
    // The file is read on a thread of its own, one chunk ahead of the assessment on all cores: the
    // two overlap instead of taking turns.
    let (chunks, read) = std::sync::mpsc::sync_channel(1);
    let written = std::thread::scope(|s| {
        s.spawn(move || {
            loop {
                let mut left_out = Vec::new();
                let chunk = source.next_chunk(&mut left_out);
                let end = chunk.is_empty();
                if chunks.send((chunk, left_out)).is_err() || end {
                    break;
                }
            }
        });
        let mut done = 0;
        for (chunk, left_out) in read {
            for l in left_out {
                batch.leave_out(l);
            }
            if chunk.is_empty() {
                break;
            }
            let results = batch.add(&chunk, want_rows);
            write_rows(&mut rows, &results)?;
            done += chunk.len();
            progress.done(done);
        }
        Ok::<(), String>(())
    });
    if let Err(e) = written {
        return fail(lang, "error-write", &e, EXIT_IO);
    }
    progress.finish();
    let summary = batch.finish();
    if req.json {
        match serde_json::to_string_pretty(&summary) {
            Ok(t) => println!("{t}"),
            Err(e) => return fail(lang, "error-read", &e.to_string(), EXIT_IO),
        }
    } else {
        print!("{}", render_batch(&summary, lang));
        print!("{}", render_left_out(&summary, lang));
    }
    if let Some(path) = req.out.filter(|p| has_extension(p, "parquet")) {
        if let Err(e) = super::parquet::write_summary(path, &summary) {
            return write_failed(lang, path, &e.to_string());
        }
    } else if let Some(path) = req.out.filter(|p| !is_xlsx(p)) {
        let text = if has_extension(path, "json") {
            serde_json::to_string_pretty(&summary).unwrap_or_default()
        } else {
            summary.to_csv()
        };
        if let Err(e) = std::fs::write(path, text) {
            return write_failed(lang, path, &e.to_string());
        }
    }
    if let Some(mut w) = rows.csv
        && let Err(e) = w.flush()
    {
        return fail(lang, "error-write", &e.to_string(), EXIT_IO);
    }
    if let Some(t) = rows.parquet
        && let Err(e) = t.close()
    {
        return fail(lang, "error-write", &e.to_string(), EXIT_IO);
    }
    if let Some((mut book, _, paths)) = rows.book {
        if let Err(e) = finish_workbook(&mut book, &summary, lang) {
            return fail(lang, "error-write", &e.to_string(), EXIT_IO);
        }
        // Saved once; a second name gets a copy of the file.
        let saved = book.save(paths[0]).map_err(|e| e.to_string());
        for (i, path) in paths.iter().enumerate() {
            let written = if i == 0 {
                saved.clone()
            } else {
                std::fs::copy(paths[0], path)
                    .map(|_| ())
                    .map_err(|e| e.to_string())
            };
            if let Err(e) = written {
                return write_failed(lang, path, &e);
            }
        }
    }
    ExitCode::SUCCESS
}

fn is_xlsx(p: &Path) -> bool {
    has_extension(p, "xlsx")
}

fn has_extension(p: &Path, ext: &str) -> bool {
    p.extension().is_some_and(|e| e.eq_ignore_ascii_case(ext))
}

fn write_failed(lang: Lang, path: &Path, e: &str) -> ExitCode {
    fail(
        lang,
        "error-write",
        &format!("{}: {e}", path.display()),
        EXIT_IO,
    )
}

/// The caseload file, household by household.
fn open(path: &Path) -> Result<Box<dyn Iterator<Item = Loaded> + Send>, String> {
    let file = File::open(path).map_err(|e| format!("{}: {e}", path.display()))?;
    let kind = CaseloadKind::of(&path.to_string_lossy());
    let items = if kind == CaseloadKind::Parquet {
        // Read a row group at a time from the file itself, not all into memory.
        read_parquet_caseload(file)
    } else {
        read_caseload(kind, BufReader::new(file))
    };
    items.map_err(|e| format!("{}: {e}", path.display()))
}

/// The households left out of the file, counted and named.
fn render_left_out(b: &BatchSummary, lang: Lang) -> String {
    if b.left_out == 0 {
        return String::new();
    }
    let mut args = FluentArgs::new();
    args.set("count", b.left_out);
    let mut s = format!("\n{}\n", tr_args(lang, "cli-batch-left-out", Some(&args)));
    for l in &b.left_out_named {
        s.push_str(&format!("  {}: {}\n", l.at, l.reason));
    }
    s
}

/// The per-household table's columns for the household, then per scenario.
const HOUSEHOLD_COLUMNS: [&str; 3] = ["cli-col-reference", "cli-col-area", "cli-col-members"];
const SCENARIO_COLUMNS: [&str; 4] = [
    "cli-col-monthly",
    "cli-col-yearly",
    "cli-col-once",
    "cli-col-rules",
];

/// The per-household CSV table's heading row: each scenario's columns carry its label.
fn household_header(sets: &[(&str, &ParamSet)], lang: Lang) -> Vec<String> {
    let mut h: Vec<String> = HOUSEHOLD_COLUMNS.iter().map(|k| tr(lang, k)).collect();
    for (label, _) in sets {
        for key in SCENARIO_COLUMNS {
            h.push(format!("{} [{label}]", tr(lang, key)));
        }
    }
    h
}

/// A household's cells: reference, area, members, then per scenario monthly, yearly, once, rules
/// (empty where the household fails validation on the date).
fn household_cells(r: &HouseholdRow) -> Vec<String> {
    let mut cells = vec![
        r.reference.clone().unwrap_or_default(),
        r.area.to_owned(),
        r.members.to_string(),
    ];
    for s in &r.scenarios {
        match s {
            Some(c) => cells.extend([
                c.monthly.to_string(),
                c.yearly.to_string(),
                c.once.to_string(),
                c.rules.join(" "),
            ]),
            None => cells.extend([String::new(), String::new(), String::new(), String::new()]),
        }
    }
    cells
}

/// A workbook with the summary sheet first (filled at the end) and one household sheet per
/// scenario, written row by row in constant memory; returns it with each sheet's next row.
fn household_workbook(
    sets: &[(&str, &ParamSet)],
    lang: Lang,
) -> Result<(Workbook, Vec<u32>), XlsxError> {
    let mut book = Workbook::new();
    book.add_worksheet()
        .set_name(tr(lang, "cli-sheet-summary"))?;
    // Each scenario's sheet: the household columns, then that scenario's four.
    let header: Vec<String> = HOUSEHOLD_COLUMNS
        .iter()
        .chain(&SCENARIO_COLUMNS)
        .map(|key| tr(lang, key))
        .collect();
    for (i, (label, _)) in sets.iter().enumerate() {
        let sheet = book.add_worksheet_with_constant_memory()?;
        sheet.set_name(sheet_name(i, label))?;
        sheet.write_row(0, 0, &header)?;
    }
    Ok((book, vec![1; sets.len()]))
}

/// A sheet name from a scenario's label: at most 31 characters, none of `[]:*?/\`.
fn sheet_name(i: usize, label: &str) -> String {
    let base = Path::new(label)
        .file_stem()
        .map_or_else(|| label.to_owned(), |s| s.to_string_lossy().into_owned());
    let clean: String = base
        .chars()
        .filter(|c| !"[]:*?/\\".contains(*c))
        .take(26)
        .collect();
    format!("{} {clean}", i + 1)
}

fn write_rows(rows: &mut Rows<'_>, results: &[HouseholdRow]) -> Result<(), String> {
    if let Some(t) = &mut rows.parquet {
        t.write(results).map_err(|e| e.to_string())?;
    }
    if let Some(w) = &mut rows.csv {
        results
            .iter()
            .try_for_each(|r| w.write_record(household_cells(r)))
            .map_err(|e| e.to_string())?;
    }
    if let Some((book, next, _)) = &mut rows.book {
        for r in results {
            let cells = household_cells(r);
            for (s, row) in next.iter_mut().enumerate() {
                let sheet = book
                    .worksheet_from_index(s + 1)
                    .map_err(|e| e.to_string())?;
                let own = cells[..3].iter().chain(&cells[3 + 4 * s..3 + 4 * (s + 1)]);
                for (c, v) in own.enumerate() {
                    let col = u16::try_from(c).unwrap_or(u16::MAX);
                    match v.parse::<f64>() {
                        Ok(n) if c >= 2 => sheet.write_number(*row, col, n),
                        _ => sheet.write_string(*row, col, v),
                    }
                    .map_err(|e| e.to_string())?;
                }
                *row += 1;
            }
        }
    }
    Ok(())
}

/// Fills the summary sheet (the CSV summary's table) and adds the sheet of gains and losses per
/// rule and scenario against the baseline.
fn finish_workbook(book: &mut Workbook, b: &BatchSummary, lang: Lang) -> Result<(), XlsxError> {
    let summary = book.worksheet_from_index(0)?;
    let csv = b.to_csv();
    let mut reader = csv::Reader::from_reader(csv.as_bytes());
    let headers: Vec<String> = reader
        .headers()
        .map(|h| h.iter().map(str::to_owned).collect())
        .unwrap_or_default();
    summary.write_row(0, 0, headers)?;
    for (r, record) in reader.records().flatten().enumerate() {
        let row = u32::try_from(r + 1).unwrap_or(u32::MAX);
        for (c, v) in record.iter().enumerate() {
            let col = u16::try_from(c).unwrap_or(u16::MAX);
            match v.parse::<f64>() {
                Ok(n) if c >= 3 => summary.write_number(row, col, n)?,
                _ => summary.write_string(row, col, v)?,
            };
        }
    }
    if !b.left_out_named.is_empty() {
        let sheet = book.add_worksheet();
        sheet.set_name(tr(lang, "cli-sheet-left-out"))?;
        sheet.write_row(0, 0, [tr(lang, "cli-col-where"), tr(lang, "cli-col-why")])?;
        for (r, l) in b.left_out_named.iter().enumerate() {
            let row = u32::try_from(r + 1).unwrap_or(u32::MAX);
            sheet.write_string(row, 0, &l.at)?;
            sheet.write_string(row, 1, &l.reason)?;
        }
    }
    let sheet = book.add_worksheet();
    sheet.set_name(tr(lang, "cli-sheet-gains-losses"))?;
    let mut header = vec![tr(lang, "col-rule"), tr(lang, "col-benefit")];
    for s in b.scenarios.iter().skip(1) {
        header.push(format!("{} [{}]", tr(lang, "cli-col-gains"), s.label));
        header.push(format!("{} [{}]", tr(lang, "cli-col-losses"), s.label));
    }
    sheet.write_row(0, 0, header)?;
    let mut ids: Vec<&str> = b
        .scenarios
        .iter()
        .flat_map(|s| s.gains.keys().chain(s.losses.keys()).copied())
        .collect();
    ids.sort_by_key(|id| wenzhou_assess::policy::all_rules().position(|m| m.id == *id));
    ids.dedup();
    for (r, id) in ids.iter().enumerate() {
        let row = u32::try_from(r + 1).unwrap_or(u32::MAX);
        sheet.write_string(row, 0, *id)?;
        let name = rule_meta(id).map_or_else(String::new, |m| tr(lang, &format!("rule-{}", m.id)));
        sheet.write_string(row, 1, name)?;
        for (k, s) in b.scenarios.iter().skip(1).enumerate() {
            let col = u16::try_from(2 + 2 * k).unwrap_or(u16::MAX);
            let gains = s.gains.get(id).copied().unwrap_or(0);
            let losses = s.losses.get(id).copied().unwrap_or(0);
            sheet.write_number(row, col, gains as f64)?;
            sheet.write_number(row, col + 1, losses as f64)?;
        }
    }
    Ok(())
}
