//! 温政发〔2024〕15号 六(十一)–(二十) and 七(二): the continuing protections of 见义勇为 persons and their
//! families (visits, hukou, employment, 低保, orphans, schooling, medical treatment, legal aid,
//! housing, case-by-case help) and the revocation of a 记功 award. The gate and the relationship
//! helpers are the parent module's.

use chrono::Months;

use super::{
    any_award, award_holds, child_of, died, household_gate, outcome_in, per_actor, per_relative,
    record, related, spouse_of,
};
use crate::engine::{Cmp, Ctx, Eval, Form, Outcome, Tri, Val};
use crate::household::{ActOutcome, HouseholdStatus, SchoolLevel, SelfCare};
use crate::household::{Award, GoodSamaritan, GsEmployment, Revocation};
use crate::policy::ParamKey as K;
use crate::policy::rules::{per_member, result, undetermined, years};

/// D13 每年慰问, 15号 六(十一): 「应对获本级奖励的见义勇为人员或者其遗属组织慰问,每年慰问不少于1次」: the county
/// (every award starts there) and, for a 二等功 or above, the city. The 慰问金 is set locally: the
/// visit is the entitlement, with no amount.
pub fn jyyw_annual_visit(ctx: &mut Ctx<'_>) -> Eval {
    per_actor(ctx, Form::InKind, |ctx, i, g| {
        let held = award_holds(ctx, i, g, any_award);
        (held.outcome(), None)
    })
}

/// D14 户口迁入, 15号 六(十二): 「获得县级以上人民政府表彰奖励的见义勇为人员及其配偶、未成年子女,可凭奖励证书等
/// 材料在获得表彰奖励之日起三年内…申报户口迁入登记」. The window ends on the third anniversary of the award
/// (民法典 第201–202条: the day of the award is not counted).
pub fn jyyw_hukou_migration(ctx: &mut Ctx<'_>) -> Eval {
    let (Some(window), Some(minor)) = (
        years(ctx, K::JyywHukouWindowYears),
        years(ctx, K::JyywMinorAge),
    ) else {
        return undetermined(Form::InKind);
    };
    // Target group: the person, the spouse or a minor child of a person whose act is confirmed.
    per_relative(
        ctx,
        Form::InKind,
        |ctx, a, i| {
            if a == i {
                return Tri::True;
            }
            let (ra, ri) = (ctx.h.members[a].relationship, ctx.h.members[i].relationship);
            let spouse = spouse_of(ra, ri);
            if spouse == Tri::True {
                return related(ctx, a, i, "cond-jyyw-spouse", spouse);
            }
            let child = related(ctx, a, i, "cond-jyyw-child", child_of(ra, ri));
            if child == Tri::False {
                return child;
            }
            child.and(ctx.age(i, "cond-jyyw-minor", Cmp::Lt, minor))
        },
        |ctx, a, g| hukou_window(ctx, a, g, window).outcome(),
    )
}

/// The award holds and the date is within `window` years of it.
fn hukou_window(ctx: &mut Ctx<'_>, a: usize, g: &GoodSamaritan, window: u32) -> Tri {
    let held = award_holds(ctx, a, g, any_award);
    if held != Tri::True {
        return held;
    }
    let Some(award_date) = g.award_date else {
        ctx.miss_member(a, "good_samaritan.award_date");
        return Tri::Unknown;
    };
    let end = award_date.checked_add_months(Months::new(window.saturating_mul(12)));
    let within = end.is_some_and(|e| ctx.date <= e);
    ctx.check(
        Some(a),
        "cond-jyyw-hukou-window",
        Val::Date(ctx.date),
        Cmp::Le,
        end.map_or(Val::None, Val::Date),
        Tri::from_bool(within),
    )
}

/// Whether the person has no 工作单位 (六(十三)); a 个体工商户 is unclear (see D7): unknown.
fn without_unit(ctx: &mut Ctx<'_>, i: usize, g: &GoodSamaritan) -> Tri {
    if g.employment.is_none() {
        ctx.miss_member(i, "good_samaritan.employment");
    }
    ctx.check(
        Some(i),
        "cond-jyyw-no-employer",
        g.employment.map_or(Val::None, |e| Val::Code(e.code())),
        Cmp::Is,
        Val::None,
        match g.employment {
            None | Some(GsEmployment::SelfEmployed) => Tri::Unknown,
            Some(e) => Tri::from_bool(e == GsEmployment::None),
        },
    )
}

/// D15 就业扶持, 15号 六(十三): 「无工作单位有劳动能力和就业意愿的见义勇为人员…应当组织培训,并按照规定给予职业培训
/// 补贴,优先安排政府出资开发的公益性岗位」. A 个体工商户 is referred (see D7).
pub fn jyyw_employment_support(ctx: &mut Ctx<'_>) -> Eval {
    per_actor(ctx, Form::InKind, |ctx, i, g| {
        let alive = outcome_in(
            ctx,
            i,
            g,
            &[
                ActOutcome::Unharmed,
                ActOutcome::Injured,
                ActOutcome::Disabled,
            ],
        );
        let no_unit = without_unit(ctx, i, g);
        let able = ctx.member_fact(
            i,
            "cond-jyyw-work-capacity",
            "good_samaritan.work_capacity",
            g.work_capacity,
        );
        let wants = ctx.member_fact(
            i,
            "cond-jyyw-wants-work",
            "good_samaritan.wants_work",
            g.wants_work,
        );
        let rest = alive.and(able).and(wants);
        match (rest, no_unit, g.employment) {
            (Tri::False, ..) | (_, Tri::False, _) => (Outcome::Ineligible, None),
            (Tri::True, _, Some(GsEmployment::SelfEmployed)) => (Outcome::Refer, None),
            (Tri::True, Tri::True, _) => (Outcome::Eligible, None),
            _ => (Outcome::Undetermined, None),
        }
    })
}

/// D16 福利机构优先安置, 15号 六(十三): 「生活不能自理且家庭供养困难的,经本人申请,由行为发生地县(市、区)民政部门
/// 批准,优先安置到社会福利机构供养」. Approval on application: `refer`. 「生活不能自理」 is the member's
/// self-care level: 完全 or 中度丧失.
pub fn jyyw_welfare_institution_placement(ctx: &mut Ctx<'_>) -> Eval {
    per_actor(ctx, Form::InKind, |ctx, i, g| {
        let sc = ctx.h.members[i].self_care;
        if sc.is_none() {
            ctx.miss_member(i, "self_care");
        }
        let dependent = ctx.check(
            Some(i),
            "cond-jyyw-not-self-caring",
            Val::None,
            Cmp::Is,
            Val::None,
            Tri::from_opt(sc.map(|s| matches!(s, SelfCare::FullyLost | SelfCare::ModeratelyLost))),
        );
        let hardship = ctx.member_fact(
            i,
            "cond-jyyw-family-support-hardship",
            "good_samaritan.family_support_hardship",
            g.family_support_hardship,
        );
        match dependent.and(hardship) {
            Tri::True => (Outcome::Refer, None),
            t => (t.outcome(), None),
        }
    })
}

/// D17 低保, 15号 六(十四): 「符合城乡低保条件的见义勇为人员及其家庭,行为发生地或其户籍所在地县(市、区)民政部门应当
/// 将其纳入低保范围实施救助」. The ordinary 低保 conditions, not relaxed: the household's income test (the
/// one INC-01 uses) against the 低保 standard. A 低保 household is already covered (`eligible`); one
/// whose income is below the standard is referred to apply, in the county of the act or of the hukou.
/// Target group: the household of a person whose act is confirmed; the income test decides.
pub fn jyyw_dibao_and_hardship_aid(ctx: &mut Ctx<'_>) -> Eval {
    let best = household_gate(ctx);
    if best != Outcome::Eligible {
        return result(best, None, Form::Cash);
    }
    if ctx.h.status == Some(HouseholdStatus::Dibao) {
        ctx.status_in("cond-status-dibao", &[HouseholdStatus::Dibao]);
        return result(Outcome::Eligible, None, Form::Cash);
    }
    let Some(s) = ctx.num(K::DibaoStandardMonthly) else {
        return undetermined(Form::Cash);
    };
    let (lo, hi) = ctx.d.income.per_capita();
    let below = if hi < s {
        Tri::True
    } else if lo >= s {
        Tri::False
    } else {
        let t = &ctx.d.income;
        let unknown: Vec<_> = t.unknown_facts.clone();
        let params: Vec<_> = t.missing_params.clone();
        for (member, field) in unknown {
            if member == u16::MAX {
                ctx.miss(crate::engine::MissingWhat::Household { field });
            } else {
                ctx.miss(crate::engine::MissingWhat::Member { member, field });
            }
        }
        for key in params {
            ctx.miss(crate::engine::MissingWhat::Param { key });
        }
        Tri::Unknown
    };
    let below = ctx.check(
        None,
        "cond-income-below-dibao",
        Val::Money(hi),
        Cmp::Lt,
        Val::Money(s),
        below,
    );
    match below {
        Tri::True => result(Outcome::Refer, None, Form::Cash),
        t => result(t.outcome(), None, Form::Cash),
    }
}

/// D18 致孤人员, 15号 六(十五): 「对致孤儿童，纳入孤儿保障体系…发放孤儿基本生活费」 (and 特困 or welfare-institution
/// support). A child of a person who died in the act, under 18 and orphaned (the member's `orphan`
/// status). The amount is the 孤儿基本生活费 that CHD-01 gives: not repeated here.
pub fn jyyw_orphan_support(ctx: &mut Ctx<'_>) -> Eval {
    let Some(minor) = years(ctx, K::JyywMinorAge) else {
        return undetermined(Form::Cash);
    };
    per_relative(
        ctx,
        Form::Cash,
        |ctx, a, i| {
            // The person who died in the act is not their own child: said, not left silent.
            if a == i {
                return related(ctx, a, i, "cond-jyyw-child", Tri::False);
            }
            let (ra, ri) = (ctx.h.members[a].relationship, ctx.h.members[i].relationship);
            let child = related(ctx, a, i, "cond-jyyw-child", child_of(ra, ri));
            if child == Tri::False {
                return child;
            }
            let orphan = ctx.h.members[i].orphan;
            if orphan.is_none() {
                ctx.miss_member(i, "orphan");
            }
            let orphaned = ctx.check(
                Some(i),
                "cond-jyyw-orphaned",
                Val::None,
                Cmp::Is,
                Val::None,
                Tri::from_opt(orphan.map(|o| o != crate::household::OrphanStatus::No)),
            );
            child
                .and(orphaned)
                .and(ctx.age(i, "cond-jyyw-minor", Cmp::Lt, minor))
        },
        |ctx, a, g| died(ctx, a, g).outcome(),
    )
}

/// D19 照顾入学, 15号 六(十六): 「获得市级及以上人民政府表彰奖励的见义勇为人员或者其子女,以及因见义勇为牺牲人员的
/// 子女,在行为发生地或户籍所在地享受照顾公办幼儿园、公办义务教育学校分配入学」. 「市级及以上」 includes the city
/// (二等功 and 一等功). Children under 18 only (school placement).
pub fn jyyw_school_placement_priority(ctx: &mut Ctx<'_>) -> Eval {
    let Some(minor) = years(ctx, K::JyywMinorAge) else {
        return undetermined(Form::InKind);
    };
    per_relative(
        ctx,
        Form::InKind,
        |ctx, a, i| {
            let rel = if a == i {
                // The person themselves, if alive (a person who died has no placement).
                let g = ctx.h.members[a].good_samaritan.as_ref();
                Tri::from_bool(g.is_none_or(|g| g.outcome != Some(ActOutcome::Died)))
            } else {
                let (ra, ri) = (ctx.h.members[a].relationship, ctx.h.members[i].relationship);
                related(ctx, a, i, "cond-jyyw-child", child_of(ra, ri))
            };
            if rel == Tri::False {
                return rel;
            }
            rel.and(ctx.age(i, "cond-jyyw-minor", Cmp::Lt, minor))
        },
        |ctx, a, g| {
            // 「因见义勇为牺牲人员的子女」 whatever the award; otherwise a city award or above.
            if g.outcome == Some(ActOutcome::Died) {
                return died(ctx, a, g).outcome();
            }
            award_holds(ctx, a, g, Award::city_or_above).outcome()
        },
    )
}

/// D20 就学费用减免, 15号 六(十六): 「对家庭经济困难的见义勇为人员或其子女,根据有关规定在就学费用方面给予减免和
/// 资助」. The person or a child in school, and the family in economic difficulty. The relief follows
/// the student-aid rules (EDU-02/03 and others): no amount here.
pub fn jyyw_education_fee_relief(ctx: &mut Ctx<'_>) -> Eval {
    per_relative(
        ctx,
        Form::Waiver,
        |ctx, a, i| {
            let rel = if a == i {
                Tri::True
            } else {
                let (ra, ri) = (ctx.h.members[a].relationship, ctx.h.members[i].relationship);
                related(ctx, a, i, "cond-jyyw-child", child_of(ra, ri))
            };
            if rel == Tri::False {
                return rel;
            }
            let school = ctx.h.members[i].schooling;
            if school.is_none() {
                ctx.miss_member(i, "schooling");
            }
            let in_school = ctx.check(
                Some(i),
                "cond-jyyw-in-school",
                Val::None,
                Cmp::Is,
                Val::None,
                Tri::from_opt(school.map(|s| s != SchoolLevel::None)),
            );
            rel.and(in_school)
        },
        |ctx, a, g| {
            ctx.member_fact(
                a,
                "cond-jyyw-family-hardship",
                "good_samaritan.family_hardship",
                g.family_hardship,
            )
            .outcome()
        },
    )
}

/// D21 劳模医疗待遇, 15号 六(十七): 「获得市级以上人民政府表彰奖励的见义勇为人员,其户籍所在地县(市、区)…保障其享受
/// 同级劳动模范医疗待遇,经费由户籍所在地县(市、区)财政部门予以保障」. 「市级以上」 includes the city. Funded by
/// the hukou county: a person whose hukou is outside Wenzhou is referred.
pub fn jyyw_model_worker_medical(ctx: &mut Ctx<'_>) -> Eval {
    per_actor(ctx, Form::Coverage, |ctx, i, g| {
        let alive = outcome_in(
            ctx,
            i,
            g,
            &[
                ActOutcome::Unharmed,
                ActOutcome::Injured,
                ActOutcome::Disabled,
            ],
        );
        let held = award_holds(ctx, i, g, Award::city_or_above);
        let ok = alive.and(held);
        if ok != Tri::True {
            return (ok.outcome(), None);
        }
        match ctx.wenzhou() {
            Tri::True => (Outcome::Eligible, None),
            Tri::False => (Outcome::Refer, None),
            Tri::Unknown => (Outcome::Undetermined, None),
        }
    })
}

/// D22 法律援助, 15号 六(十八): 「见义勇为人员或者其家属因见义勇为行为主张相关民事权益的,法律援助机构应当提供无偿
/// 法律援助」. No means test.
pub fn jyyw_free_legal_aid(ctx: &mut Ctx<'_>) -> Eval {
    per_actor(ctx, Form::InKind, |ctx, i, g| {
        let claim = ctx.member_fact(
            i,
            "cond-jyyw-civil-claim",
            "good_samaritan.civil_claim",
            g.civil_claim,
        );
        (claim.outcome(), None)
    })
}

/// D23 住房优先, 15号 六(十九): 「见义勇为人员或者见义勇为牺牲人员的家属符合享受所在地公共租赁住房或者保障性住房
/// 条件的,优先保障…;符合农村危房改造条件的，当地政府给予优先安排」. The household meets the housing-security
/// test (HOU rules' fact) or its dangerous house is recognised: priority, no amount. Target group:
/// the household of a person whose act is confirmed.
pub fn jyyw_housing_priority(ctx: &mut Ctx<'_>) -> Eval {
    let best = household_gate(ctx);
    if best != Outcome::Eligible {
        return result(best, None, Form::InKind);
    }
    let housing = &ctx.h.housing;
    let renovation = housing
        .dilapidated_renovation
        .as_ref()
        .and_then(|r| r.recognised);
    let security = housing.housing_security_eligible;
    let mut ok = ctx.household_fact(
        "cond-jyyw-housing-security-eligible",
        "housing.housing_security_eligible",
        security,
    );
    if ok != Tri::True && renovation.is_some() {
        ok = ok.or(ctx.check(
            None,
            "cond-jyyw-dangerous-house",
            Val::None,
            Cmp::Is,
            Val::None,
            Tri::from_opt(renovation),
        ));
    }
    result(ok.outcome(), None, Form::InKind)
}

/// D24 一事一议, 15号 六(二十): major difficulties are settled case by case by the 议事协调机构: `refer`
/// when the officer records one.
pub fn jyyw_case_by_case(ctx: &mut Ctx<'_>) -> Eval {
    per_actor(ctx, Form::InKind, |ctx, i, g| {
        let hard = ctx.member_fact(
            i,
            "cond-jyyw-major-difficulty",
            "good_samaritan.major_difficulty",
            g.major_difficulty,
        );
        match hard {
            Tri::True => (Outcome::Refer, None),
            t => (t.outcome(), None),
        }
    })
}

/// D25 撤销记功, 15号 七(二): a revoked 记功 (三等功 and above) ends the treatment it brought (D2, D13,
/// D14, D19, D21 check it); for fraud (情形1) the bonus and 抚恤金 are recovered and the confirmation is
/// revoked (every rule's gate checks it). A 嘉奖 is not a 记功. The result flags the revocation:
/// `refer` when a 记功 is revoked, no amount (what is recovered is decided by the authority). Target
/// group: a person with a 记功 award (「获得记功奖励的人员」); the revocation decides.
pub fn jyyw_revocation_clawback(ctx: &mut Ctx<'_>) -> Eval {
    per_member(ctx, Form::Cash, |ctx, i| {
        let Some(g) = record(ctx, i) else {
            return (Outcome::Ineligible, None);
        };
        if g.award.is_none() {
            ctx.miss_member(i, "good_samaritan.award");
        }
        let merit = ctx.member_group(i, |ctx| {
            ctx.check(
                Some(i),
                "cond-jyyw-award-is-merit",
                g.award.map_or(Val::None, |a| Val::Code(a.code())),
                Cmp::Is,
                Val::None,
                Tri::from_opt(g.award.map(Award::is_merit)),
            )
        });
        if merit == Tri::False {
            return (Outcome::Ineligible, None);
        }
        let revoked = matches!(g.revoked, Some(Revocation::Misconduct | Revocation::Fraud));
        let r = ctx.check(
            Some(i),
            "cond-jyyw-revoked",
            Val::Bool(revoked),
            Cmp::Is,
            Val::None,
            Tri::from_bool(revoked),
        );
        match r.and(merit) {
            Tri::True => (Outcome::Refer, None),
            t => (t.outcome(), None),
        }
    })
}
