//! A caseload file for batches, read household by household so that a file of any size runs in
//! constant memory: JSON lines (one household per line), a JSON array of households, or a table
//! with one row per member, as CSV, as an Excel workbook (`.xlsx`, first sheet) or as Parquet (flat
//! columns; snappy, zstd or uncompressed, read row group by row group).
//!
//! The table's columns are the household model's own field names, so that nothing is renamed on the
//! way: `household` (an id; consecutive rows with the same id are one household), household fields
//! (`hukou_area`, `status`, `rural`…, read from the household's first row) and member fields with
//! the prefix `member.` (`member.relationship`, `member.birth_date`, `member.disabled`,
//! `member.disability_grade`…). Two columns stand for an income item: `member.wages_monthly` (wages
//! per month) and `member.job_start` (when that job began). Offices' own Chinese headings are
//! accepted for the common columns (户编号, 户籍所在地, 家庭类别, 与申请人关系, 出生日期, 是否持残疾人证,
//! 残疾等级, 月工资, 就业开始日期), and Chinese values for areas, statuses, relationships and yes/no.
//! An empty cell is an unknown fact, as an absent field is in JSON: it is never defaulted.
//!
//! A household that does not load is left out with where it is (sheet, row, column) and why; the
//! rest of the file still runs.

use std::io::BufRead;

use serde_json::{Map, Value};
use thiserror::Error;

use super::load::household_from_value;
use super::{Area, Household, Member, parse_household};

/// Why a caseload file was refused.
#[derive(Debug, Error)]
#[non_exhaustive]
pub enum CaseloadError {
    /// The file is not valid JSON, CSV or a workbook, or a column is not a field of the model; the
    /// message says where.
    #[error("{0}")]
    Format(String),
}

/// A household that could not be read, and where it is in the file.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct LeftOut {
    /// Where: `line 3`, `#2`, `row 7, column member.birth_date`, `sheet 户籍, row 7…`.
    pub at: String,
    /// Why.
    pub reason: String,
}

/// One household of a caseload, or why it was left out.
pub type Loaded = Result<Household, LeftOut>;

/// The kind of caseload file, by its name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CaseloadKind {
    /// JSON lines or a JSON array.
    Json,
    /// A CSV table, one row per member.
    Csv,
    /// An Excel workbook, one row per member on the first sheet.
    Xlsx,
    /// A Parquet file, one row per member.
    Parquet,
}

impl CaseloadKind {
    /// The kind of the file `name`, by its extension (JSON unless `.csv`, `.xlsx` or `.parquet`).
    #[must_use]
    pub fn of(name: &str) -> CaseloadKind {
        let name = name.to_lowercase();
        if name.ends_with(".csv") {
            CaseloadKind::Csv
        } else if name.ends_with(".xlsx") {
            CaseloadKind::Xlsx
        } else if name.ends_with(".parquet") {
            CaseloadKind::Parquet
        } else {
            CaseloadKind::Json
        }
    }
}

/// Reads a caseload household by household from `input`. JSON lines, CSV and workbooks stream; a
/// JSON array is read whole, and so is a Parquet file given here (give a file to
/// [`read_parquet_caseload`] to read it row group by row group).
///
/// # Errors
/// When the file as a whole cannot be read: not JSON, CSV or a workbook, an unknown column, or no
/// `household` column. A single household that is wrong is an `Err` item, and reading goes on.
pub fn read_caseload<R: BufRead + std::io::Seek + Send + 'static>(
    kind: CaseloadKind,
    mut input: R,
) -> Result<Box<dyn Iterator<Item = Loaded> + Send>, CaseloadError> {
    match kind {
        CaseloadKind::Csv => {
            let mut reader = csv::ReaderBuilder::new()
                .trim(csv::Trim::All)
                .flexible(true)
                .from_reader(input);
            let headers: Vec<String> = reader
                .headers()
                .map_err(|e| CaseloadError::Format(e.to_string()))?
                .iter()
                .map(str::to_owned)
                .collect();
            let rows = reader.into_records().enumerate().map(|(i, r)| {
                // The header is row 1.
                let row = i + 2;
                r.map(|r| (row, r.iter().map(str::to_owned).collect()))
                    .map_err(|e| LeftOut {
                        at: format!("row {row}"),
                        reason: e.to_string(),
                    })
            });
            Ok(Box::new(Table::new(String::new(), &headers, rows)?))
        }
        CaseloadKind::Xlsx => {
            use calamine::{Data, Reader, Xlsx};
            let mut book: Xlsx<R> =
                Xlsx::new(input).map_err(|e| CaseloadError::Format(e.to_string()))?;
            let sheet = book
                .sheet_names()
                .first()
                .cloned()
                .ok_or_else(|| CaseloadError::Format("the workbook has no sheet".to_owned()))?;
            let range = book
                .worksheet_range(&sheet)
                .map_err(|e| CaseloadError::Format(e.to_string()))?;
            let text = |c: &Data| match c {
                Data::Empty => String::new(),
                Data::Float(f) if f.fract() == 0.0 && f.abs() < 1e15 => format!("{f:.0}"),
                Data::DateTime(d) => d
                    .as_datetime()
                    .map_or_else(|| d.to_string(), |t| t.date().to_string()),
                other => other.to_string().trim().to_owned(),
            };
            let mut rows = range.rows();
            let headers: Vec<String> = rows
                .next()
                .map(|r| r.iter().map(text).collect())
                .unwrap_or_default();
            let body: Vec<(usize, Vec<String>)> = rows
                .enumerate()
                .map(|(i, r)| (i + 2, r.iter().map(text).collect()))
                .collect();
            Ok(Box::new(Table::new(
                format!("sheet {sheet}, "),
                &headers,
                body.into_iter().map(Ok),
            )?))
        }
        CaseloadKind::Parquet => {
            let mut bytes = Vec::new();
            input
                .read_to_end(&mut bytes)
                .map_err(|e| CaseloadError::Format(e.to_string()))?;
            read_parquet_caseload(bytes::Bytes::from(bytes))
        }
        CaseloadKind::Json => {
            // A JSON array is read whole; JSON lines stream.
            let start = loop {
                match input.fill_buf() {
                    Ok([]) => break None,
                    Ok(buf) => {
                        let skip = buf.iter().take_while(|b| b.is_ascii_whitespace()).count();
                        if let Some(&b) = buf.get(skip) {
                            input.consume(skip);
                            break Some(b);
                        }
                        let n = buf.len();
                        input.consume(n);
                    }
                    Err(e) => return Err(CaseloadError::Format(e.to_string())),
                }
            };
            if start == Some(b'[') {
                let values: Vec<Value> = serde_json::from_reader(input)
                    .map_err(|e| CaseloadError::Format(e.to_string()))?;
                return Ok(Box::new(values.into_iter().enumerate().map(|(i, v)| {
                    parse_household(&v.to_string()).map_err(|e| LeftOut {
                        at: format!("#{}", i + 1),
                        reason: e.to_string(),
                    })
                })));
            }
            Ok(Box::new(input.lines().enumerate().filter_map(|(i, l)| {
                let at = format!("line {}", i + 1);
                match l {
                    Ok(l) if l.trim().is_empty() => None,
                    Ok(l) => Some(parse_household(&l).map_err(|e| LeftOut {
                        at,
                        reason: e.to_string(),
                    })),
                    Err(e) => Some(Err(LeftOut {
                        at,
                        reason: e.to_string(),
                    })),
                }
            })))
        }
    }
}

/// Reads a Parquet caseload (one row per member, flat columns named as in a CSV caseload) row by
/// row: a file is read one row group at a time.
///
/// # Errors
/// When the file is not Parquet, uses a compression this program does not read, or has a column
/// that is not a field of the model.
pub fn read_parquet_caseload<C: parquet::file::reader::ChunkReader + Send + 'static>(
    input: C,
) -> Result<Box<dyn Iterator<Item = Loaded> + Send>, CaseloadError> {
    use parquet::file::reader::{FileReader, SerializedFileReader};
    use parquet::record::reader::RowIter;
    let reader =
        SerializedFileReader::new(input).map_err(|e| CaseloadError::Format(e.to_string()))?;
    let headers: Vec<String> = reader
        .metadata()
        .file_metadata()
        .schema_descr()
        .columns()
        .iter()
        .map(|c| c.name().to_owned())
        .collect();
    let width = headers.len();
    let rows = RowIter::from_file_into(Box::new(reader))
        .enumerate()
        .map(move |(i, r)| {
            // Rows are counted from 1: a Parquet file has no heading row.
            let row = i + 1;
            let r = r.map_err(|e| LeftOut {
                at: format!("row {row}"),
                reason: e.to_string(),
            })?;
            let mut cells: Vec<String> =
                r.get_column_iter().map(|(_, f)| parquet_text(f)).collect();
            cells.resize(width, String::new());
            Ok((row, cells))
        });
    Ok(Box::new(Table::new(String::new(), &headers, rows)?))
}

/// A Parquet value as the text of a table cell: dates as `YYYY-MM-DD`, whole numbers without a
/// decimal point, null as an empty (unknown) cell.
fn parquet_text(f: &parquet::record::Field) -> String {
    use parquet::record::Field;
    match f {
        Field::Null => String::new(),
        Field::Str(s) => s.trim().to_owned(),
        Field::Bytes(b) => String::from_utf8_lossy(b.data()).trim().to_owned(),
        Field::Date(days) => chrono::NaiveDate::from_ymd_opt(1970, 1, 1)
            .and_then(|d| d.checked_add_signed(chrono::Duration::days(i64::from(*days))))
            .map_or_else(String::new, |d| d.to_string()),
        Field::TimestampMillis(ms) => chrono::DateTime::from_timestamp_millis(*ms)
            .map_or_else(String::new, |t| t.date_naive().to_string()),
        Field::TimestampMicros(us) => chrono::DateTime::from_timestamp_micros(*us)
            .map_or_else(String::new, |t| t.date_naive().to_string()),
        Field::Float(x) if x.fract() == 0.0 && x.abs() < 1e15 => format!("{x:.0}"),
        Field::Double(x) if x.fract() == 0.0 && x.abs() < 1e15 => format!("{x:.0}"),
        other => other.to_string(),
    }
}

/// JSON type of a model field, from the model's schema: CSV cells are text, and a number or a
/// yes/no must reach the parser as one.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Cell {
    Integer,
    Boolean,
    Text,
}

fn field_types(schema: &schemars::Schema) -> Map<String, Value> {
    schema
        .as_value()
        .get("properties")
        .and_then(Value::as_object)
        .cloned()
        .unwrap_or_default()
}

fn cell_type(properties: &Map<String, Value>, field: &str) -> Option<Cell> {
    let property = properties.get(field)?;
    let types: Vec<&str> = match property.get("type") {
        Some(Value::String(t)) => vec![t.as_str()],
        Some(Value::Array(ts)) => ts.iter().filter_map(Value::as_str).collect(),
        _ => Vec::new(),
    };
    Some(if types.contains(&"integer") {
        Cell::Integer
    } else if types.contains(&"boolean") {
        Cell::Boolean
    } else {
        Cell::Text
    })
}

fn cell_value(cell: Cell, text: &str, column: &str, row: usize) -> Result<Value, CaseloadError> {
    let bad = |what: &str| {
        CaseloadError::Format(format!(
            "row {row}, column `{column}`: expected {what}, found \"{text}\""
        ))
    };
    Ok(match cell {
        Cell::Integer => Value::from(text.parse::<u64>().map_err(|_| bad("a whole number"))?),
        Cell::Boolean => match text {
            "true" | "yes" | "1" | "是" => Value::Bool(true),
            "false" | "no" | "0" | "否" => Value::Bool(false),
            _ => return Err(bad("true or false")),
        },
        Cell::Text => Value::String(text.to_owned()),
    })
}

/// What a CSV column holds.
enum Column {
    Household,
    HouseholdField(String, Cell),
    MemberField(String, Cell),
    Wages,
    JobStart,
}

/// The model's column for an office's own heading (Chinese or English), or the heading itself.
fn column_name(heading: &str) -> &str {
    match heading {
        "户编号" | "户号" => "household",
        "户籍所在地" | "户籍地" => "hukou_area",
        "家庭类别" => "status",
        "农村户籍" => "rural",
        "与申请人关系" | "关系" => "member.relationship",
        "出生日期" => "member.birth_date",
        "是否持残疾人证" | "持证残疾人" => "member.disabled",
        "残疾等级" => "member.disability_grade",
        "月工资" => "member.wages_monthly",
        "就业开始日期" => "member.job_start",
        other => other,
    }
}

/// The model's code for an office's Chinese value of a coded column, or the value itself.
fn value_code(field: &str, value: &str) -> String {
    let code = match (field, value) {
        ("status", "低保") => "dibao",
        ("status", "低边") => "dibian",
        ("status", "无" | "都不是" | "一般") => "none",
        ("relationship", "申请人" | "本人" | "申请人本人") => "applicant",
        ("relationship", "配偶") => "spouse",
        ("relationship", "子女") => "child",
        ("relationship", "父母") => "parent",
        ("relationship", "祖父母" | "外祖父母") => "grandparent",
        ("relationship", "孙子女" | "外孙子女") => "grandchild",
        ("relationship", "兄弟姐妹") => "sibling",
        ("relationship", "其他") => "other",
        ("hukou_area", name) => {
            return Area::ALL
                .iter()
                .find(|a| a.name_zh() == name)
                .map_or_else(|| name.to_owned(), |a| a.code().to_owned());
        }
        _ => value,
    };
    code.to_owned()
}

/// The household id of a row.
fn id_of(columns: &[Column], cells: &[String]) -> String {
    columns
        .iter()
        .zip(cells)
        .find(|(c, _)| matches!(c, Column::Household))
        .map(|(_, v)| v.clone())
        .unwrap_or_default()
}

/// A table of member rows grouped into households, in file order.
struct Table<I: Iterator> {
    /// `sheet X, ` for a workbook, empty for CSV.
    sheet: String,
    headers: Vec<String>,
    columns: Vec<Column>,
    rows: std::iter::Peekable<I>,
}

impl<I: Iterator<Item = Result<(usize, Vec<String>), LeftOut>>> Table<I> {
    fn new(sheet: String, headers: &[String], rows: I) -> Result<Self, CaseloadError> {
        let household_fields = field_types(&schemars::schema_for!(Household));
        let member_fields = field_types(&schemars::schema_for!(Member));
        let unknown = |h: &str| CaseloadError::Format(format!("{sheet}unknown column `{h}`"));
        let columns = headers
            .iter()
            .map(|h| match column_name(h) {
                "household" => Ok(Column::Household),
                "member.wages_monthly" => Ok(Column::Wages),
                "member.job_start" => Ok(Column::JobStart),
                name => match name.strip_prefix("member.") {
                    // Lists and records are not table cells.
                    Some(f) if f != "incomes" && f != "medical" => cell_type(&member_fields, f)
                        .map(|c| Column::MemberField(f.to_owned(), c))
                        .ok_or_else(|| unknown(h)),
                    Some(_) => Err(unknown(h)),
                    None if name != "members" && name != "declared" => {
                        cell_type(&household_fields, name)
                            .map(|c| Column::HouseholdField(name.to_owned(), c))
                            .ok_or_else(|| unknown(h))
                    }
                    None => Err(unknown(h)),
                },
            })
            .collect::<Result<Vec<_>, _>>()?;
        if !columns.iter().any(|c| matches!(c, Column::Household)) {
            return Err(CaseloadError::Format(format!(
                "{sheet}the column `household` (户编号, an id per household) is missing"
            )));
        }
        Ok(Table {
            sheet,
            headers: headers.to_vec(),
            columns,
            rows: rows.peekable(),
        })
    }

    /// One member row into the household's JSON fields and the member's.
    fn row(
        &self,
        row: usize,
        cells: &[String],
        fields: &mut Map<String, Value>,
    ) -> Result<Map<String, Value>, LeftOut> {
        let mut member = Map::new();
        let mut wages = None;
        let mut job_start = None;
        for ((column, cell), header) in self.columns.iter().zip(cells).zip(&self.headers) {
            if cell.is_empty() {
                continue;
            }
            let at = |e: CaseloadError| LeftOut {
                at: format!("{}row {row}, column {header}", self.sheet),
                reason: e.to_string(),
            };
            match column {
                Column::Household => {}
                Column::HouseholdField(f, t) => {
                    let v = cell_value(*t, &value_code(f, cell), header, row).map_err(at)?;
                    fields.entry(f.clone()).or_insert(v);
                }
                Column::MemberField(f, t) => {
                    let v = cell_value(*t, &value_code(f, cell), header, row).map_err(at)?;
                    member.insert(f.clone(), v);
                }
                Column::Wages => wages = Some(cell.clone()),
                Column::JobStart => job_start = Some(cell.clone()),
            }
        }
        if let Some(amount) = wages {
            let mut item = Map::new();
            item.insert("kind".into(), "wages".into());
            item.insert("amount".into(), amount.into());
            item.insert("period".into(), "month".into());
            if let Some(d) = job_start {
                item.insert("job_start".into(), d.into());
            }
            member.insert("incomes".into(), Value::Array(vec![Value::Object(item)]));
        }
        Ok(member)
    }
}

impl<I: Iterator> Table<I> {
    /// Where a household's error is: the row and column of the field it names (`members[1].
    /// birth_date` is the household's second row, column 出生日期), or the household's first row.
    fn place(&self, id: &str, first_row: usize, path: &str) -> String {
        let (row, column) = match path
            .strip_prefix("members[")
            .and_then(|r| r.split_once("]."))
        {
            Some((k, field)) => (
                first_row + k.parse::<usize>().unwrap_or(0),
                format!("member.{}", field.split(['.', '[']).next().unwrap_or(field)),
            ),
            None => (
                first_row,
                path.split(['.', '[']).next().unwrap_or(path).to_owned(),
            ),
        };
        let heading = self
            .headers
            .iter()
            .find(|h| column_name(h) == column)
            .or_else(|| {
                // An income item's fields come from the wage columns.
                column
                    .starts_with("member.incomes")
                    .then(|| {
                        self.headers
                            .iter()
                            .find(|h| column_name(h) == "member.wages_monthly")
                    })
                    .flatten()
            });
        match heading {
            Some(h) => format!("household {id}, row {row}, column {h}"),
            None => format!("household {id}, row {row}"),
        }
    }
}

impl<I: Iterator<Item = Result<(usize, Vec<String>), LeftOut>>> Iterator for Table<I> {
    type Item = Loaded;

    /// The next household: its consecutive rows, parsed and checked. A wrong row leaves its whole
    /// household out (the rows with its id are skipped) and names the row and column.
    fn next(&mut self) -> Option<Loaded> {
        let (first_row, cells) = match self.rows.next()? {
            Ok(r) => r,
            Err(e) => return Some(Err(e)),
        };
        let id = id_of(&self.columns, &cells);
        if id.is_empty() {
            return Some(Err(LeftOut {
                at: format!("{}row {first_row}", self.sheet),
                reason: "the household id is empty".to_owned(),
            }));
        }
        let mut fields = Map::new();
        let mut members = Vec::new();
        let mut failed = None;
        let mut push =
            |table: &Self, row: usize, cells: &[String], fields: &mut Map<String, Value>| {
                match table.row(row, cells, fields) {
                    Ok(m) => members.push(Value::Object(m)),
                    Err(e) => {
                        failed.get_or_insert(e);
                    }
                }
            };
        push(self, first_row, &cells, &mut fields);
        while let Some(Ok((_, cells))) = self.rows.peek() {
            if id_of(&self.columns, cells) != id {
                break;
            }
            let Some(Ok((row, cells))) = self.rows.next() else {
                break;
            };
            push(self, row, &cells, &mut fields);
        }
        if let Some(e) = failed {
            return Some(Err(e));
        }
        fields.insert("members".into(), Value::Array(members));
        fields
            .entry("reference")
            .or_insert_with(|| Value::String(id.clone()));
        Some(
            household_from_value(Value::Object(fields)).map_err(|e| LeftOut {
                at: format!("{}{}", self.sheet, self.place(&id, first_row, e.path())),
                reason: e.to_string(),
            }),
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::household::{Area, HouseholdStatus};

    /// Households from a caseload file's text, the first wrong one as an error.
    fn parse_caseload(name: &str, text: &str) -> Result<Vec<Household>, CaseloadError> {
        read_caseload(
            CaseloadKind::of(name),
            std::io::Cursor::new(text.as_bytes().to_vec()),
        )?
        .map(|h| h.map_err(|l| CaseloadError::Format(format!("{}: {}", l.at, l.reason))))
        .collect()
    }

    use rust_decimal::Decimal;

    const TABLE: &str = "\
household,hukou_area,status,member.relationship,member.birth_date,member.disabled,member.disability_grade,member.wages_monthly,member.job_start
h1,lucheng,dibao,applicant,1975-01-01,false,,500,2015-01-01
h1,,,child,2010-05-01,true,2,,
h2,ruian,dibian,applicant,1950-03-01,,,,
";

    #[test]
    fn a_csv_row_per_member_makes_one_household_per_id() {
        let hs = parse_caseload("caseload.csv", TABLE).unwrap();
        assert_eq!(hs.len(), 2);
        assert_eq!(hs[0].hukou_area, Some(Area::Lucheng));
        assert_eq!(hs[0].status, Some(HouseholdStatus::Dibao));
        assert_eq!(hs[0].members.len(), 2);
        assert_eq!(hs[0].members[0].incomes[0].amount, Decimal::from(500));
        assert_eq!(hs[0].members[1].disability_grade, Some(2));
        assert_eq!(hs[0].members[1].disabled, Some(true));
        // Empty cells are unknown, never defaulted.
        assert_eq!(hs[1].members[0].disabled, None);
        assert!(hs[1].members[0].incomes.is_empty());
    }

    #[test]
    fn a_wrong_cell_or_column_is_named() {
        let e = parse_caseload("c.csv", "household,member.wages\nh1,5\n").unwrap_err();
        assert!(e.to_string().contains("member.wages"), "{e}");
        let e = parse_caseload("c.csv", &TABLE.replace(",2,", ",two,")).unwrap_err();
        assert!(e.to_string().contains("row 3"), "{e}");
        let e = parse_caseload("c.csv", &TABLE.replace("lucheng", "atlantis")).unwrap_err();
        assert!(e.to_string().starts_with("household h1"), "{e}");
        let e = parse_caseload("c.csv", &TABLE.replace(",500,", ",-500,")).unwrap_err();
        assert!(e.to_string().contains("negative"), "{e}");
    }

    #[test]
    fn json_lines_and_arrays_name_the_line_or_item() {
        let line = r#"{"hukou_area":"lucheng","members":[{"relationship":"applicant"}]}"#;
        assert_eq!(
            parse_caseload("a.jsonl", &format!("{line}\n\n{line}\n"))
                .unwrap()
                .len(),
            2
        );
        assert_eq!(
            parse_caseload("a.json", &format!("[{line},{line}]"))
                .unwrap()
                .len(),
            2
        );
        let e = parse_caseload("a.jsonl", &format!("{line}\n{{\"members\":[]}}\n")).unwrap_err();
        assert!(e.to_string().starts_with("line 2"), "{e}");
    }
}
