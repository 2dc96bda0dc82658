//! A design run as a gathering: its blocks become the gathering's agenda (one plenary slot
//! each, at the computed start times), shown on the gathering page and the kiosk; the
//! facilitator's timer moves them (started early, extended, next block); a clash with the
//! host's own slots is refused with the slot named, and a new run replaces only the run's
//! slots.

use super::{three_block_design, v};
use crate::harness::*;
use axum::http::StatusCode;

/// The harness clock: 2027-01-15 09:00 in Berlin.
const NINE: i64 = 1_800_000_000;

async fn agenda(h: &Harness, gathering: i64) -> Vec<(i64, i64, String, String)> {
    convene_store::gatherings::slots(h.app.store.conn(), gathering as i32)
        .await
        .expect("slots")
        .into_iter()
        .map(|s| (s.starts_at - NINE, s.ends_at - NINE, s.kind, s.label))
        .collect()
}

fn plenary(from_min: i64, to_min: i64, label: &str) -> (i64, i64, String, String) {
    (from_min * 60, to_min * 60, "plenary".into(), label.into())
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_run_design_is_the_gatherings_agenda_and_moves_with_the_timer() {
    let h = Harness::sqlite().await;
    let w = h.world("agenda").await;
    let t = &w.steward.token;
    let c = Some(w.steward.cookie.as_str());
    let api = format!("/api/v1/communities/{}", w.slug);
    let (s, _) = h
        .api(
            "POST",
            &format!("{api}/designs"),
            t,
            Some(&three_block_design("morning").to_string()),
        )
        .await;
    assert_eq!(s, StatusCode::CREATED);
    let (s, g) = h.api("POST", &format!("{api}/gatherings"), t, Some(r#"{"title":"Spring day","calling_question":"What next?","invitation":"Come.","venue":"Hall","time_zone":"Europe/Berlin"}"#)).await;
    assert_eq!(s, StatusCode::CREATED, "{g}");
    let gid = v(&g)["id"].as_i64().expect("id");
    // The host's own slot: lunch at 12:00.
    let (s, body) = h
        .api(
            "POST",
            &format!("{api}/gatherings/{gid}/slots"),
            t,
            Some(r#"{"date":"2027-01-15","starts":"12:00","ends":"13:00","kind":"break","label":"Lunch"}"#),
        )
        .await;
    assert_eq!(s, StatusCode::CREATED, "{body}");
    let lunch = (3 * 3600, 4 * 3600, "break".to_owned(), "Lunch".to_owned());

    // A start that runs into lunch is refused, naming the slot; nothing is written.
    let run = format!("{api}/gatherings/{gid}/run");
    let (s, body) = h
        .api(
            "POST",
            &run,
            t,
            Some(r#"{"design":"morning","date":"2027-01-15","starts":"11:30"}"#),
        )
        .await;
    assert_eq!(s, StatusCode::UNPROCESSABLE_ENTITY, "{body}");
    assert!(body.contains("12:00") && body.contains("Lunch"), "{body}");
    assert_eq!(agenda(&h, gid).await, vec![lunch.clone()]);
    let (s, _) = h
        .api(
            "POST",
            &run,
            t,
            Some(r#"{"design":"morning","date":"2027-01-15"}"#),
        )
        .await;
    assert_eq!(s, StatusCode::UNPROCESSABLE_ENTITY, "a date needs a time");

    // From 10:00: 15 + 20 + 10 + 25 minutes, one plenary slot per block, titled.
    let (s, body) = h
        .api(
            "POST",
            &run,
            t,
            Some(r#"{"design":"morning","date":"2027-01-15","starts":"10:00"}"#),
        )
        .await;
    assert_eq!(s, StatusCode::OK, "{body}");
    let blocks = [
        "Check-in circle",
        "1-2-4-All",
        "Break",
        "What, So What, Now What",
    ];
    let mut expected = vec![
        plenary(60, 75, blocks[0]),
        plenary(75, 95, blocks[1]),
        plenary(95, 105, blocks[2]),
        plenary(105, 130, blocks[3]),
    ];
    let mut with_lunch = expected.clone();
    with_lunch.push(lunch.clone());
    assert_eq!(agenda(&h, gid).await, with_lunch);
    let (s, page) = h.get(&format!("/c/{}/g/{gid}", w.slug), c).await;
    assert_eq!(s, StatusCode::OK);
    for seen in [
        "10:00–10:15",
        "Check-in circle",
        "10:45–11:10",
        "What, So What, Now What",
    ] {
        assert!(
            page.contains(seen),
            "the gathering page shows {seen}: {page}"
        );
    }
    // The kiosk draws the same wall from its live stream (the CLI kiosk test follows it).

    // Started at 09:55, five minutes early: everything moves five minutes earlier.
    let timer = format!("{api}/gatherings/{gid}/timer");
    h.app.clock.advance(55 * 60);
    let (s, _) = h
        .api("POST", &timer, t, Some(r#"{"action":"start"}"#))
        .await;
    assert_eq!(s, StatusCode::OK);
    expected = vec![
        plenary(55, 70, blocks[0]),
        plenary(70, 90, blocks[1]),
        plenary(90, 100, blocks[2]),
        plenary(100, 125, blocks[3]),
    ];
    assert_eq!(agenda(&h, gid).await[..4], expected[..]);

    // Extended by 5 minutes: the block and all after it end later.
    h.app.clock.advance(10 * 60);
    let (s, _) = h
        .api(
            "POST",
            &timer,
            t,
            Some(r#"{"action":"extend","seconds":300}"#),
        )
        .await;
    assert_eq!(s, StatusCode::OK);
    assert_eq!(
        agenda(&h, gid).await[..4],
        [
            plenary(55, 75, blocks[0]),
            plenary(75, 95, blocks[1]),
            plenary(95, 105, blocks[2]),
            plenary(105, 130, blocks[3]),
        ]
    );
    // Next at 10:07, early: the check-in ends then, 1-2-4-All starts then.
    h.app.clock.advance(2 * 60);
    let (s, _) = h.api("POST", &timer, t, Some(r#"{"action":"next"}"#)).await;
    assert_eq!(s, StatusCode::OK);
    let now = agenda(&h, gid).await;
    assert_eq!(
        now[..4],
        [
            plenary(55, 67, blocks[0]),
            plenary(67, 87, blocks[1]),
            plenary(87, 97, blocks[2]),
            plenary(97, 122, blocks[3]),
        ]
    );
    assert_eq!(now[4], lunch, "the host's own slot never moves");
    let (_, page) = h.get(&format!("/c/{}/g/{gid}", w.slug), c).await;
    assert!(page.contains("10:07–10:27"), "{page}");

    // Running it again replaces the run's slots, and only those.
    let (s, body) = h
        .api(
            "POST",
            &run,
            t,
            Some(r#"{"design":"morning","date":"2027-01-15","starts":"14:00"}"#),
        )
        .await;
    assert_eq!(s, StatusCode::OK, "{body}");
    let again = agenda(&h, gid).await;
    assert_eq!(again.len(), 5, "{again:?}");
    assert_eq!(again[0], lunch);
    assert_eq!(again[1], plenary(300, 315, blocks[0]));

    // Without a time it starts at the first moment from now on where every block fits:
    // 10:07 now, and the 70 minutes fit before lunch.
    let (s, body) = h
        .api("POST", &run, t, Some(r#"{"design":"morning"}"#))
        .await;
    assert_eq!(s, StatusCode::OK, "{body}");
    let soon = agenda(&h, gid).await;
    assert_eq!(soon[0], plenary(67, 82, blocks[0]), "{soon:?}");
    assert_eq!(soon.len(), 5);
}
