//! The network pages in German, French and Spanish: every figure's sentence and range in the
//! reader's language, numbers as they write them, and the same people shown by name (and no
//! one else) whatever the language.

use crate::harness::*;
use axum::http::StatusCode;
use convene_app::store::{accounts, communities, network};
use convene_domain::Role;
use std::collections::{BTreeSet, HashMap};

async fn page(h: &Harness, path: &str, who: &Person, accept: &str) -> String {
    let (s, body) = h
        .send(
            "GET",
            path,
            Some(&who.cookie),
            None,
            &[("accept-language", accept)],
        )
        .await;
    assert_eq!(s, StatusCode::OK, "GET {path}: {body}");
    body
}

fn has_all(body: &str, words: &[&str]) {
    for w in words {
        assert!(body.contains(w), "{w} missing:\n{body}");
    }
}

fn has_none(body: &str, words: &[&str]) {
    for w in words {
        assert!(!body.contains(w), "{w} is still in English:\n{body}");
    }
}

/// The `data-node` ids of the map's list: who is on it, by name or as a group.
fn nodes(map: &str) -> BTreeSet<String> {
    map.split("data-node=\"")
        .skip(1)
        .filter_map(|s| s.split('"').next())
        .map(str::to_owned)
        .collect()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn network_pages_speak_the_readers_language_and_show_no_one_else() {
    let h = Harness::sqlite().await;
    let info = h.app.demo(&h.system).await.expect("demo");
    let slug = info.slug;
    let db = h.app.store.conn();
    let c = communities::by_slug(db, slug).await.expect("community");
    let members = communities::members(db, c.id).await.expect("members");
    let mut people = HashMap::new();
    for role in [Role::NetworkAnalyst, Role::Member] {
        let email = &info
            .accounts
            .iter()
            .find(|(r, _)| *r == role)
            .expect("role")
            .1;
        let a = accounts::find_by_email(db, email)
            .await
            .expect("db")
            .expect("account");
        let mid = members
            .iter()
            .find(|r| r.account.id == a.id)
            .expect("member")
            .membership
            .id;
        people.insert(role, h.signed_in(a, mid).await);
    }
    let (analyst, member) = (&people[&Role::NetworkAnalyst], &people[&Role::Member]);
    network::set_prefs(db, c.id, member.account.id, false, false)
        .await
        .expect("prefs");
    h.app.recompute_networks(&h.system).await.expect("job");

    // People in the network who did not agree to be shown, with names distinctive enough to
    // look for.
    let sharing: BTreeSet<i32> = network::prefs(db, c.id)
        .await
        .expect("prefs")
        .iter()
        .filter(|p| p.2)
        .map(|p| p.0)
        .collect();
    let m = h.app.leadership.latest(c.id).expect("computed");
    let name: HashMap<i32, String> = members
        .iter()
        .map(|r| (r.account.id, r.account.display_name.clone()))
        .collect();
    let silent: Vec<&str> = m
        .per_person
        .keys()
        .filter(|a| !sharing.contains(a) && **a != member.account.id)
        .map(|a| name[a].as_str())
        .filter(|n| name.values().filter(|o| o.contains(n)).count() == 1)
        .collect();
    assert!(silent.len() >= 5, "people to look for: {}", silent.len());

    // "My network" in German: each figure's sentence, its range and German numbers.
    let me = page(
        &h,
        &format!("/c/{slug}/network/me"),
        member,
        "de-DE,de;q=0.9",
    )
    .await;
    has_all(
        &me,
        &[
            r#"<html lang="de">"#,
            "<h1>Mein Netzwerk</h1>",
            "Wie oft jemand auf dem kürzesten Weg zwischen zwei anderen liegt",
            "Typisch hier: ",
            " Stunden",
            "Nur du siehst diese Zahlen",
            "Andere dürfen meine eigenen Netzwerkkennzahlen sehen",
            ">Meine Wahl speichern</button>",
        ],
    );
    has_none(
        &me,
        &[
            "How often someone",
            "Typical here",
            " hours",
            "Only you see",
            ">Save my choices<",
        ],
    );
    let metrics = me.split("id=\"my-metrics\"").nth(1).expect("my metrics");
    assert!(metrics.contains("<dd>0,"), "a decimal comma: {metrics}");
    let suggestions = me
        .split("<ol id=\"suggestions\"")
        .nth(1)
        .expect("people to meet");
    assert!(
        suggestions.contains("euch einander vorzustellen")
            && suggestions.contains(" auf der Karte</a>"),
        "{suggestions}"
    );

    // Health in French: sentences, ranges over the months, the month not over.
    let health = page(&h, &format!("/c/{slug}/network/health"), member, "fr").await;
    has_all(
        &health,
        &[
            "<h1>Santé du réseau</h1>",
            "À quel point le réseau se divise nettement en clusters",
            "Sur les mois affichés\u{a0}: ",
            "<small>(en cours)</small>",
            "<caption>Mois par mois</caption>",
            ">en cours</text>",
            "\u{202f}%",
        ],
    );
    has_none(
        &health,
        &[
            "How clearly",
            "Over the months shown",
            "(so far)",
            "Month by month",
        ],
    );

    // The map in Spanish: key, list, table and the script's words.
    let es = page(&h, &format!("/c/{slug}/network"), analyst, "es").await;
    has_all(
        &es,
        &[
            "<h1>Mapa de la red</h1>",
            "Clúster 1: ",
            "Lo habitual aquí: ",
            "Con cuántas personas ha hecho alguien algo aquí",
            "Intermediación (betweenness)",
            "data-words=",
        ],
    );
    assert!(es.contains("personas del clúster") || es.contains("personas de clústeres pequeños"));
    has_none(
        &es,
        &[
            "Typical here",
            "Cluster 1: ",
            "people in cluster",
            "Time together (hours)",
        ],
    );

    // Groups in German, for the analyst.
    let groups = page(&h, &format!("/c/{slug}/network/groups"), analyst, "de").await;
    has_all(
        &groups,
        &[
            "<h1>Gruppen im Netzwerk</h1>",
            "<h2>Nach Organisation</h2>",
            "<h2>Nach Cluster</h2>",
        ],
    );
    has_none(&groups, &["By organization", "Mean bridging"]);

    // The same nodes in every language, and no one who did not agree, in any of them.
    let en = page(&h, &format!("/c/{slug}/network"), analyst, "en").await;
    let de = page(&h, &format!("/c/{slug}/network"), analyst, "de").await;
    assert!(!nodes(&en).is_empty());
    assert_eq!(nodes(&en), nodes(&es));
    assert_eq!(nodes(&en), nodes(&de));
    for (what, body) in [
        ("de map", &de),
        ("es map", &es),
        ("fr health", &health),
        ("de groups", &groups),
        ("de me", &me),
    ] {
        for n in &silent {
            assert!(!body.contains(n), "the {what} shows {n}, who did not agree");
        }
    }
}
