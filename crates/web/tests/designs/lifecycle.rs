//! A design deleted by its author (a tombstone: nobody reads it, it leaves the public
//! library, its slug stays taken, its forks keep their attribution chain and their place in
//! the lineage, audited); a practice a community imported, with its own page; and which
//! patterns combine most often in the designs, counted against the catalog by hand.

use super::{OPL, three_block_design, v};
use crate::harness::*;
use axum::http::StatusCode;
use convene_domain::Role;
use serde_json::json;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_deleted_design_is_a_tombstone_and_its_forks_stay_attributed() {
    let h = Harness::sqlite().await;
    let w = h.world("tomb").await;
    let ana = h.person_with_role(&w, Role::Member).await;
    let ben = h.person_with_role(&w, Role::Member).await;
    let base = format!("/api/v1/communities/{}/designs", w.slug);
    let (s, _) = h
        .api(
            "POST",
            &base,
            &ana.token,
            Some(&three_block_design("morning").to_string()),
        )
        .await;
    assert_eq!(s, StatusCode::CREATED);
    let (s, _) = h
        .api(
            "POST",
            &format!("{base}/morning/publish"),
            &ana.token,
            Some("{}"),
        )
        .await;
    assert_eq!(s, StatusCode::NO_CONTENT);
    // Ben forks it, and Ana forks Ben's fork.
    let (s, _) = h
        .api(
            "POST",
            &format!("{base}/morning/fork"),
            &ben.token,
            Some(r#"{"slug":"bens"}"#),
        )
        .await;
    assert_eq!(s, StatusCode::CREATED);
    let (s, _) = h
        .api(
            "POST",
            &format!("{base}/bens/fork"),
            &ana.token,
            Some(r#"{"slug":"anas"}"#),
        )
        .await;
    assert_eq!(s, StatusCode::CREATED);
    let (_, fork_before) = h
        .api("GET", &format!("{base}/bens"), &ben.token, None)
        .await;

    // Only who added it, or a steward, deletes it.
    let (s, _) = h
        .api("DELETE", &format!("{base}/morning"), &ben.token, None)
        .await;
    assert_eq!(s, StatusCode::FORBIDDEN);
    // On the page, the first post asks; the second deletes.
    let c = Some(ana.cookie.as_str());
    let page = format!("/c/{}/library/designs/morning", w.slug);
    let (s, ask) = h.post(&format!("{page}/delete"), c, "").await;
    assert_eq!(s, StatusCode::OK, "{ask}");
    assert!(
        ask.contains("Delete “A morning of open conversation”?"),
        "{ask}"
    );
    assert!(ask.contains("2 forks keep"), "a fork and its fork: {ask}");
    let (s, _) = h.get(&page, c).await;
    assert_eq!(s, StatusCode::OK, "asking deleted nothing");
    let (s, _) = h.post(&format!("{page}/delete"), c, "confirm=1").await;
    assert_eq!(s, StatusCode::SEE_OTHER);

    // Nobody reads it: not its author, not a steward, not the public, not the API.
    for who in [&ana, &ben, &w.steward] {
        let (s, _) = h.get(&page, Some(who.cookie.as_str())).await;
        assert_eq!(s, StatusCode::NOT_FOUND);
        let (s, _) = h
            .api("GET", &format!("{base}/morning"), &who.token, None)
            .await;
        assert_eq!(s, StatusCode::NOT_FOUND);
    }
    let public = format!("/library/c/{}/designs/morning", w.slug);
    for p in [public.clone(), format!("{public}/export.json")] {
        let (s, _) = h.get(&p, None).await;
        assert_eq!(s, StatusCode::NOT_FOUND, "{p}");
    }
    let (_, published) = h.get("/library/published", None).await;
    assert!(!published.contains("/designs/morning\""), "{published}");
    let (_, list) = h.api("GET", &base, &ana.token, None).await;
    let slugs: Vec<String> = v(&list)
        .as_array()
        .expect("list")
        .iter()
        .map(|d| d["slug"].as_str().unwrap_or_default().to_owned())
        .collect();
    assert_eq!(slugs, ["bens", "anas"]);
    // Its slug stays taken, so its address never names another design.
    let (s, body) = h
        .api(
            "POST",
            &base,
            &ana.token,
            Some(&three_block_design("morning").to_string()),
        )
        .await;
    assert_eq!(s, StatusCode::CONFLICT, "{body}");

    // The forks keep their chain, byte for byte.
    let (s, fork_after) = h
        .api("GET", &format!("{base}/bens"), &ben.token, None)
        .await;
    assert_eq!(s, StatusCode::OK);
    assert_eq!(
        v(&fork_before)["derived_from"],
        v(&fork_after)["derived_from"]
    );
    assert_eq!(v(&fork_after)["derived_from"][0]["author"], json!(ana.name));

    // Ben deletes his fork: Ana's fork of it stays in the lineage under a tombstone.
    let (s, _) = h
        .api("DELETE", &format!("{base}/bens"), &ben.token, None)
        .await;
    assert_eq!(s, StatusCode::NO_CONTENT);
    let (_, anas) = h
        .api("GET", &format!("{base}/anas"), &ana.token, None)
        .await;
    assert_eq!(v(&anas)["derived_from"].as_array().map(Vec::len), Some(2));

    // Both deletions are in the audit log, by who deleted.
    let log = convene_store::audit::page(h.app.store.conn(), w.community_id, None, 100)
        .await
        .expect("log");
    let deleted: Vec<(Option<i32>, &str)> = log
        .iter()
        .filter(|e| e.action == "design.delete")
        .map(|e| (e.actor_id, e.target.as_str()))
        .collect();
    assert_eq!(deleted.len(), 2, "{deleted:?}");
    assert_eq!(deleted[0].0, Some(ben.account.id));
    assert_eq!(deleted[1].0, Some(ana.account.id));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_deleted_fork_keeps_its_own_forks_in_the_lineage() {
    let h = Harness::sqlite().await;
    let w = h.world("lineage").await;
    let t = &w.steward.token;
    let base = format!("/api/v1/communities/{}/designs", w.slug);
    let (s, _) = h
        .api(
            "POST",
            &base,
            t,
            Some(&three_block_design("root").to_string()),
        )
        .await;
    assert_eq!(s, StatusCode::CREATED);
    for (from, to) in [("root", "middle"), ("middle", "leaf")] {
        let (s, _) = h
            .api(
                "POST",
                &format!("{base}/{from}/fork"),
                t,
                Some(&format!(r#"{{"slug":"{to}"}}"#)),
            )
            .await;
        assert_eq!(s, StatusCode::CREATED);
    }
    let (s, _) = h.api("DELETE", &format!("{base}/middle"), t, None).await;
    assert_eq!(s, StatusCode::NO_CONTENT);
    let (_, root) = h.api("GET", &format!("{base}/root"), t, None).await;
    assert_eq!(
        v(&root)["forks"],
        json!([
            {"slug": "", "title": "", "depth": 1, "deleted": true},
            {"slug": "leaf", "title": "A morning of open conversation", "depth": 2, "deleted": false}
        ])
    );
    let (_, page) = h
        .get(
            &format!("/c/{}/library/designs/root", w.slug),
            Some(w.steward.cookie.as_str()),
        )
        .await;
    assert!(page.contains("a deleted design"), "{page}");
    assert!(page.contains("/library/designs/leaf\""), "{page}");
    assert!(!page.contains("/library/designs/middle\""), "{page}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_imported_practice_has_its_own_page_with_its_attribution() {
    let h = Harness::sqlite().await;
    let w = h.world("imported").await;
    let c = Some(w.steward.cookie.as_str());
    let base = format!("/api/v1/communities/{}/practices", w.slug);
    let (s, body) = h
        .api_file(
            "POST",
            &format!("{base}/import"),
            &w.steward.token,
            OPL,
            "text/markdown",
        )
        .await;
    assert_eq!(s, StatusCode::CREATED, "{body}");
    // A catalog practice remixed elsewhere, with its chain.
    let (_, md) = h
        .get("/api/v1/practices/circle/export?format=md", None)
        .await;
    let remixed = md
        .replacen("slug: circle", "slug: our-circle", 1)
        .replacen(
            "\n---\n",
            "\nderived_from:\n- source: https://one.example/library/c/x/practices/circle\n  title: Circle\n  author: Someone Else\n  license: CC-BY-SA-4.0\n---\n",
            1,
        );
    let (s, body) = h
        .api_file(
            "POST",
            &format!("{base}/import"),
            &w.steward.token,
            &remixed,
            "text/markdown",
        )
        .await;
    assert_eq!(s, StatusCode::CREATED, "{body}: {remixed}");

    let (s, lib) = h.get(&format!("/c/{}/library", w.slug), c).await;
    assert_eq!(s, StatusCode::OK);
    assert!(
        lib.contains(&format!("/c/{}/library/practices/walking-review\"", w.slug)),
        "{lib}"
    );
    let (s, page) = h
        .get(
            &format!("/c/{}/library/practices/walking-review", w.slug),
            c,
        )
        .await;
    assert_eq!(s, StatusCode::OK, "{page}");
    for seen in [
        "Walking Review",
        "Pairs walk a short loop",
        &format!("Imported into this community by {}", w.steward.name),
        &format!(
            "/c/{}/library/files/practices/walking-review/export.md",
            w.slug
        ),
    ] {
        assert!(page.contains(seen), "{seen}: {page}");
    }
    let (s, page) = h
        .get(&format!("/c/{}/library/practices/our-circle", w.slug), c)
        .await;
    assert_eq!(s, StatusCode::OK, "{page}");
    assert!(page.contains("Derived from, oldest first"), "{page}");
    assert!(
        page.contains("https://one.example/library/c/x/practices/circle"),
        "{page}"
    );
    assert!(page.contains("Someone Else"), "{page}");
    assert!(
        page.contains("/library/patterns/"),
        "the catalog's patterns are linked: {page}"
    );
    // Members only: signed out it asks to sign in; another community's member finds nothing.
    let (s, _) = h
        .get(
            &format!("/c/{}/library/practices/walking-review", w.slug),
            None,
        )
        .await;
    assert_ne!(s, StatusCode::OK);
    let other = h.world("imported-other").await;
    let (s, _) = h
        .get(
            &format!("/c/{}/library/practices/walking-review", w.slug),
            Some(other.steward.cookie.as_str()),
        )
        .await;
    assert_eq!(s, StatusCode::NOT_FOUND);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_patterns_that_combine_most_often_are_counted_per_design() {
    let h = Harness::sqlite().await;
    let w = h.world("combine").await;
    let t = &w.steward.token;
    let c = Some(w.steward.cookie.as_str());
    let base = format!("/api/v1/communities/{}/designs", w.slug);
    let (_, page) = h.get("/library", None).await;
    assert!(
        page.contains("There are no designs published on this server yet"),
        "{page}"
    );
    // Two published designs run Circle; one unpublished runs Circle and Dot voting.
    let design = |slug: &str, practices: &[&str]| {
        let blocks: Vec<serde_json::Value> = practices
            .iter()
            .map(|p| json!({"practice": p, "minutes": 20}))
            .collect();
        json!({"format": "convene-design/1", "slug": slug, "title": slug, "license": "CC-BY-SA-4.0", "blocks": blocks}).to_string()
    };
    for (slug, ps, publish) in [
        ("one", &["circle", "check-in-circle"][..], true),
        ("two", &["circle"][..], true),
        ("three", &["circle", "dot-voting"][..], false),
    ] {
        let (s, _) = h.api("POST", &base, t, Some(&design(slug, ps))).await;
        assert_eq!(s, StatusCode::CREATED);
        if publish {
            let (s, _) = h
                .api("POST", &format!("{base}/{slug}/publish"), t, Some("{}"))
                .await;
            assert_eq!(s, StatusCode::NO_CONTENT);
        }
    }
    // The expected counts, by hand from the catalog's own pattern lists.
    let cat = convene_practice::catalog().expect("catalog");
    let pats = |p: &str| -> std::collections::BTreeSet<String> {
        cat.practices[&convene_practice::Slug::parse(p).expect("slug")]
            .patterns
            .iter()
            .map(|s| s.as_str().to_owned())
            .collect()
    };
    let circle = pats("circle");
    assert!(
        circle.len() >= 2,
        "circle is made of several patterns: {circle:?}"
    );
    let title = |s: &str| {
        cat.patterns[&convene_practice::Slug::parse(s).expect("slug")]
            .title
            .as_str()
            .to_owned()
    };
    let mut pair: Vec<&String> = circle.iter().take(2).collect();
    pair.sort();
    let (a, b) = (title(pair[0]), title(pair[1]));
    let esc = |s: &str| {
        s.replace('&', "&amp;")
            .replace('\'', "&#39;")
            .replace('"', "&quot;")
    };

    // Public: only the published designs count; Circle's own patterns are in both.
    let (_, page) = h.get("/library", None).await;
    assert!(
        page.contains("Counted over the 2 designs published on this server"),
        "{page}"
    );
    let sentence = format!(
        "{}</a> are used together in 2 of the 2 designs published on this server.",
        esc(&b)
    );
    assert!(
        page.contains(&sentence) && page.contains(&esc(&a)),
        "{sentence}: {page}"
    );
    let (_, p) = h.get(&format!("/library/patterns/{}", pair[0]), None).await;
    assert!(
        p.contains("is in 2 of the 2 designs published on this server"),
        "{p}"
    );
    assert!(p.contains("both are in 2 of those 2."), "{p}");
    // The community's library counts every design its members may read, published or not.
    let (_, lib) = h.get(&format!("/c/{}/library", w.slug), c).await;
    assert!(
        lib.contains("Counted over the 3 designs in this community&#39;s library")
            || lib.contains("Counted over the 3 designs in this community's library"),
        "{lib}"
    );
    assert!(
        lib.contains("are used together in 3 of the 3 designs"),
        "{lib}"
    );
}
