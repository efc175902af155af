//! Administrative units of Wenzhou (温州) used for hukou.
//!
//! Which units form 市区 is not decided here: 6号 附则 第1点 defines 市区 as 「市本级、鹿城区、龙湾区、
//! 瓯海区、洞头区及市级功能区」, and the parameter pack carries that list (`shiqu_units`) so that an
//! office can correct it without a new build.

use serde::{Deserialize, Serialize};

/// A county-level unit of Wenzhou, or outside Wenzhou.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    Serialize,
    Deserialize,
    schemars::JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum Area {
    /// 市本级.
    ShiBenJi,
    /// 鹿城区.
    Lucheng,
    /// 龙湾区.
    Longwan,
    /// 瓯海区.
    Ouhai,
    /// 洞头区.
    Dongtou,
    /// 市级功能区 (e.g. 温州经济技术开发区, 温州生态园).
    CityFunctionalZone,
    /// 瑞安市.
    Ruian,
    /// 乐清市.
    Yueqing,
    /// 龙港市.
    Longgang,
    /// 永嘉县.
    Yongjia,
    /// 平阳县.
    Pingyang,
    /// 苍南县.
    Cangnan,
    /// 文成县.
    Wencheng,
    /// 泰顺县.
    Taishun,
    /// Hukou outside Wenzhou (new citizens, migrant workers).
    OutsideWenzhou,
}

impl Area {
    /// Every unit, in the order of the gazettes.
    pub const ALL: [Area; 15] = [
        Area::ShiBenJi,
        Area::Lucheng,
        Area::Longwan,
        Area::Ouhai,
        Area::Dongtou,
        Area::CityFunctionalZone,
        Area::Ruian,
        Area::Yueqing,
        Area::Longgang,
        Area::Yongjia,
        Area::Pingyang,
        Area::Cangnan,
        Area::Wencheng,
        Area::Taishun,
        Area::OutsideWenzhou,
    ];

    /// The code used in files (`lucheng`, `ruian`…).
    #[must_use]
    pub fn code(self) -> &'static str {
        match self {
            Area::ShiBenJi => "shi_ben_ji",
            Area::Lucheng => "lucheng",
            Area::Longwan => "longwan",
            Area::Ouhai => "ouhai",
            Area::Dongtou => "dongtou",
            Area::CityFunctionalZone => "city_functional_zone",
            Area::Ruian => "ruian",
            Area::Yueqing => "yueqing",
            Area::Longgang => "longgang",
            Area::Yongjia => "yongjia",
            Area::Pingyang => "pingyang",
            Area::Cangnan => "cangnan",
            Area::Wencheng => "wencheng",
            Area::Taishun => "taishun",
            Area::OutsideWenzhou => "outside_wenzhou",
        }
    }

    /// The official Chinese name (鹿城区, 瑞安市…), as offices write it in their tables.
    #[must_use]
    pub fn name_zh(self) -> &'static str {
        match self {
            Area::ShiBenJi => "市本级",
            Area::Lucheng => "鹿城区",
            Area::Longwan => "龙湾区",
            Area::Ouhai => "瓯海区",
            Area::Dongtou => "洞头区",
            Area::CityFunctionalZone => "市级功能区",
            Area::Ruian => "瑞安市",
            Area::Yueqing => "乐清市",
            Area::Longgang => "龙港市",
            Area::Yongjia => "永嘉县",
            Area::Pingyang => "平阳县",
            Area::Cangnan => "苍南县",
            Area::Wencheng => "文成县",
            Area::Taishun => "泰顺县",
            Area::OutsideWenzhou => "温州市外",
        }
    }

    /// Parses a code written by [`Area::code`].
    #[must_use]
    pub fn from_code(code: &str) -> Option<Area> {
        Area::ALL.into_iter().find(|a| a.code() == code)
    }

    /// Whether the hukou is in Wenzhou at all (6号 附则 第1点: 「适用对象原则上为温州户籍」).
    #[must_use]
    pub fn is_wenzhou(self) -> bool {
        self != Area::OutsideWenzhou
    }
}
