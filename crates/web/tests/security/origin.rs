//! A foreign Origin is refused whatever else the request says; HSTS over https; /metrics
//! only with its token.

use crate::harness::*;
use axum::http::StatusCode;
use convene_web::WebConfig;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_foreign_origin_is_refused_whatever_sec_fetch_site_says() {
    let h = Harness::sqlite().await;
    let w = h.world("origins").await;
    let c = &w.steward.cookie;
    let form = "name=Renamed&purpose=p&reason=r";
    for (site, origin) in [
        ("same-origin", "https://evil.example"),
        ("none", "https://evil.example"),
        ("same-origin", "null"),
        ("same-origin", "http://convene.test.evil.example"),
    ] {
        let (s, _) = h
            .send(
                "POST",
                "/c/origins/settings",
                Some(c),
                Some(form),
                &[("sec-fetch-site", site), ("origin", origin)],
            )
            .await;
        assert_eq!(s, StatusCode::FORBIDDEN, "{site} with Origin {origin}");
    }
    // Without a cookie too: sign-in from another site.
    let (s, _) = h
        .send(
            "POST",
            "/signin",
            None,
            Some("email=x%40example.org&password=wrong+password"),
            &[("origin", "https://evil.example")],
        )
        .await;
    assert_eq!(s, StatusCode::FORBIDDEN, "sign-in from another site");
    let (s, _) = h
        .send(
            "POST",
            "/c/origins/settings",
            Some(c),
            Some(form),
            &[("sec-fetch-site", "same-origin"), ("origin", ORIGIN)],
        )
        .await;
    assert_eq!(s, StatusCode::SEE_OTHER, "our own origin still works");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn hsts_only_over_https() {
    let h = Harness::sqlite().await;
    let (_, headers, _) = h.get_full("/", None).await;
    assert!(
        !headers.contains_key("strict-transport-security"),
        "never on plain http"
    );
    let mut h = Harness::sqlite().await;
    h.router = convene_web::router(
        h.app.clone(),
        WebConfig {
            public_url: "https://convene.example.org".into(),
            ..WebConfig::default()
        },
    );
    for path in ["/", "/signin", "/no/such/page"] {
        let (_, headers, _) = h.get_full(path, None).await;
        let hsts = headers
            .get("strict-transport-security")
            .and_then(|v| v.to_str().ok())
            .unwrap_or_default();
        assert!(hsts.starts_with("max-age="), "{path}: {hsts:?}");
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn metrics_need_their_token() {
    let h = Harness::sqlite().await;
    let (s, _) = h.get("/metrics", None).await;
    assert_eq!(s, StatusCode::UNAUTHORIZED, "no token");
    let (s, _) = h
        .api("GET", "/metrics", "wrong-token-of-same-size", None)
        .await;
    assert_eq!(s, StatusCode::UNAUTHORIZED, "wrong token");
    let (s, body) = h.api("GET", "/metrics", METRICS_TOKEN, None).await;
    assert_eq!(s, StatusCode::OK);
    assert!(body.contains("convene_http_requests_total") || body.contains("convene_jobs"));
    // Without a token configured, the main address does not serve them at all.
    let mut h = Harness::sqlite().await;
    h.router = convene_web::router(
        h.app.clone(),
        WebConfig {
            public_url: ORIGIN.into(),
            ..WebConfig::default()
        },
    );
    let (s, _) = h.get("/metrics", None).await;
    assert_eq!(s, StatusCode::NOT_FOUND);
    let (s, _) = h.api("GET", "/metrics", METRICS_TOKEN, None).await;
    assert_eq!(s, StatusCode::NOT_FOUND);
}
