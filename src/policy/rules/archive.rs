//! Expired measures, kept as dated history: 温政办〔2022〕94号 《温州市支持企业“留员工、稳生产、开门红”工作
//! 方案》, in force from its issue on 2022-12-22 to 2023-06-30 (「本政策自印发之日起施行，有效期至2023年6月30日」).
//! The engine runs these rules only for assessment dates in that period; the amounts are dated
//! parameters of the same period.

use super::per_member;
use crate::engine::{Amount, Cmp, Ctx, Eval, Form, Outcome, Period, Tri, Val};
use crate::household::{Origin, ResidencePermit, SpringFestival2023};
use crate::policy::ParamKey as K;

/// Code of an origin.
fn origin_code(o: Origin) -> &'static str {
    match o {
        Origin::Wenzhou => "origin-wenzhou",
        Origin::Zhejiang => "origin-zhejiang",
        Origin::EastChina => "origin-east-china",
        Origin::Elsewhere => "origin-elsewhere",
    }
}

/// The member's Spring Festival 2023 record as a test (absent: not a worker concerned by 94号): the
/// target group of every 94号 rule.
fn worker(ctx: &mut Ctx<'_>, i: usize) -> Option<SpringFestival2023> {
    let r = ctx.h.members[i].spring_festival_2023.clone();
    ctx.member_group(i, |ctx| {
        ctx.check(
            Some(i),
            "cond-p94-worker",
            Val::Bool(r.is_some()),
            Cmp::Is,
            Val::None,
            Tri::from_bool(r.is_some()),
        )
    });
    r
}

/// Where the worker comes from: by the first four digits of the ID number when it is recorded
/// (「外地以身份证前4位为准」), otherwise the record's `origin`.
fn origin(ctx: &mut Ctx<'_>, i: usize, r: &SpringFestival2023) -> Option<Origin> {
    let from_id = ctx.h.members[i]
        .id_number
        .as_deref()
        .and_then(Origin::from_id_number);
    let o = from_id.or(r.origin);
    if o.is_none() {
        ctx.miss_member(i, "spring_festival_2023.origin");
    }
    o
}

/// 外地: not from Wenzhou by the ID number; part of the target group (「外地员工」).
fn non_local(ctx: &mut Ctx<'_>, i: usize, o: Option<Origin>) -> Tri {
    ctx.member_group(i, |ctx| {
        ctx.check(
            Some(i),
            "cond-p94-non-local",
            o.map_or(Val::None, |o| Val::Code(origin_code(o))),
            Cmp::Is,
            Val::None,
            Tri::from_opt(o.map(|o| o != Origin::Wenzhou)),
        )
    })
}

/// P94-01, 94号 第10条: 「对自行返岗就业的外地参保员工（外地以身份证前4位为准，2023年1月和2月参加职工养老保险）给予返岗
/// 交通补贴，通过企业代为办理并向属地政府申报，补贴标准为市外省内50元/人、华东地区150元/人、华东以外地区200元/人」.
///
/// The employer must be a 市区 enterprise (附则 第1点). The band follows the origin by ID number (华东:
/// 上海、江苏、安徽、福建、江西、山东 besides Zhejiang). One-off, claimed through the employer.
pub fn return_to_work_transport_subsidy(ctx: &mut Ctx<'_>) -> Eval {
    per_member(ctx, Form::Cash, |ctx, i| {
        let Some(r) = worker(ctx, i) else {
            return (Outcome::Ineligible, None);
        };
        let o = origin(ctx, i, &r);
        let outside = non_local(ctx, i, o);
        if outside == Tri::False {
            return (Outcome::Ineligible, None);
        }
        let returned = ctx.member_fact(
            i,
            "cond-p94-returned-on-own",
            "spring_festival_2023.returned_on_own",
            r.returned_on_own,
        );
        let insured = ctx.member_fact(
            i,
            "cond-p94-pension-jan-feb",
            "spring_festival_2023.pension_jan_feb_2023",
            r.pension_jan_feb_2023,
        );
        let employer = ctx.member_fact(
            i,
            "cond-p94-employer-shiqu",
            "spring_festival_2023.employer_in_shiqu",
            r.employer_in_shiqu,
        );
        let eligible = outside.and(returned).and(insured).and(employer);
        if eligible != Tri::True {
            return (eligible.outcome(), None);
        }
        let key = match o {
            Some(Origin::Zhejiang) => K::P94TransportZhejiang,
            Some(Origin::EastChina) => K::P94TransportEastChina,
            Some(Origin::Elsewhere) => K::P94TransportElsewhere,
            Some(Origin::Wenzhou) | None => return (Outcome::Undetermined, None),
        };
        match ctx.num(key) {
            Some(v) => (Outcome::Eligible, Some(Amount::exact(v, Period::Once))),
            None => (Outcome::Undetermined, None),
        }
    })
}

/// P94-02, 94号 第10条: 「对跨省就业的对口帮扶地区脱贫人口按规定发放一次性交通补助」. 「按规定」: no amount, `refer`.
/// Cross-province: the origin is outside Zhejiang.
pub fn cross_province_poverty_transport(ctx: &mut Ctx<'_>) -> Eval {
    per_member(ctx, Form::Cash, |ctx, i| {
        let Some(r) = worker(ctx, i) else {
            return (Outcome::Ineligible, None);
        };
        let paired = ctx.member_group(i, |ctx| {
            ctx.member_fact(
                i,
                "cond-p94-paired-region",
                "spring_festival_2023.paired_region_poverty_alleviated",
                r.paired_region_poverty_alleviated,
            )
        });
        if paired == Tri::False {
            return (Outcome::Ineligible, None);
        }
        let o = origin(ctx, i, &r);
        let cross = ctx.check(
            Some(i),
            "cond-p94-cross-province",
            o.map_or(Val::None, |o| Val::Code(origin_code(o))),
            Cmp::Is,
            Val::None,
            Tri::from_opt(o.map(|o| matches!(o, Origin::EastChina | Origin::Elsewhere))),
        );
        match paired.and(cross) {
            Tri::True => (Outcome::Refer, None),
            t => (t.outcome(), None),
        }
    })
}

/// P94-03, 94号 第2条: 「对持有温州公安机关签发有效期内《浙江省居住证》且留温过年的外地员工，给予5分的新居民积分奖励」;
/// 留温 is 「2023年1月6日至2月5日未离开温州市」 (第1条). Points, not money: in kind, the points in the trace.
pub fn new_resident_points(ctx: &mut Ctx<'_>) -> Eval {
    per_member(ctx, Form::InKind, |ctx, i| {
        let Some(r) = worker(ctx, i) else {
            return (Outcome::Ineligible, None);
        };
        let o = origin(ctx, i, &r);
        let outside = non_local(ctx, i, o);
        if outside == Tri::False {
            return (Outcome::Ineligible, None);
        }
        let stayed = ctx.member_fact(
            i,
            "cond-p94-stayed",
            "spring_festival_2023.stayed_in_wenzhou",
            r.stayed_in_wenzhou,
        );
        let permit = ctx.h.members[i].residence_permit;
        let permit = ctx.member_fact(
            i,
            "cond-wenzhou-residence-permit",
            "residence_permit",
            permit.map(|p| p == ResidencePermit::Wenzhou),
        );
        let eligible = outside.and(stayed).and(permit);
        if eligible != Tri::True {
            return (eligible.outcome(), None);
        }
        match ctx.num(K::P94ResidencePoints) {
            Some(points) => {
                ctx.check(
                    Some(i),
                    "cond-p94-points",
                    Val::Number(points),
                    Cmp::Eq,
                    Val::Number(points),
                    Tri::True,
                );
                (Outcome::Eligible, None)
            }
            None => (Outcome::Undetermined, None),
        }
    })
}
