//! The officer's signing key: created on first use with a local office certificate, stored with the
//! private key encrypted under the officer's passphrase (Argon2id, then XChaCha20-Poly1305).
//!
//! A certificate from a local office CA gives tamper evidence, not the legal standing of a
//! licensed CA's certificate on a USB key; that key would implement [`super::Signer`] instead.

use std::str::FromStr;
use std::time::Duration;

use crate::kdf::Kdf;
use chacha20poly1305::aead::{Aead, KeyInit};
use chacha20poly1305::{XChaCha20Poly1305, XNonce};
use der::{Decode, Encode};
use rand::RngCore;
use serde::{Deserialize, Serialize};
use x509_cert::Certificate;
use x509_cert::builder::{Builder, CertificateBuilder, Profile};
use x509_cert::name::Name;
use x509_cert::serial_number::SerialNumber;
use x509_cert::time::Validity;

use super::algorithm::{Algorithm, PrivateKey, SignatureValue};
use super::{ReportError, SoftwareSigner};

/// The officer's key store, as saved on disk (JSON). Only the certificates are readable without
/// the passphrase.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct KeyStore {
    /// The officer's name.
    pub officer: String,
    /// The office (乡镇街道).
    pub office: String,
    /// The officer's certificate (DER, hex).
    pub certificate: String,
    /// The office CA certificate that issued it (DER, hex).
    pub ca_certificate: String,
    /// Argon2id salt (hex).
    pub salt: String,
    /// XChaCha20-Poly1305 nonce (hex).
    pub nonce: String,
    /// The encrypted PKCS#8 private key (hex).
    pub encrypted_key: String,
    /// The Argon2id cost of the key's encryption (absent in files made before it was recorded).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kdf: Option<String>,
}

fn cipher(passphrase: &str, salt: &[u8], kdf: Kdf) -> Result<XChaCha20Poly1305, ReportError> {
    let key = kdf.derive(passphrase, salt).map_err(ReportError::Key)?;
    Ok(XChaCha20Poly1305::new(&key.into()))
}

/// Seals a private key (PKCS#8 DER) under a passphrase with today's cost ([`Kdf::CURRENT`]): salt,
/// nonce and ciphertext, in hex.
pub(crate) fn seal_key(
    passphrase: &str,
    pkcs8: &[u8],
) -> Result<(String, String, String), ReportError> {
    let mut rng = rand::thread_rng();
    let mut salt = [0u8; 16];
    let mut nonce = [0u8; 24];
    rng.fill_bytes(&mut salt);
    rng.fill_bytes(&mut nonce);
    let encrypted = cipher(passphrase, &salt, Kdf::CURRENT)?
        .encrypt(XNonce::from_slice(&nonce), pkcs8)
        .map_err(|e| ReportError::Key(e.to_string()))?;
    Ok((
        hex::encode(salt),
        hex::encode(nonce),
        hex::encode(encrypted),
    ))
}

/// Opens a key sealed by [`seal_key`] (or, with [`Kdf::LEGACY`], before the cost was recorded).
pub(crate) fn unseal_key(
    passphrase: &str,
    kdf: Kdf,
    salt: &str,
    nonce: &str,
    encrypted: &str,
) -> Result<Vec<u8>, ReportError> {
    let bad = |_| ReportError::Key("damaged key store".into());
    let salt = hex::decode(salt).map_err(bad)?;
    let nonce = hex::decode(nonce).map_err(bad)?;
    let encrypted = hex::decode(encrypted).map_err(bad)?;
    if nonce.len() != 24 {
        return Err(ReportError::Key("damaged key store".into()));
    }
    cipher(passphrase, &salt, kdf)?
        .decrypt(XNonce::from_slice(&nonce), encrypted.as_slice())
        .map_err(|_| ReportError::WrongPassphrase)
}

pub(crate) fn name(officer: &str, office: &str, role: &str) -> Result<Name, ReportError> {
    // RFC 4514 string; commas and plus signs in names are escaped.
    let esc = |s: &str| {
        s.replace('\\', "\\\\")
            .replace(',', "\\,")
            .replace('+', "\\+")
    };
    Name::from_str(&format!("CN={},O={},OU={role}", esc(officer), esc(office)))
        .map_err(|e| ReportError::Key(e.to_string()))
}

fn build(
    profile: Profile,
    subject: Name,
    key: &PrivateKey,
    issuer_key: &PrivateKey,
) -> Result<Certificate, ReportError> {
    let fail = |e: &dyn std::fmt::Display| ReportError::Key(e.to_string());
    let spki = key.public_key_info()?;
    let mut serial = [0u8; 16];
    rand::thread_rng().fill_bytes(&mut serial);
    serial[0] &= 0x7F;
    let validity =
        Validity::from_now(Duration::from_secs(10 * 365 * 24 * 3600)).map_err(|e| fail(&e))?;
    let builder = CertificateBuilder::new(
        profile,
        SerialNumber::new(&serial).map_err(|e| fail(&e))?,
        validity,
        subject,
        spki,
        issuer_key,
    )
    .map_err(|e| fail(&e))?;
    builder.build::<SignatureValue>().map_err(|e| fail(&e))
}

impl KeyStore {
    /// Creates an office CA and the officer's RSA key and certificate; the private key is
    /// encrypted under `passphrase`. Returns the store to save and a signer for this session.
    ///
    /// # Errors
    /// If key generation or encryption fails.
    pub fn create(
        officer: &str,
        office: &str,
        passphrase: &str,
    ) -> Result<(KeyStore, SoftwareSigner), ReportError> {
        KeyStore::create_with(officer, office, passphrase, Algorithm::Rsa)
    }

    /// As [`KeyStore::create`], with keys of `algorithm` (RSA, or SM2 for offices whose CA
    /// issues 国密 certificates).
    ///
    /// # Errors
    /// If key generation or encryption fails.
    pub fn create_with(
        officer: &str,
        office: &str,
        passphrase: &str,
        algorithm: Algorithm,
    ) -> Result<(KeyStore, SoftwareSigner), ReportError> {
        let fail = |e: &dyn std::fmt::Display| ReportError::Key(e.to_string());
        let ca_key = PrivateKey::generate(algorithm, 2048)?;
        let officer_key = PrivateKey::generate(algorithm, 2048)?;
        let ca_name = name(office, office, "CA")?;
        let ca = build(Profile::Root, ca_name.clone(), &ca_key, &ca_key)?;
        let leaf = build(
            Profile::Leaf {
                issuer: ca_name,
                enable_key_agreement: false,
                enable_key_encipherment: false,
            },
            name(officer, office, "Officer")?,
            &officer_key,
            &ca_key,
        )?;
        let pkcs8 = officer_key.to_pkcs8_der()?;
        let (salt, nonce, encrypted_key) = seal_key(passphrase, &pkcs8)?;
        let store = KeyStore {
            officer: officer.to_owned(),
            office: office.to_owned(),
            certificate: hex::encode(leaf.to_der().map_err(|e| fail(&e))?),
            ca_certificate: hex::encode(ca.to_der().map_err(|e| fail(&e))?),
            salt,
            nonce,
            encrypted_key,
            kdf: Some(Kdf::CURRENT.code()),
        };
        let signer = SoftwareSigner::new(officer_key, vec![leaf, ca], officer.to_owned());
        Ok((store, signer))
    }

    /// Imports the officer's key and certificate chain from an office's PKCS#12 file (`.p12`/`.pfx`),
    /// re-encrypting the key under `passphrase`. The chain's first certificate is the officer's.
    ///
    /// # Errors
    /// [`ReportError::Key`] if the file is not a PKCS#12 with an RSA or SM2 key and a certificate, or
    /// `p12_password` does not open it.
    pub fn import_pkcs12(
        p12: &[u8],
        p12_password: &str,
        officer: &str,
        office: &str,
        passphrase: &str,
    ) -> Result<(KeyStore, SoftwareSigner), ReportError> {
        let fail = |e: &dyn std::fmt::Display| ReportError::Key(e.to_string());
        let store = p12_keystore::KeyStore::from_pkcs12(
            p12,
            p12_password,
            p12_keystore::Pkcs12ImportPolicy::Relaxed,
        )
        .map_err(|e| fail(&e))?;
        let (_, chain) = store.private_key_chain().ok_or_else(|| {
            ReportError::Key("the PKCS#12 file has no private key with a certificate".into())
        })?;
        let pkcs8 = chain.key().as_der();
        let key = PrivateKey::from_pkcs8_der(pkcs8)?;
        let certs: Vec<Certificate> = chain
            .certs()
            .iter()
            .map(|c| Certificate::from_der(c.as_der()))
            .collect::<Result<_, _>>()
            .map_err(|e| fail(&e))?;
        let leaf = certs
            .first()
            .ok_or_else(|| ReportError::Key("no certificate".into()))?;
        let ca = certs.last().unwrap_or(leaf);
        let (salt, nonce, encrypted_key) = seal_key(passphrase, pkcs8)?;
        let out = KeyStore {
            officer: officer.to_owned(),
            office: office.to_owned(),
            certificate: hex::encode(leaf.to_der().map_err(|e| fail(&e))?),
            ca_certificate: hex::encode(ca.to_der().map_err(|e| fail(&e))?),
            salt,
            nonce,
            encrypted_key,
            kdf: Some(Kdf::CURRENT.code()),
        };
        let signer = SoftwareSigner::new(key, certs, officer.to_owned());
        Ok((out, signer))
    }

    /// The officer's private key, decrypted with `passphrase`.
    ///
    /// # Errors
    /// [`ReportError::WrongPassphrase`] if the passphrase is wrong.
    pub(crate) fn private_key(&self, passphrase: &str) -> Result<PrivateKey, ReportError> {
        let kdf = Kdf::recorded(self.kdf.as_deref()).map_err(ReportError::Key)?;
        let pkcs8 = unseal_key(
            passphrase,
            kdf,
            &self.salt,
            &self.nonce,
            &self.encrypted_key,
        )?;
        PrivateKey::from_pkcs8_der(&pkcs8)
    }

    /// The key store re-sealed under today's cost, if it was sealed under a lower one (the caller
    /// saves it in place of the old file).
    ///
    /// # Errors
    /// [`ReportError::WrongPassphrase`], or a damaged key store.
    pub fn upgraded(&self, passphrase: &str) -> Result<Option<KeyStore>, ReportError> {
        if Kdf::recorded(self.kdf.as_deref()) == Ok(Kdf::CURRENT) {
            return Ok(None);
        }
        let pkcs8 = self.private_key(passphrase)?.to_pkcs8_der()?;
        let (salt, nonce, encrypted_key) = seal_key(passphrase, &pkcs8)?;
        Ok(Some(KeyStore {
            salt,
            nonce,
            encrypted_key,
            kdf: Some(Kdf::CURRENT.code()),
            ..self.clone()
        }))
    }

    /// Installs the certificate the office issued for this key, with the office's CA certificate:
    /// the certificate must hold this key store's public key and be signed by the CA.
    ///
    /// # Errors
    /// [`ReportError::Key`] if the certificate is for another key or not signed by `ca`.
    pub fn install(
        &mut self,
        certificate: &Certificate,
        ca: &Certificate,
    ) -> Result<(), ReportError> {
        let bad = |_| ReportError::Key("damaged key store".into());
        let current = Certificate::from_der(&hex::decode(&self.certificate).map_err(bad)?)
            .map_err(|e| ReportError::Key(e.to_string()))?;
        if current.tbs_certificate.subject_public_key_info
            != certificate.tbs_certificate.subject_public_key_info
        {
            return Err(ReportError::Key(
                "the certificate is for another key than this laptop's".into(),
            ));
        }
        if super::office::TrustStore::default().judge(certificate, std::slice::from_ref(ca))
            == super::office::Trust::SelfCertified
        {
            return Err(ReportError::Key(
                "the certificate is not signed by the office CA given".into(),
            ));
        }
        let der = |c: &Certificate| c.to_der().map_err(|e| ReportError::Key(e.to_string()));
        self.certificate = hex::encode(der(certificate)?);
        self.ca_certificate = hex::encode(der(ca)?);
        Ok(())
    }

    /// Opens the key store saved at `path` with `passphrase`. A key sealed under a lower Argon2id
    /// cost is sealed again under today's and the file replaced (written aside, then renamed).
    ///
    /// # Errors
    /// [`ReportError::WrongPassphrase`], or an unreadable or damaged file.
    pub fn unlock_file(
        path: &std::path::Path,
        passphrase: &str,
    ) -> Result<SoftwareSigner, ReportError> {
        let text = std::fs::read_to_string(path).map_err(|e| ReportError::Key(e.to_string()))?;
        let store: KeyStore =
            serde_json::from_str(&text).map_err(|e| ReportError::Key(e.to_string()))?;
        let signer = store.unlock(passphrase)?;
        if let Some(upgraded) = store.upgraded(passphrase)? {
            let json = serde_json::to_string_pretty(&upgraded)
                .map_err(|e| ReportError::Key(e.to_string()))?;
            let partial = path.with_extension("json.partial");
            std::fs::write(&partial, json)
                .and_then(|()| std::fs::rename(&partial, path))
                .map_err(|e| ReportError::Key(e.to_string()))?;
        }
        Ok(signer)
    }

    /// Decrypts the key with `passphrase`.
    ///
    /// # Errors
    /// [`ReportError::WrongPassphrase`] if the passphrase is wrong; nothing is changed.
    pub fn unlock(&self, passphrase: &str) -> Result<SoftwareSigner, ReportError> {
        let bad = |_| ReportError::Key("damaged key store".into());
        let key = self.private_key(passphrase)?;
        let leaf = Certificate::from_der(&hex::decode(&self.certificate).map_err(bad)?)
            .map_err(|e| ReportError::Key(e.to_string()))?;
        let ca = Certificate::from_der(&hex::decode(&self.ca_certificate).map_err(bad)?)
            .map_err(|e| ReportError::Key(e.to_string()))?;
        Ok(SoftwareSigner::new(
            key,
            vec![leaf, ca],
            self.officer.clone(),
        ))
    }
}
