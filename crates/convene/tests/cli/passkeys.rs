//! A browser with Chromium's virtual authenticator (WebDriver's WebAuthn extension: CTAP2,
//! internal transport, resident keys, user verification) adds a passkey on the account page,
//! signs out, and signs in again with its password and then the passkey.

use crate::browser::{
    assert_accessible, browser, click_button, driver, fill, free_port, wait_heading,
};
use crate::server::{Server, temp_dir};
use axum::http::Method;
use fantoccini::Locator;
use fantoccini::wd::WebDriverCompatibleCommand;
use std::time::Duration;

/// `POST /session/{id}/webauthn/authenticator`: a platform authenticator that verifies its user.
#[derive(Debug)]
struct AddVirtualAuthenticator;

impl WebDriverCompatibleCommand for AddVirtualAuthenticator {
    fn endpoint(
        &self,
        base_url: &url::Url,
        session_id: Option<&str>,
    ) -> Result<url::Url, url::ParseError> {
        base_url.join(&format!(
            "session/{}/webauthn/authenticator",
            session_id.unwrap_or_default()
        ))
    }

    fn method_and_body(&self, _: &url::Url) -> (Method, Option<String>) {
        let body = serde_json::json!({
            "protocol": "ctap2",
            "transport": "internal",
            "hasResidentKey": true,
            "hasUserVerification": true,
            "isUserVerified": true,
        });
        (Method::POST, Some(body.to_string()))
    }
}

async fn wait_away_from(c: &fantoccini::Client, prefix: &str) {
    for _ in 0..75 {
        if c.current_url()
            .await
            .is_ok_and(|u| !u.path().starts_with(prefix))
        {
            return;
        }
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
    panic!(
        "still on {prefix}: {}",
        c.source().await.unwrap_or_default()
    );
}

pub async fn enrol_and_sign_in() {
    let Some((_driver, driver)) = driver().await else {
        return;
    };
    // Browsers refuse passkeys for an IP address: the public URL names localhost.
    let port = free_port();
    let public = format!("http://localhost:{port}");
    let server = Server::start_listening(
        &temp_dir("passkeys"),
        &format!("127.0.0.1:{port}"),
        &["--public-url", &public],
    )
    .await;
    assert_eq!(server.url, public);
    let setup = server.setup_link.clone().expect("setup link");
    let b = browser(&driver, "--window-size=1280,900").await;
    b.issue_cmd(AddVirtualAuthenticator)
        .await
        .expect("virtual authenticator");
    b.goto(&setup).await.expect("open setup link");
    wait_heading(&b, "Welcome: set up convene").await;
    fill(&b, "name", "Ada Steward").await;
    fill(&b, "email", "ada@example.org").await;
    fill(&b, "password", "a long enough password").await;
    click_button(&b, "Create my account").await;
    wait_heading(&b, "Create a community").await;
    b.goto(&format!("{public}/account")).await.expect("account");
    wait_heading(&b, "Your account").await;
    fill(&b, "passkey-name", "laptop").await;
    click_button(&b, "Add a passkey").await;
    wait_heading(&b, "Passkey added").await;
    let codes = b
        .find_all(Locator::Css(".recovery-codes code"))
        .await
        .expect("codes");
    assert_eq!(codes.len(), 10);
    assert_accessible(&b, "passkey added").await;
    b.goto(&format!("{public}/account")).await.expect("account");
    wait_heading(&b, "Your account").await;
    let page = b.source().await.expect("source");
    assert!(page.contains("<strong>laptop</strong>"), "{page}");
    assert!(page.contains("not used yet"));
    click_button(&b, "Sign out").await;
    wait_away_from(&b, "/account").await;

    // Password, then the passkey.
    b.goto(&format!("{public}/signin")).await.expect("signin");
    wait_heading(&b, "Sign in").await;
    fill(&b, "email", "ada@example.org").await;
    fill(&b, "password", "a long enough password").await;
    click_button(&b, "Sign in").await;
    wait_heading(&b, "Your code").await;
    assert_accessible(&b, "passkey step").await;
    click_button(&b, "Use my passkey").await;
    wait_away_from(&b, "/signin").await;
    b.goto(&format!("{public}/account")).await.expect("account");
    wait_heading(&b, "Your account").await;
    let page = b.source().await.expect("source");
    assert!(page.contains("last used"), "{page}");
    b.close().await.expect("close");
}
