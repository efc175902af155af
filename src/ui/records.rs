//! The programme records page (专项情况): every optional record of the household (relocation, 计生
//! family, a fallen service member) and of each member (special education, elderly services,
//! 见义勇为, graduate, business, rehabilitation…), drawn from the household model's JSON schema. A
//! fact added to the model appears here with its label from `locales/*/facts.ftl`, without new UI
//! code; enum choices come from the schema, labelled by `code-…` messages where they exist.

use std::sync::OnceLock;

use chrono::NaiveDate;
use rust_decimal::Decimal;
use serde_json::Value;

use super::form::Edits;
use super::widgets::{choice_ui, count_ui, date_ui, heading_ui, money_ui, text_ui, yes_no_ui};
use crate::household::{Household, Member};
use crate::i18n::{Lang, has, tr};

/// The schema of `Household` with its definitions, built once.
fn schema() -> &'static Value {
    static SCHEMA: OnceLock<Value> = OnceLock::new();
    SCHEMA.get_or_init(|| {
        serde_json::to_value(schemars::schema_for!(Household)).unwrap_or(Value::Null)
    })
}

/// Follows `$ref` and the `anyOf: [T, null]` of an `Option<T>`.
fn resolve(node: &Value) -> &Value {
    if let Some(r) = node.get("$ref").and_then(Value::as_str) {
        let name = r.rsplit('/').next().unwrap_or("");
        return resolve(&schema()["$defs"][name]);
    }
    if let Some(any) = node.get("anyOf").and_then(Value::as_array)
        && let Some(t) = any
            .iter()
            .find(|v| v.get("type") != Some(&Value::from("null")))
    {
        return resolve(t);
    }
    node
}

/// How a field is edited.
enum Kind<'a> {
    Bool,
    Date,
    Money,
    Count,
    Text,
    /// The variants' codes and descriptions.
    Choice(Vec<(&'a str, &'a str)>),
    Record(&'a Value),
    /// Lists and anything else: edited on another page or not at all.
    Other,
}

fn kind(node: &Value) -> Kind<'_> {
    let n = resolve(node);
    if let Some(variants) = n.get("oneOf").and_then(Value::as_array) {
        return Kind::Choice(
            variants
                .iter()
                .filter_map(|v| {
                    let code = v.get("const").and_then(Value::as_str)?;
                    Some((
                        code,
                        v.get("description").and_then(Value::as_str).unwrap_or(code),
                    ))
                })
                .collect(),
        );
    }
    if let Some(codes) = n.get("enum").and_then(Value::as_array) {
        return Kind::Choice(
            codes
                .iter()
                .filter_map(Value::as_str)
                .map(|c| (c, c))
                .collect(),
        );
    }
    let types: Vec<&str> = match n.get("type") {
        Some(Value::String(t)) => vec![t.as_str()],
        Some(Value::Array(ts)) => ts.iter().filter_map(Value::as_str).collect(),
        _ => Vec::new(),
    };
    if n.get("properties").is_some() {
        Kind::Record(n)
    } else if types.contains(&"boolean") {
        Kind::Bool
    } else if types.contains(&"integer") {
        Kind::Count
    } else if types.contains(&"string") && n.get("format") == Some(&Value::from("date")) {
        Kind::Date
    } else if types.contains(&"string") && types.contains(&"number") {
        Kind::Money
    } else if types.contains(&"string") {
        Kind::Text
    } else {
        Kind::Other
    }
}

/// The label of a field: its `fact-…` message, else the schema's description.
fn label(lang: Lang, key: &str, node: &Value) -> String {
    if has(lang, key) {
        tr(lang, key)
    } else {
        node.get("description")
            .and_then(Value::as_str)
            .and_then(|d| d.split(['.', '\n']).next())
            .unwrap_or(key)
            .to_owned()
    }
}

/// The fields of a record, drawn one by one; returns whether anything changed.
fn fields_ui(
    ui: &mut egui::Ui,
    e: &mut Edits,
    path: &str,
    key: &str,
    record: &Value,
    value: &mut serde_json::Map<String, Value>,
    today: NaiveDate,
) -> bool {
    let lang = e.lang;
    let mut changed = false;
    let Some(props) = record.get("properties").and_then(Value::as_object) else {
        return false;
    };
    for (name, node) in props {
        let p = format!("{path}.{name}");
        let k = format!("{key}-{name}");
        let l = label(lang, &format!("fact-{k}"), node);
        let slot = value.entry(name.clone()).or_insert(Value::Null);
        changed |= match kind(node) {
            Kind::Bool => {
                let mut v = slot.as_bool();
                let c = yes_no_ui(ui, e, &p, &l, &mut v);
                *slot = v.map_or(Value::Null, Value::Bool);
                c
            }
            Kind::Date => {
                let mut v = slot.as_str().and_then(|s| s.parse::<NaiveDate>().ok());
                let c = date_ui(ui, e, &p, &l, &mut v, today);
                *slot = v.map_or(Value::Null, |d| Value::String(d.to_string()));
                c
            }
            Kind::Money => {
                let mut v = match &*slot {
                    Value::String(s) => s.parse::<Decimal>().ok(),
                    Value::Number(n) => n.to_string().parse::<Decimal>().ok(),
                    _ => None,
                };
                let c = money_ui(ui, e, &p, &l, &mut v);
                *slot = v.map_or(Value::Null, |d| Value::String(d.to_string()));
                c
            }
            Kind::Count => {
                let mut v = slot.as_u64().and_then(|n| u32::try_from(n).ok());
                let c = count_ui(ui, e, &p, &l, &mut v);
                *slot = v.map_or(Value::Null, Value::from);
                c
            }
            Kind::Text => {
                let mut v = slot.as_str().map(str::to_owned);
                let c = text_ui(ui, e, &p, &l, &mut v);
                *slot = v.map_or(Value::Null, Value::String);
                c
            }
            Kind::Choice(variants) => {
                let options: Vec<(usize, String)> = variants
                    .iter()
                    .enumerate()
                    .map(|(i, (code, desc))| {
                        let key = format!("code-{code}");
                        (
                            i,
                            if has(lang, &key) {
                                tr(lang, &key)
                            } else {
                                (*desc).to_owned()
                            },
                        )
                    })
                    .collect();
                let mut v = slot
                    .as_str()
                    .and_then(|s| variants.iter().position(|(c, _)| *c == s));
                let c = choice_ui(ui, e, &p, &l, &mut v, &options);
                *slot = v
                    .and_then(|i| variants.get(i))
                    .map_or(Value::Null, |(code, _)| Value::String((*code).to_owned()));
                c
            }
            Kind::Record(inner) => {
                let mut sub = slot.as_object().cloned().unwrap_or_default();
                ui.label(&l);
                let c = ui
                    .indent(&p, |ui| fields_ui(ui, e, &p, &k, inner, &mut sub, today))
                    .inner;
                *slot = Value::Object(sub);
                c
            }
            Kind::Other => false,
        };
    }
    changed
}

/// The optional records of an object (a member or the household), each behind a 「有此情况」 switch.
/// `skip` lists records edited on other pages.
fn records_of(
    ui: &mut egui::Ui,
    e: &mut Edits,
    prefix: &str,
    def: &Value,
    value: &mut Value,
    skip: &[&str],
    today: NaiveDate,
) -> bool {
    let lang = e.lang;
    let mut changed = false;
    let Some(props) = def.get("properties").and_then(Value::as_object) else {
        return false;
    };
    for (name, node) in props {
        if skip.contains(&name.as_str()) {
            continue;
        }
        let Kind::Record(record) = kind(node) else {
            continue;
        };
        let path = if prefix.is_empty() {
            name.clone()
        } else {
            format!("{prefix}.{name}")
        };
        let title = label(lang, &format!("fact-{name}"), node);
        let Some(obj) = value.as_object_mut() else {
            return changed;
        };
        let slot = obj.entry(name.clone()).or_insert(Value::Null);
        let mut present = !slot.is_null();
        ui.add_space(4.0);
        if ui.checkbox(&mut present, title).changed() {
            *slot = if present {
                Value::Object(serde_json::Map::new())
            } else {
                Value::Null
            };
            changed = true;
        }
        if let Value::Object(map) = slot {
            changed |= ui
                .indent(&path, |ui| {
                    fields_ui(ui, e, &path, name, record, map, today)
                })
                .inner;
        }
    }
    changed
}

/// The household's own records (relocation, 计生 family, a fallen service member); housing and
/// utilities are on their page.
fn household_records_ui(ui: &mut egui::Ui, h: &mut Household, e: &mut Edits, today: NaiveDate) {
    let Ok(mut value) = serde_json::to_value(&*h) else {
        return;
    };
    if records_of(
        ui,
        e,
        "",
        schema(),
        &mut value,
        &["housing", "utilities"],
        today,
    ) && let Ok(new) = serde_json::from_value::<Household>(value)
    {
        *h = new;
    }
}

fn member_records_ui(ui: &mut egui::Ui, m: &mut Member, i: usize, e: &mut Edits, today: NaiveDate) {
    let def = &schema()["$defs"]["Member"];
    let Ok(mut value) = serde_json::to_value(&*m) else {
        return;
    };
    if records_of(ui, e, &format!("members[{i}]"), def, &mut value, &[], today)
        && let Ok(new) = serde_json::from_value::<Member>(value)
    {
        *m = new;
    }
}

/// The page: the household's records, then the selected member's.
pub fn records_ui(
    ui: &mut egui::Ui,
    h: &mut Household,
    e: &mut Edits,
    selected: &mut usize,
    today: NaiveDate,
) {
    let lang = e.lang;
    heading_ui(ui, &tr(lang, "ui-page-records"));
    ui.label(tr(lang, "ui-records-help"));
    household_records_ui(ui, h, e, today);
    ui.separator();
    ui.horizontal_wrapped(|ui| {
        for (i, m) in h.members.iter().enumerate() {
            let name = super::pages::member_name(lang, m, i, e.mask);
            ui.selectable_value(selected, i, name);
        }
    });
    if let Some(m) = h.members.get_mut(*selected) {
        member_records_ui(ui, m, *selected, e, today);
    }
}

/// Whether a fact path (`good_samaritan.act_date`, `relocation.moves`) lies in a record of this
/// page, of a member or of the household.
#[must_use]
pub fn is_record_field(field: &str, of_member: bool) -> bool {
    let Some((record, _)) = field.split_once('.') else {
        return false;
    };
    if !of_member && matches!(record, "housing" | "utilities") {
        return false;
    }
    let def = if of_member {
        &schema()["$defs"]["Member"]
    } else {
        schema()
    };
    def["properties"]
        .get(record)
        .is_some_and(|node| matches!(kind(node), Kind::Record(_)))
}
