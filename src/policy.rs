//! The law as data: the gazettes (documents and their validity), the rule catalogue with verbatim
//! clauses, the dated and area-scoped parameters, and the rule functions themselves.
//!
//! Nothing here does I/O: packs are parsed from text that the edges (CLI, GUI) read, and the shipped
//! packs are compiled in.

mod catalogue;
pub mod coverage;
mod department;
mod document;
pub mod pack;
pub mod param;
pub mod rules;
pub mod versions;

pub use catalogue::{CORE_RULES, all_rules};
pub use department::Department;
pub use document::{Doc, DocumentPeriod};
pub use pack::{PackError, PackWarning, ParamSet, UpdateHeader};
pub use param::{ParamKey, ParamValue, Resolved};

use chrono::NaiveDate;
use serde::Serialize;

/// A rule ID of the catalogue (`INC-01`, `HOU-03`…), stable across versions.
pub type RuleId = &'static str;

/// One catalogued rule: where it stands in the law and what it says.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct RuleMeta {
    /// Stable ID from `shared/policy/rules-core.md`.
    pub id: RuleId,
    /// Slug of the catalogue (`dibao_allowance`).
    pub slug: &'static str,
    /// Programme family, for grouping results.
    pub family: Family,
    /// How the rule can be evaluated (rules-core §0.2).
    pub kind: RuleKind,
    /// The gazette.
    pub doc: Doc,
    /// Article (条) as numbered in the gazette.
    pub article: &'static str,
    /// Seed file tag (`004`, `002`).
    pub seed: &'static str,
    /// 1-based line range in the seed file.
    pub lines: (u32, u32),
    /// The verbatim clause.
    pub clause: &'static str,
}

impl RuleMeta {
    /// Whether the rule's document is in force on `date` under the documents' periods of `set`.
    #[must_use]
    pub fn in_force(&self, set: &ParamSet, date: NaiveDate) -> bool {
        set.in_force(self.doc, date)
    }

    /// Citation as printed: `温政发〔2022〕6号 第11条`.
    #[must_use]
    pub fn citation(&self) -> String {
        if self.article.is_empty() {
            self.doc.number().to_owned()
        } else {
            format!("{} {}", self.doc.number(), self.article)
        }
    }
}

/// Looks up a catalogued rule by ID.
#[must_use]
pub fn rule_meta(id: &str) -> Option<&'static RuleMeta> {
    all_rules().find(|m| m.id == id)
}

/// Programme families, one row each in the officer's result view.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Family {
    /// 低保, 低边, 特困, temporary assistance.
    Income,
    /// Veterans (退役军人).
    Veterans,
    /// Elderly.
    Elderly,
    /// Children.
    Children,
    /// Family planning (计生).
    FamilyPlanning,
    /// Disability and mental health.
    Disability,
    /// Housing.
    Housing,
    /// Medical insurance and medical aid.
    Medical,
    /// Education.
    Education,
    /// Utilities, fees and premiums.
    Utilities,
    /// Employment.
    Employment,
    /// New citizens and residence permits.
    Other,
    /// 见义勇为 persons and their families (温政发〔2024〕15号).
    GoodSamaritan,
    /// Temporary resettlement and moving fees in house expropriation (温政发〔2024〕11号).
    Relocation,
}

/// How a rule can be evaluated (rules-core §0.2).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum RuleKind {
    /// Amount from the gazette's own figures.
    Amount,
    /// Amount by a formula on local parameters.
    AmountParam,
    /// Only a ceiling or floor is given.
    Cap,
    /// Eligibility or in-kind entitlement without cash figure.
    Entitlement,
    /// An income-test disregard or deduction.
    IncomeTest,
    /// Discretionary: flag and refer.
    Referral,
    /// Context; not evaluated per household.
    Info,
    /// An expired measure, kept as dated history.
    Expired,
    /// Priority access only, no money (rules-other `PRIORITY`).
    Priority,
    /// A policy target, not yet an individual right (rules-other `GOAL`): listed, not evaluated.
    Goal,
    /// A benefit paid to an enterprise or 个体户 (rules-other `BUSINESS`): listed, not evaluated.
    Business,
}
