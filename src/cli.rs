//! The command line: `assess`, `rules`, `params`. An edge: reads files, prints, sets exit codes.
//!
//! Exit codes: 0 done; 2 usage error; 3 the household file is wrong; 4 a parameter file is wrong;
//! 5 a file could not be read or written; 6 a report's or a policy update's signature does not
//! verify (or its publisher is not trusted); 7 the signing key cannot be opened (wrong passphrase).
//! A policy update whose content is wrong or conflicts with an installed one exits with 4.

mod batch;
mod office;
mod parquet;
mod sweep;
mod text;
mod trainer;
mod updates;

use std::io::Write as _;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use chrono::NaiveDate;
use clap::{Parser, Subcommand, ValueEnum};
use fluent_bundle::FluentArgs;
use unicode_width::UnicodeWidthStr;
use wenzhou_assess::cases::{CaseError, CaseQuery, CaseStore, Consent};
use wenzhou_assess::engine::{TraceMode, assess};
use wenzhou_assess::explain::{self, DeterminationView};
use wenzhou_assess::household::{Area, LoadError, mask_name, parse_household};
use wenzhou_assess::i18n::{Lang, tr, tr_args};
use wenzhou_assess::policy::coverage::{self, Coverage};
use wenzhou_assess::policy::pack::Pack;
use wenzhou_assess::policy::{PackError, ParamKey, ParamSet, ParamValue, all_rules};
use wenzhou_assess::report::{
    Algorithm, KeyStore, ReportLang, ReportMeta, Signer, TrustStore, build_report,
    verify_pdf_trusting,
};
use wenzhou_assess::updates::{Mode, UpdateStore};

/// 温州困难群众帮扶政策评估 / Wenzhou assistance assessment.
#[derive(Parser)]
#[command(name = "wenzhou-assess", version, about = ABOUT, long_about = LONG_ABOUT)]
struct Cli {
    #[command(subcommand)]
    command: Option<Command>,
}

const ABOUT: &str =
    "温州困难群众帮扶政策评估（离线）/ Assess a household for Wenzhou assistance benefits, offline";
const LONG_ABOUT: &str = "温州困难群众帮扶政策评估（离线）/ Assess a household for Wenzhou assistance benefits, offline.

常用 / Common use:
  wenzhou-assess assess assets/examples/dibao-lucheng-renting.json
  wenzhou-assess assess 家庭.json --date 2025-06-01 --pack training --lang en
  wenzhou-assess rules --date 2024-06-01
  wenzhou-assess params --area lucheng --pack training

结果 / Outcomes: 符合 eligible · 不符合 ineligible · 待定 undetermined (facts missing) · 转介 refer (officer decides)";

#[derive(Subcommand)]
enum Command {
    /// 评估一户家庭 / Assess a household from a JSON file
    Assess {
        /// 家庭信息文件 (JSON) / household file
        file: PathBuf,
        /// 评估日期 (默认今天) / assessment date, YYYY-MM-DD (default: today)
        #[arg(long)]
        date: Option<NaiveDate>,
        /// 参数包 official | training | 文件 / parameter pack
        #[arg(long, default_value = "official")]
        pack: String,
        /// 本地参数包（叠加在 official 上）/ a local pack layered on the pack
        #[arg(long)]
        local: Option<PathBuf>,
        /// 情景文件 / scenario overlay
        #[arg(long)]
        scenario: Option<PathBuf>,
        /// 语言 / language
        #[arg(long, value_enum, default_value = "zh")]
        lang: LangArg,
        /// 输出完整 JSON / print the full determination as JSON
        #[arg(long)]
        json: bool,
        /// 生成 A4 告知书 PDF / write the A4 report to this PDF file
        #[arg(long)]
        pdf: Option<PathBuf>,
        /// 电子签名（密码取自 WENZHOU_ASSESS_PASSPHRASE）/ sign the PDF (passphrase from WENZHOU_ASSESS_PASSPHRASE)
        #[arg(long, requires = "pdf")]
        sign: bool,
        /// 告知书语言 / report language
        #[arg(long, value_enum, default_value = "both")]
        report_lang: ReportLangArg,
        /// 经办人 / officer's name
        #[arg(long, default_value = "经办人")]
        officer: String,
        /// 评估单位 / office
        #[arg(long, default_value = "乡镇（街道）社会救助服务站")]
        office: String,
        /// 签名密钥文件（首次使用时创建）/ key store (created on first use)
        #[arg(long)]
        keystore: Option<PathBuf>,
        #[command(flatten)]
        token: TokenArgs,
        /// 也列出不适用于本家庭的规则 / also list the rules that do not apply to the household
        #[arg(long)]
        all: bool,
        /// 对比：另一日期、参数包或情景文件（可重复，最多3个）/ compare with another date
        /// (YYYY-MM-DD), pack (official, training) or scenario file; repeat up to 3 times
        #[arg(long, num_args = 1)]
        compare: Vec<String>,
    },
    /// 批量评估与情景影响 / Assess a caseload under scenarios: cost and households gaining or losing
    Batch {
        /// 家庭文件（每行一户的 JSON Lines、JSON 数组，或每行一名成员的 CSV、Excel .xlsx、Parquet）/
        /// households (JSON lines, a JSON array, or one row per member as CSV, an Excel .xlsx
        /// workbook or Parquet)
        input: Option<PathBuf>,
        /// 生成合成案例（演示用）/ generate a synthetic caseload of this size instead (demos)
        #[arg(long)]
        generate: Option<usize>,
        /// 评估日期 / assessment date (default: today)
        #[arg(long)]
        date: Option<NaiveDate>,
        /// 基准参数包 / baseline pack: official | training | file
        #[arg(long, default_value = "official")]
        pack: String,
        /// 情景文件（可重复）/ scenario overlays on the baseline (repeatable)
        #[arg(long)]
        scenario: Vec<PathBuf>,
        /// 输出 JSON / print JSON
        #[arg(long)]
        json: bool,
        /// 另存汇总（.csv、.json、.parquet，或 .xlsx 工作簿：汇总、每个情景一张逐户表、增减表）/ also write
        /// the summary (.csv, .json, .parquet, or an .xlsx workbook: the summary, a sheet of
        /// households per scenario, and one of gains and losses)
        #[arg(long)]
        out: Option<PathBuf>,
        /// 逐户结果（.csv、.parquet 或 .xlsx）/ write each household's result (.csv, .parquet or .xlsx)
        #[arg(long)]
        households: Option<PathBuf>,
        /// 语言 / language
        #[arg(long, value_enum, default_value = "zh")]
        lang: LangArg,
    },
    /// 单位证书机构：签发、吊销、信任 / The office certificate authority: issue, revoke, trust
    Office {
        #[command(subcommand)]
        action: office::OfficeAction,
    },
    /// 验证已签名的告知书 / Verify a signed PDF report offline
    Verify {
        /// PDF 文件 / the PDF file
        file: PathBuf,
        /// 语言 / language
        #[arg(long, value_enum, default_value = "zh")]
        lang: LangArg,
    },
    /// 案件库审计日志 / The case store's audit log
    Audit {
        #[command(subcommand)]
        action: AuditAction,
    },
    /// 案件库 / The case store
    Cases {
        #[command(subcommand)]
        action: CasesAction,
    },
    /// 政策更新：导入、列出、信任发布单位、导出 / Policy updates: import, list, trust a publisher, export
    Updates {
        #[command(subcommand)]
        action: updates::UpdatesAction,
    },
    /// 列出某日有效的规则 / List the rules in force on a date
    Rules {
        /// 日期 / date (default: today)
        #[arg(long)]
        date: Option<NaiveDate>,
        /// 语言 / language
        #[arg(long, value_enum, default_value = "zh")]
        lang: LangArg,
        /// 输出全部条款的覆盖情况表（Markdown） / print the coverage table of every catalogued rule
        /// (Markdown, all dates)
        #[arg(long)]
        coverage: bool,
    },
    /// 单项变化曲线：某一事实在区间内变化时的待遇与净收入 / Sweep one fact over a range: benefits, net
    /// income and cliffs under the baseline and each scenario
    Sweep {
        /// 家庭信息文件 (JSON) / household file
        file: PathBuf,
        /// 变化的事实 / the fact varied
        #[arg(long, value_enum)]
        vary: sweep::Vary,
        /// 成员序号（从 1 起）/ member number (from 1) for wages, age or grade
        #[arg(long, default_value_t = 1)]
        member: usize,
        /// 起点 / first value
        #[arg(long)]
        from: rust_decimal::Decimal,
        /// 终点 / last value
        #[arg(long)]
        to: rust_decimal::Decimal,
        /// 步长 / step
        #[arg(long)]
        step: rust_decimal::Decimal,
        /// 评估日期 / assessment date (default: today)
        #[arg(long)]
        date: Option<NaiveDate>,
        /// 参数包 / parameter pack
        #[arg(long, default_value = "official")]
        pack: String,
        /// 情景文件（可重复）/ scenario overlays (repeatable)
        #[arg(long)]
        scenario: Vec<PathBuf>,
        /// 输出 JSON / print JSON
        #[arg(long)]
        json: bool,
        /// 各点写入 .csv 或 .xlsx，或画成 .png 图 / write the points to a .csv or .xlsx file, or draw
        /// them as a .png chart
        #[arg(long)]
        out: Option<PathBuf>,
        /// 语言 / language
        #[arg(long, value_enum, default_value = "zh")]
        lang: LangArg,
    },
    /// 显示所用参数 / Show the parameter values used
    Params {
        /// 日期 / date (default: today)
        #[arg(long)]
        date: Option<NaiveDate>,
        /// 户籍地 (如 lucheng, ruian) / area code
        #[arg(long)]
        area: Option<String>,
        /// 参数包 / parameter pack
        #[arg(long, default_value = "official")]
        pack: String,
        /// 本地参数包 / local pack
        #[arg(long)]
        local: Option<PathBuf>,
        /// 情景文件 / scenario overlay
        #[arg(long)]
        scenario: Option<PathBuf>,
        /// 语言 / language
        #[arg(long, value_enum, default_value = "zh")]
        lang: LangArg,
    },
}

#[derive(Clone, Copy, ValueEnum)]
enum ReportLangArg {
    Zh,
    En,
    Both,
}

#[derive(Clone, Copy, ValueEnum)]
enum LangArg {
    Zh,
    En,
}

impl From<LangArg> for Lang {
    fn from(l: LangArg) -> Lang {
        match l {
            LangArg::Zh => Lang::Zh,
            LangArg::En => Lang::En,
        }
    }
}

/// Exit codes.
/// `audit verify`: the chain is broken or a record was altered.
#[derive(Subcommand)]
enum AuditAction {
    /// 核验审计日志的哈希链 / Check the hash chain of the audit log (passphrase from
    /// WENZHOU_ASSESS_STORE_PASSPHRASE)
    Verify {
        /// 案件库文件 / case store file (default: the user's data directory)
        #[arg(long)]
        store: Option<PathBuf>,
        /// 语言 / language
        #[arg(long, value_enum, default_value = "zh")]
        lang: LangArg,
    },
}

#[derive(Subcommand)]
enum CasesAction {
    /// 列出、查找案件 / List and search cases (passphrase from WENZHOU_ASSESS_STORE_PASSPHRASE)
    List {
        /// 案件库文件 / case store file (default: the user's data directory)
        #[arg(long)]
        store: Option<PathBuf>,
        /// 姓名（部分） / part of a member's name
        #[arg(long)]
        name: Option<String>,
        /// 身份证号（部分） / part of an ID number
        #[arg(long)]
        id_number: Option<String>,
        /// 户籍地区代码 / hukou area code
        #[arg(long)]
        area: Option<String>,
        /// 包括已归档 / include archived cases
        #[arg(long)]
        archived: bool,
        /// 语言 / language
        #[arg(long, value_enum, default_value = "zh")]
        lang: LangArg,
    },
    /// 导出案件为加密移交文件（移交密码取自 WENZHOU_ASSESS_TRANSFER_PASSPHRASE）/ Export cases into an
    /// encrypted transfer file (transfer passphrase from WENZHOU_ASSESS_TRANSFER_PASSPHRASE)
    Export {
        /// 案件编号 / case ids
        #[arg(required = true)]
        ids: Vec<String>,
        /// 输出文件 / output file
        #[arg(long)]
        out: PathBuf,
        /// 同意人（申请人或监护人）/ who consented (applicant or guardian)
        #[arg(long)]
        consent_by: String,
        /// 同意日期 / date of consent
        #[arg(long)]
        consent_date: NaiveDate,
        /// 移交目的 / purpose of the transfer
        #[arg(long)]
        purpose: String,
        /// 接收单位 / receiving office
        #[arg(long)]
        recipient: String,
        /// 案件库文件 / case store file
        #[arg(long)]
        store: Option<PathBuf>,
        /// 语言 / language
        #[arg(long, value_enum, default_value = "zh")]
        lang: LangArg,
    },
    /// 导入移交文件（移交密码取自 WENZHOU_ASSESS_TRANSFER_PASSPHRASE）/ Import a transfer file
    Import {
        /// 移交文件 / transfer file
        file: PathBuf,
        /// 案件库文件 / case store file
        #[arg(long)]
        store: Option<PathBuf>,
        /// 语言 / language
        #[arg(long, value_enum, default_value = "zh")]
        lang: LangArg,
    },
    /// 备份案件库及政策文件（加密，用案件库密码）/ Back up the case store and the policy files
    /// (sealed under the store's passphrase)
    Backup {
        /// 备份文件 / backup file to write
        #[arg(long)]
        out: PathBuf,
        /// 案件库文件 / case store file (its folder's policy files are included)
        #[arg(long)]
        store: Option<PathBuf>,
        /// 语言 / language
        #[arg(long, value_enum, default_value = "zh")]
        lang: LangArg,
    },
    /// 从备份恢复到空的数据文件夹（先完整校验）/ Restore a backup into an empty data folder (checked
    /// whole first)
    Restore {
        /// 备份文件 / backup file
        file: PathBuf,
        /// 数据文件夹 / data folder (default: the user's data directory)
        #[arg(long)]
        data_dir: Option<PathBuf>,
        /// 语言 / language
        #[arg(long, value_enum, default_value = "zh")]
        lang: LangArg,
    },
}

/// The case store's default place, beside the key store.
fn default_store() -> PathBuf {
    wenzhou_assess::paths::data_dir().map_or_else(
        || PathBuf::from(wenzhou_assess::cases::STORE_FILE),
        |d| d.join(wenzhou_assess::cases::STORE_FILE),
    )
}

fn open_store(path: Option<&Path>, lang: Lang) -> Result<CaseStore, ExitCode> {
    let Ok(passphrase) = std::env::var("WENZHOU_ASSESS_STORE_PASSPHRASE") else {
        return Err(fail(lang, "cli-store-passphrase-needed", "", EXIT_USAGE));
    };
    let path = path.map_or_else(default_store, Path::to_path_buf);
    if !path.exists() {
        return Err(fail(
            lang,
            "error-read",
            &path.display().to_string(),
            EXIT_IO,
        ));
    }
    let officer = std::env::var("USER").unwrap_or_default();
    CaseStore::open(&path, &passphrase, &officer).map_err(|e| {
        let code = if matches!(e, CaseError::WrongPassphrase) {
            EXIT_KEY
        } else {
            EXIT_IO
        };
        fail(lang, e.key(), &e.to_string(), code)
    })
}

fn transfer_passphrase(lang: Lang) -> Result<String, ExitCode> {
    std::env::var("WENZHOU_ASSESS_TRANSFER_PASSPHRASE")
        .map_err(|_| fail(lang, "cli-transfer-passphrase-needed", "", EXIT_USAGE))
}

fn cases_export_cmd(
    path: Option<&Path>,
    ids: &[String],
    out: &Path,
    consent: &Consent,
    lang: Lang,
) -> ExitCode {
    let pass = match transfer_passphrase(lang) {
        Ok(p) => p,
        Err(code) => return code,
    };
    let mut store = match open_store(path, lang) {
        Ok(s) => s,
        Err(code) => return code,
    };
    let ids: Vec<&str> = ids.iter().map(String::as_str).collect();
    match store.export(&ids, &pass, consent) {
        Ok(bytes) => match std::fs::write(out, bytes) {
            Ok(()) => {
                let mut args = FluentArgs::new();
                args.set("count", ids.len());
                args.set("file", out.display().to_string());
                println!("{}", tr_args(lang, "cli-exported", Some(&args)));
                ExitCode::SUCCESS
            }
            Err(e) => fail(lang, "error-read", &e.to_string(), EXIT_IO),
        },
        Err(e) => fail(lang, e.key(), &e.to_string(), EXIT_USAGE),
    }
}

fn cases_import_cmd(path: Option<&Path>, file: &Path, lang: Lang) -> ExitCode {
    let pass = match transfer_passphrase(lang) {
        Ok(p) => p,
        Err(code) => return code,
    };
    let bytes = match std::fs::read(file) {
        Ok(b) => b,
        Err(e) => return fail(lang, "error-read", &e.to_string(), EXIT_IO),
    };
    let mut store = match open_store(path, lang) {
        Ok(s) => s,
        Err(code) => return code,
    };
    match store.import(&bytes, &pass) {
        Ok(ids) => {
            for id in &ids {
                println!("{id}");
            }
            ExitCode::SUCCESS
        }
        Err(e) => fail(lang, e.key(), &e.to_string(), EXIT_INVALID),
    }
}

fn cases_backup_cmd(path: Option<&Path>, out: &Path, lang: Lang) -> ExitCode {
    let mut store = match open_store(path, lang) {
        Ok(s) => s,
        Err(code) => return code,
    };
    let store_path = path.map_or_else(default_store, Path::to_path_buf);
    let data_dir = store_path.parent().unwrap_or(Path::new("."));
    match store.backup(data_dir, out) {
        Ok(c) => {
            let mut args = FluentArgs::new();
            args.set("file", out.display().to_string());
            args.set("cases", c.cases);
            args.set("entries", c.audit_entries);
            args.set("files", c.files);
            println!("{}", tr_args(lang, "cli-backup-written", Some(&args)));
            ExitCode::SUCCESS
        }
        Err(e) => fail(lang, e.key(), &e.to_string(), EXIT_IO),
    }
}

fn cases_restore_cmd(file: &Path, data_dir: Option<&Path>, lang: Lang) -> ExitCode {
    let Ok(passphrase) = std::env::var("WENZHOU_ASSESS_STORE_PASSPHRASE") else {
        return fail(lang, "cli-store-passphrase-needed", "", EXIT_USAGE);
    };
    let bytes = match read_file(file, lang) {
        Ok(b) => b,
        Err(code) => return code,
    };
    let dir = data_dir.map_or_else(
        || {
            default_store()
                .parent()
                .map(Path::to_path_buf)
                .unwrap_or_default()
        },
        Path::to_path_buf,
    );
    let officer = std::env::var("USER").unwrap_or_default();
    match wenzhou_assess::cases::restore(&bytes, &passphrase, &officer, &dir) {
        Ok(c) => {
            let mut args = FluentArgs::new();
            args.set("dir", dir.display().to_string());
            args.set("cases", c.cases);
            args.set("entries", c.audit_entries);
            args.set("files", c.files);
            println!("{}", tr_args(lang, "cli-restored", Some(&args)));
            ExitCode::SUCCESS
        }
        Err(e @ (CaseError::AuditBroken { .. } | CaseError::RecordBroken { .. })) => {
            fail(lang, e.key(), &e.to_string(), EXIT_TAMPERED)
        }
        Err(e @ CaseError::WrongPassphrase) => fail(lang, e.key(), &e.to_string(), EXIT_KEY),
        Err(e) => fail(lang, e.key(), &e.to_string(), EXIT_INVALID),
    }
}

fn audit_verify_cmd(path: Option<&Path>, lang: Lang) -> ExitCode {
    let store = match open_store(path, lang) {
        Ok(s) => s,
        Err(code) => return code,
    };
    match store.verify_audit() {
        Ok(n) => {
            let mut args = FluentArgs::new();
            args.set("count", n);
            println!("{}", tr_args(lang, "cli-audit-ok", Some(&args)));
            ExitCode::SUCCESS
        }
        Err(e) => fail(lang, e.key(), &e.to_string(), EXIT_TAMPERED),
    }
}

fn cases_list_cmd(path: Option<&Path>, q: &CaseQuery, lang: Lang) -> ExitCode {
    let store = match open_store(path, lang) {
        Ok(s) => s,
        Err(code) => return code,
    };
    match store.list(q) {
        Ok(rows) => {
            for r in rows {
                println!(
                    "{}  {}  {}  {}  {}  {}",
                    r.id,
                    r.updated_at,
                    r.status.code(),
                    r.area.as_deref().unwrap_or("-"),
                    r.name.as_deref().map_or_else(|| "-".to_owned(), mask_name),
                    r.id_number_masked.as_deref().unwrap_or("-"),
                );
            }
            ExitCode::SUCCESS
        }
        Err(e) => fail(lang, e.key(), &e.to_string(), EXIT_TAMPERED),
    }
}

const EXIT_TAMPERED: u8 = 8;
const EXIT_USAGE: u8 = 2;
const EXIT_HOUSEHOLD: u8 = 3;
const EXIT_PARAMS: u8 = 4;
const EXIT_IO: u8 = 5;
const EXIT_INVALID: u8 = 6;
const EXIT_KEY: u8 = 7;

/// Runs the command line.
pub fn run() -> ExitCode {
    let cli = Cli::parse();
    let Some(command) = cli.command else {
        // No arguments: the officer's desktop application, with its log file.
        let _log =
            wenzhou_assess::paths::log_dir().and_then(|d| wenzhou_assess::logging::start(&d));
        log::info!(
            "wenzhou-assess {} started ({} {})",
            env!("CARGO_PKG_VERSION"),
            std::env::consts::OS,
            std::env::consts::ARCH
        );
        return match wenzhou_assess::ui::run() {
            Ok(()) => {
                log::info!("window closed");
                ExitCode::SUCCESS
            }
            Err(e) => {
                log::error!("the window could not start: {e}");
                eprintln!("{}: {e}", tr(Lang::Zh, "ui-error-window"));
                ExitCode::FAILURE
            }
        };
    };
    let today = beijing_today();
    match command {
        Command::Assess {
            file,
            date,
            pack,
            local,
            scenario,
            lang,
            json,
            pdf,
            sign,
            report_lang,
            officer,
            office,
            keystore,
            token,
            all,
            compare,
        } => {
            if !compare.is_empty() && pdf.is_none() {
                return compare_cmd(
                    &file,
                    date.unwrap_or(today),
                    &pack,
                    local.as_deref(),
                    scenario.as_deref(),
                    &compare,
                    lang.into(),
                    json,
                );
            }
            let report = pdf.map(|path| PdfRequest {
                path,
                sign,
                lang: match report_lang {
                    ReportLangArg::Zh => ReportLang::Zh,
                    ReportLangArg::En => ReportLang::En,
                    ReportLangArg::Both => ReportLang::Bilingual,
                },
                officer,
                office,
                keystore,
                token,
                compare,
            });
            let date = date.unwrap_or(today);
            assess_cmd(
                &file,
                date,
                &pack,
                local.as_deref(),
                scenario.as_deref(),
                lang.into(),
                if json {
                    Output::Json
                } else {
                    Output::Text { all }
                },
                report,
            )
        }
        Command::Verify { file, lang } => verify_cmd(&file, lang.into()),
        Command::Batch {
            input,
            generate,
            date,
            pack,
            scenario,
            json,
            out,
            households,
            lang,
        } => batch::batch_cmd(&batch::BatchRequest {
            input: input.as_deref(),
            generate,
            date: date.unwrap_or(today),
            pack: &pack,
            scenarios: &scenario,
            json,
            out: out.as_deref(),
            households: households.as_deref(),
            lang: lang.into(),
        }),
        Command::Audit {
            action: AuditAction::Verify { store, lang },
        } => audit_verify_cmd(store.as_deref(), lang.into()),
        Command::Cases {
            action:
                CasesAction::List {
                    store,
                    name,
                    id_number,
                    area,
                    archived,
                    lang,
                },
        } => {
            let q = CaseQuery {
                name,
                id_number,
                area,
                include_archived: archived,
                ..CaseQuery::default()
            };
            cases_list_cmd(store.as_deref(), &q, lang.into())
        }
        Command::Cases {
            action:
                CasesAction::Export {
                    ids,
                    out,
                    consent_by,
                    consent_date,
                    purpose,
                    recipient,
                    store,
                    lang,
                },
        } => {
            let consent = Consent {
                given_by: consent_by,
                date: consent_date,
                purpose,
                recipient,
            };
            cases_export_cmd(store.as_deref(), &ids, &out, &consent, lang.into())
        }
        Command::Cases {
            action: CasesAction::Import { file, store, lang },
        } => cases_import_cmd(store.as_deref(), &file, lang.into()),
        Command::Cases {
            action: CasesAction::Backup { out, store, lang },
        } => cases_backup_cmd(store.as_deref(), &out, lang.into()),
        Command::Cases {
            action:
                CasesAction::Restore {
                    file,
                    data_dir,
                    lang,
                },
        } => cases_restore_cmd(&file, data_dir.as_deref(), lang.into()),
        Command::Updates { action } => updates::run(action, today),
        Command::Office { action } => office::run(action),
        Command::Rules { coverage: true, .. } => {
            print!(
                "{}",
                coverage::markdown(|m| tr(Lang::Zh, &format!("rule-{}", m.id)))
            );
            ExitCode::SUCCESS
        }
        Command::Sweep {
            file,
            vary,
            member,
            from,
            to,
            step,
            date,
            pack,
            scenario,
            json,
            out,
            lang,
        } => sweep::sweep_cmd(&sweep::SweepRequest {
            file: &file,
            vary,
            member: member.saturating_sub(1),
            from,
            to,
            step,
            date: date.unwrap_or(today),
            pack: &pack,
            scenarios: &scenario,
            json,
            out: out.as_deref(),
            lang: lang.into(),
        }),
        Command::Rules { date, lang, .. } => rules_cmd(date.unwrap_or(today), lang.into()),
        Command::Params {
            date,
            area,
            pack,
            local,
            scenario,
            lang,
        } => params_cmd(
            date.unwrap_or(today),
            area.as_deref(),
            &pack,
            local.as_deref(),
            scenario.as_deref(),
            lang.into(),
        ),
    }
}

/// Today in Beijing time (UTC+8; China has no daylight saving).
fn beijing_today() -> NaiveDate {
    (chrono::Utc::now() + chrono::Duration::hours(8)).date_naive()
}

fn fail(lang: Lang, key: &str, detail: &str, code: u8) -> ExitCode {
    let mut args = FluentArgs::new();
    args.set("detail", detail);
    eprintln!("{}", tr_args(lang, key, Some(&args)));
    ExitCode::from(code)
}

/// A file's bytes, or the exit code after saying in the user's language that it could not be read.
pub(crate) fn read_file(path: &Path, lang: Lang) -> Result<Vec<u8>, ExitCode> {
    std::fs::read(path).map_err(|e| {
        fail(
            lang,
            "error-read",
            &format!("{}: {e}", path.display()),
            EXIT_IO,
        )
    })
}

/// A text file, as [`read_file`].
pub(crate) fn read_text(path: &Path, lang: Lang) -> Result<String, ExitCode> {
    std::fs::read_to_string(path).map_err(|e| {
        fail(
            lang,
            "error-read",
            &format!("{}: {e}", path.display()),
            EXIT_IO,
        )
    })
}

fn read(path: &Path) -> Result<String, String> {
    std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))
}

/// The parameter set of a command, as the window builds it: the official pack, the policy updates
/// installed in the data folder (by issue date), then for `official` the office's local pack there,
/// for `training` the example values, or the pack file given; then `--local` and `--scenario`.
/// Installed files that no longer load are reported on standard error and left out.
fn load_set(
    pack: &str,
    local: Option<&Path>,
    scenario: Option<&Path>,
    lang: Lang,
) -> Result<ParamSet, PackError> {
    let mode = match pack {
        "official" => Mode::Office,
        "training" => Mode::Training,
        _ => Mode::Updates,
    };
    let mut set = match wenzhou_assess::paths::data_dir() {
        Some(dir) => {
            let office = UpdateStore::new(&dir).office_set(mode)?;
            for (path, why) in &office.problems {
                let mut args = FluentArgs::new();
                args.set("file", path.display().to_string());
                args.set("detail", why.clone());
                eprintln!("{}", tr_args(lang, "cli-layer-left-out", Some(&args)));
            }
            office.set
        }
        // No data folder on this system: no updates and no local pack to layer.
        None if mode == Mode::Training => ParamSet::training()?,
        None => ParamSet::official()?,
    };
    if mode == Mode::Updates {
        let text = read(Path::new(pack)).map_err(|message| PackError::Io {
            file: pack.to_owned(),
            message,
        })?;
        set = set.with_layer(Pack::parse(pack, &text)?)?;
    }
    for extra in [local, scenario].into_iter().flatten() {
        let name = extra.display().to_string();
        let text = read(extra).map_err(|message| PackError::Io {
            file: name.clone(),
            message,
        })?;
        set = set.with_layer(Pack::parse(&name, &text)?)?;
    }
    Ok(set)
}

/// The household in `file`, or the exit after saying why it cannot be used (unreadable: 5; wrong:
/// 3, naming the field).
fn load_household(
    file: &Path,
    lang: Lang,
) -> Result<wenzhou_assess::household::Household, ExitCode> {
    let text = read(file).map_err(|e| fail(lang, "error-read", &e, EXIT_IO))?;
    parse_household(&text).map_err(|e| {
        fail(
            lang,
            "error-household",
            &household_error(lang, &e),
            EXIT_HOUSEHOLD,
        )
    })
}

fn household_error(lang: Lang, e: &LoadError) -> String {
    let mut args = FluentArgs::new();
    args.set("error", e.to_string());
    tr_args(lang, "error-household-detail", Some(&args))
}

/// An office USB key (PKCS#11) to sign with; its PIN comes from `WENZHOU_ASSESS_PIN`.
#[derive(Debug, Clone, clap::Args)]
struct TokenArgs {
    /// USB 密钥的 PKCS#11 模块（PIN 取自 WENZHOU_ASSESS_PIN）/ sign with a USB key: its PKCS#11
    /// module (PIN from WENZHOU_ASSESS_PIN)
    #[arg(long, requires_all = ["token", "token_key"])]
    pkcs11_module: Option<PathBuf>,
    /// USB 密钥的标签 / the token's label
    #[arg(long, requires = "pkcs11_module")]
    token: Option<String>,
    /// 密钥（及证书）的标签 / the key's (and its certificate's) label
    #[arg(long, requires = "pkcs11_module")]
    token_key: Option<String>,
    /// 签发单位证书 (PEM)，随签名附上 / the issuing office's certificate (PEM), sent with the signature
    #[arg(long, requires = "pkcs11_module")]
    token_ca: Option<PathBuf>,
}

impl TokenArgs {
    /// The token's signer, logged in, if a token was named.
    fn open(
        &self,
        lang: Lang,
    ) -> Result<Option<wenzhou_assess::report::token::TokenSigner>, ExitCode> {
        use wenzhou_assess::report::token::{TokenKey, TokenSigner};
        let (Some(module), Some(token), Some(key)) =
            (&self.pkcs11_module, &self.token, &self.token_key)
        else {
            return Ok(None);
        };
        let Ok(pin) = std::env::var("WENZHOU_ASSESS_PIN") else {
            return Err(fail(lang, "cli-pin-needed", "", EXIT_USAGE));
        };
        let at = TokenKey { module, token, key };
        let mut signer = TokenSigner::open(&at, &pin)
            .map_err(|e| fail(lang, "cli-office-failed", &e.to_string(), EXIT_KEY))?;
        if let Some(ca) = &self.token_ca {
            let bytes = read_file(ca, lang)?;
            let ca = wenzhou_assess::report::office::certificates_from(&bytes)
                .ok()
                .and_then(|c| c.into_iter().next())
                .ok_or_else(|| fail(lang, "cli-office-chain", "", EXIT_USAGE))?;
            signer = signer.with_issuer(ca);
        }
        Ok(Some(signer))
    }
}

/// What `--pdf` asks for.
struct PdfRequest {
    path: PathBuf,
    sign: bool,
    lang: ReportLang,
    officer: String,
    office: String,
    keystore: Option<PathBuf>,
    /// A USB key to sign with instead of the key store.
    token: TokenArgs,
    /// `--compare` values: printed as the training appendix.
    compare: Vec<String>,
}

#[allow(clippy::too_many_arguments)]
fn compare_cmd(
    file: &Path,
    date: NaiveDate,
    pack: &str,
    local: Option<&Path>,
    scenario: Option<&Path>,
    compare: &[String],
    lang: Lang,
    json: bool,
) -> ExitCode {
    if compare.len() > 3 {
        return fail(lang, "cli-compare-too-many", "", EXIT_USAGE);
    }
    let household = match load_household(file, lang) {
        Ok(h) => h,
        Err(code) => return code,
    };
    let set = match load_set(pack, local, scenario, lang) {
        Ok(s) => s,
        Err(e) => return fail(lang, "error-params", &e.to_string(), EXIT_PARAMS),
    };
    let specs = match trainer::compare_specs(compare, &set, lang) {
        Ok(s) => s,
        Err(e) => return fail(lang, "error-params", &e, EXIT_PARAMS),
    };
    let c = match trainer::comparison(&household, date, &set, &specs, lang) {
        Ok(c) => c,
        Err(e) => return fail(lang, "error-household", &e, EXIT_HOUSEHOLD),
    };
    if json {
        match serde_json::to_string_pretty(&c) {
            Ok(t) => println!("{t}"),
            Err(e) => return fail(lang, "error-read", &e.to_string(), EXIT_IO),
        }
    } else {
        print!("{}", trainer::render_comparison(&c, lang));
    }
    ExitCode::SUCCESS
}

#[allow(clippy::too_many_arguments)]
/// How `assess` prints the determination.
#[derive(Debug, Clone, Copy)]
enum Output {
    /// The full determination as JSON.
    Json,
    /// Text for a person; `all` also lists the rules that do not apply.
    Text { all: bool },
}

#[allow(clippy::too_many_arguments)]
fn assess_cmd(
    file: &Path,
    date: NaiveDate,
    pack: &str,
    local: Option<&Path>,
    scenario: Option<&Path>,
    lang: Lang,
    output: Output,
    report: Option<PdfRequest>,
) -> ExitCode {
    // The messages of both languages are parsed while the packs are: the two take most of the
    // start-up, and the output needs both.
    let (household, set) = std::thread::scope(|s| {
        s.spawn(wenzhou_assess::i18n::preload);
        (
            load_household(file, lang),
            load_set(pack, local, scenario, lang),
        )
    });
    let household = match household {
        Ok(h) => h,
        Err(code) => return code,
    };
    let set = match set {
        Ok(s) => s,
        Err(e) => return fail(lang, "error-params", &e.to_string(), EXIT_PARAMS),
    };
    let d = match assess(&household, date, &set, TraceMode::On) {
        Ok(d) => d,
        Err(e) => {
            let wenzhou_assess::engine::AssessError::Household(inner) = &e else {
                return fail(lang, "error-household", &e.to_string(), EXIT_HOUSEHOLD);
            };
            return fail(
                lang,
                "error-household",
                &household_error(lang, inner),
                EXIT_HOUSEHOLD,
            );
        }
    };
    let view = explain::view(&d, &household, &set);
    if let Some(req) = report {
        // A training handout: the comparison printed after the signed assessment.
        let appendix = if req.compare.is_empty() {
            None
        } else {
            let specs = match trainer::compare_specs(&req.compare, &set, lang) {
                Ok(s) => s,
                Err(e) => return fail(lang, "error-params", &e, EXIT_PARAMS),
            };
            match trainer::comparison(&household, date, &set, &specs, lang) {
                Ok(c) => Some(c),
                Err(e) => return fail(lang, "error-household", &e, EXIT_HOUSEHOLD),
            }
        };
        let lapsed = explain::lapsed_since(&set, date, beijing_today());
        if let Err(code) = write_pdf(&view, &req, appendix, lapsed, lang) {
            return code;
        }
    }
    // Buffered: standard output flushes every line, and the JSON has some twenty thousand.
    let stdout = std::io::stdout();
    let terminal = std::io::IsTerminal::is_terminal(&stdout);
    let mut out = std::io::BufWriter::new(stdout.lock());
    let written = match output {
        // Indented for a person at a terminal; compact (a third smaller, three times faster to
        // write) for a program reading a pipe or a file.
        Output::Json if terminal => serde_json::to_writer_pretty(&mut out, &view)
            .map_err(std::io::Error::other)
            .and_then(|()| writeln!(out)),
        Output::Json => serde_json::to_writer(&mut out, &view)
            .map_err(std::io::Error::other)
            .and_then(|()| writeln!(out)),
        Output::Text { all } => write!(out, "{}", text::render_text(&view, &set, lang, all)),
    }
    .and_then(|()| out.flush());
    match written {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => fail(lang, "error-read", &e.to_string(), EXIT_IO),
    }
}

/// The key store's default place: the user's data directory (XDG on Linux, AppData on Windows).
fn default_keystore() -> PathBuf {
    wenzhou_assess::paths::data_dir().map_or_else(
        || PathBuf::from("wenzhou-assess-key.json"),
        |d| wenzhou_assess::paths::signing_key_in(&d),
    )
}

/// Writes the report, signing it when asked (the key is created on first use).
fn write_pdf(
    view: &DeterminationView,
    req: &PdfRequest,
    appendix: Option<wenzhou_assess::analysis::Comparison>,
    lapsed_since: Vec<(String, NaiveDate)>,
    lang: Lang,
) -> Result<(), ExitCode> {
    let now = chrono::Utc::now() + chrono::Duration::hours(8);
    let mut meta = ReportMeta {
        office: req.office.clone(),
        officer: req.officer.clone(),
        lang: req.lang,
        signed_at: None,
        appendix,
        lapsed_since,
    };
    let signer: Option<Box<dyn Signer>> = if req.sign {
        let signer: Box<dyn Signer> = match req.token.open(lang)? {
            Some(token) => Box::new(token),
            None => Box::new(unlock_signer(
                req.keystore.as_deref(),
                &req.officer,
                &req.office,
                lang,
            )?),
        };
        meta.signed_at = Some(now.format("%Y-%m-%d %H:%M:%S +08:00").to_string());
        Some(signer)
    } else {
        None
    };
    let bytes = build_report(
        view,
        &meta,
        signer.as_deref(),
        &now.format("%Y%m%d%H%M%S").to_string(),
    )
    .map_err(|e| fail(lang, "error-read", &e.to_string(), EXIT_IO))?;
    std::fs::write(&req.path, bytes)
        .map_err(|e| fail(lang, "error-read", &e.to_string(), EXIT_IO))?;
    let mut args = FluentArgs::new();
    args.set("file", req.path.display().to_string());
    eprintln!("{}", tr_args(lang, "cli-pdf-written", Some(&args)));
    if let Some(s) = &signer {
        let mut args = FluentArgs::new();
        args.set("signer", s.name());
        eprintln!("{}", tr_args(lang, "cli-pdf-signed", Some(&args)));
    }
    Ok(())
}

/// The officer's signing key, unlocked with the passphrase in `WENZHOU_ASSESS_PASSPHRASE`; created
/// on first use (from the office's PKCS#12 when `WENZHOU_ASSESS_P12` names one).
pub(crate) fn unlock_signer(
    keystore: Option<&Path>,
    officer: &str,
    office: &str,
    lang: Lang,
) -> Result<wenzhou_assess::report::SoftwareSigner, ExitCode> {
    unlock_or_create_signer(keystore, officer, office, Algorithm::Rsa, lang)
}

/// As [`unlock_signer`], creating a key of `algorithm` if there is none.
pub(crate) fn unlock_or_create_signer(
    keystore: Option<&Path>,
    officer: &str,
    office: &str,
    algorithm: Algorithm,
    lang: Lang,
) -> Result<wenzhou_assess::report::SoftwareSigner, ExitCode> {
    let Ok(passphrase) = std::env::var("WENZHOU_ASSESS_PASSPHRASE") else {
        return Err(fail(lang, "cli-passphrase-needed", "", EXIT_USAGE));
    };
    let path = keystore.map_or_else(default_keystore, Path::to_path_buf);
    let signer = if path.exists() {
        KeyStore::unlock_file(&path, &passphrase)
            .map_err(|e| fail(lang, "error-read", &e.to_string(), EXIT_KEY))?
    } else {
        // First use: the office's PKCS#12 if one is given (WENZHOU_ASSESS_P12, its password in
        // WENZHOU_ASSESS_P12_PASSWORD), otherwise a local office certificate.
        let (store, signer) = match std::env::var_os("WENZHOU_ASSESS_P12") {
            Some(p12) => {
                let bytes = std::fs::read(&p12)
                    .map_err(|e| fail(lang, "error-read", &e.to_string(), EXIT_IO))?;
                let password = std::env::var("WENZHOU_ASSESS_P12_PASSWORD").unwrap_or_default();
                KeyStore::import_pkcs12(&bytes, &password, officer, office, &passphrase)
                    .map_err(|e| fail(lang, "error-read", &e.to_string(), EXIT_KEY))?
            }
            None => KeyStore::create_with(officer, office, &passphrase, algorithm)
                .map_err(|e| fail(lang, "error-read", &e.to_string(), EXIT_KEY))?,
        };
        if let Some(dir) = path.parent() {
            std::fs::create_dir_all(dir)
                .map_err(|e| fail(lang, "error-read", &e.to_string(), EXIT_IO))?;
        }
        let json = serde_json::to_string_pretty(&store)
            .map_err(|e| fail(lang, "error-read", &e.to_string(), EXIT_IO))?;
        std::fs::write(&path, json)
            .map_err(|e| fail(lang, "error-read", &e.to_string(), EXIT_IO))?;
        let mut args = FluentArgs::new();
        args.set("officer", officer.to_owned());
        args.set("file", path.display().to_string());
        eprintln!("{}", tr_args(lang, "cli-key-created", Some(&args)));
        signer
    };
    Ok(signer)
}

/// Checks a signed report; exit 0 only when the signature is valid, covers the whole file and the
/// embedded determination re-runs to the same results.
fn verify_cmd(file: &Path, lang: Lang) -> ExitCode {
    let bytes = match read_file(file, lang) {
        Ok(b) => b,
        Err(code) => return code,
    };
    let trust = wenzhou_assess::paths::data_dir()
        .map(|d| TrustStore::load(&d))
        .unwrap_or_default();
    let v = match verify_pdf_trusting(&bytes, &trust) {
        Ok(v) => v,
        Err(e) => return fail(lang, "error-read", &e.to_string(), EXIT_INVALID),
    };
    for line in v.sentences(lang) {
        println!("{line}");
    }
    if v.is_good() {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(EXIT_INVALID)
    }
}

pub(crate) fn pad(s: &str, width: usize) -> String {
    let w = UnicodeWidthStr::width(s);
    format!("{s}{}", " ".repeat(width.saturating_sub(w)))
}

fn rules_cmd(date: NaiveDate, lang: Lang) -> ExitCode {
    let mut out = String::new();
    let mut args = FluentArgs::new();
    args.set("date", date.to_string());
    out.push_str(&tr_args(lang, "cli-rules-header", Some(&args)));
    out.push('\n');
    let mut in_force = 0;
    let set = match load_set("official", None, None, lang) {
        Ok(set) => set,
        Err(e) => return fail(lang, "error-read", &e.to_string(), EXIT_PARAMS),
    };
    for meta in all_rules().filter(|m| m.in_force(&set, date)) {
        in_force += 1;
        let status = match coverage::coverage_of(meta) {
            Coverage::Implemented => tr(lang, "rules-implemented"),
            Coverage::ReferOnly => tr(lang, "rules-refer-only"),
            Coverage::Informational(why) => format!("{} ({why})", tr(lang, "rules-not-evaluated")),
            Coverage::Missing => tr(lang, "rules-later"),
        };
        out.push_str(&format!(
            "{}  {}  {}  [{}]\n    「{}」\n",
            pad(meta.id, 7),
            tr(lang, &format!("rule-{}", meta.id)),
            meta.citation(),
            status,
            meta.clause
        ));
    }
    let mut args = FluentArgs::new();
    args.set("count", in_force);
    out.push_str(&tr_args(lang, "cli-rules-count", Some(&args)));
    out.push('\n');
    print!("{out}");
    ExitCode::SUCCESS
}

fn params_cmd(
    date: NaiveDate,
    area: Option<&str>,
    pack: &str,
    local: Option<&Path>,
    scenario: Option<&Path>,
    lang: Lang,
) -> ExitCode {
    let area = match area.map(|a| Area::from_code(a).ok_or(a)) {
        Some(Err(a)) => return fail(lang, "error-area", a, 2),
        Some(Ok(a)) => Some(a),
        None => None,
    };
    let set = match load_set(pack, local, scenario, lang) {
        Ok(s) => s,
        Err(e) => return fail(lang, "error-params", &e.to_string(), EXIT_PARAMS),
    };
    let r = set.resolve(date, area);
    let mut out = String::new();
    if !set.is_official() {
        out.push_str(&format!("*** {} ***\n", tr(lang, "notice-example-params")));
    }
    // The documents and their periods on this set, with the notices that changed them.
    out.push_str(&format!("{}\n", tr(lang, "params-documents")));
    for d in set.documents() {
        let mut args = FluentArgs::new();
        args.set("doc", d.doc.number());
        args.set("from", d.valid_from.to_string());
        args.set(
            "to",
            d.valid_to
                .map_or_else(|| tr(lang, "update-no-end"), |t| t.to_string()),
        );
        let state = if d.in_force(date) {
            "params-document-in-force"
        } else {
            "params-document-not-in-force"
        };
        args.set("state", tr(lang, state));
        out.push_str(&format!(
            "  {}\n",
            tr_args(lang, "params-document", Some(&args))
        ));
        for (key, notice) in [
            ("continued-by", &d.continued_by),
            ("params-repealed-by", &d.repealed_by),
        ] {
            if let Some(notice) = notice {
                let mut args = FluentArgs::new();
                args.set("notice", notice.clone());
                out.push_str(&format!("      {}\n", tr_args(lang, key, Some(&args))));
            }
        }
    }
    out.push('\n');
    for &key in ParamKey::ALL {
        let desc = match lang {
            Lang::Zh => key.description_zh(),
            Lang::En => key.description_en(),
        };
        let value = match r.get(key) {
            None => tr(lang, "params-not-set"),
            Some(ParamValue::Number(n)) => n.to_string(),
            Some(ParamValue::Switch(b)) => b.to_string(),
            Some(ParamValue::Choice(c)) => c.to_owned(),
            Some(ParamValue::Areas(mask)) => Area::ALL
                .iter()
                .filter(|a| mask & wenzhou_assess::policy::pack::area_bit(**a) != 0)
                .map(|a| a.code())
                .collect::<Vec<_>>()
                .join(","),
        };
        let source = r
            .source(key)
            .and_then(|s| set.entry(s))
            .map(|e| {
                let mark = if e.official {
                    ""
                } else {
                    " [非官方/unofficial]"
                };
                format!("{}{mark}", e.citation)
            })
            .unwrap_or_default();
        out.push_str(&format!(
            "{}  = {}  ({desc})\n    {source}\n",
            key.name(),
            value
        ));
    }
    for w in set.warnings() {
        let text = wenzhou_assess::explain::warning_text(lang, &w);
        out.push_str(&format!("! {}\n", text));
    }
    print!("{out}");
    ExitCode::SUCCESS
}
