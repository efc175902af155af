//! File dialogs behind a small trait, so that tests need no desktop portal.

use std::path::PathBuf;

/// Asks the user for a file to open or a place to save. Every request is cancelled unless the
/// dialog offers it (tests implement only the ones they answer).
pub trait FileDialog {
    /// A household file to open.
    fn open(&mut self) -> Option<PathBuf> {
        None
    }
    /// Where to save a household file.
    fn save(&mut self) -> Option<PathBuf> {
        None
    }
    /// Where to save the PDF report.
    fn save_pdf(&mut self) -> Option<PathBuf> {
        None
    }
    /// Where to save a training scenario (TOML).
    fn save_scenario(&mut self) -> Option<PathBuf> {
        None
    }
    /// A training scenario (TOML) to open.
    fn open_scenario(&mut self) -> Option<PathBuf> {
        None
    }
    /// Where to save a case transfer file.
    fn save_transfer(&mut self) -> Option<PathBuf> {
        None
    }
    /// A case transfer file to import.
    fn open_transfer(&mut self) -> Option<PathBuf> {
        None
    }
    /// A caseload file (JSON lines, JSON array or CSV) for the trainer's batch; cancelled unless a
    /// dialog offers one.
    fn open_caseload(&mut self) -> Option<PathBuf> {
        None
    }
    /// A signed notice (PDF) to verify; cancelled unless a dialog offers one.
    fn open_pdf(&mut self) -> Option<PathBuf> {
        None
    }
    /// Where to write a backup of the case store; cancelled unless a dialog offers one.
    fn save_backup(&mut self) -> Option<PathBuf> {
        None
    }
    /// A signed policy update file (`.wzu`) to import; cancelled unless a dialog offers one.
    fn open_update(&mut self) -> Option<PathBuf> {
        None
    }
    /// A publisher's certificate (PEM) to trust; cancelled unless a dialog offers one.
    fn open_certificate(&mut self) -> Option<PathBuf> {
        None
    }
    /// Where to write a signed policy update exported from the office's standards (its
    /// certificate is written beside it, with `.pem` appended); cancelled unless a dialog offers one.
    fn save_update(&mut self) -> Option<PathBuf> {
        None
    }
    /// One of the office CA's files to open; cancelled unless a dialog offers one.
    fn open_office_file(&mut self, _kind: OfficeFile) -> Option<PathBuf> {
        None
    }
    /// Where to write one of the office CA's files; cancelled unless a dialog offers one.
    fn save_office_file(&mut self, _kind: OfficeFile) -> Option<PathBuf> {
        None
    }
}

/// The files of the office CA's administrator.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OfficeFile {
    /// The CA itself (JSON, its key sealed).
    Ca,
    /// An officer's certificate request (PKCS#10).
    Request,
    /// A certificate (PEM).
    Certificate,
    /// A revocation list (PEM).
    RevocationList,
}

impl OfficeFile {
    /// The filter's name, its extensions and a file name to suggest.
    fn filter(self) -> (&'static str, &'static [&'static str], &'static str) {
        match self {
            OfficeFile::Ca => ("单位证书机构", &["json"], "单位证书机构.json"),
            OfficeFile::Request => ("证书申请", &["csr", "pem"], "证书申请.csr"),
            OfficeFile::Certificate => ("证书 PEM", &["pem", "crt"], "经办人证书.pem"),
            OfficeFile::RevocationList => ("吊销列表", &["crl"], "吊销列表.crl"),
        }
    }
}

/// The system's dialogs (rfd: the desktop portal on Linux, the native dialog on Windows).
pub struct RfdDialog;

impl FileDialog for RfdDialog {
    fn open(&mut self) -> Option<PathBuf> {
        rfd::FileDialog::new()
            .add_filter("JSON", &["json"])
            .pick_file()
    }

    fn save(&mut self) -> Option<PathBuf> {
        rfd::FileDialog::new()
            .add_filter("JSON", &["json"])
            .set_file_name("家庭.json")
            .save_file()
    }

    fn save_pdf(&mut self) -> Option<PathBuf> {
        rfd::FileDialog::new()
            .add_filter("PDF", &["pdf"])
            .set_file_name("评估结果告知书.pdf")
            .save_file()
    }

    fn save_scenario(&mut self) -> Option<PathBuf> {
        rfd::FileDialog::new()
            .add_filter("TOML", &["toml"])
            .set_file_name("培训情景.toml")
            .save_file()
    }

    fn open_scenario(&mut self) -> Option<PathBuf> {
        rfd::FileDialog::new()
            .add_filter("TOML", &["toml"])
            .pick_file()
    }

    fn save_transfer(&mut self) -> Option<PathBuf> {
        rfd::FileDialog::new()
            .add_filter("案件移交文件", &["wzcases"])
            .set_file_name("案件移交.wzcases")
            .save_file()
    }

    fn open_transfer(&mut self) -> Option<PathBuf> {
        rfd::FileDialog::new()
            .add_filter("案件移交文件", &["wzcases"])
            .pick_file()
    }

    fn open_pdf(&mut self) -> Option<PathBuf> {
        rfd::FileDialog::new()
            .add_filter("PDF", &["pdf"])
            .pick_file()
    }

    fn save_backup(&mut self) -> Option<PathBuf> {
        let today = chrono::Local::now().format("%Y%m%d");
        rfd::FileDialog::new()
            .add_filter("案件库备份", &["wzbackup"])
            .set_file_name(format!("案件库备份-{today}.wzbackup"))
            .save_file()
    }

    fn open_caseload(&mut self) -> Option<PathBuf> {
        rfd::FileDialog::new()
            .add_filter(
                "Excel / CSV / Parquet / JSON",
                &["xlsx", "csv", "parquet", "jsonl", "json"],
            )
            .pick_file()
    }

    fn open_update(&mut self) -> Option<PathBuf> {
        rfd::FileDialog::new()
            .add_filter("政策更新", &["wzu"])
            .pick_file()
    }

    fn open_certificate(&mut self) -> Option<PathBuf> {
        rfd::FileDialog::new()
            .add_filter("证书 PEM", &["pem", "crt"])
            .pick_file()
    }

    fn save_update(&mut self) -> Option<PathBuf> {
        rfd::FileDialog::new()
            .add_filter("政策更新", &["wzu"])
            .set_file_name("本地标准政策更新.wzu")
            .save_file()
    }

    fn open_office_file(&mut self, kind: OfficeFile) -> Option<PathBuf> {
        let (name, extensions, _) = kind.filter();
        rfd::FileDialog::new()
            .add_filter(name, extensions)
            .pick_file()
    }

    fn save_office_file(&mut self, kind: OfficeFile) -> Option<PathBuf> {
        let (name, extensions, suggested) = kind.filter();
        rfd::FileDialog::new()
            .add_filter(name, extensions)
            .set_file_name(suggested)
            .save_file()
    }
}

/// No dialog: every request is cancelled (tests, or a machine without a portal).
pub struct NoDialog;

impl FileDialog for NoDialog {}
