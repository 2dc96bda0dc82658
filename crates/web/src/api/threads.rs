//! Threads over the API: start one (with its visibility), read one with its replies (only
//! what the read filter allows; an unreadable thread is "not found"), list them, reply. The
//! same use-cases and rules as the pages.

use super::{ApiJson, ApiQuery, ApiResult, ErrorDto};
use crate::AppState;
use crate::extract::{ApiInside, Ids};
use crate::pages::threads::visibility;
use axum::Json;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use convene_app::store::threads::Place;
use convene_app::thread::{NewThreadInput, Post, REPLIES_PAGE, RepliesAt};
use convene_domain::ids::{GatheringId, SessionId, ThreadId};
use convene_domain::text::{PostBody, ThreadTitle};
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};

/// `/…/threads/{id}`
#[derive(Debug, Clone, Copy, Deserialize)]
pub struct ThreadIdPath {
    pub id: ThreadId,
}

#[derive(Deserialize, ToSchema)]
pub struct ThreadInput {
    #[schema(schema_with = super::limits::thread_title)]
    title: String,
    #[schema(schema_with = super::limits::post_body)]
    body: String,
    #[schema(schema_with = super::limits::visibility)]
    visibility: String,
    /// For `organization`: which of the community's organizations (default: yours).
    #[serde(default)]
    organization_id: Option<i32>,
    /// For `private`: the account ids who may read it (besides you).
    #[serde(default)]
    participants: Vec<i32>,
    /// The gathering it belongs to, if any.
    #[serde(default)]
    gathering_id: Option<i32>,
    /// The session it belongs to (with its `gathering_id`), if any.
    #[serde(default)]
    session_id: Option<i32>,
}

#[derive(Serialize, ToSchema)]
pub struct CreatedPost {
    id: i32,
    content_id: i32,
}

#[utoipa::path(post, path = "/api/v1/communities/{slug}/threads", params(("slug" = String, Path)), request_body = ThreadInput, responses((status = 201, body = CreatedPost), (status = 429, body = ErrorDto, description = "posting too fast (10 posts a minute); see Retry-After")))]
pub async fn thread_create(
    State(st): State<AppState>,
    ApiInside { ctx }: ApiInside,
    ApiJson(input): ApiJson<ThreadInput>,
) -> ApiResult<Response> {
    if let Err(e) = st.limit_posting(ctx.member().account_id.get()) {
        return Ok(e.posting_json());
    }
    let new = NewThreadInput {
        title: ThreadTitle::parse(&input.title)?,
        body: PostBody::parse(&input.body)?,
        visibility: visibility(
            &ctx,
            &input.visibility,
            input.organization_id,
            &input.participants,
        )?,
        gathering: input.gathering_id.map(GatheringId),
        session: input.session_id.map(SessionId),
    };
    let (id, content) = st.app.start_thread(&ctx.require()?, new).await?;
    Ok((
        StatusCode::CREATED,
        Json(CreatedPost {
            id: id.get(),
            content_id: content.get(),
        }),
    )
        .into_response())
}

#[derive(Serialize, ToSchema)]
pub struct ThreadSummaryDto {
    id: i32,
    title: String,
    /// `public`, `network`, `organization` or `private`.
    visibility: String,
    pinned: bool,
    /// Replies by others since you last read it; null when you never opened it.
    unread: Option<u64>,
    /// Unix seconds of the latest reply (or the start).
    active_at: i64,
}

#[utoipa::path(get, path = "/api/v1/communities/{slug}/threads", params(("slug" = String, Path)), responses((status = 200, body = [ThreadSummaryDto])))]
pub async fn threads(
    State(st): State<AppState>,
    ApiInside { ctx }: ApiInside,
) -> ApiResult<Json<Vec<ThreadSummaryDto>>> {
    let list = st.app.threads(&ctx.require()?, Place::Community).await?;
    Ok(Json(
        list.into_iter()
            .map(|t| ThreadSummaryDto {
                id: t.thread.id,
                title: t.thread.title,
                visibility: t.visibility.as_str().into(),
                pinned: t.thread.pinned,
                unread: t.unread,
                active_at: t.thread.active_at,
            })
            .collect(),
    ))
}

#[derive(Serialize, ToSchema)]
pub struct PostDto {
    /// The reply's id (null for the thread's opening).
    id: Option<i32>,
    content_id: i32,
    author: String,
    /// Markdown as written; empty once its author deleted it.
    body: String,
    deleted: bool,
    /// The version an edit names as its base.
    version: i32,
    /// Unix seconds.
    at: i64,
}

impl From<Post> for PostDto {
    fn from(p: Post) -> Self {
        PostDto {
            id: p.reply.map(|r| r.get()),
            content_id: p.content.id.get(),
            author: p.author,
            body: if p.deleted {
                String::new()
            } else {
                p.content.body
            },
            deleted: p.deleted,
            version: p.content.version,
            at: p.at,
        }
    }
}

#[derive(Serialize, ToSchema)]
pub struct ThreadDto {
    id: i32,
    content_id: i32,
    title: String,
    visibility: String,
    pinned: bool,
    gathering_id: Option<i32>,
    session_id: Option<i32>,
    opening: PostDto,
    /// One page of replies, oldest first: those after `after` (default: from the first),
    /// at most `limit`.
    replies: Vec<PostDto>,
    /// More replies follow: pass this as `after` for the next page (null on the last page).
    next: Option<i32>,
}

/// The longest page of replies.
const MAX_REPLIES: u64 = 200;

#[derive(Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct ThreadPageParams {
    /// Replies after this reply id (keyset cursor: the `next` of the page before).
    after: Option<i32>,
    /// Replies on the page (default 50).
    #[param(minimum = 1, maximum = 200)]
    limit: Option<u64>,
}

#[utoipa::path(get, path = "/api/v1/communities/{slug}/threads/{id}", params(("slug" = String, Path), ("id" = i32, Path), ThreadPageParams), responses((status = 200, body = ThreadDto)))]
pub async fn thread(
    State(st): State<AppState>,
    ApiInside { ctx }: ApiInside,
    Ids(ThreadIdPath { id }): Ids<ThreadIdPath>,
    ApiQuery(p): ApiQuery<ThreadPageParams>,
) -> ApiResult<Json<ThreadDto>> {
    let limit = p.limit.unwrap_or(REPLIES_PAGE).clamp(1, MAX_REPLIES);
    let at = RepliesAt::After(p.after.unwrap_or(0));
    let v = st.app.thread(&ctx.require()?, id, at, limit).await?;
    Ok(Json(ThreadDto {
        id: v.thread.id,
        content_id: v.opening.content.id.get(),
        title: v.thread.title,
        visibility: v.opening.content.visibility.as_str().into(),
        pinned: v.thread.pinned,
        gathering_id: v.thread.gathering_id,
        session_id: v.thread.session_id,
        opening: v.opening.into(),
        replies: v.replies.into_iter().map(Into::into).collect(),
        next: v.later,
    }))
}

#[derive(Deserialize, ToSchema)]
pub struct ReplyInput {
    #[schema(schema_with = super::limits::post_body)]
    body: String,
}

#[utoipa::path(post, path = "/api/v1/communities/{slug}/threads/{id}/replies", params(("slug" = String, Path), ("id" = i32, Path)), request_body = ReplyInput, responses((status = 201, body = CreatedPost), (status = 409, body = ErrorDto, description = "the thread was deleted by its author"), (status = 429, body = ErrorDto, description = "posting too fast (10 posts a minute); see Retry-After")))]
pub async fn reply_create(
    State(st): State<AppState>,
    ApiInside { ctx }: ApiInside,
    Ids(ThreadIdPath { id }): Ids<ThreadIdPath>,
    ApiJson(input): ApiJson<ReplyInput>,
) -> ApiResult<Response> {
    if let Err(e) = st.limit_posting(ctx.member().account_id.get()) {
        return Ok(e.posting_json());
    }
    let body = PostBody::parse(&input.body)?;
    let (r, content) = st.app.reply(&ctx.require()?, id, &body).await?;
    Ok((
        StatusCode::CREATED,
        Json(CreatedPost {
            id: r.get(),
            content_id: content.get(),
        }),
    )
        .into_response())
}

#[utoipa::path(post, path = "/api/v1/communities/{slug}/threads/{id}/offer", params(("slug" = String, Path), ("id" = i32, Path)), responses((status = 201, body = CreatedPost, description = "a contribution (its id) that waits for the curators"), (status = 403, body = ErrorDto, description = "only the person who started the thread offers it"), (status = 409, body = ErrorDto, description = "public or private already, deleted, hidden, or offered already"), (status = 429, body = ErrorDto, description = "posting too fast (10 posts a minute); see Retry-After")))]
/// Its starter offers an organization or network thread to the public: its opening becomes a
/// contribution that waits for the curators; nothing reaches the public page before they accept.
pub async fn thread_offer(
    State(st): State<AppState>,
    ApiInside { ctx }: ApiInside,
    Ids(ThreadIdPath { id }): Ids<ThreadIdPath>,
) -> ApiResult<Response> {
    if let Err(e) = st.limit_posting(ctx.member().account_id.get()) {
        return Ok(e.posting_json());
    }
    let (c, content) = st.app.offer_thread(&ctx.require()?, id).await?;
    Ok((
        StatusCode::CREATED,
        Json(CreatedPost {
            id: c.get(),
            content_id: content.get(),
        }),
    )
        .into_response())
}
