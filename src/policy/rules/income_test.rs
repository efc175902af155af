//! The 低保/低边 income test of 温政发〔2022〕6号 第1条 (「部分收入免计」) and 第4条, 第23条: each member's
//! counted monthly income after the disregards INC-03…INC-10, and the household's per-capita income.
//!
//! Where a fact that decides a disregard is unknown, the test keeps two totals: `low` with every
//! undecided disregard applied and `high` with none. A rule whose outcome is the same at both ends
//! is decided; otherwise it is `undetermined`, naming the facts.

use chrono::{Months, NaiveDate};
use rust_decimal::Decimal;
use rust_decimal::prelude::ToPrimitive;

use crate::engine::Tri;
use crate::household::{Household, HouseholdStatus, IncomeItem, IncomeKind, IncomePeriod, Member};
use crate::policy::{ParamKey, Resolved};

/// The disregard rules in the order of [`IncomeTest::disregarded`].
pub const DISREGARD_RULES: [&str; 8] = [
    "INC-03", "INC-04", "INC-05", "INC-06", "INC-07", "INC-08", "INC-09", "INC-10",
];

/// The income test of one household on one date.
#[derive(Debug, Clone, Default)]
pub struct IncomeTest {
    /// Counted household income per month, with every undecided disregard applied.
    pub low: Decimal,
    /// Counted household income per month, with no undecided disregard applied.
    pub high: Decimal,
    /// Members counted (the divisor of 「人均」).
    pub size: usize,
    /// Per member: (low, high) counted monthly income.
    pub per_member: Vec<(Decimal, Decimal)>,
    /// Amount each disregard rule removed for certain, in [`DISREGARD_RULES`] order: per month, except
    /// INC-07 (青苗补偿费, per receipt) and INC-08 (来料加工, per year), as the clauses state them.
    pub disregarded: [Decimal; 8],
    /// Whether each disregard rule depends on an unknown fact.
    pub undecided: [bool; 8],
    /// INC-05: members whose disregard ended within the last 24 months, with the deduction that
    /// the officer may grant (min of earnings and the 低边 standard), per month.
    pub job_cost_deduction: Decimal,
    /// Whether that deduction was applied in the totals (the pack's switch made it automatic).
    pub job_cost_applied: bool,
    /// Facts that decide the counted income and are unknown: (member, field).
    pub unknown_facts: Vec<(u16, &'static str)>,
    /// Parameters the test needed and the pack lacks.
    pub missing_params: Vec<ParamKey>,
}

impl IncomeTest {
    /// Per-capita counted income (low, high).
    #[must_use]
    pub fn per_capita(&self) -> (Decimal, Decimal) {
        let n = Decimal::from(self.size.max(1));
        (self.low / n, self.high / n)
    }

    /// Whether the counted income is fully known.
    #[must_use]
    pub fn is_known(&self) -> bool {
        self.low == self.high
    }
}

const IDX_FIRST_JOB: usize = 0;
const IDX_DISABLED_JOB: usize = 1;
const IDX_JOB_COST: usize = 2;
const IDX_POST: usize = 3;
const IDX_CROP: usize = 4;
const IDX_PROCESSING: usize = 5;
const IDX_VETERAN: usize = 6;
const IDX_DIVIDEND: usize = 7;

/// Runs the income test.
#[must_use]
pub fn income_test(h: &Household, date: NaiveDate, p: &Resolved) -> IncomeTest {
    let mut t = IncomeTest::default();
    income_test_into(&mut t, h, date, p);
    t
}

/// Runs the income test into `t`, reusing its lists (a batch runs it for every household).
pub(crate) fn income_test_into(t: &mut IncomeTest, h: &Household, date: NaiveDate, p: &Resolved) {
    let mut lists = (
        std::mem::take(&mut t.per_member),
        std::mem::take(&mut t.unknown_facts),
        std::mem::take(&mut t.missing_params),
    );
    lists.0.clear();
    lists.1.clear();
    lists.2.clear();
    *t = IncomeTest {
        size: h.members.len(),
        per_member: lists.0,
        unknown_facts: lists.1,
        missing_params: lists.2,
        ..IncomeTest::default()
    };
    // 「对低保低边成员…」: the employment disregards are for members of recognised households.
    let recognised = match h.status {
        Some(HouseholdStatus::Dibao | HouseholdStatus::Dibian) => Tri::True,
        Some(HouseholdStatus::None) => Tri::False,
        None => Tri::Unknown,
    };
    let b = p.number(ParamKey::DibianStandardMonthly);
    let twelve = Decimal::from(12);
    let mut processing_annual = Decimal::ZERO;
    for (mi, m) in h.members.iter().enumerate() {
        let mut low = Decimal::ZERO;
        let mut high = Decimal::ZERO;
        for item in &m.incomes {
            match item.kind {
                IncomeKind::Wages | IncomeKind::SelfEmployment => {
                    let monthly = monthly(item);
                    let (d, idx) = earnings_disregard(t, recognised, mi, m, item, date, p);
                    if let Some(idx) = idx {
                        split(t, &mut low, &mut high, monthly, d, idx);
                    } else {
                        // Not counted either way, but whether by INC-03 or INC-04 depends on the
                        // unknown disability: both rules stay open.
                        t.undecided[IDX_FIRST_JOB] = true;
                        t.undecided[IDX_DISABLED_JOB] = true;
                    }
                    if d != Tri::True {
                        let member = u16::try_from(mi).unwrap_or(u16::MAX);
                        job_cost(
                            t, recognised, member, d, m, item, date, p, b, monthly, &mut low,
                            &mut high,
                        );
                    }
                }
                IncomeKind::PublicWelfarePost => {
                    // 「岗位补贴低于低边标准的部分收入不计家庭收入」: the part below B is not counted.
                    let monthly = monthly(item);
                    if let Some(b) = b {
                        let not_counted = monthly.min(b);
                        t.disregarded[IDX_POST] += not_counted;
                        low += monthly - not_counted;
                        high += monthly - not_counted;
                    } else {
                        t.missing_params.push(ParamKey::DibianStandardMonthly);
                        t.undecided[IDX_POST] = true;
                        high += monthly;
                    }
                }
                IncomeKind::CropCompensation => crop(t, item, date, p, &mut low, &mut high),
                IncomeKind::OutsourcedProcessing => {
                    processing_annual += match item.period {
                        IncomePeriod::Month => item.amount * twelve,
                        IncomePeriod::Year | IncomePeriod::Once => item.amount,
                    };
                }
                IncomeKind::VeteranSupplement => {
                    // 6号 第4条: 「不计入家庭收入」.
                    t.disregarded[IDX_VETERAN] += monthly(item);
                }
                IncomeKind::EquityDividend => {
                    // 6号 第23条: returns of 低收入农户 from 折股量化 projects are not counted.
                    let monthly = monthly(item);
                    let d = Tri::from_opt(h.low_income_farmer);
                    if d == Tri::Unknown {
                        t.unknown_facts.push((u16::MAX, "low_income_farmer"));
                    }
                    split(t, &mut low, &mut high, monthly, d, IDX_DIVIDEND);
                }
                IncomeKind::Pension | IncomeKind::Other => {
                    let monthly =
                        lump_or_monthly(t, item, item.amount, date, p, &mut low, &mut high);
                    low += monthly;
                    high += monthly;
                }
            }
        }
        t.per_member.push((low, high));
        t.low += low;
        t.high += high;
    }
    // 「从事来料加工取得的不超过2万元收入…不计家庭收入」: per household and year (rules-core A9).
    if processing_annual > Decimal::ZERO {
        if let Some(limit) = p.number(ParamKey::OutsourcedProcessingDisregard) {
            let counted = (processing_annual - limit).max(Decimal::ZERO) / twelve;
            t.disregarded[IDX_PROCESSING] += processing_annual.min(limit);
            t.low += counted;
            t.high += counted;
        } else {
            t.missing_params
                .push(ParamKey::OutsourcedProcessingDisregard);
            t.undecided[IDX_PROCESSING] = true;
            t.high += processing_annual / twelve;
        }
    }
}

fn monthly(item: &IncomeItem) -> Decimal {
    match item.period {
        IncomePeriod::Month => item.amount,
        IncomePeriod::Year | IncomePeriod::Once => item.amount / Decimal::from(12),
    }
}

/// Adds `amount` to the totals according to whether disregard `idx` applies.
fn split(
    t: &mut IncomeTest,
    low: &mut Decimal,
    high: &mut Decimal,
    amount: Decimal,
    disregard: Tri,
    idx: usize,
) {
    match disregard {
        Tri::True => t.disregarded[idx] += amount,
        Tri::False => {
            *low += amount;
            *high += amount;
        }
        Tri::Unknown => {
            t.undecided[idx] = true;
            *high += amount;
        }
    }
}

/// Months elapsed test: `date` lies before `start` + `months`.
fn within(start: NaiveDate, months: Decimal, date: NaiveDate) -> bool {
    let m = months.trunc().to_u32().unwrap_or(0);
    start
        .checked_add_months(Months::new(m))
        .is_some_and(|end| date < end)
}

/// INC-03/INC-04: whether the earnings of this job are not counted, and by which rule (`None`: not
/// counted for certain, but which rule applies is open).
fn earnings_disregard(
    t: &mut IncomeTest,
    recognised: Tri,
    mi: usize,
    m: &Member,
    item: &IncomeItem,
    date: NaiveDate,
    p: &Resolved,
) -> (Tri, Option<usize>) {
    if recognised == Tri::False {
        return (Tri::False, Some(IDX_FIRST_JOB));
    }
    let member = u16::try_from(mi).unwrap_or(u16::MAX);
    let note = |t: &mut IncomeTest, field| t.unknown_facts.push((member, field));
    let period = |t: &mut IncomeTest, key| {
        let months = p.number(key);
        if months.is_none() {
            t.missing_params.push(key);
        }
        match (item.job_start, months) {
            (Some(start), Some(n)) => Tri::from_bool(within(start, n, date)),
            _ => Tri::Unknown,
        }
    };
    // 「对低保低边残疾人初次就业、再就业的，3年内不计家庭收入」: any new job of a disabled member.
    let disabled = Tri::from_opt(m.disabled);
    let in36 = period(t, ParamKey::DisabledJobDisregardMonths);
    let d04 = recognised.and(disabled).and(in36);
    // 「对低保低边成员首次就业或自主创业的，1年内不计家庭收入」.
    let first = Tri::from_opt(item.first_job_since_recognition);
    let in12 = period(t, ParamKey::FirstJobDisregardMonths);
    let d03 = recognised.and(first).and(in12);
    let d = d04.or(d03);
    // Where both apply, the disabled member's longer disregard (INC-04) is the basis (rules-core §8).
    let open_basis = d == Tri::True && d04 == Tri::Unknown;
    if d == Tri::Unknown || open_basis {
        if m.disabled.is_none() {
            note(t, "disabled");
        }
        if item.job_start.is_none() {
            note(t, "incomes.job_start");
        }
        if item.first_job_since_recognition.is_none() {
            note(t, "incomes.first_job_since_recognition");
        }
        if recognised == Tri::Unknown {
            t.unknown_facts.push((u16::MAX, "status"));
        }
    }
    if open_basis {
        return (d, None);
    }
    let idx = if d04 == Tri::True || (d04 == Tri::Unknown && d03 != Tri::True) {
        IDX_DISABLED_JOB
    } else {
        IDX_FIRST_JOB
    };
    (d, Some(idx))
}

/// INC-05: within 24 months after the disregard ended, job costs may be deducted at the 低边
/// standard (「可按当地低边标准扣除其就业创业成本」). 「可」 makes it the officer's decision unless the
/// pack's switch makes it automatic (rules-core errata 1).
#[allow(clippy::too_many_arguments)]
fn job_cost(
    t: &mut IncomeTest,
    recognised: Tri,
    member: u16,
    counted: Tri,
    m: &Member,
    item: &IncomeItem,
    date: NaiveDate,
    p: &Resolved,
    b: Option<Decimal>,
    monthly: Decimal,
    low: &mut Decimal,
    high: &mut Decimal,
) {
    if recognised == Tri::False {
        return;
    }
    let deduct_months = p.number(ParamKey::JobCostDeductionMonths);
    // The window follows the disregard that ended: 36 months for a disabled member (INC-04), 12 for
    // a first job (INC-03); with the facts unknown, the window is open if the readings differ. Without
    // the job's start (or a period) the window is unknown, never silently shut.
    let window = |first: Option<Decimal>| {
        let (f, start, deduct) = (first?, item.job_start?, deduct_months?);
        Some(!within(start, f, date) && within(start, f + deduct, date))
    };
    let if_disabled = window(p.number(ParamKey::DisabledJobDisregardMonths));
    let if_not = match item.first_job_since_recognition {
        Some(true) => window(p.number(ParamKey::FirstJobDisregardMonths)),
        Some(false) => Some(false),
        None => None,
    };
    let in_window = match m.disabled {
        Some(true) => Tri::from_opt(if_disabled),
        Some(false) => Tri::from_opt(if_not),
        None if if_disabled == if_not => Tri::from_opt(if_disabled),
        None => Tri::Unknown,
    };
    match in_window {
        Tri::False => return,
        // Whether the earnings are counted at all is open: so is the deduction on them.
        Tri::True if counted == Tri::Unknown => {
            t.undecided[IDX_JOB_COST] = true;
            return;
        }
        Tri::Unknown => {
            t.undecided[IDX_JOB_COST] = true;
            if m.disabled.is_none() {
                t.unknown_facts.push((member, "disabled"));
            }
            if item.first_job_since_recognition.is_none() {
                t.unknown_facts
                    .push((member, "incomes.first_job_since_recognition"));
            }
            if item.job_start.is_none() {
                t.unknown_facts.push((member, "incomes.job_start"));
            }
            if deduct_months.is_none() {
                t.missing_params.push(ParamKey::JobCostDeductionMonths);
            }
            if recognised == Tri::Unknown {
                t.unknown_facts.push((u16::MAX, "status"));
            }
            return;
        }
        // In the window if the household is 低保/低边, which is not known.
        Tri::True if recognised == Tri::Unknown => {
            t.undecided[IDX_JOB_COST] = true;
            t.unknown_facts.push((u16::MAX, "status"));
            return;
        }
        Tri::True => {}
    }
    let Some(b) = b else {
        t.missing_params.push(ParamKey::DibianStandardMonthly);
        t.undecided[IDX_JOB_COST] = true;
        return;
    };
    let deduction = monthly.min(b);
    t.job_cost_deduction += deduction;
    if p.switch(ParamKey::JobCostDeductionAutomatic) == Some(true) {
        t.job_cost_applied = true;
        t.disregarded[IDX_JOB_COST] += deduction;
        *low -= deduction;
        *high -= deduction;
    }
}

/// INC-07: 「被征地获得的不超过5万元青苗补偿费…不计家庭收入」: only the excess is counted (rules-core A9).
fn crop(
    t: &mut IncomeTest,
    item: &IncomeItem,
    date: NaiveDate,
    p: &Resolved,
    low: &mut Decimal,
    high: &mut Decimal,
) {
    let Some(limit) = p.number(ParamKey::CropCompensationDisregard) else {
        t.missing_params.push(ParamKey::CropCompensationDisregard);
        t.undecided[IDX_CROP] = true;
        *high += item.amount;
        return;
    };
    let annual = match item.period {
        IncomePeriod::Month => item.amount * Decimal::from(12),
        IncomePeriod::Year | IncomePeriod::Once => item.amount,
    };
    let excess = (annual - limit).max(Decimal::ZERO);
    t.disregarded[IDX_CROP] += annual - excess;
    // The limit is on the year's sum: an item entered per month counts a twelfth of the year's excess.
    let monthly = match item.period {
        IncomePeriod::Month => excess / Decimal::from(12),
        IncomePeriod::Year | IncomePeriod::Once => {
            lump_or_monthly(t, item, excess, date, p, low, high)
        }
    };
    *low += monthly;
    *high += monthly;
}

/// Counted monthly share of `counted`: a periodic amount per month, or a lump sum spread over the
/// local number of months after receipt (no default: the gazettes do not say).
fn lump_or_monthly(
    t: &mut IncomeTest,
    item: &IncomeItem,
    counted: Decimal,
    date: NaiveDate,
    p: &Resolved,
    _low: &mut Decimal,
    high: &mut Decimal,
) -> Decimal {
    match item.period {
        IncomePeriod::Month => counted,
        IncomePeriod::Year => counted / Decimal::from(12),
        IncomePeriod::Once => {
            if counted.is_zero() {
                return Decimal::ZERO;
            }
            let Some(received) = item.received_on else {
                return Decimal::ZERO;
            };
            match p.number(ParamKey::LumpSumSpreadMonths) {
                Some(n) if n > Decimal::ZERO => {
                    if within(received, n, date) {
                        counted / n
                    } else {
                        Decimal::ZERO
                    }
                }
                _ => {
                    // Unknown spread: anywhere between nothing and the whole sum this month.
                    t.missing_params.push(ParamKey::LumpSumSpreadMonths);
                    *high += counted;
                    Decimal::ZERO
                }
            }
        }
    }
}
