//! The 见义勇为 record of a person for 温政发〔2024〕15号 (rules-other §D): confirmation, the place
//! and date of the act, award, injury or death, and what insurance paid.
//!
//! The record sits on the member who acted. A person who died in the act stays listed as a member
//! with `outcome = died`, so that the survivors' relationship to them is known (the lump sums of
//! 15号 六(十) are paid to the 遗属). The place of the act (`act_area`) is a fact of its own: it is not
//! the household's hukou area nor its residence (rules-other §O.7), and the rules ask for it.

use chrono::NaiveDate;
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use super::Area;
use super::load::LoadError;

/// A member's 见义勇为 record (15号); absent on a member: no such act.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct GoodSamaritan {
    /// 见义勇为行为已经行为发生地县(市、区)公安机关确认 (15号 四(一)).
    pub confirmed: Option<bool>,
    /// 行为发生日期.
    pub act_date: Option<NaiveDate>,
    /// 行为发生地 (the county, district or 市本级 where the act took place; `outside_wenzhou` outside
    /// the city): it decides which county's fund pays and whether 15号 applies at all (二、适用范围).
    pub act_area: Option<Area>,
    /// 送医救治 after the act (15号 六(一) green channel; no confirmation needed).
    pub hospitalised: Option<bool>,
    /// The highest 表彰奖励 received (五(一)): none, 嘉奖, 三等功, 二等功 or 一等功.
    pub award: Option<Award>,
    /// The county's award (嘉奖 or 三等功) that preceded a city 二等功 or a 一等功 (「逐级奖励」, 五(一)2–3).
    pub county_award: Option<Award>,
    /// 获得表彰奖励之日 (of the highest award; 六(十二) counts three years from it).
    pub award_date: Option<NaiveDate>,
    /// 受伤、致残或牺牲.
    pub outcome: Option<ActOutcome>,
    /// 烈士评定 (for a person who died): yes, no, or pending with 退役军人事务部门.
    pub martyr: Option<MartyrStatus>,
    /// 符合工伤认定条件 (人社部门's finding; 六(八)–(九)).
    pub work_injury: Option<bool>,
    /// 工作单位: 公务员/参公, an organisation's employee (企业、事业单位、社会团体…), 个体工商户 or its
    /// employee, or none (无工作单位) (六(六), 六(十)2).
    pub employment: Option<GsEmployment>,
    /// 误工天数 (days off work because of the act, from the medical certificate).
    pub days_off: Option<u32>,
    /// 医疗费、误工费、丧葬费、残疾生活补助费和其他合理费用 in total (元; 六(四)).
    pub reasonable_costs: Option<Decimal>,
    /// 加害人、受益人、责任人依法承担 (the liable party pays; false: none, or 确实无力承担).
    pub liable_party_pays: Option<bool>,
    /// 符合享受工伤保险或基本医疗保险待遇条件 (六(四)1).
    pub insured: Option<bool>,
    /// What 工伤保险/基本医疗保险 and the employer paid of those costs (元).
    pub insurance_paid: Option<Decimal>,
    /// 有劳动能力 (六(十三)).
    pub work_capacity: Option<bool>,
    /// 有就业意愿 (六(十三)).
    pub wants_work: Option<bool>,
    /// 家庭供养困难 (六(十三): the family cannot support a person who cannot care for themselves).
    pub family_support_hardship: Option<bool>,
    /// 家庭经济困难 (六(十六): fee relief for the person or their children in school).
    pub family_hardship: Option<bool>,
    /// 因见义勇为行为主张相关民事权益 (a civil claim arising from the act; 六(十八)).
    pub civil_claim: Option<bool>,
    /// 权益保障中的重大疑难问题 for the 议事协调机构 (六(二十)).
    pub major_difficulty: Option<bool>,
    /// 撤销记功奖励 (七(二)): for misconduct after the award (情形2、3), or for fraud (情形1); absent: not
    /// revoked (a revocation is a decision on file, entered when there is one).
    pub revoked: Option<Revocation>,
}

/// 表彰奖励 (15号 五(一)).
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize, schemars::JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum Award {
    /// No award.
    None,
    /// 嘉奖 (county).
    Commendation,
    /// 记三等功 (county).
    ThirdClass,
    /// 记二等功 (city).
    SecondClass,
    /// 记一等功 (province, on the city's recommendation).
    FirstClass,
}

impl Award {
    /// Whether the award was given by the city government or above (二等功, 一等功).
    #[must_use]
    pub fn city_or_above(self) -> bool {
        matches!(self, Award::SecondClass | Award::FirstClass)
    }

    /// Whether it is a 记功 (三等功 and above): 七(二) revokes only these.
    #[must_use]
    pub fn is_merit(self) -> bool {
        matches!(
            self,
            Award::ThirdClass | Award::SecondClass | Award::FirstClass
        )
    }

    /// Message code.
    #[must_use]
    pub fn code(self) -> &'static str {
        match self {
            Award::None => "jyyw-award-none",
            Award::Commendation => "jyyw-award-commendation",
            Award::ThirdClass => "jyyw-award-third",
            Award::SecondClass => "jyyw-award-second",
            Award::FirstClass => "jyyw-award-first",
        }
    }
}

/// Outcome of the act for the person.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum ActOutcome {
    /// 未受伤.
    Unharmed,
    /// 受伤.
    Injured,
    /// 致残.
    Disabled,
    /// 牺牲.
    Died,
}

impl ActOutcome {
    /// Message code.
    #[must_use]
    pub fn code(self) -> &'static str {
        match self {
            ActOutcome::Unharmed => "jyyw-outcome-unharmed",
            ActOutcome::Injured => "jyyw-outcome-injured",
            ActOutcome::Disabled => "jyyw-outcome-disabled",
            ActOutcome::Died => "jyyw-outcome-died",
        }
    }
}

/// 烈士评定.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum MartyrStatus {
    /// 评定为烈士.
    Yes,
    /// 未能评定为烈士.
    No,
    /// 评定中.
    Pending,
}

impl MartyrStatus {
    /// Message code.
    #[must_use]
    pub fn code(self) -> &'static str {
        match self {
            MartyrStatus::Yes => "jyyw-martyr-yes",
            MartyrStatus::No => "jyyw-martyr-no",
            MartyrStatus::Pending => "jyyw-martyr-pending",
        }
    }
}

/// 工作单位 of a 见义勇为 person (15号 六(十)2 names the groups).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum GsEmployment {
    /// 公务员或者参照公务员法管理单位的工作人员.
    CivilServant,
    /// 各类企业、事业单位、社会团体、民办非企业单位、基金会、律师事务所、会计师事务所等组织的职工.
    Organisation,
    /// 个体工商户及其雇工.
    SelfEmployed,
    /// 无工作单位.
    None,
}

impl GsEmployment {
    /// Message code.
    #[must_use]
    pub fn code(self) -> &'static str {
        match self {
            GsEmployment::CivilServant => "jyyw-emp-civil-servant",
            GsEmployment::Organisation => "jyyw-emp-organisation",
            GsEmployment::SelfEmployed => "jyyw-emp-self-employed",
            GsEmployment::None => "jyyw-emp-none",
        }
    }
}

/// 撤销记功奖励 (15号 七(二)).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Revocation {
    /// Not revoked.
    None,
    /// 情形2、3: serious misconduct after the award; the award-based treatment ends.
    Misconduct,
    /// 情形1: 伪造事迹或隐瞒事实真相; also the bonus and 抚恤金 are recovered and the confirmation revoked.
    Fraud,
}

impl GoodSamaritan {
    /// Validates the record of member `i`: no negative money, no date after the assessment date, and
    /// insurance not paying more than the costs.
    pub(crate) fn validate(&self, i: usize, date: Option<NaiveDate>) -> Result<(), LoadError> {
        for (field, v) in [
            ("reasonable_costs", self.reasonable_costs),
            ("insurance_paid", self.insurance_paid),
        ] {
            if let Some(v) = v
                && v.is_sign_negative()
                && !v.is_zero()
            {
                return Err(LoadError::Negative {
                    path: format!("members[{i}].good_samaritan.{field}"),
                    value: v,
                });
            }
        }
        if let (Some(c), Some(p)) = (self.reasonable_costs, self.insurance_paid)
            && p > c
        {
            return Err(LoadError::Format {
                path: format!("members[{i}].good_samaritan.insurance_paid"),
                message: format!("insurance paid {p} exceeds the reasonable costs {c}"),
            });
        }
        for (field, d) in [("act_date", self.act_date), ("award_date", self.award_date)] {
            if let (Some(d), Some(a)) = (d, date)
                && d > a
            {
                return Err(LoadError::DateAfterAssessment {
                    path: format!("members[{i}].good_samaritan.{field}"),
                    date: d,
                    assessment_date: a,
                });
            }
        }
        if let (Some(act), Some(award)) = (self.act_date, self.award_date)
            && award < act
        {
            return Err(LoadError::Format {
                path: format!("members[{i}].good_samaritan.award_date"),
                message: format!("the award date {award} is before the act date {act}"),
            });
        }
        Ok(())
    }
}
