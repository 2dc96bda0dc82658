//! Peer editing over HTTP: a member suggests, the author or a curator accepts or declines
//! (with a reason), accepted edits become revisions with a diff, any revision can come back
//! (audited); a suggestion is read by exactly those who may read its content; of two deciding
//! at once one wins, on both databases.

use super::json;
use crate::harness::*;
use axum::http::StatusCode;
use convene_domain::Role;
use convene_store::test_both_dbs;

fn api(w: &World, content: i32, rest: &str) -> String {
    format!("/api/v1/communities/{}/content/{content}/{rest}", w.slug)
}

async fn suggestions(h: &Harness, w: &World, who: &Person, content: i32) -> (StatusCode, String) {
    h.api("GET", &api(w, content, "suggestions"), &who.token, None)
        .await
}

fn id_of(b: &str) -> i32 {
    json(b)["suggestion_id"].as_i64().expect("suggestion_id") as i32
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_suggested_edit_is_accepted_declined_and_reverted_with_its_history() {
    let h = Harness::sqlite().await;
    let w = h.world("edits").await;
    let author = h.person_with_role(&w, Role::Member).await;
    let peer = h.person_with_role(&w, Role::Member).await;
    let other = h.person_with_role(&w, Role::Member).await;
    let curator = h.person_with_role(&w, Role::Curator).await;
    let guest = h.person_with_role(&w, Role::Guest).await;
    let original = "We walk the river bank and count the birds.";
    let (content, _) = h.content_by(&w, &author, original).await;

    // Who may suggest, and on which version.
    let better = "We walk the river bank at dawn and count the birds <b>together</b>.";
    let (s, b) = h.suggest(&w, &peer, content, 0, better).await;
    assert_eq!(s, StatusCode::CONFLICT, "an old version: {b}");
    let (s, b) = h.suggest(&w, &author, content, 1, better).await;
    assert_eq!(s, StatusCode::CONFLICT, "the author edits instead: {b}");
    let (s, _) = h.suggest(&w, &guest, content, 1, better).await;
    assert_eq!(s, StatusCode::FORBIDDEN, "guests do not suggest");
    let (s, b) = h.suggest(&w, &peer, content, 1, original).await;
    assert_eq!(s, StatusCode::UNPROCESSABLE_ENTITY, "no change: {b}");
    let (s, b) = h.suggest(&w, &peer, content, 1, &"x".repeat(2001)).await;
    assert_eq!(
        s,
        StatusCode::UNPROCESSABLE_ENTITY,
        "the description's limit: {b}"
    );
    let (s, b) = h.suggest(&w, &peer, content, 1, better).await;
    assert_eq!(s, StatusCode::CREATED, "{b}");
    let first = id_of(&b);

    // Everyone who reads the description reads the suggestion, guests too.
    let (s, b) = suggestions(&h, &w, &guest, content).await;
    assert_eq!(s, StatusCode::OK, "{b}");
    let v = json(&b);
    assert_eq!(v["suggestions"][0]["state"], "pending");
    assert_eq!(v["may_decide"], false);
    assert!(
        v["suggestions"][0]["diff"]
            .as_array()
            .expect("diff")
            .iter()
            .any(|l| l["tag"] == "+" && l["text"].as_str().is_some_and(|t| t.contains("dawn")))
    );

    // Neither the author nor a curator: refused, nothing changes.
    let accept = api(&w, content, &format!("suggestions/{first}/accept"));
    let (s, b) = h.api("POST", &accept, &other.token, None).await;
    assert_eq!(s, StatusCode::FORBIDDEN, "{b}");
    let (s, b) = h.api("POST", &accept, &author.token, None).await;
    assert_eq!(s, StatusCode::OK, "{b}");
    assert_eq!(json(&b)["version"], 2);
    let (s, b) = h.api("POST", &accept, &author.token, None).await;
    assert_eq!(s, StatusCode::CONFLICT, "once: {b}");
    let (_, b) = h
        .api(
            "GET",
            &format!("/api/v1/communities/{}/content/{content}", w.slug),
            &other.token,
            None,
        )
        .await;
    assert_eq!(json(&b)["body"], better);

    // The history names the suggester on the revision it became.
    let (s, b) = h
        .api("GET", &api(&w, content, "revisions"), &other.token, None)
        .await;
    assert_eq!(s, StatusCode::OK, "{b}");
    let v = json(&b);
    assert_eq!(v["revisions"].as_array().map(Vec::len), Some(2));
    assert_eq!(v["revisions"][0]["version"], 2);
    assert_eq!(v["revisions"][0]["by"], peer.name.as_str());
    assert_eq!(v["may_revert"], false);

    // A curator declines, with a reason the suggester reads.
    let (s, b) = h.suggest(&w, &peer, content, 2, "Just birds.").await;
    assert_eq!(s, StatusCode::CREATED, "{b}");
    let second = id_of(&b);
    let decline = api(&w, content, &format!("suggestions/{second}/decline"));
    let (s, b) = h
        .api("POST", &decline, &curator.token, Some(r#"{"reason":"no"}"#))
        .await;
    assert_eq!(s, StatusCode::UNPROCESSABLE_ENTITY, "a sentence: {b}");
    let (s, b) = h
        .api(
            "POST",
            &decline,
            &curator.token,
            Some(r#"{"reason":"This drops the walk, which is the point of the session."}"#),
        )
        .await;
    assert_eq!(s, StatusCode::NO_CONTENT, "{b}");
    let (_, b) = suggestions(&h, &w, &peer, content).await;
    let v = json(&b);
    let declined = v["suggestions"]
        .as_array()
        .expect("list")
        .iter()
        .find(|x| x["suggestion_id"] == second)
        .expect("declined one")
        .clone();
    assert_eq!(declined["state"], "declined");
    assert!(
        declined["reason"]
            .as_str()
            .is_some_and(|r| r.contains("the point"))
    );

    // Two suggestions on one version: the second cannot overwrite the first.
    let (_, b) = h
        .suggest(&w, &peer, content, 2, "Version A of the walk.")
        .await;
    let a = id_of(&b);
    let (_, b) = h
        .suggest(&w, &other, content, 2, "Version B of the walk.")
        .await;
    let bb = id_of(&b);
    let (s, b) = h
        .api(
            "POST",
            &api(&w, content, &format!("suggestions/{a}/accept")),
            &curator.token,
            None,
        )
        .await;
    assert_eq!(s, StatusCode::OK, "{b}");
    let (s, b) = h
        .api(
            "POST",
            &api(&w, content, &format!("suggestions/{bb}/accept")),
            &curator.token,
            None,
        )
        .await;
    assert_eq!(s, StatusCode::CONFLICT, "written on version 2, now 3: {b}");

    // Revert to the first text: a new revision, audited with its reason.
    let revert = api(&w, content, "revert");
    let (s, _) = h
        .api(
            "POST",
            &revert,
            &other.token,
            Some(r#"{"to_version":1,"base_version":3,"reason":"The first text was clearer to all of us."}"#),
        )
        .await;
    assert_eq!(s, StatusCode::FORBIDDEN);
    let (s, b) = h
        .api(
            "POST",
            &revert,
            &author.token,
            Some(r#"{"to_version":1,"base_version":2,"reason":"The first text was clearer to all of us."}"#),
        )
        .await;
    assert_eq!(s, StatusCode::CONFLICT, "stale: {b}");
    let (s, b) = h
        .api(
            "POST",
            &revert,
            &author.token,
            Some(r#"{"to_version":1,"base_version":3,"reason":"The first text was clearer to all of us."}"#),
        )
        .await;
    assert_eq!(s, StatusCode::OK, "{b}");
    assert_eq!(json(&b)["version"], 4);
    let (_, b) = h
        .api(
            "GET",
            &format!("/api/v1/communities/{}/content/{content}", w.slug),
            &other.token,
            None,
        )
        .await;
    assert_eq!(json(&b)["body"], original);
    let (s, b) = h
        .api(
            "GET",
            &format!("/api/v1/communities/{}/audit", w.slug),
            &w.steward.token,
            None,
        )
        .await;
    assert_eq!(s, StatusCode::OK, "{b}");
    for action in [
        "content.suggestion.accept",
        "content.suggestion.decline",
        "content.revert",
    ] {
        assert!(b.contains(action), "{action} in the audit log: {b}");
    }

    // The page: escaped text, the history, and the forms for whoever may use them.
    let page = format!("/c/{}/content/{content}/edits", w.slug);
    let (s, body) = h.get(&page, Some(&author.cookie)).await;
    assert_eq!(s, StatusCode::OK);
    assert!(
        body.contains("&lt;b&gt;together&lt;/b&gt;")
            || body.contains("&#60;b&#62;together&#60;/b&#62;"),
        "escaped diff: {body}"
    );
    assert!(!body.contains("<b>together</b>"));
    assert!(
        body.contains("Revert to version 1"),
        "the author may revert"
    );
    assert!(
        !body.contains("Suggest this edit"),
        "the author edits instead"
    );
    let (s, body) = h.get(&page, Some(&other.cookie)).await;
    assert_eq!(s, StatusCode::OK);
    assert!(body.contains("Suggest this edit"));
    assert!(!body.contains("Revert to version"));
    let (s, _) = h
        .post(
            &format!("/c/{}/content/{content}/suggestions", w.slug),
            Some(&other.cookie),
            "base_version=4&body=We+walk+and+count.&note=shorter",
        )
        .await;
    assert_eq!(s, StatusCode::SEE_OTHER);
    let (_, body) = h
        .get(&format!("{page}?done=suggested"), Some(&other.cookie))
        .await;
    assert!(body.contains("Your suggestion is recorded"));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_suggestion_is_read_by_exactly_those_who_read_the_content() {
    let h = Harness::sqlite().await;
    let w = h.world("edit-readers").await;
    let elsewhere = h.world("elsewhere").await;
    let author = h.person_with_role(&w, Role::Member).await;
    let peer = h.person_with_role(&w, Role::Member).await;
    let curator = h.person_with_role(&w, Role::Curator).await;
    let outsider = h.person_with_role(&elsewhere, Role::Steward).await;
    let (content, _) = h
        .content_by(&w, &author, "Cheap watches, come and buy")
        .await;
    let (s, b) = h
        .suggest(&w, &peer, content, 1, "Repairing watches together.")
        .await;
    assert_eq!(s, StatusCode::CREATED, "{b}");
    // A curator's flag hides it: now only its author and moderators read it.
    let (s, b) = h.flag(&w, &curator, content, "spam").await;
    assert_eq!(s, StatusCode::CREATED, "{b}");
    assert_eq!(json(&b)["hidden"], true);
    for (who, status) in [
        (&author, StatusCode::OK),
        (&curator, StatusCode::OK),
        (&w.steward, StatusCode::OK),
        (&peer, StatusCode::NOT_FOUND),
        (&outsider, StatusCode::NOT_FOUND),
    ] {
        let (s, b) = suggestions(&h, &w, who, content).await;
        assert_eq!(s, status, "{}: {b}", who.name);
        let (s, _) = h
            .api("GET", &api(&w, content, "revisions"), &who.token, None)
            .await;
        assert_eq!(s, status, "revisions, {}", who.name);
        let (s, _) = h
            .get(
                &format!("/c/{}/content/{content}/edits", w.slug),
                Some(&who.cookie),
            )
            .await;
        assert_eq!(s, status, "page, {}", who.name);
    }
    let (s, _) = h
        .suggest(&w, &peer, content, 1, "Something else again.")
        .await;
    assert_eq!(
        s,
        StatusCode::NOT_FOUND,
        "what one cannot read one cannot edit"
    );
    // Signed out: the sign-in page, never the text.
    let (s, body) = h
        .get(&format!("/c/{}/content/{content}/edits", w.slug), None)
        .await;
    assert_ne!(s, StatusCode::OK);
    assert!(!body.contains("Repairing watches"));
}

async fn accept_race(h: Harness) {
    let w = h.world("edit-race").await;
    let author = h.person_with_role(&w, Role::Member).await;
    let curator = h.person_with_role(&w, Role::Curator).await;
    let peer = h.person_with_role(&w, Role::Member).await;
    let (content, _) = h.content_by(&w, &author, "Knots for sailors").await;
    let (_, b) = h
        .suggest(&w, &peer, content, 1, "Knots for sailors and climbers.")
        .await;
    let id = id_of(&b);
    let path = api(&w, content, &format!("suggestions/{id}/accept"));
    let decline = api(&w, content, &format!("suggestions/{id}/decline"));
    let (a, d) = tokio::join!(
        h.api("POST", &path, &author.token, None),
        h.api(
            "POST",
            &decline,
            &curator.token,
            Some(r#"{"reason":"Climbers have their own session on knots."}"#)
        )
    );
    let won = [a.0 == StatusCode::OK, d.0 == StatusCode::NO_CONTENT];
    assert_eq!(
        won.iter().filter(|x| **x).count(),
        1,
        "one decides: {a:?} {d:?}"
    );
    let (_, b) = h
        .api("GET", &api(&w, content, "revisions"), &author.token, None)
        .await;
    let revisions = json(&b)["revisions"].as_array().map(Vec::len);
    assert_eq!(revisions, Some(if won[0] { 2 } else { 1 }));
}

test_both_dbs!(
    accepting_and_declining_at_once_decides_once,
    |store| async move {
        accept_race(Harness::new(store, 10_000).await).await;
    }
);
