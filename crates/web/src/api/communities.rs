//! Communities over the API: the caller's communities, creating one, its settings and organizations.

use super::*;

#[derive(Serialize, ToSchema)]
pub struct CommunitySummary {
    slug: String,
    name: String,
    roles: Vec<String>,
}

pub(super) fn role_names(r: RoleSet) -> Vec<String> {
    r.iter().map(|r| r.as_str().to_owned()).collect()
}

#[utoipa::path(get, path = "/api/v1/communities", responses((status = 200, body = [CommunitySummary])))]
pub(super) async fn communities(
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
    #[schema(schema_with = super::limits::community_name)]
    name: String,
    /// Short name for addresses; made from the name when absent.
    #[schema(schema_with = super::limits::slug)]
    slug: Option<String>,
    #[schema(schema_with = super::limits::purpose)]
    purpose: String,
    #[schema(schema_with = super::limits::org_name)]
    home_organization: String,
    #[serde(default)]
    open: bool,
}

#[utoipa::path(post, path = "/api/v1/communities", request_body = CommunityInput, responses((status = 201, body = CommunitySummary), (status = 403, body = ErrorDto), (status = 409, body = ErrorDto), (status = 422, body = ErrorDto)))]
pub(super) async fn community_create(
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
    #[schema(schema_with = super::limits::org_name)]
    name: String,
    #[schema(schema_with = super::limits::reason)]
    reason: String,
}

#[utoipa::path(post, path = "/api/v1/communities/{slug}/organizations", params(("slug" = String, Path)), request_body = OrganizationInput, responses((status = 201, body = OrganizationDto), (status = 403, body = ErrorDto), (status = 409, body = ErrorDto)))]
pub(super) async fn organization_create(
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
pub(super) async fn community(
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
    #[schema(schema_with = super::limits::community_name)]
    name: String,
    #[schema(schema_with = super::limits::purpose)]
    purpose: String,
    open: bool,
    #[schema(schema_with = super::limits::reason)]
    reason: String,
}

#[utoipa::path(put, path = "/api/v1/communities/{slug}", params(("slug" = String, Path)), request_body = SettingsInput, responses((status = 204), (status = 403, body = ErrorDto), (status = 422, body = ErrorDto)))]
pub(super) async fn community_update(
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
