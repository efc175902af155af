//! Income support: 低保, 低边, 特困, temporary assistance, hardship workers and the veterans'
//! supplement. 温政发〔2022〕6号 第1–4条 and 第8条; the income disregards of 第1条, 第4条 and 第23条.

use rust_decimal::Decimal;

use super::income_test::DISREGARD_RULES;
use super::{per_member, result, stop, undetermined};
use crate::engine::{Amount, Cmp, Ctx, Eval, Form, MissingWhat, Outcome, Period, Tri, Val};
use crate::household::{HouseholdStatus, SelfCare, TekunSupport};
use crate::policy::ParamKey as K;

/// Records the facts and parameters that the income test could not decide as missing for this rule.
fn income_unknowns(ctx: &mut Ctx<'_>) {
    let t = &ctx.d.income;
    for &(member, field) in &t.unknown_facts {
        if member == u16::MAX {
            ctx.miss(MissingWhat::Household { field });
        } else {
            ctx.miss(MissingWhat::Member { member, field });
        }
    }
    for &key in &t.missing_params {
        ctx.miss(MissingWhat::Param { key });
    }
}

/// Per-capita counted income against a standard: `True` if below it at both ends of the unknowns.
fn below(ctx: &mut Ctx<'_>, key: &'static str, standard: Decimal) -> Tri {
    let (lo, hi) = ctx.d.income.per_capita();
    let r = if hi < standard {
        Tri::True
    } else if lo >= standard {
        Tri::False
    } else {
        Tri::Unknown
    };
    if r == Tri::Unknown {
        income_unknowns(ctx);
    }
    ctx.check(None, key, Val::Money(hi), Cmp::Lt, Val::Money(standard), r)
}

/// Per-capita counted income above a standard.
fn above(ctx: &mut Ctx<'_>, key: &'static str, standard: Decimal) -> Tri {
    let (lo, hi) = ctx.d.income.per_capita();
    let r = if lo > standard {
        Tri::True
    } else if hi <= standard {
        Tri::False
    } else {
        Tri::Unknown
    };
    if r == Tri::Unknown {
        income_unknowns(ctx);
    }
    ctx.check(None, key, Val::Money(lo), Cmp::Gt, Val::Money(standard), r)
}

/// INC-01 低保金, 6号 第1条: 「按低保人均月收入低于当地最低生活保障标准的差额提供最低生活保障金」.
///
/// Payment = (S − per-capita counted income) × members, per month (rules-core A4: the gap per person
/// times the members covered). At equality the gap is 0 and nothing is due.
pub fn dibao_allowance(ctx: &mut Ctx<'_>) -> Eval {
    let is_dibao = ctx.group(|ctx| ctx.status_in("cond-status-dibao", &[HouseholdStatus::Dibao]));
    if let Some(e) = stop(is_dibao, Form::Cash) {
        return e;
    }
    let Some(s) = ctx.num(K::DibaoStandardMonthly) else {
        return undetermined(Form::Cash);
    };
    let income_below = below(ctx, "cond-income-below-dibao", s);
    if let Some(e) = stop(income_below, Form::Cash) {
        return e;
    }
    let t = &ctx.d.income;
    if !t.is_known() {
        // Eligible either way, but the amount depends on the unknown facts.
        income_unknowns(ctx);
        return undetermined(Form::Cash);
    }
    let (y, _) = t.per_capita();
    let n = Decimal::from(t.size);
    let amount = Amount::exact((s - y) * n, Period::Month);
    ctx.calc(
        None,
        "calc-dibao-allowance",
        &[Val::Money(s), Val::Money(y), Val::Number(n)],
        Val::Money(amount.value),
    );
    result(Outcome::Eligible, Some(amount), Form::Cash)
}

/// INC-02 渐退期, 6号 第1条: 「对人均收入超过低保标准或低边标准或因首次企业认缴超标的低保低边，可给予一年
/// 渐退期」 (004 L75–79): either the income is above the standard, or the household breaches the limits
/// by a first-time enterprise subscription. 「可」: the officer decides (refer); the amount during the
/// period is not stated (rules-core A5).
pub fn dibao_dibian_transition_period(ctx: &mut Ctx<'_>) -> Eval {
    let status = ctx.group(|ctx| {
        ctx.status_in(
            "cond-status-dibao-dibian",
            &[HouseholdStatus::Dibao, HouseholdStatus::Dibian],
        )
    });
    if let Some(e) = stop(status, Form::InKind) {
        return e;
    }
    let key = if ctx.h.status == Some(HouseholdStatus::Dibao) {
        K::DibaoStandardMonthly
    } else {
        K::DibianStandardMonthly
    };
    let Some(standard) = ctx.num(key) else {
        return undetermined(Form::InKind);
    };
    let cond = if key == K::DibaoStandardMonthly {
        "cond-income-above-dibao"
    } else {
        "cond-income-above-dibian"
    };
    let income_over = above(ctx, cond, standard);
    // The second ground is asked only when the first does not already decide it.
    let over = if income_over == Tri::True {
        Tri::True
    } else {
        let subscription = ctx.household_fact(
            "cond-first-enterprise-subscription-over",
            "first_enterprise_subscription_over",
            ctx.h.first_enterprise_subscription_over,
        );
        income_over.or(subscription)
    };
    match over {
        Tri::True => {
            if let Some(months) = ctx.num(K::TransitionMonths) {
                ctx.check(
                    None,
                    "cond-transition-months",
                    Val::Number(months),
                    Cmp::Le,
                    Val::None,
                    Tri::True,
                );
            }
            result(Outcome::Refer, None, Form::InKind)
        }
        t => result(t.outcome(), None, Form::InKind),
    }
}

/// The result of one income disregard, from the income test.
fn disregard(ctx: &mut Ctx<'_>, id: &str, key: &'static str) -> Eval {
    let idx = DISREGARD_RULES.iter().position(|r| *r == id).unwrap_or(0);
    let t = &ctx.d.income;
    let (amount, undecided) = (t.disregarded[idx], t.undecided[idx]);
    let applies = if amount > Decimal::ZERO {
        Tri::True
    } else if undecided {
        income_unknowns(ctx);
        Tri::Unknown
    } else {
        Tri::False
    };
    // Who the disregard is for: a household with income of this kind.
    ctx.group(|ctx| {
        ctx.check(
            None,
            key,
            Val::Money(amount),
            Cmp::Gt,
            Val::Money(Decimal::ZERO),
            applies,
        )
    });
    // 青苗补偿费 is disregarded per receipt and 来料加工 per year, as the clause states them.
    let period = match id {
        "INC-07" => Period::Once,
        "INC-08" => Period::Year,
        _ => Period::Month,
    };
    match applies {
        // Some income is certainly disregarded, but more may be: the amount depends on the unknowns
        // (found by the property test: a second member's unknown certificate under INC-04).
        Tri::True if undecided => {
            income_unknowns(ctx);
            undetermined(Form::IncomeDisregard)
        }
        Tri::True => result(
            Outcome::Eligible,
            Some(Amount::exact(amount, period)),
            Form::IncomeDisregard,
        ),
        t => result(t.outcome(), None, Form::IncomeDisregard),
    }
}

/// INC-03, 6号 第1条: 「对低保低边成员首次就业或自主创业的，1年内不计家庭收入」.
pub fn disregard_first_job(ctx: &mut Ctx<'_>) -> Eval {
    disregard(ctx, "INC-03", "cond-first-job-disregarded")
}

/// INC-04, 6号 第1条: 「对低保低边残疾人初次就业、再就业的，3年内不计家庭收入」.
pub fn disregard_disabled_job(ctx: &mut Ctx<'_>) -> Eval {
    disregard(ctx, "INC-04", "cond-disabled-job-disregarded")
}

/// INC-05, 6号 第1条: 「在不计家庭收入后的2年内，可按当地低边标准扣除其就业创业成本」. 「可」: by default
/// the officer decides and the 低保金 is computed without the deduction (rules-core errata 1); the
/// pack's `job_cost_deduction_automatic` makes it automatic.
pub fn job_cost_deduction_after_disregard(ctx: &mut Ctx<'_>) -> Eval {
    let t = &ctx.d.income;
    let (deduction, applied) = (t.job_cost_deduction, t.job_cost_applied);
    let in_window = Tri::from_bool(deduction > Decimal::ZERO);
    if in_window == Tri::True {
        ctx.group(|ctx| {
            ctx.check(
                None,
                "cond-job-cost-window",
                Val::Money(deduction),
                Cmp::Gt,
                Val::Money(Decimal::ZERO),
                in_window,
            )
        });
    } else {
        ctx.check(
            None,
            "cond-job-cost-window",
            Val::Money(deduction),
            Cmp::Gt,
            Val::Money(Decimal::ZERO),
            in_window,
        );
    }
    if in_window == Tri::False {
        return disregard(ctx, "INC-05", "cond-job-cost-deducted");
    }
    let open = DISREGARD_RULES
        .iter()
        .position(|r| *r == "INC-05")
        .is_some_and(|k| t.undecided[k]);
    if open {
        // Another member's window is open: the deduction may be larger (property test).
        income_unknowns(ctx);
        return undetermined(Form::IncomeDisregard);
    }
    if applied {
        return result(
            Outcome::Eligible,
            Some(Amount::exact(deduction, Period::Month)),
            Form::IncomeDisregard,
        );
    }
    // Show the officer what the 低保金 would be with the deduction.
    if ctx.h.status == Some(HouseholdStatus::Dibao)
        && let Some(s) = ctx.num(K::DibaoStandardMonthly)
    {
        let n = Decimal::from(t.size.max(1));
        let with = ((s - (t.high - deduction) / n) * n).max(Decimal::ZERO);
        ctx.check(
            None,
            "cond-job-cost-alternative-allowance",
            Val::Money(with),
            Cmp::Ge,
            Val::Money(Decimal::ZERO),
            Tri::True,
        );
    }
    result(
        Outcome::Refer,
        Some(Amount::at_most(deduction, Period::Month)),
        Form::IncomeDisregard,
    )
}

/// INC-06, 6号 第1条: 「对在公益性岗位、幸福岗位就业取得的岗位补贴低于低边标准的部分收入不计家庭收入」.
pub fn disregard_public_welfare_post(ctx: &mut Ctx<'_>) -> Eval {
    disregard(ctx, "INC-06", "cond-post-subsidy-disregarded")
}

/// INC-07, 6号 第1条: 「被征地获得的不超过5万元青苗补偿费…不计家庭收入」.
pub fn disregard_crop_compensation(ctx: &mut Ctx<'_>) -> Eval {
    disregard(ctx, "INC-07", "cond-crop-disregarded")
}

/// INC-08, 6号 第1条: 「从事来料加工取得的不超过2万元收入等不计家庭收入」.
pub fn disregard_outsourced_processing(ctx: &mut Ctx<'_>) -> Eval {
    disregard(ctx, "INC-08", "cond-processing-disregarded")
}

/// INC-09, 6号 第4条: the veterans' supplement is 「不计入家庭收入」.
pub fn disregard_veteran_supplement(ctx: &mut Ctx<'_>) -> Eval {
    disregard(ctx, "INC-09", "cond-veteran-supplement-disregarded")
}

/// INC-10, 6号 第23条: 折股量化 returns of 低收入农户 「在复核中不计入家庭收入范围」.
pub fn disregard_equity_dividend(ctx: &mut Ctx<'_>) -> Eval {
    disregard(ctx, "INC-10", "cond-dividend-disregarded")
}

/// INC-11 低边, 6号 第2条: the 低边 standard (≤ 2 × 低保 standard and ≤ the minimum wage, checked when
/// the pack loads). As a pre-screen: a household that is not 低保 whose per-capita counted income is
/// below the 低边 standard is referred to 民政 for recognition (the asset test is outside the seeds).
pub fn dibian_standard(ctx: &mut Ctx<'_>) -> Eval {
    let not_dibao = ctx.group(|ctx| {
        ctx.status_in(
            "cond-status-not-dibao",
            &[HouseholdStatus::Dibian, HouseholdStatus::None],
        )
    });
    if let Some(e) = stop(not_dibao, Form::InKind) {
        return e;
    }
    let Some(b) = ctx.num(K::DibianStandardMonthly) else {
        return undetermined(Form::InKind);
    };
    let within = below(ctx, "cond-income-below-dibian", b);
    if let Some(e) = stop(within, Form::InKind) {
        return e;
    }
    // A recognised 低边 household within the standard keeps its status; others are candidates.
    if ctx.h.status == Some(HouseholdStatus::Dibian) {
        result(Outcome::Eligible, None, Form::InKind)
    } else {
        if let Some(s) = ctx.num(K::DibaoStandardMonthly) {
            below(ctx, "cond-income-below-dibao", s);
        }
        result(Outcome::Refer, None, Form::InKind)
    }
}

/// INC-12 临时救助, 6号 第2条: no amount; refer when a hardship event is reported.
pub fn temporary_assistance(ctx: &mut Ctx<'_>) -> Eval {
    // For a household that met a hardship event (「遭遇突发事件、意外伤害、重大疾病」).
    let event = ctx.group(|ctx| {
        ctx.household_fact(
            "cond-hardship-event",
            "hardship_event",
            ctx.h.hardship_event,
        )
    });
    let hukou = ctx.wenzhou();
    match hukou.and(event) {
        Tri::True => result(Outcome::Refer, None, Form::Cash),
        t => result(t.outcome(), None, Form::Cash),
    }
}

/// INC-13 一事一议, 6号 第2条: 「可给予“一事一议”帮扶政策」; refer complex cases.
pub fn case_by_case_assistance(ctx: &mut Ctx<'_>) -> Eval {
    let complex = ctx
        .group(|ctx| ctx.household_fact("cond-complex-case", "complex_case", ctx.h.complex_case));
    let hukou = ctx.wenzhou();
    match hukou.and(complex) {
        Tri::True => result(Outcome::Refer, None, Form::Cash),
        t => result(t.outcome(), None, Form::Cash),
    }
}

/// INC-14 一户一策一干部, 6号 第1条: an assigned cadre and plan for 困难群众.
pub fn one_household_one_plan(ctx: &mut Ctx<'_>) -> Eval {
    per_member(ctx, Form::InKind, |ctx, i| {
        (ctx.member_group(i, |ctx| ctx.kunnan(i)).outcome(), None)
    })
}

/// Whether member `i` has the given form of 特困 support.
fn tekun_is(ctx: &mut Ctx<'_>, i: usize, key: &'static str, wanted: &[TekunSupport]) -> Tri {
    let v = ctx.h.members[i].tekun.map(|t| wanted.contains(&t));
    ctx.member_group(i, |ctx| ctx.member_fact(i, key, "tekun", v))
}

/// INC-15, 6号 第3条: 「特困人员基本生活保障标准按不低于上年度当地城镇居民人均消费支出的50%且不低于低保标准的
/// 1.3倍确定」. The local standard if the pack has one; otherwise the floor, as 「不低于」.
pub fn tekun_basic_living_standard(ctx: &mut Ctx<'_>) -> Eval {
    per_member(ctx, Form::Cash, |ctx, i| {
        let tekun = tekun_is(
            ctx,
            i,
            "cond-tekun",
            &[
                TekunSupport::ConcentratedPublic,
                TekunSupport::ConcentratedSocial,
                TekunSupport::Dispersed,
            ],
        );
        if tekun != Tri::True {
            return (tekun.outcome(), None);
        }
        if let Some(local) = ctx.p.number(K::TekunBasicStandardAnnual) {
            ctx.num(K::TekunBasicStandardAnnual);
            return (Outcome::Eligible, Some(Amount::exact(local, Period::Year)));
        }
        let (c, share, s, mult) = (
            ctx.num(K::UrbanConsumptionPcPrevYear),
            ctx.num(K::TekunFloorConsumptionShare),
            ctx.num(K::DibaoStandardMonthly),
            ctx.num(K::TekunFloorDibaoMultiple),
        );
        match (c, share, s, mult) {
            (Some(c), Some(share), Some(s), Some(mult)) => {
                let floor = (c * share).max(s * mult * Decimal::from(12));
                ctx.calc(
                    Some(i),
                    "calc-tekun-floor",
                    &[
                        Val::Money(c),
                        Val::Number(share),
                        Val::Money(s),
                        Val::Number(mult),
                    ],
                    Val::Money(floor),
                );
                (
                    Outcome::Eligible,
                    Some(Amount::at_least(floor, Period::Year)),
                )
            }
            _ => (Outcome::Undetermined, None),
        }
    })
}

/// INC-16, 6号 第3条: care fees in government institutions 「由当地财政、民政部门核定」: a local value.
pub fn tekun_care_fee_public_institution(ctx: &mut Ctx<'_>) -> Eval {
    per_member(ctx, Form::Cash, |ctx, i| {
        let t = tekun_is(
            ctx,
            i,
            "cond-tekun-public-institution",
            &[TekunSupport::ConcentratedPublic],
        );
        if t != Tri::True {
            return (t.outcome(), None);
        }
        match ctx.num(K::TekunCareFeePublicInstitution) {
            Some(fee) => (Outcome::Eligible, Some(Amount::exact(fee, Period::Month))),
            None => (Outcome::Undetermined, None),
        }
    })
}

/// The care-fee rate of 6号 第3条 for a self-care class: 80% / 40% / 20% / 10% of the minimum wage.
fn care_rate(ctx: &mut Ctx<'_>, i: usize) -> Option<Decimal> {
    let Some(level) = ctx.h.members[i].self_care else {
        ctx.miss_member(i, "self_care");
        return None;
    };
    let key = match level {
        SelfCare::FullyLost => K::TekunCareRateFullyLost,
        SelfCare::ModeratelyLost => K::TekunCareRateModeratelyLost,
        SelfCare::MildlyLost => K::TekunCareRateMildlyLost,
        SelfCare::Able => K::TekunCareRateAble,
    };
    ctx.num(key)
}

/// INC-17, 6号 第3条: 特困 in social institutions by purchased services: 「原则上分别按当地月最低工资标准的
/// 80%、40%、20%、10%确定」.
pub fn tekun_care_fee_purchased_institution(ctx: &mut Ctx<'_>) -> Eval {
    per_member(ctx, Form::Cash, |ctx, i| {
        let t = tekun_is(
            ctx,
            i,
            "cond-tekun-social-institution",
            &[TekunSupport::ConcentratedSocial],
        );
        if t != Tri::True {
            return (t.outcome(), None);
        }
        let rate = care_rate(ctx, i);
        match (rate, ctx.num(K::MinWageMonthly)) {
            (Some(r), Some(w)) => {
                let a = Amount::exact(r * w, Period::Month);
                ctx.calc(
                    Some(i),
                    "calc-care-fee",
                    &[Val::Money(w), Val::Number(r)],
                    Val::Money(a.value),
                );
                (Outcome::Eligible, Some(a))
            }
            _ => (Outcome::Undetermined, None),
        }
    })
}

/// INC-18, 6号 第3条: 「分散供养特困人员照料护理费用，按在社会机构集中供养的特困人员照料护理费用标准的50%执行」.
pub fn tekun_care_fee_dispersed(ctx: &mut Ctx<'_>) -> Eval {
    per_member(ctx, Form::Cash, |ctx, i| {
        let t = tekun_is(ctx, i, "cond-tekun-dispersed", &[TekunSupport::Dispersed]);
        if t != Tri::True {
            return (t.outcome(), None);
        }
        let rate = care_rate(ctx, i);
        match (
            rate,
            ctx.num(K::MinWageMonthly),
            ctx.num(K::TekunCareDispersedShare),
        ) {
            (Some(r), Some(w), Some(share)) => {
                let a = Amount::exact(share * r * w, Period::Month);
                ctx.calc(
                    Some(i),
                    "calc-care-fee-dispersed",
                    &[Val::Money(w), Val::Number(r), Val::Number(share)],
                    Val::Money(a.value),
                );
                (Outcome::Eligible, Some(a))
            }
            _ => (Outcome::Undetermined, None),
        }
    })
}

/// INC-19, 6号 第8条: 「对建档困难职工家庭，经认定后给予每户每年不超过当地最低生活保障标准年度总和的生活帮扶」:
/// a ceiling of 12 × S per household and year (the per-person standard, rules-core A12).
pub fn hardship_worker_living_support(ctx: &mut Ctx<'_>) -> Eval {
    let registered = hardship_worker(ctx);
    if let Some(e) = stop(registered, Form::Cash) {
        return e;
    }
    match (
        ctx.num(K::DibaoStandardMonthly),
        ctx.num(K::HardshipWorkerSupportMonths),
    ) {
        (Some(s), Some(months)) => {
            let a = Amount::at_most(s * months, Period::Year);
            ctx.calc(
                None,
                "calc-hardship-worker-support",
                &[Val::Money(s), Val::Number(months)],
                Val::Money(a.value),
            );
            result(Outcome::Eligible, Some(a), Form::Cash)
        }
        _ => undetermined(Form::Cash),
    }
}

/// VET-01, 6号 第4条: 「对低保中的退役军人，给予每人每月增发不低于当地最低生活保障标准10%的生活补助」.
/// 低保 only (低边 is not named). A floor: 「不低于」.
pub fn veteran_dibao_supplement(ctx: &mut Ctx<'_>) -> Eval {
    let is_dibao = ctx.group(|ctx| ctx.status_in("cond-status-dibao", &[HouseholdStatus::Dibao]));
    if let Some(e) = stop(is_dibao, Form::Cash) {
        return e;
    }
    per_member(ctx, Form::Cash, |ctx, i| {
        let veteran = ctx.member_group(i, |ctx| {
            ctx.member_fact(i, "cond-veteran", "veteran", ctx.h.members[i].veteran)
        });
        if veteran != Tri::True {
            return (veteran.outcome(), None);
        }
        match (
            ctx.num(K::DibaoStandardMonthly),
            ctx.num(K::VeteranDibaoSupplementRate),
        ) {
            (Some(s), Some(rate)) => {
                let a = Amount::at_least(s * rate, Period::Month);
                ctx.calc(
                    Some(i),
                    "calc-veteran-supplement",
                    &[Val::Money(s), Val::Number(rate)],
                    Val::Money(a.value),
                );
                (Outcome::Eligible, Some(a))
            }
            _ => (Outcome::Undetermined, None),
        }
    })
}

/// Whether the household is a registered hardship-worker family (6号 第8条): the target group of
/// 第8条's rules.
fn hardship_worker(ctx: &mut Ctx<'_>) -> Tri {
    ctx.group(|ctx| {
        ctx.household_fact(
            "cond-hardship-worker-family",
            "hardship_worker_family",
            ctx.h.hardship_worker_family,
        )
    })
}

/// INC-20, 6号 第8条: 「对因残疾、患重病、遭受突发意外等原因造成生活困难的，按相关规定纳入工会送温暖范围给予慰问」.
/// For a registered hardship-worker family with a disabled member or a hardship event (illness,
/// accident): refer to the trade union, which decides.
pub fn hardship_worker_condolence(ctx: &mut Ctx<'_>) -> Eval {
    let registered = hardship_worker(ctx);
    if let Some(e) = stop(registered, Form::Cash) {
        return e;
    }
    let cause = ctx.any_of(|ctx| {
        let event = ctx.household_fact(
            "cond-hardship-event",
            "hardship_event",
            ctx.h.hardship_event,
        );
        if event == Tri::True {
            return event;
        }
        let mut any = event;
        for i in 0..ctx.h.members.len() {
            any =
                any.or(ctx.member_fact(i, "cond-disabled", "disabled", ctx.h.members[i].disabled));
            if any == Tri::True {
                break;
            }
        }
        any
    });
    match cause {
        Tri::True => result(Outcome::Refer, None, Form::Cash),
        t => result(t.outcome(), None, Form::Cash),
    }
}

/// INC-21, 6号 第8条: 「对本人或家庭成员因患重大疾病、重病残疾护理、患慢性病长期服药、感染重特大传染病等，经过基本医保、
/// 大病保险、医疗救助和商业保险等报销，以及其他部门救助后个人仍难以承担医疗医药费用的建档困难职工家庭，给予医疗帮扶」.
/// For a registered hardship-worker family with medical costs left to pay this year, or a member with a
/// special disease, a chronic disease treated as outpatient or a disability: whether the costs are
/// still too heavy is the union's judgement, so refer.
pub fn hardship_worker_medical_support(ctx: &mut Ctx<'_>) -> Eval {
    let registered = hardship_worker(ctx);
    if let Some(e) = stop(registered, Form::Cash) {
        return e;
    }
    let needs = ctx.any_of(|ctx| {
        let mut any = Tri::False;
        for i in 0..ctx.h.members.len() {
            let m = &ctx.h.members[i];
            let paid: Decimal = m
                .medical
                .iter()
                .map(|e| {
                    e.total
                        - e.basic_insurance_paid
                        - e.critical_illness_paid
                        - e.supplementary_paid
                })
                .sum();
            let costs = ctx.check(
                Some(i),
                "cond-out-of-pocket",
                Val::Money(paid),
                Cmp::Gt,
                Val::Money(Decimal::ZERO),
                Tri::from_bool(paid > Decimal::ZERO),
            );
            any = any.or(costs);
            if any == Tri::True {
                break;
            }
            let m = &ctx.h.members[i];
            let (special, chronic, disabled) =
                (m.special_disease, m.chronic_outpatient, m.disabled);
            any = any
                .or(ctx.member_fact(i, "cond-special-disease", "special_disease", special))
                .or(ctx.member_fact(i, "cond-chronic-outpatient", "chronic_outpatient", chronic))
                .or(ctx.member_fact(i, "cond-disabled", "disabled", disabled));
            if any == Tri::True {
                break;
            }
        }
        any
    });
    match needs {
        Tri::True => result(Outcome::Refer, None, Form::Cash),
        t => result(t.outcome(), None, Form::Cash),
    }
}

/// INC-22, 6号 第26条: 「将符合条件的新市民纳入救助范围，分层分类实施社会救助。加强失业保险与社会救助政策衔接，为新市民困难
/// 群体基本生活提供兜底保障」. A household without Wenzhou hukou that has met a hardship event, or whose
/// per-capita income is below the 低保 standard, is referred to 民政 (the conditions are local).
pub fn new_citizen_social_assistance(ctx: &mut Ctx<'_>) -> Eval {
    let outside = ctx.group(|ctx| {
        let wenzhou = ctx.wenzhou();
        ctx.negate(wenzhou)
    });
    if let Some(e) = stop(outside, Form::Cash) {
        return e;
    }
    let need = ctx.any_of(|ctx| {
        let event = ctx.household_fact(
            "cond-hardship-event",
            "hardship_event",
            ctx.h.hardship_event,
        );
        if event == Tri::True {
            return event;
        }
        let Some(s) = ctx.num(K::DibaoStandardMonthly) else {
            return Tri::Unknown;
        };
        event.or(below(ctx, "cond-income-below-dibao", s))
    });
    match need {
        Tri::True => result(Outcome::Refer, None, Form::Cash),
        t => result(t.outcome(), None, Form::Cash),
    }
}
