//! Gatherings over the API: list and create them, read the agenda, convene, place sessions,
//! signal interest. The same use-cases and checks as the pages.

use super::{ApiJson, ApiResult, ErrorDto};
use crate::AppState;
use crate::extract::{ApiCan, ApiInside, GatheringPath, Ids, SessionPath};
use axum::Json;
use axum::extract::State;
use axum::http::StatusCode;
use convene_app::agenda::{Card, SessionForm};
use convene_app::can;
use convene_app::gathering::GatheringForm;
use convene_app::wall::Cell;
use convene_domain::gathering::{Zone, dots, features};
use convene_domain::text::{
    CallingQuestion, GatheringTitle, InvitationText, SessionDescription, SessionTitle, Venue,
};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

#[derive(Serialize, ToSchema)]
pub struct GatheringDto {
    id: i32,
    title: String,
    calling_question: String,
    phase: String,
    time_zone: String,
    license: String,
    version: i64,
}

impl From<convene_app::store::Gathering> for GatheringDto {
    fn from(g: convene_app::store::Gathering) -> Self {
        GatheringDto {
            id: g.id,
            title: g.title,
            calling_question: g.calling_question,
            phase: g.phase,
            time_zone: g.time_zone,
            license: g.license,
            version: g.version,
        }
    }
}

#[utoipa::path(get, path = "/api/v1/communities/{slug}/gatherings", params(("slug" = String, Path)), responses((status = 200, body = [GatheringDto]), (status = 404, body = ErrorDto)))]
pub async fn gatherings(
    State(st): State<AppState>,
    ApiCan { ctx }: ApiCan<can::TakePart>,
) -> ApiResult<Json<Vec<GatheringDto>>> {
    let list = st.app.gatherings(&ctx.require()?).await?;
    Ok(Json(list.into_iter().map(GatheringDto::from).collect()))
}

#[derive(Deserialize, ToSchema)]
pub struct GatheringInput {
    #[schema(schema_with = super::limits::gathering_title)]
    title: String,
    #[schema(schema_with = super::limits::calling_question)]
    calling_question: String,
    #[schema(schema_with = super::limits::invitation_text)]
    invitation: String,
    #[schema(schema_with = super::limits::venue)]
    venue: String,
    #[schema(schema_with = super::limits::time_zone)]
    time_zone: String,
    #[serde(default = "three")]
    #[schema(schema_with = super::limits::dots)]
    dots: i32,
}

fn three() -> i32 {
    3
}

#[utoipa::path(post, path = "/api/v1/communities/{slug}/gatherings", params(("slug" = String, Path)), request_body = GatheringInput, responses((status = 201, body = GatheringDto), (status = 403, body = ErrorDto), (status = 422, body = ErrorDto)))]
pub async fn gathering_create(
    State(st): State<AppState>,
    ApiCan { ctx }: ApiCan<can::HostGathering>,

    ApiJson(input): ApiJson<GatheringInput>,
) -> ApiResult<(StatusCode, Json<GatheringDto>)> {
    let form = GatheringForm {
        title: GatheringTitle::parse(&input.title)?,
        calling_question: CallingQuestion::parse(&input.calling_question)?,
        invitation: InvitationText::parse(&input.invitation)?,
        venue: Venue::parse(&input.venue)?,
        zone: Zone::parse(&input.time_zone)?,
        dots: dots(&input.dots.to_string())?,
    };
    let g = st.app.create_gathering(&ctx.require()?, &form).await?;
    Ok((StatusCode::CREATED, Json(g.into())))
}

#[derive(Serialize, ToSchema)]
pub struct SessionDto {
    id: i32,
    title: String,
    convener: String,
    /// `[space_id, slot_id]`, or null while in the marketplace.
    #[schema(schema_with = super::limits::cell)]
    cell: Option<(i32, i32)>,
    interested: usize,
    present: usize,
    capacity: Option<i32>,
}

impl From<&Card> for SessionDto {
    fn from(c: &Card) -> Self {
        SessionDto {
            id: c.id,
            title: c.title.clone(),
            convener: c.convener.clone(),
            cell: c.cell,
            interested: c.interested,
            present: c.present,
            capacity: c.capacity,
        }
    }
}

#[derive(Serialize, ToSchema)]
pub struct SpaceDto {
    id: i32,
    name: String,
    capacity: i32,
    features: String,
}

#[derive(Serialize, ToSchema)]
pub struct SlotDto {
    id: i32,
    starts_at: i64,
    ends_at: i64,
    kind: String,
    label: String,
}

/// A cell no session may take: a plenary or break across every space, or one locked cell.
#[derive(Serialize, ToSchema)]
pub struct LockedDto {
    space_id: i32,
    slot_id: i32,
    label: String,
}

#[derive(Serialize, ToSchema)]
pub struct AgendaDto {
    version: i64,
    phase: String,
    spaces: Vec<SpaceDto>,
    slots: Vec<SlotDto>,
    sessions: Vec<SessionDto>,
    /// Cells a session may take now, as `[space_id, slot_id]`.
    free: Vec<[i32; 2]>,
    locked: Vec<LockedDto>,
    warnings: Vec<String>,
}

#[utoipa::path(get, path = "/api/v1/communities/{slug}/gatherings/{id}/agenda", params(("slug" = String, Path), ("id" = i32, Path)), responses((status = 200, body = AgendaDto), (status = 404, body = ErrorDto)))]
pub async fn agenda(
    State(st): State<AppState>,
    ApiInside { ctx }: ApiInside,
    Ids(GatheringPath { id }): Ids<GatheringPath>,
) -> ApiResult<Json<AgendaDto>> {
    let wall = st.app.wall(&ctx.require()?, id).await?;
    let mut sessions: Vec<SessionDto> = wall.cards().map(SessionDto::from).collect();
    let (mut free, mut locked) = (Vec::new(), Vec::new());
    for row in &wall.rows {
        for (space, cell) in wall.spaces.iter().zip(&row.cells) {
            match cell {
                Cell::Free { space_id, slot_id } => free.push([*space_id, *slot_id]),
                Cell::Locked(label) => locked.push(LockedDto {
                    space_id: space.id,
                    slot_id: row.slot_id,
                    label: label.clone(),
                }),
                Cell::Taken(_) => {}
            }
        }
    }
    sessions.sort_by_key(|s| s.id);
    Ok(Json(AgendaDto {
        version: wall.version,
        phase: wall.phase.as_str().into(),
        spaces: wall
            .spaces
            .iter()
            .map(|s| SpaceDto {
                id: s.id,
                name: s.name.clone(),
                capacity: s.capacity,
                features: s.features.clone(),
            })
            .collect(),
        slots: wall
            .rows
            .iter()
            .map(|r| SlotDto {
                id: r.slot_id,
                starts_at: r.starts_at,
                ends_at: r.ends_at,
                kind: r.kind.as_str().into(),
                label: r.label.clone(),
            })
            .collect(),
        sessions,
        free,
        locked,
        warnings: wall.warnings,
    }))
}

#[derive(Deserialize, ToSchema)]
pub struct SessionInput {
    #[schema(schema_with = super::limits::session_title)]
    title: String,
    #[serde(default)]
    #[schema(schema_with = super::limits::session_description)]
    description: String,
    #[serde(default)]
    #[schema(schema_with = super::limits::features)]
    needs: String,
    /// Account ids of members who convene it too (at most 5).
    #[serde(default)]
    co_conveners: Vec<i32>,
}

#[derive(Serialize, ToSchema)]
pub struct CreatedSession {
    id: i32,
}

#[utoipa::path(post, path = "/api/v1/communities/{slug}/gatherings/{id}/sessions", params(("slug" = String, Path), ("id" = i32, Path)), request_body = SessionInput, responses((status = 201, body = CreatedSession), (status = 409, body = ErrorDto), (status = 422, body = ErrorDto)))]
pub async fn session_create(
    State(st): State<AppState>,
    ApiInside { ctx }: ApiInside,
    Ids(GatheringPath { id }): Ids<GatheringPath>,
    ApiJson(input): ApiJson<SessionInput>,
) -> ApiResult<(StatusCode, Json<CreatedSession>)> {
    let form = SessionForm {
        visibility: convene_domain::content::Visibility::Network,
        title: SessionTitle::parse(&input.title)?,
        description: if input.description.trim().is_empty() {
            None
        } else {
            Some(SessionDescription::parse(&input.description)?)
        },
        needs: features(&input.needs)?,
        co_conveners: input.co_conveners,
    };
    let s = st.app.convene(&ctx.require()?, id, &form).await?;
    Ok((StatusCode::CREATED, Json(CreatedSession { id: s.id })))
}

#[derive(Deserialize, ToSchema)]
pub struct CellInput {
    /// `[space_id, slot_id]`, or null to move the session back to the marketplace.
    #[schema(schema_with = super::limits::cell)]
    cell: Option<(i32, i32)>,
}

#[utoipa::path(put, path = "/api/v1/communities/{slug}/gatherings/{id}/sessions/{sid}/cell", params(("slug" = String, Path), ("id" = i32, Path), ("sid" = i32, Path)), request_body = CellInput, responses((status = 204), (status = 403, body = ErrorDto), (status = 409, body = ErrorDto, description = "the cell is taken or locked")))]
pub async fn session_place(
    State(st): State<AppState>,
    ApiInside { ctx }: ApiInside,
    Ids(SessionPath { id, sid }): Ids<SessionPath>,
    ApiJson(input): ApiJson<CellInput>,
) -> ApiResult<StatusCode> {
    st.app.place(&ctx.require()?, id, sid, input.cell).await?;
    Ok(StatusCode::NO_CONTENT)
}

#[derive(Deserialize, ToSchema)]
pub struct InterestInput {
    interested: bool,
}

#[utoipa::path(put, path = "/api/v1/communities/{slug}/gatherings/{id}/sessions/{sid}/interest", params(("slug" = String, Path), ("id" = i32, Path), ("sid" = i32, Path)), request_body = InterestInput, responses((status = 204), (status = 404, body = ErrorDto), (status = 409, body = ErrorDto, description = "the gathering is not open for this")))]
pub async fn session_interest(
    State(st): State<AppState>,
    ApiInside { ctx }: ApiInside,
    Ids(SessionPath { id, sid }): Ids<SessionPath>,
    ApiJson(input): ApiJson<InterestInput>,
) -> ApiResult<StatusCode> {
    st.app
        .set_interest(&ctx.require()?, id, sid, input.interested)
        .await?;
    Ok(StatusCode::NO_CONTENT)
}
