//! "An action of mine is due in 3 days": the hourly sweep tells the owners of every open
//! action due within 3 days (in its gathering's time zone), once per action and due date,
//! also when the sweep runs again; a moved due date is told again; nobody who did not
//! volunteer hears of it; a done action drops out of the inbox; the e-mail follows each
//! owner's own choice for the kind.

use crate::gatherings::open_space;
use crate::harness::*;
use axum::http::StatusCode;
use convene_app::mail::MailSettings;
use convene_domain::Role;
use convene_domain::ids::GatheringId;
use convene_domain::notify::Kind;
use convene_store::notifications::{self, MAIL_DIGEST, MAIL_NONE, MAIL_WAITING};
use convene_store::store_db::ConnectionTrait;
use convene_store::test_both_dbs;

/// The inbox lines about due actions a person may read now.
async fn due_lines(h: &Harness, p: &Person) -> Vec<String> {
    h.app
        .inbox(&p.account)
        .await
        .expect("inbox")
        .into_iter()
        .filter(|i| i.kind == Kind::ActionDue)
        .map(|i| i.text)
        .collect()
}

/// Every row about due actions, readable now or not, with its e-mail state.
async fn due_rows(h: &Harness, p: &Person) -> Vec<String> {
    notifications::inbox(h.app.store.conn(), p.account.id, 100)
        .await
        .expect("rows")
        .into_iter()
        .filter(|n| n.kind == Kind::ActionDue.as_str())
        .map(|n| n.mail)
        .collect()
}

async fn due_actions_tell_their_owners_once_per_date(h: Harness) {
    let w = h.world("dueactions").await;
    let os = open_space(&h, &w).await;
    let host = Some(w.steward.cookie.as_str());
    let (s, b) = h
        .post(&format!("{}/phase", os.base), host, "to=sessions")
        .await;
    assert_eq!(s, StatusCode::SEE_OTHER, "{b}");
    let ana = h.person_with_role(&w, Role::Member).await;
    let ben = h.person_with_role(&w, Role::Member).await;
    let cleo = h.person_with_role(&w, Role::Member).await;
    let dan = h.person_with_role(&w, Role::Member).await;
    // Ben wants these at once, Dan never by e-mail; Ana keeps the default (the digest).
    for (p, mode) in [(&ben, "now"), (&dan, "never")] {
        let (s, b) = h
            .api(
                "PUT",
                "/api/v1/me/notification-settings",
                &p.token,
                Some(&format!(r#"[{{"kind":"action_due","mode":"{mode}"}}]"#)),
            )
            .await;
        assert!(s.is_success(), "{s} {b}");
    }
    // The clock reads 2027-01-15, 09:00 in Berlin (the gathering's zone).
    for (title, due) in [
        ("Plant willows", "2027-01-17"),
        ("Count beavers", "2027-01-25"),
        ("Mend the fence", "2027-01-16"),
        ("Clear the weir", "2027-01-14"),
    ] {
        let (s, b) = h
            .post(
                &format!("{}/actions", os.base),
                Some(ana.cookie.as_str()),
                &format!("title={}&due_on={due}", enc(title)),
            )
            .await;
        assert_eq!(s, StatusCode::SEE_OTHER, "{b}");
    }
    let actions = h
        .app
        .actions(&h.allowed(&ana, &w.slug).await, GatheringId(os.id))
        .await
        .expect("actions");
    let id = |t: &str| actions.iter().find(|a| a.title == t).expect(t).id;
    let (willows, beavers, weir) = (
        id("Plant willows"),
        id("Count beavers"),
        id("Clear the weir"),
    );
    // Nobody volunteers for the fence: nobody is told of it (nobody is assigned).
    for (who, action) in [
        (&ana, willows),
        (&ben, willows),
        (&dan, willows),
        (&cleo, beavers),
        (&ana, weir),
    ] {
        let (s, b) = h
            .post(
                &format!("{}/actions/{action}/volunteer", os.base),
                Some(who.cookie.as_str()),
                "on=1",
            )
            .await;
        assert_eq!(s, StatusCode::SEE_OTHER, "{b}");
    }

    let told = h.app.remind_due_actions(&h.system).await.expect("sweep");
    assert_eq!(told, 1, "only the willows are due within 3 days and owned");
    h.app.run_jobs(&h.system).await.expect("jobs");
    let line = "Your action “Plant willows” is due on 2027-01-17";
    for p in [&ana, &ben, &dan] {
        assert_eq!(due_lines(&h, p).await, vec![line.to_owned()], "{}", p.name);
    }
    assert!(
        due_lines(&h, &cleo).await.is_empty(),
        "the beavers are not due yet"
    );
    assert!(
        due_lines(&h, &w.steward).await.is_empty(),
        "not the host's action"
    );
    // E-mail as each chose: Ana's waits for her digest, Ben's goes at once, Dan gets none.
    assert_eq!(due_rows(&h, &ana).await, vec![MAIL_DIGEST]);
    let ben_mail = due_rows(&h, &ben).await;
    assert_eq!(ben_mail.len(), 1);
    assert!(
        [MAIL_WAITING, "sent"].contains(&ben_mail[0].as_str()),
        "{ben_mail:?}"
    );
    assert_eq!(due_rows(&h, &dan).await, vec![MAIL_NONE]);

    // The sweep runs again (the next hour, or another server): nobody is told twice.
    assert_eq!(h.app.remind_due_actions(&h.system).await.expect("sweep"), 0);
    h.app.run_jobs(&h.system).await.expect("jobs");
    assert_eq!(due_lines(&h, &ana).await.len(), 1);

    // The due date moves: the owners are told of the new date, once.
    h.app
        .store
        .conn()
        .execute_unprepared(&format!(
            "UPDATE actions SET due_on = '2027-01-18' WHERE id = {willows}"
        ))
        .await
        .expect("move");
    assert_eq!(h.app.remind_due_actions(&h.system).await.expect("sweep"), 1);
    assert_eq!(h.app.remind_due_actions(&h.system).await.expect("sweep"), 0);
    h.app.run_jobs(&h.system).await.expect("jobs");
    let moved = "Your action “Plant willows” is due on 2027-01-18";
    assert_eq!(
        due_lines(&h, &ana).await,
        vec![moved.to_owned(), moved.to_owned()]
    );

    // Eight days on the beavers are due; the willows are done and leave the inbox.
    h.app.clock.advance(8 * 86_400);
    let (s, b) = h
        .post(
            &format!("{}/actions/{willows}/status", os.base),
            Some(ben.cookie.as_str()),
            "status=done",
        )
        .await;
    assert_eq!(s, StatusCode::SEE_OTHER, "{b}");
    assert_eq!(h.app.remind_due_actions(&h.system).await.expect("sweep"), 1);
    h.app.run_jobs(&h.system).await.expect("jobs");
    assert_eq!(
        due_lines(&h, &cleo).await,
        vec!["Your action “Count beavers” is due on 2027-01-25".to_owned()]
    );
    assert!(
        due_lines(&h, &ana).await.is_empty(),
        "{:?}",
        due_lines(&h, &ana).await
    );
    let (s, page) = h.get("/inbox", Some(cleo.cookie.as_str())).await;
    assert_eq!(s, StatusCode::OK);
    assert!(page.contains("Count beavers"), "{page}");
    assert!(!page.contains("Plant willows"), "{page}");
}

test_both_dbs!(
    due_actions_are_told_to_their_owners_once_per_due_date,
    |store| async move {
        // Mail is configured (to a port nobody listens on): rows carry each owner's choice.
        let h = Harness::with_settings(store, 10_000, |s| {
            s.mail = Some(MailSettings {
                host: "127.0.0.1".into(),
                port: 9,
                from: "convene <convene@convene.test>".into(),
                tls: false,
                public_url: ORIGIN.into(),
            });
        })
        .await;
        due_actions_tell_their_owners_once_per_date(h).await;
    }
);
