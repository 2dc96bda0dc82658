//! Guests may not see the member list: not in the co-convener picker either.

use crate::gatherings::{convene, open_space};
use crate::harness::*;
use axum::http::StatusCode;
use convene_domain::Role;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_guest_sees_no_names_in_the_co_convener_picker() {
    let h = Harness::sqlite().await;
    let w = h.world("picker").await;
    let os = open_space(&h, &w).await;
    let member = h.person_with_role(&w, Role::Member).await;
    let guest = h.person_with_role(&w, Role::Guest).await;
    for p in [&member, &guest] {
        let (s, b) = h
            .post(&format!("{}/rsvp", os.base), Some(&p.cookie), "answer=yes")
            .await;
        assert_eq!(s, StatusCode::SEE_OTHER, "{b}");
    }
    let (s, page) = h.get(&os.base, Some(&guest.cookie)).await;
    assert_eq!(s, StatusCode::OK);
    assert!(!page.contains(r#"name="co""#), "no picker for a guest");
    assert!(
        !page.contains(&format!(">{}<", member.name)),
        "no member's name"
    );
    assert!(
        !page.contains(&format!(r#"value="{}""#, member.account.id)),
        "no member's account id"
    );
    // A member still gets the picker, with the guest who said yes in it.
    let (_, page) = h.get(&os.base, Some(&member.cookie)).await;
    assert!(page.contains(r#"name="co""#));
    assert!(page.contains(&format!(">{}<", guest.name)));
    // Naming a co-convener by id is refused to a guest, so ids cannot be probed.
    let (s, body) = h
        .post(
            &format!("{}/sessions", os.base),
            Some(&guest.cookie),
            &format!("title=Probe&description=&needs=&co={}", member.account.id),
        )
        .await;
    assert_eq!(s, StatusCode::UNPROCESSABLE_ENTITY, "{body}");
    // Alone, the guest convenes as before.
    convene(&h, &os, &guest, "A guest's session").await;
}
