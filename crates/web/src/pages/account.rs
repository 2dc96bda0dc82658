use super::{MessagePage, Nav, render, settle, to, when};
use crate::AppState;
use crate::error::PageError;
use crate::extract::{Ids, TokenPath};
use crate::security::ClientAddr;
use crate::session::{CurrentAccount, clear_cookie};
use askama::Template;
use axum::extract::State;
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Redirect, Response};
use axum::{Form, Json};
use axum_extra::extract::CookieJar;
use convene_app::store::Account;
use convene_domain::text::{DisplayName, TokenName};
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
}

async fn account_page(
    st: &AppState,
    account: &Account,
    new_token: Option<String>,
    error: Option<String>,
) -> Result<AccountPage, PageError> {
    let tokens = st.app.api_tokens(account).await?;
    Ok(AccountPage {
        nav: Nav::of(account),
        name: account.display_name.clone(),
        email: account.email.clone(),
        tokens: tokens
            .into_iter()
            .map(|t| TokenRow {
                id: t.id,
                name: t.label.unwrap_or_default(),
                created: when(t.created_at),
            })
            .collect(),
        new_token,
        error,
    })
}

pub async fn account_get(
    State(st): State<AppState>,
    CurrentAccount(account): CurrentAccount,
) -> Result<Response, PageError> {
    Ok(render(&account_page(&st, &account, None, None).await?))
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
    let done = |()| {
        std::future::ready(Ok((
            jar.add(clear_cookie(&st)),
            render(&MessagePage {
                nav: Nav::default(),
                title: "Account deleted".into(),
                message: "Your account and your memberships are gone. Thank you for taking part."
                    .into(),
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
