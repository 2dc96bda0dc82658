//! Each person's choices about the collaboration network of a community: leaving it out of
//! network analysis altogether, and letting others see their own metrics.

use super::fk;
use super::m0001_foundation::{Accounts, Communities};
use sea_orm_migration::prelude::*;
use sea_orm_migration::schema::*;

#[derive(DeriveIden)]
enum NetworkPrefs {
    Table,
    Id,
    CommunityId,
    AccountId,
    OptedOut,
    ShareMetrics,
}

pub struct M0004Network;

impl MigrationName for M0004Network {
    fn name(&self) -> &str {
        "m0004_network"
    }
}

#[async_trait::async_trait]
impl MigrationTrait for M0004Network {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        use ForeignKeyAction::Cascade;
        m.create_table(
            Table::create()
                .table(NetworkPrefs::Table)
                .col(pk_auto(NetworkPrefs::Id))
                .col(integer(NetworkPrefs::CommunityId))
                .col(integer(NetworkPrefs::AccountId))
                .col(boolean(NetworkPrefs::OptedOut).default(false))
                .col(boolean(NetworkPrefs::ShareMetrics).default(false))
                .foreign_key(&mut fk(
                    (NetworkPrefs::Table, NetworkPrefs::CommunityId),
                    (Communities::Table, Communities::Id),
                    Cascade,
                ))
                .foreign_key(&mut fk(
                    (NetworkPrefs::Table, NetworkPrefs::AccountId),
                    (Accounts::Table, Accounts::Id),
                    Cascade,
                ))
                .index(
                    Index::create()
                        .unique()
                        .col(NetworkPrefs::CommunityId)
                        .col(NetworkPrefs::AccountId),
                )
                .to_owned(),
        )
        .await?;
        Ok(())
    }
}
