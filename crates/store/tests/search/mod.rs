//! The search index on both databases: the read filter inside the query is `may_read` (over a
//! generated matrix of visibilities, states, authors and readers, totals included), ranking,
//! filters, paging, and queries of any characters never failing.

use super::*;
use convene_domain::content::{
    ContentKind, ContentRef, ContentState, Readable, Reader, Visibility, may_read,
};
use convene_domain::ids::{AccountId, CommunityId, ContentId, OrganizationId};
use convene_domain::search::SearchQuery;
use convene_store::contents::{self, Content, NewContent};
use convene_store::search::{self, Hits, Search, SearchDoc};
use proptest::prelude::*;
use proptest::strategy::ValueTree;
use proptest::test_runner::TestRunner;
use std::collections::BTreeSet;

struct World {
    community: CommunityId,
    home: OrganizationId,
    partner: OrganizationId,
    other: CommunityId,
    people: Vec<AccountId>,
    contents: Vec<Content>,
}

async fn world(s: &Store) -> World {
    let (c, home) = community(s, "search").await;
    let partner = communities::add_organization(s.conn(), c.id, "Partner", false)
        .await
        .expect("partner");
    let (d, d_home) = community(s, "elsewhere").await;
    let mut people = Vec::new();
    for (i, (org, roles)) in [
        (home.id, "member"),
        (home.id, "member"),
        (partner.id, "member"),
        (home.id, "guest"),
        (home.id, "steward"),
        (partner.id, "curator"),
    ]
    .into_iter()
    .enumerate()
    {
        let a = person(s, &format!("p{i}@example.test")).await;
        join(s, c.id, org, a.id, roles, None).await;
        people.push(AccountId(a.id));
    }
    let outsider = person(s, "outsider@example.test").await;
    join(s, d.id, d_home.id, outsider.id, "member", None).await;
    people.push(AccountId(outsider.id));
    World {
        community: CommunityId(c.id),
        home: OrganizationId(home.id),
        partner: OrganizationId(partner.id),
        other: CommunityId(d.id),
        people,
        contents: Vec::new(),
    }
}

async fn put(s: &Store, c: &Content, title: &str) {
    let doc = SearchDoc {
        content: c.id,
        community: c.community,
        kind: c.of.kind,
        title: title.into(),
        body: c.body.clone(),
        gathering: None,
        parent: None,
        author: c.author,
        at: c.created_at,
    };
    search::index(s.conn())
        .put(s.conn(), &doc)
        .await
        .expect("index");
}

async fn write(
    s: &Store,
    community: CommunityId,
    owner: i32,
    author: AccountId,
    body: &str,
    visibility: &Visibility,
    now: i64,
) -> Content {
    contents::create(
        s.conn(),
        NewContent {
            community,
            of: ContentRef::new(ContentKind::Thread, owner),
            author,
            body,
            visibility,
            now,
        },
    )
    .await
    .expect("content")
}

async fn find(s: &Store, w: &World, reader: &Reader, q: &str, limit: u32, offset: u32) -> Hits {
    let query = SearchQuery::parse(q);
    search::index(s.conn())
        .search(
            s.conn(),
            &Search {
                community: w.community,
                reader,
                query: &query,
                kind: None,
                gathering: None,
                author: None,
                from: None,
                until: None,
                limit,
                offset,
            },
        )
        .await
        .expect("search never fails")
}

fn ids(h: &Hits) -> BTreeSet<ContentId> {
    h.hits.iter().map(|h| h.content).collect()
}

test_both_dbs!(read_filter_is_may_read, |s: Store| async move {
    let mut w = world(&s).await;
    let (author, named) = (w.people[0], w.people[2]);
    let visibilities = [
        Visibility::Public,
        Visibility::Network,
        Visibility::Organization(w.home),
        Visibility::Organization(w.partner),
        Visibility::Private(vec![named]),
        Visibility::Private(vec![]),
    ];
    let states = [
        ContentState::Visible,
        ContentState::Hidden {
            reason: "spam".into(),
        },
        ContentState::Removed,
    ];
    let mut owner = 0;
    for v in &visibilities {
        for st in &states {
            for who in [author, w.people[1]] {
                owner += 1;
                let c = write(&s, w.community, owner, who, "zebra crossing", v, 100).await;
                put(&s, &c, "A title").await;
                if *st != ContentState::Visible {
                    contents::set_state(s.conn(), c.of, st)
                        .await
                        .expect("state");
                }
                let c = contents::by_id(s.conn(), c.id)
                    .await
                    .expect("read")
                    .expect("there");
                w.contents.push(c);
            }
        }
    }
    // Public content of another community never comes up here.
    let elsewhere = write(
        &s,
        w.other,
        999,
        w.people[6],
        "zebra",
        &Visibility::Public,
        100,
    )
    .await;
    put(&s, &elsewhere, "zebra").await;

    let mut readers = vec![Reader::Anonymous];
    for &p in &w.people {
        readers.push(Reader::Outsider(p));
        readers.push(Reader::Member {
            account: p,
            community: w.other,
            organization: w.home,
            roles: RoleSet::only(Role::Steward),
        });
        for org in [w.home, w.partner] {
            for roles in [
                RoleSet::member(),
                RoleSet::guest(),
                RoleSet::only(Role::Steward),
                RoleSet::only(Role::Curator),
                RoleSet::only(Role::Host),
                RoleSet::new(true, [Role::Curator]),
            ] {
                readers.push(Reader::Member {
                    account: p,
                    community: w.community,
                    organization: org,
                    roles,
                });
            }
        }
    }
    for reader in &readers {
        let expected: BTreeSet<ContentId> = w
            .contents
            .iter()
            .filter(|c| {
                may_read(
                    reader,
                    &Readable {
                        community: c.community,
                        author: c.author,
                        state: &c.state,
                        visibility: &c.visibility,
                    },
                )
            })
            .map(|c| c.id)
            .collect();
        let all = find(&s, &w, reader, "zebra", 1000, 0).await;
        assert_eq!(ids(&all), expected, "{reader:?}");
        assert_eq!(all.total, expected.len() as u64, "{reader:?}");
        // Pages split the same set, and each page's total is the whole count.
        let mut paged = BTreeSet::new();
        for page in 0..=(expected.len() / 4) {
            let h = find(&s, &w, reader, "zebra", 4, (page * 4) as u32).await;
            assert_eq!(h.total, expected.len() as u64);
            paged.extend(ids(&h));
        }
        assert_eq!(paged, expected, "{reader:?}");
    }
});

test_both_dbs!(ranks_filters_and_phrases, |s: Store| async move {
    let w = world(&s).await;
    let (a, b) = (w.people[0], w.people[1]);
    let net = Visibility::Network;
    let in_title = write(&s, w.community, 1, a, "something else entirely", &net, 100).await;
    put(&s, &in_title, "River care").await;
    let in_body = write(
        &s,
        w.community,
        2,
        b,
        "we talked about the river and its care",
        &net,
        200,
    )
    .await;
    put(&s, &in_body, "Notes").await;
    let host = write(
        &s,
        w.community,
        3,
        b,
        "mail me at ada@river.example",
        &net,
        300,
    )
    .await;
    put(&s, &host, "Contact").await;
    let reader = Reader::Member {
        account: w.people[4],
        community: w.community,
        organization: w.home,
        roles: RoleSet::member(),
    };
    let h = find(&s, &w, &reader, "river", 10, 0).await;
    assert_eq!(h.total, 3);
    assert_eq!(h.hits[0].content, in_title.id, "a title match ranks first");
    // Words must all match; a phrase must be in order.
    assert_eq!(
        ids(&find(&s, &w, &reader, "river care", 10, 0).await),
        [in_title.id, in_body.id].into()
    );
    assert_eq!(
        ids(&find(&s, &w, &reader, "\"river care\"", 10, 0).await),
        [in_title.id].into()
    );
    assert_eq!(
        ids(&find(&s, &w, &reader, "\"care river\"", 10, 0).await),
        BTreeSet::new()
    );
    // A host name is words on both databases.
    assert_eq!(
        ids(&find(&s, &w, &reader, "ada@river.example", 10, 0).await),
        [host.id].into()
    );
    assert_eq!(
        ids(&find(&s, &w, &reader, "example", 10, 0).await),
        [host.id].into()
    );
    // Upper case, an unclosed quote, operators: all words.
    assert_eq!(
        find(&s, &w, &reader, "RIVER \"and its", 10, 0).await.total,
        1
    );
    assert_eq!(find(&s, &w, &reader, "river -care", 10, 0).await.total, 2);
    assert_eq!(
        find(&s, &w, &reader, "river OR nothing", 10, 0).await.total,
        0
    );
    assert_eq!(find(&s, &w, &reader, "riv*", 10, 0).await.total, 0);
    // Filters.
    let query = SearchQuery::parse("river");
    let filtered =
        |author: Option<AccountId>, from: Option<i64>, until: Option<i64>, kind| Search {
            community: w.community,
            reader: &reader,
            query: &query,
            kind,
            gathering: None,
            author,
            from,
            until,
            limit: 10,
            offset: 0,
        };
    let idx = search::index(s.conn());
    let by_b = idx
        .search(s.conn(), &filtered(Some(b), None, None, None))
        .await
        .expect("author");
    assert_eq!(ids(&by_b), [in_body.id, host.id].into());
    let later = idx
        .search(s.conn(), &filtered(None, Some(200), Some(300), None))
        .await
        .expect("dates");
    assert_eq!(ids(&later), [in_body.id].into());
    let sessions = idx
        .search(
            s.conn(),
            &filtered(None, None, None, Some(ContentKind::Session)),
        )
        .await
        .expect("kind");
    assert_eq!(sessions.total, 0);
    // Gone from the index: gone from results; removed content is gone at once, before any
    // reindexing, because the filter reads the content's state in the query.
    idx.remove(s.conn(), in_title.id).await.expect("remove");
    contents::set_state(s.conn(), host.of, &ContentState::Removed)
        .await
        .expect("remove");
    assert_eq!(
        ids(&find(&s, &w, &reader, "river", 10, 0).await),
        [in_body.id].into()
    );
    // Re-indexing replaces, never duplicates.
    put(&s, &in_body, "Notes").await;
    put(&s, &in_body, "Notes again").await;
    let h = find(&s, &w, &reader, "river", 10, 0).await;
    assert_eq!((h.total, h.hits[0].title.as_str()), (1, "Notes again"));
});

test_both_dbs!(content_writes_ask_for_indexing, |s: Store| async move {
    let w = world(&s).await;
    let c = write(
        &s,
        w.community,
        1,
        w.people[0],
        "text",
        &Visibility::Network,
        100,
    )
    .await;
    let job = convene_store::jobs::claim(&s, 100, 60, 1)
        .await
        .expect("claim")
        .pop()
        .expect("a job");
    assert_eq!((job.kind.as_str(), job.subject), (search::JOB, c.id.get()));
    convene_store::jobs::done(s.conn(), &[job.id])
        .await
        .expect("done");
    contents::set_visibility(s.conn(), c.of, &Visibility::Public)
        .await
        .expect("vis");
    contents::set_state(s.conn(), c.of, &ContentState::Removed)
        .await
        .expect("state");
    let job = convene_store::jobs::claim(&s, 100, 60, 1)
        .await
        .expect("claim")
        .pop()
        .expect("a job");
    assert_eq!((job.kind.as_str(), job.subject), (search::JOB, c.id.get()));
    assert!(
        convene_store::jobs::claim(&s, 100, 60, 1)
            .await
            .expect("claim")
            .is_empty(),
        "one waiting job per content"
    );
});

const SYNTAX: &[&str] = &[
    "\"",
    "\"\"",
    "\"\"\"",
    "*",
    "-",
    "NEAR(",
    "NEAR(a b",
    "OR",
    "AND",
    "NOT",
    "a OR",
    "OR b",
    "\"unbalanced",
    "unbalanced\"",
    "-zebra",
    "zebra*",
    "^zebra",
    "title:zebra",
    "scope:c1",
    "{title}:zebra",
    "(",
    ")",
    "()",
    "'",
    "';DROP TABLE contents;--",
    "\\",
    "\0",
    "\u{1F993}",
    "zebra\u{0}crossing",
    "&|!<->",
    "a <-> b",
    ":*",
    "!",
    "zebra & crossing",
    "\u{E000}",
    "\u{301}",
    "ｚｅｂｒａ",
    "ß",
    "İ",
    "\u{200B}zebra",
];

test_both_dbs!(any_query_never_fails, |s: Store| async move {
    let w = world(&s).await;
    let c = write(
        &s,
        w.community,
        1,
        w.people[0],
        "zebra crossing near the river",
        &Visibility::Public,
        100,
    )
    .await;
    put(&s, &c, "Zebra").await;
    let reader = Reader::Anonymous;
    for q in SYNTAX {
        let h = find(&s, &w, &reader, q, 10, 0).await;
        assert!(h.total <= 1, "{q:?}");
    }
    assert_eq!(
        find(&s, &w, &reader, "zebra\u{0}crossing", 10, 0)
            .await
            .total,
        1
    );
    assert_eq!(find(&s, &w, &reader, "NEAR(zebra", 10, 0).await.total, 0);
    // Arbitrary strings, and strings built from the engines' own operators.
    let mut runner = TestRunner::deterministic();
    let cases = std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(150);
    let operators = prop::collection::vec(
        prop_oneof![
            Just("\"".to_owned()),
            Just("OR".to_owned()),
            Just("NEAR(".to_owned()),
            Just("*".to_owned()),
            Just("-".to_owned()),
            Just(":".to_owned()),
            "[a-z]{1,6}",
            any::<char>().prop_map(String::from),
        ],
        0..10,
    )
    .prop_map(|v| v.concat());
    for i in 0..cases {
        let q = if i % 2 == 0 {
            any::<String>()
                .new_tree(&mut runner)
                .expect("string")
                .current()
        } else {
            operators.new_tree(&mut runner).expect("ops").current()
        };
        let h = find(&s, &w, &reader, &q, 10, 0).await;
        assert!(h.total <= 1, "{q:?}");
    }
});

test_both_dbs!(
    a_reply_is_found_only_by_who_may_open_its_thread,
    |s: Store| async move {
        let w = world(&s).await;
        let (ana, ben, steward) = (w.people[0], w.people[1], w.people[4]);
        let member = |account: AccountId, roles: RoleSet| Reader::Member {
            account,
            community: w.community,
            organization: w.home,
            roles,
        };
        let thread = write(
            &s,
            w.community,
            7001,
            ana,
            "opening",
            &Visibility::Network,
            100,
        )
        .await;
        put(&s, &thread, "Quarrelsome zeppelin").await;
        let reply = contents::create(
            s.conn(),
            NewContent {
                community: w.community,
                of: ContentRef::new(ContentKind::Reply, 7101),
                author: ana,
                body: "marmalade answer",
                visibility: &Visibility::Network,
                now: 101,
            },
        )
        .await
        .expect("reply");
        search::index(s.conn())
            .put(
                s.conn(),
                &SearchDoc {
                    content: reply.id,
                    community: w.community,
                    kind: ContentKind::Reply,
                    title: "Re: Quarrelsome zeppelin".into(),
                    body: reply.body.clone(),
                    gathering: None,
                    parent: Some(7001),
                    author: Some(ana),
                    at: 101,
                },
            )
            .await
            .expect("index");
        let total = |r: Reader, q: &'static str| {
            let (s, w) = (&s, &w);
            async move { find(s, w, &r, q, 20, 0).await.total }
        };
        assert_eq!(total(member(ben, RoleSet::member()), "marmalade").await, 1);
        // The opening alone is hidden: its reply is found by nobody who may not open the thread.
        contents::set_state(
            s.conn(),
            thread.of,
            &ContentState::Hidden {
                reason: "spam".into(),
            },
        )
        .await
        .expect("hide");
        assert_eq!(total(member(ben, RoleSet::member()), "marmalade").await, 0);
        assert_eq!(total(member(ben, RoleSet::member()), "zeppelin").await, 0);
        assert_eq!(total(Reader::Anonymous, "marmalade").await, 0);
        let st = member(steward, RoleSet::only(Role::Steward));
        assert_eq!(total(st, "marmalade").await, 1);
        assert_eq!(total(st, "zeppelin").await, 2);
        // Deleted by its author, the thread is a tombstone its readers still open, replies too.
        contents::set_state(s.conn(), thread.of, &ContentState::Removed)
            .await
            .expect("remove");
        assert_eq!(total(member(ben, RoleSet::member()), "marmalade").await, 1);
        assert_eq!(total(member(ben, RoleSet::guest()), "marmalade").await, 1);
    }
);
