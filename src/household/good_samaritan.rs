//! The 见义勇为 record of a person for 温政发〔2024〕15号 (rules-other §D): confirmation, the place
//! and date of the act, award, injury or death, and what insurance paid.

use serde::{Deserialize, Serialize};

/// A member's 见义勇为 record (15号); absent on a member: no such act.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct GoodSamaritan {}
