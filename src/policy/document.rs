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
}

impl Doc {
    /// Every document.
    pub const ALL: [Doc; 3] = [
        Doc::WenZhengFa2022No6,
        Doc::WenZhengBan2022No98,
        Doc::WenZhengBan2022No94,
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
        }
    }

    /// First day in force.
    ///
    /// 6号: 「本政策自2022年5月1日起施行，有效期至2025年12月31日」 (004 L1064–1068).
    /// 98号: 「本方案自2023年1月1日起施行，有效期至2025年12月31日。」 (002 L1224–1226).
    /// 94号: 「本政策自印发之日起施行，有效期至2023年6月30日」 (002 L331–335), issued 2022-12-22 (002 L31).
    #[must_use]
    pub fn valid_from(self) -> NaiveDate {
        match self {
            Doc::WenZhengFa2022No6 => date(2022, 5, 1),
            Doc::WenZhengBan2022No98 => date(2023, 1, 1),
            Doc::WenZhengBan2022No94 => date(2022, 12, 22),
        }
    }

    /// Last day in force (inclusive).
    #[must_use]
    pub fn valid_to(self) -> NaiveDate {
        match self {
            Doc::WenZhengFa2022No6 | Doc::WenZhengBan2022No98 => date(2025, 12, 31),
            Doc::WenZhengBan2022No94 => date(2023, 6, 30),
        }
    }

    /// Whether the document is in force on `on`.
    #[must_use]
    pub fn in_force(self, on: NaiveDate) -> bool {
        self.valid_from() <= on && on <= self.valid_to()
    }
}

fn date(y: i32, m: u32, d: u32) -> NaiveDate {
    // The dates above are constants of the gazettes and always valid.
    NaiveDate::from_ymd_opt(y, m, d).unwrap_or(NaiveDate::MIN)
}
