//! Peer editing: suggested texts for any content, pending until the content's author or a
//! curator accepts (the text becomes the next revision) or declines them with a reason.
//! Deciding is a conditional update on `state = 'pending'`, so of two deciders one wins.

use crate::entity::content_suggestion as row;
use crate::{Result, StoreError};
use convene_domain::ids::{AccountId, CommunityId, ContentId};
use sea_orm::sea_query::Expr;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder, Set,
};

/// Where a suggestion stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum State {
    Pending,
    Accepted,
    Declined,
    Withdrawn,
}

impl State {
    pub fn as_str(self) -> &'static str {
        match self {
            State::Pending => "pending",
            State::Accepted => "accepted",
            State::Declined => "declined",
            State::Withdrawn => "withdrawn",
        }
    }

    fn parse(s: &str) -> Option<Self> {
        [
            State::Pending,
            State::Accepted,
            State::Declined,
            State::Withdrawn,
        ]
        .into_iter()
        .find(|x| x.as_str() == s)
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Suggestion {
    pub id: i32,
    pub community: CommunityId,
    pub content: ContentId,
    pub author: Option<AccountId>,
    pub base_version: i32,
    pub body: String,
    pub note: String,
    pub state: State,
    pub reason: String,
    pub decided_by: Option<AccountId>,
    pub decided_at: Option<i64>,
    pub revision: Option<i32>,
    pub created_at: i64,
}

pub struct NewSuggestion<'a> {
    pub community: CommunityId,
    pub content: ContentId,
    pub author: AccountId,
    pub base_version: i32,
    pub body: &'a str,
    pub note: &'a str,
    pub now: i64,
}

pub async fn create(db: &impl ConnectionTrait, s: NewSuggestion<'_>) -> Result<Suggestion> {
    let r = row::ActiveModel {
        community_id: Set(s.community.get()),
        content_id: Set(s.content.get()),
        author_id: Set(Some(s.author.get())),
        base_version: Set(s.base_version),
        body: Set(s.body.to_owned()),
        note: Set(s.note.to_owned()),
        state: Set(State::Pending.as_str().to_owned()),
        reason: Set(String::new()),
        created_at: Set(s.now),
        ..Default::default()
    }
    .insert(db)
    .await?;
    parse(r)
}

/// One suggestion of a community.
pub async fn get(db: &impl ConnectionTrait, community: CommunityId, id: i32) -> Result<Suggestion> {
    let r = row::Entity::find_by_id(id)
        .filter(row::Column::CommunityId.eq(community.get()))
        .one(db)
        .await?
        .ok_or(StoreError::NotFound)?;
    parse(r)
}

/// Every suggestion for one piece of content, newest first.
pub async fn of_content(db: &impl ConnectionTrait, content: ContentId) -> Result<Vec<Suggestion>> {
    row::Entity::find()
        .filter(row::Column::ContentId.eq(content.get()))
        .order_by_desc(row::Column::Id)
        .all(db)
        .await?
        .into_iter()
        .map(parse)
        .collect()
}

/// Every suggestion in a community (for its health figures): who suggested and when.
pub async fn of_community(
    db: &impl ConnectionTrait,
    community: CommunityId,
) -> Result<Vec<(Option<AccountId>, i64)>> {
    Ok(row::Entity::find()
        .filter(row::Column::CommunityId.eq(community.get()))
        .all(db)
        .await?
        .into_iter()
        .map(|r| (r.author_id.map(AccountId), r.created_at))
        .collect())
}

/// Decides a pending suggestion: `Accepted` with the revision it became, or `Declined` /
/// `Withdrawn` with a reason. False when it was no longer pending (someone decided first).
pub async fn decide(
    db: &impl ConnectionTrait,
    id: i32,
    state: State,
    by: AccountId,
    reason: &str,
    revision: Option<i32>,
    now: i64,
) -> Result<bool> {
    let done = row::Entity::update_many()
        .col_expr(row::Column::State, Expr::value(state.as_str()))
        .col_expr(row::Column::Reason, Expr::value(reason))
        .col_expr(row::Column::DecidedBy, Expr::value(by.get()))
        .col_expr(row::Column::DecidedAt, Expr::value(now))
        .col_expr(row::Column::Revision, Expr::value(revision))
        .filter(row::Column::Id.eq(id))
        .filter(row::Column::State.eq(State::Pending.as_str()))
        .exec(db)
        .await?;
    Ok(done.rows_affected == 1)
}

fn parse(r: row::Model) -> Result<Suggestion> {
    let state = State::parse(&r.state).ok_or_else(|| {
        StoreError::Db(sea_orm::DbErr::Custom(format!(
            "suggestion {}: bad state",
            r.id
        )))
    })?;
    Ok(Suggestion {
        id: r.id,
        community: CommunityId(r.community_id),
        content: ContentId(r.content_id),
        author: r.author_id.map(AccountId),
        base_version: r.base_version,
        body: r.body,
        note: r.note,
        state,
        reason: r.reason,
        decided_by: r.decided_by.map(AccountId),
        decided_at: r.decided_at,
        revision: r.revision,
        created_at: r.created_at,
    })
}
