//! Issue 17: signing with a USB key through PKCS#11, with SoftHSM2 as the token (installed by
//! `packaging/setup-debian.sh`). The key is made on the token and never leaves it: the officer's
//! certificate request is signed by the token, the office issues the certificate, it is written to
//! the token, and the notice signed by the token passes `pdfsig` and `verify` (trusted where the
//! office is trusted); one changed byte fails both; a wrong PIN is refused.
#![allow(clippy::unwrap_used)]

use std::path::Path;
use std::process::{Command, Output};

const MODULE: &str = "/usr/lib/softhsm/libsofthsm2.so";

fn tool(conf: &Path, program: &str, args: &[&str]) -> String {
    let o = Command::new(program)
        .args(args)
        .env("SOFTHSM2_CONF", conf)
        .output()
        .unwrap_or_else(|e| panic!("{program} (packaging/setup-debian.sh installs it): {e}"));
    let text =
        String::from_utf8_lossy(&o.stdout).into_owned() + &String::from_utf8_lossy(&o.stderr);
    assert!(o.status.success(), "{program} {args:?}: {text}");
    text
}

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

fn ok(o: &Output) -> String {
    let text =
        String::from_utf8_lossy(&o.stdout).into_owned() + &String::from_utf8_lossy(&o.stderr);
    assert!(o.status.success(), "{text}");
    text
}

#[test]
fn a_notice_signed_by_a_key_that_never_leaves_the_token_passes_pdfsig_and_verify() {
    let root = tempfile::tempdir().unwrap();
    let dir = root.path();
    let conf = dir.join("softhsm2.conf");
    std::fs::create_dir_all(dir.join("tokens")).unwrap();
    std::fs::write(
        &conf,
        format!(
            "directories.tokendir = {}\nobjectstore.backend = file\nlog.level = ERROR\n",
            dir.join("tokens").display()
        ),
    )
    .unwrap();
    let p = |f: &str| dir.join(f).to_str().unwrap().to_owned();
    tool(
        &conf,
        "softhsm2-util",
        &[
            "--init-token",
            "--free",
            "--label",
            "ukey-zm",
            "--so-pin",
            "5678",
            "--pin",
            "1234",
        ],
    );
    let pkcs11 = |extra: &[&str]| {
        let mut args = vec![
            "--module",
            MODULE,
            "--login",
            "--pin",
            "1234",
            "--token-label",
            "ukey-zm",
        ];
        args.extend_from_slice(extra);
        tool(&conf, "pkcs11-tool", &args)
    };
    pkcs11(&[
        "--keypairgen",
        "--key-type",
        "rsa:2048",
        "--label",
        "zhangmin",
        "--id",
        "01",
    ]);
    let (laptop, other) = (dir.join("laptop"), dir.join("other"));
    let token = [
        "--pkcs11-module",
        MODULE,
        "--token",
        "ukey-zm",
        "--token-key",
        "zhangmin",
    ];
    ok(&app(
        &conf,
        dir,
        "1234",
        &[
            "office",
            "create-ca",
            "--office",
            "五马街道",
            "--out",
            &p("ca.json"),
        ],
    ));
    ok(&app(
        &conf,
        &laptop,
        "1234",
        &[
            &[
                "office",
                "request",
                "--officer",
                "张敏",
                "--office",
                "五马街道",
                "--out",
                &p("zm.csr"),
            ][..],
            &token,
        ]
        .concat(),
    ));
    ok(&app(
        &conf,
        dir,
        "1234",
        &[
            "office",
            "issue",
            &p("zm.csr"),
            "--ca",
            &p("ca.json"),
            "--out",
            &p("zm.pem"),
        ],
    ));
    tool(
        &conf,
        "openssl",
        &[
            "x509",
            "-in",
            &p("zm.pem"),
            "-outform",
            "der",
            "-out",
            &p("zm.der"),
        ],
    );
    pkcs11(&[
        "--write-object",
        &p("zm.der"),
        "--type",
        "cert",
        "--label",
        "zhangmin",
        "--id",
        "01",
    ]);

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
