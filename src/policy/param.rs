//! The parameter registry: every value a rule reads, with its unit and meaning, and the values
//! resolved for one date and one area.
//!
//! Rules never hold numbers of their own: amounts, rates and limits come from here by key, so that a
//! scenario can change any of them and every figure carries a citation (STYLE habit 5). The meaning
//! and unit of each key live in this registry once; a pack file gives only dated, area-scoped values.

use rust_decimal::Decimal;
use serde::Serialize;

/// What kind of value a parameter holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ParamType {
    /// A number (amount, rate, limit) with the given unit.
    Number(&'static str),
    /// A yes/no switch for an ambiguous reading.
    Switch,
    /// One of the listed choices.
    Choice(&'static [&'static str]),
    /// A list of areas (the 市区 units).
    Areas,
}

macro_rules! params {
    ($($variant:ident => $name:literal, $ty:expr, $zh:literal, $en:literal;)*) => {
        /// A parameter key.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
        #[allow(missing_docs)]
        pub enum ParamKey { $($variant,)* }

        impl ParamKey {
            /// Every key, in registry order.
            pub const ALL: &'static [ParamKey] = &[$(ParamKey::$variant,)*];

            /// The key as written in pack files.
            #[must_use]
            pub fn name(self) -> &'static str {
                match self { $(ParamKey::$variant => $name,)* }
            }

            /// The value type and unit.
            #[must_use]
            pub fn ty(self) -> ParamType {
                match self { $(ParamKey::$variant => $ty,)* }
            }

            /// Meaning in Chinese (the gazette's term).
            #[must_use]
            pub fn description_zh(self) -> &'static str {
                match self { $(ParamKey::$variant => $zh,)* }
            }

            /// Meaning in English.
            #[must_use]
            pub fn description_en(self) -> &'static str {
                match self { $(ParamKey::$variant => $en,)* }
            }
        }
    };
}

const YUAN_PER_PERSON_MONTH: ParamType = ParamType::Number("元/人·月");
const YUAN_PER_MONTH: ParamType = ParamType::Number("元/月");
const YUAN_PER_YEAR: ParamType = ParamType::Number("元/年");
const YUAN: ParamType = ParamType::Number("元");
const RATE: ParamType = ParamType::Number("比例");
const MONTHS: ParamType = ParamType::Number("月");
const M2: ParamType = ParamType::Number("㎡");
const AGE: ParamType = ParamType::Number("周岁");
const RELOC_RATE: ParamType = ParamType::Number("元/㎡·月");

params! {
    // 6号 附则 第1点 and general readings.
    ShiquUnits => "shiqu_units", ParamType::Areas, "市区范围（市本级、鹿城区、龙湾区、瓯海区、洞头区及市级功能区）", "units forming 市区";
    YixiaInclusive => "yixia_inclusive", ParamType::Switch, "“以下”是否包含本数", "whether 以下 includes the number";
    // 6号 第1–4条: income test and standards.
    DibaoStandardMonthly => "dibao_standard_monthly", YUAN_PER_PERSON_MONTH, "当地最低生活保障标准（低保标准）", "local 低保 standard";
    DibianStandardMonthly => "dibian_standard_monthly", YUAN_PER_PERSON_MONTH, "当地低保边缘认定标准（低边标准）", "local 低边 standard";
    DibianMaxMultiple => "dibian_max_multiple", RATE, "低边标准最高为低保标准的倍数", "maximum 低边 standard as a multiple of the 低保 standard";
    MinWageMonthly => "min_wage_monthly", YUAN_PER_MONTH, "当地月最低工资标准", "local monthly minimum wage";
    FirstJobDisregardMonths => "first_job_disregard_months", MONTHS, "首次就业或自主创业收入不计期限", "months a first job's earnings are not counted";
    DisabledJobDisregardMonths => "disabled_job_disregard_months", MONTHS, "残疾人初次就业、再就业收入不计期限", "months a disabled member's job earnings are not counted";
    JobCostDeductionMonths => "job_cost_deduction_months", MONTHS, "不计收入期满后扣除就业创业成本的期限", "months of job-cost deduction after the disregard";
    JobCostDeductionAutomatic => "job_cost_deduction_automatic", ParamType::Switch, "就业创业成本扣除是否自动适用（原文为“可”）", "whether the job-cost deduction applies without the officer's decision";
    CropCompensationDisregard => "crop_compensation_disregard", YUAN, "不计收入的青苗补偿费上限", "crop compensation not counted, up to";
    OutsourcedProcessingDisregard => "outsourced_processing_disregard", YUAN_PER_YEAR, "不计收入的来料加工收入上限（每户每年）", "outsourced-processing income not counted, per household and year";
    LumpSumSpreadMonths => "lump_sum_spread_months", MONTHS, "一次性收入计入家庭月收入的分摊月数", "months over which a counted lump sum is spread";
    VeteranDibaoSupplementRate => "veteran_dibao_supplement_rate", RATE, "低保退役军人增发生活补助占低保标准的比例（不低于10%）", "veterans' supplement as a share of the 低保 standard";
    TransitionMonths => "transition_months", MONTHS, "渐退期", "transition period";
    TekunFloorConsumptionShare => "tekun_floor_consumption_share", RATE, "特困基本生活标准不低于上年度城镇居民人均消费支出的比例", "特困 floor as a share of urban consumption";
    TekunFloorDibaoMultiple => "tekun_floor_dibao_multiple", RATE, "特困基本生活标准不低于低保标准的倍数", "特困 floor as a multiple of the 低保 standard";
    UrbanConsumptionPcPrevYear => "urban_consumption_pc_prev_year", YUAN_PER_YEAR, "上年度当地城镇居民人均消费支出", "previous year's local urban consumption per person";
    TekunBasicStandardAnnual => "tekun_basic_standard_annual", YUAN_PER_YEAR, "当地特困人员基本生活保障标准", "local 特困 basic-living standard";
    TekunCareFeePublicInstitution => "tekun_care_fee_public_institution", YUAN_PER_MONTH, "政府设立的供养服务机构特困人员照料护理费用", "care fee in government institutions";
    TekunCareRateFullyLost => "tekun_care_rate_fully_lost", RATE, "完全丧失生活自理能力：照料护理费占月最低工资的比例", "care fee rate, fully dependent";
    TekunCareRateModeratelyLost => "tekun_care_rate_moderately_lost", RATE, "中度丧失生活自理能力：比例", "care fee rate, moderately dependent";
    TekunCareRateMildlyLost => "tekun_care_rate_mildly_lost", RATE, "轻度丧失生活自理能力：比例", "care fee rate, mildly dependent";
    TekunCareRateAble => "tekun_care_rate_able", RATE, "具备生活自理能力：比例", "care fee rate, self-reliant";
    TekunCareDispersedShare => "tekun_care_dispersed_share", RATE, "分散供养照料护理费占集中供养标准的比例", "dispersed care fee as a share of the institutional one";
    HardshipWorkerSupportMonths => "hardship_worker_support_months", MONTHS, "建档困难职工生活帮扶上限（低保标准的月数）", "hardship-worker support cap in months of the 低保 standard";
    // 6号 第10–12, 27条: housing.
    RentSubsidyRatioDibao => "rent_subsidy_ratio_dibao", RATE, "低保家庭租赁补贴占市场平均租金比例", "rent subsidy ratio, 低保";
    RentSubsidyRatioDibian => "rent_subsidy_ratio_dibian", RATE, "低边家庭租赁补贴比例", "rent subsidy ratio, 低边";
    RentSubsidyRatioOther => "rent_subsidy_ratio_other", RATE, "其他保障家庭租赁补贴比例", "rent subsidy ratio, other eligible households";
    RentSubsidyAreaThresholdPc => "rent_subsidy_area_threshold_pc", M2, "人均住房建筑面积标准（15平方米以下）", "per-capita floor area threshold";
    RentSubsidyFormula => "rent_subsidy_formula", ParamType::Choice(&["flat", "area"]), "租赁补贴计算口径（按户市场平均租金 / 按面积）", "rent subsidy basis: per dwelling or per ㎡";
    MarketAvgRentMonthly => "market_avg_rent_monthly", ParamType::Number("元/户·月"), "市场平均租金（按户）", "market average rent per dwelling";
    MarketAvgRentPerM2 => "market_avg_rent_per_m2", ParamType::Number("元/㎡·月"), "市场平均租金（每平方米）", "market average rent per ㎡";
    RentGuaranteeAreaPc => "rent_guarantee_area_pc", M2, "租赁补贴人均保障面积", "guaranteed floor area per person";
    RuralRenovationSubsidy => "rural_renovation_subsidy", YUAN, "农村困难家庭危房改造省级补助（每户）", "provincial dangerous-house subsidy per household";
    RuralRenovationAreaLimit => "rural_renovation_area_limit", M2, "新建每户原则上不超过的面积", "new-build area limit per household";
    AnjuSubsidy => "anju_subsidy", YUAN, "“安居圆梦”市级补助（每户）", "安居圆梦 city subsidy per household";
    FrontlineRentSmall => "frontline_rent_small", YUAN_PER_MONTH, "一线公交环卫人员租赁补贴（1-2人家庭）", "front-line rent subsidy, 1–2 persons";
    FrontlineRentLarge => "frontline_rent_large", YUAN_PER_MONTH, "一线公交环卫人员租赁补贴（3人以上家庭）", "front-line rent subsidy, 3 or more";
    FrontlineLargeHousehold => "frontline_large_household", ParamType::Number("人"), "“3人以上”家庭人数", "household size of the larger rate";
    FrontlineMaxMonths => "frontline_max_months", MONTHS, "租赁补贴累计发放上限", "cumulative months of the front-line subsidy";
    // 6号 第13–15, 19条 and 98号: medical.
    MedicalAidRatioTekun => "medical_aid_ratio_tekun", RATE, "特困人员医疗救助比例", "medical aid ratio, 特困";
    MedicalAidRatioDibaoDibian => "medical_aid_ratio_dibao_dibian", RATE, "低保低边医疗救助比例", "medical aid ratio, 低保/低边";
    MedicalAidRatioCountySpecial => "medical_aid_ratio_county_special", RATE, "县级认定其他特殊困难人员医疗救助比例", "medical aid ratio, county-recognised hardship";
    MedicalAidRatioOrphan => "medical_aid_ratio_orphan", RATE, "孤儿、事实无人抚养儿童医疗救助比例（98号“按规定”）", "medical aid ratio, orphans";
    MedicalAidRatioLowIncomeFarmer => "medical_aid_ratio_low_income_farmer", RATE, "低收入农户（非低保低边）医疗救助比例", "medical aid ratio, 低收入农户 only";
    MedicalAidDeductible => "medical_aid_deductible", YUAN_PER_YEAR, "医疗救助起付线（6号未规定）", "medical aid deductible (not in 6号)";
    MedicalAidAnnualCap => "medical_aid_annual_cap", YUAN_PER_YEAR, "医疗救助年度限额（6号未规定）", "medical aid annual cap (not in 6号)";
    VeteranMedicalAidShare => "veteran_medical_aid_share", RATE, "退役军人医疗援助比例", "veterans' medical assistance share";
    VeteranMedicalAidCapShare => "veteran_medical_aid_cap_share", RATE, "医疗援助封顶线占上年度当地居民人均消费支出的比例", "veterans' cap as a share of resident consumption";
    ResidentConsumptionPcPrevYear => "resident_consumption_pc_prev_year", YUAN_PER_YEAR, "上年度当地居民人均消费支出", "previous year's local consumption per resident";
    FamilyDoctorFeePersonal => "family_doctor_fee_personal", YUAN_PER_YEAR, "家庭医生签约服务费个人部分", "family-doctor fee, personal share";
    SuppInsPremium => "supp_ins_premium", YUAN_PER_YEAR, "全民健康补充医疗保险（惠民保）保费", "supplementary insurance premium";
    SuppInsPremiumAidRatio => "supp_ins_premium_aid_ratio", RATE, "补充医疗保险资助参保比例", "share of the premium paid";
    ResidentMedicalPremiumPersonal => "resident_medical_premium_personal", YUAN_PER_YEAR, "城乡居民基本医保个人缴费", "resident medical insurance personal premium";
    ChronicOutpatientRatioIncrease => "chronic_outpatient_ratio_increase", RATE, "基层慢性病门诊报销比例提高", "increase of the primary chronic outpatient ratio";
    HtnDmLevel2Ratio => "htn_dm_level2_ratio", RATE, "高血压、糖尿病二级医疗机构报销比例", "hypertension/diabetes ratio at level-2 hospitals";
    SpecialDiseaseRatioFloorEmployee => "special_disease_ratio_floor_employee", RATE, "特殊病种职工报销比例下限", "special-disease ratio floor, employees";
    SpecialDiseaseRatioFloorResident => "special_disease_ratio_floor_resident", RATE, "特殊病种城乡居民报销比例下限", "special-disease ratio floor, residents";
    SpecialDiseaseCapResident => "special_disease_cap_resident", YUAN_PER_YEAR, "特病门诊与住院共用年度封顶限额（居民医保）", "shared annual cap, resident insurance";
    SpecialDiseaseCapEmployee => "special_disease_cap_employee", YUAN_PER_YEAR, "特病门诊与住院共用年度封顶限额（职工医保）", "shared annual cap, employee insurance";
    LtcResidentCoverFrom => "ltc_resident_cover_from", ParamType::Switch, "长期护理保险是否已覆盖城乡居民医保参保人（98号“适时”）", "whether LTC insurance covers resident enrollees";
    MaternityContributionRate => "maternity_contribution_rate", RATE, "灵活就业人员生育保险费率", "maternity contribution rate";
    MaternityWaitingMonths => "maternity_waiting_months", MONTHS, "生育津贴等待期", "maternity allowance waiting period";
    MedicalBurdenTarget => "medical_burden_target", RATE, "困难群众医疗费用个人负担率目标", "personal medical burden target";
    // 6号 第17–18条: education.
    MealSubsidyMultiple => "meal_subsidy_multiple", RATE, "营养餐补助为全省标准的倍数", "nutrition meals as a multiple of the provincial standard";
    ProvincialMealStandardDaily => "provincial_meal_standard_daily", ParamType::Number("元/生·日"), "全省营养餐补助标准", "provincial meal standard";
    SchoolDaysPerYear => "school_days_per_year", ParamType::Number("日/年"), "每学年在校天数", "school days per year";
    EduGrantDibaoSecondary => "edu_grant_dibao_secondary", ParamType::Number("元/人·学年"), "低保低边残疾学生助学补助：中专（高中）", "grant, 低保/低边, secondary";
    EduGrantDibaoCollege => "edu_grant_dibao_college", ParamType::Number("元/人·学年"), "低保低边残疾学生助学补助：大专", "grant, 低保/低边, junior college";
    EduGrantDibaoBachelor => "edu_grant_dibao_bachelor", ParamType::Number("元/人·学年"), "低保低边残疾学生助学补助：本科以上", "grant, 低保/低边, bachelor and above";
    EduGrantDibaoCertificate => "edu_grant_dibao_certificate", YUAN, "低保低边：成人高考、自学考试取得证书一次性补助", "one-off certificate grant, 低保/低边";
    EduGrantOtherSecondary => "edu_grant_other_secondary", ParamType::Number("元/人·学年"), "非低保低边残疾学生助学补助：中专（高中）", "grant, others, secondary";
    EduGrantOtherCollege => "edu_grant_other_college", ParamType::Number("元/人·学年"), "非低保低边残疾学生助学补助：大专", "grant, others, junior college";
    EduGrantOtherBachelor => "edu_grant_other_bachelor", ParamType::Number("元/人·学年"), "非低保低边残疾学生助学补助：本科以上", "grant, others, bachelor and above";
    EduGrantOtherCertificate => "edu_grant_other_certificate", YUAN, "非低保低边：取得证书一次性补助", "one-off certificate grant, others";
    UnionTuitionCap => "union_tuition_cap", ParamType::Number("元/人·年"), "建档困难职工子女助学帮扶上限", "union tuition aid cap";
    UnionTuitionStacks => "union_tuition_stacks", ParamType::Switch, "工会助学帮扶可与财政助学补助叠加", "whether union tuition aid stacks with public grants";
    FpEduGrantHighSchool => "fp_edu_grant_high_school", ParamType::Number("元/人"), "计生困难家庭子女助学补助：高中", "family-planning grant, senior high";
    FpEduGrantUniversity => "fp_edu_grant_university", ParamType::Number("元/人"), "计生困难家庭子女助学补助：大学", "family-planning grant, university";
    FpEduGrantPeriod => "fp_edu_grant_period", ParamType::Choice(&["school_year", "once"]), "计生助学补助发放频次（原文未规定）", "how often the family-planning grant is paid";
    FpEduGrantCityLevel => "fp_edu_grant_city_level", ParamType::Switch, "计生助学补助是否与残联助学补助同属市级财政（不重复享受）", "whether the family-planning grant is city-funded like the disability grants";
    FpEduGrantVocationalAsHighSchool => "fp_edu_grant_vocational_as_high_school", ParamType::Switch, "中专是否按高中享受计生助学补助", "whether 中专 counts as 高中 for the family-planning grant";
    MigrantPermitYearsRequired => "migrant_permit_years_required", ParamType::Number("年"), "省外初中毕业生父母居住证年限要求", "years of residence permit required";
    MigrantJuniorHighYearsRequired => "migrant_junior_high_years_required", ParamType::Number("年"), "省外初中毕业生在本市初中连续就读年限", "years of continuous junior-high study in Wenzhou required of a graduate from outside the province";
    // 6号 第19–20条: premiums and utilities.
    ResidentPensionLowestTier => "resident_pension_lowest_tier", YUAN_PER_YEAR, "城乡居民基本养老保险最低档次缴费标准", "lowest tier of the resident pension contribution";
    WaterQuotaT => "water_quota_t", ParamType::Number("吨/户·年"), "免费用水量", "free water";
    GasQuotaM3 => "gas_quota_m3", ParamType::Number("立方米/户·年"), "免费天然气量", "free natural gas";
    ElecQuotaKwh => "elec_quota_kwh", ParamType::Number("千瓦时/户·年"), "免费用电基数", "free electricity";
    WaterPricePerT => "water_price_per_t", ParamType::Number("元/吨"), "居民用水价格（第一阶梯）", "water price";
    GasPricePerM3 => "gas_price_per_m3", ParamType::Number("元/立方米"), "居民天然气价格（第一阶梯）", "gas price";
    ElecPricePerKwh => "elec_price_per_kwh", ParamType::Number("元/千瓦时"), "居民用电价格（第一档）", "electricity price";
    CatvMaintenanceFeeMonthly => "catv_maintenance_fee_monthly", YUAN_PER_MONTH, "有线电视视听维护费", "cable TV maintenance fee";
    FreeTransportAge => "free_transport_age", ParamType::Number("周岁"), "免费乘坐公共交通年龄", "age for free public transport";
    // 6号 第5条 and 温政办〔2023〕75号: elderly.
    ElderlyCareMinAge => "elderly_care_min_age", AGE, "养老服务补贴对象年龄（60周岁以上）", "minimum age for the elderly care subsidies";
    AdvancedAge => "advanced_age", AGE, "高龄老年人年龄（80周岁以上）", "age from which an elderly person is 高龄";
    ElderlyCareTotally => "elderly_care_subsidy_totally", YUAN_PER_PERSON_MONTH, "低保居家养老服务补贴：生活完全不能自理（参照标准）", "home care subsidy, 低保, totally dependent (reference)";
    ElderlyCareLargely => "elderly_care_subsidy_largely", YUAN_PER_PERSON_MONTH, "低保居家养老服务补贴：基本不能自理（参照标准）", "home care subsidy, 低保, largely dependent (reference)";
    ElderlyCarePartly => "elderly_care_subsidy_partly", YUAN_PER_PERSON_MONTH, "低保居家养老服务补贴：部分不能自理（参照标准）", "home care subsidy, 低保, partly dependent (reference)";
    ElderlyCareAdvancedAge => "elderly_care_subsidy_advanced_age", YUAN_PER_PERSON_MONTH, "低保居家养老服务补贴：80周岁以上高龄老年人（参照标准）", "home care subsidy, 低保, aged 80 and over (reference)";
    ElderlyCareDibianTotally => "elderly_care_subsidy_dibian_totally", YUAN_PER_PERSON_MONTH, "低边居家养老服务补贴：生活完全不能自理（各地确定）", "home care subsidy, 低边, totally dependent (local)";
    ElderlyCareDibianLargely => "elderly_care_subsidy_dibian_largely", YUAN_PER_PERSON_MONTH, "低边居家养老服务补贴：基本不能自理（各地确定）", "home care subsidy, 低边, largely dependent (local)";
    ElderlyCareDibianPartly => "elderly_care_subsidy_dibian_partly", YUAN_PER_PERSON_MONTH, "低边居家养老服务补贴：部分不能自理（各地确定）", "home care subsidy, 低边, partly dependent (local)";
    ElderlyCareDibianAdvancedAge => "elderly_care_subsidy_dibian_advanced_age", YUAN_PER_PERSON_MONTH, "低边居家养老服务补贴：高龄（各地确定）", "home care subsidy, 低边, aged 80 and over (local)";
    ElderlyCareExtended => "elderly_care_extended", ParamType::Switch, "是否已将居家养老服务补贴扩大至当地平均可支配收入以下家庭", "whether the home care subsidy is extended to households below the average disposable income";
    AvgDisposableIncomePc => "avg_disposable_income_pc", YUAN_PER_YEAR, "当地居民人均可支配收入", "local average disposable income per person";
    LongevityBand90Age => "longevity_band_90_age", AGE, "高龄津贴第二档起始年龄（90周岁）", "age of the second longevity band";
    LongevityBand100Age => "longevity_band_100_age", AGE, "高龄津贴第三档起始年龄（100周岁）", "age of the third longevity band";
    Longevity8089 => "longevity_allowance_80_89", YUAN_PER_PERSON_MONTH, "高龄津贴：80周岁至89周岁", "longevity allowance, aged 80–89";
    Longevity9099 => "longevity_allowance_90_99", YUAN_PER_PERSON_MONTH, "高龄津贴：90周岁至99周岁", "longevity allowance, aged 90–99";
    Longevity100 => "longevity_allowance_100", YUAN_PER_PERSON_MONTH, "高龄津贴：100周岁以上（不低于）", "longevity allowance, aged 100 and over (floor)";
    LongevityFloor => "longevity_allowance_floor", YUAN_PER_PERSON_MONTH, "80周岁以上温州户籍老年人高龄津贴下限（75号：不少于60元）", "floor of the longevity allowance for all Wenzhou hukou aged 80+";
    LongevityCareSubsidyInForce => "longevity_care_subsidy_in_force", ParamType::Switch, "100周岁以上改发长寿保健补助金（不重复享受）", "whether people aged 100+ receive the longevity health subsidy instead";
    LongevityCareSubsidy100 => "longevity_care_subsidy_100", YUAN_PER_PERSON_MONTH, "100周岁以上老年人长寿保健补助金", "longevity health subsidy, aged 100 and over";
    LtcEmployeeCoverCitywide => "ltc_employee_cover_citywide", ParamType::Switch, "长期护理保险是否覆盖全市职工医保参保人（此前仅市区）", "whether LTC insurance covers employee enrollees city-wide (before: 市区 only)";
    // 6号 第6条, 第16条: children.
    ChildAgeLimit => "child_age_limit", AGE, "儿童年龄上限（未满18周岁）", "age below which a person is a child";
    SevereDisabilityMaxGrade => "severe_disability_max_grade", ParamType::Number("级"), "重度残疾的最低等级（一级、二级）", "highest grade number counted as severe disability";
    ChildLivingStandardShare => "child_living_standard_share", RATE, "孤困儿童基本生活最低养育标准占城镇常住居民人均生活消费支出的比例", "child living standard as a share of urban living consumption";
    UrbanLivingConsumptionPcPrevYear => "urban_resident_living_consumption_pc_prev_year", YUAN_PER_YEAR, "当地上年度城镇常住居民人均生活消费支出", "previous year's urban resident living consumption per person";
    ChildStandardMode => "child_standard_mode", ParamType::Choice(&["top_up_to_standard", "additional"]), "孤困儿童养育标准与低保金的关系（补差或另发）", "child standard: top-up to the standard or on top of 低保";
    RehabAgeLimit => "rehab_age_limit", AGE, "康复训练补贴年龄（未满7周岁）", "age below which rehabilitation training is subsidised";
    RehabAgeLimitExtended => "rehab_age_limit_extended", AGE, "放宽后的康复训练补贴年龄（未满9周岁）", "extended age limit with a deferment certificate";
    RehabCapVisualMonthly => "rehab_cap_visual_monthly", YUAN_PER_MONTH, "视力残疾儿童康复训练补贴每月最高", "monthly cap, visual";
    RehabCapVisualAnnual => "rehab_cap_visual_annual", YUAN_PER_YEAR, "视力残疾儿童康复训练补贴每年最高", "annual cap, visual";
    RehabCapGeneralMonthly => "rehab_cap_general_monthly", YUAN_PER_MONTH, "听力、语言、肢体、智力、多重残疾等儿童康复训练补贴每月最高", "monthly cap, hearing, speech, physical, intellectual, multiple";
    RehabCapGeneralAnnual => "rehab_cap_general_annual", YUAN_PER_YEAR, "听力、语言、肢体、智力、多重残疾等儿童康复训练补贴每年最高", "annual cap, hearing, speech, physical, intellectual, multiple";
    RehabCapAutismMonthly => "rehab_cap_autism_monthly", YUAN_PER_MONTH, "孤独症儿童康复训练补贴每月最高", "monthly cap, autism";
    RehabCapAutismAnnual => "rehab_cap_autism_annual", YUAN_PER_YEAR, "孤独症儿童康复训练补贴每年最高", "annual cap, autism";
    RehabLivingMonthly => "rehab_living_monthly", YUAN_PER_MONTH, "康复生活补贴每月", "rehabilitation living subsidy per month";
    RehabLivingAnnualCap => "rehab_living_annual_cap", YUAN_PER_YEAR, "康复生活补贴每年最高", "rehabilitation living subsidy, annual cap";
    // 6号 第7条: family planning.
    FpGrantSeriousIllness => "fp_grant_serious_illness", ParamType::Number("元/户"), "市区患重病的计生困难家庭补助", "grant, 计生 hardship family with serious illness";
    FpGrantOnlyChild => "fp_grant_only_child", ParamType::Number("元/户"), "独生子女死亡或伤残家庭的父母补助", "grant, parents whose only child died or is disabled";
    FpGrantLeftBehind => "fp_grant_left_behind", ParamType::Number("元/户"), "计生困难家庭的留守儿童、留守妇女、留守老年人补助", "grant, left-behind members of a 计生 hardship family";
    FpSpecialHardshipGroup => "fp_special_hardship_group", ParamType::Choice(&["only_child", "left_behind"]), "“生活有特殊困难的计生家庭”适用的补助档次", "which grant the families in special hardship receive";
    FpGrantPeriod => "fp_grant_period", ParamType::Choice(&["year", "once"]), "计生困难家庭补助发放频次（原文未规定）", "how often the family-planning grant is paid";
    // 6号 第9条, 第16条: disability and mental health.
    MentalGuardianClass1 => "mental_guardian_subsidy_class_1", YUAN_PER_PERSON_MONTH, "监护补助：I类患者", "guardian subsidy, class I";
    MentalGuardianClass2 => "mental_guardian_subsidy_class_2", YUAN_PER_PERSON_MONTH, "监护补助：Ⅱ类患者", "guardian subsidy, class II";
    MentalCareSubsidy => "mental_care_subsidy", YUAN_PER_PERSON_MONTH, "特困、低保低边严重精神障碍患者护理照料补贴", "care subsidy, patients in 特困/低保/低边";
    LongActingInjectionSubsidy => "long_acting_injection_subsidy", ParamType::Number("元/人·年"), "精神分裂症长效针剂注射治疗补助", "long-acting injection subsidy";
    AntipsychoticCoverageShare => "antipsychotic_coverage_share", RATE, "抗精神病药物医保报销后剩余部分的保障比例（全额）", "share of the antipsychotics remainder covered";
    AccidentInsurancePremiumMin => "accident_insurance_premium_min", ParamType::Number("元/人"), "残疾人意外伤害保险保费下限", "minimum premium of disabled persons' accident insurance";
    // 6号 第21–23条, 第25条: employment and residence.
    WelfarePostSubsidyInsured => "welfare_post_subsidy_insured", YUAN_PER_PERSON_MONTH, "公益性岗位岗位补贴（缴纳社会保险）", "post subsidy, with social insurance";
    WelfarePostSiSubsidy => "welfare_post_si_subsidy", YUAN_PER_PERSON_MONTH, "公益性岗位社保补贴", "social insurance subsidy of the post";
    WelfarePostSubsidyUninsured => "welfare_post_subsidy_uninsured", YUAN_PER_PERSON_MONTH, "公益性岗位岗位补贴（未缴纳社会保险）", "post subsidy, without social insurance";
    FlexibleSiShare => "flexible_si_subsidy_share", RATE, "灵活就业社保补贴占个人实缴社会保险费的比例（三分之二）", "flexible-employment subsidy as a share of contributions";
    FlexibleSiMaxMonths => "flexible_si_max_months", MONTHS, "灵活就业社保补贴期限", "maximum months of the flexible-employment subsidy";
    FlexibleSiRetirementYears => "flexible_si_retirement_years", ParamType::Number("年"), "初次核定时距退休年龄不足的年数（可延长至退休）", "years to retirement at first approval under which the subsidy may run to retirement";
    FlexibleSiCapitalLimit => "flexible_si_capital_limit", YUAN, "认缴出资额（以上不享受）", "subscribed capital from which the subsidy is refused";
    GraduateUnemployedYears => "graduate_unemployed_years", ParamType::Number("年"), "离校未就业高校毕业生年限（2年内）", "years after leaving school a graduate counts";
    JobSearchSubsidy => "job_search_subsidy", ParamType::Number("元/人"), "求职创业补贴", "job-search and start-up grant";
    StartupMaxYears => "startup_max_years", ParamType::Number("年"), "新创办企业和个体工商户年限（3年以内）", "years since founding";
    StartupLoanIndividualCap => "startup_loan_individual_cap", YUAN, "个体工商户创业担保贷款上限", "guaranteed loan cap, individual business";
    StartupLoanEnterpriseCap => "startup_loan_enterprise_cap", YUAN, "企业创业担保贷款上限", "guaranteed loan cap, enterprise";
    WorkingAgeMin => "working_age_min", AGE, "最低就业年龄（16周岁）", "minimum working age";
    ResidenceRegistrationMonths => "residence_registration_months", MONTHS, "浙江省内累计居住登记时间要求", "months of residence registration in Zhejiang";
    // 温政办〔2022〕94号 (expired 2023-06-30).
    P94TransportZhejiang => "p94_transport_zhejiang", ParamType::Number("元/人"), "返岗交通补贴：市外省内", "travel subsidy, elsewhere in Zhejiang";
    P94TransportEastChina => "p94_transport_east_china", ParamType::Number("元/人"), "返岗交通补贴：华东地区", "travel subsidy, East China";
    P94TransportElsewhere => "p94_transport_elsewhere", ParamType::Number("元/人"), "返岗交通补贴：华东以外地区", "travel subsidy, outside East China";
    P94ResidencePoints => "p94_residence_points", ParamType::Number("分"), "留温过年新居民积分奖励", "residence points for staying over the festival";

    // 温政办〔2023〕68号 special education (rules-other §A).
    SpedServiceAgeMin => "sped_service_age_min", AGE, "特殊教育服务对象起始年龄（3—18周岁）", "lowest age of the special-education population";
    SpedServiceAgeMax => "sped_service_age_max", AGE, "特殊教育服务对象最高年龄（3—18周岁）", "highest age of the special-education population";
    SpedChildAgeLimit => "sped_child_age_limit", AGE, "残疾儿童年龄上限（未满18周岁）", "age below which a disabled person is a child";
    SpedSevereMaxGrade => "sped_severe_max_grade", ParamType::Number("级"), "重度残疾的最低等级（一级、二级）", "highest grade number counted as severe disability";
    SpedSemestersPerSchoolYear => "sped_semesters_per_school_year", ParamType::Number("学期/学年"), "每学年学期数", "semesters per school year";
    SpedTransportFloorPerSemester => "sped_transport_floor_per_semester", ParamType::Number("元/生·学期"), "残疾学生交通费补助下限（每学期每生400元以上）", "floor of the disabled students' transport subsidy per semester";
    SpedTransportPerSemester => "sped_transport_per_semester", ParamType::Number("元/生·学期"), "当地残疾学生交通费补助标准（结合实际）", "local transport subsidy per semester";
    SpedKgCareFeePerSemester => "sped_kg_care_fee_per_semester", ParamType::Number("元/生·学期"), "当地公办三级幼儿园保育费标准", "care fee of a local public tier-3 kindergarten per semester";
    SpedNationalGrantPerSchoolYear => "sped_national_grant_per_school_year", ParamType::Number("元/生·学年"), "高中阶段国家助学金标准", "national student grant in senior secondary school per school year";
    SpedVocationalAsHighSchool => "sped_vocational_as_high_school", ParamType::Switch, "中职（职高）是否属“就读高中学校”", "whether secondary vocational school counts as 高中学校";
    SpedNationalGrantCityLevel => "sped_national_grant_city_level", ParamType::Switch, "国家助学金是否与市级残疾学生助学补助属同级财政同类助学补助（不重复享受）", "whether the national grant is a same-level grant of the same kind as the city's disabled-student grants";

    // 温政办〔2023〕75号 basic elderly-service list (rules-other §B).
    EldElderlyMinAge => "eld_elderly_min_age", AGE, "老年人年龄（60周岁以上，老年人权益保障法第二条）", "age from which a person is elderly (Elderly Rights Law art. 2)";
    EldLongevityAge => "eld_longevity_age", AGE, "高龄津贴对象年龄（清单第6项：80周岁及以上）", "age of the longevity allowance (list item 6: 80 and over)";
    EldCentenarianAge => "eld_centenarian_age", AGE, "长寿保健补助金对象年龄（清单第6项：100周岁及以上）", "age of the longevity health subsidy (list item 6: 100 and over)";
    EldHardshipCareSubsidy => "eld_hardship_care_subsidy", YUAN_PER_PERSON_MONTH, "经济困难老年人养老服务补贴（清单第7项，各地确定）", "care-service subsidy of elders in economic hardship (local)";
    EldDisabledCareAllowance => "eld_disabled_care_allowance", YUAN_PER_PERSON_MONTH, "失能老年人护理补贴（清单第9项，各地确定）", "care allowance of disabled elders (local)";
    EldNoSupporterCareSubsidy => "eld_no_supporter_care_subsidy", YUAN_PER_PERSON_MONTH, "赡养人死亡或伤病残的中重度失能失智老年人养老服务补贴（清单第11项，各地确定）", "care-service subsidy, elders without able supporters (local)";
    EldSpecialContributionCareSubsidy => "eld_special_contribution_care_subsidy", YUAN_PER_PERSON_MONTH, "重点优抚对象、人体器官捐献人家庭成员中的中重度失能失智老年人养老服务补贴（清单第21项，各地确定）", "care-service subsidy, 重点优抚对象 and organ donors' families (local)";
    EldDisabledLivingSubsidy => "eld_disabled_living_subsidy", YUAN_PER_PERSON_MONTH, "困难残疾人生活补贴（清单第18项，各地确定）", "living subsidy of disabled persons in 低保 households (local)";
    EldSevereDisabilityCareTotally => "eld_severe_disability_care_totally", YUAN_PER_PERSON_MONTH, "重度残疾人护理补贴：生活完全不能自理", "severe-disability care subsidy, totally dependent";
    EldSevereDisabilityCareLargely => "eld_severe_disability_care_largely", YUAN_PER_PERSON_MONTH, "重度残疾人护理补贴：生活基本不能自理", "severe-disability care subsidy, largely dependent";
    EldSevereDisabilityCarePartly => "eld_severe_disability_care_partly", YUAN_PER_PERSON_MONTH, "重度残疾人护理补贴：生活部分不能自理", "severe-disability care subsidy, partly dependent";
    EldFreeHomeCareHours => "eld_free_home_care_hours", ParamType::Number("小时/人·月"), "特殊困难老年人免费居家养老服务时长（75号“一定时长”，各地确定）", "free home-care hours of elders in special difficulty (local)";
    EldHomeCareHourValue => "eld_home_care_hour_value", ParamType::Number("元/小时"), "居家养老服务每小时价值（各地确定）", "value of one hour of home care (local)";
    EldNotaryFreeAboveAge => "eld_notary_free_above_age", AGE, "首次公证免费年龄（超过80周岁）", "age above which a first notarisation is free";
    EldNotaryHalfFromAge => "eld_notary_half_from_age", AGE, "首次公证减半收费起始年龄（70周岁）", "age from which a first notarisation is half price";
    EldNotaryHalfShare => "eld_notary_half_share", RATE, "减半收费的减免比例", "share of the fee waived at half price";
    EldNotaryBaseFee => "eld_notary_base_fee", YUAN, "证明、确认遗嘱公证收费标准（省定，各地）", "fee of a certificate or will notarisation (local)";

    // 温政办〔2022〕41号 long-term care insurance (rules-other §C).
    LtcContributionTotal => "ltc_contribution_total", ParamType::Number("元/人·年"), "长期护理保险定额筹资（县域内职工医保参保人员每人每年）", "LTC insurance contribution per person and year (county areas)";
    LtcIndividualShare => "ltc_individual_share", RATE, "个人和用人单位同比例分担：个人承担比例", "individual share of the contribution";
    LtcRetireePaysWhole => "ltc_retiree_pays_whole", ParamType::Switch, "退休人员是否由本人缴纳全部定额（原文“执行同等的缴费标准”）", "whether a retiree pays the whole contribution";
    LtcFlexiblePaysWhole => "ltc_flexible_pays_whole", ParamType::Switch, "参加职工医保的灵活就业人员是否由本人缴纳全部定额（原文“参照职工执行”）", "whether a flexible worker pays the whole contribution";
    LtcBenefitMonthlyValue => "ltc_benefit_monthly_value", YUAN_PER_PERSON_MONTH, "长期护理保险重度失能护理服务待遇每月价值（温政办〔2019〕13号，不在种子文件中）", "monthly value of LTC care services (2019 rules, not in the seeds)";

    // 温政发〔2024〕15号 见义勇为 (rules-other §D).
    UrbanDisposableIncomePcPrevYear => "urban_disposable_income_pc_prev_year", YUAN_PER_YEAR, "上一年度当地城镇居民人均可支配收入（见义勇为：行为发生地）", "previous year's local urban disposable income per person (见义勇为: the place of the act)";
    JyywLostWorkYearDays => "jyyw_lost_work_year_days", ParamType::Number("日/年"), "见义勇为误工补助按日折算：年收入除以的天数（原文未规定）", "days a year's income is divided by for the lost-work subsidy (not stated)";
    JyywMartyrMultiple => "jyyw_martyr_multiple", RATE, "评定为烈士的增发一次性抚恤金：上一年度当地城镇居民人均可支配收入的倍数", "martyr's extra lump sum as a multiple of the urban disposable income";
    JyywMartyrFloor => "jyyw_martyr_floor", YUAN, "评定为烈士的增发一次性抚恤金下限", "floor of the martyr's extra lump sum";
    JyywNonMartyrLumpSum => "jyyw_non_martyr_lump_sum", YUAN, "未能评定为烈士的一次性抚恤金", "lump sum when not recognised as a martyr";
    JyywHukouWindowYears => "jyyw_hukou_window_years", ParamType::Number("年"), "获得表彰奖励之日起申报户口迁入的期限", "years from the award to apply for hukou migration";
    JyywMinorAge => "jyyw_minor_age", AGE, "未成年子女年龄上限（未满18周岁）", "age below which a child is a minor";
    JyywBonusCommendation => "jyyw_bonus_commendation", YUAN, "县级嘉奖奖金", "county bonus of a 嘉奖";
    JyywBonusThirdClass => "jyyw_bonus_third_class", YUAN, "县级记三等功奖金", "county bonus of a 三等功";
    JyywBonusSecondClass => "jyyw_bonus_second_class", YUAN, "市级记二等功奖金", "city bonus of a 二等功";

    // 温政发〔2024〕11号 relocation (rules-other §E).
    RelocMovingRate => "reloc_moving_rate", ParamType::Number("元/㎡"), "搬迁费标准（住宅、办公、营业用房）", "moving fee per ㎡ (residential, office, business)";
    RelocMovingMinResidential => "reloc_moving_min_residential", ParamType::Number("元/户"), "征收住宅用房的搬迁费每户下限", "minimum moving fee per household, residential";
    RelocTempLuchengResidentialMin => "reloc_temp_lucheng_residential_min", RELOC_RATE, "临时安置费标准下限：鹿城区住宅用房", "temporary resettlement fee lower bound: Lucheng, residential";
    RelocTempLuchengResidentialMax => "reloc_temp_lucheng_residential_max", RELOC_RATE, "临时安置费标准上限：鹿城区住宅用房", "temporary resettlement fee upper bound: Lucheng, residential";
    RelocTempLuchengOfficeMin => "reloc_temp_lucheng_office_min", RELOC_RATE, "临时安置费标准下限：鹿城区办公用房", "temporary resettlement fee lower bound: Lucheng, office";
    RelocTempLuchengOfficeMax => "reloc_temp_lucheng_office_max", RELOC_RATE, "临时安置费标准上限：鹿城区办公用房", "temporary resettlement fee upper bound: Lucheng, office";
    RelocTempLuchengIndustrialMin => "reloc_temp_lucheng_industrial_min", RELOC_RATE, "临时安置费标准下限：鹿城区工业用房（含仓储用房）", "temporary resettlement fee lower bound: Lucheng, industrial (incl. storage)";
    RelocTempLuchengIndustrialMax => "reloc_temp_lucheng_industrial_max", RELOC_RATE, "临时安置费标准上限：鹿城区工业用房（含仓储用房）", "temporary resettlement fee upper bound: Lucheng, industrial (incl. storage)";
    RelocTempLongwanResidentialMin => "reloc_temp_longwan_residential_min", RELOC_RATE, "临时安置费标准下限：龙湾区（温州湾新区）住宅用房", "temporary resettlement fee lower bound: Longwan (温州湾新区), residential";
    RelocTempLongwanResidentialMax => "reloc_temp_longwan_residential_max", RELOC_RATE, "临时安置费标准上限：龙湾区（温州湾新区）住宅用房", "temporary resettlement fee upper bound: Longwan (温州湾新区), residential";
    RelocTempLongwanOfficeMin => "reloc_temp_longwan_office_min", RELOC_RATE, "临时安置费标准下限：龙湾区（温州湾新区）办公用房", "temporary resettlement fee lower bound: Longwan (温州湾新区), office";
    RelocTempLongwanOfficeMax => "reloc_temp_longwan_office_max", RELOC_RATE, "临时安置费标准上限：龙湾区（温州湾新区）办公用房", "temporary resettlement fee upper bound: Longwan (温州湾新区), office";
    RelocTempLongwanIndustrialMin => "reloc_temp_longwan_industrial_min", RELOC_RATE, "临时安置费标准下限：龙湾区（温州湾新区）工业用房（含仓储用房）", "temporary resettlement fee lower bound: Longwan (温州湾新区), industrial (incl. storage)";
    RelocTempLongwanIndustrialMax => "reloc_temp_longwan_industrial_max", RELOC_RATE, "临时安置费标准上限：龙湾区（温州湾新区）工业用房（含仓储用房）", "temporary resettlement fee upper bound: Longwan (温州湾新区), industrial (incl. storage)";
    RelocTempOuhaiResidentialMin => "reloc_temp_ouhai_residential_min", RELOC_RATE, "临时安置费标准下限：瓯海区住宅用房", "temporary resettlement fee lower bound: Ouhai, residential";
    RelocTempOuhaiResidentialMax => "reloc_temp_ouhai_residential_max", RELOC_RATE, "临时安置费标准上限：瓯海区住宅用房", "temporary resettlement fee upper bound: Ouhai, residential";
    RelocTempOuhaiOfficeMin => "reloc_temp_ouhai_office_min", RELOC_RATE, "临时安置费标准下限：瓯海区办公用房", "temporary resettlement fee lower bound: Ouhai, office";
    RelocTempOuhaiOfficeMax => "reloc_temp_ouhai_office_max", RELOC_RATE, "临时安置费标准上限：瓯海区办公用房", "temporary resettlement fee upper bound: Ouhai, office";
    RelocTempOuhaiIndustrialMin => "reloc_temp_ouhai_industrial_min", RELOC_RATE, "临时安置费标准下限：瓯海区工业用房（含仓储用房）", "temporary resettlement fee lower bound: Ouhai, industrial (incl. storage)";
    RelocTempOuhaiIndustrialMax => "reloc_temp_ouhai_industrial_max", RELOC_RATE, "临时安置费标准上限：瓯海区工业用房（含仓储用房）", "temporary resettlement fee upper bound: Ouhai, industrial (incl. storage)";
    RelocTempDongtouResidentialMin => "reloc_temp_dongtou_residential_min", RELOC_RATE, "临时安置费标准下限：洞头区（不含灵昆和昆鹏街道）住宅用房", "temporary resettlement fee lower bound: Dongtou (excl. 灵昆, 昆鹏), residential";
    RelocTempDongtouResidentialMax => "reloc_temp_dongtou_residential_max", RELOC_RATE, "临时安置费标准上限：洞头区（不含灵昆和昆鹏街道）住宅用房", "temporary resettlement fee upper bound: Dongtou (excl. 灵昆, 昆鹏), residential";
    RelocTempDongtouOfficeMin => "reloc_temp_dongtou_office_min", RELOC_RATE, "临时安置费标准下限：洞头区（不含灵昆和昆鹏街道）办公用房", "temporary resettlement fee lower bound: Dongtou (excl. 灵昆, 昆鹏), office";
    RelocTempDongtouOfficeMax => "reloc_temp_dongtou_office_max", RELOC_RATE, "临时安置费标准上限：洞头区（不含灵昆和昆鹏街道）办公用房", "temporary resettlement fee upper bound: Dongtou (excl. 灵昆, 昆鹏), office";
    RelocTempDongtouIndustrialMin => "reloc_temp_dongtou_industrial_min", RELOC_RATE, "临时安置费标准下限：洞头区（不含灵昆和昆鹏街道）工业用房（含仓储用房）", "temporary resettlement fee lower bound: Dongtou (excl. 灵昆, 昆鹏), industrial (incl. storage)";
    RelocTempDongtouIndustrialMax => "reloc_temp_dongtou_industrial_max", RELOC_RATE, "临时安置费标准上限：洞头区（不含灵昆和昆鹏街道）工业用房（含仓储用房）", "temporary resettlement fee upper bound: Dongtou (excl. 灵昆, 昆鹏), industrial (incl. storage)";
    RelocTempMarineResidentialMin => "reloc_temp_marine_residential_min", RELOC_RATE, "临时安置费标准下限：温州海洋经济发展示范区住宅用房", "temporary resettlement fee lower bound: Marine Economy Development Zone, residential";
    RelocTempMarineResidentialMax => "reloc_temp_marine_residential_max", RELOC_RATE, "临时安置费标准上限：温州海洋经济发展示范区住宅用房", "temporary resettlement fee upper bound: Marine Economy Development Zone, residential";
    RelocTempMarineOfficeMin => "reloc_temp_marine_office_min", RELOC_RATE, "临时安置费标准下限：温州海洋经济发展示范区办公用房", "temporary resettlement fee lower bound: Marine Economy Development Zone, office";
    RelocTempMarineOfficeMax => "reloc_temp_marine_office_max", RELOC_RATE, "临时安置费标准上限：温州海洋经济发展示范区办公用房", "temporary resettlement fee upper bound: Marine Economy Development Zone, office";
    RelocTempMarineIndustrialMin => "reloc_temp_marine_industrial_min", RELOC_RATE, "临时安置费标准下限：温州海洋经济发展示范区工业用房（含仓储用房）", "temporary resettlement fee lower bound: Marine Economy Development Zone, industrial (incl. storage)";
    RelocTempMarineIndustrialMax => "reloc_temp_marine_industrial_max", RELOC_RATE, "临时安置费标准上限：温州海洋经济发展示范区工业用房（含仓储用房）", "temporary resettlement fee upper bound: Marine Economy Development Zone, industrial (incl. storage)";

    // 温政办〔2022〕35号 graduates (rules-other §F).
    GradStartupSubsidy => "grad_startup_subsidy", YUAN, "大学生一次性创业补贴", "graduates' one-off start-up subsidy";
    GradStartupMaxYears => "grad_startup_max_years", ParamType::Number("年"), "一次性创业补贴：毕业年限（5年以内）", "years after graduation within which the business is founded";
    GradStartupMinOperatingMonths => "grad_startup_min_operating_months", MONTHS, "一次性创业补贴：正常经营期限（1年以上）", "months of normal operation required";
    GradRequiresWenzhouUniversity => "grad_requires_wenzhou_university", ParamType::Switch, "是否仅限在温高校学生和毕业生（文件标题“在温高校”）", "whether only students and graduates of Wenzhou universities qualify";
    GradTaxCapAnnual => "grad_tax_cap_annual", ParamType::Number("元/户·年"), "高校毕业生个体经营税费扣减限额（每户每年）", "graduates' self-employment tax relief cap per household and year";
    GradTaxWindowMonths => "grad_tax_window_months", MONTHS, "高校毕业生个体经营税费扣减期限（36个月）", "months of the graduates' tax relief";
    GradTaxCapProrated => "grad_tax_cap_prorated", ParamType::Switch, "不满一年的按月换算减免限额（国家税务规定，原文未写）", "whether the cap of a partial year is pro-rated by months (national tax rule)";
    GradLoanCap => "grad_loan_cap", YUAN, "高校毕业生创业担保贷款上限", "graduates' guaranteed start-up loan cap";
}

/// A resolved parameter value.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
#[serde(untagged)]
pub enum ParamValue {
    /// A number.
    Number(Decimal),
    /// A switch.
    Switch(bool),
    /// A choice, as one of the registry's strings.
    Choice(&'static str),
    /// A set of areas, as a bit mask over [`crate::household::Area::ALL`].
    Areas(u16),
}

/// Where a resolved value came from: the layer and the entry within it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Source {
    /// Index of the layer in the parameter set (0 = base pack).
    pub layer: u16,
    /// Index of the entry within that layer.
    pub entry: u16,
}

/// The parameters resolved for one date and one area: one slot per key, filled once before the
/// rules run so that no rule searches dated tables.
#[derive(Debug, Clone)]
pub struct Resolved {
    values: Vec<Option<(ParamValue, Source)>>,
}

impl Resolved {
    pub(crate) fn new(values: Vec<Option<(ParamValue, Source)>>) -> Self {
        Resolved { values }
    }

    /// Takes the value of `key` (or its absence) from `other`.
    pub(crate) fn set_from(&mut self, key: ParamKey, other: &Resolved) {
        self.values[key as usize] = other.values[key as usize];
    }

    /// The value of `key`, if the set has one for this date and area.
    #[must_use]
    pub fn get(&self, key: ParamKey) -> Option<ParamValue> {
        self.values[key as usize].map(|(v, _)| v)
    }

    /// Where the value of `key` came from.
    #[must_use]
    pub fn source(&self, key: ParamKey) -> Option<Source> {
        self.values[key as usize].map(|(_, s)| s)
    }

    /// A number parameter.
    #[must_use]
    pub fn number(&self, key: ParamKey) -> Option<Decimal> {
        match self.get(key) {
            Some(ParamValue::Number(n)) => Some(n),
            _ => None,
        }
    }

    /// A switch parameter.
    #[must_use]
    pub fn switch(&self, key: ParamKey) -> Option<bool> {
        match self.get(key) {
            Some(ParamValue::Switch(b)) => Some(b),
            _ => None,
        }
    }

    /// A choice parameter.
    #[must_use]
    pub fn choice(&self, key: ParamKey) -> Option<&'static str> {
        match self.get(key) {
            Some(ParamValue::Choice(c)) => Some(c),
            _ => None,
        }
    }

    /// An area-set parameter.
    #[must_use]
    pub fn areas(&self, key: ParamKey) -> Option<u16> {
        match self.get(key) {
            Some(ParamValue::Areas(a)) => Some(a),
            _ => None,
        }
    }
}

impl std::fmt::Display for ParamValue {
    /// The value as a pack writes it: a number, `true`/`false`, a choice, or area codes.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            ParamValue::Number(n) => write!(f, "{n}"),
            ParamValue::Switch(b) => write!(f, "{b}"),
            ParamValue::Choice(c) => f.write_str(c),
            ParamValue::Areas(mask) => {
                let codes: Vec<&str> = crate::household::Area::ALL
                    .iter()
                    .filter(|a| mask & super::pack::area_bit(**a) != 0)
                    .map(|a| a.code())
                    .collect();
                f.write_str(&codes.join(", "))
            }
        }
    }
}
