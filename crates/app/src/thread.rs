//! Threads between gatherings: started in a community (optionally on a gathering or a
//! session) with a visibility chosen at the start, replied to, edited on a version (every
//! save a revision), deleted by their author (a tombstone keeps the thread readable), watched
//! or muted, read (unread counts per person) and pinned by stewards and hosts. Every read
//! goes through the read filter; mentions name only members who may read the piece.

use crate::content::{readable, reader};
use crate::notify::Tell;
use crate::{Allowed, App, AppError, Ctx, Message, Result, Stale, can};
use convene_domain::Permission;
use convene_domain::audit::{Subject, SubjectKind};
use convene_domain::content::{ContentKind, ContentRef, ContentState, Reader, Saved, Visibility};
use convene_domain::ids::{AccountId, ContentId, GatheringId, ReplyId, SessionId, ThreadId};
use convene_domain::notify::Kind;
use convene_domain::text::{PostBody, ThreadTitle};
use convene_domain::thread::{Follow, handle, mentions};
use convene_store::contents::{self, Content, NewContent, Revision, Save};
use convene_store::store_db::ConnectionTrait;
use convene_store::threads::{self, NewThread, Place, Window};
use convene_store::{Thread, accounts, communities, sessions};

/// What a new thread is: where it belongs, its title, opening text and readers.
pub struct NewThreadInput {
    pub title: ThreadTitle,
    pub body: PostBody,
    pub visibility: Visibility,
    pub gathering: Option<GatheringId>,
    pub session: Option<SessionId>,
}

/// One thread in a list, as its reader may see it.
#[derive(Debug, Clone)]
pub struct ThreadItem {
    pub thread: Thread,
    pub visibility: Visibility,
    pub author: String,
    /// `None`: never opened; else replies by others since the last visit.
    pub unread: Option<u64>,
}

/// The opening or a reply as shown.
#[derive(Debug, Clone)]
pub struct Post {
    pub reply: Option<ReplyId>,
    pub content: Content,
    pub author: String,
    pub mine: bool,
    /// Deleted by its author: only the tombstone is shown.
    pub deleted: bool,
    pub at: i64,
    /// The names of the members it mentions.
    pub mentions: Vec<String>,
    /// Every save, newest first (only when there is more than one).
    pub revisions: Vec<Revision>,
}

#[derive(Debug, Clone)]
pub struct ThreadView {
    pub thread: Thread,
    pub opening: Post,
    pub replies: Vec<Post>,
    pub follow: Option<Follow>,
    pub can_pin: bool,
    /// Replies after this one are new to the reader (0: all of them).
    pub seen_before: i32,
    /// Readable replies come before this page: its first reply (the cursor of the page before).
    pub earlier: Option<i32>,
    /// Readable replies come after this page: its last reply (the cursor of the page after).
    pub later: Option<i32>,
}

/// Replies on a thread page.
pub const REPLIES_PAGE: u64 = 50;

/// Which replies a thread page shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RepliesAt {
    /// From the reader's first unread reply (the start when never opened; the newest page when
    /// all is read).
    Unread,
    /// From this reply on (0: the start), topped up with the ones before it at the end, so a
    /// link to a reply lands on a page that holds it.
    At(i32),
    /// Keyset: the replies after this one.
    After(i32),
    /// Keyset: the replies before this one.
    Before(i32),
}

/// Whether `r` may read any reply in `w`.
async fn any(db: &impl ConnectionTrait, thread: i32, r: &Reader, w: Window) -> Result<bool> {
    Ok(!threads::reply_page(db, thread, r, w, 1).await?.is_empty())
}

/// The replies of `at`: keyset pages as asked, or from a reply on, topped up from before.
async fn reply_window(
    db: &impl ConnectionTrait,
    thread: i32,
    r: &Reader,
    at: RepliesAt,
    seen: Option<i32>,
    limit: u64,
) -> Result<Vec<convene_store::Reply>> {
    let from = match at {
        RepliesAt::After(a) => {
            return Ok(threads::reply_page(db, thread, r, Window::After(a), limit).await?);
        }
        RepliesAt::Before(b) => {
            return Ok(threads::reply_page(db, thread, r, Window::Before(b), limit).await?);
        }
        RepliesAt::At(a) => a,
        RepliesAt::Unread => seen.map_or(0, |s| s.saturating_add(1)),
    };
    let mut rows =
        threads::reply_page(db, thread, r, Window::After(from.saturating_sub(1)), limit).await?;
    let short = limit.saturating_sub(rows.len() as u64);
    if short > 0 {
        let mut before =
            threads::reply_page(db, thread, r, Window::Before(from.max(1)), short).await?;
        before.append(&mut rows);
        rows = before;
    }
    Ok(rows)
}

fn pins(ctx: &Ctx) -> bool {
    ctx.may(Permission::HostGathering) || ctx.may(Permission::EditSettings)
}

fn thread_ref(id: i32) -> ContentRef {
    ContentRef::new(ContentKind::Thread, id)
}

fn reply_ref(id: i32) -> ContentRef {
    ContentRef::new(ContentKind::Reply, id)
}

/// The thread's opening content, if `reader` may read it (else "not found": nothing about
/// an unreadable thread is told).
async fn readable_thread(
    db: &impl ConnectionTrait,
    reader: &Reader,
    community: i32,
    id: i32,
) -> Result<(Thread, Content)> {
    let t = threads::get(db, community, id).await?;
    let c = contents::get(db, thread_ref(t.id))
        .await?
        .ok_or(AppError::NotFound)?;
    if !tombstone_readable(reader, &c) {
        return Err(AppError::NotFound);
    }
    Ok((t, c))
}

/// A deleted piece is stored as removed; its thread stays readable to whoever could read it.
pub(crate) fn tombstone_readable(reader: &Reader, c: &Content) -> bool {
    if c.state == ContentState::Removed {
        let mut alive = c.clone();
        alive.state = ContentState::Visible;
        return readable(reader, &alive);
    }
    readable(reader, c)
}

impl App {
    /// The threads of the community (or of one gathering or session) the member may read,
    /// pinned first, with their unread counts.
    pub async fn threads(
        &self,
        ctx: &Allowed<can::TakePart>,
        place: Place,
    ) -> Result<Vec<ThreadItem>> {
        let db = self.store.conn();
        let r = reader(ctx);
        let all = threads::list(db, ctx.community.id, place).await?;
        let ids: Vec<i32> = all.iter().map(|t| t.id).collect();
        let texts = contents::of_owners(db, ContentKind::Thread, &ids).await?;
        let shown: Vec<(Thread, Content)> = all
            .into_iter()
            .filter_map(|t| texts.get(&t.id).cloned().map(|c| (t, c)))
            .filter(|(_, c)| tombstone_readable(&r, c))
            .collect();
        let ids: Vec<i32> = shown.iter().map(|(t, _)| t.id).collect();
        let mut unread = threads::unread(db, &ids, &r).await?;
        let authors: Vec<i32> = shown.iter().filter_map(|(t, _)| t.author_id).collect();
        let names = accounts::names(db, &authors).await?;
        Ok(shown
            .into_iter()
            .map(|(t, c)| ThreadItem {
                author: name_of(&names, t.author_id),
                unread: unread.remove(&t.id).flatten(),
                visibility: c.visibility,
                thread: t,
            })
            .collect())
    }

    /// One thread with a page of its replies (`at`, at most `limit`); opening it marks it read
    /// up to the last reply shown.
    pub async fn thread(
        &self,
        ctx: &Allowed<can::TakePart>,
        id: ThreadId,
        at: RepliesAt,
        limit: u64,
    ) -> Result<ThreadView> {
        let db = self.store.conn();
        let r = reader(ctx);
        let me = ctx.member.account_id.get();
        let (t, opening) = readable_thread(db, &r, ctx.community.id, id.get()).await?;
        let seen = threads::seen(db, t.id, me).await?;
        let rows = reply_window(db, t.id, &r, at, seen, limit.max(1)).await?;
        let earlier = match rows.first() {
            Some(f) if any(db, t.id, &r, Window::Before(f.id)).await? => Some(f.id),
            _ => None,
        };
        let later = match rows.last() {
            Some(l) if any(db, t.id, &r, Window::After(l.id)).await? => Some(l.id),
            _ => None,
        };
        let ids: Vec<i32> = rows.iter().map(|x| x.id).collect();
        let mut texts = contents::of_owners(db, ContentKind::Reply, &ids).await?;
        let mut people: Vec<i32> = rows.iter().filter_map(|x| x.author_id).collect();
        people.extend(t.author_id);
        let mut content_ids: Vec<i32> = texts.values().map(|c| c.id.get()).collect();
        content_ids.push(opening.id.get());
        let mentioned = threads::mentions_of(db, &content_ids).await?;
        people.extend(mentioned.values().flatten());
        let names = accounts::names(db, &people).await?;
        let post = |reply: Option<ReplyId>,
                    c: Content,
                    author: Option<i32>,
                    deleted: bool,
                    at: i64,
                    revisions: Vec<Revision>| Post {
            reply,
            author: name_of(&names, author),
            mine: author == Some(me),
            mentions: mentioned
                .get(&c.id.get())
                .map(|m| m.iter().map(|a| name_of(&names, Some(*a))).collect())
                .unwrap_or_default(),
            revisions: if deleted { Vec::new() } else { revisions },
            content: c,
            deleted,
            at,
        };
        let history = |n: Vec<Revision>| if n.len() > 1 { n } else { Vec::new() };
        let opening_revs = history(contents::revisions(db, thread_ref(t.id)).await?);
        let opening = post(
            None,
            opening,
            t.author_id,
            t.deleted_at.is_some(),
            t.created_at,
            opening_revs,
        );
        let mut replies = Vec::new();
        for x in &rows {
            let Some(c) = texts.remove(&x.id) else {
                continue;
            };
            if !tombstone_readable(&r, &c) {
                continue;
            }
            let revs = if c.version > 1 {
                history(contents::revisions(db, reply_ref(x.id)).await?)
            } else {
                Vec::new()
            };
            replies.push(post(
                Some(ReplyId(x.id)),
                c,
                x.author_id,
                x.deleted_at.is_some(),
                x.created_at,
                revs,
            ));
        }
        let last = rows.last().map_or(0, |x| x.id);
        if seen.is_none_or(|s| s < last) {
            threads::mark_read(db, t.id, me, last, self.now()).await?;
        }
        Ok(ThreadView {
            follow: threads::follow_of(db, t.id, me).await?,
            can_pin: pins(ctx),
            seen_before: seen.unwrap_or(0),
            earlier,
            later,
            thread: t,
            opening,
            replies,
        })
    }

    /// Starts a thread; its author watches it.
    pub async fn start_thread(
        &self,
        ctx: &Allowed<can::TakePart>,
        new: NewThreadInput,
    ) -> Result<(ThreadId, ContentId)> {
        let mut u = self.change(ctx).await?;
        let community = ctx.community.id;
        if let Some(s) = new.session {
            let g = new.gathering.ok_or(AppError::NotFound)?;
            convene_store::gatherings::get(&u.tx, community, g.get()).await?;
            sessions::get(&u.tx, g.get(), s.get()).await?;
        } else if let Some(g) = new.gathering {
            convene_store::gatherings::get(&u.tx, community, g.get()).await?;
        }
        if let Visibility::Organization(o) = new.visibility {
            communities::organization(&u.tx, community, o.get()).await?;
        }
        let now = self.now();
        let me = ctx.member.account_id;
        let mut new = new;
        // The author reads every reply of their private thread: they are one of its readers.
        if let Visibility::Private(people) = &mut new.visibility {
            if !people.contains(&me) {
                people.push(me);
            }
            people.sort();
            people.dedup();
        }
        let t = threads::create(
            &u.tx,
            NewThread {
                community,
                gathering: new.gathering.map(GatheringId::get),
                session: new.session.map(SessionId::get),
                title: new.title.as_str(),
                author: me.get(),
                now,
            },
        )
        .await?;
        let c = contents::create(
            &u.tx,
            NewContent {
                community: ctx.member.community_id,
                of: thread_ref(t.id),
                author: me,
                body: new.body.as_str(),
                visibility: &new.visibility,
                now,
            },
        )
        .await?;
        let mentioned = self.mention(&u.tx, ctx, &c).await?;
        threads::set_follow(&u.tx, t.id, me.get(), Some(Follow::Watch)).await?;
        threads::mark_read(&u.tx, t.id, me.get(), 0, now).await?;
        if mentioned {
            self.tell(&mut u, told(Kind::Mention, ctx, &c, t.id))
                .await?;
        }
        self.commit(u).await?;
        Ok((ThreadId(t.id), c.id))
    }

    /// Replies in a thread the member may read; the reply has the thread's readers.
    pub async fn reply(
        &self,
        ctx: &Allowed<can::TakePart>,
        id: ThreadId,
        body: &PostBody,
    ) -> Result<(ReplyId, ContentId)> {
        let mut u = self.change(ctx).await?;
        let (t, opening) = readable_thread(&u.tx, &reader(ctx), ctx.community.id, id.get()).await?;
        if t.deleted_at.is_some() {
            return Err(Message::t("error-thread-deleted").conflict());
        }
        let now = self.now();
        let me = ctx.member.account_id;
        let r = threads::add_reply(&u.tx, t.id, me.get(), now).await?;
        let c = contents::create(
            &u.tx,
            NewContent {
                community: ctx.member.community_id,
                of: reply_ref(r.id),
                author: me,
                body: body.as_str(),
                visibility: &opening.visibility,
                now,
            },
        )
        .await?;
        let mentioned = self.mention(&u.tx, ctx, &c).await?;
        threads::mark_read(&u.tx, t.id, me.get(), r.id, now).await?;
        if mentioned {
            self.tell(&mut u, told(Kind::Mention, ctx, &c, t.id))
                .await?;
        }
        self.tell(&mut u, told(Kind::Reply, ctx, &c, t.id)).await?;
        self.commit(u).await?;
        Ok((ReplyId(r.id), c.id))
    }

    /// Stores whom `c` mentions: members whose handle it names and who may read it (anyone
    /// else is not named and learns nothing).
    /// Whether anyone is mentioned.
    async fn mention(&self, db: &impl ConnectionTrait, ctx: &Ctx, c: &Content) -> Result<bool> {
        let handles = mentions(&c.body);
        let mut people = Vec::new();
        if !handles.is_empty() {
            for m in communities::members(db, ctx.community.id).await? {
                if !handles.contains(&handle(&m.account.display_name)) {
                    continue;
                }
                let r = Reader::Member {
                    account: AccountId(m.account.id),
                    community: ctx.member.community_id,
                    organization: m.membership.organization_id.into(),
                    roles: m.roles,
                };
                if readable(&r, c) && m.account.id != ctx.member.account_id.get() {
                    people.push(m.account.id);
                }
            }
        }
        threads::set_mentions(db, c.id.get(), &people).await?;
        Ok(!people.is_empty())
    }

    /// The author edits their thread's opening (and title) or a reply, on top of `base`.
    pub async fn edit_post(
        &self,
        ctx: &Allowed<can::TakePart>,
        id: ThreadId,
        reply: Option<ReplyId>,
        title: Option<&ThreadTitle>,
        body: &PostBody,
        base: i32,
    ) -> Result<i32> {
        let u = self.change(ctx).await?;
        let (t, _) = readable_thread(&u.tx, &reader(ctx), ctx.community.id, id.get()).await?;
        let (of, author, deleted) = match reply {
            Some(r) => {
                let r = threads::reply(&u.tx, t.id, r.get()).await?;
                (reply_ref(r.id), r.author_id, r.deleted_at.is_some())
            }
            None => (thread_ref(t.id), t.author_id, t.deleted_at.is_some()),
        };
        if author != Some(ctx.member.account_id.get()) {
            return Err(Message::t("error-author-edits").conflict());
        }
        if deleted {
            return Err(Message::t("error-deleted-no-edit").conflict());
        }
        let saved = contents::save(
            &u.tx,
            Save {
                community: ctx.member.community_id,
                of,
                body: body.as_str(),
                base,
                author: ctx.member.account_id,
                now: self.now(),
            },
        )
        .await?;
        match saved {
            Saved::Written(v) => {
                if let (None, Some(title)) = (reply, title) {
                    threads::set_title(&u.tx, t.id, title.as_str()).await?;
                }
                let c = contents::get(&u.tx, of).await?.ok_or(AppError::NotFound)?;
                self.mention(&u.tx, ctx, &c).await?;
                self.commit(u).await?;
                Ok(v)
            }
            Saved::Stale {
                version,
                theirs,
                yours,
            } => Err(AppError::Stale(Box::new(Stale {
                what: if reply.is_some() { "reply" } else { "thread" },
                version,
                theirs,
                yours,
            }))),
        }
    }

    /// The author deletes their thread's opening or a reply: the text is gone for every
    /// reader, a tombstone keeps its place (and the thread with its replies stays readable).
    pub async fn delete_post(
        &self,
        ctx: &Allowed<can::TakePart>,
        id: ThreadId,
        reply: Option<ReplyId>,
    ) -> Result<()> {
        let u = self.change(ctx).await?;
        let (t, _) = readable_thread(&u.tx, &reader(ctx), ctx.community.id, id.get()).await?;
        let now = self.now();
        let me = Some(ctx.member.account_id.get());
        match reply {
            Some(r) => {
                let r = threads::reply(&u.tx, t.id, r.get()).await?;
                if r.author_id != me {
                    return Err(Message::t("error-author-deletes").conflict());
                }
                threads::set_reply_deleted(&u.tx, r.id, now).await?;
                contents::set_state(&u.tx, reply_ref(r.id), &ContentState::Removed).await?;
            }
            None => {
                if t.author_id != me {
                    return Err(Message::t("error-author-deletes").conflict());
                }
                threads::set_thread_deleted(&u.tx, t.id, now).await?;
                contents::set_state(&u.tx, thread_ref(t.id), &ContentState::Removed).await?;
            }
        }
        self.commit(u).await
    }

    /// Watches, mutes, or (with `None`) goes back to being told of mentions only.
    pub async fn follow_thread(
        &self,
        ctx: &Allowed<can::TakePart>,
        id: ThreadId,
        follow: Option<Follow>,
    ) -> Result<()> {
        let u = self.change(ctx).await?;
        let (t, _) = readable_thread(&u.tx, &reader(ctx), ctx.community.id, id.get()).await?;
        threads::set_follow(&u.tx, t.id, ctx.member.account_id.get(), follow).await?;
        self.commit(u).await
    }

    /// The name of the member's own organization (what "organization" visibility means).
    pub async fn my_organization(&self, ctx: &Allowed<can::TakePart>) -> Result<String> {
        let o = communities::organization(
            self.store.conn(),
            ctx.community.id,
            ctx.member.organization_id.get(),
        )
        .await?;
        Ok(o.name)
    }

    /// Pins a thread to the top of the list, or unpins it: stewards and hosts (audited).
    pub async fn pin_thread(
        &self,
        ctx: &Allowed<can::TakePart>,
        id: ThreadId,
        pinned: bool,
    ) -> Result<()> {
        let mut u = self.change(ctx).await?;
        if !(u.may(Permission::HostGathering) || u.may(Permission::EditSettings)) {
            return Err(AppError::denied(Permission::HostGathering));
        }
        let (t, c) = readable_thread(&u.tx, &reader(ctx), ctx.community.id, id.get()).await?;
        threads::set_pinned(&u.tx, t.id, pinned).await?;
        u.audit(
            if pinned { "thread.pin" } else { "thread.unpin" },
            Subject::new(SubjectKind::Content, c.id.get()),
            "",
            "",
        );
        self.commit(u).await
    }
}

/// The event of a new post: its kind, the post, the thread.
fn told(kind: Kind, ctx: &Ctx, c: &Content, thread: i32) -> Tell {
    Tell {
        kind,
        community: ctx.community.id,
        content: Some(c.id.get()),
        subject: thread,
        target: None,
        actor: Some(ctx.member.account_id),
    }
}

fn name_of(names: &std::collections::HashMap<i32, String>, id: Option<i32>) -> String {
    id.and_then(|i| names.get(&i).cloned())
        .unwrap_or_else(|| "Someone who left".to_owned())
}
