//! Lean Coffee as a format of a gathering: a gathering with a `lean_coffees` row is a Lean
//! Coffee (votes per person, minutes per topic). Its topics (their text is content), one vote
//! per person per topic, the Roman votes to continue (one hand per person per round), and the
//! harvest actions that came out of each topic. Nothing is added to `gatherings` itself, so
//! other formats can be added beside it the same way.

use super::fk;
use sea_orm_migration::prelude::*;
use sea_orm_migration::schema::*;

#[derive(DeriveIden)]
enum LeanCoffees {
    Table,
    GatheringId,
    VotesPerPerson,
    TimeboxSecs,
    CreatedAt,
}

#[derive(DeriveIden)]
enum LeanTopics {
    Table,
    Id,
    GatheringId,
    ProposedBy,
    State,
    MergedInto,
    /// When the current timebox started, while the topic is discussed.
    StartedAt,
    /// Length of the current timebox.
    BoxSecs,
    /// Roman votes held so far (the current one included).
    Round,
    /// Whether the current Roman vote takes hands.
    VoteOpen,
    EndedAt,
    CreatedAt,
}

#[derive(DeriveIden)]
enum LeanVotes {
    Table,
    Id,
    GatheringId,
    TopicId,
    AccountId,
}

#[derive(DeriveIden)]
enum LeanThumbs {
    Table,
    Id,
    TopicId,
    Round,
    AccountId,
    Thumb,
}

#[derive(DeriveIden)]
enum LeanTopicActions {
    Table,
    ActionId,
    TopicId,
}

#[derive(DeriveIden)]
enum Gatherings {
    Table,
    Id,
}

#[derive(DeriveIden)]
enum Accounts {
    Table,
    Id,
}

#[derive(DeriveIden)]
enum Actions {
    Table,
    Id,
}

pub struct M0090LeanCoffee;

impl MigrationName for M0090LeanCoffee {
    fn name(&self) -> &str {
        "m0090_lean_coffee"
    }
}

#[async_trait::async_trait]
impl MigrationTrait for M0090LeanCoffee {
    fn use_transaction(&self) -> Option<bool> {
        Some(true)
    }

    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        use ForeignKeyAction::{Cascade, SetNull};
        m.create_table(
            Table::create()
                .table(LeanCoffees::Table)
                .col(integer(LeanCoffees::GatheringId).primary_key())
                .col(integer(LeanCoffees::VotesPerPerson))
                .col(integer(LeanCoffees::TimeboxSecs))
                .col(big_integer(LeanCoffees::CreatedAt))
                .foreign_key(&mut fk(
                    (LeanCoffees::Table, LeanCoffees::GatheringId),
                    (Gatherings::Table, Gatherings::Id),
                    Cascade,
                ))
                .check(Expr::col(LeanCoffees::VotesPerPerson).gt(0))
                .check(Expr::col(LeanCoffees::TimeboxSecs).gt(0))
                .to_owned(),
        )
        .await?;
        m.create_table(
            Table::create()
                .table(LeanTopics::Table)
                .col(pk_auto(LeanTopics::Id))
                .col(integer(LeanTopics::GatheringId))
                .col(integer_null(LeanTopics::ProposedBy))
                .col(string_len(LeanTopics::State, 16))
                .col(integer_null(LeanTopics::MergedInto))
                .col(big_integer_null(LeanTopics::StartedAt))
                .col(integer(LeanTopics::BoxSecs).default(0))
                .col(integer(LeanTopics::Round).default(0))
                .col(boolean(LeanTopics::VoteOpen).default(false))
                .col(big_integer_null(LeanTopics::EndedAt))
                .col(big_integer(LeanTopics::CreatedAt))
                .foreign_key(&mut fk(
                    (LeanTopics::Table, LeanTopics::GatheringId),
                    (Gatherings::Table, Gatherings::Id),
                    Cascade,
                ))
                .foreign_key(&mut fk(
                    (LeanTopics::Table, LeanTopics::ProposedBy),
                    (Accounts::Table, Accounts::Id),
                    SetNull,
                ))
                .foreign_key(&mut fk(
                    (LeanTopics::Table, LeanTopics::MergedInto),
                    (LeanTopics::Table, LeanTopics::Id),
                    SetNull,
                ))
                .to_owned(),
        )
        .await?;
        m.create_index(
            Index::create()
                .name("idx_lean_topics_gathering")
                .table(LeanTopics::Table)
                .col(LeanTopics::GatheringId)
                .to_owned(),
        )
        .await?;
        m.create_table(
            Table::create()
                .table(LeanVotes::Table)
                .col(pk_auto(LeanVotes::Id))
                .col(integer(LeanVotes::GatheringId))
                .col(integer(LeanVotes::TopicId))
                .col(integer(LeanVotes::AccountId))
                .foreign_key(&mut fk(
                    (LeanVotes::Table, LeanVotes::GatheringId),
                    (Gatherings::Table, Gatherings::Id),
                    Cascade,
                ))
                .foreign_key(&mut fk(
                    (LeanVotes::Table, LeanVotes::TopicId),
                    (LeanTopics::Table, LeanTopics::Id),
                    Cascade,
                ))
                .foreign_key(&mut fk(
                    (LeanVotes::Table, LeanVotes::AccountId),
                    (Accounts::Table, Accounts::Id),
                    Cascade,
                ))
                // One vote per person per topic, also after a merge.
                .index(
                    Index::create()
                        .unique()
                        .col(LeanVotes::TopicId)
                        .col(LeanVotes::AccountId),
                )
                .to_owned(),
        )
        .await?;
        m.create_index(
            Index::create()
                .name("idx_lean_votes_gathering")
                .table(LeanVotes::Table)
                .col(LeanVotes::GatheringId)
                .col(LeanVotes::AccountId)
                .to_owned(),
        )
        .await?;
        m.create_table(
            Table::create()
                .table(LeanThumbs::Table)
                .col(pk_auto(LeanThumbs::Id))
                .col(integer(LeanThumbs::TopicId))
                .col(integer(LeanThumbs::Round))
                .col(integer(LeanThumbs::AccountId))
                .col(string_len(LeanThumbs::Thumb, 8))
                .foreign_key(&mut fk(
                    (LeanThumbs::Table, LeanThumbs::TopicId),
                    (LeanTopics::Table, LeanTopics::Id),
                    Cascade,
                ))
                .foreign_key(&mut fk(
                    (LeanThumbs::Table, LeanThumbs::AccountId),
                    (Accounts::Table, Accounts::Id),
                    Cascade,
                ))
                .index(
                    Index::create()
                        .unique()
                        .col(LeanThumbs::TopicId)
                        .col(LeanThumbs::Round)
                        .col(LeanThumbs::AccountId),
                )
                .to_owned(),
        )
        .await?;
        m.create_table(
            Table::create()
                .table(LeanTopicActions::Table)
                .col(integer(LeanTopicActions::ActionId).primary_key())
                .col(integer(LeanTopicActions::TopicId))
                .foreign_key(&mut fk(
                    (LeanTopicActions::Table, LeanTopicActions::ActionId),
                    (Actions::Table, Actions::Id),
                    Cascade,
                ))
                .foreign_key(&mut fk(
                    (LeanTopicActions::Table, LeanTopicActions::TopicId),
                    (LeanTopics::Table, LeanTopics::Id),
                    Cascade,
                ))
                .to_owned(),
        )
        .await?;
        Ok(())
    }
}
