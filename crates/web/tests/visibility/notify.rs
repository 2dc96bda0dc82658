//! The visibility walk over what tells people things: a thread of each visibility mentions
//! every kind of person; exactly its readers get an inbox row (API and page) after the job
//! runner ran, and nobody sees it any more once its author deleted it. A guest's contribution
//! is read by its author and the curators only until accepted, and is on the public page and
//! in the Atom feed (read signed out) only after.

use super::KINDS;
use crate::harness::*;
use axum::http::StatusCode;
use convene_domain::Role;
use convene_domain::thread::handle;

fn mentions(people: &[&Person]) -> String {
    people
        .iter()
        .map(|p| format!("@{}", handle(&p.name)))
        .collect::<Vec<_>>()
        .join(" ")
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn notifications_and_contributions_reach_exactly_their_readers() {
    let h = Harness::sqlite().await;
    let w = h.world("visno").await;
    let other = h.world("elsewhereno").await;
    let home = h.person_with_role(&w, Role::Member).await;
    let guest = h.person_with_role(&w, Role::Guest).await;
    let partner = super::partner_member(&h, &w).await;
    let curator = h.person_with_role(&w, Role::Curator).await;
    let ana = h.person_with_role(&w, Role::Member).await;
    let a = Some(ana.cookie.as_str());
    let base = format!("/c/{}/threads", w.slug);
    let all = [&w.steward, &home, &partner, &guest, &other.steward];
    let mut threads = Vec::new();
    for k in KINDS {
        let people = if k == "private" {
            format!("&people={}", partner.account.id)
        } else {
            String::new()
        };
        let body = enc(&format!("Body-{k} for {}", mentions(&all)));
        let (s, hd, page) = h
            .post_full(
                &base,
                a,
                &format!("title=Thread-{k}&visibility={k}&body={body}{people}"),
            )
            .await;
        assert_eq!(s, StatusCode::SEE_OTHER, "{page}");
        let to = hd["location"].to_str().expect("location").to_owned();
        threads.push(
            to.split("/threads/")
                .nth(1)
                .and_then(|r| r.split('?').next())
                .expect("id")
                .to_owned(),
        );
    }
    // Nothing is told on the request path.
    let (_, inbox) = h
        .api("GET", "/api/v1/me/notifications", &home.token, None)
        .await;
    assert_eq!(inbox, "[]");
    h.app.run_jobs(&h.system).await.expect("jobs");
    let readers: [(&str, &Person, [bool; 4]); 5] = [
        ("steward", &w.steward, [true, true, true, false]),
        ("home member", &home, [true, true, true, false]),
        ("partner member", &partner, [true, true, false, true]),
        ("guest", &guest, [true, true, false, false]),
        ("another community", &other.steward, [false; 4]),
    ];
    let mut checked = 0;
    for (who, p, reads) in &readers {
        let (s, json) = h
            .api("GET", "/api/v1/me/notifications", &p.token, None)
            .await;
        assert_eq!(s, StatusCode::OK);
        let rows: Vec<serde_json::Value> = serde_json::from_str(&json).expect("json");
        for r in &rows {
            for field in ["id", "kind", "content_id", "read", "at"] {
                assert!(r.get(field).is_some(), "{field} in {r}");
            }
            assert_eq!(r["kind"], "mention");
        }
        let (_, page) = h.get("/inbox", Some(&p.cookie)).await;
        for (i, k) in KINDS.iter().enumerate() {
            let told = rows.iter().any(|r| {
                r["text"]
                    .as_str()
                    .is_some_and(|t| t.contains(&format!("Thread-{k}")))
            });
            assert_eq!(told, reads[i], "{who}: API inbox, {k}");
            assert_eq!(
                page.contains(&format!("Thread-{k}")),
                reads[i],
                "{who}: inbox page, {k}"
            );
            assert_eq!(
                page.contains(&format!("Body-{k}")),
                reads[i],
                "{who}: excerpt, {k}"
            );
            checked += 1;
        }
        assert_eq!(rows.len(), reads.iter().filter(|r| **r).count(), "{who}");
    }
    assert_eq!(checked, 20);
    // Visibility changes after delivery: the author deletes the network thread; it leaves
    // every inbox, and the badge's count with it.
    let (s, _) = h
        .post(&format!("{base}/{}/delete", threads[1]), a, "")
        .await;
    assert_eq!(s, StatusCode::SEE_OTHER);
    for (who, p, _) in &readers {
        let (_, page) = h.get("/inbox", Some(&p.cookie)).await;
        assert!(
            !page.contains("Thread-network"),
            "{who}: a deleted thread is gone"
        );
    }
    assert_eq!(
        h.app.unread_count(&home.account).await.expect("count"),
        2,
        "public and organization remain unread for the home member"
    );

    // A guest's contribution: the author and the curators read it; nobody else, until accepted.
    let (s, json) = h
        .api(
            "POST",
            &format!("/api/v1/communities/{}/contributions", w.slug),
            &guest.token,
            Some(r#"{"title":"Contrib-title","summary":"Contrib-summary","body":"Contrib-body"}"#),
        )
        .await;
    assert_eq!(s, StatusCode::CREATED, "{json}");
    let created: serde_json::Value = serde_json::from_str(&json).expect("json");
    let id = created["id"].as_i64().expect("id");
    assert!(created["content_id"].as_i64().is_some());
    h.app.run_jobs(&h.system).await.expect("jobs");
    let page = format!("/c/{}/contributions/{id}", w.slug);
    let public = format!("/c/{}/public", w.slug);
    let feed = format!("/c/{}/public.atom", w.slug);
    let walk = |accepted: bool| {
        [
            ("guest (author)", Some(&guest), true, false),
            ("curator", Some(&curator), true, true),
            ("steward", Some(&w.steward), true, true),
            ("home member", Some(&home), accepted, false),
            ("partner member", Some(&partner), accepted, false),
            ("another community", Some(&other.steward), false, false),
            ("signed out", None, false, false),
        ]
    };
    for accepted in [false, true] {
        for (who, p, reads, curates) in walk(accepted) {
            let cookie = p.map(|p| p.cookie.as_str());
            let (s, body) = h.get(&page, cookie).await;
            let seen = s == StatusCode::OK && body.contains("Contrib-body");
            assert_eq!(
                seen, reads,
                "{who}: contribution page ({s}), accepted={accepted}"
            );
            if let Some(p) = p {
                let (_, json) = h
                    .api("GET", "/api/v1/me/notifications", &p.token, None)
                    .await;
                let told = json.contains("\"curation\"") && json.contains("Contrib-title");
                assert_eq!(told, curates, "{who}: curation row, accepted={accepted}");
            }
            let (s, body) = h.get(&public, cookie).await;
            assert_eq!(s, StatusCode::OK, "{who}: the public page is open");
            assert_eq!(
                body.contains("Contrib-body"),
                accepted,
                "{who}: public page"
            );
            let (_, atom) = h.get(&feed, cookie).await;
            assert_eq!(atom.contains("Contrib-summary"), accepted, "{who}: feed");
        }
        if !accepted {
            let (s, body) = h
                .api(
                    "POST",
                    &format!("/api/v1/communities/{}/contributions/{id}/decision", w.slug),
                    &curator.token,
                    Some(r#"{"outcome":"accept","reason":"A clear case, well told."}"#),
                )
                .await;
            assert_eq!(s, StatusCode::NO_CONTENT, "{body}");
            h.app.run_jobs(&h.system).await.expect("jobs");
        }
    }
}
