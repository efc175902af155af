//! Education: nutrition meals and study grants. 温政发〔2022〕6号 第17–18条, 第27条.

use rust_decimal::Decimal;

use super::{per_member, stop, years};
use crate::engine::{Amount, Cmp, Ctx, Eval, Form, Outcome, Period, Tri, Val};
use crate::household::{HouseholdStatus, JuniorHighGraduate, Relationship, SchoolLevel};
use crate::policy::ParamKey as K;

/// The grant level of 6号 第18条 (「中专（高中）、大专、本科以上」) for a school level.
#[derive(Clone, Copy, PartialEq, Eq)]
enum GrantLevel {
    Secondary,
    College,
    Bachelor,
}

fn grant_level(level: SchoolLevel) -> Option<GrantLevel> {
    match level {
        SchoolLevel::SecondaryVocational | SchoolLevel::SeniorHigh => Some(GrantLevel::Secondary),
        SchoolLevel::JuniorCollege => Some(GrantLevel::College),
        // 「本科以上」: 以上 includes 本科 (6号 附则).
        SchoolLevel::Bachelor | SchoolLevel::Postgraduate => Some(GrantLevel::Bachelor),
        _ => None,
    }
}

/// The member's schooling as a test: in a grant level, or holding an adult-exam certificate this year.
fn level_or_certificate(ctx: &mut Ctx<'_>, i: usize) -> (Tri, Option<Option<GrantLevel>>, Tri) {
    let m = &ctx.h.members[i];
    let level = m.schooling.map(grant_level);
    if m.schooling.is_none() {
        ctx.miss_member(i, "schooling");
    }
    let in_level = ctx.check(
        Some(i),
        "cond-school-level-grant",
        m.schooling.map_or(Val::None, |s| Val::Code(school_code(s))),
        Cmp::Is,
        Val::None,
        Tri::from_opt(level.map(|l| l.is_some())),
    );
    let cert = Tri::from_opt(m.adult_exam_certificate);
    if cert == Tri::Unknown {
        ctx.miss_member(i, "adult_exam_certificate");
    }
    (in_level.or(cert), level, cert)
}

/// The grant of one person in one year: the level's school-year grant, or the one-off certificate
/// grant, whichever is higher (附则: 「同一人同一年度享受同级财政同类助学补助…不重复享受，就高执行」, rules-core
/// errata 3).
/// `None` when a parameter is missing, when an unknown certificate could raise the grant, or when
/// the schooling (outer `None`) is unknown beside a certificate: which grant is higher is then open.
fn grant_amount(
    ctx: &mut Ctx<'_>,
    level: Option<Option<GrantLevel>>,
    certificate: Tri,
    keys: [K; 4],
) -> Option<Amount> {
    let level = level?;
    let yearly = match level {
        Some(GrantLevel::Secondary) => Some(ctx.num(keys[0])?),
        Some(GrantLevel::College) => Some(ctx.num(keys[1])?),
        Some(GrantLevel::Bachelor) => Some(ctx.num(keys[2])?),
        None => None,
    };
    let once = match certificate {
        Tri::True => Some(ctx.num(keys[3])?),
        Tri::False => None,
        // The certificate grant would replace a lower school-year grant: the amount is open.
        Tri::Unknown if ctx.num(keys[3])? > yearly.unwrap_or_default() => return None,
        Tri::Unknown => None,
    };
    match (yearly, once) {
        (Some(y), Some(o)) if o > y => Some(Amount::exact(o, Period::Once)),
        (Some(y), _) => Some(Amount::exact(y, Period::SchoolYear)),
        (None, Some(o)) => Some(Amount::exact(o, Period::Once)),
        (None, None) => None,
    }
}

/// EDU-01, 6号 第17条: nutrition meals for every 资助对象 in compulsory education, at 1.6 × the
/// provincial standard. The group: a pupil in compulsory education who is a 资助对象.
pub fn nutrition_meal_subsidy(ctx: &mut Ctx<'_>) -> Eval {
    per_member(ctx, Form::InKind, |ctx, i| {
        let group = ctx.member_group(i, |ctx| {
            let m = &ctx.h.members[i];
            let compulsory = Tri::from_opt(m.schooling.map(SchoolLevel::is_compulsory));
            if m.schooling.is_none() {
                ctx.miss_member(i, "schooling");
            }
            let compulsory = ctx.check(
                Some(i),
                "cond-compulsory-education",
                m.schooling.map_or(Val::None, |s| Val::Code(school_code(s))),
                Cmp::Is,
                Val::None,
                compulsory,
            );
            if compulsory != Tri::True {
                return compulsory;
            }
            ctx.member_fact(
                i,
                "cond-student-aid-recipient",
                "student_aid_recipient",
                m.student_aid_recipient,
            )
        });
        if group != Tri::True {
            return (group.outcome(), None);
        }
        match (
            ctx.num(K::MealSubsidyMultiple),
            ctx.num(K::ProvincialMealStandardDaily),
            ctx.num(K::SchoolDaysPerYear),
        ) {
            (Some(x), Some(daily), Some(days)) => (
                Outcome::Eligible,
                Some(Amount::exact(x * daily * days, Period::SchoolYear)),
            ),
            _ => (Outcome::Undetermined, None),
        }
    })
}

/// Whether another member holds a disability certificate (「残疾人家庭的…子女」).
fn disabled_parent(ctx: &mut Ctx<'_>, i: usize) -> Tri {
    let mut t = Tri::False;
    for j in 0..ctx.h.members.len() {
        if j == i {
            continue;
        }
        let m = &ctx.h.members[j];
        // A child of the disabled person: the student is their child, or the applicant's child when the
        // disabled person is the applicant or spouse. An unknown relationship leaves it open.
        let (rj, ri) = (m.relationship, ctx.h.members[i].relationship);
        let parent_like = match (rj, ri) {
            (Some(a), Some(b)) => Tri::from_bool(matches!(
                (a, b),
                (
                    Relationship::Applicant | Relationship::Spouse,
                    Relationship::Child
                ) | (Relationship::Child, Relationship::Grandchild)
                    | (Relationship::Parent, Relationship::Applicant)
            )),
            _ => {
                for (k, r) in [(j, rj), (i, ri)] {
                    if r.is_none() {
                        ctx.miss_member(k, "relationship");
                    }
                }
                Tri::Unknown
            }
        };
        if parent_like != Tri::False {
            let disabled = ctx.member_fact(j, "cond-parent-disabled", "disabled", m.disabled);
            t = t.or(parent_like.and(disabled));
        }
    }
    t
}

/// EDU-02, 6号 第18条: 市区 低保/低边 disabled students, and minor or dependent adult children of
/// disabled persons: 2000 / 3000 / 4000 per school year; 3500 once for an adult-exam certificate.
/// The group: a 市区 低保/低边 household; a member who is one of those students (in a grant level or
/// holding a certificate).
pub fn disabled_student_grant_dibao(ctx: &mut Ctx<'_>) -> Eval {
    let group = ctx.group(|ctx| {
        let shiqu = ctx.shiqu();
        let dd = ctx.status_in(
            "cond-status-dibao-dibian",
            &[HouseholdStatus::Dibao, HouseholdStatus::Dibian],
        );
        shiqu.and(dd)
    });
    if let Some(e) = stop(group, Form::Cash) {
        return e;
    }
    per_member(ctx, Form::Cash, |ctx, i| {
        let mut grant = (None, Tri::Unknown);
        let group = ctx.member_group(i, |ctx| {
            let who = grant_child(ctx, i);
            if who != Tri::True {
                return who;
            }
            let (school, level, certificate) = level_or_certificate(ctx, i);
            grant = (level, certificate);
            school
        });
        if group != Tri::True {
            return (group.outcome(), None);
        }
        let (level, certificate) = grant;
        let keys = [
            K::EduGrantDibaoSecondary,
            K::EduGrantDibaoCollege,
            K::EduGrantDibaoBachelor,
            K::EduGrantDibaoCertificate,
        ];
        match grant_amount(ctx, level, certificate, keys) {
            Some(a) => (Outcome::Eligible, Some(a)),
            None => (Outcome::Undetermined, None),
        }
    })
}

/// Whether member `i` is a disabled student or a minor (or dependent adult) child of a disabled
/// person (EDU-02's 「残疾学生及残疾人家庭的未成年子女、已成年未独立生活子女」).
fn grant_child(ctx: &mut Ctx<'_>, i: usize) -> Tri {
    let m = &ctx.h.members[i];
    let mark = ctx.mark();
    let disabled = ctx.member_fact(i, "cond-disabled", "disabled", m.disabled);
    let child = if disabled == Tri::True {
        Tri::False
    } else {
        let minor = ctx.age(i, "cond-age-under-18", Cmp::Lt, 18);
        let dependent = if minor == Tri::False {
            ctx.member_fact(
                i,
                "cond-adult-not-independent",
                "adult_not_independent",
                m.adult_not_independent,
            )
        } else {
            Tri::False
        };
        disabled_parent(ctx, i).and(minor.or(dependent))
    };
    let who = disabled.or(child);
    if who == Tri::True {
        ctx.drop_failed_since(mark);
    }
    who
}

/// EDU-03, 6号 第18条: 市区 disabled students not in 低保/低边: 1000 / 2000 / 3000 per school year;
/// 2500 once for an adult-exam certificate. The group: a 市区 household outside 低保/低边; a disabled
/// member in a grant level or holding a certificate.
pub fn disabled_student_grant_non_dibao(ctx: &mut Ctx<'_>) -> Eval {
    let group = ctx.group(|ctx| {
        let shiqu = ctx.shiqu();
        let other = ctx.status_in("cond-status-none", &[HouseholdStatus::None]);
        shiqu.and(other)
    });
    if let Some(e) = stop(group, Form::Cash) {
        return e;
    }
    per_member(ctx, Form::Cash, |ctx, i| {
        let mut grant = (None, Tri::Unknown);
        let group = ctx.member_group(i, |ctx| {
            let disabled =
                ctx.member_fact(i, "cond-disabled", "disabled", ctx.h.members[i].disabled);
            if disabled != Tri::True {
                return disabled;
            }
            let (school, level, certificate) = level_or_certificate(ctx, i);
            grant = (level, certificate);
            school
        });
        if group != Tri::True {
            return (group.outcome(), None);
        }
        let (level, certificate) = grant;
        let keys = [
            K::EduGrantOtherSecondary,
            K::EduGrantOtherCollege,
            K::EduGrantOtherBachelor,
            K::EduGrantOtherCertificate,
        ];
        match grant_amount(ctx, level, certificate, keys) {
            Some(a) => (Outcome::Eligible, Some(a)),
            None => (Outcome::Undetermined, None),
        }
    })
}

/// EDU-04, 6号 第18条: children of 建档困难职工 families: 「按照实际缴纳的学费，给予每人每年不超过1万元的助学帮扶」.
/// The group: a registered hardship-worker family; a child of it (schooling and tuition are not).
pub fn hardship_worker_child_tuition(ctx: &mut Ctx<'_>) -> Eval {
    let registered = ctx.group(|ctx| {
        ctx.household_fact(
            "cond-hardship-worker-family",
            "hardship_worker_family",
            ctx.h.hardship_worker_family,
        )
    });
    if let Some(e) = stop(registered, Form::Cash) {
        return e;
    }
    per_member(ctx, Form::Cash, |ctx, i| {
        let m = &ctx.h.members[i];
        let is_child = m
            .relationship
            .map(|r| matches!(r, Relationship::Child | Relationship::Grandchild));
        let child = ctx.member_group(i, |ctx| {
            ctx.member_fact(i, "cond-is-child", "relationship", is_child)
        });
        if child != Tri::True {
            return (child.outcome(), None);
        }
        // 「学费」: a child not in school pays none, whatever is entered.
        if m.schooling.is_none() {
            ctx.miss_member(i, "schooling");
        }
        let in_school = ctx.check(
            Some(i),
            "cond-in-school",
            m.schooling.map_or(Val::None, |s| Val::Code(school_code(s))),
            Cmp::Is,
            Val::None,
            Tri::from_opt(m.schooling.map(|s| s != SchoolLevel::None)),
        );
        if in_school == Tri::False {
            return (Outcome::Ineligible, None);
        }
        let Some(tuition) = m.tuition_paid_yearly else {
            ctx.miss_member(i, "tuition_paid_yearly");
            return (Outcome::Undetermined, None);
        };
        if in_school == Tri::Unknown {
            return (Outcome::Undetermined, None);
        }
        let Some(cap) = ctx.num(K::UnionTuitionCap) else {
            return (Outcome::Undetermined, None);
        };
        let paid = ctx.check(
            Some(i),
            "cond-tuition-paid",
            Val::Money(tuition),
            Cmp::Gt,
            Val::Money(Decimal::ZERO),
            Tri::from_bool(tuition > Decimal::ZERO),
        );
        if paid != Tri::True {
            return (paid.outcome(), None);
        }
        (
            Outcome::Eligible,
            Some(Amount::exact(tuition.min(cap), Period::Year)),
        )
    })
}

/// EDU-05, 6号 第18条: 市区 计生困难家庭 children: 「分别按高中2000元/人、大学4000元/人标准给予助学补助」. The text
/// says neither how often (per school year or once) nor whether 中专 counts as 高中: both come from the
/// pack, and without them the result is undetermined (rules-core errata 2, A31). The group: a 市区
/// 计生困难家庭; a child of it (the school level sets the grant).
pub fn fp_children_education_grant(ctx: &mut Ctx<'_>) -> Eval {
    let group = ctx.group(|ctx| {
        let shiqu = ctx.shiqu();
        let fp = ctx.household_fact(
            "cond-fp-hardship-family",
            "fp_hardship_family",
            ctx.h.fp_hardship_family,
        );
        shiqu.and(fp)
    });
    if let Some(e) = stop(group, Form::Cash) {
        return e;
    }
    per_member(ctx, Form::Cash, |ctx, i| {
        let m = &ctx.h.members[i];
        // 「计生困难家庭子女」: a child of the family.
        let child = ctx.member_group(i, |ctx| {
            if m.relationship.is_none() {
                ctx.miss_member(i, "relationship");
            }
            let child = Tri::from_opt(
                m.relationship
                    .map(|r| matches!(r, Relationship::Child | Relationship::Grandchild)),
            );
            ctx.check(
                Some(i),
                "cond-is-child",
                m.relationship.map_or(Val::None, |r| {
                    Val::Bool(matches!(r, Relationship::Child | Relationship::Grandchild))
                }),
                Cmp::Is,
                Val::None,
                child,
            )
        });
        if child != Tri::True {
            return (child.outcome(), None);
        }
        let Some(level) = m.schooling else {
            ctx.miss_member(i, "schooling");
            return (Outcome::Undetermined, None);
        };
        let key = match level {
            SchoolLevel::SeniorHigh => K::FpEduGrantHighSchool,
            SchoolLevel::SecondaryVocational => {
                match ctx.switch(K::FpEduGrantVocationalAsHighSchool) {
                    Some(true) => K::FpEduGrantHighSchool,
                    Some(false) => return (Outcome::Ineligible, None),
                    None => return (Outcome::Undetermined, None),
                }
            }
            SchoolLevel::JuniorCollege | SchoolLevel::Bachelor | SchoolLevel::Postgraduate => {
                K::FpEduGrantUniversity
            }
            _ => {
                let t = ctx.check(
                    Some(i),
                    "cond-school-level-fp",
                    Val::Code(school_code(level)),
                    Cmp::Is,
                    Val::None,
                    Tri::False,
                );
                return (t.outcome(), None);
            }
        };
        ctx.check(
            Some(i),
            "cond-school-level-fp",
            Val::Code(school_code(level)),
            Cmp::Is,
            Val::None,
            Tri::True,
        );
        let period = match ctx.choice(K::FpEduGrantPeriod) {
            Some("once") => Period::Once,
            Some(_) => Period::SchoolYear,
            None => return (Outcome::Undetermined, None),
        };
        match ctx.num(key) {
            Some(v) => (Outcome::Eligible, Some(Amount::exact(v, period))),
            None => (Outcome::Undetermined, None),
        }
    })
}

/// EDU-06, 6号 第27条 (004 L871–884), both halves, in kind:
/// - 「全面保障持浙江省居住证的外来务工人员子女在居住地就读公办学校」: compulsory schooling for a child whose
///   parent holds the permit;
/// - 「在我市取得学籍就读的省内非温州户籍应届、往届初中毕业生，以及父母其中一方或法定监护人在我市范围内已取得浙江省
///   居住证（2021年起需一年以上，2023年起需两年以上，2024年起需三年以上）、在本市初中学校取得学籍连续就读三年的省外
///   应届初中毕业生，其就读高中均享受同城待遇」: senior high school on the same terms as Wenzhou pupils. The
///   permit years and the three years of study qualify the 省外 graduates only; the 省内 graduates need
///   a 学籍 in Wenzhou (应届 or 往届).
///
/// The group: a household without Wenzhou hukou; a pupil in compulsory education, or one leaving or
/// past junior high (a minor out of school may be an 往届 graduate).
pub fn migrant_children_schooling(ctx: &mut Ctx<'_>) -> Eval {
    let outside = ctx.group(|ctx| {
        let wenzhou = ctx.wenzhou();
        ctx.negate(wenzhou)
    });
    if let Some(e) = stop(outside, Form::InKind) {
        return e;
    }
    per_member(ctx, Form::InKind, |ctx, i| {
        let m = &ctx.h.members[i];
        let (mut pupil, mut candidate) = (Tri::Unknown, Tri::Unknown);
        ctx.member_group(i, |ctx| {
            if m.schooling.is_none() {
                ctx.miss_member(i, "schooling");
            }
            pupil = ctx.check(
                Some(i),
                "cond-compulsory-education",
                m.schooling.map_or(Val::None, |s| Val::Code(school_code(s))),
                Cmp::Is,
                Val::None,
                Tri::from_opt(m.schooling.map(SchoolLevel::is_compulsory)),
            );
            // The senior-high half concerns pupils leaving or past junior high: those at junior-high
            // or senior-secondary school, or recorded as junior-high graduates (往届 out of school).
            let in_school = matches!(
                m.schooling,
                Some(
                    SchoolLevel::JuniorSecondary
                        | SchoolLevel::SeniorHigh
                        | SchoolLevel::SecondaryVocational
                )
            );
            candidate = if in_school {
                Tri::True
            } else if m.schooling == Some(SchoolLevel::None) {
                // A minor out of school may be an 往届 graduate; an adult out of school is not a pupil.
                match years(ctx, K::ChildAgeLimit) {
                    Some(limit) => ctx.age(i, "cond-age-minor", Cmp::Lt, limit),
                    None => Tri::Unknown,
                }
            } else {
                Tri::False
            };
            pupil.or(candidate)
        });
        // 「持浙江省居住证的外来务工人员子女」: holding the permit is enough for compulsory schooling.
        let compulsory = if pupil == Tri::False {
            Tri::False
        } else {
            let permit = ctx.member_fact(
                i,
                "cond-parent-residence-permit",
                "parent_residence_permit",
                m.parent_residence_permit,
            );
            pupil.and(permit)
        };
        if compulsory == Tri::True || candidate == Tri::False {
            return (compulsory.outcome(), None);
        }
        let senior_high = candidate.and(senior_high_same_city(ctx, i));
        (compulsory.or(senior_high).outcome(), None)
    })
}

/// 6号 第27条's senior-high 同城待遇 for member `i` (see [`migrant_children_schooling`]).
fn senior_high_same_city(ctx: &mut Ctx<'_>, i: usize) -> Tri {
    let m = &ctx.h.members[i];
    let (grad, in_zhejiang, registered, permit_years, school_years) = (
        m.junior_high_graduate,
        m.hukou_in_zhejiang,
        m.wenzhou_school_registration,
        m.parent_residence_permit_years,
        m.wenzhou_junior_high_years,
    );
    if grad.is_none() {
        ctx.miss_member(i, "junior_high_graduate");
    }
    let graduate = ctx.check(
        Some(i),
        "cond-junior-high-graduate",
        grad.map_or(Val::None, |g| Val::Code(graduate_code(g))),
        Cmp::Is,
        Val::None,
        Tri::from_opt(grad.map(|g| g != JuniorHighGraduate::No)),
    );
    if graduate == Tri::False {
        return Tri::False;
    }
    let in_province = ctx.member_fact(
        i,
        "cond-hukou-in-zhejiang",
        "hukou_in_zhejiang",
        in_zhejiang,
    );
    match in_province {
        // 「在我市取得学籍就读的省内非温州户籍应届、往届初中毕业生」.
        Tri::True => {
            let registered = ctx.member_fact(
                i,
                "cond-wenzhou-school-registration",
                "wenzhou_school_registration",
                registered,
            );
            graduate.and(registered)
        }
        // 「…省外应届初中毕业生」: this year's graduates, the permit held long enough, three years of study.
        Tri::False => {
            let this_year = ctx.check(
                Some(i),
                "cond-junior-high-graduate-this-year",
                grad.map_or(Val::None, |g| Val::Code(graduate_code(g))),
                Cmp::Is,
                Val::None,
                Tri::from_opt(grad.map(|g| g == JuniorHighGraduate::ThisYear)),
            );
            let needed = ctx.num(K::MigrantPermitYearsRequired);
            if permit_years.is_none() {
                ctx.miss_member(i, "parent_residence_permit_years");
            }
            let permit = ctx.check(
                Some(i),
                "cond-parent-permit-years",
                permit_years.map_or(Val::None, |y| Val::Number(Decimal::from(y))),
                Cmp::Ge,
                needed.map_or(Val::None, Val::Number),
                match (permit_years, needed) {
                    (Some(y), Some(n)) => Tri::from_bool(Decimal::from(y) >= n),
                    _ => Tri::Unknown,
                },
            );
            let required = ctx.num(K::MigrantJuniorHighYearsRequired);
            if school_years.is_none() {
                ctx.miss_member(i, "wenzhou_junior_high_years");
            }
            let studied = ctx.check(
                Some(i),
                "cond-wenzhou-junior-high-years",
                school_years.map_or(Val::None, |y| Val::Number(Decimal::from(y))),
                Cmp::Ge,
                required.map_or(Val::None, Val::Number),
                match (school_years, required) {
                    (Some(y), Some(n)) => Tri::from_bool(Decimal::from(y) >= n),
                    _ => Tri::Unknown,
                },
            );
            this_year.and(permit).and(studied)
        }
        Tri::Unknown => Tri::Unknown,
    }
}

/// Message code of a junior-high graduation.
fn graduate_code(g: JuniorHighGraduate) -> &'static str {
    match g {
        JuniorHighGraduate::ThisYear => "graduate-this-year",
        JuniorHighGraduate::Earlier => "graduate-earlier",
        JuniorHighGraduate::No => "graduate-no",
    }
}

/// Message code of a school level.
#[must_use]
pub fn school_code(level: SchoolLevel) -> &'static str {
    match level {
        SchoolLevel::None => "school-none",
        SchoolLevel::Preschool => "school-preschool",
        SchoolLevel::Primary => "school-primary",
        SchoolLevel::JuniorSecondary => "school-junior-secondary",
        SchoolLevel::SecondaryVocational => "school-secondary-vocational",
        SchoolLevel::SeniorHigh => "school-senior-high",
        SchoolLevel::JuniorCollege => "school-junior-college",
        SchoolLevel::Bachelor => "school-bachelor",
        SchoolLevel::Postgraduate => "school-postgraduate",
    }
}
