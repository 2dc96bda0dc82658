//! What leaves convene for other tools: the presence log and the CSVs (local time with the
//! offset, anonymous presence only as counts), the kiosk display link and the calendar feeds.

use super::{convene, open_space};
use crate::harness::*;
use axum::http::StatusCode;
use convene_domain::Role;

/// Reads a CSV into (header, rows).
fn table(bytes: &[u8]) -> (Vec<String>, Vec<Vec<String>>) {
    let mut r = csv::Reader::from_reader(bytes);
    let header = r
        .headers()
        .expect("header")
        .iter()
        .map(str::to_owned)
        .collect();
    let rows = r
        .records()
        .map(|x| x.expect("row").iter().map(str::to_owned).collect())
        .collect();
    (header, rows)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn anonymous_presence_is_only_counted_and_times_state_their_offset() {
    let h = Harness::sqlite().await;
    let w = h.world("presence").await;
    let os = open_space(&h, &w).await;
    let host = Some(w.steward.cookie.as_str());
    let ana = h.person_with_role(&w, Role::Member).await;
    let ben = h.person_with_role(&w, Role::Member).await;
    let cleo = h.person_with_role(&w, Role::Member).await;
    let river = convene(&h, &os, &ana, "Rewilding the river").await;
    let soil = convene(&h, &os, &cleo, "Soil and roots").await;
    for (sid, room, who) in [(river, os.rooms[0], &ana), (soil, os.rooms[1], &cleo)] {
        let cell = format!("cell={room}%3A{}", os.slots[1]);
        let (s, b) = h
            .post(
                &format!("{}/s/{sid}/place", os.base),
                Some(who.cookie.as_str()),
                &cell,
            )
            .await;
        assert_eq!(s, StatusCode::SEE_OTHER, "{b}");
    }
    // Ben is in the river session by name, leaves after 7 minutes and goes to soil
    // anonymously at the same second; Cleo is there anonymously for ten minutes.
    let t0 = h.app.now();
    let tx = h.app.store.write().await.expect("tx");
    use convene_store::sessions::{check_in, check_out};
    let b = ben.account.id;
    check_in(&tx, os.id, river, b, false, t0).await.expect("in");
    check_out(&tx, os.id, b, t0 + 420).await.expect("out");
    check_in(&tx, os.id, soil, b, true, t0 + 420)
        .await
        .expect("in");
    check_out(&tx, os.id, b, t0 + 3000).await.expect("out");
    let c = cleo.account.id;
    check_in(&tx, os.id, soil, c, true, t0 + 600)
        .await
        .expect("in");
    check_out(&tx, os.id, c, t0 + 1200).await.expect("out");
    tx.commit().await.expect("commit");

    let csv = h
        .get_bytes(&format!("{}/presence.csv", os.base), host)
        .await;
    let (header, rows) = table(&csv);
    assert_eq!(header, ["session", "who", "people", "from", "until"]);
    let named: Vec<_> = rows.iter().filter(|r| r[1] != "anonymous").collect();
    let anonymous: Vec<_> = rows.iter().filter(|r| r[1] == "anonymous").collect();
    assert_eq!(named.len(), 1, "{rows:?}");
    assert_eq!(named[0][1], ben.name);
    // 1_800_000_000 is 08:00 UTC, 09:00 in Berlin in January.
    assert_eq!(named[0][3], "2027-01-15 09:00 +01:00");
    assert_eq!(named[0][4], "2027-01-15 09:07 +01:00");
    // Anonymous presence: one count per session and half hour, never an interval that starts
    // when a named one ends.
    let counts: Vec<(&str, &str, &str, &str)> = anonymous
        .iter()
        .map(|r| (r[0].as_str(), r[2].as_str(), r[3].as_str(), r[4].as_str()))
        .collect();
    assert_eq!(
        counts,
        [
            (
                "Soil and roots",
                "2",
                "2027-01-15 09:00 +01:00",
                "2027-01-15 09:30 +01:00"
            ),
            (
                "Soil and roots",
                "1",
                "2027-01-15 09:30 +01:00",
                "2027-01-15 10:00 +01:00"
            ),
        ]
    );
    assert!(anonymous.iter().all(|r| r[3] != named[0][4]));

    // Sessions in the same local time, with the offset.
    let csv = h
        .get_bytes(&format!("{}/sessions.csv", os.base), host)
        .await;
    let (header, rows) = table(&csv);
    assert_eq!(header[3..5], ["starts", "ends"]);
    let river_row = rows
        .iter()
        .find(|r| r[1] == "Rewilding the river")
        .expect("row");
    assert_eq!(
        (river_row[3].as_str(), river_row[4].as_str()),
        ("2026-12-01 10:00 +01:00", "2026-12-01 11:00 +01:00")
    );
    // The gathering page names the log for what it is.
    let (_, page) = h.get(&os.base, host).await;
    assert!(page.contains("Presence log (CSV)") && !page.contains("Headcounts"));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_display_link_shows_only_the_wall_without_an_account_until_revoked() {
    let h = Harness::sqlite().await;
    let w = h.world("display").await;
    let os = open_space(&h, &w).await;
    let host = Some(w.steward.cookie.as_str());
    let ana = h.person_with_role(&w, Role::Member).await;
    let a = Some(ana.cookie.as_str());
    let river = convene(&h, &os, &ana, "Rewilding the river").await;
    let cell = format!("cell={}%3A{}", os.rooms[0], os.slots[1]);
    let (s, _) = h
        .post(&format!("{}/s/{river}/place", os.base), a, &cell)
        .await;
    assert_eq!(s, StatusCode::SEE_OTHER);

    // The kiosk: no inline handler (our CSP would block it), the filter script, a QR code.
    let (s, kiosk) = h.get(&format!("{}/kiosk", os.base), a).await;
    assert_eq!(s, StatusCode::OK);
    assert!(!kiosk.contains("onchange") && kiosk.contains("/static/kiosk.js"));
    assert!(
        kiosk.contains(r#"<svg role="img" aria-label="QR code"#),
        "{kiosk}"
    );
    assert!(!kiosk.contains("Make a display link"), "members make none");
    let (s, _) = h.get("/static/kiosk.js", None).await;
    assert_eq!(s, StatusCode::OK);

    // Only stewards and hosts make display links; the token is shown once and kept hashed.
    let (s, _) = h.post(&format!("{}/display", os.base), a, "").await;
    assert_eq!(s, StatusCode::FORBIDDEN);
    let (s, page) = h.post(&format!("{}/display", os.base), host, "").await;
    assert_eq!(s, StatusCode::OK, "{page}");
    let path = extract_link(&page, "/display/").expect("the new link");
    let token = path.trim_start_matches("/display/").to_owned();
    let links = convene_store::feeds::list(
        h.app.store.conn(),
        os.id,
        convene_store::feeds::FeedKind::Display,
        None,
    )
    .await
    .expect("links");
    assert_eq!(links.len(), 1);
    assert_eq!(links[0].token_hash, convene_app::auth::token_hash(&token));
    assert_ne!(links[0].token_hash, token);

    // No account: the wall and nothing else; one room shows its free cells as "Free".
    let (s, wall) = h.get(&path, None).await;
    assert_eq!(s, StatusCode::OK, "{wall}");
    assert!(wall.contains("Rewilding the river"));
    assert!(
        !wall.contains("/signout")
            && !wall.contains("Sign in")
            && !wall.contains("Convene a session")
    );
    assert!(!wall.contains("k-free"), "all rooms: sessions only");
    let (_, garden) = h.get(&format!("{path}?space={}", os.rooms[1]), None).await;
    assert_eq!(garden.matches(r#"class="k-free""#).count(), 2, "{garden}");
    assert!(!garden.contains("Rewilding the river"));
    let (s, fragment) = h.get(&format!("{path}/wall"), None).await;
    assert_eq!(s, StatusCode::OK);
    assert!(fragment.contains("Rewilding the river") && !fragment.contains("<html"));
    let (s, _) = h.get("/display/not-a-token", None).await;
    assert_eq!(s, StatusCode::NOT_FOUND);

    // Revoked: the link and its refresh answer 404.
    let (_, kiosk) = h.get(&format!("{}/kiosk", os.base), host).await;
    assert!(kiosk.contains("Revoke"), "{kiosk}");
    let (s, headers, _) = h
        .post_full(
            &format!("{}/display/revoke", os.base),
            host,
            &format!("link={}", links[0].id),
        )
        .await;
    assert_eq!(s, StatusCode::SEE_OTHER);
    let back = headers["location"].to_str().expect("location").to_owned();
    let (_, page) = h.get(&back, host).await;
    assert!(page.contains("The display link is revoked"), "{page}");
    for p in [path.clone(), format!("{path}/wall")] {
        let (s, _) = h.get(&p, None).await;
        assert_eq!(s, StatusCode::NOT_FOUND, "{p}");
    }
}

/// What Python's `icalendar` reads in a feed: (UID, SEQUENCE, URL, DTSTART) per event, or
/// `None` (skip) where Python or the package is missing outside CI.
fn icalendar_events(ics: &[u8]) -> Option<Vec<(String, i64, String, String)>> {
    let script = "import sys, json, icalendar\n\
        cal = icalendar.Calendar.from_ical(sys.stdin.buffer.read())\n\
        print(json.dumps([[str(e['UID']), int(e['SEQUENCE']), str(e['URL']), e['DTSTART'].dt.isoformat()] for e in cal.walk('VEVENT')]))\n";
    let out = std::process::Command::new("python3")
        .args(["-c", script])
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .and_then(|mut child| {
            use std::io::Write;
            child.stdin.take().expect("stdin").write_all(ics)?;
            child.wait_with_output()
        });
    let ci = std::env::var("CI").is_ok_and(|v| v == "true");
    match out {
        Ok(o) if o.status.success() => {
            Some(serde_json::from_slice(&o.stdout).expect("the reader's JSON"))
        }
        Ok(o) if String::from_utf8_lossy(&o.stderr).contains("No module named") && !ci => {
            eprintln!("skipping the icalendar check: pip install icalendar");
            None
        }
        Ok(o) => panic!(
            "icalendar could not read the feed: {}\n{}",
            String::from_utf8_lossy(&o.stderr),
            String::from_utf8_lossy(ics)
        ),
        Err(_) if !ci => None,
        Err(e) => panic!("CI=true but python3 is missing: {e}"),
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_calendar_feed_follows_every_move_without_a_cookie() {
    let h = Harness::sqlite().await;
    let w = h.world("calendar").await;
    let os = open_space(&h, &w).await;
    let ana = h.person_with_role(&w, Role::Member).await;
    let a = Some(ana.cookie.as_str());
    let river = convene(&h, &os, &ana, "Rewilding the river").await;
    let place = |room: i32, slot: i32| format!("cell={room}%3A{slot}");
    let (s, _) = h
        .post(
            &format!("{}/s/{river}/place", os.base),
            a,
            &place(os.rooms[0], os.slots[1]),
        )
        .await;
    assert_eq!(s, StatusCode::SEE_OTHER);

    let (_, page) = h.get(&os.base, a).await;
    assert!(page.contains("Subscribe in my calendar"));
    let (s, page) = h.post(&format!("{}/calendar", os.base), a, "").await;
    assert_eq!(s, StatusCode::OK, "{page}");
    assert!(
        page.contains(r#"href="webcal://convene.test/calendar/"#),
        "{page}"
    );
    let feed = extract_link(&page, "/calendar/").expect("the feed link");
    assert!(feed.ends_with(".ics"), "{feed}");

    // No cookie needed; then the session moves and the same UID comes back with a higher
    // SEQUENCE, the new time and a link to the session.
    let (s, v1) = h.get(&feed, None).await;
    assert_eq!(s, StatusCode::OK, "{v1}");
    let (s, _) = h
        .post(
            &format!("{}/s/{river}/place", os.base),
            a,
            &place(os.rooms[1], os.slots[2]),
        )
        .await;
    assert_eq!(s, StatusCode::SEE_OTHER);
    let (_, v2) = h.get(&feed, None).await;
    let session_url = format!("{ORIGIN}{}/s/{river}", os.base);
    if let (Some(one), Some(two)) = (
        icalendar_events(v1.as_bytes()),
        icalendar_events(v2.as_bytes()),
    ) {
        assert_eq!((one.len(), two.len()), (1, 1), "{v1}\n{v2}");
        assert_eq!(one[0].0, two[0].0, "the UID stays");
        assert!(two[0].1 > one[0].1, "SEQUENCE rises: {one:?} {two:?}");
        assert_eq!(
            (one[0].2.as_str(), two[0].2.as_str()),
            (session_url.as_str(), session_url.as_str())
        );
        assert_eq!(one[0].3, "2026-12-01T09:00:00+00:00");
        assert_eq!(two[0].3, "2026-12-01T10:15:00+00:00");
    }
    // Every move bumps it again, also in the downloaded agenda.
    let seq = |ics: &str| {
        ics.lines()
            .find_map(|l| l.strip_prefix("SEQUENCE:"))
            .and_then(|n| n.trim().parse::<i64>().ok())
            .expect("a SEQUENCE")
    };
    let (_, agenda) = h.get(&format!("{}/agenda.ics", os.base), a).await;
    assert!(seq(&agenda) >= seq(&v2));

    // A new link replaces the old one; stopping ends it; leaving the community ends it too.
    let (_, page) = h.post(&format!("{}/calendar", os.base), a, "").await;
    let second = extract_link(&page, "/calendar/").expect("the second link");
    let (s, _) = h.get(&feed, None).await;
    assert_eq!(s, StatusCode::NOT_FOUND, "the first link stopped");
    let (s, headers, _) = h
        .post_full(&format!("{}/calendar/stop", os.base), a, "")
        .await;
    assert_eq!(s, StatusCode::SEE_OTHER);
    let back = headers["location"].to_str().expect("location").to_owned();
    let (_, page) = h.get(&back, a).await;
    assert!(page.contains("Your calendar feed is stopped"), "{page}");
    let (s, _) = h.get(&second, None).await;
    assert_eq!(s, StatusCode::NOT_FOUND);
    let (_, page) = h.post(&format!("{}/calendar", os.base), a, "").await;
    let third = extract_link(&page, "/calendar/").expect("the third link");
    let (s, _) = h.get(&third, None).await;
    assert_eq!(s, StatusCode::OK);
    let (s, b) = h
        .post(
            &format!("/c/{}/members/{}/remove", w.slug, ana.membership_id),
            Some(w.steward.cookie.as_str()),
            "reason=left+the+project",
        )
        .await;
    assert_eq!(s, StatusCode::SEE_OTHER, "{b}");
    let (s, _) = h.get(&third, None).await;
    assert_eq!(s, StatusCode::NOT_FOUND, "a former member's feed stops");
}
