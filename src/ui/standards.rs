//! The office's standards screen (本地标准): every value the gazettes leave to local publication, as
//! the parameter set in use gives it for one area and date — value, period, citation, where it comes
//! from and the rules it decides — missing values first. A row is edited into the office's local
//! pack (`local-pack.toml` in the data folder), checked against the gazettes' constraints before it is
//! saved, and the local pack can be exported as a signed policy update for other laptops.
//!
//! It must not write anything but the local pack, and writes it whole or not at all.

use std::path::{Path, PathBuf};

use chrono::{Datelike, NaiveDate};
use fluent_bundle::FluentArgs;
use rust_decimal::Decimal;

use super::form::Edits;
use super::widgets::date_ui;
use crate::analysis::local_standards::{LocalValue, Origin, local_values};
use crate::household::Area;
use crate::i18n::{Lang, tr, tr_args};
use crate::policy::pack::Pack;
use crate::policy::param::ParamType;
use crate::policy::{Doc, ParamKey, ParamSet};

/// What the officer asked for; the app applies it after drawing.
#[must_use]
#[derive(Debug, Clone, PartialEq)]
pub enum StandardsAction {
    /// Save this value into the office's local pack.
    Save(EditedEntry),
    /// Sign the local pack as a policy update with the key opened by this passphrase.
    Export(String),
}

/// The last day of an edited value: a date, or the document whose period it follows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum End {
    /// Last day (inclusive).
    Date(NaiveDate),
    /// The 文号 of the document it follows.
    Document(String),
}

/// A value as the officer entered it, checked for form (the pack checks the rest).
#[derive(Debug, Clone, PartialEq)]
pub struct EditedEntry {
    /// The key.
    pub key: ParamKey,
    /// The area it is published for.
    pub area: Area,
    /// The value as the pack writes it.
    pub value: toml::Value,
    /// First day.
    pub from: NaiveDate,
    /// Last day.
    pub to: End,
    /// The notice that publishes it.
    pub citation: String,
}

/// What the screen needs from the app.
pub struct StandardsContext<'a> {
    /// The parameter set in use.
    pub set: Option<&'a ParamSet>,
    /// The official pack with the installed updates, without the local pack: what a local pack is
    /// layered on.
    pub base: Option<&'a ParamSet>,
    /// The data folder.
    pub dir: Option<&'a Path>,
    /// The household's hukou area, the default area.
    pub hukou: Option<Area>,
    /// Training mode: shown, not edited.
    pub training: bool,
}

/// The fields of an editor as last checked, and the result: the gazettes' warnings on the edited
/// set, or why it cannot be saved.
type Checked = (Vec<String>, Result<Vec<String>, String>);

/// The editor of one value.
#[derive(Debug, Clone)]
struct Editor {
    key: ParamKey,
    area: Area,
    value: String,
    from: String,
    to: String,
    citation: String,
    /// Just opened: scroll it into view (the table above it is long).
    scroll: bool,
    /// The fields last checked, and the result: the gazettes' warnings, or why it cannot be saved.
    checked: Option<Checked>,
}

/// The rows as last computed, with what they were computed for.
type Rows = ((String, NaiveDate, Area), Vec<LocalValue>);

/// View state of the screen.
#[derive(Default)]
pub struct StandardsScreen {
    area: Option<Area>,
    rows: Option<Rows>,
    editor: Option<Editor>,
    filter: String,
    passphrase: String,
    /// The last error or confirmation, in the user's language.
    pub message: Option<String>,
}

fn desc(lang: Lang, key: ParamKey) -> &'static str {
    match lang {
        Lang::Zh => key.description_zh(),
        Lang::En => key.description_en(),
    }
}

fn origin_key(o: Origin) -> &'static str {
    match o {
        Origin::Missing => "ui-origin-missing",
        Origin::Office => "ui-origin-office",
        Origin::Update => "ui-origin-update",
        Origin::Gazette => "ui-origin-gazette",
        Origin::Example => "ui-origin-example",
    }
}

fn area_text(lang: Lang, a: Area) -> String {
    tr(lang, &format!("code-{}", a.code()))
}

impl StandardsScreen {
    /// The editor was saved: close it and say so.
    pub fn saved(&mut self, message: String) {
        self.editor = None;
        self.message = Some(message);
    }

    /// Draws the screen.
    pub fn ui(
        &mut self,
        ui: &mut egui::Ui,
        edits: &mut Edits,
        date: &mut Option<NaiveDate>,
        cx: &StandardsContext<'_>,
    ) -> Option<StandardsAction> {
        let lang = edits.lang;
        let mut action = None;
        super::widgets::heading_ui(ui, &tr(lang, "ui-page-standards"));
        ui.label(tr(lang, "ui-standards-help"));
        let area = self.area.or(cx.hukou).unwrap_or(Area::Lucheng);
        let mut chosen = area;
        ui.horizontal(|ui| {
            let l = ui.label(tr(lang, "ui-standards-area"));
            egui::ComboBox::from_id_salt("standards-area")
                .selected_text(area_text(lang, area))
                .show_ui(ui, |ui| {
                    for a in Area::ALL {
                        ui.selectable_value(&mut chosen, a, area_text(lang, a));
                    }
                })
                .response
                .labelled_by(l.id);
        });
        if chosen != area {
            self.area = Some(chosen);
        }
        let latest = NaiveDate::from_ymd_opt(2100, 12, 31).unwrap_or(NaiveDate::MAX);
        date_ui(
            ui,
            edits,
            "assessment_date",
            &tr(lang, "ui-assessment-date"),
            date,
            latest,
        );
        if let Some(m) = &self.message {
            ui.colored_label(ui.visuals().warn_fg_color, m);
        }
        let (Some(set), Some(on)) = (cx.set, *date) else {
            ui.label(tr(lang, "ui-no-date"));
            return None;
        };
        let key = (set.hash().to_owned(), on, chosen);
        if self.rows.as_ref().is_none_or(|(k, _)| *k != key) {
            // Assesses a synthetic caseload to find the rules that read each value: computed once per
            // set, date and area.
            self.rows = Some((key, local_values(set, on, chosen)));
        }
        if cx.training {
            ui.colored_label(
                ui.visuals().warn_fg_color,
                tr(lang, "ui-standards-training"),
            );
        }
        if let Some(key) = self.table_ui(ui, lang, !cx.training) {
            self.open_editor(key, chosen, on, set);
        }
        if !cx.training {
            self.other_key_ui(ui, lang, chosen, on, set);
            if let Some(a) = self.editor_ui(ui, lang, cx, on) {
                action = Some(a);
            }
            if let Some(a) = self.export_ui(ui, lang) {
                action = Some(a);
            }
        }
        action
    }

    /// The table; returns the key whose 修改 button was pressed.
    fn table_ui(&self, ui: &mut egui::Ui, lang: Lang, editable: bool) -> Option<ParamKey> {
        let rows = self.rows.as_ref().map_or(&[][..], |(_, r)| r.as_slice());
        let mut edit = None;
        let missing = rows.iter().filter(|r| r.origin == Origin::Missing).count();
        let mut args = FluentArgs::new();
        args.set("missing", missing);
        args.set("count", rows.len());
        ui.label(tr_args(lang, "ui-standards-count", Some(&args)));
        egui::Grid::new("local-standards")
            .striped(true)
            .num_columns(8)
            .max_col_width(190.0)
            .show(ui, |ui| {
                super::widgets::header_row(
                    ui,
                    lang,
                    &[
                        "ui-standards-col-param",
                        "ui-standards-col-value",
                        "ui-standards-col-from",
                        "ui-standards-col-to",
                        "ui-standards-col-citation",
                        "ui-standards-col-origin",
                        "ui-standards-col-rules",
                        "ui-standards-col-edit",
                    ],
                );
                for r in rows {
                    let name = desc(lang, r.key);
                    let is_missing = r.origin == Origin::Missing;
                    if is_missing {
                        ui.add(
                            egui::Label::new(
                                egui::RichText::new(name)
                                    .strong()
                                    .color(ui.visuals().warn_fg_color),
                            )
                            .wrap(),
                        );
                    } else {
                        ui.add(egui::Label::new(name).wrap());
                    }
                    ui.label(value_text(r));
                    ui.label(&r.from);
                    ui.label(&r.to);
                    ui.add(egui::Label::new(egui::RichText::new(&r.citation).small()).wrap());
                    let origin = tr(lang, origin_key(r.origin));
                    if is_missing {
                        ui.colored_label(ui.visuals().error_fg_color, origin);
                    } else {
                        ui.label(origin);
                    }
                    ui.add(
                        egui::Label::new(
                            egui::RichText::new(r.rules.join(tr(lang, "sep-list").as_str()))
                                .small(),
                        )
                        .wrap(),
                    );
                    if editable {
                        let label = format!("{}：{name}", tr(lang, "ui-standards-edit"));
                        let b = ui.button(tr(lang, "ui-standards-edit"));
                        b.widget_info(|| {
                            egui::WidgetInfo::labeled(egui::Role::Button, true, &label)
                        });
                        if b.clicked() {
                            edit = Some(r.key);
                        }
                    } else {
                        ui.label("");
                    }
                    ui.end_row();
                }
            });
        edit
    }

    /// Opens the editor for `key`: prefilled from the office's own value on the date, else for the
    /// calendar year of the date.
    fn open_editor(&mut self, key: ParamKey, area: Area, on: NaiveDate, set: &ParamSet) {
        let resolved = set.resolve(on, Some(area));
        let own = resolved
            .source(key)
            .filter(|s| s.layer > 0)
            .and_then(|s| set.layers().get(usize::from(s.layer)).map(|l| (s, l)))
            .filter(|(_, l)| l.header.official && l.update.is_none())
            .and_then(|(s, _)| set.entry(s));
        let year = on.year();
        let (value, from, to, citation) = own.map_or_else(
            || {
                (
                    String::new(),
                    format!("{year}-01-01"),
                    format!("{year}-12-31"),
                    String::new(),
                )
            },
            |e| {
                (
                    resolved.get(key).map(|v| v.to_string()).unwrap_or_default(),
                    e.valid_from.to_string(),
                    e.valid_to
                        .map_or_else(|| e.document.clone().unwrap_or_default(), |d| d.to_string()),
                    e.citation.clone(),
                )
            },
        );
        self.editor = Some(Editor {
            key,
            area,
            value,
            from,
            to,
            citation,
            scroll: true,
            checked: None,
        });
        self.message = None;
    }

    /// A value not in the table (an amount a gazette fixes that the office publishes higher, say).
    fn other_key_ui(
        &mut self,
        ui: &mut egui::Ui,
        lang: Lang,
        area: Area,
        on: NaiveDate,
        set: &ParamSet,
    ) {
        ui.add_space(6.0);
        ui.horizontal(|ui| {
            let l = ui.label(tr(lang, "ui-standards-other"));
            ui.add(egui::TextEdit::singleline(&mut self.filter).desired_width(260.0))
                .labelled_by(l.id);
        });
        let needle = self.filter.trim();
        if needle.is_empty() {
            return;
        }
        let mut open = None;
        ui.horizontal_wrapped(|ui| {
            for k in ParamKey::ALL
                .iter()
                .copied()
                .filter(|k| {
                    k.name().contains(needle)
                        || k.description_zh().contains(needle)
                        || k.description_en()
                            .to_lowercase()
                            .contains(&needle.to_lowercase())
                })
                .take(12)
            {
                if ui.button(desc(lang, k)).clicked() {
                    open = Some(k);
                }
            }
        });
        if let Some(k) = open {
            self.filter.clear();
            self.open_editor(k, area, on, set);
        }
    }

    fn editor_ui(
        &mut self,
        ui: &mut egui::Ui,
        lang: Lang,
        cx: &StandardsContext<'_>,
        on: NaiveDate,
    ) -> Option<StandardsAction> {
        let ed = self.editor.as_mut()?;
        let mut action = None;
        let mut close = false;
        ui.add_space(8.0);
        let frame = egui::Frame::group(ui.style()).show(ui, |ui| {
            let mut args = FluentArgs::new();
            args.set("param", desc(lang, ed.key));
            args.set("key", ed.key.name());
            args.set("area", area_text(lang, ed.area));
            ui.strong(tr_args(lang, "ui-standards-editing", Some(&args)));
            let unit = match ed.key.ty() {
                ParamType::Number(unit) => unit.to_owned(),
                ParamType::Switch => "true / false".to_owned(),
                ParamType::Choice(options) => options.join(" / "),
                ParamType::Areas => tr(lang, "ui-standards-areas-hint"),
            };
            for (key, value, hint) in [
                ("ui-standards-value", &mut ed.value, unit.as_str()),
                ("ui-standards-from", &mut ed.from, "2026-01-01"),
                ("ui-standards-to", &mut ed.to, "2026-12-31"),
                ("ui-standards-citation", &mut ed.citation, ""),
            ] {
                ui.horizontal(|ui| {
                    let l = ui
                        .allocate_ui_with_layout(
                            egui::vec2(280.0, 20.0),
                            egui::Layout::left_to_right(egui::Align::Center),
                            |ui| {
                                ui.set_min_width(280.0);
                                ui.add(egui::Label::new(tr(lang, key)).wrap())
                            },
                        )
                        .inner;
                    ui.add(
                        egui::TextEdit::singleline(value)
                            .hint_text(hint)
                            .desired_width(420.0),
                    )
                    .labelled_by(l.id);
                });
            }
            let fields = vec![
                ed.value.clone(),
                ed.from.clone(),
                ed.to.clone(),
                ed.citation.clone(),
            ];
            if ed.checked.as_ref().is_none_or(|(f, _)| *f != fields) {
                let checked = check(lang, ed, cx, on);
                ed.checked = Some((fields, checked));
            }
            let entry = entry_of(ed);
            match ed.checked.as_ref().map(|(_, c)| c) {
                Some(Err(e)) => {
                    ui.colored_label(ui.visuals().error_fg_color, e);
                }
                Some(Ok(warnings)) if !warnings.is_empty() => {
                    ui.strong(tr(lang, "ui-standards-warnings"));
                    for w in warnings {
                        ui.colored_label(ui.visuals().warn_fg_color, format!("！{w}"));
                    }
                }
                _ => {}
            }
            ui.horizontal(|ui| {
                let ready = matches!(ed.checked, Some((_, Ok(_))));
                if ui
                    .add_enabled(ready, egui::Button::new(tr(lang, "ui-standards-save")))
                    .clicked()
                    && let Ok(entry) = entry
                {
                    action = Some(StandardsAction::Save(entry));
                }
                if ui.button(tr(lang, "ui-cancel")).clicked() {
                    close = true;
                }
            });
        });
        if std::mem::take(&mut ed.scroll) {
            frame.response.scroll_to_me(Some(egui::Align::Center));
        }
        if close {
            self.editor = None;
        }
        action
    }

    fn export_ui(&mut self, ui: &mut egui::Ui, lang: Lang) -> Option<StandardsAction> {
        let mut action = None;
        ui.add_space(8.0);
        ui.collapsing(tr(lang, "ui-standards-export"), |ui| {
            ui.label(tr(lang, "ui-standards-export-help"));
            ui.horizontal(|ui| {
                let l = ui.label(tr(lang, "ui-welcome-signing-passphrase"));
                ui.add(
                    egui::TextEdit::singleline(&mut self.passphrase)
                        .password(true)
                        .desired_width(220.0),
                )
                .labelled_by(l.id);
            });
            if ui.button(tr(lang, "ui-standards-export-button")).clicked() {
                action = Some(StandardsAction::Export(self.passphrase.clone()));
            }
        });
        action
    }
}

fn value_text(r: &LocalValue) -> String {
    match (r.value, r.key.ty()) {
        (None, _) => "—".to_owned(),
        (Some(v), ParamType::Number(unit)) => format!("{v} {unit}"),
        (Some(v), _) => v.to_string(),
    }
}

/// The editor's fields as an entry, or the message key of the first that does not parse.
fn entry_of(ed: &Editor) -> Result<EditedEntry, &'static str> {
    let raw = ed.value.trim();
    let value = match ed.key.ty() {
        ParamType::Number(_) => match raw.parse::<Decimal>() {
            Ok(d) if !d.is_sign_negative() => toml::Value::String(d.normalize().to_string()),
            _ => return Err("ui-standards-error-value"),
        },
        ParamType::Switch => match raw {
            "true" | "是" => toml::Value::Boolean(true),
            "false" | "否" => toml::Value::Boolean(false),
            _ => return Err("ui-standards-error-value"),
        },
        ParamType::Choice(options) => {
            if !options.contains(&raw) {
                return Err("ui-standards-error-value");
            }
            toml::Value::String(raw.to_owned())
        }
        ParamType::Areas => {
            let codes: Vec<toml::Value> = raw
                .split([',', '，', ' ', '、'])
                .filter(|c| !c.is_empty())
                .map(|c| toml::Value::String(c.to_owned()))
                .collect();
            if codes.is_empty() {
                return Err("ui-standards-error-value");
            }
            toml::Value::Array(codes)
        }
    };
    let from = ed
        .from
        .trim()
        .parse::<NaiveDate>()
        .map_err(|_| "ui-standards-error-from")?;
    let to_text = ed.to.trim();
    let to = if let Ok(d) = to_text.parse::<NaiveDate>() {
        End::Date(d)
    } else if let Some(doc) = Doc::from_number(to_text) {
        End::Document(doc.number().to_owned())
    } else {
        return Err("ui-standards-error-to");
    };
    // See: STYLE 5: each value is cited.
    if ed.citation.trim().is_empty() {
        return Err("ui-standards-error-citation");
    }
    Ok(EditedEntry {
        key: ed.key,
        area: ed.area,
        value,
        from,
        to,
        citation: ed.citation.trim().to_owned(),
    })
}

/// Checks an edit: the local pack with it parses and layers on the base; returns the gazettes'
/// warnings for the area on the assessment date (or the value's first day, if the date is outside
/// its period), or why it cannot be saved.
fn check(
    lang: Lang,
    ed: &Editor,
    cx: &StandardsContext<'_>,
    on: NaiveDate,
) -> Result<Vec<String>, String> {
    let entry = entry_of(ed).map_err(|k| tr(lang, k))?;
    let Some(base) = cx.base else {
        return Err(tr(lang, "ui-case-no-dir"));
    };
    let existing = cx
        .dir
        .and_then(|d| std::fs::read_to_string(crate::paths::local_pack_in(d)).ok());
    let set = candidate(existing.as_deref(), &entry)
        .and_then(|text| validate(base, &text))
        .map_err(|e| {
            let mut args = FluentArgs::new();
            args.set("detail", e);
            tr_args(lang, "ui-standards-error-pack", Some(&args))
        })?;
    let inside = match &entry.to {
        End::Date(to) => entry.from <= on && on <= *to,
        End::Document(_) => entry.from <= on,
    };
    let day = if inside { on } else { entry.from };
    Ok(set
        .warnings_on(day, entry.area)
        .iter()
        .map(|w| crate::explain::warning_text(lang, w))
        .collect())
}

/// The local pack's text with `entry` in it: the existing file's other entries are kept, an entry for
/// the same key, area and first day is replaced.
///
/// # Errors
/// The existing file is not TOML (it is then left as it is).
pub(super) fn candidate(existing: Option<&str>, entry: &EditedEntry) -> Result<String, String> {
    let mut doc: toml::Table = match existing {
        Some(text) => toml::from_str(text).map_err(|e| format!("local-pack.toml: {e}"))?,
        None => toml::Table::new(),
    };
    let header = doc
        .entry("pack")
        .or_insert_with(|| toml::Value::Table(toml::Table::new()));
    if let toml::Value::Table(h) = header {
        for (k, v) in [
            ("id", "local"),
            ("name_zh", "本单位本地标准"),
            ("name_en", "Office local standards"),
        ] {
            h.entry(k)
                .or_insert_with(|| toml::Value::String(v.to_owned()));
        }
        // The office's values are published ones, layered on the official pack.
        h.insert("official".into(), toml::Value::Boolean(true));
        h.insert("extends".into(), toml::Value::String("official".into()));
    }
    let from: toml::value::Datetime = entry.from.to_string().parse().map_err(|e| format!("{e}"))?;
    let area = entry.area.code();
    let params = doc
        .entry("param")
        .or_insert_with(|| toml::Value::Array(Vec::new()));
    if let toml::Value::Array(list) = params {
        list.retain(|p| {
            !(p.get("key").and_then(toml::Value::as_str) == Some(entry.key.name())
                && p.get("area").and_then(toml::Value::as_str) == Some(area)
                && p.get("valid_from").and_then(toml::Value::as_datetime) == Some(&from))
        });
        let mut t = toml::Table::new();
        t.insert("key".into(), toml::Value::String(entry.key.name().into()));
        t.insert("value".into(), entry.value.clone());
        t.insert("area".into(), toml::Value::String(area.into()));
        t.insert("valid_from".into(), toml::Value::Datetime(from));
        match &entry.to {
            End::Date(d) => {
                let to: toml::value::Datetime =
                    d.to_string().parse().map_err(|e| format!("{e}"))?;
                t.insert("valid_to".into(), toml::Value::Datetime(to));
            }
            End::Document(n) => {
                t.insert("document".into(), toml::Value::String(n.clone()));
            }
        }
        t.insert("official".into(), toml::Value::Boolean(true));
        t.insert(
            "citation".into(),
            toml::Value::String(entry.citation.clone()),
        );
        list.push(toml::Value::Table(t));
    }
    toml::to_string(&doc).map_err(|e| e.to_string())
}

/// The whole text as a pack, layered on `base`.
fn validate(base: &ParamSet, text: &str) -> Result<ParamSet, String> {
    let pack = Pack::parse("local-pack.toml", text).map_err(|e| e.to_string())?;
    base.clone().with_layer(pack).map_err(|e| e.to_string())
}

/// Saves `entry` into the local pack of `dir`: the whole text is checked first, then written to a
/// temporary file and renamed over the old one, so that an error leaves the saved file as it was.
///
/// # Errors
/// A sentence saying why nothing was written.
pub(super) fn save_entry(
    dir: &Path,
    base: &ParamSet,
    entry: &EditedEntry,
) -> Result<PathBuf, String> {
    let path = crate::paths::local_pack_in(dir);
    let existing = match std::fs::read_to_string(&path) {
        Ok(t) => Some(t),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => None,
        Err(e) => return Err(format!("{}: {e}", path.display())),
    };
    let text = candidate(existing.as_deref(), entry)?;
    validate(base, &text)?;
    std::fs::create_dir_all(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    let tmp = path.with_extension("toml.tmp");
    std::fs::write(&tmp, &text).map_err(|e| format!("{}: {e}", tmp.display()))?;
    std::fs::rename(&tmp, &path).map_err(|e| format!("{}: {e}", path.display()))?;
    log::info!(
        "local pack saved: {} for {}",
        entry.key.name(),
        entry.area.code()
    );
    Ok(path)
}

/// The local pack of `dir` as the text of a policy update: an `[update]` table (the publisher, issued
/// `today`, the notices being the citations of its entries) and an id naming the day and content, so
/// that next year's export is a new update rather than a conflicting one.
///
/// # Errors
/// A sentence: no local pack, a broken one, or nothing cited.
pub(super) fn export_text(dir: &Path, publisher: &str, today: NaiveDate) -> Result<String, String> {
    let path = crate::paths::local_pack_in(dir);
    let text = std::fs::read_to_string(&path).map_err(|e| format!("{}: {e}", path.display()))?;
    let pack = Pack::parse("local-pack.toml", &text).map_err(|e| e.to_string())?;
    let mut notices: Vec<String> = Vec::new();
    for c in pack
        .documents
        .iter()
        .map(|d| &d.citation)
        .chain(pack.entries.iter().map(|e| &e.citation))
    {
        if !notices.contains(c) {
            notices.push(c.clone());
        }
    }
    let mut doc: toml::Table = toml::from_str(&text).map_err(|e| e.to_string())?;
    let hash = pack.text_hash();
    if let Some(toml::Value::Table(h)) = doc.get_mut("pack") {
        let id = format!(
            "local-{}-{}",
            today.format("%Y%m%d"),
            hash.get(..8).unwrap_or(hash)
        );
        h.insert("id".into(), toml::Value::String(id));
    }
    let mut update = toml::Table::new();
    update.insert(
        "publisher".into(),
        toml::Value::String(publisher.to_owned()),
    );
    let issued: toml::value::Datetime = today.to_string().parse().map_err(|e| format!("{e}"))?;
    update.insert("issued".into(), toml::Value::Datetime(issued));
    update.insert(
        "notices".into(),
        toml::Value::Array(notices.into_iter().map(toml::Value::String).collect()),
    );
    doc.insert("update".into(), toml::Value::Table(update));
    toml::to_string(&doc).map_err(|e| e.to_string())
}
