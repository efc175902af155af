//! The office CA in the window (单位证书机构), for the office's administrator: create the CA, or
//! open it with the administrator's passphrase; issue an officer's certificate from the officer's
//! request; revoke a certificate from a date and write the revocation list the laptops import.
//! The same operations as `wenzhou-assess office create-ca|issue|revoke`, on the same files.

use std::path::{Path, PathBuf};

use chrono::NaiveDate;
use fluent_bundle::FluentArgs;

use super::dialogs::{FileDialog, OfficeFile};
use crate::i18n::{Lang, tr, tr_args};
use crate::report::office::{
    certificate_pem as pem, certificates_from, fingerprint, revocation_list_pem,
};
use crate::report::{Algorithm, OfficeCa, OfficeCaFile};

/// What the administrator asked for; applied after the frame, with the file dialogs.
#[must_use]
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OfficeStep {
    /// Create a CA and choose where to save it.
    Create,
    /// Choose a CA file and open it with the passphrase typed.
    Open,
    /// Choose an officer's request and where to save the certificate.
    Issue,
    /// Choose a certificate to revoke and where to save the revocation list.
    Revoke,
    /// Lock the CA (forget its key).
    Lock,
    /// Close the dialog.
    Close,
}

/// The dialog's state: what is typed, the CA while it is open, and the last outcome.
pub struct OfficePanel {
    /// Whether the dialog is shown.
    pub shown: bool,
    office: String,
    algorithm: Algorithm,
    passphrase: String,
    repeat: String,
    revoke_from: String,
    /// The open CA and its file.
    open: Option<(PathBuf, OfficeCa)>,
    /// The last outcome: done (`true`) or refused, in the administrator's words.
    outcome: Option<(bool, String)>,
}

impl OfficePanel {
    /// A closed dialog; revocations dated `today` unless changed.
    #[must_use]
    pub fn new(today: NaiveDate) -> Self {
        OfficePanel {
            shown: false,
            office: String::new(),
            algorithm: Algorithm::Rsa,
            passphrase: String::new(),
            repeat: String::new(),
            revoke_from: today.to_string(),
            open: None,
            outcome: None,
        }
    }

    /// The dialog over the window, when shown.
    pub fn ui(&mut self, ctx: &egui::Context, lang: Lang) -> Option<OfficeStep> {
        if !self.shown {
            return None;
        }
        let modal = egui::Modal::new(egui::Id::unique("office-ca")).show(ctx, |ui| {
            ui.set_max_width(760.0);
            ui.heading(tr(lang, "ui-office-title"));
            ui.label(tr(lang, "ui-office-intro"));
            ui.separator();
            let step = match &self.open {
                Some((path, ca)) => Self::open_ui(ui, lang, path, ca, &mut self.revoke_from),
                None => self.closed_ui(ui, lang),
            };
            if let Some((done, text)) = &self.outcome {
                ui.separator();
                if *done {
                    ui.label(egui::RichText::new(text).strong());
                } else {
                    ui.colored_label(ui.visuals().error_fg_color, text);
                }
            }
            ui.separator();
            let close = ui.button(tr(lang, "ui-close")).clicked();
            step.or(close.then_some(OfficeStep::Close))
        });
        modal
            .inner
            .or(modal.should_close().then_some(OfficeStep::Close))
    }

    /// No CA open: open one, or create one.
    fn closed_ui(&mut self, ui: &mut egui::Ui, lang: Lang) -> Option<OfficeStep> {
        let mut step = None;
        egui::Grid::new("office-ca-fields")
            .num_columns(2)
            .show(ui, |ui| {
                let label = ui.label(tr(lang, "ui-office-passphrase"));
                ui.add(egui::TextEdit::singleline(&mut self.passphrase).password(true))
                    .labelled_by(label.id);
                ui.end_row();
            });
        if ui.button(tr(lang, "ui-office-open")).clicked() {
            step = Some(OfficeStep::Open);
        }
        ui.separator();
        ui.strong(tr(lang, "ui-office-create-heading"));
        egui::Grid::new("office-ca-create")
            .num_columns(2)
            .show(ui, |ui| {
                let label = ui.label(tr(lang, "ui-office-name"));
                ui.text_edit_singleline(&mut self.office)
                    .labelled_by(label.id);
                ui.end_row();
                let label = ui.label(tr(lang, "ui-office-algorithm"));
                egui::ComboBox::from_id_salt("office-ca-algorithm")
                    .selected_text(algorithm_name(lang, self.algorithm))
                    .show_ui(ui, |ui| {
                        for a in [Algorithm::Rsa, Algorithm::Sm2] {
                            ui.selectable_value(&mut self.algorithm, a, algorithm_name(lang, a));
                        }
                    })
                    .response
                    .labelled_by(label.id);
                ui.end_row();
                let label = ui.label(tr(lang, "ui-office-repeat"));
                ui.add(egui::TextEdit::singleline(&mut self.repeat).password(true))
                    .labelled_by(label.id);
                ui.end_row();
            });
        if ui.button(tr(lang, "ui-office-create")).clicked() {
            step = Some(OfficeStep::Create);
        }
        step
    }

    /// A CA open: who it is, issue, revoke, lock.
    fn open_ui(
        ui: &mut egui::Ui,
        lang: Lang,
        path: &Path,
        ca: &OfficeCa,
        revoke_from: &mut String,
    ) -> Option<OfficeStep> {
        let mut step = None;
        let mut args = FluentArgs::new();
        args.set("office", ca.file().office.clone());
        args.set("algorithm", algorithm_name(lang, ca.algorithm()).to_owned());
        args.set("file", file_name(path));
        args.set("revoked", ca.file().revoked.len());
        ui.label(tr_args(lang, "ui-office-opened", Some(&args)));
        ui.label(egui::RichText::new(fingerprint(ca.certificate())).monospace());
        ui.add_space(6.0);
        if ui.button(tr(lang, "ui-office-issue")).clicked() {
            step = Some(OfficeStep::Issue);
        }
        ui.horizontal(|ui| {
            let label = ui.label(tr(lang, "ui-office-revoke-from"));
            ui.text_edit_singleline(revoke_from).labelled_by(label.id);
            if ui.button(tr(lang, "ui-office-revoke")).clicked() {
                step = Some(OfficeStep::Revoke);
            }
        });
        if ui.button(tr(lang, "ui-office-lock")).clicked() {
            step = Some(OfficeStep::Lock);
        }
        step
    }

    /// Carries out `step`, asking `dialog` for the files; the outcome is shown in the dialog.
    pub fn apply(&mut self, step: OfficeStep, dialog: &mut dyn FileDialog, lang: Lang) {
        self.outcome = None;
        let done = match step {
            OfficeStep::Close => {
                self.shown = false;
                self.passphrase.clear();
                self.repeat.clear();
                return;
            }
            OfficeStep::Lock => {
                self.open = None;
                return;
            }
            OfficeStep::Create => self.create(dialog, lang),
            OfficeStep::Open => self.open_file(dialog, lang),
            OfficeStep::Issue => self.issue(dialog, lang),
            OfficeStep::Revoke => self.revoke(dialog, lang),
        };
        match done {
            Ok(Some(text)) => self.outcome = Some((true, text)),
            Ok(None) => {}
            Err(text) => self.outcome = Some((false, text)),
        }
    }

    /// Creates the CA from the fields and saves it (and its certificate, `.pem`) where chosen.
    fn create(
        &mut self,
        dialog: &mut dyn FileDialog,
        lang: Lang,
    ) -> Result<Option<String>, String> {
        let office = self.office.trim().to_owned();
        if office.is_empty() {
            return Err(tr(lang, "ui-office-name-needed"));
        }
        if self.passphrase.chars().count() < 8 || self.passphrase != self.repeat {
            return Err(tr(lang, "ui-office-passphrase-rule"));
        }
        let Some(path) = dialog.save_office_file(OfficeFile::Ca) else {
            return Ok(None);
        };
        let ca = OfficeCa::create(&office, &self.passphrase, self.algorithm)
            .map_err(|e| failed(lang, &e))?;
        let cert_path = path.with_extension("pem");
        save_ca(&ca, &path).map_err(|e| failed(lang, &e))?;
        write(&cert_path, &pem(ca.certificate())).map_err(|e| failed(lang, &e))?;
        let mut args = FluentArgs::new();
        args.set("file", file_name(&path));
        args.set("cert", file_name(&cert_path));
        self.passphrase.clear();
        self.repeat.clear();
        self.open = Some((path, ca));
        Ok(Some(tr_args(lang, "ui-office-created", Some(&args))))
    }

    /// Opens a CA file chosen by the administrator with the passphrase typed.
    fn open_file(
        &mut self,
        dialog: &mut dyn FileDialog,
        lang: Lang,
    ) -> Result<Option<String>, String> {
        let Some(path) = dialog.open_office_file(OfficeFile::Ca) else {
            return Ok(None);
        };
        let file: OfficeCaFile = std::fs::read_to_string(&path)
            .map_err(|e| e.to_string())
            .and_then(|t| serde_json::from_str(&t).map_err(|e| e.to_string()))
            .map_err(|e| failed(lang, &e))?;
        // Typed once per attempt: a wrong passphrase is not left in the field to be added to.
        let passphrase = std::mem::take(&mut self.passphrase);
        let ca = match OfficeCa::unlock(file, &passphrase) {
            Ok(ca) => ca,
            Err(crate::report::ReportError::WrongPassphrase) => {
                return Err(tr(lang, "ui-office-wrong-passphrase"));
            }
            Err(e) => return Err(failed(lang, &e)),
        };
        self.open = Some((path, ca));
        Ok(None)
    }

    /// Issues a certificate from a request chosen by the administrator and saves it (the
    /// officer's certificate, then the office's, PEM) where chosen.
    fn issue(&mut self, dialog: &mut dyn FileDialog, lang: Lang) -> Result<Option<String>, String> {
        let Some((_, ca)) = &self.open else {
            return Ok(None);
        };
        let Some(request) = dialog.open_office_file(OfficeFile::Request) else {
            return Ok(None);
        };
        let bytes = std::fs::read(&request).map_err(|e| failed(lang, &e))?;
        let cert = ca.issue(&bytes).map_err(|e| failed(lang, &e))?;
        let Some(out) = dialog.save_office_file(OfficeFile::Certificate) else {
            return Ok(None);
        };
        write(&out, &(pem(&cert) + &pem(ca.certificate()))).map_err(|e| failed(lang, &e))?;
        let mut args = FluentArgs::new();
        args.set("subject", cert.tbs_certificate.subject.to_string());
        args.set("file", file_name(&out));
        Ok(Some(tr_args(lang, "ui-office-issued", Some(&args))))
    }

    /// Revokes a certificate chosen by the administrator from the date typed, saves the CA file
    /// and writes the office's revocation list where chosen.
    fn revoke(
        &mut self,
        dialog: &mut dyn FileDialog,
        lang: Lang,
    ) -> Result<Option<String>, String> {
        let Ok(from) = self.revoke_from.trim().parse::<NaiveDate>() else {
            return Err(tr(lang, "ui-office-date-invalid"));
        };
        let Some((path, ca)) = &mut self.open else {
            return Ok(None);
        };
        let Some(cert_path) = dialog.open_office_file(OfficeFile::Certificate) else {
            return Ok(None);
        };
        let cert = std::fs::read(&cert_path)
            .map_err(|e| e.to_string())
            .and_then(|b| certificates_from(&b).map_err(|e| e.to_string()))
            .map_err(|e| failed(lang, &e))?
            .into_iter()
            .next()
            .ok_or_else(|| failed(lang, &"no certificate"))?;
        let Some(out) = dialog.save_office_file(OfficeFile::RevocationList) else {
            return Ok(None);
        };
        // The list is written before the CA file records the revocation, so that a list that
        // cannot be written leaves the CA as it was.
        let mut revoked = ca.clone();
        let list = revoked.revoke(&cert, from).map_err(|e| failed(lang, &e))?;
        let text = revocation_list_pem(&list).map_err(|e| failed(lang, &e))?;
        write(&out, &text).map_err(|e| failed(lang, &e))?;
        save_ca(&revoked, path).map_err(|e| failed(lang, &e))?;
        *ca = revoked;
        let mut args = FluentArgs::new();
        args.set("subject", cert.tbs_certificate.subject.to_string());
        args.set("date", from.to_string());
        args.set("file", file_name(&out));
        Ok(Some(tr_args(lang, "ui-office-revoked", Some(&args))))
    }
}

fn algorithm_name(lang: Lang, a: Algorithm) -> String {
    tr(
        lang,
        match a {
            Algorithm::Rsa => "ui-office-algorithm-rsa",
            Algorithm::Sm2 => "ui-office-algorithm-sm2",
        },
    )
}

fn failed(lang: Lang, e: &dyn std::fmt::Display) -> String {
    let mut args = FluentArgs::new();
    args.set("detail", e.to_string());
    tr_args(lang, "ui-office-failed", Some(&args))
}

fn file_name(path: &Path) -> String {
    path.file_name().map_or_else(
        || path.display().to_string(),
        |n| n.to_string_lossy().into_owned(),
    )
}

/// Writes beside the target, then renames: a file is whole or absent.
fn write(path: &Path, text: &str) -> Result<(), std::io::Error> {
    let partial = path.with_extension("partial");
    std::fs::write(&partial, text)?;
    std::fs::rename(&partial, path)
}

fn save_ca(ca: &OfficeCa, path: &Path) -> Result<(), String> {
    write(path, &ca.to_json().map_err(|e| e.to_string())?).map_err(|e| e.to_string())
}
