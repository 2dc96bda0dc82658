//! Threads and their replies: the rows that say where a thread belongs, who wrote what and
//! when, pins and tombstones; who each piece mentions; each person's watch or mute and the
//! last reply they have seen. The texts are content (kinds `thread` and `reply`).

use crate::entity::{content_mention, thread, thread_follow, thread_read, thread_reply};
use crate::search::{Sql, TOMBSTONE_STATE, read_filter_on};
use crate::{Reply, Result, StoreError, Thread};
use convene_domain::content::Reader;
use convene_domain::thread::Follow;
use sea_orm::sea_query::OnConflict;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder, Set,
};
use std::collections::HashMap;

pub struct NewThread<'a> {
    pub community: i32,
    pub gathering: Option<i32>,
    pub session: Option<i32>,
    pub title: &'a str,
    pub author: i32,
    pub now: i64,
}

pub async fn create(db: &impl ConnectionTrait, t: NewThread<'_>) -> Result<Thread> {
    Ok(thread::ActiveModel {
        community_id: Set(t.community),
        gathering_id: Set(t.gathering),
        session_id: Set(t.session),
        title: Set(t.title.to_owned()),
        author_id: Set(Some(t.author)),
        pinned: Set(false),
        deleted_at: Set(None),
        created_at: Set(t.now),
        active_at: Set(t.now),
        ..Default::default()
    }
    .insert(db)
    .await?)
}

/// A thread of `community` (another community's is "not found").
pub async fn get(db: &impl ConnectionTrait, community: i32, id: i32) -> Result<Thread> {
    thread::Entity::find_by_id(id)
        .filter(thread::Column::CommunityId.eq(community))
        .one(db)
        .await?
        .ok_or(StoreError::NotFound)
}

/// Where threads are listed: the whole community, one gathering, or one session.
#[derive(Debug, Clone, Copy)]
pub enum Place {
    Community,
    Gathering(i32),
    Session(i32),
}

/// The community's threads at `place`, pinned first, then the most recently active.
pub async fn list(db: &impl ConnectionTrait, community: i32, place: Place) -> Result<Vec<Thread>> {
    let mut q = thread::Entity::find().filter(thread::Column::CommunityId.eq(community));
    q = match place {
        Place::Community => q,
        Place::Gathering(g) => q.filter(thread::Column::GatheringId.eq(g)),
        Place::Session(s) => q.filter(thread::Column::SessionId.eq(s)),
    };
    Ok(q.order_by_desc(thread::Column::Pinned)
        .order_by_desc(thread::Column::ActiveAt)
        .order_by_desc(thread::Column::Id)
        .all(db)
        .await?)
}

pub async fn set_title(db: &impl ConnectionTrait, id: i32, title: &str) -> Result<()> {
    thread::Entity::update_many()
        .col_expr(thread::Column::Title, title.into())
        .filter(thread::Column::Id.eq(id))
        .exec(db)
        .await?;
    crate::search::enqueue_thread(db, id).await
}

pub async fn set_pinned(db: &impl ConnectionTrait, id: i32, pinned: bool) -> Result<()> {
    thread::Entity::update_many()
        .col_expr(thread::Column::Pinned, pinned.into())
        .filter(thread::Column::Id.eq(id))
        .exec(db)
        .await?;
    Ok(())
}

pub async fn set_thread_deleted(db: &impl ConnectionTrait, id: i32, at: i64) -> Result<()> {
    thread::Entity::update_many()
        .col_expr(thread::Column::DeletedAt, Some(at).into())
        .filter(thread::Column::Id.eq(id))
        .exec(db)
        .await?;
    Ok(())
}

pub async fn add_reply(
    db: &impl ConnectionTrait,
    thread_id: i32,
    author: i32,
    now: i64,
) -> Result<Reply> {
    let r = thread_reply::ActiveModel {
        thread_id: Set(thread_id),
        author_id: Set(Some(author)),
        deleted_at: Set(None),
        created_at: Set(now),
        ..Default::default()
    }
    .insert(db)
    .await?;
    thread::Entity::update_many()
        .col_expr(thread::Column::ActiveAt, now.into())
        .filter(thread::Column::Id.eq(thread_id))
        .exec(db)
        .await?;
    Ok(r)
}

/// A reply of `thread_id`.
pub async fn reply(db: &impl ConnectionTrait, thread_id: i32, id: i32) -> Result<Reply> {
    thread_reply::Entity::find_by_id(id)
        .filter(thread_reply::Column::ThreadId.eq(thread_id))
        .one(db)
        .await?
        .ok_or(StoreError::NotFound)
}

/// A thread's replies, oldest first.
pub async fn replies(db: &impl ConnectionTrait, thread_id: i32) -> Result<Vec<Reply>> {
    Ok(thread_reply::Entity::find()
        .filter(thread_reply::Column::ThreadId.eq(thread_id))
        .order_by_asc(thread_reply::Column::Id)
        .all(db)
        .await?)
}

/// Where a page of replies lies: keyset over reply ids (they grow with time).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Window {
    /// The first ones after this reply (0: from the start).
    After(i32),
    /// The last ones before this reply.
    Before(i32),
}

/// Up to `limit` replies of a thread in `window`, oldest first, only those `reader` may read
/// (one deleted by its author counts as the tombstone its readers see). The read filter is
/// inside the query, so an unreadable reply takes no place on a page and moves no boundary.
/// Walks `idx_thread_replies_thread (thread_id, id)` and joins each reply's content by its
/// unique `(kind, owner_id)`.
pub async fn reply_page(
    db: &impl ConnectionTrait,
    thread_id: i32,
    reader: &Reader,
    window: Window,
    limit: u64,
) -> Result<Vec<Reply>> {
    let (bound, id, order) = match window {
        Window::After(id) => (" AND r.id > ", id, "ASC"),
        Window::Before(id) => (" AND r.id < ", id, "DESC"),
    };
    let mut sql = Sql::new(db.get_database_backend());
    sql.push(
        "SELECT r.id, r.thread_id, r.author_id, r.deleted_at, r.created_at \
         FROM thread_replies r JOIN contents c ON c.kind = 'reply' AND c.owner_id = r.id \
         WHERE r.thread_id = ",
    )
    .bind(thread_id)
    .push(bound)
    .bind(id)
    .push(" AND ");
    read_filter_on(&mut sql, reader, TOMBSTONE_STATE);
    sql.push(&format!(" ORDER BY r.id {order} LIMIT "))
        .bind(i64::try_from(limit).unwrap_or(i64::MAX));
    let mut rows = thread_reply::Entity::find()
        .from_raw_sql(sql.statement())
        .all(db)
        .await?;
    if order == "DESC" {
        rows.reverse();
    }
    Ok(rows)
}

/// The last reply `account` has seen of a thread (`None`: never opened; 0: the opening).
pub async fn seen(db: &impl ConnectionTrait, thread_id: i32, account: i32) -> Result<Option<i32>> {
    Ok(thread_read::Entity::find_by_id((thread_id, account))
        .one(db)
        .await?
        .map(|r| r.seen_reply))
}

pub async fn set_reply_deleted(db: &impl ConnectionTrait, id: i32, at: i64) -> Result<()> {
    thread_reply::Entity::update_many()
        .col_expr(thread_reply::Column::DeletedAt, Some(at).into())
        .filter(thread_reply::Column::Id.eq(id))
        .exec(db)
        .await?;
    Ok(())
}

/// Replaces whom a piece of content mentions.
pub async fn set_mentions(
    db: &impl ConnectionTrait,
    content_id: i32,
    people: &[i32],
) -> Result<()> {
    content_mention::Entity::delete_many()
        .filter(content_mention::Column::ContentId.eq(content_id))
        .exec(db)
        .await?;
    for p in people {
        content_mention::ActiveModel {
            content_id: Set(content_id),
            account_id: Set(*p),
        }
        .insert(db)
        .await?;
    }
    Ok(())
}

/// Whom each of `contents` mentions.
pub async fn mentions_of(
    db: &impl ConnectionTrait,
    contents: &[i32],
) -> Result<HashMap<i32, Vec<i32>>> {
    let mut out: HashMap<i32, Vec<i32>> = HashMap::new();
    if contents.is_empty() {
        return Ok(out);
    }
    for m in content_mention::Entity::find()
        .filter(content_mention::Column::ContentId.is_in(contents.iter().copied()))
        .all(db)
        .await?
    {
        out.entry(m.content_id).or_default().push(m.account_id);
    }
    Ok(out)
}

/// Sets (or with `None` clears) a person's watch or mute on a thread.
pub async fn set_follow(
    db: &impl ConnectionTrait,
    thread_id: i32,
    account: i32,
    follow: Option<Follow>,
) -> Result<()> {
    thread_follow::Entity::delete_many()
        .filter(thread_follow::Column::ThreadId.eq(thread_id))
        .filter(thread_follow::Column::AccountId.eq(account))
        .exec(db)
        .await?;
    if let Some(f) = follow {
        thread_follow::ActiveModel {
            thread_id: Set(thread_id),
            account_id: Set(account),
            mode: Set(f.as_str().to_owned()),
        }
        .insert(db)
        .await?;
    }
    Ok(())
}

pub async fn follow_of(
    db: &impl ConnectionTrait,
    thread_id: i32,
    account: i32,
) -> Result<Option<Follow>> {
    Ok(thread_follow::Entity::find_by_id((thread_id, account))
        .one(db)
        .await?
        .and_then(|f| Follow::parse(&f.mode)))
}

/// The watch or mute on a thread of each of `accounts` that has one.
pub async fn follows_of(
    db: &impl ConnectionTrait,
    thread_id: i32,
    accounts: &[i32],
) -> Result<HashMap<i32, Follow>> {
    let mut out = HashMap::new();
    for chunk in accounts.chunks(crate::IN_CHUNK) {
        for f in thread_follow::Entity::find()
            .filter(thread_follow::Column::ThreadId.eq(thread_id))
            .filter(thread_follow::Column::AccountId.is_in(chunk.iter().copied()))
            .all(db)
            .await?
        {
            if let Some(mode) = Follow::parse(&f.mode) {
                out.insert(f.account_id, mode);
            }
        }
    }
    Ok(out)
}

/// Who watches a thread.
pub async fn watchers(db: &impl ConnectionTrait, thread_id: i32) -> Result<Vec<i32>> {
    Ok(thread_follow::Entity::find()
        .filter(thread_follow::Column::ThreadId.eq(thread_id))
        .filter(thread_follow::Column::Mode.eq(Follow::Watch.as_str()))
        .all(db)
        .await?
        .into_iter()
        .map(|f| f.account_id)
        .collect())
}

/// Records that `account` has read the thread up to reply `seen` (0: the opening only).
pub async fn mark_read(
    db: &impl ConnectionTrait,
    thread_id: i32,
    account: i32,
    seen: i32,
    now: i64,
) -> Result<()> {
    thread_read::Entity::insert(thread_read::ActiveModel {
        thread_id: Set(thread_id),
        account_id: Set(account),
        seen_reply: Set(seen),
        at: Set(now),
    })
    .on_conflict(
        OnConflict::columns([
            thread_read::Column::ThreadId,
            thread_read::Column::AccountId,
        ])
        .update_columns([thread_read::Column::SeenReply, thread_read::Column::At])
        .to_owned(),
    )
    .exec(db)
    .await?;
    Ok(())
}

/// For each of `threads`: `None` when the reader never opened it, else how many replies by
/// others (not deleted, and readable by them) came after the last one they saw.
pub async fn unread(
    db: &impl ConnectionTrait,
    threads: &[i32],
    reader: &Reader,
) -> Result<HashMap<i32, Option<u64>>> {
    let mut out = HashMap::new();
    if threads.is_empty() {
        return Ok(out);
    }
    let account = match *reader {
        Reader::Member { account, .. } | Reader::Outsider(account) => account.get(),
        Reader::Anonymous => return Ok(threads.iter().map(|t| (*t, None)).collect()),
    };
    let seen: HashMap<i32, i32> = thread_read::Entity::find()
        .filter(thread_read::Column::AccountId.eq(account))
        .filter(thread_read::Column::ThreadId.is_in(threads.iter().copied()))
        .all(db)
        .await?
        .into_iter()
        .map(|r| (r.thread_id, r.seen_reply))
        .collect();
    for t in threads {
        let Some(s) = seen.get(t) else {
            out.insert(*t, None);
            continue;
        };
        // Only replies the reader may open count: a hidden one is no news to them.
        let mut sql = Sql::new(db.get_database_backend());
        sql.push(
            "SELECT COUNT(*) FROM thread_replies r \
             JOIN contents c ON c.kind = 'reply' AND c.owner_id = r.id \
             WHERE r.deleted_at IS NULL AND r.thread_id = ",
        )
        .bind(*t)
        .push(" AND r.id > ")
        .bind(*s)
        .push(" AND (r.author_id IS NULL OR r.author_id <> ")
        .bind(account)
        .push(") AND ");
        read_filter_on(&mut sql, reader, "c.state");
        let n = db
            .query_one_raw(sql.statement())
            .await?
            .map(|r| r.try_get_by_index::<i64>(0))
            .transpose()?
            .unwrap_or(0);
        out.insert(*t, Some(u64::try_from(n).unwrap_or(0)));
    }
    Ok(out)
}
