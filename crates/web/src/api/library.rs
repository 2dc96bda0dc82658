//! A community's library over the API: practices and designs imported as files of the open
//! format (the body is the file: `text/markdown` or `application/json`) or by URL from another
//! server, listed and exported; designs composed, saved on a version, forked with the
//! attribution chain, published; a gathering run from a design and its facilitator timer.

use super::{ApiJson, ApiQuery, ApiResult};
use crate::AppState;
use crate::error::ApiError;
use crate::extract::{ApiCan, ApiInside, GatheringPath, Ids};
use axum::Json;
use axum::body::Bytes;
use axum::extract::State;
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::{IntoResponse, Response};
use convene_app::library::{Doc, RunView, TimerAction, Work, WorkKind};
use convene_app::{AppError, can};
use convene_practice::{Design, Document, License, Slug, WebUrl};
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, OpenApi, ToSchema};

pub fn routes() -> axum::Router<AppState> {
    use axum::routing::{get, post};
    const C: &str = "/communities/{slug}";
    axum::Router::new()
        .route(&format!("{C}/practices"), get(practices))
        .route(&format!("{C}/practices/import"), post(practice_import))
        .route(
            &format!("{C}/practices/import-url"),
            post(practice_import_url),
        )
        .route(
            &format!("{C}/practices/{{work}}/export"),
            get(practice_export),
        )
        .route(&format!("{C}/designs"), get(designs).post(design_create))
        .route(&format!("{C}/designs/import"), post(design_import))
        .route(&format!("{C}/designs/import-url"), post(design_import_url))
        .route(
            &format!("{C}/designs/{{work}}"),
            get(design).put(design_save).delete(design_delete),
        )
        .route(&format!("{C}/designs/{{work}}/export"), get(design_export))
        .route(&format!("{C}/designs/{{work}}/fork"), post(design_fork))
        .route(
            &format!("{C}/designs/{{work}}/publish"),
            post(design_publish),
        )
        .route(&format!("{C}/gatherings/{{id}}/run"), post(run_create))
        .route(
            &format!("{C}/gatherings/{{id}}/timer"),
            get(timer).post(timer_act),
        )
}

#[derive(OpenApi)]
#[openapi(
    paths(
        practices,
        practice_import,
        practice_import_url,
        practice_export,
        designs,
        design_create,
        design_import,
        design_import_url,
        design,
        design_save,
        design_delete,
        design_export,
        design_fork,
        design_publish,
        run_create,
        timer,
        timer_act
    ),
    components(schemas(
        LibraryWorkSummary,
        LibraryImported,
        LibraryUrlInput,
        DesignCreated,
        DesignDto,
        DesignSourceDto,
        DesignForkDto,
        DesignSaveInput,
        DesignSaved,
        DesignForkInput,
        DesignPublishInput,
        DesignRunInput,
        TimerDto,
        TimerInput
    ))
)]
pub struct LibraryDoc;

/// `/…/{work}`: a work's slug.
#[derive(Deserialize)]
pub struct WorkPath {
    work: String,
}

#[derive(Serialize, ToSchema)]
pub struct LibraryWorkSummary {
    slug: String,
    title: String,
    license: String,
    /// Public, and served at `url` for anyone (and other servers) to import.
    published: bool,
    url: String,
}

#[derive(Serialize, ToSchema)]
pub struct LibraryImported {
    slug: String,
    /// The fields of the file that could not be mapped (kept with the work).
    unmapped: Vec<String>,
}

#[derive(Deserialize, ToSchema)]
pub struct LibraryUrlInput {
    /// An `http(s)` URL of a practice or design file another server publishes.
    #[schema(max_length = 2000)]
    url: String,
}

/// The stable address of a work on this server (its page; the file is at `…/export.json`).
pub fn public_url(st: &AppState, community: &str, kind: WorkKind, slug: &str) -> String {
    let base = st.cfg.public_url.trim_end_matches('/');
    format!("{base}/library/c/{community}/{}s/{slug}", kind.as_str())
}

fn summary(st: &AppState, community: &str, w: &Work) -> LibraryWorkSummary {
    LibraryWorkSummary {
        slug: w.row.slug.clone(),
        title: w.doc.title().into(),
        license: w.doc.license().as_str().into(),
        published: w.published(),
        url: public_url(st, community, w.doc.kind(), &w.row.slug),
    }
}

async fn list(
    st: &AppState,
    ctx: convene_app::Ctx,
    kind: WorkKind,
) -> ApiResult<Json<Vec<LibraryWorkSummary>>> {
    let ctx = ctx.require::<can::TakePart>()?;
    let community = ctx.community().slug.clone();
    let works = st.app.library_works(&ctx, kind).await?;
    Ok(Json(
        works.iter().map(|w| summary(st, &community, w)).collect(),
    ))
}

#[utoipa::path(get, path = "/api/v1/communities/{slug}/practices", params(("slug" = String, Path)), responses((status = 200, body = [LibraryWorkSummary])))]
pub async fn practices(
    State(st): State<AppState>,
    ApiInside { ctx }: ApiInside,
) -> ApiResult<Json<Vec<LibraryWorkSummary>>> {
    list(&st, ctx, WorkKind::Practice).await
}

#[utoipa::path(get, path = "/api/v1/communities/{slug}/designs", params(("slug" = String, Path)), responses((status = 200, body = [LibraryWorkSummary])))]
pub async fn designs(
    State(st): State<AppState>,
    ApiInside { ctx }: ApiInside,
) -> ApiResult<Json<Vec<LibraryWorkSummary>>> {
    list(&st, ctx, WorkKind::Design).await
}

/// The body as the file's text: Markdown or JSON, UTF-8.
fn file_text(headers: &HeaderMap, body: &Bytes) -> ApiResult<String> {
    let mime = headers
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .unwrap_or("")
        .split(';')
        .next()
        .unwrap_or("")
        .trim()
        .to_ascii_lowercase();
    if !matches!(
        mime.as_str(),
        "text/markdown" | "application/json" | "text/plain"
    ) {
        return Err(ApiError(AppError::field(
            "content-type",
            "send the file as text/markdown or application/json",
        )));
    }
    let text = std::str::from_utf8(body)
        .map_err(|_| ApiError(AppError::field("body", "the file is not UTF-8 text")))?;
    if text.trim().is_empty() {
        return Err(ApiError(AppError::field("body", "the file is empty")));
    }
    Ok(text.to_owned())
}

async fn import(
    st: &AppState,
    ctx: convene_app::Ctx,
    kind: WorkKind,
    headers: &HeaderMap,
    body: &Bytes,
) -> ApiResult<(StatusCode, Json<LibraryImported>)> {
    let ctx = ctx.require::<can::TakePart>()?;
    let text = file_text(headers, body)?;
    let (slug, unmapped) = st.app.library_import(&ctx, kind, &text).await?;
    Ok((
        StatusCode::CREATED,
        Json(LibraryImported {
            slug: slug.as_str().into(),
            unmapped,
        }),
    ))
}

#[utoipa::path(post, path = "/api/v1/communities/{slug}/practices/import", params(("slug" = String, Path)), request_body(content = String, content_type = "text/markdown", description = "The practice's file: the open format (Markdown or JSON) or an Open Practice Library Markdown file"), responses((status = 201, body = LibraryImported), (status = 409, description = "The slug is taken here")))]
pub async fn practice_import(
    State(st): State<AppState>,
    ApiInside { ctx }: ApiInside,
    headers: HeaderMap,
    body: Bytes,
) -> ApiResult<(StatusCode, Json<LibraryImported>)> {
    import(&st, ctx, WorkKind::Practice, &headers, &body).await
}

#[utoipa::path(post, path = "/api/v1/communities/{slug}/designs/import", params(("slug" = String, Path)), request_body(content = String, content_type = "text/markdown", description = "The design's file (Markdown or JSON)"), responses((status = 201, body = LibraryImported), (status = 409, description = "The slug is taken here")))]
pub async fn design_import(
    State(st): State<AppState>,
    ApiInside { ctx }: ApiInside,
    headers: HeaderMap,
    body: Bytes,
) -> ApiResult<(StatusCode, Json<LibraryImported>)> {
    import(&st, ctx, WorkKind::Design, &headers, &body).await
}

async fn import_url(
    st: &AppState,
    ctx: convene_app::Ctx,
    kind: WorkKind,
    input: LibraryUrlInput,
) -> ApiResult<(StatusCode, Json<LibraryImported>)> {
    let ctx = ctx.require::<can::TakePart>()?;
    let url = WebUrl::parse(&input.url).map_err(|e| AppError::field("url", e.to_string()))?;
    // A page URL of this format's public library answers HTML; its file is next to it.
    let (slug, unmapped) = st.app.library_import_url(&ctx, kind, &url).await?;
    Ok((
        StatusCode::CREATED,
        Json(LibraryImported {
            slug: slug.as_str().into(),
            unmapped,
        }),
    ))
}

#[utoipa::path(post, path = "/api/v1/communities/{slug}/practices/import-url", params(("slug" = String, Path)), request_body = LibraryUrlInput, responses((status = 201, body = LibraryImported), (status = 409, description = "The slug is taken here")))]
pub async fn practice_import_url(
    State(st): State<AppState>,
    ApiInside { ctx }: ApiInside,
    ApiJson(input): ApiJson<LibraryUrlInput>,
) -> ApiResult<(StatusCode, Json<LibraryImported>)> {
    import_url(&st, ctx, WorkKind::Practice, input).await
}

#[utoipa::path(post, path = "/api/v1/communities/{slug}/designs/import-url", params(("slug" = String, Path)), request_body = LibraryUrlInput, responses((status = 201, body = LibraryImported), (status = 409, description = "The slug is taken here")))]
pub async fn design_import_url(
    State(st): State<AppState>,
    ApiInside { ctx }: ApiInside,
    ApiJson(input): ApiJson<LibraryUrlInput>,
) -> ApiResult<(StatusCode, Json<LibraryImported>)> {
    import_url(&st, ctx, WorkKind::Design, input).await
}

#[derive(Deserialize, IntoParams)]
pub struct FileQuery {
    /// `md` (Markdown with YAML front matter, the default) or `json`.
    #[param(pattern = "^(md|json)$")]
    format: Option<String>,
}

/// A work's file in the format asked for.
pub fn file_response(doc: &Doc, format: Option<&str>) -> Result<Response, AppError> {
    let (text, mime, ext) = match format.unwrap_or("md") {
        "md" => (doc.to_markdown()?, "text/markdown; charset=utf-8", "md"),
        "json" => (doc.to_json()?, "application/json", "json"),
        _ => return Err(AppError::field("format", "md or json")),
    };
    Ok((
        [
            (header::CONTENT_TYPE, mime.to_owned()),
            (
                header::CONTENT_DISPOSITION,
                format!("inline; filename=\"{}.{ext}\"", doc.slug().as_str()),
            ),
        ],
        text,
    )
        .into_response())
}

async fn export(
    st: &AppState,
    ctx: convene_app::Ctx,
    kind: WorkKind,
    work: &str,
    q: FileQuery,
) -> ApiResult<Response> {
    let ctx = ctx.require::<can::TakePart>()?;
    let w = st.app.library_work(&ctx, kind, work).await?;
    Ok(file_response(&w.doc, q.format.as_deref())?)
}

#[utoipa::path(get, path = "/api/v1/communities/{slug}/practices/{work}/export", params(("slug" = String, Path), ("work" = String, Path), FileQuery), responses((status = 200, description = "The practice's file", content_type = "text/markdown")))]
pub async fn practice_export(
    State(st): State<AppState>,
    ApiInside { ctx }: ApiInside,
    Ids(WorkPath { work }): Ids<WorkPath>,
    ApiQuery(q): ApiQuery<FileQuery>,
) -> ApiResult<Response> {
    export(&st, ctx, WorkKind::Practice, &work, q).await
}

#[utoipa::path(get, path = "/api/v1/communities/{slug}/designs/{work}/export", params(("slug" = String, Path), ("work" = String, Path), FileQuery), responses((status = 200, description = "The design's file", content_type = "text/markdown")))]
pub async fn design_export(
    State(st): State<AppState>,
    ApiInside { ctx }: ApiInside,
    Ids(WorkPath { work }): Ids<WorkPath>,
    ApiQuery(q): ApiQuery<FileQuery>,
) -> ApiResult<Response> {
    export(&st, ctx, WorkKind::Design, &work, q).await
}

#[derive(Serialize, ToSchema)]
pub struct DesignCreated {
    slug: String,
}

fn design_of(value: serde_json::Value) -> Result<Design, AppError> {
    let text = serde_json::to_string(&value).map_err(|e| AppError::Internal(e.to_string()))?;
    Design::from_json(&text).map_err(|e| AppError::field("design", e.to_string()))
}

/// The design as its JSON file (`format`: `convene-design/1`); without `authors` it is by you.
#[utoipa::path(post, path = "/api/v1/communities/{slug}/designs", params(("slug" = String, Path)), request_body(content = Object, description = "A design in the open format's JSON (see /schema/design.json)"), responses((status = 201, body = DesignCreated), (status = 409, description = "The slug is taken here")))]
pub async fn design_create(
    State(st): State<AppState>,
    ApiCan { ctx }: ApiCan<can::TakePart>,
    ApiJson(value): ApiJson<serde_json::Value>,
) -> ApiResult<(StatusCode, Json<DesignCreated>)> {
    let slug = st.app.compose_design(&ctx, design_of(value)?).await?;
    Ok((
        StatusCode::CREATED,
        Json(DesignCreated {
            slug: slug.as_str().into(),
        }),
    ))
}

#[derive(Serialize, ToSchema)]
pub struct DesignSourceDto {
    source: String,
    title: String,
    author: String,
    license: String,
}

#[derive(Serialize, ToSchema)]
pub struct DesignForkDto {
    slug: String,
    title: String,
    /// 1: a fork of this design, 2: a fork of a fork ...
    depth: usize,
    /// A deleted fork, kept so its own forks keep their place (slug and title empty).
    deleted: bool,
}

#[derive(Serialize, ToSchema)]
pub struct DesignDto {
    slug: String,
    title: String,
    license: String,
    /// The version to save on top of.
    version: i32,
    published: bool,
    url: String,
    /// Where it was imported from, when it came by URL.
    imported_from: Option<String>,
    /// The attribution chain, oldest first.
    derived_from: Vec<DesignSourceDto>,
    /// Its forks in this community that you may read.
    forks: Vec<DesignForkDto>,
    /// Minutes from the start of each block, and the whole length.
    starts: Vec<u32>,
    total_minutes: u32,
    /// The design's JSON file.
    #[schema(value_type = Object)]
    design: serde_json::Value,
}

#[utoipa::path(get, path = "/api/v1/communities/{slug}/designs/{work}", params(("slug" = String, Path), ("work" = String, Path)), responses((status = 200, body = DesignDto)))]
pub async fn design(
    State(st): State<AppState>,
    ApiCan { ctx }: ApiCan<can::TakePart>,
    Ids(WorkPath { work }): Ids<WorkPath>,
) -> ApiResult<Json<DesignDto>> {
    let w = st.app.library_work(&ctx, WorkKind::Design, &work).await?;
    let forks = st.app.design_forks(&ctx, &w).await?;
    let Doc::Design(d) = &w.doc else {
        return Err(ApiError(AppError::NotFound));
    };
    let json: serde_json::Value =
        serde_json::from_str(&w.doc.to_json()?).map_err(|e| AppError::Internal(e.to_string()))?;
    Ok(Json(DesignDto {
        slug: w.row.slug.clone(),
        title: d.title.as_str().into(),
        license: d.license.as_str().into(),
        version: w.content.version,
        published: w.published(),
        url: public_url(&st, &ctx.community().slug, WorkKind::Design, &w.row.slug),
        imported_from: w.row.source_url.clone(),
        derived_from: d
            .derived_from
            .iter()
            .map(|s| DesignSourceDto {
                source: s.source.as_str().into(),
                title: s.title.as_str().into(),
                author: s.author.as_str().into(),
                license: s.license.as_str().into(),
            })
            .collect(),
        forks: forks
            .into_iter()
            .map(|f| DesignForkDto {
                slug: f.slug,
                title: f.title,
                depth: f.depth,
                deleted: f.deleted,
            })
            .collect(),
        starts: d.schedule().iter().map(|p| p.start).collect(),
        total_minutes: d.total_minutes(),
        design: json,
    }))
}

#[derive(Deserialize, ToSchema)]
pub struct DesignSaveInput {
    /// The version you started from (`version` of the design as you read it).
    version: i32,
    #[schema(value_type = Object)]
    design: serde_json::Value,
}

#[derive(Serialize, ToSchema)]
pub struct DesignSaved {
    version: i32,
}

#[utoipa::path(put, path = "/api/v1/communities/{slug}/designs/{work}", params(("slug" = String, Path), ("work" = String, Path)), request_body = DesignSaveInput, responses((status = 200, body = DesignSaved), (status = 409, description = "Someone saved in between (both texts in the error)")))]
pub async fn design_save(
    State(st): State<AppState>,
    ApiCan { ctx }: ApiCan<can::TakePart>,
    Ids(WorkPath { work }): Ids<WorkPath>,
    ApiJson(input): ApiJson<DesignSaveInput>,
) -> ApiResult<Json<DesignSaved>> {
    let design = design_of(input.design)?;
    let version = st
        .app
        .save_design(&ctx, &work, input.version, design)
        .await?;
    Ok(Json(DesignSaved { version }))
}

#[utoipa::path(delete, path = "/api/v1/communities/{slug}/designs/{work}", params(("slug" = String, Path), ("work" = String, Path)), responses((status = 204, description = "Deleted: nobody reads it any more, it leaves the public library, its slug stays taken; its forks keep their attribution chain"), (status = 403, description = "Only who added it, or a steward")))]
pub async fn design_delete(
    State(st): State<AppState>,
    ApiCan { ctx }: ApiCan<can::TakePart>,
    Ids(WorkPath { work }): Ids<WorkPath>,
) -> ApiResult<StatusCode> {
    st.app.delete_work(&ctx, WorkKind::Design, &work).await?;
    Ok(StatusCode::NO_CONTENT)
}

#[derive(Deserialize, ToSchema)]
pub struct DesignForkInput {
    /// The fork's slug in this community.
    #[schema(max_length = 64, pattern = "^[a-z0-9]+(-[a-z0-9]+)*$")]
    slug: String,
}

#[utoipa::path(post, path = "/api/v1/communities/{slug}/designs/{work}/fork", params(("slug" = String, Path), ("work" = String, Path)), request_body = DesignForkInput, responses((status = 201, body = DesignCreated), (status = 409, description = "The slug is taken here")))]
pub async fn design_fork(
    State(st): State<AppState>,
    ApiCan { ctx }: ApiCan<can::TakePart>,
    Ids(WorkPath { work }): Ids<WorkPath>,
    ApiJson(input): ApiJson<DesignForkInput>,
) -> ApiResult<(StatusCode, Json<DesignCreated>)> {
    let new = Slug::parse(&input.slug).map_err(|e| AppError::field("slug", e.to_string()))?;
    let at = fork_source(&st, &ctx.community().slug, &work)?;
    let slug = st.app.fork_design(&ctx, &work, new, at).await?;
    Ok((
        StatusCode::CREATED,
        Json(DesignCreated {
            slug: slug.as_str().into(),
        }),
    ))
}

/// The original's stable URL, recorded in the fork's attribution chain.
pub fn fork_source(st: &AppState, community: &str, work: &str) -> Result<WebUrl, AppError> {
    Slug::parse(work).map_err(|_| AppError::NotFound)?;
    WebUrl::parse(&public_url(st, community, WorkKind::Design, work))
        .map_err(|e| AppError::Internal(format!("the public URL: {e}")))
}

#[derive(Deserialize, ToSchema)]
pub struct DesignPublishInput {
    /// An SPDX license expression (default: the design's own, CC-BY-SA-4.0 when none).
    #[serde(default)]
    #[schema(max_length = 200)]
    license: Option<String>,
}

#[utoipa::path(post, path = "/api/v1/communities/{slug}/designs/{work}/publish", params(("slug" = String, Path), ("work" = String, Path)), request_body = DesignPublishInput, responses((status = 204, description = "Published: public, its file at its URL + `/export.json`")))]
pub async fn design_publish(
    State(st): State<AppState>,
    ApiCan { ctx }: ApiCan<can::TakePart>,
    Ids(WorkPath { work }): Ids<WorkPath>,
    ApiJson(input): ApiJson<DesignPublishInput>,
) -> ApiResult<StatusCode> {
    let license = match input.license.as_deref() {
        Some(l) => License::parse(l).map_err(|e| AppError::field("license", e.to_string()))?,
        None => st
            .app
            .library_work(&ctx, WorkKind::Design, &work)
            .await?
            .doc
            .license()
            .clone(),
    };
    st.app
        .publish_work(&ctx, WorkKind::Design, &work, license)
        .await?;
    Ok(StatusCode::NO_CONTENT)
}

#[derive(Deserialize, ToSchema)]
pub struct DesignRunInput {
    /// The slug of one of the community's designs.
    #[schema(max_length = 64)]
    design: String,
    /// The day the first block starts, in the gathering's time zone (with `starts`; both
    /// left out: the next whole minute). Each block becomes a plenary slot of the agenda.
    #[serde(default)]
    #[schema(schema_with = super::limits::date)]
    date: Option<String>,
    /// The time the first block starts, in the gathering's time zone.
    #[serde(default)]
    #[schema(schema_with = super::limits::clock)]
    starts: Option<String>,
}

#[utoipa::path(post, path = "/api/v1/communities/{slug}/gatherings/{id}/run", params(("slug" = String, Path), ("id" = i32, Path)), request_body = DesignRunInput, responses((status = 200, body = TimerDto)))]
pub async fn run_create(
    State(st): State<AppState>,
    ApiCan { ctx }: ApiCan<can::HostGathering>,
    Ids(GatheringPath { id }): Ids<GatheringPath>,
    ApiJson(input): ApiJson<DesignRunInput>,
) -> ApiResult<Json<TimerDto>> {
    let starts = match (&input.date, &input.starts) {
        (Some(d), Some(t)) => Some((d.as_str(), t.as_str())),
        (None, None) => None,
        _ => {
            return Err(
                AppError::field("starts", "give both the date and the time, or neither").into(),
            );
        }
    };
    st.app.run_design(&ctx, id, &input.design, starts).await?;
    let view = st
        .app
        .design_run(&ctx.require::<can::TakePart>()?, id)
        .await?
        .ok_or(AppError::NotFound)?;
    Ok(Json(TimerDto::of(&view)))
}

#[derive(Serialize, ToSchema)]
pub struct TimerDto {
    design: String,
    /// The current block, 0-based; equal to `blocks` once all are done.
    block: u32,
    blocks: usize,
    /// The current block's title (none once all are done).
    title: Option<String>,
    running: bool,
    done: bool,
    /// The block's time with extensions, what has run, and what is left (negative: over).
    planned_secs: i64,
    spent_secs: i64,
    left_secs: i64,
    /// calm, amber (20 % left), red (5 % left), over; `done` at the end.
    level: String,
    /// The server's clock when this was read (Unix seconds).
    now: i64,
}

impl TimerDto {
    pub fn of(v: &RunView) -> Self {
        let blocks = v.design.blocks.len();
        let r = v.reading;
        TimerDto {
            design: v.design_slug.clone(),
            block: v.timer.block,
            blocks,
            title: v
                .design
                .blocks
                .get(v.timer.block as usize)
                .map(crate::pages::designs::block_title),
            running: r.is_some_and(|r| r.running),
            done: r.is_none(),
            planned_secs: r.map_or(0, |r| r.planned),
            spent_secs: r.map_or(0, |r| r.spent),
            left_secs: r.map_or(0, |r| r.left),
            level: r.map_or("done", |r| r.level.as_str()).into(),
            now: v.now,
        }
    }
}

#[utoipa::path(get, path = "/api/v1/communities/{slug}/gatherings/{id}/timer", params(("slug" = String, Path), ("id" = i32, Path)), responses((status = 200, body = TimerDto)))]
pub async fn timer(
    State(st): State<AppState>,
    ApiCan { ctx }: ApiCan<can::TakePart>,
    Ids(GatheringPath { id }): Ids<GatheringPath>,
) -> ApiResult<Json<TimerDto>> {
    let view = st
        .app
        .design_run(&ctx, id)
        .await?
        .ok_or(AppError::NotFound)?;
    Ok(Json(TimerDto::of(&view)))
}

#[derive(Deserialize, ToSchema)]
pub struct TimerInput {
    /// start, pause, extend or next.
    #[schema(pattern = "^(start|pause|extend|next)$")]
    action: String,
    /// For `extend`: seconds to add to the current block (1 to 86400 in all).
    #[serde(default)]
    #[schema(minimum = 1, maximum = 86400)]
    seconds: Option<i64>,
}

pub fn timer_action(action: &str, seconds: Option<i64>) -> Result<TimerAction, AppError> {
    Ok(match action {
        "start" => TimerAction::Start,
        "pause" => TimerAction::Pause,
        "next" => TimerAction::Next,
        "extend" => TimerAction::Extend(
            seconds
                .filter(|s| (1..=86_400).contains(s))
                .ok_or_else(|| AppError::field("seconds", "1 to 86400"))?,
        ),
        _ => return Err(AppError::field("action", "start, pause, extend or next")),
    })
}

#[utoipa::path(post, path = "/api/v1/communities/{slug}/gatherings/{id}/timer", params(("slug" = String, Path), ("id" = i32, Path)), request_body = TimerInput, responses((status = 200, body = TimerDto), (status = 409, description = "The action does not apply now (already running, every block done ...)")))]
pub async fn timer_act(
    State(st): State<AppState>,
    ApiCan { ctx }: ApiCan<can::HostGathering>,
    Ids(GatheringPath { id }): Ids<GatheringPath>,
    ApiJson(input): ApiJson<TimerInput>,
) -> ApiResult<Json<TimerDto>> {
    let action = timer_action(&input.action, input.seconds)?;
    let view = st.app.timer_action(&ctx, id, action).await?;
    Ok(Json(TimerDto::of(&view)))
}
