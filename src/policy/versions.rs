//! Rule versions: a benefit that two documents give in different words. While both are in force the
//! engine applies both and the stacking table pays it once (see `engine::stacking`); a trainer's
//! scenario may instead name the version to apply, to show what one document changed ("what did the
//! 2023 elderly list change"). The rules of the other version are then not evaluated, and the
//! determination says so.

use super::{Doc, ParamKey, RuleId};

/// One document's wording of a benefit.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RuleVersion {
    /// The document.
    pub doc: Doc,
    /// Its rules for the benefit.
    pub rules: &'static [RuleId],
    /// Parameters by which this document's wording reaches the other document's rules (75号's floor
    /// of 60 and its 长寿保健补助金 are read by ELD-04). When the other version is chosen they take the
    /// value they had the day before this document took effect.
    pub carried: &'static [ParamKey],
}

/// A benefit worded by two documents.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct VersionedBenefit {
    /// Name in scenario files (`[pack.versions] elderly_allowance = "温政办〔2023〕75号"`).
    pub id: &'static str,
    /// Message key of its name.
    pub key: &'static str,
    /// The versions, older document first.
    pub versions: [RuleVersion; 2],
}

/// The benefits with two versions: the overlaps of the stacking table that are one benefit.
pub static VERSIONED_BENEFITS: &[VersionedBenefit] = &[
    // 6号 第5条 高龄津贴 and 75号 清单第6项 (B1 高龄津贴, B2 from 100).
    VersionedBenefit {
        id: "elderly_allowance",
        key: "version-elderly-allowance",
        versions: [
            RuleVersion {
                doc: Doc::WenZhengFa2022No6,
                rules: &["ELD-04"],
                carried: &[],
            },
            RuleVersion {
                doc: Doc::WenZhengBan2023No75,
                rules: &["B1", "B2"],
                carried: &[
                    ParamKey::LongevityFloor,
                    ParamKey::LongevityCareSubsidyInForce,
                ],
            },
        ],
    },
    // 6号 第5条 养老服务补贴 (居家, 机构) and 75号 清单第7项.
    VersionedBenefit {
        id: "care_service_subsidy",
        key: "version-care-service-subsidy",
        versions: [
            RuleVersion {
                doc: Doc::WenZhengFa2022No6,
                rules: &["ELD-01", "ELD-02", "ELD-03"],
                carried: &[],
            },
            RuleVersion {
                doc: Doc::WenZhengBan2023No75,
                rules: &["B3"],
                carried: &[],
            },
        ],
    },
    // 6号 第5条 长期护理保险 (重度失能) and 41号 二(三)、二(四).
    VersionedBenefit {
        id: "long_term_care",
        key: "version-long-term-care",
        versions: [
            RuleVersion {
                doc: Doc::WenZhengFa2022No6,
                rules: &["ELD-05"],
                carried: &[],
            },
            RuleVersion {
                doc: Doc::WenZhengBan2022No41,
                rules: &["C3", "C4"],
                carried: &[],
            },
        ],
    },
    // 6号 第23条 创业担保贷款 and 35号 二(二)8 (the same guaranteed loan).
    VersionedBenefit {
        id: "startup_loan",
        key: "version-startup-loan",
        versions: [
            RuleVersion {
                doc: Doc::WenZhengFa2022No6,
                rules: &["EMP-06"],
                carried: &[],
            },
            RuleVersion {
                doc: Doc::WenZhengBan2022No35,
                rules: &["F4"],
                carried: &[],
            },
        ],
    },
];

/// The benefit named `id` in a scenario file.
#[must_use]
pub fn versioned_benefit(id: &str) -> Option<&'static VersionedBenefit> {
    VERSIONED_BENEFITS.iter().find(|b| b.id == id)
}

impl VersionedBenefit {
    /// The version of `doc` (its 文号, as written in scenario files).
    #[must_use]
    pub fn version(&self, number: &str) -> Option<&RuleVersion> {
        self.versions.iter().find(|v| v.doc.number() == number)
    }
}
