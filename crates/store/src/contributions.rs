//! Contributions: title, summary, license and attribution here, the body as content (kind
//! `contribution`, owner = the row); the curation state and the last decision with its reason.

use crate::entity::contribution;
use crate::{Contribution, Result, StoreError};
use sea_orm::sea_query::Expr;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder, Set,
};

pub struct NewContribution<'a> {
    pub community: i32,
    pub author: i32,
    pub title: &'a str,
    pub summary: &'a str,
    pub license: &'a str,
    pub attribution: &'a str,
    pub state: &'a str,
    pub now: i64,
}

pub async fn create(db: &impl ConnectionTrait, c: NewContribution<'_>) -> Result<Contribution> {
    Ok(contribution::ActiveModel {
        community_id: Set(c.community),
        author_id: Set(Some(c.author)),
        title: Set(c.title.to_owned()),
        summary: Set(c.summary.to_owned()),
        license: Set(c.license.to_owned()),
        attribution: Set(c.attribution.to_owned()),
        state: Set(c.state.to_owned()),
        reason: Set(String::new()),
        decided_by: Set(None),
        decided_at: Set(None),
        published_at: Set(None),
        created_at: Set(c.now),
        updated_at: Set(c.now),
        ..Default::default()
    }
    .insert(db)
    .await?)
}

/// Names the content a contribution offers to the public (it is an offer of it).
pub async fn set_source(db: &impl ConnectionTrait, id: i32, source: i32) -> Result<()> {
    contribution::Entity::update_many()
        .col_expr(contribution::Column::SourceContentId, Expr::value(source))
        .filter(contribution::Column::Id.eq(id))
        .exec(db)
        .await?;
    Ok(())
}

/// The contribution that offers `source`, if one waits, is sent back, or was accepted.
pub async fn offer_of(db: &impl ConnectionTrait, source: i32) -> Result<Option<Contribution>> {
    Ok(contribution::Entity::find()
        .filter(contribution::Column::SourceContentId.eq(source))
        .filter(contribution::Column::State.is_in(["waiting", "changes", "accepted"]))
        .one(db)
        .await?)
}

/// A contribution of `community` (another community's is "not found").
pub async fn get(db: &impl ConnectionTrait, community: i32, id: i32) -> Result<Contribution> {
    contribution::Entity::find_by_id(id)
        .filter(contribution::Column::CommunityId.eq(community))
        .one(db)
        .await?
        .ok_or(StoreError::NotFound)
}

pub async fn by_id(db: &impl ConnectionTrait, id: i32) -> Result<Option<Contribution>> {
    Ok(contribution::Entity::find_by_id(id).one(db).await?)
}

/// The community's contributions in `states`, newest first.
pub async fn list(
    db: &impl ConnectionTrait,
    community: i32,
    states: &[&str],
) -> Result<Vec<Contribution>> {
    Ok(contribution::Entity::find()
        .filter(contribution::Column::CommunityId.eq(community))
        .filter(contribution::Column::State.is_in(states.iter().copied()))
        .order_by_desc(contribution::Column::UpdatedAt)
        .order_by_desc(contribution::Column::Id)
        .all(db)
        .await?)
}

/// One author's contributions in a community, newest first.
pub async fn of_author(
    db: &impl ConnectionTrait,
    community: i32,
    author: i32,
) -> Result<Vec<Contribution>> {
    Ok(contribution::Entity::find()
        .filter(contribution::Column::CommunityId.eq(community))
        .filter(contribution::Column::AuthorId.eq(author))
        .order_by_desc(contribution::Column::Id)
        .all(db)
        .await?)
}

/// Accepted contributions, the latest published first.
pub async fn published(
    db: &impl ConnectionTrait,
    community: i32,
    limit: u64,
) -> Result<Vec<Contribution>> {
    use sea_orm::QuerySelect;
    Ok(contribution::Entity::find()
        .filter(contribution::Column::CommunityId.eq(community))
        .filter(contribution::Column::State.eq("accepted"))
        .order_by_desc(contribution::Column::PublishedAt)
        .order_by_desc(contribution::Column::Id)
        .limit(limit)
        .all(db)
        .await?)
}

/// A decision: the new state and its reason; `published` on acceptance. Only from `from`
/// (a conditional update: of two curators deciding at once, one wins). Whether it applied.
#[expect(clippy::too_many_arguments, reason = "a decision's fields, all named")]
pub async fn decide(
    db: &impl ConnectionTrait,
    id: i32,
    from: &str,
    state: &str,
    reason: &str,
    by: i32,
    now: i64,
    published: bool,
) -> Result<bool> {
    let mut q = contribution::Entity::update_many()
        .col_expr(contribution::Column::State, Expr::value(state))
        .col_expr(contribution::Column::Reason, Expr::value(reason))
        .col_expr(contribution::Column::DecidedBy, Expr::value(by))
        .col_expr(contribution::Column::DecidedAt, Expr::value(now))
        .col_expr(contribution::Column::UpdatedAt, Expr::value(now));
    if published {
        q = q.col_expr(contribution::Column::PublishedAt, Expr::value(now));
    }
    Ok(q.filter(contribution::Column::Id.eq(id))
        .filter(contribution::Column::State.eq(from))
        .exec(db)
        .await?
        .rows_affected
        == 1)
}

/// The author's edit: new title, summary and attribution, and it waits for curation again.
pub async fn revise(
    db: &impl ConnectionTrait,
    id: i32,
    title: &str,
    summary: &str,
    attribution: &str,
    now: i64,
) -> Result<()> {
    contribution::Entity::update_many()
        .col_expr(contribution::Column::Title, Expr::value(title))
        .col_expr(contribution::Column::Summary, Expr::value(summary))
        .col_expr(contribution::Column::Attribution, Expr::value(attribution))
        .col_expr(contribution::Column::State, Expr::value("waiting"))
        .col_expr(contribution::Column::UpdatedAt, Expr::value(now))
        .filter(contribution::Column::Id.eq(id))
        .exec(db)
        .await?;
    Ok(())
}
