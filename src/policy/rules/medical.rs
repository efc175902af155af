//! Medical insurance and medical aid: 温政发〔2022〕6号 第13–15条, 第19条, and 温政办〔2022〕98号.
//!
//! The gazettes give no basic-insurance deductibles or ratios, so the layers paid by 基本医保 and
//! 大病保险 come from the settlement slip; the aid layers follow rules-core §5.4: medical aid (MED-05)
//! on the compliant remainder, then supplementary insurance, then the veterans' assistance (MED-07).

use rust_decimal::Decimal;

use super::{per_member, stop};
use crate::engine::{Amount, Cmp, Ctx, Eval, Form, Outcome, Period, Tri, Val};
use crate::household::{CareSetting, HouseholdStatus, MedicalScheme};
use crate::policy::ParamKey as K;

/// The medical-aid ratio of member `i` (6号 第14条: 「特困人员全额救助，低保低边及县级人民政府认定的其他特殊
/// 困难人员按80%救助」), and whether the member is a 医疗救助对象 at all.
fn aid_ratio(ctx: &mut Ctx<'_>, i: usize) -> (Tri, Option<Decimal>) {
    let mut key = None;
    let group = ctx.any_of(|ctx| {
        let (t, k) = aid_group(ctx, i);
        key = k;
        t
    });
    // A member in another group whose 特困 status is unknown might get 100% instead of 80%.
    if group == Tri::True
        && key != Some(K::MedicalAidRatioTekun)
        && ctx.h.members[i].tekun.is_none()
    {
        ctx.miss_member(i, "tekun");
        return (group, None);
    }
    (group, key.and_then(|k| ctx.num(k)))
}

/// Which group of 6号 第14条 member `i` is in, and the key of its ratio.
fn aid_group(ctx: &mut Ctx<'_>, i: usize) -> (Tri, Option<K>) {
    let m = &ctx.h.members[i];
    let tekun = ctx.member_fact(i, "cond-tekun", "tekun", m.is_tekun());
    if tekun == Tri::True {
        return (Tri::True, Some(K::MedicalAidRatioTekun));
    }
    let dd = ctx.status_in(
        "cond-status-dibao-dibian",
        &[HouseholdStatus::Dibao, HouseholdStatus::Dibian],
    );
    if dd == Tri::True {
        return (Tri::True, Some(K::MedicalAidRatioDibaoDibian));
    }
    let special = ctx.household_fact(
        "cond-county-special-hardship",
        "county_special_hardship",
        ctx.h.county_special_hardship,
    );
    if special == Tri::True {
        return (Tri::True, Some(K::MedicalAidRatioCountySpecial));
    }
    // 低收入农户 are 困难群众 but not named in the ratio sentence: a local ratio (rules-core §5.3).
    let farmer = ctx.household_fact(
        "cond-low-income-farmer",
        "low_income_farmer",
        ctx.h.low_income_farmer,
    );
    if farmer == Tri::True {
        return (Tri::True, Some(K::MedicalAidRatioLowIncomeFarmer));
    }
    (tekun.or(dd).or(special).or(farmer), None)
}

/// [`aid_ratio`] as member `i`'s target group (the 医疗救助对象 of 6号 第14条).
fn aid_group_ratio(ctx: &mut Ctx<'_>, i: usize) -> (Tri, Option<Decimal>) {
    let mut ratio = None;
    let group = ctx.member_group(i, |ctx| {
        let (t, r) = aid_ratio(ctx, i);
        ratio = r;
        t
    });
    (group, ratio)
}

/// 合规医疗费用 after 基本医保 and 大病保险, over the member's episodes.
fn compliant_remaining(ctx: &Ctx<'_>, i: usize) -> Decimal {
    ctx.h.members[i]
        .medical
        .iter()
        .map(|e| e.compliant_remaining())
        .sum()
}

/// Medical aid on a compliant remainder of member `i`. 6号 第14条 sets the ratio and neither a
/// deductible (起付线) nor a yearly cap (rules-core A25): the aid is the gazette's, ratio × remainder,
/// and the result says that no limit applies unless the office's local standards set one; a local
/// 起付线 or cap, where the pack has it, is applied and cited.
fn aid_on(ctx: &mut Ctx<'_>, i: usize, ratio: Decimal, remaining: Decimal) -> Decimal {
    let (deductible, cap) = (
        ctx.p.number(K::MedicalAidDeductible),
        ctx.p.number(K::MedicalAidAnnualCap),
    );
    let mut aid = ratio * remaining;
    match deductible {
        Some(d) => {
            ctx.num(K::MedicalAidDeductible);
            aid = ratio * (remaining - d).max(Decimal::ZERO);
            ctx.calc(
                Some(i),
                "calc-medical-aid-deductible",
                &[Val::Money(remaining), Val::Money(d), Val::Number(ratio)],
                Val::Money(aid),
            );
        }
        None => {
            ctx.check(
                Some(i),
                "cond-medical-aid-no-deductible",
                Val::None,
                Cmp::Is,
                Val::None,
                Tri::True,
            );
            ctx.calc(
                Some(i),
                "calc-medical-aid",
                &[Val::Money(remaining), Val::Number(ratio)],
                Val::Money(aid),
            );
        }
    }
    match cap {
        Some(c) => {
            ctx.num(K::MedicalAidAnnualCap);
            if aid > c {
                ctx.calc(
                    Some(i),
                    "calc-medical-aid-cap",
                    &[Val::Money(aid), Val::Money(c)],
                    Val::Money(c),
                );
            }
            aid.min(c)
        }
        None => {
            ctx.check(
                Some(i),
                "cond-medical-aid-no-cap",
                Val::None,
                Cmp::Is,
                Val::None,
                Tri::True,
            );
            aid
        }
    }
}

/// MED-05, 6号 第14条: medical aid on the compliant costs remaining after 基本医保 and 大病保险, for the
/// 医疗救助对象 (the target group).
pub fn medical_aid_after_insurance(ctx: &mut Ctx<'_>) -> Eval {
    per_member(ctx, Form::Cash, |ctx, i| {
        let (group, ratio) = aid_group_ratio(ctx, i);
        if group != Tri::True {
            return (group.outcome(), None);
        }
        let Some(ratio) = ratio else {
            return (Outcome::Undetermined, None);
        };
        let remaining = compliant_remaining(ctx, i);
        ctx.check(
            Some(i),
            "cond-compliant-remaining",
            Val::Money(remaining),
            Cmp::Ge,
            Val::Money(Decimal::ZERO),
            Tri::True,
        );
        let aid = aid_on(ctx, i, ratio, remaining);
        (Outcome::Eligible, Some(Amount::exact(aid, Period::Year)))
    })
}

/// MED-18, 98号 第10条: 「符合条件的孤儿、事实无人抚养儿童按规定享受医疗救助待遇」; the ratio is local.
pub fn orphan_unsupported_child_medical_aid(ctx: &mut Ctx<'_>) -> Eval {
    per_member(ctx, Form::Cash, |ctx, i| {
        let m = &ctx.h.members[i];
        let orphan = ctx.member_group(i, |ctx| {
            ctx.member_fact(i, "cond-orphan", "orphan", m.is_orphan())
        });
        if orphan != Tri::True {
            return (orphan.outcome(), None);
        }
        let Some(ratio) = ctx.num(K::MedicalAidRatioOrphan) else {
            return (Outcome::Undetermined, None);
        };
        let remaining = compliant_remaining(ctx, i);
        let aid = aid_on(ctx, i, ratio, remaining);
        (Outcome::Eligible, Some(Amount::exact(aid, Period::Year)))
    })
}

/// MED-07, 6号 第15条: 低保/低边 veterans: 50% of the self-paid compliant cost of inpatient and
/// special-disease outpatient care at designated institutions, after every other layer; no
/// deductible; per 医保年度 at most 50% of the previous year's local consumption per resident.
pub fn veteran_medical_assistance(ctx: &mut Ctx<'_>) -> Eval {
    let dd = ctx.group(|ctx| {
        ctx.status_in(
            "cond-status-dibao-dibian",
            &[HouseholdStatus::Dibao, HouseholdStatus::Dibian],
        )
    });
    if let Some(e) = stop(dd, Form::Cash) {
        return e;
    }
    per_member(ctx, Form::Cash, |ctx, i| {
        let m = &ctx.h.members[i];
        let veteran = ctx.member_group(i, |ctx| {
            ctx.member_fact(i, "cond-veteran", "veteran", m.veteran)
        });
        if veteran != Tri::True {
            return (veteran.outcome(), None);
        }
        let (_, ratio) = aid_ratio(ctx, i);
        let (share, cap_share, consumption) = (
            ctx.num(K::VeteranMedicalAidShare),
            ctx.num(K::VeteranMedicalAidCapShare),
            ctx.num(K::ResidentConsumptionPcPrevYear),
        );
        let (Some(ratio), Some(share), Some(cap_share), Some(consumption)) =
            (ratio, share, cap_share, consumption)
        else {
            return (Outcome::Undetermined, None);
        };
        let mut remaining = Decimal::ZERO;
        let mut designated_unknown = false;
        for e in &m.medical {
            if !matches!(
                e.setting,
                CareSetting::Inpatient | CareSetting::SpecialDiseaseOutpatient
            ) {
                continue;
            }
            match e.designated {
                Some(true) => {
                    let r1 = e.compliant_remaining();
                    remaining += (r1 - ratio * r1 - e.supplementary_paid).max(Decimal::ZERO);
                }
                Some(false) => {}
                None => designated_unknown = true,
            }
        }
        if designated_unknown {
            ctx.miss_member(i, "medical.designated");
            return (Outcome::Undetermined, None);
        }
        let raw = share * remaining;
        let cap = cap_share * consumption;
        // No self-paid cost of the kinds the clause names this year: the veteran is covered, but there
        // is nothing to pay yet (not "0 元").
        if raw.is_zero() {
            ctx.check(
                Some(i),
                "cond-veteran-aid-no-costs",
                Val::Money(remaining),
                Cmp::Gt,
                Val::Money(Decimal::ZERO),
                Tri::False,
            );
            return (Outcome::Eligible, None);
        }
        // 「一个医保年度内援助金额封顶线为上年度当地居民人均消费支出的50%」 (004 L494–496): what was already
        // received this 医保年度 decides how much of the cap is left; unknown, the amount is at most the
        // cap and the condition says what is missing.
        let Some(used) = m.veteran_medical_aid_used else {
            ctx.check(
                Some(i),
                "cond-veteran-aid-used",
                Val::None,
                Cmp::Le,
                Val::Money(cap),
                Tri::Unknown,
            );
            return (
                Outcome::Eligible,
                Some(Amount::at_most(raw.min(cap), Period::Year)),
            );
        };
        let left = (cap - used).max(Decimal::ZERO);
        ctx.check(
            Some(i),
            "cond-veteran-aid-cap",
            Val::Money(raw),
            Cmp::Le,
            Val::Money(left),
            Tri::from_bool(raw <= left),
        );
        (
            Outcome::Eligible,
            Some(Amount::exact(raw.min(left), Period::Year)),
        )
    })
}

/// MED-01, 6号 第13条: 「家庭医生签约服务费个人部分给予全额补助」 for 困难群众.
pub fn family_doctor_fee_subsidy(ctx: &mut Ctx<'_>) -> Eval {
    per_member(ctx, Form::Waiver, |ctx, i| {
        let k = ctx.member_group(i, |ctx| ctx.kunnan(i));
        if k != Tri::True {
            return (k.outcome(), None);
        }
        match ctx.num(K::FamilyDoctorFeePersonal) {
            Some(fee) => (Outcome::Eligible, Some(Amount::exact(fee, Period::Year))),
            None => (Outcome::Undetermined, None),
        }
    })
}

fn scheme_is(ctx: &mut Ctx<'_>, i: usize, key: &'static str, wanted: &[MedicalScheme]) -> Tri {
    let v = ctx.h.members[i].medical_scheme.map(|s| wanted.contains(&s));
    ctx.member_fact(i, key, "medical_scheme", v)
}

/// MED-03, 6号 第14条: resident-insurance chronic outpatient care at primary level: ratio +10 points;
/// hypertension and diabetes at level-2 hospitals 50% (was 35%). For members with chronic outpatient
/// care (the target group) in the resident scheme.
pub fn resident_chronic_outpatient_ratio(ctx: &mut Ctx<'_>) -> Eval {
    per_member(ctx, Form::Coverage, |ctx, i| {
        let chronic = ctx.member_group(i, |ctx| {
            ctx.member_fact(
                i,
                "cond-chronic-outpatient",
                "chronic_outpatient",
                ctx.h.members[i].chronic_outpatient,
            )
        });
        let resident = scheme_is(ctx, i, "cond-scheme-resident", &[MedicalScheme::Resident]);
        let t = resident.and(chronic);
        if t == Tri::True {
            ctx.num(K::ChronicOutpatientRatioIncrease);
            ctx.num(K::HtnDmLevel2Ratio);
        }
        (t.outcome(), None)
    })
}

/// MED-04, 6号 第14条: listed special diseases: outpatient treated as inpatient, ratio at least 90%
/// (职工) or 70% (居民) within the policy scope.
pub fn special_disease_outpatient_as_inpatient(ctx: &mut Ctx<'_>) -> Eval {
    per_member(ctx, Form::Coverage, |ctx, i| {
        let disease = ctx.member_group(i, |ctx| {
            ctx.member_fact(
                i,
                "cond-special-disease",
                "special_disease",
                ctx.h.members[i].special_disease,
            )
        });
        let insured = scheme_is(
            ctx,
            i,
            "cond-insured",
            &[
                MedicalScheme::Resident,
                MedicalScheme::Employee,
                MedicalScheme::EmployeeFlexible,
            ],
        );
        let t = disease.and(insured);
        if t == Tri::True {
            let key = if ctx.h.members[i].medical_scheme == Some(MedicalScheme::Resident) {
                K::SpecialDiseaseRatioFloorResident
            } else {
                K::SpecialDiseaseRatioFloorEmployee
            };
            ctx.num(key);
        }
        (t.outcome(), None)
    })
}

/// MED-11, 98号 第1, 8条: special-disease outpatient and inpatient share one annual cap: 200000 (居民)
/// / 470000 (职工).
pub fn special_disease_outpatient_cap(ctx: &mut Ctx<'_>) -> Eval {
    let mut e = per_member(ctx, Form::Coverage, |ctx, i| {
        let disease = ctx.member_group(i, |ctx| {
            ctx.member_fact(
                i,
                "cond-special-disease",
                "special_disease",
                ctx.h.members[i].special_disease,
            )
        });
        let insured = scheme_is(
            ctx,
            i,
            "cond-insured",
            &[
                MedicalScheme::Resident,
                MedicalScheme::Employee,
                MedicalScheme::EmployeeFlexible,
            ],
        );
        let t = disease.and(insured);
        if t != Tri::True {
            return (t.outcome(), None);
        }
        let key = if ctx.h.members[i].medical_scheme == Some(MedicalScheme::Resident) {
            K::SpecialDiseaseCapResident
        } else {
            K::SpecialDiseaseCapEmployee
        };
        match ctx.num(key) {
            Some(cap) => (Outcome::Eligible, Some(Amount::at_most(cap, Period::Year))),
            None => (Outcome::Undetermined, None),
        }
    });
    // The cap is per person: a household sum would mean nothing.
    if ctx.members_paid() > 1 {
        e.amount = None;
    }
    e
}

/// MED-08, 6号 第15条: the inclusive supplementary insurance pays personal costs left after the three
/// layers, by the product's rules (entered from the slip).
pub fn supplementary_health_insurance(ctx: &mut Ctx<'_>) -> Eval {
    per_member(ctx, Form::Coverage, |ctx, i| {
        let m = &ctx.h.members[i];
        let enrolled = ctx.member_group(i, |ctx| {
            ctx.member_fact(
                i,
                "cond-supplementary-enrolled",
                "supplementary_insurance_enrolled",
                m.supplementary_insurance_enrolled,
            )
        });
        if enrolled != Tri::True {
            return (enrolled.outcome(), None);
        }
        let paid: Decimal = m.medical.iter().map(|e| e.supplementary_paid).sum();
        (
            Outcome::Eligible,
            (paid > Decimal::ZERO).then(|| Amount::exact(paid, Period::Year)),
        )
    })
}

/// The supplementary-insurance premium aid: premium × the aided share.
fn premium_aid(ctx: &mut Ctx<'_>) -> Option<Amount> {
    let premium = ctx.num(K::SuppInsPremium)?;
    let share = ctx.num(K::SuppInsPremiumAidRatio)?;
    Some(Amount::exact(premium * share, Period::Year))
}

/// MED-09, 6号 第19条: 「对全市医疗救助对象资助参加全民健康补充医疗保险」. The share is 「资助」 in the text;
/// the 98号 解读 says 全额 (the pack cites it). 医疗救助对象 are the groups of 6号 第14条 and the orphans
/// and de-facto unsupported children who 「按规定享受医疗救助待遇」 (98号 第10条).
pub fn supplementary_insurance_premium_subsidy(ctx: &mut Ctx<'_>) -> Eval {
    per_member(ctx, Form::Waiver, |ctx, i| {
        let group = ctx.member_group(i, |ctx| {
            ctx.any_of(|ctx| {
                let (aid, _) = aid_ratio(ctx, i);
                let orphan =
                    ctx.member_fact(i, "cond-orphan", "orphan", ctx.h.members[i].is_orphan());
                aid.or(orphan)
            })
        });
        if group != Tri::True {
            return (group.outcome(), None);
        }
        match premium_aid(ctx) {
            Some(a) => (Outcome::Eligible, Some(a)),
            None => (Outcome::Undetermined, None),
        }
    })
}

/// MED-27, 98号 第20条: 「由财政安排专项资金对困难群众资助参保」; disabled persons, veterans and hardship
/// workers may be aided by 残联, 退役军人 and 工会 (「鼓励」: refer).
pub fn supplementary_insurance_premium_aid_98(ctx: &mut Ctx<'_>) -> Eval {
    per_member(ctx, Form::Waiver, |ctx, i| {
        // The target group: 困难群众 and the special groups the clause names.
        let (mut k, mut special) = (Tri::Unknown, Tri::False);
        ctx.member_group(i, |ctx| {
            k = ctx.kunnan(i);
            if k == Tri::True {
                return k;
            }
            let m = &ctx.h.members[i];
            let disabled = ctx.member_fact(i, "cond-disabled", "disabled", m.disabled);
            let veteran = ctx.member_fact(i, "cond-veteran", "veteran", m.veteran);
            let worker = ctx.household_fact(
                "cond-hardship-worker-family",
                "hardship_worker_family",
                ctx.h.hardship_worker_family,
            );
            special = disabled.or(veteran).or(worker);
            k.or(special)
        });
        if k == Tri::True {
            return match premium_aid(ctx) {
                Some(a) => (Outcome::Eligible, Some(a)),
                None => (Outcome::Undetermined, None),
            };
        }
        match (k, special) {
            // Whether the premium is paid by 财政 is open: that decides before any referral.
            (Tri::Unknown, _) => (Outcome::Undetermined, None),
            (_, Tri::True) => (Outcome::Refer, None),
            (_, t) => (t.outcome(), None),
        }
    })
}

/// MED-10, 6号 第19条 and 98号 第10条: 「对困难群众、持证残疾人、孤儿及困境儿童参加城乡居民基本医保个人缴费部分给予
/// 全额补助」. The target group: resident-scheme members (asked first), of the groups named.
pub fn resident_medical_premium_subsidy(ctx: &mut Ctx<'_>) -> Eval {
    per_member(ctx, Form::Waiver, |ctx, i| {
        let resident = ctx.member_group(i, |ctx| {
            scheme_is(ctx, i, "cond-scheme-resident", &[MedicalScheme::Resident])
        });
        if resident != Tri::True {
            return (resident.outcome(), None);
        }
        let m = &ctx.h.members[i];
        let group = ctx.member_group(i, |ctx| {
            ctx.any_of(|ctx| {
                let k = ctx.kunnan(i);
                let disabled = ctx.member_fact(i, "cond-disabled", "disabled", m.disabled);
                let orphan = ctx.member_fact(i, "cond-orphan", "orphan", m.is_orphan());
                let vulnerable = ctx.member_fact(
                    i,
                    "cond-vulnerable-child",
                    "vulnerable_child",
                    m.vulnerable_child,
                );
                k.or(disabled).or(orphan).or(vulnerable)
            })
        });
        if group != Tri::True {
            return (group.outcome(), None);
        }
        match ctx.num(K::ResidentMedicalPremiumPersonal) {
            Some(p) => (Outcome::Eligible, Some(Amount::exact(p, Period::Year))),
            None => (Outcome::Undetermined, None),
        }
    })
}

/// MED-13, 98号 第2条: 「探索职工医保退休人员门诊起付线比在职职工适当降低」: no figure; refer. For
/// retired employees (the target group) in the employee scheme.
pub fn retiree_outpatient_deductible(ctx: &mut Ctx<'_>) -> Eval {
    per_member(ctx, Form::Coverage, |ctx, i| {
        let retired = ctx.member_group(i, |ctx| {
            ctx.member_fact(
                i,
                "cond-retired-employee",
                "retired_employee",
                ctx.h.members[i].retired_employee,
            )
        });
        let employee = scheme_is(
            ctx,
            i,
            "cond-scheme-employee",
            &[MedicalScheme::Employee, MedicalScheme::EmployeeFlexible],
        );
        match retired.and(employee) {
            Tri::True => (Outcome::Refer, None),
            t => (t.outcome(), None),
        }
    })
}

/// MED-14, 98号 第2条: 「患2种及以上慢性疾病的老年人当年门诊封顶限额适当上浮」: no figure; refer. 老年人 is
/// read as 60周岁以上 (98号 附表's 一老).
pub fn multi_chronic_elderly_outpatient_cap(ctx: &mut Ctx<'_>) -> Eval {
    per_member(ctx, Form::Coverage, |ctx, i| {
        let old = ctx.member_group(i, |ctx| ctx.age(i, "cond-age-60", Cmp::Ge, 60));
        let count = ctx.h.members[i].chronic_disease_count;
        if count.is_none() {
            ctx.miss_member(i, "chronic_disease_count");
        }
        let two = Tri::from_opt(count.map(|c| c >= 2));
        let two = ctx.check(
            Some(i),
            "cond-chronic-count",
            count.map_or(Val::None, |c| Val::Number(Decimal::from(c))),
            Cmp::Ge,
            Val::Number(Decimal::from(2)),
            two,
        );
        match old.and(two) {
            Tri::True => (Outcome::Refer, None),
            t => (t.outcome(), None),
        }
    })
}

/// MED-15, 98号 第3条: home sick-bed care 「按一次住院医疗费用结算，并执行社区卫生服务机构支付标准」. The
/// target group: insured members (asked first) with home sick-bed care.
pub fn home_hospital_bed(ctx: &mut Ctx<'_>) -> Eval {
    per_member(ctx, Form::Coverage, |ctx, i| {
        let insured = ctx.member_group(i, |ctx| {
            scheme_is(
                ctx,
                i,
                "cond-insured",
                &[
                    MedicalScheme::Resident,
                    MedicalScheme::Employee,
                    MedicalScheme::EmployeeFlexible,
                ],
            )
        });
        if insured != Tri::True {
            return (insured.outcome(), None);
        }
        let home = ctx.h.members[i]
            .medical
            .iter()
            .any(|e| e.setting == CareSetting::HomeBed);
        let t = ctx.member_group(i, |ctx| {
            ctx.check(
                Some(i),
                "cond-home-bed",
                Val::Bool(home),
                Cmp::Is,
                Val::None,
                Tri::from_bool(home),
            )
        });
        (t.outcome(), None)
    })
}

/// Personal burden of member `i` after medical aid and supplementary insurance: (out of pocket,
/// total cost). `None` without costs.
fn burden(ctx: &mut Ctx<'_>, i: usize, ratio: Decimal) -> Option<(Decimal, Decimal)> {
    let m = &ctx.h.members[i];
    let total: Decimal = m.medical.iter().map(|e| e.total).sum();
    if total.is_zero() {
        return None;
    }
    let paid: Decimal = m
        .medical
        .iter()
        .map(|e| e.basic_insurance_paid + e.critical_illness_paid + e.supplementary_paid)
        .sum();
    let remaining = compliant_remaining(ctx, i);
    let aid = aid_on(ctx, i, ratio, remaining);
    Some(((total - paid - aid).max(Decimal::ZERO), total))
}

/// Whether a 困难群众 member's burden is above the year's target (98号 一、工作目标): the targets are
/// about 困难群众 (低保, 低边, 特困 incl. 低收入农户; 6号 附则), the target group, so only they are flagged.
fn above_target(ctx: &mut Ctx<'_>, i: usize) -> (Outcome, Option<Amount>) {
    let kunnan = ctx.member_group(i, |ctx| ctx.kunnan(i));
    if kunnan != Tri::True {
        return (kunnan.outcome(), None);
    }
    let (_, ratio) = aid_ratio(ctx, i);
    let Some(ratio) = ratio else {
        return (Outcome::Undetermined, None);
    };
    let Some((oop, total)) = burden(ctx, i, ratio) else {
        let t = ctx.check(
            Some(i),
            "cond-medical-costs",
            Val::Bool(false),
            Cmp::Is,
            Val::None,
            Tri::False,
        );
        return (t.outcome(), None);
    };
    let Some(target) = ctx.num(K::MedicalBurdenTarget) else {
        return (Outcome::Undetermined, None);
    };
    let rate = oop / total;
    // 「个人负担率控制在20%以内」: 以内 includes the number, so only a rate above the target is flagged.
    let over = ctx.check(
        Some(i),
        "cond-burden-rate",
        Val::Number(rate.round_dp(4)),
        Cmp::Gt,
        Val::Number(target),
        Tri::from_bool(rate > target),
    );
    ctx.check(
        Some(i),
        "cond-out-of-pocket",
        Val::Money(oop),
        Cmp::Ge,
        Val::Money(Decimal::ZERO),
        Tri::True,
    );
    match over {
        Tri::True => (Outcome::Refer, None),
        t => (t.outcome(), None),
    }
}

/// MED-29, 98号 一、工作目标: a 困难群众 member whose personal burden is above the year's target
/// (20% by end-2023, 15% by 2025; none stated for 2024) is flagged. A flag, not an entitlement.
pub fn burden_targets(ctx: &mut Ctx<'_>) -> Eval {
    per_member(ctx, Form::InKind, above_target)
}

/// MED-06, 6号 第15条: the county 慈善医疗救助共富基金 for 「高额医疗费用化解」: referred when the burden is
/// above the target.
pub fn charity_medical_fund(ctx: &mut Ctx<'_>) -> Eval {
    per_member(ctx, Form::InKind, above_target)
}

/// MED-28, 98号 第18–19条: 「实现困难群众高额医疗费用动态清零」, a household cost ceiling 「探索」: referred
/// when the burden is above the target.
pub fn oop_cap_household_explore(ctx: &mut Ctx<'_>) -> Eval {
    per_member(ctx, Form::InKind, above_target)
}
