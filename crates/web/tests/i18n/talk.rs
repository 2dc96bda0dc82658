//! The conversation and governance pages and the notification mails in the reader's language:
//! threads, inbox, e-mail settings, search, contributions, the public page and its feed,
//! moderation and governance; a mention's e-mail and the digest worded in German.

use super::page;
use crate::harness::*;
use axum::http::StatusCode;
use convene_app::mail::MailSettings;
use convene_app::notify_mail::{compose_digest, compose_one};
use convene_domain::Role;
use convene_domain::thread::handle;

/// Each text is on the page and none of the English ones is.
fn has(page: &str, texts: &[&str], english: &[&str]) {
    for t in texts {
        assert!(page.contains(t), "{t} missing:\n{page}");
    }
    for e in english {
        assert!(!page.contains(e), "English {e} left:\n{page}");
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn talk_and_governance_pages_and_mails_speak_the_readers_language() {
    let h = Harness::sqlite().await;
    let w = h.world("babel").await;
    let ben = h.person_with_role(&w, Role::Member).await;
    let st = w.steward.cookie.as_str();
    let b = ben.cookie.as_str();
    let base = format!("/c/{}", w.slug);

    // Threads, in French from the browser.
    let list = page(&h, &format!("{base}/threads"), Some(st), "fr").await;
    has(
        &list,
        &[
            "<h1>Discussions</h1>",
            "Lancer une discussion",
            "Aucune discussion",
        ],
        &["Start a thread", "No threads yet"],
    );
    let new = page(&h, &format!("{base}/threads/new"), Some(st), "fr").await;
    has(
        &new,
        &["Seulement les membres de Home", "Qui peut la lire"],
        &["Who may read it", "Members of Home only"],
    );
    let body = format!("Which willows hold the bank, @{}?", handle(&ben.name));
    let (s, res, _) = h
        .post_full(
            &format!("{base}/threads"),
            Some(st),
            &format!("title=Willows&visibility=network&body={}", enc(&body)),
        )
        .await;
    assert_eq!(s, StatusCode::SEE_OTHER);
    // The fan-out tells Ben; the index takes the thread.
    h.app.run_jobs(&h.system).await.expect("jobs");
    let to = res["location"].to_str().expect("location").to_owned();
    let thread = page(&h, &to, Some(st), "fr").await;
    has(
        &thread,
        &[
            "Votre discussion est lancée",
            "Toute la communauté peut lire cette discussion",
            "Publier la réponse",
            "Citer dans une réponse",
        ],
        &["Post reply", "Tell me about", "Your thread is started"],
    );
    let tid = to
        .split("/threads/")
        .nth(1)
        .and_then(|r| r.split('?').next())
        .expect("thread id");
    let reply = page(
        &h,
        &format!("{base}/threads/{tid}/reply?quote=0"),
        Some(b),
        "es",
    )
    .await;
    has(&reply, &["Responder a «Willows»"], &["Reply to"]);

    // Ben's inbox in Spanish: the item is worded there too.
    let inbox = page(&h, "/inbox", Some(b), "es-ES").await;
    has(
        &inbox,
        &[
            "<h1>Bandeja de entrada</h1>",
            "1 notificación que aún no has leído.",
            "te mencionó en «Willows»",
            "Marcar como leído",
        ],
        &[
            "Mark read",
            "mentioned you in",
            "notification you have not read",
        ],
    );
    let settings = page(&h, "/account/notifications", Some(b), "es").await;
    has(
        &settings,
        &["Alguien me menciona", "En el resumen diario"],
        &["Someone mentions me", "No e-mail"],
    );

    // The steward's own setting (German) over the browser's French: search, contributions.
    let (s, _) = h.post("/account/language", Some(st), "language=de").await;
    assert_eq!(s, StatusCode::SEE_OTHER);
    let found = page(&h, &format!("{base}/search?q=willows"), Some(st), "fr").await;
    has(
        &found,
        &[
            "<h1>Suche</h1>",
            "1 Ergebnis, das du lesen darfst, passt zu „willows“.",
            "Gespräch · von",
            "Eingrenzen",
        ],
        &["Narrow down", "result you may read", "Thread · by"],
    );
    let mine = page(&h, &format!("{base}/contributions"), Some(st), "fr").await;
    has(
        &mine,
        &["<h1>Meine Beiträge</h1>", "Einen Beitrag einreichen"],
        &["My contributions", "Submit a contribution"],
    );
    let form = page(&h, &format!("{base}/contributions/new"), Some(st), "").await;
    has(
        &form,
        &["Zusammenfassung", "Namensnennung"],
        &["Summary", "Attribution"],
    );

    // Signed out, the public page and its feed follow the browser, then the community.
    let public = page(&h, &format!("{base}/public"), None, "es").await;
    has(
        &public,
        &["Aún no hay nada publicado.", "Canal Atom"],
        &["Nothing is published"],
    );
    let (s, _) = h
        .post(
            &format!("{base}/settings/language"),
            Some(st),
            "language=fr",
        )
        .await;
    assert_eq!(s, StatusCode::SEE_OTHER);
    let (_, feed) = h.get(&format!("{base}/public.atom"), None).await;
    assert!(
        feed.contains("babel community\u{a0}: contributions publiées"),
        "{feed}"
    );

    // Moderation and governance, for the German steward.
    let queue = page(&h, &format!("{base}/moderation"), Some(st), "").await;
    has(
        &queue,
        &["Offene Fälle (0)", "Nichts wartet.", "Moderationsprotokoll"],
        &["Open cases", "Nothing waiting"],
    );
    let log = page(&h, &format!("{base}/moderation/log"), Some(st), "").await;
    has(
        &log,
        &["Noch nichts verzeichnet."],
        &["Nothing recorded yet"],
    );
    let gov = page(&h, &format!("{base}/governance"), Some(st), "").await;
    has(
        &gov,
        &[
            "<h1>Selbstverwaltung</h1>",
            "Entscheidungsregeln",
            "Änderung einer Richtlinie",
            "Konsent",
        ],
        &["Decision rules", "Policy change", "How each kind of change"],
    );

    // The mention's e-mail and a digest, worded as Ben's inbox item is: in German once he
    // chose it.
    let (s, _) = h.post("/account/language", Some(b), "language=de").await;
    assert_eq!(s, StatusCode::SEE_OTHER);
    let account = convene_app::store::Account {
        language: Some("de".into()),
        ..ben.account.clone()
    };
    let items = h.app.inbox(&account).await.expect("inbox");
    assert_eq!(items.len(), 1, "{items:?}");
    let mail = MailSettings {
        host: "127.0.0.1".into(),
        port: 25,
        from: "convene <convene@convene.test>".into(),
        tls: false,
        public_url: ORIGIN.into(),
    };
    let one = compose_one(
        &mail,
        &account,
        &items[0],
        "http://convene.test/unsubscribe/x",
    );
    assert!(
        one.subject.ends_with("hat dich in „Willows“ erwähnt"),
        "{}",
        one.subject
    );
    for text in [
        "Öffnen: http://convene.test/c/babel/threads/",
        "Diese E-Mails abbestellen",
    ] {
        assert!(one.text.contains(text), "{text} missing:\n{}", one.text);
    }
    assert!(one.html.contains(r#"<html lang="de">"#), "{}", one.html);
    assert!(!one.text.contains("Open it") && !one.text.contains("Stop these"));
    let digest = compose_digest(&mail, &account, &items, "http://convene.test/unsubscribe/y");
    assert_eq!(
        digest.subject,
        "Deine tägliche Zusammenfassung: 1 Benachrichtigung"
    );
    assert!(digest.text.contains("## Erwähnungen"), "{}", digest.text);
}
