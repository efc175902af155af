//! Facts of a disabled child's schooling for 温政办〔2023〕68号 (special education, rules-other §A):
//! the kind of placement (随班就读, 特殊教育学校, 送教上门…) beyond the school level of `Member`.
//!
//! The stage (幼儿园, 义务教育, 高中阶段) is `Member::schooling`; whether the child holds a disability
//! certificate is `Member::disabled`. This record adds what only special education asks. Absent on a
//! member: no special-education facts recorded (a certified disabled student is still assessed on
//! the member's own facts, and the rules ask for what this record would hold).

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

/// Where a disabled student is taught (68号 三(一)1–2 and 三(四)14).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum SpedPlacement {
    /// 普通学校随班就读 (an ordinary class of an ordinary school or kindergarten).
    RegularClass,
    /// 普通学校特教班 / 卫星班 (a special class inside an ordinary school).
    SpecialClass,
    /// 特殊教育学校 (特校), any stage taught there (学前部, 义务教育, 职高部).
    SpecialSchool,
    /// 送教上门 (taught at home by visiting teachers).
    HomeTeaching,
    /// 残疾儿童康复机构 or 儿童福利机构 teaching point (学前部, 教学点).
    Institution,
}

/// A disabled child's or young person's special-education placement (68号); absent on a member:
/// no such placement recorded.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct SpecialEducation {
    /// Where the student is taught.
    #[serde(default)]
    pub placement: Option<SpedPlacement>,
    /// Recognised as a 残疾学生 by the county 特殊教育专家委员会 (入学前评估) or the school without
    /// holding a disability certificate. 68号 三(四)14 says 「残疾学生」 for the fee waivers, the
    /// 国家助学金, the 保育费 subsidy and the transport subsidy, and 「持证残疾学生」 only for the meals.
    #[serde(default)]
    pub assessed_disabled: Option<bool>,
    /// The school confirms the student 「符合资助条件」 for 全免费教育 in compulsory education (68号
    /// 三(四)14; an officer's check).
    #[serde(default)]
    pub aid_conditions_met: Option<bool>,
    /// 伙食费 the 特校 would charge per semester, 元: the value of the waiver of 68号 三(四)14 (shown, not
    /// paid to the household).
    #[serde(default)]
    pub meal_fee_per_semester: Option<Decimal>,
    /// Identified as autistic through the 孤独症儿童认定 procedure (68号 三(三)12).
    #[serde(default)]
    pub autism: Option<bool>,
}
