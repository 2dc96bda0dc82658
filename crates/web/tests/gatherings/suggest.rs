//! "Suggest an agenda" in the usual state of a marketplace: more sessions than free cells, a
//! room lost, a wall that changed since the preview. The page never dead-ends: it previews the
//! wall it would leave, names who waits, counts now and after alike, and speaks in names and
//! local times.

use super::{Os, agenda, convene, hidden, open_space};
use crate::harness::*;
use axum::http::StatusCode;
use convene_domain::Role;

/// Marks interest in `session` for `n` new members.
async fn fans(h: &Harness, w: &World, os: &Os, session: i32, n: usize) -> Vec<Person> {
    let mut out = Vec::new();
    for _ in 0..n {
        let fan = h.person_with_role(w, Role::Member).await;
        want(h, os, &fan, session).await;
        out.push(fan);
    }
    out
}

async fn want(h: &Harness, os: &Os, who: &Person, session: i32) {
    let path = format!("{}/s/{session}/interest", os.base);
    let (s, body) = h.post(&path, Some(&who.cookie), "on=1").await;
    assert_eq!(s, StatusCode::SEE_OTHER, "{body}");
}

/// A new member convenes `title`; with `cell`, places it there.
async fn session(
    h: &Harness,
    w: &World,
    os: &Os,
    title: &str,
    cell: Option<(i32, i32)>,
) -> (i32, Person) {
    let p = h.person_with_role(w, Role::Member).await;
    let sid = convene(h, os, &p, title).await;
    if let Some((room, slot)) = cell {
        let (s, body) = h
            .post(
                &format!("{}/s/{sid}/place", os.base),
                Some(&p.cookie),
                &format!("cell={room}%3A{slot}"),
            )
            .await;
        assert_eq!(s, StatusCode::SEE_OTHER, "{body}");
    }
    (sid, p)
}

fn apply_form(preview: &str) -> String {
    format!(
        "version={}&moves={}",
        hidden(preview, "version"),
        enc(&hidden(preview, "moves"))
    )
}

/// The inside of the element with this id (up to the closing tag of its name; no nesting of
/// the same element here).
fn by_id<'a>(page: &'a str, id: &str) -> &'a str {
    let marker = format!("id=\"{id}\"");
    let at = page
        .find(&marker)
        .unwrap_or_else(|| panic!("no #{id}: {page}"));
    let tag_start = page[..at].rfind('<').expect("tag") + 1;
    let name: String = page[tag_start..]
        .chars()
        .take_while(char::is_ascii_alphanumeric)
        .collect();
    let rest = &page[at..];
    let open = rest.find('>').expect("tag") + 1;
    let end = rest[open..]
        .find(&format!("</{name}>"))
        .expect("closing tag");
    &rest[open..open + end]
}

/// Titles of the sessions placed and waiting, after applying.
async fn wall_titles(h: &Harness, w: &World, os: &Os) -> (Vec<String>, Vec<String>) {
    let a = agenda(h, w, os.id).await;
    let mut placed = Vec::new();
    let mut waiting = Vec::new();
    for s in a["sessions"].as_array().expect("sessions") {
        let title = s["title"].as_str().expect("title").to_owned();
        if s["cell"].is_null() {
            waiting.push(title);
        } else {
            placed.push(title);
        }
    }
    placed.sort();
    waiting.sort();
    (placed, waiting)
}

/// Seven sessions for four free cells: a plan that places the four people want, and the
/// three that wait named, with what to do about them.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn more_sessions_than_cells_preview_a_plan_and_name_who_waits() {
    let h = Harness::sqlite().await;
    let w = h.world("sgmore").await;
    let os = open_space(&h, &w).await;
    let host = Some(w.steward.cookie.as_str());
    for title in ["Rivers", "Bikes", "Bees", "Soil"] {
        let (sid, _) = session(&h, &w, &os, title, None).await;
        fans(&h, &w, &os, sid, 2).await;
    }
    for title in ["Quiet one", "Quiet two", "Quiet three"] {
        session(&h, &w, &os, title, None).await;
    }
    let (s, preview) = h.get(&format!("{}/suggest", os.base), host).await;
    assert_eq!(s, StatusCode::OK, "{preview}");
    let note = by_id(&preview, "waiting-note");
    assert!(
        note.contains("3 sessions stay in the marketplace: add a slot or a room to place them."),
        "{note}"
    );
    for quiet in ["Quiet one", "Quiet two", "Quiet three"] {
        assert!(preview.contains(&format!("“{quiet}”")), "{quiet} named");
    }
    // Now: eight wanted sessions are off the wall; after: every wanted session placed.
    assert_eq!(by_id(&preview, "missed-before"), "8");
    assert_eq!(by_id(&preview, "missed-after"), "0");
    assert_eq!(by_id(&preview, "waiting-after"), "3");
    assert_eq!(preview.matches("class=\"session new\"").count(), 4);
    let (s, body) = h
        .post(&format!("{}/suggest", os.base), host, &apply_form(&preview))
        .await;
    assert_eq!(s, StatusCode::SEE_OTHER, "{body}");
    let (placed, waiting) = wall_titles(&h, &w, &os).await;
    assert_eq!(placed, ["Bees", "Bikes", "Rivers", "Soil"]);
    assert_eq!(waiting, ["Quiet one", "Quiet three", "Quiet two"]);
}

/// "A room is lost → remove space and re-plan" ends on a preview that places what fits and
/// says who waits, not on an error.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_lost_room_with_too_few_cells_lands_on_a_working_preview() {
    let h = Harness::sqlite().await;
    let w = h.world("sglost").await;
    let os = open_space(&h, &w).await;
    let host = Some(w.steward.cookie.as_str());
    let (hall, garden) = (os.rooms[0], os.rooms[1]);
    let (early, late) = (os.slots[1], os.slots[2]);
    let (kept, _) = session(&h, &w, &os, "Kept", Some((garden, early))).await;
    fans(&h, &w, &os, kept, 3).await;
    let (wanted, _) = session(&h, &w, &os, "Wanted", Some((hall, early))).await;
    fans(&h, &w, &os, wanted, 2).await;
    let (less, _) = session(&h, &w, &os, "Less wanted", Some((hall, late))).await;
    fans(&h, &w, &os, less, 1).await;
    let (s, headers, _) = h
        .post_full(
            &format!("{}/spaces/remove", os.base),
            host,
            &format!("space={hall}"),
        )
        .await;
    assert_eq!(s, StatusCode::SEE_OTHER);
    assert_eq!(headers["location"], format!("{}/suggest", os.base).as_str());
    let (s, preview) = h.get(&format!("{}/suggest", os.base), host).await;
    assert_eq!(s, StatusCode::OK, "{preview}");
    assert!(
        by_id(&preview, "waiting-note")
            .contains("1 session stays in the marketplace: add a slot or a room to place it."),
        "{preview}"
    );
    assert!(preview.contains("Waiting: “Less wanted”"), "{preview}");
    assert!(
        preview.contains("<strong>Wanted</strong>: the marketplace → Garden, Tue 11:15"),
        "{preview}"
    );
    let (s, body) = h
        .post(&format!("{}/suggest", os.base), host, &apply_form(&preview))
        .await;
    assert_eq!(s, StatusCode::SEE_OTHER, "{body}");
    let (placed, waiting) = wall_titles(&h, &w, &os).await;
    assert_eq!(placed, ["Kept", "Wanted"]);
    assert_eq!(waiting, ["Less wanted"]);
}

/// "Now" counts the people who want sessions not yet on the wall, as "after" does: a plan
/// that places a wanted session never reads as "this makes it worse".
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn now_and_after_are_counted_alike() {
    let h = Harness::sqlite().await;
    let w = h.world("sgbasis").await;
    let os = open_space(&h, &w).await;
    let host = Some(w.steward.cookie.as_str());
    let (on_wall, _) = session(&h, &w, &os, "On the wall", Some((os.rooms[1], os.slots[1]))).await;
    let (waiting, _) = session(&h, &w, &os, "Not yet placed", None).await;
    let people = fans(&h, &w, &os, waiting, 3).await;
    for p in &people[..2] {
        want(&h, &os, p, on_wall).await;
    }
    let (s, preview) = h.get(&format!("{}/suggest", os.base), host).await;
    assert_eq!(s, StatusCode::OK, "{preview}");
    assert_eq!(by_id(&preview, "missed-before"), "3", "{preview}");
    assert_eq!(by_id(&preview, "missed-after"), "0", "{preview}");
    assert_eq!(by_id(&preview, "waiting-before"), "1");
    assert_eq!(by_id(&preview, "waiting-after"), "0");
}

/// Every note and move names sessions, rooms and local times; none shows an id or "slot 1".
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn notes_use_names_and_local_times() {
    let h = Harness::sqlite().await;
    let w = h.world("sgnames").await;
    let os = open_space(&h, &w).await;
    let host = Some(w.steward.cookie.as_str());
    // Five sessions the same four people want, for four cells in two slots: clashes cannot
    // be avoided, and four people do not fit the Big Hall's three seats.
    let mut ids = Vec::new();
    for title in ["Alpha", "Beta", "Gamma", "Delta", "Epsilon"] {
        ids.push(session(&h, &w, &os, title, None).await.0);
    }
    let people = fans(&h, &w, &os, ids[0], 4).await;
    for p in &people {
        for sid in &ids[1..] {
            want(&h, &os, p, *sid).await;
        }
    }
    let (s, preview) = h.get(&format!("{}/suggest", os.base), host).await;
    assert_eq!(s, StatusCode::OK, "{preview}");
    let notes = by_id(&preview, "notes");
    assert!(notes.contains("Big Hall is 1 seat short for “"), "{notes}");
    assert!(
        notes.contains("4 people want both “") && notes.contains("which both run at Tue 1"),
        "{notes}"
    );
    assert!(
        notes.contains("(Tue 10:00)") || notes.contains("(Tue 11:15)"),
        "{notes}"
    );
    let moves = by_id(&preview, "moves");
    assert!(moves.contains("→ Big Hall, Tue 10:00"), "{moves}");
    assert!(moves.contains("→ Garden, Tue 11:15"), "{moves}");
    for text in [notes, moves] {
        for id in &ids {
            assert!(!text.contains(&format!("session {id}")), "{text}");
        }
        for words in [
            "slot 0", "slot 1", "slot 2", "Room 0", "Room 1", "room 0", "room 1",
        ] {
            assert!(!text.contains(words), "{words} in {text}");
        }
    }
}

/// The preview is the resulting wall: sessions in the cells they would take, the moved ones
/// marked with where they come from, the new ones marked as from the marketplace.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_preview_is_the_resulting_wall_with_changes_marked() {
    let h = Harness::sqlite().await;
    let w = h.world("sgwall").await;
    let os = open_space(&h, &w).await;
    let host = Some(w.steward.cookie.as_str());
    let (hall, garden) = (os.rooms[0], os.rooms[1]);
    let early = os.slots[1];
    let (a, _) = session(&h, &w, &os, "Clash A", Some((hall, early))).await;
    let (b, _) = session(&h, &w, &os, "Clash B", Some((garden, early))).await;
    let (new, _) = session(&h, &w, &os, "Newcomer", None).await;
    let people = fans(&h, &w, &os, a, 3).await;
    for p in &people {
        want(&h, &os, p, b).await;
    }
    fans(&h, &w, &os, new, 1).await;
    let (s, preview) = h.get(&format!("{}/suggest", os.base), host).await;
    assert_eq!(s, StatusCode::OK, "{preview}");
    let table = &preview[preview.find("id=\"preview\"").expect("the wall")..];
    let table = &table[..table.find("</table>").expect("end")];
    // Both rooms, the plenary across them, and all three sessions drawn in cells.
    assert!(table.contains("Big Hall") && table.contains("Garden"));
    assert!(
        table.contains("colspan=\"2\" class=\"locked\">plenary"),
        "{table}"
    );
    for title in ["Clash A", "Clash B", "Newcomer"] {
        assert!(
            table.contains(&format!("<strong>{title}</strong>")),
            "{title}"
        );
    }
    assert_eq!(
        table.matches("class=\"session moved\"").count(),
        1,
        "{table}"
    );
    assert!(
        table.contains("moved from Big Hall, Tue 10:00")
            || table.contains("moved from Garden, Tue 10:00")
    );
    assert_eq!(table.matches("class=\"session new\"").count(), 1, "{table}");
    assert!(table.contains("new from the marketplace"));
    assert_eq!(table.matches("class=\"free\"").count(), 1, "{table}");
    assert!(
        by_id(&preview, "summary")
            .contains("places 1 session from the marketplace, moves 1 on the wall"),
        "{preview}"
    );
}

/// What cannot be planned says what to do and leads back to the gathering, inside the
/// signed-in page, never to "Back to the start".
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn errors_say_what_to_do_and_link_back_to_the_gathering() {
    let h = Harness::sqlite().await;
    let w = h.world("sgerrors").await;
    let host = Some(w.steward.cookie.as_str());
    // A gathering with a room but only a plenary: no cell for any session.
    let (s, headers, body) = h
        .post_full(&format!("/c/{}/g", w.slug), host, GATHERING_FORM)
        .await;
    assert_eq!(s, StatusCode::SEE_OTHER, "{body}");
    let base = headers["location"].to_str().expect("location").to_owned();
    let (s, _) = h
        .post(
            &format!("{base}/spaces"),
            host,
            "name=Hall&capacity=20&features=",
        )
        .await;
    assert_eq!(s, StatusCode::SEE_OTHER);
    let form = "date=2026-12-01&starts=09:00&ends=10:00&kind=plenary&label=Opening";
    assert_eq!(
        h.post(&format!("{base}/slots"), host, form).await.0,
        StatusCode::SEE_OTHER
    );
    let (s, page) = h.get(&format!("{base}/suggest"), host).await;
    assert_eq!(s, StatusCode::CONFLICT, "setup phase: {page}");
    assert!(
        page.contains("only in the marketplace and sessions phases"),
        "{page}"
    );
    assert!(page.contains(&format!("href=\"{base}#setup\"")), "{page}");
    assert_eq!(
        h.post(&format!("{base}/phase"), host, "to=marketplace")
            .await
            .0,
        StatusCode::SEE_OTHER
    );
    let id: i32 = base.rsplit('/').next().expect("id").parse().expect("id");
    let os = Os {
        base: base.clone(),
        id,
        rooms: Vec::new(),
        slots: Vec::new(),
    };
    let (s, page) = h.get(&format!("{base}/suggest"), host).await;
    assert_eq!(s, StatusCode::CONFLICT);
    assert!(page.contains("nothing to plan"), "{page}");
    session(&h, &w, &os, "Homeless", None).await;
    let (s, page) = h.get(&format!("{base}/suggest"), host).await;
    assert_eq!(s, StatusCode::CONFLICT, "{page}");
    assert!(
        by_id(&page, "no-suggestion")
            .contains("no free cell for sessions: add a space or a session slot"),
        "{page}"
    );
    assert!(page.contains(&format!("href=\"{base}#setup\"")), "{page}");
    assert!(!page.contains("Back to the start"), "{page}");
    assert!(
        page.contains("Sign out"),
        "the signed-in header stays: {page}"
    );

    // The wall changes between preview and apply, and now more sessions than cells: the
    // refusal comes with a new, working preview.
    let os = open_space(&h, &w).await;
    for (k, title) in ["One", "Two", "Three", "Four"].iter().enumerate() {
        let (sid, _) = session(&h, &w, &os, title, None).await;
        fans(&h, &w, &os, sid, 1 + k).await;
    }
    let (s, preview) = h.get(&format!("{}/suggest", os.base), host).await;
    assert_eq!(s, StatusCode::OK, "{preview}");
    session(&h, &w, &os, "Fifth", None).await;
    let (s, again) = h
        .post(&format!("{}/suggest", os.base), host, &apply_form(&preview))
        .await;
    assert_eq!(s, StatusCode::CONFLICT, "{again}");
    assert!(
        again.contains("The wall changed since this suggestion was made"),
        "{again}"
    );
    assert!(
        by_id(&again, "waiting-note").contains("1 session stays in the marketplace"),
        "{again}"
    );
    assert!(
        again.contains("id=\"apply\""),
        "a new suggestion to apply: {again}"
    );
    assert!(again.contains(&format!("href=\"{}\"", os.base)), "{again}");
    assert!(!again.contains("Back to the start"), "{again}");
    let (s, body) = h
        .post(&format!("{}/suggest", os.base), host, &apply_form(&again))
        .await;
    assert_eq!(s, StatusCode::SEE_OTHER, "{body}");
    let (placed, waiting) = wall_titles(&h, &w, &os).await;
    assert_eq!(placed.len(), 4);
    assert_eq!(waiting, ["Fifth"], "the one nobody wants waits");
}
