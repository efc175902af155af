//! Employment: public-welfare posts, flexible employment, graduates' job-search grant, employment
//! services and start-up loans. 温政发〔2022〕6号 第21–23条. The employers' subsidies (EMP-02), the equity
//! dividends (EMP-07, see INC-10) and the work-injury fast track (EMP-08) have no household result.

use chrono::{Datelike, Months, NaiveDate};
use rust_decimal::Decimal;

use super::{per_member, years};
use crate::engine::{Amount, Cmp, Ctx, Eval, Form, Outcome, Period, Tri, Val};
use crate::household::{BusinessKind, HouseholdStatus, LoanGroup, OrphanStatus};
use crate::policy::ParamKey as K;

/// Whether `on` is at most `years` years after `from` (「…年内」「…年以内」: the anniversary included).
fn within_years(from: NaiveDate, years: u32, on: NaiveDate) -> bool {
    from.checked_add_months(Months::new(years.saturating_mul(12)))
        .is_none_or(|end| on <= end)
}

/// A record of the member as a test: present or not.
fn record(ctx: &mut Ctx<'_>, i: usize, key: &'static str, present: bool) -> Tri {
    ctx.check(
        Some(i),
        key,
        Val::Bool(present),
        Cmp::Is,
        Val::None,
        Tri::from_bool(present),
    )
}

/// Alternatives (「或」, see [`Ctx::any_of`]) that make up member `i`'s target group.
fn member_any_of(ctx: &mut Ctx<'_>, i: usize, f: impl FnOnce(&mut Ctx<'_>) -> Tri) -> Tri {
    ctx.member_group(i, |ctx| ctx.any_of(f))
}

fn employment_difficulty(ctx: &mut Ctx<'_>, i: usize) -> Tri {
    ctx.member_fact(
        i,
        "cond-employment-difficulty",
        "employment_difficulty",
        ctx.h.members[i].employment_difficulty,
    )
}

/// EMP-01, 6号 第21条: 「公益性岗位安排高校毕业生、就业困难人员、困难持证残疾人和低收入农户缴纳社会保险的，给予每人
/// 每月600元的岗位补贴和300元社保补贴；未缴纳社会保险的，给予每人每月700元岗位补贴」.
///
/// Per person and month: 600 + 300 with social insurance, 700 without. The post subsidy counts in the
/// 低保 income test only above the 低边 standard (INC-06). 困难持证残疾人: a certified disabled person who
/// is one of the 困难群众.
///
/// The group: a member in a public-welfare post who is one of the four groups (hukou and insurance
/// are not).
pub fn public_welfare_post_subsidy(ctx: &mut Ctx<'_>) -> Eval {
    per_member(ctx, Form::Cash, |ctx, i| {
        let post = ctx.h.members[i].welfare_post.clone();
        let holds = ctx.member_group(i, |ctx| record(ctx, i, "cond-welfare-post", post.is_some()));
        let Some(post) = post else {
            return (holds.outcome(), None);
        };
        let hukou = ctx.wenzhou();
        let group = member_any_of(ctx, i, |ctx| {
            let graduate = record(ctx, i, "cond-graduate", ctx.h.members[i].graduate.is_some());
            if graduate == Tri::True {
                return graduate;
            }
            let farmer = ctx.household_fact(
                "cond-low-income-farmer",
                "low_income_farmer",
                ctx.h.low_income_farmer,
            );
            if farmer == Tri::True {
                return farmer;
            }
            let disabled =
                ctx.member_fact(i, "cond-disabled", "disabled", ctx.h.members[i].disabled);
            let poor_disabled = if disabled == Tri::False {
                Tri::False
            } else {
                disabled.and(ctx.kunnan(i))
            };
            if poor_disabled == Tri::True {
                return poor_disabled;
            }
            farmer.or(poor_disabled).or(employment_difficulty(ctx, i))
        });
        let eligible = hukou.and(group);
        if eligible != Tri::True {
            return (eligible.outcome(), None);
        }
        let insured = ctx.member_fact(
            i,
            "cond-welfare-post-insured",
            "welfare_post.social_insurance_paid",
            post.social_insurance_paid,
        );
        let amount = match insured {
            Tri::True => match (
                ctx.num(K::WelfarePostSubsidyInsured),
                ctx.num(K::WelfarePostSiSubsidy),
            ) {
                (Some(post), Some(si)) => {
                    ctx.check(
                        Some(i),
                        "cond-welfare-post-si-subsidy",
                        Val::Money(si),
                        Cmp::Eq,
                        Val::Money(si),
                        Tri::True,
                    );
                    Some(post + si)
                }
                _ => None,
            },
            Tri::False => ctx.num(K::WelfarePostSubsidyUninsured),
            Tri::Unknown => None,
        };
        match amount {
            Some(v) => (Outcome::Eligible, Some(Amount::exact(v, Period::Month))),
            None => (Outcome::Undetermined, None),
        }
    })
}

/// A graduate within `graduate_unemployed_years` of leaving school who has not been employed
/// (「离校2年内未就业高校毕业生」).
fn recent_unemployed_graduate(ctx: &mut Ctx<'_>, i: usize) -> Tri {
    let Some(g) = ctx.h.members[i].graduate.clone() else {
        return record(ctx, i, "cond-graduate", false);
    };
    let Some(limit) = years(ctx, K::GraduateUnemployedYears) else {
        return Tri::Unknown;
    };
    if g.left_school_on.is_none() {
        ctx.miss_member(i, "graduate.left_school_on");
    }
    let recent = ctx.check(
        Some(i),
        "cond-left-school-within",
        g.left_school_on.map_or(Val::None, Val::Date),
        Cmp::Ge,
        Val::None,
        Tri::from_opt(g.left_school_on.map(|d| within_years(d, limit, ctx.date))),
    );
    if recent == Tri::False {
        return Tri::False;
    }
    let employed = ctx.member_fact(i, "cond-graduate-employed", "graduate.employed", g.employed);
    recent.and(ctx.negate(employed))
}

/// EMP-03, 6号 第22条: 「对生活困难的就业困难人员、离校2年内未就业高校毕业生、低收入家庭成员从事灵活就业，并以个人
/// 身份参加灵活就业社会保险的，按规定给予灵活就业社保补贴，补贴标准为个人实缴社会保险费的三分之二，补贴期限不超过3年。对
/// 初次核定享受灵活就业社保补贴政策时距退休年龄不足5年的人员，补贴期限可延长至退休。对在各类企业中认缴出资额20万元以上的或
/// 家庭拥有非营运车辆的人员，不享受灵活就业社保补贴」.
///
/// 2/3 of the contributions per year, for at most 36 months; beyond, 「可延长至退休」 for a person less
/// than 5 years from retirement at the first approval (`refer`). 低收入家庭成员 is read as one of the
/// 困难群众 (A36); 生活困难的就业困难人员 as a 就业困难人员 recognised by 人社. Capital of 200000 or more
/// (以上) or a private vehicle in the household excludes.
///
/// The group: a member in flexible employment who is one of the three groups (hukou, the exclusions
/// and the months are not).
pub fn flexible_employment_si_subsidy(ctx: &mut Ctx<'_>) -> Eval {
    per_member(ctx, Form::Cash, |ctx, i| {
        let flex = ctx.h.members[i].flexible_employment.clone();
        let holds = ctx.member_group(i, |ctx| {
            record(ctx, i, "cond-flexible-employment", flex.is_some())
        });
        let Some(flex) = flex else {
            return (holds.outcome(), None);
        };
        let hukou = ctx.wenzhou();
        let group = member_any_of(ctx, i, |ctx| {
            let poor = ctx.kunnan(i);
            if poor == Tri::True {
                return poor;
            }
            let graduate = recent_unemployed_graduate(ctx, i);
            if graduate == Tri::True {
                return graduate;
            }
            poor.or(graduate).or(employment_difficulty(ctx, i))
        });
        let Some(limit) = ctx.num(K::FlexibleSiCapitalLimit) else {
            // Outside the group the limit does not matter.
            return (group.and(Tri::Unknown).outcome(), None);
        };
        if flex.subscribed_capital.is_none() {
            ctx.miss_member(i, "flexible_employment.subscribed_capital");
        }
        let capital_ok = ctx.check(
            Some(i),
            "cond-subscribed-capital",
            flex.subscribed_capital.map_or(Val::None, Val::Money),
            Cmp::Lt,
            Val::Money(limit),
            Tri::from_opt(flex.subscribed_capital.map(|c| c < limit)),
        );
        let vehicle = ctx.member_fact(
            i,
            "cond-private-vehicle",
            "flexible_employment.household_private_vehicle",
            flex.household_private_vehicle,
        );
        let no_vehicle = ctx.negate(vehicle);
        let eligible = hukou.and(group).and(capital_ok).and(no_vehicle);
        if eligible != Tri::True {
            return (eligible.outcome(), None);
        }
        let (Some(max_months), Some(share)) =
            (ctx.num(K::FlexibleSiMaxMonths), ctx.num(K::FlexibleSiShare))
        else {
            return (Outcome::Undetermined, None);
        };
        if flex.months_received.is_none() {
            ctx.miss_member(i, "flexible_employment.months_received");
        }
        let within = ctx.check(
            Some(i),
            "cond-flexible-months",
            flex.months_received
                .map_or(Val::None, |m| Val::Number(Decimal::from(m))),
            Cmp::Lt,
            Val::Number(max_months),
            Tri::from_opt(flex.months_received.map(|m| Decimal::from(m) < max_months)),
        );
        let outcome = match within {
            Tri::True => Outcome::Eligible,
            Tri::Unknown => return (Outcome::Undetermined, None),
            Tri::False => match near_retirement(ctx, i, &flex) {
                Tri::True => Outcome::Refer,
                t => return (t.outcome(), None),
            },
        };
        if flex.contributions_yearly.is_none() {
            ctx.miss_member(i, "flexible_employment.contributions_yearly");
        }
        match flex.contributions_yearly {
            Some(c) => (outcome, Some(Amount::exact(c * share, Period::Year))),
            None => (Outcome::Undetermined, None),
        }
    })
}

/// 「初次核定享受灵活就业社保补贴政策时距退休年龄不足5年」, and not yet retired.
fn near_retirement(
    ctx: &mut Ctx<'_>,
    i: usize,
    flex: &crate::household::FlexibleEmployment,
) -> Tri {
    let Some(window) = years(ctx, K::FlexibleSiRetirementYears) else {
        return Tri::Unknown;
    };
    if flex.first_approved_on.is_none() {
        ctx.miss_member(i, "flexible_employment.first_approved_on");
    }
    if flex.retirement_date.is_none() {
        ctx.miss_member(i, "flexible_employment.retirement_date");
    }
    let near = match (flex.first_approved_on, flex.retirement_date) {
        (Some(first), Some(retire)) => {
            // 不足: strictly less than `window` years, and the person has not retired yet.
            let end = first.checked_add_months(Months::new(window.saturating_mul(12)));
            Tri::from_bool(end.is_some_and(|e| retire < e) && ctx.date < retire)
        }
        _ => Tri::Unknown,
    };
    ctx.check(
        Some(i),
        "cond-near-retirement",
        flex.retirement_date.map_or(Val::None, Val::Date),
        Cmp::Is,
        Val::None,
        near,
    )
}

/// EMP-04, 6号 第22条: 「对低保、孤儿、残疾人、获得国家助学贷款人员、贫困残疾人家庭、脱贫人口家庭（包括民政部门认定的
/// 城乡低保户、低保边缘户和乡村振兴部门认定的其他经济困难户）和特困人员中的毕业年度高校毕业生每人发放3000元的求职创业补贴」.
///
/// A university student in the graduation year (the calendar year of graduation is the assessment's
/// year). The 其他经济困难户 recognised by 乡村振兴 are the 低收入农户; a 贫困残疾人家庭 is covered through
/// the household's status or the member's own certificate (no separate 残联 list is in the facts).
///
/// The group: a graduate in the graduation year who is one of the clause's groups (hukou is not).
pub fn graduate_job_search_subsidy(ctx: &mut Ctx<'_>) -> Eval {
    per_member(ctx, Form::Cash, |ctx, i| {
        let graduate = ctx.h.members[i].graduate.clone();
        let in_year = ctx.member_group(i, |ctx| {
            let holds = record(ctx, i, "cond-graduate", graduate.is_some());
            let Some(graduate) = &graduate else {
                return holds;
            };
            let this_year = ctx.date.year();
            if graduate.graduation_year.is_none() {
                ctx.miss_member(i, "graduate.graduation_year");
            }
            ctx.check(
                Some(i),
                "cond-graduation-year",
                graduate
                    .graduation_year
                    .map_or(Val::None, |y| Val::Number(Decimal::from(y))),
                Cmp::Eq,
                Val::Number(Decimal::from(this_year)),
                Tri::from_opt(graduate.graduation_year.map(|y| y == this_year)),
            )
        });
        let Some(graduate) = graduate else {
            return (in_year.outcome(), None);
        };
        if in_year == Tri::False {
            return (Outcome::Ineligible, None);
        }
        let hukou = ctx.wenzhou();
        let group = member_any_of(ctx, i, |ctx| {
            let status = ctx.status_in(
                "cond-status-dibao-dibian",
                &[HouseholdStatus::Dibao, HouseholdStatus::Dibian],
            );
            if status == Tri::True {
                return status;
            }
            let m = &ctx.h.members[i];
            let (orphan, tekun, disabled) = (m.orphan, m.is_tekun(), m.disabled);
            let orphan = ctx.member_fact(
                i,
                "cond-orphan",
                "orphan",
                orphan.map(|o| o != OrphanStatus::No),
            );
            let tekun = ctx.member_fact(i, "cond-tekun", "tekun", tekun);
            let farmer = ctx.household_fact(
                "cond-low-income-farmer",
                "low_income_farmer",
                ctx.h.low_income_farmer,
            );
            let disabled = ctx.member_fact(i, "cond-disabled", "disabled", disabled);
            let any = status.or(orphan).or(tekun).or(farmer).or(disabled);
            if any == Tri::True {
                return any;
            }
            let loan = ctx.member_fact(
                i,
                "cond-student-loan",
                "graduate.student_loan",
                graduate.student_loan,
            );
            any.or(loan)
        });
        let eligible = in_year.and(hukou).and(group);
        if eligible != Tri::True {
            return (eligible.outcome(), None);
        }
        match ctx.num(K::JobSearchSubsidy) {
            Some(v) => (Outcome::Eligible, Some(Amount::exact(v, Period::Once))),
            None => (Outcome::Undetermined, None),
        }
    })
}

/// EMP-05, 6号 第22条: 「委托第三方中介机构，一对一联系登记失业人员、低保低边人员、残疾人等就业困难人员，提供就业指导、
/// 岗位介绍等就业援助，对有就业培训需求的人员定向发放电子培训券，免费提供就业技能提升培训」.
///
/// Services in kind for a member out of work and seeking work who is registered unemployed, in a
/// 低保/低边 household, disabled, or a recognised 就业困难人员 (「…等就业困难人员」 qualifies the list).
///
/// The group: a member seeking work who is one of those groups (hukou is not).
pub fn employment_assistance_services(ctx: &mut Ctx<'_>) -> Eval {
    per_member(ctx, Form::InKind, |ctx, i| {
        let seeking = ctx.h.members[i].unemployment.clone();
        let holds = ctx.member_group(i, |ctx| {
            record(ctx, i, "cond-seeking-work", seeking.is_some())
        });
        let Some(seeking) = seeking else {
            return (holds.outcome(), None);
        };
        let hukou = ctx.wenzhou();
        let group = member_any_of(ctx, i, |ctx| {
            let registered = ctx.member_fact(
                i,
                "cond-registered-unemployed",
                "unemployment.registered",
                seeking.registered,
            );
            if registered == Tri::True {
                return registered;
            }
            let status = ctx.status_in(
                "cond-status-dibao-dibian",
                &[HouseholdStatus::Dibao, HouseholdStatus::Dibian],
            );
            let disabled =
                ctx.member_fact(i, "cond-disabled", "disabled", ctx.h.members[i].disabled);
            let any = registered.or(status).or(disabled);
            if any == Tri::True {
                return any;
            }
            any.or(employment_difficulty(ctx, i))
        });
        (hukou.and(group).outcome(), None)
    })
}

/// EMP-06, 6号 第23条: 「登记失业半年以上人员、就业困难人员、持证残疾人等重点人群，新创办3年以内的企业和个体工商户，
/// 可申请创业担保贷款。新创办个体工商户可申请不超过50万元的贷款；新创办的企业可申请不超过60万元的贷款」.
///
/// 「等重点人群」 are the 贷款重点人群 of the 附则 (the founder's group is a fact; a certificate counts by
/// itself). A loan ceiling, not a payment: in kind, at most 500000 or 600000. 3年以内 includes the third
/// anniversary.
///
/// The group: a member who founded a business and is one of the 重点人群 (the business's age and
/// hukou are not).
pub fn startup_guarantee_loan(ctx: &mut Ctx<'_>) -> Eval {
    per_member(ctx, Form::InKind, |ctx, i| {
        let startup = ctx.h.members[i].startup.clone();
        let holds = ctx.member_group(i, |ctx| record(ctx, i, "cond-startup", startup.is_some()));
        let Some(startup) = startup else {
            return (holds.outcome(), None);
        };
        let Some(max_years) = years(ctx, K::StartupMaxYears) else {
            return (Outcome::Undetermined, None);
        };
        if startup.founded_on.is_none() {
            ctx.miss_member(i, "startup.founded_on");
        }
        let recent = ctx.check(
            Some(i),
            "cond-startup-recent",
            startup.founded_on.map_or(Val::None, Val::Date),
            Cmp::Ge,
            Val::None,
            Tri::from_opt(
                startup
                    .founded_on
                    .map(|d| within_years(d, max_years, ctx.date)),
            ),
        );
        if recent == Tri::False {
            return (Outcome::Ineligible, None);
        }
        let hukou = ctx.wenzhou();
        let group = member_any_of(ctx, i, |ctx| {
            let disabled =
                ctx.member_fact(i, "cond-disabled", "disabled", ctx.h.members[i].disabled);
            if disabled == Tri::True {
                return disabled;
            }
            if startup.founder_group.is_none() {
                ctx.miss_member(i, "startup.founder_group");
            }
            let key_group = ctx.check(
                Some(i),
                "cond-loan-key-group",
                Val::None,
                Cmp::Is,
                Val::None,
                Tri::from_opt(startup.founder_group.map(|g| g != LoanGroup::None)),
            );
            disabled.or(key_group)
        });
        let eligible = recent.and(hukou).and(group);
        if eligible != Tri::True {
            return (eligible.outcome(), None);
        }
        let key = match startup.kind {
            Some(BusinessKind::IndividualBusiness) => K::StartupLoanIndividualCap,
            Some(BusinessKind::Enterprise) => K::StartupLoanEnterpriseCap,
            None => {
                ctx.miss_member(i, "startup.kind");
                return (Outcome::Undetermined, None);
            }
        };
        match ctx.num(key) {
            Some(v) => (Outcome::Eligible, Some(Amount::at_most(v, Period::Once))),
            None => (Outcome::Undetermined, None),
        }
    })
}
