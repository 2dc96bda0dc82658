//! Search in a real browser on the demo, on a phone: a member types words into the box in
//! the community menu and gets ranked results with the words marked, narrows them to one
//! kind with the filter form (no JavaScript needed: plain GET forms), and opens one. The
//! page fits 390 px without sideways scrolling and axe-core finds nothing.

use crate::browser::wait_heading;
use crate::browser::{assert_accessible, browser, click_button, driver, fill, js, shot, sign_in};
use crate::server::{Server, temp_dir};
use fantoccini::Locator;
use std::time::Duration;

async fn main_text(c: &fantoccini::Client) -> String {
    c.find(Locator::Css("main"))
        .await
        .expect("main")
        .text()
        .await
        .expect("text")
}

pub async fn a_member_searches_on_a_phone() {
    let Some((_driver, driver)) = driver().await else {
        return;
    };
    let server = Server::start_in(&temp_dir("search"), &["--demo"]).await;
    let password = server.demo_password.clone().expect("demo password");
    let url = &server.url;
    let c = browser(&driver, "--window-size=390,844").await;
    sign_in(&c, url, "member@demo.convene.test", &password).await;
    c.goto(&format!("{url}/c/riverbend"))
        .await
        .expect("community");
    // The runner indexes the demo in the background after the start: ask until it has.
    let mut text = String::new();
    for _ in 0..60 {
        fill(&c, "nav-q", "flood warnings").await;
        c.find(Locator::Css("form.nav-search button"))
            .await
            .expect("search button")
            .click()
            .await
            .expect("search");
        wait_heading(&c, "Search").await;
        text = main_text(&c).await;
        if !text.contains("Nothing you may read") {
            break;
        }
        tokio::time::sleep(Duration::from_millis(500)).await;
    }
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
    click_button(&c, "Search").await;
    for _ in 0..50 {
        let at = c.current_url().await.expect("url");
        if at.query().is_some_and(|q| q.contains("kind=session")) {
            break;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    let text = main_text(&c).await;
    assert!(text.contains("Session · by"), "{text}");
    assert!(!text.contains("Report · by"), "only sessions: {text}");
    // A result opens where it is read.
    c.find(Locator::Css("#results li a"))
        .await
        .expect("a result")
        .click()
        .await
        .expect("open");
    for _ in 0..50 {
        let at = c.current_url().await.expect("url");
        if at.path().contains("/s/") {
            break;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    assert!(c.current_url().await.expect("url").path().contains("/s/"));
    assert!(main_text(&c).await.contains("Flood warnings"));
    c.close().await.expect("close");
}
