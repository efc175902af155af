//! The A4 assessment report: header repeated on every page, the household, the income test, each
//! benefit with outcome, amount, clause and reasons, what is missing, and the signature block. The
//! embedded font (Noto Sans SC, GBK subset) is subset again to the glyphs used.

use printpdf::{
    Color, FontId, Line, LinePoint, Mm, Op, PaintMode, ParsedFont, PdfDocument, PdfFontHandle,
    PdfPage, PdfSaveOptions, Point, Pt, Rect, Rgb, TextItem,
};

use super::{ReportError, ReportLang, ReportMeta};
use crate::engine::{Notice, Outcome};
use crate::explain::arithmetic::declared_text;
use crate::explain::groups::{Group, Groups};
use crate::explain::next_steps::{NextSteps, fact_label};
use crate::explain::{DeterminationView, ResultView, amount_text, outcome_key};
use crate::household::mask_id_number;
use crate::i18n::{Lang, tr};

const FONT: &[u8] = include_bytes!("../../assets/fonts/NotoSansSC-Regular-GBK.ttf");
const PAGE_W: f32 = 595.28; // A4 in pt
const PAGE_H: f32 = 841.89;
const MARGIN: f32 = 45.0;
const BODY_TOP: f32 = PAGE_H - 95.0;
const BODY_BOTTOM: f32 = 70.0;

/// Lays out text on pages.
struct Writer<'a> {
    font: &'a ParsedFont,
    font_id: FontId,
    upem: f32,
    pages: Vec<Vec<Op>>,
    y: f32,
}

impl Writer<'_> {
    fn width(&self, s: &str, size: f32) -> f32 {
        s.chars()
            .map(|c| {
                let gid = self.font.lookup_glyph_index(c as u32).unwrap_or(0);
                f32::from(self.font.get_horizontal_advance(gid))
            })
            .sum::<f32>()
            * size
            / self.upem
    }

    fn ops(&mut self) -> &mut Vec<Op> {
        if self.pages.is_empty() {
            self.pages.push(Vec::new());
        }
        let last = self.pages.len() - 1;
        &mut self.pages[last]
    }

    fn text_at(&mut self, x: f32, y: f32, size: f32, s: &str, gray: bool) {
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

    fn rule(&mut self, x1: f32, x2: f32, y: f32) {
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
    fn wrap(&self, s: &str, size: f32, width: f32) -> Vec<String> {
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
    fn need(&mut self, height: f32) {
        if self.pages.is_empty() || self.y - height < BODY_BOTTOM {
            self.pages.push(Vec::new());
            self.y = BODY_TOP;
        }
    }

    /// A wrapped paragraph at `x`, advancing the cursor.
    fn paragraph(&mut self, x: f32, size: f32, s: &str, gray: bool) {
        let lines = self.wrap(s, size, PAGE_W - MARGIN - x);
        for l in lines {
            self.need(size * 1.45);
            let y = self.y - size;
            self.text_at(x, y, size, &l, gray);
            self.y -= size * 1.45;
        }
    }

    fn gap(&mut self, h: f32) {
        self.y -= h;
    }

    fn heading(&mut self, s: &str) {
        self.need(40.0);
        self.gap(6.0);
        self.paragraph(MARGIN, 12.0, s, false);
        let y = self.y + 2.0;
        self.rule(MARGIN, PAGE_W - MARGIN, y);
        self.gap(4.0);
    }
}

/// Text in the report's language(s): both lines when bilingual.
fn both(mode: ReportLang, f: impl Fn(Lang) -> String) -> Vec<(String, bool)> {
    match mode {
        ReportLang::Zh => vec![(f(Lang::Zh), false)],
        ReportLang::En => vec![(f(Lang::En), false)],
        ReportLang::Bilingual => vec![(f(Lang::Zh), false), (f(Lang::En), true)],
    }
}

fn label(mode: ReportLang, key: &str) -> String {
    match mode {
        ReportLang::Zh => tr(Lang::Zh, key),
        ReportLang::En => tr(Lang::En, key),
        ReportLang::Bilingual => format!("{} / {}", tr(Lang::Zh, key), tr(Lang::En, key)),
    }
}

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

/// Who assessed, when, and under which law: the packs and updates, the continuation notices, and
/// the marker of a historical assessment. Documents not in force on the date go to the annex.
fn law_in_force(w: &mut Writer<'_>, mode: ReportLang, v: &DeterminationView, meta: &ReportMeta) {
    let lines = [
        format!(
            "{}：{}    {}：{}    {}：{}",
            label(mode, "pdf-office"),
            meta.office,
            label(mode, "pdf-officer"),
            meta.officer,
            label(mode, "pdf-date"),
            v.date,
        ),
        format!(
            "{}：{} ({})    {}：{}",
            label(mode, "pdf-params"),
            v.parameter_set.name.zh,
            &v.parameter_set.hash[..16],
            label(mode, "pdf-engine"),
            v.engine_version
        ),
        format!("{}：{}", label(mode, "pdf-determination-id"), v.id),
    ];
    for l in lines {
        w.paragraph(MARGIN, 8.5, &l, false);
    }
    // The law in force beyond the shipped packs: the policy updates and the office's own values.
    for s in &v.parameter_set.sources {
        let key = match s.kind.as_str() {
            "update" => "pdf-layer-update",
            "local" => "pdf-layer-local",
            "scenario" => "pdf-layer-scenario",
            _ => continue,
        };
        let issued = s.issued_by.clone().unwrap_or_default();
        w.paragraph(
            MARGIN,
            8.0,
            &format!(
                "{}：{} {issued}  (SHA-256 {})",
                label(mode, key),
                s.id,
                &s.sha256[..16]
            ),
            false,
        );
    }
    if !v.parameter_set.official {
        w.paragraph(MARGIN, 9.5, &label(mode, "notice-example-params"), false);
    }
    // Printed after a document it applies has lapsed: a historical assessment, and it says so.
    if !meta.lapsed_since.is_empty() {
        let docs: Vec<String> = meta
            .lapsed_since
            .iter()
            .map(|(doc, last)| format!("{doc} ({last})"))
            .collect();
        for (t, gray) in both(mode, |l| {
            let mut args = fluent_bundle::FluentArgs::new();
            args.set("date", v.date.to_string());
            args.set("docs", docs.join(tr(l, "sep-list").as_str()));
            crate::i18n::tr_args(l, "pdf-historical", Some(&args))
        }) {
            w.paragraph(MARGIN, if gray { 7.5 } else { 9.0 }, &t, gray);
        }
    }
    for n in v.notices.iter().filter(|n| {
        matches!(
            n.notice,
            Notice::DocumentContinued { .. }
                | Notice::PolicyExpired { .. }
                | Notice::RuleVersion { .. }
        )
    }) {
        for (t, gray) in both(mode, |l| n.text.get(l).to_owned()) {
            w.paragraph(MARGIN, if gray { 7.0 } else { 8.0 }, &t, gray);
        }
    }
    for warning in &v.warnings {
        for (t, gray) in both(mode, |l| warning.text.get(l).to_owned()) {
            w.paragraph(
                MARGIN,
                if gray { 7.0 } else { 8.0 },
                &format!("! {t}"),
                gray,
            );
        }
    }
}

/// The documents not in force on the assessment date, whose rules were not assessed: at the end of
/// the annex.
fn documents_not_in_force(w: &mut Writer<'_>, mode: ReportLang, v: &DeterminationView) {
    let outside: Vec<_> = v
        .notices
        .iter()
        .filter(|n| {
            matches!(
                n.notice,
                Notice::DocumentNotInForce { .. } | Notice::DocumentNotYetInForce { .. }
            )
        })
        .collect();
    if outside.is_empty() {
        return;
    }
    w.gap(4.0);
    w.paragraph(MARGIN, 9.0, &label(mode, "notice-law-in-force"), false);
    for n in outside {
        for (t, _) in both(mode, |l| n.text.get(l).to_owned()) {
            w.paragraph(MARGIN + 12.0, 7.5, &t, true);
        }
    }
}

/// The household: members and the per-capita income of the 低保 test.
fn household(w: &mut Writer<'_>, mode: ReportLang, v: &DeterminationView) {
    w.heading(&label(mode, "pdf-members"));
    let members: Vec<String> = v
        .household
        .members
        .iter()
        .enumerate()
        .map(|(i, m)| {
            let name = m
                .name
                .clone()
                .unwrap_or_else(|| format!("{} {}", tr(Lang::Zh, "ui-member"), i + 1));
            let id = m
                .id_number
                .as_deref()
                .map(mask_id_number)
                .unwrap_or_default();
            let birth = m.birth_date.map(|d| d.to_string()).unwrap_or_default();
            format!("{}. {name} {id} {birth}", i + 1)
        })
        .collect();
    w.paragraph(MARGIN, 8.5, &members.join("；"), false);
    let pc = if v.income.per_capita_low == v.income.per_capita_high {
        v.income.per_capita_low.to_string()
    } else {
        format!("{}–{}", v.income.per_capita_low, v.income.per_capita_high)
    };
    let label = joined(mode, |l| {
        tr(l, "ui-per-capita-income")
            .trim_end_matches(['：', ':'])
            .to_owned()
    });
    w.paragraph(MARGIN, 8.5, &format!("{label}：{pc}"), false);
}

/// Column positions of the summary table: benefit, result, amount and period, department, clause.
const COLS: [f32; 5] = [
    MARGIN,
    MARGIN + 240.0,
    MARGIN + 280.0,
    MARGIN + 365.0,
    MARGIN + 425.0,
];

/// One table row; the benefit and the clause wrap within their columns.
fn row(w: &mut Writer<'_>, cells: [&str; 5], size: f32, gray: bool) {
    let name = w.wrap(cells[0], size, COLS[1] - COLS[0] - 6.0);
    let clause = w.wrap(cells[4], size, PAGE_W - MARGIN - COLS[4]);
    let lines = name.len().max(clause.len()).max(1);
    let step = size * 1.35;
    w.need(step * lines as f32);
    let top = w.y - size;
    for (k, l) in name.iter().enumerate() {
        w.text_at(COLS[0], top - step * k as f32, size, l, gray);
    }
    for c in 1..4 {
        w.text_at(COLS[c], top, size, cells[c], gray);
    }
    for (k, l) in clause.iter().enumerate() {
        w.text_at(COLS[4], top - step * k as f32, size, l, gray);
    }
    w.y -= step * lines as f32;
}

/// The citation without the issuing prefix (「6号 第1条」), for the table's narrow column.
fn short_citation(r: &ResultView) -> String {
    let short = r
        .citation
        .split_once('〕')
        .map_or(r.citation.as_str(), |(_, rest)| rest);
    if r.continued_by.is_some() {
        format!("{short} *")
    } else {
        short.to_owned()
    }
}

/// A text in the report's languages on one line: 「低保金 / Dibao allowance」 when bilingual.
fn joined(mode: ReportLang, f: impl Fn(Lang) -> String) -> String {
    match mode {
        ReportLang::Zh => f(Lang::Zh),
        ReportLang::En => f(Lang::En),
        ReportLang::Bilingual => format!("{} / {}", f(Lang::Zh), f(Lang::En)),
    }
}

/// The language of the lines the household reads first (Chinese unless the report is English).
fn primary(mode: ReportLang) -> Lang {
    if mode == ReportLang::En {
        Lang::En
    } else {
        Lang::Zh
    }
}

/// The summary table: granted, to check and near misses, one row each with the department that
/// decides, then the totals and a count of the rules that do not apply. What a near miss lacks is
/// one line under its row; what an item to check needs is in the next steps' checklist.
fn summary(w: &mut Writer<'_>, mode: ReportLang, v: &DeterminationView, groups: &Groups<'_>) {
    w.heading(&label(mode, "notice-summary"));
    let head = |key: &str| joined(mode, |l| tr(l, key));
    let cells = [
        head("notice-col-benefit"),
        head("notice-col-result"),
        head("notice-col-amount"),
        head("notice-col-department"),
        head("notice-col-clause"),
    ];
    let header = w.wrap(&cells[3], 7.5, COLS[4] - COLS[3] - 4.0).len();
    if header == 1 {
        row(
            w,
            [&cells[0], &cells[1], &cells[2], &cells[3], &cells[4]],
            7.5,
            true,
        );
    } else {
        // Bilingual headings: one language per line.
        for l in [Lang::Zh, Lang::En] {
            let c = [
                "notice-col-benefit",
                "notice-col-result",
                "notice-col-amount",
                "notice-col-department",
                "notice-col-clause",
            ]
            .map(|k| tr(l, k));
            row(w, [&c[0], &c[1], &c[2], &c[3], &c[4]], 7.5, true);
        }
    }
    let y = w.y + 2.0;
    w.rule(MARGIN, PAGE_W - MARGIN, y);
    let first = primary(mode);
    for group in [Group::Granted, Group::ToCheck, Group::NearMiss] {
        let rows = groups.get(group);
        w.need(24.0);
        w.gap(2.0);
        let screened = if group == Group::ToCheck {
            v.screening.as_slice()
        } else {
            &[]
        };
        let title = format!(
            "{}（{}）",
            label(mode, group.key()),
            rows.len() + screened.len()
        );
        w.paragraph(MARGIN, 9.0, &title, false);
        for sc in screened {
            let text = format!("{}：{}", tr(first, "notice-prescreen"), sc.text.get(first));
            w.paragraph(COLS[0], 8.0, &text, false);
        }
        // Items waiting for facts: one paragraph per department (benefit and clause), since what
        // they need is the next steps' checklist; referrals and the rest take a row each.
        if group == Group::ToCheck {
            pending(w, mode, rows);
        }
        for r in rows
            .iter()
            .filter(|r| group != Group::ToCheck || r.outcome != Outcome::Undetermined)
        {
            let name = joined(mode, |l| r.name.get(l).to_owned());
            let result = tr(first, outcome_key(r.outcome));
            let amount = r.amount.map(|a| amount_text(first, a)).unwrap_or_default();
            let department = tr(first, &format!("{}-short", r.department.key()));
            row(
                w,
                [&name, &result, &amount, &department, &short_citation(r)],
                8.0,
                false,
            );
            if group == Group::NearMiss {
                w.paragraph(COLS[0] + 10.0, 7.0, r.reason.get(first), true);
            }
        }
    }
    w.gap(3.0);
    let mut totals = fluent_bundle::FluentArgs::new();
    totals.set("monthly", v.totals.monthly.to_string());
    totals.set("yearly", v.totals.yearly.to_string());
    totals.set("once", v.totals.once.to_string());
    for (t, gray) in both(mode, |l| {
        crate::i18n::tr_args(l, "cli-totals", Some(&totals))
    }) {
        w.paragraph(MARGIN, if gray { 7.5 } else { 8.5 }, &t, gray);
    }
    let outside = groups.get(Group::NotApplicable).len();
    if outside > 0 {
        let mut args = fluent_bundle::FluentArgs::new();
        args.set("count", outside);
        let t = crate::i18n::tr_args(first, "group-not-applicable-count", Some(&args));
        w.paragraph(MARGIN, 7.5, &t, true);
    }
    let mut notices: Vec<&str> = groups
        .relevant()
        .filter_map(|r| r.continued_by.as_deref())
        .collect();
    notices.sort_unstable();
    notices.dedup();
    for notice in notices {
        let mut args = fluent_bundle::FluentArgs::new();
        args.set("notice", notice);
        let t = crate::i18n::tr_args(first, "continued-by", Some(&args));
        w.paragraph(MARGIN, 7.5, &format!("* {t}"), true);
    }
}

/// The undetermined items, one paragraph per department: 「民政：低保金（6号 第1条）、…」.
fn pending(w: &mut Writer<'_>, mode: ReportLang, rows: &[&ResultView]) {
    let open: Vec<&&ResultView> = rows
        .iter()
        .filter(|r| r.outcome == Outcome::Undetermined)
        .collect();
    if open.is_empty() {
        return;
    }
    let mut departments: Vec<crate::policy::Department> =
        open.iter().map(|r| r.department).collect();
    departments.sort();
    departments.dedup();
    // In the household's language; a bilingual notice gives the English count, and the annex has
    // each item in both languages.
    let l = primary(mode);
    w.paragraph(COLS[0] + 4.0, 8.0, &tr(l, "notice-pending"), false);
    if mode == ReportLang::Bilingual {
        let mut args = fluent_bundle::FluentArgs::new();
        args.set("count", open.len());
        let t = crate::i18n::tr_args(Lang::En, "notice-pending-count", Some(&args));
        w.paragraph(COLS[0] + 4.0, 7.0, &t, true);
    }
    for d in &departments {
        let items: Vec<String> = open
            .iter()
            .filter(|r| r.department == *d)
            .map(|r| format!("{}（{}）", r.name.get(l), short_citation(r)))
            .collect();
        let text = format!(
            "{}：{}",
            tr(l, &format!("{}-short", d.key())),
            items.join(tr(l, "sep-list").as_str())
        );
        w.paragraph(COLS[0] + 10.0, 8.0, &text, false);
    }
}

/// The languages of the report, with whether each is the secondary (gray) one.
fn langs(mode: ReportLang) -> Vec<(Lang, bool)> {
    match mode {
        ReportLang::Zh => vec![(Lang::Zh, false)],
        ReportLang::En => vec![(Lang::En, false)],
        ReportLang::Bilingual => vec![(Lang::Zh, false), (Lang::En, true)],
    }
}

/// Next steps: the documents to bring, where to ask, and what the notice is and is not.
fn next_steps(w: &mut Writer<'_>, mode: ReportLang, steps: &NextSteps) {
    w.heading(&label(mode, "notice-next-steps"));
    let first = primary(mode);
    if !steps.documents.is_empty() {
        w.paragraph(MARGIN, 8.5, &label(mode, "notice-documents"), false);
        for p in &steps.documents {
            let mut facts: Vec<String> = Vec::new();
            for f in &p.facts {
                let label = fact_label(first, f);
                if !facts.contains(&label) {
                    facts.push(label);
                }
            }
            let mut args = fluent_bundle::FluentArgs::new();
            args.set("facts", facts.join(tr(first, "sep-list").as_str()));
            let text = format!(
                "□ {}（{}）",
                joined(mode, |l| p.name.get(l).to_owned()),
                crate::i18n::tr_args(first, "notice-proves", Some(&args))
            );
            w.paragraph(MARGIN + 10.0, 8.0, &text, false);
        }
    }
    if !steps.office_values.is_empty() {
        let mut args = fluent_bundle::FluentArgs::new();
        args.set("keys", steps.office_values.join(", "));
        let t = crate::i18n::tr_args(first, "notice-office-values", Some(&args));
        w.paragraph(MARGIN, 7.5, &t, true);
    }
    w.gap(2.0);
    for key in ["notice-apply", "notice-not-a-decision", "notice-objection"] {
        for (t, gray) in both(mode, |l| tr(l, key)) {
            w.paragraph(MARGIN, if gray { 7.0 } else { 8.0 }, &t, gray);
        }
    }
}

/// The signature block that closes the notice proper.
fn signatures(w: &mut Writer<'_>, mode: ReportLang, meta: &ReportMeta) {
    w.need(100.0);
    w.heading(&label(mode, "pdf-signatures"));
    w.paragraph(
        MARGIN,
        9.5,
        &format!("{}：{}", label(mode, "pdf-officer-signature"), meta.officer),
        false,
    );
    if let Some(signed) = &meta.signed_at {
        w.paragraph(
            MARGIN,
            9.0,
            &format!("{}：{} {signed}", label(mode, "pdf-e-signed"), meta.officer),
            false,
        );
    }
    // Lines to sign on, after their labels.
    for key in ["pdf-household-signature", "pdf-sign-date"] {
        w.gap(18.0);
        let text = format!("{}：", label(mode, key));
        let y = w.y - 9.5;
        w.text_at(MARGIN, y, 9.5, &text, false);
        let start = MARGIN + w.width(&text, 9.5) + 6.0;
        w.rule(start, start + 180.0, y - 2.0);
        w.gap(12.0);
    }
}

/// The annex: for every result that concerns the household, the reason, the conditions tested, the
/// verbatim clause, the continuation notice and the parameters with their sources.
fn annex(w: &mut Writer<'_>, mode: ReportLang, v: &DeterminationView, groups: &Groups<'_>) {
    w.heading(&label(mode, "notice-annex"));
    for (t, _) in both(mode, |l| tr(l, "notice-annex-hint")) {
        w.paragraph(MARGIN, 8.0, &t, true);
    }
    let declared: Vec<&ResultView> = v.results.iter().filter(|r| r.declared.is_some()).collect();
    if !declared.is_empty() {
        w.gap(3.0);
        w.paragraph(MARGIN, 9.5, &label(mode, "notice-declared"), false);
        for r in declared {
            for (l, gray) in langs(mode) {
                let computed = match (r.outcome, r.amount) {
                    (Outcome::Eligible, Some(a)) => amount_text(l, a),
                    _ => tr(l, outcome_key(r.outcome)),
                };
                let text = r.declared.as_ref().map_or_else(String::new, |d| {
                    format!(
                        "{} {}：{computed} — {}",
                        r.id,
                        r.name.get(l),
                        declared_text(l, d)
                    )
                });
                w.paragraph(MARGIN + 12.0, if gray { 7.5 } else { 8.5 }, &text, gray);
            }
        }
    }
    w.gap(3.0);
    for (t, gray) in both(mode, |l| tr(l, "ui-per-capita-income")) {
        w.paragraph(
            MARGIN,
            if gray { 8.0 } else { 9.5 },
            t.trim_end_matches(['：', ':']),
            gray,
        );
    }
    for step in &v.income.steps {
        for (t, _) in both(mode, |l| step.get(l).to_owned()) {
            w.paragraph(MARGIN + 20.0, 7.5, &format!("· {t}"), true);
        }
    }
    for r in groups.relevant() {
        w.need(40.0);
        w.gap(3.0);
        for (l, gray) in langs(mode) {
            let amount = r.amount.map(|a| amount_text(l, a)).unwrap_or_default();
            let head = format!(
                "{}  {}  —  {}  {}",
                r.id,
                r.name.get(l),
                tr(l, outcome_key(r.outcome)),
                amount
            );
            w.paragraph(MARGIN, if gray { 8.0 } else { 9.5 }, &head, gray);
        }
        for (t, gray) in both(mode, |l| r.reason.get(l).to_owned()) {
            w.paragraph(MARGIN + 12.0, 8.0, &t, gray);
        }
        let outside = |m: Option<u16>| {
            m.is_some_and(|k| r.members.iter().any(|x| x.member == k && !x.applicable))
        };
        // A household condition tested once per member (「家庭为低保家庭」) is printed once.
        let mut seen: Vec<&str> = Vec::new();
        for c in r.conditions.iter().filter(|c| !outside(c.member)) {
            if seen.contains(&c.text.zh.as_str()) {
                continue;
            }
            seen.push(&c.text.zh);
            for (t, _) in both(mode, |l| c.text.get(l).to_owned()) {
                w.paragraph(MARGIN + 20.0, 7.5, &format!("· {t}"), true);
            }
        }
        for c in &r.calculation {
            for (t, gray) in both(mode, |l| c.text.get(l).to_owned()) {
                w.paragraph(MARGIN + 20.0, 8.0, &format!("= {t}"), gray);
            }
        }
        for p in &r.parameters {
            w.paragraph(
                MARGIN + 20.0,
                7.5,
                &format!("· {} = {}（{}）", p.key, p.value, p.citation),
                true,
            );
        }
        w.paragraph(
            MARGIN + 12.0,
            7.5,
            &format!("{}：「{}」", r.citation, r.clause),
            true,
        );
        if let Some(notice) = &r.continued_by {
            for (t, _) in both(mode, |l| {
                let mut args = fluent_bundle::FluentArgs::new();
                args.set("notice", notice.clone());
                crate::i18n::tr_args(l, "continued-by", Some(&args))
            }) {
                w.paragraph(MARGIN + 12.0, 7.5, &t, true);
            }
        }
    }
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
