//! The governance health page: how power was used, as aggregates only (`domain::health` holds
//! the figures and their suppression); each figure comes with one plain sentence.

use crate::{Allowed, App, Result, can};
use convene_domain::health::{
    AppealRecord, DecidedCase, Health, Horizontal, MIN_PEOPLE, Month, Vertical, health,
};
use convene_domain::ids::CommunityId;
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

fn duration(secs: i64) -> String {
    match secs {
        s if s < 3600 => format!("{} minutes", (s / 60).max(1)),
        s if s < 2 * 86_400 => format!("{:.1} hours", s as f64 / 3600.0),
        s => format!("{:.1} days", s as f64 / 86_400.0),
    }
}

impl App {
    /// The community's governance health over its last finished months.
    pub async fn governance_health(
        &self,
        ctx: &Allowed<can::ViewModerationLog>,
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
        Ok(report(h))
    }
}

fn report(h: Health) -> HealthReport {
    let withheld_text = format!("not shown: fewer than {MIN_PEOPLE} people");
    let mut figures = Vec::new();
    figures.push((
        "decisions",
        h.decisions.to_string(),
        format!(
            "Stewards and curators took {} moderation decisions (each is in the moderation log \
             with its reason).",
            h.decisions
        ),
    ));
    figures.push(match h.median_to_decision {
        Some(s) => (
            "median_to_decision",
            duration(s),
            format!(
                "Half of the {} decided cases were decided within {} of their first flag.",
                h.decided_cases,
                duration(s)
            ),
        ),
        None => (
            "median_to_decision",
            withheld_text.clone(),
            format!(
                "The time from flag to decision is shown once at least {MIN_PEOPLE} cases \
                 flagged by at least {MIN_PEOPLE} people are decided."
            ),
        ),
    });
    figures.push(match h.appeal_rate {
        Some(r) => (
            "appeal_rate",
            percent(r),
            format!(
                "For every 100 decisions, {:.0} were appealed by the person affected.",
                r * 100.0
            ),
        ),
        None => (
            "appeal_rate",
            withheld_text.clone(),
            format!(
                "Appeals are counted once at least {MIN_PEOPLE} different people appealed, so \
                 no one's appeal can be told from the figure."
            ),
        ),
    });
    figures.push(match h.reversal_rate {
        Some(r) => (
            "reversal_rate",
            percent(r),
            format!(
                "Of the appeals heard, {} were reversed by a second steward.",
                percent(r)
            ),
        ),
        None => (
            "reversal_rate",
            withheld_text.clone(),
            "How many appeals were reversed is shown with the appeal rate.".into(),
        ),
    });
    figures.push(match h.top_share {
        Some(s) => (
            "top_share",
            percent(s),
            format!(
                "The steward or curator who decided most took {} of the decisions ({} people \
                 decided any).",
                percent(s),
                h.deciders
            ),
        ),
        None => (
            "top_share",
            "no decisions".into(),
            "No moderation decisions were taken in these months.".into(),
        ),
    });
    figures.push(match h.gini {
        Some(g) => (
            "gini",
            format!("{g:.2}"),
            format!(
                "Spread of decisions over those who decide: 0 means evenly shared, near 1 means \
                 in one hand; here {g:.2}."
            ),
        ),
        None => (
            "gini",
            "no decisions".into(),
            "The spread of decisions needs at least one decision.".into(),
        ),
    });
    let any_withheld = h
        .months
        .iter()
        .any(|m| m.flags.is_none() || m.edits.is_none() || m.horizontal.is_none())
        || h.median_to_decision.is_none()
        || h.appeal_rate.is_none();
    HealthReport {
        withheld: any_withheld.then(|| {
            format!(
                "Some figures are not shown because fewer than {MIN_PEOPLE} people are behind \
                 them, or because they could be subtracted from other figures to learn about \
                 fewer than {MIN_PEOPLE} people. Only finished months are counted."
            )
        }),
        health: h,
        figures,
    }
}
