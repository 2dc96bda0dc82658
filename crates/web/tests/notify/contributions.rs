//! Contributions through curation: a guest submits over the API, a member who is not a
//! curator is refused, a curator asks for changes with a reason the author sees (and is told),
//! the author edits, the curator accepts; the decisions are in the audit log; the public page
//! and its Atom feed (read by Python's feedparser) show it signed out with license and
//! attribution. Posting is rate limited; bad input is refused with nothing saved.

use crate::harness::*;
use axum::http::StatusCode;
use convene_domain::Role;
use std::process::Command;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_guest_contribution_is_curated_and_published() {
    let h = Harness::sqlite().await;
    let w = h.world("curate").await;
    let guest = h.person_with_role(&w, Role::Guest).await;
    let member = h.person_with_role(&w, Role::Member).await;
    let curator = h.person_with_role(&w, Role::Curator).await;
    let api = format!("/api/v1/communities/{}/contributions", w.slug);
    let (s, body) = h
        .api("POST", &api, &guest.token, Some(r#"{"title":"River <case>","summary":"How a town kept its river.","body":"First *draft*."}"#))
        .await;
    assert_eq!(s, StatusCode::CREATED, "{body}");
    let v: serde_json::Value = serde_json::from_str(&body).expect("json");
    let id = v["id"].as_i64().expect("id");
    let decide = format!("{api}/{id}/decision");
    let (s, _) = h
        .api(
            "POST",
            &decide,
            &member.token,
            Some(r#"{"outcome":"accept","reason":"I like it."}"#),
        )
        .await;
    assert_eq!(s, StatusCode::FORBIDDEN, "members do not curate");
    for bad in [
        r#"{"outcome":"publish","reason":"x"}"#,
        r#"{"outcome":"accept","reason":"   "}"#,
    ] {
        let (s, _) = h.api("POST", &decide, &curator.token, Some(bad)).await;
        assert_eq!(s, StatusCode::UNPROCESSABLE_ENTITY, "{bad}");
    }
    let (s, body) = h
        .api(
            "POST",
            &decide,
            &curator.token,
            Some(r#"{"outcome":"changes","reason":"Please name the town's council."}"#),
        )
        .await;
    assert_eq!(s, StatusCode::NO_CONTENT, "{body}");
    let (s, _) = h
        .api(
            "POST",
            &decide,
            &curator.token,
            Some(r#"{"outcome":"accept","reason":"Too early."}"#),
        )
        .await;
    assert_eq!(s, StatusCode::CONFLICT, "it waits for its author now");
    h.app.run_jobs(&h.system).await.expect("jobs");
    let (_, inbox) = h
        .api("GET", "/api/v1/me/notifications", &guest.token, None)
        .await;
    assert!(inbox.contains("\"decision\""), "{inbox}");
    let page = format!("/c/{}/contributions/{id}", w.slug);
    let (s, html) = h.get(&page, Some(&guest.cookie)).await;
    assert_eq!(s, StatusCode::OK);
    assert!(
        html.contains("Please name the town&#39;s council.")
            || html.contains("Please name the town&#x27;s council."),
        "{html}"
    );
    assert!(
        html.contains("id=\"save-contribution\""),
        "the author may edit now"
    );
    // A stale edit saves nothing; the right one sends it back to the curators.
    let (s, _) = h
        .post(
            &format!("{page}/edit"),
            Some(&guest.cookie),
            "title=River+case&summary=How+a+town+kept+its+river.&body=Old&base=0",
        )
        .await;
    assert_eq!(s, StatusCode::CONFLICT);
    let (s, _) = h
        .post(&format!("{page}/edit"), Some(&guest.cookie), "title=River+case&summary=How+a+town+kept+its+river.&body=The+council+of+Weir+listened.&attribution=Ada+and+the+Weir+council&base=1")
        .await;
    assert_eq!(s, StatusCode::SEE_OTHER);
    let (_, public) = h.get(&format!("/c/{}/public", w.slug), None).await;
    assert!(!public.contains("Weir"), "not before it is accepted");
    let (s, _) = h
        .api(
            "POST",
            &decide,
            &curator.token,
            Some(r#"{"outcome":"accept","reason":"Clear and useful."}"#),
        )
        .await;
    assert_eq!(s, StatusCode::NO_CONTENT);
    let (s, public) = h.get(&format!("/c/{}/public", w.slug), None).await;
    assert_eq!(s, StatusCode::OK);
    for want in [
        "River case",
        "The council of Weir listened.",
        "CC-BY-SA-4.0",
        "Ada and the Weir council",
    ] {
        assert!(public.contains(want), "{want}: {public}");
    }
    let (s, audit) = h
        .get(&format!("/c/{}/audit", w.slug), Some(&w.steward.cookie))
        .await;
    assert_eq!(s, StatusCode::OK);
    assert!(
        audit.contains("contribution.changes") && audit.contains("contribution.accept"),
        "{audit}"
    );
    assert!(audit.contains("Clear and useful."));
    // The feed, read by an independent parser.
    let (s, atom) = h.get(&format!("/c/{}/public.atom", w.slug), None).await;
    assert_eq!(s, StatusCode::OK);
    let script = r#"
import sys, json, feedparser
d = feedparser.parse(sys.stdin.read())
print(json.dumps({"bozo": bool(d.bozo), "version": d.version, "title": d.feed.get("title"),
  "entries": [{"title": e.title, "summary": e.summary, "rights": e.get("rights"), "author": e.get("author"),
               "link": e.link, "content": e.content[0].value} for e in d.entries]}))
"#;
    let mut child = Command::new("python3")
        .args(["-c", script])
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .spawn()
        .expect("python3");
    std::io::Write::write_all(&mut child.stdin.take().expect("stdin"), atom.as_bytes())
        .expect("write");
    let out = child.wait_with_output().expect("feedparser");
    assert!(
        out.status.success(),
        "feedparser: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    let f: serde_json::Value = serde_json::from_slice(&out.stdout).expect("json");
    assert_eq!(f["bozo"], false, "{atom}");
    assert_eq!(f["version"], "atom10");
    let entries = f["entries"].as_array().expect("entries");
    assert_eq!(entries.len(), 1, "{f}");
    assert_eq!(entries[0]["title"], "River case");
    assert_eq!(entries[0]["rights"], "CC-BY-SA-4.0");
    assert_eq!(entries[0]["author"], "Ada and the Weir council");
    assert!(
        entries[0]["content"]
            .as_str()
            .expect("c")
            .contains("The council of Weir listened.")
    );
    assert!(entries[0]["link"].as_str().expect("l").starts_with(ORIGIN));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn contribution_input_is_checked_and_posting_is_limited() {
    let h = Harness::sqlite().await;
    let w = h.world("limits").await;
    let m = h.person_with_role(&w, Role::Member).await;
    let api = format!("/api/v1/communities/{}/contributions", w.slug);
    let long = "x".repeat(20_001);
    for bad in [
        r#"{"title":"","summary":"s","body":"b"}"#.to_owned(),
        format!(r#"{{"title":"t","summary":"s","body":"{long}"}}"#),
        r#"{"title":"t","summary":"s","body":"b","license":"All rights reserved"}"#.to_owned(),
    ] {
        let (s, body) = h.api("POST", &api, &m.token, Some(&bad)).await;
        assert_eq!(s, StatusCode::UNPROCESSABLE_ENTITY, "{body}");
    }
    let mut statuses = Vec::new();
    for i in 0..12 {
        let (s, _) = h
            .api(
                "POST",
                &api,
                &m.token,
                Some(&format!(r#"{{"title":"t{i}","summary":"s","body":"b"}}"#)),
            )
            .await;
        statuses.push(s);
    }
    // The three refused ones counted too: 10 a minute in all.
    let created = statuses
        .iter()
        .filter(|s| **s == StatusCode::CREATED)
        .count();
    assert_eq!(created, 7, "{statuses:?}");
    assert_eq!(statuses.last(), Some(&StatusCode::TOO_MANY_REQUESTS));
    let mine = h
        .app
        .my_contributions(&h.allowed(&m, &w.slug).await)
        .await
        .expect("mine");
    assert_eq!(mine.len(), 7, "nothing saved for refused posts");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_gathering_invitation_to_someone_with_an_account_reaches_their_inbox() {
    use convene_app::invitation::NewInvitationForm;
    use convene_domain::invitation::InvitationKind;
    use convene_domain::text::{CallingQuestion, Email};
    let h = Harness::sqlite().await;
    let w = h.world("inviting").await;
    let m = h.person_with_role(&w, Role::Member).await;
    let os = crate::gatherings::open_space(&h, &w).await;
    let form = |email: &str| NewInvitationForm {
        kind: InvitationKind::Personal,
        email: Some(Email::parse(email).expect("email")),
        calling_question: CallingQuestion::parse("What shall we work on?").expect("q"),
        organization_id: w.home_org,
        guest: false,
        max_uses: 1,
        days: 7,
        gathering_id: Some(os.id),
    };
    let ctx = h.allowed(&w.steward, &w.slug).await;
    h.app
        .create_invitation(&ctx, &form(&m.email))
        .await
        .expect("invite");
    h.app
        .create_invitation(&ctx, &form("nobody-here@example.org"))
        .await
        .expect("invite");
    h.app.run_jobs(&h.system).await.expect("jobs");
    let (_, json) = h
        .api("GET", "/api/v1/me/notifications", &m.token, None)
        .await;
    let rows: Vec<serde_json::Value> = serde_json::from_str(&json).expect("json");
    assert_eq!(rows.len(), 1, "{json}");
    assert_eq!(rows[0]["kind"], "invitation");
    assert_eq!(rows[0]["content_id"], serde_json::Value::Null);
    let (_, page) = h.get("/inbox", Some(&m.cookie)).await;
    assert!(
        page.contains(&format!("/c/{}/g/{}", w.slug, os.id)),
        "{page}"
    );
}

/// Starts a thread on the page as `who`; its id.
async fn start(h: &Harness, w: &World, who: &Person, title: &str, vis: &str, body: &str) -> i32 {
    let (s, hd, page) = h
        .post_full(
            &format!("/c/{}/threads", w.slug),
            Some(who.cookie.as_str()),
            &format!("title={}&visibility={vis}&body={}", enc(title), enc(body)),
        )
        .await;
    assert_eq!(s, StatusCode::SEE_OTHER, "{page}");
    hd["location"]
        .to_str()
        .expect("location")
        .split("/threads/")
        .nth(1)
        .and_then(|r| r.split(['?', '#']).next())
        .expect("id")
        .parse()
        .expect("number")
}

/// Organization or network content reaches the public only as a contribution: the person who
/// started a thread offers it, a copy of its opening waits for the curators (who see where it
/// comes from), and only once accepted is it on the public page and in the feed; the thread
/// keeps its readers and its replies stay inside. Nobody else may offer it; public, private,
/// hidden and already offered threads are refused with a reason; nothing else is published.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_thread_reaches_the_public_only_when_offered_and_accepted() {
    let h = Harness::sqlite().await;
    let w = h.world("offer").await;
    let ana = h.person_with_role(&w, Role::Member).await;
    let ben = h.person_with_role(&w, Role::Member).await;
    let guest = h.person_with_role(&w, Role::Guest).await;
    let curator = h.person_with_role(&w, Role::Curator).await;
    let a = Some(ana.cookie.as_str());
    let tid = start(
        &h,
        &w,
        &ana,
        "Weir repair story",
        "organization",
        "The **beaver** dam held through the flood.",
    )
    .await;
    let base = format!("/c/{}/threads/{tid}", w.slug);
    let (s, _) = h
        .post(
            &format!("{base}/replies"),
            Some(ben.cookie.as_str()),
            "body=An+aside+about+the+budget+of+the+yacht+club",
        )
        .await;
    assert_eq!(s, StatusCode::SEE_OTHER);
    let public = || async {
        let (s, page) = h.get(&format!("/c/{}/public", w.slug), None).await;
        assert_eq!(s, StatusCode::OK);
        let (s, atom) = h.get(&format!("/c/{}/public.atom", w.slug), None).await;
        assert_eq!(s, StatusCode::OK);
        format!("{page}\n{atom}")
    };
    assert!(
        !public().await.contains("Weir repair"),
        "not before it is offered"
    );
    let (_, page) = h.get(&base, a).await;
    assert!(
        page.contains(r#"id="offer""#),
        "its starter may offer it: {page}"
    );
    let (_, page) = h.get(&base, Some(ben.cookie.as_str())).await;
    assert!(!page.contains(r#"id="offer""#), "only its starter: {page}");

    // Nobody else offers it: another member is refused, a guest (who may not read it) finds nothing.
    let (s, body) = h
        .post(&format!("{base}/offer"), Some(ben.cookie.as_str()), "")
        .await;
    assert_eq!(s, StatusCode::FORBIDDEN, "{body}");
    assert!(
        body.contains("Only the person who started a thread"),
        "{body}"
    );
    let api = format!("/api/v1/communities/{}/threads/{tid}/offer", w.slug);
    let (s, body) = h.api("POST", &api, &guest.token, None).await;
    assert_eq!(s, StatusCode::NOT_FOUND, "{body}");

    // Its starter offers it: a contribution waits; nothing is public yet.
    let (s, hd, body) = h.post_full(&format!("{base}/offer"), a, "").await;
    assert_eq!(s, StatusCode::SEE_OTHER, "{body}");
    let to = hd["location"].to_str().expect("location").to_owned();
    assert!(to.contains("done=offered"), "{to}");
    let cid: i64 = to
        .split("/contributions/")
        .nth(1)
        .and_then(|r| r.split('?').next())
        .expect("id")
        .parse()
        .expect("number");
    assert!(
        !public().await.contains("Weir repair"),
        "waiting is not public"
    );
    let (s, body) = h.post(&format!("{base}/offer"), a, "").await;
    assert_eq!(s, StatusCode::CONFLICT, "once: {body}");
    assert!(body.contains("offered already"), "{body}");
    let contribution = format!("/c/{}/contributions/{cid}", w.slug);
    let (s, page) = h.get(&contribution, Some(curator.cookie.as_str())).await;
    assert_eq!(s, StatusCode::OK);
    assert!(page.contains("Offered from the thread"), "{page}");
    assert!(page.contains("beaver"), "{page}");
    assert!(
        !page.contains("yacht"),
        "replies by others stay inside: {page}"
    );
    let (s, _) = h.get(&contribution, Some(ben.cookie.as_str())).await;
    assert_eq!(
        s,
        StatusCode::NOT_FOUND,
        "the offer is its author's until accepted"
    );

    // The curator accepts: now (and only now) it is public, without the thread's replies.
    let (s, body) = h
        .api(
            "POST",
            &format!(
                "/api/v1/communities/{}/contributions/{cid}/decision",
                w.slug
            ),
            &curator.token,
            Some(r#"{"outcome":"accept","reason":"A story worth telling."}"#),
        )
        .await;
    assert_eq!(s, StatusCode::NO_CONTENT, "{body}");
    let shown = public().await;
    assert!(
        shown.contains("Weir repair story") && shown.contains("beaver"),
        "{shown}"
    );
    assert!(!shown.contains("yacht"), "{shown}");
    // The thread itself keeps its readers.
    let (s, _) = h.get(&base, Some(guest.cookie.as_str())).await;
    assert_eq!(s, StatusCode::NOT_FOUND);
    let (_, body) = h
        .api(
            "GET",
            &format!("/api/v1/communities/{}/threads/{tid}", w.slug),
            &ana.token,
            None,
        )
        .await;
    let v: serde_json::Value = serde_json::from_str(&body).expect("json");
    assert_eq!(v["visibility"], "organization", "{body}");
    let (s, audit) = h
        .get(&format!("/c/{}/audit", w.slug), Some(&w.steward.cookie))
        .await;
    assert_eq!(s, StatusCode::OK);
    assert!(
        audit.contains("contribution.offer"),
        "the offer is audited: {audit}"
    );

    // Public, private and already public threads are refused with a reason; over the API too.
    let open = start(&h, &w, &ana, "Open notes", "public", "Already open").await;
    let mine = start(&h, &w, &ana, "Between us", "private", "Just us").await;
    for (t, why) in [(open, "public already"), (mine, "private thread")] {
        let (s, body) = h
            .api(
                "POST",
                &format!("/api/v1/communities/{}/threads/{t}/offer", w.slug),
                &ana.token,
                None,
            )
            .await;
        assert_eq!(s, StatusCode::CONFLICT, "{body}");
        assert!(body.contains(why), "{body}");
    }
    let net = start(
        &h,
        &w,
        &ana,
        "Network notes",
        "network",
        "For everyone here",
    )
    .await;
    let (s, body) = h
        .api(
            "POST",
            &format!("/api/v1/communities/{}/threads/{net}/offer", w.slug),
            &ana.token,
            None,
        )
        .await;
    assert_eq!(s, StatusCode::CREATED, "{body}");
    assert!(
        !public().await.contains("Network notes"),
        "waits for the curators"
    );
}
