//! The schema itself keeps an appeal's decider apart from the case's author, flaggers and
//! decider, on both databases: through the repository, through raw SQL that bypasses it, and
//! with several stewards at once.

use super::*;
use convene_domain::content::{ContentKind, ContentRef, Visibility};
use convene_domain::ids::{AccountId, CaseId, CommunityId};
use convene_domain::moderation::{AppealOutcome, FlagReason, Outcome};
use convene_store::contents::{self, NewContent};
use convene_store::moderation::{self as m, NewAppeal, NewFlag};
use sea_orm::ConnectionTrait;

struct Appealed {
    community: CommunityId,
    case: CaseId,
    author: AccountId,
    flagger: AccountId,
    decider: AccountId,
    appeal: i32,
}

async fn appealed(s: &Store) -> Appealed {
    let (c, home) = community(s, "schema").await;
    let mut ids = Vec::new();
    for who in ["author", "flagger", "decider"] {
        let a = person(s, &format!("{who}@example.test")).await;
        join(s, c.id, home.id, a.id, "member", None).await;
        ids.push(AccountId(a.id));
    }
    let (author, flagger, decider) = (ids[0], ids[1], ids[2]);
    let community = CommunityId(c.id);
    let content = contents::create(
        s.conn(),
        NewContent {
            community,
            of: ContentRef::new(ContentKind::Session, 1),
            author,
            body: "Buy now",
            visibility: &Visibility::Network,
            now: 100,
        },
    )
    .await
    .expect("content");
    let case = m::open_case(s.conn(), community, content.id, Some(author), 100)
        .await
        .expect("case");
    m::add_flag(
        s.conn(),
        NewFlag {
            community,
            case: case.id,
            content: content.id,
            account: flagger,
            reason: FlagReason::Spam,
            note: "",
            weight: 10,
            now: 100,
        },
    )
    .await
    .expect("flag");
    assert!(
        m::claim(s.conn(), case.id, decider, 100, 1800)
            .await
            .expect("claim")
    );
    assert!(
        m::decide(
            s.conn(),
            case.id,
            decider,
            Outcome::Uphold,
            "It is spam, plainly.",
            101
        )
        .await
        .expect("decide")
    );
    let a = m::add_appeal(
        s.conn(),
        NewAppeal {
            community,
            case: case.id,
            decider,
            appellant: author,
            statement: "It is not spam.",
            now: 102,
        },
    )
    .await
    .expect("appeal");
    Appealed {
        community,
        case: case.id,
        author,
        flagger,
        decider,
        appeal: a.id,
    }
}

test_both_dbs!(the_schema_keeps_the_hearer_apart, |s: Store| async move {
    let a = appealed(&s).await;
    // Through the repository: author, flagger and decider already have their part.
    for who in [a.author, a.flagger, a.decider] {
        let r = m::hear(s.conn(), a.case, who, AppealOutcome::Reversed, "r", 103).await;
        assert!(
            matches!(r, Err(StoreError::Duplicate("part"))),
            "{who:?}: {r:?}"
        );
    }
    // Around the repository, in raw SQL: a flagger or the decider named as the appeal's
    // decider, a flagger made a hearer, an appeal naming someone else as the decider.
    let db = s.conn();
    for (who, sql) in [
        (
            "flagger as decider",
            format!(
                "UPDATE appeals SET decided_by = {} WHERE id = {}",
                a.flagger, a.appeal
            ),
        ),
        (
            "decider as decider",
            format!(
                "UPDATE appeals SET decided_by = {} WHERE id = {}",
                a.decider, a.appeal
            ),
        ),
        (
            "author as decider",
            format!(
                "UPDATE appeals SET decided_by = {} WHERE id = {}",
                a.author, a.appeal
            ),
        ),
        (
            "flagger as hearer",
            format!(
                "INSERT INTO case_parties (case_id, account_id, part) VALUES ({}, {}, 'hearer')",
                a.case, a.flagger
            ),
        ),
        (
            "decider's part changed",
            format!(
                "UPDATE case_parties SET part = 'hearer' WHERE case_id = {} AND account_id = {}",
                a.case, a.decider
            ),
        ),
        (
            "author's part changed",
            format!(
                "UPDATE case_parties SET part = 'hearer' WHERE case_id = {} AND account_id = {}",
                a.case, a.author
            ),
        ),
        (
            "flagger's part changed",
            format!(
                "UPDATE case_parties SET part = 'hearer' WHERE case_id = {} AND account_id = {}",
                a.case, a.flagger
            ),
        ),
        (
            "another decider named",
            format!(
                "UPDATE appeals SET case_decider = {} WHERE id = {}",
                a.author, a.appeal
            ),
        ),
    ] {
        let tx = s.write().await.expect("tx");
        let r = tx.execute_unprepared(&sql).await;
        assert!(r.is_err(), "{who}: the database must refuse `{sql}`");
        drop(tx);
    }
    // The appeal is still undecided, and an eligible steward can decide it.
    let hearer = person(&s, "hearer@example.test").await;
    let r = m::hear(
        db,
        a.case,
        AccountId(hearer.id),
        AppealOutcome::Reversed,
        "Reversed.",
        104,
    )
    .await
    .expect("hear");
    assert!(r);
    let after = m::appeal_of(db, a.case)
        .await
        .expect("read")
        .expect("appeal");
    assert_eq!(after.decided_by, Some(AccountId(hearer.id)));
    let _ = a.community;
});

test_both_dbs!(
    stewards_at_once_one_eligible_decides,
    |s: Store| async move {
        let a = appealed(&s).await;
        let e1 = AccountId(person(&s, "e1@example.test").await.id);
        let e2 = AccountId(person(&s, "e2@example.test").await.id);
        let attempt = |who: AccountId| {
            let s = s.clone();
            let case = a.case;
            async move {
                let tx = s.write().await?;
                let r = m::hear(&tx, case, who, AppealOutcome::Upheld, "It stands.", 105).await?;
                tx.commit().await?;
                Ok::<bool, StoreError>(r)
            }
        };
        let (rf, rd, r1, r2) = tokio::join!(
            attempt(a.flagger),
            attempt(a.decider),
            attempt(e1),
            attempt(e2)
        );
        assert!(matches!(rf, Err(StoreError::Duplicate("part"))), "{rf:?}");
        assert!(matches!(rd, Err(StoreError::Duplicate("part"))), "{rd:?}");
        let won: Vec<bool> = [r1, r2].into_iter().map(|r| r.expect("eligible")).collect();
        assert_eq!(won.iter().filter(|w| **w).count(), 1, "{won:?}");
        let after = m::appeal_of(s.conn(), a.case)
            .await
            .expect("read")
            .expect("appeal");
        assert!(after.decided_by == Some(e1) || after.decided_by == Some(e2));
    }
);
