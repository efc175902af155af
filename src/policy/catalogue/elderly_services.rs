//! 温政办〔2023〕75号 and its annex 《温州市基本养老服务清单（2023年版）》 (seed 000): rules-other §B, B1–B27.

#[allow(unused_imports)]
use crate::policy::{Doc, Family, RuleKind, RuleMeta};

/// The catalogued rules of this document, in the extraction's order.
pub(super) static RULES: &[RuleMeta] = &[];
