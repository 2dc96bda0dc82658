//! The community's audit log over the API, newest first.

use super::*;

#[derive(Serialize, ToSchema)]
pub struct AuditDto {
    id: i32,
    actor_id: Option<i32>,
    action: String,
    target: String,
    reason: String,
    at: i64,
    hash: String,
}

#[derive(Deserialize)]
pub(super) struct AuditQuery {
    before: Option<String>,
}

#[utoipa::path(get, path = "/api/v1/communities/{slug}/audit", params(("slug" = String, Path), ("before" = Option<i32>, Query)), responses((status = 200, body = [AuditDto]), (status = 403, body = ErrorDto)))]
pub(super) async fn audit(
    State(st): State<AppState>,
    ApiInside { ctx }: ApiInside,

    ApiQuery(q): ApiQuery<AuditQuery>,
) -> ApiResult<Json<Vec<AuditDto>>> {
    Ok(Json(
        st.app
            .audit_log(
                &ctx.require()?,
                q.before.as_deref().map(crate::form_id).transpose()?,
            )
            .await?
            .into_iter()
            .map(|e| AuditDto {
                id: e.id,
                actor_id: e.actor_id,
                action: e.action,
                target: e.target,
                reason: e.reason,
                at: e.at,
                hash: e.hash,
            })
            .collect(),
    ))
}
