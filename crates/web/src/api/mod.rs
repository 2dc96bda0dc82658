//! JSON API under /api/v1, authenticated by `Authorization: Bearer <token>` (tokens are made on
//! the account page). The same use-cases as the pages, so the same permission checks.

mod gatherings;
mod network;

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
}

#[derive(OpenApi)]
#[openapi(
    info(title = "convene API", version = "1", description = "Communities, members, roles, invitations, the audit log, gatherings (agenda, sessions, interest) and the network (map, health, group aggregates). Authenticate with `Authorization: Bearer <token>`."),
    paths(me, me_export, communities, community_create, community, community_update, organization_create, members, member_remove, member_roles, member_reset, invitations, invitation_create, invitation_revoke, audit,
        gatherings::gatherings, gatherings::gathering_create, gatherings::agenda, gatherings::session_create, gatherings::session_place, gatherings::session_interest,
        network::map, network::health, network::groups),
    components(schemas(Me, CommunitySummary, CommunityDetail, CommunityInput, OrganizationDto, OrganizationInput, SettingsInput, MemberDto, RolesInput, ReasonInput, InvitationDto, InvitationInput, CreatedInvitation, ResetLink, AuditDto, ErrorDto,
        gatherings::GatheringDto, gatherings::GatheringInput, gatherings::AgendaDto, gatherings::SpaceDto, gatherings::SlotDto, gatherings::SessionDto, gatherings::SessionInput, gatherings::CreatedSession, gatherings::CellInput, gatherings::InterestInput)),
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

#[derive(Serialize, ToSchema)]
pub struct Me {
    id: i32,
    email: String,
    display_name: String,
}

#[utoipa::path(get, path = "/api/v1/me", responses((status = 200, body = Me), (status = 401, body = ErrorDto)))]
async fn me(ApiAccount(a): ApiAccount) -> Json<Me> {
    Json(Me {
        id: a.id,
        email: a.email,
        display_name: a.display_name,
    })
}

#[utoipa::path(get, path = "/api/v1/me/export", responses((status = 200, description = "Everything convene holds about you (convene-account-export/1)")))]
async fn me_export(
    State(st): State<AppState>,
    ApiAccount(a): ApiAccount,
) -> ApiResult<Json<serde_json::Value>> {
    Ok(Json(st.app.export_account(&a).await?))
}

#[derive(Serialize, ToSchema)]
pub struct CommunitySummary {
    slug: String,
    name: String,
    roles: Vec<String>,
}

fn role_names(r: RoleSet) -> Vec<String> {
    r.iter().map(|r| r.as_str().to_owned()).collect()
}

#[utoipa::path(get, path = "/api/v1/communities", responses((status = 200, body = [CommunitySummary])))]
async fn communities(
    State(st): State<AppState>,
    ApiAccount(a): ApiAccount,
) -> ApiResult<Json<Vec<CommunitySummary>>> {
    Ok(Json(
        st.app
            .my_communities(&a)
            .await?
            .into_iter()
            .map(|(c, r)| CommunitySummary {
                slug: c.slug,
                name: c.name,
                roles: role_names(r),
            })
            .collect(),
    ))
}

#[derive(Deserialize, ToSchema)]
pub struct CommunityInput {
    name: String,
    /// Short name for addresses; made from the name when absent.
    slug: Option<String>,
    purpose: String,
    home_organization: String,
    #[serde(default)]
    open: bool,
}

#[utoipa::path(post, path = "/api/v1/communities", request_body = CommunityInput, responses((status = 201, body = CommunitySummary), (status = 403, body = ErrorDto), (status = 409, body = ErrorDto), (status = 422, body = ErrorDto)))]
async fn community_create(
    State(st): State<AppState>,
    ApiAccount(a): ApiAccount,
    ApiJson(input): ApiJson<CommunityInput>,
) -> ApiResult<Response> {
    let name = CommunityName::parse(&input.name)?;
    let slug = match input
        .slug
        .as_deref()
        .map(str::trim)
        .filter(|s| !s.is_empty())
    {
        Some(s) => Slug::parse(s)?,
        None => {
            Slug::from_name(name.as_str()).ok_or(AppError::field("slug", "choose a short name"))?
        }
    };
    let form = NewCommunityForm {
        name,
        slug,
        purpose: Purpose::parse(&input.purpose)?,
        home_organization: OrgName::parse(&input.home_organization)?,
        open: input.open,
    };
    let c = st.app.create_community(&a, &form).await?;
    Ok((
        StatusCode::CREATED,
        Json(CommunitySummary {
            slug: c.slug,
            name: c.name,
            roles: role_names(RoleSet::only(Role::Steward)),
        }),
    )
        .into_response())
}

#[derive(Deserialize, ToSchema)]
pub struct OrganizationInput {
    name: String,
    reason: String,
}

#[utoipa::path(post, path = "/api/v1/communities/{slug}/organizations", params(("slug" = String, Path)), request_body = OrganizationInput, responses((status = 201, body = OrganizationDto), (status = 403, body = ErrorDto), (status = 409, body = ErrorDto)))]
async fn organization_create(
    State(st): State<AppState>,
    ApiCan { ctx }: ApiCan<can::EditSettings>,

    ApiJson(input): ApiJson<OrganizationInput>,
) -> ApiResult<Response> {
    let org = st
        .app
        .add_partner(
            &ctx.require()?,
            &OrgName::parse(&input.name)?,
            &Reason::parse(&input.reason)?,
        )
        .await?;
    Ok((
        StatusCode::CREATED,
        Json(OrganizationDto {
            id: org.id,
            name: org.name,
            home: org.is_home,
        }),
    )
        .into_response())
}

#[derive(Serialize, ToSchema)]
pub struct OrganizationDto {
    id: i32,
    name: String,
    home: bool,
}

#[derive(Serialize, ToSchema)]
pub struct CommunityDetail {
    slug: String,
    name: String,
    purpose: String,
    open: bool,
    member_count: u64,
    organizations: Vec<OrganizationDto>,
    my_roles: Vec<String>,
}

#[utoipa::path(get, path = "/api/v1/communities/{slug}", params(("slug" = String, Path)), responses((status = 200, body = CommunityDetail), (status = 404, body = ErrorDto)))]
async fn community(
    State(st): State<AppState>,
    ApiInside { ctx }: ApiInside,
) -> ApiResult<Json<CommunityDetail>> {
    let _slug = ctx.community().slug.clone();
    let (orgs, n) = st.app.overview(&ctx.require()?).await?;
    Ok(Json(CommunityDetail {
        slug: ctx.community().slug.clone(),
        name: ctx.community().name.clone(),
        purpose: ctx.community().purpose.clone(),
        open: ctx.community().open,
        member_count: n,
        organizations: orgs
            .into_iter()
            .map(|o| OrganizationDto {
                id: o.id,
                name: o.name,
                home: o.is_home,
            })
            .collect(),
        my_roles: role_names(ctx.member().roles),
    }))
}

#[derive(Deserialize, ToSchema)]
pub struct SettingsInput {
    name: String,
    purpose: String,
    open: bool,
    reason: String,
}

#[utoipa::path(put, path = "/api/v1/communities/{slug}", params(("slug" = String, Path)), request_body = SettingsInput, responses((status = 204), (status = 403, body = ErrorDto), (status = 422, body = ErrorDto)))]
async fn community_update(
    State(st): State<AppState>,
    ApiCan { ctx }: ApiCan<can::EditSettings>,

    ApiJson(input): ApiJson<SettingsInput>,
) -> ApiResult<StatusCode> {
    st.app
        .update_settings(
            &ctx.require()?,
            &CommunityName::parse(&input.name)?,
            &Purpose::parse(&input.purpose)?,
            input.open,
            &Reason::parse(&input.reason)?,
        )
        .await?;
    Ok(StatusCode::NO_CONTENT)
}

#[derive(Serialize, ToSchema)]
pub struct MemberDto {
    id: i32,
    display_name: String,
    organization: String,
    roles: Vec<String>,
    joined_at: i64,
}

#[utoipa::path(get, path = "/api/v1/communities/{slug}/members", params(("slug" = String, Path)), responses((status = 200, body = [MemberDto]), (status = 403, body = ErrorDto)))]
async fn members(
    State(st): State<AppState>,
    ApiInside { ctx }: ApiInside,
) -> ApiResult<Json<Vec<MemberDto>>> {
    Ok(Json(
        st.app
            .members(&ctx.require()?)
            .await?
            .into_iter()
            .map(|r| MemberDto {
                id: r.membership.id,
                display_name: r.account.display_name,
                organization: r.organization.name,
                roles: role_names(r.roles),
                joined_at: r.membership.joined_at,
            })
            .collect(),
    ))
}

#[derive(Deserialize, ToSchema)]
pub struct ReasonInput {
    reason: String,
}

#[utoipa::path(delete, path = "/api/v1/communities/{slug}/members/{id}", params(("slug" = String, Path), ("id" = i32, Path)), request_body = ReasonInput, responses((status = 204), (status = 403, body = ErrorDto)))]
async fn member_remove(
    State(st): State<AppState>,
    ApiCan { ctx }: ApiCan<can::RemoveMember>,
    Ids(MemberPath { id }): Ids<MemberPath>,
    ApiJson(input): ApiJson<ReasonInput>,
) -> ApiResult<StatusCode> {
    st.app
        .remove_member(&ctx.require()?, id, &Reason::parse(&input.reason)?)
        .await?;
    Ok(StatusCode::NO_CONTENT)
}

#[derive(Deserialize, ToSchema)]
pub struct RolesInput {
    /// Role names: steward, host, curator, community_builder, network_analyst, and guest for a guest.
    roles: Vec<String>,
    reason: String,
}

#[utoipa::path(put, path = "/api/v1/communities/{slug}/members/{id}/roles", params(("slug" = String, Path), ("id" = i32, Path)), request_body = RolesInput, responses((status = 204), (status = 403, body = ErrorDto), (status = 409, body = ErrorDto)))]
async fn member_roles(
    State(st): State<AppState>,
    ApiCan { ctx }: ApiCan<can::ChangeRoles>,
    Ids(MemberPath { id }): Ids<MemberPath>,
    ApiJson(input): ApiJson<RolesInput>,
) -> ApiResult<StatusCode> {
    let mut roles = Vec::new();
    for r in &input.roles {
        roles.push(
            Role::parse(r)
                .ok_or_else(|| AppError::field("roles", format!("unknown role {r:?}")))?,
        );
    }
    let set = RoleSet::new(roles.contains(&Role::Guest), roles);
    st.app
        .change_roles(&ctx.require()?, id, set, &Reason::parse(&input.reason)?)
        .await?;
    Ok(StatusCode::NO_CONTENT)
}

#[derive(Serialize, ToSchema)]
pub struct ResetLink {
    url: String,
}

#[utoipa::path(post, path = "/api/v1/communities/{slug}/members/{id}/reset", params(("slug" = String, Path), ("id" = i32, Path)), request_body = ReasonInput, responses((status = 201, body = ResetLink), (status = 403, body = ErrorDto)))]
async fn member_reset(
    State(st): State<AppState>,
    ApiCan { ctx }: ApiCan<can::IssuePasswordReset>,
    Ids(MemberPath { id }): Ids<MemberPath>,
    ApiJson(input): ApiJson<ReasonInput>,
) -> ApiResult<Response> {
    let token = st
        .app
        .issue_password_reset(&ctx.require()?, id, &Reason::parse(&input.reason)?)
        .await?;
    Ok((
        StatusCode::CREATED,
        Json(ResetLink {
            url: format!("{}/reset/{token}", st.cfg.origin()),
        }),
    )
        .into_response())
}

#[derive(Serialize, ToSchema)]
pub struct InvitationDto {
    id: i32,
    kind: String,
    email: Option<String>,
    calling_question: String,
    organization_id: i32,
    guest: bool,
    uses: i32,
    max_uses: i32,
    declines: i32,
    expires_at: i64,
    status: String,
}

#[utoipa::path(get, path = "/api/v1/communities/{slug}/invitations", params(("slug" = String, Path)), responses((status = 200, body = [InvitationDto]), (status = 403, body = ErrorDto)))]
async fn invitations(
    State(st): State<AppState>,
    ApiInside { ctx }: ApiInside,
) -> ApiResult<Json<Vec<InvitationDto>>> {
    let now = st.app.now();
    Ok(Json(
        st.app
            .invitations(&ctx.require()?)
            .await?
            .into_iter()
            .map(|i| InvitationDto {
                status: usage(&i).status(now).to_owned(),
                id: i.id,
                kind: i.kind,
                email: i.email,
                calling_question: i.calling_question,
                organization_id: i.organization_id,
                guest: i.guest,
                uses: i.uses,
                max_uses: i.max_uses,
                declines: i.declines,
                expires_at: i.expires_at,
            })
            .collect(),
    ))
}

#[derive(Deserialize, ToSchema)]
pub struct InvitationInput {
    /// personal or link
    kind: String,
    email: Option<String>,
    calling_question: String,
    organization_id: i32,
    #[serde(default)]
    guest: bool,
    #[serde(default = "one")]
    max_uses: i64,
    #[serde(default = "fourteen")]
    days: i64,
    /// A gathering of the community the invitation is for (people land on it).
    #[serde(default)]
    gathering_id: Option<i32>,
}

fn one() -> i64 {
    1
}
fn fourteen() -> i64 {
    14
}

#[derive(Serialize, ToSchema)]
pub struct CreatedInvitation {
    id: i32,
    /// The link to share. Shown once: only its hash is stored.
    url: String,
}

#[utoipa::path(post, path = "/api/v1/communities/{slug}/invitations", params(("slug" = String, Path)), request_body = InvitationInput, responses((status = 201, body = CreatedInvitation), (status = 403, body = ErrorDto), (status = 422, body = ErrorDto)))]
async fn invitation_create(
    State(st): State<AppState>,
    ApiCan { ctx }: ApiCan<can::CreateInvitation>,

    ApiJson(input): ApiJson<InvitationInput>,
) -> ApiResult<Response> {
    let form = NewInvitationForm {
        kind: InvitationKind::parse(&input.kind)
            .ok_or(AppError::field("kind", "personal or link"))?,
        email: input
            .email
            .as_deref()
            .filter(|e| !e.trim().is_empty())
            .map(Email::parse)
            .transpose()?,
        calling_question: CallingQuestion::parse(&input.calling_question)?,
        organization_id: input.organization_id,
        guest: input.guest,
        gathering_id: input.gathering_id,
        max_uses: input.max_uses,
        days: input.days,
    };
    let (inv, token) = st.app.create_invitation(&ctx.require()?, &form).await?;
    Ok((
        StatusCode::CREATED,
        Json(CreatedInvitation {
            id: inv.id,
            url: format!("{}/invite/{token}", st.cfg.origin()),
        }),
    )
        .into_response())
}

#[utoipa::path(post, path = "/api/v1/communities/{slug}/invitations/{id}/revoke", params(("slug" = String, Path), ("id" = i32, Path)), request_body = ReasonInput, responses((status = 204), (status = 403, body = ErrorDto), (status = 409, body = ErrorDto)))]
async fn invitation_revoke(
    State(st): State<AppState>,
    ApiCan { ctx }: ApiCan<can::RevokeInvitation>,
    Ids(InvitationPath { id }): Ids<InvitationPath>,
    ApiJson(input): ApiJson<ReasonInput>,
) -> ApiResult<StatusCode> {
    st.app
        .revoke_invitation(&ctx.require()?, id, &Reason::parse(&input.reason)?)
        .await?;
    Ok(StatusCode::NO_CONTENT)
}

#[derive(Serialize, ToSchema)]
pub struct AuditDto {
    id: i32,
    actor_id: Option<i32>,
    action: String,
    target: String,
    reason: String,
    at: i64,
    hash: String,
}

#[derive(Deserialize)]
struct AuditQuery {
    before: Option<String>,
}

#[utoipa::path(get, path = "/api/v1/communities/{slug}/audit", params(("slug" = String, Path), ("before" = Option<i32>, Query)), responses((status = 200, body = [AuditDto]), (status = 403, body = ErrorDto)))]
async fn audit(
    State(st): State<AppState>,
    ApiInside { ctx }: ApiInside,

    Query(q): Query<AuditQuery>,
) -> ApiResult<Json<Vec<AuditDto>>> {
    Ok(Json(
        st.app
            .audit_log(
                &ctx.require()?,
                q.before.as_deref().map(crate::form_id).transpose()?,
            )
            .await?
            .into_iter()
            .map(|e| AuditDto {
                id: e.id,
                actor_id: e.actor_id,
                action: e.action,
                target: e.target,
                reason: e.reason,
                at: e.at,
                hash: e.hash,
            })
            .collect(),
    ))
}
