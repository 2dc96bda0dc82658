//! The demo's Open Spaces: three finished ones, about eight months, four months and one month
//! ago (agenda, law-of-two-feet intervals, reports, dots and actions), and one in its
//! marketplace two weeks from now. Deterministic for the demo's seed. Sessions draw people
//! mostly from the convener's own organization, with a few bridge people who go everywhere, so
//! the collaboration network has clusters by organization; and leadership spreads over time:
//! a handful of the cooperative's people convened the first one, partners convene and
//! co-convene later.

use crate::Result;
use crate::gathering::DEFAULT_LICENSE;
use convene_domain::RoleSet;
use convene_domain::content::{ContentKind, ContentRef, Saved, Visibility};
use convene_domain::gathering::{Phase, Zone};
use convene_domain::ids::{AccountId, CommunityId};
use convene_store::contents::{self, NewContent, Save};
use convene_store::gatherings::{self, NewGathering};
use convene_store::harvest::{self, NewAction};
use convene_store::sessions::{self, NewSession};
use convene_store::{Slot, Space, Tx};
use rand::seq::SliceRandom;
use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;

/// (account, organization, roles) of the demo's people; the first seven are the sign-in accounts.
pub(crate) type People = [(i32, i32, RoleSet)];

const DAY: i64 = 86_400;

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

const ACTIONS: &[(&str, Option<&str>, &str)] = &[
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

const REPORTS: &[&str] = &[
    "**Key points**\n\n- The banks erode fastest where nothing grows.\n- Three landowners offered plots.\n\n**Insights**\n\nStart small and show results before asking the council.\n\n**Proposed actions**\n\n- Plant 200 willows in March.",
    "**Key points**\n\n- Villages upstream see a nurse once a month.\n- A shared van could cover four villages a week.\n\n**Proposed actions**\n\n- Ask Northwind for a pilot month.",
    "**Key points**\n\n- Twelve people can repair bikes, radios or clothes.\n- The cooperative's hall is free on Saturdays.\n\n**Proposed actions**\n\n- First repair café in April.",
    "**Key points**\n\n- Two schools would host sensors.\n- Data should be open by default (CC-BY).\n\n**Insights**\n\nThe lab can build the dashboard; the cooperative should own the data.",
];

const FIRST_TOPICS: &[(&str, &str)] = &[
    (
        "Flood warnings that reach everyone",
        "Sirens, phone trees and the neighbours without a phone.",
    ),
    (
        "What is the cooperative for?",
        "What members expect, and what we could do with our partners.",
    ),
    (
        "A clean-up day on the river",
        "Bags, boats and a date before the first frost.",
    ),
    (
        "A seed library",
        "Keeping the valley's old varieties alive.",
    ),
    (
        "Who uses the mill meadow?",
        "Grazing, football and the flood basin on one piece of land.",
    ),
    (
        "Newcomers to the valley",
        "How people who just moved here find their way in.",
    ),
];

const FIRST_REPORTS: &[&str] = &[
    "**Key points**\n\n- The siren is not heard in the upper villages.\n- Older neighbours act on a call from someone they know.\n\n**Proposed actions**\n\n- A phone tree for every street before the winter.",
    "**Key points**\n\n- Members want more than a shop: a place to do things together.\n- Northwind and the lab would come to an open day.\n\n**Insights**\n\nAsk the partners what they need from us, not only what we need from them.",
];

const FIRST_ACTIONS: &[(&str, Option<&str>, &str)] = &[
    ("A phone tree for every street", None, "done"),
    ("Open day for our partners at the cooperative", None, "done"),
    ("River clean-up day with the rowing club", None, "done"),
];

const WINTER_TOPICS: &[(&str, &str)] = &[
    (
        "Warm rooms for cold weeks",
        "Which halls stay open and heated, and who hosts them.",
    ),
    (
        "Ice, thaw and the weir",
        "What the thaw does to the banks, and who keeps an eye on the weir.",
    ),
    (
        "Stories of the river",
        "Elders' memories of floods and fish, recorded for everyone.",
    ),
    (
        "Winter vegetables under shared glass",
        "Greenhouses on the cooperative's land, and who waters them.",
    ),
    (
        "Nurses on the winter roads",
        "Northwind's rounds when the valley road is closed.",
    ),
    (
        "A map of who already does what",
        "The lab's idea: one open map of the valley's projects and people.",
    ),
];

const WINTER_REPORTS: &[&str] = &[
    "**Key points**\n\n- The library and the cooperative's hall can stay heated on weekday afternoons.\n- Volunteers will host in pairs.\n\n**Proposed actions**\n\n- Warm rooms open from the first cold week.",
    "**Key points**\n\n- Ice at the weir flooded the lower meadow twice.\n- The fishers see it coming first.\n\n**Insights**\n\nA message group between the fishers and the cooperative would warn everyone earlier.",
];

const WINTER_ACTIONS: &[(&str, Option<&str>, &str)] = &[
    ("Warm rooms on weekday afternoons", None, "done"),
    ("A message group to warn of ice at the weir", None, "done"),
    (
        "Record the elders' river stories for the archive",
        None,
        "doing",
    ),
];

/// Indexes into [`Cast::orgs`].
const HOME: usize = 0;
const NORTHWIND: usize = 1;
const COMMONS: usize = 2;

/// Where a gathering's new conveners come from.
#[derive(Clone, Copy)]
enum Fresh {
    Anyone,
    Org(usize),
}

/// Who is who among the demo's people.
struct Cast {
    /// Organizations in the order their first person appears: home, Northwind, Commons Lab.
    orgs: Vec<i32>,
    /// A few people (two per organization) who take part across organizations.
    bridges: Vec<usize>,
}

impl Cast {
    fn of(people: &People) -> Cast {
        let mut orgs: Vec<i32> = Vec::new();
        for (_, org, _) in people {
            if !orgs.contains(org) {
                orgs.push(*org);
            }
        }
        let bridges = orgs
            .iter()
            .flat_map(|o| {
                people
                    .iter()
                    .enumerate()
                    .skip(20)
                    .filter(move |(_, p)| p.1 == *o)
                    .map(|(i, _)| i)
                    .take(2)
            })
            .collect();
        Cast { orgs, bridges }
    }
}

struct Plan<'a> {
    title: &'a str,
    calling_question: &'a str,
    invitation: &'a str,
    phase: Phase,
    date: String,
    /// How many days earlier than for the spring one it was created, answered and proposed to.
    earlier: i64,
    spaces: &'a [(&'a str, i32, &'a str)],
    slots: &'a [(&'a str, &'a str, &'a str, &'a str)],
    topics: &'a [(&'a str, &'a str)],
    /// Written-out reports of the first sessions; the others get a short one from their topic.
    reports: &'a [&'a str],
    /// Until when the short reports' groups agree to meet again.
    again: &'a str,
    actions: &'a [(&'a str, Option<&'a str>, &'a str)],
    sessions: usize,
    placed: usize,
    /// Out of ten: how many of the home organization's and of the partners' people say yes.
    yes: (u32, u32),
    /// These people (indexes into `People`) convene first, then new conveners from `fresh`,
    /// taking turns over the sessions. Whoever holds two sessions is listed twice in a row, so
    /// the two land in different slots.
    leads: &'a [usize],
    fresh: &'a [Fresh],
    /// Attendees passed over before picking new conveners (so each gathering has its own).
    skip: usize,
    /// How many sessions (every third one) get a co-convener from another organization, chosen
    /// among those who sat in.
    co_convened: usize,
    /// The bridge people come and are interested across organizations (otherwise they are
    /// like everyone else).
    roaming: bool,
    /// Share of attendees who volunteer for an action.
    owners: f64,
    /// Conveners also own their session's action.
    conveners_own: bool,
}

pub(crate) async fn fill(tx: &Tx, community_id: i32, people: &People, now: i64) -> Result<()> {
    let zone = Zone::parse("Europe/Berlin")?;
    let cast = Cast::of(people);
    // The two earlier gatherings draw from their own stream of the same seed, so the spring and
    // autumn ones stay what they were; they are created first so ids follow the calendar.
    let mut history = ChaCha8Rng::seed_from_u64(11);
    history.set_stream(1);
    let first = Plan {
        title: "First Open Space: what does the valley need?",
        calling_question: "What does the valley need, and what are you willing to do about it?",
        invitation: "An autumn afternoon at the cooperative: bring what worries you about the \
                     valley and what you would like to start.",
        phase: Phase::Closed,
        date: zone.local(now - 240 * DAY).0,
        earlier: 210,
        spaces: &[
            ("Big Hall", 40, "projector, accessible"),
            ("Garden", 25, "accessible"),
            ("Library", 12, ""),
        ],
        slots: &[
            ("13:00", "13:30", "plenary", "Opening circle"),
            ("13:45", "15:00", "sessions", ""),
            ("15:15", "16:30", "sessions", ""),
            ("16:45", "17:15", "plenary", "Closing circle"),
        ],
        topics: FIRST_TOPICS,
        reports: FIRST_REPORTS,
        again: "the winter",
        actions: FIRST_ACTIONS,
        sessions: 6,
        placed: 6,
        yes: (4, 1),
        // The host and the steward two sessions each (one per slot), the community builder,
        // and one more of the cooperative.
        leads: &[1, 1, 0, 0, 3],
        fresh: &[Fresh::Org(HOME)],
        skip: 30,
        co_convened: 0,
        roaming: true,
        owners: 0.02,
        conveners_own: true,
    };
    let winter = Plan {
        title: "Winter Open Space: warm rooms, cold water",
        calling_question: "How do we get the valley through the cold months, together?",
        invitation: "Members and partners: an afternoon by the stove to share what the winter \
                     asks of us. Whoever comes are the right people.",
        phase: Phase::Closed,
        date: zone.local(now - 120 * DAY).0,
        earlier: 90,
        spaces: &[
            ("Big Hall", 40, "projector, accessible"),
            ("Library", 12, ""),
            ("Workshop", 15, "accessible"),
        ],
        slots: &[
            ("13:30", "14:00", "plenary", "Opening circle"),
            ("14:15", "15:30", "sessions", ""),
            ("15:45", "17:00", "sessions", ""),
            ("17:00", "17:30", "plenary", "Closing circle"),
        ],
        topics: WINTER_TOPICS,
        reports: WINTER_REPORTS,
        again: "the spring",
        actions: WINTER_ACTIONS,
        sessions: 6,
        placed: 6,
        yes: (4, 3),
        // The host (two sessions), the member, and new conveners from each organization.
        leads: &[1, 1, 5],
        fresh: &[Fresh::Org(HOME), Fresh::Org(NORTHWIND), Fresh::Org(COMMONS)],
        skip: 15,
        co_convened: 2,
        roaming: true,
        owners: 0.02,
        conveners_own: true,
    };
    for plan in [first, winter] {
        gathering(
            tx,
            community_id,
            people,
            &cast,
            &zone,
            &plan,
            &mut history,
            now,
        )
        .await?;
    }
    let mut rng = ChaCha8Rng::seed_from_u64(11);
    let finished = Plan {
        title: "Spring Open Space: the river we share",
        calling_question: "What will we do, together, for the river we all depend on?",
        invitation: "Everyone who cares about the valley is invited: members, partners, neighbours. \
                     Bring a question you care about; whoever comes are the right people.",
        phase: Phase::Closed,
        date: zone.local(now - 30 * DAY).0,
        earlier: 0,
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
        topics: TOPICS,
        reports: REPORTS,
        again: "the autumn",
        actions: ACTIONS,
        sessions: 10,
        placed: 10,
        yes: (6, 6),
        // The member and the guest, the host, then whoever else comes first.
        leads: &[5, 6, 1],
        fresh: &[Fresh::Anyone; 10],
        skip: 0,
        co_convened: 3,
        roaming: false,
        owners: 0.08,
        conveners_own: false,
    };
    let upcoming = Plan {
        title: "Autumn Open Space: from harvest to action",
        calling_question: "Which of our spring actions need more hands, and what is new?",
        invitation: "A half day to look at what came of the spring, and to start what is next.",
        phase: Phase::Marketplace,
        date: zone.local(now + 14 * DAY).0,
        earlier: 0,
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
        topics: TOPICS,
        reports: &[],
        again: "",
        actions: &[],
        sessions: 6,
        placed: 4,
        yes: (6, 6),
        leads: &[5, 6, 1],
        fresh: &[Fresh::Anyone; 6],
        skip: 0,
        co_convened: 0,
        roaming: false,
        owners: 0.0,
        conveners_own: false,
    };
    for plan in [finished, upcoming] {
        gathering(tx, community_id, people, &cast, &zone, &plan, &mut rng, now).await?;
    }
    Ok(())
}

#[expect(
    clippy::too_many_arguments,
    reason = "one gathering's whole setup, passed once"
)]
async fn gathering(
    tx: &Tx,
    community_id: i32,
    people: &People,
    cast: &Cast,
    zone: &Zone,
    plan: &Plan<'_>,
    rng: &mut ChaCha8Rng,
    now: i64,
) -> Result<()> {
    let host = people[1].0;
    let back = now - plan.earlier * DAY;
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
            now: back - 60 * DAY,
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
    // Who comes: the sign-in accounts, then by organization some say yes, some maybe, a few no
    // (counted, never named).
    let mut attending = Vec::new();
    for (i, (account, org, _)) in people.iter().enumerate() {
        let r = rng.gen_range(0..10);
        let yes = if *org == cast.orgs[HOME] {
            plan.yes.0
        } else {
            plan.yes.1
        };
        let roams = plan.roaming && cast.bridges.contains(&i);
        let answer = if i < 7 || r < yes || roams {
            "yes"
        } else if r < yes + 2 {
            "maybe"
        } else {
            "no"
        };
        gatherings::set_rsvp(tx, g.id, *account, answer, back - 40 * DAY).await?;
        if answer == "yes" {
            attending.push(i);
        }
    }
    // Sessions, convened by attendees (the demo's member and guest accounts among them).
    let mut conveners: Vec<usize> = plan.leads.to_vec();
    let mut pool: Vec<usize> = attending
        .iter()
        .copied()
        .filter(|i| *i >= 7 && !cast.bridges.contains(i))
        .skip(plan.skip)
        .collect();
    for from in plan.fresh {
        let fits = |i: &usize| match from {
            Fresh::Anyone => true,
            Fresh::Org(o) => people[*i].1 == cast.orgs[*o],
        };
        if let Some(pos) = pool.iter().position(fits) {
            conveners.push(pool.remove(pos));
        }
    }
    let mut cells: Vec<(i32, i32)> = session_slots
        .iter()
        .flat_map(|sl| spaces.iter().map(move |sp| (sp.id, sl.id)))
        .collect();
    cells.shuffle(rng);
    let mut made = Vec::new();
    for (k, (title, description)) in plan.topics.iter().take(plan.sessions).enumerate() {
        let convener = conveners[k % conveners.len()];
        let s = sessions::create(
            tx,
            NewSession {
                gathering_id: g.id,
                convener_id: people[convener].0,
                title,
                needs: if k % 3 == 0 { "projector" } else { "" },
                now: back - 35 * DAY,
            },
        )
        .await?;
        contents::create(
            tx,
            NewContent {
                community: CommunityId(g.community_id),
                of: ContentRef::new(ContentKind::Session, s.id),
                author: AccountId(people[convener].0),
                body: description,
                visibility: &Visibility::Network,
                now: back - 35 * DAY,
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
    // Interest: people favour sessions convened from their own organization; bridges do not.
    for &i in &attending {
        let org = people[i].1;
        let roams = plan.roaming && cast.bridges.contains(&i);
        for (sid, convener, _) in &made {
            let same = roams || people[*convener].1 == org;
            if rng.gen_bool(if same { 0.45 } else { 0.12 }) {
                sessions::add_interest(tx, *sid, people[i].0).await?;
            }
        }
    }
    if plan.phase < Phase::Sessions {
        return Ok(());
    }
    harvest_of(
        tx,
        g.id,
        people,
        cast,
        plan,
        &attending,
        &made,
        &session_slots,
        rng,
    )
    .await
}

/// Presence under the law of two feet, reports, dots and actions of a finished gathering.
#[expect(
    clippy::too_many_arguments,
    reason = "what the gathering made, passed on once"
)]
async fn harvest_of(
    tx: &Tx,
    gathering_id: i32,
    people: &People,
    cast: &Cast,
    plan: &Plan<'_>,
    attending: &[usize],
    made: &[(i32, usize, Option<i32>)],
    slots: &[Slot],
    rng: &mut ChaCha8Rng,
) -> Result<()> {
    let community_id = convene_store::gatherings::by_id(tx, gathering_id)
        .await?
        .community_id;
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
        let body = plan.reports.get(k).map_or_else(
            || {
                format!(
                    "**Key points**\n\n- {}\n- We agreed to meet again before {}.\n\n\
                     **Proposed actions**\n\n- Find two more people to carry it.",
                    plan.topics[k].1, plan.again
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
            let saved = contents::save(
                tx,
                Save {
                    community: CommunityId(community_id),
                    of: ContentRef::new(ContentKind::Report, *sid),
                    body: &text,
                    base,
                    author: AccountId(*w),
                    now: at + 600 * n as i64,
                },
            )
            .await?;
            if let Saved::Written(v) = saved {
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
    let mut actions = Vec::new();
    for (k, (title, due, status)) in plan.actions.iter().enumerate() {
        let a = harvest::create_action(
            tx,
            NewAction {
                gathering_id,
                session_id: made.get(k).map(|m| m.0),
                due_on: *due,
                created_by: people[made.get(k).map_or(1, |m| m.1)].0,
                now: at,
            },
        )
        .await?;
        contents::create(
            tx,
            NewContent {
                community: CommunityId(community_id),
                of: ContentRef::new(ContentKind::Action, a.id),
                author: AccountId(a.created_by.unwrap_or(people[1].0)),
                body: title,
                visibility: &Visibility::Network,
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
        if rng.gen_bool(plan.owners) {
            let a = actions[rng.gen_range(0..actions.len())];
            harvest::set_owner(tx, a, people[i].0, true).await?;
        }
    }
    if plan.conveners_own {
        for (a, (_, convener, _)) in actions.iter().zip(made) {
            harvest::set_owner(tx, *a, people[*convener].0, true).await?;
        }
    }
    // Co-conveners: someone from another organization who sat in (a bridge if one did).
    let mut helping: Vec<i32> = Vec::new();
    for (sid, convener, _) in made.iter().step_by(3).take(plan.co_convened) {
        let org = people[*convener].1;
        let candidates: Vec<usize> = presences
            .iter()
            .filter(|p| p.session_id == *sid && !p.anonymous)
            .filter_map(|p| people.iter().position(|q| q.0 == p.account_id))
            .filter(|i| people[*i].1 != org && !helping.contains(&people[*i].0))
            .collect();
        let pick = candidates
            .iter()
            .find(|i| cast.bridges.contains(i))
            .or(candidates.first());
        if let Some(&i) = pick {
            sessions::add_co_convener(tx, *sid, people[i].0).await?;
            helping.push(people[i].0);
        }
    }
    Ok(())
}
