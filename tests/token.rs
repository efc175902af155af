//! Issue 17: signing with a USB key through PKCS#11, with SoftHSM2 as the token (installed by
//! `packaging/setup-debian.sh`). The key is made on the token and never leaves it: the officer's
//! certificate request is signed by the token, the office issues the certificate, it is written to
//! the token, and the notice signed by the token passes `pdfsig` and `verify` (trusted where the
//! office is trusted); one changed byte fails both; a wrong PIN is refused.
#![allow(clippy::unwrap_used)]

use std::path::Path;
use std::process::{Command, Output};

mod common;

use common::{SOFTHSM as MODULE, hsm_tool as tool, office_token, succeeded as ok};

fn app(conf: &Path, data: &Path, pin: &str, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_wenzhou-assess"))
        .args(args)
        .env("SOFTHSM2_CONF", conf)
        .env("WENZHOU_ASSESS_DATA_DIR", data)
        .env("WENZHOU_ASSESS_CA_PASSPHRASE", "管理员的密码")
        .env("WENZHOU_ASSESS_PIN", pin)
        .output()
        .unwrap()
}

#[test]
fn a_notice_signed_by_a_key_that_never_leaves_the_token_passes_pdfsig_and_verify() {
    let root = tempfile::tempdir().unwrap();
    let dir = root.path();
    let conf = office_token(dir);
    let p = |f: &str| dir.join(f).to_str().unwrap().to_owned();
    let (laptop, other) = (dir.join("laptop"), dir.join("other"));
    let token = [
        "--pkcs11-module",
        MODULE,
        "--token",
        "ukey-zm",
        "--token-key",
        "zhangmin",
    ];
    let example = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/assets/examples/tekun-elder-ruian.json"
    );
    let sign = |pin: &str, out: &str| {
        app(
            &conf,
            &laptop,
            pin,
            &[
                &[
                    "assess",
                    example,
                    "--pack",
                    "training",
                    "--date",
                    "2025-06-01",
                    "--pdf",
                    out,
                    "--sign",
                    "--token-ca",
                    &p("ca.pem"),
                ][..],
                &token,
            ]
            .concat(),
        )
    };
    let said = ok(&sign("1234", &p("notice.pdf")));
    assert!(said.contains("已由 张敏 电子签名"), "{said}");
    // No key store was made on the laptop: the key is on the token only.
    assert!(!laptop.join("signing-key.json").exists());
    let pdfsig = tool(&conf, "pdfsig", &[&p("notice.pdf")]);
    assert!(
        pdfsig.contains("Signature is Valid.") && pdfsig.contains("ETSI.CAdES.detached"),
        "{pdfsig}"
    );
    ok(&app(
        &conf,
        &other,
        "",
        &["office", "trust", &p("ca.pem"), "--yes"],
    ));
    let verified = ok(&app(&conf, &other, "", &["verify", &p("notice.pdf")]));
    assert!(
        verified.contains("签名有效") && verified.contains("本机信任该单位"),
        "{verified}"
    );

    // One byte changed in the signed range fails both.
    let mut bytes = std::fs::read(dir.join("notice.pdf")).unwrap();
    let at = bytes.len() / 3;
    bytes[at] ^= 0x01;
    std::fs::write(dir.join("changed.pdf"), &bytes).unwrap();
    let pdfsig = tool(&conf, "pdfsig", &[&p("changed.pdf")]);
    assert!(!pdfsig.contains("Signature is Valid."), "{pdfsig}");
    assert_eq!(
        app(&conf, &other, "", &["verify", &p("changed.pdf")])
            .status
            .code(),
        Some(6)
    );

    // A wrong PIN: the token refuses, nothing is written.
    let refused = sign("0000", &p("wrong-pin.pdf"));
    assert_eq!(refused.status.code(), Some(7));
    assert!(!dir.join("wrong-pin.pdf").exists());
}
