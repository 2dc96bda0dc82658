//! Open Space over HTTP: setup, answers, the marketplace, claims, interest, the law of two
//! feet, the live wall, and the clear refusals for bad moves.

mod api;
mod feeds;
mod harvest;
mod pdf;
mod setup;
mod suggest;
mod wall;

use crate::harness::*;
use axum::body::Body;
use axum::http::{Request, StatusCode};
use convene_domain::Role;
use convene_domain::ids::GatheringId;
use convene_store::test_both_dbs;
use http_body_util::BodyExt;
use tower::ServiceExt;

/// A gathering with two rooms and three slots (a plenary, two for sessions), in its marketplace.
pub struct Os {
    pub base: String,
    pub id: i32,
    pub rooms: Vec<i32>,
    pub slots: Vec<i32>,
}

pub async fn open_space(h: &Harness, w: &World) -> Os {
    let host = w.steward.cookie.as_str();
    let (s, headers, body) = h
        .post_full(&format!("/c/{}/g", w.slug), Some(host), GATHERING_FORM)
        .await;
    assert_eq!(s, StatusCode::SEE_OTHER, "{body}");
    let base = headers["location"].to_str().expect("location").to_owned();
    let id: i32 = base
        .rsplit('/')
        .next()
        .expect("id")
        .parse()
        .expect("number");
    for (name, cap) in [("Big Hall", "3"), ("Garden", "10")] {
        let form = format!("name={}&capacity={cap}&features=projector", enc(name));
        let (s, b) = h.post(&format!("{base}/spaces"), Some(host), &form).await;
        assert_eq!(s, StatusCode::SEE_OTHER, "{b}");
    }
    for (start, end, kind) in [
        ("09:00", "09:45", "plenary"),
        ("10:00", "11:00", "sessions"),
        ("11:15", "12:15", "sessions"),
    ] {
        let form = format!("date=2026-12-01&starts={start}&ends={end}&kind={kind}&label=");
        let (s, b) = h.post(&format!("{base}/slots"), Some(host), &form).await;
        assert_eq!(s, StatusCode::SEE_OTHER, "{b}");
    }
    let (s, b) = h
        .post(&format!("{base}/phase"), Some(host), "to=marketplace")
        .await;
    assert_eq!(s, StatusCode::SEE_OTHER, "{b}");
    let agenda = agenda(h, w, id).await;
    let ids = |key: &str| -> Vec<i32> {
        agenda[key]
            .as_array()
            .expect("array")
            .iter()
            .map(|v| v["id"].as_i64().expect("id") as i32)
            .collect()
    };
    Os {
        base,
        id,
        rooms: ids("spaces"),
        slots: ids("slots"),
    }
}

pub async fn agenda(h: &Harness, w: &World, id: i32) -> serde_json::Value {
    let (s, body) = h
        .api(
            "GET",
            &format!("/api/v1/communities/{}/gatherings/{id}/agenda", w.slug),
            &w.steward.token,
            None,
        )
        .await;
    assert_eq!(s, StatusCode::OK, "{body}");
    serde_json::from_str(&body).expect("json")
}

/// Sets the clock to a minute after slot `i` starts: checking in is open only then.
pub async fn at_slot(h: &Harness, os: &Os, i: usize) {
    let wall = h
        .app
        .wall_of(&h.system, GatheringId(os.id))
        .await
        .expect("wall");
    let row = wall
        .rows
        .iter()
        .find(|r| r.slot_id == os.slots[i])
        .expect("slot");
    h.app.clock.advance(row.starts_at + 60 - h.app.clock.now());
}

/// Says yes and announces a session; returns its id.
pub async fn convene(h: &Harness, os: &Os, who: &Person, title: &str) -> i32 {
    let c = Some(who.cookie.as_str());
    let (s, b) = h.post(&format!("{}/rsvp", os.base), c, "answer=yes").await;
    assert_eq!(s, StatusCode::SEE_OTHER, "{b}");
    let (s, b) = h
        .post(
            &format!("{}/sessions", os.base),
            c,
            &format!("title={}&description=&needs=", enc(title)),
        )
        .await;
    assert_eq!(s, StatusCode::SEE_OTHER, "{b}");
    let latest = h
        .app
        .wall_of(&h.system, GatheringId(os.id))
        .await
        .expect("wall")
        .marketplace
        .into_iter()
        .find(|c| c.title == title)
        .expect("announced");
    latest.id
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn open_space_cycle_with_clear_refusals() {
    let h = Harness::sqlite().await;
    let w = h.world("osflow").await;
    let os = open_space(&h, &w).await;
    let ana = h.person_with_role(&w, Role::Member).await;
    let ben = h.person_with_role(&w, Role::Guest).await;
    let (a, b) = (Some(ana.cookie.as_str()), Some(ben.cookie.as_str()));

    // Convening needs a yes; the refusal says so and changes nothing.
    let (s, body) = h
        .post(&format!("{}/sessions", os.base), b, "title=Early")
        .await;
    assert_eq!(s, StatusCode::CONFLICT);
    assert!(body.contains("Say yes to the invitation first"), "{body}");

    let river = convene(&h, &os, &ana, "Rewilding the river").await;
    let bikes = convene(&h, &os, &ben, "Bike paths <b>now</b>").await;
    let (room, slot) = (os.rooms[0], os.slots[1]);
    let cell = format!("cell={room}%3A{slot}");
    let (s, body) = h
        .post(&format!("{}/s/{river}/place", os.base), a, &cell)
        .await;
    assert_eq!(s, StatusCode::SEE_OTHER, "{body}");

    // A taken cell, a plenary, someone else's session: refused clearly, nothing changes.
    let (s, body) = h
        .post(&format!("{}/s/{bikes}/place", os.base), b, &cell)
        .await;
    assert_eq!(s, StatusCode::CONFLICT);
    assert!(body.contains("That cell is already taken"), "{body}");
    let plenary = format!("cell={room}%3A{}", os.slots[0]);
    let (s, body) = h
        .post(&format!("{}/s/{bikes}/place", os.base), b, &plenary)
        .await;
    assert_eq!(s, StatusCode::CONFLICT);
    assert!(body.contains("reserved for the plenary"), "{body}");
    let other_cell = format!("cell={}%3A{slot}", os.rooms[1]);
    let (s, _) = h
        .post(&format!("{}/s/{river}/place", os.base), b, &other_cell)
        .await;
    assert_eq!(s, StatusCode::FORBIDDEN, "editing someone else's session");
    let (s, _) = h
        .post(&format!("{}/s/{bikes}/place", os.base), b, "cell=99999%3A1")
        .await;
    assert_eq!(s, StatusCode::NOT_FOUND);

    // The host locks a cell; a claim on it is refused.
    let lock = format!("cell={}%3A{}&label=Quiet+room", os.rooms[1], os.slots[2]);
    let (s, body) = h
        .post(
            &format!("{}/locks", os.base),
            Some(&w.steward.cookie),
            &lock,
        )
        .await;
    assert_eq!(s, StatusCode::SEE_OTHER, "{body}");
    let locked = format!("cell={}%3A{}", os.rooms[1], os.slots[2]);
    let (s, body) = h
        .post(&format!("{}/s/{bikes}/place", os.base), b, &locked)
        .await;
    assert_eq!(s, StatusCode::CONFLICT);
    assert!(body.contains("locked (Quiet room)"), "{body}");
    let (s, _) = h
        .post(&format!("{}/s/{bikes}/place", os.base), b, &other_cell)
        .await;
    assert_eq!(s, StatusCode::SEE_OTHER);

    // Interest above capacity and shared interest in one slot are warned about, escaped.
    let mut fans = Vec::new();
    for _ in 0..4 {
        fans.push(h.person_with_role(&w, Role::Member).await);
    }
    for f in &fans {
        for sid in [river, bikes] {
            let (s, _) = h
                .post(
                    &format!("{}/s/{sid}/interest", os.base),
                    Some(&f.cookie),
                    "on=1",
                )
                .await;
            assert_eq!(s, StatusCode::SEE_OTHER);
        }
    }
    let (s, page) = h.get(&os.base, a).await;
    assert_eq!(s, StatusCode::OK);
    assert!(
        page.contains("4 people want to join a room for 3"),
        "{page}"
    );
    assert!(page.contains("4 people want both"), "{page}");
    assert!(
        page.contains("Bike paths &#60;b&#62;now&#60;/b&#62;")
            || page.contains("Bike paths &lt;b&gt;now&lt;/b&gt;")
    );
    assert!(!page.contains("<b>now</b>"));

    // Phases move one step at a time; checking in opens with the sessions.
    let (s, body) = h
        .post(&format!("{}/s/{river}/checkin", os.base), a, "")
        .await;
    assert_eq!(s, StatusCode::CONFLICT, "{body}");
    let host = Some(w.steward.cookie.as_str());
    let (s, body) = h
        .post(&format!("{}/phase", os.base), host, "to=closed")
        .await;
    assert_eq!(s, StatusCode::CONFLICT);
    assert!(
        body.contains("moves from marketplace to sessions next"),
        "{body}"
    );
    let (s, _) = h
        .post(&format!("{}/phase", os.base), a, "to=sessions")
        .await;
    assert_eq!(s, StatusCode::FORBIDDEN, "only hosts move phases");
    let (s, _) = h
        .post(&format!("{}/phase", os.base), host, "to=sessions")
        .await;
    assert_eq!(s, StatusCode::SEE_OTHER);

    // The law of two feet: in, move, out; intervals are kept, anonymity is respected.
    at_slot(&h, &os, 1).await;
    let f = Some(fans[0].cookie.as_str());
    let (s, _) = h
        .post(&format!("{}/s/{river}/checkin", os.base), f, "")
        .await;
    assert_eq!(s, StatusCode::SEE_OTHER);
    h.app.clock.advance(600);
    let (s, _) = h
        .post(&format!("{}/s/{bikes}/checkin", os.base), f, "anonymous=on")
        .await;
    assert_eq!(s, StatusCode::SEE_OTHER);
    let agenda = agenda(&h, &w, os.id).await;
    let present = |sid: i32| {
        agenda["sessions"]
            .as_array()
            .expect("sessions")
            .iter()
            .find(|s| s["id"] == sid)
            .map(|s| s["present"].as_i64().expect("n"))
    };
    assert_eq!((present(river), present(bikes)), (Some(0), Some(1)));
    let intervals = convene_store::sessions::presences(h.app.store.conn(), os.id)
        .await
        .expect("intervals");
    assert_eq!(intervals.len(), 2);
    assert_eq!(intervals[0].until, Some(intervals[0].since + 600));
    assert!(intervals[1].anonymous && intervals[1].until.is_none());
    let (s, _) = h.post(&format!("{}/checkout", os.base), f, "").await;
    assert_eq!(s, StatusCode::SEE_OTHER);

    // The host sees counts of answers, never who declined.
    let (s, _) = h
        .post(
            &format!("{}/rsvp", os.base),
            Some(&fans[1].cookie),
            "answer=no",
        )
        .await;
    assert_eq!(s, StatusCode::SEE_OTHER);
    let (_, page) = h.get(&os.base, host).await;
    assert!(
        page.contains(r#"<strong id="rsvp-yes">2</strong> yes"#),
        "{page}"
    );
    assert!(!page.contains(&fans[1].name));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn bad_input_is_refused_with_a_message() {
    let h = Harness::sqlite().await;
    let w = h.world("osbad").await;
    let host = Some(w.steward.cookie.as_str());
    let (s, body) = h
        .post(
            &format!("/c/{}/g", w.slug),
            host,
            "title=x&calling_question=q&invitation=i&venue=v&time_zone=Mars%2FOlympus&dots=3",
        )
        .await;
    assert_eq!(s, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(body.contains("time zone is not valid"), "{body}");
    let os = open_space(&h, &w).await;
    const BAD: StatusCode = StatusCode::UNPROCESSABLE_ENTITY;
    for (path, form, status, needle) in [
        (
            "spaces",
            "name=Hall&capacity=0".to_owned(),
            BAD,
            "capacity is not valid",
        ),
        (
            "spaces",
            "name=Big+Hall&capacity=5".to_owned(),
            StatusCode::CONFLICT,
            "space name is already taken",
        ),
        (
            "slots",
            "date=2026-12-01&starts=11:00&ends=10:00&kind=sessions".to_owned(),
            BAD,
            "it must end after it starts",
        ),
        (
            "sessions",
            format!("title={}", "x".repeat(121)),
            BAD,
            "session title must be at most 120 characters",
        ),
    ] {
        let (s, body) = h.post(&format!("{}/{path}", os.base), host, &form).await;
        assert_eq!(s, status, "{path} {form}");
        assert!(body.to_lowercase().contains(needle), "{needle}: {body}");
    }
    // Another community's gathering does not exist here.
    let other = h.world("osother").await;
    let (s, _) = h
        .get(
            &format!("/c/{}/g/{}", other.slug, os.id),
            Some(&other.steward.cookie),
        )
        .await;
    assert_eq!(s, StatusCode::NOT_FOUND);
}

/// Reads SSE events from a streaming body until one contains `needle`.
async fn next_event_with(body: &mut Body, needle: &str) -> String {
    let deadline = tokio::time::Instant::now() + std::time::Duration::from_secs(10);
    let mut buf = String::new();
    loop {
        let frame = tokio::time::timeout_at(deadline, body.frame())
            .await
            .expect("an event in time")
            .expect("stream open")
            .expect("frame");
        if let Ok(data) = frame.into_data() {
            buf.push_str(&String::from_utf8_lossy(&data));
            if let Some(end) = buf.find("\n\n") {
                let event: String = buf.drain(..end + 2).collect();
                if event.contains(needle) {
                    return event;
                }
            }
        }
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_live_wall_starts_current_and_follows_changes() {
    let h = Harness::sqlite().await;
    let w = h.world("oslive").await;
    let os = open_space(&h, &w).await;
    let ana = h.person_with_role(&w, Role::Member).await;
    let first = convene(&h, &os, &ana, "Before the screen opened").await;
    let req = Request::get(format!("{}/live", os.base))
        .header("cookie", &ana.cookie)
        .body(Body::empty())
        .expect("request");
    let res = h.router.clone().oneshot(req).await.expect("response");
    assert_eq!(res.status(), StatusCode::OK);
    assert_eq!(res.headers()["content-type"], "text/event-stream");
    let mut body = res.into_body();
    let e = next_event_with(&mut body, "Before the screen opened").await;
    assert!(e.contains("event: wall"), "{e}");
    convene(&h, &os, &ana, "Said while watching").await;
    let e = next_event_with(&mut body, "Said while watching").await;
    assert!(e.contains(&format!("data-session=\"{first}\"")), "{e}");

    // A kiosk filter names one of this gathering's spaces, or nothing is streamed.
    let (s, _) = h
        .get(
            &format!("{}/live?view=kiosk&space=99999", os.base),
            Some(&ana.cookie),
        )
        .await;
    assert_eq!(s, StatusCode::NOT_FOUND);

    // Outsiders cannot open the stream.
    let other = h.world("oslive2").await;
    let req = Request::get(format!("{}/live", os.base))
        .header("cookie", &other.steward.cookie)
        .body(Body::empty())
        .expect("request");
    let res = h.router.clone().oneshot(req).await.expect("response");
    assert_eq!(res.status(), StatusCode::NOT_FOUND);
}

/// Reads the stream until it ends; fails if it sends an event holding `needle` first.
async fn ends_without(body: &mut Body, needle: &str) {
    let deadline = tokio::time::Instant::now() + std::time::Duration::from_secs(10);
    let mut seen = String::new();
    loop {
        let frame = tokio::time::timeout_at(deadline, body.frame())
            .await
            .expect("the stream ends in time");
        match frame {
            None => return,
            Some(Ok(f)) => {
                if let Ok(data) = f.into_data() {
                    seen.push_str(&String::from_utf8_lossy(&data));
                    assert!(!seen.contains(needle), "sent after the right ended: {seen}");
                }
            }
            Some(Err(_)) => return,
        }
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_live_wall_ends_when_the_right_to_read_it_ends() {
    let h = Harness::sqlite().await;
    let w = h.world("oslost").await;
    let os = open_space(&h, &w).await;
    let open = |who: String| {
        let req = Request::get(format!("{}/live", os.base))
            .header("cookie", who)
            .body(Body::empty())
            .expect("request");
        h.router.clone().oneshot(req)
    };
    // Removed from the community: the next change is not sent.
    let ana = h.person_with_role(&w, Role::Member).await;
    let mut wall = open(ana.cookie.clone())
        .await
        .expect("response")
        .into_body();
    next_event_with(&mut wall, "event: wall").await;
    let (s, b) = h
        .post(
            &format!("/c/{}/members/{}/remove", w.slug, ana.membership_id),
            Some(&w.steward.cookie),
            "reason=left+the+network",
        )
        .await;
    assert_eq!(s, StatusCode::SEE_OTHER, "{b}");
    convene(&h, &os, &w.steward, "Said after Ana left").await;
    ends_without(&mut wall, "Said after Ana left").await;

    // Signed out: the same.
    let bo = h.person_with_role(&w, Role::Member).await;
    let mut wall = open(bo.cookie.clone()).await.expect("response").into_body();
    next_event_with(&mut wall, "event: wall").await;
    let (s, b) = h.post("/signout", Some(&bo.cookie), "").await;
    assert_eq!(s, StatusCode::SEE_OTHER, "{b}");
    convene(&h, &os, &w.steward, "Said after Bo signed out").await;
    ends_without(&mut wall, "Said after Bo signed out").await;

    // Someone who keeps the right keeps the stream.
    let cy = h.person_with_role(&w, Role::Member).await;
    let mut wall = open(cy.cookie.clone()).await.expect("response").into_body();
    next_event_with(&mut wall, "event: wall").await;
    convene(&h, &os, &w.steward, "Said while Cy watches").await;
    next_event_with(&mut wall, "Said while Cy watches").await;
}

test_both_dbs!(
    simultaneous_claims_of_one_cell_admit_exactly_one,
    |store| async move {
        let h = Harness::new(store, 10_000).await;
        let w = h.world("osrace").await;
        let os = open_space(&h, &w).await;
        let mut people = Vec::new();
        for i in 0..6 {
            let p = h.person_with_role(&w, Role::Member).await;
            let sid = convene(&h, &os, &p, &format!("Session {i}")).await;
            people.push((p, sid));
        }
        let cell = format!("cell={}%3A{}", os.rooms[1], os.slots[1]);
        let tasks: Vec<_> = people
            .iter()
            .map(|(p, sid)| {
                let (h, path, cookie, cell) = (
                    h.clone(),
                    format!("{}/s/{sid}/place", os.base),
                    p.cookie.clone(),
                    cell.clone(),
                );
                tokio::spawn(async move { h.post(&path, Some(&cookie), &cell).await })
            })
            .collect();
        let mut statuses = Vec::new();
        for t in tasks {
            let (s, body) = t.await.expect("task");
            if s == StatusCode::CONFLICT {
                assert!(body.contains("That cell is already taken"), "{body}");
            }
            statuses.push(s);
        }
        let won = statuses
            .iter()
            .filter(|s| **s == StatusCode::SEE_OTHER)
            .count();
        let lost = statuses
            .iter()
            .filter(|s| **s == StatusCode::CONFLICT)
            .count();
        assert_eq!((won, lost), (1, 5), "{statuses:?}");
        let placed = agenda(&h, &w, os.id).await["sessions"]
            .as_array()
            .expect("sessions")
            .iter()
            .filter(|s| !s["cell"].is_null())
            .count();
        assert_eq!(placed, 1);
    }
);

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn plenaries_and_breaks_offer_no_free_cells() {
    let h = Harness::sqlite().await;
    let w = h.world("osplenary").await;
    let os = open_space(&h, &w).await;
    let ana = h.person_with_role(&w, Role::Member).await;
    let sid = convene(&h, &os, &ana, "Anything").await;
    let (_, page) = h
        .get(&format!("{}/s/{sid}", os.base), Some(&ana.cookie))
        .await;
    for room in &os.rooms {
        assert!(
            !page.contains(&format!("value=\"{room}:{}\"", os.slots[0])),
            "a plenary cell is offered: {page}"
        );
        assert!(page.contains(&format!("value=\"{room}:{}\"", os.slots[1])));
    }
}

fn hidden(page: &str, name: &str) -> String {
    let marker = format!("name=\"{name}\" value=\"");
    let start = page.find(&marker).expect("hidden field") + marker.len();
    page[start..].split('"').next().expect("value").to_owned()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_host_previews_and_applies_a_suggested_agenda() {
    let h = Harness::sqlite().await;
    let w = h.world("ossuggest").await;
    let os = open_space(&h, &w).await;
    let host = Some(w.steward.cookie.as_str());
    let mut conveners = Vec::new();
    let mut ids = Vec::new();
    for title in ["Rivers", "Bikes", "Bees"] {
        let p = h.person_with_role(&w, Role::Member).await;
        ids.push(convene(&h, &os, &p, title).await);
        conveners.push(p);
    }
    // Rivers and Bikes collide in one slot although the same four people want both.
    for (k, sid) in ids.iter().take(2).enumerate() {
        let cell = format!("cell={}%3A{}", os.rooms[k], os.slots[1]);
        let (s, _) = h
            .post(
                &format!("{}/s/{sid}/place", os.base),
                Some(&conveners[k].cookie),
                &cell,
            )
            .await;
        assert_eq!(s, StatusCode::SEE_OTHER);
    }
    for _ in 0..4 {
        let fan = h.person_with_role(&w, Role::Member).await;
        for sid in &ids[..2] {
            let path = format!("{}/s/{sid}/interest", os.base);
            assert_eq!(
                h.post(&path, Some(&fan.cookie), "on=1").await.0,
                StatusCode::SEE_OTHER
            );
        }
    }
    let (s, _) = h
        .get(&format!("{}/suggest", os.base), Some(&conveners[0].cookie))
        .await;
    assert_eq!(s, StatusCode::FORBIDDEN, "only hosts ask for a suggestion");
    let (s, preview) = h.get(&format!("{}/suggest", os.base), host).await;
    assert_eq!(s, StatusCode::OK, "{preview}");
    assert!(
        preview.contains(r#"<td id="missed-before">4</td>"#),
        "{preview}"
    );
    assert!(
        preview.contains(r#"<td id="missed-after">0</td>"#),
        "{preview}"
    );
    let form = format!(
        "version={}&moves={}",
        hidden(&preview, "version"),
        enc(&hidden(&preview, "moves"))
    );
    // Nothing changed yet: the preview is only a preview.
    assert_eq!(
        agenda(&h, &w, os.id).await["warnings"]
            .as_array()
            .map(Vec::len),
        Some(2)
    );
    let (s, body) = h.post(&format!("{}/suggest", os.base), host, &form).await;
    assert_eq!(s, StatusCode::SEE_OTHER, "{body}");
    let after = agenda(&h, &w, os.id).await;
    assert!(
        after["warnings"].as_array().expect("warnings").is_empty(),
        "{after}"
    );
    let sessions = after["sessions"].as_array().expect("sessions");
    assert!(
        sessions.iter().all(|s| !s["cell"].is_null()),
        "every session placed: {after}"
    );
    // Applying the same preview again is refused: the wall has changed since.
    let (s, body) = h.post(&format!("{}/suggest", os.base), host, &form).await;
    assert_eq!(s, StatusCode::CONFLICT);
    assert!(
        body.contains("The wall changed since this suggestion was made"),
        "{body}"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn sessions_merge_by_agreement_or_by_a_host_on_the_record() {
    let h = Harness::sqlite().await;
    let w = h.world("osmerge").await;
    let os = open_space(&h, &w).await;
    let host = Some(w.steward.cookie.as_str());
    let ana = h.person_with_role(&w, Role::Member).await;
    let ben = h.person_with_role(&w, Role::Member).await;
    let cleo = h.person_with_role(&w, Role::Member).await;
    let (a, b, c) = (
        Some(ana.cookie.as_str()),
        Some(ben.cookie.as_str()),
        Some(cleo.cookie.as_str()),
    );
    let river = convene(&h, &os, &ana, "River").await;
    let (s, _) = h.post(&format!("{}/rsvp", os.base), c, "answer=yes").await;
    assert_eq!(s, StatusCode::SEE_OTHER);
    // Ben names Cleo as co-convener: she may then place his session.
    let (s, _) = h.post(&format!("{}/rsvp", os.base), b, "answer=yes").await;
    assert_eq!(s, StatusCode::SEE_OTHER);
    let form = format!("title=Water&co={}", cleo.account.id);
    let (s, body) = h.post(&format!("{}/sessions", os.base), b, &form).await;
    assert_eq!(s, StatusCode::SEE_OTHER, "{body}");
    let water = h
        .app
        .wall_of(&h.system, GatheringId(os.id))
        .await
        .expect("wall")
        .marketplace
        .iter()
        .find(|x| x.title == "Water")
        .expect("water")
        .id;
    let cell = format!("cell={}%3A{}", os.rooms[0], os.slots[1]);
    let (s, _) = h
        .post(&format!("{}/s/{water}/place", os.base), c, &cell)
        .await;
    assert_eq!(s, StatusCode::SEE_OTHER, "a co-convener places the session");
    let fan = h.person_with_role(&w, Role::Member).await;
    let (s, _) = h
        .post(
            &format!("{}/s/{river}/interest", os.base),
            Some(&fan.cookie),
            "on=1",
        )
        .await;
    assert_eq!(s, StatusCode::SEE_OTHER);

    // Ana proposes River into Water; only Water's conveners may accept.
    let (s, _) = h
        .post(
            &format!("{}/s/{river}/merge", os.base),
            a,
            &format!("other={water}"),
        )
        .await;
    assert_eq!(s, StatusCode::SEE_OTHER);
    let (s, _) = h
        .post(
            &format!("{}/s/{water}/merge/accept", os.base),
            Some(&fan.cookie),
            &format!("other={river}"),
        )
        .await;
    assert_eq!(s, StatusCode::FORBIDDEN);
    let (s, _) = h
        .post(
            &format!("{}/s/{water}/merge/accept", os.base),
            b,
            &format!("other={river}"),
        )
        .await;
    assert_eq!(s, StatusCode::SEE_OTHER);
    let agenda = agenda(&h, &w, os.id).await;
    let sessions = agenda["sessions"].as_array().expect("sessions");
    assert_eq!(sessions.len(), 1, "{agenda}");
    assert_eq!(sessions[0]["interested"], 1, "River's interest moved over");
    let conveners = sessions[0]["convener"].as_str().expect("names");
    assert!(
        conveners.contains(&ben.name)
            && conveners.contains(&cleo.name)
            && conveners.contains(&ana.name),
        "{conveners}"
    );
    let (s, _) = h.get(&format!("{}/s/{river}", os.base), a).await;
    assert_eq!(
        s,
        StatusCode::NOT_FOUND,
        "a merged session lives on in the other"
    );

    // A host merges without agreement only with a reason, and it is on the record.
    let third = convene(&h, &os, &ana, "Third").await;
    let (s, _) = h
        .post(
            &format!("{}/s/{water}/merge/host", os.base),
            host,
            &format!("other={third}&reason="),
        )
        .await;
    assert_eq!(s, StatusCode::UNPROCESSABLE_ENTITY);
    let (s, _) = h
        .post(
            &format!("{}/s/{water}/merge/host", os.base),
            host,
            &format!("other={third}&reason=same+topic"),
        )
        .await;
    assert_eq!(s, StatusCode::SEE_OTHER);
    let (_, log) = h.get(&format!("/c/{}/audit", w.slug), host).await;
    assert!(
        log.contains("session.merge") && log.contains("same topic"),
        "{log}"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_invitation_to_a_gathering_lands_on_it() {
    let h = Harness::sqlite().await;
    let w = h.world("osinvite").await;
    let os = open_space(&h, &w).await;
    let host = Some(w.steward.cookie.as_str());
    let form = format!(
        "kind=link&calling_question=Come+to+the+river&organization_id={}&max_uses=5&days=7&gathering={}",
        w.home_org, os.id
    );
    let (s, page) = h
        .post(&format!("/c/{}/invitations", w.slug), host, &form)
        .await;
    assert_eq!(s, StatusCode::CREATED, "{page}");
    let link = extract_link(&page, "/invite/").expect("link");
    let (s, landing) = h.get(&link, None).await;
    assert_eq!(s, StatusCode::OK);
    assert!(
        landing.contains("This invitation is for the gathering <strong>River Open Space</strong>"),
        "{landing}"
    );
    let (s, headers, _) = h
        .post_full(
            &format!("{link}/accept"),
            None,
            "name=Nia+Newcomer&email=nia%40example.org&password=correct+horse+battery",
        )
        .await;
    assert_eq!(s, StatusCode::SEE_OTHER);
    assert_eq!(
        headers["location"],
        format!("{}?welcome=1", os.base).as_str()
    );
    let cookie = session_cookie(&headers).expect("signed in");
    let (s, _) = h
        .post(&format!("{}/rsvp", os.base), Some(&cookie), "answer=yes")
        .await;
    assert_eq!(s, StatusCode::SEE_OTHER);
    // Someone else's gathering cannot be named in an invitation.
    let other = h.world("osinvite2").await;
    let bad = format!(
        "kind=link&calling_question=q&organization_id={}&max_uses=5&days=7&gathering={}",
        other.home_org, os.id
    );
    let (s, body) = h
        .post(
            &format!("/c/{}/invitations", other.slug),
            Some(&other.steward.cookie),
            &bad,
        )
        .await;
    assert_eq!(s, StatusCode::UNPROCESSABLE_ENTITY, "{body}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_lost_room_is_replanned_moving_only_its_sessions() {
    let h = Harness::sqlite().await;
    let w = h.world("oslost").await;
    let os = open_space(&h, &w).await;
    let host = Some(w.steward.cookie.as_str());
    let mut ids = Vec::new();
    for (k, title) in ["Stays", "Displaced"].iter().enumerate() {
        let p = h.person_with_role(&w, Role::Member).await;
        let sid = convene(&h, &os, &p, title).await;
        let cell = format!("cell={}%3A{}", os.rooms[k], os.slots[1]);
        let (s, _) = h
            .post(
                &format!("{}/s/{sid}/place", os.base),
                Some(&p.cookie),
                &cell,
            )
            .await;
        assert_eq!(s, StatusCode::SEE_OTHER);
        ids.push(sid);
    }
    let (s, headers, _) = h
        .post_full(
            &format!("{}/spaces/remove", os.base),
            host,
            &format!("space={}", os.rooms[1]),
        )
        .await;
    assert_eq!(s, StatusCode::SEE_OTHER);
    assert_eq!(headers["location"], format!("{}/suggest", os.base).as_str());
    let (s, preview) = h.get(&format!("{}/suggest", os.base), host).await;
    assert_eq!(s, StatusCode::OK);
    assert!(preview.contains("Moves (1)"), "{preview}");
    assert!(
        preview.contains("<strong>Displaced</strong>: the marketplace →"),
        "{preview}"
    );
    let form = format!(
        "version={}&moves={}",
        hidden(&preview, "version"),
        enc(&hidden(&preview, "moves"))
    );
    let (s, _) = h.post(&format!("{}/suggest", os.base), host, &form).await;
    assert_eq!(s, StatusCode::SEE_OTHER);
    let agenda = agenda(&h, &w, os.id).await;
    let cell_of = |sid: i32| {
        agenda["sessions"]
            .as_array()
            .expect("sessions")
            .iter()
            .find(|s| s["id"] == sid)
            .expect("session")["cell"]
            .clone()
    };
    assert_eq!(
        cell_of(ids[0]),
        serde_json::json!([os.rooms[0], os.slots[1]]),
        "untouched"
    );
    assert_eq!(
        cell_of(ids[1]),
        serde_json::json!([os.rooms[0], os.slots[2]])
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_network_comes_from_activity_and_leaves_out_who_opts_out() {
    let h = Harness::sqlite().await;
    let w = h.world("osnet").await;
    let os = open_space(&h, &w).await;
    let host = Some(w.steward.cookie.as_str());
    let ana = h.person_with_role(&w, Role::Member).await;
    let ben = h.person_with_role(&w, Role::Member).await;
    let river = convene(&h, &os, &ana, "River").await;
    let cell = format!("cell={}%3A{}", os.rooms[0], os.slots[1]);
    let (s, _) = h
        .post(
            &format!("{}/s/{river}/place", os.base),
            Some(&ana.cookie),
            &cell,
        )
        .await;
    assert_eq!(s, StatusCode::SEE_OTHER);
    let (s, _) = h
        .post(&format!("{}/phase", os.base), host, "to=sessions")
        .await;
    assert_eq!(s, StatusCode::SEE_OTHER);
    at_slot(&h, &os, 1).await;
    for p in [&ana, &ben] {
        let (s, _) = h
            .post(
                &format!("{}/s/{river}/checkin", os.base),
                Some(&p.cookie),
                "",
            )
            .await;
        assert_eq!(s, StatusCode::SEE_OTHER);
    }
    h.app.clock.advance(45 * 60);
    for p in [&ana, &ben] {
        let (s, _) = h
            .post(&format!("{}/checkout", os.base), Some(&p.cookie), "")
            .await;
        assert_eq!(s, StatusCode::SEE_OTHER);
    }
    let (a, b) = (ana.account.id, ben.account.id);
    let net = h
        .app
        .collaboration_network(&h.system, w.community_id)
        .await
        .expect("network");
    assert_eq!(net.ties.get(&(a.min(b), a.max(b))), Some(&45.0), "{net:?}");
    // Metrics come from the background job; each person sees their own.
    let (_, page) = h
        .get(&format!("/c/{}/network/me", w.slug), Some(&ana.cookie))
        .await;
    assert!(page.contains("has not been computed yet"), "{page}");
    h.app.recompute_networks(&h.system).await.expect("job");
    let (_, page) = h
        .get(&format!("/c/{}/network/me", w.slug), Some(&ana.cookie))
        .await;
    assert!(
        page.contains(r#"<dl class="facts" id="my-metrics">"#),
        "{page}"
    );
    assert!(
        page.contains("<dt>Time together</dt><dd>45 minutes"),
        "{page}"
    );

    // Ben leaves the network: he is gone from it entirely, and his choice is shown back to him.
    let (s, _) = h
        .post(
            &format!("/c/{}/network/me", w.slug),
            Some(&ben.cookie),
            "opted_out=on&share_metrics=on",
        )
        .await;
    assert_eq!(s, StatusCode::SEE_OTHER);
    let (_, page) = h
        .get(&format!("/c/{}/network/me", w.slug), Some(&ben.cookie))
        .await;
    assert!(page.contains(r#"id="opted_out" checked"#), "{page}");
    assert!(
        !page.contains(r#"id="share_metrics" checked"#),
        "someone left out shares nothing"
    );
    let net = h
        .app
        .collaboration_network(&h.system, w.community_id)
        .await
        .expect("network");
    assert!(net.people.iter().all(|p| p.0 != b));
    assert!(net.ties.keys().all(|(x, y)| *x != b && *y != b));
    assert!(net.invitations.iter().all(|(x, y)| *x != b && *y != b));
    h.app.recompute_networks(&h.system).await.expect("job");
    let (_, page) = h
        .get(&format!("/c/{}/network/me", w.slug), Some(&ben.cookie))
        .await;
    assert!(page.contains("you left the network"), "{page}");
    assert!(!page.contains("my-metrics"));
}
