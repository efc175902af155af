//! Reading a household from JSON, with errors that name the field and say why.

use chrono::NaiveDate;
use rust_decimal::Decimal;
use thiserror::Error;

use super::{Household, IncomePeriod};

/// Why a household file was refused.
#[derive(Debug, Error, Clone, PartialEq)]
#[non_exhaustive]
pub enum LoadError {
    /// The file is not valid JSON, or a field has the wrong type or an unknown value.
    #[error("field `{path}`: {message}")]
    Format {
        /// Path of the field (`members[1].incomes[0].kind`), or `(document)` for a syntax error.
        path: String,
        /// What the parser said.
        message: String,
    },
    /// A money amount or area is negative.
    #[error("field `{path}`: must not be negative (found {value})")]
    Negative {
        /// Path of the field.
        path: String,
        /// The value found.
        value: Decimal,
    },
    /// A date lies after the assessment date (a birth date, a job start, a receipt).
    #[error("field `{path}`: {date} is after the assessment date {assessment_date}")]
    DateAfterAssessment {
        /// Path of the field.
        path: String,
        /// The date found.
        date: NaiveDate,
        /// The assessment date.
        assessment_date: NaiveDate,
    },
    /// A disability grade outside 1–4.
    #[error("field `{path}`: disability grade must be 1 to 4 (found {grade})")]
    DisabilityGrade {
        /// Path of the field.
        path: String,
        /// The grade found.
        grade: u8,
    },
    /// A one-off income without a receipt date, or a periodic one with one.
    #[error("field `{path}`: a one-off income needs `received_on`")]
    OnceWithoutDate {
        /// Path of the field.
        path: String,
    },
    /// Paid amounts on a settlement slip exceed its policy-scope cost.
    #[error("field `{path}`: the insurance payments exceed the cost within the policy scope")]
    SlipInconsistent {
        /// Path of the episode.
        path: String,
    },
    /// A household without members.
    #[error("field `members`: a household needs at least one member")]
    NoMembers,
    /// A declared benefit names no rule of the catalogue.
    #[error("field `{path}`: no rule `{rule}` in the catalogue")]
    UnknownRule {
        /// Path of the field.
        path: String,
        /// The rule ID found.
        rule: String,
    },
    /// Two facts of a member contradict each other.
    #[error("field `{path}`: contradicts `{other}`")]
    Contradiction {
        /// Path of the field.
        path: String,
        /// Path of the fact it contradicts.
        other: String,
    },
}

impl LoadError {
    /// Path of the field the error is about (`members[1].birth_date`); `members` for a household
    /// without members.
    #[must_use]
    pub fn path(&self) -> &str {
        match self {
            LoadError::Format { path, .. }
            | LoadError::Negative { path, .. }
            | LoadError::DateAfterAssessment { path, .. }
            | LoadError::DisabilityGrade { path, .. }
            | LoadError::OnceWithoutDate { path }
            | LoadError::SlipInconsistent { path }
            | LoadError::UnknownRule { path, .. }
            | LoadError::Contradiction { path, .. } => path,
            LoadError::NoMembers => "members",
        }
    }
}

/// Parses a household from JSON text. Field-level checks that need no date run here; the checks
/// against the assessment date run in [`Household::validate_for`].
///
/// # Errors
/// A [`LoadError`] naming the first field that is wrong.
pub fn parse_household(json: &str) -> Result<Household, LoadError> {
    let de = &mut serde_json::Deserializer::from_str(json);
    checked(serde_path_to_error::deserialize(de))
}

/// Like [`parse_household`], from a JSON value already built (a caseload table's rows), without
/// writing it out as text and reading it back.
///
/// # Errors
/// As [`parse_household`].
pub fn household_from_value(value: serde_json::Value) -> Result<Household, LoadError> {
    checked(serde_path_to_error::deserialize(value))
}

/// The household read, with the error's path in the model's terms, and checked for consistency.
fn checked(
    read: Result<Household, serde_path_to_error::Error<serde_json::Error>>,
) -> Result<Household, LoadError> {
    let household = read.map_err(|e| {
        let path = e.path().to_string();
        LoadError::Format {
            path: if path == "." {
                "(document)".into()
            } else {
                path
            },
            message: e.into_inner().to_string(),
        }
    })?;
    household.validate_for(None)?;
    Ok(household)
}

impl Household {
    /// Checks the facts for consistency; with `Some(date)` also that no date lies after the assessment
    /// date.
    ///
    /// # Errors
    /// The first [`LoadError`] found.
    pub fn validate_for(&self, assessment_date: Option<NaiveDate>) -> Result<(), LoadError> {
        if self.members.is_empty() {
            return Err(LoadError::NoMembers);
        }
        // Paths are built only when a check fails: validation runs before every assessment.
        let not_after =
            |date: Option<NaiveDate>, path: &dyn Fn() -> String| match (date, assessment_date) {
                (Some(d), Some(a)) if d > a => Err(LoadError::DateAfterAssessment {
                    path: path(),
                    date: d,
                    assessment_date: a,
                }),
                _ => Ok(()),
            };
        let h = &self.housing;
        non_negative(h.rent_monthly, &|| "housing.rent_monthly".into())?;
        non_negative(h.owned_floor_area_m2, &|| {
            "housing.owned_floor_area_m2".into()
        })?;
        if let Some(r) = &h.dilapidated_renovation {
            non_negative(r.floor_area_m2, &|| {
                "housing.dilapidated_renovation.floor_area_m2".into()
            })?;
        }
        if let Some(r) = &self.relocation {
            r.validate()?;
        }
        for (i, b) in self.declared.iter().enumerate() {
            non_negative(Some(b.amount), &|| format!("declared[{i}].amount"))?;
            if crate::policy::rule_meta(&b.rule).is_none() {
                return Err(LoadError::UnknownRule {
                    path: format!("declared[{i}].rule"),
                    rule: b.rule.clone(),
                });
            }
        }
        for (i, m) in self.members.iter().enumerate() {
            not_after(m.birth_date, &|| format!("members[{i}].birth_date"))?;
            if let Some(g) = &m.good_samaritan {
                g.validate(i, assessment_date)?;
            }
            if let Some(grade) = m.disability_grade
                && !(1..=4).contains(&grade)
            {
                return Err(LoadError::DisabilityGrade {
                    path: format!("members[{i}].disability_grade"),
                    grade,
                });
            }
            // 75号 record: a 失智 level while the member is recorded as not demented.
            if m.dementia == Some(false)
                && m.elderly_services
                    .as_ref()
                    .and_then(|r| r.dementia_level)
                    .is_some_and(|l| l != super::DementiaLevel::None)
            {
                return Err(LoadError::Contradiction {
                    path: format!("members[{i}].elderly_services.dementia_level"),
                    other: format!("members[{i}].dementia"),
                });
            }
            non_negative(m.tuition_paid_yearly, &|| {
                format!("members[{i}].tuition_paid_yearly")
            })?;
            non_negative(m.veteran_medical_aid_used, &|| {
                format!("members[{i}].veteran_medical_aid_used")
            })?;
            // Money in the programme records (src/household/records.rs).
            let money = [
                (
                    "rehab.monthly_fee",
                    m.rehab.as_ref().and_then(|r| r.monthly_fee),
                ),
                (
                    "mental_illness.antipsychotic_cost",
                    m.mental_illness.as_ref().and_then(|r| r.antipsychotic_cost),
                ),
                (
                    "mental_illness.antipsychotic_insurance_paid",
                    m.mental_illness
                        .as_ref()
                        .and_then(|r| r.antipsychotic_insurance_paid),
                ),
                (
                    "assistive_device.price",
                    m.assistive_device.as_ref().and_then(|r| r.price),
                ),
                (
                    "assistive_device.reference_price",
                    m.assistive_device.as_ref().and_then(|r| r.reference_price),
                ),
                (
                    "flexible_employment.contributions_yearly",
                    m.flexible_employment
                        .as_ref()
                        .and_then(|r| r.contributions_yearly),
                ),
                (
                    "startup.tax_payable_this_year",
                    m.startup.as_ref().and_then(|r| r.tax_payable_this_year),
                ),
                (
                    "special_education.meal_fee_per_semester",
                    m.special_education
                        .as_ref()
                        .and_then(|r| r.meal_fee_per_semester),
                ),
                (
                    "flexible_employment.subscribed_capital",
                    m.flexible_employment
                        .as_ref()
                        .and_then(|r| r.subscribed_capital),
                ),
            ];
            for (field, v) in money {
                non_negative(v, &|| format!("members[{i}].{field}"))?;
            }
            let dates = [
                (
                    "graduate.left_school_on",
                    m.graduate.as_ref().and_then(|g| g.left_school_on),
                ),
                (
                    "flexible_employment.first_approved_on",
                    m.flexible_employment
                        .as_ref()
                        .and_then(|f| f.first_approved_on),
                ),
                (
                    "startup.founded_on",
                    m.startup.as_ref().and_then(|s| s.founded_on),
                ),
            ];
            for (field, d) in dates {
                not_after(d, &|| format!("members[{i}].{field}"))?;
            }
            for (j, item) in m.incomes.iter().enumerate() {
                let q = |field: &'static str| move || format!("members[{i}].incomes[{j}].{field}");
                non_negative(Some(item.amount), &q("amount"))?;
                not_after(item.job_start, &q("job_start"))?;
                not_after(item.received_on, &q("received_on"))?;
                if item.period == IncomePeriod::Once && item.received_on.is_none() {
                    return Err(LoadError::OnceWithoutDate {
                        path: q("received_on")(),
                    });
                }
            }
            for (j, e) in m.medical.iter().enumerate() {
                for (field, v) in [
                    ("total", e.total),
                    ("out_of_scope", e.out_of_scope),
                    ("basic_insurance_paid", e.basic_insurance_paid),
                    ("critical_illness_paid", e.critical_illness_paid),
                    ("supplementary_paid", e.supplementary_paid),
                ] {
                    non_negative(Some(v), &|| format!("members[{i}].medical[{j}].{field}"))?;
                }
                if e.compliant_remaining() < Decimal::ZERO
                    || e.supplementary_paid
                        > e.total - e.basic_insurance_paid - e.critical_illness_paid
                {
                    return Err(LoadError::SlipInconsistent {
                        path: format!("members[{i}].medical[{j}]"),
                    });
                }
            }
        }
        Ok(())
    }
}

fn non_negative(value: Option<Decimal>, path: &dyn Fn() -> String) -> Result<(), LoadError> {
    match value {
        Some(v) if v.is_sign_negative() && !v.is_zero() => Err(LoadError::Negative {
            path: path(),
            value: v,
        }),
        _ => Ok(()),
    }
}
