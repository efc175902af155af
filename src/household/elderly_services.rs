//! Facts of an elderly person for the basic elderly-service list of 温政办〔2023〕75号
//! (《温州市基本养老服务清单（2023年版）》, rules-other §B) and long-term care insurance
//! (温政办〔2022〕41号, §C): living arrangement, supporters, capability assessment, special statuses.

use serde::{Deserialize, Serialize};

/// An elderly person's facts for the 2023 basic elderly-service list (75号); absent on a member:
/// none recorded.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ElderlyServices {}
