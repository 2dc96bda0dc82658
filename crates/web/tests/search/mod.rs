//! Search over HTTP: the API contract (`total`, `results[].kind/content_id/title/snippet`),
//! a guest searching for words only organization-internal content holds (no results, total
//! 0), edits and deletions reaching the index through the job runner, and queries of any
//! characters giving results or an empty list on both databases, never an error.

use crate::harness::*;
use axum::http::StatusCode;
use convene_domain::Role;
use serde_json::Value;

/// Starts a thread as `who`; returns its id.
async fn thread(h: &Harness, w: &World, who: &Person, title: &str, body: &str, vis: &str) -> i32 {
    let (s, hd, page) = h
        .post_full(
            &format!("/c/{}/threads", w.slug),
            Some(&who.cookie),
            &format!("title={}&visibility={vis}&body={}", enc(title), enc(body)),
        )
        .await;
    assert_eq!(s, StatusCode::SEE_OTHER, "{page}");
    hd["location"]
        .to_str()
        .expect("location")
        .split("/threads/")
        .nth(1)
        .and_then(|r| r.split('?').next())
        .expect("id")
        .parse()
        .expect("number")
}

async fn api_search(h: &Harness, w: &World, who: &Person, q: &str) -> Value {
    let (s, body) = h
        .api(
            "GET",
            &format!("/api/v1/communities/{}/search?q={}", w.slug, enc(q)),
            &who.token,
            None,
        )
        .await;
    assert_eq!(s, StatusCode::OK, "{q:?}: {body}");
    serde_json::from_str(&body).expect("json")
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_guest_finds_nothing_of_organization_content() {
    let h = Harness::sqlite().await;
    let w = h.world("searchorg").await;
    let member = h.person_with_role(&w, Role::Member).await;
    let guest = h.person_with_role(&w, Role::Guest).await;
    let id = thread(
        &h,
        &w,
        &w.steward,
        "Budget <draft>",
        "The kumquat budget stays inside the organization.",
        "organization",
    )
    .await;
    h.app.run_jobs(&h.system).await.expect("jobs");
    let found = api_search(&h, &w, &member, "kumquat").await;
    assert_eq!(found["total"], 1, "{found}");
    let hit = &found["results"][0];
    assert_eq!(hit["kind"], "thread");
    assert_eq!(hit["title"], "Budget <draft>");
    assert!(hit["content_id"].as_i64().is_some());
    assert_eq!(
        hit["url"],
        format!("/c/{}/threads/{id}?at=0#opening", w.slug)
    );
    assert!(
        hit["snippet"]
            .as_str()
            .expect("snippet")
            .contains("The <mark>kumquat</mark> budget"),
        "{hit}"
    );
    // The guest: nothing, not even a count; the page says so in a sentence.
    let none = api_search(&h, &w, &guest, "kumquat").await;
    assert_eq!(none["total"], 0, "{none}");
    assert_eq!(none["results"], serde_json::json!([]));
    let none = api_search(&h, &w, &guest, "\"kumquat budget\" budget organization").await;
    assert_eq!(none["total"], 0, "{none}");
    let (s, page) = h
        .get(
            &format!("/c/{}/search?q=kumquat", w.slug),
            Some(&guest.cookie),
        )
        .await;
    assert_eq!(s, StatusCode::OK);
    assert!(
        page.contains("Nothing you may read matches “kumquat”."),
        "{page}"
    );
    assert!(
        !page.contains("Budget") && !page.contains("budget stays"),
        "{page}"
    );
    // The member's page: the title escaped, the word marked.
    let (_, page) = h
        .get(
            &format!("/c/{}/search?q=kumquat", w.slug),
            Some(&member.cookie),
        )
        .await;
    assert!(
        page.contains("1 result you may read matches “kumquat”."),
        "{page}"
    );
    assert!(
        (page.contains("Budget &#60;draft&#62;") || page.contains("Budget &lt;draft&gt;"))
            && !page.contains("<draft>"),
        "escaped title: {page}"
    );
    assert!(page.contains("<mark>kumquat</mark>"), "{page}");
    // Outsiders: the community does not exist for them.
    let other = h.world("searchother").await;
    let (s, _) = h
        .api(
            "GET",
            &format!("/api/v1/communities/{}/search?q=kumquat", w.slug),
            &other.steward.token,
            None,
        )
        .await;
    assert_eq!(s, StatusCode::NOT_FOUND);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn edits_deletions_and_filters_reach_the_results() {
    let h = Harness::sqlite().await;
    let w = h.world("searchedit").await;
    let ana = h.person_with_role(&w, Role::Member).await;
    let id = thread(
        &h,
        &w,
        &ana,
        "Seeds",
        "We swap quince seeds in spring.",
        "network",
    )
    .await;
    // Not on the request: the job runner indexes.
    assert_eq!(api_search(&h, &w, &w.steward, "quince").await["total"], 0);
    h.app.run_jobs(&h.system).await.expect("jobs");
    assert_eq!(api_search(&h, &w, &w.steward, "quince").await["total"], 1);
    let (s, _) = h
        .post(
            &format!("/c/{}/threads/{id}/replies", w.slug),
            Some(&w.steward.cookie),
            "body=Bring+medlar+seeds+too",
        )
        .await;
    assert_eq!(s, StatusCode::SEE_OTHER);
    let (s, _) = h
        .post(
            &format!("/c/{}/threads/{id}/edit", w.slug),
            Some(&ana.cookie),
            "reply=&title=Seeds&body=We+swap+loquat+seeds+in+spring.&base=1",
        )
        .await;
    assert_eq!(s, StatusCode::SEE_OTHER);
    h.app.run_jobs(&h.system).await.expect("jobs");
    assert_eq!(api_search(&h, &w, &w.steward, "quince").await["total"], 0);
    assert_eq!(api_search(&h, &w, &w.steward, "loquat").await["total"], 1);
    let seeds = api_search(&h, &w, &w.steward, "seeds").await;
    assert_eq!(seeds["total"], 2, "{seeds}");
    let reply = seeds["results"]
        .as_array()
        .expect("results")
        .iter()
        .find(|r| r["kind"] == "reply")
        .expect("the reply")
        .clone();
    assert_eq!(reply["title"], "Re: Seeds");
    // Filters: kind, author, dates, pages.
    let q = |extra: &str| format!("/api/v1/communities/{}/search?q=seeds{extra}", w.slug);
    let get = |path: String| {
        let h = h.clone();
        let token = w.steward.token.clone();
        async move {
            let (s, body) = h.api("GET", &path, &token, None).await;
            assert_eq!(s, StatusCode::OK, "{body}");
            serde_json::from_str::<Value>(&body).expect("json")
        }
    };
    assert_eq!(get(q("&kind=reply")).await["total"], 1);
    assert_eq!(
        get(q(&format!("&author_id={}", ana.account.id))).await["total"],
        1
    );
    let now = h.app.now();
    assert_eq!(get(q(&format!("&from={}", now + 10))).await["total"], 0);
    assert_eq!(get(q(&format!("&until={}", now + 10))).await["total"], 2);
    let one = get(q("&per_page=1&page=2")).await;
    assert_eq!(
        (
            one["total"].as_i64(),
            one["results"].as_array().map(Vec::len)
        ),
        (Some(2), Some(1))
    );
    // The author deletes the reply: gone from results at once (the filter reads its state),
    // and from the index after the job.
    let rid = reply["url"]
        .as_str()
        .and_then(|u| u.split("#r-").nth(1))
        .expect("reply anchor")
        .to_owned();
    let (s, _) = h
        .post(
            &format!("/c/{}/threads/{id}/delete", w.slug),
            Some(&w.steward.cookie),
            &format!("reply={rid}"),
        )
        .await;
    assert_eq!(s, StatusCode::SEE_OTHER);
    assert_eq!(api_search(&h, &w, &w.steward, "medlar").await["total"], 0);
    h.app.run_jobs(&h.system).await.expect("jobs");
    assert_eq!(api_search(&h, &w, &w.steward, "medlar").await["total"], 0);
    // Bad parameters: a clear 422, never a 500.
    for (extra, status) in [
        ("&kind=poem", StatusCode::UNPROCESSABLE_ENTITY),
        ("&page=0", StatusCode::UNPROCESSABLE_ENTITY),
        ("&page=51", StatusCode::UNPROCESSABLE_ENTITY),
        ("&per_page=21", StatusCode::UNPROCESSABLE_ENTITY),
        ("&gathering_id=x", StatusCode::UNPROCESSABLE_ENTITY),
    ] {
        let (s, body) = h.api("GET", &q(extra), &w.steward.token, None).await;
        assert_eq!(s, status, "{extra}: {body}");
    }
    let long = "a".repeat(501);
    let (s, body) = h
        .api(
            "GET",
            &format!("/api/v1/communities/{}/search?q={long}", w.slug),
            &w.steward.token,
            None,
        )
        .await;
    assert_eq!(s, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(body.contains("at most 500 characters"), "{body}");
    let (s, page) = h
        .get(
            &format!("/c/{}/search?q=seeds&from=yesterday", w.slug),
            Some(&ana.cookie),
        )
        .await;
    assert_eq!(s, StatusCode::OK);
    assert!(page.contains("Give a day like 2026-12-01."), "{page}");
    // The document names the endpoint with its limits.
    let (_, doc) = h.get("/api/v1/openapi.json", None).await;
    let doc: Value = serde_json::from_str(&doc).expect("openapi");
    let op = &doc["paths"]["/api/v1/communities/{slug}/search"]["get"];
    let q = op["parameters"]
        .as_array()
        .expect("params")
        .iter()
        .find(|p| p["name"] == "q")
        .expect("q");
    assert_eq!(q["schema"]["maxLength"], 500);
    assert!(doc["components"]["schemas"]["SearchResultsDto"]["properties"]["total"].is_object());
}

const SYNTAX: &[&str] = &[
    "\"",
    "*",
    "-",
    "NEAR(",
    "OR",
    "\"unbalanced",
    "a OR b",
    "-river",
    "river*",
    "NEAR(river care",
    "title:river",
    "scope:c1",
    "'",
    "\\",
    "%",
    "river & care | !x",
    "<script>",
    "\u{0}",
];

async fn any_query(h: Harness) {
    let w = h.world("searchsyntax").await;
    thread(
        &h,
        &w,
        &w.steward,
        "River care",
        "We care for the river.",
        "public",
    )
    .await;
    h.app.run_jobs(&h.system).await.expect("jobs");
    for q in SYNTAX {
        let found = api_search(&h, &w, &w.steward, q).await;
        assert!(found["total"].as_i64().expect("total") <= 1, "{q:?}");
        let (s, _) = h
            .get(
                &format!("/c/{}/search?q={}", w.slug, enc(q)),
                Some(&w.steward.cookie),
            )
            .await;
        assert_eq!(s, StatusCode::OK, "{q:?}");
    }
    assert_eq!(
        api_search(&h, &w, &w.steward, "\"river care").await["total"],
        1
    );
    assert_eq!(
        api_search(&h, &w, &w.steward, "\"care river").await["total"],
        0
    );
    assert_eq!(
        api_search(&h, &w, &w.steward, "-river* care").await["total"],
        1
    );
    assert_eq!(
        api_search(&h, &w, &w.steward, "river OR care").await["total"],
        0
    );
    // Bytes that are not UTF-8.
    for raw in ["%FF%FE", "%C3", "river%00care", "%22%22%22"] {
        let (s, body) = h
            .api(
                "GET",
                &format!("/api/v1/communities/{}/search?q={raw}", w.slug),
                &w.steward.token,
                None,
            )
            .await;
        assert_eq!(s, StatusCode::OK, "{raw}: {body}");
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn any_query_gives_results_or_nothing_sqlite() {
    any_query(Harness::sqlite().await).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn any_query_gives_results_or_nothing_postgres() {
    if let Some(store) = convene_store::testing::postgres().await {
        any_query(Harness::new(store, 10_000).await).await;
    }
}

/// Snippets are the text people read, not Markdown: `**Key points**` shows as "Key points"
/// (still escaped, the words still marked), link targets are not searchable; every kind has
/// its own name on the page (a contribution is "Contribution", never "Content") and its own
/// link.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn snippets_are_plain_text_and_every_kind_has_its_name() {
    let h = Harness::sqlite().await;
    let w = h.world("searchplain").await;
    let ana = h.person_with_role(&w, Role::Member).await;
    thread(
        &h,
        &w,
        &ana,
        "Harvest notes",
        "## Key points\n\n**Willows** hold the <bank> — see [the map](https://example.org/hiddenpath).",
        "network",
    )
    .await;
    let (s, body) = h
        .api(
            "POST",
            &format!("/api/v1/communities/{}/contributions", w.slug),
            &ana.token,
            Some(r#"{"title":"Weir case","summary":"How a town kept its weir.","body":"The *tangerine* council listened."}"#),
        )
        .await;
    assert_eq!(s, StatusCode::CREATED, "{body}");
    let contribution = serde_json::from_str::<Value>(&body).expect("json")["id"]
        .as_i64()
        .expect("id");
    h.app.run_jobs(&h.system).await.expect("jobs");

    let found = api_search(&h, &w, &ana, "key points willows").await;
    assert_eq!(found["total"], 1, "{found}");
    let snippet = found["results"][0]["snippet"].as_str().expect("snippet");
    assert_eq!(
        snippet,
        "<mark>Key</mark> <mark>points</mark> <mark>Willows</mark> hold the — see the map."
    );
    let none = api_search(&h, &w, &ana, "hiddenpath").await;
    assert_eq!(none["total"], 0, "link targets are not text: {none}");
    let found = api_search(&h, &w, &ana, "willows").await;
    assert!(!found.to_string().contains("**"), "{found}");

    // The contribution (its author reads it while it waits): its title, its kind, its page.
    let found = api_search(&h, &w, &ana, "tangerine").await;
    assert_eq!(found["total"], 1, "{found}");
    let hit = &found["results"][0];
    assert_eq!(hit["kind"], "contribution");
    assert_eq!(hit["title"], "Weir case");
    assert_eq!(
        hit["url"],
        format!("/c/{}/contributions/{contribution}", w.slug)
    );
    assert_eq!(
        hit["snippet"],
        "The <mark>tangerine</mark> council listened."
    );
    let (s, page) = h
        .get(
            &format!("/c/{}/search?q=tangerine", w.slug),
            Some(ana.cookie.as_str()),
        )
        .await;
    assert_eq!(s, StatusCode::OK);
    assert!(page.contains("Contribution · by"), "{page}");
    assert!(!page.contains("Content · by"), "{page}");
    assert!(
        page.contains(r#"<option value="contribution">Contributions</option>"#),
        "{page}"
    );
    let (s, page) = h
        .get(
            &format!("/c/{}/search?q=tangerine&kind=contribution", w.slug),
            Some(ana.cookie.as_str()),
        )
        .await;
    assert_eq!(s, StatusCode::OK);
    assert!(page.contains("1 result you may read"), "{page}");
}
