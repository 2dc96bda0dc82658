//! The harvest and convergence: reports co-written by those who were there (no silent
//! overwrite), dot votes within each person's allowance, actions people volunteer for, and the
//! proceedings compiled from all of it.

use crate::community::Ctx;
use crate::gathering::phase_of;
use crate::{App, AppError, Result};
use convene_domain::Permission;
use convene_domain::gathering::Phase;
use convene_domain::harvest::{ActionStatus, VoteTarget, dot_fits};
use convene_domain::text::{ActionTitle, ReportBody};
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
    pub space: String,
    pub report: String,
    pub named: Vec<String>,
    pub dots: i64,
}

/// Everything a gathering produced, for the proceedings in every format.
pub struct Proceedings {
    pub gathering: Gathering,
    pub community: String,
    pub sessions: Vec<SessionHarvest>,
    pub actions: Vec<ActionView>,
}

impl App {
    pub async fn report(
        &self,
        ctx: &Ctx,
        gathering_id: i32,
        session_id: i32,
    ) -> Result<ReportView> {
        ctx.member.require(Permission::TakePart)?;
        let g = gatherings::get(self.store.conn(), ctx.community.id, gathering_id).await?;
        let s = sessions::get(self.store.conn(), g.id, session_id).await?;
        let db = self.store.conn();
        let report = harvest::report(db, s.id).await?;
        let revisions = harvest::revisions(db, s.id).await?;
        let named: Vec<i32> = harvest::named(db, g.id)
            .await?
            .into_iter()
            .filter(|(sid, _)| *sid == s.id)
            .map(|(_, a)| a)
            .collect();
        let mut ids: Vec<i32> = revisions.iter().filter_map(|r| r.author_id).collect();
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
                .map(|r| (r.version, name(r.author_id), r.at))
                .collect(),
            am_named: named.contains(&ctx.member.account_id),
            named: named.iter().map(|a| name(Some(*a))).collect(),
            may_write: self.was_there(ctx, &g, &s).await?,
        })
    }

    /// Saves a report on top of `base`, the version the writer started from. If someone saved
    /// in between, nothing is written and the conflict says so; the page shows both texts.
    pub async fn save_report(
        &self,
        ctx: &Ctx,
        gathering_id: i32,
        session_id: i32,
        body: &ReportBody,
        base: i32,
    ) -> Result<i32> {
        ctx.member.require(Permission::TakePart)?;
        let c = self.change(ctx, gathering_id).await?;
        if !phase_of(&c.gathering)?.allows_harvest() {
            return Err(AppError::Conflict(
                "Reports open when the sessions begin.".into(),
            ));
        }
        let s = sessions::get(&c.tx, gathering_id, session_id).await?;
        if !self.was_there(ctx, &c.gathering, &s).await? {
            return Err(AppError::denied(Permission::HostGathering));
        }
        let saved = harvest::save_report(
            &c.tx,
            s.id,
            body.as_str(),
            base,
            ctx.member.account_id,
            self.now(),
        )
        .await?;
        let Some(version) = saved else {
            return Err(AppError::Conflict(
                "Someone saved this report while you were writing. Their version is above; \
                 your text is kept below: merge the two and save again."
                    .into(),
            ));
        };
        self.commit(c).await?;
        Ok(version)
    }

    /// Each person decides whether their name appears among a session's participants.
    pub async fn set_named(
        &self,
        ctx: &Ctx,
        gathering_id: i32,
        session_id: i32,
        named: bool,
    ) -> Result<()> {
        ctx.member.require(Permission::TakePart)?;
        let c = self.change(ctx, gathering_id).await?;
        let s = sessions::get(&c.tx, gathering_id, session_id).await?;
        if !self.was_there(ctx, &c.gathering, &s).await? {
            return Err(AppError::Conflict(
                "Only people who took part can be named in a report.".into(),
            ));
        }
        harvest::set_named(&c.tx, s.id, ctx.member.account_id, named).await?;
        self.commit(c).await
    }

    /// Gives (`true`) or takes back one dot, within the gathering's allowance per person.
    pub async fn vote(
        &self,
        ctx: &Ctx,
        gathering_id: i32,
        (target, id): (VoteTarget, i32),
        give: bool,
    ) -> Result<()> {
        ctx.member.require(Permission::TakePart)?;
        let c = self.change(ctx, gathering_id).await?;
        if !phase_of(&c.gathering)?.allows_voting() {
            return Err(AppError::Conflict(
                "Dot voting is open during convergence only.".into(),
            ));
        }
        match target {
            VoteTarget::Session => sessions::get(&c.tx, gathering_id, id).await.map(|_| ())?,
            VoteTarget::Action => harvest::action(&c.tx, gathering_id, id).await.map(|_| ())?,
        }
        let me = ctx.member.account_id;
        if give {
            let used: i32 = harvest::votes(&c.tx, gathering_id)
                .await?
                .iter()
                .filter(|v| v.account_id == me)
                .map(|v| v.dots)
                .sum();
            dot_fits(used, c.gathering.dots)?;
        }
        let delta = if give { 1 } else { -1 };
        harvest::move_dot(&c.tx, gathering_id, me, (target.as_str(), id), delta).await?;
        self.commit(c).await
    }

    /// Sessions and actions by dots, most first; with the caller's own dots.
    pub async fn ranking(&self, ctx: &Ctx, gathering_id: i32) -> Result<(Vec<Ranked>, i32)> {
        ctx.member.require(Permission::TakePart)?;
        let g = gatherings::get(self.store.conn(), ctx.community.id, gathering_id).await?;
        let db = self.store.conn();
        let votes = harvest::votes(db, g.id).await?;
        let mut rows: Vec<Ranked> = sessions::list(db, g.id)
            .await?
            .into_iter()
            .map(|s| (VoteTarget::Session, s.id, s.title))
            .chain(
                harvest::actions(db, g.id)
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
                        .filter(|v| v.account_id == ctx.member.account_id)
                        .map(|v| v.dots)
                        .sum(),
                }
            })
            .collect();
        rows.sort_by(|a, b| b.dots.cmp(&a.dots).then(a.id.cmp(&b.id)));
        let used: i32 = rows.iter().map(|r| r.my_dots).sum();
        Ok((rows, g.dots - used))
    }

    pub async fn propose_action(
        &self,
        ctx: &Ctx,
        gathering_id: i32,
        title: &ActionTitle,
        session_id: Option<i32>,
        due_on: Option<&str>,
    ) -> Result<i32> {
        ctx.member.require(Permission::TakePart)?;
        let c = self.change(ctx, gathering_id).await?;
        if phase_of(&c.gathering)? < Phase::Sessions {
            return Err(AppError::Conflict(
                "Actions come out of the sessions; propose them once sessions begin.".into(),
            ));
        }
        if let Some(sid) = session_id {
            sessions::get(&c.tx, gathering_id, sid).await?;
        }
        let a = harvest::create_action(
            &c.tx,
            NewAction {
                gathering_id,
                session_id,
                title: title.as_str(),
                due_on,
                created_by: ctx.member.account_id,
                now: self.now(),
            },
        )
        .await?;
        self.commit(c).await?;
        Ok(a.id)
    }

    /// Volunteers for an action, or steps back. Nobody is ever assigned.
    pub async fn volunteer(
        &self,
        ctx: &Ctx,
        gathering_id: i32,
        action_id: i32,
        on: bool,
    ) -> Result<()> {
        ctx.member.require(Permission::TakePart)?;
        let c = self.change(ctx, gathering_id).await?;
        let a = harvest::action(&c.tx, gathering_id, action_id).await?;
        harvest::set_owner(&c.tx, a.id, ctx.member.account_id, on).await?;
        self.commit(c).await
    }

    /// Its owners (or a host) say where an action stands, also long after the gathering.
    pub async fn set_action_status(
        &self,
        ctx: &Ctx,
        gathering_id: i32,
        action_id: i32,
        status: ActionStatus,
    ) -> Result<()> {
        ctx.member.require(Permission::TakePart)?;
        let c = self.change(ctx, gathering_id).await?;
        let a = harvest::action(&c.tx, gathering_id, action_id).await?;
        let owner = harvest::owners(&c.tx, gathering_id)
            .await?
            .contains(&(a.id, ctx.member.account_id));
        if !owner && !ctx.member.roles.allows(Permission::HostGathering) {
            return Err(AppError::denied(Permission::HostGathering));
        }
        harvest::set_status(&c.tx, a.id, status.as_str()).await?;
        self.commit(c).await
    }

    pub async fn actions(&self, ctx: &Ctx, gathering_id: i32) -> Result<Vec<ActionView>> {
        ctx.member.require(Permission::TakePart)?;
        let g = gatherings::get(self.store.conn(), ctx.community.id, gathering_id).await?;
        self.actions_of(&g, Some(ctx.member.account_id)).await
    }

    async fn actions_of(&self, g: &Gathering, me: Option<i32>) -> Result<Vec<ActionView>> {
        let db = self.store.conn();
        let owners = harvest::owners(db, g.id).await?;
        let votes = harvest::votes(db, g.id).await?;
        let titles: HashMap<i32, String> = sessions::list(db, g.id)
            .await?
            .into_iter()
            .map(|s| (s.id, s.title))
            .collect();
        let ids: Vec<i32> = owners.iter().map(|o| o.1).collect();
        let names = accounts::names(db, &ids).await?;
        Ok(harvest::actions(db, g.id)
            .await?
            .into_iter()
            .map(|a| ActionView {
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
                title: a.title,
                due_on: a.due_on,
            })
            .collect())
    }

    /// The proceedings: every placed session in agenda order with its report and the names of
    /// those who chose to be named, then the actions.
    pub async fn proceedings(&self, ctx: &Ctx, gathering_id: i32) -> Result<Proceedings> {
        let wall = self.wall(ctx, gathering_id).await?;
        let db = self.store.conn();
        let g = wall.gathering.clone();
        let reports: HashMap<i32, String> = harvest::reports(db, g.id)
            .await?
            .into_iter()
            .map(|r| (r.session_id, r.body))
            .collect();
        let named = harvest::named(db, g.id).await?;
        let names = accounts::names(db, &named.iter().map(|n| n.1).collect::<Vec<_>>()).await?;
        let votes = harvest::votes(db, g.id).await?;
        let out = wall
            .placed()
            .map(|(row, space, card)| SessionHarvest {
                title: card.title.clone(),
                convener: card.convener.clone(),
                when: format!("{} {}–{}", row.date, row.starts, row.ends),
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
            })
            .collect();
        Ok(Proceedings {
            actions: self.actions_of(&g, None).await?,
            community: ctx.community.name.clone(),
            gathering: g,
            sessions: out,
        })
    }

    /// Conveners, hosts, and everyone who checked in at some point may write a report.
    async fn was_there(&self, ctx: &Ctx, g: &Gathering, s: &Session) -> Result<bool> {
        let me = ctx.member.account_id;
        if self.may_edit(self.store.conn(), ctx, s).await.is_ok() {
            return Ok(true);
        }
        Ok(sessions::presences(self.store.conn(), g.id)
            .await?
            .iter()
            .any(|p| p.session_id == s.id && p.account_id == me))
    }
}
