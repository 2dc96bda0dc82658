//! The network pages in a real browser on the demo. The analyst signs in, the background job
//! computes the network, the map is drawn by Cytoscape.js at the server's positions (as many
//! nodes as the list), a click on a person on the map and on a group in the list opens the side
//! panel with their figures and meaning, the key follows the colouring, and the health page
//! shows its charts with the month not over kept apart. A member on a phone (390 × 844) gets
//! the list first and the map second. axe-core (vendored from npm, injected through WebDriver,
//! which our CSP does not block) finds no violation on any network page.

use crate::browser::{assert_accessible, browser, driver, js, shot, sign_in, wait_heading};
use crate::server::{Server, temp_dir};
use fantoccini::actions::{InputSource, MOUSE_BUTTON_LEFT, MouseActions, PointerAction};
use fantoccini::{Client, Locator};
use std::time::Duration;

async fn count(c: &Client, css: &str) -> usize {
    c.find_all(Locator::Css(css)).await.map_or(0, |v| v.len())
}

/// Opens the map once the job has computed it and Cytoscape has drawn it.
async fn open_map(c: &Client, url: &str) {
    let map_url = format!("{url}/c/riverbend/network");
    let mut computed = false;
    for _ in 0..60 {
        c.goto(&map_url).await.expect("map");
        if count(c, "#network-map").await == 1 {
            computed = true;
            break;
        }
        tokio::time::sleep(Duration::from_millis(500)).await;
    }
    assert!(computed, "the network was computed within 30 s");
    wait_heading(c, "Network map").await;
    c.wait()
        .at_most(Duration::from_secs(30))
        .for_element(Locator::Css("#network-map[data-ready='true']"))
        .await
        .expect("Cytoscape drew the map");
}

async fn panel_text(c: &Client, node: &str) -> String {
    c.wait()
        .at_most(Duration::from_secs(5))
        .for_element(Locator::Css(&format!("#map-panel[data-node='{node}']")))
        .await
        .unwrap_or_else(|e| panic!("the panel shows {node}: {e}"))
        .text()
        .await
        .expect("text")
}

pub async fn map_and_health() {
    let Some((_driver, driver)) = driver().await else {
        return;
    };
    let server = Server::start_in(&temp_dir("network"), &["--demo"]).await;
    let password = server.demo_password.clone().expect("demo password");
    let c = browser(&driver, "--window-size=1280,900").await;
    sign_in(
        &c,
        &server.url,
        "network-analyst@demo.convene.test",
        &password,
    )
    .await;
    open_map(&c, &server.url).await;
    let map = c
        .find(Locator::Id("network-map"))
        .await
        .expect("map element");
    let nodes: usize = map
        .attr("data-nodes")
        .await
        .expect("attr")
        .and_then(|v| v.parse().ok())
        .expect("node count");
    let edges: usize = map
        .attr("data-edges")
        .await
        .expect("attr")
        .and_then(|v| v.parse().ok())
        .expect("edge count");
    assert_eq!(
        nodes,
        count(&c, "#map-list li").await,
        "the map draws what the list lists"
    );
    assert_eq!(nodes, count(&c, "#map-table tbody tr").await);
    assert!(nodes >= 20 && edges >= 20, "{nodes} nodes, {edges} edges");
    assert!(
        count(&c, "#network-map canvas").await >= 1,
        "drawn on a canvas"
    );
    // The key names every cluster with its own colour and shape.
    let key = count(&c, "#map-key ul[data-key='cluster'] li").await;
    assert!(key >= 3, "{key} entries in the key");
    shot(&c, "network-map").await;

    // A real click on the strongest person on the map opens the side panel.
    let at = js(
        &c,
        "const el = document.getElementById('network-map');
         el.scrollIntoView({ block: 'center' });
         const r = el.getBoundingClientRect();
         const p = el.positions('p1');
         return [r.left + p[0], r.top + p[1]];",
    )
    .await;
    let (x, y) = (
        at[0].as_f64().expect("x").round(),
        at[1].as_f64().expect("y").round(),
    );
    let click = MouseActions::new("mouse".into())
        .then(PointerAction::MoveTo {
            duration: None,
            x,
            y,
        })
        .then(PointerAction::Down {
            button: MOUSE_BUTTON_LEFT,
        })
        .then(PointerAction::Up {
            button: MOUSE_BUTTON_LEFT,
        });
    c.perform_actions(click).await.expect("click on the map");
    let first = c
        .find(Locator::Css("#map-list button[data-node='p1']"))
        .await
        .expect("p1 in the list")
        .text()
        .await
        .expect("name");
    let panel = panel_text(&c, "p1").await;
    assert!(panel.contains(&first), "{panel}");
    for words in [
        "Bridging (betweenness)",
        "Constraint",
        "Typical here",
        "hours",
    ] {
        assert!(panel.contains(words), "the panel explains {words}: {panel}");
    }
    shot(&c, "network-map-panel").await;

    // A group, from the list: counted together, never one by one.
    let group = c
        .find(Locator::Css("#map-list button[data-node^='g']"))
        .await
        .expect("a group in the list");
    let id = group.attr("data-node").await.expect("attr").expect("id");
    group.click().await.expect("choose the group");
    let panel = panel_text(&c, &id).await;
    assert!(panel.contains("not shown by name"), "{panel}");

    // Colour by organization: the key follows.
    c.find(Locator::Css("#color-by option[value='organization']"))
        .await
        .expect("option")
        .click()
        .await
        .expect("choose");
    let shown = js(
        &c,
        "return [...document.querySelectorAll('#map-key ul')].filter(u => !u.hidden).map(u => u.textContent).join(' ');",
    )
    .await;
    assert!(
        shown
            .as_str()
            .is_some_and(|t| t.contains("Riverbend Cooperative") && !t.contains("Cluster 1")),
        "{shown}"
    );
    assert_accessible(&c, "the map").await;

    c.goto(&format!("{}/c/riverbend/network/health", server.url))
        .await
        .expect("health");
    wait_heading(&c, "Network health").await;
    assert_eq!(count(&c, "svg.chart").await, 3);
    assert_eq!(count(&c, "#health-months tbody tr").await, 12);
    assert_eq!(
        count(&c, "#health-months tbody tr.partial").await,
        1,
        "the month not over is marked"
    );
    assert_eq!(
        count(&c, "svg.chart rect.partial").await,
        3,
        "and kept apart"
    );
    let body = c
        .find(Locator::Css("main"))
        .await
        .expect("main")
        .text()
        .await
        .expect("text");
    assert!(
        body.contains("Modularity") && body.contains("How clearly the network divides"),
        "{body}"
    );
    shot(&c, "network-health").await;
    assert_accessible(&c, "the health page").await;

    c.goto(&format!("{}/c/riverbend/network/groups", server.url))
        .await
        .expect("groups");
    wait_heading(&c, "Groups in the network").await;
    assert!(count(&c, "table.groups tbody tr").await >= 3);
    assert_accessible(&c, "the groups page").await;

    c.goto(&format!("{}/c/riverbend/network/me", server.url))
        .await
        .expect("my network");
    wait_heading(&c, "My network").await;
    assert_accessible(&c, "My network").await;
    c.close().await.expect("close");

    // A member on a phone: the list first, the map second, nothing wider than the screen.
    let phone = browser(&driver, "--window-size=390,844").await;
    sign_in(&phone, &server.url, "member@demo.convene.test", &password).await;
    open_map(&phone, &server.url).await;
    let layout = js(
        &phone,
        "const top = s => document.querySelector(s).getBoundingClientRect().top;
         return { list: top('#map-list'), map: top('#network-map'), panel: top('#map-panel'),
                  wide: document.documentElement.scrollWidth, screen: window.innerWidth };",
    )
    .await;
    let n = |k: &str| layout[k].as_f64().expect("number");
    assert!(n("list") < n("map"), "the list comes first: {layout}");
    assert!(n("list") < n("panel") && n("panel") < n("map"), "{layout}");
    assert!(
        n("wide") <= n("screen") + 1.0,
        "no sideways scroll: {layout}"
    );
    shot(&phone, "network-phone").await;
    phone
        .find(Locator::Css("#map-list button[data-node='p2']"))
        .await
        .expect("a person in the list")
        .click()
        .await
        .expect("tap");
    panel_text(&phone, "p2").await;
    let seen = js(
        &phone,
        "const r = document.getElementById('map-panel').getBoundingClientRect();
         return [r.top, window.innerHeight, window.scrollY];",
    )
    .await;
    let top = seen[0].as_f64().expect("top");
    assert!(
        top > -2.0 && top < seen[1].as_f64().expect("height"),
        "the panel is on screen after a tap: {seen}"
    );
    shot(&phone, "network-phone-panel").await;
    assert_accessible(&phone, "the map on a phone").await;
    phone.close().await.expect("close");
}
