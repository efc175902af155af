//! 温政办〔2022〕41号 长期护理保险2022年扩面提质实施方案 (seed 001): rules-other §C, C1–C5.

#[allow(unused_imports)]
use crate::policy::{Doc, Family, RuleKind, RuleMeta};

/// The catalogued rules of this document, in the extraction's order.
pub(super) static RULES: &[RuleMeta] = &[];
