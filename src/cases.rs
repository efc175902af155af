//! The case store: one SQLite file per officer profile holding households, every assessment made on
//! them, notes and status, with an audit log and encryption at rest.
//!
//! - Personal content (the household, names and ID numbers, determinations, notes) is stored only
//!   as XChaCha20-Poly1305 ciphertext under a key derived once per session from the officer's
//!   passphrase with Argon2id; each record is bound to its table, row and column, so a record moved
//!   or altered fails authentication. Status, dates and the hukou area stay in clear for listing.
//! - Every change is one transaction in WAL mode: a crash leaves the last committed state.
//! - Every create, change, assessment, PDF export, transfer and deletion appends an audit entry whose
//!   keyed hash chains to the previous one (`audit verify`).
//! - Schema versions are numbered migrations (`schema`); an older store opens in a newer program.
//! - A backup (`backup`) is one file sealed under the store's key: the store and the data folder's
//!   policy files; a restore checks all of it before writing anything.
//!
//! This is an edge of the application: it may use the core (household, policy, engine, explain)
//! but the core never uses it.

mod audit;
mod backup;
mod crypto;
mod reassess;
mod schema;
mod store;
mod transfer;

pub use audit::{AuditAction, AuditEntry};
pub use backup::{BackupContents, STORE_FILE, restore};
pub use reassess::{Change, compare};
pub use schema::{MIGRATIONS, SCHEMA_VERSION};
pub use store::{AssessmentRecord, Case, CaseQuery, CaseStatus, CaseStore, CaseSummary, Note};
pub use transfer::Consent;

/// What can go wrong with the case store. Each variant has a message key for the user's language.
#[derive(Debug, thiserror::Error)]
pub enum CaseError {
    /// The passphrase does not open this store (nothing was changed).
    #[error("the passphrase does not open this case store")]
    WrongPassphrase,
    /// SQLite failed (file unreadable, not a database, disk full…).
    #[error("case store: {0}")]
    Sql(#[from] rusqlite::Error),
    /// A stored record failed authentication: it was altered or damaged.
    #[error("record {0} is damaged or was altered")]
    Damaged(String),
    /// No case with this id.
    #[error("no case {0}")]
    NotFound(String),
    /// The store was written by a newer version of the program.
    #[error("the case store has schema version {found}; this program knows versions up to {known}")]
    TooNew {
        /// Version found in the file.
        found: i64,
        /// Newest version this program knows.
        known: i64,
    },
    /// The audit chain is broken at an entry.
    #[error("audit entry {seq} fails the chain: {reason}")]
    AuditBroken {
        /// Sequence number of the first bad entry.
        seq: i64,
        /// What is wrong.
        reason: &'static str,
    },
    /// A case's records do not agree with the key or the audit log.
    #[error("case {case}: {reason}")]
    RecordBroken {
        /// The case.
        case: String,
        /// What is wrong.
        reason: &'static str,
    },
    /// A backup file is damaged, truncated, foreign or for another passphrase, or cannot be
    /// restored where asked.
    #[error("backup: {0}")]
    Backup(&'static str),
    /// A file could not be read or written.
    #[error("file: {0}")]
    Io(String),
    /// A transfer file is damaged, foreign, or for another passphrase.
    #[error("transfer file: {0}")]
    Transfer(&'static str),
    /// Stored JSON does not parse.
    #[error("case data: {0}")]
    Json(#[from] serde_json::Error),
    /// Key derivation failed.
    #[error("key derivation: {0}")]
    Kdf(String),
    /// Re-running a stored assessment failed (its parameters no longer parse, or the facts fail).
    #[error("re-assessment: {0}")]
    Reassess(String),
}

impl CaseError {
    /// Message key of the error, for the user's language.
    #[must_use]
    pub fn key(&self) -> &'static str {
        match self {
            CaseError::WrongPassphrase => "error-case-passphrase",
            CaseError::Damaged(_)
            | CaseError::AuditBroken { .. }
            | CaseError::RecordBroken { .. } => "error-case-damaged",
            CaseError::NotFound(_) => "error-case-not-found",
            CaseError::TooNew { .. } => "error-case-too-new",
            CaseError::Transfer(_) => "error-case-transfer",
            CaseError::Backup(_) => "error-case-backup",
            CaseError::Io(_) => "error-write",
            CaseError::Sql(_) | CaseError::Json(_) | CaseError::Kdf(_) | CaseError::Reassess(_) => {
                "error-case-store"
            }
        }
    }
}
