//! The case list screen: unlock the store, search it, open, duplicate, archive cases, start a new
//! one. The app saves the open case automatically (see `AssessApp::autosave`).
//!
//! Training mode uses its own store file and shows names redacted, so that demonstrations never
//! touch or show real cases. The app switches the store with the parameter pack, as one mode.

use std::path::{Path, PathBuf};

use fluent_bundle::FluentArgs;

use chrono::NaiveDate;

use crate::cases::{CaseError, CaseQuery, CaseStatus, CaseStore, CaseSummary, Change, Consent};
use crate::household::{Area, Household, mask_name};
use crate::i18n::{Lang, tr, tr_args};
use crate::policy::ParamSet;

/// What the officer asked for on the case screen; the app applies it after drawing.
#[must_use]
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CaseAction {
    /// Open a case for editing.
    Open(String),
    /// Save the household on screen as a new case.
    New,
    /// Copy a case into a new draft.
    Duplicate(String),
    /// Archive (`true`) or restore a case.
    Archive(String, bool),
    /// Export the open case to a transfer file, with the consent given.
    Export(String, Consent, String),
    /// Import a transfer file with its passphrase.
    Import(String),
    /// Back up the store and the data folder's policy files to a file the officer chooses.
    Backup,
}

/// View state of the case screen (the store itself is a runtime handle held beside it).
#[derive(Default)]
pub struct CasesScreen {
    /// Passphrase typed to unlock (cleared once the store is open).
    passphrase: String,
    /// Officer name recorded in the audit log.
    pub officer: String,
    /// Training mode: separate store, redacted names (set by the app's mode switch only).
    training: bool,
    query_name: String,
    query_id: String,
    query_area: Option<Area>,
    query_status: Option<CaseStatus>,
    include_archived: bool,
    /// The open store.
    pub store: Option<CaseStore>,
    /// Wrong passphrases so far, and the pause before the next try.
    throttle: Throttle,
    /// Where the stores live (the user's data directory; tests use a temporary one).
    pub dir: Option<PathBuf>,
    /// The last error or confirmation, in the user's language.
    pub message: Option<String>,
    /// The last re-assessment: which one and what changed.
    changes: Option<(String, Vec<Change>)>,
    /// The hand-over form: consent and the transfer passphrase (never saved).
    transfer: TransferForm,
    /// The case list as last read, with what it was read for.
    rows: Option<(ListKey, Result<Vec<CaseSummary>, CaseError>)>,
}

/// What the case list depends on: the search fields and the store's generation.
type ListKey = (String, String, Option<Area>, Option<CaseStatus>, bool, u64);

/// The hand-over form.
#[derive(Default)]
struct TransferForm {
    given_by: String,
    purpose: String,
    recipient: String,
    passphrase: String,
}

/// What the re-assessment panel needs from the app: the facts on screen, today's parameters and
/// the date to assess on.
pub struct Today<'a> {
    /// The household being edited (the open case's facts).
    pub household: &'a Household,
    /// The parameter set in use.
    pub set: Option<&'a ParamSet>,
    /// The assessment date chosen.
    pub date: NaiveDate,
}

/// A case store error in the user's language.
pub(super) fn case_error(lang: Lang, e: &CaseError) -> String {
    // Store errors name files and keys, never a household's facts.
    log::warn!("case store: {e}");
    let mut args = FluentArgs::new();
    args.set("detail", e.to_string());
    tr_args(lang, e.key(), Some(&args))
}

/// The pause between passphrase attempts: three tries without one (typos happen), then one second
/// after the third failure, doubling with each further failure up to five minutes, so that guessing
/// at the window takes years.
#[derive(Debug, Default)]
struct Throttle {
    failures: u32,
    until: Option<std::time::Instant>,
}

impl Throttle {
    const FREE: u32 = 3;
    const MAX: std::time::Duration = std::time::Duration::from_secs(300);

    fn failed(&mut self) {
        self.failures += 1;
        if self.failures >= Self::FREE {
            let doubling = (self.failures - Self::FREE).min(16);
            let pause = std::time::Duration::from_secs(1 << doubling).min(Self::MAX);
            self.until = Some(std::time::Instant::now() + pause);
        }
    }

    /// How long until the next try is accepted, if it must wait.
    fn wait(&self) -> Option<std::time::Duration> {
        self.until
            .and_then(|t| t.checked_duration_since(std::time::Instant::now()))
            .filter(|d| !d.is_zero())
    }
}

fn wait_message(lang: Lang, wait: std::time::Duration) -> String {
    let mut args = FluentArgs::new();
    args.set("seconds", wait.as_secs().max(1));
    tr_args(lang, "ui-case-wait", Some(&args))
}

fn status_key(s: CaseStatus) -> &'static str {
    match s {
        CaseStatus::Draft => "ui-case-draft",
        CaseStatus::Assessed => "ui-case-assessed",
        CaseStatus::Printed => "ui-case-printed",
        CaseStatus::Closed => "ui-case-closed",
    }
}

impl CasesScreen {
    /// The data folder the store lives in (its policy files go into a backup).
    #[must_use]
    pub fn data_dir(&self) -> Option<PathBuf> {
        self.path().and_then(|p| p.parent().map(Path::to_path_buf))
    }

    /// The store file of the current mode.
    fn path(&self) -> Option<PathBuf> {
        let dir = self.dir.clone().or_else(crate::paths::data_dir)?;
        Some(dir.join(if self.training {
            "cases-training.sqlite"
        } else {
            "cases.sqlite"
        }))
    }

    /// Closes the open store and changes to the store of the other mode (`true`: the training
    /// store), to be unlocked with its own passphrase.
    pub fn switch_store(&mut self, training: bool) {
        self.training = training;
        self.store = None;
        self.rows = None;
        self.changes = None;
        self.passphrase.clear();
        self.message = None;
    }

    /// Opens the store of the current mode with `passphrase` (the welcome screen's).
    pub fn unlock_with(&mut self, passphrase: &str, lang: Lang) {
        self.passphrase = passphrase.to_owned();
        self.unlock(lang);
    }

    fn unlock(&mut self, lang: Lang) {
        if let Some(wait) = self.throttle.wait() {
            self.passphrase.clear();
            self.message = Some(wait_message(lang, wait));
            return;
        }
        let Some(path) = self.path() else {
            self.message = Some(tr(lang, "ui-case-no-dir"));
            return;
        };
        if let Some(dir) = path.parent()
            && let Err(e) = std::fs::create_dir_all(dir)
        {
            self.message = Some(e.to_string());
            return;
        }
        match CaseStore::open(&path, &self.passphrase, &self.officer) {
            Ok(s) => {
                self.store = Some(s);
                self.rows = None;
                self.passphrase.clear();
                self.message = None;
                self.throttle = Throttle::default();
            }
            // A wrong passphrase changes nothing; the officer may try again, after a pause that
            // grows with each further failure.
            Err(e) => {
                let mut message = case_error(lang, &e);
                if matches!(e, CaseError::WrongPassphrase) {
                    // Typed again from empty, not appended to the wrong one.
                    self.passphrase.clear();
                    self.throttle.failed();
                    if let Some(wait) = self.throttle.wait() {
                        message = format!("{message} {}", wait_message(lang, wait));
                    }
                }
                self.message = Some(message);
            }
        }
    }

    fn query(&self) -> CaseQuery {
        let text = |s: &str| Some(s.trim().to_owned()).filter(|s| !s.is_empty());
        CaseQuery {
            name: text(&self.query_name),
            id_number: text(&self.query_id),
            area: self.query_area.map(|a| a.code().to_owned()),
            status: self.query_status,
            include_archived: self.include_archived,
            ..CaseQuery::default()
        }
    }

    /// Draws the screen. `open` is the id of the case being edited, if any.
    pub fn ui(
        &mut self,
        ui: &mut egui::Ui,
        lang: Lang,
        open: Option<&str>,
        today: &Today<'_>,
    ) -> Option<CaseAction> {
        super::widgets::heading_ui(ui, &tr(lang, "ui-page-cases"));
        let mut action = None;
        if self.store.is_none() {
            self.unlock_ui(ui, lang);
        } else {
            if self.backup_ui(ui, lang, today.date) {
                action = Some(CaseAction::Backup);
            }
            if let Some(a) = self.list_ui(ui, lang, open) {
                action = Some(a);
            }
            if let Some(id) = open {
                self.reassess_ui(ui, lang, id, today);
            }
            if let Some(a) = self.transfer_ui(ui, lang, open, today.date) {
                action = Some(a);
            }
        }
        if let Some(m) = &self.message {
            ui.colored_label(ui.visuals().warn_fg_color, m);
        }
        action
    }

    fn unlock_ui(&mut self, ui: &mut egui::Ui, lang: Lang) {
        ui.label(tr(lang, "ui-case-unlock-help"));
        if self.training {
            ui.colored_label(ui.visuals().warn_fg_color, tr(lang, "ui-case-training-on"));
        }
        let mut submit = false;
        for (key, value, secret) in [
            ("pdf-officer", &mut self.officer, false),
            ("ui-case-passphrase", &mut self.passphrase, true),
        ] {
            ui.horizontal(|ui| {
                let l = ui.label(tr(lang, key));
                let r = ui
                    .add(
                        egui::TextEdit::singleline(value)
                            .password(secret)
                            .desired_width(220.0),
                    )
                    .labelled_by(l.id);
                submit |= secret && r.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
            });
        }
        if ui.button(tr(lang, "ui-case-unlock")).clicked() || submit {
            self.unlock(lang);
        }
    }

    /// The backup button, with a reminder when the last backup is older than a week (or there has
    /// been none and the store holds cases). Whether the officer asked for a backup.
    fn backup_ui(&self, ui: &mut egui::Ui, lang: Lang, today: NaiveDate) -> bool {
        let Some(store) = &self.store else {
            return false;
        };
        let last = store.last_backup().ok().flatten();
        let last_day = last
            .as_deref()
            .and_then(|t| chrono::DateTime::parse_from_rfc3339(t).ok())
            .map(|t| t.date_naive());
        let has_cases = matches!(&self.rows, Some((_, Ok(r))) if !r.is_empty());
        let due = match last_day {
            Some(d) => (today - d).num_days() > 7,
            None => has_cases,
        };
        let mut asked = false;
        ui.horizontal_wrapped(|ui| {
            if due {
                let text = match last_day {
                    Some(d) => {
                        let mut args = FluentArgs::new();
                        args.set("date", d.to_string());
                        tr_args(lang, "ui-backup-due", Some(&args))
                    }
                    None => tr(lang, "ui-backup-never"),
                };
                ui.colored_label(ui.visuals().warn_fg_color, text);
            } else if let Some(d) = last_day {
                let mut args = FluentArgs::new();
                args.set("date", d.to_string());
                ui.label(tr_args(lang, "ui-backup-last", Some(&args)));
            }
            asked = ui.button(tr(lang, "ui-backup")).clicked();
        });
        asked
    }

    fn list_ui(&mut self, ui: &mut egui::Ui, lang: Lang, open: Option<&str>) -> Option<CaseAction> {
        let mut action = None;
        if self.training {
            ui.colored_label(ui.visuals().warn_fg_color, tr(lang, "ui-case-training-on"));
        }
        ui.horizontal_wrapped(|ui| {
            for (key, value) in [
                ("ui-case-search-name", &mut self.query_name),
                ("ui-case-search-id", &mut self.query_id),
            ] {
                let l = ui.label(tr(lang, key));
                ui.add(egui::TextEdit::singleline(value).desired_width(140.0))
                    .labelled_by(l.id);
            }
            let area_text = self.query_area.map_or_else(
                || tr(lang, "ui-case-any"),
                |a| tr(lang, &format!("code-{}", a.code())),
            );
            let l = ui.label(tr(lang, "ui-case-col-area"));
            egui::ComboBox::from_id_salt("case-area")
                .selected_text(area_text)
                .show_ui(ui, |ui| {
                    ui.selectable_value(&mut self.query_area, None, tr(lang, "ui-case-any"));
                    for a in Area::ALL {
                        ui.selectable_value(
                            &mut self.query_area,
                            Some(a),
                            tr(lang, &format!("code-{}", a.code())),
                        );
                    }
                })
                .response
                .labelled_by(l.id);
            let status_text = self
                .query_status
                .map_or_else(|| tr(lang, "ui-case-any"), |s| tr(lang, status_key(s)));
            let l2 = ui.label(tr(lang, "ui-case-col-status"));
            egui::ComboBox::from_id_salt("case-status")
                .selected_text(status_text)
                .show_ui(ui, |ui| {
                    ui.selectable_value(&mut self.query_status, None, tr(lang, "ui-case-any"));
                    for s in [
                        CaseStatus::Draft,
                        CaseStatus::Assessed,
                        CaseStatus::Printed,
                        CaseStatus::Closed,
                    ] {
                        ui.selectable_value(
                            &mut self.query_status,
                            Some(s),
                            tr(lang, status_key(s)),
                        );
                    }
                })
                .response
                .labelled_by(l2.id);
            ui.checkbox(&mut self.include_archived, tr(lang, "ui-case-archived"));
        });
        if ui.button(tr(lang, "ui-case-new")).clicked() {
            action = Some(CaseAction::New);
        }
        // The list is read again only when the query or the store changed (a search over 10 000
        // cases decrypts every summary: tens of milliseconds, too slow for every frame).
        let key = (
            self.query_name.clone(),
            self.query_id.clone(),
            self.query_area,
            self.query_status,
            self.include_archived,
            self.store.as_ref().map_or(0, CaseStore::generation),
        );
        if self.rows.as_ref().is_none_or(|(k, _)| *k != key) {
            let listed = match &self.store {
                Some(s) => s.list(&self.query()),
                None => Ok(Vec::new()),
            };
            self.rows = Some((key, listed));
        }
        let rows: &[CaseSummary] = match self.rows.as_ref().map(|(_, r)| r) {
            Some(Ok(r)) => r,
            Some(Err(e)) => {
                ui.colored_label(ui.visuals().error_fg_color, case_error(lang, e));
                return action;
            }
            None => &[],
        };
        ui.label(format!("{} {}", rows.len(), tr(lang, "ui-case-count")));
        egui::Grid::new("cases")
            .striped(true)
            .num_columns(6)
            .show(ui, |ui| {
                super::widgets::header_row(
                    ui,
                    lang,
                    &[
                        "ui-case-col-name",
                        "ui-case-col-id",
                        "ui-case-col-area",
                        "ui-case-col-status",
                        "ui-case-col-changed",
                    ],
                );
                // Only the first rows are drawn: a search narrows a long list.
                for r in rows.iter().take(200) {
                    let name = r.name.as_deref().unwrap_or("—");
                    let shown = if self.training {
                        mask_name(name)
                    } else {
                        name.to_owned()
                    };
                    if open == Some(r.id.as_str()) {
                        ui.strong(format!("＊{shown}"));
                    } else {
                        ui.label(shown);
                    }
                    ui.label(r.id_number_masked.as_deref().unwrap_or("—"));
                    ui.label(
                        r.area
                            .as_deref()
                            .map_or_else(|| "—".to_owned(), |a| tr(lang, &format!("code-{a}"))),
                    );
                    ui.label(tr(lang, status_key(r.status)));
                    ui.label(
                        r.updated_at
                            .get(..16)
                            .unwrap_or(&r.updated_at)
                            .replace('T', " "),
                    );
                    ui.horizontal(|ui| {
                        if ui.button(tr(lang, "ui-case-open")).clicked() {
                            action = Some(CaseAction::Open(r.id.clone()));
                        }
                        if ui.button(tr(lang, "ui-case-duplicate")).clicked() {
                            action = Some(CaseAction::Duplicate(r.id.clone()));
                        }
                        let (key, archive) = if r.archived {
                            ("ui-case-restore", false)
                        } else {
                            ("ui-case-archive", true)
                        };
                        if ui.button(tr(lang, key)).clicked() {
                            action = Some(CaseAction::Archive(r.id.clone(), archive));
                        }
                    });
                    ui.end_row();
                }
            });
        action
    }

    /// The open case's assessments, each re-runnable under its original parameters and date or
    /// under today's rules, with what changed per benefit and the clause.
    fn reassess_ui(&mut self, ui: &mut egui::Ui, lang: Lang, id: &str, today: &Today<'_>) {
        let Some(store) = &self.store else {
            return;
        };
        ui.separator();
        ui.strong(tr(lang, "ui-case-assessments"));
        let case = match store.open_case(id) {
            Ok(c) => c,
            Err(e) => {
                ui.colored_label(ui.visuals().error_fg_color, case_error(lang, &e));
                return;
            }
        };
        if case.assessments.is_empty() {
            ui.label(tr(lang, "ui-case-no-assessments"));
        }
        let mut run: Option<(String, Result<Vec<Change>, CaseError>)> = None;
        for a in case.assessments.iter().rev() {
            ui.horizontal_wrapped(|ui| {
                ui.label(format!(
                    "{} · {} · {} · {}",
                    a.date,
                    a.created_at
                        .get(..16)
                        .unwrap_or(&a.created_at)
                        .replace('T', " "),
                    a.officer,
                    a.pack_hash.get(..8).unwrap_or(&a.pack_hash)
                ));
                if ui.button(tr(lang, "ui-case-rerun-original")).clicked() {
                    let r = store.rerun_original(a).map(|(_, changes)| changes);
                    run = Some((
                        format!("{} {}", tr(lang, "ui-case-rerun-original"), a.date),
                        r,
                    ));
                }
                if let Some(set) = today.set
                    && ui.button(tr(lang, "ui-case-rerun-today")).clicked()
                {
                    let r = store
                        .rerun_today(today.household, a, today.date, set)
                        .map(|(_, changes)| changes);
                    run = Some((
                        format!("{} {}", tr(lang, "ui-case-rerun-today"), today.date),
                        r,
                    ));
                }
            });
        }
        match run {
            Some((title, Ok(changes))) => self.changes = Some((title, changes)),
            Some((_, Err(e))) => self.message = Some(case_error(lang, &e)),
            None => {}
        }
        if let Some((title, changes)) = &self.changes {
            ui.label(title);
            if changes.is_empty() {
                ui.label(tr(lang, "ui-case-no-change"));
            }
            egui::Grid::new("changes").striped(true).show(ui, |ui| {
                super::widgets::header_row(
                    ui,
                    lang,
                    &[
                        "ui-case-col-rule",
                        "ui-case-col-before",
                        "ui-case-col-after",
                        "ui-case-col-clause",
                    ],
                );
                for c in changes {
                    let name = match lang {
                        Lang::Zh => &c.name_zh,
                        Lang::En => &c.name_en,
                    };
                    ui.label(format!("[{}] {name}", c.rule));
                    ui.label(change_side(
                        lang,
                        c.old_outcome.as_deref(),
                        c.old_amount.as_ref(),
                    ));
                    ui.label(change_side(
                        lang,
                        c.new_outcome.as_deref(),
                        c.new_amount.as_ref(),
                    ));
                    ui.add(egui::Label::new(format!("{} 「{}」", c.citation, c.clause)).wrap());
                    ui.end_row();
                }
            });
        }
    }

    /// Hand-over between laptops: the open case out, with the household's consent, or a file in.
    fn transfer_ui(
        &mut self,
        ui: &mut egui::Ui,
        lang: Lang,
        open: Option<&str>,
        date: NaiveDate,
    ) -> Option<CaseAction> {
        let mut action = None;
        ui.separator();
        ui.collapsing(tr(lang, "ui-case-transfer"), |ui| {
            ui.label(tr(lang, "ui-case-transfer-help"));
            let f = &mut self.transfer;
            for (key, value, secret) in [
                ("ui-case-consent-by", &mut f.given_by, false),
                ("ui-case-consent-purpose", &mut f.purpose, false),
                ("ui-case-consent-recipient", &mut f.recipient, false),
                ("ui-case-transfer-passphrase", &mut f.passphrase, true),
            ] {
                ui.horizontal(|ui| {
                    let l = ui.label(tr(lang, key));
                    ui.add(
                        egui::TextEdit::singleline(value)
                            .password(secret)
                            .desired_width(260.0),
                    )
                    .labelled_by(l.id);
                });
            }
            ui.horizontal(|ui| {
                if let Some(id) = open
                    && ui.button(tr(lang, "ui-case-export")).clicked()
                {
                    action = Some(CaseAction::Export(
                        id.to_owned(),
                        Consent {
                            given_by: f.given_by.clone(),
                            date,
                            purpose: f.purpose.clone(),
                            recipient: f.recipient.clone(),
                        },
                        f.passphrase.clone(),
                    ));
                }
                if ui.button(tr(lang, "ui-case-import")).clicked() {
                    action = Some(CaseAction::Import(f.passphrase.clone()));
                }
            });
        });
        action
    }
}

/// One side of a change: the outcome in words and the amount, or "not in force".
fn change_side(lang: Lang, outcome: Option<&str>, amount: Option<&serde_json::Value>) -> String {
    let Some(outcome) = outcome else {
        return tr(lang, "ui-case-not-in-force");
    };
    let mut s = tr(lang, &format!("outcome-{outcome}"));
    if let Some(value) = amount.and_then(|a| a.get("value")).and_then(|v| v.as_str()) {
        s.push_str(&format!(" {value}"));
    }
    s
}
