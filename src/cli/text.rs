//! The determination as terminal text: header and notices, then the four groups (granted, to
//! check, near misses, a count of the rules that do not apply), then the next steps.

use std::fmt::Write as _;

use fluent_bundle::FluentArgs;
use unicode_width::UnicodeWidthStr;

use super::pad;
use wenzhou_assess::engine::Outcome;
use wenzhou_assess::explain::arithmetic::declared_text;
use wenzhou_assess::explain::groups::{Group, Groups};
use wenzhou_assess::explain::next_steps::{NextSteps, fact_label};
use wenzhou_assess::explain::{DeterminationView, ResultView, amount_text, outcome_key};
use wenzhou_assess::i18n::{Lang, tr, tr_args};
use wenzhou_assess::policy::ParamSet;

/// Renders the determination; `all` also lists the rules that do not apply.
pub(crate) fn render_text(v: &DeterminationView, set: &ParamSet, lang: Lang, all: bool) -> String {
    let mut s = String::new();
    header(&mut s, v, set, lang);
    let groups = Groups::of(v);
    granted(&mut s, &groups, lang);
    totals(&mut s, v, lang);
    for group in [Group::ToCheck, Group::NearMiss] {
        let rows = groups.get(group);
        let screened = if group == Group::ToCheck {
            v.screening.len()
        } else {
            0
        };
        let _ = writeln!(
            s,
            "\n== {} ({}) ==",
            tr(lang, group.key()),
            rows.len() + screened
        );
        if group == Group::ToCheck {
            for sc in &v.screening {
                let _ = writeln!(
                    s,
                    "[{}] {}",
                    tr(lang, "notice-prescreen"),
                    sc.text.get(lang)
                );
            }
        }
        if rows.is_empty() && screened == 0 {
            let _ = writeln!(s, "{}", tr(lang, "group-none"));
        }
        for r in rows {
            let _ = writeln!(s, "{}", line(r, lang));
        }
    }
    let outside = groups.get(Group::NotApplicable);
    if all {
        let _ = writeln!(
            s,
            "\n== {} ({}) ==",
            tr(lang, Group::NotApplicable.key()),
            outside.len()
        );
        for r in outside {
            let _ = writeln!(s, "[{}] {}: {}", r.id, r.name.get(lang), r.reason.get(lang));
        }
    } else if !outside.is_empty() {
        let mut args = FluentArgs::new();
        args.set("count", outside.len());
        let _ = writeln!(
            s,
            "\n{} {}",
            tr_args(lang, "group-not-applicable-count", Some(&args)),
            tr(lang, "group-not-applicable-show")
        );
    }
    declared(&mut s, v, lang);
    next_steps(&mut s, &NextSteps::of(&groups), lang);
    s
}

/// What the household declared it receives beside what the rules compute.
fn declared(s: &mut String, v: &DeterminationView, lang: Lang) {
    let rows: Vec<&ResultView> = v.results.iter().filter(|r| r.declared.is_some()).collect();
    if rows.is_empty() {
        return;
    }
    let _ = writeln!(s, "\n== {} ==", tr(lang, "notice-declared"));
    for r in rows {
        let computed = match (r.outcome, r.amount) {
            (Outcome::Eligible, Some(a)) => amount_text(lang, a),
            _ => tr(lang, outcome_key(r.outcome)),
        };
        if let Some(d) = &r.declared {
            let _ = writeln!(
                s,
                "[{}] {}: {} — {}",
                r.id,
                r.name.get(lang),
                computed,
                declared_text(lang, d)
            );
        }
    }
}

fn header(s: &mut String, v: &DeterminationView, set: &ParamSet, lang: Lang) {
    let _ = writeln!(s, "{}", tr(lang, "cli-title"));
    if !set.is_official() {
        let _ = writeln!(s, "*** {} ***", tr(lang, "notice-example-params"));
    }
    let mut args = FluentArgs::new();
    args.set("date", v.date.to_string());
    args.set("pack", v.parameter_set.name.get(lang).to_owned());
    args.set("id", v.id[..16].to_owned());
    let _ = writeln!(s, "{}", tr_args(lang, "cli-header", Some(&args)));
    let mut args = FluentArgs::new();
    let pc = if v.income.per_capita_low == v.income.per_capita_high {
        v.income.per_capita_low.to_string()
    } else {
        format!("{}–{}", v.income.per_capita_low, v.income.per_capita_high)
    };
    args.set("members", v.income.members);
    args.set("per_capita", pc);
    let _ = writeln!(s, "{}", tr_args(lang, "cli-income", Some(&args)));
    for n in &v.notices {
        let _ = writeln!(s, "! {}", n.text.get(lang));
    }
    for w in &v.warnings {
        let _ = writeln!(s, "! {}", w.text.get(lang));
    }
}

/// The granted benefits as a table, and the continuation notices they rest on.
fn granted(s: &mut String, groups: &Groups<'_>, lang: Lang) {
    let rows = &groups.granted;
    let _ = writeln!(
        s,
        "\n== {} ({}) ==",
        tr(lang, Group::Granted.key()),
        rows.len()
    );
    if rows.is_empty() {
        let _ = writeln!(s, "{}", tr(lang, "group-none"));
        return;
    }
    let name_w = rows
        .iter()
        .map(|r| r.name.get(lang).width())
        .max()
        .unwrap_or(10)
        .min(34);
    let _ = writeln!(
        s,
        "{}  {}  {}  {}",
        pad(&tr(lang, "col-rule"), 7),
        pad(&tr(lang, "col-benefit"), name_w),
        pad(&tr(lang, "col-amount"), 26),
        tr(lang, "col-clause")
    );
    for r in rows {
        let amount = r.amount.map(|a| amount_text(lang, a)).unwrap_or_default();
        let _ = writeln!(
            s,
            "{}  {}  {}  {}{}",
            pad(r.id, 7),
            pad(r.name.get(lang), name_w),
            pad(&amount, 26),
            r.citation,
            if r.continued_by.is_some() { " *" } else { "" }
        );
    }
    // A result under a continued document: the notice that continues it, once per notice.
    let mut notices: Vec<&str> = rows
        .iter()
        .filter_map(|r| r.continued_by.as_deref())
        .collect();
    notices.dedup();
    for notice in notices {
        let mut args = FluentArgs::new();
        args.set("notice", notice);
        let _ = writeln!(s, "* {}", tr_args(lang, "continued-by", Some(&args)));
    }
}

/// The cash totals, printed whatever is granted.
fn totals(s: &mut String, v: &DeterminationView, lang: Lang) {
    let _ = writeln!(
        s,
        "{}",
        wenzhou_assess::explain::totals_text(lang, &v.totals)
    );
}

/// One item to check or near miss: its outcome, its reason, and for a referral who decides.
fn line(r: &ResultView, lang: Lang) -> String {
    let mut out = format!(
        "[{}] {}（{}）: {}",
        r.id,
        r.name.get(lang),
        tr(lang, outcome_key(r.outcome)),
        r.reason.get(lang)
    );
    if r.outcome == Outcome::Refer {
        let mut args = FluentArgs::new();
        args.set("department", tr(lang, r.department.key()));
        let _ = write!(out, " — {}", tr_args(lang, "group-decides", Some(&args)));
    }
    if lang == Lang::En {
        out = out.replacen('（', " (", 1).replacen('）', ")", 1);
    }
    out
}

fn next_steps(s: &mut String, steps: &NextSteps, lang: Lang) {
    let _ = writeln!(s, "\n== {} ==", tr(lang, "notice-next-steps"));
    if !steps.departments.is_empty() {
        let _ = writeln!(s, "{}:", tr(lang, "notice-departments"));
        for d in &steps.departments {
            let _ = writeln!(s, "  - {}: {}", d.name.get(lang), d.rules.join(", "));
        }
    }
    if !steps.documents.is_empty() {
        let _ = writeln!(s, "{}:", tr(lang, "notice-documents"));
        for p in &steps.documents {
            let facts: Vec<String> = p.facts.iter().map(|f| fact_label(lang, f)).collect();
            let mut uniq: Vec<String> = Vec::new();
            for f in facts {
                if !uniq.contains(&f) {
                    uniq.push(f);
                }
            }
            let mut args = FluentArgs::new();
            args.set("facts", uniq.join(tr(lang, "sep-list").as_str()));
            let _ = writeln!(
                s,
                "  [ ] {} — {}",
                p.name.get(lang),
                tr_args(lang, "notice-proves", Some(&args))
            );
        }
    }
    if !steps.office_values.is_empty() {
        let mut args = FluentArgs::new();
        args.set("keys", steps.office_values.join(", "));
        let _ = writeln!(s, "{}", tr_args(lang, "notice-office-values", Some(&args)));
    }
    let _ = writeln!(s, "{}", tr(lang, "notice-apply"));
    let _ = writeln!(s, "{}", tr(lang, "notice-not-a-decision"));
    let _ = writeln!(s, "{}", tr(lang, "notice-objection"));
}
