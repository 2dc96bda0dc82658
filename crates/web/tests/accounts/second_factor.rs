//! TOTP: enrolment from the QR code's secret, sign-in with a code as the second step, a code
//! not accepted twice, recovery codes used once, and stewards who must enrol before using
//! their powers where the community requires it.

use crate::harness::{Harness, PASSWORD, Person, enc, session_cookie};
use axum::http::StatusCode;
use totp_rs::{Builder, Secret};

fn between<'a>(body: &'a str, start: &str, end: &str) -> &'a str {
    let at = body.find(start).expect(start) + start.len();
    &body[at..at + body[at..].find(end).expect(end)]
}

fn code(secret: &str, at: i64) -> String {
    Builder::new()
        .with_secret(Secret::try_from_base32(secret).expect("base32"))
        .build()
        .expect("totp")
        .generate(u64::try_from(at).expect("time"))
        .to_string()
}

/// Enrols `p`; returns the secret and the recovery codes.
async fn enrol(h: &Harness, p: &Person) -> (String, Vec<String>) {
    let (s, page) = h.post("/account/totp", Some(&p.cookie), "").await;
    assert_eq!(s, StatusCode::OK, "{page}");
    assert!(page.contains("<svg"), "a QR code is shown");
    let secret = between(&page, "<code id=\"totp-secret\">", "</code>").to_owned();
    let (s, _) = h
        .post("/account/totp/confirm", Some(&p.cookie), "code=000000")
        .await;
    assert_eq!(
        s,
        StatusCode::UNPROCESSABLE_ENTITY,
        "a wrong code confirms nothing"
    );
    let (s, page) = h
        .post(
            "/account/totp/confirm",
            Some(&p.cookie),
            &format!("code={}", code(&secret, h.app.now())),
        )
        .await;
    assert_eq!(s, StatusCode::OK, "{page}");
    let codes: Vec<String> = page
        .split("<li><code>")
        .skip(1)
        .map(|c| c[..c.find("</code>").expect("end")].to_owned())
        .collect();
    assert_eq!(codes.len(), 10);
    (secret, codes)
}

/// The password step; the token of the code step (no session yet).
async fn password_step(h: &Harness, email: &str) -> String {
    let (s, headers, page) = h
        .post_full(
            "/signin",
            None,
            &format!("email={}&password={}", enc(email), enc(PASSWORD)),
        )
        .await;
    assert_eq!(s, StatusCode::OK, "{page}");
    assert!(
        session_cookie(&headers).is_none(),
        "no session after the password alone"
    );
    between(&page, "name=\"token\" value=\"", "\"").to_owned()
}

async fn code_step(h: &Harness, token: &str, code: &str) -> (StatusCode, Option<String>) {
    let (s, headers, _) = h
        .post_full(
            "/signin/code",
            None,
            &format!("token={}&code={}", enc(token), enc(code)),
        )
        .await;
    (s, session_cookie(&headers))
}

convene_store::test_both_dbs!(
    totp_enrol_sign_in_replay_and_recovery_codes,
    |store| async move { totp_flow(Harness::new(store, 10_000).await).await }
);

convene_store::test_both_dbs!(
    stewards_keep_the_role_but_need_a_second_factor_for_its_powers,
    |store| async move { steward_rule(Harness::new(store, 10_000).await).await }
);

async fn totp_flow(h: Harness) {
    let w = h.world("twofactor").await;
    let p = &w.steward;
    let (_, me) = h.api("GET", "/api/v1/me", &p.token, None).await;
    assert!(me.contains("\"second_factor\":false"), "{me}");
    let (secret, recovery) = enrol(&h, p).await;
    let (_, page) = h.get("/account", Some(&p.cookie)).await;
    assert!(
        page.contains("10 of your 10 recovery codes are unused"),
        "{page}"
    );
    let (_, me) = h.api("GET", "/api/v1/me", &p.token, None).await;
    assert!(me.contains("\"second_factor\":true"), "{me}");
    // The password alone no longer signs in.
    assert!(h.app.sign_in(&p.email, PASSWORD).await.is_err());
    let token = password_step(&h, &p.email).await;
    // The code that confirmed enrolment (same time step) is not accepted again.
    let used = code(&secret, h.app.now());
    assert_eq!(
        code_step(&h, &token, &used).await.0,
        StatusCode::UNAUTHORIZED
    );
    h.app.clock.advance(30);
    let fresh = code(&secret, h.app.now());
    let (s, cookie) = code_step(&h, &token, &fresh).await;
    assert_eq!(s, StatusCode::SEE_OTHER);
    let cookie = cookie.expect("signed in");
    assert_eq!(h.get("/account", Some(&cookie)).await.0, StatusCode::OK);
    // The step is over: its token works once.
    assert_eq!(code_step(&h, &token, &fresh).await.0, StatusCode::NOT_FOUND);
    // Replaying the code in a new sign-in is refused.
    let again = password_step(&h, &p.email).await;
    assert_eq!(
        code_step(&h, &again, &fresh).await.0,
        StatusCode::UNAUTHORIZED
    );
    // A recovery code works once (any case, spaces around it).
    let first = format!(" {} ", recovery[0].to_uppercase());
    assert_eq!(code_step(&h, &again, &first).await.0, StatusCode::SEE_OTHER);
    let third = password_step(&h, &p.email).await;
    assert_eq!(
        code_step(&h, &third, &recovery[0]).await.0,
        StatusCode::UNAUTHORIZED
    );
    assert_eq!(
        code_step(&h, &third, &recovery[1]).await.0,
        StatusCode::SEE_OTHER
    );
    let (_, page) = h.get("/account", Some(&p.cookie)).await;
    assert!(
        page.contains("8 of your 10 recovery codes are unused"),
        "{page}"
    );
    // Enrolling again while one is on is refused.
    assert_eq!(
        h.post("/account/totp", Some(&p.cookie), "").await.0,
        StatusCode::CONFLICT
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn wrong_codes_count_in_the_sign_in_throttle() {
    let h = Harness::with_limits(3).await;
    let w = h.world("throttled").await;
    enrol(&h, &w.steward).await;
    let token = password_step(&h, &w.steward.email).await;
    let mut statuses = Vec::new();
    for _ in 0..4 {
        statuses.push(code_step(&h, &token, "123456").await.0);
    }
    assert_eq!(
        statuses.last(),
        Some(&StatusCode::TOO_MANY_REQUESTS),
        "{statuses:?}"
    );
}

async fn steward_rule(h: Harness) {
    let w = h.world("guarded").await;
    let s = &w.steward;
    let settings = "/c/guarded/settings";
    assert_eq!(h.get(settings, Some(&s.cookie)).await.0, StatusCode::OK);
    let (st, _) = h
        .post(
            &format!("{settings}/second-factor"),
            Some(&s.cookie),
            "required=on",
        )
        .await;
    assert_eq!(st, StatusCode::SEE_OTHER);
    // Without a second factor: still a steward, but no steward powers.
    let ctx = h.ctx(s, "guarded").await;
    assert!(ctx.needs_second_factor());
    assert!(ctx.member().roles.contains(convene_domain::Role::Steward));
    assert_eq!(
        h.get(settings, Some(&s.cookie)).await.0,
        StatusCode::FORBIDDEN
    );
    assert_eq!(
        h.get("/c/guarded/audit", Some(&s.cookie)).await.0,
        StatusCode::FORBIDDEN
    );
    // What every member may do still works.
    assert_eq!(h.get("/c/guarded", Some(&s.cookie)).await.0, StatusCode::OK);
    // Enrolled: the powers are back.
    enrol(&h, s).await;
    assert!(!h.ctx(s, "guarded").await.needs_second_factor());
    assert_eq!(h.get(settings, Some(&s.cookie)).await.0, StatusCode::OK);
    // A plain member is not touched by the rule.
    let m = h.person_with_role(&w, convene_domain::Role::Member).await;
    assert!(!h.ctx(&m, "guarded").await.needs_second_factor());
}
