//! The desktop application's log: a few lines per session (start, version, renderer, errors shown
//! to the officer) in rotating files the officer can send to support. Never a name, an ID number or
//! a household fact: messages name the action and the error only.
//!
//! Files: `wenzhou-assess_r*.log` in [`crate::paths::log_dir`], a new file at 1 MB, the newest five
//! kept (flexi_logger). The command line logs nothing to files; it prints its errors.

use flexi_logger::{Cleanup, Criterion, FileSpec, Logger, LoggerHandle, Naming, WriteMode};

/// Starts logging to the rotating files in `dir`; `None` if the directory cannot be used (the
/// program runs on without a log).
#[must_use]
pub fn start(dir: &std::path::Path) -> Option<LoggerHandle> {
    std::fs::create_dir_all(dir).ok()?;
    Logger::try_with_env_or_str("info,wgpu_core=warn,wgpu_hal=warn,naga=warn")
        .ok()?
        .log_to_file(
            FileSpec::default()
                .directory(dir)
                .basename("wenzhou-assess"),
        )
        .rotate(
            Criterion::Size(1_000_000),
            Naming::Numbers,
            Cleanup::KeepLogFiles(5),
        )
        .write_mode(WriteMode::Direct)
        .format_for_files(flexi_logger::opt_format)
        .start()
        .ok()
}
