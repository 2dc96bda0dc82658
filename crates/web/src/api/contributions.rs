//! Contributions over the API: submit one (members and guests), read one (its author,
//! curators, anyone once published), the curators' queue and their decision with a reason.

use super::{ApiJson, ApiResult};
use crate::AppState;
use crate::extract::{ApiCan, ApiInside, Ids};
use crate::pages::contributions::input;
use axum::Json;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use convene_app::{AppError, can};
use convene_domain::contribution::Outcome;
use convene_domain::ids::ContributionId;
use convene_domain::text::Reason;
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

#[derive(Debug, Clone, Copy, Deserialize)]
pub struct ContributionIdPath {
    pub id: ContributionId,
}

#[derive(Deserialize, ToSchema)]
pub struct ContributionInput {
    #[schema(schema_with = super::limits::contribution_title)]
    title: String,
    #[schema(schema_with = super::limits::contribution_summary)]
    summary: String,
    #[schema(schema_with = super::limits::contribution_body)]
    body: String,
    /// Default CC-BY-SA-4.0.
    #[serde(default)]
    #[schema(schema_with = super::limits::license)]
    license: Option<String>,
    /// Whom the public page credits (default: your name).
    #[serde(default)]
    #[schema(schema_with = super::limits::attribution)]
    attribution: Option<String>,
}

#[derive(Serialize, ToSchema)]
pub struct ContributionCreated {
    id: i32,
    content_id: i32,
}

#[utoipa::path(post, path = "/api/v1/communities/{slug}/contributions", params(("slug" = String, Path)), request_body = ContributionInput, responses((status = 201, body = ContributionCreated), (status = 429, description = "posting too fast; see Retry-After")))]
pub async fn contribution_create(
    State(st): State<AppState>,
    ApiInside { ctx }: ApiInside,
    ApiJson(i): ApiJson<ContributionInput>,
) -> ApiResult<Response> {
    if let Err(e) = st.limit_posting(ctx.member().account_id.get()) {
        return Ok(e.posting_json());
    }
    let new = input(
        &i.title,
        &i.summary,
        &i.body,
        i.license.as_deref().unwrap_or(""),
        i.attribution.as_deref().unwrap_or(""),
    )?;
    let (id, content) = st.app.submit_contribution(&ctx.require()?, new).await?;
    Ok((
        StatusCode::CREATED,
        Json(ContributionCreated {
            id: id.get(),
            content_id: content.get(),
        }),
    )
        .into_response())
}

#[derive(Serialize, ToSchema)]
pub struct ContributionDto {
    id: i32,
    content_id: i32,
    title: String,
    summary: String,
    body: String,
    license: String,
    attribution: String,
    /// waiting, changes, accepted or declined.
    state: String,
    /// The last decision's reason (empty before one).
    reason: String,
    version: i32,
}

#[utoipa::path(get, path = "/api/v1/communities/{slug}/contributions/{id}", params(("slug" = String, Path), ("id" = i32, Path)), responses((status = 200, body = ContributionDto)))]
pub async fn contribution(
    State(st): State<AppState>,
    ApiInside { ctx }: ApiInside,
    Ids(ContributionIdPath { id }): Ids<ContributionIdPath>,
) -> ApiResult<Json<ContributionDto>> {
    let v = st.app.contribution(&ctx.require()?, id).await?;
    Ok(Json(ContributionDto {
        id: v.row.id,
        content_id: v.content.id.get(),
        title: v.row.title,
        summary: v.row.summary,
        body: v.content.body,
        license: v.row.license,
        attribution: v.row.attribution,
        state: v.row.state,
        reason: v.row.reason,
        version: v.content.version,
    }))
}

#[derive(Serialize, ToSchema)]
pub struct CurationItemDto {
    id: i32,
    title: String,
    state: String,
    updated_at: i64,
}

#[utoipa::path(get, path = "/api/v1/communities/{slug}/contributions/queue", params(("slug" = String, Path)), responses((status = 200, body = [CurationItemDto])))]
pub async fn queue(
    State(st): State<AppState>,
    ApiCan { ctx }: ApiCan<can::CurateContributions>,
) -> ApiResult<Json<Vec<CurationItemDto>>> {
    Ok(Json(
        st.app
            .curation_queue(&ctx)
            .await?
            .into_iter()
            .map(|c| CurationItemDto {
                id: c.id,
                title: c.title,
                state: c.state,
                updated_at: c.updated_at,
            })
            .collect(),
    ))
}

#[derive(Deserialize, ToSchema)]
pub struct CurationDecisionInput {
    #[schema(schema_with = super::limits::outcome)]
    outcome: String,
    #[schema(schema_with = super::limits::reason)]
    reason: String,
}

#[utoipa::path(post, path = "/api/v1/communities/{slug}/contributions/{id}/decision", params(("slug" = String, Path), ("id" = i32, Path)), request_body = CurationDecisionInput, responses((status = 204), (status = 409, body = super::ErrorDto, description = "already decided")))]
pub async fn decision(
    State(st): State<AppState>,
    ApiCan { ctx }: ApiCan<can::CurateContributions>,
    Ids(ContributionIdPath { id }): Ids<ContributionIdPath>,
    ApiJson(i): ApiJson<CurationDecisionInput>,
) -> ApiResult<StatusCode> {
    let outcome = Outcome::parse(&i.outcome)
        .ok_or_else(|| AppError::field("outcome", "choose accept, changes or decline"))?;
    let reason = Reason::parse(&i.reason)?;
    st.app
        .decide_contribution(&ctx, id, outcome, &reason)
        .await?;
    Ok(StatusCode::NO_CONTENT)
}
