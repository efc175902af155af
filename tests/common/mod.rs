//! Helpers shared by the golden tests: build a household from a JSON fragment, assess it under the
//! official or training pack, and assert on one rule's outcome and amount.
#![allow(dead_code)]

use chrono::NaiveDate;
use rust_decimal::Decimal;
use serde_json::Value;
use wenzhou_assess::engine::{
    Assessor, Determination, MissingWhat, Outcome, Period, TraceMode, assess,
};
use wenzhou_assess::household::{Household, parse_household};
use wenzhou_assess::policy::ParamSet;

/// A date from `YYYY-MM-DD`.
pub fn date(s: &str) -> NaiveDate {
    s.parse().expect("test date")
}

/// A household from a JSON value (missing fields are unknown).
pub fn household(v: Value) -> Household {
    parse_household(&v.to_string()).expect("test household parses")
}

/// Assesses under the training pack (the values of rules-core §10: S = 1100, B = 1650, W = 2280…).
pub fn training(h: &Household, on: &str) -> Determination {
    let set = ParamSet::training().expect("training pack");
    traced_and_untraced(h, date(on), &set)
}

/// Assesses under the official pack alone.
pub fn official(h: &Household, on: &str) -> Determination {
    let set = ParamSet::official().expect("official pack");
    traced_and_untraced(h, date(on), &set)
}

/// Assesses with the trace, and checks that the path without it (batches, sweeps) finds exactly
/// the same results and member results: every golden household is a test of the fast path too.
pub fn traced_and_untraced(h: &Household, on: NaiveDate, set: &ParamSet) -> Determination {
    let d = assess(h, on, set, TraceMode::On).expect("assessment runs");
    let params = set.resolve(on, h.hukou_area);
    let mut fast = Assessor::new(set, on, TraceMode::Off);
    let o = fast.run(h, &params).expect("the untraced path runs");
    assert_eq!(o.results, d.results.as_slice(), "untraced path differs");
    assert_eq!(o.members, d.members.as_slice(), "untraced path differs");
    d
}

/// The outcome of a rule.
pub fn outcome(d: &Determination, id: &str) -> Outcome {
    d.result(id)
        .unwrap_or_else(|| panic!("{id} not in force"))
        .outcome
}

/// Asserts a rule's outcome and, if given, its amount (as a decimal string) and period.
pub fn expect(d: &Determination, id: &str, want: Outcome, amount: Option<(&str, Period)>) {
    let r = d.result(id).unwrap_or_else(|| panic!("{id} not in force"));
    assert_eq!(r.outcome, want, "{id}: outcome");
    if let Some((value, period)) = amount {
        let a = r.amount.unwrap_or_else(|| panic!("{id}: no amount"));
        let want_value: Decimal = value.parse().expect("test amount");
        assert_eq!(a.value, want_value, "{id}: amount");
        assert_eq!(a.period, period, "{id}: period");
    }
}

/// Asserts that a rule is undetermined and that `path` (e.g. `members[0].veteran` or
/// `param:dibao_standard_monthly`) is among the facts it lists as missing.
pub fn expect_missing(d: &Determination, id: &str, path: &str) {
    assert_eq!(outcome(d, id), Outcome::Undetermined, "{id}: outcome");
    let index = d.index_of(id).expect("rule index");
    let missing: Vec<String> = d
        .missing_of(index)
        .into_iter()
        .map(MissingWhat::path)
        .collect();
    assert!(
        missing.iter().any(|m| m == path),
        "{id}: {path} not in missing {missing:?}"
    );
}

/// The amount a member gets under a person-level rule.
pub fn member_amount(d: &Determination, id: &str, member: u16) -> Option<Decimal> {
    d.member_results(id)
        .find(|m| m.member == member)
        .and_then(|m| m.amount.map(|a| a.value))
}

/// The outcome of a member under a person-level rule.
pub fn member_outcome(d: &Determination, id: &str, member: u16) -> Outcome {
    d.member_results(id)
        .find(|m| m.member == member)
        .unwrap_or_else(|| panic!("{id}: no result for member {member}"))
        .outcome
}

/// A member with every eligibility-relevant fact known and "no" (so that only what a test sets
/// matters): not 特困, not a veteran, not disabled, not an orphan, not in school, resident insurance.
pub fn plain_member(relationship: &str, birth: &str) -> Value {
    serde_json::json!({
        "relationship": relationship,
        "birth_date": birth,
        "tekun": "no",
        "veteran": false,
        "disabled": false,
        "orphan": "no",
        "vulnerable_child": false,
        "schooling": "none",
        "adult_exam_certificate": false,
        "adult_not_independent": false,
        "student_aid_recipient": false,
        "medical_scheme": "resident",
        "resident_pension_enrolled": false,
        "supplementary_insurance_enrolled": false,
        "chronic_outpatient": false,
        "special_disease": false,
        "retired_employee": false,
        "chronic_disease_count": 0,
        "frontline_worker": false,
        "in_kind_rental_allocated": false,
        "incomes": []
    })
}

/// A household with every household-level fact known and "no", in `area` with `status`.
pub fn plain_household(area: &str, status: &str, members: Vec<Value>) -> Value {
    serde_json::json!({
        "hukou_area": area,
        "rural": false,
        "status": status,
        "low_income_farmer": false,
        "hardship_worker_family": false,
        "fp_hardship_family": false,
        "youfu_family": false,
        "county_special_hardship": false,
        "hardship_event": false,
        "complex_case": false,
        "housing": {
            "tenure": "owned",
            "owns_housing_in_shiqu": true,
            "owned_floor_area_m2": "100",
            "housing_security_eligible": false,
            "rental_priority_group": false,
            "anju_project": false
        },
        "utilities": { "piped_gas": true, "cable_tv": true },
        "members": members
    })
}

/// A decimal from a string.
pub fn dec(s: &str) -> Decimal {
    s.parse().expect("test decimal")
}

/// Removes the key at a dot-separated path, so that the fact becomes unknown.
pub fn unset(v: &mut Value, path: &str) {
    let parts: Vec<&str> = path.split('.').collect();
    let mut cur = v;
    for p in &parts[..parts.len() - 1] {
        cur = match p.parse::<usize>() {
            Ok(n) => &mut cur[n],
            Err(_) => &mut cur[*p],
        };
    }
    cur.as_object_mut()
        .expect("object at path")
        .remove(parts[parts.len() - 1])
        .expect("key present before unset");
}

/// Sets `value` at a JSON pointer-like path of dot-separated keys (`members.0.veteran`).
pub fn set(v: &mut Value, path: &str, value: Value) {
    let mut cur = v;
    let parts: Vec<&str> = path.split('.').collect();
    for (i, p) in parts.iter().enumerate() {
        let last = i == parts.len() - 1;
        cur = match p.parse::<usize>() {
            Ok(n) => &mut cur[n],
            Err(_) => {
                if last {
                    cur[*p] = value;
                    return;
                }
                &mut cur[*p]
            }
        };
        if last {
            *cur = value;
            return;
        }
    }
}

/// A shipped example household (`assets/examples/NAME.json`).
pub fn example(name: &str) -> Household {
    let path = format!("{}/assets/examples/{name}.json", env!("CARGO_MANIFEST_DIR"));
    parse_household(&std::fs::read_to_string(path).unwrap()).unwrap()
}

/// The PKCS#11 module of SoftHSM2 (installed by `packaging/setup-debian.sh`).
pub const SOFTHSM: &str = "/usr/lib/softhsm/libsofthsm2.so";

/// Runs a tool of the USB-key tests with `SOFTHSM2_CONF` set; panics with its output if it fails.
pub fn hsm_tool(conf: &std::path::Path, program: &str, args: &[&str]) -> String {
    let o = std::process::Command::new(program)
        .args(args)
        .env("SOFTHSM2_CONF", conf)
        .env("WENZHOU_ASSESS_CA_PASSPHRASE", "管理员的密码")
        .env("WENZHOU_ASSESS_PIN", "1234")
        .env("WENZHOU_ASSESS_DATA_DIR", conf.with_extension("data"))
        .output()
        .unwrap_or_else(|e| panic!("{program} (packaging/setup-debian.sh installs it): {e}"));
    let text =
        String::from_utf8_lossy(&o.stdout).into_owned() + &String::from_utf8_lossy(&o.stderr);
    assert!(o.status.success(), "{program} {args:?}: {text}");
    text
}

/// A SoftHSM2 token `ukey-zm` (PIN 1234) in `dir` holding an RSA key `zhangmin` and the certificate
/// an office CA (`dir/ca.json`, its certificate `dir/ca.pem`) issued from the key's own request, as
/// an office would hand out a USB key. Returns the SoftHSM2 configuration file.
pub fn office_token(dir: &std::path::Path) -> std::path::PathBuf {
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
    let app = env!("CARGO_BIN_EXE_wenzhou-assess");
    hsm_tool(
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
            SOFTHSM,
            "--login",
            "--pin",
            "1234",
            "--token-label",
            "ukey-zm",
        ];
        args.extend_from_slice(extra);
        hsm_tool(&conf, "pkcs11-tool", &args)
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
    hsm_tool(
        &conf,
        app,
        &[
            "office",
            "create-ca",
            "--office",
            "五马街道",
            "--out",
            &p("ca.json"),
        ],
    );
    hsm_tool(
        &conf,
        app,
        &[
            "office",
            "request",
            "--officer",
            "张敏",
            "--office",
            "五马街道",
            "--out",
            &p("zm.csr"),
            "--pkcs11-module",
            SOFTHSM,
            "--token",
            "ukey-zm",
            "--token-key",
            "zhangmin",
        ],
    );
    hsm_tool(
        &conf,
        app,
        &[
            "office",
            "issue",
            &p("zm.csr"),
            "--ca",
            &p("ca.json"),
            "--out",
            &p("zm.pem"),
        ],
    );
    hsm_tool(
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
    conf
}

/// What a command printed (stdout, then stderr), asserting that it succeeded.
pub fn succeeded(o: &std::process::Output) -> String {
    let text =
        String::from_utf8_lossy(&o.stdout).into_owned() + &String::from_utf8_lossy(&o.stderr);
    assert!(o.status.success(), "{text}");
    text
}
