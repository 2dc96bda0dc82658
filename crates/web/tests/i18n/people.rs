//! The pages about people (community, members, roles, invitations, audit log, answering an
//! invitation, a reset link) and the errors people see, in German, French and Spanish: the
//! field's own name in a validation error, a use-case's message by its key, the JSON API's
//! error in the reader's language with its shape unchanged.

use crate::harness::*;
use axum::http::StatusCode;
use serde_json::Value;

async fn send(
    h: &Harness,
    method: &str,
    path: &str,
    cookie: Option<&str>,
    form: Option<&str>,
    lang: &str,
) -> (StatusCode, String) {
    let headers = [("accept-language", lang), ("origin", ORIGIN)];
    h.send(method, path, cookie, form, &headers).await
}

async fn page(h: &Harness, path: &str, cookie: &str, lang: &str) -> String {
    let (s, body) = send(h, "GET", path, Some(cookie), None, lang).await;
    assert_eq!(s, StatusCode::OK, "GET {path}: {body}");
    body
}

fn has_all(body: &str, texts: &[&str]) {
    for t in texts {
        assert!(body.contains(t), "{t} missing:\n{body}");
    }
}

fn has_none(body: &str, texts: &[&str]) {
    for t in texts {
        assert!(!body.contains(t), "{t} left in English:\n{body}");
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_pages_about_people_are_in_the_readers_language() {
    let h = Harness::sqlite().await;
    let w = h.world("bern").await;
    let me = w.steward.cookie.as_str();
    let c = format!("/c/{}", w.slug);

    let home = page(&h, &c, me, "de").await;
    has_all(
        &home,
        &[
            "<h2 id=\"h-next\">Nächstes Treffen</h2>",
            "Noch ist kein Treffen geplant.",
            "<dt>Beitritt</dt><dd>auf Einladung</dd>",
            "<dd>Steward, Mitglied</dd>",
            "<span class=\"badge\">Heimat</span>",
        ],
    );
    has_none(&home, &["Next gathering", "by invitation", "Your roles"]);

    let members = page(&h, &format!("{c}/members"), me, "de").await;
    has_all(
        &members,
        &[
            "<h1>Mitglieder <small>(1)</small></h1>",
            "Mitglieder durchsuchen",
            "1 Mitglied.",
            "Aktionen für Stewards",
            "Link zum Zurücksetzen ausstellen",
        ],
    );
    has_none(&members, &["Search members", "Steward actions", "Joined"]);

    let roles = page(&h, &format!("{c}/roles"), me, "fr").await;
    has_all(
        &roles,
        &[
            "Ce que chaque rôle permet",
            "Inviter des personnes",
            "<th scope=\"col\">Intendance</th>",
            "Enregistrer les rôles",
        ],
    );
    has_none(
        &roles,
        &["CreateInvitation", "What each role may do", "Save roles"],
    );

    let link = h.invite(&w, me, "link", 5).await;
    let invitations = page(&h, &format!("{c}/invitations"), me, "es").await;
    has_all(
        &invitations,
        &[
            "<summary>Invitar a alguien</summary>",
            "Buscar invitaciones",
            "1 invitación.",
            ">abierta</span> · enlace",
            "Retirar invitación",
        ],
    );
    has_none(
        &invitations,
        &["Invite someone", "Create invitation", "expires "],
    );

    let audit = page(&h, &format!("{c}/audit"), me, "fr").await;
    has_all(
        &audit,
        &[
            "<h1>Journal d’audit</h1>",
            "Invitation créée",
            "Communauté créée",
        ],
    );
    has_none(&audit, &["Invitation created", "Nothing recorded yet"]);

    // Answering the invitation, signed out: the browser's language.
    let path = link.trim_start_matches(ORIGIN);
    let (s, invite) = send(&h, "GET", path, None, None, "es-ES").await;
    assert_eq!(s, StatusCode::OK, "{invite}");
    has_all(
        &invite,
        &[
            "Te invitan a bern community",
            "Aceptar y unirse",
            "(al menos 10 caracteres)",
            "Rechazar",
        ],
    );
    has_none(&invite, &["Accept and join", "Your name", "Decline"]);

    // A reset link, issued in German, opened by someone whose browser asks for French. The
    // operator's own password is not a steward's to reset: that refusal is in German too.
    let (s, body) = send(
        &h,
        "POST",
        &format!("{c}/members/{}/reset", w.steward.membership_id),
        Some(me),
        Some("reason=Forgot+it"),
        "de",
    )
    .await;
    assert_eq!(s, StatusCode::CONFLICT, "{body}");
    assert!(
        body.contains("Das Passwort des Betreibers kann nicht"),
        "{body}"
    );
    let member = h.person_with_role(&w, convene_domain::Role::Member).await;
    let (s, issued) = send(
        &h,
        "POST",
        &format!("{c}/members/{}/reset", member.membership_id),
        Some(me),
        Some("reason=Forgot+it"),
        "de",
    )
    .await;
    assert_eq!(s, StatusCode::OK, "{issued}");
    assert!(
        issued.contains("Link zum Zurücksetzen des Passworts"),
        "{issued}"
    );
    let reset = extract_link(&issued, "/reset/").expect("reset link");
    let (s, body) = send(&h, "GET", &reset, None, None, "fr").await;
    assert_eq!(s, StatusCode::OK, "{body}");
    has_all(
        &body,
        &["Choisir un nouveau mot de passe", "Définir le mot de passe"],
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn errors_are_in_the_readers_language() {
    let h = Harness::sqlite().await;
    let w = h.world("genf").await;
    let me = w.steward.cookie.as_str();

    // A field's text: the sentence and the field's name, in French.
    let (s, body) = send(
        &h,
        "POST",
        "/communities",
        Some(me),
        Some("name=&purpose=x&home_organization=Home"),
        "fr",
    )
    .await;
    assert_eq!(s, StatusCode::UNPROCESSABLE_ENTITY, "{body}");
    has_all(
        &body,
        &[
            "Le champ « nom de la communauté » est obligatoire",
            "<h1>Créer une communauté</h1>",
        ],
    );
    has_none(&body, &["community name is required"]);

    // A use-case's message by its key: the last steward keeps the role, in German.
    let (s, body) = send(
        &h,
        "POST",
        &format!("/c/{}/roles/{}", w.slug, w.steward.membership_id),
        Some(me),
        Some("reason=Stepping+back"),
        "de",
    )
    .await;
    assert_eq!(s, StatusCode::CONFLICT, "{body}");
    has_all(
        &body,
        &["Eine Gemeinschaft braucht mindestens eine Stewardin"],
    );
    has_none(&body, &["A community needs at least one steward"]);

    // A field that is not a whole number, in Spanish; English keeps its words.
    let form = format!(
        "kind=link&calling_question=Why%3F&organization_id={}&max_uses=many&days=14",
        w.home_org
    );
    let invitations = format!("/c/{}/invitations", w.slug);
    let (s, body) = send(&h, "POST", &invitations, Some(me), Some(&form), "es").await;
    assert_eq!(s, StatusCode::UNPROCESSABLE_ENTITY, "{body}");
    assert!(
        body.contains("usos: «usos» debe ser un número entero"),
        "{body}"
    );
    let (_, body) = send(&h, "POST", &invitations, Some(me), Some(&form), "en").await;
    assert!(body.contains("uses: uses must be a whole number"), "{body}");

    // The error page: its title and message, in Spanish.
    let (s, body) = send(&h, "GET", "/c/nowhere/members", Some(me), None, "es").await;
    assert_eq!(s, StatusCode::NOT_FOUND, "{body}");
    has_all(
        &body,
        &[
            "<h1>No encontrado</h1>",
            "Aquí no hay nada, o no te corresponde verlo.",
            "Volver al inicio",
        ],
    );

    // The JSON API: the same shape, the message in the reader's language.
    let auth = format!("Bearer {}", w.steward.token);
    let (s, body) = h
        .send(
            "GET",
            "/api/v1/communities/nowhere/members",
            None,
            None,
            &[("authorization", &auth), ("accept-language", "fr")],
        )
        .await;
    assert_eq!(s, StatusCode::NOT_FOUND, "{body}");
    let v: Value = serde_json::from_str(&body).expect("json");
    assert_eq!(
        v,
        serde_json::json!({"error": "Il n’y a rien ici, ou ce n’est pas à vous de le voir.", "field": null})
    );
}
