//! The gazettes: the documents the rules come from, and their periods of validity as the parameter
//! packs give them.
//!
//! The program knows each document by its number (文号) because each rule belongs to one. Its
//! title and the dates it is in force are data: the official pack carries the gazettes' own
//! periods, and a policy update or an office's local pack may continue a document (延续执行) or
//! repeal it (废止), citing the notice that does so. Nothing here continues a document by itself.

use chrono::NaiveDate;
use serde::Serialize;

/// A source document (文件) of the rules.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
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

    /// The document with this number (文号), as a pack writes it.
    #[must_use]
    pub fn from_number(number: &str) -> Option<Doc> {
        Doc::ALL.into_iter().find(|d| d.number() == number.trim())
    }
}

/// A document's period of validity on a parameter set: the gazette's own, as the base pack gives
/// it, changed by the layers above (continuations and repeals, each with its notice).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct DocumentPeriod {
    /// The document.
    pub doc: Doc,
    /// Its title.
    pub title: String,
    /// First day in force.
    pub valid_from: NaiveDate,
    /// Last day in force (inclusive) after every layer; `None`: no end.
    pub valid_to: Option<NaiveDate>,
    /// The last day the document itself states; `None`: it states no end.
    pub gazette_valid_to: Option<NaiveDate>,
    /// Where the gazette states its period.
    pub citation: String,
    /// The notice that continued the document (延续执行), if a layer did.
    pub continued_by: Option<String>,
    /// The notice that repealed it (废止), if a layer did.
    pub repealed_by: Option<String>,
}

impl DocumentPeriod {
    /// Whether the document is in force on `on`.
    #[must_use]
    pub fn in_force(&self, on: NaiveDate) -> bool {
        self.valid_from <= on && self.valid_to.is_none_or(|to| on <= to)
    }

    /// The continuation notice, if `on` lies after the gazette's own last day and the document is
    /// in force on it only because a notice continued it.
    #[must_use]
    pub fn continued_on(&self, on: NaiveDate) -> Option<&str> {
        let after_gazette = self.gazette_valid_to.is_some_and(|to| on > to);
        (after_gazette && self.in_force(on))
            .then_some(self.continued_by.as_deref())
            .flatten()
    }

    /// Whether the document has lapsed (or was repealed) by `on`.
    #[must_use]
    pub fn lapsed_on(&self, on: NaiveDate) -> bool {
        self.valid_to.is_some_and(|to| on > to)
    }
}
