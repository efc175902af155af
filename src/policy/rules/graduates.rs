//! Graduates' entrepreneurship: 温政办〔2022〕35号 《关于进一步推进在温高校大学生创新创业的意见》 (seed 001),
//! rules-other §F.
//!
//! The one-off start-up subsidy (F1), the self-employment tax relief (F2), the guaranteed loan (F4) and
//! two referrals (F5, F7). The VAT exemption of small taxpayers (F3) and the competition prizes paid to
//! enterprises (F6) have no household result. The facts are the member's `graduate` and `startup`
//! records, shared with 温政发〔2022〕6号 第22–23条 (EMP-04, EMP-06). 35号 states no end date and no
//! hukou condition. Holding both records (a graduate who founded a business) is each rule's target
//! group; F7 narrows it to the founders whose business failed or who are 困难群众.

use chrono::{Datelike, Months, NaiveDate};
use rust_decimal::Decimal;

use super::{per_member, years};
use crate::engine::{Amount, Cmp, Ctx, Eval, Form, Outcome, Period, Tri, Val};
use crate::household::{BusinessKind, Graduate, Startup};
use crate::policy::ParamKey as K;

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

/// The member's graduate and start-up records, both required; `Err` with the outcome when either is
/// absent (no such record: ineligible, nothing asked). A graduate who founded a business is the
/// target group of every rule here.
fn founder(ctx: &mut Ctx<'_>, i: usize) -> Result<(Graduate, Startup), Outcome> {
    let g = ctx.h.members[i].graduate.clone();
    let s = ctx.h.members[i].startup.clone();
    let has = ctx.member_group(i, |ctx| {
        let has_g = record(ctx, i, "cond-graduate", g.is_some());
        let has_s = record(ctx, i, "cond-startup", s.is_some());
        has_g.and(has_s)
    });
    match (g, s) {
        (Some(g), Some(s)) => Ok((g, s)),
        _ => Err(has.outcome()),
    }
}

/// Whether the business was founded while a student or within `max` years of graduation (「毕业5年以内」,
/// the anniversary included). With only the graduation year, the answer is open in the fifth year.
fn founded_within(g: &Graduate, founded: NaiveDate, max: u32) -> Option<bool> {
    let add = |d: NaiveDate| d.checked_add_months(Months::new(max.saturating_mul(12)));
    if let Some(graduated) = g.left_school_on {
        return Some(add(graduated).is_none_or(|end| founded <= end));
    }
    let year = g.graduation_year?;
    let gap = founded.year() - year;
    let max = i32::try_from(max).unwrap_or(i32::MAX);
    if gap < max {
        Some(true)
    } else if gap > max {
        Some(false)
    } else {
        None
    }
}

/// F1, 35号 二(二)9: 「针对在校大学生和毕业5年以内的高校毕业生初次创办企业并担任法定代表人或从事个体经营，正常经营1年以上
/// 的，给予个人1万元的一次性创业补贴」.
///
/// The member founded a business as a student or within 5 years of graduation (measured at the
/// founding: 「…的高校毕业生初次创办」), it is the first one, they are the legal representative of an
/// enterprise or run a 个体工商户, and it has operated normally for 12 months or more on the assessment
/// date: 10000 once, to the person.
pub fn grad_startup_subsidy(ctx: &mut Ctx<'_>) -> Eval {
    per_member(ctx, Form::Cash, |ctx, i| {
        let (g, s) = match founder(ctx, i) {
            Ok(r) => r,
            Err(o) => return (o, None),
        };
        let (Some(max), Some(months)) = (
            years(ctx, K::GradStartupMaxYears),
            years(ctx, K::GradStartupMinOperatingMonths),
        ) else {
            return (Outcome::Undetermined, None);
        };
        if s.founded_on.is_none() {
            ctx.miss_member(i, "startup.founded_on");
        }
        let within = s.founded_on.and_then(|f| founded_within(&g, f, max));
        if s.founded_on.is_some() && within.is_none() {
            ctx.miss_member(i, "graduate.left_school_on");
        }
        let within = ctx.check(
            Some(i),
            "cond-grad-founded-within-years",
            s.founded_on.map_or(Val::None, Val::Date),
            Cmp::Le,
            Val::Number(Decimal::from(max)),
            Tri::from_opt(within),
        );
        let long_enough = s.founded_on.map(|f| {
            f.checked_add_months(Months::new(months))
                .is_some_and(|d| d <= ctx.date)
        });
        let long_enough = ctx.check(
            Some(i),
            "cond-grad-operating-months",
            s.founded_on.map_or(Val::None, Val::Date),
            Cmp::Ge,
            Val::Number(Decimal::from(months)),
            Tri::from_opt(long_enough),
        );
        let dated = within.and(long_enough);
        if dated == Tri::False {
            return (Outcome::Ineligible, None);
        }
        let first = ctx.member_fact(
            i,
            "cond-grad-first-business",
            "startup.first_business",
            s.first_business,
        );
        if first == Tri::False {
            return (Outcome::Ineligible, None);
        }
        // 「创办企业并担任法定代表人或从事个体经营」.
        let role = match s.kind {
            Some(BusinessKind::IndividualBusiness) => Tri::True,
            Some(BusinessKind::Enterprise) => ctx.member_fact(
                i,
                "cond-grad-legal-representative",
                "startup.legal_representative",
                s.legal_representative,
            ),
            None => {
                ctx.miss_member(i, "startup.kind");
                Tri::Unknown
            }
        };
        if role == Tri::False {
            return (Outcome::Ineligible, None);
        }
        let wenzhou = match ctx.switch(K::GradRequiresWenzhouUniversity) {
            Some(true) => ctx.member_fact(
                i,
                "cond-grad-wenzhou-university",
                "graduate.wenzhou_university",
                g.wenzhou_university,
            ),
            Some(false) => Tri::True,
            None => Tri::Unknown,
        };
        let normal = ctx.member_fact(
            i,
            "cond-grad-operating-normally",
            "startup.operating_normally",
            s.operating_normally,
        );
        let eligible = dated.and(first).and(role).and(wenzhou).and(normal);
        if eligible != Tri::True {
            return (eligible.outcome(), None);
        }
        match ctx.num(K::GradStartupSubsidy) {
            Some(v) => (Outcome::Eligible, Some(Amount::exact(v, Period::Once))),
            None => (Outcome::Undetermined, None),
        }
    })
}

/// First day of the month of `d`.
fn month_start(d: NaiveDate) -> NaiveDate {
    d.with_day(1).unwrap_or(d)
}

/// F2, 35号 二(二)7: 「毕业年度内高校毕业生(毕业年度为毕业当年1月1日至12月31日)从事个体经营的,自办理个体工商户登记当月起,在3年
/// （36个月)内,按每户每年14400元为限额,依次扣减其当年实际应缴纳的增值税、城市维护建设税、教育费附加、地方教育附加和个人所得税」.
///
/// A 个体工商户 registered in the calendar year of graduation: for the 36 months from the registration
/// month, this year's taxes are reduced up to 14400 per household and year. Tax relief, not income:
/// a waiver. With this year's tax known the relief is min(tax, cap), otherwise the cap as a ceiling.
/// Where `grad_tax_cap_prorated` is set (the national rule, not in 35号), the cap of a year only partly
/// in the window is 14400 × months / 12; without it the annual cap is shown as the ceiling.
pub fn grad_selfemployed_tax_deduction(ctx: &mut Ctx<'_>) -> Eval {
    per_member(ctx, Form::Waiver, |ctx, i| {
        let (g, s) = match founder(ctx, i) {
            Ok(r) => r,
            Err(o) => return (o, None),
        };
        if s.kind.is_none() {
            ctx.miss_member(i, "startup.kind");
        }
        let individual = ctx.check(
            Some(i),
            "cond-grad-individual-business",
            Val::None,
            Cmp::Is,
            Val::None,
            Tri::from_opt(s.kind.map(|k| k == BusinessKind::IndividualBusiness)),
        );
        if individual == Tri::False {
            return (Outcome::Ineligible, None);
        }
        let Some(window) = years(ctx, K::GradTaxWindowMonths) else {
            return (Outcome::Undetermined, None);
        };
        let Some(founded) = s.founded_on else {
            ctx.miss_member(i, "startup.founded_on");
            return (Outcome::Undetermined, None);
        };
        let grad_year = g
            .graduation_year
            .or_else(|| g.left_school_on.map(|d| d.year()));
        if grad_year.is_none() {
            ctx.miss_member(i, "graduate.graduation_year");
        }
        let in_year = ctx.check(
            Some(i),
            "cond-grad-registered-in-graduation-year",
            Val::Date(founded),
            Cmp::Eq,
            grad_year.map_or(Val::None, |y| Val::Number(Decimal::from(y))),
            Tri::from_opt(grad_year.map(|y| y == founded.year())),
        );
        let start = month_start(founded);
        let end = start.checked_add_months(Months::new(window));
        let open = ctx.check(
            Some(i),
            "cond-grad-tax-window",
            Val::Date(founded),
            Cmp::Le,
            Val::Number(Decimal::from(window)),
            Tri::from_bool(end.is_none_or(|e| ctx.date < e)),
        );
        let eligible = individual.and(in_year).and(open);
        if eligible != Tri::True {
            return (eligible.outcome(), None);
        }
        let Some(cap) = ctx.num(K::GradTaxCapAnnual) else {
            return (Outcome::Undetermined, None);
        };
        // Months of this calendar year inside [start, end).
        let year = ctx.date.year();
        let months = (1..=12u32)
            .filter_map(|m| NaiveDate::from_ymd_opt(year, m, 1))
            .filter(|d| *d >= start && end.is_none_or(|e| *d < e))
            .count();
        let cap = if months < 12 && ctx.p.switch(K::GradTaxCapProrated) == Some(true) {
            ctx.switch(K::GradTaxCapProrated);
            cap * Decimal::from(months) / Decimal::from(12)
        } else {
            cap
        };
        let amount = match s.tax_payable_this_year {
            Some(tax) => Amount::exact(tax.min(cap), Period::Year),
            None => Amount::at_most(cap, Period::Year),
        };
        (Outcome::Eligible, Some(amount))
    })
}

/// F4, 35号 二(二)8: 「提供高校毕业生最高不超过50万元的创业担保贷款。对符合条件的10万元以下、毕业10年内的高校毕业生创业
/// 贷款减少或者取消反担保要求」. A graduate who has founded a business may borrow up to 500000 under the
/// guaranteed-loan programme: a loan ceiling, in kind, never added to cash totals (one loan: see the
/// stacking group with 6号 第23条's EMP-06).
pub fn grad_guaranteed_loan(ctx: &mut Ctx<'_>) -> Eval {
    per_member(ctx, Form::InKind, |ctx, i| {
        if let Err(o) = founder(ctx, i) {
            return (o, None);
        }
        match ctx.num(K::GradLoanCap) {
            Some(v) => (Outcome::Eligible, Some(Amount::at_most(v, Period::Once))),
            None => (Outcome::Undetermined, None),
        }
    })
}

/// F5, 35号 二(二)6: 「鼓励各地在由政府投资开设的孵化器等创业载体中…以先租后补的形式免费提供30%以上的场地给高校毕业生，
/// 有条件的地方对到孵化器创业的高校毕业生给予创业补贴」. A graduate whose business is in a government-funded
/// incubator is referred: free space (rent first, refunded) and a local subsidy where one exists.
pub fn grad_incubator_space_and_subsidy(ctx: &mut Ctx<'_>) -> Eval {
    per_member(ctx, Form::InKind, |ctx, i| {
        let s = match founder(ctx, i) {
            Ok((_, s)) => s,
            Err(o) => return (o, None),
        };
        let t = ctx.member_fact(
            i,
            "cond-grad-incubator",
            "startup.in_government_incubator",
            s.in_government_incubator,
        );
        match t {
            Tri::True => (Outcome::Refer, None),
            t => (t.outcome(), None),
        }
    })
}

/// F7, 35号 二(二)9: 「加大对创业失败大学生的扶持力度，按规定提供就业服务、就业援助。…加大对困难大学生的创新创业扶持力度，
/// 可采取创业风险补贴、商业补充医疗保险等方式予以支持」. A graduate founder whose business failed, or who is
/// one of the 困难群众 (低保, 低边, 特困, 低收入农户), is referred (「按规定」, 「可」). The group: a graduate
/// founder whose business failed or who is one of the 困难群众.
pub fn grad_hardship_and_failure_support(ctx: &mut Ctx<'_>) -> Eval {
    per_member(ctx, Form::InKind, |ctx, i| {
        let s = match founder(ctx, i) {
            Ok((_, s)) => s,
            Err(o) => return (o, None),
        };
        let who = ctx.member_group(i, |ctx| {
            ctx.any_of(|ctx| {
                let failed =
                    ctx.member_fact(i, "cond-grad-startup-failed", "startup.failed", s.failed);
                if failed == Tri::True {
                    return failed;
                }
                failed.or(ctx.kunnan(i))
            })
        });
        match who {
            Tri::True => (Outcome::Refer, None),
            t => (t.outcome(), None),
        }
    })
}
