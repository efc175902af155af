//! Speed of the case store with 10 000 cases: opening it (Argon2id key derivation, migrations
//! check, key check), listing it (decrypting every summary), searching by name, opening one case,
//! and saving one change (a transaction with its audit entry, synchronous = FULL).
#![allow(missing_docs, clippy::unwrap_used)]

use std::hint::black_box;

use criterion::{Criterion, criterion_group, criterion_main};
use wenzhou_assess::cases::{CaseQuery, CaseStore};
use wenzhou_assess::household::{Area, parse_household};

const EXAMPLE: &str = include_str!("../assets/examples/dibao-lucheng-renting.json");
const CASES: usize = 10_000;
const PASS: &str = "benchmark passphrase";

fn store(c: &mut Criterion) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("cases.sqlite");
    let base = parse_household(EXAMPLE).unwrap();
    let mut ids = Vec::with_capacity(CASES);
    {
        let mut s = CaseStore::open(&path, PASS, "bench").unwrap();
        for i in 0..CASES {
            let mut h = base.clone();
            h.hukou_area = Some(Area::ALL[i % 14]);
            h.members[0].name = Some(format!("测试{i:05}"));
            ids.push(s.create(&h).unwrap());
        }
    }
    let mut g = c.benchmark_group("case store, 10 000 cases");
    g.sample_size(10);
    g.bench_function("open (key derivation and check)", |b| {
        b.iter(|| black_box(CaseStore::open(&path, PASS, "bench").unwrap()));
    });
    let mut s = CaseStore::open(&path, PASS, "bench").unwrap();
    g.bench_function("list all", |b| {
        b.iter(|| black_box(s.list(&CaseQuery::default()).unwrap().len()));
    });
    g.bench_function("search by name", |b| {
        let q = CaseQuery {
            name: Some("测试0999".into()),
            ..CaseQuery::default()
        };
        b.iter(|| black_box(s.list(&q).unwrap().len()));
    });
    g.bench_function("search by area", |b| {
        let q = CaseQuery {
            area: Some("ruian".into()),
            ..CaseQuery::default()
        };
        b.iter(|| black_box(s.list(&q).unwrap().len()));
    });
    g.bench_function("open one case", |b| {
        b.iter(|| black_box(s.open_case(&ids[CASES / 2]).unwrap()));
    });
    g.bench_function("save one change (autosave)", |b| {
        b.iter(|| s.save(&ids[7], &base).unwrap());
    });
    g.finish();
}

criterion_group!(benches, store);
criterion_main!(benches);
