//! Special education: 温政办〔2023〕68号 《温州市特殊教育普惠发展三年行动计划》 (seed 000), rules-other §A.
//!
//! Item 14 (三(四)14) gives the student-aid measures: full free compulsory education (A3), free meals at a
//! 特校 (A4), the 高中 free policies and 国家助学金 (A5), the kindergarten 保育费 subsidy (A6) and the
//! transport subsidy of at least 400 元 a semester (A7). The other items are priorities and referrals.
//! The goals (A1, A11) have no household result. 68号 states no end date and no hukou condition: a
//! student in Wenzhou is assessed whatever the household's hukou. Stacking with 温政发〔2022〕6号 第18条's
//! grants lives in `engine::stacking` (only A5's 国家助学金 can meet them, and only where a pack says it
//! is 同级财政).
//!
//! Each rule's target group is the disabled (or autistic) student or child it names, at its stage or
//! age; the conditions left outside it are A3's 「符合资助条件」 and the amounts.

use rust_decimal::Decimal;

use super::education::school_code;
use super::{per_member, years};
use crate::engine::{Amount, Cmp, Ctx, Eval, Form, Outcome, Period, Tri, Val};
use crate::household::{DisabilityCategory, SchoolLevel, SpedPlacement};
use crate::policy::ParamKey as K;

/// 「残疾学生」: holds a disability certificate, or (without one) is recognised as a disabled student in
/// the member's special-education record. Only A4 says 「持证」.
fn disabled_student(ctx: &mut Ctx<'_>, i: usize) -> Tri {
    ctx.any_of(|ctx| {
        let cert = ctx.member_fact(i, "cond-disabled", "disabled", ctx.h.members[i].disabled);
        if cert == Tri::True {
            return cert;
        }
        let assessed = match ctx.h.members[i].special_education.as_ref() {
            Some(r) => ctx.member_fact(
                i,
                "cond-sped-assessed-disabled",
                "special_education.assessed_disabled",
                r.assessed_disabled,
            ),
            // No special-education record: no recognition without a certificate.
            None => Tri::False,
        };
        cert.or(assessed)
    })
}

/// The member's school level as a test of `pred`, recorded under `key`.
fn stage(ctx: &mut Ctx<'_>, i: usize, key: &'static str, pred: fn(SchoolLevel) -> bool) -> Tri {
    let s = ctx.h.members[i].schooling;
    if s.is_none() {
        ctx.miss_member(i, "schooling");
    }
    ctx.check(
        Some(i),
        key,
        s.map_or(Val::None, |s| Val::Code(school_code(s))),
        Cmp::Is,
        Val::None,
        Tri::from_opt(s.map(pred)),
    )
}

/// 幼儿园 to 高中阶段: the stages of the plan's 「十五年基础教育」 (二、主要目标).
fn basic_education(s: SchoolLevel) -> bool {
    matches!(
        s,
        SchoolLevel::Preschool
            | SchoolLevel::Primary
            | SchoolLevel::JuniorSecondary
            | SchoolLevel::SecondaryVocational
            | SchoolLevel::SeniorHigh
    )
}

/// A child: under `sped_child_age_limit` (未满18周岁).
fn child(ctx: &mut Ctx<'_>, i: usize) -> Option<Tri> {
    let limit = years(ctx, K::SpedChildAgeLimit)?;
    Some(ctx.age(i, "cond-sped-child", Cmp::Lt, limit))
}

/// A2, 68号 三(一)1–2: 「“就近就便”为3—18周岁适龄残疾儿童青少年提供优质特殊教育服务」; 「规范做好适龄残疾儿童入学前
/// 评估，科学制定教育安置方案」.
///
/// A disabled child aged 3–18 (both included) who is not in school is referred to the county education
/// bureau and its 特殊教育专家委员会 for the pre-enrolment assessment and a placement.
pub fn sped_placement_service_3_18(ctx: &mut Ctx<'_>) -> Eval {
    let (Some(min), Some(max)) = (
        years(ctx, K::SpedServiceAgeMin),
        years(ctx, K::SpedServiceAgeMax),
    ) else {
        return super::undetermined(Form::InKind);
    };
    per_member(ctx, Form::InKind, |ctx, i| {
        let who = ctx.member_group(i, |ctx| {
            let from = ctx.age(i, "cond-sped-age-min", Cmp::Ge, min);
            let to = ctx.age(i, "cond-sped-age-max", Cmp::Le, max);
            let age = from.and(to);
            if age == Tri::False {
                return Tri::False;
            }
            let out = stage(ctx, i, "cond-sped-not-enrolled", |s| s == SchoolLevel::None);
            if out == Tri::False {
                return Tri::False;
            }
            age.and(out).and(disabled_student(ctx, i))
        });
        match who {
            Tri::True => (Outcome::Refer, None),
            t => (t.outcome(), None),
        }
    })
}

/// A3, 68号 三(四)14: 「对就读义务教育学校且符合资助条件的残疾学生实行全免费教育」.
///
/// A disabled student in compulsory education whom the school confirms 「符合资助条件」 (a fact of the
/// special-education record) studies free of all fees: a waiver, no amount.
pub fn sped_compulsory_full_free(ctx: &mut Ctx<'_>) -> Eval {
    per_member(ctx, Form::Waiver, |ctx, i| {
        let who = ctx.member_group(i, |ctx| {
            let pupil = stage(
                ctx,
                i,
                "cond-compulsory-education",
                SchoolLevel::is_compulsory,
            );
            if pupil == Tri::False {
                return Tri::False;
            }
            pupil.and(disabled_student(ctx, i))
        });
        if who == Tri::False {
            return (Outcome::Ineligible, None);
        }
        let met = ctx.h.members[i]
            .special_education
            .as_ref()
            .and_then(|r| r.aid_conditions_met);
        let met = ctx.member_fact(
            i,
            "cond-sped-aid-conditions",
            "special_education.aid_conditions_met",
            met,
        );
        (who.and(met).outcome(), None)
    })
}

/// A4, 68号 三(四)14: 「对在特校就读的持证残疾学生免收伙食费并适当提高餐费补助标准，所需经费由学校所属的同级财政承担」.
///
/// A certified disabled student at a 特殊教育学校 (not a special class of an ordinary school) eats free;
/// the value is the school's 伙食费 × semesters when the record gives it (in kind, never cash).
pub fn sped_special_school_meal_waiver(ctx: &mut Ctx<'_>) -> Eval {
    per_member(ctx, Form::Waiver, |ctx, i| {
        let eligible = ctx.member_group(i, |ctx| certified_special_school_pupil(ctx, i));
        if eligible != Tri::True {
            return (eligible.outcome(), None);
        }
        let record = ctx.h.members[i].special_education.as_ref();
        let fee = record.and_then(|r| r.meal_fee_per_semester);
        let amount = match (
            fee,
            fee.and_then(|_| ctx.num(K::SpedSemestersPerSchoolYear)),
        ) {
            (Some(f), Some(n)) => Some(Amount::exact(f * n, Period::SchoolYear)),
            _ => None,
        };
        (Outcome::Eligible, amount)
    })
}

/// A4's group: a certified disabled student at a 特殊教育学校.
fn certified_special_school_pupil(ctx: &mut Ctx<'_>, i: usize) -> Tri {
    let m = &ctx.h.members[i];
    let record = m.special_education.as_ref();
    let placement = record.and_then(|r| r.placement);
    // A certified disabled pupil is in the group: without a record, where the pupil studies is
    // asked. Anyone else without a record is in no special-education placement.
    let pupil = Tri::from_opt(m.schooling.map(|s| s != SchoolLevel::None));
    let in_group = Tri::from_opt(m.disabled).and(pupil);
    if record.is_none() && in_group != Tri::False && m.schooling.is_none() {
        ctx.miss_member(i, "schooling");
    }
    if placement.is_none() && (record.is_some() || in_group != Tri::False) {
        ctx.miss_member(i, "special_education.placement");
    }
    let at_school = match (record, placement) {
        (None, _) if in_group == Tri::False => Tri::False,
        (_, p) => Tri::from_opt(p.map(|p| p == SpedPlacement::SpecialSchool)),
    };
    let at_school = ctx.check(
        Some(i),
        "cond-sped-special-school",
        placement.map_or(Val::None, |p| Val::Code(placement_code(p))),
        Cmp::Is,
        Val::None,
        at_school,
    );
    if at_school == Tri::False {
        return Tri::False;
    }
    let cert = ctx.member_fact(i, "cond-disabled", "disabled", m.disabled);
    at_school.and(cert)
}

/// A5, 68号 三(四)14: 「对就读高中学校的残疾学生实行相关免费政策和国家助学金」.
///
/// A disabled student at a 高中学校 (普通高中, and 中职 where `sped_vocational_as_high_school` says so)
/// has the free policies and the 国家助学金; the amount shown is the grant per school year, a national
/// standard not in the seeds (undetermined naming it without a value).
pub fn sped_highschool_free_and_grant(ctx: &mut Ctx<'_>) -> Eval {
    per_member(ctx, Form::Cash, |ctx, i| {
        let eligible = ctx.member_group(i, |ctx| {
            let level = ctx.h.members[i].schooling;
            let high = match level {
                Some(SchoolLevel::SecondaryVocational) => {
                    match ctx.switch(K::SpedVocationalAsHighSchool) {
                        Some(b) => Tri::from_bool(b),
                        // Whether 中职 counts is open: nothing more to test.
                        None => return Tri::Unknown,
                    }
                }
                Some(s) => Tri::from_bool(s == SchoolLevel::SeniorHigh),
                None => {
                    ctx.miss_member(i, "schooling");
                    Tri::Unknown
                }
            };
            let high = ctx.check(
                Some(i),
                "cond-sped-high-school",
                level.map_or(Val::None, |s| Val::Code(school_code(s))),
                Cmp::Is,
                Val::None,
                high,
            );
            if high == Tri::False {
                return Tri::False;
            }
            high.and(disabled_student(ctx, i))
        });
        if eligible != Tri::True {
            return (eligible.outcome(), None);
        }
        match ctx.num(K::SpedNationalGrantPerSchoolYear) {
            Some(v) => (
                Outcome::Eligible,
                Some(Amount::exact(v, Period::SchoolYear)),
            ),
            None => (Outcome::Undetermined, None),
        }
    })
}

/// A6, 68号 三(四)14: 「对就读幼儿园的残疾学生按当地公办三级幼儿园保育费标准给予补助」.
///
/// A disabled child in a kindergarten (public or private; the text does not distinguish) receives the
/// local public tier-3 保育费 standard each semester: a local value (undetermined naming it without one).
pub fn sped_kindergarten_fee_subsidy(ctx: &mut Ctx<'_>) -> Eval {
    per_member(ctx, Form::Cash, |ctx, i| {
        let eligible = ctx.member_group(i, |ctx| {
            let kg = stage(ctx, i, "cond-sped-kindergarten", |s| {
                s == SchoolLevel::Preschool
            });
            if kg == Tri::False {
                return Tri::False;
            }
            kg.and(disabled_student(ctx, i))
        });
        if eligible != Tri::True {
            return (eligible.outcome(), None);
        }
        match (
            ctx.num(K::SpedKgCareFeePerSemester),
            ctx.num(K::SpedSemestersPerSchoolYear),
        ) {
            (Some(fee), Some(n)) => (
                Outcome::Eligible,
                Some(Amount::exact(fee * n, Period::SchoolYear)),
            ),
            _ => (Outcome::Undetermined, None),
        }
    })
}

/// A7, 68号 三(四)14: 「结合实际对残疾学生提供每学期每生400元以上的交通费补助」.
///
/// Every disabled student from kindergarten to 高中阶段 (the text excludes no placement, not even 送教上门):
/// the county rate × semesters, never below the floor of 400 a semester (以上 includes 400). Without a
/// county rate the floor is shown as an `at least` amount.
pub fn sped_transport_subsidy(ctx: &mut Ctx<'_>) -> Eval {
    per_member(ctx, Form::Cash, |ctx, i| {
        let eligible = ctx.member_group(i, |ctx| {
            let student = stage(ctx, i, "cond-sped-basic-education", basic_education);
            if student == Tri::False {
                return Tri::False;
            }
            student.and(disabled_student(ctx, i))
        });
        if eligible != Tri::True {
            return (eligible.outcome(), None);
        }
        let Some(n) = ctx.num(K::SpedSemestersPerSchoolYear) else {
            return (Outcome::Undetermined, None);
        };
        let rate = ctx.p.number(K::SpedTransportPerSemester);
        if rate.is_some() {
            ctx.num(K::SpedTransportPerSemester);
        }
        let floor = ctx.num(K::SpedTransportFloorPerSemester);
        let amount = match (rate, floor) {
            (Some(r), Some(f)) if r >= f => Amount::exact(r * n, Period::SchoolYear),
            // A county rate below the floor is raised to it (「400元以上」).
            (_, Some(f)) => Amount::at_least(f * n, Period::SchoolYear),
            (Some(r), None) => Amount::exact(r * n, Period::SchoolYear),
            (None, None) => return (Outcome::Undetermined, None),
        };
        (Outcome::Eligible, Some(amount))
    })
}

/// A8, 68号 三(三)12: 「实施辅助器具进校园工程，优先为义务教育阶段残疾儿童科学提供辅助器具适配及服务」.
/// Priority for a disabled pupil in compulsory education (in kind, no amount).
pub fn sped_assistive_device_priority(ctx: &mut Ctx<'_>) -> Eval {
    per_member(ctx, Form::InKind, |ctx, i| {
        let who = ctx.member_group(i, |ctx| {
            let pupil = stage(
                ctx,
                i,
                "cond-compulsory-education",
                SchoolLevel::is_compulsory,
            );
            if pupil == Tri::False {
                return Tri::False;
            }
            pupil.and(disabled_student(ctx, i))
        });
        (who.outcome(), None)
    })
}

/// A9, 68号 三(四)13: 「残疾人康复项目应优先资助残疾儿童」. Priority in 残联 rehabilitation funding for a
/// disabled child under 18 (in kind, no amount).
pub fn sped_rehab_priority_children(ctx: &mut Ctx<'_>) -> Eval {
    per_member(ctx, Form::InKind, |ctx, i| {
        let who = ctx.member_group(i, |ctx| {
            // Without the age limit the answer is open.
            let Some(young) = child(ctx, i) else {
                return Tri::Unknown;
            };
            if young == Tri::False {
                return Tri::False;
            }
            young.and(disabled_student(ctx, i))
        });
        (who.outcome(), None)
    })
}

/// A10, 68号 三(三)12: 「规范孤独症儿童认定程序，做到“应读尽读、就近就便”，逐步建立助教陪读制度」.
/// An autistic child (identified through the 认定 procedure) is referred: a nearby school place, and
/// whether the county has set up 助教陪读 yet (「逐步建立」).
pub fn sped_autism_placement_and_aide(ctx: &mut Ctx<'_>) -> Eval {
    per_member(ctx, Form::InKind, |ctx, i| {
        let who = ctx.member_group(i, |ctx| {
            let autism = ctx.h.members[i]
                .special_education
                .as_ref()
                .map(|r| r.autism);
            // The clause is for children identified through the 认定 procedure; the special-education
            // record is where that identification is entered, so no record is no identification — said
            // so.
            let Some(autism) = autism else {
                return ctx.check(
                    Some(i),
                    "cond-sped-autism-identified",
                    Val::Bool(false),
                    Cmp::Is,
                    Val::None,
                    Tri::False,
                );
            };
            let autism = ctx.member_fact(i, "cond-sped-autism", "special_education.autism", autism);
            if autism == Tri::False {
                return Tri::False;
            }
            // Without the age limit the answer is open.
            child(ctx, i).map_or(Tri::Unknown, |young| autism.and(young))
        });
        match who {
            Tri::True => (Outcome::Refer, None),
            t => (t.outcome(), None),
        }
    })
}

/// A12, 68号 三(三)12 and 三(四)15: 「鼓励特校接纳重度多重障碍儿童少年」; 「为重度、多重残疾孤困儿童提供适宜的特殊教育
/// 服务」. A certified child with a severe (grade 1–2) or multiple disability is referred for a 特校
/// place or a welfare institution's teaching point (「鼓励」: the officer decides with the school).
pub fn sped_severe_multiple_and_orphans(ctx: &mut Ctx<'_>) -> Eval {
    per_member(ctx, Form::InKind, |ctx, i| {
        match ctx.member_group(i, |ctx| severe_child(ctx, i)) {
            Tri::True => (Outcome::Refer, None),
            t => (t.outcome(), None),
        }
    })
}

/// A12's group: a certified child with a severe or multiple disability.
fn severe_child(ctx: &mut Ctx<'_>, i: usize) -> Tri {
    // Without the age limit or the grade limit the answer is open.
    let Some(young) = child(ctx, i) else {
        return Tri::Unknown;
    };
    if young == Tri::False {
        return Tri::False;
    }
    let m = &ctx.h.members[i];
    let (cert, grade, category) = (m.disabled, m.disability_grade, m.disability_category);
    let cert = ctx.member_fact(i, "cond-disabled", "disabled", cert);
    if cert == Tri::False {
        return Tri::False;
    }
    let Some(max) = ctx.num(K::SpedSevereMaxGrade) else {
        return Tri::Unknown;
    };
    let heavy = ctx.any_of(|ctx| {
        if grade.is_none() {
            ctx.miss_member(i, "disability_grade");
        }
        let severe = ctx.check(
            Some(i),
            "cond-sped-severe",
            grade.map_or(Val::None, |g| Val::Number(Decimal::from(g))),
            Cmp::Le,
            Val::Number(max),
            Tri::from_opt(grade.map(|g| Decimal::from(g) <= max)),
        );
        if category.is_none() {
            ctx.miss_member(i, "disability_category");
        }
        let multiple = ctx.check(
            Some(i),
            "cond-sped-multiple",
            Val::None,
            Cmp::Is,
            Val::None,
            Tri::from_opt(category.map(|c| c == DisabilityCategory::Multiple)),
        );
        severe.or(multiple)
    });
    young.and(cert).and(heavy)
}

/// A13, 68号 三(一)3: 「支持各种职业教育培训机构加强残疾学生职业技能培训；…为残疾考生参加国家教育考试和部分职业资格考试
/// 提供合理便利」. A disabled student from junior secondary school up is referred: vocational training,
/// career guidance and reasonable accommodations in state examinations.
pub fn sped_vocational_and_exam_accommodation(ctx: &mut Ctx<'_>) -> Eval {
    per_member(ctx, Form::InKind, |ctx, i| {
        let who = ctx.member_group(i, |ctx| {
            let level = stage(ctx, i, "cond-sped-secondary-or-above", |s| {
                s >= SchoolLevel::JuniorSecondary
            });
            if level == Tri::False {
                return Tri::False;
            }
            level.and(disabled_student(ctx, i))
        });
        match who {
            Tri::True => (Outcome::Refer, None),
            t => (t.outcome(), None),
        }
    })
}

/// Message code of a placement.
#[must_use]
pub fn placement_code(p: SpedPlacement) -> &'static str {
    match p {
        SpedPlacement::RegularClass => "sped-regular-class",
        SpedPlacement::SpecialClass => "sped-special-class",
        SpedPlacement::SpecialSchool => "sped-special-school",
        SpedPlacement::HomeTeaching => "sped-home-teaching",
        SpedPlacement::Institution => "sped-institution",
    }
}
