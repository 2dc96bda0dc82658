//! World Café: the café row of a gathering (its timer), rounds, tables, the people taking
//! part, each person's suggested table and chosen seat per round, notes and themes.

use crate::entity::cafe::{cafe_row as cafe, note, person, place, round, table, theme};
use crate::{Result, StoreError, unique};
use sea_orm::sea_query::{Expr, OnConflict};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder, Set,
};

pub use cafe::Model as Cafe;
pub use note::Model as Note;
pub use person::Model as Person;
pub use place::Model as Place;
pub use round::Model as Round;
pub use table::Model as Table;
pub use theme::Model as Theme;

pub async fn create(
    db: &impl ConnectionTrait,
    gathering: i32,
    table_size: i32,
    now: i64,
) -> Result<Cafe> {
    cafe::ActiveModel {
        gathering_id: Set(gathering),
        table_size: Set(table_size),
        round: Set(0),
        started_at: Set(None),
        paused_elapsed: Set(None),
        created_at: Set(now),
    }
    .insert(db)
    .await
    .map_err(unique("World Café"))
}

pub async fn get(db: &impl ConnectionTrait, gathering: i32) -> Result<Option<Cafe>> {
    Ok(cafe::Entity::find_by_id(gathering).one(db).await?)
}

/// The current round and its timer.
pub async fn set_timer(
    db: &impl ConnectionTrait,
    gathering: i32,
    round: i32,
    started_at: Option<i64>,
    paused_elapsed: Option<i64>,
) -> Result<()> {
    cafe::Entity::update_many()
        .col_expr(cafe::Column::Round, Expr::value(round))
        .col_expr(cafe::Column::StartedAt, Expr::value(started_at))
        .col_expr(cafe::Column::PausedElapsed, Expr::value(paused_elapsed))
        .filter(cafe::Column::GatheringId.eq(gathering))
        .exec(db)
        .await?;
    Ok(())
}

pub async fn add_round(
    db: &impl ConnectionTrait,
    gathering: i32,
    number: i32,
    question: &str,
    minutes: i32,
) -> Result<Round> {
    round::ActiveModel {
        gathering_id: Set(gathering),
        number: Set(number),
        question: Set(question.to_owned()),
        minutes: Set(minutes),
        ..Default::default()
    }
    .insert(db)
    .await
    .map_err(unique("round"))
}

pub async fn rounds(db: &impl ConnectionTrait, gathering: i32) -> Result<Vec<Round>> {
    Ok(round::Entity::find()
        .filter(round::Column::GatheringId.eq(gathering))
        .order_by_asc(round::Column::Number)
        .all(db)
        .await?)
}

pub async fn add_table(
    db: &impl ConnectionTrait,
    gathering: i32,
    number: i32,
    name: &str,
    capacity: i32,
    host: Option<i32>,
) -> Result<Table> {
    table::ActiveModel {
        gathering_id: Set(gathering),
        number: Set(number),
        name: Set(name.to_owned()),
        capacity: Set(capacity),
        host_id: Set(host),
        ..Default::default()
    }
    .insert(db)
    .await
    .map_err(unique("table"))
}

pub async fn tables(db: &impl ConnectionTrait, gathering: i32) -> Result<Vec<Table>> {
    Ok(table::Entity::find()
        .filter(table::Column::GatheringId.eq(gathering))
        .order_by_asc(table::Column::Number)
        .all(db)
        .await?)
}

/// A table of this café (another café's is "not found").
pub async fn table(db: &impl ConnectionTrait, gathering: i32, id: i32) -> Result<Table> {
    table::Entity::find_by_id(id)
        .filter(table::Column::GatheringId.eq(gathering))
        .one(db)
        .await?
        .ok_or(StoreError::NotFound)
}

pub async fn set_host(db: &impl ConnectionTrait, table_id: i32, host: Option<i32>) -> Result<()> {
    table::Entity::update_many()
        .col_expr(table::Column::HostId, Expr::value(host))
        .filter(table::Column::Id.eq(table_id))
        .exec(db)
        .await?;
    Ok(())
}

/// Takes part from `from_round` on (again, after leaving).
pub async fn join(
    db: &impl ConnectionTrait,
    gathering: i32,
    account: i32,
    from_round: i32,
) -> Result<()> {
    person::Entity::insert(person::ActiveModel {
        gathering_id: Set(gathering),
        account_id: Set(account),
        from_round: Set(from_round),
        until_round: Set(None),
    })
    .on_conflict(
        OnConflict::columns([person::Column::GatheringId, person::Column::AccountId])
            .update_columns([person::Column::FromRound, person::Column::UntilRound])
            .to_owned(),
    )
    .exec(db)
    .await?;
    Ok(())
}

/// Leaves after `until_round` (the last round they were there for).
pub async fn leave(
    db: &impl ConnectionTrait,
    gathering: i32,
    account: i32,
    until_round: i32,
) -> Result<()> {
    person::Entity::update_many()
        .col_expr(person::Column::UntilRound, Expr::value(until_round))
        .filter(person::Column::GatheringId.eq(gathering))
        .filter(person::Column::AccountId.eq(account))
        .exec(db)
        .await?;
    Ok(())
}

pub async fn people(db: &impl ConnectionTrait, gathering: i32) -> Result<Vec<Person>> {
    Ok(person::Entity::find()
        .filter(person::Column::GatheringId.eq(gathering))
        .order_by_asc(person::Column::AccountId)
        .all(db)
        .await?)
}

pub async fn places(db: &impl ConnectionTrait, gathering: i32) -> Result<Vec<Place>> {
    Ok(place::Entity::find()
        .filter(place::Column::GatheringId.eq(gathering))
        .order_by_asc(place::Column::Round)
        .order_by_asc(place::Column::AccountId)
        .all(db)
        .await?)
}

/// Sets one person's suggested table in one round (`None` takes the suggestion away); their
/// chosen seat is left as it is.
pub async fn suggest(
    db: &impl ConnectionTrait,
    gathering: i32,
    round: i32,
    account: i32,
    table: Option<i32>,
) -> Result<()> {
    place::Entity::insert(place::ActiveModel {
        gathering_id: Set(gathering),
        round: Set(round),
        account_id: Set(account),
        suggested_table: Set(table),
        seat_table: Set(None),
    })
    .on_conflict(
        OnConflict::columns([
            place::Column::GatheringId,
            place::Column::Round,
            place::Column::AccountId,
        ])
        .update_column(place::Column::SuggestedTable)
        .to_owned(),
    )
    .exec(db)
    .await?;
    Ok(())
}

/// Where a person chose to sit in a round; their suggestion is left as it is.
pub async fn seat(
    db: &impl ConnectionTrait,
    gathering: i32,
    round: i32,
    account: i32,
    table: Option<i32>,
) -> Result<()> {
    place::Entity::insert(place::ActiveModel {
        gathering_id: Set(gathering),
        round: Set(round),
        account_id: Set(account),
        suggested_table: Set(None),
        seat_table: Set(table),
    })
    .on_conflict(
        OnConflict::columns([
            place::Column::GatheringId,
            place::Column::Round,
            place::Column::AccountId,
        ])
        .update_column(place::Column::SeatTable)
        .to_owned(),
    )
    .exec(db)
    .await?;
    Ok(())
}

/// The note row of a table in a round, made the first time it is asked for.
pub async fn note_for(
    db: &impl ConnectionTrait,
    gathering: i32,
    table_id: i32,
    round: i32,
) -> Result<Note> {
    if let Some(n) = note::Entity::find()
        .filter(note::Column::TableId.eq(table_id))
        .filter(note::Column::Round.eq(round))
        .one(db)
        .await?
    {
        return Ok(n);
    }
    note::ActiveModel {
        gathering_id: Set(gathering),
        table_id: Set(table_id),
        round: Set(round),
        theme_id: Set(None),
        ..Default::default()
    }
    .insert(db)
    .await
    .map_err(unique("note"))
}

pub async fn notes(db: &impl ConnectionTrait, gathering: i32) -> Result<Vec<Note>> {
    Ok(note::Entity::find()
        .filter(note::Column::GatheringId.eq(gathering))
        .order_by_asc(note::Column::Round)
        .order_by_asc(note::Column::TableId)
        .all(db)
        .await?)
}

pub async fn themes(db: &impl ConnectionTrait, gathering: i32) -> Result<Vec<Theme>> {
    Ok(theme::Entity::find()
        .filter(theme::Column::GatheringId.eq(gathering))
        .order_by_asc(theme::Column::Position)
        .order_by_asc(theme::Column::Id)
        .all(db)
        .await?)
}

/// Replaces the café's themes: each `(name, notes)` becomes a theme holding those notes.
pub async fn replace_themes(
    db: &impl ConnectionTrait,
    gathering: i32,
    themes: &[(String, Vec<i32>)],
) -> Result<()> {
    note::Entity::update_many()
        .col_expr(note::Column::ThemeId, Expr::value(Option::<i32>::None))
        .filter(note::Column::GatheringId.eq(gathering))
        .exec(db)
        .await?;
    theme::Entity::delete_many()
        .filter(theme::Column::GatheringId.eq(gathering))
        .exec(db)
        .await?;
    for (i, (name, notes)) in themes.iter().enumerate() {
        let t = theme::ActiveModel {
            gathering_id: Set(gathering),
            name: Set(name.clone()),
            position: Set(i32::try_from(i).unwrap_or(i32::MAX)),
            ..Default::default()
        }
        .insert(db)
        .await?;
        note::Entity::update_many()
            .col_expr(note::Column::ThemeId, Expr::value(t.id))
            .filter(note::Column::GatheringId.eq(gathering))
            .filter(note::Column::Id.is_in(notes.iter().copied()))
            .exec(db)
            .await?;
    }
    Ok(())
}

/// Moves a note of this café into one of its themes (or out of every theme).
pub async fn move_note(
    db: &impl ConnectionTrait,
    gathering: i32,
    note_id: i32,
    theme_id: Option<i32>,
) -> Result<()> {
    if let Some(t) = theme_id {
        theme::Entity::find_by_id(t)
            .filter(theme::Column::GatheringId.eq(gathering))
            .one(db)
            .await?
            .ok_or(StoreError::NotFound)?;
    }
    let r = note::Entity::update_many()
        .col_expr(note::Column::ThemeId, Expr::value(theme_id))
        .filter(note::Column::GatheringId.eq(gathering))
        .filter(note::Column::Id.eq(note_id))
        .exec(db)
        .await?;
    if r.rows_affected == 0 {
        return Err(StoreError::NotFound);
    }
    Ok(())
}

/// Renames a theme of this café.
pub async fn rename_theme(
    db: &impl ConnectionTrait,
    gathering: i32,
    theme_id: i32,
    name: &str,
) -> Result<()> {
    let r = theme::Entity::update_many()
        .col_expr(theme::Column::Name, Expr::value(name))
        .filter(theme::Column::GatheringId.eq(gathering))
        .filter(theme::Column::Id.eq(theme_id))
        .exec(db)
        .await?;
    if r.rows_affected == 0 {
        return Err(StoreError::NotFound);
    }
    Ok(())
}
