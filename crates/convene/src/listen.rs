//! The HTTP/1.1 listener: hyper's connection builder with the limits `axum::serve` leaves out.
//! A request's headers must arrive within `header_timeout` (hyper's header read timeout, which
//! also runs while a kept-alive connection waits for its next request, so idle connections
//! close after the same time), and at most `max_connections` are served at once: further
//! connections wait in the kernel's backlog until one closes.

use axum::Router;
use axum::extract::ConnectInfo;
use hyper::body::Incoming;
use hyper_util::rt::{TokioIo, TokioTimer};
use hyper_util::service::TowerToHyperService;
use std::sync::Arc;
use std::time::Duration;
use tokio::net::TcpListener;
use tokio::sync::Semaphore;
use tokio_util::sync::CancellationToken;
use tower::ServiceExt;

/// Limits on connections, before any request reaches the router.
#[derive(Clone, Copy, Debug)]
pub struct ConnLimits {
    pub header_timeout: Duration,
    pub max_connections: usize,
}

/// How long connections that are still open get to finish after shutdown starts.
const DRAIN: Duration = Duration::from_secs(10);

/// Serves `router` until `stop` is cancelled, then lets open connections finish their request.
pub async fn serve(
    listener: TcpListener,
    router: Router,
    limits: ConnLimits,
    stop: CancellationToken,
) -> std::io::Result<()> {
    let max = limits.max_connections.clamp(1, Semaphore::MAX_PERMITS);
    let slots = Arc::new(Semaphore::new(max));
    let mut http = hyper::server::conn::http1::Builder::new();
    http.timer(TokioTimer::new())
        .header_read_timeout(limits.header_timeout)
        .max_buf_size(64 * 1024);
    loop {
        let permit = tokio::select! {
            _ = stop.cancelled() => break,
            p = slots.clone().acquire_owned() => p.map_err(std::io::Error::other)?,
        };
        let (stream, remote) = tokio::select! {
            _ = stop.cancelled() => break,
            accepted = listener.accept() => match accepted {
                Ok(a) => a,
                Err(e) => {
                    // Out of file descriptors and the like: wait a moment instead of spinning.
                    tracing::warn!(error = %e, "accepting a connection failed");
                    tokio::time::sleep(Duration::from_millis(50)).await;
                    continue;
                }
            },
        };
        let svc = router
            .clone()
            .map_request(move |mut req: axum::http::Request<Incoming>| {
                req.extensions_mut().insert(ConnectInfo(remote));
                req
            });
        let conn = http.serve_connection(TokioIo::new(stream), TowerToHyperService::new(svc));
        let stop = stop.clone();
        tokio::spawn(async move {
            let _permit = permit;
            let mut conn = std::pin::pin!(conn);
            tokio::select! {
                _ = conn.as_mut() => {}
                _ = stop.cancelled() => {
                    conn.as_mut().graceful_shutdown();
                    let _ = tokio::time::timeout(DRAIN, conn).await;
                }
            }
        });
    }
    // Every connection holds a slot: all slots back means all connections closed.
    let _ = tokio::time::timeout(DRAIN, slots.acquire_many(max as u32)).await;
    Ok(())
}
