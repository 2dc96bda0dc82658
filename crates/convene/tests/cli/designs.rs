//! Import by URL between two running servers: a design composed and forked on one, published,
//! imported by the other from its stable URL with the attribution chain kept; and a server
//! that is not configured to fetch private addresses refuses to (no request forgery).

use crate::server::{Server, enc, post_form, request, sign_in_cookie, temp_dir};

fn location(headers: &str) -> String {
    headers
        .lines()
        .find_map(|l| l.strip_prefix("location: "))
        .unwrap_or_default()
        .trim()
        .to_owned()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn import_by_url_between_two_servers_keeps_the_attribution_chain() {
    let a = Server::start_in(&temp_dir("designs-a"), &["--demo"]).await;
    let b = Server::start_in(
        &temp_dir("designs-b"),
        &["--demo", "--library-fetch-private", "true"],
    )
    .await;
    let (pa, pb) = (
        a.demo_password.clone().expect("pw"),
        b.demo_password.clone().expect("pw"),
    );
    let member = sign_in_cookie(&a.url, "member@demo.convene.test", &pa).await;
    let steward = sign_in_cookie(&a.url, "steward@demo.convene.test", &pa).await;

    // On A: the member composes a design from three practices; the steward forks it.
    let form = [
        ("title", "A morning of open conversation"),
        ("work", "morning"),
        ("practice0", "check-in-circle"),
        ("minutes0", "15"),
        ("notes0", "One word each."),
        ("practice1", "1-2-4-all"),
        ("minutes1", "20"),
        ("practice2", "what-so-what-now-what"),
        ("minutes2", "25"),
    ]
    .iter()
    .map(|(k, v)| format!("{k}={}", enc(v)))
    .collect::<Vec<_>>()
    .join("&");
    let (s, h) = post_form(&a.url, "/c/riverbend/library/designs", &form, Some(&member)).await;
    assert_eq!(s, 303, "{h}");
    assert_eq!(
        location(&h),
        "/c/riverbend/library/designs/morning?done=composed"
    );
    let (s, h) = post_form(
        &a.url,
        "/c/riverbend/library/designs/morning/fork",
        "slug=morning-remix",
        Some(&steward),
    )
    .await;
    assert_eq!(s, 303, "{h}");
    let public = "/library/c/riverbend/designs/morning-remix/export.json";
    let (s, _, _) = request(&a.url, "GET", public, None, None).await;
    assert_eq!(s, 404, "not published yet");
    let (s, h) = post_form(
        &a.url,
        "/c/riverbend/library/designs/morning-remix/publish",
        "license=CC-BY-SA-4.0",
        Some(&steward),
    )
    .await;
    assert_eq!(s, 303, "{h}");
    let (s, _, file) = request(&a.url, "GET", public, None, None).await;
    assert_eq!(s, 200, "{file}");
    let original = "/library/c/riverbend/designs/morning\"";
    assert!(
        file.contains(original),
        "the fork names its original: {file}"
    );

    // On B: a member imports it by URL; the chain and the file are as on A.
    let bm = sign_in_cookie(&b.url, "member@demo.convene.test", &pb).await;
    let url = format!("{}{public}", a.url);
    let (s, h) = post_form(
        &b.url,
        "/c/riverbend/library/import",
        &format!("kind=design&file=&url={}", enc(&url)),
        Some(&bm),
    )
    .await;
    assert_eq!(s, 303, "{h}");
    assert_eq!(
        location(&h),
        "/c/riverbend/library/designs/morning-remix?done=imported"
    );
    let (s, _, page) = request(
        &b.url,
        "GET",
        "/c/riverbend/library/designs/morning-remix",
        Some(&bm),
        None,
    )
    .await;
    assert_eq!(s, 200);
    assert!(page.contains("Imported from"), "{page}");
    assert!(
        page.contains("A morning of open conversation</a> by "),
        "the chain: {page}"
    );
    assert!(
        page.contains("<svg") && page.contains("Remix lineage: 1 work before this one"),
        "{page}"
    );
    let (_, _, there) = request(
        &b.url,
        "GET",
        "/c/riverbend/library/files/designs/morning-remix/export.json",
        Some(&bm),
        None,
    )
    .await;
    assert_eq!(there, file, "byte for byte");

    // A is not configured to fetch private addresses: B's loopback URL is refused.
    let (s, _, page) = request(
        &a.url,
        "POST",
        "/c/riverbend/library/import",
        Some(&member),
        Some(&format!(
            "kind=design&file=&url={}",
            enc(&format!("{}/healthz", b.url))
        )),
    )
    .await;
    assert_eq!(s, 422, "{page}");
    assert!(page.contains("private or local address"), "{page}");
}

use crate::browser::{
    assert_accessible, browser, click_button, driver, fill, js, shot, sign_in, wait_heading,
};
use fantoccini::{Client, Locator};
use std::time::Duration;

async fn choose(c: &Client, select: &str, value: &str) {
    c.find(Locator::Css(&format!("#{select} option[value='{value}']")))
        .await
        .unwrap_or_else(|e| panic!("#{select} {value}: {e}"))
        .click()
        .await
        .expect("choose");
}

async fn text_of(c: &Client, id: &str) -> String {
    js(
        c,
        &format!("return document.getElementById('{id}').textContent;"),
    )
    .await
    .as_str()
    .unwrap_or_default()
    .to_owned()
}

/// Waits until `#id`'s text satisfies `ok` (live updates, no reload).
async fn wait_text(c: &Client, id: &str, ok: impl Fn(&str) -> bool) -> String {
    for _ in 0..100 {
        let t = text_of(c, id).await;
        if ok(&t) {
            return t;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    panic!("#{id} stayed {:?}", text_of(c, id).await)
}

/// Compose a design from three practices, fork it as another member, see the lineage, run
/// it, start the timer; a second browser sees the block and the time left change live.
pub async fn compose_fork_run_and_follow_the_timer() {
    let Some((_driver, driver)) = driver().await else {
        return;
    };
    let server = Server::start_in(&temp_dir("designs-browser"), &["--demo"]).await;
    let pw = server.demo_password.clone().expect("pw");
    let url = &server.url;
    let ana = browser(&driver, "--window-size=1280,900").await;
    sign_in(&ana, url, "member@demo.convene.test", &pw).await;
    ana.goto(&format!("{url}/c/riverbend/library"))
        .await
        .expect("library");
    wait_heading(&ana, "The community's library").await;
    assert_accessible(&ana, "the community's library").await;
    ana.find(Locator::LinkText("Compose a design"))
        .await
        .expect("link")
        .click()
        .await
        .expect("click");
    wait_heading(&ana, "Compose a design").await;
    assert_accessible(&ana, "compose a design").await;
    fill(&ana, "title", "A morning of open conversation").await;
    fill(&ana, "work", "morning").await;
    for (i, (p, m)) in [
        ("check-in-circle", "15"),
        ("1-2-4-all", "20"),
        ("what-so-what-now-what", "25"),
    ]
    .iter()
    .enumerate()
    {
        choose(&ana, &format!("practice{i}"), p).await;
        fill(&ana, &format!("minutes{i}"), m).await;
    }
    fill(&ana, "notes0", "One word each.").await;
    click_button(&ana, "Save the design").await;
    wait_heading(&ana, "A morning of open conversation").await;
    let blocks = text_of(&ana, "blocks").await;
    for at in ["at 0 min", "at 15 min", "at 35 min"] {
        assert!(blocks.contains(at), "{blocks}");
    }
    assert_accessible(&ana, "a design").await;
    shot(&ana, "design").await;

    // Another member (the steward) forks it and sees the lineage.
    let sam = browser(&driver, "--window-size=390,844").await;
    sign_in(&sam, url, "steward@demo.convene.test", &pw).await;
    sam.goto(&format!("{url}/c/riverbend/library/designs/morning"))
        .await
        .expect("design");
    fill(&sam, "fork-slug", "morning-remix").await;
    click_button(&sam, "Fork").await;
    sam.wait()
        .at_most(Duration::from_secs(15))
        .for_element(Locator::Css("#chain"))
        .await
        .expect("the chain");
    let chain = text_of(&sam, "chain").await;
    assert!(chain.contains("A morning of open conversation"), "{chain}");
    let svg = js(
        &sam,
        "return document.querySelectorAll('svg.lineage rect').length;",
    )
    .await;
    assert_eq!(svg, serde_json::json!(2), "the original and the fork");
    let fits =
        "return document.documentElement.scrollWidth <= document.documentElement.clientWidth;";
    assert_eq!(
        js(&sam, fits).await,
        serde_json::Value::Bool(true),
        "no sideways scroll on a phone"
    );
    assert_accessible(&sam, "a fork (phone)").await;
    ana.goto(&format!("{url}/c/riverbend/library/designs/morning"))
        .await
        .expect("original");
    let forks = text_of(&ana, "forks").await;
    assert!(forks.contains("A morning of open conversation"), "{forks}");

    // The steward runs the fork in a gathering and starts the timer.
    click_button(&sam, "Run this design there").await;
    sam.wait()
        .at_most(Duration::from_secs(15))
        .for_element(Locator::Id("timer-start"))
        .await
        .expect("run page");
    let run = sam.current_url().await.expect("url");
    let run_path = run.path().to_owned();
    assert_accessible(&sam, "the run page").await;
    ana.goto(&format!("{url}{run_path}"))
        .await
        .expect("run page");
    let first = wait_text(&ana, "timer-block", |t| t == "Check-in circle").await;
    let left = wait_text(&ana, "timer-left", |t| t == "15:00").await;
    assert_eq!(
        (first.as_str(), left.as_str()),
        ("Check-in circle", "15:00")
    );
    assert!(text_of(&ana, "timer-say").await.contains("paused"));
    assert_accessible(&ana, "the run page, as a member").await;
    click_button(&sam, "Start").await;
    // The member's screen counts down without a reload.
    wait_text(&ana, "timer-left", |t| t.starts_with("14:")).await;
    click_button(&sam, "Next block").await;
    wait_text(&ana, "timer-block", |t| t == "1-2-4-All").await;
    wait_text(&ana, "timer-left", |t| {
        t.starts_with("20:") || t.starts_with("19:")
    })
    .await;
    let current = js(
        &ana,
        "return document.querySelector('#agenda li[aria-current=step]').id;",
    )
    .await;
    assert_eq!(current, serde_json::json!("block-1"));
    shot(&ana, "design-run").await;
    // The kiosk shows it large.
    ana.goto(&format!("{url}{run_path}?view=kiosk"))
        .await
        .expect("kiosk");
    wait_text(&ana, "timer-block", |t| t == "1-2-4-All").await;
    assert_accessible(&ana, "the run page on the kiosk").await;
    ana.close().await.expect("close");
    sam.close().await.expect("close");
}
