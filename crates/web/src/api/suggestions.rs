//! Peer editing and governance health over the API: suggest an edit to any content, accept or
//! decline it, read the history with diffs, revert; the health figures as JSON.

use super::{ApiJson, ApiResult, ErrorDto};
use crate::AppState;
use crate::extract::{ApiCan, Ids};
use axum::Json;
use axum::Router;
use axum::extract::State;
use axum::http::StatusCode;
use axum::routing::{get, post};
use convene_app::can;
use convene_app::governance::DiffLine;
use convene_domain::ids::ContentId;
use serde::{Deserialize, Serialize};
use utoipa::{OpenApi, ToSchema};

pub fn routes() -> Router<AppState> {
    Router::new()
        .route(
            "/communities/{slug}/content/{content_id}/suggestions",
            get(suggestions).post(suggest),
        )
        .route(
            "/communities/{slug}/content/{content_id}/suggestions/{suggestion_id}/accept",
            post(accept),
        )
        .route(
            "/communities/{slug}/content/{content_id}/suggestions/{suggestion_id}/decline",
            post(decline),
        )
        .route(
            "/communities/{slug}/content/{content_id}/revisions",
            get(revisions),
        )
        .route(
            "/communities/{slug}/content/{content_id}/revert",
            post(revert),
        )
        .route("/communities/{slug}/governance/health", get(health))
}

#[derive(OpenApi)]
#[openapi(
    paths(suggestions, suggest, accept, decline, revisions, revert, health),
    components(schemas(
        EditDiffLineDto,
        EditSuggestionDto,
        EditSuggestionsDto,
        EditSuggestionInput,
        EditSuggestionCreated,
        EditDeclineInput,
        EditRevisionDto,
        EditRevisionsDto,
        EditRevertInput,
        EditSavedDto,
        HealthMonthDto,
        HealthFigureDto,
        HealthReportDto
    ))
)]
pub struct PeerEditDoc;

/// `/…/content/{content_id}`
#[derive(Debug, Clone, Copy, Deserialize)]
pub struct ContentPath {
    pub content_id: ContentId,
}

/// `/…/content/{content_id}/suggestions/{suggestion_id}`
#[derive(Debug, Clone, Copy, Deserialize)]
pub struct SuggestionPath {
    pub content_id: ContentId,
    pub suggestion_id: i32,
}

#[derive(Serialize, ToSchema)]
pub struct EditDiffLineDto {
    /// "+" added, "-" removed, " " unchanged.
    tag: String,
    text: String,
}

fn lines(d: Vec<DiffLine>) -> Vec<EditDiffLineDto> {
    d.into_iter()
        .map(|l| EditDiffLineDto {
            tag: l.tag.to_string(),
            text: l.text,
        })
        .collect()
}

#[derive(Serialize, ToSchema)]
pub struct EditSuggestionDto {
    suggestion_id: i32,
    content_id: i32,
    /// The version it was written on.
    base_version: i32,
    body: String,
    note: String,
    /// pending, accepted, declined or withdrawn
    state: String,
    /// The reason given on decline.
    reason: String,
    by: String,
    decided_by: Option<String>,
    /// The revision an accepted suggestion became.
    revision: Option<i32>,
    created_at: i64,
    diff: Vec<EditDiffLineDto>,
}

#[derive(Serialize, ToSchema)]
pub struct EditSuggestionsDto {
    content_id: i32,
    version: i32,
    may_suggest: bool,
    may_decide: bool,
    suggestions: Vec<EditSuggestionDto>,
}

#[utoipa::path(get, path = "/api/v1/communities/{slug}/content/{content_id}/suggestions", params(("slug" = String, Path), ("content_id" = i32, Path)), responses((status = 200, body = EditSuggestionsDto), (status = 404, body = ErrorDto)))]
pub async fn suggestions(
    State(st): State<AppState>,
    ApiCan { ctx }: ApiCan<can::TakePart>,
    Ids(ContentPath { content_id }): Ids<ContentPath>,
) -> ApiResult<Json<EditSuggestionsDto>> {
    let e = st.app.edits(&ctx, content_id).await?;
    Ok(Json(EditSuggestionsDto {
        content_id: e.content.id.get(),
        version: e.content.version,
        may_suggest: e.may_suggest,
        may_decide: e.may_decide,
        suggestions: e
            .suggestions
            .into_iter()
            .map(|v| EditSuggestionDto {
                suggestion_id: v.suggestion.id,
                content_id: v.suggestion.content.get(),
                base_version: v.suggestion.base_version,
                body: v.suggestion.body,
                note: v.suggestion.note,
                state: v.suggestion.state.as_str().into(),
                reason: v.suggestion.reason,
                by: v.author_name,
                decided_by: v.decided_by_name,
                revision: v.suggestion.revision,
                created_at: v.suggestion.created_at,
                diff: lines(v.diff),
            })
            .collect(),
    }))
}

#[derive(Deserialize, ToSchema)]
pub struct EditSuggestionInput {
    /// The content's version the suggestion is written on.
    base_version: i32,
    /// The whole new text.
    #[schema(max_length = 60000)]
    body: String,
    /// Why (optional).
    #[serde(default)]
    #[schema(max_length = 500)]
    note: String,
}

#[derive(Serialize, ToSchema)]
pub struct EditSuggestionCreated {
    suggestion_id: i32,
}

#[utoipa::path(post, path = "/api/v1/communities/{slug}/content/{content_id}/suggestions", params(("slug" = String, Path), ("content_id" = i32, Path)), request_body = EditSuggestionInput, responses((status = 201, body = EditSuggestionCreated), (status = 409, body = ErrorDto, description = "the text changed since that version, or you wrote it"), (status = 404, body = ErrorDto)))]
pub async fn suggest(
    State(st): State<AppState>,
    ApiCan { ctx }: ApiCan<can::SuggestEdit>,
    Ids(ContentPath { content_id }): Ids<ContentPath>,
    ApiJson(input): ApiJson<EditSuggestionInput>,
) -> ApiResult<(StatusCode, Json<EditSuggestionCreated>)> {
    let s = st
        .app
        .suggest_edit(
            &ctx,
            content_id,
            input.base_version,
            &input.body,
            &input.note,
        )
        .await?;
    Ok((
        StatusCode::CREATED,
        Json(EditSuggestionCreated {
            suggestion_id: s.id,
        }),
    ))
}

#[derive(Serialize, ToSchema)]
pub struct EditSavedDto {
    /// The content's new version.
    version: i32,
}

#[utoipa::path(post, path = "/api/v1/communities/{slug}/content/{content_id}/suggestions/{suggestion_id}/accept", params(("slug" = String, Path), ("content_id" = i32, Path), ("suggestion_id" = i32, Path)), responses((status = 200, body = EditSavedDto), (status = 409, body = ErrorDto, description = "decided already, or the text changed since")))]
pub async fn accept(
    State(st): State<AppState>,
    ApiCan { ctx }: ApiCan<can::TakePart>,
    Ids(SuggestionPath {
        content_id,
        suggestion_id,
    }): Ids<SuggestionPath>,
) -> ApiResult<Json<EditSavedDto>> {
    let version = st
        .app
        .accept_suggestion(&ctx, content_id, suggestion_id)
        .await?;
    Ok(Json(EditSavedDto { version }))
}

#[derive(Deserialize, ToSchema)]
pub struct EditDeclineInput {
    /// At least a sentence, for the person who suggested it (optional when withdrawing
    /// one's own).
    #[serde(default)]
    #[schema(max_length = 2000)]
    reason: String,
}

#[utoipa::path(post, path = "/api/v1/communities/{slug}/content/{content_id}/suggestions/{suggestion_id}/decline", params(("slug" = String, Path), ("content_id" = i32, Path), ("suggestion_id" = i32, Path)), request_body = EditDeclineInput, responses((status = 204), (status = 409, body = ErrorDto, description = "decided already")))]
pub async fn decline(
    State(st): State<AppState>,
    ApiCan { ctx }: ApiCan<can::TakePart>,
    Ids(SuggestionPath {
        content_id,
        suggestion_id,
    }): Ids<SuggestionPath>,
    ApiJson(input): ApiJson<EditDeclineInput>,
) -> ApiResult<StatusCode> {
    st.app
        .decline_suggestion(&ctx, content_id, suggestion_id, &input.reason)
        .await?;
    Ok(StatusCode::NO_CONTENT)
}

#[derive(Serialize, ToSchema)]
pub struct EditRevisionDto {
    version: i32,
    at: i64,
    by: String,
    body: String,
    /// What it changed from the version before.
    diff: Vec<EditDiffLineDto>,
}

#[derive(Serialize, ToSchema)]
pub struct EditRevisionsDto {
    content_id: i32,
    version: i32,
    may_revert: bool,
    /// Newest first.
    revisions: Vec<EditRevisionDto>,
}

#[utoipa::path(get, path = "/api/v1/communities/{slug}/content/{content_id}/revisions", params(("slug" = String, Path), ("content_id" = i32, Path)), responses((status = 200, body = EditRevisionsDto), (status = 404, body = ErrorDto)))]
pub async fn revisions(
    State(st): State<AppState>,
    ApiCan { ctx }: ApiCan<can::TakePart>,
    Ids(ContentPath { content_id }): Ids<ContentPath>,
) -> ApiResult<Json<EditRevisionsDto>> {
    let e = st.app.edits(&ctx, content_id).await?;
    Ok(Json(EditRevisionsDto {
        content_id: e.content.id.get(),
        version: e.content.version,
        may_revert: e.may_decide,
        revisions: e
            .revisions
            .into_iter()
            .map(|r| EditRevisionDto {
                version: r.version,
                at: r.at,
                by: r.author_name,
                body: r.body,
                diff: lines(r.diff),
            })
            .collect(),
    }))
}

#[derive(Deserialize, ToSchema)]
pub struct EditRevertInput {
    /// The revision whose text comes back.
    to_version: i32,
    /// The current version, as read.
    base_version: i32,
    /// At least a sentence: why.
    #[schema(max_length = 2000)]
    reason: String,
}

#[utoipa::path(post, path = "/api/v1/communities/{slug}/content/{content_id}/revert", params(("slug" = String, Path), ("content_id" = i32, Path)), request_body = EditRevertInput, responses((status = 200, body = EditSavedDto), (status = 409, body = ErrorDto, description = "someone saved meanwhile")))]
pub async fn revert(
    State(st): State<AppState>,
    ApiCan { ctx }: ApiCan<can::TakePart>,
    Ids(ContentPath { content_id }): Ids<ContentPath>,
    ApiJson(input): ApiJson<EditRevertInput>,
) -> ApiResult<Json<EditSavedDto>> {
    let version = st
        .app
        .revert_content(
            &ctx,
            content_id,
            input.to_version,
            input.base_version,
            &input.reason,
        )
        .await?;
    Ok(Json(EditSavedDto { version }))
}

#[derive(Serialize, ToSchema)]
pub struct HealthMonthDto {
    /// "2026-03"
    month: String,
    /// Null when withheld (fewer than five people, or it would let a withheld figure be
    /// subtracted).
    flags: Option<usize>,
    edits: Option<usize>,
    horizontal: Option<usize>,
    decisions: usize,
    hides: usize,
}

#[derive(Serialize, ToSchema)]
pub struct HealthFigureDto {
    name: String,
    value: String,
    /// One plain sentence saying what it means.
    meaning: String,
}

#[derive(Serialize, ToSchema)]
pub struct HealthReportDto {
    months: Vec<HealthMonthDto>,
    median_to_decision_seconds: Option<i64>,
    appeal_rate: Option<f64>,
    reversal_rate: Option<f64>,
    decisions: usize,
    deciders: usize,
    top_share: Option<f64>,
    gini: Option<f64>,
    figures: Vec<HealthFigureDto>,
    /// Said when some figures are withheld.
    withheld: Option<String>,
}

#[utoipa::path(get, path = "/api/v1/communities/{slug}/governance/health", params(("slug" = String, Path)), responses((status = 200, body = HealthReportDto), (status = 403, body = ErrorDto)))]
pub async fn health(
    State(st): State<AppState>,
    ApiCan { ctx }: ApiCan<can::ViewModerationLog>,
) -> ApiResult<Json<HealthReportDto>> {
    let r = st.app.governance_health(&ctx).await?;
    let h = r.health;
    Ok(Json(HealthReportDto {
        months: h
            .months
            .iter()
            .map(|m| HealthMonthDto {
                month: m.month.label(),
                flags: m.flags,
                edits: m.edits,
                horizontal: m.horizontal,
                decisions: m.decisions,
                hides: m.hides,
            })
            .collect(),
        median_to_decision_seconds: h.median_to_decision,
        appeal_rate: h.appeal_rate,
        reversal_rate: h.reversal_rate,
        decisions: h.decisions,
        deciders: h.deciders,
        top_share: h.top_share,
        gini: h.gini,
        figures: r
            .figures
            .into_iter()
            .map(|(name, value, meaning)| HealthFigureDto {
                name: name.into(),
                value,
                meaning,
            })
            .collect(),
        withheld: r.withheld,
    }))
}
