//! The printed report checked with poppler's tools as a reader of the file would: the key figures
//! and clauses are in the text in Chinese and English, the font is embedded and subset, `pdfsig`
//! says the signature is valid, and one changed byte fails both `pdfsig` and `verify`.
//!
//! Needs poppler-utils (`.ci/run` installs it); without it the checks that call the tools say so
//! and stop.
#![allow(clippy::unwrap_used)]

use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::OnceLock;

use wenzhou_assess::engine::{TraceMode, assess};
use wenzhou_assess::explain::view;
use wenzhou_assess::household::parse_household;
use wenzhou_assess::policy::ParamSet;
use wenzhou_assess::report::{
    KeyStore, ReportError, ReportLang, ReportMeta, Rerun, SignatureFormat, Signer, SoftwareSigner,
    build_report, verify_pdf,
};

fn tool(name: &str) -> bool {
    let found = Command::new(name).arg("-v").output().is_ok();
    if !found {
        eprintln!("{name} not installed: install poppler-utils to run this check");
    }
    found
}

/// One key store for all tests (RSA key generation takes a moment).
fn store() -> &'static KeyStore {
    static STORE: OnceLock<KeyStore> = OnceLock::new();
    STORE.get_or_init(|| {
        KeyStore::create("张敏", "鹿城区五马街道", "correct horse")
            .unwrap()
            .0
    })
}

fn signer() -> SoftwareSigner {
    store().unlock("correct horse").unwrap()
}

fn report(example: &str, lang: ReportLang, signed: bool) -> Vec<u8> {
    let text = std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("assets/examples")
            .join(example),
    )
    .unwrap();
    let h = parse_household(&text).unwrap();
    let set = ParamSet::training().unwrap();
    let d = assess(&h, "2025-06-01".parse().unwrap(), &set, TraceMode::On).unwrap();
    let v = view(&d, &h, &set);
    let meta = ReportMeta {
        office: "鹿城区五马街道".into(),
        officer: "张敏".into(),
        lang,
        signed_at: signed.then(|| "2025-06-01 09:30:00 +08:00".into()),
        appendix: None,
        lapsed_since: Vec::new(),
    };
    let s = signer();
    build_report(
        &v,
        &meta,
        signed.then_some(&s as &dyn Signer),
        "20250601093000",
    )
    .unwrap()
}

fn write(bytes: &[u8], name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("wa-pdf-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join(name);
    std::fs::write(&path, bytes).unwrap();
    path
}

fn run(tool: &str, args: &[&str]) -> String {
    let out = Command::new(tool).args(args).output().unwrap();
    String::from_utf8_lossy(&out.stdout).into_owned() + &String::from_utf8_lossy(&out.stderr)
}

#[test]
fn the_report_text_has_the_figures_and_clauses_in_both_languages() {
    if !tool("pdftotext") {
        return;
    }
    let path = write(
        &report("dibao-lucheng-renting.json", ReportLang::Bilingual, false),
        "bilingual.pdf",
    );
    let text = run("pdftotext", &["-layout", path.to_str().unwrap(), "-"]);
    // 低保金 (1100 − 400) × 3 = 2100 元/月 (6号 第1条); rent subsidy 1350 (第11条); medical aid 5600 (第14条).
    for needle in [
        "温州市困难群众帮扶政策评估结果告知书",
        "低保金",
        "2100 元/月",
        "Dibao (minimum living) allowance",
        "2100 yuan per month",
        "1350",
        "5600",
        "温政发〔2022〕6号 第1条",
        "温政发〔2022〕6号 第11条",
        "示例参数（非官方）",
        "Example values, not official",
        "陈建国",
    ] {
        assert!(text.contains(needle), "missing {needle:?} in\n{text}");
    }
    let en = write(
        &report("tekun-elder-ruian.json", ReportLang::En, false),
        "en.pdf",
    );
    let text = run("pdftotext", &["-layout", en.to_str().unwrap(), "-"]);
    // 特困 care fee, dispersed, moderately dependent: 0.5 × 0.4 × 2280 = 456 (第3条).
    assert!(text.contains("456 yuan per month"), "{text}");
    // The verbatim clauses stay in Chinese; the reasons are English.
    assert!(
        !text.contains("符合条件。"),
        "English report has Chinese reasons"
    );
}

#[test]
fn the_font_is_embedded_and_subset() {
    if !tool("pdffonts") {
        return;
    }
    let path = write(
        &report("first-job-dibao-longwan.json", ReportLang::Zh, false),
        "fonts.pdf",
    );
    let out = run("pdffonts", &[path.to_str().unwrap()]);
    let line = out
        .lines()
        .find(|l| l.contains("NotoSansSC"))
        .unwrap_or_else(|| panic!("{out}"));
    let cols: Vec<&str> = line.split_whitespace().collect();
    // name, type…, encoding, emb, sub, uni, object, id
    let n = cols.len();
    assert_eq!(
        (cols[n - 5], cols[n - 4], cols[n - 3]),
        ("yes", "yes", "yes"),
        "{line}"
    );
    assert!(cols[0].contains('+'), "subset fonts carry a tag: {line}");
    // The whole report is far smaller than the 7.7 MB font.
    assert!(std::fs::metadata(&path).unwrap().len() < 400_000);
}

#[test]
fn pdfsig_and_verify_accept_the_signed_report_and_reject_one_changed_byte() {
    let signed = report("dibao-lucheng-renting.json", ReportLang::Bilingual, true);
    let v = verify_pdf(&signed).unwrap();
    assert!(v.signature_valid && v.covers_whole_file, "{v:?}");
    assert!(v.signer.contains("张敏"), "{}", v.signer);
    assert_eq!(v.format, SignatureFormat::PadesBaselineB);
    assert_eq!(v.rerun, Rerun::Matches);
    assert!(
        v.signed_at.starts_with("D:20250601093000"),
        "{}",
        v.signed_at
    );

    // One byte inside the page content (before the signature) changed.
    let mut tampered = signed.clone();
    let at = tampered.len() / 3;
    tampered[at] ^= 0x01;
    let t = verify_pdf(&tampered).unwrap();
    assert!(
        !t.signature_valid,
        "a changed byte must break the signature"
    );

    if !tool("pdfsig") {
        return;
    }
    let good = write(&signed, "signed.pdf");
    let out = run("pdfsig", &[good.to_str().unwrap()]);
    // pdfsig exits 0 even for invalid signatures: read its text.
    assert!(out.contains("Signature is Valid."), "{out}");
    // PAdES baseline B-B (issue 17).
    assert!(out.contains("Signature Type: ETSI.CAdES.detached"), "{out}");
    assert!(out.contains("Total document signed"), "{out}");
    let bad = write(&tampered, "tampered.pdf");
    let out = run("pdfsig", &[bad.to_str().unwrap()]);
    assert!(!out.contains("Signature is Valid."), "{out}");
}

#[test]
fn a_wrong_passphrase_is_refused() {
    assert!(matches!(
        store().unlock("wrong horse"),
        Err(ReportError::WrongPassphrase)
    ));
}

#[test]
fn the_verify_command_exits_0_for_a_good_report_and_6_for_a_tampered_one() {
    let signed = report("tekun-elder-ruian.json", ReportLang::Zh, true);
    let good = write(&signed, "cli-good.pdf");
    let exe = env!("CARGO_BIN_EXE_wenzhou-assess");
    let out = Command::new(exe)
        .args(["verify", good.to_str().unwrap()])
        .output()
        .unwrap();
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stdout)
    );
    let mut tampered = signed;
    let at = tampered.len() / 4;
    tampered[at] ^= 0x20;
    let bad = write(&tampered, "cli-bad.pdf");
    let out = Command::new(exe)
        .args(["verify", bad.to_str().unwrap()])
        .output()
        .unwrap();
    assert_eq!(
        out.status.code(),
        Some(6),
        "{}",
        String::from_utf8_lossy(&out.stdout)
    );
    // One verdict, stated once (issue 17): a broken signature is not also "unchanged since signing".
    let said = String::from_utf8_lossy(&out.stdout);
    assert!(said.contains("签名无效"), "{said}");
    assert!(
        !said.contains("未被改动") && !said.contains("签名有效"),
        "{said}"
    );
    let good_said = Command::new(exe)
        .args(["verify", good.to_str().unwrap()])
        .output()
        .unwrap();
    let good_said = String::from_utf8_lossy(&good_said.stdout);
    let lines: Vec<&str> = good_said.lines().collect();
    assert_eq!(
        lines[0], "签名有效，签名覆盖整个文件，签名后未被改动。",
        "{good_said}"
    );
    assert!(lines[1].starts_with("签名格式：PAdES"), "{good_said}");
    assert!(lines[2].starts_with("签名人："), "{good_said}");
}

#[test]
fn a_key_imported_from_an_office_pkcs12_signs_a_report_that_verifies() {
    // The office's key and certificate, made with openssl as a CA would hand them out.
    let dir = std::env::temp_dir().join(format!("wa-p12-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let (key, cert, p12) = (dir.join("k.pem"), dir.join("c.pem"), dir.join("o.p12"));
    let made = Command::new("openssl")
        .args([
            "req",
            "-x509",
            "-newkey",
            "rsa:2048",
            "-nodes",
            "-days",
            "30",
            "-subj",
            "/CN=Officer Wang/O=Lucheng",
        ])
        .args([
            "-keyout",
            key.to_str().unwrap(),
            "-out",
            cert.to_str().unwrap(),
        ])
        .output();
    if !made.is_ok_and(|o| o.status.success()) {
        eprintln!("openssl not available: PKCS#12 import not checked here");
        return;
    }
    let exported = Command::new("openssl")
        .args([
            "pkcs12",
            "-export",
            "-inkey",
            key.to_str().unwrap(),
            "-in",
            cert.to_str().unwrap(),
        ])
        .args(["-out", p12.to_str().unwrap(), "-passout", "pass:office"])
        .output()
        .unwrap();
    assert!(
        exported.status.success(),
        "{}",
        String::from_utf8_lossy(&exported.stderr)
    );
    let bytes = std::fs::read(&p12).unwrap();
    assert!(KeyStore::import_pkcs12(&bytes, "wrong", "王", "鹿城", "new pass").is_err());
    let (store, _) = KeyStore::import_pkcs12(&bytes, "office", "王", "鹿城", "new pass").unwrap();
    let signer = store.unlock("new pass").unwrap();
    let h = parse_household(include_str!("../assets/examples/tekun-elder-ruian.json")).unwrap();
    let set = ParamSet::training().unwrap();
    let d = assess(&h, "2025-06-01".parse().unwrap(), &set, TraceMode::On).unwrap();
    let meta = ReportMeta {
        office: "鹿城".into(),
        officer: "王".into(),
        lang: ReportLang::Zh,
        signed_at: None,
        appendix: None,
        lapsed_since: Vec::new(),
    };
    let pdf = build_report(
        &view(&d, &h, &set),
        &meta,
        Some(&signer as &dyn Signer),
        "20250601093000",
    )
    .unwrap();
    let v = verify_pdf(&pdf).unwrap();
    assert!(v.signature_valid && v.covers_whole_file, "{v:?}");
    assert!(v.signer.contains("Officer Wang"), "{}", v.signer);
}

#[test]
fn a_training_handout_prints_the_comparison_as_an_appendix() {
    if !tool("pdftotext") {
        return;
    }
    let dir = std::env::temp_dir().join(format!("wa-pdf-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let scenario = dir.join("s1200.toml");
    std::fs::write(
        &scenario,
        "[pack]\nid = \"s1200\"\nname_zh = \"低保标准提高到1200元\"\nname_en = \"S = 1200\"\n\
         official = false\nextends = \"training\"\n\n[[param]]\nkey = \"dibao_standard_monthly\"\n\
         value = \"1200\"\narea = \"all\"\nvalid_from = 2024-01-01\nvalid_to = 2025-12-31\n\
         official = false\ncitation = \"培训情景（非官方）\"\n",
    )
    .unwrap();
    let pdf = dir.join("handout.pdf");
    let example = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/assets/examples/dibao-lucheng-renting.json"
    );
    let out = Command::new(env!("CARGO_BIN_EXE_wenzhou-assess"))
        .args([
            "assess",
            example,
            "--pack",
            "training",
            "--date",
            "2025-06-01",
        ])
        .args(["--report-lang", "zh", "--compare"])
        .arg(&scenario)
        .arg("--pdf")
        .arg(&pdf)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let text = run("pdftotext", &[pdf.to_str().unwrap(), "-"]);
    // The example household of 3 has a per-capita counted income of 400: 低保金 3 × (1100 − 400) =
    // 2100 under the training pack and 3 × (1200 − 400) = 2400 with S = 1200 (6号 第1条).
    assert!(text.contains("培训附录"), "{text}");
    assert!(text.contains("低保标准提高到1200元"));
    assert!(
        text.contains("2100 元/月") && text.contains("2400 元/月"),
        "{text}"
    );
    assert!(text.contains("dibao_standard_monthly: 1100 → 1200"));
}

/// The text of each page of a PDF (pdftotext splits pages with a form feed).
fn pages(path: &Path) -> Vec<String> {
    run("pdftotext", &["-layout", path.to_str().unwrap(), "-"])
        .split('\u{c}')
        .map(str::to_owned)
        .collect()
}

/// Issue 15: for every shipped example, the notice proper (up to the signatures) is at most two A4
/// pages, in Chinese and bilingual; no rule outside the household's target groups is named before
/// the annex; the annex follows the signatures on a new page.
#[test]
fn the_notice_proper_is_at_most_two_pages_and_names_only_rules_that_apply() {
    if !tool("pdftotext") {
        return;
    }
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("assets/examples");
    let set = ParamSet::training().unwrap();
    let mut checked = 0;
    for entry in std::fs::read_dir(&dir).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_none_or(|x| x != "json") {
            continue;
        }
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        let h = parse_household(&std::fs::read_to_string(&path).unwrap()).unwrap();
        let d = assess(&h, "2025-06-01".parse().unwrap(), &set, TraceMode::On).unwrap();
        let v = view(&d, &h, &set);
        for lang in [ReportLang::Zh, ReportLang::Bilingual] {
            let file = write(&report(&name, lang, true), &format!("{name}-{lang:?}.pdf"));
            let pages = pages(&file);
            let annex = pages
                .iter()
                .position(|p| p.contains("附件：条件、条款原文与计算"))
                .unwrap_or_else(|| panic!("{name}: no annex"));
            let signatures = pages
                .iter()
                .position(|p| p.contains("申请人（家庭代表）签字"))
                .unwrap();
            eprintln!(
                "{name} {lang:?}: notice {} page(s), {} in all",
                annex,
                pages.len()
            );
            assert!(
                signatures < annex && annex <= 2,
                "{name} {lang:?}: the notice proper takes {annex} pages (signatures on page {})",
                signatures + 1
            );
            let proper = pages[..annex].join("\n");
            // A benefit is named as a row (its name first on the line) or in the list of items to
            // check (「name（6号 第1条）」).
            for r in v.results.iter().filter(|r| !r.applicable) {
                let name_zh = r.name.zh.as_str();
                let named = proper.lines().any(|l| {
                    l.trim_start().starts_with(&format!("{name_zh} "))
                        || l.contains(&format!("{name_zh}（"))
                });
                assert!(
                    !named,
                    "{name}: {} ({name_zh}) does not apply yet is in the notice",
                    r.id
                );
            }
            // And every benefit that concerns the household is named (its first characters: a
            // long name may wrap).
            let flat: String = proper.lines().map(str::trim).collect();
            for r in v.results.iter().filter(|r| r.applicable) {
                let start: String = r.name.zh.chars().take(6).collect();
                assert!(
                    flat.contains(start.as_str()),
                    "{name}: {} ({}) is missing from the notice",
                    r.id,
                    r.name.zh
                );
            }
            checked += 1;
        }
    }
    assert!(checked >= 18, "only {checked} notices checked");
}

/// The notice's creation and modification dates are the signing time, not the epoch.
#[test]
fn the_notice_is_dated_when_it_is_signed() {
    if !tool("pdfinfo") {
        return;
    }
    let path = write(
        &report("dibao-lucheng-renting.json", ReportLang::Zh, true),
        "dated.pdf",
    );
    let info = run("pdfinfo", &["-isodates", path.to_str().unwrap()]);
    for key in ["CreationDate:", "ModDate:"] {
        let line = info.lines().find(|l| l.starts_with(key)).unwrap();
        assert!(line.contains("2025-06-01T09:30:00+08"), "{line}");
    }
}

/// An unsigned notice does not claim a signature; a signed one says how to verify it.
#[test]
fn only_a_signed_notice_speaks_of_its_signature() {
    if !tool("pdftotext") {
        return;
    }
    let unsigned = write(
        &report("dibao-lucheng-renting.json", ReportLang::Zh, false),
        "unsigned.pdf",
    );
    let text = run("pdftotext", &[unsigned.to_str().unwrap(), "-"]);
    assert!(!text.contains("本告知书带有电子签名"), "{text}");
    assert!(text.contains("本告知书未经电子签名"));
    let signed = write(
        &report("dibao-lucheng-renting.json", ReportLang::Zh, true),
        "signed.pdf",
    );
    let text = run("pdftotext", &[signed.to_str().unwrap(), "-"]);
    assert!(text.contains("本告知书带有电子签名"));
}

/// The notice's first page has the summary and the next steps follow with the departments, the
/// documents to bring and the statement that this is not a decision.
#[test]
fn the_notice_has_a_summary_next_steps_and_the_arithmetic_in_the_annex() {
    if !tool("pdftotext") {
        return;
    }
    let path = write(
        &report("dibao-lucheng-renting.json", ReportLang::Zh, true),
        "summary.pdf",
    );
    let pages = pages(&path);
    // The granted heading counts the applicable eligible results of the same determination.
    let h = parse_household(
        &std::fs::read_to_string(
            Path::new(env!("CARGO_MANIFEST_DIR"))
                .join("assets/examples/dibao-lucheng-renting.json"),
        )
        .unwrap(),
    )
    .unwrap();
    let set = ParamSet::training().unwrap();
    let d = assess(&h, "2025-06-01".parse().unwrap(), &set, TraceMode::On).unwrap();
    let granted = d
        .results
        .iter()
        .filter(|r| r.applicable && r.outcome == wenzhou_assess::engine::Outcome::Eligible)
        .count();
    assert!(pages[0].contains("评估结果摘要"), "{}", pages[0]);
    assert!(
        pages[0].contains(&format!("可以享受的待遇（{granted}）")),
        "{}",
        pages[0]
    );
    let all = pages.join("\n");
    for needle in [
        "下一步",
        "受理部门",
        "辅助器具适配评估意见",
        "不是行政决定",
        "行政复议",
        // INC-01's arithmetic in the annex: (1100 − 400) × 3 = 2100.
        "（低保标准 1100 元－人均计入收入 400 元）× 3 人 = 2100 元/月",
        "计入家庭收入 1200 元/月 ÷ 3 人 = 人均 400 元/月",
        // Declared beside computed.
        "计算结果与申报相差 +100 元",
    ] {
        assert!(all.contains(needle), "missing {needle:?}");
    }
}

/// Issue 17: a notice signed before PAdES (`adbe.pkcs7.detached`, kept as a fixture) still verifies,
/// and says which format it carries; one changed byte in it still fails.
#[test]
fn a_notice_signed_before_pades_still_verifies() {
    let old = std::fs::read(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/notice-adbe-pkcs7.pdf"
    ))
    .unwrap();
    let v = verify_pdf(&old).unwrap();
    assert!(v.signature_valid && v.covers_whole_file, "{v:?}");
    assert_eq!(v.format, SignatureFormat::Pkcs7Detached);
    let mut tampered = old;
    let at = tampered.len() / 5;
    tampered[at] ^= 0x01;
    assert!(!verify_pdf(&tampered).unwrap().signature_valid);
}

/// Issue 17: a signing key sealed under the old Argon2id cost (a fixture made before the cost was
/// raised) unlocks and is sealed again under today's cost in place; it signs a notice that verifies.
#[test]
fn a_signing_key_under_the_old_key_cost_is_resealed_on_unlock() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("signing-key.json");
    std::fs::copy(
        concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/tests/fixtures/signing-key-argon2-19mib.json"
        ),
        &path,
    )
    .unwrap();
    let before: serde_json::Value = serde_json::from_slice(&std::fs::read(&path).unwrap()).unwrap();
    assert!(before.get("kdf").is_none());
    assert!(matches!(
        KeyStore::unlock_file(&path, "wrong"),
        Err(ReportError::WrongPassphrase)
    ));
    let signer = KeyStore::unlock_file(&path, "fixture-pass").unwrap();
    let after: serde_json::Value = serde_json::from_slice(&std::fs::read(&path).unwrap()).unwrap();
    assert_eq!(after["kdf"], "argon2id m=47104 t=2 p=1");
    assert_ne!(after["salt"], before["salt"]);
    assert_eq!(after["certificate"], before["certificate"]);
    KeyStore::unlock_file(&path, "fixture-pass").unwrap();
    let h = parse_household(include_str!("../assets/examples/tekun-elder-ruian.json")).unwrap();
    let set = ParamSet::training().unwrap();
    let d = assess(&h, "2025-06-01".parse().unwrap(), &set, TraceMode::On).unwrap();
    let meta = ReportMeta {
        office: "五马街道".into(),
        officer: "张敏".into(),
        lang: ReportLang::Zh,
        signed_at: Some("2025-06-01 09:30:00 +08:00".into()),
        appendix: None,
        lapsed_since: Vec::new(),
    };
    let pdf = build_report(
        &view(&d, &h, &set),
        &meta,
        Some(&signer as &dyn Signer),
        "20250601093000",
    )
    .unwrap();
    assert!(verify_pdf(&pdf).unwrap().signature_valid);
}
