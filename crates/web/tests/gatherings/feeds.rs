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
