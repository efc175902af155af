//! Housing: priority public rental, rent subsidies and waivers, rural renovation, 安居圆梦 and the
//! front-line workers' rent subsidy. 温政发〔2022〕6号 第10–12条 and 第27条.

use rust_decimal::Decimal;

use super::{per_member, result, stop, undetermined};
use crate::engine::{Amount, Cmp, Ctx, Eval, Form, MissingWhat, Outcome, Period, Tri, Val};
use crate::household::{HouseholdStatus, RenovationKind, Tenure};
use crate::policy::ParamKey as K;

/// Whether any member is 特困.
fn any_tekun(ctx: &mut Ctx<'_>) -> Tri {
    let mut t = Tri::False;
    for i in 0..ctx.h.members.len() {
        t = t.or(ctx.member_fact(i, "cond-tekun", "tekun", ctx.h.members[i].is_tekun()));
    }
    t
}

/// Whether the household is among the 困难群众 (低保, 低边, a 特困 member, or 低收入农户).
fn kunnan_household(ctx: &mut Ctx<'_>) -> Tri {
    ctx.any_of(|ctx| {
        let status = ctx.status_in(
            "cond-status-dibao-dibian",
            &[HouseholdStatus::Dibao, HouseholdStatus::Dibian],
        );
        let farmer = ctx.household_fact(
            "cond-low-income-farmer",
            "low_income_farmer",
            ctx.h.low_income_farmer,
        );
        status.or(farmer).or(any_tekun(ctx))
    })
}

/// HOU-01, 6号 第10条: 市区 local hukou and a priority group → 「依申请优先安排实物配租」 (in kind). The
/// target group is a 市区 household of one of the priority groups; 无房 is the condition of 低保低边.
pub fn public_rental_priority_allocation(ctx: &mut Ctx<'_>) -> Eval {
    let (mut shiqu, mut mark, mut poor, mut others) = (Tri::False, 0, Tri::False, Tri::False);
    ctx.group(|ctx| {
        shiqu = ctx.shiqu();
        mark = ctx.mark();
        poor = ctx.status_in(
            "cond-status-dibao-dibian",
            &[HouseholdStatus::Dibao, HouseholdStatus::Dibian],
        );
        let mut severe = Tri::False;
        for i in 0..ctx.h.members.len() {
            let m = &ctx.h.members[i];
            let grade12 = match (m.disabled, m.disability_grade) {
                (Some(false), _) => Some(false),
                (Some(true), Some(g)) => Some(g <= 2),
                _ => None,
            };
            severe = severe.or(ctx.member_fact(
                i,
                "cond-disability-grade-1-2",
                "disability_grade",
                grade12,
            ));
        }
        let youfu = ctx.household_fact("cond-youfu", "youfu_family", ctx.h.youfu_family);
        let other = ctx.household_fact(
            "cond-rental-priority-group",
            "housing.rental_priority_group",
            ctx.h.housing.rental_priority_group,
        );
        others = severe.or(youfu).or(other);
        shiqu.and(poor.or(others))
    });
    let owns = ctx.household_fact(
        "cond-owns-housing-shiqu",
        "housing.owns_housing_in_shiqu",
        ctx.h.housing.owns_housing_in_shiqu,
    );
    let no_housing = ctx.negate(owns);
    let group = poor.and(no_housing).or(others);
    if group == Tri::True {
        // Keep only what made the household a priority group.
        ctx.drop_failed_since(mark);
    }
    result(shiqu.and(group).outcome(), None, Form::InKind)
}

/// HOU-02, 6号 第10条: a 新市民 without housing, with a labour contract of 一年以上 and 3 consecutive
/// months of contributions 「可申请保障性租赁住房」.
pub fn new_citizen_affordable_rental(ctx: &mut Ctx<'_>) -> Eval {
    let outside = ctx.group(|ctx| {
        let wenzhou = ctx.wenzhou();
        ctx.negate(wenzhou)
    });
    if let Some(e) = stop(outside, Form::InKind) {
        return e;
    }
    let owns = ctx.household_fact(
        "cond-owns-housing-shiqu",
        "housing.owns_housing_in_shiqu",
        ctx.h.housing.owns_housing_in_shiqu,
    );
    let no_housing = ctx.negate(owns);
    if let Some(e) = stop(no_housing, Form::InKind) {
        return e;
    }
    per_member(ctx, Form::InKind, |ctx, i| {
        let m = &ctx.h.members[i];
        let (years, months) = (m.labour_contract_years, m.employer_contribution_months);
        if years.is_none() {
            ctx.miss_member(i, "labour_contract_years");
        }
        if months.is_none() {
            ctx.miss_member(i, "employer_contribution_months");
        }
        let contract = Tri::from_opt(years.map(|y| y >= 1));
        let contract = ctx.check(
            Some(i),
            "cond-labour-contract-years",
            years.map_or(Val::None, |y| Val::Number(Decimal::from(y))),
            Cmp::Ge,
            Val::Number(Decimal::ONE),
            contract,
        );
        let paid = Tri::from_opt(months.map(|m| m >= 3));
        let paid = ctx.check(
            Some(i),
            "cond-contribution-months",
            months.map_or(Val::None, |m| Val::Number(Decimal::from(m))),
            Cmp::Ge,
            Val::Number(Decimal::from(3)),
            paid,
        );
        (contract.and(paid).outcome(), None)
    })
}

/// The rent-subsidy ratio of the household's category (6号 第11条: 低保 100%, 低边 80%, 其他保障家庭 50%).
fn rent_ratio(ctx: &mut Ctx<'_>) -> (Tri, Option<K>) {
    match ctx.h.status {
        Some(HouseholdStatus::Dibao) => {
            ctx.status_in("cond-status-dibao", &[HouseholdStatus::Dibao]);
            (Tri::True, Some(K::RentSubsidyRatioDibao))
        }
        Some(HouseholdStatus::Dibian) => {
            ctx.status_in("cond-status-dibian", &[HouseholdStatus::Dibian]);
            (Tri::True, Some(K::RentSubsidyRatioDibian))
        }
        status => {
            if status.is_none() {
                ctx.miss(MissingWhat::Household { field: "status" });
            }
            let other = ctx.household_fact(
                "cond-housing-security-eligible",
                "housing.housing_security_eligible",
                ctx.h.housing.housing_security_eligible,
            );
            // With the status unknown the household might be 低保 or 低边: the category is unknown.
            let t = if status.is_none() {
                Tri::Unknown
            } else {
                other
            };
            (t, (t == Tri::True).then_some(K::RentSubsidyRatioOther))
        }
    }
}

/// HOU-03, 6号 第11条: 「加大对申请家庭在市区无房或人均住房建筑面积15平方米以下的，低保、低边、其他保障家庭分别
/// 按照市场平均租金100%、80%、50%的标准给予租赁补贴」.
///
/// The clause says no more than 「市场平均租金」: the pack chooses the basis (`rent_subsidy_formula`):
/// `flat` (the ratio of the market average rent of a dwelling, the literal reading) or `area` (per ㎡
/// over a guaranteed area, a common Zhejiang practice that the seed does not state, rules-core
/// errata 7). An eligible household for which the area formula gives 0 is referred, never paid 0
/// silently.
pub fn housing_rent_subsidy(ctx: &mut Ctx<'_>) -> Eval {
    // The target group: a 低保, 低边 or 其他保障家庭 (the category also sets the ratio).
    let mut ratio_key = None;
    let category = ctx.group(|ctx| {
        let (t, key) = rent_ratio(ctx);
        ratio_key = key;
        t
    });
    let hukou = ctx.wenzhou();
    let h = ctx.h;
    let n = Decimal::from(h.members.len());
    let owns = ctx.household_fact(
        "cond-owns-housing-shiqu",
        "housing.owns_housing_in_shiqu",
        h.housing.owns_housing_in_shiqu,
    );
    let no_house = ctx.negate(owns);
    let small = match no_house {
        Tri::True => Tri::True,
        _ => {
            let threshold = ctx.num(K::RentSubsidyAreaThresholdPc);
            let inclusive = ctx.switch(K::YixiaInclusive);
            let area = h.housing.owned_floor_area_m2;
            if area.is_none() {
                ctx.miss(MissingWhat::Household {
                    field: "housing.owned_floor_area_m2",
                });
            }
            let pc = area.map(|a| a / n);
            let r = match (pc, threshold, inclusive) {
                (Some(pc), Some(t), Some(true)) => Tri::from_bool(pc <= t),
                (Some(pc), Some(t), Some(false)) => Tri::from_bool(pc < t),
                _ => Tri::Unknown,
            };
            let cmp = if inclusive == Some(false) {
                Cmp::Lt
            } else {
                Cmp::Le
            };
            ctx.check(
                None,
                "cond-floor-area-pc",
                pc.map_or(Val::None, Val::Number),
                cmp,
                threshold.map_or(Val::None, Val::Number),
                r,
            )
        }
    };
    // 租赁补贴 is the cash form of rental security; a household housed in public rental (实物配租) gets
    // the rent waiver of HOU-04 instead (rules-core G6(c): 实物配租 and 租赁补贴 are exclusive).
    let tenure = h.housing.tenure;
    if tenure.is_none() {
        ctx.miss(MissingWhat::Household {
            field: "housing.tenure",
        });
    }
    let in_public = ctx.check(
        None,
        "cond-public-rental",
        tenure.map_or(Val::None, |t| Val::Bool(t == Tenure::PublicRental)),
        Cmp::Is,
        Val::None,
        Tri::from_opt(tenure.map(|t| t == Tenure::PublicRental)),
    );
    let not_public = ctx.negate(in_public);
    if let Some(e) = stop(
        hukou.and(no_house.or(small)).and(not_public).and(category),
        Form::Cash,
    ) {
        return e;
    }
    let Some(ratio) = ratio_key.and_then(|k| ctx.num(k)) else {
        return undetermined(Form::Cash);
    };
    match ctx.choice(K::RentSubsidyFormula) {
        Some("flat") => match ctx.num(K::MarketAvgRentMonthly) {
            Some(rent) => {
                let a = Amount::exact(ratio * rent, Period::Month);
                ctx.calc(
                    None,
                    "calc-rent-flat",
                    &[Val::Money(rent), Val::Number(ratio)],
                    Val::Money(a.value),
                );
                result(Outcome::Eligible, Some(a), Form::Cash)
            }
            None => undetermined(Form::Cash),
        },
        Some(_) => {
            let (per_m2, guarantee) = (
                ctx.num(K::MarketAvgRentPerM2),
                ctx.num(K::RentGuaranteeAreaPc),
            );
            let (Some(per_m2), Some(guarantee)) = (per_m2, guarantee) else {
                return undetermined(Form::Cash);
            };
            let owned = if no_house == Tri::True {
                Decimal::ZERO
            } else {
                h.housing.owned_floor_area_m2.unwrap_or_default()
            };
            let shortfall = (guarantee * n - owned).max(Decimal::ZERO);
            let positive = Tri::from_bool(shortfall > Decimal::ZERO);
            ctx.check(
                None,
                "cond-area-shortfall",
                Val::Number(shortfall),
                Cmp::Gt,
                Val::Number(Decimal::ZERO),
                positive,
            );
            let amount = Amount::exact(ratio * per_m2 * shortfall, Period::Month);
            ctx.calc(
                None,
                "calc-rent-shortfall",
                &[Val::Number(guarantee), Val::Number(n), Val::Number(owned)],
                Val::Number(shortfall),
            );
            ctx.calc(
                None,
                "calc-rent-area",
                &[
                    Val::Number(shortfall),
                    Val::Money(per_m2),
                    Val::Number(ratio),
                ],
                Val::Money(amount.value),
            );
            if positive == Tri::True {
                result(Outcome::Eligible, Some(amount), Form::Cash)
            } else {
                result(Outcome::Refer, Some(amount), Form::Cash)
            }
        }
        None => undetermined(Form::Cash),
    }
}

/// HOU-04, 6号 第11条: 「对全市范围低保、低边、社会救助群体和优抚家庭等优先实施公共租赁住房保障家庭给予租金全额
/// 免缴」: the whole public-rental rent is waived. The target group is the status (低保, 低边, 特困, 优抚);
/// living in public rental is the condition.
pub fn public_rental_rent_waiver(ctx: &mut Ctx<'_>) -> Eval {
    let group = ctx.group(|ctx| {
        ctx.any_of(|ctx| {
            let status = ctx.status_in(
                "cond-status-dibao-dibian",
                &[HouseholdStatus::Dibao, HouseholdStatus::Dibian],
            );
            let youfu = ctx.household_fact("cond-youfu", "youfu_family", ctx.h.youfu_family);
            status.or(any_tekun(ctx)).or(youfu)
        })
    });
    let tenure = ctx.h.housing.tenure;
    if tenure.is_none() {
        ctx.miss(MissingWhat::Household {
            field: "housing.tenure",
        });
    }
    let public = Tri::from_opt(tenure.map(|t| t == Tenure::PublicRental));
    let public = ctx.check(
        None,
        "cond-public-rental",
        tenure.map_or(Val::None, |t| Val::Bool(t == Tenure::PublicRental)),
        Cmp::Is,
        Val::None,
        public,
    );
    if let Some(e) = stop(public.and(group), Form::Waiver) {
        return e;
    }
    match ctx.h.housing.rent_monthly {
        Some(rent) => result(
            Outcome::Eligible,
            Some(Amount::exact(rent, Period::Month)),
            Form::Waiver,
        ),
        None => {
            ctx.miss(MissingWhat::Household {
                field: "housing.rent_monthly",
            });
            undetermined(Form::Waiver)
        }
    }
}

/// HOU-05, 6号 第12条: a rural 困难家庭's recognised 危房 renovation, new build 「原则上不超过100平方米」 →
/// 1.5万 per household (provincial, 「当年改造、次年补助」). Over 100 ㎡ is referred (「原则上」).
pub fn rural_dilapidated_house_renovation(ctx: &mut Ctx<'_>) -> Eval {
    // The target group is a rural 困难家庭; whether its house is a recognised 危房 decides: without a
    // record it is asked. For any other household no record means none.
    let in_group = ctx.group(|ctx| {
        let rural = ctx.household_fact("cond-rural", "rural", ctx.h.rural);
        let poor = kunnan_household(ctx);
        rural.and(poor)
    });
    let renovation = ctx.h.housing.dilapidated_renovation.as_ref();
    let recognised_fact = match renovation {
        Some(r) => r.recognised,
        None if in_group != Tri::False => None,
        None => Some(false),
    };
    let recognised = ctx.household_fact(
        "cond-dangerous-house-recognised",
        "housing.dilapidated_renovation.recognised",
        recognised_fact,
    );
    if let Some(e) = stop(in_group.and(recognised), Form::Cash) {
        return e;
    }
    let Some(subsidy) = ctx.num(K::RuralRenovationSubsidy) else {
        return undetermined(Form::Cash);
    };
    let amount = Some(Amount::exact(subsidy, Period::Once));
    let Some(r) = renovation else {
        return undetermined(Form::Cash);
    };
    if r.kind == RenovationKind::Repair {
        return result(Outcome::Eligible, amount, Form::Cash);
    }
    let limit = ctx.num(K::RuralRenovationAreaLimit);
    let within = match (r.floor_area_m2, limit) {
        (Some(a), Some(l)) => Tri::from_bool(a <= l),
        (None, _) => {
            ctx.miss(MissingWhat::Household {
                field: "housing.dilapidated_renovation.floor_area_m2",
            });
            Tri::Unknown
        }
        _ => Tri::Unknown,
    };
    let within = ctx.check(
        None,
        "cond-new-build-area",
        r.floor_area_m2.map_or(Val::None, Val::Number),
        Cmp::Le,
        limit.map_or(Val::None, Val::Number),
        within,
    );
    match within {
        Tri::True => result(Outcome::Eligible, amount, Form::Cash),
        Tri::False => result(Outcome::Refer, amount, Form::Cash),
        Tri::Unknown => undetermined(Form::Cash),
    }
}

/// HOU-06, 6号 第12条: 「对低收入农户异地搬迁、自建房、购房、危旧房拆建等，在省补助政策的基础上，市级给予每户3万元
/// 补助」 (on top of HOU-05).
pub fn anju_yuanmeng_low_income_farmer(ctx: &mut Ctx<'_>) -> Eval {
    let farmer = ctx.group(|ctx| {
        ctx.household_fact(
            "cond-low-income-farmer",
            "low_income_farmer",
            ctx.h.low_income_farmer,
        )
    });
    let project = ctx.household_fact(
        "cond-anju-project",
        "housing.anju_project",
        ctx.h.housing.anju_project,
    );
    if let Some(e) = stop(farmer.and(project), Form::Cash) {
        return e;
    }
    match ctx.num(K::AnjuSubsidy) {
        Some(v) => result(
            Outcome::Eligible,
            Some(Amount::exact(v, Period::Once)),
            Form::Cash,
        ),
        None => undetermined(Form::Cash),
    }
}

/// HOU-07, 6号 第27条: non-市区-hukou bus and sanitation workers without 实物配租: 300 元/月 (1–2
/// persons) or 400 元/月 (3人以上), 「累计不超过3年」. 「保障面积标准按家庭计算…家庭人数为1-2个人的，每月租赁
/// 补贴300元」: the subsidy is the household's, paid once however many of its members qualify.
pub fn frontline_worker_rent_subsidy(ctx: &mut Ctx<'_>) -> Eval {
    let not_shiqu = ctx.group(|ctx| {
        let shiqu = ctx.shiqu();
        ctx.negate(shiqu)
    });
    if let Some(e) = stop(not_shiqu, Form::Cash) {
        return e;
    }
    let size = ctx.h.members.len();
    let mut qualifies = false;
    let by_member = per_member(ctx, Form::Cash, |ctx, i| {
        let m = &ctx.h.members[i];
        let worker = ctx.member_group(i, |ctx| {
            ctx.member_fact(
                i,
                "cond-frontline-worker",
                "frontline_worker",
                m.frontline_worker,
            )
        });
        let flat = ctx.member_fact(
            i,
            "cond-in-kind-rental",
            "in_kind_rental_allocated",
            m.in_kind_rental_allocated,
        );
        let no_flat = ctx.negate(flat);
        let max = ctx.num(K::FrontlineMaxMonths);
        let received = m.frontline_rent_months_received;
        if received.is_none() {
            ctx.miss_member(i, "frontline_rent_months_received");
        }
        let months_left = match (received, max) {
            (Some(r), Some(max)) => Tri::from_bool(Decimal::from(r) < max),
            _ => Tri::Unknown,
        };
        let months_left = ctx.check(
            Some(i),
            "cond-frontline-months",
            received.map_or(Val::None, |r| Val::Number(Decimal::from(r))),
            Cmp::Lt,
            max.map_or(Val::None, Val::Number),
            months_left,
        );
        let eligible = worker.and(no_flat).and(months_left);
        qualifies |= eligible == Tri::True;
        (eligible.outcome(), None)
    });
    // One qualifying worker decides it for the household, whatever is open about the others.
    if !qualifies {
        return by_member;
    }
    let large = ctx.num(K::FrontlineLargeHousehold);
    let key = match large {
        Some(l) if Decimal::from(size) >= l => K::FrontlineRentLarge,
        Some(_) => K::FrontlineRentSmall,
        None => return undetermined(Form::Cash),
    };
    match ctx.num(key) {
        Some(v) => result(
            Outcome::Eligible,
            Some(Amount::exact(v, Period::Month)),
            Form::Cash,
        ),
        None => undetermined(Form::Cash),
    }
}

/// HOU-08, 6号 第27条: 「鼓励各地对纳入积分制管理的新市民给予租赁补贴」: a county's own scheme; refer new
/// citizens.
pub fn new_citizen_points_rent_subsidy(ctx: &mut Ctx<'_>) -> Eval {
    let outside = ctx.group(|ctx| {
        let wenzhou = ctx.wenzhou();
        ctx.negate(wenzhou)
    });
    match outside {
        Tri::True => result(Outcome::Refer, None, Form::Cash),
        t => result(t.outcome(), None, Form::Cash),
    }
}
