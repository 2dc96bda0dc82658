//! A gathering run from a design: the facilitator's timer (hosts only) starts, counts only
//! while it runs, turns amber at 20 % and red at 5 % left, extends, moves to the next block
//! and stops after the last; every member reads the same state at any moment.

use super::{three_block_design, v};
use crate::harness::*;
use axum::http::StatusCode;
use convene_domain::Role;
use serde_json::json;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_host_runs_a_design_and_its_timer_is_the_same_for_everyone() {
    let h = Harness::sqlite().await;
    let w = h.world("run").await;
    let member = h.person_with_role(&w, Role::Member).await;
    let t = &w.steward.token;
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
    let timer = format!("{api}/gatherings/{gid}/timer");

    // Nothing runs yet; a member may not run a design or touch the timer.
    let (s, _) = h.api("GET", &timer, &member.token, None).await;
    assert_eq!(s, StatusCode::NOT_FOUND);
    let run = format!("{api}/gatherings/{gid}/run");
    let (s, _) = h
        .api("POST", &run, &member.token, Some(r#"{"design":"morning"}"#))
        .await;
    assert_eq!(s, StatusCode::FORBIDDEN);
    let (s, _) = h
        .api("POST", &run, t, Some(r#"{"design":"nothing-here"}"#))
        .await;
    assert_eq!(s, StatusCode::NOT_FOUND);
    let (s, body) = h
        .api("POST", &run, t, Some(r#"{"design":"morning"}"#))
        .await;
    assert_eq!(s, StatusCode::OK, "{body}");
    let b = v(&body);
    assert_eq!(
        (
            b["block"].clone(),
            b["blocks"].clone(),
            b["running"].clone(),
            b["left_secs"].clone()
        ),
        (json!(0), json!(4), json!(false), json!(900))
    );
    assert_eq!(b["title"], "Check-in circle");

    let act = |a: &str| format!(r#"{{"action":"{a}"}}"#);
    let (s, _) = h
        .api("POST", &timer, &member.token, Some(&act("start")))
        .await;
    assert_eq!(s, StatusCode::FORBIDDEN);
    let (s, _) = h.api("POST", &timer, t, Some(&act("start"))).await;
    assert_eq!(s, StatusCode::OK);
    let (s, body) = h.api("POST", &timer, t, Some(&act("start"))).await;
    assert_eq!(s, StatusCode::CONFLICT, "{body}");
    assert!(body.contains("already running"), "{body}");

    // 15 minutes planned: amber with 3 minutes left, red with 45 seconds, then over.
    let read = |who: &str| {
        let (h, timer, who) = (&h, timer.clone(), who.to_owned());
        async move { v(&h.api("GET", &timer, &who, None).await.1) }
    };
    h.app.clock.advance(11 * 60);
    assert_eq!(read(&member.token).await["level"], "calm");
    h.app.clock.advance(60);
    let r = read(&member.token).await;
    assert_eq!(
        (r["left_secs"].clone(), r["level"].clone()),
        (json!(180), json!("amber"))
    );
    h.app.clock.advance(135);
    assert_eq!(read(&member.token).await["level"], "red");
    h.app.clock.advance(45);
    assert_eq!(read(&member.token).await["level"], "over");

    // Pause: time stops for everyone. Extend by 2 minutes: 2 minutes left.
    let (s, _) = h.api("POST", &timer, t, Some(&act("pause"))).await;
    assert_eq!(s, StatusCode::OK);
    h.app.clock.advance(3600);
    let (s, body) = h
        .api(
            "POST",
            &timer,
            t,
            Some(r#"{"action":"extend","seconds":120}"#),
        )
        .await;
    assert_eq!(s, StatusCode::OK, "{body}");
    assert_eq!(v(&body)["left_secs"], 120);
    assert_eq!(read(&member.token).await, read(t).await);
    let (s, _) = h
        .api(
            "POST",
            &timer,
            t,
            Some(r#"{"action":"extend","seconds":0}"#),
        )
        .await;
    assert_eq!(s, StatusCode::UNPROCESSABLE_ENTITY);
    let (s, _) = h.api("POST", &timer, t, Some(&act("jump"))).await;
    assert_eq!(s, StatusCode::UNPROCESSABLE_ENTITY);

    // Next block, through to the end.
    for (block, title, left) in [
        (1, "1-2-4-All", 1200),
        (2, "Break", 600),
        (3, "What, So What, Now What", 1500),
    ] {
        let (s, body) = h.api("POST", &timer, t, Some(&act("next"))).await;
        assert_eq!(s, StatusCode::OK, "{body}");
        let b = v(&body);
        assert_eq!(
            (b["block"].clone(), b["left_secs"].clone()),
            (json!(block), json!(left)),
            "{body}"
        );
        if block != 1 {
            assert_eq!(b["title"], title);
        }
    }
    let (_, body) = h.api("POST", &timer, t, Some(&act("next"))).await;
    assert_eq!(
        (v(&body)["done"].clone(), v(&body)["level"].clone()),
        (json!(true), json!("done"))
    );
    let (s, _) = h.api("POST", &timer, t, Some(&act("next"))).await;
    assert_eq!(s, StatusCode::CONFLICT);
}
