//! House-expropriation relocation fees in 市区: 温政发〔2024〕11号 关于公布2024-2026年温州市区国有土地上
//! 房屋征收临时安置费和搬迁费标准的通知 (seed 003 L140–247; rules-other §E, E1–E3).
//!
//! The notice publishes bands per district and use; each project's 补偿方案 fixes the rate within the
//! band (「各区、功能区可根据本通知公布的标准范围，在房屋征收与补偿方案中确定具体的临时安置费和搬迁费标准」). The rules
//! take the project's rate as a fact, check it against the band of the table in force on the date of
//! the 征收决定, and never assume a rate (not the maximum, not the middle).
//!
//! Periods: 11号's standard applies to decisions dated 2024-03-05 → 2026-03-04 (the document's own
//! period). A decision dated 2022-03-05 → 2024-03-04 falls under the predecessor 温政发〔2022〕8号 (seed
//! 004 L1641–1830), which is not a catalogued document: such a case is referred, naming 8号, without
//! an amount. Any other decision date, or a project outside 市区, is not covered by 11号.

use chrono::NaiveDate;
use rust_decimal::Decimal;

use super::{result, stop, undetermined};
use crate::engine::{Amount, Cmp, Ctx, Eval, Form, Outcome, Period, Tri, Val};
use crate::household::{BuildingUse, ReloDistrict, Relocation};
use crate::policy::ParamKey as K;

/// The first and last decision dates of the predecessor standard, 温政发〔2022〕8号: 「2022年3月5日至2024年3月
/// 4日临时安置费和搬迁费标准按照本通知规定执行」 (seed 004 L1653–1657).
fn predecessor_period() -> Option<(NaiveDate, NaiveDate)> {
    Some((
        NaiveDate::from_ymd_opt(2022, 3, 5)?,
        NaiveDate::from_ymd_opt(2024, 3, 4)?,
    ))
}

/// The decision dates 温政发〔2024〕11号's standards govern: 「2024年3月5日至2026年3月4日临时安置费和搬迁费
/// 标准按照本通知规定执行」 (seed 003 L150). A clause of the text, not the document's period on the set:
/// a notice that continues 11号 keeps its rules running, but which decisions its standards govern is
/// for the notice to say in its own values.
fn current_period() -> Option<(NaiveDate, NaiveDate)> {
    Some((
        NaiveDate::from_ymd_opt(2024, 3, 5)?,
        NaiveDate::from_ymd_opt(2026, 3, 4)?,
    ))
}

/// Which standard the decision date falls under.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Standard {
    /// 11号 (2024-03-05 → 2026-03-04).
    Current,
    /// 8号 (2022-03-05 → 2024-03-04): not catalogued, refer.
    Predecessor,
    /// Neither.
    None,
}

/// The record, recorded as a condition: a household with a relocation (征收) record is the target
/// group of every rule here.
fn record<'a>(ctx: &mut Ctx<'a>) -> Option<&'a Relocation> {
    let h = ctx.h;
    let r = h.relocation.as_ref();
    ctx.group(|ctx| {
        ctx.check(
            None,
            "cond-reloc-record",
            Val::Bool(r.is_some()),
            Cmp::Is,
            Val::None,
            Tri::from_bool(r.is_some()),
        )
    });
    r
}

/// E3's checks, shared by E1 and E2: the project is in 市区 (part of the target group: 11号 is for 市区
/// only; E3 refers a county project before asking), and the standard in force on the decision date.
/// `Err` carries the outcome that stops the rule.
fn territory_and_period(ctx: &mut Ctx<'_>, r: &Relocation) -> Result<Standard, Outcome> {
    if r.district.is_none() {
        ctx.miss(crate::engine::MissingWhat::Household {
            field: "relocation.district",
        });
    }
    let shiqu = ctx.group(|ctx| {
        ctx.check(
            None,
            "cond-reloc-in-shiqu",
            r.district.map_or(Val::None, |d| Val::Code(d.code())),
            Cmp::Is,
            Val::None,
            Tri::from_opt(r.district.map(|d| d != ReloDistrict::County)),
        )
    });
    let Some(decided) = r.decision_date else {
        ctx.miss(crate::engine::MissingWhat::Household {
            field: "relocation.decision_date",
        });
        return Err(match shiqu {
            Tri::False => Outcome::Ineligible,
            _ => Outcome::Undetermined,
        });
    };
    let Some((from, to)) = current_period() else {
        return Err(Outcome::Undetermined);
    };
    let current = decided >= from && decided <= to;
    let predecessor = predecessor_period().is_some_and(|(f, t)| decided >= f && decided <= t);
    let standard = if current {
        Standard::Current
    } else if predecessor {
        Standard::Predecessor
    } else {
        Standard::None
    };
    ctx.check(
        None,
        "cond-reloc-decision-from",
        Val::Date(decided),
        Cmp::Ge,
        Val::Date(from),
        Tri::from_bool(decided >= from),
    );
    ctx.check(
        None,
        "cond-reloc-decision-to",
        Val::Date(decided),
        Cmp::Le,
        Val::Date(to),
        Tri::from_bool(decided <= to),
    );
    if standard == Standard::Predecessor {
        ctx.check(
            None,
            "cond-reloc-predecessor-8",
            Val::Date(decided),
            Cmp::Is,
            Val::None,
            Tri::True,
        );
    }
    match (shiqu, standard) {
        (Tri::False, _) | (_, Standard::None) => Err(Outcome::Ineligible),
        (Tri::Unknown, _) => Err(Outcome::Undetermined),
        (Tri::True, s) => Ok(s),
    }
}

/// The use of the building, recorded.
fn building_use(
    ctx: &mut Ctx<'_>,
    r: &Relocation,
    key: &'static str,
    wanted: &[BuildingUse],
) -> Tri {
    if r.building_use.is_none() {
        ctx.miss(crate::engine::MissingWhat::Household {
            field: "relocation.building_use",
        });
    }
    ctx.check(
        None,
        key,
        r.building_use.map_or(Val::None, |u| Val::Code(u.code())),
        Cmp::Is,
        Val::None,
        Tri::from_opt(r.building_use.map(|u| wanted.contains(&u))),
    )
}

/// The band keys (lower, upper) of 附件1–5 for a district and a use with a published band.
fn band_keys(d: ReloDistrict, u: BuildingUse) -> Option<(K, K)> {
    use BuildingUse as U;
    use ReloDistrict as D;
    Some(match (d, u) {
        (D::Lucheng, U::Residential) => (
            K::RelocTempLuchengResidentialMin,
            K::RelocTempLuchengResidentialMax,
        ),
        (D::Lucheng, U::Office) => (K::RelocTempLuchengOfficeMin, K::RelocTempLuchengOfficeMax),
        (D::Lucheng, U::Industrial) => (
            K::RelocTempLuchengIndustrialMin,
            K::RelocTempLuchengIndustrialMax,
        ),
        (D::Longwan, U::Residential) => (
            K::RelocTempLongwanResidentialMin,
            K::RelocTempLongwanResidentialMax,
        ),
        (D::Longwan, U::Office) => (K::RelocTempLongwanOfficeMin, K::RelocTempLongwanOfficeMax),
        (D::Longwan, U::Industrial) => (
            K::RelocTempLongwanIndustrialMin,
            K::RelocTempLongwanIndustrialMax,
        ),
        (D::Ouhai, U::Residential) => (
            K::RelocTempOuhaiResidentialMin,
            K::RelocTempOuhaiResidentialMax,
        ),
        (D::Ouhai, U::Office) => (K::RelocTempOuhaiOfficeMin, K::RelocTempOuhaiOfficeMax),
        (D::Ouhai, U::Industrial) => (
            K::RelocTempOuhaiIndustrialMin,
            K::RelocTempOuhaiIndustrialMax,
        ),
        (D::Dongtou, U::Residential) => (
            K::RelocTempDongtouResidentialMin,
            K::RelocTempDongtouResidentialMax,
        ),
        (D::Dongtou, U::Office) => (K::RelocTempDongtouOfficeMin, K::RelocTempDongtouOfficeMax),
        (D::Dongtou, U::Industrial) => (
            K::RelocTempDongtouIndustrialMin,
            K::RelocTempDongtouIndustrialMax,
        ),
        // 灵昆、昆鹏街道 are excluded from 附件4 (洞头) and lie in the 海经区 (附件5).
        (D::MarineEconomyZone | D::LingkunKunpeng, U::Residential) => (
            K::RelocTempMarineResidentialMin,
            K::RelocTempMarineResidentialMax,
        ),
        (D::MarineEconomyZone | D::LingkunKunpeng, U::Office) => {
            (K::RelocTempMarineOfficeMin, K::RelocTempMarineOfficeMax)
        }
        (D::MarineEconomyZone | D::LingkunKunpeng, U::Industrial) => (
            K::RelocTempMarineIndustrialMin,
            K::RelocTempMarineIndustrialMax,
        ),
        _ => return None,
    })
}

/// A number fact of the record, recorded as missing when absent.
fn fact(ctx: &mut Ctx<'_>, field: &'static str, v: Option<Decimal>) -> Option<Decimal> {
    if v.is_none() {
        ctx.miss(crate::engine::MissingWhat::Household { field });
    }
    v
}

/// E1 临时安置费, 11号 附件1–5: 「单位：元/平方米·月」 bands per district for 住宅用房、办公用房、工业用房(含仓储用房);
/// 「注：营业用房等房屋征收临时安置费按实评估」.
///
/// fee = project rate × floor area × months, the rate within the band of the district and use
/// (inclusive). A rate outside the band is not a valid 11号 rate: `ineligible`, naming the band. 营业用房
/// and other uses are assessed case by case: `refer`. The area and the months are those of the
/// project's 补偿方案 (not in the seeds).
pub fn reloc_temporary_resettlement_fee(ctx: &mut Ctx<'_>) -> Eval {
    let Some(r) = record(ctx) else {
        return result(Outcome::Ineligible, None, Form::Cash);
    };
    let standard = match territory_and_period(ctx, r) {
        Ok(s) => s,
        Err(o) => return result(o, None, Form::Cash),
    };
    let banded = building_use(
        ctx,
        r,
        "cond-reloc-use-banded",
        &[
            BuildingUse::Residential,
            BuildingUse::Office,
            BuildingUse::Industrial,
        ],
    );
    if banded == Tri::False {
        // 按实评估.
        return result(Outcome::Refer, None, Form::Cash);
    }
    if standard == Standard::Predecessor {
        return result(Outcome::Refer, None, Form::Cash);
    }
    let (Some(district), Some(use_)) = (r.district, r.building_use) else {
        return undetermined(Form::Cash);
    };
    let Some((lo_key, hi_key)) = band_keys(district, use_) else {
        return undetermined(Form::Cash);
    };
    let (Some(lo), Some(hi)) = (ctx.num(lo_key), ctx.num(hi_key)) else {
        return undetermined(Form::Cash);
    };
    let Some(rate) = fact(ctx, "relocation.temp_rate", r.temp_rate) else {
        return undetermined(Form::Cash);
    };
    let above = ctx.check(
        None,
        "cond-reloc-rate-min",
        Val::Number(rate),
        Cmp::Ge,
        Val::Number(lo),
        Tri::from_bool(rate >= lo),
    );
    let below = ctx.check(
        None,
        "cond-reloc-rate-max",
        Val::Number(rate),
        Cmp::Le,
        Val::Number(hi),
        Tri::from_bool(rate <= hi),
    );
    if let Some(e) = stop(above.and(below), Form::Cash) {
        return e;
    }
    let area = fact(ctx, "relocation.floor_area_m2", r.floor_area_m2);
    let months = r.transition_months.map(Decimal::from);
    let months = fact(ctx, "relocation.transition_months", months);
    let (Some(area), Some(months)) = (area, months) else {
        return undetermined(Form::Cash);
    };
    result(
        Outcome::Eligible,
        Some(Amount::exact(rate * area * months, Period::Once)),
        Form::Cash,
    )
}

/// E2 搬迁费, 11号 附件1–5: 「征收住宅用房、办公用房、营业用房搬迁费标准按15元/平方米计算。征收住宅用房的搬迁费每户
/// 不低于1000元。工业用房等房屋征收搬迁费按实评估。」
///
/// fee per move = 15 × area, for 住宅 at least 1,000; times the moves the 补偿方案 pays. Reading: the
/// 1,000 floor applies to each move (each move is a 搬迁; rules-other E2's default). 工业用房 and other
/// uses: `refer`.
pub fn reloc_moving_fee(ctx: &mut Ctx<'_>) -> Eval {
    let Some(r) = record(ctx) else {
        return result(Outcome::Ineligible, None, Form::Cash);
    };
    let standard = match territory_and_period(ctx, r) {
        Ok(s) => s,
        Err(o) => return result(o, None, Form::Cash),
    };
    let rated = building_use(
        ctx,
        r,
        "cond-reloc-use-moving-rated",
        &[
            BuildingUse::Residential,
            BuildingUse::Office,
            BuildingUse::Business,
        ],
    );
    match rated {
        Tri::False => return result(Outcome::Refer, None, Form::Cash),
        Tri::Unknown => return undetermined(Form::Cash),
        Tri::True => {}
    }
    if standard == Standard::Predecessor {
        return result(Outcome::Refer, None, Form::Cash);
    }
    let (Some(rate), Some(floor)) = (
        ctx.num(K::RelocMovingRate),
        ctx.num(K::RelocMovingMinResidential),
    ) else {
        return undetermined(Form::Cash);
    };
    let area = fact(ctx, "relocation.floor_area_m2", r.floor_area_m2);
    let moves = fact(ctx, "relocation.moves", r.moves.map(Decimal::from));
    let (Some(area), Some(moves)) = (area, moves) else {
        return undetermined(Form::Cash);
    };
    let mut per_move = rate * area;
    if r.building_use == Some(BuildingUse::Residential) {
        ctx.check(
            None,
            "cond-reloc-moving-floor",
            Val::Money(per_move),
            Cmp::Ge,
            Val::Money(floor),
            Tri::from_bool(per_move >= floor),
        );
        per_move = per_move.max(floor);
    }
    result(
        Outcome::Eligible,
        Some(Amount::exact(per_move * moves, Period::Once)),
        Form::Cash,
    )
}

/// E3 适用期间与区域校验, 11号 正文: 「2024年3月5日至2026年3月4日临时安置费和搬迁费标准按照本通知规定执行」, for
/// 市区's districts and 功能区 (附件1–5; 洞头 「不含灵昆和昆鹏街道」, which are in 附件5). `eligible`: 11号's
/// standard applies to the project; `refer`: the decision falls under 8号 (not catalogued) or the
/// project is in a county (its own rules) — use the project's 补偿方案; `ineligible`: a decision date
/// outside both published periods.
pub fn reloc_validity_and_territory_check(ctx: &mut Ctx<'_>) -> Eval {
    let Some(r) = record(ctx) else {
        return result(Outcome::Ineligible, None, Form::InKind);
    };
    if r.district == Some(ReloDistrict::County) {
        ctx.check(
            None,
            "cond-reloc-in-shiqu",
            Val::Code(ReloDistrict::County.code()),
            Cmp::Is,
            Val::None,
            Tri::False,
        );
        return result(Outcome::Refer, None, Form::InKind);
    }
    match territory_and_period(ctx, r) {
        Ok(Standard::Current) => result(Outcome::Eligible, None, Form::InKind),
        Ok(_) => result(Outcome::Refer, None, Form::InKind),
        Err(o) => result(o, None, Form::InKind),
    }
}
