//! What moderation adds to hidden content (a warning or suspension with the decision, the
//! author's edit waiting for review) reaches exactly those who read the hidden content: its
//! author and the community's stewards and curators, on the page and over the API.

use crate::harness::*;
use axum::http::StatusCode;
use convene_app::can;
use convene_app::session_edit::SessionEdit;
use convene_domain::Role;
use convene_domain::ids::SessionId;
use convene_domain::text::{SessionDescription, SessionTitle};

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn sanctions_and_edits_for_review_reach_only_the_author_and_moderators() {
    let h = Harness::sqlite().await;
    let w = h.world("sanct").await;
    let other = h.world("elsewhere").await;
    let author = h.person_with_role(&w, Role::Member).await;
    let flagger = h.person_with_role(&w, Role::Curator).await;
    let g = h.marketplace(&w).await;
    // One description hidden and upheld with a warning; one hidden and edited by its author.
    let (warned, warned_sid) = h.content_by(&w, &author, "Warned-text").await;
    let (edited, edited_sid) = h.content_by(&w, &author, "Edited-text").await;
    let (_, b) = h.flag(&w, &flagger, warned, "spam").await;
    let case = Harness::case_of(&b);
    let base = format!("/api/v1/communities/sanct/moderation/cases/{case}");
    let (s, _) = h
        .api("POST", &format!("{base}/claim"), &w.steward.token, None)
        .await;
    assert_eq!(s, StatusCode::NO_CONTENT);
    let (s, b) = h
        .api(
            "POST",
            &format!("{base}/decision"),
            &w.steward.token,
            Some(r#"{"outcome":"uphold","action":"warn","reason":"Advertising is not a session here."}"#),
        )
        .await;
    assert_eq!(s, StatusCode::NO_CONTENT, "{b}");
    let (s, _) = h.flag(&w, &flagger, edited, "harmful").await;
    assert_eq!(s, StatusCode::CREATED);
    let ctx = h.allowed::<can::TakePart>(&author, "sanct").await;
    h.app
        .edit_session(
            &ctx,
            g,
            SessionId(edited_sid),
            &SessionEdit {
                title: SessionTitle::parse("About Edited-text").expect("title"),
                description: Some(SessionDescription::parse("Edited-text, kinder").expect("d")),
                base: 1,
            },
        )
        .await
        .expect("edit");
    let curator = h.person_with_role(&w, Role::Curator).await;
    let member = h.person_with_role(&w, Role::Member).await;
    let guest = h.person_with_role(&w, Role::Guest).await;
    let readers: [(&str, Option<&Person>, bool); 7] = [
        ("author", Some(&author), true),
        ("steward", Some(&w.steward), true),
        ("curator", Some(&curator), true),
        ("member", Some(&member), false),
        ("guest", Some(&guest), false),
        ("signed out", None, false),
        ("another community", Some(&other.steward), false),
    ];
    let mut checked = 0;
    for (who, person, reads) in readers {
        let cookie = person.map(|p| p.cookie.as_str());
        let token = person.map_or("", |p| p.token.as_str());
        for (content, sid, says) in [
            (warned, warned_sid, "warned with this decision"),
            (edited, edited_sid, "for review: after"),
        ] {
            let (status, body) = h
                .get(&format!("/c/sanct/g/{}/s/{sid}", g.get()), cookie)
                .await;
            let seen = status == StatusCode::OK && body.contains(says);
            assert_eq!(seen, reads, "{who}: session page {sid} ({status})");
            let (status, body) = h
                .api(
                    "GET",
                    &format!("/api/v1/communities/sanct/content/{content}"),
                    token,
                    None,
                )
                .await;
            let v: serde_json::Value = serde_json::from_str(&body).unwrap_or_default();
            let told = status == StatusCode::OK
                && (v["notice"]["sanction"] == "warn" || v["notice"]["review_from"].is_i64());
            assert_eq!(told, reads, "{who}: content {content} ({status}) {body}");
            checked += 2;
        }
    }
    assert_eq!(checked, 7 * 4);
}
