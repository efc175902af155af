//! Children: the basic living standard of orphans and children in difficulty, and the rehabilitation
//! subsidies of disabled children. 温政发〔2022〕6号 第6条, 第16条.

use rust_decimal::Decimal;

use super::{per_member, stop, undetermined, years};
use crate::engine::{Amount, Cmp, Ctx, Eval, Form, Outcome, Period, Tri, Val};
use crate::household::{DisabilityCategory, HouseholdStatus, OrphanStatus, RehabKind};
use crate::policy::ParamKey as K;

/// Whether member `i` is a child in one of the groups of 6号 第6条, other than age.
fn child_group(ctx: &mut Ctx<'_>, i: usize) -> Tri {
    ctx.any_of(|ctx| {
        let m = &ctx.h.members[i];
        let orphan = ctx.member_fact(
            i,
            "cond-orphan",
            "orphan",
            m.orphan.map(|o| o != OrphanStatus::No),
        );
        if orphan == Tri::True {
            return Tri::True;
        }
        // 「低保低边中的重度残疾和三级四级精神、智力残疾儿童及低保低边中的其他困境儿童」.
        let poor = ctx.status_in(
            "cond-status-dibao-dibian",
            &[HouseholdStatus::Dibao, HouseholdStatus::Dibian],
        );
        let in_poor_household = if poor == Tri::False {
            Tri::False
        } else {
            let disabled = disabled_child(ctx, i);
            let vulnerable = if disabled == Tri::True {
                Tri::False
            } else {
                ctx.member_fact(
                    i,
                    "cond-vulnerable-child",
                    "vulnerable_child",
                    ctx.h.members[i].vulnerable_child,
                )
            };
            poor.and(disabled.or(vulnerable))
        };
        if in_poor_household == Tri::True {
            return Tri::True;
        }
        // A 民政 registration, never asked: the flag is set or the child is not registered.
        let registered = ctx.h.members[i].hiv_infected;
        let hiv = ctx.check(
            Some(i),
            "cond-hiv-infected",
            Val::Bool(registered),
            Cmp::Is,
            Val::None,
            Tri::from_bool(registered),
        );
        orphan.or(in_poor_household).or(hiv)
    })
}

/// 「重度残疾和三级四级精神、智力残疾儿童」: a disability of grade 1–2 (重度, `severe_disability_max_grade`) of
/// any category, or a mental or intellectual disability of any grade (grades 3–4 named, 1–2 severe).
fn disabled_child(ctx: &mut Ctx<'_>, i: usize) -> Tri {
    let m = &ctx.h.members[i];
    let (disabled, grade, category) = (m.disabled, m.disability_grade, m.disability_category);
    let qualifies = match disabled {
        Some(false) => Some(false),
        None => {
            ctx.miss_member(i, "disabled");
            None
        }
        Some(true) => {
            let severe = match (grade, ctx.num(K::SevereDisabilityMaxGrade)) {
                (Some(g), Some(max)) => Some(Decimal::from(g) <= max),
                _ => None,
            };
            let mental = category.map(|c| {
                matches!(
                    c,
                    DisabilityCategory::Mental | DisabilityCategory::Intellectual
                )
            });
            match (severe, mental) {
                (Some(true), _) | (_, Some(true)) => Some(true),
                (Some(false), Some(false)) => Some(false),
                _ => {
                    if grade.is_none() {
                        ctx.miss_member(i, "disability_grade");
                    }
                    if category.is_none() {
                        ctx.miss_member(i, "disability_category");
                    }
                    None
                }
            }
        }
    };
    ctx.check(
        Some(i),
        "cond-disability-child-severe",
        disabled.map_or(Val::None, Val::Bool),
        Cmp::Is,
        Val::None,
        Tri::from_opt(qualifies),
    )
}

/// CHD-01, 6号 第6条: 「儿童福利机构养育的孤儿、社会散居孤儿、艾滋病病毒感染儿童、事实无人抚养儿童、低保低边中的重度
/// 残疾和三级四级精神、智力残疾儿童及低保低边中的其他困境儿童年基本生活最低养育标准均按不低于当地上年度城镇常住居民人均
/// 生活消费支出的 70%确定」.
///
/// A floor per child and year (不低于). 儿童 is read as under 18 (`child_age_limit`). How the standard
/// meets the child's share of the 低保金 is not stated (rules-core A16): `child_standard_mode` has no
/// default, so for a child of a 低保 household the rule is `undetermined` naming it, with both
/// readings' amounts in the trace; elsewhere the floor is paid whole.
///
/// The group: a household with Wenzhou hukou (附则: 「适用对象原则上为温州户籍」); a child under 18 in one of
/// the clause's groups.
pub fn orphan_vulnerable_child_basic_living(ctx: &mut Ctx<'_>) -> Eval {
    let hukou = ctx.group(Ctx::wenzhou);
    if let Some(e) = stop(hukou, Form::Cash) {
        return e;
    }
    let Some(limit) = years(ctx, K::ChildAgeLimit) else {
        return undetermined(Form::Cash);
    };
    per_member(ctx, Form::Cash, |ctx, i| {
        let eligible = ctx.member_group(i, |ctx| {
            let child = ctx.age(i, "cond-age-under-18", Cmp::Lt, limit);
            if child == Tri::False {
                return Tri::False;
            }
            child.and(child_group(ctx, i))
        });
        if eligible != Tri::True {
            return (eligible.outcome(), None);
        }
        let (Some(share), Some(c)) = (
            ctx.num(K::ChildLivingStandardShare),
            ctx.num(K::UrbanLivingConsumptionPcPrevYear),
        ) else {
            return (Outcome::Undetermined, None);
        };
        let standard = share * c;
        match ctx.h.status {
            Some(HouseholdStatus::Dibian | HouseholdStatus::None) => (
                Outcome::Eligible,
                Some(Amount::at_least(standard, Period::Year)),
            ),
            None => {
                // A 低保 household would need the mode.
                ctx.status_in("cond-status-dibao", &[HouseholdStatus::Dibao]);
                (Outcome::Undetermined, None)
            }
            Some(HouseholdStatus::Dibao) => with_dibao(ctx, i, standard),
        }
    })
}

/// CHD-01 for a child of a 低保 household: the standard on top of the 低保金, or a top-up of the child's
/// share of it (the gap per person, 12 months) to the standard.
fn with_dibao(ctx: &mut Ctx<'_>, i: usize, standard: Decimal) -> (Outcome, Option<Amount>) {
    let months = Decimal::from(12);
    let top_up = match ctx.num(K::DibaoStandardMonthly) {
        Some(s) if ctx.d.income.is_known() => {
            let (y, _) = ctx.d.income.per_capita();
            let gap = (s - y).max(Decimal::ZERO);
            Some((standard - gap * months).max(Decimal::ZERO))
        }
        _ => None,
    };
    let mode = ctx.choice(K::ChildStandardMode);
    ctx.check(
        Some(i),
        "cond-child-standard-additional",
        Val::Money(standard),
        Cmp::Ge,
        Val::Money(standard),
        Tri::from_bool(mode != Some("top_up_to_standard")),
    );
    if let Some(t) = top_up {
        ctx.check(
            Some(i),
            "cond-child-standard-top-up",
            Val::Money(t),
            Cmp::Ge,
            Val::Money(t),
            Tri::from_bool(mode != Some("additional")),
        );
    }
    match mode {
        Some("additional") => (
            Outcome::Eligible,
            Some(Amount::at_least(standard, Period::Year)),
        ),
        Some(_) => match top_up {
            Some(t) => (Outcome::Eligible, Some(Amount::at_least(t, Period::Year))),
            None => {
                for &(member, field) in &ctx.d.income.unknown_facts {
                    if member == u16::MAX {
                        ctx.miss(crate::engine::MissingWhat::Household { field });
                    } else {
                        ctx.miss(crate::engine::MissingWhat::Member { member, field });
                    }
                }
                (Outcome::Undetermined, None)
            }
        },
        None => (Outcome::Undetermined, None),
    }
}

/// The caps of 6号 第16条 for a rehabilitation kind: (monthly, annual).
fn rehab_caps(kind: RehabKind) -> (K, K) {
    match kind {
        RehabKind::Visual => (K::RehabCapVisualMonthly, K::RehabCapVisualAnnual),
        RehabKind::Autism => (K::RehabCapAutismMonthly, K::RehabCapAutismAnnual),
        // 「听力、语言、肢体（含脑瘫）、智力、多重残疾等」: the middle tier, 「等」 included.
        RehabKind::Hearing
        | RehabKind::Speech
        | RehabKind::Physical
        | RehabKind::Intellectual
        | RehabKind::Multiple
        | RehabKind::Other => (K::RehabCapGeneralMonthly, K::RehabCapGeneralAnnual),
    }
}

/// Whether member `i` is in rehabilitation training (the record exists), at a designated institution,
/// with Wenzhou hukou. For a certified disabled member without the record whether they train is
/// asked (the rules' age limits then decide whether it matters); for others no record means none.
/// Being in training is the rules' target group; the institution and the hukou are not.
fn in_training(ctx: &mut Ctx<'_>, i: usize) -> Tri {
    let present = ctx.h.members[i].rehab.is_some();
    let asked = !present && ctx.h.members[i].disabled == Some(true);
    if asked {
        ctx.miss_member(i, "rehab");
    }
    let training = ctx.member_group(i, |ctx| {
        ctx.check(
            Some(i),
            "cond-rehab-training",
            if asked { Val::None } else { Val::Bool(present) },
            Cmp::Is,
            Val::None,
            if asked {
                Tri::Unknown
            } else {
                Tri::from_bool(present)
            },
        )
    });
    if training == Tri::False {
        return Tri::False;
    }
    if training == Tri::Unknown {
        let hukou = ctx.wenzhou();
        return training.and(hukou);
    }
    let designated = ctx.member_fact(
        i,
        "cond-rehab-designated",
        "rehab.designated",
        ctx.h.members[i].rehab.as_ref().and_then(|r| r.designated),
    );
    let hukou = ctx.wenzhou();
    designated.and(hukou)
}

/// The deferment certificate of 6号 第16条 (「经…特殊儿童教育专业委员会鉴定…凭…缓学或休学证明」).
fn deferred(ctx: &mut Ctx<'_>, i: usize) -> Tri {
    ctx.member_fact(
        i,
        "cond-rehab-deferment",
        "rehab.deferment_certificate",
        ctx.h.members[i]
            .rehab
            .as_ref()
            .and_then(|r| r.deferment_certificate),
    )
}

/// CHD-02, 6号 第16条: 「给予未满7周岁的残疾儿童在定点机构康复训练费补贴，其中视力残疾儿童补贴每月最高500元、每年
/// 最高0.5万元；听力、语言、肢体（含脑瘫）、智力、多重残疾等儿童补贴每月最高2400元、每年最高2.4万元；孤独症儿童补贴每月
/// 最高3600元、每年最高3.6万元」, up to 未满9周岁 with the deferment certificate of CHD-03.
///
/// The year's subsidy = min(months × min(fee, monthly cap), annual cap), for the calendar year (A17).
/// Without the months of training this year the clause still gives the monthly amount under its
/// yearly ceiling: at most min(12 × monthly, annual cap) a year.
/// 未满 is strict: on the 7th (9th) birthday the child no longer qualifies. A diagnosed child in
/// training qualifies without a certificate (the clause says 残疾儿童, not 持证).
///
/// The group: a child in rehabilitation training, under 9 (the deferment certificate is not).
pub fn disabled_child_rehab_training(ctx: &mut Ctx<'_>) -> Eval {
    let (Some(limit), Some(extended)) = (
        years(ctx, K::RehabAgeLimit),
        years(ctx, K::RehabAgeLimitExtended),
    ) else {
        return undetermined(Form::Cash);
    };
    per_member(ctx, Form::Cash, |ctx, i| {
        let training = in_training(ctx, i);
        if training == Tri::False {
            return (Outcome::Ineligible, None);
        }
        let age_ok = ctx.any_of(|ctx| {
            let mut young = Tri::Unknown;
            let under = ctx.member_group(i, |ctx| {
                young = ctx.age(i, "cond-age-under-rehab", Cmp::Lt, limit);
                if young != Tri::False {
                    return young;
                }
                ctx.age(i, "cond-age-under-rehab-extended", Cmp::Lt, extended)
            });
            if young != Tri::False {
                return young;
            }
            if under == Tri::False {
                return Tri::False;
            }
            under.and(deferred(ctx, i))
        });
        let eligible = training.and(age_ok);
        if eligible != Tri::True {
            return (eligible.outcome(), None);
        }
        let Some(rehab) = ctx.h.members[i].rehab.clone() else {
            return (Outcome::Undetermined, None);
        };
        let Some(kind) = rehab.kind else {
            ctx.miss_member(i, "rehab.kind");
            return (Outcome::Undetermined, None);
        };
        let (mk, ak) = rehab_caps(kind);
        let (Some(mcap), Some(acap)) = (ctx.num(mk), ctx.num(ak)) else {
            return (Outcome::Undetermined, None);
        };
        let Some(fee) = rehab.monthly_fee else {
            ctx.miss_member(i, "rehab.monthly_fee");
            return (Outcome::Undetermined, None);
        };
        let monthly = fee.min(mcap);
        ctx.check(
            Some(i),
            "cond-rehab-monthly",
            Val::Money(monthly),
            Cmp::Le,
            Val::Money(mcap),
            Tri::True,
        );
        let (year, amount) = yearly(monthly, rehab.months, acap);
        ctx.check(
            Some(i),
            "cond-rehab-yearly",
            Val::Money(year),
            Cmp::Le,
            Val::Money(acap),
            Tri::True,
        );
        (Outcome::Eligible, Some(amount))
    })
}

/// A monthly amount under a yearly ceiling (6号 第16条 「每月…、每年最高…」): for the months of training
/// this year when they are known, otherwise at most twelve months' worth, capped.
fn yearly(monthly: Decimal, months: Option<u32>, cap: Decimal) -> (Decimal, Amount) {
    match months {
        Some(m) => {
            let year = (monthly * Decimal::from(m)).min(cap);
            (year, Amount::exact(year, Period::Year))
        }
        None => {
            let year = (monthly * Decimal::from(12)).min(cap);
            (year, Amount::at_most(year, Period::Year))
        }
    }
}

/// CHD-03, 6号 第16条: 「对经各县（市、区）特殊儿童教育专业委员会鉴定，不具备义务教育入学条件的残疾儿童和孤独症儿童，
/// 凭户籍所在地县(市、区)教育部门出具的缓学或休学证明，享有康复训练补贴的年龄放宽至未满9周岁，康复训练期间给予残疾儿童和
/// 孤独症儿童家庭每月1000元、每年最高1万元的康复生活补贴」.
///
/// The living subsidy is for the certified children (A17), under 9, during training: min(months ×
/// 1000, 10000) a year — the annual cap binds after 10 months; without the months, at most 10000. The age extension itself is applied by
/// CHD-02.
///
/// The group: a child in rehabilitation training, under 9 (the deferment certificate is not).
pub fn disabled_child_rehab_extended_age_and_living(ctx: &mut Ctx<'_>) -> Eval {
    let Some(extended) = years(ctx, K::RehabAgeLimitExtended) else {
        return undetermined(Form::Cash);
    };
    per_member(ctx, Form::Cash, |ctx, i| {
        let training = in_training(ctx, i);
        if training == Tri::False {
            return (Outcome::Ineligible, None);
        }
        let under = ctx.member_group(i, |ctx| {
            ctx.age(i, "cond-age-under-rehab-extended", Cmp::Lt, extended)
        });
        if under == Tri::False {
            return (Outcome::Ineligible, None);
        }
        let certificate = deferred(ctx, i);
        let eligible = training.and(under).and(certificate);
        if eligible != Tri::True {
            return (eligible.outcome(), None);
        }
        let (Some(monthly), Some(cap)) = (
            ctx.num(K::RehabLivingMonthly),
            ctx.num(K::RehabLivingAnnualCap),
        ) else {
            return (Outcome::Undetermined, None);
        };
        let months = ctx.h.members[i].rehab.as_ref().and_then(|r| r.months);
        ctx.check(
            Some(i),
            "cond-rehab-living-monthly",
            Val::Money(monthly),
            Cmp::Le,
            Val::Money(monthly),
            Tri::True,
        );
        let (year, amount) = yearly(monthly, months, cap);
        ctx.check(
            Some(i),
            "cond-rehab-living-yearly",
            Val::Money(year),
            Cmp::Le,
            Val::Money(cap),
            Tri::True,
        );
        (Outcome::Eligible, Some(amount))
    })
}
