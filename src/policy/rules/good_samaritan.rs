//! 见义勇为 persons and their families: 温政发〔2024〕15号 温州市见义勇为人员奖励和保障实施办法 (seed 003
//! L595–767; rules-other §D, D1–D25), in force 2024-06-01 for ten years.
//!
//! The record (`members[i].good_samaritan`) sits on the member who acted; a member without it gets
//! `ineligible` ("no such record"), never `undetermined`. Every benefit rule first passes the gate of
//! 四(一) and 二: the act took place in Wenzhou (「在本市行政区域内」: the place of the act, not the
//! hukou), it is confirmed by the police of that place, the confirmation is not revoked (七(二) 情形1),
//! and the act is dated from 2024-06-01 (an earlier act fell under the repealed 温政令〔2007〕98号,
//! not in the seeds: `refer`). Amounts that depend on the place use the figure of the act's county.
//! This module does not pay the statutory 抚恤 (national rules): it refers to them.
//!
//! Target group (适用对象) of a benefit: the person whose act is confirmed (the gate's first part), or
//! for the family's benefits, the relative of one; the act's date and the benefit's own conditions
//! (outcome of the act, award, needs) come after it.

mod protection;

use chrono::NaiveDate;
use rust_decimal::Decimal;

use super::per_member;
use crate::engine::{Amount, Cmp, Ctx, Eval, Form, Outcome, Period, Tri, Val};
use crate::household::{
    ActOutcome, Award, GoodSamaritan, GsEmployment, MartyrStatus, Relationship, Revocation,
};
use crate::policy::ParamKey as K;

pub use protection::{
    jyyw_annual_visit, jyyw_case_by_case, jyyw_dibao_and_hardship_aid, jyyw_education_fee_relief,
    jyyw_employment_support, jyyw_free_legal_aid, jyyw_housing_priority, jyyw_hukou_migration,
    jyyw_model_worker_medical, jyyw_orphan_support, jyyw_revocation_clawback,
    jyyw_school_placement_priority, jyyw_welfare_institution_placement,
};

/// The record of member `i`, recorded when absent as the member's target group failing (a person
/// without a record is outside every rule here).
fn record<'a>(ctx: &mut Ctx<'a>, i: usize) -> Option<&'a GoodSamaritan> {
    let h = ctx.h;
    let g = h.members[i].good_samaritan.as_ref();
    if g.is_none() {
        no_record(ctx, Some(i));
    }
    g
}

/// Records that there is no record (of the member, or in the household): the target group fails.
fn no_record(ctx: &mut Ctx<'_>, member: Option<usize>) -> Tri {
    let check = |ctx: &mut Ctx<'_>| {
        ctx.check(
            member,
            "cond-jyyw-record",
            Val::Bool(false),
            Cmp::Is,
            Val::None,
            Tri::False,
        )
    };
    match member {
        Some(i) => ctx.member_group(i, check),
        None => ctx.group(check),
    }
}

/// The gate of every benefit: `None` when it passes, or the outcome that stops the rule. Its first
/// part, a confirmed act ([`confirmed_act`]), is the member's target group.
fn gate(ctx: &mut Ctx<'_>, i: usize, g: &GoodSamaritan) -> Option<Outcome> {
    let ok = ctx.member_group(i, |ctx| confirmed_act(ctx, i, g));
    if ok != Tri::True {
        return Some(ok.outcome());
    }
    act_from_15(ctx, i, g)
}

/// The target group of every benefit, a 见义勇为 person whose act is confirmed under 15号 (a test:
/// callers declare it). 二: 「在本市行政区域内见义勇为行为的确认…适用本办法」; 四(一): 「见义勇为行为的确认,由行为
/// 发生地的县(市、区)公安机关负责」; 七(二): fraud revokes the confirmation.
fn confirmed_act(ctx: &mut Ctx<'_>, i: usize, g: &GoodSamaritan) -> Tri {
    if g.act_area.is_none() {
        ctx.miss_member(i, "good_samaritan.act_area");
    }
    let place = ctx.check(
        Some(i),
        "cond-jyyw-act-in-wenzhou",
        g.act_area.map_or(Val::None, |a| Val::Code(a.code())),
        Cmp::Is,
        Val::None,
        Tri::from_opt(g.act_area.map(crate::household::Area::is_wenzhou)),
    );
    let confirmed = ctx.member_fact(
        i,
        "cond-jyyw-confirmed",
        "good_samaritan.confirmed",
        g.confirmed,
    );
    let mut ok = place.and(confirmed);
    if g.revoked == Some(Revocation::Fraud) {
        ok = ok.and(ctx.check(
            Some(i),
            "cond-jyyw-confirmation-not-revoked",
            Val::Bool(true),
            Cmp::Is,
            Val::None,
            Tri::False,
        ));
    }
    ok
}

/// 八(二): the act is dated from 2024-06-01. `None` when it is, or the outcome that stops the rule.
fn act_from_15(ctx: &mut Ctx<'_>, i: usize, g: &GoodSamaritan) -> Option<Outcome> {
    // 15号 八(二) 「本办法自2024年6月1日起施行」 (seed 003 L767): acts before that day are not under it.
    let start = NaiveDate::from_ymd_opt(2024, 6, 1).unwrap_or(NaiveDate::MIN);
    let Some(act) = g.act_date else {
        ctx.miss_member(i, "good_samaritan.act_date");
        ctx.check(
            Some(i),
            "cond-jyyw-act-from-15",
            Val::None,
            Cmp::Ge,
            Val::Date(start),
            Tri::Unknown,
        );
        return Some(Outcome::Undetermined);
    };
    let current = ctx.check(
        Some(i),
        "cond-jyyw-act-from-15",
        Val::Date(act),
        Cmp::Ge,
        Val::Date(start),
        Tri::from_bool(act >= start),
    );
    // An act before 2024-06-01: the repealed 2007 办法 was in force; the officer decides.
    (current == Tri::False).then_some(Outcome::Refer)
}

/// The outcome of the act, required to be one of `wanted`.
fn outcome_in(ctx: &mut Ctx<'_>, i: usize, g: &GoodSamaritan, wanted: &[ActOutcome]) -> Tri {
    if g.outcome.is_none() {
        ctx.miss_member(i, "good_samaritan.outcome");
    }
    ctx.check(
        Some(i),
        "cond-jyyw-outcome",
        g.outcome.map_or(Val::None, |o| Val::Code(o.code())),
        Cmp::Is,
        Val::None,
        Tri::from_opt(g.outcome.map(|o| wanted.contains(&o))),
    )
}

/// The highest award, required to satisfy `wanted`, and not revoked (七(二): a revoked 记功 ends the
/// treatment that it brought).
fn award_holds(ctx: &mut Ctx<'_>, i: usize, g: &GoodSamaritan, wanted: fn(Award) -> bool) -> Tri {
    if g.award.is_none() {
        ctx.miss_member(i, "good_samaritan.award");
    }
    let award = ctx.check(
        Some(i),
        "cond-jyyw-award",
        g.award.map_or(Val::None, |a| Val::Code(a.code())),
        Cmp::Is,
        Val::None,
        Tri::from_opt(g.award.map(wanted)),
    );
    if award != Tri::True {
        return award;
    }
    let revoked = g.award.is_some_and(Award::is_merit)
        && matches!(g.revoked, Some(Revocation::Misconduct | Revocation::Fraud));
    ctx.check(
        Some(i),
        "cond-jyyw-award-not-revoked",
        Val::Bool(revoked),
        Cmp::Is,
        Val::None,
        Tri::from_bool(!revoked),
    )
}

/// Any award by a government (嘉奖 and above).
fn any_award(a: Award) -> bool {
    a != Award::None
}

/// Whether `other` is a child of `actor`, from their relationships to the applicant.
fn child_of(actor: Option<Relationship>, other: Option<Relationship>) -> Tri {
    use Relationship as R;
    let (Some(a), Some(o)) = (actor, other) else {
        return Tri::Unknown;
    };
    Tri::from_bool(match a {
        R::Applicant | R::Spouse => o == R::Child,
        R::Parent => matches!(o, R::Applicant | R::Sibling),
        R::Child => o == R::Grandchild,
        R::Grandparent => o == R::Parent,
        R::Grandchild | R::Sibling | R::Other => false,
    })
}

/// Whether `other` is the spouse of `actor`.
fn spouse_of(actor: Option<Relationship>, other: Option<Relationship>) -> Tri {
    use Relationship as R;
    let (Some(a), Some(o)) = (actor, other) else {
        return Tri::Unknown;
    };
    Tri::from_bool(matches!(
        (a, o),
        (R::Applicant, R::Spouse) | (R::Spouse, R::Applicant)
    ))
}

/// A relationship condition between member `i` and the actor `a`, with the fact named if unknown.
fn related(ctx: &mut Ctx<'_>, a: usize, i: usize, key: &'static str, t: Tri) -> Tri {
    for m in [a, i] {
        if ctx.h.members[m].relationship.is_none() && t == Tri::Unknown {
            ctx.miss_member(m, "relationship");
        }
    }
    let rel = ctx.h.members[i].relationship;
    ctx.check(
        Some(i),
        key,
        rel.map_or(Val::None, |r| Val::Code(relationship_code(r))),
        Cmp::Is,
        Val::None,
        t,
    )
}

/// Message code of a relationship.
fn relationship_code(r: Relationship) -> &'static str {
    match r {
        Relationship::Applicant => "jyyw-rel-applicant",
        Relationship::Spouse => "jyyw-rel-spouse",
        Relationship::Child => "jyyw-rel-child",
        Relationship::Parent => "jyyw-rel-parent",
        Relationship::Grandparent => "jyyw-rel-grandparent",
        Relationship::Grandchild => "jyyw-rel-grandchild",
        Relationship::Sibling => "jyyw-rel-sibling",
        Relationship::Other => "jyyw-rel-other",
    }
}

/// Members with a 见义勇为 record.
fn actors(ctx: &Ctx<'_>) -> Vec<usize> {
    ctx.members()
        .filter(|(_, m)| m.good_samaritan.is_some())
        .map(|(i, _)| i)
        .collect()
}

/// Runs a rule for the actors only: each member with a record passes the gate, then `f`.
fn per_actor(
    ctx: &mut Ctx<'_>,
    form: Form,
    mut f: impl FnMut(&mut Ctx<'_>, usize, &GoodSamaritan) -> (Outcome, Option<Amount>),
) -> Eval {
    per_member(ctx, form, |ctx, i| {
        let Some(g) = record(ctx, i) else {
            return (Outcome::Ineligible, None);
        };
        if let Some(o) = gate(ctx, i, g) {
            return (o, None);
        }
        f(ctx, i, g)
    })
}

/// Runs a rule for the actors' relatives: member `i` benefits through actor `a` when `relation(a, i)`
/// holds (the actor is their own relative for `relation` = self), and `actor_ok(a)` holds. The
/// member's target group: `relation` to an actor whose act is confirmed ([`confirmed_act`]), for
/// any actor.
fn per_relative(
    ctx: &mut Ctx<'_>,
    form: Form,
    mut relation: impl FnMut(&mut Ctx<'_>, usize, usize) -> Tri,
    mut actor_ok: impl FnMut(&mut Ctx<'_>, usize, &GoodSamaritan) -> Outcome,
) -> Eval {
    let list = actors(ctx);
    per_member(ctx, form, |ctx, i| {
        if list.is_empty() {
            no_record(ctx, Some(i));
            return (Outcome::Ineligible, None);
        }
        // The group, for each actor: (relation, confirmed act); the rest is checked after.
        let mut groups = Vec::with_capacity(list.len());
        ctx.member_group(i, |ctx| {
            let mut any = Tri::False;
            for &a in &list {
                let rel = relation(ctx, a, i);
                let confirmed = match ctx.h.members[a].good_samaritan.as_ref() {
                    Some(g) if rel != Tri::False => confirmed_act(ctx, a, g),
                    _ => Tri::False,
                };
                groups.push((rel, confirmed));
                any = any.or(rel.and(confirmed));
            }
            any
        });
        let mut best = Outcome::Ineligible;
        for (&a, &(rel, confirmed)) in list.iter().zip(&groups) {
            let Some(g) = ctx.h.members[a].good_samaritan.as_ref() else {
                continue;
            };
            if rel == Tri::False {
                continue;
            }
            let o = if confirmed == Tri::True {
                act_from_15(ctx, a, g).unwrap_or_else(|| actor_ok(ctx, a, g))
            } else {
                confirmed.outcome()
            };
            let o = match (rel, o) {
                (_, Outcome::Ineligible) => Outcome::Ineligible,
                (Tri::Unknown, _) => Outcome::Undetermined,
                (_, o) => o,
            };
            best = best.min(o);
        }
        (best, None)
    })
}

/// A household-level rule's gate: the household's target group is a member whose act is confirmed
/// ([`confirmed_act`]); the best outcome of the gate over the actors (`eligible` when one passes).
fn household_gate(ctx: &mut Ctx<'_>) -> Outcome {
    let list = actors(ctx);
    if list.is_empty() {
        no_record(ctx, None);
        return Outcome::Ineligible;
    }
    let mut confirmed = Vec::with_capacity(list.len());
    ctx.group(|ctx| {
        let mut any = Tri::False;
        for &a in &list {
            let t = match ctx.h.members[a].good_samaritan.as_ref() {
                Some(g) => confirmed_act(ctx, a, g),
                None => Tri::False,
            };
            confirmed.push(t);
            any = any.or(t);
        }
        any
    });
    let mut best = Outcome::Ineligible;
    for (&a, &t) in list.iter().zip(&confirmed) {
        if let Some(g) = ctx.h.members[a].good_samaritan.as_ref() {
            let o = if t == Tri::True {
                act_from_15(ctx, a, g).unwrap_or(Outcome::Eligible)
            } else {
                t.outcome()
            };
            best = best.min(o);
        }
    }
    best
}

/// D1 见义勇为行为确认, 15号 四(一)–(二): 「见义勇为人员或者其近亲属可以向行为发生地公安派出所申请确认见义勇为
/// 行为」. The gateway: a confirmed act is `eligible`; an act not (yet) confirmed is referred to the
/// police station of the place of the act. Target group: a person with a record of an act in
/// Wenzhou.
pub fn jyyw_confirmation(ctx: &mut Ctx<'_>) -> Eval {
    per_member(ctx, Form::InKind, |ctx, i| {
        let Some(g) = record(ctx, i) else {
            return (Outcome::Ineligible, None);
        };
        if g.act_area.is_none() {
            ctx.miss_member(i, "good_samaritan.act_area");
        }
        let place = ctx.member_group(i, |ctx| {
            ctx.check(
                Some(i),
                "cond-jyyw-act-in-wenzhou",
                g.act_area.map_or(Val::None, |a| Val::Code(a.code())),
                Cmp::Is,
                Val::None,
                Tri::from_opt(g.act_area.map(crate::household::Area::is_wenzhou)),
            )
        });
        if place != Tri::True {
            return (place.outcome(), None);
        }
        let confirmed = ctx.member_fact(
            i,
            "cond-jyyw-confirmed",
            "good_samaritan.confirmed",
            g.confirmed,
        );
        let revoked = g.revoked == Some(Revocation::Fraud);
        match confirmed {
            Tri::True if !revoked => (Outcome::Eligible, None),
            Tri::True => {
                ctx.check(
                    Some(i),
                    "cond-jyyw-confirmation-not-revoked",
                    Val::Bool(true),
                    Cmp::Is,
                    Val::None,
                    Tri::False,
                );
                (Outcome::Ineligible, None)
            }
            // Not confirmed: apply at the 派出所 of the place of the act.
            Tri::False => (Outcome::Refer, None),
            Tri::Unknown => (Outcome::Undetermined, None),
        }
    })
}

/// D2 奖金, 15号 五(一)、(三): 「市、县(市、区)人民政府应当对记二等功、三等功与给予嘉奖的见义勇为人员颁发证书和
/// 奖金。见义勇为人员奖励的具体方式标准,由市、县(市、区)人民政府自行确定」.
///
/// Awards are given 「逐级」: a city 二等功 (or a 一等功) follows the county's 嘉奖 or 三等功, so both the
/// county's and the city's bonus are paid (rules-other D2). The amounts are local (no official value).
/// A 一等功 is decided by the province: its own bonus is outside the city's rules. Tax-free (五(三)).
pub fn jyyw_honour_award_bonus(ctx: &mut Ctx<'_>) -> Eval {
    per_actor(ctx, Form::Cash, |ctx, i, g| {
        let held = award_holds(ctx, i, g, any_award);
        if held != Tri::True {
            return (held.outcome(), None);
        }
        let Some(award) = g.award else {
            return (Outcome::Undetermined, None);
        };
        let county = match award {
            Award::Commendation | Award::ThirdClass => Some(award),
            _ => {
                if g.county_award.is_none() {
                    ctx.miss_member(i, "good_samaritan.county_award");
                    return (Outcome::Undetermined, None);
                }
                g.county_award
            }
        };
        let county_key = match county {
            Some(Award::Commendation) => Some(K::JyywBonusCommendation),
            Some(Award::ThirdClass) => Some(K::JyywBonusThirdClass),
            _ => None,
        };
        let mut total = Decimal::ZERO;
        if let Some(k) = county_key {
            let Some(v) = ctx.num(k) else {
                return (Outcome::Undetermined, None);
            };
            total += v;
        }
        if award.city_or_above() {
            let Some(v) = ctx.num(K::JyywBonusSecondClass) else {
                return (Outcome::Undetermined, None);
            };
            total += v;
        }
        if award == Award::FirstClass {
            ctx.check(
                Some(i),
                "cond-jyyw-first-class-provincial",
                Val::Code(award.code()),
                Cmp::Is,
                Val::None,
                Tri::True,
            );
        }
        (Outcome::Eligible, Some(Amount::exact(total, Period::Once)))
    })
}

/// D3 绿色通道, 15号 六(一): 「全市各级医疗机构应当及时为同违法犯罪行为作斗争、抢险救灾等正能量行为而送医救治的
/// 人员开辟“绿色通道”，实行先抢救治疗、后付费原则」. No confirmation needed: the target group is a person with a
/// record who was taken to hospital.
pub fn jyyw_medical_green_channel(ctx: &mut Ctx<'_>) -> Eval {
    per_member(ctx, Form::InKind, |ctx, i| {
        let Some(g) = record(ctx, i) else {
            return (Outcome::Ineligible, None);
        };
        let sent = ctx.member_group(i, |ctx| {
            ctx.member_fact(
                i,
                "cond-jyyw-hospitalised",
                "good_samaritan.hospitalised",
                g.hospitalised,
            )
        });
        (sent.outcome(), None)
    })
}

/// D4 医疗救助, 15号 六(二): 「县(市、区)人民政府应当将本地见义勇为人员纳入医疗救助人员范围，保障其享受当地医疗
/// 救助待遇」. A confirmed person is 本地 to the county of the act that confirmed them; the class and
/// ratio of the aid are local (MED-05 computes the aid of a recognised class).
pub fn jyyw_medical_assistance_inclusion(ctx: &mut Ctx<'_>) -> Eval {
    per_actor(ctx, Form::Coverage, |_, _, _| (Outcome::Eligible, None))
}

/// D5 即时慰问补助金, 15号 六(三): for 「新涌现的事迹特别突出的」 or 「情况特殊、需要给予即时慰问补助的」 persons
/// or their 遗属, by the county's own rules. The authorities judge the case: `refer`.
pub fn jyyw_immediate_condolence_payment(ctx: &mut Ctx<'_>) -> Eval {
    per_actor(ctx, Form::Cash, |_, _, _| (Outcome::Refer, None))
}

/// D6 费用承担, 15号 六(四): the liable party pays the 医疗费、误工费、丧葬费、残疾生活补助费 and other reasonable
/// costs; if there is none or it cannot pay, insurance pays what it covers and the 见义勇为经费 of the
/// county of the act pays 「不足部分」, or all of it for a person without insurance cover.
///
/// The amount is what the fund pays: costs − insurance paid (insured), or the costs (not insured). It
/// is paid for the person (to the hospital, or reimbursed), not household cash: form `waiver`.
pub fn jyyw_expense_cascade(ctx: &mut Ctx<'_>) -> Eval {
    per_actor(ctx, Form::Waiver, |ctx, i, g| {
        let harmed = outcome_in(
            ctx,
            i,
            g,
            &[ActOutcome::Injured, ActOutcome::Disabled, ActOutcome::Died],
        );
        if harmed == Tri::False {
            return (Outcome::Ineligible, None);
        }
        let liable = ctx.member_fact(
            i,
            "cond-jyyw-liable-party-pays",
            "good_samaritan.liable_party_pays",
            g.liable_party_pays,
        );
        let no_payer = ctx.negate(liable);
        let eligible = harmed.and(no_payer);
        if eligible != Tri::True {
            return (eligible.outcome(), None);
        }
        let Some(costs) = g.reasonable_costs else {
            ctx.miss_member(i, "good_samaritan.reasonable_costs");
            return (Outcome::Undetermined, None);
        };
        let insured = ctx.member_fact(i, "cond-jyyw-insured", "good_samaritan.insured", g.insured);
        let paid = match insured {
            Tri::Unknown => return (Outcome::Undetermined, None),
            Tri::False => Decimal::ZERO,
            Tri::True => match g.insurance_paid {
                Some(p) => p,
                None => {
                    ctx.miss_member(i, "good_samaritan.insurance_paid");
                    return (Outcome::Undetermined, None);
                }
            },
        };
        let shortfall = (costs - paid).max(Decimal::ZERO);
        let some = ctx.check(
            Some(i),
            "cond-jyyw-shortfall",
            Val::Money(shortfall),
            Cmp::Gt,
            Val::Money(Decimal::ZERO),
            Tri::from_bool(shortfall > Decimal::ZERO),
        );
        if some != Tri::True {
            return (Outcome::Ineligible, None);
        }
        (
            Outcome::Eligible,
            Some(Amount::exact(shortfall, Period::Once)),
        )
    })
}

/// The previous year's urban disposable income of the county of the act (「当地」). The resolved
/// parameters are those of the household's hukou area: they are the act county's only when the two
/// are the same, or when the household's area is unknown (then only city-wide values resolve).
fn act_area_income(ctx: &mut Ctx<'_>, i: usize, g: &GoodSamaritan) -> Option<Decimal> {
    let hukou = ctx.h.hukou_area;
    let same = match (hukou, g.act_area) {
        (None, _) => true,
        (Some(h), Some(a)) => h == a,
        (Some(_), None) => false,
    };
    if !same {
        ctx.check(
            Some(i),
            "cond-jyyw-income-of-act-area",
            hukou.map_or(Val::None, |a| Val::Code(a.code())),
            Cmp::Eq,
            g.act_area.map_or(Val::None, |a| Val::Code(a.code())),
            Tri::Unknown,
        );
        ctx.miss(crate::engine::MissingWhat::Param {
            key: K::UrbanDisposableIncomePcPrevYear,
        });
        return None;
    }
    ctx.num(K::UrbanDisposableIncomePcPrevYear)
}

/// D7 误工补助, 15号 六(六): with an employer, the employer keeps paying wages; 「无工作单位的，因见义勇为误工期间，
/// 由行为发生地县(市、区)人民政府在见义勇为经费中，按照当地上一年度城镇居民人均可支配收入标准给予经济补助」.
///
/// Reading: income × days off ÷ `jyyw_lost_work_year_days` (365, calendar days; the clause gives no
/// method). 「当地」 is the county of the act (its fund pays). A 个体工商户 is grouped with the
/// organisations' employees in 六(十)2, not with 「无工作单位」, yet has no employer paying wages: `refer`.
pub fn jyyw_lost_work_subsidy(ctx: &mut Ctx<'_>) -> Eval {
    per_actor(ctx, Form::Cash, |ctx, i, g| {
        let Some(days) = g.days_off else {
            ctx.miss_member(i, "good_samaritan.days_off");
            return (Outcome::Undetermined, None);
        };
        let off = ctx.check(
            Some(i),
            "cond-jyyw-days-off",
            Val::Number(Decimal::from(days)),
            Cmp::Gt,
            Val::Number(Decimal::ZERO),
            Tri::from_bool(days > 0),
        );
        if off == Tri::False {
            return (Outcome::Ineligible, None);
        }
        if g.employment.is_none() {
            ctx.miss_member(i, "good_samaritan.employment");
        }
        let no_employer = ctx.check(
            Some(i),
            "cond-jyyw-no-employer",
            g.employment.map_or(Val::None, |e| Val::Code(e.code())),
            Cmp::Is,
            Val::None,
            match g.employment {
                None | Some(GsEmployment::SelfEmployed) => Tri::Unknown,
                Some(e) => Tri::from_bool(e == GsEmployment::None),
            },
        );
        match (g.employment, no_employer) {
            (_, Tri::False) => return (Outcome::Ineligible, None),
            (None, _) => return (Outcome::Undetermined, None),
            _ => {}
        }
        let (Some(income), Some(year)) =
            (act_area_income(ctx, i, g), ctx.num(K::JyywLostWorkYearDays))
        else {
            return (Outcome::Undetermined, None);
        };
        if year <= Decimal::ZERO {
            return (Outcome::Undetermined, None);
        }
        let amount = income * Decimal::from(days) / year;
        let outcome = if g.employment == Some(GsEmployment::SelfEmployed) {
            Outcome::Refer
        } else {
            Outcome::Eligible
        };
        (outcome, Some(Amount::exact(amount, Period::Once)))
    })
}

/// The member died in the act and the martyr status is as `key` names it.
fn died(ctx: &mut Ctx<'_>, i: usize, g: &GoodSamaritan) -> Tri {
    outcome_in(ctx, i, g, &[ActOutcome::Died])
}

/// The martyr status, recorded; missing when unknown or still pending (the fact that decides).
fn martyr(ctx: &mut Ctx<'_>, i: usize, g: &GoodSamaritan) -> Option<MartyrStatus> {
    if matches!(g.martyr, None | Some(MartyrStatus::Pending)) {
        ctx.miss_member(i, "good_samaritan.martyr");
    }
    ctx.check(
        Some(i),
        "cond-jyyw-martyr",
        g.martyr.map_or(Val::None, |m| Val::Code(m.code())),
        Cmp::Is,
        Val::None,
        match g.martyr {
            Some(MartyrStatus::Yes) => Tri::True,
            Some(MartyrStatus::No) => Tri::False,
            _ => Tri::Unknown,
        },
    );
    g.martyr
}

/// D8 烈士评定, 15号 六(七): a person who died and meets the martyr conditions: 烈士评定 and survivors'
/// benefits by 退役军人事务部门 under 《烈士褒扬条例》 (national amounts): `refer` while recognised or
/// pending.
pub fn jyyw_martyr_recognition(ctx: &mut Ctx<'_>) -> Eval {
    per_actor(ctx, Form::Cash, |ctx, i, g| {
        let dead = died(ctx, i, g);
        if dead != Tri::True {
            return (dead.outcome(), None);
        }
        match g.martyr {
            Some(MartyrStatus::Yes | MartyrStatus::Pending) => {
                martyr(ctx, i, g);
                (Outcome::Refer, None)
            }
            Some(MartyrStatus::No) => {
                martyr(ctx, i, g);
                (Outcome::Ineligible, None)
            }
            None => {
                martyr(ctx, i, g);
                (Outcome::Undetermined, None)
            }
        }
    })
}

/// D9, 15号 六(八): a person who died and was not recognised as a martyr: 工伤 death benefits (人社) if
/// the work-injury conditions are met, else survivors' benefits by analogy with a soldier who died on
/// duty (退役军人事务部门). National schemes: `refer` (also while the martyr status is pending).
pub fn jyyw_death_non_martyr_statutory(ctx: &mut Ctx<'_>) -> Eval {
    per_actor(ctx, Form::Cash, |ctx, i, g| {
        let dead = died(ctx, i, g);
        if dead != Tri::True {
            return (dead.outcome(), None);
        }
        let m = martyr(ctx, i, g);
        let wi = g.work_injury;
        ctx.check(
            Some(i),
            "cond-jyyw-work-injury",
            wi.map_or(Val::None, Val::Bool),
            Cmp::Is,
            Val::None,
            Tri::from_opt(wi),
        );
        match m {
            Some(MartyrStatus::No | MartyrStatus::Pending) => (Outcome::Refer, None),
            Some(MartyrStatus::Yes) => (Outcome::Ineligible, None),
            None => (Outcome::Undetermined, None),
        }
    })
}

/// D10, 15号 六(九): a person disabled by the act: 工伤 disability benefits or, if 人社 confirms the
/// conditions are not met, 伤残抚恤 by analogy with the military. National schemes: `refer`.
pub fn jyyw_disability_benefits(ctx: &mut Ctx<'_>) -> Eval {
    per_actor(ctx, Form::Cash, |ctx, i, g| {
        let disabled = outcome_in(ctx, i, g, &[ActOutcome::Disabled]);
        let wi = g.work_injury;
        if disabled == Tri::True {
            ctx.check(
                Some(i),
                "cond-jyyw-work-injury",
                wi.map_or(Val::None, Val::Bool),
                Cmp::Is,
                Val::None,
                Tri::from_opt(wi),
            );
            return (Outcome::Refer, None);
        }
        (disabled.outcome(), None)
    })
}

/// The martyr's extra lump sum: max(multiple × the act county's previous-year urban disposable
/// income, floor); with the income unknown, the floor as `at least`.
fn martyr_lump_sum(ctx: &mut Ctx<'_>, i: usize, g: &GoodSamaritan) -> Option<Amount> {
    let (mult, floor) = (ctx.num(K::JyywMartyrMultiple), ctx.num(K::JyywMartyrFloor));
    let floor = floor?;
    let income = match mult {
        Some(m) => act_area_income(ctx, i, g).map(|v| v * m),
        None => None,
    };
    Some(match income {
        Some(v) => {
            ctx.check(
                Some(i),
                "cond-jyyw-martyr-floor",
                Val::Money(v),
                Cmp::Ge,
                Val::Money(floor),
                Tri::from_bool(v >= floor),
            );
            Amount::exact(v.max(floor), Period::Once)
        }
        None => {
            // The income is a local statistic: the gazette's floor is certain, the rest is not.
            ctx.check(
                Some(i),
                "cond-jyyw-martyr-income-unknown",
                Val::None,
                Cmp::Ge,
                Val::Money(floor),
                Tri::True,
            );
            Amount::at_least(floor, Period::Once)
        }
    })
}

/// D11 烈士增发一次性抚恤金, 15号 六(十)1: 「除法定抚恤外…评定为烈士的,由行为发生地县(市、区)退役军人事务部门
/// 按照上一年度当地城镇居民人均可支配收入6倍的标准增发一次性抚恤金,且增发一次性抚恤金额不得低于30万元」.
///
/// To the 遗属, on top of the statutory 抚恤. The income of the county of the act is a local statistic
/// (no official value): without it the result is `at least 300,000` (the gazette's floor), as 6号's
/// floors are shown. While the martyr status is pending, D11 and D12 are alternatives: both are
/// `undetermined`, each showing its own amount.
pub fn jyyw_death_lump_sum_martyr(ctx: &mut Ctx<'_>) -> Eval {
    per_actor(ctx, Form::Cash, |ctx, i, g| {
        let dead = died(ctx, i, g);
        if dead != Tri::True {
            return (dead.outcome(), None);
        }
        let m = martyr(ctx, i, g);
        let outcome = match m {
            Some(MartyrStatus::Yes) => Outcome::Eligible,
            Some(MartyrStatus::No) => return (Outcome::Ineligible, None),
            Some(MartyrStatus::Pending) | None => Outcome::Undetermined,
        };
        match martyr_lump_sum(ctx, i, g) {
            Some(a) => (outcome, Some(a)),
            None => (Outcome::Undetermined, None),
        }
    })
}

/// D12 未评定烈士的一次性抚恤金, 15号 六(十)2: 「未能评定为烈士的,按20万元标准发放」, paid by the unit of a civil
/// servant, by the act county's 见义勇为经费 for an organisation's employee or a 个体工商户, by its
/// 退役军人事务部门 for a person without a unit. On top of the statutory 抚恤 (D9).
pub fn jyyw_death_lump_sum_non_martyr(ctx: &mut Ctx<'_>) -> Eval {
    per_actor(ctx, Form::Cash, |ctx, i, g| {
        let dead = died(ctx, i, g);
        if dead != Tri::True {
            return (dead.outcome(), None);
        }
        let m = martyr(ctx, i, g);
        let outcome = match m {
            Some(MartyrStatus::No) => Outcome::Eligible,
            Some(MartyrStatus::Yes) => return (Outcome::Ineligible, None),
            Some(MartyrStatus::Pending) | None => Outcome::Undetermined,
        };
        // Who pays: informative, it does not change the amount.
        if let Some(e) = g.employment {
            ctx.check(
                Some(i),
                "cond-jyyw-payer",
                Val::Code(e.code()),
                Cmp::Is,
                Val::None,
                Tri::True,
            );
        }
        match ctx.num(K::JyywNonMartyrLumpSum) {
            Some(v) => (outcome, Some(Amount::exact(v, Period::Once))),
            None => (Outcome::Undetermined, None),
        }
    })
}
