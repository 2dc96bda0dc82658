//! A community's members over the API: the directory, roles, removal and reset links.

use super::*;

#[derive(Serialize, ToSchema)]
pub struct MemberDto {
    id: i32,
    display_name: String,
    organization: String,
    roles: Vec<String>,
    joined_at: i64,
}

#[utoipa::path(get, path = "/api/v1/communities/{slug}/members", params(("slug" = String, Path)), responses((status = 200, body = [MemberDto]), (status = 403, body = ErrorDto)))]
pub(super) async fn members(
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
    #[schema(schema_with = super::limits::reason)]
    pub(super) reason: String,
}

#[utoipa::path(delete, path = "/api/v1/communities/{slug}/members/{id}", params(("slug" = String, Path), ("id" = i32, Path)), request_body = ReasonInput, responses((status = 204), (status = 403, body = ErrorDto), (status = 409, body = ErrorDto, description = "the last steward, or the operator, cannot be removed")))]
pub(super) async fn member_remove(
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
    #[schema(schema_with = super::limits::roles)]
    roles: Vec<String>,
    #[schema(schema_with = super::limits::reason)]
    reason: String,
}

#[utoipa::path(put, path = "/api/v1/communities/{slug}/members/{id}/roles", params(("slug" = String, Path), ("id" = i32, Path)), request_body = RolesInput, responses((status = 204), (status = 403, body = ErrorDto), (status = 409, body = ErrorDto)))]
pub(super) async fn member_roles(
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

#[utoipa::path(post, path = "/api/v1/communities/{slug}/members/{id}/reset", params(("slug" = String, Path), ("id" = i32, Path)), request_body = ReasonInput, responses((status = 201, body = ResetLink), (status = 403, body = ErrorDto), (status = 409, body = ErrorDto, description = "the operator's password cannot be reset by a steward")))]
pub(super) async fn member_reset(
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
