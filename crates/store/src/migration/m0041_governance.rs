//! Decision processes as data, policies with versions and acceptances, mandates (terms of
//! stewards and curators) and the governance log.
//! - `decision_rules`: per community and kind of change, the process, quorum and days
//!   (a kind without a row is decided by consent of three in seven days);
//! - `decisions`: the proposal with its options (JSON changes), the rule as it was when it
//!   opened (process, quorum, deadline and its sentence), and the result. Closing is a
//!   conditional update (`status = 'open'`), so exactly one close applies the change;
//! - `decision_responses`: one per person per decision (primary key), a consent stance with
//!   the proposer's answer to an objection, or a ballot (JSON);
//! - `decision_advice`: whom the decider asked and what they heard, one row per adviser;
//! - `policy_versions` (unique per community, document and number) and `policy_acceptances`;
//! - `mandates`: one per person and role in a community, with its end;
//! - `governance_log`: decisions closed, changes applied, mandates ended or run on.

use sea_orm_migration::prelude::*;
use sea_orm_migration::schema::*;

#[derive(DeriveIden)]
enum DecisionRules {
    Table,
    CommunityId,
    Kind,
    Process,
    Quorum,
    Days,
}

#[derive(DeriveIden)]
enum Decisions {
    Table,
    Id,
    CommunityId,
    Kind,
    Process,
    Quorum,
    Rule,
    Title,
    Rationale,
    Options,
    OpenedBy,
    OpenedAt,
    Deadline,
    Status,
    Winner,
    Outcome,
    GoAhead,
    ClosedAt,
}

#[derive(DeriveIden)]
enum DecisionResponses {
    Table,
    DecisionId,
    AccountId,
    Stance,
    Ballot,
    Reason,
    Answer,
    At,
}

#[derive(DeriveIden)]
enum DecisionAdvice {
    Table,
    DecisionId,
    AdviserId,
    Heard,
    At,
}

#[derive(DeriveIden)]
enum PolicyVersions {
    Table,
    Id,
    CommunityId,
    Document,
    Number,
    Text,
    DecisionId,
    CreatedAt,
}

#[derive(DeriveIden)]
enum PolicyAcceptances {
    Table,
    VersionId,
    AccountId,
    CommunityId,
    At,
}

#[derive(DeriveIden)]
enum Mandates {
    Table,
    Id,
    CommunityId,
    AccountId,
    Role,
    StartsAt,
    EndsAt,
    RemindedAt,
    ExtendedAt,
    DecisionId,
}

#[derive(DeriveIden)]
enum GovernanceLog {
    Table,
    Id,
    CommunityId,
    At,
    Action,
    DecisionId,
    AccountId,
    Reason,
}

#[derive(DeriveIden)]
enum Communities {
    Table,
    Id,
}

pub struct M0041Governance;

impl MigrationName for M0041Governance {
    fn name(&self) -> &str {
        "m0041_governance"
    }
}

#[async_trait::async_trait]
impl MigrationTrait for M0041Governance {
    fn use_transaction(&self) -> Option<bool> {
        Some(true)
    }

    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        use ForeignKeyAction::Cascade;
        let kinds = [
            "policy",
            "threshold",
            "new_steward",
            "mandate_renewal",
            "boundary",
        ];
        let processes = ["consent", "advice", "majority", "dot", "ranked_choice"];
        m.create_table(
            Table::create()
                .table(DecisionRules::Table)
                .col(integer(DecisionRules::CommunityId))
                .col(string_len(DecisionRules::Kind, 32))
                .col(string_len(DecisionRules::Process, 32))
                .col(integer(DecisionRules::Quorum))
                .col(integer(DecisionRules::Days))
                .primary_key(
                    Index::create()
                        .col(DecisionRules::CommunityId)
                        .col(DecisionRules::Kind),
                )
                .check(Expr::col(DecisionRules::Kind).is_in(kinds))
                .check(Expr::col(DecisionRules::Process).is_in(processes))
                .check(Expr::col(DecisionRules::Quorum).gte(1))
                .foreign_key(&mut super::fk(
                    (DecisionRules::Table, DecisionRules::CommunityId),
                    (Communities::Table, Communities::Id),
                    Cascade,
                ))
                .to_owned(),
        )
        .await?;
        m.create_table(
            Table::create()
                .table(Decisions::Table)
                .col(pk_auto(Decisions::Id))
                .col(integer(Decisions::CommunityId))
                .col(string_len(Decisions::Kind, 32))
                .col(string_len(Decisions::Process, 32))
                .col(integer(Decisions::Quorum))
                .col(text(Decisions::Rule))
                .col(text(Decisions::Title))
                .col(text(Decisions::Rationale))
                .col(text(Decisions::Options))
                .col(integer(Decisions::OpenedBy))
                .col(big_integer(Decisions::OpenedAt))
                .col(big_integer(Decisions::Deadline))
                .col(string_len(Decisions::Status, 16))
                .col(integer_null(Decisions::Winner))
                .col(text(Decisions::Outcome).default(""))
                .col(boolean_null(Decisions::GoAhead))
                .col(big_integer_null(Decisions::ClosedAt))
                .check(Expr::col(Decisions::Status).is_in(["open", "passed", "failed"]))
                .check(Expr::col(Decisions::Kind).is_in(kinds))
                .check(Expr::col(Decisions::Process).is_in(processes))
                .foreign_key(&mut super::fk(
                    (Decisions::Table, Decisions::CommunityId),
                    (Communities::Table, Communities::Id),
                    Cascade,
                ))
                .to_owned(),
        )
        .await?;
        let db = m.get_connection();
        db.execute_unprepared(
            "CREATE INDEX idx_decisions_community ON decisions (community_id, status, deadline)",
        )
        .await?;
        m.create_table(
            Table::create()
                .table(DecisionResponses::Table)
                .col(integer(DecisionResponses::DecisionId))
                .col(integer(DecisionResponses::AccountId))
                .col(string_len_null(DecisionResponses::Stance, 16))
                .col(text(DecisionResponses::Ballot).default(""))
                .col(text(DecisionResponses::Reason).default(""))
                .col(text_null(DecisionResponses::Answer))
                .col(big_integer(DecisionResponses::At))
                .primary_key(
                    Index::create()
                        .col(DecisionResponses::DecisionId)
                        .col(DecisionResponses::AccountId),
                )
                .check(
                    Expr::col(DecisionResponses::Stance)
                        .is_null()
                        .or(Expr::col(DecisionResponses::Stance)
                            .is_in(["agree", "abstain", "object", "block"])),
                )
                .foreign_key(&mut super::fk(
                    (DecisionResponses::Table, DecisionResponses::DecisionId),
                    (Decisions::Table, Decisions::Id),
                    Cascade,
                ))
                .to_owned(),
        )
        .await?;
        m.create_table(
            Table::create()
                .table(DecisionAdvice::Table)
                .col(integer(DecisionAdvice::DecisionId))
                .col(integer(DecisionAdvice::AdviserId))
                .col(text(DecisionAdvice::Heard))
                .col(big_integer(DecisionAdvice::At))
                .primary_key(
                    Index::create()
                        .col(DecisionAdvice::DecisionId)
                        .col(DecisionAdvice::AdviserId),
                )
                .foreign_key(&mut super::fk(
                    (DecisionAdvice::Table, DecisionAdvice::DecisionId),
                    (Decisions::Table, Decisions::Id),
                    Cascade,
                ))
                .to_owned(),
        )
        .await?;
        m.create_table(
            Table::create()
                .table(PolicyVersions::Table)
                .col(pk_auto(PolicyVersions::Id))
                .col(integer(PolicyVersions::CommunityId))
                .col(string_len(PolicyVersions::Document, 32))
                .col(integer(PolicyVersions::Number))
                .col(text(PolicyVersions::Text))
                .col(integer_null(PolicyVersions::DecisionId))
                .col(big_integer(PolicyVersions::CreatedAt))
                .check(Expr::col(PolicyVersions::Document).is_in([
                    "code_of_conduct",
                    "social_media",
                    "data_sharing",
                ]))
                .foreign_key(&mut super::fk(
                    (PolicyVersions::Table, PolicyVersions::CommunityId),
                    (Communities::Table, Communities::Id),
                    Cascade,
                ))
                .foreign_key(&mut super::fk(
                    (PolicyVersions::Table, PolicyVersions::DecisionId),
                    (Decisions::Table, Decisions::Id),
                    ForeignKeyAction::SetNull,
                ))
                .to_owned(),
        )
        .await?;
        db.execute_unprepared(
            "CREATE UNIQUE INDEX uq_policy_versions ON policy_versions \
             (community_id, document, number)",
        )
        .await?;
        m.create_table(
            Table::create()
                .table(PolicyAcceptances::Table)
                .col(integer(PolicyAcceptances::VersionId))
                .col(integer(PolicyAcceptances::AccountId))
                .col(integer(PolicyAcceptances::CommunityId))
                .col(big_integer(PolicyAcceptances::At))
                .primary_key(
                    Index::create()
                        .col(PolicyAcceptances::VersionId)
                        .col(PolicyAcceptances::AccountId),
                )
                .foreign_key(&mut super::fk(
                    (PolicyAcceptances::Table, PolicyAcceptances::VersionId),
                    (PolicyVersions::Table, PolicyVersions::Id),
                    Cascade,
                ))
                .to_owned(),
        )
        .await?;
        db.execute_unprepared(
            "CREATE INDEX idx_policy_acceptances_person ON policy_acceptances \
             (community_id, account_id)",
        )
        .await?;
        m.create_table(
            Table::create()
                .table(Mandates::Table)
                .col(pk_auto(Mandates::Id))
                .col(integer(Mandates::CommunityId))
                .col(integer(Mandates::AccountId))
                .col(string_len(Mandates::Role, 32))
                .col(big_integer(Mandates::StartsAt))
                .col(big_integer(Mandates::EndsAt))
                .col(big_integer_null(Mandates::RemindedAt))
                .col(big_integer_null(Mandates::ExtendedAt))
                .col(integer_null(Mandates::DecisionId))
                .check(Expr::col(Mandates::Role).is_in(["steward", "curator"]))
                .foreign_key(&mut super::fk(
                    (Mandates::Table, Mandates::CommunityId),
                    (Communities::Table, Communities::Id),
                    Cascade,
                ))
                .to_owned(),
        )
        .await?;
        db.execute_unprepared(
            "CREATE UNIQUE INDEX uq_mandates ON mandates (community_id, account_id, role)",
        )
        .await?;
        m.create_table(
            Table::create()
                .table(GovernanceLog::Table)
                .col(pk_auto(GovernanceLog::Id))
                .col(integer(GovernanceLog::CommunityId))
                .col(big_integer(GovernanceLog::At))
                .col(string_len(GovernanceLog::Action, 32))
                .col(integer_null(GovernanceLog::DecisionId))
                .col(integer_null(GovernanceLog::AccountId))
                .col(text(GovernanceLog::Reason).default(""))
                .foreign_key(&mut super::fk(
                    (GovernanceLog::Table, GovernanceLog::CommunityId),
                    (Communities::Table, Communities::Id),
                    Cascade,
                ))
                .to_owned(),
        )
        .await?;
        db.execute_unprepared(
            "CREATE INDEX idx_governance_log_community ON governance_log (community_id, id)",
        )
        .await?;
        Ok(())
    }
}
