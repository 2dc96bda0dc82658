//! Helpers for peer editing: suggestions over the API, and the walk's attempts.

use super::*;

impl Harness {
    /// `who` suggests `body` for content at `base` over the API.
    pub async fn suggest(
        &self,
        w: &World,
        who: &Person,
        content: i32,
        base: i32,
        body: &str,
    ) -> (StatusCode, String) {
        self.api(
            "POST",
            &format!(
                "/api/v1/communities/{}/content/{content}/suggestions",
                w.slug
            ),
            &who.token,
            Some(
                &serde_json::json!({"base_version": base, "body": body, "note": "clearer"})
                    .to_string(),
            ),
        )
        .await
    }

    /// A pending suggestion by a new member on a new member's session description:
    /// `(content, suggestion)`.
    pub async fn pending_suggestion(&self, w: &World) -> (i32, i32) {
        let author = self.person_with_role(w, Role::Member).await;
        let other = self.person_with_role(w, Role::Member).await;
        let (content, _) = self.content_by(w, &author, "A walk along the river").await;
        let (s, b) = self
            .suggest(w, &other, content, 1, "A walk along the river, with lunch.")
            .await;
        assert_eq!(s, StatusCode::CREATED, "{b}");
        let v: serde_json::Value = serde_json::from_str(&b).expect("json");
        (content, v["suggestion_id"].as_i64().expect("id") as i32)
    }

    /// The role × action walk's attempt for a peer-editing permission.
    pub async fn attempt_edits(
        &self,
        w: &World,
        who: &Person,
        p: Permission,
        via_api: bool,
    ) -> (StatusCode, String) {
        let slug = &w.slug;
        let c = Some(who.cookie.as_str());
        match (p, via_api) {
            (Permission::SuggestEdit, api) => {
                let author = self.person_with_role(w, Role::Member).await;
                let (content, _) = self.content_by(w, &author, "Mending nets").await;
                if api {
                    self.suggest(w, who, content, 1, "Mending nets together.")
                        .await
                } else {
                    self.post(
                        &format!("/c/{slug}/content/{content}/suggestions"),
                        c,
                        "base_version=1&body=Mending+nets+together.&note=",
                    )
                    .await
                }
            }
            (Permission::ReviewEdits, api) => {
                let (content, id) = self.pending_suggestion(w).await;
                let path = format!("content/{content}/suggestions/{id}/accept");
                if api {
                    self.api(
                        "POST",
                        &format!("/api/v1/communities/{slug}/{path}"),
                        &who.token,
                        None,
                    )
                    .await
                } else {
                    self.post(&format!("/c/{slug}/{path}"), c, "").await
                }
            }
            _ => unreachable!("not a peer-editing permission: {p:?}"),
        }
    }
}
