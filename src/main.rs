//! The `wenzhou-assess` program: the command line for now (the desktop window comes with the GUI
//! issue). All work is done by the library; this file only dispatches.

mod cli;

use std::process::ExitCode;

fn main() -> ExitCode {
    cli::run()
}
