//! Family planning (计生): hardship grants and the special families' hospital-care insurance.
//! 温政发〔2022〕6号 第7条 (the 计生 education grant is EDU-05).

use rust_decimal::Decimal;

use super::{result, stop, undetermined};
use crate::engine::{Amount, Cmp, Ctx, Eval, Form, Outcome, Period, Tri, Val};
use crate::household::FpFamily;
use crate::policy::ParamKey as K;

/// Whether the household has a 计生 record, as a test (absent: none of the 第7条 situations): part of
/// the target group of 第7条's rules.
fn fp_record(ctx: &mut Ctx<'_>) -> Option<FpFamily> {
    let fp = ctx.h.fp_family.clone();
    ctx.group(|ctx| {
        ctx.check(
            None,
            "cond-fp-family-record",
            Val::Bool(fp.is_some()),
            Cmp::Is,
            Val::None,
            Tri::from_bool(fp.is_some()),
        )
    });
    fp
}

/// FP-01, 6号 第7条: 「对市区患重病的计生困难家庭、独生子女死亡或伤残家庭的父母和生活有特殊困难的计生家庭，以及计生困难
/// 家庭的留守儿童、留守妇女、留守老年人，经认定后分别给予3500元/户、3000元/户、1500元/户补助」.
///
/// Three groups (rules-core §4.5, flagged): 患重病的计生困难家庭 3500; 独生子女死亡或伤残家庭的父母 and 生活有特殊困难的
/// 计生家庭 3000 (「和」 joins them; `fp_special_hardship_group` moves the latter to the third amount); the
/// left-behind members of a 计生困难家庭 1500. 市区 only. A household in several groups gets the highest
/// amount once (per 户). How often it is paid is not stated: `fp_grant_period` has no official value.
/// The target group: a 市区 household with a 计生 record.
pub fn fp_hardship_household_grant(ctx: &mut Ctx<'_>) -> Eval {
    let shiqu = ctx.group(Ctx::shiqu);
    if let Some(e) = stop(shiqu, Form::Cash) {
        return e;
    }
    let Some(fp) = fp_record(ctx) else {
        return result(Outcome::Ineligible, None, Form::Cash);
    };
    let Some(grouping) = ctx.choice(K::FpSpecialHardshipGroup) else {
        return undetermined(Form::Cash);
    };
    let mark = ctx.mark();
    let hardship = ctx.household_fact(
        "cond-fp-hardship-family",
        "fp_hardship_family",
        ctx.h.fp_hardship_family,
    );
    let ill = ctx.household_fact(
        "cond-fp-serious-illness",
        "fp_family.serious_illness",
        fp.serious_illness,
    );
    let only_child = ctx.household_fact(
        "cond-fp-only-child",
        "fp_family.only_child_lost_or_disabled",
        fp.only_child_lost_or_disabled,
    );
    let special = ctx.household_fact(
        "cond-fp-special-hardship",
        "fp_family.special_hardship",
        fp.special_hardship,
    );
    let left_behind = ctx.household_fact(
        "cond-fp-left-behind",
        "fp_family.left_behind_member",
        fp.left_behind_member,
    );
    let special_key = if grouping == "left_behind" {
        K::FpGrantLeftBehind
    } else {
        K::FpGrantOnlyChild
    };
    let groups = [
        (hardship.and(ill), K::FpGrantSeriousIllness),
        (only_child, K::FpGrantOnlyChild),
        (special, special_key),
        (hardship.and(left_behind), K::FpGrantLeftBehind),
    ];
    let mut best: Option<(Decimal, usize)> = None;
    let mut open: Option<Decimal> = None;
    for (g, (t, key)) in groups.iter().enumerate() {
        if *t == Tri::False {
            continue;
        }
        let Some(v) = ctx.num(*key) else {
            return undetermined(Form::Cash);
        };
        match t {
            Tri::True if best.is_none_or(|(b, _)| v > b) => best = Some((v, g)),
            Tri::Unknown => open = Some(open.map_or(v, |o: Decimal| o.max(v))),
            _ => {}
        }
    }
    let Some((value, group)) = best else {
        return result(
            if open.is_some() {
                Outcome::Undetermined
            } else {
                Outcome::Ineligible
            },
            None,
            Form::Cash,
        );
    };
    if open.is_some_and(|o| o > value) {
        // A higher group is possible: the amount depends on it.
        return undetermined(Form::Cash);
    }
    ctx.drop_failed_since(mark);
    if group == 2 {
        // The amount rests on the reading of 「和」 (rules-core A18): say so.
        ctx.check(
            None,
            "cond-fp-grouping-reading",
            Val::Code(if grouping == "left_behind" {
                "fp-group-left-behind"
            } else {
                "fp-group-only-child"
            }),
            Cmp::Is,
            Val::None,
            Tri::True,
        );
    }
    let period = match ctx.choice(K::FpGrantPeriod) {
        Some("once") => Period::Once,
        Some(_) => Period::Year,
        None => return undetermined(Form::Cash),
    };
    result(
        Outcome::Eligible,
        Some(Amount::exact(value, period)),
        Form::Cash,
    )
}

/// FP-02, 6号 第7条: 「对全市计生家庭符合特别扶助对象资格条件，独生子女死亡或伤、病残后未再生育或收养子女家庭的夫妻，由
/// 市级给予投保计生特殊家庭住院护理补贴保险」. Insurance bought by the city: in kind, whole city. The
/// target group is the whole condition: a Wenzhou-hukou 计生 family whose couple is 特别扶助对象.
pub fn fp_special_family_nursing_insurance(ctx: &mut Ctx<'_>) -> Eval {
    let hukou = ctx.group(Ctx::wenzhou);
    if let Some(e) = stop(hukou, Form::InKind) {
        return e;
    }
    let Some(fp) = fp_record(ctx) else {
        return result(Outcome::Ineligible, None, Form::InKind);
    };
    let couple = ctx.group(|ctx| {
        ctx.household_fact(
            "cond-fp-special-support-couple",
            "fp_family.special_support_couple",
            fp.special_support_couple,
        )
    });
    result(couple.outcome(), None, Form::InKind)
}
