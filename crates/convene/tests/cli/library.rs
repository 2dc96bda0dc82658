//! The practice library as a visitor who never signed in sees it, on a phone: browse, filter
//! by a pattern, open a practice and one of its patterns; no sideways scrolling, and
//! axe-core finds nothing on any of the pages.

use crate::browser::{assert_accessible, browser, driver, js, shot};

use crate::server::{Server, temp_dir};
use fantoccini::Locator;

pub async fn a_visitor_browses_the_library_on_a_phone() {
    let Some((_driver, driver)) = driver().await else {
        return;
    };
    let server = Server::start_in(&temp_dir("library"), &[]).await;
    let c = browser(&driver, "--window-size=390,844").await;
    let fits =
        "return document.documentElement.scrollWidth <= document.documentElement.clientWidth;";
    c.goto(&format!("{}/library", server.url))
        .await
        .expect("library");
    assert_accessible(&c, "library").await;
    assert_eq!(
        js(&c, fits).await,
        serde_json::Value::Bool(true),
        "no sideways scroll"
    );
    shot(&c, "library-phone").await;
    // Filter by a pattern through the form, as a person would.
    c.find(Locator::Css("#pattern option[value='law-of-two-feet']"))
        .await
        .expect("the pattern is offered")
        .click()
        .await
        .expect("choose");
    c.find(Locator::XPath(
        "//button[normalize-space(.)='Show practices']",
    ))
    .await
    .expect("button")
    .click()
    .await
    .expect("submit");
    for _ in 0..50 {
        let at = c.current_url().await.expect("url");
        if at
            .query()
            .is_some_and(|q| q.contains("pattern=law-of-two-feet"))
        {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    let count = c
        .find(Locator::Id("count"))
        .await
        .expect("count")
        .text()
        .await
        .expect("text");
    assert!(
        count.ends_with("practices.") && !count.starts_with("0 "),
        "{count}"
    );
    c.find(Locator::LinkText("Open Space"))
        .await
        .expect("Open Space listed")
        .click()
        .await
        .expect("open");
    c.wait()
        .for_element(Locator::XPath("//h1[normalize-space(.)='Open Space']"))
        .await
        .expect("the practice page");
    assert_accessible(&c, "practice").await;
    assert_eq!(
        js(&c, fits).await,
        serde_json::Value::Bool(true),
        "no sideways scroll"
    );
    shot(&c, "library-practice-phone").await;
    c.find(Locator::Css("#patterns a"))
        .await
        .expect("a pattern")
        .click()
        .await
        .expect("open");
    c.wait()
        .for_element(Locator::Css("#practices"))
        .await
        .expect("the pattern page lists practices");
    assert_accessible(&c, "pattern").await;
    c.close().await.expect("close");
}
