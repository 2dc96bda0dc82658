//! Lean Coffee, a format of a gathering: anyone proposes topics, everyone has a few votes,
//! the host (facilitator) takes the topic with the most votes into a timebox, and when it runs
//! out the group's Roman vote decides whether it goes on (more thumbs up than down). Topics'
//! texts are content; actions per topic are the gathering's harvest actions (people volunteer,
//! nobody is assigned). Every change goes through `change_gathering`, so it is serialized per
//! gathering (the vote limit holds under concurrent requests) and announced to the live board.

use crate::Message;
use crate::content::{Audience, readable_of};
use crate::gathering::{DEFAULT_LICENSE, phase_of};
use crate::harvest::ActionView;
use crate::{Allowed, App, AppError, Result, can};
use convene_domain::audit::{Subject, SubjectKind};
use convene_domain::content::{ContentKind, ContentRef, Visibility};
use convene_domain::decision::Change;
use convene_domain::gathering::{Phase, Zone};
use convene_domain::ids::{ActionId, CommunityId, DecisionId, GatheringId, TopicId};
use convene_domain::lean::{self, Tally, Thumb, TopicState, vote_fits};
use convene_domain::moderation::Sentence;
use convene_domain::text::{ActionTitle, CallingQuestion, GatheringTitle, TopicTitle};
use convene_domain::timer::{self, Reading, Timer};
use convene_store::contents::{self, NewContent};
use convene_store::gatherings::{self, NewGathering};
use convene_store::harvest::{self, NewAction};
use convene_store::lean::{self as store, TopicChange};
use convene_store::{Gathering, accounts, governance};
use std::collections::{BTreeMap, BTreeSet};

pub struct LeanForm {
    pub title: GatheringTitle,
    pub question: CallingQuestion,
    pub zone: Zone,
    pub votes_per_person: i32,
    pub timebox_minutes: i32,
}

/// One topic card as a reader sees it.
#[derive(Debug, Clone)]
pub struct TopicCard {
    pub id: i32,
    pub title: String,
    pub proposer: String,
    pub votes: u32,
    pub state: TopicState,
    /// While discussed: when the current timebox ends, and the timer's reading now (the
    /// timebox is one block of the one timer, running from when it began).
    pub ends_at: Option<i64>,
    pub timebox: Option<Reading>,
    /// Timeboxes so far (1 = the first, 2 = continued once ...).
    pub boxes: i32,
    pub vote_open: bool,
    /// Hands given in the open vote (counts only; the result shows once it closes).
    pub hands: u32,
    /// Results of the closed Roman votes, first first.
    pub rounds: Vec<Tally>,
    /// Titles of the topics merged into this one.
    pub merged: Vec<String>,
    pub actions: Vec<ActionView>,
    /// Decisions proposed from this topic, oldest first.
    pub proposals: Vec<TopicProposal>,
}

/// A decision that came out of a topic, as its card shows it.
#[derive(Debug, Clone)]
pub struct TopicProposal {
    pub decision_id: i32,
    pub title: String,
    /// `open`, `passed` or `failed`.
    pub status: &'static str,
}

impl TopicCard {
    /// One plain sentence on the timer.
    pub fn timer_sentence(&self) -> String {
        match self.timebox {
            Some(r) if r.left > 0 => format!("{} left in this timebox.", timer::mmss(r.left)),
            Some(_) => "Time is up: the group decides with the Roman vote whether to go on.".into(),
            None => String::new(),
        }
    }
}

/// The board: the three columns, as a reader (or everyone) may read them.
#[derive(Debug, Clone)]
pub struct Board {
    pub gathering: Gathering,
    pub votes_per_person: i32,
    pub timebox_secs: i32,
    pub open: bool,
    /// Most votes first, then oldest.
    pub to_discuss: Vec<TopicCard>,
    pub discussing: Option<TopicCard>,
    /// In the order they were finished.
    pub done: Vec<TopicCard>,
    pub now: i64,
}

impl Board {
    pub fn topics(&self) -> impl Iterator<Item = &TopicCard> {
        self.to_discuss
            .iter()
            .chain(self.discussing.iter())
            .chain(self.done.iter())
    }
}

/// The caller's own marks on a board.
#[derive(Debug, Clone, Default)]
pub struct MyLean {
    pub voted: BTreeSet<i32>,
    pub votes_left: i32,
    /// My hand in the open Roman vote, if any.
    pub thumb: Option<Thumb>,
}

/// A conflict in the catalogue's words (`key` is an `error-lean-…` message).
fn conflict(key: &'static str) -> AppError {
    Message::t(key).conflict()
}

impl App {
    /// A new Lean Coffee: a gathering in the community whose format is Lean Coffee. It opens
    /// at once (topics and votes); the host closes it at the end.
    pub async fn create_lean_coffee(
        &self,
        ctx: &Allowed<can::HostGathering>,
        form: &LeanForm,
    ) -> Result<Gathering> {
        let u = self.change(ctx).await?;
        let now = self.now();
        let g = gatherings::create(
            &u.tx,
            NewGathering {
                community_id: ctx.community.id,
                title: form.title.as_str(),
                calling_question: form.question.as_str(),
                invitation: "",
                venue: "",
                time_zone: form.zone.name(),
                phase: Phase::Sessions.as_str(),
                license: DEFAULT_LICENSE,
                dots: form.votes_per_person,
                created_by: Some(ctx.member.account_id.get()),
                now,
            },
        )
        .await?;
        store::create(
            &u.tx,
            g.id,
            form.votes_per_person,
            form.timebox_minutes * 60,
            now,
        )
        .await?;
        self.commit(u).await?;
        Ok(g)
    }

    /// The community's Lean Coffees, newest first.
    pub async fn lean_coffees(&self, ctx: &Allowed<can::TakePart>) -> Result<Vec<Gathering>> {
        let db = self.store.conn();
        let mut out = Vec::new();
        for id in store::of_community(db, ctx.community.id).await? {
            out.push(gatherings::get(db, ctx.community.id, id).await?);
        }
        Ok(out)
    }

    /// Whether a gathering of the community is a Lean Coffee.
    pub async fn is_lean_coffee(
        &self,
        ctx: &Allowed<can::TakePart>,
        id: GatheringId,
    ) -> Result<bool> {
        let db = self.store.conn();
        gatherings::get(db, ctx.community.id, id.get()).await?;
        Ok(store::settings(db, id.get()).await?.is_some())
    }

    /// The board as the caller may read it.
    pub async fn lean_board(&self, ctx: &Allowed<can::TakePart>, id: GatheringId) -> Result<Board> {
        self.board_for(ctx, id, Audience::of(ctx)).await
    }

    /// The board as every member and guest may read it: one rendering shared by all live screens.
    pub async fn shared_lean_board(
        &self,
        ctx: &Allowed<can::TakePart>,
        id: GatheringId,
    ) -> Result<Board> {
        self.board_for(ctx, id, Audience::Everyone).await
    }

    async fn board_for(
        &self,
        ctx: &Allowed<can::TakePart>,
        id: GatheringId,
        audience: Audience,
    ) -> Result<Board> {
        // One snapshot, so the version and the columns agree.
        let db = &self.store.snapshot().await?;
        let g = gatherings::get(db, ctx.community.id, id.get()).await?;
        let settings = store::settings(db, g.id).await?.ok_or(AppError::NotFound)?;
        let topics = store::topics(db, g.id).await?;
        let ids: Vec<i32> = topics.iter().map(|t| t.id).collect();
        let texts = readable_of(db, audience, ContentKind::LeanTopic, &ids).await?;
        let votes = store::votes(db, g.id).await?;
        let thumbs = store::thumbs(db, g.id).await?;
        let links: BTreeMap<i32, i32> = store::topic_actions(db, g.id).await?.into_iter().collect();
        let mut proposals: Vec<(i32, TopicProposal)> = Vec::new();
        for (d, t) in store::topic_proposals(db, g.id).await? {
            let d = governance::decision(db, CommunityId(g.community_id), DecisionId(d)).await?;
            proposals.push((
                t,
                TopicProposal {
                    decision_id: d.id.get(),
                    title: d.title,
                    status: d.status.as_str(),
                },
            ));
        }
        let actions = self.actions_of(&g, audience, None).await?;
        let proposers: Vec<i32> = topics.iter().filter_map(|t| t.proposed_by).collect();
        let names = accounts::names(db, &proposers).await?;
        let now = self.now();
        let title = |id: i32| texts.get(&id).map(|c| c.body.clone());
        let mut board = Board {
            votes_per_person: settings.votes_per_person,
            timebox_secs: settings.timebox_secs,
            open: phase_of(&g)? != Phase::Closed,
            to_discuss: Vec::new(),
            discussing: None,
            done: Vec::new(),
            now,
            gathering: g,
        };
        let mut done: Vec<(i64, TopicCard)> = Vec::new();
        for t in &topics {
            let Some(text) = title(t.id) else { continue };
            let state = TopicState::parse(&t.state).unwrap_or(TopicState::ToDiscuss);
            if state == TopicState::Merged {
                continue;
            }
            let hands_of = |round: i32| {
                thumbs
                    .iter()
                    .filter(move |h| h.0 == t.id && h.1 == round)
                    .filter_map(|h| Thumb::parse(&h.3))
            };
            let closed_rounds = if t.vote_open { t.round - 1 } else { t.round };
            let card = TopicCard {
                id: t.id,
                title: text,
                proposer: t
                    .proposed_by
                    .and_then(|p| names.get(&p).cloned())
                    .unwrap_or_else(|| "someone who left".into()),
                votes: votes.iter().filter(|v| v.0 == t.id).count() as u32,
                state,
                ends_at: t
                    .started_at
                    .filter(|_| state == TopicState::Discussing)
                    .map(|s| s + i64::from(t.box_secs)),
                timebox: t
                    .started_at
                    .filter(|_| state == TopicState::Discussing)
                    .and_then(|s| Timer::running_since(s).read(now, &[i64::from(t.box_secs)])),
                boxes: closed_rounds + 1,
                vote_open: t.vote_open,
                hands: if t.vote_open {
                    hands_of(t.round).count() as u32
                } else {
                    0
                },
                rounds: (1..=closed_rounds)
                    .map(|r| Tally::of(hands_of(r)))
                    .collect(),
                merged: topics
                    .iter()
                    .filter(|m| m.merged_into == Some(t.id))
                    .filter_map(|m| title(m.id))
                    .collect(),
                actions: actions
                    .iter()
                    .filter(|a| links.get(&a.id) == Some(&t.id))
                    .cloned()
                    .collect(),
                proposals: proposals
                    .iter()
                    .filter(|p| p.0 == t.id)
                    .map(|p| p.1.clone())
                    .collect(),
            };
            match state {
                TopicState::ToDiscuss => board.to_discuss.push(card),
                TopicState::Discussing => board.discussing = Some(card),
                TopicState::Done | TopicState::Merged => {
                    done.push((t.ended_at.unwrap_or(t.created_at), card));
                }
            }
        }
        board
            .to_discuss
            .sort_by_key(|c| (std::cmp::Reverse(c.votes), c.id));
        done.sort_by_key(|(at, c)| (*at, c.id));
        board.done = done.into_iter().map(|(_, c)| c).collect();
        Ok(board)
    }

    /// The caller's votes and hand on a board.
    pub async fn my_lean(&self, ctx: &Allowed<can::TakePart>, id: GatheringId) -> Result<MyLean> {
        let db = self.store.conn();
        let g = gatherings::get(db, ctx.community.id, id.get()).await?;
        let settings = store::settings(db, g.id).await?.ok_or(AppError::NotFound)?;
        let me = ctx.member.account_id.get();
        let voted: BTreeSet<i32> = store::votes(db, g.id)
            .await?
            .into_iter()
            .filter(|v| v.1 == me)
            .map(|v| v.0)
            .collect();
        let open = store::topics(db, g.id)
            .await?
            .into_iter()
            .find(|t| t.vote_open);
        let thumb = match open {
            Some(t) => store::thumbs(db, g.id)
                .await?
                .into_iter()
                .find(|h| h.0 == t.id && h.1 == t.round && h.2 == me)
                .and_then(|h| Thumb::parse(&h.3)),
            None => None,
        };
        Ok(MyLean {
            votes_left: settings.votes_per_person - voted.len() as i32,
            voted,
            thumb,
        })
    }

    /// Opens a Lean Coffee change: the gathering locked and versioned, its settings, and that
    /// it is still open.
    async fn lean_change<P: can::Power>(
        &self,
        ctx: &Allowed<P>,
        id: GatheringId,
    ) -> Result<(crate::unit::Unit, Gathering, store::LeanCoffee)> {
        let (u, g) = self.change_gathering(ctx, id).await?;
        let settings = store::settings(&u.tx, g.id)
            .await?
            .ok_or(AppError::NotFound)?;
        if phase_of(&g)? == Phase::Closed {
            return Err(conflict("error-lean-closed"));
        }
        Ok((u, g, settings))
    }

    /// Anyone proposes a topic; it goes to "to discuss".
    pub async fn propose_topic(
        &self,
        ctx: &Allowed<can::TakePart>,
        id: GatheringId,
        title: &TopicTitle,
    ) -> Result<TopicId> {
        let (u, g, _) = self.lean_change(ctx, id).await?;
        let now = self.now();
        let t = store::add_topic(&u.tx, g.id, ctx.member.account_id.get(), now).await?;
        contents::create(
            &u.tx,
            NewContent {
                community: ctx.member.community_id,
                of: ContentRef::new(ContentKind::LeanTopic, t.id),
                author: ctx.member.account_id,
                body: title.as_str(),
                visibility: &Visibility::Network,
                now,
            },
        )
        .await?;
        self.commit(u).await?;
        Ok(TopicId(t.id))
    }

    /// Gives (`true`) or takes back a vote on a topic still to discuss: one per topic, and at
    /// most the Lean Coffee's votes per person in all. Counted inside the gathering's lock, so
    /// concurrent votes cannot pass the limit.
    pub async fn lean_vote(
        &self,
        ctx: &Allowed<can::TakePart>,
        id: GatheringId,
        topic: TopicId,
        give: bool,
    ) -> Result<()> {
        let (u, g, settings) = self.lean_change(ctx, id).await?;
        let t = store::topic(&u.tx, g.id, topic.get()).await?;
        if TopicState::parse(&t.state) != Some(TopicState::ToDiscuss) {
            return Err(conflict("error-lean-vote-left"));
        }
        let me = ctx.member.account_id.get();
        if give {
            let used = store::votes_of(&u.tx, g.id, me).await?;
            let on = store::votes(&u.tx, g.id).await?.contains(&(t.id, me));
            vote_fits(used, settings.votes_per_person, on)?;
            store::add_vote(&u.tx, g.id, t.id, me).await?;
        } else if !store::remove_vote(&u.tx, t.id, me).await? {
            return Err(conflict("error-lean-no-vote"));
        }
        self.commit(u).await
    }

    /// The host takes a topic into discussion (the one with the most votes if none is named);
    /// its timebox starts now. One topic is discussed at a time.
    pub async fn start_topic(
        &self,
        ctx: &Allowed<can::HostGathering>,
        id: GatheringId,
        topic: Option<TopicId>,
    ) -> Result<TopicId> {
        let (u, g, settings) = self.lean_change(ctx, id).await?;
        let topics = store::topics(&u.tx, g.id).await?;
        if topics
            .iter()
            .any(|t| t.state == TopicState::Discussing.as_str())
        {
            return Err(conflict("error-lean-discussing"));
        }
        let votes = store::votes(&u.tx, g.id).await?;
        let waiting: Vec<(i32, u32)> = topics
            .iter()
            .filter(|t| t.state == TopicState::ToDiscuss.as_str())
            .map(|t| (t.id, votes.iter().filter(|v| v.0 == t.id).count() as u32))
            .collect();
        let chosen = match topic {
            Some(t) if waiting.iter().any(|w| w.0 == t.get()) => t.get(),
            Some(_) => return Err(conflict("error-lean-not-waiting")),
            None => {
                lean::next_topic(&waiting).ok_or_else(|| conflict("error-lean-none-waiting"))?
            }
        };
        let t = store::topic(&u.tx, g.id, chosen).await?;
        store::change_topic(
            &u.tx,
            t,
            TopicChange {
                state: Some(TopicState::Discussing.as_str()),
                started_at: Some(Some(self.now())),
                box_secs: Some(settings.timebox_secs),
                ..TopicChange::default()
            },
        )
        .await?;
        self.commit(u).await?;
        Ok(TopicId(chosen))
    }

    /// The host asks for the Roman vote on the topic being discussed (usually when its time
    /// is up): a new round takes hands.
    pub async fn open_roman_vote(
        &self,
        ctx: &Allowed<can::HostGathering>,
        id: GatheringId,
        topic: TopicId,
    ) -> Result<()> {
        let (u, g, _) = self.lean_change(ctx, id).await?;
        let t = self.discussed(&u.tx, g.id, topic).await?;
        if t.vote_open {
            return Err(conflict("error-lean-roman-open"));
        }
        let round = t.round + 1;
        store::change_topic(
            &u.tx,
            t,
            TopicChange {
                round: Some(round),
                vote_open: Some(true),
                ..TopicChange::default()
            },
        )
        .await?;
        self.commit(u).await
    }

    /// A hand in the open Roman vote; a new hand replaces one's earlier one.
    pub async fn roman_vote(
        &self,
        ctx: &Allowed<can::TakePart>,
        id: GatheringId,
        topic: TopicId,
        thumb: Thumb,
    ) -> Result<()> {
        let (u, g, _) = self.lean_change(ctx, id).await?;
        let t = self.discussed(&u.tx, g.id, topic).await?;
        if !t.vote_open {
            return Err(conflict("error-lean-roman-not-open"));
        }
        store::set_thumb(
            &u.tx,
            t.id,
            t.round,
            ctx.member.account_id.get(),
            thumb.as_str(),
        )
        .await?;
        self.commit(u).await
    }

    /// The host closes the Roman vote: with more thumbs up than down the topic gets another
    /// timebox from now; otherwise it is done. Returns the tally.
    pub async fn close_roman_vote(
        &self,
        ctx: &Allowed<can::HostGathering>,
        id: GatheringId,
        topic: TopicId,
    ) -> Result<Tally> {
        let (u, g, settings) = self.lean_change(ctx, id).await?;
        let t = self.discussed(&u.tx, g.id, topic).await?;
        if !t.vote_open {
            return Err(conflict("error-lean-roman-not-open"));
        }
        let tally = Tally::of(
            store::thumbs(&u.tx, g.id)
                .await?
                .into_iter()
                .filter(|h| h.0 == t.id && h.1 == t.round)
                .filter_map(|h| Thumb::parse(&h.3)),
        );
        let now = self.now();
        let change = if tally.continues() {
            TopicChange {
                vote_open: Some(false),
                started_at: Some(Some(now)),
                box_secs: Some(settings.timebox_secs),
                ..TopicChange::default()
            }
        } else {
            TopicChange {
                vote_open: Some(false),
                state: Some(TopicState::Done.as_str()),
                ended_at: Some(Some(now)),
                ..TopicChange::default()
            }
        };
        store::change_topic(&u.tx, t, change).await?;
        self.commit(u).await?;
        Ok(tally)
    }

    /// The host ends the discussed topic without a vote (the group agreed to move on).
    pub async fn finish_topic(
        &self,
        ctx: &Allowed<can::HostGathering>,
        id: GatheringId,
        topic: TopicId,
    ) -> Result<()> {
        let (u, g, _) = self.lean_change(ctx, id).await?;
        let t = self.discussed(&u.tx, g.id, topic).await?;
        store::change_topic(
            &u.tx,
            t,
            TopicChange {
                vote_open: Some(false),
                state: Some(TopicState::Done.as_str()),
                ended_at: Some(Some(self.now())),
                ..TopicChange::default()
            },
        )
        .await?;
        self.commit(u).await
    }

    /// The host merges a topic into another (both still to discuss): its votes move along,
    /// and whoever voted for both gets the second vote back. Audited: it changes others' cards.
    pub async fn merge_topics(
        &self,
        ctx: &Allowed<can::HostGathering>,
        id: GatheringId,
        from: TopicId,
        into: TopicId,
    ) -> Result<()> {
        let (mut u, g, _) = self.lean_change(ctx, id).await?;
        if from == into {
            return Err(conflict("error-lean-merge-self"));
        }
        let a = store::topic(&u.tx, g.id, from.get()).await?;
        let b = store::topic(&u.tx, g.id, into.get()).await?;
        let waiting = |s: &str| s == TopicState::ToDiscuss.as_str();
        if !waiting(&a.state) || !waiting(&b.state) {
            return Err(conflict("error-lean-merge-done"));
        }
        let votes = store::votes(&u.tx, g.id).await?;
        let of =
            |t: i32| -> BTreeSet<i32> { votes.iter().filter(|v| v.0 == t).map(|v| v.1).collect() };
        let (_, returned) = lean::merge_votes(&of(b.id), &of(a.id));
        store::merge_votes(&u.tx, a.id, b.id, &returned).await?;
        store::change_topic(
            &u.tx,
            a,
            TopicChange {
                state: Some(TopicState::Merged.as_str()),
                merged_into: Some(Some(b.id)),
                ended_at: Some(Some(self.now())),
                ..TopicChange::default()
            },
        )
        .await?;
        u.audit(
            "lean.merge",
            Subject::new(SubjectKind::Gathering, g.id),
            &format!(
                "topic:{} into topic:{}, {} votes returned",
                from,
                into,
                returned.len()
            ),
            "",
        );
        self.commit(u).await
    }

    /// An action from a topic (being discussed or done): a harvest action of the gathering,
    /// linked to the topic. People volunteer for it (`App::volunteer`); nobody is assigned.
    pub async fn topic_action(
        &self,
        ctx: &Allowed<can::TakePart>,
        id: GatheringId,
        topic: TopicId,
        title: &ActionTitle,
    ) -> Result<ActionId> {
        let (u, g, _) = self.lean_change(ctx, id).await?;
        let t = store::topic(&u.tx, g.id, topic.get()).await?;
        if !matches!(
            TopicState::parse(&t.state),
            Some(TopicState::Discussing | TopicState::Done)
        ) {
            return Err(conflict("error-lean-actions-later"));
        }
        let now = self.now();
        let a = harvest::create_action(
            &u.tx,
            NewAction {
                gathering_id: g.id,
                session_id: None,
                due_on: None,
                created_by: ctx.member.account_id.get(),
                now,
            },
        )
        .await?;
        contents::create(
            &u.tx,
            NewContent {
                community: ctx.member.community_id,
                of: ContentRef::new(ContentKind::Action, a.id),
                author: ctx.member.account_id,
                body: title.as_str(),
                visibility: &Visibility::Network,
                now,
            },
        )
        .await?;
        store::link_action(&u.tx, a.id, t.id).await?;
        self.commit(u).await?;
        Ok(ActionId(a.id))
    }

    /// The host closes the Lean Coffee: no more topics or votes; actions stay open.
    pub async fn close_lean_coffee(
        &self,
        ctx: &Allowed<can::HostGathering>,
        id: GatheringId,
    ) -> Result<()> {
        let (mut u, g, _) = self.lean_change(ctx, id).await?;
        gatherings::set_phase(&u.tx, g.id, &g.phase, Phase::Closed.as_str()).await?;
        u.audit(
            "gathering.phase",
            Subject::new(SubjectKind::Gathering, g.id),
            &format!("{} → closed", g.phase),
            "",
        );
        self.commit(u).await
    }

    /// Turns a topic that was discussed (or is being discussed) into a proposal for the
    /// community's decision process: a decision opened under the rule the community set for
    /// that kind of change ([`App::propose`]), linked to the topic in the same unit of work, so
    /// the topic's card shows the decision and the decision names the topic. Anyone who may
    /// deliberate and read the topic may do it, also after the Lean Coffee closed.
    pub async fn propose_from_topic(
        &self,
        ctx: &Allowed<can::Deliberate>,
        id: GatheringId,
        topic: TopicId,
        title: &str,
        rationale: &Sentence,
        change: Change,
    ) -> Result<DecisionId> {
        let (mut u, g) = self.change_gathering(ctx, id).await?;
        store::settings(&u.tx, g.id)
            .await?
            .ok_or(AppError::NotFound)?;
        let t = store::topic(&u.tx, g.id, topic.get()).await?;
        if readable_of(&u.tx, Audience::of(ctx), ContentKind::LeanTopic, &[t.id])
            .await?
            .is_empty()
        {
            return Err(AppError::NotFound);
        }
        if !matches!(
            TopicState::parse(&t.state),
            Some(TopicState::Discussing | TopicState::Done)
        ) {
            return Err(conflict("error-lean-proposal-later"));
        }
        let d = self
            .propose_in(&mut u, ctx, title, rationale, vec![change])
            .await?;
        store::link_proposal(
            &u.tx,
            d.get(),
            t.id,
            ctx.member.account_id.get(),
            self.now(),
        )
        .await?;
        self.commit(u).await?;
        Ok(d)
    }

    /// The Lean Coffee topic a decision was proposed from, if the reader may read it:
    /// (gathering, topic, the topic's title).
    pub async fn topic_of_decision(
        &self,
        ctx: &Allowed<can::ViewGovernance>,
        decision: DecisionId,
    ) -> Result<Option<(i32, i32, String)>> {
        let db = self.store.conn();
        let Some((g, t)) = store::proposal_topic(db, decision.get()).await? else {
            return Ok(None);
        };
        // The decision is the caller's community's (its page checked it); the topic must be too.
        match gatherings::get(db, ctx.community.id, g).await {
            Ok(_) => {}
            Err(convene_store::StoreError::NotFound) => return Ok(None),
            Err(e) => return Err(e.into()),
        }
        Ok(
            readable_of(db, Audience::of(ctx), ContentKind::LeanTopic, &[t])
                .await?
                .remove(&t)
                .map(|c| (g, t, c.body)),
        )
    }

    async fn discussed(
        &self,
        tx: &convene_store::Tx,
        gathering: i32,
        topic: TopicId,
    ) -> Result<store::Topic> {
        let t = store::topic(tx, gathering, topic.get()).await?;
        if t.state != TopicState::Discussing.as_str() {
            return Err(conflict("error-lean-not-discussed"));
        }
        Ok(t)
    }
}
