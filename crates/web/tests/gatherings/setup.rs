//! A host reworking the setup: the grid's rules (no overlap, sessions after the opening
//! circle, start before end), editing and removing spaces and slots with the sessions that go
//! back to the marketplace named first, the gathering's details, and phase steps confirmed,
//! logged, and one step back with a reason.

use super::{agenda, convene, open_space};
use crate::harness::*;
use axum::http::StatusCode;
use convene_app::can;

/// The audit log's (action, target, reason), newest first.
async fn log(h: &Harness, w: &World) -> Vec<(String, String, String)> {
    let ctx = h.allowed::<can::ViewAuditLog>(&w.steward, &w.slug).await;
    h.app
        .audit_log(&ctx, None)
        .await
        .expect("log")
        .into_iter()
        .map(|e| (e.action, e.target, e.reason))
        .collect()
}

fn slot(date: &str, start: &str, end: &str, kind: &str) -> String {
    format!(
        "date={date}&starts={}&ends={}&kind={kind}&label=",
        enc(start),
        enc(end)
    )
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn slots_that_do_not_fit_the_grid_are_refused() {
    let h = Harness::sqlite().await;
    let w = h.world("grid").await;
    let os = open_space(&h, &w).await; // 09:00–09:45 plenary, 10:00–11:00, 11:15–12:15
    let host = Some(w.steward.cookie.as_str());
    let url = format!("{}/slots", os.base);
    for (form, says) in [
        (
            slot("2026-12-01", "10:30", "11:30", "sessions"),
            "overlaps the slot 2026-12-01 10:00–11:00",
        ),
        (
            slot("2026-12-01", "08:00", "08:45", "sessions"),
            "before the opening circle",
        ),
        (
            slot("2026-12-01", "14:00", "13:00", "sessions"),
            "must end after it starts",
        ),
    ] {
        let (s, body) = h.post(&url, host, &form).await;
        assert_eq!(s, StatusCode::UNPROCESSABLE_ENTITY, "{form}: {body}");
        assert!(body.contains(says), "{form}: {body}");
    }
    assert_eq!(
        agenda(&h, &w, os.id).await["slots"]
            .as_array()
            .expect("slots")
            .len(),
        3
    );
    // Touching ends are fine, and so is a closing circle after the sessions.
    for form in [
        slot("2026-12-01", "12:15", "13:00", "sessions"),
        slot("2026-12-01", "16:00", "17:00", "plenary"),
    ] {
        let (s, body) = h.post(&url, host, &form).await;
        assert_eq!(s, StatusCode::SEE_OTHER, "{form}: {body}");
    }
    // A plenary after the sessions, with no opening circle before them, would leave them
    // before the opening: refused, naming the slot being added.
    let other = h.world("grid2").await;
    let os2 = open_space_without_plenary(&h, &other).await;
    let (s, body) = h
        .post(
            &format!("{os2}/slots"),
            Some(&other.steward.cookie),
            &slot("2026-12-01", "15:00", "15:30", "plenary"),
        )
        .await;
    assert_eq!(s, StatusCode::UNPROCESSABLE_ENTITY, "{body}");
    assert!(
        body.contains("(the one you are saving, 2026-12-01 15:00–15:30)"),
        "{body}"
    );
    // Editing a slot into an overlap is refused too.
    let (s, body) = h
        .post(
            &format!("{}/slots/{}", os.base, os.slots[2]),
            host,
            &slot("2026-12-01", "10:30", "11:30", "sessions"),
        )
        .await;
    assert_eq!(s, StatusCode::UNPROCESSABLE_ENTITY, "{body}");
    assert!(
        log(&h, &w)
            .await
            .iter()
            .any(|(a, t, _)| a == "slot.add" && t.contains("12:15–13:00"))
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn removing_a_slot_or_space_names_the_sessions_that_go_back_first() {
    let h = Harness::sqlite().await;
    let w = h.world("rework").await;
    let os = open_space(&h, &w).await;
    let host = Some(w.steward.cookie.as_str());
    let river = convene(&h, &os, &w.steward, "Rewilding <the> river").await;
    let cell = format!("cell={}%3A{}", os.rooms[0], os.slots[1]);
    let (s, b) = h
        .post(&format!("{}/s/{river}/place", os.base), host, &cell)
        .await;
    assert_eq!(s, StatusCode::SEE_OTHER, "{b}");

    // The confirm step lists the session (escaped) and changes nothing.
    let remove = format!("{}/slots/{}/remove", os.base, os.slots[1]);
    let (s, page) = h.get(&remove, host).await;
    assert_eq!(s, StatusCode::OK, "{page}");
    assert!(
        page.contains("This session goes back to the marketplace"),
        "{page}"
    );
    assert!(
        page.contains("Rewilding &#60;the&#62; river")
            || page.contains("Rewilding &lt;the&gt; river"),
        "{page}"
    );
    let (s, page) = h
        .get(
            &format!("{}/spaces/remove?space={}", os.base, os.rooms[0]),
            host,
        )
        .await;
    assert_eq!(s, StatusCode::OK, "{page}");
    assert!(
        page.contains("Remove Big Hall?") && page.contains("Rewilding"),
        "{page}"
    );
    assert_eq!(
        agenda(&h, &w, os.id).await["slots"]
            .as_array()
            .expect("slots")
            .len(),
        3
    );

    // Making the slot a break asks first, then sends the session back.
    let edit = format!("{}/slots/{}", os.base, os.slots[1]);
    let (s, page) = h
        .post(&edit, host, &slot("2026-12-01", "10:00", "11:00", "break"))
        .await;
    assert_eq!(s, StatusCode::OK, "{page}");
    assert!(
        page.contains("Make this slot a break?") && page.contains("Rewilding"),
        "{page}"
    );
    let (s, b) = h
        .post(
            &edit,
            host,
            &format!(
                "{}&confirm=yes",
                slot("2026-12-01", "10:00", "11:00", "break")
            ),
        )
        .await;
    assert_eq!(s, StatusCode::SEE_OTHER, "{b}");
    let wall = h
        .app
        .wall_of(&h.system, convene_domain::ids::GatheringId(os.id))
        .await
        .expect("wall");
    assert!(wall.marketplace.iter().any(|c| c.id == river));

    // Removing a slot: the flash says what happened; the log has it.
    let (s, b) = h.post(&remove, host, "").await;
    assert_eq!(s, StatusCode::SEE_OTHER, "{b}");
    let (_, page) = h
        .get(
            &format!("{}/setup?done=slot-removed&moved=0", os.base),
            host,
        )
        .await;
    assert!(page.contains("Slot removed."), "{page}");
    assert_eq!(
        agenda(&h, &w, os.id).await["slots"]
            .as_array()
            .expect("slots")
            .len(),
        2
    );

    // A space is renamed; a duplicate name is refused.
    let space = format!("{}/spaces/{}", os.base, os.rooms[0]);
    let (s, b) = h
        .post(&space, host, "name=Boat+House&capacity=12&features=")
        .await;
    assert_eq!(s, StatusCode::SEE_OTHER, "{b}");
    let (s, b) = h
        .post(&space, host, "name=Garden&capacity=12&features=")
        .await;
    assert_eq!(s, StatusCode::CONFLICT, "{b}");
    let actions: Vec<String> = log(&h, &w).await.into_iter().map(|e| e.0).collect();
    for a in [
        "slot.edit",
        "slot.remove",
        "space.edit",
        "space.add",
        "slot.add",
    ] {
        assert!(actions.iter().any(|x| x == a), "{a} in {actions:?}");
    }
    // Members cannot see or use the setup.
    let ana = h.person_with_role(&w, convene_domain::Role::Member).await;
    let (s, _) = h
        .get(&format!("{}/setup", os.base), Some(&ana.cookie))
        .await;
    assert_eq!(s, StatusCode::FORBIDDEN);
    let (s, _) = h.post(&remove, Some(&ana.cookie), "").await;
    assert_eq!(s, StatusCode::FORBIDDEN);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn details_change_and_slots_keep_their_clock_times() {
    let h = Harness::sqlite().await;
    let w = h.world("details").await;
    let os = open_space(&h, &w).await;
    let host = Some(w.steward.cookie.as_str());
    let form = "title=River+Day&calling_question=What+now%3F&invitation=Come.&venue=Mill&time_zone=Europe%2FLondon&first_day=2026-12-03";
    let (s, b) = h.post(&format!("{}/details", os.base), host, form).await;
    assert_eq!(s, StatusCode::SEE_OTHER, "{b}");
    let (_, page) = h
        .get(&format!("{}/setup?done=details", os.base), host)
        .await;
    assert!(
        page.contains("Details saved.") && page.contains("River Day"),
        "{page}"
    );
    assert!(
        page.contains(r#"value="2026-12-03""#) && page.contains(r#"value="09:00""#),
        "{page}"
    );
    let wall = h
        .app
        .wall_of(&h.system, convene_domain::ids::GatheringId(os.id))
        .await
        .expect("wall");
    assert_eq!(wall.gathering.time_zone, "Europe/London");
    assert_eq!(
        (wall.rows[0].date.as_str(), wall.rows[0].starts.as_str()),
        ("2026-12-03", "09:00")
    );
    let entry = log(&h, &w)
        .await
        .into_iter()
        .find(|e| e.0 == "gathering.edit")
        .expect("logged");
    assert!(
        entry.1.contains("time zone Europe/Berlin → Europe/London") && entry.1.contains("2 days"),
        "{entry:?}"
    );
    let (s, _) = h
        .post(
            &format!("{}/details", os.base),
            host,
            "title=&calling_question=q&invitation=&venue=&time_zone=UTC",
        )
        .await;
    assert_eq!(s, StatusCode::UNPROCESSABLE_ENTITY);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn phase_steps_are_confirmed_logged_and_go_back_once_with_a_reason() {
    let h = Harness::sqlite().await;
    let w = h.world("phases").await;
    let os = open_space(&h, &w).await; // now in the marketplace
    let host = Some(w.steward.cookie.as_str());
    let (s, page) = h.get(&format!("{}/phase?to=sessions", os.base), host).await;
    assert_eq!(s, StatusCode::OK, "{page}");
    assert!(
        page.contains("Move on to Sessions?") && page.contains("Yes, move on to Sessions"),
        "{page}"
    );
    let (s, page) = h.get(&format!("{}/phase?to=closed", os.base), host).await;
    assert_eq!(s, StatusCode::CONFLICT, "{page}");

    let (s, b) = h
        .post(&format!("{}/phase", os.base), host, "to=sessions")
        .await;
    assert_eq!(s, StatusCode::SEE_OTHER, "{b}");
    let (_, page) = h.get(&format!("{}?done=phase", os.base), host).await;
    assert!(page.contains("The gathering is now in Sessions."), "{page}");

    // Back needs a reason; two steps back are refused.
    let (s, page) = h
        .get(&format!("{}/phase?to=marketplace", os.base), host)
        .await;
    assert_eq!(s, StatusCode::OK);
    assert!(
        page.contains("Go back to Marketplace?") && page.contains(r#"name="reason""#),
        "{page}"
    );
    let (s, _) = h
        .post(
            &format!("{}/phase", os.base),
            host,
            "to=marketplace&reason=",
        )
        .await;
    assert_eq!(s, StatusCode::UNPROCESSABLE_ENTITY);
    let (s, _) = h
        .post(
            &format!("{}/phase", os.base),
            host,
            "to=invitation&reason=oops",
        )
        .await;
    assert_eq!(s, StatusCode::CONFLICT);
    let (s, b) = h
        .post(
            &format!("{}/phase", os.base),
            host,
            "to=marketplace&reason=Started+too+early",
        )
        .await;
    assert_eq!(s, StatusCode::SEE_OTHER, "{b}");
    assert_eq!(agenda(&h, &w, os.id).await["phase"], "marketplace");
    let entries = log(&h, &w).await;
    assert_eq!(
        entries[0],
        (
            "gathering.phase.back".into(),
            format!("gathering:{} sessions → marketplace", os.id),
            "Started too early".into()
        )
    );
    assert!(
        entries
            .iter()
            .any(|e| e.0 == "gathering.phase" && e.1.ends_with("marketplace → sessions"))
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_api_sets_a_gathering_up_as_the_pages_do_and_documents_it() {
    let h = Harness::sqlite().await;
    let w = h.world("apisetup").await;
    let t = &w.steward.token;
    let base = "/api/v1/communities/apisetup/gatherings";
    let (s, body) = h
        .api("POST", base, t, Some(r#"{"title":"Api Day","calling_question":"q","invitation":"Come.","venue":"Hall","time_zone":"Europe/Berlin"}"#))
        .await;
    assert_eq!(s, StatusCode::CREATED, "{body}");
    let id = serde_json::from_str::<serde_json::Value>(&body).expect("json")["id"]
        .as_i64()
        .expect("id");
    let g = format!("{base}/{id}");
    let (s, body) = h
        .api(
            "POST",
            &format!("{g}/spaces"),
            t,
            Some(r#"{"name":"Hall","capacity":20,"features":"projector"}"#),
        )
        .await;
    assert_eq!(s, StatusCode::CREATED, "{body}");
    let space = serde_json::from_str::<serde_json::Value>(&body).expect("json")["id"]
        .as_i64()
        .expect("id");
    let slot_body = |start: &str, end: &str, kind: &str| {
        format!(r#"{{"date":"2026-12-01","starts":"{start}","ends":"{end}","kind":"{kind}"}}"#)
    };
    let (s, _) = h
        .api(
            "POST",
            &format!("{g}/slots"),
            t,
            Some(&slot_body("09:00", "09:30", "plenary")),
        )
        .await;
    assert_eq!(s, StatusCode::CREATED);
    let (s, body) = h
        .api(
            "POST",
            &format!("{g}/slots"),
            t,
            Some(&slot_body("10:00", "11:00", "sessions")),
        )
        .await;
    assert_eq!(s, StatusCode::CREATED, "{body}");
    let slot = serde_json::from_str::<serde_json::Value>(&body).expect("json")["id"]
        .as_i64()
        .expect("id");
    let (s, body) = h
        .api(
            "POST",
            &format!("{g}/slots"),
            t,
            Some(&slot_body("10:30", "11:30", "sessions")),
        )
        .await;
    assert_eq!(s, StatusCode::UNPROCESSABLE_ENTITY, "{body}");
    assert!(body.contains("overlaps"), "{body}");
    let (s, body) = h
        .api(
            "POST",
            &format!("{g}/slots"),
            t,
            Some(&slot_body("08:00", "08:30", "sessions")),
        )
        .await;
    assert_eq!(s, StatusCode::UNPROCESSABLE_ENTITY, "{body}");
    let (s, _) = h
        .api(
            "PUT",
            &format!("{g}/spaces/{space}"),
            t,
            Some(r#"{"name":"Big Hall","capacity":30}"#),
        )
        .await;
    assert_eq!(s, StatusCode::NO_CONTENT);
    let (s, body) = h
        .api(
            "PUT",
            &format!("{g}/slots/{slot}"),
            t,
            Some(&slot_body("10:00", "11:30", "sessions")),
        )
        .await;
    assert_eq!((s, body.as_str()), (StatusCode::OK, r#"{"moved":0}"#));
    let (s, _) = h
        .api("PUT", &g, t, Some(r#"{"title":"Api Days","calling_question":"q2","invitation":"Come along.","time_zone":"Europe/Berlin","venue":"Mill"}"#))
        .await;
    assert_eq!(s, StatusCode::NO_CONTENT);
    let (s, body) = h.api("GET", &g, t, None).await;
    assert_eq!(s, StatusCode::OK);
    let d: serde_json::Value = serde_json::from_str(&body).expect("json");
    assert_eq!(
        (d["title"].as_str(), d["venue"].as_str()),
        (Some("Api Days"), Some("Mill"))
    );
    // Phase: on, back without a reason refused, back with one.
    let (s, _) = h
        .api(
            "PUT",
            &format!("{g}/phase"),
            t,
            Some(r#"{"phase":"marketplace"}"#),
        )
        .await;
    assert_eq!(s, StatusCode::NO_CONTENT);
    let (s, _) = h
        .api(
            "PUT",
            &format!("{g}/phase"),
            t,
            Some(r#"{"phase":"invitation"}"#),
        )
        .await;
    assert_eq!(s, StatusCode::UNPROCESSABLE_ENTITY);
    let (s, _) = h
        .api(
            "PUT",
            &format!("{g}/phase"),
            t,
            Some(r#"{"phase":"invitation","reason":"too early"}"#),
        )
        .await;
    assert_eq!(s, StatusCode::NO_CONTENT);
    let (s, body) = h.api("DELETE", &format!("{g}/slots/{slot}"), t, None).await;
    assert_eq!((s, body.as_str()), (StatusCode::OK, r#"{"moved":0}"#));
    let (s, body) = h
        .api("DELETE", &format!("{g}/spaces/{space}"), t, None)
        .await;
    assert_eq!((s, body.as_str()), (StatusCode::OK, r#"{"moved":0}"#));
    // A member may read the gathering but not change it.
    let ana = h.person_with_role(&w, convene_domain::Role::Member).await;
    let (s, _) = h.api("GET", &g, &ana.token, None).await;
    assert_eq!(s, StatusCode::OK);
    let (s, _) = h
        .api(
            "POST",
            &format!("{g}/spaces"),
            &ana.token,
            Some(r#"{"name":"X","capacity":2}"#),
        )
        .await;
    assert_eq!(s, StatusCode::FORBIDDEN);
    // Every operation is in the OpenAPI document.
    let (_, body) = h.get("/api/v1/openapi.json", None).await;
    let doc: serde_json::Value = serde_json::from_str(&body).expect("openapi");
    let p = "/api/v1/communities/{slug}/gatherings/{id}";
    for (path, method) in [
        (p.to_owned(), "get"),
        (p.to_owned(), "put"),
        (format!("{p}/spaces"), "post"),
        (format!("{p}/spaces/{{space}}"), "put"),
        (format!("{p}/spaces/{{space}}"), "delete"),
        (format!("{p}/slots"), "post"),
        (format!("{p}/slots/{{slot}}"), "put"),
        (format!("{p}/slots/{{slot}}"), "delete"),
        (format!("{p}/phase"), "put"),
    ] {
        assert!(doc["paths"][&path][method].is_object(), "{method} {path}");
    }
    assert!(doc["components"]["schemas"]["SlotInput"].is_object());
}

/// A gathering with one session slot and no plenary; returns its page's path.
async fn open_space_without_plenary(h: &Harness, w: &World) -> String {
    let c = Some(w.steward.cookie.as_str());
    let (s, headers, body) = h
        .post_full(&format!("/c/{}/g", w.slug), c, GATHERING_FORM)
        .await;
    assert_eq!(s, StatusCode::SEE_OTHER, "{body}");
    let base = headers["location"].to_str().expect("location").to_owned();
    let (s, body) = h
        .post(
            &format!("{base}/slots"),
            c,
            &slot("2026-12-01", "10:00", "11:00", "sessions"),
        )
        .await;
    assert_eq!(s, StatusCode::SEE_OTHER, "{body}");
    base
}
