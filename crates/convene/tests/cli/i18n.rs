//! Languages in a real browser on the demo: a browser that asks for German gets the sign-in
//! page and the Open Space gathering page in German (`<html lang="de">`, the layout, the wall,
//! the host's tools); the person then chooses French on their account page, and the
//! proceedings PDF they download is French, as pdftotext reads it. Demo content stays English.

use crate::browser::{axe_violations, click_button, driver, fill, shot};
use crate::server::{Server, temp_dir};
use fantoccini::{Client, ClientBuilder, Locator};
use serde_json::json;
use std::time::Duration;

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

/// Fetches a URL with the browser's own cookies and headers and returns the bytes.
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

/// A headless Chromium whose language is German: it sends `Accept-Language: de-DE,de`.
async fn german_browser(driver: &str) -> Client {
    let _ = rustls::crypto::ring::default_provider().install_default();
    let mut caps = serde_json::Map::new();
    caps.insert(
        "goog:chromeOptions".into(),
        json!({"args": ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
            "--disable-background-networking", "--disable-component-update", "--disable-sync",
            "--no-first-run", "--disable-quic", "--window-size=1280,900", "--lang=de-DE"],
            "prefs": {"intl.accept_languages": "de-DE,de"}}),
    );
    ClientBuilder::rustls()
        .expect("tls")
        .capabilities(caps)
        .connect(driver)
        .await
        .expect("browser session")
}

/// The demo's first Open Space in riverbend (it has World Café and Lean Coffee ones too).
async fn first_open_space(c: &Client, url: &str) -> String {
    c.goto(&format!("{url}/c/riverbend/g"))
        .await
        .expect("gatherings");
    let src = c.source().await.expect("source");
    src.split("/c/riverbend/g/")
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
        .expect("an Open Space")
}

pub async fn gathering_in_german_and_proceedings_in_french() {
    let Some((_driver, driver)) = driver().await else {
        return;
    };
    let server = Server::start_in(&temp_dir("i18n"), &["--demo"]).await;
    let password = server.demo_password.clone().expect("demo password");
    let url = server.url.clone();
    let c = german_browser(&driver).await;

    c.goto(&format!("{url}/signin")).await.expect("signin");
    wait_text(&c, r#"<html lang="de">"#).await;
    wait_text(&c, "<h1>Anmelden</h1>").await;
    fill(&c, "email", "steward@demo.convene.test").await;
    fill(&c, "password", &password).await;
    click_button(&c, "Anmelden").await;
    wait_text(&c, ">Abmelden</button>").await;

    let id = first_open_space(&c, &url).await;
    let gathering = format!("{url}/c/riverbend/g/{id}");
    c.goto(&gathering).await.expect("gathering");
    // The layout, the gathering's facts and links, the wall and the host's tools; what people
    // wrote (the demo's titles and question) stays as written.
    for german in [
        r#"<html lang="de">"#,
        ">Treffen</a>",
        "<dt>Ort</dt>",
        "<dt>Zeitzone</dt>",
        r#"aria-label="Dieses Treffen""#,
        ">Dokumentation</a>",
        r#"aria-label="Agenda-Wand""#,
        "<h2>Gastgebende</h2>",
        "Einen Raum hinzufügen",
        "Marktplatz",
    ] {
        wait_text(&c, german).await;
    }
    let src = c.source().await.expect("source");
    for english in [
        ">Gatherings</a>",
        "Add a space",
        "Agenda wall",
        ">Proceedings</a>",
    ] {
        assert!(!src.contains(english), "{english} on the German page");
    }
    let problems = axe_violations(&c).await;
    assert!(
        problems.is_empty(),
        "axe on the German gathering page: {problems:?}"
    );
    shot(&c, "i18n-gathering-de").await;

    // The person chooses French for themselves: from now on their own setting wins over the
    // browser's German.
    c.goto(&format!("{url}/account")).await.expect("account");
    let select = c
        .find(Locator::Id("language-choice"))
        .await
        .expect("the language choice");
    select.select_by_value("fr").await.expect("choose French");
    click_button(&c, "Sprache speichern").await;
    wait_text(&c, "Votre langue est enregistrée.").await;
    wait_text(&c, r#"<html lang="fr">"#).await;

    let pdf = fetch(&c, &format!("{gathering}/proceedings.pdf")).await;
    assert!(pdf.starts_with(b"%PDF-"), "a PDF");
    let path = temp_dir("i18n-pdf").join("proceedings.pdf");
    std::fs::write(&path, &pdf).expect("write pdf");
    match std::process::Command::new("pdftotext")
        .arg(&path)
        .arg("-")
        .output()
    {
        Ok(out) => {
            // Lines wrap where the page is full: compare words, not line breaks.
            let text = String::from_utf8_lossy(&out.stdout)
                .split_whitespace()
                .collect::<Vec<_>>()
                .join(" ");
            for french in [
                "Compte rendu de",
                "Lieu",
                "Participation",
                "Sommaire",
                "rédigé par ses participantes et participants",
            ] {
                assert!(text.contains(french), "{french} not in:\n{text}");
            }
            for english in ["Venue:", "Attendance:", "Contents", "by its participants"] {
                assert!(!text.contains(english), "{english} in:\n{text}");
            }
        }
        Err(_) => assert!(
            !std::env::var("CI").is_ok_and(|v| v == "true"),
            "CI=true but pdftotext is missing"
        ),
    }
    // The PDF's document language is the reader's.
    assert!(
        pdf.windows(10).any(|w| w == b"/Lang (fr)"),
        "the PDF's /Lang is fr"
    );
    c.close().await.expect("close");
}
