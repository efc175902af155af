//! The arithmetic behind the amounts (issue 15), worked by hand for the shipped 低保 family of 鹿城
//! (three members, wages 1200 a month, renting, training values on 2025-06-01), step by step as the
//! trace records it and as the annex prints it.

use crate::common::{dec, example, training};
use wenzhou_assess::engine::Val;
use wenzhou_assess::explain::arithmetic::calc_text;
use wenzhou_assess::i18n::Lang;

/// The steps a rule recorded, as (terms, result) and as the Chinese sentence.
fn steps(id: &str) -> Vec<(Vec<Val>, Val, String)> {
    let h = example("dibao-lucheng-renting");
    let d = training(&h, "2025-06-01");
    let index = d.index_of(id).unwrap();
    d.calcs
        .iter()
        .filter(|c| c.rule == index)
        .map(|c| {
            let terms = c
                .terms
                .iter()
                .copied()
                .filter(|v| *v != Val::None)
                .collect();
            (terms, c.result, calc_text(Lang::Zh, c))
        })
        .collect()
}

fn money(s: &str) -> Val {
    Val::Money(dec(s))
}

fn number(s: &str) -> Val {
    Val::Number(dec(s))
}

/// INC-01, 6号 第1条: (S − y) × n. Counted income 1200 ÷ 3 = 400 a head; (1100 − 400) × 3 = 2100.
#[test]
fn inc_01_is_the_gap_to_the_standard_times_the_members() {
    let s = steps("INC-01");
    assert_eq!(s.len(), 1, "{s:?}");
    let (terms, result, text) = &s[0];
    assert_eq!(terms[0], money("1100"));
    assert_eq!(terms[1].number(), Some(dec("400")));
    assert_eq!(terms[2], number("3"));
    assert_eq!(*result, money("2100"));
    assert_eq!(
        text,
        "（低保标准 1100 元－人均计入收入 400 元）× 3 人 = 2100 元/月"
    );
}

/// HOU-03, 6号 第11条, area formula of the training pack: 15 m² × 3 − 0 owned = 45 m² short;
/// 45 × 30 元/m² × 100% (低保) = 1350 a month.
#[test]
fn hou_03_is_the_area_shortfall_times_the_rent_and_the_rate() {
    let s = steps("HOU-03");
    assert_eq!(s.len(), 2, "{s:?}");
    assert_eq!(s[0].0, vec![number("15"), number("3"), number("0")]);
    assert_eq!(s[0].1, number("45"));
    assert_eq!(s[1].0[0], number("45"));
    assert_eq!(s[1].0[1], money("30"));
    assert_eq!(s[1].0[2].number(), Some(dec("1")));
    assert_eq!(s[1].1, money("1350"));
    assert!(s[1].2.ends_with("= 1350 元/月"), "{}", s[1].2);
}

/// MED-05, 6号 第14条 「低保低边…按80%救助」: member 2's inpatient stay, 30000 − 3000 out of scope −
/// 18000 basic − 2000 critical illness = 7000 compliant remaining; × 0.8 = 5600. No deductible or
/// cap in the packs; the other members have no costs (0 × 0.8 = 0).
#[test]
fn med_05_is_the_rate_on_the_compliant_cost_left_after_insurance() {
    let s = steps("MED-05");
    let mine: Vec<_> = s.iter().filter(|(t, _, _)| t[0] == money("7000")).collect();
    assert_eq!(mine.len(), 1, "{s:?}");
    assert_eq!(mine[0].0[1].number(), Some(dec("0.8")));
    assert_eq!(mine[0].1, money("5600"));
    assert_eq!(
        mine[0].2,
        "成员2: 合规医疗费用 7000 元 × 救助比例 0.8 = 5600 元"
    );
}

/// UTL-03, 6号 第20条 「每户每年60吨水费、60立方米天然气、180度用电…有线电视维护费」 at the training
/// prices: 60 × 3.00 = 180; 180 × 0.538 = 96.84; 60 × 3.50 = 210; 26 × 12 = 312; total 798.84.
#[test]
fn utl_03_adds_each_quota_at_its_price() {
    let s = steps("UTL-03");
    let results: Vec<Val> = s.iter().map(|(_, r, _)| *r).collect();
    assert_eq!(
        results,
        vec![
            money("180"),
            money("96.84"),
            money("210"),
            money("312"),
            money("798.84")
        ]
    );
    assert_eq!(s[1].2, "电 180 度 × 0.538 元/度 = 96.84 元");
    assert_eq!(s[4].2, "合计 798.84 元/年");
}
