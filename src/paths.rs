//! Where the program keeps its files, by the platform's conventions (`directories`): on Linux the
//! XDG data directory (`~/.local/share/wenzhou-assess`), on Windows `%APPDATA%\wenzhou-assess\data`.
//! The case stores, the signing key, the settings and the logs all live there; nothing is written
//! beside the program.

use std::path::PathBuf;

/// The user's data directory, if the platform has one; `WENZHOU_ASSESS_DATA_DIR` names another
/// (a second office on one machine, a test, a portable install on a USB stick).
#[must_use]
pub fn data_dir() -> Option<PathBuf> {
    if let Some(dir) = std::env::var_os("WENZHOU_ASSESS_DATA_DIR").filter(|d| !d.is_empty()) {
        return Some(PathBuf::from(dir));
    }
    directories::ProjectDirs::from("cn.gov.wenzhou", "", "wenzhou-assess")
        .map(|d| d.data_dir().to_path_buf())
}

/// The signing key's file in `dir`.
#[must_use]
pub fn signing_key_in(dir: &std::path::Path) -> PathBuf {
    dir.join("signing-key.json")
}

/// The log directory: `logs` in the data directory.
#[must_use]
pub fn log_dir() -> Option<PathBuf> {
    data_dir().map(|d| d.join("logs"))
}

/// The office's local parameter pack in `dir`, layered on the official pack by the window.
#[must_use]
pub fn local_pack_in(dir: &std::path::Path) -> PathBuf {
    dir.join("local-pack.toml")
}

/// The policy updates installed on this laptop, one signed file each, never overwritten.
#[must_use]
pub fn updates_in(dir: &std::path::Path) -> PathBuf {
    dir.join("updates")
}

/// The certificates of the publishers whose policy updates this laptop accepts.
#[must_use]
pub fn trusted_publishers_in(dir: &std::path::Path) -> PathBuf {
    dir.join("trusted-publishers")
}
