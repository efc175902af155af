//! The facts about a household that an officer records: members, their statuses, incomes, housing,
//! schooling, insurance and medical costs.
//!
//! Every fact that can decide an outcome is an `Option`: `None` (absent or `null` in JSON) means
//! *unknown*, and the engine answers `undetermined` for any rule that the unknown fact decides. A fact
//! is never defaulted silently. The records of the rarer programmes (`records`: rehabilitation,
//! mental illness, family planning, employment…) are the one exception, documented there: an absent
//! record means there is nothing of that kind, as for `housing.dilapidated_renovation`.
//!
//! This module holds plain data and its validation. It knows nothing of rules, parameters or the UI.

mod area;
mod caseload;
mod declared;
mod elderly_services;
mod good_samaritan;
mod id_number;
mod income;
mod load;
mod medical;
mod member;
mod records;
mod relocation;
mod special_education;

pub use area::Area;
pub use caseload::{
    CaseloadError, CaseloadKind, LeftOut, Loaded, read_caseload, read_parquet_caseload,
};
pub use id_number::{IdInfo, IdNumberError, mask_id_number, mask_name, parse_id_number};
pub use income::{IncomeItem, IncomeKind, IncomePeriod};
pub use load::{LoadError, parse_household};
pub use medical::{CareSetting, MedicalEpisode, MedicalScheme};
pub use member::{
    DisabilityCategory, JuniorHighGraduate, Member, OrphanStatus, Relationship, SchoolLevel,
    SelfCare, Sex, TekunSupport,
};
pub use records::{
    AssistiveDevice, BusinessKind, CareDependency, ChildRehab, ElderlyCareSetting, FallenCause,
    FallenServiceMember, FlexibleEmployment, FpFamily, Graduate, LoanGroup, LtcAssessment,
    MentalIllness, Origin, RehabKind, ResidencePermit, RiskClass, SpringFestival2023, Startup,
    Unemployment, VeteranCategory, WelfarePost,
};

pub use declared::{DeclaredBenefit, DeclaredPeriod};
pub use elderly_services::{CapabilityLevel, DementiaLevel, ElderlyServices};
pub use good_samaritan::{
    ActOutcome, Award, GoodSamaritan, GsEmployment, MartyrStatus, Revocation,
};
pub use relocation::{BuildingUse, ReloDistrict, Relocation};
pub use special_education::{SpecialEducation, SpedPlacement};

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

/// One household as recorded for an assessment.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Household {
    /// Free reference of the case (not personal data).
    #[serde(default)]
    pub reference: Option<String>,
    /// Hukou (户籍) area of the household.
    #[serde(default)]
    pub hukou_area: Option<Area>,
    /// Whether the hukou is rural (农村), for the rural housing rules.
    #[serde(default)]
    pub rural: Option<bool>,
    /// Household status recognised by 民政 (低保 / 低边 / none).
    #[serde(default)]
    pub status: Option<HouseholdStatus>,
    /// 低收入农户: a household label of the rural-affairs department (6号 附则: part of 困难群众).
    #[serde(default)]
    pub low_income_farmer: Option<bool>,
    /// 建档困难职工家庭: registered by the trade union (6号 第8条).
    #[serde(default)]
    pub hardship_worker_family: Option<bool>,
    /// 计生困难家庭: family-planning hardship family recognised by 卫健 (6号 第18条).
    #[serde(default)]
    pub fp_hardship_family: Option<bool>,
    /// 优抚家庭 / 优抚对象 receiving national regular 抚恤补助 (6号 第10, 11条).
    #[serde(default)]
    pub youfu_family: Option<bool>,
    /// Other special hardship recognised by the county government (县级人民政府认定的其他特殊困难人员,
    /// 6号 第14条), e.g. 支出型贫困 or 见义勇为人员.
    #[serde(default)]
    pub county_special_hardship: Option<bool>,
    /// The 低保/低边 household breaches the limits because of a first-time subscription of capital to
    /// an enterprise (「因首次企业认缴超标」, 6号 第1条): it may have the one-year 渐退期 (INC-02).
    #[serde(default)]
    pub first_enterprise_subscription_over: Option<bool>,
    /// A sudden event, accident or major illness has left the household in hardship (6号 第2条).
    #[serde(default)]
    pub hardship_event: Option<bool>,
    /// A complex case that existing assistance cannot solve (一事一议, 6号 第2条).
    #[serde(default)]
    pub complex_case: Option<bool>,
    /// The family-planning situations of 6号 第7条 recognised by 卫健; absent: none.
    #[serde(default)]
    pub fp_family: Option<FpFamily>,
    /// A service member of the family who died (the household are the 遗属, 6号 第4条); absent: none.
    #[serde(default)]
    pub fallen_service_member: Option<FallenServiceMember>,
    /// Housing situation.
    #[serde(default)]
    pub housing: Housing,
    /// Utility connections, for the free quotas of 6号 第20条.
    #[serde(default)]
    pub utilities: Utilities,
    /// An expropriation of the household's building (温政发〔2024〕11号); absent: none.
    #[serde(default)]
    pub relocation: Option<Relocation>,
    /// Benefits the household says it already receives (已享受待遇); absent: none declared.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub declared: Vec<DeclaredBenefit>,
    /// The members, applicant first by convention.
    pub members: Vec<Member>,
}

/// Household status recognised by the civil-affairs department (6号 附则 第1点).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum HouseholdStatus {
    /// 最低生活保障家庭 (低保).
    Dibao,
    /// 最低生活保障边缘家庭 (低边).
    Dibian,
    /// Neither.
    None,
}

/// Where and how the household lives.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Housing {
    /// How the household is housed now.
    #[serde(default)]
    pub tenure: Option<Tenure>,
    /// Whether any member owns housing in 市区 (6号 第11条 「在市区无房」).
    #[serde(default)]
    pub owns_housing_in_shiqu: Option<bool>,
    /// Building floor area (建筑面积) of the housing the household owns, in ㎡.
    #[serde(default)]
    pub owned_floor_area_m2: Option<Decimal>,
    /// Rent actually paid, 元 per month (market rent or public-rental rent).
    #[serde(default)]
    pub rent_monthly: Option<Decimal>,
    /// The household passes 住建's housing-security income and asset test (其他保障家庭, 6号 第11条).
    #[serde(default)]
    pub housing_security_eligible: Option<bool>,
    /// The household belongs to a priority group for in-kind public rental (6号 第10条) other than
    /// 低保/低边 without housing, e.g. a lone elderly person (孤寡老年人), an adult orphan, 见义勇为伤残人员,
    /// 英雄模范, 市级以上劳动模范, 计生特殊困难家庭, or a household whose main labourer lost the ability to work.
    #[serde(default)]
    pub rental_priority_group: Option<bool>,
    /// A recognised dangerous-house (危房) renovation of a rural hardship household (6号 第12条).
    #[serde(default)]
    pub dilapidated_renovation: Option<Renovation>,
    /// A 安居圆梦 project of a 低收入农户 household: relocation, self-build, purchase or rebuild (6号 第12条).
    #[serde(default)]
    pub anju_project: Option<bool>,
}

/// How a household is housed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Tenure {
    /// Lives in housing it owns.
    Owned,
    /// Rents on the private market.
    MarketRental,
    /// Lives in public rental housing (公共租赁住房).
    PublicRental,
    /// Other (with relatives, employer dormitory…).
    Other,
}

/// A dangerous-house renovation (危房改造).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Renovation {
    /// New build (新建) or repair (修缮).
    pub kind: RenovationKind,
    /// Floor area of the new build, ㎡ (「新建每户原则上不超过100平方米」).
    #[serde(default)]
    pub floor_area_m2: Option<Decimal>,
    /// The house is recognised as dangerous and the household meets the assistance conditions.
    #[serde(default)]
    pub recognised: Option<bool>,
}

/// Kind of renovation.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum RenovationKind {
    /// 新建.
    NewBuild,
    /// 修缮.
    Repair,
}

/// Utility connections of the household.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Utilities {
    /// The household has piped natural gas (no substitute is given without it).
    #[serde(default)]
    pub piped_gas: Option<bool>,
    /// The household has cable TV.
    #[serde(default)]
    pub cable_tv: Option<bool>,
}

impl Household {
    /// Number of members (the divisor of the per-capita income, 6号 第1条).
    #[must_use]
    pub fn size(&self) -> usize {
        self.members.len()
    }
}
