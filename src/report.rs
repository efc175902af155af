//! The signed PDF assessment: layout ([`pdf`]), the embedded determination, signing ([`sign`],
//! [`keys`]) and offline verification ([`verify`]). An edge: it reads the engine's determination and
//! never the reverse.

pub mod algorithm;
pub mod chart;
pub mod keys;
pub mod office;
mod pdf;
pub mod sign;
pub mod token;
pub mod verify;

use lopdf::{Dictionary, Document, Object, Stream, StringFormat};
use sha2::{Digest, Sha256};
use thiserror::Error;

pub use algorithm::Algorithm;
pub use keys::KeyStore;
pub use office::{OfficeCa, OfficeCaFile, Trust, TrustStore};
pub use sign::{Signer, SoftwareSigner};
pub use verify::{Rerun, SignatureFormat, Verification, verify_pdf, verify_pdf_trusting};

use crate::explain::DeterminationView;

/// Name of the embedded determination.
pub const ATTACHMENT: &str = "determination.json";

/// Why a report could not be made or checked.
#[derive(Debug, Error)]
#[non_exhaustive]
pub enum ReportError {
    /// Writing or reading the PDF failed.
    #[error("pdf: {0}")]
    Pdf(String),
    /// Signing failed.
    #[error("signature: {0}")]
    Sign(String),
    /// The key store could not be created or read.
    #[error("key: {0}")]
    Key(String),
    /// The passphrase does not open the key store.
    #[error("the passphrase is wrong")]
    WrongPassphrase,
}

/// Languages of the report.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ReportLang {
    /// 中文.
    Zh,
    /// English.
    En,
    /// Both, Chinese first.
    Bilingual,
}

/// Who made the assessment.
#[derive(Debug, Clone)]
pub struct ReportMeta {
    /// Assessing office (乡镇街道).
    pub office: String,
    /// Officer.
    pub officer: String,
    /// Language(s).
    pub lang: ReportLang,
    /// Signing time shown on the page (Beijing time), when signed.
    pub signed_at: Option<String>,
    /// For training handouts: the household compared under scenarios or dates, printed as an
    /// appendix after the signatures.
    pub appendix: Option<crate::analysis::Comparison>,
    /// Documents in force on the assessment date that have lapsed by the day of printing (see
    /// [`crate::explain::lapsed_since`]): the notice is a historical assessment and says so.
    pub lapsed_since: Vec<(String, chrono::NaiveDate)>,
}

/// Builds the report: the pages, the determination JSON as an attachment, and, with a signer, the
/// signature. `now` is the signing time, `YYYYMMDDHHMMSS` in Beijing time.
///
/// # Errors
/// If the PDF cannot be written or signed.
pub fn build_report(
    v: &DeterminationView,
    meta: &ReportMeta,
    signer: Option<&dyn Signer>,
    now: &str,
) -> Result<Vec<u8>, ReportError> {
    let json = serde_json::to_vec_pretty(v).map_err(|e| ReportError::Pdf(e.to_string()))?;
    let content_hash = hex::encode(Sha256::digest(&json));
    let pages = pdf::render(v, meta, &content_hash)?;
    let mut doc = Document::load_mem(&pages).map_err(|e| ReportError::Pdf(e.to_string()))?;
    attach(&mut doc, &json)?;
    dated(&mut doc, &format!("D:{now}+08'00'"))?;
    match signer {
        Some(s) => sign::sign_document(
            doc,
            s,
            &format!("D:{now}+08'00'"),
            "温州困难群众帮扶政策评估 / Wenzhou assistance assessment",
        ),
        None => {
            let mut out = Vec::new();
            doc.save_to(&mut out)
                .map_err(|e| ReportError::Pdf(e.to_string()))?;
            Ok(out)
        }
    }
}

/// Sets the document's creation and modification dates to the signing time (printpdf writes the
/// epoch).
fn dated(doc: &mut Document, when: &str) -> Result<(), ReportError> {
    let info = doc
        .trailer
        .get(b"Info")
        .and_then(Object::as_reference)
        .map_err(|e| ReportError::Pdf(e.to_string()))?;
    let dict = doc
        .get_object_mut(info)
        .and_then(Object::as_dict_mut)
        .map_err(|e| ReportError::Pdf(e.to_string()))?;
    for key in ["CreationDate", "ModDate"] {
        dict.set(key, Object::string_literal(when));
    }
    Ok(())
}

/// Embeds the determination as a file attachment (/EmbeddedFiles), so that the assessment can be
/// re-read and re-run from the PDF alone.
fn attach(doc: &mut Document, json: &[u8]) -> Result<(), ReportError> {
    let mut params = Dictionary::new();
    params.set(
        "Size",
        Object::Integer(i64::try_from(json.len()).unwrap_or(i64::MAX)),
    );
    let mut stream_dict = Dictionary::new();
    stream_dict.set("Type", Object::Name(b"EmbeddedFile".to_vec()));
    stream_dict.set("Subtype", Object::Name(b"application#2Fjson".to_vec()));
    stream_dict.set("Params", Object::Dictionary(params));
    let mut stream = Stream::new(stream_dict, json.to_vec());
    // Compressed: the determination with its reasons in two languages is large as text.
    let _already_compressed = stream.compress();
    let file_id = doc.add_object(stream);
    let mut ef = Dictionary::new();
    ef.set("F", Object::Reference(file_id));
    let mut spec = Dictionary::new();
    spec.set("Type", Object::Name(b"Filespec".to_vec()));
    spec.set("F", Object::string_literal(ATTACHMENT));
    spec.set(
        "UF",
        Object::String(ATTACHMENT.as_bytes().to_vec(), StringFormat::Literal),
    );
    spec.set("EF", Object::Dictionary(ef));
    spec.set(
        "Desc",
        Object::string_literal("canonical determination (wenzhou-assess)"),
    );
    let spec_id = doc.add_object(spec);
    let mut names = Dictionary::new();
    names.set(
        "Names",
        Object::Array(vec![
            Object::string_literal(ATTACHMENT),
            Object::Reference(spec_id),
        ]),
    );
    let mut root_names = Dictionary::new();
    root_names.set("EmbeddedFiles", Object::Dictionary(names));
    doc.catalog_mut()
        .map_err(|e| ReportError::Pdf(e.to_string()))?
        .set("Names", Object::Dictionary(root_names));
    Ok(())
}
