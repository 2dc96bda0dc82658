//! Each person's choices about the community's collaboration network: leave me out of network
//! analysis, and let others see my own metrics. Both default to the private side.

use super::network_words::{self as words, Meaning};
use super::{Nav, checked, render};
use crate::AppState;
use crate::error::PageError;
use crate::extract::Inside;
use crate::i18n::Val;
use askama::Template;
use axum::Form;
use axum::extract::State;
use axum::response::{IntoResponse, Redirect, Response};
use convene_app::network::NetworkPrefs;
use convene_app::privacy::Mine;
use convene_domain::Permission;
use convene_i18n::{Arg, Tr};
use serde::Deserialize;

#[derive(Template)]
#[template(path = "network_prefs.html")]
pub struct NetworkPrefsPage {
    pub nav: Nav,
    pub tab: &'static str,
    pub analyst: bool,
    pub slug: String,
    pub prefs: NetworkPrefs,
    /// When the network was last computed, with its totals where they may be shown.
    pub computed: String,
    /// What "My network" may show, once computed.
    pub view: Option<Mine>,
    /// Time together, in hours.
    pub hours: String,
    pub meanings: Vec<Meaning>,
    /// People to meet, in the order of their mutual contacts.
    pub suggestions: Vec<Meet>,
    /// May see the map (to find someone on it).
    pub map: bool,
}

/// Someone to meet: their name, the people shown by name whom both worked with, and the link
/// that finds them on the map.
pub struct Meet {
    pub name: String,
    /// How many people shown by name both worked with.
    pub common: usize,
    /// The strongest three of them, by name.
    pub through: Vec<String>,
    pub focus: String,
}

/// Mutual contacts named in each suggestion.
const NAMED_THROUGH: usize = 3;

impl Meet {
    /// "Ada, Bo and Cy", or "among them Ada, Bo and Cy" when there are more.
    pub fn through_text(&self, tr: impl Val<Tr>) -> String {
        let tr = tr.val();
        let names = match self.through.as_slice() {
            [] => String::new(),
            [one] => one.clone(),
            [rest @ .., last] => tr.t2("net-me-and", "rest", rest.join(", "), "last", last),
        };
        if self.common > self.through.len() {
            tr.t1("net-me-among", "names", names)
        } else {
            names
        }
    }
}

pub async fn network_prefs_get(
    State(st): State<AppState>,
    Inside { account, ctx }: Inside,
) -> Result<Response, PageError> {
    let slug = ctx.community().slug.clone();
    let prefs = st.app.network_prefs(&ctx.require()?).await?;
    let view = st.app.my_network(&ctx.require()?).await?;
    let nav = Nav::inside(&account, &ctx);
    let tr = nav.tr;
    let computed = st
        .app
        .leadership
        .latest(ctx.community().id)
        .map(|m| words::computed(tr, m.computed_at));
    let computed = match (&computed, view.as_ref().and_then(|v| v.totals)) {
        (Some(at), Some((people, ties, clusters, isolates))) => tr.args(
            "net-me-computed-totals",
            &[
                ("when", at.value()),
                ("people", people.value()),
                ("ties", ties.value()),
                ("clusters", clusters.value()),
                ("isolates", isolates.value()),
            ],
        ),
        (Some(at), None) => tr.t1("net-me-computed", "when", at),
        (None, _) => String::new(),
    };
    let ids: Vec<i32> = view
        .iter()
        .flat_map(|v| &v.suggestions)
        .flat_map(|s| {
            std::iter::once(s.account).chain(s.through.iter().take(NAMED_THROUGH).copied())
        })
        .collect();
    let names = if ids.is_empty() {
        Default::default()
    } else {
        st.app
            .member_names(&ctx.require()?, &ids)
            .await
            .unwrap_or_default()
    };
    let suggestions = view
        .iter()
        .flat_map(|v| &v.suggestions)
        .filter_map(|s| {
            let name = names.get(&s.account)?.clone();
            Some(Meet {
                focus: format!("/c/{slug}/network?focus={}", urlencoding(&name)),
                common: s.through.len(),
                through: s
                    .through
                    .iter()
                    .take(NAMED_THROUGH)
                    .filter_map(|a| names.get(a).cloned())
                    .collect(),
                name,
            })
        })
        .collect();
    let typical = view.as_ref().map(|v| v.typical).unwrap_or_default();
    Ok(render(&NetworkPrefsPage {
        nav,
        tab: "me",
        analyst: ctx.member().roles.allows(Permission::AnalyseNetwork),
        hours: view
            .as_ref()
            .and_then(|v| v.metrics.as_ref())
            .map(|m| words::hours(tr, m.strength))
            .unwrap_or_default(),
        meanings: words::person_meanings(tr, &typical),
        map: ctx.member().roles.allows(Permission::ViewNetwork),
        slug,
        prefs,
        computed,
        view,
        suggestions,
    }))
}

/// Percent-encodes a query value.
fn urlencoding(s: &str) -> String {
    s.bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => {
                (b as char).to_string()
            }
            _ => format!("%{b:02X}"),
        })
        .collect()
}

impl NetworkPrefsPage {
    /// The explanation and typical range of metric `id`.
    pub fn meaning(&self, id: &str) -> String {
        words::meaning(&self.meanings, id)
    }

    pub fn n<T: Copy + TryInto<i64>>(&self, v: &T) -> String {
        words::count(self.nav.tr, *v)
    }

    pub fn dec(&self, v: impl std::borrow::Borrow<f64>, places: usize) -> String {
        self.nav.tr.decimal(*v.borrow(), places)
    }
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
