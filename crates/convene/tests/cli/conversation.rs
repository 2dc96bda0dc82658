//! The conversation on the demo in real browsers: a member starts a thread mentioning the
//! host, whose inbox badge changes live (no reload) and who replies; a guest submits a
//! contribution, a curator asks for a change, the guest edits, the curator accepts, and a
//! signed-out phone reads it on the public page. axe-core checks every new page.

use crate::browser::{
    assert_accessible, browser, click_button, driver, fill, js, shot, sign_in, wait_heading,
};
use crate::server::{Server, temp_dir};
use convene_domain::thread::handle;
use fantoccini::{Client, Locator};
use std::time::Duration;

const SLUG: &str = "riverbend";

async fn badge(c: &Client) -> String {
    js(c, "const b = document.getElementById('inbox-badge'); return b && !b.hidden ? b.textContent.trim() : '';")
        .await
        .as_str()
        .unwrap_or_default()
        .to_owned()
}

/// Waits until the badge shows something other than `was` (live, without navigating).
async fn badge_changes(c: &Client, was: &str) -> String {
    for _ in 0..150 {
        let now = badge(c).await;
        if now != was {
            return now;
        }
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
    panic!("the inbox badge stayed at {was:?}");
}

async fn radio(c: &Client, id: &str) {
    c.find(Locator::Id(id))
        .await
        .expect(id)
        .click()
        .await
        .expect("click");
}

async fn flash(c: &Client) -> String {
    c.wait()
        .at_most(Duration::from_secs(15))
        .for_element(Locator::Id("flash"))
        .await
        .expect("a flash says what happened")
        .text()
        .await
        .expect("text")
}

pub async fn thread_inbox_and_curation() {
    let Some((_driver, driver)) = driver().await else {
        return;
    };
    let server = Server::start_in(&temp_dir("conversation"), &["--demo"]).await;
    let password = server.demo_password.clone().expect("demo password");
    let url = server.url.clone();
    let c = format!("{url}/c/{SLUG}");

    let host = browser(&driver, "--window-size=1280,900").await;
    sign_in(&host, &url, "host@demo.convene.test", &password).await;
    host.goto(&format!("{url}/inbox")).await.expect("inbox");
    wait_heading(&host, "Inbox").await;
    assert_accessible(&host, "inbox").await;
    let name = host
        .find(Locator::Css("header a[href='/account']"))
        .await
        .expect("name")
        .text()
        .await
        .expect("text");
    tokio::time::sleep(Duration::from_millis(500)).await;
    let before = badge(&host).await;

    let member = browser(&driver, "--window-size=1280,900").await;
    sign_in(&member, &url, "member@demo.convene.test", &password).await;
    member
        .goto(&format!("{c}/threads/new"))
        .await
        .expect("new thread");
    fill(&member, "title", "Who brings the river maps?").await;
    fill(
        &member,
        "body",
        &format!("@{} could you bring the printed maps?", handle(&name)),
    )
    .await;
    click_button(&member, "Start the thread").await;
    assert!(flash(&member).await.contains("Your thread is started"));
    let thread = member.current_url().await.expect("url").path().to_owned();

    // The host's badge changes while the page stays as it is.
    let after = badge_changes(&host, &before).await;
    let n = |s: &str| s.parse::<u32>().unwrap_or(0);
    assert_eq!(n(&after), n(&before) + 1, "{before:?} → {after:?}");
    let label = js(
        &host,
        "return document.getElementById('inbox-link').getAttribute('aria-label');",
    )
    .await;
    assert!(
        label.as_str().unwrap_or_default().contains("unread"),
        "{label}"
    );
    host.goto(&format!("{url}/inbox")).await.expect("inbox");
    let item = host
        .find(Locator::XPath("//ul[@id='inbox']/li[1]/a"))
        .await
        .expect("newest item");
    assert!(
        item.text()
            .await
            .expect("t")
            .contains("mentioned you in “Who brings the river maps?”")
    );
    shot(&host, "conversation-1-inbox").await;
    item.click().await.expect("open");
    wait_heading(&host, "Who brings the river maps?").await;
    host.goto(&format!("{url}{thread}/reply"))
        .await
        .expect("reply");
    fill(&host, "body", "Yes, I will bring six printed maps.").await;
    click_button(&host, "Post reply").await;
    assert!(flash(&host).await.contains("Your reply is posted"));
    host.goto(&format!("{url}/account/notifications"))
        .await
        .expect("settings");
    wait_heading(&host, "Notification e-mail").await;
    assert_accessible(&host, "notification settings").await;

    // A guest's contribution through curation.
    let guest = browser(&driver, "--window-size=1280,900").await;
    sign_in(&guest, &url, "guest@demo.convene.test", &password).await;
    guest
        .goto(&format!("{c}/contributions/new"))
        .await
        .expect("new contribution");
    wait_heading(&guest, "Submit a contribution").await;
    assert_accessible(&guest, "new contribution").await;
    fill(&guest, "title", "Clinic gardens by the river").await;
    fill(
        &guest,
        "summary",
        "Four clinics grew gardens with their patients.",
    )
    .await;
    fill(&guest, "body", "We planted with patients every Thursday.").await;
    click_button(&guest, "Submit").await;
    assert!(flash(&guest).await.contains("Submitted"));
    assert_accessible(&guest, "contribution").await;
    let page = guest.current_url().await.expect("url").path().to_owned();

    let curator = browser(&driver, "--window-size=1280,900").await;
    sign_in(&curator, &url, "curator@demo.convene.test", &password).await;
    curator
        .goto(&format!("{c}/contributions/queue"))
        .await
        .expect("queue");
    wait_heading(&curator, "Contributions to curate").await;
    assert_accessible(&curator, "curation queue").await;
    curator
        .find(Locator::LinkText("Clinic gardens by the river"))
        .await
        .expect("in the queue")
        .click()
        .await
        .expect("open");
    wait_heading(&curator, "Clinic gardens by the river").await;
    radio(&curator, "outcome-changes").await;
    fill(
        &curator,
        "reason",
        "Please say which four clinics took part.",
    )
    .await;
    click_button(&curator, "Decide").await;
    assert!(flash(&curator).await.contains("Sent back for changes"));

    guest.goto(&format!("{url}{page}")).await.expect("reload");
    let reason = guest
        .find(Locator::Id("decision-reason"))
        .await
        .expect("reason")
        .text()
        .await
        .expect("t");
    assert_eq!(reason, "Please say which four clinics took part.");
    fill(
        &guest,
        "body",
        "We planted with patients every Thursday in Weir, Alder, Fenn and Holt.",
    )
    .await;
    click_button(&guest, "Save and send to the curators again").await;
    assert!(flash(&guest).await.contains("waits for a curator again"));

    curator.goto(&format!("{url}{page}")).await.expect("reload");
    radio(&curator, "outcome-accept").await;
    fill(&curator, "reason", "A good case with the clinics named.").await;
    click_button(&curator, "Decide").await;
    assert!(flash(&curator).await.contains("Accepted"));
    assert_accessible(&curator, "decided contribution").await;

    // Signed out, on a phone.
    let visitor = browser(&driver, "--window-size=390,844").await;
    visitor.goto(&format!("{c}/public")).await.expect("public");
    wait_heading(&visitor, "Riverbend Commons").await;
    let text = visitor
        .find(Locator::Id("main"))
        .await
        .expect("main")
        .text()
        .await
        .expect("t");
    for want in [
        "Clinic gardens by the river",
        "Weir, Alder, Fenn and Holt",
        "CC-BY-SA-4.0",
        "How the Riverbend gauges warn the valley",
    ] {
        assert!(text.contains(want), "{want}: {text}");
    }
    assert!(
        !text.contains("Listening sessions"),
        "a waiting contribution is not public"
    );
    let wide = js(
        &visitor,
        "return document.documentElement.scrollWidth <= window.innerWidth;",
    )
    .await;
    assert_eq!(
        wide,
        serde_json::Value::Bool(true),
        "no sideways scrolling on a phone"
    );
    assert_accessible(&visitor, "public page").await;
    shot(&visitor, "conversation-2-public").await;
    for b in [host, member, guest, curator, visitor] {
        b.close().await.expect("close");
    }
}
