//! Lean Coffee and initiatives through the router: the vote limit under concurrent requests
//! (both databases), a whole topic's life (merge with votes, the Roman vote continuing once
//! then ending, an action with a volunteer, the summary), the API, and initiatives: joining
//! takes the person's own yes, and an initiative's tie is in the network until opt-out.

use super::harness::*;
use axum::http::StatusCode;
use convene_app::can;
use convene_domain::Role;
use convene_store::test_both_dbs;

/// Creates a Lean Coffee through the page; its id.
async fn lean(h: &Harness, w: &World, votes: u32) -> i32 {
    let (s, headers, _) = h
        .post_full(
            &format!("/c/{}/lean", w.slug),
            Some(&w.steward.cookie),
            &format!(
                "title=Team+Lean+Coffee&question=What+now%3F&time_zone=UTC&votes={votes}&minutes=5"
            ),
        )
        .await;
    assert_eq!(s, StatusCode::SEE_OTHER);
    let to = headers["location"].to_str().expect("location").to_owned();
    to.rsplit('/').next().expect("id").parse().expect("number")
}

async fn topic(h: &Harness, w: &World, p: &Person, id: i32, title: &str) -> i32 {
    let (s, headers, _) = h
        .post_full(
            &format!("/c/{}/lean/{id}/topics", w.slug),
            Some(&p.cookie),
            &format!("title={}", enc(title)),
        )
        .await;
    assert_eq!(s, StatusCode::SEE_OTHER, "propose {title}");
    let to = headers["location"].to_str().expect("location");
    to.split("&t=")
        .nth(1)
        .and_then(|r| r.split('#').next())
        .expect("t")
        .parse()
        .expect("n")
}

async fn my_votes(h: &Harness, id: i32, account: i32) -> usize {
    convene_store::lean::votes(h.app.store.conn(), id)
        .await
        .expect("votes")
        .iter()
        .filter(|v| v.1 == account)
        .count()
}

test_both_dbs!(concurrent_votes_never_pass_the_limit, |store| async move {
    let h = Harness::new(store, 10_000).await;
    let w = h.world("lean-race").await;
    let id = lean(&h, &w, 2).await;
    let voter = h.person_with_role(&w, Role::Member).await;
    let mut topics = Vec::new();
    for i in 0..6 {
        topics.push(topic(&h, &w, &w.steward, id, &format!("Topic {i}")).await);
    }
    // Six votes at once on six topics: exactly two fit.
    let mut tasks = Vec::new();
    for t in &topics {
        let (h, slug, cookie, t) = (h.clone(), w.slug.clone(), voter.cookie.clone(), *t);
        tasks.push(tokio::spawn(async move {
            h.post(
                &format!("/c/{slug}/lean/{id}/t/{t}/vote"),
                Some(&cookie),
                "give=1",
            )
            .await
            .0
        }));
    }
    let mut statuses = Vec::new();
    for t in tasks {
        statuses.push(t.await.expect("join"));
    }
    let ok = statuses
        .iter()
        .filter(|s| **s == StatusCode::SEE_OTHER)
        .count();
    assert_eq!(ok, 2, "{statuses:?}");
    assert!(
        statuses.iter().all(|s| *s == StatusCode::SEE_OTHER
            || *s == StatusCode::UNPROCESSABLE_ENTITY
            || *s == StatusCode::CONFLICT),
        "{statuses:?}"
    );
    assert_eq!(my_votes(&h, id, voter.account.id).await, 2);
    // Four votes at once on one topic by another person: one counts.
    let other = h.person_with_role(&w, Role::Member).await;
    let mut tasks = Vec::new();
    for _ in 0..4 {
        let (h, slug, cookie, t) = (h.clone(), w.slug.clone(), other.cookie.clone(), topics[0]);
        tasks.push(tokio::spawn(async move {
            h.post(
                &format!("/c/{slug}/lean/{id}/t/{t}/vote"),
                Some(&cookie),
                "give=1",
            )
            .await
            .0
        }));
    }
    let mut ok = 0;
    for t in tasks {
        if t.await.expect("join") == StatusCode::SEE_OTHER {
            ok += 1;
        }
    }
    assert_eq!(ok, 1);
    assert_eq!(my_votes(&h, id, other.account.id).await, 1);
});

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_topic_is_merged_discussed_continued_once_ended_and_has_an_action() {
    let h = Harness::sqlite().await;
    let w = h.world("lean-life").await;
    let id = lean(&h, &w, 3).await;
    let a = h.person_with_role(&w, Role::Member).await;
    let b = h.person_with_role(&w, Role::Member).await;
    let base = format!("/c/{}/lean/{id}", w.slug);
    let schools = topic(&h, &w, &a, id, "Getting the <schools> involved").await;
    let kids = topic(&h, &w, &b, id, "Schools and the river").await;
    let fest = topic(&h, &w, &b, id, "A river festival").await;
    for (p, t) in [(&a, schools), (&a, kids), (&b, kids), (&b, fest)] {
        let (s, _) = h
            .post(&format!("{base}/t/{t}/vote"), Some(&p.cookie), "give=1")
            .await;
        assert_eq!(s, StatusCode::SEE_OTHER);
    }
    // A second vote on one topic is refused with a clear message.
    let (s, body) = h
        .post(&format!("{base}/t/{kids}/vote"), Some(&a.cookie), "give=1")
        .await;
    assert_eq!(s, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(body.contains("voted for this topic already"), "{body}");
    // A member may not merge; the host merges "Schools and the river" into the first one.
    let (s, _) = h
        .post(
            &format!("{base}/t/{kids}/merge"),
            Some(&a.cookie),
            &format!("into={schools}"),
        )
        .await;
    assert_eq!(s, StatusCode::FORBIDDEN);
    let (s, _) = h
        .post(
            &format!("{base}/t/{kids}/merge"),
            Some(&w.steward.cookie),
            &format!("into={schools}"),
        )
        .await;
    assert_eq!(s, StatusCode::SEE_OTHER);
    // a voted for both: one vote is left on the merged topic and one came back to a.
    let votes = convene_store::lean::votes(h.app.store.conn(), id)
        .await
        .expect("votes");
    assert_eq!(
        votes.iter().filter(|v| v.0 == schools).count(),
        2,
        "{votes:?}"
    );
    assert_eq!(my_votes(&h, id, a.account.id).await, 1);
    let ctx = h.allowed::<can::TakePart>(&a, &w.slug).await;
    assert_eq!(
        h.app
            .my_lean(&ctx, convene_domain::ids::GatheringId(id))
            .await
            .expect("mine")
            .votes_left,
        2
    );
    // The host takes the topic with most votes: the merged one (2 votes, before the festival's 1).
    let (s, _) = h
        .post(&format!("{base}/next"), Some(&w.steward.cookie), "")
        .await;
    assert_eq!(s, StatusCode::SEE_OTHER);
    let (_, page) = h.get(&base, Some(&a.cookie)).await;
    assert!(
        page.contains("Getting the &#60;schools&#62; involved")
            || page.contains("Getting the &lt;schools&gt; involved"),
        "escaped: {}",
        page.find("lean-card discussing")
            .map_or(page.as_str(), |i| &page[i..(i + 600).min(page.len())])
    );
    assert!(page.contains("left in this timebox"), "the timer");
    // Roman vote 1: two up, one sideways, none down: it continues.
    let (s, _) = h
        .post(
            &format!("{base}/t/{schools}/roman/open"),
            Some(&w.steward.cookie),
            "",
        )
        .await;
    assert_eq!(s, StatusCode::SEE_OTHER);
    for (p, th) in [(&a, "up"), (&b, "up"), (&w.steward, "sideways")] {
        let (s, _) = h
            .post(
                &format!("{base}/t/{schools}/roman"),
                Some(&p.cookie),
                &format!("thumb={th}"),
            )
            .await;
        assert_eq!(s, StatusCode::SEE_OTHER);
    }
    let (_, headers, _) = h
        .post_full(
            &format!("{base}/t/{schools}/roman/close"),
            Some(&w.steward.cookie),
            "",
        )
        .await;
    assert!(
        headers["location"]
            .to_str()
            .expect("l")
            .contains("done=continued")
    );
    // Roman vote 2: one up, two down: it ends.
    h.post(
        &format!("{base}/t/{schools}/roman/open"),
        Some(&w.steward.cookie),
        "",
    )
    .await;
    for (p, th) in [(&a, "up"), (&b, "down"), (&w.steward, "down")] {
        h.post(
            &format!("{base}/t/{schools}/roman"),
            Some(&p.cookie),
            &format!("thumb={th}"),
        )
        .await;
    }
    let (_, headers, _) = h
        .post_full(
            &format!("{base}/t/{schools}/roman/close"),
            Some(&w.steward.cookie),
            "",
        )
        .await;
    assert!(
        headers["location"]
            .to_str()
            .expect("l")
            .contains("done=ended")
    );
    // No more hands once it is done.
    let (s, _) = h
        .post(
            &format!("{base}/t/{schools}/roman"),
            Some(&a.cookie),
            "thumb=up",
        )
        .await;
    assert_eq!(s, StatusCode::CONFLICT);
    // An action from the topic; b volunteers; nobody else is named.
    let (s, _) = h
        .post(
            &format!("{base}/t/{schools}/actions"),
            Some(&a.cookie),
            "title=Visit+three+schools",
        )
        .await;
    assert_eq!(s, StatusCode::SEE_OTHER);
    let board = h
        .app
        .lean_board(&ctx, convene_domain::ids::GatheringId(id))
        .await
        .expect("board");
    let done = &board.done[0];
    assert_eq!(done.rounds.len(), 2);
    assert!(done.rounds[0].continues() && !done.rounds[1].continues());
    assert_eq!(done.merged, ["Schools and the river"]);
    let action = done.actions[0].id;
    assert!(
        done.actions[0].owners.is_empty(),
        "nobody is assigned by proposing"
    );
    let (s, _) = h
        .post(
            &format!("{base}/a/{action}/volunteer"),
            Some(&b.cookie),
            &format!("on=1&t={schools}"),
        )
        .await;
    assert_eq!(s, StatusCode::SEE_OTHER);
    // The summary names the rounds, the action and its volunteer, with text escaped.
    let (s, md) = h.get(&format!("{base}/summary.md"), Some(&a.cookie)).await;
    assert_eq!(s, StatusCode::OK);
    assert!(md.contains("## Getting the \\<schools\\> involved"), "{md}");
    assert!(md.contains("Roman vote 1: 2 up, 1 sideways, 0 down: more thumbs up than down, so the topic continues."), "{md}");
    assert!(
        md.contains("Roman vote 2: 1 up, 0 sideways, 2 down"),
        "{md}"
    );
    assert!(
        md.contains(&format!("Visit three schools (open; {})", b.name)),
        "{md}"
    );
    assert!(
        md.contains("## Not reached") && md.contains("A river festival"),
        "{md}"
    );
    let pdf = h
        .get_bytes(&format!("{base}/summary.pdf"), Some(&a.cookie))
        .await;
    assert!(pdf.starts_with(b"%PDF"));
    // The API shows the same board.
    let (s, json) = h
        .api(
            "GET",
            &format!("/api/v1/communities/{}/lean/{id}", w.slug),
            &a.token,
            None,
        )
        .await;
    assert_eq!(s, StatusCode::OK, "{json}");
    let v: serde_json::Value = serde_json::from_str(&json).expect("json");
    let topics = v["topics"].as_array().expect("topics");
    let done = topics.iter().find(|t| t["state"] == "done").expect("done");
    assert_eq!(done["rounds"][0]["continued"], true);
    assert_eq!(done["actions"][0]["owners"][0], b.name.as_str());
    // Closing: no more topics.
    h.post(&format!("{base}/close"), Some(&w.steward.cookie), "")
        .await;
    let (s, _) = h
        .post(&format!("{base}/topics"), Some(&a.cookie), "title=Late")
        .await;
    assert_eq!(s, StatusCode::CONFLICT);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn lean_coffee_over_the_api_and_its_document() {
    let h = Harness::sqlite().await;
    let w = h.world("lean-api").await;
    let m = h.person_with_role(&w, Role::Member).await;
    let c = format!("/api/v1/communities/{}", w.slug);
    let (s, body) = h.api("POST", &format!("{c}/lean"), &m.token, Some(r#"{"title":"T","question":"Q","time_zone":"UTC","votes_per_person":1,"timebox_minutes":5}"#)).await;
    assert_eq!(s, StatusCode::FORBIDDEN, "members do not host: {body}");
    let (s, body) = h.api("POST", &format!("{c}/lean"), &w.steward.token, Some(r#"{"title":"T","question":"Q","time_zone":"UTC","votes_per_person":1,"timebox_minutes":50}"#)).await;
    assert_eq!(s, StatusCode::UNPROCESSABLE_ENTITY, "{body}");
    let (s, body) = h.api("POST", &format!("{c}/lean"), &w.steward.token, Some(r#"{"title":"T","question":"Q","time_zone":"UTC","votes_per_person":1,"timebox_minutes":5}"#)).await;
    assert_eq!(s, StatusCode::CREATED, "{body}");
    let id = serde_json::from_str::<serde_json::Value>(&body).expect("j")["id"]
        .as_i64()
        .expect("id");
    let (s, body) = h
        .api(
            "POST",
            &format!("{c}/lean/{id}/topics"),
            &m.token,
            Some(r#"{"title":"One"}"#),
        )
        .await;
    assert_eq!(s, StatusCode::CREATED);
    let t = serde_json::from_str::<serde_json::Value>(&body).expect("j")["id"]
        .as_i64()
        .expect("id");
    let (s, _) = h
        .api(
            "PUT",
            &format!("{c}/lean/{id}/topics/{t}/vote"),
            &m.token,
            Some(r#"{"give":true}"#),
        )
        .await;
    assert_eq!(s, StatusCode::NO_CONTENT);
    let (s, _) = h
        .api(
            "PUT",
            &format!("{c}/lean/{id}/topics/{t}/vote"),
            &m.token,
            Some(r#"{"give":true}"#),
        )
        .await;
    assert_eq!(s, StatusCode::UNPROCESSABLE_ENTITY);
    let (s, _) = h
        .api(
            "POST",
            &format!("{c}/lean/{id}/topics/{t}/start"),
            &w.steward.token,
            None,
        )
        .await;
    assert_eq!(s, StatusCode::NO_CONTENT);
    h.api(
        "POST",
        &format!("{c}/lean/{id}/topics/{t}/roman/open"),
        &w.steward.token,
        None,
    )
    .await;
    let (s, _) = h
        .api(
            "PUT",
            &format!("{c}/lean/{id}/topics/{t}/roman"),
            &m.token,
            Some(r#"{"thumb":"sideways"}"#),
        )
        .await;
    assert_eq!(s, StatusCode::NO_CONTENT);
    let (s, body) = h
        .api(
            "POST",
            &format!("{c}/lean/{id}/topics/{t}/roman/close"),
            &w.steward.token,
            None,
        )
        .await;
    assert_eq!(s, StatusCode::OK);
    let tally: serde_json::Value = serde_json::from_str(&body).expect("j");
    assert_eq!(
        (tally["sideways"].as_i64(), tally["continued"].as_bool()),
        (Some(1), Some(false))
    );
    // The document names every operation and schema once, with the Lean/Initiative prefixes.
    let (_, doc) = h.get("/api/v1/openapi.json", None).await;
    let doc: serde_json::Value = serde_json::from_str(&doc).expect("doc");
    let schemas = doc["components"]["schemas"].as_object().expect("schemas");
    for name in [
        "LeanBoardDto",
        "LeanTopicDto",
        "LeanTallyDto",
        "InitiativeDto",
        "InitiativeStepInput",
    ] {
        assert!(schemas.contains_key(name), "{name}");
    }
    assert!(
        doc["paths"]["/api/v1/communities/{slug}/lean/{id}/topics/{tid}/roman"]["put"].is_object()
    );
    assert!(
        doc["paths"]["/api/v1/communities/{slug}/initiatives/{iid}/people"]["post"].is_object()
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn joining_takes_ones_own_yes_and_the_tie_leaves_with_an_opt_out() {
    let h = Harness::sqlite().await;
    let w = h.world("initiatives").await;
    let starter = h.person_with_role(&w, Role::Member).await;
    let invitee = h.person_with_role(&w, Role::Member).await;
    let asker = h.person_with_role(&w, Role::Member).await;
    let (s, headers, _) = h
        .post_full(
            &format!("/c/{}/initiatives", w.slug),
            Some(&starter.cookie),
            "title=Tool+library&purpose=Lend+tools+to+each+other.&g=&a=",
        )
        .await;
    assert_eq!(s, StatusCode::SEE_OTHER);
    let to = headers["location"].to_str().expect("l").to_owned();
    let path = to.split('?').next().expect("path").to_owned();
    let people = format!("{path}/people");
    // Invited is not joined: the invitee is in only after accepting; the starter cannot accept
    // for them.
    let (s, _) = h
        .post(
            &people,
            Some(&starter.cookie),
            &format!("step=invite&person={}", invitee.account.id),
        )
        .await;
    assert_eq!(s, StatusCode::SEE_OTHER);
    let (s, body) = h
        .post(
            &people,
            Some(&starter.cookie),
            &format!("step=accept&person={}", invitee.account.id),
        )
        .await;
    assert_eq!(s, StatusCode::CONFLICT, "{body}");
    let network = |h: &Harness| {
        let h = h.clone();
        let c = w.community_id;
        async move {
            h.app
                .collaboration_network(&h.system, c)
                .await
                .expect("network")
        }
    };
    let pair = |a: i32, b: i32| (a.min(b), a.max(b));
    assert!(
        !network(&h)
            .await
            .ties
            .contains_key(&pair(starter.account.id, invitee.account.id))
    );
    let (s, _) = h.post(&people, Some(&invitee.cookie), "step=accept").await;
    assert_eq!(s, StatusCode::SEE_OTHER);
    // Asking: only the starter (or a lead) accepts; the asker cannot accept themself.
    h.post(&people, Some(&asker.cookie), "step=ask").await;
    let (s, _) = h.post(&people, Some(&asker.cookie), "step=accept").await;
    assert_eq!(s, StatusCode::CONFLICT);
    let (s, _) = h
        .post(
            &people,
            Some(&invitee.cookie),
            &format!("step=accept&person={}", asker.account.id),
        )
        .await;
    assert_eq!(
        s,
        StatusCode::CONFLICT,
        "a member who does not lead cannot accept"
    );
    let (s, _) = h
        .post(
            &people,
            Some(&starter.cookie),
            &format!("step=accept&person={}", asker.account.id),
        )
        .await;
    assert_eq!(s, StatusCode::SEE_OTHER);
    // The starter cannot remove anyone; people leave by themselves.
    let (s, _) = h
        .post(
            &people,
            Some(&starter.cookie),
            &format!("step=withdraw&person={}", asker.account.id),
        )
        .await;
    assert_eq!(s, StatusCode::CONFLICT);
    // Updates and asks from people in it; the page and the community home show it.
    let (s, _) = h
        .post(
            &format!("{path}/updates"),
            Some(&invitee.cookie),
            "body=First+tools+are+in.",
        )
        .await;
    assert_eq!(s, StatusCode::SEE_OTHER);
    let (s, _) = h
        .post(
            &format!("{path}/asks"),
            Some(&starter.cookie),
            "body=A+van+on+Saturday",
        )
        .await;
    assert_eq!(s, StatusCode::SEE_OTHER);
    let (_, page) = h.get(&path, Some(&asker.cookie)).await;
    assert!(
        page.contains("First tools are in.") && page.contains("A van on Saturday"),
        "{page}"
    );
    let (_, home) = h.get(&format!("/c/{}", w.slug), Some(&asker.cookie)).await;
    assert!(
        home.contains("Tool library") && home.contains("3 people in it"),
        "{home}"
    );
    // The tie is in the network, and starting counts as leading.
    let net = network(&h).await;
    assert!(
        net.ties
            .contains_key(&pair(starter.account.id, invitee.account.id))
    );
    assert!(
        net.ties
            .contains_key(&pair(asker.account.id, invitee.account.id))
    );
    assert_eq!(net.led.get(&starter.account.id), Some(&1));
    // The invitee opts out: every tie of theirs is gone, the others' stays.
    let (s, _) = h
        .post(
            &format!("/c/{}/network/me", w.slug),
            Some(&invitee.cookie),
            "opted_out=on",
        )
        .await;
    assert_eq!(s, StatusCode::SEE_OTHER);
    let net = network(&h).await;
    assert!(
        net.ties
            .keys()
            .all(|(a, b)| *a != invitee.account.id && *b != invitee.account.id)
    );
    assert!(
        net.ties
            .contains_key(&pair(starter.account.id, asker.account.id))
    );
    // Over the API: the same people and standings.
    let (s, json) = h
        .api(
            "GET",
            &format!("/api/v1/communities/{}/initiatives", w.slug),
            &asker.token,
            None,
        )
        .await;
    assert_eq!(s, StatusCode::OK);
    assert!(json.contains("\"joined\":3"), "{json}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_discussed_topic_becomes_a_proposal_that_links_both_ways() {
    let h = Harness::sqlite().await;
    let w = h.world("lean-proposal").await;
    let id = lean(&h, &w, 3).await;
    let a = h.person_with_role(&w, Role::Member).await;
    let guest = h.person_with_role(&w, Role::Guest).await;
    let base = format!("/c/{}/lean/{id}", w.slug);
    let open_up = topic(&h, &w, &a, id, "Let <anyone> join us").await;
    let waiting = topic(&h, &w, &a, id, "Snacks").await;
    // Still to discuss: not yet a proposal, on the page and over the API.
    let (s, body) = h
        .post(
            &format!("{base}/t/{waiting}/proposal"),
            Some(&a.cookie),
            "title=Snacks&rationale=We+want+snacks+at+every+meeting.&kind=boundary&open=open",
        )
        .await;
    assert_eq!(s, StatusCode::CONFLICT, "{body}");
    assert!(body.contains("once the group has discussed it"), "{body}");
    h.post(
        &format!("{base}/t/{open_up}/start"),
        Some(&w.steward.cookie),
        "",
    )
    .await;
    h.post(
        &format!("{base}/t/{open_up}/finish"),
        Some(&w.steward.cookie),
        "",
    )
    .await;
    // The board offers it to those who may deliberate; guests may not.
    let (_, board) = h.get(&base, Some(&a.cookie)).await;
    assert!(board.contains(&format!("/t/{open_up}/proposal")), "{board}");
    assert!(
        board.contains("data-deliberate"),
        "the link shows for members"
    );
    let (_, board) = h.get(&base, Some(&guest.cookie)).await;
    assert!(
        !board.contains("data-deliberate"),
        "and is hidden for guests"
    );
    let (s, _) = h
        .get(&format!("{base}/t/{open_up}/proposal"), Some(&guest.cookie))
        .await;
    assert_eq!(s, StatusCode::FORBIDDEN);
    // The form starts from the topic, escaped.
    let (s, form) = h
        .get(&format!("{base}/t/{open_up}/proposal"), Some(&a.cookie))
        .await;
    assert_eq!(s, StatusCode::OK);
    assert!(
        form.contains("value=\"Let &#60;anyone&#62; join us\"")
            || form.contains("value=\"Let &lt;anyone&gt; join us\""),
        "{form}"
    );
    assert!(
        form.contains("This proposal comes from the topic"),
        "{form}"
    );
    // A rationale of less than a sentence is refused and the title is kept.
    let (s, again) = h
        .post(
            &format!("{base}/t/{open_up}/proposal"),
            Some(&a.cookie),
            "title=Open+the+door&rationale=ok&kind=boundary&open=open",
        )
        .await;
    assert_eq!(s, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(again.contains("value=\"Open the door\""), "{again}");
    let (s, headers, _) = h
        .post_full(
            &format!("{base}/t/{open_up}/proposal"),
            Some(&a.cookie),
            "title=Open+the+door&rationale=The+Lean+Coffee+wanted+anyone+signed+in+to+join.&kind=boundary&open=open",
        )
        .await;
    assert_eq!(s, StatusCode::SEE_OTHER);
    let to = headers["location"].to_str().expect("location").to_owned();
    assert!(to.contains("/governance/decisions/"), "{to}");
    let decision: i32 = to
        .rsplit('/')
        .next()
        .and_then(|r| r.split('?').next())
        .expect("id")
        .parse()
        .expect("number");
    // The decision is open under the community's rule, and names its topic.
    let (s, page) = h.get(&to, Some(&guest.cookie)).await;
    assert_eq!(s, StatusCode::OK);
    assert!(page.contains("id=\"from-topic\""), "{page}");
    assert!(
        page.contains(&format!("/c/{}/lean/{id}#t-{open_up}", w.slug)),
        "{page}"
    );
    assert!(page.contains("Boundary change"), "{page}");
    // The topic's card shows the decision, on the board, the API and the summary.
    let (_, board) = h.get(&base, Some(&a.cookie)).await;
    assert!(
        board.contains(&format!("/governance/decisions/{decision}"))
            && board.contains("“Open the door”</a> (open)"),
        "{board}"
    );
    let (s, json) = h
        .api(
            "GET",
            &format!("/api/v1/communities/{}/lean/{id}", w.slug),
            &a.token,
            None,
        )
        .await;
    assert_eq!(s, StatusCode::OK);
    let v: serde_json::Value = serde_json::from_str(&json).expect("json");
    let t = v["topics"]
        .as_array()
        .expect("topics")
        .iter()
        .find(|t| t["id"] == open_up)
        .expect("the topic");
    assert_eq!(t["proposals"][0]["decision_id"], decision);
    assert_eq!(t["proposals"][0]["status"], "open");
    let (_, md) = h.get(&format!("{base}/summary.md"), Some(&a.cookie)).await;
    assert!(
        md.contains("Proposed for the community's decision process: “Open the door” (open)."),
        "{md}"
    );
    // Over the API: a second proposal from the same topic; a guest may not; a bad change is 422.
    let body = r#"{"title":"Invitation only","rationale":"Some of us want to keep it by invitation.","change":{"change":"boundary","open":false}}"#;
    let path = format!(
        "/api/v1/communities/{}/lean/{id}/topics/{open_up}/proposal",
        w.slug
    );
    let (s, json) = h.api("POST", &path, &a.token, Some(body)).await;
    assert_eq!(s, StatusCode::CREATED, "{json}");
    let (s, _) = h.api("POST", &path, &guest.token, Some(body)).await;
    assert_eq!(s, StatusCode::FORBIDDEN);
    let (s, _) = h
        .api(
            "POST",
            &path,
            &a.token,
            Some(r#"{"title":"x","rationale":"A sentence that is long enough.","change":{"change":"threshold","threshold":5}}"#),
        )
        .await;
    assert_eq!(s, StatusCode::UNPROCESSABLE_ENTITY);
    let proposals = convene_store::lean::topic_proposals(h.app.store.conn(), id)
        .await
        .expect("links");
    assert_eq!(proposals.len(), 2, "the refused ones left nothing behind");
    // A topic of another community's Lean Coffee is not found from here.
    let other = h.world("lean-proposal-other").await;
    let (s, _) = h
        .get(
            &format!("/c/{}/lean/{id}/t/{open_up}/proposal", other.slug),
            Some(&other.steward.cookie),
        )
        .await;
    assert_eq!(s, StatusCode::NOT_FOUND);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn leading_takes_an_invitation_and_ones_own_yes_and_counts_until_opt_out() {
    let h = Harness::sqlite().await;
    let w = h.world("initiative-leads").await;
    let starter = h.person_with_role(&w, Role::Member).await;
    let b = h.person_with_role(&w, Role::Member).await;
    let c = h.person_with_role(&w, Role::Member).await;
    let (_, headers, _) = h
        .post_full(
            &format!("/c/{}/initiatives", w.slug),
            Some(&starter.cookie),
            "title=Repair+cafe&purpose=Fix+things+together.&g=&a=",
        )
        .await;
    let to = headers["location"].to_str().expect("l").to_owned();
    let path = to.split('?').next().expect("path").to_owned();
    let people = format!("{path}/people");
    for p in [&b, &c] {
        h.post(&people, Some(&p.cookie), "step=ask").await;
        h.post(
            &people,
            Some(&starter.cookie),
            &format!("step=accept&person={}", p.account.id),
        )
        .await;
    }
    let led = |h: &Harness| {
        let h = h.clone();
        let community = w.community_id;
        async move {
            h.app
                .collaboration_network(&h.system, community)
                .await
                .expect("network")
                .led
        }
    };
    // A member who does not lead cannot invite anyone to lead.
    let (s, _) = h
        .post(
            &people,
            Some(&c.cookie),
            &format!("step=lead_offer&person={}", b.account.id),
        )
        .await;
    assert_eq!(s, StatusCode::CONFLICT);
    // The starter invites b to lead: b does not lead yet, and the starter cannot accept for b.
    let (s, headers, _) = h
        .post_full(
            &people,
            Some(&starter.cookie),
            &format!("step=lead_offer&person={}", b.account.id),
        )
        .await;
    assert_eq!(s, StatusCode::SEE_OTHER);
    assert!(
        headers["location"]
            .to_str()
            .expect("l")
            .contains("done=lead-offered")
    );
    let (s, body) = h
        .post(
            &people,
            Some(&starter.cookie),
            &format!("step=lead_accept&person={}", b.account.id),
        )
        .await;
    assert_eq!(s, StatusCode::CONFLICT, "{body}");
    assert!(
        !led(&h).await.contains_key(&b.account.id),
        "invited is not leading"
    );
    let (_, page) = h.get(&path, Some(&b.cookie)).await;
    assert!(page.contains("id=\"lead-offer\""), "{page}");
    let (_, page) = h.get(&path, Some(&c.cookie)).await;
    assert!(!page.contains("id=\"lead-offer\""), "only b is asked");
    assert!(page.contains("invited to lead, not answered yet"), "{page}");
    // b accepts: b leads, and leading counts.
    let (s, _) = h.post(&people, Some(&b.cookie), "step=lead_accept").await;
    assert_eq!(s, StatusCode::SEE_OTHER);
    assert_eq!(led(&h).await.get(&b.account.id), Some(&1));
    let (s, _) = h.post(&people, Some(&b.cookie), "step=lead_accept").await;
    assert_eq!(s, StatusCode::CONFLICT, "nothing left to accept");
    // A lead invites too; nobody takes the lead from someone else.
    let (s, _) = h
        .post(
            &people,
            Some(&b.cookie),
            &format!("step=lead_offer&person={}", c.account.id),
        )
        .await;
    assert_eq!(s, StatusCode::SEE_OTHER);
    let (s, _) = h
        .post(
            &people,
            Some(&starter.cookie),
            &format!("step=step_down&person={}", b.account.id),
        )
        .await;
    assert_eq!(s, StatusCode::CONFLICT);
    // c declines over the API: c never led.
    let lead_api = format!(
        "/api/v1/communities/{}/initiatives/{}/lead",
        w.slug,
        path.rsplit('/').next().expect("id")
    );
    let (s, json) = h
        .api("POST", &lead_api, &c.token, Some(r#"{"step":"decline"}"#))
        .await;
    assert_eq!(s, StatusCode::OK, "{json}");
    assert!(
        json.contains("\"part\":\"member\"") && json.contains("\"lead_offered\":false"),
        "{json}"
    );
    assert!(!led(&h).await.contains_key(&c.account.id));
    let (s, _) = h
        .api("POST", &lead_api, &c.token, Some(r#"{"step":"lead"}"#))
        .await;
    assert_eq!(s, StatusCode::UNPROCESSABLE_ENTITY);
    // b opts out of network analysis: their leading is no longer counted anywhere.
    let (s, _) = h
        .post(
            &format!("/c/{}/network/me", w.slug),
            Some(&b.cookie),
            "opted_out=on",
        )
        .await;
    assert_eq!(s, StatusCode::SEE_OTHER);
    let now = led(&h).await;
    assert!(!now.contains_key(&b.account.id), "{now:?}");
    assert_eq!(now.get(&starter.account.id), Some(&1));
    // b steps down by themself and stays in.
    let (s, _) = h.post(&people, Some(&b.cookie), "step=step_down").await;
    assert_eq!(s, StatusCode::SEE_OTHER);
    let (_, json) = h
        .api("GET", &lead_api.replace("/lead", ""), &b.token, None)
        .await;
    let v: serde_json::Value = serde_json::from_str(&json).expect("json");
    let me = v["people"]
        .as_array()
        .expect("people")
        .iter()
        .find(|p| p["account_id"] == b.account.id)
        .expect("b");
    assert_eq!(
        (me["part"].as_str(), me["standing"].as_str()),
        (Some("member"), Some("joined"))
    );
}
