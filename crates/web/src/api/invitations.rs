//! Invitations over the API: the list, new invitations and revoking one.

use super::*;

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
pub(super) async fn invitations(
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
    #[schema(schema_with = super::limits::invitation_kind)]
    kind: String,
    #[schema(schema_with = super::limits::email)]
    email: Option<String>,
    #[schema(schema_with = super::limits::calling_question)]
    calling_question: String,
    organization_id: i32,
    #[serde(default)]
    guest: bool,
    #[serde(default = "one")]
    #[schema(schema_with = super::limits::max_uses)]
    max_uses: i64,
    #[serde(default = "fourteen")]
    #[schema(schema_with = super::limits::days)]
    days: i64,
    /// A gathering of the community the invitation is for (people land on it).
    #[serde(default)]
    gathering_id: Option<i32>,
}

pub(super) fn one() -> i64 {
    1
}
pub(super) fn fourteen() -> i64 {
    14
}

#[derive(Serialize, ToSchema)]
pub struct CreatedInvitation {
    id: i32,
    /// The link to share. Shown once: only its hash is stored.
    url: String,
}

#[utoipa::path(post, path = "/api/v1/communities/{slug}/invitations", params(("slug" = String, Path)), request_body = InvitationInput, responses((status = 201, body = CreatedInvitation), (status = 403, body = ErrorDto), (status = 422, body = ErrorDto)))]
pub(super) async fn invitation_create(
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
pub(super) async fn invitation_revoke(
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
