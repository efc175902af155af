//! Signing a PDF: a PAdES baseline B-B signature (ETSI EN 319 142-1): a detached CAdES signature
//! (`ETSI.CAdES.detached`) over the whole file except the signature itself, whose signed attributes
//! bind the signer's certificate (ESS `signing-certificate-v2`, RFC 5035) so that no other
//! certificate with the same key can be put in its place; the signing time is the dictionary's `/M`,
//! as PAdES asks (no CMS signing-time attribute). PDF readers (poppler's `pdfsig`, Adobe) verify it.
//!
//! The officer's key sits behind [`Signer`]: a software key (RSA or SM2, [`super::algorithm`]) or
//! an office's USB key (PKCS#11, [`super::token`]). The content hash follows the key: SHA-256 for
//! RSA, SM3 for SM2.

use cms::builder::{SignedDataBuilder, SignerInfoBuilder};
use cms::cert::{CertificateChoices, IssuerAndSerialNumber};
use cms::signed_data::{EncapsulatedContentInfo, SignerIdentifier};
use der::{Decode, Encode};
use lopdf::{Dictionary, Document, Object, StringFormat};
use x509_cert::Certificate;

use super::ReportError;
use super::algorithm::{Algorithm, PrivateKey, SignatureValue};

/// The PAdES signature's sub-filter; notices signed before PAdES carry `adbe.pkcs7.detached`.
pub(crate) const PADES_SUBFILTER: &[u8] = b"ETSI.CAdES.detached";

/// Bytes reserved for the CMS signature (hex-encoded in the file, so twice this).
const SIGNATURE_SPACE: usize = 8192;
/// The placeholder ByteRange as `save_to` writes it, overwritten after saving.
const BYTE_RANGE_PLACEHOLDER: &str = "[0 9999999999 9999999999 9999999999]";

/// Something that signs a digest for the officer: the software key now, a USB key later.
pub trait Signer {
    /// The signer's certificate chain, signer first.
    fn certificates(&self) -> &[Certificate];
    /// The algorithm the signer's key signs with; content is hashed with its hash.
    fn algorithm(&self) -> Algorithm;
    /// A CMS `SignedData` (DER) over the external content whose hash (by [`Signer::algorithm`])
    /// is `digest`.
    ///
    /// # Errors
    /// If the key cannot sign.
    fn sign_detached(&self, digest: &[u8]) -> Result<Vec<u8>, ReportError>;
    /// The signer's name as shown on the report.
    fn name(&self) -> String;
}

/// A key held in memory, RSA or SM2 (decrypted from the officer's key store for the session).
pub struct SoftwareSigner {
    key: PrivateKey,
    chain: Vec<Certificate>,
    name: String,
}

impl SoftwareSigner {
    /// A signer from a private key, its certificate chain (signer first) and the officer's name.
    #[must_use]
    pub fn new(key: PrivateKey, chain: Vec<Certificate>, name: String) -> Self {
        SoftwareSigner { key, chain, name }
    }
}

impl Signer for SoftwareSigner {
    fn certificates(&self) -> &[Certificate] {
        &self.chain
    }

    fn name(&self) -> String {
        self.name.clone()
    }

    fn algorithm(&self) -> Algorithm {
        self.key.algorithm()
    }

    fn sign_detached(&self, digest: &[u8]) -> Result<Vec<u8>, ReportError> {
        signed_data::<_, SignatureValue>(&self.key, self.key.algorithm(), &self.chain, digest)
    }
}

/// A CMS `SignedData` (DER) by `key` over the external content whose hash is `digest`, with
/// the PAdES signed attributes and the certificates of `chain` (signer first). `key` is anything
/// that signs with `algorithm`: a key in memory or one on a USB token.
pub(crate) fn signed_data<S, Sig>(
    key: &S,
    algorithm: Algorithm,
    chain: &[Certificate],
    digest: &[u8],
) -> Result<Vec<u8>, ReportError>
where
    S: rsa::signature::Keypair
        + spki::DynSignatureAlgorithmIdentifier
        + rsa::signature::Signer<Sig>,
    S::VerifyingKey: spki::EncodePublicKey,
    Sig: spki::SignatureBitStringEncoding,
{
    let leaf = chain
        .first()
        .ok_or(ReportError::Sign("no certificate".into()))?;
    let eci = EncapsulatedContentInfo {
        econtent_type: const_oid::db::rfc5911::ID_DATA,
        econtent: None,
    };
    let digest_alg = algorithm.digest_algorithm();
    let sid = SignerIdentifier::IssuerAndSerialNumber(IssuerAndSerialNumber {
        issuer: leaf.tbs_certificate.issuer.clone(),
        serial_number: leaf.tbs_certificate.serial_number.clone(),
    });
    let fail = |e: &dyn std::fmt::Display| ReportError::Sign(e.to_string());
    let mut signer_info = SignerInfoBuilder::new(key, sid, digest_alg.clone(), &eci, Some(digest))
        .map_err(|e| fail(&e))?;
    signer_info
        .add_signed_attribute(signing_certificate_v2(leaf, algorithm)?)
        .map_err(|e| fail(&e))?;
    let mut builder = SignedDataBuilder::new(&eci);
    builder
        .add_digest_algorithm(digest_alg)
        .map_err(|e| fail(&e))?;
    let mut added: Vec<&Certificate> = Vec::new();
    for cert in chain {
        // A self-signed certificate is both the signer's and the root: add it once.
        if added.contains(&cert) {
            continue;
        }
        added.push(cert);
        builder
            .add_certificate(CertificateChoices::Certificate(cert.clone()))
            .map_err(|e| fail(&e))?;
    }
    builder
        .add_signer_info::<_, Sig>(signer_info)
        .map_err(|e| fail(&e))?;
    let content = builder.build().map_err(|e| fail(&e))?;
    content.to_der().map_err(|e| fail(&e))
}

/// The ESS `signing-certificate-v2` attribute (RFC 5035) naming `cert` by its hash: a
/// `SigningCertificateV2` holding one `ESSCertIDv2` with the hash alone (CAdES B-B advises leaving
/// out `issuerSerial`). SHA-256 is the default algorithm and is omitted; SM3 is named.
pub(crate) fn signing_certificate_v2(
    cert: &Certificate,
    algorithm: Algorithm,
) -> Result<x509_cert::attr::Attribute, ReportError> {
    use der::asn1::{Any, OctetString, SetOfVec};
    let fail = |e: der::Error| ReportError::Sign(e.to_string());
    let hash = algorithm.digest(&[&cert.to_der().map_err(fail)?]);
    let mut fields = Vec::new();
    if algorithm != Algorithm::Rsa {
        fields.extend(algorithm.digest_algorithm().to_der().map_err(fail)?);
    }
    fields.extend(
        OctetString::new(hash)
            .map_err(fail)?
            .to_der()
            .map_err(fail)?,
    );
    let ess_cert_id = Any::new(der::Tag::Sequence, fields).map_err(fail)?;
    let certs = Any::new(der::Tag::Sequence, ess_cert_id.to_der().map_err(fail)?).map_err(fail)?;
    let value = Any::new(der::Tag::Sequence, certs.to_der().map_err(fail)?).map_err(fail)?;
    let mut values = SetOfVec::new();
    values.insert(value).map_err(fail)?;
    Ok(x509_cert::attr::Attribute {
        oid: const_oid::db::rfc5911::ID_AA_SIGNING_CERTIFICATE_V_2,
        values,
    })
}

/// Adds a signature field with a placeholder to `doc`, saves it, fills in the byte range and the
/// CMS signature, and returns the signed file.
///
/// `when` is the signing time as a PDF date in Beijing time (`D:20260601093000+08'00'`).
///
/// # Errors
/// If the document cannot be written or the signer fails.
pub fn sign_document(
    mut doc: Document,
    signer: &dyn Signer,
    when: &str,
    reason: &str,
) -> Result<Vec<u8>, ReportError> {
    let pdf_err = |e: lopdf::Error| ReportError::Pdf(e.to_string());
    let mut sig = Dictionary::new();
    sig.set("Type", Object::Name(b"Sig".to_vec()));
    sig.set("Filter", Object::Name(b"Adobe.PPKLite".to_vec()));
    sig.set("SubFilter", Object::Name(PADES_SUBFILTER.to_vec()));
    // Placeholder numbers wide enough for any file; overwritten in place, padded to the same length.
    let wide = Object::Integer(9_999_999_999);
    sig.set(
        "ByteRange",
        Object::Array(vec![Object::Integer(0), wide.clone(), wide.clone(), wide]),
    );
    sig.set(
        "Contents",
        Object::String(vec![0u8; SIGNATURE_SPACE], StringFormat::Hexadecimal),
    );
    sig.set("M", Object::string_literal(when));
    sig.set(
        "Name",
        Object::String(utf16(&signer.name()), StringFormat::Hexadecimal),
    );
    sig.set(
        "Reason",
        Object::String(utf16(reason), StringFormat::Hexadecimal),
    );
    let sig_id = doc.add_object(sig);
    let pages = doc.get_pages();
    let first_page = *pages
        .values()
        .next()
        .ok_or_else(|| ReportError::Pdf("no page".into()))?;
    let mut field = Dictionary::new();
    field.set("Type", Object::Name(b"Annot".to_vec()));
    field.set("Subtype", Object::Name(b"Widget".to_vec()));
    field.set("FT", Object::Name(b"Sig".to_vec()));
    field.set("T", Object::string_literal("officer-signature"));
    field.set("V", Object::Reference(sig_id));
    field.set("F", Object::Integer(132));
    field.set(
        "Rect",
        Object::Array(vec![0.into(), 0.into(), 0.into(), 0.into()]),
    );
    field.set("P", Object::Reference(first_page));
    let field_id = doc.add_object(field);
    let page = doc.get_dictionary_mut(first_page).map_err(pdf_err)?;
    match page.get_mut(b"Annots") {
        Ok(Object::Array(annots)) => annots.push(Object::Reference(field_id)),
        _ => page.set("Annots", Object::Array(vec![Object::Reference(field_id)])),
    }
    let mut acroform = Dictionary::new();
    acroform.set("Fields", Object::Array(vec![Object::Reference(field_id)]));
    acroform.set("SigFlags", Object::Integer(3));
    doc.catalog_mut()
        .map_err(pdf_err)?
        .set("AcroForm", Object::Dictionary(acroform));

    // A plain save keeps a classic cross-reference table and leaves the hex string literal.
    let mut pdf = Vec::new();
    doc.save_to(&mut pdf)
        .map_err(|e| ReportError::Pdf(e.to_string()))?;
    let hex_zeros = "0".repeat(SIGNATURE_SPACE * 2);
    let contents_at = find(&pdf, format!("<{hex_zeros}>").as_bytes())
        .ok_or_else(|| ReportError::Pdf("signature space not found".into()))?;
    let (start, end) = (contents_at, contents_at + hex_zeros.len() + 2);
    let range = format!("[0 {start} {end} {}]", pdf.len() - end);
    let range_at = find(&pdf, BYTE_RANGE_PLACEHOLDER.as_bytes())
        .ok_or_else(|| ReportError::Pdf("byte range placeholder lost".into()))?;
    let padded = format!("{range:<width$}", width = BYTE_RANGE_PLACEHOLDER.len());
    pdf[range_at..range_at + padded.len()].copy_from_slice(padded.as_bytes());

    let digest = signer.algorithm().digest(&[&pdf[..start], &pdf[end..]]);
    let cms = signer.sign_detached(&digest)?;
    if cms.len() > SIGNATURE_SPACE {
        return Err(ReportError::Sign(format!(
            "signature of {} bytes exceeds the reserved space",
            cms.len()
        )));
    }
    let hex = hex::encode_upper(&cms);
    pdf[start + 1..start + 1 + hex.len()].copy_from_slice(hex.as_bytes());
    Ok(pdf)
}

/// Text as a PDF text string (UTF-16BE with BOM), for names in Chinese.
fn utf16(s: &str) -> Vec<u8> {
    let mut out = vec![0xFE, 0xFF];
    for unit in s.encode_utf16() {
        out.extend_from_slice(&unit.to_be_bytes());
    }
    out
}

/// First position of `needle` in `hay`.
pub(crate) fn find(hay: &[u8], needle: &[u8]) -> Option<usize> {
    hay.windows(needle.len()).position(|w| w == needle)
}

/// Parses a certificate from DER.
///
/// # Errors
/// If the bytes are not a certificate.
pub fn certificate_from_der(der: &[u8]) -> Result<Certificate, ReportError> {
    Certificate::from_der(der).map_err(|e| ReportError::Sign(e.to_string()))
}
