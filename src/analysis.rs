//! Analyses for trainers over the pure engine: one household compared under several scenarios or
//! dates, sweeps of one fact with the cliffs where a benefit is lost, and caseload batches.
//!
//! Part of the core: no I/O, no UI; the CLI and the GUI draw what these return.

pub mod batch;
pub mod compare;
pub mod local_standards;
pub mod sweep;

pub use batch::{
    Batch, BatchSummary, CHUNK, HouseholdCash, HouseholdRow, ScenarioTotals, SummaryRow, run_batch,
    synthetic_caseload,
};
pub use compare::{Column, Comparison, ComparisonRow, compare};
pub use sweep::{Cliff, SweepFact, SweepPoint, SweepResult, sweep};
