//! The World Café over the API: the café as you see it (the round, its timer, your
//! suggested table, where you sit, the notes at your table), sitting anywhere, saving notes on
//! a version, joining the plan, the harvest's themes; for hosts, the plan and the next round.
//! The same use-cases and rules as the pages.

use super::{ApiJson, ApiResult, ErrorDto};
use crate::AppState;
use crate::extract::{ApiInside, GatheringPath, Ids};
use axum::Json;
use axum::extract::State;
use axum::http::StatusCode;
use convene_app::cafe::NoteView;
use convene_domain::text::CafeNoteBody;
use convene_domain::timer::Clock;
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

#[derive(Serialize, ToSchema)]
pub struct CafeTableDto {
    id: i32,
    name: String,
    capacity: i32,
    /// The host's name, if the table has one (hosts stay at their table).
    host: Option<String>,
    /// People checked in to it this round.
    seated: usize,
}

#[derive(Serialize, ToSchema)]
pub struct CafeNoteDto {
    id: i32,
    table_id: i32,
    round: i32,
    body: String,
    /// Save on top of this version.
    version: i32,
}

fn note(n: NoteView) -> CafeNoteDto {
    CafeNoteDto {
        id: n.id,
        table_id: n.table_id,
        round: n.round,
        body: n.body,
        version: n.version,
    }
}

#[derive(Serialize, ToSchema)]
pub struct CafeRoundDto {
    number: i32,
    question: String,
    minutes: i32,
}

#[derive(Serialize, ToSchema)]
pub struct CafeSuggestionDto {
    round: i32,
    /// The suggested table, or null: a suggestion only, anyone may sit anywhere.
    table_id: Option<i32>,
}

#[derive(Serialize, ToSchema)]
pub struct CafeDto {
    /// The round running (0 before the first).
    round: i32,
    rounds: Vec<CafeRoundDto>,
    /// `not_started`, `running`, `paused` or `over`.
    timer: String,
    /// Seconds left (running or paused), or seconds over (over).
    seconds: i64,
    tables: Vec<CafeTableDto>,
    joined: bool,
    suggestions: Vec<CafeSuggestionDto>,
    /// Where you checked in this round.
    seat: Option<i32>,
    /// Notes at your table this round, and from the round before (what the last travellers left).
    notes_now: Option<CafeNoteDto>,
    notes_before: Option<CafeNoteDto>,
}

#[utoipa::path(get, path = "/api/v1/communities/{slug}/gatherings/{id}/cafe", params(("slug" = String, Path), ("id" = i32, Path)), responses((status = 200, body = CafeDto)))]
pub async fn cafe(
    State(st): State<AppState>,
    ApiInside { ctx }: ApiInside,
    Ids(GatheringPath { id }): Ids<GatheringPath>,
) -> ApiResult<Json<CafeDto>> {
    let v = st.app.cafe(&ctx.require()?, id).await?;
    let (timer, seconds) = match v.clock {
        Clock::NotStarted => ("not_started", 0),
        Clock::Running { remaining } => ("running", remaining),
        Clock::Paused { remaining } => ("paused", remaining),
        Clock::Over { by } => ("over", by),
    };
    Ok(Json(CafeDto {
        round: v.cafe.round,
        rounds: v
            .rounds
            .iter()
            .map(|r| CafeRoundDto {
                number: r.number,
                question: r.question.clone(),
                minutes: r.minutes,
            })
            .collect(),
        timer: timer.into(),
        seconds,
        tables: v
            .tables
            .iter()
            .map(|t| CafeTableDto {
                id: t.table.id,
                name: t.table.name.clone(),
                capacity: t.table.capacity,
                host: t.host.clone(),
                seated: t.seated,
            })
            .collect(),
        joined: v.joined,
        suggestions: v
            .suggested
            .iter()
            .map(|&(round, table_id)| CafeSuggestionDto { round, table_id })
            .collect(),
        seat: v.seat,
        notes_now: v.notes_now.map(note),
        notes_before: v.notes_before.map(note),
    }))
}

#[derive(Deserialize, ToSchema)]
pub struct CafeSeatInput {
    /// The table to sit at this round (any table, whatever was suggested); null to stand up.
    table_id: Option<i32>,
}

#[utoipa::path(post, path = "/api/v1/communities/{slug}/gatherings/{id}/cafe/seat", params(("slug" = String, Path), ("id" = i32, Path)), request_body = CafeSeatInput, responses((status = 204), (status = 409, body = ErrorDto, description = "the café has not started")))]
pub async fn seat(
    State(st): State<AppState>,
    ApiInside { ctx }: ApiInside,
    Ids(GatheringPath { id }): Ids<GatheringPath>,
    ApiJson(input): ApiJson<CafeSeatInput>,
) -> ApiResult<StatusCode> {
    st.app
        .cafe_check_in(&ctx.require()?, id, input.table_id)
        .await?;
    Ok(StatusCode::NO_CONTENT)
}

#[derive(Deserialize, ToSchema)]
pub struct CafeNoteInput {
    table_id: i32,
    round: i32,
    #[schema(schema_with = super::limits::cafe_note_body)]
    body: String,
    /// The version you started from (0 for new notes).
    base: i32,
}

#[derive(Serialize, ToSchema)]
pub struct CafeNoteSaved {
    version: i32,
}

#[utoipa::path(put, path = "/api/v1/communities/{slug}/gatherings/{id}/cafe/notes", params(("slug" = String, Path), ("id" = i32, Path)), request_body = CafeNoteInput, responses((status = 200, body = CafeNoteSaved), (status = 409, body = ErrorDto, description = "the round has not started, or someone saved since `base`: nothing was written, and the answer holds `version`, `theirs` and `yours`")))]
pub async fn note_save(
    State(st): State<AppState>,
    ApiInside { ctx }: ApiInside,
    Ids(GatheringPath { id }): Ids<GatheringPath>,
    ApiJson(input): ApiJson<CafeNoteInput>,
) -> ApiResult<Json<CafeNoteSaved>> {
    let body = CafeNoteBody::parse(&input.body)?;
    let version = st
        .app
        .save_cafe_note(
            &ctx.require()?,
            id,
            input.table_id,
            input.round,
            &body,
            input.base,
        )
        .await?;
    Ok(Json(CafeNoteSaved { version }))
}

#[utoipa::path(post, path = "/api/v1/communities/{slug}/gatherings/{id}/cafe/join", params(("slug" = String, Path), ("id" = i32, Path)), responses((status = 204)))]
pub async fn join(
    State(st): State<AppState>,
    ApiInside { ctx }: ApiInside,
    Ids(GatheringPath { id }): Ids<GatheringPath>,
) -> ApiResult<StatusCode> {
    st.app.join_cafe(&ctx.require()?, id).await?;
    Ok(StatusCode::NO_CONTENT)
}

#[derive(Serialize, ToSchema)]
pub struct CafePlanned {
    /// Seats suggested (people × rounds not started yet).
    suggestions: usize,
}

#[utoipa::path(post, path = "/api/v1/communities/{slug}/gatherings/{id}/cafe/plan", params(("slug" = String, Path), ("id" = i32, Path)), responses((status = 200, body = CafePlanned), (status = 409, body = ErrorDto, description = "no rounds, no tables or fewer than two people joined")))]
pub async fn plan(
    State(st): State<AppState>,
    ApiInside { ctx }: ApiInside,
    Ids(GatheringPath { id }): Ids<GatheringPath>,
) -> ApiResult<Json<CafePlanned>> {
    let suggestions = st.app.plan_cafe(&ctx.require()?, id).await?;
    Ok(Json(CafePlanned { suggestions }))
}

#[derive(Serialize, ToSchema)]
pub struct CafeRoundStarted {
    round: i32,
}

#[utoipa::path(post, path = "/api/v1/communities/{slug}/gatherings/{id}/cafe/rounds/next", params(("slug" = String, Path), ("id" = i32, Path)), responses((status = 200, body = CafeRoundStarted), (status = 409, body = ErrorDto, description = "no round left to start")))]
pub async fn next_round(
    State(st): State<AppState>,
    ApiInside { ctx }: ApiInside,
    Ids(GatheringPath { id }): Ids<GatheringPath>,
) -> ApiResult<Json<CafeRoundStarted>> {
    let round = st.app.start_cafe_round(&ctx.require()?, id).await?;
    Ok(Json(CafeRoundStarted { round }))
}

#[derive(Serialize, ToSchema)]
pub struct CafeThemeDto {
    /// Null for a suggested theme not saved by the host.
    id: Option<i32>,
    name: String,
    /// The terms its notes share.
    shared: Vec<String>,
    notes: Vec<CafeNoteDto>,
}

#[derive(Serialize, ToSchema)]
pub struct CafeHarvestDto {
    /// Whether the themes are the host's saved ones (else suggested from shared terms).
    saved: bool,
    themes: Vec<CafeThemeDto>,
}

#[utoipa::path(get, path = "/api/v1/communities/{slug}/gatherings/{id}/cafe/harvest", params(("slug" = String, Path), ("id" = i32, Path)), responses((status = 200, body = CafeHarvestDto)))]
pub async fn harvest(
    State(st): State<AppState>,
    ApiInside { ctx }: ApiInside,
    Ids(GatheringPath { id }): Ids<GatheringPath>,
) -> ApiResult<Json<CafeHarvestDto>> {
    let h = st.app.cafe_harvest(&ctx.require()?, id).await?;
    Ok(Json(CafeHarvestDto {
        saved: h.saved,
        themes: h
            .themes
            .into_iter()
            .map(|t| CafeThemeDto {
                id: t.id,
                name: t.name,
                shared: t.shared,
                notes: t.notes.into_iter().map(note).collect(),
            })
            .collect(),
    }))
}
