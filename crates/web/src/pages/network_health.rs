//! The network's health over time (for everyone who may see the network) and the analyst's
//! aggregates by organization and cluster. Numbers only, each over at least five people.

use super::{Nav, render};
use crate::AppState;
use crate::chart::{Series, line_chart};
use crate::error::PageError;
use crate::extract::Inside;
use askama::Template;
use axum::extract::State;
use axum::response::Response;
use convene_app::network_health::{GroupRow, Groups, Health, MonthHealth};
use convene_domain::Permission;

#[derive(Template)]
#[template(path = "network_health.html")]
pub struct HealthPage {
    pub nav: Nav,
    pub tab: &'static str,
    pub slug: String,
    pub analyst: bool,
    pub health: Option<Health>,
    pub computed: Option<String>,
    pub meanings: Vec<super::network_words::Meaning>,
    /// Inline SVG charts: (heading, svg).
    pub charts: Vec<(&'static str, String)>,
}

fn pct(v: f64) -> String {
    format!("{:.0}%", v * 100.0)
}

fn charts(h: &Health) -> Vec<(&'static str, String)> {
    let labels: Vec<String> = h.months.iter().map(|m| m.label.clone()).collect();
    let partial = h.months.iter().position(|m| m.partial);
    let col = |f: fn(&MonthHealth) -> Option<f64>| h.months.iter().map(f).collect::<Vec<_>>();
    let count = |v: Option<usize>| v.map(|v| v as f64);
    vec![
        (
            "Leadership spread",
            line_chart(
                "Share of people taking part who convened or led something, and how concentrated leadership is (Gini), per month",
                &labels,
                &[
                    Series {
                        name: "led something",
                        class: "s1",
                        values: col(|m| m.leader_share),
                    },
                    Series {
                        name: "concentration (Gini)",
                        class: "s2",
                        values: col(|m| m.gini),
                    },
                ],
                true,
                partial,
            ),
        ),
        (
            "Cross-boundary ties",
            line_chart(
                "Share of ties between people of different organizations, at each month's end",
                &labels,
                &[Series {
                    name: "ties across organizations",
                    class: "s1",
                    values: col(|m| m.cross_share),
                }],
                true,
                partial,
            ),
        ),
        (
            "Isolates and clusters",
            line_chart(
                "People without ties and clusters of two or more, at each month's end",
                &labels,
                &[
                    Series {
                        name: "people without ties",
                        class: "s2",
                        values: h.months.iter().map(|m| count(m.isolates)).collect(),
                    },
                    Series {
                        name: "clusters",
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
    Ok(render(&HealthPage {
        nav: Nav::inside(&account, &ctx),
        tab: "health",
        analyst: ctx.member().roles.allows(Permission::AnalyseNetwork),
        computed: health.as_ref().map(|h| super::when(h.computed_at)),
        charts: health.as_ref().map(charts).unwrap_or_default(),
        meanings: health
            .as_ref()
            .map(super::network_words::health_meanings)
            .unwrap_or_default(),
        health,
        slug,
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
    pub tables: Vec<(&'static str, Vec<GroupRow>)>,
}

pub async fn groups_get(
    State(st): State<AppState>,
    Inside { account, ctx }: Inside,
) -> Result<Response, PageError> {
    let slug = ctx.community().slug.clone();
    let groups = st.app.network_groups(&ctx.require()?).await?;
    Ok(render(&GroupsPage {
        nav: Nav::inside(&account, &ctx),
        tab: "groups",
        analyst: true,
        computed: groups.as_ref().map(|g| super::when(g.computed_at)),
        tables: groups
            .as_ref()
            .map(|g| {
                vec![
                    ("By organization", g.organizations.clone()),
                    ("By cluster", g.clusters.clone()),
                ]
            })
            .unwrap_or_default(),
        groups,
        slug,
    }))
}

/// Askama filter-free helpers for the templates.
impl HealthPage {
    /// The explanation and range of figure `id`.
    pub fn meaning(&self, id: &str) -> String {
        self.meanings
            .iter()
            .find(|m| m.id == id)
            .map(|m| format!("{} {}", m.sentence, m.typical).trim().to_owned())
            .unwrap_or_default()
    }
    pub fn pct(&self, v: &f64) -> String {
        pct(*v)
    }
    pub fn opt_pct(&self, v: &Option<f64>) -> String {
        v.map(pct).unwrap_or_else(|| "–".into())
    }
    pub fn opt(&self, v: &Option<usize>) -> String {
        v.map_or_else(|| "–".into(), |v| v.to_string())
    }
    pub fn opt2(&self, v: &Option<f64>) -> String {
        v.map_or_else(|| "–".into(), |v| format!("{v:.2}"))
    }
}

impl GroupsPage {
    pub fn pct(&self, v: &f64) -> String {
        pct(*v)
    }
}
