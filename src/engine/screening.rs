//! Pre-screening (初步筛查) of a household that is not yet recognised: the recognitions it may apply
//! for, from its counted income and the local standards. Not a rule of the catalogue but the door to
//! most of them, so the notice refers the household to 民政 with its figures.

use rust_decimal::Decimal;
use serde::Serialize;

use super::ctx::Derived;
use crate::household::{Household, HouseholdStatus};
use crate::policy::{ParamKey, Resolved};

/// A recognition the household or a member may qualify for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Screening {
    /// Not recognised as 低保 and the counted income per head is below the 低保标准 (6号 第1条): may
    /// apply for 低保; `allowance` is what INC-01 would pay at these figures.
    Dibao {
        /// Counted income per head per month.
        per_capita: Decimal,
        /// The local 低保标准.
        standard: Decimal,
        /// (standard − per capita) × members, per month.
        allowance: Decimal,
    },
    /// Not recognised and the counted income per head lies between the 低保 and 低边 standards
    /// (6号 第2条): may apply for 低边.
    Dibian {
        /// Counted income per head per month.
        per_capita: Decimal,
        /// The local 低保标准.
        dibao_standard: Decimal,
        /// The local 低边标准.
        dibian_standard: Decimal,
    },
    /// A member alone in the household, aged 60 or more, under 16 or disabled, not recognised as 特困,
    /// with counted income below the 低保标准: may meet the 特困 conditions (无劳动能力、无生活来源、
    /// 无法定赡养抚养扶养义务人, 《社会救助暂行办法》第14条, national law: 民政 checks them).
    Tekun {
        /// The member.
        member: u16,
    },
}

/// The recognitions the household may apply for, when the income test is decided. A household whose
/// status or income is unknown is not screened: the rules already ask for those facts.
#[must_use]
pub fn screen(h: &Household, d: &Derived, p: &Resolved) -> Vec<Screening> {
    let mut out = Vec::new();
    let status = match h.status {
        Some(s @ (HouseholdStatus::None | HouseholdStatus::Dibian)) => s,
        _ => return out,
    };
    let (Some(s), true) = (
        p.number(ParamKey::DibaoStandardMonthly),
        d.income.is_known(),
    ) else {
        return out;
    };
    // 特困 persons are supported as such (6号 第3条), not screened for 低保.
    if h.members.iter().all(|m| m.is_tekun() == Some(true)) {
        return out;
    }
    let (y, _) = d.income.per_capita();
    let n = Decimal::from(d.income.size);
    if y < s {
        out.push(Screening::Dibao {
            per_capita: crate::engine::round_fen(y),
            standard: s,
            allowance: crate::engine::round_fen((s - y) * n),
        });
        if h.members.len() == 1 {
            let m = &h.members[0];
            let age = d.ages[0];
            let group = age.is_some_and(|a| !(16..60).contains(&a)) || m.disabled == Some(true);
            if group && m.is_tekun() == Some(false) {
                out.push(Screening::Tekun { member: 0 });
            }
        }
    } else if status == HouseholdStatus::None
        && let Some(b) = p.number(ParamKey::DibianStandardMonthly)
        && y < b
    {
        out.push(Screening::Dibian {
            per_capita: crate::engine::round_fen(y),
            dibao_standard: s,
            dibian_standard: b,
        });
    }
    out
}
