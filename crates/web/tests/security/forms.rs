//! Form bodies as an attacker sends them, to every kind of form: unknown, repeated and
//! missing fields, values that are empty, huge, not UTF-8 (`%FF`), control characters, or
//! the wrong kind of number. Every answer is a clear refusal or a success, never a 5xx.
//! `PROPTEST_CASES=5000` runs longer.

use crate::gatherings::{convene, open_space};
use crate::harness::*;
use proptest::prelude::*;
use proptest::test_runner::{Config, TestRunner};

fn value() -> impl Strategy<Value = String> {
    prop_oneof![
        Just(String::new()),
        "[a-z0-9 ]{0,12}".prop_map(|s| enc(&s)),
        any::<String>().prop_map(|s| enc(&s)),
        Just("%FF%FE".to_owned()),
        Just("%00%0A%1B".to_owned()),
        Just("-1".to_owned()),
        Just("99999999999999999999".to_owned()),
        Just("1.5".to_owned()),
        Just("on".to_owned()),
        Just("2026-02-30".to_owned()),
        Just("25%3A61".to_owned()),
        (1usize..3).prop_map(|k| "x".repeat(k * 40_000)),
        Just("%".to_owned()),
    ]
}

fn body(fields: &'static [&'static str]) -> impl Strategy<Value = String> {
    let key = prop_oneof![
        4 => proptest::sample::select(fields).prop_map(str::to_owned),
        1 => "[a-z_\\[\\]]{1,8}",
    ];
    proptest::collection::vec((key, value()), 0..8).prop_map(|kv| {
        kv.into_iter()
            .map(|(k, v)| format!("{k}={v}"))
            .collect::<Vec<_>>()
            .join("&")
    })
}

#[test]
fn no_form_body_makes_a_server_error() {
    let rt = tokio::runtime::Runtime::new().expect("runtime");
    let (h, cookie, forms) = rt.block_on(async {
        let h = Harness::sqlite().await;
        let w = h.world("formfuzz").await;
        let os = open_space(&h, &w).await;
        let sid = convene(&h, &os, &w.steward, "A session").await;
        let b = os.base.clone();
        let c = format!("/c/{}", w.slug);
        let forms: Vec<(String, &'static [&'static str])> = vec![
            (
                format!("{c}/g"),
                &[
                    "title",
                    "calling_question",
                    "invitation",
                    "venue",
                    "time_zone",
                    "dots",
                ],
            ),
            (format!("{b}/spaces"), &["name", "capacity", "features"]),
            (
                format!("{b}/slots"),
                &["date", "starts", "ends", "kind", "label"],
            ),
            (
                format!("{b}/sessions"),
                &["title", "description", "needs", "co"],
            ),
            (format!("{b}/rsvp"), &["answer"]),
            (format!("{b}/phase"), &["to", "reason", "confirm"]),
            (format!("{b}/s/{sid}/place"), &["cell", "confirm"]),
            (format!("{b}/s/{sid}/report"), &["body", "base"]),
            (format!("{b}/votes"), &["target", "id", "give"]),
            (format!("{b}/actions"), &["title", "session", "due_on"]),
            (
                format!("{c}/invitations"),
                &[
                    "kind",
                    "email",
                    "calling_question",
                    "organization_id",
                    "max_uses",
                    "days",
                ],
            ),
            (
                format!("{c}/settings"),
                &["name", "purpose", "open", "reason"],
            ),
            ("/account/name".to_owned(), &["name"]),
            ("/signin".to_owned(), &["email", "password"]),
        ];
        (h, w.steward.cookie.clone(), forms)
    });
    let mut runner = TestRunner::new(Config {
        cases: std::env::var("PROPTEST_CASES")
            .ok()
            .and_then(|v| v.parse().ok())
            .unwrap_or(300),
        failure_persistence: None,
        ..Config::default()
    });
    let strategy = (0..forms.len()).prop_flat_map(|i| (Just(i), body(forms[i].1)));
    runner
        .run(&strategy, |(i, form)| {
            let path = &forms[i].0;
            let (status, text) = rt.block_on(h.post(path, Some(&cookie), &form));
            prop_assert!(
                status.as_u16() < 500,
                "{path} {form:.200}: {status} {text:.300}"
            );
            Ok(())
        })
        .unwrap_or_else(|e| panic!("{e}"));
}
