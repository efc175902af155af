//! One household under 2–4 columns (a parameter set and a date each), side by side: per benefit the
//! outcome and amount in each column, the difference against the first, and each column's reason,
//! so that a trainer sees which clause or value made the difference.

use chrono::NaiveDate;
use rust_decimal::Decimal;
use serde::Serialize;

use crate::engine::{Amount, AssessError, Outcome, TraceMode, assess};
use crate::explain::{Bilingual, DeterminationView, ParamView, Totals, view};
use crate::household::Household;
use crate::i18n::{Lang, tr};
use crate::policy::ParamSet;

/// One column of a comparison: a label, the date and the parameter set.
#[derive(Debug, Clone, Copy)]
pub struct Column<'a> {
    /// The label shown (scenario name or date).
    pub label: &'a str,
    /// Assessment date.
    pub date: NaiveDate,
    /// Parameter set (a pack with its overlays).
    pub set: &'a ParamSet,
}

/// One benefit across the columns.
#[derive(Debug, Clone, Serialize)]
pub struct ComparisonRow {
    /// Rule ID.
    pub id: &'static str,
    /// Rule name.
    pub name: Bilingual,
    /// Citation.
    pub citation: String,
    /// Outcome per column (`None`: the rule is not in force on that column's date, or the column's
    /// scenario applies the other document's version of the benefit).
    pub outcomes: Vec<Option<Outcome>>,
    /// Amount per column.
    pub amounts: Vec<Option<Amount>>,
    /// Amount minus the first column's, where both are amounts of the same period.
    pub differences: Vec<Option<Decimal>>,
    /// The reason per column.
    pub reasons: Vec<Option<Bilingual>>,
    /// The parameters this rule used whose values differ between columns: key and value per column.
    pub changed_parameters: Vec<(&'static str, Vec<Option<String>>)>,
    /// Whether anything differs between the columns.
    pub changed: bool,
}

/// The comparison.
#[derive(Debug, Clone, Serialize)]
pub struct Comparison {
    /// Column labels.
    pub labels: Vec<String>,
    /// Column dates.
    pub dates: Vec<NaiveDate>,
    /// Parameter-set hash per column.
    pub pack_hashes: Vec<String>,
    /// Cash totals per column.
    pub totals: Vec<Totals>,
    /// One row per rule in force in any column, in catalogue order.
    pub rows: Vec<ComparisonRow>,
}

fn param_value(v: &DeterminationView, rule: &str, key: &str) -> Option<String> {
    v.results
        .iter()
        .find(|r| r.id == rule)?
        .parameters
        .iter()
        .find(|p: &&ParamView| p.key == key)
        .map(|p| p.value.clone())
}

/// Compares the household under each column.
///
/// # Errors
/// [`AssessError`] if the household fails validation on a column's date.
pub fn compare(h: &Household, columns: &[Column<'_>]) -> Result<Comparison, AssessError> {
    let views = columns
        .iter()
        .map(|c| assess(h, c.date, c.set, TraceMode::On).map(|d| view(&d, h, c.set)))
        .collect::<Result<Vec<_>, _>>()?;
    // Rules in catalogue order, as they appear in any column.
    let mut ids: Vec<&'static str> = Vec::new();
    for v in &views {
        for r in &v.results {
            if !ids.contains(&r.id) {
                ids.push(r.id);
            }
        }
    }
    let rows = ids
        .into_iter()
        .map(|id| {
            let found: Vec<_> = views
                .iter()
                .map(|v| v.results.iter().find(|r| r.id == id))
                .collect();
            let first = found.iter().flatten().next();
            let outcomes: Vec<Option<Outcome>> =
                found.iter().map(|r| r.map(|r| r.outcome)).collect();
            let amounts: Vec<Option<Amount>> =
                found.iter().map(|r| r.and_then(|r| r.amount)).collect();
            let base = amounts.first().copied().flatten();
            let differences = amounts
                .iter()
                .map(|a| match (base, a) {
                    (Some(b), Some(a)) if a.period == b.period => Some(a.value - b.value),
                    _ => None,
                })
                .collect();
            let mut keys: Vec<&'static str> = Vec::new();
            for r in found.iter().flatten() {
                for p in &r.parameters {
                    if !keys.contains(&p.key) {
                        keys.push(p.key);
                    }
                }
            }
            let changed_parameters: Vec<(&'static str, Vec<Option<String>>)> = keys
                .into_iter()
                .map(|k| (k, views.iter().map(|v| param_value(v, id, k)).collect()))
                .filter(|(_, vals): &(&str, Vec<Option<String>>)| {
                    vals.iter().any(|v| v != &vals[0])
                })
                .collect();
            let changed = outcomes.iter().any(|o| *o != outcomes[0])
                || amounts.iter().any(|a| *a != amounts[0]);
            ComparisonRow {
                id,
                name: first.map(|r| r.name.clone()).unwrap_or_default(),
                citation: first.map(|r| r.citation.clone()).unwrap_or_default(),
                outcomes,
                amounts,
                differences,
                reasons: found
                    .iter()
                    .zip(columns)
                    .map(|(r, c)| match r {
                        Some(r) => Some(r.reason.clone()),
                        // A scenario's rule-version choice left this rule out.
                        None if c.set.rule_off(id) => Some(Bilingual {
                            zh: tr(Lang::Zh, "compare-version-off"),
                            en: tr(Lang::En, "compare-version-off"),
                        }),
                        None => None,
                    })
                    .collect(),
                changed_parameters,
                changed,
            }
        })
        .collect();
    Ok(Comparison {
        labels: columns.iter().map(|c| c.label.to_owned()).collect(),
        dates: columns.iter().map(|c| c.date).collect(),
        pack_hashes: views.iter().map(|v| v.parameter_set.hash.clone()).collect(),
        totals: views.iter().map(|v| v.totals).collect(),
        rows,
    })
}
