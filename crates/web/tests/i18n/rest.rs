//! The last surfaces in the reader's language: a use-case's refusal on a page, a moment
//! written by locale, and the unsubscribe page (no session: the signed link's account's
//! setting, else the browser).

use super::page;
use crate::gatherings::open_space;
use crate::harness::*;
use axum::http::StatusCode;
use convene_domain::Role;
use convene_store::test_both_dbs;

test_both_dbs!(
    a_use_cases_refusal_reads_in_the_readers_language,
    |store| async move {
        let h = Harness::new(store, 100).await;
        let w = h.world("berne").await;
        let os = open_space(&h, &w).await;
        let me = Some(w.steward.cookie.as_str());
        // The gathering is in its marketplace: closing it now skips two phases.
        for (accept, says) in [
            (
                "de",
                "Auf die Phase Marktplatz folgt die Phase Sessions, nicht die Phase Abschluss.",
            ),
            (
                "fr-CH",
                "Après la phase de la place du marché, une rencontre passe à la phase des sessions, pas à la phase de clôture.",
            ),
            (
                "es",
                "Tras la fase de mercado, un encuentro pasa a la fase de sesiones",
            ),
            (
                "",
                "A gathering moves from marketplace to sessions next, not to closed.",
            ),
        ] {
            let mut headers = vec![("origin", ORIGIN)];
            if !accept.is_empty() {
                headers.push(("accept-language", accept));
            }
            let (s, body) = h
                .send(
                    "POST",
                    &format!("{}/phase", os.base),
                    me,
                    Some("to=closed"),
                    &headers,
                )
                .await;
            assert_eq!(s, StatusCode::CONFLICT, "{body}");
            assert!(body.contains(says), "{accept}: {says} missing:\n{body}");
        }
        // The account's own setting comes first.
        let (s, b) = h.post("/account/language", me, "language=de").await;
        assert_eq!(s, StatusCode::SEE_OTHER, "{b}");
        let (s, body) = h
            .send(
                "POST",
                &format!("{}/phase", os.base),
                me,
                Some("to=closed"),
                &[("origin", ORIGIN), ("accept-language", "es")],
            )
            .await;
        assert_eq!(s, StatusCode::CONFLICT, "{body}");
        assert!(body.contains("nicht die Phase Abschluss"), "{body}");
    }
);

test_both_dbs!(
    a_moment_is_written_as_the_readers_locale_writes_it,
    |store| async move {
        let h = Harness::new(store, 100).await;
        let w = h.world("lille").await;
        let me = Some(w.steward.cookie.as_str());
        let path = format!("/c/{}/members", w.slug);
        // The harness's clock stands at 2027-01-15 08:00 UTC, when everyone joined.
        for (accept, moment) in [
            ("fr", "15 janvier 2027 à 08:00 UTC"),
            ("de", "15. Januar 2027, 08:00 Uhr UTC"),
            ("es", "15 de enero de 2027, a las 08:00 UTC"),
            ("en", "15 January 2027, 08:00 UTC"),
        ] {
            let body = page(&h, &path, me, accept).await;
            assert!(body.contains(moment), "{accept}: {moment} missing:\n{body}");
            assert!(!body.contains("2027-01-15 08:00"), "{body}");
        }
    }
);

test_both_dbs!(
    the_unsubscribe_page_speaks_the_linked_accounts_language,
    |store| async move {
        let h = Harness::new(store, 100).await;
        let w = h.world("cadiz").await;
        let member = h.person_with_role(&w, Role::Member).await;
        let (s, b) = h
            .post(
                "/account/language",
                Some(w.steward.cookie.as_str()),
                "language=es",
            )
            .await;
        assert_eq!(s, StatusCode::SEE_OTHER, "{b}");
        let link = h
            .app
            .unsubscribe_path(&h.system, w.steward.account.id, "mention")
            .await
            .expect("link");
        // No session: the account the link names chose Spanish, which beats the French browser.
        let es = page(&h, &link, None, "fr").await;
        assert!(
            es.contains(r#"<html lang="es">"#) && es.contains("<h1>Darse de baja</h1>"),
            "{es}"
        );
        let (s, done) = h
            .send(
                "POST",
                &link,
                None,
                Some("List-Unsubscribe=One-Click"),
                &[("accept-language", "de")],
            )
            .await;
        assert_eq!(s, StatusCode::OK, "{done}");
        assert!(done.contains(r#"<html lang="es">"#), "{done}");
        // An account that chose nothing reads the browser's language.
        let link = h
            .app
            .unsubscribe_path(&h.system, member.account.id, "all")
            .await
            .expect("link");
        let fr = page(&h, &link, None, "fr").await;
        assert!(
            fr.contains(r#"<html lang="fr">"#) && fr.contains("<h1>Se désabonner</h1>"),
            "{fr}"
        );
    }
);
