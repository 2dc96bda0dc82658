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

async fn main_text(c: &Client) -> String {
    c.find(Locator::Css("main"))
        .await
        .expect("main")
        .text()
        .await
        .expect("text")
}

/// Types `q` into the box in the community menu until the results say something other than
/// "nothing" (the runner indexes the demo in the background after the start) or `tries` ran out.
async fn search_from_menu(c: &Client, url: &str, q: &str, tries: usize) -> String {
    let mut text = String::new();
    for _ in 0..tries {
        c.goto(&format!("{url}/c/{SLUG}")).await.expect("community");
        fill(c, "nav-q", q).await;
        c.find(Locator::Css("form.nav-search button"))
            .await
            .expect("search button")
            .click()
            .await
            .expect("search");
        wait_heading(c, "Search").await;
        text = main_text(c).await;
        if !text.contains("Nothing you may read") {
            break;
        }
        tokio::time::sleep(Duration::from_millis(500)).await;
    }
    text
}

/// Waits until the address's path and query satisfy `what`.
async fn wait_for_url(c: &Client, what: impl Fn(&str, &str) -> bool) {
    for _ in 0..100 {
        let at = c.current_url().await.expect("url");
        if what(at.path(), at.query().unwrap_or("")) {
            return;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    panic!(
        "the page did not change: {}",
        c.current_url().await.expect("url")
    );
}

/// Search on the demo, on a 390 px phone: a member types words into the menu's box and gets
/// ranked results with the words marked, narrows them to sessions with the page's own
/// filter (a plain GET form), and opens one; a guest searching for a word only an
/// organization's internal thread holds finds nothing, not even a count. No sideways scroll;
/// axe-core finds nothing.
pub async fn a_member_searches_on_a_phone() {
    let Some((_driver, driver)) = driver().await else {
        return;
    };
    let server = Server::start_in(&temp_dir("search"), &["--demo"]).await;
    let password = server.demo_password.clone().expect("demo password");
    let url = server.url.clone();
    let c = browser(&driver, "--window-size=390,844").await;
    sign_in(&c, &url, "member@demo.convene.test", &password).await;
    let text = search_from_menu(&c, &url, "flood warnings", 60).await;
    assert!(text.contains("you may read match"), "{text}");
    assert!(
        text.contains("Flood warnings that reach everyone"),
        "{text}"
    );
    let marks = js(
        &c,
        "return document.querySelectorAll('#results mark').length;",
    )
    .await;
    assert!(marks.as_u64().unwrap_or(0) >= 1, "marked words: {marks}");
    let snippets = js(
        &c,
        "return [...document.querySelectorAll('#results .snippet')].map(s => s.textContent).join(' | ');",
    )
    .await;
    let snippets = snippets.as_str().unwrap_or_default();
    assert!(
        !snippets.contains("**") && !snippets.contains("]("),
        "snippets are plain text: {snippets}"
    );
    let fits =
        "return document.documentElement.scrollWidth <= document.documentElement.clientWidth;";
    assert_eq!(
        js(&c, fits).await,
        serde_json::Value::Bool(true),
        "no sideways scroll"
    );
    assert_accessible(&c, "search results (phone)").await;
    shot(&c, "search-phone").await;

    // Narrow to sessions with the page's own form.
    c.find(Locator::Css("#kind option[value='session']"))
        .await
        .expect("kind")
        .click()
        .await
        .expect("choose");
    // The page's own button (the menu has a search box of its own).
    c.find(Locator::Id("search-go"))
        .await
        .expect("the page's search button")
        .click()
        .await
        .expect("search");
    wait_for_url(&c, |_, q| q.contains("kind=session")).await;
    let text = main_text(&c).await;
    assert!(text.contains("Session · by"), "{text}");
    for other in [
        "Report · by",
        "Thread · by",
        "Reply · by",
        "Contribution · by",
    ] {
        assert!(!text.contains(other), "only sessions: {text}");
    }
    // A result opens where it is read.
    c.find(Locator::Css("#results li a"))
        .await
        .expect("a result")
        .click()
        .await
        .expect("open");
    wait_for_url(&c, |p, _| p.contains("/s/")).await;
    assert!(main_text(&c).await.contains("Flood warnings"));
    c.close().await.expect("close");

    // The guest: words only the cooperative's internal budget thread holds find nothing.
    let g = browser(&driver, "--window-size=390,844").await;
    sign_in(&g, &url, "guest@demo.convene.test", &password).await;
    // The index is built by now (the member found the demo's sessions).
    let text = search_from_menu(&g, &url, "childcare", 1).await;
    assert!(
        text.contains("Nothing you may read matches “childcare”"),
        "{text}"
    );
    assert!(!text.contains("result"), "no count: {text}");
    let text = search_from_menu(&g, &url, "budget spring gathering", 1).await;
    assert!(!text.contains("cooperative only"), "{text}");
    assert_eq!(js(&g, fits).await, serde_json::Value::Bool(true));
    assert_accessible(&g, "search, nothing found (guest, phone)").await;
    g.close().await.expect("close");
}
