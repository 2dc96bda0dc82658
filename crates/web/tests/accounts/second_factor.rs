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

/// A reset link replaces the password, never the second factor: after it, signing in still
/// asks for a code.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_reset_link_does_not_pass_the_second_factor() {
    let h = Harness::sqlite().await;
    let w = h.world("resetfactor").await;
    let m = h.person_with_role(&w, convene_domain::Role::Member).await;
    let (secret, _) = enrol(&h, &m).await;
    let (s, body) = h
        .post(
            &format!("/c/resetfactor/members/{}/reset", m.membership_id),
            Some(&w.steward.cookie),
            "reason=lost+it",
        )
        .await;
    assert_eq!(s, StatusCode::OK);
    let link = crate::harness::extract_link(&body, "/reset/").expect("reset link");
    let (s, headers, page) = h
        .post_full(&link, None, "password=a+brand+new+secret")
        .await;
    assert_eq!(s, StatusCode::OK, "{page}");
    assert!(
        session_cookie(&headers).is_none(),
        "no session from the link alone"
    );
    assert!(page.contains("Your new password is set"), "{page}");
    let token = between(&page, "name=\"token\" value=\"", "\"").to_owned();
    h.app.clock.advance(30);
    let (s, cookie) = code_step(&h, &token, &code(&secret, h.app.now())).await;
    assert_eq!(s, StatusCode::SEE_OTHER);
    assert!(cookie.is_some());
    // The new password alone does not sign in either.
    assert!(h.app.sign_in(&m.email, "a brand new secret").await.is_err());
    let (s, headers, _) = h
        .post_full(
            "/signin",
            None,
            &format!("email={}&password=a+brand+new+secret", enc(&m.email)),
        )
        .await;
    assert_eq!(s, StatusCode::OK);
    assert!(session_cookie(&headers).is_none());
}

convene_store::test_both_dbs!(
    turning_the_second_factor_off_asks_again_and_the_steward_rule_holds,
    |store| async move { remove_factor(Harness::new(store, 10_000).await).await }
);

async fn remove_factor(h: Harness) {
    let w = h.world("factoroff").await;
    let s = &w.steward;
    let settings = "/c/factoroff/settings";
    let (secret, recovery) = enrol(&h, s).await;
    let (st, _) = h
        .post(
            &format!("{settings}/second-factor"),
            Some(&s.cookie),
            "required=on",
        )
        .await;
    assert_eq!(st, StatusCode::SEE_OTHER);
    assert_eq!(h.get(settings, Some(&s.cookie)).await.0, StatusCode::OK);
    let (_, page) = h.get("/account", Some(&s.cookie)).await;
    assert!(page.contains("Turn the second factor off"), "{page}");
    h.app.clock.advance(30);
    let now_code = code(&secret, h.app.now());
    // A wrong password, or a wrong code, changes nothing.
    let (st, body) = h
        .post(
            "/account/second-factor/remove",
            Some(&s.cookie),
            &format!("password=wrong+password&code={now_code}"),
        )
        .await;
    assert_eq!(st, StatusCode::UNPROCESSABLE_ENTITY, "{body}");
    assert!(body.contains("Your password is not right"), "{body}");
    let (st, body) = h
        .post(
            "/account/second-factor/remove",
            Some(&s.cookie),
            &format!("password={}&code=000000", enc(PASSWORD)),
        )
        .await;
    assert_eq!(st, StatusCode::UNPROCESSABLE_ENTITY, "{body}");
    assert!(h.app.has_second_factor(&s.account).await.expect("read"));
    // A used recovery code is no key either; an unused one is.
    let used = password_step(&h, &s.email).await;
    assert_eq!(
        code_step(&h, &used, &recovery[0]).await.0,
        StatusCode::SEE_OTHER
    );
    let (st, _) = h
        .post(
            "/account/second-factor/remove",
            Some(&s.cookie),
            &format!("password={}&code={}", enc(PASSWORD), enc(&recovery[0])),
        )
        .await;
    assert_eq!(st, StatusCode::UNPROCESSABLE_ENTITY);
    let (st, headers, _) = h
        .post_full(
            "/account/second-factor/remove",
            Some(&s.cookie),
            &format!("password={}&code={now_code}", enc(PASSWORD)),
        )
        .await;
    assert_eq!(st, StatusCode::SEE_OTHER);
    assert_eq!(
        headers["location"],
        "/account?done=second-factor-off#second-factor"
    );
    assert!(!h.app.has_second_factor(&s.account).await.expect("read"));
    assert_eq!(h.app.recovery_codes_left(&s.account).await.expect("n"), 0);
    // The password alone signs in again ...
    assert!(h.app.sign_in(&s.email, PASSWORD).await.is_ok());
    // ... and the community still requires a factor: the steward's powers wait again.
    assert!(h.ctx(s, "factoroff").await.needs_second_factor());
    assert_eq!(
        h.get(settings, Some(&s.cookie)).await.0,
        StatusCode::FORBIDDEN
    );
    let (_, me) = h.api("GET", "/api/v1/me", &s.token, None).await;
    assert!(me.contains("\"second_factor\":false"), "{me}");
    assert!(me.contains("\"recovery_codes_left\":0"), "{me}");
    // Nothing left to turn off.
    let (st, _) = h
        .post(
            "/account/second-factor/remove",
            Some(&s.cookie),
            &format!("password={}&code={now_code}", enc(PASSWORD)),
        )
        .await;
    assert_eq!(st, StatusCode::CONFLICT);
}
