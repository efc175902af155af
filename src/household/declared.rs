//! What the household already receives, as it declares it (已享受待遇), so that the results show
//! declared and computed amounts side by side.

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

/// A benefit the household says it receives.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct DeclaredBenefit {
    /// The rule ID of the benefit (`INC-01`).
    pub rule: String,
    /// The amount received for the period, in 元 (never negative).
    pub amount: Decimal,
    /// The period the amount covers.
    pub period: DeclaredPeriod,
}

/// The period of a declared amount.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum DeclaredPeriod {
    /// Per month.
    Month,
    /// Per year.
    Year,
    /// Per school year (学年).
    SchoolYear,
    /// Once.
    Once,
}
