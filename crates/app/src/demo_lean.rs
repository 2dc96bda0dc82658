//! The demo's Lean Coffee and initiatives: a Lean Coffee with topics in each column (two done,
//! one continued once by the Roman vote, one being discussed, three waiting with votes, one
//! merged), and two initiatives grown from earlier actions (one with a lead who accepted, one
//! with an invitation to lead waiting), with people who joined by
//! invitation or by asking, one invitation and one request still open, updates and asks.

use crate::Result;
use crate::demo_gatherings::People;
use convene_domain::content::{ContentKind, ContentRef, Visibility};
use convene_domain::ids::{AccountId, CommunityId};
use convene_domain::lean::TopicState;
use convene_store::contents::{self, NewContent};
use convene_store::gatherings::{self, NewGathering};
use convene_store::harvest::{self, NewAction};
use convene_store::lean::{self, TopicChange};
use convene_store::{Tx, initiatives};

async fn text(tx: &Tx, c: i32, of: ContentRef, author: i32, body: &str, now: i64) -> Result<()> {
    contents::create(
        tx,
        NewContent {
            community: CommunityId(c),
            of,
            author: AccountId(author),
            body,
            visibility: &Visibility::Network,
            now,
        },
    )
    .await?;
    Ok(())
}

pub(crate) async fn fill(tx: &Tx, community: i32, people: &People, now: i64) -> Result<()> {
    let host = people[0].0;
    let p = |i: usize| people[i % people.len()].0;
    let minute = 60;
    let start = now - 50 * minute;
    let g = gatherings::create(
        tx,
        NewGathering {
            community_id: community,
            title: "Lean Coffee: the valley after the Open Space",
            calling_question: "What should we talk through now that the spring gathering is over?",
            invitation: "",
            venue: "",
            time_zone: "Europe/Berlin",
            phase: "sessions",
            license: crate::gathering::DEFAULT_LICENSE,
            dots: 3,
            created_by: Some(host),
            now: start,
        },
    )
    .await?;
    lean::create(tx, g.id, 3, 8 * minute as i32, start).await?;
    // (title, proposer, voters, state, thumbs per round)
    type Topic<'a> = (
        &'a str,
        usize,
        &'a [usize],
        TopicState,
        &'a [&'a [(usize, &'a str)]],
    );
    let topics: [Topic; 7] = [
        (
            "How do we keep the willow planting going over the summer?",
            3,
            &[1, 2, 3, 4, 5],
            TopicState::Done,
            &[
                &[(1, "up"), (2, "up"), (3, "sideways"), (4, "down")],
                &[(1, "down"), (2, "down"), (3, "up")],
            ],
        ),
        (
            "Who talks to the council about the weir?",
            5,
            &[2, 6, 7],
            TopicState::Done,
            &[&[(2, "down"), (6, "sideways"), (7, "down")]],
        ),
        (
            "Sharing tools between the farms",
            6,
            &[1, 4, 8],
            TopicState::Discussing,
            &[],
        ),
        (
            "A river festival in September?",
            7,
            &[3, 5],
            TopicState::ToDiscuss,
            &[],
        ),
        (
            "Data on the fish counts: who keeps it?",
            8,
            &[6, 9],
            TopicState::ToDiscuss,
            &[],
        ),
        (
            "Getting the schools involved",
            9,
            &[7],
            TopicState::ToDiscuss,
            &[],
        ),
        ("Schools and the river", 10, &[], TopicState::Merged, &[]),
    ];
    let mut ids = Vec::new();
    let mut clock = start + 5 * minute;
    for (title, by, voters, state, rounds) in topics {
        let t = lean::add_topic(tx, g.id, p(by), start + minute).await?;
        text(
            tx,
            community,
            ContentRef::new(ContentKind::LeanTopic, t.id),
            p(by),
            title,
            start + minute,
        )
        .await?;
        for v in voters {
            lean::add_vote(tx, g.id, t.id, p(*v)).await?;
        }
        for (r, hands) in rounds.iter().enumerate() {
            for (who, thumb) in hands.iter() {
                lean::set_thumb(tx, t.id, r as i32 + 1, p(*who), thumb).await?;
            }
        }
        let boxes = rounds.len().max(1) as i64;
        let change = match state {
            TopicState::Done => {
                let began = clock;
                clock += boxes * 8 * minute + minute;
                TopicChange {
                    state: Some(TopicState::Done.as_str()),
                    started_at: Some(Some(began + (boxes - 1) * 8 * minute)),
                    box_secs: Some(8 * minute as i32),
                    round: Some(rounds.len() as i32),
                    ended_at: Some(Some(clock)),
                    ..TopicChange::default()
                }
            }
            TopicState::Discussing => TopicChange {
                state: Some(TopicState::Discussing.as_str()),
                started_at: Some(Some(now - 3 * minute)),
                box_secs: Some(8 * minute as i32),
                ..TopicChange::default()
            },
            TopicState::Merged => TopicChange {
                state: Some(TopicState::Merged.as_str()),
                merged_into: ids.last().copied().map(Some),
                ended_at: Some(Some(start + 2 * minute)),
                ..TopicChange::default()
            },
            TopicState::ToDiscuss => TopicChange::default(),
        };
        let t = lean::change_topic(tx, t, change).await?;
        ids.push(t.id);
    }
    // Actions from the two topics that are done, with their volunteers.
    for (topic, title, owners) in [
        (
            ids[0],
            "Set up a summer watering rota for the willows",
            &[1usize, 3][..],
        ),
        (
            ids[1],
            "Write to the council about the weir before June",
            &[5][..],
        ),
    ] {
        let a = harvest::create_action(
            tx,
            NewAction {
                gathering_id: g.id,
                session_id: None,
                due_on: None,
                created_by: p(owners[0]),
                now: clock,
            },
        )
        .await?;
        text(
            tx,
            community,
            ContentRef::new(ContentKind::Action, a.id),
            p(owners[0]),
            title,
            clock,
        )
        .await?;
        lean::link_action(tx, a.id, topic).await?;
        for o in owners {
            harvest::set_owner(tx, a.id, p(*o), true).await?;
        }
    }
    // Two initiatives grown from the first two actions of the earlier gatherings.
    let mut earlier = Vec::new();
    for gathering in gatherings::list(tx, community).await? {
        if gathering.id == g.id {
            continue;
        }
        for a in harvest::actions(tx, gathering.id).await? {
            earlier.push((gathering.id, a));
        }
    }
    // (title, purpose, starter, joined, invited, asked to join)
    type Plan<'a> = (&'a str, &'a str, usize, &'a [usize], usize, usize);
    let plans: [Plan; 2] = [
        (
            "Willows for the whole valley",
            "Plant and keep willows along every stretch of the river that floods, with the farms and the schools.",
            1,
            &[3, 4, 6],
            8,
            9,
        ),
        (
            "A shared tool library",
            "Farms and gardens lend each other the tools they use twice a year, kept in the old mill.",
            6,
            &[2, 7],
            10,
            11,
        ),
    ];
    let day = 86_400;
    for (k, (title, purpose, starter, joined, invited, requested)) in plans.into_iter().enumerate()
    {
        let (from_g, from_a) = match earlier.get(k) {
            Some((gid, a)) => (Some(*gid), Some(a)),
            None => (None, None),
        };
        let since = now - (20 - 5 * k as i64) * day;
        let i = initiatives::create(
            tx,
            initiatives::NewInitiative {
                community_id: community,
                title,
                started_by: p(starter),
                from_action: from_a.map(|a| a.id),
                from_gathering: from_g,
                from_session: from_a.and_then(|a| a.session_id),
                now: since,
            },
        )
        .await?;
        text(
            tx,
            community,
            ContentRef::new(ContentKind::Initiative, i.id),
            p(starter),
            purpose,
            since,
        )
        .await?;
        initiatives::set_person(tx, i.id, p(starter), ("starter", "joined"), None, since).await?;
        for (n, j) in joined.iter().enumerate() {
            // Alternately invited (and accepted) and asked (and accepted).
            let by = (n % 2 == 0).then_some(p(starter));
            initiatives::set_person(
                tx,
                i.id,
                p(*j),
                ("member", "joined"),
                by,
                since + day * (n as i64 + 1),
            )
            .await?;
        }
        // The first to join was invited to lead: in the first initiative they accepted and
        // lead; in the second the invitation waits for their answer.
        if k == 0 {
            initiatives::set_person(
                tx,
                i.id,
                p(joined[0]),
                ("lead", "joined"),
                Some(p(starter)),
                since + day * 3,
            )
            .await?;
        } else {
            initiatives::offer_lead(tx, i.id, p(joined[0]), p(starter), now - day).await?;
        }
        initiatives::set_person(
            tx,
            i.id,
            p(invited),
            ("member", "invited"),
            Some(p(starter)),
            now - day,
        )
        .await?;
        initiatives::set_person(
            tx,
            i.id,
            p(requested),
            ("member", "requested"),
            None,
            now - day,
        )
        .await?;
        for (n, (who, body)) in [
            (
                starter,
                "We met at the mill and split the work into three stretches of the river.",
            ),
            (
                joined[0],
                "The first stretch is done; the next work day is on Saturday.",
            ),
        ]
        .into_iter()
        .enumerate()
        {
            let u = initiatives::add_update(tx, i.id, p(who), since + day * (n as i64 + 2)).await?;
            text(
                tx,
                community,
                ContentRef::new(ContentKind::InitiativeUpdate, u.id),
                p(who),
                body,
                since,
            )
            .await?;
        }
        for (n, (body, taken)) in [
            (
                "Someone with a trailer for one Saturday morning",
                Some(joined[1 % joined.len()]),
            ),
            ("A contact at the district school office", None),
        ]
        .into_iter()
        .enumerate()
        {
            let a =
                initiatives::add_ask(tx, i.id, p(starter), since + day * (n as i64 + 1)).await?;
            text(
                tx,
                community,
                ContentRef::new(ContentKind::InitiativeAsk, a.id),
                p(starter),
                body,
                since,
            )
            .await?;
            if let Some(t) = taken {
                initiatives::set_ask(tx, a.id, "taken", Some(p(t))).await?;
            }
        }
    }
    Ok(())
}
