//! The community's settings and its partner organizations.

use super::community::OrgView;
use super::{Nav, checked, render, settle};
use crate::AppState;
use crate::error::PageError;
use crate::extract::{Can, Inside};
use askama::Template;
use axum::Form;
use axum::extract::State;
use axum::response::Response;
use convene_app::Ctx;
use convene_app::can;
use convene_app::store::Account;
use convene_domain::text::{CommunityName, OrgName, Purpose, Reason};
use convene_i18n::Lang;
use serde::Deserialize;

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct SettingsForm {
    pub name: String,
    pub purpose: String,
    pub open: Option<String>,
    pub reason: String,
}

#[derive(Template)]
#[template(path = "settings.html")]
pub struct SettingsPage {
    pub nav: Nav,
    pub slug: String,
    pub name: String,
    pub purpose: String,
    pub open: bool,
    pub organizations: Vec<OrgView>,
    pub error: Option<String>,
    /// Stewards and curators need a second factor to use their powers.
    pub second_factor_required: bool,
    /// The community's default language (a code), empty for none.
    pub language: String,
    pub languages: [Lang; 4],
    /// Each configured identity provider and where its people land.
    pub ties: Vec<TieRow>,
}

pub struct TieRow {
    pub id: String,
    pub name: String,
    /// Tied to no organization: the invitation's decides.
    pub untied: bool,
    /// The community's organizations: id, name, whether this provider is tied to it.
    pub options: Vec<(i32, String, bool)>,
}

/// The page with an error (for other modules' forms on it).
pub(super) async fn settings_page_for(
    st: &AppState,
    account: &Account,
    ctx: &Ctx,
    error: String,
) -> Result<SettingsPage, PageError> {
    settings_page(st, account, ctx, None, Some(error)).await
}

async fn settings_page(
    st: &AppState,
    account: &Account,
    ctx: &Ctx,
    form: Option<&SettingsForm>,
    error: Option<String>,
) -> Result<SettingsPage, PageError> {
    ctx.require::<can::EditSettings>()?;
    let (orgs, _) = st.app.overview(&ctx.require()?).await?;
    let org_choices: Vec<(i32, String)> = orgs.iter().map(|o| (o.id, o.name.clone())).collect();
    let c = ctx.community();
    Ok(SettingsPage {
        nav: Nav::inside(account, ctx),
        slug: ctx.community().slug.clone(),
        name: form.map_or_else(|| c.name.clone(), |f| f.name.clone()),
        purpose: form.map_or_else(|| c.purpose.clone(), |f| f.purpose.clone()),
        open: form.map_or(c.open, |f| checked(&f.open)),
        organizations: orgs
            .into_iter()
            .map(|o| OrgView {
                name: o.name,
                home: o.is_home,
            })
            .collect(),
        error,
        second_factor_required: st.app.second_factor_required(&ctx.require()?).await?,
        language: ctx.community().language.clone().unwrap_or_default(),
        languages: Lang::ALL,
        ties: st
            .app
            .oidc_ties(&ctx.require()?)
            .await?
            .into_iter()
            .map(|(p, org)| TieRow {
                untied: org.is_none(),
                options: org_choices
                    .iter()
                    .map(|(id, name)| (*id, name.clone(), org == Some(*id)))
                    .collect(),
                id: p.id,
                name: p.name,
            })
            .collect(),
    })
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct SecondFactorForm {
    pub required: Option<String>,
}

pub async fn second_factor_post(
    State(st): State<AppState>,
    Can { account, ctx }: Can<can::EditSettings>,
    Form(form): Form<SecondFactorForm>,
) -> Result<Response, PageError> {
    let result = st
        .app
        .set_second_factor_required(&ctx.require()?, checked(&form.required))
        .await;
    let to = format!("/c/{}/settings#second-factor", ctx.community().slug);
    settle(result, super::to(to), |msg| {
        settings_page(&st, &account, &ctx, None, Some(msg))
    })
    .await
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct LanguageForm {
    pub language: String,
}

/// `POST /c/{slug}/settings/language`: the community's default language.
pub async fn language_post(
    State(st): State<AppState>,
    Can { account, ctx }: Can<can::EditSettings>,
    Form(form): Form<LanguageForm>,
) -> Result<Response, PageError> {
    let result = match crate::i18n::choice(&form.language) {
        Ok(l) => st.app.set_community_language(&ctx.require()?, l).await,
        Err(e) => Err(e),
    };
    let to = format!("/c/{}/settings#language", ctx.community().slug);
    settle(result, super::to(to), |msg| {
        settings_page(&st, &account, &ctx, None, Some(msg))
    })
    .await
}

pub async fn settings_get(
    State(st): State<AppState>,
    Inside { account, ctx }: Inside,
) -> Result<Response, PageError> {
    Ok(render(
        &settings_page(&st, &account, &ctx, None, None).await?,
    ))
}

pub async fn settings_post(
    State(st): State<AppState>,
    Can { account, ctx }: Can<can::EditSettings>,
    Form(form): Form<SettingsForm>,
) -> Result<Response, PageError> {
    let result = async {
        let reason = Reason::parse(&form.reason)?;
        let name = CommunityName::parse(&form.name)?;
        let purpose = Purpose::parse(&form.purpose)?;
        st.app
            .update_settings(&ctx, &name, &purpose, checked(&form.open), &reason)
            .await
    }
    .await;
    let to = format!("/c/{}/settings", ctx.community().slug);
    settle(result, super::to(to), |msg| {
        settings_page(&st, &account, &ctx, Some(&form), Some(msg))
    })
    .await
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct OrganizationForm {
    pub name: String,
    pub reason: String,
}

pub async fn organization_post(
    State(st): State<AppState>,
    Can { account, ctx }: Can<can::EditSettings>,
    Form(form): Form<OrganizationForm>,
) -> Result<Response, PageError> {
    let result = async {
        let reason = Reason::parse(&form.reason)?;
        let name = OrgName::parse(&form.name)?;
        st.app.add_partner(&ctx, &name, &reason).await
    }
    .await;
    let to = format!("/c/{}/settings", ctx.community().slug);
    settle(result, super::to(to), |msg| {
        settings_page(&st, &account, &ctx, None, Some(msg))
    })
    .await
}
