//! Notifications. A change that concerns people records an event in its unit of work with one
//! fan-out job (never more work on the request path); the job runner writes the inbox rows of
//! those it concerns, queues their e-mail (at once, or in the daily digest) and wakes their
//! inbox badges. Nobody is told about what they may not read: readability is checked at the
//! fan-out, again before each e-mail, and again whenever the inbox is shown (visibility may
//! change in between). Each message carries a signed one-click unsubscribe link for its kind.

use crate::authz::System;
use crate::content::readable;
use crate::mail::MailSettings;
use crate::notify_mail::{compose_digest, compose_one};
use crate::thread::tombstone_readable;
use crate::unit::{Job, Topic, Unit};
use crate::{App, AppError, Result};
use convene_domain::Permission;
use convene_domain::Role;
use convene_domain::content::{ContentKind, ContentRef, Reader};
use convene_domain::contribution::State;
use convene_domain::harvest::ActionStatus;
use convene_domain::ids::{AccountId, NotificationId};
use convene_domain::notify::{Kind, MailMode};
use convene_domain::thread::Follow;
use convene_i18n::{Lang, Tr};
use convene_store::notifications::{
    self, Event, MAIL_DIGEST, MAIL_NONE, MAIL_SENT, MAIL_SKIPPED, MAIL_WAITING, NewEvent,
};
use convene_store::store_db::ConnectionTrait;
use convene_store::threads;
use convene_store::{Account, Notification, accounts, communities, contents, contributions, jobs};
use std::collections::HashMap;

/// "Due soon" means due within this many days.
pub const ACTION_DUE_DAYS: i64 = 3;
/// A digest collects a day.
pub const DIGEST_EVERY: i64 = 86_400;
/// The unsubscribe link for a digest: every kind that goes to the digest stops.
pub const ALL_KINDS: &str = "all";

/// What an event is about, as the unit of work records it.
pub(crate) struct Tell {
    pub kind: Kind,
    pub community: i32,
    pub content: Option<i32>,
    pub subject: i32,
    pub target: Option<i32>,
    pub actor: Option<AccountId>,
}

/// One inbox row as its reader sees it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InboxItem {
    pub id: NotificationId,
    pub kind: Kind,
    pub content_id: Option<i32>,
    pub community: String,
    /// What happened, in a sentence (names and titles only from what the reader may read).
    pub text: String,
    /// Where it happened (a path on this site).
    pub link: String,
    /// The beginning of the text it is about.
    pub excerpt: String,
    pub read: bool,
    pub at: i64,
    /// The language `text` is worded in, which its e-mail keeps.
    pub lang: Lang,
}

/// A person's e-mail choice for one kind.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Choice {
    pub kind: Kind,
    pub mode: MailMode,
}

/// What may_know needs of an event or a row.
struct About<'a> {
    kind: &'a str,
    community: i32,
    content: Option<i32>,
    subject: i32,
}

impl<'a> From<&'a Event> for About<'a> {
    fn from(e: &'a Event) -> Self {
        About {
            kind: &e.kind,
            community: e.community_id,
            content: e.content_id,
            subject: e.subject_id,
        }
    }
}

impl<'a> From<&'a Notification> for About<'a> {
    fn from(n: &'a Notification) -> Self {
        About {
            kind: &n.kind,
            community: n.community_id,
            content: n.content_id,
            subject: n.subject_id,
        }
    }
}

fn excerpt(body: &str) -> String {
    let flat: String = body.split_whitespace().collect::<Vec<_>>().join(" ");
    if flat.chars().count() > 240 {
        let cut: String = flat.chars().take(240).collect();
        format!("{cut}…")
    } else {
        flat
    }
}

/// Whether `account` may be told about `a` now: still a member, the piece still readable to
/// them (the curation queue: still a curator), and the thread not muted.
async fn may_know(db: &impl ConnectionTrait, account: i32, a: &About<'_>) -> Result<bool> {
    Ok(knowing(db, &[account], a).await? == [account])
}

/// Those of `people` who may be told about `a` now (see [`may_know`]), in their order. What
/// decides is read set-wise (memberships and roles, mutes, the piece and its thread once);
/// the read filter then decides for each person.
async fn knowing(db: &impl ConnectionTrait, people: &[i32], a: &About<'_>) -> Result<Vec<i32>> {
    let Some(kind) = Kind::parse(a.kind) else {
        return Ok(Vec::new());
    };
    let members = communities::memberships_of(db, a.community, people).await?;
    let content = match a.content {
        Some(id) => contents::by_id(db, id.into()).await?,
        None => None,
    };
    let (opening, follows) = match kind {
        Kind::Mention | Kind::Reply => (
            contents::get(db, ContentRef::new(ContentKind::Thread, a.subject)).await?,
            threads::follows_of(db, a.subject, people).await?,
        ),
        _ => (None, HashMap::new()),
    };
    let action = match (&content, kind) {
        (Some(c), Kind::ActionDue) => notifications::action_and_owners(db, c.of.id).await?,
        _ => None,
    };
    Ok(people
        .iter()
        .copied()
        .filter(|&account| {
            let Some((m, roles)) = members.get(&account) else {
                return false;
            };
            let reader = Reader::Member {
                account: AccountId(account),
                community: a.community.into(),
                organization: m.organization_id.into(),
                roles: *roles,
            };
            let reads = content.as_ref().is_some_and(|c| readable(&reader, c));
            match kind {
                Kind::Curation => {
                    content.is_some() && roles.allows(Permission::CurateContributions)
                }
                // The row names the thread: a reply that stays visible in a thread one may
                // no longer open (its opening hidden) tells nothing.
                Kind::Mention | Kind::Reply => {
                    reads
                        && opening
                            .as_ref()
                            .is_some_and(|o| tombstone_readable(&reader, o))
                        && follows.get(&account) != Some(&Follow::Mute)
                }
                Kind::Decision => reads,
                // Still theirs and still to do: a done, dropped or handed-back action is not due.
                Kind::ActionDue => {
                    reads
                        && action.as_ref().is_some_and(|(act, owners)| {
                            owners.contains(&account) && still_to_do(&act.status)
                        })
                }
                Kind::Invitation => true,
            }
        })
        .collect())
}

/// How many unread rows each of `people` may still read (their badges): the rows read
/// set-wise, then [`knowing`] once per distinct thing they are about.
pub(crate) async fn unread_counts(
    db: &impl ConnectionTrait,
    people: &[i32],
) -> Result<HashMap<i32, u64>> {
    let rows = notifications::unread_of(db, people).await?;
    let mut by_about: HashMap<(&str, i32, Option<i32>, i32), Vec<i32>> = HashMap::new();
    for n in &rows {
        by_about
            .entry((&n.kind, n.community_id, n.content_id, n.subject_id))
            .or_default()
            .push(n.account_id);
    }
    let mut counts: HashMap<i32, u64> = people.iter().map(|&p| (p, 0)).collect();
    for ((kind, community, content, subject), mut who) in by_about {
        let about = About {
            kind,
            community,
            content,
            subject,
        };
        let rows_of = who.clone();
        who.sort_unstable();
        who.dedup();
        let knows: std::collections::HashSet<i32> =
            knowing(db, &who, &about).await?.into_iter().collect();
        for p in rows_of.into_iter().filter(|p| knows.contains(p)) {
            *counts.entry(p).or_default() += 1;
        }
    }
    Ok(counts)
}

fn still_to_do(status: &str) -> bool {
    matches!(
        ActionStatus::parse(status),
        Some(ActionStatus::Open | ActionStatus::Doing)
    )
}

/// Days from `today` to a due date, if it parses.
fn days_until(today: jiff::civil::Date, due_on: &str) -> Option<i64> {
    let due: jiff::civil::Date = due_on.parse().ok()?;
    Some(i64::from(due.since(today).ok()?.get_days()))
}

fn zoned_today(now: i64, zone: &str) -> Option<jiff::civil::Date> {
    let tz = jiff::tz::TimeZone::get(zone).unwrap_or(jiff::tz::TimeZone::UTC);
    Some(jiff::Timestamp::from_second(now).ok()?.to_zoned(tz).date())
}

impl App {
    /// Inside a unit of work: records the event and its one fan-out job.
    pub(crate) async fn tell(&self, u: &mut Unit, t: Tell) -> Result<()> {
        let id = notifications::record(
            &u.tx,
            NewEvent {
                kind: t.kind.as_str(),
                community: t.community,
                content: t.content,
                subject: t.subject,
                target: t.target,
                actor: t.actor.map(AccountId::get),
                now: self.now(),
            },
        )
        .await?;
        u.job(Job::Notify(id));
        Ok(())
    }

    /// A personal invitation to a gathering, addressed to someone who has an account here
    /// already: they are told in their inbox too.
    pub(crate) async fn tell_gathering_invitation(
        &self,
        u: &mut Unit,
        inv: &convene_store::Invitation,
        by: AccountId,
    ) -> Result<()> {
        let (Some(g), Some(email)) = (inv.gathering_id, inv.email.as_deref()) else {
            return Ok(());
        };
        let Some(a) = accounts::find_by_email(&u.tx, email).await? else {
            return Ok(());
        };
        self.tell(
            u,
            Tell {
                kind: Kind::Invitation,
                community: inv.community_id,
                content: None,
                subject: g,
                target: Some(a.id),
                actor: Some(by),
            },
        )
        .await
    }

    /// The fan-out job: writes an inbox row for everyone the event concerns who may know of
    /// it, and queues their e-mail. Idempotent (one row per person and event).
    pub(crate) async fn fan_out(&self, system: &System, event: i32) -> Result<()> {
        let db = self.store.conn();
        let Some(e) = notifications::event(db, event).await? else {
            return Ok(());
        };
        let Some(kind) = Kind::parse(&e.kind) else {
            return Ok(());
        };
        let mut people: Vec<i32> = match kind {
            Kind::Mention => {
                let c = e.content_id.unwrap_or_default();
                threads::mentions_of(db, &[c])
                    .await?
                    .remove(&c)
                    .unwrap_or_default()
            }
            Kind::Reply => {
                let c = e.content_id.unwrap_or_default();
                let mentioned = threads::mentions_of(db, &[c])
                    .await?
                    .remove(&c)
                    .unwrap_or_default();
                // The mentioned are told once, of the mention.
                threads::watchers(db, e.subject_id)
                    .await?
                    .into_iter()
                    .filter(|p| !mentioned.contains(p))
                    .collect()
            }
            Kind::Curation => {
                let mut all = Vec::new();
                for role in [Role::Curator, Role::Steward] {
                    for m in communities::with_role(db, e.community_id, role).await? {
                        all.push(m.account_id);
                    }
                }
                all
            }
            Kind::ActionDue => match e.content_id {
                Some(c) => match contents::by_id(db, c.into()).await? {
                    Some(c) => notifications::action_and_owners(db, c.of.id)
                        .await?
                        .map(|(_, owners)| owners)
                        .unwrap_or_default(),
                    None => Vec::new(),
                },
                None => Vec::new(),
            },
            Kind::Decision | Kind::Invitation => e.target_id.into_iter().collect(),
        };
        people.sort_unstable();
        people.dedup();
        people.retain(|p| Some(*p) != e.actor_id);
        let mut u = self.change_system(system).await?;
        let now = self.now();
        let told = knowing(&u.tx, &people, &(&e).into()).await?;
        let chosen = notifications::modes_for(&u.tx, &told, kind.as_str()).await?;
        let rows: Vec<(i32, &str)> = told
            .iter()
            .map(|p| {
                let mode = chosen
                    .get(p)
                    .and_then(|m| MailMode::parse(m))
                    .unwrap_or(kind.default_mode());
                (*p, self.mail_state(mode))
            })
            .collect();
        let state: HashMap<i32, &str> = rows.iter().copied().collect();
        let mut written = notifications::deliver_many(&u.tx, &e, &rows, now).await?;
        written.sort_unstable();
        let mut digests = Vec::new();
        for (p, row) in written {
            match state.get(&p).copied() {
                Some(MAIL_WAITING) => u.job(Job::NotifyMail(row)),
                Some(MAIL_DIGEST) => digests.push(p),
                _ => {}
            }
            u.topic(Topic::Inbox(AccountId(p)));
        }
        jobs::enqueue_many(&u.tx, Job::NOTIFY_DIGEST, &digests, now + DIGEST_EVERY, now).await?;
        self.commit(u).await
    }

    /// The e-mail state a new row starts in for a person's choice.
    fn mail_state(&self, mode: MailMode) -> &'static str {
        match (self.settings.mail.is_some(), mode) {
            (false, _) | (_, MailMode::Never) => MAIL_NONE,
            (true, MailMode::Now) => MAIL_WAITING,
            (true, MailMode::Digest) => MAIL_DIGEST,
        }
    }

    /// The hourly sweep: every open action due within 3 days (in its gathering's time zone)
    /// tells its owners once per due date. The notice is claimed in the same unit of work
    /// that records the event, so running twice, or on two servers, tells once; an action
    /// whose date moved is told again for the new date. Returns how many were told.
    pub async fn remind_due_actions(&self, system: &System) -> Result<usize> {
        let now = self.now();
        let Some(utc) = zoned_today(now, "UTC") else {
            return Ok(0);
        };
        // A day either side of UTC covers every time zone; each action is then held to its own.
        let (Ok(from), Ok(to)) = (
            utc.checked_sub(jiff::Span::new().days(1)),
            utc.checked_add(jiff::Span::new().days(ACTION_DUE_DAYS + 1)),
        ) else {
            return Ok(0);
        };
        let due = notifications::actions_due(self.store.conn(), &from.to_string(), &to.to_string())
            .await?;
        let mut told = 0;
        for a in due {
            let Some(due_on) = a.due_on.as_deref() else {
                continue;
            };
            let mut u = self.change_system(system).await?;
            let g = convene_store::gatherings::by_id(&u.tx, a.gathering_id).await?;
            let today = zoned_today(now, &g.time_zone);
            let days = today.and_then(|t| days_until(t, due_on));
            if !days.is_some_and(|d| (0..=ACTION_DUE_DAYS).contains(&d)) {
                continue;
            }
            let Some(c) = contents::get(&u.tx, ContentRef::new(ContentKind::Action, a.id)).await?
            else {
                continue;
            };
            if !notifications::claim_action_due(&u.tx, a.id, due_on, now).await? {
                continue;
            }
            self.tell(
                &mut u,
                Tell {
                    kind: Kind::ActionDue,
                    community: g.community_id,
                    content: Some(c.id.get()),
                    subject: g.id,
                    target: None,
                    actor: None,
                },
            )
            .await?;
            self.commit(u).await?;
            told += 1;
        }
        Ok(told)
    }

    /// A person's inbox, newest first: only what they may still read.
    pub async fn inbox(&self, account: &Account) -> Result<Vec<InboxItem>> {
        self.inbox_in(account, None).await
    }

    /// [`Self::inbox`] worded for a reader whose browser asks for `browser` (see
    /// [`Lang::choose`]).
    pub async fn inbox_in(
        &self,
        account: &Account,
        browser: Option<Lang>,
    ) -> Result<Vec<InboxItem>> {
        let db = self.store.conn();
        let rows = notifications::inbox(db, account.id, 200).await?;
        let mut out = Vec::new();
        let lang = (account.language.as_deref(), browser);
        for n in rows {
            if let Some(item) = self.describe(db, &n, lang).await? {
                out.push(item);
            }
        }
        Ok(out)
    }

    /// How many unread rows of a person's inbox they may still read (the badge). Streams
    /// that ask at the same moment (a fan-out wakes thousands) are counted together.
    pub async fn unread_count(&self, account: &Account) -> Result<u64> {
        self.badges.count(&self.store, account.id).await
    }

    /// Marks one of one's own rows read, or (`None`) all of them.
    pub async fn mark_read(&self, account: &Account, id: Option<NotificationId>) -> Result<()> {
        let mut u = self.change_as(account).await?;
        if let Some(id) = id {
            let n = notifications::get(&u.tx, id.get()).await?;
            if n.is_none_or(|n| n.account_id != account.id) {
                return Err(AppError::NotFound);
            }
        }
        if notifications::mark_read(&u.tx, account.id, id.map(NotificationId::get), self.now())
            .await?
        {
            u.topic(Topic::Inbox(AccountId(account.id)));
        }
        self.commit(u).await
    }

    /// One's e-mail choice for every kind.
    pub async fn notification_choices(&self, account: &Account) -> Result<Vec<Choice>> {
        let set = notifications::modes(self.store.conn(), account.id).await?;
        Ok(Kind::ALL
            .into_iter()
            .map(|kind| Choice {
                kind,
                mode: set
                    .get(kind.as_str())
                    .and_then(|m| MailMode::parse(m))
                    .unwrap_or(kind.default_mode()),
            })
            .collect())
    }

    /// Changes one's e-mail choices.
    pub async fn set_notification_choices(
        &self,
        account: &Account,
        choices: &[Choice],
    ) -> Result<()> {
        let u = self.change_as(account).await?;
        for c in choices {
            notifications::set_mode(&u.tx, account.id, c.kind.as_str(), c.mode.as_str()).await?;
        }
        self.commit(u).await
    }

    /// The row as its reader sees it, or `None` if they may no longer know of it; worded in
    /// the language `Lang::choose` picks from their setting and browser (`lang`) and the
    /// community's default.
    async fn describe(
        &self,
        db: &impl ConnectionTrait,
        n: &Notification,
        lang: (Option<&str>, Option<Lang>),
    ) -> Result<Option<InboxItem>> {
        if !may_know(db, n.account_id, &n.into()).await? {
            return Ok(None);
        }
        let Some(kind) = Kind::parse(&n.kind) else {
            return Ok(None);
        };
        let community = communities::get(db, n.community_id).await?;
        let tr = Tr(Lang::choose(lang.0, lang.1, community.language.as_deref()));
        let actor = match n.actor_id {
            Some(a) => accounts::get(db, a).await.ok().map(|a| a.display_name),
            None => None,
        }
        .unwrap_or_else(|| tr.t("talk-note-someone"));
        let content = match n.content_id {
            Some(id) => contents::by_id(db, id.into()).await?,
            None => None,
        };
        let slug = &community.slug;
        let (text, link) = match kind {
            Kind::Mention | Kind::Reply => {
                let t = threads::get(db, n.community_id, n.subject_id).await?;
                let anchor = match &content {
                    // The page of replies that holds it.
                    Some(c) if c.of.kind == ContentKind::Reply => format!("?at={0}#r-{0}", c.of.id),
                    _ => "?at=0#opening".to_owned(),
                };
                let key = if kind == Kind::Mention {
                    "talk-note-mention"
                } else {
                    "talk-note-reply"
                };
                (
                    tr.t2(key, "actor", actor, "title", t.title),
                    format!("/c/{slug}/threads/{}{anchor}", t.id),
                )
            }
            Kind::Curation | Kind::Decision => {
                let Some(c) = contributions::by_id(db, n.subject_id).await? else {
                    return Ok(None);
                };
                let text = if kind == Kind::Curation {
                    tr.t1("talk-note-curation", "title", c.title)
                } else {
                    let state = State::parse(&c.state)
                        .map(|s| crate::contribution::sentence(tr, s))
                        .unwrap_or_default();
                    tr.t2("talk-note-decision", "title", c.title, "state", state)
                };
                (text, format!("/c/{slug}/contributions/{}", c.id))
            }
            Kind::Invitation => (
                tr.t1("talk-note-invitation", "community", community.name.as_str()),
                format!("/c/{slug}/g/{}", n.subject_id),
            ),
            Kind::ActionDue => {
                let Some(c) = &content else { return Ok(None) };
                let Some((a, _)) = notifications::action_and_owners(db, c.of.id).await? else {
                    return Ok(None);
                };
                let title = c.body.lines().next().unwrap_or("").trim();
                let due = a
                    .due_on
                    .clone()
                    .unwrap_or_else(|| tr.t("talk-note-no-date"));
                (
                    tr.t2("talk-note-action-due", "title", title, "due", due),
                    format!("/c/{slug}/g/{}/converge", n.subject_id),
                )
            }
        };
        Ok(Some(InboxItem {
            id: NotificationId(n.id),
            kind,
            content_id: n.content_id,
            community: community.name,
            excerpt: content.map(|c| excerpt(&c.body)).unwrap_or_default(),
            text,
            link,
            read: n.read_at.is_some(),
            at: n.created_at,
            lang: tr.lang(),
        }))
    }

    /// The e-mail job for one row: sends it if it still waits and its reader may still read
    /// it (else it is skipped). `Ok(Some(row))`: sent, for the runner to mark with its batch.
    /// `Err` asks the runner to retry: nothing is lost while the mail server is down.
    pub(crate) async fn send_notification_mail(&self, _: &System, row: i32) -> Result<Option<i32>> {
        let db = self.store.conn();
        let Some(n) = notifications::get(db, row).await? else {
            return Ok(None);
        };
        if n.mail != MAIL_WAITING {
            return Ok(None);
        }
        let Some(settings) = &self.settings.mail else {
            notifications::set_mail(db, &[n.id], MAIL_NONE).await?;
            return Ok(None);
        };
        let to = accounts::get(db, n.account_id).await?;
        let Some(item) = self
            .describe(db, &n, (to.language.as_deref(), None))
            .await?
        else {
            notifications::set_mail(db, &[n.id], MAIL_SKIPPED).await?;
            return Ok(None);
        };
        let unsubscribe = self
            .unsubscribe_link(settings, n.account_id, item.kind.as_str())
            .await?;
        let letter = compose_one(settings, &to, &item, &unsubscribe);
        self.mailer
            .send(settings, &letter)
            .await
            .map_err(AppError::Internal)?;
        Ok(Some(n.id))
    }

    /// The digest job for one person: everything waiting for it that they may still read, in
    /// one message grouped by community and kind.
    pub(crate) async fn send_digest(&self, _: &System, account: i32) -> Result<()> {
        let db = self.store.conn();
        let rows = notifications::digest_waiting(db, account).await?;
        if rows.is_empty() {
            return Ok(());
        }
        let Some(settings) = &self.settings.mail else {
            let ids: Vec<i32> = rows.iter().map(|n| n.id).collect();
            return notifications::set_mail(db, &ids, MAIL_NONE)
                .await
                .map_err(Into::into);
        };
        let to = accounts::get(db, account).await?;
        let (mut items, mut gone) = (Vec::new(), Vec::new());
        for n in &rows {
            match self.describe(db, n, (to.language.as_deref(), None)).await? {
                Some(i) => items.push(i),
                None => gone.push(n.id),
            }
        }
        notifications::set_mail(db, &gone, MAIL_SKIPPED).await?;
        if items.is_empty() {
            return Ok(());
        }
        let unsubscribe = self.unsubscribe_link(settings, account, ALL_KINDS).await?;
        let letter = compose_digest(settings, &to, &items, &unsubscribe);
        self.mailer
            .send(settings, &letter)
            .await
            .map_err(AppError::Internal)?;
        let sent: Vec<i32> = items.iter().map(|i| i.id.get()).collect();
        notifications::set_mail(db, &sent, MAIL_SENT).await?;
        Ok(())
    }

    /// Rows whose e-mail waits (at once or for a digest), for /metrics.
    pub async fn mail_backlog(&self) -> Result<u64> {
        Ok(notifications::mail_backlog(self.store.conn()).await?)
    }

    async fn unsubscribe_key(&self) -> Result<Vec<u8>> {
        let key = notifications::server_key(self.store.conn(), "unsubscribe", || {
            hex::encode(rand::random::<[u8; 32]>())
        })
        .await?;
        hex::decode(key).map_err(|e| AppError::Internal(e.to_string()))
    }

    /// The signature of "stop `kind` for `account`": only that account and that kind.
    async fn unsubscribe_signature(&self, account: i32, kind: &str) -> Result<String> {
        let key = ring::hmac::Key::new(ring::hmac::HMAC_SHA256, &self.unsubscribe_key().await?);
        let tag = ring::hmac::sign(&key, unsubscribe_message(account, kind).as_bytes());
        Ok(hex::encode(tag.as_ref()))
    }

    async fn unsubscribe_link(&self, s: &MailSettings, account: i32, kind: &str) -> Result<String> {
        let sig = self.unsubscribe_signature(account, kind).await?;
        Ok(format!(
            "{}/unsubscribe/{account}/{kind}/{sig}",
            s.public_url.trim_end_matches('/')
        ))
    }

    /// The path of the signed link that stops `kind` (or every kind, [`ALL_KINDS`]) for
    /// `account`, as e-mails carry it after the public address (tools and tests).
    pub async fn unsubscribe_path(
        &self,
        _system: &System,
        account: i32,
        kind: &str,
    ) -> Result<String> {
        let sig = self.unsubscribe_signature(account, kind).await?;
        Ok(format!("/unsubscribe/{account}/{kind}/{sig}"))
    }

    /// Checks an unsubscribe link without a session: the signature is the proof, valid for
    /// its account and kind only. `Ok` names what stops, and the language the account chose
    /// (its page is worded in it, there being no session to say).
    pub async fn check_unsubscribe(
        &self,
        account: i32,
        kind: &str,
        sig: &str,
    ) -> Result<Unsubscribing> {
        let kinds = if kind == ALL_KINDS {
            Kind::ALL.to_vec()
        } else {
            vec![Kind::parse(kind).ok_or(AppError::NotFound)?]
        };
        let tag = hex::decode(sig).map_err(|_| AppError::NotFound)?;
        let key = ring::hmac::Key::new(ring::hmac::HMAC_SHA256, &self.unsubscribe_key().await?);
        ring::hmac::verify(&key, unsubscribe_message(account, kind).as_bytes(), &tag)
            .map_err(|_| AppError::NotFound)?;
        let language = accounts::get(self.store.conn(), account).await?.language;
        Ok(Unsubscribing { kinds, language })
    }

    /// One-click unsubscribe: the kind (or every kind) sends no more e-mail to the account.
    pub async fn unsubscribe(&self, account: i32, kind: &str, sig: &str) -> Result<Unsubscribing> {
        let checked = self.check_unsubscribe(account, kind, sig).await?;
        let u = self.change_public().await?;
        for k in &checked.kinds {
            notifications::set_mode(&u.tx, account, k.as_str(), MailMode::Never.as_str()).await?;
        }
        self.commit(u).await?;
        Ok(checked)
    }
}

/// What a signed unsubscribe link stops, and its account's language setting.
#[derive(Debug, Clone)]
pub struct Unsubscribing {
    pub kinds: Vec<Kind>,
    pub language: Option<String>,
}

fn unsubscribe_message(account: i32, kind: &str) -> String {
    format!("convene-unsubscribe\0{account}\0{kind}")
}

/// Kinds by name, for settings forms and the API.
pub fn kinds_by_name() -> HashMap<&'static str, Kind> {
    Kind::ALL.into_iter().map(|k| (k.as_str(), k)).collect()
}
