//! Account basics: changing the password (current one asked again, other sessions end), the
//! list of one's sign-in sessions (this device marked) and ending one of them.

mod passkeys;
mod second_factor;

use crate::harness::{Harness, PASSWORD, enc, session_cookie};
use axum::http::StatusCode;

async fn sign_in(h: &Harness, email: &str, password: &str) -> Option<String> {
    let (s, headers, _) = h
        .post_full(
            "/signin",
            None,
            &format!("email={}&password={}", enc(email), enc(password)),
        )
        .await;
    (s == StatusCode::SEE_OTHER)
        .then(|| session_cookie(&headers))
        .flatten()
}

async fn signed_in(h: &Harness, cookie: &str) -> bool {
    h.get("/account", Some(cookie)).await.0 == StatusCode::OK
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn change_password_ends_other_sessions() {
    let h = Harness::sqlite().await;
    let w = h.world("password").await;
    let here = &w.steward.cookie;
    let elsewhere = sign_in(&h, &w.steward.email, PASSWORD)
        .await
        .expect("second");
    let (_, page) = h.get("/account", Some(here)).await;
    assert!(page.contains("2 sessions are signed in"), "{page}");
    assert_eq!(page.matches("this device").count(), 1);
    // The wrong current password changes nothing.
    let (s, body) = h
        .post(
            "/account/password",
            Some(here),
            &format!(
                "current_password=wrong+password&new_password={}",
                enc("a new long password")
            ),
        )
        .await;
    assert_eq!(s, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(body.contains("current password is not right"), "{body}");
    assert!(signed_in(&h, &elsewhere).await);
    // A too short new one neither.
    let (s, _) = h
        .post(
            "/account/password",
            Some(here),
            &format!("current_password={}&new_password=short", enc(PASSWORD)),
        )
        .await;
    assert_eq!(s, StatusCode::UNPROCESSABLE_ENTITY);
    let (s, headers, _) = h
        .post_full(
            "/account/password",
            Some(here),
            &format!(
                "current_password={}&new_password={}",
                enc(PASSWORD),
                enc("a new long password")
            ),
        )
        .await;
    assert_eq!(s, StatusCode::SEE_OTHER);
    assert_eq!(headers["location"], "/account?done=password#sign-ins");
    let (_, page) = h.get("/account?done=password", Some(here)).await;
    assert!(page.contains("Your password is changed"));
    assert!(page.contains("1 session is signed in"), "{page}");
    assert!(signed_in(&h, here).await, "this device stays signed in");
    assert!(!signed_in(&h, &elsewhere).await, "the other session ended");
    assert!(sign_in(&h, &w.steward.email, PASSWORD).await.is_none());
    assert!(
        sign_in(&h, &w.steward.email, "a new long password")
            .await
            .is_some()
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn sessions_are_listed_and_ended_one_by_one() {
    let h = Harness::sqlite().await;
    let w = h.world("sess").await;
    let here = &w.steward.cookie;
    let phone = sign_in(&h, &w.steward.email, PASSWORD)
        .await
        .expect("phone");
    let laptop = sign_in(&h, &w.steward.email, PASSWORD)
        .await
        .expect("laptop");
    let token = here.split('=').nth(1).expect("token");
    let list = h
        .app
        .sign_in_sessions(&w.steward.account, token)
        .await
        .expect("list");
    assert_eq!(list.len(), 3);
    assert!(list[0].this_device, "this device first");
    let phone_token = phone.split('=').nth(1).expect("token");
    let phone_id = h
        .app
        .sign_in_sessions(&w.steward.account, phone_token)
        .await
        .expect("list")
        .into_iter()
        .find(|s| s.this_device)
        .expect("phone")
        .id;
    let (_, page) = h.get("/account", Some(here)).await;
    assert!(page.contains(&format!("/account/sessions/{phone_id}/end")));
    let (s, headers, _) = h
        .post_full(&format!("/account/sessions/{phone_id}/end"), Some(here), "")
        .await;
    assert_eq!(s, StatusCode::SEE_OTHER);
    assert_eq!(headers["location"], "/account?done=ended#sign-ins");
    assert!(!signed_in(&h, &phone).await);
    assert!(signed_in(&h, &laptop).await);
    // Another person's session is not found, and stays.
    let other = h.person_with_role(&w, convene_domain::Role::Member).await;
    let other_id = h
        .app
        .sign_in_sessions(&other.account, other.cookie.split('=').nth(1).expect("t"))
        .await
        .expect("list")[0]
        .id;
    let (s, _) = h
        .post(&format!("/account/sessions/{other_id}/end"), Some(here), "")
        .await;
    assert_eq!(s, StatusCode::NOT_FOUND);
    assert!(signed_in(&h, &other.cookie).await);
}
