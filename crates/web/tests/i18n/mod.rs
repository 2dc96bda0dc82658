//! Languages over HTTP: who gets which language (the account's setting, then the browser's
//! `Accept-Language`, then the community's default), on the translated surfaces (layout,
//! sign-in, the Open Space gathering page, the proceedings), and the setting in `/api/v1/me`.

mod openspace;

mod talk;

mod people;

use crate::gatherings::open_space;
use crate::harness::*;
use axum::http::StatusCode;
use convene_store::test_both_dbs;
use serde_json::Value;

mod network;

mod practice;

mod rest;

async fn page(h: &Harness, path: &str, cookie: Option<&str>, accept: &str) -> String {
    let headers: Vec<(&str, &str)> = if accept.is_empty() {
        vec![]
    } else {
        vec![("accept-language", accept)]
    };
    let (s, body) = h.send("GET", path, cookie, None, &headers).await;
    assert_eq!(s, StatusCode::OK, "GET {path}: {body}");
    body
}

test_both_dbs!(
    the_reader_gets_their_language_on_every_translated_surface,
    |store| async move {
        let h = Harness::new(store, 100).await;
        let w = h.world("lyon").await;
        let os = open_space(&h, &w).await;
        let me = w.steward.cookie.as_str();

        // Signed out: the browser decides; a language convene does not speak falls to English.
        let de = page(&h, "/signin", None, "de-DE,de;q=0.9,en;q=0.5").await;
        assert!(
            de.contains(r#"<html lang="de">"#) && de.contains("<h1>Anmelden</h1>"),
            "{de}"
        );
        assert!(
            de.contains("Passwort") && !de.contains(">Password<"),
            "{de}"
        );
        let pt = page(&h, "/signin", None, "pt-BR, ja;q=0.5").await;
        assert!(
            pt.contains(r#"<html lang="en">"#) && pt.contains("<h1>Sign in</h1>"),
            "{pt}"
        );

        // The gathering page in Spanish from the browser: layout, facts, wall, host's tools.
        let es = page(&h, &os.base, Some(me), "es-MX,es;q=0.8").await;
        for text in [
            r#"<html lang="es">"#,
            ">Encuentros</a>",
            "<dt>Lugar</dt>",
            ">Memoria</a>",
            "<h2>Organización</h2>",
            "Big Hall (3 plazas)",
            "1 de diciembre de 2026",
            "Mercado",
        ] {
            assert!(es.contains(text), "{text} missing:\n{es}");
        }
        assert!(
            !es.contains("Add a space") && !es.contains(">Gatherings<"),
            "{es}"
        );

        // The community's default serves readers whose browser asks for nothing convene speaks.
        let (s, b) = h
            .post(
                &format!("/c/{}/settings/language", w.slug),
                Some(me),
                "language=fr",
            )
            .await;
        assert_eq!(s, StatusCode::SEE_OTHER, "{b}");
        let fr = page(&h, &os.base, Some(me), "").await;
        assert!(
            fr.contains(r#"<html lang="fr">"#) && fr.contains("<dt>Lieu</dt>"),
            "{fr}"
        );
        assert!(fr.contains("1er décembre 2026"), "{fr}");
        let (s, b) = h
            .post(
                &format!("/c/{}/settings/language", w.slug),
                Some(me),
                "language=xx",
            )
            .await;
        assert_eq!(s, StatusCode::UNPROCESSABLE_ENTITY, "{b}");
        // …but not over the browser: German still wins for a German browser.
        let de = page(&h, &os.base, Some(me), "de").await;
        assert!(de.contains("<dt>Ort</dt>"), "{de}");

        // The account's own setting wins over both; the proceedings follow it.
        let (s, b) = h.post("/account/language", Some(me), "language=de").await;
        assert_eq!(s, StatusCode::SEE_OTHER, "{b}");
        let acc = page(&h, "/account?done=language", Some(me), "fr").await;
        assert!(acc.contains("Deine Sprache ist gespeichert."), "{acc}");
        assert!(
            acc.contains(r#"<option value="de" lang="de" selected>Deutsch</option>"#),
            "{acc}"
        );
        let proc = page(&h, &format!("{}/proceedings", os.base), Some(me), "fr").await;
        for text in [
            "Datum: 1. Dezember 2026",
            "Ort:",
            "Inhalt",
            "Teilnahme: 0 Personen hatten zugesagt",
        ] {
            assert!(proc.contains(text), "{text} missing:\n{proc}");
        }
        let (s, b) = h
            .post("/account/language", Some(me), "language=klingon")
            .await;
        assert_eq!(s, StatusCode::UNPROCESSABLE_ENTITY, "{b}");
        // Back to following the browser.
        let (s, _) = h.post("/account/language", Some(me), "language=").await;
        assert_eq!(s, StatusCode::SEE_OTHER);
        let en = page(&h, &os.base, Some(me), "en-GB").await;
        assert!(
            en.contains(r#"<html lang="en">"#) && en.contains("<dt>Venue</dt>"),
            "{en}"
        );
    }
);

test_both_dbs!(
    the_language_is_in_the_api_and_its_document,
    |store| async move {
        let h = Harness::new(store, 100).await;
        let w = h.world("leipzig").await;
        let token = w.steward.token.as_str();
        let (s, b) = h.api("GET", "/api/v1/me", token, None).await;
        assert_eq!(s, StatusCode::OK, "{b}");
        let me: Value = serde_json::from_str(&b).expect("json");
        assert_eq!(me["language"], Value::Null);
        assert_eq!(me["languages"], serde_json::json!(["en", "de", "fr", "es"]));

        let (s, b) = h
            .api(
                "PUT",
                "/api/v1/me/language",
                token,
                Some(r#"{"language":"es"}"#),
            )
            .await;
        assert_eq!(s, StatusCode::NO_CONTENT, "{b}");
        let (_, b) = h.api("GET", "/api/v1/me", token, None).await;
        let me: Value = serde_json::from_str(&b).expect("json");
        assert_eq!(me["language"], "es");
        // The same setting drives the pages.
        let home = page(&h, &format!("/c/{}", w.slug), Some(&w.steward.cookie), "de").await;
        assert!(home.contains(r#"<html lang="es">"#), "{home}");

        for bad in [
            r#"{"language":"xx"}"#,
            r#"{"language":"de-DE-x-very-long-tag"}"#,
            r#"{"language":5}"#,
        ] {
            let (s, b) = h.api("PUT", "/api/v1/me/language", token, Some(bad)).await;
            assert!(s.is_client_error(), "{bad}: {s} {b}");
        }
        let (_, b) = h.api("GET", "/api/v1/me", token, None).await;
        assert_eq!(
            serde_json::from_str::<Value>(&b).expect("json")["language"],
            "es"
        );
        let (s, _) = h
            .api(
                "PUT",
                "/api/v1/me/language",
                token,
                Some(r#"{"language":null}"#),
            )
            .await;
        assert_eq!(s, StatusCode::NO_CONTENT);
        let (_, b) = h.api("GET", "/api/v1/me", token, None).await;
        assert_eq!(
            serde_json::from_str::<Value>(&b).expect("json")["language"],
            Value::Null
        );

        let (s, _) = h
            .send("PUT", "/api/v1/me/language", None, Some("{}"), &[])
            .await;
        assert!(s.is_client_error());
        let (_, doc) = h.get("/api/v1/openapi.json", None).await;
        let doc: Value = serde_json::from_str(&doc).expect("json");
        assert!(doc["paths"]["/api/v1/me/language"]["put"].is_object());
        assert!(doc["components"]["schemas"]["MeLanguage"].is_object());
        assert!(doc["components"]["schemas"]["Me"]["properties"]["language"].is_object());
    }
);
