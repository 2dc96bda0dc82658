//! Each person's choices about the community's collaboration network: leave me out of network
//! analysis, and let others see my own metrics. Both default to the private side.

use super::{Nav, checked, render};
use crate::AppState;
use crate::error::PageError;
use crate::session::CurrentAccount;
use askama::Template;
use axum::Form;
use axum::extract::{Path, State};
use axum::response::{IntoResponse, Redirect, Response};
use convene_app::network::NetworkPrefs;
use convene_app::privacy::Mine;
use serde::Deserialize;

#[derive(Template)]
#[template(path = "network_prefs.html")]
pub struct NetworkPrefsPage {
    pub nav: Nav,
    pub slug: String,
    pub prefs: NetworkPrefs,
    /// When the network was last computed, if it was.
    pub computed: Option<String>,
    /// What "My network" may show, once computed.
    pub view: Option<Mine>,
    /// Suggested people: (name, mutual contacts shown by name).
    pub suggestions: Vec<(String, u32)>,
}

pub async fn network_prefs_get(
    State(st): State<AppState>,
    CurrentAccount(account): CurrentAccount,
    Path(slug): Path<String>,
) -> Result<Response, PageError> {
    let ctx = st.app.ctx(&account, &slug).await?;
    let prefs = st.app.network_prefs(&ctx).await?;
    let view = st.app.my_network(&ctx).await?;
    let computed = st
        .app
        .leadership
        .latest(ctx.community.id)
        .map(|m| super::when(m.computed_at));
    let ids: Vec<i32> = view
        .iter()
        .flat_map(|v| v.suggestions.iter().map(|s| s.0))
        .collect();
    let names = if ids.is_empty() {
        Default::default()
    } else {
        st.app.member_names(&ctx, &ids).await.unwrap_or_default()
    };
    let suggestions = view
        .iter()
        .flat_map(|v| &v.suggestions)
        .filter_map(|(id, common)| Some((names.get(id)?.clone(), *common)))
        .collect();
    Ok(render(&NetworkPrefsPage {
        nav: Nav::inside(&account, &ctx),
        slug,
        prefs,
        computed,
        view,
        suggestions,
    }))
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct PrefsForm {
    pub opted_out: Option<String>,
    pub share_metrics: Option<String>,
}

pub async fn network_prefs_post(
    State(st): State<AppState>,
    CurrentAccount(account): CurrentAccount,
    Path(slug): Path<String>,
    Form(form): Form<PrefsForm>,
) -> Result<Response, PageError> {
    let ctx = st.app.ctx(&account, &slug).await?;
    let prefs = NetworkPrefs {
        opted_out: checked(&form.opted_out),
        share_metrics: checked(&form.share_metrics),
    };
    st.app.set_network_prefs(&ctx, prefs).await?;
    Ok(Redirect::to(&format!("/c/{slug}/network/me")).into_response())
}
