//! What people write moves into one model: `contents` (kind, what it belongs to, author,
//! state, visibility, the current text and its version) with `content_revisions` (every save)
//! and `content_readers` (the named readers of private content). Session descriptions,
//! reports (with all their revisions) and actions' titles are carried over; the tables and
//! columns that held them go.

use super::fk;
use super::m0001_foundation::{Accounts, Communities};
use sea_orm_migration::prelude::*;
use sea_orm_migration::schema::*;

#[derive(DeriveIden)]
pub(super) enum Contents {
    Table,
    Id,
    CommunityId,
    Kind,
    OwnerId,
    AuthorId,
    State,
    StateReason,
    Visibility,
    OrganizationId,
    Body,
    Version,
    CreatedAt,
    UpdatedAt,
}

#[derive(DeriveIden)]
enum ContentRevisions {
    Table,
    Id,
    ContentId,
    Version,
    Body,
    AuthorId,
    At,
}

#[derive(DeriveIden)]
enum ContentReaders {
    Table,
    ContentId,
    AccountId,
}

#[derive(DeriveIden)]
enum Organizations {
    Table,
    Id,
}

#[derive(DeriveIden)]
enum Sessions {
    Table,
    Description,
}

#[derive(DeriveIden)]
enum Actions {
    Table,
    Title,
}

pub struct M0007Contents;

impl MigrationName for M0007Contents {
    fn name(&self) -> &str {
        "m0007_contents"
    }
}

/// Columns filled when rows are carried over.
const COLS: &str = "community_id, kind, owner_id, author_id, state, state_reason, visibility, \
                    organization_id, body, version, created_at, updated_at";

#[async_trait::async_trait]
impl MigrationTrait for M0007Contents {
    /// One transaction on both databases (SQLite too): the data carried over and the schema
    /// change land together or not at all, on one connection.
    fn use_transaction(&self) -> Option<bool> {
        Some(true)
    }

    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        use ForeignKeyAction::{Cascade, SetNull};
        m.create_table(
            Table::create()
                .table(Contents::Table)
                .col(pk_auto(Contents::Id))
                .col(integer(Contents::CommunityId))
                .col(string_len(Contents::Kind, 16))
                .col(integer(Contents::OwnerId))
                .col(integer_null(Contents::AuthorId))
                .col(string_len(Contents::State, 8))
                .col(text(Contents::StateReason))
                .col(string_len(Contents::Visibility, 16))
                .col(integer_null(Contents::OrganizationId))
                .col(text(Contents::Body))
                .col(integer(Contents::Version))
                .col(big_integer(Contents::CreatedAt))
                .col(big_integer(Contents::UpdatedAt))
                .foreign_key(&mut fk(
                    (Contents::Table, Contents::CommunityId),
                    (Communities::Table, Communities::Id),
                    Cascade,
                ))
                .foreign_key(&mut fk(
                    (Contents::Table, Contents::AuthorId),
                    (Accounts::Table, Accounts::Id),
                    SetNull,
                ))
                .foreign_key(&mut fk(
                    (Contents::Table, Contents::OrganizationId),
                    (Organizations::Table, Organizations::Id),
                    SetNull,
                ))
                .index(
                    Index::create()
                        .unique()
                        .col(Contents::Kind)
                        .col(Contents::OwnerId),
                )
                .to_owned(),
        )
        .await?;
        m.create_table(
            Table::create()
                .table(ContentRevisions::Table)
                .col(pk_auto(ContentRevisions::Id))
                .col(integer(ContentRevisions::ContentId))
                .col(integer(ContentRevisions::Version))
                .col(text(ContentRevisions::Body))
                .col(integer_null(ContentRevisions::AuthorId))
                .col(big_integer(ContentRevisions::At))
                .foreign_key(&mut fk(
                    (ContentRevisions::Table, ContentRevisions::ContentId),
                    (Contents::Table, Contents::Id),
                    Cascade,
                ))
                .foreign_key(&mut fk(
                    (ContentRevisions::Table, ContentRevisions::AuthorId),
                    (Accounts::Table, Accounts::Id),
                    SetNull,
                ))
                .index(
                    Index::create()
                        .unique()
                        .col(ContentRevisions::ContentId)
                        .col(ContentRevisions::Version),
                )
                .to_owned(),
        )
        .await?;
        m.create_table(
            Table::create()
                .table(ContentReaders::Table)
                .col(integer(ContentReaders::ContentId))
                .col(integer(ContentReaders::AccountId))
                .primary_key(
                    Index::create()
                        .col(ContentReaders::ContentId)
                        .col(ContentReaders::AccountId),
                )
                .foreign_key(&mut fk(
                    (ContentReaders::Table, ContentReaders::ContentId),
                    (Contents::Table, Contents::Id),
                    Cascade,
                ))
                .foreign_key(&mut fk(
                    (ContentReaders::Table, ContentReaders::AccountId),
                    (Accounts::Table, Accounts::Id),
                    Cascade,
                ))
                .to_owned(),
        )
        .await?;
        let db = m.get_connection();
        // The same SQL on both databases. Everything written so far was readable by the whole
        // community: it is carried over as visible to the network.
        for sql in [
            format!(
                "INSERT INTO contents ({COLS}) SELECT g.community_id, 'session', s.id, \
                 s.convener_id, 'visible', '', 'network', NULL, s.description, 1, \
                 s.created_at, s.created_at \
                 FROM sessions s JOIN gatherings g ON g.id = s.gathering_id"
            ),
            format!(
                "INSERT INTO contents ({COLS}) SELECT g.community_id, 'report', r.session_id, \
                 (SELECT rr.author_id FROM report_revisions rr WHERE rr.session_id = r.session_id \
                  ORDER BY rr.version LIMIT 1), 'visible', '', 'network', NULL, r.body, r.version, \
                 COALESCE((SELECT MIN(rr.at) FROM report_revisions rr \
                  WHERE rr.session_id = r.session_id), r.updated_at), r.updated_at \
                 FROM reports r JOIN sessions s ON s.id = r.session_id \
                 JOIN gatherings g ON g.id = s.gathering_id"
            ),
            format!(
                "INSERT INTO contents ({COLS}) SELECT g.community_id, 'action', a.id, \
                 a.created_by, 'visible', '', 'network', NULL, a.title, 1, \
                 a.created_at, a.created_at \
                 FROM actions a JOIN gatherings g ON g.id = a.gathering_id"
            ),
            // A description and an action's title had no history: their first revision is now.
            "INSERT INTO content_revisions (content_id, version, body, author_id, at) \
             SELECT id, 1, body, author_id, created_at FROM contents \
             WHERE kind IN ('session', 'action')"
                .to_owned(),
            "INSERT INTO content_revisions (content_id, version, body, author_id, at) \
             SELECT c.id, rr.version, rr.body, rr.author_id, rr.at FROM report_revisions rr \
             JOIN contents c ON c.kind = 'report' AND c.owner_id = rr.session_id"
                .to_owned(),
            "DROP TABLE report_revisions".to_owned(),
            "DROP TABLE reports".to_owned(),
        ] {
            db.execute_unprepared(&sql).await?;
        }
        m.alter_table(
            Table::alter()
                .table(Sessions::Table)
                .drop_column(Sessions::Description)
                .to_owned(),
        )
        .await?;
        m.alter_table(
            Table::alter()
                .table(Actions::Table)
                .drop_column(Actions::Title)
                .to_owned(),
        )
        .await?;
        m.create_index(
            Index::create()
                .name("idx_contents_community")
                .table(Contents::Table)
                .col(Contents::CommunityId)
                .to_owned(),
        )
        .await
    }
}
