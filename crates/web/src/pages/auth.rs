use super::{MessagePage, Nav, PersonForm, render, settle};
use crate::AppState;
use crate::error::PageError;
use crate::security::{Bucket, ClientAddr};
use crate::session::{MaybeAccount, clear_cookie, session_cookie, session_token};
use askama::Template;
use axum::Form;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use axum_extra::extract::CookieJar;
use convene_app::AppError;
use convene_app::second_factor::SignInStep;
use convene_domain::text::Password;
use serde::Deserialize;

#[derive(Template)]
#[template(path = "setup.html")]
pub struct SetupPage {
    pub nav: Nav,
    pub token: String,
    pub form: PersonForm,
    pub error: Option<String>,
}

pub async fn setup_get(
    State(st): State<AppState>,
    Path(token): Path<String>,
) -> Result<Response, PageError> {
    if !st.app.setup_token_valid(&token).await? {
        return Err(AppError::NotFound.into());
    }
    Ok(render(&SetupPage {
        nav: Nav::default(),
        token,
        form: PersonForm::default(),
        error: None,
    }))
}

pub async fn setup_post(
    State(st): State<AppState>,
    client: ClientAddr,
    jar: CookieJar,
    Path(token): Path<String>,
    Form(form): Form<PersonForm>,
) -> Result<Response, PageError> {
    if let Err(limited) = st.limit(Bucket::Redeem, &client) {
        return Ok(limited.into_response());
    }
    let parsed = form.person();
    let result = match parsed {
        Ok(person) => st.app.complete_setup(&token, &person).await,
        Err(e) => Err(e),
    };
    settle(
        result,
        async |(_, session)| {
            Ok((
                jar.add(session_cookie(&st, session)),
                Redirect::to("/communities/new"),
            )
                .into_response())
        },
        async |msg| {
            Ok(SetupPage {
                nav: Nav::default(),
                token,
                form: form.redisplay(),
                error: Some(msg),
            })
        },
    )
    .await
}

#[derive(Template)]
#[template(path = "signin.html")]
pub struct SigninPage {
    pub nav: Nav,
    pub email: String,
    /// Where to go after signing in (a safe same-site path), kept in the form.
    pub next: String,
    pub error: Option<String>,
    /// The identity providers one may sign in with.
    pub providers: Vec<convene_app::oidc::ProviderInfo>,
}

#[derive(serde::Deserialize, Default)]
#[serde(default)]
pub struct NextQuery {
    pub next: String,
}

/// `next` only if it is a path on this site: one leading `/`, not `//` or `/\` (which browsers
/// read as another host), no backslash or control character anywhere (browsers drop tabs and
/// newlines, turning `/\t/evil` into `//evil`). Anything else is the start page.
pub fn safe_next(raw: &str) -> Option<&str> {
    let ok = raw.starts_with('/')
        && !raw.starts_with("//")
        && raw.len() <= 2000
        && !raw
            .chars()
            .any(|c| c == '\\' || c.is_control() || c.is_whitespace())
        && !raw.starts_with("/signin");
    ok.then_some(raw)
}

pub async fn signin_get(
    State(st): State<AppState>,
    MaybeAccount(account): MaybeAccount,
    axum::extract::Query(q): axum::extract::Query<NextQuery>,
) -> Response {
    let next = safe_next(&q.next).unwrap_or("").to_owned();
    if account.is_some() {
        return Redirect::to(if next.is_empty() { "/" } else { &next }).into_response();
    }
    render(&SigninPage {
        providers: st.app.oidc_providers(),
        nav: Nav::default(),
        email: String::new(),
        next,
        error: None,
    })
}

#[derive(serde::Deserialize, Default)]
#[serde(default)]
pub struct SigninForm {
    pub email: String,
    pub password: String,
    pub next: String,
}

pub async fn signin_post(
    State(st): State<AppState>,
    client: ClientAddr,
    jar: CookieJar,
    Form(form): Form<SigninForm>,
) -> Result<Response, PageError> {
    if let Err(limited) = st.limit_password(&client, &form.email) {
        return Ok(limited.into_response());
    }
    let next = safe_next(&form.next).unwrap_or("").to_owned();
    match st.app.sign_in_first_step(&form.email, &form.password).await {
        Ok(SignInStep::Done(_, session)) => {
            let to = if next.is_empty() { "/" } else { next.as_str() };
            Ok((jar.add(session_cookie(&st, session)), Redirect::to(to)).into_response())
        }
        Ok(SignInStep::Code(token)) => Ok(render(&code_page(&st, token, next, None).await?)),
        Err(AppError::BadCredentials) => Ok((
            StatusCode::UNAUTHORIZED,
            render(&SigninPage {
                providers: st.app.oidc_providers(),
                nav: Nav::default(),
                email: form.email,
                next,
                error: Some("E-mail or password is not right.".into()),
            }),
        )
            .into_response()),
        Err(e) => Err(e.into()),
    }
}

/// The second step of a sign-in: a TOTP or recovery code.
#[derive(Template)]
#[template(path = "signin_code.html")]
pub struct SigninCodePage {
    pub nav: Nav,
    pub token: String,
    /// Where the first step was going (already checked by `safe_next`).
    pub next: String,
    pub error: Option<String>,
    /// What happened before this step (a reset link set a new password).
    pub notice: Option<String>,
    /// Whether the account has a passkey to answer with (else codes only).
    pub passkey: bool,
}

/// The second step's page for `token`, offering a passkey where the account has one.
pub(super) async fn code_page(
    st: &AppState,
    token: String,
    next: String,
    notice: Option<String>,
) -> Result<SigninCodePage, PageError> {
    Ok(SigninCodePage {
        nav: Nav::default(),
        passkey: st.app.second_step_has_passkey(&token).await?,
        token,
        next,
        error: None,
        notice,
    })
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct CodeForm {
    pub token: String,
    pub code: String,
    pub next: String,
}

pub async fn signin_code_post(
    State(st): State<AppState>,
    client: ClientAddr,
    jar: CookieJar,
    Form(form): Form<CodeForm>,
) -> Result<Response, PageError> {
    let Some(account) = st.app.second_step_account(&form.token).await? else {
        return Ok((
            StatusCode::NOT_FOUND,
            render(&SigninPage {
                providers: st.app.oidc_providers(),
                nav: Nav::default(),
                email: String::new(),
                next: safe_next(&form.next).unwrap_or("").to_owned(),
                error: Some("That sign-in waited too long: sign in again.".into()),
            }),
        )
            .into_response());
    };
    // Counted with the password attempts: per address and per account.
    if let Err(limited) = st.limit_password(&client, &account.email) {
        return Ok(limited.into_response());
    }
    let next = safe_next(&form.next).unwrap_or("").to_owned();
    match st.app.sign_in_second_step(&form.token, &form.code).await {
        Ok((_, session)) => {
            let to = if next.is_empty() { "/" } else { next.as_str() };
            Ok((jar.add(session_cookie(&st, session)), Redirect::to(to)).into_response())
        }
        Err(AppError::BadCredentials) => {
            let mut page = code_page(&st, form.token, next, None).await?;
            page.error = Some("That code is not right or was used already.".into());
            Ok((StatusCode::UNAUTHORIZED, render(&page)).into_response())
        }
        Err(e) => Err(e.into()),
    }
}

pub async fn signout_post(
    State(st): State<AppState>,
    jar: CookieJar,
) -> Result<Response, PageError> {
    if let Some(t) = session_token(&st, &jar) {
        st.app.sign_out(&t).await?;
    }
    Ok((jar.add(clear_cookie(&st)), Redirect::to("/")).into_response())
}

#[derive(Template)]
#[template(path = "reset.html")]
pub struct ResetPage {
    pub nav: Nav,
    pub token: String,
    pub name: String,
    pub error: Option<String>,
}

/// Not signed in yet, but in the language the account chose.
fn reset_nav(account: &convene_app::store::Account) -> Nav {
    Nav {
        tr: crate::i18n::for_reader(account.language.as_deref(), None),
        ..Nav::default()
    }
}

pub async fn reset_get(
    State(st): State<AppState>,
    Path(token): Path<String>,
) -> Result<Response, PageError> {
    let account = st.app.reset_link_account(&token).await?;
    Ok(render(&ResetPage {
        nav: reset_nav(&account),
        token,
        name: account.display_name,
        error: None,
    }))
}

pub async fn reset_post(
    State(st): State<AppState>,
    client: ClientAddr,
    jar: CookieJar,
    Path(token): Path<String>,
    Form(form): Form<PersonForm>,
) -> Result<Response, PageError> {
    if let Err(limited) = st.limit(Bucket::Redeem, &client) {
        return Ok(limited.into_response());
    }
    let account = st.app.reset_link_account(&token).await?;
    let result = match Password::parse(&form.password) {
        Ok(p) => st.app.reset_password(&token, &p).await,
        Err(e) => Err(e.into()),
    };
    settle(
        result,
        async |step| {
            let session = match step {
                SignInStep::Done(_, session) => session,
                // The new password is set; the second factor is still asked.
                SignInStep::Code(token) => {
                    let nav = reset_nav(&account);
                    let mut page =
                        code_page(&st, token, String::new(), Some(nav.t("people-reset-code")))
                            .await?;
                    page.nav = nav;
                    return Ok(render(&page));
                }
            };
            Ok((
                jar.add(session_cookie(&st, session)),
                render(&{
                    let nav = Nav::of(&account);
                    MessagePage {
                        title: nav.t("people-reset-done-title"),
                        message: nav.t("people-reset-done"),
                        nav,
                        link: None,
                        back: None,
                    }
                }),
            )
                .into_response())
        },
        async |msg| {
            Ok(ResetPage {
                nav: reset_nav(&account),
                token,
                name: account.display_name.clone(),
                error: Some(msg),
            })
        },
    )
    .await
}
