//! 温政发〔2024〕11号 市区房屋征收临时安置费和搬迁费标准 (seed 003): rules-other §E, E1–E3.
//!
//! The five annexes print the same 搬迁费 text; E2 cites 附件1 (L177–179). The annex tables are quoted row
//! by row (tabs become spaces; the check ignores whitespace).

use crate::policy::{Doc, Family, RuleKind, RuleMeta};

/// The catalogued rules of this document, in the extraction's order.
pub(super) static RULES: &[RuleMeta] = &[
    RuleMeta {
        id: "E1",
        slug: "reloc_temporary_resettlement_fee",
        family: Family::Relocation,
        kind: RuleKind::Amount,
        doc: Doc::WenZhengFa2024No11,
        article: "附件1–5",
        seed: "003",
        lines: (164, 241),
        clause: "「单位：元/平方米·月……区域 住宅用房 办公用房 工业用房 (含仓储用房)……鹿城区 12-24 12-24 12-20……龙湾区 (温州湾新区) 12-16 12-16 12-18……瓯海区 12-16 12-16 12-18……洞头区(不含灵昆和昆鹏街道) 7-9 7-9 7-9……温州海洋经济 发展示范区 12-16 12-16 12-18……注：营业用房等房屋征收临时安置费按实评估。」",
    },
    RuleMeta {
        id: "E2",
        slug: "reloc_moving_fee",
        family: Family::Relocation,
        kind: RuleKind::Amount,
        doc: Doc::WenZhengFa2024No11,
        article: "附件1–5",
        seed: "003",
        lines: (177, 179),
        clause: "「征收住宅用房、办公用房、营业用房搬迁费标准按15元/平方米计算。征收住宅用房的搬迁费每户不低于1000元。……工业用房等房屋征收搬迁费按实评估。」",
    },
    RuleMeta {
        id: "E3",
        slug: "reloc_validity_and_territory_check",
        family: Family::Relocation,
        kind: RuleKind::Referral,
        doc: Doc::WenZhengFa2024No11,
        article: "正文; 附件4",
        seed: "003",
        lines: (148, 222),
        clause: "「各区人民政府，市各有关单位：……2024年3月5日至2026年3月4日临时安置费和搬迁费标准按照本通知规定执行。……各区、功能区可根据本通知公布的标准范围，在房屋征收与补偿方案中确定具体的临时安置费和搬迁费标准。……洞头区(不含灵昆和昆鹏街道)」",
    },
];
