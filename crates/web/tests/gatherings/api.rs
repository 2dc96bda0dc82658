//! The API does what the harvest pages do: free and locked cells in the agenda, reports saved
//! on a version (a stale save writes nothing and answers both texts), actions proposed,
//! volunteered for and moved on, and dots given and counted.

use super::{agenda, convene, open_space};
use crate::harness::*;
use axum::http::StatusCode;
use convene_domain::Role;
use serde_json::Value;

fn json(body: &str) -> Value {
    serde_json::from_str(body).unwrap_or_else(|e| panic!("{e}: {body}"))
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_api_covers_cells_reports_actions_and_dots() {
    let h = Harness::sqlite().await;
    let w = h.world("apiharvest").await;
    let os = open_space(&h, &w).await;
    let g = format!("/api/v1/communities/{}/gatherings/{}", w.slug, os.id);
    let ana = h.person_with_role(&w, Role::Member).await;
    let ben = h.person_with_role(&w, Role::Member).await;

    // Two rooms × two session slots are free; the opening plenary holds both rooms.
    let a = agenda(&h, &w, os.id).await;
    assert_eq!(a["free"].as_array().expect("free").len(), 4, "{a}");
    let locked = a["locked"].as_array().expect("locked");
    assert_eq!(locked.len(), 2, "{a}");
    assert!(locked.iter().all(|l| l["slot_id"] == os.slots[0]), "{a}");

    let river = convene(&h, &os, &ana, "Rewilding the river").await;
    let cell = format!(r#"{{"cell":[{},{}]}}"#, os.rooms[0], os.slots[1]);
    let (s, body) = h
        .api(
            "PUT",
            &format!("{g}/sessions/{river}/cell"),
            &ana.token,
            Some(&cell),
        )
        .await;
    assert_eq!(s, StatusCode::NO_CONTENT, "{body}");
    assert_eq!(
        agenda(&h, &w, os.id).await["free"].as_array().map(Vec::len),
        Some(3)
    );

    // Reports open with the sessions.
    let report = format!("{g}/sessions/{river}/report");
    let (s, body) = h
        .api(
            "PUT",
            &report,
            &ben.token,
            Some(r#"{"body":"too early","base":0}"#),
        )
        .await;
    assert_eq!(s, StatusCode::CONFLICT, "{body}");
    let (s, _) = h
        .post(
            &format!("{}/phase", os.base),
            Some(&w.steward.cookie),
            "to=sessions",
        )
        .await;
    assert_eq!(s, StatusCode::SEE_OTHER);
    // Those who were there write it: Ben checks in while it runs.
    super::at_slot(&h, &os, 1).await;
    let (s, body) = h
        .api(
            "POST",
            &format!("{g}/sessions/{river}/checkin"),
            &ben.token,
            Some("{}"),
        )
        .await;
    assert_eq!(s, StatusCode::NO_CONTENT, "{body}");
    let (s, body) = h.api("GET", &report, &ben.token, None).await;
    assert_eq!(s, StatusCode::OK, "{body}");
    assert_eq!(json(&body)["version"], 0);
    let (s, body) = h
        .api(
            "PUT",
            &report,
            &ben.token,
            Some(r#"{"body":"Willows hold the bank","base":0}"#),
        )
        .await;
    assert_eq!(s, StatusCode::OK, "{body}");
    let saved = json(&body)["version"].as_i64().expect("version");
    assert!(saved > 0, "{body}");
    // Ana wrote from version 0 too: nothing is written, and she gets both texts back.
    let (s, body) = h
        .api(
            "PUT",
            &report,
            &ana.token,
            Some(r#"{"body":"Beavers","base":0}"#),
        )
        .await;
    assert_eq!(s, StatusCode::CONFLICT, "{body}");
    let stale = json(&body);
    assert_eq!(stale["theirs"], "Willows hold the bank", "{body}");
    assert_eq!(stale["yours"], "Beavers", "{body}");
    let (_, body) = h.api("GET", &report, &ana.token, None).await;
    let r = json(&body);
    assert_eq!(r["body"], "Willows hold the bank");
    assert_eq!(r["version"].as_i64(), Some(saved));
    assert_eq!(r["revisions"].as_array().map(Vec::len), Some(1), "{body}");

    // Actions: proposed from the session, owned by a volunteer, moved on by its owner.
    let (s, body) = h
        .api(
            "POST",
            &format!("{g}/actions"),
            &ana.token,
            Some(&format!(
                r#"{{"title":"Plant willows","session_id":{river},"due_on":"2027-03-01"}}"#
            )),
        )
        .await;
    assert_eq!(s, StatusCode::CREATED, "{body}");
    let action = json(&body)["id"].as_i64().expect("action id");
    let (s, body) = h
        .api(
            "POST",
            &format!("{g}/actions"),
            &ana.token,
            Some(r#"{"title":"Late","due_on":"soon"}"#),
        )
        .await;
    assert_eq!(s, StatusCode::UNPROCESSABLE_ENTITY, "{body}");
    let (s, body) = h
        .api(
            "PUT",
            &format!("{g}/actions/{action}/volunteer"),
            &ben.token,
            Some(r#"{"on":true}"#),
        )
        .await;
    assert_eq!(s, StatusCode::NO_CONTENT, "{body}");
    let (s, body) = h
        .api(
            "PUT",
            &format!("{g}/actions/{action}/status"),
            &ben.token,
            Some(r#"{"status":"doing"}"#),
        )
        .await;
    assert_eq!(s, StatusCode::NO_CONTENT, "{body}");
    let (s, body) = h
        .api("GET", &format!("{g}/actions"), &ben.token, None)
        .await;
    assert_eq!(s, StatusCode::OK, "{body}");
    let list = json(&body);
    let mine = &list.as_array().expect("list")[0];
    assert_eq!(mine["status"], "doing", "{body}");
    assert_eq!(mine["mine"], true, "{body}");
    assert_eq!(mine["session"], "Rewilding the river", "{body}");

    // Dots during convergence, counted against the allowance.
    let votes = format!("{g}/votes");
    let give = format!(r#"{{"target":"session","id":{river},"give":true}}"#);
    let (s, body) = h.api("POST", &votes, &ana.token, Some(&give)).await;
    assert_eq!(s, StatusCode::CONFLICT, "not yet: {body}");
    let (s, _) = h
        .post(
            &format!("{}/phase", os.base),
            Some(&w.steward.cookie),
            "to=convergence",
        )
        .await;
    assert_eq!(s, StatusCode::SEE_OTHER);
    let (_, body) = h.api("GET", &votes, &ana.token, None).await;
    let before = json(&body)["dots_left"].as_i64().expect("dots");
    let (s, body) = h.api("POST", &votes, &ana.token, Some(&give)).await;
    assert_eq!(s, StatusCode::NO_CONTENT, "{body}");
    let (_, body) = h.api("GET", &votes, &ana.token, None).await;
    let v = json(&body);
    assert_eq!(v["dots_left"].as_i64(), Some(before - 1), "{body}");
    let top = &v["ranking"].as_array().expect("ranking")[0];
    assert_eq!(
        (
            top["id"].as_i64(),
            top["dots"].as_i64(),
            top["my_dots"].as_i64()
        ),
        (Some(river as i64), Some(1), Some(1)),
        "{body}"
    );
}
