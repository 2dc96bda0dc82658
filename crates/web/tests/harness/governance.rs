//! Helpers for governance tests: proposals, responses, closing, and the walk's attempts.

use super::*;

impl Harness {
    /// Opens a decision on one change over the API; returns its id.
    pub async fn propose(&self, w: &World, who: &Person, change: &str) -> i32 {
        let (s, b) = self
            .api(
                "POST",
                &format!("/api/v1/communities/{}/decisions", w.slug),
                &who.token,
                Some(&format!(
                    r#"{{"title":"A change","rationale":"We talked about this at the last gathering.","options":[{change}]}}"#
                )),
            )
            .await;
        assert_eq!(s, StatusCode::CREATED, "{b}");
        serde_json::from_str::<serde_json::Value>(&b).expect("json")["decision_id"]
            .as_i64()
            .expect("id") as i32
    }

    /// A response (consent stance or ballot JSON fields) to a decision.
    pub async fn respond(
        &self,
        w: &World,
        who: &Person,
        d: i32,
        body: &str,
    ) -> (StatusCode, String) {
        self.api(
            "POST",
            &format!("/api/v1/communities/{}/decisions/{d}/responses", w.slug),
            &who.token,
            Some(body),
        )
        .await
    }

    pub async fn close(&self, w: &World, who: &Person, d: i32) -> (StatusCode, String) {
        self.api(
            "POST",
            &format!("/api/v1/communities/{}/decisions/{d}/close", w.slug),
            &who.token,
            Some("{}"),
        )
        .await
    }

    /// The role × action walk's attempt for a decision-process permission.
    pub async fn attempt_deliberation(
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
        match (p, via_api) {
            (Permission::ViewGovernance, false) => self.get(&format!("/c/{slug}/governance"), c).await,
            (Permission::ViewGovernance, true) => self.api("GET", &format!("{base}/governance"), t, None).await,
            (Permission::Deliberate, false) => {
                self.post(&format!("/c/{slug}/governance/decisions"), c, "title=Lower+the+threshold&rationale=Two+members+should+be+enough+here.&kind=threshold&threshold=2").await
            }
            (Permission::Deliberate, true) => {
                self.api("POST", &format!("{base}/decisions"), t, Some(r#"{"title":"Lower","rationale":"Two members should be enough here.","options":[{"change":"threshold","threshold":20}]}"#)).await
            }
            (Permission::AcceptPolicy, false) => self.post(&format!("/c/{slug}/governance/accept"), c, "").await,
            (Permission::AcceptPolicy, true) => self.api("POST", &format!("{base}/policies/accept"), t, None).await,
            _ => unreachable!("not a decision permission: {p:?}"),
        }
    }
}
