//! The gazettes and their periods of validity.

use chrono::NaiveDate;
use serde::Serialize;

/// A source document (文件) of the rules.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
pub enum Doc {
    /// 温政发〔2022〕6号 《关于进一步帮扶特殊群体推进共同富裕的若干政策意见》.
    WenZhengFa2022No6,
    /// 温政办〔2022〕98号 《关于深化"医保纾困"改革 强化"一困一老一小"医疗保障的实施方案》.
    WenZhengBan2022No98,
    /// 温政办〔2022〕94号 《温州市支持企业"留员工、稳生产、开门红"工作方案》.
    WenZhengBan2022No94,
    /// 温政办〔2023〕68号 特殊教育普惠发展三年行动计划 (seed 000).
    WenZhengBan2023No68,
    /// 温政办〔2023〕75号 居家养老服务促进条例实施意见 and its annex 《温州市基本养老服务清单（2023年版）》
    /// (seed 000).
    WenZhengBan2023No75,
    /// 温政办〔2022〕41号 长期护理保险2022年扩面提质实施方案 (seed 001).
    WenZhengBan2022No41,
    /// 温政发〔2024〕15号 见义勇为人员奖励和保障实施办法 (seed 003).
    WenZhengFa2024No15,
    /// 温政发〔2024〕11号 2024–2026年市区国有土地上房屋征收临时安置费和搬迁费标准 (seed 003).
    WenZhengFa2024No11,
    /// 温政办〔2022〕35号 进一步推进在温高校大学生创新创业的意见 (seed 001).
    WenZhengBan2022No35,
}

impl Doc {
    /// Every document.
    pub const ALL: [Doc; 9] = [
        Doc::WenZhengFa2022No6,
        Doc::WenZhengBan2022No98,
        Doc::WenZhengBan2022No94,
        Doc::WenZhengBan2023No68,
        Doc::WenZhengBan2023No75,
        Doc::WenZhengBan2022No41,
        Doc::WenZhengFa2024No15,
        Doc::WenZhengFa2024No11,
        Doc::WenZhengBan2022No35,
    ];

    /// Position in [`Doc::ALL`].
    #[must_use]
    pub fn index(self) -> usize {
        self as usize
    }

    /// The document number (文号).
    #[must_use]
    pub fn number(self) -> &'static str {
        match self {
            Doc::WenZhengFa2022No6 => "温政发〔2022〕6号",
            Doc::WenZhengBan2022No98 => "温政办〔2022〕98号",
            Doc::WenZhengBan2022No94 => "温政办〔2022〕94号",
            Doc::WenZhengBan2023No68 => "温政办〔2023〕68号",
            Doc::WenZhengBan2023No75 => "温政办〔2023〕75号",
            Doc::WenZhengBan2022No41 => "温政办〔2022〕41号",
            Doc::WenZhengFa2024No15 => "温政发〔2024〕15号",
            Doc::WenZhengFa2024No11 => "温政发〔2024〕11号",
            Doc::WenZhengBan2022No35 => "温政办〔2022〕35号",
        }
    }

    /// The short title.
    #[must_use]
    pub fn title(self) -> &'static str {
        match self {
            Doc::WenZhengFa2022No6 => "关于进一步帮扶特殊群体推进共同富裕的若干政策意见",
            Doc::WenZhengBan2022No98 => {
                "关于深化“医保纾困”改革 强化“一困一老一小”医疗保障的实施方案"
            }
            Doc::WenZhengBan2022No94 => "温州市支持企业“留员工、稳生产、开门红”工作方案",
            Doc::WenZhengBan2023No68 => "温州市特殊教育普惠发展三年行动计划",
            Doc::WenZhengBan2023No75 => {
                "关于贯彻落实《温州市居家养老服务促进条例》的实施意见（附温州市基本养老服务清单（2023年版））"
            }
            Doc::WenZhengBan2022No41 => "温州市长期护理保险2022年扩面提质实施方案",
            Doc::WenZhengFa2024No15 => "温州市见义勇为人员奖励和保障实施办法",
            Doc::WenZhengFa2024No11 => {
                "2024—2026年温州市区国有土地上房屋征收临时安置费和搬迁费标准"
            }
            Doc::WenZhengBan2022No35 => "关于进一步推进在温高校大学生创新创业的意见",
        }
    }

    /// First day in force.
    ///
    /// 6号: 「本政策自2022年5月1日起施行，有效期至2025年12月31日」 (004 L1064–1068).
    /// 98号: 「本方案自2023年1月1日起施行，有效期至2025年12月31日。」 (002 L1224–1226).
    /// 94号: 「本政策自印发之日起施行，有效期至2023年6月30日」 (002 L331–335), issued 2022-12-22 (002 L31).
    /// 68号: no 施行日期 in the text; in force from its date of issue, 2023-08-03 (000 L87).
    /// 75号: 「本意见自2023年10月1日起施行，有效期至2027年9月30日。」 (000 L2575–2577).
    /// 41号: 「本实施方案自2022年6月25日起开始实施。」 (001 L2226).
    /// 15号: 「本办法自2024年6月1日起施行，有效期10年。」 (003 L767).
    /// 11号: 「2024年3月5日至2026年3月4日临时安置费和搬迁费标准按照本通知规定执行。」 (003 L150).
    /// 35号: no 施行日期 in the text; in force from its date of issue, 2022-05-06 (001 L511).
    #[must_use]
    pub fn valid_from(self) -> NaiveDate {
        match self {
            Doc::WenZhengFa2022No6 => date(2022, 5, 1),
            Doc::WenZhengBan2022No98 => date(2023, 1, 1),
            Doc::WenZhengBan2022No94 => date(2022, 12, 22),
            Doc::WenZhengBan2023No68 => date(2023, 8, 3),
            Doc::WenZhengBan2023No75 => date(2023, 10, 1),
            Doc::WenZhengBan2022No41 => date(2022, 6, 25),
            Doc::WenZhengFa2024No15 => date(2024, 6, 1),
            Doc::WenZhengFa2024No11 => date(2024, 3, 5),
            Doc::WenZhengBan2022No35 => date(2022, 5, 6),
        }
    }

    /// Last day in force (inclusive); `None` when the text states no end (68号, 41号, 35号).
    /// 15号's ten years from 2024-06-01 end on 2034-05-31.
    #[must_use]
    pub fn valid_to(self) -> Option<NaiveDate> {
        match self {
            Doc::WenZhengFa2022No6 | Doc::WenZhengBan2022No98 => Some(date(2025, 12, 31)),
            Doc::WenZhengBan2022No94 => Some(date(2023, 6, 30)),
            Doc::WenZhengBan2023No75 => Some(date(2027, 9, 30)),
            Doc::WenZhengFa2024No15 => Some(date(2034, 5, 31)),
            Doc::WenZhengFa2024No11 => Some(date(2026, 3, 4)),
            Doc::WenZhengBan2023No68 | Doc::WenZhengBan2022No41 | Doc::WenZhengBan2022No35 => None,
        }
    }

    /// Whether the document is in force on `on`.
    #[must_use]
    pub fn in_force(self, on: NaiveDate) -> bool {
        self.valid_from() <= on && self.valid_to().is_none_or(|to| on <= to)
    }
}

fn date(y: i32, m: u32, d: u32) -> NaiveDate {
    // The dates above are constants of the gazettes and always valid.
    NaiveDate::from_ymd_opt(y, m, d).unwrap_or(NaiveDate::MIN)
}
