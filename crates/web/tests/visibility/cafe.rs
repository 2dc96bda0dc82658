//! The visibility walk over World Café notes: a table's notes of each visibility, read by each
//! kind of person at that table (the café page and the API's "notes at your table"), on the
//! harvest wall (suggested and saved themes), in the proceedings and the API's harvest; and a
//! note someone may not read they may not overwrite (a stale save would show it).

use super::KINDS;
use crate::harness::*;
use axum::http::StatusCode;
use convene_app::can;
use convene_domain::Role;
use convene_domain::content::{ContentKind, ContentRef, Visibility};
use convene_domain::ids::{AccountId, GatheringId, OrganizationId};
use convene_store::cafes;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn cafe_notes_reach_exactly_their_readers() {
    let h = Harness::sqlite().await;
    let w = h.world("viscafe").await;
    let other = h.world("elsewherecafe").await;
    let home = h.person_with_role(&w, Role::Member).await;
    let guest = h.person_with_role(&w, Role::Guest).await;
    let partner = super::partner_member(&h, &w).await;
    // A host writes every note, so no reader is an author.
    let ana = h.person_with_role(&w, Role::Host).await;
    let a = Some(ana.cookie.as_str());
    let (s, headers, body) = h
        .post_full(&format!("/c/{}/g", w.slug), a, GATHERING_FORM)
        .await;
    assert_eq!(s, StatusCode::SEE_OTHER, "{body}");
    let g = headers["location"].to_str().expect("location").to_owned();
    let gid: i32 = g.rsplit('/').next().expect("id").parse().expect("number");
    let cafe = format!("{g}/cafe");
    let (s, b) = h.post(&cafe, a, "tables=4&table_size=4").await;
    assert_eq!(s, StatusCode::SEE_OTHER, "{b}");
    let (s, b) = h
        .post(
            &format!("{cafe}/rounds"),
            a,
            "question=What+about+the+river%3F&minutes=20",
        )
        .await;
    assert_eq!(s, StatusCode::SEE_OTHER, "{b}");
    let (s, b) = h.post(&format!("{cafe}/start"), a, "").await;
    assert_eq!(s, StatusCode::SEE_OTHER, "{b}");
    let db = h.app.store.conn();
    let tables = cafes::tables(db, gid).await.expect("tables");
    assert_eq!(tables.len(), 4);
    for (t, k) in tables.iter().zip(KINDS) {
        let (s, b) = h
            .post(
                &format!("{cafe}/notes"),
                a,
                &format!(
                    "table={}&round=1&body={}&base=0",
                    t.id,
                    enc(&format!("Note-{k} river gardens water"))
                ),
            )
            .await;
        assert_eq!(s, StatusCode::SEE_OTHER, "{b}");
    }
    let notes = cafes::notes(db, gid).await.expect("notes");
    let ctx = h.allowed::<can::TakePart>(&ana, &w.slug).await;
    for (t, k) in tables.iter().zip(KINDS) {
        let note = notes.iter().find(|n| n.table_id == t.id).expect("note");
        let visibility = match k {
            "public" => Visibility::Public,
            "network" => Visibility::Network,
            "organization" => Visibility::Organization(OrganizationId(w.home_org)),
            _ => Visibility::Private(vec![AccountId(partner.account.id)]),
        };
        h.app
            .set_visibility(
                &ctx,
                GatheringId(gid),
                ContentRef::new(ContentKind::CafeNote, note.id),
                visibility,
            )
            .await
            .expect("note visibility");
    }

    // Public, network, the home organization, private to the partner member.
    let readers: [(&str, Option<&Person>, [bool; 4]); 6] = [
        ("steward", Some(&w.steward), [true, true, true, false]),
        ("home member", Some(&home), [true, true, true, false]),
        ("partner member", Some(&partner), [true, true, false, true]),
        ("guest", Some(&guest), [true, true, false, false]),
        ("signed out", None, [false; 4]),
        ("another community", Some(&other.steward), [false; 4]),
    ];
    let api = format!("/api/v1/communities/{}/gatherings/{gid}/cafe", w.slug);
    let mut checked = 0;
    for saved in [false, true] {
        if saved {
            // The host saves the suggested themes: grouped from what everyone may read.
            let (s, _) = h.post(&format!("{cafe}/themes"), a, "").await;
            assert_eq!(s, StatusCode::SEE_OTHER);
        }
        for (who, person, reads) in &readers {
            let cookie = person.map(|p| p.cookie.as_str());
            let token = person.map_or("", |p| p.token.as_str());
            for path in [format!("{cafe}/harvest"), format!("{cafe}/proceedings.md")] {
                let (status, body) = h.get(&path, cookie).await;
                for (i, k) in KINDS.iter().enumerate() {
                    let seen = status == StatusCode::OK && body.contains(&format!("Note-{k}"));
                    assert_eq!(seen, reads[i], "{who}: {k} on {path} ({status})");
                    checked += 1;
                }
            }
            let (status, body) = h.api("GET", &format!("{api}/harvest"), token, None).await;
            for (i, k) in KINDS.iter().enumerate() {
                let seen = status == StatusCode::OK && body.contains(&format!("Note-{k}"));
                assert_eq!(seen, reads[i], "{who}: {k} in the API's harvest ({status})");
                checked += 1;
            }
            if saved {
                continue;
            }
            // At each table in turn: the café page and the API show the notes there.
            let member = person.is_some() && !who.contains("another");
            let (s, b) = h.post(&format!("{cafe}/join"), cookie, "").await;
            if member {
                assert_eq!(s, StatusCode::SEE_OTHER, "{who}: {b}");
            }
            for (i, (t, k)) in tables.iter().zip(KINDS).enumerate() {
                if member {
                    let (s, b) = h
                        .post(&format!("{cafe}/sit"), cookie, &format!("table={}", t.id))
                        .await;
                    assert_eq!(s, StatusCode::SEE_OTHER, "{who}: {b}");
                }
                let (status, page) = h.get(&cafe, cookie).await;
                let seen = status == StatusCode::OK && page.contains(&format!("Note-{k}"));
                assert_eq!(seen, reads[i], "{who}: café page at {k} ({status})");
                let (status, body) = h.api("GET", &api, token, None).await;
                let seen = status == StatusCode::OK && body.contains(&format!("Note-{k}"));
                assert_eq!(seen, reads[i], "{who}: API café at {k} ({status})");
                checked += 2;
            }
        }
    }
    assert_eq!(checked, 2 * 6 * 12 + 6 * 8);

    // The private note's table: the home member, seated there, may not overwrite it and is
    // not shown it; the partner member, who may read it, gets the stale save with both texts.
    let private = tables[3].id;
    for (p, reads) in [(&home, false), (&partner, true)] {
        let (s, b) = h
            .post(
                &format!("{cafe}/sit"),
                Some(&p.cookie),
                &format!("table={private}"),
            )
            .await;
        assert_eq!(s, StatusCode::SEE_OTHER, "{b}");
        let (s, page) = h
            .post(
                &format!("{cafe}/notes"),
                Some(&p.cookie),
                &format!("table={private}&round=1&body=Mine&base=0"),
            )
            .await;
        if reads {
            assert_eq!(s, StatusCode::CONFLICT, "{page}");
            assert!(
                page.contains("Note-private") && page.contains("Mine"),
                "{page}"
            );
        } else {
            assert_eq!(s, StatusCode::NOT_FOUND, "{page}");
            assert!(!page.contains("Note-private"), "{page}");
        }
    }
    let (_, body) = h.api("GET", &api, &partner.token, None).await;
    assert!(
        body.contains("Note-private"),
        "nothing was overwritten: {body}"
    );
}
