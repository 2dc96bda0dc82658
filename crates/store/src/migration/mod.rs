//! Versioned schema, one definition for SQLite and PostgreSQL (sea-query writes each dialect).
//! Times are Unix seconds in BIGINT columns: the same on both databases and exact to compare.
//!
//! Append-only: a migration that has shipped is never edited (an installed database would
//! never run the change); a change is a new migration. `tests/upgrade` holds the SHA-256 of
//! every shipped file and fails when one changes.

mod m0001_foundation;
mod m0002_gatherings;
mod m0003_harvest;
mod m0004_network;
mod m0005_roles;
mod m0006_invitation_gathering;
mod m0007_contents;
mod m0008_jobs;
mod m0010_session_withdrawn;
mod m0020_feed_links;
mod m0040_moderation;
mod m0041_governance;
mod m0042_suggestions;
mod m0045_moderation_remainder;
mod m0050_threads;
mod m0051_search;
mod m0055_notifications;
mod m0056_contributions;
mod m0057_action_due_notices;
mod m0058_contribution_source;
mod m0060_invitation_mails;
mod m0061_second_factor;
mod m0062_oidc;
mod m0063_languages;
mod m0064_passkeys;
mod m0070_library;
mod m0071_design_run_slots;
mod m0080_cafe;
mod m0090_lean_coffee;
mod m0091_initiatives;
mod m0092_lean_topic_proposals;
mod m0093_initiative_lead_offers;
mod m0094_search_scoped_terms;

use sea_orm_migration::prelude::*;

pub struct Migrator;

#[async_trait::async_trait]
impl MigratorTrait for Migrator {
    fn migrations() -> Vec<Box<dyn MigrationTrait>> {
        vec![
            Box::new(m0001_foundation::M0001Foundation),
            Box::new(m0002_gatherings::M0002Gatherings),
            Box::new(m0003_harvest::M0003Harvest),
            Box::new(m0004_network::M0004Network),
            Box::new(m0005_roles::M0005Roles),
            Box::new(m0006_invitation_gathering::M0006InvitationGathering),
            Box::new(m0007_contents::M0007Contents),
            Box::new(m0008_jobs::M0008Jobs),
            Box::new(m0010_session_withdrawn::M0010SessionWithdrawn),
            Box::new(m0020_feed_links::M0020FeedLinks),
            Box::new(m0040_moderation::M0040Moderation),
            Box::new(m0050_threads::M0050Threads),
            Box::new(m0060_invitation_mails::M0060InvitationMails),
            Box::new(m0061_second_factor::M0061SecondFactor),
            // Shipped at b8eda23.
            Box::new(m0041_governance::M0041Governance),
            Box::new(m0051_search::M0051Search),
            Box::new(m0055_notifications::M0055Notifications),
            Box::new(m0056_contributions::M0056Contributions),
            Box::new(m0062_oidc::M0062Oidc),
            Box::new(m0070_library::M0070Library),
            Box::new(m0080_cafe::M0080Cafe),
            Box::new(m0090_lean_coffee::M0090LeanCoffee),
            Box::new(m0091_initiatives::M0091Initiatives),
            // Since b8eda23, appended in the order they land.
            Box::new(m0071_design_run_slots::M0071DesignRunSlots),
            Box::new(m0063_languages::M0063Languages),
            Box::new(m0057_action_due_notices::M0057ActionDueNotices),
            Box::new(m0058_contribution_source::M0058ContributionSource),
            Box::new(m0092_lean_topic_proposals::M0092LeanTopicProposals),
            Box::new(m0093_initiative_lead_offers::M0093InitiativeLeadOffers),
            Box::new(m0042_suggestions::M0042Suggestions),
            Box::new(m0045_moderation_remainder::M0045ModerationRemainder),
            // Since 99dbc1b, appended in the order they land.
            Box::new(m0094_search_scoped_terms::M0094SearchScopedTerms),
            Box::new(m0064_passkeys::M0064Passkeys),
        ]
    }
}

fn fk(
    from: (impl IntoIden, impl IntoIden),
    to: (impl IntoIden, impl IntoIden),
    on_delete: ForeignKeyAction,
) -> ForeignKeyCreateStatement {
    ForeignKey::create()
        .from(from.0, from.1)
        .to(to.0, to.1)
        .on_delete(on_delete)
        .to_owned()
}
