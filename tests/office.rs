//! Issue 17: an office certificate chain, as the people concerned use it on the command line. The
//! administrator creates the office CA and issues the officer's certificate from the officer's
//! request (the officer's key never leaves laptop A); a notice signed on A verifies as *trusted* on a
//! laptop that trusts the office, *not trusted* on one that does not, and *revoked* (exit 6) once the
//! office's revocation list is imported; a list from an office the laptop does not trust is refused.
//! The same holds with SM2 keys (国密) for the office and the officer.
#![allow(clippy::unwrap_used)]

mod common;

use std::path::Path;
use std::process::{Command, Output};

use common::succeeded as ok;

fn run(data: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_wenzhou-assess"))
        .args(args)
        .env("WENZHOU_ASSESS_DATA_DIR", data)
        .env("WENZHOU_ASSESS_CA_PASSPHRASE", "管理员的密码")
        .env("WENZHOU_ASSESS_PASSPHRASE", "经办人的密码")
        .output()
        .unwrap()
}

#[test]
fn a_notice_signed_with_an_office_certificate_is_trusted_untrusted_or_revoked_by_laptop() {
    chain_of_trust("rsa");
}

/// The same chain with SM2 keys and SM3 hashes (国密). Beyond this program, OpenSSL (3.0, given
/// the standard distinguishing identifier of GM/T 0009, which it does not assume before 4.0) checks
/// the officer's request, the office's signature on the certificate, and the notice's CMS signature
/// over its signed attributes, whose message digest is the SM3 of the signed bytes.
#[test]
fn an_sm2_notice_signed_with_an_sm2_office_certificate_is_trusted_untrusted_or_revoked_by_laptop() {
    let root = chain_of_trust("sm2");
    let at = |f: &str| root.path().join(f).to_str().unwrap().to_owned();
    let openssl = |args: &[&str]| {
        let out = Command::new("openssl").args(args).output().unwrap();
        let text = String::from_utf8_lossy(&out.stdout).into_owned()
            + &String::from_utf8_lossy(&out.stderr);
        (out.status.success(), text)
    };
    let distid = "distid:1234567812345678";
    let (ok_req, said) = openssl(&[
        "req",
        "-in",
        &at("admin/zm.csr"),
        "-verify",
        "-noout",
        "-vfyopt",
        distid,
    ]);
    assert!(ok_req, "{said}");
    let (ok_cert, said) = openssl(&[
        "verify",
        "-vfyopt",
        distid,
        "-CAfile",
        &at("admin/ca.pem"),
        &at("admin/zm.pem"),
    ]);
    assert!(ok_cert, "{said}");
    let (_, text) = openssl(&["x509", "-in", &at("admin/zm.pem"), "-noout", "-text"]);
    assert!(
        text.contains("Signature Algorithm: SM2-with-SM3") && text.contains("ASN1 OID: SM2"),
        "{text}"
    );

    // The notice's signature, taken apart as a third party would.
    let pdf = std::fs::read(root.path().join("notice.pdf")).unwrap();
    let text = String::from_utf8_lossy(&pdf);
    let range = text.split("/ByteRange").nth(1).unwrap();
    let range: Vec<usize> = range[range.find('[').unwrap() + 1..range.find(']').unwrap()]
        .split_whitespace()
        .map(|n| n.parse().unwrap())
        .collect();
    let (b, c, d) = (range[1], range[2], range[3]);
    let signed: Vec<u8> = [&pdf[..b], &pdf[c..c + d]].concat();
    let hex_sig = std::str::from_utf8(&pdf[b + 1..c - 1]).unwrap();
    let hex_sig = hex_sig.trim_end_matches('0');
    let cms_der = hex::decode(if hex_sig.len() % 2 == 1 {
        format!("{hex_sig}0")
    } else {
        hex_sig.to_owned()
    })
    .unwrap();
    use der::{Decode, Encode};
    let mut reader = der::SliceReader::new(&cms_der).unwrap();
    let ci = cms::content_info::ContentInfo::decode(&mut reader).unwrap();
    let sd: cms::signed_data::SignedData = ci.content.decode_as().unwrap();
    let si = sd.signer_infos.0.iter().next().unwrap();
    let attrs = si.signed_attrs.as_ref().unwrap();
    let write = |f: &str, bytes: &[u8]| std::fs::write(root.path().join(f), bytes).unwrap();
    write("attrs.der", &attrs.to_der().unwrap());
    write("signature.der", si.signature.as_bytes());
    write("signed.bin", &signed);
    let (_, pubkey) = openssl(&["x509", "-in", &at("admin/zm.pem"), "-pubkey", "-noout"]);
    write("zm.pub", pubkey.as_bytes());
    let (ok_sig, said) = openssl(&[
        "dgst",
        "-sm3",
        "-verify",
        &at("zm.pub"),
        "-sigopt",
        distid,
        "-signature",
        &at("signature.der"),
        &at("attrs.der"),
    ]);
    assert!(ok_sig && said.contains("Verified OK"), "{said}");
    let (_, sm3) = openssl(&["dgst", "-sm3", "-r", &at("signed.bin")]);
    let sm3 = sm3.split_whitespace().next().unwrap().to_owned();
    let digest = attrs
        .iter()
        .find(|a| a.oid == const_oid::db::rfc5911::ID_MESSAGE_DIGEST)
        .and_then(|a| a.values.iter().next())
        .map(|v| {
            v.decode_as::<der::asn1::OctetString>()
                .unwrap()
                .as_bytes()
                .to_vec()
        })
        .unwrap();
    assert_eq!(hex::encode(&digest), sm3);
    // And a byte changed in the signed range breaks the program's verdict (on laptop C, where the
    // untouched notice verifies: B has the revocation list).
    let mut tampered = pdf.clone();
    tampered[b / 2] ^= 1;
    std::fs::write(root.path().join("tampered.pdf"), &tampered).unwrap();
    let c = root.path().join("c");
    ok(&run(&c, &["verify", &at("notice.pdf")]));
    let refused = run(&c, &["verify", &at("tampered.pdf")]);
    assert_eq!(refused.status.code(), Some(6));
    assert!(String::from_utf8_lossy(&refused.stdout).contains("签名无效"));
}

/// The office chain with keys of `algorithm` (`rsa` or `sm2`); returns the folder it worked in.
fn chain_of_trust(algorithm: &str) -> tempfile::TempDir {
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
            "--algorithm",
            algorithm,
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
            "--algorithm",
            algorithm,
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
    root
}
