//! The arithmetic behind the amounts, in words and numbers: each rule's recorded steps
//! ([`crate::engine::Calc`]), the income test item by item (income, each disregard, counted income,
//! per head), and the pre-screening figures.

use fluent_bundle::FluentArgs;
use rust_decimal::Decimal;
use serde::Serialize;

use super::{Bilingual, value_text};
use crate::engine::{Amount, AmountKind, Calc, Determination, Outcome, Period, Screening, Val};
use crate::household::{DeclaredPeriod, Household, IncomeKind, IncomePeriod};
use crate::i18n::{Lang, tr, tr_args};
use crate::policy::rules::income_test::DISREGARD_RULES;

/// One step of a rule's arithmetic, explained.
#[derive(Debug, Clone, Serialize)]
pub struct CalcView {
    /// Member the step is about, if any.
    pub member: Option<u16>,
    /// Message key of the formula.
    pub key: &'static str,
    /// The terms in order.
    pub terms: Vec<Val>,
    /// The result.
    pub result: Val,
    /// The step as a sentence.
    pub text: Bilingual,
}

/// A step as a sentence: the formula with its terms and result.
#[must_use]
pub fn calc_text(lang: Lang, c: &Calc) -> String {
    let mut args = FluentArgs::new();
    for (name, v) in ["a", "b", "c", "d"].into_iter().zip(c.terms) {
        args.set(name, value_text(lang, v));
    }
    args.set("result", value_text(lang, c.result));
    let text = tr_args(lang, c.key, Some(&args));
    match c.member {
        Some(m) => {
            let mut who = FluentArgs::new();
            who.set("n", u32::from(m) + 1);
            format!("{}: {text}", tr_args(lang, "member-n", Some(&who)))
        }
        None => text,
    }
}

/// The steps a rule recorded.
pub(super) fn calc_views(d: &Determination, index: u16) -> Vec<CalcView> {
    d.calcs
        .iter()
        .filter(|c| c.rule == index)
        .map(|c| CalcView {
            member: c.member,
            key: c.key,
            terms: c
                .terms
                .iter()
                .copied()
                .filter(|v| *v != Val::None)
                .collect(),
            result: c.result,
            text: Bilingual::of(|l| calc_text(l, c)),
        })
        .collect()
}

/// The income test as lines: each income item, each disregard, the counted income and the income
/// per head.
#[must_use]
pub fn income_lines(lang: Lang, h: &Household, d: &Determination) -> Vec<String> {
    let mut out = Vec::new();
    for (i, m) in h.members.iter().enumerate() {
        for item in &m.incomes {
            let mut args = FluentArgs::new();
            args.set("n", i + 1);
            args.set("kind", tr(lang, income_kind_key(item.kind)));
            args.set("amount", value_text(lang, Val::Money(item.amount)));
            args.set("period", tr(lang, period_key(item.period)));
            out.push(tr_args(lang, "calc-income-item", Some(&args)));
        }
    }
    let t = &d.income;
    for (k, rule) in DISREGARD_RULES.iter().enumerate() {
        if t.disregarded[k] > Decimal::ZERO {
            let mut args = FluentArgs::new();
            args.set("rule", *rule);
            args.set("name", tr(lang, &format!("rule-{rule}")));
            args.set("amount", value_text(lang, Val::Money(t.disregarded[k])));
            out.push(tr_args(lang, "calc-income-disregard", Some(&args)));
        }
    }
    let (lo, hi) = t.per_capita();
    let mut args = FluentArgs::new();
    args.set("counted", value_text(lang, Val::Money(t.high)));
    args.set("n", t.size);
    args.set("per_capita", value_text(lang, Val::Money(hi)));
    out.push(tr_args(lang, "calc-income-per-capita", Some(&args)));
    if lo != hi {
        let mut args = FluentArgs::new();
        args.set("counted", value_text(lang, Val::Money(t.low)));
        args.set("per_capita", value_text(lang, Val::Money(lo)));
        out.push(tr_args(lang, "calc-income-low", Some(&args)));
    }
    out
}

/// Message key of an income kind's name (`opt-income-wages`), for the form and the income test.
#[must_use]
pub fn income_kind_key(k: IncomeKind) -> &'static str {
    match k {
        IncomeKind::Wages => "opt-income-wages",
        IncomeKind::SelfEmployment => "opt-income-self-employment",
        IncomeKind::PublicWelfarePost => "opt-income-post",
        IncomeKind::CropCompensation => "opt-income-crop",
        IncomeKind::OutsourcedProcessing => "opt-income-processing",
        IncomeKind::VeteranSupplement => "opt-income-veteran",
        IncomeKind::EquityDividend => "opt-income-dividend",
        IncomeKind::Pension => "opt-income-pension",
        IncomeKind::Other => "opt-income-other",
    }
}

/// Message key of an income period's name (`opt-period-month`).
#[must_use]
pub fn period_key(p: IncomePeriod) -> &'static str {
    match p {
        IncomePeriod::Month => "opt-period-month",
        IncomePeriod::Year => "opt-period-year",
        IncomePeriod::Once => "opt-period-once",
    }
}

/// A pre-screening result, explained.
#[derive(Debug, Clone, Serialize)]
pub struct ScreeningView {
    /// The result with its figures.
    pub screening: Screening,
    /// The sentence: what the household may apply for, where, and the figures.
    pub text: Bilingual,
}

/// A pre-screening result as a sentence.
#[must_use]
pub fn screening_text(lang: Lang, s: Screening) -> String {
    let mut args = FluentArgs::new();
    let money = |v| value_text(lang, Val::Money(v));
    match s {
        Screening::Dibao {
            per_capita,
            standard,
            allowance,
        } => {
            args.set("per_capita", money(per_capita));
            args.set("standard", money(standard));
            args.set("gap", money(standard - per_capita));
            args.set("allowance", money(allowance));
            tr_args(lang, "screen-dibao", Some(&args))
        }
        Screening::Dibian {
            per_capita,
            dibao_standard,
            dibian_standard,
        } => {
            args.set("per_capita", money(per_capita));
            args.set("dibao", money(dibao_standard));
            args.set("dibian", money(dibian_standard));
            tr_args(lang, "screen-dibian", Some(&args))
        }
        Screening::Tekun { member } => {
            args.set("n", u32::from(member) + 1);
            tr_args(lang, "screen-tekun", Some(&args))
        }
    }
}

/// What the household declared it receives under a rule, beside what the rules compute.
#[derive(Debug, Clone, Serialize)]
pub struct DeclaredView {
    /// The declared amount.
    pub amount: Decimal,
    /// Its period.
    pub period: DeclaredPeriod,
    /// Computed minus declared, per the declared period, where both are exact and comparable
    /// (per month and per year convert; once and school year compare only with themselves).
    pub difference: Option<Decimal>,
}

/// The declaration for a rule, compared with the computed amount.
pub(super) fn declared_view(
    h: &Household,
    id: &str,
    computed: Option<Amount>,
    outcome: Outcome,
) -> Option<DeclaredView> {
    let b = h.declared.iter().find(|b| b.rule == id)?;
    let computed = match (outcome, computed) {
        (Outcome::Eligible, Some(a)) if a.kind == AmountKind::Exact => Some(a),
        (Outcome::Eligible | Outcome::Refer, _) => None,
        // Not granted by the rules: the whole declared amount is the difference.
        _ => {
            return Some(DeclaredView {
                amount: b.amount,
                period: b.period,
                difference: Some(-b.amount),
            });
        }
    };
    let difference = computed.and_then(|a| {
        let twelve = Decimal::from(12);
        let value = match (a.period, b.period) {
            (Period::Month, DeclaredPeriod::Month)
            | (Period::Year, DeclaredPeriod::Year)
            | (Period::SchoolYear, DeclaredPeriod::SchoolYear)
            | (Period::Once, DeclaredPeriod::Once) => a.value,
            (Period::Month, DeclaredPeriod::Year) => a.value * twelve,
            (Period::Year, DeclaredPeriod::Month) => a.value / twelve,
            _ => return None,
        };
        Some(crate::engine::round_fen(value - b.amount))
    });
    Some(DeclaredView {
        amount: b.amount,
        period: b.period,
        difference,
    })
}

/// The declaration beside the computed amount, as a sentence.
#[must_use]
pub fn declared_text(lang: Lang, d: &DeclaredView) -> String {
    let period = match d.period {
        DeclaredPeriod::Month => "period-month",
        DeclaredPeriod::Year => "period-year",
        DeclaredPeriod::SchoolYear => "period-school-year",
        DeclaredPeriod::Once => "period-once",
    };
    let mut args = FluentArgs::new();
    args.set("amount", d.amount.normalize().to_string());
    args.set("period", tr(lang, period));
    match d.difference {
        Some(diff) if diff.is_zero() => tr_args(lang, "declared-same", Some(&args)),
        Some(diff) => {
            let sign = if diff.is_sign_negative() { "-" } else { "+" };
            args.set("difference", format!("{sign}{}", diff.abs().normalize()));
            tr_args(lang, "declared-difference", Some(&args))
        }
        None => tr_args(lang, "declared-only", Some(&args)),
    }
}
