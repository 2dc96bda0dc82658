//! A World Café end to end with two browsers on the demo: the host (a wide screen) makes a
//! gathering a café of 4 tables and 3 rounds; host and member (a phone, 390 px) join the plan,
//! see their suggested tables, and travel: each round they sit at another table, write notes
//! there and find what the round before left at their new table. The harvest wall groups the
//! notes and the host saves the themes. axe-core on every page; no sideways scrolling on the
//! phone.

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

fn text_of(id: &str, has: &str) -> String {
    format!(
        "var e = document.getElementById({}); return !!e && e.textContent.includes({});",
        serde_json::to_string(id).expect("json"),
        serde_json::to_string(has).expect("json")
    )
}

/// Clicks the button `xpath` names; the live part may replace it between finding and
/// clicking, so find it again.
async fn press(c: &Client, xpath: &str) {
    for _ in 0..20 {
        if let Ok(b) = c.find(Locator::XPath(xpath)).await
            && b.click().await.is_ok()
        {
            return;
        }
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
    panic!("no button {xpath}");
}

async fn button(c: &Client, label: &str) {
    press(c, &format!("//button[normalize-space(.)='{label}']")).await;
}

async fn sit(c: &Client, table: &str) {
    press(c, &format!("//button[@aria-label='Sit at {table}']")).await;
    until(
        c,
        "seated",
        &text_of("seat", &format!("You are at {table}")),
    )
    .await;
}

async fn write(c: &Client, text: &str) {
    fill(c, "note-body", text).await;
    button(c, "Save the notes").await;
    until(c, "notes saved", &text_of("flash", "The notes are saved")).await;
}

async fn no_sideways(c: &Client, page: &str) {
    let fits = js(
        c,
        "return document.documentElement.scrollWidth <= window.innerWidth;",
    )
    .await;
    assert_eq!(
        fits,
        serde_json::Value::Bool(true),
        "{page} scrolls sideways"
    );
}

pub async fn a_world_cafe_with_two_browsers() {
    let Some((_driver, driver)) = driver().await else {
        return;
    };
    let server = Server::start_in(&temp_dir("cafe"), &["--demo"]).await;
    let url = server.url.clone();
    let password = server.demo_password.clone().expect("demo password");
    let host = browser(&driver, "--window-size=1280,900").await;
    let member = browser(&driver, "--window-size=390,844").await;
    sign_in(&host, &url, "host@demo.convene.test", &password).await;
    sign_in(&member, &url, "member@demo.convene.test", &password).await;

    // The host makes a new gathering a café of four tables with three rounds.
    host.goto(&format!("{url}/c/riverbend/g"))
        .await
        .expect("gatherings");
    wait_heading(&host, "Gatherings").await;
    js(
        &host,
        "document.querySelectorAll('details').forEach(d => d.open = true); return true;",
    )
    .await;
    fill(&host, "title", "Valley Café").await;
    fill(&host, "calling_question", "What could we do together?").await;
    fill(&host, "invitation", "Come as you are.").await;
    fill(&host, "venue", "Boathouse").await;
    fill(&host, "time_zone", "Europe/Berlin").await;
    button(&host, "Create gathering").await;
    wait_heading(&host, "Valley Café").await;
    host.find(Locator::Id("cafe-link"))
        .await
        .expect("the café link")
        .click()
        .await
        .expect("click");
    wait_heading(&host, "Run “Valley Café” as a World Café").await;
    assert_accessible(&host, "the new café form").await;
    fill(&host, "tables", "4").await;
    fill(&host, "table_size", "4").await;
    button(&host, "Make this a World Café").await;
    wait_heading(&host, "Valley Café World Café").await;
    let cafe = host
        .current_url()
        .await
        .expect("url")
        .as_str()
        .split(['?', '#'])
        .next()
        .expect("path")
        .to_owned();
    for (n, q) in [
        "What brought you here?",
        "What could we do together?",
        "What will you do next?",
    ]
    .iter()
    .enumerate()
    {
        fill(&host, "question-in", q).await;
        button(&host, "Add the round").await;
        until(
            &host,
            "the round added",
            &format!(
                "return document.querySelectorAll('.cafe-host ol li').length === {};",
                n + 1
            ),
        )
        .await;
    }
    assert_accessible(&host, "the café, as its host").await;

    // Both join the plan and get a suggested table for every round.
    button(&host, "Join the table plan").await;
    until(&host, "joined", &text_of("flash", "You take part")).await;
    member.goto(&cafe).await.expect("café");
    wait_heading(&member, "Valley Café World Café").await;
    assert_accessible(&member, "the café on a phone, before it starts").await;
    button(&member, "Join the table plan").await;
    until(&member, "joined", &text_of("flash", "You take part")).await;
    button(&host, "Suggest a table plan").await;
    until(
        &host,
        "planned",
        &text_of("flash", "A table plan is suggested"),
    )
    .await;
    member.refresh().await.expect("reload");
    until(
        &member,
        "three suggestions",
        "return document.querySelectorAll('.cafe-plan li').length === 3 && !document.querySelector('.cafe-plan').textContent.includes('no suggestion');",
    )
    .await;

    // Round 1: host at Table 1, member at Table 2; each table writes its notes.
    button(&host, "Start round 1").await;
    until(
        &member,
        "round 1 reaches the phone",
        &text_of("round-h", "Round 1 of 3"),
    )
    .await;
    until(
        &member,
        "a suggestion, not an assignment",
        &text_of("suggested", "It is a suggestion: sit wherever you like."),
    )
    .await;
    sit(&host, "Table 1").await;
    sit(&member, "Table 2").await;
    write(
        &host,
        "Table 1 in round 1: shared tools for the community gardens",
    )
    .await;
    write(&member, "Table 2 in round 1: childcare so parents can come").await;
    assert_accessible(&member, "the café on a phone, in a round").await;
    no_sideways(&member, "the café in a round").await;
    shot(&member, "cafe-phone-round-1").await;

    // Round 2: the two travel, each to the other's table, and find what round 1 left there.
    button(&host, "Start round 2").await;
    until(
        &member,
        "round 2 reaches the phone",
        &text_of("round-h", "Round 2 of 3"),
    )
    .await;
    sit(&host, "Table 2").await;
    sit(&member, "Table 1").await;
    until(
        &host,
        "the host sees round 1's notes at Table 2",
        &text_of("notes-before", "childcare so parents can come"),
    )
    .await;
    until(
        &member,
        "the member sees round 1's notes at Table 1",
        &text_of("notes-before", "shared tools for the community gardens"),
    )
    .await;
    write(
        &host,
        "Table 2 in round 2: a shared garden with a childcare corner",
    )
    .await;
    write(
        &member,
        "Table 1 in round 2: a tool library in the garden shed",
    )
    .await;

    // Round 3: both travel once more and find round 2's notes.
    button(&host, "Start round 3").await;
    until(
        &member,
        "round 3 reaches the phone",
        &text_of("round-h", "Round 3 of 3"),
    )
    .await;
    sit(&host, "Table 1").await;
    sit(&member, "Table 2").await;
    until(
        &member,
        "round 2's notes at Table 2",
        &text_of("notes-before", "a shared garden with a childcare corner"),
    )
    .await;
    until(
        &host,
        "round 2's notes at Table 1",
        &text_of("notes-before", "a tool library in the garden shed"),
    )
    .await;
    no_sideways(&member, "the café in round 3").await;

    // The harvest wall: every note of every round, themes by shared terms; the host saves them.
    member
        .goto(&format!("{cafe}/harvest"))
        .await
        .expect("harvest");
    wait_heading(&member, "Harvest wall Valley Café").await;
    until(
        &member,
        "all four notes on the wall",
        "return document.querySelectorAll('.cafe-theme .note-text').length === 4;",
    )
    .await;
    assert_accessible(&member, "the harvest wall on a phone").await;
    no_sideways(&member, "the harvest wall").await;
    shot(&member, "cafe-phone-harvest").await;
    host.goto(&format!("{cafe}/harvest"))
        .await
        .expect("harvest");
    wait_heading(&host, "Harvest wall Valley Café").await;
    button(&host, "Save these themes").await;
    until(
        &host,
        "themes saved",
        &text_of("flash", "grouped into themes"),
    )
    .await;
    assert_accessible(&host, "the saved harvest wall, as its host").await;
    let md = js(
        &host,
        &format!("return fetch('{cafe}/proceedings.md').then(r => r.text());"),
    )
    .await;
    let md = md.as_str().expect("proceedings");
    for said in [
        "shared tools for the community gardens",
        "childcare so parents can come",
        "a shared garden with a childcare corner",
        "a tool library in the garden shed",
        "What brought you here?",
    ] {
        assert!(md.contains(said), "{said}: {md}");
    }
    host.close().await.ok();
    member.close().await.ok();
}
