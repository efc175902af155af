//! A sweep varies one fact of a household over a range and assesses each point under each
//! parameter set, for the trainer's chart: cash benefits and net income per month, the cliffs where
//! a benefit is lost, and the effective marginal rate (how much of one more yuan of wages the
//! household keeps).

use chrono::{Datelike, NaiveDate};
use rayon::prelude::*;
use rust_decimal::Decimal;
use serde::Serialize;

use crate::engine::{AmountKind, AssessError, Assessor, Form, Outcome, Period, TraceMode};
use crate::household::{Household, IncomeKind, IncomePeriod};
use crate::policy::ParamSet;

/// The fact varied.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub enum SweepFact {
    /// Monthly wages of a member (the member's first wage item, which must exist so that its job
    /// start and first-job facts are the officer's, not invented).
    Wages {
        /// Member index.
        member: usize,
    },
    /// Monthly rent of the household.
    Rent,
    /// Age of a member in completed years on the assessment date.
    Age {
        /// Member index.
        member: usize,
    },
    /// Disability grade (1–4) of a member with a certificate.
    DisabilityGrade {
        /// Member index.
        member: usize,
    },
    /// Household size: the last member is repeated.
    HouseholdSize,
}

/// Why a sweep cannot run.
#[derive(Debug, thiserror::Error)]
pub enum SweepError {
    /// No such member.
    #[error("no member {0}")]
    NoMember(usize),
    /// The member has no wage item to vary.
    #[error("member {0} has no wage income item to vary")]
    NoWageItem(usize),
    /// The household has no member to repeat.
    #[error("the household has no member")]
    Empty,
    /// A point fails validation.
    #[error(transparent)]
    Assess(#[from] AssessError),
}

/// One point of a sweep under one parameter set.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SweepPoint {
    /// The value of the fact.
    pub x: Decimal,
    /// Cash benefits with exact amounts, per month (yearly amounts spread over 12 months).
    pub benefits_monthly: Decimal,
    /// The household's own income per month (monthly items, yearly items / 12), before benefits.
    pub income_monthly: Decimal,
    /// Own income plus cash benefits, per month.
    pub net_monthly: Decimal,
    /// Rules giving cash at this point.
    pub cash_rules: Vec<&'static str>,
}

/// Where a benefit is lost between two neighbouring points.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Cliff {
    /// Last value with the benefit.
    pub from_x: Decimal,
    /// First value without it.
    pub to_x: Decimal,
    /// The rules lost.
    pub lost: Vec<&'static str>,
    /// Change of net income per month across the step (negative: the household is worse off).
    pub net_change: Decimal,
}

/// A sweep under one parameter set.
#[derive(Debug, Clone, Serialize)]
pub struct SweepResult {
    /// The points, in the order of the values given.
    pub points: Vec<SweepPoint>,
    /// The cliffs.
    pub cliffs: Vec<Cliff>,
    /// Effective marginal rate between neighbouring points of a wage sweep: 1 − Δnet / Δwages
    /// (1 = every extra yuan is lost; above 1 = the household ends worse off).
    pub marginal_rates: Vec<Option<Decimal>>,
}

/// Whether a result is cash the household receives with an exact amount (the same test as the
/// totals of the results page).
pub(crate) fn pays_cash(outcome: Outcome, form: Form, kind: AmountKind, superseded: bool) -> bool {
    outcome == Outcome::Eligible && form == Form::Cash && kind == AmountKind::Exact && !superseded
}

fn monthly_income(h: &Household) -> Decimal {
    h.members
        .iter()
        .flat_map(|m| &m.incomes)
        .map(|i| match i.period {
            IncomePeriod::Month => i.amount,
            IncomePeriod::Year => i.amount / Decimal::from(12),
            IncomePeriod::Once => Decimal::ZERO,
        })
        .sum()
}

/// The household with the fact set to `x`.
fn with_fact(
    base: &Household,
    fact: SweepFact,
    x: Decimal,
    date: NaiveDate,
) -> Result<Household, SweepError> {
    use rust_decimal::prelude::ToPrimitive;
    let mut h = base.clone();
    match fact {
        SweepFact::Wages { member } => {
            let m = h
                .members
                .get_mut(member)
                .ok_or(SweepError::NoMember(member))?;
            let item = m
                .incomes
                .iter_mut()
                .find(|i| i.kind == IncomeKind::Wages)
                .ok_or(SweepError::NoWageItem(member))?;
            item.amount = x;
            item.period = IncomePeriod::Month;
        }
        SweepFact::Rent => h.housing.rent_monthly = Some(x),
        SweepFact::Age { member } => {
            let m = h
                .members
                .get_mut(member)
                .ok_or(SweepError::NoMember(member))?;
            let years = x.trunc().to_i32().unwrap_or(0);
            // Born on the assessment day `years` years before: exactly that age.
            m.birth_date = date.with_year(date.year() - years).or(m.birth_date);
        }
        SweepFact::DisabilityGrade { member } => {
            let m = h
                .members
                .get_mut(member)
                .ok_or(SweepError::NoMember(member))?;
            m.disabled = Some(true);
            m.disability_grade = x.trunc().to_u8();
        }
        SweepFact::HouseholdSize => {
            let last = h.members.last().cloned().ok_or(SweepError::Empty)?;
            let n = x.trunc().to_usize().unwrap_or(1).max(1);
            h.members.truncate(n);
            while h.members.len() < n {
                h.members.push(last.clone());
            }
        }
    }
    Ok(h)
}

/// Sweeps `fact` over `values` on `date` under `set` (trace off: only outcomes and amounts).
///
/// # Errors
/// [`SweepError`] if the fact cannot be varied or a point fails validation.
pub fn sweep(
    base: &Household,
    fact: SweepFact,
    values: &[Decimal],
    date: NaiveDate,
    set: &ParamSet,
) -> Result<SweepResult, SweepError> {
    let params = set.resolve(date, base.hukou_area);
    // The points are independent: assessed on all cores (a 500-point sweep redraws within a frame).
    let points = values
        .par_iter()
        .map_init(
            || Assessor::new(set, date, TraceMode::Off),
            |assessor, &x| -> Result<SweepPoint, SweepError> {
                let h = with_fact(base, fact, x, date)?;
                let d = assessor.run(&h, &params)?;
                let mut benefits = Decimal::ZERO;
                let mut cash_rules = Vec::new();
                for r in d.results {
                    let Some(a) = r.amount else { continue };
                    if !pays_cash(r.outcome, r.form, a.kind, r.superseded_by.is_some()) {
                        continue;
                    }
                    let monthly = match a.period {
                        Period::Month => a.value,
                        Period::Year | Period::SchoolYear => a.value / Decimal::from(12),
                        Period::Once => continue,
                    };
                    benefits += monthly;
                    cash_rules.push(r.meta.id);
                }
                let income = monthly_income(&h);
                Ok(SweepPoint {
                    x,
                    benefits_monthly: benefits.round_dp(2),
                    income_monthly: income.round_dp(2),
                    net_monthly: (income + benefits).round_dp(2),
                    cash_rules,
                })
            },
        )
        .collect::<Result<Vec<_>, _>>()?;
    let mut cliffs = Vec::new();
    let mut marginal_rates = Vec::new();
    for w in points.windows(2) {
        let (a, b) = (&w[0], &w[1]);
        let lost: Vec<&'static str> = a
            .cash_rules
            .iter()
            .filter(|r| !b.cash_rules.contains(r))
            .copied()
            .collect();
        if !lost.is_empty() {
            cliffs.push(Cliff {
                from_x: a.x,
                to_x: b.x,
                lost,
                net_change: b.net_monthly - a.net_monthly,
            });
        }
        let dx = b.x - a.x;
        marginal_rates.push(match fact {
            SweepFact::Wages { .. } if !dx.is_zero() => {
                Some((Decimal::ONE - (b.net_monthly - a.net_monthly) / dx).round_dp(4))
            }
            _ => None,
        });
    }
    Ok(SweepResult {
        points,
        cliffs,
        marginal_rates,
    })
}
