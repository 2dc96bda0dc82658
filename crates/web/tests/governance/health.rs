//! The governance health page: aggregates only, flags and edits of fewer than five people
//! withheld (and the total that would give them away), every figure with its sentence,
//! readable by members and not by guests.

use super::json;
use crate::harness::*;
use axum::http::StatusCode;
use convene_domain::Role;

const DAY: i64 = 86_400;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_health_page_withholds_what_fewer_than_five_people_did() {
    let h = Harness::sqlite().await;
    let w = h.world("health").await;
    let author = h.person_with_role(&w, Role::Member).await;
    let guest = h.person_with_role(&w, Role::Guest).await;
    // This month: four people flag (one piece each, so nothing hides), six suggest edits.
    let mut flagged = Vec::new();
    for i in 0..4 {
        let (content, _) = h
            .content_by(&w, &author, &format!("Session number {i}"))
            .await;
        let flagger = h.person_with_role(&w, Role::Member).await;
        let (s, b) = h.flag(&w, &flagger, content, "off_topic").await;
        assert_eq!(s, StatusCode::CREATED, "{b}");
        flagged.push(Harness::case_of(&b));
    }
    let (content, _) = h.content_by(&w, &author, "A shared text").await;
    for i in 0..6 {
        let p = h.person_with_role(&w, Role::Member).await;
        let (s, b) = h
            .suggest(&w, &p, content, 1, &format!("A shared text, take {i}."))
            .await;
        assert_eq!(s, StatusCode::CREATED, "{b}");
    }
    let (s, b) = h.decide(&w, &w.steward, flagged[0], "dismiss").await;
    assert_eq!(s, StatusCode::NO_CONTENT, "{b}");

    let path = format!("/api/v1/communities/{}/governance/health", w.slug);
    // The month is not finished: nothing of it is shown yet.
    let (s, b) = h.api("GET", &path, &author.token, None).await;
    assert_eq!(s, StatusCode::OK, "{b}");
    assert_eq!(json(&b)["months"].as_array().map(Vec::len), Some(0), "{b}");

    h.app.clock.advance(35 * DAY);
    let (s, b) = h.api("GET", &path, &author.token, None).await;
    assert_eq!(s, StatusCode::OK, "{b}");
    let v = json(&b);
    let months = v["months"].as_array().expect("months");
    let row = months
        .iter()
        .find(|m| m["decisions"] == 1)
        .unwrap_or_else(|| panic!("the month with the decision: {b}"));
    assert!(row["flags"].is_null(), "four flaggers are withheld: {b}");
    assert_eq!(row["edits"], 6);
    assert!(
        row["horizontal"].is_null(),
        "10 - 6 would give the four away: {b}"
    );
    assert_eq!(v["decisions"], 1);
    assert_eq!(v["top_share"], 1.0);
    assert!(
        v["median_to_decision_seconds"].is_null(),
        "one decided case"
    );
    assert!(v["appeal_rate"].is_null());
    assert!(
        v["withheld"]
            .as_str()
            .is_some_and(|s| s.contains("fewer than 5"))
    );
    for f in v["figures"].as_array().expect("figures") {
        assert!(
            f["meaning"]
                .as_str()
                .is_some_and(|m| m.ends_with('.') && m.len() > 20),
            "every figure has its sentence: {f}"
        );
    }

    // The page says the same in words; guests do not see it.
    let page = format!("/c/{}/governance/health", w.slug);
    // A month on, the sign-in of then has expired: sign in again.
    let author = h.signed_in(author.account, author.membership_id).await;
    let guest = h.signed_in(guest.account, guest.membership_id).await;
    let (s, body) = h.get(&page, Some(&author.cookie)).await;
    assert_eq!(s, StatusCode::OK);
    assert!(body.contains("not shown"));
    assert!(body.contains("Some figures are not shown"));
    assert!(body.contains(">6<"), "the edits are shown");
    let (s, _) = h.get(&page, Some(&guest.cookie)).await;
    assert_eq!(s, StatusCode::FORBIDDEN);
    let (s, _) = h.api("GET", &path, &guest.token, None).await;
    assert_eq!(s, StatusCode::FORBIDDEN);

    // A fifth flagger in a later month: that month's flags are shown.
    let (s, b) = h.api("GET", &path, &author.token, None).await;
    assert_eq!(s, StatusCode::OK);
    let before = json(&b)["months"].as_array().map(Vec::len);
    for i in 0..5 {
        let (content, _) = h
            .content_by(&w, &author, &format!("Later session {i}"))
            .await;
        let flagger = h.person_with_role(&w, Role::Member).await;
        let (s, b) = h.flag(&w, &flagger, content, "spam").await;
        assert_eq!(s, StatusCode::CREATED, "{b}");
    }
    h.app.clock.advance(32 * DAY);
    let (_, b) = h.api("GET", &path, &author.token, None).await;
    let v = json(&b);
    let months = v["months"].as_array().expect("months");
    assert!(months.len() > before.unwrap_or(0), "{b}");
    let later = months
        .iter()
        .find(|m| m["flags"] == 5)
        .unwrap_or_else(|| panic!("the later month shows five flags: {b}"));
    assert_eq!(later["edits"], 0);
    assert_eq!(later["horizontal"], 5);
}
