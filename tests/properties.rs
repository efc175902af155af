//! Property tests of invariants the law implies:
//! - removing an income item never lowers the 低保 allowance (INC-01 is the gap to the standard);
//! - a fact that decides a rule, when unknown, never gives `eligible` or `ineligible` for it.

#![allow(clippy::unwrap_used)]

mod common;

use common::*;
use proptest::prelude::*;
use rust_decimal::Decimal;
use std::collections::BTreeSet;

use serde_json::{Value, json};
use wenzhou_assess::engine::{Amount, AmountKind, Assessor, Outcome, TraceMode, assess};
use wenzhou_assess::household::{Household, Member};
use wenzhou_assess::policy::ParamSet;

fn income_item() -> impl Strategy<Value = Value> {
    (
        prop_oneof![
            Just("wages"),
            Just("self_employment"),
            Just("public_welfare_post"),
            Just("pension"),
            Just("other"),
            Just("outsourced_processing"),
            Just("veteran_supplement"),
        ],
        0u32..4000,
        prop_oneof![Just("month"), Just("year")],
        prop::bool::ANY,
        0u32..60,
    )
        .prop_map(|(kind, amount, period, first, months_ago)| {
            // Job starts between 2020-07 and 2025-06 relative to an assessment on 2025-06-15.
            let start = chrono::NaiveDate::from_ymd_opt(2025, 6, 1)
                .unwrap()
                .checked_sub_months(chrono::Months::new(months_ago))
                .unwrap();
            json!({ "kind": kind, "amount": amount.to_string(), "period": period,
                    "job_start": start.to_string(), "first_job_since_recognition": first })
        })
}

fn dibao_household(incomes: Vec<Vec<Value>>, disabled: Vec<bool>) -> Value {
    let members: Vec<Value> = incomes
        .into_iter()
        .zip(disabled)
        .enumerate()
        .map(|(i, (items, dis))| {
            let mut m = plain_member(if i == 0 { "applicant" } else { "child" }, "1980-01-01");
            m["incomes"] = json!(items);
            m["disabled"] = json!(dis);
            m
        })
        .collect();
    plain_household("lucheng", "dibao", members)
}

fn allowance(v: &Value) -> Decimal {
    let d = training(&household(v.clone()), "2025-06-15");
    let r = d.result("INC-01").unwrap();
    assert_ne!(r.outcome, Outcome::Undetermined, "all facts are known");
    r.amount.map(|a| a.value).unwrap_or_default()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    #[test]
    fn removing_an_income_item_never_lowers_the_dibao_allowance(
        incomes in prop::collection::vec(prop::collection::vec(income_item(), 0..4), 1..5),
        disabled in prop::collection::vec(prop::bool::ANY, 5),
        pick in 0usize..20,
    ) {
        let n = incomes.len();
        let v = dibao_household(incomes.clone(), disabled[..n].to_vec());
        let before = allowance(&v);
        let items: Vec<(usize, usize)> = incomes
            .iter()
            .enumerate()
            .flat_map(|(m, list)| (0..list.len()).map(move |k| (m, k)))
            .collect();
        prop_assume!(!items.is_empty());
        let (m, k) = items[pick % items.len()];
        let mut fewer = incomes;
        fewer[m].remove(k);
        let after = allowance(&dibao_household(fewer, disabled[..n].to_vec()));
        prop_assert!(after >= before, "removing item {k} of member {m}: {before} → {after}");
    }
}

/// Boolean facts of a member that vary across the generated households.
const MEMBER_FACTS: &[&str] = &[
    "veteran",
    "disabled",
    "vulnerable_child",
    "student_aid_recipient",
    "adult_exam_certificate",
    "adult_not_independent",
    "resident_pension_enrolled",
    "supplementary_insurance_enrolled",
    "chronic_outpatient",
    "special_disease",
    "retired_employee",
    "frontline_worker",
    "in_kind_rental_allocated",
    "dementia",
    "institution_placement_approved",
    "employment_difficulty",
    "registered_in_wenzhou",
];

/// Boolean facts of the household that vary across the generated households.
const HOUSEHOLD_FACTS: &[&str] = &[
    "rural",
    "low_income_farmer",
    "hardship_worker_family",
    "fp_hardship_family",
    "youfu_family",
    "county_special_hardship",
    "hardship_event",
    "complex_case",
];

fn varied_household() -> impl Strategy<Value = Value> {
    (
        prop_oneof![Just("lucheng"), Just("ruian"), Just("outside_wenzhou")],
        prop_oneof![Just("dibao"), Just("dibian"), Just("none")],
        prop::collection::vec(
            (
                1940i32..2020,
                prop_oneof![Just("no"), Just("dispersed"), Just("concentrated_social")],
                prop_oneof![
                    Just("none"),
                    Just("primary"),
                    Just("senior_high"),
                    Just("bachelor")
                ],
                prop::collection::vec(prop::bool::ANY, MEMBER_FACTS.len()),
                prop::collection::vec(income_item(), 0..2),
            ),
            1..4,
        ),
        prop::collection::vec(prop::bool::ANY, HOUSEHOLD_FACTS.len()),
    )
        .prop_map(|(area, status, members, hh_facts)| {
            let members: Vec<Value> = members
                .into_iter()
                .enumerate()
                .map(|(i, (year, tekun, school, facts, incomes))| {
                    let mut m = plain_member(
                        if i == 0 { "applicant" } else { "child" },
                        &format!("{year}-03-15"),
                    );
                    m["tekun"] = json!(tekun);
                    m["self_care"] = json!("mildly_lost");
                    m["schooling"] = json!(school);
                    m["tuition_paid_yearly"] = json!("5000");
                    m["frontline_rent_months_received"] = json!(3);
                    for (f, b) in MEMBER_FACTS.iter().zip(facts) {
                        m[*f] = json!(b);
                    }
                    if m["disabled"] == json!(true) {
                        m["disability_grade"] = json!(2);
                    }
                    m["incomes"] = json!(incomes);
                    m
                })
                .collect();
            let mut v = plain_household(area, status, members);
            for (f, b) in HOUSEHOLD_FACTS.iter().zip(hh_facts) {
                v[*f] = json!(b);
            }
            v
        })
}

/// Every rule's outcome and amount for a household given as JSON, or `None` if the facts do not load
/// or are inconsistent on the date (such a variant says nothing about the rules).
fn outcomes(v: &Value, on: &str) -> Option<Vec<(&'static str, Outcome, Option<Amount>)>> {
    static SET: std::sync::OnceLock<ParamSet> = std::sync::OnceLock::new();
    let set = SET.get_or_init(|| ParamSet::training().unwrap());
    let h: Household = serde_json::from_value(v.clone()).ok()?;
    let d = assess(&h, date(on), set, TraceMode::Off).ok()?;
    Some(
        d.results
            .iter()
            .map(|r| (r.meta.id, r.outcome, r.amount))
            .collect(),
    )
}

/// A fact a rule may read: its path in the household JSON and the values it can take.
struct Fact {
    /// `["members", 0, "elderly_services", "gua"]`-like path, as strings (indices as digits).
    path: Vec<String>,
    values: Vec<Value>,
}

/// The `$defs` entry a property refers to, if any.
fn referenced<'a>(defs: &'a Value, property: &Value) -> Option<&'a Value> {
    let reference = property
        .get("$ref")
        .or_else(|| {
            property
                .get("anyOf")
                .and_then(Value::as_array)
                .and_then(|alts| alts.iter().find_map(|a| a.get("$ref")))
        })?
        .as_str()?;
    defs.get(reference.rsplit('/').next()?)
}

/// Whether a property may be absent or null as an unknown fact. A field whose description gives its
/// absence a meaning (`absent: not in training`) is not unknown when absent, and is left out.
fn nullable(property: &Value) -> bool {
    if property
        .get("description")
        .and_then(Value::as_str)
        .is_some_and(|d| d.contains("absent:"))
    {
        return false;
    }
    let types = |t: &Value| match t {
        Value::String(s) => s == "null",
        Value::Array(a) => a.iter().any(|x| x == "null"),
        _ => false,
    };
    property.get("type").is_some_and(types)
        || property
            .get("anyOf")
            .and_then(Value::as_array)
            .is_some_and(|a| a.iter().any(|x| x.get("type").is_some_and(types)))
}

/// The values a fact takes in the test: every variant of an enum, both booleans, a spread of numbers,
/// amounts and dates.
fn values_of(defs: &Value, property: &Value) -> Vec<Value> {
    if let Some(def) = referenced(defs, property) {
        let mut out: Vec<Value> = def
            .get("enum")
            .and_then(Value::as_array)
            .cloned()
            .unwrap_or_default();
        for alt in def
            .get("oneOf")
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
        {
            if let Some(c) = alt.get("const") {
                out.push(c.clone());
            }
            out.extend(
                alt.get("enum")
                    .and_then(Value::as_array)
                    .cloned()
                    .unwrap_or_default(),
            );
        }
        return out;
    }
    let ty = property.get("type").cloned().unwrap_or(Value::Null);
    let has = |t: &str| ty == t || ty.as_array().is_some_and(|a| a.iter().any(|x| x == t));
    if has("boolean") {
        vec![json!(true), json!(false)]
    } else if has("integer") {
        let max = property
            .get("maximum")
            .and_then(Value::as_u64)
            .unwrap_or(u64::MAX);
        [0u64, 1, 3, 12, 36]
            .into_iter()
            .filter(|n| *n <= max)
            .map(|n| json!(n))
            .collect()
    } else if property.get("format").and_then(Value::as_str) == Some("date") {
        ["1938-03-15", "1962-03-15", "2012-03-15", "2024-09-01"]
            .map(|d| json!(d))
            .to_vec()
    } else if property.get("pattern").is_some() {
        ["0", "300", "1500", "60000"].map(|a| json!(a)).to_vec()
    } else {
        Vec::new()
    }
}

/// The facts of a household: the household's own, each member's, one level into each record
/// (`elderly_services`, `rehab`, …), and the first item of each list (an income, an episode).
fn facts(v: &Value) -> Vec<Fact> {
    let mut out = Vec::new();
    let member_schema = schemars::schema_for!(Member);
    let household_schema = schemars::schema_for!(Household);
    let mut add = |schema: &Value, prefix: Vec<String>, node: &Value| {
        let defs = schema.get("$defs").cloned().unwrap_or(Value::Null);
        let props = schema["properties"]
            .as_object()
            .cloned()
            .unwrap_or_default();
        for (name, property) in &props {
            if ["members", "reference", "name", "id_number"].contains(&name.as_str()) {
                continue;
            }
            let mut path = prefix.clone();
            path.push(name.clone());
            let values = values_of(&defs, property);
            if !values.is_empty() {
                if nullable(property) {
                    out.push(Fact { path, values });
                }
                continue;
            }
            // A record (one level down) or a list's first item.
            let (sub, item_path) = match property.get("items") {
                Some(items) => match referenced(&defs, items) {
                    Some(def)
                        if node
                            .get(name)
                            .and_then(Value::as_array)
                            .is_some_and(|a| !a.is_empty()) =>
                    {
                        let mut p = path.clone();
                        p.push("0".into());
                        (def, p)
                    }
                    _ => continue,
                },
                None => match referenced(&defs, property) {
                    Some(def) => (def, path),
                    None => continue,
                },
            };
            for (field, sp) in sub
                .get("properties")
                .and_then(Value::as_object)
                .into_iter()
                .flatten()
            {
                let values = values_of(&defs, sp);
                if !values.is_empty() && nullable(sp) {
                    let mut p = item_path.clone();
                    p.push(field.clone());
                    out.push(Fact { path: p, values });
                }
            }
        }
    };
    add(household_schema.as_value(), Vec::new(), v);
    for (i, m) in v["members"].as_array().into_iter().flatten().enumerate() {
        add(
            member_schema.as_value(),
            vec!["members".into(), i.to_string()],
            m,
        );
    }
    out
}

/// `v` with the fact at `path` set to `value` (`None`: removed, unknown), creating records on the way.
fn with_fact(v: &Value, path: &[String], value: Option<&Value>) -> Value {
    let mut w = v.clone();
    let mut node = &mut w;
    for step in &path[..path.len() - 1] {
        node = match step.parse::<usize>() {
            Ok(i) if node.is_array() => &mut node[i],
            _ => {
                if node.get(step).is_none_or(Value::is_null) {
                    node[step.as_str()] = json!({});
                }
                &mut node[step.as_str()]
            }
        };
    }
    let last = path[path.len() - 1].as_str();
    match value {
        Some(x) => node[last] = x.clone(),
        None => {
            if let Some(o) = node.as_object_mut() {
                o.remove(last);
            }
        }
    }
    w
}

/// The contract of the engine, for every rule and every fact it reads: if the known values of a fact
/// give different outcomes (or different amounts), the fact decides the rule, and with the fact
/// unknown the rule must be `undetermined` (or, for an amount, give a bound, not an exact figure).
/// Facts of every kind the schema has — yes/no, numbers, amounts, dates, choices, records and list
/// items — over varied generated households on two dates.
#[test]
fn an_unknown_deciding_fact_never_gives_a_decided_outcome() {
    use proptest::strategy::ValueTree;
    let mut runner = proptest::test_runner::TestRunner::deterministic();
    let mut pairs = 0usize;
    let mut facts_seen = BTreeSet::new();
    let mut broken = BTreeSet::new();
    for round in 0..40 {
        let v = varied_household().new_tree(&mut runner).unwrap().current();
        let on = if round % 2 == 0 {
            "2025-06-15"
        } else {
            "2026-06-15"
        };
        for fact in facts(&v) {
            let known: Vec<_> = fact
                .values
                .iter()
                .filter_map(|x| outcomes(&with_fact(&v, &fact.path, Some(x)), on))
                .collect();
            let Some(unknown) = outcomes(&with_fact(&v, &fact.path, None), on) else {
                continue;
            };
            if known.len() < 2 {
                continue;
            }
            let field: Vec<&str> = fact
                .path
                .iter()
                .map(String::as_str)
                .filter(|s| s.parse::<usize>().is_err())
                .collect();
            let field = field.join(".");
            facts_seen.insert(field.clone());
            for (k, u) in unknown.iter().enumerate() {
                let outcomes: BTreeSet<_> = known.iter().map(|o| format!("{:?}", o[k].1)).collect();
                let amounts: BTreeSet<_> = known
                    .iter()
                    .map(|o| format!("{:?}", o[k].2.map(|a| (a.value, a.period, a.kind))))
                    .collect();
                if outcomes.len() == 1 && amounts.len() == 1 {
                    continue;
                }
                pairs += 1;
                let bound = u.2.is_some_and(|a| a.kind != AmountKind::Exact);
                let ok = u.1 == Outcome::Undetermined || (outcomes.len() == 1 && bound);
                if !ok {
                    if std::env::var_os("PROPERTY_DEBUG").is_some() {
                        eprintln!(
                            "{} {:?} {outcomes:?} {amounts:?} {:?}\n{v}",
                            u.0, fact.path, u.2
                        );
                    }
                    broken.insert(format!("{} ← {field} (unknown gave {:?})", u.0, u.1));
                }
            }
        }
    }
    eprintln!(
        "checked {pairs} (rule, fact) pairs where the fact decides, over {} facts",
        facts_seen.len()
    );
    assert!(
        broken.is_empty(),
        "{} rule/fact pairs decide silently:\n{}",
        broken.len(),
        broken.into_iter().collect::<Vec<_>>().join("\n")
    );
    assert!(
        pairs > 1000,
        "only {pairs} deciding pairs: the generator is too narrow"
    );
}

/// Issue 15: outside a rule's target group the result is ineligible, for the household and for
/// every member, over the same generated households and every value of each fact (unknown
/// included); and every rule that tests a condition tests its group.
#[test]
fn outside_the_target_group_a_rule_is_always_ineligible() {
    use proptest::strategy::ValueTree;
    let set = ParamSet::training().unwrap();
    let mut runner = proptest::test_runner::TestRunner::deterministic();
    let (mut checked, mut outside) = (0usize, 0usize);
    let mut broken = BTreeSet::new();
    for round in 0..12 {
        let v = varied_household().new_tree(&mut runner).unwrap().current();
        let on = if round % 2 == 0 {
            "2025-06-15"
        } else {
            "2024-06-15"
        };
        let mut variants = vec![v.clone()];
        for fact in facts(&v) {
            variants.push(with_fact(&v, &fact.path, None));
            variants.extend(
                fact.values
                    .iter()
                    .map(|x| with_fact(&v, &fact.path, Some(x))),
            );
        }
        for variant in variants {
            let Ok(h) = serde_json::from_value::<Household>(variant) else {
                continue;
            };
            let Ok(d) = assess(&h, date(on), &set, TraceMode::On) else {
                continue;
            };
            for (i, r) in d.results.iter().enumerate() {
                checked += 1;
                let index = u16::try_from(i).unwrap();
                // A rule stopped by a missing parameter tests nothing; any other tests its group.
                let mut tested = d.conditions_of(index).peekable();
                if tested.peek().is_some() && !tested.any(|c| c.group) {
                    broken.insert(format!("{} declares no group", r.meta.id));
                }
                if !r.applicable {
                    outside += 1;
                    if r.outcome != Outcome::Ineligible {
                        broken.insert(format!("{} {:?} outside its group", r.meta.id, r.outcome));
                    }
                }
            }
            for m in d.members.iter().filter(|m| !m.applicable) {
                if m.outcome != Outcome::Ineligible {
                    let id = d.results[usize::from(m.rule)].meta.id;
                    broken.insert(format!("{id} member {:?} outside its group", m.outcome));
                }
            }
        }
    }
    eprintln!("checked {checked} results, {outside} outside their group");
    assert!(
        outside > 1000 && checked > 10 * outside / 9,
        "{checked} / {outside}"
    );
    assert!(broken.is_empty(), "{broken:#?}");
}

/// Issue 16: the path without a trace (batches, sweeps) gives exactly the traced path's outcomes,
/// amounts, forms, stacking and member results, field by field, over a synthetic caseload and the
/// generated households with every value of each fact, on two dates. One [`Assessor`] per date
/// runs every household, so that a list left over from one household would show in the next.
/// `FAST_PATH_HOUSEHOLDS` sets the size of the synthetic caseload (default 20 000).
#[test]
fn the_untraced_path_gives_the_traced_results() {
    use proptest::strategy::ValueTree;
    use wenzhou_assess::analysis::synthetic_caseload;
    let set = ParamSet::training().unwrap();
    let n = std::env::var("FAST_PATH_HOUSEHOLDS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(20_000);
    let mut households = synthetic_caseload(n, 3);
    let mut runner = proptest::test_runner::TestRunner::deterministic();
    for _ in 0..6 {
        let v = varied_household().new_tree(&mut runner).unwrap().current();
        for fact in facts(&v) {
            for x in &fact.values {
                if let Ok(h) = serde_json::from_value(with_fact(&v, &fact.path, Some(x))) {
                    households.push(h);
                }
            }
        }
    }
    let (mut compared, mut refused) = (0usize, 0usize);
    for on in ["2024-06-15", "2025-06-15"] {
        let mut fast = Assessor::new(&set, date(on), TraceMode::Off);
        for h in &households {
            let params = set.resolve(date(on), h.hukou_area);
            let traced = assess(h, date(on), &set, TraceMode::On);
            let untraced = fast.run(h, &params);
            match (traced, untraced) {
                (Ok(traced), Ok(untraced)) => {
                    assert_eq!(untraced.results, traced.results.as_slice(), "{h:?}");
                    assert_eq!(untraced.members, traced.members.as_slice(), "{h:?}");
                    compared += 1;
                }
                (Err(a), Err(b)) => {
                    assert_eq!(a, b);
                    refused += 1;
                }
                (a, b) => panic!("one path refused the household: {a:?} / {b:?}"),
            }
        }
    }
    eprintln!("compared {compared} assessments ({refused} refused by both paths)");
    // Every household on both dates went through both paths; most of them assess (a household
    // whose facts postdate a date is refused, alike by both).
    assert_eq!(compared + refused, 2 * households.len());
    assert!(compared > households.len(), "{compared}");
}
