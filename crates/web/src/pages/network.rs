//! Each person's choices about the community's collaboration network: leave me out of network
//! analysis, and let others see my own metrics. Both default to the private side.

use super::{Nav, checked, render};
use crate::AppState;
use crate::error::PageError;
use crate::extract::Inside;
use askama::Template;
use axum::Form;
use axum::extract::State;
use axum::response::{IntoResponse, Redirect, Response};
use convene_app::leadership::PersonMetrics;
use convene_app::network::NetworkPrefs;
use serde::Deserialize;

#[derive(Template)]
#[template(path = "network_prefs.html")]
pub struct NetworkPrefsPage {
    pub nav: Nav,
    pub slug: String,
    pub prefs: NetworkPrefs,
    /// The community's network as last computed: (when, people, ties, clusters, isolates).
    pub computed: Option<(String, usize, usize, usize, usize)>,
    pub mine: Option<PersonMetrics>,
    /// Suggested introductions: (name, mutual contacts).
    pub suggestions: Vec<(String, u32)>,
}

pub async fn network_prefs_get(
    State(st): State<AppState>,
    Inside { account, ctx }: Inside,
) -> Result<Response, PageError> {
    let slug = ctx.community().slug.clone();
    let prefs = st.app.network_prefs(&ctx.require()?).await?;
    let latest = st.app.my_network(&ctx.require()?).await?;
    let (computed, mine) = match latest {
        Some((m, mine)) => (
            Some((
                super::when(m.computed_at),
                m.people,
                m.ties,
                m.clusters,
                m.isolates,
            )),
            mine,
        ),
        None => (None, None),
    };
    let ids: Vec<i32> = mine
        .iter()
        .flat_map(|m| m.suggestions.iter().map(|s| s.0))
        .collect();
    let names = if ids.is_empty() {
        Default::default()
    } else {
        st.app
            .member_names(&ctx.require()?, &ids)
            .await
            .unwrap_or_default()
    };
    let suggestions = mine
        .iter()
        .flat_map(|m| &m.suggestions)
        .filter_map(|(id, common)| Some((names.get(id)?.clone(), *common)))
        .collect();
    Ok(render(&NetworkPrefsPage {
        nav: Nav::inside(&account, &ctx),
        slug,
        prefs,
        computed,
        mine,
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
    Inside { ctx, .. }: Inside,

    Form(form): Form<PrefsForm>,
) -> Result<Response, PageError> {
    let slug = ctx.community().slug.clone();
    let prefs = NetworkPrefs {
        opted_out: checked(&form.opted_out),
        share_metrics: checked(&form.share_metrics),
    };
    st.app.set_network_prefs(&ctx.require()?, prefs).await?;
    Ok(Redirect::to(&format!("/c/{slug}/network/me")).into_response())
}
