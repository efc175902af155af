//! Which department receives the application for a rule's benefit (受理部门), for the notice's
//! next steps. The seeds name the responsible department in many clauses; for the rest it is the
//! department of the programme family. The notice prints it as the usual department and tells the
//! household to apply through the township's social-assistance window when in doubt.

use serde::Serialize;

use super::{Family, RuleMeta};

/// A department that decides on applications.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Department {
    /// 民政部门.
    CivilAffairs,
    /// 医疗保障部门.
    MedicalSecurity,
    /// 教育部门.
    Education,
    /// 住房和城乡建设部门.
    Housing,
    /// 人力资源和社会保障部门.
    HumanResources,
    /// 残疾人联合会 (残联).
    DisabledPersons,
    /// 退役军人事务部门.
    VeteransAffairs,
    /// 卫生健康部门.
    Health,
    /// 工会 (困难职工帮扶, 6号 第8条).
    TradeUnion,
    /// 公安机关 (见义勇为 confirmation, 15号 第3条; residence permits).
    PublicSecurity,
    /// 房屋征收部门 (11号).
    Expropriation,
}

impl Department {
    /// Every department, in the order the notice lists them.
    pub const ALL: [Department; 11] = [
        Department::CivilAffairs,
        Department::MedicalSecurity,
        Department::Education,
        Department::Housing,
        Department::HumanResources,
        Department::DisabledPersons,
        Department::VeteransAffairs,
        Department::Health,
        Department::TradeUnion,
        Department::PublicSecurity,
        Department::Expropriation,
    ];

    /// Message key of the department's name (`dept-civil_affairs`).
    #[must_use]
    pub fn key(self) -> &'static str {
        match self {
            Department::CivilAffairs => "dept-civil_affairs",
            Department::MedicalSecurity => "dept-medical_security",
            Department::Education => "dept-education",
            Department::Housing => "dept-housing",
            Department::HumanResources => "dept-human_resources",
            Department::DisabledPersons => "dept-disabled_persons",
            Department::VeteransAffairs => "dept-veterans_affairs",
            Department::Health => "dept-health",
            Department::TradeUnion => "dept-trade_union",
            Department::PublicSecurity => "dept-public_security",
            Department::Expropriation => "dept-expropriation",
        }
    }
}

impl RuleMeta {
    /// The department that usually receives the application for this rule's benefit.
    #[must_use]
    pub fn department(&self) -> Department {
        use Department as D;
        match self.id {
            // 6号 第8条: 困难职工 are the trade union's (「纳入工会送温暖范围」).
            "INC-19" | "INC-20" | "INC-21" => D::TradeUnion,
            // Long-term care insurance is run by the medical-security administration (温政办〔2022〕41号).
            "ELD-05" | "C1" | "C2" | "C3" | "C4" => D::MedicalSecurity,
            // Rehabilitation of disabled children and assistive devices: 残联.
            "CHD-02" | "CHD-03" | "A8" | "A9" => D::DisabledPersons,
            // Mental-health drugs and injections are given through health services.
            "DIS-03" | "DIS-04" | "MED-01" => D::Health,
            "DIS-01" | "DIS-02" | "MED-06" => D::CivilAffairs,
            // Pension contributions are 人力社保's; residence permits are 公安's.
            "UTL-01" => D::HumanResources,
            "OTH-01" => D::PublicSecurity,
            _ => match self.family {
                Family::Income | Family::Elderly | Family::Children | Family::Utilities => {
                    D::CivilAffairs
                }
                Family::Veterans => D::VeteransAffairs,
                Family::FamilyPlanning => D::Health,
                Family::Disability => D::DisabledPersons,
                Family::Housing => D::Housing,
                Family::Medical => D::MedicalSecurity,
                Family::Education => D::Education,
                Family::Employment | Family::Other => D::HumanResources,
                // 15号 第3条: 「公安机关负责见义勇为行为确认等日常管理工作」.
                Family::GoodSamaritan => D::PublicSecurity,
                Family::Relocation => D::Expropriation,
            },
        }
    }
}
