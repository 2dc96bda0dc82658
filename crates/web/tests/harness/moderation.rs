//! Helpers for governance tests: content written by someone, flags, decided and appealed
//! cases, and the role × action walk's attempts for the governance permissions.

use super::*;
use convene_app::agenda::SessionForm;
use convene_app::can;
use convene_domain::content::{ContentKind, ContentRef, Visibility};
use convene_domain::gathering::Rsvp;
use convene_domain::ids::GatheringId;
use convene_domain::text::{SessionDescription, SessionTitle};

impl Harness {
    /// The world's gathering in its marketplace (made the first time it is asked for).
    pub async fn marketplace(&self, w: &World) -> GatheringId {
        let ctx = self.allowed::<can::TakePart>(&w.steward, &w.slug).await;
        let list = self.app.gatherings(&ctx).await.expect("gatherings");
        match list.iter().find(|g| g.phase == "marketplace") {
            Some(g) => GatheringId(g.id),
            None => GatheringId(crate::gatherings::open_space(self, w).await.id),
        }
    }

    /// A session convened by `author` in the world's gathering: its description's
    /// `(content_id, session_id)`.
    pub async fn content_by(&self, w: &World, author: &Person, text: &str) -> (i32, i32) {
        let g = self.marketplace(w).await;
        let ctx = self.allowed::<can::TakePart>(author, &w.slug).await;
        self.app.rsvp(&ctx, g, Rsvp::Yes).await.expect("rsvp");
        let s = self
            .app
            .convene(
                &ctx,
                g,
                &SessionForm {
                    title: SessionTitle::parse(&format!("About {text}")).expect("title"),
                    description: Some(SessionDescription::parse(text).expect("description")),
                    needs: String::new(),
                    co_conveners: vec![],
                    visibility: Visibility::Network,
                },
            )
            .await
            .expect("convene");
        let c = convene_store::contents::get(
            self.app.store.conn(),
            ContentRef::new(ContentKind::Session, s.id),
        )
        .await
        .expect("content")
        .expect("description");
        (c.id.get(), s.id)
    }

    /// `who` flags content over the API: the status and the answer.
    pub async fn flag(
        &self,
        w: &World,
        who: &Person,
        content: i32,
        reason: &str,
    ) -> (StatusCode, String) {
        self.api(
            "POST",
            &format!("/api/v1/communities/{}/content/{content}/flags", w.slug),
            &who.token,
            Some(&format!(
                r#"{{"reason":"{reason}","note":"seen in the test"}}"#
            )),
        )
        .await
    }

    /// The case id in a flag's answer.
    pub fn case_of(body: &str) -> i32 {
        let v: serde_json::Value = serde_json::from_str(body).expect("json");
        v["case_id"].as_i64().expect("case_id") as i32
    }

    /// `who` claims and decides a case over the API.
    pub async fn decide(
        &self,
        w: &World,
        who: &Person,
        case: i32,
        outcome: &str,
    ) -> (StatusCode, String) {
        let base = format!("/api/v1/communities/{}/moderation/cases/{case}", w.slug);
        let (s, b) = self
            .api("POST", &format!("{base}/claim"), &who.token, None)
            .await;
        if s != StatusCode::NO_CONTENT {
            return (s, b);
        }
        self.api(
            "POST",
            &format!("{base}/decision"),
            &who.token,
            Some(&format!(
                r#"{{"outcome":"{outcome}","reason":"The flags describe this content well."}}"#
            )),
        )
        .await
    }

    /// A case on content by a new member, flagged by a new curator (which hides it), upheld
    /// by `decider`, and appealed by its author: `(case, author, flagger)`.
    pub async fn appealed_case(&self, w: &World, decider: &Person) -> (i32, Person, Person) {
        let author = self.person_with_role(w, Role::Member).await;
        let flagger = self.person_with_role(w, Role::Curator).await;
        let (content, _) = self.content_by(w, &author, "Buy cheap watches here").await;
        let (s, b) = self.flag(w, &flagger, content, "spam").await;
        assert_eq!(s, StatusCode::CREATED, "{b}");
        let case = Self::case_of(&b);
        let (s, b) = self.decide(w, decider, case, "uphold").await;
        assert_eq!(s, StatusCode::NO_CONTENT, "{b}");
        let (s, b) = self
            .api(
                "POST",
                &format!(
                    "/api/v1/communities/{}/moderation/cases/{case}/appeal",
                    w.slug
                ),
                &author.token,
                Some(r#"{"statement":"It is a session about repairing watches, not an advert."}"#),
            )
            .await;
        assert_eq!(s, StatusCode::CREATED, "{b}");
        (case, author, flagger)
    }

    /// The role × action walk's attempt for a governance permission.
    pub async fn attempt_governance(
        &self,
        w: &World,
        who: &Person,
        p: Permission,
        via_api: bool,
    ) -> (StatusCode, String) {
        let slug = &w.slug;
        let base = format!("/api/v1/communities/{slug}");
        let c = Some(who.cookie.as_str());
        let t = &who.token;
        let author = self.person_with_role(w, Role::Member).await;
        match (p, via_api) {
            (Permission::Flag, api) => {
                let (content, sid) = self
                    .content_by(w, &author, "A session on river walks")
                    .await;
                if api {
                    self.flag(w, who, content, "off_topic").await
                } else {
                    let g = self.marketplace(w).await;
                    let back = format!("/c/{slug}/g/{g}/s/{sid}");
                    self.post(
                        &format!("/c/{slug}/content/{content}/flag"),
                        c,
                        &format!("reason=spam&note=&back={}", enc(&back)),
                    )
                    .await
                }
            }
            (Permission::Moderate, false) => self.get(&format!("/c/{slug}/moderation"), c).await,
            (Permission::Moderate, true) => {
                let (content, _) = self
                    .content_by(w, &author, "A session on boat repair")
                    .await;
                let member = self.person_with_role(w, Role::Member).await;
                let (s, b) = self.flag(w, &member, content, "spam").await;
                assert_eq!(s, StatusCode::CREATED, "{b}");
                let case = Self::case_of(&b);
                self.api(
                    "POST",
                    &format!("{base}/moderation/cases/{case}/claim"),
                    t,
                    None,
                )
                .await
            }
            (Permission::HearAppeal, api) => {
                let (case, _, _) = self.appealed_case(w, &w.steward).await;
                if api {
                    self.api("POST", &format!("{base}/moderation/cases/{case}/appeal/decision"), t, Some(r#"{"outcome":"reversed","reason":"The session is about repair, as the author says."}"#)).await
                } else {
                    self.post(
                        &format!("/c/{slug}/moderation/{case}/appeal/decision"),
                        c,
                        "outcome=upheld&reason=The+decision+fits+the+code+of+conduct.",
                    )
                    .await
                }
            }
            (Permission::ViewModerationLog, false) => {
                self.get(&format!("/c/{slug}/moderation/log"), c).await
            }
            (Permission::ViewModerationLog, true) => {
                self.api("GET", &format!("{base}/moderation/log"), t, None)
                    .await
            }
            _ => unreachable!("not a governance permission: {p:?}"),
        }
    }
}
