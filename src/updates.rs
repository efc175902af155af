//! Policy updates (政策更新): the law an office applies, as signed files that laptops import offline.
//!
//! A county or city office publishes a notice — a new 低保标准, a document continued (延续执行) or
//! repealed (废止) — as a **policy update**: a parameter pack with an `[update]` header (publisher,
//! issue date, the notices) in a signed envelope (a detached CMS signature over the pack's text, the
//! same machinery as the report's signature). A laptop accepts an update only from a publisher whose
//! certificate it trusts, shows what it changes before anything changes, and keeps every accepted
//! file as it came, never overwritten. The parameter set a laptop assesses with is the official pack,
//! the installed updates in order of issue date, then the office's local pack (its own values); the
//! training pack replaces the local pack in the separate training mode.
//!
//! An edge: it reads files and checks signatures; the core only sees the packs.

use std::path::{Path, PathBuf};

use chrono::NaiveDate;
use der::{DecodePem, Encode, EncodePem};
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use thiserror::Error;
use x509_cert::Certificate;

use crate::household::Area;
use crate::policy::pack::{OFFICIAL_PACK, Pack, TRAINING_PACK};
use crate::policy::{Doc, PackError, ParamKey, ParamSet};
use crate::report::Signer;
use crate::report::office::{Trust, TrustStore};
use crate::report::verify::{signature_certificates, verify_detached};

/// The envelope's format tag.
pub const FORMAT: &str = "wenzhou-assess-update/1";

/// A signed policy update as it travels: the pack's text and a detached CMS signature over it.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct Envelope {
    format: String,
    /// The pack (TOML), exactly the signed bytes.
    content: String,
    /// CMS `SignedData` (DER) over `content`, hex.
    signature: String,
}

/// Why an update was refused. Nothing is installed when any of these is returned.
#[derive(Debug, Error)]
#[non_exhaustive]
pub enum UpdateError {
    /// The file is not a policy update (not the envelope, not JSON, wrong format tag).
    #[error("not a policy update file: {0}")]
    Malformed(String),
    /// The signature does not match the content: the file was altered after signing, or damaged.
    #[error("the signature does not match the content: {0}")]
    BadSignature(String),
    /// Signed by a publisher this laptop does not trust.
    #[error("signed by a publisher this laptop does not trust: {subject} (SHA-256 {fingerprint})")]
    UntrustedPublisher {
        /// The signer's certificate subject.
        subject: String,
        /// SHA-256 of the signer's certificate.
        fingerprint: String,
    },
    /// Signed with a certificate its office revoked.
    #[error("signed with a certificate revoked on {since}: {subject}")]
    RevokedPublisher {
        /// The signer's certificate subject.
        subject: String,
        /// From when.
        since: chrono::NaiveDate,
    },
    /// The signed content is not a valid pack.
    #[error(transparent)]
    Pack(#[from] PackError),
    /// The pack is valid but is not an update (no `[update]` header, or not written against the
    /// official pack).
    #[error("not a policy update: {0}")]
    NotAnUpdate(String),
    /// It conflicts with an update already installed.
    #[error("conflicts with the installed update {installed}: {detail}")]
    Conflict {
        /// The installed update's id.
        installed: String,
        /// What conflicts.
        detail: String,
    },
    /// The very same update is installed already.
    #[error("this update is already installed ({0})")]
    AlreadyInstalled(String),
    /// A certificate file that is not a PEM certificate.
    #[error("not a certificate: {0}")]
    Certificate(String),
    /// A file could not be read or written.
    #[error("{0}")]
    Io(String),
}

impl UpdateError {
    /// Whether the refusal is about the signature or the publisher (exit code 6) rather than the
    /// content (exit code 4) or the disk (5).
    #[must_use]
    pub fn is_signature(&self) -> bool {
        matches!(
            self,
            UpdateError::BadSignature(_)
                | UpdateError::UntrustedPublisher { .. }
                | UpdateError::RevokedPublisher { .. }
        )
    }

    /// Message key (locales) for the officer: what happened, in the user's language.
    #[must_use]
    pub fn message_key(&self) -> &'static str {
        match self {
            UpdateError::Malformed(_) => "update-error-malformed",
            UpdateError::BadSignature(_) => "update-error-signature",
            UpdateError::UntrustedPublisher { .. } | UpdateError::RevokedPublisher { .. } => {
                "update-error-untrusted"
            }
            UpdateError::Pack(_) => "update-error-content",
            UpdateError::NotAnUpdate(_) => "update-error-not-update",
            UpdateError::Conflict { .. } => "update-error-conflict",
            UpdateError::AlreadyInstalled(_) => "update-error-installed",
            UpdateError::Certificate(_) => "update-error-certificate",
            UpdateError::Io(_) => "update-error-io",
        }
    }
}

/// An update whose signature checked out against a trusted publisher.
#[derive(Debug, Clone)]
pub struct VerifiedUpdate {
    /// The pack it carries (with its `[update]` header).
    pub pack: Pack,
    /// The signer's certificate subject.
    pub signer: String,
    /// SHA-256 of the signer's certificate (hex).
    pub fingerprint: String,
    /// SHA-256 of the whole file (hex): its identity on this laptop.
    pub file_hash: String,
    /// The file as received, kept as it is.
    pub bytes: Vec<u8>,
}

impl VerifiedUpdate {
    /// The day the update was issued.
    #[must_use]
    pub fn issued(&self) -> NaiveDate {
        issued_of(&self.pack)
    }

    /// The audit log's line for its installation: id, date of issue, publisher and file hash (no
    /// personal data).
    #[must_use]
    pub fn audit_detail(&self) -> String {
        format!(
            "policy update {} issued {} by {} (file sha256 {})",
            self.pack.header.id,
            self.issued(),
            self.pack
                .update
                .as_ref()
                .map_or("", |u| u.publisher.as_str()),
            self.file_hash
        )
    }
}

fn issued_of(pack: &Pack) -> NaiveDate {
    pack.update
        .as_ref()
        .and_then(|u| u.issued.date)
        .and_then(|d| {
            NaiveDate::from_ymd_opt(i32::from(d.year), u32::from(d.month), u32::from(d.day))
        })
        .unwrap_or(NaiveDate::MIN)
}

/// SHA-256 of a certificate's DER, hex in upper-case pairs (`AB:CD:…`), as officers compare it.
#[must_use]
pub fn fingerprint(cert: &Certificate) -> String {
    let der = cert.to_der().unwrap_or_default();
    Sha256::digest(der)
        .iter()
        .map(|b| format!("{b:02X}"))
        .collect::<Vec<_>>()
        .join(":")
}

/// Parses a PEM certificate.
///
/// # Errors
/// [`UpdateError::Certificate`].
pub fn certificate_from_pem(pem: &str) -> Result<Certificate, UpdateError> {
    Certificate::from_pem(pem.trim().as_bytes())
        .map_err(|e| UpdateError::Certificate(e.to_string()))
}

/// A certificate as PEM text.
///
/// # Errors
/// [`UpdateError::Certificate`] if it cannot be encoded.
pub fn certificate_to_pem(cert: &Certificate) -> Result<String, UpdateError> {
    cert.to_pem(der::pem::LineEnding::LF)
        .map_err(|e| UpdateError::Certificate(e.to_string()))
}

/// Signs a pack's text as a policy update file. The text must parse as an update (checked first,
/// so that nobody hands out a file that every laptop would refuse).
///
/// # Errors
/// [`UpdateError::Pack`] or [`UpdateError::NotAnUpdate`] for the content, [`UpdateError::Io`] if the
/// signer fails.
pub fn sign(content: &str, signer: &dyn Signer) -> Result<Vec<u8>, UpdateError> {
    check_update_pack(&Pack::parse("update", content)?)?;
    let digest = signer.algorithm().digest(&[content.as_bytes()]);
    let cms = signer
        .sign_detached(&digest)
        .map_err(|e| UpdateError::Io(e.to_string()))?;
    let envelope = Envelope {
        format: FORMAT.to_owned(),
        content: content.to_owned(),
        signature: hex::encode(cms),
    };
    serde_json::to_vec_pretty(&envelope).map_err(|e| UpdateError::Io(e.to_string()))
}

/// Verifies an update file against the trusted publishers' certificates and parses its pack.
///
/// # Errors
/// [`UpdateError::Malformed`], [`UpdateError::BadSignature`], [`UpdateError::UntrustedPublisher`],
/// [`UpdateError::Pack`] or [`UpdateError::NotAnUpdate`].
pub fn verify(
    bytes: &[u8],
    trusted: &[Certificate],
    offices: &TrustStore,
) -> Result<VerifiedUpdate, UpdateError> {
    let envelope: Envelope =
        serde_json::from_slice(bytes).map_err(|e| UpdateError::Malformed(e.to_string()))?;
    if envelope.format != FORMAT {
        return Err(UpdateError::Malformed(format!(
            "format `{}`, expected `{FORMAT}`",
            envelope.format
        )));
    }
    let der = hex::decode(envelope.signature.trim())
        .map_err(|_| UpdateError::BadSignature("the signature is not hexadecimal".into()))?;
    let (valid, cert) = verify_detached(&der, &[envelope.content.as_bytes()])
        .map_err(|e| UpdateError::BadSignature(e.to_string()))?;
    if !valid {
        return Err(UpdateError::BadSignature(
            "the content was changed after it was signed".into(),
        ));
    }
    let fingerprint = fingerprint(&cert);
    // A publisher this laptop trusts by name, or an officer certified by an office it trusts (the
    // same trust as for notices), unless that office revoked the certificate.
    match offices.judge(&cert, &signature_certificates(&der)) {
        Trust::Revoked { since, .. } => {
            return Err(UpdateError::RevokedPublisher {
                subject: cert.tbs_certificate.subject.to_string(),
                since,
            });
        }
        Trust::Trusted { .. } => {}
        Trust::NotTrusted { .. } | Trust::SelfCertified if trusted.contains(&cert) => {}
        Trust::NotTrusted { .. } | Trust::SelfCertified => {
            return Err(UpdateError::UntrustedPublisher {
                subject: cert.tbs_certificate.subject.to_string(),
                fingerprint,
            });
        }
    }
    let pack = Pack::parse("update", &envelope.content)?;
    check_update_pack(&pack)?;
    Ok(VerifiedUpdate {
        pack,
        signer: cert.tbs_certificate.subject.to_string(),
        fingerprint,
        file_hash: hex::encode(Sha256::digest(bytes)),
        bytes: bytes.to_vec(),
    })
}

fn check_update_pack(pack: &Pack) -> Result<(), UpdateError> {
    let Some(update) = &pack.update else {
        return Err(UpdateError::NotAnUpdate(
            "the pack has no [update] section (publisher, issued, notices)".into(),
        ));
    };
    if update.publisher.trim().is_empty() || update.notices.iter().all(|n| n.trim().is_empty()) {
        return Err(UpdateError::NotAnUpdate(
            "the [update] section must name the publisher and at least one notice".into(),
        ));
    }
    if pack.header.extends.as_deref() != Some("official") {
        return Err(UpdateError::NotAnUpdate(
            "an update must be written against the official pack (extends = \"official\")".into(),
        ));
    }
    if !pack.header.official {
        return Err(UpdateError::NotAnUpdate(
            "an update carries published values (official = true); example values belong in a training scenario"
                .into(),
        ));
    }
    Ok(())
}

/// One change an update makes, shown to the officer before it is accepted.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Change {
    /// A parameter value from a date, for an area.
    Param {
        /// Registry key.
        key: &'static str,
        /// Area scope as written (`all`, `shiqu`, a unit code).
        area: String,
        /// First day of the new value.
        from: NaiveDate,
        /// Last day (`None`: as long as its document).
        to: Option<NaiveDate>,
        /// The value on that day before the update (`None`: no value).
        old: Option<String>,
        /// The new value.
        new: String,
        /// The citation given.
        citation: String,
    },
    /// A document's period.
    Document {
        /// 文号.
        number: String,
        /// Last day before (`None`: no end).
        old_to: Option<NaiveDate>,
        /// Last day after (`None`: no end).
        new_to: Option<NaiveDate>,
        /// Repealed rather than continued.
        repealed: bool,
        /// The notice.
        citation: String,
    },
}

/// What an update changes against `before` (the laptop's current set without the local pack).
#[must_use]
pub fn changes(before: &ParamSet, after: &ParamSet, update: &Pack) -> Vec<Change> {
    let mut out = Vec::new();
    for d in &update.documents {
        let Some(doc) = Doc::from_number(&d.number) else {
            continue;
        };
        out.push(Change::Document {
            number: d.number.clone(),
            old_to: before.document(doc).valid_to,
            new_to: after.document(doc).valid_to,
            repealed: d.repealed_from.is_some(),
            citation: d.citation.clone(),
        });
    }
    for e in &update.entries {
        let Some(key) = ParamKey::ALL.iter().copied().find(|k| k.name() == e.key) else {
            continue;
        };
        let Some(from) = e.valid_from.date.and_then(|d| {
            NaiveDate::from_ymd_opt(i32::from(d.year), u32::from(d.month), u32::from(d.day))
        }) else {
            continue;
        };
        // The value on the first day for the entry's own scope: a unit, a 市区 unit, or the city.
        let area = match e.area.as_str() {
            "all" => None,
            "shiqu" => Some(Area::Lucheng),
            code => Area::from_code(code),
        };
        let old = before.resolve(from, area).get(key).map(|v| v.to_string());
        let new = after
            .resolve(from, area)
            .get(key)
            .map_or_else(String::new, |v| v.to_string());
        let to = e.valid_to.and_then(|d| d.date).and_then(|d| {
            NaiveDate::from_ymd_opt(i32::from(d.year), u32::from(d.month), u32::from(d.day))
        });
        out.push(Change::Param {
            key: key.name(),
            area: e.area.clone(),
            from,
            to,
            old,
            new,
            citation: e.citation.clone(),
        });
    }
    out
}

/// Which packs a laptop layers on the official pack.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    /// Real work: the installed updates and the office's local pack.
    Office,
    /// The installed updates only (a command given another pack file to layer on them).
    Updates,
    /// Training: the installed updates and the training pack's example values.
    Training,
}

/// An installed update.
#[derive(Debug, Clone)]
pub struct Installed {
    /// The file in the updates folder.
    pub path: PathBuf,
    /// The verified update.
    pub update: VerifiedUpdate,
}

/// The policy-update side of a data folder: trusted publishers, installed updates, the local pack.
#[derive(Debug, Clone)]
pub struct UpdateStore {
    dir: PathBuf,
}

/// The parameter set a laptop works with, and what could not be layered (reported, left out).
#[derive(Debug, Clone)]
pub struct OfficeSet {
    /// Official pack, installed updates (by issue date), then the local or training pack.
    pub set: ParamSet,
    /// The installed updates used, in layer order.
    pub updates: Vec<Installed>,
    /// Files left out and why (a publisher no longer trusted, a damaged file, a broken local pack).
    pub problems: Vec<(PathBuf, String)>,
}

impl UpdateStore {
    /// The store in a data folder (`dir`).
    #[must_use]
    pub fn new(dir: &Path) -> Self {
        UpdateStore {
            dir: dir.to_path_buf(),
        }
    }

    /// The certificates of the publishers this laptop trusts.
    #[must_use]
    pub fn trusted(&self) -> Vec<Certificate> {
        let mut out = Vec::new();
        let folder = crate::paths::trusted_publishers_in(&self.dir);
        for path in sorted_files(&folder, "pem") {
            if let Ok(text) = std::fs::read_to_string(&path)
                && let Ok(cert) = certificate_from_pem(&text)
            {
                out.push(cert);
            }
        }
        out
    }

    /// Adds a publisher's certificate to the trusted ones; returns its fingerprint. Trusting a
    /// certificate already trusted changes nothing.
    ///
    /// # Errors
    /// [`UpdateError::Certificate`] or [`UpdateError::Io`].
    pub fn trust(&self, cert: &Certificate) -> Result<String, UpdateError> {
        let fp = fingerprint(cert);
        let folder = crate::paths::trusted_publishers_in(&self.dir);
        std::fs::create_dir_all(&folder).map_err(|e| UpdateError::Io(e.to_string()))?;
        let name = format!("{}.pem", fp.replace(':', "").to_lowercase());
        let path = folder.join(name);
        if !path.exists() {
            write_new(&path, certificate_to_pem(cert)?.as_bytes())?;
        }
        Ok(fp)
    }

    /// The installed updates that still verify, in layer order (issue date, then file hash), and
    /// the files that do not (reported, left out).
    #[must_use]
    pub fn installed(&self) -> (Vec<Installed>, Vec<(PathBuf, String)>) {
        let trusted = self.trusted();
        let offices = TrustStore::load(&self.dir);
        let mut ok = Vec::new();
        let mut problems = Vec::new();
        for path in sorted_files(&crate::paths::updates_in(&self.dir), "wzu") {
            match std::fs::read(&path)
                .map_err(|e| UpdateError::Io(e.to_string()))
                .and_then(|bytes| verify(&bytes, &trusted, &offices))
            {
                Ok(update) => ok.push(Installed { path, update }),
                Err(e) => problems.push((path, e.to_string())),
            }
        }
        ok.sort_by(|a, b| {
            (a.update.issued(), &a.update.file_hash).cmp(&(b.update.issued(), &b.update.file_hash))
        });
        (ok, problems)
    }

    /// The official pack with the installed updates, and the local pack (office mode) or the
    /// training pack (training mode) on top.
    ///
    /// # Errors
    /// Only if a shipped pack is broken (a test guards them); a broken update or local pack is
    /// reported in [`OfficeSet::problems`] and left out.
    pub fn office_set(&self, mode: Mode) -> Result<OfficeSet, PackError> {
        let (updates, mut problems) = self.installed();
        let mut layers = vec![Pack::parse("official.toml", OFFICIAL_PACK)?];
        layers.extend(updates.iter().map(|u| u.update.pack.clone()));
        let mut set = ParamSet::new(layers)?;
        match mode {
            Mode::Training => {
                set = set.with_layer(Pack::parse("training.toml", TRAINING_PACK)?)?;
            }
            Mode::Updates => {}
            Mode::Office => {
                let path = crate::paths::local_pack_in(&self.dir);
                if let Ok(text) = std::fs::read_to_string(&path) {
                    match Pack::parse("local-pack.toml", &text)
                        .and_then(|p| set.clone().with_layer(p))
                    {
                        Ok(with_local) => set = with_local,
                        Err(e) => problems.push((path, e.to_string())),
                    }
                }
            }
        }
        Ok(OfficeSet {
            set,
            updates,
            problems,
        })
    }

    /// Checks an update file before anything changes: signature, publisher, content, conflicts
    /// with the installed updates; returns it with the changes it would make.
    ///
    /// # Errors
    /// Any [`UpdateError`]; nothing is written.
    pub fn prepare(&self, bytes: &[u8]) -> Result<(VerifiedUpdate, Vec<Change>), UpdateError> {
        let update = verify(bytes, &self.trusted(), &TrustStore::load(&self.dir))?;
        let (installed, _) = self.installed();
        for other in &installed {
            conflict(&other.update, &update)?;
        }
        let mut layers = vec![Pack::parse("official.toml", OFFICIAL_PACK)?];
        layers.extend(installed.iter().map(|u| u.update.pack.clone()));
        let before = ParamSet::new(layers.clone())?;
        // Layered where it will stand: after the updates issued on or before its date.
        let at = installed
            .iter()
            .position(|u| u.update.issued() > update.issued())
            .map_or(layers.len(), |i| i + 1);
        layers.insert(at, update.pack.clone());
        let after = ParamSet::new(layers)?;
        let changes = changes(&before, &after, &update.pack);
        Ok((update, changes))
    }

    /// Installs a prepared update: writes the file as received under a new name (never over
    /// another). Returns the path.
    ///
    /// # Errors
    /// [`UpdateError::Io`].
    pub fn install(&self, update: &VerifiedUpdate) -> Result<PathBuf, UpdateError> {
        let folder = crate::paths::updates_in(&self.dir);
        std::fs::create_dir_all(&folder).map_err(|e| UpdateError::Io(e.to_string()))?;
        let name = format!(
            "{}_{}_{}.wzu",
            update.issued(),
            safe_name(&update.pack.header.id),
            &update.file_hash[..12]
        );
        let path = folder.join(name);
        write_new(&path, &update.bytes)?;
        Ok(path)
    }
}

/// Two updates conflict when they are the same pack with other content, or when, issued on the same
/// day, they give one key, area and first day different values or one document different periods:
/// the order of issue would not say which applies.
fn conflict(installed: &VerifiedUpdate, new: &VerifiedUpdate) -> Result<(), UpdateError> {
    let id = installed.pack.header.id.clone();
    if installed.file_hash == new.file_hash || installed.pack.source() == new.pack.source() {
        return Err(UpdateError::AlreadyInstalled(id));
    }
    if installed.pack.header.id == new.pack.header.id {
        return Err(UpdateError::Conflict {
            installed: id,
            detail: "an update with the same id and other content is installed".into(),
        });
    }
    if installed.issued() != new.issued() {
        return Ok(());
    }
    for a in &installed.pack.entries {
        for b in &new.pack.entries {
            if a.key == b.key
                && a.area == b.area
                && a.valid_from == b.valid_from
                && a.value != b.value
            {
                return Err(UpdateError::Conflict {
                    installed: id,
                    detail: format!(
                        "both issued {} set `{}` for `{}` from {}: {} and {}",
                        new.issued(),
                        a.key,
                        a.area,
                        a.valid_from,
                        a.value,
                        b.value
                    ),
                });
            }
        }
    }
    for a in &installed.pack.documents {
        for b in &new.pack.documents {
            if a.number == b.number
                && (a.valid_to, a.repealed_from, a.without_end)
                    != (b.valid_to, b.repealed_from, b.without_end)
            {
                return Err(UpdateError::Conflict {
                    installed: id,
                    detail: format!(
                        "both issued {} change the period of {} differently",
                        new.issued(),
                        a.number
                    ),
                });
            }
        }
    }
    Ok(())
}

fn safe_name(id: &str) -> String {
    id.chars()
        .map(|c| {
            if c.is_alphanumeric() || c == '-' {
                c
            } else {
                '_'
            }
        })
        .take(40)
        .collect()
}

fn write_new(path: &Path, bytes: &[u8]) -> Result<(), UpdateError> {
    use std::io::Write as _;
    let mut f = std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(path)
        .map_err(|e| UpdateError::Io(format!("{}: {e}", path.display())))?;
    f.write_all(bytes)
        .and_then(|()| f.sync_all())
        .map_err(|e| UpdateError::Io(format!("{}: {e}", path.display())))
}

fn sorted_files(folder: &Path, ext: &str) -> Vec<PathBuf> {
    let mut out: Vec<PathBuf> = std::fs::read_dir(folder)
        .into_iter()
        .flatten()
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == ext))
        .collect();
    out.sort();
    out
}
