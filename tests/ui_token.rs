//! Issue 17: the officer chooses the office USB key in the window's settings (the token is listed
//! from the PKCS#11 module), types its PIN on the result page, and the notice written is signed by
//! the key on the token; the PIN is forgotten once used. SoftHSM2 stands in for the token.
// SoftHSM2 reads its configuration from the environment of this process: set once, before the
// window or any other thread starts (see the SAFETY note).
#![allow(clippy::unwrap_used, unsafe_code)]

mod common;

use chrono::NaiveDate;
use egui::accesskit::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;
use wenzhou_assess::household::parse_household;
use wenzhou_assess::report::{SignatureFormat, verify_pdf};
use wenzhou_assess::ui::{AssessApp, FileDialog, Page, install_fonts};

/// Saves the notice where the test reads it.
struct SavePdf(std::path::PathBuf);

impl FileDialog for SavePdf {
    fn save_pdf(&mut self) -> Option<std::path::PathBuf> {
        Some(self.0.clone())
    }
}

fn type_into(h: &mut Harness<'_, AssessApp>, role: Role, label: &str, text: &str) {
    h.get_by_role_and_label(role, label).focus();
    h.run();
    h.get_by_role_and_label(role, label).type_text(text);
    h.run();
}

#[test]
fn the_window_signs_with_the_usb_key_chosen_in_the_settings_and_forgets_the_pin() {
    let dir = tempfile::tempdir().unwrap();
    let conf = common::office_token(dir.path());
    // SAFETY: this binary holds this one test, and nothing else runs yet: no other thread reads
    // the environment while it is set.
    unsafe { std::env::set_var("SOFTHSM2_CONF", &conf) };
    let notice = dir.path().join("告知书.pdf");
    let mut app = AssessApp::new(Box::new(SavePdf(notice.clone())))
        .with_settings_in(Some(dir.path().join("data")));
    app.date = NaiveDate::from_ymd_opt(2025, 6, 1);
    app.today = NaiveDate::from_ymd_opt(2026, 12, 3).unwrap();
    let mut h = Harness::builder()
        .with_size(egui::vec2(1100.0, 1000.0))
        .with_context_setup(install_fonts)
        .build_ui_state(|ui, app: &mut AssessApp| app.show(ui), app);
    h.run();
    // The settings: the module, then the token as listed by it, the key, the office certificate.
    h.state_mut().page = Page::Welcome;
    h.run();
    h.get_by_label("USB 密钥（UKey，PKCS#11）").click();
    h.run();
    type_into(&mut h, Role::TextInput, "PKCS#11 模块", common::SOFTHSM);
    h.get_by_label("查找 USB 密钥").click();
    h.run();
    h.get_by_label("ukey-zm").click();
    h.run();
    type_into(&mut h, Role::TextInput, "密钥标签", "zhangmin");
    type_into(
        &mut h,
        Role::TextInput,
        "单位证书（PEM，可空）",
        dir.path().join("ca.pem").to_str().unwrap(),
    );
    // The result page asks for the PIN, not a passphrase.
    h.state_mut()
        .load(parse_household(include_str!("../assets/examples/tekun-elder-ruian.json")).unwrap());
    h.state_mut().page = Page::Result;
    h.run();
    h.get_by_label("打印评估结果告知书（PDF）").click();
    h.run();
    assert!(h.query_by_label("签名密码（留空则不签名）").is_none());
    type_into(&mut h, Role::PasswordInput, "USB 密钥 PIN", "1234");
    h.get_by_label("生成告知书并打开打印").click();
    h.run();
    let v = verify_pdf(&std::fs::read(&notice).unwrap()).unwrap();
    assert!(v.signature_valid && v.covers_whole_file, "{v:?}");
    assert_eq!(v.format, SignatureFormat::PadesBaselineB);
    assert!(v.signer.contains("张敏"), "{}", v.signer);
    // The PIN was used once and forgotten: the next notice is unsigned.
    h.get_by_label("生成告知书并打开打印").click();
    h.run();
    assert!(verify_pdf(&std::fs::read(&notice).unwrap()).is_err());
}
