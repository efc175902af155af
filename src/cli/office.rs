//! `office`: the office's certificate authority on the command line. The administrator creates the
//! office CA, issues each officer's certificate from the officer's request, and revokes certificates
//! with a dated list; officers make requests and install what was issued; every laptop trusts the
//! office roots it chooses and imports their revocation lists.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use chrono::NaiveDate;
use fluent_bundle::FluentArgs;

use super::updates::confirm;
use super::{EXIT_IO, EXIT_KEY, EXIT_USAGE, LangArg, TokenArgs, default_keystore, fail, read};
use wenzhou_assess::i18n::{Lang, tr, tr_args};
use wenzhou_assess::report::office::{
    REVOCATIONS, TRUSTED_OFFICES, certificate_pem, certificates_from, fingerprint, officer_request,
    revocation_list_from, revocation_list_pem,
};
use wenzhou_assess::report::token::token_request;
use wenzhou_assess::report::{
    Algorithm, KeyStore, OfficeCa, OfficeCaFile, ReportError, Signer as _, TrustStore,
};

/// The office CA's commands.
#[derive(clap::Subcommand)]
pub(super) enum OfficeAction {
    /// 创建单位证书机构（管理员；密码取自 WENZHOU_ASSESS_CA_PASSPHRASE）/ Create the office CA
    /// (administrator; passphrase from WENZHOU_ASSESS_CA_PASSPHRASE); writes FILE and FILE's .pem
    CreateCa {
        /// 单位（县、乡镇街道）/ the office
        #[arg(long)]
        office: String,
        /// 证书机构文件 / CA file to write (JSON)
        #[arg(long)]
        out: PathBuf,
        /// 密钥算法：rsa 或 sm2（国密）/ key algorithm: rsa or sm2
        #[arg(long, default_value = "rsa")]
        algorithm: Algorithm,
        /// 语言 / language
        #[arg(long, value_enum, default_value = "zh")]
        lang: LangArg,
    },
    /// 生成经办人证书申请（密码取自 WENZHOU_ASSESS_PASSPHRASE）/ Make the officer's certificate
    /// request (key passphrase from WENZHOU_ASSESS_PASSPHRASE; the key is created if there is none)
    Request {
        /// 经办人 / officer
        #[arg(long)]
        officer: String,
        /// 单位 / office
        #[arg(long)]
        office: String,
        /// 申请文件 / request file to write (PEM)
        #[arg(long)]
        out: PathBuf,
        /// 签名密钥文件 / key store (default: the data directory's)
        #[arg(long)]
        keystore: Option<PathBuf>,
        /// 新密钥的算法：rsa 或 sm2（国密）/ algorithm of the key, if it is made now: rsa or sm2
        #[arg(long)]
        algorithm: Option<Algorithm>,
        #[command(flatten)]
        token: TokenArgs,
        /// 语言 / language
        #[arg(long, value_enum, default_value = "zh")]
        lang: LangArg,
    },
    /// 根据申请签发经办人证书（管理员）/ Issue an officer's certificate from a request
    /// (administrator); writes the certificate and the office CA's, PEM
    Issue {
        /// 申请文件 / request file
        request: PathBuf,
        /// 证书机构文件 / CA file
        #[arg(long)]
        ca: PathBuf,
        /// 证书文件 / certificate file to write
        #[arg(long)]
        out: PathBuf,
        /// 语言 / language
        #[arg(long, value_enum, default_value = "zh")]
        lang: LangArg,
    },
    /// 安装单位签发的证书（经办人）/ Install the certificate the office issued (officer)
    Install {
        /// 证书文件（经办人证书在前，单位证书在后）/ certificate file (the officer's, then the office's)
        cert: PathBuf,
        /// 签名密钥文件 / key store
        #[arg(long)]
        keystore: Option<PathBuf>,
        /// 语言 / language
        #[arg(long, value_enum, default_value = "zh")]
        lang: LangArg,
    },
    /// 吊销经办人证书并生成吊销列表（管理员）/ Revoke an officer's certificate and write the
    /// revocation list (administrator)
    Revoke {
        /// 要吊销的证书 / the certificate to revoke
        cert: PathBuf,
        /// 证书机构文件 / CA file
        #[arg(long)]
        ca: PathBuf,
        /// 吊销生效日期 / revoked from this date
        #[arg(long)]
        date: NaiveDate,
        /// 吊销列表文件 / revocation list to write (PEM)
        #[arg(long)]
        out: PathBuf,
        /// 语言 / language
        #[arg(long, value_enum, default_value = "zh")]
        lang: LangArg,
    },
    /// 信任某单位的证书机构（显示指纹）/ Trust an office's CA on this laptop (shows its fingerprint)
    Trust {
        /// 单位证书 (PEM) / the office CA certificate
        cert: PathBuf,
        /// 不再询问（脚本用）/ do not ask (for scripts)
        #[arg(long)]
        yes: bool,
        /// 语言 / language
        #[arg(long, value_enum, default_value = "zh")]
        lang: LangArg,
    },
    /// 导入吊销列表 / Import an office's revocation list
    ImportCrl {
        /// 吊销列表 / the revocation list
        file: PathBuf,
        /// 语言 / language
        #[arg(long, value_enum, default_value = "zh")]
        lang: LangArg,
    },
}

pub(super) fn run(action: OfficeAction) -> ExitCode {
    match action {
        OfficeAction::CreateCa {
            office,
            out,
            algorithm,
            lang,
        } => create_ca(&office, &out, algorithm, lang.into()),
        OfficeAction::Request {
            officer,
            office,
            out,
            keystore,
            algorithm,
            token,
            lang,
        } => request(
            &Officer {
                officer: &officer,
                office: &office,
                keystore: keystore.as_deref(),
                algorithm,
            },
            &out,
            &token,
            lang.into(),
        ),
        OfficeAction::Issue {
            request,
            ca,
            out,
            lang,
        } => issue(&request, &ca, &out, lang.into()),
        OfficeAction::Install {
            cert,
            keystore,
            lang,
        } => install(&cert, keystore.as_deref(), lang.into()),
        OfficeAction::Revoke {
            cert,
            ca,
            date,
            out,
            lang,
        } => revoke(&cert, &ca, date, &out, lang.into()),
        OfficeAction::Trust { cert, yes, lang } => trust(&cert, yes, lang.into()),
        OfficeAction::ImportCrl { file, lang } => import_crl(&file, lang.into()),
    }
}

fn key_error(lang: Lang, e: &ReportError) -> ExitCode {
    fail(lang, "cli-office-failed", &e.to_string(), EXIT_KEY)
}

fn write(lang: Lang, path: &Path, text: &str) -> Result<(), ExitCode> {
    std::fs::write(path, text).map_err(|e| {
        fail(
            lang,
            "error-write",
            &format!("{}: {e}", path.display()),
            EXIT_IO,
        )
    })
}

fn passphrase(var: &str, lang: Lang) -> Result<String, ExitCode> {
    std::env::var(var).map_err(|_| {
        let mut args = FluentArgs::new();
        args.set("var", var.to_owned());
        eprintln!("{}", tr_args(lang, "cli-office-passphrase", Some(&args)));
        ExitCode::from(EXIT_USAGE)
    })
}

fn open_ca(path: &Path, lang: Lang) -> Result<OfficeCa, ExitCode> {
    let pass = passphrase("WENZHOU_ASSESS_CA_PASSPHRASE", lang)?;
    let text = read(path).map_err(|e| fail(lang, "error-read", &e, EXIT_IO))?;
    let file: OfficeCaFile = serde_json::from_str(&text)
        .map_err(|e| fail(lang, "error-read", &e.to_string(), EXIT_IO))?;
    OfficeCa::unlock(file, &pass).map_err(|e| key_error(lang, &e))
}

fn save_ca(ca: &OfficeCa, path: &Path, lang: Lang) -> Result<(), ExitCode> {
    let json = ca
        .to_json()
        .map_err(|e| fail(lang, "error-write", &e.to_string(), EXIT_IO))?;
    write(lang, path, &json)
}

fn create_ca(office: &str, out: &Path, algorithm: Algorithm, lang: Lang) -> ExitCode {
    let pass = match passphrase("WENZHOU_ASSESS_CA_PASSPHRASE", lang) {
        Ok(p) => p,
        Err(code) => return code,
    };
    let ca = match OfficeCa::create(office, &pass, algorithm) {
        Ok(ca) => ca,
        Err(e) => return key_error(lang, &e),
    };
    let cert_path = out.with_extension("pem");
    if let Err(code) = save_ca(&ca, out, lang)
        .and_then(|()| write(lang, &cert_path, &certificate_pem(ca.certificate())))
    {
        return code;
    }
    let mut args = FluentArgs::new();
    args.set("file", out.display().to_string());
    args.set("cert", cert_path.display().to_string());
    args.set("fingerprint", fingerprint(ca.certificate()));
    println!("{}", tr_args(lang, "cli-office-ca-created", Some(&args)));
    ExitCode::SUCCESS
}

fn load_keystore(path: &Path, lang: Lang) -> Result<KeyStore, ExitCode> {
    let text = read(path).map_err(|e| fail(lang, "error-read", &e, EXIT_IO))?;
    serde_json::from_str(&text).map_err(|e| fail(lang, "error-read", &e.to_string(), EXIT_IO))
}

/// Who asks for a certificate, and with which key.
struct Officer<'a> {
    officer: &'a str,
    office: &'a str,
    keystore: Option<&'a Path>,
    /// The algorithm asked for; `None`: the key as it is (RSA if made now).
    algorithm: Option<Algorithm>,
}

fn request(who: &Officer<'_>, out: &Path, token: &TokenArgs, lang: Lang) -> ExitCode {
    let Officer {
        officer,
        office,
        keystore,
        algorithm,
    } = *who;
    // A key on a USB token signs its own request.
    match token.open(lang) {
        Ok(Some(signer)) => {
            let made = token_request(&signer, officer, office)
                .map_err(|e| key_error(lang, &e))
                .and_then(|req| write(lang, out, &req));
            if let Err(code) = made {
                return code;
            }
            let mut args = FluentArgs::new();
            args.set("file", out.display().to_string());
            println!("{}", tr_args(lang, "cli-office-request-token", Some(&args)));
            return ExitCode::SUCCESS;
        }
        Ok(None) => {}
        Err(code) => return code,
    }
    // The key is made on this laptop (the first time) and never leaves it.
    let made_with = super::unlock_or_create_signer(
        keystore,
        officer,
        office,
        algorithm.unwrap_or_default(),
        lang,
    )
    .map(|signer| signer.algorithm());
    match made_with {
        Err(code) => return code,
        Ok(held) if algorithm.is_some_and(|asked| asked != held) => {
            let mut args = FluentArgs::new();
            args.set("held", format!("{held:?}").to_uppercase());
            eprintln!("{}", tr_args(lang, "cli-office-key-algorithm", Some(&args)));
            return ExitCode::from(EXIT_USAGE);
        }
        Ok(_) => {}
    }
    let path = keystore.map_or_else(default_keystore, Path::to_path_buf);
    let pass = match passphrase("WENZHOU_ASSESS_PASSPHRASE", lang) {
        Ok(p) => p,
        Err(code) => return code,
    };
    let made = load_keystore(&path, lang)
        .and_then(|store| officer_request(&store, &pass).map_err(|e| key_error(lang, &e)))
        .and_then(|req| write(lang, out, &req));
    if let Err(code) = made {
        return code;
    }
    let mut args = FluentArgs::new();
    args.set("file", out.display().to_string());
    println!(
        "{}",
        tr_args(lang, "cli-office-request-written", Some(&args))
    );
    ExitCode::SUCCESS
}

fn issue(request: &Path, ca_path: &Path, out: &Path, lang: Lang) -> ExitCode {
    let ca = match open_ca(ca_path, lang) {
        Ok(ca) => ca,
        Err(code) => return code,
    };
    let bytes = match std::fs::read(request) {
        Ok(b) => b,
        Err(e) => return fail(lang, "error-read", &e.to_string(), EXIT_IO),
    };
    let cert = match ca.issue(&bytes) {
        Ok(c) => c,
        Err(e) => return key_error(lang, &e),
    };
    if let Err(code) = write(
        lang,
        out,
        &(certificate_pem(&cert) + &certificate_pem(ca.certificate())),
    ) {
        return code;
    }
    let mut args = FluentArgs::new();
    args.set("subject", cert.tbs_certificate.subject.to_string());
    args.set("file", out.display().to_string());
    println!("{}", tr_args(lang, "cli-office-issued", Some(&args)));
    ExitCode::SUCCESS
}

fn install(cert: &Path, keystore: Option<&Path>, lang: Lang) -> ExitCode {
    let path = keystore.map_or_else(default_keystore, Path::to_path_buf);
    let chain = match std::fs::read(cert)
        .map_err(|e| ReportError::Key(e.to_string()))
        .and_then(|b| certificates_from(&b))
    {
        Ok(c) if c.len() >= 2 => c,
        Ok(_) => return fail(lang, "cli-office-chain", "", EXIT_USAGE),
        Err(e) => return key_error(lang, &e),
    };
    let mut store = match load_keystore(&path, lang) {
        Ok(s) => s,
        Err(code) => return code,
    };
    if let Err(e) = store.install(&chain[0], &chain[1]) {
        return key_error(lang, &e);
    }
    let json = serde_json::to_string_pretty(&store).unwrap_or_default();
    if let Err(code) = write(lang, &path, &json) {
        return code;
    }
    let mut args = FluentArgs::new();
    args.set("subject", chain[0].tbs_certificate.subject.to_string());
    args.set("ca", chain[1].tbs_certificate.subject.to_string());
    println!("{}", tr_args(lang, "cli-office-installed", Some(&args)));
    ExitCode::SUCCESS
}

fn revoke(cert: &Path, ca_path: &Path, date: NaiveDate, out: &Path, lang: Lang) -> ExitCode {
    let mut ca = match open_ca(ca_path, lang) {
        Ok(ca) => ca,
        Err(code) => return code,
    };
    let target = match std::fs::read(cert)
        .map_err(|e| ReportError::Key(e.to_string()))
        .and_then(|b| certificates_from(&b))
    {
        Ok(c) if !c.is_empty() => c[0].clone(),
        Ok(_) => return fail(lang, "cli-office-chain", "", EXIT_USAGE),
        Err(e) => return key_error(lang, &e),
    };
    let list = match ca
        .revoke(&target, date)
        .and_then(|l| revocation_list_pem(&l))
    {
        Ok(l) => l,
        Err(e) => return key_error(lang, &e),
    };
    if let Err(code) = save_ca(&ca, ca_path, lang).and_then(|()| write(lang, out, &list)) {
        return code;
    }
    let mut args = FluentArgs::new();
    args.set("subject", target.tbs_certificate.subject.to_string());
    args.set("date", date.to_string());
    args.set("file", out.display().to_string());
    println!("{}", tr_args(lang, "cli-office-revoked", Some(&args)));
    ExitCode::SUCCESS
}

fn data_dir(lang: Lang) -> Result<PathBuf, ExitCode> {
    wenzhou_assess::paths::data_dir().ok_or_else(|| fail(lang, "ui-case-no-dir", "", EXIT_IO))
}

fn trust(cert: &Path, yes: bool, lang: Lang) -> ExitCode {
    let root = match std::fs::read(cert)
        .map_err(|e| ReportError::Key(e.to_string()))
        .and_then(|b| certificates_from(&b))
    {
        Ok(c) if !c.is_empty() => c[0].clone(),
        Ok(_) => return fail(lang, "cli-office-chain", "", EXIT_USAGE),
        Err(e) => return key_error(lang, &e),
    };
    let mut args = FluentArgs::new();
    args.set("subject", root.tbs_certificate.subject.to_string());
    args.set("fingerprint", fingerprint(&root));
    println!("{}", tr_args(lang, "update-trust-show", Some(&args)));
    if !yes && !confirm(lang, "update-trust-confirm") {
        println!("{}", tr(lang, "update-trust-not-added"));
        return ExitCode::from(EXIT_USAGE);
    }
    let dir = match data_dir(lang) {
        Ok(d) => d.join(TRUSTED_OFFICES),
        Err(code) => return code,
    };
    let path = dir.join(format!("{}.pem", &fingerprint(&root)[..16]));
    if let Err(e) = std::fs::create_dir_all(&dir) {
        return fail(lang, "error-write", &e.to_string(), EXIT_IO);
    }
    if let Err(code) = write(lang, &path, &certificate_pem(&root)) {
        return code;
    }
    println!("{}", tr(lang, "cli-office-trusted"));
    ExitCode::SUCCESS
}

fn import_crl(file: &Path, lang: Lang) -> ExitCode {
    let dir = match data_dir(lang) {
        Ok(d) => d,
        Err(code) => return code,
    };
    let bytes = match std::fs::read(file) {
        Ok(b) => b,
        Err(e) => return fail(lang, "error-read", &e.to_string(), EXIT_IO),
    };
    let list = match revocation_list_from(&bytes) {
        Ok(l) => l,
        Err(e) => return key_error(lang, &e),
    };
    // Only a list signed by an office this laptop trusts is kept.
    let mut trust = TrustStore::load(&dir);
    let issuer = list.tbs_cert_list.issuer.to_string();
    let count = list
        .tbs_cert_list
        .revoked_certificates
        .as_ref()
        .map_or(0, Vec::len);
    if let Err(e) = trust.add_list(list.clone()) {
        return fail(
            lang,
            "cli-office-failed",
            &e.to_string(),
            super::EXIT_INVALID,
        );
    }
    let path = dir.join(REVOCATIONS);
    let name = hex::encode(&sha2_digest(issuer.as_bytes())[..8]);
    let written = std::fs::create_dir_all(&path)
        .map_err(|e| e.to_string())
        .and_then(|()| {
            revocation_list_pem(&list)
                .map_err(|e| e.to_string())
                .and_then(|pem| {
                    std::fs::write(path.join(format!("{name}.crl")), pem).map_err(|e| e.to_string())
                })
        });
    if let Err(e) = written {
        return fail(lang, "error-write", &e, EXIT_IO);
    }
    let mut args = FluentArgs::new();
    args.set("issuer", issuer);
    args.set("count", count);
    println!("{}", tr_args(lang, "cli-office-crl-imported", Some(&args)));
    ExitCode::SUCCESS
}

fn sha2_digest(b: &[u8]) -> Vec<u8> {
    use sha2::Digest;
    sha2::Sha256::digest(b).to_vec()
}
