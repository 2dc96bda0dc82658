//! Decision processes, policies and mandates over HTTP: a change applies only when its decision
//! passes (and once, also when two close it at once, on both databases); members who have not
//! accepted the current policies read but do not post; an ended term takes the role on the
//! next request, for the session and the API token alike, except the last steward's.

mod edits;
mod health;

use crate::harness::*;
use axum::http::StatusCode;
use convene_app::store::governance as gov;
use convene_domain::Role;
use convene_domain::ids::{AccountId, CommunityId};
use convene_store::test_both_dbs;

pub(crate) fn json(body: &str) -> serde_json::Value {
    serde_json::from_str(body).unwrap_or_else(|e| panic!("{e}: {body}"))
}

const AGREE: &str = r#"{"stance":"agree"}"#;
const DAY: i64 = 86_400;

async fn overview(h: &Harness, w: &World, who: &Person) -> serde_json::Value {
    let (s, b) = h
        .api(
            "GET",
            &format!("/api/v1/communities/{}/governance", w.slug),
            &who.token,
            None,
        )
        .await;
    assert_eq!(s, StatusCode::OK, "{b}");
    json(&b)
}

async fn members(h: &Harness, w: &World, n: usize) -> Vec<Person> {
    let mut v = Vec::new();
    for _ in 0..n {
        v.push(h.person_with_role(w, Role::Member).await);
    }
    v
}

const POLICY: &str =
    r#"{"change":"policy","document":"code_of_conduct","text":"Be kind.\nListen first."}"#;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_change_without_a_passed_decision_changes_nothing() {
    let h = Harness::sqlite().await;
    let w = h.world("rules").await;
    let m = members(&h, &w, 3).await;
    // A block stands: the policy does not come into force.
    let d = h.propose(&w, &w.steward, POLICY).await;
    let (s, b) = h
        .respond(
            &w,
            &m[0],
            d,
            r#"{"stance":"block","reason":"This is far too short to be a code."}"#,
        )
        .await;
    assert_eq!(s, StatusCode::NO_CONTENT, "{b}");
    let (s, _) = h.respond(&w, &m[0], d, r#"{"stance":"block"}"#).await;
    assert_eq!(
        s,
        StatusCode::UNPROCESSABLE_ENTITY,
        "a block needs a reason"
    );
    for p in &m[1..] {
        assert_eq!(h.respond(&w, p, d, AGREE).await.0, StatusCode::NO_CONTENT);
    }
    let (s, b) = h.close(&w, &m[1], d).await;
    assert_eq!(s, StatusCode::CONFLICT, "not before the deadline: {b}");
    h.app.clock.advance(8 * DAY);
    let (s, b) = h.respond(&w, &m[1], d, AGREE).await;
    assert_eq!(
        s,
        StatusCode::CONFLICT,
        "no responses after the deadline: {b}"
    );
    let (s, b) = h.close(&w, &m[1], d).await;
    assert_eq!(s, StatusCode::OK, "{b}");
    let v = json(&b);
    assert_eq!(v["passed"], false);
    assert!(v["why"].as_str().unwrap_or("").contains("block"), "{v}");
    let o = overview(&h, &w, &m[1]).await;
    assert_eq!(o["policies"].as_array().map(Vec::len), Some(0), "{o}");
    // Too few people: the threshold stays, closed by the hourly job.
    let t = h
        .propose(&w, &m[2], r#"{"change":"threshold","threshold":20}"#)
        .await;
    for p in &m[..2] {
        assert_eq!(h.respond(&w, p, t, AGREE).await.0, StatusCode::NO_CONTENT);
    }
    h.app.clock.advance(8 * DAY);
    assert!(h.app.govern(&h.system).await.expect("govern") >= 1);
    let o = overview(&h, &w, &m[1]).await;
    assert_eq!(o["threshold"], 30, "{o}");
    let (_, b) = h
        .api(
            "GET",
            &format!("/api/v1/communities/rules/decisions/{t}"),
            &m[0].token,
            None,
        )
        .await;
    let v = json(&b);
    assert_eq!(v["status"], "failed");
    assert!(
        v["why"].as_str().unwrap_or("").contains("quorum is 3"),
        "{v}"
    );
    // An objection must be answered before consent passes; then the change applies.
    let d = h.propose(&w, &w.steward, POLICY).await;
    let (s, _) = h
        .respond(
            &w,
            &m[0],
            d,
            r#"{"stance":"object","reason":"Say who to talk to when it goes wrong."}"#,
        )
        .await;
    assert_eq!(s, StatusCode::NO_CONTENT);
    for p in &m[1..] {
        h.respond(&w, p, d, AGREE).await;
    }
    let answer = format!(
        "/api/v1/communities/rules/decisions/{d}/objections/{}/answer",
        m[0].account.id
    );
    let body = r#"{"answer":"Any steward listens; we add names in the next version."}"#;
    let (s, _) = h.api("POST", &answer, &m[1].token, Some(body)).await;
    assert_eq!(s, StatusCode::FORBIDDEN, "only the proposer answers");
    let (s, b) = h.api("POST", &answer, &w.steward.token, Some(body)).await;
    assert_eq!(s, StatusCode::NO_CONTENT, "{b}");
    h.app.clock.advance(8 * DAY);
    let (s, b) = h.close(&w, &m[2], d).await;
    assert_eq!(
        (s, json(&b)["passed"].clone()),
        (StatusCode::OK, true.into()),
        "{b}"
    );
    let (s, b) = h.close(&w, &m[2], d).await;
    assert_eq!(
        s,
        StatusCode::FORBIDDEN,
        "version 1 waits to be accepted first: {b}"
    );
    let o = overview(&h, &w, &m[1]).await;
    assert_eq!(o["policies"][0]["number"], 1, "{o}");
    assert_eq!(o["policies"][0]["decision_id"], d);
    // The record names the rule that governed it, in the log and in the audit log.
    let entries = gov::entries(h.app.store.conn(), CommunityId(w.community_id))
        .await
        .expect("log");
    let applied = entries
        .iter()
        .find(|e| e.action == "applied")
        .expect("applied");
    assert!(
        applied.reason.contains("decided by consent, quorum 3"),
        "{applied:?}"
    );
    let (_, audit) = h.get("/c/rules/audit", Some(&w.steward.cookie)).await;
    assert!(audit.contains("decision.apply"), "in the audit log");
    // Members now read but do not post until they accept version 1.
    assert_eq!(o["pending"].as_array().map(Vec::len), Some(1));
    let (s, b) = h
        .api("POST", "/api/v1/communities/rules/decisions", &m[1].token, Some(r#"{"title":"x","rationale":"We should talk about this soon.","options":[{"change":"boundary","open":true}]}"#))
        .await;
    assert_eq!(s, StatusCode::FORBIDDEN, "{b}");
    assert!(b.contains("Accept the community's current policies"), "{b}");
    let (s, page) = h.get("/c/rules/governance", Some(&m[1].cookie)).await;
    assert_eq!(s, StatusCode::OK, "reading still works");
    assert!(page.contains("Be kind.") && page.contains("I accept the current policies"));
    let (s, _) = h
        .post("/c/rules/g", Some(&m[1].cookie), GATHERING_FORM)
        .await;
    assert_eq!(s, StatusCode::FORBIDDEN, "not a host anyway");
    let (s, b) = h
        .post("/c/rules/governance/accept", Some(&m[1].cookie), "")
        .await;
    assert_eq!(s, StatusCode::SEE_OTHER, "{b}");
    let o = overview(&h, &w, &m[1]).await;
    assert_eq!(o["pending"].as_array().map(Vec::len), Some(0), "{o}");
    h.propose(&w, &m[1], r#"{"change":"boundary","open":true}"#)
        .await;
    let (s, b) = h.close(&w, &m[1], d).await;
    assert_eq!(s, StatusCode::CONFLICT, "closed once: {b}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn ranked_choice_and_advice_follow_the_rule_the_community_set() {
    let h = Harness::sqlite().await;
    let w = h.world("votes").await;
    let m = members(&h, &w, 5).await;
    let rule = |process: &str, quorum: u32| {
        format!(
            r#"{{"process":"{process}","quorum":{quorum},"days":3,"reason":"We chose this at the assembly."}}"#
        )
    };
    let put = "/api/v1/communities/votes/decision-rules/threshold";
    let (s, _) = h
        .api("PUT", put, &m[0].token, Some(&rule("ranked_choice", 5)))
        .await;
    assert_eq!(s, StatusCode::FORBIDDEN, "stewards set rules");
    let (s, b) = h
        .api(
            "PUT",
            put,
            &w.steward.token,
            Some(&rule("ranked_choice", 5)),
        )
        .await;
    assert_eq!(s, StatusCode::NO_CONTENT, "{b}");
    let opts = r#"{"change":"threshold","threshold":20},{"change":"threshold","threshold":40},{"change":"threshold","threshold":50}"#;
    let d = h.propose(&w, &m[0], opts).await;
    // Options: 0 keep (30), 1 → 2.0, 2 → 4.0, 3 → 5.0. First preferences 0:2, 1:1, 2:1, 3:1;
    // 3 is out (fewest, listed last) and goes to 2; then 1 is out and goes to 2: 2 wins.
    for (p, r) in m.iter().zip(["[0,1]", "[0]", "[1,2]", "[2]", "[3,2]"]) {
        let (s, b) = h.respond(&w, p, d, &format!(r#"{{"ranking":{r}}}"#)).await;
        assert_eq!(s, StatusCode::NO_CONTENT, "{b}");
    }
    let (s, _) = h.respond(&w, &m[0], d, r#"{"ranking":[1,1]}"#).await;
    assert_eq!(
        s,
        StatusCode::UNPROCESSABLE_ENTITY,
        "an option ranked twice"
    );
    let (s, _) = h.respond(&w, &m[0], d, AGREE).await;
    assert_eq!(s, StatusCode::CONFLICT, "a vote, not consent");
    h.app.clock.advance(4 * DAY);
    let (s, b) = h.close(&w, &m[1], d).await;
    assert_eq!(s, StatusCode::OK, "{b}");
    let o = overview(&h, &w, &m[1]).await;
    assert_eq!(o["threshold"], 40, "{o}");
    let (_, b) = h
        .api(
            "GET",
            &format!("/api/v1/communities/votes/decisions/{d}"),
            &m[1].token,
            None,
        )
        .await;
    let v = json(&b);
    assert!(
        v["rule"].as_str().unwrap_or("").contains("ranked choice"),
        "{v}"
    );
    assert_eq!(v["winner"], 2);
    // Advice: the decider records whom they asked and decides.
    let put = "/api/v1/communities/votes/decision-rules/boundary";
    h.api("PUT", put, &w.steward.token, Some(&rule("advice", 2)))
        .await;
    let d = h
        .propose(&w, &m[2], r#"{"change":"boundary","open":true}"#)
        .await;
    let advice = format!("/api/v1/communities/votes/decisions/{d}/advice");
    let heard = |a: &Person| {
        format!(
            r#"{{"adviser_id":{},"heard":"Open it, but keep the code of conduct visible."}}"#,
            a.account.id
        )
    };
    let (s, _) = h
        .api("POST", &advice, &m[3].token, Some(&heard(&m[4])))
        .await;
    assert_eq!(s, StatusCode::FORBIDDEN, "only the decider records advice");
    let (s, b) = h
        .api("POST", &advice, &m[2].token, Some(&heard(&m[3])))
        .await;
    assert_eq!(s, StatusCode::NO_CONTENT, "{b}");
    let close = format!("/api/v1/communities/votes/decisions/{d}/close");
    let (s, b) = h
        .api("POST", &close, &m[2].token, Some(r#"{"go_ahead":true}"#))
        .await;
    assert_eq!(
        (s, json(&b)["passed"].clone()),
        (StatusCode::OK, false.into()),
        "one piece of advice of two: {b}"
    );
    let d = h
        .propose(&w, &m[2], r#"{"change":"boundary","open":true}"#)
        .await;
    let advice = format!("/api/v1/communities/votes/decisions/{d}/advice");
    for a in [&m[3], &m[4]] {
        assert_eq!(
            h.api("POST", &advice, &m[2].token, Some(&heard(a))).await.0,
            StatusCode::NO_CONTENT
        );
    }
    let close = format!("/api/v1/communities/votes/decisions/{d}/close");
    let (s, b) = h
        .api("POST", &close, &m[2].token, Some(r#"{"go_ahead":true}"#))
        .await;
    assert_eq!(
        (s, json(&b)["passed"].clone()),
        (StatusCode::OK, true.into()),
        "{b}"
    );
    assert_eq!(overview(&h, &w, &m[1]).await["open"], true);
    let (s, page) = h
        .get(
            &format!("/c/votes/governance/decisions/{d}"),
            Some(&m[1].cookie),
        )
        .await;
    assert_eq!(s, StatusCode::OK);
    assert!(
        page.contains("Open it, but keep the code of conduct visible."),
        "the advice is on the record"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_ended_term_takes_the_role_on_the_next_request() {
    let h = Harness::sqlite().await;
    let w = h.world("terms").await;
    let b = h.person_with_role(&w, Role::Steward).await;
    let db = h.app.store.conn();
    let now = h.app.now();
    let community = CommunityId(w.community_id);
    gov::set_mandate(
        db,
        community,
        AccountId(b.account.id),
        Role::Steward,
        (now, now + 40 * DAY),
        None,
    )
    .await
    .expect("mandate");
    let audit_api = "/api/v1/communities/terms/audit";
    assert_eq!(
        h.get("/c/terms/audit", Some(&b.cookie)).await.0,
        StatusCode::OK
    );
    assert_eq!(
        h.api("GET", audit_api, &b.token, None).await.0,
        StatusCode::OK
    );
    // 30 days before the end: a reminder, once, and a job to send it.
    h.app.clock.advance(11 * DAY);
    assert_eq!(h.app.govern(&h.system).await.expect("govern"), 1);
    assert_eq!(
        h.app.govern(&h.system).await.expect("govern"),
        0,
        "reminded once"
    );
    let reminders = convene_app::store::jobs::backlog(db).await.expect("jobs");
    assert!(reminders.0 >= 1, "a reminder job waits: {reminders:?}");
    let (_, page) = h.get("/c/terms/governance", Some(&b.cookie)).await;
    assert!(page.contains("Term ends soon"), "the log says so");
    // A fresh session and token (sign-in sessions last 30 days), used before and after the end.
    let b = h.signed_in(b.account.clone(), b.membership_id).await;
    assert_eq!(
        h.get("/c/terms/audit", Some(&b.cookie)).await.0,
        StatusCode::OK
    );
    assert_eq!(
        h.api("GET", audit_api, &b.token, None).await.0,
        StatusCode::OK
    );
    // The term ends: the same session and the same token lose the power at once.
    h.app.clock.advance(29 * DAY + 3600);
    assert_eq!(
        h.get("/c/terms/audit", Some(&b.cookie)).await.0,
        StatusCode::FORBIDDEN
    );
    assert_eq!(
        h.api("GET", audit_api, &b.token, None).await.0,
        StatusCode::FORBIDDEN
    );
    assert_eq!(
        h.api("GET", audit_api, &w.steward.token, None).await.0,
        StatusCode::OK,
        "a steward without a term keeps it"
    );
    assert_eq!(h.app.govern(&h.system).await.expect("govern"), 1);
    assert_eq!(
        h.roles_of(&w, b.membership_id).await,
        convene_domain::RoleSet::member(),
        "the role is removed"
    );
    // The last steward's term runs on, and the log says so.
    let lone = h.world("lone").await;
    let c = CommunityId(lone.community_id);
    let now = h.app.now();
    gov::set_mandate(
        db,
        c,
        AccountId(lone.steward.account.id),
        Role::Steward,
        (now - 10, now - 1),
        None,
    )
    .await
    .expect("mandate");
    assert_eq!(
        h.get("/c/lone/audit", Some(&lone.steward.cookie)).await.0,
        StatusCode::OK
    );
    h.app.govern(&h.system).await.expect("govern");
    let (_, page) = h
        .get("/c/lone/governance", Some(&lone.steward.cookie))
        .await;
    assert!(page.contains("Last steward&#39;s term runs on"), "{page}");
    assert!(page.contains("runs on as the last steward"));
    // A renewal by decision gives the term back its time.
    let ms = gov::mandates(db, c).await.expect("m");
    let m = members(&h, &lone, 3).await;
    let d = h
        .propose(
            &lone,
            &m[0],
            &format!(
                r#"{{"change":"mandate_renewal","mandate_id":{},"days":365}}"#,
                ms[0].id
            ),
        )
        .await;
    for p in &m {
        h.respond(&lone, p, d, AGREE).await;
    }
    h.app.clock.advance(8 * DAY);
    assert_eq!(h.close(&lone, &m[1], d).await.0, StatusCode::OK);
    let ms = gov::mandates(db, c).await.expect("m");
    assert!(ms[0].ends_at > h.app.now() + 300 * DAY, "{ms:?}");
}

async fn close_race(h: Harness) {
    let w = h.world("race").await;
    let m = members(&h, &w, 3).await;
    let d = h
        .propose(&w, &m[0], r#"{"change":"threshold","threshold":20}"#)
        .await;
    for p in &m {
        h.respond(&w, p, d, AGREE).await;
    }
    h.app.clock.advance(8 * DAY);
    let (a, b) = tokio::join!(h.close(&w, &m[1], d), h.close(&w, &m[2], d));
    let ok = [&a, &b].iter().filter(|r| r.0 == StatusCode::OK).count();
    assert_eq!(ok, 1, "exactly one closes: {a:?} {b:?}");
    assert!([a.0, b.0].contains(&StatusCode::CONFLICT), "{a:?} {b:?}");
    let entries = gov::entries(h.app.store.conn(), CommunityId(w.community_id))
        .await
        .expect("log");
    let applied = entries.iter().filter(|e| e.action == "applied").count();
    assert_eq!(applied, 1, "applied once");
    assert_eq!(overview(&h, &w, &m[0]).await["threshold"], 20);
}

test_both_dbs!(
    two_closing_at_once_apply_the_change_once,
    |store| async move {
        close_race(Harness::new(store, 10_000).await).await;
    }
);
