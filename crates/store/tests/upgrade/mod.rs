//! Migrations are append-only, and an installed database upgrades with nothing lost.

use convene_domain::audit;
use convene_store::Store;
use sea_orm::{ConnectionTrait, DbBackend, Statement};
use sha2::{Digest, Sha256};

/// The migrations that shipped (m0001–m0004 at 8becab4, m0005–m0061 at 385b1dd, m0041–m0091 at
/// b8eda23, m0071–m0045 at 99dbc1b, m0094 and m0064 after c0fd5f0) and the SHA-256 of each file then. A shipped migration is never edited: an installed database would never run
/// the change. They come first, in the order they shipped, so a new database and an upgraded one
/// apply the same migrations in the same order.
const SHIPPED: [(&str, &str, &str); 33] = [
    (
        "m0001_foundation",
        include_str!("../../src/migration/m0001_foundation.rs"),
        "1ec399797fafd587205f1887cbc6df05892268276481d81d5a8e7f8e9cce2f5e",
    ),
    (
        "m0002_gatherings",
        include_str!("../../src/migration/m0002_gatherings.rs"),
        "fde665c23acb103686d9111ea15b7552231dbefe3eeaa51d5f2354fbc9832d9d",
    ),
    (
        "m0003_harvest",
        include_str!("../../src/migration/m0003_harvest.rs"),
        "41fdbf4eda4ba00b6e8e95f294e314415146c8eb1544a99c156ae2fc64c924ee",
    ),
    (
        "m0004_network",
        include_str!("../../src/migration/m0004_network.rs"),
        "270165925ecdbfe4db0d0b5cd2b1e3fca76e3554efedb5494146b032fc2ce73a",
    ),
    (
        "m0005_roles",
        include_str!("../../src/migration/m0005_roles.rs"),
        "cde713624a9557d3dd3734bde297bb41c6473f3ebd0109e8dd81e1b9ab2d770c",
    ),
    (
        "m0006_invitation_gathering",
        include_str!("../../src/migration/m0006_invitation_gathering.rs"),
        "376b62e680f4e6f600c0a78df641f20912539db8f8dff5f4c6b31f4f1240e256",
    ),
    (
        "m0007_contents",
        include_str!("../../src/migration/m0007_contents.rs"),
        "ff151c4592244b081a0e87b301b9e95d48deb09cb91a72e09c9dcfb3c31c3e0a",
    ),
    (
        "m0008_jobs",
        include_str!("../../src/migration/m0008_jobs.rs"),
        "07f540cb7e6763a73c90202d43cc73efbe6d48cf7ff3c9997f8f9ac8724659d8",
    ),
    (
        "m0010_session_withdrawn",
        include_str!("../../src/migration/m0010_session_withdrawn.rs"),
        "d5d9616e3bb1e4b521de230144e087ec731a4a722d3dd2476517b9a0e7a4412f",
    ),
    (
        "m0020_feed_links",
        include_str!("../../src/migration/m0020_feed_links.rs"),
        "7354024cd4ba8c39960e8bf24309452dfcbfa94d1425d4541a338a513aa7e79b",
    ),
    (
        "m0040_moderation",
        include_str!("../../src/migration/m0040_moderation.rs"),
        "6633887b3f4c923fcc7bee2743351f2d0a0f457415a79f5570b574a6a7697c63",
    ),
    (
        "m0050_threads",
        include_str!("../../src/migration/m0050_threads.rs"),
        "e8fa12a23d4654435cfd0f826384a0a2d522913452a109242a69ddc4cc1f9961",
    ),
    (
        "m0060_invitation_mails",
        include_str!("../../src/migration/m0060_invitation_mails.rs"),
        "352f8fd6a7096171bc95a3e6da3e4261bfb2d665352602dc6299180e21ac0544",
    ),
    (
        "m0061_second_factor",
        include_str!("../../src/migration/m0061_second_factor.rs"),
        "a562ea4f4d41932648a57b391d34f0f5cc9f1494b578c39999e88e9766859f60",
    ),
    (
        "m0041_governance",
        include_str!("../../src/migration/m0041_governance.rs"),
        "77edaa4f5d9a4e6ed5a5f47217c46a13519e5c16ca752b1ec33307fdf9356918",
    ),
    (
        "m0051_search",
        include_str!("../../src/migration/m0051_search.rs"),
        "856dee6d1ecd4df529071deb24dd583b57e746d044bb19e38d1c2cfb9dd62353",
    ),
    (
        "m0055_notifications",
        include_str!("../../src/migration/m0055_notifications.rs"),
        "a2e4d05e40522636d0c1decb4a00a1f0de101690b42f55a04bdd5d7b85ff4568",
    ),
    (
        "m0056_contributions",
        include_str!("../../src/migration/m0056_contributions.rs"),
        "d6ba27c39d795422d3ca9c976ae001b91553d70b0f9ad9a726655d5b6172cd63",
    ),
    (
        "m0062_oidc",
        include_str!("../../src/migration/m0062_oidc.rs"),
        "7938799cde0271c1f74e546af2a23bc8e0844122dbe5fd9ff20d9ec7ce00dee2",
    ),
    (
        "m0070_library",
        include_str!("../../src/migration/m0070_library.rs"),
        "ddf318c95ff94c1ca97fa85a4c7cc2e2f928a3491ee20ca68b8bdbb1c46e0410",
    ),
    (
        "m0080_cafe",
        include_str!("../../src/migration/m0080_cafe.rs"),
        "a3e9c5b3d2960096e68895c45a755fa0238f4744f61529bc67316bb31e3e9a1a",
    ),
    (
        "m0090_lean_coffee",
        include_str!("../../src/migration/m0090_lean_coffee.rs"),
        "6694e84b6896e7b02f161976d60b89b2c64aa120b914b1ecd6de29bf32f7036e",
    ),
    (
        "m0091_initiatives",
        include_str!("../../src/migration/m0091_initiatives.rs"),
        "a0e357ef846edbf65c788c2bca9d7c94fe76108ca900ae2b12f19ea12aa4e567",
    ),
    (
        "m0071_design_run_slots",
        include_str!("../../src/migration/m0071_design_run_slots.rs"),
        "21cb505dab3a9e115221d73e7ade9f0cfabf240b8ba35a73b7c317b4a35f6b04",
    ),
    (
        "m0063_languages",
        include_str!("../../src/migration/m0063_languages.rs"),
        "c0a4e232d3b7646fad01050f8670702bd7725f0ec87ac4982ea50c9af7cad2ec",
    ),
    (
        "m0057_action_due_notices",
        include_str!("../../src/migration/m0057_action_due_notices.rs"),
        "9f248d0e3daa1e3a39686a9141bbd46727cfdada05e5dbcbfbdda345ec1e3a57",
    ),
    (
        "m0058_contribution_source",
        include_str!("../../src/migration/m0058_contribution_source.rs"),
        "e8868f5d2684d24b9bb9dbdc594720afefbe6b26592915da41f333441030836e",
    ),
    (
        "m0092_lean_topic_proposals",
        include_str!("../../src/migration/m0092_lean_topic_proposals.rs"),
        "efd283e13fc0633a1a6aeff2d1a73be061b2931c274040ab9c3f62af6b9dc418",
    ),
    (
        "m0093_initiative_lead_offers",
        include_str!("../../src/migration/m0093_initiative_lead_offers.rs"),
        "363b185fdcddee28abf3be67879a8982e4846f00ca0d85c2d066304ac2f33a6e",
    ),
    (
        "m0042_suggestions",
        include_str!("../../src/migration/m0042_suggestions.rs"),
        "1a244ea8616eb926cea42555c9c81e49f3e125d88abc1f5d19c4866ad5550af0",
    ),
    (
        "m0045_moderation_remainder",
        include_str!("../../src/migration/m0045_moderation_remainder.rs"),
        "d2c64b16185f4d9f612cac413d5e40a4514bf8d3912f1a4292bedf53f9abd101",
    ),
    (
        "m0094_search_scoped_terms",
        include_str!("../../src/migration/m0094_search_scoped_terms.rs"),
        "35bf8cdd502c5862275205ef39d12c7412e5f6f45e627d04b4ccf36bccec72c5",
    ),
    (
        "m0064_passkeys",
        include_str!("../../src/migration/m0064_passkeys.rs"),
        "70b304edc3e0e190bb1a00f33efdbaaae4e2bf490ed15e4d6f36bb0893852a45",
    ),
];

/// How many of them main had at 8becab4, where the fixture database was made.
const AT_8BECAB4: usize = 4;

#[test]
fn shipped_migrations_are_never_edited_and_come_first() {
    for (name, text, sha) in SHIPPED {
        assert_eq!(
            hex(Sha256::digest(text.as_bytes()).as_slice()),
            sha,
            "{name} shipped and was edited: add a new migration instead"
        );
    }
    let names = Store::migration_names();
    assert_eq!(
        names[..SHIPPED.len()],
        SHIPPED.map(|(n, _, _)| n.to_owned()),
        "shipped migrations keep their names and order"
    );
    assert!(names.len() >= SHIPPED.len());
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// A database made by `convene demo` at 8becab4 (see make_fixture.py), as portable INSERTs.
const FIXTURE: &str = include_str!("demo-8becab4.sql");

async fn rows(s: &Store, sql: &str) -> Vec<sea_orm::QueryResult> {
    s.conn()
        .query_all_raw(Statement::from_string(s.backend(), sql.to_owned()))
        .await
        .unwrap_or_else(|e| panic!("{sql}: {e}"))
}

async fn count(s: &Store, sql: &str) -> i64 {
    rows(s, sql).await[0]
        .try_get_by_index::<i64>(0)
        .expect("count")
}

/// (id, text) pairs, sorted.
async fn texts(s: &Store, sql: &str) -> Vec<(i32, String)> {
    let mut out: Vec<(i32, String)> = rows(s, sql)
        .await
        .iter()
        .map(|r| {
            (
                r.try_get_by_index::<i32>(0).expect("id"),
                r.try_get_by_index::<String>(1).expect("text"),
            )
        })
        .collect();
    out.sort();
    out
}

/// The chain as stored, read with the columns every version has, verified.
async fn verify_raw(s: &Store) -> usize {
    let entries = rows(s, "SELECT id, community_id, actor_id, action, target, reason, at, prev_hash, hash FROM audit_log ORDER BY id")
        .await
        .iter()
        .map(|r| audit::Stored {
            record: audit::Record {
                id: r.try_get_by_index(0).expect("id"),
                community_id: r.try_get_by_index(1).expect("community"),
                actor_id: r.try_get_by_index(2).expect("actor"),
                action: r.try_get_by_index(3).expect("action"),
                target: r.try_get_by_index(4).expect("target"),
                reason: r.try_get_by_index(5).expect("reason"),
                at: r.try_get_by_index(6).expect("at"),
            },
            prev_hash: r.try_get_by_index(7).expect("prev"),
            hash: r.try_get_by_index(8).expect("hash"),
        })
        .collect::<Vec<_>>();
    let head = rows(s, "SELECT last_id, last_hash FROM audit_head")
        .await
        .first()
        .and_then(|r| {
            let id: Option<i32> = r.try_get_by_index(0).expect("last id");
            Some((id?, r.try_get_by_index::<String>(1).expect("last hash")))
        });
    audit::verify(entries, head).expect("the audit chain is intact")
}

/// The chain as today's code reads and verifies it (`convene audit verify`).
async fn verify(s: &Store) -> usize {
    let tx = s.snapshot().await.expect("snapshot");
    let (entries, head) = convene_store::audit::whole_chain(&tx).await.expect("chain");
    tx.commit().await.expect("commit");
    audit::verify(entries, head).expect("the audit chain is intact")
}

async fn upgrade_keeps_everything(s: Store) {
    s.migrate_to(AT_8BECAB4 as u32)
        .await
        .expect("old migrations");
    // The migrations seed the chain's head; the fixture brings the demo's.
    s.conn()
        .execute_unprepared("DELETE FROM audit_head")
        .await
        .expect("head");
    // One INSERT a row; texts may hold line breaks, so statements are split where the next begins.
    for (i, part) in FIXTURE
        .trim_end()
        .trim_end_matches(';')
        .split(";\nINSERT INTO ")
        .enumerate()
    {
        let stmt = if i == 0 {
            part.to_owned()
        } else {
            format!("INSERT INTO {part}")
        };
        s.conn().execute_unprepared(&stmt).await.expect(&stmt);
    }
    if s.backend() == DbBackend::Postgres {
        // Rows came with their ids: move each table's sequence past them.
        for r in rows(&s, "SELECT table_name FROM information_schema.columns WHERE table_schema = current_schema() AND column_name = 'id' AND column_default LIKE 'nextval%'").await {
            let t: String = r.try_get_by_index(0).expect("table");
            s.conn()
                .execute_unprepared(&format!(
                    "SELECT setval(pg_get_serial_sequence('\"{t}\"', 'id'), COALESCE(MAX(id), 0) + 1, false) FROM \"{t}\""
                ))
                .await
                .expect("setval");
        }
    }
    let sessions = count(&s, "SELECT COUNT(*) FROM sessions").await;
    let reports = texts(&s, "SELECT session_id, body FROM reports").await;
    let revisions = texts(&s, "SELECT session_id, body FROM report_revisions").await;
    let actions = texts(&s, "SELECT id, title FROM actions").await;
    let descriptions = texts(&s, "SELECT id, description FROM sessions").await;
    let roles: i64 = rows(&s, "SELECT roles FROM memberships")
        .await
        .iter()
        .map(|r| {
            let text: String = r.try_get_by_index(0).expect("roles");
            text.split(',').filter(|p| !p.is_empty()).count() as i64
        })
        .sum();
    let invitations = count(&s, "SELECT COUNT(*) FROM invitations").await;
    let entries = verify_raw(&s).await;
    assert!(
        (
            sessions,
            reports.len(),
            revisions.len(),
            actions.len(),
            roles
        ) == (28, 22, 66, 11, 161),
        "the fixture is the demo"
    );
    assert!(entries > 0);

    s.migrate().await.expect("upgrade");

    assert_eq!(count(&s, "SELECT COUNT(*) FROM sessions").await, sessions);
    assert_eq!(
        texts(
            &s,
            "SELECT owner_id, body FROM contents WHERE kind = 'report'"
        )
        .await,
        reports
    );
    assert_eq!(
        texts(
            &s,
            "SELECT c.owner_id, r.body FROM content_revisions r JOIN contents c ON c.id = r.content_id WHERE c.kind = 'report'"
        )
        .await,
        revisions
    );
    assert_eq!(
        texts(
            &s,
            "SELECT owner_id, body FROM contents WHERE kind = 'action'"
        )
        .await,
        actions
    );
    assert_eq!(
        count(&s, "SELECT COUNT(*) FROM actions").await,
        actions.len() as i64
    );
    assert_eq!(
        texts(
            &s,
            "SELECT owner_id, body FROM contents WHERE kind = 'session'"
        )
        .await,
        descriptions
    );
    assert_eq!(
        count(&s, "SELECT COUNT(*) FROM membership_roles").await,
        roles
    );
    assert_eq!(
        count(&s, "SELECT COUNT(*) FROM invitations").await,
        invitations
    );
    assert_eq!(verify(&s).await, entries, "every entry still verifies");
    assert_eq!(verify_raw(&s).await, entries);
    // The chain goes on from the old entries with typed subjects.
    let tx = s.write().await.expect("begin");
    convene_store::audit::append(
        &tx,
        convene_store::audit::NewEntry {
            community_id: Some(1),
            actor_id: Some(1),
            action: "role.change",
            subject: audit::Subject::new(audit::SubjectKind::Membership, 2),
            detail: "member → member,host",
            reason: "after the upgrade",
            now: 2_000_000_000,
        },
    )
    .await
    .expect("append");
    tx.commit().await.expect("commit");
    assert_eq!(verify(&s).await, entries + 1);
    // An invitation can name only a gathering that exists now (m0006).
    let bogus = s
        .conn()
        .execute_unprepared("UPDATE invitations SET gathering_id = 999999 WHERE id = 1")
        .await;
    assert!(bogus.is_err(), "the foreign key holds");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_demo_database_from_8becab4_upgrades_with_nothing_lost_sqlite() {
    upgrade_keeps_everything(convene_store::testing::sqlite_empty().await).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_demo_database_from_8becab4_upgrades_with_nothing_lost_postgres() {
    if let Some(s) = convene_store::testing::postgres_empty().await {
        upgrade_keeps_everything(s).await;
    }
}
