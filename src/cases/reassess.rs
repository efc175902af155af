//! Re-assessment of a stored case: re-run it under its original parameters and date, or under
//! today's rules, and say per benefit what changed (old vs new outcome and amount, with the clause).

use chrono::NaiveDate;
use serde::Serialize;
use serde_json::Value;

use super::CaseError;
use super::store::{AssessmentRecord, CaseStore};
use crate::engine::{TraceMode, assess};
use crate::explain::{DeterminationView, view};
use crate::household::Household;
use crate::policy::ParamSet;
use crate::policy::pack::Pack;

/// What changed for one benefit between two assessments.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Change {
    /// Rule ID.
    pub rule: String,
    /// Rule name in Chinese.
    pub name_zh: String,
    /// Rule name in English.
    pub name_en: String,
    /// The citation of the rule in the newer assessment (or the older one if it is no longer there).
    pub citation: String,
    /// The clause.
    pub clause: String,
    /// Outcome before (`None`: the rule was not in force).
    pub old_outcome: Option<String>,
    /// Outcome after (`None`: the rule is not in force).
    pub new_outcome: Option<String>,
    /// Amount before, as in the view (value, period, kind).
    pub old_amount: Option<Value>,
    /// Amount after.
    pub new_amount: Option<Value>,
}

/// Per benefit, what differs between two determination views (as stored JSON): rules whose outcome
/// or amount changed, rules that came into force and rules that lapsed. Unchanged rules are left out.
#[must_use]
pub fn compare(old: &Value, new: &Value) -> Vec<Change> {
    let results = |v: &Value| -> Vec<Value> {
        v.get("results")
            .and_then(Value::as_array)
            .cloned()
            .unwrap_or_default()
    };
    let (old, new) = (results(old), results(new));
    let id = |r: &Value| r.get("id").and_then(Value::as_str).unwrap_or("").to_owned();
    let text = |r: &Value, k: &str| r.get(k).and_then(Value::as_str).unwrap_or("").to_owned();
    let name = |r: &Value, lang: &str| {
        r.get("name")
            .and_then(|n| n.get(lang))
            .and_then(Value::as_str)
            .unwrap_or("")
            .to_owned()
    };
    let amount = |r: &Value| r.get("amount").filter(|a| !a.is_null()).cloned();
    let mut out = Vec::new();
    for n in &new {
        let o = old.iter().find(|o| id(o) == id(n));
        let (old_outcome, old_amount) = match o {
            Some(o) => (Some(text(o, "outcome")), amount(o)),
            None => (None, None),
        };
        let new_outcome = Some(text(n, "outcome"));
        let new_amount = amount(n);
        if old_outcome != new_outcome || old_amount != new_amount {
            out.push(Change {
                rule: id(n),
                name_zh: name(n, "zh"),
                name_en: name(n, "en"),
                citation: text(n, "citation"),
                clause: text(n, "clause"),
                old_outcome,
                new_outcome,
                old_amount,
                new_amount,
            });
        }
    }
    for o in old.iter().filter(|o| !new.iter().any(|n| id(n) == id(o))) {
        out.push(Change {
            rule: id(o),
            name_zh: name(o, "zh"),
            name_en: name(o, "en"),
            citation: text(o, "citation"),
            clause: text(o, "clause"),
            old_outcome: Some(text(o, "outcome")),
            new_outcome: None,
            old_amount: amount(o),
            new_amount: None,
        });
    }
    out
}

/// Assesses the facts on `date` under `set` and builds the view, as the CLI and GUI do.
///
/// # Errors
/// [`CaseError::Reassess`] if the facts fail validation on that date.
pub(super) fn rerun(
    h: &Household,
    date: NaiveDate,
    set: &ParamSet,
) -> Result<DeterminationView, CaseError> {
    let d = assess(h, date, set, TraceMode::On).map_err(|e| CaseError::Reassess(e.to_string()))?;
    Ok(view(&d, h, set))
}

impl CaseStore {
    /// The parameter set an assessment was made with, rebuilt from the stored pack texts; its hash
    /// is checked against the one recorded.
    ///
    /// # Errors
    /// [`CaseError::Damaged`] if the packs are missing or give another hash,
    /// [`CaseError::Reassess`] if they no longer parse.
    pub fn original_params(&self, record: &AssessmentRecord) -> Result<ParamSet, CaseError> {
        let texts = self.packs_of(&record.pack_hash)?;
        let packs = texts
            .iter()
            .enumerate()
            .map(|(i, t)| Pack::parse(&format!("layer {i}"), t))
            .collect::<Result<Vec<_>, _>>()
            .map_err(|e| CaseError::Reassess(e.to_string()))?;
        let set = ParamSet::new(packs).map_err(|e| CaseError::Reassess(e.to_string()))?;
        if set.hash() != record.pack_hash {
            return Err(CaseError::Damaged(format!("packs {}", record.pack_hash)));
        }
        Ok(set)
    }

    /// Re-runs a stored assessment under its original parameters and date, with the facts stored
    /// with it (not the case's facts as edited since), and compares it with what was stored: a
    /// difference means the rules themselves changed in this version, never that the facts did.
    ///
    /// # Errors
    /// As [`CaseStore::original_params`], [`CaseError::Damaged`] if the stored facts cannot be
    /// read, or [`CaseError::Reassess`].
    pub fn rerun_original(
        &self,
        record: &AssessmentRecord,
    ) -> Result<(DeterminationView, Vec<Change>), CaseError> {
        let set = self.original_params(record)?;
        let h: Household = serde_json::from_value(record.view["household"].clone())
            .map_err(|e| CaseError::Damaged(format!("assessment facts: {e}")))?;
        let v = rerun(&h, record.date, &set)?;
        let changes = compare(&record.view, &serde_json::to_value(&v)?);
        Ok((v, changes))
    }

    /// Re-runs the facts on `date` under `set` (today's rules and packs) and compares the result
    /// with a stored assessment.
    ///
    /// # Errors
    /// [`CaseError::Reassess`].
    pub fn rerun_today(
        &self,
        h: &Household,
        record: &AssessmentRecord,
        date: NaiveDate,
        set: &ParamSet,
    ) -> Result<(DeterminationView, Vec<Change>), CaseError> {
        let v = rerun(h, date, set)?;
        let changes = compare(&record.view, &serde_json::to_value(&v)?);
        Ok((v, changes))
    }
}
