//! Presence over the API, the law of two feet: check in to a session, check out. The same
//! use-cases and rules as the pages (a session running now or starting within 10 minutes).

use super::{ApiJson, ApiResult, ErrorDto};
use crate::AppState;
use crate::extract::{ApiInside, GatheringPath, Ids, SessionPath};
use axum::extract::State;
use axum::http::StatusCode;
use serde::Deserialize;
use utoipa::ToSchema;

#[derive(Deserialize, ToSchema, Default)]
#[serde(default)]
pub struct CheckInInput {
    /// Counted without the name.
    anonymous: bool,
}

#[utoipa::path(post, path = "/api/v1/communities/{slug}/gatherings/{id}/sessions/{sid}/checkin", params(("slug" = String, Path), ("id" = i32, Path), ("sid" = i32, Path)), request_body = CheckInInput, responses((status = 204), (status = 404, body = ErrorDto), (status = 409, body = ErrorDto, description = "not running now nor starting within 10 minutes, or not on the agenda")))]
pub async fn check_in(
    State(st): State<AppState>,
    ApiInside { ctx }: ApiInside,
    Ids(SessionPath { id, sid }): Ids<SessionPath>,
    ApiJson(input): ApiJson<CheckInInput>,
) -> ApiResult<StatusCode> {
    st.app
        .check_in(&ctx.require()?, id, sid, input.anonymous)
        .await?;
    Ok(StatusCode::NO_CONTENT)
}

#[utoipa::path(post, path = "/api/v1/communities/{slug}/gatherings/{id}/checkout", params(("slug" = String, Path), ("id" = i32, Path)), responses((status = 204), (status = 404, body = ErrorDto)))]
pub async fn check_out(
    State(st): State<AppState>,
    ApiInside { ctx }: ApiInside,
    Ids(GatheringPath { id }): Ids<GatheringPath>,
) -> ApiResult<StatusCode> {
    st.app.check_out(&ctx.require()?, id).await?;
    Ok(StatusCode::NO_CONTENT)
}
