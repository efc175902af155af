//! One member of a household and the person-level facts the rules read.

use chrono::{Datelike, NaiveDate};
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use super::records::{
    AssistiveDevice, CareDependency, ChildRehab, ElderlyCareSetting, FlexibleEmployment, Graduate,
    LtcAssessment, MentalIllness, ResidencePermit, SpringFestival2023, Startup, Unemployment,
    VeteranCategory, WelfarePost,
};
use super::{
    ElderlyServices, GoodSamaritan, IncomeItem, MedicalEpisode, MedicalScheme, SpecialEducation,
};

/// A household member.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Member {
    /// Name (personal data; never needed by the rules).
    #[serde(default)]
    pub name: Option<String>,
    /// 18-digit 居民身份证 number (personal data; never needed by the rules).
    #[serde(default)]
    pub id_number: Option<String>,
    /// Relationship to the applicant.
    #[serde(default)]
    pub relationship: Option<Relationship>,
    /// Date of birth; ages are 周岁 on the assessment date.
    #[serde(default)]
    pub birth_date: Option<NaiveDate>,
    /// Sex.
    #[serde(default)]
    pub sex: Option<Sex>,
    /// 特困人员 status and form of support.
    #[serde(default)]
    pub tekun: Option<TekunSupport>,
    /// Self-care ability from the assessment (生活自理能力), for 特困 care fees (6号 第3条).
    #[serde(default)]
    pub self_care: Option<SelfCare>,
    /// 退役军人 (veteran).
    #[serde(default)]
    pub veteran: Option<bool>,
    /// Holds a disability certificate (持证残疾人).
    #[serde(default)]
    pub disabled: Option<bool>,
    /// Category on the certificate.
    #[serde(default)]
    pub disability_category: Option<DisabilityCategory>,
    /// Grade on the certificate, 1 (most severe) to 4.
    #[serde(default)]
    pub disability_grade: Option<u8>,
    /// Orphan status.
    #[serde(default)]
    pub orphan: Option<OrphanStatus>,
    /// 困境儿童 recognised by 民政.
    #[serde(default)]
    pub vulnerable_child: Option<bool>,
    /// Current schooling.
    #[serde(default)]
    pub schooling: Option<SchoolLevel>,
    /// A 资助对象 of the student-aid system (for nutrition meals, 6号 第17条).
    #[serde(default)]
    pub student_aid_recipient: Option<bool>,
    /// Obtained this year a certificate through 成人高考 or 自学考试 (6号 第18条 one-off grants).
    #[serde(default)]
    pub adult_exam_certificate: Option<bool>,
    /// An adult child who does not yet live independently (已成年未独立生活, 6号 第18条).
    #[serde(default)]
    pub adult_not_independent: Option<bool>,
    /// Tuition actually paid this year, 元 (6号 第18条 union tuition aid).
    #[serde(default)]
    pub tuition_paid_yearly: Option<Decimal>,
    /// Basic medical insurance scheme.
    #[serde(default)]
    pub medical_scheme: Option<MedicalScheme>,
    /// Enrolled in 城乡居民基本养老保险.
    #[serde(default)]
    pub resident_pension_enrolled: Option<bool>,
    /// Enrolled in the inclusive supplementary insurance (全民健康补充医疗保险 / 惠民保).
    #[serde(default)]
    pub supplementary_insurance_enrolled: Option<bool>,
    /// Has a chronic disease treated in outpatient care (慢性病门诊).
    #[serde(default)]
    pub chronic_outpatient: Option<bool>,
    /// A retired employee in 职工医保 (98号 第2条).
    #[serde(default)]
    pub retired_employee: Option<bool>,
    /// Number of chronic diseases (98号 第2条: 「患2种及以上慢性疾病的老年人」).
    #[serde(default)]
    pub chronic_disease_count: Option<u8>,
    /// Has a listed special disease (特殊病种, 6号 第14条; 98号 第1, 8条).
    #[serde(default)]
    pub special_disease: Option<bool>,
    /// Medical episodes of the year (settlement slips).
    #[serde(default)]
    pub medical: Vec<MedicalEpisode>,
    /// Veterans' medical assistance already received in this 医保年度, 元 (6号 第15条 cap).
    #[serde(default)]
    pub veteran_medical_aid_used: Option<Decimal>,
    /// A front-line bus or sanitation worker (公交、环卫一线工作人员, 6号 第27条).
    #[serde(default)]
    pub frontline_worker: Option<bool>,
    /// Months of the front-line rent subsidy already received (cap 36).
    #[serde(default)]
    pub frontline_rent_months_received: Option<u32>,
    /// Has been allocated in-kind rental housing (实物配租).
    #[serde(default)]
    pub in_kind_rental_allocated: Option<bool>,
    /// A parent or guardian holds a Zhejiang 居住证 in Wenzhou (6号 第27条).
    #[serde(default)]
    pub parent_residence_permit: Option<bool>,
    /// Full years a parent or guardian has held that 居住证 (6号 第27条, for senior high).
    #[serde(default)]
    pub parent_residence_permit_years: Option<u32>,
    /// A junior-high graduate (初中毕业生): this year's (应届) or an earlier year's (往届), for the
    /// senior-high 同城待遇 of 6号 第27条.
    #[serde(default)]
    pub junior_high_graduate: Option<JuniorHighGraduate>,
    /// For a member whose hukou is outside Wenzhou: inside Zhejiang (省内非温州户籍, `true`) or outside
    /// the province (省外, `false`) (6号 第27条).
    #[serde(default)]
    pub hukou_in_zhejiang: Option<bool>,
    /// Holds a 学籍 at a school in Wenzhou (「在我市取得学籍就读」, 6号 第27条).
    #[serde(default)]
    pub wenzhou_school_registration: Option<bool>,
    /// Years of continuous study with a 学籍 at a junior-high school in Wenzhou (「在本市初中学校取得学籍
    /// 连续就读三年」, 6号 第27条).
    #[serde(default)]
    pub wenzhou_junior_high_years: Option<u32>,
    /// Years of the labour contract with the current employer (新市民, 6号 第10条).
    #[serde(default)]
    pub labour_contract_years: Option<u32>,
    /// Consecutive months of social insurance or income tax paid through the employer (6号 第10条).
    #[serde(default)]
    pub employer_contribution_months: Option<u32>,
    /// Income items.
    #[serde(default)]
    pub incomes: Vec<IncomeItem>,
    /// 生活不能自理程度 from the care assessment, for the elderly care subsidies (6号 第5条).
    #[serde(default)]
    pub care_dependency: Option<CareDependency>,
    /// 失智 (dementia), for the elderly care subsidies (6号 第5条).
    #[serde(default)]
    pub dementia: Option<bool>,
    /// 居家养老 or 机构养老 (6号 第5条).
    #[serde(default)]
    pub elderly_care_setting: Option<ElderlyCareSetting>,
    /// The family cannot provide care and the county 民政 approved the placement in an institution
    /// (家庭不具备照料条件，经县级民政部门批准纳入机构养老, 6号 第5条).
    #[serde(default)]
    pub institution_placement_approved: Option<bool>,
    /// The long-term care insurance assessment (6号 第5条); absent: not assessed.
    #[serde(default)]
    pub ltc_assessment: Option<LtcAssessment>,
    /// A child registered by 民政 as 艾滋病病毒感染儿童 (6号 第6条). A flag the officer sets from that
    /// registration only: the tool never asks a child's HIV status, so absent means not registered.
    #[serde(default)]
    pub hiv_infected: bool,
    /// Rehabilitation training of a disabled child (6号 第16条); absent: not in training, except that for a
    /// certified disabled child the rules ask whether it trains.
    #[serde(default)]
    pub rehab: Option<ChildRehab>,
    /// Severe mental illness (6号 第9条), from the register of patients under community management;
    /// absent: not registered (the tool never asks a person's diagnosis, as for `hiv_infected`).
    #[serde(default)]
    pub mental_illness: Option<MentalIllness>,
    /// An assistive device the member needs (6号 第16条); absent: not recorded — for a certified disabled
    /// member DIS-05 asks.
    #[serde(default)]
    pub assistive_device: Option<AssistiveDevice>,
    /// Category of a veteran (6号 第4条).
    #[serde(default)]
    pub veteran_category: Option<VeteranCategory>,
    /// Recognised by 人社 as a 就业困难人员 (person with employment difficulties).
    #[serde(default)]
    pub employment_difficulty: Option<bool>,
    /// A public-welfare post held (6号 第21条); absent: none.
    #[serde(default)]
    pub welfare_post: Option<WelfarePost>,
    /// Flexible employment insured as an individual (6号 第22条); absent: none.
    #[serde(default)]
    pub flexible_employment: Option<FlexibleEmployment>,
    /// A university graduate or graduating student (高校毕业生); absent: neither.
    #[serde(default)]
    pub graduate: Option<Graduate>,
    /// Out of work and seeking work (6号 第22条); absent: not seeking work.
    #[serde(default)]
    pub unemployment: Option<Unemployment>,
    /// A business founded by the member (6号 第23条); absent: none.
    #[serde(default)]
    pub startup: Option<Startup>,
    /// The member's own Zhejiang residence permit (6号 第25条; 94号 第2条).
    #[serde(default)]
    pub residence_permit: Option<ResidencePermit>,
    /// Cumulative months of residence registration across cities or counties in Zhejiang
    /// (在浙江省内跨市域、跨县域累计居住登记时间, 6号 第25条).
    #[serde(default)]
    pub zhejiang_registration_months: Option<u32>,
    /// Currently registered as resident in Wenzhou (目前居住登记在温州, 6号 第25条).
    #[serde(default)]
    pub registered_in_wenzhou: Option<bool>,
    /// A non-local worker at the 2023 Spring Festival (温政办〔2022〕94号); absent: not such a worker.
    #[serde(default)]
    pub spring_festival_2023: Option<SpringFestival2023>,
    /// Special-education placement of a disabled child (温政办〔2023〕68号); absent: none recorded, except
    /// that for a certified disabled pupil A4 asks where the pupil studies.
    #[serde(default)]
    pub special_education: Option<SpecialEducation>,
    /// Facts for the 2023 basic elderly-service list (温政办〔2023〕75号); absent: not yet recorded — a rule
    /// for a person in its target group asks for the facts it needs.
    #[serde(default)]
    pub elderly_services: Option<ElderlyServices>,
    /// 见义勇为 record (温政发〔2024〕15号); absent: no such act.
    #[serde(default)]
    pub good_samaritan: Option<GoodSamaritan>,
}

/// Relationship to the applicant.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Relationship {
    /// 申请人本人.
    Applicant,
    /// 配偶.
    Spouse,
    /// 子女.
    Child,
    /// 父母.
    Parent,
    /// 祖父母/外祖父母.
    Grandparent,
    /// 孙子女/外孙子女.
    Grandchild,
    /// 兄弟姐妹.
    Sibling,
    /// Other relative living together.
    Other,
}

/// Sex.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Sex {
    /// 男.
    Male,
    /// 女.
    Female,
}

/// 特困人员 status and form of support (6号 第3条).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum TekunSupport {
    /// Not a 特困 person.
    No,
    /// 集中供养 in an institution set up by the government (政府设立的供养服务机构).
    ConcentratedPublic,
    /// 集中供养 in a social institution through purchased services (政府购买服务在社会机构).
    ConcentratedSocial,
    /// 分散供养 (living at home).
    Dispersed,
}

impl TekunSupport {
    /// Whether the person is 特困 at all.
    #[must_use]
    pub fn is_tekun(self) -> bool {
        self != TekunSupport::No
    }
}

/// Self-care ability (生活自理能力), the four classes of 6号 第3条.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum SelfCare {
    /// 完全丧失生活自理能力.
    FullyLost,
    /// 中度丧失生活自理能力.
    ModeratelyLost,
    /// 轻度丧失生活自理能力.
    MildlyLost,
    /// 具备生活自理能力.
    Able,
}

/// Disability category on the certificate.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum DisabilityCategory {
    /// 视力残疾.
    Visual,
    /// 听力残疾.
    Hearing,
    /// 言语残疾.
    Speech,
    /// 肢体残疾.
    Physical,
    /// 智力残疾.
    Intellectual,
    /// 精神残疾.
    Mental,
    /// 多重残疾.
    Multiple,
}

/// Orphan status.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum OrphanStatus {
    /// Not an orphan.
    No,
    /// 儿童福利机构养育的孤儿.
    Institution,
    /// 社会散居孤儿.
    Scattered,
    /// 事实无人抚养儿童.
    DeFactoUnsupported,
}

/// Whether a member has graduated from junior high (初中毕业生), 6号 第27条.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum JuniorHighGraduate {
    /// 应届: graduates this school year.
    ThisYear,
    /// 往届: graduated in an earlier year.
    Earlier,
    /// Not a junior-high graduate.
    No,
}

/// Current level of schooling.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize, schemars::JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum SchoolLevel {
    /// Not in school.
    None,
    /// 幼儿园.
    Preschool,
    /// 小学.
    Primary,
    /// 初中.
    JuniorSecondary,
    /// 中专 / 职高.
    SecondaryVocational,
    /// 普通高中.
    SeniorHigh,
    /// 大专.
    JuniorCollege,
    /// 本科.
    Bachelor,
    /// 研究生 (硕士, 博士).
    Postgraduate,
}

impl SchoolLevel {
    /// 义务教育 (primary and junior secondary).
    #[must_use]
    pub fn is_compulsory(self) -> bool {
        matches!(self, SchoolLevel::Primary | SchoolLevel::JuniorSecondary)
    }
}

impl Member {
    /// Age in completed years (周岁) on `date`; the birthday itself counts (6号 附则: 「以上」 includes the
    /// number, so a person is 80 on the 80th birthday). A 29 February birthday is reached on 1 March in
    /// common years.
    #[must_use]
    pub fn age_on(&self, date: NaiveDate) -> Option<u32> {
        let birth = self.birth_date?;
        age_between(birth, date)
    }

    /// Whether the member is 特困, if known.
    #[must_use]
    pub fn is_tekun(&self) -> Option<bool> {
        self.tekun.map(TekunSupport::is_tekun)
    }

    /// Whether the member is an orphan of any kind (incl. 事实无人抚养儿童), if known.
    #[must_use]
    pub fn is_orphan(&self) -> Option<bool> {
        self.orphan.map(|o| o != OrphanStatus::No)
    }
}

/// Completed years between `birth` and `date`, `None` if `date` is before `birth`.
#[must_use]
pub fn age_between(birth: NaiveDate, date: NaiveDate) -> Option<u32> {
    if date < birth {
        return None;
    }
    let mut years = date.year() - birth.year();
    if (date.month(), date.day()) < (birth.month(), birth.day()) {
        years -= 1;
    }
    u32::try_from(years).ok()
}
