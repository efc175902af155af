//! Backups that restore: one file holding a consistent copy of the case store (cases, assessments,
//! notes, the audit log and the parameter packs of every assessment) and the data folder's policy
//! files (installed updates, trusted publishers, the office's local pack), sealed as a whole under
//! the store's own key, so that a backup opens with the store's passphrase and a changed or
//! truncated byte anywhere is refused before anything is written.
//!
//! File: `MAGIC`, the store's salt and its Argon2id cost (each length-prefixed), then the sealed
//! payload. The payload is a list
//! of (name, bytes) entries, each length-prefixed; `cases.sqlite` is the store.

use std::path::{Path, PathBuf};

use rusqlite::params;

use super::CaseError;
use super::audit::{self, AuditAction};
use super::crypto::StoreKey;
use super::store::CaseStore;
use crate::kdf::Kdf;

/// First bytes of a backup file (and the binding of its seal).
const MAGIC: &[u8] = b"wenzhou-assess backup 1\n";

/// The store's name inside a backup and in the data folder.
pub const STORE_FILE: &str = "cases.sqlite";

/// Data-folder files a backup carries beside the store: the folders' files and the single files.
const FOLDERS: [&str; 2] = ["updates", "trusted-publishers"];
const FILES: [&str; 1] = ["local-pack.toml"];

/// What a backup or a restore holds.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BackupContents {
    /// Cases in the store.
    pub cases: usize,
    /// Audit entries (the backup's own entry included).
    pub audit_entries: usize,
    /// Data-folder files beside the store.
    pub files: usize,
}

impl CaseStore {
    /// Writes a backup of the store and of the policy files in `data_dir` to `out`. The backup is
    /// recorded in the audit log (and the time of it kept for the window's reminder) before the copy
    /// is taken, so the copy holds its own entry.
    ///
    /// # Errors
    /// A SQLite or file error; `out` is then not written (a temporary file is removed).
    pub fn backup(&mut self, data_dir: &Path, out: &Path) -> Result<BackupContents, CaseError> {
        let now = audit::now_cst();
        let tx = self.conn.transaction()?;
        audit::append(
            &tx,
            &self.key,
            &self.officer,
            AuditAction::Backup,
            None,
            &format!("to {}", out.display()),
        )?;
        tx.execute(
            "INSERT OR REPLACE INTO meta (key, value) VALUES ('last_backup', ?1)",
            params![now.into_bytes()],
        )?;
        tx.commit()?;
        // A consistent copy of the whole database, whatever the WAL holds.
        let snapshot = temp_beside(out, "snapshot");
        let _ = std::fs::remove_file(&snapshot);
        self.conn.execute(
            "VACUUM INTO ?1",
            params![snapshot.to_string_lossy().into_owned()],
        )?;
        let db = std::fs::read(&snapshot);
        let _ = std::fs::remove_file(&snapshot);
        let mut entries = vec![(STORE_FILE.to_owned(), db.map_err(io)?)];
        entries.extend(policy_files(data_dir)?);
        let salt: Vec<u8> =
            self.conn
                .query_row("SELECT value FROM meta WHERE key = 'salt'", [], |r| {
                    r.get(0)
                })?;
        let kdf = self.kdf()?.code().into_bytes();
        let mut file = MAGIC.to_vec();
        for field in [&salt, &kdf] {
            file.extend_from_slice(&u16::try_from(field.len()).unwrap_or(0).to_be_bytes());
            file.extend_from_slice(field);
        }
        file.extend_from_slice(&self.key.seal(MAGIC, &pack(&entries)));
        // Written aside and renamed: a backup file is whole or absent.
        let partial = temp_beside(out, "partial");
        std::fs::write(&partial, &file).map_err(io)?;
        std::fs::rename(&partial, out).map_err(io)?;
        Ok(BackupContents {
            cases: self.count("cases")?,
            audit_entries: self.count("audit")?,
            files: entries.len() - 1,
        })
    }

    /// When the last backup was taken (RFC 3339, China Standard Time), if ever.
    ///
    /// # Errors
    /// A SQLite error.
    pub fn last_backup(&self) -> Result<Option<String>, CaseError> {
        let v: Option<Vec<u8>> = self
            .conn
            .query_row(
                "SELECT value FROM meta WHERE key = 'last_backup'",
                [],
                |r| r.get(0),
            )
            .or_else(|e| match e {
                rusqlite::Error::QueryReturnedNoRows => Ok(None),
                e => Err(e),
            })?;
        Ok(v.map(|b| String::from_utf8_lossy(&b).into_owned()))
    }

    fn count(&self, table: &str) -> Result<usize, CaseError> {
        let n: i64 = self
            .conn
            .query_row(&format!("SELECT COUNT(*) FROM {table}"), [], |r| r.get(0))?;
        Ok(usize::try_from(n).unwrap_or(0))
    }
}

/// Restores a backup into `data_dir`, which must hold no case store. The whole file is checked
/// first (its seal under the passphrase, then the copied store's audit chain and every record);
/// only then are the files written, the store last and by renaming, so that a failure leaves the
/// folder as it was. The restore is recorded in the restored store's audit log.
///
/// # Errors
/// [`CaseError::Backup`] for a damaged, truncated or foreign file, a wrong passphrase or a folder
/// that already holds a store; [`CaseError::AuditBroken`] or [`CaseError::RecordBroken`] if the
/// copy inside does not verify; a file error.
pub fn restore(
    bytes: &[u8],
    passphrase: &str,
    officer: &str,
    data_dir: &Path,
) -> Result<BackupContents, CaseError> {
    let rest = bytes
        .strip_prefix(MAGIC)
        .ok_or(CaseError::Backup("this is not a wenzhou-assess backup"))?;
    // A length-prefixed field, and the bytes it takes.
    let field = |b: &[u8]| -> Option<(Vec<u8>, usize)> {
        let (len, rest) = b.split_first_chunk::<2>()?;
        let n = usize::from(u16::from_be_bytes(*len));
        rest.get(..n).map(|f| (f.to_vec(), n + 2))
    };
    let (salt, used) = field(rest).ok_or(CaseError::Backup("the backup is truncated"))?;
    let rest = &rest[used..];
    let (kdf, used) = field(rest).ok_or(CaseError::Backup("the backup is truncated"))?;
    let sealed = &rest[used..];
    let kdf = Kdf::recorded(Some(&String::from_utf8_lossy(&kdf)))
        .map_err(|_| CaseError::Backup("the backup was made by a newer program"))?;
    let key = StoreKey::derive(passphrase, &salt, kdf)?;
    let payload = key.open(MAGIC, sealed).ok_or(CaseError::Backup(
        "the backup is damaged or truncated, or the passphrase is not the store's",
    ))?;
    let entries = unpack(&payload).ok_or(CaseError::Backup("the backup is damaged"))?;
    let store = data_dir.join(STORE_FILE);
    if store.exists() {
        return Err(CaseError::Backup(
            "the data folder already holds a case store: restore into an empty folder",
        ));
    }
    let db = entries
        .iter()
        .find(|(name, _)| name == STORE_FILE)
        .ok_or(CaseError::Backup("the backup holds no case store"))?;
    std::fs::create_dir_all(data_dir).map_err(io)?;
    // The store is checked where it will live, under a temporary name.
    let staged = data_dir.join(format!("{STORE_FILE}.restoring"));
    std::fs::write(&staged, &db.1).map_err(io)?;
    let checked = CaseStore::open(&staged, passphrase, officer).and_then(|mut s| {
        let audit_entries = s.verify_audit()?;
        let cases = s.count("cases")?;
        s.record(AuditAction::Restore, "from a backup")?;
        Ok((cases, audit_entries + 1))
    });
    let (cases, audit_entries) = match checked {
        Ok(c) => c,
        Err(e) => {
            let _ = std::fs::remove_file(&staged);
            return Err(e);
        }
    };
    let mut written: Vec<PathBuf> = Vec::new();
    let files = entries.iter().filter(|(name, _)| name != STORE_FILE);
    for (name, data) in files {
        let path = data_dir.join(name);
        let placed = match path.parent() {
            Some(dir) => std::fs::create_dir_all(dir).and_then(|()| std::fs::write(&path, data)),
            None => std::fs::write(&path, data),
        };
        if let Err(e) = placed {
            for p in &written {
                let _ = std::fs::remove_file(p);
            }
            let _ = std::fs::remove_file(&staged);
            return Err(io(e));
        }
        written.push(path);
    }
    std::fs::rename(&staged, &store).map_err(io)?;
    Ok(BackupContents {
        cases,
        audit_entries,
        files: written.len(),
    })
}

impl CaseStore {
    /// Appends an audit entry about the store as a whole.
    fn record(&mut self, action: AuditAction, detail: &str) -> Result<(), CaseError> {
        let tx = self.conn.transaction()?;
        audit::append(&tx, &self.key, &self.officer, action, None, detail)?;
        tx.commit()?;
        Ok(())
    }
}

/// The policy files of the data folder, by their names inside it.
fn policy_files(data_dir: &Path) -> Result<Vec<(String, Vec<u8>)>, CaseError> {
    let mut out = Vec::new();
    for folder in FOLDERS {
        let Ok(list) = std::fs::read_dir(data_dir.join(folder)) else {
            continue;
        };
        let mut names: Vec<_> = list
            .flatten()
            .filter(|e| e.path().is_file())
            .map(|e| e.file_name().to_string_lossy().into_owned())
            .collect();
        names.sort();
        for name in names {
            let bytes = std::fs::read(data_dir.join(folder).join(&name)).map_err(io)?;
            out.push((format!("{folder}/{name}"), bytes));
        }
    }
    for name in FILES {
        if let Ok(bytes) = std::fs::read(data_dir.join(name)) {
            out.push((name.to_owned(), bytes));
        }
    }
    Ok(out)
}

/// Whether a name from a backup may be written into the data folder: the store, or one of the
/// policy files, never a path that leaves the folder.
fn allowed(name: &str) -> bool {
    let plain = |s: &str| !s.is_empty() && !s.contains(['/', '\\']) && s != "." && s != "..";
    name == STORE_FILE
        || FILES.contains(&name)
        || name
            .split_once('/')
            .is_some_and(|(folder, file)| FOLDERS.contains(&folder) && plain(file))
}

fn pack(entries: &[(String, Vec<u8>)]) -> Vec<u8> {
    let mut out = Vec::new();
    for (name, data) in entries {
        out.extend_from_slice(&u32::try_from(name.len()).unwrap_or(0).to_be_bytes());
        out.extend_from_slice(name.as_bytes());
        out.extend_from_slice(&u64::try_from(data.len()).unwrap_or(0).to_be_bytes());
        out.extend_from_slice(data);
    }
    out
}

fn unpack(mut b: &[u8]) -> Option<Vec<(String, Vec<u8>)>> {
    let mut out = Vec::new();
    while !b.is_empty() {
        let (n, rest) = b.split_first_chunk::<4>()?;
        let (name, rest) = rest.split_at_checked(usize::try_from(u32::from_be_bytes(*n)).ok()?)?;
        let (n, rest) = rest.split_first_chunk::<8>()?;
        let (data, rest) = rest.split_at_checked(usize::try_from(u64::from_be_bytes(*n)).ok()?)?;
        let name = String::from_utf8(name.to_vec()).ok()?;
        if !allowed(&name) {
            return None;
        }
        out.push((name, data.to_vec()));
        b = rest;
    }
    Some(out)
}

/// A temporary name beside `path`.
fn temp_beside(path: &Path, what: &str) -> PathBuf {
    let mut name = path.file_name().unwrap_or_default().to_os_string();
    name.push(format!(".{what}"));
    path.with_file_name(name)
}

fn io(e: std::io::Error) -> CaseError {
    CaseError::Io(e.to_string())
}
