//! Notifications and contributions on both databases: an inbox row is written once per person
//! and event however often the fan-out runs, read marks only one's own rows, digest rows wait
//! apart, a server key is made once, and of two curators deciding at once one wins.

use super::{community, person, rand_suffix};
use convene_store::contributions::{self, NewContribution};
use convene_store::notifications::{self, MAIL_DIGEST, MAIL_NONE, NewEvent};
use convene_store::{Store, test_both_dbs};

test_both_dbs!(
    inbox_rows_are_written_once_and_read_by_their_owner,
    |s: Store| async move {
        let (c, _) = community(&s, &format!("n{}", rand_suffix())).await;
        let (a, b) = (
            person(&s, &format!("a{}@example.org", rand_suffix())).await,
            person(&s, &format!("b{}@example.org", rand_suffix())).await,
        );
        let db = s.conn();
        let id = notifications::record(
            db,
            NewEvent {
                kind: "mention",
                community: c.id,
                content: None,
                subject: 1,
                target: None,
                actor: Some(b.id),
                now: 5,
            },
        )
        .await
        .expect("event");
        let e = notifications::event(db, id)
            .await
            .expect("get")
            .expect("there");
        let first = notifications::deliver(db, a.id, &e, MAIL_DIGEST, 6)
            .await
            .expect("deliver");
        assert!(first.is_some());
        assert_eq!(
            notifications::deliver(db, a.id, &e, MAIL_DIGEST, 7)
                .await
                .expect("again"),
            None,
            "once per person and event"
        );
        notifications::deliver(db, b.id, &e, MAIL_NONE, 6)
            .await
            .expect("b");
        assert_eq!(
            notifications::digest_waiting(db, a.id)
                .await
                .expect("digest")
                .len(),
            1
        );
        assert_eq!(notifications::mail_backlog(db).await.expect("backlog"), 1);
        let row = first.expect("row");
        assert!(
            !notifications::mark_read(db, b.id, Some(row), 8)
                .await
                .expect("not b's"),
            "only one's own rows"
        );
        assert!(
            notifications::mark_read(db, a.id, Some(row), 8)
                .await
                .expect("mark")
        );
        assert!(
            notifications::unread_of(db, &[a.id])
                .await
                .expect("unread")
                .is_empty()
        );
        assert_eq!(
            notifications::unread_of(db, &[b.id])
                .await
                .expect("unread")
                .len(),
            1
        );
        notifications::set_mode(db, a.id, "reply", "never")
            .await
            .expect("mode");
        notifications::set_mode(db, a.id, "reply", "now")
            .await
            .expect("mode again");
        assert_eq!(
            notifications::modes(db, a.id)
                .await
                .expect("modes")
                .get("reply")
                .map(String::as_str),
            Some("now")
        );
        let k1 = notifications::server_key(db, "unsubscribe", || "one".into())
            .await
            .expect("key");
        let k2 = notifications::server_key(db, "unsubscribe", || "two".into())
            .await
            .expect("key");
        assert_eq!((k1.as_str(), k2.as_str()), ("one", "one"), "made once");
    }
);

test_both_dbs!(of_two_decisions_at_once_one_wins, |s: Store| async move {
    let (c, _) = community(&s, &format!("k{}", rand_suffix())).await;
    let (a, cur) = (
        person(&s, &format!("author{}@example.org", rand_suffix())).await,
        person(&s, &format!("cur{}@example.org", rand_suffix())).await,
    );
    let row = contributions::create(
        s.conn(),
        NewContribution {
            community: c.id,
            author: a.id,
            title: "t",
            summary: "s",
            license: "CC-BY-SA-4.0",
            attribution: "A",
            state: "waiting",
            now: 1,
        },
    )
    .await
    .expect("create");
    let (s1, s2) = (s.clone(), s.clone());
    let decide = |st: Store, to: &'static str| async move {
        let tx = st.write().await.expect("tx");
        let won = contributions::decide(
            &tx,
            row.id,
            "waiting",
            to,
            "because",
            cur.id,
            2,
            to == "accepted",
        )
        .await
        .expect("decide");
        tx.commit().await.expect("commit");
        won
    };
    let (x, y) = tokio::join!(decide(s1, "accepted"), decide(s2, "declined"));
    assert!(x ^ y, "exactly one decision applies: {x} {y}");
    let now = contributions::get(s.conn(), c.id, row.id)
        .await
        .expect("get");
    assert_eq!(now.state, if x { "accepted" } else { "declined" });
    assert_eq!(now.published_at.is_some(), x);
    assert!(
        contributions::get(s.conn(), c.id + 1000, row.id)
            .await
            .is_err(),
        "another community's is not found"
    );
});
