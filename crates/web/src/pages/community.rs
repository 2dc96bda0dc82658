//! A community's own page, and joining an open community.

use super::{Nav, PersonForm, render, settle};
use crate::AppState;
use crate::error::PageError;
use crate::security::{Bucket, ClientAddr};
use crate::session::{MaybeAccount, session_cookie};
use askama::Template;
use axum::Form;
use axum::extract::{Path, State};
use axum::response::{IntoResponse, Redirect, Response};
use axum_extra::extract::CookieJar;
use convene_app::AppError;
use convene_app::store::{Account, Community};
use convene_domain::Role;

pub struct OrgView {
    pub name: String,
    pub home: bool,
}

#[derive(Template)]
#[template(path = "community.html")]
pub struct CommunityPage {
    pub nav: Nav,
    pub name: String,
    pub purpose: String,
    pub open: bool,
    pub organizations: Vec<OrgView>,
    pub member_count: u64,
    pub my_roles: String,
}

#[derive(Template)]
#[template(path = "join.html")]
pub struct JoinPage {
    pub nav: Nav,
    pub slug: String,
    pub name: String,
    pub purpose: String,
    pub signed_in: bool,
    pub form: PersonForm,
    pub error: Option<String>,
}

impl JoinPage {
    fn new(
        account: Option<&Account>,
        c: Community,
        form: PersonForm,
        error: Option<String>,
    ) -> Self {
        JoinPage {
            nav: account.map(Nav::of).unwrap_or_default(),
            slug: c.slug,
            name: c.name,
            purpose: c.purpose,
            signed_in: account.is_some(),
            form,
            error,
        }
    }
}

/// A member sees the community; a signed-in outsider of an open community sees how to join;
/// an anonymous visitor of an open community may sign up; anyone else finds nothing.
pub async fn community_get(
    State(st): State<AppState>,
    MaybeAccount(account): MaybeAccount,
    Path(slug): Path<String>,
) -> Result<Response, PageError> {
    let Some(account) = account else {
        return match st.app.open_community(&slug).await {
            Ok(c) => Ok(render(&JoinPage::new(None, c, PersonForm::default(), None))),
            Err(_) => Err(AppError::Unauthenticated.into()),
        };
    };
    let ctx = match st.app.ctx(&account, &slug).await {
        Ok(ctx) => ctx,
        Err(AppError::NotFound) => {
            let c = st.app.open_community(&slug).await?;
            return Ok(render(&JoinPage::new(
                Some(&account),
                c,
                PersonForm::default(),
                None,
            )));
        }
        Err(e) => return Err(e.into()),
    };
    let (orgs, member_count) = st.app.overview(&ctx.require()?).await?;
    Ok(render(&CommunityPage {
        nav: Nav::inside(&account, &ctx),
        name: ctx.community().name.clone(),
        purpose: ctx.community().purpose.clone(),
        open: ctx.community().open,
        organizations: orgs
            .into_iter()
            .map(|o| OrgView {
                name: o.name,
                home: o.is_home,
            })
            .collect(),
        member_count,
        my_roles: ctx
            .member()
            .roles
            .iter()
            .map(Role::label)
            .collect::<Vec<_>>()
            .join(", "),
    }))
}

pub async fn join_post(
    State(st): State<AppState>,
    client: ClientAddr,
    jar: CookieJar,
    MaybeAccount(account): MaybeAccount,
    Path(slug): Path<String>,
    Form(form): Form<PersonForm>,
) -> Result<Response, PageError> {
    if let Some(account) = account {
        let c = st.app.join_open(&account, &slug).await?;
        return Ok(Redirect::to(&format!("/c/{}", c.slug)).into_response());
    }
    if let Err(limited) = st.limit(Bucket::Redeem, &client) {
        return Ok(limited.into_response());
    }
    let parsed = form.person();
    let result = match parsed {
        Ok(person) => st.app.join_open_new_account(&slug, &person).await,
        Err(e) => Err(e),
    };
    settle(
        result,
        async |(c, session)| {
            Ok((
                jar.add(session_cookie(&st, session)),
                Redirect::to(&format!("/c/{}", c.slug)),
            )
                .into_response())
        },
        async |msg| {
            let c = st.app.open_community(&slug).await?;
            Ok(JoinPage::new(None, c, form.redisplay(), Some(msg)))
        },
    )
    .await
}
