//! A Lean Coffee end to end with two browsers on the demo: the host (a wide screen) and a
//! member (a phone, 390 px). The member proposes and votes, the host takes the topic into a
//! timebox, the timer counts down on both screens, the Roman vote continues once and then ends,
//! and the member writes an action and volunteers for it; each change reaches the other screen
//! over the live stream. axe-core on every new page; no sideways scrolling on the phone.

use crate::browser::{assert_accessible, browser, driver, fill, js, shot, sign_in, wait_heading};
use crate::server::{Server, temp_dir};
use fantoccini::{Client, Locator};
use std::time::Duration;

/// Waits until `script` returns true on `c` (a bound for a busy machine, not a timing claim).
async fn until(c: &Client, what: &str, script: &str) {
    for _ in 0..150 {
        if js(c, script).await == serde_json::Value::Bool(true) {
            return;
        }
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
    let src = c.source().await.unwrap_or_default();
    panic!("never true: {what}\n{src}");
}

/// Clicks the button labelled `label` inside the element with id `within`.
async fn press(c: &Client, within: &str, label: &str) {
    let xpath = format!("//*[@id='{within}']//button[normalize-space(.)='{label}']");
    c.find(Locator::XPath(&xpath))
        .await
        .unwrap_or_else(|e| panic!("{label} in #{within}: {e}"))
        .click()
        .await
        .expect("click");
}

async fn flash(c: &Client, words: &str) {
    let script = format!(
        "var f = document.getElementById('flash'); return !!f && f.textContent.includes({});",
        serde_json::to_string(words).expect("json")
    );
    until(c, words, &script).await;
}

fn board_has(text: &str) -> String {
    format!(
        "var b = document.querySelector('[data-live] .lean-board'); return !!b && b.textContent.includes({});",
        serde_json::to_string(text).expect("json")
    )
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
pub async fn a_lean_coffee_with_two_browsers() {
    let Some((_driver, driver)) = driver().await else {
        return;
    };
    let server = Server::start_in(&temp_dir("lean"), &["--demo"]).await;
    let url = server.url.clone();
    let password = server.demo_password.clone().expect("demo password");
    let host = browser(&driver, "--window-size=1280,900").await;
    let member = browser(&driver, "--window-size=390,844").await;
    sign_in(&host, &url, "host@demo.convene.test", &password).await;
    sign_in(&member, &url, "member@demo.convene.test", &password).await;

    // The host starts a Lean Coffee: two votes each, one minute per topic.
    host.goto(&format!("{url}/c/riverbend/lean"))
        .await
        .expect("list");
    wait_heading(&host, "Lean Coffees").await;
    assert_accessible(&host, "the Lean Coffee list").await;
    // The demo has a Lean Coffee already, so the form waits folded under its summary.
    host.find(Locator::Css("details > summary"))
        .await
        .expect("the form's summary")
        .click()
        .await
        .expect("unfold");
    fill(&host, "title", "Rail Lean Coffee").await;
    fill(
        &host,
        "question",
        "How do we get to the valley without cars?",
    )
    .await;
    fill(&host, "votes", "2").await;
    fill(&host, "minutes", "1").await;
    crate::browser::click_button(&host, "Create Lean Coffee").await;
    wait_heading(&host, "Rail Lean Coffee Lean Coffee").await;
    let board = host.current_url().await.expect("url").to_string();

    // The member proposes a topic on the phone and votes for it; the host's board shows it live.
    member.goto(&board).await.expect("board");
    wait_heading(&member, "Rail Lean Coffee Lean Coffee").await;
    fill(&member, "topic-title", "Bikes on the valley trains").await;
    crate::browser::click_button(&member, "Add topic").await;
    flash(&member, "Your topic is on the board").await;
    until(
        &host,
        "the member's topic on the host's board",
        &board_has("Bikes on the valley trains"),
    )
    .await;
    let tid = js(
        &member,
        "return [...document.querySelectorAll('.lean-card')].find(c => c.textContent.includes('Bikes')).dataset.topic;",
    )
    .await;
    let tid = tid.as_str().expect("topic id").to_owned();
    let card = format!("t-{tid}");
    press(&member, &card, "Vote").await;
    flash(&member, "Your vote is given").await;
    until(
        &member,
        "one of two votes left",
        "return document.getElementById('my-votes').textContent.includes('1 of 2 votes left');",
    )
    .await;
    until(&member, "my vote marked, its take-back offered", &format!(
        "var c = document.getElementById('{card}'); return c.classList.contains('voted') && getComputedStyle(c.querySelector('.vote-give')).display === 'none';"
    )).await;
    until(
        &host,
        "the vote counted on the host's board",
        &board_has("1 vote"),
    )
    .await;
    assert_accessible(&member, "the board on a phone").await;
    shot(&member, "lean-phone-board").await;

    // The host takes the topic into discussion; the timer counts down on the member's phone.
    crate::browser::click_button(&host, "Discuss the next topic (most votes)").await;
    flash(&host, "The topic is being discussed").await;
    until(&member, "the topic discussed on the phone", "var d = document.querySelector('.lean-card.discussing'); return !!d && d.textContent.includes('Bikes');").await;
    let timer = "return document.querySelector('.lean-card.discussing [role=timer]').textContent;";
    let first = js(&member, timer).await;
    until(&member, "the timer counts down", &format!("return document.querySelector('.lean-card.discussing [role=timer]').textContent !== {first};")).await;
    assert_accessible(&host, "the board while a topic is discussed").await;

    // Roman vote 1: the member's thumb up and the host's sideways: it continues.
    crate::browser::click_button(&host, "Ask for the Roman vote").await;
    flash(&host, "The Roman vote is open").await;
    until(
        &member,
        "the Roman vote reaches the phone",
        &board_has("go on with this topic?"),
    )
    .await;
    press(&member, &card, "Continue").await;
    flash(&member, "Your hand is counted").await;
    press(&host, &card, "Either way").await;
    flash(&host, "Your hand is counted").await;
    crate::browser::click_button(&host, "Close the vote and count").await;
    flash(&host, "the topic continues with a new timebox").await;
    until(&member, "the first result on the phone", &board_has("Roman vote 1: 1 up, 1 sideways, 0 down: more thumbs up than down, so the topic continues.")).await;
    assert!(js(&member, "return document.querySelector('.lean-card.discussing').textContent.includes('timebox 2');").await == serde_json::Value::Bool(true));

    // Roman vote 2: the member moves on, the host stays sideways: it ends.
    crate::browser::click_button(&host, "Ask for the Roman vote").await;
    until(
        &member,
        "the second vote reaches the phone",
        &board_has("Roman vote 2: go on"),
    )
    .await;
    press(&member, &card, "Move on").await;
    flash(&member, "Your hand is counted").await;
    crate::browser::click_button(&host, "Close the vote and count").await;
    flash(&host, "the topic is done").await;
    until(
        &member,
        "the topic in Done on the phone",
        &format!(
            "var c = document.getElementById('{card}'); return !!c && c.classList.contains('done');"
        ),
    )
    .await;

    // An action from the topic, and the member volunteers; the host sees who carries it.
    fill(
        &member,
        &format!("act-{tid}"),
        "Ask the rail company about bike spaces",
    )
    .await;
    press(&member, &card, "Add action").await;
    flash(&member, "The action is written down").await;
    press(&member, &card, "Volunteer").await;
    flash(&member, "You volunteered for the action").await;
    until(
        &host,
        "the volunteer on the host's board",
        &board_has("carried by"),
    )
    .await;
    let no_sideways = js(
        &member,
        "return document.documentElement.scrollWidth <= window.innerWidth;",
    )
    .await;
    assert_eq!(
        no_sideways,
        serde_json::Value::Bool(true),
        "the phone view scrolls sideways"
    );
    shot(&member, "lean-phone-done").await;
    assert_accessible(&member, "the board after the topic").await;

    // The summary and the demo's initiatives.
    let md = js(
        &host,
        &format!("return fetch('{board}/summary.md').then(r => r.text());"),
    )
    .await;
    let md = md.as_str().expect("summary");
    assert!(
        md.contains("Roman vote 2: 0 up, 0 sideways, 1 down"),
        "{md}"
    );
    assert!(
        md.contains("Ask the rail company about bike spaces"),
        "{md}"
    );
    member
        .goto(&format!("{url}/c/riverbend/initiatives"))
        .await
        .expect("initiatives");
    wait_heading(&member, "Initiatives").await;
    assert_accessible(&member, "the initiatives").await;
    member
        .find(Locator::LinkText("Willows for the whole valley"))
        .await
        .expect("the demo's initiative")
        .click()
        .await
        .expect("click");
    wait_heading(&member, "Willows for the whole valley").await;
    assert_accessible(&member, "an initiative").await;
    let no_sideways = js(
        &member,
        "return document.documentElement.scrollWidth <= window.innerWidth;",
    )
    .await;
    assert_eq!(no_sideways, serde_json::Value::Bool(true));
    host.close().await.ok();
    member.close().await.ok();
}
