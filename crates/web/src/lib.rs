//! HTTP for convene: server-rendered pages, the JSON API, and the layers around both
//! (sessions, CSRF, security headers, body limits, rate limits, metrics).

pub mod api;
mod assets;
mod cafe_live;
mod chart;
mod error;
mod error_words;
mod export;
mod extract;
mod i18n;
mod live;
mod markdown;
mod observe;
mod pages;
mod security;
mod session;

use axum::Router;
use axum::routing::get;
use convene_app::App;
use std::sync::Arc;
use std::time::Duration;
use tower_http::catch_panic::CatchPanicLayer;
use tower_http::compression::CompressionLayer;
use tower_http::limit::RequestBodyLimitLayer;
use tower_http::timeout::TimeoutLayer;
use tower_http::trace::TraceLayer;

pub use error::{ApiError, PageError};

/// Settings of the HTTP layer.
#[derive(Clone, Debug)]
pub struct WebConfig {
    /// The address people use, e.g. `https://convene.example.org`. Links, cookie flags and the
    /// CSRF origin check follow it.
    pub public_url: String,
    /// Sign-in attempts per minute per client address.
    pub signin_per_minute: u32,
    /// Invitation answers and reset-link uses per minute per client address.
    pub redeem_per_minute: u32,
    /// Largest request body in bytes; larger gets 413.
    pub body_limit: usize,
    /// How long a request may take, reading its body included; longer gets 408.
    pub request_timeout: Duration,
    /// `/metrics` on this router answers only `Authorization: Bearer <metrics_token>`; without
    /// a token it is not served here (serve [`metrics_router`] on a separate address instead).
    pub metrics_token: Option<String>,
    /// Cancelled when the server shuts down: live streams end then.
    pub shutdown: tokio_util::sync::CancellationToken,
}

impl Default for WebConfig {
    fn default() -> Self {
        Self {
            public_url: "http://127.0.0.1:8080".into(),
            signin_per_minute: 10,
            redeem_per_minute: 20,
            body_limit: 64 * 1024,
            request_timeout: Duration::from_secs(30),
            metrics_token: None,
            shutdown: tokio_util::sync::CancellationToken::new(),
        }
    }
}

impl WebConfig {
    /// `scheme://host[:port]`, as browsers send it in the Origin header.
    pub fn origin(&self) -> &str {
        self.public_url.trim_end_matches('/')
    }

    pub fn secure_cookies(&self) -> bool {
        self.public_url.starts_with("https://")
    }
}

/// An id typed into a form or a query string; a malformed one is "not found", like an unknown
/// one. (Ids in the path come typed through `extract::Ids`.)
pub(crate) fn form_id<T: From<i32>>(raw: &str) -> Result<T, convene_app::AppError> {
    raw.trim()
        .parse::<i32>()
        .map(T::from)
        .map_err(|_| convene_app::AppError::NotFound)
}

#[derive(Clone)]
pub struct AppState {
    pub app: App,
    pub cfg: Arc<WebConfig>,
    limits: Arc<security::Limits>,
    renders: Arc<live::Renders>,
    lean_renders: Arc<pages::lean_live::LeanRenders>,
}

/// The whole HTTP surface.
pub fn router(app: App, cfg: WebConfig) -> Router {
    let limits = Arc::new(security::Limits::new(&cfg));
    let body_limit = cfg.body_limit;
    let request_timeout = cfg.request_timeout;
    let state = AppState {
        app,
        cfg: Arc::new(cfg),
        limits,
        renders: Arc::default(),
        lean_renders: Arc::default(),
    };
    Router::new()
        .merge(pages::routes())
        .nest("/api/v1", api::routes())
        .route("/healthz", get(observe::healthz))
        .route("/metrics", get(observe::metrics_with_token))
        .route("/static/{file}", get(assets::get))
        .fallback(error::not_found)
        // Innermost: every route's and the fallback's error is rendered here, once.
        .layer(axum::middleware::from_fn_with_state(
            state.clone(),
            error::layout,
        ))
        // The browser's language, for every page header (and the error pages).
        .layer(axum::middleware::from_fn(i18n::remember))
        .layer(axum::middleware::from_fn_with_state(
            state.clone(),
            security::csrf,
        ))
        .layer(axum::middleware::from_fn(observe::track))
        .layer(RequestBodyLimitLayer::new(body_limit))
        .layer(TimeoutLayer::with_status_code(
            axum::http::StatusCode::REQUEST_TIMEOUT,
            request_timeout,
        ))
        // A body that stalls between chunks fails its extractor instead of holding the request.
        .layer(tower_http::timeout::RequestBodyTimeoutLayer::new(
            request_timeout,
        ))
        .layer(CompressionLayer::new())
        .layer(CatchPanicLayer::new())
        // Outermost but for tracing, so 408, 413 and panic responses carry the headers too.
        .layer(axum::middleware::from_fn_with_state(
            state.clone(),
            security::headers,
        ))
        .layer(TraceLayer::new_for_http())
        .with_state(state)
}

/// Only `/metrics`, without a token: for a separate listen address that only the monitoring
/// system can reach (`metrics_listen`).
pub fn metrics_router(app: App) -> Router {
    let state = AppState {
        app,
        cfg: Arc::new(WebConfig::default()),
        limits: Arc::new(security::Limits::new(&WebConfig::default())),
        renders: Arc::default(),
        lean_renders: Arc::default(),
    };
    Router::new()
        .route("/metrics", get(observe::metrics))
        .with_state(state)
}
