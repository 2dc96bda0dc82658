//! Three browser sessions walk an Open Space end to end: the host sets it up and invites, two
//! participants answer, convene and claim cells, the host's wall follows without a reload,
//! people check in, co-write a report, dot-vote and volunteer; the proceedings PDF is read
//! back by pdftotext and the iCal feed by the `ical` parser.

use crate::browser::{browser, click_button, driver, fill, shot, wait_heading};
use crate::server::{Server, temp_dir};
use fantoccini::{Client, Locator};
use std::time::Duration;

/// Waits until the page (as the browser has it now, without reloading) contains `needle`.
async fn wait_text(c: &Client, needle: &str) {
    for _ in 0..150 {
        if c.source().await.is_ok_and(|s| s.contains(needle)) {
            return;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    let src = c.source().await.unwrap_or_default();
    panic!(
        "{needle:?} never appeared on {:?}:\n{src}",
        c.current_url().await.ok()
    );
}

/// Sets a field's value directly (date and time inputs ignore typed text in some locales).
async fn set_value(c: &Client, id: &str, value: &str) {
    c.execute(
        "document.getElementById(arguments[0]).value = arguments[1];",
        vec![id.into(), value.into()],
    )
    .await
    .unwrap_or_else(|e| panic!("#{id}: {e}"));
}

/// Opens every collapsed section, as a person would before filling its form.
async fn open_all(c: &Client) {
    c.execute(
        "document.querySelectorAll('details').forEach(d => d.open = true);",
        vec![],
    )
    .await
    .expect("open details");
}

/// Chooses the `index`-th option of a select, as a tap on a phone's picker would.
async fn choose(c: &Client, id: &str, index: usize) {
    c.execute(
        "const s = document.getElementById(arguments[0]); s.selectedIndex = arguments[1];",
        vec![id.into(), index.into()],
    )
    .await
    .unwrap_or_else(|e| panic!("#{id}: {e}"));
}

async fn go(c: &Client, url: &str) {
    c.goto(url).await.unwrap_or_else(|e| panic!("{url}: {e}"));
}

/// Clicks a link; the live wall may replace it between finding and clicking, so try again.
async fn click_link(c: &Client, text: &str) {
    for _ in 0..20 {
        if let Ok(link) = c.find(Locator::LinkText(text)).await
            && link.click().await.is_ok()
        {
            return;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    panic!("link {text:?} could not be clicked");
}

/// Fetches a URL with the browser's own cookies and returns the bytes.
async fn fetch(c: &Client, url: &str) -> Vec<u8> {
    let b64 = c
        .execute_async(
            "const done = arguments[arguments.length - 1];
             fetch(arguments[0]).then(r => r.arrayBuffer()).then(b => {
               let s = ''; new Uint8Array(b).forEach(x => s += String.fromCharCode(x)); done(btoa(s));
             });",
            vec![url.into()],
        )
        .await
        .expect("fetch in the browser");
    use base64::Engine;
    base64::engine::general_purpose::STANDARD
        .decode(b64.as_str().expect("base64 text"))
        .expect("base64")
}

pub async fn open_space_end_to_end() {
    let Some((_driver, driver)) = driver().await else {
        return;
    };
    let server = Server::start_in(&temp_dir("open-space"), &[]).await;
    let url = server.url.clone();
    let setup = server.setup_link.clone().expect("setup link");

    // The host sets up convene, a community and an invitation link for two.
    let host = browser(&driver, "--window-size=1280,1000").await;
    go(&host, &setup).await;
    wait_heading(&host, "Welcome: set up convene").await;
    fill(&host, "name", "Hana Host").await;
    fill(&host, "email", "hana@example.org").await;
    fill(&host, "password", "a long enough password").await;
    click_button(&host, "Create my account").await;
    wait_heading(&host, "Create a community").await;
    fill(&host, "name", "Valley Circle").await;
    fill(&host, "purpose", "Caring for the valley together.").await;
    fill(&host, "home_organization", "Valley Cooperative").await;
    click_button(&host, "Create community").await;
    wait_heading(&host, "Valley Circle").await;
    go(&host, &format!("{url}/c/valley-circle/invitations")).await;
    wait_heading(&host, "Invitations").await;
    open_all(&host).await;
    host.find(Locator::Css("input[name=kind][value=link]"))
        .await
        .expect("link kind")
        .click()
        .await
        .expect("choose link");
    fill(&host, "calling_question", "What will we do for the river?").await;
    fill(&host, "max_uses", "2").await;
    click_button(&host, "Create invitation").await;
    let link = host
        .wait()
        .at_most(Duration::from_secs(15))
        .for_element(Locator::Id("created-link"))
        .await
        .expect("link shown")
        .prop("value")
        .await
        .expect("value")
        .expect("link");

    // The host creates the gathering: two spaces, a plenary and two session slots.
    go(&host, &format!("{url}/c/valley-circle/g")).await;
    wait_heading(&host, "Gatherings").await;
    open_all(&host).await;
    fill(&host, "title", "River Open Space").await;
    fill(&host, "calling_question", "What will we do for the river?").await;
    fill(&host, "invitation", "Come as you are.").await;
    fill(&host, "venue", "Boathouse").await;
    fill(&host, "time_zone", "Europe/Berlin").await;
    click_button(&host, "Create gathering").await;
    wait_heading(&host, "River Open Space").await;
    let gathering = host.current_url().await.expect("url").to_string();
    for (name, cap) in [("Big Hall", "30"), ("Garden", "12")] {
        open_all(&host).await;
        fill(&host, "sp-name", name).await;
        fill(&host, "sp-cap", cap).await;
        click_button(&host, "Add space").await;
        wait_text(&host, &format!("{name} ({cap} seats)")).await;
    }
    // Checking in opens only while a session runs (or 10 minutes before), so the first
    // session slot is around now, in the gathering's zone. A slot lies within one day: one
    // that would run past midnight keeps the part that holds now, else the longer part.
    let zone = convene_domain::gathering::Zone::parse("Europe/Berlin").expect("zone");
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .expect("clock")
        .as_secs() as i64;
    let at = |m: i64| zone.local(now + m * 60);
    let slot = |from: i64, to: i64| {
        let ((d1, t1), (d2, t2)) = (at(from), at(to));
        if d1 == d2 {
            return (d1, t1, t2);
        }
        let minutes = |t: &str| {
            let (h, m) = t.split_once(':').expect("HH:MM");
            h.parse::<i64>().expect("hour") * 60 + m.parse::<i64>().expect("minute")
        };
        let before = 23 * 60 + 59 - minutes(&t1);
        let keep_later = if from <= 0 && to > 0 {
            at(0).0 == d2
        } else {
            minutes(&t2) > before
        };
        if keep_later {
            (d2, "00:00".to_owned(), t2)
        } else {
            (d1, t1, "23:59".to_owned())
        }
    };
    let slots = [
        (slot(-50, -30), "plenary"),
        (slot(-20, 40), "sessions"),
        (slot(50, 110), "sessions"),
    ];
    for ((date, start, end), kind) in &slots {
        let (start, end, kind) = (start.as_str(), end.as_str(), *kind);
        open_all(&host).await;
        set_value(&host, "sl-date", date).await;
        set_value(&host, "sl-start", start).await;
        set_value(&host, "sl-end", end).await;
        set_value(&host, "sl-kind", kind).await;
        click_button(&host, "Add slot").await;
        wait_text(&host, &format!("{start}–{end}")).await;
        // The live wall can show the slot before the form's own answer has replaced the page:
        // wait for the fresh page (its form empty again) before the next round opens it.
        for _ in 0..100 {
            let fresh = crate::browser::js(
                &host,
                "const e = document.getElementById('sl-start'); return !!e && e.value === '';",
            )
            .await;
            if fresh == serde_json::Value::Bool(true) {
                break;
            }
            tokio::time::sleep(std::time::Duration::from_millis(100)).await;
        }
    }
    click_button(&host, "Move on to Marketplace").await;
    wait_heading(&host, "Move on to Marketplace?").await;
    click_button(&host, "Yes, move on to Marketplace").await;
    wait_text(&host, ">Marketplace</span>").await;
    shot(&host, "os-1-host-wall").await;

    // Two participants accept the invitation in their own browsers (one on a phone) and say yes.
    let ana = browser(&driver, "--window-size=390,844").await;
    let ben = browser(&driver, "--window-size=1024,900").await;
    for (who, name, email) in [
        (&ana, "Ana Alves", "ana@example.org"),
        (&ben, "Ben Brook", "ben@example.org"),
    ] {
        go(who, &link).await;
        wait_heading(who, "You are invited to Valley Circle").await;
        fill(who, "name", name).await;
        fill(who, "email", email).await;
        fill(who, "password", "another long password").await;
        click_button(who, "Accept and join").await;
        wait_heading(who, "Valley Circle").await;
        go(who, &gathering).await;
        wait_heading(who, "River Open Space").await;
        click_button(who, "Yes").await;
        wait_text(who, r#"<strong id="my-rsvp">yes</strong>"#).await;
    }

    // Ana convenes and claims a cell; the host's wall shows it without reloading.
    fill(&ana, "s-title", "Rewilding the river").await;
    click_button(&ana, "Announce session").await;
    wait_text(
        &ana,
        "“Rewilding the river” is announced in the marketplace.",
    )
    .await;
    // The page brings the new session into view; click once it has.
    tokio::time::sleep(Duration::from_millis(300)).await;
    click_link(&ana, "Rewilding the river").await;
    wait_heading(&ana, "Rewilding the river").await;
    let ana_session = ana.current_url().await.expect("url").to_string();
    choose(&ana, "cell", 1).await;
    click_button(&ana, "Place").await;
    wait_text(&ana, "“Rewilding the river” is on the wall.").await;
    wait_text(&host, "(0 not on the wall yet)").await;
    wait_text(&host, "Rewilding the river</a>").await;
    shot(&host, "os-2-host-wall-live").await;

    // Ben convenes too and takes the next free cell.
    fill(&ben, "s-title", "Bike paths by the water").await;
    click_button(&ben, "Announce session").await;
    wait_text(
        &ben,
        "“Bike paths by the water” is announced in the marketplace.",
    )
    .await;
    // The page brings the new session into view; click once it has.
    tokio::time::sleep(Duration::from_millis(300)).await;
    click_link(&ben, "Bike paths by the water").await;
    wait_heading(&ben, "Bike paths by the water").await;
    choose(&ben, "cell", 1).await;
    click_button(&ben, "Place").await;
    wait_text(&host, "Bike paths by the water</a>").await;
    wait_text(&host, "(0 not on the wall yet)").await;

    // Sessions: Ben checks in to Ana's session and they co-write its report.
    click_button(&host, "Move on to Sessions").await;
    wait_heading(&host, "Move on to Sessions?").await;
    click_button(&host, "Yes, move on to Sessions").await;
    wait_text(&host, ">Sessions</span>").await;
    go(&ben, &ana_session).await;
    wait_heading(&ben, "Rewilding the river").await;
    click_button(&ben, "I am here").await;
    wait_text(&host, "here 1").await;
    go(&ben, &ana_session).await;
    fill(&ben, "body", "**Willows** hold the bank.").await;
    click_button(&ben, "Save report").await;
    wait_text(&ben, "<strong>Willows</strong> hold the bank.").await;
    go(&ana, &ana_session).await;
    wait_heading(&ana, "Rewilding the river").await;
    fill(&ana, "body", "**Willows** hold the bank. Beavers help too.").await;
    click_button(&ana, "Save report").await;
    wait_text(&ana, "Beavers help too.").await;
    wait_text(&ana, "History (2 versions)").await;
    shot(&ana, "os-3-report-phone").await;

    // Convergence: an action, a dot, a volunteer.
    click_button(&host, "Move on to Convergence").await;
    wait_heading(&host, "Move on to Convergence?").await;
    click_button(&host, "Yes, move on to Convergence").await;
    wait_text(&host, ">Convergence</span>").await;
    go(&ana, &format!("{gathering}/converge")).await;
    wait_heading(&ana, "Convergence").await;
    open_all(&ana).await;
    fill(&ana, "a-title", "Plant willows in March").await;
    click_button(&ana, "Propose action").await;
    wait_text(&ana, "Plant willows in March").await;
    ana.find(Locator::Css(
        "button[aria-label='Give a dot to Rewilding the river']",
    ))
    .await
    .expect("dot button")
    .click()
    .await
    .expect("give a dot");
    wait_text(&ana, r#"<strong id="dots-left">2</strong>"#).await;
    go(&ben, &format!("{gathering}/converge")).await;
    wait_heading(&ben, "Convergence").await;
    click_button(&ben, "Volunteer").await;
    wait_text(&ben, "Owners: Ben Brook").await;
    shot(&ben, "os-4-convergence").await;

    // The proceedings as PDF, read by pdftotext; the agenda as iCal, read by the ical parser.
    let pdf = fetch(&ana, &format!("{gathering}/proceedings.pdf")).await;
    let path = temp_dir("open-space-pdf").join("proceedings.pdf");
    std::fs::write(&path, &pdf).expect("write pdf");
    let out = std::process::Command::new("pdftotext")
        .arg(&path)
        .arg("-")
        .output();
    match out {
        Ok(out) => {
            let text = String::from_utf8_lossy(&out.stdout);
            assert!(text.contains("Rewilding the river"), "{text}");
            assert!(text.contains("Beavers help too."), "{text}");
            assert!(text.contains("Plant willows in March"), "{text}");
            assert!(text.contains("CC-BY-SA-4.0"), "{text}");
        }
        Err(_) => assert!(
            !std::env::var("CI").is_ok_and(|v| v == "true"),
            "CI=true but pdftotext is missing"
        ),
    }
    let ics = fetch(&ben, &format!("{gathering}/agenda.ics")).await;
    let cal = ical::IcalParser::new(std::io::BufReader::new(&ics[..]))
        .next()
        .expect("a calendar")
        .expect("it parses");
    let summaries: Vec<String> = cal
        .events
        .iter()
        .filter_map(|e| e.properties.iter().find(|p| p.name == "SUMMARY"))
        .filter_map(|p| p.value.clone())
        .collect();
    // A slot without a label is named by its kind, in the reader's words.
    for title in ["Plenary", "Rewilding the river", "Bike paths by the water"] {
        assert!(summaries.iter().any(|s| s == title), "{summaries:?}");
    }
    for c in [host, ana, ben] {
        c.close().await.expect("close");
    }
}
