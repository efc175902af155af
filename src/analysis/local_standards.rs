//! The office's standards (本地标准): every value the gazettes leave to local publication, as the
//! parameter set gives it for one area and date — value, period, citation and where it comes from —
//! with the rules it decides. Missing values first: they are what keeps results undetermined.
//!
//! Which keys are local is read from the packs, not listed here: a key is local when the official
//! pack gives it no value on the date and the training pack illustrates it (the training pack exists
//! to stand in for exactly these values; a test keeps it complete).

use std::collections::BTreeMap;
use std::sync::OnceLock;

use chrono::NaiveDate;
use serde::Serialize;

use super::batch::synthetic_caseload;
use crate::engine::{MissingWhat, TraceMode, assess};
use crate::household::Area;
use crate::policy::pack::{Pack, TRAINING_PACK};
use crate::policy::{ParamKey, ParamSet, ParamValue, RuleId};

/// Where a value in use comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Origin {
    /// No layer gives a value: the rules that need it answer "undetermined".
    Missing,
    /// The office's own local pack.
    Office,
    /// An installed policy update.
    Update,
    /// The official pack (a gazette or a sourced value).
    Gazette,
    /// Example values (training mode only).
    Example,
}

/// One local value as the set resolves it.
#[derive(Debug, Clone, Serialize)]
pub struct LocalValue {
    /// The key.
    pub key: ParamKey,
    /// The value (`None`: missing).
    pub value: Option<ParamValue>,
    /// First and last day of the entry that gives it, as written (`to` may be a document's 文号).
    pub from: String,
    /// Last day, or the document whose period it follows.
    pub to: String,
    /// The citation of the entry.
    pub citation: String,
    /// Where it comes from.
    pub origin: Origin,
    /// The layer's id (`official`, an update's id, `local`…), empty when missing.
    pub layer: String,
    /// The rules that read it.
    pub rules: Vec<RuleId>,
}

/// The keys the training pack illustrates: the candidates for local publication.
fn illustrated_keys() -> &'static [ParamKey] {
    static KEYS: OnceLock<Vec<ParamKey>> = OnceLock::new();
    KEYS.get_or_init(|| {
        let mut keys: Vec<ParamKey> = Pack::parse("training.toml", TRAINING_PACK)
            .map(|p| {
                p.entries
                    .iter()
                    .filter_map(|e| ParamKey::ALL.iter().copied().find(|k| k.name() == e.key))
                    .collect()
            })
            .unwrap_or_default();
        keys.sort_unstable();
        keys.dedup();
        keys
    })
}

/// The rules that read each key (used or found missing), over a varied synthetic caseload assessed
/// on `date` under `set` and under the training pack: where `set` lacks a value a rule stops at the
/// first one missing, so the example values let it reach the others it reads.
fn rules_reading(set: &ParamSet, date: NaiveDate) -> BTreeMap<ParamKey, Vec<RuleId>> {
    let mut out: BTreeMap<ParamKey, Vec<RuleId>> = BTreeMap::new();
    let training = ParamSet::training().ok();
    let sets = std::iter::once(set).chain(training.as_ref());
    let households = synthetic_caseload(400, 7);
    for (h, set) in sets.flat_map(|s| households.iter().map(move |h| (h, s))) {
        let Ok(d) = assess(h, date, set, TraceMode::On) else {
            continue;
        };
        let read = d.params_used.iter().map(|(rule, key)| (*rule, *key)).chain(
            d.missing.iter().filter_map(|m| match m.what {
                MissingWhat::Param { key } => Some((m.rule, key)),
                _ => None,
            }),
        );
        for (rule, key) in read {
            if let Some(r) = d.results.get(usize::from(rule)) {
                let rules = out.entry(key).or_default();
                if !rules.contains(&r.meta.id) {
                    rules.push(r.meta.id);
                }
            }
        }
    }
    for rules in out.values_mut() {
        rules.sort_unstable();
    }
    out
}

/// Every local value for `area` on `date` under `set`, missing ones first, then by key.
#[must_use]
pub fn local_values(set: &ParamSet, date: NaiveDate, area: Area) -> Vec<LocalValue> {
    let resolved = set.resolve(date, Some(area));
    let readers = rules_reading(set, date);
    let mut out: Vec<LocalValue> = illustrated_keys()
        .iter()
        .copied()
        .map(|key| {
            let source = resolved.source(key);
            let layer = source.and_then(|s| set.layers().get(usize::from(s.layer)));
            let entry = source.and_then(|s| set.entry(s));
            let origin = match (source, layer) {
                (None, _) | (_, None) => Origin::Missing,
                (Some(s), Some(l)) => {
                    if s.layer == 0 {
                        Origin::Gazette
                    } else if l.update.is_some() {
                        Origin::Update
                    } else if l.header.official {
                        Origin::Office
                    } else {
                        Origin::Example
                    }
                }
            };
            LocalValue {
                key,
                value: resolved.get(key),
                from: entry.map_or_else(String::new, |e| e.valid_from.to_string()),
                to: entry.map_or_else(String::new, |e| {
                    e.valid_to
                        .map_or_else(|| e.document.clone().unwrap_or_default(), |d| d.to_string())
                }),
                citation: entry.map_or_else(String::new, |e| e.citation.clone()),
                origin,
                layer: layer.map_or_else(String::new, |l| l.header.id.clone()),
                rules: readers.get(&key).cloned().unwrap_or_default(),
            }
        })
        .collect();
    out.sort_by_key(|v| (v.origin != Origin::Missing, v.key));
    out
}
