//! Long-term care insurance: 温政办〔2022〕41号 温州市长期护理保险2022年扩面提质实施方案 (seed 001; rules-other
//! §C), in force from 2022-06-25 with no end date.
//!
//! The scheme covers 职工医保 participants (in service, retired, and flexible workers in 职工医保) in
//! the whole city; 城乡居民医保 participants are not covered, and the result says so. The benefit table
//! (温政办〔2019〕13号) is not in the seeds: the benefit is services in kind, valued only where a pack
//! gives a value. 温政发〔2022〕6号 第5条 (ELD-05) gives the same benefit while it is in force:
//! `engine::stacking` shows one result.

use super::{local_amount, per_member};
use crate::engine::{Amount, Cmp, Ctx, Eval, Form, Outcome, Period, Tri, Val};
use crate::household::{CapabilityLevel, CareDependency, MedicalScheme};
use crate::policy::ParamKey as K;

/// Message code of a medical scheme.
fn scheme_code(s: MedicalScheme) -> &'static str {
    match s {
        MedicalScheme::Employee => "scheme-employee",
        MedicalScheme::EmployeeFlexible => "scheme-employee-flexible",
        MedicalScheme::Resident => "scheme-resident",
        MedicalScheme::None => "scheme-none",
    }
}

/// 41号 二(一): enrolled in Wenzhou's 职工医保 (in service, retired or flexible). A resident-scheme
/// member fails with the explicit condition 「城乡居民医保不在长期护理保险实施范围」. The target group of
/// every rule here (the insured persons), declared as the member's group.
fn insured(ctx: &mut Ctx<'_>, i: usize) -> Tri {
    let scheme = ctx.h.members[i].medical_scheme;
    if scheme.is_none() {
        ctx.miss_member(i, "medical_scheme");
    }
    let actual = scheme.map_or(Val::None, |s| Val::Code(scheme_code(s)));
    let key = if scheme == Some(MedicalScheme::Resident) {
        "cond-ltc-resident-not-covered"
    } else {
        "cond-ltc-employee-scheme"
    };
    let covered =
        scheme.map(|s| matches!(s, MedicalScheme::Employee | MedicalScheme::EmployeeFlexible));
    ctx.member_group(i, |ctx| {
        ctx.check(
            Some(i),
            key,
            actual,
            Cmp::Is,
            Val::None,
            Tri::from_opt(covered),
        )
    })
}

/// C1 长期护理保险参保范围, 41号 二(一): 「试点范围从市区职工医保扩大到全市职工医保，将已参加本市职工医保的在职人员和
/// 退休人员统一纳入长期护理保险实施范围。」 The gateway: covered or not (in kind, no amount); the whole rule is
/// its target group.
pub fn ltc_eligibility(ctx: &mut Ctx<'_>) -> Eval {
    per_member(ctx, Form::InKind, |ctx, i| {
        (insured(ctx, i).outcome(), None)
    })
}

/// C2 筹资标准, 41号 二(二): 「县域内职工医保参保人员暂按每人每年100元定额筹资，个人和用人单位同比例分担。在职与退休
/// 人员执行同等的缴费标准；参加职工医保的灵活就业人员，参照职工执行。」
///
/// A cost: the individual's share of the 100 元 in the counties (县域内); 市区 keeps the 2019 rate, not in
/// the seeds (`ltc_contribution_total` has no 市区 value: undetermined). In service: half. Retired and
/// flexible workers: half or the whole, by the two reading switches.
pub fn ltc_contribution(ctx: &mut Ctx<'_>) -> Eval {
    per_member(ctx, Form::Contribution, |ctx, i| {
        let covered = insured(ctx, i);
        if covered != Tri::True {
            return (covered.outcome(), None);
        }
        let (Some(total), Some(share)) = (
            ctx.num(K::LtcContributionTotal),
            ctx.num(K::LtcIndividualShare),
        ) else {
            return (Outcome::Undetermined, None);
        };
        let half = total * share;
        let value = if ctx.h.members[i].medical_scheme == Some(MedicalScheme::EmployeeFlexible) {
            match ctx.switch(K::LtcFlexiblePaysWhole) {
                Some(true) => total,
                Some(false) => half,
                None => return (Outcome::Undetermined, None),
            }
        } else {
            let Some(whole) = ctx.switch(K::LtcRetireePaysWhole) else {
                return (Outcome::Undetermined, None);
            };
            if whole {
                let retired = ctx.member_fact(
                    i,
                    "cond-ltc-retired",
                    "retired_employee",
                    ctx.h.members[i].retired_employee,
                );
                match retired {
                    Tri::True => total,
                    Tri::False => half,
                    Tri::Unknown => return (Outcome::Undetermined, None),
                }
            } else {
                // Retired or not, the same individual share (「执行同等的缴费标准」).
                half
            }
        };
        (Outcome::Eligible, Some(Amount::exact(value, Period::Year)))
    })
}

/// C3 待遇以护理服务方式支付, 41号 二(三): 「长期护理保险待遇以护理服务方式支付，待遇支付标准维持现有水平，具体支付范围
/// 暂按《温州市长期护理保险试行办法》（温政办〔2019〕13号）有关规定执行…」.
///
/// Covered (C1) and assessed as reaching the 重度失能 standard (the threshold 6号 第5条 states; the
/// 2019 rules are not in the seeds). Services in kind; valued by `ltc_benefit_monthly_value` where a
/// pack gives it.
pub fn ltc_benefit_in_kind(ctx: &mut Ctx<'_>) -> Eval {
    per_member(ctx, Form::InKind, |ctx, i| {
        let covered = insured(ctx, i);
        if covered == Tri::False {
            return (Outcome::Ineligible, None);
        }
        let assessment = ctx.h.members[i].ltc_assessment.clone();
        let assessed = ctx.check(
            Some(i),
            "cond-ltc-assessed",
            Val::Bool(assessment.is_some()),
            Cmp::Is,
            Val::None,
            Tri::from_bool(assessment.is_some()),
        );
        let Some(assessment) = assessment else {
            return (assessed.outcome(), None);
        };
        let severe = ctx.member_fact(
            i,
            "cond-ltc-severe-disability",
            "ltc_assessment.severe_disability",
            assessment.severe_disability,
        );
        let eligible = covered.and(severe);
        if eligible != Tri::True {
            return (eligible.outcome(), None);
        }
        let value = local_amount(
            ctx,
            i,
            K::LtcBenefitMonthlyValue,
            "cond-ltc-value-local",
            |v| Amount::exact(v, Period::Month),
        );
        (Outcome::Eligible, value)
    })
}

/// C4 失能等级评估, 41号 二(四): 「全市长期护理保险失能等级评估暂按《温州市长期护理保险失能等级评定管理办法》及《温州市
/// 长期护理保险失能等级评估量表》执行…」.
///
/// A covered member (the target group) with no LTC assessment who is largely or totally dependent
/// (生活基本/完全不能自理, or 中度/重度 in the 民政 assessment; unknown: not triggered): `refer` to apply for
/// the assessment (医保局).
pub fn ltc_disability_assessment(ctx: &mut Ctx<'_>) -> Eval {
    per_member(ctx, Form::InKind, |ctx, i| {
        let covered = insured(ctx, i);
        if covered == Tri::False {
            return (Outcome::Ineligible, None);
        }
        if ctx.h.members[i].ltc_assessment.is_some() {
            let done = ctx.check(
                Some(i),
                "cond-ltc-assessed",
                Val::Bool(true),
                Cmp::Is,
                Val::None,
                Tri::True,
            );
            ctx.negate(done);
            return (Outcome::Ineligible, None);
        }
        // A trigger, not a condition of law: unknown dependency means nothing to refer.
        let m = &ctx.h.members[i];
        let from_record = m
            .elderly_services
            .as_ref()
            .and_then(|r| r.capability)
            .map(|c| c >= CapabilityLevel::Moderate);
        let from_tier = m
            .care_dependency
            .map(|d| matches!(d, CareDependency::Totally | CareDependency::Largely));
        let signs = from_record.or(from_tier).unwrap_or(false);
        let dependent = ctx.check(
            Some(i),
            "cond-ltc-signs-of-disability",
            Val::None,
            Cmp::Is,
            Val::None,
            Tri::from_bool(signs),
        );
        match covered.and(dependent) {
            Tri::True => (Outcome::Refer, None),
            t => (t.outcome(), None),
        }
    })
}
