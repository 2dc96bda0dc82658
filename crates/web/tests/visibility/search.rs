//! The visibility walk over search: a thread of each visibility with a reply, searched by
//! each kind of person on the search page and over the API. Exactly those the read filter
//! allows get the result, its snippet and a count that includes it; totals count nothing else.

use super::KINDS;
use crate::harness::*;
use axum::http::StatusCode;
use convene_domain::Role;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn search_results_and_snippets_reach_exactly_their_readers() {
    let h = Harness::sqlite().await;
    let w = h.world("vissearch").await;
    let other = h.world("elsewheresearch").await;
    let home = h.person_with_role(&w, Role::Member).await;
    let guest = h.person_with_role(&w, Role::Guest).await;
    let partner = super::partner_member(&h, &w).await;
    let ana = h.person_with_role(&w, Role::Member).await;
    let a = Some(ana.cookie.as_str());
    let base = format!("/c/{}/threads", w.slug);
    for k in KINDS {
        let people = if k == "private" {
            format!("&people={}", partner.account.id)
        } else {
            String::new()
        };
        let (s, hd, body) = h
            .post_full(
                &base,
                a,
                &format!("title=Topic{k}&visibility={k}&body=marigold+open{k}{people}"),
            )
            .await;
        assert_eq!(s, StatusCode::SEE_OTHER, "{body}");
        let to = hd["location"].to_str().expect("location").to_owned();
        let id = to
            .split("/threads/")
            .nth(1)
            .and_then(|r| r.split('?').next())
            .expect("id")
            .to_owned();
        let (s, _) = h
            .post(
                &format!("{base}/{id}/replies"),
                a,
                &format!("body=marigold+answer{k}"),
            )
            .await;
        assert_eq!(s, StatusCode::SEE_OTHER);
    }
    h.app.run_jobs(&h.system).await.expect("index");
    let readers: [(&str, Option<&Person>, [bool; 4]); 7] = [
        ("author", Some(&ana), [true, true, true, false]),
        ("steward", Some(&w.steward), [true, true, true, false]),
        ("home member", Some(&home), [true, true, true, false]),
        ("partner member", Some(&partner), [true, true, false, true]),
        ("guest", Some(&guest), [true, true, false, false]),
        ("signed out", None, [false; 4]),
        ("another community", Some(&other.steward), [false; 4]),
    ];
    let mut checked = 0;
    for (who, person, reads) in readers {
        let cookie = person.map(|p| p.cookie.as_str());
        // The author also reads their own private thread.
        let reads = if who == "author" { [true; 4] } else { reads };
        let n = reads.iter().filter(|r| **r).count() * 2;
        let page_path = format!("/c/{}/search?q=marigold", w.slug);
        let (status, page) = h.get(&page_path, cookie).await;
        let inside = person.is_some() && who != "another community";
        assert_eq!(status == StatusCode::OK, inside, "{who}: page ({status})");
        let api = match person {
            Some(p) => {
                let (s, body) = h
                    .api(
                        "GET",
                        &format!(
                            "/api/v1/communities/{}/search?q=marigold&per_page=20",
                            w.slug
                        ),
                        &p.token,
                        None,
                    )
                    .await;
                assert_eq!(s == StatusCode::OK, inside, "{who}: api ({s})");
                serde_json::from_str::<serde_json::Value>(&body).ok()
            }
            None => None,
        };
        if inside {
            let api = api.as_ref().expect("api json");
            assert_eq!(api["total"], n, "{who}: total");
            let sentence = match n {
                0 => "Nothing you may read".to_owned(),
                n => format!("{n} results you may read"),
            };
            assert!(page.contains(&sentence), "{who}: {sentence} in {page}");
        }
        for (i, k) in KINDS.iter().enumerate() {
            for word in [format!("open{k}"), format!("answer{k}")] {
                let on_page = status == StatusCode::OK && page.contains(&word);
                assert_eq!(on_page, reads[i] && inside, "{who}: page, {word}");
                let in_api = api.as_ref().is_some_and(|a| a.to_string().contains(&word));
                assert_eq!(in_api, reads[i] && inside, "{who}: api, {word}");
                checked += 1;
            }
            // Searching for the one word only this visibility holds: a count of 0 or 2.
            if let Some(p) = person.filter(|_| inside) {
                let (_, body) = h
                    .api(
                        "GET",
                        &format!(
                            "/api/v1/communities/{}/search?q=open{k}+OR+answer{k}",
                            w.slug
                        ),
                        &p.token,
                        None,
                    )
                    .await;
                let v: serde_json::Value = serde_json::from_str(&body).expect("json");
                assert_eq!(v["total"], 0, "{who}: all words must match ({k})");
                let (_, body) = h
                    .api(
                        "GET",
                        &format!("/api/v1/communities/{}/search?q=Topic{k}", w.slug),
                        &p.token,
                        None,
                    )
                    .await;
                let v: serde_json::Value = serde_json::from_str(&body).expect("json");
                let expected = if reads[i] { 2 } else { 0 };
                assert_eq!(
                    v["total"], expected,
                    "{who}: the title {k}, its thread and reply"
                );
            }
        }
    }
    assert_eq!(checked, 56);
}

/// A reply stays visible when its thread alone is hidden by moderation; the thread's title
/// ("Re: …" on the reply) must not show through it: neither search (by the title's words or
/// the reply's) nor the inbox or its e-mail text tells a member anything of it; stewards,
/// who may read hidden content, still find both.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_reply_of_a_hidden_thread_tells_nothing_of_its_thread() {
    use convene_domain::content::{ContentKind, ContentRef, ContentState};
    let h = Harness::sqlite().await;
    let w = h.world("hiddenre").await;
    let ana = h.person_with_role(&w, Role::Member).await;
    let ben = h.person_with_role(&w, Role::Member).await;
    let base = format!("/c/{}/threads", w.slug);
    let (s, hd, body) = h
        .post_full(
            &base,
            Some(ana.cookie.as_str()),
            "title=Quarrelsome+zeppelin&visibility=network&body=Opening+words",
        )
        .await;
    assert_eq!(s, StatusCode::SEE_OTHER, "{body}");
    let tid: i32 = hd["location"]
        .to_str()
        .expect("location")
        .split("/threads/")
        .nth(1)
        .and_then(|r| r.split(['?', '#']).next())
        .expect("id")
        .parse()
        .expect("number");
    let (s, _) = h
        .post(
            &format!("{base}/{tid}/follow"),
            Some(ben.cookie.as_str()),
            "mode=watch",
        )
        .await;
    assert_eq!(s, StatusCode::SEE_OTHER);
    let (s, _) = h
        .post(
            &format!("{base}/{tid}/replies"),
            Some(ana.cookie.as_str()),
            "body=marmalade+answer",
        )
        .await;
    assert_eq!(s, StatusCode::SEE_OTHER);
    h.app.run_jobs(&h.system).await.expect("jobs");
    let search = |q: &'static str, p: &Person| {
        let path = format!("/api/v1/communities/{}/search?q={q}", w.slug);
        let token = p.token.clone();
        let h = &h;
        async move {
            let (s, body) = h.api("GET", &path, &token, None).await;
            assert_eq!(s, StatusCode::OK, "{body}");
            serde_json::from_str::<serde_json::Value>(&body).expect("json")
        }
    };
    // Before: Ben finds the reply under its thread's title and is told of it.
    assert_eq!(search("marmalade", &ben).await["total"], 1);
    let inbox = h.app.inbox(&ben.account).await.expect("inbox");
    assert!(
        inbox
            .iter()
            .any(|i| i.text.contains("Quarrelsome zeppelin")),
        "{inbox:?}"
    );

    // A moderator hides the opening only; the reply itself stays visible.
    convene_store::contents::set_state(
        h.app.store.conn(),
        ContentRef::new(ContentKind::Thread, tid),
        &ContentState::Hidden {
            reason: "a moderator hid it".into(),
        },
    )
    .await
    .expect("hide");
    h.app.run_jobs(&h.system).await.expect("jobs");
    for q in ["marmalade", "zeppelin", "quarrelsome"] {
        let v = search(q, &ben).await;
        assert_eq!(v["total"], 0, "{q}: {v}");
        assert!(!v.to_string().contains("zeppelin"), "{q}: {v}");
        let (_, page) = h
            .get(
                &format!("/c/{}/search?q={q}", w.slug),
                Some(ben.cookie.as_str()),
            )
            .await;
        assert!(page.contains("Nothing you may read"), "{q}: {page}");
        if q == "marmalade" {
            assert!(!page.contains("zeppelin"), "{page}");
        }
    }
    // The thread page is not found for Ben, so neither is what points into it.
    let (s, _) = h
        .get(&format!("{base}/{tid}"), Some(ben.cookie.as_str()))
        .await;
    assert_eq!(s, StatusCode::NOT_FOUND);
    let inbox = h.app.inbox(&ben.account).await.expect("inbox");
    assert!(
        inbox.iter().all(|i| !i.text.contains("zeppelin")),
        "{inbox:?}"
    );
    let (_, page) = h.get("/inbox", Some(ben.cookie.as_str())).await;
    assert!(!page.contains("zeppelin"), "{page}");
    let (_, api) = h
        .api("GET", "/api/v1/me/notifications", &ben.token, None)
        .await;
    assert_eq!(api, "[]", "the row is not shown at all");
    assert_eq!(h.app.unread_count(&ben.account).await.expect("badge"), 0);
    // Stewards read hidden content: they find the thread and its reply.
    assert_eq!(search("zeppelin", &w.steward).await["total"], 2);
    assert_eq!(search("marmalade", &w.steward).await["total"], 1);
}
