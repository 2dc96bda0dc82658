//! The practice library and the other formats' pages in German, French and Spanish: the
//! catalog, a practice, a pattern, a community's library, a design (its page, sheet, run and
//! timer words), the World Café, a Lean Coffee board and an initiative.

use super::page;
use crate::designs::three_block_design;
use crate::harness::*;
use axum::http::StatusCode;

fn has_all(body: &str, texts: &[&str]) {
    for t in texts {
        assert!(body.contains(t), "{t} missing:\n{body}");
    }
}

fn has_none(body: &str, texts: &[&str]) {
    for t in texts {
        assert!(!body.contains(t), "{t} leaks:\n{body}");
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_library_practices_and_designs_speak_the_readers_language() {
    let h = Harness::sqlite().await;
    let w = h.world("bibliothek").await;
    let me = w.steward.cookie.as_str();

    let de = page(&h, "/library?people=6", None, "de-DE").await;
    has_all(
        &de,
        &[
            "<h1>Methodenbibliothek</h1>",
            ">Personen</label>",
            "Methoden zeigen",
            "Muster, die am häufigsten zusammen vorkommen",
            "auf diesem Server veröffentlichten Designs",
        ],
    );
    has_none(
        &de,
        &["Show practices", " practices.", "people<", "Any pattern"],
    );
    let fr = page(&h, "/library/practices/1-2-4-all", None, "fr").await;
    has_all(
        &fr,
        &[
            "<h2>Étapes</h2>",
            "Les cinq éléments de conception",
            "Licence et attribution",
            "personnes",
        ],
    );
    has_none(
        &fr,
        &["<h2>Steps</h2>", "The five design elements", "people ·"],
    );
    let es = page(&h, "/library/patterns/active-listening", None, "es").await;
    has_all(&es, &["Biblioteca de prácticas", "Prácticas hechas con él"]);
    has_none(&es, &["Practices made with it", "Practice library"]);

    // A design in the community's library, in German: the page, the sheet and the run.
    let api = format!("/api/v1/communities/{}", w.slug);
    let t = &w.steward.token;
    let (s, b) = h
        .api(
            "POST",
            &format!("{api}/designs"),
            t,
            Some(&three_block_design("morgen").to_string()),
        )
        .await;
    assert_eq!(s, StatusCode::CREATED, "{b}");
    let lib = page(&h, &format!("/c/{}/library", w.slug), Some(me), "de").await;
    has_all(
        &lib,
        &[
            "Die Bibliothek der Gemeinschaft",
            "Methoden des offenen Katalogs",
            "Ein Design zusammenstellen",
            "nur für Mitglieder",
            "Importieren",
        ],
    );
    has_none(
        &lib,
        &["Compose a design", "members only", "The file's text"],
    );
    let base = format!("/c/{}/library/designs/morgen", w.slug);
    let d = page(&h, &base, Some(me), "de").await;
    has_all(
        &d,
        &[
            "1 Std. 10 Min. in 4 Blöcken",
            "ab Min. 15",
            "Namensnennung und Stammbaum",
            "Remix-Stammbaum: 0 Werke davor, 0 Fassungen danach",
            "Eine eigene Fassung anlegen",
            "Noch kein Treffen, in dem es laufen kann.",
        ],
    );
    has_none(&d, &["at 15 min", "Fork it", "Run it", "Remix lineage"]);
    let sheet = page(&h, &format!("{base}/sheet"), Some(me), "es").await;
    has_all(
        &sheet,
        &["Hoja de facilitación", "<th scope=\"col\">Empieza</th>"],
    );
    has_none(&sheet, &["Facilitator's sheet", ">Starts<"]);
    let new = page(
        &h,
        &format!("/c/{}/library/designs/new", w.slug),
        Some(me),
        "fr",
    )
    .await;
    has_all(
        &new,
        &["Composer un déroulé", "Aucune\u{a0}: un bloc libre"],
    );
    has_none(&new, &["Save the design", "None: a free block"]);
    let (s, del) = h
        .send(
            "POST",
            &format!("{base}/delete"),
            Some(me),
            Some(""),
            &[("origin", ORIGIN), ("accept-language", "fr")],
        )
        .await;
    assert_eq!(s, StatusCode::OK, "{del}");
    has_all(&del, &["Supprimer le déroulé", "Non, revenir"]);

    let (s, g) = h.api("POST", &format!("{api}/gatherings"), t, Some(r#"{"title":"Frühlingstag","calling_question":"Was nun?","invitation":"Komm.","venue":"Saal","time_zone":"Europe/Berlin"}"#)).await;
    assert_eq!(s, StatusCode::CREATED, "{g}");
    let gid = crate::designs::v(&g)["id"].as_i64().expect("id");
    let (s, b) = h
        .api(
            "POST",
            &format!("{api}/gatherings/{gid}/run"),
            t,
            Some(r#"{"design":"morgen"}"#),
        )
        .await;
    assert_eq!(s, StatusCode::OK, "{b}");
    let run = page(
        &h,
        &format!("/c/{}/g/{gid}/run?done=run", w.slug),
        Some(me),
        "de",
    )
    .await;
    has_all(
        &run,
        &[
            "Das Treffen folgt diesem Design",
            ">Nächster Block</button>",
            "<h2>Tagesordnung</h2>",
            // The timer's script reads its words from the page, values marked with `%`.
            r#"data-t-left="Noch %left von %planned.""#,
            r#"data-t-block="Block %n von %blocks: ""#,
        ],
    );
    has_none(&run, &["Next block", "Large view for the room"]);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_cafe_lean_coffee_and_initiatives_speak_the_readers_language() {
    let h = Harness::sqlite().await;
    let w = h.world("formate").await;
    let me = Some(w.steward.cookie.as_str());

    // A World Café with a running round, in German and then Spanish.
    let (s, headers, body) = h
        .post_full(&format!("/c/{}/g", w.slug), me, GATHERING_FORM)
        .await;
    assert_eq!(s, StatusCode::SEE_OTHER, "{body}");
    let g = headers["location"].to_str().expect("location").to_owned();
    let cafe = format!("{g}/cafe");
    let new = page(&h, &cafe, me, "de").await;
    has_all(&new, &["Anzahl der Tische", "Daraus ein World Café machen"]);
    has_none(&new, &["Number of tables"]);
    let (s, _) = h.post(&cafe, me, "tables=3&table_size=4").await;
    assert_eq!(s, StatusCode::SEE_OTHER);
    let (s, _) = h
        .post(
            &format!("{cafe}/rounds"),
            me,
            "question=Was+bewegt+dich%3F&minutes=20",
        )
        .await;
    assert_eq!(s, StatusCode::SEE_OTHER);
    let (s, _) = h.post(&format!("{cafe}/start"), me, "").await;
    assert_eq!(s, StatusCode::SEE_OTHER);
    let de = page(&h, &format!("{cafe}?done=started"), me, "de").await;
    has_all(
        &de,
        &[
            "Die Runde hat begonnen.",
            "Runde 1 von 1",
            // The round's clock in words, whatever second it is.
            "20 Minuten · noch ",
            "Steuerung für die Gastgebenden",
            "Hier sitzen",
        ],
    );
    has_none(
        &de,
        &["minutes ·", "Sit here", "Host controls", "Round 1 of 1"],
    );
    let es = page(&h, &format!("{cafe}/harvest"), me, "es").await;
    has_all(&es, &["Muro de cosecha", "Memoria (PDF)"]);
    has_none(&es, &["Harvest wall", "Proceedings (PDF)"]);

    // A Lean Coffee board with a topic, in French.
    let (s, headers, _) = h
        .post_full(
            &format!("/c/{}/lean", w.slug),
            me,
            "title=Caf%C3%A9+lean&question=Et+maintenant%3F&time_zone=UTC&votes=3&minutes=5",
        )
        .await;
    assert_eq!(s, StatusCode::SEE_OTHER);
    let board = headers["location"].to_str().expect("location").to_owned();
    let (s, _) = h
        .post(&format!("{board}/topics"), me, "title=Le+jardin")
        .await;
    assert_eq!(s, StatusCode::SEE_OTHER);
    let fr = page(&h, &format!("{board}?done=proposed"), me, "fr").await;
    has_all(
        &fr,
        &[
            "Votre sujet est sur le tableau",
            "À discuter",
            "0 voix",
            "Proposé par",
            "Il vous reste",
        ],
    );
    has_none(&fr, &["To discuss", "Proposed by", "Take back my vote"]);
    let list = page(&h, &format!("/c/{}/lean", w.slug), me, "es").await;
    has_all(&list, &["Organizar un nuevo Lean Coffee", "abierto"]);

    // An initiative, in Spanish.
    let (s, headers, _) = h
        .post_full(
            &format!("/c/{}/initiatives", w.slug),
            me,
            "title=Huerto&purpose=Plantar+juntos.&g=&a=",
        )
        .await;
    assert_eq!(s, StatusCode::SEE_OTHER);
    let to = headers["location"].to_str().expect("location").to_owned();
    let i = page(&h, &to, me, "es").await;
    has_all(
        &i,
        &[
            "Tu iniciativa ha empezado.",
            "Peticiones de ayuda",
            "la inició",
            "Publicar novedad",
        ],
    );
    has_none(&i, &["Asks for help", "started it", "Post update"]);
    let list = page(&h, &format!("/c/{}/initiatives", w.slug), me, "de").await;
    has_all(&list, &["Eine Initiative starten", "1 Person dabei"]);
    has_none(&list, &["Start an initiative", "in it"]);
}
