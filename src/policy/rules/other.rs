//! New citizens and residence permits: 温政发〔2022〕6号 第25条 (the 新市民 public services of 第26条 are
//! informational; 新市民 social assistance, INC-22, is with the income rules).

use rust_decimal::Decimal;

use super::{per_member, stop, undetermined, years};
use crate::engine::{Cmp, Ctx, Eval, Form, Outcome, Tri, Val};
use crate::household::ResidencePermit;
use crate::policy::ParamKey as K;

/// OTH-01, 6号 第25条: 「对外来务工人员从浙江省内其他城市流入我市，或在市域内各县（市、区）之间流动，持有有效浙江省居住证，
/// 或在浙江省内跨市域、跨县域累计居住登记时间达到6个月且目前居住登记在温州的，可直接办理居住证」.
///
/// A worker without Wenzhou hukou, of working age (`working_age_min`), holding a valid Zhejiang
/// residence permit, or with 6 months (达到: included) of registration in Zhejiang and registered in
/// Wenzhou now: the Wenzhou permit is issued directly (in kind). The target group: members of working
/// age in a household without Wenzhou hukou.
pub fn residence_permit_direct(ctx: &mut Ctx<'_>) -> Eval {
    let outside = ctx.group(|ctx| {
        let wenzhou = ctx.wenzhou();
        ctx.negate(wenzhou)
    });
    if let Some(e) = stop(outside, Form::InKind) {
        return e;
    }
    let (Some(min_age), Some(months_required)) = (
        years(ctx, K::WorkingAgeMin),
        ctx.num(K::ResidenceRegistrationMonths),
    ) else {
        return undetermined(Form::InKind);
    };
    per_member(ctx, Form::InKind, |ctx, i| {
        let adult = ctx.member_group(i, |ctx| ctx.age(i, "cond-working-age", Cmp::Ge, min_age));
        if adult == Tri::False {
            return (Outcome::Ineligible, None);
        }
        let m = &ctx.h.members[i];
        let (permit, months, registered) = (
            m.residence_permit,
            m.zhejiang_registration_months,
            m.registered_in_wenzhou,
        );
        let route = ctx.any_of(|ctx| {
            let has_permit = ctx.member_fact(
                i,
                "cond-zhejiang-residence-permit",
                "residence_permit",
                permit.map(|p| p != ResidencePermit::None),
            );
            if has_permit == Tri::True {
                return has_permit;
            }
            if months.is_none() {
                ctx.miss_member(i, "zhejiang_registration_months");
            }
            let long_enough = ctx.check(
                Some(i),
                "cond-registration-months",
                months.map_or(Val::None, |n| Val::Number(Decimal::from(n))),
                Cmp::Ge,
                Val::Number(months_required),
                Tri::from_opt(months.map(|n| Decimal::from(n) >= months_required)),
            );
            let here = if long_enough == Tri::False {
                Tri::False
            } else {
                ctx.member_fact(
                    i,
                    "cond-registered-in-wenzhou",
                    "registered_in_wenzhou",
                    registered,
                )
            };
            has_permit.or(long_enough.and(here))
        });
        (adult.and(route).outcome(), None)
    })
}
