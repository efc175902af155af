//! The application: persisted choices (language, expert mode), the mode (office or training), the
//! household being edited, and the determination recomputed after every edit. Actions collected while
//! drawing are applied once, after the frame.
//!
//! The office mode assesses under the official pack, the installed policy updates and the office's
//! local pack, with the real case store. The training mode is one switch that changes both the pack
//! (the example values) and the store (a separate training store), with a banner on every page, so
//! that an assessment on example values can never be saved among real cases.

mod law;

use std::path::Path;

use chrono::NaiveDate;
use fluent_bundle::FluentArgs;

use super::cases::{CaseAction, CasesScreen, Today, case_error};
use super::dialogs::FileDialog;
use super::form::Edits;
use super::pages::{declared_ui, household_ui, housing_ui, income_ui, medical_ui, members_ui};
use super::records::{is_record_field, records_ui};
use super::results::{ResultAction, results_ui};
use super::standards::{StandardsAction, StandardsContext, StandardsScreen};
use super::trainer::{TrainerAction, TrainerScreen};
use super::updates::{UpdatesAction, UpdatesScreen};
use super::welcome::{Settings, WelcomeAction, WelcomeScreen};
use super::widgets::date_ui;
use crate::cases::CaseError;
use crate::engine::{TraceMode, assess};
use crate::explain::{DeterminationView, view};
use crate::household::{Household, Member, parse_household};
use crate::i18n::{Lang, tr, tr_args};
use crate::policy::ParamSet;
use crate::report::{KeyStore, SoftwareSigner};
use crate::updates::OfficeSet;

/// A page of the wizard.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Page {
    /// First run and settings.
    Welcome,
    /// The case list (the store of saved cases).
    Cases,
    /// Hukou, status, household facts.
    Household,
    /// Members.
    Members,
    /// Income items.
    Income,
    /// Housing and utilities.
    Housing,
    /// Medical costs.
    Medical,
    /// The programmes' records (专项情况): special education, elderly services, 见义勇为…
    Records,
    /// Assessment date and results.
    Result,
    /// Trainer: scenarios, comparison, sweeps.
    Trainer,
    /// The office's standards (本地标准): the local values, edited into the local pack.
    Standards,
    /// Policy updates (政策更新): documents' periods, installed updates, trusted publishers.
    Updates,
}

impl Page {
    const ALL: [Page; 11] = [
        Page::Cases,
        Page::Household,
        Page::Members,
        Page::Income,
        Page::Housing,
        Page::Medical,
        Page::Records,
        Page::Result,
        Page::Trainer,
        Page::Standards,
        Page::Updates,
    ];

    fn key(self) -> &'static str {
        match self {
            Page::Welcome => "ui-page-welcome",
            Page::Cases => "ui-page-cases",
            Page::Household => "ui-page-household",
            Page::Members => "ui-page-members",
            Page::Income => "ui-page-income",
            Page::Housing => "ui-page-housing",
            Page::Medical => "ui-page-medical",
            Page::Records => "ui-page-records",
            Page::Result => "ui-page-result",
            Page::Trainer => "ui-page-trainer",
            Page::Standards => "ui-page-standards",
            Page::Updates => "ui-page-updates",
        }
    }
}

/// The shipped example households, for the menu.
pub const EXAMPLES: &[(&str, &str)] = &[
    (
        "dibao-lucheng-renting",
        include_str!("../../assets/examples/dibao-lucheng-renting.json"),
    ),
    (
        "tekun-elder-ruian",
        include_str!("../../assets/examples/tekun-elder-ruian.json"),
    ),
    (
        "disabled-student-dibian-ouhai",
        include_str!("../../assets/examples/disabled-student-dibian-ouhai.json"),
    ),
    (
        "county-no-status-pingyang",
        include_str!("../../assets/examples/county-no-status-pingyang.json"),
    ),
    (
        "first-job-dibao-longwan",
        include_str!("../../assets/examples/first-job-dibao-longwan.json"),
    ),
    (
        "unknown-facts-dongtou",
        include_str!("../../assets/examples/unknown-facts-dongtou.json"),
    ),
    (
        "good-samaritan-lucheng",
        include_str!("../../assets/examples/good-samaritan-lucheng.json"),
    ),
    (
        "relocation-lucheng",
        include_str!("../../assets/examples/relocation-lucheng.json"),
    ),
    (
        "centenarian-lucheng",
        include_str!("../../assets/examples/centenarian-lucheng.json"),
    ),
];

/// Deferred commands: collected while drawing, applied after the frame.
#[must_use]
enum Action {
    Open,
    Save,
    Example(usize),
    NewHousehold,
    Jump(String),
    SetDate(NaiveDate),
    Pdf,
    Case(CaseAction),
    Welcome(WelcomeAction),
    Settings,
    Trainer(TrainerAction),
    RecordAssessment,
    Updates(UpdatesAction),
    Standards(StandardsAction),
    /// Enter (`true`) or leave training mode.
    Training(bool),
    /// Verify a signed notice chosen by the officer.
    Verify,
    /// Close the verification's result.
    CloseVerification,
    /// Open the office CA's dialog (administrator).
    OfficeCa,
    /// A step in the office CA's dialog.
    Office(super::office::OfficeStep),
}

/// The USB key of the settings, logged in with `pin`, with the office's certificate when given.
fn token_signer(
    token: &super::welcome::TokenSettings,
    pin: &str,
) -> Result<crate::report::token::TokenSigner, String> {
    use crate::report::token::{TokenKey, TokenSigner};
    let at = TokenKey {
        module: std::path::Path::new(token.module.trim()),
        token: token.token.trim(),
        key: token.key.trim(),
    };
    let signer = TokenSigner::open(&at, pin).map_err(|e| e.to_string())?;
    if token.ca.trim().is_empty() {
        return Ok(signer);
    }
    let bytes = std::fs::read(token.ca.trim()).map_err(|e| e.to_string())?;
    let ca = crate::report::office::certificates_from(&bytes)
        .map_err(|e| e.to_string())?
        .into_iter()
        .next()
        .ok_or_else(|| "no certificate".to_owned())?;
    Ok(signer.with_issuer(ca))
}

/// What verifying a notice found: whether all of it holds, and the sentences saying so.
type Verified = (bool, Vec<String>);

/// The officer's application.
pub struct AssessApp {
    /// The household being edited.
    pub household: Household,
    /// The page shown.
    pub page: Page,
    /// All facts on one dense page.
    pub expert: bool,
    /// The assessment date.
    pub date: Option<NaiveDate>,
    /// The notice last verified, and what verification found (whether all holds, the sentences).
    verification: Option<(std::path::PathBuf, Result<Verified, String>)>,
    /// The office CA's dialog (administrator).
    office_ca: super::office::OfficePanel,
    /// Today (Beijing time): what a printed assessment is historical against. Tests fix it.
    pub today: NaiveDate,
    edits: Edits,
    selected_member: usize,
    /// Training mode: example values and the training store.
    training: bool,
    /// The parameter set of the mode, with the installed updates and what was left out.
    law: Option<OfficeSet>,
    /// The official pack with the installed updates, without the local or training pack.
    base: Option<ParamSet>,
    /// Counts reloads of the parameter set, so that results are recomputed after one.
    generation: u64,
    result: Option<Result<DeterminationView, String>>,
    assessed: Option<(Household, Option<NaiveDate>, u64)>,
    show_not_applicable: bool,
    status: Option<String>,
    /// Officer, office and passphrase for the printed report (never saved).
    officer: String,
    office: String,
    passphrase: String,
    /// The USB key's PIN as typed for the next signing (forgotten once used; never saved).
    pin: String,
    dialog: Box<dyn FileDialog>,
    cases: CasesScreen,
    trainer: TrainerScreen,
    welcome: WelcomeScreen,
    updates: UpdatesScreen,
    standards: StandardsScreen,
    /// Kept between sessions in the data directory, when there is one.
    settings: Settings,
    /// The case open for editing, saved automatically.
    case_id: Option<String>,
    /// The household as last saved to the open case.
    saved: Option<Household>,
    last_save: Option<std::time::Instant>,
}

/// Today in Beijing time (UTC+8; China has no daylight saving).
fn today() -> NaiveDate {
    (chrono::Utc::now() + chrono::Duration::hours(8)).date_naive()
}

impl AssessApp {
    /// A new application with an empty household of one member, dated today (Beijing time).
    #[must_use]
    pub fn new(dialog: Box<dyn FileDialog>) -> Self {
        AssessApp {
            household: Household {
                members: vec![Member::default()],
                ..Household::default()
            },
            page: Page::Household,
            expert: false,
            date: Some(today()),
            verification: None,
            office_ca: super::office::OfficePanel::new(today()),
            today: today(),
            edits: Edits::default(),
            selected_member: 0,
            training: false,
            law: None,
            base: None,
            generation: 0,
            result: None,
            assessed: None,
            show_not_applicable: false,
            status: None,
            officer: String::new(),
            office: String::new(),
            passphrase: String::new(),
            pin: String::new(),
            dialog,
            cases: CasesScreen::default(),
            trainer: TrainerScreen::default(),
            welcome: WelcomeScreen::default(),
            updates: UpdatesScreen::default(),
            standards: StandardsScreen::default(),
            settings: Settings::default(),
            case_id: None,
            saved: None,
            last_save: None,
        }
        .reloaded()
    }

    fn reloaded(mut self) -> Self {
        self.reload_set();
        self
    }

    /// Keeps the case stores in `dir` instead of the user's data directory (tests).
    #[must_use]
    pub fn with_case_dir(mut self, dir: std::path::PathBuf) -> Self {
        self.cases.dir = Some(dir);
        self.reload_set();
        self
    }

    /// Reads the settings from the data directory (`dir`, or the user's): the officer, the office,
    /// the language; loads the office's parameter set (official pack, installed policy updates, local
    /// pack) from it; opens on the welcome screen the first time.
    #[must_use]
    pub fn with_settings_in(mut self, dir: Option<std::path::PathBuf>) -> Self {
        let dir = dir.or_else(crate::paths::data_dir);
        if let Some(dir) = &dir {
            self.settings = Settings::load(dir);
            self.cases.dir = Some(dir.clone());
        }
        self.apply_settings();
        self.reload_set();
        if !self.settings.welcomed {
            self.page = Page::Welcome;
        }
        self
    }

    /// As [`AssessApp::with_settings_in`] with the user's data directory (the desktop window).
    #[must_use]
    pub fn with_data_dir_settings(self) -> Self {
        self.with_settings_in(None)
    }

    fn apply_settings(&mut self) {
        self.officer.clone_from(&self.settings.officer);
        self.office.clone_from(&self.settings.office);
        self.cases.officer.clone_from(&self.settings.officer);
        if self.settings.lang == "en" {
            self.set_lang(Lang::En);
        }
    }

    fn apply_welcome(&mut self, action: WelcomeAction) {
        let lang = self.lang();
        self.settings.welcomed = true;
        self.settings.lang = match lang {
            Lang::Zh => "zh".to_owned(),
            Lang::En => "en".to_owned(),
        };
        self.apply_settings();
        if let Some(dir) = self.cases.dir.clone()
            && let Err(e) = self.settings.save(&dir)
        {
            let mut args = FluentArgs::new();
            args.set("detail", e.to_string());
            self.status = Some(tr_args(lang, "ui-error-save", Some(&args)));
        }
        match action {
            WelcomeAction::Start { store, signing } => {
                if !store.is_empty() {
                    self.cases.unlock_with(&store, lang);
                }
                // The signing key is set up now, so that the first print does not ask for it.
                if !signing.is_empty() {
                    self.status = Some(match self.signing_key(&signing) {
                        Ok(_) => {
                            self.passphrase = signing;
                            tr(lang, "ui-welcome-key-ready")
                        }
                        Err(e) => {
                            let mut args = FluentArgs::new();
                            args.set("detail", e);
                            tr_args(lang, "ui-error-key", Some(&args))
                        }
                    });
                }
                self.page = if self.cases.store.is_some() {
                    Page::Cases
                } else {
                    Page::Household
                };
            }
            WelcomeAction::Example(i) => self.apply(Action::Example(i)),
        }
    }

    /// Opens the officer's signing key with `passphrase`, creating it (for the officer and office of
    /// the settings) the first time. It lives beside the case stores.
    fn signing_key(&self, passphrase: &str) -> Result<SoftwareSigner, String> {
        let dir = self.cases.data_dir().unwrap_or_default();
        let path = crate::paths::signing_key_in(&dir);
        match path.exists() {
            true => KeyStore::unlock_file(&path, passphrase).map_err(|e| e.to_string()),
            false => {
                let (store, signer) = KeyStore::create_with(
                    &self.officer,
                    &self.office,
                    passphrase,
                    self.settings.key_algorithm,
                )
                .map_err(|e| e.to_string())?;
                std::fs::create_dir_all(&dir).map_err(|e| e.to_string())?;
                let json = serde_json::to_string_pretty(&store).map_err(|e| e.to_string())?;
                std::fs::write(&path, json).map_err(|e| e.to_string())?;
                log::info!("signing key created");
                Ok(signer)
            }
        }
    }

    /// The trainer's last caseload summary, once its batch has finished (`None` while it runs).
    #[must_use]
    pub fn caseload_summary(&self) -> Option<&crate::analysis::BatchSummary> {
        let panel = self.trainer.caseload();
        if panel.running() {
            None
        } else {
            panel.summary()
        }
    }

    /// The id of the case open for editing.
    #[must_use]
    pub fn open_case(&self) -> Option<&str> {
        self.case_id.as_deref()
    }

    /// Saves the open case if its facts changed, at most once a second while typing (one
    /// transaction per save, so a crash loses at most the last second of typing). `force` saves
    /// now (leaving the case, printing).
    pub fn autosave(&mut self, force: bool) {
        let (Some(id), Some(store)) = (self.case_id.as_deref(), self.cases.store.as_mut()) else {
            return;
        };
        if self.saved.as_ref() == Some(&self.household) {
            return;
        }
        if !force
            && self
                .last_save
                .is_some_and(|t| t.elapsed().as_secs_f32() < 1.0)
        {
            return;
        }
        match store.save(id, &self.household) {
            Ok(()) => {
                self.saved = Some(self.household.clone());
                self.last_save = Some(std::time::Instant::now());
            }
            // What was saved before stays; the officer sees why this save failed.
            Err(e) => self.status = Some(case_error(self.lang(), &e)),
        }
    }

    fn apply_case(&mut self, action: CaseAction) {
        let lang = self.lang();
        self.autosave(true);
        let data_dir = self.cases.data_dir().unwrap_or_default();
        let Some(store) = self.cases.store.as_mut() else {
            return;
        };
        let opened = match action {
            CaseAction::Export(id, consent, passphrase) => {
                let Some(path) = self.dialog.save_transfer() else {
                    return;
                };
                let written = store
                    .export(&[&id], &passphrase, &consent)
                    .and_then(|bytes| {
                        std::fs::write(&path, bytes).map_err(|e| CaseError::Transfer(io_error(&e)))
                    });
                self.status = Some(match written {
                    Ok(()) => file_message(lang, "ui-saved", &path),
                    Err(e) => case_error(lang, &e),
                });
                return;
            }
            CaseAction::Backup => {
                let Some(path) = self.dialog.save_backup() else {
                    return;
                };
                self.status = Some(match store.backup(&data_dir, &path) {
                    Ok(_) => file_message(lang, "ui-backup-written", &path),
                    Err(e) => case_error(lang, &e),
                });
                return;
            }
            CaseAction::Import(passphrase) => {
                let Some(path) = self.dialog.open_transfer() else {
                    return;
                };
                std::fs::read(&path)
                    .map_err(|e| CaseError::Transfer(io_error(&e)))
                    .and_then(|bytes| store.import(&bytes, &passphrase))
                    .map(|ids| ids.into_iter().next())
            }
            CaseAction::Open(id) => Ok(Some(id)),
            CaseAction::New => store.create(&self.household).map(Some),
            CaseAction::Duplicate(id) => store.duplicate(&id).map(Some),
            CaseAction::Archive(id, archive) => store.set_archived(&id, archive).map(|()| None),
        };
        let opened = opened.and_then(|id| match id {
            Some(id) => store.open_case(&id).map(Some),
            None => Ok(None),
        });
        match opened {
            Ok(Some(case)) => {
                self.load(case.household);
                self.saved = Some(self.household.clone());
                self.case_id = Some(case.id);
                self.status = Some(tr(lang, "ui-case-opened"));
            }
            Ok(None) => {}
            Err(e) => self.status = Some(case_error(lang, &e)),
        }
    }

    /// Records the current determination on the open case (and, after a PDF, the export).
    fn record_assessment(&mut self, printed: bool) {
        self.autosave(true);
        let (Some(id), Some(store), Some(Ok(v)), Some(office)) = (
            self.case_id.as_deref(),
            self.cases.store.as_mut(),
            self.result.as_ref(),
            self.law.as_ref(),
        ) else {
            return;
        };
        let recorded = store.record_assessment(id, v, &office.set).and_then(|_| {
            if printed {
                store.record_pdf_export(id, &v.id)
            } else {
                Ok(())
            }
        });
        let lang = self.edits.lang;
        self.status = Some(match recorded {
            Ok(()) => tr(lang, "ui-case-recorded"),
            Err(e) => case_error(lang, &e),
        });
    }

    /// The display language.
    #[must_use]
    pub fn lang(&self) -> Lang {
        self.edits.lang
    }

    /// Sets the display language.
    pub fn set_lang(&mut self, lang: Lang) {
        self.edits.lang = lang;
    }

    /// Whether the window is in training mode (example values, the training store).
    #[must_use]
    pub fn training(&self) -> bool {
        self.training
    }

    /// The current results, if the household could be assessed.
    #[must_use]
    pub fn results(&self) -> Option<&DeterminationView> {
        self.result.as_ref().and_then(|r| r.as_ref().ok())
    }

    /// Replaces the household (opened from a file or an example); nothing typed before is kept.
    pub fn load(&mut self, h: Household) {
        self.household = h;
        self.edits.reset();
        self.selected_member = 0;
        self.page = Page::Household;
    }

    /// Re-runs the engine if anything it depends on changed since the last run.
    pub fn recompute(&mut self) {
        let key = (self.household.clone(), self.date, self.generation);
        if self.assessed.as_ref() == Some(&key) {
            return;
        }
        self.result = match (self.set(), self.date) {
            (Some(set), Some(date)) => Some(
                assess(&self.household, date, set, TraceMode::On)
                    .map(|d| view(&d, &self.household, set))
                    .map_err(|e| e.to_string()),
            ),
            _ => None,
        };
        self.assessed = Some(key);
    }

    fn apply(&mut self, action: Action) {
        let lang = self.lang();
        match action {
            Action::Open => {
                if let Some(path) = self.dialog.open() {
                    self.status = Some(match read_household(&path) {
                        Ok(h) => {
                            self.load(h);
                            file_message(lang, "ui-opened", &path)
                        }
                        // The household on screen is kept as it was.
                        Err(e) => e,
                    });
                }
            }
            Action::Save => {
                if let Some(path) = self.dialog.save() {
                    let written = serde_json::to_string_pretty(&self.household)
                        .map_err(|e| e.to_string())
                        .and_then(|json| std::fs::write(&path, json).map_err(|e| e.to_string()));
                    self.status = Some(match written {
                        Ok(()) => file_message(lang, "ui-saved", &path),
                        Err(e) => {
                            let mut args = FluentArgs::new();
                            args.set("detail", e);
                            tr_args(lang, "ui-error-save", Some(&args))
                        }
                    });
                }
            }
            Action::Example(i) => {
                if let Some(h) = EXAMPLES
                    .get(i)
                    .and_then(|(_, json)| parse_household(json).ok())
                {
                    self.load(h);
                }
            }
            Action::NewHousehold => self.load(Household {
                members: vec![Member::default()],
                ..Household::default()
            }),
            Action::Jump(path) => self.jump(&path),
            Action::Pdf => {
                let written = self.write_pdf(None);
                if written.1 {
                    self.record_assessment(true);
                }
                self.status = Some(written.0);
            }
            Action::Case(a) => self.apply_case(a),
            Action::Welcome(a) => self.apply_welcome(a),
            Action::Settings => self.page = Page::Welcome,
            Action::Verify => {
                if let Some(path) = self.dialog.open_pdf() {
                    let dir = self.cases.data_dir().unwrap_or_default();
                    let trust = crate::report::TrustStore::load(&dir);
                    let lang = self.lang();
                    let found = std::fs::read(&path)
                        .map_err(|e| e.to_string())
                        .and_then(|bytes| {
                            crate::report::verify_pdf_trusting(&bytes, &trust)
                                .map_err(|e| e.to_string())
                        })
                        .map(|v| (v.is_good(), v.sentences(lang)));
                    self.verification = Some((path, found));
                }
            }
            Action::CloseVerification => self.verification = None,
            Action::OfficeCa => self.office_ca.shown = true,
            Action::Office(step) => self.office_ca.apply(step, &mut *self.dialog, lang),
            Action::Trainer(TrainerAction::OpenScenario) => {
                if let Some(path) = self.dialog.open_scenario() {
                    let loaded = std::fs::read_to_string(&path)
                        .map_err(|e| e.to_string())
                        .and_then(|text| self.trainer.load(&text));
                    self.status = Some(match loaded {
                        Ok(()) => file_message(lang, "ui-opened", &path),
                        Err(e) => {
                            let mut args = FluentArgs::new();
                            args.set("detail", e);
                            tr_args(lang, "ui-error-open", Some(&args))
                        }
                    });
                }
            }
            Action::Trainer(TrainerAction::OpenCaseload) => {
                if let Some(path) = self.dialog.open_caseload() {
                    let name = path
                        .file_name()
                        .map_or_else(String::new, |n| n.to_string_lossy().into_owned());
                    let loaded = std::fs::read(&path)
                        .map_err(|e| e.to_string())
                        .and_then(|bytes| self.trainer.caseload_mut().set_file(&name, bytes));
                    self.status = Some(match loaded {
                        Ok(_) => file_message(lang, "ui-opened", &path),
                        Err(e) => {
                            let mut args = FluentArgs::new();
                            args.set("detail", e);
                            tr_args(lang, "ui-error-open", Some(&args))
                        }
                    });
                }
            }
            Action::Trainer(TrainerAction::PrintHandout) => {
                let appendix = self.trainer.comparison().cloned();
                let written = self.write_pdf(appendix);
                self.status = Some(written.0);
            }
            Action::Trainer(TrainerAction::SaveScenario(text)) => {
                if let Some(path) = self.dialog.save_scenario() {
                    self.status = Some(match std::fs::write(&path, text) {
                        Ok(()) => file_message(lang, "ui-saved", &path),
                        Err(e) => {
                            let mut args = FluentArgs::new();
                            args.set("detail", e.to_string());
                            tr_args(lang, "ui-error-save", Some(&args))
                        }
                    });
                }
            }
            Action::RecordAssessment => self.record_assessment(false),
            Action::SetDate(date) => {
                self.date = Some(date);
                self.edits.text.remove("assessment_date");
            }
            Action::Updates(a) => self.apply_updates(a),
            Action::Standards(a) => self.apply_standards(a),
            Action::Training(on) => self.set_training(on),
        }
    }

    /// Shows the page and member of a missing fact and focuses its field.
    fn jump(&mut self, path: &str) {
        let member = path
            .strip_prefix("members[")
            .and_then(|rest| rest.split(']').next())
            .and_then(|n| n.parse::<usize>().ok());
        let field = path.rsplit_once("].").map_or(path, |(_, f)| f);
        self.page = if field.starts_with("housing") || field.starts_with("utilities") {
            Page::Housing
        } else if field.starts_with("incomes") || path.starts_with("declared") {
            Page::Income
        } else if field.starts_with("medical") {
            Page::Medical
        } else if is_record_field(field, member.is_some()) {
            Page::Records
        } else if member.is_some() {
            Page::Members
        } else {
            Page::Household
        };
        if let Some(m) = member {
            self.selected_member = m;
        }
        self.expert = false;
        self.edits.focus = Some(path.to_owned());
    }

    /// The result of verifying a notice, over the form: the file, then the same sentences as
    /// `wenzhou-assess verify`, the verdict coloured. Whether the officer closed it.
    fn verification_ui(&self, ctx: &egui::Context) -> bool {
        let Some((path, found)) = &self.verification else {
            return false;
        };
        let lang = self.lang();
        let modal = egui::Modal::new(egui::Id::unique("verification")).show(ctx, |ui| {
            ui.set_max_width(820.0);
            ui.heading(tr(lang, "ui-verify-title"));
            ui.label(path.file_name().map_or_else(
                || path.display().to_string(),
                |n| n.to_string_lossy().into_owned(),
            ));
            match found {
                Ok((good, lines)) => {
                    let colour = if *good {
                        ui.visuals().widgets.noninteractive.fg_stroke.color
                    } else {
                        ui.visuals().error_fg_color
                    };
                    for (i, line) in lines.iter().enumerate() {
                        if i == 0 {
                            ui.colored_label(colour, egui::RichText::new(line).strong());
                        } else {
                            ui.label(line);
                        }
                    }
                }
                Err(e) => {
                    ui.colored_label(ui.visuals().error_fg_color, e);
                }
            }
            ui.button(tr(lang, "ui-close")).clicked()
        });
        modal.inner || modal.should_close()
    }

    fn top_bar_ui(&mut self, ui: &mut egui::Ui, actions: &mut Vec<Action>) {
        let lang = self.lang();
        ui.horizontal_wrapped(|ui| {
            ui.menu_button(tr(lang, "ui-menu-file"), |ui| {
                if ui.button(tr(lang, "ui-new")).clicked() {
                    actions.push(Action::NewHousehold);
                }
                if ui.button(tr(lang, "ui-settings")).clicked() {
                    actions.push(Action::Settings);
                }
                if ui.button(tr(lang, "ui-open")).clicked() {
                    actions.push(Action::Open);
                }
                if ui.button(tr(lang, "ui-save")).clicked() {
                    actions.push(Action::Save);
                }
                if ui.button(tr(lang, "ui-verify")).clicked() {
                    actions.push(Action::Verify);
                }
                if ui.button(tr(lang, "ui-office-menu")).clicked() {
                    actions.push(Action::OfficeCa);
                }
                ui.separator();
                ui.label(tr(lang, "ui-examples"));
                for (i, (name, _)) in EXAMPLES.iter().enumerate() {
                    if ui.button(tr(lang, &format!("ui-example-{name}"))).clicked() {
                        actions.push(Action::Example(i));
                    }
                }
            });
            let other = match lang {
                Lang::Zh => Lang::En,
                Lang::En => Lang::Zh,
            };
            if ui.button(tr(lang, "ui-switch-language")).clicked() {
                self.set_lang(other);
            }
            ui.checkbox(&mut self.expert, tr(lang, "ui-expert-mode"));
            ui.checkbox(&mut self.edits.mask, tr(lang, "ui-mask"));
            ui.separator();
            if !self.training && ui.button(tr(lang, "ui-training-enter")).clicked() {
                actions.push(Action::Training(true));
            }
        });
    }

    fn nav_ui(&mut self, ui: &mut egui::Ui) {
        let lang = self.lang();
        ui.horizontal(|ui| {
            for page in Page::ALL {
                ui.selectable_value(&mut self.page, page, tr(lang, page.key()));
            }
        });
    }

    fn page_ui(&mut self, ui: &mut egui::Ui, page: Page, actions: &mut Vec<Action>) {
        let date = self.date.unwrap_or_else(today);
        match page {
            Page::Welcome => {
                let lang = self.lang();
                let dir = self.cases.dir.clone();
                if let Some(a) =
                    self.welcome
                        .ui(ui, lang, &mut self.settings, EXAMPLES, dir.as_deref())
                {
                    actions.push(Action::Welcome(a));
                }
            }
            Page::Cases => {
                let lang = self.lang();
                let today = Today {
                    household: &self.household,
                    set: self.law.as_ref().map(|o| &o.set),
                    date,
                };
                if let Some(a) = self.cases.ui(ui, lang, self.case_id.as_deref(), &today) {
                    actions.push(Action::Case(a));
                }
            }
            Page::Household => household_ui(ui, &mut self.household, &mut self.edits),
            Page::Members => members_ui(
                ui,
                &mut self.household,
                &mut self.edits,
                &mut self.selected_member,
                date,
            ),
            Page::Income => {
                income_ui(ui, &mut self.household, &mut self.edits, date);
                declared_ui(ui, &mut self.household, &mut self.edits);
            }
            Page::Housing => housing_ui(ui, &mut self.household, &mut self.edits),
            Page::Medical => medical_ui(ui, &mut self.household, &mut self.edits),
            Page::Records => records_ui(
                ui,
                &mut self.household,
                &mut self.edits,
                &mut self.selected_member,
                date,
            ),
            Page::Result => self.result_ui(ui, actions),
            // The trainer assesses on the form's date, under the set of the mode.
            Page::Trainer => {
                let lang = self.lang();
                if let Some(office) = &self.law
                    && let Some(a) = self
                        .trainer
                        .ui(ui, lang, &self.household, date, &office.set)
                {
                    actions.push(Action::Trainer(a));
                }
            }
            Page::Standards => {
                let cx = StandardsContext {
                    set: self.law.as_ref().map(|o| &o.set),
                    base: self.base.as_ref(),
                    dir: self.cases.dir.as_deref(),
                    hukou: self.household.hukou_area,
                    training: self.training,
                };
                if let Some(a) = self.standards.ui(ui, &mut self.edits, &mut self.date, &cx) {
                    actions.push(Action::Standards(a));
                }
            }
            Page::Updates => {
                let lang = self.lang();
                let installed = self.law.as_ref().map_or(&[][..], |o| &o.updates[..]);
                if let Some(a) =
                    self.updates
                        .ui(ui, lang, self.law.as_ref().map(|o| &o.set), installed, date)
                {
                    actions.push(Action::Updates(a));
                }
            }
        }
    }

    fn result_ui(&mut self, ui: &mut egui::Ui, actions: &mut Vec<Action>) {
        let lang = self.lang();
        super::widgets::heading_ui(ui, &tr(lang, "ui-page-result"));
        let latest = NaiveDate::from_ymd_opt(2100, 12, 31).unwrap_or(NaiveDate::MAX);
        date_ui(
            ui,
            &mut self.edits,
            "assessment_date",
            &tr(lang, "ui-assessment-date"),
            &mut self.date,
            latest,
        );
        self.recompute();
        if self.case_id.is_some() && ui.button(tr(lang, "ui-case-record")).clicked() {
            actions.push(Action::RecordAssessment);
        }
        self.report_ui(ui, actions);
        match &self.result {
            Some(Ok(v)) => {
                let lapsed = self.lapsed_since(v);
                match results_ui(ui, v, lang, &mut self.show_not_applicable, &lapsed) {
                    ResultAction::Jump(path) => actions.push(Action::Jump(path)),
                    ResultAction::SetDate(date) => actions.push(Action::SetDate(date)),
                    ResultAction::ImportUpdate => {
                        actions.push(Action::Updates(UpdatesAction::Import));
                    }
                    ResultAction::None => {}
                }
            }
            Some(Err(e)) => {
                ui.colored_label(ui.visuals().error_fg_color, e);
            }
            None => {
                ui.label(tr(lang, "ui-no-date"));
            }
        }
    }
}

impl AssessApp {
    /// The printed report: who signs, and the button that writes the PDF and opens it for printing.
    fn report_ui(&mut self, ui: &mut egui::Ui, actions: &mut Vec<Action>) {
        let lang = self.lang();
        ui.collapsing(tr(lang, "ui-report"), |ui| {
            // With a USB key, the window asks for its PIN here (kept only until the notice is
            // signed); otherwise for the software key's passphrase.
            let (secret_key, secret) = if self.settings.token.chosen() {
                ("ui-token-pin", &mut self.pin)
            } else {
                ("ui-passphrase", &mut self.passphrase)
            };
            for (key, value, secret) in [
                ("pdf-officer", &mut self.officer, false),
                ("pdf-office", &mut self.office, false),
                (secret_key, secret, true),
            ] {
                ui.horizontal(|ui| {
                    let l = ui.label(tr(lang, key));
                    ui.add(
                        egui::TextEdit::singleline(value)
                            .password(secret)
                            .desired_width(220.0),
                    )
                    .labelled_by(l.id);
                });
            }
            if ui.button(tr(lang, "ui-write-pdf")).clicked() {
                actions.push(Action::Pdf);
            }
        });
    }

    /// Writes the report where the officer chooses, signed when a passphrase was given (the key is
    /// created on first use), then hands it to the system's viewer to print.
    fn write_pdf(&mut self, appendix: Option<crate::analysis::Comparison>) -> (String, bool) {
        use crate::report::{ReportLang, ReportMeta, Signer, build_report};
        let lang = self.lang();
        let failed = |detail: String| {
            log::warn!("report not written: {detail}");
            let mut args = FluentArgs::new();
            args.set("detail", detail);
            (tr_args(lang, "ui-error-save", Some(&args)), false)
        };
        let Some(Ok(view)) = &self.result else {
            return (tr(lang, "ui-no-date"), false);
        };
        let Some(path) = self.dialog.save_pdf() else {
            return (String::new(), false);
        };
        let now = chrono::Utc::now() + chrono::Duration::hours(8);
        let token = &self.settings.token;
        let signer: Option<Box<dyn Signer>> = if token.chosen() {
            // The PIN is used once and forgotten.
            let pin = std::mem::take(&mut self.pin);
            if pin.is_empty() {
                None
            } else {
                match token_signer(token, &pin) {
                    Ok(s) => Some(Box::new(s)),
                    Err(e) => return failed(e),
                }
            }
        } else if self.passphrase.is_empty() {
            None
        } else {
            match self.signing_key(&self.passphrase) {
                Ok(s) => Some(Box::new(s)),
                Err(e) => return failed(e),
            }
        };
        let meta = ReportMeta {
            office: self.office.clone(),
            officer: self.officer.clone(),
            lang: ReportLang::Bilingual,
            signed_at: signer
                .as_ref()
                .map(|_| now.format("%Y-%m-%d %H:%M:%S +08:00").to_string()),
            appendix,
            lapsed_since: self.lapsed_since(view),
        };
        let bytes = match build_report(
            view,
            &meta,
            signer.as_deref(),
            &now.format("%Y%m%d%H%M%S").to_string(),
        ) {
            Ok(b) => b,
            Err(e) => return failed(e.to_string()),
        };
        if let Err(e) = std::fs::write(&path, bytes) {
            return failed(e.to_string());
        }
        // Printing is the viewer's job; if none opens, the file is still written.
        let _viewer_started = open::that_detached(&path).is_ok();
        (file_message(lang, "ui-saved", &path), true)
    }
}

/// An I/O failure on a transfer file, as the transfer error's reason.
fn io_error(e: &std::io::Error) -> &'static str {
    match e.kind() {
        std::io::ErrorKind::NotFound => "file not found",
        std::io::ErrorKind::PermissionDenied => "permission denied",
        _ => "the file cannot be read or written",
    }
}

fn read_household(path: &Path) -> Result<Household, String> {
    let text = std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))?;
    parse_household(&text).map_err(|e| e.to_string())
}

fn file_message(lang: Lang, key: &str, path: &Path) -> String {
    let mut args = FluentArgs::new();
    args.set("file", path.display().to_string());
    tr_args(lang, key, Some(&args))
}

impl eframe::App for AssessApp {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        self.show(ui);
    }
}

impl AssessApp {
    /// Draws the whole application into `ui` (the window's contents; tests drive it directly).
    pub fn show(&mut self, ui: &mut egui::Ui) {
        let mut actions = Vec::new();
        egui::Panel::top("top").show(ui, |ui| {
            self.top_bar_ui(ui, &mut actions);
            if !self.expert {
                self.nav_ui(ui);
            }
            if self.training {
                self.training_banner_ui(ui, &mut actions);
            }
        });
        if let Some(status) = &self.status {
            egui::Panel::bottom("status").show(ui, |ui| {
                ui.label(status);
            });
        }
        egui::CentralPanel::default().show(ui, |ui| {
            egui::ScrollArea::vertical()
                .auto_shrink([false, false])
                .show(ui, |ui| {
                    if self.expert {
                        for page in Page::ALL.into_iter().filter(|p| {
                            !matches!(
                                p,
                                Page::Welcome
                                    | Page::Cases
                                    | Page::Trainer
                                    | Page::Standards
                                    | Page::Updates
                            )
                        }) {
                            self.page_ui(ui, page, &mut actions);
                        }
                    } else {
                        self.page_ui(ui, self.page, &mut actions);
                    }
                });
        });
        if let Some(a) = self.updates.dialogs_ui(ui.ctx(), self.lang()) {
            actions.push(Action::Updates(a));
        }
        if self.verification_ui(ui.ctx()) {
            actions.push(Action::CloseVerification);
        }
        if let Some(step) = self.office_ca.ui(ui.ctx(), self.lang()) {
            actions.push(Action::Office(step));
        }
        for action in actions {
            self.apply(action);
        }
        self.autosave(false);
    }
}
