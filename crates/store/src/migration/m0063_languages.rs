//! Languages: an account may choose the language convene speaks to it, and a community the
//! language for people who chose none and whose browser asks for none convene speaks. Both are
//! BCP 47 language subtags (`de`); no value means "not chosen".

use sea_orm_migration::prelude::*;
use sea_orm_migration::schema::*;

#[derive(DeriveIden)]
enum Accounts {
    Table,
    Language,
}

#[derive(DeriveIden)]
enum Communities {
    Table,
    Language,
}

pub struct M0063Languages;

impl MigrationName for M0063Languages {
    fn name(&self) -> &str {
        "m0063_languages"
    }
}

#[async_trait::async_trait]
impl MigrationTrait for M0063Languages {
    fn use_transaction(&self) -> Option<bool> {
        Some(true)
    }

    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        // SQLite adds one column per statement.
        m.alter_table(
            Table::alter()
                .table(Accounts::Table)
                .add_column(string_len_null(Accounts::Language, 16))
                .to_owned(),
        )
        .await?;
        m.alter_table(
            Table::alter()
                .table(Communities::Table)
                .add_column(string_len_null(Communities::Language, 16))
                .to_owned(),
        )
        .await
    }

    async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.alter_table(
            Table::alter()
                .table(Accounts::Table)
                .drop_column(Accounts::Language)
                .to_owned(),
        )
        .await?;
        m.alter_table(
            Table::alter()
                .table(Communities::Table)
                .drop_column(Communities::Language)
                .to_owned(),
        )
        .await
    }
}
