//! A community's library: the rows of the practices and designs it keeps (the files are
//! content of kind `practice` / `design`), and the timers of gatherings that run a design.

use crate::entity::{design_run, design_run_slot, library_work};
use crate::{DesignRun, LibraryWork, Result, StoreError, unique};
use sea_orm::sea_query::{Expr, ExprTrait};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder, Set,
};

/// What kind of work a row is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum WorkKind {
    Practice,
    Design,
}

impl WorkKind {
    pub fn as_str(self) -> &'static str {
        match self {
            WorkKind::Practice => "practice",
            WorkKind::Design => "design",
        }
    }
}

pub struct NewWork<'a> {
    pub community: i32,
    pub kind: WorkKind,
    pub slug: &'a str,
    pub author: i32,
    pub parent: Option<i32>,
    pub source_url: Option<&'a str>,
    pub now: i64,
}

/// Adds a work; a slug the community already uses for this kind is `Duplicate("slug")`.
pub async fn create(db: &impl ConnectionTrait, w: NewWork<'_>) -> Result<LibraryWork> {
    library_work::ActiveModel {
        community_id: Set(w.community),
        kind: Set(w.kind.as_str().to_owned()),
        slug: Set(w.slug.to_owned()),
        author_id: Set(Some(w.author)),
        parent_id: Set(w.parent),
        source_url: Set(w.source_url.map(str::to_owned)),
        published_at: Set(None),
        created_at: Set(w.now),
        updated_at: Set(w.now),
        ..Default::default()
    }
    .insert(db)
    .await
    .map_err(unique("slug"))
}

/// The community's work of `kind` with `slug`.
pub async fn by_slug(
    db: &impl ConnectionTrait,
    community: i32,
    kind: WorkKind,
    slug: &str,
) -> Result<LibraryWork> {
    library_work::Entity::find()
        .filter(library_work::Column::CommunityId.eq(community))
        .filter(library_work::Column::Kind.eq(kind.as_str()))
        .filter(library_work::Column::Slug.eq(slug))
        .one(db)
        .await?
        .ok_or(StoreError::NotFound)
}

pub async fn by_id(db: &impl ConnectionTrait, id: i32) -> Result<LibraryWork> {
    library_work::Entity::find_by_id(id)
        .one(db)
        .await?
        .ok_or(StoreError::NotFound)
}

/// The community's works of `kind`, oldest first.
pub async fn list(
    db: &impl ConnectionTrait,
    community: i32,
    kind: WorkKind,
) -> Result<Vec<LibraryWork>> {
    Ok(library_work::Entity::find()
        .filter(library_work::Column::CommunityId.eq(community))
        .filter(library_work::Column::Kind.eq(kind.as_str()))
        .order_by_asc(library_work::Column::Id)
        .all(db)
        .await?)
}

/// The works forked from `parent`.
pub async fn children(db: &impl ConnectionTrait, parent: i32) -> Result<Vec<LibraryWork>> {
    Ok(library_work::Entity::find()
        .filter(library_work::Column::ParentId.eq(parent))
        .order_by_asc(library_work::Column::Id)
        .all(db)
        .await?)
}

pub async fn set_published(db: &impl ConnectionTrait, id: i32, at: Option<i64>) -> Result<()> {
    library_work::Entity::update_many()
        .col_expr(library_work::Column::PublishedAt, at.into())
        .filter(library_work::Column::Id.eq(id))
        .exec(db)
        .await?;
    Ok(())
}

pub async fn touch(db: &impl ConnectionTrait, id: i32, now: i64) -> Result<()> {
    library_work::Entity::update_many()
        .col_expr(library_work::Column::UpdatedAt, now.into())
        .filter(library_work::Column::Id.eq(id))
        .exec(db)
        .await?;
    Ok(())
}

/// The timer of the gathering that runs a design, if it runs one.
pub async fn run_of(db: &impl ConnectionTrait, gathering: i32) -> Result<Option<DesignRun>> {
    Ok(design_run::Entity::find_by_id(gathering).one(db).await?)
}

/// Makes the gathering run `work` from its first block, paused (replacing a run before).
pub async fn start_run(
    db: &impl ConnectionTrait,
    gathering: i32,
    work: i32,
    now: i64,
) -> Result<DesignRun> {
    design_run::Entity::delete_by_id(gathering).exec(db).await?;
    Ok(design_run::ActiveModel {
        gathering_id: Set(gathering),
        work_id: Set(work),
        block: Set(0),
        running_since: Set(None),
        spent: Set(0),
        extra: Set(0),
        version: Set(1),
        updated_at: Set(now),
    }
    .insert(db)
    .await?)
}

/// The timer's new state, written on top of `version` (a stale write changes nothing and
/// answers `false`).
pub struct TimerState {
    pub block: i32,
    pub running_since: Option<i64>,
    pub spent: i64,
    pub extra: i64,
}

pub async fn save_timer(
    db: &impl ConnectionTrait,
    gathering: i32,
    version: i32,
    t: TimerState,
    now: i64,
) -> Result<bool> {
    let r = design_run::Entity::update_many()
        .col_expr(design_run::Column::Block, t.block.into())
        .col_expr(design_run::Column::RunningSince, t.running_since.into())
        .col_expr(design_run::Column::Spent, t.spent.into())
        .col_expr(design_run::Column::Extra, t.extra.into())
        .col_expr(
            design_run::Column::Version,
            Expr::col(design_run::Column::Version).add(1),
        )
        .col_expr(design_run::Column::UpdatedAt, now.into())
        .filter(design_run::Column::GatheringId.eq(gathering))
        .filter(design_run::Column::Version.eq(version))
        .exec(db)
        .await?;
    Ok(r.rows_affected == 1)
}

/// Every published work of this server, newest first (at most 500).
pub async fn published(db: &impl ConnectionTrait) -> Result<Vec<LibraryWork>> {
    use sea_orm::QuerySelect;
    Ok(library_work::Entity::find()
        .filter(library_work::Column::PublishedAt.is_not_null())
        .order_by_desc(library_work::Column::PublishedAt)
        .order_by_desc(library_work::Column::Id)
        .limit(500)
        .all(db)
        .await?)
}

/// The agenda slots the gathering's run made, as (block, slot id), by block.
pub async fn run_slots(db: &impl ConnectionTrait, gathering: i32) -> Result<Vec<(i32, i32)>> {
    Ok(design_run_slot::Entity::find()
        .filter(design_run_slot::Column::GatheringId.eq(gathering))
        .order_by_asc(design_run_slot::Column::Block)
        .all(db)
        .await?
        .into_iter()
        .map(|r| (r.block, r.slot_id))
        .collect())
}

/// Records that `slot` shows `block` of the gathering's run.
pub async fn add_run_slot(
    db: &impl ConnectionTrait,
    gathering: i32,
    block: i32,
    slot: i32,
) -> Result<()> {
    design_run_slot::Entity::insert(design_run_slot::ActiveModel {
        gathering_id: Set(gathering),
        block: Set(block),
        slot_id: Set(slot),
    })
    .exec_without_returning(db)
    .await?;
    Ok(())
}
