//! Speed of the engine: one household through every rule with trace; the recompute the desktop
//! application does after each edit; one household and a batch of 100 000 generated households on
//! the untraced path (one assessor reused, parameters resolved once per area); the whole process
//! `wenzhou-assess assess EXAMPLE --json` from start to exit; and one signed PDF report.
#![allow(missing_docs, clippy::unwrap_used)]

use std::hint::black_box;
use std::process::Command;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use wenzhou_assess::engine::{Assessor, TraceMode, assess};
use wenzhou_assess::household::{Area, Household, parse_household};
use wenzhou_assess::policy::ParamSet;

const EXAMPLE: &str = include_str!("../assets/examples/dibao-lucheng-renting.json");

fn date() -> chrono::NaiveDate {
    chrono::NaiveDate::from_ymd_opt(2025, 6, 1).unwrap()
}

/// A deterministic variety of households: the example with area, status, wages and ages varied.
fn generate(n: usize) -> Vec<Household> {
    let base = parse_household(EXAMPLE).unwrap();
    let statuses = [
        wenzhou_assess::household::HouseholdStatus::Dibao,
        wenzhou_assess::household::HouseholdStatus::Dibian,
        wenzhou_assess::household::HouseholdStatus::None,
    ];
    (0..n)
        .map(|i| {
            let mut h = base.clone();
            h.hukou_area = Some(Area::ALL[i % 14]);
            h.status = Some(statuses[i % 3]);
            if let Some(item) = h.members[0].incomes.first_mut() {
                item.amount = rust_decimal::Decimal::from((i * 37) % 4000);
            }
            h
        })
        .collect()
}

fn single(c: &mut Criterion) {
    let set = ParamSet::training().unwrap();
    let h = parse_household(EXAMPLE).unwrap();
    c.bench_function("assess one household, all rules, trace on", |b| {
        b.iter(|| assess(black_box(&h), date(), &set, TraceMode::On).unwrap());
    });
    c.bench_function("assess one household, all rules, trace off", |b| {
        b.iter(|| assess(black_box(&h), date(), &set, TraceMode::Off).unwrap());
    });
    // The path of batches and sweeps: one assessor reused, parameters resolved once.
    let params = set.resolve(date(), h.hukou_area);
    let mut assessor = Assessor::new(&set, date(), TraceMode::Off);
    c.bench_function("one household, untraced path (assessor reused)", |b| {
        b.iter(|| assessor.run(black_box(&h), &params).unwrap().results.len());
    });
    // What the desktop application does after every edit: assess with trace and build the view
    // with the reasons in both languages. One frame at 60 Hz is 16.7 ms.
    c.bench_function(
        "recompute after an edit (assess + explanations zh/en)",
        |b| {
            b.iter(|| {
                let d = assess(black_box(&h), date(), &set, TraceMode::On).unwrap();
                wenzhou_assess::explain::view(&d, &h, &set)
            });
        },
    );
}

fn batch(c: &mut Criterion) {
    let set = ParamSet::training().unwrap();
    let households = generate(100_000);
    // Parameters are resolved once per area, as a batch does.
    let resolved: Vec<_> = Area::ALL
        .iter()
        .map(|a| set.resolve(date(), Some(*a)))
        .collect();
    let mut group = c.benchmark_group("batch");
    group.sample_size(10);
    group.throughput(Throughput::Elements(households.len() as u64));
    group.bench_function("100 000 households, trace off, one core", |b| {
        let mut assessor = Assessor::new(&set, date(), TraceMode::Off);
        b.iter(|| {
            let mut eligible = 0usize;
            for h in &households {
                let area = Area::ALL
                    .iter()
                    .position(|a| Some(*a) == h.hukou_area)
                    .unwrap();
                let o = assessor.run(h, &resolved[area]).unwrap();
                eligible += o.results.len();
            }
            black_box(eligible)
        });
    });
    group.finish();
}

fn process(c: &mut Criterion) {
    let exe = env!("CARGO_BIN_EXE_wenzhou-assess");
    let example = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/assets/examples/dibao-lucheng-renting.json"
    );
    let mut group = c.benchmark_group("process");
    group.sample_size(20);
    group.bench_function("wenzhou-assess assess EXAMPLE --json, start to exit", |b| {
        b.iter(|| {
            let out = Command::new(exe)
                .args([
                    "assess",
                    example,
                    "--json",
                    "--pack",
                    "training",
                    "--date",
                    "2025-06-01",
                ])
                .output()
                .unwrap();
            assert!(out.status.success());
            black_box(out.stdout.len())
        });
    });
    group.finish();
}

fn report(c: &mut Criterion) {
    use wenzhou_assess::report::{KeyStore, ReportLang, ReportMeta, Signer, build_report};
    let set = ParamSet::training().unwrap();
    let h = parse_household(EXAMPLE).unwrap();
    let d = assess(&h, date(), &set, TraceMode::On).unwrap();
    let v = wenzhou_assess::explain::view(&d, &h, &set);
    let (_, signer) = KeyStore::create("张敏", "鹿城区五马街道", "bench").unwrap();
    let meta = ReportMeta {
        office: "鹿城区五马街道".into(),
        officer: "张敏".into(),
        lang: ReportLang::Bilingual,
        signed_at: Some("2025-06-01 09:30:00 +08:00".into()),
        appendix: None,
        lapsed_since: Vec::new(),
    };
    let mut group = c.benchmark_group("report");
    group.sample_size(10);
    group.bench_function("generate and sign one bilingual A4 report", |b| {
        b.iter(|| build_report(&v, &meta, Some(&signer as &dyn Signer), "20250601093000").unwrap());
    });
    group.finish();
}

criterion_group!(benches, single, batch, process, report);
criterion_main!(benches);
