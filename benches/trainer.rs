//! Speed of the trainer's tools: switching a household to a scenario (resolve the scenario's
//! parameters, assess under baseline and scenario), a 500-point wage sweep under three scenarios,
//! and caseload throughput on 1 000 000 synthetic households on one and on two threads (trace off).
#![allow(missing_docs, clippy::unwrap_used)]

use std::hint::black_box;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use rust_decimal::Decimal;
use wenzhou_assess::analysis::{SweepFact, run_batch, sweep, synthetic_caseload};
use wenzhou_assess::engine::{TraceMode, assess_resolved};
use wenzhou_assess::household::parse_household;
use wenzhou_assess::policy::ParamSet;
use wenzhou_assess::policy::pack::Pack;

const EXAMPLE: &str = include_str!("../assets/examples/dibao-lucheng-renting.json");

fn scenario(value: &str) -> ParamSet {
    let text = format!(
        "[pack]\nid = \"s{value}\"\nname_zh = \"情景\"\nname_en = \"Scenario\"\nofficial = false\n\
         extends = \"training\"\n\n[[param]]\nkey = \"dibao_standard_monthly\"\nvalue = \"{value}\"\n\
         area = \"all\"\nvalid_from = 2024-01-01\nvalid_to = 2025-12-31\nofficial = false\n\
         citation = \"培训情景（非官方）\"\n"
    );
    ParamSet::training()
        .unwrap()
        .with_layer(Pack::parse("s.toml", &text).unwrap())
        .unwrap()
}

fn date() -> chrono::NaiveDate {
    chrono::NaiveDate::from_ymd_opt(2025, 6, 1).unwrap()
}

fn trainer(c: &mut Criterion) {
    let h = parse_household(EXAMPLE).unwrap();
    let base = ParamSet::training().unwrap();
    let s1200 = scenario("1200");
    let s1300 = scenario("1300");
    let base_params = base.resolve(date(), h.hukou_area);

    c.bench_function(
        "scenario switch: baseline + one scenario, one household",
        |b| {
            b.iter(|| {
                // The baseline's parameters are kept; only the scenario's are resolved.
                let p = s1200.resolve(date(), h.hukou_area);
                let a = assess_resolved(&h, date(), &base, &base_params, TraceMode::Off).unwrap();
                let b2 = assess_resolved(&h, date(), &s1200, &p, TraceMode::Off).unwrap();
                black_box((a.results.len(), b2.results.len()))
            });
        },
    );

    let values: Vec<Decimal> = (0..500).map(|k| Decimal::from(k * 10)).collect();
    c.bench_function("sweep: 500 wage points x 3 scenarios", |b| {
        b.iter(|| {
            for set in [&base, &s1200, &s1300] {
                black_box(
                    sweep(&h, SweepFact::Wages { member: 0 }, &values, date(), set)
                        .unwrap()
                        .cliffs
                        .len(),
                );
            }
        });
    });

    let caseload = synthetic_caseload(1_000_000, 2026);
    let sets = [("training", &base), ("s1200", &s1200)];
    let mut g = c.benchmark_group("batch, 1 000 000 synthetic households x 2 scenarios");
    g.sample_size(10);
    g.throughput(Throughput::Elements(caseload.len() as u64));
    for threads in [1, 2] {
        let pool = rayon::ThreadPoolBuilder::new()
            .num_threads(threads)
            .build()
            .unwrap();
        g.bench_function(format!("{threads} thread(s)"), |b| {
            b.iter(|| pool.install(|| black_box(run_batch(&caseload, date(), &sets, &|_| {}))));
        });
    }
    g.finish();
}

criterion_group!(benches, trainer);
criterion_main!(benches);
