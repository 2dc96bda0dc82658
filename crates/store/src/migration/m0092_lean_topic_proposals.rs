//! A Lean Coffee topic turned into a proposal for the community's decision process: which
//! decision came out of which topic (one topic may lead to several decisions; a decision comes
//! from at most one topic). Both sides go with what they belong to.

use super::fk;
use sea_orm_migration::prelude::*;
use sea_orm_migration::schema::*;

#[derive(DeriveIden)]
enum LeanTopicProposals {
    Table,
    DecisionId,
    TopicId,
    ProposedBy,
    CreatedAt,
}

#[derive(DeriveIden)]
enum Decisions {
    Table,
    Id,
}

#[derive(DeriveIden)]
enum LeanTopics {
    Table,
    Id,
}

#[derive(DeriveIden)]
enum Accounts {
    Table,
    Id,
}

pub struct M0092LeanTopicProposals;

impl MigrationName for M0092LeanTopicProposals {
    fn name(&self) -> &str {
        "m0092_lean_topic_proposals"
    }
}

#[async_trait::async_trait]
impl MigrationTrait for M0092LeanTopicProposals {
    fn use_transaction(&self) -> Option<bool> {
        Some(true)
    }

    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        use ForeignKeyAction::{Cascade, SetNull};
        m.create_table(
            Table::create()
                .table(LeanTopicProposals::Table)
                .col(integer(LeanTopicProposals::DecisionId).primary_key())
                .col(integer(LeanTopicProposals::TopicId))
                .col(integer_null(LeanTopicProposals::ProposedBy))
                .col(big_integer(LeanTopicProposals::CreatedAt))
                .foreign_key(&mut fk(
                    (LeanTopicProposals::Table, LeanTopicProposals::DecisionId),
                    (Decisions::Table, Decisions::Id),
                    Cascade,
                ))
                .foreign_key(&mut fk(
                    (LeanTopicProposals::Table, LeanTopicProposals::TopicId),
                    (LeanTopics::Table, LeanTopics::Id),
                    Cascade,
                ))
                .foreign_key(&mut fk(
                    (LeanTopicProposals::Table, LeanTopicProposals::ProposedBy),
                    (Accounts::Table, Accounts::Id),
                    SetNull,
                ))
                .to_owned(),
        )
        .await?;
        m.create_index(
            Index::create()
                .name("idx_lean_topic_proposals_topic")
                .table(LeanTopicProposals::Table)
                .col(LeanTopicProposals::TopicId)
                .to_owned(),
        )
        .await?;
        Ok(())
    }
}
