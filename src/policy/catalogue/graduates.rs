//! 温政办〔2022〕35号 在温高校大学生创新创业 (seed 001): rules-other §F, F1–F7.

#[allow(unused_imports)]
use crate::policy::{Doc, Family, RuleKind, RuleMeta};

/// The catalogued rules of this document, in the extraction's order.
pub(super) static RULES: &[RuleMeta] = &[];
