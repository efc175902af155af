//! wenzhou-assess: assessment of a household for the assistance benefits of the Wenzhou gazettes
//! (温政发〔2022〕6号, 温政办〔2022〕98号 and related documents), offline.
//!
//! The core — [`household`] (facts), [`policy`] (the law as data and rule functions), [`engine`]
//! (pure evaluation) and [`explain`] (plain sentences) — never imports the edges: the CLI here, and
//! later the GUI, the PDF report and the case store.

pub mod analysis;
pub mod cases;
pub mod engine;
pub mod explain;
pub mod household;
pub mod i18n;
pub mod policy;
pub mod report;
pub mod ui;
