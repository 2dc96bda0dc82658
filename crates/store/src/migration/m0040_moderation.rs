//! Flags, cases, claims, decisions, appeals and the moderation log. Who may hear an appeal is
//! held by the schema on both databases, not only by the use-case:
//! - `case_parties` has one row per person per case (primary key `(case_id, account_id)`)
//!   with their part: author, flagger, decider or hearer;
//! - every flag points at its flagger's party row (`part = 'flagger'`), and `case_pins` at the
//!   author's and the decider's, so no part can be turned into "hearer" afterwards;
//! - an appeal's decider must be a party row whose part is `hearer` (composite foreign key,
//!   `hearer_part` fixed by a CHECK), so a flagger, the author or the decider cannot be it:
//!   their one row per case already has another part;
//! - an appeal names the case's decider (composite foreign key onto `(id, decided_by)` of the
//!   case) and a CHECK keeps its own decider different from that one.

use sea_orm_migration::prelude::*;
use sea_orm_migration::schema::*;

#[derive(DeriveIden)]
enum ModerationSettings {
    Table,
    CommunityId,
    Threshold,
    AppealDays,
    FullNames,
}

#[derive(DeriveIden)]
enum ModerationCases {
    Table,
    Id,
    CommunityId,
    ContentId,
    Status,
    Weight,
    HiddenAt,
    ClaimedBy,
    ClaimedUntil,
    DecidedBy,
    Outcome,
    Reason,
    DecidedAt,
    Overturned,
    CreatedAt,
}

#[derive(DeriveIden)]
enum CaseParties {
    Table,
    CaseId,
    AccountId,
    Part,
}

/// The author's and the decider's party rows, pinned: their part cannot be changed into
/// "hearer" while the pin points at it.
#[derive(DeriveIden)]
enum CasePins {
    Table,
    CaseId,
    AccountId,
    Part,
}

#[derive(DeriveIden)]
enum Flags {
    Table,
    Id,
    CommunityId,
    CaseId,
    ContentId,
    AccountId,
    Part,
    Reason,
    Note,
    Weight,
    At,
}

#[derive(DeriveIden)]
enum Appeals {
    Table,
    Id,
    CaseId,
    CommunityId,
    AppellantId,
    Statement,
    At,
    CaseDecider,
    DecidedBy,
    HearerPart,
    Outcome,
    Reason,
    DecidedAt,
}

#[derive(DeriveIden)]
enum ModerationLog {
    Table,
    Id,
    CommunityId,
    At,
    Action,
    ContentId,
    CaseId,
    ActorId,
    ActorRole,
    Reason,
}

#[derive(DeriveIden)]
enum Communities {
    Table,
    Id,
}

#[derive(DeriveIden)]
enum Contents {
    Table,
    Id,
}

pub struct M0040Moderation;

impl MigrationName for M0040Moderation {
    fn name(&self) -> &str {
        "m0040_moderation"
    }
}

#[async_trait::async_trait]
impl MigrationTrait for M0040Moderation {
    fn use_transaction(&self) -> Option<bool> {
        Some(true)
    }

    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        use ForeignKeyAction::Cascade;
        m.create_table(
            Table::create()
                .table(ModerationSettings::Table)
                .col(integer(ModerationSettings::CommunityId).primary_key())
                .col(integer(ModerationSettings::Threshold).default(30))
                .col(integer(ModerationSettings::AppealDays).default(14))
                .col(boolean(ModerationSettings::FullNames).default(false))
                .foreign_key(&mut super::fk(
                    (ModerationSettings::Table, ModerationSettings::CommunityId),
                    (Communities::Table, Communities::Id),
                    Cascade,
                ))
                .to_owned(),
        )
        .await?;
        m.create_table(
            Table::create()
                .table(ModerationCases::Table)
                .col(pk_auto(ModerationCases::Id))
                .col(integer(ModerationCases::CommunityId))
                .col(integer(ModerationCases::ContentId))
                .col(string_len(ModerationCases::Status, 16))
                .col(integer(ModerationCases::Weight).default(0))
                .col(big_integer_null(ModerationCases::HiddenAt))
                .col(integer_null(ModerationCases::ClaimedBy))
                .col(big_integer_null(ModerationCases::ClaimedUntil))
                .col(integer_null(ModerationCases::DecidedBy))
                .col(string_len_null(ModerationCases::Outcome, 16))
                .col(text(ModerationCases::Reason).default(""))
                .col(big_integer_null(ModerationCases::DecidedAt))
                .col(boolean(ModerationCases::Overturned).default(false))
                .col(big_integer(ModerationCases::CreatedAt))
                .check(Expr::col(ModerationCases::Status).is_in(["open", "decided"]))
                .foreign_key(&mut super::fk(
                    (ModerationCases::Table, ModerationCases::CommunityId),
                    (Communities::Table, Communities::Id),
                    Cascade,
                ))
                .foreign_key(&mut super::fk(
                    (ModerationCases::Table, ModerationCases::ContentId),
                    (Contents::Table, Contents::Id),
                    Cascade,
                ))
                .to_owned(),
        )
        .await?;
        let db = m.get_connection();
        // One open case per piece of content; the pair an appeal names.
        db.execute_unprepared(
            "CREATE UNIQUE INDEX uq_cases_open ON moderation_cases (content_id) \
             WHERE status = 'open'",
        )
        .await?;
        db.execute_unprepared(
            "CREATE UNIQUE INDEX uq_cases_decider ON moderation_cases (id, decided_by)",
        )
        .await?;
        db.execute_unprepared(
            "CREATE INDEX idx_cases_community ON moderation_cases (community_id, status)",
        )
        .await?;
        m.create_table(
            Table::create()
                .table(CaseParties::Table)
                .col(integer(CaseParties::CaseId))
                .col(integer(CaseParties::AccountId))
                .col(string_len(CaseParties::Part, 16))
                .primary_key(
                    Index::create()
                        .col(CaseParties::CaseId)
                        .col(CaseParties::AccountId),
                )
                .check(
                    Expr::col(CaseParties::Part).is_in(["author", "flagger", "decider", "hearer"]),
                )
                .foreign_key(&mut super::fk(
                    (CaseParties::Table, CaseParties::CaseId),
                    (ModerationCases::Table, ModerationCases::Id),
                    Cascade,
                ))
                .to_owned(),
        )
        .await?;
        db.execute_unprepared(
            "CREATE UNIQUE INDEX uq_case_parties_part ON case_parties (case_id, account_id, part)",
        )
        .await?;
        m.create_table(
            Table::create()
                .table(CasePins::Table)
                .col(integer(CasePins::CaseId))
                .col(integer(CasePins::AccountId))
                .col(string_len(CasePins::Part, 16))
                .primary_key(
                    Index::create()
                        .col(CasePins::CaseId)
                        .col(CasePins::AccountId),
                )
                .check(Expr::col(CasePins::Part).is_in(["author", "decider"]))
                .foreign_key(&mut super::fk(
                    (CasePins::Table, CasePins::CaseId),
                    (ModerationCases::Table, ModerationCases::Id),
                    Cascade,
                ))
                .foreign_key(
                    ForeignKey::create()
                        .from_tbl(CasePins::Table)
                        .from_col(CasePins::CaseId)
                        .from_col(CasePins::AccountId)
                        .from_col(CasePins::Part)
                        .to_tbl(CaseParties::Table)
                        .to_col(CaseParties::CaseId)
                        .to_col(CaseParties::AccountId)
                        .to_col(CaseParties::Part)
                        .on_delete(ForeignKeyAction::NoAction)
                        .on_update(ForeignKeyAction::NoAction),
                )
                .to_owned(),
        )
        .await?;
        m.create_table(
            Table::create()
                .table(Flags::Table)
                .col(pk_auto(Flags::Id))
                .col(integer(Flags::CommunityId))
                .col(integer(Flags::CaseId))
                .col(integer(Flags::ContentId))
                .col(integer(Flags::AccountId))
                .col(string_len(Flags::Part, 16).default("flagger"))
                .col(string_len(Flags::Reason, 32))
                .col(text(Flags::Note).default(""))
                .col(integer(Flags::Weight))
                .col(big_integer(Flags::At))
                .check(Expr::col(Flags::Part).eq("flagger"))
                .foreign_key(
                    ForeignKey::create()
                        .from_tbl(Flags::Table)
                        .from_col(Flags::CaseId)
                        .from_col(Flags::AccountId)
                        .from_col(Flags::Part)
                        .to_tbl(CaseParties::Table)
                        .to_col(CaseParties::CaseId)
                        .to_col(CaseParties::AccountId)
                        .to_col(CaseParties::Part)
                        .on_delete(Cascade),
                )
                .foreign_key(&mut super::fk(
                    (Flags::Table, Flags::ContentId),
                    (Contents::Table, Contents::Id),
                    Cascade,
                ))
                .to_owned(),
        )
        .await?;
        // One flag per person per piece of content.
        db.execute_unprepared(
            "CREATE UNIQUE INDEX uq_flags_person ON flags (content_id, account_id)",
        )
        .await?;
        m.create_table(
            Table::create()
                .table(Appeals::Table)
                .col(pk_auto(Appeals::Id))
                .col(integer(Appeals::CaseId).unique_key())
                .col(integer(Appeals::CommunityId))
                .col(integer(Appeals::AppellantId))
                .col(text(Appeals::Statement))
                .col(big_integer(Appeals::At))
                .col(integer(Appeals::CaseDecider))
                .col(integer_null(Appeals::DecidedBy))
                .col(string_len(Appeals::HearerPart, 16).default("hearer"))
                .col(string_len_null(Appeals::Outcome, 16))
                .col(text(Appeals::Reason).default(""))
                .col(big_integer_null(Appeals::DecidedAt))
                .check(Expr::col(Appeals::HearerPart).eq("hearer"))
                .check(
                    Expr::col(Appeals::DecidedBy)
                        .is_null()
                        .or(Expr::col(Appeals::DecidedBy).ne(Expr::col(Appeals::CaseDecider))),
                )
                .foreign_key(
                    ForeignKey::create()
                        .from_tbl(Appeals::Table)
                        .from_col(Appeals::CaseId)
                        .from_col(Appeals::CaseDecider)
                        .to_tbl(ModerationCases::Table)
                        .to_col(ModerationCases::Id)
                        .to_col(ModerationCases::DecidedBy)
                        .on_delete(Cascade),
                )
                .foreign_key(
                    ForeignKey::create()
                        .from_tbl(Appeals::Table)
                        .from_col(Appeals::CaseId)
                        .from_col(Appeals::DecidedBy)
                        .from_col(Appeals::HearerPart)
                        .to_tbl(CaseParties::Table)
                        .to_col(CaseParties::CaseId)
                        .to_col(CaseParties::AccountId)
                        .to_col(CaseParties::Part)
                        .on_delete(Cascade),
                )
                .to_owned(),
        )
        .await?;
        m.create_table(
            Table::create()
                .table(ModerationLog::Table)
                .col(pk_auto(ModerationLog::Id))
                .col(integer(ModerationLog::CommunityId))
                .col(big_integer(ModerationLog::At))
                .col(string_len(ModerationLog::Action, 32))
                .col(integer(ModerationLog::ContentId))
                .col(integer_null(ModerationLog::CaseId))
                .col(integer_null(ModerationLog::ActorId))
                .col(string_len_null(ModerationLog::ActorRole, 32))
                .col(text(ModerationLog::Reason).default(""))
                .foreign_key(&mut super::fk(
                    (ModerationLog::Table, ModerationLog::CommunityId),
                    (Communities::Table, Communities::Id),
                    Cascade,
                ))
                .to_owned(),
        )
        .await?;
        db.execute_unprepared(
            "CREATE INDEX idx_moderation_log_community ON moderation_log (community_id, id)",
        )
        .await?;
        Ok(())
    }
}
