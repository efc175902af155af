//! The `wenzhou-assess` program: without arguments the officer's desktop window, with a command the
//! headless command line. All work is done by the library; this file only dispatches.

// On Windows the program is a GUI program (no console window beside the form); a command typed in
// a console attaches to that console to print (see `attach_console`).
#![cfg_attr(windows, windows_subsystem = "windows")]

mod cli;

use std::process::ExitCode;

fn main() -> ExitCode {
    #[cfg(windows)]
    attach_console();
    cli::run()
}

/// A GUI-subsystem program starts without a console. When it is run from one with a command, it
/// attaches to the console it was started from so that its output and errors appear there.
#[cfg(windows)]
#[allow(unsafe_code)]
fn attach_console() {
    use windows_sys::Win32::System::Console::{ATTACH_PARENT_PROCESS, AttachConsole};
    if std::env::args_os().len() > 1 {
        // SAFETY: AttachConsole takes a process id and has no memory-safety preconditions; it fails
        // harmlessly when the parent has no console (started from Explorer).
        unsafe {
            AttachConsole(ATTACH_PARENT_PROCESS);
        }
    }
}
