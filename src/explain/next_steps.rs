//! What happens next: which department decides each item granted or to check, and the documents the
//! household brings for every fact that is missing (a checklist built from the undetermined
//! results). Values the office itself must set (a local standard the pack lacks) are listed apart:
//! they are not the household's to bring.

use serde::Serialize;

use super::groups::Groups;
use super::{Bilingual, ResultView, fact_key};
use crate::engine::Outcome;
use crate::i18n::tr;
use crate::policy::Department;

/// A department and the items it decides.
#[derive(Debug, Clone, Serialize)]
pub struct DepartmentItems {
    /// The department.
    pub department: Department,
    /// Its name.
    pub name: Bilingual,
    /// Rule IDs of the items, in catalogue order.
    pub rules: Vec<&'static str>,
}

/// A document to bring, and the facts it proves.
#[derive(Debug, Clone, Serialize)]
pub struct Proof {
    /// Message key of the document (`proof-disability-certificate`).
    pub key: &'static str,
    /// The document's name.
    pub name: Bilingual,
    /// Paths of the facts it settles.
    pub facts: Vec<String>,
    /// Rule IDs that wait for it.
    pub rules: Vec<&'static str>,
}

/// The notice's next steps.
#[derive(Debug, Clone, Serialize)]
pub struct NextSteps {
    /// Departments, in the order of [`Department::ALL`].
    pub departments: Vec<DepartmentItems>,
    /// Documents to bring, in the order of [`PROOFS`].
    pub documents: Vec<Proof>,
    /// Local values the office has not set (parameter keys): the office's task, not the household's.
    pub office_values: Vec<String>,
}

/// The document that proves a fact, by the fact's path (the first prefix that matches). A fact not
/// listed is asked with its own label under `proof-other`.
pub const PROOFS: &[(&str, &str)] = &[
    ("status", "proof-status"),
    ("tekun", "proof-tekun"),
    ("low_income_farmer", "proof-status"),
    ("birth_date", "proof-hukou"),
    ("relationship", "proof-hukou"),
    ("hukou_area", "proof-hukou"),
    ("id_number", "proof-hukou"),
    ("disab", "proof-disability-certificate"),
    ("assistive_device", "proof-assistive-device"),
    ("incomes", "proof-income"),
    ("income", "proof-income"),
    ("housing.rent", "proof-lease"),
    ("housing.tenure", "proof-lease"),
    ("housing", "proof-property"),
    ("schooling", "proof-school"),
    ("student", "proof-school"),
    ("tuition", "proof-school"),
    ("special_education", "proof-school"),
    ("junior_high", "proof-school"),
    ("wenzhou_junior_high", "proof-school"),
    ("medical", "proof-medical-bills"),
    ("special_disease", "proof-medical-diagnosis"),
    ("chronic", "proof-medical-diagnosis"),
    ("mental_illness", "proof-medical-diagnosis"),
    ("dementia", "proof-medical-diagnosis"),
    ("veteran", "proof-veteran"),
    ("youfu", "proof-veteran"),
    ("fallen_service_member", "proof-veteran"),
    ("self_care", "proof-care-assessment"),
    ("care_dependency", "proof-care-assessment"),
    ("elderly_services", "proof-care-assessment"),
    ("ltc", "proof-care-assessment"),
    ("labour_contract", "proof-employment"),
    ("employer_contribution", "proof-employment"),
    ("flexible_employment", "proof-employment"),
    ("graduate", "proof-graduate"),
    ("startup", "proof-business"),
    ("good_samaritan", "proof-good-samaritan"),
    ("relocation", "proof-relocation"),
    ("residence_permit", "proof-residence-permit"),
    ("parent_residence_permit", "proof-residence-permit"),
];

/// The document that proves the fact at `path` (`members[1].disability_grade` → the certificate).
#[must_use]
pub fn proof_of(path: &str) -> &'static str {
    let field = path.split_once("].").map_or(path, |(_, f)| f);
    PROOFS
        .iter()
        .find(|(prefix, _)| field.starts_with(prefix))
        .map_or("proof-other", |(_, key)| key)
}

impl NextSteps {
    /// The next steps for the results that concern the household.
    #[must_use]
    pub fn of(groups: &Groups<'_>) -> NextSteps {
        let mut departments: Vec<DepartmentItems> = Vec::new();
        for r in groups.granted.iter().chain(&groups.to_check) {
            let d = r.department;
            match departments.iter_mut().find(|x| x.department == d) {
                Some(x) => x.rules.push(r.id),
                None => departments.push(DepartmentItems {
                    department: d,
                    name: Bilingual::of(|l| tr(l, d.key())),
                    rules: vec![r.id],
                }),
            }
        }
        departments.sort_by_key(|x| Department::ALL.iter().position(|d| *d == x.department));
        let mut documents: Vec<Proof> = Vec::new();
        let mut office_values: Vec<String> = Vec::new();
        let open = groups
            .to_check
            .iter()
            .filter(|r| r.outcome == Outcome::Undetermined);
        for r in open {
            add_missing(r, &mut documents, &mut office_values);
        }
        documents.sort_by_key(|p| PROOFS.iter().position(|(_, k)| *k == p.key));
        NextSteps {
            departments,
            documents,
            office_values,
        }
    }
}

fn add_missing(r: &ResultView, documents: &mut Vec<Proof>, office_values: &mut Vec<String>) {
    for m in &r.missing {
        if let Some(key) = m.path.strip_prefix("param:") {
            if !office_values.iter().any(|k| k == key) {
                office_values.push(key.to_owned());
            }
            continue;
        }
        let key = proof_of(&m.path);
        let proof = match documents.iter_mut().position(|p| p.key == key) {
            Some(i) => &mut documents[i],
            None => {
                documents.push(Proof {
                    key,
                    name: Bilingual::of(|l| tr(l, key)),
                    facts: Vec::new(),
                    rules: Vec::new(),
                });
                let last = documents.len() - 1;
                &mut documents[last]
            }
        };
        if !proof.facts.contains(&m.path) {
            proof.facts.push(m.path.clone());
        }
        if !proof.rules.contains(&r.id) {
            proof.rules.push(r.id);
        }
    }
}

/// The label of a fact path without its member (`members[1].disabled` → the fact's label), for a
/// checklist line that names the facts a document settles.
#[must_use]
pub fn fact_label(lang: crate::i18n::Lang, path: &str) -> String {
    let field = path.split_once("].").map_or(path, |(_, f)| f);
    tr(lang, &fact_key(field))
}
