//! A caseload file for batches: JSON lines (one household per line), a JSON array of households,
//! or a CSV table with one row per member.
//!
//! The CSV columns are the household model's own field names, so that nothing is renamed on the
//! way: `household` (an id; consecutive rows with the same id are one household), household fields
//! (`hukou_area`, `status`, `rural`…, read from the household's first row) and member fields with
//! the prefix `member.` (`member.relationship`, `member.birth_date`, `member.disabled`,
//! `member.disability_grade`…). Two columns stand for an income item: `member.wages_monthly` (wages
//! per month) and `member.job_start` (when that job began). An empty cell is an unknown fact, as an
//! absent field is in JSON: it is never defaulted.

use serde_json::{Map, Value};
use thiserror::Error;

use super::{Household, LoadError, Member, parse_household};

/// Why a caseload file was refused.
#[derive(Debug, Error)]
#[non_exhaustive]
pub enum CaseloadError {
    /// A household in the file is wrong; `at` says where (`line 3`, `#2`, `household h17`).
    #[error("{at}: {error}")]
    Household {
        /// Where in the file.
        at: String,
        /// What is wrong with it.
        error: LoadError,
    },
    /// The file is not valid JSON or CSV, or a CSV column is not a field of the model.
    #[error("{0}")]
    Format(String),
}

/// Households from a caseload file's text; `name` (the file name) picks CSV by its extension.
///
/// # Errors
/// The first household or line that is wrong, naming where it is.
pub fn parse_caseload(name: &str, text: &str) -> Result<Vec<Household>, CaseloadError> {
    if name.to_lowercase().ends_with(".csv") {
        return parse_csv(text);
    }
    let one = |at: String, json: &str| {
        parse_household(json).map_err(|error| CaseloadError::Household { at, error })
    };
    if text.trim_start().starts_with('[') {
        let values: Vec<Value> =
            serde_json::from_str(text).map_err(|e| CaseloadError::Format(e.to_string()))?;
        return values
            .iter()
            .enumerate()
            .map(|(i, v)| one(format!("#{}", i + 1), &v.to_string()))
            .collect();
    }
    text.lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty())
        .map(|(i, l)| one(format!("line {}", i + 1), l))
        .collect()
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

fn parse_csv(text: &str) -> Result<Vec<Household>, CaseloadError> {
    let mut reader = csv::ReaderBuilder::new()
        .trim(csv::Trim::All)
        .from_reader(text.as_bytes());
    let household_fields = field_types(&schemars::schema_for!(Household));
    let member_fields = field_types(&schemars::schema_for!(Member));
    let headers = reader
        .headers()
        .map_err(|e| CaseloadError::Format(e.to_string()))?
        .clone();
    let unknown = |h: &str| CaseloadError::Format(format!("unknown column `{h}`"));
    let columns = headers
        .iter()
        .map(|h| match h {
            "household" => Ok(Column::Household),
            "member.wages_monthly" => Ok(Column::Wages),
            "member.job_start" => Ok(Column::JobStart),
            _ => match h.strip_prefix("member.") {
                // Lists and records are not table cells.
                Some(f) if f != "incomes" && f != "medical" => cell_type(&member_fields, f)
                    .map(|c| Column::MemberField(f.to_owned(), c))
                    .ok_or_else(|| unknown(h)),
                Some(_) => Err(unknown(h)),
                None if h != "members" => cell_type(&household_fields, h)
                    .map(|c| Column::HouseholdField(h.to_owned(), c))
                    .ok_or_else(|| unknown(h)),
                None => Err(unknown(h)),
            },
        })
        .collect::<Result<Vec<_>, _>>()?;
    if !columns.iter().any(|c| matches!(c, Column::Household)) {
        return Err(CaseloadError::Format(
            "the column `household` (an id per household) is missing".to_owned(),
        ));
    }
    // (household id, its JSON object) in file order.
    let mut households: Vec<(String, Map<String, Value>)> = Vec::new();
    for (i, record) in reader.records().enumerate() {
        let row = i + 2; // the header is row 1
        let record = record.map_err(|e| CaseloadError::Format(e.to_string()))?;
        let mut id = String::new();
        let mut fields = Map::new();
        let mut member = Map::new();
        let mut wages = None;
        let mut job_start = None;
        for ((column, cell), header) in columns.iter().zip(record.iter()).zip(headers.iter()) {
            if cell.is_empty() {
                continue;
            }
            match column {
                Column::Household => cell.clone_into(&mut id),
                Column::HouseholdField(f, t) => {
                    fields.insert(f.clone(), cell_value(*t, cell, header, row)?);
                }
                Column::MemberField(f, t) => {
                    member.insert(f.clone(), cell_value(*t, cell, header, row)?);
                }
                Column::Wages => wages = Some(cell.to_owned()),
                Column::JobStart => job_start = Some(cell.to_owned()),
            }
        }
        if id.is_empty() {
            return Err(CaseloadError::Format(format!(
                "row {row}: the household id is empty"
            )));
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
        match households.last_mut() {
            Some((last, h)) if *last == id => {
                if let Some(Value::Array(members)) = h.get_mut("members") {
                    members.push(Value::Object(member));
                }
            }
            _ => {
                fields.insert("members".into(), Value::Array(vec![Value::Object(member)]));
                households.push((id, fields));
            }
        }
    }
    households
        .into_iter()
        .map(|(id, h)| {
            parse_household(&Value::Object(h).to_string()).map_err(|error| {
                CaseloadError::Household {
                    at: format!("household {id}"),
                    error,
                }
            })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::household::{Area, HouseholdStatus};
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
