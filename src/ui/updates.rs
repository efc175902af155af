//! The policy updates screen (政策更新): the documents and their periods as this laptop applies them,
//! the installed updates and the trusted publishers; importing a signed update shows what it changes
//! in a dialog before anything is written, and trusting a publisher shows its fingerprint first.
//!
//! It holds view state only: the app reads the files, installs and reloads (see `AssessApp`).

use chrono::NaiveDate;
use fluent_bundle::FluentArgs;
use x509_cert::Certificate;

use crate::household::Area;
use crate::i18n::{Lang, tr, tr_args};
use crate::policy::{ParamKey, ParamSet};
use crate::updates::{Change, Installed, UpdateError, VerifiedUpdate};

/// What the officer asked for on the screen or in its dialogs; the app applies it after drawing.
#[must_use]
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum UpdatesAction {
    /// Choose an update file and prepare it (nothing is written).
    Import,
    /// Install the prepared update.
    Accept,
    /// Drop the prepared update.
    Cancel,
    /// Choose a publisher's certificate to trust.
    OpenCertificate,
    /// Trust the certificate shown.
    Trust,
    /// Drop the certificate shown.
    CancelTrust,
}

/// A certificate read from a file, waiting for the officer's confirmation.
pub struct PendingCertificate {
    /// The certificate.
    pub cert: Certificate,
    /// Its subject.
    pub subject: String,
    /// SHA-256 of it.
    pub fingerprint: String,
}

/// View state of the policy updates screen.
#[derive(Default)]
pub struct UpdatesScreen {
    /// An update verified and diffed, shown until accepted or cancelled.
    pub pending: Option<(VerifiedUpdate, Vec<Change>)>,
    /// A certificate shown until trusted or cancelled.
    pub pending_cert: Option<PendingCertificate>,
    /// The trusted publishers as last read: subject and fingerprint.
    pub trusted: Vec<(String, String)>,
}

/// An update refusal in the user's language (its key names what happened; the detail, why).
pub(super) fn update_error(lang: Lang, e: &UpdateError) -> String {
    log::warn!("policy update: {e}");
    let mut args = FluentArgs::new();
    args.set("detail", e.to_string());
    tr_args(lang, e.message_key(), Some(&args))
}

/// An area scope as a pack writes it (`all`, `shiqu`, a unit code), in words.
pub(super) fn scope_text(lang: Lang, scope: &str) -> String {
    match scope {
        "all" => tr(lang, "ui-area-all"),
        "shiqu" => tr(lang, "ui-area-shiqu"),
        code => Area::from_code(code).map_or_else(
            || code.to_owned(),
            |a| tr(lang, &format!("code-{}", a.code())),
        ),
    }
}

/// A parameter's description in the user's language, from its registry name.
pub(super) fn param_text(lang: Lang, name: &str) -> String {
    ParamKey::ALL.iter().find(|k| k.name() == name).map_or_else(
        || name.to_owned(),
        |k| match lang {
            Lang::Zh => k.description_zh().to_owned(),
            Lang::En => k.description_en().to_owned(),
        },
    )
}

fn end_text(lang: Lang, to: Option<NaiveDate>) -> String {
    to.map_or_else(|| tr(lang, "ui-updates-no-end"), |d| d.to_string())
}

impl UpdatesScreen {
    /// Reads the trusted publishers again (after one was added).
    pub fn refresh(&mut self, trusted: &[Certificate]) {
        self.trusted = trusted
            .iter()
            .map(|c| {
                (
                    c.tbs_certificate.subject.to_string(),
                    crate::updates::fingerprint(c),
                )
            })
            .collect();
    }

    /// Draws the screen: documents in force, installed updates, trusted publishers.
    pub fn ui(
        &mut self,
        ui: &mut egui::Ui,
        lang: Lang,
        set: Option<&ParamSet>,
        installed: &[Installed],
        date: NaiveDate,
    ) -> Option<UpdatesAction> {
        let mut action = None;
        super::widgets::heading_ui(ui, &tr(lang, "ui-page-updates"));
        ui.label(tr(lang, "ui-updates-help"));
        ui.horizontal(|ui| {
            if ui.button(tr(lang, "ui-updates-import")).clicked() {
                action = Some(UpdatesAction::Import);
            }
            if ui.button(tr(lang, "ui-updates-trust")).clicked() {
                action = Some(UpdatesAction::OpenCertificate);
            }
        });
        if let Some(set) = set {
            documents_ui(ui, lang, set, date);
        }
        ui.add_space(8.0);
        ui.strong(tr(lang, "ui-updates-installed"));
        if installed.is_empty() {
            ui.label(tr(lang, "ui-updates-none"));
        } else {
            egui::Grid::new("installed-updates")
                .striped(true)
                .num_columns(5)
                .max_col_width(300.0)
                .show(ui, |ui| {
                    super::widgets::header_row(
                        ui,
                        lang,
                        &[
                            "ui-updates-col-publisher",
                            "ui-updates-col-issued",
                            "ui-updates-col-notices",
                            "ui-updates-col-id",
                            "ui-updates-col-file",
                        ],
                    );
                    for i in installed {
                        let header = i.update.pack.update.as_ref();
                        ui.label(header.map_or("", |u| u.publisher.as_str()));
                        ui.label(i.update.issued().to_string());
                        ui.add(
                            egui::Label::new(
                                header.map_or_else(String::new, |u| u.notices.join("\n")),
                            )
                            .wrap(),
                        );
                        ui.label(&i.update.pack.header.id);
                        ui.add(
                            egui::Label::new(
                                i.path
                                    .file_name()
                                    .map_or_else(String::new, |n| n.to_string_lossy().into_owned()),
                            )
                            .wrap(),
                        );
                        ui.end_row();
                    }
                });
        }
        ui.add_space(8.0);
        ui.strong(tr(lang, "ui-updates-publishers"));
        if self.trusted.is_empty() {
            ui.label(tr(lang, "ui-updates-no-publishers"));
        } else {
            egui::Grid::new("trusted-publishers")
                .striped(true)
                .num_columns(2)
                .show(ui, |ui| {
                    super::widgets::header_row(
                        ui,
                        lang,
                        &["ui-updates-col-subject", "ui-updates-col-fingerprint"],
                    );
                    for (subject, fp) in &self.trusted {
                        ui.add(egui::Label::new(subject).wrap());
                        ui.label(egui::RichText::new(fp).monospace().small());
                        ui.end_row();
                    }
                });
        }
        action
    }

    /// The import and trust dialogs, drawn over every page while one is open.
    pub fn dialogs_ui(&mut self, ctx: &egui::Context, lang: Lang) -> Option<UpdatesAction> {
        let mut action = None;
        if let Some((update, changes)) = &self.pending {
            let modal = egui::Modal::new(egui::Id::unique("update-diff")).show(ctx, |ui| {
                ui.set_max_width(1000.0);
                diff_ui(ui, lang, update, changes)
            });
            // Escape or a click beside the dialog cancels: nothing is installed.
            action = modal
                .inner
                .or_else(|| modal.should_close().then_some(UpdatesAction::Cancel));
        }
        if let Some(p) = &self.pending_cert {
            let modal = egui::Modal::new(egui::Id::unique("trust-publisher")).show(ctx, |ui| {
                ui.set_max_width(760.0);
                ui.heading(tr(lang, "ui-trust-title"));
                egui::Grid::new("trust-cert").num_columns(2).show(ui, |ui| {
                    ui.strong(tr(lang, "ui-updates-col-subject"));
                    ui.add(egui::Label::new(&p.subject).wrap());
                    ui.end_row();
                    ui.strong(tr(lang, "ui-updates-col-fingerprint"));
                    ui.label(egui::RichText::new(&p.fingerprint).monospace().small());
                    ui.end_row();
                });
                ui.colored_label(ui.visuals().warn_fg_color, tr(lang, "ui-trust-check"));
                ui.horizontal(|ui| {
                    if ui.button(tr(lang, "ui-trust-confirm")).clicked() {
                        action = Some(UpdatesAction::Trust);
                    }
                    if ui.button(tr(lang, "ui-cancel")).clicked() {
                        action = Some(UpdatesAction::CancelTrust);
                    }
                });
            });
            if action.is_none() && modal.should_close() {
                action = Some(UpdatesAction::CancelTrust);
            }
        }
        action
    }
}

/// The documents the rules come from, with their periods on this laptop and what changed them.
fn documents_ui(ui: &mut egui::Ui, lang: Lang, set: &ParamSet, date: NaiveDate) {
    ui.add_space(8.0);
    ui.strong(tr(lang, "ui-updates-documents"));
    egui::Grid::new("documents")
        .striped(true)
        .num_columns(5)
        .max_col_width(330.0)
        .show(ui, |ui| {
            super::widgets::header_row(
                ui,
                lang,
                &[
                    "ui-updates-col-document",
                    "ui-updates-col-from",
                    "ui-updates-col-to",
                    "ui-updates-col-state",
                    "ui-updates-col-notice",
                ],
            );
            for p in set.documents() {
                ui.add(egui::Label::new(format!("{}《{}》", p.doc.number(), p.title)).wrap());
                ui.label(p.valid_from.to_string());
                ui.label(end_text(lang, p.valid_to));
                let (key, warn) = if p.repealed_by.is_some() && p.lapsed_on(date) {
                    ("ui-doc-repealed", true)
                } else if p.lapsed_on(date) {
                    ("ui-doc-lapsed", true)
                } else if p.continued_on(date).is_some() {
                    ("ui-doc-continued", false)
                } else if p.in_force(date) {
                    ("ui-doc-in-force", false)
                } else {
                    ("ui-doc-not-yet", false)
                };
                if warn {
                    ui.colored_label(ui.visuals().warn_fg_color, tr(lang, key));
                } else {
                    ui.label(tr(lang, key));
                }
                let notice = p
                    .repealed_by
                    .as_deref()
                    .or(p.continued_by.as_deref())
                    .unwrap_or("");
                ui.add(egui::Label::new(notice).wrap());
                ui.end_row();
            }
        });
}

/// What a prepared update changes, with 接受 / 取消.
fn diff_ui(
    ui: &mut egui::Ui,
    lang: Lang,
    update: &VerifiedUpdate,
    changes: &[Change],
) -> Option<UpdatesAction> {
    let mut action = None;
    ui.heading(tr(lang, "ui-import-title"));
    let header = update.pack.update.as_ref();
    let mut args = FluentArgs::new();
    args.set(
        "publisher",
        header.map_or_else(String::new, |u| u.publisher.clone()),
    );
    args.set("issued", update.issued().to_string());
    args.set("id", update.pack.header.id.clone());
    ui.label(tr_args(lang, "ui-import-header", Some(&args)));
    for notice in header.iter().flat_map(|u| &u.notices) {
        ui.label(format!("· {notice}"));
    }
    let mut args = FluentArgs::new();
    args.set("signer", update.signer.clone());
    args.set("fingerprint", update.fingerprint.clone());
    ui.label(egui::RichText::new(tr_args(lang, "ui-import-signer", Some(&args))).small());
    ui.separator();
    ui.strong(tr(lang, "ui-import-changes"));
    egui::ScrollArea::vertical()
        .max_height(420.0)
        .show(ui, |ui| {
            let documents: Vec<&Change> = changes
                .iter()
                .filter(|c| matches!(c, Change::Document { .. }))
                .collect();
            if !documents.is_empty() {
                egui::Grid::new("diff-documents")
                    .striped(true)
                    .num_columns(4)
                    .max_col_width(380.0)
                    .show(ui, |ui| {
                        super::widgets::header_row(
                            ui,
                            lang,
                            &[
                                "ui-updates-col-document",
                                "ui-import-col-change",
                                "ui-import-col-period",
                                "ui-updates-col-notice",
                            ],
                        );
                        for c in documents {
                            let Change::Document {
                                number,
                                old_to,
                                new_to,
                                repealed,
                                citation,
                            } = c
                            else {
                                continue;
                            };
                            ui.label(number);
                            ui.label(tr(
                                lang,
                                if *repealed {
                                    "ui-import-repealed"
                                } else {
                                    "ui-import-continued"
                                },
                            ));
                            ui.label(format!(
                                "{} → {}",
                                end_text(lang, *old_to),
                                end_text(lang, *new_to)
                            ));
                            ui.add(egui::Label::new(citation).wrap());
                            ui.end_row();
                        }
                    });
                ui.add_space(6.0);
            }
            let params: Vec<&Change> = changes
                .iter()
                .filter(|c| matches!(c, Change::Param { .. }))
                .collect();
            if !params.is_empty() {
                egui::Grid::new("diff-params")
                    .striped(true)
                    .num_columns(5)
                    .max_col_width(300.0)
                    .show(ui, |ui| {
                        super::widgets::header_row(
                            ui,
                            lang,
                            &[
                                "ui-import-col-param",
                                "ui-import-col-area",
                                "ui-import-col-value",
                                "ui-import-col-from",
                                "ui-updates-col-notice",
                            ],
                        );
                        for c in params {
                            let Change::Param {
                                key,
                                area,
                                from,
                                to,
                                old,
                                new,
                                citation,
                            } = c
                            else {
                                continue;
                            };
                            ui.add(egui::Label::new(param_text(lang, key)).wrap());
                            ui.label(scope_text(lang, area));
                            ui.label(format!(
                                "{} → {new}",
                                old.clone()
                                    .unwrap_or_else(|| tr(lang, "ui-import-no-value"))
                            ));
                            let until = to.map_or_else(
                                || tr(lang, "ui-import-with-document"),
                                |d| d.to_string(),
                            );
                            ui.label(format!("{from} – {until}"));
                            ui.add(egui::Label::new(citation).wrap());
                            ui.end_row();
                        }
                    });
            }
            if changes.is_empty() {
                ui.label(tr(lang, "ui-import-nothing"));
            }
        });
    ui.separator();
    ui.label(tr(lang, "ui-import-question"));
    ui.horizontal(|ui| {
        if ui.button(tr(lang, "ui-import-accept")).clicked() {
            action = Some(UpdatesAction::Accept);
        }
        if ui.button(tr(lang, "ui-cancel")).clicked() {
            action = Some(UpdatesAction::Cancel);
        }
    });
    action
}
