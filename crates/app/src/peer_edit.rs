//! Peer editing through the content layer, so one implementation serves every kind that is
//! edited as text (a session's description, a report, a thread's opening post, a design's
//! file): a member suggests a new text on top of the version they read; the content's author
//! or a curator accepts it (it becomes the next revision, credited to the suggester) or
//! declines it with a reason. The history lists every revision with its diff, and the author or
//! a curator may revert to any revision (a new revision, audited). A suggestion is readable by
//! exactly those who may read its content.

use crate::Message;
use crate::content::{readable, reader};
use crate::governance::{DiffLine, diff};
use crate::{Allowed, App, AppError, Ctx, Result, can};
use convene_domain::Permission;
use convene_domain::audit::{Subject, SubjectKind};
use convene_domain::content::{ContentKind, Saved};
use convene_domain::ids::{AccountId, CommunityId, ContentId};
use convene_domain::moderation::Sentence;
use convene_domain::text::{PostBody, ReportBody, SessionDescription, TextError};
use convene_practice::Document;
use convene_store::contents::{self, Content, Save};
use convene_store::store_db::ConnectionTrait;
use convene_store::suggestions::{self as store, NewSuggestion, State, Suggestion};
use convene_store::{accounts, threads};
use std::collections::HashMap;

/// At most this many pending suggestions per person and content (nothing floods a text).
pub const PENDING_PER_PERSON: usize = 3;

/// A suggestion as its readers see it: who wrote it, and what it changes.
#[derive(Debug, Clone)]
pub struct SuggestionView {
    pub suggestion: Suggestion,
    pub author_name: String,
    pub decided_by_name: Option<String>,
    /// From the version it was written on to the suggested text.
    pub diff: Vec<DiffLine>,
}

/// One revision with what it changed from the one before.
#[derive(Debug, Clone)]
pub struct RevisionView {
    pub version: i32,
    pub at: i64,
    pub author_name: String,
    pub body: String,
    pub diff: Vec<DiffLine>,
}

/// A piece of content's edits: its suggestions and its revisions, with what the reader may do.
#[derive(Debug, Clone)]
pub struct Edits {
    pub content: Content,
    pub suggestions: Vec<SuggestionView>,
    pub revisions: Vec<RevisionView>,
    /// The reader may suggest an edit (a member who is not its author).
    pub may_suggest: bool,
    /// The reader may accept, decline and revert (its author, or a curator).
    pub may_decide: bool,
}

/// The kinds edited by suggestion: their text checked as their own editor checks it.
fn checked(kind: ContentKind, current: &str, text: &str) -> Result<String> {
    let body = match kind {
        ContentKind::Session => SessionDescription::parse(text)?.as_str().to_owned(),
        ContentKind::Report => ReportBody::parse(text)?.as_str().to_owned(),
        ContentKind::Thread => PostBody::parse(text)?.as_str().to_owned(),
        ContentKind::Design => {
            let bad = |e: convene_practice::ReadError| AppError::field("body", e.to_string());
            let new = convene_practice::Design::from_markdown(text).map_err(bad)?;
            let old = convene_practice::Design::from_markdown(current).map_err(bad)?;
            if new.slug != old.slug {
                return Err(Message::t("error-design-keeps-slug").field("body"));
            }
            new.to_markdown()
                .map_err(|e| AppError::Internal(e.to_string()))?
        }
        _ => {
            return Err(Message::t("error-suggest-kind").refused());
        }
    };
    if body.chars().count() > 60_000 {
        return Err(TextError::TooLong {
            field: "body",
            max: 60_000,
        }
        .into());
    }
    Ok(body)
}

fn subject(c: ContentId) -> Subject {
    Subject::new(SubjectKind::Content, c.get())
}

/// The content, when the caller may read it in this community.
async fn readable_content(db: &impl ConnectionTrait, ctx: &Ctx, id: ContentId) -> Result<Content> {
    let c = contents::by_id(db, id)
        .await?
        .filter(|c| c.community == CommunityId(ctx.community.id) && readable(&reader(ctx), c))
        .ok_or(AppError::NotFound)?;
    if c.of.kind == ContentKind::Thread
        && threads::get(db, ctx.community.id, c.of.id)
            .await?
            .deleted_at
            .is_some()
    {
        return Err(AppError::NotFound);
    }
    Ok(c)
}

fn is_author(ctx: &Ctx, c: &Content) -> bool {
    c.author == Some(ctx.member.account_id)
}

/// The author, or a curator (checked on the roles in force inside the transaction).
fn may_decide(author: bool, roles_allow: bool) -> Result<()> {
    if author || roles_allow {
        Ok(())
    } else {
        Err(Message::t("error-suggest-decider").refused())
    }
}

impl App {
    /// A member suggests a new text for content someone else wrote, on top of `base`, the
    /// version they read.
    pub async fn suggest_edit(
        &self,
        ctx: &Allowed<can::SuggestEdit>,
        content: ContentId,
        base: i32,
        body: &str,
        note: &str,
    ) -> Result<Suggestion> {
        let u = self.change(ctx).await?;
        let c = readable_content(&u.tx, ctx, content).await?;
        if is_author(ctx, &c) {
            return Err(Message::t("error-suggest-own").conflict());
        }
        let body = checked(c.of.kind, &c.body, body)?;
        let note = note.trim();
        if note.chars().count() > 500 {
            return Err(Message::t("error-at-most-chars")
                .text("max", 500)
                .field("note"));
        }
        if base != c.version {
            return Err(Message::t("error-suggest-version")
                .number("version", c.version)
                .number("base", base)
                .conflict());
        }
        if body == c.body {
            return Err(Message::t("error-suggestion-no-change").field("body"));
        }
        let me = ctx.member.account_id;
        let mine = store::of_content(&u.tx, content)
            .await?
            .into_iter()
            .filter(|s| s.state == State::Pending && s.author == Some(me))
            .count();
        if mine >= PENDING_PER_PERSON {
            return Err(Message::t("error-suggest-pending")
                .number("count", PENDING_PER_PERSON as i64)
                .conflict());
        }
        let s = store::create(
            &u.tx,
            NewSuggestion {
                community: CommunityId(ctx.community.id),
                content,
                author: me,
                base_version: base,
                body: &body,
                note,
                now: self.now(),
            },
        )
        .await?;
        self.commit(u).await?;
        Ok(s)
    }

    /// The content's suggestions and revisions as the caller may see them.
    pub async fn edits(&self, ctx: &Allowed<can::TakePart>, content: ContentId) -> Result<Edits> {
        let db = self.store.conn();
        let c = readable_content(db, ctx, content).await?;
        let suggestions = store::of_content(db, content).await?;
        let revisions = contents::revisions(db, c.of).await?;
        let mut ids: Vec<i32> = suggestions
            .iter()
            .flat_map(|s| [s.author, s.decided_by])
            .chain(revisions.iter().map(|r| r.author))
            .flatten()
            .map(AccountId::get)
            .collect();
        ids.sort_unstable();
        ids.dedup();
        let names = accounts::names(db, &ids).await?;
        let name = |a: Option<AccountId>| {
            a.and_then(|a| names.get(&a.get()).cloned())
                .unwrap_or_else(|| "A former member".into())
        };
        let by_version: HashMap<i32, &str> = revisions
            .iter()
            .map(|r| (r.version, r.body.as_str()))
            .collect();
        let suggestions = suggestions
            .into_iter()
            .map(|s| SuggestionView {
                author_name: name(s.author),
                decided_by_name: s.decided_by.map(|a| name(Some(a))),
                diff: diff(
                    by_version.get(&s.base_version).copied().unwrap_or(""),
                    &s.body,
                ),
                suggestion: s,
            })
            .collect();
        let revisions = revisions
            .iter()
            .map(|r| RevisionView {
                version: r.version,
                at: r.at,
                author_name: name(r.author),
                body: r.body.clone(),
                diff: diff(
                    by_version.get(&(r.version - 1)).copied().unwrap_or(""),
                    &r.body,
                ),
            })
            .collect();
        let author = is_author(ctx, &c);
        Ok(Edits {
            may_suggest: !author && ctx.usable.allows(Permission::SuggestEdit),
            may_decide: author || ctx.usable.allows(Permission::ReviewEdits),
            content: c,
            suggestions,
            revisions,
        })
    }

    /// The author or a curator accepts a pending suggestion: its text becomes the next
    /// revision (credited to the suggester). Refused when the text changed since the
    /// suggestion was written, so no edit in between is lost.
    pub async fn accept_suggestion(
        &self,
        ctx: &Allowed<can::TakePart>,
        content: ContentId,
        id: i32,
    ) -> Result<i32> {
        let mut u = self.change(ctx).await?;
        let c = readable_content(&u.tx, ctx, content).await?;
        may_decide(is_author(ctx, &c), u.may(Permission::ReviewEdits))?;
        let s = store::get(&u.tx, CommunityId(ctx.community.id), id).await?;
        if s.content != content {
            return Err(AppError::NotFound);
        }
        if s.state != State::Pending {
            return Err(Message::t("error-suggestion-decided").conflict());
        }
        let suggester = s
            .author
            .ok_or_else(|| Message::t("error-suggestion-author-left").conflict())?;
        let saved = contents::save(
            &u.tx,
            Save {
                community: c.community,
                of: c.of,
                body: &s.body,
                base: s.base_version,
                author: suggester,
                now: self.now(),
            },
        )
        .await?;
        let version = match saved {
            Saved::Written(v) => v,
            Saved::Stale { version, .. } => {
                return Err(Message::t("error-suggestion-stale")
                    .number("version", version)
                    .number("base", s.base_version)
                    .conflict());
            }
        };
        let me = ctx.member.account_id;
        if !store::decide(
            &u.tx,
            id,
            State::Accepted,
            me,
            "",
            Some(version),
            self.now(),
        )
        .await?
        {
            return Err(Message::t("error-suggestion-decided-meanwhile").conflict());
        }
        u.audit(
            "content.suggestion.accept",
            subject(content),
            &format!("suggestion {id} became version {version}"),
            "",
        );
        self.commit(u).await?;
        Ok(version)
    }

    /// The author or a curator declines a pending suggestion, with a reason its author reads;
    /// the suggester may also withdraw their own.
    pub async fn decline_suggestion(
        &self,
        ctx: &Allowed<can::TakePart>,
        content: ContentId,
        id: i32,
        reason: &str,
    ) -> Result<()> {
        let mut u = self.change(ctx).await?;
        let c = readable_content(&u.tx, ctx, content).await?;
        let s = store::get(&u.tx, CommunityId(ctx.community.id), id).await?;
        if s.content != content {
            return Err(AppError::NotFound);
        }
        let me = ctx.member.account_id;
        let (state, reason) = if s.author == Some(me) && !is_author(ctx, &c) {
            (State::Withdrawn, reason.trim().to_owned())
        } else {
            may_decide(is_author(ctx, &c), u.may(Permission::ReviewEdits))?;
            let r = Sentence::parse("reason", reason)?;
            (State::Declined, r.as_str().to_owned())
        };
        if !store::decide(&u.tx, id, state, me, &reason, None, self.now()).await? {
            return Err(Message::t("error-suggestion-decided").conflict());
        }
        if state == State::Declined {
            u.audit(
                "content.suggestion.decline",
                subject(content),
                &format!("suggestion {id}"),
                &reason,
            );
        }
        self.commit(u).await
    }

    /// The author or a curator reverts content to an earlier revision's text: a new revision
    /// on top of `base`, in the audit log with its reason.
    pub async fn revert_content(
        &self,
        ctx: &Allowed<can::TakePart>,
        content: ContentId,
        to: i32,
        base: i32,
        reason: &str,
    ) -> Result<i32> {
        let mut u = self.change(ctx).await?;
        let c = readable_content(&u.tx, ctx, content).await?;
        may_decide(is_author(ctx, &c), u.may(Permission::ReviewEdits))?;
        let reason = Sentence::parse("reason", reason)?;
        let old = contents::revisions(&u.tx, c.of)
            .await?
            .into_iter()
            .find(|r| r.version == to)
            .ok_or(AppError::NotFound)?;
        if to == c.version {
            return Err(Message::t("error-current-version").field("to"));
        }
        let saved = contents::save(
            &u.tx,
            Save {
                community: c.community,
                of: c.of,
                body: &old.body,
                base,
                author: ctx.member.account_id,
                now: self.now(),
            },
        )
        .await?;
        let version = match saved {
            Saved::Written(v) => v,
            Saved::Stale { version, .. } => {
                return Err(Message::t("error-revert-stale")
                    .number("version", version)
                    .conflict());
            }
        };
        u.audit(
            "content.revert",
            subject(content),
            &format!("to version {to} as version {version}"),
            reason.as_str(),
        );
        self.commit(u).await?;
        Ok(version)
    }
}
