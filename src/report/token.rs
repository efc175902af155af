//! Signing with an office USB key (UKey) through PKCS#11: the key never leaves the token; the token
//! makes each RSA signature (`CKM_SHA256_RSA_PKCS`) after the officer's PIN, which is asked each
//! time and never stored. The certificate is read from the token (the object with the key's label).
//! Tested with SoftHSM2 standing in for the token.

use std::path::Path;

use cryptoki::context::{CInitializeArgs, CInitializeFlags, Pkcs11};
use cryptoki::mechanism::Mechanism;
use cryptoki::object::{Attribute, AttributeType, ObjectClass, ObjectHandle};
use cryptoki::session::{Session, UserType};
use cryptoki::types::AuthPin;
use der::{Decode, Encode};
use rsa::RsaPublicKey;
use rsa::pkcs1v15::{Signature, VerifyingKey};
use sha2::Sha256;
use spki::DecodePublicKey;
use x509_cert::Certificate;

use super::algorithm::Algorithm;
use super::{ReportError, Signer};

fn fail(e: &dyn std::fmt::Display) -> ReportError {
    ReportError::Key(e.to_string())
}

/// Where the officer's key is: the PKCS#11 module (the token maker's library), the token's label
/// and the key's label.
#[derive(Debug, Clone)]
pub struct TokenKey<'a> {
    /// The PKCS#11 module (`/usr/lib/softhsm/libsofthsm2.so`, a UKey vendor's `.so` or `.dll`).
    pub module: &'a Path,
    /// The token's label.
    pub token: &'a str,
    /// The key's (and its certificate's) label.
    pub key: &'a str,
}

/// A key on a USB token, logged in for this session.
pub struct TokenSigner {
    // Kept for the session's lifetime: the library stays loaded while the session is open.
    _context: Pkcs11,
    session: Session,
    key: ObjectHandle,
    public: VerifyingKey<Sha256>,
    chain: Vec<Certificate>,
    name: String,
}

impl TokenSigner {
    /// Opens the token, logs in with `pin` and finds the key (its private and public halves) and,
    /// if the token holds one, its certificate.
    ///
    /// # Errors
    /// [`ReportError::Key`] if the module does not load, no token or key has the label, the
    /// certificate is for another key, or the PIN is refused (the message says which).
    pub fn open(at: &TokenKey<'_>, pin: &str) -> Result<TokenSigner, ReportError> {
        let context = Pkcs11::new(at.module).map_err(|e| fail(&e))?;
        context
            .initialize(CInitializeArgs::new(CInitializeFlags::OS_LOCKING_OK))
            .map_err(|e| fail(&e))?;
        let slot = context
            .get_slots_with_token()
            .map_err(|e| fail(&e))?
            .into_iter()
            .find(|s| {
                context
                    .get_token_info(*s)
                    .is_ok_and(|t| t.label().trim() == at.token)
            })
            .ok_or_else(|| ReportError::Key(format!("no token labelled {}", at.token)))?;
        let session = context.open_ro_session(slot).map_err(|e| fail(&e))?;
        session
            .login(UserType::User, Some(&AuthPin::new(pin.into())))
            .map_err(|e| ReportError::Key(format!("the token refused the PIN: {e}")))?;
        let find = |class: ObjectClass| -> Result<ObjectHandle, ReportError> {
            session
                .find_objects(&[
                    Attribute::Class(class),
                    Attribute::Label(at.key.as_bytes().to_vec()),
                ])
                .map_err(|e| fail(&e))?
                .into_iter()
                .next()
                .ok_or_else(|| ReportError::Key(format!("no {class} labelled {}", at.key)))
        };
        let key = find(ObjectClass::PRIVATE_KEY)?;
        // The public half, from the token's public-key object (a certificate may not be there yet:
        // the request for it is made with this key).
        let public_object = find(ObjectClass::PUBLIC_KEY)?;
        let mut modulus = None;
        let mut exponent = None;
        for a in session
            .get_attributes(
                public_object,
                &[AttributeType::Modulus, AttributeType::PublicExponent],
            )
            .map_err(|e| fail(&e))?
        {
            match a {
                Attribute::Modulus(m) => modulus = Some(m),
                Attribute::PublicExponent(e) => exponent = Some(e),
                _ => {}
            }
        }
        let (Some(n), Some(e)) = (modulus, exponent) else {
            return Err(ReportError::Key("the token's public key is not RSA".into()));
        };
        let public_key = RsaPublicKey::new(
            rsa::BigUint::from_bytes_be(&n),
            rsa::BigUint::from_bytes_be(&e),
        )
        .map_err(|e| fail(&e))?;
        let public = VerifyingKey::<Sha256>::new(public_key.clone());
        let certificate = session
            .find_objects(&[
                Attribute::Class(ObjectClass::CERTIFICATE),
                Attribute::Label(at.key.as_bytes().to_vec()),
            ])
            .map_err(|e| fail(&e))?
            .into_iter()
            .next()
            .map(|object| -> Result<Certificate, ReportError> {
                let der = session
                    .get_attributes(object, &[AttributeType::Value])
                    .map_err(|e| fail(&e))?
                    .into_iter()
                    .find_map(|a| match a {
                        Attribute::Value(v) => Some(v),
                        _ => None,
                    })
                    .ok_or_else(|| ReportError::Key("the certificate has no value".into()))?;
                let cert = Certificate::from_der(&der).map_err(|e| fail(&e))?;
                let spki = cert
                    .tbs_certificate
                    .subject_public_key_info
                    .to_der()
                    .map_err(|e| fail(&e))?;
                if RsaPublicKey::from_public_key_der(&spki).map_err(|e| fail(&e))? != public_key {
                    return Err(ReportError::Key(
                        "the certificate on the token is for another key".into(),
                    ));
                }
                Ok(cert)
            })
            .transpose()?;
        let name = certificate
            .as_ref()
            .and_then(common_name)
            .unwrap_or_else(|| at.key.to_owned());
        let chain = certificate.into_iter().collect();
        Ok(TokenSigner {
            _context: context,
            session,
            key,
            public,
            chain,
            name,
        })
    }

    /// Adds the issuing office's certificate after the token's own (so that verifiers find the
    /// office that certified the officer).
    #[must_use]
    pub fn with_issuer(mut self, ca: Certificate) -> TokenSigner {
        self.chain.push(ca);
        self
    }
}

fn common_name(cert: &Certificate) -> Option<String> {
    cert.tbs_certificate
        .subject
        .0
        .iter()
        .flat_map(|rdn| rdn.0.iter())
        .find(|atv| atv.oid == const_oid::db::rfc4519::CN)
        .and_then(|atv| atv.value.decode_as::<der::asn1::Utf8StringRef<'_>>().ok())
        .map(|s| s.as_str().to_owned())
}

impl rsa::signature::Keypair for TokenSigner {
    type VerifyingKey = VerifyingKey<Sha256>;

    fn verifying_key(&self) -> Self::VerifyingKey {
        self.public.clone()
    }
}

impl spki::DynSignatureAlgorithmIdentifier for TokenSigner {
    fn signature_algorithm_identifier(&self) -> spki::Result<spki::AlgorithmIdentifierOwned> {
        Ok(spki::AlgorithmIdentifierOwned {
            oid: const_oid::db::rfc5912::SHA_256_WITH_RSA_ENCRYPTION,
            parameters: Some(der::asn1::Null.into()),
        })
    }
}

impl rsa::signature::Signer<Signature> for TokenSigner {
    /// The token hashes and signs (`CKM_SHA256_RSA_PKCS`): the key never leaves it.
    fn try_sign(&self, msg: &[u8]) -> Result<Signature, rsa::signature::Error> {
        let bytes = self
            .session
            .sign(&Mechanism::Sha256RsaPkcs, self.key, msg)
            .map_err(rsa::signature::Error::from_source)?;
        Signature::try_from(bytes.as_slice())
    }
}

impl Signer for TokenSigner {
    fn certificates(&self) -> &[Certificate] {
        &self.chain
    }

    fn algorithm(&self) -> Algorithm {
        Algorithm::Rsa
    }

    fn sign_detached(&self, digest: &[u8]) -> Result<Vec<u8>, ReportError> {
        super::sign::signed_data::<_, Signature>(self, Algorithm::Rsa, &self.chain, digest)
    }

    fn name(&self) -> String {
        self.name.clone()
    }
}

/// The labels of the initialised tokens the module sees (no PIN needed), for the officer to
/// choose from.
///
/// # Errors
/// [`ReportError::Key`] if the module does not load.
pub fn token_labels(module: &Path) -> Result<Vec<String>, ReportError> {
    let context = Pkcs11::new(module).map_err(|e| fail(&e))?;
    context
        .initialize(CInitializeArgs::new(CInitializeFlags::OS_LOCKING_OK))
        .map_err(|e| fail(&e))?;
    let labels = context
        .get_slots_with_token()
        .map_err(|e| fail(&e))?
        .into_iter()
        .filter_map(|s| context.get_token_info(s).ok())
        .filter(|t| t.token_initialized())
        .map(|t| t.label().trim().to_owned())
        .filter(|l| !l.is_empty())
        .collect();
    Ok(labels)
}

/// The officer's certificate request (PKCS#10, PEM) made by the key on the token, for the office's
/// administrator to issue (see [`super::office::OfficeCa::issue`]).
///
/// # Errors
/// If the token cannot sign.
pub fn token_request(
    signer: &TokenSigner,
    officer: &str,
    office: &str,
) -> Result<String, ReportError> {
    use der::EncodePem;
    use x509_cert::builder::{Builder, RequestBuilder};
    let subject = super::keys::name(officer, office, "Officer")?;
    let req = RequestBuilder::new(subject, signer)
        .map_err(|e| fail(&e))?
        .build::<Signature>()
        .map_err(|e| fail(&e))?;
    req.to_pem(der::pem::LineEnding::LF).map_err(|e| fail(&e))
}
