//! Threads: started with a mention, replied to with a quote, edited on a version, deleted to a
//! tombstone, watched and muted, read (unread counts), pinned by stewards and hosts only, and
//! listed on the session they belong to.

mod paging;

use crate::harness::*;
use axum::http::StatusCode;
use convene_domain::Role;
use convene_domain::thread::handle;

fn loc(h: &axum::http::HeaderMap) -> String {
    h["location"].to_str().expect("location").to_owned()
}

fn location_id(location: &str, prefix: &str) -> i32 {
    let rest = location.split(prefix).nth(1).expect("prefix in location");
    rest.chars()
        .take_while(char::is_ascii_digit)
        .collect::<String>()
        .parse()
        .expect("id")
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn threads_mentions_quotes_edits_tombstones_and_unread_counts() {
    let h = Harness::sqlite().await;
    let w = h.world("talk").await;
    let ana = h.person_with_role(&w, Role::Member).await;
    let ben = h.person_with_role(&w, Role::Member).await;
    let (a, b, st) = (
        Some(ana.cookie.as_str()),
        Some(ben.cookie.as_str()),
        Some(w.steward.cookie.as_str()),
    );
    let base = format!("/c/{}/threads", w.slug);

    let (s, page) = h.get(&format!("{base}/new"), a).await;
    assert_eq!(s, StatusCode::OK);
    assert!(page.contains("Members of Home only"), "{page}");

    // A body over the limit: a clear message, nothing saved.
    let long = "x".repeat(20_001);
    let (s, page) = h
        .post(
            &base,
            a,
            &format!("title=Too+long&visibility=network&body={long}"),
        )
        .await;
    assert_eq!(s, StatusCode::UNPROCESSABLE_ENTITY, "{page}");
    assert!(page.contains("body"), "{page}");
    let (_, list) = h.get(&base, a).await;
    assert!(list.contains("No threads yet"), "{list}");

    let body = format!(
        "Which willows hold the bank, @{}? <script>alert(1)</script>",
        handle(&ben.name)
    );
    let (s, res, _) = h
        .post_full(
            &base,
            a,
            &format!("title=Willows&visibility=network&body={}", enc(&body)),
        )
        .await;
    assert_eq!(s, StatusCode::SEE_OTHER);
    let to = loc(&res);
    assert!(to.contains("done=started"), "{to}");
    let tid = location_id(&to, "/threads/");
    let thread = format!("{base}/{tid}");

    let (s, page) = h.get(&to, a).await;
    assert_eq!(s, StatusCode::OK);
    assert!(page.contains("Your thread is started"), "flash: {page}");
    assert!(!page.contains("<script>alert"), "sanitized: {page}");
    assert!(page.contains(&format!("Mentions: {}", ben.name)), "{page}");

    // Ben has not opened it yet; then he quotes Ana in a reply.
    let (_, list) = h.get(&base, b).await;
    assert!(list.contains("not read yet"), "{list}");
    let (s, reply_page) = h.get(&format!("{thread}/reply?quote=0"), b).await;
    assert_eq!(s, StatusCode::OK);
    assert!(
        reply_page.contains("&#62; Which willows"),
        "quote: {reply_page}"
    );
    let (s, res, _) = h
        .post_full(
            &format!("{thread}/replies"),
            b,
            &format!("body={}", enc("> Which willows\n\nCrack willows, mostly.")),
        )
        .await;
    assert_eq!(s, StatusCode::SEE_OTHER);
    let to = loc(&res);
    let rid = location_id(&to, "&r=");
    assert!(to.ends_with(&format!("#r-{rid}")), "{to}");
    let (_, page) = h.get(&to, b).await;
    assert!(page.contains("Your reply is posted"), "{page}");
    assert!(page.contains("<blockquote>"), "{page}");

    // Ana sees one new reply until she opens the thread.
    let (_, list) = h.get(&base, a).await;
    assert!(
        list.contains("1 new reply since you last read it"),
        "{list}"
    );
    let (_, page) = h.get(&thread, a).await;
    assert!(page.contains("Crack willows"), "{page}");
    let (_, list) = h.get(&base, a).await;
    assert!(!list.contains("new repl"), "{list}");

    // Edits save on a version; a stale save keeps the text and says so.
    let edit = format!("{thread}/edit");
    let (s, _) = h
        .post(
            &edit,
            b,
            &format!("reply={rid}&base=1&body=Crack+and+white+willows"),
        )
        .await;
    assert_eq!(s, StatusCode::SEE_OTHER);
    let (s, page) = h
        .post(&edit, b, &format!("reply={rid}&base=1&body=My+stale+text"))
        .await;
    assert_eq!(s, StatusCode::CONFLICT, "{page}");
    assert!(page.contains("My stale text"), "draft kept: {page}");
    let (_, page) = h.get(&thread, a).await;
    assert!(page.contains("History (2 versions)"), "{page}");
    // Only the author edits or deletes.
    let (s, _) = h
        .post(&edit, a, &format!("reply={rid}&base=2&body=Not+mine"))
        .await;
    assert_eq!(s, StatusCode::CONFLICT);
    let (s, _) = h
        .post(&format!("{thread}/delete"), a, &format!("reply={rid}"))
        .await;
    assert_eq!(s, StatusCode::CONFLICT);

    // Deleting leaves a tombstone; the thread stays readable.
    let (s, _) = h
        .post(&format!("{thread}/delete"), b, &format!("reply={rid}"))
        .await;
    assert_eq!(s, StatusCode::SEE_OTHER);
    let (s, page) = h.get(&thread, a).await;
    assert_eq!(s, StatusCode::OK);
    assert!(page.contains("Deleted by its author."), "{page}");
    assert!(!page.contains("white willows"), "{page}");
    assert!(page.contains("Which willows"), "{page}");

    // Watch and mute.
    let (s, res, _) = h
        .post_full(&format!("{thread}/follow"), b, "mode=mute")
        .await;
    assert_eq!(s, StatusCode::SEE_OTHER);
    let (_, page) = h.get(&loc(&res), b).await;
    assert!(page.contains("You muted this thread"), "{page}");
    assert!(page.contains("value=\"mute\" selected"), "{page}");

    // Pins: stewards and hosts only.
    let (s, _) = h.post(&format!("{thread}/pin"), a, "pinned=1").await;
    assert_eq!(s, StatusCode::FORBIDDEN);
    let (s, _) = h.post(&format!("{thread}/pin"), st, "pinned=1").await;
    assert_eq!(s, StatusCode::SEE_OTHER);
    let (_, list) = h.get(&base, b).await;
    assert!(list.contains("pinned"), "{list}");

    // The author deletes the thread: a tombstone, no more replies.
    let (s, _) = h.post(&format!("{thread}/delete"), a, "reply=0").await;
    assert_eq!(s, StatusCode::SEE_OTHER);
    let (s, page) = h.get(&thread, b).await;
    assert_eq!(s, StatusCode::OK);
    assert!(page.contains("takes no more replies"), "{page}");
    let (s, _) = h.post(&format!("{thread}/replies"), b, "body=late").await;
    assert_eq!(s, StatusCode::CONFLICT);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_session_lists_its_threads() {
    let h = Harness::sqlite().await;
    let w = h.world("sesstalk").await;
    let os = crate::gatherings::open_space(&h, &w).await;
    let ana = h.person_with_role(&w, Role::Member).await;
    let sid = crate::gatherings::convene(&h, &os, &ana, "Rewilding the river").await;
    let a = Some(ana.cookie.as_str());
    let (s, page) = h.get(&format!("{}/s/{sid}", os.base), a).await;
    assert_eq!(s, StatusCode::OK);
    assert!(page.contains("No threads on this session yet"), "{page}");
    let (s, _) = h
        .post(
            &format!("/c/{}/threads", w.slug),
            a,
            &format!(
                "title=After+the+river&visibility=network&body=Notes&g={}&s={sid}",
                os.id
            ),
        )
        .await;
    assert_eq!(s, StatusCode::SEE_OTHER);
    let (_, page) = h.get(&format!("{}/s/{sid}", os.base), a).await;
    assert!(page.contains("After the river"), "{page}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_api_starts_reads_and_replies_to_threads_within_the_read_filter() {
    let h = Harness::sqlite().await;
    let w = h.world("apitalk").await;
    let ana = h.person_with_role(&w, Role::Member).await;
    let ben = h.person_with_role(&w, Role::Member).await;
    let cleo = h.person_with_role(&w, Role::Guest).await;
    let base = format!("/api/v1/communities/{}/threads", w.slug);
    let input = serde_json::json!({
        "title": "Private willows",
        "body": "Only for Ben",
        "visibility": "private",
        "participants": [ben.account.id],
    });
    let (s, body) = h
        .api("POST", &base, &ana.token, Some(&input.to_string()))
        .await;
    assert_eq!(s, StatusCode::CREATED, "{body}");
    let created: serde_json::Value = serde_json::from_str(&body).expect("json");
    let id = created["id"].as_i64().expect("id");
    assert!(created["content_id"].as_i64().is_some(), "{body}");
    let thread = format!("{base}/{id}");

    let (s, body) = h
        .api(
            "POST",
            &format!("{thread}/replies"),
            &ben.token,
            Some(r#"{"body":"Thanks"}"#),
        )
        .await;
    assert_eq!(s, StatusCode::CREATED, "{body}");
    let (s, body) = h.api("GET", &thread, &ana.token, None).await;
    assert_eq!(s, StatusCode::OK, "{body}");
    let v: serde_json::Value = serde_json::from_str(&body).expect("json");
    assert_eq!(v["visibility"], "private");
    assert_eq!(v["opening"]["body"], "Only for Ben");
    assert_eq!(v["replies"][0]["body"], "Thanks");

    // Someone not named: not found, and the list does not show it.
    let (s, body) = h.api("GET", &thread, &cleo.token, None).await;
    assert_eq!(s, StatusCode::NOT_FOUND, "{body}");
    assert!(!body.contains("willows"), "{body}");
    let (s, body) = h
        .api(
            "POST",
            &format!("{thread}/replies"),
            &cleo.token,
            Some(r#"{"body":"Hi"}"#),
        )
        .await;
    assert_eq!(s, StatusCode::NOT_FOUND, "{body}");
    let (_, list) = h.api("GET", &base, &cleo.token, None).await;
    assert_eq!(list, "[]");

    // Bad input: a clear message, nothing saved.
    let long =
        serde_json::json!({"title": "T", "body": "x".repeat(20_001), "visibility": "network"});
    let (s, body) = h
        .api("POST", &base, &ana.token, Some(&long.to_string()))
        .await;
    assert_eq!(s, StatusCode::UNPROCESSABLE_ENTITY, "{body}");
    let bad = r#"{"title": "T", "body": "b", "visibility": "everyone"}"#;
    let (s, body) = h.api("POST", &base, &ana.token, Some(bad)).await;
    assert_eq!(s, StatusCode::UNPROCESSABLE_ENTITY, "{body}");
    let (_, list) = h.api("GET", &base, &ana.token, None).await;
    let list: serde_json::Value = serde_json::from_str(&list).expect("json");
    assert_eq!(list.as_array().map(Vec::len), Some(1));

    let (_, doc) = h.get("/api/v1/openapi.json", None).await;
    let doc: serde_json::Value = serde_json::from_str(&doc).expect("openapi");
    let paths = &doc["paths"];
    let create = &paths["/api/v1/communities/{slug}/threads"]["post"];
    for status in ["201", "401", "403", "404", "413", "422"] {
        assert!(create["responses"][status].is_object(), "create {status}");
    }
    assert!(paths["/api/v1/communities/{slug}/threads/{id}"]["get"].is_object());
    let reply = &paths["/api/v1/communities/{slug}/threads/{id}/replies"]["post"];
    assert!(reply["responses"]["409"].is_object());
    let schema = &doc["components"]["schemas"]["ThreadInput"]["properties"];
    assert_eq!(schema["body"]["maxLength"], 20_000);
    assert_eq!(schema["title"]["maxLength"], 200);
}

/// Posting is limited like contributions: 10 posts a minute per account, threads and replies
/// together, on pages and over the API. The next one gets a clear 429 (with Retry-After), the
/// form keeps its text, and nothing is saved; someone else still posts.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn posting_threads_and_replies_is_rate_limited() {
    let h = Harness::sqlite().await;
    let w = h.world("fasttalk").await;
    let ana = h.person_with_role(&w, Role::Member).await;
    let ben = h.person_with_role(&w, Role::Member).await;
    let a = Some(ana.cookie.as_str());
    let base = format!("/c/{}/threads", w.slug);
    let (s, res, _) = h
        .post_full(&base, a, "title=Willows&visibility=network&body=First")
        .await;
    assert_eq!(s, StatusCode::SEE_OTHER);
    let tid = location_id(&loc(&res), "/threads/");
    let api_base = format!("/api/v1/communities/{}/threads", w.slug);
    let replies = || async {
        let (_, body) = h
            .api("GET", &format!("{api_base}/{tid}"), &ben.token, None)
            .await;
        let v: serde_json::Value = serde_json::from_str(&body).expect("json");
        v["replies"].as_array().map_or(0, Vec::len)
    };
    // Replies until the server says no (the quota refills slowly, so a slow machine may fit
    // one more; at most a few over the 10).
    let mut posted = 1;
    let limited = loop {
        let (s, hd, page) = h
            .post_full(
                &format!("{base}/{tid}/replies"),
                a,
                &format!("body=Reply+number+{posted}"),
            )
            .await;
        if s == StatusCode::TOO_MANY_REQUESTS {
            break (hd, page);
        }
        assert_eq!(s, StatusCode::SEE_OTHER, "{page}");
        posted += 1;
        assert!(posted <= 13, "no limit after {posted} posts");
    };
    assert!(posted >= 10, "limited after only {posted} posts");
    let (hd, page) = limited;
    assert!(hd.contains_key("retry-after"), "{hd:?}");
    assert!(
        page.contains("You are posting faster than this server allows (10 posts a minute)"),
        "{page}"
    );
    assert!(page.contains("Nothing was saved"), "{page}");
    assert!(
        page.contains(&format!("Reply number {posted}")),
        "the text is kept: {page}"
    );
    assert_eq!(replies().await, posted - 1, "nothing saved");

    // A new thread on the page, and both over the API: the same answer, nothing saved.
    let (s, page) = h
        .post(&base, a, "title=Another&visibility=network&body=Kept+text")
        .await;
    assert_eq!(s, StatusCode::TOO_MANY_REQUESTS, "{page}");
    assert!(
        page.contains("Kept text") && page.contains("posting faster"),
        "{page}"
    );
    let thread = r#"{"title":"Api","body":"b","visibility":"network"}"#;
    let (s, body) = h.api("POST", &api_base, &ana.token, Some(thread)).await;
    assert_eq!(s, StatusCode::TOO_MANY_REQUESTS, "{body}");
    let v: serde_json::Value = serde_json::from_str(&body).expect("json");
    assert!(
        v["error"]
            .as_str()
            .is_some_and(|e| e.contains("posting faster")),
        "{body}"
    );
    let (s, body) = h
        .api(
            "POST",
            &format!("{api_base}/{tid}/replies"),
            &ana.token,
            Some(r#"{"body":"over the API"}"#),
        )
        .await;
    assert_eq!(s, StatusCode::TOO_MANY_REQUESTS, "{body}");
    assert_eq!(replies().await, posted - 1, "nothing saved");
    let (_, list) = h.api("GET", &api_base, &ben.token, None).await;
    let list: serde_json::Value = serde_json::from_str(&list).expect("json");
    assert_eq!(list.as_array().map(Vec::len), Some(1), "no second thread");
    // The limit is Ana's: Ben still replies.
    let (s, body) = h
        .api(
            "POST",
            &format!("{api_base}/{tid}/replies"),
            &ben.token,
            Some(r#"{"body":"Ben is fine"}"#),
        )
        .await;
    assert_eq!(s, StatusCode::CREATED, "{body}");
    let (_, doc) = h.get("/api/v1/openapi.json", None).await;
    let doc: serde_json::Value = serde_json::from_str(&doc).expect("openapi");
    let paths = &doc["paths"];
    assert!(paths["/api/v1/communities/{slug}/threads"]["post"]["responses"]["429"].is_object());
    assert!(
        paths["/api/v1/communities/{slug}/threads/{id}/replies"]["post"]["responses"]["429"]
            .is_object()
    );
}
