//! The real binary under attack from the network: slow clients, foreign origins, metrics.

use crate::server::{Server, http, temp_dir};
use std::time::{Duration, Instant};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpStream;

/// Opens a connection that starts a request and then sends one more header line every
/// `every`, never finishing; returns how long the server kept it open (None: still open at `give_up`).
async fn drip(host: String, every: Duration, give_up: Duration) -> Option<Duration> {
    let start = Instant::now();
    let mut s = TcpStream::connect(&host).await.expect("connect");
    if s.write_all(b"GET / HTTP/1.1\r\nHost: x\r\n").await.is_err() {
        return Some(start.elapsed());
    }
    let mut buf = [0u8; 512];
    loop {
        if start.elapsed() > give_up {
            return None;
        }
        tokio::select! {
            n = s.read(&mut buf) => match n {
                Ok(0) | Err(_) => return Some(start.elapsed()),
                Ok(_) => {} // a 408 or the like: the close follows
            },
            _ = tokio::time::sleep(every) => {
                if s.write_all(b"X-Drip: 1\r\n").await.is_err() {
                    return Some(start.elapsed());
                }
            }
        }
    }
}

/// 100 connections drip a header line every 0.5 s against a server that allows 2 s for headers
/// and 64 connections at once: every one is closed in time, an idle one too, and a normal
/// request made meanwhile is answered.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn slow_clients_are_cut_off_and_others_still_served() {
    let dir = temp_dir("slow");
    let server = Server::start_in(
        &dir,
        &["--header-timeout-secs", "2", "--max-connections", "64"],
    )
    .await;
    let host = server.url.trim_start_matches("http://").to_owned();
    let give_up = Duration::from_secs(20);
    let drips: Vec<_> = (0..100)
        .map(|_| tokio::spawn(drip(host.clone(), Duration::from_millis(500), give_up)))
        .collect();
    // An idle connection that never sends a byte.
    let idle = tokio::spawn({
        let host = host.clone();
        async move {
            let start = Instant::now();
            let mut s = TcpStream::connect(&host).await.expect("connect");
            let mut buf = [0u8; 64];
            match tokio::time::timeout(give_up, s.read(&mut buf)).await {
                Ok(_) => Some(start.elapsed()),
                Err(_) => None,
            }
        }
    });
    tokio::time::sleep(Duration::from_millis(300)).await;
    let start = Instant::now();
    let (status, body) = tokio::time::timeout(Duration::from_secs(10), async {
        http(&server.url, "GET", "/healthz", None, None).await
    })
    .await
    .expect("a normal request is answered while slow clients hold connections");
    assert_eq!((status, body.as_str()), (200, "ok"));
    let waited = start.elapsed();
    let mut longest = Duration::ZERO;
    for d in drips {
        let kept = d
            .await
            .expect("drip task")
            .expect("a dripping connection stays open");
        longest = longest.max(kept);
    }
    // 64 at once, 2 s each: the last of 100 is closed after about two rounds.
    assert!(longest < Duration::from_secs(8), "longest drip {longest:?}");
    let idle = idle
        .await
        .expect("idle task")
        .expect("an idle connection stays open");
    assert!(
        idle < Duration::from_secs(5),
        "idle connection kept {idle:?}"
    );
    eprintln!(
        "slow clients: longest drip kept {longest:?}, idle {idle:?}, normal request waited {waited:?}"
    );
}

/// `/metrics` on a separate address: served there, not on the main one.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn metrics_on_a_separate_address() {
    let dir = temp_dir("metrics");
    let probe = std::net::TcpListener::bind("127.0.0.1:0").expect("free port");
    let port = probe.local_addr().expect("addr").port();
    drop(probe);
    let metrics = format!("127.0.0.1:{port}");
    let server = Server::start_in(&dir, &["--metrics-listen", &metrics]).await;
    let (status, _) = http(&server.url, "GET", "/metrics", None, None).await;
    assert_eq!(status, 404, "not on the main address");
    let (status, body) = http(&format!("http://{metrics}"), "GET", "/metrics", None, None).await;
    assert_eq!(status, 200);
    assert!(body.contains("convene_jobs_waiting"), "{body}");
    let (status, _) = http(&format!("http://{metrics}"), "GET", "/", None, None).await;
    assert_eq!(status, 404, "nothing else there");
}
