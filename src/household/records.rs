//! Person- and household-level records for the programmes that concern few households: elderly care,
//! child rehabilitation, severe mental illness, assistive devices, family planning, employment, new
//! citizens and the 2023 Spring Festival measures of 温政办〔2022〕94号.
//!
//! Each record is an `Option` on the member or household. **An absent record means there is nothing
//! of that kind to record** (the member is not in rehabilitation training, has no severe mental
//! illness, holds no public-welfare post…), as for `housing.dilapidated_renovation`: the officer fills
//! a record only when the situation exists, so a household that does not mention these programmes is
//! not asked about them. Inside a record every field is three-valued as elsewhere: `None` is unknown.

use chrono::NaiveDate;
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

/// 生活不能自理程度: the three tiers of 6号 第5条 (「生活完全不能自理、基本不能自理、部分不能自理」), which follow
/// the tiers of the Zhejiang 重度残疾人护理补贴, and "none".
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum CareDependency {
    /// 生活完全不能自理.
    Totally,
    /// 生活基本不能自理.
    Largely,
    /// 生活部分不能自理.
    Partly,
    /// 生活能自理 (no dependency).
    None,
}

/// Where an elderly person is cared for (6号 第5条: 居家养老 or 机构养老).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum ElderlyCareSetting {
    /// 居家养老: lives at home.
    Home,
    /// 机构养老 in an institution set up by the government (公办养老机构).
    PublicInstitution,
    /// 机构养老 in a social (private) institution.
    SocialInstitution,
}

/// A long-term care insurance assessment (长期护理保险失能评估, 6号 第5条; ELD-05).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct LtcAssessment {
    /// Assessed as 重度失能 (经评估达到重度失能标准).
    #[serde(default)]
    pub severe_disability: Option<bool>,
}

/// The kind of disability for which a child receives rehabilitation training (6号 第16条: 「视力残疾儿童…；
/// 听力、语言、肢体（含脑瘫）、智力、多重残疾等儿童…；孤独症儿童…」).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum RehabKind {
    /// 视力残疾.
    Visual,
    /// 听力残疾.
    Hearing,
    /// 言语（语言）残疾.
    Speech,
    /// 肢体残疾, including cerebral palsy (含脑瘫).
    Physical,
    /// 智力残疾.
    Intellectual,
    /// 多重残疾.
    Multiple,
    /// 孤独症 (autism).
    Autism,
    /// Another disability («…等儿童»: the middle tier).
    Other,
}

/// A child's rehabilitation training at a 定点 institution (6号 第16条; CHD-02, CHD-03).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ChildRehab {
    /// The disability trained for.
    #[serde(default)]
    pub kind: Option<RehabKind>,
    /// The training takes place at a designated (定点) institution.
    #[serde(default)]
    pub designated: Option<bool>,
    /// Training fee per month, 元.
    #[serde(default)]
    pub monthly_fee: Option<Decimal>,
    /// Months of training in the calendar year of the assessment (1–12).
    #[serde(default)]
    pub months: Option<u32>,
    /// Assessed by the county 特殊儿童教育专业委员会 as not able to enter compulsory education, with a
    /// 缓学 or 休学 certificate of the education bureau of the hukou county (「凭…缓学或休学证明」).
    #[serde(default)]
    pub deferment_certificate: Option<bool>,
}

/// 危险性评估 class of a severe-mental-illness patient for the guardian subsidy (6号 第9条: 「I类患者…Ⅱ类患者」).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum RiskClass {
    /// No risk class.
    None,
    /// I类.
    Class1,
    /// Ⅱ类.
    Class2,
}

/// A severe mental illness (严重精神障碍) and its management (6号 第9条; DIS-01…DIS-04).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct MentalIllness {
    /// Risk class from the 危险性评估.
    #[serde(default)]
    pub risk_class: Option<RiskClass>,
    /// The guardian effectively performs the guardianship duty (监护人有效履行监护责任).
    #[serde(default)]
    pub guardian_fulfils_duty: Option<bool>,
    /// Registered in the 《温州市重性精神疾病信息管理系统》 under village or community management
    /// (纳入当地村（社）管理).
    #[serde(default)]
    pub community_managed: Option<bool>,
    /// A schizophrenia patient (poor compliance, weak or no guardianship, risk of incidents) assessed and
    /// approved for the long-acting injection treatment (经评估认定…长效针剂注射治疗).
    #[serde(default)]
    pub long_acting_injection: Option<bool>,
    /// Needs basic antipsychotic drugs in outpatient care (需要门诊服用基本抗精神病药物).
    #[serde(default)]
    pub outpatient_antipsychotics: Option<bool>,
    /// Cost this year of the antipsychotics within the drug list (用药范围内), 元. Enter them here, not as a
    /// medical episode, so that medical aid does not count them twice.
    #[serde(default)]
    pub antipsychotic_cost: Option<Decimal>,
    /// Of that cost, what basic medical insurance paid, 元.
    #[serde(default)]
    pub antipsychotic_insurance_paid: Option<Decimal>,
}

/// An assistive device a certified disabled person needs (6号 第16条; DIS-05).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct AssistiveDevice {
    /// Price of the device, 元.
    #[serde(default)]
    pub price: Option<Decimal>,
    /// 补贴参考价格 of the device in the 《浙江省残疾人辅助器具购买补贴目录》, 元.
    #[serde(default)]
    pub reference_price: Option<Decimal>,
    /// A device of the same kind was subsidised and its service life (使用年限) has not yet run out.
    #[serde(default)]
    pub within_service_life: Option<bool>,
}

/// Category of a veteran for the one-off aid of 6号 第4条 (VET-03).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum VeteranCategory {
    /// 县级以上表彰奖励获得者 (commended or rewarded at county level or above).
    Commended,
    /// 县级人民政府规定的其他困难退役军人 (other hardship veteran as defined by the county).
    CountyHardship,
    /// Neither.
    Other,
}

/// A public-welfare (幸福) post held by the member (6号 第21条; EMP-01).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct WelfarePost {
    /// Social insurance is paid for the post (缴纳社会保险).
    #[serde(default)]
    pub social_insurance_paid: Option<bool>,
}

/// Flexible employment with social insurance paid as an individual (6号 第22条; EMP-03).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct FlexibleEmployment {
    /// Social insurance contributions actually paid by the person this year (个人实缴), 元.
    #[serde(default)]
    pub contributions_yearly: Option<Decimal>,
    /// Capital subscribed in any enterprise (在各类企业中认缴出资额), 元.
    #[serde(default)]
    pub subscribed_capital: Option<Decimal>,
    /// The household owns a non-commercial vehicle (家庭拥有非营运车辆).
    #[serde(default)]
    pub household_private_vehicle: Option<bool>,
    /// Months of the subsidy already received.
    #[serde(default)]
    pub months_received: Option<u32>,
    /// Date the subsidy was first approved (初次核定).
    #[serde(default)]
    pub first_approved_on: Option<NaiveDate>,
    /// Statutory retirement date of the person (法定退休日期, as 人社 computes it).
    #[serde(default)]
    pub retirement_date: Option<NaiveDate>,
}

/// A university graduate or student (高校毕业生 / 在校大学生; EMP-01, EMP-03, EMP-04; 35号 F1, F2, F4,
/// F5, F7). `left_school_on` is the graduation date for 35号 (「毕业5年以内」).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Graduate {
    /// Calendar year of graduation (毕业年度), past or expected.
    #[serde(default)]
    pub graduation_year: Option<i32>,
    /// Date the person left school (离校).
    #[serde(default)]
    pub left_school_on: Option<NaiveDate>,
    /// Has been employed since leaving school (未就业 is `false`).
    #[serde(default)]
    pub employed: Option<bool>,
    /// Received a national student loan (获得国家助学贷款).
    #[serde(default)]
    pub student_loan: Option<bool>,
    /// Studies or studied at a university in Wenzhou (在温高校, the title of 温政办〔2022〕35号); read
    /// only where a pack makes it a condition (`grad_requires_wenzhou_university`).
    #[serde(default)]
    pub wenzhou_university: Option<bool>,
}

/// Out of work and seeking work (EMP-05).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Unemployment {
    /// Registered as unemployed (登记失业).
    #[serde(default)]
    pub registered: Option<bool>,
}

/// The group of the 附则's 贷款重点人群 a founder belongs to (6号 附则; 第23条).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum LoanGroup {
    /// 在校大学生.
    UniversityStudent,
    /// 毕业10年以内的高校毕业生.
    RecentGraduate,
    /// 登记失业半年以上人员.
    UnemployedHalfYear,
    /// 就业困难人员.
    EmploymentDifficulty,
    /// 持证残疾人.
    Disabled,
    /// 自主择业军转干部.
    DemobilisedOfficer,
    /// 自主就业退役士兵.
    SelfEmployedVeteran,
    /// None of these.
    None,
}

/// Kind of a newly founded business (6号 第23条).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum BusinessKind {
    /// 个体工商户.
    IndividualBusiness,
    /// 企业.
    Enterprise,
}

/// A business the member founded (EMP-06; 35号 F1, F2, F4, F5, F7).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Startup {
    /// Kind of business.
    #[serde(default)]
    pub kind: Option<BusinessKind>,
    /// Date founded (registered).
    #[serde(default)]
    pub founded_on: Option<NaiveDate>,
    /// The founder's group among the 贷款重点人群.
    #[serde(default)]
    pub founder_group: Option<LoanGroup>,
    /// The member's first business (初次创办, 温政办〔2022〕35号 二(二)9).
    #[serde(default)]
    pub first_business: Option<bool>,
    /// For an enterprise: the member is its legal representative (担任法定代表人, 35号 二(二)9).
    #[serde(default)]
    pub legal_representative: Option<bool>,
    /// The business operates normally (正常经营: filings, tax, no deregistration; an officer's check,
    /// 35号 二(二)9).
    #[serde(default)]
    pub operating_normally: Option<bool>,
    /// Taxes actually payable this calendar year that the graduates' relief deducts from
    /// (增值税、城市维护建设税、教育费附加、地方教育附加和个人所得税, 35号 二(二)7), 元.
    #[serde(default)]
    pub tax_payable_this_year: Option<Decimal>,
    /// Set up in a government-funded incubator (由政府投资开设的孵化器等创业载体, 35号 二(二)6).
    #[serde(default)]
    pub in_government_incubator: Option<bool>,
    /// The business failed (创业失败, 35号 二(二)9).
    #[serde(default)]
    pub failed: Option<bool>,
}

/// A Zhejiang residence permit (《浙江省居住证》) the member holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum ResidencePermit {
    /// A valid permit issued by the Wenzhou police (温州公安机关签发).
    Wenzhou,
    /// A valid permit issued elsewhere in Zhejiang.
    ZhejiangOther,
    /// No valid permit.
    None,
}

/// Where a non-local worker comes from, by the first four digits of the ID number (94号 第1、10条:
/// 「外地以身份证前4位为准」).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Origin {
    /// Wenzhou (3303): not 外地.
    Wenzhou,
    /// Elsewhere in Zhejiang (市外省内).
    Zhejiang,
    /// East China outside Zhejiang (华东地区: 上海、江苏、安徽、福建、江西、山东).
    EastChina,
    /// Outside East China (华东以外地区).
    Elsewhere,
}

impl Origin {
    /// The origin given by an 18-digit ID number: the first two digits are the province, the first four
    /// the prefecture (GB/T 2260). `None` if the number does not start with four digits.
    #[must_use]
    pub fn from_id_number(id: &str) -> Option<Origin> {
        let head = id.get(..4)?;
        if !head.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        Some(match (&head[..2], head) {
            (_, "3303") => Origin::Wenzhou,
            ("33", _) => Origin::Zhejiang,
            // 华东六省一市 without Zhejiang: 上海 31, 江苏 32, 安徽 34, 福建 35, 江西 36, 山东 37.
            ("31" | "32" | "34" | "35" | "36" | "37", _) => Origin::EastChina,
            _ => Origin::Elsewhere,
        })
    }
}

/// A non-local worker's situation at the 2023 Spring Festival (温政办〔2022〕94号; P94-01…P94-03).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct SpringFestival2023 {
    /// Where the worker comes from, when the ID number is not recorded.
    #[serde(default)]
    pub origin: Option<Origin>,
    /// Stayed in Wenzhou over the festival: did not leave the city from 2023-01-06 to 2023-02-05
    /// (留温过年, 94号 第1条).
    #[serde(default)]
    pub stayed_in_wenzhou: Option<bool>,
    /// Returned to work on their own (自行返岗就业).
    #[serde(default)]
    pub returned_on_own: Option<bool>,
    /// In employee pension insurance in January and February 2023 (2023年1月和2月参加职工养老保险).
    #[serde(default)]
    pub pension_jan_feb_2023: Option<bool>,
    /// The employer is registered, and pays its taxes, in 市区 (94号 附则 第1点).
    #[serde(default)]
    pub employer_in_shiqu: Option<bool>,
    /// A person lifted out of poverty from a paired-assistance region, working across provinces
    /// (跨省就业的对口帮扶地区脱贫人口).
    #[serde(default)]
    pub paired_region_poverty_alleviated: Option<bool>,
}

/// The family-planning (计生) situations of 6号 第7条, as recognised by 卫健 (FP-01, FP-02).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct FpFamily {
    /// A member of the 计生困难家庭 is seriously ill (患重病的计生困难家庭).
    #[serde(default)]
    pub serious_illness: Option<bool>,
    /// The only child died or is disabled (独生子女死亡或伤残家庭): the parents' household.
    #[serde(default)]
    pub only_child_lost_or_disabled: Option<bool>,
    /// 生活有特殊困难的计生家庭.
    #[serde(default)]
    pub special_hardship: Option<bool>,
    /// A left-behind child, woman or elderly person (留守儿童、留守妇女、留守老年人) of the 计生困难家庭.
    #[serde(default)]
    pub left_behind_member: Option<bool>,
    /// The couple meets the 特别扶助 conditions: the only child died or was injured, sick or disabled and
    /// they have not had or adopted another child (独生子女死亡或伤、病残后未再生育或收养子女).
    #[serde(default)]
    pub special_support_couple: Option<bool>,
}

/// How a service member of the family died (6号 第4条; VET-02).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum FallenCause {
    /// A veteran who died in emergency response to a public emergency (因参与突发公共事件等应急处置工作殉职).
    VeteranEmergencyDuty,
    /// An active service member killed in war or on duty (因战、因公牺牲的现役军人).
    ActiveServiceDeath,
    /// Another cause.
    Other,
}

/// A service member of the family who died (the household are the survivors, 遗属).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct FallenServiceMember {
    /// How the service member died.
    #[serde(default)]
    pub cause: Option<FallenCause>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn origin_follows_the_first_four_digits_of_the_id_number() {
        assert_eq!(
            Origin::from_id_number("330302199001011234"),
            Some(Origin::Wenzhou)
        );
        assert_eq!(
            Origin::from_id_number("330102199001011234"),
            Some(Origin::Zhejiang)
        );
        assert_eq!(
            Origin::from_id_number("340102199001011234"),
            Some(Origin::EastChina)
        );
        assert_eq!(
            Origin::from_id_number("510102199001011234"),
            Some(Origin::Elsewhere)
        );
        assert_eq!(Origin::from_id_number("33a"), None);
    }
}
