//! Text on A4 pages: wrapping (Chinese anywhere, Latin at spaces), paragraphs, headings and rules,
//! and the report's languages (one, or both with the second in gray).

use printpdf::{
    Color, FontId, Line, LinePoint, Op, ParsedFont, PdfFontHandle, Point, Pt, Rgb, TextItem,
};

use super::{BODY_BOTTOM, BODY_TOP, MARGIN, PAGE_W};
use crate::i18n::{Lang, tr};
use crate::report::ReportLang;

/// Lays out text on pages.
pub(super) struct Writer<'a> {
    pub(super) font: &'a ParsedFont,
    pub(super) font_id: FontId,
    pub(super) upem: f32,
    pub(super) pages: Vec<Vec<Op>>,
    pub(super) y: f32,
}

impl Writer<'_> {
    pub(super) fn width(&self, s: &str, size: f32) -> f32 {
        s.chars()
            .map(|c| {
                let gid = self.font.lookup_glyph_index(c as u32).unwrap_or(0);
                f32::from(self.font.get_horizontal_advance(gid))
            })
            .sum::<f32>()
            * size
            / self.upem
    }

    pub(super) fn ops(&mut self) -> &mut Vec<Op> {
        if self.pages.is_empty() {
            self.pages.push(Vec::new());
        }
        let last = self.pages.len() - 1;
        &mut self.pages[last]
    }

    pub(super) fn text_at(&mut self, x: f32, y: f32, size: f32, s: &str, gray: bool) {
        let font = PdfFontHandle::External(self.font_id.clone());
        let col = if gray {
            Color::Rgb(Rgb::new(0.4, 0.4, 0.4, None))
        } else {
            Color::Rgb(Rgb::new(0.0, 0.0, 0.0, None))
        };
        self.ops().extend([
            Op::SetFillColor { col },
            Op::StartTextSection,
            Op::SetFont {
                font,
                size: Pt(size),
            },
            Op::SetTextCursor {
                pos: Point { x: Pt(x), y: Pt(y) },
            },
            Op::ShowText {
                items: vec![TextItem::Text(s.to_owned())],
            },
            Op::EndTextSection,
        ]);
    }

    pub(super) fn rule(&mut self, x1: f32, x2: f32, y: f32) {
        let p = |x| LinePoint {
            p: Point { x: Pt(x), y: Pt(y) },
            bezier: false,
        };
        self.ops().extend([
            Op::SetOutlineThickness { pt: Pt(0.5) },
            Op::DrawLine {
                line: Line {
                    points: vec![p(x1), p(x2)],
                    is_closed: false,
                },
            },
        ]);
    }

    /// Breaks `s` into lines no wider than `width`: anywhere between Chinese characters, at spaces
    /// in Latin text.
    pub(super) fn wrap(&self, s: &str, size: f32, width: f32) -> Vec<String> {
        let mut lines = Vec::new();
        let mut line = String::new();
        let mut last_space: Option<usize> = None;
        for c in s.chars() {
            line.push(c);
            if c == ' ' {
                last_space = Some(line.len());
            }
            if self.width(&line, size) > width {
                match last_space
                    .filter(|&at| at < line.len() && !c.is_ascii_whitespace() && c.is_ascii())
                {
                    Some(at) => {
                        let rest = line.split_off(at);
                        lines.push(line.trim_end().to_owned());
                        line = rest;
                    }
                    None => {
                        let ch = line.pop().unwrap_or(' ');
                        lines.push(line.trim_end().to_owned());
                        line = ch.to_string();
                    }
                }
                last_space = None;
            }
        }
        if !line.trim().is_empty() {
            lines.push(line);
        }
        lines
    }

    /// Makes room for `height` below the cursor, starting a page if needed.
    pub(super) fn need(&mut self, height: f32) {
        if self.pages.is_empty() || self.y - height < BODY_BOTTOM {
            self.pages.push(Vec::new());
            self.y = BODY_TOP;
        }
    }

    /// A wrapped paragraph at `x`, advancing the cursor.
    pub(super) fn paragraph(&mut self, x: f32, size: f32, s: &str, gray: bool) {
        let lines = self.wrap(s, size, PAGE_W - MARGIN - x);
        for l in lines {
            self.need(size * 1.45);
            let y = self.y - size;
            self.text_at(x, y, size, &l, gray);
            self.y -= size * 1.45;
        }
    }

    pub(super) fn gap(&mut self, h: f32) {
        self.y -= h;
    }

    pub(super) fn heading(&mut self, s: &str) {
        self.need(40.0);
        self.gap(6.0);
        self.paragraph(MARGIN, 12.0, s, false);
        let y = self.y + 2.0;
        self.rule(MARGIN, PAGE_W - MARGIN, y);
        self.gap(4.0);
    }
}

/// Text in the report's language(s): both lines when bilingual.
pub(super) fn both(mode: ReportLang, f: impl Fn(Lang) -> String) -> Vec<(String, bool)> {
    match mode {
        ReportLang::Zh => vec![(f(Lang::Zh), false)],
        ReportLang::En => vec![(f(Lang::En), false)],
        ReportLang::Bilingual => vec![(f(Lang::Zh), false), (f(Lang::En), true)],
    }
}

pub(super) fn label(mode: ReportLang, key: &str) -> String {
    match mode {
        ReportLang::Zh => tr(Lang::Zh, key),
        ReportLang::En => tr(Lang::En, key),
        ReportLang::Bilingual => format!("{} / {}", tr(Lang::Zh, key), tr(Lang::En, key)),
    }
}

/// The languages of the report, with whether each is the secondary (gray) one.
pub(super) fn langs(mode: ReportLang) -> Vec<(Lang, bool)> {
    match mode {
        ReportLang::Zh => vec![(Lang::Zh, false)],
        ReportLang::En => vec![(Lang::En, false)],
        ReportLang::Bilingual => vec![(Lang::Zh, false), (Lang::En, true)],
    }
}

/// A text in the report's languages on one line: 「低保金 / Dibao allowance」 when bilingual.
pub(super) fn joined(mode: ReportLang, f: impl Fn(Lang) -> String) -> String {
    match mode {
        ReportLang::Zh => f(Lang::Zh),
        ReportLang::En => f(Lang::En),
        ReportLang::Bilingual => format!("{} / {}", f(Lang::Zh), f(Lang::En)),
    }
}

/// The language of the lines the household reads first (Chinese unless the report is English).
pub(super) fn primary(mode: ReportLang) -> Lang {
    if mode == ReportLang::En {
        Lang::En
    } else {
        Lang::Zh
    }
}
