//! Elderly: care-service subsidies, the longevity allowance (高龄津贴) and long-term care insurance.
//! 温政发〔2022〕6号 第5条; for the 高龄津贴 from 2023-10-01 also 温政办〔2023〕75号 附件《温州市基本养老服务清单
//! （2023年版）》第6项 (through dated parameters: the rule stays under 6号).

use rust_decimal::Decimal;

use super::elderly_services::own_hukou_wenzhou;
use super::{per_member, stop, undetermined, years};
use crate::engine::{Amount, Cmp, Ctx, Eval, Form, Outcome, Period, Tri, Val};
use crate::household::{CareDependency, ElderlyCareSetting, HouseholdStatus, MedicalScheme};
use crate::policy::ParamKey as K;

/// Message code of a dependency tier.
fn dependency_code(d: CareDependency) -> &'static str {
    match d {
        CareDependency::Totally => "care-totally",
        CareDependency::Largely => "care-largely",
        CareDependency::Partly => "care-partly",
        CareDependency::None => "care-none",
    }
}

/// Message code of a care setting.
fn setting_code(s: ElderlyCareSetting) -> &'static str {
    match s {
        ElderlyCareSetting::Home => "setting-home",
        ElderlyCareSetting::PublicInstitution => "setting-public-institution",
        ElderlyCareSetting::SocialInstitution => "setting-social-institution",
    }
}

/// Whether the member is cared for in one of the `wanted` settings.
fn setting_in(
    ctx: &mut Ctx<'_>,
    i: usize,
    key: &'static str,
    wanted: &[ElderlyCareSetting],
) -> Tri {
    let s = ctx.h.members[i].elderly_care_setting;
    if s.is_none() {
        ctx.miss_member(i, "elderly_care_setting");
    }
    ctx.check(
        Some(i),
        key,
        s.map_or(Val::None, |s| Val::Code(setting_code(s))),
        Cmp::Is,
        Val::None,
        Tri::from_opt(s.map(|s| wanted.contains(&s))),
    )
}

/// The tier keys of a care subsidy: totally, largely, partly dependent, and 高龄.
type TierKeys = [K; 4];

const DIBAO_TIERS: TierKeys = [
    K::ElderlyCareTotally,
    K::ElderlyCareLargely,
    K::ElderlyCarePartly,
    K::ElderlyCareAdvancedAge,
];

const DIBIAN_TIERS: TierKeys = [
    K::ElderlyCareDibianTotally,
    K::ElderlyCareDibianLargely,
    K::ElderlyCareDibianPartly,
    K::ElderlyCareDibianAdvancedAge,
];

/// The group of 6号 第5条 (「失能、失智及高龄老年人」) and the monthly subsidy of a member aged 60 or more:
/// the dependency tier, or the 高龄 amount from `old_age`, whichever is higher (rules-core §8: an
/// 85-year-old who is totally dependent gets 500, not 625). A 失智 person without a dependency tier is
/// in the group but has no tier amount: `refer`.
fn care_tier(
    ctx: &mut Ctx<'_>,
    i: usize,
    old_age: u32,
    keys: TierKeys,
) -> (Outcome, Option<Amount>) {
    let dependency = ctx.h.members[i].care_dependency;
    if dependency.is_none() {
        ctx.miss_member(i, "care_dependency");
    }
    let mark = ctx.mark();
    // 失能: any of the three tiers.
    let disabled = ctx.check(
        Some(i),
        "cond-care-dependency",
        dependency.map_or(Val::None, |d| Val::Code(dependency_code(d))),
        Cmp::Is,
        Val::None,
        Tri::from_opt(dependency.map(|d| d != CareDependency::None)),
    );
    let advanced = ctx.age(i, "cond-age-advanced", Cmp::Ge, old_age);
    let Some(dependency) = dependency else {
        // Eligible or not, the amount depends on the tier (500 > 125 for a 高龄 person too).
        return (Outcome::Undetermined, None);
    };
    if disabled == Tri::False {
        match advanced {
            Tri::True => ctx.drop_failed_since(mark),
            Tri::Unknown => return (Outcome::Undetermined, None),
            Tri::False => {
                // Neither 失能 nor 高龄: only 失智 brings the member into the group, without a tier.
                let dementia =
                    ctx.member_fact(i, "cond-dementia", "dementia", ctx.h.members[i].dementia);
                return match dementia {
                    Tri::True => {
                        ctx.drop_failed_since(mark);
                        (Outcome::Refer, None)
                    }
                    t => (t.outcome(), None),
                };
            }
        }
    } else {
        ctx.drop_failed_since(mark);
    }
    let tier_key = match dependency {
        CareDependency::Totally => Some(keys[0]),
        CareDependency::Largely => Some(keys[1]),
        CareDependency::Partly => Some(keys[2]),
        CareDependency::None => None,
    };
    let tier = match tier_key {
        Some(k) => match ctx.num(k) {
            Some(v) => Some(v),
            None => return (Outcome::Undetermined, None),
        },
        None => None,
    };
    let old = match advanced {
        Tri::True => match ctx.num(keys[3]) {
            Some(v) => Some(v),
            None => return (Outcome::Undetermined, None),
        },
        Tri::False => None,
        // A dependent person of unknown age: a local 高龄 amount could be above the tier.
        Tri::Unknown => return (Outcome::Undetermined, None),
    };
    let value = tier
        .unwrap_or(Decimal::ZERO)
        .max(old.unwrap_or(Decimal::ZERO));
    (Outcome::Eligible, Some(Amount::exact(value, Period::Month)))
}

/// ELD-01, 6号 第5条: 「以服务形式对城乡低保60周岁以上居家养老的失能、失智及高龄老年人给予养老服务补贴，补贴标准
/// 按照生活完全不能自理、基本不能自理、部分不能自理分为三档，参照浙江省重度残疾人护理补贴每人每月500元、250元、125元
/// 的标准执行，80周岁以上的高龄老年人按每人每月125元执行」.
///
/// The figures are a reference standard (「参照」; the standard is set locally, rules-core errata 4): they
/// are parameters whose official default is the reference, and the trace says so. In services, not
/// cash. The dependency tier and the 高龄 tier are not added: the higher is paid.
///
/// The group: a 低保 household; a member aged 60 or more (失能、失智、高龄 and the home decide).
pub fn elderly_care_service_subsidy_dibao_home(ctx: &mut Ctx<'_>) -> Eval {
    let dibao = ctx.group(|ctx| ctx.status_in("cond-status-dibao", &[HouseholdStatus::Dibao]));
    if let Some(e) = stop(dibao, Form::InKind) {
        return e;
    }
    let (Some(min_age), Some(old_age)) =
        (years(ctx, K::ElderlyCareMinAge), years(ctx, K::AdvancedAge))
    else {
        return undetermined(Form::InKind);
    };
    per_member(ctx, Form::InKind, |ctx, i| {
        let aged = ctx.member_group(i, |ctx| ctx.age(i, "cond-age-60", Cmp::Ge, min_age));
        if aged == Tri::False {
            return (Outcome::Ineligible, None);
        }
        let home = setting_in(ctx, i, "cond-care-at-home", &[ElderlyCareSetting::Home]);
        if home == Tri::False {
            return (Outcome::Ineligible, None);
        }
        let (o, a) = care_tier(ctx, i, old_age, DIBAO_TIERS);
        match (aged.and(home), o) {
            (_, Outcome::Ineligible) => (Outcome::Ineligible, None),
            (Tri::True, Outcome::Eligible) => {
                if let Some(a) = a {
                    // The figure is the reference of 6号 (参照), unless a local pack replaced it.
                    ctx.check(
                        Some(i),
                        "cond-elderly-care-reference",
                        Val::Money(a.value),
                        Cmp::Eq,
                        Val::Money(a.value),
                        Tri::True,
                    );
                }
                (o, a)
            }
            (Tri::True, o) => (o, a),
            _ => (Outcome::Undetermined, None),
        }
    })
}

/// The care-fee rate of 6号 第3条 that 第5条 refers to for a dependency tier: 完全不能自理 → 完全丧失,
/// 基本不能自理 → 中度丧失, 部分不能自理 → 轻度丧失, none → 具备自理能力.
fn tekun_rate_key(d: CareDependency) -> K {
    match d {
        CareDependency::Totally => K::TekunCareRateFullyLost,
        CareDependency::Largely => K::TekunCareRateModeratelyLost,
        CareDependency::Partly => K::TekunCareRateMildlyLost,
        CareDependency::None => K::TekunCareRateAble,
    }
}

/// ELD-02, 6号 第5条: 「家庭不具备照料条件，经县级民政部门批准纳入机构养老的城乡低保60周岁以上的失能、失智及高龄
/// 老年人，可参照当地特困供养人员护理费用标准执行」.
///
/// 「可参照」: `refer`, with the 特困 care fee as the reference amount — the local fee of a government
/// institution (INC-16), or the share of the minimum wage for the dependency tier in a social
/// institution (INC-17).
///
/// The group: a 低保 household; a member aged 60 or more.
pub fn elderly_care_subsidy_dibao_institution(ctx: &mut Ctx<'_>) -> Eval {
    let dibao = ctx.group(|ctx| ctx.status_in("cond-status-dibao", &[HouseholdStatus::Dibao]));
    if let Some(e) = stop(dibao, Form::Cash) {
        return e;
    }
    let (Some(min_age), Some(old_age)) =
        (years(ctx, K::ElderlyCareMinAge), years(ctx, K::AdvancedAge))
    else {
        return undetermined(Form::Cash);
    };
    per_member(ctx, Form::Cash, |ctx, i| {
        let aged = ctx.member_group(i, |ctx| ctx.age(i, "cond-age-60", Cmp::Ge, min_age));
        if aged == Tri::False {
            return (Outcome::Ineligible, None);
        }
        // The group (失能、失智及高龄), as for ELD-01; the tier amount is not used here.
        let mark = ctx.mark();
        let advanced = ctx.age(i, "cond-age-advanced", Cmp::Ge, old_age);
        let m = &ctx.h.members[i];
        let (dependency, dementia) = (m.care_dependency, m.dementia);
        let disabled = ctx.check(
            Some(i),
            "cond-care-dependency",
            dependency.map_or(Val::None, |d| Val::Code(dependency_code(d))),
            Cmp::Is,
            Val::None,
            Tri::from_opt(dependency.map(|d| d != CareDependency::None)),
        );
        if dependency.is_none() {
            ctx.miss_member(i, "care_dependency");
        }
        let mut group = disabled.or(advanced);
        if group != Tri::True {
            group = group.or(ctx.member_fact(i, "cond-dementia", "dementia", dementia));
        }
        if group == Tri::False {
            return (Outcome::Ineligible, None);
        }
        if group == Tri::True {
            ctx.drop_failed_since(mark);
        }
        let institution = setting_in(
            ctx,
            i,
            "cond-care-in-institution",
            &[
                ElderlyCareSetting::PublicInstitution,
                ElderlyCareSetting::SocialInstitution,
            ],
        );
        if institution != Tri::True {
            // The approval matters only for a person in an institution.
            return (institution.and(aged).and(group).outcome(), None);
        }
        let approved = ctx.member_fact(
            i,
            "cond-institution-approved",
            "institution_placement_approved",
            ctx.h.members[i].institution_placement_approved,
        );
        let eligible = aged.and(institution).and(approved).and(group);
        if eligible != Tri::True {
            return (eligible.outcome(), None);
        }
        let public =
            ctx.h.members[i].elderly_care_setting == Some(ElderlyCareSetting::PublicInstitution);
        let reference = if public {
            ctx.num(K::TekunCareFeePublicInstitution)
        } else {
            // The rate needs the tier; a 高龄 or 失智 person without one is 具备自理能力.
            let Some(d) = dependency else {
                return (Outcome::Undetermined, None);
            };
            match (ctx.num(tekun_rate_key(d)), ctx.num(K::MinWageMonthly)) {
                (Some(r), Some(w)) => Some(r * w),
                _ => None,
            }
        };
        match reference {
            Some(v) => (Outcome::Refer, Some(Amount::exact(v, Period::Month))),
            None => (Outcome::Undetermined, None),
        }
    })
}

/// ELD-03, 6号 第5条: 「居家养老的低保低边60周岁以上的失能、失智及高龄老年人的养老服务补贴标准，由各地结合实际确定，
/// 鼓励有条件的地区扩大至当地平均可支配收入以下家庭60周岁以上的失能、失智及高龄老年人」.
///
/// For 低保 the local standard is ELD-01's (its figures are the reference); this rule gives the 低边
/// standard, and, where a county has extended the subsidy (`elderly_care_extended`), the households
/// whose per-capita income is at or below the local average disposable income (以下 inclusive by the
/// `yixia_inclusive` switch). The amounts are local values with no default: `undetermined`, naming them.
///
/// The group: a 低边 household, or one of the extension where a county has made it; a member aged 60
/// or more.
pub fn elderly_care_subsidy_dibao_dibian_local(ctx: &mut Ctx<'_>) -> Eval {
    let group = ctx.group(|ctx| {
        let dibian = ctx.status_in("cond-status-dibian-elderly", &[HouseholdStatus::Dibian]);
        match dibian {
            // 低保: ELD-01 gives the standard.
            Tri::False if ctx.h.status == Some(HouseholdStatus::Dibao) => Tri::False,
            Tri::False => extended_household(ctx),
            t => t,
        }
    });
    if let Some(e) = stop(group, Form::InKind) {
        return e;
    }
    let (Some(min_age), Some(old_age)) =
        (years(ctx, K::ElderlyCareMinAge), years(ctx, K::AdvancedAge))
    else {
        return undetermined(Form::InKind);
    };
    per_member(ctx, Form::InKind, |ctx, i| {
        let aged = ctx.member_group(i, |ctx| ctx.age(i, "cond-age-60", Cmp::Ge, min_age));
        if aged == Tri::False {
            return (Outcome::Ineligible, None);
        }
        let home = setting_in(ctx, i, "cond-care-at-home", &[ElderlyCareSetting::Home]);
        if home == Tri::False {
            return (Outcome::Ineligible, None);
        }
        let (o, a) = care_tier(ctx, i, old_age, DIBIAN_TIERS);
        match (aged.and(home), o) {
            (_, Outcome::Ineligible) => (Outcome::Ineligible, None),
            (Tri::True, o) => (o, a),
            _ => (Outcome::Undetermined, None),
        }
    })
}

/// The optional extension of ELD-03: the county has extended the subsidy, and the household's
/// per-capita income over a year is at or below the local average disposable income.
fn extended_household(ctx: &mut Ctx<'_>) -> Tri {
    let Some(extended) = ctx.switch(K::ElderlyCareExtended) else {
        return Tri::Unknown;
    };
    let on = ctx.check(
        None,
        "cond-elderly-care-extended",
        Val::Bool(extended),
        Cmp::Is,
        Val::None,
        Tri::from_bool(extended),
    );
    if on != Tri::True {
        return on;
    }
    let (Some(avg), Some(inclusive)) = (
        ctx.num(K::AvgDisposableIncomePc),
        ctx.switch(K::YixiaInclusive),
    ) else {
        return Tri::Unknown;
    };
    let months = Decimal::from(12);
    let (lo, hi) = ctx.d.income.per_capita();
    let (lo, hi) = (lo * months, hi * months);
    let below = |y: Decimal| if inclusive { y <= avg } else { y < avg };
    let r = if below(hi) {
        Tri::True
    } else if !below(lo) {
        Tri::False
    } else {
        for &(member, field) in &ctx.d.income.unknown_facts {
            if member == u16::MAX {
                ctx.miss(crate::engine::MissingWhat::Household { field });
            } else {
                ctx.miss(crate::engine::MissingWhat::Member { member, field });
            }
        }
        Tri::Unknown
    };
    let cmp = if inclusive { Cmp::Le } else { Cmp::Lt };
    ctx.check(
        None,
        "cond-income-below-avg-disposable",
        Val::Money(hi),
        cmp,
        Val::Money(avg),
        r,
    )
}

/// ELD-04 高龄津贴, 6号 第5条: 「市区户口且符合以下条件之一的老年人，可以按以下标准发放高龄津贴：80周岁至89周岁的
/// 老年人每人每月50元、90周岁至99周岁的老年人每人每月200元、100周岁以上的老年人每人每月不低于500元，各县（市）参照执行，
/// 已超上述津贴标准执行的地区在现有基础上不降低标准」; from 2023-10-01 温政办〔2023〕75号 附件 第6项: 「为80周岁及以上
/// 温州户籍老年人每月发放不少60元的高龄津贴，100周岁及以上老年人发放长寿保健补助金（不重复享受）」.
///
/// Every Wenzhou hukou aged 80 or more (the birthday counts). The bands are area-scoped parameters:
/// the 市区 values of 6号, a county's own table in its local pack. From 2023-10-01 the 75号 floor of 60
/// applies everywhere (so 市区 80–89 gets 60, and a county without a table at least 60), and at 100
/// the 长寿保健补助金 replaces the allowance: its amount is a local value with no default, so the rule is
/// `undetermined` naming it, with 6号's figure shown as the reference.
///
/// The group (「市区户口…的老年人」, 「温州户籍老年人」): a household with Wenzhou hukou; a member aged 80
/// or more with their own hukou there.
pub fn longevity_allowance(ctx: &mut Ctx<'_>) -> Eval {
    let hukou = ctx.group(Ctx::wenzhou);
    if let Some(e) = stop(hukou, Form::Cash) {
        return e;
    }
    let (Some(a80), Some(a90), Some(a100), Some(care_in_force)) = (
        years(ctx, K::AdvancedAge),
        years(ctx, K::LongevityBand90Age),
        years(ctx, K::LongevityBand100Age),
        ctx.switch(K::LongevityCareSubsidyInForce),
    ) else {
        return undetermined(Form::Cash);
    };
    per_member(ctx, Form::Cash, |ctx, i| {
        let group = ctx.member_group(i, |ctx| {
            let old = ctx.age(i, "cond-age-advanced", Cmp::Ge, a80);
            if old != Tri::True {
                return old;
            }
            // 「市区户口…的老年人」: the person's own hukou, not only the household's (a parent who joined
            // a child keeps a hukou elsewhere; B1/B2 ask the same).
            own_hukou_wenzhou(ctx, i)
        });
        if group != Tri::True {
            return (group.outcome(), None);
        }
        let Some(age) = ctx.d.ages[i] else {
            return (Outcome::Undetermined, None);
        };
        let (band, floor_kind) = if age >= a100 {
            (K::Longevity100, true)
        } else if age >= a90 {
            (K::Longevity9099, false)
        } else {
            (K::Longevity8089, false)
        };
        let band_value = ctx.p.number(band);
        if band_value.is_some() {
            ctx.num(band);
        }
        if age >= a100 && care_in_force {
            // 长寿保健补助金 instead of the 高龄津贴 (不重复享受); 6号's figure as the reference.
            if let Some(v) = band_value {
                ctx.check(
                    Some(i),
                    "cond-longevity-reference",
                    Val::Money(v),
                    Cmp::Ge,
                    Val::Money(v),
                    Tri::True,
                );
            }
            return match ctx.num(K::LongevityCareSubsidy100) {
                Some(v) => (Outcome::Eligible, Some(Amount::exact(v, Period::Month))),
                None => (Outcome::Undetermined, None),
            };
        }
        let floor = ctx.p.number(K::LongevityFloor);
        if floor.is_some() {
            ctx.num(K::LongevityFloor);
        }
        let of_band = |v: Decimal| {
            if floor_kind {
                Amount::at_least(v, Period::Month)
            } else {
                Amount::exact(v, Period::Month)
            }
        };
        let amount = match (band_value, floor) {
            (Some(b), Some(f)) if f > b => Amount::at_least(f, Period::Month),
            (Some(b), _) => of_band(b),
            (None, Some(f)) => Amount::at_least(f, Period::Month),
            (None, None) => {
                // A county without its own table before the 75号 floor: name the parameter.
                ctx.num(band);
                return (Outcome::Undetermined, None);
            }
        };
        (Outcome::Eligible, Some(amount))
    })
}

/// ELD-05, 6号 第5条: 「扩大长期护理保险覆盖范围，对经评估达到重度失能标准的长期护理保险参保人员，按规定每月以护理
/// 服务形式予以补助」. Services in kind, no amount.
///
/// Insured: employee medical-insurance enrollees (市区 only before 温政办〔2022〕41号 二(一) extended the
/// scheme city-wide from 2022-06-25, `ltc_employee_cover_citywide`), and resident enrollees only from the date a local pack sets
/// `ltc_resident_cover_from` (98号 第6条 「适时」). The benefit follows the assessment (经评估): a person
/// not assessed is not eligible yet, and one largely or totally dependent is referred to apply for it.
///
/// The group: a member insured under the scheme (the assessment decides).
pub fn ltc_insurance_benefit(ctx: &mut Ctx<'_>) -> Eval {
    per_member(ctx, Form::InKind, |ctx, i| {
        let insured = ctx.member_group(i, |ctx| ltc_insured(ctx, i));
        if insured == Tri::False {
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
            // Not assessed: a person largely or totally dependent should apply for the assessment.
            let dependent = ctx.h.members[i]
                .care_dependency
                .map(|d| matches!(d, CareDependency::Totally | CareDependency::Largely));
            return match (insured, dependent) {
                (Tri::True, Some(true)) => {
                    ctx.check(
                        Some(i),
                        "cond-care-dependency",
                        ctx.h.members[i]
                            .care_dependency
                            .map_or(Val::None, |d| Val::Code(dependency_code(d))),
                        Cmp::Is,
                        Val::None,
                        Tri::True,
                    );
                    (Outcome::Refer, None)
                }
                _ => (assessed.outcome(), None),
            };
        };
        let severe = ctx.member_fact(
            i,
            "cond-ltc-severe-disability",
            "ltc_assessment.severe_disability",
            assessment.severe_disability,
        );
        (insured.and(severe).outcome(), None)
    })
}

/// Whether member `i` is insured under long-term care insurance (see [`ltc_insurance_benefit`]).
fn ltc_insured(ctx: &mut Ctx<'_>, i: usize) -> Tri {
    let scheme = ctx.h.members[i].medical_scheme;
    if scheme.is_none() {
        ctx.miss_member(i, "medical_scheme");
    }
    let insured = match scheme {
        None => Tri::Unknown,
        Some(MedicalScheme::None) => Tri::False,
        Some(MedicalScheme::Employee | MedicalScheme::EmployeeFlexible) => {
            match ctx.switch(K::LtcEmployeeCoverCitywide) {
                Some(true) => Tri::True,
                Some(false) => ctx.shiqu(),
                None => Tri::Unknown,
            }
        }
        Some(MedicalScheme::Resident) => Tri::from_opt(ctx.switch(K::LtcResidentCoverFrom)),
    };
    ctx.check(
        Some(i),
        "cond-ltc-insured",
        Val::None,
        Cmp::Is,
        Val::None,
        insured,
    )
}
