//! 温政发〔2024〕15号 见义勇为人员奖励和保障实施办法 (seed 003): rules-other §D, D1–D25.

#[allow(unused_imports)]
use crate::policy::{Doc, Family, RuleKind, RuleMeta};

/// The catalogued rules of this document, in the extraction's order.
pub(super) static RULES: &[RuleMeta] = &[];
