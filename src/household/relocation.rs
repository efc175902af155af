//! A house expropriation on state-owned land in 市区 for 温政发〔2024〕11号 (rules-other §E): the
//! project's district and rates, the building's use and floor area, the transition.
//!
//! The project's district is where the expropriated building stands: it is not the household's
//! hukou area. The project rate is the one fixed by the project's 房屋征收与补偿方案 (11号: 「各区、功能区
//! 可根据本通知公布的标准范围，在房屋征收与补偿方案中确定具体的临时安置费和搬迁费标准」); the rules check it
//! against the band and never assume one.

use chrono::NaiveDate;
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use super::load::LoadError;

/// An expropriation of the household's building (11号); absent on a household: none.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Relocation {
    /// 征收项目所在区 (鹿城, 龙湾 (温州湾新区), 瓯海, 洞头 (不含灵昆、昆鹏街道), 灵昆/昆鹏街道, 海经区), or a
    /// county (not covered by 11号).
    pub district: Option<ReloDistrict>,
    /// 被征收房屋用途: 住宅、办公、工业(含仓储)、营业, or other.
    pub building_use: Option<BuildingUse>,
    /// 被征收房屋面积 (㎡) that the 补偿方案 uses for the fees.
    pub floor_area_m2: Option<Decimal>,
    /// 临时安置费 rate fixed by the project's 补偿方案 (元/㎡·月).
    pub temp_rate: Option<Decimal>,
    /// Months of 临时安置费 paid (过渡期, or the months the 补偿方案 pays to a household taking cash).
    pub transition_months: Option<u32>,
    /// Number of moves the 补偿方案 pays 搬迁费 for (1: cash compensation or direct move; 2: transition
    /// then moving into the replacement flat).
    pub moves: Option<u32>,
    /// Date of the 房屋征收决定 (or of the agreement): the standard in force on it applies.
    pub decision_date: Option<NaiveDate>,
}

/// Where the expropriation project is (11号 附件1–5).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum ReloDistrict {
    /// 鹿城区 (附件1).
    Lucheng,
    /// 龙湾区 (温州湾新区) (附件2).
    Longwan,
    /// 瓯海区 (附件3).
    Ouhai,
    /// 洞头区, 不含灵昆和昆鹏街道 (附件4).
    Dongtou,
    /// 灵昆街道 or 昆鹏街道: excluded from 附件4, within 温州海洋经济发展示范区 (附件5).
    LingkunKunpeng,
    /// 温州海洋经济发展示范区 (附件5).
    MarineEconomyZone,
    /// A county or county-level city (乐清, 瑞安, 永嘉, 平阳, 苍南, 文成, 泰顺, 龙港): not 市区.
    County,
}

impl ReloDistrict {
    /// Message code.
    #[must_use]
    pub fn code(self) -> &'static str {
        match self {
            ReloDistrict::Lucheng => "reloc-lucheng",
            ReloDistrict::Longwan => "reloc-longwan",
            ReloDistrict::Ouhai => "reloc-ouhai",
            ReloDistrict::Dongtou => "reloc-dongtou",
            ReloDistrict::LingkunKunpeng => "reloc-lingkun-kunpeng",
            ReloDistrict::MarineEconomyZone => "reloc-marine-zone",
            ReloDistrict::County => "reloc-county",
        }
    }
}

/// 被征收房屋用途.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum BuildingUse {
    /// 住宅用房.
    Residential,
    /// 办公用房.
    Office,
    /// 工业用房 (含仓储用房).
    Industrial,
    /// 营业用房.
    Business,
    /// Other uses (「营业用房等」「工业用房等」: 按实评估).
    Other,
}

impl BuildingUse {
    /// Message code.
    #[must_use]
    pub fn code(self) -> &'static str {
        match self {
            BuildingUse::Residential => "reloc-use-residential",
            BuildingUse::Office => "reloc-use-office",
            BuildingUse::Industrial => "reloc-use-industrial",
            BuildingUse::Business => "reloc-use-business",
            BuildingUse::Other => "reloc-use-other",
        }
    }
}

impl Relocation {
    /// Validates the record: no negative area or rate.
    pub(crate) fn validate(&self) -> Result<(), LoadError> {
        for (field, v) in [
            ("floor_area_m2", self.floor_area_m2),
            ("temp_rate", self.temp_rate),
        ] {
            if let Some(v) = v
                && v.is_sign_negative()
                && !v.is_zero()
            {
                return Err(LoadError::Negative {
                    path: format!("relocation.{field}"),
                    value: v,
                });
            }
        }
        Ok(())
    }
}
