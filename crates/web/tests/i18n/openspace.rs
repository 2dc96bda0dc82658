//! The Open Space pages around the gathering page in the reader's language: a session, the
//! phone view, the kiosk and a display link (with their `lang`), the setup page and its
//! confirm steps, convergence, the calendar page, the list of gatherings, what is published,
//! and the words convene writes into the agenda's iCalendar file.

use super::page;
use crate::gatherings::{convene, open_space};
use crate::harness::*;
use axum::http::StatusCode;
use convene_domain::Role;

/// Every `text` is on the page, and none of the English `gone`.
#[track_caller]
fn reads(body: &str, text: &[&str], gone: &[&str]) {
    for t in text {
        assert!(body.contains(t), "{t} missing:\n{body}");
    }
    for g in gone {
        assert!(!body.contains(g), "English {g} left:\n{body}");
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_open_space_pages_speak_the_readers_language() {
    let h = Harness::sqlite().await;
    let w = h.world("bremen").await;
    let os = open_space(&h, &w).await;
    let host = w.steward.cookie.as_str();
    let ana = h.person_with_role(&w, Role::Member).await;
    let river = convene(&h, &os, &ana, "Rewilding the river").await;
    let cell = format!("cell={}%3A{}", os.rooms[0], os.slots[1]);
    let (s, b) = h
        .post(
            &format!("{}/s/{river}/place", os.base),
            Some(&ana.cookie),
            &cell,
        )
        .await;
    assert_eq!(s, StatusCode::SEE_OTHER, "{b}");
    let de = "de-DE,de;q=0.9";

    // A session's page, with the flash of the move just made.
    let session = format!("{}/s/{river}", os.base);
    let p = page(
        &h,
        &format!("{session}?done=placed&s={river}"),
        Some(host),
        de,
    )
    .await;
    reads(
        &p,
        &[
            r#"<html lang="de">"#,
            "<dt>Angeboten von</dt>",
            "der Raum hat 3 Plätze",
            "„Rewilding the river“ hängt jetzt an der Wand.",
            "Diskussionen zu dieser Session",
            "<h2>Diese Session verschieben</h2>",
            "Ich will teilnehmen",
        ],
        &[
            "Convened by",
            "Threads on this session",
            "Swap cells",
            "want to join",
        ],
    );
    let (s, p) = h
        .send(
            "POST",
            &format!("{session}/withdraw"),
            Some(host),
            Some(""),
            &[("origin", ORIGIN), ("accept-language", de)],
        )
        .await;
    assert_eq!(s, StatusCode::OK, "{p}");
    reads(
        &p,
        &["„Rewilding the river“ zurückziehen?", "Nein, zurück"],
        &["No, go back"],
    );

    // The phone view.
    let p = page(&h, &format!("{}/now", os.base), Some(host), de).await;
    reads(
        &p,
        &["Jetzt und gleich", "<h2 id=\"my-h\">Meine Sessions</h2>"],
        &["My sessions", "Nothing more"],
    );

    // The kiosk carries the language; a display link takes the browser's.
    let p = page(&h, &format!("{}/kiosk", os.base), Some(host), de).await;
    reads(
        &p,
        &[
            r#"<html lang="de">"#,
            "Alle Räume",
            "Anzeige-Links",
            "QR-Code",
        ],
        &[r#"lang="en""#, "All rooms", "Display links"],
    );
    let (s, made) = h
        .post(&format!("{}/display", os.base), Some(host), "")
        .await;
    assert_eq!(s, StatusCode::OK, "{made}");
    let display = extract_link(&made, "/display/").expect("the new link");
    let p = page(&h, &display, None, "fr-CH, en;q=0.5").await;
    reads(
        &p,
        &[
            r#"<html lang="fr">"#,
            "Toutes les salles",
            r#"data-revoked="Ce lien d’affichage a été révoqué.""#,
            "Plénière",
        ],
        &["All rooms", "Open the gathering"],
    );

    // The setup page, its notice and a phase's confirm step.
    let p = page(
        &h,
        &format!("{}/setup?done=slot&moved=2", os.base),
        Some(host),
        de,
    )
    .await;
    reads(
        &p,
        &[
            "Zeitfenster gespeichert. 2 Sessions sind auf den Marktplatz zurückgegangen.",
            "es ist in der Phase <strong id=\"phase\">Marktplatz</strong>.",
            "<h2 id=\"h-slots\">Zeitfenster</h2>",
            "3 Plätze",
        ],
        &["Time slots", "Save details", "seats"],
    );
    let p = page(
        &h,
        &format!("{}/phase?to=sessions", os.base),
        Some(host),
        de,
    )
    .await;
    reads(
        &p,
        &["Weiter zur Phase „Sessions“?", "Die Sessions laufen"],
        &["Move on to", "Cancel, keep"],
    );

    // Convergence, the calendar page, the list of gatherings, what is published.
    let p = page(&h, &format!("{}/converge", os.base), Some(host), de).await;
    reads(
        &p,
        &["Rangfolge", "Noch keine Maßnahmen."],
        &["Ranking", "No actions"],
    );
    let p = page(&h, &format!("{}/calendar", os.base), Some(host), de).await;
    reads(
        &p,
        &[
            "In deinem Kalender abonnieren",
            "Meinen Kalender-Link erstellen",
        ],
        &["Subscribe in your calendar"],
    );
    let p = page(&h, &format!("/c/{}/g", w.slug), Some(host), de).await;
    reads(
        &p,
        &["Einen neuen Open Space ausrichten"],
        &["Host a new Open Space"],
    );
    let p = page(&h, "/library/published", None, de).await;
    reads(
        &p,
        &["Auf diesem Server veröffentlicht"],
        &["Published on this server"],
    );

    // The agenda's iCalendar file: the plenary and "convened by" in German.
    let (s, ics) = h
        .send(
            "GET",
            &format!("{}/agenda.ics", os.base),
            Some(host),
            None,
            &[("accept-language", de)],
        )
        .await;
    assert_eq!(s, StatusCode::OK, "{ics}");
    reads(
        &ics,
        &["SUMMARY:Plenum", "Angeboten von "],
        &["Convened by"],
    );
}
