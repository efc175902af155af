//! 温政办〔2023〕68号 特殊教育普惠发展三年行动计划 (seed 000): rules-other §A, A1–A13.

#[allow(unused_imports)]
use crate::policy::{Doc, Family, RuleKind, RuleMeta};

/// The catalogued rules of this document, in the extraction's order.
pub(super) static RULES: &[RuleMeta] = &[];
