//! Harvest, convergence and the exports: co-written reports without silent overwrites, dot
//! limits, volunteered actions, proceedings read back by pdftotext, iCal by a second parser.

use super::{convene, open_space};
use crate::harness::*;
use axum::http::StatusCode;
use convene_domain::Role;
use convene_domain::ids::GatheringId;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn reports_votes_actions_and_exports() {
    let h = Harness::sqlite().await;
    let w = h.world("harvest").await;
    let os = open_space(&h, &w).await;
    let host = Some(w.steward.cookie.as_str());
    let ana = h.person_with_role(&w, Role::Member).await;
    let ben = h.person_with_role(&w, Role::Member).await;
    let cleo = h.person_with_role(&w, Role::Member).await;
    let (a, b, c) = (
        Some(ana.cookie.as_str()),
        Some(ben.cookie.as_str()),
        Some(cleo.cookie.as_str()),
    );
    let river = convene(&h, &os, &ana, "Rewilding the river").await;
    let cell = format!("cell={}%3A{}", os.rooms[0], os.slots[1]);
    let (s, _) = h
        .post(&format!("{}/s/{river}/place", os.base), a, &cell)
        .await;
    assert_eq!(s, StatusCode::SEE_OTHER);
    let (s, _) = h
        .post(&format!("{}/phase", os.base), host, "to=sessions")
        .await;
    assert_eq!(s, StatusCode::SEE_OTHER);
    super::at_slot(&h, &os, 1).await;
    let (s, _) = h
        .post(&format!("{}/s/{river}/checkin", os.base), b, "anonymous=on")
        .await;
    assert_eq!(s, StatusCode::SEE_OTHER);

    // Ana and Ben both start from an empty report; Ben saves first, Ana is told and keeps her text.
    let report = format!("{}/s/{river}/report", os.base);
    let (s, body) = h
        .post(
            &report,
            b,
            "base=0&body=*Key+point*%3A+willows+hold+the+bank",
        )
        .await;
    assert_eq!(s, StatusCode::SEE_OTHER, "{body}");
    let (s, body) = h
        .post(&report, a, "base=0&body=Ana%27s+notes+on+beavers")
        .await;
    assert_eq!(s, StatusCode::CONFLICT);
    assert!(
        body.contains("Someone saved this report while you were writing"),
        "{body}"
    );
    assert!(
        body.contains("Ana&#39;s notes on beavers") || body.contains("Ana&#x27;s notes on beavers"),
        "draft kept: {body}"
    );
    assert!(
        body.contains("<em>Key point</em>"),
        "their version shown: {body}"
    );
    let (s, _) = h
        .post(
            &report,
            a,
            "base=1&body=Willows+hold+the+bank.+Beavers+too.",
        )
        .await;
    assert_eq!(s, StatusCode::SEE_OTHER);
    let revisions = convene_store::contents::revisions(
        h.app.store.conn(),
        convene_domain::content::ContentRef::new(
            convene_domain::content::ContentKind::Report,
            river,
        ),
    )
    .await
    .expect("revisions");
    assert_eq!(revisions.len(), 2);
    // Someone who was not there cannot write; a report over the limit changes nothing.
    let (s, _) = h.post(&report, c, "base=2&body=not+there").await;
    assert_eq!(s, StatusCode::FORBIDDEN);
    let big = format!("base=2&body={}", "x".repeat(20_001));
    let (s, body) = h.post(&report, a, &big).await;
    assert_eq!(s, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        body.contains("report must be at most 20000 characters"),
        "{body}"
    );
    let (s, _) = h
        .post(&format!("{}/s/{river}/named", os.base), b, "named=1")
        .await;
    assert_eq!(s, StatusCode::SEE_OTHER);

    // Convergence: actions are proposed and volunteered for; dots stop at the allowance.
    let (s, body) = h
        .post(
            &format!("{}/votes", os.base),
            a,
            &format!("target=session&id={river}&give=1"),
        )
        .await;
    assert_eq!(s, StatusCode::CONFLICT, "voting before convergence: {body}");
    let (s, _) = h
        .post(&format!("{}/phase", os.base), host, "to=convergence")
        .await;
    assert_eq!(s, StatusCode::SEE_OTHER);
    let (s, body) = h
        .post(
            &format!("{}/actions", os.base),
            c,
            &format!("title=Plant+willows&session={river}&due_on=2027-03-01"),
        )
        .await;
    assert_eq!(s, StatusCode::SEE_OTHER, "{body}");
    let action = h
        .app
        .actions(&h.allowed(&cleo, &w.slug).await, GatheringId(os.id))
        .await
        .expect("actions")[0]
        .id;
    for _ in 0..3 {
        let (s, _) = h
            .post(
                &format!("{}/votes", os.base),
                a,
                &format!("target=action&id={action}&give=1"),
            )
            .await;
        assert_eq!(s, StatusCode::SEE_OTHER);
    }
    let (s, body) = h
        .post(
            &format!("{}/votes", os.base),
            a,
            &format!("target=session&id={river}&give=1"),
        )
        .await;
    assert_eq!(s, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(body.contains("you have used all your dots"), "{body}");
    let (s, _) = h
        .post(
            &format!("{}/votes", os.base),
            a,
            &format!("target=action&id={action}"),
        )
        .await;
    assert_eq!(s, StatusCode::SEE_OTHER, "taking a dot back");
    let (s, _) = h
        .post(
            &format!("{}/actions/{action}/status", os.base),
            b,
            "status=doing",
        )
        .await;
    assert_eq!(
        s,
        StatusCode::FORBIDDEN,
        "only owners or hosts say where an action stands"
    );
    let (s, _) = h
        .post(
            &format!("{}/actions/{action}/volunteer", os.base),
            b,
            "on=1",
        )
        .await;
    assert_eq!(s, StatusCode::SEE_OTHER);
    let (s, _) = h
        .post(
            &format!("{}/actions/{action}/status", os.base),
            b,
            "status=doing",
        )
        .await;
    assert_eq!(s, StatusCode::SEE_OTHER);
    let (_, page) = h.get(&format!("{}/converge", os.base), a).await;
    assert!(
        page.contains(r#"<strong id="dots-left">1</strong>"#),
        "{page}"
    );
    assert!(page.contains("Plant willows") && page.contains(&ben.name));

    // Proceedings: Markdown with license and attribution, and a PDF that pdftotext reads.
    let (s, md) = h.get(&format!("{}/proceedings.md", os.base), a).await;
    assert_eq!(s, StatusCode::OK);
    assert!(md.contains("Willows hold the bank. Beavers too."));
    assert!(md.contains("Licensed CC-BY-SA-4.0"));
    assert!(md.contains(&format!("Taking part: {}", ben.name)));
    assert!(md.contains("Plant willows") && md.contains("due 1 March 2027"));
    let pdf = h
        .get_bytes(&format!("{}/proceedings.pdf", os.base), a)
        .await;
    assert!(pdf.starts_with(b"%PDF-"));
    if let Some(text) = pdftotext(&pdf) {
        assert!(text.contains("Rewilding the river"), "{text}");
        assert!(text.contains("Willows hold the bank"), "{text}");
        assert!(text.contains("CC-BY-SA-4.0"), "{text}");
    }

    // iCal, read by an independent parser: the plenary and the placed session.
    let ics = h.get_bytes(&format!("{}/agenda.ics", os.base), a).await;
    let mut reader = ical::IcalParser::new(std::io::BufReader::new(&ics[..]));
    let cal = reader.next().expect("a calendar").expect("parses");
    let summaries: Vec<String> = cal
        .events
        .iter()
        .filter_map(|e| e.properties.iter().find(|p| p.name == "SUMMARY"))
        .filter_map(|p| p.value.clone())
        .collect();
    assert_eq!(summaries, vec!["Plenary", "Rewilding the river"]);
    let start = cal.events[1]
        .properties
        .iter()
        .find(|p| p.name == "DTSTART")
        .and_then(|p| p.value.clone())
        .expect("start");
    assert_eq!(start, "20261201T090000Z", "10:00 in Berlin in winter");
    let mine = h.get_bytes(&format!("{}/my.ics", os.base), c).await;
    let cal = ical::IcalParser::new(std::io::BufReader::new(&mine[..]))
        .next()
        .expect("calendar")
        .expect("parses");
    assert!(
        cal.events.is_empty(),
        "Cleo neither convenes nor wants a session"
    );

    // CSV: anonymity holds in headcounts, which only hosts may download.
    let (s, _) = h.get(&format!("{}/presence.csv", os.base), a).await;
    assert_eq!(s, StatusCode::FORBIDDEN);
    let presence = h
        .get_bytes(&format!("{}/presence.csv", os.base), host)
        .await;
    let mut r = csv::Reader::from_reader(&presence[..]);
    let rows: Vec<csv::StringRecord> = r.records().map(|x| x.expect("row")).collect();
    assert_eq!(rows.len(), 1);
    assert_eq!(&rows[0][1], "anonymous");
    assert!(!String::from_utf8_lossy(&presence).contains(&ben.name));
    let actions = h.get_bytes(&format!("{}/actions.csv", os.base), a).await;
    let mut r = csv::Reader::from_reader(&actions[..]);
    let row = r.records().next().expect("one").expect("row");
    assert_eq!(
        (&row[1], &row[2], &row[4]),
        ("Plant willows", "doing", ben.name.as_str())
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn proceedings_have_structure_and_plain_text_stays_literal() {
    let h = Harness::sqlite().await;
    let w = h.world("proceedings").await;
    let os = open_space(&h, &w).await;
    let host = Some(w.steward.cookie.as_str());
    let ana = h.person_with_role(&w, Role::Member).await;
    let ben = h.person_with_role(&w, Role::Member).await;
    let (a, b) = (Some(ana.cookie.as_str()), Some(ben.cookie.as_str()));
    let river = convene(&h, &os, &ana, "<b>Bold river").await;
    let cell = format!("cell={}%3A{}", os.rooms[0], os.slots[1]);
    let (s, _) = h
        .post(&format!("{}/s/{river}/place", os.base), a, &cell)
        .await;
    assert_eq!(s, StatusCode::SEE_OTHER);
    let (s, _) = h
        .post(&format!("{}/phase", os.base), host, "to=sessions")
        .await;
    assert_eq!(s, StatusCode::SEE_OTHER);
    // Ben was there anonymously: counted, never named.
    let tx = h.app.store.write().await.expect("tx");
    convene_store::sessions::check_in(&tx, os.id, river, ben.account.id, true, h.app.now())
        .await
        .expect("in");
    tx.commit().await.expect("commit");
    let report = "# Key points\n\n- willows\n- beavers\n\n> the river decides\n";
    let (s, body) = h
        .post(
            &format!("{}/s/{river}/report", os.base),
            a,
            &format!("base=0&body={}", enc(report)),
        )
        .await;
    assert_eq!(s, StatusCode::SEE_OTHER, "{body}");
    let (s, _) = h
        .post(&format!("{}/phase", os.base), host, "to=convergence")
        .await;
    assert_eq!(s, StatusCode::SEE_OTHER);
    let (s, body) = h
        .post(
            &format!("{}/actions", os.base),
            b,
            &format!("title={}", enc("[click](https://evil.example)")),
        )
        .await;
    assert_eq!(s, StatusCode::SEE_OTHER, "{body}");

    // The page: session titles are h2 with anchors, report headings two levels down, the
    // plain-text fields literal, the actions a section of their own after a rule.
    let (s, page) = h.get(&format!("{}/proceedings", os.base), a).await;
    assert_eq!(s, StatusCode::OK);
    assert!(
        page.contains(r#"<h2 id="session-1">&lt;b&gt;Bold river</h2>"#),
        "{page}"
    );
    assert!(
        !page.contains("<b>Bold"),
        "an unclosed <b> in a title stays text"
    );
    assert!(page.contains("<h3>Key points</h3>"), "{page}");
    assert!(
        page.contains("[click](https://evil.example)") && !page.contains("href=\"https://evil"),
        "a link in an action title stays text: {page}"
    );
    assert!(
        page.contains(
            r##"<a href="#session-1" rel="noopener noreferrer">&lt;b&gt;Bold river</a>"##
        ),
        "{page}"
    );
    assert!(
        page.contains("<hr>")
            && page.contains(r#"<h2 id="actions">Actions agreed at the closing</h2>"#)
    );
    assert!(page.contains("Date: 1 December 2026") && page.contains("Venue: Boathouse"));
    assert!(
        page.contains(
            "Attendance: 1 person said they would come; 1 checked in to at least one session"
        ),
        "{page}"
    );
    assert!(page.contains("1 session, 1 action") && page.contains("Big Hall · 1 checked in"));
    assert!(
        !page.contains(&ben.name),
        "anonymous presence is never named"
    );
    let (_, md) = h.get(&format!("{}/proceedings.md", os.base), a).await;
    assert!(md.contains(r"## \<b\>Bold river {#session-1}"), "{md}");
    assert!(md.contains(r"**\[click\](https://evil.example)**"), "{md}");
    assert!(md.contains("### Key points"), "{md}");

    // The PDF draws the structure (no raw "> ", "- ", "#") and is tagged.
    let pdf = h
        .get_bytes(&format!("{}/proceedings.pdf", os.base), a)
        .await;
    let raw = String::from_utf8_lossy(&pdf);
    for tag in [
        "/StructTreeRoot",
        "/MarkInfo",
        "/Lang (en)",
        "/S /H2",
        "/S /LBody",
        "/S /BlockQuote",
    ] {
        assert!(raw.contains(tag), "{tag} missing");
    }
    if let Some(text) = pdftotext(&pdf) {
        for line in text.lines() {
            let t = line.trim_start();
            assert!(
                !t.starts_with("> ") && !t.starts_with("- ") && !t.starts_with('#'),
                "raw Markdown in the PDF: {line:?}\n{text}"
            );
        }
        assert!(text.contains("<b>Bold river"), "{text}");
        assert!(text.contains("[click](https://evil.example)"), "{text}");
        assert!(
            text.contains("• willows") && text.contains("the river decides"),
            "{text}"
        );
        assert!(
            !text.contains('\\'),
            "no Markdown escapes in the PDF: {text}"
        );
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn names_are_normalised_and_hide_nothing() {
    let h = Harness::sqlite().await;
    let w = h.world("names").await;
    let ana = h.person_with_role(&w, Role::Member).await;
    let a = Some(ana.cookie.as_str());
    let (s, body) = h
        .post(
            "/account/name",
            a,
            &format!("name={}", enc("Ana\u{202E}rotS")),
        )
        .await;
    assert_eq!(s, StatusCode::UNPROCESSABLE_ENTITY, "{body}");
    assert!(
        body.contains("invisible or direction-changing characters"),
        "{body}"
    );
    let (s, _) = h
        .post("/account/name", a, &format!("name={}", enc("Zo\u{200B}e")))
        .await;
    assert_eq!(s, StatusCode::UNPROCESSABLE_ENTITY);
    let (s, _) = h
        .post("/account/name", a, &format!("name={}", enc("Jose\u{301}")))
        .await;
    assert_eq!(s, StatusCode::SEE_OTHER);
    let account = convene_store::accounts::get(h.app.store.conn(), ana.account.id)
        .await
        .expect("account");
    assert_eq!(account.display_name, "Jos\u{e9}", "stored in NFC");
}

/// The value of the first `name="keep"` input on a convergence page.
fn kept_order(page: &str) -> String {
    let at = page.find(r#"name="keep" value=""#).expect("a keep field") + 19;
    page[at..].split('"').next().expect("value").to_owned()
}

/// The ranking's line ids (`rank-…`) in page order.
fn rank_order(page: &str) -> Vec<String> {
    page.split(r#"<li id="rank-"#)
        .skip(1)
        .filter_map(|p| p.split('"').next())
        .map(str::to_owned)
        .collect()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn convergence_holds_still_offers_report_actions_and_closes_done_ones() {
    let h = Harness::sqlite().await;
    let w = h.world("converge").await;
    let os = open_space(&h, &w).await;
    let host = Some(w.steward.cookie.as_str());
    let ana = h.person_with_role(&w, Role::Member).await;
    let ben = h.person_with_role(&w, Role::Member).await;
    let (a, b) = (Some(ana.cookie.as_str()), Some(ben.cookie.as_str()));
    let river = convene(&h, &os, &ana, "Rewilding the river").await;
    let cell = format!("cell={}%3A{}", os.rooms[0], os.slots[1]);
    let (s, _) = h
        .post(&format!("{}/s/{river}/place", os.base), a, &cell)
        .await;
    assert_eq!(s, StatusCode::SEE_OTHER);
    let (s, _) = h
        .post(&format!("{}/phase", os.base), host, "to=sessions")
        .await;
    assert_eq!(s, StatusCode::SEE_OTHER);
    let report = "# Notes\n\n- willows hold the bank\n\n## Proposed actions\n\n- Plant willows\n- Ask the council\n";
    let (s, _) = h
        .post(
            &format!("{}/s/{river}/report", os.base),
            a,
            &format!("base=0&body={}", enc(report)),
        )
        .await;
    assert_eq!(s, StatusCode::SEE_OTHER);
    let (s, _) = h
        .post(&format!("{}/phase", os.base), host, "to=convergence")
        .await;
    assert_eq!(s, StatusCode::SEE_OTHER);
    let converge = format!("{}/converge", os.base);

    // Actions written in the report are offered; one click proposes one, linked to its session.
    let (_, page) = h.get(&converge, b).await;
    assert!(page.contains("Proposed in reports"), "{page}");
    assert!(
        page.contains(r#"name="title" value="Plant willows""#),
        "{page}"
    );
    assert!(page.contains(r#"name="title" value="Ask the council""#));
    let (s, body) = h
        .post(
            &format!("{}/actions", os.base),
            b,
            &format!("title=Plant+willows&session={river}&due_on="),
        )
        .await;
    assert_eq!(s, StatusCode::SEE_OTHER, "{body}");
    let (_, page) = h.get(&converge, b).await;
    assert!(
        !page.contains(r#"name="title" value="Plant willows""#),
        "offered once"
    );
    assert!(page.contains(r#"name="title" value="Ask the council""#));
    let actions = h
        .app
        .actions(&h.allowed(&ben, &w.slug).await, GatheringId(os.id))
        .await
        .expect("actions");
    assert_eq!(actions[0].session.as_deref(), Some("Rewilding the river"));
    let willows = actions[0].id;

    // A dot does not move the line under the finger; a reload (or "sort") sorts.
    let before = rank_order(&page);
    assert_eq!(before, [format!("s{river}"), format!("a{willows}")]);
    let keep = kept_order(&page);
    let (s, headers, _) = h
        .post_full(
            &format!("{}/votes", os.base),
            a,
            &format!("target=action&id={willows}&give=1&keep={}", enc(&keep)),
        )
        .await;
    assert_eq!(s, StatusCode::SEE_OTHER);
    let back = headers["location"].to_str().expect("location").to_owned();
    assert!(back.ends_with(&format!("#rank-a{willows}")), "{back}");
    let (_, page) = h.get(&back, a).await;
    assert_eq!(rank_order(&page), before, "kept while voting");
    assert!(
        page.contains(r#"id="flash">Your dot is given."#),
        "says what happened"
    );
    assert!(page.contains(r#"id="sort""#));
    let (_, page) = h.get(&converge, a).await;
    assert_eq!(
        rank_order(&page),
        [format!("a{willows}"), format!("s{river}")],
        "sorted on reload"
    );

    // At 0 dots left "+ dot" is disabled, and the server refuses one anyway.
    for _ in 0..2 {
        let (s, _) = h
            .post(
                &format!("{}/votes", os.base),
                a,
                &format!("target=session&id={river}&give=1"),
            )
            .await;
        assert_eq!(s, StatusCode::SEE_OTHER);
    }
    let (_, page) = h.get(&converge, a).await;
    assert!(
        page.contains(r#"<strong id="dots-left">0</strong>"#),
        "{page}"
    );
    assert_eq!(
        page.matches(r#"disabled aria-describedby="no-dots""#)
            .count(),
        2,
        "{page}"
    );
    let (s, _) = h
        .post(
            &format!("{}/votes", os.base),
            a,
            &format!("target=session&id={river}&give=1"),
        )
        .await;
    assert_eq!(s, StatusCode::UNPROCESSABLE_ENTITY);

    // Nobody volunteers for a done action: no button, and the server says no.
    let (s, _) = h
        .post(
            &format!("{}/actions/{willows}/status", os.base),
            host,
            "status=done",
        )
        .await;
    assert_eq!(s, StatusCode::SEE_OTHER);
    let (_, page) = h.get(&converge, b).await;
    let card = page
        .split(&format!(r#"<li id="action-{willows}">"#))
        .nth(1)
        .and_then(|c| c.split("</li>").next())
        .expect("the action");
    assert!(!card.contains("Volunteer"), "{card}");
    let (s, body) = h
        .post(
            &format!("{}/actions/{willows}/volunteer", os.base),
            b,
            "on=1",
        )
        .await;
    assert_eq!(s, StatusCode::CONFLICT, "{body}");
    assert!(
        body.contains("nobody can volunteer for it any more"),
        "{body}"
    );
}

/// The text of a PDF by Poppler's pdftotext, or `None` (skip) where it is missing outside CI.
fn pdftotext(pdf: &[u8]) -> Option<String> {
    let dir = std::env::temp_dir().join(format!("convene-pdf-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("dir");
    let path = dir.join("p.pdf");
    std::fs::write(&path, pdf).expect("write");
    match std::process::Command::new("pdftotext")
        .arg(&path)
        .arg("-")
        .output()
    {
        Ok(out) => {
            assert!(out.status.success(), "pdftotext failed: {out:?}");
            Some(String::from_utf8_lossy(&out.stdout).into_owned())
        }
        Err(_) if std::env::var("CI").is_ok_and(|v| v == "true") => {
            panic!("CI=true but pdftotext (poppler-utils) is missing")
        }
        Err(_) => {
            eprintln!("skipping the PDF text check: install poppler-utils");
            None
        }
    }
}
