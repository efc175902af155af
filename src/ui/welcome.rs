//! First run and settings: what the tool is, in two sentences; the officer's name and office (kept
//! in `settings.json` in the data directory); the case store's passphrase; the example households.
//! The same screen, opened again from the 文件 menu, changes the settings.

use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::i18n::{Lang, tr};
use crate::report::Algorithm;

/// What is kept between sessions (no passphrase is ever kept).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Settings {
    /// The officer's name, printed on reports and kept in the audit log.
    pub officer: String,
    /// The office (乡镇街道).
    pub office: String,
    /// Display language: `zh` or `en`.
    pub lang: String,
    /// The first-run screen was completed.
    pub welcomed: bool,
    /// The office USB key to sign with (empty: the software key).
    pub token: TokenSettings,
    /// The algorithm of the software key, when the window makes it (RSA, or SM2 for offices whose
    /// CA issues 国密 certificates).
    pub key_algorithm: crate::report::Algorithm,
}

/// Where the officer's USB key is (PKCS#11). No PIN: the window asks for it at each signing.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct TokenSettings {
    /// The PKCS#11 module (the token maker's library).
    pub module: String,
    /// The token's label.
    pub token: String,
    /// The key's (and its certificate's) label.
    pub key: String,
    /// The issuing office's certificate (PEM), sent with each signature; may be empty.
    pub ca: String,
}

impl TokenSettings {
    /// Whether a token is chosen.
    #[must_use]
    pub fn chosen(&self) -> bool {
        !self.module.trim().is_empty()
            && !self.token.trim().is_empty()
            && !self.key.trim().is_empty()
    }
}

impl Settings {
    /// The settings file in `dir`.
    fn path(dir: &Path) -> PathBuf {
        dir.join("settings.json")
    }

    /// Reads the settings; a missing or unreadable file gives the defaults (first run).
    #[must_use]
    pub fn load(dir: &Path) -> Settings {
        std::fs::read_to_string(Settings::path(dir))
            .ok()
            .and_then(|t| serde_json::from_str(&t).ok())
            .unwrap_or_default()
    }

    /// Writes the settings (through a temporary file, so a crash never leaves half a file).
    ///
    /// # Errors
    /// If the directory or the file cannot be written.
    pub fn save(&self, dir: &Path) -> std::io::Result<()> {
        std::fs::create_dir_all(dir)?;
        let json = serde_json::to_string_pretty(self).map_err(std::io::Error::other)?;
        let tmp = dir.join("settings.json.tmp");
        std::fs::write(&tmp, json)?;
        std::fs::rename(tmp, Settings::path(dir))
    }
}

/// What the officer chose on the welcome screen.
#[must_use]
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum WelcomeAction {
    /// Save the settings and start, with the case store's passphrase and the signing key's (either
    /// possibly empty: set up later).
    Start {
        /// Opens (or creates) the case store.
        store: String,
        /// Opens (or creates) the signing key for the printed reports.
        signing: String,
    },
    /// Open an example household (index into the examples) and start.
    Example(usize),
}

/// View state of the welcome screen.
#[derive(Default)]
pub struct WelcomeScreen {
    /// The case store's passphrase being typed (never saved).
    passphrase: String,
    /// The signing key's passphrase being typed (never saved).
    signing: String,
    /// The tokens the module offers, or why it could not be read.
    tokens: Option<Result<Vec<String>, String>>,
}

impl WelcomeScreen {
    /// Draws the screen; `settings` is edited in place; `data_dir` is where the files are kept.
    pub fn ui(
        &mut self,
        ui: &mut egui::Ui,
        lang: Lang,
        settings: &mut Settings,
        examples: &[(&str, &str)],
        data_dir: Option<&Path>,
    ) -> Option<WelcomeAction> {
        let mut action = None;
        super::widgets::heading_ui(ui, &tr(lang, "ui-welcome-title"));
        ui.label(tr(lang, "ui-welcome-what"));
        ui.label(tr(lang, "ui-welcome-how"));
        ui.add_space(8.0);
        for (key, value, secret) in [
            ("pdf-officer", &mut settings.officer, false),
            ("pdf-office", &mut settings.office, false),
            ("ui-case-passphrase", &mut self.passphrase, true),
            ("ui-welcome-signing-passphrase", &mut self.signing, true),
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
        // The algorithm matters only until the key is made; then it is the key's.
        if data_dir.is_some_and(|d| !crate::paths::signing_key_in(d).exists()) {
            ui.horizontal(|ui| {
                let l = ui.label(tr(lang, "ui-welcome-key-algorithm"));
                egui::ComboBox::from_id_salt("key-algorithm")
                    .selected_text(key_algorithm_name(lang, settings.key_algorithm))
                    .show_ui(ui, |ui| {
                        for a in [Algorithm::Rsa, Algorithm::Sm2] {
                            ui.selectable_value(
                                &mut settings.key_algorithm,
                                a,
                                key_algorithm_name(lang, a),
                            );
                        }
                    })
                    .response
                    .labelled_by(l.id);
            });
        }
        ui.label(tr(lang, "ui-welcome-passphrase-help"));
        ui.label(tr(lang, "ui-welcome-signing-help"));
        self.token_ui(ui, lang, &mut settings.token);
        if let Some(dir) = data_dir {
            let mut args = fluent_bundle::FluentArgs::new();
            args.set("dir", dir.display().to_string());
            ui.label(crate::i18n::tr_args(lang, "ui-welcome-files", Some(&args)));
        }
        ui.add_space(8.0);
        if ui.button(tr(lang, "ui-welcome-start")).clicked() {
            action = Some(WelcomeAction::Start {
                store: std::mem::take(&mut self.passphrase),
                signing: std::mem::take(&mut self.signing),
            });
        }
        ui.add_space(8.0);
        ui.label(tr(lang, "ui-welcome-examples"));
        ui.horizontal_wrapped(|ui| {
            for (i, (name, _)) in examples.iter().enumerate() {
                if ui.button(tr(lang, &format!("ui-example-{name}"))).clicked() {
                    action = Some(WelcomeAction::Example(i));
                }
            }
        });
        action
    }

    /// The office USB key: the module, the token (listed from the module), the key's label and
    /// the office's certificate.
    fn token_ui(&mut self, ui: &mut egui::Ui, lang: Lang, token: &mut TokenSettings) {
        egui::CollapsingHeader::new(tr(lang, "ui-token"))
            .default_open(token.chosen())
            .show(ui, |ui| {
                ui.label(tr(lang, "ui-token-help"));
                for (key, value) in [
                    ("ui-token-module", &mut token.module),
                    ("ui-token-label", &mut token.token),
                    ("ui-token-key", &mut token.key),
                    ("ui-token-ca", &mut token.ca),
                ] {
                    ui.horizontal(|ui| {
                        let l = ui.label(tr(lang, key));
                        ui.add(egui::TextEdit::singleline(value).desired_width(360.0))
                            .labelled_by(l.id);
                    });
                }
                if ui.button(tr(lang, "ui-token-find")).clicked() {
                    self.tokens = Some(
                        crate::report::token::token_labels(Path::new(token.module.trim()))
                            .map_err(|e| e.to_string()),
                    );
                }
                match &self.tokens {
                    Some(Ok(labels)) if labels.is_empty() => {
                        ui.label(tr(lang, "ui-token-none"));
                    }
                    Some(Ok(labels)) => {
                        ui.horizontal_wrapped(|ui| {
                            for label in labels {
                                if ui.selectable_label(token.token == *label, label).clicked() {
                                    token.token.clone_from(label);
                                }
                            }
                        });
                    }
                    Some(Err(e)) => {
                        ui.colored_label(ui.visuals().error_fg_color, e);
                    }
                    None => {}
                }
            });
    }
}

fn key_algorithm_name(lang: Lang, a: Algorithm) -> String {
    tr(
        lang,
        match a {
            Algorithm::Rsa => "ui-office-algorithm-rsa",
            Algorithm::Sm2 => "ui-office-algorithm-sm2",
        },
    )
}
