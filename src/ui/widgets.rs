//! Labelled input widgets for facts that may be unknown. Every input has an accessible label; a
//! value that does not parse shows an error in the user's language and keeps what was typed.

use chrono::NaiveDate;
use rust_decimal::Decimal;

use super::form::Edits;
use crate::i18n::{Lang, tr};

/// Runs `add` in a two-column row: the label, then the input labelled by it.
fn row<R>(ui: &mut egui::Ui, label: &str, add: impl FnOnce(&mut egui::Ui, egui::Id) -> R) -> R {
    ui.horizontal(|ui| {
        // A fixed label column, left-aligned and wrapped, so long questions stay readable.
        let l = ui
            .allocate_ui_with_layout(
                egui::vec2(LABEL_WIDTH, 22.0),
                egui::Layout::left_to_right(egui::Align::Center),
                |ui| {
                    ui.set_min_width(LABEL_WIDTH);
                    ui.add(egui::Label::new(label).wrap())
                },
            )
            .inner;
        add(ui, l.id)
    })
    .inner
}

/// Width of the label column.
const LABEL_WIDTH: f32 = 360.0;

fn focus_if(e: &mut Edits, path: &str, resp: &egui::Response) {
    if e.take_focus(path) {
        resp.request_focus();
        resp.scroll_to_me(Some(egui::Align::Center));
    }
}

/// A choice among `options` or unknown (未知). Returns whether the value changed.
pub fn choice_ui<T: Copy + PartialEq>(
    ui: &mut egui::Ui,
    e: &mut Edits,
    path: &str,
    label: &str,
    value: &mut Option<T>,
    options: &[(T, String)],
) -> bool {
    let before = *value;
    let unknown = tr(e.lang, "ui-unknown");
    let shown = value
        .and_then(|v| {
            options
                .iter()
                .find(|(o, _)| *o == v)
                .map(|(_, t)| t.clone())
        })
        .unwrap_or_else(|| unknown.clone());
    let resp = row(ui, label, |ui, id| {
        egui::ComboBox::from_id_salt(path)
            .selected_text(shown)
            .width(220.0)
            .show_ui(ui, |ui| {
                ui.selectable_value(value, None, unknown.as_str());
                for (o, text) in options {
                    ui.selectable_value(value, Some(*o), text.as_str());
                }
            })
            .response
            .labelled_by(id)
    });
    focus_if(e, path, &resp);
    before != *value
}

/// Yes / no / unknown.
pub fn yes_no_ui(
    ui: &mut egui::Ui,
    e: &mut Edits,
    path: &str,
    label: &str,
    value: &mut Option<bool>,
) -> bool {
    let options = [(true, tr(e.lang, "ui-yes")), (false, tr(e.lang, "ui-no"))];
    choice_ui(ui, e, path, label, value, &options)
}

/// A text input whose content parses into `T`; empty means unknown.
fn parsed_ui<T: Clone + PartialEq + ToString>(
    ui: &mut egui::Ui,
    e: &mut Edits,
    path: &str,
    label: &str,
    value: &mut Option<T>,
    hint: &str,
    parse: impl Fn(&str) -> Result<T, &'static str>,
) -> bool {
    let before = value.clone();
    let mut text = e
        .text
        .get(path)
        .cloned()
        .unwrap_or_else(|| value.as_ref().map(ToString::to_string).unwrap_or_default());
    let resp = row(ui, label, |ui, id| {
        ui.add(
            egui::TextEdit::singleline(&mut text)
                .hint_text(hint)
                .desired_width(220.0),
        )
        .labelled_by(id)
    });
    focus_if(e, path, &resp);
    if resp.changed() {
        let trimmed = text.trim();
        if trimmed.is_empty() {
            *value = None;
            e.errors.remove(path);
        } else {
            match parse(trimmed) {
                Ok(v) => {
                    *value = Some(v);
                    e.errors.remove(path);
                }
                Err(key) => {
                    e.errors.insert(path.to_owned(), (key, trimmed.to_owned()));
                }
            }
        }
        e.text.insert(path.to_owned(), text);
    }
    if let Some(msg) = e.error(path) {
        ui.colored_label(ui.visuals().error_fg_color, msg);
    }
    before != *value
}

/// An amount of money (元), not negative.
pub fn money_ui(
    ui: &mut egui::Ui,
    e: &mut Edits,
    path: &str,
    label: &str,
    value: &mut Option<Decimal>,
) -> bool {
    let hint = tr(e.lang, "ui-hint-money");
    parsed_ui(ui, e, path, label, value, &hint, |s| {
        match s.parse::<Decimal>() {
            Ok(d) if d.is_sign_negative() && !d.is_zero() => Err("ui-error-negative"),
            Ok(d) => Ok(d),
            Err(_) => Err("ui-error-number"),
        }
    })
}

/// A whole number, not negative.
pub fn count_ui(
    ui: &mut egui::Ui,
    e: &mut Edits,
    path: &str,
    label: &str,
    value: &mut Option<u32>,
) -> bool {
    parsed_ui(ui, e, path, label, value, "0", |s| {
        s.parse::<u32>().map_err(|_| "ui-error-count")
    })
}

/// A date `YYYY-MM-DD`, not after `latest`.
pub fn date_ui(
    ui: &mut egui::Ui,
    e: &mut Edits,
    path: &str,
    label: &str,
    value: &mut Option<NaiveDate>,
    latest: NaiveDate,
) -> bool {
    parsed_ui(
        ui,
        e,
        path,
        label,
        value,
        "2020-01-31",
        |s| match s.parse::<NaiveDate>() {
            Ok(d) if d > latest => Err("ui-error-future-date"),
            Ok(d) => Ok(d),
            Err(_) => Err("ui-error-date"),
        },
    )
}

/// A plain text field (names, ID numbers).
pub fn text_ui(
    ui: &mut egui::Ui,
    e: &mut Edits,
    path: &str,
    label: &str,
    value: &mut Option<String>,
) -> bool {
    let before = value.clone();
    let mut text = value.clone().unwrap_or_default();
    let resp = row(ui, label, |ui, id| {
        ui.add(
            egui::TextEdit::singleline(&mut text)
                .desired_width(220.0)
                .password(e.mask),
        )
        .labelled_by(id)
    });
    focus_if(e, path, &resp);
    if resp.changed() {
        *value = if text.trim().is_empty() {
            None
        } else {
            Some(text)
        };
    }
    before != *value
}

/// The header row of a table: each message key's text in bold, then the end of the row.
pub fn header_row(ui: &mut egui::Ui, lang: Lang, keys: &[&str]) {
    for key in keys {
        ui.strong(tr(lang, key));
    }
    ui.end_row();
}

/// A section heading.
pub fn heading_ui(ui: &mut egui::Ui, text: &str) {
    ui.add_space(8.0);
    ui.heading(text);
    ui.separator();
}
