//! Parameter packs: TOML files of dated, area-scoped, cited values, stacked in layers.
//!
//! A set is a base pack (the shipped **official** pack) with layers on top: the **training** pack of
//! illustrative values, an office's **local** pack of its published values, and a trainer's
//! **scenario**. For a key, date and area the topmost layer that has a value wins; within a layer a
//! value for one unit beats one for 市区, which beats one for the whole city. A layer never changes a
//! key it does not name, so an overlay changes only what it says.

use std::collections::BTreeMap;

use chrono::NaiveDate;
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use thiserror::Error;

use super::document::DocumentPeriod;
use super::param::{ParamKey, ParamType, ParamValue, Resolved, Source};
use super::versions::{VERSIONED_BENEFITS, VersionedBenefit, versioned_benefit};
use super::{Doc, RuleId};
use crate::household::Area;

/// The official pack shipped with the program: only values with a source.
pub const OFFICIAL_PACK: &str = include_str!("../../assets/params/official.toml");
/// The training pack: illustrative values for demonstrations and tests, layered on the official one.
pub const TRAINING_PACK: &str = include_str!("../../assets/params/training.toml");

/// Why a pack was refused.
#[derive(Debug, Error)]
#[non_exhaustive]
pub enum PackError {
    /// The file is not valid TOML or does not have the pack's shape.
    #[error("parameter file {file}: {message}")]
    Format {
        /// File name.
        file: String,
        /// What the parser said.
        message: String,
    },
    /// A key that the registry does not know.
    #[error("parameter file {file}: unknown parameter `{key}`")]
    UnknownKey {
        /// File name.
        file: String,
        /// The key.
        key: String,
    },
    /// A value of the wrong type for its key.
    #[error("parameter file {file}: `{key}` {message}")]
    BadValue {
        /// File name.
        file: String,
        /// The key.
        key: String,
        /// Why.
        message: String,
    },
    /// An unknown area scope.
    #[error("parameter file {file}: `{key}` has unknown area `{area}`")]
    UnknownArea {
        /// File name.
        file: String,
        /// The key.
        key: String,
        /// The area found.
        area: String,
    },
    /// Two values of one key overlap in date and area within one file.
    #[error(
        "parameter file {file}: `{key}` for area `{area}` has overlapping date ranges ({first} and {second})"
    )]
    Overlap {
        /// File name.
        file: String,
        /// The key.
        key: String,
        /// The area scope.
        area: String,
        /// First range.
        first: String,
        /// Second range.
        second: String,
    },
    /// A range that ends before it starts.
    #[error("parameter file {file}: `{key}` ends ({to}) before it starts ({from})")]
    Reversed {
        /// File name.
        file: String,
        /// The key.
        key: String,
        /// Start.
        from: NaiveDate,
        /// End.
        to: NaiveDate,
    },
    /// A layer names a base other than the pack below it.
    #[error("parameter file {file}: it changes pack `{expected}`, but the pack below is `{found}`")]
    WrongBase {
        /// File name.
        file: String,
        /// The base named by the file.
        expected: String,
        /// The pack actually below.
        found: String,
    },
    /// A rule-version switch that names an unknown benefit or a document that does not word it.
    #[error(
        "parameter file {file}: versions: `{benefit} = \"{version}\"` is not a known choice ({choices})"
    )]
    UnknownVersion {
        /// File name.
        file: String,
        /// The benefit named.
        benefit: String,
        /// The version named.
        version: String,
        /// What may be written.
        choices: String,
    },
    /// A `[[document]]` entry that names a document the program does not know, or that does not
    /// say what it does to it.
    #[error("parameter file {file}: document `{number}`: {message}")]
    Document {
        /// File name.
        file: String,
        /// The document number as written.
        number: String,
        /// What is wrong.
        message: String,
    },
    /// The base pack does not give a document's period of validity.
    #[error("parameter file {file}: the base pack has no [[document]] entry for `{number}`")]
    MissingDocument {
        /// File name.
        file: String,
        /// The document number.
        number: &'static str,
    },
    /// The file could not be read.
    #[error("parameter file {file}: {message}")]
    Io {
        /// File name.
        file: String,
        /// The system's message.
        message: String,
    },
}

/// The header of a pack file.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PackHeader {
    /// Identifier (`official`, `training`, a scenario's name).
    pub id: String,
    /// Name shown to users, Chinese.
    pub name_zh: String,
    /// Name shown to users, English.
    pub name_en: String,
    /// Whether every value comes from a published source; `false` marks all output as examples.
    pub official: bool,
    /// The pack this one is layered on (absent for the base pack).
    #[serde(default)]
    pub extends: Option<String>,
    /// What the pack or scenario models, for trainers.
    #[serde(default)]
    pub description: Option<String>,
    /// Rule versions a scenario applies: benefit id (see [`super::versions::VERSIONED_BENEFITS`]) →
    /// the 文号 of the document whose wording applies; the other document's rules for the benefit are
    /// not evaluated. Absent: both apply, paid once by the stacking table.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub versions: BTreeMap<String, String>,
}

/// One dated, area-scoped, cited value.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Entry {
    /// Registry key.
    pub key: String,
    /// The value: a number as a string (`"1100"`), a boolean, a choice string or a list of areas.
    pub value: toml::Value,
    /// `all` (全市), `shiqu` (市区) or a unit code.
    pub area: String,
    /// First day (inclusive).
    pub valid_from: toml::value::Datetime,
    /// Last day (inclusive); absent when the value follows a document (`document`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub valid_to: Option<toml::value::Datetime>,
    /// The document (文号) whose period the value follows instead of a `valid_to`: a value the
    /// gazette fixes for its own life, so that a continuation of the document carries it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub document: Option<String>,
    /// Where the value comes from: 文号 and article, or the report that gave it.
    pub citation: String,
    /// Whether the value is in an official text.
    pub official: bool,
    /// How sure the source is (`high`, `medium`, `low`), for values not in an official text.
    #[serde(default)]
    pub confidence: Option<String>,
    /// Remarks (what reading a switch encodes, why a value is illustrative…).
    #[serde(default)]
    pub note: Option<String>,
}

/// What a pack says about a document: in the base pack its title and the gazette's own period; in
/// a layer above, a continuation (延续执行) to `valid_to` or without end, or a repeal (废止) from
/// `repealed_from`, citing the notice.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DocumentEntry {
    /// The document number (文号).
    pub number: String,
    /// Title (base pack).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    /// First day in force (base pack).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub valid_from: Option<toml::value::Datetime>,
    /// Last day in force (inclusive): the gazette's (base pack) or the continuation's.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub valid_to: Option<toml::value::Datetime>,
    /// Continued without end (a layer's alternative to `valid_to`).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub without_end: bool,
    /// First day it no longer applies: repealed (废止) by the cited notice.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub repealed_from: Option<toml::value::Datetime>,
    /// The gazette's clause (base pack) or the notice's 文号 and title (a layer).
    pub citation: String,
    /// Whether the citation is an official text.
    pub official: bool,
    /// Remarks.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

/// Who published a policy update and when (a pack that carries this is an update; see
/// `crate::updates` for the signed file around it).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct UpdateHeader {
    /// The office that publishes it (`鹿城区民政局`).
    pub publisher: String,
    /// Date of issue; installed updates are layered in this order.
    pub issued: toml::value::Datetime,
    /// The notices it carries out (文号 and title).
    pub notices: Vec<String>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
struct PackFile {
    pack: PackHeader,
    #[serde(default)]
    update: Option<UpdateHeader>,
    #[serde(default)]
    document: Vec<DocumentEntry>,
    #[serde(default)]
    param: Vec<Entry>,
}

/// What a pack does to a document.
#[derive(Debug, Clone, PartialEq, Eq)]
enum DocChange {
    /// The gazette's own period (base pack).
    Gazette {
        title: String,
        from: NaiveDate,
        to: Option<NaiveDate>,
    },
    /// Continued to a day, or without end.
    Continue(Option<NaiveDate>),
    /// Repealed from a day.
    Repeal(NaiveDate),
}

/// Area scope of an entry, in order of precedence (a unit beats 市区 beats the whole city).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Scope {
    All,
    Shiqu,
    Unit(Area),
}

#[derive(Debug, Clone)]
struct Compiled {
    key: ParamKey,
    value: ParamValue,
    scope: Scope,
    from: NaiveDate,
    /// The last day: as written, or the followed document's last day on the set.
    to: NaiveDate,
    /// The document whose period the value follows.
    follows: Option<Doc>,
}

/// A loaded pack.
#[derive(Debug, Clone)]
pub struct Pack {
    /// Its header.
    pub header: PackHeader,
    /// Its entries as written.
    pub entries: Vec<Entry>,
    /// What it says about documents, as written.
    pub documents: Vec<DocumentEntry>,
    /// Publisher, date and notices, when the pack is a policy update.
    pub update: Option<UpdateHeader>,
    compiled: Vec<Compiled>,
    compiled_docs: Vec<(Doc, DocChange)>,
    /// The file's text, kept so that a case store can re-run an old assessment under the very
    /// parameters it was made with.
    source: String,
    /// SHA-256 of `source` (hex).
    text_sha256: String,
}

/// A warning from a check that the gazettes set on local values (a value may be wrong, but it is
/// the office's to decide).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PackWarning {
    /// The clause that sets the constraint (`温政发〔2022〕6号 第2条`).
    pub clause: &'static str,
    /// Message key for the explanation (`warn-dibian-above-double`).
    pub key: &'static str,
    /// Area checked.
    pub area: &'static str,
    /// Date checked.
    pub date: NaiveDate,
    /// The value that breaks the constraint.
    pub actual: Decimal,
    /// The limit it breaks.
    pub limit: Decimal,
    /// The parameter concerned, where the warning is about one value.
    pub param: Option<ParamKey>,
}

/// A stretch of days over which a parameter has one value for an area: one row of its timeline.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct TimelineSegment {
    /// First day.
    pub from: NaiveDate,
    /// Last day.
    pub to: NaiveDate,
    /// The value (`None`: no layer has one for these days).
    pub value: Option<ParamValue>,
    /// Where it comes from.
    pub source: Option<Source>,
}

/// A stack of packs: the base and its layers.
#[derive(Debug, Clone)]
pub struct ParamSet {
    layers: Vec<Pack>,
    hash: String,
    /// The rule versions chosen (the topmost layer naming a benefit wins).
    versions: Vec<(&'static VersionedBenefit, Doc)>,
    /// The rules of the versions not chosen: not evaluated.
    rules_off: Vec<RuleId>,
    /// Every document's period on this set, in [`Doc::ALL`] order.
    documents: Vec<DocumentPeriod>,
}

impl Pack {
    /// Parses a pack from TOML text; `file` names it in errors.
    ///
    /// # Errors
    /// A [`PackError`] for the first problem found.
    pub fn parse(file: &str, text: &str) -> Result<Pack, PackError> {
        let raw: PackFile = toml::from_str(text).map_err(|e| PackError::Format {
            file: file.to_owned(),
            message: e.to_string(),
        })?;
        for (benefit, version) in &raw.pack.versions {
            let known = versioned_benefit(benefit);
            if known.and_then(|b| b.version(version)).is_none() {
                let choices = match known {
                    Some(b) => b
                        .versions
                        .iter()
                        .map(|v| format!("\"{}\"", v.doc.number()))
                        .collect::<Vec<_>>()
                        .join(", "),
                    None => VERSIONED_BENEFITS
                        .iter()
                        .map(|b| b.id)
                        .collect::<Vec<_>>()
                        .join(", "),
                };
                return Err(PackError::UnknownVersion {
                    file: file.to_owned(),
                    benefit: benefit.clone(),
                    version: version.clone(),
                    choices,
                });
            }
        }
        let mut compiled = Vec::with_capacity(raw.param.len());
        for e in &raw.param {
            compiled.push(compile(file, e)?);
        }
        let is_base = raw.pack.extends.is_none();
        let mut compiled_docs: Vec<(Doc, DocChange)> = Vec::with_capacity(raw.document.len());
        for d in &raw.document {
            let change = compile_document(file, d, is_base)?;
            let doc = Doc::from_number(&d.number).ok_or_else(|| PackError::Document {
                file: file.to_owned(),
                number: d.number.clone(),
                message: "is not a document whose rules this program evaluates".into(),
            })?;
            if compiled_docs.iter().any(|(seen, _)| *seen == doc) {
                return Err(PackError::Document {
                    file: file.to_owned(),
                    number: d.number.clone(),
                    message: "appears twice in one file".into(),
                });
            }
            compiled_docs.push((doc, change));
        }
        // Within one file, two values of one key and scope must not overlap in time.
        for (i, a) in compiled.iter().enumerate() {
            for b in &compiled[i + 1..] {
                if a.key == b.key && a.scope == b.scope && a.from <= b.to && b.from <= a.to {
                    return Err(PackError::Overlap {
                        file: file.to_owned(),
                        key: a.key.name().to_owned(),
                        area: raw.param[i].area.clone(),
                        first: format!("{}..{}", a.from, a.to),
                        second: format!("{}..{}", b.from, b.to),
                    });
                }
            }
        }
        Ok(Pack {
            header: raw.pack,
            entries: raw.param,
            documents: raw.document,
            update: raw.update,
            compiled,
            compiled_docs,
            source: text.to_owned(),
            text_sha256: hex::encode(Sha256::digest(text.as_bytes())),
        })
    }

    /// The text the pack was parsed from.
    #[must_use]
    pub fn source(&self) -> &str {
        &self.source
    }

    /// SHA-256 of the text the pack was parsed from (hex), computed once when parsed: every
    /// determination records it.
    #[must_use]
    pub fn text_hash(&self) -> &str {
        &self.text_sha256
    }
}

fn toml_date(d: &toml::value::Datetime) -> Option<NaiveDate> {
    d.date.and_then(|d| {
        NaiveDate::from_ymd_opt(i32::from(d.year), u32::from(d.month), u32::from(d.day))
    })
}

fn compile_document(file: &str, d: &DocumentEntry, is_base: bool) -> Result<DocChange, PackError> {
    let bad = |message: &str| PackError::Document {
        file: file.to_owned(),
        number: d.number.clone(),
        message: message.to_owned(),
    };
    let date = |v: &Option<toml::value::Datetime>| match v {
        None => Ok(None),
        Some(v) => toml_date(v)
            .map(Some)
            .ok_or_else(|| bad(&format!("has an invalid date {v}"))),
    };
    let (from, to, repealed) = (
        date(&d.valid_from)?,
        date(&d.valid_to)?,
        date(&d.repealed_from)?,
    );
    if d.citation.trim().is_empty() {
        return Err(bad("needs a citation (the notice's 文号 and title)"));
    }
    if is_base {
        let (Some(title), Some(from)) = (d.title.clone(), from) else {
            return Err(bad("the base pack must give its title and valid_from"));
        };
        if repealed.is_some() || d.without_end {
            return Err(bad("the base pack gives the gazette's own period only"));
        }
        if to.is_some_and(|to| to < from) {
            return Err(bad("ends before it starts"));
        }
        return Ok(DocChange::Gazette { title, from, to });
    }
    match (to, d.without_end, repealed) {
        (Some(to), false, None) => Ok(DocChange::Continue(Some(to))),
        (None, true, None) => Ok(DocChange::Continue(None)),
        (None, false, Some(r)) => Ok(DocChange::Repeal(r)),
        _ => Err(bad(
            "must say exactly one of valid_to (continued to), without_end = true (continued without end) or repealed_from (repealed)",
        )),
    }
}

fn compile(file: &str, e: &Entry) -> Result<Compiled, PackError> {
    let key = ParamKey::ALL
        .iter()
        .copied()
        .find(|k| k.name() == e.key)
        .ok_or_else(|| PackError::UnknownKey {
            file: file.to_owned(),
            key: e.key.clone(),
        })?;
    let bad = |message: String| PackError::BadValue {
        file: file.to_owned(),
        key: e.key.clone(),
        message,
    };
    let value = match (key.ty(), &e.value) {
        (ParamType::Number(_), toml::Value::String(s)) => {
            let n: Decimal = s.parse().map_err(|_| {
                bad(format!(
                    "must be a number written as a string, found \"{s}\""
                ))
            })?;
            if n.is_sign_negative() && !n.is_zero() {
                return Err(bad(format!("must not be negative, found {n}")));
            }
            ParamValue::Number(n)
        }
        (ParamType::Number(_), toml::Value::Integer(i)) if *i >= 0 => {
            ParamValue::Number(Decimal::from(*i))
        }
        (ParamType::Switch, toml::Value::Boolean(b)) => ParamValue::Switch(*b),
        (ParamType::Choice(options), toml::Value::String(s)) => ParamValue::Choice(
            options
                .iter()
                .copied()
                .find(|o| o == s)
                .ok_or_else(|| bad(format!("must be one of {options:?}, found \"{s}\"")))?,
        ),
        (ParamType::Areas, toml::Value::Array(items)) => {
            let mut mask = 0u16;
            for item in items {
                let code = item.as_str().unwrap_or_default();
                let area = Area::from_code(code)
                    .ok_or_else(|| bad(format!("has unknown area \"{code}\"")))?;
                mask |= area_bit(area);
            }
            ParamValue::Areas(mask)
        }
        (ty, v) => {
            return Err(bad(format!(
                "has a value of the wrong type for {ty:?}: {v}"
            )));
        }
    };
    let scope = match e.area.as_str() {
        "all" => Scope::All,
        "shiqu" => Scope::Shiqu,
        code => Scope::Unit(Area::from_code(code).ok_or_else(|| PackError::UnknownArea {
            file: file.to_owned(),
            key: e.key.clone(),
            area: code.to_owned(),
        })?),
    };
    let date = |d: &toml::value::Datetime| {
        toml_date(d).ok_or_else(|| bad(format!("has an invalid date {d}")))
    };
    let from = date(&e.valid_from)?;
    let (to, follows) = match (&e.valid_to, &e.document) {
        (Some(to), None) => (date(to)?, None),
        (None, Some(number)) => {
            let doc = Doc::from_number(number).ok_or_else(|| {
                bad(format!(
                    "follows document \"{number}\", which this program does not know"
                ))
            })?;
            // The real last day is the document's on the set (see `ParamSet::new`).
            (NaiveDate::MAX, Some(doc))
        }
        _ => {
            return Err(bad(
                "needs either valid_to or document (the 文号 whose period it follows), not both"
                    .into(),
            ));
        }
    };
    if to < from {
        return Err(PackError::Reversed {
            file: file.to_owned(),
            key: e.key.clone(),
            from,
            to,
        });
    }
    Ok(Compiled {
        key,
        value,
        scope,
        from,
        to,
        follows,
    })
}

/// Bit of `area` in an area mask.
#[must_use]
pub fn area_bit(area: Area) -> u16 {
    let index = Area::ALL.iter().position(|a| *a == area).unwrap_or(0);
    1 << index
}

impl ParamSet {
    /// Builds a set from a base pack and layers, checking that each layer names the pack below.
    ///
    /// # Errors
    /// [`PackError::WrongBase`] if a layer names another base.
    pub fn new(mut layers: Vec<Pack>) -> Result<ParamSet, PackError> {
        // A layer names a pack below it: the one it was written against. Policy updates sit between
        // the official pack and an office's local pack, so "below" need not be "right below".
        for (i, above) in layers.iter().enumerate().skip(1) {
            let expected = above.header.extends.clone().unwrap_or_default();
            if !layers[..i].iter().any(|below| below.header.id == expected) {
                return Err(PackError::WrongBase {
                    file: above.header.id.clone(),
                    expected,
                    found: layers[i - 1].header.id.clone(),
                });
            }
        }
        let documents = document_periods(&layers)?;
        // A value that follows a document lasts as long as the document does on this set.
        for layer in &mut layers {
            for c in &mut layer.compiled {
                if let Some(doc) = c.follows {
                    c.to = documents[doc.index()].valid_to.unwrap_or(NaiveDate::MAX);
                }
            }
        }
        let mut hasher = Sha256::new();
        for layer in &layers {
            let canonical = serde_json::to_string(&(
                &layer.header,
                &layer.update,
                &layer.documents,
                &layer.entries,
            ))
            .unwrap_or_default();
            hasher.update(canonical.as_bytes());
            hasher.update([0u8]);
        }
        let mut versions: Vec<(&'static VersionedBenefit, Doc)> = Vec::new();
        for layer in layers.iter().rev() {
            for (benefit, version) in &layer.header.versions {
                // Checked when the pack was parsed.
                let Some(b) = versioned_benefit(benefit) else {
                    continue;
                };
                if let Some(v) = b.version(version)
                    && !versions.iter().any(|(c, _)| c.id == b.id)
                {
                    versions.push((b, v.doc));
                }
            }
        }
        let rules_off = versions
            .iter()
            .flat_map(|(b, doc)| {
                b.versions
                    .iter()
                    .filter(move |v| v.doc != *doc)
                    .flat_map(|v| v.rules.iter().copied())
            })
            .collect();
        Ok(ParamSet {
            layers,
            hash: hex::encode(hasher.finalize()),
            versions,
            rules_off,
            documents,
        })
    }

    /// Every document's period on this set, in [`Doc::ALL`] order.
    #[must_use]
    pub fn documents(&self) -> &[DocumentPeriod] {
        &self.documents
    }

    /// One document's period on this set.
    #[must_use]
    pub fn document(&self, doc: Doc) -> &DocumentPeriod {
        &self.documents[doc.index()]
    }

    /// Whether `doc` is in force on `date` on this set.
    #[must_use]
    pub fn in_force(&self, doc: Doc, date: NaiveDate) -> bool {
        self.document(doc).in_force(date)
    }

    /// The rule versions this set applies (a scenario's choice), benefit and document.
    #[must_use]
    pub fn versions(&self) -> &[(&'static VersionedBenefit, Doc)] {
        &self.versions
    }

    /// Whether the rule is switched off by a rule-version choice.
    #[must_use]
    pub fn rule_off(&self, id: &str) -> bool {
        self.rules_off.contains(&id)
    }

    /// The official pack alone.
    ///
    /// # Errors
    /// Only if the shipped file is broken (a test guards this).
    pub fn official() -> Result<ParamSet, PackError> {
        ParamSet::new(vec![Pack::parse("official.toml", OFFICIAL_PACK)?])
    }

    /// The training pack on the official one.
    ///
    /// # Errors
    /// Only if a shipped file is broken (a test guards this).
    pub fn training() -> Result<ParamSet, PackError> {
        ParamSet::new(vec![
            Pack::parse("official.toml", OFFICIAL_PACK)?,
            Pack::parse("training.toml", TRAINING_PACK)?,
        ])
    }

    /// Adds a layer (a local pack or a scenario) on top.
    ///
    /// # Errors
    /// [`PackError::WrongBase`] if the layer does not name the current top pack.
    pub fn with_layer(self, layer: Pack) -> Result<ParamSet, PackError> {
        let mut layers = self.layers;
        layers.push(layer);
        ParamSet::new(layers)
    }

    /// The layers, base first.
    #[must_use]
    pub fn layers(&self) -> &[Pack] {
        &self.layers
    }

    /// SHA-256 over every layer's header and entries, in order.
    #[must_use]
    pub fn hash(&self) -> &str {
        &self.hash
    }

    /// Whether every layer is official; a set with an unofficial layer marks all output as examples.
    #[must_use]
    pub fn is_official(&self) -> bool {
        self.layers.iter().all(|l| l.header.official)
    }

    /// The pack entry a resolved value came from.
    #[must_use]
    pub fn entry(&self, source: Source) -> Option<&Entry> {
        self.layers
            .get(usize::from(source.layer))
            .and_then(|l| l.entries.get(usize::from(source.entry)))
    }

    /// Resolves every key for `date` and `area` (`None`: hukou unknown, so only whole-city values).
    #[must_use]
    pub fn resolve(&self, date: NaiveDate, area: Option<Area>) -> Resolved {
        let mut resolved = self.resolve_layers(date, area);
        // A rule-version choice: the parameters by which the other document's wording reaches the
        // chosen rules take the value they had the day before that document took effect.
        for (benefit, chosen) in &self.versions {
            for v in benefit.versions.iter().filter(|v| v.doc != *chosen) {
                if v.carried.is_empty() {
                    continue;
                }
                let Some(before) = self.document(v.doc).valid_from.pred_opt() else {
                    continue;
                };
                let earlier = self.resolve_layers(before, area);
                for key in v.carried {
                    resolved.set_from(*key, &earlier);
                }
            }
        }
        resolved
    }

    fn resolve_layers(&self, date: NaiveDate, area: Option<Area>) -> Resolved {
        resolve_in(&self.layers, date, area)
    }

    /// The values of `key` for `area` over time, as the set resolves them day by day: a new segment
    /// wherever an entry of any layer starts or ends (or the 市区 list changes), equal neighbours merged.
    #[must_use]
    pub fn timeline(&self, key: ParamKey, area: Option<Area>) -> Vec<TimelineSegment> {
        let mut cuts: Vec<NaiveDate> = Vec::new();
        for c in self.layers.iter().flat_map(|l| &l.compiled) {
            if c.key == key || c.key == ParamKey::ShiquUnits {
                cuts.push(c.from);
                cuts.extend(c.to.succ_opt());
            }
        }
        cuts.sort_unstable();
        cuts.dedup();
        let mut out: Vec<TimelineSegment> = Vec::new();
        for pair in cuts.windows(2) {
            let (from, next) = (pair[0], pair[1]);
            let Some(to) = next.pred_opt() else { continue };
            let r = self.resolve(from, area);
            let (value, source) = (r.get(key), r.source(key));
            match out.last_mut() {
                Some(last)
                    if last.value == value
                        && last.source == source
                        && last.to.succ_opt() == Some(from) =>
                {
                    last.to = to;
                }
                _ => out.push(TimelineSegment {
                    from,
                    to,
                    value,
                    source,
                }),
            }
        }
        out.retain(|s| s.value.is_some());
        out
    }

    /// Checks the constraints that the gazettes set on local values for one area on one date: the
    /// values an assessment of a household there and then uses.
    #[must_use]
    pub fn warnings_on(&self, date: NaiveDate, area: Area) -> Vec<PackWarning> {
        let r = self.resolve(date, Some(area));
        let mut out = check(&r, date, area);
        // 6号 附则 第2点: 「各地原有各类补助或减免额度超本政策标准的，不降低标准，就高执行」: an amount a layer
        // sets below the figure 6号 itself fixes for the same day.
        if let Some(base) = self.layers.first().filter(|_| self.layers.len() > 1) {
            // The base pack alone, its document-bound values ending where the set's documents do.
            let gazette = resolve_in(std::slice::from_ref(base), date, Some(area));
            for key in ParamKey::ALL.iter().copied() {
                let ParamType::Number(unit) = key.ty() else {
                    continue;
                };
                let from_6 = gazette
                    .source(key)
                    .and_then(|s| base.compiled.get(usize::from(s.entry)))
                    .is_some_and(|c| c.follows == Some(Doc::WenZhengFa2022No6));
                let (Some(ParamValue::Number(fixed)), Some(ParamValue::Number(used)), Some(s)) =
                    (gazette.get(key), r.get(key), r.source(key))
                else {
                    continue;
                };
                if unit.contains('元') && from_6 && s.layer > 0 && used < fixed {
                    out.push(PackWarning {
                        clause: "温政发〔2022〕6号 附则 第2点",
                        key: "warn-below-gazette-figure",
                        area: area.code(),
                        date,
                        actual: used,
                        limit: fixed,
                        param: Some(key),
                    });
                }
            }
        }
        out
    }

    /// Checks the constraints that the gazettes set on local values, for every area on every date a
    /// value starts.
    #[must_use]
    pub fn warnings(&self) -> Vec<PackWarning> {
        let mut dates: Vec<NaiveDate> = self
            .layers
            .iter()
            .flat_map(|l| l.compiled.iter().map(|c| c.from))
            .collect();
        dates.sort_unstable();
        dates.dedup();
        let mut out = Vec::new();
        let mut seen = BTreeMap::new();
        for &date in &dates {
            for area in Area::ALL {
                for w in self.warnings_on(date, area) {
                    // Report each breach once per area and value, at the first date it appears.
                    seen.entry((w.key, w.area, w.actual, w.limit)).or_insert(w);
                }
            }
        }
        out.extend(seen.into_values());
        out.sort_by(|a, b| (a.date, a.area, a.key).cmp(&(b.date, b.area, b.key)));
        out
    }
}

/// Every document's period: the base pack's, then each layer's continuation or repeal in order.
fn document_periods(layers: &[Pack]) -> Result<Vec<DocumentPeriod>, PackError> {
    let base = layers.first();
    let mut out = Vec::with_capacity(Doc::ALL.len());
    for doc in Doc::ALL {
        let given = base.and_then(|b| {
            b.compiled_docs
                .iter()
                .zip(&b.documents)
                .find(|((d, _), _)| *d == doc)
        });
        let Some(((_, DocChange::Gazette { title, from, to }), entry)) = given else {
            return Err(PackError::MissingDocument {
                file: base.map_or_else(String::new, |b| b.header.id.clone()),
                number: doc.number(),
            });
        };
        let mut period = DocumentPeriod {
            doc,
            title: title.clone(),
            valid_from: *from,
            valid_to: *to,
            gazette_valid_to: *to,
            citation: entry.citation.clone(),
            continued_by: None,
            repealed_by: None,
        };
        for layer in &layers[1..] {
            for ((d, change), entry) in layer.compiled_docs.iter().zip(&layer.documents) {
                if *d != doc {
                    continue;
                }
                match change {
                    DocChange::Continue(to) => {
                        period.valid_to = *to;
                        period.continued_by = Some(entry.citation.clone());
                    }
                    DocChange::Repeal(from) => {
                        let last = from.pred_opt().unwrap_or(NaiveDate::MIN);
                        period.valid_to = Some(period.valid_to.map_or(last, |to| to.min(last)));
                        period.repealed_by = Some(entry.citation.clone());
                    }
                    // Only the base pack gives a gazette period (checked when parsed).
                    DocChange::Gazette { .. } => {}
                }
            }
        }
        out.push(period);
    }
    Ok(out)
}

/// Resolves every key for `date` and `area` over `layers` (base first): the topmost layer naming a
/// key wins, and within a layer a unit beats 市区 beats the whole city.
fn resolve_in(layers: &[Pack], date: NaiveDate, area: Option<Area>) -> Resolved {
    let shiqu_mask = shiqu_mask_in(layers, date);
    let in_shiqu = area.is_some_and(|a| shiqu_mask & area_bit(a) != 0);
    let mut values: Vec<Option<(ParamValue, Source)>> = vec![None; ParamKey::ALL.len()];
    let mut best_scope: Vec<Option<Scope>> = vec![None; ParamKey::ALL.len()];
    for (li, layer) in layers.iter().enumerate() {
        // A higher layer overrides lower ones for the keys it names on this date and area.
        let mut seen_in_layer = vec![false; ParamKey::ALL.len()];
        for (ei, c) in layer.compiled.iter().enumerate() {
            if c.from > date || date > c.to {
                continue;
            }
            let applies = match c.scope {
                Scope::All => true,
                Scope::Shiqu => in_shiqu,
                Scope::Unit(u) => Some(u) == area,
            };
            if !applies {
                continue;
            }
            let k = c.key as usize;
            let better = !seen_in_layer[k] || best_scope[k].is_none_or(|s| c.scope > s);
            if better {
                seen_in_layer[k] = true;
                best_scope[k] = Some(c.scope);
                values[k] = Some((
                    c.value,
                    Source {
                        layer: u16::try_from(li).unwrap_or(u16::MAX),
                        entry: u16::try_from(ei).unwrap_or(u16::MAX),
                    },
                ));
            }
        }
    }
    Resolved::new(values)
}

/// The 市区 units in force on `date` under `layers` (empty if none gives them).
fn shiqu_mask_in(layers: &[Pack], date: NaiveDate) -> u16 {
    let mut mask = 0;
    for layer in layers {
        for c in &layer.compiled {
            if c.key == ParamKey::ShiquUnits
                && c.from <= date
                && date <= c.to
                && let ParamValue::Areas(m) = c.value
            {
                mask = m;
            }
        }
    }
    mask
}

fn check(r: &Resolved, date: NaiveDate, area: Area) -> Vec<PackWarning> {
    use ParamKey as K;
    let mut out = Vec::new();
    let mut warn = |clause, key, actual, limit| {
        out.push(PackWarning {
            clause,
            key,
            area: area.code(),
            date,
            actual,
            limit,
            param: None,
        });
    };
    let s = r.number(K::DibaoStandardMonthly);
    let b = r.number(K::DibianStandardMonthly);
    let w = r.number(K::MinWageMonthly);
    // 6号 第2条: 「可将低保边缘认定标准放宽至低保标准的2倍，但不超过当地最低工资标准」.
    if let (Some(s), Some(b), Some(m)) = (s, b, r.number(K::DibianMaxMultiple))
        && b > s * m
    {
        warn(
            "温政发〔2022〕6号 第2条",
            "warn-dibian-above-double",
            b,
            s * m,
        );
    }
    if let (Some(b), Some(w)) = (b, w)
        && b > w
    {
        warn(
            "温政发〔2022〕6号 第2条",
            "warn-dibian-above-min-wage",
            b,
            w,
        );
    }
    // 6号 第3条: 特困 standard ≥ max(50% of urban consumption, 1.3 × S), per year.
    if let (Some(t), Some(s), Some(c), Some(share), Some(mult)) = (
        r.number(K::TekunBasicStandardAnnual),
        s,
        r.number(K::UrbanConsumptionPcPrevYear),
        r.number(K::TekunFloorConsumptionShare),
        r.number(K::TekunFloorDibaoMultiple),
    ) {
        let floor = (c * share).max(s * mult * Decimal::from(12));
        if t < floor {
            warn(
                "温政发〔2022〕6号 第3条",
                "warn-tekun-below-floor",
                t,
                floor,
            );
        }
    }
    // 6号 一、总体要求: 「到2025年…全市年低保标准1.3万元以上」.
    if let Some(s) = s
        && date >= NaiveDate::from_ymd_opt(2025, 1, 1).unwrap_or(NaiveDate::MAX)
        && s * Decimal::from(12) < Decimal::from(13_000)
    {
        warn(
            "温政发〔2022〕6号 一、总体要求",
            "warn-dibao-below-2025-target",
            s * Decimal::from(12),
            Decimal::from(13_000),
        );
    }
    // 温政办〔2023〕68号 三(四)14: 「结合实际对残疾学生提供每学期每生400元以上的交通费补助」: a county rate below the
    // floor (the rule pays the floor then).
    if let (Some(rate), Some(floor)) = (
        r.number(K::SpedTransportPerSemester),
        r.number(K::SpedTransportFloorPerSemester),
    ) && rate < floor
    {
        warn(
            "温政办〔2023〕68号 三(四)14",
            "warn-sped-transport-below-floor",
            rate,
            floor,
        );
    }
    out
}
