//! The basic elderly-service list: 温政办〔2023〕75号 关于贯彻落实《温州市居家养老服务促进条例》的实施意见 and its
//! annex 《温州市基本养老服务清单（2023年版）》 (seed 000; rules-other §B), in force 2023-10-01 → 2027-09-30.
//!
//! Cash items whose amount the list leaves to the counties (养老服务补贴, 护理补贴, 长寿保健补助金…) answer
//! `undetermined` naming the local parameter once the person is in the group. Priority and referral
//! items give `eligible` (priority, no amount) or `refer` when their trigger facts are recorded.
//! Where the same benefit is also given by 温政发〔2022〕6号 (高龄津贴, 低保/低边 elders' 养老服务补贴),
//! `engine::stacking` decides which rule carries it; the rules here do not know each other.

mod services;

pub use services::*;

use rust_decimal::Decimal;

use super::{local_amount, per_member, stop, undetermined, years};
use crate::engine::{Amount, Cmp, Ctx, Eval, Form, Outcome, Period, Tri, Val};
use crate::household::{
    CapabilityLevel, CareDependency, DementiaLevel, DisabilityCategory, ElderlyServices,
    HouseholdStatus,
};
use crate::policy::ParamKey as K;

/// The member's 75号 record, with the lifetime of the household (not of the context).
fn record<'a>(ctx: &Ctx<'a>, i: usize) -> Option<&'a ElderlyServices> {
    let h = ctx.h;
    h.members[i].elderly_services.as_ref()
}

/// A condition on a yes/no fact of the record: message key, fact path, getter.
type RecordFact = (
    &'static str,
    &'static str,
    fn(&ElderlyServices) -> Option<bool>,
);

/// A yes/no fact of the 75号 record: without a record it is unknown and asked for, never read as
/// "no" (the caller has checked that the member may be in the rule's target group).
fn rec_fact(
    ctx: &mut Ctx<'_>,
    i: usize,
    key: &'static str,
    field: &'static str,
    get: fn(&ElderlyServices) -> Option<bool>,
) -> Tri {
    let value = record(ctx, i).and_then(get);
    ctx.member_fact(i, key, field, value)
}

/// A yes/no fact of the 75号 record that itself defines a rule's target group (a 见义勇为 disability,
/// a vagrant, a hukou left elsewhere), declared as the member's group: without a record the person
/// is not in the group — said so, not asked of everyone; with a record that leaves the fact open,
/// it is asked.
fn rec_trigger(
    ctx: &mut Ctx<'_>,
    i: usize,
    key: &'static str,
    field: &'static str,
    get: fn(&ElderlyServices) -> Option<bool>,
) -> Tri {
    ctx.member_group(i, |ctx| {
        if record(ctx, i).is_none() {
            return ctx.check(
                Some(i),
                key,
                Val::Bool(false),
                Cmp::Is,
                Val::None,
                Tri::False,
            );
        }
        rec_fact(ctx, i, key, field, get)
    })
}

/// 老年人: aged 60 or more (not defined in 75号; 老年人权益保障法 第二条, parameter `eld_elderly_min_age`).
/// A test only: the callers declare it as the member's group.
fn elderly(ctx: &mut Ctx<'_>, i: usize, min_age: u32) -> Tri {
    ctx.age(i, "cond-eld-elderly", Cmp::Ge, min_age)
}

/// The dependency level 0 (able) … 3 (severe): the 民政 capability assessment (清单第3项) if on file,
/// otherwise the 生活不能自理程度 of 6号 (完全 = 重度, 基本 = 中度, 部分 = 轻度 不能自理). Records it.
fn dependency_level(ctx: &mut Ctx<'_>, i: usize) -> Option<u8> {
    let assessed = record(ctx, i)
        .and_then(|r| r.capability)
        .filter(|c| *c != CapabilityLevel::NotAssessed);
    let (level, code) = if let Some(c) = assessed {
        match c {
            CapabilityLevel::Severe => (Some(3), "capability-severe"),
            CapabilityLevel::Moderate => (Some(2), "capability-moderate"),
            CapabilityLevel::Mild => (Some(1), "capability-mild"),
            CapabilityLevel::Able | CapabilityLevel::NotAssessed => (Some(0), "capability-able"),
        }
    } else {
        match ctx.h.members[i].care_dependency {
            Some(CareDependency::Totally) => (Some(3), "care-totally"),
            Some(CareDependency::Largely) => (Some(2), "care-largely"),
            Some(CareDependency::Partly) => (Some(1), "care-partly"),
            Some(CareDependency::None) => (Some(0), "care-none"),
            None => {
                ctx.miss_member(i, "care_dependency");
                (None, "")
            }
        }
    };
    let actual = if level.is_some() {
        Val::Code(code)
    } else {
        Val::None
    };
    ctx.check(
        Some(i),
        "cond-eld-dependency-level",
        actual,
        Cmp::Is,
        Val::None,
        Tri::from_opt(level.map(|l| l > 0)),
    );
    level
}

/// The 失智 level 0 … 3: the record's level, or none if the member is known not to be demented.
fn dementia_level(ctx: &mut Ctx<'_>, i: usize) -> Option<u8> {
    let from_record = record(ctx, i).and_then(|r| r.dementia_level);
    match (from_record, ctx.h.members[i].dementia) {
        (Some(l), _) => Some(match l {
            DementiaLevel::None => 0,
            DementiaLevel::Mild => 1,
            DementiaLevel::Moderate => 2,
            DementiaLevel::Severe => 3,
        }),
        (None, Some(false)) => Some(0),
        (None, Some(true)) => {
            ctx.miss_member(i, "elderly_services.dementia_level");
            None
        }
        (None, None) => {
            ctx.miss_member(i, "dementia");
            None
        }
    }
}

/// 中重度失能失智 (清单第11, 21项): a dependency level of 中度 or 重度, or a 失智 level of 中度 or 重度.
fn moderate_or_severe(ctx: &mut Ctx<'_>, i: usize) -> Tri {
    ctx.any_of(|ctx| {
        let d = dependency_level(ctx, i);
        let disabled = ctx.check(
            Some(i),
            "cond-eld-moderate-severe-disability",
            d.map_or(Val::None, |l| Val::Number(Decimal::from(l))),
            Cmp::Ge,
            Val::Number(Decimal::from(2)),
            Tri::from_opt(d.map(|l| l >= 2)),
        );
        if disabled == Tri::True {
            return Tri::True;
        }
        let m = dementia_level(ctx, i);
        let demented = ctx.check(
            Some(i),
            "cond-eld-moderate-severe-dementia",
            m.map_or(Val::None, |l| Val::Number(Decimal::from(l))),
            Cmp::Ge,
            Val::Number(Decimal::from(2)),
            Tri::from_opt(m.map(|l| l >= 2)),
        );
        disabled.or(demented)
    })
}

/// 经济困难 (清单第7, 8项, not defined in 75号): a 低保 or 低边 household or a 特困 member (rules-other §B
/// default; 6号 附则 calls the same groups 困难群众).
fn hardship(ctx: &mut Ctx<'_>, i: usize) -> Tri {
    ctx.any_of(|ctx| {
        let status = ctx.status_in(
            "cond-status-dibao-dibian",
            &[HouseholdStatus::Dibao, HouseholdStatus::Dibian],
        );
        if status == Tri::True {
            return Tri::True;
        }
        let tekun = ctx.member_fact(i, "cond-tekun", "tekun", ctx.h.members[i].is_tekun());
        status.or(tekun)
    })
}

/// The member's own hukou is in Wenzhou: the household's, unless the record says the member's own
/// hukou is elsewhere (a parent who joined a child, 清单第24项). Declared as part of the member's
/// target group: every caller is an item for 「温州户籍」 or 「本市户籍」 elders (B1, B2, B13).
pub(super) fn own_hukou_wenzhou(ctx: &mut Ctx<'_>, i: usize) -> Tri {
    ctx.member_group(i, |ctx| {
        let household = ctx.wenzhou();
        if household != Tri::True {
            return household;
        }
        match record(ctx, i).and_then(|r| r.hukou_outside_wenzhou) {
            Some(true) => ctx.check(
                Some(i),
                "cond-eld-own-hukou-wenzhou",
                Val::Bool(false),
                Cmp::Is,
                Val::None,
                Tri::False,
            ),
            _ => Tri::True,
        }
    })
}

/// A monthly amount from a local parameter: `eligible` with it, or `undetermined` naming it.
fn monthly(ctx: &mut Ctx<'_>, key: K) -> (Outcome, Option<Amount>) {
    match ctx.num(key) {
        Some(v) => (Outcome::Eligible, Some(Amount::exact(v, Period::Month))),
        None => (Outcome::Undetermined, None),
    }
}

/// B1 高龄津贴, 清单第6项: 「为80周岁及以上温州户籍老年人每月发放不少60元的高龄津贴，100周岁及以上老年人发放
/// 长寿保健补助金（不重复享受）。」
///
/// Wenzhou hukou aged 80–99 (from 100 the 长寿保健补助金 of B2 replaces it): at least 60 a month (「不少
/// 60元」 read as 不少于), or the county's band where a pack gives a higher one (the 市区 bands of 6号
/// until 2025-12-31). While 6号 is in force ELD-04 gives the same allowance: `engine::stacking` pays
/// one of the two (就高). Target group: Wenzhou hukou (the household's and the member's own), aged
/// 80–99.
pub fn eld_longevity_allowance(ctx: &mut Ctx<'_>) -> Eval {
    let hukou = ctx.group(|ctx| ctx.wenzhou());
    if let Some(e) = stop(hukou, Form::Cash) {
        return e;
    }
    let (Some(a80), Some(a100)) = (
        years(ctx, K::EldLongevityAge),
        years(ctx, K::EldCentenarianAge),
    ) else {
        return undetermined(Form::Cash);
    };
    per_member(ctx, Form::Cash, |ctx, i| {
        let old = ctx.member_group(i, |ctx| ctx.age(i, "cond-age-advanced", Cmp::Ge, a80));
        if old != Tri::True {
            return (old.outcome(), None);
        }
        let below = ctx.member_group(i, |ctx| {
            ctx.age(i, "cond-eld-below-centenarian", Cmp::Lt, a100)
        });
        if below != Tri::True {
            return (below.outcome(), None);
        }
        let own = own_hukou_wenzhou(ctx, i);
        if own != Tri::True {
            return (own.outcome(), None);
        }
        let Some(floor) = ctx.num(K::LongevityFloor) else {
            return (Outcome::Undetermined, None);
        };
        // The county's band, where a pack has one (6号's 市区 bands, or a county's own table).
        let age = ctx.d.ages[i].unwrap_or(a80);
        let band = match ctx.p.number(K::LongevityBand90Age) {
            Some(b90) if Decimal::from(age) >= b90 => K::Longevity9099,
            _ => K::Longevity8089,
        };
        let band_value = ctx.p.number(band);
        if band_value.is_some() {
            ctx.num(band);
        }
        let amount = match band_value {
            Some(b) if b >= floor => Amount::exact(b, Period::Month),
            _ => Amount::at_least(floor, Period::Month),
        };
        (Outcome::Eligible, Some(amount))
    })
}

/// B2 长寿保健补助金, 清单第6项: 「100周岁及以上老年人发放长寿保健补助金（不重复享受）。」
///
/// Wenzhou hukou aged 100 or more, instead of the 高龄津贴 (B1 stops at 99). The amount is a local
/// value (`longevity_care_subsidy_100`, as for ELD-04): `undetermined` naming it. Target group:
/// Wenzhou hukou (the household's and the member's own), aged 100+.
pub fn eld_centenarian_subsidy(ctx: &mut Ctx<'_>) -> Eval {
    let hukou = ctx.group(|ctx| ctx.wenzhou());
    if let Some(e) = stop(hukou, Form::Cash) {
        return e;
    }
    let Some(a100) = years(ctx, K::EldCentenarianAge) else {
        return undetermined(Form::Cash);
    };
    per_member(ctx, Form::Cash, |ctx, i| {
        let old = ctx.member_group(i, |ctx| ctx.age(i, "cond-eld-centenarian", Cmp::Ge, a100));
        if old != Tri::True {
            return (old.outcome(), None);
        }
        let own = own_hukou_wenzhou(ctx, i);
        if own != Tri::True {
            return (own.outcome(), None);
        }
        monthly(ctx, K::LongevityCareSubsidy100)
    })
}

/// B3 经济困难老年人养老服务补贴, 清单第7项: 「为经济困难的老年人提供养老服务补贴。」
///
/// Target group: an elder (60+) of a 低保 or 低边 household, or 特困. The amount is local. While 6号 is
/// in force its 第5条 gives the standard for 低保/低边 elders (ELD-01…03): `engine::stacking` lets those
/// carry it.
pub fn eld_care_service_subsidy_hardship(ctx: &mut Ctx<'_>) -> Eval {
    let Some(min_age) = years(ctx, K::EldElderlyMinAge) else {
        return undetermined(Form::InKind);
    };
    per_member(ctx, Form::InKind, |ctx, i| {
        let old = ctx.member_group(i, |ctx| elderly(ctx, i, min_age));
        if old == Tri::False {
            return (Outcome::Ineligible, None);
        }
        let poor = ctx.member_group(i, |ctx| hardship(ctx, i));
        let eligible = old.and(poor);
        if eligible != Tri::True {
            return (eligible.outcome(), None);
        }
        monthly(ctx, K::EldHardshipCareSubsidy)
    })
}

/// B4 经济困难老年人家庭适老化改造, 清单第8项: 「按照相关标准，为经济困难的老年人家庭提供适老化改造服务。」
///
/// Target group: an elder (60+) in economic hardship (低保, 低边, 特困): home adaptation of the household
/// in kind, on request (「愿改尽改」).
pub fn eld_home_adaptation_hardship(ctx: &mut Ctx<'_>) -> Eval {
    let Some(min_age) = years(ctx, K::EldElderlyMinAge) else {
        return undetermined(Form::InKind);
    };
    per_member(ctx, Form::InKind, |ctx, i| {
        let old = ctx.member_group(i, |ctx| elderly(ctx, i, min_age));
        if old == Tri::False {
            return (Outcome::Ineligible, None);
        }
        let poor = ctx.member_group(i, |ctx| hardship(ctx, i));
        (old.and(poor).outcome(), None)
    })
}

/// B5 失能老年人护理补贴, 清单第9项: 「为符合条件的失能老年人提供护理补贴。」
///
/// Target group: a disabled (失能) elder; 「符合条件」 is left to the counties, so the officer checks the
/// county's conditions: `refer`, with the county's amount where a pack gives one.
pub fn eld_care_allowance_disabled_elderly(ctx: &mut Ctx<'_>) -> Eval {
    let Some(min_age) = years(ctx, K::EldElderlyMinAge) else {
        return undetermined(Form::Cash);
    };
    per_member(ctx, Form::Cash, |ctx, i| {
        let old = ctx.member_group(i, |ctx| elderly(ctx, i, min_age));
        if old == Tri::False {
            return (Outcome::Ineligible, None);
        }
        let disabled = ctx.member_group(i, |ctx| {
            Tri::from_opt(dependency_level(ctx, i).map(|l| l > 0))
        });
        let group = old.and(disabled);
        if group != Tri::True {
            return (group.outcome(), None);
        }
        let amount = local_amount(
            ctx,
            i,
            K::EldDisabledCareAllowance,
            "cond-eld-care-allowance-local",
            |v| Amount::exact(v, Period::Month),
        );
        (Outcome::Refer, amount)
    })
}

/// B6 失能老年人家庭成员照护培训补贴, 清单第10项: 「符合条件的失能老年人家庭成员参加照护培训等相关职业技能培训的，
/// 按规定给予职业技能培训补贴。」
///
/// A member who attends care training while the household has a disabled elder: `refer` to 人力社保
/// (the subsidy follows the vocational-training rules, not in the seeds).
pub fn eld_family_caregiver_training_subsidy(ctx: &mut Ctx<'_>) -> Eval {
    let Some(min_age) = years(ctx, K::EldElderlyMinAge) else {
        return undetermined(Form::Cash);
    };
    per_member(ctx, Form::Cash, |ctx, i| {
        // The target group first: a member of a household with a disabled elder (the trainee may be the
        // elder's spouse, also elderly); only then does the training decide.
        let any = ctx.member_group(i, |ctx| {
            let mut any = Tri::False;
            for j in 0..ctx.h.members.len() {
                if j == i {
                    continue;
                }
                let old = elderly(ctx, j, min_age);
                if old == Tri::False {
                    continue;
                }
                let level = dependency_level(ctx, j);
                any = any.or(old.and(Tri::from_opt(level.map(|l| l > 0))));
            }
            let actual = match any {
                Tri::True => Val::Bool(true),
                Tri::False => Val::Bool(false),
                Tri::Unknown => Val::None,
            };
            ctx.check(
                Some(i),
                "cond-eld-disabled-elder-in-household",
                actual,
                Cmp::Is,
                Val::None,
                any,
            )
        });
        if any == Tri::False {
            return (Outcome::Ineligible, None);
        }
        let trains = rec_fact(
            ctx,
            i,
            "cond-eld-attends-care-training",
            "elderly_services.attends_care_training",
            |r| r.attends_care_training,
        );
        match any.and(trains) {
            Tri::True => (Outcome::Refer, None),
            t => (t.outcome(), None),
        }
    })
}

/// B7 赡养人死亡或伤病残的中重度失能失智老年人养老服务补贴, 清单第*11项: 「为赡养人死亡或者伤病残无力进行赡养的
/// 中重度失能失智老年人提供养老服务补贴」.
///
/// Target group: an elder (60+) whose supporters are all dead or unable (rules-other default
/// «all»); then the 中重度 level decides. No hardship test. Amount local.
pub fn eld_care_subsidy_no_supporter(ctx: &mut Ctx<'_>) -> Eval {
    let Some(min_age) = years(ctx, K::EldElderlyMinAge) else {
        return undetermined(Form::InKind);
    };
    per_member(ctx, Form::InKind, |ctx, i| {
        let old = ctx.member_group(i, |ctx| elderly(ctx, i, min_age));
        if old == Tri::False {
            return (Outcome::Ineligible, None);
        }
        let supporters = ctx.member_group(i, |ctx| {
            rec_fact(
                ctx,
                i,
                "cond-eld-supporters-unable",
                "elderly_services.supporters_dead_or_unable",
                |r| r.supporters_dead_or_unable,
            )
        });
        if supporters == Tri::False {
            return (Outcome::Ineligible, None);
        }
        let eligible = old.and(supporters).and(moderate_or_severe(ctx, i));
        if eligible != Tri::True {
            return (eligible.outcome(), None);
        }
        monthly(ctx, K::EldNoSupporterCareSubsidy)
    })
}

/// B8 困难残疾人生活补贴和重度残疾人护理补贴（老年）, 清单第18项: 「为低保家庭中的残疾老年人提供生活补贴，为残疾等级
/// 被评定为一级、二级的重度残疾老年人和三级、四级智力、精神残疾老年人提供护理补贴。」
///
/// Target group: a certified disabled elder. (a) 生活补贴: one of a 低保 household (local amount); (b)
/// 护理补贴: grade 1–2 of any category, or grade 3–4 intellectual or mental disability, no income test,
/// by the dependency tier of the provincial standard (500 / 250 / 125 as 6号 第5条 cites it). The two
/// stack.
pub fn eld_disabled_elderly_two_subsidies(ctx: &mut Ctx<'_>) -> Eval {
    let Some(min_age) = years(ctx, K::EldElderlyMinAge) else {
        return undetermined(Form::Cash);
    };
    per_member(ctx, Form::Cash, |ctx, i| {
        let m = &ctx.h.members[i];
        let (disabled, grade, category) = (m.disabled, m.disability_grade, m.disability_category);
        let group = ctx.member_group(i, |ctx| {
            let old = elderly(ctx, i, min_age);
            let certified = ctx.member_fact(i, "cond-disabled", "disabled", disabled);
            old.and(certified)
        });
        if group != Tri::True {
            return (group.outcome(), None);
        }
        // (a) 低保家庭中的残疾老年人.
        let living = ctx.status_in("cond-status-dibao", &[HouseholdStatus::Dibao]);
        // (b) 一级、二级, or 三级、四级 智力、精神.
        if grade.is_none() {
            ctx.miss_member(i, "disability_grade");
        }
        let severe = ctx.check(
            Some(i),
            "cond-eld-disability-grade-1-2",
            grade.map_or(Val::None, |g| Val::Number(Decimal::from(g))),
            Cmp::Le,
            Val::Number(Decimal::from(2)),
            Tri::from_opt(grade.map(|g| g <= 2)),
        );
        let care = if severe == Tri::False {
            if category.is_none() {
                ctx.miss_member(i, "disability_category");
            }
            ctx.check(
                Some(i),
                "cond-eld-intellectual-mental-3-4",
                Val::None,
                Cmp::Is,
                Val::None,
                Tri::from_opt(category.map(|c| {
                    matches!(
                        c,
                        DisabilityCategory::Intellectual | DisabilityCategory::Mental
                    )
                })),
            )
        } else {
            severe
        };
        if living.or(care) == Tri::False {
            return (Outcome::Ineligible, None);
        }
        let mut total = Decimal::ZERO;
        let mut open = living == Tri::Unknown || care == Tri::Unknown;
        let mut refer = false;
        if living == Tri::True {
            match ctx.num(K::EldDisabledLivingSubsidy) {
                Some(v) => total += v,
                None => open = true,
            }
        }
        if care == Tri::True {
            let key = match dependency_level(ctx, i) {
                Some(3) => Some(K::EldSevereDisabilityCareTotally),
                Some(2) => Some(K::EldSevereDisabilityCareLargely),
                Some(1) => Some(K::EldSevereDisabilityCarePartly),
                // Self-caring: the tiers of the provincial standard give no amount; the officer checks.
                Some(_) => {
                    refer = true;
                    None
                }
                None => {
                    open = true;
                    None
                }
            };
            if let Some(key) = key {
                match ctx.num(key) {
                    Some(v) => total += v,
                    None => open = true,
                }
            }
        }
        if open {
            (Outcome::Undetermined, None)
        } else if refer {
            let a = (total > Decimal::ZERO).then(|| Amount::exact(total, Period::Month));
            (Outcome::Refer, a)
        } else {
            (Outcome::Eligible, Some(Amount::exact(total, Period::Month)))
        }
    })
}

/// B9 低保老年人生活仍有困难的保障, 清单第12项: 「对获得最低生活保障金后生活仍有困难的老年人，采取必要措施给予生活
/// 保障。」 An elder of a 低保 household recorded as still in hardship: `refer` (「必要措施」 unspecified).
pub fn eld_dibao_elderly_extra_support(ctx: &mut Ctx<'_>) -> Eval {
    let Some(min_age) = years(ctx, K::EldElderlyMinAge) else {
        return undetermined(Form::Cash);
    };
    per_member(ctx, Form::Cash, |ctx, i| {
        // The group first (an elder of a 低保 household), then the hardship that decides it.
        let old = ctx.member_group(i, |ctx| elderly(ctx, i, min_age));
        if old == Tri::False {
            return (Outcome::Ineligible, None);
        }
        let dibao = ctx.member_group(i, |ctx| {
            ctx.status_in("cond-status-dibao", &[HouseholdStatus::Dibao])
        });
        if dibao == Tri::False {
            return (Outcome::Ineligible, None);
        }
        let still = rec_fact(
            ctx,
            i,
            "cond-eld-hardship-after-dibao",
            "elderly_services.hardship_after_dibao",
            |r| r.hardship_after_dibao,
        );
        match old.and(dibao).and(still) {
            Tri::True => (Outcome::Refer, None),
            t => (t.outcome(), None),
        }
    })
}
