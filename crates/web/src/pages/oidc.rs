//! Sign-in through an OpenID provider: the start links (sign in, link on the account page,
//! accept an invitation), the callback, unlinking, and the community's provider ties.
//!
//! The starts are GET links, not forms: the browser leaves for the provider by a redirect,
//! which the CSP's `form-action 'self'` would refuse after a form. Each start is rate-limited
//! with the sign-in attempts and sets a short-lived cookie that the callback must bring back
//! (its hash is stored with the state), so a callback link sent to someone else does nothing.

use super::auth::{SigninCodePage, safe_next};
use super::{MessagePage, Nav, render, settle};
use crate::AppState;
use crate::error::PageError;
use crate::extract::Can;
use crate::security::{Bucket, ClientAddr};
use crate::session::{CurrentAccount, session_cookie};
use axum::Form;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use axum_extra::extract::CookieJar;
use axum_extra::extract::cookie::{Cookie, SameSite};
use convene_app::second_factor::SignInStep;
use convene_app::{AppError, can, oidc};
use serde::Deserialize;

fn cookie_name(st: &AppState) -> &'static str {
    if st.cfg.secure_cookies() {
        "__Host-convene_oidc"
    } else {
        "convene_oidc"
    }
}

/// Lax: the provider's redirect back is a top-level cross-site GET, which must carry it.
fn browser_cookie(st: &AppState, value: String) -> Cookie<'static> {
    Cookie::build((cookie_name(st), value))
        .path("/")
        .http_only(true)
        .secure(st.cfg.secure_cookies())
        .same_site(SameSite::Lax)
        .max_age(time::Duration::seconds(oidc::LOGIN_TTL))
        .build()
}

fn clear_browser_cookie(st: &AppState) -> Cookie<'static> {
    Cookie::build((cookie_name(st), ""))
        .path("/")
        .http_only(true)
        .secure(st.cfg.secure_cookies())
        .max_age(time::Duration::ZERO)
        .build()
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct StartQuery {
    pub next: String,
}

async fn start(
    st: &AppState,
    client: &ClientAddr,
    jar: CookieJar,
    provider: &str,
    purpose: oidc::Purpose,
    next: &str,
) -> Result<Response, PageError> {
    if let Err(limited) = st.limit(Bucket::SignIn, client) {
        return Ok(limited.into_response());
    }
    let next = safe_next(next).unwrap_or("");
    match st.app.oidc_begin(provider, purpose, next).await {
        Ok(s) => Ok((jar.add(browser_cookie(st, s.browser)), Redirect::to(&s.url)).into_response()),
        Err(e) if e.kind() == Some(convene_app::Kind::Conflict) => {
            Ok(not_finished(StatusCode::BAD_GATEWAY, &e))
        }
        Err(e) => Err(e.into()),
    }
}

/// `GET /signin/oidc/{provider}`: sign in with a provider.
pub async fn signin_start(
    State(st): State<AppState>,
    client: ClientAddr,
    jar: CookieJar,
    Path(provider): Path<String>,
    Query(q): Query<StartQuery>,
) -> Result<Response, PageError> {
    start(&st, &client, jar, &provider, oidc::Purpose::SignIn, &q.next).await
}

/// `GET /account/oidc/{provider}/link`: link a provider to the signed-in account.
pub async fn link_start(
    State(st): State<AppState>,
    client: ClientAddr,
    jar: CookieJar,
    CurrentAccount(account): CurrentAccount,
    Path(provider): Path<String>,
) -> Result<Response, PageError> {
    let purpose = oidc::Purpose::Link(account.id);
    start(&st, &client, jar, &provider, purpose, "/account").await
}

/// `GET /invite/{token}/oidc/{provider}`: accept an invitation with a provider's identity.
pub async fn join_start(
    State(st): State<AppState>,
    client: ClientAddr,
    jar: CookieJar,
    Path((token, provider)): Path<(String, String)>,
) -> Result<Response, PageError> {
    if let Err(limited) = st.limit(Bucket::Redeem, &client) {
        return Ok(limited.into_response());
    }
    let purpose = oidc::Purpose::Join(token);
    start(&st, &client, jar, &provider, purpose, "").await
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct CallbackQuery {
    pub code: String,
    pub state: String,
    pub error: String,
}

fn not_finished(status: StatusCode, e: &AppError) -> Response {
    let nav = Nav::default();
    (
        status,
        render(&MessagePage {
            title: nav.t("signin-oidc-not-finished"),
            message: crate::error_words::message(e, nav.tr),
            nav,
            link: Some("/signin".into()),
            back: None,
        }),
    )
        .into_response()
}

/// `GET /signin/oidc/{provider}/callback`: the provider sends the browser back here.
pub async fn callback(
    State(st): State<AppState>,
    client: ClientAddr,
    jar: CookieJar,
    Path(provider): Path<String>,
    Query(q): Query<CallbackQuery>,
) -> Result<Response, PageError> {
    if let Err(limited) = st.limit(Bucket::SignIn, &client) {
        return Ok(limited.into_response());
    }
    let browser = jar
        .get(cookie_name(&st))
        .map(|c| c.value().to_owned())
        .unwrap_or_default();
    let jar = jar.add(clear_browser_cookie(&st));
    if !q.error.is_empty() || q.code.is_empty() || q.state.is_empty() {
        // Said no at the provider, or came without an answer: take the sign-in out of play.
        return Ok((
            jar,
            not_finished(
                StatusCode::BAD_REQUEST,
                &convene_app::Message::t("error-oidc-declined").refused(),
            ),
        )
            .into_response());
    }
    let result = st
        .app
        .oidc_finish(&provider, &q.state, &q.code, &browser)
        .await;
    // Whether the second step (if one is asked) may be taken with a passkey.
    let passkey = match &result {
        Ok(
            oidc::Finished::SignedIn(SignInStep::Code(t), _)
            | oidc::Finished::Joined(_, SignInStep::Code(t)),
        ) => st.app.second_step_has_passkey(t).await?,
        _ => false,
    };
    let step = |jar: CookieJar, step: SignInStep, to: String| match step {
        SignInStep::Done(_, session) => {
            (jar.add(session_cookie(&st, session)), Redirect::to(&to)).into_response()
        }
        SignInStep::Code(token) => (
            jar,
            render(&SigninCodePage {
                nav: Nav::default(),
                token,
                next: to,
                error: None,
                notice: None,
                passkey,
            }),
        )
            .into_response(),
    };
    match result {
        Ok(oidc::Finished::SignedIn(s, next)) => {
            let to = safe_next(&next).unwrap_or("/").to_owned();
            Ok(step(jar, s, to))
        }
        Ok(oidc::Finished::Linked(_)) => {
            Ok((jar, Redirect::to("/account?done=linked#providers")).into_response())
        }
        Ok(oidc::Finished::Joined(c, s)) => Ok(step(jar, s, format!("/c/{}?welcome=1", c.slug))),
        Err(e)
            if matches!(e, AppError::Unusable(_) | AppError::NotFound)
                || matches!(
                    e.kind(),
                    Some(convene_app::Kind::Conflict | convene_app::Kind::Refused)
                ) =>
        {
            let status = crate::error::status(&e);
            Ok((jar, not_finished(status, &e)).into_response())
        }
        Err(e) => Err(e.into()),
    }
}

/// `POST /account/oidc/{provider}/unlink`.
pub async fn unlink_post(
    State(st): State<AppState>,
    jar: CookieJar,
    CurrentAccount(account): CurrentAccount,
    Path(provider): Path<String>,
) -> Result<Response, PageError> {
    let session = crate::session::session_token(&st, &jar).unwrap_or_default();
    let result = st.app.oidc_unlink(&account, &provider).await;
    settle(
        result,
        super::to("/account?done=unlinked#providers".into()),
        |msg| super::account::account_page_for(&st, &account, &session, Some(msg)),
    )
    .await
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct TieForm {
    pub provider: String,
    /// An organization id; empty unties.
    pub organization: String,
}

/// `POST /c/{slug}/settings/oidc`: tie a provider to an organization of the community.
pub async fn tie_post(
    State(st): State<AppState>,
    Can { account, ctx }: Can<can::EditSettings>,
    Form(form): Form<TieForm>,
) -> Result<Response, PageError> {
    let result = async {
        let org = match form.organization.trim() {
            "" => None,
            raw => Some(crate::form_id::<i32>(raw)?),
        };
        st.app
            .set_oidc_tie(&ctx.require()?, &form.provider, org)
            .await
    }
    .await;
    let to = format!("/c/{}/settings#providers", ctx.community().slug);
    settle(result, super::to(to), |msg| {
        super::settings::settings_page_for(&st, &account, &ctx, msg)
    })
    .await
}
