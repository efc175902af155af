//! Facts of a disabled child's schooling for 温政办〔2023〕68号 (special education, rules-other §A):
//! the kind of placement (随班就读, 特殊教育学校, 送教上门…) beyond the school level of `Member`.

use serde::{Deserialize, Serialize};

/// A disabled child's or young person's special-education placement (68号); absent on a member:
/// no such placement recorded.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct SpecialEducation {}
