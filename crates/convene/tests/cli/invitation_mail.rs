//! The binary with a mail server configured (one that is down): a personal invitation's
//! delivery state and the Resend button on the invitations page, on a phone and a laptop,
//! checked by axe-core.

use crate::browser::assert_accessible;
use crate::browser::{browser, click_button, driver, fill, shot, wait_heading};
use crate::server::{Server, temp_dir};
use fantoccini::Locator;
use std::time::Duration;

pub async fn delivery_state_and_resend() {
    let Some((_driver, driver)) = driver().await else {
        return;
    };
    // A port nobody listens on: every attempt fails, and the page says so.
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .map(|a| a.port())
        .expect("port")
        .to_string();
    let args = [
        "--smtp-host",
        "127.0.0.1",
        "--smtp-port",
        &port,
        "--smtp-tls",
        "false",
        "--mail-from",
        "convene <convene@example.org>",
    ];
    let server = Server::start_in(&temp_dir("invitation-mail"), &args).await;
    let setup = server.setup_link.clone().expect("setup link");
    let b = browser(&driver, "--window-size=390,844").await;
    b.goto(&setup).await.expect("open setup link");
    wait_heading(&b, "Welcome: set up convene").await;
    fill(&b, "name", "Ada Steward").await;
    fill(&b, "email", "ada@example.org").await;
    fill(&b, "password", "a long enough password").await;
    click_button(&b, "Create my account").await;
    wait_heading(&b, "Create a community").await;
    fill(&b, "name", "Harbour Circle").await;
    fill(&b, "purpose", "Neighbours improving the harbour together.").await;
    fill(&b, "home_organization", "Harbour Cooperative").await;
    click_button(&b, "Create community").await;
    wait_heading(&b, "Harbour Circle").await;
    let invitations = format!("{}/c/harbour-circle/invitations", server.url);
    b.goto(&invitations).await.expect("invitations");
    wait_heading(&b, "Invitations").await;
    fill(&b, "email", "noor@example.org").await;
    fill(
        &b,
        "calling_question",
        "What would make the harbour a place for everyone?",
    )
    .await;
    click_button(&b, "Create invitation").await;
    b.wait()
        .at_most(Duration::from_secs(15))
        .for_element(Locator::Id("created-link"))
        .await
        .expect("created");
    // The runner tries at once; the first attempt fails against the closed port.
    let mut page = String::new();
    for _ in 0..50 {
        b.goto(&invitations).await.expect("invitations");
        page = b.source().await.expect("source");
        if page.contains("attempt 1 failed") {
            break;
        }
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
    assert!(page.contains("attempt 1 failed"), "{page}");
    assert_accessible(&b, "invitations with a delivery state").await;
    shot(&b, "mail-1-invitations-phone").await;
    click_button(&b, "Resend e-mail (new link)").await;
    b.wait()
        .at_most(Duration::from_secs(15))
        .for_element(Locator::Id("flash"))
        .await
        .expect("a message says what happened");
    let page = b.source().await.expect("source");
    assert!(
        page.contains("A new invitation e-mail to noor@example.org is on its way"),
        "{page}"
    );
    assert_accessible(&b, "invitations after resend").await;
    b.close().await.expect("close");
    // The same page on a laptop, signed in there.
    let laptop = browser(&driver, "--window-size=1280,900").await;
    laptop
        .goto(&format!("{}/signin", server.url))
        .await
        .expect("signin");
    fill(&laptop, "email", "ada@example.org").await;
    fill(&laptop, "password", "a long enough password").await;
    click_button(&laptop, "Sign in").await;
    for _ in 0..75 {
        if laptop
            .current_url()
            .await
            .is_ok_and(|u| u.path() != "/signin")
        {
            break;
        }
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
    laptop.goto(&invitations).await.expect("invitations");
    wait_heading(&laptop, "Invitations").await;
    shot(&laptop, "mail-2-invitations-laptop").await;
    laptop.close().await.expect("close");
}
