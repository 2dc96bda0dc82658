//! The wall as conveners and participants use it: moving a session shows where it is and asks
//! before taking it off the wall; the session page says who, when, where, how many and what
//! is missing; conveners edit (on top of a version) and withdraw (confirmed, on the record);
//! check-in only while a session runs or is about to; every action says what happened and
//! returns to where it was made; the phone view lists now, next and my sessions.

use super::{at_slot, convene, open_space};
use crate::harness::*;
use axum::http::StatusCode;
use convene_domain::Role;
use convene_domain::audit::{Subject, SubjectKind};
use convene_domain::ids::GatheringId;

async fn placed(h: &Harness, os: &super::Os, sid: i32) -> Option<(i32, i32)> {
    let wall = h
        .app
        .wall_of(&h.system, GatheringId(os.id))
        .await
        .expect("wall");
    wall.cards().find(|c| c.id == sid).and_then(|c| c.cell)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn moving_shows_the_current_cell_and_taking_off_the_wall_is_confirmed() {
    let h = Harness::sqlite().await;
    let w = h.world("wallmove").await;
    let os = open_space(&h, &w).await;
    let ana = h.person_with_role(&w, Role::Member).await;
    let a = Some(ana.cookie.as_str());
    let river = convene(&h, &os, &ana, "Rewilding the river").await;
    let (room, slot) = (os.rooms[0], os.slots[1]);
    let (s, b) = h
        .post(
            &format!("{}/s/{river}/place", os.base),
            a,
            &format!("cell={room}%3A{slot}&back=session"),
        )
        .await;
    assert_eq!(s, StatusCode::SEE_OTHER, "{b}");

    // The form shows where it is and has it chosen; "back to the marketplace" is not an option.
    let (_, page) = h.get(&format!("{}/s/{river}", os.base), a).await;
    assert!(
        page.contains(&format!(
            r#"<option value="{room}:{slot}" selected>2026-12-01 10:00–11:00 · Big Hall (where it is now)</option>"#
        )),
        "{page}"
    );
    assert!(page.contains("Now on the wall: <strong>2026-12-01 10:00–11:00 · Big Hall</strong>"));
    assert!(!page.contains("Back to the marketplace"), "{page}");

    // Posting the cell it is in changes nothing and says so.
    let (s, headers, _) = h
        .post_full(
            &format!("{}/s/{river}/place", os.base),
            a,
            &format!("cell={room}%3A{slot}&back=session"),
        )
        .await;
    assert_eq!(s, StatusCode::SEE_OTHER);
    assert!(
        headers["location"]
            .to_str()
            .expect("location")
            .contains("done=stays")
    );
    assert_eq!(placed(&h, &os, river).await, Some((room, slot)));

    // No cell: a question first, nothing changes.
    let (s, page) = h
        .post(
            &format!("{}/s/{river}/place", os.base),
            a,
            "cell=&back=session",
        )
        .await;
    assert_eq!(s, StatusCode::OK, "{page}");
    assert!(
        page.contains("Take “Rewilding the river” off the wall?"),
        "{page}"
    );
    assert!(page.contains(r#"name="confirm" value="1""#), "{page}");
    assert_eq!(
        placed(&h, &os, river).await,
        Some((room, slot)),
        "one click removes nothing"
    );

    // Confirmed: back in the marketplace, back on the session page with a message.
    let (s, headers, _) = h
        .post_full(
            &format!("{}/s/{river}/place", os.base),
            a,
            "cell=&confirm=1&back=session",
        )
        .await;
    assert_eq!(s, StatusCode::SEE_OTHER);
    let to = headers["location"].to_str().expect("location").to_owned();
    assert_eq!(
        to,
        format!("{}/s/{river}?done=unplaced&s={river}#s-{river}", os.base)
    );
    assert_eq!(placed(&h, &os, river).await, None);
    let (_, page) = h.get(&to, a).await;
    assert!(
        page.contains("“Rewilding the river” is back in the marketplace."),
        "{page}"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_session_page_says_who_when_where_how_many_and_what_is_missing() {
    let h = Harness::sqlite().await;
    let w = h.world("wallpage").await;
    let os = open_space(&h, &w).await;
    let ana = h.person_with_role(&w, Role::Member).await;
    let fan = h.person_with_role(&w, Role::Member).await;
    let a = Some(ana.cookie.as_str());
    let c = Some(ana.cookie.as_str());
    let (s, _) = h.post(&format!("{}/rsvp", os.base), c, "answer=yes").await;
    assert_eq!(s, StatusCode::SEE_OTHER);
    let (s, b) = h
        .post(
            &format!("{}/sessions", os.base),
            a,
            "title=Step-free+paths&description=Ramps&needs=accessible%2C+projector",
        )
        .await;
    assert_eq!(s, StatusCode::SEE_OTHER, "{b}");
    let sid = h
        .app
        .wall_of(&h.system, GatheringId(os.id))
        .await
        .expect("wall")
        .marketplace[0]
        .id;
    let (s, _) = h
        .post(
            &format!("{}/s/{sid}/place", os.base),
            a,
            &format!("cell={}%3A{}", os.rooms[1], os.slots[2]),
        )
        .await;
    assert_eq!(s, StatusCode::SEE_OTHER);
    let (s, _) = h
        .post(
            &format!("{}/s/{sid}/interest", os.base),
            Some(&fan.cookie),
            "on=1",
        )
        .await;
    assert_eq!(s, StatusCode::SEE_OTHER);
    let (_, page) = h
        .get(&format!("{}/s/{sid}", os.base), Some(&fan.cookie))
        .await;
    assert!(
        page.contains(&format!(r#"<dd id="conveners">{}</dd>"#, ana.name)),
        "{page}"
    );
    assert!(
        page.contains("2026-12-01 11:15–12:15 <small>(Europe/Berlin, the gathering's local time)"),
        "{page}"
    );
    assert!(page.contains(r#"<dd id="room">Garden</dd>"#), "{page}");
    assert!(
        page.contains("1 person wants to join · the room seats 10"),
        "{page}"
    );
    assert!(
        page.contains("This room does not have what the session needs: accessible."),
        "{page}"
    );
    // The wall warns too, for everyone.
    let (_, wall) = h.get(&os.base, Some(&fan.cookie)).await;
    assert!(
        wall.contains("“Step-free paths” needs accessible; Garden does not have it."),
        "{wall}"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn conveners_edit_on_a_version_and_withdraw_after_confirming_on_the_record() {
    let h = Harness::sqlite().await;
    let w = h.world("walledit").await;
    let os = open_space(&h, &w).await;
    let ana = h.person_with_role(&w, Role::Member).await;
    let ben = h.person_with_role(&w, Role::Member).await;
    let a = Some(ana.cookie.as_str());
    let river = convene(&h, &os, &ana, "River").await;
    let edit = format!("{}/s/{river}/edit", os.base);

    // Someone else's session: not theirs to edit or withdraw.
    let (s, _) = h
        .post(&edit, Some(&ben.cookie), "title=Mine&description=&base=1")
        .await;
    assert_eq!(s, StatusCode::FORBIDDEN);

    let (s, headers, b) = h
        .post_full(
            &edit,
            a,
            "title=Rewilding+the+river&description=Willows&base=1",
        )
        .await;
    assert_eq!(s, StatusCode::SEE_OTHER, "{b}");
    assert!(
        headers["location"]
            .to_str()
            .expect("location")
            .contains("done=edited")
    );
    let (_, page) = h.get(&format!("{}/s/{river}", os.base), a).await;
    assert!(page.contains("<h1>Rewilding the river</h1>"), "{page}");
    assert!(page.contains("Willows"), "{page}");
    assert!(page.contains(r#"name="base" value="2""#), "{page}");

    // A save on top of version 1 again: nothing written, both texts shown.
    let (s, page) = h
        .post(&edit, a, "title=Old&description=Beavers&base=1")
        .await;
    assert_eq!(s, StatusCode::CONFLICT, "{page}");
    assert!(
        page.contains("Willows") && page.contains("Beavers"),
        "{page}"
    );
    let (_, page) = h.get(&format!("{}/s/{river}", os.base), a).await;
    assert!(page.contains("<h1>Rewilding the river</h1>"), "{page}");

    // Withdrawing asks first; confirmed, the session is gone from wall and marketplace.
    let withdraw = format!("{}/s/{river}/withdraw", os.base);
    let (s, page) = h.post(&withdraw, a, "").await;
    assert_eq!(s, StatusCode::OK);
    assert!(page.contains("Withdraw “Rewilding the river”?"), "{page}");
    assert!(
        h.app
            .wall_of(&h.system, GatheringId(os.id))
            .await
            .expect("wall")
            .cards()
            .any(|c| c.id == river)
    );
    let (s, _) = h.post(&withdraw, Some(&ben.cookie), "confirm=1").await;
    assert_eq!(s, StatusCode::FORBIDDEN);
    let (s, headers, _) = h.post_full(&withdraw, a, "confirm=1").await;
    assert_eq!(s, StatusCode::SEE_OTHER);
    let to = headers["location"].to_str().expect("location").to_owned();
    assert_eq!(to, format!("{}?done=withdrawn#flash", os.base));
    let (_, page) = h.get(&to, a).await;
    assert!(page.contains("The session is withdrawn"), "{page}");
    assert!(!page.contains("Rewilding the river"), "{page}");
    let (s, _) = h.get(&format!("{}/s/{river}", os.base), a).await;
    assert_eq!(s, StatusCode::NOT_FOUND);
    let log = convene_store::audit::of_subject(
        h.app.store.conn(),
        Subject::new(SubjectKind::Session, river),
    )
    .await
    .expect("audit");
    assert!(
        log.iter()
            .any(|e| e.action == "session.withdraw" && e.actor_id == Some(ana.account.id)),
        "{log:?}"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn check_in_only_while_a_session_runs_or_starts_within_ten_minutes() {
    let h = Harness::sqlite().await;
    let w = h.world("wallcheck").await;
    let os = open_space(&h, &w).await;
    let ana = h.person_with_role(&w, Role::Member).await;
    let fan = h.person_with_role(&w, Role::Member).await;
    let river = convene(&h, &os, &ana, "River").await;
    let (s, _) = h
        .post(
            &format!("{}/s/{river}/place", os.base),
            Some(&ana.cookie),
            &format!("cell={}%3A{}", os.rooms[0], os.slots[1]),
        )
        .await;
    assert_eq!(s, StatusCode::SEE_OTHER);
    let host = Some(w.steward.cookie.as_str());
    let (s, _) = h
        .post(&format!("{}/phase", os.base), host, "to=sessions")
        .await;
    assert_eq!(s, StatusCode::SEE_OTHER);
    let checkin = format!("{}/s/{river}/checkin", os.base);
    let f = Some(fan.cookie.as_str());
    // Slot 1 runs 10:00–11:00 (Berlin); the clock is set relative to its start.
    at_slot(&h, &os, 1).await;
    h.app.clock.advance(-60 - 11 * 60);
    let (s, page) = h.post(&checkin, f, "back=session").await;
    assert_eq!(s, StatusCode::CONFLICT, "11 minutes before: {page}");
    assert!(
        page.contains(
            "“River” starts on 2026-12-01 at 10:00; checking in opens 10 minutes before."
        ),
        "{page}"
    );
    // The API answers the same, with the same message.
    let api_checkin = format!(
        "/api/v1/communities/{}/gatherings/{}/sessions/{river}/checkin",
        w.slug, os.id
    );
    let (s, body) = h
        .api(
            "POST",
            &api_checkin,
            &fan.token,
            Some(r#"{"anonymous":false}"#),
        )
        .await;
    assert_eq!(s, StatusCode::CONFLICT, "{body}");
    assert!(
        body.contains("checking in opens 10 minutes before"),
        "{body}"
    );
    h.app.clock.advance(60);
    let (s, body) = h.api("POST", &api_checkin, &fan.token, Some("{}")).await;
    assert_eq!(s, StatusCode::NO_CONTENT, "{body}");
    let api_checkout = format!(
        "/api/v1/communities/{}/gatherings/{}/checkout",
        w.slug, os.id
    );
    let (s, body) = h.api("POST", &api_checkout, &fan.token, None).await;
    assert_eq!(s, StatusCode::NO_CONTENT, "{body}");
    let (s, headers, _) = h.post_full(&checkin, f, "back=now").await;
    assert_eq!(s, StatusCode::SEE_OTHER, "10 minutes before");
    assert_eq!(
        headers["location"].to_str().expect("location"),
        format!(
            "{}/now?done=checked-in&s={river}&at=now#now-s-{river}",
            os.base
        )
    );
    let (s, _) = h.post(&format!("{}/checkout", os.base), f, "").await;
    assert_eq!(s, StatusCode::SEE_OTHER);
    h.app.clock.advance(10 * 60 + 60 * 60);
    let (s, page) = h.post(&checkin, f, "").await;
    assert_eq!(s, StatusCode::CONFLICT, "at the end: {page}");
    assert!(page.contains("“River” has ended"), "{page}");
    let (s, body) = h.api("POST", &api_checkin, &fan.token, Some("{}")).await;
    assert_eq!(s, StatusCode::CONFLICT, "{body}");
    assert!(body.contains("has ended"), "{body}");
    let (_, doc) = h.get("/api/v1/openapi.json", None).await;
    let doc: serde_json::Value = serde_json::from_str(&doc).expect("openapi");
    assert!(
        doc["paths"]["/api/v1/communities/{slug}/gatherings/{id}/sessions/{sid}/checkin"]["post"]
            .is_object()
    );
    assert!(
        doc["paths"]["/api/v1/communities/{slug}/gatherings/{id}/checkout"]["post"].is_object()
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_phone_view_lists_now_next_and_mine_and_actions_come_back_with_a_message() {
    let h = Harness::sqlite().await;
    let w = h.world("wallphone").await;
    let os = open_space(&h, &w).await;
    let ana = h.person_with_role(&w, Role::Member).await;
    let fan = h.person_with_role(&w, Role::Member).await;
    let river = convene(&h, &os, &ana, "River").await;
    let bikes = convene(&h, &os, &ana, "Bikes").await;
    for (sid, slot) in [(river, os.slots[1]), (bikes, os.slots[2])] {
        let (s, _) = h
            .post(
                &format!("{}/s/{sid}/place", os.base),
                Some(&ana.cookie),
                &format!("cell={}%3A{slot}", os.rooms[0]),
            )
            .await;
        assert_eq!(s, StatusCode::SEE_OTHER);
    }
    let host = Some(w.steward.cookie.as_str());
    let (s, _) = h
        .post(&format!("{}/phase", os.base), host, "to=sessions")
        .await;
    assert_eq!(s, StatusCode::SEE_OTHER);
    at_slot(&h, &os, 1).await;
    let f = Some(fan.cookie.as_str());

    // Interest from the wall comes back to the wall, at the session, with a message.
    let (s, headers, _) = h
        .post_full(&format!("{}/s/{bikes}/interest", os.base), f, "on=1")
        .await;
    assert_eq!(s, StatusCode::SEE_OTHER);
    let to = headers["location"].to_str().expect("location").to_owned();
    assert_eq!(
        to,
        format!("{}?done=interest-on&s={bikes}#s-{bikes}", os.base)
    );
    let (_, page) = h.get(&to, f).await;
    assert!(page.contains("You want to join “Bikes”."), "{page}");
    assert!(
        page.contains(&format!(r#"data-item="s-{bikes}""#)),
        "{page}"
    );
    assert!(page.contains(&format!(r#"data-mine="{bikes}""#)), "{page}");

    let (s, _) = h
        .post(&format!("{}/s/{river}/checkin", os.base), f, "back=now")
        .await;
    assert_eq!(s, StatusCode::SEE_OTHER);
    let (s, page) = h.get(&format!("{}/now", os.base), f).await;
    assert_eq!(s, StatusCode::OK);
    let now =
        &page[page.find(r#"id="now-h""#).expect("now")..page.find(r#"id="next-h""#).expect("next")];
    assert!(
        now.contains("River") && now.contains("You are here"),
        "{now}"
    );
    assert!(!now.contains("I am here"), "already here: {now}");
    let next =
        &page[page.find(r#"id="next-h""#).expect("next")..page.find(r#"id="my-h""#).expect("my")];
    assert!(
        next.contains("Bikes") && next.contains("You want to join"),
        "{next}"
    );
    assert!(
        !next.contains("I am here"),
        "Bikes starts in more than 10 minutes: {next}"
    );
    let mine = &page[page.find(r#"id="my-h""#).expect("my")..];
    assert!(mine.contains("River") && mine.contains("Bikes"), "{mine}");
    assert!(!page.contains("<table"), "lists, not a table");
    let (_, page) = h.get(&os.base, f).await;
    assert!(page.contains(&format!(r#"data-here="{river}""#)), "{page}");
}
