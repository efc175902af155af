//! Offline verification of a signed report: the signature over the file, whether the file changed
//! since, who signed and when, and a re-run of the embedded determination under the same rules.
//! Notices are signed as PAdES baseline B-B (`ETSI.CAdES.detached`, the signer's certificate bound by
//! its hash); notices signed before carry `adbe.pkcs7.detached` and still verify.

use cms::content_info::ContentInfo;
use cms::signed_data::SignedData;
use der::{Decode, Encode};
use lopdf::{Document, Object};
use x509_cert::Certificate;

use fluent_bundle::FluentArgs;

use super::algorithm::{Algorithm, verifies};
use super::office::{Trust, TrustStore};
use super::{ATTACHMENT, ReportError};
use crate::engine::{TraceMode, assess};
use crate::explain::{DeterminationView, LayerSource, rebuild_set};
use crate::i18n::{Lang, tr, tr_args};
use crate::policy::ParamSet;

/// What verification found.
#[derive(Debug, Clone)]
pub struct Verification {
    /// The signature is valid for the signed bytes.
    pub signature_valid: bool,
    /// The signed bytes cover the whole file (nothing was appended or changed after signing).
    pub covers_whole_file: bool,
    /// Subject of the signer's certificate.
    pub signer: String,
    /// Signing time from the signature dictionary (/M).
    pub signed_at: String,
    /// The signature's format.
    pub format: SignatureFormat,
    /// How far the signer is trusted on this laptop (the office that certified them).
    pub trust: Trust,
    /// The re-run of the embedded determination.
    pub rerun: Rerun,
}

/// The format of a notice's signature, from its `/SubFilter`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SignatureFormat {
    /// PAdES baseline B-B (`ETSI.CAdES.detached`): valid only if its signed attributes bind the
    /// signer's certificate (ESS signing-certificate-v2).
    PadesBaselineB,
    /// `adbe.pkcs7.detached`, as notices were signed before PAdES.
    Pkcs7Detached,
}

/// Re-running the embedded determination.
#[derive(Debug, Clone, PartialEq)]
pub enum Rerun {
    /// Same outcome and amount for every rule.
    Matches,
    /// Rules whose outcome or amount differs.
    Differs(Vec<String>),
    /// Not possible (the parameter set is not one shipped with this program, or no attachment).
    NotPossible(String),
}

impl Verification {
    /// What verification found, in sentences for the officer (the command line and the window
    /// print the same): one verdict, the format, who signed and when, who certified the signer and
    /// whether this laptop trusts them (only for a signature that holds), and the re-run.
    #[must_use]
    pub fn sentences(&self, lang: Lang) -> Vec<String> {
        let with = |key: &str, pairs: &[(&str, String)]| {
            let mut args = FluentArgs::new();
            for (name, value) in pairs {
                args.set((*name).to_owned(), value.clone());
            }
            tr_args(lang, key, Some(&args))
        };
        let verdict = match (self.signature_valid, self.covers_whole_file) {
            (true, true) => "cli-verify-valid",
            (true, false) => "cli-verify-not-whole",
            (false, _) => "cli-verify-invalid",
        };
        let mut out = vec![
            tr(lang, verdict),
            tr(
                lang,
                match self.format {
                    SignatureFormat::PadesBaselineB => "cli-verify-format-pades",
                    SignatureFormat::Pkcs7Detached => "cli-verify-format-pkcs7",
                },
            ),
            with("cli-verify-signer", &[("signer", self.signer.clone())]),
            with(
                "cli-verify-time",
                &[("time", pdf_date_text(&self.signed_at))],
            ),
        ];
        if self.signature_valid {
            out.push(match &self.trust {
                Trust::Trusted { ca } => with("cli-verify-trusted", &[("ca", ca.clone())]),
                Trust::NotTrusted { ca } => with("cli-verify-not-trusted", &[("ca", ca.clone())]),
                Trust::Revoked { ca, since } => with(
                    "cli-verify-revoked",
                    &[("ca", ca.clone()), ("since", since.to_string())],
                ),
                Trust::SelfCertified => tr(lang, "cli-verify-self-certified"),
            });
        }
        out.push(match &self.rerun {
            Rerun::Matches => tr(lang, "cli-verify-rerun-ok"),
            Rerun::Differs(rules) => {
                with("cli-verify-rerun-differs", &[("rules", rules.join(", "))])
            }
            Rerun::NotPossible(reason) => with(
                "cli-verify-rerun-not-possible",
                &[("reason", reason.clone())],
            ),
        });
        out
    }

    /// Valid, whole, confirmed by re-running, and not signed with a revoked certificate. (A
    /// signer this laptop does not trust is said, not refused: the file is still intact.)
    #[must_use]
    pub fn is_good(&self) -> bool {
        self.signature_valid
            && self.covers_whole_file
            && self.rerun == Rerun::Matches
            && !matches!(self.trust, Trust::Revoked { .. })
    }
}

fn byte_range(pdf: &[u8]) -> Option<[usize; 4]> {
    let at = super::sign::find(pdf, b"/ByteRange")?;
    let open = at + pdf[at..].iter().position(|&b| b == b'[')?;
    let close = open + pdf[open..].iter().position(|&b| b == b']')?;
    let text = std::str::from_utf8(&pdf[open + 1..close]).ok()?;
    let n: Vec<usize> = text
        .split_whitespace()
        .filter_map(|t| t.parse().ok())
        .collect();
    (n.len() == 4).then(|| [n[0], n[1], n[2], n[3]])
}

/// Verifies a signed report, with no office trusted (see [`verify_pdf_trusting`]).
///
/// # Errors
/// If the file has no signature or it cannot be read.
pub fn verify_pdf(pdf: &[u8]) -> Result<Verification, ReportError> {
    verify_pdf_trusting(pdf, &TrustStore::default())
}

/// Verifies a signed report, and judges its signer against the offices `trust` holds.
///
/// # Errors
/// If the file has no signature or it cannot be read.
pub fn verify_pdf_trusting(pdf: &[u8], trust: &TrustStore) -> Result<Verification, ReportError> {
    let bad = |m: &str| ReportError::Sign(m.to_owned());
    let [a, b, c, d] = byte_range(pdf).ok_or_else(|| bad("no signature in this file"))?;
    if a != 0 || b >= c || c + d > pdf.len() || pdf.get(b) != Some(&b'<') {
        return Err(bad("the signature's byte range is damaged"));
    }
    let covers_whole_file = c + d == pdf.len();
    let hex_text: Vec<u8> = pdf[b + 1..c - 1]
        .iter()
        .copied()
        .filter(u8::is_ascii_hexdigit)
        .collect();
    let der_bytes = hex::decode(&hex_text).map_err(|_| bad("the signature is not hexadecimal"))?;
    let format = match name_after(pdf, b"/SubFilter").as_deref() {
        Some(n) if n.as_bytes() == super::sign::PADES_SUBFILTER => SignatureFormat::PadesBaselineB,
        Some("adbe.pkcs7.detached") => SignatureFormat::Pkcs7Detached,
        _ => return Err(bad("the signature's format is not one this program signs")),
    };
    let (mut signature_valid, cert) = verify_detached(&der_bytes, &[&pdf[..b], &pdf[c..c + d]])?;
    if format == SignatureFormat::PadesBaselineB {
        signature_valid &= binds_certificate(&der_bytes, &cert);
    }
    let signed_at = text_after(pdf, b"/M").unwrap_or_default();
    let trust = trust.judge(&cert, &signature_certificates(&der_bytes));
    Ok(Verification {
        signature_valid,
        covers_whole_file,
        signer: cert.tbs_certificate.subject.to_string(),
        signed_at,
        format,
        trust,
        rerun: rerun(pdf),
    })
}

/// Checks a detached CMS signature (DER, possibly followed by zero padding) over `content` (its
/// parts in order): whether it is valid, and the signer's certificate. The content is hashed with
/// the hash of the signer's key: SHA-256 for RSA, SM3 for SM2.
///
/// # Errors
/// If the signature cannot be read at all (not CMS, no signer, no certificate).
pub fn verify_detached(
    der_bytes: &[u8],
    content: &[&[u8]],
) -> Result<(bool, Certificate), ReportError> {
    let bad = |m: &str| ReportError::Sign(m.to_owned());
    // The DER object may be followed by the zero padding of a reserved space: read one object.
    let mut reader = der::SliceReader::new(der_bytes).map_err(|e| bad(&e.to_string()))?;
    let ci = ContentInfo::decode(&mut reader).map_err(|e| bad(&e.to_string()))?;
    let sd: SignedData = ci.content.decode_as().map_err(|e| bad(&e.to_string()))?;
    let si = sd
        .signer_infos
        .0
        .iter()
        .next()
        .ok_or_else(|| bad("no signer"))?;
    // The signer's certificate is the one the signer identifier names (the set is in DER order).
    let cms::signed_data::SignerIdentifier::IssuerAndSerialNumber(id) = &si.sid else {
        return Err(bad("unsupported signer identifier"));
    };
    let cert = sd
        .certificates
        .as_ref()
        .into_iter()
        .flat_map(|set| set.0.iter())
        .find_map(|c| match c {
            cms::cert::CertificateChoices::Certificate(cert)
                if cert.tbs_certificate.serial_number == id.serial_number
                    && cert.tbs_certificate.issuer == id.issuer =>
            {
                Some(cert.clone())
            }
            _ => None,
        })
        .ok_or_else(|| bad("no certificate"))?;
    let attrs = si
        .signed_attrs
        .as_ref()
        .ok_or_else(|| bad("no signed attributes"))?;
    let md_oid = const_oid::db::rfc5911::ID_MESSAGE_DIGEST;
    let signed_digest = attrs
        .iter()
        .find(|attr| attr.oid == md_oid)
        .and_then(|attr| attr.values.iter().next())
        .and_then(|v| v.decode_as::<der::asn1::OctetString>().ok())
        .ok_or_else(|| bad("no message digest"))?;
    let spki = &cert.tbs_certificate.subject_public_key_info;
    let algorithm =
        Algorithm::of_key(spki).ok_or_else(|| bad("the signer's key is neither RSA nor SM2"))?;
    let digest_ok = si.digest_alg.oid == algorithm.digest_algorithm().oid
        && signed_digest.as_bytes() == algorithm.digest(content);
    let attrs_der = attrs.to_der().map_err(|e| bad(&e.to_string()))?;
    let crypto_ok = verifies(
        spki,
        &si.signature_algorithm.oid,
        &attrs_der,
        si.signature.as_bytes(),
    );
    Ok((digest_ok && crypto_ok, cert))
}

/// The certificates that came with a CMS signature.
pub(crate) fn signature_certificates(der_bytes: &[u8]) -> Vec<Certificate> {
    let Ok(mut reader) = der::SliceReader::new(der_bytes) else {
        return Vec::new();
    };
    let Ok(sd) =
        ContentInfo::decode(&mut reader).and_then(|ci| ci.content.decode_as::<SignedData>())
    else {
        return Vec::new();
    };
    sd.certificates
        .iter()
        .flat_map(|set| set.0.iter())
        .filter_map(|c| match c {
            cms::cert::CertificateChoices::Certificate(cert) => Some(cert.clone()),
            cms::cert::CertificateChoices::Other(_) => None,
        })
        .collect()
}

/// Whether the signature's signed attributes name `cert` by its hash (ESS signing-certificate-v2,
/// RFC 5035): SHA-256, the default, or SM3 when named; another hash is refused.
fn binds_certificate(der_bytes: &[u8], cert: &Certificate) -> bool {
    use der::Tagged;
    use der::asn1::Any;
    let signed_hash = || -> Option<(Algorithm, Vec<u8>)> {
        let mut reader = der::SliceReader::new(der_bytes).ok()?;
        let ci = ContentInfo::decode(&mut reader).ok()?;
        let sd: SignedData = ci.content.decode_as().ok()?;
        let si = sd.signer_infos.0.iter().next()?;
        let attr = si
            .signed_attrs
            .as_ref()?
            .iter()
            .find(|a| a.oid == const_oid::db::rfc5911::ID_AA_SIGNING_CERTIFICATE_V_2)?;
        // SigningCertificateV2 { certs SEQUENCE OF ESSCertIDv2 } → the first ESSCertIDv2.
        let inner = |any: &Any| -> Option<Any> {
            Any::decode(&mut der::SliceReader::new(any.value()).ok()?).ok()
        };
        let certs = inner(attr.values.iter().next()?)?;
        let first = inner(&certs)?;
        let mut fields = der::SliceReader::new(first.value()).ok()?;
        let mut item = Any::decode(&mut fields).ok()?;
        let mut algorithm = Algorithm::Rsa;
        if item.tag() == der::Tag::Sequence {
            let alg: spki::AlgorithmIdentifierOwned = item.decode_as().ok()?;
            algorithm = [Algorithm::Rsa, Algorithm::Sm2]
                .into_iter()
                .find(|a| a.digest_algorithm().oid == alg.oid)?;
            item = Any::decode(&mut fields).ok()?;
        }
        (item.tag() == der::Tag::OctetString).then(|| (algorithm, item.value().to_vec()))
    };
    let Some((algorithm, signed)) = signed_hash() else {
        return false;
    };
    cert.to_der()
        .is_ok_and(|d| algorithm.digest(&[&d]) == signed)
}

/// The PDF name after `key` (`/SubFilter /ETSI.CAdES.detached` → `ETSI.CAdES.detached`).
fn name_after(pdf: &[u8], key: &[u8]) -> Option<String> {
    let at = super::sign::find(pdf, key)? + key.len();
    let rest = &pdf[at..];
    let start = rest.iter().position(|&b| b == b'/')?;
    // Only blanks may stand between the key and its value.
    if !rest[..start].iter().all(u8::is_ascii_whitespace) {
        return None;
    }
    let name = &rest[start + 1..];
    let end = name
        .iter()
        .position(|&b| b.is_ascii_whitespace() || b"/<>[]()".contains(&b))
        .unwrap_or(name.len());
    Some(String::from_utf8_lossy(&name[..end]).into_owned())
}

/// A PDF date (`D:20250601093000+08'00'`) as people write it (`2025-06-01 09:30:00 +08:00`); any
/// other text as it is.
#[must_use]
pub fn pdf_date_text(d: &str) -> String {
    let digits = d.strip_prefix("D:").unwrap_or(d);
    match (digits.get(..14), digits.get(14..)) {
        (Some(t), Some(zone)) if t.bytes().all(|b| b.is_ascii_digit()) => {
            let zone = zone.replace('\'', "");
            let zone = match zone.split_at_checked(3) {
                Some((h, m)) if !m.is_empty() => format!(" {h}:{m}"),
                _ if zone.is_empty() => String::new(),
                _ => format!(" {zone}"),
            };
            format!(
                "{}-{}-{} {}:{}:{}{zone}",
                &t[..4],
                &t[4..6],
                &t[6..8],
                &t[8..10],
                &t[10..12],
                &t[12..14]
            )
        }
        _ => d.to_owned(),
    }
}

/// The literal string after `key` (e.g. `/M (D:20260601093000+08'00')`).
fn text_after(pdf: &[u8], key: &[u8]) -> Option<String> {
    let mut from = 0;
    while let Some(at) = super::sign::find(&pdf[from..], key) {
        let at = from + at + key.len();
        // `/M (D:…)`: the date string itself, not the same bytes inside a compressed stream.
        let open = match pdf.get(at..at + 2) {
            Some(b" (") => Some(at + 1),
            Some([b'(', _]) => Some(at),
            _ => None,
        };
        if let Some(open) = open
            && pdf.get(open + 1..open + 3) == Some(b"D:")
        {
            let close = open + pdf[open..].iter().position(|&b| b == b')')?;
            return Some(String::from_utf8_lossy(&pdf[open + 1..close]).into_owned());
        }
        from = at;
    }
    None
}

/// Reads the embedded determination and assesses its household again under the same rules.
fn rerun(pdf: &[u8]) -> Rerun {
    let Some(json) = attachment(pdf) else {
        return Rerun::NotPossible("no embedded determination".into());
    };
    let Ok(v) = serde_json::from_slice::<serde_json::Value>(&json) else {
        return Rerun::NotPossible("the embedded determination cannot be read".into());
    };
    let set =
        match serde_json::from_value::<Vec<LayerSource>>(v["parameter_set"]["sources"].clone()) {
            // The layers' texts travel inside the notice (local packs, updates, scenarios).
            Ok(sources) => match rebuild_set(&sources) {
                Ok(set) => set,
                Err(reason) => return Rerun::NotPossible(reason),
            },
            // Notices made before the layers were recorded name shipped packs only.
            Err(_) => {
                let layers: Vec<&str> = v["parameter_set"]["layers"]
                    .as_array()
                    .map(|a| a.iter().filter_map(|l| l.as_str()).collect())
                    .unwrap_or_default();
                let set = match layers.as_slice() {
                    ["official"] => ParamSet::official(),
                    ["official", "training"] => ParamSet::training(),
                    _ => {
                        return Rerun::NotPossible(format!(
                            "parameter layers {layers:?} are not shipped with this program"
                        ));
                    }
                };
                let Ok(set) = set else {
                    return Rerun::NotPossible("parameter pack".into());
                };
                set
            }
        };
    if v["parameter_set"]["hash"].as_str() != Some(set.hash()) {
        return Rerun::NotPossible("the parameter pack has changed since the assessment".into());
    }
    let (Ok(h), Some(date)) = (
        serde_json::from_value(v["household"].clone()),
        v["date"].as_str().and_then(|d| d.parse().ok()),
    ) else {
        return Rerun::NotPossible("the embedded household cannot be read".into());
    };
    let Ok(d) = assess(&h, date, &set, TraceMode::On) else {
        return Rerun::NotPossible("the embedded household cannot be assessed".into());
    };
    let now: DeterminationView = crate::explain::view(&d, &h, &set);
    let mut differs = Vec::new();
    let printed = v["results"].as_array().cloned().unwrap_or_default();
    for r in &now.results {
        let old = printed.iter().find(|p| p["id"] == r.id);
        let same = old.is_some_and(|p| {
            p["outcome"] == serde_json::to_value(r.outcome).unwrap_or_default()
                && p["amount"] == serde_json::to_value(r.amount).unwrap_or_default()
        });
        if !same {
            differs.push(r.id.to_owned());
        }
    }
    if printed.len() != now.results.len() {
        differs.push("(number of rules)".into());
    }
    if differs.is_empty() {
        Rerun::Matches
    } else {
        Rerun::Differs(differs)
    }
}

/// The embedded determination's bytes.
fn attachment(pdf: &[u8]) -> Option<Vec<u8>> {
    let doc = Document::load_mem(pdf).ok()?;
    let names = doc.catalog().ok()?.get(b"Names").ok()?.as_dict().ok()?;
    let files = names.get(b"EmbeddedFiles").ok()?.as_dict().ok()?;
    let list = files.get(b"Names").ok()?.as_array().ok()?;
    let spec_ref = list
        .iter()
        .skip_while(|o| o.as_str().ok() != Some(ATTACHMENT.as_bytes()))
        .nth(1)?;
    let spec = doc
        .get_object(spec_ref.as_reference().ok()?)
        .ok()?
        .as_dict()
        .ok()?;
    let ef = spec.get(b"EF").ok()?.as_dict().ok()?;
    let stream_obj = doc
        .get_object(ef.get(b"F").ok()?.as_reference().ok()?)
        .ok()?;
    match stream_obj {
        Object::Stream(s) => s
            .decompressed_content()
            .ok()
            .or_else(|| Some(s.content.clone())),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::report::{KeyStore, Signer};

    /// The PAdES signed attributes name the signer's own certificate, by SHA-256 for RSA and by
    /// SM3 for SM2: the check passes for it and fails for another officer's certificate put in
    /// its place; other content does not verify.
    #[test]
    fn the_signed_attributes_bind_the_signers_certificate_and_no_other() {
        for algorithm in [Algorithm::Rsa, Algorithm::Sm2] {
            let create = |officer, pass| {
                KeyStore::create_with(officer, "五马街道", pass, algorithm)
                    .unwrap_or_else(|e| panic!("{e}"))
                    .1
            };
            let (a, b) = (create("张敏", "pass-a"), create("李华", "pass-b"));
            let content: &[&[u8]] = &[b"the notice's ", b"bytes"];
            let cms = a
                .sign_detached(&algorithm.digest(content))
                .unwrap_or_else(|e| panic!("{e}"));
            let (valid, cert) = verify_detached(&cms, content).unwrap_or_else(|e| panic!("{e}"));
            assert!(valid, "{algorithm:?}");
            assert_eq!(&cert, &a.certificates()[0]);
            assert!(binds_certificate(&cms, &a.certificates()[0]));
            assert!(!binds_certificate(&cms, &b.certificates()[0]));
            let (valid, _) =
                verify_detached(&cms, &[b"other bytes"]).unwrap_or_else(|e| panic!("{e}"));
            assert!(!valid, "{algorithm:?}");
        }
    }
}
