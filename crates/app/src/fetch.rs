//! One bounded GET of a file another server publishes (import by URL), safe against
//! server-side request forgery: http or https only, every address the name resolves to must
//! be public (unless the operator allows private ones, as tests do), the connection goes to
//! the address that was checked (no second lookup to rebind), at most [`MAX_REDIRECTS`]
//! redirects, each checked the same way, a size limit and one deadline for all of it.
//! One HTTP client in the house: reqwest (which `openidconnect` uses too), given for each
//! request only the addresses checked here (`resolve_to_addrs`, and a resolver that looks
//! nothing up), without proxies or redirects of its own.

use crate::AppError;
use reqwest::dns::{Name, Resolve, Resolving};
use std::net::{IpAddr, SocketAddr};
use std::sync::Arc;
use std::time::Duration;

pub const MAX_REDIRECTS: usize = 3;

/// What a fetch may do.
#[derive(Debug, Clone, Copy)]
pub struct FetchPolicy {
    /// Whether loopback and private addresses may be fetched (tests, a closed network).
    pub allow_private: bool,
    pub max_bytes: usize,
    pub timeout: Duration,
}

impl Default for FetchPolicy {
    fn default() -> Self {
        Self {
            allow_private: false,
            max_bytes: convene_practice::format::MAX_BYTES,
            timeout: Duration::from_secs(10),
        }
    }
}

fn refuse(message: impl Into<String>) -> AppError {
    AppError::field("url", message)
}

/// Whether an address is on the public internet (not loopback, private, link-local,
/// carrier-grade NAT, documentation, multicast or unspecified; IPv4 inside IPv6 as IPv4).
pub fn is_public(ip: IpAddr) -> bool {
    match ip {
        IpAddr::V4(v4) => {
            let [a, b, ..] = v4.octets();
            !(v4.is_private()
                || v4.is_loopback()
                || v4.is_link_local()
                || v4.is_broadcast()
                || v4.is_documentation()
                || v4.is_unspecified()
                || v4.is_multicast()
                || a == 0
                || (a == 100 && (64..128).contains(&b))
                || (a == 192 && b == 0)
                || (a == 198 && (18..20).contains(&b))
                || a >= 240)
        }
        IpAddr::V6(v6) => {
            if let Some(v4) = v6.to_ipv4_mapped() {
                return is_public(IpAddr::V4(v4));
            }
            let first = v6.segments()[0];
            !(v6.is_loopback()
                || v6.is_unspecified()
                || v6.is_multicast()
                || (first & 0xfe00) == 0xfc00
                || (first & 0xffc0) == 0xfe80
                || first == 0x2001 && v6.segments()[1] == 0xdb8
                || first == 0x64 && v6.segments()[1] == 0xff9b)
        }
    }
}

/// The text at `url`.
pub async fn fetch_text(url: &str, policy: FetchPolicy) -> Result<String, AppError> {
    tokio::time::timeout(policy.timeout, follow(url, policy))
        .await
        .map_err(|_| {
            refuse(format!(
                "the server did not answer within {} seconds",
                policy.timeout.as_secs()
            ))
        })?
}

async fn follow(url: &str, policy: FetchPolicy) -> Result<String, AppError> {
    let mut url = parse(url)?;
    for _ in 0..=MAX_REDIRECTS {
        match get(&url, policy).await? {
            Got::Body(text) => return Ok(text),
            Got::Redirect(to) => {
                url = url
                    .join(&to)
                    .map_err(|_| refuse("it redirects to something that is not a URL"))?;
                url = parse(url.as_str())?;
            }
        }
    }
    Err(refuse(format!(
        "it redirects more than {MAX_REDIRECTS} times"
    )))
}

fn parse(raw: &str) -> Result<url::Url, AppError> {
    let url = url::Url::parse(raw.trim()).map_err(|_| refuse("must be a URL"))?;
    if !matches!(url.scheme(), "http" | "https") {
        return Err(refuse("must be an http or https URL"));
    }
    if !url.username().is_empty() || url.password().is_some() {
        return Err(refuse("must not contain a user name or password"));
    }
    Ok(url)
}

/// The addresses to connect to: every one the host resolves to, if all of them may be used.
async fn addresses(url: &url::Url, policy: FetchPolicy) -> Result<Vec<SocketAddr>, AppError> {
    let host = url.host_str().ok_or_else(|| refuse("has no host"))?;
    let port = url
        .port_or_known_default()
        .ok_or_else(|| refuse("has no port"))?;
    let host = host.trim_start_matches('[').trim_end_matches(']');
    let addrs: Vec<SocketAddr> = tokio::net::lookup_host((host, port))
        .await
        .map_err(|_| refuse(format!("the host {host} is not known")))?
        .collect();
    if addrs.is_empty() {
        return Err(refuse(format!("the host {host} is not known")));
    }
    if !policy.allow_private && addrs.iter().any(|a| !is_public(a.ip())) {
        return Err(refuse(
            "it points to a private or local address, which this server does not fetch",
        ));
    }
    Ok(addrs)
}

/// A resolver that resolves nothing: the client may only reach the names given to it with
/// the addresses checked above (`resolve_to_addrs`), never look one up again.
struct NoLookup;

impl Resolve for NoLookup {
    fn resolve(&self, name: Name) -> Resolving {
        let e: Box<dyn std::error::Error + Send + Sync> =
            format!("{} was not checked before connecting", name.as_str()).into();
        Box::pin(std::future::ready(Err::<reqwest::dns::Addrs, _>(e)))
    }
}

/// A client for one request to `url`'s host, pinned to `addrs`: no proxy (it would choose
/// the address), no redirects followed by itself (each is checked here), no cookies.
fn client(url: &url::Url, addrs: &[SocketAddr]) -> Result<reqwest::Client, AppError> {
    let mut b = reqwest::Client::builder()
        .no_proxy()
        .redirect(reqwest::redirect::Policy::none())
        .user_agent("convene-library-import")
        .dns_resolver(Arc::new(NoLookup));
    if let Some(url::Host::Domain(d)) = url.host() {
        b = b.resolve_to_addrs(d, addrs);
    }
    b.build()
        .map_err(|e| AppError::Internal(format!("HTTP client: {e}")))
}

enum Got {
    Body(String),
    Redirect(String),
}

async fn get(url: &url::Url, policy: FetchPolicy) -> Result<Got, AppError> {
    let addrs = addresses(url, policy).await?;
    let host = url.host_str().unwrap_or_default().to_owned();
    let mut res = client(url, &addrs)?
        .get(url.clone())
        .header(
            reqwest::header::ACCEPT,
            "application/json, text/markdown;q=0.9, text/plain;q=0.5",
        )
        .send()
        .await
        .map_err(|e| {
            if e.is_connect() {
                refuse(format!("could not connect to {host}"))
            } else {
                refuse(format!("the request failed: {e}"))
            }
        })?;
    let status = res.status();
    if status.is_redirection() {
        let to = res
            .headers()
            .get(reqwest::header::LOCATION)
            .and_then(|v| v.to_str().ok())
            .ok_or_else(|| refuse("it redirects without saying where"))?;
        return Ok(Got::Redirect(to.to_owned()));
    }
    if !status.is_success() {
        return Err(refuse(format!("the server answered {status}")));
    }
    if res
        .content_length()
        .is_some_and(|n| n > policy.max_bytes as u64)
    {
        return Err(too_large(policy));
    }
    let mut out = Vec::new();
    while let Some(chunk) = res
        .chunk()
        .await
        .map_err(|e| refuse(format!("reading the answer failed: {e}")))?
    {
        if out.len() + chunk.len() > policy.max_bytes {
            return Err(too_large(policy));
        }
        out.extend_from_slice(&chunk);
    }
    String::from_utf8(out)
        .map(Got::Body)
        .map_err(|_| refuse("the answer is not UTF-8 text"))
}

fn too_large(policy: FetchPolicy) -> AppError {
    refuse(format!(
        "the file is larger than {} KiB, the most this server imports",
        policy.max_bytes / 1024
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn private_and_local_addresses_are_not_public() {
        for ip in [
            "127.0.0.1",
            "10.1.2.3",
            "172.16.0.1",
            "192.168.1.1",
            "169.254.169.254",
            "100.64.0.1",
            "0.0.0.0",
            "::1",
            "::",
            "fd00::1",
            "fe80::1",
            "::ffff:127.0.0.1",
            "::ffff:10.0.0.1",
        ] {
            assert!(!is_public(ip.parse().expect("an address")), "{ip}");
        }
        for ip in ["93.184.215.14", "1.1.1.1", "2606:4700::1111"] {
            assert!(is_public(ip.parse().expect("an address")), "{ip}");
        }
    }

    #[tokio::test]
    async fn refuses_other_schemes_and_local_hosts() {
        let p = FetchPolicy::default();
        for url in [
            "file:///etc/passwd",
            "ftp://example.org/x",
            "http://127.0.0.1:9/x",
            "http://localhost:9/x",
            "http://[::1]:9/x",
            "http://user:pw@example.org/x",
        ] {
            let e = fetch_text(url, p).await.expect_err("refused");
            assert!(
                matches!(e, AppError::Field { field: "url", .. }),
                "{url}: {e}"
            );
        }
    }

    /// A server on 127.0.0.1 answering each path as `answer` says (a raw HTTP/1.1 reply).
    async fn serve(answer: fn(&str, u16) -> String) -> u16 {
        use tokio::io::{AsyncReadExt, AsyncWriteExt};
        let l = tokio::net::TcpListener::bind("127.0.0.1:0")
            .await
            .expect("bind");
        let port = l.local_addr().expect("addr").port();
        tokio::spawn(async move {
            while let Ok((mut s, _)) = l.accept().await {
                tokio::spawn(async move {
                    let mut buf = Vec::new();
                    let mut chunk = [0u8; 1024];
                    while !buf.windows(4).any(|w| w == b"\r\n\r\n") {
                        match s.read(&mut chunk).await {
                            Ok(0) | Err(_) => return,
                            Ok(n) => buf.extend_from_slice(&chunk[..n]),
                        }
                    }
                    let head = String::from_utf8_lossy(&buf).into_owned();
                    let path = head.split_whitespace().nth(1).unwrap_or("/").to_owned();
                    let _ = s.write_all(answer(&path, port).as_bytes()).await;
                    let _ = s.shutdown().await;
                });
            }
        });
        port
    }

    fn ok(body: &str) -> String {
        format!(
            "HTTP/1.1 200 OK\r\ncontent-length: {}\r\nconnection: close\r\n\r\n{body}",
            body.len()
        )
    }

    fn routes(path: &str, port: u16) -> String {
        let hop = |to: String| {
            format!(
                "HTTP/1.1 302 Found\r\nlocation: {to}\r\ncontent-length: 0\r\nconnection: close\r\n\r\n"
            )
        };
        match path {
            "/file" => ok("the file"),
            // Three hops end at the file; four are one too many.
            "/r3" => hop("/r2".into()),
            "/r2" => hop("/r1".into()),
            "/r1" => hop(format!("http://127.0.0.1:{port}/file")),
            "/r4" => hop("/r3".into()),
            "/big" => ok(&"x".repeat(2000)),
            // No length announced: the limit holds while reading.
            "/big-unannounced" => format!(
                "HTTP/1.1 200 OK\r\nconnection: close\r\n\r\n{}",
                "x".repeat(2000)
            ),
            "/ftp" => hop("ftp://127.0.0.1/x".into()),
            _ => "HTTP/1.1 404 Not Found\r\ncontent-length: 0\r\nconnection: close\r\n\r\n".into(),
        }
    }

    fn local() -> FetchPolicy {
        FetchPolicy {
            allow_private: true,
            ..FetchPolicy::default()
        }
    }

    #[tokio::test]
    async fn follows_three_checked_redirects_and_no_more() {
        let port = serve(routes).await;
        let at = |p: &str| format!("http://127.0.0.1:{port}{p}");
        assert_eq!(
            fetch_text(&at("/r3"), local()).await.expect("three hops"),
            "the file"
        );
        let e = fetch_text(&at("/r4"), local())
            .await
            .expect_err("four hops");
        assert!(e.to_string().contains("more than 3"), "{e}");
        let e = fetch_text(&at("/ftp"), local()).await.expect_err("ftp");
        assert!(e.to_string().contains("http or https"), "{e}");
        let e = fetch_text(&at("/missing"), local()).await.expect_err("404");
        assert!(e.to_string().contains("404"), "{e}");
        // Without the operator's permission the same local server is refused before connecting.
        let e = fetch_text(&at("/file"), FetchPolicy::default())
            .await
            .expect_err("private");
        assert!(e.to_string().contains("private or local"), "{e}");
    }

    #[tokio::test]
    async fn a_file_over_the_limit_is_refused_announced_or_not() {
        let port = serve(routes).await;
        let small = FetchPolicy {
            max_bytes: 1024,
            ..local()
        };
        for p in ["/big", "/big-unannounced"] {
            let e = fetch_text(&format!("http://127.0.0.1:{port}{p}"), small)
                .await
                .expect_err("too large");
            assert!(e.to_string().contains("larger than 1 KiB"), "{p}: {e}");
        }
    }

    #[tokio::test]
    async fn a_silent_server_meets_the_deadline() {
        let l = tokio::net::TcpListener::bind("127.0.0.1:0")
            .await
            .expect("bind");
        let port = l.local_addr().expect("addr").port();
        let held = tokio::spawn(async move {
            let kept = l.accept().await;
            tokio::time::sleep(Duration::from_secs(30)).await;
            drop(kept);
        });
        let quick = FetchPolicy {
            timeout: Duration::from_millis(300),
            ..local()
        };
        let e = fetch_text(&format!("http://127.0.0.1:{port}/file"), quick)
            .await
            .expect_err("deadline");
        assert!(e.to_string().contains("did not answer"), "{e}");
        held.abort();
    }

    #[tokio::test]
    async fn the_client_connects_only_to_the_checked_addresses() {
        let port = serve(routes).await;
        // A name no resolver knows reaches the server only through the pinned address ...
        let url = url::Url::parse(&format!("http://pinned.invalid:{port}/file")).expect("url");
        let pinned = [SocketAddr::from(([127, 0, 0, 1], port))];
        let res = client(&url, &pinned)
            .expect("client")
            .get(url.clone())
            .send()
            .await
            .expect("reached through the pinned address");
        assert_eq!(res.text().await.expect("text"), "the file");
        // ... and any other name is never looked up.
        let other = url::Url::parse(&format!("http://localhost:{port}/file")).expect("url");
        let e = client(&url, &pinned)
            .expect("client")
            .get(other)
            .send()
            .await
            .expect_err("no second lookup");
        assert!(e.is_connect() || e.is_request(), "{e}");
    }
}
