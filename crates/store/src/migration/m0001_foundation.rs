//! The first schema: accounts, secrets, communities, organizations, memberships, invitations
//! and the audit log.

use super::fk;
use sea_orm_migration::prelude::*;
use sea_orm_migration::schema::*;

#[derive(DeriveIden)]
pub(super) enum Accounts {
    Table,
    Id,
    Email,
    DisplayName,
    PasswordHash,
    IsOperator,
    CreatedAt,
}

#[derive(DeriveIden)]
enum Secrets {
    Table,
    Id,
    Kind,
    TokenHash,
    AccountId,
    Label,
    CreatedBy,
    CreatedAt,
    ExpiresAt,
}

#[derive(DeriveIden)]
pub(super) enum Communities {
    Table,
    Id,
    Slug,
    Name,
    Purpose,
    Open,
    CreatedAt,
}

#[derive(DeriveIden)]
enum Organizations {
    Table,
    Id,
    CommunityId,
    Name,
    IsHome,
}

#[derive(DeriveIden)]
enum Memberships {
    Table,
    Id,
    CommunityId,
    AccountId,
    OrganizationId,
    Roles,
    InvitedBy,
    InvitationId,
    JoinedAt,
}

#[derive(DeriveIden)]
enum Invitations {
    Table,
    Id,
    CommunityId,
    TokenHash,
    Kind,
    Email,
    CallingQuestion,
    OrganizationId,
    Guest,
    MaxUses,
    Uses,
    Declines,
    ExpiresAt,
    RevokedAt,
    CreatedBy,
    CreatedAt,
}

#[derive(DeriveIden)]
enum AuditLog {
    Table,
    Id,
    CommunityId,
    ActorId,
    Action,
    Target,
    Reason,
    At,
    PrevHash,
    Hash,
}

#[derive(DeriveIden)]
enum AuditHead {
    Table,
    Id,
    LastId,
    LastHash,
}

pub struct M0001Foundation;

impl MigrationName for M0001Foundation {
    fn name(&self) -> &str {
        "m0001_foundation"
    }
}

#[async_trait::async_trait]
impl MigrationTrait for M0001Foundation {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        use ForeignKeyAction::{Cascade, SetNull};
        m.create_table(
            Table::create()
                .table(Accounts::Table)
                .col(pk_auto(Accounts::Id))
                .col(string_len_uniq(Accounts::Email, 254))
                .col(string_len(Accounts::DisplayName, 80))
                .col(string_len_null(Accounts::PasswordHash, 200))
                .col(boolean(Accounts::IsOperator).default(false))
                .col(big_integer(Accounts::CreatedAt))
                .to_owned(),
        )
        .await?;
        // Sessions, API tokens, setup links and reset links: only a SHA-256 of each token is kept.
        m.create_table(
            Table::create()
                .table(Secrets::Table)
                .col(pk_auto(Secrets::Id))
                .col(string_len(Secrets::Kind, 16))
                .col(string_len_uniq(Secrets::TokenHash, 64))
                .col(integer_null(Secrets::AccountId))
                .col(string_len_null(Secrets::Label, 60))
                .col(integer_null(Secrets::CreatedBy))
                .col(big_integer(Secrets::CreatedAt))
                .col(big_integer_null(Secrets::ExpiresAt))
                .foreign_key(&mut fk(
                    (Secrets::Table, Secrets::AccountId),
                    (Accounts::Table, Accounts::Id),
                    Cascade,
                ))
                .to_owned(),
        )
        .await?;
        m.create_table(
            Table::create()
                .table(Communities::Table)
                .col(pk_auto(Communities::Id))
                .col(string_len_uniq(Communities::Slug, 40))
                .col(string_len(Communities::Name, 100))
                .col(text(Communities::Purpose))
                .col(boolean(Communities::Open).default(false))
                .col(big_integer(Communities::CreatedAt))
                .to_owned(),
        )
        .await?;
        m.create_table(
            Table::create()
                .table(Organizations::Table)
                .col(pk_auto(Organizations::Id))
                .col(integer(Organizations::CommunityId))
                .col(string_len(Organizations::Name, 100))
                .col(boolean(Organizations::IsHome).default(false))
                .foreign_key(&mut fk(
                    (Organizations::Table, Organizations::CommunityId),
                    (Communities::Table, Communities::Id),
                    Cascade,
                ))
                .index(
                    Index::create()
                        .unique()
                        .col(Organizations::CommunityId)
                        .col(Organizations::Name),
                )
                .to_owned(),
        )
        .await?;
        m.create_table(
            Table::create()
                .table(Invitations::Table)
                .col(pk_auto(Invitations::Id))
                .col(integer(Invitations::CommunityId))
                .col(string_len_uniq(Invitations::TokenHash, 64))
                .col(string_len(Invitations::Kind, 16))
                .col(string_len_null(Invitations::Email, 254))
                .col(text(Invitations::CallingQuestion))
                .col(integer(Invitations::OrganizationId))
                .col(boolean(Invitations::Guest).default(false))
                .col(integer(Invitations::MaxUses))
                .col(integer(Invitations::Uses).default(0))
                .col(integer(Invitations::Declines).default(0))
                .col(big_integer(Invitations::ExpiresAt))
                .col(big_integer_null(Invitations::RevokedAt))
                .col(integer_null(Invitations::CreatedBy))
                .col(big_integer(Invitations::CreatedAt))
                .foreign_key(&mut fk(
                    (Invitations::Table, Invitations::CommunityId),
                    (Communities::Table, Communities::Id),
                    Cascade,
                ))
                .foreign_key(&mut fk(
                    (Invitations::Table, Invitations::OrganizationId),
                    (Organizations::Table, Organizations::Id),
                    Cascade,
                ))
                .foreign_key(&mut fk(
                    (Invitations::Table, Invitations::CreatedBy),
                    (Accounts::Table, Accounts::Id),
                    SetNull,
                ))
                .check(Expr::col(Invitations::Uses).lte(Expr::col(Invitations::MaxUses)))
                .to_owned(),
        )
        .await?;
        m.create_table(
            Table::create()
                .table(Memberships::Table)
                .col(pk_auto(Memberships::Id))
                .col(integer(Memberships::CommunityId))
                .col(integer(Memberships::AccountId))
                .col(integer(Memberships::OrganizationId))
                .col(string_len(Memberships::Roles, 200))
                .col(integer_null(Memberships::InvitedBy))
                .col(integer_null(Memberships::InvitationId))
                .col(big_integer(Memberships::JoinedAt))
                .foreign_key(&mut fk(
                    (Memberships::Table, Memberships::CommunityId),
                    (Communities::Table, Communities::Id),
                    Cascade,
                ))
                .foreign_key(&mut fk(
                    (Memberships::Table, Memberships::AccountId),
                    (Accounts::Table, Accounts::Id),
                    Cascade,
                ))
                .foreign_key(&mut fk(
                    (Memberships::Table, Memberships::OrganizationId),
                    (Organizations::Table, Organizations::Id),
                    Cascade,
                ))
                .foreign_key(&mut fk(
                    (Memberships::Table, Memberships::InvitedBy),
                    (Accounts::Table, Accounts::Id),
                    SetNull,
                ))
                .foreign_key(&mut fk(
                    (Memberships::Table, Memberships::InvitationId),
                    (Invitations::Table, Invitations::Id),
                    SetNull,
                ))
                .index(
                    Index::create()
                        .unique()
                        .col(Memberships::CommunityId)
                        .col(Memberships::AccountId),
                )
                .to_owned(),
        )
        .await?;
        // The audit log keeps ids, not foreign keys: entries outlive what they name.
        m.create_table(
            Table::create()
                .table(AuditLog::Table)
                .col(pk_auto(AuditLog::Id))
                .col(integer_null(AuditLog::CommunityId))
                .col(integer_null(AuditLog::ActorId))
                .col(string_len(AuditLog::Action, 64))
                .col(string_len(AuditLog::Target, 200))
                .col(text(AuditLog::Reason))
                .col(big_integer(AuditLog::At))
                .col(string_len(AuditLog::PrevHash, 64))
                .col(string_len(AuditLog::Hash, 64))
                .to_owned(),
        )
        .await?;
        m.create_table(
            Table::create()
                .table(AuditHead::Table)
                .col(integer(AuditHead::Id).primary_key())
                .col(integer_null(AuditHead::LastId))
                .col(string_len(AuditHead::LastHash, 64))
                .to_owned(),
        )
        .await?;
        m.exec_stmt(
            Query::insert()
                .into_table(AuditHead::Table)
                .columns([AuditHead::Id, AuditHead::LastHash])
                .values_panic([1.into(), convene_domain::audit::GENESIS.into()])
                .to_owned(),
        )
        .await?;
        for (name, table, cols) in [
            (
                "idx_secrets_account",
                Secrets::Table.into_iden(),
                vec![Secrets::AccountId.into_iden()],
            ),
            (
                "idx_memberships_account",
                Memberships::Table.into_iden(),
                vec![Memberships::AccountId.into_iden()],
            ),
            (
                "idx_invitations_community",
                Invitations::Table.into_iden(),
                vec![Invitations::CommunityId.into_iden()],
            ),
            (
                "idx_audit_community",
                AuditLog::Table.into_iden(),
                vec![AuditLog::CommunityId.into_iden()],
            ),
        ] {
            let mut idx = Index::create();
            idx.name(name).table(table);
            for c in cols {
                idx.col(c);
            }
            m.create_index(idx.to_owned()).await?;
        }
        Ok(())
    }
}
