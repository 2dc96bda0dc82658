//! Password checks are throttled per address and per account, and answer alike.

use crate::harness::*;
use axum::body::Body;
use axum::extract::ConnectInfo;
use axum::http::{HeaderMap, Request, StatusCode};
use convene_domain::{Role, RoleSet};
use http_body_util::BodyExt;
use std::net::SocketAddr;
use tower::ServiceExt;

/// A same-origin form post from a given client address.
pub async fn post_from(
    h: &Harness,
    addr: &str,
    path: &str,
    cookie: Option<&str>,
    form: &str,
) -> (StatusCode, HeaderMap, String) {
    let mut req = Request::post(path)
        .header("origin", ORIGIN)
        .header("content-type", "application/x-www-form-urlencoded");
    if let Some(c) = cookie {
        req = req.header("cookie", c);
    }
    let mut req = req.body(Body::from(form.to_owned())).expect("request");
    let addr: SocketAddr = format!("{addr}:40000").parse().expect("address");
    req.extensions_mut().insert(ConnectInfo(addr));
    let res = h.router.clone().oneshot(req).await.expect("response");
    let status = res.status();
    let headers = res.headers().clone();
    let bytes = res.into_body().collect().await.expect("body").to_bytes();
    (
        status,
        headers,
        String::from_utf8_lossy(&bytes).into_owned(),
    )
}

fn retry_after(headers: &HeaderMap) -> u64 {
    headers
        .get("retry-after")
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.parse().ok())
        .expect("a Retry-After in seconds")
}

/// Guessing one person's password from many addresses is limited per account: after the
/// quota, every try answers 429 with Retry-After, the right password included.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn sign_in_is_throttled_per_account_across_addresses() {
    let h = Harness::with_limits(3).await;
    let w = h.world("guessed").await;
    let wrong = format!("email={}&password=wrong+password", enc(&w.steward.email));
    for i in 0..3 {
        let (s, _, body) = post_from(&h, &format!("10.0.0.{i}"), "/signin", None, &wrong).await;
        assert_eq!(s, StatusCode::UNAUTHORIZED, "{body}");
    }
    // Fresh addresses, same account, the e-mail typed differently.
    let shouted = format!(
        "email={}&password=wrong+password",
        enc(&format!(" {} ", w.steward.email.to_uppercase()))
    );
    let (s, headers, body) = post_from(&h, "10.0.0.9", "/signin", None, &shouted).await;
    assert_eq!(s, StatusCode::TOO_MANY_REQUESTS, "per account: {body}");
    assert!((1..=60).contains(&retry_after(&headers)));
    let right = format!("email={}&password={}", enc(&w.steward.email), enc(PASSWORD));
    let (s, _, _) = post_from(&h, "10.0.0.10", "/signin", None, &right).await;
    assert_eq!(s, StatusCode::TOO_MANY_REQUESTS, "limited means limited");
    // Another account is not held up by this one.
    let other = h.person_with_role(&w, Role::Member).await;
    let (s, _, _) = post_from(
        &h,
        "10.0.0.11",
        "/signin",
        None,
        &format!("email={}&password={}", enc(&other.email), enc(PASSWORD)),
    )
    .await;
    assert_eq!(s, StatusCode::SEE_OTHER);
}

/// `/account/delete` checks a password: throttled like sign-in, and for an only steward a right
/// password answers exactly as a wrong one does.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn account_delete_is_no_password_oracle() {
    let h = Harness::with_limits(3).await;
    let w = h.world("oracle").await;
    let sole = h.person_with_role(&w, Role::Steward).await;
    convene_app::store::communities::set_roles(
        h.app.store.conn(),
        w.steward.membership_id,
        RoleSet::member(),
    )
    .await
    .expect("demote the operator here");
    let (s1, _, wrong) = post_from(
        &h,
        "10.0.1.1",
        "/account/delete",
        Some(&sole.cookie),
        "password=wrong+password",
    )
    .await;
    let (s2, _, right) = post_from(
        &h,
        "10.0.1.2",
        "/account/delete",
        Some(&sole.cookie),
        &format!("password={}", enc(PASSWORD)),
    )
    .await;
    assert_eq!(s1, s2, "same status for a wrong and a right password");
    assert_eq!(wrong, right, "same page for a wrong and a right password");
    assert_eq!(s1, StatusCode::CONFLICT);
    // A member guessing their own (or a stolen session's) password is throttled per account.
    let m = h.person_with_role(&w, Role::Member).await;
    for i in 0..3 {
        let (s, _, _) = post_from(
            &h,
            &format!("10.0.2.{i}"),
            "/account/delete",
            Some(&m.cookie),
            "password=wrong+password",
        )
        .await;
        assert_eq!(s, StatusCode::UNPROCESSABLE_ENTITY);
    }
    let (s, headers, _) = post_from(
        &h,
        "10.0.2.9",
        "/account/delete",
        Some(&m.cookie),
        &format!("password={}", enc(PASSWORD)),
    )
    .await;
    assert_eq!(s, StatusCode::TOO_MANY_REQUESTS);
    assert!(retry_after(&headers) >= 1);
    assert!(
        h.app.sign_in(&m.email, PASSWORD).await.is_ok(),
        "the account is still there"
    );
    // Sign-in for the same account shares the quota.
    let (s, _, _) = post_from(
        &h,
        "10.0.2.10",
        "/signin",
        None,
        &format!("email={}&password={}", enc(&m.email), enc(PASSWORD)),
    )
    .await;
    assert_eq!(s, StatusCode::TOO_MANY_REQUESTS);
}
