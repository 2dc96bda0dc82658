//! The network pages in a real browser on the demo: the analyst signs in, the background job
//! computes the network, the map is drawn by Cytoscape.js (as many nodes as the table lists),
//! recoloured by organization, and the health page shows its charts and months.

use crate::browser::{browser, click_button, driver, fill, shot, wait_heading};
use crate::server::{Server, temp_dir};
use fantoccini::{Client, Locator};
use std::time::Duration;

async fn count(c: &Client, css: &str) -> usize {
    c.find_all(Locator::Css(css)).await.map_or(0, |v| v.len())
}

pub async fn map_and_health() {
    let Some((_driver, driver)) = driver().await else {
        return;
    };
    let server = Server::start_in(&temp_dir("network"), &["--demo"]).await;
    let password = server.demo_password.clone().expect("demo password");
    let c = browser(&driver, "--window-size=1280,900").await;
    c.goto(&format!("{}/signin", server.url))
        .await
        .expect("signin");
    fill(&c, "email", "network-analyst@demo.convene.test").await;
    fill(&c, "password", &password).await;
    click_button(&c, "Sign in").await;
    c.wait()
        .at_most(Duration::from_secs(15))
        .for_element(Locator::Css("form[action='/signout']"))
        .await
        .expect("signed in");

    // The job computes a few seconds after start; until then the page says so.
    let map_url = format!("{}/c/riverbend/network", server.url);
    let mut drawn = false;
    for _ in 0..60 {
        c.goto(&map_url).await.expect("map");
        if count(&c, "#network-map").await == 1 {
            drawn = true;
            break;
        }
        tokio::time::sleep(Duration::from_millis(500)).await;
    }
    assert!(drawn, "the network was computed within 30 s");
    wait_heading(&c, "Network map").await;
    let map = c
        .wait()
        .at_most(Duration::from_secs(30))
        .for_element(Locator::Css("#network-map[data-ready='true']"))
        .await
        .expect("Cytoscape drew the map");
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
    let rows = count(&c, "#map-table tbody tr").await;
    assert_eq!(nodes, rows, "the map draws what the table lists");
    assert!(nodes >= 20 && edges >= 20, "{nodes} nodes, {edges} edges");
    assert!(
        count(&c, "#network-map canvas").await >= 1,
        "drawn on a canvas"
    );
    shot(&c, "network-map").await;

    // Colour by organization: the legend names the demo's organizations.
    c.find(Locator::Css("#color-by option[value='organization']"))
        .await
        .expect("option")
        .click()
        .await
        .expect("choose");
    let legend = c
        .find(Locator::Id("map-legend"))
        .await
        .expect("legend")
        .text()
        .await
        .expect("text");
    assert!(legend.contains("Riverbend Cooperative"), "{legend}");

    c.goto(&format!("{}/c/riverbend/network/health", server.url))
        .await
        .expect("health");
    wait_heading(&c, "Network health").await;
    assert_eq!(count(&c, "svg.chart").await, 3);
    assert_eq!(count(&c, "#health-months tbody tr").await, 12);
    assert!(count(&c, "svg.chart polyline").await >= 3, "lines drawn");
    shot(&c, "network-health").await;

    c.goto(&format!("{}/c/riverbend/network/groups", server.url))
        .await
        .expect("groups");
    wait_heading(&c, "Groups in the network").await;
    assert!(count(&c, "table.groups tbody tr").await >= 3);
    c.close().await.expect("close");
}
