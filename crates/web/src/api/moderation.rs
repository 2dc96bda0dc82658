//! Governance over the API: flag content, read one piece of content, the queue, claims,
//! decisions, appeals and the moderation log. Every content item carries `content_id`.

use super::{ApiJson, ApiResult, ErrorDto};
use crate::AppState;
use crate::extract::{ApiCan, ApiInside, Ids};
use axum::Json;
use axum::extract::State;
use axum::http::StatusCode;
use convene_app::can;
use convene_app::moderation::Notice;
use convene_domain::ids::{CaseId, ContentId};
use convene_domain::moderation::{AppealOutcome, FlagReason, Outcome, Sanction, Sentence};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

/// `/…/content/{content_id}`
#[derive(Debug, Clone, Copy, Deserialize)]
pub struct ContentPath {
    pub content_id: ContentId,
}

/// `/…/moderation/cases/{case_id}`
#[derive(Debug, Clone, Copy, Deserialize)]
pub struct CasePath {
    pub case_id: CaseId,
}

#[derive(Deserialize, ToSchema)]
pub struct FlagInput {
    /// spam, harmful, off_topic, leaks_internal or other
    reason: String,
    #[serde(default)]
    note: String,
}

#[derive(Serialize, ToSchema)]
pub struct FlaggedDto {
    case_id: i32,
    hidden: bool,
}

#[utoipa::path(post, path = "/api/v1/communities/{slug}/content/{content_id}/flags", params(("slug" = String, Path), ("content_id" = i32, Path)), request_body = FlagInput, responses((status = 201, body = FlaggedDto), (status = 409, body = ErrorDto, description = "flagged already"), (status = 403, body = ErrorDto), (status = 404, body = ErrorDto)))]
pub async fn flag(
    State(st): State<AppState>,
    ApiCan { ctx }: ApiCan<can::Flag>,
    Ids(ContentPath { content_id }): Ids<ContentPath>,
    ApiJson(input): ApiJson<FlagInput>,
) -> ApiResult<(StatusCode, Json<FlaggedDto>)> {
    let reason = FlagReason::parse(&input.reason)?;
    let f = st.app.flag(&ctx, content_id, reason, &input.note).await?;
    Ok((
        StatusCode::CREATED,
        Json(FlaggedDto {
            case_id: f.case_id.get(),
            hidden: f.hidden,
        }),
    ))
}

#[derive(Serialize, ToSchema)]
pub struct NoticeDto {
    case_id: i32,
    /// Why it is hidden.
    reason: String,
    /// uphold or dismiss, once decided.
    decision: Option<String>,
    decision_reason: Option<String>,
    decided_by: Option<String>,
    /// The author may appeal until this time (Unix seconds).
    appeal_until: Option<i64>,
    appealed: bool,
    /// warn or suspend, when the decision gave one (and no appeal lifted it).
    sanction: Option<String>,
    /// A suspension's end (Unix seconds).
    suspended_until: Option<i64>,
    /// The author edited it: the case is reviewed again from this time (Unix seconds).
    review_from: Option<i64>,
}

impl From<Notice> for NoticeDto {
    fn from(n: Notice) -> Self {
        let (decision, decision_reason, decided_by) = match n.decision {
            Some((o, r, by)) => (Some(o.as_str().to_owned()), Some(r), Some(by)),
            None => (None, None, None),
        };
        NoticeDto {
            case_id: n.case_id.get(),
            reason: n.reason,
            decision,
            decision_reason,
            decided_by,
            appeal_until: n.appeal_until,
            appealed: n.appeal.is_some(),
            sanction: n
                .sanction
                .as_ref()
                .filter(|s| s.lifted_at.is_none())
                .map(|s| s.sanction.as_str().to_owned()),
            suspended_until: n.sanction.as_ref().and_then(|s| match s.sanction {
                Sanction::Suspend { until } if s.lifted_at.is_none() => Some(until),
                _ => None,
            }),
            review_from: n.review_from,
        }
    }
}

#[derive(Serialize, ToSchema)]
pub struct ContentDto {
    content_id: i32,
    /// session, report or action
    kind: String,
    /// The id of what it belongs to (the session, the action).
    owner_id: i32,
    /// visible, hidden or removed
    state: String,
    /// public, network, organization or private
    visibility: String,
    body: String,
    version: i32,
    /// For the author and moderators of hidden content: why, the decision, the appeal window.
    notice: Option<NoticeDto>,
}

#[utoipa::path(get, path = "/api/v1/communities/{slug}/content/{content_id}", params(("slug" = String, Path), ("content_id" = i32, Path)), responses((status = 200, body = ContentDto), (status = 404, body = ErrorDto)))]
pub async fn content(
    State(st): State<AppState>,
    ApiInside { ctx }: ApiInside,
    Ids(ContentPath { content_id }): Ids<ContentPath>,
) -> ApiResult<Json<ContentDto>> {
    let item = st.app.content_item(&ctx.require()?, content_id).await?;
    let (c, notice) = (item.content, item.notice);
    Ok(Json(ContentDto {
        content_id: c.id.get(),
        kind: c.of.kind.as_str().into(),
        owner_id: c.of.id,
        state: c.state.as_str().into(),
        visibility: c.visibility.as_str().into(),
        body: c.body,
        version: c.version,
        notice: notice.map(NoticeDto::from),
    }))
}

#[derive(Serialize, ToSchema)]
pub struct CaseDto {
    case_id: i32,
    content_id: i32,
    kind: String,
    excerpt: String,
    /// In tenths: a member's flag weighs 10.
    weight: i32,
    threshold: i32,
    flags: usize,
    hidden: bool,
    claimed_by: Option<String>,
    claimed_until: Option<i64>,
    created_at: i64,
    appeal: Option<String>,
    /// The author edited the hidden content at this time (Unix seconds) …
    edited_at: Option<i64>,
    /// … and the case can be claimed again from this one (the community's cool-down).
    review_from: Option<i64>,
}

#[derive(Serialize, ToSchema)]
pub struct QueueDto {
    open: Vec<CaseDto>,
    appeals: Vec<CaseDto>,
}

fn case_dto(q: convene_app::moderation::QueueCase) -> CaseDto {
    CaseDto {
        case_id: q.case.id.get(),
        content_id: q.content.id.get(),
        kind: q.content.of.kind.as_str().into(),
        excerpt: q.content.body.chars().take(200).collect(),
        weight: q.case.weight,
        threshold: q.threshold,
        flags: q.flags.len(),
        hidden: q.case.hidden_at.is_some(),
        claimed_by: q.claimed.as_ref().map(|c| c.1.clone()),
        claimed_until: q.claimed.map(|c| c.2),
        created_at: q.case.created_at,
        appeal: q.appeal.map(|a| a.statement),
        edited_at: q.review.as_ref().map(|r| r.at),
        review_from: q.review.map(|r| r.review_from),
    }
}

#[utoipa::path(get, path = "/api/v1/communities/{slug}/moderation/cases", params(("slug" = String, Path)), responses((status = 200, body = QueueDto), (status = 403, body = ErrorDto)))]
pub async fn queue(
    State(st): State<AppState>,
    ApiCan { ctx }: ApiCan<can::Moderate>,
) -> ApiResult<Json<QueueDto>> {
    let q = st.app.moderation_queue(&ctx).await?;
    Ok(Json(QueueDto {
        open: q.open.into_iter().map(case_dto).collect(),
        appeals: q.appeals.into_iter().map(case_dto).collect(),
    }))
}

#[utoipa::path(post, path = "/api/v1/communities/{slug}/moderation/cases/{case_id}/claim", params(("slug" = String, Path), ("case_id" = i32, Path)), responses((status = 204), (status = 409, body = ErrorDto, description = "claimed by someone else"), (status = 403, body = ErrorDto)))]
pub async fn claim(
    State(st): State<AppState>,
    ApiCan { ctx }: ApiCan<can::Moderate>,
    Ids(CasePath { case_id }): Ids<CasePath>,
) -> ApiResult<StatusCode> {
    st.app.claim_case(&ctx, case_id).await?;
    Ok(StatusCode::NO_CONTENT)
}

#[derive(Deserialize, ToSchema)]
pub struct DecisionInput {
    /// uphold or dismiss (for a case); upheld or reversed (for an appeal)
    outcome: String,
    /// At least a sentence.
    reason: String,
    /// For a case: hide (with uphold) or restore (with dismiss), the default; warn or suspend
    /// uphold the flags and also warn or suspend the author.
    #[serde(default)]
    action: String,
    /// For a suspension: until when (Unix seconds), within a year.
    #[serde(default)]
    until: Option<i64>,
}

#[utoipa::path(post, path = "/api/v1/communities/{slug}/moderation/cases/{case_id}/decision", params(("slug" = String, Path), ("case_id" = i32, Path)), request_body = DecisionInput, responses((status = 204), (status = 409, body = ErrorDto, description = "not claimed by you"), (status = 422, body = ErrorDto), (status = 403, body = ErrorDto)))]
pub async fn decide(
    State(st): State<AppState>,
    ApiCan { ctx }: ApiCan<can::Moderate>,
    Ids(CasePath { case_id }): Ids<CasePath>,
    ApiJson(input): ApiJson<DecisionInput>,
) -> ApiResult<StatusCode> {
    let outcome = Outcome::parse(&input.outcome)?;
    let sanction = Sanction::parse(outcome, &input.action, input.until, st.app.now())?;
    let reason = Sentence::parse("reason", &input.reason)?;
    st.app
        .decide_case(&ctx, case_id, outcome, sanction, &reason)
        .await?;
    Ok(StatusCode::NO_CONTENT)
}

#[derive(Deserialize, ToSchema)]
pub struct AppealInput {
    /// At least a sentence.
    statement: String,
}

#[utoipa::path(post, path = "/api/v1/communities/{slug}/moderation/cases/{case_id}/appeal", params(("slug" = String, Path), ("case_id" = i32, Path)), request_body = AppealInput, responses((status = 201), (status = 403, body = ErrorDto, description = "not the author"), (status = 409, body = ErrorDto), (status = 422, body = ErrorDto)))]
pub async fn appeal(
    State(st): State<AppState>,
    ApiCan { ctx }: ApiCan<can::TakePart>,
    Ids(CasePath { case_id }): Ids<CasePath>,
    ApiJson(input): ApiJson<AppealInput>,
) -> ApiResult<StatusCode> {
    let statement = Sentence::parse("statement", &input.statement)?;
    st.app.appeal(&ctx, case_id, &statement).await?;
    Ok(StatusCode::CREATED)
}

#[utoipa::path(post, path = "/api/v1/communities/{slug}/moderation/cases/{case_id}/appeal/decision", params(("slug" = String, Path), ("case_id" = i32, Path)), request_body = DecisionInput, responses((status = 204), (status = 403, body = ErrorDto, description = "the decider, a flagger or the author, with why"), (status = 409, body = ErrorDto), (status = 422, body = ErrorDto)))]
pub async fn appeal_decide(
    State(st): State<AppState>,
    ApiCan { ctx }: ApiCan<can::HearAppeal>,
    Ids(CasePath { case_id }): Ids<CasePath>,
    ApiJson(input): ApiJson<DecisionInput>,
) -> ApiResult<StatusCode> {
    let outcome = AppealOutcome::parse(&input.outcome)?;
    let reason = Sentence::parse("reason", &input.reason)?;
    st.app.hear_appeal(&ctx, case_id, outcome, &reason).await?;
    Ok(StatusCode::NO_CONTENT)
}

#[derive(Serialize, ToSchema)]
pub struct LogDto {
    at: i64,
    /// hidden, upheld, dismissed, warned, suspended, edited, appealed, appeal_upheld,
    /// appeal_reversed
    action: String,
    content_id: i32,
    reason: String,
    /// A name for stewards (or if the community chose full names), else the role and a
    /// stable pseudonym such as "Steward C".
    by: String,
}

#[utoipa::path(get, path = "/api/v1/communities/{slug}/moderation/log", params(("slug" = String, Path)), responses((status = 200, body = [LogDto]), (status = 403, body = ErrorDto)))]
pub async fn log(
    State(st): State<AppState>,
    ApiCan { ctx }: ApiCan<can::ViewModerationLog>,
) -> ApiResult<Json<Vec<LogDto>>> {
    Ok(Json(
        st.app
            .moderation_log(&ctx)
            .await?
            .into_iter()
            .map(|l| LogDto {
                at: l.at,
                action: l.action,
                content_id: l.content_id.get(),
                reason: l.reason,
                by: l.by,
            })
            .collect(),
    ))
}
