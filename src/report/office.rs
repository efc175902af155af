//! The office's certificate authority and the trust a laptop places in it.
//!
//! An office (county or township) holds one CA: its key, encrypted under the administrator's
//! passphrase, and its certificate, which laptops of the office (and of other offices that choose to)
//! trust. The CA issues each officer's certificate from the officer's request (PKCS#10, made on the
//! officer's laptop, so the officer's key never leaves it) and revokes certificates with a dated
//! revocation list that laptops import. A notice's signature is then *trusted* (certified by a
//! trusted office), *not trusted* (certified by an office this laptop does not trust, or by the
//! laptop itself), or *revoked* (since the date on the list).

use std::time::Duration;

use der::{Decode, DecodePem, Encode, EncodePem};
use rsa::signature::Signer as _;
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use x509_cert::Certificate;
use x509_cert::builder::{Builder, CertificateBuilder, Profile, RequestBuilder};
use x509_cert::crl::{CertificateList, RevokedCert, TbsCertList};
use x509_cert::request::CertReq;
use x509_cert::serial_number::SerialNumber;
use x509_cert::time::{Time, Validity};

use super::ReportError;
use super::algorithm::{Algorithm, PrivateKey, SignatureValue, verifies};
use super::keys::{KeyStore, name, seal_key, unseal_key};

fn fail(e: &dyn std::fmt::Display) -> ReportError {
    ReportError::Key(e.to_string())
}

/// The office CA as saved by the administrator (JSON): the certificate, and the key sealed under
/// the administrator's passphrase.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct OfficeCaFile {
    /// The office (县、乡镇街道).
    pub office: String,
    /// The CA certificate (DER, hex).
    pub certificate: String,
    /// Argon2id salt (hex).
    pub salt: String,
    /// XChaCha20-Poly1305 nonce (hex).
    pub nonce: String,
    /// The sealed PKCS#8 key (hex).
    pub encrypted_key: String,
    /// The Argon2id cost of the key's encryption.
    pub kdf: String,
    /// The certificates revoked so far: serial (hex) and date (`YYYY-MM-DD`).
    #[serde(default)]
    pub revoked: Vec<(String, String)>,
}

/// An office CA unlocked for a session.
#[derive(Clone)]
pub struct OfficeCa {
    file: OfficeCaFile,
    certificate: Certificate,
    key: PrivateKey,
}

/// Years an officer's certificate is valid, and the CA's.
const OFFICER_YEARS: u64 = 3;
const CA_YEARS: u64 = 20;

fn years(n: u64) -> Result<Validity, ReportError> {
    Validity::from_now(Duration::from_secs(n * 365 * 24 * 3600)).map_err(|e| fail(&e))
}

fn serial() -> Result<SerialNumber, ReportError> {
    use rand::RngCore;
    let mut s = [0u8; 16];
    rand::thread_rng().fill_bytes(&mut s);
    s[0] &= 0x7F;
    SerialNumber::new(&s).map_err(|e| fail(&e))
}

impl OfficeCa {
    /// Creates the office's CA with a key of `algorithm` (RSA 3072, or SM2), sealed under
    /// `passphrase`.
    ///
    /// # Errors
    /// If key generation fails.
    pub fn create(
        office: &str,
        passphrase: &str,
        algorithm: Algorithm,
    ) -> Result<OfficeCa, ReportError> {
        let key = PrivateKey::generate(algorithm, 3072)?;
        let subject = name(office, office, "Office CA")?;
        let certificate = CertificateBuilder::new(
            Profile::Root,
            serial()?,
            years(CA_YEARS)?,
            subject,
            key.public_key_info()?,
            &key,
        )
        .map_err(|e| fail(&e))?
        .build::<SignatureValue>()
        .map_err(|e| fail(&e))?;
        let (salt, nonce, encrypted_key) = seal_key(passphrase, &key.to_pkcs8_der()?)?;
        let file = OfficeCaFile {
            office: office.to_owned(),
            certificate: hex::encode(certificate.to_der().map_err(|e| fail(&e))?),
            salt,
            nonce,
            encrypted_key,
            kdf: crate::kdf::Kdf::CURRENT.code(),
            revoked: Vec::new(),
        };
        Ok(OfficeCa {
            file,
            certificate,
            key,
        })
    }

    /// Opens the CA file with the administrator's passphrase.
    ///
    /// # Errors
    /// [`ReportError::WrongPassphrase`], or a damaged file.
    pub fn unlock(file: OfficeCaFile, passphrase: &str) -> Result<OfficeCa, ReportError> {
        let kdf = crate::kdf::Kdf::recorded(Some(&file.kdf)).map_err(ReportError::Key)?;
        let pkcs8 = unseal_key(
            passphrase,
            kdf,
            &file.salt,
            &file.nonce,
            &file.encrypted_key,
        )?;
        let key = PrivateKey::from_pkcs8_der(&pkcs8)?;
        let certificate = certificate_from_hex(&file.certificate)?;
        Ok(OfficeCa {
            file,
            certificate,
            key,
        })
    }

    /// The file to save (after creating, issuing or revoking).
    #[must_use]
    pub fn file(&self) -> &OfficeCaFile {
        &self.file
    }

    /// The file as the administrator keeps it (JSON).
    ///
    /// # Errors
    /// If encoding fails.
    pub fn to_json(&self) -> Result<String, ReportError> {
        serde_json::to_string_pretty(&self.file).map_err(|e| fail(&e))
    }

    /// The algorithm of the CA's key.
    #[must_use]
    pub fn algorithm(&self) -> Algorithm {
        self.key.algorithm()
    }

    /// The CA certificate, to hand to the laptops that will trust it.
    #[must_use]
    pub fn certificate(&self) -> &Certificate {
        &self.certificate
    }

    /// Issues an officer's certificate from the officer's request (PKCS#10, PEM or DER). The
    /// request must be signed by its own key (the officer holds it) and name this office.
    ///
    /// # Errors
    /// [`ReportError::Key`] if the request does not verify or names another office.
    pub fn issue(&self, request: &[u8]) -> Result<Certificate, ReportError> {
        let req = match std::str::from_utf8(request) {
            Ok(pem) if pem.contains("BEGIN CERTIFICATE REQUEST") => CertReq::from_pem(pem),
            _ => CertReq::from_der(request),
        }
        .map_err(|e| fail(&e))?;
        let info = req.info.to_der().map_err(|e| fail(&e))?;
        if !verifies(
            &req.info.public_key,
            &req.algorithm.oid,
            &info,
            req.signature.raw_bytes(),
        ) {
            return Err(ReportError::Key(
                "the request is not signed by its own key".into(),
            ));
        }
        let office = attribute(&req.info.subject, const_oid::db::rfc4519::O);
        if office.as_deref() != Some(self.file.office.as_str()) {
            return Err(ReportError::Key(format!(
                "the request names the office {}, not {}",
                office.unwrap_or_default(),
                self.file.office
            )));
        }
        CertificateBuilder::new(
            Profile::Leaf {
                issuer: self.certificate.tbs_certificate.subject.clone(),
                enable_key_agreement: false,
                enable_key_encipherment: false,
            },
            serial()?,
            years(OFFICER_YEARS)?,
            req.info.subject.clone(),
            req.info.public_key.clone(),
            &self.key,
        )
        .map_err(|e| fail(&e))?
        .build::<SignatureValue>()
        .map_err(|e| fail(&e))
    }

    /// Revokes an officer's certificate from `date` on, and returns the office's revocation list,
    /// signed and dated now, with every certificate revoked so far.
    ///
    /// # Errors
    /// If `certificate` was not issued by this CA, or signing fails.
    pub fn revoke(
        &mut self,
        certificate: &Certificate,
        date: chrono::NaiveDate,
    ) -> Result<CertificateList, ReportError> {
        if certificate.tbs_certificate.issuer != self.certificate.tbs_certificate.subject {
            return Err(ReportError::Key(
                "the certificate was not issued by this office".into(),
            ));
        }
        let serial = hex::encode(certificate.tbs_certificate.serial_number.as_bytes());
        if !self.file.revoked.iter().any(|(s, _)| *s == serial) {
            self.file.revoked.push((serial, date.to_string()));
        }
        self.revocation_list()
    }

    /// The office's revocation list as it stands, signed and dated now.
    ///
    /// # Errors
    /// If signing fails or the file's list is damaged.
    pub fn revocation_list(&self) -> Result<CertificateList, ReportError> {
        let time = |d: chrono::NaiveDate| -> Result<Time, ReportError> {
            let t = d.and_hms_opt(0, 0, 0).unwrap_or_default().and_utc();
            let since = std::time::UNIX_EPOCH
                + Duration::from_secs(u64::try_from(t.timestamp()).unwrap_or(0));
            Time::try_from(since).map_err(|e| fail(&e))
        };
        let revoked = self
            .file
            .revoked
            .iter()
            .map(|(serial, date)| {
                let bytes = hex::decode(serial).map_err(|e| fail(&e))?;
                let date: chrono::NaiveDate = date.parse().map_err(|e| fail(&e))?;
                Ok(RevokedCert {
                    serial_number: SerialNumber::new(&bytes).map_err(|e| fail(&e))?,
                    revocation_date: time(date)?,
                    crl_entry_extensions: None,
                })
            })
            .collect::<Result<Vec<_>, ReportError>>()?;
        let algorithm = self.key.algorithm().signature_algorithm();
        let now = Time::try_from(std::time::SystemTime::now()).map_err(|e| fail(&e))?;
        let tbs = TbsCertList {
            version: x509_cert::Version::V2,
            signature: algorithm.clone(),
            issuer: self.certificate.tbs_certificate.subject.clone(),
            this_update: now,
            next_update: None,
            revoked_certificates: (!revoked.is_empty()).then_some(revoked),
            crl_extensions: None,
        };
        let signature: SignatureValue = self
            .key
            .try_sign(&tbs.to_der().map_err(|e| fail(&e))?)
            .map_err(|e| fail(&e))?;
        Ok(CertificateList {
            tbs_cert_list: tbs,
            signature_algorithm: algorithm,
            signature: spki::SignatureBitStringEncoding::to_bitstring(&signature)
                .map_err(|e| fail(&e))?,
        })
    }
}

/// The officer's certificate request (PKCS#10, PEM) for the key in `store`, to take to the office's
/// administrator; the key never leaves the laptop.
///
/// # Errors
/// [`ReportError::WrongPassphrase`], or a damaged key store.
pub fn officer_request(store: &KeyStore, passphrase: &str) -> Result<String, ReportError> {
    let key = store.private_key(passphrase)?;
    let subject = name(&store.officer, &store.office, "Officer")?;
    let req = RequestBuilder::new(subject, &key)
        .map_err(|e| fail(&e))?
        .build::<SignatureValue>()
        .map_err(|e| fail(&e))?;
    req.to_pem(der::pem::LineEnding::LF).map_err(|e| fail(&e))
}

/// A certificate as PEM, as the administrator hands it out.
#[must_use]
pub fn certificate_pem(cert: &Certificate) -> String {
    cert.to_pem(der::pem::LineEnding::LF).unwrap_or_default()
}

/// A certificate from hex DER.
pub(crate) fn certificate_from_hex(hex_der: &str) -> Result<Certificate, ReportError> {
    let der = hex::decode(hex_der).map_err(|e| fail(&e))?;
    Certificate::from_der(&der).map_err(|e| fail(&e))
}

/// Certificates from PEM text (one or more) or one DER certificate.
///
/// # Errors
/// If the bytes hold no certificate.
pub fn certificates_from(bytes: &[u8]) -> Result<Vec<Certificate>, ReportError> {
    match std::str::from_utf8(bytes) {
        Ok(text) if text.contains("BEGIN CERTIFICATE") => {
            Certificate::load_pem_chain(text.as_bytes()).map_err(|e| fail(&e))
        }
        _ => Certificate::from_der(bytes)
            .map(|c| vec![c])
            .map_err(|e| fail(&e)),
    }
}

/// A revocation list from PEM (`X509 CRL`) or DER.
///
/// # Errors
/// If the bytes are not a revocation list.
pub fn revocation_list_from(bytes: &[u8]) -> Result<CertificateList, ReportError> {
    match std::str::from_utf8(bytes) {
        Ok(text) if text.contains("BEGIN X509 CRL") => {
            let (_, der) = der::pem::decode_vec(text.as_bytes()).map_err(|e| fail(&e))?;
            CertificateList::from_der(&der).map_err(|e| fail(&e))
        }
        _ => CertificateList::from_der(bytes).map_err(|e| fail(&e)),
    }
}

/// A revocation list as PEM, to hand to the laptops.
///
/// # Errors
/// If encoding fails.
pub fn revocation_list_pem(list: &CertificateList) -> Result<String, ReportError> {
    let der = list.to_der().map_err(|e| fail(&e))?;
    der::pem::encode_string("X509 CRL", der::pem::LineEnding::LF, &der).map_err(|e| fail(&e))
}

/// The value of one attribute (`O`, `CN`) of a name.
fn attribute(name: &x509_cert::name::Name, oid: der::asn1::ObjectIdentifier) -> Option<String> {
    name.0.iter().flat_map(|rdn| rdn.0.iter()).find_map(|atv| {
        (atv.oid == oid).then(|| {
            atv.value
                .decode_as::<der::asn1::Utf8StringRef<'_>>()
                .map(|s| s.as_str().to_owned())
                .or_else(|_| {
                    atv.value
                        .decode_as::<der::asn1::PrintableStringRef<'_>>()
                        .map(|s| s.as_str().to_owned())
                })
                .unwrap_or_default()
        })
    })
}

/// Whether `cert` was signed by `issuer`'s key.
fn signed_by(cert: &Certificate, issuer: &Certificate) -> bool {
    cert.tbs_certificate.issuer == issuer.tbs_certificate.subject
        && cert.tbs_certificate.to_der().is_ok_and(|tbs| {
            verifies(
                &issuer.tbs_certificate.subject_public_key_info,
                &cert.signature_algorithm.oid,
                &tbs,
                cert.signature.raw_bytes(),
            )
        })
}

/// Whether a revocation list is signed by `ca`.
fn list_signed_by(list: &CertificateList, ca: &Certificate) -> bool {
    list.tbs_cert_list.issuer == ca.tbs_certificate.subject
        && list.tbs_cert_list.to_der().is_ok_and(|tbs| {
            verifies(
                &ca.tbs_certificate.subject_public_key_info,
                &list.signature_algorithm.oid,
                &tbs,
                list.signature.raw_bytes(),
            )
        })
}

/// SHA-256 fingerprint of a certificate (hex), as shown to the person deciding to trust it.
#[must_use]
pub fn fingerprint(cert: &Certificate) -> String {
    hex::encode(Sha256::digest(cert.to_der().unwrap_or_default()))
}

/// The office roots a laptop trusts and the revocation lists it imported.
#[derive(Debug, Clone, Default)]
pub struct TrustStore {
    roots: Vec<Certificate>,
    lists: Vec<CertificateList>,
}

impl TrustStore {
    /// The trust of a data folder: `trusted-offices/*.pem` and `revocations/*.crl` (a file that
    /// does not read, or a list not signed by a trusted root, is left out).
    #[must_use]
    pub fn load(data_dir: &std::path::Path) -> TrustStore {
        let read = |dir: &str| -> Vec<Vec<u8>> {
            let mut files: Vec<_> = std::fs::read_dir(data_dir.join(dir))
                .map(|r| r.flatten().map(|e| e.path()).collect())
                .unwrap_or_default();
            files.sort();
            files.iter().filter_map(|p| std::fs::read(p).ok()).collect()
        };
        let roots: Vec<Certificate> = read(TRUSTED_OFFICES)
            .iter()
            .filter_map(|b| certificates_from(b).ok())
            .flatten()
            .collect();
        let mut store = TrustStore {
            roots,
            lists: Vec::new(),
        };
        for bytes in read(REVOCATIONS) {
            if let Ok(list) = revocation_list_from(&bytes) {
                let _ = store.add_list(list);
            }
        }
        store
    }

    /// Trusts an office's CA certificate.
    pub fn add_root(&mut self, root: Certificate) {
        if !self.roots.contains(&root) {
            self.roots.push(root);
        }
    }

    /// Adds a revocation list, if a trusted root signed it.
    ///
    /// # Errors
    /// [`ReportError::Key`] naming the issuer if no trusted root signed it.
    pub fn add_list(&mut self, list: CertificateList) -> Result<(), ReportError> {
        if !self.roots.iter().any(|r| list_signed_by(&list, r)) {
            return Err(ReportError::Key(format!(
                "the revocation list of {} is not signed by an office this laptop trusts",
                list.tbs_cert_list.issuer
            )));
        }
        self.lists.push(list);
        Ok(())
    }

    /// How far to trust a signer certificate, given the certificates that came with the signature.
    #[must_use]
    pub fn judge(&self, signer: &Certificate, chain: &[Certificate]) -> Trust {
        let Some(issuer) = chain
            .iter()
            .chain(&self.roots)
            .find(|c| *c != signer && signed_by(signer, c))
        else {
            return Trust::SelfCertified;
        };
        let ca = issuer.tbs_certificate.subject.to_string();
        let Some(root) = self.roots.iter().find(|r| *r == issuer) else {
            return Trust::NotTrusted { ca };
        };
        let serial = &signer.tbs_certificate.serial_number;
        let revoked = self
            .lists
            .iter()
            .filter(|l| list_signed_by(l, root))
            .flat_map(|l| l.tbs_cert_list.revoked_certificates.iter().flatten())
            .find(|r| r.serial_number == *serial);
        match revoked {
            Some(r) => Trust::Revoked {
                ca,
                since: chrono::DateTime::<chrono::Utc>::from(r.revocation_date.to_system_time())
                    .date_naive(),
            },
            None => Trust::Trusted { ca },
        }
    }
}

/// Where a data folder keeps the office roots it trusts, and the revocation lists.
pub const TRUSTED_OFFICES: &str = "trusted-offices";
/// See [`TRUSTED_OFFICES`].
pub const REVOCATIONS: &str = "revocations";

/// How far a notice's signer is trusted on this laptop.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Trust {
    /// Certified by an office CA this laptop trusts, and not revoked.
    Trusted {
        /// The office CA.
        ca: String,
    },
    /// Certified by an office CA this laptop does not trust.
    NotTrusted {
        /// The office CA.
        ca: String,
    },
    /// Certified by a trusted office CA, which revoked the certificate.
    Revoked {
        /// The office CA.
        ca: String,
        /// From when.
        since: chrono::NaiveDate,
    },
    /// No certificate authority: the certificate stands alone.
    SelfCertified,
}
