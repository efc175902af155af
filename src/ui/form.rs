//! What the officer is typing: text buffers of fields that parse (money, dates), the errors to show
//! next to them, and where to jump. The household itself holds only valid values; a field that does
//! not parse keeps its text and shows an error, and the household keeps its last valid value.

use std::collections::BTreeMap;

use fluent_bundle::FluentArgs;

use crate::i18n::{Lang, tr_args};

/// Editing state shared by all pages.
#[derive(Debug, Default)]
pub struct Edits {
    /// Text as typed, by field path (`members[0].birth_date`).
    pub text: BTreeMap<String, String>,
    /// Error message key and detail, by field path.
    pub errors: BTreeMap<String, (&'static str, String)>,
    /// A field to focus and scroll to on the next frame (from a result's "go to" button).
    pub focus: Option<String>,
    /// Display language.
    pub lang: Lang,
    /// Hide names and ID numbers on screen.
    pub mask: bool,
}

impl Edits {
    /// The error of a field in the display language.
    #[must_use]
    pub fn error(&self, path: &str) -> Option<String> {
        self.errors.get(path).map(|(key, detail)| {
            let mut args = FluentArgs::new();
            args.set("detail", detail.as_str());
            tr_args(self.lang, key, Some(&args))
        })
    }

    /// Whether `path` is the field to jump to; clears the request.
    pub fn take_focus(&mut self, path: &str) -> bool {
        if self.focus.as_deref() == Some(path) {
            self.focus = None;
            true
        } else {
            false
        }
    }

    /// Forgets buffers and errors (a new household was opened).
    pub fn reset(&mut self) {
        self.text.clear();
        self.errors.clear();
        self.focus = None;
    }
}
