//! The store itself: opening (migrations, key check), cases, assessments, notes, search.

use std::path::Path;

use chrono::NaiveDate;
use rusqlite::{Connection, OptionalExtension, Transaction, params};
use serde::{Deserialize, Serialize};

use super::CaseError;
use super::audit::{self, AuditAction, AuditEntry};
use super::crypto::{StoreKey, random};
use super::schema::{MIGRATIONS, SCHEMA_VERSION};
use crate::explain::DeterminationView;
use crate::household::{Area, Household, mask_id_number};
use crate::kdf::Kdf;
use crate::policy::ParamSet;

/// The constant sealed under the key to recognise the right passphrase.
const KEY_CHECK: &[u8] = b"wenzhou-assess case store";

/// Where a case stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum CaseStatus {
    /// Being recorded.
    Draft,
    /// Assessed at least once.
    Assessed,
    /// An assessment was printed (exported as PDF).
    Printed,
    /// Closed by the officer.
    Closed,
}

impl CaseStatus {
    /// The stored code.
    #[must_use]
    pub fn code(self) -> &'static str {
        match self {
            CaseStatus::Draft => "draft",
            CaseStatus::Assessed => "assessed",
            CaseStatus::Printed => "printed",
            CaseStatus::Closed => "closed",
        }
    }

    fn from_code(s: &str) -> CaseStatus {
        match s {
            "assessed" => CaseStatus::Assessed,
            "printed" => CaseStatus::Printed,
            "closed" => CaseStatus::Closed,
            _ => CaseStatus::Draft,
        }
    }
}

/// The searchable personal fields of a case, stored encrypted.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
struct Summary {
    names: Vec<String>,
    id_numbers: Vec<String>,
    reference: Option<String>,
}

impl Summary {
    fn of(h: &Household) -> Summary {
        Summary {
            names: h.members.iter().filter_map(|m| m.name.clone()).collect(),
            id_numbers: h
                .members
                .iter()
                .filter_map(|m| m.id_number.clone())
                .collect(),
            reference: h.reference.clone(),
        }
    }
}

/// One line of the case list.
#[derive(Debug, Clone, PartialEq)]
pub struct CaseSummary {
    /// Case id.
    pub id: String,
    /// Status.
    pub status: CaseStatus,
    /// Hukou area code.
    pub area: Option<String>,
    /// Created (+08:00).
    pub created_at: String,
    /// Last changed (+08:00).
    pub updated_at: String,
    /// Archived cases are hidden from the default list.
    pub archived: bool,
    /// The applicant's name (first member's), if recorded.
    pub name: Option<String>,
    /// The applicant's ID number, masked (330302********1234).
    pub id_number_masked: Option<String>,
}

/// A search of the case list. Empty fields match everything.
#[derive(Debug, Clone, Default)]
pub struct CaseQuery {
    /// Part of any member's name.
    pub name: Option<String>,
    /// Part of any member's ID number.
    pub id_number: Option<String>,
    /// Hukou area code.
    pub area: Option<String>,
    /// Status.
    pub status: Option<CaseStatus>,
    /// Changed on or after this day.
    pub changed_from: Option<NaiveDate>,
    /// Changed on or before this day.
    pub changed_to: Option<NaiveDate>,
    /// Include archived cases.
    pub include_archived: bool,
}

/// A stored assessment.
#[derive(Debug, Clone)]
pub struct AssessmentRecord {
    /// Row id.
    pub id: i64,
    /// When it was made (+08:00).
    pub created_at: String,
    /// Officer.
    pub officer: String,
    /// Assessment date.
    pub date: NaiveDate,
    /// Hash of the parameter set used.
    pub pack_hash: String,
    /// Engine version.
    pub engine_version: String,
    /// The determination as JSON (the `--json` view).
    pub view: serde_json::Value,
}

/// A note on a case.
#[derive(Debug, Clone, PartialEq)]
pub struct Note {
    /// When (+08:00).
    pub created_at: String,
    /// Officer.
    pub officer: String,
    /// Text.
    pub text: String,
}

/// A case as opened.
#[derive(Debug, Clone)]
pub struct Case {
    /// Case id.
    pub id: String,
    /// Status.
    pub status: CaseStatus,
    /// Archived.
    pub archived: bool,
    /// The household facts.
    pub household: Household,
    /// Assessments, oldest first.
    pub assessments: Vec<AssessmentRecord>,
    /// Notes, oldest first.
    pub notes: Vec<Note>,
}

/// An open, unlocked case store.
#[derive(Debug)]
pub struct CaseStore {
    pub(super) conn: Connection,
    pub(super) key: StoreKey,
    pub(super) officer: String,
}

/// The Argon2id cost recorded in the store (`LEGACY` for stores made before it was recorded).
fn recorded_kdf(conn: &Connection) -> Result<Kdf, CaseError> {
    let code: Option<Vec<u8>> = conn
        .query_row("SELECT value FROM meta WHERE key = 'kdf'", [], |r| r.get(0))
        .optional()?;
    Kdf::recorded(
        code.map(|c| String::from_utf8_lossy(&c).into_owned())
            .as_deref(),
    )
    .map_err(CaseError::Kdf)
}

/// A fresh salt and key under today's cost, recorded with the key check; returns the key.
fn new_key(tx: &Connection, passphrase: &str) -> Result<StoreKey, CaseError> {
    let salt = random::<16>();
    let key = StoreKey::derive(passphrase, &salt, Kdf::CURRENT)?;
    for (name, value) in [
        ("salt", salt.to_vec()),
        ("kdf", Kdf::CURRENT.code().into_bytes()),
        ("key_check", key.seal(b"meta\x1fkey_check", KEY_CHECK)),
    ] {
        tx.execute(
            "INSERT OR REPLACE INTO meta (key, value) VALUES (?1, ?2)",
            params![name, value],
        )?;
    }
    Ok(key)
}

/// Re-keys a store under today's cost: every sealed record is opened with the old key and sealed
/// with the new one, and the audit chain is hashed again under the new key (its entries unchanged).
fn rekey(tx: &Connection, old: &StoreKey, passphrase: &str) -> Result<StoreKey, CaseError> {
    let new = new_key(tx, passphrase)?;
    for (table, id, columns) in [
        ("cases", "id", &["summary", "household"][..]),
        ("assessments", "id", &["view"][..]),
        ("notes", "id", &["body"][..]),
    ] {
        for column in columns {
            let rows: Vec<(String, Vec<u8>)> = tx
                .prepare(&format!("SELECT CAST({id} AS TEXT), {column} FROM {table}"))?
                .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?
                .collect::<Result<_, _>>()?;
            for (row, sealed) in rows {
                let binding = aad(table, &row, column);
                let plain = old
                    .open(&binding, &sealed)
                    .ok_or_else(|| CaseError::Damaged(format!("{table} {row} {column}")))?;
                tx.execute(
                    &format!("UPDATE {table} SET {column} = ?1 WHERE {id} = ?2"),
                    params![new.seal(&binding, &plain), row],
                )?;
            }
        }
    }
    audit::rehash(tx, old, &new)?;
    Ok(new)
}

fn aad(table: &str, id: &str, column: &str) -> Vec<u8> {
    format!("{table}\u{1f}{id}\u{1f}{column}").into_bytes()
}

pub(super) fn seal_json<T: Serialize>(
    key: &StoreKey,
    table: &str,
    id: &str,
    column: &str,
    value: &T,
) -> Result<Vec<u8>, CaseError> {
    Ok(key.seal(&aad(table, id, column), &serde_json::to_vec(value)?))
}

/// Inserts or replaces a case's row inside the caller's transaction.
pub(super) fn write_case(
    tx: &Transaction<'_>,
    key: &StoreKey,
    id: &str,
    h: &Household,
    status: CaseStatus,
    now: &str,
) -> Result<(), CaseError> {
    let summary = seal_json(key, "cases", id, "summary", &Summary::of(h))?;
    let household = seal_json(key, "cases", id, "household", h)?;
    let area = h.hukou_area.map(Area::code);
    tx.execute(
        "INSERT INTO cases (id, created_at, updated_at, status, area, summary, household)
         VALUES (?1, ?2, ?2, ?3, ?4, ?5, ?6)
         ON CONFLICT(id) DO UPDATE SET updated_at = ?2, status = ?3, area = ?4,
             summary = ?5, household = ?6",
        params![id, now, status.code(), area, summary, household],
    )?;
    Ok(())
}

fn today_changed_bounds(q: &CaseQuery) -> (String, String) {
    (
        q.changed_from.map_or_else(String::new, |d| d.to_string()),
        q.changed_to
            .map_or_else(|| "9999".to_owned(), |d| format!("{d}\u{ffff}")),
    )
}

impl CaseStore {
    /// Opens (or creates) the store at `path` with the officer's passphrase. A wrong passphrase is
    /// refused before anything is written.
    ///
    /// # Errors
    /// [`CaseError::WrongPassphrase`], [`CaseError::TooNew`], or a SQLite error (not a database…).
    pub fn open(path: &Path, passphrase: &str, officer: &str) -> Result<CaseStore, CaseError> {
        CaseStore::open_at_schema(path, passphrase, officer, SCHEMA_VERSION)
    }

    /// Opens the store migrating it only up to `schema` (at most [`SCHEMA_VERSION`]): what an
    /// older program would have written, for the migration tests.
    ///
    /// # Errors
    /// As [`CaseStore::open`].
    #[doc(hidden)]
    pub fn open_at_schema(
        path: &Path,
        passphrase: &str,
        officer: &str,
        schema: i64,
    ) -> Result<CaseStore, CaseError> {
        let schema = schema.min(SCHEMA_VERSION);
        let mut conn = Connection::open(path)?;
        // WAL: readers never block the writer and a crash keeps the last commit; FULL: a commit
        // survives power loss too.
        conn.pragma_update(None, "journal_mode", "WAL")?;
        conn.pragma_update(None, "synchronous", "FULL")?;
        conn.pragma_update(None, "foreign_keys", "ON")?;
        conn.busy_timeout(std::time::Duration::from_secs(5))?;
        let version: i64 = conn.pragma_query_value(None, "user_version", |r| r.get(0))?;
        if version > SCHEMA_VERSION {
            return Err(CaseError::TooNew {
                found: version,
                known: SCHEMA_VERSION,
            });
        }
        let mut tx = conn.transaction()?;
        let upto = usize::try_from(schema).unwrap_or(0);
        for (i, sql) in MIGRATIONS
            .iter()
            .enumerate()
            .take(upto)
            .skip(usize::try_from(version).unwrap_or(0))
        {
            tx.execute_batch(sql)?;
            tx.pragma_update(None, "user_version", i64::try_from(i + 1).unwrap_or(0))?;
        }
        let salt: Option<Vec<u8>> = tx
            .query_row("SELECT value FROM meta WHERE key = 'salt'", [], |r| {
                r.get(0)
            })
            .optional()?;
        let key = match salt {
            Some(salt) => {
                let kdf = recorded_kdf(&tx)?;
                let key = StoreKey::derive(passphrase, &salt, kdf)?;
                let check: Vec<u8> =
                    tx.query_row("SELECT value FROM meta WHERE key = 'key_check'", [], |r| {
                        r.get(0)
                    })?;
                if key.open(b"meta\x1fkey_check", &check).as_deref() != Some(KEY_CHECK) {
                    // Dropping the transaction rolls back any migration: nothing changes.
                    return Err(CaseError::WrongPassphrase);
                }
                if kdf == Kdf::CURRENT {
                    key
                } else {
                    // A store made under a lower cost is re-keyed under today's: all of it or
                    // none. One whose log or records do not verify keeps its key, so that the
                    // re-keying never launders a change (`audit verify` still finds it).
                    let savepoint = tx.savepoint()?;
                    match rekey(&savepoint, &key, passphrase) {
                        Ok(new) => {
                            savepoint.commit()?;
                            new
                        }
                        Err(_) => key,
                    }
                }
            }
            None => new_key(&tx, passphrase)?,
        };
        tx.commit()?;
        Ok(CaseStore {
            conn,
            key,
            officer: officer.to_owned(),
        })
    }

    /// The Argon2id cost the store's key is derived with.
    pub(super) fn kdf(&self) -> Result<Kdf, CaseError> {
        recorded_kdf(&self.conn)
    }

    /// A number that changes whenever this connection writes (rows changed since it opened): the
    /// GUI keeps the case list until it changes, instead of decrypting every summary each frame.
    #[must_use]
    pub fn generation(&self) -> u64 {
        self.conn.total_changes()
    }

    /// The officer recorded in audit entries.
    #[must_use]
    pub fn officer(&self) -> &str {
        &self.officer
    }

    pub(super) fn open_json<T: for<'de> Deserialize<'de>>(
        &self,
        table: &str,
        id: &str,
        column: &str,
        sealed: &[u8],
    ) -> Result<T, CaseError> {
        let plain = self
            .key
            .open(&aad(table, id, column), sealed)
            .ok_or_else(|| CaseError::Damaged(format!("{table} {id} {column}")))?;
        Ok(serde_json::from_slice(&plain)?)
    }

    /// Creates a case from the facts; returns its id.
    ///
    /// # Errors
    /// A SQLite error (disk full…); nothing is written then.
    pub fn create(&mut self, h: &Household) -> Result<String, CaseError> {
        let id = hex::encode(random::<8>());
        let now = audit::now_cst();
        let tx = self.conn.transaction()?;
        write_case(&tx, &self.key, &id, h, CaseStatus::Draft, &now)?;
        audit::append(
            &tx,
            &self.key,
            &self.officer,
            AuditAction::Create,
            Some(&id),
            "",
        )?;
        tx.commit()?;
        Ok(id)
    }

    /// Saves the facts of a case (autosave: one transaction per change).
    ///
    /// # Errors
    /// [`CaseError::NotFound`], or a SQLite error; the previous version stays then.
    pub fn save(&mut self, id: &str, h: &Household) -> Result<(), CaseError> {
        let status = self.status(id)?;
        let now = audit::now_cst();
        let tx = self.conn.transaction()?;
        write_case(&tx, &self.key, id, h, status, &now)?;
        audit::append(
            &tx,
            &self.key,
            &self.officer,
            AuditAction::Update,
            Some(id),
            "facts",
        )?;
        tx.commit()?;
        Ok(())
    }

    fn status(&self, id: &str) -> Result<CaseStatus, CaseError> {
        self.conn
            .query_row("SELECT status FROM cases WHERE id = ?1", params![id], |r| {
                r.get::<_, String>(0)
            })
            .optional()?
            .map(|s| CaseStatus::from_code(&s))
            .ok_or_else(|| CaseError::NotFound(id.to_owned()))
    }

    /// Sets the status.
    ///
    /// # Errors
    /// [`CaseError::NotFound`], or a SQLite error.
    pub fn set_status(&mut self, id: &str, status: CaseStatus) -> Result<(), CaseError> {
        self.update_column(
            id,
            "status",
            status.code(),
            &format!("status {}", status.code()),
        )
    }

    /// Archives or restores a case.
    ///
    /// # Errors
    /// [`CaseError::NotFound`], or a SQLite error.
    pub fn set_archived(&mut self, id: &str, archived: bool) -> Result<(), CaseError> {
        self.update_column(
            id,
            "archived",
            i64::from(archived),
            if archived { "archived" } else { "restored" },
        )
    }

    fn update_column(
        &mut self,
        id: &str,
        column: &'static str,
        value: impl rusqlite::ToSql,
        detail: &str,
    ) -> Result<(), CaseError> {
        let tx = self.conn.transaction()?;
        let n = tx.execute(
            &format!("UPDATE cases SET {column} = ?1, updated_at = ?2 WHERE id = ?3"),
            params![value, audit::now_cst(), id],
        )?;
        if n == 0 {
            return Err(CaseError::NotFound(id.to_owned()));
        }
        audit::append(
            &tx,
            &self.key,
            &self.officer,
            AuditAction::Update,
            Some(id),
            detail,
        )?;
        tx.commit()?;
        Ok(())
    }

    /// Copies a case's facts into a new draft case; returns the new id.
    ///
    /// # Errors
    /// [`CaseError::NotFound`], [`CaseError::Damaged`], or a SQLite error.
    pub fn duplicate(&mut self, id: &str) -> Result<String, CaseError> {
        let h = self.open_case(id)?.household;
        let new = hex::encode(random::<8>());
        let now = audit::now_cst();
        let tx = self.conn.transaction()?;
        write_case(&tx, &self.key, &new, &h, CaseStatus::Draft, &now)?;
        audit::append(
            &tx,
            &self.key,
            &self.officer,
            AuditAction::Duplicate,
            Some(&new),
            &format!("from {id}"),
        )?;
        tx.commit()?;
        Ok(new)
    }

    /// Deletes a case with its assessments and notes (the audit entries remain).
    ///
    /// # Errors
    /// [`CaseError::NotFound`], or a SQLite error.
    pub fn delete(&mut self, id: &str) -> Result<(), CaseError> {
        let tx = self.conn.transaction()?;
        let n = tx.execute("DELETE FROM cases WHERE id = ?1", params![id])?;
        if n == 0 {
            return Err(CaseError::NotFound(id.to_owned()));
        }
        audit::append(
            &tx,
            &self.key,
            &self.officer,
            AuditAction::Delete,
            Some(id),
            "",
        )?;
        tx.commit()?;
        Ok(())
    }

    /// Records an assessment of a case, with the parameter packs it used; the case becomes
    /// `assessed` unless it was printed or closed.
    ///
    /// # Errors
    /// [`CaseError::NotFound`], or a SQLite error.
    pub fn record_assessment(
        &mut self,
        id: &str,
        view: &DeterminationView,
        set: &ParamSet,
    ) -> Result<i64, CaseError> {
        let status = self.status(id)?;
        let tx = self.conn.transaction()?;
        let layers: Vec<&str> = set.layers().iter().map(|l| l.source()).collect();
        tx.execute(
            "INSERT OR IGNORE INTO packs (hash, layers) VALUES (?1, ?2)",
            params![set.hash(), serde_json::to_string(&layers)?],
        )?;
        tx.execute(
            "INSERT INTO assessments (case_id, created_at, officer, date, pack_hash, engine_version, view)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, x'')",
            params![
                id,
                audit::now_cst(),
                self.officer,
                view.date.to_string(),
                set.hash(),
                view.engine_version
            ],
        )?;
        let row = tx.last_insert_rowid();
        let sealed = seal_json(&self.key, "assessments", &row.to_string(), "view", view)?;
        tx.execute(
            "UPDATE assessments SET view = ?1 WHERE id = ?2",
            params![sealed, row],
        )?;
        if status == CaseStatus::Draft {
            tx.execute(
                "UPDATE cases SET status = 'assessed', updated_at = ?1 WHERE id = ?2",
                params![audit::now_cst(), id],
            )?;
        }
        audit::append(
            &tx,
            &self.key,
            &self.officer,
            AuditAction::Assess,
            Some(id),
            &format!("determination {} on {}", view.id, view.date),
        )?;
        tx.commit()?;
        Ok(row)
    }

    /// Records that an assessment was exported as PDF; the case becomes `printed`.
    ///
    /// # Errors
    /// [`CaseError::NotFound`], or a SQLite error.
    pub fn record_pdf_export(&mut self, id: &str, determination_id: &str) -> Result<(), CaseError> {
        let status = self.status(id)?;
        let tx = self.conn.transaction()?;
        if status != CaseStatus::Closed {
            tx.execute(
                "UPDATE cases SET status = 'printed', updated_at = ?1 WHERE id = ?2",
                params![audit::now_cst(), id],
            )?;
        }
        audit::append(
            &tx,
            &self.key,
            &self.officer,
            AuditAction::PdfExport,
            Some(id),
            &format!("determination {determination_id}"),
        )?;
        tx.commit()?;
        Ok(())
    }

    /// Records in the audit log that a policy update was installed on this laptop: its id, publisher,
    /// date of issue and file hash (no case concerned).
    ///
    /// # Errors
    /// A SQLite error.
    pub fn record_policy_update(&mut self, detail: &str) -> Result<(), CaseError> {
        let tx = self.conn.transaction()?;
        audit::append(
            &tx,
            &self.key,
            &self.officer,
            AuditAction::PolicyUpdate,
            None,
            detail,
        )?;
        tx.commit()?;
        Ok(())
    }

    /// Adds a note.
    ///
    /// # Errors
    /// [`CaseError::NotFound`], or a SQLite error.
    pub fn add_note(&mut self, id: &str, text: &str) -> Result<(), CaseError> {
        self.status(id)?;
        let tx = self.conn.transaction()?;
        tx.execute(
            "INSERT INTO notes (case_id, created_at, officer, body) VALUES (?1, ?2, ?3, x'')",
            params![id, audit::now_cst(), self.officer],
        )?;
        let row = tx.last_insert_rowid();
        let sealed = seal_json(&self.key, "notes", &row.to_string(), "body", &text)?;
        tx.execute(
            "UPDATE notes SET body = ?1 WHERE id = ?2",
            params![sealed, row],
        )?;
        audit::append(
            &tx,
            &self.key,
            &self.officer,
            AuditAction::Note,
            Some(id),
            "",
        )?;
        tx.commit()?;
        Ok(())
    }

    /// Opens a case with its assessments and notes.
    ///
    /// # Errors
    /// [`CaseError::NotFound`], [`CaseError::Damaged`] if a record fails authentication.
    pub fn open_case(&self, id: &str) -> Result<Case, CaseError> {
        let (status, archived, household): (String, i64, Vec<u8>) = self
            .conn
            .query_row(
                "SELECT status, archived, household FROM cases WHERE id = ?1",
                params![id],
                |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
            )
            .optional()?
            .ok_or_else(|| CaseError::NotFound(id.to_owned()))?;
        let household: Household = self.open_json("cases", id, "household", &household)?;
        let mut stmt = self.conn.prepare(
            "SELECT id, created_at, officer, date, pack_hash, engine_version, view
             FROM assessments WHERE case_id = ?1 ORDER BY id",
        )?;
        let rows = stmt
            .query_map(params![id], |r| {
                Ok((
                    r.get::<_, i64>(0)?,
                    r.get::<_, String>(1)?,
                    r.get::<_, String>(2)?,
                    r.get::<_, String>(3)?,
                    r.get::<_, String>(4)?,
                    r.get::<_, String>(5)?,
                    r.get::<_, Vec<u8>>(6)?,
                ))
            })?
            .collect::<Result<Vec<_>, _>>()?;
        let mut assessments = Vec::with_capacity(rows.len());
        for (row, created_at, officer, date, pack_hash, engine_version, view) in rows {
            assessments.push(AssessmentRecord {
                id: row,
                created_at,
                officer,
                date: date
                    .parse()
                    .map_err(|_| CaseError::Damaged(format!("assessments {row} date")))?,
                pack_hash,
                engine_version,
                view: self.open_json("assessments", &row.to_string(), "view", &view)?,
            });
        }
        let mut stmt = self.conn.prepare(
            "SELECT id, created_at, officer, body FROM notes WHERE case_id = ?1 ORDER BY id",
        )?;
        let rows = stmt
            .query_map(params![id], |r| {
                Ok((
                    r.get::<_, i64>(0)?,
                    r.get::<_, String>(1)?,
                    r.get::<_, String>(2)?,
                    r.get::<_, Vec<u8>>(3)?,
                ))
            })?
            .collect::<Result<Vec<_>, _>>()?;
        let mut notes = Vec::with_capacity(rows.len());
        for (row, created_at, officer, body) in rows {
            notes.push(Note {
                created_at,
                officer,
                text: self.open_json("notes", &row.to_string(), "body", &body)?,
            });
        }
        Ok(Case {
            id: id.to_owned(),
            status: CaseStatus::from_code(&status),
            archived: archived != 0,
            household,
            assessments,
            notes,
        })
    }

    /// The case list, newest change first, filtered by the query. Clear columns (area, status,
    /// dates, archive flag) are filtered by SQLite; names and ID numbers, stored encrypted, are
    /// decrypted and matched here.
    ///
    /// # Errors
    /// [`CaseError::Damaged`] if a summary fails authentication, or a SQLite error.
    pub fn list(&self, q: &CaseQuery) -> Result<Vec<CaseSummary>, CaseError> {
        let (from, to) = today_changed_bounds(q);
        let mut stmt = self.conn.prepare_cached(
            "SELECT id, status, area, created_at, updated_at, archived, summary FROM cases
             WHERE (?1 IS NULL OR area = ?1) AND (?2 IS NULL OR status = ?2)
               AND updated_at >= ?3 AND updated_at <= ?4 AND (?5 OR archived = 0)
             ORDER BY updated_at DESC, id",
        )?;
        let rows = stmt
            .query_map(
                params![
                    q.area,
                    q.status.map(CaseStatus::code),
                    from,
                    to,
                    q.include_archived
                ],
                |r| {
                    Ok((
                        r.get::<_, String>(0)?,
                        r.get::<_, String>(1)?,
                        r.get::<_, Option<String>>(2)?,
                        r.get::<_, String>(3)?,
                        r.get::<_, String>(4)?,
                        r.get::<_, i64>(5)?,
                        r.get::<_, Vec<u8>>(6)?,
                    ))
                },
            )?
            .collect::<Result<Vec<_>, _>>()?;
        let name = q.name.as_deref().map(str::trim).filter(|s| !s.is_empty());
        let number = q
            .id_number
            .as_deref()
            .map(|s| s.trim().to_uppercase())
            .filter(|s| !s.is_empty());
        let mut out = Vec::new();
        for (id, status, area, created_at, updated_at, archived, summary) in rows {
            let s: Summary = self.open_json("cases", &id, "summary", &summary)?;
            if name.is_some_and(|n| !s.names.iter().any(|m| m.contains(n))) {
                continue;
            }
            if number
                .as_deref()
                .is_some_and(|n| !s.id_numbers.iter().any(|m| m.to_uppercase().contains(n)))
            {
                continue;
            }
            out.push(CaseSummary {
                id,
                status: CaseStatus::from_code(&status),
                area,
                created_at,
                updated_at,
                archived: archived != 0,
                name: s.names.first().cloned(),
                id_number_masked: s.id_numbers.first().map(|n| mask_id_number(n)),
            });
        }
        Ok(out)
    }

    /// The parameter packs an assessment was made with, as their source texts (base first).
    ///
    /// # Errors
    /// A SQLite error, or [`CaseError::Damaged`] if the packs are not stored.
    pub fn packs_of(&self, pack_hash: &str) -> Result<Vec<String>, CaseError> {
        let layers: String = self
            .conn
            .query_row(
                "SELECT layers FROM packs WHERE hash = ?1",
                params![pack_hash],
                |r| r.get(0),
            )
            .optional()?
            .ok_or_else(|| CaseError::Damaged(format!("packs {pack_hash}")))?;
        Ok(serde_json::from_str(&layers)?)
    }

    /// Checks the audit chain; returns the number of entries.
    ///
    /// # Errors
    /// [`CaseError::AuditBroken`] naming the first bad entry.
    pub fn verify_audit(&self) -> Result<usize, CaseError> {
        let n = audit::verify(&self.conn, &self.key)?;
        self.verify_records()?;
        Ok(n)
    }

    /// Holds the records against the key and the log: every sealed record must open under its own
    /// row's binding (a flipped byte, or a record copied from another row, fails), and the cases in
    /// the store must be those the log leaves alive (created, duplicated or imported, and not
    /// deleted): a row deleted or added outside the program is named.
    fn verify_records(&self) -> Result<(), CaseError> {
        let broken = |case: &str, reason: &'static str| CaseError::RecordBroken {
            case: case.to_owned(),
            reason,
        };
        let mut stored = std::collections::BTreeSet::new();
        let mut cases = self
            .conn
            .prepare("SELECT id, summary, household FROM cases")?;
        let mut rows = cases.query([])?;
        while let Some(r) = rows.next()? {
            let id: String = r.get(0)?;
            for (i, column) in [(1, "summary"), (2, "household")] {
                let sealed: Vec<u8> = r.get(i)?;
                if self.key.open(&aad("cases", &id, column), &sealed).is_none() {
                    return Err(broken(&id, "its record was altered"));
                }
            }
            stored.insert(id);
        }
        for (table, column) in [("assessments", "view"), ("notes", "body")] {
            let mut stmt = self
                .conn
                .prepare(&format!("SELECT id, case_id, {column} FROM {table}"))?;
            let mut rows = stmt.query([])?;
            while let Some(r) = rows.next()? {
                let (row, case): (i64, String) = (r.get(0)?, r.get(1)?);
                let sealed: Vec<u8> = r.get(2)?;
                if self
                    .key
                    .open(&aad(table, &row.to_string(), column), &sealed)
                    .is_none()
                {
                    return Err(broken(
                        &case,
                        if table == "notes" {
                            "one of its notes was altered"
                        } else {
                            "one of its assessments was altered"
                        },
                    ));
                }
            }
        }
        // The cases the log leaves alive, in the order it names them, with the assessments and
        // notes it records for each: at least that many rows must be there (rows are never
        // deleted by the program except with their case), exactly that many when every record
        // that came with the case was counted in the log.
        let mut live: Vec<Logged> = Vec::new();
        for e in audit::entries(&self.conn)? {
            let Some(case) = e.case_id else { continue };
            let at = live.iter().position(|l| l.case == case);
            match (e.action.as_str(), at) {
                ("create" | "duplicate", None) => live.push(Logged::new(case, Some((0, 0)))),
                ("transfer_in", None) => {
                    live.push(Logged::new(case, audit::imported_counts(&e.detail)));
                }
                ("assess", Some(i)) => live[i].assessments += 1,
                ("note", Some(i)) => live[i].notes += 1,
                ("delete", Some(i)) => {
                    live.remove(i);
                }
                _ => {}
            }
        }
        if let Some(missing) = live.iter().find(|l| !stored.contains(&l.case)) {
            return Err(broken(&missing.case, "it was removed outside the program"));
        }
        if let Some(extra) = stored.iter().find(|c| !live.iter().any(|l| l.case == **c)) {
            return Err(broken(extra, "it was added outside the program"));
        }
        for l in &live {
            for (table, logged, removed, added) in [
                (
                    "assessments",
                    l.assessments,
                    "one of its assessments was removed outside the program",
                    "an assessment was added to it outside the program",
                ),
                (
                    "notes",
                    l.notes,
                    "one of its notes was removed outside the program",
                    "a note was added to it outside the program",
                ),
            ] {
                let rows: i64 = self.conn.query_row(
                    &format!("SELECT COUNT(*) FROM {table} WHERE case_id = ?1"),
                    params![l.case],
                    |r| r.get(0),
                )?;
                let rows = usize::try_from(rows).unwrap_or(0);
                if rows < logged {
                    return Err(broken(&l.case, removed));
                }
                if l.exact && rows > logged {
                    return Err(broken(&l.case, added));
                }
            }
        }
        Ok(())
    }

    /// Every audit entry, oldest first.
    ///
    /// # Errors
    /// A SQLite error.
    pub fn audit_entries(&self) -> Result<Vec<AuditEntry>, CaseError> {
        audit::entries(&self.conn)
    }

    /// SQLite's own check of the file (`PRAGMA integrity_check`): `true` if it answers `ok`.
    ///
    /// # Errors
    /// A SQLite error.
    pub fn integrity_ok(&self) -> Result<bool, CaseError> {
        let r: String = self
            .conn
            .query_row("PRAGMA integrity_check", [], |r| r.get(0))?;
        Ok(r == "ok")
    }
}

/// A case as the audit log leaves it: alive, with the assessments and notes the log records.
struct Logged {
    case: String,
    assessments: usize,
    notes: usize,
    /// Every record of the case is counted (false for a case imported before imports were counted).
    exact: bool,
}

impl Logged {
    fn new(case: String, came_with: Option<(usize, usize)>) -> Self {
        let (assessments, notes) = came_with.unwrap_or((0, 0));
        Logged {
            case,
            assessments,
            notes,
            exact: came_with.is_some(),
        }
    }
}
