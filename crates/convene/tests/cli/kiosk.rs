//! The kiosk in a real browser on the demo: picking a room in the filter shows that room at
//! once, with no CSP violation and no script error (the filter was an inline `onchange`,
//! which our own CSP blocked); a one-room view shows free cells as "Free"; a display link made
//! by the steward opens the wall in a browser that never signed in.

use crate::browser::assert_accessible;
use crate::browser::{browser, click_button, driver, fill, shot};
use crate::server::{Server, temp_dir};
use fantoccini::{Client, Locator};
use serde_json::Value;
use std::time::Duration;

/// Records CSP violations and script errors on the current page from now on.
async fn listen(c: &Client) {
    c.execute(
        "window.__problems = [];
         document.addEventListener('securitypolicyviolation',
           e => window.__problems.push('CSP ' + e.violatedDirective + ' ' + e.sourceFile + ':' + e.lineNumber));
         window.addEventListener('error', e => window.__problems.push('error ' + e.message));",
        Vec::new(),
    )
    .await
    .expect("listen");
}

async fn problems(c: &Client) -> Vec<String> {
    let v = c
        .execute("return window.__problems || [];", Vec::new())
        .await
        .expect("problems");
    serde_json::from_value(v).expect("a list")
}

/// Elements with an inline event handler (`onchange=` …), which our CSP would block.
async fn inline_handlers(c: &Client) -> usize {
    let v = c
        .execute(
            "return [...document.querySelectorAll('*')].filter(e =>
               [...e.attributes].some(a => a.name.startsWith('on'))).length;",
            Vec::new(),
        )
        .await
        .expect("handlers");
    v.as_u64().unwrap_or(0) as usize
}

async fn wait_for(c: &Client, css: &str) {
    if let Err(e) = c
        .wait()
        .at_most(Duration::from_secs(15))
        .for_element(Locator::Css(css))
        .await
    {
        let src = c.source().await.unwrap_or_default();
        panic!("{css}: {e} on {:?}:\n{src}", c.current_url().await.ok());
    }
}

pub async fn kiosk_filter_and_display_link() {
    let Some((_driver, driver)) = driver().await else {
        return;
    };
    let server = Server::start_in(&temp_dir("kiosk"), &["--demo"]).await;
    let password = server.demo_password.clone().expect("demo password");
    let url = server.url.clone();
    let c = browser(&driver, "--window-size=1280,900").await;
    c.goto(&format!("{url}/signin")).await.expect("signin");
    fill(&c, "email", "steward@demo.convene.test").await;
    fill(&c, "password", &password).await;
    click_button(&c, "Sign in").await;
    wait_for(&c, "form[action='/signout']").await;

    // The demo's first Open Space (the demo has World Café and Lean Coffee gatherings too).
    c.goto(&format!("{url}/c/riverbend/g"))
        .await
        .expect("gatherings");
    let src = c.source().await.expect("source");
    let id: String = src
        .split("/c/riverbend/g/")
        .skip(1)
        .filter(|s| {
            s.split("</a>")
                .next()
                .is_some_and(|link| !link.contains("Lean Coffee") && !link.contains("World Café"))
        })
        .filter_map(|s| {
            let n: String = s.chars().take_while(char::is_ascii_digit).collect();
            (!n.is_empty()).then_some(n)
        })
        .next()
        .expect("an Open Space");
    let kiosk = format!("{url}/c/riverbend/g/{id}/kiosk");
    c.goto(&kiosk).await.expect("kiosk");
    wait_for(&c, "[data-kiosk] .k-row").await;
    assert_eq!(
        inline_handlers(&c).await,
        0,
        "no inline handlers on the kiosk"
    );
    listen(&c).await;
    let select = c.find(Locator::Id("space")).await.expect("the room filter");
    let room = select
        .find(Locator::Css("option:nth-of-type(2)"))
        .await
        .expect("a room");
    let (room_id, room_name) = (
        room.attr("value").await.expect("value").expect("id"),
        room.text().await.expect("name"),
    );
    select.select_by_index(1).await.expect("pick a room");
    let mut moved = false;
    for _ in 0..50 {
        if c.current_url()
            .await
            .is_ok_and(|u| u.as_str().contains(&format!("space={room_id}")))
        {
            moved = true;
            break;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    if !moved {
        panic!(
            "picking a room did nothing; problems on the page: {:?}",
            problems(&c).await
        );
    }
    wait_for(&c, "[data-kiosk] .k-row").await;
    listen(&c).await;
    tokio::time::sleep(Duration::from_millis(800)).await;
    assert_eq!(problems(&c).await, Vec::<String>::new());
    let rooms: Value = c
        .execute(
            "return [...document.querySelectorAll('[data-kiosk] .k-row li span')].map(s => s.textContent);",
            Vec::new(),
        )
        .await
        .expect("rooms");
    let rooms: Vec<String> = serde_json::from_value(rooms).expect("names");
    assert!(!rooms.is_empty(), "the room's cells are shown");
    assert!(
        rooms.iter().all(|r| *r == room_name),
        "only {room_name}: {rooms:?}"
    );
    assert_eq!(
        c.find(Locator::Css("#space option:checked"))
            .await
            .expect("selected")
            .text()
            .await
            .expect("text"),
        room_name
    );
    assert!(
        c.find(Locator::Css(".k-qr svg[role='img']")).await.is_ok(),
        "a QR code"
    );
    shot(&c, "kiosk-one-room").await;

    // A display link: shown once, opened by a browser that never signed in.
    c.goto(&kiosk).await.expect("kiosk");
    click_button(&c, "Make a display link").await;
    wait_for(&c, "#created-display-link").await;
    let link = c
        .find(Locator::Id("created-display-link"))
        .await
        .expect("link")
        .prop("value")
        .await
        .expect("value")
        .expect("a link");
    assert!(link.starts_with(&format!("{url}/display/")), "{link}");
    let screen = browser(&driver, "--window-size=1280,720").await;
    screen.goto(&link).await.expect("display");
    wait_for(&screen, "[data-poll] .k-row").await;
    listen(&screen).await;
    assert_eq!(inline_handlers(&screen).await, 0);
    let page = screen.source().await.expect("source");
    assert!(
        !page.contains("/signout") && !page.contains("Sign in"),
        "{page}"
    );
    screen
        .find(Locator::Id("space"))
        .await
        .expect("filter")
        .select_by_index(1)
        .await
        .expect("pick");
    wait_for(&screen, "[data-poll] .k-row").await;
    tokio::time::sleep(Duration::from_millis(800)).await;
    assert!(
        screen
            .current_url()
            .await
            .is_ok_and(|u| u.as_str().contains("space=")),
        "the display's filter works too"
    );
    shot(&screen, "display-link").await;
    let phone = browser(&driver, "--window-size=390,844").await;
    phone.goto(&link).await.expect("display on a phone");
    wait_for(&phone, "[data-poll] .k-row").await;
    shot(&phone, "display-link-phone").await;

    // The pages around it on a phone, as a participant opens them: convergence, proceedings,
    // the calendar subscription (made once), each without an axe-core violation.
    let base = format!("{url}/c/riverbend/g/{id}");
    phone.goto(&format!("{url}/signin")).await.expect("signin");
    fill(&phone, "email", "steward@demo.convene.test").await;
    fill(&phone, "password", &password).await;
    click_button(&phone, "Sign in").await;
    wait_for(&phone, "form[action='/signout']").await;
    for (path, name) in [
        ("converge", "converge-phone"),
        ("proceedings", "proceedings-phone"),
        ("calendar", "calendar-phone"),
    ] {
        phone.goto(&format!("{base}/{path}")).await.expect("page");
        wait_for(&phone, "h1").await;
        assert_accessible(&phone, path).await;
        shot(&phone, name).await;
    }
    click_button(&phone, "Make my calendar link").await;
    wait_for(&phone, "#webcal").await;
    let webcal = phone
        .find(Locator::Id("webcal"))
        .await
        .expect("link")
        .attr("href")
        .await
        .expect("href")
        .expect("a link");
    assert!(webcal.starts_with("webcal://"), "{webcal}");
    assert_accessible(&phone, "calendar with its link").await;
    shot(&phone, "calendar-link-phone").await;
    for b in [c, screen, phone] {
        b.close().await.expect("close");
    }
}
