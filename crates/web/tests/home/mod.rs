//! What a person sees first: the community page's next gathering with one next step per role,
//! the welcome after accepting an invitation, sign-in that returns to where you were (and never
//! to another site), one community landing on it, and error pages that keep the header.

use crate::gatherings::open_space;
use crate::harness::*;
use axum::http::StatusCode;
use convene_domain::Role;

fn location(h: &axum::http::HeaderMap) -> String {
    h["location"].to_str().expect("location").to_owned()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_community_page_names_the_next_gathering_and_a_step_per_role() {
    let h = Harness::sqlite().await;
    let w = h.world("home").await;
    let host = Some(w.steward.cookie.as_str());
    let ana = h.person_with_role(&w, Role::Member).await;
    let a = Some(ana.cookie.as_str());
    let (_, page) = h.get("/c/home", a).await;
    assert!(page.contains("No gathering is planned yet."), "{page}");

    let os = open_space(&h, &w).await; // with a grid, in the marketplace
    let (_, page) = h.get("/c/home", host).await;
    assert!(
        page.contains("1 December 2026 09:00 (Europe/Berlin)") && page.contains(">Marketplace<"),
        "{page}"
    );
    assert!(
        page.contains(&format!(r#"href="{}/phase?to=sessions""#, os.base))
            && page.contains("Start the sessions"),
        "{page}"
    );
    let (s, _) = h.post(&format!("{}/rsvp", os.base), a, "answer=yes").await;
    assert_eq!(s, StatusCode::SEE_OTHER);
    let (_, page) = h.get("/c/home", a).await;
    assert!(
        page.contains(&format!(r#"href="{}#marketplace""#, os.base))
            && page.contains("Propose a session"),
        "{page}"
    );
    // A new gathering without dates comes next once the dated one is over (the test clock is
    // in 2027), and its host's next step is the grid.
    let (s, b) = h.post("/c/home/g", host, GATHERING_FORM).await;
    assert_eq!(s, StatusCode::SEE_OTHER, "{b}");
    let (_, page) = h.get("/c/home", host).await;
    assert!(page.contains("no date yet"), "{page}");
    assert!(page.contains("Add spaces and time slots"), "{page}");
    let (_, page) = h.get("/c/home", a).await;
    assert!(
        page.contains("Answer the invitation") && !page.contains("Add spaces"),
        "{page}"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_new_member_is_welcomed_and_one_community_is_where_you_land() {
    let h = Harness::sqlite().await;
    let w = h.world("welcome").await;
    let link = h.invite(&w, &w.steward.cookie, "link", 5).await;
    let path = link.trim_start_matches(ORIGIN);
    let (s, headers, _) = h
        .post_full(
            &format!("{path}/accept"),
            None,
            "name=Noor&email=noor%40example.org&password=long+enough+pw",
        )
        .await;
    assert_eq!(s, StatusCode::SEE_OTHER);
    assert_eq!(location(&headers), "/c/welcome?welcome=1");
    let cookie = session_cookie(&headers).expect("cookie");
    let (_, page) = h.get("/c/welcome?welcome=1", Some(&cookie)).await;
    assert!(
        page.contains("Welcome to welcome community, Noor."),
        "{page}"
    );
    // One community: the start page is the community.
    let (s, headers, _) = h.get_full("/", Some(&cookie)).await;
    assert_eq!(s, StatusCode::SEE_OTHER);
    assert_eq!(location(&headers), "/c/welcome");
    // Two: the list.
    let other = h.world("second").await;
    let link = h.invite(&other, &other.steward.cookie, "link", 5).await;
    let (s, _) = h
        .post(
            &format!("{}/accept", link.trim_start_matches(ORIGIN)),
            Some(&cookie),
            "",
        )
        .await;
    assert_eq!(s, StatusCode::SEE_OTHER);
    let (s, page) = h.get("/", Some(&cookie)).await;
    assert_eq!(s, StatusCode::OK);
    assert!(
        page.contains("Your communities") && page.contains("second community"),
        "{page}"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn sign_in_returns_to_where_you_were_and_only_on_this_site() {
    let h = Harness::sqlite().await;
    let w = h.world("back").await;
    let (s, headers, _) = h.get_full("/c/back/members?q=ana", None).await;
    assert_eq!(s, StatusCode::SEE_OTHER);
    assert_eq!(
        location(&headers),
        "/signin?next=%2Fc%2Fback%2Fmembers%3Fq%3Dana"
    );
    let (_, page) = h
        .get("/signin?next=%2Fc%2Fback%2Fmembers%3Fq%3Dana", None)
        .await;
    assert!(
        page.contains(r#"name="next" value="/c/back/members?q=ana""#),
        "{page}"
    );
    let email = enc(&w.steward.email);
    let signin = |next: &str| {
        format!(
            "email={email}&password={}&next={}",
            enc(PASSWORD),
            enc(next)
        )
    };
    let (s, headers, body) = h
        .post_full("/signin", None, &signin("/c/back/members?q=ana"))
        .await;
    assert_eq!(s, StatusCode::SEE_OTHER, "{body}");
    assert_eq!(location(&headers), "/c/back/members?q=ana");
    for evil in [
        "//evil.example/x",
        "/\\evil.example",
        "https://evil.example/",
        "/\t/evil.example",
        "evil.example",
        "/%0a/x\r\nSet-Cookie: a=b",
        "javascript:alert(1)",
    ] {
        let (s, headers, body) = h.post_full("/signin", None, &signin(evil)).await;
        assert_eq!(s, StatusCode::SEE_OTHER, "{evil}: {body}");
        assert_eq!(location(&headers), "/", "{evil}");
        let (_, page) = h.get(&format!("/signin?next={}", enc(evil)), None).await;
        assert!(!page.contains(r#"name="next""#), "{evil}: {page}");
    }
    // The invitation page's sign-in link comes back to the invitation.
    let link = h.invite(&w, &w.steward.cookie, "link", 5).await;
    let path = link.trim_start_matches(ORIGIN);
    let (_, page) = h.get(path, None).await;
    assert!(
        page.contains(&format!(r#"href="/signin?next={path}""#)),
        "{page}"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn error_pages_keep_the_header_and_link_back() {
    let h = Harness::sqlite().await;
    let w = h.world("errs").await;
    let ana = h.person_with_role(&w, Role::Member).await;
    let (s, page) = h.get("/c/errs/audit", Some(&ana.cookie)).await;
    assert_eq!(s, StatusCode::FORBIDDEN);
    assert!(
        page.contains(&ana.name) && page.contains(r#"action="/signout""#),
        "{page}"
    );
    assert!(page.contains(r#"href="/c/errs""#), "{page}");
}
