//! The harvest over the API: a session's report (read with its history; saved on top of the
//! version it was written from, a stale save writing nothing and answering both texts), the
//! convergence dots and ranking, and actions (propose, volunteer, status). The same use-cases
//! and rules as the pages.

use super::{ApiJson, ApiResult, ErrorDto};
use crate::AppState;
use crate::extract::{ActionPath, ApiInside, GatheringPath, Ids, SessionPath};
use axum::Json;
use axum::extract::State;
use axum::http::StatusCode;
use convene_app::AppError;
use convene_domain::harvest::{ActionStatus, VoteTarget, due_on};
use convene_domain::ids::SessionId;
use convene_domain::text::{ActionTitle, ReportBody};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

#[derive(Serialize, ToSchema)]
pub struct RevisionDto {
    version: i32,
    author: String,
    /// Unix seconds.
    at: i64,
}

#[derive(Serialize, ToSchema)]
pub struct ReportDto {
    /// The version a save names as its `base` (0 before the first save).
    version: i32,
    body: String,
    /// Newest first.
    revisions: Vec<RevisionDto>,
    /// Co-writers who chose to be named in the proceedings.
    named: Vec<String>,
}

#[utoipa::path(get, path = "/api/v1/communities/{slug}/gatherings/{id}/sessions/{sid}/report", params(("slug" = String, Path), ("id" = i32, Path), ("sid" = i32, Path)), responses((status = 200, body = ReportDto)))]
pub async fn report(
    State(st): State<AppState>,
    ApiInside { ctx }: ApiInside,
    Ids(SessionPath { id, sid }): Ids<SessionPath>,
) -> ApiResult<Json<ReportDto>> {
    let r = st.app.report(&ctx.require()?, id, sid).await?;
    Ok(Json(ReportDto {
        version: r.version,
        body: r.body,
        revisions: r
            .revisions
            .into_iter()
            .map(|(version, author, at)| RevisionDto {
                version,
                author,
                at,
            })
            .collect(),
        named: r.named,
    }))
}

#[derive(Deserialize, ToSchema)]
pub struct ReportInput {
    #[schema(schema_with = super::limits::report_body)]
    body: String,
    /// The version this text was written from.
    base: i32,
}

#[derive(Serialize, ToSchema)]
pub struct SavedDto {
    version: i32,
}

#[utoipa::path(put, path = "/api/v1/communities/{slug}/gatherings/{id}/sessions/{sid}/report", params(("slug" = String, Path), ("id" = i32, Path), ("sid" = i32, Path)), request_body = ReportInput, responses((status = 200, body = SavedDto), (status = 409, body = ErrorDto, description = "reports are not open yet, or someone saved since `base`: nothing was written, and the answer holds `version`, `theirs` and `yours`")))]
pub async fn report_save(
    State(st): State<AppState>,
    ApiInside { ctx }: ApiInside,
    Ids(SessionPath { id, sid }): Ids<SessionPath>,
    ApiJson(input): ApiJson<ReportInput>,
) -> ApiResult<Json<SavedDto>> {
    let body = ReportBody::parse(&input.body)?;
    let version = st
        .app
        .save_report(&ctx.require()?, id, sid, &body, input.base)
        .await?;
    Ok(Json(SavedDto { version }))
}

#[derive(Serialize, ToSchema)]
pub struct RankedDto {
    /// `session` or `action`.
    target: String,
    id: i32,
    title: String,
    dots: i64,
    my_dots: i32,
}

#[derive(Serialize, ToSchema)]
pub struct VotesDto {
    dots_left: i32,
    /// Most dots first.
    ranking: Vec<RankedDto>,
}

#[utoipa::path(get, path = "/api/v1/communities/{slug}/gatherings/{id}/votes", params(("slug" = String, Path), ("id" = i32, Path)), responses((status = 200, body = VotesDto)))]
pub async fn votes(
    State(st): State<AppState>,
    ApiInside { ctx }: ApiInside,
    Ids(GatheringPath { id }): Ids<GatheringPath>,
) -> ApiResult<Json<VotesDto>> {
    let (rows, dots_left) = st.app.ranking(&ctx.require()?, id).await?;
    Ok(Json(VotesDto {
        dots_left,
        ranking: rows
            .into_iter()
            .map(|r| RankedDto {
                target: r.target.as_str().into(),
                id: r.id,
                title: r.title,
                dots: r.dots,
                my_dots: r.my_dots,
            })
            .collect(),
    }))
}

#[derive(Deserialize, ToSchema)]
pub struct VoteInput {
    #[schema(schema_with = super::limits::vote_target)]
    target: String,
    id: i32,
    /// true gives one dot, false takes one back.
    give: bool,
}

#[utoipa::path(post, path = "/api/v1/communities/{slug}/gatherings/{id}/votes", params(("slug" = String, Path), ("id" = i32, Path)), request_body = VoteInput, responses((status = 204), (status = 409, body = ErrorDto, description = "voting is not open, or no dot is left")))]
pub async fn vote(
    State(st): State<AppState>,
    ApiInside { ctx }: ApiInside,
    Ids(GatheringPath { id }): Ids<GatheringPath>,
    ApiJson(input): ApiJson<VoteInput>,
) -> ApiResult<StatusCode> {
    let target = VoteTarget::parse(&input.target)
        .ok_or_else(|| AppError::field("target", "session or action"))?;
    st.app
        .vote(&ctx.require()?, id, (target, input.id), input.give)
        .await?;
    Ok(StatusCode::NO_CONTENT)
}

#[derive(Serialize, ToSchema)]
pub struct ActionDto {
    id: i32,
    title: String,
    /// The session it came from.
    session: Option<String>,
    due_on: Option<String>,
    status: String,
    owners: Vec<String>,
    dots: i64,
    /// Whether the caller owns it.
    mine: bool,
}

#[utoipa::path(get, path = "/api/v1/communities/{slug}/gatherings/{id}/actions", params(("slug" = String, Path), ("id" = i32, Path)), responses((status = 200, body = [ActionDto])))]
pub async fn actions(
    State(st): State<AppState>,
    ApiInside { ctx }: ApiInside,
    Ids(GatheringPath { id }): Ids<GatheringPath>,
) -> ApiResult<Json<Vec<ActionDto>>> {
    let list = st.app.actions(&ctx.require()?, id).await?;
    Ok(Json(
        list.into_iter()
            .map(|a| ActionDto {
                id: a.id,
                title: a.title,
                session: a.session,
                due_on: a.due_on,
                status: a.status.as_str().into(),
                owners: a.owners,
                dots: a.dots,
                mine: a.mine,
            })
            .collect(),
    ))
}

#[derive(Deserialize, ToSchema)]
pub struct ActionInput {
    #[schema(schema_with = super::limits::action_title)]
    title: String,
    /// The session it comes out of, if any.
    #[serde(default)]
    session_id: Option<i32>,
    #[serde(default)]
    #[schema(schema_with = super::limits::due_date)]
    due_on: Option<String>,
}

#[derive(Serialize, ToSchema)]
pub struct CreatedAction {
    id: i32,
}

#[utoipa::path(post, path = "/api/v1/communities/{slug}/gatherings/{id}/actions", params(("slug" = String, Path), ("id" = i32, Path)), request_body = ActionInput, responses((status = 201, body = CreatedAction), (status = 409, body = ErrorDto, description = "actions open when the sessions begin")))]
pub async fn action_create(
    State(st): State<AppState>,
    ApiInside { ctx }: ApiInside,
    Ids(GatheringPath { id }): Ids<GatheringPath>,
    ApiJson(input): ApiJson<ActionInput>,
) -> ApiResult<(StatusCode, Json<CreatedAction>)> {
    let title = ActionTitle::parse(&input.title)?;
    let due = due_on(input.due_on.as_deref().unwrap_or(""))?;
    let a = st
        .app
        .propose_action(
            &ctx.require()?,
            id,
            &title,
            input.session_id.map(SessionId),
            due.as_deref(),
        )
        .await?;
    Ok((StatusCode::CREATED, Json(CreatedAction { id: a.get() })))
}

#[derive(Deserialize, ToSchema)]
pub struct VolunteerInput {
    /// true to own the action, false to step back.
    on: bool,
}

#[utoipa::path(put, path = "/api/v1/communities/{slug}/gatherings/{id}/actions/{aid}/volunteer", params(("slug" = String, Path), ("id" = i32, Path), ("aid" = i32, Path)), request_body = VolunteerInput, responses((status = 204), (status = 409, body = ErrorDto, description = "the action is done or dropped")))]
pub async fn volunteer(
    State(st): State<AppState>,
    ApiInside { ctx }: ApiInside,
    Ids(ActionPath { id, aid }): Ids<ActionPath>,
    ApiJson(input): ApiJson<VolunteerInput>,
) -> ApiResult<StatusCode> {
    st.app.volunteer(&ctx.require()?, id, aid, input.on).await?;
    Ok(StatusCode::NO_CONTENT)
}

#[derive(Deserialize, ToSchema)]
pub struct StatusInput {
    #[schema(schema_with = super::limits::action_status)]
    status: String,
}

#[utoipa::path(put, path = "/api/v1/communities/{slug}/gatherings/{id}/actions/{aid}/status", params(("slug" = String, Path), ("id" = i32, Path), ("aid" = i32, Path)), request_body = StatusInput, responses((status = 204), (status = 409, body = ErrorDto)))]
pub async fn action_status(
    State(st): State<AppState>,
    ApiInside { ctx }: ApiInside,
    Ids(ActionPath { id, aid }): Ids<ActionPath>,
    ApiJson(input): ApiJson<StatusInput>,
) -> ApiResult<StatusCode> {
    let status = ActionStatus::parse(&input.status)
        .ok_or_else(|| AppError::field("status", "open, doing, done or dropped"))?;
    st.app
        .set_action_status(&ctx.require()?, id, aid, status)
        .await?;
    Ok(StatusCode::NO_CONTENT)
}
