//! Privacy of the network, over every route that shows it: a person's metrics reach others only
//! with their consent, aggregates cover at least five people, and whoever opted out is in
//! nothing at all. Run on the demo community, whose people made all three choices.

use crate::harness::*;
use axum::http::StatusCode;
use convene_app::network_map::{MIN_GROUP, NodeKind};
use convene_app::store::{accounts, communities, network};
use convene_domain::Role;
use std::collections::{BTreeSet, HashMap};

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn no_route_shows_anyone_who_did_not_agree() {
    let h = Harness::sqlite().await;
    let info = h.app.demo(&h.system).await.expect("demo");
    let db = h.app.store.conn();
    let c = communities::by_slug(db, info.slug)
        .await
        .expect("community");
    let slug = info.slug;
    let members = communities::members(db, c.id).await.expect("members");
    let prefs = network::prefs(db, c.id).await.expect("prefs");
    let sharing: BTreeSet<i32> = prefs.iter().filter(|p| p.2).map(|p| p.0).collect();
    let opted_out: BTreeSet<i32> = prefs.iter().filter(|p| p.1).map(|p| p.0).collect();
    assert!(
        !opted_out.is_empty() && sharing.len() >= 10,
        "the demo has every choice"
    );
    h.app.recompute_networks(&h.system).await.expect("job");
    let m = h.app.leadership.latest(c.id).expect("computed");
    assert!(opted_out.iter().all(|a| !m.per_person.contains_key(a)));

    let name: HashMap<i32, String> = members
        .iter()
        .map(|r| (r.account.id, r.account.display_name.clone()))
        .collect();
    // People with metrics who did not agree, and who opted out, whose names are distinctive
    // enough to look for (not inside another member's name).
    let distinctive = |a: &i32| {
        let n = &name[a];
        name.iter()
            .all(|(b, other)| b == a || !other.contains(n.as_str()))
    };
    let silent: Vec<i32> = m
        .per_person
        .keys()
        .copied()
        .filter(|a| !sharing.contains(a) && distinctive(a))
        .chain(opted_out.iter().copied().filter(distinctive))
        .collect();
    assert!(
        silent.len() >= 10,
        "enough people to look for: {}",
        silent.len()
    );

    // Viewers: every sign-in role, one person who did not agree and one who opted out.
    let mut viewers = Vec::new();
    for (_, email) in &info.accounts {
        let a = accounts::find_by_email(db, email)
            .await
            .expect("db")
            .expect("account");
        viewers.push(a);
    }
    for a in [silent[0], *opted_out.iter().next().expect("one")] {
        viewers.push(accounts::get(db, a).await.expect("account"));
    }
    let routes = [
        format!("/c/{slug}/network"),
        format!("/c/{slug}/network.json"),
        format!("/c/{slug}/network.graphml"),
        format!("/c/{slug}/network.gexf"),
        format!("/c/{slug}/network-nodes.csv"),
        format!("/c/{slug}/network-ties.csv"),
        format!("/c/{slug}/network/health"),
        format!("/c/{slug}/network/groups"),
        format!("/c/{slug}/network/me"),
        format!("/api/v1/communities/{slug}/network"),
        format!("/api/v1/communities/{slug}/network/health"),
        format!("/api/v1/communities/{slug}/network/groups"),
    ];
    let mut seen_shared_name = false;
    let mut answered = 0;
    for v in viewers {
        let m_id = members
            .iter()
            .find(|r| r.account.id == v.id)
            .expect("member")
            .membership
            .id;
        let who = h.signed_in(v.clone(), m_id).await;
        for route in &routes {
            let (status, body) = if route.starts_with("/api/") {
                h.api("GET", route, &who.token, None).await
            } else {
                h.get(route, Some(&who.cookie)).await
            };
            assert!(
                status == StatusCode::OK || status == StatusCode::FORBIDDEN,
                "{route} as {}: {status}",
                v.display_name
            );
            if status != StatusCode::OK {
                continue;
            }
            answered += 1;
            for a in silent.iter().filter(|a| **a != v.id) {
                assert!(
                    !body.contains(name[a].as_str()),
                    "{route} shows {} to {}",
                    name[a],
                    v.display_name
                );
            }
            seen_shared_name |= sharing
                .iter()
                .any(|a| *a != v.id && body.contains(name[a].as_str()));
        }
    }
    eprintln!(
        "{answered} answers checked for {} people who did not agree or opted out",
        silent.len()
    );
    assert!(answered >= 60, "the routes answered: {answered}");
    assert!(seen_shared_name, "people who agreed are shown");

    // The map itself: named nodes are people who agreed; every group stands for five or more.
    let ctx = h
        .app
        .ctx(
            &accounts::find_by_email(db, &info.accounts[0].1)
                .await
                .expect("db")
                .expect("a"),
            slug,
        )
        .await
        .expect("ctx");
    let map = h
        .app
        .network_map(&ctx.require().expect("allowed"))
        .await
        .expect("map");
    let shared_names: BTreeSet<&str> = sharing.iter().map(|a| name[a].as_str()).collect();
    for n in &map.nodes {
        match n.kind {
            NodeKind::Person => assert!(shared_names.contains(n.label.as_str()), "{}", n.label),
            NodeKind::Group => assert!(n.size >= MIN_GROUP && n.metrics.is_none()),
        }
    }
    assert_eq!(
        map.nodes.iter().map(|n| n.size).sum::<usize>() + map.hidden,
        m.people,
        "everyone is in one node or counted as hidden"
    );
    let groups = h
        .app
        .network_groups(&ctx.require().expect("allowed"))
        .await
        .expect("groups")
        .expect("computed");
    assert!(
        groups
            .organizations
            .iter()
            .chain(&groups.clusters)
            .all(|r| r.people >= MIN_GROUP)
    );

    // A guest sees none of it, only their own "my network" (with no names suggested).
    let guest_email = &info
        .accounts
        .iter()
        .find(|(r, _)| *r == Role::Guest)
        .expect("guest")
        .1;
    let guest = accounts::find_by_email(db, guest_email)
        .await
        .expect("db")
        .expect("g");
    let gm = members
        .iter()
        .find(|r| r.account.id == guest.id)
        .expect("m")
        .membership
        .id;
    let guest = h.signed_in(guest, gm).await;
    for route in &routes[..8] {
        let (status, _) = h.get(route, Some(&guest.cookie)).await;
        assert_eq!(status, StatusCode::FORBIDDEN, "{route}");
    }
}

/// What the demo's analyst gets from the API (map, groups, health) and, as ground truth the
/// attacker does not have, the latest metrics; `named` maps the map's people to their
/// published cluster.
struct AnalystView {
    map: serde_json::Value,
    groups: serde_json::Value,
    health: serde_json::Value,
    named: HashMap<i32, u64>,
    m: std::sync::Arc<convene_app::leadership::CommunityMetrics>,
}

async fn analyst_view(h: &Harness, slug: &str, analyst_email: &str) -> AnalystView {
    let db = h.app.store.conn();
    let c = communities::by_slug(db, slug).await.expect("community");
    h.app.recompute_networks(&h.system).await.expect("job");
    let m = h.app.leadership.latest(c.id).expect("computed");
    let a = accounts::find_by_email(db, analyst_email)
        .await
        .expect("db")
        .expect("account");
    let members = communities::members(db, c.id).await.expect("members");
    let mid = members
        .iter()
        .find(|r| r.account.id == a.id)
        .expect("member")
        .membership
        .id;
    let who = h.signed_in(a, mid).await;
    let mut json = Vec::new();
    for route in ["network", "network/groups", "network/health"] {
        let (status, body) = h
            .api(
                "GET",
                &format!("/api/v1/communities/{slug}/{route}"),
                &who.token,
                None,
            )
            .await;
        assert_eq!(status, StatusCode::OK, "{route}");
        json.push(serde_json::from_str::<serde_json::Value>(&body).expect("json"));
    }
    let by_name: HashMap<String, i32> = members
        .iter()
        .map(|r| (r.account.display_name.clone(), r.account.id))
        .collect();
    let named = json[0]["nodes"]
        .as_array()
        .expect("nodes")
        .iter()
        .filter(|n| n["kind"] == "person")
        .map(|n| {
            (
                by_name[n["label"].as_str().expect("label")],
                n["cluster"].as_u64().expect("cluster"),
            )
        })
        .collect();
    let health = json.pop().expect("health");
    let groups = json.pop().expect("groups");
    let map = json.pop().expect("map");
    AnalystView {
        map,
        groups,
        health,
        named,
        m,
    }
}

fn analyst_email(info: &convene_app::demo::DemoInfo) -> String {
    info.accounts
        .iter()
        .find(|(r, _)| *r == Role::NetworkAnalyst)
        .expect("analyst")
        .1
        .clone()
}

/// Issue 16, 1: a cluster's row minus its members shown by name on the map describes the rest
/// of the cluster; on the demo "Cluster 5" (7 people) minus its 3 named members described 4.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_cluster_row_minus_its_named_members_describes_five_or_more() {
    let h = Harness::sqlite().await;
    let info = h.app.demo(&h.system).await.expect("demo");
    let v = analyst_view(&h, info.slug, &analyst_email(&info)).await;
    let mut subtracted = 0;
    for row in v.groups["clusters"].as_array().expect("rows") {
        let label = row["label"].as_str().expect("label");
        let Some(c) = label
            .strip_prefix("Cluster ")
            .and_then(|c| c.parse::<u64>().ok())
        else {
            continue;
        };
        // The engine's cluster behind the published number, through a member shown by name.
        let Some(engine) = v
            .named
            .iter()
            .find(|(_, pc)| **pc == c)
            .map(|(a, _)| v.m.per_person[a].cluster)
        else {
            continue;
        };
        let everyone =
            v.m.per_person
                .values()
                .filter(|p| p.cluster == engine)
                .count();
        let named_in = v
            .named
            .keys()
            .filter(|a| v.m.per_person[a].cluster == engine)
            .count();
        let people = row["people"].as_u64().expect("people") as usize;
        // A row over everyone gives its named members away: subtract them.
        let described = if people == everyone {
            everyone - named_in
        } else {
            assert_eq!(
                people,
                everyone - named_in,
                "{label}: over the unnamed only"
            );
            people
        };
        subtracted += 1;
        assert!(
            described == 0 || described >= MIN_GROUP,
            "{label} ({people} people) minus its {named_in} named members describes {described}"
        );
    }
    assert!(subtracted > 0, "some cluster row has named members");
}

/// Issue 16, 1: with everyone but three agreeing, health totals minus the map described the
/// three; now nothing published leaves fewer than five unnamed people, on any route.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn health_totals_minus_the_map_describe_five_or_more() {
    let h = Harness::sqlite().await;
    let info = h.app.demo(&h.system).await.expect("demo");
    let db = h.app.store.conn();
    let c = communities::by_slug(db, info.slug)
        .await
        .expect("community");
    h.app.recompute_networks(&h.system).await.expect("job");
    let m = h.app.leadership.latest(c.id).expect("computed");
    let analyst = analyst_email(&info);
    let analyst_id = accounts::find_by_email(db, &analyst)
        .await
        .expect("db")
        .expect("a")
        .id;
    // Everyone in the network agrees but three people (not the analyst).
    let silent: Vec<i32> = m
        .per_person
        .keys()
        .copied()
        .filter(|a| *a != analyst_id)
        .take(3)
        .collect();
    for a in m.per_person.keys() {
        network::set_prefs(db, c.id, *a, false, !silent.contains(a))
            .await
            .expect("prefs");
    }
    let v = analyst_view(&h, info.slug, &analyst).await;
    let people = v.map["people"].as_u64().expect("people") as usize;
    let unnamed = people - v.named.len();
    assert!(
        unnamed == 0 || unnamed >= MIN_GROUP,
        "the map names {} of {people}: {unnamed} unnamed",
        v.named.len()
    );
    if !v.health.is_null() {
        let total = v.health["people"].as_u64().expect("people") as usize;
        let unnamed = total - v.named.len();
        assert!(
            unnamed == 0 || unnamed >= MIN_GROUP,
            "health totals minus the {} named describe {unnamed}",
            v.named.len()
        );
    }
    let hidden = v.map["hidden"].as_u64().expect("hidden");
    assert_eq!(hidden, 0, "everyone unnamed is inside a group");
    for s in &silent {
        assert!(!v.named.contains_key(s));
    }
}

/// The demo, its network computed, and the demo's analyst and member signed in.
async fn demo_with(h: &Harness) -> (convene_app::demo::DemoInfo, Person, Person) {
    let info = h.app.demo(&h.system).await.expect("demo");
    h.app.recompute_networks(&h.system).await.expect("job");
    let db = h.app.store.conn();
    let c = communities::by_slug(db, info.slug)
        .await
        .expect("community");
    let members = communities::members(db, c.id).await.expect("members");
    let mut people = Vec::new();
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
        people.push(h.signed_in(a, mid).await);
    }
    let member = people.pop().expect("member");
    let analyst = people.pop().expect("analyst");
    (info, analyst, member)
}

/// Issue 10, 12: the month not over is marked and kept off the lines, months are named in
/// full ("Nov 2026", not "26-11"), and a month without a value breaks the line.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn health_marks_the_month_not_over_and_names_months_in_full() {
    let h = Harness::sqlite().await;
    let (info, analyst, _) = demo_with(&h).await;
    let (status, body) = h
        .api(
            "GET",
            &format!("/api/v1/communities/{}/network/health", info.slug),
            &analyst.token,
            None,
        )
        .await;
    assert_eq!(status, StatusCode::OK);
    let health: serde_json::Value = serde_json::from_str(&body).expect("json");
    let months = health["months"].as_array().expect("months");
    assert_eq!(months.len(), 12);
    let partial: Vec<bool> = months
        .iter()
        .map(|m| m["partial"].as_bool().expect("partial"))
        .collect();
    assert_eq!(partial.iter().filter(|p| **p).count(), 1);
    assert!(partial[11], "the current month is the last");
    let (status, page) = h
        .get(
            &format!("/c/{}/network/health", info.slug),
            Some(&analyst.cookie),
        )
        .await;
    assert_eq!(status, StatusCode::OK);
    let label = months[11]["label"].as_str().expect("label");
    assert!(
        label.len() == 8 && label.ends_with(&months[11]["month"].as_str().expect("m")[..4]),
        "{label}"
    );
    assert!(page.contains(&format!("{label} <small>(so far)</small>")));
    assert!(!page.contains(">26-"), "no two-digit years on the axis");
    // Every line joins finished months only: no line point sits in the month not over.
    let last_x = page
        .split("<rect class=\"partial\" x=\"")
        .nth(1)
        .and_then(|s| s.split('"').next())
        .and_then(|x| x.parse::<f64>().ok())
        .expect("the month not over is shaded");
    for line in page.split("<polyline").skip(1) {
        let points = line.split("points=\"").nth(1).expect("points");
        for p in points.split('"').next().expect("end").split(' ') {
            let x: f64 = p.split(',').next().and_then(|x| x.parse().ok()).expect("x");
            assert!(x < last_x, "a line reaches into the month not over");
        }
    }
}

/// Issue 10, 13: every metric has its sentence and the community's typical range where it is
/// shown; time is in hours; "My network" says what the consent checkbox says.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_metric_is_explained_where_it_is_shown() {
    let h = Harness::sqlite().await;
    let (info, analyst, member) = demo_with(&h).await;
    let slug = info.slug;
    let (_, map) = h
        .get(&format!("/c/{slug}/network"), Some(&analyst.cookie))
        .await;
    for id in [
        "meaning-ties",
        "meaning-hours",
        "meaning-betweenness",
        "meaning-constraint",
        "meaning-cluster",
    ] {
        assert!(
            map.contains(&format!("id=\"{id}\"")),
            "the map explains {id}"
        );
    }
    assert!(map.contains("Typical here:"), "with typical ranges");
    assert!(map.contains("Time together (hours)"));
    let (_, health) = h
        .get(&format!("/c/{slug}/network/health"), Some(&analyst.cookie))
        .await;
    for words in [
        "How clearly the network divides into clusters",
        "found by community detection",
        "0 means evenly spread",
        "Over the months shown:",
    ] {
        assert!(health.contains(words), "health explains: {words}");
    }
    let db = h.app.store.conn();
    let c = communities::by_slug(db, slug).await.expect("community");
    for share in [false, true] {
        network::set_prefs(db, c.id, member.account.id, false, share)
            .await
            .expect("prefs");
        let (_, me) = h
            .get(&format!("/c/{slug}/network/me"), Some(&member.cookie))
            .await;
        let only_me = me.contains("Only you see these numbers");
        assert_eq!(
            only_me, !share,
            "the wording follows the checkbox ({share})"
        );
        assert_eq!(me.contains("You agreed that others may see"), share);
        assert_eq!(
            me.contains("name=\"share_metrics\" id=\"share_metrics\" checked"),
            share
        );
        assert!(me.contains(" hours") && !me.contains(" minutes (and shared work)"));
        assert!(me.contains("id=\"meaning-betweenness\"") || me.contains("shortest path"));
    }
}

/// Issue 10, 13: "people you might meet" come in the order of their own numbers, each with who
/// could introduce them and a link to them on the map.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn people_to_meet_are_in_order_and_can_be_acted_on() {
    let h = Harness::sqlite().await;
    let (info, _, member) = demo_with(&h).await;
    let (status, me) = h
        .get(
            &format!("/c/{}/network/me", info.slug),
            Some(&member.cookie),
        )
        .await;
    assert_eq!(status, StatusCode::OK);
    let list = me
        .split("<ol id=\"suggestions\"")
        .nth(1)
        .and_then(|s| s.split("</ol>").next())
        .expect("suggestions for the demo member");
    let items: Vec<&str> = list.split("<li>").skip(1).collect();
    assert!(!items.is_empty());
    let counts: Vec<u32> = items
        .iter()
        .map(|i| {
            i.split("</strong>: ")
                .nth(1)
                .and_then(|s| s.split(' ').next())
                .and_then(|n| n.parse().ok())
                .expect("a count")
        })
        .collect();
    assert!(counts.windows(2).all(|w| w[0] >= w[1]), "{counts:?}");
    for i in &items {
        assert!(i.contains("to introduce you"), "{i}");
        assert!(
            i.contains(&format!("href=\"/c/{}/network?focus=", info.slug)),
            "{i}"
        );
    }
}

/// Issue 10, 11: positions from the server, clusters apart, no overlap, people without ties
/// in their own corner, and a key entry per cluster.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_map_has_positions_a_corner_for_isolates_and_a_key() {
    let h = Harness::sqlite().await;
    let (info, analyst, _) = demo_with(&h).await;
    let (_, body) = h
        .get(
            &format!("/c/{}/network.json", info.slug),
            Some(&analyst.cookie),
        )
        .await;
    let map: serde_json::Value = serde_json::from_str(&body).expect("json");
    let nodes = map["nodes"].as_array().expect("nodes");
    let xy = |n: &serde_json::Value| (n["x"].as_f64().expect("x"), n["y"].as_f64().expect("y"));
    let tied: std::collections::HashSet<&str> = map["edges"]
        .as_array()
        .expect("edges")
        .iter()
        .flat_map(|e| [e["source"].as_str(), e["target"].as_str()])
        .flatten()
        .collect();
    for (i, a) in nodes.iter().enumerate() {
        for b in &nodes[i + 1..] {
            let (p, q) = (xy(a), xy(b));
            let d = ((p.0 - q.0).powi(2) + (p.1 - q.1).powi(2)).sqrt();
            assert!(d >= 20.0, "{} and {} overlap", a["id"], b["id"]);
        }
    }
    let alone: Vec<&serde_json::Value> = nodes
        .iter()
        .filter(|n| !tied.contains(n["id"].as_str().expect("id")))
        .collect();
    assert!(!alone.is_empty(), "the demo has people without ties");
    let right = nodes
        .iter()
        .filter(|n| tied.contains(n["id"].as_str().expect("id")))
        .map(|n| xy(n).0)
        .fold(0.0, f64::max);
    assert!(alone.iter().all(|n| xy(n).0 > right), "in their own corner");
    let clusters: std::collections::BTreeSet<u64> = nodes
        .iter()
        .filter_map(|n| n["cluster"].as_u64())
        .filter(|c| *c > 0)
        .collect();
    let (_, page) = h
        .get(&format!("/c/{}/network", info.slug), Some(&analyst.cookie))
        .await;
    for c in &clusters {
        assert!(
            page.contains(&format!("Cluster {c}: ")),
            "the key names cluster {c}"
        );
    }
    assert!(page.contains("No ties yet: "));
}
