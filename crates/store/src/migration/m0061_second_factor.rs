//! A second factor: one TOTP secret per account (confirmed once the first code matches; the
//! last time step used, so a code cannot be replayed), ten single-use recovery codes stored as
//! hashes, and the communities that require a second factor of their stewards and curators.

use super::fk;
use sea_orm_migration::prelude::*;
use sea_orm_migration::schema::*;

#[derive(DeriveIden)]
enum TotpFactors {
    Table,
    Id,
    AccountId,
    TotpSecret,
    ConfirmedAt,
    LastStep,
    CreatedAt,
}

#[derive(DeriveIden)]
enum RecoveryCodes {
    Table,
    Id,
    AccountId,
    CodeHash,
    UsedAt,
}

#[derive(DeriveIden)]
enum SecondFactorRequired {
    Table,
    CommunityId,
    CreatedAt,
}

#[derive(DeriveIden)]
enum Accounts {
    Table,
    Id,
}

#[derive(DeriveIden)]
enum Communities {
    Table,
    Id,
}

pub struct M0061SecondFactor;

impl MigrationName for M0061SecondFactor {
    fn name(&self) -> &str {
        "m0061_second_factor"
    }
}

#[async_trait::async_trait]
impl MigrationTrait for M0061SecondFactor {
    fn use_transaction(&self) -> Option<bool> {
        Some(true)
    }

    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.create_table(
            Table::create()
                .table(TotpFactors::Table)
                .col(pk_auto(TotpFactors::Id))
                .col(integer_uniq(TotpFactors::AccountId))
                .col(string_len(TotpFactors::TotpSecret, 64))
                .col(big_integer_null(TotpFactors::ConfirmedAt))
                .col(big_integer(TotpFactors::LastStep).default(0))
                .col(big_integer(TotpFactors::CreatedAt))
                .foreign_key(&mut fk(
                    (TotpFactors::Table, TotpFactors::AccountId),
                    (Accounts::Table, Accounts::Id),
                    ForeignKeyAction::Cascade,
                ))
                .to_owned(),
        )
        .await?;
        m.create_table(
            Table::create()
                .table(RecoveryCodes::Table)
                .col(pk_auto(RecoveryCodes::Id))
                .col(integer(RecoveryCodes::AccountId))
                .col(string_len(RecoveryCodes::CodeHash, 64))
                .col(big_integer_null(RecoveryCodes::UsedAt))
                .foreign_key(&mut fk(
                    (RecoveryCodes::Table, RecoveryCodes::AccountId),
                    (Accounts::Table, Accounts::Id),
                    ForeignKeyAction::Cascade,
                ))
                .to_owned(),
        )
        .await?;
        m.create_index(
            Index::create()
                .name("idx_recovery_codes_account")
                .table(RecoveryCodes::Table)
                .col(RecoveryCodes::AccountId)
                .to_owned(),
        )
        .await?;
        m.create_table(
            Table::create()
                .table(SecondFactorRequired::Table)
                .col(integer(SecondFactorRequired::CommunityId).primary_key())
                .col(big_integer(SecondFactorRequired::CreatedAt))
                .foreign_key(&mut fk(
                    (
                        SecondFactorRequired::Table,
                        SecondFactorRequired::CommunityId,
                    ),
                    (Communities::Table, Communities::Id),
                    ForeignKeyAction::Cascade,
                ))
                .to_owned(),
        )
        .await
    }

    async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
        for t in [
            SecondFactorRequired::Table.into_iden(),
            RecoveryCodes::Table.into_iden(),
            TotpFactors::Table.into_iden(),
        ] {
            m.drop_table(Table::drop().table(t).to_owned()).await?;
        }
        Ok(())
    }
}
