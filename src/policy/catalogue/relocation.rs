//! 温政发〔2024〕11号 市区房屋征收临时安置费和搬迁费标准 (seed 003): rules-other §E, E1–E3.

#[allow(unused_imports)]
use crate::policy::{Doc, Family, RuleKind, RuleMeta};

/// The catalogued rules of this document, in the extraction's order.
pub(super) static RULES: &[RuleMeta] = &[];
