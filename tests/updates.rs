//! Current law on an offline laptop (issue 13): documents that lapse or continue, signed policy
//! updates, the office's own standards, and assessments that re-run under the law they used.
//!
//! Expected amounts are worked by hand from the clauses: the example 低保 household (3 members,
//! counted income 400 元 per person and month, 鹿城) under 6号 第1条 「按低保标准与家庭人均收入的差额
//! 按月发放」 gets (S − 400) × 3.
#![allow(clippy::unwrap_used)]

mod common;

use std::path::Path;
use std::process::{Command, Output};

use common::date;
use rust_decimal::Decimal;
use wenzhou_assess::cases::CaseStore;
use wenzhou_assess::engine::{Notice, Outcome, TraceMode, assess};
use wenzhou_assess::explain::view;
use wenzhou_assess::household::{Area, Household};
use wenzhou_assess::policy::pack::Pack;
use wenzhou_assess::policy::{Doc, ParamSet};
use wenzhou_assess::report::{KeyStore, SoftwareSigner};
use wenzhou_assess::updates::{self, Change, Mode, UpdateError, UpdateStore};

const TODAY: &str = "2026-12-03";
const CONTINUATION: &str = "温政发〔2025〕测试号 关于延续执行温政发〔2022〕6号的通知（测试）";
const STANDARD: &str = "鹿民发〔2026〕测试号 关于调整低保标准的通知（测试）";

/// The shipped 低保 family renting in 鹿城.
fn example() -> Household {
    common::example("dibao-lucheng-renting")
}

/// A publisher with its own key (the office's CA and the officer's certificate).
fn publisher(office: &str) -> SoftwareSigner {
    KeyStore::create("张敏", office, "pass").unwrap().1
}

/// An update: 6号 continued to 2026-12-31 and 鹿城's 低保标准 `s` from 2026-07-01.
fn continuation(id: &str, issued: &str, s: &str) -> String {
    format!(
        r#"[update]
publisher = "鹿城区民政局"
issued = {issued}
notices = ["{CONTINUATION}", "{STANDARD}"]

[pack]
id = "{id}"
name_zh = "鹿城区政策更新"
name_en = "Lucheng policy update"
official = true
extends = "official"

[[document]]
number = "温政发〔2022〕6号"
valid_to = 2026-12-31
official = true
citation = "{CONTINUATION}"

[[param]]
key = "dibao_standard_monthly"
value = "{s}"
area = "lucheng"
valid_from = 2026-07-01
valid_to = 2027-06-30
official = true
citation = "{STANDARD}"
"#
    )
}

/// An update that sets only 鹿城's 低保标准 for 2026.
fn standard_only(id: &str, issued: &str, s: &str) -> String {
    format!(
        r#"[update]
publisher = "鹿城区民政局"
issued = {issued}
notices = ["{STANDARD}"]

[pack]
id = "{id}"
name_zh = "低保标准"
name_en = "Dibao standard"
official = true
extends = "official"

[[param]]
key = "dibao_standard_monthly"
value = "{s}"
area = "lucheng"
valid_from = 2026-01-01
valid_to = 2026-12-31
official = true
citation = "{STANDARD}"
"#
    )
}

fn inc01(set: &ParamSet, on: &str) -> Option<(Outcome, Option<Decimal>)> {
    let d = assess(&example(), date(on), set, TraceMode::On).unwrap();
    d.result("INC-01")
        .map(|r| (r.outcome, r.amount.map(|a| a.value)))
}

fn installed_files(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir.join("updates"))
        .into_iter()
        .flatten()
        .flatten()
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

#[test]
fn without_an_update_the_lapsed_documents_are_not_continued() {
    let dir = tempfile::tempdir().unwrap();
    let office = UpdateStore::new(dir.path())
        .office_set(Mode::Office)
        .unwrap();
    // 6号 附则: 「有效期至2025年12月31日」; nothing continues it on this laptop.
    assert_eq!(inc01(&office.set, TODAY), None);
    let d = assess(&example(), date(TODAY), &office.set, TraceMode::On).unwrap();
    assert!(d.notices.iter().any(|n| matches!(
        n,
        Notice::PolicyExpired { doc: Doc::WenZhengFa2022No6, last_day } if *last_day == date("2025-12-31")
    )));
    assert!(
        !d.notices
            .iter()
            .any(|n| matches!(n, Notice::DocumentContinued { .. }))
    );
    // On its last day in force it still decides.
    assert_eq!(
        inc01(&office.set, "2025-12-31").map(|(o, _)| o),
        Some(Outcome::Undetermined),
        "the official pack has no 低保标准 for 鹿城: undetermined, not a guess"
    );
}

#[test]
fn a_signed_continuation_makes_6_evaluate_today_with_the_notice_cited() {
    let dir = tempfile::tempdir().unwrap();
    let store = UpdateStore::new(dir.path());
    let signer = publisher("鹿城区民政局");
    let cert = signer.certificates_first();
    store.trust(&cert).unwrap();
    let bytes = updates::sign(&continuation("lc-2026", "2026-06-20", "1200"), &signer).unwrap();

    // Shown before anything changes: the document's end and the value, old → new.
    let (update, changes) = store.prepare(&bytes).unwrap();
    assert!(installed_files(dir.path()).is_empty());
    assert!(changes.contains(&Change::Document {
        number: "温政发〔2022〕6号".into(),
        old_to: Some(date("2025-12-31")),
        new_to: Some(date("2026-12-31")),
        repealed: false,
        citation: CONTINUATION.into(),
    }));
    assert!(changes.iter().any(|c| matches!(
        c,
        Change::Param { key: "dibao_standard_monthly", area, old: None, new, .. }
            if area == "lucheng" && new == "1200"
    )));
    store.install(&update).unwrap();

    let office = store.office_set(Mode::Office).unwrap();
    assert_eq!(office.updates.len(), 1);
    // (1200 − 400) × 3 = 2400 元 a month.
    assert_eq!(
        inc01(&office.set, TODAY),
        Some((Outcome::Eligible, Some(Decimal::from(2400))))
    );
    let h = example();
    let d = assess(&h, date(TODAY), &office.set, TraceMode::On).unwrap();
    let v = view(&d, &h, &office.set);
    let r = v.results.iter().find(|r| r.id == "INC-01").unwrap();
    assert_eq!(r.continued_by.as_deref(), Some(CONTINUATION));
    assert!(v.notices.iter().any(|n| n.text.zh.contains(CONTINUATION)));
    let json = serde_json::to_value(&v).unwrap();
    assert_eq!(json["results"][0]["continued_by"], CONTINUATION);
    // The determination records the update it used, with its text.
    let sources = json["parameter_set"]["sources"].as_array().unwrap();
    assert_eq!(sources[1]["kind"], "update");
    assert!(sources[1]["text"].as_str().unwrap().contains(CONTINUATION));
    // A value fixed by 6号 for its own life is carried by the continuation: 第1条 「首次就业…1年内不计家庭收入」.
    let r = office.set.resolve(date(TODAY), Some(Area::Lucheng));
    assert_eq!(
        r.get(wenzhou_assess::policy::ParamKey::FirstJobDisregardMonths)
            .map(|v| v.to_string()),
        Some("12".into())
    );
    // After the continued end, 6号 lapses again.
    assert_eq!(inc01(&office.set, "2027-01-01"), None);
}

trait FirstCert {
    fn certificates_first(&self) -> x509_cert::Certificate;
}

impl FirstCert for SoftwareSigner {
    fn certificates_first(&self) -> x509_cert::Certificate {
        use wenzhou_assess::report::Signer as _;
        self.certificates()[0].clone()
    }
}

#[test]
fn tampered_untrusted_and_malformed_updates_are_refused_and_nothing_changes() {
    let dir = tempfile::tempdir().unwrap();
    let store = UpdateStore::new(dir.path());
    let trusted = publisher("鹿城区民政局");
    store.trust(&trusted.certificates_first()).unwrap();
    let good = updates::sign(&continuation("lc-2026", "2026-06-20", "1200"), &trusted).unwrap();
    store.install(&store.prepare(&good).unwrap().0).unwrap();
    let before = installed_files(dir.path());
    let hash_before = store
        .office_set(Mode::Office)
        .unwrap()
        .set
        .hash()
        .to_owned();

    // One byte of the signed content changed: 1300 for 1200 in a second update.
    let other = updates::sign(&standard_only("lc-s", "2026-08-01", "1200"), &trusted).unwrap();
    let text = String::from_utf8(other.clone()).unwrap();
    let flipped = text.replacen("value = \\\"1200\\\"", "value = \\\"1300\\\"", 1);
    assert_ne!(flipped, text, "the test must flip a byte of the content");
    assert!(matches!(
        store.prepare(flipped.as_bytes()),
        Err(UpdateError::BadSignature(_))
    ));
    // Signed by a publisher this laptop does not trust.
    let stranger = publisher("某县民政局");
    let untrusted = updates::sign(&standard_only("x", "2026-08-01", "900"), &stranger).unwrap();
    let e = store.prepare(&untrusted).unwrap_err();
    assert!(matches!(e, UpdateError::UntrustedPublisher { .. }));
    assert!(e.is_signature());
    // Not an update file at all.
    let e = store.prepare(b"[pack]\nid = 1").unwrap_err();
    assert!(matches!(e, UpdateError::Malformed(_)));
    assert!(!e.is_signature());
    // The same update again.
    assert!(matches!(
        store.prepare(&good),
        Err(UpdateError::AlreadyInstalled(_))
    ));

    assert_eq!(installed_files(dir.path()), before);
    assert_eq!(
        store.office_set(Mode::Office).unwrap().set.hash(),
        hash_before
    );
}

#[test]
fn updates_layer_by_date_of_issue_not_by_order_of_import() {
    let dir = tempfile::tempdir().unwrap();
    let store = UpdateStore::new(dir.path());
    let signer = publisher("鹿城区民政局");
    store.trust(&signer.certificates_first()).unwrap();
    let continued = updates::sign(&continuation("c", "2026-01-10", "1100"), &signer).unwrap();
    let later = updates::sign(&standard_only("later", "2026-09-01", "1300"), &signer).unwrap();
    let earlier = updates::sign(&standard_only("earlier", "2026-06-01", "1250"), &signer).unwrap();
    for bytes in [&continued, &later, &earlier] {
        store.install(&store.prepare(bytes).unwrap().0).unwrap();
    }
    let office = store.office_set(Mode::Office).unwrap();
    let ids: Vec<&str> = office
        .updates
        .iter()
        .map(|u| u.update.pack.header.id.as_str())
        .collect();
    assert_eq!(ids, ["c", "earlier", "later"]);
    // On 2026-03-01 the later-issued standard (1300) stands over the earlier (1250) and over the
    // continuation's own value from 07-01 (not yet in effect): (1300 − 400) × 3.
    assert_eq!(
        inc01(&office.set, "2026-03-01"),
        Some((Outcome::Eligible, Some(Decimal::from(2700))))
    );
    // Two updates of one day that give one key different values: which applies is not decided by
    // the order of issue, so the second is refused.
    let same_day = updates::sign(&standard_only("rival", "2026-09-01", "1280"), &signer).unwrap();
    assert!(matches!(
        store.prepare(&same_day),
        Err(UpdateError::Conflict { .. })
    ));
}

#[test]
fn a_local_amount_below_a_6_figure_gets_the_not_lowered_warning() {
    // 6号 第6条 高龄津贴 「80周岁至89周岁的老年人每人每月50元」, and 附则 第2点 「不降低标准，就高执行」.
    let local = |value: &str| {
        format!(
            "[pack]\nid = \"local\"\nname_zh = \"本地\"\nname_en = \"Local\"\nofficial = true\n\
             extends = \"official\"\n\n[[param]]\nkey = \"longevity_allowance_80_89\"\nvalue = \"{value}\"\n\
             area = \"lucheng\"\nvalid_from = 2024-01-01\nvalid_to = 2024-12-31\nofficial = true\n\
             citation = \"鹿城区测试\"\n"
        )
    };
    let on = date("2024-06-01");
    let below = ParamSet::official()
        .unwrap()
        .with_layer(Pack::parse("local.toml", &local("40")).unwrap())
        .unwrap();
    let w = below.warnings_on(on, Area::Lucheng);
    let w = w
        .iter()
        .find(|w| w.key == "warn-below-gazette-figure")
        .expect("40 below 6号's 50 must warn");
    assert_eq!((w.actual, w.limit), (Decimal::from(40), Decimal::from(50)));
    assert_eq!(w.clause, "温政发〔2022〕6号 附则 第2点");
    let text = wenzhou_assess::explain::warning_text(wenzhou_assess::i18n::Lang::Zh, w);
    assert!(
        text.contains("不降低标准") && text.contains("高龄津贴"),
        "{text}"
    );
    // Above the figure, or elsewhere, nothing to say.
    let above = ParamSet::official()
        .unwrap()
        .with_layer(Pack::parse("local.toml", &local("60")).unwrap())
        .unwrap();
    assert!(
        !above
            .warnings_on(on, Area::Lucheng)
            .iter()
            .any(|w| w.key == "warn-below-gazette-figure")
    );
    assert!(
        !below
            .warnings_on(on, Area::Ruian)
            .iter()
            .any(|w| w.key == "warn-below-gazette-figure")
    );
}

#[test]
fn a_saved_assessment_reruns_under_its_own_law_after_a_new_update() {
    let dir = tempfile::tempdir().unwrap();
    let store = UpdateStore::new(dir.path());
    let signer = publisher("鹿城区民政局");
    store.trust(&signer.certificates_first()).unwrap();
    let first = updates::sign(&continuation("c", "2026-06-20", "1200"), &signer).unwrap();
    store.install(&store.prepare(&first).unwrap().0).unwrap();
    let set = store.office_set(Mode::Office).unwrap().set;

    let mut cases = CaseStore::open(&dir.path().join("cases.sqlite"), "pw", "张敏").unwrap();
    let h = example();
    let id = cases.create(&h).unwrap();
    let d = assess(&h, date(TODAY), &set, TraceMode::On).unwrap();
    let v = view(&d, &h, &set);
    cases.record_assessment(&id, &v, &set).unwrap();

    // A later update raises the standard; today's law gives more.
    let raise = updates::sign(&standard_only("raise", "2026-11-01", "1300"), &signer).unwrap();
    let (update, _) = store.prepare(&raise).unwrap();
    store.install(&update).unwrap();
    cases
        .record_policy_update("policy update raise issued 2026-11-01")
        .unwrap();
    let now = store.office_set(Mode::Office).unwrap().set;
    assert_ne!(now.hash(), set.hash());

    // The facts of the case change after the assessment, too.
    let mut edited = h.clone();
    edited.members.truncate(1);
    cases.save(&id, &edited).unwrap();

    let case = cases.open_case(&id).unwrap();
    let record = &case.assessments[0];
    let (again, changes) = cases.rerun_original(record).unwrap();
    assert_eq!(
        again.id, v.id,
        "same facts, same law, same determination id"
    );
    assert!(changes.is_empty(), "{changes:?}");
    assert!(cases.verify_audit().unwrap() > 0);
}

fn cli(data: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_wenzhou-assess"))
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .env("WENZHOU_ASSESS_DATA_DIR", data)
        .env("WENZHOU_ASSESS_PASSPHRASE", "laptop passphrase")
        .output()
        .unwrap()
}

/// The README's yearly update, as two offices do it: laptop A writes its local pack (its 低保标准
/// and the continuation of 6号) and exports it signed; laptop B trusts A's certificate, imports the
/// update and assesses on today's date; B's signed notice verifies on A.
#[test]
fn yearly_standards_update_from_one_laptop_to_another() {
    let (a, b, work) = (
        tempfile::tempdir().unwrap(),
        tempfile::tempdir().unwrap(),
        tempfile::tempdir().unwrap(),
    );
    let local = continuation("lucheng-2026", "2026-06-20", "1200");
    // A local pack has no [update] section; `export` adds it.
    let local = local.split_once("[pack]").unwrap().1;
    let local_path = a.path().join("local-pack.toml");
    std::fs::write(&local_path, format!("[pack]{local}")).unwrap();
    let update = work.path().join("lucheng-2026.wzu");
    let out = cli(
        a.path(),
        &[
            "updates",
            "export",
            local_path.to_str().unwrap(),
            "--out",
            update.to_str().unwrap(),
            "--office",
            "鹿城区民政局",
            "--notice",
            CONTINUATION,
            "--notice",
            STANDARD,
        ],
    );
    assert!(out.status.success(), "{out:?}");
    let pem = work.path().join("lucheng-2026.wzu.pem");
    assert!(pem.exists());

    // B: not yet trusted → refused with 6, nothing installed.
    let out = cli(
        b.path(),
        &["updates", "import", update.to_str().unwrap(), "--yes"],
    );
    assert_eq!(out.status.code(), Some(6), "{out:?}");
    assert!(installed_files(b.path()).is_empty());
    let out = cli(
        b.path(),
        &["updates", "trust", pem.to_str().unwrap(), "--yes"],
    );
    assert!(out.status.success(), "{out:?}");
    assert!(String::from_utf8_lossy(&out.stdout).contains("SHA-256"));
    let out = cli(
        b.path(),
        &["updates", "import", update.to_str().unwrap(), "--yes"],
    );
    assert!(out.status.success(), "{out:?}");
    let shown = String::from_utf8_lossy(&out.stdout);
    assert!(shown.contains("2025-12-31 → 2026-12-31"), "{shown}");
    assert!(shown.contains("— → 1200"), "{shown}");

    // One byte of the signed content changed (the 低保标准 1200 → 1300): exit 6, nothing more installed.
    let before = installed_files(b.path());
    let bytes = std::fs::read_to_string(&update).unwrap();
    let flipped = bytes.replacen("1200", "1300", 1);
    assert_ne!(flipped, bytes);
    let tampered = work.path().join("tampered.wzu");
    std::fs::write(&tampered, flipped).unwrap();
    let out = cli(
        b.path(),
        &["updates", "import", tampered.to_str().unwrap(), "--yes"],
    );
    assert_eq!(out.status.code(), Some(6), "{out:?}");
    assert!(String::from_utf8_lossy(&out.stderr).contains("签名与内容不符"));
    assert_eq!(installed_files(b.path()), before);

    // A malformed file exits with 4.
    let junk = work.path().join("junk.wzu");
    std::fs::write(&junk, "not an update").unwrap();
    let out = cli(
        b.path(),
        &["updates", "import", junk.to_str().unwrap(), "--yes"],
    );
    assert_eq!(out.status.code(), Some(4), "{out:?}");

    let example = "assets/examples/dibao-lucheng-renting.json";
    let out = cli(b.path(), &["assess", example, "--date", TODAY, "--json"]);
    assert!(out.status.success(), "{out:?}");
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let inc = v["results"]
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["id"] == "INC-01")
        .unwrap();
    assert_eq!(inc["outcome"], "eligible");
    assert_eq!(inc["amount"]["value"], "2400");
    assert_eq!(inc["continued_by"], CONTINUATION);

    let pdf = work.path().join("notice.pdf");
    let out = cli(
        b.path(),
        &[
            "assess",
            example,
            "--date",
            TODAY,
            "--pdf",
            pdf.to_str().unwrap(),
            "--sign",
            "--officer",
            "李华",
            "--office",
            "五马街道",
        ],
    );
    assert!(out.status.success(), "{out:?}");
    // On A, which has the local pack but not the update installed: the notice carries its law.
    let out = cli(a.path(), &["verify", pdf.to_str().unwrap()]);
    assert!(out.status.success(), "{out:?}");
    let said = String::from_utf8_lossy(&out.stdout);
    assert!(said.contains("一致"), "{said}");
    // And by poppler, where it is installed (the set-up script installs it).
    if let Ok(out) = Command::new("pdfsig").arg(&pdf).output() {
        let said = String::from_utf8_lossy(&out.stdout);
        assert!(said.contains("Signature is Valid"), "{said}");
    }
}

/// A notice made with a trainer's scenario (a layer no laptop has) verifies anywhere: the scenario's
/// text travels in the notice.
#[test]
fn a_notice_made_with_a_scenario_verifies_on_another_laptop() {
    let (a, work) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    let scenario = work.path().join("s1200.toml");
    std::fs::write(
        &scenario,
        "[pack]\nid = \"s1200\"\nname_zh = \"低保标准1200\"\nname_en = \"S 1200\"\nofficial = false\n\
         extends = \"training\"\n\n[[param]]\nkey = \"dibao_standard_monthly\"\nvalue = \"1200\"\n\
         area = \"lucheng\"\nvalid_from = 2025-01-01\nvalid_to = 2025-12-31\nofficial = false\n\
         citation = \"培训情景\"\n",
    )
    .unwrap();
    let pdf = work.path().join("scenario.pdf");
    let out = cli(
        a.path(),
        &[
            "assess",
            "assets/examples/dibao-lucheng-renting.json",
            "--date",
            "2025-06-01",
            "--pack",
            "training",
            "--scenario",
            scenario.to_str().unwrap(),
            "--pdf",
            pdf.to_str().unwrap(),
            "--sign",
        ],
    );
    assert!(out.status.success(), "{out:?}");
    std::fs::remove_file(&scenario).unwrap();
    let other = tempfile::tempdir().unwrap();
    let out = cli(other.path(), &["verify", pdf.to_str().unwrap()]);
    assert!(out.status.success(), "{out:?}");
}

/// Issue 17: policy updates build on the office trust of notices. An update exported by an officer
/// whose certificate the office issued is accepted on a laptop that trusts the office (the
/// officer's own certificate is not trusted one by one), and refused once the office has revoked it.
#[test]
fn an_update_signed_by_an_officer_of_a_trusted_office_is_accepted_until_revoked() {
    let [admin, a, b, c] = [(); 4].map(|()| tempfile::tempdir().unwrap());
    let run = |data: &Path, args: &[&str]| {
        let out = Command::new(env!("CARGO_BIN_EXE_wenzhou-assess"))
            .args(args)
            .env("WENZHOU_ASSESS_DATA_DIR", data)
            .env("WENZHOU_ASSESS_PASSPHRASE", "laptop passphrase")
            .env("WENZHOU_ASSESS_CA_PASSPHRASE", "管理员的密码")
            .output()
            .unwrap();
        (
            out.status.code(),
            String::from_utf8_lossy(&out.stdout).into_owned()
                + &String::from_utf8_lossy(&out.stderr),
        )
    };
    let p = |d: &Path, f: &str| d.join(f).to_str().unwrap().to_owned();
    let ok = |r: (Option<i32>, String)| assert_eq!(r.0, Some(0), "{}", r.1);
    let ad = admin.path();
    ok(run(
        ad,
        &[
            "office",
            "create-ca",
            "--office",
            "鹿城区民政局",
            "--out",
            &p(ad, "ca.json"),
        ],
    ));
    ok(run(
        a.path(),
        &[
            "office",
            "request",
            "--officer",
            "李华",
            "--office",
            "鹿城区民政局",
            "--out",
            &p(ad, "lh.csr"),
        ],
    ));
    ok(run(
        ad,
        &[
            "office",
            "issue",
            &p(ad, "lh.csr"),
            "--ca",
            &p(ad, "ca.json"),
            "--out",
            &p(ad, "lh.pem"),
        ],
    ));
    ok(run(a.path(), &["office", "install", &p(ad, "lh.pem")]));
    let local = continuation("lucheng-2026", "2026-06-20", "1200");
    let local = local.split_once("[pack]").unwrap().1;
    std::fs::write(a.path().join("local-pack.toml"), format!("[pack]{local}")).unwrap();
    let update = p(ad, "lucheng-2026.wzu");
    ok(run(
        a.path(),
        &[
            "updates",
            "export",
            &p(a.path(), "local-pack.toml"),
            "--out",
            &update,
            "--office",
            "鹿城区民政局",
            "--notice",
            CONTINUATION,
            "--notice",
            STANDARD,
        ],
    ));
    // B trusts the office, not the officer: the update is accepted.
    ok(run(
        b.path(),
        &["office", "trust", &p(ad, "ca.pem"), "--yes"],
    ));
    ok(run(b.path(), &["updates", "import", &update, "--yes"]));
    assert_eq!(installed_files(b.path()).len(), 1);
    // The office revokes the officer's certificate; C trusts the office and has its list: refused.
    ok(run(
        ad,
        &[
            "office",
            "revoke",
            &p(ad, "lh.pem"),
            "--ca",
            &p(ad, "ca.json"),
            "--date",
            "2026-11-01",
            "--out",
            &p(ad, "office.crl"),
        ],
    ));
    ok(run(
        c.path(),
        &["office", "trust", &p(ad, "ca.pem"), "--yes"],
    ));
    ok(run(
        c.path(),
        &["office", "import-crl", &p(ad, "office.crl")],
    ));
    let (code, said) = run(c.path(), &["updates", "import", &update, "--yes"]);
    assert_eq!(code, Some(6), "{said}");
    assert!(said.contains("revoked on 2026-11-01"), "{said}");
    assert!(installed_files(c.path()).is_empty());
}
