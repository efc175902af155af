//! What a rule records while it runs: the conditions it tested and the facts it missed.
//!
//! A condition holds message keys and values, not sentences: `explain` turns them into zh-CN and en
//! text only when a person reads them, so the hot path formats nothing.

use chrono::NaiveDate;
use rust_decimal::Decimal;
use serde::Serialize;

use super::Tri;
use crate::policy::ParamKey;

/// One tested condition.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct Condition {
    /// Index of the rule in the determination's results.
    pub rule: u16,
    /// Member the condition is about, if any.
    pub member: Option<u16>,
    /// Message key of the condition (`cond-status-dibao`).
    pub key: &'static str,
    /// The household's value.
    pub actual: Val,
    /// How it is compared.
    pub cmp: Cmp,
    /// The threshold from the clause or the parameters.
    pub threshold: Val,
    /// Whether it holds.
    pub result: Tri,
    /// Part of the rule's target group (适用对象): who the rule is for, tested before its other
    /// conditions. A household or member outside the group is not applicable to the rule.
    pub group: bool,
}

/// One step of the arithmetic behind an amount (「低保标准 1100 × 3 人 − 计入收入 1200 = 2100」): a
/// message key whose sentence places the terms `$a`…`$d` and the `$result`.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct Calc {
    /// Index of the rule in the determination's results.
    pub rule: u16,
    /// Member the step is about, if any.
    pub member: Option<u16>,
    /// Message key of the formula (`calc-dibao-allowance`).
    pub key: &'static str,
    /// The terms, in the order the formula names them (unused ones are `Val::None`).
    pub terms: [Val; 4],
    /// The result of the step.
    pub result: Val,
}

/// A value in a condition.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
#[serde(tag = "type", content = "value", rename_all = "snake_case")]
pub enum Val {
    /// Nothing (unknown fact, or no threshold).
    None,
    /// Yuan.
    Money(Decimal),
    /// A plain number (ratio, area, months).
    Number(Decimal),
    /// Whole years of age.
    Age(u32),
    /// Yes/no.
    Bool(bool),
    /// A coded value (`dibao`, `lucheng`) with a message key `code-…`.
    Code(&'static str),
    /// A date.
    Date(NaiveDate),
}

/// How a condition compares.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Cmp {
    /// `<`.
    Lt,
    /// `≤`.
    Le,
    /// `>`.
    Gt,
    /// `≥`.
    Ge,
    /// `=`.
    Eq,
    /// The fact holds (yes/no).
    Is,
}

/// A fact or parameter that a rule needed and did not have.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Missing {
    /// Index of the rule in the determination's results.
    pub rule: u16,
    /// What is missing.
    pub what: MissingWhat,
}

/// A missing fact (field of the household or of a member) or a missing parameter.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum MissingWhat {
    /// A household field (`housing.rent_monthly`).
    Household {
        /// Field path.
        field: &'static str,
    },
    /// A member's field (`members[2].veteran`).
    Member {
        /// Member index.
        member: u16,
        /// Field path within the member.
        field: &'static str,
    },
    /// A parameter that the pack lacks for this date and area.
    Param {
        /// The key.
        key: ParamKey,
    },
}

impl Val {
    /// The numeric value, for computing a gap.
    #[must_use]
    pub fn number(self) -> Option<Decimal> {
        match self {
            Val::Money(d) | Val::Number(d) => Some(d),
            Val::Age(a) => Some(Decimal::from(a)),
            _ => None,
        }
    }
}

impl Condition {
    /// Threshold minus actual, for numeric conditions: how far the value is from the limit.
    #[must_use]
    pub fn gap(&self) -> Option<Decimal> {
        Some(self.threshold.number()? - self.actual.number()?)
    }
}

impl MissingWhat {
    /// Dotted path of the missing fact, or `param:<key>`.
    #[must_use]
    pub fn path(self) -> String {
        match self {
            MissingWhat::Household { field } => field.to_owned(),
            MissingWhat::Member { member, field } => format!("members[{member}].{field}"),
            MissingWhat::Param { key } => format!("param:{}", key.name()),
        }
    }
}
