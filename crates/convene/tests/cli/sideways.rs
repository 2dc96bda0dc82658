//! No page scrolls sideways on a 390 px phone: a steward on the demo follows every link from
//! the start page (breadth first, downloads, streams and sign-out left out) and on each page
//! the document is no wider than the screen. Wide content (the wall, tables) scrolls inside
//! its own box; what pushes the page is named with the page.

use crate::browser::{browser, driver, js, sign_in};
use crate::server::{Server, temp_dir};
use serde_json::Value;
use std::collections::{BTreeSet, VecDeque};

/// How many pages the walk opens: every kind of page of the demo, within a minute or two.
const PAGES: usize = 90;

/// The page's width against the screen's, the elements that reach past its right edge
/// outside a scrolling box, and the same-origin links to follow.
const MEASURE: &str = r#"
const inside = '.scroll, .wall-scroll, pre, [data-kiosk]';
const wide = [];
for (const e of document.querySelectorAll('body *')) {
  const r = e.getBoundingClientRect();
  if (r.width > 0 && r.right > window.innerWidth + 1 && !e.closest(inside))
    wide.push(e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + (e.className && typeof e.className === 'string' ? '.' + e.className.split(' ')[0] : ''));
}
const links = [...document.querySelectorAll('a[href]')]
  .map(a => new URL(a.href, location.href))
  .filter(u => u.origin === location.origin)
  .map(u => u.pathname);
return { page: document.documentElement.scrollWidth, screen: window.innerWidth, wide: wide.slice(0, 4), links };
"#;

/// Paths not to open: leaving, downloads and feeds, streams, the API, one-time links.
fn skipped(path: &str) -> bool {
    let ends = [
        ".ics", ".csv", ".md", ".pdf", ".json", ".atom", ".graphml", ".gexf", ".xml", ".png",
        ".svg", "/live",
    ];
    let has = [
        "/signout",
        "/api/",
        "/static/",
        "/unsubscribe",
        "/feed/",
        "/display/",
    ];
    ends.iter().any(|e| path.ends_with(e)) || has.iter().any(|h| path.contains(h))
}

pub async fn no_page_scrolls_sideways_on_a_phone() {
    let Some((_driver, driver)) = driver().await else {
        return;
    };
    let server = Server::start_in(&temp_dir("sideways"), &["--demo"]).await;
    let password = server.demo_password.clone().expect("demo password");
    let url = &server.url;
    let c = browser(&driver, "--window-size=390,844").await;
    sign_in(&c, url, "steward@demo.convene.test", &password).await;

    let mut queue = VecDeque::from(["/".to_owned()]);
    let mut seen = BTreeSet::new();
    let mut wide = vec![];
    while let Some(path) = queue.pop_front() {
        if seen.len() >= PAGES {
            break;
        }
        if !seen.insert(path.clone()) {
            continue;
        }
        c.goto(&format!("{url}{path}")).await.expect("open page");
        let m = js(&c, MEASURE).await;
        let (page, screen) = (m["page"].as_u64(), m["screen"].as_u64());
        assert_eq!(screen, Some(390), "{path}: the screen is a phone's");
        if page > screen.map(|s| s + 1) {
            wide.push(format!("{path}: {page:?} px wide, {}", m["wide"]));
        }
        let links = m["links"].as_array().cloned().unwrap_or_default();
        for l in links.iter().filter_map(Value::as_str) {
            if !skipped(l) && !seen.contains(l) {
                queue.push_back(l.to_owned());
            }
        }
    }
    assert!(
        seen.len() >= 60,
        "the walk reached {} pages: {seen:?}",
        seen.len()
    );
    assert!(
        wide.is_empty(),
        "pages wider than a 390 px phone:\n{}",
        wide.join("\n")
    );
    c.close().await.expect("close");
}
