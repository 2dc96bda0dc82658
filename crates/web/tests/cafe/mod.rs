//! World Café: set up through the pages, a table plan from the engine checked by the engine's
//! own checker, nobody assigned or blocked (a person who ignores the suggestion sits where
//! they like, at a full table too, and is never moved), notes carried to the next round's
//! travellers, stale saves, a late arrival re-planned alone, the harvest's themes, the API.

use crate::harness::*;
use axum::http::StatusCode;
use convene_domain::Role;
use convene_plan::tables::{Problem, evaluate};
use convene_store::cafes;
use std::collections::HashMap;

fn json(body: &str) -> serde_json::Value {
    serde_json::from_str(body).unwrap_or_else(|e| panic!("{e}: {body}"))
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_world_cafe_suggests_tables_assigns_nobody_and_carries_notes_forward() {
    let h = Harness::sqlite().await;
    let w = h.world("cafe").await;
    let host = Some(w.steward.cookie.as_str());
    let (s, headers, body) = h
        .post_full(&format!("/c/{}/g", w.slug), host, GATHERING_FORM)
        .await;
    assert_eq!(s, StatusCode::SEE_OTHER, "{body}");
    let g = headers["location"].to_str().expect("location").to_owned();
    let gid: i32 = g.rsplit('/').next().expect("id").parse().expect("number");
    let cafe = format!("{g}/cafe");

    // A member may not make it a café; a bad size is refused with the field named.
    let ana = h.person_with_role(&w, Role::Member).await;
    let (s, _) = h
        .post(&cafe, Some(&ana.cookie), "tables=4&table_size=4")
        .await;
    assert_eq!(s, StatusCode::FORBIDDEN);
    let (s, page) = h.post(&cafe, host, "tables=4&table_size=40").await;
    assert_eq!(s, StatusCode::UNPROCESSABLE_ENTITY, "{page}");
    assert!(page.contains("table size"), "{page}");
    let (s, _) = h.post(&cafe, host, "tables=4&table_size=4").await;
    assert_eq!(s, StatusCode::SEE_OTHER);
    for q in [
        "What brought you here?",
        "What could we do together?",
        "What will you do next?",
    ] {
        let (s, b) = h
            .post(
                &format!("{cafe}/rounds"),
                host,
                &format!("question={}&minutes=20", enc(q)),
            )
            .await;
        assert_eq!(s, StatusCode::SEE_OTHER, "{b}");
    }

    // Twelve people join; four of them host a table.
    let mut people = vec![ana];
    for _ in 0..11 {
        people.push(h.person_with_role(&w, Role::Member).await);
    }
    for p in &people {
        let (s, b) = h.post(&format!("{cafe}/join"), Some(&p.cookie), "").await;
        assert_eq!(s, StatusCode::SEE_OTHER, "{b}");
    }
    let db = h.app.store.conn();
    let tables = cafes::tables(db, gid).await.expect("tables");
    assert_eq!(tables.len(), 4);
    for (t, p) in tables.iter().zip(&people[8..]) {
        let (s, b) = h
            .post(
                &format!("{cafe}/tables/{}/host", t.id),
                host,
                &format!("host={}", p.account.id),
            )
            .await;
        assert_eq!(s, StatusCode::SEE_OTHER, "{b}");
    }
    let (s, b) = h.post(&format!("{cafe}/plan"), host, "").await;
    assert_eq!(s, StatusCode::SEE_OTHER, "{b}");

    // The engine's independent checker accepts the plan: everyone seated once per round,
    // hosts at their tables; a 12-person café of 4 tables of 3 over 3 rounds can avoid
    // every repeat only partly, and the plan is scored, not trusted.
    let places = cafes::places(db, gid).await.expect("places");
    let tables = cafes::tables(db, gid).await.expect("tables with hosts");
    let mut accounts: Vec<i32> = people.iter().map(|p| p.account.id).collect();
    accounts.sort_unstable();
    let index: HashMap<i32, usize> = accounts.iter().enumerate().map(|(i, a)| (*a, i)).collect();
    let tindex: HashMap<i32, usize> = tables.iter().enumerate().map(|(i, t)| (t.id, i)).collect();
    let mut seating = vec![vec![Vec::new(); 4]; 3];
    for p in &places {
        let t = p.suggested_table.expect("everyone has a suggestion");
        seating[(p.round - 1) as usize][tindex[&t]].push(index[&p.account_id]);
    }
    let problem = Problem {
        people: 12,
        table_size: 3,
        rounds: 3,
        hosts: tables
            .iter()
            .enumerate()
            .map(|(t, table)| (index[&table.host_id.expect("host")], t))
            .collect(),
        organization: None,
        keep_apart: vec![],
        absent: vec![],
    };
    let score = evaluate(&problem, &seating).expect("the checker accepts the plan");
    assert!(score.repeats >= problem.repeats_lower_bound());

    // Before the first round nobody can sit yet (409, said plainly).
    let (s, page) = h
        .post(
            &format!("{cafe}/sit"),
            Some(&people[0].cookie),
            &format!("table={}", tables[0].id),
        )
        .await;
    assert_eq!(s, StatusCode::CONFLICT, "{page}");
    assert!(page.contains("has not started"), "{page}");
    let (s, _) = h
        .post(&format!("{cafe}/start"), Some(&people[0].cookie), "")
        .await;
    assert_eq!(s, StatusCode::FORBIDDEN, "only hosts run the rounds");
    let (s, _) = h.post(&format!("{cafe}/start"), host, "").await;
    assert_eq!(s, StatusCode::SEE_OTHER);

    // Everyone sits at their suggestion except the rebel, who picks a table that was not
    // suggested and is already full: allowed, and nobody else moves.
    let suggestion = |acc: i32, round: i32| -> i32 {
        places
            .iter()
            .find(|p| p.account_id == acc && p.round == round)
            .and_then(|p| p.suggested_table)
            .expect("suggestion")
    };
    let rebel = &people[0];
    for p in &people[1..] {
        let (s, b) = h
            .post(
                &format!("{cafe}/sit"),
                Some(&p.cookie),
                &format!("table={}", suggestion(p.account.id, 1)),
            )
            .await;
        assert_eq!(s, StatusCode::SEE_OTHER, "{b}");
    }
    let elsewhere = tables
        .iter()
        .map(|t| t.id)
        .find(|t| *t != suggestion(rebel.account.id, 1))
        .expect("another table");
    let full: usize = cafes::places(db, gid)
        .await
        .expect("places")
        .iter()
        .filter(|p| p.round == 1 && p.seat_table == Some(elsewhere))
        .count();
    assert!(full >= 3, "the chosen table is full by the plan");
    let (s, b) = h
        .post(
            &format!("{cafe}/sit"),
            Some(&rebel.cookie),
            &format!("table={elsewhere}"),
        )
        .await;
    assert_eq!(s, StatusCode::SEE_OTHER, "{b}");
    let (s, page) = h.get(&cafe, Some(&rebel.cookie)).await;
    assert_eq!(s, StatusCode::OK);
    assert!(page.contains("Your suggested table"), "{page}");
    assert!(
        page.contains("It is a suggestion: sit wherever you like."),
        "{page}"
    );
    let after = cafes::places(db, gid).await.expect("places");
    let mine = after
        .iter()
        .find(|p| p.account_id == rebel.account.id && p.round == 1)
        .expect("place");
    assert_eq!(
        mine.seat_table,
        Some(elsewhere),
        "they sit where they chose"
    );
    for p in &after {
        // Suggestions are exactly as planned: ignoring one changes nobody's, not even theirs.
        assert_eq!(p.suggested_table, Some(suggestion(p.account_id, p.round)));
    }

    // A table writes its notes; someone who did not sit there may not, a stale save shows both.
    let writer = people
        .iter()
        .find(|p| p.account.id != rebel.account.id && suggestion(p.account.id, 1) == elsewhere)
        .expect("someone at the rebel's table");
    let notes = format!("{cafe}/notes");
    let form = |t: i32, r: i32, body: &str, base: i32| {
        format!("table={t}&round={r}&body={}&base={base}", enc(body))
    };
    let first = "Shared tools and water for community gardens <script>alert(1)</script>";
    let (s, b) = h
        .post(&notes, Some(&writer.cookie), &form(elsewhere, 1, first, 0))
        .await;
    assert_eq!(s, StatusCode::SEE_OTHER, "{b}");
    let stranger = people
        .iter()
        .find(|p| {
            p.account.id != rebel.account.id
                && suggestion(p.account.id, 1) != elsewhere
                && !tables.iter().any(|t| t.host_id == Some(p.account.id))
        })
        .expect("someone elsewhere");
    let (s, _) = h
        .post(
            &notes,
            Some(&stranger.cookie),
            &form(elsewhere, 1, "mine", 1),
        )
        .await;
    assert_eq!(s, StatusCode::FORBIDDEN);
    let (s, page) = h
        .post(
            &notes,
            Some(&rebel.cookie),
            &form(elsewhere, 1, "rebel text", 0),
        )
        .await;
    assert_eq!(s, StatusCode::CONFLICT, "{page}");
    assert!(
        page.contains("rebel text") && page.contains("Shared tools"),
        "both texts: {page}"
    );
    assert!(!page.contains("<script>alert(1)"), "escaped: {page}");

    // Round 2: a traveller now suggested to that table sees what round 1 left there.
    let (s, _) = h.post(&format!("{cafe}/start"), host, "").await;
    assert_eq!(s, StatusCode::SEE_OTHER);
    let traveller = people
        .iter()
        .find(|p| {
            suggestion(p.account.id, 2) == elsewhere && suggestion(p.account.id, 1) != elsewhere
        })
        .expect("a traveller coming to that table");
    let api = format!("/api/v1/communities/{}/gatherings/{gid}/cafe", w.slug);
    let (s, body) = h.api("GET", &api, &traveller.token, None).await;
    assert_eq!(s, StatusCode::OK, "{body}");
    let v = json(&body);
    assert_eq!(v["round"], 2);
    assert!(
        v["notes_before"]["body"]
            .as_str()
            .expect("notes")
            .contains("Shared tools"),
        "{v}"
    );
    // The rebel was never moved: no seat in round 2 until they choose one.
    let (_, body) = h.api("GET", &api, &rebel.token, None).await;
    assert!(json(&body)["seat"].is_null(), "{body}");
    let (s, _) = h
        .api(
            "POST",
            &format!("{api}/seat"),
            &rebel.token,
            Some(&format!("{{\"table_id\":{elsewhere}}}")),
        )
        .await;
    assert_eq!(s, StatusCode::NO_CONTENT);
    let (s, body) = h
        .api(
            "PUT",
            &format!("{api}/notes"),
            &rebel.token,
            Some(&format!("{{\"table_id\":{elsewhere},\"round\":2,\"body\":\"Childcare so parents can come; shared gardens\",\"base\":0}}")),
        )
        .await;
    assert_eq!(s, StatusCode::OK, "{body}");

    // A late arrival is planned alone: every earlier suggestion stays as it was.
    let late = h.person_with_role(&w, Role::Member).await;
    let (s, _) = h
        .post(&format!("{cafe}/join"), Some(&late.cookie), "")
        .await;
    assert_eq!(s, StatusCode::SEE_OTHER);
    let now = cafes::places(db, gid).await.expect("places");
    for p in now.iter().filter(|p| p.account_id != late.account.id) {
        assert_eq!(
            p.suggested_table,
            Some(suggestion(p.account_id, p.round)),
            "{p:?}"
        );
    }
    let late_rounds: Vec<i32> = now
        .iter()
        .filter(|p| p.account_id == late.account.id && p.suggested_table.is_some())
        .map(|p| p.round)
        .collect();
    assert_eq!(
        late_rounds,
        vec![3],
        "suggestions start with the next round"
    );

    // The harvest: suggested themes, saved by the host, a note moved, the proceedings.
    let (s, page) = h.get(&format!("{cafe}/harvest"), Some(&late.cookie)).await;
    assert_eq!(s, StatusCode::OK);
    assert!(
        page.contains("These themes are suggested") && page.contains("garden"),
        "{page}"
    );
    let (s, _) = h
        .post(&format!("{cafe}/themes"), Some(&late.cookie), "")
        .await;
    assert_eq!(s, StatusCode::FORBIDDEN);
    let (s, _) = h.post(&format!("{cafe}/themes"), host, "").await;
    assert_eq!(s, StatusCode::SEE_OTHER);
    let (s, body) = h
        .api("GET", &format!("{api}/harvest"), &w.steward.token, None)
        .await;
    assert_eq!(s, StatusCode::OK);
    let hv = json(&body);
    assert_eq!(hv["saved"], true, "{hv}");
    let theme = hv["themes"][0]["id"].as_i64().expect("theme id");
    let note = hv["themes"][0]["notes"][0]["id"].as_i64().expect("note id");
    let (s, _) = h
        .post(&format!("{cafe}/notes/{note}/theme"), host, "theme=")
        .await;
    assert_eq!(s, StatusCode::SEE_OTHER);
    let (_, page) = h.get(&format!("{cafe}/harvest"), host).await;
    assert!(page.contains("Not in a theme yet"), "{page}");
    let (s, _) = h
        .post(
            &format!("{cafe}/notes/{note}/theme"),
            host,
            &format!("theme={theme}"),
        )
        .await;
    assert_eq!(s, StatusCode::SEE_OTHER);
    let md = String::from_utf8(h.get_bytes(&format!("{cafe}/proceedings.md"), host).await)
        .expect("utf8");
    assert!(
        md.contains("Shared tools") && md.contains("Childcare"),
        "{md}"
    );
    assert!(
        md.contains("Round 1") && md.contains("What brought you here?"),
        "{md}"
    );
}
