//! Promises of the project about itself: the core never imports the edges; every message key the
//! code uses exists in zh-CN and en; every catalogued rule is implemented or listed with the reason it
//! has no household result, and every cross-reference stub of rules-core §3 points to one that has.
#![allow(clippy::unwrap_used)]

use std::collections::BTreeSet;
use std::path::Path;

use wenzhou_assess::i18n::{Lang, message_ids};
use wenzhou_assess::policy::rules::{NOT_EVALUATED, REGISTRY};
use wenzhou_assess::policy::{ParamSet, all_rules};

fn rust_files(dir: &Path, out: &mut Vec<std::path::PathBuf>) {
    for e in std::fs::read_dir(dir).unwrap() {
        let p = e.unwrap().path();
        if p.is_dir() {
            rust_files(&p, out);
        } else if p.extension().is_some_and(|x| x == "rs") {
            out.push(p);
        }
    }
}

fn src() -> std::path::PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("src")
}

#[test]
fn the_core_never_imports_the_edges() {
    let mut files = Vec::new();
    for core in ["household", "policy", "engine", "analysis"] {
        rust_files(&src().join(core), &mut files);
        files.push(src().join(format!("{core}.rs")));
    }
    files.push(src().join("explain.rs"));
    files.push(src().join("i18n.rs"));
    for f in files {
        let text = std::fs::read_to_string(&f).unwrap();
        for edge in [
            "crate::ui",
            "crate::report",
            "crate::cases",
            "crate::cli",
            "egui",
            "rusqlite",
            "printpdf",
            "std::fs",
            "std::net",
        ] {
            assert!(!text.contains(edge), "{} uses {edge}", f.display());
        }
    }
}

#[test]
fn every_message_key_used_in_the_code_exists_in_both_languages() {
    let mut files = Vec::new();
    rust_files(&src(), &mut files);
    let mut used = BTreeSet::new();
    for f in &files {
        let text = std::fs::read_to_string(f).unwrap();
        for prefix in [
            "\"cond-",
            "\"warn-",
            "\"notice-",
            "\"reason-",
            "\"amount-",
            "\"period-",
            "\"outcome-",
            "\"cli-",
            "\"col-",
            "\"error-",
            "\"rules-",
            "\"params-",
            "\"value-",
            "\"unit-",
            "\"sep-",
            "\"stack-",
            "\"ui-",
            "\"opt-",
        ] {
            for (i, _) in text.match_indices(prefix) {
                let rest = &text[i + 1..];
                let end = rest.find('"').unwrap();
                let key = &rest[..end];
                if key
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
                    && !key.ends_with('-')
                {
                    used.insert(key.to_owned());
                }
            }
        }
    }
    for meta in all_rules() {
        used.insert(format!("rule-{}", meta.id));
    }
    let zh: BTreeSet<String> = message_ids(Lang::Zh).into_iter().collect();
    let en: BTreeSet<String> = message_ids(Lang::En).into_iter().collect();
    let missing_zh: Vec<_> = used.difference(&zh).collect();
    let missing_en: Vec<_> = used.difference(&en).collect();
    assert!(missing_zh.is_empty(), "zh-CN lacks {missing_zh:?}");
    assert!(missing_en.is_empty(), "en lacks {missing_en:?}");
    assert_eq!(zh, en, "the two languages have different keys");
}

#[test]
fn fact_labels_exist_for_every_missing_fact_the_engine_can_report() {
    let mut files = Vec::new();
    rust_files(&src(), &mut files);
    let zh: BTreeSet<String> = message_ids(Lang::Zh).into_iter().collect();
    let mut checked = 0;
    for f in &files {
        let text = std::fs::read_to_string(f).unwrap();
        for (i, _) in text.match_indices("field: \"") {
            let rest = &text[i + 8..];
            let field = &rest[..rest.find('"').unwrap()];
            assert!(
                zh.contains(&format!("fact-{}", field.replace('.', "-"))),
                "no label for {field}"
            );
            checked += 1;
        }
    }
    assert!(checked > 10);
}

/// The cross-reference stubs of rules-core §3: another rule's second ID, and the rule they point to.
const STUBS: &[(&str, &str)] = &[
    ("VET-04", "MED-07"),
    ("ELD-06", "UTL-04"),
    ("CHD-04", "MED-10"),
    ("CHD-05", "MED-20"),
    ("FP-03", "EDU-05"),
    ("DIS-07", "UTL-04"),
    ("UTL-02", "MED-10"),
    ("MED-19", "MED-10"),
];

#[test]
fn every_catalogued_rule_is_implemented_or_listed_with_a_stated_reason() {
    // Issue 4: every rule of 6号, 98号 and 94号 in the catalogue, not only the engine issue's scope.
    let implemented: BTreeSet<&str> = REGISTRY.iter().map(|(id, _)| *id).collect();
    let listed: BTreeSet<&str> = NOT_EVALUATED.iter().map(|(id, _)| *id).collect();
    for meta in all_rules() {
        assert!(
            implemented.contains(meta.id) || listed.contains(meta.id),
            "{} is neither implemented nor listed",
            meta.id
        );
        assert!(
            !(implemented.contains(meta.id) && listed.contains(meta.id)),
            "{} is both implemented and listed",
            meta.id
        );
    }
    // Every implemented rule is in the catalogue with a clause.
    for id in &implemented {
        let meta = all_rules()
            .find(|m| m.id == *id)
            .unwrap_or_else(|| panic!("{id} not catalogued"));
        assert!(!meta.clause.is_empty() && !meta.article.is_empty());
    }
    // Every listed rule has a reason, and is catalogued or a stub of §3.
    for (id, why) in NOT_EVALUATED {
        assert!(why.trim().len() > 5, "{id}: no reason");
        assert!(
            all_rules().any(|m| m.id == *id) || STUBS.iter().any(|(s, _)| s == id),
            "{id} is listed but neither catalogued nor a stub"
        );
    }
}

#[test]
fn every_cross_reference_stub_is_listed_and_points_to_a_rule_with_a_result_or_a_reason() {
    let implemented: BTreeSet<&str> = REGISTRY.iter().map(|(id, _)| *id).collect();
    for (stub, target) in STUBS {
        let (_, why) = NOT_EVALUATED
            .iter()
            .find(|(id, _)| id == stub)
            .unwrap_or_else(|| panic!("{stub} is not listed"));
        assert!(
            why.contains(target),
            "{stub}: the reason does not name {target}"
        );
        assert!(
            implemented.contains(target) || NOT_EVALUATED.iter().any(|(id, _)| id == target),
            "{stub} points to {target}, which is neither implemented nor listed"
        );
    }
}

#[test]
fn the_registry_and_the_list_are_sorted_by_rule_id() {
    let ids: Vec<&str> = REGISTRY.iter().map(|(id, _)| *id).collect();
    let mut sorted = ids.clone();
    sorted.sort_unstable();
    assert_eq!(ids, sorted);
    let ids: Vec<&str> = NOT_EVALUATED.iter().map(|(id, _)| *id).collect();
    let mut sorted = ids.clone();
    sorted.sort_unstable();
    assert_eq!(ids, sorted);
}

#[test]
fn every_catalogued_clause_is_in_its_seed_file_when_the_seeds_are_present() {
    // The seeds live beside the repository in the steering checkout; CI may not have them.
    let seeds = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/seeds");
    let Ok(dir) = std::fs::read_dir(&seeds) else {
        return;
    };
    let files: Vec<(String, String)> = dir
        .map(|e| {
            let p = e.unwrap().path();
            let name = p.file_name().unwrap().to_string_lossy()[..3].to_owned();
            let text: String = std::fs::read_to_string(&p)
                .unwrap()
                .chars()
                .filter(|c| !c.is_whitespace())
                .collect();
            (name, text)
        })
        .collect();
    let normalise = |s: &str| -> String {
        s.chars()
            .filter(|c| !c.is_whitespace())
            .map(|c| match c {
                '“' | '”' | '"' => '"',
                ',' => '，',
                c => c,
            })
            .collect()
    };
    for meta in all_rules() {
        let text = &files.iter().find(|(n, _)| n == meta.seed).unwrap().1;
        let hay = normalise(text);
        for part in meta.clause.split("……") {
            let needle = normalise(part.trim_matches(|c| c == '「' || c == '」'));
            assert!(
                hay.contains(&needle),
                "{}: clause not found in seed {}: {part}",
                meta.id,
                meta.seed
            );
        }
    }
}

#[test]
fn the_shipped_parameter_packs_parse() {
    ParamSet::official().unwrap();
    ParamSet::training().unwrap();
}

/// Issue 15: applicability is part of each rule. Every rule tests its target group (适用对象) first,
/// and a result outside the group is ineligible, for the household and for each member.
#[test]
fn every_rule_declares_its_target_group_and_outside_it_is_ineligible() {
    use wenzhou_assess::engine::{Outcome, TraceMode, assess};
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("assets/examples");
    let sets = [ParamSet::official().unwrap(), ParamSet::training().unwrap()];
    let mut undeclared = BTreeSet::new();
    let mut evaluated = BTreeSet::new();
    let mut wrong = BTreeSet::new();
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_none_or(|x| x != "json") {
            continue;
        }
        let h =
            wenzhou_assess::household::parse_household(&std::fs::read_to_string(&path).unwrap())
                .unwrap();
        for date in ["2023-06-01", "2025-06-01"] {
            for set in &sets {
                let Ok(d) = assess(&h, date.parse().unwrap(), set, TraceMode::On) else {
                    continue;
                };
                for (i, r) in d.results.iter().enumerate() {
                    let index = u16::try_from(i).unwrap();
                    evaluated.insert(r.meta.id);
                    if !d.conditions_of(index).any(|c| c.group) {
                        undeclared.insert(r.meta.id);
                    }
                    if !r.applicable && r.outcome != Outcome::Ineligible {
                        wrong.insert(format!("{} {:?}", r.meta.id, r.outcome));
                    }
                }
                for m in &d.members {
                    if !m.applicable && m.outcome != Outcome::Ineligible {
                        let id = d.results[usize::from(m.rule)].meta.id;
                        wrong.insert(format!("{id} member {} {:?}", m.member, m.outcome));
                    }
                }
            }
        }
    }
    assert!(
        evaluated.len() > 140,
        "only {} rules evaluated",
        evaluated.len()
    );
    assert!(
        undeclared.is_empty(),
        "rules without a target-group condition: {undeclared:?}"
    );
    assert!(
        wrong.is_empty(),
        "not applicable yet not ineligible: {wrong:?}"
    );
}

/// Every `ineligible` names its failing condition (issue 14): each shipped example on dates across the
/// documents' periods, under both shipped packs; a rule that says "not eligible" records at least one
/// condition that does not hold, for the household or for each ineligible member.
#[test]
fn no_ineligible_result_without_a_failing_condition_in_any_example() {
    use wenzhou_assess::engine::{Outcome, TraceMode, Tri, assess};
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("assets/examples");
    let sets = [ParamSet::official().unwrap(), ParamSet::training().unwrap()];
    let mut silent = BTreeSet::new();
    let mut checked = 0;
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_none_or(|x| x != "json") {
            continue;
        }
        let h =
            wenzhou_assess::household::parse_household(&std::fs::read_to_string(&path).unwrap())
                .unwrap();
        for date in ["2023-06-01", "2024-07-01", "2025-06-01", "2026-03-01"] {
            for set in &sets {
                let Ok(d) = assess(&h, date.parse().unwrap(), set, TraceMode::On) else {
                    continue;
                };
                for (i, r) in d.results.iter().enumerate() {
                    if r.outcome != Outcome::Ineligible || r.superseded_by.is_some() {
                        continue;
                    }
                    checked += 1;
                    let index = u16::try_from(i).unwrap();
                    let failing = |member: Option<u16>| {
                        d.conditions_of(index).any(|c| {
                            c.result == Tri::False && (member.is_none() || c.member == member)
                        })
                    };
                    let members: Vec<_> = d
                        .members
                        .iter()
                        .filter(|m| m.rule == index && m.outcome == Outcome::Ineligible)
                        .filter(|m| m.superseded_by.is_none())
                        .collect();
                    let explained = if members.is_empty() {
                        failing(None)
                    } else {
                        members
                            .iter()
                            .all(|m| failing(Some(m.member)) || failing(None))
                    };
                    if !explained {
                        silent.insert(format!(
                            "{} ({})",
                            r.meta.id,
                            path.file_name().unwrap().to_string_lossy()
                        ));
                    }
                }
            }
        }
    }
    assert!(checked > 1000, "only {checked} ineligible results checked");
    assert!(
        silent.is_empty(),
        "ineligible without a failing condition: {silent:?}"
    );
}
