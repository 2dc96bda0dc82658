//! A long thread in pages of 50 replies (keyset by reply id, the read filter inside the
//! query): page boundaries, the pages before and after, a link to a reply (search, inbox, the
//! redirect after posting) landing on the page that holds it, the first unread page, the API's
//! `after` / `limit` / `next`, and a hidden reply that neither shows nor moves a boundary for
//! those who may not read it.

use crate::harness::*;
use axum::http::StatusCode;
use convene_app::can;
use convene_domain::Role;
use convene_domain::content::{ContentKind, ContentRef, ContentState};
use convene_domain::ids::ThreadId;
use convene_domain::text::PostBody;
use convene_domain::thread::handle;
use convene_store::test_both_dbs;

/// The reply ids a thread page shows, in order.
fn shown(page: &str) -> Vec<i32> {
    page.split("id=\"r-")
        .skip(1)
        .filter_map(|s| s.split('"').next()?.parse().ok())
        .collect()
}

/// The cursor in a pager link (`?after=` or `?before=`).
fn cursor(page: &str, link: &str) -> Option<i32> {
    let rest = page.split(&format!("?{link}=")).nth(1)?;
    rest.chars()
        .take_while(char::is_ascii_digit)
        .collect::<String>()
        .parse()
        .ok()
}

test_both_dbs!(long_threads_come_in_pages, |store| async move {
    let h = Harness::new(store, 10_000).await;
    let w = h.world("paging").await;
    let ana = h.person_with_role(&w, Role::Member).await;
    let ben = h.person_with_role(&w, Role::Member).await;
    let (a, st) = (Some(ana.cookie.as_str()), Some(w.steward.cookie.as_str()));
    let base = format!("/c/{}/threads", w.slug);
    let (s, res, _) = h
        .post_full(
            &base,
            a,
            "title=Long+talk&visibility=network&body=Let+us+talk.",
        )
        .await;
    assert_eq!(s, StatusCode::SEE_OTHER);
    let to = res["location"].to_str().expect("location").to_owned();
    let tid: i32 = to
        .split("/threads/")
        .nth(1)
        .and_then(|r| r.split('?').next())
        .and_then(|r| r.parse().ok())
        .expect("thread id");
    let thread = format!("{base}/{tid}");

    // 120 replies by Ben (the use-case, past the posting rate limit); one unique word, one
    // mention of Ana.
    let ctx = h.allowed::<can::TakePart>(&ben, &w.slug).await;
    let mut ids = Vec::new();
    for i in 0..120 {
        let text = match i {
            90 => "Reply 90 names the quokka.".to_owned(),
            95 => format!("Reply 95 asks @{}.", handle(&ana.name)),
            _ => format!("Reply {i}."),
        };
        let body = PostBody::parse(&text).expect("body");
        let (r, _) = h
            .app
            .reply(&ctx, ThreadId(tid), &body)
            .await
            .expect("reply");
        ids.push(r.get());
    }
    // The steward hides the 10th: Ben (its author) and stewards read it, Ana does not.
    let hidden = ids[9];
    convene_store::contents::set_state(
        h.app.store.conn(),
        ContentRef::new(ContentKind::Reply, hidden),
        &ContentState::Hidden {
            reason: "off topic".into(),
        },
    )
    .await
    .expect("hide");
    let readable: Vec<i32> = ids.iter().copied().filter(|r| *r != hidden).collect();

    // Ana's first page: the opening and 50 replies; the hidden one takes no place.
    let (s, first) = h.get(&format!("{thread}?at=0"), a).await;
    assert_eq!(s, StatusCode::OK);
    assert!(first.contains("id=\"opening\""), "{first}");
    assert_eq!(shown(&first), readable[..50]);
    assert!(!first.contains("id=\"earlier\""), "{first}");
    let next = cursor(&first, "after").expect("a page after");
    assert_eq!(next, readable[49]);
    // The second and third pages; the last has no page after it.
    let (_, second) = h.get(&format!("{thread}?after={next}"), a).await;
    assert_eq!(shown(&second), readable[50..100]);
    assert!(!second.contains("id=\"opening\""), "{second}");
    assert_eq!(cursor(&second, "before"), Some(readable[50]));
    let (_, third) = h.get(&format!("{thread}?after={}", readable[99]), a).await;
    assert_eq!(shown(&third), readable[100..]);
    assert!(!third.contains("id=\"later\""), "{third}");
    // Back: the page before the second is the first.
    let (_, back) = h.get(&format!("{thread}?before={}", readable[50]), a).await;
    assert_eq!(shown(&back), readable[..50]);
    // The steward reads the hidden reply: it is on their first page, which ends one earlier.
    let (_, theirs) = h.get(&format!("{thread}?at=0"), st).await;
    assert_eq!(shown(&theirs), ids[..50]);
    // A link straight to the hidden reply shows Ana nothing of it.
    let (s, at_hidden) = h.get(&format!("{thread}?at={hidden}"), a).await;
    assert_eq!(s, StatusCode::OK);
    assert!(!shown(&at_hidden).contains(&hidden), "{at_hidden}");
    assert!(!at_hidden.contains("Reply 9."), "{at_hidden}");

    // A link to a reply lands on a page that holds it; near the end the page is topped up
    // with the replies before it.
    let (_, mid) = h.get(&format!("{thread}?at={}", readable[40]), a).await;
    assert_eq!(shown(&mid), readable[40..90]);
    let (_, near) = h.get(&format!("{thread}?at={}", readable[80]), a).await;
    assert_eq!(shown(&near), readable[readable.len() - 50..]);
    let last = *readable.last().expect("last");
    let (_, end) = h.get(&format!("{thread}?at={last}#r-{last}"), a).await;
    assert_eq!(shown(&end), readable[readable.len() - 50..]);
    assert!(end.contains("id=\"earlier\""), "{end}");

    // Search and the inbox link to the page of the reply.
    h.app.run_jobs(&h.system).await.expect("jobs");
    let (s, found) = h
        .api(
            "GET",
            &format!("/api/v1/communities/{}/search?q=quokka", w.slug),
            &ana.token,
            None,
        )
        .await;
    assert_eq!(s, StatusCode::OK, "{found}");
    let quokka = ids[90];
    let url = format!("/c/{}/threads/{tid}?at={quokka}#r-{quokka}", w.slug);
    assert!(found.contains(&url), "{found}");
    let (_, page) = h.get(&url, a).await;
    assert!(shown(&page).contains(&quokka), "{page}");
    let (_, inbox) = h.get("/inbox", a).await;
    let mention = ids[95];
    assert!(
        inbox.contains(&format!("threads/{tid}?at={mention}#r-{mention}")),
        "{inbox}"
    );

    // Posting a reply returns to the page that holds it.
    let (s, res, _) = h
        .post_full(&format!("{thread}/replies"), a, "body=The+last+word.")
        .await;
    assert_eq!(s, StatusCode::SEE_OTHER);
    let to = res["location"].to_str().expect("location").to_owned();
    let (_, page) = h.get(&to, a).await;
    assert!(page.contains("The last word."), "{page}");
    assert_eq!(shown(&page).len(), 50);

    // Ana has read to the end; three new replies later she opens at the first of them, on a
    // page topped up with what came before.
    for i in 0..3 {
        let body = PostBody::parse(&format!("Later {i}.")).expect("body");
        let (r, _) = h
            .app
            .reply(&ctx, ThreadId(tid), &body)
            .await
            .expect("reply");
        ids.push(r.get());
    }
    let (_, list) = h.get(&base, a).await;
    assert!(list.contains("3 new replies"), "{list}");
    let (_, again) = h.get(&thread, a).await;
    let on = shown(&again);
    assert_eq!(on.len(), 50);
    assert_eq!(on[47..], ids[ids.len() - 3..]);
    assert_eq!(again.matches("class=\"post new\"").count(), 3, "{again}");

    // The API: pages by `after` and `next`, the same replies, nothing hidden.
    let api = format!("/api/v1/communities/{}/threads/{tid}", w.slug);
    let mut after = 0;
    let mut seen = Vec::new();
    loop {
        let (s, body) = h
            .api(
                "GET",
                &format!("{api}?after={after}&limit=50"),
                &ana.token,
                None,
            )
            .await;
        assert_eq!(s, StatusCode::OK, "{body}");
        let v: serde_json::Value = serde_json::from_str(&body).expect("json");
        let page: Vec<i32> = v["replies"]
            .as_array()
            .expect("replies")
            .iter()
            .filter_map(|r| r["id"].as_i64().map(|i| i as i32))
            .collect();
        assert!(page.len() <= 50);
        seen.extend(page);
        match v["next"].as_i64() {
            Some(n) => after = n as i32,
            None => break,
        }
    }
    assert_eq!(
        seen.len(),
        readable.len() + 4,
        "the three later ones and Ana's"
    );
    assert_eq!(seen[..readable.len()], readable[..]);
    assert!(!seen.contains(&hidden));
    let (_, one) = h
        .api("GET", &format!("{api}?limit=0"), &ana.token, None)
        .await;
    let v: serde_json::Value = serde_json::from_str(&one).expect("json");
    assert_eq!(v["replies"].as_array().map(Vec::len), Some(1), "{one}");
    assert_eq!(v["next"].as_i64(), Some(i64::from(readable[0])));
    let (_, all) = h.api("GET", &api, &ana.token, None).await;
    let v: serde_json::Value = serde_json::from_str(&all).expect("json");
    assert_eq!(
        v["replies"].as_array().map(Vec::len),
        Some(50),
        "default page"
    );
});
