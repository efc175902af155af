//! The two signature algorithms a signer may hold: RSA with SHA-256 (PKCS#1 v1.5), read everywhere,
//! and SM2 with SM3 (国密, GB/T 32918 and GB/T 32905), which Chinese CAs issue on offices' USB keys.
//!
//! SM2 follows GM/T 0009 and RFC 8998 as OpenSSL reads them: keys are `id-ecPublicKey` on the SM2
//! curve (1.2.156.10197.1.301), signatures `SM2-with-SM3` (1.2.156.10197.1.501) as DER
//! `SEQUENCE { r INTEGER, s INTEGER }`, with the default distinguishing identifier
//! `1234567812345678` in the signer's Z value, and SM3 (1.2.156.10197.1.401) as the CMS digest.

use der::asn1::{BitString, ObjectIdentifier, UintRef};
use der::{Decode, Encode, Sequence};
use rsa::pkcs1v15;
use rsa::pkcs8::{DecodePrivateKey, EncodePrivateKey};
use rsa::signature::{Keypair, SignatureEncoding, Signer, Verifier};
use rsa::{RsaPrivateKey, RsaPublicKey};
use sha2::Sha256;
use spki::{
    AlgorithmIdentifierOwned, DecodePublicKey, DynSignatureAlgorithmIdentifier, EncodePublicKey,
    SignatureBitStringEncoding, SubjectPublicKeyInfoOwned,
};

use super::ReportError;

/// SM2 signature with SM3 (GM/T 0006, RFC 8998).
pub const SM2_WITH_SM3: ObjectIdentifier = ObjectIdentifier::new_unwrap("1.2.156.10197.1.501");
/// The SM2 curve, as a key's named curve.
pub const SM2_CURVE: ObjectIdentifier = ObjectIdentifier::new_unwrap("1.2.156.10197.1.301");
/// The SM3 hash.
pub const SM3: ObjectIdentifier = ObjectIdentifier::new_unwrap("1.2.156.10197.1.401");
/// `sm2sign` (1.2.156.10197.1.301.1), which GB/T 35275 writers put in a CMS signer's signature
/// algorithm in place of `SM2-with-SM3`; read, never written.
const SM2_SIGN: ObjectIdentifier = ObjectIdentifier::new_unwrap("1.2.156.10197.1.301.1");
/// The distinguishing identifier every party uses unless agreed otherwise (GM/T 0009 §10).
const SM2_DISTID: &str = "1234567812345678";

/// Which algorithm a key signs with.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Algorithm {
    /// RSA (2048 bits for an officer, 3072 for an office CA) with SHA-256.
    #[default]
    Rsa,
    /// SM2 with SM3 (国密).
    Sm2,
}

impl std::str::FromStr for Algorithm {
    type Err = String;

    /// `rsa` or `sm2`, as the command line takes them.
    fn from_str(s: &str) -> Result<Algorithm, String> {
        match s.to_ascii_lowercase().as_str() {
            "rsa" => Ok(Algorithm::Rsa),
            "sm2" => Ok(Algorithm::Sm2),
            _ => Err(format!("{s}: rsa or sm2")),
        }
    }
}

impl Algorithm {
    /// The algorithm of a certificate's key, if it is one this program reads.
    #[must_use]
    pub fn of_key(spki: &SubjectPublicKeyInfoOwned) -> Option<Algorithm> {
        if spki.algorithm.oid == const_oid::db::rfc5912::RSA_ENCRYPTION {
            return Some(Algorithm::Rsa);
        }
        let curve = spki
            .algorithm
            .parameters
            .as_ref()
            .and_then(|p| p.decode_as::<ObjectIdentifier>().ok());
        (spki.algorithm.oid == const_oid::db::rfc5912::ID_EC_PUBLIC_KEY && curve == Some(SM2_CURVE))
            .then_some(Algorithm::Sm2)
    }

    /// The hash of content signed with this algorithm: SHA-256 or SM3.
    #[must_use]
    pub fn digest(self, parts: &[&[u8]]) -> Vec<u8> {
        fn all<D: sha2::Digest>(parts: &[&[u8]]) -> Vec<u8> {
            let mut hasher = D::new();
            for part in parts {
                hasher.update(part);
            }
            hasher.finalize().to_vec()
        }
        match self {
            Algorithm::Rsa => all::<Sha256>(parts),
            Algorithm::Sm2 => all::<sm3::Sm3>(parts),
        }
    }

    /// The hash's algorithm identifier, as CMS names it.
    #[must_use]
    pub fn digest_algorithm(self) -> AlgorithmIdentifierOwned {
        let oid = match self {
            Algorithm::Rsa => const_oid::db::rfc5912::ID_SHA_256,
            Algorithm::Sm2 => SM3,
        };
        AlgorithmIdentifierOwned {
            oid,
            parameters: None,
        }
    }

    /// The signature's algorithm identifier, as certificates, lists and CMS name it.
    #[must_use]
    pub fn signature_algorithm(self) -> AlgorithmIdentifierOwned {
        match self {
            Algorithm::Rsa => AlgorithmIdentifierOwned {
                oid: const_oid::db::rfc5912::SHA_256_WITH_RSA_ENCRYPTION,
                parameters: Some(der::asn1::Null.into()),
            },
            Algorithm::Sm2 => AlgorithmIdentifierOwned {
                oid: SM2_WITH_SM3,
                parameters: None,
            },
        }
    }
}

/// A private key held in memory: an officer's or an office CA's.
#[derive(Clone)]
pub enum PrivateKey {
    /// RSA (boxed: ten times the size of an SM2 key).
    Rsa(Box<RsaPrivateKey>),
    /// SM2.
    Sm2(sm2::SecretKey),
}

impl PrivateKey {
    /// A new key: RSA of `rsa_bits`, or SM2.
    ///
    /// # Errors
    /// If key generation fails.
    pub fn generate(algorithm: Algorithm, rsa_bits: usize) -> Result<PrivateKey, ReportError> {
        let mut rng = rand::thread_rng();
        Ok(match algorithm {
            Algorithm::Rsa => PrivateKey::Rsa(Box::new(
                RsaPrivateKey::new(&mut rng, rsa_bits)
                    .map_err(|e| ReportError::Key(e.to_string()))?,
            )),
            Algorithm::Sm2 => PrivateKey::Sm2(sm2::SecretKey::random(&mut rng)),
        })
    }

    /// A key from PKCS#8 DER, RSA or SM2.
    ///
    /// # Errors
    /// If the bytes hold neither.
    pub fn from_pkcs8_der(der: &[u8]) -> Result<PrivateKey, ReportError> {
        RsaPrivateKey::from_pkcs8_der(der)
            .map(|key| PrivateKey::Rsa(Box::new(key)))
            .or_else(|_| sm2::SecretKey::from_pkcs8_der(der).map(PrivateKey::Sm2))
            .map_err(|e| ReportError::Key(format!("neither an RSA nor an SM2 key: {e}")))
    }

    /// The key as PKCS#8 DER, to seal.
    ///
    /// # Errors
    /// If encoding fails.
    pub fn to_pkcs8_der(&self) -> Result<Vec<u8>, ReportError> {
        match self {
            PrivateKey::Rsa(key) => key.to_pkcs8_der(),
            PrivateKey::Sm2(key) => key.to_pkcs8_der(),
        }
        .map(|doc| doc.as_bytes().to_vec())
        .map_err(|e| ReportError::Key(e.to_string()))
    }

    /// The algorithm the key signs with.
    #[must_use]
    pub fn algorithm(&self) -> Algorithm {
        match self {
            PrivateKey::Rsa(_) => Algorithm::Rsa,
            PrivateKey::Sm2(_) => Algorithm::Sm2,
        }
    }

    /// The public key, as a certificate carries it.
    ///
    /// # Errors
    /// If encoding fails.
    pub fn public_key_info(&self) -> Result<SubjectPublicKeyInfoOwned, ReportError> {
        let der = self
            .verifying_key()
            .to_public_key_der()
            .map_err(|e| ReportError::Key(e.to_string()))?;
        SubjectPublicKeyInfoOwned::from_der(der.as_bytes())
            .map_err(|e| ReportError::Key(e.to_string()))
    }
}

/// A public key as its encoded `SubjectPublicKeyInfo`: what the certificate and CMS builders need
/// of a signer's key, whatever its algorithm.
#[derive(Clone)]
pub struct PublicKeyInfo(Vec<u8>);

impl EncodePublicKey for PublicKeyInfo {
    fn to_public_key_der(&self) -> spki::Result<der::Document> {
        Ok(der::Document::from_der(&self.0)?)
    }
}

impl Keypair for PrivateKey {
    type VerifyingKey = PublicKeyInfo;

    fn verifying_key(&self) -> PublicKeyInfo {
        let der = match self {
            PrivateKey::Rsa(key) => key.to_public_key().to_public_key_der(),
            PrivateKey::Sm2(key) => key.public_key().to_public_key_der(),
        };
        // Encoding a key just generated or decoded cannot fail; an empty key would not verify.
        PublicKeyInfo(der.map(|d| d.as_bytes().to_vec()).unwrap_or_default())
    }
}

impl DynSignatureAlgorithmIdentifier for PrivateKey {
    fn signature_algorithm_identifier(&self) -> spki::Result<AlgorithmIdentifierOwned> {
        Ok(self.algorithm().signature_algorithm())
    }
}

/// A signature value in the encoding certificates and CMS carry it (PKCS#1 v1.5 bytes for RSA, a
/// DER `SEQUENCE { r, s }` for SM2).
#[derive(Clone, Debug)]
pub struct SignatureValue(Vec<u8>);

impl TryFrom<&[u8]> for SignatureValue {
    type Error = rsa::signature::Error;
    fn try_from(bytes: &[u8]) -> Result<Self, Self::Error> {
        Ok(SignatureValue(bytes.to_vec()))
    }
}

impl From<SignatureValue> for Box<[u8]> {
    fn from(s: SignatureValue) -> Box<[u8]> {
        s.0.into_boxed_slice()
    }
}

impl SignatureEncoding for SignatureValue {
    type Repr = Box<[u8]>;
}

impl SignatureBitStringEncoding for SignatureValue {
    fn to_bitstring(&self) -> der::Result<BitString> {
        BitString::from_bytes(&self.0)
    }
}

/// An SM2 signature as DER (GM/T 0009 §7.2).
#[derive(Sequence)]
struct Sm2SignatureDer<'a> {
    r: UintRef<'a>,
    s: UintRef<'a>,
}

impl Signer<SignatureValue> for PrivateKey {
    fn try_sign(&self, msg: &[u8]) -> Result<SignatureValue, rsa::signature::Error> {
        match self {
            PrivateKey::Rsa(key) => {
                let sig = pkcs1v15::SigningKey::<Sha256>::new((**key).clone()).try_sign(msg)?;
                Ok(SignatureValue(sig.to_vec()))
            }
            PrivateKey::Sm2(key) => {
                let signer = sm2::dsa::SigningKey::new(SM2_DISTID, key)?;
                let sig: sm2::dsa::Signature = signer.try_sign(msg)?;
                let (r, s) = (sig.r_bytes(), sig.s_bytes());
                let der = Sm2SignatureDer {
                    r: UintRef::new(&r).map_err(rsa::signature::Error::from_source)?,
                    s: UintRef::new(&s).map_err(rsa::signature::Error::from_source)?,
                }
                .to_der()
                .map_err(rsa::signature::Error::from_source)?;
                Ok(SignatureValue(der))
            }
        }
    }
}

/// Whether `signature` over `message` was made by the key `spki` with the algorithm `algorithm`
/// names (the signer's `signatureAlgorithm`); a key and algorithm that do not go together, or one
/// this program does not read, never verify.
#[must_use]
pub fn verifies(
    spki: &SubjectPublicKeyInfoOwned,
    algorithm: &ObjectIdentifier,
    message: &[u8],
    signature: &[u8],
) -> bool {
    let check = || -> Option<bool> {
        match Algorithm::of_key(spki)? {
            Algorithm::Rsa => {
                // CMS may name the key's algorithm (rsaEncryption) in place of the signature's.
                let named = [
                    const_oid::db::rfc5912::SHA_256_WITH_RSA_ENCRYPTION,
                    const_oid::db::rfc5912::RSA_ENCRYPTION,
                ];
                if !named.contains(algorithm) {
                    return Some(false);
                }
                let key = RsaPublicKey::from_public_key_der(&spki.to_der().ok()?).ok()?;
                let sig = pkcs1v15::Signature::try_from(signature).ok()?;
                Some(
                    pkcs1v15::VerifyingKey::<Sha256>::new(key)
                        .verify(message, &sig)
                        .is_ok(),
                )
            }
            Algorithm::Sm2 => {
                if *algorithm != SM2_WITH_SM3 && *algorithm != SM2_SIGN {
                    return Some(false);
                }
                let point = spki.subject_public_key.as_bytes()?;
                let key = sm2::dsa::VerifyingKey::from_sec1_bytes(SM2_DISTID, point).ok()?;
                let der = Sm2SignatureDer::from_der(signature).ok()?;
                let mut r = [0u8; 32];
                let mut s = [0u8; 32];
                let (rb, sb) = (der.r.as_bytes(), der.s.as_bytes());
                r.get_mut(32usize.checked_sub(rb.len())?..)?
                    .copy_from_slice(rb);
                s.get_mut(32usize.checked_sub(sb.len())?..)?
                    .copy_from_slice(sb);
                let sig = sm2::dsa::Signature::from_scalars(r, s).ok()?;
                Some(key.verify(message, &sig).is_ok())
            }
        }
    };
    check() == Some(true)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_algorithm_verifies_its_own_signatures_and_no_other() {
        for algorithm in [Algorithm::Rsa, Algorithm::Sm2] {
            let key = PrivateKey::generate(algorithm, 2048).unwrap_or_else(|e| panic!("{e}"));
            let spki = key.public_key_info().unwrap_or_else(|e| panic!("{e}"));
            assert_eq!(Algorithm::of_key(&spki), Some(algorithm));
            let sig = key.try_sign(b"notice").unwrap_or_else(|e| panic!("{e}"));
            let oid = algorithm.signature_algorithm().oid;
            assert!(verifies(&spki, &oid, b"notice", &sig.0));
            assert!(!verifies(&spki, &oid, b"notic3", &sig.0));
            let other = match algorithm {
                Algorithm::Rsa => SM2_WITH_SM3,
                Algorithm::Sm2 => const_oid::db::rfc5912::SHA_256_WITH_RSA_ENCRYPTION,
            };
            assert!(!verifies(&spki, &other, b"notice", &sig.0));
            let again = PrivateKey::from_pkcs8_der(&key.to_pkcs8_der().unwrap_or_default())
                .unwrap_or_else(|e| panic!("{e}"));
            assert_eq!(again.public_key_info().ok(), Some(spki));
        }
    }

    /// SM3 of "abc", GB/T 32905-2016 Appendix A.1.
    #[test]
    fn sm3_gives_the_standards_example() {
        assert_eq!(
            hex::encode(Algorithm::Sm2.digest(&[b"a", b"bc"])),
            "66c7f0f462eeedd9d1f2d46bdc10e4e24167c4875cf2f7a2297da02b8f4ba8e0"
        );
    }
}
