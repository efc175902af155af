//! Issue 16: the untraced path allocates nothing per household once its lists have grown. This test
//! binary counts every allocation (allocation-counter replaces the global allocator here only).
#![allow(missing_docs, clippy::unwrap_used)]

use wenzhou_assess::analysis::synthetic_caseload;
use wenzhou_assess::engine::{Assessor, TraceMode};
use wenzhou_assess::household::Area;
use wenzhou_assess::policy::ParamSet;

#[test]
fn the_untraced_path_allocates_nothing_per_household() {
    let set = ParamSet::training().unwrap();
    let date = chrono::NaiveDate::from_ymd_opt(2025, 6, 1).unwrap();
    let households = synthetic_caseload(5_000, 11);
    let resolved: Vec<_> = Area::ALL
        .iter()
        .map(|a| set.resolve(date, Some(*a)))
        .collect();
    let params = |h: &wenzhou_assess::household::Household| {
        let i = Area::ALL
            .iter()
            .position(|a| Some(*a) == h.hukou_area)
            .unwrap();
        &resolved[i]
    };
    let mut assessor = Assessor::new(&set, date, TraceMode::Off);
    // The first pass grows the lists to the largest household and the rarest stacking case.
    let mut eligible = 0usize;
    for h in &households {
        let o = assessor.run(h, params(h)).unwrap();
        eligible += o.results.iter().filter(|r| r.amount.is_some()).count();
    }
    assert!(eligible > households.len(), "{eligible}");
    let counted = allocation_counter::measure(|| {
        for h in &households {
            assessor.run(h, params(h)).unwrap();
        }
    });
    assert_eq!(
        counted.count_total,
        0,
        "{} allocations for {} households",
        counted.count_total,
        households.len()
    );
}
