//! The annex after the signatures: declared against computed, the income test item by item, and for
//! each result that concerns the household its reason, conditions, arithmetic, parameters and
//! verbatim clause; then the documents not in force on the date.

use super::MARGIN;
use super::layout::{Writer, both, label, langs};
use crate::engine::{Notice, Outcome};
use crate::explain::arithmetic::declared_text;
use crate::explain::groups::Groups;
use crate::explain::{DeterminationView, ResultView, amount_text, outcome_key};
use crate::i18n::tr;
use crate::report::ReportLang;

/// The annex: for every result that concerns the household, the reason, the conditions tested, the
/// verbatim clause, the continuation notice and the parameters with their sources.
pub(super) fn annex(
    w: &mut Writer<'_>,
    mode: ReportLang,
    v: &DeterminationView,
    groups: &Groups<'_>,
) {
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

/// The documents not in force on the assessment date, whose rules were not assessed: at the end of
/// the annex.
pub(super) fn documents_not_in_force(w: &mut Writer<'_>, mode: ReportLang, v: &DeterminationView) {
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
