//! 温政办〔2022〕41号 长期护理保险2022年扩面提质实施方案 (seed 001): rules-other §C, C1–C5.
//!
//! C1 quotes 二(一) without the running header that the seed prints inside the sentence (L1923).

use crate::policy::{Doc, Family, RuleKind, RuleMeta};

/// The catalogued rules of this document, in the extraction's order.
pub(super) static RULES: &[RuleMeta] = &[
    RuleMeta {
        id: "C1",
        slug: "ltc_eligibility",
        family: Family::Medical,
        kind: RuleKind::Entitlement,
        doc: Doc::WenZhengBan2022No41,
        article: "二(一)",
        seed: "001",
        lines: (1917, 1926),
        clause: "试点范围从市区职工医保扩大到全市职……工医保，将已参加本市职工医保的在职人员和退休人员统一纳入长期护理保险实施范围。",
    },
    RuleMeta {
        id: "C2",
        slug: "ltc_contribution",
        family: Family::Medical,
        kind: RuleKind::Amount,
        doc: Doc::WenZhengBan2022No41,
        article: "二(二)",
        seed: "001",
        lines: (1932, 1956),
        clause: "县域内职工医保参保人员暂按每人每年100元定额筹资，个人和用人单位同比例分担。在职与退休人员执行同等的缴费标准；参加职工医保的灵活就业人员，参照职工执行。",
    },
    RuleMeta {
        id: "C3",
        slug: "ltc_benefit_in_kind",
        family: Family::Medical,
        kind: RuleKind::Entitlement,
        doc: Doc::WenZhengBan2022No41,
        article: "二(三)",
        seed: "001",
        lines: (1962, 1984),
        clause: "长期护理保险待遇以护理服务方式支付，待遇支付标准维持现有水平，具体支付范围暂按《温州市长期护理保险试行办法》（温政办〔2019〕13号）有关规定执行，待上级文件出台后，同步调整待遇政策。",
    },
    RuleMeta {
        id: "C4",
        slug: "ltc_disability_assessment",
        family: Family::Medical,
        kind: RuleKind::Referral,
        doc: Doc::WenZhengBan2022No41,
        article: "二(四)",
        seed: "001",
        lines: (1988, 2008),
        clause: "全市长期护理保险失能等级评估暂按《温州市长期护理保险失能等级评定管理办法》及《温州市长期护理保险失能等级评估量表》执行，待上级文件出台后，同步调整实施。",
    },
    RuleMeta {
        id: "C5",
        slug: "ltc_caregiver_training",
        family: Family::Employment,
        kind: RuleKind::Referral,
        doc: Doc::WenZhengBan2022No41,
        article: "附件1第9项",
        seed: "001",
        lines: (2764, 2856),
        clause: "根据长期护理保险护理服务要求，开设针对性护理培训并进行考核，将护理培训纳入职业技能培训补贴范围。",
    },
];
