//! The trainer's caseload panel: a batch of households (a synthetic caseload, or a file of JSON
//! lines, a JSON array or CSV) under the pack in use and the scenario, run on a worker thread with
//! a progress bar; then the cost per month and year under each, the difference, the households
//! gaining or losing each benefit, and a chart of the yearly cost by area.

use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::mpsc;

use chrono::NaiveDate;
use egui_plot::{Bar, BarChart, Legend, Plot};
use fluent_bundle::FluentArgs;
use rust_decimal::Decimal;
use rust_decimal::prelude::ToPrimitive;

use crate::analysis::{BatchSummary, run_batch, synthetic_caseload};
use crate::household::{Area, CaseloadKind, Household, read_caseload};
use crate::i18n::{Lang, tr, tr_args};
use crate::policy::ParamSet;

/// A batch running on the worker thread.
struct Job {
    done: Arc<AtomicUsize>,
    total: usize,
    result: mpsc::Receiver<BatchSummary>,
}

/// State of the caseload panel.
pub struct CaseloadPanel {
    /// Size of the synthetic caseload.
    generate: usize,
    /// A caseload read from a file: its name and households.
    file: Option<(String, Arc<Vec<Household>>)>,
    job: Option<Job>,
    summary: Option<BatchSummary>,
}

impl Default for CaseloadPanel {
    fn default() -> Self {
        CaseloadPanel {
            generate: 10_000,
            file: None,
            job: None,
            summary: None,
        }
    }
}

/// What the panel asks the app for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CaseloadAction {
    /// Pick a caseload file.
    OpenFile,
}

impl CaseloadPanel {
    /// Uses the households of a caseload file (its `name` picks CSV or a workbook by extension).
    ///
    /// # Errors
    /// The file's first problem, naming where it is.
    pub fn set_file(&mut self, name: &str, bytes: Vec<u8>) -> Result<usize, String> {
        let households = read_caseload(CaseloadKind::of(name), std::io::Cursor::new(bytes))
            .map_err(|e| e.to_string())?
            .map(|h| h.map_err(|l| format!("{}: {}", l.at, l.reason)))
            .collect::<Result<Vec<_>, _>>()?;
        let n = households.len();
        self.file = Some((name.to_owned(), Arc::new(households)));
        Ok(n)
    }

    /// The last summary, once a batch has finished.
    #[must_use]
    pub fn summary(&self) -> Option<&BatchSummary> {
        self.summary.as_ref()
    }

    /// Whether a batch is running.
    #[must_use]
    pub fn running(&self) -> bool {
        self.job.is_some()
    }

    /// Starts the batch on a worker thread; the sets are the columns (the first is the baseline).
    fn start(&mut self, date: NaiveDate, sets: Vec<(String, ParamSet)>) {
        let households = match &self.file {
            Some((_, h)) => Arc::clone(h),
            None => Arc::new(Vec::new()),
        };
        let generate = self.file.is_none().then_some(self.generate);
        let total = generate.unwrap_or(households.len());
        let done = Arc::new(AtomicUsize::new(0));
        let (tx, rx) = mpsc::channel();
        let progress = Arc::clone(&done);
        std::thread::spawn(move || {
            let generated;
            let list: &[Household] = match generate {
                Some(n) => {
                    generated = synthetic_caseload(n, 2026);
                    &generated
                }
                None => &households,
            };
            let refs: Vec<(&str, &ParamSet)> = sets.iter().map(|(l, s)| (l.as_str(), s)).collect();
            let summary = run_batch(list, date, &refs, &|n| progress.store(n, Ordering::Relaxed));
            // The panel may have been dropped (window closed): nothing to report to then.
            let _ = tx.send(summary);
        });
        self.summary = None;
        self.job = Some(Job {
            done,
            total,
            result: rx,
        });
    }

    /// Draws the panel. `sets` are the pack in use and, if any, the scenario.
    pub fn ui(
        &mut self,
        ui: &mut egui::Ui,
        lang: Lang,
        date: NaiveDate,
        sets: &[(String, ParamSet)],
    ) -> Option<CaseloadAction> {
        let mut action = None;
        ui.strong(tr(lang, "ui-caseload"));
        ui.label(tr(lang, "ui-caseload-help"));
        ui.horizontal(|ui| {
            match &self.file {
                Some((name, h)) => {
                    let mut args = FluentArgs::new();
                    args.set("file", name.clone());
                    args.set("count", h.len());
                    ui.label(tr_args(lang, "ui-caseload-file", Some(&args)));
                    if ui.button(tr(lang, "ui-caseload-synthetic")).clicked() {
                        self.file = None;
                    }
                }
                None => {
                    let l = ui.label(tr(lang, "ui-caseload-generate"));
                    ui.add(egui::DragValue::new(&mut self.generate).range(1..=1_000_000))
                        .labelled_by(l.id);
                }
            }
            if ui.button(tr(lang, "ui-caseload-open")).clicked() {
                action = Some(CaseloadAction::OpenFile);
            }
            let run = ui.add_enabled(
                self.job.is_none(),
                egui::Button::new(tr(lang, "ui-caseload-run")),
            );
            if run.clicked() {
                self.start(date, sets.to_vec());
            }
        });
        if let Some(job) = &self.job {
            let done = job.done.load(Ordering::Relaxed);
            #[allow(clippy::cast_precision_loss)] // a fraction for the bar
            let fraction = done as f32 / job.total.max(1) as f32;
            ui.add(egui::ProgressBar::new(fraction).text(format!("{done} / {}", job.total)));
            match job.result.try_recv() {
                Ok(summary) => {
                    self.summary = Some(summary);
                    self.job = None;
                }
                Err(mpsc::TryRecvError::Empty) => {
                    ui.ctx()
                        .request_repaint_after(std::time::Duration::from_millis(100));
                }
                Err(mpsc::TryRecvError::Disconnected) => self.job = None,
            }
        }
        if let Some(s) = &self.summary {
            summary_ui(ui, lang, s);
        }
        action
    }
}

fn summary_ui(ui: &mut egui::Ui, lang: Lang, s: &BatchSummary) {
    let Some(base) = s.scenarios.first() else {
        return;
    };
    egui::Grid::new("caseload-totals")
        .striped(true)
        .show(ui, |ui| {
            super::widgets::header_row(
                ui,
                lang,
                &[
                    "ui-caseload-scenario",
                    "ui-caseload-households",
                    "ui-per-month",
                    "ui-per-year",
                    "ui-caseload-difference",
                ],
            );
            for t in &s.scenarios {
                ui.label(&t.label);
                ui.label(t.households.to_string());
                ui.label(t.monthly.to_string());
                ui.label(t.yearly.to_string());
                let d = t.yearly - base.yearly;
                let sign = if d > Decimal::ZERO { "+" } else { "" };
                ui.label(format!("{sign}{d}"));
                ui.end_row();
            }
        });
    for t in s.scenarios.iter().skip(1) {
        for (key, map) in [
            ("ui-caseload-gains", &t.gains),
            ("ui-caseload-losses", &t.losses),
        ] {
            if map.is_empty() {
                continue;
            }
            let list: Vec<String> = map.iter().map(|(id, n)| format!("{id} {n}")).collect();
            let mut args = FluentArgs::new();
            args.set("label", t.label.clone());
            args.set("list", list.join("、"));
            ui.label(tr_args(lang, key, Some(&args)));
        }
    }
    // The yearly cost by area, one bar per scenario side by side.
    let areas: Vec<&'static str> = Area::ALL
        .iter()
        .map(|a| a.code())
        .chain(std::iter::once("unknown"))
        .filter(|code| {
            s.scenarios
                .iter()
                .any(|t| t.yearly_by_area.contains_key(code))
        })
        .collect();
    let names: Vec<String> = areas
        .iter()
        .map(|code| tr(lang, &format!("code-{code}")))
        .collect();
    #[allow(clippy::cast_precision_loss)] // chart coordinates
    let width = 0.8 / s.scenarios.len().max(1) as f64;
    let charts: Vec<BarChart> = s
        .scenarios
        .iter()
        .enumerate()
        .map(|(k, t)| {
            let bars = areas
                .iter()
                .enumerate()
                .map(|(i, code)| {
                    let v = t.yearly_by_area.get(code).copied().unwrap_or_default();
                    #[allow(clippy::cast_precision_loss)] // chart coordinates
                    let x = i as f64 - 0.4 + width * (k as f64 + 0.5);
                    Bar::new(x, v.to_f64().unwrap_or(0.0) / 10_000.0).width(width)
                })
                .collect();
            BarChart::new(t.label.clone(), bars)
        })
        .collect();
    ui.label(tr(lang, "ui-caseload-chart"));
    Plot::new("caseload-by-area")
        .height(240.0)
        .legend(Legend::default())
        .allow_drag(false)
        .allow_zoom(false)
        .allow_scroll(false)
        .x_axis_formatter(move |mark, _| {
            let i = mark.value.round();
            if (mark.value - i).abs() > 0.01 || i < 0.0 {
                return String::new();
            }
            #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)] // checked above
            names.get(i as usize).cloned().unwrap_or_default()
        })
        .show(ui, |plot| {
            for c in charts {
                plot.bar_chart(c);
            }
        });
}
