//! OpenID Connect: the provider identities linked to an account (one account per provider
//! and subject), the sign-ins under way (state, nonce and PKCE verifier kept here, single use,
//! short-lived; the state and the browser binding stored as hashes), and per community the
//! organization a provider's people land in.

use super::fk;
use sea_orm_migration::prelude::*;
use sea_orm_migration::schema::*;

#[derive(DeriveIden)]
enum OidcIdentities {
    Table,
    Id,
    AccountId,
    Provider,
    Subject,
    Email,
    CreatedAt,
}

#[derive(DeriveIden)]
enum OidcLogins {
    Table,
    Id,
    StateHash,
    BrowserHash,
    Provider,
    Nonce,
    PkceVerifier,
    Purpose,
    AccountId,
    InvitationHash,
    Next,
    CreatedAt,
    ExpiresAt,
}

#[derive(DeriveIden)]
enum OidcOrganizations {
    Table,
    CommunityId,
    Provider,
    OrganizationId,
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

#[derive(DeriveIden)]
enum Organizations {
    Table,
    Id,
}

pub struct M0062Oidc;

impl MigrationName for M0062Oidc {
    fn name(&self) -> &str {
        "m0062_oidc"
    }
}

#[async_trait::async_trait]
impl MigrationTrait for M0062Oidc {
    fn use_transaction(&self) -> Option<bool> {
        Some(true)
    }

    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.create_table(
            Table::create()
                .table(OidcIdentities::Table)
                .col(pk_auto(OidcIdentities::Id))
                .col(integer(OidcIdentities::AccountId))
                .col(string_len(OidcIdentities::Provider, 40))
                .col(string_len(OidcIdentities::Subject, 255))
                .col(string_len_null(OidcIdentities::Email, 254))
                .col(big_integer(OidcIdentities::CreatedAt))
                .foreign_key(&mut fk(
                    (OidcIdentities::Table, OidcIdentities::AccountId),
                    (Accounts::Table, Accounts::Id),
                    ForeignKeyAction::Cascade,
                ))
                .to_owned(),
        )
        .await?;
        m.create_index(
            Index::create()
                .name("idx_oidc_identities_subject")
                .table(OidcIdentities::Table)
                .col(OidcIdentities::Provider)
                .col(OidcIdentities::Subject)
                .unique()
                .to_owned(),
        )
        .await?;
        m.create_index(
            Index::create()
                .name("idx_oidc_identities_account")
                .table(OidcIdentities::Table)
                .col(OidcIdentities::AccountId)
                .to_owned(),
        )
        .await?;
        m.create_table(
            Table::create()
                .table(OidcLogins::Table)
                .col(pk_auto(OidcLogins::Id))
                .col(string_len_uniq(OidcLogins::StateHash, 64))
                .col(string_len(OidcLogins::BrowserHash, 64))
                .col(string_len(OidcLogins::Provider, 40))
                .col(string_len(OidcLogins::Nonce, 128))
                .col(string_len(OidcLogins::PkceVerifier, 128))
                .col(string_len(OidcLogins::Purpose, 16))
                .col(integer_null(OidcLogins::AccountId))
                .col(string_len_null(OidcLogins::InvitationHash, 64))
                .col(string_len(OidcLogins::Next, 2000))
                .col(big_integer(OidcLogins::CreatedAt))
                .col(big_integer(OidcLogins::ExpiresAt))
                .foreign_key(&mut fk(
                    (OidcLogins::Table, OidcLogins::AccountId),
                    (Accounts::Table, Accounts::Id),
                    ForeignKeyAction::Cascade,
                ))
                .to_owned(),
        )
        .await?;
        m.create_table(
            Table::create()
                .table(OidcOrganizations::Table)
                .col(integer(OidcOrganizations::CommunityId))
                .col(string_len(OidcOrganizations::Provider, 40))
                .col(integer(OidcOrganizations::OrganizationId))
                .col(big_integer(OidcOrganizations::CreatedAt))
                .primary_key(
                    Index::create()
                        .col(OidcOrganizations::CommunityId)
                        .col(OidcOrganizations::Provider),
                )
                .foreign_key(&mut fk(
                    (OidcOrganizations::Table, OidcOrganizations::CommunityId),
                    (Communities::Table, Communities::Id),
                    ForeignKeyAction::Cascade,
                ))
                .foreign_key(&mut fk(
                    (OidcOrganizations::Table, OidcOrganizations::OrganizationId),
                    (Organizations::Table, Organizations::Id),
                    ForeignKeyAction::Cascade,
                ))
                .to_owned(),
        )
        .await
    }

    async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
        for t in [
            OidcOrganizations::Table.into_iden(),
            OidcLogins::Table.into_iden(),
            OidcIdentities::Table.into_iden(),
        ] {
            m.drop_table(Table::drop().table(t).to_owned()).await?;
        }
        Ok(())
    }
}
