//! Facts of an elderly person for the basic elderly-service list of 温政办〔2023〕75号
//! (《温州市基本养老服务清单（2023年版）》, rules-other §B) and long-term care insurance
//! (温政办〔2022〕41号, §C): living arrangement, supporters, capability assessment, special statuses.
//!
//! Facts the other programmes already record are not repeated here: 生活不能自理程度
//! (`care_dependency`), 失智 (`dementia`), the long-term care assessment (`ltc_assessment`), the medical
//! scheme, 退役军人 (`veteran`), the disability certificate, 特困 (`tekun`), the household's 低保/低边
//! status and its family-planning situation (`fp_family`).

use serde::{Deserialize, Serialize};

/// An elderly person's facts for the 2023 basic elderly-service list (75号); absent on a member:
/// none recorded (the rules that need one of these facts are then not triggered for that member).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ElderlyServices {
    /// Lives in Wenzhou habitually (常住), whatever the hukou (清单第15项 「面向常住的…」).
    #[serde(default)]
    pub resident_locally: Option<bool>,
    /// The member's own hukou is outside Wenzhou although the household's is in Wenzhou (a parent who
    /// came to live with a child, 清单第24项); absent: the household's hukou (the 户口簿 the members are
    /// registered on), entered only for a member registered elsewhere.
    #[serde(default)]
    pub hukou_outside_wenzhou: Option<bool>,
    /// Lives together with an adult child who holds a Wenzhou urban family hukou (与我市城镇地区家庭户口的
    /// 成年子女共同居住生活, 清单第24项).
    #[serde(default)]
    pub lives_with_urban_hukou_child: Option<bool>,
    /// 独居: lives alone.
    #[serde(default)]
    pub lives_alone: Option<bool>,
    /// 孤寡: no spouse and no children.
    #[serde(default)]
    pub gua: Option<bool>,
    /// 空巢: only the elderly person or couple live in the home, the children live elsewhere.
    #[serde(default)]
    pub empty_nest: Option<bool>,
    /// 留守: the children work away from home and the elder stays behind.
    #[serde(default)]
    pub left_behind: Option<bool>,
    /// 事实无人照顾: in practice nobody looks after the elder (officer's judgement, 清单第16项).
    #[serde(default)]
    pub no_de_facto_carer: Option<bool>,
    /// Every 赡养人 has died, or is unable to support the elder because of injury, illness or
    /// disability (赡养人死亡或者伤病残无力进行赡养, 清单第11项).
    #[serde(default)]
    pub supporters_dead_or_unable: Option<bool>,
    /// Result of the 民政 老年人能力综合评估 (清单第3项); `not_assessed` if none has been made.
    #[serde(default)]
    pub capability: Option<CapabilityLevel>,
    /// 失智 level (清单第11, 21项 「中重度失能失智」); `none` if not demented.
    #[serde(default)]
    pub dementia_level: Option<DementiaLevel>,
    /// 重点优抚对象 (清单第21项).
    #[serde(default)]
    pub key_youfu: Option<bool>,
    /// A family member of a human organ donor (人体器官捐献人家庭成员, 清单第21项).
    #[serde(default)]
    pub organ_donor_family: Option<bool>,
    /// 残疾军人 (清单第20, 22项 「老年残疾军人」).
    #[serde(default)]
    pub disabled_veteran: Option<bool>,
    /// “三属”: a family member of a martyr, of a service member who died on duty or of illness in
    /// service (烈士遗属、因公牺牲军人遗属、病故军人遗属, 清单第20, 22项).
    #[serde(default)]
    pub martyr_family: Option<bool>,
    /// A 低保 elder whose life is still hard after the 低保金 (获得最低生活保障金后生活仍有困难, 清单第12项).
    #[serde(default)]
    pub hardship_after_dibao: Option<bool>,
    /// A vagrant or beggar with no means of living (生活无着的流浪、乞讨老年人, 清单第19项).
    #[serde(default)]
    pub vagrant: Option<bool>,
    /// Disabled by a 见义勇为 act and has completely lost the ability to work (见义勇为致残导致完全丧失劳动
    /// 能力, 清单第23项).
    #[serde(default)]
    pub good_samaritan_disabled: Option<bool>,
    /// The family has difficulty supporting the person (家庭供养困难, 清单第23项).
    #[serde(default)]
    pub family_support_difficult: Option<bool>,
    /// Has a need for legal services (有法律服务需求, 清单第5项).
    #[serde(default)]
    pub legal_need: Option<bool>,
    /// Is applying for a first notarisation of a certificate or a will (首次办理证明、确认遗嘱公证,
    /// 清单第5项).
    #[serde(default)]
    pub first_notarisation: Option<bool>,
    /// A member (of any age) attending care training or another vocational training to care for a
    /// disabled elder of the household (失能老年人家庭成员参加照护培训, 清单第10项; 41号 附件1 第9项).
    #[serde(default)]
    pub attends_care_training: Option<bool>,
}

/// Result of the 民政 老年人能力综合评估 (清单第3项).
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize, schemars::JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum CapabilityLevel {
    /// No assessment on file.
    NotAssessed,
    /// 能力完好 / 能自理.
    Able,
    /// 轻度失能.
    Mild,
    /// 中度失能.
    Moderate,
    /// 重度失能.
    Severe,
}

/// 失智 level.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize, schemars::JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum DementiaLevel {
    /// Not demented.
    None,
    /// 轻度失智.
    Mild,
    /// 中度失智.
    Moderate,
    /// 重度失智.
    Severe,
}
