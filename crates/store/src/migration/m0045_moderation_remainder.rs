//! What moderation decides beyond hide and restore, and the two ways an author answers an
//! automatic hide before anyone decides:
//! - `moderation_sanctions`: a warning or a suspension until a date, one per case, with its
//!   reason; a suspension always has an end (CHECK), and `lifted_at` is set when an appeal
//!   reverses it;
//! - `hide_appeals`: an appeal of an automatic hide. As in `appeals`, the schema holds who may
//!   file and hear it: the appellant is the case's author party and the hearer a party whose
//!   only part is "hearer" (composite foreign keys onto `case_parties`), so a flagger or the
//!   author can never be recorded as its hearer;
//! - `case_reviews`: an edit of hidden content by its author, which puts the case back for
//!   review from `review_from` (the community's cool-down, `moderation_settings.review_minutes`).

use super::fk;
use sea_orm_migration::prelude::*;
use sea_orm_migration::schema::*;

#[derive(DeriveIden)]
enum ModerationSanctions {
    Table,
    Id,
    CommunityId,
    CaseId,
    AccountId,
    Kind,
    Until,
    Reason,
    At,
    LiftedAt,
}

#[derive(DeriveIden)]
enum HideAppeals {
    Table,
    Id,
    CaseId,
    CommunityId,
    AppellantId,
    AppellantPart,
    Statement,
    At,
    DecidedBy,
    HearerPart,
    Outcome,
    Reason,
    DecidedAt,
}

#[derive(DeriveIden)]
enum CaseReviews {
    Table,
    Id,
    CaseId,
    EditorId,
    FromVersion,
    ToVersion,
    At,
    ReviewFrom,
}

#[derive(DeriveIden)]
enum ModerationSettings {
    Table,
    ReviewMinutes,
}

#[derive(DeriveIden)]
enum ModerationCases {
    Table,
    Id,
}

#[derive(DeriveIden)]
enum CaseParties {
    Table,
    CaseId,
    AccountId,
    Part,
}

#[derive(DeriveIden)]
enum Communities {
    Table,
    Id,
}

#[derive(DeriveIden)]
enum Accounts {
    Table,
    Id,
}

pub struct M0045ModerationRemainder;

impl MigrationName for M0045ModerationRemainder {
    fn name(&self) -> &str {
        "m0045_moderation_remainder"
    }
}

/// A composite foreign key from `(case_id, who, part)` onto a case's party row.
fn party(
    table: HideAppeals,
    who: HideAppeals,
    part: HideAppeals,
    on_delete: ForeignKeyAction,
) -> ForeignKeyCreateStatement {
    ForeignKey::create()
        .from_tbl(table)
        .from_col(HideAppeals::CaseId)
        .from_col(who)
        .from_col(part)
        .to_tbl(CaseParties::Table)
        .to_col(CaseParties::CaseId)
        .to_col(CaseParties::AccountId)
        .to_col(CaseParties::Part)
        .on_delete(on_delete)
        .to_owned()
}

#[async_trait::async_trait]
impl MigrationTrait for M0045ModerationRemainder {
    fn use_transaction(&self) -> Option<bool> {
        Some(true)
    }

    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        use ForeignKeyAction::Cascade;
        m.create_table(
            Table::create()
                .table(ModerationSanctions::Table)
                .col(pk_auto(ModerationSanctions::Id))
                .col(integer(ModerationSanctions::CommunityId))
                .col(integer_uniq(ModerationSanctions::CaseId))
                .col(integer(ModerationSanctions::AccountId))
                .col(string_len(ModerationSanctions::Kind, 16))
                .col(big_integer_null(ModerationSanctions::Until))
                .col(text(ModerationSanctions::Reason))
                .col(big_integer(ModerationSanctions::At))
                .col(big_integer_null(ModerationSanctions::LiftedAt))
                .check(Expr::cust(
                    "(kind = 'warn' AND until IS NULL) OR (kind = 'suspend' AND until IS NOT NULL)",
                ))
                .foreign_key(&mut fk(
                    (ModerationSanctions::Table, ModerationSanctions::CommunityId),
                    (Communities::Table, Communities::Id),
                    Cascade,
                ))
                .foreign_key(&mut fk(
                    (ModerationSanctions::Table, ModerationSanctions::CaseId),
                    (ModerationCases::Table, ModerationCases::Id),
                    Cascade,
                ))
                .foreign_key(&mut fk(
                    (ModerationSanctions::Table, ModerationSanctions::AccountId),
                    (Accounts::Table, Accounts::Id),
                    Cascade,
                ))
                .to_owned(),
        )
        .await?;
        let db = m.get_connection();
        db.execute_unprepared(
            "CREATE INDEX idx_sanctions_person ON moderation_sanctions \
             (community_id, account_id, kind)",
        )
        .await?;
        m.create_table(
            Table::create()
                .table(HideAppeals::Table)
                .col(pk_auto(HideAppeals::Id))
                .col(integer_uniq(HideAppeals::CaseId))
                .col(integer(HideAppeals::CommunityId))
                .col(integer(HideAppeals::AppellantId))
                .col(string_len(HideAppeals::AppellantPart, 16).default("author"))
                .col(text(HideAppeals::Statement))
                .col(big_integer(HideAppeals::At))
                .col(integer_null(HideAppeals::DecidedBy))
                .col(string_len(HideAppeals::HearerPart, 16).default("hearer"))
                .col(string_len_null(HideAppeals::Outcome, 16))
                .col(text(HideAppeals::Reason).default(""))
                .col(big_integer_null(HideAppeals::DecidedAt))
                .check(Expr::col(HideAppeals::AppellantPart).eq("author"))
                .check(Expr::col(HideAppeals::HearerPart).eq("hearer"))
                .foreign_key(&mut fk(
                    (HideAppeals::Table, HideAppeals::CommunityId),
                    (Communities::Table, Communities::Id),
                    Cascade,
                ))
                .foreign_key(&mut party(
                    HideAppeals::Table,
                    HideAppeals::AppellantId,
                    HideAppeals::AppellantPart,
                    Cascade,
                ))
                .foreign_key(&mut party(
                    HideAppeals::Table,
                    HideAppeals::DecidedBy,
                    HideAppeals::HearerPart,
                    Cascade,
                ))
                .to_owned(),
        )
        .await?;
        m.create_table(
            Table::create()
                .table(CaseReviews::Table)
                .col(pk_auto(CaseReviews::Id))
                .col(integer(CaseReviews::CaseId))
                .col(integer(CaseReviews::EditorId))
                .col(integer(CaseReviews::FromVersion))
                .col(integer(CaseReviews::ToVersion))
                .col(big_integer(CaseReviews::At))
                .col(big_integer(CaseReviews::ReviewFrom))
                .foreign_key(&mut fk(
                    (CaseReviews::Table, CaseReviews::CaseId),
                    (ModerationCases::Table, ModerationCases::Id),
                    Cascade,
                ))
                .to_owned(),
        )
        .await?;
        db.execute_unprepared("CREATE INDEX idx_case_reviews_case ON case_reviews (case_id, id)")
            .await?;
        m.alter_table(
            Table::alter()
                .table(ModerationSettings::Table)
                .add_column(integer(ModerationSettings::ReviewMinutes).default(60))
                .to_owned(),
        )
        .await?;
        Ok(())
    }
}
