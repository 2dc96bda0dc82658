//! Invitations to lead an initiative: a starter or lead offers, the person accepts (and only
//! then becomes a lead) or declines. One open offer per person and initiative; an answered
//! offer is deleted, so a row is always a question still waiting for its answer.

use super::fk;
use sea_orm_migration::prelude::*;
use sea_orm_migration::schema::*;

#[derive(DeriveIden)]
enum InitiativeLeadOffers {
    Table,
    Id,
    InitiativeId,
    AccountId,
    OfferedBy,
    CreatedAt,
}

#[derive(DeriveIden)]
enum Initiatives {
    Table,
    Id,
}

#[derive(DeriveIden)]
enum Accounts {
    Table,
    Id,
}

pub struct M0093InitiativeLeadOffers;

impl MigrationName for M0093InitiativeLeadOffers {
    fn name(&self) -> &str {
        "m0093_initiative_lead_offers"
    }
}

#[async_trait::async_trait]
impl MigrationTrait for M0093InitiativeLeadOffers {
    fn use_transaction(&self) -> Option<bool> {
        Some(true)
    }

    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        use ForeignKeyAction::{Cascade, SetNull};
        m.create_table(
            Table::create()
                .table(InitiativeLeadOffers::Table)
                .col(pk_auto(InitiativeLeadOffers::Id))
                .col(integer(InitiativeLeadOffers::InitiativeId))
                .col(integer(InitiativeLeadOffers::AccountId))
                .col(integer_null(InitiativeLeadOffers::OfferedBy))
                .col(big_integer(InitiativeLeadOffers::CreatedAt))
                .foreign_key(&mut fk(
                    (
                        InitiativeLeadOffers::Table,
                        InitiativeLeadOffers::InitiativeId,
                    ),
                    (Initiatives::Table, Initiatives::Id),
                    Cascade,
                ))
                .foreign_key(&mut fk(
                    (InitiativeLeadOffers::Table, InitiativeLeadOffers::AccountId),
                    (Accounts::Table, Accounts::Id),
                    Cascade,
                ))
                .foreign_key(&mut fk(
                    (InitiativeLeadOffers::Table, InitiativeLeadOffers::OfferedBy),
                    (Accounts::Table, Accounts::Id),
                    SetNull,
                ))
                .index(
                    Index::create()
                        .unique()
                        .col(InitiativeLeadOffers::InitiativeId)
                        .col(InitiativeLeadOffers::AccountId),
                )
                .to_owned(),
        )
        .await?;
        Ok(())
    }
}
