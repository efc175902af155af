//! Veterans (退役军人): the one-off aids of 温政发〔2022〕6号 第4条. The 低保 supplement of the same article
//! (VET-01) is with the income rules, and the veterans' medical assistance (VET-04) is MED-07.

use super::{per_member, result, stop};
use crate::engine::{Cmp, Ctx, Eval, Form, Outcome, Tri, Val};
use crate::household::{FallenCause, VeteranCategory};

/// Code of a cause of death.
fn cause_code(c: FallenCause) -> &'static str {
    match c {
        FallenCause::VeteranEmergencyDuty => "fallen-veteran-emergency",
        FallenCause::ActiveServiceDeath => "fallen-active-service",
        FallenCause::Other => "fallen-other",
    }
}

/// VET-02, 6号 第4条: 「因参与突发公共事件等应急处置工作殉职的退役军人，以及因战、因公牺牲的现役军人，给予其遗属
/// 一次性援助」. No amount: `refer` to 退役军人事务局.
pub fn veteran_survivor_one_off(ctx: &mut Ctx<'_>) -> Eval {
    let fallen = ctx.h.fallen_service_member.clone();
    // The target group: the family of a fallen service member (the record).
    let present = ctx.group(|ctx| {
        ctx.check(
            None,
            "cond-fallen-service-member",
            Val::Bool(fallen.is_some()),
            Cmp::Is,
            Val::None,
            Tri::from_bool(fallen.is_some()),
        )
    });
    let Some(fallen) = fallen else {
        return result(present.outcome(), None, Form::Cash);
    };
    let cause = fallen.cause;
    if cause.is_none() {
        ctx.miss(crate::engine::MissingWhat::Household {
            field: "fallen_service_member.cause",
        });
    }
    let qualifies = ctx.check(
        None,
        "cond-fallen-cause",
        cause.map_or(Val::None, |c| Val::Code(cause_code(c))),
        Cmp::Is,
        Val::None,
        Tri::from_opt(cause.map(|c| c != FallenCause::Other)),
    );
    let hukou = ctx.wenzhou();
    match qualifies.and(hukou) {
        Tri::True => result(Outcome::Refer, None, Form::Cash),
        t => result(t.outcome(), None, Form::Cash),
    }
}

/// VET-03, 6号 第4条: 「县级以上表彰奖励获得者以及县级人民政府规定的其他困难退役军人，家庭出现重大变故导致困难，需要
/// 给予帮扶援助的，给予一次性援助」. The family event is the household's hardship event (6号 第2条's fact);
/// no amount: `refer`. The target group: veterans of a Wenzhou-hukou household (附则: 「适用对象原则上为
/// 温州户籍」; the hukou is asked first).
pub fn veteran_hardship_one_off(ctx: &mut Ctx<'_>) -> Eval {
    let hukou = ctx.group(Ctx::wenzhou);
    if let Some(e) = stop(hukou, Form::Cash) {
        return e;
    }
    per_member(ctx, Form::Cash, |ctx, i| {
        let m = &ctx.h.members[i];
        let (veteran, category) = (m.veteran, m.veteran_category);
        let veteran = ctx.member_group(i, |ctx| {
            ctx.member_fact(i, "cond-veteran", "veteran", veteran)
        });
        if veteran == Tri::False {
            return (Outcome::Ineligible, None);
        }
        let event = ctx.household_fact(
            "cond-hardship-event",
            "hardship_event",
            ctx.h.hardship_event,
        );
        if event == Tri::False {
            return (Outcome::Ineligible, None);
        }
        let group = ctx.member_fact(
            i,
            "cond-veteran-category",
            "veteran_category",
            category.map(|c| c != VeteranCategory::Other),
        );
        match veteran.and(event).and(group) {
            Tri::True => (Outcome::Refer, None),
            t => (t.outcome(), None),
        }
    })
}
