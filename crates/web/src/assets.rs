//! Static files, embedded in the binary: nothing is loaded from a CDN.

use axum::extract::Path;
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};

const FILES: &[(&str, &str, &[u8])] = &[
    (
        "icon.svg",
        "image/svg+xml",
        include_bytes!("../static/icon.svg"),
    ),
    (
        "app.css",
        "text/css; charset=utf-8",
        include_bytes!("../static/app.css"),
    ),
    (
        "live.js",
        "text/javascript; charset=utf-8",
        include_bytes!("../static/live.js"),
    ),
    (
        "copy.js",
        "text/javascript; charset=utf-8",
        include_bytes!("../static/copy.js"),
    ),
    (
        "inbox.js",
        "text/javascript; charset=utf-8",
        include_bytes!("../static/inbox.js"),
    ),
    (
        "kiosk.js",
        "text/javascript; charset=utf-8",
        include_bytes!("../static/kiosk.js"),
    ),
    (
        "lean.js",
        "text/javascript; charset=utf-8",
        include_bytes!("../static/lean.js"),
    ),
    (
        "passkey.js",
        "text/javascript; charset=utf-8",
        include_bytes!("../static/passkey.js"),
    ),
    (
        "timer.js",
        "text/javascript; charset=utf-8",
        include_bytes!("../static/timer.js"),
    ),
    (
        "network.js",
        "text/javascript; charset=utf-8",
        include_bytes!("../static/network.js"),
    ),
    // Cytoscape.js 3.34.4 (MIT, The Cytoscape Consortium; the licence heads the file), from
    // npm's `cytoscape` package, dist/cytoscape.min.js.
    (
        "cytoscape.min.js",
        "text/javascript; charset=utf-8",
        include_bytes!("../static/cytoscape.min.js"),
    ),
    // idiomorph 0.8.0 (0BSD, Big Sky Software), from npm's `idiomorph` package,
    // dist/idiomorph.min.js: live walls morph instead of being replaced, so focus stays.
    (
        "idiomorph.min.js",
        "text/javascript; charset=utf-8",
        include_bytes!("../static/idiomorph.min.js"),
    ),
    (
        "htmx.min.js",
        "text/javascript; charset=utf-8",
        include_bytes!("../static/htmx.min.js"),
    ),
];

pub async fn get(Path(file): Path<String>) -> Response {
    match FILES.iter().find(|(name, _, _)| *name == file) {
        Some((_, mime, body)) => (
            [
                (header::CONTENT_TYPE, *mime),
                (header::CACHE_CONTROL, "public, max-age=3600"),
            ],
            *body,
        )
            .into_response(),
        None => StatusCode::NOT_FOUND.into_response(),
    }
}
