//! A browser turns on a second factor from the QR code's secret, then signs in with a code
//! from it (phone-sized window for the code step), every page checked by axe-core.

use crate::browser::assert_accessible;
use crate::browser::{browser, click_button, driver, fill, shot, wait_heading};
use crate::server::{Server, temp_dir};
use fantoccini::Locator;
use std::time::{Duration, SystemTime, UNIX_EPOCH};
use totp_rs::{Builder, Secret};

fn now() -> u64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .expect("clock")
        .as_secs()
}

fn code(secret: &str) -> String {
    Builder::new()
        .with_secret(Secret::try_from_base32(secret).expect("base32"))
        .build()
        .expect("totp")
        .generate(now())
        .to_string()
}

pub async fn enrol_and_sign_in() {
    let Some((_driver, driver)) = driver().await else {
        return;
    };
    let server = Server::start_in(&temp_dir("second-factor"), &[]).await;
    let setup = server.setup_link.clone().expect("setup link");
    let b = browser(&driver, "--window-size=1280,900").await;
    b.goto(&setup).await.expect("open setup link");
    wait_heading(&b, "Welcome: set up convene").await;
    fill(&b, "name", "Ada Steward").await;
    fill(&b, "email", "ada@example.org").await;
    fill(&b, "password", "a long enough password").await;
    click_button(&b, "Create my account").await;
    wait_heading(&b, "Create a community").await;
    b.goto(&format!("{}/account", server.url))
        .await
        .expect("account");
    wait_heading(&b, "Your account").await;
    assert_accessible(&b, "account").await;
    click_button(&b, "Set up an authenticator app").await;
    wait_heading(&b, "Second factor").await;
    assert!(
        b.find(Locator::Css("figure.qr svg")).await.is_ok(),
        "QR code shown"
    );
    assert_accessible(&b, "enrolment").await;
    shot(&b, "2fa-1-enrol").await;
    let secret = b
        .find(Locator::Id("totp-secret"))
        .await
        .expect("secret")
        .text()
        .await
        .expect("text");
    let first = code(&secret);
    fill(&b, "code", &first).await;
    click_button(&b, "Turn on the second factor").await;
    b.wait()
        .at_most(Duration::from_secs(15))
        .for_element(Locator::Css(".recovery-codes"))
        .await
        .expect("recovery codes shown");
    let codes = b
        .find_all(Locator::Css(".recovery-codes code"))
        .await
        .expect("codes");
    assert_eq!(codes.len(), 10);
    assert_accessible(&b, "recovery codes").await;
    b.close().await.expect("close");

    // Sign in on a phone: password, then a code of a later time step than the one used.
    let phone = browser(&driver, "--window-size=390,844").await;
    phone
        .goto(&format!("{}/signin", server.url))
        .await
        .expect("signin");
    wait_heading(&phone, "Sign in").await;
    fill(&phone, "email", "ada@example.org").await;
    fill(&phone, "password", "a long enough password").await;
    click_button(&phone, "Sign in").await;
    wait_heading(&phone, "Your code").await;
    assert_accessible(&phone, "code step").await;
    shot(&phone, "2fa-2-code-phone").await;
    let mut next = code(&secret);
    while next == first {
        tokio::time::sleep(Duration::from_secs(1)).await;
        next = code(&secret);
    }
    fill(&phone, "code", &next).await;
    click_button(&phone, "Sign in").await;
    // Wait for the sign-in to land before opening another page.
    for _ in 0..75 {
        if phone
            .current_url()
            .await
            .is_ok_and(|u| !u.path().starts_with("/signin"))
        {
            break;
        }
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
    phone
        .goto(&format!("{}/account", server.url))
        .await
        .expect("account");
    wait_heading(&phone, "Your account").await;
    assert!(
        phone
            .source()
            .await
            .expect("source")
            .contains("10 of your 10 recovery codes are unused")
    );
    phone.close().await.expect("close");
}
