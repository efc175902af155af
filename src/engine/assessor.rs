//! The assessor: the rules in force under one parameter set on one date, run household after
//! household with every list reused, so that a batch, a sweep or a comparison allocates nothing per
//! household. [`super::assess`] is one run of it with the trace on, plus the notices.

use std::sync::OnceLock;

use chrono::NaiveDate;

use super::AssessError;
use super::ctx::{Buffers, Ctx, Derived};
use super::determination::{MemberResult, RuleResult, TraceMode};
use super::stacking::apply_stacking;
use crate::household::Household;
use crate::policy::rules::{REGISTRY, RuleFn};
use crate::policy::{Doc, ParamSet, Resolved, RuleMeta, all_rules};

/// The rules the engine runs, in catalogue order, built once.
fn rules() -> &'static [(&'static RuleMeta, RuleFn)] {
    static RULES: OnceLock<Vec<(&'static RuleMeta, RuleFn)>> = OnceLock::new();
    RULES.get_or_init(|| {
        all_rules()
            .filter_map(|meta| {
                REGISTRY
                    .iter()
                    .find(|(id, _)| *id == meta.id)
                    .map(|(_, f)| (meta, *f))
            })
            .collect()
    })
}

/// Position of a rule in the engine's rule list (see [`rules`]), for tables that name rules by id.
pub(crate) fn rule_position(id: &str) -> Option<usize> {
    rules().iter().position(|(meta, _)| meta.id == id)
}

/// Runs the rules in force under one parameter set on one date.
///
/// With [`TraceMode::Off`] a run records outcomes, amounts, member results and missing facts only;
/// the lists grow to the largest household seen and are then reused.
#[derive(Debug)]
pub struct Assessor<'s> {
    set: &'s ParamSet,
    date: NaiveDate,
    trace: TraceMode,
    /// The rules in force on the date and not switched off by the set, in catalogue order.
    in_force: Vec<(&'static RuleMeta, RuleFn)>,
    /// Position in the engine's rule list → index in the results, for the stacking tables.
    slots: Vec<Option<u16>>,
    pub(crate) buf: Buffers,
    pub(crate) results: Vec<RuleResult>,
    pub(crate) derived: Derived,
}

/// What one run found: each rule's result after stacking, and the per-member results of
/// person-level rules (grouped by rule, in rule order).
#[derive(Debug, Clone, Copy)]
pub struct Outcomes<'a> {
    /// One result per rule in force, in catalogue order.
    pub results: &'a [RuleResult],
    /// Per-member results.
    pub members: &'a [MemberResult],
}

impl<'s> Assessor<'s> {
    /// An assessor for `set` on `date`: which rules are in force is settled here, once.
    #[must_use]
    pub fn new(set: &'s ParamSet, date: NaiveDate, trace: TraceMode) -> Self {
        let doc_in_force = Doc::ALL.map(|d| set.in_force(d, date));
        let mut in_force = Vec::new();
        let slots = rules()
            .iter()
            .map(|&(meta, f)| {
                if !doc_in_force[meta.doc.index()] || set.rule_off(meta.id) {
                    return None;
                }
                in_force.push((meta, f));
                u16::try_from(in_force.len() - 1).ok()
            })
            .collect();
        Assessor {
            set,
            date,
            trace,
            in_force,
            slots,
            buf: Buffers::default(),
            results: Vec::new(),
            derived: Derived::default(),
        }
    }

    /// The parameter set.
    #[must_use]
    pub fn set(&self) -> &'s ParamSet {
        self.set
    }

    /// The assessment date.
    #[must_use]
    pub fn date(&self) -> NaiveDate {
        self.date
    }

    /// Assesses `h` with `params` (resolved for the date and the household's hukou area: a batch
    /// resolves once per area, not once per household).
    ///
    /// # Errors
    /// [`AssessError::Household`] if a date in the facts lies after the assessment date or the facts
    /// are inconsistent.
    pub fn run(&mut self, h: &Household, params: &Resolved) -> Result<Outcomes<'_>, AssessError> {
        h.validate_for(Some(self.date))?;
        self.derived.fill(h, self.date, params);
        self.buf.clear();
        self.results.clear();
        let trace = self.trace == TraceMode::On;
        // Room for the usual household at once, rather than growing the lists by doubling (with
        // the trace, some 150 conditions per member).
        let rules = self.in_force.len();
        let members = h.members.len();
        self.results.reserve(rules);
        self.buf.members.reserve(rules * members);
        if trace {
            self.buf.conditions.reserve(rules * (members + 1));
            self.buf.params_used.reserve(rules);
        }
        for &(meta, f) in &self.in_force {
            let index = u16::try_from(self.results.len()).unwrap_or(u16::MAX);
            let buf = &mut self.buf;
            if buf.member_groups_used || buf.member_groups.len() != h.members.len() {
                buf.member_groups.clear();
                buf.member_groups.resize(h.members.len(), None);
                buf.member_groups_used = false;
            }
            let mut ctx = Ctx {
                h,
                date: self.date,
                p: params,
                d: &self.derived,
                trace,
                rule: index,
                buf,
                group: None,
                in_group: false,
            };
            let e = f(&mut ctx);
            let applicable = ctx.applicable();
            self.results.push(RuleResult {
                meta,
                outcome: e.outcome,
                amount: e.amount,
                form: e.form,
                superseded_by: None,
                applicable,
            });
        }
        let buf = &mut self.buf;
        apply_stacking(
            &mut self.results,
            &mut buf.members,
            &mut buf.missing,
            params,
            &self.slots,
            &mut buf.stacking,
        );
        Ok(Outcomes {
            results: &self.results,
            members: &self.buf.members,
        })
    }
}
