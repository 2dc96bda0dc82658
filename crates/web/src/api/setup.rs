//! A gathering's setup over the API, as the host's setup page does it: its details, spaces
//! and slots (create, change, remove; removals say how many sessions went back to the
//! marketplace) and the phase (on, or one step back with a reason). The same use-cases.

use super::{ApiJson, ApiResult, ErrorDto};
use crate::AppState;
use crate::extract::{ApiCan, ApiInside, GatheringPath, Ids};
use axum::Json;
use axum::extract::State;
use axum::http::StatusCode;
use convene_app::gathering::SlotForm;
use convene_app::setup::DetailsForm;
use convene_app::{AppError, can};
use convene_domain::gathering::{Phase, SlotKind, Zone, capacity, features};
use convene_domain::ids::{GatheringId, SlotId, SpaceId};
use convene_domain::text::{
    CallingQuestion, CellLabel, GatheringTitle, InvitationText, Reason, SpaceName, Venue,
};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

#[derive(Debug, Clone, Copy, Deserialize)]
pub struct SpacePath {
    pub id: GatheringId,
    pub space: SpaceId,
}

#[derive(Debug, Clone, Copy, Deserialize)]
pub struct SlotPath {
    pub id: GatheringId,
    pub slot: SlotId,
}

#[derive(Serialize, ToSchema)]
pub struct GatheringDetailDto {
    id: i32,
    title: String,
    calling_question: String,
    invitation: String,
    venue: String,
    time_zone: String,
    phase: String,
    license: String,
    dots: i32,
    version: i64,
}

#[utoipa::path(get, path = "/api/v1/communities/{slug}/gatherings/{id}", params(("slug" = String, Path), ("id" = i32, Path)), responses((status = 200, body = GatheringDetailDto), (status = 404, body = ErrorDto)))]
pub async fn gathering_get(
    State(st): State<AppState>,
    ApiInside { ctx }: ApiInside,
    Ids(GatheringPath { id }): Ids<GatheringPath>,
) -> ApiResult<Json<GatheringDetailDto>> {
    let g = st.app.gathering(&ctx.require()?, id).await?;
    Ok(Json(GatheringDetailDto {
        id: g.id,
        title: g.title,
        calling_question: g.calling_question,
        invitation: g.invitation,
        venue: g.venue,
        time_zone: g.time_zone,
        phase: g.phase,
        license: g.license,
        dots: g.dots,
        version: g.version,
    }))
}

#[derive(Deserialize, ToSchema)]
pub struct DetailsInput {
    #[schema(schema_with = super::limits::gathering_title)]
    title: String,
    #[schema(schema_with = super::limits::calling_question)]
    calling_question: String,
    #[schema(schema_with = super::limits::invitation_text)]
    invitation: String,
    #[schema(schema_with = super::limits::venue)]
    venue: String,
    /// An IANA name; slots keep their clock times in the new zone.
    #[schema(schema_with = super::limits::time_zone)]
    time_zone: String,
    /// `2026-12-03`: every slot moves by whole days so the first is on this day.
    #[serde(default)]
    #[schema(schema_with = super::limits::date)]
    first_day: Option<String>,
}

#[utoipa::path(put, path = "/api/v1/communities/{slug}/gatherings/{id}", params(("slug" = String, Path), ("id" = i32, Path)), request_body = DetailsInput, responses((status = 204), (status = 403, body = ErrorDto), (status = 422, body = ErrorDto)))]
pub async fn gathering_update(
    State(st): State<AppState>,
    ApiCan { ctx }: ApiCan<can::HostGathering>,
    Ids(GatheringPath { id }): Ids<GatheringPath>,
    ApiJson(input): ApiJson<DetailsInput>,
) -> ApiResult<StatusCode> {
    let form = DetailsForm {
        title: GatheringTitle::parse(&input.title)?,
        calling_question: CallingQuestion::parse(&input.calling_question)?,
        invitation: InvitationText::parse(&input.invitation)?,
        venue: Venue::parse(&input.venue)?,
        zone: Zone::parse(&input.time_zone)?,
        first_day: input.first_day,
    };
    st.app.edit_details(&ctx, id, &form).await?;
    Ok(StatusCode::NO_CONTENT)
}

#[derive(Deserialize, ToSchema)]
pub struct SpaceInput {
    #[schema(schema_with = super::limits::space_name)]
    name: String,
    #[schema(schema_with = super::limits::seats)]
    capacity: i32,
    /// Comma-separated, e.g. `projector, accessible`.
    #[serde(default)]
    #[schema(schema_with = super::limits::features)]
    features: String,
}

#[derive(Serialize, ToSchema)]
pub struct Created {
    id: i32,
}

/// How many placed sessions went back to the marketplace.
#[derive(Serialize, ToSchema)]
pub struct Moved {
    moved: u64,
}

#[utoipa::path(post, path = "/api/v1/communities/{slug}/gatherings/{id}/spaces", params(("slug" = String, Path), ("id" = i32, Path)), request_body = SpaceInput, responses((status = 201, body = Created), (status = 409, body = ErrorDto, description = "the name is taken"), (status = 422, body = ErrorDto)))]
pub async fn space_create(
    State(st): State<AppState>,
    ApiCan { ctx }: ApiCan<can::HostGathering>,
    Ids(GatheringPath { id }): Ids<GatheringPath>,
    ApiJson(input): ApiJson<SpaceInput>,
) -> ApiResult<(StatusCode, Json<Created>)> {
    let name = SpaceName::parse(&input.name)?;
    let cap = capacity(&input.capacity.to_string())?;
    let feats = features(&input.features)?;
    let space = st.app.add_space(&ctx, id, &name, cap, &feats).await?;
    Ok((StatusCode::CREATED, Json(Created { id: space.id })))
}

#[utoipa::path(put, path = "/api/v1/communities/{slug}/gatherings/{id}/spaces/{space}", params(("slug" = String, Path), ("id" = i32, Path), ("space" = i32, Path)), request_body = SpaceInput, responses((status = 204), (status = 404, body = ErrorDto), (status = 409, body = ErrorDto), (status = 422, body = ErrorDto)))]
pub async fn space_update(
    State(st): State<AppState>,
    ApiCan { ctx }: ApiCan<can::HostGathering>,
    Ids(SpacePath { id, space }): Ids<SpacePath>,
    ApiJson(input): ApiJson<SpaceInput>,
) -> ApiResult<StatusCode> {
    let name = SpaceName::parse(&input.name)?;
    let cap = capacity(&input.capacity.to_string())?;
    let feats = features(&input.features)?;
    st.app
        .edit_space(&ctx, id, space, (&name, cap, &feats))
        .await?;
    Ok(StatusCode::NO_CONTENT)
}

#[utoipa::path(delete, path = "/api/v1/communities/{slug}/gatherings/{id}/spaces/{space}", params(("slug" = String, Path), ("id" = i32, Path), ("space" = i32, Path)), responses((status = 200, body = Moved), (status = 404, body = ErrorDto), (status = 409, body = ErrorDto, description = "the gathering is closed")))]
pub async fn space_delete(
    State(st): State<AppState>,
    ApiCan { ctx }: ApiCan<can::HostGathering>,
    Ids(SpacePath { id, space }): Ids<SpacePath>,
) -> ApiResult<Json<Moved>> {
    let moved = st.app.remove_space(&ctx, id, space).await?;
    Ok(Json(Moved { moved }))
}

#[derive(Deserialize, ToSchema)]
pub struct SlotInput {
    /// `2026-12-01`, in the gathering's time zone.
    #[schema(schema_with = super::limits::date)]
    date: String,
    /// `10:00`
    #[schema(schema_with = super::limits::clock)]
    starts: String,
    /// `11:00`
    #[schema(schema_with = super::limits::clock)]
    ends: String,
    /// `sessions`, `plenary` or `break`.
    #[schema(schema_with = super::limits::slot_kind)]
    kind: String,
    #[serde(default)]
    #[schema(schema_with = super::limits::cell_label)]
    label: String,
}

impl SlotInput {
    fn form(&self) -> Result<SlotForm, AppError> {
        Ok(SlotForm {
            date: self.date.clone(),
            starts: self.starts.clone(),
            ends: self.ends.clone(),
            kind: SlotKind::parse(&self.kind)
                .ok_or_else(|| AppError::field("kind", "sessions, plenary or break"))?,
            label: match self.label.trim() {
                "" => None,
                l => Some(CellLabel::parse(l)?),
            },
        })
    }
}

#[utoipa::path(post, path = "/api/v1/communities/{slug}/gatherings/{id}/slots", params(("slug" = String, Path), ("id" = i32, Path)), request_body = SlotInput, responses((status = 201, body = Created), (status = 422, body = ErrorDto, description = "it overlaps another slot, starts before the opening circle, or does not end after it starts")))]
pub async fn slot_create(
    State(st): State<AppState>,
    ApiCan { ctx }: ApiCan<can::HostGathering>,
    Ids(GatheringPath { id }): Ids<GatheringPath>,
    ApiJson(input): ApiJson<SlotInput>,
) -> ApiResult<(StatusCode, Json<Created>)> {
    let slot = st.app.add_slot(&ctx, id, &input.form()?).await?;
    Ok((StatusCode::CREATED, Json(Created { id: slot.id })))
}

#[utoipa::path(put, path = "/api/v1/communities/{slug}/gatherings/{id}/slots/{slot}", params(("slug" = String, Path), ("id" = i32, Path), ("slot" = i32, Path)), request_body = SlotInput, responses((status = 200, body = Moved, description = "a slot that became a plenary or break sends its sessions back to the marketplace"), (status = 404, body = ErrorDto), (status = 422, body = ErrorDto)))]
pub async fn slot_update(
    State(st): State<AppState>,
    ApiCan { ctx }: ApiCan<can::HostGathering>,
    Ids(SlotPath { id, slot }): Ids<SlotPath>,
    ApiJson(input): ApiJson<SlotInput>,
) -> ApiResult<Json<Moved>> {
    let moved = st.app.edit_slot(&ctx, id, slot, &input.form()?).await?;
    Ok(Json(Moved { moved }))
}

#[utoipa::path(delete, path = "/api/v1/communities/{slug}/gatherings/{id}/slots/{slot}", params(("slug" = String, Path), ("id" = i32, Path), ("slot" = i32, Path)), responses((status = 200, body = Moved), (status = 404, body = ErrorDto), (status = 409, body = ErrorDto, description = "the gathering is closed")))]
pub async fn slot_delete(
    State(st): State<AppState>,
    ApiCan { ctx }: ApiCan<can::HostGathering>,
    Ids(SlotPath { id, slot }): Ids<SlotPath>,
) -> ApiResult<Json<Moved>> {
    let moved = st.app.remove_slot(&ctx, id, slot).await?;
    Ok(Json(Moved { moved }))
}

#[derive(Deserialize, ToSchema)]
pub struct PhaseInput {
    /// The next phase, or the one before (then with a reason).
    #[schema(schema_with = super::limits::phase)]
    phase: String,
    #[serde(default)]
    #[schema(schema_with = super::limits::optional_reason)]
    reason: String,
}

#[utoipa::path(put, path = "/api/v1/communities/{slug}/gatherings/{id}/phase", params(("slug" = String, Path), ("id" = i32, Path)), request_body = PhaseInput, responses((status = 204), (status = 409, body = ErrorDto, description = "not the next phase nor the one before"), (status = 422, body = ErrorDto, description = "a step back without a reason")))]
pub async fn phase_put(
    State(st): State<AppState>,
    ApiCan { ctx }: ApiCan<can::HostGathering>,
    Ids(GatheringPath { id }): Ids<GatheringPath>,
    ApiJson(input): ApiJson<PhaseInput>,
) -> ApiResult<StatusCode> {
    let to = Phase::parse(&input.phase).ok_or_else(|| AppError::field("phase", "unknown phase"))?;
    let now = Phase::parse(&st.app.gathering(&ctx.require()?, id).await?.phase);
    if now.and_then(Phase::previous) == Some(to) {
        let reason = Reason::parse(&input.reason)?;
        st.app.step_back_phase(&ctx, id, to, &reason).await?;
    } else {
        st.app.advance_phase(&ctx, id, to).await?;
    }
    Ok(StatusCode::NO_CONTENT)
}

pub fn routes() -> axum::Router<AppState> {
    use axum::routing::{get, post, put};
    const G: &str = "/communities/{slug}/gatherings/{id}";
    axum::Router::new()
        .route(G, get(gathering_get).put(gathering_update))
        .route(&format!("{G}/spaces"), post(space_create))
        .route(
            &format!("{G}/spaces/{{space}}"),
            put(space_update).delete(space_delete),
        )
        .route(&format!("{G}/slots"), post(slot_create))
        .route(
            &format!("{G}/slots/{{slot}}"),
            put(slot_update).delete(slot_delete),
        )
        .route(&format!("{G}/phase"), put(phase_put))
}

/// This file's part of the OpenAPI document (merged into the whole).
#[derive(utoipa::OpenApi)]
#[openapi(
    paths(
        gathering_get,
        gathering_update,
        space_create,
        space_update,
        space_delete,
        slot_create,
        slot_update,
        slot_delete,
        phase_put
    ),
    components(schemas(
        GatheringDetailDto,
        DetailsInput,
        SpaceInput,
        SlotInput,
        PhaseInput,
        Created,
        Moved
    ))
)]
pub struct SetupDoc;
