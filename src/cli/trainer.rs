//! Trainer commands: `assess --compare` (one household under 2–4 scenarios or dates) and `batch`
//! (a caseload under scenarios, with the cost and the households gaining or losing each benefit).

use std::fmt::Write as _;

use chrono::NaiveDate;
use fluent_bundle::FluentArgs;
use rust_decimal::Decimal;
use wenzhou_assess::analysis::{BatchSummary, Column, Comparison, compare};
use wenzhou_assess::explain::{amount_text, outcome_key};
use wenzhou_assess::household::Household;
use wenzhou_assess::i18n::{Lang, tr, tr_args};
use wenzhou_assess::policy::ParamSet;
use wenzhou_assess::policy::pack::Pack;

use super::pad;

/// A column asked for with `--compare`: a date, a pack name, or a scenario file.
pub(super) enum CompareSpec {
    /// The base set on another date.
    Date(NaiveDate),
    /// Another parameter set on the base date, with its label.
    Set(String, ParamSet),
}

/// Reads `--compare` values: `YYYY-MM-DD`, `official`, `training`, or a scenario file layered on
/// the base set.
pub(super) fn compare_specs(
    values: &[String],
    base: &ParamSet,
    lang: Lang,
) -> Result<Vec<CompareSpec>, String> {
    values
        .iter()
        .map(|v| {
            if let Ok(d) = v.parse::<NaiveDate>() {
                return Ok(CompareSpec::Date(d));
            }
            let set = match v.as_str() {
                "official" => ParamSet::official().map_err(|e| e.to_string())?,
                "training" => ParamSet::training().map_err(|e| e.to_string())?,
                path => {
                    let text = std::fs::read_to_string(path).map_err(|e| format!("{path}: {e}"))?;
                    let pack = Pack::parse(path, &text).map_err(|e| e.to_string())?;
                    base.clone().with_layer(pack).map_err(|e| e.to_string())?
                }
            };
            Ok(CompareSpec::Set(set_label(&set, lang), set))
        })
        .collect()
}

/// A parameter set's name as shown: its top layer's name in the user's language.
fn set_label(set: &ParamSet, lang: Lang) -> String {
    set.layers()
        .last()
        .map_or_else(String::new, |l| match lang {
            Lang::Zh => l.header.name_zh.clone(),
            Lang::En => l.header.name_en.clone(),
        })
}

/// The comparison of `h` under the base column and the `--compare` columns.
pub(super) fn comparison(
    h: &Household,
    date: NaiveDate,
    base: &ParamSet,
    specs: &[CompareSpec],
    lang: Lang,
) -> Result<Comparison, String> {
    let base_label = set_label(base, lang);
    let labels: Vec<String> = specs
        .iter()
        .map(|s| match s {
            CompareSpec::Date(d) => d.to_string(),
            CompareSpec::Set(label, _) => label.clone(),
        })
        .collect();
    let mut columns = vec![Column {
        label: &base_label,
        date,
        set: base,
    }];
    for (s, label) in specs.iter().zip(&labels) {
        columns.push(match s {
            CompareSpec::Date(d) => Column {
                label,
                date: *d,
                set: base,
            },
            CompareSpec::Set(_, set) => Column { label, date, set },
        });
    }
    compare(h, &columns).map_err(|e| e.to_string())
}

/// The comparison as a text table: changed benefits first, with each column's outcome and amount,
/// the difference, the values that differ and each column's reason.
pub(super) fn render_comparison(c: &Comparison, lang: Lang) -> String {
    let mut s = String::new();
    let _ = writeln!(s, "{}", tr(lang, "cli-compare-title"));
    for (i, label) in c.labels.iter().enumerate() {
        let t = &c.totals[i];
        let mut args = FluentArgs::new();
        args.set("label", label.clone());
        args.set("date", c.dates[i].to_string());
        args.set("monthly", t.monthly.to_string());
        args.set("yearly", t.yearly.to_string());
        let _ = writeln!(
            s,
            "  [{}] {}",
            i + 1,
            tr_args(lang, "cli-compare-column", Some(&args))
        );
    }
    let cell = |o: Option<wenzhou_assess::engine::Outcome>,
                a: Option<wenzhou_assess::engine::Amount>| match o {
        None => tr(lang, "cli-compare-not-in-force"),
        Some(o) => {
            let mut t = tr(lang, outcome_key(o));
            if let Some(a) = a {
                t.push(' ');
                t.push_str(&amount_text(lang, a));
            }
            t
        }
    };
    let changed: Vec<_> = c.rows.iter().filter(|r| r.changed).collect();
    let _ = writeln!(s, "\n{}", tr(lang, "cli-compare-changed"));
    if changed.is_empty() {
        let _ = writeln!(s, "  {}", tr(lang, "cli-compare-none"));
    }
    for r in changed {
        let _ = writeln!(s, "[{}] {}  {}", r.id, r.name.get(lang), r.citation);
        for (i, label) in c.labels.iter().enumerate() {
            let mut line = format!("  {} {}", pad(label, 14), cell(r.outcomes[i], r.amounts[i]));
            if let Some(Some(d)) = r.differences.get(i).filter(|_| i > 0)
                && !d.is_zero()
            {
                let sign = if *d > Decimal::ZERO { "+" } else { "" };
                let _ = write!(line, "  ({sign}{d})");
            }
            let _ = writeln!(s, "{line}");
            if let Some(Some(reason)) = r.reasons.get(i) {
                let _ = writeln!(s, "      {}", reason.get(lang));
            }
        }
        for (key, values) in &r.changed_parameters {
            let shown: Vec<String> = values
                .iter()
                .map(|v| v.clone().unwrap_or_else(|| "—".to_owned()))
                .collect();
            let _ = writeln!(s, "  {}: {}", key, shown.join(" → "));
        }
    }
    let unchanged = c.rows.iter().filter(|r| !r.changed).count();
    let mut args = FluentArgs::new();
    args.set("count", unchanged);
    let _ = writeln!(
        s,
        "\n{}",
        tr_args(lang, "cli-compare-unchanged", Some(&args))
    );
    s
}

/// The batch summary as text: per scenario the cost and recipients, against the baseline the
/// difference and the households gaining or losing each benefit, and the cost by area.
pub(super) fn render_batch(b: &BatchSummary, lang: Lang) -> String {
    let mut s = String::new();
    let Some(base) = b.scenarios.first() else {
        return s;
    };
    let mut args = FluentArgs::new();
    args.set("date", b.date.to_string());
    args.set("count", base.households);
    let _ = writeln!(s, "{}", tr_args(lang, "cli-batch-title", Some(&args)));
    for t in &b.scenarios {
        let mut args = FluentArgs::new();
        args.set("label", t.label.clone());
        args.set("monthly", t.monthly.to_string());
        args.set("yearly", t.yearly.to_string());
        args.set("once", t.once.to_string());
        args.set("invalid", t.invalid);
        let _ = writeln!(s, "\n{}", tr_args(lang, "cli-batch-scenario", Some(&args)));
        if t.label != base.label {
            let mut args = FluentArgs::new();
            args.set("monthly", (t.monthly - base.monthly).to_string());
            args.set("yearly", (t.yearly - base.yearly).to_string());
            let _ = writeln!(
                s,
                "  {}",
                tr_args(lang, "cli-batch-difference", Some(&args))
            );
        }
        for (id, n) in &t.eligible {
            let gained = t.gains.get(id).copied().unwrap_or(0);
            let lost = t.losses.get(id).copied().unwrap_or(0);
            let mut line = format!("  {} {}", pad(id, 8), n);
            if gained + lost > 0 {
                let _ = write!(line, "  (+{gained} −{lost})");
            }
            let _ = writeln!(s, "{line}");
        }
        for (id, lost) in t
            .losses
            .iter()
            .filter(|(id, _)| !t.eligible.contains_key(*id))
        {
            let _ = writeln!(s, "  {} 0  (−{lost})", pad(id, 8));
        }
        let _ = writeln!(s, "  {}", tr(lang, "cli-batch-by-area"));
        for (area, yearly) in &t.yearly_by_area {
            let name = if *area == "unknown" {
                tr(lang, "cli-batch-area-unknown")
            } else {
                tr(lang, &format!("code-{area}"))
            };
            let _ = writeln!(s, "    {} {yearly}", pad(&name, 12));
        }
    }
    s
}
