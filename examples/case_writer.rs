//! Test tool for `tests/cases.rs`: saves cases into a store in a loop, printing each case id once
//! its transaction has committed, until it is killed. The crash test kills it with SIGKILL at
//! random moments and then checks the store.
//!
//! Usage: `case_writer STORE PASSPHRASE`

use std::io::Write as _;

use wenzhou_assess::cases::CaseStore;
use wenzhou_assess::household::parse_household;

fn main() -> anyhow::Result<()> {
    let mut args = std::env::args().skip(1);
    let path = args
        .next()
        .ok_or_else(|| anyhow::anyhow!("usage: case_writer STORE PASSPHRASE"))?;
    let pass = args
        .next()
        .ok_or_else(|| anyhow::anyhow!("usage: case_writer STORE PASSPHRASE"))?;
    let mut store = CaseStore::open(std::path::Path::new(&path), &pass, "crash-test")?;
    let mut out = std::io::stdout().lock();
    for n in 0.. {
        let h = parse_household(&format!(
            r#"{{"hukou_area": "lucheng", "status": "dibao",
                "members": [{{"name": "案例{n}", "relationship": "applicant", "birth_date": "1970-01-01"}}]}}"#
        ))?;
        let id = store.create(&h)?;
        store.save(&id, &h)?;
        store.add_note(&id, "写入测试")?;
        writeln!(out, "{id}")?;
        out.flush()?;
    }
    Ok(())
}
