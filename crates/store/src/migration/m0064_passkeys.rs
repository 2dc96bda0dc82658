//! Passkeys (WebAuthn) as a second factor: each credential as webauthn-rs serialises it (its
//! public key and signature counter), named by its owner; and the open ceremonies, whose
//! challenge state is kept here rather than in a cookie, used once and expiring.

use super::fk;
use sea_orm_migration::prelude::*;
use sea_orm_migration::schema::*;

#[derive(DeriveIden)]
enum Passkeys {
    Table,
    Id,
    AccountId,
    Name,
    CredentialId,
    Credential,
    CreatedAt,
    LastUsedAt,
}

#[derive(DeriveIden)]
enum PasskeyCeremonies {
    Table,
    Id,
    TokenHash,
    AccountId,
    Purpose,
    State,
    ExpiresAt,
}

#[derive(DeriveIden)]
enum Accounts {
    Table,
    Id,
}

pub struct M0064Passkeys;

impl MigrationName for M0064Passkeys {
    fn name(&self) -> &str {
        "m0064_passkeys"
    }
}

#[async_trait::async_trait]
impl MigrationTrait for M0064Passkeys {
    fn use_transaction(&self) -> Option<bool> {
        Some(true)
    }

    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.create_table(
            Table::create()
                .table(Passkeys::Table)
                .col(pk_auto(Passkeys::Id))
                .col(integer(Passkeys::AccountId))
                .col(string_len(Passkeys::Name, 60))
                // Base64url of the credential id (at most 1023 bytes).
                .col(string_len_uniq(Passkeys::CredentialId, 1400))
                .col(text(Passkeys::Credential))
                .col(big_integer(Passkeys::CreatedAt))
                .col(big_integer_null(Passkeys::LastUsedAt))
                .foreign_key(&mut fk(
                    (Passkeys::Table, Passkeys::AccountId),
                    (Accounts::Table, Accounts::Id),
                    ForeignKeyAction::Cascade,
                ))
                .to_owned(),
        )
        .await?;
        m.create_index(
            Index::create()
                .name("idx_passkeys_account")
                .table(Passkeys::Table)
                .col(Passkeys::AccountId)
                .to_owned(),
        )
        .await?;
        m.create_table(
            Table::create()
                .table(PasskeyCeremonies::Table)
                .col(pk_auto(PasskeyCeremonies::Id))
                .col(string_len_uniq(PasskeyCeremonies::TokenHash, 64))
                .col(integer(PasskeyCeremonies::AccountId))
                .col(string_len(PasskeyCeremonies::Purpose, 16))
                .col(text(PasskeyCeremonies::State))
                .col(big_integer(PasskeyCeremonies::ExpiresAt))
                .foreign_key(&mut fk(
                    (PasskeyCeremonies::Table, PasskeyCeremonies::AccountId),
                    (Accounts::Table, Accounts::Id),
                    ForeignKeyAction::Cascade,
                ))
                .to_owned(),
        )
        .await
    }

    async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
        for t in [
            PasskeyCeremonies::Table.into_iden(),
            Passkeys::Table.into_iden(),
        ] {
            m.drop_table(Table::drop().table(t).to_owned()).await?;
        }
        Ok(())
    }
}
