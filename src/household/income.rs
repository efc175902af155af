//! Income items, by the kinds that the income disregards of 6号 第1条 distinguish.

use chrono::NaiveDate;
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

/// One income item of a member.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct IncomeItem {
    /// What the income is.
    pub kind: IncomeKind,
    /// Amount in 元 for the period (never negative).
    pub amount: Decimal,
    /// The period the amount covers.
    pub period: IncomePeriod,
    /// For wages and self-employment: when this job or business started (就业/创业 start date).
    #[serde(default)]
    pub job_start: Option<NaiveDate>,
    /// For wages and self-employment: the member's first job or business since the household was
    /// recognised as 低保/低边 (首次就业或自主创业, 6号 第1条).
    #[serde(default)]
    pub first_job_since_recognition: Option<bool>,
    /// For one-off receipts (青苗补偿费): the date received.
    #[serde(default)]
    pub received_on: Option<NaiveDate>,
}

/// The kinds of income that the rules treat differently.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum IncomeKind {
    /// 工资性收入.
    Wages,
    /// 自主创业 / 经营性收入.
    SelfEmployment,
    /// 公益性岗位、幸福岗位 post subsidy (岗位补贴).
    PublicWelfarePost,
    /// 被征地青苗补偿费.
    CropCompensation,
    /// 来料加工 income.
    OutsourcedProcessing,
    /// 低保退役军人生活补助 (6号 第4条, not counted).
    VeteranSupplement,
    /// 折股量化帮扶资金收益 (6号 第23条).
    EquityDividend,
    /// Pension (养老金).
    Pension,
    /// Any other income.
    Other,
}

/// Period of an income amount.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum IncomePeriod {
    /// Per month.
    Month,
    /// Per year.
    Year,
    /// A one-off receipt.
    Once,
}

impl IncomeKind {
    /// Whether the item is earnings from a job or business, to which the employment disregards
    /// (6号 第1条 INC-03/04/05) apply.
    #[must_use]
    pub fn is_earnings(self) -> bool {
        matches!(self, IncomeKind::Wages | IncomeKind::SelfEmployment)
    }
}
