use super::{Nav, render, settle};
use crate::AppState;
use crate::error::PageError;
use crate::session::{CurrentAccount, MaybeAccount};
use askama::Template;
use axum::Form;
use axum::extract::State;
use axum::response::{IntoResponse, Redirect, Response};
use convene_app::community::NewCommunityForm;
use convene_domain::text::{CommunityName, OrgName, Purpose, Slug};
use serde::Deserialize;

pub struct CommunityItem {
    pub slug: String,
    pub name: String,
    pub roles: String,
}

#[derive(Template)]
#[template(path = "home.html")]
pub struct HomePage {
    pub nav: Nav,
    pub communities: Vec<CommunityItem>,
    pub can_create: bool,
}

pub async fn home_get(
    State(st): State<AppState>,
    MaybeAccount(account): MaybeAccount,
) -> Result<Response, PageError> {
    let Some(account) = account else {
        return Ok(render(&HomePage {
            nav: Nav::default(),
            communities: vec![],
            can_create: false,
        }));
    };
    let mine = st.app.my_communities(&account).await?;
    // With exactly one community there is nothing to choose: land on it.
    if let [(c, _)] = mine.as_slice() {
        return Ok(Redirect::to(&format!("/c/{}", c.slug)).into_response());
    }
    let nav = Nav::of(&account);
    let communities = mine
        .into_iter()
        .map(|(c, r)| CommunityItem {
            slug: c.slug,
            name: c.name,
            roles: super::roles::role_names(nav.tr, r.iter()),
        })
        .collect();
    Ok(render(&HomePage {
        nav,
        communities,
        can_create: st.app.may_create_community(&account),
    }))
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct CommunityForm {
    pub name: String,
    pub slug: String,
    pub purpose: String,
    pub home_organization: String,
    pub open: Option<String>,
}

#[derive(Template)]
#[template(path = "community_new.html")]
pub struct CommunityNewPage {
    pub nav: Nav,
    pub form: CommunityForm,
    pub error: Option<String>,
}

pub async fn community_new_get(CurrentAccount(account): CurrentAccount) -> Response {
    render(&CommunityNewPage {
        nav: Nav::of(&account),
        form: CommunityForm::default(),
        error: None,
    })
}

fn parse_community(f: &CommunityForm) -> Result<NewCommunityForm, convene_app::AppError> {
    Ok(NewCommunityForm {
        name: CommunityName::parse(&f.name)?,
        slug: if f.slug.trim().is_empty() {
            Slug::from_name(&f.name)
                .ok_or(convene_app::Message::t("people-new-choose-slug").field("short name"))?
        } else {
            Slug::parse(&f.slug)?
        },
        purpose: Purpose::parse(&f.purpose)?,
        home_organization: OrgName::parse(&f.home_organization)?,
        open: super::checked(&f.open),
    })
}

pub async fn community_create_post(
    State(st): State<AppState>,
    CurrentAccount(account): CurrentAccount,
    Form(form): Form<CommunityForm>,
) -> Result<Response, PageError> {
    let result = match parse_community(&form) {
        Ok(parsed) => st.app.create_community(&account, &parsed).await,
        Err(e) => Err(e),
    };
    settle(
        result,
        async |c| Ok(Redirect::to(&format!("/c/{}", c.slug)).into_response()),
        async |msg| {
            Ok(CommunityNewPage {
                nav: Nav::of(&account),
                form,
                error: Some(msg),
            })
        },
    )
    .await
}
