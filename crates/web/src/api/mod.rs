//! JSON API under /api/v1, authenticated by `Authorization: Bearer <token>` (tokens are made on
//! the account page). The same use-cases as the pages, so the same permission checks.

mod audit;
mod communities;
mod gatherings;
mod invitations;
mod me;
mod members;
mod moderation;
mod network;

use audit::*;
use communities::*;
use invitations::*;
use me::*;
use members::*;

use crate::AppState;
use crate::error::ApiError;
use crate::extract::{ApiCan, ApiInside, Ids, InvitationPath, MemberPath};
use crate::session::ApiAccount;
use axum::extract::{Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post, put};
use axum::{Json, Router};
use convene_app::AppError;
use convene_app::can;
use convene_app::community::NewCommunityForm;
use convene_app::invitation::{NewInvitationForm, usage};
use convene_domain::invitation::InvitationKind;
use convene_domain::text::{CallingQuestion, CommunityName, Email, OrgName, Purpose, Reason, Slug};
use convene_domain::{Role, RoleSet};
use serde::{Deserialize, Serialize};
use utoipa::{OpenApi, ToSchema};

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/openapi.json", get(openapi))
        .route("/me", get(me))
        .route("/me/export", get(me_export))
        .route("/communities", get(communities).post(community_create))
        .route("/communities/{slug}", get(community).put(community_update))
        .route(
            "/communities/{slug}/organizations",
            post(organization_create),
        )
        .route("/communities/{slug}/members", get(members))
        .route(
            "/communities/{slug}/members/{id}",
            axum::routing::delete(member_remove),
        )
        .route("/communities/{slug}/members/{id}/roles", put(member_roles))
        .route("/communities/{slug}/members/{id}/reset", post(member_reset))
        .route(
            "/communities/{slug}/invitations",
            get(invitations).post(invitation_create),
        )
        .route(
            "/communities/{slug}/invitations/{id}/revoke",
            post(invitation_revoke),
        )
        .route("/communities/{slug}/audit", get(audit))
        .route(
            "/communities/{slug}/gatherings",
            get(gatherings::gatherings).post(gatherings::gathering_create),
        )
        .route(
            "/communities/{slug}/gatherings/{id}/agenda",
            get(gatherings::agenda),
        )
        .route(
            "/communities/{slug}/gatherings/{id}/sessions",
            post(gatherings::session_create),
        )
        .route(
            "/communities/{slug}/gatherings/{id}/sessions/{sid}/cell",
            put(gatherings::session_place),
        )
        .route(
            "/communities/{slug}/gatherings/{id}/sessions/{sid}/interest",
            put(gatherings::session_interest),
        )
        .route("/communities/{slug}/network", get(network::map))
        .route("/communities/{slug}/network/health", get(network::health))
        .route("/communities/{slug}/network/groups", get(network::groups))
        .route(
            "/communities/{slug}/content/{content_id}",
            get(moderation::content),
        )
        .route(
            "/communities/{slug}/content/{content_id}/flags",
            post(moderation::flag),
        )
        .route(
            "/communities/{slug}/moderation/cases",
            get(moderation::queue),
        )
        .route(
            "/communities/{slug}/moderation/cases/{case_id}/claim",
            post(moderation::claim),
        )
        .route(
            "/communities/{slug}/moderation/cases/{case_id}/decision",
            post(moderation::decide),
        )
        .route(
            "/communities/{slug}/moderation/cases/{case_id}/appeal",
            post(moderation::appeal),
        )
        .route(
            "/communities/{slug}/moderation/cases/{case_id}/appeal/decision",
            post(moderation::appeal_decide),
        )
        .route("/communities/{slug}/moderation/log", get(moderation::log))
}

#[derive(OpenApi)]
#[openapi(
    info(title = "convene API", version = "1", description = "Communities, members, roles, invitations, the audit log, gatherings (agenda, sessions, interest) and the network (map, health, group aggregates). Authenticate with `Authorization: Bearer <token>`."),
    paths(me, me_export, communities, community_create, community, community_update, organization_create, members, member_remove, member_roles, member_reset, invitations, invitation_create, invitation_revoke, audit,
        gatherings::gatherings, gatherings::gathering_create, gatherings::agenda, gatherings::session_create, gatherings::session_place, gatherings::session_interest,
        network::map, network::health, network::groups,
        moderation::flag, moderation::content, moderation::queue, moderation::claim, moderation::decide, moderation::appeal, moderation::appeal_decide, moderation::log),
    components(schemas(Me, CommunitySummary, CommunityDetail, CommunityInput, OrganizationDto, OrganizationInput, SettingsInput, MemberDto, RolesInput, ReasonInput, InvitationDto, InvitationInput, CreatedInvitation, ResetLink, AuditDto, ErrorDto,
        gatherings::GatheringDto, gatherings::GatheringInput, gatherings::AgendaDto, gatherings::SpaceDto, gatherings::SlotDto, gatherings::SessionDto, gatherings::SessionInput, gatherings::CreatedSession, gatherings::CellInput, gatherings::InterestInput,
        moderation::FlagInput, moderation::FlaggedDto, moderation::ContentDto, moderation::NoticeDto, moderation::CaseDto, moderation::QueueDto, moderation::DecisionInput, moderation::AppealInput, moderation::LogDto)),
    modifiers(&Bearer)
)]
pub struct ApiDoc;

struct Bearer;
impl utoipa::Modify for Bearer {
    fn modify(&self, openapi: &mut utoipa::openapi::OpenApi) {
        use utoipa::openapi::security::{HttpAuthScheme, HttpBuilder, SecurityScheme};
        if let Some(c) = openapi.components.as_mut() {
            c.add_security_scheme(
                "bearer",
                SecurityScheme::Http(HttpBuilder::new().scheme(HttpAuthScheme::Bearer).build()),
            );
        }
        openapi.security = Some(vec![utoipa::openapi::security::SecurityRequirement::new(
            "bearer",
            Vec::<String>::new(),
        )]);
    }
}

async fn openapi() -> Json<utoipa::openapi::OpenApi> {
    Json(ApiDoc::openapi())
}

pub(crate) type ApiResult<T> = Result<T, ApiError>;

/// A JSON body whose rejection (malformed, wrong type, missing field) is an API error.
pub struct ApiJson<T>(pub T);

impl<T: serde::de::DeserializeOwned, S: Send + Sync> axum::extract::FromRequest<S> for ApiJson<T> {
    type Rejection = ApiError;

    async fn from_request(req: axum::extract::Request, state: &S) -> Result<Self, Self::Rejection> {
        Json::<T>::from_request(req, state)
            .await
            .map(|Json(v)| ApiJson(v))
            .map_err(|e| ApiError(AppError::field("body", e.body_text())))
    }
}

#[derive(Serialize, ToSchema)]
pub struct ErrorDto {
    error: String,
    field: Option<String>,
}
