//! Outcomes, amounts and the three-valued logic that lets an unknown fact give `undetermined`.

use rust_decimal::Decimal;
use serde::Serialize;

/// The outcome of one rule for one household.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Outcome {
    /// Every condition holds.
    Eligible,
    /// Discretionary or case-by-case wording (「可」, 「一事一议」): flagged for the officer.
    Refer,
    /// A fact or a parameter that decides the outcome is missing.
    Undetermined,
    /// A condition fails.
    Ineligible,
}

/// An amount of money with its period and whether the clause fixes it or only bounds it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Amount {
    /// Yuan, rounded to the fen (0.01) half away from zero.
    pub value: Decimal,
    /// Period the amount covers.
    pub period: Period,
    /// Exact, or a ceiling/floor set by the clause.
    pub kind: AmountKind,
}

/// The period of an amount.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Period {
    /// Per month.
    Month,
    /// Per year.
    Year,
    /// Per school year (学年).
    SchoolYear,
    /// Once.
    Once,
}

/// Whether the clause fixes the amount or bounds it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum AmountKind {
    /// The amount is exact.
    Exact,
    /// 「不超过」「最高」: a ceiling; the actual amount is set case by case.
    AtMost,
    /// 「不低于」: a floor; the local standard may be higher.
    AtLeast,
}

/// What form a benefit takes, so that totals add only cash.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Form {
    /// Cash paid to the household or person.
    Cash,
    /// Services or goods in kind (服务形式), priority access.
    InKind,
    /// A fee, premium or rent paid or waived for the person.
    Waiver,
    /// Income not counted in the 低保/低边 income test.
    IncomeDisregard,
    /// Better insurance coverage (ratios, caps, items covered).
    Coverage,
    /// A contribution the person pays.
    Contribution,
}

impl Amount {
    /// An exact amount, rounded to the fen.
    #[must_use]
    pub fn exact(value: Decimal, period: Period) -> Amount {
        Amount {
            value: round_fen(value).normalize(),
            period,
            kind: AmountKind::Exact,
        }
    }

    /// A ceiling.
    #[must_use]
    pub fn at_most(value: Decimal, period: Period) -> Amount {
        Amount {
            kind: AmountKind::AtMost,
            ..Amount::exact(value, period)
        }
    }

    /// A floor.
    #[must_use]
    pub fn at_least(value: Decimal, period: Period) -> Amount {
        Amount {
            kind: AmountKind::AtLeast,
            ..Amount::exact(value, period)
        }
    }
}

/// Rounds to 0.01 元, half away from zero (四舍五入). The gazettes set no rounding rule; the fen is
/// the smallest unit paid.
#[must_use]
pub fn round_fen(value: Decimal) -> Decimal {
    value.round_dp_with_strategy(2, rust_decimal::RoundingStrategy::MidpointAwayFromZero)
}

/// Kleene's three-valued truth: `Unknown` where a deciding fact is missing.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Tri {
    /// Holds.
    True,
    /// Fails.
    False,
    /// Cannot be decided.
    #[default]
    Unknown,
}

impl Tri {
    /// `a ∧ b`: false if either is false, whatever the other.
    #[must_use]
    pub fn and(self, other: Tri) -> Tri {
        match (self, other) {
            (Tri::False, _) | (_, Tri::False) => Tri::False,
            (Tri::True, Tri::True) => Tri::True,
            _ => Tri::Unknown,
        }
    }

    /// `a ∨ b`: true if either is true, whatever the other.
    #[must_use]
    pub fn or(self, other: Tri) -> Tri {
        match (self, other) {
            (Tri::True, _) | (_, Tri::True) => Tri::True,
            (Tri::False, Tri::False) => Tri::False,
            _ => Tri::Unknown,
        }
    }

    /// `¬a`.
    #[must_use]
    #[allow(clippy::should_implement_trait)]
    pub fn not(self) -> Tri {
        match self {
            Tri::True => Tri::False,
            Tri::False => Tri::True,
            Tri::Unknown => Tri::Unknown,
        }
    }

    /// From a known or unknown boolean.
    #[must_use]
    pub fn from_opt(b: Option<bool>) -> Tri {
        match b {
            Some(true) => Tri::True,
            Some(false) => Tri::False,
            None => Tri::Unknown,
        }
    }

    /// From a known boolean.
    #[must_use]
    pub fn from_bool(b: bool) -> Tri {
        if b { Tri::True } else { Tri::False }
    }

    /// The outcome that an eligibility of this truth gives.
    #[must_use]
    pub fn outcome(self) -> Outcome {
        match self {
            Tri::True => Outcome::Eligible,
            Tri::False => Outcome::Ineligible,
            Tri::Unknown => Outcome::Undetermined,
        }
    }
}
