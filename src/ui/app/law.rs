//! The law the window applies: the office or training mode, the parameter set loaded from the data
//! folder (official pack, installed policy updates, local pack), and the actions of the policy
//! updates and office standards screens (import, trust, save, export).

use std::path::Path;

use chrono::NaiveDate;
use fluent_bundle::FluentArgs;

use super::{Action, AssessApp, file_message};
use crate::explain::DeterminationView;
use crate::household::{Household, Member};
use crate::i18n::{tr, tr_args};
use crate::policy::ParamSet;
use crate::report::Signer as _;
use crate::ui::cases::case_error;
use crate::ui::standards::{StandardsAction, export_text, save_entry};
use crate::ui::updates::{PendingCertificate, UpdatesAction, update_error};
use crate::updates::{self, Mode, OfficeSet, UpdateError, UpdateStore};

impl AssessApp {
    /// The parameter set of the mode.
    pub(super) fn set(&self) -> Option<&ParamSet> {
        self.law.as_ref().map(|o| &o.set)
    }

    /// Loads the parameter set of the mode from the data folder (without one: the shipped packs);
    /// returns what was left out, in the user's language.
    pub(super) fn reload_set(&mut self) -> Option<String> {
        let lang = self.lang();
        let dir = self.cases.dir.clone();
        let loaded = match dir.as_deref() {
            Some(dir) => UpdateStore::new(dir).office_set(if self.training {
                Mode::Training
            } else {
                Mode::Office
            }),
            None => if self.training {
                ParamSet::training()
            } else {
                ParamSet::official()
            }
            .map(|set| OfficeSet {
                set,
                updates: Vec::new(),
                problems: Vec::new(),
            }),
        };
        self.generation += 1;
        let problems = match loaded {
            Ok(office) => {
                // What a local pack is layered on: the official pack and the updates, no more.
                let base = office
                    .set
                    .layers()
                    .get(..=office.updates.len())
                    .map(|l| l.to_vec());
                self.base = base.and_then(|l| ParamSet::new(l).ok());
                let text = problems_text(self.lang(), dir.as_deref(), &office.problems);
                self.law = Some(office);
                text
            }
            Err(e) => {
                // Only a broken shipped pack gets here; a test guards them.
                log::error!("parameter set not loaded: {e}");
                self.law = None;
                self.base = None;
                let mut args = FluentArgs::new();
                args.set("detail", e.to_string());
                Some(tr_args(lang, "ui-error-pack", Some(&args)))
            }
        };
        if let Some(dir) = dir.as_deref() {
            self.updates.refresh(&UpdateStore::new(dir).trusted());
        }
        if problems.is_some() {
            self.status.clone_from(&problems);
        }
        problems
    }

    /// Enters (`true`) or leaves training mode: the pack and the case store change together. The
    /// open case is saved and closed, and its household leaves the screen with it.
    pub fn set_training(&mut self, on: bool) {
        if on == self.training {
            return;
        }
        self.autosave(true);
        if self.case_id.take().is_some() {
            self.saved = None;
            self.load(Household {
                members: vec![Member::default()],
                ..Household::default()
            });
        }
        self.training = on;
        self.cases.switch_store(on);
        let problems = self.reload_set();
        let lang = self.lang();
        let mut status = tr(
            lang,
            if on {
                "ui-training-entered"
            } else {
                "ui-training-left"
            },
        );
        if let Some(p) = problems {
            status.push(' ');
            status.push_str(&p);
        }
        self.status = Some(status);
    }

    /// The banner of training mode, on every page, with the way out.
    pub(super) fn training_banner_ui(&self, ui: &mut egui::Ui, actions: &mut Vec<Action>) {
        let lang = self.lang();
        let warn = ui.visuals().warn_fg_color;
        egui::Frame::new()
            .fill(warn.gamma_multiply(0.15))
            .stroke(egui::Stroke::new(2.0, warn))
            .inner_margin(6.0)
            .show(ui, |ui| {
                ui.set_width(ui.available_width());
                ui.horizontal_wrapped(|ui| {
                    ui.label(
                        egui::RichText::new(tr(lang, "ui-training-banner"))
                            .strong()
                            .color(warn),
                    );
                    if ui.button(tr(lang, "ui-training-leave")).clicked() {
                        actions.push(Action::Training(false));
                    }
                });
            });
    }

    /// The documents applied on the assessment date that have lapsed by today, with their last day.
    pub(super) fn lapsed_since(&self, v: &DeterminationView) -> Vec<(String, NaiveDate)> {
        self.set()
            .map(|set| crate::explain::lapsed_since(set, v.date, self.today))
            .unwrap_or_default()
    }

    pub(super) fn apply_updates(&mut self, action: UpdatesAction) {
        let lang = self.lang();
        let Some(dir) = self.cases.dir.clone() else {
            self.status = Some(tr(lang, "ui-case-no-dir"));
            return;
        };
        let store = UpdateStore::new(&dir);
        let message = match action {
            UpdatesAction::Import => {
                let Some(path) = self.dialog.open_update() else {
                    return;
                };
                // Checked and compared only: nothing is written until the officer accepts.
                let prepared = std::fs::read(&path)
                    .map_err(|e| UpdateError::Io(format!("{}: {e}", path.display())))
                    .and_then(|bytes| store.prepare(&bytes));
                match prepared {
                    Ok(p) => {
                        self.updates.pending = Some(p);
                        return;
                    }
                    Err(e) => update_error(lang, &e),
                }
            }
            UpdatesAction::Accept => {
                let Some((update, _)) = self.updates.pending.take() else {
                    return;
                };
                match store.install(&update) {
                    Ok(path) => {
                        let problems = self.reload_set();
                        let mut message = file_message(lang, "ui-import-installed", &path);
                        if let Some(p) = problems {
                            message.push(' ');
                            message.push_str(&p);
                        }
                        // The real store's audit log keeps which law this laptop applies from when.
                        if !self.training
                            && let Some(cases) = self.cases.store.as_mut()
                            && let Err(e) = cases.record_policy_update(&update.audit_detail())
                        {
                            message.push(' ');
                            message.push_str(&case_error(lang, &e));
                        }
                        message
                    }
                    Err(e) => update_error(lang, &e),
                }
            }
            UpdatesAction::Cancel => {
                self.updates.pending = None;
                tr(lang, "ui-import-cancelled")
            }
            UpdatesAction::OpenCertificate => {
                let Some(path) = self.dialog.open_certificate() else {
                    return;
                };
                let read = std::fs::read_to_string(&path)
                    .map_err(|e| UpdateError::Io(format!("{}: {e}", path.display())))
                    .and_then(|pem| updates::certificate_from_pem(&pem));
                match read {
                    Ok(cert) => {
                        self.updates.pending_cert = Some(PendingCertificate {
                            subject: cert.tbs_certificate.subject.to_string(),
                            fingerprint: updates::fingerprint(&cert),
                            cert,
                        });
                        return;
                    }
                    Err(e) => update_error(lang, &e),
                }
            }
            UpdatesAction::Trust => {
                let Some(p) = self.updates.pending_cert.take() else {
                    return;
                };
                match store.trust(&p.cert) {
                    Ok(fp) => {
                        // Updates refused before for want of this publisher may verify now.
                        let problems = self.reload_set();
                        let mut args = FluentArgs::new();
                        args.set("subject", p.subject);
                        args.set("fingerprint", fp);
                        let mut message = tr_args(lang, "ui-trust-done", Some(&args));
                        if let Some(p) = problems {
                            message.push(' ');
                            message.push_str(&p);
                        }
                        message
                    }
                    Err(e) => update_error(lang, &e),
                }
            }
            UpdatesAction::CancelTrust => {
                self.updates.pending_cert = None;
                return;
            }
        };
        // Shown in the status line, whichever page the import started from.
        self.status = Some(message);
    }

    pub(super) fn apply_standards(&mut self, action: StandardsAction) {
        let lang = self.lang();
        let Some(dir) = self.cases.dir.clone() else {
            self.status = Some(tr(lang, "ui-case-no-dir"));
            return;
        };
        let message = match action {
            StandardsAction::Save(entry) => {
                let saved = self
                    .base
                    .as_ref()
                    .ok_or_else(|| tr(lang, "ui-error-pack"))
                    .and_then(|base| save_entry(&dir, base, &entry));
                match saved {
                    Ok(path) => {
                        let problems = self.reload_set();
                        let mut message = file_message(lang, "ui-standards-saved", &path);
                        if let Some(p) = problems {
                            message.push(' ');
                            message.push_str(&p);
                        }
                        self.standards.saved(message);
                        return;
                    }
                    Err(e) => {
                        let mut args = FluentArgs::new();
                        args.set("detail", e);
                        tr_args(lang, "ui-standards-error-save", Some(&args))
                    }
                }
            }
            StandardsAction::Export(passphrase) => match self.export_update(&dir, &passphrase) {
                Ok(Some(path)) => file_message(lang, "ui-standards-exported", &path),
                Ok(None) => return,
                Err(e) => {
                    let mut args = FluentArgs::new();
                    args.set("detail", e);
                    tr_args(lang, "ui-standards-error-export", Some(&args))
                }
            },
        };
        // Shown beside the editor, where the officer is working.
        self.standards.message = Some(message);
    }

    /// Signs the local pack as a policy update from this office, writing FILE and FILE.pem (the
    /// signer's certificate, for the receiving laptops to trust). `None`: the officer cancelled.
    fn export_update(
        &mut self,
        dir: &Path,
        passphrase: &str,
    ) -> Result<Option<std::path::PathBuf>, String> {
        let lang = self.lang();
        if self.settings.office.trim().is_empty() {
            return Err(tr(lang, "ui-standards-export-no-office"));
        }
        if passphrase.is_empty() {
            return Err(tr(lang, "ui-standards-export-no-passphrase"));
        }
        let text = export_text(dir, &self.settings.office, self.today)?;
        let signer = self.signing_key(passphrase)?;
        let bytes = updates::sign(&text, &signer).map_err(|e| update_error(lang, &e))?;
        let cert = signer
            .certificates()
            .first()
            .ok_or_else(|| "no certificate".to_owned())?;
        let pem = updates::certificate_to_pem(cert).map_err(|e| update_error(lang, &e))?;
        let Some(path) = self.dialog.save_update() else {
            return Ok(None);
        };
        let mut pem_path = path.as_os_str().to_owned();
        pem_path.push(".pem");
        for (p, data) in [
            (path.as_path(), bytes.as_slice()),
            (Path::new(&pem_path), pem.as_bytes()),
        ] {
            std::fs::write(p, data).map_err(|e| format!("{}: {e}", p.display()))?;
        }
        log::info!("local standards exported as a policy update");
        Ok(Some(path))
    }
}

/// The files left out of the parameter set, in the user's language: the local pack by name, an
/// update by its file.
fn problems_text(
    lang: crate::i18n::Lang,
    dir: Option<&Path>,
    problems: &[(std::path::PathBuf, String)],
) -> Option<String> {
    if problems.is_empty() {
        return None;
    }
    let local = dir.map(crate::paths::local_pack_in);
    let texts: Vec<String> = problems
        .iter()
        .map(|(path, detail)| {
            log::warn!(
                "left out of the parameter set: {}: {detail}",
                path.display()
            );
            let mut args = FluentArgs::new();
            args.set("detail", detail.clone());
            if local.as_deref() == Some(path.as_path()) {
                tr_args(lang, "ui-error-local-pack", Some(&args))
            } else {
                args.set(
                    "file",
                    path.file_name()
                        .map_or_else(String::new, |n| n.to_string_lossy().into_owned()),
                );
                tr_args(lang, "ui-error-update-file", Some(&args))
            }
        })
        .collect();
    Some(texts.join(" "))
}
