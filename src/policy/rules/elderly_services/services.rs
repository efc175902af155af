//! The in-kind, priority and referral items of the 2023 basic elderly-service list (B10–B24): 特困
//! support, visits and free home care, assessment, home adaptation, notarisation, priorities for
//! veterans and family-planning special families, and the referrals.

use rust_decimal::Decimal;

use super::{
    RecordFact, dependency_level, elderly, moderate_or_severe, monthly, own_hukou_wenzhou,
    rec_fact, rec_trigger, record,
};
use crate::engine::{Amount, Cmp, Ctx, Eval, Form, Outcome, Period, Tri, Val};
use crate::household::{CapabilityLevel, TekunSupport};
use crate::policy::ParamKey as K;
use crate::policy::rules::local_amount;
use crate::policy::rules::{per_member, stop, undetermined, years};

/// 特困 elder supported in one of `wanted` forms: the whole target group (the item is in kind).
fn tekun_elder(ctx: &mut Ctx<'_>, key: &'static str, wanted: &[TekunSupport]) -> Eval {
    let Some(min_age) = years(ctx, K::EldElderlyMinAge) else {
        return undetermined(Form::InKind);
    };
    per_member(ctx, Form::InKind, |ctx, i| {
        let group = ctx.member_group(i, |ctx| {
            let old = elderly(ctx, i, min_age);
            let t = ctx.h.members[i].tekun;
            if t.is_none() {
                ctx.miss_member(i, "tekun");
            }
            let form = ctx.check(
                Some(i),
                key,
                Val::None,
                Cmp::Is,
                Val::None,
                Tri::from_opt(t.map(|t| wanted.contains(&t))),
            );
            old.and(form)
        });
        (group.outcome(), None)
    })
}

/// B10 特困老年人分散供养, 清单第13项: 「对选择在家供养的特困老年人，由县级民政部门依照有关规定给予分散供养…」.
/// In kind; the money (基本生活标准, 分散供养照料护理费) is INC-15 and INC-18.
pub fn eld_tekun_dispersed_support(ctx: &mut Ctx<'_>) -> Eval {
    tekun_elder(ctx, "cond-eld-tekun-dispersed", &[TekunSupport::Dispersed])
}

/// B11 特困老年人集中供养, 清单第14项: 「对需要集中供养的特困老年人，由县级民政部门…就近安排到相应的供养服务机构…」.
pub fn eld_tekun_centralized_support(ctx: &mut Ctx<'_>) -> Eval {
    tekun_elder(
        ctx,
        "cond-eld-tekun-centralized",
        &[
            TekunSupport::ConcentratedPublic,
            TekunSupport::ConcentratedSocial,
        ],
    )
}

/// 特殊困难老年人 (清单第15项): 孤寡、独居、空巢、留守、失能、重残、计划生育特殊困难. The record must be present.
fn special_difficulty(ctx: &mut Ctx<'_>, i: usize) -> Tri {
    let Some(max_grade) = years(ctx, K::SevereDisabilityMaxGrade) else {
        return Tri::Unknown;
    };
    ctx.any_of(|ctx| {
        let record_facts: [RecordFact; 4] = [
            ("cond-eld-gua", "elderly_services.gua", |r| r.gua),
            (
                "cond-eld-lives-alone",
                "elderly_services.lives_alone",
                |r| r.lives_alone,
            ),
            ("cond-eld-empty-nest", "elderly_services.empty_nest", |r| {
                r.empty_nest
            }),
            (
                "cond-eld-left-behind",
                "elderly_services.left_behind",
                |r| r.left_behind,
            ),
        ];
        let mut any = Tri::False;
        for (key, field, get) in record_facts {
            any = any.or(rec_fact(ctx, i, key, field, get));
            if any == Tri::True {
                return any;
            }
        }
        let level = dependency_level(ctx, i);
        any = any.or(Tri::from_opt(level.map(|l| l > 0)));
        if any == Tri::True {
            return any;
        }
        let m = &ctx.h.members[i];
        let severe = match (m.disabled, m.disability_grade) {
            (Some(false), _) => Some(false),
            (Some(true), Some(g)) => Some(u32::from(g) <= max_grade),
            (Some(true), None) => {
                ctx.miss_member(i, "disability_grade");
                None
            }
            (None, _) => {
                ctx.miss_member(i, "disabled");
                None
            }
        };
        any = any.or(ctx.check(
            Some(i),
            "cond-eld-severe-disability",
            Val::None,
            Cmp::Is,
            Val::None,
            Tri::from_opt(severe),
        ));
        if any == Tri::True {
            return any;
        }
        let fp = ctx.h.fp_family.as_ref().map(|f| {
            f.only_child_lost_or_disabled == Some(true) || f.special_hardship == Some(true)
        });
        any.or(ctx.check(
            None,
            "cond-eld-fp-special-family",
            Val::None,
            Cmp::Is,
            Val::None,
            Tri::from_bool(fp == Some(true)),
        ))
    })
}

/// B12 特殊困难老年人探访关爱, 清单第15项: 「面向常住的孤寡、独居、空巢、留守、失能、重残、计划生育特殊困难老年人提供
/// 探访关爱服务。」 By habitual residence (常住), not hukou. Target group: all of it (an elder, resident,
/// in special difficulty). In kind.
pub fn eld_visiting_care(ctx: &mut Ctx<'_>) -> Eval {
    let Some(min_age) = years(ctx, K::EldElderlyMinAge) else {
        return undetermined(Form::InKind);
    };
    per_member(ctx, Form::InKind, |ctx, i| {
        let old = ctx.member_group(i, |ctx| elderly(ctx, i, min_age));
        if old == Tri::False {
            return (Outcome::Ineligible, None);
        }
        let resident = ctx.member_group(i, |ctx| {
            rec_fact(
                ctx,
                i,
                "cond-eld-resident",
                "elderly_services.resident_locally",
                |r| r.resident_locally,
            )
        });
        if resident == Tri::False {
            return (Outcome::Ineligible, None);
        }
        let special = ctx.member_group(i, |ctx| special_difficulty(ctx, i));
        (old.and(resident).and(special).outcome(), None)
    })
}

/// B13 本市户籍特殊困难老年人免费居家养老服务, 75号 三(三)9: 「为具有本市户籍特殊困难老年人提供一定时长的免费居家养老
/// 服务。」 By hukou. Target group: all of it (an elder, Wenzhou hukou, in special difficulty). In
/// kind; valued at hours × value per hour where a pack gives both.
pub fn eld_free_home_care_hours(ctx: &mut Ctx<'_>) -> Eval {
    let Some(min_age) = years(ctx, K::EldElderlyMinAge) else {
        return undetermined(Form::InKind);
    };
    per_member(ctx, Form::InKind, |ctx, i| {
        let old = ctx.member_group(i, |ctx| elderly(ctx, i, min_age));
        if old == Tri::False {
            return (Outcome::Ineligible, None);
        }
        let hukou = own_hukou_wenzhou(ctx, i);
        if hukou == Tri::False {
            return (Outcome::Ineligible, None);
        }
        let special = ctx.member_group(i, |ctx| special_difficulty(ctx, i));
        let eligible = old.and(hukou).and(special);
        if eligible != Tri::True {
            return (eligible.outcome(), None);
        }
        // 「一定时长」 is local: the value is shown only where a pack gives it.
        let value = match (
            ctx.p.number(K::EldFreeHomeCareHours),
            ctx.p.number(K::EldHomeCareHourValue),
        ) {
            (Some(_), Some(_)) => match (
                ctx.num(K::EldFreeHomeCareHours),
                ctx.num(K::EldHomeCareHourValue),
            ) {
                (Some(h), Some(v)) => Some(Amount::exact(h * v, Period::Month)),
                _ => None,
            },
            _ => None,
        };
        (Outcome::Eligible, value)
    })
}

/// B14 老年人能力综合评估, 清单第3项: 「为老年人提供能力综合评估，做好与健康状况评估的衔接。」
///
/// Target group: an elder (60+). One whose record says no assessment is on file: `refer` for the
/// free assessment.
pub fn eld_capability_assessment(ctx: &mut Ctx<'_>) -> Eval {
    let Some(min_age) = years(ctx, K::EldElderlyMinAge) else {
        return undetermined(Form::InKind);
    };
    per_member(ctx, Form::InKind, |ctx, i| {
        let old = ctx.member_group(i, |ctx| elderly(ctx, i, min_age));
        if old == Tri::False {
            return (Outcome::Ineligible, None);
        }
        let capability = record(ctx, i).and_then(|r| r.capability);
        if capability.is_none() {
            ctx.miss_member(i, "elderly_services.capability");
        }
        let not_assessed = ctx.check(
            Some(i),
            "cond-eld-not-assessed",
            Val::None,
            Cmp::Is,
            Val::None,
            Tri::from_opt(capability.map(|c| c == CapabilityLevel::NotAssessed)),
        );
        match old.and(not_assessed) {
            Tri::True => (Outcome::Refer, None),
            t => (t.outcome(), None),
        }
    })
}

/// B15 独居、高龄老年人适老化改造；孤寡和事实无人照顾老人“一键呼叫”, 清单第*16项: 「按照相关规定，为独居、高龄老年人家庭
/// 提供适老化改造、为孤寡和事实无人照顾老人安装“一键呼叫”设备进行补助。」
///
/// (a) an elder living alone or aged 80+ (高龄 read as the 80 of 清单第6项), no income test;
/// (b) 孤寡 or 事实无人照顾. Either gives the subsidy in kind. Target group: all of it.
pub fn eld_home_adaptation_alone_aged_and_alarm(ctx: &mut Ctx<'_>) -> Eval {
    let (Some(min_age), Some(a80)) = (
        years(ctx, K::EldElderlyMinAge),
        years(ctx, K::EldLongevityAge),
    ) else {
        return undetermined(Form::InKind);
    };
    per_member(ctx, Form::InKind, |ctx, i| {
        let old = ctx.member_group(i, |ctx| elderly(ctx, i, min_age));
        if old == Tri::False {
            return (Outcome::Ineligible, None);
        }
        let group = ctx.member_group(i, |ctx| {
            ctx.any_of(|ctx| {
                let aged = ctx.age(i, "cond-age-advanced", Cmp::Ge, a80);
                if aged == Tri::True {
                    return aged;
                }
                let mut any = aged;
                let facts: [RecordFact; 3] = [
                    (
                        "cond-eld-lives-alone",
                        "elderly_services.lives_alone",
                        |r| r.lives_alone,
                    ),
                    ("cond-eld-gua", "elderly_services.gua", |r| r.gua),
                    (
                        "cond-eld-no-de-facto-carer",
                        "elderly_services.no_de_facto_carer",
                        |r| r.no_de_facto_carer,
                    ),
                ];
                for (key, field, get) in facts {
                    any = any.or(rec_fact(ctx, i, key, field, get));
                    if any == Tri::True {
                        return any;
                    }
                }
                any
            })
        });
        (old.and(group).outcome(), None)
    })
}

/// B16 老年人法律援助及首次公证费减免, 清单第5项: 「对有法律服务需求的老年人，依照有关规定给予法律援助；老年人首次办理证明、
/// 确认遗嘱公证的，超过80周岁免费，70周岁至80周岁减半收费。」
///
/// A first notarisation: free above 80 (81 and over in 周岁), half price from 70 to 80 inclusive (the
/// ranges meet at 80: 超过 excludes it, rules-other B16 default). The amount is the fee waived, where a
/// pack gives the fee. A legal need without a notarisation: `refer` for legal aid.
pub fn eld_notary_fee_reduction(ctx: &mut Ctx<'_>) -> Eval {
    let (Some(free_above), Some(half_from), Some(half)) = (
        years(ctx, K::EldNotaryFreeAboveAge),
        years(ctx, K::EldNotaryHalfFromAge),
        ctx.num(K::EldNotaryHalfShare),
    ) else {
        return undetermined(Form::Waiver);
    };
    let Some(min_age) = years(ctx, K::EldElderlyMinAge) else {
        return undetermined(Form::Waiver);
    };
    per_member(ctx, Form::Waiver, |ctx, i| {
        // The target group, 老年人; then the legal need and a first notarisation decide (both asked).
        let old = ctx.member_group(i, |ctx| elderly(ctx, i, min_age));
        if old == Tri::False {
            return (Outcome::Ineligible, None);
        }
        let first = rec_fact(
            ctx,
            i,
            "cond-eld-first-notarisation",
            "elderly_services.first_notarisation",
            |r| r.first_notarisation,
        );
        let mut share = None;
        if first == Tri::True {
            let free = ctx.age(i, "cond-eld-notary-free-age", Cmp::Gt, free_above);
            share = match free {
                Tri::True => Some(Decimal::ONE),
                Tri::Unknown => return (Outcome::Undetermined, None),
                Tri::False => {
                    let m = ctx.mark();
                    let from = ctx.age(i, "cond-eld-notary-half-age", Cmp::Ge, half_from);
                    if from == Tri::True {
                        ctx.drop_failed_since(m);
                        Some(half)
                    } else {
                        None
                    }
                }
            };
        }
        if let Some(share) = share {
            ctx.check(
                Some(i),
                "cond-eld-notary-fee-share",
                Val::Number(share),
                Cmp::Eq,
                Val::Number(share),
                Tri::True,
            );
            let amount = local_amount(
                ctx,
                i,
                K::EldNotaryBaseFee,
                "cond-eld-notary-fee-local",
                |fee| Amount::exact(fee * share, Period::Once),
            );
            return (Outcome::Eligible, amount);
        }
        let need = rec_fact(
            ctx,
            i,
            "cond-eld-legal-need",
            "elderly_services.legal_need",
            |r| r.legal_need,
        );
        match (need, first) {
            (Tri::True, _) => (Outcome::Refer, None),
            (Tri::Unknown, _) | (_, Tri::Unknown) => (Outcome::Undetermined, None),
            _ => (Outcome::Ineligible, None),
        }
    })
}

/// B17 计划生育特殊家庭老年人优先入住公办养老机构, 清单第17项: 「同等条件下优先入住政府投资兴办的养老机构。」
/// Target group: an elder of a family whose only child died or is disabled (the 计生特殊家庭,
/// `fp_family`): priority.
pub fn eld_family_planning_priority_admission(ctx: &mut Ctx<'_>) -> Eval {
    let Some(min_age) = years(ctx, K::EldElderlyMinAge) else {
        return undetermined(Form::InKind);
    };
    let special = ctx.group(|ctx| match ctx.h.fp_family.as_ref() {
        Some(f) => ctx.household_fact(
            "cond-eld-fp-special-family",
            "fp_family.only_child_lost_or_disabled",
            f.only_child_lost_or_disabled,
        ),
        None => ctx.check(
            None,
            "cond-eld-fp-special-family",
            Val::Bool(false),
            Cmp::Is,
            Val::None,
            Tri::False,
        ),
    });
    if let Some(e) = stop(special, Form::InKind) {
        return e;
    }
    per_member(ctx, Form::InKind, |ctx, i| {
        let old = ctx.member_group(i, |ctx| elderly(ctx, i, min_age));
        (old.outcome(), None)
    })
}

/// B18 老年残疾军人、退役军人、“三属”, 清单第20项 and 第22项: 「为老年残疾军人、退役军人、“三属”人员，提供集中供养、
/// 医疗等保障；鼓励各级各类养老机构优先接收，提供适度价格优惠。」「优先安排老年残疾军人、退役军人、“三属”人员享受居家
/// 养老日常照料等服务。」 Target group: all of it (an elder who is one of them). Priority, no amount.
pub fn eld_veterans_and_martyr_families_care(ctx: &mut Ctx<'_>) -> Eval {
    let Some(min_age) = years(ctx, K::EldElderlyMinAge) else {
        return undetermined(Form::InKind);
    };
    per_member(ctx, Form::InKind, |ctx, i| {
        let old = ctx.member_group(i, |ctx| elderly(ctx, i, min_age));
        if old == Tri::False {
            return (Outcome::Ineligible, None);
        }
        let status = ctx.member_group(i, |ctx| {
            ctx.any_of(|ctx| {
                let veteran =
                    ctx.member_fact(i, "cond-veteran", "veteran", ctx.h.members[i].veteran);
                if veteran == Tri::True {
                    return veteran;
                }
                let disabled = rec_fact(
                    ctx,
                    i,
                    "cond-eld-disabled-veteran",
                    "elderly_services.disabled_veteran",
                    |r| r.disabled_veteran,
                );
                let family = rec_fact(
                    ctx,
                    i,
                    "cond-eld-martyr-family",
                    "elderly_services.martyr_family",
                    |r| r.martyr_family,
                );
                veteran.or(disabled).or(family)
            })
        });
        (old.and(status).outcome(), None)
    })
}

/// B19 重点优抚对象、人体器官捐献人家庭成员中的中重度失能失智老年人养老服务补贴, 清单第*21项: 「为重点优抚对象和人体器官
/// 捐献人家庭成员中的重度、中度失能失智老年人提供养老服务补贴。」 Target group: an elder of either group; then the
/// 中重度 level decides. Amount local.
pub fn eld_care_subsidy_special_contribution(ctx: &mut Ctx<'_>) -> Eval {
    let Some(min_age) = years(ctx, K::EldElderlyMinAge) else {
        return undetermined(Form::InKind);
    };
    per_member(ctx, Form::InKind, |ctx, i| {
        let old = ctx.member_group(i, |ctx| elderly(ctx, i, min_age));
        if old == Tri::False {
            return (Outcome::Ineligible, None);
        }
        let status = ctx.member_group(i, |ctx| {
            ctx.any_of(|ctx| {
                let youfu = rec_fact(
                    ctx,
                    i,
                    "cond-eld-key-youfu",
                    "elderly_services.key_youfu",
                    |r| r.key_youfu,
                );
                if youfu == Tri::True {
                    return youfu;
                }
                let donor = rec_fact(
                    ctx,
                    i,
                    "cond-eld-organ-donor-family",
                    "elderly_services.organ_donor_family",
                    |r| r.organ_donor_family,
                );
                youfu.or(donor)
            })
        });
        if status == Tri::False {
            return (Outcome::Ineligible, None);
        }
        let eligible = old.and(status).and(moderate_or_severe(ctx, i));
        if eligible != Tri::True {
            return (eligible.outcome(), None);
        }
        monthly(ctx, K::EldSpecialContributionCareSubsidy)
    })
}

/// B20 见义勇为致残完全丧失劳动能力人员供养保障, 清单第23项: 「对见义勇为致残导致完全丧失劳动能力且生活不能自理、家庭供养
/// 困难的人员，根据本人意愿和申请，由实际居住地县级民政部门优先安排到公办养老机构供养…」.
///
/// Target group: a person disabled by a 见义勇为 act (the record's trigger); no age limit in the text.
/// 「根据本人意愿和申请」 and the second route of 温政发〔2024〕15号 (行为发生地):
/// `refer`.
pub fn eld_jyyw_disabled_institutional_support(ctx: &mut Ctx<'_>) -> Eval {
    per_member(ctx, Form::InKind, |ctx, i| {
        let disabled = rec_trigger(
            ctx,
            i,
            "cond-eld-good-samaritan-disabled",
            "elderly_services.good_samaritan_disabled",
            |r| r.good_samaritan_disabled,
        );
        if disabled != Tri::True {
            return (disabled.outcome(), None);
        }
        let level = dependency_level(ctx, i);
        let dependent = Tri::from_opt(level.map(|l| l > 0));
        let family = rec_fact(
            ctx,
            i,
            "cond-eld-family-support-difficult",
            "elderly_services.family_support_difficult",
            |r| r.family_support_difficult,
        );
        match dependent.and(family) {
            Tri::True => (Outcome::Refer, None),
            t => (t.outcome(), None),
        }
    })
}

/// B21 父母投靠成年子女落户, 清单第24项: 「与我市城镇地区家庭户口的成年子女共同居住生活，申报户口迁入我市的，凭父母与
/// 子女关系证明等材料办理，不受年龄限制。」
///
/// Target group: a member whose own hukou is outside Wenzhou (the record's trigger); one who lives
/// with an adult child holding a Wenzhou urban family hukou may move the hukou (公安), which opens
/// B1, B2 and B13. No age limit.
pub fn eld_parent_hukou_migration(ctx: &mut Ctx<'_>) -> Eval {
    per_member(ctx, Form::InKind, |ctx, i| {
        let outside = rec_trigger(
            ctx,
            i,
            "cond-eld-hukou-outside-wenzhou",
            "elderly_services.hukou_outside_wenzhou",
            |r| r.hukou_outside_wenzhou,
        );
        if outside != Tri::True {
            return (outside.outcome(), None);
        }
        let with_child = rec_fact(
            ctx,
            i,
            "cond-eld-lives-with-urban-child",
            "elderly_services.lives_with_urban_hukou_child",
            |r| r.lives_with_urban_hukou_child,
        );
        (with_child.outcome(), None)
    })
}

/// B24 生活无着的流浪、乞讨老年人社会救助, 清单第19项: 「依照有关规定给予救助。」 Target group: a vagrant (the
/// record's trigger) aged 60+. `refer`.
pub fn eld_vagrant_assistance(ctx: &mut Ctx<'_>) -> Eval {
    let Some(min_age) = years(ctx, K::EldElderlyMinAge) else {
        return undetermined(Form::Cash);
    };
    per_member(ctx, Form::Cash, |ctx, i| {
        let vagrant = rec_trigger(
            ctx,
            i,
            "cond-eld-vagrant",
            "elderly_services.vagrant",
            |r| r.vagrant,
        );
        if vagrant != Tri::True {
            return (vagrant.outcome(), None);
        }
        match ctx.member_group(i, |ctx| elderly(ctx, i, min_age)) {
            Tri::True => (Outcome::Refer, None),
            t => (t.outcome(), None),
        }
    })
}
