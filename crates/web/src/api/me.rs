//! The caller's own account over the API: who they are, and everything convene holds about them.

use super::*;
use convene_i18n::Lang;

#[derive(Serialize, ToSchema)]
pub struct Me {
    id: i32,
    email: String,
    display_name: String,
    /// Whether a second factor (TOTP or a passkey) is on for this account.
    second_factor: bool,
    /// Whether the TOTP factor (an authenticator app) is on.
    totp: bool,
    /// The account's passkeys, oldest first.
    passkeys: Vec<MePasskey>,
    /// How many of the ten recovery codes are unused (0 without a second factor).
    recovery_codes_left: usize,
    /// Whether the account has a password (one made through a provider may have none).
    has_password: bool,
    /// Every identity provider configured here, and whether it is linked to this account.
    providers: Vec<MeProvider>,
    /// The language the account chose (`en`, `de`, `fr`, `es`), or null to follow the
    /// browser's `Accept-Language`, then the community's default.
    language: Option<String>,
    /// The languages convene speaks, by code.
    languages: Vec<String>,
}

/// The language convene speaks to the caller.
#[derive(Deserialize, ToSchema)]
pub struct MeLanguage {
    /// `en`, `de`, `fr` or `es`; null (or an empty string) to follow the browser.
    #[schema(max_length = 16)]
    language: Option<String>,
}

/// One of the caller's passkeys (WebAuthn credentials used as a second factor).
#[derive(Serialize, ToSchema)]
pub struct MePasskey {
    id: i32,
    /// The name its owner gave it.
    name: String,
    /// When it was added (Unix seconds).
    created_at: i64,
    /// When it last signed the caller in (Unix seconds), null if never.
    last_used_at: Option<i64>,
}

/// An identity provider of this server, as seen by the caller.
#[derive(Serialize, ToSchema)]
pub struct MeProvider {
    /// Its id in addresses: `/signin/oidc/{id}`.
    id: String,
    name: String,
    linked: bool,
    /// The e-mail the provider gave when it was linked, if it gave a verified one.
    linked_email: Option<String>,
}

#[utoipa::path(get, path = "/api/v1/me", responses((status = 200, body = Me), (status = 401, body = ErrorDto)))]
pub(super) async fn me(
    State(st): State<AppState>,
    ApiAccount(a): ApiAccount,
) -> ApiResult<Json<Me>> {
    let second_factor = st.app.has_second_factor(&a).await?;
    let totp = st.app.has_totp(&a).await?;
    let passkeys = st
        .app
        .passkeys(&a)
        .await?
        .into_iter()
        .map(|p| MePasskey {
            id: p.id,
            name: p.name,
            created_at: p.created_at,
            last_used_at: p.last_used_at,
        })
        .collect();
    let recovery_codes_left = st.app.recovery_codes_left(&a).await?;
    let linked = st.app.oidc_identities(&a).await?;
    let providers = st
        .app
        .oidc_providers()
        .into_iter()
        .map(|p| {
            let l = linked.iter().find(|l| l.provider == p.id);
            MeProvider {
                linked: l.is_some(),
                linked_email: l.and_then(|l| l.email.clone()),
                id: p.id,
                name: p.name,
            }
        })
        .collect();
    Ok(Json(Me {
        id: a.id,
        email: a.email,
        display_name: a.display_name,
        second_factor,
        totp,
        passkeys,
        recovery_codes_left,
        has_password: a.password_hash.is_some(),
        providers,
        language: a.language,
        languages: Lang::ALL.iter().map(|l| l.code().to_owned()).collect(),
    }))
}

/// Sets the language convene speaks to the caller (pages, e-mail, PDFs); 422 for a language
/// it does not speak.
#[utoipa::path(put, path = "/api/v1/me/language", request_body = MeLanguage,
    responses((status = 204, description = "Saved"), (status = 422, body = ErrorDto), (status = 401, body = ErrorDto)))]
pub(super) async fn me_language(
    State(st): State<AppState>,
    ApiAccount(a): ApiAccount,
    ApiJson(input): ApiJson<MeLanguage>,
) -> ApiResult<StatusCode> {
    let raw = input.language.unwrap_or_default();
    if raw.len() > 16 {
        return Err(AppError::Field {
            field: "language",
            message: "Choose en, de, fr or es.".into(),
        }
        .into());
    }
    let lang = crate::i18n::choice(&raw)?;
    st.app.set_language(&a, lang).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// Unlinks an identity provider; refused (409) where it is the account's only way to sign in.
/// Linking happens in a browser (the provider's sign-in page): `/account` links.
#[utoipa::path(delete, path = "/api/v1/me/providers/{provider}",
    params(("provider" = String, Path, description = "The provider's id")),
    responses((status = 204, description = "Unlinked"), (status = 404, body = ErrorDto), (status = 409, body = ErrorDto), (status = 401, body = ErrorDto)))]
pub(super) async fn me_provider_unlink(
    State(st): State<AppState>,
    ApiAccount(a): ApiAccount,
    axum::extract::Path(provider): axum::extract::Path<String>,
) -> ApiResult<StatusCode> {
    if provider.len() > 40 {
        return Err(AppError::NotFound.into());
    }
    st.app.oidc_unlink(&a, &provider).await?;
    Ok(StatusCode::NO_CONTENT)
}

#[utoipa::path(get, path = "/api/v1/me/export", responses((status = 200, description = "Everything convene holds about you (convene-account-export/1)")))]
pub(super) async fn me_export(
    State(st): State<AppState>,
    ApiAccount(a): ApiAccount,
) -> ApiResult<Json<serde_json::Value>> {
    Ok(Json(st.app.export_account(&a).await?))
}
