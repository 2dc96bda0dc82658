//! The session cookie and the extractors that turn it (or an API token) into an account.

use crate::{AppState, error::ApiError, error::PageError};
use axum::extract::FromRequestParts;
use axum::http::header;
use axum::http::request::Parts;
use axum_extra::extract::cookie::{Cookie, CookieJar, SameSite};
use convene_app::AppError;
use convene_app::store::Account;

/// `__Host-` needs Secure, which needs https; plain http (local use) gets a plain name.
pub fn cookie_name(st: &AppState) -> &'static str {
    if st.cfg.secure_cookies() {
        "__Host-convene_session"
    } else {
        "convene_session"
    }
}

pub fn session_cookie(st: &AppState, token: String) -> Cookie<'static> {
    Cookie::build((cookie_name(st), token))
        .path("/")
        .http_only(true)
        .secure(st.cfg.secure_cookies())
        .same_site(SameSite::Lax)
        .max_age(time::Duration::seconds(st.app.settings.session_ttl))
        .build()
}

pub fn clear_cookie(st: &AppState) -> Cookie<'static> {
    Cookie::build((cookie_name(st), ""))
        .path("/")
        .http_only(true)
        .secure(st.cfg.secure_cookies())
        .max_age(time::Duration::ZERO)
        .build()
}

pub fn session_token(st: &AppState, jar: &CookieJar) -> Option<String> {
    jar.get(cookie_name(st)).map(|c| c.value().to_owned())
}

/// The signed-in account, if any.
pub struct MaybeAccount(pub Option<Account>);

impl FromRequestParts<AppState> for MaybeAccount {
    type Rejection = PageError;

    async fn from_request_parts(parts: &mut Parts, st: &AppState) -> Result<Self, Self::Rejection> {
        let jar = CookieJar::from_headers(&parts.headers);
        let account = match session_token(st, &jar) {
            Some(t) => st.app.session_account(&t).await?,
            None => None,
        };
        if let Some(a) = &account {
            crate::i18n::signed_in(a.language.as_deref());
        }
        Ok(MaybeAccount(account))
    }
}

/// The signed-in account; pages that need one redirect to sign in without it.
pub struct CurrentAccount(pub Account);

impl FromRequestParts<AppState> for CurrentAccount {
    type Rejection = PageError;

    async fn from_request_parts(parts: &mut Parts, st: &AppState) -> Result<Self, Self::Rejection> {
        match MaybeAccount::from_request_parts(parts, st).await?.0 {
            Some(a) => Ok(CurrentAccount(a)),
            None => Err(PageError(AppError::Unauthenticated)),
        }
    }
}

/// The account behind `Authorization: Bearer <token>`.
pub struct ApiAccount(pub Account);

impl FromRequestParts<AppState> for ApiAccount {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, st: &AppState) -> Result<Self, Self::Rejection> {
        let token = parts
            .headers
            .get(header::AUTHORIZATION)
            .and_then(|v| v.to_str().ok())
            .and_then(|v| v.strip_prefix("Bearer "))
            .ok_or(ApiError(AppError::Unauthenticated))?;
        let account = st
            .app
            .api_account(token.trim())
            .await?
            .ok_or(ApiError(AppError::Unauthenticated))?;
        crate::i18n::signed_in(account.language.as_deref());
        Ok(ApiAccount(account))
    }
}
