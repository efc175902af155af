//! The trainer's screen: scenarios (up to four) drafted as tables of dated parameter values layered
//! on the pack in use (never changing it), the household compared side by side under the pack,
//! each scenario and another date, and a sweep chart of cash benefits and net income per scenario
//! with the cliffs marked.

use chrono::NaiveDate;
use egui_plot::{Legend, Line, Plot, PlotPoints, VLine};
use fluent_bundle::FluentArgs;
use rust_decimal::Decimal;
use rust_decimal::prelude::ToPrimitive;

use super::caseload::{CaseloadAction, CaseloadPanel};
use crate::analysis::{Column, Comparison, SweepFact, SweepResult, compare, sweep};
use crate::explain::{amount_text, outcome_key};
use crate::household::Household;
use crate::i18n::{Lang, tr, tr_args};
use crate::policy::pack::Pack;
use crate::policy::param::ParamType;
use crate::policy::versions::VERSIONED_BENEFITS;
use crate::policy::{Doc, ParamKey, ParamSet, ParamValue};

/// One dated value of the scenario.
#[derive(Debug, Clone, PartialEq)]
struct Row {
    key: ParamKey,
    value: String,
    from: String,
    to: String,
    area: String,
}

/// What the sweep varies (the member is the first one for member facts).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum SweepKind {
    Wages,
    Rent,
    Age,
    Size,
}

/// Everything the results depend on: the household, the date, each scenario's rows and rule
/// versions, the other date, the sweep settings and whether the base pack is official.
type Inputs = (
    Household,
    NaiveDate,
    Vec<(Vec<Row>, Vec<Option<Doc>>)>,
    String,
    SweepKind,
    u64,
    bool,
);

/// Column labels: ① the pack in use, then the scenarios, then the other date.
const LABELS: [&str; 6] = ["①", "②", "③", "④", "⑤", "⑥"];

/// Most scenarios side by side (with the pack and the other date, six columns).
const MAX_SCENARIOS: usize = 4;

/// One scenario as the trainer drafts it: a name, a description, dated values and rule versions.
#[derive(Debug, Clone)]
struct Draft {
    name: String,
    description: String,
    rows: Vec<Row>,
    /// Per [`VERSIONED_BENEFITS`] entry: the document whose wording the scenario applies (`None`:
    /// both, as the law stands).
    versions: Vec<Option<Doc>>,
}

impl Draft {
    fn new(name: String) -> Draft {
        Draft {
            name,
            description: String::new(),
            rows: vec![Row {
                key: ParamKey::DibaoStandardMonthly,
                value: String::new(),
                from: "2024-01-01".to_owned(),
                to: "2025-12-31".to_owned(),
                area: "all".to_owned(),
            }],
            versions: vec![None; VERSIONED_BENEFITS.len()],
        }
    }

    /// The scenario as a pack file layered on `base` (the id of the pack in use).
    fn toml(&self, base: &str) -> String {
        let mut s = format!(
            "[pack]\nid = \"scenario\"\nname_zh = {}\nname_en = {}\nofficial = false\nextends = {}\n\
             description = {}\n",
            quoted(&self.name),
            quoted(&self.name),
            quoted(base),
            quoted(&self.description)
        );
        if self.versions.iter().any(Option::is_some) {
            s.push_str("\n[pack.versions]\n");
            for (b, doc) in VERSIONED_BENEFITS.iter().zip(&self.versions) {
                if let Some(doc) = doc {
                    s.push_str(&format!("{} = {}\n", b.id, quoted(doc.number())));
                }
            }
        }
        for r in self.rows.iter().filter(|r| !r.value.trim().is_empty()) {
            let value = match r.key.ty() {
                ParamType::Switch => r.value.trim().to_owned(),
                _ => quoted(r.value.trim()),
            };
            // The end is a date, or the 文号 of the document whose period the value follows.
            let to = r.to.trim();
            let end = if Doc::from_number(to).is_some() {
                format!("document = {}", quoted(to))
            } else {
                format!("valid_to = {to}")
            };
            s.push_str(&format!(
                "\n[[param]]\nkey = {}\nvalue = {value}\narea = {}\nvalid_from = {}\n{end}\n\
                 official = false\ncitation = {}\n",
                quoted(r.key.name()),
                quoted(r.area.trim()),
                r.from.trim(),
                quoted(&format!("培训情景（非官方）：{}", self.name)),
            ));
        }
        s
    }

    /// Whether the draft changes anything (a value or a rule version).
    fn changes_something(&self) -> bool {
        self.rows.iter().any(|r| !r.value.trim().is_empty())
            || self.versions.iter().any(Option::is_some)
    }
}

/// What the trainer asked for; the app applies it after drawing.
#[must_use]
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TrainerAction {
    /// Save the scenario as TOML text.
    SaveScenario(String),
    /// Open a scenario file into the table.
    OpenScenario,
    /// Print the assessment with the comparison as a training handout.
    PrintHandout,
    /// Open a caseload file for the batch.
    OpenCaseload,
}

/// View state of the trainer screen.
pub struct TrainerScreen {
    /// The scenarios, compared side by side (at least one).
    drafts: Vec<Draft>,
    /// The scenario being edited.
    active: usize,
    other_date: String,
    sweep_kind: SweepKind,
    sweep_max: f64,
    /// Inputs of the cached results, to recompute only when something changed.
    cache_key: Option<Inputs>,
    /// Per draft: its parameter set, its error, or nothing when it changes nothing.
    scenarios: Vec<Option<Result<ParamSet, String>>>,
    comparison: Option<Result<Comparison, String>>,
    sweeps: Vec<(String, SweepResult)>,
    caseload: CaseloadPanel,
}

impl Default for TrainerScreen {
    fn default() -> Self {
        TrainerScreen {
            drafts: vec![Draft::new("情景".to_owned())],
            active: 0,
            other_date: String::new(),
            sweep_kind: SweepKind::Wages,
            sweep_max: 3000.0,
            cache_key: None,
            scenarios: Vec::new(),
            comparison: None,
            sweeps: Vec::new(),
            caseload: CaseloadPanel::default(),
        }
    }
}

/// A TOML string literal.
fn quoted(s: &str) -> String {
    toml::Value::String(s.to_owned()).to_string()
}

impl TrainerScreen {
    /// Loads a scenario file's values into the scenario being edited (its name and description too).
    ///
    /// # Errors
    /// The pack's parse error, in its own words.
    pub fn load(&mut self, text: &str) -> Result<(), String> {
        let pack = Pack::parse("scenario.toml", text).map_err(|e| e.to_string())?;
        let mut rows = Vec::new();
        for e in &pack.entries {
            let key = ParamKey::ALL
                .iter()
                .find(|k| k.name() == e.key)
                .copied()
                .ok_or_else(|| format!("unknown parameter {}", e.key))?;
            rows.push(Row {
                key,
                value: e
                    .value
                    .as_str()
                    .map_or_else(|| e.value.to_string(), str::to_owned),
                from: e.valid_from.to_string(),
                // A scenario row is dated; a value that follows a document shows its 文号.
                to: e
                    .valid_to
                    .map_or_else(|| e.document.clone().unwrap_or_default(), |d| d.to_string()),
                area: e.area.clone(),
            });
        }
        let draft = &mut self.drafts[self.active];
        draft.versions = VERSIONED_BENEFITS
            .iter()
            .map(|b| {
                pack.header
                    .versions
                    .get(b.id)
                    .and_then(|v| b.version(v))
                    .map(|v| v.doc)
            })
            .collect();
        draft.name = pack.header.name_zh.clone();
        draft.description = pack.header.description.clone().unwrap_or_default();
        draft.rows = rows;
        self.cache_key = None;
        Ok(())
    }

    /// The caseload panel (the app hands it the file the trainer picked).
    pub fn caseload_mut(&mut self) -> &mut CaseloadPanel {
        &mut self.caseload
    }

    /// The caseload panel.
    #[must_use]
    pub fn caseload(&self) -> &CaseloadPanel {
        &self.caseload
    }

    /// The comparison last computed, for the handout.
    #[must_use]
    pub fn comparison(&self) -> Option<&Comparison> {
        self.comparison.as_ref().and_then(|c| c.as_ref().ok())
    }

    fn recompute(&mut self, h: &Household, date: NaiveDate, base: &ParamSet) {
        let base_id = base
            .layers()
            .last()
            .map_or_else(String::new, |l| l.header.id.clone());
        let key = (
            h.clone(),
            date,
            self.drafts
                .iter()
                .map(|d| (d.rows.clone(), d.versions.clone()))
                .collect(),
            self.other_date.clone(),
            self.sweep_kind,
            self.sweep_max.to_bits(),
            base.is_official(),
        );
        if self.cache_key.as_ref() == Some(&key) {
            return;
        }
        self.cache_key = Some(key);
        self.scenarios = self
            .drafts
            .iter()
            .map(|d| {
                d.changes_something().then(|| {
                    Pack::parse("scenario.toml", &d.toml(&base_id))
                        .map_err(|e| e.to_string())
                        .and_then(|p| base.clone().with_layer(p).map_err(|e| e.to_string()))
                })
            })
            .collect();
        let other = self.other_date.trim().parse::<NaiveDate>().ok();
        let mut columns = vec![Column {
            label: LABELS[0],
            date,
            set: base,
        }];
        for (i, s) in self.scenarios.iter().enumerate() {
            if let Some(Ok(s)) = s {
                columns.push(Column {
                    label: LABELS[i + 1],
                    date,
                    set: s,
                });
            }
        }
        if let Some(d) = other {
            columns.push(Column {
                label: LABELS[self.drafts.len() + 1],
                date: d,
                set: base,
            });
        }
        self.comparison = Some(compare(h, &columns).map_err(|e| e.to_string()));
        let fact = match self.sweep_kind {
            SweepKind::Wages => SweepFact::Wages { member: 0 },
            SweepKind::Rent => SweepFact::Rent,
            SweepKind::Age => SweepFact::Age { member: 0 },
            SweepKind::Size => SweepFact::HouseholdSize,
        };
        let (lo, step) = match self.sweep_kind {
            SweepKind::Wages | SweepKind::Rent => (0.0, (self.sweep_max / 500.0).max(1.0)),
            SweepKind::Age => (0.0, 1.0),
            SweepKind::Size => (1.0, 1.0),
        };
        let mut values = Vec::new();
        let mut x = lo;
        while x <= self.sweep_max && values.len() < 1000 {
            values.push(Decimal::from_f64_retain(x).unwrap_or_default().round_dp(0));
            x += step;
        }
        self.sweeps.clear();
        let mut sets = vec![(LABELS[0], base)];
        for (i, s) in self.scenarios.iter().enumerate() {
            if let Some(Ok(s)) = s {
                sets.push((LABELS[i + 1], s));
            }
        }
        for (label, set) in sets {
            if let Ok(r) = sweep(h, fact, &values, date, set) {
                self.sweeps.push((label.to_owned(), r));
            }
        }
    }

    /// Draws the screen for the household on screen, on `date`, with the pack in use.
    pub fn ui(
        &mut self,
        ui: &mut egui::Ui,
        lang: Lang,
        h: &Household,
        date: NaiveDate,
        base: &ParamSet,
    ) -> Option<TrainerAction> {
        super::widgets::heading_ui(ui, &tr(lang, "ui-page-trainer"));
        let mut action = None;
        ui.label(tr(lang, "ui-trainer-help"));
        self.scenario_ui(ui, lang, base, &mut action);
        self.recompute(h, date, base);
        self.timeline_ui(ui, lang, h, base);
        ui.separator();
        self.comparison_ui(ui, lang);
        ui.separator();
        self.sweep_ui(ui, lang);
        ui.separator();
        let mut sets = vec![(format!("① {}", tr(lang, "ui-trainer-pack")), base.clone())];
        for (i, (d, s)) in self.drafts.iter().zip(&self.scenarios).enumerate() {
            if let Some(Ok(s)) = s {
                sets.push((format!("{} {}", LABELS[i + 1], d.name), s.clone()));
            }
        }
        if self.caseload.ui(ui, lang, date, &sets) == Some(CaseloadAction::OpenFile) {
            action = Some(TrainerAction::OpenCaseload);
        }
        action
    }

    fn scenario_ui(
        &mut self,
        ui: &mut egui::Ui,
        lang: Lang,
        base: &ParamSet,
        action: &mut Option<TrainerAction>,
    ) {
        ui.strong(tr(lang, "ui-trainer-scenario"));
        self.tabs_ui(ui, lang);
        let active = self.active;
        let draft = &mut self.drafts[active];
        for (key, value) in [
            ("ui-trainer-name", &mut draft.name),
            ("ui-trainer-description", &mut draft.description),
        ] {
            ui.horizontal(|ui| {
                let l = ui.label(tr(lang, key));
                ui.add(egui::TextEdit::singleline(value).desired_width(360.0))
                    .labelled_by(l.id);
            });
        }
        let mut remove = None;
        egui::Grid::new("scenario-rows")
            .striped(true)
            .show(ui, |ui| {
                super::widgets::header_row(
                    ui,
                    lang,
                    &[
                        "ui-trainer-param",
                        "ui-trainer-value",
                        "ui-trainer-from",
                        "ui-trainer-to",
                        "ui-trainer-area",
                    ],
                );
                for (i, r) in draft.rows.iter_mut().enumerate() {
                    let desc = |k: ParamKey| match lang {
                        Lang::Zh => k.description_zh(),
                        Lang::En => k.description_en(),
                    };
                    let param_label = tr(lang, "ui-trainer-param");
                    egui::ComboBox::from_id_salt(("scenario-key", i))
                        .selected_text(desc(r.key))
                        .width(300.0)
                        .show_ui(ui, |ui| {
                            for &k in ParamKey::ALL {
                                if matches!(k.ty(), ParamType::Number(_) | ParamType::Switch) {
                                    ui.selectable_value(&mut r.key, k, desc(k));
                                }
                            }
                        })
                        .response
                        .widget_info(|| {
                            egui::WidgetInfo::labeled(egui::Role::ComboBox, true, &param_label)
                        });
                    for (key, text, width) in [
                        ("ui-trainer-value", &mut r.value, 90.0),
                        ("ui-trainer-from", &mut r.from, 110.0),
                        ("ui-trainer-to", &mut r.to, 110.0),
                        ("ui-trainer-area", &mut r.area, 90.0),
                    ] {
                        let label = tr(lang, key);
                        // A grid cell would shrink the field to last frame's column width.
                        ui.add_sized([width, 20.0], egui::TextEdit::singleline(text))
                            .widget_info(|| {
                                egui::WidgetInfo::labeled(egui::Role::TextInput, true, &label)
                            });
                    }
                    if ui.button(tr(lang, "ui-trainer-remove")).clicked() {
                        remove = Some(i);
                    }
                    ui.end_row();
                }
            });
        if let Some(i) = remove {
            draft.rows.remove(i);
        }
        versions_ui(ui, lang, &mut draft.versions);
        ui.horizontal(|ui| {
            if ui.button(tr(lang, "ui-trainer-add")).clicked() {
                let last = draft.rows.last().cloned();
                draft.rows.push(last.unwrap_or(Row {
                    key: ParamKey::DibaoStandardMonthly,
                    value: String::new(),
                    from: "2024-01-01".to_owned(),
                    to: "2025-12-31".to_owned(),
                    area: "all".to_owned(),
                }));
            }
            if ui.button(tr(lang, "ui-trainer-save")).clicked() {
                let base_id = base
                    .layers()
                    .last()
                    .map_or_else(String::new, |l| l.header.id.clone());
                *action = Some(TrainerAction::SaveScenario(draft.toml(&base_id)));
            }
            if ui.button(tr(lang, "ui-trainer-open")).clicked() {
                *action = Some(TrainerAction::OpenScenario);
            }
            if ui.button(tr(lang, "ui-trainer-handout")).clicked() {
                *action = Some(TrainerAction::PrintHandout);
            }
        });
        match self.scenarios.get(active).and_then(Option::as_ref) {
            Some(Err(e)) => {
                ui.colored_label(ui.visuals().error_fg_color, e);
            }
            Some(Ok(set)) => {
                // The constraints the gazettes set on local values, naming the clause.
                for w in set.warnings() {
                    let text = crate::explain::warning_text(lang, &w);
                    ui.colored_label(ui.visuals().warn_fg_color, text);
                }
            }
            None => {}
        }
        ui.horizontal(|ui| {
            let mut args = FluentArgs::new();
            args.set("label", LABELS[self.drafts.len() + 1]);
            let l = ui.label(tr_args(lang, "ui-trainer-other-date", Some(&args)));
            ui.add(egui::TextEdit::singleline(&mut self.other_date).desired_width(100.0))
                .labelled_by(l.id);
        });
    }

    /// The timeline of each parameter the scenario names, for the household's area: the values day by
    /// day under the pack and the scenario together, and which layer gives each.
    fn timeline_ui(&self, ui: &mut egui::Ui, lang: Lang, h: &Household, base: &ParamSet) {
        let set = match self.scenarios.get(self.active) {
            Some(Some(Ok(s))) => s,
            _ => base,
        };
        let mut keys: Vec<ParamKey> = Vec::new();
        for r in &self.drafts[self.active].rows {
            if !keys.contains(&r.key) {
                keys.push(r.key);
            }
        }
        let area = h.hukou_area.map_or_else(
            || tr(lang, "ui-trainer-area-unknown"),
            |a| tr(lang, &format!("code-{}", a.code())),
        );
        for key in keys {
            let desc = match lang {
                Lang::Zh => key.description_zh(),
                Lang::En => key.description_en(),
            };
            let mut args = FluentArgs::new();
            args.set("param", desc);
            args.set("area", area.clone());
            egui::CollapsingHeader::new(tr_args(lang, "ui-trainer-timeline", Some(&args)))
                .id_salt(("timeline", key.name()))
                .default_open(true)
                .show(ui, |ui| {
                    egui::Grid::new(("timeline-grid", key.name()))
                        .striped(true)
                        .show(ui, |ui| {
                            super::widgets::header_row(
                                ui,
                                lang,
                                &[
                                    "ui-trainer-from",
                                    "ui-trainer-to",
                                    "ui-trainer-value",
                                    "ui-trainer-layer",
                                ],
                            );
                            for seg in set.timeline(key, h.hukou_area) {
                                ui.label(seg.from.to_string());
                                ui.label(seg.to.to_string());
                                ui.label(match seg.value {
                                    Some(ParamValue::Number(n)) => n.to_string(),
                                    Some(ParamValue::Switch(b)) => {
                                        tr(lang, if b { "ui-yes" } else { "ui-no" })
                                    }
                                    Some(ParamValue::Choice(c)) => c.to_owned(),
                                    Some(ParamValue::Areas(_)) | None => String::new(),
                                });
                                let layer = seg
                                    .source
                                    .and_then(|s| set.layers().get(usize::from(s.layer)))
                                    .map_or_else(String::new, |l| match lang {
                                        Lang::Zh => l.header.name_zh.clone(),
                                        Lang::En => l.header.name_en.clone(),
                                    });
                                ui.label(layer);
                                ui.end_row();
                            }
                        });
                });
        }
    }

    /// The scenarios as tabs (② ③ …): choose the one to edit, add one, remove the one shown.
    fn tabs_ui(&mut self, ui: &mut egui::Ui, lang: Lang) {
        ui.horizontal_wrapped(|ui| {
            for (i, d) in self.drafts.iter().enumerate() {
                let label = format!("{} {}", LABELS[i + 1], d.name);
                if ui.selectable_label(i == self.active, label).clicked() {
                    self.active = i;
                }
            }
            if self.drafts.len() < MAX_SCENARIOS
                && ui.button(tr(lang, "ui-trainer-add-scenario")).clicked()
            {
                let mut args = FluentArgs::new();
                args.set("n", self.drafts.len() + 1);
                let name = tr_args(lang, "ui-trainer-new-scenario", Some(&args));
                self.drafts.push(Draft::new(name));
                self.active = self.drafts.len() - 1;
            }
            if self.drafts.len() > 1 && ui.button(tr(lang, "ui-trainer-remove-scenario")).clicked()
            {
                self.drafts.remove(self.active);
                self.active = self.active.min(self.drafts.len() - 1);
            }
        });
    }

    fn comparison_ui(&self, ui: &mut egui::Ui, lang: Lang) {
        ui.strong(tr(lang, "ui-trainer-comparison"));
        let Some(c) = &self.comparison else { return };
        let c = match c {
            Ok(c) => c,
            Err(e) => {
                ui.colored_label(ui.visuals().error_fg_color, e);
                return;
            }
        };
        ui.horizontal_wrapped(|ui| {
            for (i, label) in c.labels.iter().enumerate() {
                let t = &c.totals[i];
                ui.label(format!(
                    "{label} {} · {} {} · {} {}",
                    c.dates[i],
                    tr(lang, "ui-per-month"),
                    t.monthly,
                    tr(lang, "ui-per-year"),
                    t.yearly
                ));
            }
        });
        let changed: Vec<_> = c.rows.iter().filter(|r| r.changed).collect();
        if changed.is_empty() {
            ui.label(tr(lang, "ui-case-no-change"));
            return;
        }
        egui::Grid::new("comparison").striped(true).show(ui, |ui| {
            ui.strong(tr(lang, "ui-case-col-rule"));
            for label in &c.labels {
                ui.strong(label);
            }
            ui.end_row();
            for r in changed {
                ui.label(format!("[{}] {}", r.id, r.name.get(lang)));
                for i in 0..c.labels.len() {
                    let text = match r.outcomes[i] {
                        // Left out by the scenario's rule-version choice (the reason says so).
                        None if matches!(r.reasons.get(i), Some(Some(_))) => {
                            tr(lang, "ui-trainer-version-off")
                        }
                        None => tr(lang, "ui-case-not-in-force"),
                        Some(o) => {
                            let mut t = tr(lang, outcome_key(o));
                            if let Some(a) = r.amounts[i] {
                                t.push(' ');
                                t.push_str(&amount_text(lang, a));
                            }
                            if let Some(Some(d)) = r.differences.get(i).filter(|_| i > 0)
                                && !d.is_zero()
                            {
                                let sign = if *d > Decimal::ZERO { "+" } else { "" };
                                t.push_str(&format!(" ({sign}{d})"));
                            }
                            t
                        }
                    };
                    let cell = ui.label(text);
                    if let Some(Some(reason)) = r.reasons.get(i) {
                        cell.on_hover_text(reason.get(lang));
                    }
                }
                ui.end_row();
            }
        });
    }

    fn sweep_ui(&mut self, ui: &mut egui::Ui, lang: Lang) {
        ui.strong(tr(lang, "ui-trainer-sweep"));
        ui.horizontal(|ui| {
            for (kind, key) in [
                (SweepKind::Wages, "ui-trainer-sweep-wages"),
                (SweepKind::Rent, "ui-trainer-sweep-rent"),
                (SweepKind::Age, "ui-trainer-sweep-age"),
                (SweepKind::Size, "ui-trainer-sweep-size"),
            ] {
                if ui.radio(self.sweep_kind == kind, tr(lang, key)).clicked() {
                    self.sweep_kind = kind;
                    self.sweep_max = match kind {
                        SweepKind::Wages | SweepKind::Rent => 3000.0,
                        SweepKind::Age => 100.0,
                        SweepKind::Size => 6.0,
                    };
                }
            }
        });
        let range = match self.sweep_kind {
            SweepKind::Wages | SweepKind::Rent => 100.0..=10000.0,
            SweepKind::Age => 10.0..=110.0,
            SweepKind::Size => 1.0..=10.0,
        };
        ui.add(
            egui::Slider::new(&mut self.sweep_max, range).text(tr(lang, "ui-trainer-sweep-max")),
        );
        if self.sweeps.is_empty() {
            ui.label(tr(lang, "ui-trainer-sweep-none"));
            return;
        }
        for (label, r) in &self.sweeps {
            for c in &r.cliffs {
                let mut args = FluentArgs::new();
                args.set("label", label.clone());
                args.set("from", c.from_x.to_string());
                args.set("to", c.to_x.to_string());
                args.set("rules", c.lost.join("、"));
                args.set("change", c.net_change.to_string());
                ui.label(tr_args(lang, "ui-trainer-cliff", Some(&args)));
            }
        }
        let f = |d: Decimal| d.to_f64().unwrap_or(0.0);
        Plot::new("sweep")
            .height(280.0)
            .legend(Legend::default())
            .show(ui, |plot| {
                for (label, r) in &self.sweeps {
                    let benefits: PlotPoints<'_> = r
                        .points
                        .iter()
                        .map(|p| [f(p.x), f(p.benefits_monthly)])
                        .collect();
                    let net: PlotPoints<'_> = r
                        .points
                        .iter()
                        .map(|p| [f(p.x), f(p.net_monthly)])
                        .collect();
                    plot.line(Line::new(
                        format!("{label} {}", tr(lang, "ui-trainer-benefits")),
                        benefits,
                    ));
                    plot.line(Line::new(
                        format!("{label} {}", tr(lang, "ui-trainer-net")),
                        net,
                    ));
                    for c in &r.cliffs {
                        plot.vline(VLine::new(
                            format!("{label} {}", tr(lang, "ui-trainer-cliff-mark")),
                            f(c.to_x),
                        ));
                    }
                }
            });
    }
}

/// Rule versions: for a benefit two documents word differently, which wording the scenario applies.
fn versions_ui(ui: &mut egui::Ui, lang: Lang, versions: &mut [Option<Doc>]) {
    ui.label(tr(lang, "ui-trainer-versions"));
    egui::Grid::new("scenario-versions").show(ui, |ui| {
        for (b, chosen) in VERSIONED_BENEFITS.iter().zip(versions) {
            let name = tr(lang, b.key);
            ui.label(&name);
            let both = tr(lang, "version-both");
            egui::ComboBox::from_id_salt(("scenario-version", b.id))
                .selected_text(chosen.map_or_else(|| both.clone(), |d| d.number().to_owned()))
                .width(300.0)
                .show_ui(ui, |ui| {
                    ui.selectable_value(chosen, None, &both);
                    for v in &b.versions {
                        ui.selectable_value(chosen, Some(v.doc), v.doc.number());
                    }
                })
                .response
                .widget_info(|| egui::WidgetInfo::labeled(egui::Role::ComboBox, true, &name));
            ui.end_row();
        }
    });
}
