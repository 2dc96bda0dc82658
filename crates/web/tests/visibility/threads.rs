//! The visibility walk over threads: a thread of each visibility with a reply, read by each
//! kind of person through the thread list, the thread page, the reply page (quotes) and the
//! API. Exactly those the read filter allows see the title, the body and the reply.

use super::KINDS;
use crate::harness::*;
use axum::http::StatusCode;
use convene_domain::Role;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn threads_and_replies_reach_exactly_their_readers() {
    let h = Harness::sqlite().await;
    let w = h.world("visth").await;
    let other = h.world("elsewhereth").await;
    let home = h.person_with_role(&w, Role::Member).await;
    let guest = h.person_with_role(&w, Role::Guest).await;
    let partner = super::partner_member(&h, &w).await;
    let ana = h.person_with_role(&w, Role::Member).await;
    let a = Some(ana.cookie.as_str());
    let base = format!("/c/{}/threads", w.slug);
    let mut threads = Vec::new();
    for k in KINDS {
        let people = if k == "private" {
            format!("&people={}", partner.account.id)
        } else {
            String::new()
        };
        let (s, hd, body) = h
            .post_full(
                &base,
                a,
                &format!("title=Thread-{k}&visibility={k}&body=Body-{k}{people}"),
            )
            .await;
        assert_eq!(s, StatusCode::SEE_OTHER, "{body}");
        let to = hd["location"].to_str().expect("location").to_owned();
        let id: i32 = to
            .split("/threads/")
            .nth(1)
            .and_then(|r| r.split('?').next())
            .expect("id")
            .parse()
            .expect("number");
        let (s, _) = h
            .post(
                &format!("{base}/{id}/replies"),
                a,
                &format!("body=Reply-{k}"),
            )
            .await;
        assert_eq!(s, StatusCode::SEE_OTHER);
        threads.push(id);
    }
    // Who reads which: public, network, the home organization, private to the partner member.
    let readers: [(&str, Option<&Person>, [bool; 4]); 6] = [
        ("steward", Some(&w.steward), [true, true, true, false]),
        ("home member", Some(&home), [true, true, true, false]),
        ("partner member", Some(&partner), [true, true, false, true]),
        ("guest", Some(&guest), [true, true, false, false]),
        ("signed out", None, [false; 4]),
        ("another community", Some(&other.steward), [false; 4]),
    ];
    let mut checked = 0;
    for (who, person, reads) in readers {
        let cookie = person.map(|p| p.cookie.as_str());
        let (status, list) = h.get(&base, cookie).await;
        for (i, k) in KINDS.iter().enumerate() {
            let seen = status == StatusCode::OK && list.contains(&format!("Thread-{k}"));
            assert_eq!(seen, reads[i], "{who}: list, {k} ({status})");
            let page = format!("{base}/{}", threads[i]);
            let (status, body) = h.get(&page, cookie).await;
            let seen = status == StatusCode::OK
                && body.contains(&format!("Body-{k}"))
                && body.contains(&format!("Reply-{k}"));
            assert_eq!(seen, reads[i], "{who}: thread {k} ({status})");
            if !reads[i] {
                assert!(
                    !body.contains(&format!("Thread-{k}")),
                    "{who}: nothing of {k}"
                );
            }
            let (status, body) = h.get(&format!("{page}/reply?quote=0"), cookie).await;
            let seen = status == StatusCode::OK && body.contains(&format!("Body-{k}"));
            assert_eq!(seen, reads[i], "{who}: quote of {k} ({status})");
            checked += 3;
        }
    }
    assert_eq!(checked, 72);
}
