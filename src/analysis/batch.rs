//! Caseload impact: many households under several parameter sets, in parallel on all cores, with
//! per scenario the cost per month and year, the households eligible for each benefit, and by area;
//! and per scenario against the first, the households gaining or losing each benefit. Also a
//! synthetic caseload generator for demonstrations.

use std::collections::BTreeMap;

use chrono::NaiveDate;
use rand::rngs::StdRng;
use rand::{Rng, SeedableRng};
use rayon::prelude::*;
use rust_decimal::Decimal;
use serde::Serialize;

use super::sweep::pays_cash;
use crate::engine::{Assessor, Period, TraceMode};
use crate::household::{
    Area, Household, HouseholdStatus, IncomeItem, IncomeKind, IncomePeriod, LeftOut, Member,
    Relationship,
};
use crate::policy::{ParamSet, Resolved};

/// Totals of one scenario.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct ScenarioTotals {
    /// Scenario label.
    pub label: String,
    /// Households assessed.
    pub households: usize,
    /// Households that fail validation on the date (not counted elsewhere).
    pub invalid: usize,
    /// Cash per month (monthly amounts).
    pub monthly: Decimal,
    /// Cash per year (12 × monthly plus yearly amounts).
    pub yearly: Decimal,
    /// One-off cash.
    pub once: Decimal,
    /// Households receiving cash from each rule.
    pub eligible: BTreeMap<&'static str, usize>,
    /// Cash per year by hukou area code (`unknown` for none).
    pub yearly_by_area: BTreeMap<&'static str, Decimal>,
    /// Households gaining each rule against the first scenario.
    pub gains: BTreeMap<&'static str, usize>,
    /// Households losing each rule against the first scenario.
    pub losses: BTreeMap<&'static str, usize>,
}

/// The result of a batch.
#[derive(Debug, Clone, Serialize)]
pub struct BatchSummary {
    /// Assessment date.
    pub date: NaiveDate,
    /// One entry per scenario, the first being the baseline.
    pub scenarios: Vec<ScenarioTotals>,
    /// Households of the file that could not be read (not assessed).
    pub left_out: usize,
    /// The first of them, with where they are and why.
    pub left_out_named: Vec<LeftOut>,
}

/// Parameters resolved once per scenario and area (`Area::ALL`, then unknown area).
fn resolve_all(date: NaiveDate, sets: &[(&str, &ParamSet)]) -> Vec<Vec<Resolved>> {
    sets.iter()
        .map(|(_, set)| {
            Area::ALL
                .iter()
                .map(|a| set.resolve(date, Some(*a)))
                .chain(std::iter::once(set.resolve(date, None)))
                .collect()
        })
        .collect()
}

fn area_index(h: &Household) -> usize {
    h.hukou_area
        .and_then(|a| Area::ALL.iter().position(|b| *b == a))
        .unwrap_or(Area::ALL.len())
}

impl BatchSummary {
    /// The summary as a table: one row per scenario and figure (`households`, `monthly`, `yearly`,
    /// `once`, `eligible`/`gains`/`losses` per rule, `yearly_by_area` per area), with the difference
    /// against the first scenario where the figure is money or a count; then the households of the
    /// file left out (`left_out`).
    #[must_use]
    pub fn rows(&self) -> Vec<SummaryRow> {
        let mut rows = Vec::new();
        let base = self.scenarios.first();
        for s in &self.scenarios {
            let mut row =
                |measure: &'static str, key: &str, value: Decimal, base_value: Option<Decimal>| {
                    rows.push(SummaryRow {
                        scenario: s.label.clone(),
                        measure,
                        key: key.to_owned(),
                        value,
                        difference: base_value.map(|b| value - b),
                    });
                };
            let count = |n: usize| Decimal::from(n);
            row(
                "households",
                "",
                count(s.households),
                base.map(|b| count(b.households)),
            );
            row(
                "invalid",
                "",
                count(s.invalid),
                base.map(|b| count(b.invalid)),
            );
            row("monthly", "", s.monthly, base.map(|b| b.monthly));
            row("yearly", "", s.yearly, base.map(|b| b.yearly));
            row("once", "", s.once, base.map(|b| b.once));
            for (k, v) in &s.eligible {
                let b = base.map(|b| count(b.eligible.get(k).copied().unwrap_or(0)));
                row("eligible", k, count(*v), b);
            }
            for (k, v) in &s.gains {
                row("gains", k, count(*v), None);
            }
            for (k, v) in &s.losses {
                row("losses", k, count(*v), None);
            }
            for (k, v) in &s.yearly_by_area {
                let b = base.map(|b| b.yearly_by_area.get(k).copied().unwrap_or_default());
                row("yearly_by_area", k, *v, b);
            }
        }
        // Households of the file that could not be read: for every scenario alike.
        rows.push(SummaryRow {
            scenario: String::new(),
            measure: "left_out",
            key: String::new(),
            value: Decimal::from(self.left_out),
            difference: None,
        });
        rows
    }

    /// The summary as a CSV table for a spreadsheet: the [`BatchSummary::rows`].
    #[must_use]
    pub fn to_csv(&self) -> String {
        let mut w = csv::Writer::from_writer(Vec::new());
        // Writing to memory cannot fail.
        let _ = w.write_record(["scenario", "measure", "key", "value", "difference"]);
        for r in self.rows() {
            let _ = w.write_record([
                r.scenario,
                r.measure.to_owned(),
                r.key,
                r.value.to_string(),
                r.difference.map_or_else(String::new, |d| d.to_string()),
            ]);
        }
        w.into_inner()
            .map(|bytes| String::from_utf8_lossy(&bytes).into_owned())
            .unwrap_or_default()
    }
}

/// One figure of a [`BatchSummary`].
#[derive(Debug, Clone, PartialEq)]
pub struct SummaryRow {
    /// The scenario's label (empty for the file's left-out count).
    pub scenario: String,
    /// What is counted or summed: `households`, `monthly`, `eligible`…
    pub measure: &'static str,
    /// The rule or area, where the measure has one.
    pub key: String,
    /// The figure.
    pub value: Decimal,
    /// Against the first scenario, where that is meaningful.
    pub difference: Option<Decimal>,
}

/// One scenario's running totals inside a worker: counters by position in the results (the rules in
/// force are the same for every household on one date, so a rule keeps its position) and by area
/// index, turned into [`ScenarioTotals`] once at the end.
#[derive(Clone)]
struct Acc {
    households: usize,
    invalid: usize,
    monthly: Decimal,
    yearly: Decimal,
    once: Decimal,
    /// Rule id at each position, taken from the first determination.
    ids: Vec<&'static str>,
    eligible: Vec<usize>,
    gains: Vec<usize>,
    losses: Vec<usize>,
    yearly_by_area: Vec<Decimal>,
}

impl Acc {
    fn new() -> Acc {
        Acc {
            households: 0,
            invalid: 0,
            monthly: Decimal::ZERO,
            yearly: Decimal::ZERO,
            once: Decimal::ZERO,
            ids: Vec::new(),
            eligible: Vec::new(),
            gains: Vec::new(),
            losses: Vec::new(),
            yearly_by_area: vec![Decimal::ZERO; Area::ALL.len() + 1],
        }
    }

    fn merge(mut self, other: Acc) -> Acc {
        self.households += other.households;
        self.invalid += other.invalid;
        self.monthly += other.monthly;
        self.yearly += other.yearly;
        self.once += other.once;
        if self.ids.is_empty() {
            self.ids = other.ids;
        }
        for (mine, theirs) in [
            (&mut self.eligible, other.eligible),
            (&mut self.gains, other.gains),
            (&mut self.losses, other.losses),
        ] {
            if mine.len() < theirs.len() {
                mine.resize(theirs.len(), 0);
            }
            for (m, t) in mine.iter_mut().zip(theirs) {
                *m += t;
            }
        }
        for (m, t) in self.yearly_by_area.iter_mut().zip(other.yearly_by_area) {
            *m += t;
        }
        self
    }

    fn into_totals(self, label: &str) -> ScenarioTotals {
        let by_rule = |counts: &[usize]| -> BTreeMap<&'static str, usize> {
            self.ids
                .iter()
                .zip(counts)
                .filter(|(_, n)| **n > 0)
                .map(|(id, n)| (*id, *n))
                .collect()
        };
        ScenarioTotals {
            label: label.to_owned(),
            households: self.households,
            invalid: self.invalid,
            monthly: self.monthly,
            yearly: self.yearly,
            once: self.once,
            eligible: by_rule(&self.eligible),
            gains: by_rule(&self.gains),
            losses: by_rule(&self.losses),
            yearly_by_area: self
                .yearly_by_area
                .iter()
                .enumerate()
                .filter(|(_, v)| !v.is_zero())
                .map(|(i, v)| (Area::ALL.get(i).map_or("unknown", |a| a.code()), *v))
                .collect(),
        }
    }
}

/// One household's result under each scenario, for the per-household table.
#[derive(Debug, Clone, Serialize)]
pub struct HouseholdRow {
    /// The household's reference, if any.
    pub reference: Option<String>,
    /// Hukou area code (`unknown` for none).
    pub area: &'static str,
    /// Members.
    pub members: usize,
    /// Per scenario; `None` where the household fails validation on the date.
    pub scenarios: Vec<Option<HouseholdCash>>,
}

/// The cash one household receives under one scenario.
#[derive(Debug, Clone, Default, Serialize)]
pub struct HouseholdCash {
    /// Per month (monthly amounts).
    pub monthly: Decimal,
    /// Per year (12 × monthly plus yearly amounts).
    pub yearly: Decimal,
    /// Once.
    pub once: Decimal,
    /// The rules that pay it cash.
    pub rules: Vec<&'static str>,
}

/// A batch being run: households are added chunk by chunk (each chunk on all cores) and folded into
/// per-scenario totals, so that a caseload of any size runs in the memory of one chunk.
pub struct Batch<'a> {
    date: NaiveDate,
    sets: &'a [(&'a str, &'a ParamSet)],
    /// Parameters resolved once per scenario and area.
    resolved: Vec<Vec<Resolved>>,
    acc: Vec<Acc>,
    left_out: Vec<LeftOut>,
    left_out_count: usize,
}

/// How many left-out households the summary names (the count covers all).
const LEFT_OUT_NAMED: usize = 100;

impl<'a> Batch<'a> {
    /// A batch on `date` under `sets`, the first being the baseline.
    #[must_use]
    pub fn new(date: NaiveDate, sets: &'a [(&'a str, &'a ParamSet)]) -> Batch<'a> {
        Batch {
            date,
            sets,
            resolved: resolve_all(date, sets),
            acc: vec![Acc::new(); sets.len()],
            left_out: Vec::new(),
            left_out_count: 0,
        }
    }

    /// Assesses a chunk of households under every scenario (trace off) on all cores; with `rows`,
    /// returns each household's result, in order.
    pub fn add(&mut self, chunk: &[Household], rows: bool) -> Vec<HouseholdRow> {
        let (sets, resolved, date) = (self.sets, &self.resolved, self.date);
        let parts: Vec<(Vec<Acc>, Vec<HouseholdRow>)> = chunk
            .par_chunks(1024)
            .map(|part| assess_part(part, date, sets, resolved, rows))
            .collect();
        let mut out = Vec::new();
        for (acc, r) in parts {
            let mine = std::mem::take(&mut self.acc);
            self.acc = mine.into_iter().zip(acc).map(|(x, y)| x.merge(y)).collect();
            out.extend(r);
        }
        out
    }

    /// Records a household of the file that could not be read.
    pub fn leave_out(&mut self, l: LeftOut) {
        self.left_out_count += 1;
        if self.left_out.len() < LEFT_OUT_NAMED {
            self.left_out.push(l);
        }
    }

    /// The summary.
    #[must_use]
    pub fn finish(self) -> BatchSummary {
        let scenarios = self
            .acc
            .into_iter()
            .zip(self.sets)
            .map(|(acc, (label, _))| acc.into_totals(label))
            .collect();
        BatchSummary {
            date: self.date,
            scenarios,
            left_out: self.left_out_count,
            left_out_named: self.left_out,
        }
    }
}

/// Assesses one part of a chunk on one core.
fn assess_part(
    part: &[Household],
    date: NaiveDate,
    sets: &[(&str, &ParamSet)],
    resolved: &[Vec<Resolved>],
    rows: bool,
) -> (Vec<Acc>, Vec<HouseholdRow>) {
    let mut acc = vec![Acc::new(); sets.len()];
    let mut assessors: Vec<Assessor> = sets
        .iter()
        .map(|(_, set)| Assessor::new(set, date, TraceMode::Off))
        .collect();
    let mut out = Vec::new();
    // Which rules pay cash to the household, by position, under the baseline and now.
    let mut base_paid: Vec<bool> = Vec::new();
    let mut paid: Vec<bool> = Vec::new();
    for h in part {
        let area = area_index(h);
        let mut row = rows.then(|| HouseholdRow {
            reference: h.reference.clone(),
            area: h.hukou_area.map_or("unknown", |a| a.code()),
            members: h.members.len(),
            scenarios: Vec::with_capacity(sets.len()),
        });
        for (s, assessor) in assessors.iter_mut().enumerate() {
            let t = &mut acc[s];
            t.households += 1;
            let Ok(d) = assessor.run(h, &resolved[s][area]) else {
                t.invalid += 1;
                if s == 0 {
                    base_paid.clear();
                }
                if let Some(r) = &mut row {
                    r.scenarios.push(None);
                }
                continue;
            };
            if t.ids.is_empty() {
                t.ids = d.results.iter().map(|r| r.meta.id).collect();
                for v in [&mut t.eligible, &mut t.gains, &mut t.losses] {
                    v.resize(t.ids.len(), 0);
                }
            }
            paid.clear();
            paid.resize(d.results.len(), false);
            let mut cash = HouseholdCash::default();
            for (i, r) in d.results.iter().enumerate() {
                let Some(a) = r.amount else { continue };
                if !pays_cash(r.outcome, r.form, a.kind, r.superseded_by.is_some()) {
                    continue;
                }
                paid[i] = true;
                t.eligible[i] += 1;
                if row.is_some() {
                    cash.rules.push(r.meta.id);
                }
                match a.period {
                    Period::Month => {
                        cash.monthly += a.value;
                        cash.yearly += a.value * Decimal::from(12);
                    }
                    Period::Year | Period::SchoolYear => cash.yearly += a.value,
                    Period::Once => cash.once += a.value,
                }
            }
            t.monthly += cash.monthly;
            t.yearly += cash.yearly;
            t.once += cash.once;
            t.yearly_by_area[area] += cash.yearly;
            if s == 0 {
                base_paid.clone_from(&paid);
            } else if base_paid.len() == paid.len() {
                for (i, (now, before)) in paid.iter().zip(&base_paid).enumerate() {
                    match (now, before) {
                        (true, false) => t.gains[i] += 1,
                        (false, true) => t.losses[i] += 1,
                        _ => {}
                    }
                }
            }
            if let Some(r) = &mut row {
                r.scenarios.push(Some(cash));
            }
        }
        out.extend(row);
    }
    (acc, out)
}

/// Assesses every household under every scenario (trace off) on all cores. `progress` is called
/// with the number of households done so far.
#[must_use]
pub fn run_batch(
    households: &[Household],
    date: NaiveDate,
    sets: &[(&str, &ParamSet)],
    progress: &(dyn Fn(usize) + Sync),
) -> BatchSummary {
    let mut batch = Batch::new(date, sets);
    let mut done = 0;
    for chunk in households.chunks(CHUNK) {
        batch.add(chunk, false);
        done += chunk.len();
        progress(done);
    }
    batch.finish()
}

/// Households per chunk: enough to keep every core busy, small enough to stay in cache-sized memory.
pub const CHUNK: usize = 16 * 1024;

/// Approximate shares of Wenzhou's registered population by county-level area, for the synthetic
/// caseload (rounded, illustrative: not official statistics).
const AREA_WEIGHTS: [(Area, u32); 14] = [
    (Area::ShiBenJi, 1),
    (Area::Lucheng, 14),
    (Area::Longwan, 8),
    (Area::Ouhai, 10),
    (Area::Dongtou, 2),
    (Area::CityFunctionalZone, 2),
    (Area::Ruian, 15),
    (Area::Yueqing, 14),
    (Area::Longgang, 5),
    (Area::Yongjia, 9),
    (Area::Pingyang, 9),
    (Area::Cangnan, 8),
    (Area::Wencheng, 2),
    (Area::Taishun, 1),
];

/// A synthetic caseload of `n` assistance households, deterministic for a seed: areas weighted by
/// population; 低保 55 %, 低边 30 %, neither 15 %; one to five members of mixed ages; about one in
/// eight with a disability certificate; wages for some working-age members. Illustrative
/// proportions for demonstrations, not statistics.
#[must_use]
pub fn synthetic_caseload(n: usize, seed: u64) -> Vec<Household> {
    let mut rng = StdRng::seed_from_u64(seed);
    let total: u32 = AREA_WEIGHTS.iter().map(|(_, w)| w).sum();
    let job_start = NaiveDate::from_ymd_opt(2015, 3, 1);
    (0..n)
        .map(|_| {
            let mut pick = rng.gen_range(0..total);
            let area = AREA_WEIGHTS
                .iter()
                .find(|(_, w)| {
                    if pick < *w {
                        true
                    } else {
                        pick -= w;
                        false
                    }
                })
                .map_or(Area::Lucheng, |(a, _)| *a);
            let status = match rng.gen_range(0..100) {
                0..55 => HouseholdStatus::Dibao,
                55..85 => HouseholdStatus::Dibian,
                _ => HouseholdStatus::None,
            };
            let size: u32 = rng.gen_range(1..=5);
            let head_age: i32 = rng.gen_range(25..=90);
            let members = (0..size)
                .map(|k| {
                    // Applicant, a spouse of similar age, then children at least 18 years younger.
                    let (relationship, age) = match k {
                        0 => (Relationship::Applicant, head_age),
                        1 => (
                            Relationship::Spouse,
                            (head_age + rng.gen_range(-5..=5)).max(20),
                        ),
                        _ => (
                            Relationship::Child,
                            rng.gen_range(0..=(head_age - 18).max(0)),
                        ),
                    };
                    let disabled = rng.gen_range(0..8) == 0;
                    let working = (18..60).contains(&age) && rng.gen_bool(0.5);
                    Member {
                        relationship: Some(relationship),
                        birth_date: NaiveDate::from_ymd_opt(2025 - age, 1 + (k % 12), 1),
                        disabled: Some(disabled),
                        disability_grade: disabled.then(|| rng.gen_range(1..=4)),
                        veteran: Some(false),
                        incomes: if working {
                            vec![IncomeItem {
                                kind: IncomeKind::Wages,
                                amount: Decimal::from(rng.gen_range(0..40) * 100),
                                period: IncomePeriod::Month,
                                job_start,
                                first_job_since_recognition: Some(false),
                                received_on: None,
                            }]
                        } else {
                            Vec::new()
                        },
                        ..Member::default()
                    }
                })
                .collect();
            Household {
                hukou_area: Some(area),
                status: Some(status),
                members,
                ..Household::default()
            }
        })
        .collect()
}
