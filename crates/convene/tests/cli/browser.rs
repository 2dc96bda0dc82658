//! Headless Chromium through chromedriver: the first steward sets up convene, creates a
//! community and invites; a second person, in a second browser session on a phone-sized
//! window, accepts and sees the community.

use crate::server::{Server, temp_dir};
use fantoccini::{Client, ClientBuilder, Locator};
use serde_json::{Value, json};
use std::time::Duration;

/// chromedriver's path, or `None` to skip (outside CI only: in CI a missing browser fails).
fn chromedriver() -> Option<String> {
    let found = ["/usr/bin/chromedriver", "/usr/lib/chromium/chromedriver"]
        .into_iter()
        .find(|p| std::path::Path::new(p).exists())
        .map(str::to_owned);
    if found.is_none() {
        assert!(
            !std::env::var("CI").is_ok_and(|v| v == "true"),
            "CI=true but chromedriver is missing: install chromium and chromium-driver"
        );
        eprintln!("skipping the browser test: chromedriver not installed");
    }
    found
}

pub(crate) fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .map(|a| a.port())
        .expect("free port")
}

pub(crate) async fn browser(driver: &str, window: &str) -> Client {
    // Two TLS backends are linked (sqlx's and fantoccini's); name one. The driver is plain http.
    let _ = rustls::crypto::ring::default_provider().install_default();
    let mut caps = serde_json::Map::new();
    let mut options = json!({"args": ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--no-first-run", "--disable-quic", window]});
    // Headless Chromium makes no window narrower than 500 px: a phone's width is emulated.
    let size = window
        .strip_prefix("--window-size=")
        .and_then(|s| s.split_once(','));
    if let Some((w, h)) =
        size.and_then(|(w, h)| Some((w.parse::<u32>().ok()?, h.parse::<u32>().ok()?)))
        && w < 500
    {
        options["mobileEmulation"] = json!({"deviceMetrics":
            {"width": w, "height": h, "pixelRatio": 1.0, "mobile": false, "touch": true}});
    }
    caps.insert("goog:chromeOptions".into(), options);
    ClientBuilder::rustls()
        .expect("tls")
        .capabilities(caps)
        .connect(driver)
        .await
        .expect("browser session")
}

pub(crate) async fn fill(c: &Client, id: &str, text: &str) {
    let el = c
        .find(Locator::Id(id))
        .await
        .unwrap_or_else(|e| panic!("#{id}: {e}"));
    el.clear().await.expect("clear");
    el.send_keys(text).await.expect("type");
}

pub(crate) async fn click_button(c: &Client, label: &str) {
    c.find(Locator::XPath(&format!(
        "//button[normalize-space(.)='{label}']"
    )))
    .await
    .unwrap_or_else(|e| panic!("button {label}: {e}"))
    .click()
    .await
    .expect("click");
}

pub(crate) async fn wait_heading(c: &Client, text: &str) {
    let found = c
        .wait()
        .at_most(Duration::from_secs(15))
        .for_element(Locator::XPath(&format!(
            "//h1[normalize-space(.)=\"{text}\"]"
        )))
        .await;
    if found.is_err() {
        let src = c.source().await.unwrap_or_default();
        panic!(
            "no heading {text:?} on {:?}:\n{src}",
            c.current_url().await.ok()
        );
    }
}

pub(crate) async fn shot(c: &Client, name: &str) {
    if let Ok(dir) = std::env::var("CONVENE_SCREENSHOTS") {
        let png = c.screenshot().await.expect("screenshot");
        std::fs::write(std::path::Path::new(&dir).join(format!("{name}.png")), png)
            .expect("write screenshot");
    }
}

/// A running chromedriver (killed when dropped) and its address, or `None` to skip.
pub(crate) async fn driver() -> Option<(tokio::process::Child, String)> {
    let driver_bin = chromedriver()?;
    let port = free_port();
    let child = tokio::process::Command::new(driver_bin)
        .arg(format!("--port={port}"))
        .stdout(std::process::Stdio::null())
        .kill_on_drop(true)
        .spawn()
        .expect("start chromedriver");
    for _ in 0..100 {
        if tokio::net::TcpStream::connect(("127.0.0.1", port))
            .await
            .is_ok()
        {
            break;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    Some((child, format!("http://127.0.0.1:{port}")))
}

pub async fn setup_invite_and_join() {
    let Some((_driver, driver)) = driver().await else {
        return;
    };
    let server = Server::start_in(&temp_dir("browser"), &[]).await;
    let setup = server.setup_link.clone().expect("setup link");

    let host = browser(&driver, "--window-size=1280,900").await;
    host.goto(&setup).await.expect("open setup link");
    wait_heading(&host, "Welcome: set up convene").await;
    fill(&host, "name", "Ada Steward").await;
    fill(&host, "email", "ada@example.org").await;
    fill(&host, "password", "a long enough password").await;
    click_button(&host, "Create my account").await;
    wait_heading(&host, "Create a community").await;
    fill(&host, "name", "Harbour Circle").await;
    fill(
        &host,
        "purpose",
        "Neighbours and partners improving the harbour together.",
    )
    .await;
    fill(&host, "home_organization", "Harbour Cooperative").await;
    click_button(&host, "Create community").await;
    wait_heading(&host, "Harbour Circle").await;
    shot(&host, "1-community").await;
    host.find(Locator::LinkText("Invitations"))
        .await
        .expect("invitations link")
        .click()
        .await
        .expect("click");
    wait_heading(&host, "Invitations").await;
    fill(
        &host,
        "calling_question",
        "What would make the harbour a place for everyone?",
    )
    .await;
    click_button(&host, "Create invitation").await;
    let link_el = host
        .wait()
        .at_most(Duration::from_secs(15))
        .for_element(Locator::Id("created-link"))
        .await
        .expect("the invitation link is shown");
    let link = link_el.prop("value").await.expect("value").expect("link");
    assert!(
        link.starts_with(&format!("{}/invite/", server.url)),
        "{link}"
    );
    shot(&host, "2-invitation").await;
    // copy.js adds a button beside the read-only link (no inline script); it says what it did.
    click_button(&host, "Copy").await;
    let said = host
        .wait()
        .at_most(Duration::from_secs(5))
        .for_element(Locator::XPath(
            "//span[contains(@class,'copy-status') and string-length(normalize-space(.)) > 0]",
        ))
        .await;
    assert!(said.is_ok(), "the copy button reports what happened");

    let guest = browser(&driver, "--window-size=390,844").await;
    guest.goto(&link).await.expect("open invitation");
    wait_heading(&guest, "You are invited to Harbour Circle").await;
    assert!(
        guest
            .source()
            .await
            .expect("source")
            .contains("What would make the harbour a place for everyone?")
    );
    shot(&guest, "3-invite-phone").await;
    fill(&guest, "name", "Noor Newcomer").await;
    fill(&guest, "email", "noor@example.org").await;
    fill(&guest, "password", "another long password").await;
    click_button(&guest, "Accept and join").await;
    wait_heading(&guest, "Harbour Circle").await;
    let page = guest.source().await.expect("source");
    assert!(
        page.contains("Welcome to Harbour Circle, Noor Newcomer."),
        "{page}"
    );
    assert!(
        page.contains("Harbour Cooperative") && page.contains("Member"),
        "{page}"
    );
    shot(&guest, "4-joined-phone").await;

    host.goto(&format!("{}/c/harbour-circle/members", server.url))
        .await
        .expect("members");
    wait_heading(&host, "Members (2)").await;
    assert!(
        host.source()
            .await
            .expect("source")
            .contains("Noor Newcomer")
    );
    host.close().await.expect("close");
    guest.close().await.expect("close");
}

/// axe-core 4.11.0 from npm (`npm pack axe-core@4.11.0`, MPL-2.0).
const AXE: &str = include_str!("vendor/axe-4.11.0.min.js");

pub(crate) async fn js(c: &Client, script: &str) -> Value {
    c.execute(script, Vec::new())
        .await
        .unwrap_or_else(|e| panic!("{script}: {e}"))
}

/// Every axe-core violation on the current page (WCAG 2.x A and AA and best practices).
pub(crate) async fn axe_violations(c: &Client) -> Vec<String> {
    js(c, &format!("{AXE}\nreturn typeof window.axe;")).await;
    let found = c
        .execute_async(
            "const done = arguments[arguments.length - 1];
             axe.run(document, { resultTypes: ['violations'] })
               .then(r => done(r.violations.map(v => v.id + ': ' + v.help + ' — ' +
                   v.nodes.slice(0, 3).map(n => n.target.join(' ')).join(' | '))))
               .catch(e => done(['axe failed: ' + e]));",
            Vec::new(),
        )
        .await
        .expect("axe ran");
    serde_json::from_value(found).expect("a list of violations")
}

pub(crate) async fn assert_accessible(c: &Client, page: &str) {
    let v = axe_violations(c).await;
    assert!(v.is_empty(), "axe-core on {page}:\n{}", v.join("\n"));
}

pub(crate) async fn sign_in(c: &Client, url: &str, email: &str, password: &str) {
    c.goto(&format!("{url}/signin")).await.expect("signin");
    fill(c, "email", email).await;
    fill(c, "password", password).await;
    click_button(c, "Sign in").await;
    c.wait()
        .at_most(Duration::from_secs(15))
        .for_element(Locator::Css("form[action='/signout']"))
        .await
        .expect("signed in");
}

/// Pages left behind free their live streams. Chrome keeps recent pages in its back/forward
/// cache with their connections open; when each held its inbox stream, the sixth page found
/// all six connections to the server taken and waited about a minute for one. Navigation has
/// a page-load limit here far below that wait, so the stall fails the test instead of
/// slowing it.
pub async fn pages_left_behind_free_their_streams() {
    let Some((_driver, driver)) = driver().await else {
        return;
    };
    let server = Server::start_in(&temp_dir("streams"), &["--demo"]).await;
    let password = server.demo_password.clone().expect("demo password");
    let url = &server.url;
    let c = browser(&driver, "--window-size=1280,900").await;
    sign_in(&c, url, "steward@demo.convene.test", &password).await;
    c.update_timeouts(fantoccini::wd::TimeoutConfiguration::new(
        None,
        Some(Duration::from_secs(20)),
        None,
    ))
    .await
    .expect("page load limit");
    let pages = ["/", "/account", "/inbox", "/library", "/c/riverbend"];
    for (i, page) in pages.iter().cycle().take(12).enumerate() {
        c.goto(&format!("{url}{page}"))
            .await
            .unwrap_or_else(|e| panic!("page {i} ({page}) did not load: {e}"));
        assert!(
            c.find(Locator::Id("inbox-link")).await.is_ok(),
            "page {i} ({page}) is signed in"
        );
    }
    c.close().await.expect("close");
}
