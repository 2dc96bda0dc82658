//! Passkeys: added (named), listed and removed on the account page, and the passkey way
//! through a sign-in's second step. The browser's part is static/passkey.js: it fetches a
//! challenge here as JSON and posts the authenticator's answer back in a plain form.

use super::account::account_page_for;
use super::auth::{SigninCodePage, code_page, safe_next};
use super::{Nav, render, when};
use crate::AppState;
use crate::error::PageError;
use crate::security::ClientAddr;
use crate::session::{CurrentAccount, session_cookie, session_token};
use askama::Template;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use axum::{Form, Json};
use axum_extra::extract::CookieJar;
use convene_app::AppError;
use convene_app::store::Account;
use serde::Deserialize;

/// A passkey on the account page.
pub struct PasskeyRow {
    pub id: i32,
    pub name: String,
    pub created: String,
    /// Empty if never used.
    pub last_used: String,
}

pub(super) async fn rows(st: &AppState, account: &Account) -> Result<Vec<PasskeyRow>, PageError> {
    let tr = Nav::of(account).tr;
    Ok(st
        .app
        .passkeys(account)
        .await?
        .into_iter()
        .map(|p| PasskeyRow {
            id: p.id,
            name: p.name,
            created: when(tr, p.created_at),
            last_used: p.last_used_at.map(|t| when(tr, t)).unwrap_or_default(),
        })
        .collect())
}

/// The first second factor's recovery codes, shown once.
#[derive(Template)]
#[template(path = "passkey_codes.html")]
pub struct PasskeyCodesPage {
    pub nav: Nav,
    pub codes: Vec<String>,
}

/// What a refused passkey step says, in the reader's language.
fn refusal(nav: &Nav, e: &AppError) -> Option<String> {
    Some(nav.t(match e {
        AppError::Field { .. } => "passkey-name-invalid",
        AppError::BadCredentials => "passkey-refused",
        AppError::NotFound => "passkey-expired",
        AppError::Conflict(_) => "passkey-duplicate",
        _ => return None,
    }))
}

/// `POST /account/passkeys/options`: a registration challenge (JSON: token, options).
pub async fn register_options_post(
    State(st): State<AppState>,
    CurrentAccount(account): CurrentAccount,
) -> Result<Response, PageError> {
    let c = st.app.begin_passkey(&account).await?;
    Ok(Json(serde_json::json!({ "token": c.token, "options": c.options })).into_response())
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct RegisterForm {
    pub token: String,
    pub name: String,
    pub credential: String,
}

/// `POST /account/passkeys`: the authenticator's answer; the passkey is added.
pub async fn register_post(
    State(st): State<AppState>,
    jar: CookieJar,
    client: ClientAddr,
    CurrentAccount(account): CurrentAccount,
    Form(form): Form<RegisterForm>,
) -> Result<Response, PageError> {
    if let Err(limited) = st.limit_password(&client, &account.email) {
        return Ok(limited.into_response());
    }
    let result = st
        .app
        .finish_passkey(&account, &form.token, &form.name, &form.credential)
        .await;
    match result {
        Ok(None) => Ok(Redirect::to("/account?done=passkey-added#passkeys").into_response()),
        Ok(Some(codes)) => Ok(render(&PasskeyCodesPage {
            nav: Nav::of(&account),
            codes,
        })),
        Err(e) => refused(&st, &jar, &account, e).await,
    }
}

async fn refused(
    st: &AppState,
    jar: &CookieJar,
    account: &Account,
    e: AppError,
) -> Result<Response, PageError> {
    let Some(msg) = refusal(&Nav::of(account), &e) else {
        return Err(e.into());
    };
    let status = crate::error::status(&e);
    let session = session_token(st, jar).unwrap_or_default();
    let page = account_page_for(st, account, &session, Some(msg)).await?;
    Ok((status, render(&page)).into_response())
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct RemoveForm {
    pub password: String,
}

/// `POST /account/passkeys/{id}/remove`: the password asked again (throttled like sign-in).
pub async fn remove_post(
    State(st): State<AppState>,
    jar: CookieJar,
    client: ClientAddr,
    CurrentAccount(account): CurrentAccount,
    Path(id): Path<i32>,
    Form(form): Form<RemoveForm>,
) -> Result<Response, PageError> {
    if let Err(limited) = st.limit_password(&client, &account.email) {
        return Ok(limited.into_response());
    }
    match st.app.remove_passkey(&account, id, &form.password).await {
        Ok(()) => Ok(Redirect::to("/account?done=passkey-removed#passkeys").into_response()),
        Err(AppError::Field { .. }) => {
            let session = session_token(&st, &jar).unwrap_or_default();
            let msg = Nav::of(&account).t("passkey-password-wrong");
            let page = account_page_for(&st, &account, &session, Some(msg)).await?;
            Ok((StatusCode::UNPROCESSABLE_ENTITY, render(&page)).into_response())
        }
        Err(e) => Err(e.into()),
    }
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct StepForm {
    pub token: String,
    pub credential: String,
    pub next: String,
}

/// `POST /signin/passkey/options`: the challenge for the step's account (JSON), counted
/// with the password attempts.
pub async fn sign_in_options_post(
    State(st): State<AppState>,
    client: ClientAddr,
    Form(form): Form<StepForm>,
) -> Result<Response, PageError> {
    let Some(account) = st.app.second_step_account(&form.token).await? else {
        return Err(AppError::NotFound.into());
    };
    if let Err(limited) = st.limit_password(&client, &account.email) {
        return Ok(limited.into_response());
    }
    match st.app.begin_passkey_sign_in(&form.token).await? {
        Some(options) => Ok(Json(options).into_response()),
        None => Err(AppError::NotFound.into()),
    }
}

/// `POST /signin/passkey`: the authenticator's answer ends the second step.
pub async fn sign_in_post(
    State(st): State<AppState>,
    client: ClientAddr,
    jar: CookieJar,
    Form(form): Form<StepForm>,
) -> Result<Response, PageError> {
    let next = safe_next(&form.next).unwrap_or("").to_owned();
    let Some(account) = st.app.second_step_account(&form.token).await? else {
        return Ok(Redirect::to("/signin").into_response());
    };
    if let Err(limited) = st.limit_password(&client, &account.email) {
        return Ok(limited.into_response());
    }
    match st
        .app
        .sign_in_with_passkey(&form.token, &form.credential)
        .await
    {
        Ok((_, session)) => {
            let to = if next.is_empty() { "/" } else { next.as_str() };
            Ok((jar.add(session_cookie(&st, session)), Redirect::to(to)).into_response())
        }
        Err(AppError::BadCredentials) => {
            let mut page: SigninCodePage = code_page(&st, form.token, next, None).await?;
            page.error = Some(page.nav.t("passkey-refused"));
            Ok((StatusCode::UNAUTHORIZED, render(&page)).into_response())
        }
        Err(e) => Err(e.into()),
    }
}
