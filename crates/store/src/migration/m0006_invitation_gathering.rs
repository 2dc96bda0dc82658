//! `invitations.gathering_id` (added by m0002) gets the foreign key it lacked: an invitation
//! can only name a gathering that exists, and forgets it when the gathering goes. Ids that
//! name no gathering are cleared first.

use sea_orm_migration::prelude::*;
use sea_orm_migration::sea_orm::DbBackend;

pub struct M0006InvitationGathering;

impl MigrationName for M0006InvitationGathering {
    fn name(&self) -> &str {
        "m0006_invitation_gathering"
    }
}

#[async_trait::async_trait]
impl MigrationTrait for M0006InvitationGathering {
    /// One transaction on both databases (SQLite too): the data carried over and the schema
    /// change land together or not at all, on one connection.
    fn use_transaction(&self) -> Option<bool> {
        Some(true)
    }

    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        let db = m.get_connection();
        db.execute_unprepared(
            "UPDATE invitations SET gathering_id = NULL WHERE gathering_id IS NOT NULL \
             AND gathering_id NOT IN (SELECT id FROM gatherings)",
        )
        .await?;
        if m.get_database_backend() == DbBackend::Postgres {
            db.execute_unprepared(
                "ALTER TABLE invitations ADD CONSTRAINT fk_invitations_gathering \
                 FOREIGN KEY (gathering_id) REFERENCES gatherings (id) ON DELETE SET NULL",
            )
            .await?;
        } else {
            // SQLite adds constraints only with a column: add one that references, carry the
            // ids over, drop the old column and take its name.
            for sql in [
                "ALTER TABLE invitations ADD COLUMN gathering_ref INTEGER NULL \
                 REFERENCES gatherings (id) ON DELETE SET NULL",
                "UPDATE invitations SET gathering_ref = gathering_id",
                "ALTER TABLE invitations DROP COLUMN gathering_id",
                "ALTER TABLE invitations RENAME COLUMN gathering_ref TO gathering_id",
            ] {
                db.execute_unprepared(sql).await?;
            }
        }
        Ok(())
    }
}
