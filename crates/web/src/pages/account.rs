use super::{MessagePage, Nav, render, settle, to, when};
use crate::AppState;
use crate::error::PageError;
use crate::extract::{Ids, TokenPath};
use crate::security::ClientAddr;
use crate::session::{CurrentAccount, clear_cookie, session_token};
use askama::Template;
use axum::extract::State;
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Redirect, Response};
use axum::{Form, Json};
use axum_extra::extract::CookieJar;
use convene_app::store::Account;
use convene_domain::text::{DisplayName, TokenName};
use convene_i18n::Lang;
use serde::Deserialize;

pub struct TokenRow {
    pub id: i32,
    pub name: String,
    pub created: String,
}

#[derive(Template)]
#[template(path = "account.html")]
pub struct AccountPage {
    pub nav: Nav,
    pub name: String,
    pub email: String,
    pub tokens: Vec<TokenRow>,
    pub new_token: Option<String>,
    pub error: Option<String>,
    /// Where one is signed in, this device first.
    pub sign_ins: Vec<SignInRow>,
    /// What was just done.
    pub notice: Option<String>,
    /// Whether a second factor is on (TOTP or a passkey), and how many recovery codes are left.
    pub second_factor: bool,
    pub recovery_left: usize,
    /// Whether the TOTP factor is on.
    pub totp: bool,
    /// The account's passkeys, and whether this server can use passkeys at all.
    pub passkeys: Vec<super::passkey::PasskeyRow>,
    pub passkeys_available: bool,
    /// Removing the one passkey would take the powers of a role whose community requires a
    /// second factor.
    pub passkey_warning: bool,
    /// Whether the account has a password (one made through a provider may not).
    pub has_password: bool,
    /// Every configured identity provider, linked or not.
    pub providers: Vec<ProviderRow>,
    /// The language the account chose (a code), empty to follow the browser.
    pub language: String,
    pub languages: [Lang; 4],
}

pub struct ProviderRow {
    pub id: String,
    pub name: String,
    /// The e-mail the provider gave when linked; `None` if not linked.
    pub linked: Option<String>,
}

#[derive(Template)]
#[template(path = "totp.html")]
pub struct TotpPage {
    pub nav: Nav,
    pub secret: String,
    /// An SVG made by the qrcode crate from the otpauth address (no script, no text of ours).
    pub qr_svg: String,
    pub recovery: Option<Vec<String>>,
    pub error: Option<String>,
}

pub struct SignInRow {
    pub id: i32,
    pub started: String,
    pub expires: String,
    pub this_device: bool,
}

async fn account_page(
    st: &AppState,
    account: &Account,
    new_token: Option<String>,
    error: Option<String>,
) -> Result<AccountPage, PageError> {
    account_page_in(st, account, "", new_token, error).await
}

/// The page, with the sessions listed and the one of `session` (this device) marked.
async fn account_page_in(
    st: &AppState,
    account: &Account,
    session: &str,
    new_token: Option<String>,
    error: Option<String>,
) -> Result<AccountPage, PageError> {
    let tr = Nav::of(account).tr;
    let tokens = st.app.api_tokens(account).await?;
    let sign_ins = st
        .app
        .sign_in_sessions(account, session)
        .await?
        .into_iter()
        .map(|s| SignInRow {
            id: s.id,
            started: when(tr, s.started_at),
            expires: s.expires_at.map(|t| when(tr, t)).unwrap_or_default(),
            this_device: s.this_device,
        })
        .collect();
    let totp = st.app.has_totp(account).await?;
    let passkeys = super::passkey::rows(st, account).await?;
    Ok(AccountPage {
        nav: Nav::of(account),
        name: account.display_name.clone(),
        email: account.email.clone(),
        tokens: tokens
            .into_iter()
            .map(|t| TokenRow {
                id: t.id,
                name: t.label.unwrap_or_default(),
                created: when(tr, t.created_at),
            })
            .collect(),
        new_token,
        error,
        sign_ins,
        notice: None,
        second_factor: st.app.has_second_factor(account).await?,
        recovery_left: st.app.recovery_codes_left(account).await?,
        totp,
        passkey_warning: !totp
            && passkeys.len() == 1
            && st.app.second_factor_expected(account).await?,
        passkeys,
        passkeys_available: st.app.passkeys_available(),
        has_password: account.password_hash.is_some(),
        providers: provider_rows(st, account).await?,
        language: account.language.clone().unwrap_or_default(),
        languages: Lang::ALL,
    })
}

async fn provider_rows(st: &AppState, account: &Account) -> Result<Vec<ProviderRow>, PageError> {
    let linked = st.app.oidc_identities(account).await?;
    Ok(st
        .app
        .oidc_providers()
        .into_iter()
        .map(|p| ProviderRow {
            linked: linked
                .iter()
                .find(|l| l.provider == p.id)
                .map(|l| l.email.clone().unwrap_or_default()),
            id: p.id,
            name: p.name,
        })
        .collect())
}

/// The page with an error (for other modules' forms on it).
pub(super) async fn account_page_for(
    st: &AppState,
    account: &Account,
    session: &str,
    error: Option<String>,
) -> Result<AccountPage, PageError> {
    account_page_in(st, account, session, None, error).await
}

fn totp_page(
    account: &Account,
    e: &convene_app::second_factor::Enrolment,
    error: Option<String>,
) -> TotpPage {
    let svg = e.qr_svg.find("<svg").map_or("", |i| &e.qr_svg[i..]);
    TotpPage {
        nav: Nav::of(account),
        secret: e.secret.clone(),
        qr_svg: svg.to_owned(),
        recovery: None,
        error,
    }
}

pub async fn totp_begin_post(
    State(st): State<AppState>,
    CurrentAccount(account): CurrentAccount,
) -> Result<Response, PageError> {
    let result = st.app.begin_totp(&account).await;
    settle(
        result,
        async |e| Ok(render(&totp_page(&account, &e, None))),
        |msg| account_page(&st, &account, None, Some(msg)),
    )
    .await
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct CodeForm {
    pub code: String,
}

pub async fn totp_confirm_post(
    State(st): State<AppState>,
    client: ClientAddr,
    CurrentAccount(account): CurrentAccount,
    Form(form): Form<CodeForm>,
) -> Result<Response, PageError> {
    if let Err(limited) = st.limit_password(&client, &account.email) {
        return Ok(limited.into_response());
    }
    match st.app.confirm_totp(&account, &form.code).await {
        Ok(codes) => Ok(render(&TotpPage {
            nav: Nav::of(&account),
            secret: String::new(),
            qr_svg: String::new(),
            recovery: Some(codes),
            error: None,
        })),
        Err(e) if matches!(e.kind(), Some(convene_app::Kind::Field(_))) => {
            let Some(en) = st.app.pending_totp(&account).await? else {
                return Err(e.into());
            };
            let said = crate::error_words::message(&e, Nav::of(&account).tr);
            Ok((
                StatusCode::UNPROCESSABLE_ENTITY,
                render(&totp_page(&account, &en, Some(said))),
            )
                .into_response())
        }
        Err(e) => Err(e.into()),
    }
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct AccountQuery {
    pub done: Option<String>,
}

pub async fn account_get(
    State(st): State<AppState>,
    jar: CookieJar,
    CurrentAccount(account): CurrentAccount,
    axum::extract::Query(q): axum::extract::Query<AccountQuery>,
) -> Result<Response, PageError> {
    let session = session_token(&st, &jar).unwrap_or_default();
    let mut page = account_page_in(&st, &account, &session, None, None).await?;
    page.notice = match q.done.as_deref() {
        Some("password") => Some(
            "Your password is changed. You stay signed in here; every other session has ended."
                .into(),
        ),
        Some("ended") => Some("That session has ended: it is signed out.".into()),
        Some("linked") => Some("The provider is linked: you can sign in with it now.".into()),
        Some("unlinked") => Some("The provider is unlinked: it no longer signs you in.".into()),
        Some("language") => Some(page.nav.t("language-saved")),
        Some("passkey-added") => Some(page.nav.t("passkey-added")),
        Some("passkey-removed") => Some(page.nav.t("passkey-removed")),
        Some("second-factor-off") => {
            Some("Your second factor is off: your password alone signs you in now.".into())
        }
        _ => None,
    };
    Ok(render(&page))
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct LanguageForm {
    pub language: String,
}

/// `POST /account/language`: the language convene speaks to this account.
pub async fn account_language_post(
    State(st): State<AppState>,
    CurrentAccount(account): CurrentAccount,
    Form(form): Form<LanguageForm>,
) -> Result<Response, PageError> {
    let result = match crate::i18n::choice(&form.language) {
        Ok(l) => st.app.set_language(&account, l).await,
        Err(e) => Err(e),
    };
    settle(
        result,
        to("/account?done=language#language".into()),
        |msg| account_page(&st, &account, None, Some(msg)),
    )
    .await
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct PasswordForm {
    pub current_password: String,
    pub new_password: String,
}

pub async fn account_password_post(
    State(st): State<AppState>,
    jar: CookieJar,
    client: ClientAddr,
    CurrentAccount(account): CurrentAccount,
    Form(form): Form<PasswordForm>,
) -> Result<Response, PageError> {
    // The current password is checked: throttled like sign-in, per address and per account.
    if let Err(limited) = st.limit_password(&client, &account.email) {
        return Ok(limited.into_response());
    }
    let session = session_token(&st, &jar).unwrap_or_default();
    let result = match convene_domain::text::Password::parse(&form.new_password) {
        Ok(p) => {
            st.app
                .change_password(&account, &session, &form.current_password, &p)
                .await
        }
        Err(e) => Err(e.into()),
    };
    settle(
        result,
        to("/account?done=password#sign-ins".into()),
        |msg| account_page_in(&st, &account, &session, None, Some(msg)),
    )
    .await
}

pub async fn session_end_post(
    State(st): State<AppState>,
    jar: CookieJar,
    CurrentAccount(account): CurrentAccount,
    axum::extract::Path(id): axum::extract::Path<i32>,
) -> Result<Response, PageError> {
    let session = session_token(&st, &jar).unwrap_or_default();
    let result = st.app.end_sign_in_session(&account, id).await;
    settle(result, to("/account?done=ended#sign-ins".into()), |msg| {
        account_page_in(&st, &account, &session, None, Some(msg))
    })
    .await
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct NameForm {
    pub name: String,
}

pub async fn account_name_post(
    State(st): State<AppState>,
    CurrentAccount(account): CurrentAccount,
    Form(form): Form<NameForm>,
) -> Result<Response, PageError> {
    let result = match DisplayName::parse(&form.name) {
        Ok(n) => st.app.rename(&account, &n).await,
        Err(e) => Err(e.into()),
    };
    settle(result, to("/account".into()), |msg| {
        account_page(&st, &account, None, Some(msg))
    })
    .await
}

pub async fn account_export_get(
    State(st): State<AppState>,
    CurrentAccount(account): CurrentAccount,
) -> Result<Response, PageError> {
    let data = st.app.export_account(&account).await?;
    Ok((
        [(
            header::CONTENT_DISPOSITION,
            "attachment; filename=\"convene-my-data.json\"",
        )],
        Json(data),
    )
        .into_response())
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct DeleteForm {
    pub password: String,
}

pub async fn account_delete_post(
    State(st): State<AppState>,
    jar: CookieJar,
    client: ClientAddr,
    CurrentAccount(account): CurrentAccount,
    Form(form): Form<DeleteForm>,
) -> Result<Response, PageError> {
    // The password is checked here too: throttled like sign-in, per address and per account.
    if let Err(limited) = st.limit_password(&client, &account.email) {
        return Ok(limited.into_response());
    }
    let result = st.app.delete_account(&account, &form.password).await;
    // The account is gone: its language is still the reader's for this last page.
    let tr = Nav::of(&account).tr;
    let done = |()| {
        std::future::ready(Ok((
            jar.add(clear_cookie(&st)),
            render(&MessagePage {
                nav: Nav {
                    tr,
                    ..Nav::default()
                },
                title: tr.t("account-deleted-title"),
                message: tr.t("account-deleted-message"),
                link: None,
                back: None,
            }),
        )
            .into_response()))
    };
    settle(result, done, |msg| {
        account_page(&st, &account, None, Some(msg))
    })
    .await
}

pub async fn token_create_post(
    State(st): State<AppState>,
    CurrentAccount(account): CurrentAccount,
    Form(form): Form<NameForm>,
) -> Result<Response, PageError> {
    let result = match TokenName::parse(&form.name) {
        Ok(n) => st.app.create_api_token(&account, &n).await,
        Err(e) => Err(e.into()),
    };
    let done = async |token| {
        let page = account_page(&st, &account, Some(token), None).await?;
        Ok((StatusCode::CREATED, render(&page)).into_response())
    };
    settle(result, done, |msg| {
        account_page(&st, &account, None, Some(msg))
    })
    .await
}

pub async fn token_revoke_post(
    State(st): State<AppState>,
    CurrentAccount(account): CurrentAccount,
    Ids(TokenPath { id }): Ids<TokenPath>,
) -> Result<Response, PageError> {
    st.app.revoke_api_token(&account, id).await?;
    Ok(Redirect::to("/account").into_response())
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct RemoveFactorForm {
    pub password: String,
    pub code: String,
}

/// Turns the second factor off after asking the password and a code again (throttled like
/// sign-in: both are guessed otherwise).
pub async fn second_factor_remove_post(
    State(st): State<AppState>,
    jar: CookieJar,
    client: ClientAddr,
    CurrentAccount(account): CurrentAccount,
    Form(form): Form<RemoveFactorForm>,
) -> Result<Response, PageError> {
    if let Err(limited) = st.limit_password(&client, &account.email) {
        return Ok(limited.into_response());
    }
    let session = session_token(&st, &jar).unwrap_or_default();
    let result = st
        .app
        .remove_second_factor(&account, &form.password, &form.code)
        .await;
    settle(
        result,
        to("/account?done=second-factor-off#second-factor".into()),
        |msg| account_page_in(&st, &account, &session, None, Some(msg)),
    )
    .await
}
