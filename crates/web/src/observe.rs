//! /healthz and Prometheus /metrics, and the middleware that counts requests.

use crate::AppState;
use axum::extract::{MatchedPath, Request, State};
use axum::http::StatusCode;
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use metrics_exporter_prometheus::{PrometheusBuilder, PrometheusHandle};
use std::sync::OnceLock;
use std::time::Instant;

/// The process-wide recorder (metrics allows one per process).
fn handle() -> &'static PrometheusHandle {
    static HANDLE: OnceLock<PrometheusHandle> = OnceLock::new();
    HANDLE.get_or_init(|| {
        let recorder = PrometheusBuilder::new().build_recorder();
        let handle = recorder.handle();
        // A second router in the same process (tests) reuses the first recorder.
        let _ = metrics::set_global_recorder(recorder);
        handle
    })
}

pub async fn track(req: Request, next: Next) -> Response {
    let _ = handle();
    let path = req
        .extensions()
        .get::<MatchedPath>()
        .map_or_else(|| "unmatched".to_owned(), |p| p.as_str().to_owned());
    let method = req.method().to_string();
    let start = Instant::now();
    let res = next.run(req).await;
    let labels = [
        ("method", method),
        ("path", path),
        ("status", res.status().as_u16().to_string()),
    ];
    metrics::counter!("convene_http_requests_total", &labels).increment(1);
    metrics::histogram!("convene_http_request_duration_seconds", &labels)
        .record(start.elapsed().as_secs_f64());
    res
}

/// Prometheus text: the request counters, and the job runner's work (this process) and the
/// outbox (all servers).
pub async fn metrics(State(st): State<AppState>) -> impl IntoResponse {
    let mut text = handle().render();
    match st.app.job_counts().await {
        Ok(j) => text.push_str(&format!(
            "# HELP convene_jobs_run_total Jobs this process ran.\n\
             # TYPE convene_jobs_run_total counter\n\
             convene_jobs_run_total {}\n\
             # HELP convene_jobs_failed_total Job runs that failed and will be retried.\n\
             # TYPE convene_jobs_failed_total counter\n\
             convene_jobs_failed_total {}\n\
             # HELP convene_jobs_waiting Jobs in the outbox, waiting or running.\n\
             # TYPE convene_jobs_waiting gauge\n\
             convene_jobs_waiting {}\n\
             # HELP convene_jobs_retrying Jobs in the outbox that failed at least once.\n\
             # TYPE convene_jobs_retrying gauge\n\
             convene_jobs_retrying {}\n",
            j.ran, j.failed, j.waiting, j.retrying
        )),
        Err(e) => tracing::warn!(error = %e, "job counts for /metrics failed"),
    }
    match st.app.mail_backlog().await {
        Ok(n) => text.push_str(&format!(
            "# HELP convene_notification_mail_waiting Notification e-mails not sent yet (at once or for a digest; while the mail server is down they wait here).\n\
             # TYPE convene_notification_mail_waiting gauge\n\
             convene_notification_mail_waiting {n}\n"
        )),
        Err(e) => tracing::warn!(error = %e, "mail backlog for /metrics failed"),
    }
    ([("content-type", "text/plain; version=0.0.4")], text)
}

/// `/metrics` on the main address: only with the configured bearer token (compared in
/// constant time); not served there at all without one.
pub async fn metrics_with_token(
    State(st): State<AppState>,
    headers: axum::http::HeaderMap,
) -> Response {
    let Some(want) = st.cfg.metrics_token.as_deref() else {
        return crate::error::not_found().await.into_response();
    };
    let given = headers
        .get(axum::http::header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.strip_prefix("Bearer "))
        .unwrap_or_default()
        .trim();
    let same = given.len() == want.len()
        && given
            .bytes()
            .zip(want.bytes())
            .fold(0u8, |acc, (a, b)| acc | (a ^ b))
            == 0;
    if !same {
        return (
            StatusCode::UNAUTHORIZED,
            [(axum::http::header::WWW_AUTHENTICATE, "Bearer")],
            "The metrics need the metrics token (Authorization: Bearer ...).",
        )
            .into_response();
    }
    metrics(State(st)).await.into_response()
}

pub async fn healthz(State(st): State<AppState>) -> Response {
    match st.app.store.ping().await {
        Ok(()) => (StatusCode::OK, "ok").into_response(),
        Err(e) => {
            tracing::error!(error = %e, "health check failed");
            (StatusCode::SERVICE_UNAVAILABLE, "database unavailable").into_response()
        }
    }
}
