//! Store tests, each run on SQLite and on PostgreSQL through `test_both_dbs!`.

use convene_domain::audit::{self, Subject, SubjectKind};
use convene_domain::{Role, RoleSet};
use convene_store::accounts::{self, NewAccount, NewSecret, SecretKind};
use convene_store::audit::{self as log, NewEntry};
use convene_store::communities::{self, NewCommunity, NewMembership};
use convene_store::gatherings::{self, NewGathering};
use convene_store::invitations::{self, NewInvitation};
use convene_store::sessions::{self, NewSession};
use convene_store::{Store, StoreError, test_both_dbs};

mod moderation;
mod notify;
mod search;
mod upgrade;

async fn person(s: &Store, email: &str) -> convene_store::Account {
    accounts::create(
        s.conn(),
        NewAccount {
            email,
            display_name: email,
            password_hash: None,
            is_operator: false,
            now: 100,
        },
    )
    .await
    .expect("create account")
}

async fn community(
    s: &Store,
    slug: &str,
) -> (convene_store::Community, convene_store::Organization) {
    let c = communities::create(
        s.conn(),
        NewCommunity {
            slug,
            name: slug,
            purpose: "p",
            open: false,
            now: 100,
        },
    )
    .await
    .expect("create community");
    let home = communities::add_organization(s.conn(), c.id, "Home", true)
        .await
        .expect("org");
    (c, home)
}

async fn join(
    s: &Store,
    c: i32,
    org: i32,
    account: i32,
    roles: &str,
    invited_by: Option<i32>,
) -> convene_store::Membership {
    communities::add_membership(
        s.conn(),
        NewMembership {
            community_id: c,
            account_id: account,
            organization_id: org,
            roles: RoleSet::decode(roles).expect("roles"),
            invited_by,
            invitation_id: None,
            now: 100,
        },
    )
    .await
    .expect("join")
}

async fn invitation(
    s: &Store,
    c: i32,
    org: i32,
    kind: &str,
    max_uses: i32,
    expires_at: i64,
) -> convene_store::Invitation {
    invitations::create(
        s.conn(),
        NewInvitation {
            community_id: c,
            token_hash: &format!("hash-{kind}-{max_uses}-{expires_at}-{}", rand_suffix()),
            kind,
            email: None,
            calling_question: "q",
            organization_id: org,
            guest: false,
            max_uses,
            expires_at,
            created_by: None,
            now: 100,
            gathering_id: None,
        },
    )
    .await
    .expect("invitation")
}

fn rand_suffix() -> u128 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_nanos())
}

test_both_dbs!(migrations_are_idempotent, |s: Store| async move {
    s.migrate().await.expect("second migrate is a no-op");
    assert_eq!(accounts::count(s.conn()).await.expect("count"), 0);
});

test_both_dbs!(
    duplicate_email_is_a_duplicate_error,
    |s: Store| async move {
        person(&s, "ana@example.org").await;
        let again = accounts::create(
            s.conn(),
            NewAccount {
                email: "ana@example.org",
                display_name: "Ana",
                password_hash: None,
                is_operator: false,
                now: 1,
            },
        )
        .await;
        assert!(
            matches!(again, Err(StoreError::Duplicate("e-mail"))),
            "{again:?}"
        );
        assert!(
            accounts::find_by_email(s.conn(), "ana@example.org")
                .await
                .expect("find")
                .is_some()
        );
        assert!(
            accounts::find_by_email(s.conn(), "bob@example.org")
                .await
                .expect("find")
                .is_none()
        );
    }
);

test_both_dbs!(secrets_expire_and_are_used_once, |s: Store| async move {
    let a = person(&s, "a@example.org").await;
    let secret = accounts::add_secret(
        s.conn(),
        NewSecret {
            kind: SecretKind::Session,
            token_hash: "h1",
            account_id: Some(a.id),
            label: None,
            created_by: None,
            now: 100,
            expires_at: Some(200),
        },
    )
    .await
    .expect("secret");
    assert!(
        accounts::find_secret(s.conn(), SecretKind::Session, "h1", 199)
            .await
            .expect("find")
            .is_some()
    );
    assert!(
        accounts::find_secret(s.conn(), SecretKind::Session, "h1", 200)
            .await
            .expect("find")
            .is_none()
    );
    assert!(
        accounts::find_secret(s.conn(), SecretKind::ApiToken, "h1", 150)
            .await
            .expect("find")
            .is_none(),
        "kind is part of the key"
    );
    assert!(
        accounts::remove_secret(s.conn(), secret.id)
            .await
            .expect("remove")
    );
    assert!(
        !accounts::remove_secret(s.conn(), secret.id)
            .await
            .expect("remove twice")
    );
    assert_eq!(
        accounts::remove_expired(s.conn(), 1000)
            .await
            .expect("sweep"),
        0
    );
});

test_both_dbs!(communities_and_memberships, |s: Store| async move {
    let (c, home) = community(&s, "alpha").await;
    let dup = communities::create(
        s.conn(),
        NewCommunity {
            slug: "alpha",
            name: "x",
            purpose: "p",
            open: false,
            now: 1,
        },
    )
    .await;
    assert!(matches!(dup, Err(StoreError::Duplicate("short name"))));
    let dup_org = communities::add_organization(s.conn(), c.id, "Home", false).await;
    assert!(matches!(dup_org, Err(StoreError::Duplicate(_))));
    let partner = communities::add_organization(s.conn(), c.id, "Partner", false)
        .await
        .expect("partner");
    let a = person(&s, "a@example.org").await;
    let b = person(&s, "b@example.org").await;
    join(&s, c.id, home.id, a.id, "member,steward", None).await;
    join(&s, c.id, partner.id, b.id, "guest", Some(a.id)).await;
    let twice = communities::add_membership(
        s.conn(),
        NewMembership {
            community_id: c.id,
            account_id: b.id,
            organization_id: home.id,
            roles: RoleSet::member(),
            invited_by: None,
            invitation_id: None,
            now: 1,
        },
    )
    .await;
    assert!(matches!(twice, Err(StoreError::Duplicate("membership"))));
    let members = communities::members(s.conn(), c.id).await.expect("members");
    assert_eq!(members.len(), 2);
    assert_eq!(
        communities::with_role(s.conn(), c.id, Role::Steward)
            .await
            .expect("stewards")
            .len(),
        1
    );
    assert!(
        communities::with_role(s.conn(), c.id, Role::Host)
            .await
            .expect("hosts")
            .is_empty()
    );
    // Roles are rows: set, read back and replaced whole.
    let ms = communities::members(s.conn(), c.id).await.expect("members");
    let b_m = ms.iter().find(|m| m.account.id == b.id).expect("b");
    assert_eq!(b_m.roles, RoleSet::guest());
    communities::set_roles(
        s.conn(),
        b_m.membership.id,
        RoleSet::new(true, [Role::Host]),
    )
    .await
    .expect("set");
    assert_eq!(
        communities::roles(s.conn(), b_m.membership.id)
            .await
            .expect("roles"),
        RoleSet::new(true, [Role::Host])
    );
    assert_eq!(
        communities::with_role(s.conn(), c.id, Role::Host)
            .await
            .expect("hosts")
            .len(),
        1
    );
    let orgs = communities::organizations(s.conn(), c.id)
        .await
        .expect("orgs");
    assert!(orgs[0].is_home, "home organization first");
    // Another community's organization is not reachable through this one.
    let (other, other_home) = community(&s, "beta").await;
    assert!(
        communities::organization(s.conn(), c.id, other_home.id)
            .await
            .is_err()
    );
    assert!(
        communities::organization(s.conn(), other.id, other_home.id)
            .await
            .is_ok()
    );
});

test_both_dbs!(
    deleting_an_account_cascades_and_keeps_edges_anonymous,
    |s: Store| async move {
        let (c, home) = community(&s, "gamma").await;
        let a = person(&s, "a@example.org").await;
        let b = person(&s, "b@example.org").await;
        join(&s, c.id, home.id, a.id, "member", None).await;
        let mb = join(&s, c.id, home.id, b.id, "member", Some(a.id)).await;
        accounts::add_secret(
            s.conn(),
            NewSecret {
                kind: SecretKind::Session,
                token_hash: "sess-a",
                account_id: Some(a.id),
                label: None,
                created_by: None,
                now: 1,
                expires_at: None,
            },
        )
        .await
        .expect("session");
        accounts::delete(s.conn(), a.id).await.expect("delete");
        assert!(
            accounts::find_secret(s.conn(), SecretKind::Session, "sess-a", 2)
                .await
                .expect("find")
                .is_none()
        );
        assert_eq!(
            communities::member_count(s.conn(), c.id)
                .await
                .expect("count"),
            1
        );
        let b_now = communities::membership_by_id(s.conn(), c.id, mb.id)
            .await
            .expect("b stays");
        assert_eq!(
            b_now.invited_by, None,
            "the inviter's id goes with their account"
        );
    }
);

test_both_dbs!(invitation_uses_are_bounded, |s: Store| async move {
    let (c, home) = community(&s, "delta").await;
    let link = invitation(&s, c.id, home.id, "link", 2, 1000).await;
    assert!(
        invitations::take_use(s.conn(), link.id, 500)
            .await
            .expect("1")
    );
    assert!(
        invitations::take_use(s.conn(), link.id, 500)
            .await
            .expect("2")
    );
    assert!(
        !invitations::take_use(s.conn(), link.id, 500)
            .await
            .expect("3"),
        "no third use"
    );
    let late = invitation(&s, c.id, home.id, "link", 5, 1000).await;
    assert!(
        !invitations::take_use(s.conn(), late.id, 1000)
            .await
            .expect("expired")
    );
    let revoked = invitation(&s, c.id, home.id, "link", 5, 1000).await;
    assert!(
        invitations::revoke(s.conn(), revoked.id, 10)
            .await
            .expect("revoke")
    );
    assert!(
        !invitations::revoke(s.conn(), revoked.id, 11)
            .await
            .expect("revoke twice")
    );
    assert!(
        !invitations::take_use(s.conn(), revoked.id, 12)
            .await
            .expect("revoked")
    );
    let personal = invitation(&s, c.id, home.id, "personal", 1, 1000).await;
    assert!(
        invitations::record_decline(s.conn(), personal.id, 10)
            .await
            .expect("decline")
    );
    assert!(
        !invitations::take_use(s.conn(), personal.id, 10)
            .await
            .expect("declined personal is closed")
    );
    let shared = invitation(&s, c.id, home.id, "link", 3, 1000).await;
    assert!(
        invitations::record_decline(s.conn(), shared.id, 10)
            .await
            .expect("decline link")
    );
    assert!(
        invitations::take_use(s.conn(), shared.id, 10)
            .await
            .expect("a declined link stays open")
    );
});

test_both_dbs!(the_last_use_goes_to_exactly_one, |s: Store| async move {
    let (c, home) = community(&s, "epsilon").await;
    for round in 0..3 {
        let inv = invitation(&s, c.id, home.id, "link", 1, 1000 + round).await;
        let mut tasks = Vec::new();
        for _ in 0..8 {
            let s = s.clone();
            tasks.push(tokio::spawn(async move {
                let tx = s.write().await.expect("begin");
                let won = invitations::take_use(&tx, inv.id, 10).await.expect("take");
                tx.commit().await.expect("commit");
                won
            }));
        }
        let mut winners = 0;
        for t in tasks {
            winners += usize::from(t.await.expect("join"));
        }
        assert_eq!(winners, 1, "round {round}");
    }
});

test_both_dbs!(
    audit_chain_holds_under_concurrent_appends,
    |s: Store| async move {
        let mut tasks = Vec::new();
        for i in 0..12 {
            let s = s.clone();
            tasks.push(tokio::spawn(async move {
                let tx = s.write().await.expect("begin");
                log::append(
                    &tx,
                    NewEntry {
                        community_id: Some(1),
                        actor_id: Some(i),
                        action: "role.change",
                        subject: Subject::new(SubjectKind::Membership, 1),
                        detail: "",
                        reason: "r",
                        now: 1000 + i64::from(i),
                    },
                )
                .await
                .expect("append");
                tx.commit().await.expect("commit");
            }));
        }
        for t in tasks {
            t.await.expect("join");
        }
        let (entries, head) = log::whole_chain(s.conn()).await.expect("chain");
        assert_eq!(
            entries.iter().map(|e| e.record.id).collect::<Vec<_>>(),
            (1..=12).collect::<Vec<_>>()
        );
        assert_eq!(audit::verify(entries, head), Ok(12));
        let page = log::page(s.conn(), 1, None, 5).await.expect("page");
        assert_eq!(
            page.iter().map(|e| e.id).collect::<Vec<_>>(),
            vec![12, 11, 10, 9, 8]
        );
        let older = log::page(s.conn(), 1, Some(8), 5).await.expect("older");
        assert_eq!(older.first().map(|e| e.id), Some(7));
    }
);

async fn gathering(s: &Store, c: i32) -> convene_store::Gathering {
    gatherings::create(
        s.conn(),
        NewGathering {
            community_id: c,
            title: "Open Space",
            calling_question: "q",
            invitation: "come",
            venue: "hall",
            time_zone: "UTC",
            phase: "marketplace",
            license: "CC-BY-SA-4.0",
            dots: 3,
            created_by: None,
            now: 100,
        },
    )
    .await
    .expect("gathering")
}

test_both_dbs!(
    one_session_per_cell_under_concurrent_claims,
    |s: Store| async move {
        let (c, _) = community(&s, "cells").await;
        let g = gathering(&s, c.id).await;
        let room = gatherings::add_space(s.conn(), g.id, "Room A", 20, "")
            .await
            .expect("space");
        let slot = gatherings::add_slot(s.conn(), g.id, (1000, 4600), "sessions", "")
            .await
            .expect("slot");
        let mut ids = Vec::new();
        for i in 0..6 {
            let a = person(&s, &format!("c{i}@example.org")).await;
            let new = NewSession {
                gathering_id: g.id,
                convener_id: a.id,
                title: "t",
                needs: "",
                now: 100,
            };
            ids.push(sessions::create(s.conn(), new).await.expect("session").id);
        }
        let claims = ids.iter().map(|&id| {
            let s = s.clone();
            tokio::spawn(async move {
                let tx = s.write().await?;
                gatherings::touch(&tx, g.id).await?;
                sessions::place(&tx, id, Some((room.id, slot.id))).await?;
                tx.commit().await?;
                Ok::<_, StoreError>(id)
            })
        });
        let mut won = Vec::new();
        for r in futures_join(claims).await {
            match r {
                Ok(id) => won.push(id),
                Err(StoreError::Duplicate(what)) => assert_eq!(what, "cell"),
                Err(e) => panic!("unexpected error: {e}"),
            }
        }
        assert_eq!(won.len(), 1, "exactly one claim wins");
        let placed: Vec<_> = sessions::list(s.conn(), g.id)
            .await
            .expect("list")
            .into_iter()
            .filter(|x| x.slot_id.is_some())
            .collect();
        assert_eq!(placed.len(), 1);
        assert_eq!(placed[0].id, won[0]);
        assert_eq!(
            gatherings::version(s.conn(), g.id).await.expect("version"),
            1,
            "losers rolled back their version bump"
        );
    }
);

async fn futures_join<T>(
    tasks: impl Iterator<Item = tokio::task::JoinHandle<Result<T, StoreError>>>,
) -> Vec<Result<T, StoreError>> {
    let mut out = Vec::new();
    for t in tasks.collect::<Vec<_>>() {
        out.push(t.await.expect("task"));
    }
    out
}

test_both_dbs!(
    one_open_presence_per_person_and_phase_moves_once,
    |s: Store| async move {
        let (c, _) = community(&s, "feet").await;
        let g = gathering(&s, c.id).await;
        let a = person(&s, "walker@example.org").await;
        let new = |title| NewSession {
            gathering_id: g.id,
            convener_id: a.id,
            title,
            needs: "",
            now: 100,
        };
        let one = sessions::create(s.conn(), new("one")).await.expect("one");
        let two = sessions::create(s.conn(), new("two")).await.expect("two");
        sessions::check_in(s.conn(), g.id, one.id, a.id, false, 200)
            .await
            .expect("in");
        let twice = sessions::check_in(s.conn(), g.id, two.id, a.id, false, 210).await;
        assert!(matches!(twice, Err(StoreError::Duplicate("presence"))));
        let left = sessions::check_out(s.conn(), g.id, a.id, 300)
            .await
            .expect("out");
        assert_eq!(left, Some(one.id));
        sessions::check_in(s.conn(), g.id, two.id, a.id, true, 300)
            .await
            .expect("moved");
        let all = sessions::presences(s.conn(), g.id).await.expect("all");
        assert_eq!(all.len(), 2);
        assert_eq!((all[0].since, all[0].until), (200, Some(300)));
        assert_eq!(all[1].until, None);

        assert!(
            gatherings::set_phase(s.conn(), g.id, "marketplace", "sessions")
                .await
                .expect("phase")
        );
        assert!(
            !gatherings::set_phase(s.conn(), g.id, "marketplace", "sessions")
                .await
                .expect("phase again"),
            "a stale 'from' changes nothing"
        );
    }
);

test_both_dbs!(
    the_outbox_runs_each_job_at_least_once_with_leases_and_retries,
    |s: Store| async move {
        use convene_store::jobs;
        jobs::enqueue(s.conn(), "network", 7, 100)
            .await
            .expect("enqueue");
        jobs::enqueue(s.conn(), "network", 7, 101)
            .await
            .expect("coalesced");
        jobs::enqueue(s.conn(), "network", 8, 102)
            .await
            .expect("enqueue");
        assert_eq!(jobs::backlog(s.conn()).await.expect("backlog"), (2, 0));
        // Two runners at once take different jobs.
        let (a, b) = tokio::join!(claim_one(&s, 200), claim_one(&s, 200));
        let (a, b) = (a.expect("a").expect("job"), b.expect("b").expect("job"));
        assert_ne!(a.id, b.id);
        assert_eq!((a.attempts, b.attempts), (1, 1));
        // Both are leased: nothing is due until the lease ends.
        assert_eq!(claim_one(&s, 259).await.expect("claim"), None);
        jobs::done(s.conn(), &[a.id]).await.expect("done");
        jobs::retry(s.conn(), b.id, "boom", 300)
            .await
            .expect("retry");
        assert_eq!(jobs::backlog(s.conn()).await.expect("backlog"), (1, 1));
        assert_eq!(claim_one(&s, 299).await.expect("claim"), None);
        let again = claim_one(&s, 300).await.expect("claim").expect("due again");
        assert_eq!((again.id, again.attempts), (b.id, 2));
        // A runner that died: its lease runs out and the job is taken again.
        let taken = claim_one(&s, 360)
            .await
            .expect("claim")
            .expect("lease over");
        assert_eq!((taken.id, taken.attempts), (b.id, 3));
        jobs::done(s.conn(), &[b.id]).await.expect("done");
        assert_eq!(jobs::backlog(s.conn()).await.expect("backlog"), (0, 0));
        // A job waiting but claimed before is not coalesced with a new one.
        jobs::enqueue(s.conn(), "network", 9, 400)
            .await
            .expect("enqueue");
        claim_one(&s, 400).await.expect("claim").expect("job");
        jobs::enqueue(s.conn(), "network", 9, 401)
            .await
            .expect("enqueue");
        assert_eq!(jobs::backlog(s.conn()).await.expect("backlog").0, 2);
        // A batch takes due jobs, oldest first, at most `limit`; two at once share none (the
        // claimed 9 is leased until 460).
        for subject in 10..15 {
            jobs::enqueue(s.conn(), "network", subject, 440)
                .await
                .expect("enqueue");
        }
        let (a, b) = tokio::join!(jobs::claim(&s, 450, 60, 3), jobs::claim(&s, 450, 60, 3));
        let (a, b) = (a.expect("a"), b.expect("b"));
        let mut subjects: Vec<i32> = a.iter().chain(&b).map(|j| j.subject).collect();
        assert_eq!(
            (a.len().max(b.len()), a.len() + b.len()),
            (3, 6),
            "{a:?} {b:?}"
        );
        subjects.sort_unstable();
        assert_eq!(subjects, vec![9, 10, 11, 12, 13, 14]);
        let first = if a.len() == 3 { &a } else { &b };
        assert!(first.windows(2).all(|w| w[0].id < w[1].id), "oldest first");
        let ids: Vec<i32> = a.iter().chain(&b).map(|j| j.id).collect();
        jobs::done(s.conn(), &ids).await.expect("done");
        assert_eq!(jobs::backlog(s.conn()).await.expect("backlog").0, 1);
    }
);

/// One job, as a runner taking one at a time would.
async fn claim_one(s: &Store, now: i64) -> convene_store::Result<Option<convene_store::jobs::Job>> {
    Ok(convene_store::jobs::claim(s, now, 60, 1).await?.pop())
}

test_both_dbs!(
    content_saves_on_top_of_a_version_and_keeps_every_revision,
    |s: Store| async move {
        use convene_domain::content::{ContentKind, ContentRef, Saved, Visibility};
        use convene_domain::ids::{AccountId, CommunityId, OrganizationId};
        use convene_store::contents::{self, Save};
        let (c, home) = community(&s, "texts").await;
        let a = person(&s, "a@example.org").await;
        let b = person(&s, "b@example.org").await;
        let of = ContentRef::new(ContentKind::Report, 41);
        let save = |body: &'static str, base: i32, who: i32, now: i64| Save {
            community: CommunityId(c.id),
            of,
            body,
            base,
            author: AccountId(who),
            now,
        };
        assert_eq!(
            contents::save(s.conn(), save("one", 0, a.id, 10))
                .await
                .expect("first"),
            Saved::Written(1)
        );
        assert_eq!(
            contents::save(s.conn(), save("two", 1, b.id, 11))
                .await
                .expect("second"),
            Saved::Written(2)
        );
        // A stale save writes nothing and returns both texts.
        assert_eq!(
            contents::save(s.conn(), save("mine", 1, a.id, 12))
                .await
                .expect("stale"),
            Saved::Stale {
                version: 2,
                theirs: "two".into(),
                yours: "mine".into()
            }
        );
        assert_eq!(
            contents::save(s.conn(), save("new", 0, a.id, 12))
                .await
                .expect("stale first"),
            Saved::Stale {
                version: 2,
                theirs: "two".into(),
                yours: "new".into()
            }
        );
        let revs = contents::revisions(s.conn(), of).await.expect("revisions");
        assert_eq!(
            revs.iter()
                .map(|r| (r.version, r.body.as_str(), r.author))
                .collect::<Vec<_>>(),
            vec![
                (2, "two", Some(AccountId(b.id))),
                (1, "one", Some(AccountId(a.id)))
            ]
        );
        let current = contents::get(s.conn(), of)
            .await
            .expect("get")
            .expect("there");
        assert_eq!((current.version, current.body.as_str()), (2, "two"));
        assert_eq!(current.author, Some(AccountId(a.id)));
        assert_eq!(current.visibility, Visibility::Network);
        // Visibility, with its organization or named readers, round-trips.
        for v in [
            Visibility::Organization(OrganizationId(home.id)),
            Visibility::Private(vec![AccountId(b.id)]),
            Visibility::Public,
        ] {
            contents::set_visibility(s.conn(), of, &v)
                .await
                .expect("set");
            let got = contents::of_owners(s.conn(), ContentKind::Report, &[41, 42])
                .await
                .expect("of owners");
            assert_eq!(got.len(), 1);
            assert_eq!(got[&41].visibility, v);
        }
    }
);

test_both_dbs!(
    setup_edits_and_removals_keep_the_grid_consistent,
    |s: Store| async move {
        let (c, _) = community(&s, "rework").await;
        let g = gathering(&s, c.id).await;
        let a = gatherings::add_space(s.conn(), g.id, "Room A", 20, "")
            .await
            .expect("space");
        gatherings::add_space(s.conn(), g.id, "Room B", 20, "")
            .await
            .expect("space");
        let slot = gatherings::add_slot(s.conn(), g.id, (1000, 4600), "sessions", "")
            .await
            .expect("slot");
        let other = gatherings::add_slot(s.conn(), g.id, (5000, 8600), "sessions", "")
            .await
            .expect("slot");
        let who = person(&s, "rework@example.org").await;
        let new = NewSession {
            gathering_id: g.id,
            convener_id: who.id,
            title: "t",
            needs: "",
            now: 100,
        };
        let sid = sessions::create(s.conn(), new).await.expect("session").id;
        sessions::place(s.conn(), sid, Some((a.id, slot.id)))
            .await
            .expect("place");
        gatherings::lock_cell(s.conn(), g.id, a.id, other.id, "closed")
            .await
            .expect("lock");

        // A space renamed onto another's name is a duplicate; a space of another gathering is not found.
        assert!(matches!(
            gatherings::update_space(s.conn(), g.id, a.id, "Room B", 5, "").await,
            Err(StoreError::Duplicate(_))
        ));
        gatherings::update_space(s.conn(), g.id, a.id, "Hall", 30, "projector")
            .await
            .expect("edit");
        assert!(matches!(
            gatherings::update_space(s.conn(), g.id + 1, a.id, "X", 5, "").await,
            Err(StoreError::NotFound)
        ));
        gatherings::update_slot(s.conn(), g.id, slot.id, (900, 4600), "sessions", "early")
            .await
            .expect("slot");
        gatherings::update_details(
            s.conn(),
            g.id,
            gatherings::Details {
                title: "New",
                calling_question: "q2",
                invitation: "i",
                venue: "v",
                time_zone: "Europe/Berlin",
            },
        )
        .await
        .expect("details");
        let g2 = gatherings::by_id(s.conn(), g.id).await.expect("g");
        assert_eq!(
            (g2.title.as_str(), g2.time_zone.as_str()),
            ("New", "Europe/Berlin")
        );

        // Removing the slot sends its session back and takes its locked cells with it.
        assert_eq!(
            gatherings::clear_slot(s.conn(), other.id)
                .await
                .expect("clear"),
            0
        );
        assert!(
            gatherings::locked_cells(s.conn(), g.id)
                .await
                .expect("locks")
                .is_empty()
        );
        assert_eq!(
            gatherings::remove_slot(s.conn(), g.id, slot.id)
                .await
                .expect("remove"),
            1
        );
        let back = sessions::list(s.conn(), g.id).await.expect("list");
        assert_eq!((back[0].space_id, back[0].slot_id), (None, None));
        assert!(matches!(
            gatherings::remove_slot(s.conn(), g.id, slot.id).await,
            Err(StoreError::NotFound)
        ));
        assert_eq!(
            gatherings::slots(s.conn(), g.id)
                .await
                .expect("slots")
                .len(),
            1
        );
    }
);

/// `synchronous=full` in a SQLite URL reaches the connection (PRAGMA synchronous: 1 is
/// NORMAL, 2 is FULL) and the rest of the URL still works.
#[tokio::test]
async fn sqlite_durability_is_normal_unless_the_url_asks_for_full() {
    use convene_store::store_db::ConnectionTrait;
    let dir = std::env::temp_dir().join(format!("convene-sync-{}", std::process::id()));
    for (query, expected) in [
        ("?mode=rwc", 1),
        ("?mode=rwc&synchronous=full", 2),
        ("?synchronous=FULL&mode=rwc", 2),
        ("?mode=rwc&synchronous=normal", 1),
    ] {
        let url = format!("sqlite://{}/c.db{query}", dir.display());
        let s = Store::connect(&url).await.expect("connect");
        let row = s
            .conn()
            .query_one_raw(convene_store::store_db::Statement::from_string(
                s.backend(),
                "PRAGMA synchronous",
            ))
            .await
            .expect("pragma")
            .expect("a row");
        let got: i32 = row.try_get_by_index(0).expect("a number");
        assert_eq!(got, expected, "{query}");
    }
}

test_both_dbs!(
    the_catalogue_names_every_column_that_references_accounts,
    |s: Store| async move {
        use convene_store::personal;
        let refs = personal::foreign_keys_to_accounts(s.conn())
            .await
            .expect("catalogue");
        let names: Vec<String> = refs
            .iter()
            .map(|r| format!("{}.{}", r.tbl, r.col))
            .collect();
        for expected in [
            "memberships.account_id",
            "memberships.invited_by",
            "presences.account_id",
            "votes.account_id",
            "content_revisions.author_id",
            "sessions.convener_id",
            "network_prefs.account_id",
        ] {
            assert!(
                names.contains(&expected.to_owned()),
                "{expected} in {names:?}"
            );
        }
        let a = person(&s, "ana@example.org").await.id;
        accounts::add_secret(
            s.conn(),
            NewSecret {
                kind: SecretKind::ApiToken,
                token_hash: "abc",
                account_id: Some(a),
                label: Some("t"),
                created_by: Some(a),
                now: 1,
                expires_at: None,
            },
        )
        .await
        .expect("secret");
        let row = personal::rows_naming(
            s.conn(),
            &personal::Reference {
                tbl: "secrets".into(),
                col: "account_id".into(),
            },
            a,
        )
        .await
        .expect("rows");
        assert_eq!(row.len(), 1);
        assert_eq!(row[0]["label"], "t");
        assert!(row[0].get("token_hash").is_none(), "no token hash");
    }
);

test_both_dbs!(
    feed_links_are_found_by_hash_and_go_with_their_owner,
    |s: Store| async move {
        use convene_store::feeds::{self, FeedKind, NewFeed};
        let (c, _) = community(&s, &format!("feeds{}", rand_suffix())).await;
        let g = gathering(&s, c.id).await;
        let ana = person(&s, &format!("ana{}@example.org", rand_suffix())).await;
        let new = |kind, account_id, token_hash| NewFeed {
            gathering_id: g.id,
            kind,
            account_id,
            token_hash,
            created_by: ana.id,
            now: 100,
        };
        let display = feeds::create(s.conn(), new(FeedKind::Display, None, "d1"))
            .await
            .expect("display");
        feeds::create(s.conn(), new(FeedKind::Calendar, Some(ana.id), "c1"))
            .await
            .expect("calendar");
        // One hash, one link: a second link with the same hash is refused.
        assert!(
            feeds::create(s.conn(), new(FeedKind::Display, None, "d1"))
                .await
                .is_err()
        );
        let found = feeds::find(s.conn(), FeedKind::Display, "d1")
            .await
            .expect("find");
        assert_eq!(found.map(|l| l.id), Some(display.id));
        assert!(
            feeds::find(s.conn(), FeedKind::Calendar, "d1")
                .await
                .expect("find")
                .is_none(),
            "kinds do not mix"
        );
        assert!(
            feeds::remove(s.conn(), g.id, FeedKind::Display, display.id)
                .await
                .expect("rm")
        );
        assert!(
            !feeds::remove(s.conn(), g.id, FeedKind::Display, display.id)
                .await
                .expect("rm")
        );
        // A deleted account takes its feeds along.
        accounts::delete(s.conn(), ana.id).await.expect("delete");
        let left = feeds::list(s.conn(), g.id, FeedKind::Calendar, None)
            .await
            .expect("list");
        assert!(left.is_empty(), "{left:?}");
    }
);

test_both_dbs!(
    threads_count_unread_replies_pin_and_follow,
    |s: Store| async move {
        use convene_domain::content::{ContentKind, ContentRef, ContentState, Reader, Visibility};
        use convene_domain::ids::{AccountId, CommunityId, OrganizationId};
        use convene_domain::thread::Follow;
        use convene_store::contents::{self, NewContent};
        use convene_store::threads::{self, NewThread, Place};
        let (c, org) = community(&s, "talk").await;
        let ana = person(&s, "ana@example.org").await;
        let ben = person(&s, "ben@example.org").await;
        let db = s.conn();
        let ben_reads = Reader::Member {
            account: AccountId(ben.id),
            community: CommunityId(c.id),
            organization: OrganizationId(org.id),
            roles: RoleSet::member(),
        };
        let t = threads::create(
            db,
            NewThread {
                community: c.id,
                gathering: None,
                session: None,
                title: "Willows",
                author: ana.id,
                now: 100,
            },
        )
        .await
        .expect("thread");
        let other = threads::create(
            db,
            NewThread {
                community: c.id,
                gathering: None,
                session: None,
                title: "Later",
                author: ana.id,
                now: 200,
            },
        )
        .await
        .expect("thread");
        // A reply is its row and its text, readable by the community's members.
        let reply = |author: i32, now: i64| {
            let (thread, community) = (t.id, CommunityId(c.id));
            async move {
                let r = threads::add_reply(db, thread, author, now)
                    .await
                    .expect("reply");
                contents::create(
                    db,
                    NewContent {
                        community,
                        of: ContentRef::new(ContentKind::Reply, r.id),
                        author: AccountId(author),
                        body: "a reply",
                        visibility: &Visibility::Network,
                        now,
                    },
                )
                .await
                .expect("reply text");
                r
            }
        };
        let unread = threads::unread(db, &[t.id], &ben_reads)
            .await
            .expect("unread");
        assert_eq!(unread[&t.id], None, "never opened");
        threads::mark_read(db, t.id, ben.id, 0, 101)
            .await
            .expect("read");
        let r1 = reply(ana.id, 110).await;
        let r2 = reply(ana.id, 120).await;
        reply(ben.id, 130).await;
        let hidden = reply(ana.id, 135).await;
        contents::set_state(
            db,
            ContentRef::new(ContentKind::Reply, hidden.id),
            &ContentState::Hidden {
                reason: "flagged".into(),
            },
        )
        .await
        .expect("hide");
        let unread = threads::unread(db, &[t.id], &ben_reads)
            .await
            .expect("unread");
        assert_eq!(
            unread[&t.id],
            Some(2),
            "others' replies since the last visit, not the hidden one"
        );
        // Marking read again updates the same row (an upsert on both databases).
        threads::mark_read(db, t.id, ben.id, r1.id, 140)
            .await
            .expect("read");
        threads::set_reply_deleted(db, r2.id, 150)
            .await
            .expect("delete");
        let unread = threads::unread(db, &[t.id], &ben_reads)
            .await
            .expect("unread");
        assert_eq!(unread[&t.id], Some(0), "a deleted reply is not news");
        // The most recently active first, pinned before all.
        let order: Vec<i32> = threads::list(db, c.id, Place::Community)
            .await
            .expect("list")
            .iter()
            .map(|x| x.id)
            .collect();
        assert_eq!(order, vec![other.id, t.id]);
        threads::set_pinned(db, t.id, true).await.expect("pin");
        let first = threads::list(db, c.id, Place::Community)
            .await
            .expect("list")[0]
            .id;
        assert_eq!(first, t.id);
        threads::set_follow(db, t.id, ben.id, Some(Follow::Watch))
            .await
            .expect("watch");
        assert_eq!(threads::watchers(db, t.id).await.expect("w"), vec![ben.id]);
        threads::set_follow(db, t.id, ben.id, Some(Follow::Mute))
            .await
            .expect("mute");
        assert!(threads::watchers(db, t.id).await.expect("w").is_empty());
        assert_eq!(
            threads::follow_of(db, t.id, ben.id).await.expect("f"),
            Some(Follow::Mute)
        );
    }
);
