//! A convener may withdraw a session: it leaves the wall and the marketplace but its row,
//! interest and history stay (the audit log names it), marked by the time it was withdrawn.

use sea_orm_migration::prelude::*;
use sea_orm_migration::schema::*;

#[derive(DeriveIden)]
enum Sessions {
    Table,
    WithdrawnAt,
}

pub struct M0010SessionWithdrawn;

impl MigrationName for M0010SessionWithdrawn {
    fn name(&self) -> &str {
        "m0010_session_withdrawn"
    }
}

#[async_trait::async_trait]
impl MigrationTrait for M0010SessionWithdrawn {
    fn use_transaction(&self) -> Option<bool> {
        Some(true)
    }

    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.alter_table(
            Table::alter()
                .table(Sessions::Table)
                .add_column(big_integer_null(Sessions::WithdrawnAt))
                .to_owned(),
        )
        .await
    }

    async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.alter_table(
            Table::alter()
                .table(Sessions::Table)
                .drop_column(Sessions::WithdrawnAt)
                .to_owned(),
        )
        .await
    }
}
