//! The audit log: append-only entries, each with a keyed hash (HMAC-SHA256 under the store key)
//! over its content and the previous entry's hash. Editing, removing or reordering an entry breaks
//! the chain; removing the newest entries is caught by the chain head kept in `meta`, which is
//! written in the same transaction as every entry. Without the passphrase nobody can forge a chain.

use chrono::{FixedOffset, Utc};
use rusqlite::{Transaction, params};
use serde::Serialize;

use super::CaseError;
use super::crypto::StoreKey;

/// What happened.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum AuditAction {
    /// A case was created.
    Create,
    /// A case's facts, status or archive flag changed.
    Update,
    /// A case was duplicated into a new one.
    Duplicate,
    /// An assessment was recorded.
    Assess,
    /// A note was added.
    Note,
    /// A PDF was exported.
    PdfExport,
    /// Cases were exported to a transfer file.
    TransferOut,
    /// A case was imported from a transfer file.
    TransferIn,
    /// A case was deleted.
    Delete,
    /// A policy update was installed on this laptop (no case).
    PolicyUpdate,
    /// The store was backed up (no case).
    Backup,
    /// The store was restored from a backup (no case).
    Restore,
}

impl AuditAction {
    fn code(self) -> &'static str {
        match self {
            AuditAction::Create => "create",
            AuditAction::Update => "update",
            AuditAction::Duplicate => "duplicate",
            AuditAction::Assess => "assess",
            AuditAction::Note => "note",
            AuditAction::PdfExport => "pdf_export",
            AuditAction::TransferOut => "transfer_out",
            AuditAction::TransferIn => "transfer_in",
            AuditAction::Delete => "delete",
            AuditAction::PolicyUpdate => "policy_update",
            AuditAction::Backup => "backup",
            AuditAction::Restore => "restore",
        }
    }
}

/// The end of a `transfer_in` entry's detail: how many assessments and notes came with the case,
/// so that `audit verify` can hold the case's records against the log.
pub(crate) fn imported_records(assessments: usize, notes: usize) -> String {
    format!("{IMPORTED}{assessments} assessments, {notes} notes")
}

const IMPORTED: &str = "; imported: ";

/// The counts [`imported_records`] wrote, if the entry has them (entries written before it did not).
pub(crate) fn imported_counts(detail: &str) -> Option<(usize, usize)> {
    let (_, counts) = detail.rsplit_once(IMPORTED)?;
    let (a, n) = counts.split_once(" assessments, ")?;
    Some((a.parse().ok()?, n.strip_suffix(" notes")?.parse().ok()?))
}

/// One audit entry as stored.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct AuditEntry {
    /// Sequence number, from 1, without gaps.
    pub seq: i64,
    /// Time, China Standard Time (+08:00), RFC 3339.
    pub at: String,
    /// Officer.
    pub officer: String,
    /// Action code.
    pub action: String,
    /// The case concerned.
    pub case_id: Option<String>,
    /// What changed (no personal data: field names, determination ids, counts).
    pub detail: String,
    /// Hash of the previous entry (empty for the first).
    pub prev: String,
    /// This entry's keyed hash.
    pub hash: String,
}

fn content(
    seq: i64,
    at: &str,
    officer: &str,
    action: &str,
    case: Option<&str>,
    detail: &str,
    prev: &str,
) -> Vec<u8> {
    // Unit separators keep field boundaries unambiguous.
    [
        seq.to_string().as_str(),
        at,
        officer,
        action,
        case.unwrap_or(""),
        detail,
        prev,
    ]
    .join("\u{1f}")
    .into_bytes()
}

/// The current time in China Standard Time (no daylight saving; ecosystem note P15).
pub(crate) fn now_cst() -> String {
    let cst = FixedOffset::east_opt(8 * 3600).unwrap_or_else(|| unreachable!());
    Utc::now()
        .with_timezone(&cst)
        .to_rfc3339_opts(chrono::SecondsFormat::Secs, false)
}

/// Appends an entry inside the caller's transaction.
pub(crate) fn append(
    tx: &Transaction<'_>,
    key: &StoreKey,
    officer: &str,
    action: AuditAction,
    case: Option<&str>,
    detail: &str,
) -> Result<(), CaseError> {
    let (last_seq, prev): (i64, String) = tx
        .query_row(
            "SELECT seq, hash FROM audit ORDER BY seq DESC LIMIT 1",
            [],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .or_else(|e| match e {
            rusqlite::Error::QueryReturnedNoRows => Ok((0, String::new())),
            e => Err(e),
        })?;
    let seq = last_seq + 1;
    let at = now_cst();
    let hash = key.mac(&content(
        seq,
        &at,
        officer,
        action.code(),
        case,
        detail,
        &prev,
    ));
    tx.execute(
        "INSERT INTO audit (seq, at, officer, action, case_id, detail, prev, hash)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
        params![seq, at, officer, action.code(), case, detail, prev, hash],
    )?;
    tx.execute(
        "INSERT OR REPLACE INTO meta (key, value) VALUES ('audit_head', ?1)",
        params![format!("{seq}:{hash}").into_bytes()],
    )?;
    Ok(())
}

/// Checks the whole chain; returns the number of entries.
pub(crate) fn verify(conn: &rusqlite::Connection, key: &StoreKey) -> Result<usize, CaseError> {
    let entries = entries(conn)?;
    let mut prev = String::new();
    for (i, e) in entries.iter().enumerate() {
        let expected_seq = i64::try_from(i).unwrap_or(i64::MAX) + 1;
        if e.seq != expected_seq {
            return Err(CaseError::AuditBroken {
                seq: expected_seq,
                reason: "an entry is missing",
            });
        }
        if e.prev != prev {
            return Err(CaseError::AuditBroken {
                seq: e.seq,
                reason: "it does not follow the previous entry",
            });
        }
        let hash = key.mac(&content(
            e.seq,
            &e.at,
            &e.officer,
            &e.action,
            e.case_id.as_deref(),
            &e.detail,
            &e.prev,
        ));
        if hash != e.hash {
            return Err(CaseError::AuditBroken {
                seq: e.seq,
                reason: "its content was altered",
            });
        }
        prev = hash;
    }
    let head: Option<Vec<u8>> = conn
        .query_row("SELECT value FROM meta WHERE key = 'audit_head'", [], |r| {
            r.get(0)
        })
        .or_else(|e| match e {
            rusqlite::Error::QueryReturnedNoRows => Ok(None),
            e => Err(e),
        })?;
    let expected = entries.last().map(|e| format!("{}:{}", e.seq, e.hash));
    if head.map(|h| String::from_utf8_lossy(&h).into_owned()) != expected {
        return Err(CaseError::AuditBroken {
            seq: entries.last().map_or(1, |e| e.seq + 1),
            reason: "the newest entries were removed",
        });
    }
    Ok(entries.len())
}

/// Hashes the whole chain again under `new` (the entries themselves unchanged), after the store was
/// re-keyed; the caller has verified it under `old`.
pub(crate) fn rehash(
    conn: &rusqlite::Connection,
    old: &StoreKey,
    new: &StoreKey,
) -> Result<(), CaseError> {
    verify(conn, old)?;
    let mut prev = String::new();
    for e in entries(conn)? {
        let hash = new.mac(&content(
            e.seq,
            &e.at,
            &e.officer,
            &e.action,
            e.case_id.as_deref(),
            &e.detail,
            &prev,
        ));
        conn.execute(
            "UPDATE audit SET prev = ?1, hash = ?2 WHERE seq = ?3",
            params![prev, hash, e.seq],
        )?;
        conn.execute(
            "INSERT OR REPLACE INTO meta (key, value) VALUES ('audit_head', ?1)",
            params![format!("{}:{hash}", e.seq).into_bytes()],
        )?;
        prev = hash;
    }
    Ok(())
}

/// Every entry, oldest first.
pub(crate) fn entries(conn: &rusqlite::Connection) -> Result<Vec<AuditEntry>, CaseError> {
    let mut stmt = conn.prepare(
        "SELECT seq, at, officer, action, case_id, detail, prev, hash FROM audit ORDER BY seq",
    )?;
    let out = stmt
        .query_map([], |r| {
            Ok(AuditEntry {
                seq: r.get(0)?,
                at: r.get(1)?,
                officer: r.get(2)?,
                action: r.get(3)?,
                case_id: r.get(4)?,
                detail: r.get(5)?,
                prev: r.get(6)?,
                hash: r.get(7)?,
            })
        })?
        .collect::<Result<Vec<_>, _>>()?;
    Ok(out)
}
