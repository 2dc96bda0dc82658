//! The harvest and convergence: reports co-written by those who were there (no silent
//! overwrite), dot votes within each person's allowance, actions people volunteer for, and the
//! proceedings compiled from all of it.

use crate::content::{Audience, readable, readable_of, reader};
use crate::gathering::phase_of;
use crate::unit::Editor;
use crate::{Allowed, can};
use crate::{App, AppError, Message, Result};
use convene_domain::Permission;
use convene_domain::content::{ContentKind, ContentRef, Saved, Visibility};
use convene_domain::gathering::Phase;
use convene_domain::harvest::{ActionStatus, VoteTarget, dot_fits};
use convene_domain::ids::*;
use convene_domain::text::{ActionTitle, ReportBody};
use convene_store::contents::{self, NewContent, Save};
use convene_store::harvest::{self, NewAction};
use convene_store::{Gathering, Session, accounts, gatherings, sessions};
use std::collections::HashMap;

pub struct ReportView {
    pub body: String,
    pub version: i32,
    /// (version, author, when) newest first.
    pub revisions: Vec<(i32, String, i64)>,
    pub named: Vec<String>,
    pub may_write: bool,
    pub am_named: bool,
}

#[derive(Debug, Clone)]
pub struct ActionView {
    pub id: i32,
    pub title: String,
    pub session: Option<String>,
    pub due_on: Option<String>,
    pub status: ActionStatus,
    pub owners: Vec<String>,
    pub dots: i64,
    pub mine: bool,
}

/// An action written in a session's report, not proposed as an action yet.
pub struct Proposal {
    pub session_id: i32,
    pub session: String,
    pub title: String,
}

/// One line of the convergence ranking.
pub struct Ranked {
    pub target: VoteTarget,
    pub id: i32,
    pub title: String,
    pub dots: i64,
    pub my_dots: i32,
}

pub struct SessionHarvest {
    pub title: String,
    pub convener: String,
    pub when: String,
    /// A World Café note's round (its `when` is then empty and `space` is its table).
    pub round: Option<i32>,
    pub space: String,
    pub report: String,
    pub named: Vec<String>,
    pub dots: i64,
    /// How many people checked in at some point (anonymous ones counted, never named).
    pub present: usize,
}

/// Everything a gathering produced, for the proceedings in every format.
pub struct Proceedings {
    pub gathering: Gathering,
    pub community: String,
    pub sessions: Vec<SessionHarvest>,
    pub actions: Vec<ActionView>,
    /// The local dates of its slots, first to last (one entry for a one-day gathering).
    pub dates: Vec<String>,
    /// How many said they would come.
    pub said_yes: usize,
    /// How many people checked in to at least one session (anonymous ones counted).
    pub checked_in: usize,
}

impl App {
    pub async fn report(
        &self,
        ctx: &Allowed<can::TakePart>,
        gathering_id: GatheringId,
        session_id: SessionId,
    ) -> Result<ReportView> {
        let g = gatherings::get(self.store.conn(), ctx.community.id, gathering_id.get()).await?;
        let s = sessions::get(self.store.conn(), g.id, session_id.get()).await?;
        let db = self.store.conn();
        let of = ContentRef::new(ContentKind::Report, s.id);
        let report = contents::get(db, of).await?;
        if let Some(r) = &report
            && !readable(&reader(ctx), r)
        {
            return Err(AppError::NotFound);
        }
        let revisions = contents::revisions(db, of).await?;
        let named: Vec<i32> = harvest::named(db, g.id)
            .await?
            .into_iter()
            .filter(|(sid, _)| *sid == s.id)
            .map(|(_, a)| a)
            .collect();
        let mut ids: Vec<i32> = revisions
            .iter()
            .filter_map(|r| r.author.map(AccountId::get))
            .collect();
        ids.extend(&named);
        let names = accounts::names(db, &ids).await?;
        let name = |id: Option<i32>| {
            id.and_then(|i| names.get(&i).cloned())
                .unwrap_or_else(|| "someone who left".into())
        };
        Ok(ReportView {
            body: report.as_ref().map(|r| r.body.clone()).unwrap_or_default(),
            version: report.map_or(0, |r| r.version),
            revisions: revisions
                .iter()
                .map(|r| (r.version, name(r.author.map(AccountId::get)), r.at))
                .collect(),
            am_named: named.contains(&ctx.member.account_id.get()),
            named: named.iter().map(|a| name(Some(*a))).collect(),
            may_write: self.was_there(db, Editor::of(ctx), &g, &s).await?,
        })
    }

    /// Saves a report on top of `base`, the version the writer started from. If someone saved
    /// in between, nothing is written and the conflict says so; the page shows both texts.
    pub async fn save_report(
        &self,
        ctx: &Allowed<can::TakePart>,
        gathering_id: GatheringId,
        session_id: SessionId,
        body: &ReportBody,
        base: i32,
    ) -> Result<i32> {
        let (c, gathering) = self.change_gathering(ctx, gathering_id).await?;
        if !phase_of(&gathering)?.allows_harvest() {
            return Err(Message::t("error-reports-not-yet").conflict());
        }
        let s = sessions::get(&c.tx, gathering_id.get(), session_id.get()).await?;
        if !self.was_there(&c.tx, c.editor(), &gathering, &s).await? {
            return Err(AppError::denied(Permission::HostGathering));
        }
        let saved = contents::save(
            &c.tx,
            Save {
                community: ctx.member.community_id,
                of: ContentRef::new(ContentKind::Report, s.id),
                body: body.as_str(),
                base,
                author: ctx.member.account_id,
                now: self.now(),
            },
        )
        .await?;
        match saved {
            Saved::Written(version) => {
                self.commit(c).await?;
                Ok(version)
            }
            Saved::Stale {
                version,
                theirs,
                yours,
            } => Err(AppError::Stale(Box::new(crate::Stale {
                what: "report",
                version,
                theirs,
                yours,
            }))),
        }
    }

    /// Each person decides whether their name appears among a session's participants.
    pub async fn set_named(
        &self,
        ctx: &Allowed<can::TakePart>,
        gathering_id: GatheringId,
        session_id: SessionId,
        named: bool,
    ) -> Result<()> {
        let (c, gathering) = self.change_gathering(ctx, gathering_id).await?;
        let s = sessions::get(&c.tx, gathering_id.get(), session_id.get()).await?;
        if !self.was_there(&c.tx, c.editor(), &gathering, &s).await? {
            return Err(Message::t("error-report-named-took-part").conflict());
        }
        harvest::set_named(&c.tx, s.id, ctx.member.account_id.get(), named).await?;
        self.commit(c).await
    }

    /// Gives (`true`) or takes back one dot, within the gathering's allowance per person.
    pub async fn vote(
        &self,
        ctx: &Allowed<can::TakePart>,
        gathering_id: GatheringId,
        (target, id): (VoteTarget, i32),
        give: bool,
    ) -> Result<()> {
        let (c, gathering) = self.change_gathering(ctx, gathering_id).await?;
        if !phase_of(&gathering)?.allows_voting() {
            return Err(Message::t("error-dots-closed").conflict());
        }
        match target {
            VoteTarget::Session => sessions::get(&c.tx, gathering_id.get(), id)
                .await
                .map(|_| ())?,
            VoteTarget::Action => harvest::action(&c.tx, gathering_id.get(), id)
                .await
                .map(|_| ())?,
        }
        let me = ctx.member.account_id.get();
        if give {
            let used: i32 = harvest::votes(&c.tx, gathering_id.get())
                .await?
                .iter()
                .filter(|v| v.account_id == me)
                .map(|v| v.dots)
                .sum();
            dot_fits(used, gathering.dots)?;
        }
        let delta = if give { 1 } else { -1 };
        harvest::move_dot(&c.tx, gathering_id.get(), me, (target.as_str(), id), delta).await?;
        self.commit(c).await
    }

    /// Sessions and actions by dots, most first; with the caller's own dots.
    pub async fn ranking(
        &self,
        ctx: &Allowed<can::TakePart>,
        gathering_id: GatheringId,
    ) -> Result<(Vec<Ranked>, i32)> {
        let g = gatherings::get(self.store.conn(), ctx.community.id, gathering_id.get()).await?;
        let db = self.store.conn();
        let votes = harvest::votes(db, g.id).await?;
        let me = Audience::of(ctx);
        let list = sessions::list(db, g.id).await?;
        let ids: Vec<i32> = list.iter().map(|s| s.id).collect();
        let seen = readable_of(db, me, ContentKind::Session, &ids).await?;
        let mut rows: Vec<Ranked> = list
            .into_iter()
            .filter(|s| seen.contains_key(&s.id))
            .map(|s| (VoteTarget::Session, s.id, s.title))
            .chain(
                self.actions_of(&g, me, None)
                    .await?
                    .into_iter()
                    .map(|a| (VoteTarget::Action, a.id, a.title)),
            )
            .map(|(target, id, title)| {
                let of = |v: &&convene_store::Vote| {
                    v.target_kind == target.as_str() && v.target_id == id
                };
                Ranked {
                    target,
                    id,
                    title,
                    dots: votes.iter().filter(of).map(|v| i64::from(v.dots)).sum(),
                    my_dots: votes
                        .iter()
                        .filter(of)
                        .filter(|v| v.account_id == ctx.member.account_id.get())
                        .map(|v| v.dots)
                        .sum(),
                }
            })
            .collect();
        rows.sort_by(|a, b| b.dots.cmp(&a.dots).then(a.id.cmp(&b.id)));
        let used: i32 = rows.iter().map(|r| r.my_dots).sum();
        Ok((rows, g.dots - used))
    }

    /// Actions the gathering's reports propose (`domain::harvest::proposed_actions`) that are
    /// not actions yet, with the session whose report proposes each: offered for one click.
    pub async fn proposed_in_reports(
        &self,
        ctx: &Allowed<can::TakePart>,
        gathering_id: GatheringId,
    ) -> Result<Vec<Proposal>> {
        let g = gatherings::get(self.store.conn(), ctx.community.id, gathering_id.get()).await?;
        let db = self.store.conn();
        let me = Audience::of(ctx);
        let list = sessions::list(db, g.id).await?;
        let ids: Vec<i32> = list.iter().map(|s| s.id).collect();
        let seen = readable_of(db, me, ContentKind::Session, &ids).await?;
        let reports = readable_of(db, me, ContentKind::Report, &ids).await?;
        let existing: Vec<String> = self
            .actions_of(&g, me, None)
            .await?
            .into_iter()
            .map(|a| a.title.to_lowercase())
            .collect();
        let mut out: Vec<Proposal> = Vec::new();
        for s in list.iter().filter(|s| seen.contains_key(&s.id)) {
            let Some(report) = reports.get(&s.id) else {
                continue;
            };
            for title in convene_domain::harvest::proposed_actions(&report.body) {
                let lower = title.to_lowercase();
                if !existing.contains(&lower)
                    && !out.iter().any(|p| p.title.to_lowercase() == lower)
                {
                    out.push(Proposal {
                        session_id: s.id,
                        session: s.title.clone(),
                        title,
                    });
                }
            }
        }
        Ok(out)
    }

    pub async fn propose_action(
        &self,
        ctx: &Allowed<can::TakePart>,
        gathering_id: GatheringId,
        title: &ActionTitle,
        session_id: Option<SessionId>,
        due_on: Option<&str>,
    ) -> Result<ActionId> {
        let (c, gathering) = self.change_gathering(ctx, gathering_id).await?;
        if phase_of(&gathering)? < Phase::Sessions {
            return Err(Message::t("error-actions-not-yet").conflict());
        }
        if let Some(sid) = session_id {
            sessions::get(&c.tx, gathering_id.get(), sid.get()).await?;
        }
        let now = self.now();
        let a = harvest::create_action(
            &c.tx,
            NewAction {
                gathering_id: gathering_id.get(),
                session_id: session_id.map(SessionId::get),
                due_on,
                created_by: ctx.member.account_id.get(),
                now,
            },
        )
        .await?;
        contents::create(
            &c.tx,
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
        self.commit(c).await?;
        Ok(ActionId(a.id))
    }

    /// Volunteers for an action, or steps back. Nobody is ever assigned.
    pub async fn volunteer(
        &self,
        ctx: &Allowed<can::TakePart>,
        gathering_id: GatheringId,
        action_id: ActionId,
        on: bool,
    ) -> Result<()> {
        let (c, _gathering) = self.change_gathering(ctx, gathering_id).await?;
        let a = harvest::action(&c.tx, gathering_id.get(), action_id.get()).await?;
        let closed = matches!(
            ActionStatus::parse(&a.status),
            Some(ActionStatus::Done | ActionStatus::Dropped)
        );
        if on && closed {
            let status = if a.status == "dropped" {
                "action-status-dropped"
            } else {
                "action-status-done"
            };
            return Err(Message::t("error-action-closed")
                .word("status", status)
                .conflict());
        }
        harvest::set_owner(&c.tx, a.id, ctx.member.account_id.get(), on).await?;
        self.commit(c).await
    }

    /// Its owners (or a host) say where an action stands, also long after the gathering.
    pub async fn set_action_status(
        &self,
        ctx: &Allowed<can::TakePart>,
        gathering_id: GatheringId,
        action_id: ActionId,
        status: ActionStatus,
    ) -> Result<()> {
        let (c, _gathering) = self.change_gathering(ctx, gathering_id).await?;
        let a = harvest::action(&c.tx, gathering_id.get(), action_id.get()).await?;
        let owner = harvest::owners(&c.tx, gathering_id.get())
            .await?
            .contains(&(a.id, ctx.member.account_id.get()));
        if !owner && !c.may(Permission::HostGathering) {
            return Err(AppError::denied(Permission::HostGathering));
        }
        harvest::set_status(&c.tx, a.id, status.as_str()).await?;
        self.commit(c).await
    }

    pub async fn actions(
        &self,
        ctx: &Allowed<can::TakePart>,
        gathering_id: GatheringId,
    ) -> Result<Vec<ActionView>> {
        let g = gatherings::get(self.store.conn(), ctx.community.id, gathering_id.get()).await?;
        self.actions_of(&g, Audience::of(ctx), Some(ctx.member.account_id.get()))
            .await
    }

    /// The gathering's actions `audience` may read, oldest first.
    pub(crate) async fn actions_of(
        &self,
        g: &Gathering,
        audience: Audience,
        me: Option<i32>,
    ) -> Result<Vec<ActionView>> {
        let db = self.store.conn();
        let all = harvest::actions(db, g.id).await?;
        let ids: Vec<i32> = all.iter().map(|a| a.id).collect();
        let mut texts = readable_of(db, audience, ContentKind::Action, &ids).await?;
        let owners = harvest::owners(db, g.id).await?;
        let votes = harvest::votes(db, g.id).await?;
        let titles: HashMap<i32, String> = sessions::list(db, g.id)
            .await?
            .into_iter()
            .map(|s| (s.id, s.title))
            .collect();
        let ids: Vec<i32> = owners.iter().map(|o| o.1).collect();
        let names = accounts::names(db, &ids).await?;
        Ok(all
            .into_iter()
            .filter_map(|a| Some((texts.remove(&a.id)?.body, a)))
            .map(|(title, a)| ActionView {
                owners: owners
                    .iter()
                    .filter(|o| o.0 == a.id)
                    .filter_map(|o| names.get(&o.1).cloned())
                    .collect(),
                mine: me.is_some_and(|m| owners.contains(&(a.id, m))),
                dots: votes
                    .iter()
                    .filter(|v| v.target_kind == "action" && v.target_id == a.id)
                    .map(|v| i64::from(v.dots))
                    .sum(),
                session: a.session_id.and_then(|s| titles.get(&s).cloned()),
                status: ActionStatus::parse(&a.status).unwrap_or(ActionStatus::Open),
                id: a.id,
                title,
                due_on: a.due_on,
            })
            .collect())
    }

    /// The proceedings: every placed session in agenda order with its report and the names of
    /// those who chose to be named, then the actions.
    pub async fn proceedings(
        &self,
        ctx: &Allowed<can::TakePart>,
        gathering_id: GatheringId,
    ) -> Result<Proceedings> {
        let me = Audience::of(ctx);
        let g = gatherings::get(self.store.conn(), ctx.community.id, gathering_id.get()).await?;
        let wall = self.wall_in(me, g.id).await?;
        let db = self.store.conn();
        let ids: Vec<i32> = wall.cards().map(|c| c.id).collect();
        let reports: HashMap<i32, String> = readable_of(db, me, ContentKind::Report, &ids)
            .await?
            .into_iter()
            .map(|(sid, c)| (sid, c.body))
            .collect();
        let named = harvest::named(db, g.id).await?;
        let names = accounts::names(db, &named.iter().map(|n| n.1).collect::<Vec<_>>()).await?;
        let votes = harvest::votes(db, g.id).await?;
        let presences = sessions::presences(db, g.id).await?;
        let present = |sid: i32| {
            presences
                .iter()
                .filter(|p| p.session_id == sid)
                .map(|p| p.account_id)
                .collect::<std::collections::BTreeSet<_>>()
                .len()
        };
        let checked_in = presences
            .iter()
            .filter(|p| ids.contains(&p.session_id))
            .map(|p| p.account_id)
            .collect::<std::collections::BTreeSet<_>>()
            .len();
        let mut dates: Vec<String> = wall.rows.iter().map(|r| r.date.clone()).collect();
        dates.dedup();
        let said_yes = gatherings::attending(db, g.id).await?.len();
        let out = wall
            .placed()
            .map(|(row, space, card)| SessionHarvest {
                title: card.title.clone(),
                convener: card.convener.clone(),
                when: format!("{} {}–{}", row.date, row.starts, row.ends),
                round: None,
                space: space.name.clone(),
                report: reports.get(&card.id).cloned().unwrap_or_default(),
                named: named
                    .iter()
                    .filter(|n| n.0 == card.id)
                    .filter_map(|n| names.get(&n.1).cloned())
                    .collect(),
                dots: votes
                    .iter()
                    .filter(|v| v.target_kind == "session" && v.target_id == card.id)
                    .map(|v| i64::from(v.dots))
                    .sum(),
                present: present(card.id),
            })
            .collect();
        Ok(Proceedings {
            dates,
            said_yes,
            checked_in,
            actions: self.actions_of(&g, me, None).await?,
            community: ctx.community.name.clone(),
            gathering: g,
            sessions: out,
        })
    }

    /// Conveners, hosts, and everyone who checked in at some point may write a report.
    async fn was_there(
        &self,
        db: &impl convene_store::store_db::ConnectionTrait,
        who: Editor,
        g: &Gathering,
        s: &Session,
    ) -> Result<bool> {
        let me = who.me;
        if self.may_edit(db, who, s).await.is_ok() {
            return Ok(true);
        }
        Ok(sessions::presences(db, g.id)
            .await?
            .iter()
            .any(|p| p.session_id == s.id && p.account_id == me))
    }
}
