//! `wenzhou-assess updates …`: policy updates on an offline laptop — trust a publisher, import an
//! update after seeing what it changes, list what is installed, and export an office's local pack
//! as a signed update for the other laptops.

use std::io::{BufRead as _, IsTerminal as _};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use chrono::NaiveDate;
use clap::Subcommand;
use fluent_bundle::FluentArgs;
use sha2::Digest as _;
use wenzhou_assess::i18n::{Lang, tr, tr_args};
use wenzhou_assess::report::Signer as _;
use wenzhou_assess::updates::{self, Change, UpdateError, UpdateStore};

use super::{
    EXIT_INVALID, EXIT_IO, EXIT_PARAMS, EXIT_USAGE, LangArg, fail, read_file, read_text,
    unlock_signer,
};

#[derive(Subcommand)]
pub(super) enum UpdatesAction {
    /// 导入政策更新（先核验签名并列出变更）/ Import a policy update: verify its signature, show what
    /// it changes, then install it
    Import {
        /// 政策更新文件 / the update file
        file: PathBuf,
        /// 不再询问，直接接受（脚本用）/ accept without asking (for scripts)
        #[arg(long)]
        yes: bool,
        /// 案件库（记入审计日志；密码取自 WENZHOU_ASSESS_STORE_PASSPHRASE）/ case store whose audit log
        /// records the import (passphrase from WENZHOU_ASSESS_STORE_PASSPHRASE)
        #[arg(long)]
        store: Option<PathBuf>,
        /// 语言 / language
        #[arg(long, value_enum, default_value = "zh")]
        lang: LangArg,
    },
    /// 列出已安装的政策更新和信任的发布单位 / List installed updates and trusted publishers
    List {
        /// 语言 / language
        #[arg(long, value_enum, default_value = "zh")]
        lang: LangArg,
    },
    /// 信任发布单位的证书（先显示 SHA-256 指纹）/ Trust a publisher's certificate (shows its
    /// SHA-256 fingerprint first)
    Trust {
        /// 证书文件 (PEM) / certificate file
        cert: PathBuf,
        /// 不再询问（脚本用）/ do not ask (for scripts)
        #[arg(long)]
        yes: bool,
        /// 语言 / language
        #[arg(long, value_enum, default_value = "zh")]
        lang: LangArg,
    },
    /// 将本地参数包签名导出为政策更新（密码取自 WENZHOU_ASSESS_PASSPHRASE）/ Sign a local pack as a
    /// policy update (key passphrase from WENZHOU_ASSESS_PASSPHRASE); writes FILE and FILE.pem
    Export {
        /// 本地参数包 (TOML) / the local pack
        pack: PathBuf,
        /// 输出文件 / the update file to write
        #[arg(long)]
        out: PathBuf,
        /// 发布单位（默认：签名人的单位）/ publisher (default: the signer's office)
        #[arg(long)]
        publisher: Option<String>,
        /// 依据的通知文号和标题（可重复；默认取包内引用）/ the notice(s) it carries out (repeatable;
        /// default: the citations of its [[document]] entries)
        #[arg(long)]
        notice: Vec<String>,
        /// 发布日期（默认今天）/ date of issue (default: today)
        #[arg(long)]
        issued: Option<NaiveDate>,
        /// 签名密钥文件 / key store
        #[arg(long)]
        keystore: Option<PathBuf>,
        /// 经办人 / officer (for a key created on first use)
        #[arg(long, default_value = "经办人")]
        officer: String,
        /// 单位 / office (for a key created on first use)
        #[arg(long, default_value = "乡镇（街道）社会救助服务站")]
        office: String,
        /// 语言 / language
        #[arg(long, value_enum, default_value = "zh")]
        lang: LangArg,
    },
}

/// Runs an `updates` command.
pub(super) fn run(action: UpdatesAction, today: NaiveDate) -> ExitCode {
    let Some(dir) = wenzhou_assess::paths::data_dir() else {
        return fail(Lang::Zh, "update-no-data-dir", "", EXIT_IO);
    };
    let store = UpdateStore::new(&dir);
    match action {
        UpdatesAction::Import {
            file,
            yes,
            store: case_store,
            lang,
        } => import(&store, &file, yes, case_store.as_deref(), lang.into()),
        UpdatesAction::List { lang } => list(&store, lang.into()),
        UpdatesAction::Trust { cert, yes, lang } => trust(&store, &cert, yes, lang.into()),
        UpdatesAction::Export {
            pack,
            out,
            publisher,
            notice,
            issued,
            keystore,
            officer,
            office,
            lang,
        } => export(
            &pack,
            &out,
            ExportHeader {
                publisher,
                notices: notice,
                issued: issued.unwrap_or(today),
            },
            (keystore.as_deref(), &officer, &office),
            lang.into(),
        ),
    }
}

/// A refusal in the user's language, with the exit code its kind calls for: 6 for the signature or
/// the publisher, 5 for the disk, 4 for the content.
fn refuse(lang: Lang, e: &UpdateError) -> ExitCode {
    let code = if e.is_signature() {
        EXIT_INVALID
    } else if matches!(e, UpdateError::Io(_)) {
        EXIT_IO
    } else {
        EXIT_PARAMS
    };
    fail(lang, e.message_key(), &e.to_string(), code)
}

/// Asks a yes/no question on the terminal; `false` when there is no terminal to ask on.
pub(super) fn confirm(lang: Lang, key: &str) -> bool {
    eprint!("{} ", tr(lang, key));
    if !std::io::stdin().is_terminal() {
        eprintln!();
        return false;
    }
    let mut line = String::new();
    std::io::stdin().lock().read_line(&mut line).is_ok()
        && matches!(line.trim(), "y" | "Y" | "yes" | "是")
}

fn import(
    store: &UpdateStore,
    file: &Path,
    yes: bool,
    case_store: Option<&Path>,
    lang: Lang,
) -> ExitCode {
    let bytes = match read_file(file, lang) {
        Ok(b) => b,
        Err(code) => return code,
    };
    let (update, changes) = match store.prepare(&bytes) {
        Ok(p) => p,
        Err(e) => return refuse(lang, &e),
    };
    let header = update.pack.update.clone();
    let mut args = FluentArgs::new();
    args.set(
        "publisher",
        header
            .as_ref()
            .map_or_else(String::new, |u| u.publisher.clone()),
    );
    args.set("issued", update.issued().to_string());
    args.set("signer", update.signer.clone());
    args.set("fingerprint", update.fingerprint.clone());
    println!("{}", tr_args(lang, "update-header", Some(&args)));
    for notice in header.iter().flat_map(|u| &u.notices) {
        println!("  {notice}");
    }
    println!("{}", tr(lang, "update-changes"));
    for c in &changes {
        println!("  {}", change_line(lang, c));
    }
    if !yes && !confirm(lang, "update-confirm") {
        println!("{}", tr(lang, "update-not-installed"));
        return ExitCode::from(EXIT_USAGE);
    }
    let path = match store.install(&update) {
        Ok(p) => p,
        Err(e) => return refuse(lang, &e),
    };
    if let Some(case_store) = case_store {
        match super::open_store(Some(case_store), lang) {
            Ok(mut s) => {
                if let Err(e) = s.record_policy_update(&update.audit_detail()) {
                    eprintln!("{e}");
                }
            }
            Err(code) => return code,
        }
    }
    let mut args = FluentArgs::new();
    args.set("file", path.display().to_string());
    println!("{}", tr_args(lang, "update-installed", Some(&args)));
    ExitCode::SUCCESS
}

/// One change as a line: `dibao_standard_monthly (lucheng) from 2026-07-01: — → 1200 [citation]`.
fn change_line(lang: Lang, c: &Change) -> String {
    let mut args = FluentArgs::new();
    match c {
        Change::Param {
            key,
            area,
            from,
            old,
            new,
            citation,
            ..
        } => {
            args.set("key", *key);
            args.set("area", area.clone());
            args.set("from", from.to_string());
            args.set("old", old.clone().unwrap_or_else(|| "—".to_owned()));
            args.set("new", new.clone());
            args.set("citation", citation.clone());
            tr_args(lang, "update-change-param", Some(&args))
        }
        Change::Document {
            number,
            old_to,
            new_to,
            repealed,
            citation,
        } => {
            let end = |d: &Option<NaiveDate>| {
                d.map_or_else(|| tr(lang, "update-no-end"), |d| d.to_string())
            };
            args.set("doc", number.clone());
            args.set("old", end(old_to));
            args.set("new", end(new_to));
            args.set("citation", citation.clone());
            let key = if *repealed {
                "update-change-repealed"
            } else {
                "update-change-continued"
            };
            tr_args(lang, key, Some(&args))
        }
    }
}

fn list(store: &UpdateStore, lang: Lang) -> ExitCode {
    let (installed, problems) = store.installed();
    println!("{}", tr(lang, "update-list-installed"));
    if installed.is_empty() {
        println!("  {}", tr(lang, "update-list-none"));
    }
    for u in &installed {
        let header = u.update.pack.update.as_ref();
        println!(
            "  {}  {}  {}  ({})",
            u.update.issued(),
            header.map_or("", |h| h.publisher.as_str()),
            u.update.pack.header.id,
            u.path.display()
        );
        for notice in header.iter().flat_map(|h| &h.notices) {
            println!("      {notice}");
        }
    }
    for (path, why) in &problems {
        let mut args = FluentArgs::new();
        args.set("file", path.display().to_string());
        args.set("detail", why.clone());
        println!("  {}", tr_args(lang, "cli-layer-left-out", Some(&args)));
    }
    println!("{}", tr(lang, "update-list-trusted"));
    let trusted = store.trusted();
    if trusted.is_empty() {
        println!("  {}", tr(lang, "update-list-none"));
    }
    for cert in &trusted {
        println!(
            "  {}\n      SHA-256 {}",
            cert.tbs_certificate.subject,
            updates::fingerprint(cert)
        );
    }
    ExitCode::SUCCESS
}

fn trust(store: &UpdateStore, path: &Path, yes: bool, lang: Lang) -> ExitCode {
    let text = match read_text(path, lang) {
        Ok(t) => t,
        Err(code) => return code,
    };
    let cert = match updates::certificate_from_pem(&text) {
        Ok(c) => c,
        Err(e) => return refuse(lang, &e),
    };
    let mut args = FluentArgs::new();
    args.set("subject", cert.tbs_certificate.subject.to_string());
    args.set("fingerprint", updates::fingerprint(&cert));
    println!("{}", tr_args(lang, "update-trust-show", Some(&args)));
    if !yes && !confirm(lang, "update-trust-confirm") {
        println!("{}", tr(lang, "update-trust-not-added"));
        return ExitCode::from(EXIT_USAGE);
    }
    match store.trust(&cert) {
        Ok(_) => {
            println!("{}", tr(lang, "update-trust-added"));
            ExitCode::SUCCESS
        }
        Err(e) => refuse(lang, &e),
    }
}

/// What `export` writes into the `[update]` section.
struct ExportHeader {
    publisher: Option<String>,
    notices: Vec<String>,
    issued: NaiveDate,
}

fn export(
    pack: &Path,
    out: &Path,
    header: ExportHeader,
    key: (Option<&Path>, &str, &str),
    lang: Lang,
) -> ExitCode {
    let text = match read_text(pack, lang) {
        Ok(t) => t,
        Err(code) => return code,
    };
    let parsed = match wenzhou_assess::policy::pack::Pack::parse(&pack.display().to_string(), &text)
    {
        Ok(p) => p,
        Err(e) => return fail(lang, "error-read", &e.to_string(), EXIT_PARAMS),
    };
    let signer = match unlock_signer(key.0, key.1, key.2, lang) {
        Ok(s) => s,
        Err(code) => return code,
    };
    // A local pack becomes an update by an [update] section; one already there is kept as written.
    let content = if parsed.update.is_some() {
        text
    } else {
        let mut notices = header.notices;
        if notices.is_empty() {
            notices = parsed
                .documents
                .iter()
                .map(|d| d.citation.clone())
                .collect();
        }
        if notices.is_empty() {
            return fail(lang, "update-export-needs-notice", "", EXIT_USAGE);
        }
        let publisher = header
            .publisher
            .unwrap_or_else(|| signer_office(&signer).unwrap_or_else(|| key.2.to_owned()));
        // Each year's export is its own update: the pack's id gets the date of issue and a digest of
        // the values, so that next year's file does not clash with this one on the receiving laptops.
        let mut table: toml::Table = match text.parse() {
            Ok(t) => t,
            Err(e) => return fail(lang, "error-read", &e.to_string(), EXIT_PARAMS),
        };
        let digest = hex::encode(&sha2::Sha256::digest(text.as_bytes())[..4]);
        if let Some(pack) = table.get_mut("pack").and_then(toml::Value::as_table_mut) {
            let id = format!("{}-{}-{digest}", parsed.header.id, header.issued);
            pack.insert("id".into(), toml::Value::String(id));
        }
        let mut update = toml::Table::new();
        update.insert("publisher".into(), toml::Value::String(publisher));
        let issued = header.issued.to_string().parse::<toml::value::Datetime>();
        if let Ok(issued) = issued {
            update.insert("issued".into(), toml::Value::Datetime(issued));
        }
        update.insert(
            "notices".into(),
            toml::Value::Array(notices.into_iter().map(toml::Value::String).collect()),
        );
        table.insert("update".into(), toml::Value::Table(update));
        match toml::to_string(&table) {
            Ok(t) => t,
            Err(e) => return fail(lang, "error-read", &e.to_string(), EXIT_PARAMS),
        }
    };
    let bytes = match updates::sign(&content, &signer) {
        Ok(b) => b,
        Err(e) => return refuse(lang, &e),
    };
    let Some(cert) = signer.certificates().first() else {
        return fail(lang, "error-read", "no certificate", EXIT_IO);
    };
    let pem = match updates::certificate_to_pem(cert) {
        Ok(p) => p,
        Err(e) => return refuse(lang, &e),
    };
    let mut pem_path = out.as_os_str().to_owned();
    pem_path.push(".pem");
    let pem_path = PathBuf::from(pem_path);
    for (path, data) in [
        (out, bytes.as_slice()),
        (pem_path.as_path(), pem.as_bytes()),
    ] {
        if let Err(e) = std::fs::write(path, data) {
            return fail(
                lang,
                "error-read",
                &format!("{}: {e}", path.display()),
                EXIT_IO,
            );
        }
    }
    let mut args = FluentArgs::new();
    args.set("file", out.display().to_string());
    args.set("cert", pem_path.display().to_string());
    args.set("fingerprint", updates::fingerprint(cert));
    println!("{}", tr_args(lang, "update-exported", Some(&args)));
    ExitCode::SUCCESS
}

/// The organisation (O) of the signer's certificate, the office that signs.
fn signer_office(signer: &wenzhou_assess::report::SoftwareSigner) -> Option<String> {
    let cert = signer.certificates().first()?;
    cert.tbs_certificate
        .subject
        .0
        .iter()
        .flat_map(|rdn| rdn.0.iter())
        .find(|atv| atv.oid == const_oid::db::rfc4519::O)
        .and_then(|atv| {
            der::asn1::Utf8StringRef::try_from(&atv.value)
                .ok()
                .map(|s| s.as_str().to_owned())
        })
}
