//! Flags, the moderation queue, decisions, appeals and the moderation log, on any content.
//! A flag weighs by role and accuracy; at the community's threshold the content hides and its
//! author is told on the content. Stewards and curators claim a case before deciding it (a
//! claim lasts 30 minutes); the author may appeal a decision within the community's window, to
//! a steward who neither decided nor flagged it (the database holds the same rule), and may
//! appeal an automatic hide before anyone decides, to the same kind of steward. An upheld
//! decision may also warn the author or suspend them until a date: a suspended member's writes
//! are refused in `App::change` until then (appealing excepted). The author's edit of content
//! that flags hid puts the case back for review after the community's cool-down. Every
//! vertical action goes to the moderation log and to the audit log.

use crate::content::{readable, reader};
use crate::governance::{DiffLine, diff, when};
use crate::{Allowed, App, AppError, Ctx, Message, Result, can};
use convene_domain::Role;
use convene_domain::audit::{Subject, SubjectKind};
use convene_domain::content::ContentState;
use convene_domain::ids::{AccountId, CaseId, CommunityId, ContentId};
use convene_domain::moderation::{
    AppealOutcome, CLAIM_SECONDS, FlagReason, Outcome, Part, Policy, Sanction, Sentence, Weight,
    flag_weight, hides, pseudonym,
};
use convene_store::contents::{self, Content};
use convene_store::moderation::{
    self as store, Appeal, Case, Entry, NewAppeal, NewEntry, NewFlag, NewHideAppeal, SanctionRow,
};
use convene_store::store_db::ConnectionTrait;
use convene_store::{StoreError, accounts};
use std::collections::HashMap;

/// What a flag did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Flagged {
    pub case_id: CaseId,
    pub hidden: bool,
}

/// A case as the queue shows it.
#[derive(Debug, Clone)]
pub struct QueueCase {
    pub case: Case,
    pub content: Content,
    /// Each flag's reason, note, weight and flagger's name (moderators see who flagged).
    pub flags: Vec<(FlagReason, String, Weight, String)>,
    pub threshold: Weight,
    /// Who holds a live claim, by name, and until when.
    pub claimed: Option<(AccountId, String, i64)>,
    pub appeal: Option<Appeal>,
    /// The author edited the hidden content: when, and the text as flagged against now.
    pub review: Option<CaseEdit>,
}

/// The author's edit of hidden content as moderators see it.
#[derive(Debug, Clone)]
pub struct CaseEdit {
    pub at: i64,
    /// The case can be claimed again from here (the community's cool-down).
    pub review_from: i64,
    /// The text when the flags hid it against the text now, line by line.
    pub diff: Vec<DiffLine>,
}

/// What a refused write tells a suspended member.
pub fn suspension_message(until: i64, reason: &str) -> Message {
    Message::t("error-suspended")
        .moment("until", until)
        .text("reason", reason)
}

/// The moderation queue: open cases by weight and age, and appeals waiting.
#[derive(Debug, Clone)]
pub struct Queue {
    pub open: Vec<QueueCase>,
    pub appeals: Vec<QueueCase>,
    /// Per decider: name, decisions, reversed on appeal.
    pub reversals: Vec<(String, i64, i64)>,
    pub policy: Policy,
}

/// What the author and the moderators read on hidden content.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Notice {
    pub case_id: CaseId,
    pub reason: String,
    /// The decision, its reason and who took it (as the reader may see them).
    pub decision: Option<(Outcome, String, String)>,
    /// The author may appeal until this time.
    pub appeal_until: Option<i64>,
    pub appeal: Option<Appeal>,
    pub may_appeal: bool,
    /// The warning or suspension given with the decision.
    pub sanction: Option<SanctionRow>,
    /// The author edited it: the case is reviewed again from this time.
    pub review_from: Option<i64>,
}

/// A piece of content as one reader may see it, with what they may do about it.
#[derive(Debug, Clone)]
pub struct ContentItem {
    pub content: Content,
    pub notice: Option<Notice>,
    /// The reader flagged it.
    pub flagged: bool,
    /// The reader may flag it (not the author, not twice).
    pub may_flag: bool,
}

/// One line of the moderation log as a member reads it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LogLine {
    pub at: i64,
    pub action: String,
    pub content_id: ContentId,
    pub reason: String,
    pub by: String,
}

/// Who acted, as the reader may see it: stewards (and everyone, if the community chose full
/// names) see names; others see the role and a pseudonym stable per person.
struct Names {
    letters: HashMap<AccountId, usize>,
    names: HashMap<i32, String>,
    named: bool,
}

impl Names {
    async fn of(
        db: &impl ConnectionTrait,
        community: CommunityId,
        viewer_steward: bool,
    ) -> Result<(Self, Vec<Entry>)> {
        let entries = store::entries(db, community).await?;
        let policy = store::policy(db, community).await?;
        let mut letters = HashMap::new();
        for e in &entries {
            if let (Some(a), Some(_)) = (e.actor, e.role) {
                let n = letters.len();
                letters.entry(a).or_insert(n);
            }
        }
        let named = viewer_steward || policy.full_names;
        let ids: Vec<i32> = letters.keys().map(|a| a.get()).collect();
        let names = if named {
            accounts::names(db, &ids).await?
        } else {
            HashMap::new()
        };
        Ok((
            Names {
                letters,
                names,
                named,
            },
            entries,
        ))
    }

    fn by(&self, actor: Option<AccountId>, role: Option<Role>) -> String {
        match (actor, role) {
            (None, _) => "Flags from members".into(),
            (Some(_), None) => "The author".into(),
            (Some(a), Some(r)) => {
                let pseudo = pseudonym(r, self.letters.get(&a).copied().unwrap_or(0));
                match self.names.get(&a.get()) {
                    Some(n) if self.named => format!("{n} ({})", r.label()),
                    _ => pseudo,
                }
            }
        }
    }
}

/// The role a moderator acts in: steward if they are one, else curator.
fn acting_role(roles: convene_domain::RoleSet) -> Role {
    if roles.contains(Role::Steward) {
        Role::Steward
    } else {
        Role::Curator
    }
}

fn content_subject(c: ContentId) -> Subject {
    Subject::new(SubjectKind::Content, c.get())
}

fn is_steward(ctx: &Ctx) -> bool {
    ctx.member.roles.contains(Role::Steward)
}

impl App {
    /// Flags a piece of content the caller may read. Its weight (role + accuracy) adds to the
    /// open case; at the community's threshold the content hides.
    pub async fn flag(
        &self,
        ctx: &Allowed<can::Flag>,
        content: ContentId,
        reason: FlagReason,
        note: &str,
    ) -> Result<Flagged> {
        let mut u = self.change(ctx).await?;
        let community = CommunityId(ctx.community.id);
        let c = contents::by_id(&u.tx, content)
            .await?
            .filter(|c| c.community == community && readable(&reader(ctx), c))
            .ok_or(AppError::NotFound)?;
        let me = ctx.member.account_id;
        if c.author == Some(me) {
            return Err(Message::t("error-flag-own").conflict());
        }
        let note = note.trim();
        if note.chars().count() > 500 {
            return Err(Message::t("error-at-most-chars")
                .text("max", 500)
                .field("note"));
        }
        if reason == FlagReason::Other && note.is_empty() {
            return Err(Message::t("error-note-say-what").field("note"));
        }
        let now = self.now();
        let policy = store::policy(&u.tx, community).await?;
        let case = store::open_case(&u.tx, community, content, c.author, now).await?;
        let (upheld, decided) = store::accuracy(&u.tx, community, me).await?;
        let weight = flag_weight(u.roles(), upheld, decided, &policy);
        let total = store::add_flag(
            &u.tx,
            NewFlag {
                community,
                case: case.id,
                content,
                account: me,
                reason,
                note,
                weight,
                now,
            },
        )
        .await
        .map_err(|e| match e {
            StoreError::Duplicate(_) => Message::t("error-flagged-already").conflict(),
            e => e.into(),
        })?;
        let hide = hides(total, &policy) && c.state == ContentState::Visible;
        if hide {
            let mut reasons: Vec<&str> = Vec::new();
            for f in store::flags(&u.tx, case.id).await? {
                if !reasons.contains(&f.reason.label()) {
                    reasons.push(f.reason.label());
                }
            }
            let why = format!(
                "Hidden because flags from members ({}) reached the community's threshold; a \
                 steward or curator will review it.",
                reasons.join(", ")
            );
            contents::set_state(
                &u.tx,
                c.of,
                &ContentState::Hidden {
                    reason: why.clone(),
                },
            )
            .await?;
            store::mark_hidden(&u.tx, case.id, now).await?;
            store::log(
                &u.tx,
                NewEntry {
                    community,
                    at: now,
                    action: "hidden",
                    content,
                    case: Some(case.id),
                    actor: None,
                    role: None,
                    reason: &why,
                },
            )
            .await?;
            u.audit_in(
                Some(community),
                None,
                "moderation.hide",
                content_subject(content),
                &format!("case {} weight {total}/{}", case.id, policy.threshold),
                &why,
            );
        }
        let hidden = hide || matches!(c.state, ContentState::Hidden { .. });
        self.commit(u).await?;
        Ok(Flagged {
            case_id: case.id,
            hidden,
        })
    }

    /// The queue: open cases heaviest and oldest first, appeals waiting, and each decider's
    /// reversal rate.
    pub async fn moderation_queue(&self, ctx: &Allowed<can::Moderate>) -> Result<Queue> {
        let db = self.store.conn();
        let community = CommunityId(ctx.community.id);
        let policy = store::policy(db, community).await?;
        let now = self.now();
        let mut open = Vec::new();
        for case in store::queue(db, community).await? {
            open.push(self.queue_case(db, case, &policy, now).await?);
        }
        let mut appeals = Vec::new();
        for a in store::appealed(db, community).await? {
            let case = store::case(db, community, a.case).await?;
            appeals.push(self.queue_case(db, case, &policy, now).await?);
        }
        let raw = store::reversals(db, community).await?;
        let ids: Vec<i32> = raw.iter().map(|(a, _, _)| a.get()).collect();
        let names = accounts::names(db, &ids).await?;
        let reversals = raw
            .into_iter()
            .map(|(a, n, r)| {
                let name = names.get(&a.get()).cloned().unwrap_or_default();
                (name, n, r)
            })
            .collect();
        Ok(Queue {
            open,
            appeals,
            reversals,
            policy,
        })
    }

    async fn queue_case(
        &self,
        db: &impl ConnectionTrait,
        case: Case,
        policy: &Policy,
        now: i64,
    ) -> Result<QueueCase> {
        let content = contents::by_id(db, case.content)
            .await?
            .ok_or(AppError::NotFound)?;
        let flags = store::flags(db, case.id).await?;
        let mut ids: Vec<i32> = flags.iter().map(|f| f.account.get()).collect();
        ids.extend(case.claimed_by.map(AccountId::get));
        let names = accounts::names(db, &ids).await?;
        let name = |a: AccountId| names.get(&a.get()).cloned().unwrap_or_default();
        let claimed = match (case.claimed_by, case.claimed_until) {
            (Some(a), Some(until)) if until > now && case.open => Some((a, name(a), until)),
            _ => None,
        };
        let reviews = store::reviews(db, case.id).await?;
        let review = match (reviews.first(), reviews.last()) {
            (Some(first), Some(last)) => {
                let before = contents::revisions(db, content.of)
                    .await?
                    .into_iter()
                    .find(|r| r.version == first.from_version)
                    .map(|r| r.body)
                    .unwrap_or_default();
                Some(CaseEdit {
                    at: last.at,
                    review_from: last.review_from,
                    diff: diff(&before, &content.body),
                })
            }
            _ => None,
        };
        Ok(QueueCase {
            review,
            flags: flags
                .iter()
                .map(|f| (f.reason, f.note.clone(), f.weight, name(f.account)))
                .collect(),
            appeal: store::appeal_of(db, case.id).await?,
            claimed,
            content,
            case,
            threshold: policy.threshold,
        })
    }

    /// Claims a case for 30 minutes, so two never decide the same case.
    pub async fn claim_case(&self, ctx: &Allowed<can::Moderate>, case: CaseId) -> Result<()> {
        let u = self.change(ctx).await?;
        let community = CommunityId(ctx.community.id);
        let c = store::case(&u.tx, community, case).await?;
        if !c.open {
            return Err(Message::t("error-case-decided").conflict());
        }
        let me = ctx.member.account_id;
        if let Some(p) = store::part_of(&u.tx, case, me).await? {
            return Err(Message::t(match p {
                Part::Author => "error-case-author",
                _ => "error-case-flagger",
            })
            .refused());
        }
        let now = self.now();
        self.decidable(&u.tx, &c, now).await?;
        if !store::claim(&u.tx, case, me, now, CLAIM_SECONDS).await? {
            return Err(Message::t("error-case-claimed").conflict());
        }
        self.commit(u).await
    }

    /// Decides a case the caller holds a live claim on, with a reason of at least a sentence:
    /// uphold keeps (or makes) the content hidden, dismiss shows it again.
    pub async fn decide_case(
        &self,
        ctx: &Allowed<can::Moderate>,
        case: CaseId,
        outcome: Outcome,
        sanction: Option<Sanction>,
        reason: &Sentence,
    ) -> Result<()> {
        let mut u = self.change(ctx).await?;
        let community = CommunityId(ctx.community.id);
        let c = store::case(&u.tx, community, case).await?;
        let me = ctx.member.account_id;
        let now = self.now();
        if !c.open {
            return Err(Message::t("error-case-decided").conflict());
        }
        self.decidable(&u.tx, &c, now).await?;
        let mine = c.claimed_by == Some(me) && c.claimed_until.is_some_and(|t| t > now);
        if !mine {
            return Err(Message::t("error-case-claim-first").conflict());
        }
        let decided = store::decide(&u.tx, case, me, outcome, reason.as_str(), now)
            .await
            .map_err(|e| match e {
                StoreError::Duplicate(_) => Message::t("error-case-part").refused(),
                e => e.into(),
            })?;
        if !decided {
            return Err(Message::t("error-case-decided-meanwhile").conflict());
        }
        let content = contents::by_id(&u.tx, c.content)
            .await?
            .ok_or(AppError::NotFound)?;
        let state = match outcome {
            Outcome::Uphold => ContentState::Hidden {
                reason: reason.as_str().to_owned(),
            },
            Outcome::Dismiss => ContentState::Visible,
        };
        if content.state != ContentState::Removed {
            contents::set_state(&u.tx, content.of, &state).await?;
        }
        let action = match outcome {
            Outcome::Uphold => "upheld",
            Outcome::Dismiss => "dismissed",
        };
        let role = acting_role(u.roles());
        self.log_and_audit(&mut u, community, &c, action, Some(role), reason)
            .await?;
        if let Some(sanction) = sanction {
            let author = content
                .author
                .ok_or_else(|| Message::t("error-no-author-to-sanction").field("action"))?;
            store::add_sanction(
                &u.tx,
                community,
                case,
                author,
                sanction,
                reason.as_str(),
                now,
            )
            .await?;
            let (action, audit, what) = match sanction {
                Sanction::Warn => ("warned", "moderation.warn", "Warned".to_owned()),
                Sanction::Suspend { until } => (
                    "suspended",
                    "moderation.suspend",
                    format!("Suspended until {}", when(until)),
                ),
            };
            let line = format!("{what}: {}", reason.as_str());
            store::log(
                &u.tx,
                NewEntry {
                    community,
                    at: now,
                    action,
                    content: c.content,
                    case: Some(c.id),
                    actor: Some(me),
                    role: Some(role),
                    reason: &line,
                },
            )
            .await?;
            let detail = match sanction {
                Sanction::Warn => format!("case {}", c.id),
                Sanction::Suspend { until } => format!("case {} until {until}", c.id),
            };
            u.audit(
                audit,
                Subject::new(SubjectKind::Account, author.get()),
                &detail,
                reason.as_str(),
            );
        }
        self.commit(u).await
    }

    /// Whether a moderator may take up an open case now: not while the author's appeal of the
    /// automatic hide waits for a steward, nor during the cool-down after the author's edit.
    async fn decidable(&self, db: &impl ConnectionTrait, c: &Case, now: i64) -> Result<()> {
        if store::appeal_of(db, c.id)
            .await?
            .is_some_and(|a| a.of_hide && a.decided_by.is_none())
        {
            return Err(Message::t("error-case-hide-appealed").conflict());
        }
        if let Some(r) = store::reviews(db, c.id).await?.last()
            && r.review_from > now
        {
            return Err(Message::t("error-case-cool-down")
                .moment("edited", r.at)
                .moment("from", r.review_from)
                .conflict());
        }
        Ok(())
    }

    async fn log_and_audit(
        &self,
        u: &mut crate::unit::Unit,
        community: CommunityId,
        c: &Case,
        action: &'static str,
        role: Option<Role>,
        reason: &Sentence,
    ) -> Result<()> {
        let me = u.actor();
        store::log(
            &u.tx,
            NewEntry {
                community,
                at: self.now(),
                action,
                content: c.content,
                case: Some(c.id),
                actor: me,
                role,
                reason: reason.as_str(),
            },
        )
        .await?;
        let audit_action = match action {
            "upheld" => "moderation.uphold",
            "dismissed" => "moderation.dismiss",
            "appealed" => "moderation.appeal",
            "appeal_upheld" => "moderation.appeal_upheld",
            _ => "moderation.appeal_reversed",
        };
        u.audit(
            audit_action,
            content_subject(c.content),
            &format!("case {}", c.id),
            reason.as_str(),
        );
        Ok(())
    }

    /// The author appeals, with a statement, within the community's window (14 days by
    /// default): an upheld decision (from when it was taken), or an automatic hide before
    /// anyone decided (from when the flags hid it). A suspended author may still appeal.
    pub async fn appeal(
        &self,
        ctx: &Allowed<can::TakePart>,
        case: CaseId,
        statement: &Sentence,
    ) -> Result<()> {
        let mut u = self.change_while_suspended(ctx).await?;
        let community = CommunityId(ctx.community.id);
        let c = store::case(&u.tx, community, case).await?;
        let content = contents::by_id(&u.tx, c.content)
            .await?
            .ok_or(AppError::NotFound)?;
        let me = ctx.member.account_id;
        if content.author != Some(me) {
            return Err(Message::t("error-appeal-not-author").refused());
        }
        let policy = store::policy(&u.tx, community).await?;
        let now = self.now();
        let hidden_now = matches!(content.state, ContentState::Hidden { .. });
        let (since, of_hide) = match (c.decided_by, c.decided_at, c.outcome, c.hidden_at) {
            (Some(_), Some(at), Some(Outcome::Uphold), _) => (at, false),
            (None, None, None, Some(at)) if c.open && hidden_now => (at, true),
            _ if store::appeal_of(&u.tx, case).await?.is_some() => {
                return Err(Message::t("error-appealed-already").conflict());
            }
            _ => {
                return Err(Message::t("error-appeal-nothing").conflict());
            }
        };
        if now > since + policy.appeal_days * 86_400 {
            return Err(Message::t("error-appeal-too-late")
                .number("days", policy.appeal_days)
                .conflict());
        }
        let filed = if of_hide {
            store::add_hide_appeal(
                &u.tx,
                NewHideAppeal {
                    community,
                    case,
                    appellant: me,
                    statement: statement.as_str(),
                    now,
                },
            )
            .await
        } else {
            let decider = c.decided_by.ok_or(AppError::NotFound)?;
            store::add_appeal(
                &u.tx,
                NewAppeal {
                    community,
                    case,
                    decider,
                    appellant: me,
                    statement: statement.as_str(),
                    now,
                },
            )
            .await
        };
        filed.map_err(|e| match e {
            StoreError::Duplicate(_) => Message::t("error-appealed-already").conflict(),
            e => e.into(),
        })?;
        self.log_and_audit(&mut u, community, &c, "appealed", None, statement)
            .await?;
        self.commit(u).await
    }

    /// A steward who neither wrote, flagged nor decided the case hears its appeal: upheld
    /// leaves the decision (or the automatic hide, which the answer decides), reversed undoes
    /// it: the content is shown again and a warning or suspension is lifted.
    pub async fn hear_appeal(
        &self,
        ctx: &Allowed<can::HearAppeal>,
        case: CaseId,
        outcome: AppealOutcome,
        reason: &Sentence,
    ) -> Result<()> {
        let mut u = self.change(ctx).await?;
        let community = CommunityId(ctx.community.id);
        let c = store::case(&u.tx, community, case).await?;
        let a = store::appeal_of(&u.tx, case)
            .await?
            .ok_or(AppError::NotFound)?;
        let me = ctx.member.account_id;
        match store::part_of(&u.tx, case, me).await? {
            Some(p) if a.decided_by != Some(me) => {
                return Err(Message::t(match p {
                    Part::Author => "error-hearer-author",
                    Part::Flagger => "error-hearer-flagger",
                    Part::Decider => "error-hearer-decider",
                    Part::Hearer => "error-hearer-heard",
                })
                .refused());
            }
            _ => {}
        }
        if a.decided_by.is_some() {
            return Err(Message::t("error-appeal-decided").conflict());
        }
        let now = self.now();
        let heard = if a.of_hide {
            store::hear_hide(&u.tx, case, me, outcome, reason.as_str(), now).await
        } else {
            store::hear(&u.tx, case, me, outcome, reason.as_str(), now).await
        };
        let heard = heard.map_err(|e| match e {
            StoreError::Duplicate(_) => Message::t("error-appeal-part").refused(),
            e => e.into(),
        })?;
        if !heard {
            return Err(Message::t("error-appeal-decided-meanwhile").conflict());
        }
        if outcome == AppealOutcome::Reversed {
            if !a.of_hide {
                store::overturn(&u.tx, case).await?;
                store::lift_sanction(&u.tx, case, now).await?;
            }
            let content = contents::by_id(&u.tx, c.content)
                .await?
                .ok_or(AppError::NotFound)?;
            if content.state != ContentState::Removed {
                contents::set_state(&u.tx, content.of, &ContentState::Visible).await?;
            }
        }
        let action = match outcome {
            AppealOutcome::Upheld => "appeal_upheld",
            AppealOutcome::Reversed => "appeal_reversed",
        };
        self.log_and_audit(&mut u, community, &c, action, Some(Role::Steward), reason)
            .await?;
        self.commit(u).await
    }

    /// The moderation log, newest first: stewards see names, members the role and a stable
    /// pseudonym (unless the community chose full names).
    pub async fn moderation_log(
        &self,
        ctx: &Allowed<can::ViewModerationLog>,
    ) -> Result<Vec<LogLine>> {
        let db = self.store.conn();
        let (names, entries) =
            Names::of(db, CommunityId(ctx.community.id), is_steward(ctx)).await?;
        Ok(entries
            .into_iter()
            .rev()
            .map(|e| LogLine {
                at: e.at,
                by: names.by(e.actor, e.role),
                action: e.action,
                content_id: e.content,
                reason: e.reason,
            })
            .collect())
    }

    /// A piece of content by its id, if the caller may read it, with the notice its author
    /// and the moderators read when it is hidden.
    pub async fn content_item(
        &self,
        ctx: &Allowed<can::ViewCommunity>,
        id: ContentId,
    ) -> Result<ContentItem> {
        let db = self.store.conn();
        let c = contents::by_id(db, id)
            .await?
            .filter(|c| c.community.get() == ctx.community.id && readable(&reader(ctx), c))
            .ok_or(AppError::NotFound)?;
        let notice = self.notice(ctx, &c).await?;
        let flagged = store::flagged_by(db, id, ctx.member.account_id).await?;
        let may_flag = ctx.may(convene_domain::Permission::Flag)
            && !flagged
            && c.author != Some(ctx.member.account_id);
        Ok(ContentItem {
            content: c,
            notice,
            flagged,
            may_flag,
        })
    }

    /// What the author and moderators read on hidden content (and the author after a
    /// decision they may still appeal): why, what was decided, and until when to appeal.
    async fn notice(&self, ctx: &Ctx, c: &Content) -> Result<Option<Notice>> {
        let db = self.store.conn();
        let Some(case) = store::latest_case_of(db, c.id).await? else {
            return Ok(None);
        };
        let ContentState::Hidden { reason } = &c.state else {
            return Ok(None);
        };
        let (names, entries) = Names::of(db, c.community, is_steward(ctx)).await?;
        let appeal = store::appeal_of(db, case.id).await?;
        // An automatic hide's appeal, once heard, is the case's decision: by its hearer.
        let decider = case
            .decided_by
            .or_else(|| appeal.as_ref().filter(|a| a.of_hide)?.decided_by);
        let decision = case.outcome.map(|o| {
            let role = entries
                .iter()
                .rev()
                .find(|e| e.case == Some(case.id) && e.actor == decider && e.role.is_some())
                .and_then(|e| e.role);
            (o, case.reason.clone(), names.by(decider, role))
        });
        let policy = store::policy(db, c.community).await?;
        let author = c.author == Some(ctx.member.account_id);
        // A decision is appealable from when it was taken; an automatic hide from when the
        // flags hid it, until someone decides.
        let since = match (case.decided_by, case.outcome) {
            (Some(_), Some(Outcome::Uphold)) => case.decided_at,
            (None, None) if case.open => case.hidden_at,
            _ => None,
        };
        let appeal_until = since.map(|t| t + policy.appeal_days * 86_400);
        let may_appeal =
            author && appeal.is_none() && appeal_until.is_some_and(|t| self.now() <= t);
        let review_from = if case.open {
            store::reviews(db, case.id)
                .await?
                .last()
                .map(|r| r.review_from)
        } else {
            None
        };
        Ok(Some(Notice {
            case_id: case.id,
            reason: reason.clone(),
            decision,
            appeal_until,
            appeal,
            may_appeal,
            sanction: store::sanction_of_case(db, case.id).await?,
            review_from,
        }))
    }
}
