//! The audit log: appended inside the transaction of the action it records, chained by hash.

use crate::entity::{audit_head, audit_log};
use crate::{AuditEntry, Result, StoreError};
use convene_domain::audit::{Record, Stored, Subject};
use sea_orm::sea_query::Expr;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder,
    QuerySelect, Set,
};

pub struct NewEntry<'a> {
    pub community_id: Option<i32>,
    pub actor_id: Option<i32>,
    pub action: &'a str,
    /// What the entry is about; the hashed text is `subject.target(detail)`.
    pub subject: Subject,
    /// What changed, when that is more than the action says (no names: ids and role names).
    pub detail: &'a str,
    pub reason: &'a str,
    pub now: i64,
}

/// Appends one entry. Must run inside a write transaction: the head row is updated first,
/// which locks it (PostgreSQL row lock; SQLite already holds the write lock), so appends from
/// concurrent transactions and processes form one chain.
pub async fn append(db: &impl ConnectionTrait, new: NewEntry<'_>) -> Result<AuditEntry> {
    audit_head::Entity::update_many()
        .col_expr(audit_head::Column::Id, Expr::col(audit_head::Column::Id))
        .filter(audit_head::Column::Id.eq(1))
        .exec(db)
        .await?;
    let head = audit_head::Entity::find_by_id(1)
        .one(db)
        .await?
        .ok_or(StoreError::NotFound)?;
    let record = Record {
        id: head.last_id.unwrap_or(0) + 1,
        community_id: new.community_id,
        actor_id: new.actor_id,
        action: new.action.to_owned(),
        target: new.subject.target(new.detail),
        reason: new.reason.to_owned(),
        at: new.now,
    };
    let hash = record.hash(&head.last_hash);
    let entry = audit_log::ActiveModel {
        id: Set(record.id),
        community_id: Set(record.community_id),
        actor_id: Set(record.actor_id),
        action: Set(record.action),
        target: Set(record.target),
        reason: Set(record.reason),
        subject_kind: Set(Some(new.subject.kind.as_str().to_owned())),
        subject_id: Set(Some(new.subject.id)),
        at: Set(record.at),
        prev_hash: Set(head.last_hash),
        hash: Set(hash.clone()),
    }
    .insert(db)
    .await?;
    audit_head::ActiveModel {
        id: Set(1),
        last_id: Set(Some(entry.id)),
        last_hash: Set(hash),
    }
    .update(db)
    .await?;
    Ok(entry)
}

/// A community's entries, newest first, `limit` at a time before entry id `before`.
pub async fn page(
    db: &impl ConnectionTrait,
    community_id: i32,
    before: Option<i32>,
    limit: u64,
) -> Result<Vec<AuditEntry>> {
    let mut q = audit_log::Entity::find().filter(audit_log::Column::CommunityId.eq(community_id));
    if let Some(b) = before {
        q = q.filter(audit_log::Column::Id.lt(b));
    }
    Ok(q.order_by_desc(audit_log::Column::Id)
        .limit(limit)
        .all(db)
        .await?)
}

/// The history of one object (in any community), oldest first.
pub async fn of_subject(db: &impl ConnectionTrait, subject: Subject) -> Result<Vec<AuditEntry>> {
    Ok(audit_log::Entity::find()
        .filter(audit_log::Column::SubjectKind.eq(subject.kind.as_str()))
        .filter(audit_log::Column::SubjectId.eq(subject.id))
        .order_by_asc(audit_log::Column::Id)
        .all(db)
        .await?)
}

/// Every entry in order, and the recorded head. Call it inside `Store::snapshot` so that a
/// running server's appends cannot fall between reading the entries and the head.
pub async fn whole_chain(
    db: &impl ConnectionTrait,
) -> Result<(Vec<Stored>, Option<(i32, String)>)> {
    let head = audit_head::Entity::find_by_id(1).one(db).await?;
    let head = head.and_then(|h| h.last_id.map(|id| (id, h.last_hash)));
    let mut out = Vec::new();
    let mut after = 0;
    loop {
        let batch = audit_log::Entity::find()
            .filter(audit_log::Column::Id.gt(after))
            .order_by_asc(audit_log::Column::Id)
            .limit(1000)
            .all(db)
            .await?;
        let Some(tail) = batch.last() else { break };
        after = tail.id;
        out.extend(batch.into_iter().map(|e| Stored {
            record: Record {
                id: e.id,
                community_id: e.community_id,
                actor_id: e.actor_id,
                action: e.action,
                target: e.target,
                reason: e.reason,
                at: e.at,
            },
            prev_hash: e.prev_hash,
            hash: e.hash,
        }));
    }
    Ok((out, head))
}
