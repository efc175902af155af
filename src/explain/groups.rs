//! What concerns this household, in the four groups that the window, the command line and the
//! notice all show the same way: benefits granted; items to check (facts missing, or the officer or
//! a department decides); near misses (the household is in the rule's target group but a condition
//! fails); and the rules that do not apply, counted on one line and listed only on request.

use serde::Serialize;

use super::{DeterminationView, ResultView};
use crate::engine::Outcome;

/// The group a result is shown in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Group {
    /// Eligible: the amount, its period and the clause.
    Granted,
    /// Undetermined (the facts to bring) or refer (who decides).
    ToCheck,
    /// In the target group, but a condition fails (or another benefit is paid instead).
    NearMiss,
    /// Outside the rule's target group (适用对象).
    NotApplicable,
}

impl Group {
    /// Message key of the group's heading (`group-granted`).
    #[must_use]
    pub fn key(self) -> &'static str {
        match self {
            Group::Granted => "group-granted",
            Group::ToCheck => "group-to-check",
            Group::NearMiss => "group-near-miss",
            Group::NotApplicable => "group-not-applicable",
        }
    }

    /// The group of one result.
    #[must_use]
    pub fn of(r: &ResultView) -> Group {
        if !r.applicable {
            return Group::NotApplicable;
        }
        match r.outcome {
            Outcome::Eligible => Group::Granted,
            Outcome::Undetermined | Outcome::Refer => Group::ToCheck,
            Outcome::Ineligible => Group::NearMiss,
        }
    }
}

/// The results of a determination by group, each in catalogue order.
#[derive(Debug, Clone, Default)]
pub struct Groups<'a> {
    /// Granted.
    pub granted: Vec<&'a ResultView>,
    /// To check.
    pub to_check: Vec<&'a ResultView>,
    /// Near misses.
    pub near_misses: Vec<&'a ResultView>,
    /// Not applicable.
    pub not_applicable: Vec<&'a ResultView>,
}

impl<'a> Groups<'a> {
    /// Sorts the results of `v` into the four groups.
    #[must_use]
    pub fn of(v: &'a DeterminationView) -> Groups<'a> {
        let mut g = Groups::default();
        for r in &v.results {
            g.get_mut(Group::of(r)).push(r);
        }
        g
    }

    /// The results of one group.
    #[must_use]
    pub fn get(&self, group: Group) -> &[&'a ResultView] {
        match group {
            Group::Granted => &self.granted,
            Group::ToCheck => &self.to_check,
            Group::NearMiss => &self.near_misses,
            Group::NotApplicable => &self.not_applicable,
        }
    }

    fn get_mut(&mut self, group: Group) -> &mut Vec<&'a ResultView> {
        match group {
            Group::Granted => &mut self.granted,
            Group::ToCheck => &mut self.to_check,
            Group::NearMiss => &mut self.near_misses,
            Group::NotApplicable => &mut self.not_applicable,
        }
    }

    /// The results that concern the household: every group but the rules that do not apply.
    pub fn relevant(&self) -> impl Iterator<Item = &'a ResultView> + '_ {
        self.granted
            .iter()
            .chain(&self.to_check)
            .chain(&self.near_misses)
            .copied()
    }
}
