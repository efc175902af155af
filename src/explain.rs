//! From the trace to plain sentences in zh-CN and en: what each benefit is, why it was granted or
//! refused (the failing condition, its threshold, the household's value and the gap), which facts
//! would decide it, and the clause it rests on. Also the canonical determination JSON.

pub mod arithmetic;
pub mod groups;
pub mod next_steps;

use chrono::NaiveDate;
use fluent_bundle::FluentArgs;
use rayon::prelude::*;
use rust_decimal::Decimal;
use serde::Serialize;

use crate::engine::{
    Amount, AmountKind, Cmp, Condition, Determination, ENGINE_VERSION, Form, MissingWhat, Notice,
    Outcome, Period, RuleResult, Tri, Val, determination_id,
};
use crate::household::Household;
use crate::i18n::{Lang, tr, tr_args};
use crate::policy::versions::versioned_benefit;
use crate::policy::{PackWarning, ParamSet, Resolved};

/// A text in both languages.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Bilingual {
    /// Simplified Chinese.
    pub zh: String,
    /// English.
    pub en: String,
}

impl Bilingual {
    fn of(f: impl Fn(Lang) -> String) -> Bilingual {
        Bilingual {
            zh: f(Lang::Zh),
            en: f(Lang::En),
        }
    }

    /// The text in `lang`.
    #[must_use]
    pub fn get(&self, lang: Lang) -> &str {
        match lang {
            Lang::Zh => &self.zh,
            Lang::En => &self.en,
        }
    }
}

/// One tested condition, explained.
#[derive(Debug, Clone, Serialize)]
pub struct ConditionView {
    /// Member index, if the condition is about a member.
    pub member: Option<u16>,
    /// Message key.
    pub key: &'static str,
    /// The household's value.
    pub actual: Val,
    /// Comparison.
    pub cmp: Cmp,
    /// Threshold.
    pub threshold: Val,
    /// Threshold minus actual, for numbers.
    pub gap: Option<Decimal>,
    /// Whether it holds.
    pub holds: Tri,
    /// Part of the rule's target group (适用对象).
    pub group: bool,
    /// The sentence.
    pub text: Bilingual,
}

/// One rule's result, explained.
#[derive(Debug, Clone, Serialize)]
pub struct ResultView {
    /// Rule ID.
    pub id: &'static str,
    /// Benefit name.
    pub name: Bilingual,
    /// Programme family.
    pub family: crate::policy::Family,
    /// Outcome.
    pub outcome: Outcome,
    /// Whether the household is in the rule's target group (适用对象); a rule that does not apply
    /// is listed only on request.
    pub applicable: bool,
    /// The department that usually receives the application.
    pub department: crate::policy::Department,
    /// Amount.
    pub amount: Option<Amount>,
    /// Form of the benefit.
    pub form: Form,
    /// 文号 and article.
    pub citation: String,
    /// The verbatim clause.
    pub clause: &'static str,
    /// Seed file and lines of the clause.
    pub source: String,
    /// Plain reason.
    pub reason: Bilingual,
    /// Conditions tested.
    pub conditions: Vec<ConditionView>,
    /// Facts and parameters that would decide an undetermined result.
    pub missing: Vec<MissingView>,
    /// Per-member results.
    pub members: Vec<MemberView>,
    /// Paid instead of this one (就高, 不重复享受).
    pub superseded_by: Option<&'static str>,
    /// Parameters used, with their citation.
    pub parameters: Vec<ParamView>,
    /// The arithmetic behind the amount, step by step.
    pub calculation: Vec<arithmetic::CalcView>,
    /// What the household declared it receives under this rule, and the difference.
    pub declared: Option<arithmetic::DeclaredView>,
    /// The notice that continued the rule's document (延续执行), when the assessment date lies after
    /// the gazette's own last day.
    pub continued_by: Option<String>,
}

/// A missing fact, explained.
#[derive(Debug, Clone, Serialize)]
pub struct MissingView {
    /// Path of the field or `param:<key>`.
    pub path: String,
    /// What it is.
    pub label: Bilingual,
}

/// One member's result in a person-level rule.
#[derive(Debug, Clone, Serialize)]
pub struct MemberView {
    /// Member index.
    pub member: u16,
    /// Outcome.
    pub outcome: Outcome,
    /// Amount.
    pub amount: Option<Amount>,
    /// Paid instead.
    pub superseded_by: Option<&'static str>,
    /// Whether the member is in the rule's target group.
    pub applicable: bool,
}

/// A parameter used by a rule.
#[derive(Debug, Clone, Serialize)]
pub struct ParamView {
    /// Key.
    pub key: &'static str,
    /// Value as written.
    pub value: String,
    /// Citation of the value.
    pub citation: String,
    /// Whether the value is in an official text.
    pub official: bool,
}

/// The determination as the CLI prints it, the PDF embeds it and the case store keeps it.
#[derive(Debug, Clone, Serialize)]
pub struct DeterminationView {
    /// Determination id.
    pub id: String,
    /// Assessment date.
    pub date: NaiveDate,
    /// Engine version.
    pub engine_version: &'static str,
    /// Parameter set: its layers and hash.
    pub parameter_set: ParamSetView,
    /// The household as assessed.
    pub household: Household,
    /// Per-capita counted income per month (low and high where facts are unknown).
    pub income: IncomeView,
    /// Recognitions the household may apply for (初步筛查), with their figures.
    pub screening: Vec<arithmetic::ScreeningView>,
    /// Notices.
    pub notices: Vec<NoticeView>,
    /// Local values in use that break a constraint the gazettes set (B ≤ 2S, 不降低标准…).
    pub warnings: Vec<WarningView>,
    /// One entry per rule in force.
    pub results: Vec<ResultView>,
    /// Totals of cash benefits with exact amounts.
    pub totals: Totals,
}

/// The parameter set.
#[derive(Debug, Clone, Serialize)]
pub struct ParamSetView {
    /// Layer ids, base first.
    pub layers: Vec<String>,
    /// Name of the top layer.
    pub name: Bilingual,
    /// SHA-256 of the set.
    pub hash: String,
    /// Whether every layer is official.
    pub official: bool,
    /// Each layer: id, kind, the SHA-256 of its text, and the text itself unless it is a pack shipped
    /// with the program, so that the determination re-runs on any laptop under exactly this law.
    pub sources: Vec<LayerSource>,
}

/// One layer of the parameter set, as a determination records it.
#[derive(Debug, Clone, Serialize, serde::Deserialize)]
pub struct LayerSource {
    /// The pack's id.
    pub id: String,
    /// `official` / `training` (shipped), `update`, `local` or `scenario`.
    pub kind: String,
    /// SHA-256 of the pack's text.
    pub sha256: String,
    /// Publisher and date of issue, for an update.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub issued_by: Option<String>,
    /// The pack's text (absent for a shipped pack).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub text: Option<String>,
}

/// A gazette constraint broken by a value in use.
#[derive(Debug, Clone, Serialize)]
pub struct WarningView {
    /// The check.
    pub warning: PackWarning,
    /// Its text.
    pub text: Bilingual,
}

/// The layers of a set as a determination records them.
#[must_use]
pub fn layer_sources(set: &ParamSet) -> Vec<LayerSource> {
    use crate::policy::pack::{OFFICIAL_PACK, TRAINING_PACK};
    set.layers()
        .iter()
        .map(|l| {
            let shipped = match l.header.id.as_str() {
                "official" => l.source() == OFFICIAL_PACK,
                "training" => l.source() == TRAINING_PACK,
                _ => false,
            };
            let kind = if shipped {
                l.header.id.clone()
            } else if l.update.is_some() {
                "update".to_owned()
            } else if l.header.official {
                "local".to_owned()
            } else {
                "scenario".to_owned()
            };
            LayerSource {
                id: l.header.id.clone(),
                kind,
                sha256: l.text_hash().to_owned(),
                issued_by: l
                    .update
                    .as_ref()
                    .map(|u| format!("{} {}", u.publisher, u.issued)),
                text: (!shipped).then(|| l.source().to_owned()),
            }
        })
        .collect()
}

/// Rebuilds a parameter set from the layers a determination recorded: the shipped packs by id, the
/// others from their recorded text; every text's hash is checked.
///
/// # Errors
/// A sentence saying which layer could not be rebuilt.
pub fn rebuild_set(sources: &[LayerSource]) -> Result<ParamSet, String> {
    use crate::policy::pack::{OFFICIAL_PACK, Pack, TRAINING_PACK};
    let mut packs = Vec::with_capacity(sources.len());
    for s in sources {
        let text = match (s.kind.as_str(), &s.text) {
            (_, Some(text)) => text.as_str(),
            ("official", None) => OFFICIAL_PACK,
            ("training", None) => TRAINING_PACK,
            (_, None) => return Err(format!("layer {} has no text", s.id)),
        };
        let pack = Pack::parse(&s.id, text).map_err(|e| e.to_string())?;
        if pack.text_hash() != s.sha256 {
            return Err(format!(
                "layer {} is not the one the assessment used (its text has changed)",
                s.id
            ));
        }
        packs.push(pack);
    }
    ParamSet::new(packs).map_err(|e| e.to_string())
}

/// A gazette-constraint warning as a sentence.
#[must_use]
pub fn warning_text(lang: Lang, w: &PackWarning) -> String {
    let mut args = FluentArgs::new();
    args.set("clause", w.clause);
    args.set("area", tr(lang, &format!("code-{}", w.area)));
    args.set("date", w.date.to_string());
    args.set("actual", w.actual.to_string());
    args.set("limit", w.limit.to_string());
    args.set(
        "param",
        w.param.map_or_else(String::new, |k| match lang {
            Lang::Zh => k.description_zh().to_owned(),
            Lang::En => k.description_en().to_owned(),
        }),
    );
    tr_args(lang, w.key, Some(&args))
}

/// The income test.
#[derive(Debug, Clone, Serialize)]
pub struct IncomeView {
    /// Counted household income per month (with undecided disregards applied).
    pub counted_low: Decimal,
    /// Counted household income per month (without them).
    pub counted_high: Decimal,
    /// Per-capita counted income, low.
    pub per_capita_low: Decimal,
    /// Per-capita counted income, high.
    pub per_capita_high: Decimal,
    /// Members counted.
    pub members: usize,
    /// The test item by item: each income, each disregard, counted income and income per head.
    pub steps: Vec<Bilingual>,
}

/// A notice.
#[derive(Debug, Clone, Serialize)]
pub struct NoticeView {
    /// The notice.
    pub notice: Notice,
    /// Its text.
    pub text: Bilingual,
}

/// Totals of exact cash amounts.
#[derive(Debug, Clone, Copy, Serialize)]
pub struct Totals {
    /// Monthly cash.
    pub monthly: Decimal,
    /// Yearly cash (12 × monthly + yearly and school-year amounts).
    pub yearly: Decimal,
    /// One-off cash.
    pub once: Decimal,
    /// Rules of the catalogue not assessed because their document is not in force on the date
    /// (lapsed, repealed or not yet issued): the totals leave them out, and say so.
    pub not_assessed: usize,
}

/// Builds the full view of a determination.
#[must_use]
pub fn view(d: &Determination, h: &Household, set: &ParamSet) -> DeterminationView {
    let resolved = set.resolve(d.date, h.hukou_area);
    // The rules' texts are independent: built on all cores (one view is some 150 rules' reasons
    // in two languages).
    let results = d
        .results
        .par_iter()
        .enumerate()
        .map(|(i, r)| {
            let index = u16::try_from(i).unwrap_or(u16::MAX);
            result_view(d, h, index, r, set, &resolved)
        })
        .collect();
    let (lo, hi) = d.income.per_capita();
    let top = set.layers().last();
    DeterminationView {
        id: determination_id(h, d.date, set),
        date: d.date,
        engine_version: ENGINE_VERSION,
        parameter_set: ParamSetView {
            layers: set.layers().iter().map(|l| l.header.id.clone()).collect(),
            name: top.map_or_else(
                || Bilingual::of(|_| String::new()),
                |l| Bilingual {
                    zh: l.header.name_zh.clone(),
                    en: l.header.name_en.clone(),
                },
            ),
            hash: set.hash().to_owned(),
            official: set.is_official(),
            sources: layer_sources(set),
        },
        household: h.clone(),
        income: IncomeView {
            counted_low: round(d.income.low),
            counted_high: round(d.income.high),
            per_capita_low: round(lo),
            per_capita_high: round(hi),
            members: d.income.size,
            steps: {
                let (zh, en) = (
                    arithmetic::income_lines(Lang::Zh, h, d),
                    arithmetic::income_lines(Lang::En, h, d),
                );
                zh.into_iter()
                    .zip(en)
                    .map(|(zh, en)| Bilingual { zh, en })
                    .collect()
            },
        },
        screening: d
            .screening
            .iter()
            .map(|s| arithmetic::ScreeningView {
                screening: *s,
                text: Bilingual::of(|l| arithmetic::screening_text(l, *s)),
            })
            .collect(),
        notices: d
            .notices
            .iter()
            .map(|n| NoticeView {
                notice: *n,
                text: Bilingual::of(|l| {
                    let text = notice_text(l, *n);
                    // A continuation names the notice that continues the document.
                    match n {
                        Notice::DocumentContinued { doc, .. } => {
                            let mut args = FluentArgs::new();
                            args.set(
                                "notice",
                                set.document(*doc).continued_by.clone().unwrap_or_default(),
                            );
                            format!("{text} {}", tr_args(l, "continued-by", Some(&args)))
                        }
                        _ => text,
                    }
                }),
            })
            .collect(),
        warnings: h
            .hukou_area
            .map(|area| set.warnings_on(d.date, area))
            .unwrap_or_default()
            .into_iter()
            .map(|w| WarningView {
                text: Bilingual::of(|l| warning_text(l, &w)),
                warning: w,
            })
            .collect(),
        results,
        totals: Totals {
            not_assessed: rules_not_in_force(set, d.date),
            ..totals(d)
        },
    }
}

/// The rules of the catalogue the engine leaves out on `date` because their document is not in
/// force then (a rule switched off by a version choice is not counted: its other version is).
fn rules_not_in_force(set: &ParamSet, date: NaiveDate) -> usize {
    crate::policy::all_rules()
        .filter(|m| !set.in_force(m.doc, date) && !set.rule_off(m.id))
        .count()
}

/// The cash totals as one sentence: a household granted nothing reads 0, not silence; totals that
/// leave out rules whose document is not in force on the date say how many, so that 0 is not read
/// as "nothing is due under the law".
#[must_use]
pub fn totals_text(lang: Lang, t: &Totals) -> String {
    let mut args = FluentArgs::new();
    args.set("monthly", t.monthly.to_string());
    args.set("yearly", t.yearly.to_string());
    args.set("once", t.once.to_string());
    args.set("count", t.not_assessed);
    let key = if t.not_assessed > 0 {
        "cli-totals-partial"
    } else {
        "cli-totals"
    };
    tr_args(lang, key, Some(&args))
}

fn round(v: Decimal) -> Decimal {
    crate::engine::round_fen(v)
}

/// Totals of exact cash amounts over eligible results.
#[must_use]
pub fn totals(d: &Determination) -> Totals {
    let mut t = Totals {
        monthly: Decimal::ZERO,
        yearly: Decimal::ZERO,
        once: Decimal::ZERO,
        not_assessed: 0,
    };
    for r in &d.results {
        if r.outcome != Outcome::Eligible || r.form != Form::Cash {
            continue;
        }
        let Some(a) = r.amount else { continue };
        if a.kind != AmountKind::Exact {
            continue;
        }
        match a.period {
            Period::Month => {
                t.monthly += a.value;
                t.yearly += a.value * Decimal::from(12);
            }
            Period::Year | Period::SchoolYear => t.yearly += a.value,
            Period::Once => t.once += a.value,
        }
    }
    t
}

fn result_view(
    d: &Determination,
    h: &Household,
    index: u16,
    r: &RuleResult,
    set: &ParamSet,
    resolved: &Resolved,
) -> ResultView {
    let conditions: Vec<ConditionView> = d.conditions_of(index).map(condition_view).collect();
    let missing: Vec<MissingView> = d
        .missing_of(index)
        .into_iter()
        .map(|w| MissingView {
            path: w.path(),
            label: Bilingual::of(|l| missing_label(l, w)),
        })
        .collect();
    let members = d
        .members
        .iter()
        .filter(|m| m.rule == index)
        .map(|m| MemberView {
            member: m.member,
            outcome: m.outcome,
            amount: m.amount,
            superseded_by: m.superseded_by,
            applicable: m.applicable,
        })
        .collect::<Vec<_>>();
    let params = resolve_params(d, index, set, resolved);
    let reason = Bilingual::of(|l| reason(l, r, &conditions, &missing, &members));
    ResultView {
        id: r.meta.id,
        name: Bilingual::of(|l| tr(l, &format!("rule-{}", r.meta.id))),
        family: r.meta.family,
        outcome: r.outcome,
        applicable: r.applicable,
        department: r.meta.department(),
        amount: r.amount,
        form: r.form,
        citation: r.meta.citation(),
        clause: r.meta.clause,
        source: format!(
            "seed {} L{}–{}",
            r.meta.seed, r.meta.lines.0, r.meta.lines.1
        ),
        reason,
        conditions,
        missing,
        members,
        superseded_by: r.superseded_by,
        parameters: params,
        calculation: arithmetic::calc_views(d, index),
        declared: arithmetic::declared_view(h, r.meta.id, r.amount, r.outcome),
        continued_by: set
            .document(r.meta.doc)
            .continued_on(d.date)
            .map(str::to_owned),
    }
}

fn resolve_params(
    d: &Determination,
    index: u16,
    set: &ParamSet,
    resolved: &Resolved,
) -> Vec<ParamView> {
    let mut out: Vec<ParamView> = Vec::new();
    for &(rule, key) in &d.params_used {
        if rule != index || out.iter().any(|p| p.key == key.name()) {
            continue;
        }
        if let Some(e) = resolved.source(key).and_then(|s| set.entry(s)) {
            out.push(ParamView {
                key: key.name(),
                value: e.value.to_string().trim_matches('"').to_owned(),
                citation: e.citation.clone(),
                official: e.official,
            });
        }
    }
    out
}

fn condition_view(c: &Condition) -> ConditionView {
    ConditionView {
        member: c.member,
        key: c.key,
        actual: c.actual,
        cmp: c.cmp,
        threshold: c.threshold,
        gap: c.gap(),
        holds: c.result,
        group: c.group,
        text: Bilingual::of(|l| condition_text(l, c)),
    }
}

/// A value as text.
#[must_use]
pub fn value_text(lang: Lang, v: Val) -> String {
    match v {
        Val::None => tr(lang, "value-unknown"),
        Val::Money(d) => format!("{} {}", round(d).normalize(), tr(lang, "unit-yuan")),
        Val::Number(d) => d.normalize().to_string(),
        Val::Age(a) => format!("{a} {}", tr(lang, "unit-years")),
        Val::Bool(b) => tr(lang, if b { "value-yes" } else { "value-no" }),
        Val::Code(c) => tr(lang, &format!("code-{c}")),
        Val::Date(d) => d.to_string(),
    }
}

fn cmp_text(c: Cmp) -> &'static str {
    match c {
        Cmp::Lt => "<",
        Cmp::Le => "≤",
        Cmp::Gt => ">",
        Cmp::Ge => "≥",
        Cmp::Eq => "=",
        Cmp::Is => "",
    }
}

/// A yes/no or coded fact stated as a sentence of what the facts are (「家庭为低保家庭」, "Member 2 is
/// not a veteran"), where the locale has one (`sentence-status`, `{key}-fact`): true whether the rule
/// requires the fact or its absence, since the verdict follows.
fn fact_sentence(lang: Lang, c: &Condition) -> Option<String> {
    let mut args = FluentArgs::new();
    let who = match c.member {
        Some(m) => {
            let mut n = FluentArgs::new();
            n.set("n", u32::from(m) + 1);
            tr_args(lang, "member-n", Some(&n))
        }
        None => tr(lang, "who-household"),
    };
    args.set("who", who);
    let key = match c.actual {
        // The household's status (status_in records its code).
        Val::Code(code @ ("dibao" | "dibian" | "none")) => {
            args.set("value", code);
            "sentence-status".to_owned()
        }
        // An area (the hukou conditions).
        Val::Code(code) => {
            args.set("area", tr(lang, &format!("code-{code}")));
            format!("{}-fact", c.key)
        }
        Val::Bool(b) => {
            args.set("value", if b { "yes" } else { "no" });
            format!("{}-fact", c.key)
        }
        _ => return None,
    };
    crate::i18n::has(lang, &key).then(|| tr_args(lang, &key, Some(&args)))
}

/// A condition as a sentence: label, value, threshold and gap, and whether it holds.
#[must_use]
pub fn condition_text(lang: Lang, c: &Condition) -> String {
    if let Some(sentence) = fact_sentence(lang, c) {
        let verdict = match c.result {
            Tri::True => "cond-holds",
            Tri::False => "cond-fails",
            Tri::Unknown => "cond-unknown",
        };
        return format!("{sentence}{}", tr(lang, verdict));
    }
    let mut s = String::new();
    if let Some(m) = c.member {
        let mut args = FluentArgs::new();
        args.set("n", u32::from(m) + 1);
        s.push_str(&tr_args(lang, "member-n", Some(&args)));
        s.push_str(": ");
    }
    s.push_str(&tr(lang, c.key));
    // A fact whose absence decides (a register without an entry) reads as not recorded, not
    // unknown; a statement without a value (a local standard not set) is only its label.
    match (c.actual, c.result) {
        (Val::None, Tri::False) => {
            s.push_str(&tr(lang, "sep-colon"));
            s.push_str(&tr(lang, "value-not-recorded"));
        }
        (Val::None, Tri::True) => {}
        (v, _) => {
            s.push_str(&tr(lang, "sep-colon"));
            s.push_str(&value_text(lang, v));
        }
    }
    if c.threshold != Val::None {
        let mut args = FluentArgs::new();
        args.set("cmp", cmp_text(c.cmp));
        args.set("threshold", value_text(lang, c.threshold));
        s.push_str(&tr_args(lang, "cond-threshold", Some(&args)));
        if let Some(gap) = c.gap()
            && c.result == Tri::False
            && !gap.is_zero()
        {
            let mut args = FluentArgs::new();
            // Money to the fen; ratios and other numbers to four places (0.15 − 0.1467).
            let gap = match c.actual {
                Val::Number(_) => gap.abs().round_dp(4),
                _ => round(gap.abs()),
            };
            args.set("gap", gap.normalize().to_string());
            s.push_str(&tr_args(lang, "cond-gap", Some(&args)));
        }
    }
    let verdict = match c.result {
        Tri::True => "cond-holds",
        Tri::False => "cond-fails",
        Tri::Unknown => "cond-unknown",
    };
    s.push_str(&tr(lang, verdict));
    s
}

/// A missing fact or parameter as a label.
#[must_use]
pub fn missing_label(lang: Lang, w: MissingWhat) -> String {
    match w {
        MissingWhat::Household { field } => tr(lang, &fact_key(field)),
        MissingWhat::Member { member, field } => {
            let mut args = FluentArgs::new();
            args.set("n", u32::from(member) + 1);
            format!(
                "{}: {}",
                tr_args(lang, "member-n", Some(&args)),
                tr(lang, &fact_key(field))
            )
        }
        MissingWhat::Param { key } => {
            let mut args = FluentArgs::new();
            args.set(
                "name",
                match lang {
                    Lang::Zh => key.description_zh(),
                    Lang::En => key.description_en(),
                },
            );
            args.set("key", key.name());
            tr_args(lang, "missing-param", Some(&args))
        }
    }
}

/// Message key of a fact path: `housing.rent_monthly` → `fact-housing-rent_monthly`.
#[must_use]
pub fn fact_key(field: &str) -> String {
    format!("fact-{}", field.replace('.', "-"))
}

/// An amount as text.
#[must_use]
pub fn amount_text(lang: Lang, a: Amount) -> String {
    let period = match a.period {
        Period::Month => "period-month",
        Period::Year => "period-year",
        Period::SchoolYear => "period-school-year",
        Period::Once => "period-once",
    };
    let mut args = FluentArgs::new();
    args.set("value", a.value.to_string());
    args.set("period", tr(lang, period));
    let key = match a.kind {
        AmountKind::Exact => "amount-exact",
        AmountKind::AtMost => "amount-at-most",
        AmountKind::AtLeast => "amount-at-least",
    };
    tr_args(lang, key, Some(&args))
}

fn reason(
    lang: Lang,
    r: &RuleResult,
    conditions: &[ConditionView],
    missing: &[MissingView],
    members: &[MemberView],
) -> String {
    let mut s = String::new();
    match r.outcome {
        Outcome::Eligible => {
            s.push_str(&tr(lang, "reason-eligible"));
            if let Some(a) = r.amount {
                s.push_str(&amount_text(lang, a));
            }
            // The measured conditions that held: what the amount or eligibility rests on.
            let held: Vec<&str> = conditions
                .iter()
                .filter(|c| c.holds == Tri::True && c.threshold != Val::None)
                .take(3)
                .map(|c| c.text.get(lang))
                .collect();
            if !held.is_empty() {
                // After an amount, a list separator; straight after 「符合条件。」, none.
                if r.amount.is_some() {
                    s.push_str(&tr(lang, "sep-list"));
                } else if lang == Lang::En {
                    s.push(' ');
                }
                s.push_str(&held.join(tr(lang, "sep-list").as_str()));
            }
        }
        Outcome::Refer => {
            let specific = format!("refer-{}", r.meta.id);
            let key = if crate::i18n::has(lang, &specific) {
                specific
            } else {
                "reason-refer".to_owned()
            };
            s.push_str(&tr(lang, &key));
            if let Some(a) = r.amount {
                s.push_str(&amount_text(lang, a));
            }
        }
        Outcome::Undetermined => {
            s.push_str(&tr(lang, "reason-undetermined"));
            let list: Vec<&str> = missing.iter().map(|m| m.label.get(lang)).collect();
            s.push_str(&list.join(tr(lang, "sep-list").as_str()));
        }
        Outcome::Ineligible => {
            if let Some(by) = r.superseded_by {
                let mut args = FluentArgs::new();
                args.set("rule", by);
                args.set("name", tr(lang, &format!("rule-{by}")));
                s.push_str(&tr_args(lang, "reason-superseded", Some(&args)));
            } else {
                s.push_str(&tr(lang, "reason-ineligible"));
                let failing = |c: &&ConditionView| c.holds == Tri::False;
                // Within the target group, the conditions that failed for the members it concerns:
                // a near miss names what is short, not that the children are not 60.
                let outside = |c: &&ConditionView| {
                    c.member
                        .is_some_and(|k| members.iter().any(|m| m.member == k && !m.applicable))
                };
                let mut shown: Vec<&ConditionView> = conditions
                    .iter()
                    .filter(failing)
                    .filter(|c| !r.applicable || (!c.group && !outside(c)))
                    .collect();
                if shown.is_empty() {
                    shown = conditions
                        .iter()
                        .filter(failing)
                        .filter(|c| !outside(c) || !r.applicable)
                        .collect();
                }
                s.push_str(&merged(lang, &shown).join(tr(lang, "sep-list").as_str()));
            }
        }
    }
    s
}

/// Condition sentences with the members that share one merged: 「成员1、成员3: 本年度有医疗费用：否 —
/// 不符合」 instead of one sentence per member.
fn merged(lang: Lang, conditions: &[&ConditionView]) -> Vec<String> {
    // (sentence without the member, members) in order of first appearance.
    let mut out: Vec<(String, Vec<u16>)> = Vec::new();
    for c in conditions {
        let bare = Condition {
            rule: 0,
            member: None,
            key: c.key,
            actual: c.actual,
            cmp: c.cmp,
            threshold: c.threshold,
            result: c.holds,
            group: c.group,
        };
        // A sentence that names its subject (「成员2不是退役军人」) stays one per member.
        if c.member.is_some() && fact_sentence(lang, &bare).is_some() {
            out.push((c.text.get(lang).to_owned(), Vec::new()));
            continue;
        }
        let bare = condition_text(lang, &bare);
        match (
            c.member,
            out.iter_mut().find(|(t, m)| *t == bare && !m.is_empty()),
        ) {
            (Some(m), Some((_, members))) => members.push(m),
            (member, _) => out.push((bare, member.into_iter().collect())),
        }
    }
    out.into_iter()
        .map(|(text, members)| {
            if members.is_empty() {
                return text;
            }
            let names: Vec<String> = members
                .iter()
                .map(|m| {
                    let mut args = FluentArgs::new();
                    args.set("n", u32::from(*m) + 1);
                    tr_args(lang, "member-n", Some(&args))
                })
                .collect();
            format!("{}: {text}", names.join(tr(lang, "sep-enum").as_str()))
        })
        .collect()
}

/// Message key of an outcome (`outcome-eligible`…).
#[must_use]
pub fn outcome_key(o: Outcome) -> &'static str {
    match o {
        Outcome::Eligible => "outcome-eligible",
        Outcome::Ineligible => "outcome-ineligible",
        Outcome::Undetermined => "outcome-undetermined",
        Outcome::Refer => "outcome-refer",
    }
}

/// A notice as text.
#[must_use]
pub fn notice_text(lang: Lang, n: Notice) -> String {
    let mut args = FluentArgs::new();
    match n {
        Notice::DocumentNotInForce {
            doc,
            valid_from,
            valid_to,
            repealed,
        } => {
            args.set("doc", doc.number());
            args.set("from", valid_from.to_string());
            args.set("to", valid_to.map_or_else(String::new, |d| d.to_string()));
            let key = if repealed {
                "notice-repealed"
            } else {
                "notice-not-in-force"
            };
            tr_args(lang, key, Some(&args))
        }
        Notice::DocumentNotYetInForce { doc, valid_from } => {
            args.set("doc", doc.number());
            args.set("from", valid_from.to_string());
            tr_args(lang, "notice-not-yet-in-force", Some(&args))
        }
        Notice::DocumentContinued { doc, valid_to } => {
            args.set("doc", doc.number());
            args.set("to", valid_to.map_or_else(String::new, |d| d.to_string()));
            let key = if valid_to.is_some() {
                "notice-continued"
            } else {
                "notice-continued-without-end"
            };
            tr_args(lang, key, Some(&args))
        }
        Notice::PolicyExpired { doc, .. } => {
            args.set("doc", doc.number());
            tr_args(lang, "notice-expired", Some(&args))
        }
        Notice::ExampleParameters => tr(lang, "notice-example-params"),
        Notice::RuleVersion { benefit, doc } => {
            let name = versioned_benefit(benefit).map_or_else(String::new, |b| tr(lang, b.key));
            args.set("benefit", name);
            args.set("doc", doc.number());
            tr_args(lang, "notice-rule-version", Some(&args))
        }
    }
}

/// The documents in force on `date` that have lapsed (or were repealed) by `today`, with their last
/// day: an assessment on `date` printed `today` is historical for these and must say so.
#[must_use]
pub fn lapsed_since(set: &ParamSet, date: NaiveDate, today: NaiveDate) -> Vec<(String, NaiveDate)> {
    set.documents()
        .iter()
        .filter(|p| p.in_force(date) && p.lapsed_on(today))
        .filter_map(|p| p.valid_to.map(|to| (p.doc.number().to_owned(), to)))
        .collect()
}
