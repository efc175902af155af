//! A house expropriation on state-owned land in 市区 for 温政发〔2024〕11号 (rules-other §E): the
//! project's district and rates, the building's use and floor area, the transition.

use serde::{Deserialize, Serialize};

/// An expropriation of the household's building (11号); absent on a household: none.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Relocation {}
