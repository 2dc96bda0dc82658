//! Steward pages as stewards use them: the audit log in names (resolved when shown, "a member
//! who left" for whoever is gone), every host power in it, search and pages on long lists,
//! invitation states that say what happened, and copy buttons that need no inline script.

use crate::gatherings::{convene, open_space};
use crate::harness::*;
use axum::http::StatusCode;
use convene_domain::Role;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_audit_log_names_people_roles_and_gatherings() {
    let h = Harness::sqlite().await;
    let w = h.world("names").await;
    let c = Some(w.steward.cookie.as_str());
    let ana = h.person_with_role(&w, Role::Member).await;
    let ben = h.person_with_role(&w, Role::Member).await;
    let (s, b) = h
        .post(
            &format!("/c/names/roles/{}", ana.membership_id),
            c,
            "host=on&reason=hosts+June",
        )
        .await;
    assert_eq!(s, StatusCode::SEE_OTHER, "{b}");
    let (s, b) = h
        .post(
            &format!("/c/names/members/{}/remove", ben.membership_id),
            c,
            "reason=asked+to+leave",
        )
        .await;
    assert_eq!(s, StatusCode::SEE_OTHER, "{b}");
    let os = open_space(&h, &w).await;
    let (s, page) = h.get("/c/names/audit", c).await;
    assert_eq!(s, StatusCode::OK);
    assert!(
        page.contains(&format!("{}: Member → Member, Host", ana.name)),
        "{page}"
    );
    assert!(!page.contains("member,host"), "slugs shown: {page}");
    assert!(page.contains("a member who left"), "{page}");
    assert!(!page.contains("membership #"), "{page}");
    assert!(
        page.contains("Phase moved on")
            && page.contains("River Open Space: invitation → marketplace"),
        "{page}"
    );
    assert!(!page.contains(&format!("gathering #{}", os.id)), "{page}");
    // The chain itself keeps ids only.
    let ctx = h
        .allowed::<convene_app::can::ViewAuditLog>(&w.steward, "names")
        .await;
    let log = h.app.audit_log(&ctx, None).await.expect("log");
    assert!(
        log.iter()
            .all(|e| !e.target.contains(&ana.name) && !e.target.contains("River"))
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_host_power_is_logged() {
    let h = Harness::sqlite().await;
    let w = h.world("powers").await;
    let os = open_space(&h, &w).await;
    let host = Some(w.steward.cookie.as_str());
    let ana = h.person_with_role(&w, Role::Member).await;
    let theirs = convene(&h, &os, &ana, "Ana's session").await;
    let mine = convene(&h, &os, &w.steward, "Host's own").await;
    // The host places Ana's session (vertical power) and their own (not).
    for (sid, slot) in [(theirs, os.slots[1]), (mine, os.slots[2])] {
        let cell = format!("cell={}%3A{slot}", os.rooms[0]);
        let (s, b) = h
            .post(&format!("{}/s/{sid}/place", os.base), host, &cell)
            .await;
        assert_eq!(s, StatusCode::SEE_OTHER, "{b}");
    }
    let ctx = h
        .allowed::<convene_app::can::ViewAuditLog>(&w.steward, "powers")
        .await;
    let log = h.app.audit_log(&ctx, None).await.expect("log");
    let placed: Vec<&str> = log
        .iter()
        .filter(|e| e.action == "session.place")
        .map(|e| e.target.as_str())
        .collect();
    assert_eq!(
        placed,
        vec![format!(
            "session:{theirs} to space:{} slot:{}",
            os.rooms[0], os.slots[1]
        )],
        "{log:?}"
    );
    for a in ["gathering.phase", "space.add", "slot.add"] {
        assert!(log.iter().any(|e| e.action == a), "{a}");
    }
    // Applying a suggestion (it places the waiting session) is logged too.
    convene(&h, &os, &ana, "Waiting one").await;
    let (s, page) = h.get(&format!("{}/suggest", os.base), host).await;
    assert_eq!(s, StatusCode::OK, "{page}");
    let form = extract_form(&page, &format!("{}/suggest", os.base));
    let (s, b) = h.post(&format!("{}/suggest", os.base), host, &form).await;
    assert!(s == StatusCode::SEE_OTHER, "{s}: {b}");
    let log = h.app.audit_log(&ctx, None).await.expect("log");
    assert_eq!(log[0].action, "suggestion.apply", "{log:?}");
}

/// The hidden fields of the form posting to `action`, as a form body.
fn extract_form(page: &str, action: &str) -> String {
    let start = page.find(&format!(r#"action="{action}""#)).expect("form");
    let form = &page[start
        ..page[start..]
            .find("</form>")
            .map_or(page.len(), |e| start + e)];
    form.split("<input type=\"hidden\"")
        .skip(1)
        .filter_map(|i| {
            let name = i.split("name=\"").nth(1)?.split('"').next()?;
            let value = i.split("value=\"").nth(1)?.split('"').next()?;
            Some(format!("{name}={}", enc(value)))
        })
        .collect::<Vec<_>>()
        .join("&")
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn members_roles_and_invitations_are_searched_and_paged() {
    let h = Harness::sqlite().await;
    let w = h.world("many").await;
    let c = Some(w.steward.cookie.as_str());
    let mut people = Vec::new();
    for _ in 0..150 {
        people.push(h.person_with_role(&w, Role::Member).await);
    }
    let (s, page) = h.get("/c/many/members", c).await;
    assert_eq!(s, StatusCode::OK);
    assert!(page.contains("Showing 1–50 of 151 members."), "{page}");
    assert_eq!(
        page.matches("<tr>").count(),
        50 + 1,
        "one page of rows and the head"
    );
    assert!(page.contains(r#"href="/c/many/members?page=2""#), "{page}");
    let (_, page) = h.get("/c/many/members?page=4", c).await;
    assert!(
        page.contains("Showing 151–151 of 151 members.") && page.contains("Page 4 of 4"),
        "{page}"
    );
    // Case-insensitive, by name or (for stewards) e-mail; the pages keep the search.
    let target = &people[41];
    let (_, page) = h
        .get(
            &format!("/c/many/members?q={}", enc(&target.name.to_uppercase())),
            c,
        )
        .await;
    assert!(
        page.contains(&format!(
            "1 of 151 members match “{}”",
            target.name.to_uppercase()
        )),
        "{page}"
    );
    let (_, page) = h
        .get(&format!("/c/many/members?q={}", enc(&target.email)), c)
        .await;
    assert!(
        page.contains(&target.name) && page.contains("1 of 151"),
        "{page}"
    );
    let (_, page) = h.get("/c/many/roles?q=person+1", c).await;
    assert!(
        page.contains("Showing 1–50 of 61 of 151 members match")
            || page.contains("of 151 members match"),
        "{page}"
    );
    assert!(
        page.contains("q=person%201") || page.contains("q=person+1"),
        "{page}"
    );
    // A member cannot probe e-mail addresses.
    let other = &people[7];
    let (_, page) = h
        .get(
            &format!("/c/many/members?q={}", enc(&target.email)),
            Some(&other.cookie),
        )
        .await;
    assert!(page.contains("No members match"), "{page}");
    // Invitations too; an odd page number is page 1; the search is escaped.
    for _ in 0..3 {
        h.invite(&w, &w.steward.cookie, "link", 5).await;
    }
    let (_, page) = h.get("/c/many/invitations?q=%3Cb%3Eriver&page=zz", c).await;
    assert!(
        page.contains("No invitations match “&#60;b&#62;river”")
            || page.contains("No invitations match “&lt;b&gt;river”"),
        "{page}"
    );
    let (_, page) = h.get("/c/many/invitations?q=RIVER", c).await;
    assert!(page.contains("3 of 3 invitations match"), "{page}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn invitation_states_say_what_happened_and_links_can_be_copied() {
    let h = Harness::sqlite().await;
    let w = h.world("states").await;
    let c = &w.steward.cookie;
    let link = h.invite(&w, c, "personal", 1).await;
    let path = link.trim_start_matches(ORIGIN).to_owned();
    let (s, _) = h
        .post(
            &format!("{path}/accept"),
            None,
            "name=Noor&email=noor%40example.org&password=long+enough+pw",
        )
        .await;
    assert_eq!(s, StatusCode::SEE_OTHER);
    h.invite(&w, c, "personal", 1).await; // pending, then expired
    h.app.clock.advance(15 * 86_400);
    h.invite(&w, c, "personal", 1).await; // pending
    let (_, page) = h.get("/c/states/invitations", Some(c)).await;
    assert!(
        page.contains(r#"<span class="status status-accepted">accepted</span>"#),
        "{page}"
    );
    assert!(
        page.contains(r#"<span class="status status-expired">expired</span>"#),
        "{page}"
    );
    assert!(
        page.contains(r#"<span class="status status-pending">pending</span>"#),
        "{page}"
    );
    // The new link sits in a read-only input; a script file (no inline script) adds the button.
    let (s, page) = h
        .post(
            "/c/states/invitations",
            Some(c),
            &format!(
                "kind=personal&calling_question=q&organization_id={}&max_uses=1&days=14",
                w.home_org
            ),
        )
        .await;
    assert_eq!(s, StatusCode::CREATED);
    assert!(
        page.contains(r#"class="copy" readonly value="http"#),
        "{page}"
    );
    assert!(page.contains(r#"<script src="/static/copy.js" defer></script>"#));
    assert!(
        !page.contains("onclick") && !page.contains("<script>"),
        "{page}"
    );
    let (s, js) = h.get("/static/copy.js", None).await;
    assert_eq!(s, StatusCode::OK);
    assert!(js.contains("input.copy") && js.contains("clipboard"));
}
