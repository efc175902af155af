//! The case store (issue 7): round trip, search, crash safety, tamper detection, wrong passphrase,
//! transfer files, migrations and re-assessment.
#![allow(clippy::unwrap_used)]

mod common;

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::Duration;

use chrono::NaiveDate;
use rusqlite::{Connection, params};
use wenzhou_assess::cases::{CaseError, CaseQuery, CaseStatus, CaseStore, Consent};
use wenzhou_assess::engine::{TraceMode, assess};
use wenzhou_assess::explain::view;
use wenzhou_assess::household::{Household, parse_household};
use wenzhou_assess::policy::ParamSet;

const PASS: &str = "正确的密码 correct horse";

fn dir() -> tempfile::TempDir {
    tempfile::tempdir().unwrap()
}

fn household(name: &str, id_number: &str, area: &str) -> Household {
    parse_household(&format!(
        r#"{{"hukou_area": "{area}", "status": "dibao",
            "members": [{{"name": "{name}", "id_number": "{id_number}", "relationship": "applicant",
                         "birth_date": "1950-03-07", "incomes": []}}]}}"#
    ))
    .unwrap()
}

/// The shipped 低保 family renting in 鹿城.
fn example() -> Household {
    common::example("dibao-lucheng-renting")
}

fn assessed(
    h: &Household,
    date: &str,
    set: &ParamSet,
) -> wenzhou_assess::explain::DeterminationView {
    let date: NaiveDate = date.parse().unwrap();
    view(&assess(h, date, set, TraceMode::On).unwrap(), h, set)
}

#[test]
fn a_case_round_trips_with_its_assessments_notes_and_status() {
    let d = dir();
    let path = d.path().join("cases.sqlite");
    let set = ParamSet::training().unwrap();
    let h = example();
    let (id, view_id) = {
        let mut s = CaseStore::open(&path, PASS, "王社工").unwrap();
        let id = s.create(&h).unwrap();
        let v = assessed(&h, "2025-06-01", &set);
        s.record_assessment(&id, &v, &set).unwrap();
        s.add_note(&id, "入户核实：租住公房").unwrap();
        (id, v.id)
    };
    let s = CaseStore::open(&path, PASS, "王社工").unwrap();
    let c = s.open_case(&id).unwrap();
    assert_eq!(c.household, h);
    assert_eq!(c.status, CaseStatus::Assessed);
    assert_eq!(c.assessments.len(), 1);
    assert_eq!(c.assessments[0].view["id"], view_id.as_str());
    assert_eq!(c.assessments[0].pack_hash, set.hash());
    assert_eq!(c.notes[0].text, "入户核实：租住公房");
    assert_eq!(c.notes[0].officer, "王社工");
    // Create, assess and note are in the audit log, which verifies.
    let actions: Vec<String> = s
        .audit_entries()
        .unwrap()
        .into_iter()
        .map(|e| e.action)
        .collect();
    assert_eq!(actions, ["create", "assess", "note"]);
    assert_eq!(s.verify_audit().unwrap(), 3);
    // Personal data is not in the file in clear.
    let raw = std::fs::read(&path).unwrap();
    let wal = std::fs::read(path.with_extension("sqlite-wal")).unwrap_or_default();
    for bytes in [&raw, &wal] {
        let text = String::from_utf8_lossy(bytes);
        assert!(!text.contains("租住公房"));
        if let Some(name) = h.members[0].name.as_deref() {
            assert!(!text.contains(name), "a name is stored in clear");
        }
    }
}

#[test]
fn the_list_searches_by_name_id_number_area_status_and_hides_archived_cases() {
    let d = dir();
    let mut s = CaseStore::open(&d.path().join("c.sqlite"), PASS, "officer").unwrap();
    let a = s
        .create(&household("张三", "330302195003071234", "lucheng"))
        .unwrap();
    let b = s
        .create(&household("李四", "330381195003075678", "ruian"))
        .unwrap();
    let c = s
        .create(&household("张小明", "33030219500307123X", "lucheng"))
        .unwrap();
    // The GUI re-reads the list only when the generation moves: every write moves it.
    let before = s.generation();
    s.set_status(&b, CaseStatus::Closed).unwrap();
    assert_ne!(s.generation(), before);
    fn ids(s: &CaseStore, q: CaseQuery) -> Vec<String> {
        let mut v: Vec<String> = s.list(&q).unwrap().into_iter().map(|c| c.id).collect();
        v.sort();
        v
    }
    let sorted = |mut v: Vec<&String>| {
        v.sort();
        v.into_iter().cloned().collect::<Vec<_>>()
    };
    assert_eq!(ids(&s, CaseQuery::default()).len(), 3);
    assert_eq!(
        ids(
            &s,
            CaseQuery {
                name: Some("张".into()),
                ..Default::default()
            }
        ),
        sorted(vec![&a, &c])
    );
    assert_eq!(
        ids(
            &s,
            CaseQuery {
                id_number: Some("123x".into()),
                ..Default::default()
            }
        ),
        vec![c.clone()]
    );
    assert_eq!(
        ids(
            &s,
            CaseQuery {
                area: Some("ruian".into()),
                ..Default::default()
            }
        ),
        vec![b.clone()]
    );
    assert_eq!(
        ids(
            &s,
            CaseQuery {
                status: Some(CaseStatus::Closed),
                ..Default::default()
            }
        ),
        vec![b.clone()]
    );
    s.set_archived(&a, true).unwrap();
    assert_eq!(ids(&s, CaseQuery::default()), sorted(vec![&b, &c]));
    assert_eq!(
        ids(
            &s,
            CaseQuery {
                include_archived: true,
                ..Default::default()
            }
        )
        .len(),
        3
    );
    // The list shows the ID number masked.
    let row = s
        .list(&CaseQuery {
            name: Some("李四".into()),
            ..Default::default()
        })
        .unwrap()
        .remove(0);
    assert_eq!(row.name.as_deref(), Some("李四"));
    assert_ne!(row.id_number_masked.as_deref(), Some("330381195003075678"));
    // Duplicate gives a new draft with the same facts; delete removes it.
    let copy = s.duplicate(&b).unwrap();
    assert_eq!(
        s.open_case(&copy).unwrap().household,
        s.open_case(&b).unwrap().household
    );
    assert_eq!(s.open_case(&copy).unwrap().status, CaseStatus::Draft);
    s.delete(&copy).unwrap();
    assert!(matches!(s.open_case(&copy), Err(CaseError::NotFound(_))));
    s.verify_audit().unwrap();
}

#[test]
fn a_wrong_passphrase_is_refused_and_changes_nothing() {
    let d = dir();
    let path = d.path().join("c.sqlite");
    let id = {
        let mut s = CaseStore::open(&path, PASS, "officer").unwrap();
        s.create(&household("张三", "330302195003071234", "lucheng"))
            .unwrap()
    };
    let err = CaseStore::open(&path, "wrong", "officer").unwrap_err();
    assert!(matches!(err, CaseError::WrongPassphrase));
    assert_eq!(err.key(), "error-case-passphrase");
    let s = CaseStore::open(&path, PASS, "officer").unwrap();
    assert_eq!(
        s.open_case(&id).unwrap().household.members[0]
            .name
            .as_deref(),
        Some("张三")
    );
    assert_eq!(s.verify_audit().unwrap(), 1);
}

/// Opens the raw SQLite file beside the store, as an attacker or a disk fault would.
fn raw(path: &Path) -> Connection {
    Connection::open(path).unwrap()
}

#[test]
fn a_flipped_byte_in_an_encrypted_record_is_detected() {
    let d = dir();
    let path = d.path().join("c.sqlite");
    let id = {
        let mut s = CaseStore::open(&path, PASS, "officer").unwrap();
        s.create(&household("张三", "330302195003071234", "lucheng"))
            .unwrap()
    };
    {
        let c = raw(&path);
        let mut blob: Vec<u8> = c
            .query_row(
                "SELECT household FROM cases WHERE id = ?1",
                params![id],
                |r| r.get(0),
            )
            .unwrap();
        let mid = blob.len() / 2;
        blob[mid] ^= 0x01;
        c.execute(
            "UPDATE cases SET household = ?1 WHERE id = ?2",
            params![blob, id],
        )
        .unwrap();
    }
    let s = CaseStore::open(&path, PASS, "officer").unwrap();
    assert!(matches!(s.open_case(&id), Err(CaseError::Damaged(_))));
    // A record moved onto another case is detected too (it is bound to its row).
    let mut s = s;
    let other = s
        .create(&household("李四", "330381195003075678", "ruian"))
        .unwrap();
    {
        let c = raw(&path);
        let blob: Vec<u8> = c
            .query_row(
                "SELECT household FROM cases WHERE id = ?1",
                params![other],
                |r| r.get(0),
            )
            .unwrap();
        let victim = s
            .create(&household("王五", "330381195003075678", "ruian"))
            .unwrap();
        c.execute(
            "UPDATE cases SET household = ?1 WHERE id = ?2",
            params![blob, victim],
        )
        .unwrap();
        assert!(matches!(s.open_case(&victim), Err(CaseError::Damaged(_))));
    }
}

#[test]
fn an_edited_removed_or_truncated_audit_entry_is_detected() {
    let d = dir();
    let path = d.path().join("c.sqlite");
    {
        let mut s = CaseStore::open(&path, PASS, "officer").unwrap();
        let id = s
            .create(&household("张三", "330302195003071234", "lucheng"))
            .unwrap();
        s.set_status(&id, CaseStatus::Closed).unwrap();
        s.add_note(&id, "x").unwrap();
        s.delete(&id).unwrap();
        assert_eq!(s.verify_audit().unwrap(), 4);
    }
    let copies = std::cell::Cell::new(0);
    let broken = |edit: &str| {
        copies.set(copies.get() + 1);
        let copy = d.path().join(format!("copy-{}.sqlite", copies.get()));
        std::fs::copy(&path, &copy).unwrap();
        let _ = std::fs::copy(
            path.with_extension("sqlite-wal"),
            copy.with_extension("sqlite-wal"),
        );
        raw(&copy).execute_batch(edit).unwrap();
        CaseStore::open(&copy, PASS, "officer")
            .unwrap()
            .verify_audit()
    };
    // A flipped character in an entry's detail.
    let e = broken("UPDATE audit SET detail = 'status closeD' WHERE seq = 2;");
    assert!(
        matches!(e, Err(CaseError::AuditBroken { seq: 2, .. })),
        "{e:?}"
    );
    // An entry removed from the middle.
    let e = broken("DELETE FROM audit WHERE seq = 2;");
    assert!(
        matches!(e, Err(CaseError::AuditBroken { seq: 2, .. })),
        "{e:?}"
    );
    // The newest entry removed (the chain head in meta no longer matches).
    let e = broken("DELETE FROM audit WHERE seq = 4;");
    assert!(
        matches!(e, Err(CaseError::AuditBroken { seq: 4, .. })),
        "{e:?}"
    );
    // A forged entry appended with a made-up hash.
    let e = broken(
        "INSERT INTO audit VALUES (5, '2026-01-01T00:00:00+08:00', 'x', 'delete', NULL, '', 'h', 'h');",
    );
    assert!(matches!(e, Err(CaseError::AuditBroken { .. })), "{e:?}");
}

#[test]
fn a_transfer_file_moves_cases_with_consent_and_a_damaged_one_changes_nothing() {
    let d = dir();
    let set = ParamSet::training().unwrap();
    let h = example();
    let mut from = CaseStore::open(&d.path().join("a.sqlite"), PASS, "甲").unwrap();
    let id = from.create(&h).unwrap();
    from.record_assessment(&id, &assessed(&h, "2025-06-01", &set), &set)
        .unwrap();
    from.add_note(&id, "移交").unwrap();
    let consent = Consent {
        given_by: "申请人本人".into(),
        date: "2025-06-02".parse().unwrap(),
        purpose: "迁居后由新乡镇继续办理".into(),
        recipient: "瑞安市某街道".into(),
    };
    let file = from.export(&[&id], "transfer pass", &consent).unwrap();
    assert!(!String::from_utf8_lossy(&file).contains("移交"));

    let mut to = CaseStore::open(&d.path().join("b.sqlite"), PASS, "乙").unwrap();
    // Wrong passphrase, damaged and foreign files: refused, nothing written.
    assert!(matches!(
        to.import(&file, "wrong"),
        Err(CaseError::Transfer(_))
    ));
    let mut damaged = file.clone();
    let at = damaged.len() - 40;
    damaged[at] = if damaged[at] == b'0' { b'1' } else { b'0' };
    assert!(matches!(
        to.import(&damaged, "transfer pass"),
        Err(CaseError::Transfer(_))
    ));
    assert!(matches!(
        to.import(b"PK\x03\x04 not ours", "transfer pass"),
        Err(CaseError::Transfer(_))
    ));
    assert!(to.list(&CaseQuery::default()).unwrap().is_empty());
    assert_eq!(to.verify_audit().unwrap(), 0);

    let ids = to.import(&file, "transfer pass").unwrap();
    let c = to.open_case(&ids[0]).unwrap();
    assert_eq!(c.household, h);
    assert_eq!(c.assessments.len(), 1);
    assert_eq!(c.notes[0].text, "移交");
    let entries = to.audit_entries().unwrap();
    assert_eq!(entries[0].action, "transfer_in");
    assert!(entries[0].detail.contains("申请人本人"));
    // The log counts what came with the case, and the store holds exactly that.
    assert!(
        entries[0]
            .detail
            .ends_with("imported: 1 assessments, 1 notes"),
        "{}",
        entries[0].detail
    );
    assert_eq!(to.verify_audit().unwrap(), 1);
    // The imported assessment can be re-run under its original parameters.
    let (_, changes) = to.rerun_original(&c.assessments[0]).unwrap();
    assert!(changes.is_empty(), "{changes:?}");
    // Consent is required.
    let no_consent = Consent {
        given_by: " ".into(),
        ..consent
    };
    assert!(matches!(
        from.export(&[&id], "p", &no_consent),
        Err(CaseError::Transfer(_))
    ));
}

#[test]
fn a_store_written_with_the_previous_schema_opens_and_migrates() {
    let d = dir();
    let path = d.path().join("old.sqlite");
    let id = {
        let mut s = CaseStore::open_at_schema(&path, PASS, "officer", 1).unwrap();
        s.create(&household("张三", "330302195003071234", "lucheng"))
            .unwrap()
    };
    let version = |p: &Path| -> i64 {
        raw(p)
            .query_row("PRAGMA user_version", [], |r| r.get(0))
            .unwrap()
    };
    assert_eq!(version(&path), 1);
    let mut s = CaseStore::open(&path, PASS, "officer").unwrap();
    assert_eq!(version(&path), wenzhou_assess::cases::SCHEMA_VERSION);
    // The old case is intact and the new features work on it.
    assert_eq!(
        s.open_case(&id).unwrap().household.members[0]
            .name
            .as_deref(),
        Some("张三")
    );
    s.add_note(&id, "迁移后").unwrap();
    s.set_archived(&id, true).unwrap();
    assert!(s.list(&CaseQuery::default()).unwrap().is_empty());
    s.verify_audit().unwrap();
    // A store from a newer program is refused, not damaged.
    raw(&path)
        .execute_batch("PRAGMA user_version = 99;")
        .unwrap();
    assert!(matches!(
        CaseStore::open(&path, PASS, "officer"),
        Err(CaseError::TooNew { found: 99, .. })
    ));
}

#[test]
fn a_reassessment_under_todays_rules_names_what_changed_and_the_clause() {
    let d = dir();
    let set = ParamSet::training().unwrap();
    let h = example();
    let mut s = CaseStore::open(&d.path().join("c.sqlite"), PASS, "officer").unwrap();
    let id = s.create(&h).unwrap();
    s.record_assessment(&id, &assessed(&h, "2025-06-01", &set), &set)
        .unwrap();
    let c = s.open_case(&id).unwrap();
    // Under its original parameters and date nothing changes.
    let (_, same) = s.rerun_original(&c.assessments[0]).unwrap();
    assert!(same.is_empty(), "{same:?}");
    // On 2026-01-01 温政发〔2022〕6号 has expired: its benefits lapse, each named with its clause.
    let later: NaiveDate = "2026-01-01".parse().unwrap();
    let (_, changes) = s
        .rerun_today(&c.household, &c.assessments[0], later, &set)
        .unwrap();
    let inc01 = changes.iter().find(|ch| ch.rule == "INC-01").unwrap();
    assert_eq!(inc01.new_outcome, None);
    assert!(inc01.old_outcome.is_some());
    assert!(inc01.citation.contains("温政发〔2022〕6号"));
    assert!(!inc01.clause.is_empty());
}

fn writer() -> PathBuf {
    // `cargo test` builds the examples beside the test binaries (target/debug/examples).
    let exe = std::env::current_exe().unwrap();
    let bin = exe
        .parent()
        .unwrap()
        .parent()
        .unwrap()
        .join("examples/case_writer");
    assert!(
        bin.exists(),
        "{} is missing: run the whole `cargo test`, which builds the examples",
        bin.display()
    );
    bin
}

#[test]
#[cfg(unix)]
fn a_process_killed_while_saving_never_corrupts_the_store_or_loses_a_committed_case() {
    let d = dir();
    let path = d.path().join("crash.sqlite");
    let bin = writer();
    let mut committed: Vec<String> = Vec::new();
    for round in 0..25u64 {
        let mut child = Command::new(&bin)
            .arg(&path)
            .arg(PASS)
            .stdout(Stdio::piped())
            .spawn()
            .unwrap();
        // Kill at a different moment each round: during key derivation, inside a transaction…
        std::thread::sleep(Duration::from_millis(30 + (round * 37) % 200));
        child.kill().unwrap(); // SIGKILL on Unix
        let out = child.wait_with_output().unwrap();
        committed.extend(
            String::from_utf8_lossy(&out.stdout)
                .lines()
                .map(str::to_owned),
        );
        let s = CaseStore::open(&path, PASS, "checker").unwrap();
        assert!(
            s.integrity_ok().unwrap(),
            "integrity_check failed after round {round}"
        );
        s.verify_audit().unwrap();
        for id in &committed {
            s.open_case(id)
                .unwrap_or_else(|e| panic!("committed case {id} lost after round {round}: {e}"));
        }
    }
    assert!(
        committed.len() > 10,
        "the writer committed too little to test: {}",
        committed.len()
    );
}

#[test]
fn audit_verify_on_the_command_line_passes_a_sound_store_and_fails_a_tampered_one() {
    let d = dir();
    let path = d.path().join("c.sqlite");
    {
        let mut s = CaseStore::open(&path, PASS, "officer").unwrap();
        let id = s
            .create(&household("张三", "330302195003071234", "lucheng"))
            .unwrap();
        s.set_status(&id, CaseStatus::Closed).unwrap();
    }
    let run = |pass: &str| {
        Command::new(env!("CARGO_BIN_EXE_wenzhou-assess"))
            .args(["audit", "verify", "--store"])
            .arg(&path)
            .env("WENZHOU_ASSESS_STORE_PASSPHRASE", pass)
            .output()
            .unwrap()
    };
    let ok = run(PASS);
    assert_eq!(ok.status.code(), Some(0));
    assert!(String::from_utf8_lossy(&ok.stdout).contains("共 2 条记录"));
    assert_eq!(run("wrong").status.code(), Some(7));
    raw(&path)
        .execute_batch("UPDATE audit SET officer = 'someone else' WHERE seq = 1;")
        .unwrap();
    let bad = run(PASS);
    assert_eq!(bad.status.code(), Some(8));
    assert!(String::from_utf8_lossy(&bad.stderr).contains("损坏或被改动"));
}

#[test]
fn cases_move_between_laptops_through_the_command_line_export_and_import() {
    let d = dir();
    let (a, b) = (d.path().join("a.sqlite"), d.path().join("b.sqlite"));
    let id = CaseStore::open(&a, PASS, "甲")
        .unwrap()
        .create(&household("张三", "330302195003071234", "lucheng"))
        .unwrap();
    CaseStore::open(&b, PASS, "乙").unwrap();
    let file = d.path().join("handover.wzcases");
    let cli = |args: &[&std::ffi::OsStr]| {
        Command::new(env!("CARGO_BIN_EXE_wenzhou-assess"))
            .args(args)
            .env("WENZHOU_ASSESS_STORE_PASSPHRASE", PASS)
            .env("WENZHOU_ASSESS_TRANSFER_PASSPHRASE", "移交密码")
            .output()
            .unwrap()
    };
    let os = |s: &str| std::ffi::OsString::from(s);
    let out = cli(&[
        &os("cases"),
        &os("export"),
        &os(&id),
        &os("--out"),
        file.as_os_str(),
        &os("--consent-by"),
        &os("申请人本人"),
        &os("--consent-date"),
        &os("2025-06-02"),
        &os("--purpose"),
        &os("迁居移交"),
        &os("--recipient"),
        &os("瑞安市某街道"),
        &os("--store"),
        a.as_os_str(),
    ]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let out = cli(&[
        &os("cases"),
        &os("import"),
        file.as_os_str(),
        &os("--store"),
        b.as_os_str(),
    ]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let new_id = String::from_utf8_lossy(&out.stdout).trim().to_owned();
    let s = CaseStore::open(&b, PASS, "乙").unwrap();
    assert_eq!(
        s.open_case(&new_id).unwrap().household.members[0]
            .name
            .as_deref(),
        Some("张三")
    );
    // A truncated file is refused with the user's-language message and exit code 6.
    let bytes = std::fs::read(&file).unwrap();
    std::fs::write(&file, &bytes[..bytes.len() / 2]).unwrap();
    let out = cli(&[
        &os("cases"),
        &os("import"),
        file.as_os_str(),
        &os("--store"),
        b.as_os_str(),
    ]);
    assert_eq!(out.status.code(), Some(6));
    assert!(String::from_utf8_lossy(&out.stderr).contains("移交文件无法导入"));
    assert_eq!(s.list(&CaseQuery::default()).unwrap().len(), 1);
}

#[test]
fn a_corrupt_store_file_is_refused_with_a_clear_error_and_left_as_it_was() {
    let d = dir();
    let path = d.path().join("c.sqlite");
    let garbage = b"this is not a database, but somebody's file".repeat(100);
    std::fs::write(&path, &garbage).unwrap();
    let err = CaseStore::open(&path, PASS, "officer").unwrap_err();
    assert_eq!(err.key(), "error-case-store");
    let text = wenzhou_assess::i18n::tr(wenzhou_assess::i18n::Lang::Zh, err.key());
    assert!(text.contains("已保存的内容未被改动"), "{text}");
    assert_eq!(std::fs::read(&path).unwrap(), garbage);
}

/// Issue 17: `audit verify` checks the records, not only the log. One flipped byte in any encrypted
/// record (a case's facts or summary, an assessment, a note), a case row deleted with a SQLite shell,
/// or a case row added outside the program: each fails with exit 8 and names the case; the sound
/// store passes.
#[test]
fn audit_verify_finds_an_altered_record_or_a_case_assessment_or_note_removed_outside_the_program() {
    let set = ParamSet::training().unwrap();
    let run = |path: &Path| {
        let o = Command::new(env!("CARGO_BIN_EXE_wenzhou-assess"))
            .args(["audit", "verify", "--store"])
            .arg(path)
            .env("WENZHOU_ASSESS_STORE_PASSPHRASE", PASS)
            .output()
            .unwrap();
        (
            o.status.code(),
            String::from_utf8_lossy(&o.stderr).into_owned(),
        )
    };
    // A fresh store with two cases, one assessed and annotated; `tamper` is applied to a copy.
    let check = |tamper: &dyn Fn(&Connection, &str, &str), names: &dyn Fn(&str, &str) -> String| {
        let d = dir();
        let path = d.path().join("c.sqlite");
        let (a, b) = {
            let mut s = CaseStore::open(&path, PASS, "officer").unwrap();
            let h = household("张三", "330302195003071234", "lucheng");
            let a = s.create(&h).unwrap();
            s.record_assessment(&a, &assessed(&h, "2025-06-01", &set), &set)
                .unwrap();
            s.add_note(&a, "上门核查").unwrap();
            let b = s
                .create(&household("李四", "330381195003075678", "ruian"))
                .unwrap();
            (a, b)
        };
        assert_eq!(run(&path).0, Some(0), "{}", run(&path).1);
        tamper(&raw(&path), &a, &b);
        let (code, err) = run(&path);
        assert_eq!(code, Some(8), "{err}");
        let case = names(&a, &b);
        assert!(err.contains(&case), "{err} should name {case}");
        assert!(err.contains("损坏或被改动"), "{err}");
    };
    let flip = |c: &Connection, table: &str, column: &str, key: &str, id: &str| {
        let sql = format!("SELECT {column} FROM {table} WHERE {key} = ?1");
        let mut blob: Vec<u8> = c.query_row(&sql, params![id], |r| r.get(0)).unwrap();
        let last = blob.len() - 1;
        blob[last] ^= 0x80;
        let sql = format!("UPDATE {table} SET {column} = ?1 WHERE {key} = ?2");
        c.execute(&sql, params![blob, id]).unwrap();
    };
    check(
        &|c, a, _| flip(c, "cases", "household", "id", a),
        &|a, _| a.to_owned(),
    );
    check(&|c, _, b| flip(c, "cases", "summary", "id", b), &|_, b| {
        b.to_owned()
    });
    check(
        &|c, a, _| flip(c, "assessments", "view", "case_id", a),
        &|a, _| a.to_owned(),
    );
    check(
        &|c, a, _| flip(c, "notes", "body", "case_id", a),
        &|a, _| a.to_owned(),
    );
    // A case row deleted with the SQLite shell (no audit entry).
    check(
        &|c, _, b| {
            c.execute("DELETE FROM cases WHERE id = ?1", params![b])
                .unwrap();
        },
        &|_, b| b.to_owned(),
    );
    // An assessment or a note deleted with the SQLite shell: the log records them, so the case
    // that lost one is named.
    for table in ["assessments", "notes"] {
        check(
            &|c, a, _| {
                c.execute(
                    &format!("DELETE FROM {table} WHERE case_id = ?1"),
                    params![a],
                )
                .unwrap();
            },
            &|a, _| a.to_owned(),
        );
    }
    // A note copied from one case to another outside the program (sealed for another row, it
    // does not open; were it sealed right, the log's count of the case's notes would still not
    // hold it).
    check(
        &|c, a, b| {
            c.execute(
                "INSERT INTO notes (case_id, created_at, officer, body) \
                 SELECT ?2, created_at, officer, body FROM notes WHERE case_id = ?1",
                params![a, b],
            )
            .unwrap();
        },
        &|_, b| b.to_owned(),
    );
    // A case row copied in under a new id, outside the program.
    check(
        &|c, a, _| {
            c.execute(
                "INSERT INTO cases SELECT 'feedfacefeedface', created_at, updated_at, status, \
                 area, summary, household, archived FROM cases WHERE id = ?1",
                params![a],
            )
            .unwrap();
        },
        &|_, _| "feedfacefeedface".to_owned(),
    );
}

/// Issue 17: backup → restore into an empty data folder → `audit verify` passes and every case opens
/// with its assessments and notes, and the policy files come back; a truncated backup, a backup with
/// one byte changed, the wrong passphrase and a folder that already holds a store are each refused
/// with nothing written.
#[test]
fn a_backup_restores_into_an_empty_folder_and_a_damaged_one_writes_nothing() {
    let set = ParamSet::training().unwrap();
    let d = dir();
    let data = d.path().join("data");
    std::fs::create_dir_all(data.join("updates")).unwrap();
    std::fs::write(data.join("updates").join("u1.wzu"), b"signed update bytes").unwrap();
    std::fs::write(data.join("local-pack.toml"), b"[pack]\nid = \"local\"\n").unwrap();
    let path = data.join("cases.sqlite");
    let mut ids = Vec::new();
    {
        let mut s = CaseStore::open(&path, PASS, "officer").unwrap();
        for (name, id, area) in [
            ("张三", "330302195003071234", "lucheng"),
            ("李四", "330381195003075678", "ruian"),
        ] {
            let h = household(name, id, area);
            let case = s.create(&h).unwrap();
            s.record_assessment(&case, &assessed(&h, "2025-06-01", &set), &set)
                .unwrap();
            s.add_note(&case, "已上门核查").unwrap();
            ids.push(case);
        }
        assert_eq!(s.last_backup().unwrap(), None);
    }
    let backup = d.path().join("备份.wzbackup");
    let cli = |args: &[&str]| {
        Command::new(env!("CARGO_BIN_EXE_wenzhou-assess"))
            .args(args)
            .env("WENZHOU_ASSESS_STORE_PASSPHRASE", PASS)
            .output()
            .unwrap()
    };
    let o = cli(&[
        "cases",
        "backup",
        "--out",
        backup.to_str().unwrap(),
        "--store",
        path.to_str().unwrap(),
    ]);
    let said = String::from_utf8_lossy(&o.stdout).into_owned();
    assert!(
        o.status.success(),
        "{said}{}",
        String::from_utf8_lossy(&o.stderr)
    );
    assert!(
        said.contains("2 个案件") && said.contains("2 个政策文件"),
        "{said}"
    );
    assert!(
        CaseStore::open(&path, PASS, "officer")
            .unwrap()
            .last_backup()
            .unwrap()
            .is_some()
    );
    let bytes = std::fs::read(&backup).unwrap();
    // Nobody can read the cases in the file without the passphrase.
    assert!(!bytes.windows("张三".len()).any(|w| w == "张三".as_bytes()));

    // Restored into an empty folder: the chain verifies, every case opens, the files are back.
    let restored = d.path().join("new-laptop");
    let o = cli(&[
        "cases",
        "restore",
        backup.to_str().unwrap(),
        "--data-dir",
        restored.to_str().unwrap(),
    ]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let store = restored.join("cases.sqlite");
    let o = cli(&["audit", "verify", "--store", store.to_str().unwrap()]);
    assert_eq!(
        o.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&o.stderr)
    );
    let s = CaseStore::open(&store, PASS, "officer").unwrap();
    for id in &ids {
        let case = s.open_case(id).unwrap();
        assert_eq!(case.assessments.len(), 1);
        assert_eq!(case.notes.len(), 1);
    }
    let actions: Vec<String> = s
        .audit_entries()
        .unwrap()
        .into_iter()
        .map(|e| e.action)
        .collect();
    assert_eq!(
        actions.iter().rev().take(2).collect::<Vec<_>>(),
        ["restore", "backup"]
    );
    assert_eq!(
        std::fs::read(restored.join("updates").join("u1.wzu")).unwrap(),
        b"signed update bytes"
    );
    assert!(restored.join("local-pack.toml").exists());

    // Refused, and nothing written: truncated, one byte changed, wrong passphrase, occupied folder.
    let refused = |bytes: &[u8], pass: &str, folder: &str| {
        let file = d.path().join(format!("{folder}.wzbackup"));
        std::fs::write(&file, bytes).unwrap();
        let target = d.path().join(folder);
        let o = Command::new(env!("CARGO_BIN_EXE_wenzhou-assess"))
            .args(["cases", "restore", file.to_str().unwrap(), "--data-dir"])
            .arg(&target)
            .env("WENZHOU_ASSESS_STORE_PASSPHRASE", pass)
            .output()
            .unwrap();
        assert!(!o.status.success());
        let files = std::fs::read_dir(&target).map_or(0, |r| r.count());
        (String::from_utf8_lossy(&o.stderr).into_owned(), files)
    };
    let (err, files) = refused(&bytes[..bytes.len() - 100], PASS, "truncated");
    assert!(err.contains("备份无法使用") && files == 0, "{err} {files}");
    let mut flipped = bytes.clone();
    let mid = flipped.len() / 2;
    flipped[mid] ^= 0x04;
    let (err, files) = refused(&flipped, PASS, "flipped");
    assert!(err.contains("备份无法使用") && files == 0, "{err} {files}");
    let (err, files) = refused(&bytes, "wrong passphrase", "wrong");
    assert!(err.contains("备份无法使用") && files == 0, "{err} {files}");
    // The folder restored into above already holds a store: it is not overwritten.
    let before = std::fs::read(&store).unwrap();
    let (err, _) = refused(&bytes, PASS, "new-laptop");
    assert!(err.contains("空的") || err.contains("empty"), "{err}");
    assert_eq!(std::fs::read(&store).unwrap(), before);
}

/// Issue 17: a store made under the old Argon2id cost (19 MiB; a fixture written by the program
/// before the cost was raised) opens with its passphrase and is re-keyed under today's cost in the
/// same step: the cost is recorded, the salt and every sealed record change, the audit chain still
/// verifies, and the case opens with its assessment and note, then and after reopening.
#[test]
fn a_store_under_the_old_key_cost_is_rekeyed_on_unlock() {
    let d = dir();
    let path = d.path().join("old.sqlite");
    std::fs::copy(
        concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/tests/fixtures/store-argon2-19mib.sqlite"
        ),
        &path,
    )
    .unwrap();
    let pass = "旧的密码 old passphrase";
    let meta = |key: &str| -> Option<Vec<u8>> {
        raw(&path)
            .query_row("SELECT value FROM meta WHERE key = ?1", params![key], |r| {
                r.get(0)
            })
            .ok()
    };
    let household_blob = || -> Vec<u8> {
        raw(&path)
            .query_row("SELECT household FROM cases", [], |r| r.get(0))
            .unwrap()
    };
    assert_eq!(meta("kdf"), None);
    let (salt, blob) = (meta("salt").unwrap(), household_blob());
    assert!(matches!(
        CaseStore::open(&path, "wrong", "officer"),
        Err(CaseError::WrongPassphrase)
    ));
    // A wrong passphrase changed nothing.
    assert_eq!(meta("salt").unwrap(), salt);
    {
        let s = CaseStore::open(&path, pass, "officer").unwrap();
        assert_eq!(s.verify_audit().unwrap(), 3);
        let cases = s.list(&CaseQuery::default()).unwrap();
        let case = s.open_case(&cases[0].id).unwrap();
        assert_eq!((case.assessments.len(), case.notes.len()), (1, 1));
    }
    assert_eq!(
        meta("kdf")
            .map(|k| String::from_utf8(k).unwrap())
            .as_deref(),
        Some("argon2id m=47104 t=2 p=1")
    );
    assert_ne!(meta("salt").unwrap(), salt);
    assert_ne!(household_blob(), blob);
    let s = CaseStore::open(&path, pass, "officer").unwrap();
    assert_eq!(s.verify_audit().unwrap(), 3);
}
