//! HTTP tests: every page and endpoint through the real router (no network), on SQLite, and
//! the concurrency-sensitive ones on PostgreSQL too.

mod accounts;
mod cafe;
mod designs;
mod gatherings;
mod governance;
mod harness;
mod home;
mod i18n;
mod lean;
mod library;
mod mail;
mod moderation;
mod network;
mod notify;
mod search;
mod security;
mod stewards;
mod threads;
mod visibility;

use axum::http::StatusCode;
use convene_domain::{Permission, Role, RoleSet};
use convene_store::test_both_dbs;
use harness::*;

/// Every role × every action, over pages and over the API: allowed succeeds, denied is 403.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn role_action_matrix_over_pages_and_api() {
    let h = Harness::sqlite().await;
    let world = h.world("matrix").await;
    let mut checked = 0;
    for role in Role::ALL {
        let who = h.person_with_role(&world, role).await;
        for p in Permission::ALL {
            let allowed = RoleSet::only(role).allows(p);
            for via_api in [false, true] {
                let (status, body) = h.attempt(&world, &who, p, via_api).await;
                if allowed {
                    assert!(
                        status.is_success() || status == StatusCode::SEE_OTHER,
                        "{role:?} {p:?} api={via_api}: expected success, got {status}: {body}"
                    );
                } else {
                    assert_eq!(
                        status,
                        StatusCode::FORBIDDEN,
                        "{role:?} {p:?} api={via_api}: expected 403: {body}"
                    );
                }
                checked += 1;
            }
        }
    }
    assert_eq!(checked, 7 * Permission::ALL.len() * 2);
}

/// A steward of one community can read and change nothing of another: every page, API
/// endpoint and export answers 404 or leaves the other community out.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn nothing_crosses_between_communities() {
    let h = Harness::sqlite().await;
    let a = h.world("alpha").await;
    let b = h.world("bravo").await;
    let b_member = h.person_with_role(&b, Role::Member).await;
    let b_inv = h.raw_invitation(&b).await;
    let steward_a = &a.steward;
    for path in [
        "",
        "/members",
        "/invitations",
        "/roles",
        "/settings",
        "/audit",
    ] {
        let (s, body) = h
            .get(&format!("/c/bravo{path}"), Some(&steward_a.cookie))
            .await;
        assert_eq!(s, StatusCode::NOT_FOUND, "page /c/bravo{path}");
        assert!(!body.contains("bravo community"), "no name leak on {path}");
    }
    for path in ["", "/members", "/invitations", "/audit"] {
        let (s, _) = h
            .api(
                "GET",
                &format!("/api/v1/communities/bravo{path}"),
                &steward_a.token,
                None,
            )
            .await;
        assert_eq!(s, StatusCode::NOT_FOUND, "api bravo{path}");
    }
    // Ids of the other community through one's own community's addresses.
    let posts = [
        (
            format!("/c/alpha/members/{}/remove", b_member.membership_id),
            "reason=x".to_owned(),
        ),
        (
            format!("/c/alpha/members/{}/reset", b_member.membership_id),
            "reason=x".to_owned(),
        ),
        (
            format!("/c/alpha/roles/{}", b_member.membership_id),
            "steward=on&reason=x".to_owned(),
        ),
        (
            format!("/c/alpha/invitations/{}/revoke", b_inv),
            "reason=x".to_owned(),
        ),
    ];
    for (path, form) in posts {
        let (s, _) = h.post(&path, Some(&steward_a.cookie), &form).await;
        assert_eq!(s, StatusCode::NOT_FOUND, "{path}");
    }
    let (s, _) = h
        .api(
            "PUT",
            &format!(
                "/api/v1/communities/alpha/members/{}/roles",
                b_member.membership_id
            ),
            &steward_a.token,
            Some(r#"{"roles":["steward"],"reason":"x"}"#),
        )
        .await;
    assert_eq!(s, StatusCode::NOT_FOUND);
    let (s, _) = h
        .api(
            "POST",
            "/api/v1/communities/alpha/invitations",
            &steward_a.token,
            Some(&format!(
                r#"{{"kind":"link","calling_question":"q","organization_id":{},"max_uses":3}}"#,
                b.home_org
            )),
        )
        .await;
    assert_eq!(
        s,
        StatusCode::UNPROCESSABLE_ENTITY,
        "an invitation into another community's organization is refused"
    );
    // Lists and exports of alpha hold nothing of bravo.
    let (_, members) = h.get("/c/alpha/members", Some(&steward_a.cookie)).await;
    assert!(!members.contains(&b_member.name));
    let (_, export) = h.get("/account/export", Some(&steward_a.cookie)).await;
    assert!(
        export.contains("alpha") && !export.contains("bravo"),
        "{export}"
    );
    let (_, api_list) = h
        .api("GET", "/api/v1/communities", &steward_a.token, None)
        .await;
    assert!(!api_list.contains("bravo"));
    // And bravo is unchanged.
    let roles = h.roles_of(&b, b_member.membership_id).await;
    assert_eq!(roles, RoleSet::member());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn first_steward_setup_link_works_once() {
    let h = Harness::sqlite().await;
    let token = h
        .app
        .setup_token(&h.system)
        .await
        .expect("setup")
        .expect("no accounts yet");
    let (s, body) = h.get(&format!("/setup/{token}"), None).await;
    assert_eq!(s, StatusCode::OK);
    assert!(body.contains("first person"));
    let (s, _) = h
        .post(
            &format!("/setup/{token}"),
            None,
            "name=Ada&email=not-an-email&password=long+enough+pw",
        )
        .await;
    assert_eq!(
        s,
        StatusCode::UNPROCESSABLE_ENTITY,
        "bad e-mail is a form error"
    );
    let (s, headers, _) = h
        .post_full(
            &format!("/setup/{token}"),
            None,
            "name=Ada&email=ada%40example.org&password=long+enough+pw",
        )
        .await;
    assert_eq!(s, StatusCode::SEE_OTHER);
    let cookie = session_cookie(&headers).expect("signed in");
    let (s, _) = h.get("/communities/new", Some(&cookie)).await;
    assert_eq!(s, StatusCode::OK);
    let (s, _) = h.get(&format!("/setup/{token}"), None).await;
    assert_eq!(s, StatusCode::NOT_FOUND, "the link is spent");
    assert!(
        h.app.setup_token(&h.system).await.expect("setup").is_none(),
        "no new link once someone exists"
    );
    let (s, _) = h.get("/setup/not-a-token", None).await;
    assert_eq!(s, StatusCode::NOT_FOUND);
    // The operator creates a community and becomes its steward.
    let (s, headers, _) = h
        .post_full(
            "/communities",
            Some(&cookie),
            "name=Harbour+Circle&slug=&purpose=Meet+monthly&home_organization=Harbour",
        )
        .await;
    assert_eq!(s, StatusCode::SEE_OTHER);
    assert_eq!(
        headers.get("location").and_then(|v| v.to_str().ok()),
        Some("/c/harbour-circle")
    );
    let (_, body) = h.get("/c/harbour-circle", Some(&cookie)).await;
    assert!(body.contains("Steward"));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn sign_in_out_and_bad_credentials() {
    let h = Harness::sqlite().await;
    let w = h.world("signin").await;
    let (s, body) = h
        .post(
            "/signin",
            None,
            &format!("email={}&password=wrong+password", enc(&w.steward.email)),
        )
        .await;
    assert_eq!(s, StatusCode::UNAUTHORIZED);
    assert!(body.contains("not right"));
    let (s, _) = h
        .post(
            "/signin",
            None,
            "email=nobody%40example.org&password=whatever+long",
        )
        .await;
    assert_eq!(s, StatusCode::UNAUTHORIZED, "unknown e-mail looks the same");
    let (s, headers, _) = h
        .post_full(
            "/signin",
            None,
            &format!("email={}&password={}", enc(&w.steward.email), enc(PASSWORD)),
        )
        .await;
    assert_eq!(s, StatusCode::SEE_OTHER);
    let cookie = session_cookie(&headers).expect("cookie");
    let set = headers
        .get("set-cookie")
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default()
        .to_owned();
    assert!(
        set.contains("HttpOnly") && set.contains("SameSite=Lax"),
        "{set}"
    );
    let (s, _) = h.get("/account", Some(&cookie)).await;
    assert_eq!(s, StatusCode::OK);
    h.post("/signout", Some(&cookie), "").await;
    let (s, headers, _) = h.get_full("/account", Some(&cookie)).await;
    assert_eq!(s, StatusCode::SEE_OTHER, "signed out: back to sign in");
    assert_eq!(
        headers.get("location").and_then(|v| v.to_str().ok()),
        Some("/signin?next=%2Faccount")
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn sign_in_is_rate_limited() {
    let h = Harness::with_limits(3).await;
    for _ in 0..3 {
        let (s, _) = h
            .post(
                "/signin",
                None,
                "email=x%40example.org&password=wrong+password",
            )
            .await;
        assert_eq!(s, StatusCode::UNAUTHORIZED);
    }
    let (s, _) = h
        .post(
            "/signin",
            None,
            "email=x%40example.org&password=wrong+password",
        )
        .await;
    assert_eq!(s, StatusCode::TOO_MANY_REQUESTS);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn csrf_body_limit_and_headers() {
    let h = Harness::sqlite().await;
    let w = h.world("guarded").await;
    let c = &w.steward.cookie;
    let form = "name=Renamed&purpose=p&reason=r";
    let (s, _) = h
        .send(
            "POST",
            "/c/guarded/settings",
            Some(c),
            Some(form),
            &[("origin", "https://evil.example")],
        )
        .await;
    assert_eq!(s, StatusCode::FORBIDDEN, "foreign origin");
    let (s, _) = h
        .send(
            "POST",
            "/c/guarded/settings",
            Some(c),
            Some(form),
            &[("sec-fetch-site", "cross-site")],
        )
        .await;
    assert_eq!(s, StatusCode::FORBIDDEN, "cross-site fetch");
    let (s, _) = h
        .send("POST", "/c/guarded/settings", Some(c), Some(form), &[])
        .await;
    assert_eq!(
        s,
        StatusCode::FORBIDDEN,
        "a cookie without origin information"
    );
    let (s, _) = h
        .send(
            "POST",
            "/c/guarded/settings",
            Some(c),
            Some(form),
            &[("sec-fetch-site", "same-origin")],
        )
        .await;
    assert_eq!(s, StatusCode::SEE_OTHER);
    let big = format!("name=x&purpose={}&reason=r", "a".repeat(100 * 1024));
    let (s, _) = h.post("/c/guarded/settings", Some(c), &big).await;
    assert_eq!(s, StatusCode::PAYLOAD_TOO_LARGE);
    let (_, headers, _) = h.get_full("/", None).await;
    for name in [
        "content-security-policy",
        "x-content-type-options",
        "x-frame-options",
        "referrer-policy",
    ] {
        assert!(headers.contains_key(name), "{name}");
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn bad_input_is_a_clear_error_and_changes_nothing() {
    let h = Harness::sqlite().await;
    let w = h.world("careful").await;
    let c = &w.steward.cookie;
    let cases = [
        (
            "name=&slug=x1x&purpose=p&home_organization=H",
            "name is required",
        ),
        (
            "name=N&slug=Bad+Slug&purpose=p&home_organization=H",
            "short name is not valid",
        ),
        (
            &*format!(
                "name=N&slug=long-enough&purpose={}&home_organization=H",
                "p".repeat(2001)
            ),
            "at most 2000",
        ),
        (
            "name=N&slug=careful&purpose=p&home_organization=H",
            "already taken",
        ),
    ];
    for (form, message) in cases {
        let (s, body) = h.post("/communities", Some(c), form).await;
        // A taken slug is a conflict with what exists (409); the rest is invalid input (422).
        let expected = if message == "already taken" {
            StatusCode::CONFLICT
        } else {
            StatusCode::UNPROCESSABLE_ENTITY
        };
        assert_eq!(s, expected, "{form}");
        assert!(body.contains(message), "{form}: expected {message:?}");
    }
    assert_eq!(
        h.app
            .my_communities(&w.steward.account)
            .await
            .expect("list")
            .len(),
        1
    );
    // Output is escaped.
    let (s, _) = h
        .post(
            "/c/careful/settings",
            Some(c),
            "name=%3Cscript%3Ealert(1)%3C%2Fscript%3E&purpose=p&reason=r",
        )
        .await;
    assert_eq!(s, StatusCode::SEE_OTHER);
    let (_, body) = h.get("/c/careful", Some(c)).await;
    assert!(
        body.contains("&#60;script&#62;alert(1)&#60;/script&#62;")
            && !body.contains("<script>alert"),
        "{body}"
    );
    // A reason is required for vertical power.
    let target = h.person_with_role(&w, Role::Member).await;
    let (s, body) = h
        .post(
            &format!("/c/careful/roles/{}", target.membership_id),
            Some(c),
            "steward=on&reason=",
        )
        .await;
    assert_eq!(s, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(body.contains("reason is required"));
    assert_eq!(
        h.roles_of(&w, target.membership_id).await,
        RoleSet::member()
    );
    // The last steward cannot drop the role.
    let (s, body) = h
        .post(
            &format!("/c/careful/roles/{}", w.steward.membership_id),
            Some(c),
            "reason=tired",
        )
        .await;
    assert_eq!(s, StatusCode::CONFLICT);
    assert!(body.contains("at least one steward"), "{body}");
    // Unknown ids and addresses are 404 pages.
    let (s, body) = h
        .post("/c/careful/members/999999/remove", Some(c), "reason=x")
        .await;
    assert_eq!(s, StatusCode::NOT_FOUND);
    assert!(body.contains("<html"));
    let (s, _) = h.get("/no/such/page", Some(c)).await;
    assert_eq!(s, StatusCode::NOT_FOUND);
    // Invitation terms are bounded.
    let (s, body) = h
        .post(
            "/c/careful/invitations",
            Some(c),
            &format!(
                "kind=link&calling_question=q&organization_id={}&max_uses=0&days=14",
                w.home_org
            ),
        )
        .await;
    assert_eq!(s, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(body.contains("uses must be between"));
    let (s, _) = h
        .post(
            "/c/careful/invitations",
            Some(c),
            &format!(
                "kind=link&calling_question=q&organization_id={}&max_uses=5&days=365",
                w.home_org
            ),
        )
        .await;
    assert_eq!(s, StatusCode::UNPROCESSABLE_ENTITY);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn invitation_accept_decline_and_closed_links() {
    let h = Harness::sqlite().await;
    let w = h.world("river").await;
    let c = &w.steward.cookie;
    let link = h.invite(&w, c, "link", 2).await;
    let path = link.trim_start_matches(ORIGIN);
    let (s, body) = h.get(path, None).await;
    assert_eq!(s, StatusCode::OK);
    assert!(body.contains("How might we care for the river?"));
    // Decline: one click, no account, no name.
    let (s, body) = h.post(&format!("{path}/decline"), None, "").await;
    assert_eq!(s, StatusCode::OK);
    assert!(body.contains("Nothing about you was recorded"));
    // Accept with a new account.
    let (s, headers, _) = h
        .post_full(
            &format!("{path}/accept"),
            None,
            "name=Noor&email=noor%40example.org&password=long+enough+pw",
        )
        .await;
    assert_eq!(s, StatusCode::SEE_OTHER);
    let noor = session_cookie(&headers).expect("noor is signed in");
    let (s, body) = h.get("/c/river", Some(&noor)).await;
    assert_eq!(s, StatusCode::OK);
    assert!(body.contains("river community"));
    // Same e-mail again is a form error, not a 500, and uses nothing.
    let (s, body) = h
        .post(
            &format!("{path}/accept"),
            None,
            "name=Noor&email=NOOR%40example.org&password=long+enough+pw",
        )
        .await;
    assert_eq!(s, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(body.contains("exists already"));
    // Accepting while already a member is a clear conflict.
    let (s, _) = h.post(&format!("{path}/accept"), Some(&noor), "").await;
    assert_eq!(s, StatusCode::CONFLICT);
    // Who invited whom is kept.
    let members = h
        .app
        .members(&h.allowed(&w.steward, "river").await)
        .await
        .expect("members");
    let row = members
        .iter()
        .find(|m| m.account.email == "noor@example.org")
        .expect("noor");
    assert_eq!(row.membership.invited_by, Some(w.steward.account.id));
    // Last use, then the link is used up.
    let (s, _) = h
        .post_full(
            &format!("{path}/accept"),
            None,
            "name=Sam&email=sam%40example.org&password=long+enough+pw",
        )
        .await
        .into_pair();
    assert_eq!(s, StatusCode::SEE_OTHER);
    let before = h.member_count(&w).await;
    let (s, body) = h
        .post(
            &format!("{path}/accept"),
            None,
            "name=Late&email=late%40example.org&password=long+enough+pw",
        )
        .await;
    assert_eq!(s, StatusCode::GONE);
    assert!(body.contains("already been used"));
    assert_eq!(h.member_count(&w).await, before, "nothing changed");
    assert!(
        h.app
            .sign_in("late@example.org", "long enough pw")
            .await
            .is_err(),
        "no account was left behind"
    );
    // Revoked.
    let revoked = h.invite(&w, c, "personal", 1).await;
    let id = h
        .app
        .invitations(&h.allowed(&w.steward, "river").await)
        .await
        .expect("list")[0]
        .id;
    let (s, _) = h
        .post(
            &format!("/c/river/invitations/{id}/revoke"),
            Some(c),
            "reason=sent+by+mistake",
        )
        .await;
    assert_eq!(s, StatusCode::SEE_OTHER);
    let (s, body) = h.get(revoked.trim_start_matches(ORIGIN), None).await;
    assert_eq!(s, StatusCode::GONE);
    assert!(body.contains("withdrawn"));
    // Expired.
    let expiring = h.invite(&w, c, "link", 5).await;
    h.app.clock.advance(15 * 86_400);
    let (s, body) = h
        .post(
            &format!("{}/decline", expiring.trim_start_matches(ORIGIN)),
            None,
            "",
        )
        .await;
    assert_eq!(s, StatusCode::GONE);
    assert!(body.contains("expired"));
    let (s, _) = h.get("/invite/unknown-token", None).await;
    assert_eq!(s, StatusCode::NOT_FOUND);
}

test_both_dbs!(
    concurrent_redemption_of_the_last_use_admits_one,
    |store| async move {
        let h = Harness::new(store, 10_000).await;
        let w = h.world("last-use").await;
        let link = h.invite(&w, &w.steward.cookie, "link", 1).await;
        let path = link.trim_start_matches(ORIGIN).to_owned();
        let before = h.member_count(&w).await;
        let mut tasks = Vec::new();
        for i in 0..6 {
            let h = h.clone();
            let path = path.clone();
            tasks.push(tokio::spawn(async move {
                h.post(
                    &format!("{path}/accept"),
                    None,
                    &format!("name=P{i}&email=p{i}%40example.org&password=long+enough+pw"),
                )
                .await
                .0
            }));
        }
        let mut statuses = Vec::new();
        for t in tasks {
            statuses.push(t.await.expect("join"));
        }
        assert_eq!(
            statuses
                .iter()
                .filter(|s| **s == StatusCode::SEE_OTHER)
                .count(),
            1,
            "{statuses:?}"
        );
        assert!(
            statuses
                .iter()
                .all(|s| *s == StatusCode::SEE_OTHER || *s == StatusCode::GONE),
            "{statuses:?}"
        );
        assert_eq!(h.member_count(&w).await, before + 1);
    }
);

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn password_reset_link_from_a_steward() {
    let h = Harness::sqlite().await;
    let w = h.world("reset").await;
    let m = h.person_with_role(&w, Role::Member).await;
    let (s, body) = h
        .post(
            &format!("/c/reset/members/{}/reset", m.membership_id),
            Some(&w.steward.cookie),
            "reason=forgot+it",
        )
        .await;
    assert_eq!(s, StatusCode::OK);
    let link = extract_link(&body, "/reset/").expect("reset link shown");
    let (s, _) = h.post(&link, None, "password=short").await;
    assert_eq!(s, StatusCode::UNPROCESSABLE_ENTITY);
    let (s, _) = h.post(&link, None, "password=a+brand+new+secret").await;
    assert_eq!(s, StatusCode::OK);
    assert!(h.app.sign_in(&m.email, "a brand new secret").await.is_ok());
    assert!(h.app.sign_in(&m.email, PASSWORD).await.is_err());
    let (s, _) = h.get(&link, None).await;
    assert_eq!(s, StatusCode::NOT_FOUND, "used once");
    let (_, audit) = h.get("/c/reset/audit", Some(&w.steward.cookie)).await;
    assert!(audit.contains("password.reset_issued") && audit.contains("forgot it"));
}

/// A steward cannot take over someone who also belongs to a community they do not steward.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn reset_links_stay_inside_the_stewards_reach() {
    let h = Harness::sqlite().await;
    let a = h.world("north").await;
    let b = h.world("south").await;
    let shared = h.person_with_role(&a, Role::Member).await;
    convene_app::store::communities::add_membership(
        h.app.store.conn(),
        convene_app::store::communities::NewMembership {
            community_id: b.community_id,
            account_id: shared.account.id,
            organization_id: b.home_org,
            roles: RoleSet::only(Role::Steward),
            invited_by: None,
            invitation_id: None,
            now: h.app.now(),
        },
    )
    .await
    .expect("also in south");
    let (s, body) = h
        .post(
            &format!("/c/north/members/{}/reset", shared.membership_id),
            Some(&a.steward.cookie),
            "reason=forgot",
        )
        .await;
    assert_eq!(s, StatusCode::CONFLICT);
    assert!(body.contains("a community you do not steward"), "{body}");
    assert!(
        !body.contains("south community"),
        "the other community is not named"
    );
    let (s, _) = h
        .api(
            "POST",
            &format!(
                "/api/v1/communities/north/members/{}/reset",
                shared.membership_id
            ),
            &a.steward.token,
            Some(r#"{"reason":"forgot"}"#),
        )
        .await;
    assert_eq!(s, StatusCode::CONFLICT);
    // The operator (every world's steward here is one) is out of reach too.
    let co = h.person_with_role(&a, Role::Steward).await;
    let (s, body) = h
        .post(
            &format!("/c/north/members/{}/reset", a.steward.membership_id),
            Some(&co.cookie),
            "reason=x",
        )
        .await;
    assert_eq!(s, StatusCode::CONFLICT);
    assert!(body.contains("operator"));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn export_and_delete_own_account() {
    let h = Harness::sqlite().await;
    let w = h.world("mine").await;
    let m = h.person_with_role(&w, Role::Host).await;
    let (s, body) = h.get("/account/export", Some(&m.cookie)).await;
    assert_eq!(s, StatusCode::OK);
    let json: serde_json::Value = serde_json::from_str(&body).expect("export is JSON");
    assert_eq!(json["account"]["email"], m.email.as_str());
    assert_eq!(json["memberships"][0]["community"]["slug"], "mine");
    assert!(!body.contains("argon2"), "no password hash in the export");
    let (s, _) = h.api("GET", "/api/v1/me/export", &m.token, None).await;
    assert_eq!(s, StatusCode::OK);
    // The operator stays; the only steward cannot leave the community ungoverned.
    let (s, body) = h
        .post(
            "/account/delete",
            Some(&w.steward.cookie),
            &format!("password={}", enc(PASSWORD)),
        )
        .await;
    assert_eq!(s, StatusCode::CONFLICT);
    assert!(body.contains("operator"));
    let sole = h.person_with_role(&w, Role::Steward).await;
    convene_app::store::communities::set_roles(
        h.app.store.conn(),
        w.steward.membership_id,
        RoleSet::member(),
    )
    .await
    .expect("demote the operator here");
    let (s, body) = h
        .post(
            "/account/delete",
            Some(&sole.cookie),
            &format!("password={}", enc(PASSWORD)),
        )
        .await;
    assert_eq!(s, StatusCode::CONFLICT);
    assert!(body.contains("only steward"), "{body}");
    let (s, _) = h
        .post(
            "/account/delete",
            Some(&m.cookie),
            "password=wrong+password",
        )
        .await;
    assert_eq!(s, StatusCode::UNPROCESSABLE_ENTITY);
    let (s, body) = h
        .post(
            "/account/delete",
            Some(&m.cookie),
            &format!("password={}", enc(PASSWORD)),
        )
        .await;
    assert_eq!(s, StatusCode::OK, "{body}");
    assert!(h.app.sign_in(&m.email, PASSWORD).await.is_err());
    let (s, _) = h.get_full("/account", Some(&m.cookie)).await.into_pair();
    assert_eq!(s, StatusCode::SEE_OTHER, "session is gone");
    let (s, _) = h.api("GET", "/api/v1/me", &m.token, None).await;
    assert_eq!(s, StatusCode::UNAUTHORIZED, "tokens are gone");
    // The stewards' log says a member left, not who.
    let entries = h
        .app
        .audit_log(&h.allowed(&sole, "mine").await, None)
        .await
        .expect("log");
    let left = entries
        .iter()
        .find(|e| e.action == "member.account_deleted")
        .expect("recorded");
    // Its subject is typed: the membership's id, no name.
    assert_eq!(left.target, format!("membership:{}", m.membership_id));
    assert_eq!(left.subject_kind.as_deref(), Some("membership"));
    assert_eq!(left.subject_id, Some(m.membership_id));
    assert_eq!(left.actor_id, None);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn api_tokens_openapi_health_and_metrics() {
    let h = Harness::sqlite().await;
    let w = h.world("api").await;
    let (s, _) = h.send("GET", "/api/v1/me", None, None, &[]).await;
    assert_eq!(s, StatusCode::UNAUTHORIZED);
    let (s, _) = h.api("GET", "/api/v1/me", "not-a-token", None).await;
    assert_eq!(s, StatusCode::UNAUTHORIZED);
    let (s, body) = h.api("GET", "/api/v1/me", &w.steward.token, None).await;
    assert_eq!(s, StatusCode::OK);
    assert!(body.contains(&w.steward.email));
    let (s, body) = h
        .api(
            "POST",
            "/api/v1/communities/api/invitations",
            &w.steward.token,
            Some(&format!(
                r#"{{"kind":"link","calling_question":"Why?","organization_id":{},"max_uses":3}}"#,
                w.home_org
            )),
        )
        .await;
    assert_eq!(s, StatusCode::CREATED, "{body}");
    assert!(body.contains("/invite/"));
    let (s, body) = h
        .api(
            "POST",
            "/api/v1/communities/api/invitations",
            &w.steward.token,
            Some(r#"{"kind":"link","calling_question":"","organization_id":1}"#),
        )
        .await;
    assert_eq!(s, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(body.contains("calling question is required"));
    // Tokens are made and revoked on the account page.
    let (s, body) = h
        .post("/account/tokens", Some(&w.steward.cookie), "name=laptop")
        .await;
    assert_eq!(s, StatusCode::CREATED);
    assert!(body.contains("shown only once"));
    let (s, body) = h.get("/api/v1/openapi.json", None).await;
    assert_eq!(s, StatusCode::OK);
    let doc: serde_json::Value = serde_json::from_str(&body).expect("openapi json");
    assert!(doc["paths"]["/api/v1/communities/{slug}/members"]["get"].is_object());
    let (s, body) = h.get("/healthz", None).await;
    assert_eq!((s, body.as_str()), (StatusCode::OK, "ok"));
    let (s, body) = h.api("GET", "/metrics", METRICS_TOKEN, None).await;
    assert_eq!(s, StatusCode::OK);
    assert!(body.contains("convene_http_requests_total"));
    // A change that alters the network writes a job with it; the runner takes it after commit,
    // marks just that community for recomputation, and /metrics shows the work.
    h.app.live.take_dirty();
    let (s, _) = h
        .post(
            "/c/api/network/me",
            Some(&w.steward.cookie),
            "share_metrics=on",
        )
        .await;
    assert_eq!(s, StatusCode::SEE_OTHER);
    let (_, body) = h.api("GET", "/metrics", METRICS_TOKEN, None).await;
    assert!(body.contains("convene_jobs_waiting 1"), "{body}");
    assert_eq!(h.app.run_jobs(&h.system).await.expect("run"), 1);
    assert_eq!(
        h.app.live.take_dirty(),
        vec![convene_domain::ids::CommunityId(w.community_id)]
    );
    let (_, body) = h.api("GET", "/metrics", METRICS_TOKEN, None).await;
    assert!(body.contains("convene_jobs_waiting 0"), "{body}");
    assert!(body.contains("convene_jobs_run_total 1"), "{body}");
    let (s, body) = h.get("/static/htmx.min.js", None).await;
    assert_eq!(s, StatusCode::OK);
    assert!(body.contains("htmx"));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn open_community_join_and_guest_visibility() {
    let h = Harness::sqlite().await;
    let w = h.world("commons").await;
    let outsider = h.world("elsewhere").await.steward;
    let (s, _) = h.get("/c/commons", Some(&outsider.cookie)).await;
    assert_eq!(
        s,
        StatusCode::NOT_FOUND,
        "invite-only communities are invisible"
    );
    h.post(
        "/c/commons/settings",
        Some(&w.steward.cookie),
        "name=commons+community&purpose=p&open=on&reason=open+up",
    )
    .await;
    let (s, body) = h.get("/c/commons", Some(&outsider.cookie)).await;
    assert_eq!(s, StatusCode::OK);
    assert!(body.contains("Join"));
    let (s, _) = h.post("/c/commons/join", Some(&outsider.cookie), "").await;
    assert_eq!(s, StatusCode::SEE_OTHER);
    let (s, _) = h.get("/c/commons/members", Some(&outsider.cookie)).await;
    assert_eq!(s, StatusCode::OK);
    // Someone without an account signs up and joins in one step.
    let (s, body) = h.get("/c/commons", None).await;
    assert_eq!(s, StatusCode::OK);
    assert!(body.contains("Sign up and join"));
    let (s, body) = h
        .post(
            "/c/commons/join",
            None,
            "name=Kai&email=kai%40example.org&password=short",
        )
        .await;
    assert_eq!(s, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(body.contains("at least 10"));
    let (s, headers, _) = h
        .post_full(
            "/c/commons/join",
            None,
            "name=Kai&email=kai%40example.org&password=long+enough+pw",
        )
        .await;
    assert_eq!(s, StatusCode::SEE_OTHER);
    let kai = session_cookie(&headers).expect("kai is signed in");
    let (s, body) = h.get("/c/commons", Some(&kai)).await;
    assert_eq!(s, StatusCode::OK);
    assert!(body.contains("Member"));
    // An invite-only community offers no sign-up: anonymous visitors are sent to sign in.
    let (s, _) = h.get_full("/c/elsewhere", None).await.into_pair();
    assert_eq!(s, StatusCode::SEE_OTHER);
    let (s, _) = h
        .post(
            "/c/elsewhere/join",
            None,
            "name=Kai&email=kai2%40example.org&password=long+enough+pw",
        )
        .await;
    assert_eq!(s, StatusCode::NOT_FOUND);
    let guest = h.person_with_role(&w, Role::Guest).await;
    let (s, body) = h.get("/c/commons", Some(&guest.cookie)).await;
    assert_eq!(s, StatusCode::OK);
    assert!(
        !body.contains("/c/commons/members"),
        "guests get no member directory link"
    );
}

/// The pages not walked by the tests above.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn remaining_pages_work() {
    let h = Harness::sqlite().await;
    let w = h.world("pages").await;
    let c = Some(w.steward.cookie.as_str());
    let (s, body) = h.get("/", None).await;
    assert_eq!(s, StatusCode::OK);
    assert!(body.contains("Sign in"));
    // With one community the start page is the community, which offers to create another.
    let (s, _) = h.get("/", c).await;
    assert_eq!(s, StatusCode::SEE_OTHER);
    let (s, body) = h.get("/c/pages", c).await;
    assert_eq!(s, StatusCode::OK);
    assert!(body.contains("pages community") && body.contains("Create another community"));
    let (s, body) = h.get("/signin", None).await;
    assert_eq!(s, StatusCode::OK);
    assert!(body.contains("<form"));
    let (s, _) = h.get_full("/signin", c).await.into_pair();
    assert_eq!(s, StatusCode::SEE_OTHER, "signed in already");
    // Rename.
    let (s, _) = h.post("/account/name", c, "name=").await;
    assert_eq!(s, StatusCode::UNPROCESSABLE_ENTITY);
    let (s, _) = h.post("/account/name", c, "name=Ada+Renamed").await;
    assert_eq!(s, StatusCode::SEE_OTHER);
    let (_, body) = h.get("/account", c).await;
    assert!(body.contains("Ada Renamed"));
    // API token revoke: only one's own.
    let id = h.app.api_tokens(&w.steward.account).await.expect("tokens")[0].id;
    let other = h.person_with_role(&w, Role::Member).await;
    let (s, _) = h
        .post(
            &format!("/account/tokens/{id}/revoke"),
            Some(&other.cookie),
            "",
        )
        .await;
    assert_eq!(s, StatusCode::NOT_FOUND, "not someone else's token");
    let (s, _) = h.post(&format!("/account/tokens/{id}/revoke"), c, "").await;
    assert_eq!(s, StatusCode::SEE_OTHER);
    let (s, _) = h.api("GET", "/api/v1/me", &w.steward.token, None).await;
    assert_eq!(s, StatusCode::UNAUTHORIZED);
    // Partner organizations, audited; duplicates are a form error.
    let (s, _) = h
        .post(
            "/c/pages/settings/organizations",
            c,
            "name=Northwind&reason=new+partner",
        )
        .await;
    assert_eq!(s, StatusCode::SEE_OTHER);
    let (s, body) = h
        .post(
            "/c/pages/settings/organizations",
            c,
            "name=Northwind&reason=again",
        )
        .await;
    assert_eq!(s, StatusCode::CONFLICT);
    assert!(body.contains("already taken"));
    let (_, body) = h.get("/c/pages", c).await;
    assert!(body.contains("Northwind") && body.contains("partner"));
    let (_, audit) = h.get("/c/pages/audit", c).await;
    assert!(audit.contains("organization.add") && audit.contains("new partner"));
    let (s, _) = h
        .post(
            "/c/pages/settings/organizations",
            Some(&other.cookie),
            "name=Other&reason=x",
        )
        .await;
    assert_eq!(s, StatusCode::FORBIDDEN);
}

/// Malformed input never reaches a default plain-text rejection: pages answer with the 404
/// page or a form error, the API with JSON; a denied request is 403 whatever it carries.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn malformed_requests_get_clear_answers() {
    let h = Harness::sqlite().await;
    let w = h.world("strict").await;
    let c = Some(w.steward.cookie.as_str());
    for path in [
        "/c/strict/members/abc/remove",
        "/c/strict/roles/1x",
        "/c/strict/invitations/-/revoke",
        "/account/tokens/zz/revoke",
    ] {
        let (s, body) = h.post(path, c, "reason=x").await;
        assert_eq!(s, StatusCode::NOT_FOUND, "{path}");
        assert!(body.contains("<html"), "{path}: an HTML page");
    }
    let (s, _) = h.get("/c/strict/audit?before=abc", c).await;
    assert_eq!(s, StatusCode::NOT_FOUND);
    let (s, body) = h
        .post(
            "/c/strict/invitations",
            c,
            &format!(
                "kind=link&calling_question=q&organization_id={}&max_uses=&days=14",
                w.home_org
            ),
        )
        .await;
    assert_eq!(s, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(body.contains("uses must be a whole number"), "{body}");
    let (s, body) = h
        .api(
            "POST",
            "/api/v1/communities/strict/invitations",
            &w.steward.token,
            Some("{not json"),
        )
        .await;
    assert_eq!(s, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(body.starts_with("{\"error\""), "{body}");
    let (s, body) = h
        .api(
            "PUT",
            "/api/v1/communities/strict/members/abc/roles",
            &w.steward.token,
            Some(r#"{"roles":[],"reason":"x"}"#),
        )
        .await;
    assert_eq!(s, StatusCode::NOT_FOUND);
    assert!(body.contains("error"));
    // A host may not revoke: 403 even with an empty reason, and the page says so.
    let host = h.person_with_role(&w, Role::Host).await;
    let id = h.raw_invitation(&w).await;
    let (s, _) = h
        .post(
            &format!("/c/strict/invitations/{id}/revoke"),
            Some(&host.cookie),
            "reason=",
        )
        .await;
    assert_eq!(s, StatusCode::FORBIDDEN);
    let member = h.person_with_role(&w, Role::Member).await;
    let (s, _) = h
        .post(
            &format!("/c/strict/roles/{}", member.membership_id),
            Some(&member.cookie),
            "reason=",
        )
        .await;
    assert_eq!(s, StatusCode::FORBIDDEN);
    // Signed-in pages are never cached; static assets are.
    let (_, headers, _) = h.get_full("/account", c).await;
    assert_eq!(
        headers.get("cache-control").and_then(|v| v.to_str().ok()),
        Some("no-store")
    );
    let (_, headers, _) = h.get_full("/static/app.css", None).await;
    assert_eq!(
        headers.get("cache-control").and_then(|v| v.to_str().ok()),
        Some("public, max-age=3600")
    );
}

/// Guests can hold the host role, but whoever they invite comes in as a guest too.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn guests_only_invite_guests() {
    let h = Harness::sqlite().await;
    let w = h.world("edge").await;
    let account = h.person_with_role(&w, Role::Guest).await;
    convene_app::store::communities::set_roles(
        h.app.store.conn(),
        account.membership_id,
        RoleSet::new(true, [Role::Host]),
    )
    .await
    .expect("guest host");
    let link = h.invite(&w, &account.cookie, "link", 3).await;
    let (s, headers, _) = h
        .post_full(
            &format!("{}/accept", link.trim_start_matches(ORIGIN)),
            None,
            "name=Vi&email=vi%40example.org&password=long+enough+pw",
        )
        .await;
    assert_eq!(s, StatusCode::SEE_OTHER);
    let vi = session_cookie(&headers).expect("vi");
    let (_, body) = h.get("/c/edge", Some(&vi)).await;
    assert!(
        body.contains("Guest") && !body.contains("/c/edge/members"),
        "{body}"
    );
}

/// A reset ends every way into the account: sessions, API tokens, other reset links.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_reset_closes_every_other_door() {
    let h = Harness::sqlite().await;
    let w = h.world("doors").await;
    let m = h.person_with_role(&w, Role::Member).await;
    let mut links = Vec::new();
    for _ in 0..2 {
        let (_, body) = h
            .post(
                &format!("/c/doors/members/{}/reset", m.membership_id),
                Some(&w.steward.cookie),
                "reason=lost+phone",
            )
            .await;
        links.push(extract_link(&body, "/reset/").expect("link"));
    }
    let (s, _) = h.post(&links[0], None, "password=a+brand+new+secret").await;
    assert_eq!(s, StatusCode::OK);
    let (s, _) = h.get(&links[1], None).await;
    assert_eq!(s, StatusCode::NOT_FOUND, "the other reset link is void");
    let (s, _) = h.api("GET", "/api/v1/me", &m.token, None).await;
    assert_eq!(s, StatusCode::UNAUTHORIZED, "API tokens are void");
    let (s, _) = h.get_full("/account", Some(&m.cookie)).await.into_pair();
    assert_eq!(s, StatusCode::SEE_OTHER, "old sessions are void");
}

/// Each server start prints a setup link; all stay valid until one is used.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn setup_links_from_several_starts() {
    let h = Harness::sqlite().await;
    let first = h
        .app
        .setup_token(&h.system)
        .await
        .expect("setup")
        .expect("token");
    let second = h
        .app
        .setup_token(&h.system)
        .await
        .expect("setup")
        .expect("token");
    assert_eq!(
        h.get(&format!("/setup/{first}"), None).await.0,
        StatusCode::OK
    );
    let (s, _) = h
        .post(
            &format!("/setup/{second}"),
            None,
            "name=Ada&email=ada%40example.org&password=long+enough+pw",
        )
        .await;
    assert_eq!(s, StatusCode::SEE_OTHER);
    assert_eq!(
        h.get(&format!("/setup/{first}"), None).await.0,
        StatusCode::NOT_FOUND
    );
    let (s, _) = h
        .post(
            &format!("/setup/{first}"),
            None,
            "name=Eve&email=eve%40example.org&password=long+enough+pw",
        )
        .await;
    assert_eq!(s, StatusCode::NOT_FOUND);
}

/// The API creates communities (for the operator) and partner organizations (for stewards).
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn api_creates_communities_and_partners() {
    let h = Harness::sqlite().await;
    let w = h.world("apix").await;
    let (s, body) = h
        .api(
            "POST",
            "/api/v1/communities",
            &w.steward.token,
            Some(r#"{"name":"Valley Forum","purpose":"Talk.","home_organization":"Valley"}"#),
        )
        .await;
    assert_eq!(s, StatusCode::CREATED, "{body}");
    assert!(body.contains(r#""slug":"valley-forum""#));
    let member = h.person_with_role(&w, Role::Member).await;
    let (s, _) = h
        .api(
            "POST",
            "/api/v1/communities",
            &member.token,
            Some(r#"{"name":"Mine","purpose":"x","home_organization":"Y"}"#),
        )
        .await;
    assert_eq!(
        s,
        StatusCode::FORBIDDEN,
        "only the operator creates communities"
    );
    let (s, body) = h
        .api(
            "POST",
            "/api/v1/communities/apix/organizations",
            &w.steward.token,
            Some(r#"{"name":"Northwind","reason":"partner"}"#),
        )
        .await;
    assert_eq!(s, StatusCode::CREATED, "{body}");
    let (s, _) = h
        .api(
            "POST",
            "/api/v1/communities/apix/organizations",
            &member.token,
            Some(r#"{"name":"Other","reason":"x"}"#),
        )
        .await;
    assert_eq!(s, StatusCode::FORBIDDEN);
}

/// One status per error, pages and API alike; unknown and malformed API paths answer JSON;
/// error pages keep the signed-in header and lead back.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn one_status_per_error_on_pages_and_api() {
    let h = Harness::sqlite().await;
    let w = h.world("codes").await;
    let member = h.person_with_role(&w, Role::Member).await;
    let steward = &w.steward;
    let orgs = "/c/codes/settings/organizations";
    let api_orgs = "/api/v1/communities/codes/organizations";
    // (what, who, page form, API body, status)
    let table = [
        (
            "conflict",
            steward,
            "name=Home&reason=again",
            r#"{"name":"Home","reason":"again"}"#,
            StatusCode::CONFLICT,
        ),
        (
            "invalid",
            steward,
            "name=North&reason=",
            r#"{"name":"North","reason":""}"#,
            StatusCode::UNPROCESSABLE_ENTITY,
        ),
        (
            "denied",
            &member,
            "name=North&reason=r",
            r#"{"name":"North","reason":"r"}"#,
            StatusCode::FORBIDDEN,
        ),
    ];
    for (what, who, form, json, status) in table {
        let (s, _) = h.post(orgs, Some(&who.cookie), form).await;
        assert_eq!(s, status, "page: {what}");
        let (s, body) = h.api("POST", api_orgs, &who.token, Some(json)).await;
        assert_eq!(s, status, "API: {what}: {body}");
        assert!(
            body.starts_with("{\"error\""),
            "API errors are JSON: {body}"
        );
    }
    // Not found: unknown and malformed ids, on pages (HTML) and in the API (JSON).
    for id in ["999999", "not-a-number"] {
        let (s, body) = h
            .get(&format!("/c/codes/g/{id}"), Some(&steward.cookie))
            .await;
        assert_eq!(s, StatusCode::NOT_FOUND, "page {id}");
        assert!(body.contains("<html"), "a page: {body}");
        let (s, body) = h
            .api(
                "GET",
                &format!("/api/v1/communities/codes/gatherings/{id}/agenda"),
                &steward.token,
                None,
            )
            .await;
        assert_eq!(s, StatusCode::NOT_FOUND, "API {id}");
        assert!(body.starts_with("{\"error\""), "JSON: {body}");
    }
    let (s, body) = h
        .api("GET", "/api/v1/no/such/thing", &steward.token, None)
        .await;
    assert_eq!(s, StatusCode::NOT_FOUND);
    assert!(
        body.starts_with("{\"error\""),
        "an unknown API path answers JSON: {body}"
    );
    let (s, body) = h.get("/no/such/page", Some(&steward.cookie)).await;
    assert_eq!(s, StatusCode::NOT_FOUND);
    assert!(
        body.contains(&steward.name),
        "the 404 page keeps the header: {body}"
    );
    // An error page keeps who is signed in, and leads back into the community.
    let (s, body) = h.get("/c/codes/audit", Some(&member.cookie)).await;
    assert_eq!(s, StatusCode::FORBIDDEN);
    assert!(body.contains(&member.name), "signed-in header: {body}");
    assert!(body.contains("href=\"/c/codes\""), "a link back: {body}");
}
