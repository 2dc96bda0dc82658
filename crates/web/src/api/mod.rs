//! JSON API under /api/v1, authenticated by `Authorization: Bearer <token>` (tokens are made on
//! the account page). The same use-cases as the pages, so the same permission checks.

mod audit;
mod cafe;
mod communities;
mod contributions;
mod gatherings;
mod governance;
mod harvest;
mod invitations;
mod lean;
pub mod library;
mod limits;
mod me;
mod members;
mod moderation;
mod network;
mod notifications;
mod practices;
mod presence;
pub(crate) mod search;
mod setup;
mod suggestions;
mod threads;

use audit::*;
use communities::*;
use invitations::*;
use me::*;
use members::*;

use crate::AppState;
use crate::error::ApiError;
use crate::extract::{ApiCan, ApiInside, Ids, InvitationPath, MemberPath};
use crate::session::ApiAccount;
use axum::extract::State;
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
        .route("/me/language", put(me_language))
        .route(
            "/me/providers/{provider}",
            axum::routing::delete(me_provider_unlink),
        )
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
        .route(
            "/communities/{slug}/gatherings/{id}/sessions/{sid}/checkin",
            post(presence::check_in),
        )
        .route(
            "/communities/{slug}/gatherings/{id}/checkout",
            post(presence::check_out),
        )
        .route(
            "/communities/{slug}/gatherings/{id}/sessions/{sid}/report",
            get(harvest::report).put(harvest::report_save),
        )
        .route(
            "/communities/{slug}/gatherings/{id}/votes",
            get(harvest::votes).post(harvest::vote),
        )
        .route(
            "/communities/{slug}/gatherings/{id}/actions",
            get(harvest::actions).post(harvest::action_create),
        )
        .route(
            "/communities/{slug}/gatherings/{id}/actions/{aid}/volunteer",
            put(harvest::volunteer),
        )
        .route(
            "/communities/{slug}/gatherings/{id}/actions/{aid}/status",
            put(harvest::action_status),
        )
        .route(
            "/communities/{slug}/threads",
            get(threads::threads).post(threads::thread_create),
        )
        .route("/communities/{slug}/threads/{id}", get(threads::thread))
        .route(
            "/communities/{slug}/threads/{id}/replies",
            post(threads::reply_create),
        )
        .route(
            "/communities/{slug}/threads/{id}/offer",
            post(threads::thread_offer),
        )
        .route("/communities/{slug}/search", get(search::search))
        .route("/communities/{slug}/gatherings/{id}/cafe", get(cafe::cafe))
        .route(
            "/communities/{slug}/gatherings/{id}/cafe/seat",
            post(cafe::seat),
        )
        .route(
            "/communities/{slug}/gatherings/{id}/cafe/notes",
            put(cafe::note_save),
        )
        .route(
            "/communities/{slug}/gatherings/{id}/cafe/join",
            post(cafe::join),
        )
        .route(
            "/communities/{slug}/gatherings/{id}/cafe/plan",
            post(cafe::plan),
        )
        .route(
            "/communities/{slug}/gatherings/{id}/cafe/rounds/next",
            post(cafe::next_round),
        )
        .route(
            "/communities/{slug}/gatherings/{id}/cafe/harvest",
            get(cafe::harvest),
        )
        .route("/practices", get(practices::practices))
        .route("/practices/{slug}/export", get(practices::practice_export))
        .route("/communities/{slug}/network", get(network::map))
        .route("/communities/{slug}/network/health", get(network::health))
        .route("/communities/{slug}/network/groups", get(network::groups))
        .merge(setup::routes())
        .merge(lean::routes())
        .merge(library::routes())
        .merge(suggestions::routes())
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
        .route("/me/notifications", get(notifications::notifications))
        .route(
            "/me/notifications/read",
            post(notifications::notifications_read),
        )
        .route(
            "/me/notifications/{id}/read",
            post(notifications::notification_read),
        )
        .route(
            "/me/notification-settings",
            get(notifications::settings).put(notifications::settings_put),
        )
        .route(
            "/communities/{slug}/contributions",
            post(contributions::contribution_create),
        )
        .route(
            "/communities/{slug}/contributions/queue",
            get(contributions::queue),
        )
        .route(
            "/communities/{slug}/contributions/{id}",
            get(contributions::contribution),
        )
        .route(
            "/communities/{slug}/contributions/{id}/decision",
            post(contributions::decision),
        )
        .route("/communities/{slug}/governance", get(governance::overview))
        .route(
            "/communities/{slug}/policies/accept",
            post(governance::accept),
        )
        .route("/communities/{slug}/decisions", post(governance::propose))
        .route(
            "/communities/{slug}/decisions/{decision_id}",
            get(governance::decision),
        )
        .route(
            "/communities/{slug}/decisions/{decision_id}/responses",
            post(governance::respond),
        )
        .route(
            "/communities/{slug}/decisions/{decision_id}/advice",
            post(governance::advice),
        )
        .route(
            "/communities/{slug}/decisions/{decision_id}/objections/{account_id}/answer",
            post(governance::answer),
        )
        .route(
            "/communities/{slug}/decisions/{decision_id}/close",
            post(governance::close),
        )
        .route(
            "/communities/{slug}/decision-rules/{kind}",
            axum::routing::put(governance::set_rule),
        )
}

#[derive(OpenApi)]
#[openapi(
    info(title = "convene API", version = "1", description = "Communities, members, roles, invitations, the audit log, gatherings (agenda with free and locked cells, sessions, interest, check-in and out, reports saved on a version, dots, actions) the network (map, health, group aggregates) the practice library (open to anyone) threads with replies, and search. Authenticate with `Authorization: Bearer <token>`."),
    paths(me, me_export, me_provider_unlink, me_language, communities, community_create, community, community_update, organization_create, members, member_remove, member_roles, member_reset, invitations, invitation_create, invitation_revoke, audit,
        gatherings::gatherings, gatherings::gathering_create, gatherings::agenda, gatherings::session_create, gatherings::session_place, gatherings::session_interest,
        presence::check_in, presence::check_out,
        harvest::report, harvest::report_save, harvest::votes, harvest::vote, harvest::actions, harvest::action_create, harvest::volunteer, harvest::action_status,
        practices::practices, practices::practice_export,
        network::map, network::health, network::groups,
        moderation::flag, moderation::content, moderation::queue, moderation::claim, moderation::decide, moderation::appeal, moderation::appeal_decide, moderation::log,
        governance::overview, governance::accept, governance::propose, governance::decision, governance::respond, governance::advice, governance::answer, governance::close, governance::set_rule,
        threads::threads, threads::thread_create, threads::thread, threads::reply_create, threads::thread_offer,
        search::search,
        notifications::notifications, notifications::notification_read, notifications::notifications_read, notifications::settings, notifications::settings_put,
        contributions::contribution_create, contributions::contribution, contributions::queue, contributions::decision,
        cafe::cafe, cafe::seat, cafe::note_save, cafe::join, cafe::plan, cafe::next_round, cafe::harvest),
    components(schemas(Me, MeProvider, MePasskey, MeLanguage, CommunitySummary, CommunityDetail, CommunityInput, OrganizationDto, OrganizationInput, SettingsInput, MemberDto, RolesInput, ReasonInput, InvitationDto, InvitationInput, CreatedInvitation, ResetLink, AuditDto, ErrorDto,
        gatherings::GatheringDto, gatherings::GatheringInput, gatherings::AgendaDto, gatherings::LockedDto, gatherings::SpaceDto, gatherings::SlotDto, gatherings::SessionDto, gatherings::SessionInput, gatherings::CreatedSession, gatherings::CellInput, gatherings::InterestInput, presence::CheckInInput,
        harvest::ReportDto, harvest::RevisionDto, harvest::ReportInput, harvest::SavedDto, harvest::VotesDto, harvest::RankedDto, harvest::VoteInput, harvest::ActionDto, harvest::ActionInput, harvest::CreatedAction, harvest::VolunteerInput, harvest::StatusInput,
        practices::PracticeSummary,
        moderation::FlagInput, moderation::FlaggedDto, moderation::ContentDto, moderation::NoticeDto, moderation::CaseDto, moderation::QueueDto, moderation::DecisionInput, moderation::AppealInput, moderation::LogDto,
        governance::GovernanceRuleDto, governance::PolicyVersionDto, governance::DecisionSummaryDto, governance::MandateDto, governance::GovernanceDto, governance::AcceptedPolicies, governance::ChangeInput, governance::ProposalInput, governance::DecisionOpened, governance::DecisionResponseDto, governance::AdviceDto, governance::DecisionDto, governance::DecisionResponseInput, governance::AdviceInput, governance::ObjectionAnswerInput, governance::CloseInput, governance::DecisionClosed, governance::DecisionRuleInput,
        threads::ThreadInput, threads::CreatedPost, threads::ThreadSummaryDto, threads::PostDto, threads::ThreadDto, threads::ReplyInput,
        search::SearchResultsDto, search::SearchHitDto,
        notifications::NotificationDto, notifications::NotificationSettingDto,
        contributions::ContributionInput, contributions::ContributionCreated, contributions::ContributionDto, contributions::CurationItemDto, contributions::CurationDecisionInput,
        cafe::CafeDto, cafe::CafeTableDto, cafe::CafeNoteDto, cafe::CafeRoundDto, cafe::CafeSuggestionDto, cafe::CafeSeatInput, cafe::CafeNoteInput, cafe::CafeNoteSaved, cafe::CafePlanned, cafe::CafeRoundStarted, cafe::CafeThemeDto, cafe::CafeHarvestDto)),
    modifiers(&Bearer, &Errors)
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

/// The errors any operation of a kind can answer, added where an operation does not list
/// them itself: 401 without a valid token; 403 and 404 inside a community (a role that does
/// not allow it; a community, or an id in the path, that is not there or not yours to see);
/// 404 for any path id; 413 and 422 for a body (too large; malformed or a field invalid) or
/// 422 for query parameters.
struct Errors;
impl utoipa::Modify for Errors {
    fn modify(&self, openapi: &mut utoipa::openapi::OpenApi) {
        use utoipa::openapi::{ContentBuilder, RefOr, ResponseBuilder};
        let error = |what: &str| {
            ResponseBuilder::new()
                .description(what)
                .content(
                    "application/json",
                    ContentBuilder::new()
                        .schema(Some(utoipa::openapi::Ref::from_schema_name("ErrorDto")))
                        .build(),
                )
                .build()
        };
        for (path, item) in openapi.paths.paths.iter_mut() {
            let ops = [
                item.get.as_mut(),
                item.put.as_mut(),
                item.post.as_mut(),
                item.delete.as_mut(),
                item.patch.as_mut(),
            ];
            for op in ops.into_iter().flatten() {
                // `security(())`: open to anyone, so no 401.
                let open = op
                    .security
                    .as_ref()
                    .is_some_and(|s| s.iter().any(|r| *r == Default::default()));
                let mut add = Vec::new();
                if !open {
                    add.push(("401", error("No valid bearer token.")));
                }
                if path.starts_with("/api/v1/communities/{slug}") {
                    add.push(("403", error("Your roles here do not allow this.")));
                }
                if path.contains('{') {
                    add.push(("404", error("Not there, or not yours to see.")));
                }
                let query =
                    op.parameters.iter().flatten().any(|p| {
                        matches!(p.parameter_in, utoipa::openapi::path::ParameterIn::Query)
                    });
                if op.request_body.is_some() {
                    add.push((
                        "413",
                        ResponseBuilder::new()
                            .description("The body is larger than the server accepts.")
                            .build(),
                    ));
                }
                if op.request_body.is_some() || query {
                    add.push((
                        "422",
                        error("Malformed, or a field is invalid (`field` names it)."),
                    ));
                }
                for (status, response) in add {
                    op.responses
                        .responses
                        .entry(status.to_owned())
                        .or_insert(RefOr::T(response));
                }
            }
        }
    }
}

/// The document, built once: it does not change while the server runs, and building it
/// walks the time-zone database for the `time_zone` enum.
fn document() -> &'static utoipa::openapi::OpenApi {
    static DOC: std::sync::OnceLock<utoipa::openapi::OpenApi> = std::sync::OnceLock::new();
    DOC.get_or_init(|| {
        let mut doc = ApiDoc::openapi();
        doc.merge(setup::SetupDoc::openapi());
        doc.merge(lean::LeanDoc::openapi());
        doc.merge(library::LibraryDoc::openapi());
        doc.merge(suggestions::PeerEditDoc::openapi());
        // The merged operations get the same shared errors as the rest.
        utoipa::Modify::modify(&Errors, &mut doc);
        doc
    })
}

async fn openapi() -> Json<&'static utoipa::openapi::OpenApi> {
    Json(document())
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

/// Query parameters whose rejection (a duplicate, a wrong type) is an API error, as for bodies.
pub struct ApiQuery<T>(pub T);

impl<T: serde::de::DeserializeOwned, S: Send + Sync> axum::extract::FromRequestParts<S>
    for ApiQuery<T>
{
    type Rejection = ApiError;

    async fn from_request_parts(
        parts: &mut axum::http::request::Parts,
        state: &S,
    ) -> Result<Self, Self::Rejection> {
        axum::extract::Query::<T>::from_request_parts(parts, state)
            .await
            .map(|axum::extract::Query(v)| ApiQuery(v))
            .map_err(|e| ApiError(AppError::field("query", e.body_text())))
    }
}

#[derive(Serialize, ToSchema)]
pub struct ErrorDto {
    error: String,
    field: Option<String>,
}
