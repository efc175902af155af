//! Disability and mental health: subsidies for severe mental illness, assistive devices and accident
//! insurance. 温政发〔2022〕6号 第9条, 第16条 (the children's rehabilitation subsidies of 第16条 are in
//! `children`).

use rust_decimal::Decimal;

use super::per_member;
use crate::engine::Eval;
use crate::engine::{Amount, Cmp, Ctx, Form, Outcome, Period, Tri, Val};
use crate::household::{HouseholdStatus, MentalIllness, RiskClass};
use crate::policy::ParamKey as K;

/// The member's mental-illness record as a test (absent: no severe mental illness), with Wenzhou hukou.
/// The record is the target group of 第9条's rules.
fn patient(ctx: &mut Ctx<'_>, i: usize) -> (Tri, Option<MentalIllness>) {
    let record = ctx.h.members[i].mental_illness.clone();
    let present = ctx.member_group(i, |ctx| {
        ctx.check(
            Some(i),
            "cond-mental-illness",
            Val::Bool(record.is_some()),
            Cmp::Is,
            Val::None,
            Tri::from_bool(record.is_some()),
        )
    });
    if present == Tri::False {
        return (Tri::False, None);
    }
    (ctx.wenzhou(), record)
}

/// Code of a risk class.
fn risk_code(r: RiskClass) -> &'static str {
    match r {
        RiskClass::None => "risk-none",
        RiskClass::Class1 => "risk-class-1",
        RiskClass::Class2 => "risk-class-2",
    }
}

/// DIS-01, 6号 第9条: 「对有危险性评估等级风险患者的监护人有效履行监护责任给予I类患者每人每月150元，Ⅱ类患者每人每月
/// 400元的补助」. Paid to the guardian, per patient: the result is recorded on the patient. The mapping of
/// the national risk levels to I/Ⅱ类 is not given: the class is a fact (A19).
pub fn mental_illness_guardian_subsidy(ctx: &mut Ctx<'_>) -> Eval {
    per_member(ctx, Form::Cash, |ctx, i| {
        let (p, record) = patient(ctx, i);
        let Some(record) = record else {
            return (Outcome::Ineligible, None);
        };
        let class = record.risk_class;
        if class.is_none() {
            ctx.miss_member(i, "mental_illness.risk_class");
        }
        let has_class = ctx.check(
            Some(i),
            "cond-risk-class",
            class.map_or(Val::None, |c| Val::Code(risk_code(c))),
            Cmp::Is,
            Val::None,
            Tri::from_opt(class.map(|c| c != RiskClass::None)),
        );
        if has_class == Tri::False {
            return (Outcome::Ineligible, None);
        }
        let duty = ctx.member_fact(
            i,
            "cond-guardian-duty",
            "mental_illness.guardian_fulfils_duty",
            record.guardian_fulfils_duty,
        );
        let eligible = p.and(has_class).and(duty);
        if eligible != Tri::True {
            return (eligible.outcome(), None);
        }
        let key = if class == Some(RiskClass::Class2) {
            K::MentalGuardianClass2
        } else {
            K::MentalGuardianClass1
        };
        match ctx.num(key) {
            Some(v) => (Outcome::Eligible, Some(Amount::exact(v, Period::Month))),
            None => (Outcome::Undetermined, None),
        }
    })
}

/// Registered under village or community management (纳入当地村（社）管理; 《温州市重性精神疾病信息管理系统》).
fn community_managed(ctx: &mut Ctx<'_>, i: usize, record: &MentalIllness) -> Tri {
    ctx.member_fact(
        i,
        "cond-community-managed",
        "mental_illness.community_managed",
        record.community_managed,
    )
}

/// DIS-02, 6号 第9条: 「对纳入当地村（社）管理的特困供养、低保低边中的患者，为保障护理、照料等基本需要给予每人每月
/// 200元的补贴」. Stacks with DIS-01 (another recipient, rules-core §8). The target group: a patient who is
/// 特困 or of a 低保/低边 household.
pub fn mental_illness_care_subsidy_poor(ctx: &mut Ctx<'_>) -> Eval {
    per_member(ctx, Form::Cash, |ctx, i| {
        let (p, record) = patient(ctx, i);
        let Some(record) = record else {
            return (Outcome::Ineligible, None);
        };
        let managed = community_managed(ctx, i, &record);
        if managed == Tri::False {
            return (Outcome::Ineligible, None);
        }
        let poor = ctx.member_group(i, |ctx| {
            ctx.any_of(|ctx| {
                let dd = ctx.status_in(
                    "cond-status-dibao-dibian",
                    &[HouseholdStatus::Dibao, HouseholdStatus::Dibian],
                );
                if dd == Tri::True {
                    return dd;
                }
                let tekun = ctx.member_fact(i, "cond-tekun", "tekun", ctx.h.members[i].is_tekun());
                dd.or(tekun)
            })
        });
        let eligible = p.and(managed).and(poor);
        if eligible != Tri::True {
            return (eligible.outcome(), None);
        }
        match ctx.num(K::MentalCareSubsidy) {
            Some(v) => (Outcome::Eligible, Some(Amount::exact(v, Period::Month))),
            None => (Outcome::Undetermined, None),
        }
    })
}

/// DIS-03, 6号 第9条: 「对治疗依从性差、弱监护或无监护、具有肇事肇祸风险的精神分裂症患者试行长效针剂注射治疗，经评估
/// 认定后给予患者每年每人1万元补助」. The assessment (经评估认定) covers the three conditions: one fact.
pub fn schizophrenia_long_acting_injection(ctx: &mut Ctx<'_>) -> Eval {
    per_member(ctx, Form::Cash, |ctx, i| {
        let (p, record) = patient(ctx, i);
        let Some(record) = record else {
            return (Outcome::Ineligible, None);
        };
        let approved = ctx.member_fact(
            i,
            "cond-long-acting-injection",
            "mental_illness.long_acting_injection",
            record.long_acting_injection,
        );
        let eligible = p.and(approved);
        if eligible != Tri::True {
            return (eligible.outcome(), None);
        }
        match ctx.num(K::LongActingInjectionSubsidy) {
            Some(v) => (Outcome::Eligible, Some(Amount::exact(v, Period::Year))),
            None => (Outcome::Undetermined, None),
        }
    })
}

/// DIS-04, 6号 第9条: 「对已纳入《温州市重性精神疾病信息管理系统》进行社区管理，需要门诊服用基本抗精神病药物且属于困难
/// 群众的持证残疾人，服用用药范围内的抗精神病药物，经基本医疗保险报销后剩余部分费用由当地给予全额保障，由定点医疗机构与医保
/// 部门、医疗应急援助部门实时结算」.
///
/// The whole remainder after basic insurance (A20), settled at the hospital. With the year's costs in
/// the record the amount is shown; without them the entitlement stands alone (the hospital settles).
/// The drugs are entered in the record, not as medical episodes, so MED-05 does not count them. The
/// target group: a patient who is a certified disabled 困难群众.
pub fn antipsychotic_drug_full_coverage(ctx: &mut Ctx<'_>) -> Eval {
    per_member(ctx, Form::Cash, |ctx, i| {
        let (p, record) = patient(ctx, i);
        let Some(record) = record else {
            return (Outcome::Ineligible, None);
        };
        let managed = community_managed(ctx, i, &record);
        let drugs = ctx.member_fact(
            i,
            "cond-outpatient-antipsychotics",
            "mental_illness.outpatient_antipsychotics",
            record.outpatient_antipsychotics,
        );
        let disabled = ctx.member_group(i, |ctx| {
            ctx.member_fact(i, "cond-disabled", "disabled", ctx.h.members[i].disabled)
        });
        let pre = p.and(managed).and(drugs).and(disabled);
        if pre == Tri::False {
            return (Outcome::Ineligible, None);
        }
        let kunnan = ctx.member_group(i, |ctx| ctx.kunnan(i));
        let eligible = pre.and(kunnan);
        if eligible != Tri::True {
            return (eligible.outcome(), None);
        }
        let Some(share) = ctx.num(K::AntipsychoticCoverageShare) else {
            return (Outcome::Undetermined, None);
        };
        match (
            record.antipsychotic_cost,
            record.antipsychotic_insurance_paid,
        ) {
            (Some(cost), Some(paid)) => {
                let remainder = (cost - paid).max(Decimal::ZERO);
                ctx.check(
                    Some(i),
                    "cond-antipsychotic-remainder",
                    Val::Money(remainder),
                    Cmp::Ge,
                    Val::Money(Decimal::ZERO),
                    Tri::True,
                );
                (
                    Outcome::Eligible,
                    Some(Amount::exact(remainder * share, Period::Year)),
                )
            }
            _ => (Outcome::Eligible, None),
        }
    })
}

/// DIS-05, 6号 第16条: 「落实辅具实物配发和货币补贴制度,有康复需求的持证残疾人按《浙江省残疾人辅助器具购买补贴目录》在
/// 辅助器具使用年限及补贴参考价格范围内给予补贴」.
///
/// Per device: min(price, the catalogue's reference price), once per service life. The catalogue is
/// not in the seeds: the officer enters the device's reference price from it.
pub fn assistive_device_subsidy(ctx: &mut Ctx<'_>) -> Eval {
    per_member(ctx, Form::Cash, |ctx, i| {
        let m = &ctx.h.members[i];
        let device = m.assistive_device.clone();
        let disabled = ctx.member_group(i, |ctx| {
            ctx.member_fact(i, "cond-disabled", "disabled", m.disabled)
        });
        if disabled == Tri::False {
            return (Outcome::Ineligible, None);
        }
        // 「有康复需求的持证残疾人」: for a certified (or possibly certified) member, whether a device is
        // needed decides; without a device record it is asked, never read as "no".
        if device.is_none() {
            ctx.miss_member(i, "assistive_device");
        }
        let need = ctx.check(
            Some(i),
            "cond-assistive-device-need",
            device.as_ref().map_or(Val::None, |_| Val::Bool(true)),
            Cmp::Is,
            Val::None,
            if device.is_some() {
                Tri::True
            } else {
                Tri::Unknown
            },
        );
        let Some(device) = device else {
            return (disabled.and(need).outcome(), None);
        };
        let within = ctx.member_fact(
            i,
            "cond-device-within-service-life",
            "assistive_device.within_service_life",
            device.within_service_life,
        );
        let renewable = ctx.negate(within);
        let hukou = ctx.wenzhou();
        let eligible = disabled.and(need).and(renewable).and(hukou);
        if eligible != Tri::True {
            return (eligible.outcome(), None);
        }
        if device.price.is_none() {
            ctx.miss_member(i, "assistive_device.price");
        }
        if device.reference_price.is_none() {
            ctx.miss_member(i, "assistive_device.reference_price");
        }
        match (device.price, device.reference_price) {
            (Some(price), Some(reference)) => {
                let subsidy = price.min(reference);
                ctx.check(
                    Some(i),
                    "cond-device-reference-price",
                    Val::Money(subsidy),
                    Cmp::Le,
                    Val::Money(reference),
                    Tri::True,
                );
                (
                    Outcome::Eligible,
                    Some(Amount::exact(subsidy, Period::Once)),
                )
            }
            _ => (Outcome::Undetermined, None),
        }
    })
}

/// DIS-06, 6号 第16条: 「为残疾人购买不低于50元的意外伤害保险」. Insurance bought for each certified disabled
/// person (the premium is a floor; a policy year is read as the period).
pub fn disabled_accident_insurance(ctx: &mut Ctx<'_>) -> Eval {
    per_member(ctx, Form::Waiver, |ctx, i| {
        let disabled = ctx.member_group(i, |ctx| {
            ctx.member_fact(i, "cond-disabled", "disabled", ctx.h.members[i].disabled)
        });
        if disabled == Tri::False {
            return (Outcome::Ineligible, None);
        }
        let hukou = ctx.wenzhou();
        let eligible = disabled.and(hukou);
        if eligible != Tri::True {
            return (eligible.outcome(), None);
        }
        match ctx.num(K::AccidentInsurancePremiumMin) {
            Some(v) => (Outcome::Eligible, Some(Amount::at_least(v, Period::Year))),
            None => (Outcome::Undetermined, None),
        }
    })
}
