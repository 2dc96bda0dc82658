//! The governance health page: how power was used, as aggregates only (`domain::health` holds
//! the figures and their suppression); each figure comes with one plain sentence.

use crate::{Allowed, App, Result, can};
use convene_domain::health::{
    AppealRecord, DecidedCase, Health, Horizontal, MIN_PEOPLE, Month, Vertical, health,
};
use convene_domain::ids::CommunityId;
use convene_i18n::{Lang, Tr};
use convene_store::{health as store, suggestions};

/// At most this many finished months are shown.
pub const MONTHS: i32 = 12;

/// The figures and what each means.
#[derive(Debug, Clone)]
pub struct HealthReport {
    pub health: Health,
    /// One plain sentence per figure, in the page's order: (name, value as shown, meaning).
    pub figures: Vec<(&'static str, String, String)>,
    /// Said when some cells are withheld.
    pub withheld: Option<String>,
}

fn percent(x: f64) -> String {
    format!("{:.0} %", x * 100.0)
}

/// A fraction with `places` decimals, as the locale writes it (`1.5`, `1,5`).
fn decimal(tr: Tr, x: f64, places: usize) -> String {
    let s = format!("{x:.places$}");
    if tr.lang() == Lang::En {
        s
    } else {
        s.replace('.', ",")
    }
}

fn duration(tr: Tr, secs: i64) -> String {
    match secs {
        s if s < 3600 => tr.t1("govern-health-minutes", "count", (s / 60).max(1)),
        s if s < 2 * 86_400 => tr.t1(
            "govern-health-hours",
            "value",
            decimal(tr, s as f64 / 3600.0, 1),
        ),
        s => tr.t1(
            "govern-health-days",
            "value",
            decimal(tr, s as f64 / 86_400.0, 1),
        ),
    }
}

impl App {
    /// The community's governance health over its last finished months.
    pub async fn governance_health(
        &self,
        ctx: &Allowed<can::ViewModerationLog>,
    ) -> Result<HealthReport> {
        self.governance_health_in(ctx, Tr::default()).await
    }

    /// [`Self::governance_health`] with its sentences in the reader's language.
    pub async fn governance_health_in(
        &self,
        ctx: &Allowed<can::ViewModerationLog>,
        tr: Tr,
    ) -> Result<HealthReport> {
        let db = self.store.conn();
        let community = CommunityId(ctx.community.id);
        let now_month = Month::of(self.now());
        let first = Month::of(ctx.community.created_at).max(Month(now_month.0 - MONTHS));
        let months = first..now_month;

        let mut horizontal: Vec<Horizontal> = store::flags(db, community)
            .await?
            .into_iter()
            .map(|(person, at)| Horizontal {
                person,
                month: Month::of(at),
                act: convene_domain::health::Act::Flag,
            })
            .collect();
        horizontal.extend(
            suggestions::of_community(db, community)
                .await?
                .into_iter()
                .filter_map(|(a, at)| {
                    Some(Horizontal {
                        person: a?,
                        month: Month::of(at),
                        act: convene_domain::health::Act::Edit,
                    })
                }),
        );
        let vertical: Vec<Vertical> = store::log(db, community)
            .await?
            .into_iter()
            .filter_map(|(action, by, at)| match (action.as_str(), by) {
                ("hidden", _) => Some(Vertical::Hide {
                    month: Month::of(at),
                }),
                (_, Some(decider)) => Some(Vertical::Decision {
                    decider,
                    month: Month::of(at),
                }),
                _ => None,
            })
            .collect();
        let cases: Vec<DecidedCase> = store::decided_cases(db, community)
            .await?
            .into_iter()
            .map(|(flagged_at, decided_at, flaggers)| DecidedCase {
                flagged_at,
                decided_at,
                flaggers,
            })
            .collect();
        let end = months.end.start();
        let appeals: Vec<AppealRecord> = store::appeals(db, community)
            .await?
            .into_iter()
            .filter(|(_, _, at)| *at >= months.start.start() && *at < end)
            .map(|(appellant, reversed, _)| AppealRecord {
                appellant,
                reversed,
            })
            .collect();
        let h = health(&horizontal, &vertical, &cases, &appeals, months);
        Ok(report(tr, h))
    }
}

fn report(tr: Tr, h: Health) -> HealthReport {
    let min = MIN_PEOPLE;
    let withheld_text = tr.t1("govern-health-withheld-cell", "min", min);
    let no_decisions = tr.t("govern-health-no-decisions-cell");
    let figures = vec![
        (
            "decisions",
            h.decisions.to_string(),
            tr.t1("govern-health-decisions", "count", h.decisions),
        ),
        match h.median_to_decision {
            Some(s) => (
                "median_to_decision",
                duration(tr, s),
                tr.t2(
                    "govern-health-median",
                    "count",
                    h.decided_cases,
                    "duration",
                    duration(tr, s),
                ),
            ),
            None => (
                "median_to_decision",
                withheld_text.clone(),
                tr.t1("govern-health-median-withheld", "min", min),
            ),
        },
        match h.appeal_rate {
            Some(r) => (
                "appeal_rate",
                percent(r),
                tr.t1("govern-health-appeals", "count", (r * 100.0).round() as i64),
            ),
            None => (
                "appeal_rate",
                withheld_text.clone(),
                tr.t1("govern-health-appeals-withheld", "min", min),
            ),
        },
        match h.reversal_rate {
            Some(r) => (
                "reversal_rate",
                percent(r),
                tr.t1("govern-health-reversals", "share", percent(r)),
            ),
            None => (
                "reversal_rate",
                withheld_text.clone(),
                tr.t("govern-health-reversals-withheld"),
            ),
        },
        match h.top_share {
            Some(s) => (
                "top_share",
                percent(s),
                tr.t2(
                    "govern-health-top-share",
                    "share",
                    percent(s),
                    "count",
                    h.deciders,
                ),
            ),
            None => (
                "top_share",
                no_decisions.clone(),
                tr.t("govern-health-top-share-none"),
            ),
        },
        match h.gini {
            Some(g) => (
                "gini",
                decimal(tr, g, 2),
                tr.t1("govern-health-gini", "gini", decimal(tr, g, 2)),
            ),
            None => ("gini", no_decisions, tr.t("govern-health-gini-none")),
        },
    ];
    let any_withheld = h
        .months
        .iter()
        .any(|m| m.flags.is_none() || m.edits.is_none() || m.horizontal.is_none())
        || h.median_to_decision.is_none()
        || h.appeal_rate.is_none();
    HealthReport {
        withheld: any_withheld.then(|| tr.t1("govern-health-withheld", "min", min)),
        health: h,
        figures,
    }
}
