//! Golden households, one module per family of rules. Expected values are worked out by hand from
//! the clause quoted next to each test, never copied from the program's output.
//!
//! One test binary for all of them: each integration-test file links the whole application (egui,
//! wgpu, printpdf), so separate files cost minutes of linking and gigabytes of disk in CI.
#![allow(clippy::unwrap_used)]

#[path = "../common/mod.rs"]
mod common;

mod arithmetic;
mod children;
mod disability;
mod education;
mod elderly;
mod elderly_services;
mod employment;
mod family_planning;
mod good_samaritan;
mod graduates;
mod housing;
mod income;
mod long_term_care;
mod medical;
mod other;
mod relocation;
mod special_education;
mod utilities;
