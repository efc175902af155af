//! Running the rules: [`assess`] and the [`Determination`] it returns.

use chrono::NaiveDate;
use serde::Serialize;
use sha2::{Digest, Sha256};
use thiserror::Error;

use super::assessor::Assessor;
use super::screening::{Screening, screen};
use super::trace::{Calc, Condition, Missing, MissingWhat};
use super::{Amount, Form, IncomeTest, Outcome};
use crate::household::{Household, LoadError};
use crate::policy::{Doc, ParamKey, ParamSet, Resolved, RuleId, RuleMeta};

/// Version of the engine, part of every determination id.
pub const ENGINE_VERSION: &str = env!("CARGO_PKG_VERSION");

/// Whether to record the conditions tested (for explanations) or only outcomes (for batches).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TraceMode {
    /// Record every condition and parameter used.
    On,
    /// Record outcomes, amounts and missing facts only.
    Off,
}

/// Why an assessment could not run.
#[derive(Debug, Error, Clone, PartialEq)]
#[non_exhaustive]
pub enum AssessError {
    /// The household's facts are inconsistent with the assessment date or each other.
    #[error(transparent)]
    Household(#[from] LoadError),
}

/// One rule's result for the household.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct RuleResult {
    /// The rule.
    pub meta: &'static RuleMeta,
    /// Outcome.
    pub outcome: Outcome,
    /// Amount, if any.
    pub amount: Option<Amount>,
    /// Form of the benefit.
    pub form: Form,
    /// Not paid because another benefit is paid instead (就高, 不重复享受).
    pub superseded_by: Option<RuleId>,
    /// Whether the household is in the rule's target group (适用对象); a rule that does not apply is
    /// ineligible and is listed only on request.
    pub applicable: bool,
}

/// One member's result within a person-level rule.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct MemberResult {
    /// Index of the rule in [`Determination::results`].
    pub rule: u16,
    /// Member index.
    pub member: u16,
    /// Outcome for this member.
    pub outcome: Outcome,
    /// Amount for this member.
    pub amount: Option<Amount>,
    /// Not paid because another benefit is paid instead.
    pub superseded_by: Option<RuleId>,
    /// Whether the member is in the rule's target group.
    pub applicable: bool,
}

/// Something the officer must know about the assessment as a whole.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Notice {
    /// A document is not in force on the assessment date; its rules were not evaluated.
    DocumentNotInForce {
        /// The document.
        doc: Doc,
        /// First day in force.
        valid_from: NaiveDate,
        /// Last day in force; `None` if the text states no end.
        valid_to: Option<NaiveDate>,
        /// Repealed (废止) by a notice rather than lapsed.
        repealed: bool,
    },
    /// A document is not yet in force on the assessment date; its rules were not evaluated.
    DocumentNotYetInForce {
        /// The document.
        doc: Doc,
        /// Its first day in force.
        valid_from: NaiveDate,
    },
    /// A document applies on the assessment date only because a notice continued it (延续执行);
    /// the notice is in the parameter set's document periods.
    DocumentContinued {
        /// The document.
        doc: Doc,
        /// Its last day as continued; `None`: without end.
        valid_to: Option<NaiveDate>,
    },
    /// The core document has expired and no policy update installed continues it.
    PolicyExpired {
        /// The document.
        doc: Doc,
        /// Its last day in force: the latest date on which its rules can be assessed.
        last_day: NaiveDate,
    },
    /// The parameters include values that are not official.
    ExampleParameters,
    /// A scenario applies one document's version of a benefit; the other document's rules for it
    /// were not evaluated.
    RuleVersion {
        /// The benefit (`elderly_allowance`).
        benefit: &'static str,
        /// The document whose wording applies.
        doc: Doc,
    },
}

/// Everything the engine found for one household on one date.
#[derive(Debug, Clone)]
pub struct Determination {
    /// Assessment date.
    pub date: NaiveDate,
    /// Hash of the parameter set.
    pub param_hash: String,
    /// Whether every parameter layer is official.
    pub official_params: bool,
    /// One result per rule in force, in catalogue order.
    pub results: Vec<RuleResult>,
    /// Per-member results of person-level rules.
    pub members: Vec<MemberResult>,
    /// Conditions tested (empty with [`TraceMode::Off`]).
    pub conditions: Vec<Condition>,
    /// Facts and parameters missing, per rule.
    pub missing: Vec<Missing>,
    /// Parameters each rule used (empty with [`TraceMode::Off`]).
    pub params_used: Vec<(u16, ParamKey)>,
    /// The arithmetic behind the amounts (empty with [`TraceMode::Off`]).
    pub calcs: Vec<Calc>,
    /// Notices about the assessment as a whole.
    pub notices: Vec<Notice>,
    /// The income test.
    pub income: IncomeTest,
    /// Recognitions the household may apply for (初步筛查).
    pub screening: Vec<Screening>,
}

/// Assesses a household on `date` under the parameter set.
///
/// # Errors
/// [`AssessError::Household`] if a date in the facts lies after `date` or the facts are inconsistent.
pub fn assess(
    h: &Household,
    date: NaiveDate,
    set: &ParamSet,
    mode: TraceMode,
) -> Result<Determination, AssessError> {
    let params = set.resolve(date, h.hukou_area);
    assess_resolved(h, date, set, &params, mode)
}

/// Like [`assess`], with the parameters already resolved for `date` and the household's hukou
/// area (a batch resolves once per area, not once per household).
///
/// # Errors
/// As [`assess`].
pub fn assess_resolved(
    h: &Household,
    date: NaiveDate,
    set: &ParamSet,
    params: &Resolved,
    mode: TraceMode,
) -> Result<Determination, AssessError> {
    let mut assessor = Assessor::new(set, date, mode);
    assessor.run(h, params)?;
    let Assessor {
        buf,
        results,
        derived,
        ..
    } = assessor;
    let screening = screen(h, &derived, params);
    let mut notices = Vec::new();
    for period in set.documents() {
        // A date outside a document's period says so both ways (not yet in force, lapsed or
        // repealed), and a document that applies only because a notice continued it says that.
        if date < period.valid_from {
            notices.push(Notice::DocumentNotYetInForce {
                doc: period.doc,
                valid_from: period.valid_from,
            });
        } else if period.lapsed_on(date) {
            notices.push(Notice::DocumentNotInForce {
                doc: period.doc,
                valid_from: period.valid_from,
                valid_to: period.valid_to,
                repealed: period.repealed_by.is_some(),
            });
        } else if period.continued_on(date).is_some() {
            notices.push(Notice::DocumentContinued {
                doc: period.doc,
                valid_to: period.valid_to,
            });
        }
    }
    let core = set.document(Doc::WenZhengFa2022No6);
    if let Some(last_day) = core.valid_to.filter(|_| core.lapsed_on(date)) {
        notices.push(Notice::PolicyExpired {
            doc: Doc::WenZhengFa2022No6,
            last_day,
        });
    }
    if !set.is_official() {
        notices.push(Notice::ExampleParameters);
    }
    for (benefit, doc) in set.versions() {
        notices.push(Notice::RuleVersion {
            benefit: benefit.id,
            doc: *doc,
        });
    }
    Ok(Determination {
        date,
        param_hash: set.hash().to_owned(),
        official_params: set.is_official(),
        results,
        members: buf.members,
        conditions: buf.conditions,
        missing: buf.missing,
        params_used: buf.params_used,
        calcs: buf.calcs,
        notices,
        income: derived.income,
        screening,
    })
}

impl Determination {
    /// The result of a rule, if it was in force.
    #[must_use]
    pub fn result(&self, id: &str) -> Option<&RuleResult> {
        self.results.iter().find(|r| r.meta.id == id)
    }

    /// Index of a rule's result.
    #[must_use]
    pub fn index_of(&self, id: &str) -> Option<u16> {
        self.results
            .iter()
            .position(|r| r.meta.id == id)
            .and_then(|i| u16::try_from(i).ok())
    }

    /// The member results of a rule.
    pub fn member_results(&self, id: &str) -> impl Iterator<Item = &MemberResult> {
        let index = self.index_of(id);
        self.members.iter().filter(move |m| Some(m.rule) == index)
    }

    /// The conditions recorded by a rule.
    pub fn conditions_of(&self, index: u16) -> impl Iterator<Item = &Condition> {
        self.conditions.iter().filter(move |c| c.rule == index)
    }

    /// The missing facts that keep a rule (or one of its members) undetermined, without repeats. A
    /// fact missed on the way to a decided outcome is not listed: it decided nothing.
    #[must_use]
    pub fn missing_of(&self, index: u16) -> Vec<MissingWhat> {
        let Some(result) = self.results.get(usize::from(index)) else {
            return Vec::new();
        };
        let rule_open = result.outcome == Outcome::Undetermined;
        let mine = || self.members.iter().filter(|m| m.rule == index);
        let member_open =
            |k: u16| mine().any(|m| m.member == k && m.outcome == Outcome::Undetermined);
        let any_member_open = mine().any(|m| m.outcome == Outcome::Undetermined);
        let has_members = mine().next().is_some();
        let mut out: Vec<MissingWhat> = Vec::new();
        for m in self.missing.iter().filter(|m| m.rule == index) {
            let relevant = match m.what {
                MissingWhat::Member { member, .. } => {
                    member_open(member) || (!has_members && rule_open)
                }
                MissingWhat::Household { .. } | MissingWhat::Param { .. } => {
                    rule_open || any_member_open
                }
            };
            if relevant && !out.contains(&m.what) {
                out.push(m.what);
            }
        }
        out
    }
}

/// The determination id: SHA-256 over the canonical input (the household as JSON), the parameter
/// set's hash, the engine version and the date.
#[must_use]
pub fn determination_id(h: &Household, date: NaiveDate, set: &ParamSet) -> String {
    let mut hasher = Sha256::new();
    hasher.update(serde_json::to_vec(h).unwrap_or_default());
    hasher.update([0]);
    hasher.update(set.hash().as_bytes());
    hasher.update([0]);
    hasher.update(ENGINE_VERSION.as_bytes());
    hasher.update([0]);
    hasher.update(date.to_string().as_bytes());
    hex::encode(hasher.finalize())
}
