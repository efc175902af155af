//! Issue 17: an office certificate chain, as the people concerned use it on the command line. The
//! administrator creates the office CA and issues the officer's certificate from the officer's
//! request (the officer's key never leaves laptop A); a notice signed on A verifies as *trusted* on a
//! laptop that trusts the office, *not trusted* on one that does not, and *revoked* (exit 6) once the
//! office's revocation list is imported; a list from an office the laptop does not trust is refused.
#![allow(clippy::unwrap_used)]

use std::path::Path;
use std::process::{Command, Output};

fn run(data: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_wenzhou-assess"))
        .args(args)
        .env("WENZHOU_ASSESS_DATA_DIR", data)
        .env("WENZHOU_ASSESS_CA_PASSPHRASE", "管理员的密码")
        .env("WENZHOU_ASSESS_PASSPHRASE", "经办人的密码")
        .output()
        .unwrap()
}

fn ok(o: &Output) -> String {
    let text =
        String::from_utf8_lossy(&o.stdout).into_owned() + &String::from_utf8_lossy(&o.stderr);
    assert!(o.status.success(), "{text}");
    text
}

#[test]
fn a_notice_signed_with_an_office_certificate_is_trusted_untrusted_or_revoked_by_laptop() {
    let root = tempfile::tempdir().unwrap();
    let [admin, a, b, c] = ["admin", "a", "b", "c"].map(|d| root.path().join(d));
    for d in [&admin, &a, &b, &c] {
        std::fs::create_dir_all(d).unwrap();
    }
    let p = |d: &Path, f: &str| d.join(f).to_str().unwrap().to_owned();
    ok(&run(
        &admin,
        &[
            "office",
            "create-ca",
            "--office",
            "五马街道",
            "--out",
            &p(&admin, "ca.json"),
        ],
    ));
    // The officer asks on laptop A; the administrator issues; the officer installs.
    ok(&run(
        &a,
        &[
            "office",
            "request",
            "--officer",
            "张敏",
            "--office",
            "五马街道",
            "--out",
            &p(&admin, "zm.csr"),
        ],
    ));
    let csr = std::fs::read_to_string(admin.join("zm.csr")).unwrap();
    assert!(csr.contains("BEGIN CERTIFICATE REQUEST") && !csr.contains("PRIVATE KEY"));
    ok(&run(
        &admin,
        &[
            "office",
            "issue",
            &p(&admin, "zm.csr"),
            "--ca",
            &p(&admin, "ca.json"),
            "--out",
            &p(&admin, "zm.pem"),
        ],
    ));
    ok(&run(&a, &["office", "install", &p(&admin, "zm.pem")]));
    let notice = p(root.path(), "notice.pdf");
    let example = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/assets/examples/tekun-elder-ruian.json"
    );
    ok(&run(
        &a,
        &[
            "assess",
            example,
            "--pack",
            "training",
            "--date",
            "2025-06-01",
            "--pdf",
            &notice,
            "--sign",
            "--officer",
            "张敏",
            "--office",
            "五马街道",
        ],
    ));

    // Laptop B trusts the office; laptop C does not.
    ok(&run(
        &b,
        &["office", "trust", &p(&admin, "ca.pem"), "--yes"],
    ));
    let trusted = ok(&run(&b, &["verify", &notice]));
    assert!(
        trusted.contains("签名有效") && trusted.contains("本机信任该单位"),
        "{trusted}"
    );
    assert!(trusted.contains("CN=张敏,O=五马街道"), "{trusted}");
    let untrusted = ok(&run(&c, &["verify", &notice]));
    assert!(untrusted.contains("本机不信任该单位"), "{untrusted}");

    // The office revokes the certificate; C cannot import a list of an office it does not trust;
    // B imports it and the notice is revoked since the date, exit 6.
    ok(&run(
        &admin,
        &[
            "office",
            "revoke",
            &p(&admin, "zm.pem"),
            "--ca",
            &p(&admin, "ca.json"),
            "--date",
            "2026-12-01",
            "--out",
            &p(&admin, "office.crl"),
        ],
    ));
    let refused = run(&c, &["office", "import-crl", &p(&admin, "office.crl")]);
    assert_eq!(refused.status.code(), Some(6));
    ok(&run(
        &b,
        &["office", "import-crl", &p(&admin, "office.crl")],
    ));
    let revoked = run(&b, &["verify", &notice]);
    let said = String::from_utf8_lossy(&revoked.stdout);
    assert_eq!(revoked.status.code(), Some(6), "{said}");
    assert!(said.contains("已于 2026-12-01 被吊销"), "{said}");

    // A request naming another office is refused by the administrator.
    ok(&run(
        &c,
        &[
            "office",
            "request",
            "--officer",
            "李华",
            "--office",
            "瑞安市某街道",
            "--out",
            &p(&admin, "lh.csr"),
        ],
    ));
    let wrong = run(
        &admin,
        &[
            "office",
            "issue",
            &p(&admin, "lh.csr"),
            "--ca",
            &p(&admin, "ca.json"),
            "--out",
            &p(&admin, "lh.pem"),
        ],
    );
    assert!(!wrong.status.success());
    assert!(!admin.join("lh.pem").exists());
}
