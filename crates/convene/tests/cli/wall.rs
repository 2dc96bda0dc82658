//! The live wall in a real browser on the demo: keyboard focus stays on the element it was on
//! while another client's change morphs the wall, the focus ring has 3:1 against the page, the
//! current menu items carry `aria-current`, my interest is marked on the wall, and the phone
//! view (390 × 844) needs no sideways scrolling. axe-core finds no violation on the pages.

use crate::browser::{
    assert_accessible, browser, click_button, driver, js, shot, sign_in, wait_heading,
};
use crate::server::{Server, post_form, temp_dir};
use fantoccini::Locator;
use serde_json::Value;
use std::time::Duration;

/// WCAG contrast of two `rgb(…)` colours.
fn contrast(a: &str, b: &str) -> f64 {
    let lum = |c: &str| {
        let v: Vec<f64> = c
            .trim_start_matches(|ch: char| !ch.is_ascii_digit())
            .split(|ch: char| !ch.is_ascii_digit() && ch != '.')
            .filter(|s| !s.is_empty())
            .take(3)
            .map(|s| s.parse::<f64>().expect("number") / 255.0)
            .map(|x| {
                if x <= 0.03928 {
                    x / 12.92
                } else {
                    ((x + 0.055) / 1.055).powf(2.4)
                }
            })
            .collect();
        0.2126 * v[0] + 0.7152 * v[1] + 0.0722 * v[2]
    };
    let (x, y) = (lum(a), lum(b));
    (x.max(y) + 0.05) / (x.min(y) + 0.05)
}

pub async fn focus_marks_and_phone_view() {
    let Some((_driver, driver)) = driver().await else {
        return;
    };
    let server = Server::start_in(&temp_dir("wall"), &["--demo"]).await;
    let url = server.url.clone();
    let password = server.demo_password.clone().expect("demo password");
    let c = browser(&driver, "--window-size=1280,900").await;
    sign_in(&c, &url, "member@demo.convene.test", &password).await;
    c.goto(&format!("{url}/c/riverbend/g")).await.expect("list");
    c.find(Locator::LinkText(
        "Autumn Open Space: from harvest to action",
    ))
    .await
    .expect("the upcoming gathering")
    .click()
    .await
    .expect("click");
    wait_heading(&c, "Autumn Open Space: from harvest to action").await;
    let gathering = c.current_url().await.expect("url").to_string();
    let path = gathering.trim_start_matches(&url).to_owned();

    // aria-current on the community menu (a page inside "Gatherings") and the gathering's menu.
    let current = js(
        &c,
        "return [...document.querySelectorAll('nav a[aria-current]')]
           .map(a => a.textContent.trim() + '=' + a.getAttribute('aria-current'));",
    )
    .await;
    assert_eq!(current, serde_json::json!(["Gatherings=true", "Wall=page"]));
    assert_accessible(&c, "the gathering page").await;

    // Let the live stream deliver its first wall, then focus a session's link with the keyboard.
    let version = js(
        &c,
        "return document.querySelector('[data-live]').dataset.version;",
    )
    .await;
    tokio::time::sleep(Duration::from_secs(2)).await;
    let link = js(
        &c,
        "return document.querySelector('table.wall td.session a').id;",
    )
    .await;
    let link = link.as_str().expect("a session link with an id").to_owned();
    js(
        &c,
        &format!("document.getElementById('{link}').focus(); return 1;"),
    )
    .await;
    assert_eq!(
        js(&c, "return document.activeElement.id;").await,
        link.as_str()
    );

    // The focus ring against the page: at least 3:1 (WCAG 1.4.11).
    let ring = js(
        &c,
        "return getComputedStyle(document.activeElement).outlineColor + '|' +
                getComputedStyle(document.body).backgroundColor;",
    )
    .await;
    let (fg, bg) = ring
        .as_str()
        .expect("colours")
        .split_once('|')
        .expect("two");
    let ratio = contrast(fg, bg);
    assert!(ratio >= 3.0, "focus ring {fg} on {bg}: {ratio:.2}:1");

    // Another client (the host, over plain HTTP) changes the wall: interest in that session.
    let sid = link
        .trim_start_matches("s-")
        .trim_end_matches("-link")
        .to_owned();
    let form = format!("email=host%40demo.convene.test&password={password}");
    let (status, headers) = post_form(&url, "/signin", &form, None).await;
    assert_eq!(status, 303);
    let cookie = headers
        .lines()
        .find(|l| l.to_lowercase().starts_with("set-cookie: "))
        .and_then(|l| {
            l["set-cookie: ".len()..]
                .split(';')
                .next()
                .map(str::to_owned)
        })
        .expect("host cookie");
    let (status, headers) = post_form(
        &url,
        &format!("{path}/s/{sid}/interest"),
        "on=1",
        Some(&cookie),
    )
    .await;
    assert_eq!(status, 303);
    assert!(headers.contains("done=interest-on"), "{headers}");
    let mut morphed = false;
    for _ in 0..100 {
        let v = js(
            &c,
            "return document.querySelector('[data-live]').dataset.version;",
        )
        .await;
        if v != version {
            morphed = true;
            break;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    assert!(morphed, "the live wall followed the host's change");
    assert_eq!(
        js(&c, "return document.activeElement.id;").await,
        link.as_str(),
        "focus stays on the same element across the live update"
    );

    // My interest is marked on the wall: every wanted session on it carries "You want to join".
    let marks = js(
        &c,
        "const box = document.querySelector('[data-live]');
         const mine = (box.dataset.mine || '').split(' ').filter(Boolean);
         const cards = mine.map(id => box.querySelector('[data-session=\"' + id + '\"]')).filter(Boolean);
         return [cards.length, cards.filter(c => c.classList.contains('mine') && c.querySelector('.you')).length];",
    )
    .await;
    assert_eq!(
        marks[0], marks[1],
        "every session of mine is marked: {marks}"
    );
    shot(&c, "wall-focus").await;

    // The session page.
    c.goto(&format!("{gathering}/s/{sid}"))
        .await
        .expect("session");
    c.wait()
        .at_most(Duration::from_secs(10))
        .for_element(Locator::Id("conveners"))
        .await
        .expect("session facts");
    assert_accessible(&c, "the session page").await;
    c.close().await.expect("close");

    // The phone view at 390 × 844: no sideways scrolling, axe-clean, kept as a screenshot.
    let phone = browser(&driver, "--window-size=390,844").await;
    sign_in(&phone, &url, "member@demo.convene.test", &password).await;
    phone
        .goto(&format!("{gathering}/now"))
        .await
        .expect("phone view");
    phone
        .wait()
        .at_most(Duration::from_secs(10))
        .for_element(Locator::Id("my-h"))
        .await
        .expect("my sessions");
    let wide = js(
        &phone,
        "return [document.documentElement.scrollWidth, document.documentElement.clientWidth];",
    )
    .await;
    assert!(
        wide[0].as_i64() <= wide[1].as_i64(),
        "the phone view fits without sideways scrolling: {wide}"
    );
    shot(&phone, "wall-phone-now").await;
    assert_accessible(&phone, "the phone view").await;
    // An action from the phone view comes back to it, with a message, at the session.
    let buttons = phone
        .find_all(Locator::XPath(
            "//section[.//h2[@id='next-h']]//button[normalize-space(.)='I want to join']",
        ))
        .await
        .expect("buttons");
    if let Some(b) = buttons.first() {
        b.click().await.expect("click");
        phone
            .wait()
            .at_most(Duration::from_secs(10))
            .for_element(Locator::Id("flash"))
            .await
            .expect("a message after the action");
        let at = phone.current_url().await.expect("url").to_string();
        assert!(at.contains("/now?done=interest-on"), "{at}");
        // The session acted on is in view (htmx followed the redirect; live.js scrolls to it).
        let mut seen = Value::Null;
        for _ in 0..30 {
            seen = js(
                &phone,
                "const f = document.getElementById('flash');
                 const t = f && document.getElementById(f.dataset.item);
                 if (!t) return 'no item';
                 const r = t.getBoundingClientRect();
                 return r.top >= 0 && r.top < window.innerHeight;",
            )
            .await;
            if seen == Value::Bool(true) {
                break;
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        assert_eq!(seen, Value::Bool(true), "the session acted on is in view");
        shot(&phone, "wall-phone-after").await;
        assert_accessible(&phone, "the phone view after an action").await;
    }
    // My own session on the phone: its facts, moving it, and the question before taking it off
    // the wall (nothing changes until confirmed).
    phone.goto(&gathering).await.expect("wall");
    wait_heading(&phone, "Autumn Open Space: from harvest to action").await;
    let own = js(
        &phone,
        "const td = [...document.querySelectorAll('table.wall td.session')]
           .find(td => td.textContent.includes('(demo member)'));
         return td ? td.querySelector('a').getAttribute('href') : null;",
    )
    .await;
    if let Some(own) = own.as_str() {
        phone
            .goto(&format!("{url}{own}"))
            .await
            .expect("own session");
        phone
            .wait()
            .at_most(Duration::from_secs(10))
            .for_element(Locator::Id("current-cell"))
            .await
            .expect("where it is now");
        let chosen = js(
            &phone,
            "const s = document.getElementById('cell'); return s.options[s.selectedIndex].text;",
        )
        .await;
        assert!(
            chosen
                .as_str()
                .is_some_and(|t| t.ends_with("(where it is now)")),
            "{chosen}"
        );
        shot(&phone, "wall-phone-own-session").await;
        assert_accessible(&phone, "one's own session page").await;
        click_button(&phone, "Take it off the wall…").await;
        phone
            .wait()
            .at_most(Duration::from_secs(10))
            .for_element(Locator::Id("confirm"))
            .await
            .expect("the question");
        shot(&phone, "wall-phone-confirm").await;
        assert_accessible(&phone, "the confirmation").await;
        phone
            .find(Locator::LinkText("No, go back"))
            .await
            .expect("a way back")
            .click()
            .await
            .expect("click");
        phone
            .wait()
            .at_most(Duration::from_secs(10))
            .for_element(Locator::Id("current-cell"))
            .await
            .expect("still on the wall");
    }
    phone.close().await.expect("close");
}
