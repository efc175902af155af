//! `batch` output as Parquet, for analysts' tools: the per-household table (a row group per chunk,
//! so memory stays flat) and the summary table. Money is `DECIMAL(18,2)`, exact as the engine
//! computed it; column names are stable English identifiers, and each scenario's label is in the
//! file's key-value metadata (`scenario_1` is the baseline).

use std::fs::File;
use std::path::Path;
use std::sync::Arc;

use parquet::basic::{Compression, DecimalType, LogicalType, Repetition, Type as Physical};
use parquet::data_type::{ByteArray, ByteArrayType, Int64Type};
use parquet::errors::ParquetError;
use parquet::file::metadata::KeyValue;
use parquet::file::properties::WriterProperties;
use parquet::file::writer::{SerializedFileWriter, SerializedRowGroupWriter};
use parquet::schema::types::{Type, TypePtr};
use rust_decimal::Decimal;

use wenzhou_assess::analysis::{BatchSummary, HouseholdCash, HouseholdRow};

/// Digits of a money column, and the places after the point (fen).
const PRECISION: i32 = 18;
const SCALE: u32 = 2;

/// One column: text, a count, or money; optional columns hold nulls.
fn column(name: &str, kind: Kind, optional: bool) -> Result<TypePtr, ParquetError> {
    let repetition = if optional {
        Repetition::OPTIONAL
    } else {
        Repetition::REQUIRED
    };
    let builder = match kind {
        Kind::Text => Type::primitive_type_builder(name, Physical::BYTE_ARRAY)
            .with_logical_type(Some(LogicalType::String)),
        Kind::Count => Type::primitive_type_builder(name, Physical::INT64),
        Kind::Money => Type::primitive_type_builder(name, Physical::INT64)
            .with_logical_type(Some(LogicalType::Decimal(DecimalType {
                scale: SCALE as i32,
                precision: PRECISION,
            })))
            .with_precision(PRECISION)
            .with_scale(SCALE as i32),
    };
    Ok(Arc::new(builder.with_repetition(repetition).build()?))
}

#[derive(Clone, Copy)]
enum Kind {
    Text,
    Count,
    Money,
}

/// Money in fen, for a `DECIMAL(18,2)` column.
fn fen(d: Decimal) -> Result<i64, ParquetError> {
    let mut d = d.round_dp(SCALE);
    d.rescale(SCALE);
    i64::try_from(d.mantissa())
        .map_err(|_| ParquetError::General(format!("{d} is too large for DECIMAL(18,2)")))
}

fn writer(
    path: &Path,
    fields: Vec<TypePtr>,
    metadata: Vec<KeyValue>,
) -> Result<SerializedFileWriter<File>, ParquetError> {
    let schema = Arc::new(
        Type::group_type_builder("schema")
            .with_fields(fields)
            .build()?,
    );
    let props = WriterProperties::builder()
        .set_compression(Compression::SNAPPY)
        .set_key_value_metadata(Some(metadata))
        .build();
    SerializedFileWriter::new(File::create(path)?, schema, Arc::new(props))
}

/// Writes the next column of a row group, a value or null per row (a required column has no nulls).
fn write_text(
    rg: &mut SerializedRowGroupWriter<'_, File>,
    values: Vec<Option<String>>,
) -> Result<(), ParquetError> {
    let levels: Vec<i16> = values.iter().map(|v| i16::from(v.is_some())).collect();
    let present: Vec<ByteArray> = values
        .into_iter()
        .flatten()
        .map(|v| ByteArray::from(v.into_bytes()))
        .collect();
    let mut col = rg
        .next_column()?
        .ok_or_else(|| ParquetError::General("schema has fewer columns".into()))?;
    let typed = col.typed::<ByteArrayType>();
    let levels = (typed.get_descriptor().max_def_level() > 0).then_some(levels.as_slice());
    typed.write_batch(&present, levels, None)?;
    col.close()
}

fn write_i64(
    rg: &mut SerializedRowGroupWriter<'_, File>,
    values: &[Option<i64>],
) -> Result<(), ParquetError> {
    let levels: Vec<i16> = values.iter().map(|v| i16::from(v.is_some())).collect();
    let present: Vec<i64> = values.iter().flatten().copied().collect();
    let mut col = rg
        .next_column()?
        .ok_or_else(|| ParquetError::General("schema has fewer columns".into()))?;
    let typed = col.typed::<Int64Type>();
    let levels = (typed.get_descriptor().max_def_level() > 0).then_some(levels.as_slice());
    typed.write_batch(&present, levels, None)?;
    col.close()
}

/// The per-household table: `reference`, `area`, `members`, then per scenario `k` (from 1)
/// `monthly_k`, `yearly_k`, `once_k` (money) and `rules_k` (the rules paying cash, space-separated);
/// a scenario's cells are null where the household fails validation on the date.
pub(super) struct HouseholdTable {
    writer: SerializedFileWriter<File>,
    scenarios: usize,
}

impl HouseholdTable {
    pub(super) fn create(path: &Path, labels: &[&str]) -> Result<HouseholdTable, ParquetError> {
        let mut fields = vec![
            column("reference", Kind::Text, true)?,
            column("area", Kind::Text, false)?,
            column("members", Kind::Count, false)?,
        ];
        let mut metadata = Vec::new();
        for (k, label) in labels.iter().enumerate() {
            let k = k + 1;
            for (name, kind) in [
                ("monthly", Kind::Money),
                ("yearly", Kind::Money),
                ("once", Kind::Money),
                ("rules", Kind::Text),
            ] {
                fields.push(column(&format!("{name}_{k}"), kind, true)?);
            }
            metadata.push(KeyValue::new(format!("scenario_{k}"), (*label).to_owned()));
        }
        Ok(HouseholdTable {
            writer: writer(path, fields, metadata)?,
            scenarios: labels.len(),
        })
    }

    /// Writes one chunk of households as a row group.
    pub(super) fn write(&mut self, rows: &[HouseholdRow]) -> Result<(), ParquetError> {
        if rows.is_empty() {
            return Ok(());
        }
        let mut rg = self.writer.next_row_group()?;
        write_text(&mut rg, rows.iter().map(|r| r.reference.clone()).collect())?;
        write_text(
            &mut rg,
            rows.iter().map(|r| Some(r.area.to_owned())).collect(),
        )?;
        let members: Vec<Option<i64>> =
            rows.iter().map(|r| i64::try_from(r.members).ok()).collect();
        write_i64(&mut rg, &members)?;
        for s in 0..self.scenarios {
            let cash = || {
                rows.iter()
                    .map(move |r| r.scenarios.get(s).and_then(Option::as_ref))
            };
            let amounts: [fn(&HouseholdCash) -> Decimal; 3] =
                [|c| c.monthly, |c| c.yearly, |c| c.once];
            for amount in amounts {
                let values = cash()
                    .map(|c| c.map(|c| fen(amount(c))).transpose())
                    .collect::<Result<Vec<_>, _>>()?;
                write_i64(&mut rg, &values)?;
            }
            write_text(
                &mut rg,
                cash().map(|c| c.map(|c| c.rules.join(" "))).collect(),
            )?;
        }
        rg.close()?;
        Ok(())
    }

    pub(super) fn close(self) -> Result<(), ParquetError> {
        self.writer.close().map(|_| ())
    }
}

/// The summary table (the rows of [`BatchSummary::to_csv`]): `scenario`, `measure`, `key`,
/// `value` and `difference` (against the baseline; null where none), the last two exact decimals.
pub(super) fn write_summary(path: &Path, b: &BatchSummary) -> Result<(), ParquetError> {
    let fields = vec![
        column("scenario", Kind::Text, false)?,
        column("measure", Kind::Text, false)?,
        column("key", Kind::Text, false)?,
        column("value", Kind::Money, false)?,
        column("difference", Kind::Money, true)?,
    ];
    let rows = b.rows();
    let mut w = writer(
        path,
        fields,
        vec![KeyValue::new("date".into(), b.date.to_string())],
    )?;
    let mut rg = w.next_row_group()?;
    write_text(
        &mut rg,
        rows.iter().map(|r| Some(r.scenario.clone())).collect(),
    )?;
    write_text(
        &mut rg,
        rows.iter().map(|r| Some(r.measure.to_owned())).collect(),
    )?;
    write_text(&mut rg, rows.iter().map(|r| Some(r.key.clone())).collect())?;
    let value = rows
        .iter()
        .map(|r| fen(r.value).map(Some))
        .collect::<Result<Vec<_>, _>>()?;
    write_i64(&mut rg, &value)?;
    let difference = rows
        .iter()
        .map(|r| r.difference.map(fen).transpose())
        .collect::<Result<Vec<_>, _>>()?;
    write_i64(&mut rg, &difference)?;
    rg.close()?;
    w.close().map(|_| ())
}
