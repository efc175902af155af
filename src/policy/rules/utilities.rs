//! Premiums, utilities and public transport: 温政发〔2022〕6号 第19–20条.

use rust_decimal::Decimal;
use rust_decimal::prelude::ToPrimitive;

use super::{per_member, result, stop, undetermined};
use crate::engine::{Amount, Cmp, Ctx, Eval, Form, MissingWhat, Outcome, Period, Tri, Val};
use crate::household::{HouseholdStatus, OrphanStatus, TekunSupport};
use crate::policy::ParamKey as K;

/// UTL-01, 6号 第19条: 「对参加城乡居民基本养老保险的低保对象、低边对象、特困人员、残疾人等参保人员，其个人缴费按
/// 最低档次缴费标准由财政全额代缴」. The target group: enrolled members (asked first) of the groups named.
pub fn resident_pension_contribution_paid(ctx: &mut Ctx<'_>) -> Eval {
    per_member(ctx, Form::Waiver, |ctx, i| {
        let m = &ctx.h.members[i];
        let enrolled = ctx.member_group(i, |ctx| {
            ctx.member_fact(
                i,
                "cond-resident-pension",
                "resident_pension_enrolled",
                m.resident_pension_enrolled,
            )
        });
        if enrolled != Tri::True {
            return (enrolled.outcome(), None);
        }
        let group = ctx.member_group(i, |ctx| {
            ctx.any_of(|ctx| {
                let dd = ctx.status_in(
                    "cond-status-dibao-dibian",
                    &[HouseholdStatus::Dibao, HouseholdStatus::Dibian],
                );
                let tekun = ctx.member_fact(i, "cond-tekun", "tekun", m.is_tekun());
                let disabled = ctx.member_fact(i, "cond-disabled", "disabled", m.disabled);
                dd.or(tekun).or(disabled)
            })
        });
        if group != Tri::True {
            return (group.outcome(), None);
        }
        match ctx.num(K::ResidentPensionLowestTier) {
            Some(v) => (Outcome::Eligible, Some(Amount::exact(v, Period::Year))),
            None => (Outcome::Undetermined, None),
        }
    })
}

/// UTL-03, 6号 第20条: 「对社会散居孤儿、低保低边、分散供养特困人员，给予每户每年60吨水费、60立方米天然气、
/// 180度用电基数和免收有线电视初装费及视听维护费等帮扶」: once per household and year, valued at local prices.
/// A household without piped gas or cable TV gets no substitute (the text gives none).
pub fn utility_free_quota(ctx: &mut Ctx<'_>) -> Eval {
    let group = ctx.group(|ctx| {
        ctx.any_of(|ctx| {
            let mut group = ctx.status_in(
                "cond-status-dibao-dibian",
                &[HouseholdStatus::Dibao, HouseholdStatus::Dibian],
            );
            for i in 0..ctx.h.members.len() {
                let m = &ctx.h.members[i];
                let scattered = ctx.member_fact(
                    i,
                    "cond-scattered-orphan",
                    "orphan",
                    m.orphan.map(|o| o == OrphanStatus::Scattered),
                );
                let dispersed = ctx.member_fact(
                    i,
                    "cond-tekun-dispersed",
                    "tekun",
                    m.tekun.map(|t| t == TekunSupport::Dispersed),
                );
                group = group.or(scattered).or(dispersed);
            }
            group
        })
    });
    if let Some(e) = stop(group, Form::Waiver) {
        return e;
    }
    let u = &ctx.h.utilities;
    let (gas, tv) = (u.piped_gas, u.cable_tv);
    if gas.is_none() {
        ctx.miss(MissingWhat::Household {
            field: "utilities.piped_gas",
        });
    }
    if tv.is_none() {
        ctx.miss(MissingWhat::Household {
            field: "utilities.cable_tv",
        });
    }
    let (Some(gas), Some(tv)) = (gas, tv) else {
        return undetermined(Form::Waiver);
    };
    let mut value = Decimal::ZERO;
    let mut complete = true;
    let mut add = |ctx: &mut Ctx<'_>, qty: K, price: K, step: &'static str| match (
        ctx.num(qty),
        ctx.num(price),
    ) {
        (Some(q), Some(p)) => {
            value += q * p;
            ctx.calc(
                None,
                step,
                &[Val::Number(q), Val::Number(p)],
                Val::Money(q * p),
            );
        }
        _ => complete = false,
    };
    add(ctx, K::WaterQuotaT, K::WaterPricePerT, "calc-utility-water");
    add(
        ctx,
        K::ElecQuotaKwh,
        K::ElecPricePerKwh,
        "calc-utility-power",
    );
    if gas {
        add(ctx, K::GasQuotaM3, K::GasPricePerM3, "calc-utility-gas");
    }
    if tv {
        match ctx.num(K::CatvMaintenanceFeeMonthly) {
            Some(fee) => {
                value += fee * Decimal::from(12);
                ctx.calc(
                    None,
                    "calc-utility-catv",
                    &[Val::Money(fee)],
                    Val::Money(fee * Decimal::from(12)),
                );
            }
            None => complete = false,
        }
    }
    if complete {
        ctx.calc(None, "calc-utility-total", &[], Val::Money(value));
    }
    if complete {
        result(
            Outcome::Eligible,
            Some(Amount::exact(value, Period::Year)),
            Form::Waiver,
        )
    } else {
        undetermined(Form::Waiver)
    }
}

/// UTL-04, 6号 第20条: 「市区65周岁以上老年人、持证残疾人、困难群众可免费乘坐公共交通」 (65 is included).
/// The clause names only its target group: 市区, then the member's age, certificate or status.
pub fn free_public_transport(ctx: &mut Ctx<'_>) -> Eval {
    let shiqu = ctx.group(Ctx::shiqu);
    if let Some(e) = stop(shiqu, Form::InKind) {
        return e;
    }
    let Some(age) = ctx.num(K::FreeTransportAge) else {
        return undetermined(Form::InKind);
    };
    let age = age.trunc().to_u32().unwrap_or(u32::MAX);
    per_member(ctx, Form::InKind, |ctx, i| {
        let group = ctx.member_group(i, |ctx| {
            let old = ctx.age(i, "cond-age-free-transport", Cmp::Ge, age);
            if old == Tri::True {
                return old;
            }
            let disabled =
                ctx.member_fact(i, "cond-disabled", "disabled", ctx.h.members[i].disabled);
            let k = ctx.kunnan(i);
            old.or(disabled).or(k)
        });
        (group.outcome(), None)
    })
}
