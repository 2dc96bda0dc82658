//! Roles move from a comma-separated text column into a join table, one row per role held, so
//! "who holds this role" is an indexed query rather than a `LIKE`. The rows are carried over.

use super::fk;
use sea_orm_migration::prelude::*;
use sea_orm_migration::schema::*;

#[derive(DeriveIden)]
enum Memberships {
    Table,
    Id,
    Roles,
}

#[derive(DeriveIden)]
enum MembershipRoles {
    Table,
    MembershipId,
    Role,
}

/// The storage names roles had in the text column (and keep in the join table).
const ROLES: [&str; 7] = [
    "steward",
    "host",
    "curator",
    "community_builder",
    "network_analyst",
    "member",
    "guest",
];

pub struct M0005Roles;

impl MigrationName for M0005Roles {
    fn name(&self) -> &str {
        "m0005_roles"
    }
}

#[async_trait::async_trait]
impl MigrationTrait for M0005Roles {
    /// One transaction on both databases (SQLite too): the data carried over and the schema
    /// change land together or not at all, on one connection.
    fn use_transaction(&self) -> Option<bool> {
        Some(true)
    }

    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.create_table(
            Table::create()
                .table(MembershipRoles::Table)
                .col(integer(MembershipRoles::MembershipId))
                .col(string_len(MembershipRoles::Role, 32))
                .primary_key(
                    Index::create()
                        .col(MembershipRoles::MembershipId)
                        .col(MembershipRoles::Role),
                )
                .foreign_key(&mut fk(
                    (MembershipRoles::Table, MembershipRoles::MembershipId),
                    (Memberships::Table, Memberships::Id),
                    ForeignKeyAction::Cascade,
                ))
                .to_owned(),
        )
        .await?;
        m.create_index(
            Index::create()
                .name("idx_membership_roles_role")
                .table(MembershipRoles::Table)
                .col(MembershipRoles::Role)
                .to_owned(),
        )
        .await?;
        // The same SQL on both databases: a role is held when its name stands between commas.
        for role in ROLES {
            m.get_connection()
                .execute_unprepared(&format!(
                    "INSERT INTO membership_roles (membership_id, role) \
                     SELECT id, '{role}' FROM memberships \
                     WHERE ',' || roles || ',' LIKE '%,{role},%'"
                ))
                .await?;
        }
        // A membership whose text named no base role gets the member base, as decoding did.
        m.get_connection()
            .execute_unprepared(
                "INSERT INTO membership_roles (membership_id, role) \
                 SELECT id, 'member' FROM memberships m WHERE NOT EXISTS \
                 (SELECT 1 FROM membership_roles r WHERE r.membership_id = m.id \
                  AND r.role IN ('member', 'guest'))",
            )
            .await?;
        m.alter_table(
            Table::alter()
                .table(Memberships::Table)
                .drop_column(Memberships::Roles)
                .to_owned(),
        )
        .await
    }
}
