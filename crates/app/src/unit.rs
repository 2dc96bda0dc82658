//! One unit of work: the one way to write. [`App::change`] opens the write transaction, takes
//! the locks and re-checks the caller's permission inside it; the use-case then writes through
//! `unit.tx` and collects its effects: audit entries (typed subjects), live topics and outbox
//! jobs. [`App::commit`] writes the audit entries and jobs in the same transaction, commits,
//! and only then announces the topics and wakes the job runner: nothing is announced or sent
//! for a change that did not happen.

use crate::authz::{Allowed, System};
use crate::{App, AppError, Message, Result};
use convene_domain::audit::Subject;
use convene_domain::ids::{AccountId, CommunityId, GatheringId, InvitationId, MandateId};
use convene_domain::permission::can::Power;
use convene_domain::{Permission, RoleSet};
use convene_store::audit::{self, NewEntry};
use convene_store::{Account, Gathering, Tx, communities, gatherings, jobs};
use std::collections::HashSet;

/// Who is changing a session, and whether they hold the host's power over every session.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Editor {
    pub me: i32,
    pub host: bool,
}

impl Editor {
    /// As the member's roles were read for this request (for reads; writes use
    /// [`Unit::editor`], re-read inside the transaction).
    pub(crate) fn of(ctx: &crate::Ctx) -> Self {
        Editor {
            me: ctx.member.account_id.get(),
            host: ctx.may(Permission::HostGathering),
        }
    }
}

/// Something live views follow; announced after commit.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Topic {
    /// A gathering reached a new version (its walls re-render).
    Gathering { id: GatheringId, version: i64 },
    /// A person's inbox changed (their badge updates).
    Inbox(AccountId),
}

/// Work for the job runner, written to the outbox with the change that calls for it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Job {
    /// The community's activity or network choices changed: recompute its network.
    Network(CommunityId),
    /// A personal invitation waits to be sent by e-mail.
    InvitationMail(InvitationId),
    /// A notification event waits to be fanned out to the inboxes of those it concerns.
    Notify(i32),
    /// One inbox row waits to be sent by e-mail at once.
    NotifyMail(i32),
    /// A steward's or curator's term ends soon: remind them.
    MandateReminder(MandateId),
}

impl Job {
    pub const NETWORK: &'static str = "network";
    pub const INVITATION_MAIL: &'static str = "invitation_mail";
    /// Written by the store with every content write (subject: the content's id).
    pub const SEARCH_INDEX: &'static str = convene_store::search::JOB;
    pub const SEARCH_REBUILD: &'static str = convene_store::search::REBUILD_JOB;
    pub const NOTIFY: &'static str = "notify";
    pub const NOTIFY_MAIL: &'static str = "notify_mail";
    /// A person's daily digest (subject: the account), written with a later `run_after`.
    pub const NOTIFY_DIGEST: &'static str = "notify_digest";
    pub const MANDATE_REMINDER: &'static str = "mandate_reminder";

    pub(crate) fn parts(self) -> (&'static str, i32) {
        match self {
            Job::Network(c) => (Self::NETWORK, c.get()),
            Job::InvitationMail(i) => (Self::INVITATION_MAIL, i.get()),
            Job::Notify(e) => (Self::NOTIFY, e),
            Job::NotifyMail(n) => (Self::NOTIFY_MAIL, n),
            Job::MandateReminder(m) => (Self::MANDATE_REMINDER, m.get()),
        }
    }
}

/// One audit entry waiting for the commit.
#[derive(Debug, Clone)]
struct Entry {
    community: Option<CommunityId>,
    actor: Option<AccountId>,
    action: &'static str,
    subject: Subject,
    detail: String,
    reason: String,
    /// When it happened, if not at the commit (the demo's history).
    at: Option<i64>,
}

/// An open write: the transaction and the effects collected so far. Dropped without
/// [`App::commit`], it rolls back and announces nothing.
pub struct Unit {
    pub(crate) tx: Tx,
    community: Option<CommunityId>,
    actor: Option<AccountId>,
    /// The actor's roles as re-read inside the transaction (a member's writes only).
    roles: Option<RoleSet>,
    entries: Vec<Entry>,
    /// In the order first asked for, each once (a fan-out asks for thousands).
    topics: Vec<Topic>,
    jobs: Vec<Job>,
    seen: HashSet<Topic>,
    queued: HashSet<Job>,
}

impl Unit {
    fn new(tx: Tx, community: Option<CommunityId>, actor: Option<AccountId>) -> Self {
        Unit {
            tx,
            community,
            actor,
            roles: None,
            entries: Vec::new(),
            topics: Vec::new(),
            jobs: Vec::new(),
            seen: HashSet::new(),
            queued: HashSet::new(),
        }
    }

    /// Records a use of vertical power by the unit's actor in its community.
    pub(crate) fn audit(
        &mut self,
        action: &'static str,
        subject: Subject,
        detail: &str,
        reason: &str,
    ) {
        let (community, actor) = (self.community, self.actor);
        self.audit_in(community, actor, action, subject, detail, reason);
    }

    /// As [`Unit::audit`], naming the community and actor (an account's own deletion leaves an
    /// entry in each of its communities, with no actor left to name).
    pub(crate) fn audit_in(
        &mut self,
        community: Option<CommunityId>,
        actor: Option<AccountId>,
        action: &'static str,
        subject: Subject,
        detail: &str,
        reason: &str,
    ) {
        self.entries.push(Entry {
            community,
            actor,
            action,
            subject,
            detail: detail.to_owned(),
            reason: reason.to_owned(),
            at: None,
        });
    }

    /// An entry of a history being filled in (the demo), at the time it happened.
    #[expect(clippy::too_many_arguments, reason = "an entry's fields, all named")]
    pub(crate) fn audit_at(
        &mut self,
        at: i64,
        community: Option<CommunityId>,
        actor: Option<AccountId>,
        action: &'static str,
        subject: Subject,
        detail: &str,
        reason: &str,
    ) {
        self.audit_in(community, actor, action, subject, detail, reason);
        if let Some(e) = self.entries.last_mut() {
            e.at = Some(at);
        }
    }

    /// Whether the actor's roles, as they are inside this transaction, allow `p`: the check
    /// for powers used within a use-case (a host placing someone else's session).
    pub(crate) fn may(&self, p: Permission) -> bool {
        self.roles.is_some_and(|r| r.allows(p))
    }

    /// The actor's roles as re-read inside this transaction (empty outside a member's write).
    pub(crate) fn roles(&self) -> RoleSet {
        self.roles.unwrap_or(RoleSet::guest())
    }

    /// Who is writing (none for the system and anonymous writes).
    pub(crate) fn actor(&self) -> Option<AccountId> {
        self.actor
    }

    /// Who edits, as settled inside this transaction.
    pub(crate) fn editor(&self) -> Editor {
        Editor {
            me: self.actor.map_or(0, AccountId::get),
            host: self.may(Permission::HostGathering),
        }
    }

    pub(crate) fn topic(&mut self, t: Topic) {
        if self.seen.insert(t) {
            self.topics.push(t);
        }
    }

    pub(crate) fn job(&mut self, j: Job) {
        if self.queued.insert(j) {
            self.jobs.push(j);
        }
    }
}

impl App {
    /// A write by a member using power `P`: locks the community (a row lock on PostgreSQL;
    /// SQLite's `BEGIN IMMEDIATE` already serializes) and re-reads the member's roles, so a
    /// role removed a moment ago cannot be used and checks such as "one steward remains" run
    /// against settled state.
    pub(crate) async fn change<P: Power>(&self, who: &Allowed<P>) -> Result<Unit> {
        self.change_checked(who, false).await
    }

    /// As [`App::change`], for the one write a suspended member may still make: appealing
    /// the decision that suspended them.
    pub(crate) async fn change_while_suspended<P: Power>(&self, who: &Allowed<P>) -> Result<Unit> {
        self.change_checked(who, true).await
    }

    async fn change_checked<P: Power>(&self, who: &Allowed<P>, suspended_ok: bool) -> Result<Unit> {
        let tx = self.store.write().await?;
        let community = who.community.id;
        communities::lock(&tx, community).await?;
        let m = communities::membership(&tx, community, who.member.account_id.get())
            .await?
            .ok_or(AppError::NotFound)?;
        // The same reading as `App::ctx`: ended terms and a missing second factor count here too.
        let (_, roles) = self
            .member_roles(&tx, community, m.account_id, m.id)
            .await?;
        if !roles.allows(P::PERMISSION) {
            return Err(AppError::denied(P::PERMISSION));
        }
        // A suspension decided in moderation holds every write until its date.
        if !suspended_ok
            && let Some((until, reason)) = convene_store::moderation::suspended(
                &tx,
                CommunityId(community),
                who.member.account_id,
                self.now(),
            )
            .await?
        {
            return Err(crate::moderation::suspension_message(until, &reason).refused());
        }
        // Until a member accepts the current policies they read but do not post.
        if P::PERMISSION != Permission::AcceptPolicy
            && self.policies_pending(&tx, community, m.account_id).await?
        {
            return Err(Message::t("error-policies-first").refused());
        }
        let mut unit = Unit::new(
            tx,
            Some(CommunityId(community)),
            Some(who.member.account_id),
        );
        unit.roles = Some(roles);
        Ok(unit)
    }

    /// A write to one gathering: as [`App::change`], then the gathering's row is locked and its
    /// version bumped, so changes to one gathering are serialized and each is announced with
    /// its own version; the network job is asked to recompute the community.
    pub(crate) async fn change_gathering<P: Power>(
        &self,
        who: &Allowed<P>,
        gathering: GatheringId,
    ) -> Result<(Unit, Gathering)> {
        let mut unit = self.change(who).await?;
        // Lock first; a gathering of another community rolls back as "not found" below.
        let version = gatherings::touch(&unit.tx, gathering.get()).await?;
        let g = gatherings::get(&unit.tx, who.community.id, gathering.get()).await?;
        unit.topic(Topic::Gathering {
            id: gathering,
            version,
        });
        unit.job(Job::Network(CommunityId(who.community.id)));
        Ok((unit, g))
    }

    /// A write by a signed-in person outside any community's permissions (their own account,
    /// creating a community).
    pub(crate) async fn change_as(&self, account: &Account) -> Result<Unit> {
        Ok(Unit::new(
            self.store.write().await?,
            None,
            Some(AccountId(account.id)),
        ))
    }

    /// A write anyone may start: its use-case checks what it needs itself (a one-time token, an
    /// invitation, a password).
    pub(crate) async fn change_public(&self) -> Result<Unit> {
        Ok(Unit::new(self.store.write().await?, None, None))
    }

    /// A write by the system (the demo filler, jobs).
    pub(crate) async fn change_system(&self, _: &System) -> Result<Unit> {
        Ok(Unit::new(self.store.write().await?, None, None))
    }

    /// Writes the collected audit entries and jobs, commits, then announces the topics and
    /// wakes the job runner.
    pub(crate) async fn commit(&self, u: Unit) -> Result<()> {
        let now = self.now();
        for e in &u.entries {
            audit::append(
                &u.tx,
                NewEntry {
                    community_id: e.community.map(CommunityId::get),
                    actor_id: e.actor.map(AccountId::get),
                    action: e.action,
                    subject: e.subject,
                    detail: &e.detail,
                    reason: &e.reason,
                    now: e.at.unwrap_or(now),
                },
            )
            .await?;
        }
        // Runs of one kind go in one set-wise write, in the order asked for.
        for run in u.jobs.chunk_by(|a, b| a.parts().0 == b.parts().0) {
            let subjects: Vec<i32> = run.iter().map(|j| j.parts().1).collect();
            jobs::enqueue_many(&u.tx, run[0].parts().0, &subjects, now, now).await?;
        }
        u.tx.commit().await?;
        let mut inboxes = Vec::new();
        for t in &u.topics {
            match *t {
                Topic::Gathering { id, version } => {
                    self.live.publish(&self.store, id.get(), version).await;
                }
                Topic::Inbox(a) => inboxes.push(a),
            }
        }
        self.live.inboxes_changed(&self.store, &inboxes).await;
        // Always: content writes enqueue their search indexing in the store, unseen here.
        self.jobs.wake();
        Ok(())
    }
}
