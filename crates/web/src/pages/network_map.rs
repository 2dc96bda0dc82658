//! The community's network map (drawn in the browser by the vendored Cytoscape.js from the
//! map's JSON, with a table of the same data for everyone without script), and the map's
//! exports: GraphML, GEXF and CSV. All of them come from one `App::network_map`.

use super::network_words::{self as words, KeyEntry, Meaning};
use super::{Nav, download, render};
use crate::AppState;
use crate::error::PageError;
use crate::export::network;
use crate::session::CurrentAccount;
use askama::Template;
use axum::Json;
use axum::extract::{Path, State};
use axum::response::Response;
use convene_app::network_map::{MapNode, NetworkMap, NodeKind};
use convene_i18n::Arg;

#[derive(Template)]
#[template(path = "network_map.html")]
pub struct MapPage {
    pub nav: Nav,
    pub tab: &'static str,
    pub slug: String,
    pub analyst: bool,
    pub map: NetworkMap,
    pub computed: Option<String>,
    /// What the map is drawn from and who is on it.
    pub intro: String,
    /// The list beside the map: (node id, label, one line about it).
    pub list: Vec<(String, String, String)>,
    pub cluster_key: Vec<KeyEntry>,
    pub organization_key: Vec<KeyEntry>,
    pub meanings: Vec<Meaning>,
    /// The key's colours and shapes for the script, as JSON.
    pub style_json: String,
    /// The side panel's words for the script, as JSON.
    pub words_json: String,
}

impl MapPage {
    pub fn label(&self, n: &MapNode) -> String {
        words::node_label(self.nav.tr, n)
    }
    pub fn dec(&self, v: impl std::borrow::Borrow<f64>, places: usize) -> String {
        self.nav.tr.decimal(*v.borrow(), places)
    }
}

async fn map_of(
    st: &AppState,
    account: &convene_app::store::Account,
    slug: &str,
) -> Result<(convene_app::Ctx, NetworkMap), PageError> {
    let ctx = st.app.ctx(account, slug).await?;
    let map = st.app.network_map(&ctx.require()?).await?;
    Ok((ctx, map))
}

pub async fn map_get(
    State(st): State<AppState>,
    CurrentAccount(account): CurrentAccount,
    Path(slug): Path<String>,
) -> Result<Response, PageError> {
    let (ctx, map) = map_of(&st, &account, &slug).await?;
    let shown = map
        .nodes
        .iter()
        .filter(|n| n.kind == NodeKind::Person)
        .count();
    let style_json = serde_json::json!({
        "palette": words::PALETTE,
        "shapes": words::SHAPES,
        "grey": words::GREY,
        "organizations": words::organizations(&map),
    })
    .to_string();
    let nav = Nav::inside(&account, &ctx);
    let tr = nav.tr;
    let computed = map.computed_at.map(|ts| words::computed(tr, ts));
    let intro = tr.args(
        "net-map-intro",
        &[
            ("when", computed.clone().unwrap_or_default().value()),
            ("people", map.people.value()),
            ("shown", shown.value()),
            ("groups", (map.nodes.len() - shown).value()),
            ("hidden", map.hidden.value()),
        ],
    );
    Ok(render(&MapPage {
        tab: "map",
        analyst: ctx.may(convene_domain::Permission::AnalyseNetwork),
        computed,
        intro,
        list: map
            .nodes
            .iter()
            .map(|n| {
                (
                    n.id.clone(),
                    words::node_label(tr, n),
                    words::node_line(tr, n),
                )
            })
            .collect(),
        cluster_key: words::cluster_key(tr, &map),
        organization_key: words::organization_key(tr, &map),
        meanings: words::person_meanings(tr, &map.typical()),
        words_json: words::script_words(tr).to_string(),
        nav,
        style_json,
        slug,
        map,
    }))
}

pub async fn map_json(
    State(st): State<AppState>,
    CurrentAccount(account): CurrentAccount,
    Path(slug): Path<String>,
) -> Result<Json<NetworkMap>, PageError> {
    Ok(Json(map_of(&st, &account, &slug).await?.1))
}

/// The map in one of the export formats: (MIME type, file name suffix, writer).
type Format = (&'static str, &'static str, fn(&NetworkMap) -> Vec<u8>);

async fn export(
    st: AppState,
    account: convene_app::store::Account,
    slug: String,
    (mime, suffix, write): Format,
) -> Result<Response, PageError> {
    let (ctx, map) = map_of(&st, &account, &slug).await?;
    let name = format!("{}-network{suffix}", ctx.community().slug);
    Ok(download(mime, name, write(&map)))
}

pub async fn graphml_get(
    State(st): State<AppState>,
    CurrentAccount(a): CurrentAccount,
    Path(slug): Path<String>,
) -> Result<Response, PageError> {
    let f: Format = ("application/graphml+xml; charset=utf-8", ".graphml", |m| {
        network::graphml(m).into_bytes()
    });
    export(st, a, slug, f).await
}

pub async fn gexf_get(
    State(st): State<AppState>,
    CurrentAccount(a): CurrentAccount,
    Path(slug): Path<String>,
) -> Result<Response, PageError> {
    let f: Format = ("application/gexf+xml; charset=utf-8", ".gexf", |m| {
        network::gexf(m).into_bytes()
    });
    export(st, a, slug, f).await
}

pub async fn nodes_csv_get(
    State(st): State<AppState>,
    CurrentAccount(a): CurrentAccount,
    Path(slug): Path<String>,
) -> Result<Response, PageError> {
    let f: Format = ("text/csv; charset=utf-8", "-nodes.csv", network::nodes_csv);
    export(st, a, slug, f).await
}

pub async fn ties_csv_get(
    State(st): State<AppState>,
    CurrentAccount(a): CurrentAccount,
    Path(slug): Path<String>,
) -> Result<Response, PageError> {
    let f: Format = ("text/csv; charset=utf-8", "-ties.csv", network::edges_csv);
    export(st, a, slug, f).await
}
