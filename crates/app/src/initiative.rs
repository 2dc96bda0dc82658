//! Initiatives: an action from any gathering, or an idea from anyone, carried on by the people
//! who chose to. Its page has the purpose, who started it, who joined (by invitation they
//! accepted, or by asking and being accepted by the starter or a lead), updates and asks for
//! help. Nobody is ever put into one (`domain::initiative::join_step`). Joined people are tied
//! in the network; starting or leading counts as leadership (`app::network`).

use crate::Message;
use crate::content::{Audience, readable_of};
use crate::unit::Job;
use crate::{Allowed, App, AppError, Result, can};
use convene_domain::content::{ContentKind, ContentRef, Visibility};
use convene_domain::ids::{AccountId, ActionId, CommunityId, GatheringId, InitiativeId};
use convene_domain::initiative::{
    Actor, AskStatus, LeadState, LeadStep, Part, Standing, Step, join_step, lead_step,
};
use convene_domain::text::{AskText, InitiativeTitle, PostBody, Purpose};
use convene_store::contents::{self, NewContent};
use convene_store::initiatives::{self as store, NewInitiative};
use convene_store::{accounts, communities, gatherings, harvest, sessions};

/// One line of the community's list.
#[derive(Debug, Clone)]
pub struct InitiativeCard {
    pub id: i32,
    pub title: String,
    pub purpose: String,
    pub starter: String,
    pub joined: usize,
    pub open_asks: usize,
    pub from: Option<String>,
}

#[derive(Debug, Clone)]
pub struct PersonView {
    pub account: i32,
    pub name: String,
    pub part: Part,
    pub standing: Standing,
}

#[derive(Debug, Clone)]
pub struct UpdateView {
    pub author: String,
    pub at: i64,
    pub body: String,
}

#[derive(Debug, Clone)]
pub struct AskView {
    pub id: i32,
    pub text: String,
    pub author: String,
    pub status: AskStatus,
    pub taken_by: Option<String>,
    /// The reader may change its status (its author, who took it, or a lead).
    pub may_settle: bool,
}

/// Where an initiative came from.
#[derive(Debug, Clone)]
pub struct Origin {
    pub gathering_id: i32,
    pub gathering: String,
    pub session: Option<(i32, String)>,
    pub action: Option<String>,
}

#[derive(Debug, Clone)]
pub struct InitiativeView {
    pub id: i32,
    pub title: String,
    pub purpose: String,
    pub starter: String,
    pub created_at: i64,
    pub people: Vec<PersonView>,
    pub updates: Vec<UpdateView>,
    pub asks: Vec<AskView>,
    pub from: Option<Origin>,
    /// The reader's own standing and part.
    pub me: Option<(Part, Standing)>,
    /// People invited to lead who have not answered yet.
    pub lead_offers: Vec<i32>,
    /// The reader is one of them.
    pub lead_offered_to_me: bool,
}

impl InitiativeView {
    pub fn joined(&self) -> impl Iterator<Item = &PersonView> {
        self.people
            .iter()
            .filter(|p| p.standing == Standing::Joined)
    }

    pub fn i_lead(&self) -> bool {
        matches!(self.me, Some((p, Standing::Joined)) if p.leads())
    }

    pub fn i_joined(&self) -> bool {
        matches!(self.me, Some((_, Standing::Joined)))
    }

    /// Whether an invitation to lead waits for this person's answer.
    pub fn offered_lead(&self, account: &i32) -> bool {
        self.lead_offers.contains(account)
    }
}

fn someone(names: &std::collections::HashMap<i32, String>, id: Option<i32>) -> String {
    id.and_then(|i| names.get(&i).cloned())
        .unwrap_or_else(|| "someone who left".into())
}

impl App {
    /// Starts an initiative, from an action of one of the community's gatherings or from an
    /// idea; the starter is its first member.
    pub async fn start_initiative(
        &self,
        ctx: &Allowed<can::TakePart>,
        title: &InitiativeTitle,
        purpose: &Purpose,
        from: Option<(GatheringId, ActionId)>,
    ) -> Result<InitiativeId> {
        let mut u = self.change(ctx).await?;
        let (mut from_action, mut from_gathering, mut from_session) = (None, None, None);
        if let Some((g, a)) = from {
            let g = gatherings::get(&u.tx, ctx.community.id, g.get()).await?;
            let a = harvest::action(&u.tx, g.id, a.get()).await?;
            // Only an action the starter may read.
            let seen = readable_of(&u.tx, Audience::of(ctx), ContentKind::Action, &[a.id]).await?;
            if !seen.contains_key(&a.id) {
                return Err(AppError::NotFound);
            }
            (from_action, from_gathering, from_session) = (Some(a.id), Some(g.id), a.session_id);
        }
        let now = self.now();
        let me = ctx.member.account_id;
        let i = store::create(
            &u.tx,
            NewInitiative {
                community_id: ctx.community.id,
                title: title.as_str(),
                started_by: me.get(),
                from_action,
                from_gathering,
                from_session,
                now,
            },
        )
        .await?;
        contents::create(
            &u.tx,
            NewContent {
                community: ctx.member.community_id,
                of: ContentRef::new(ContentKind::Initiative, i.id),
                author: me,
                body: purpose.as_str(),
                visibility: &Visibility::Network,
                now,
            },
        )
        .await?;
        store::set_person(
            &u.tx,
            i.id,
            me.get(),
            (Part::Starter.as_str(), Standing::Joined.as_str()),
            None,
            now,
        )
        .await?;
        u.job(Job::Network(CommunityId(ctx.community.id)));
        self.commit(u).await?;
        Ok(InitiativeId(i.id))
    }

    /// The community's initiatives the caller may read, newest first.
    pub async fn initiatives(&self, ctx: &Allowed<can::TakePart>) -> Result<Vec<InitiativeCard>> {
        let db = self.store.conn();
        let all = store::list(db, ctx.community.id).await?;
        let ids: Vec<i32> = all.iter().map(|i| i.id).collect();
        let purposes = readable_of(db, Audience::of(ctx), ContentKind::Initiative, &ids).await?;
        let people = store::people(db, ctx.community.id).await?;
        let starters: Vec<i32> = all.iter().filter_map(|i| i.started_by).collect();
        let names = accounts::names(db, &starters).await?;
        let mut out = Vec::new();
        for i in all {
            let Some(purpose) = purposes.get(&i.id) else {
                continue;
            };
            let open_asks = store::asks(db, i.id)
                .await?
                .iter()
                .filter(|a| a.status == AskStatus::Open.as_str())
                .count();
            let from = match i.from_gathering_id {
                Some(g) => gatherings::by_id(db, g).await.ok().map(|g| g.title),
                None => None,
            };
            out.push(InitiativeCard {
                id: i.id,
                title: i.title,
                purpose: purpose.body.clone(),
                starter: someone(&names, i.started_by),
                joined: people
                    .iter()
                    .filter(|p| p.initiative_id == i.id && p.standing == Standing::Joined.as_str())
                    .count(),
                open_asks,
                from,
            });
        }
        Ok(out)
    }

    pub async fn initiative(
        &self,
        ctx: &Allowed<can::TakePart>,
        id: InitiativeId,
    ) -> Result<InitiativeView> {
        let db = self.store.conn();
        let me = Audience::of(ctx);
        let i = store::get(db, ctx.community.id, id.get()).await?;
        let purpose = readable_of(db, me, ContentKind::Initiative, &[i.id])
            .await?
            .remove(&i.id)
            .ok_or(AppError::NotFound)?;
        let people: Vec<_> = store::people(db, ctx.community.id)
            .await?
            .into_iter()
            .filter(|p| p.initiative_id == i.id)
            .collect();
        let updates = store::updates(db, i.id).await?;
        let asks = store::asks(db, i.id).await?;
        let mut ids: Vec<i32> = people.iter().map(|p| p.account_id).collect();
        ids.extend(i.started_by);
        ids.extend(updates.iter().filter_map(|u| u.author_id));
        ids.extend(asks.iter().filter_map(|a| a.author_id));
        ids.extend(asks.iter().filter_map(|a| a.taken_by));
        let names = accounts::names(db, &ids).await?;
        let update_ids: Vec<i32> = updates.iter().map(|u| u.id).collect();
        let mut update_texts =
            readable_of(db, me, ContentKind::InitiativeUpdate, &update_ids).await?;
        let ask_ids: Vec<i32> = asks.iter().map(|a| a.id).collect();
        let mut ask_texts = readable_of(db, me, ContentKind::InitiativeAsk, &ask_ids).await?;
        let mine = ctx.member.account_id.get();
        let my = people
            .iter()
            .find(|p| p.account_id == mine)
            .and_then(|p| Some((Part::parse(&p.part)?, Standing::parse(&p.standing)?)));
        let i_lead = matches!(my, Some((p, Standing::Joined)) if p.leads());
        let lead_offers: Vec<i32> = store::lead_offers(db, i.id)
            .await?
            .into_iter()
            .map(|o| o.account_id)
            .collect();
        let from = match i.from_gathering_id {
            Some(g) => match gatherings::by_id(db, g).await {
                Ok(g) => {
                    let session = match i.from_session_id {
                        Some(s) => sessions::get(db, g.id, s)
                            .await
                            .ok()
                            .map(|s| (s.id, s.title)),
                        None => None,
                    };
                    let action = match i.from_action_id {
                        Some(a) => readable_of(db, me, ContentKind::Action, &[a])
                            .await?
                            .remove(&a)
                            .map(|c| c.body),
                        None => None,
                    };
                    Some(Origin {
                        gathering_id: g.id,
                        gathering: g.title,
                        session,
                        action,
                    })
                }
                Err(_) => None,
            },
            None => None,
        };
        Ok(InitiativeView {
            id: i.id,
            title: i.title.clone(),
            purpose: purpose.body,
            starter: someone(&names, i.started_by),
            created_at: i.created_at,
            people: people
                .iter()
                .filter_map(|p| {
                    Some(PersonView {
                        account: p.account_id,
                        name: someone(&names, Some(p.account_id)),
                        part: Part::parse(&p.part)?,
                        standing: Standing::parse(&p.standing)?,
                    })
                })
                .collect(),
            updates: updates
                .iter()
                .filter_map(|u| {
                    Some(UpdateView {
                        body: update_texts.remove(&u.id)?.body,
                        author: someone(&names, u.author_id),
                        at: u.created_at,
                    })
                })
                .collect(),
            asks: asks
                .iter()
                .filter_map(|a| {
                    Some(AskView {
                        id: a.id,
                        text: ask_texts.remove(&a.id)?.body,
                        author: someone(&names, a.author_id),
                        status: AskStatus::parse(&a.status)?,
                        taken_by: a.taken_by.map(|t| someone(&names, Some(t))),
                        may_settle: i_lead || a.author_id == Some(mine) || a.taken_by == Some(mine),
                    })
                })
                .collect(),
            from,
            me: my,
            lead_offered_to_me: lead_offers.contains(&mine),
            lead_offers,
        })
    }

    /// A step towards or away from leading (`domain::initiative::lead_step`): the starter or
    /// a lead invites someone to lead; only that person's acceptance makes them a lead (and, if
    /// they were not in it yet, joins them by that same yes); they decline, or a lead takes the
    /// invitation back; a lead steps down by themself. Leading counts in the network.
    pub async fn initiative_lead_step(
        &self,
        ctx: &Allowed<can::TakePart>,
        id: InitiativeId,
        person: AccountId,
        step: LeadStep,
    ) -> Result<LeadState> {
        let mut u = self.change(ctx).await?;
        let i = store::get(&u.tx, ctx.community.id, id.get()).await?;
        communities::membership(&u.tx, ctx.community.id, person.get())
            .await?
            .ok_or(AppError::NotFound)?;
        let people: Vec<_> = store::people(&u.tx, ctx.community.id)
            .await?
            .into_iter()
            .filter(|p| p.initiative_id == i.id)
            .collect();
        let me = ctx.member.account_id.get();
        let part_of = |who: i32| {
            people
                .iter()
                .find(|p| p.account_id == who && p.standing == Standing::Joined.as_str())
                .and_then(|p| Part::parse(&p.part))
        };
        let actor = Actor {
            is_person: person.get() == me,
            leads: part_of(me).is_some_and(Part::leads),
        };
        let theirs = people.iter().find(|p| p.account_id == person.get());
        let offered = store::lead_offers(&u.tx, i.id)
            .await?
            .iter()
            .any(|o| o.account_id == person.get());
        let now_state = LeadState {
            part: part_of(person.get()),
            offered,
        };
        let next = lead_step(now_state, step, actor).map_err(not_possible)?;
        let now = self.now();
        if now_state.offered && !next.offered {
            // Conditional: of two answers at once, one takes the invitation.
            if !store::take_lead_offer(&u.tx, i.id, person.get()).await? {
                return Err(Message::t("error-initiative-lead-answered").conflict());
            }
        }
        if next.offered && !now_state.offered {
            store::offer_lead(&u.tx, i.id, person.get(), me, now).await?;
        }
        if let Some(part) = next.part.filter(|p| Some(*p) != now_state.part) {
            let invited_by = theirs.and_then(|p| p.invited_by);
            store::set_person(
                &u.tx,
                i.id,
                person.get(),
                (part.as_str(), Standing::Joined.as_str()),
                invited_by,
                now,
            )
            .await?;
            u.job(Job::Network(CommunityId(ctx.community.id)));
        }
        self.commit(u).await?;
        Ok(next)
    }

    /// A step towards or out of an initiative for `person` (oneself, or someone a lead invites
    /// or whose request a lead answers). Joining always takes the person's own yes.
    pub async fn initiative_step(
        &self,
        ctx: &Allowed<can::TakePart>,
        id: InitiativeId,
        person: AccountId,
        step: Step,
    ) -> Result<Option<Standing>> {
        let mut u = self.change(ctx).await?;
        let i = store::get(&u.tx, ctx.community.id, id.get()).await?;
        // The person must be in the community (outsiders do not exist here).
        communities::membership(&u.tx, ctx.community.id, person.get())
            .await?
            .ok_or(AppError::NotFound)?;
        let people: Vec<_> = store::people(&u.tx, ctx.community.id)
            .await?
            .into_iter()
            .filter(|p| p.initiative_id == i.id)
            .collect();
        let me = ctx.member.account_id.get();
        let leads = people.iter().any(|p| {
            p.account_id == me
                && p.standing == Standing::Joined.as_str()
                && Part::parse(&p.part).is_some_and(Part::leads)
        });
        let theirs = people.iter().find(|p| p.account_id == person.get());
        let now_standing = theirs.and_then(|p| Standing::parse(&p.standing));
        if step == Step::Withdraw && theirs.is_some_and(|p| p.part == Part::Starter.as_str()) {
            return Err(Message::t("error-initiative-starter-stays").conflict());
        }
        let actor = Actor {
            is_person: person.get() == me,
            leads,
        };
        let next = join_step(now_standing, step, actor).map_err(not_possible)?;
        let now = self.now();
        match next {
            None => store::remove_person(&u.tx, i.id, person.get()).await?,
            Some(s) => {
                let part = theirs.map_or(Part::Member.as_str(), |p| p.part.as_str());
                let invited_by = (step == Step::Invite).then_some(me);
                store::set_person(
                    &u.tx,
                    i.id,
                    person.get(),
                    (part, s.as_str()),
                    invited_by,
                    now,
                )
                .await?;
            }
        }
        u.job(Job::Network(CommunityId(ctx.community.id)));
        self.commit(u).await?;
        Ok(next)
    }

    /// An update, by someone who joined.
    pub async fn post_initiative_update(
        &self,
        ctx: &Allowed<can::TakePart>,
        id: InitiativeId,
        body: &PostBody,
    ) -> Result<()> {
        let u = self.change(ctx).await?;
        let i = self.joined_in(&u.tx, ctx, id).await?;
        let now = self.now();
        let up = store::add_update(&u.tx, i, ctx.member.account_id.get(), now).await?;
        contents::create(
            &u.tx,
            NewContent {
                community: ctx.member.community_id,
                of: ContentRef::new(ContentKind::InitiativeUpdate, up.id),
                author: ctx.member.account_id,
                body: body.as_str(),
                visibility: &Visibility::Network,
                now,
            },
        )
        .await?;
        self.commit(u).await
    }

    /// An ask for help, by someone who joined; anyone in the community may take it on.
    pub async fn ask_for_help(
        &self,
        ctx: &Allowed<can::TakePart>,
        id: InitiativeId,
        text: &AskText,
    ) -> Result<()> {
        let u = self.change(ctx).await?;
        let i = self.joined_in(&u.tx, ctx, id).await?;
        let now = self.now();
        let a = store::add_ask(&u.tx, i, ctx.member.account_id.get(), now).await?;
        contents::create(
            &u.tx,
            NewContent {
                community: ctx.member.community_id,
                of: ContentRef::new(ContentKind::InitiativeAsk, a.id),
                author: ctx.member.account_id,
                body: text.as_str(),
                visibility: &Visibility::Network,
                now,
            },
        )
        .await?;
        self.commit(u).await
    }

    /// Takes on an ask (`Taken`, by oneself: anyone in the community), or settles it (its
    /// author, whoever took it, or a lead).
    pub async fn set_ask_status(
        &self,
        ctx: &Allowed<can::TakePart>,
        id: InitiativeId,
        ask: i32,
        status: AskStatus,
    ) -> Result<()> {
        let u = self.change(ctx).await?;
        let i = store::get(&u.tx, ctx.community.id, id.get()).await?;
        let a = store::ask(&u.tx, i.id, ask).await?;
        let me = ctx.member.account_id.get();
        let leads = store::people(&u.tx, ctx.community.id)
            .await?
            .iter()
            .any(|p| {
                p.initiative_id == i.id
                    && p.account_id == me
                    && p.standing == Standing::Joined.as_str()
                    && Part::parse(&p.part).is_some_and(Part::leads)
            });
        let taken_by = match status {
            AskStatus::Taken if a.status == AskStatus::Open.as_str() => Some(me),
            AskStatus::Taken => {
                return Err(Message::t("error-initiative-ask-taken").conflict());
            }
            _ if leads || a.author_id == Some(me) || a.taken_by == Some(me) => {
                if status == AskStatus::Open {
                    None
                } else {
                    a.taken_by
                }
            }
            _ => {
                return Err(Message::t("error-initiative-ask-settle").refused());
            }
        };
        store::set_ask(&u.tx, a.id, status.as_str(), taken_by).await?;
        self.commit(u).await
    }

    async fn joined_in(
        &self,
        tx: &convene_store::Tx,
        ctx: &Allowed<can::TakePart>,
        id: InitiativeId,
    ) -> Result<i32> {
        let i = store::get(tx, ctx.community.id, id.get()).await?;
        let me = ctx.member.account_id.get();
        let joined = store::people(tx, ctx.community.id).await?.iter().any(|p| {
            p.initiative_id == i.id && p.account_id == me && p.standing == Standing::Joined.as_str()
        });
        if !joined {
            return Err(Message::t("error-initiative-join-first").refused());
        }
        Ok(i.id)
    }
}

/// Why a step in an initiative is not possible, in the catalogue's words. The domain gives
/// its reason as an English phrase; one it does not know here is shown as it is.
fn not_possible(why: &'static str) -> AppError {
    let key = match why {
        "only the starter or a lead invites" => "error-initiative-why-invite",
        "you are in it already" => "error-initiative-why-in-already",
        "they are invited or in it already" => "error-initiative-why-invited-already",
        "people ask to join for themselves" => "error-initiative-why-ask-self",
        "you have asked already or are in it" => "error-initiative-why-asked-already",
        "only the invited person can accept an invitation" => "error-initiative-why-accept-invited",
        "the starter or a lead accepts a request" => "error-initiative-why-accept-request",
        "there is nothing to accept" => "error-initiative-why-nothing-accept",
        "there is nothing to withdraw" => "error-initiative-why-nothing-withdraw",
        "people leave by themselves; nobody is removed here" => "error-initiative-why-leave-self",
        "only the starter or a lead invites someone to lead" => "error-initiative-why-offer-lead",
        "they lead it already" => "error-initiative-why-leads-already",
        "an invitation to lead waits for their answer already" => {
            "error-initiative-why-offer-waits"
        }
        "there is no invitation to lead to accept" => "error-initiative-why-no-offer-accept",
        "only the invited person can accept" => "error-initiative-why-accept-self",
        "there is no invitation to lead to decline" => "error-initiative-why-no-offer-decline",
        "the invited person or a lead answers an invitation to lead" => {
            "error-initiative-why-answer-offer"
        }
        "nobody stops leading because others say so" => "error-initiative-why-step-down-self",
        "the starter leads what they started" => "error-initiative-why-starter-leads",
        "you do not lead it" => "error-initiative-why-not-lead",
        other => {
            return Message::from(format!("Not possible: {other}.")).conflict();
        }
    };
    Message::t("error-initiative-not-possible")
        .word("why", key)
        .conflict()
}
