//! The demo's two Open Spaces: one finished a month ago (agenda, law-of-two-feet intervals,
//! reports, dots and actions), and one in its marketplace two weeks from now. Deterministic for
//! the demo's seed. Sessions draw people mostly from the convener's own organization, with a
//! few bridges, so the collaboration network has visible structure.

use crate::Result;
use crate::gathering::DEFAULT_LICENSE;
use convene_domain::RoleSet;
use convene_domain::gathering::{Phase, Zone};
use convene_store::gatherings::{self, NewGathering};
use convene_store::harvest::{self, NewAction};
use convene_store::sessions::{self, NewSession};
use convene_store::{Slot, Space, Tx};
use rand::seq::SliceRandom;
use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;

/// (account, organization, roles) of the demo's people; the first seven are the sign-in accounts.
pub(crate) type People = [(i32, i32, RoleSet)];

const TOPICS: &[(&str, &str)] = &[
    (
        "Rewilding the riverbanks",
        "Willows, beavers and who looks after the banks.",
    ),
    (
        "Clinic outreach along the valley",
        "Getting Northwind's nurses to the villages upstream.",
    ),
    (
        "A repair café for the cooperative",
        "Fix instead of buy: tools, skills, a room.",
    ),
    (
        "Open data on water quality",
        "Sensors, a public dashboard, and who owns the numbers.",
    ),
    (
        "Youth on the boards",
        "How young members get a real seat, not a token one.",
    ),
    (
        "Cooling the town in heat waves",
        "Shade, water points and checking on neighbours.",
    ),
    (
        "A shared volunteer calendar",
        "One place to see who needs a hand and when.",
    ),
    (
        "Food from the floodplain",
        "Market gardens on land that floods every few years.",
    ),
    (
        "Listening to the fishers",
        "What the people who live from the river know.",
    ),
    (
        "Money for the commons",
        "Small grants, pooled funds and being accountable for them.",
    ),
];

const REPORTS: &[&str] = &[
    "**Key points**\n\n- The banks erode fastest where nothing grows.\n- Three landowners offered plots.\n\n**Insights**\n\nStart small and show results before asking the council.\n\n**Proposed actions**\n\n- Plant 200 willows in March.",
    "**Key points**\n\n- Villages upstream see a nurse once a month.\n- A shared van could cover four villages a week.\n\n**Proposed actions**\n\n- Ask Northwind for a pilot month.",
    "**Key points**\n\n- Twelve people can repair bikes, radios or clothes.\n- The cooperative's hall is free on Saturdays.\n\n**Proposed actions**\n\n- First repair café in April.",
    "**Key points**\n\n- Two schools would host sensors.\n- Data should be open by default (CC-BY).\n\n**Insights**\n\nThe lab can build the dashboard; the cooperative should own the data.",
];

struct Plan<'a> {
    title: &'a str,
    calling_question: &'a str,
    invitation: &'a str,
    phase: Phase,
    date: String,
    spaces: &'a [(&'a str, i32, &'a str)],
    slots: &'a [(&'a str, &'a str, &'a str, &'a str)],
    sessions: usize,
    placed: usize,
}

pub(crate) async fn fill(tx: &Tx, community_id: i32, people: &People, now: i64) -> Result<()> {
    let mut rng = ChaCha8Rng::seed_from_u64(11);
    let zone = Zone::parse("Europe/Berlin")?;
    let day = 86_400;
    let finished = Plan {
        title: "Spring Open Space: the river we share",
        calling_question: "What will we do, together, for the river we all depend on?",
        invitation: "Everyone who cares about the valley is invited: members, partners, neighbours. \
                     Bring a question you care about; whoever comes are the right people.",
        phase: Phase::Closed,
        date: zone.local(now - 30 * day).0,
        spaces: &[
            ("Big Hall", 40, "projector, accessible"),
            ("Garden", 25, "accessible"),
            ("Library", 12, ""),
            ("Boathouse", 15, ""),
        ],
        slots: &[
            ("09:00", "09:45", "plenary", "Opening circle"),
            ("10:00", "11:15", "sessions", ""),
            ("11:30", "12:45", "sessions", ""),
            ("12:45", "13:45", "break", "Lunch"),
            ("13:45", "15:00", "sessions", ""),
            ("15:15", "16:00", "plenary", "Closing circle"),
        ],
        sessions: 10,
        placed: 10,
    };
    let upcoming = Plan {
        title: "Autumn Open Space: from harvest to action",
        calling_question: "Which of our spring actions need more hands, and what is new?",
        invitation: "A half day to look at what came of the spring, and to start what is next.",
        phase: Phase::Marketplace,
        date: zone.local(now + 14 * day).0,
        spaces: &[
            ("Big Hall", 40, "projector, accessible"),
            ("Garden", 25, "accessible"),
            ("Library", 12, ""),
        ],
        slots: &[
            ("14:00", "14:30", "plenary", "Opening circle"),
            ("14:45", "15:45", "sessions", ""),
            ("16:00", "17:00", "sessions", ""),
            ("17:15", "17:45", "plenary", "Closing"),
        ],
        sessions: 6,
        placed: 4,
    };
    for plan in [finished, upcoming] {
        gathering(tx, community_id, people, &zone, &plan, &mut rng, now).await?;
    }
    Ok(())
}

async fn gathering(
    tx: &Tx,
    community_id: i32,
    people: &People,
    zone: &Zone,
    plan: &Plan<'_>,
    rng: &mut ChaCha8Rng,
    now: i64,
) -> Result<()> {
    let host = people[1].0;
    let g = gatherings::create(
        tx,
        NewGathering {
            community_id,
            title: plan.title,
            calling_question: plan.calling_question,
            invitation: plan.invitation,
            venue: "Riverbend Cooperative, Mill Lane 4",
            time_zone: zone.name(),
            phase: plan.phase.as_str(),
            license: DEFAULT_LICENSE,
            dots: 3,
            created_by: Some(host),
            now: now - 60 * 86_400,
        },
    )
    .await?;
    let mut spaces: Vec<Space> = Vec::new();
    for (name, cap, features) in plan.spaces {
        spaces.push(gatherings::add_space(tx, g.id, name, *cap, features).await?);
    }
    let mut session_slots: Vec<Slot> = Vec::new();
    for (start, end, kind, label) in plan.slots {
        let times = (
            zone.timestamp(&plan.date, start)?,
            zone.timestamp(&plan.date, end)?,
        );
        let slot = gatherings::add_slot(tx, g.id, times, kind, label).await?;
        if *kind == "sessions" {
            session_slots.push(slot);
        }
    }
    // Who comes: most of the community says yes, some maybe, a few no (counted, never named).
    let mut attending = Vec::new();
    for (i, (account, _, _)) in people.iter().enumerate() {
        let answer = match (i, rng.gen_range(0..10)) {
            (0..7, _) => "yes",
            (_, 0..6) => "yes",
            (_, 6..8) => "maybe",
            _ => "no",
        };
        gatherings::set_rsvp(tx, g.id, *account, answer, now - 40 * 86_400).await?;
        if answer == "yes" {
            attending.push(i);
        }
    }
    // Sessions, convened by attendees (the demo's member and guest accounts among them).
    let mut conveners: Vec<usize> = vec![5, 6, 1];
    conveners.extend(
        attending
            .iter()
            .copied()
            .filter(|i| *i >= 7)
            .take(plan.sessions),
    );
    let mut cells: Vec<(i32, i32)> = session_slots
        .iter()
        .flat_map(|sl| spaces.iter().map(move |sp| (sp.id, sl.id)))
        .collect();
    cells.shuffle(rng);
    let mut made = Vec::new();
    for (k, (title, description)) in TOPICS.iter().take(plan.sessions).enumerate() {
        let convener = conveners[k % conveners.len()];
        let s = sessions::create(
            tx,
            NewSession {
                gathering_id: g.id,
                convener_id: people[convener].0,
                title,
                description,
                needs: if k % 3 == 0 { "projector" } else { "" },
                now: now - 35 * 86_400,
            },
        )
        .await?;
        if k < plan.placed {
            // A convener holds one session per slot: take the first cell whose slot is free for them.
            let mine: Vec<i32> = made
                .iter()
                .filter(|(_, c, _)| *c == convener)
                .filter_map(|(_, _, slot)| *slot)
                .collect();
            if let Some(pos) = cells.iter().position(|c| !mine.contains(&c.1)) {
                let cell = cells.remove(pos);
                sessions::place(tx, s.id, Some(cell)).await?;
                made.push((s.id, convener, Some(cell.1)));
                continue;
            }
        }
        made.push((s.id, convener, None));
    }
    // Interest: people favour sessions convened from their own organization.
    for &i in &attending {
        let org = people[i].1;
        for (sid, convener, _) in &made {
            let same = people[*convener].1 == org;
            if rng.gen_bool(if same { 0.45 } else { 0.12 }) {
                sessions::add_interest(tx, *sid, people[i].0).await?;
            }
        }
    }
    if plan.phase < Phase::Sessions {
        return Ok(());
    }
    harvest_of(tx, g.id, people, &attending, &made, &session_slots, rng).await
}

/// Presence under the law of two feet, reports, dots and actions of a finished gathering.
async fn harvest_of(
    tx: &Tx,
    gathering_id: i32,
    people: &People,
    attending: &[usize],
    made: &[(i32, usize, Option<i32>)],
    slots: &[Slot],
    rng: &mut ChaCha8Rng,
) -> Result<()> {
    let wanted = sessions::interests(tx, gathering_id).await?;
    for slot in slots {
        let here: Vec<i32> = made
            .iter()
            .filter(|m| m.2 == Some(slot.id))
            .map(|m| m.0)
            .collect();
        if here.is_empty() {
            continue;
        }
        for &i in attending {
            let me = people[i].0;
            let mut choices: Vec<i32> = here
                .iter()
                .copied()
                .filter(|s| {
                    wanted
                        .iter()
                        .any(|w| w.session_id == *s && w.account_id == me)
                })
                .collect();
            if choices.is_empty() {
                if rng.gen_bool(0.5) {
                    continue;
                }
                choices = here.clone();
            }
            let anonymous = rng.gen_bool(0.1);
            let first = choices[rng.gen_range(0..choices.len())];
            let mut t = slot.starts_at + rng.gen_range(0..5) * 60;
            sessions::check_in(tx, gathering_id, first, me, anonymous, t).await?;
            // Some use their two feet half way through.
            if here.len() > 1 && rng.gen_bool(0.2) {
                let other =
                    here[(here.iter().position(|s| *s == first).unwrap_or(0) + 1) % here.len()];
                t += (slot.ends_at - slot.starts_at) / 2;
                sessions::check_out(tx, gathering_id, me, t).await?;
                sessions::check_in(tx, gathering_id, other, me, anonymous, t).await?;
            }
            sessions::check_out(tx, gathering_id, me, slot.ends_at).await?;
        }
    }
    let at = slots.last().map_or(0, |s| s.ends_at);
    let presences = sessions::presences(tx, gathering_id).await?;
    for (k, (sid, convener, slot)) in made.iter().enumerate() {
        if slot.is_none() {
            continue;
        }
        // The first topics have written-out reports; the others a short one from their topic.
        let body = REPORTS.get(k).map_or_else(
            || {
                format!(
                    "**Key points**\n\n- {}\n- We agreed to meet again before the autumn.\n\n\
                     **Proposed actions**\n\n- Find two more people to carry it.",
                    TOPICS[k].1
                )
            },
            |r| (*r).to_owned(),
        );
        let mut base = 0;
        let mut writers = vec![people[*convener].0];
        writers.extend(
            presences
                .iter()
                .filter(|p| p.session_id == *sid && !p.anonymous)
                .map(|p| p.account_id)
                .take(2),
        );
        for (n, w) in writers.iter().enumerate() {
            let text = if n + 1 == writers.len() {
                body.clone()
            } else {
                body.lines().take(3 + n * 2).collect::<Vec<_>>().join("\n")
            };
            if let Some(v) =
                harvest::save_report(tx, *sid, &text, base, *w, at + 600 * n as i64).await?
            {
                base = v;
            }
        }
        for p in presences
            .iter()
            .filter(|p| p.session_id == *sid && !p.anonymous)
        {
            if rng.gen_bool(0.7) {
                harvest::set_named(tx, *sid, p.account_id, true).await?;
            }
        }
    }
    let titles = [
        (
            "Plant 200 willows on the east bank",
            Some("2027-03-15"),
            "done",
        ),
        ("Pilot month of the clinic van", Some("2027-01-15"), "doing"),
        ("First repair café", Some("2026-12-12"), "done"),
        ("Publish the water data under CC-BY", None, "open"),
        (
            "Two youth seats on the cooperative board",
            Some("2027-06-30"),
            "doing",
        ),
    ];
    let mut actions = Vec::new();
    for (k, (title, due, status)) in titles.iter().enumerate() {
        let a = harvest::create_action(
            tx,
            NewAction {
                gathering_id,
                session_id: made.get(k).map(|m| m.0),
                title,
                due_on: *due,
                created_by: people[made.get(k).map_or(1, |m| m.1)].0,
                now: at,
            },
        )
        .await?;
        harvest::set_status(tx, a.id, status).await?;
        actions.push(a.id);
    }
    for &i in attending {
        for _ in 0..3 {
            let (kind, target) = if rng.gen_bool(0.5) {
                ("action", actions[rng.gen_range(0..actions.len())])
            } else {
                ("session", made[rng.gen_range(0..made.len())].0)
            };
            harvest::move_dot(tx, gathering_id, people[i].0, (kind, target), 1).await?;
        }
        if rng.gen_bool(0.08) {
            let a = actions[rng.gen_range(0..actions.len())];
            harvest::set_owner(tx, a, people[i].0, true).await?;
        }
    }
    Ok(())
}
