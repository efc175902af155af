//! wenzhou-assess: assessment of a household for the assistance benefits of the Wenzhou gazettes
//! (温政发〔2022〕6号, 温政办〔2022〕98号 and related documents), offline.
//!
//! The core — [`household`] (facts), [`policy`] (the law as data and rule functions), [`engine`]
//! (pure evaluation) and [`explain`] (plain sentences), with [`analysis`] (the trainer's comparisons,
//! sweeps and batches) on top — never imports the edges: [`ui`] (the desktop window), [`report`]
//! (the signed PDF), [`cases`] (the encrypted case store), [`updates`] (signed policy updates), [`paths`] and [`logging`]; the command
//! line is in the binary.
#![forbid(unsafe_code)]

pub mod analysis;
pub mod cases;
pub mod engine;
pub mod explain;
pub mod household;
pub mod i18n;
pub mod kdf;
pub mod logging;
pub mod paths;
pub mod policy;
pub mod report;
pub mod ui;
pub mod updates;
