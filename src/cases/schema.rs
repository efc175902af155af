//! The numbered schema migrations. `PRAGMA user_version` holds the version a store is at; opening a
//! store applies the missing migrations in one transaction. Never edit a released migration: add one.

/// The migrations, version 1 first. Version `n` is `MIGRATIONS[n - 1]`.
pub const MIGRATIONS: &[&str] = &[
    // 1: cases, assessments, audit log, store metadata (salt and key check).
    "CREATE TABLE meta (key TEXT PRIMARY KEY, value BLOB NOT NULL);
     CREATE TABLE cases (
         id TEXT PRIMARY KEY,
         created_at TEXT NOT NULL,
         updated_at TEXT NOT NULL,
         status TEXT NOT NULL,
         area TEXT,
         summary BLOB NOT NULL,
         household BLOB NOT NULL
     );
     CREATE TABLE assessments (
         id INTEGER PRIMARY KEY,
         case_id TEXT NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
         created_at TEXT NOT NULL,
         officer TEXT NOT NULL,
         date TEXT NOT NULL,
         pack_hash TEXT NOT NULL,
         engine_version TEXT NOT NULL,
         view BLOB NOT NULL
     );
     CREATE TABLE audit (
         seq INTEGER PRIMARY KEY,
         at TEXT NOT NULL,
         officer TEXT NOT NULL,
         action TEXT NOT NULL,
         case_id TEXT,
         detail TEXT NOT NULL,
         prev TEXT NOT NULL,
         hash TEXT NOT NULL
     );",
    // 2: archiving, notes, and the parameter packs of each assessment (so an old assessment can be
    // re-run under the very parameters it was made with).
    "ALTER TABLE cases ADD COLUMN archived INTEGER NOT NULL DEFAULT 0;
     CREATE TABLE notes (
         id INTEGER PRIMARY KEY,
         case_id TEXT NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
         created_at TEXT NOT NULL,
         officer TEXT NOT NULL,
         body BLOB NOT NULL
     );
     CREATE TABLE packs (hash TEXT PRIMARY KEY, layers TEXT NOT NULL);
     CREATE INDEX cases_updated ON cases(updated_at);
     CREATE INDEX assessments_case ON assessments(case_id);",
];

/// The schema version this program writes.
pub const SCHEMA_VERSION: i64 = MIGRATIONS.len() as i64;
