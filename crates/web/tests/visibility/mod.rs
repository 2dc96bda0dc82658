//! The visibility walk: content of each visibility, read by each kind of person, through every
//! read path that shows what people wrote. Exactly those the read filter allows see it.

mod cafe;
mod moderation;
mod notify;
mod search;
mod threads;

use crate::harness::*;
use axum::http::StatusCode;
use convene_app::agenda::SessionForm;
use convene_app::can;
use convene_domain::content::{ContentKind, ContentRef, Visibility};
use convene_domain::gathering::Phase;
use convene_domain::ids::{AccountId, GatheringId, OrganizationId, SessionId};
use convene_domain::text::{ActionTitle, OrgName, Reason, ReportBody, SessionTitle};
use convene_domain::{Role, RoleSet};
use convene_store::communities;

/// The first event of a live stream (or the status that refused it).
async fn first_event(h: &Harness, path: &str, cookie: Option<&str>) -> (StatusCode, String) {
    use http_body_util::BodyExt;
    use tower::ServiceExt;
    let mut req = axum::http::Request::get(path);
    if let Some(c) = cookie {
        req = req.header("cookie", c);
    }
    let req = req.body(axum::body::Body::empty()).expect("request");
    let res = h.router.clone().oneshot(req).await.expect("response");
    let status = res.status();
    if status != StatusCode::OK {
        return (status, String::new());
    }
    let mut body = res.into_body();
    let mut buf = String::new();
    while !buf.contains("\n\n") {
        let frame = tokio::time::timeout(std::time::Duration::from_secs(10), body.frame())
            .await
            .expect("an event in time")
            .expect("stream open")
            .expect("frame");
        if let Ok(data) = frame.into_data() {
            buf.push_str(&String::from_utf8_lossy(&data));
        }
    }
    (status, buf)
}

const KINDS: [&str; 4] = ["public", "network", "organization", "private"];

/// Who reads, and which of the four visibilities they may read (public, network, the home
/// organization, private to the partner member).
/// A member of a partner organization made for the test.
pub(super) async fn partner_member(h: &Harness, w: &World) -> Person {
    let partner_org = h
        .app
        .add_partner(
            &h.allowed(&w.steward, &w.slug).await,
            &OrgName::parse("Partner").expect("name"),
            &Reason::parse("test").expect("reason"),
        )
        .await
        .expect("partner");
    let p = h.person_with_role(w, Role::Member).await;
    communities::remove_membership(h.app.store.conn(), p.membership_id)
        .await
        .expect("move");
    let m = communities::add_membership(
        h.app.store.conn(),
        communities::NewMembership {
            community_id: w.community_id,
            account_id: p.account.id,
            organization_id: partner_org.id,
            roles: RoleSet::member(),
            invited_by: None,
            invitation_id: None,
            now: h.app.now(),
        },
    )
    .await
    .expect("partner member");
    Person {
        membership_id: m.id,
        ..p
    }
}

struct Reader<'a> {
    who: &'a str,
    person: Option<&'a Person>,
    reads: [bool; 4],
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn each_visibility_reaches_exactly_its_readers_on_every_read_path() {
    let h = Harness::sqlite().await;
    let w = h.world("vis").await;
    let other = h.world("elsewhere").await;
    let home = h.person_with_role(&w, Role::Member).await;
    let guest = h.person_with_role(&w, Role::Guest).await;
    let partner = partner_member(&h, &w).await;
    // Two hosts convene (a convener holds one session per slot); they write every text.
    let ana = h.person_with_role(&w, Role::Host).await;
    let ben = h.person_with_role(&w, Role::Host).await;
    let os = crate::gatherings::open_space(&h, &w).await;
    let g = GatheringId(os.id);
    let visibility = |k: &str| match k {
        "public" => Visibility::Public,
        "network" => Visibility::Network,
        "organization" => Visibility::Organization(OrganizationId(w.home_org)),
        _ => Visibility::Private(vec![AccountId(partner.account.id)]),
    };
    let mut sessions = Vec::new();
    for (i, k) in KINDS.iter().enumerate() {
        let (by, slot) = if i % 2 == 0 {
            (&ana, i / 2)
        } else {
            (&ben, i / 2)
        };
        let ctx = h.allowed::<can::TakePart>(by, "vis").await;
        let s = h
            .app
            .convene(
                &ctx,
                g,
                &SessionForm {
                    title: SessionTitle::parse(&format!("Title-{k}")).expect("title"),
                    description: Some(
                        convene_domain::text::SessionDescription::parse(&format!("Desc-{k}"))
                            .expect("description"),
                    ),
                    needs: String::new(),
                    co_conveners: vec![],
                    visibility: visibility(k),
                },
            )
            .await
            .expect("convene");
        let room = os.rooms[i % 2];
        h.app
            .place(&ctx, g, SessionId(s.id), Some((room, os.slots[1 + slot])))
            .await
            .expect("place");
        sessions.push((*k, s.id, by));
    }
    let host = h.allowed::<can::HostGathering>(&w.steward, "vis").await;
    h.app
        .advance_phase(&host, g, Phase::Sessions)
        .await
        .expect("sessions");
    for (k, sid, by) in &sessions {
        let ctx = h.allowed::<can::TakePart>(by, "vis").await;
        h.app
            .save_report(
                &ctx,
                g,
                SessionId(*sid),
                &ReportBody::parse(&format!("Report-{k}")).expect("body"),
                0,
            )
            .await
            .expect("report");
        let report = ContentRef::new(ContentKind::Report, *sid);
        h.app
            .set_visibility(&ctx, g, report, visibility(k))
            .await
            .expect("report visibility");
        let action = h
            .app
            .propose_action(
                &ctx,
                g,
                &ActionTitle::parse(&format!("Action-{k}")).expect("title"),
                Some(SessionId(*sid)),
                None,
            )
            .await
            .expect("action");
        let action = ContentRef::new(ContentKind::Action, action.get());
        h.app
            .set_visibility(&ctx, g, action, visibility(k))
            .await
            .expect("action visibility");
    }

    let readers = [
        Reader {
            who: "steward",
            person: Some(&w.steward),
            reads: [true, true, true, false],
        },
        Reader {
            who: "home member",
            person: Some(&home),
            reads: [true, true, true, false],
        },
        Reader {
            who: "partner member",
            person: Some(&partner),
            reads: [true, true, false, true],
        },
        Reader {
            who: "guest",
            person: Some(&guest),
            reads: [true, true, false, false],
        },
        Reader {
            who: "signed out",
            person: None,
            reads: [false; 4],
        },
        Reader {
            who: "another community",
            person: Some(&other.steward),
            reads: [false; 4],
        },
    ];
    let base = &os.base;
    // Paths that show each reader what they may read, and the markers each one carries.
    let member_paths: Vec<(String, &[&str])> = vec![
        (base.clone(), &["Title-"]),
        (format!("{base}/converge"), &["Title-", "Action-"]),
        (
            format!("{base}/proceedings"),
            &["Title-", "Report-", "Action-"],
        ),
        (
            format!("{base}/proceedings.md"),
            &["Title-", "Report-", "Action-"],
        ),
        (format!("{base}/sessions.csv"), &["Title-"]),
        (format!("{base}/actions.csv"), &["Action-"]),
        (format!("{base}/agenda.ics"), &["Title-"]),
    ];
    // The renderings everyone in the community shares (the live wall and the kiosk's stream)
    // show only what all of them may read.
    let shared_paths: Vec<(String, &[&str])> = vec![
        (format!("{base}/live"), &["Title-"]),
        (format!("{base}/live?view=kiosk"), &["Title-"]),
    ];
    let mut checked = 0;
    for r in &readers {
        let cookie = r.person.map(|p| p.cookie.as_str());
        for (paths, shared) in [(&member_paths, false), (&shared_paths, true)] {
            for (path, markers) in paths {
                let (status, body) = if shared {
                    first_event(&h, path, cookie).await
                } else {
                    h.get(path, cookie).await
                };
                for (i, k) in KINDS.iter().enumerate() {
                    let expected = r.reads[i] && (!shared || i < 2);
                    for m in *markers {
                        let seen = status == StatusCode::OK && body.contains(&format!("{m}{k}"));
                        assert_eq!(seen, expected, "{}: {m}{k} on {path} ({status})", r.who);
                        checked += 1;
                    }
                }
            }
        }
        // A session's own page: its description and report, or nothing at all.
        for (i, (k, sid, _)) in sessions.iter().enumerate() {
            let (status, body) = h.get(&format!("{base}/s/{sid}"), cookie).await;
            let seen = status == StatusCode::OK
                && body.contains(&format!("Desc-{k}"))
                && body.contains(&format!("Report-{k}"));
            assert_eq!(seen, r.reads[i], "{}: session {k} ({status})", r.who);
            if !r.reads[i] {
                assert!(
                    !body.contains(&format!("Desc-{k}")),
                    "{}: nothing of {k}",
                    r.who
                );
            }
            checked += 1;
        }
        // The API's agenda.
        let token = r.person.map_or("", |p| p.token.as_str());
        let (status, body) = h
            .api(
                "GET",
                &format!("/api/v1/communities/vis/gatherings/{}/agenda", os.id),
                token,
                None,
            )
            .await;
        for (i, k) in KINDS.iter().enumerate() {
            let seen = status == StatusCode::OK && body.contains(&format!("Title-{k}"));
            assert_eq!(seen, r.reads[i], "{}: API agenda, {k} ({status})", r.who);
            checked += 1;
        }
    }
    assert!(checked > 300, "checked {checked}");
}

/// Hidden content: its author and the community's stewards and curators read it, with a
/// notice that says why; nobody else does, on any read path (the flaggers included), and the
/// renderings everyone shares leave it out.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn hidden_content_reaches_only_its_author_and_moderators() {
    let h = Harness::sqlite().await;
    let w = h.world("hid").await;
    let other = h.world("away").await;
    let os = crate::gatherings::open_space(&h, &w).await;
    let author = h.person_with_role(&w, Role::Member).await;
    let (content, sid) = h.content_by(&w, &author, "Desc-hidden").await;
    let ctx = h.allowed::<can::TakePart>(&author, "hid").await;
    h.app
        .place(
            &ctx,
            GatheringId(os.id),
            SessionId(sid),
            Some((os.rooms[0], os.slots[1])),
        )
        .await
        .expect("place");
    let flaggers = [
        h.person_with_role(&w, Role::Member).await,
        h.person_with_role(&w, Role::Member).await,
        h.person_with_role(&w, Role::Host).await,
    ];
    for f in &flaggers {
        let (s, b) = h.flag(&w, f, content, "spam").await;
        assert_eq!(s, StatusCode::CREATED, "{b}");
    }
    let curator = h.person_with_role(&w, Role::Curator).await;
    let member = h.person_with_role(&w, Role::Member).await;
    let guest = h.person_with_role(&w, Role::Guest).await;
    let readers: [(&str, Option<&Person>, bool); 8] = [
        ("author", Some(&author), true),
        ("steward", Some(&w.steward), true),
        ("curator", Some(&curator), true),
        ("member", Some(&member), false),
        ("flagger", Some(&flaggers[0]), false),
        ("guest", Some(&guest), false),
        ("signed out", None, false),
        ("another community", Some(&other.steward), false),
    ];
    let base = &os.base;
    let marker = "About Desc-hidden";
    let mut checked = 0;
    for (who, person, reads) in readers {
        let cookie = person.map(|p| p.cookie.as_str());
        for path in [
            base.clone(),
            format!("{base}/sessions.csv"),
            format!("{base}/agenda.ics"),
        ] {
            let (status, body) = h.get(&path, cookie).await;
            let seen = status == StatusCode::OK && body.contains(marker);
            assert_eq!(seen, reads, "{who}: {path} ({status})");
            checked += 1;
        }
        for path in [format!("{base}/live"), format!("{base}/live?view=kiosk")] {
            let (status, body) = first_event(&h, &path, cookie).await;
            assert!(!body.contains(marker), "{who}: shared {path} ({status})");
            checked += 1;
        }
        let (status, body) = h.get(&format!("{base}/s/{sid}"), cookie).await;
        let seen = status == StatusCode::OK && body.contains("Desc-hidden");
        assert_eq!(seen, reads, "{who}: session page ({status})");
        if reads {
            assert!(
                body.contains("Hidden from other members") && body.contains("threshold"),
                "{who}: the notice says why"
            );
        }
        let token = person.map_or("", |p| p.token.as_str());
        for path in [
            format!("/api/v1/communities/hid/content/{content}"),
            format!("/api/v1/communities/hid/gatherings/{}/agenda", os.id),
        ] {
            let (status, body) = h.api("GET", &path, token, None).await;
            let seen =
                status == StatusCode::OK && (body.contains("Desc-hidden") || body.contains(marker));
            assert_eq!(seen, reads, "{who}: {path} ({status})");
            checked += 1;
        }
    }
    assert_eq!(checked, 8 * 7);
}
