//! The context a rule runs in: the facts, the resolved parameters, the facts derived once for all
//! rules, and the buffers where it records its trace.

use chrono::NaiveDate;
use rust_decimal::Decimal;

use super::IncomeTest;
use super::determination::MemberResult;
use super::stacking::StackingScratch;
use super::trace::{Calc, Cmp, Condition, Missing, MissingWhat, Val};
use super::{Amount, Form, Outcome, Tri};
use crate::household::{Household, HouseholdStatus, Member};
use crate::policy::pack::area_bit;
use crate::policy::rules::income_test::income_test_into;
use crate::policy::{ParamKey, Resolved};

/// Facts derived once per assessment, before any rule runs.
#[derive(Debug, Clone, Default)]
pub struct Derived {
    /// Age (周岁) of each member on the assessment date.
    pub ages: Vec<Option<u32>>,
    /// Hukou in 市区 (6号 附则 第1点), per the pack's `shiqu_units`.
    pub in_shiqu: Tri,
    /// Hukou in Wenzhou (6号 附则 第1点: 「适用对象原则上为温州户籍」).
    pub wenzhou_hukou: Tri,
    /// The 低保/低边 income test.
    pub income: IncomeTest,
}

/// The result a rule function returns; the engine stores it with the rule's trace.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Eval {
    /// Outcome.
    pub outcome: Outcome,
    /// Amount, where the rule gives one.
    pub amount: Option<Amount>,
    /// Form of the benefit.
    pub form: Form,
}

/// Buffers shared by all rules of one assessment, so that recording allocates once, not per rule.
#[derive(Debug, Default)]
pub(crate) struct Buffers {
    pub conditions: Vec<Condition>,
    pub missing: Vec<Missing>,
    pub members: Vec<MemberResult>,
    pub params_used: Vec<(u16, ParamKey)>,
    pub calcs: Vec<Calc>,
    /// The current rule's target group per member, as declared by [`Ctx::member_group`].
    pub member_groups: Vec<Option<Tri>>,
    /// Whether the current rule declared any member's group (`member_groups` is reset only then).
    pub member_groups_used: bool,
    /// Lists the stacking step reuses.
    pub stacking: StackingScratch,
}

impl Buffers {
    /// Empties every list for the next household, keeping the memory.
    pub fn clear(&mut self) {
        self.conditions.clear();
        self.missing.clear();
        self.members.clear();
        self.params_used.clear();
        self.calcs.clear();
        self.member_groups.clear();
        self.member_groups_used = false;
    }
}

/// What a rule sees.
pub struct Ctx<'a> {
    /// The household.
    pub h: &'a Household,
    /// The assessment date.
    pub date: NaiveDate,
    /// Parameters for the date and the household's area.
    pub p: &'a Resolved,
    /// Facts derived once.
    pub d: &'a Derived,
    pub(crate) trace: bool,
    pub(crate) rule: u16,
    pub(crate) buf: &'a mut Buffers,
    /// The rule's household-level target group, as declared by [`Ctx::group`]; `None`: none declared.
    pub(crate) group: Option<Tri>,
    /// Whether the conditions being recorded belong to the target group.
    pub(crate) in_group: bool,
}

impl Ctx<'_> {
    /// Records a condition (when tracing) and returns its truth.
    pub fn check(
        &mut self,
        member: Option<usize>,
        key: &'static str,
        actual: Val,
        cmp: Cmp,
        threshold: Val,
        result: Tri,
    ) -> Tri {
        if self.trace {
            self.buf.conditions.push(Condition {
                rule: self.rule,
                member: member.and_then(|m| u16::try_from(m).ok()),
                key,
                actual,
                cmp,
                threshold,
                result,
                group: self.in_group,
            });
        }
        result
    }

    /// Records one step of the arithmetic behind an amount (when tracing): the formula's message key,
    /// its terms in order (at most four) and its result.
    pub fn calc(&mut self, member: Option<usize>, key: &'static str, terms: &[Val], result: Val) {
        if self.trace {
            let mut t = [Val::None; 4];
            for (slot, v) in t.iter_mut().zip(terms) {
                *slot = *v;
            }
            self.buf.calcs.push(Calc {
                rule: self.rule,
                member: member.and_then(|m| u16::try_from(m).ok()),
                key,
                terms: t,
                result,
            });
        }
    }

    /// Tests the rule's target group (适用对象) for the household: who the rule is for, from the
    /// clause's own words (「对低保家庭」, 「60周岁以上老年人」). Call it first. A household outside the
    /// group is *not applicable* to the rule (its result is ineligible and listed only on request);
    /// an unknown group keeps the rule applicable, so the missing fact is asked.
    pub fn group(&mut self, f: impl FnOnce(&mut Self) -> Tri) -> Tri {
        let outer = std::mem::replace(&mut self.in_group, true);
        let t = f(self);
        self.in_group = outer;
        self.group = Some(self.group.map_or(t, |g| g.and(t)));
        t
    }

    /// Tests a member's target group for a person-level rule (see [`Ctx::group`]); the member's
    /// result records whether the member is in it.
    pub fn member_group(&mut self, member: usize, f: impl FnOnce(&mut Self) -> Tri) -> Tri {
        let outer = std::mem::replace(&mut self.in_group, true);
        let t = f(self);
        self.in_group = outer;
        if let Some(g) = self.buf.member_groups.get_mut(member) {
            *g = Some(g.map_or(t, |g| g.and(t)));
            self.buf.member_groups_used = true;
        }
        t
    }

    /// Whether the rule applies to the household: its household group is not known to fail, and,
    /// where members have groups, some member is not known to be outside theirs.
    #[must_use]
    pub(crate) fn applicable(&self) -> bool {
        let household = self.group != Some(Tri::False);
        if !household || !self.buf.member_groups_used {
            return household;
        }
        // Some member is in the group or may be.
        self.buf
            .member_groups
            .iter()
            .flatten()
            .any(|g| *g != Tri::False)
    }

    /// Evaluates alternatives (「或」): when one holds, the alternatives that failed decided nothing and
    /// are dropped from the trace, so that a reason never names them.
    pub fn any_of(&mut self, f: impl FnOnce(&mut Self) -> Tri) -> Tri {
        let start = self.mark();
        let r = f(self);
        if r == Tri::True {
            self.drop_failed_since(start);
        }
        r
    }

    /// A mark in the trace, to drop the failed alternatives of a group that held (see
    /// [`Ctx::drop_failed_since`]).
    #[must_use]
    pub fn mark(&self) -> usize {
        self.buf.conditions.len()
    }

    /// Drops the failed conditions recorded since `mark`: call when a group of alternatives held.
    pub fn drop_failed_since(&mut self, mark: usize) {
        if self.trace {
            let mut i = mark;
            while i < self.buf.conditions.len() {
                if self.buf.conditions[i].result == Tri::False {
                    self.buf.conditions.remove(i);
                } else {
                    i += 1;
                }
            }
        }
    }

    /// Negates the condition just recorded (a rule that needs a fact to be absent, e.g. no housing):
    /// the trace shows the fact as it is, and the verdict of the requirement.
    pub fn negate(&mut self, t: Tri) -> Tri {
        let n = t.not();
        if self.trace
            && let Some(last) = self.buf.conditions.last_mut()
        {
            last.result = n;
        }
        n
    }

    /// A yes/no fact of the household: records it, and records it as missing if unknown.
    pub fn household_fact(
        &mut self,
        key: &'static str,
        field: &'static str,
        value: Option<bool>,
    ) -> Tri {
        if value.is_none() {
            self.miss(MissingWhat::Household { field });
        }
        let actual = value.map_or(Val::None, Val::Bool);
        self.check(None, key, actual, Cmp::Is, Val::None, Tri::from_opt(value))
    }

    /// A yes/no fact of a member: records it, and records it as missing if unknown.
    pub fn member_fact(
        &mut self,
        member: usize,
        key: &'static str,
        field: &'static str,
        value: Option<bool>,
    ) -> Tri {
        if value.is_none() {
            self.miss_member(member, field);
        }
        let actual = value.map_or(Val::None, Val::Bool);
        self.check(
            Some(member),
            key,
            actual,
            Cmp::Is,
            Val::None,
            Tri::from_opt(value),
        )
    }

    /// The household's 低保/低边 status as a test: is it one of `wanted`?
    pub fn status_in(&mut self, key: &'static str, wanted: &[HouseholdStatus]) -> Tri {
        let status = self.h.status;
        if status.is_none() {
            self.miss(MissingWhat::Household { field: "status" });
        }
        let result = status.map_or(Tri::Unknown, |s| Tri::from_bool(wanted.contains(&s)));
        let actual = status.map_or(Val::None, |s| Val::Code(status_code(s)));
        self.check(None, key, actual, Cmp::Is, Val::None, result)
    }

    /// Hukou in 市区.
    pub fn shiqu(&mut self) -> Tri {
        let area = self.h.hukou_area;
        if area.is_none() {
            self.miss(MissingWhat::Household {
                field: "hukou_area",
            });
        }
        let actual = area.map_or(Val::None, |a| Val::Code(a.code()));
        let r = self.d.in_shiqu;
        self.check(None, "cond-hukou-shiqu", actual, Cmp::Is, Val::None, r)
    }

    /// Hukou in Wenzhou (6号 附则 第1点).
    pub fn wenzhou(&mut self) -> Tri {
        let area = self.h.hukou_area;
        if area.is_none() {
            self.miss(MissingWhat::Household {
                field: "hukou_area",
            });
        }
        let actual = area.map_or(Val::None, |a| Val::Code(a.code()));
        let r = self.d.wenzhou_hukou;
        self.check(None, "cond-hukou-wenzhou", actual, Cmp::Is, Val::None, r)
    }

    /// The member's age compared with `threshold` years.
    pub fn age(&mut self, member: usize, key: &'static str, cmp: Cmp, threshold: u32) -> Tri {
        let age = self.d.ages[member];
        if age.is_none() {
            self.miss_member(member, "birth_date");
        }
        let result = age.map_or(Tri::Unknown, |a| {
            Tri::from_bool(match cmp {
                Cmp::Lt => a < threshold,
                Cmp::Le => a <= threshold,
                Cmp::Gt => a > threshold,
                Cmp::Ge => a >= threshold,
                Cmp::Eq | Cmp::Is => a == threshold,
            })
        });
        self.check(
            Some(member),
            key,
            age.map_or(Val::None, Val::Age),
            cmp,
            Val::Age(threshold),
            result,
        )
    }

    /// A number parameter; records its use, or records it as missing.
    pub fn num(&mut self, key: ParamKey) -> Option<Decimal> {
        let v = self.p.number(key);
        self.note_param(key, v.is_some());
        v
    }

    /// A switch parameter; records its use, or records it as missing.
    pub fn switch(&mut self, key: ParamKey) -> Option<bool> {
        let v = self.p.switch(key);
        self.note_param(key, v.is_some());
        v
    }

    /// A choice parameter; records its use, or records it as missing.
    pub fn choice(&mut self, key: ParamKey) -> Option<&'static str> {
        let v = self.p.choice(key);
        self.note_param(key, v.is_some());
        v
    }

    fn note_param(&mut self, key: ParamKey, present: bool) {
        if !present {
            self.miss(MissingWhat::Param { key });
        } else if self.trace {
            self.buf.params_used.push((self.rule, key));
        }
    }

    /// Records a missing fact of the household or a parameter.
    pub fn miss(&mut self, what: MissingWhat) {
        self.buf.missing.push(Missing {
            rule: self.rule,
            what,
        });
    }

    /// Records a missing fact of a member.
    pub fn miss_member(&mut self, member: usize, field: &'static str) {
        self.miss(MissingWhat::Member {
            member: u16::try_from(member).unwrap_or(u16::MAX),
            field,
        });
    }

    /// Records one member's result within a person-level rule.
    pub fn member_result(&mut self, member: usize, outcome: Outcome, amount: Option<Amount>) {
        let in_group = self.buf.member_groups.get(member).copied().flatten();
        self.buf.members.push(MemberResult {
            rule: self.rule,
            member: u16::try_from(member).unwrap_or(u16::MAX),
            outcome,
            amount,
            superseded_by: None,
            applicable: self.group != Some(Tri::False) && in_group != Some(Tri::False),
        });
    }

    /// How many members of the current rule have an amount so far.
    #[must_use]
    pub fn members_paid(&self) -> usize {
        self.buf
            .members
            .iter()
            .filter(|m| m.rule == self.rule && m.amount.is_some())
            .count()
    }

    /// Members with their index.
    pub fn members(&self) -> impl Iterator<Item = (usize, &Member)> + use<'_> {
        self.h.members.iter().enumerate()
    }

    /// Whether the member is one of the 困难群众 (6号 附则: 低保, 低边, 特困, incl. 低收入农户).
    pub fn kunnan(&mut self, member: usize) -> Tri {
        self.any_of(|ctx| {
            let status = ctx.status_in(
                "cond-status-dibao-dibian",
                &[HouseholdStatus::Dibao, HouseholdStatus::Dibian],
            );
            let tekun = ctx.member_fact(
                member,
                "cond-tekun",
                "tekun",
                ctx.h.members[member].is_tekun(),
            );
            let farmer = ctx.household_fact(
                "cond-low-income-farmer",
                "low_income_farmer",
                ctx.h.low_income_farmer,
            );
            status.or(tekun).or(farmer)
        })
    }
}

/// Per-household outcome from per-member outcomes: undetermined if any member is (the household's
/// amount then depends on a missing fact), otherwise eligible if any member is, otherwise refer if
/// any is, otherwise ineligible.
#[must_use]
pub fn combine_members(outcomes: impl IntoIterator<Item = Outcome>) -> Outcome {
    let mut best = Outcome::Ineligible;
    for o in outcomes {
        if o == Outcome::Undetermined {
            return Outcome::Undetermined;
        }
        best = best.min(o);
    }
    best
}

/// Message code of a status.
#[must_use]
pub fn status_code(s: HouseholdStatus) -> &'static str {
    match s {
        HouseholdStatus::Dibao => "dibao",
        HouseholdStatus::Dibian => "dibian",
        HouseholdStatus::None => "none",
    }
}

impl Derived {
    /// Derives the facts every rule shares into `self`, reusing its lists.
    pub(crate) fn fill(&mut self, h: &Household, date: NaiveDate, p: &Resolved) {
        self.ages.clear();
        self.ages.extend(h.members.iter().map(|m| m.age_on(date)));
        self.in_shiqu = match (h.hukou_area, p.areas(ParamKey::ShiquUnits)) {
            (Some(a), Some(mask)) => Tri::from_bool(mask & area_bit(a) != 0),
            _ => Tri::Unknown,
        };
        self.wenzhou_hukou = h
            .hukou_area
            .map_or(Tri::Unknown, |a| Tri::from_bool(a.is_wenzhou()));
        income_test_into(&mut self.income, h, date, p);
    }
}
