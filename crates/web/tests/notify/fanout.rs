//! The fan-out to a crowd: a reply in an organization-internal thread watched by a few
//! hundred people of two organizations, guests among them, some gone from the community, some
//! muting, some mentioned, each with their own e-mail choice. Every inbox row, its e-mail
//! state, its e-mail or digest job and each person's live topic match a per-person model,
//! on both databases (the set-wise reads and chunked writes take several statements here).

use crate::harness::*;
use axum::http::StatusCode;
use convene_app::mail::MailSettings;
use convene_domain::thread::Follow;
use convene_domain::{Role, RoleSet};
use convene_store::entity::job;
use convene_store::notifications::{self, MAIL_DIGEST, MAIL_NONE, MAIL_WAITING};
use convene_store::store_db::{ColumnTrait, EntityTrait, QueryFilter};
use convene_store::{accounts, communities, test_both_dbs, threads};
use std::collections::{BTreeMap, BTreeSet};

/// More than one `IN` list and one multi-row insert hold.
const CROWD: usize = 1_150;

/// One person of the crowd, as the model sees them.
struct Someone {
    account: i32,
    /// A member (else: an account that follows the thread but left the community).
    member: bool,
    home: bool,
    guest: bool,
    follow: Option<Follow>,
    mentioned: bool,
    /// Their choice for replies and mentions (`None`: the kind's default).
    reply_mode: Option<&'static str>,
    mention_mode: Option<&'static str>,
}

impl Someone {
    fn reads(&self) -> bool {
        self.member && self.home && !self.guest
    }

    /// The rows they should have: kind → e-mail state.
    fn expected(&self) -> BTreeMap<&'static str, &'static str> {
        let mail = |mode: Option<&str>, default| match mode.unwrap_or(default) {
            "now" => MAIL_WAITING,
            "digest" => MAIL_DIGEST,
            _ => MAIL_NONE,
        };
        let mut out = BTreeMap::new();
        let muted = self.follow == Some(Follow::Mute);
        // Mentions name only those who may read; the mentioned hear of the mention only.
        if self.mentioned && self.reads() && !muted {
            out.insert("mention", mail(self.mention_mode, "now"));
        } else if self.follow == Some(Follow::Watch) && self.reads() && !self.mentioned {
            out.insert("reply", mail(self.reply_mode, "digest"));
        }
        out
    }
}

async fn crowd_hears_exactly_what_concerns_them(h: Harness) {
    let w = h.world("crowd").await;
    let db = h.app.store.conn();
    let partner = communities::add_organization(db, w.community_id, "Partner", false)
        .await
        .expect("partner");
    let base = "/api/v1/communities/crowd/threads";
    let input = serde_json::json!({
        "title": "Inside only", "body": "For the home organization",
        "visibility": "organization", "organization_id": w.home_org,
    });
    let (s, body) = h
        .api("POST", base, &w.steward.token, Some(&input.to_string()))
        .await;
    assert_eq!(s, StatusCode::CREATED, "{body}");
    let thread = serde_json::from_str::<serde_json::Value>(&body).expect("json")["id"]
        .as_i64()
        .and_then(|i| i32::try_from(i).ok())
        .expect("id");
    h.app.run_jobs(&h.system).await.expect("jobs");

    let mut crowd = Vec::new();
    for i in 0..CROWD {
        let a = accounts::create(
            db,
            accounts::NewAccount {
                email: &format!("crowd{i}@example.org"),
                display_name: &format!("Crowd{i}"),
                password_hash: None,
                is_operator: false,
                now: h.app.now(),
            },
        )
        .await
        .expect("account");
        let p = Someone {
            account: a.id,
            member: i % 11 != 10,
            home: i % 3 != 0,
            guest: i % 7 == 0,
            follow: match i % 5 {
                0 => Some(Follow::Mute),
                4 => None,
                _ => Some(Follow::Watch),
            },
            mentioned: i % 13 == 0,
            reply_mode: [None, Some("now"), Some("never"), Some("digest")][i % 4],
            mention_mode: [None, Some("never"), Some("digest")][i % 3],
        };
        if p.member {
            communities::add_membership(
                db,
                communities::NewMembership {
                    community_id: w.community_id,
                    account_id: a.id,
                    organization_id: if p.home { w.home_org } else { partner.id },
                    roles: if p.guest {
                        RoleSet::guest()
                    } else {
                        RoleSet::only(Role::Member)
                    },
                    invited_by: None,
                    invitation_id: None,
                    now: h.app.now(),
                },
            )
            .await
            .expect("membership");
        }
        threads::set_follow(db, thread, a.id, p.follow)
            .await
            .expect("follow");
        for (kind, mode) in [("reply", p.reply_mode), ("mention", p.mention_mode)] {
            if let Some(m) = mode {
                notifications::set_mode(db, a.id, kind, m)
                    .await
                    .expect("mode");
            }
        }
        crowd.push(p);
    }
    let mut live: Vec<_> = crowd
        .iter()
        .map(|p| h.app.live.subscribe_inbox(p.account.into()))
        .collect();

    let handles: Vec<String> = (0..CROWD)
        .filter(|i| crowd[*i].mentioned)
        .map(|i| format!("@crowd{i}"))
        .collect();
    let reply = serde_json::json!({ "body": format!("Thanks, {}", handles.join(" ")) });
    let (s, body) = h
        .api(
            "POST",
            &format!("{base}/{thread}/replies"),
            &w.steward.token,
            Some(&reply.to_string()),
        )
        .await;
    assert_eq!(s, StatusCode::CREATED, "{body}");
    // The mail server is down (port 9): e-mail waits in its jobs and the rows keep their state.
    h.app.run_jobs(&h.system).await.expect("jobs");
    let woken: Vec<bool> = live
        .iter_mut()
        .map(|rx| {
            let woke = rx.has_changed().expect("open");
            rx.mark_unchanged();
            woke
        })
        .collect();
    let mut events = BTreeSet::new();
    for p in &crowd {
        for n in notifications::inbox(db, p.account, 10)
            .await
            .expect("inbox")
        {
            events.insert(n.event_id);
        }
    }
    assert_eq!(events.len(), 2, "a reply event and a mention event");
    // A fan-out that runs again (a lease ran out) writes nothing twice and wakes nobody.
    for e in events {
        convene_store::jobs::enqueue(db, "notify", e, h.app.now())
            .await
            .expect("again");
    }
    h.app.run_jobs(&h.system).await.expect("jobs again");
    for rx in &live {
        assert!(!rx.has_changed().expect("open"), "nothing new");
    }

    let mail_jobs: BTreeSet<i32> = job::Entity::find()
        .filter(job::Column::Kind.eq("notify_mail"))
        .all(db)
        .await
        .expect("jobs")
        .into_iter()
        .map(|j| j.subject)
        .collect();
    let digest_jobs: BTreeSet<i32> = job::Entity::find()
        .filter(job::Column::Kind.eq("notify_digest"))
        .all(db)
        .await
        .expect("jobs")
        .into_iter()
        .map(|j| j.subject)
        .collect();
    let (mut told, mut mailed) = (0, 0);
    for (p, woke) in crowd.iter().zip(woken) {
        let rows = notifications::inbox(db, p.account, 10)
            .await
            .expect("inbox");
        let got: BTreeMap<&str, &str> = rows
            .iter()
            .map(|n| (n.kind.as_str(), n.mail.as_str()))
            .collect();
        let want = p.expected();
        assert_eq!(got, want, "account {}", p.account);
        assert_eq!(rows.len(), want.len(), "one row per event");
        for n in &rows {
            assert_eq!(
                mail_jobs.contains(&n.id),
                n.mail == MAIL_WAITING,
                "row {}",
                n.id
            );
        }
        assert_eq!(
            digest_jobs.contains(&p.account),
            want.values().any(|m| *m == MAIL_DIGEST),
            "account {}",
            p.account
        );
        assert_eq!(
            woke,
            !want.is_empty(),
            "the live topic of account {}",
            p.account
        );
        told += usize::from(!want.is_empty());
        mailed += rows.iter().filter(|n| n.mail == MAIL_WAITING).count();
    }
    // The model is not empty-handed: the crowd mixes every case.
    assert!(told > 200 && mailed > 50, "{told} told, {mailed} mailed");

    // Every badge asked at once (as a fan-out wakes every open stream) is counted together
    // and comes out as each person's own count: the rows they may read.
    let mut asks = tokio::task::JoinSet::new();
    for p in &crowd {
        let account = accounts::get(db, p.account).await.expect("account");
        let app = h.app.clone();
        asks.spawn(async move { (account.id, app.unread_count(&account).await) });
    }
    let want: BTreeMap<i32, u64> = crowd
        .iter()
        .map(|p| (p.account, p.expected().len() as u64))
        .collect();
    let mut got = BTreeMap::new();
    while let Some(done) = asks.join_next().await {
        let (account, count) = done.expect("joined");
        got.insert(account, count.expect("count"));
    }
    assert_eq!(got, want);
}

test_both_dbs!(
    a_reply_reaches_exactly_whom_it_concerns,
    |store| async move {
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
        crowd_hears_exactly_what_concerns_them(h).await;
    }
);
