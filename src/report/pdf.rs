//! The A4 notice: the notice proper (at most two pages: the law applied, the household, the summary
//! of what concerns it, the next steps, the signatures; `notice`), then the annex on its own page
//! (`annex`), then a training appendix when asked; the header, QR code and footer on every page. The
//! embedded font (Noto Sans SC, GBK subset) is subset again to the glyphs used; text layout is in
//! `layout`.

use printpdf::{
    Color, Mm, Op, PaintMode, ParsedFont, PdfDocument, PdfPage, PdfSaveOptions, Pt, Rect, Rgb,
};

mod annex;
mod layout;
mod notice;

use annex::{annex, documents_not_in_force};
use layout::{Writer, both, label};
use notice::{household, law_in_force, next_steps, signatures, summary};

use super::{ReportError, ReportLang, ReportMeta};
use crate::explain::DeterminationView;
use crate::explain::groups::Groups;
use crate::explain::next_steps::NextSteps;
use crate::i18n::{Lang, tr};

pub(crate) const FONT: &[u8] = include_bytes!("../../assets/fonts/NotoSansSC-Regular-GBK.ttf");
const PAGE_W: f32 = 595.28; // A4 in pt
const PAGE_H: f32 = 841.89;
const MARGIN: f32 = 45.0;
const BODY_TOP: f32 = PAGE_H - 95.0;
const BODY_BOTTOM: f32 = 70.0;

/// Renders the report (unsigned).
///
/// # Errors
/// If the font cannot be read.
pub fn render(
    v: &DeterminationView,
    meta: &ReportMeta,
    content_hash: &str,
) -> Result<Vec<u8>, ReportError> {
    let mode = meta.lang;
    let mut warnings = Vec::new();
    let font = ParsedFont::from_bytes(FONT, 0, &mut warnings)
        .ok_or_else(|| ReportError::Pdf("font".into()))?;
    let mut doc = PdfDocument::new(&tr(Lang::Zh, "pdf-title"));
    let font_id = doc.add_font(&font);
    let upem = f32::from(font.font_metrics.units_per_em.max(1));
    let mut w = Writer {
        font: &font,
        font_id,
        upem,
        pages: Vec::new(),
        y: BODY_TOP,
    };
    w.need(0.0);

    law_in_force(&mut w, mode, v, meta);
    household(&mut w, mode, v);
    let groups = Groups::of(v);
    summary(&mut w, mode, v, &groups);
    next_steps(&mut w, mode, &NextSteps::of(&groups));
    signatures(&mut w, mode, meta);
    // The annex starts on its own page: the notice proper ends with the signatures.
    w.y = BODY_BOTTOM;
    w.need(0.0);
    annex(&mut w, mode, v, &groups);
    documents_not_in_force(&mut w, mode, v);

    if let Some(c) = &meta.appendix {
        comparison_appendix(&mut w, mode, c);
    }

    // Header, footer and QR code on every page.
    let total = w.pages.len();
    let qr = qr_modules(&format!("WZA|{}|{}", v.id, content_hash));
    let titles = both(mode, |l| tr(l, "pdf-title"));
    let mut pages = std::mem::take(&mut w.pages);
    for (i, ops) in pages.iter_mut().enumerate() {
        let mut frame = Writer {
            font: &font,
            font_id: w.font_id.clone(),
            upem,
            pages: vec![Vec::new()],
            y: 0.0,
        };
        let mut y = PAGE_H - 42.0;
        for (t, second) in &titles {
            let size = if *second { 9.0 } else { 14.0 };
            frame.text_at(MARGIN, y, size, t, *second);
            y -= size + 4.0;
        }
        frame.text_at(
            MARGIN,
            PAGE_H - 76.0,
            7.5,
            &format!("{} {}", label(mode, "pdf-determination-id"), &v.id[..16]),
            true,
        );
        frame.rule(MARGIN, PAGE_W - MARGIN, PAGE_H - 84.0);
        draw_qr(&mut frame, &qr, PAGE_W - MARGIN - 52.0, PAGE_H - 28.0, 52.0);
        let page_text = format!("{} {} / {}", label(mode, "pdf-page"), i + 1, total);
        frame.text_at(PAGE_W - MARGIN - 60.0, 40.0, 8.0, &page_text, true);
        let mut y = 40.0;
        let hint = if meta.signed_at.is_some() {
            "pdf-verify-hint"
        } else {
            "pdf-unsigned-hint"
        };
        for (t, _) in both(mode, |l| tr(l, hint)) {
            for line in frame.wrap(&t, 6.5, PAGE_W - 2.0 * MARGIN - 80.0) {
                frame.text_at(MARGIN, y, 6.5, &line, true);
                y -= 9.0;
            }
        }
        ops.extend(frame.pages.remove(0));
    }
    let pdf_pages = pages
        .into_iter()
        .map(|ops| PdfPage::new(Mm(210.0), Mm(297.0), ops))
        .collect();
    doc.metadata.info.author = meta.officer.clone();
    doc.metadata.info.subject = v.id.clone();
    let bytes = doc
        .with_pages(pdf_pages)
        .save(&PdfSaveOptions::default(), &mut Vec::new());
    Ok(bytes)
}

/// The training appendix: the household under each column (pack or scenario, date), the benefits
/// that differ with each column's outcome and amount, and the values that made the difference.
fn comparison_appendix(w: &mut Writer<'_>, mode: ReportLang, c: &crate::analysis::Comparison) {
    let lang = if mode == ReportLang::En {
        Lang::En
    } else {
        Lang::Zh
    };
    // A new page: the handout part is apart from the signed assessment.
    w.y = BODY_BOTTOM;
    w.need(0.0);
    w.heading(&label(mode, "pdf-appendix"));
    for (i, l) in c.labels.iter().enumerate() {
        let t = &c.totals[i];
        w.paragraph(
            MARGIN,
            9.0,
            &format!(
                "[{}] {l}  {}  {} {}  {} {}",
                i + 1,
                c.dates[i],
                tr(lang, "ui-per-month"),
                t.monthly,
                tr(lang, "ui-per-year"),
                t.yearly
            ),
            false,
        );
    }
    w.gap(4.0);
    for r in c.rows.iter().filter(|r| r.changed) {
        w.need(30.0);
        w.paragraph(
            MARGIN,
            9.0,
            &format!("{} {}  {}", r.id, r.name.get(lang), r.citation),
            false,
        );
        for i in 0..c.labels.len() {
            let cell = match r.outcomes[i] {
                None => tr(lang, "ui-case-not-in-force"),
                Some(o) => {
                    let mut s = tr(lang, crate::explain::outcome_key(o));
                    if let Some(a) = r.amounts[i] {
                        s.push(' ');
                        s.push_str(&crate::explain::amount_text(lang, a));
                    }
                    s
                }
            };
            w.paragraph(MARGIN + 12.0, 8.5, &format!("[{}] {cell}", i + 1), false);
        }
        for (key, values) in &r.changed_parameters {
            let shown: Vec<String> = values
                .iter()
                .map(|v| v.clone().unwrap_or_else(|| "—".to_owned()))
                .collect();
            w.paragraph(
                MARGIN + 12.0,
                8.0,
                &format!("{key}: {}", shown.join(" → ")),
                true,
            );
        }
    }
}

/// The dark modules of a QR code.
fn qr_modules(data: &str) -> Vec<Vec<bool>> {
    match qrcode::QrCode::with_error_correction_level(data.as_bytes(), qrcode::EcLevel::M) {
        Ok(code) => {
            let width = code.width();
            let colors = code.to_colors();
            colors
                .chunks(width)
                .map(|row| row.iter().map(|c| *c == qrcode::Color::Dark).collect())
                .collect()
        }
        Err(_) => Vec::new(),
    }
}

fn draw_qr(w: &mut Writer<'_>, modules: &[Vec<bool>], x: f32, top: f32, size: f32) {
    if modules.is_empty() {
        return;
    }
    let cell = size / modules.len() as f32;
    let black = Color::Rgb(Rgb::new(0.0, 0.0, 0.0, None));
    w.ops().push(Op::SetFillColor { col: black });
    for (r, row) in modules.iter().enumerate() {
        for (c, dark) in row.iter().enumerate() {
            if *dark {
                let mut rect = Rect::from_xywh(
                    Pt(x + c as f32 * cell),
                    Pt(top - (r as f32 + 1.0) * cell),
                    Pt(cell),
                    Pt(cell),
                );
                rect.mode = Some(PaintMode::Fill);
                w.ops().push(Op::DrawRectangle { rectangle: rect });
            }
        }
    }
}
