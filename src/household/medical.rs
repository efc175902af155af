//! Medical costs after basic insurance, as printed on a hospital settlement slip (结算单).
//!
//! The gazettes give no basic-insurance deductibles or ratios (rules-core §5.1), so the layers paid by
//! 基本医保 and 大病保险 are entered from the slip rather than computed.

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

/// A medical episode or the year's total of one setting, as on the settlement slip.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct MedicalEpisode {
    /// Where the care took place.
    pub setting: CareSetting,
    /// At a designated (定点) institution.
    #[serde(default)]
    pub designated: Option<bool>,
    /// Total cost (医疗总费用), 元.
    pub total: Decimal,
    /// Cost outside the policy scope (自费, 政策范围外), 元.
    #[serde(default)]
    pub out_of_scope: Decimal,
    /// Paid by basic medical insurance (基本医保), 元.
    #[serde(default)]
    pub basic_insurance_paid: Decimal,
    /// Paid by critical-illness insurance (大病保险), 元.
    #[serde(default)]
    pub critical_illness_paid: Decimal,
    /// Paid by the inclusive supplementary insurance (全民健康补充医疗保险 / 惠民保) or other
    /// supplementary insurance, 元.
    #[serde(default)]
    pub supplementary_paid: Decimal,
}

/// Care settings named in 6号 第14–15条 and 98号.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum CareSetting {
    /// 住院.
    Inpatient,
    /// 特殊病种门诊 (special-disease outpatient, treated as inpatient).
    SpecialDiseaseOutpatient,
    /// 慢性病门诊.
    ChronicOutpatient,
    /// 普通门诊.
    GeneralOutpatient,
    /// 家庭病床 (98号 第3条: settled as one inpatient stay).
    HomeBed,
}

/// Basic medical insurance scheme of a member.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum MedicalScheme {
    /// 城乡居民基本医疗保险.
    Resident,
    /// 职工基本医疗保险.
    Employee,
    /// 职工医保 joined as a flexible worker (灵活就业人员, 98号 第11条).
    EmployeeFlexible,
    /// Not insured.
    None,
}

impl MedicalEpisode {
    /// 合规医疗费用 remaining after 基本医保 and 大病保险 (6号 第14条): policy-scope cost minus what the
    /// two insurance layers paid.
    #[must_use]
    pub fn compliant_remaining(&self) -> Decimal {
        self.total - self.out_of_scope - self.basic_insurance_paid - self.critical_illness_paid
    }
}
