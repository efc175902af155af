//! The notice proper: who assessed and under which law, the household, the summary table of what
//! concerns it (granted, to check, near misses), the next steps, and the signatures.

use super::layout::{Writer, both, joined, label, primary};
use super::{MARGIN, PAGE_W};
use crate::engine::{Notice, Outcome};
use crate::explain::groups::{Group, Groups};
use crate::explain::next_steps::{NextSteps, fact_label};
use crate::explain::{DeterminationView, ResultView, amount_text, outcome_key};
use crate::household::mask_id_number;
use crate::i18n::{Lang, tr};
use crate::report::{ReportLang, ReportMeta};

/// Who assessed, when, and under which law: the packs and updates, the continuation notices, and
/// the marker of a historical assessment. Documents not in force on the date go to the annex.
pub(super) fn law_in_force(
    w: &mut Writer<'_>,
    mode: ReportLang,
    v: &DeterminationView,
    meta: &ReportMeta,
) {
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

/// The household: members and the per-capita income of the 低保 test.
pub(super) fn household(w: &mut Writer<'_>, mode: ReportLang, v: &DeterminationView) {
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
pub(super) const COLS: [f32; 5] = [
    MARGIN,
    MARGIN + 240.0,
    MARGIN + 280.0,
    MARGIN + 365.0,
    MARGIN + 425.0,
];

/// One table row; the benefit and the clause wrap within their columns.
pub(super) fn row(w: &mut Writer<'_>, cells: [&str; 5], size: f32, gray: bool) {
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
pub(super) fn short_citation(r: &ResultView) -> String {
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

/// The summary table: granted, to check and near misses, one row each with the department that
/// decides, then the totals and a count of the rules that do not apply. What a near miss lacks is
/// one line under its row; what an item to check needs is in the next steps' checklist.
pub(super) fn summary(
    w: &mut Writer<'_>,
    mode: ReportLang,
    v: &DeterminationView,
    groups: &Groups<'_>,
) {
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
    for (t, gray) in both(mode, |l| crate::explain::totals_text(l, &v.totals)) {
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
pub(super) fn pending(w: &mut Writer<'_>, mode: ReportLang, rows: &[&ResultView]) {
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

/// Next steps: the documents to bring, where to ask, and what the notice is and is not.
pub(super) fn next_steps(w: &mut Writer<'_>, mode: ReportLang, steps: &NextSteps) {
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
pub(super) fn signatures(w: &mut Writer<'_>, mode: ReportLang, meta: &ReportMeta) {
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
