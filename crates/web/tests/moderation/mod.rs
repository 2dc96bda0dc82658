//! Governance over HTTP: weighted flags and the automatic hide, claims that keep two
//! moderators from deciding one case, appeals that the decider and the flaggers cannot
//! decide (also at once, on both databases), and the log's pseudonyms and names.

use crate::harness::*;
use axum::http::StatusCode;
use convene_domain::Role;
use convene_store::test_both_dbs;

mod remainder;

fn json(body: &str) -> serde_json::Value {
    serde_json::from_str(body).unwrap_or_else(|e| panic!("{e}: {body}"))
}

/// Makes a curator a steward too.
async fn make_steward(h: &Harness, p: &Person) {
    convene_store::communities::set_roles(
        h.app.store.conn(),
        p.membership_id,
        convene_domain::RoleSet::new(false, [Role::Steward, Role::Curator]),
    )
    .await
    .expect("roles");
}

fn hidden(body: &str) -> bool {
    json(body)["hidden"].as_bool().expect("hidden")
}

/// What `who` reads of a piece of content over the API.
async fn read(h: &Harness, w: &World, who: &Person, content: i32) -> (StatusCode, String) {
    h.api(
        "GET",
        &format!("/api/v1/communities/{}/content/{content}", w.slug),
        &who.token,
        None,
    )
    .await
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn three_members_hide_content_and_the_author_is_told() {
    let h = Harness::sqlite().await;
    let w = h.world("flags").await;
    let author = h.person_with_role(&w, Role::Member).await;
    let reader = h.person_with_role(&w, Role::Member).await;
    let (content, _) = h.content_by(&w, &author, "Cheap pills, click here").await;
    let mut seen = Vec::new();
    for _ in 0..3 {
        let m = h.person_with_role(&w, Role::Member).await;
        let (s, b) = h.flag(&w, &m, content, "spam").await;
        assert_eq!(s, StatusCode::CREATED, "{b}");
        seen.push(hidden(&b));
        if seen.len() == 1 {
            // One flag per person per content.
            let (s, b) = h.flag(&w, &m, content, "harmful").await;
            assert_eq!(s, StatusCode::CONFLICT, "{b}");
        }
    }
    assert_eq!(seen, [false, false, true], "hidden at weight 3, not before");
    let (s, _) = read(&h, &w, &reader, content).await;
    assert_eq!(s, StatusCode::NOT_FOUND, "other members no longer read it");
    let (s, b) = read(&h, &w, &author, content).await;
    assert_eq!(s, StatusCode::OK, "{b}");
    let v = json(&b);
    assert_eq!(v["content_id"], content);
    assert_eq!(v["state"], "hidden");
    assert_eq!(v["kind"], "session");
    let why = v["notice"]["reason"]
        .as_str()
        .expect("the author is told why");
    assert!(why.contains("Spam") && why.contains("threshold"), "{why}");
    let (s, b) = read(&h, &w, &w.steward, content).await;
    assert_eq!(
        (s, json(&b)["state"].clone()),
        (StatusCode::OK, "hidden".into())
    );
    // The author cannot flag their own content.
    let (s, _) = h.flag(&w, &author, content, "spam").await;
    assert_eq!(s, StatusCode::CONFLICT);
    // The automatic hide is in the moderation log and in the audit log.
    let (_, b) = h
        .api(
            "GET",
            "/api/v1/communities/flags/moderation/log",
            &reader.token,
            None,
        )
        .await;
    let log = json(&b);
    assert_eq!(log[0]["action"], "hidden");
    assert_eq!(log[0]["content_id"], content);
    let (_, b) = h
        .api(
            "GET",
            "/api/v1/communities/flags/audit",
            &w.steward.token,
            None,
        )
        .await;
    assert!(b.contains("moderation.hide"), "{b}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_curator_or_a_steward_alone_hides_a_host_does_not() {
    let h = Harness::sqlite().await;
    let w = h.world("alone").await;
    let author = h.person_with_role(&w, Role::Member).await;
    for (role, hides) in [
        (Role::Curator, true),
        (Role::Steward, true),
        (Role::Host, false),
        (Role::Member, false),
    ] {
        let (content, _) = h
            .content_by(&w, &author, &format!("Text flagged by a {role:?}"))
            .await;
        let who = h.person_with_role(&w, role).await;
        let (s, b) = h.flag(&w, &who, content, "harmful").await;
        assert_eq!(s, StatusCode::CREATED, "{b}");
        assert_eq!(hidden(&b), hides, "{role:?}");
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn accuracy_counts_after_five_decided_flags() {
    let h = Harness::sqlite().await;
    let w = h.world("accuracy").await;
    let author = h.person_with_role(&w, Role::Member).await;
    let curator = h.person_with_role(&w, Role::Curator).await;
    let good = h.person_with_role(&w, Role::Member).await;
    let poor = h.person_with_role(&w, Role::Member).await;
    // `good`'s flags are upheld, `poor`'s dismissed; after four, neither weighs differently.
    let mut decided = 0;
    for i in 0..5 {
        for (who, outcome) in [(&good, "uphold"), (&poor, "dismiss")] {
            let (content, _) = h
                .content_by(&w, &author, &format!("Text {i} for {outcome}"))
                .await;
            let (s, b) = h.flag(&w, who, content, "off_topic").await;
            assert_eq!(s, StatusCode::CREATED, "{b}");
            assert!(!hidden(&b));
            let (s, b) = h.decide(&w, &curator, Harness::case_of(&b), outcome).await;
            assert_eq!(s, StatusCode::NO_CONTENT, "{b}");
        }
        decided += 1;
        if decided == 4 {
            // Four decided flags: `good` plus one member is 2, below the threshold.
            let (content, _) = h.content_by(&w, &author, "After four").await;
            let (_, b) = h.flag(&w, &good, content, "spam").await;
            assert!(!hidden(&b));
            let extra = h.person_with_role(&w, Role::Member).await;
            let (_, b) = h.flag(&w, &extra, content, "spam").await;
            assert!(!hidden(&b), "four decided flags do not count yet");
        }
    }
    // Five upheld: `good` weighs 2, so with one member it hides.
    let (content, _) = h.content_by(&w, &author, "After five").await;
    let (_, b) = h.flag(&w, &good, content, "spam").await;
    assert!(!hidden(&b));
    let extra = h.person_with_role(&w, Role::Member).await;
    let (_, b) = h.flag(&w, &extra, content, "spam").await;
    assert!(
        hidden(&b),
        "good's accuracy adds weight after five decided flags"
    );
    // Five dismissed: `poor` weighs 0.5, so with two members it does not hide.
    let (content, _) = h.content_by(&w, &author, "Poor after five").await;
    for who in [
        poor.clone(),
        h.person_with_role(&w, Role::Member).await,
        h.person_with_role(&w, Role::Member).await,
    ] {
        let (_, b) = h.flag(&w, &who, content, "spam").await;
        assert!(!hidden(&b), "poor's flags weigh less");
    }
    // The queue shows moderators the weight.
    let (s, b) = h
        .api(
            "GET",
            "/api/v1/communities/accuracy/moderation/cases",
            &curator.token,
            None,
        )
        .await;
    assert_eq!(s, StatusCode::OK, "{b}");
    let open = json(&b)["open"].clone();
    let case = open
        .as_array()
        .expect("open")
        .iter()
        .find(|c| c["content_id"] == content)
        .expect("the case");
    assert_eq!(case["weight"], 25, "0.5 + 1 + 1 in tenths");
    assert_eq!(case["threshold"], 30);
}

async fn claims_race(h: Harness) {
    let w = h.world("claims").await;
    let author = h.person_with_role(&w, Role::Member).await;
    let flagger = h.person_with_role(&w, Role::Member).await;
    let (content, _) = h.content_by(&w, &author, "Contested text").await;
    let (_, b) = h.flag(&w, &flagger, content, "harmful").await;
    let case = Harness::case_of(&b);
    let a = h.person_with_role(&w, Role::Curator).await;
    let b = h.person_with_role(&w, Role::Steward).await;
    let (ra, rb) = tokio::join!(
        h.decide(&w, &a, case, "uphold"),
        h.decide(&w, &b, case, "dismiss")
    );
    let decided = [&ra, &rb]
        .iter()
        .filter(|(s, _)| *s == StatusCode::NO_CONTENT)
        .count();
    assert_eq!(decided, 1, "exactly one decides: {ra:?} {rb:?}");
    let other = if ra.0 == StatusCode::NO_CONTENT {
        &rb
    } else {
        &ra
    };
    assert_eq!(other.0, StatusCode::CONFLICT, "{other:?}");
    // Deciding without a claim is refused; a claim expires after 30 minutes.
    let (content, _) = h.content_by(&w, &author, "Second text").await;
    let (_, body) = h.flag(&w, &flagger, content, "spam").await;
    let case = Harness::case_of(&body);
    let base = format!("/api/v1/communities/claims/moderation/cases/{case}");
    let decision = r#"{"outcome":"dismiss","reason":"This is a normal session description."}"#;
    let (s, _) = h
        .api(
            "POST",
            &format!("{base}/decision"),
            &a.token,
            Some(decision),
        )
        .await;
    assert_eq!(s, StatusCode::CONFLICT, "no claim, no decision");
    let (s, _) = h
        .api("POST", &format!("{base}/claim"), &a.token, None)
        .await;
    assert_eq!(s, StatusCode::NO_CONTENT);
    let (s, _) = h
        .api("POST", &format!("{base}/claim"), &b.token, None)
        .await;
    assert_eq!(s, StatusCode::CONFLICT, "claimed by a");
    h.app.clock.advance(31 * 60);
    let (s, _) = h
        .api(
            "POST",
            &format!("{base}/decision"),
            &a.token,
            Some(decision),
        )
        .await;
    assert_eq!(s, StatusCode::CONFLICT, "a's claim expired");
    let (s, _) = h
        .api("POST", &format!("{base}/claim"), &b.token, None)
        .await;
    assert_eq!(s, StatusCode::NO_CONTENT, "an expired claim can be taken");
    let (s, _) = h
        .api(
            "POST",
            &format!("{base}/decision"),
            &b.token,
            Some(r#"{"outcome":"dismiss","reason":"no"}"#),
        )
        .await;
    assert_eq!(
        s,
        StatusCode::UNPROCESSABLE_ENTITY,
        "a reason is at least a sentence"
    );
    let (s, _) = h
        .api(
            "POST",
            &format!("{base}/decision"),
            &b.token,
            Some(decision),
        )
        .await;
    assert_eq!(s, StatusCode::NO_CONTENT);
}

test_both_dbs!(
    two_moderators_at_once_exactly_one_decides,
    |store| async move {
        claims_race(Harness::new(store, 10_000).await).await;
    }
);

async fn appeal_eligibility(h: Harness) {
    let w = h.world("appeals").await;
    let decider = h.person_with_role(&w, Role::Steward).await;
    // The decider and a flagger (a steward) cannot decide the appeal, over the API or the page.
    let (case, _, flagger) = h.appealed_case(&w, &decider).await;
    make_steward(&h, &flagger).await;
    let base = format!("/api/v1/communities/appeals/moderation/cases/{case}/appeal/decision");
    let answer =
        r#"{"outcome":"reversed","reason":"The session is about repair, as the author says."}"#;
    for (who, why) in [(&decider, "decided"), (&flagger, "flagged")] {
        let (s, b) = h.api("POST", &base, &who.token, Some(answer)).await;
        assert_eq!(s, StatusCode::FORBIDDEN, "{b}");
        assert!(b.contains(why), "the message says why: {b}");
        let (s, b) = h
            .post(
                &format!("/c/appeals/moderation/{case}/appeal/decision"),
                Some(&who.cookie),
                "outcome=reversed&reason=The+session+is+about+repair.",
            )
            .await;
        assert_eq!(s, StatusCode::FORBIDDEN, "{b}");
    }
    // Everyone at once: only an eligible steward decides, exactly once.
    let (case, _, flagger) = h.appealed_case(&w, &decider).await;
    make_steward(&h, &flagger).await;
    let e1 = h.person_with_role(&w, Role::Steward).await;
    let e2 = h.person_with_role(&w, Role::Steward).await;
    let base = format!("/api/v1/communities/appeals/moderation/cases/{case}/appeal/decision");
    let (rd, rf, r1, r2) = tokio::join!(
        h.api("POST", &base, &decider.token, Some(answer)),
        h.api("POST", &base, &flagger.token, Some(answer)),
        h.api("POST", &base, &e1.token, Some(answer)),
        h.api("POST", &base, &e2.token, Some(answer)),
    );
    assert_eq!(rd.0, StatusCode::FORBIDDEN, "{rd:?}");
    assert_eq!(rf.0, StatusCode::FORBIDDEN, "{rf:?}");
    let mut eligible = [r1.0, r2.0];
    eligible.sort();
    assert_eq!(
        eligible,
        [StatusCode::NO_CONTENT, StatusCode::CONFLICT],
        "{r1:?} {r2:?}"
    );
    // Reversed: the content is back for every member, and the log says so.
    let (s, b) = h
        .api(
            "GET",
            "/api/v1/communities/appeals/moderation/log",
            &e1.token,
            None,
        )
        .await;
    assert_eq!(s, StatusCode::OK);
    let log = json(&b);
    assert_eq!(log[0]["action"], "appeal_reversed", "{b}");
    let content = log[0]["content_id"].as_i64().expect("content") as i32;
    let member = h.person_with_role(&w, Role::Member).await;
    let (s, b) = read(&h, &w, &member, content).await;
    assert_eq!(s, StatusCode::OK, "{b}");
    assert_eq!(json(&b)["state"], "visible");
}

test_both_dbs!(
    an_appeal_is_never_decided_by_its_decider_or_a_flagger,
    |store| async move {
        appeal_eligibility(Harness::new(store, 10_000).await).await;
    }
);

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn only_the_author_appeals_within_the_window() {
    let h = Harness::sqlite().await;
    let w = h.world("window").await;
    let author = h.person_with_role(&w, Role::Member).await;
    let member = h.person_with_role(&w, Role::Member).await;
    let (content, _) = h.content_by(&w, &author, "Late text").await;
    // One member's flag does not hide: there is nothing to appeal yet.
    let (_, b) = h.flag(&w, &member, content, "spam").await;
    assert!(!hidden(&b), "{b}");
    let case = Harness::case_of(&b);
    let path = format!("/api/v1/communities/window/moderation/cases/{case}/appeal");
    let statement = r#"{"statement":"Please look again, this is a real session."}"#;
    let (s, _) = h.api("POST", &path, &author.token, Some(statement)).await;
    assert_eq!(s, StatusCode::CONFLICT, "not hidden, nothing decided yet");
    let (s, b) = h.decide(&w, &w.steward, case, "uphold").await;
    assert_eq!(s, StatusCode::NO_CONTENT, "{b}");
    let other = h.person_with_role(&w, Role::Member).await;
    let (s, _) = h.api("POST", &path, &other.token, Some(statement)).await;
    assert_eq!(s, StatusCode::FORBIDDEN, "only the author");
    h.app.clock.advance(15 * 86_400);
    let (s, b) = h.api("POST", &path, &author.token, Some(statement)).await;
    assert_eq!(s, StatusCode::CONFLICT, "after 14 days: {b}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_log_shows_pseudonyms_to_members_and_names_to_stewards() {
    let h = Harness::sqlite().await;
    let w = h.world("log").await;
    let decider = h.person_with_role(&w, Role::Curator).await;
    let hearer = h.person_with_role(&w, Role::Steward).await;
    let (case, _, _) = h.appealed_case(&w, &decider).await;
    let (s, b) = h
        .api(
            "POST",
            &format!("/api/v1/communities/log/moderation/cases/{case}/appeal/decision"),
            &hearer.token,
            Some(r#"{"outcome":"upheld","reason":"The decision fits our code of conduct."}"#),
        )
        .await;
    assert_eq!(s, StatusCode::NO_CONTENT, "{b}");
    let member = h.person_with_role(&w, Role::Member).await;
    let by = |body: &str| -> Vec<String> {
        json(body)
            .as_array()
            .expect("entries")
            .iter()
            .map(|e| e["by"].as_str().expect("by").to_owned())
            .collect()
    };
    let (_, b) = h
        .api(
            "GET",
            "/api/v1/communities/log/moderation/log",
            &member.token,
            None,
        )
        .await;
    // Newest first: the appeal heard, the appeal, the decision, the automatic hide.
    assert_eq!(
        by(&b),
        ["Steward B", "The author", "Curator A", "Flags from members"]
    );
    assert!(
        !b.contains(&decider.name) && !b.contains(&hearer.name),
        "{b}"
    );
    let (_, page) = h.get("/c/log/moderation/log", Some(&member.cookie)).await;
    assert!(page.contains("Curator A") && !page.contains(&decider.name));
    let (_, b) = h
        .api(
            "GET",
            "/api/v1/communities/log/moderation/log",
            &w.steward.token,
            None,
        )
        .await;
    assert_eq!(
        by(&b)[..3],
        [
            format!("{} (Steward)", hearer.name),
            "The author".to_owned(),
            format!("{} (Curator)", decider.name)
        ]
    );
    // A second decision by the same curator keeps their pseudonym.
    let author = h.person_with_role(&w, Role::Member).await;
    let (content, _) = h.content_by(&w, &author, "Another text").await;
    let flagger = h.person_with_role(&w, Role::Member).await;
    let (_, f) = h.flag(&w, &flagger, content, "spam").await;
    let (s, _) = h
        .decide(&w, &decider, Harness::case_of(&f), "dismiss")
        .await;
    assert_eq!(s, StatusCode::NO_CONTENT);
    let (_, b) = h
        .api(
            "GET",
            "/api/v1/communities/log/moderation/log",
            &member.token,
            None,
        )
        .await;
    assert_eq!(by(&b)[0], "Curator A");
}
