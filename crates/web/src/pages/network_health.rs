//! The network's health over time (for everyone who may see the network) and the analyst's
//! aggregates by organization and cluster. Numbers only, each over at least five people.

use super::network_words::{self as words, Meaning};
use super::{Nav, render};
use crate::AppState;
use crate::chart::{Series, line_chart};
use crate::error::PageError;
use crate::extract::Inside;
use askama::Template;
use axum::extract::State;
use axum::response::Response;
use convene_app::network_health::{GroupRow, Groups, Health, MonthHealth, POOLED};
use convene_domain::Permission;
use convene_i18n::Tr;

#[derive(Template)]
#[template(path = "network_health.html")]
pub struct HealthPage {
    pub nav: Nav,
    pub tab: &'static str,
    pub slug: String,
    pub analyst: bool,
    pub health: Option<Health>,
    pub computed: Option<String>,
    pub meanings: Vec<Meaning>,
    /// Inline SVG charts: (heading, svg).
    pub charts: Vec<(String, String)>,
    /// Each month's name, in the order of `health.months`.
    pub months: Vec<String>,
}

fn charts(tr: Tr, h: &Health, labels: &[String]) -> Vec<(String, String)> {
    let partial = h.months.iter().position(|m| m.partial);
    let col = |f: fn(&MonthHealth) -> Option<f64>| h.months.iter().map(f).collect::<Vec<_>>();
    let count = |v: Option<usize>| v.map(|v| v as f64);
    let [led, gini, cross, isolates, clusters] = [
        "net-chart-led",
        "net-chart-gini",
        "net-chart-cross-line",
        "net-chart-isolates-line",
        "net-chart-clusters-line",
    ]
    .map(|k| tr.t(k));
    vec![
        (
            tr.t("net-chart-spread"),
            line_chart(
                tr,
                &tr.t("net-chart-spread-title"),
                labels,
                &[
                    Series {
                        name: &led,
                        class: "s1",
                        values: col(|m| m.leader_share),
                    },
                    Series {
                        name: &gini,
                        class: "s2",
                        values: col(|m| m.gini),
                    },
                ],
                true,
                partial,
            ),
        ),
        (
            tr.t("net-chart-cross"),
            line_chart(
                tr,
                &tr.t("net-chart-cross-title"),
                labels,
                &[Series {
                    name: &cross,
                    class: "s1",
                    values: col(|m| m.cross_share),
                }],
                true,
                partial,
            ),
        ),
        (
            tr.t("net-chart-isolates"),
            line_chart(
                tr,
                &tr.t("net-chart-isolates-title"),
                labels,
                &[
                    Series {
                        name: &isolates,
                        class: "s2",
                        values: h.months.iter().map(|m| count(m.isolates)).collect(),
                    },
                    Series {
                        name: &clusters,
                        class: "s1",
                        values: h.months.iter().map(|m| count(m.clusters)).collect(),
                    },
                ],
                false,
                partial,
            ),
        ),
    ]
}

pub async fn health_get(
    State(st): State<AppState>,
    Inside { account, ctx }: Inside,
) -> Result<Response, PageError> {
    let slug = ctx.community().slug.clone();
    let health = st.app.network_health(&ctx.require()?).await?;
    let nav = Nav::inside(&account, &ctx);
    let tr = nav.tr;
    let months: Vec<String> = health
        .iter()
        .flat_map(|h| &h.months)
        .map(|m| words::month(tr, &m.month))
        .collect();
    Ok(render(&HealthPage {
        tab: "health",
        analyst: ctx.member().roles.allows(Permission::AnalyseNetwork),
        computed: health.as_ref().map(|h| words::computed(tr, h.computed_at)),
        charts: health
            .as_ref()
            .map(|h| charts(tr, h, &months))
            .unwrap_or_default(),
        meanings: health
            .as_ref()
            .map(|h| words::health_meanings(tr, h))
            .unwrap_or_default(),
        months,
        health,
        slug,
        nav,
    }))
}

#[derive(Template)]
#[template(path = "network_groups.html")]
pub struct GroupsPage {
    pub nav: Nav,
    pub tab: &'static str,
    pub slug: String,
    pub analyst: bool,
    pub groups: Option<Groups>,
    pub computed: Option<String>,
    pub tables: Vec<(String, Vec<GroupRow>)>,
}

/// A row's label in the reader's language: organizations keep their names; the pooled row
/// and numbered clusters are worded.
fn row_label(tr: Tr, row: &GroupRow, cluster: bool) -> String {
    if row.label == POOLED {
        return tr.t("net-groups-pooled");
    }
    match row.label.strip_prefix("Cluster ") {
        Some(n) if cluster => tr.t1("net-js-cluster", "c", n),
        _ => row.label.clone(),
    }
}

pub async fn groups_get(
    State(st): State<AppState>,
    Inside { account, ctx }: Inside,
) -> Result<Response, PageError> {
    let slug = ctx.community().slug.clone();
    let groups = st.app.network_groups(&ctx.require()?).await?;
    let nav = Nav::inside(&account, &ctx);
    let tr = nav.tr;
    let worded = |rows: &[GroupRow], cluster: bool| {
        rows.iter()
            .map(|r| GroupRow {
                label: row_label(tr, r, cluster),
                ..r.clone()
            })
            .collect::<Vec<_>>()
    };
    Ok(render(&GroupsPage {
        tab: "groups",
        analyst: true,
        computed: groups.as_ref().map(|g| words::computed(tr, g.computed_at)),
        tables: groups
            .as_ref()
            .map(|g| {
                vec![
                    (tr.t("net-groups-by-org"), worded(&g.organizations, false)),
                    (tr.t("net-groups-by-cluster"), worded(&g.clusters, true)),
                ]
            })
            .unwrap_or_default(),
        groups,
        slug,
        nav,
    }))
}

/// Numbers as the reader writes them; "–" where a figure is not shown.
impl HealthPage {
    /// The explanation and range of figure `id`.
    pub fn meaning(&self, id: &str) -> String {
        words::meaning(&self.meanings, id)
    }
    pub fn pct(&self, v: &f64) -> String {
        words::percent(self.nav.tr, *v)
    }
    pub fn n<T: Copy + TryInto<i64>>(&self, v: &T) -> String {
        words::count(self.nav.tr, *v)
    }
    pub fn dec(&self, v: impl std::borrow::Borrow<f64>, places: usize) -> String {
        self.nav.tr.decimal(*v.borrow(), places)
    }
    pub fn month(&self, i: impl std::borrow::Borrow<usize>) -> &str {
        self.months.get(*i.borrow()).map_or("", String::as_str)
    }
    pub fn opt_pct(&self, v: &Option<f64>) -> String {
        v.map_or_else(|| "–".into(), |v| self.pct(&v))
    }
    pub fn opt(&self, v: &Option<usize>) -> String {
        v.map_or_else(|| "–".into(), |v| self.n(&v))
    }
    pub fn opt2(&self, v: &Option<f64>) -> String {
        v.map_or_else(|| "–".into(), |v| self.dec(v, 2))
    }
}

impl GroupsPage {
    pub fn pct(&self, v: &f64) -> String {
        words::percent(self.nav.tr, *v)
    }
    pub fn n<T: Copy + TryInto<i64>>(&self, v: &T) -> String {
        words::count(self.nav.tr, *v)
    }
    pub fn dec(&self, v: impl std::borrow::Borrow<f64>, places: usize) -> String {
        self.nav.tr.decimal(*v.borrow(), places)
    }
}
