//! The practice library, signed out: browse and filter, a practice with its elements and
//! timed steps, a pattern with the practices made of it, the schemas, and the API's list and
//! files (which import back to the same bytes).

use crate::harness::*;
use axum::http::StatusCode;
use convene_practice::{Document, catalog, import_practice};

fn count_cards(page: &str) -> usize {
    page.matches("<li><h2><a href=\"/library/practices/")
        .count()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn anyone_browses_filters_and_reads_the_library() {
    let h = Harness::sqlite().await;
    let c = catalog().expect("catalog");
    let (s, page) = h.get("/library", None).await;
    assert_eq!(s, StatusCode::OK, "{page}");
    assert!(c.practices.len() >= 24);
    assert_eq!(count_cards(&page), c.practices.len());
    assert!(
        page.contains(&format!("{0} of {0} practices.", c.practices.len())),
        "{page}"
    );

    // By pattern: exactly the practices that name it.
    let using: Vec<_> = c
        .practices
        .values()
        .filter(|p| p.patterns.iter().any(|s| s.as_str() == "law-of-two-feet"))
        .map(|p| p.slug.as_str().to_owned())
        .collect();
    assert!(using.contains(&"open-space".to_owned()), "{using:?}");
    let (_, page) = h.get("/library?pattern=law-of-two-feet", None).await;
    assert_eq!(count_cards(&page), using.len(), "{page}");
    for slug in &using {
        assert!(
            page.contains(&format!("/library/practices/{slug}\"")),
            "{slug}"
        );
    }

    // By people and time: a pair in 15 minutes finds fewer practices than the whole library,
    // and each one found works for two within 15 minutes.
    let (_, page) = h.get("/library?people=2&minutes=15", None).await;
    let fits = c
        .practices
        .values()
        .filter(|p| {
            p.group_size
                .as_ref()
                .is_none_or(|r| r.min().get() <= 2 && r.max().is_none_or(|m| m.get() >= 2))
                && p.duration_minutes
                    .as_ref()
                    .is_none_or(|r| r.min().get() <= 15)
        })
        .count();
    assert_eq!(count_cards(&page), fits, "{page}");
    assert!(fits < c.practices.len());
    // Words in the purpose, case aside.
    let (_, page) = h.get("/library?q=OPEN+space", None).await;
    assert!(page.contains("/library/practices/open-space\""), "{page}");

    // A bad number is said, and nothing breaks.
    let (s, page) = h.get("/library?people=lots", None).await;
    assert_eq!(s, StatusCode::OK);
    assert!(page.contains("people: a whole number"), "{page}");

    // A practice: elements, steps with their start times, patterns, license.
    let open = &c.practices[&convene_practice::Slug::parse("open-space").expect("slug")];
    let (s, page) = h.get("/library/practices/open-space", None).await;
    assert_eq!(s, StatusCode::OK);
    assert!(
        page.contains(&format!("<h1>{}</h1>", open.title.as_str())),
        "{page}"
    );
    assert!(
        page.contains(&format!("{} minutes in all", open.steps_minutes())),
        "{page}"
    );
    assert!(
        page.contains("/library/patterns/law-of-two-feet\""),
        "{page}"
    );
    assert!(page.contains(open.license.as_str()));
    let (s, _) = h.get("/library/practices/no-such-practice", None).await;
    assert_eq!(s, StatusCode::NOT_FOUND);
    let (s, _) = h.get("/library/practices/..%2Fetc", None).await;
    assert_eq!(s, StatusCode::NOT_FOUND);

    // A pattern and the practices made of it.
    let (s, page) = h.get("/library/patterns/law-of-two-feet", None).await;
    assert_eq!(s, StatusCode::OK);
    assert_eq!(
        page.matches("<li><h3><a href=\"/library/practices/")
            .count(),
        using.len(),
        "{page}"
    );

    // The schemas, as kept in the repo.
    for (name, text) in [
        ("practice", convene_practice::schema::PRACTICE),
        ("pattern", convene_practice::schema::PATTERN),
        ("design", convene_practice::schema::DESIGN),
    ] {
        let (s, body) = h.get(&format!("/schema/{name}.json"), None).await;
        assert_eq!(s, StatusCode::OK);
        assert_eq!(body, text);
    }
    let (s, _) = h.get("/schema/secrets.json", None).await;
    assert_eq!(s, StatusCode::NOT_FOUND);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_api_lists_practices_and_hands_out_files_that_import_to_the_same_bytes() {
    let h = Harness::sqlite().await;
    let c = catalog().expect("catalog");
    let (s, body) = h.get("/api/v1/practices", None).await;
    assert_eq!(s, StatusCode::OK, "{body}");
    let list: serde_json::Value = serde_json::from_str(&body).expect("json");
    let list = list.as_array().expect("a list");
    assert_eq!(list.len(), c.practices.len());
    assert!(
        list.iter()
            .all(|p| p["slug"].is_string() && p["title"].is_string() && p["license"].is_string())
    );
    for p in c.practices.values() {
        let slug = p.slug.as_str();
        let (s, md) = h
            .get(&format!("/api/v1/practices/{slug}/export?format=md"), None)
            .await;
        assert_eq!(s, StatusCode::OK, "{slug}");
        let back = import_practice(&md).expect("imports");
        assert!(back.unmapped.is_empty(), "{slug}: {:?}", back.unmapped);
        assert_eq!(
            back.value.to_markdown().expect("md"),
            md,
            "{slug}: byte for byte"
        );
        let (s, json) = h
            .get(
                &format!("/api/v1/practices/{slug}/export?format=json"),
                None,
            )
            .await;
        assert_eq!(s, StatusCode::OK, "{slug}");
        assert_eq!(
            import_practice(&json)
                .expect("imports")
                .value
                .to_json()
                .expect("json"),
            json
        );
    }
    let (s, body) = h
        .get("/api/v1/practices/open-space/export?format=pdf", None)
        .await;
    assert_eq!(s, StatusCode::UNPROCESSABLE_ENTITY, "{body}");
    assert!(body.contains("\"field\":\"format\""), "{body}");
    let (s, body) = h.get("/api/v1/practices/nothing-here/export", None).await;
    assert_eq!(s, StatusCode::NOT_FOUND, "{body}");
}
