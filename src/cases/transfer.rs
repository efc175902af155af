//! Hand-over of cases between laptops: one file, encrypted under a transfer passphrase (Argon2id +
//! XChaCha20-Poly1305), with the household's consent recorded. An import checks everything before
//! writing and then writes in one transaction: a damaged or foreign file leaves the store untouched.

use chrono::NaiveDate;
use rusqlite::params;
use serde::{Deserialize, Serialize};
use serde_json::Value;

use super::CaseError;
use super::audit::{self, AuditAction};
use super::crypto::{StoreKey, random};
use super::store::{CaseStatus, CaseStore, seal_json, write_case};
use crate::household::Household;
use crate::kdf::Kdf;

const MAGIC: &str = "wenzhou-assess case transfer v1";

/// The household's consent to hand its case to another office (PIPL: a transfer of personal data
/// needs a purpose and consent).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Consent {
    /// Who gave consent (the applicant or a guardian).
    pub given_by: String,
    /// When.
    pub date: NaiveDate,
    /// For what.
    pub purpose: String,
    /// To whom the file goes (office).
    pub recipient: String,
}

#[derive(Serialize, Deserialize)]
struct Envelope {
    format: String,
    salt: String,
    /// The Argon2id cost (absent in files made before it was recorded).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    kdf: Option<String>,
    nonce_and_ciphertext: String,
}

#[derive(Serialize, Deserialize)]
struct Bundle {
    consent: Consent,
    exported_at: String,
    exported_by: String,
    cases: Vec<CaseOut>,
}

#[derive(Serialize, Deserialize)]
struct CaseOut {
    status: CaseStatus,
    household: Household,
    notes: Vec<String>,
    assessments: Vec<AssessmentOut>,
}

#[derive(Serialize, Deserialize)]
struct AssessmentOut {
    created_at: String,
    officer: String,
    date: NaiveDate,
    pack_hash: String,
    engine_version: String,
    packs: Vec<String>,
    view: Value,
}

impl CaseStore {
    /// Exports cases into one encrypted transfer file.
    ///
    /// # Errors
    /// [`CaseError::Transfer`] without consent details, [`CaseError::NotFound`], or as opening.
    pub fn export(
        &mut self,
        ids: &[&str],
        passphrase: &str,
        consent: &Consent,
    ) -> Result<Vec<u8>, CaseError> {
        if consent.given_by.trim().is_empty() || consent.purpose.trim().is_empty() {
            return Err(CaseError::Transfer("consent: who and for what"));
        }
        let mut cases = Vec::with_capacity(ids.len());
        for id in ids {
            let c = self.open_case(id)?;
            let mut assessments = Vec::new();
            for a in c.assessments {
                assessments.push(AssessmentOut {
                    packs: self.packs_of(&a.pack_hash)?,
                    created_at: a.created_at,
                    officer: a.officer,
                    date: a.date,
                    pack_hash: a.pack_hash,
                    engine_version: a.engine_version,
                    view: a.view,
                });
            }
            cases.push(CaseOut {
                status: c.status,
                household: c.household,
                notes: c.notes.into_iter().map(|n| n.text).collect(),
                assessments,
            });
        }
        let bundle = Bundle {
            consent: consent.clone(),
            exported_at: audit::now_cst(),
            exported_by: self.officer.clone(),
            cases,
        };
        let salt = random::<16>();
        let key = StoreKey::derive(passphrase, &salt, Kdf::CURRENT)?;
        let sealed = key.seal(MAGIC.as_bytes(), &serde_json::to_vec(&bundle)?);
        let envelope = Envelope {
            format: MAGIC.to_owned(),
            salt: hex::encode(salt),
            kdf: Some(Kdf::CURRENT.code()),
            nonce_and_ciphertext: hex::encode(sealed),
        };
        let tx = self.conn.transaction()?;
        for id in ids {
            audit::append(
                &tx,
                &self.key,
                &self.officer,
                AuditAction::TransferOut,
                Some(id),
                &format!(
                    "to {}; consent {} {}",
                    consent.recipient, consent.given_by, consent.date
                ),
            )?;
        }
        tx.commit()?;
        Ok(serde_json::to_vec_pretty(&envelope)?)
    }

    /// Imports the cases of a transfer file as new cases; returns their ids.
    ///
    /// # Errors
    /// [`CaseError::Transfer`] for a foreign, damaged or wrongly keyed file, or a household that
    /// fails validation; the store is unchanged then.
    pub fn import(&mut self, file: &[u8], passphrase: &str) -> Result<Vec<String>, CaseError> {
        let envelope: Envelope = serde_json::from_slice(file)
            .map_err(|_| CaseError::Transfer("not a case transfer file"))?;
        if envelope.format != MAGIC {
            return Err(CaseError::Transfer("not a case transfer file"));
        }
        let salt = hex::decode(&envelope.salt).map_err(|_| CaseError::Transfer("damaged file"))?;
        let sealed = hex::decode(&envelope.nonce_and_ciphertext)
            .map_err(|_| CaseError::Transfer("damaged file"))?;
        let kdf = Kdf::recorded(envelope.kdf.as_deref())
            .map_err(|_| CaseError::Transfer("made by a newer program"))?;
        let key = StoreKey::derive(passphrase, &salt, kdf)?;
        let plain = key
            .open(MAGIC.as_bytes(), &sealed)
            .ok_or(CaseError::Transfer("wrong passphrase or damaged file"))?;
        let bundle: Bundle =
            serde_json::from_slice(&plain).map_err(|_| CaseError::Transfer("damaged file"))?;
        for c in &bundle.cases {
            c.household
                .validate_for(None)
                .map_err(|_| CaseError::Transfer("a household in the file fails validation"))?;
        }
        let mut ids = Vec::with_capacity(bundle.cases.len());
        let tx = self.conn.transaction()?;
        for c in &bundle.cases {
            let id = hex::encode(random::<8>());
            write_case(
                &tx,
                &self.key,
                &id,
                &c.household,
                c.status,
                &audit::now_cst(),
            )?;
            for a in &c.assessments {
                tx.execute(
                    "INSERT OR IGNORE INTO packs (hash, layers) VALUES (?1, ?2)",
                    params![a.pack_hash, serde_json::to_string(&a.packs)?],
                )?;
                tx.execute(
                    "INSERT INTO assessments (case_id, created_at, officer, date, pack_hash, engine_version, view)
                     VALUES (?1, ?2, ?3, ?4, ?5, ?6, x'')",
                    params![
                        id,
                        a.created_at,
                        a.officer,
                        a.date.to_string(),
                        a.pack_hash,
                        a.engine_version
                    ],
                )?;
                let row = tx.last_insert_rowid();
                let sealed =
                    seal_json(&self.key, "assessments", &row.to_string(), "view", &a.view)?;
                tx.execute(
                    "UPDATE assessments SET view = ?1 WHERE id = ?2",
                    params![sealed, row],
                )?;
            }
            for n in &c.notes {
                tx.execute(
                    "INSERT INTO notes (case_id, created_at, officer, body) VALUES (?1, ?2, ?3, x'')",
                    params![id, audit::now_cst(), bundle.exported_by],
                )?;
                let row = tx.last_insert_rowid();
                let sealed = seal_json(&self.key, "notes", &row.to_string(), "body", n)?;
                tx.execute(
                    "UPDATE notes SET body = ?1 WHERE id = ?2",
                    params![sealed, row],
                )?;
            }
            audit::append(
                &tx,
                &self.key,
                &self.officer,
                AuditAction::TransferIn,
                Some(&id),
                &format!(
                    "from {}; consent {} {} for {}{}",
                    bundle.exported_by,
                    bundle.consent.given_by,
                    bundle.consent.date,
                    bundle.consent.purpose,
                    audit::imported_records(c.assessments.len(), c.notes.len())
                ),
            )?;
            ids.push(id);
        }
        tx.commit()?;
        Ok(ids)
    }
}
