//! Governance pages in a real browser on the demo: a member on a phone reads the moderation
//! log with pseudonyms only; the second steward on a laptop opens the queue, claims a case,
//! decides it with a reason (each step says what happened), and reads the log with names.
//! axe-core finds no violation on either page.

use crate::browser::{browser, click_button, driver, shot, wait_heading};
use crate::network::{assert_accessible, sign_in};
use crate::server::{Server, temp_dir};
use fantoccini::{Client, Locator};

/// Waits for the status message that says what happened.
async fn said(c: &Client, text: &str) -> String {
    let found = c
        .wait()
        .at_most(std::time::Duration::from_secs(15))
        .for_element(Locator::XPath(&format!(
            "//div[@role='status'][contains(., \"{text}\")]"
        )))
        .await;
    let page = body(c).await;
    assert!(found.is_ok(), "no message {text:?}: {page}");
    page
}

async fn body(c: &Client) -> String {
    c.find(Locator::Css("main"))
        .await
        .expect("main")
        .text()
        .await
        .expect("text")
}

pub async fn queue_and_log() {
    let Some((_driver, driver)) = driver().await else {
        return;
    };
    let server = Server::start_in(&temp_dir("governance"), &["--demo"]).await;
    let password = server.demo_password.clone().expect("demo password");
    let url = &server.url;

    let phone = browser(&driver, "--window-size=390,844").await;
    sign_in(&phone, url, "member@demo.convene.test", &password).await;
    phone
        .goto(&format!("{url}/c/riverbend/moderation/log"))
        .await
        .expect("log");
    wait_heading(&phone, "Moderation log").await;
    let text = body(&phone).await;
    for seen in ["Steward C", "Curator A", "The author", "Flags from members"] {
        assert!(text.contains(seen), "the member's log shows {seen}: {text}");
    }
    assert!(
        !text.contains("Samira Okafor"),
        "no names for members: {text}"
    );
    assert_accessible(&phone, "the moderation log (phone)").await;
    shot(&phone, "governance-log-phone").await;
    phone.close().await.expect("close");

    let laptop = browser(&driver, "--window-size=1280,900").await;
    sign_in(&laptop, url, "steward-2@demo.convene.test", &password).await;
    laptop
        .goto(&format!("{url}/c/riverbend/moderation"))
        .await
        .expect("queue");
    wait_heading(&laptop, "Moderation").await;
    assert!(body(&laptop).await.contains("Open cases (2)"));
    assert_accessible(&laptop, "the moderation queue").await;
    click_button(&laptop, "Claim this case").await;
    said(&laptop, "You claimed the case for 30 minutes").await;
    laptop
        .find(Locator::Css("textarea[name='reason']"))
        .await
        .expect("reason")
        .send_keys("These flags are right: the text advertises a product, not a session.")
        .await
        .expect("type");
    click_button(&laptop, "Decide").await;
    let text = said(&laptop, "Decided.").await;
    assert!(text.contains("Open cases (1)"), "{text}");
    shot(&laptop, "governance-queue-laptop").await;
    laptop
        .goto(&format!("{url}/c/riverbend/moderation/log"))
        .await
        .expect("log");
    let text = body(&laptop).await;
    assert!(
        text.contains("Samira Okafor (demo steward 2) (Steward)"),
        "{text}"
    );
    assert!(text.contains("advertises a product"), "{text}");
    laptop.close().await.expect("close");
}
