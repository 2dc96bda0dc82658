//! Warnings and suspensions as decisions, the appeal of an automatic hide before anyone
//! decides, the author's edit that asks for review after the cool-down, and `App::change`
//! reading roles as `App::ctx` does (second factor included).

use super::{json, make_steward, read};
use crate::harness::*;
use axum::http::StatusCode;
use convene_app::AppError;
use convene_app::can;
use convene_app::session_edit::SessionEdit;
use convene_domain::Role;
use convene_domain::gathering::Rsvp;
use convene_domain::ids::{CaseId, SessionId};
use convene_domain::text::{SessionDescription, SessionTitle};
use convene_store::store_db::ConnectionTrait;
use convene_store::test_both_dbs;

const DAY: i64 = 86_400;

/// `who` claims and decides a case with an action (and a suspension's end) over the API.
async fn decide_with(
    h: &Harness,
    w: &World,
    who: &Person,
    case: i32,
    outcome: &str,
    action: &str,
    until: Option<i64>,
) -> (StatusCode, String) {
    let base = format!("/api/v1/communities/{}/moderation/cases/{case}", w.slug);
    let (s, b) = h
        .api("POST", &format!("{base}/claim"), &who.token, None)
        .await;
    if s != StatusCode::NO_CONTENT {
        return (s, b);
    }
    let until = until.map_or("null".to_owned(), |t| t.to_string());
    h.api(
        "POST",
        &format!("{base}/decision"),
        &who.token,
        Some(&format!(
            r#"{{"outcome":"{outcome}","action":"{action}","until":{until},"reason":"Advertising again after a warning in this community."}}"#
        )),
    )
    .await
}

/// Content by `author` hidden by a curator's flag: `(content, case)`.
async fn hidden_content(h: &Harness, w: &World, author: &Person, text: &str) -> (i32, i32) {
    let curator = h.person_with_role(w, Role::Curator).await;
    let (content, _) = h.content_by(w, author, text).await;
    let (s, b) = h.flag(w, &curator, content, "spam").await;
    assert_eq!(s, StatusCode::CREATED, "{b}");
    assert!(json(&b)["hidden"].as_bool().expect("hidden"), "{b}");
    (content, Harness::case_of(&b))
}

fn log_actions(body: &str) -> Vec<String> {
    json(body)
        .as_array()
        .expect("entries")
        .iter()
        .map(|e| e["action"].as_str().expect("action").to_owned())
        .collect()
}

async fn log_of(h: &Harness, w: &World, who: &Person) -> String {
    let (s, b) = h
        .api(
            "GET",
            &format!("/api/v1/communities/{}/moderation/log", w.slug),
            &who.token,
            None,
        )
        .await;
    assert_eq!(s, StatusCode::OK, "{b}");
    b
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_suspended_member_posts_nothing_until_the_date_and_an_appeal_lifts_it() {
    let h = Harness::sqlite().await;
    let w = h.world("suspend").await;
    let author = h.person_with_role(&w, Role::Member).await;
    let (content, case) = hidden_content(&h, &w, &author, "Cheap watches, buy now").await;
    let (other, _) = h.content_by(&w, &w.steward, "A real session").await;
    let now = h.app.now();
    // A suspension needs an end within a year, and goes with uphold only.
    for (outcome, action, until) in [
        ("uphold", "suspend", None),
        ("uphold", "suspend", Some(now - 1)),
        ("uphold", "suspend", Some(now + 400 * DAY)),
        ("dismiss", "suspend", Some(now + DAY)),
        ("dismiss", "warn", None),
        ("uphold", "ban", None),
    ] {
        let (s, b) = decide_with(&h, &w, &w.steward, case, outcome, action, until).await;
        assert_eq!(
            s,
            StatusCode::UNPROCESSABLE_ENTITY,
            "{action} {until:?}: {b}"
        );
    }
    let until = now + 3 * DAY;
    let (s, b) = decide_with(&h, &w, &w.steward, case, "uphold", "suspend", Some(until)).await;
    assert_eq!(s, StatusCode::NO_CONTENT, "{b}");

    // Every write is refused, over the API, the pages and inside the use-case, saying until when.
    let (s, b) = h.flag(&w, &author, other, "spam").await;
    assert_eq!(s, StatusCode::FORBIDDEN, "{b}");
    assert!(b.contains("suspended") && b.contains("UTC"), "{b}");
    let (s, b) = h
        .post(
            &format!("/c/suspend/content/{other}/flag"),
            Some(&author.cookie),
            "reason=spam&note=&back=/c/suspend",
        )
        .await;
    assert_eq!(s, StatusCode::FORBIDDEN, "{b}");
    assert!(b.contains("suspended"), "{b}");
    let g = h.marketplace(&w).await;
    let ctx = h.allowed::<can::TakePart>(&author, "suspend").await;
    let r = h.app.rsvp(&ctx, g, Rsvp::No).await;
    assert!(
        r.as_ref()
            .is_err_and(|e| e.kind() == Some(convene_app::Kind::Refused)),
        "{r:?}"
    );
    // The member sees why and until when, on every page, and on the content.
    let (_, page) = h.get("/c/suspend", Some(&author.cookie)).await;
    assert!(
        page.contains("You are suspended in this community until"),
        "{page}"
    );
    let (_, b) = read(&h, &w, &author, content).await;
    let v = json(&b);
    assert_eq!(v["notice"]["sanction"], "suspend", "{b}");
    assert_eq!(v["notice"]["suspended_until"], until, "{b}");
    // Others still post.
    let member = h.person_with_role(&w, Role::Member).await;
    let (s, b) = h.flag(&w, &member, other, "off_topic").await;
    assert_eq!(s, StatusCode::CREATED, "{b}");

    // In the moderation log (pseudonym) and the audit log.
    let b = log_of(&h, &w, &member).await;
    assert_eq!(log_actions(&b)[..2], ["suspended", "upheld"], "{b}");
    assert_eq!(json(&b)[0]["by"], "Steward A");
    assert!(!b.contains(&w.steward.name), "{b}");
    let (_, audit) = h
        .api(
            "GET",
            "/api/v1/communities/suspend/audit",
            &w.steward.token,
            None,
        )
        .await;
    assert!(audit.contains("moderation.suspend"), "{audit}");

    // The suspended author may still appeal; a second steward reverses: posting works again.
    let (s, b) = h
        .api(
            "POST",
            &format!("/api/v1/communities/suspend/moderation/cases/{case}/appeal"),
            &author.token,
            Some(r#"{"statement":"These are my own repaired watches, not an advert."}"#),
        )
        .await;
    assert_eq!(s, StatusCode::CREATED, "{b}");
    let second = h.person_with_role(&w, Role::Steward).await;
    let (s, b) = h
        .api(
            "POST",
            &format!("/api/v1/communities/suspend/moderation/cases/{case}/appeal/decision"),
            &second.token,
            Some(r#"{"outcome":"reversed","reason":"Selling one's own repairs is allowed here."}"#),
        )
        .await;
    assert_eq!(s, StatusCode::NO_CONTENT, "{b}");
    let (s, b) = h.flag(&w, &author, other, "spam").await;
    assert_eq!(s, StatusCode::CREATED, "the suspension is lifted: {b}");
    let (_, page) = h.get("/c/suspend", Some(&author.cookie)).await;
    assert!(!page.contains("You are suspended"), "{page}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_warning_is_recorded_and_a_suspension_ends_on_its_date() {
    let h = Harness::sqlite().await;
    let w = h.world("warn").await;
    let author = h.person_with_role(&w, Role::Member).await;
    let (other, _) = h.content_by(&w, &w.steward, "Another session").await;
    let (content, case) = hidden_content(&h, &w, &author, "Rude words here").await;
    let (s, b) = decide_with(&h, &w, &w.steward, case, "uphold", "warn", None).await;
    assert_eq!(s, StatusCode::NO_CONTENT, "{b}");
    let (_, b) = read(&h, &w, &author, content).await;
    assert_eq!(json(&b)["notice"]["sanction"], "warn", "{b}");
    assert!(json(&b)["notice"]["suspended_until"].is_null(), "{b}");
    // A warning does not stop posting.
    let (s, b) = h.flag(&w, &author, other, "spam").await;
    assert_eq!(s, StatusCode::CREATED, "{b}");
    let b = log_of(&h, &w, &w.steward).await;
    assert_eq!(log_actions(&b)[0], "warned", "{b}");
    let (_, audit) = h
        .api(
            "GET",
            "/api/v1/communities/warn/audit",
            &w.steward.token,
            None,
        )
        .await;
    assert!(audit.contains("moderation.warn"), "{audit}");

    // A suspension for a day ends by itself on the next request after it.
    let (content2, case2) = hidden_content(&h, &w, &author, "More rude words").await;
    let until = h.app.now() + DAY;
    let (s, b) = decide_with(&h, &w, &w.steward, case2, "uphold", "suspend", Some(until)).await;
    assert_eq!(s, StatusCode::NO_CONTENT, "{b}");
    let (third, _) = h.content_by(&w, &w.steward, "A third session").await;
    let (s, _) = h.flag(&w, &author, third, "spam").await;
    assert_eq!(s, StatusCode::FORBIDDEN);
    h.app.clock.advance(DAY + 1);
    let (s, b) = h.flag(&w, &author, third, "spam").await;
    assert_eq!(s, StatusCode::CREATED, "the suspension ended: {b}");
    let _ = content2;
}

async fn hide_appeal(h: Harness) {
    let w = h.world("early").await;
    let author = h.person_with_role(&w, Role::Member).await;
    let flagger = h.person_with_role(&w, Role::Curator).await;
    let (content, _) = h.content_by(&w, &author, "Buy followers cheaply").await;
    let (s, b) = h.flag(&w, &flagger, content, "spam").await;
    assert_eq!(s, StatusCode::CREATED, "{b}");
    let case = Harness::case_of(&b);
    make_steward(&h, &flagger).await;
    let base = format!("/api/v1/communities/early/moderation/cases/{case}");
    // Only the author appeals the automatic hide, once, before any decision.
    let statement = r#"{"statement":"This is a session about how follower fraud works."}"#;
    let member = h.person_with_role(&w, Role::Member).await;
    let (s, _) = h
        .api(
            "POST",
            &format!("{base}/appeal"),
            &member.token,
            Some(statement),
        )
        .await;
    assert_eq!(s, StatusCode::FORBIDDEN);
    let (s, b) = h
        .api(
            "POST",
            &format!("{base}/appeal"),
            &author.token,
            Some(statement),
        )
        .await;
    assert_eq!(s, StatusCode::CREATED, "{b}");
    let (s, _) = h
        .api(
            "POST",
            &format!("{base}/appeal"),
            &author.token,
            Some(statement),
        )
        .await;
    assert_eq!(s, StatusCode::CONFLICT, "one appeal per case");
    // While it waits, nobody decides the case past it.
    let curator = h.person_with_role(&w, Role::Curator).await;
    let (s, b) = h
        .api("POST", &format!("{base}/claim"), &curator.token, None)
        .await;
    assert_eq!(s, StatusCode::CONFLICT, "{b}");
    assert!(b.contains("appealed"), "{b}");
    let (_, q) = h
        .api(
            "GET",
            "/api/v1/communities/early/moderation/cases",
            &w.steward.token,
            None,
        )
        .await;
    assert!(
        json(&q)["appeals"]
            .as_array()
            .expect("appeals")
            .iter()
            .any(|c| c["case_id"] == case),
        "{q}"
    );

    // The schema itself refuses a flagger as the hearer, whatever the use-case does.
    let raw = h
        .app
        .store
        .conn()
        .execute_unprepared(&format!(
            "UPDATE hide_appeals SET decided_by = {} WHERE case_id = {case}",
            flagger.account.id
        ))
        .await;
    assert!(raw.is_err(), "a flagger recorded as hearer: {raw:?}");
    let by_store = convene_store::moderation::hear_hide(
        h.app.store.conn(),
        CaseId(case),
        convene_domain::ids::AccountId(flagger.account.id),
        convene_domain::moderation::AppealOutcome::Reversed,
        "The flagger tries to hear it anyway.",
        h.app.now(),
    )
    .await;
    assert!(
        matches!(by_store, Err(convene_store::StoreError::Duplicate(_))),
        "{by_store:?}"
    );

    // All at once: the flagger (a steward) is refused with why; one eligible steward decides.
    let e1 = h.person_with_role(&w, Role::Steward).await;
    let e2 = h.person_with_role(&w, Role::Steward).await;
    let answer =
        r#"{"outcome":"reversed","reason":"The session explains fraud, it does not sell it."}"#;
    let path = format!("{base}/appeal/decision");
    let (rf, r1, r2) = tokio::join!(
        h.api("POST", &path, &flagger.token, Some(answer)),
        h.api("POST", &path, &e1.token, Some(answer)),
        h.api("POST", &path, &e2.token, Some(answer)),
    );
    assert_eq!(rf.0, StatusCode::FORBIDDEN, "{rf:?}");
    assert!(rf.1.contains("flagged"), "{rf:?}");
    let mut eligible = [r1.0, r2.0];
    eligible.sort();
    assert_eq!(
        eligible,
        [StatusCode::NO_CONTENT, StatusCode::CONFLICT],
        "{r1:?} {r2:?}"
    );
    // Reversed: shown again, the case closed, the log says so.
    let (s, b) = read(&h, &w, &member, content).await;
    assert_eq!(s, StatusCode::OK, "{b}");
    assert_eq!(json(&b)["state"], "visible");
    let (s, _) = h
        .api("POST", &format!("{base}/claim"), &curator.token, None)
        .await;
    assert_eq!(s, StatusCode::CONFLICT, "decided by the appeal");
    let b = log_of(&h, &w, &member).await;
    assert_eq!(
        log_actions(&b)[..3],
        ["appeal_reversed", "appealed", "hidden"],
        "{b}"
    );
    let (_, audit) = h
        .api(
            "GET",
            "/api/v1/communities/early/audit",
            &w.steward.token,
            None,
        )
        .await;
    assert!(audit.contains("moderation.appeal_reversed"), "{audit}");
}

test_both_dbs!(
    an_automatic_hide_is_appealed_before_any_decision_to_a_steward_who_did_not_flag,
    |store| async move {
        hide_appeal(Harness::new(store, 10_000).await).await;
    }
);

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_authors_edit_asks_for_review_after_the_cool_down() {
    let h = Harness::sqlite().await;
    let w = h.world("edit").await;
    let author = h.person_with_role(&w, Role::Member).await;
    let (content, session) = h.content_by(&w, &author, "Cheap pills here").await;
    let mut case = 0;
    for _ in 0..3 {
        let m = h.person_with_role(&w, Role::Member).await;
        let (_, b) = h.flag(&w, &m, content, "spam").await;
        case = Harness::case_of(&b);
    }
    let curator = h.person_with_role(&w, Role::Curator).await;
    let base = format!("/api/v1/communities/edit/moderation/cases/{case}");
    let (s, _) = h
        .api("POST", &format!("{base}/claim"), &curator.token, None)
        .await;
    assert_eq!(s, StatusCode::NO_CONTENT);
    // The author edits the hidden description.
    let g = h.marketplace(&w).await;
    let ctx = h.allowed::<can::TakePart>(&author, "edit").await;
    let edited = h
        .app
        .edit_session(
            &ctx,
            g,
            SessionId(session),
            &SessionEdit {
                title: SessionTitle::parse("About medicine prices").expect("title"),
                description: Some(
                    SessionDescription::parse("Why medicine prices differ between countries")
                        .expect("description"),
                ),
                base: 1,
            },
        )
        .await;
    assert_eq!(edited.ok(), Some(2));
    let edit_at = h.app.now();
    // The claim is released, and the case waits for the cool-down (60 minutes by default).
    let decision = r#"{"outcome":"dismiss","reason":"The edited text is a fine session."}"#;
    let (s, _) = h
        .api(
            "POST",
            &format!("{base}/decision"),
            &curator.token,
            Some(decision),
        )
        .await;
    assert_eq!(s, StatusCode::CONFLICT, "the claim went with the edit");
    let (s, b) = h
        .api("POST", &format!("{base}/claim"), &curator.token, None)
        .await;
    assert_eq!(s, StatusCode::CONFLICT, "{b}");
    assert!(b.contains("cool-down"), "{b}");
    // The author is told; moderators see the edit, old and new text.
    let (_, b) = read(&h, &w, &author, content).await;
    assert_eq!(json(&b)["notice"]["review_from"], edit_at + 3600, "{b}");
    let (_, q) = h
        .api(
            "GET",
            "/api/v1/communities/edit/moderation/cases",
            &curator.token,
            None,
        )
        .await;
    let c = json(&q)["open"]
        .as_array()
        .expect("open")
        .iter()
        .find(|c| c["case_id"] == case)
        .cloned()
        .expect("the case");
    assert_eq!(c["edited_at"], edit_at, "{q}");
    assert_eq!(c["review_from"], edit_at + 3600, "{q}");
    let (_, page) = h.get("/c/edit/moderation", Some(&curator.cookie)).await;
    assert!(
        page.contains("removed: </span>Cheap pills here")
            && page.contains("added: </span>Why medicine prices differ between countries"),
        "{page}"
    );
    let b = log_of(&h, &w, &curator).await;
    assert_eq!(log_actions(&b)[0], "edited", "{b}");
    // After the cool-down the case is reviewed and decided.
    h.app.clock.advance(3601);
    let (s, b) = h
        .api("POST", &format!("{base}/claim"), &curator.token, None)
        .await;
    assert_eq!(s, StatusCode::NO_CONTENT, "{b}");
    let (s, b) = h
        .api(
            "POST",
            &format!("{base}/decision"),
            &curator.token,
            Some(decision),
        )
        .await;
    assert_eq!(s, StatusCode::NO_CONTENT, "{b}");
    let member = h.person_with_role(&w, Role::Member).await;
    let (_, b) = read(&h, &w, &member, content).await;
    assert_eq!(json(&b)["state"], "visible", "{b}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_steward_without_a_second_factor_cannot_act_through_change() {
    let h = Harness::sqlite().await;
    let w = h.world("factor").await;
    let author = h.person_with_role(&w, Role::Member).await;
    let flagger = h.person_with_role(&w, Role::Member).await;
    let (content, _) = h.content_by(&w, &author, "Questionable text").await;
    let (_, b) = h.flag(&w, &flagger, content, "spam").await;
    let case = CaseId(Harness::case_of(&b));
    let steward = h.person_with_role(&w, Role::Steward).await;
    // The proof was made before the community required a second factor …
    let allowed = h.allowed::<can::Moderate>(&steward, "factor").await;
    convene_store::second_factor::set_required(
        h.app.store.conn(),
        w.community_id,
        true,
        h.app.now(),
    )
    .await
    .expect("require");
    // … so only `App::change`, reading roles as `App::ctx` does, stands between it and the case.
    let r = h.app.claim_case(&allowed, case).await;
    assert!(matches!(r, Err(AppError::Denied(_))), "{r:?}");
    let q = convene_store::moderation::case(
        h.app.store.conn(),
        convene_domain::ids::CommunityId(w.community_id),
        case,
    )
    .await
    .expect("case");
    assert_eq!(q.claimed_by, None, "nothing written");
    // And the next request does not even make the proof.
    assert!(
        !h.ctx(&steward, "factor")
            .await
            .may(convene_domain::Permission::Moderate)
    );
}
