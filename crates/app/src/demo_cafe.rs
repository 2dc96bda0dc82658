//! The demo's World Café: a finished one two months ago, 3 rounds at 6 tables with hosts who
//! stayed, 30 people seated by the suggested plan (a few chose other tables, as people do),
//! notes at every table in every round and the harvest's themes grouped by shared terms.

use crate::Result;
use crate::cafe_plan;
use crate::demo_gatherings::People;
use crate::gathering::DEFAULT_LICENSE;
use convene_domain::cafe::themes;
use convene_domain::content::{ContentKind, ContentRef, Visibility};
use convene_domain::gathering::Phase;
use convene_domain::ids::{AccountId, CommunityId};
use convene_store::Tx;
use convene_store::cafes;
use convene_store::contents::{self, NewContent};
use convene_store::gatherings::{self, NewGathering};
use std::collections::HashMap;

const DAY: i64 = 86_400;

const ROUNDS: [&str; 3] = [
    "What makes the river valley a good place to live?",
    "Where could our organizations do more together?",
    "What is one step you will take this season?",
];

/// Notes per round; tables draw them in turn, so themes share terms across rounds.
const NOTES: [&[&str]; 3] = [
    &[
        "Neighbours who check on each other in heat waves; shade and water points in town.",
        "The river itself: clean water, willows on the banks, places to swim in summer.",
        "Community gardens on the floodplain and a market for what they grow.",
        "Young people who stay because there is work and a voice on the boards.",
        "Clinics that come to the villages; nurses who know the families.",
        "A repair café where tools and skills are shared instead of bought.",
    ],
    &[
        "Share one volunteer calendar so the clinic and the gardens find helpers.",
        "Water quality: the school measures, the cooperative publishes open data on the river.",
        "Heat waves: the clinic lists who lives alone, neighbours check on them.",
        "Youth on the boards of every partner, with a real vote and mentors.",
        "Gardens and the repair café share a room, tools and a volunteer calendar.",
        "Willows and beavers on the banks: the school and the cooperative plant together.",
    ],
    &[
        "I will bring two young people to the next board meeting.",
        "I will put our clinic's volunteer shifts on the shared calendar.",
        "I will adopt a water sensor on the river and publish its data.",
        "I will open our garden on Saturdays and bring tools to the repair café.",
        "I will ring my neighbours on the hottest days and bring water.",
        "I will plant willows with the school on the riverbank in March.",
    ],
];

pub(crate) async fn fill(tx: &Tx, community_id: i32, people: &People, now: i64) -> Result<()> {
    let host = people[1].0;
    let when = now - 60 * DAY;
    let g = gatherings::create(
        tx,
        NewGathering {
            community_id,
            title: "River Valley World Café",
            calling_question: "How do we want to live together in the valley?",
            invitation: "Three rounds of conversation at small tables, with tea. Hosts stay; everyone else travels.",
            venue: "Riverbend Cooperative, the long hall",
            time_zone: "Europe/Berlin",
            phase: Phase::Closed.as_str(),
            license: DEFAULT_LICENSE,
            dots: 3,
            created_by: Some(host),
            now: when - 30 * DAY,
        },
    )
    .await?;
    cafes::create(tx, g.id, 5, when - 30 * DAY).await?;
    for (i, q) in ROUNDS.iter().enumerate() {
        cafes::add_round(tx, g.id, i as i32 + 1, q, 25).await?;
    }
    let chosen: Vec<(i32, i32)> = people.iter().skip(2).take(30).map(|p| (p.0, p.1)).collect();
    let mut tables = Vec::new();
    for n in 1..=6 {
        let host = chosen[n as usize - 1].0;
        tables.push(cafes::add_table(tx, g.id, n, &format!("Table {n}"), 5, Some(host)).await?);
    }
    for (a, _) in &chosen {
        cafes::join(tx, g.id, *a, 1).await?;
    }
    let persons = cafes::people(tx, g.id).await?;
    let orgs: HashMap<i32, i32> = chosen.iter().copied().collect();
    let inst = cafe_plan::instance(&persons, &tables, 3, &orgs)
        .ok_or_else(|| crate::AppError::Internal("demo café: no plan".into()))?;
    let rows = cafe_plan::solve(&inst).map_err(crate::AppError::Internal)?;
    for (i, &(round, account, table)) in rows.iter().enumerate() {
        cafes::suggest(tx, g.id, round, account, Some(table)).await?;
        // Most sit where suggested; every eleventh traveller picks the next table instead.
        let is_host = tables.iter().any(|t| t.host_id == Some(account));
        let seat = if i % 11 == 5 && !is_host {
            let at = tables.iter().position(|t| t.id == table).unwrap_or(0);
            tables[(at + 1) % tables.len()].id
        } else {
            table
        };
        cafes::seat(tx, g.id, round, account, Some(seat)).await?;
    }
    let mut note_ids = Vec::new();
    let mut bodies = Vec::new();
    for round in 1..=3 {
        for (t, table) in tables.iter().enumerate() {
            let body = NOTES[round - 1][t];
            let n = cafes::note_for(tx, g.id, table.id, round as i32).await?;
            contents::create(
                tx,
                NewContent {
                    community: CommunityId(community_id),
                    of: ContentRef::new(ContentKind::CafeNote, n.id),
                    author: AccountId(table.host_id.unwrap_or(host)),
                    body,
                    visibility: &Visibility::Network,
                    now: when + round as i64 * 1800,
                },
            )
            .await?;
            note_ids.push(n.id);
            bodies.push(body);
        }
    }
    let grouped: Vec<(String, Vec<i32>)> = themes(&bodies)
        .into_iter()
        .map(|t| (t.name(), t.notes.iter().map(|&i| note_ids[i]).collect()))
        .collect();
    cafes::replace_themes(tx, g.id, &grouped).await?;
    cafes::set_timer(tx, g.id, 3, Some(when + 3 * 1800), None).await?;
    Ok(())
}
