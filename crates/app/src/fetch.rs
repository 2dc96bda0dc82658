//! One bounded GET of a file another server publishes (import by URL), safe against
//! server-side request forgery: http or https only, every address the name resolves to must
//! be public (unless the operator allows private ones, as tests do), the connection goes to
//! the address that was checked (no second lookup to rebind), at most [`MAX_REDIRECTS`]
//! redirects, each checked the same way, a size limit and one deadline for all of it.

use crate::AppError;
use http_body_util::{BodyExt, Empty};
use hyper::body::Bytes;
use hyper_util::rt::TokioIo;
use std::net::{IpAddr, SocketAddr};
use std::sync::{Arc, OnceLock};
use std::time::Duration;
use tokio::net::TcpStream;

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

enum Got {
    Body(String),
    Redirect(String),
}

/// The address to connect to: the first the host resolves to, if all of them may be used.
async fn address(url: &url::Url, policy: FetchPolicy) -> Result<SocketAddr, AppError> {
    let host = url.host_str().ok_or_else(|| refuse("has no host"))?;
    let port = url
        .port_or_known_default()
        .ok_or_else(|| refuse("has no port"))?;
    let host = host.trim_start_matches('[').trim_end_matches(']');
    let addrs: Vec<SocketAddr> = tokio::net::lookup_host((host, port))
        .await
        .map_err(|_| refuse(format!("the host {host} is not known")))?
        .collect();
    let first = *addrs
        .first()
        .ok_or_else(|| refuse(format!("the host {host} is not known")))?;
    if !policy.allow_private && addrs.iter().any(|a| !is_public(a.ip())) {
        return Err(refuse(
            "it points to a private or local address, which this server does not fetch",
        ));
    }
    Ok(first)
}

fn tls() -> Arc<rustls::ClientConfig> {
    static CONFIG: OnceLock<Arc<rustls::ClientConfig>> = OnceLock::new();
    CONFIG
        .get_or_init(|| {
            let roots =
                rustls::RootCertStore::from_iter(webpki_roots::TLS_SERVER_ROOTS.iter().cloned());
            let config = rustls::ClientConfig::builder_with_provider(Arc::new(
                rustls::crypto::ring::default_provider(),
            ))
            .with_safe_default_protocol_versions()
            .map(|b| b.with_root_certificates(roots).with_no_client_auth());
            Arc::new(config.unwrap_or_else(|e| panic!("TLS defaults: {e}")))
        })
        .clone()
}

async fn get(url: &url::Url, policy: FetchPolicy) -> Result<Got, AppError> {
    let addr = address(url, policy).await?;
    let unreachable = |_| refuse(format!("could not connect to {}", addr_of(url)));
    let tcp = TcpStream::connect(addr).await.map_err(unreachable)?;
    let host = url.host_str().unwrap_or_default().to_owned();
    if url.scheme() == "https" {
        let name = rustls::pki_types::ServerName::try_from(host.clone())
            .map_err(|_| refuse("has a host name TLS cannot check"))?;
        let stream = tokio_rustls::TlsConnector::from(tls())
            .connect(name, tcp)
            .await
            .map_err(|e| refuse(format!("the TLS connection failed: {e}")))?;
        exchange(TokioIo::new(stream), url, policy).await
    } else {
        exchange(TokioIo::new(tcp), url, policy).await
    }
}

fn addr_of(url: &url::Url) -> String {
    url.host_str().unwrap_or_default().to_owned()
}

async fn exchange<T>(io: T, url: &url::Url, policy: FetchPolicy) -> Result<Got, AppError>
where
    T: hyper::rt::Read + hyper::rt::Write + Unpin + Send + 'static,
{
    let (mut send, conn) = hyper::client::conn::http1::handshake::<_, Empty<Bytes>>(io)
        .await
        .map_err(|e| refuse(format!("the server did not speak HTTP: {e}")))?;
    tokio::spawn(async move {
        let _ = conn.await;
    });
    let host = match url.port() {
        Some(p) => format!("{}:{p}", addr_of(url)),
        None => addr_of(url),
    };
    let path = match url.query() {
        Some(q) => format!("{}?{q}", url.path()),
        None => url.path().to_owned(),
    };
    let req = hyper::Request::get(path)
        .header(hyper::header::HOST, host)
        .header(
            hyper::header::ACCEPT,
            "application/json, text/markdown;q=0.9, text/plain;q=0.5",
        )
        .header(hyper::header::USER_AGENT, "convene-library-import")
        .body(Empty::new())
        .map_err(|e| AppError::Internal(e.to_string()))?;
    let res = send
        .send_request(req)
        .await
        .map_err(|e| refuse(format!("the request failed: {e}")))?;
    let status = res.status();
    if status.is_redirection() {
        let to = res
            .headers()
            .get(hyper::header::LOCATION)
            .and_then(|v| v.to_str().ok())
            .ok_or_else(|| refuse("it redirects without saying where"))?;
        return Ok(Got::Redirect(to.to_owned()));
    }
    if !status.is_success() {
        return Err(refuse(format!("the server answered {status}")));
    }
    if let Some(n) = res
        .headers()
        .get(hyper::header::CONTENT_LENGTH)
        .and_then(|v| v.to_str().ok()?.parse::<usize>().ok())
        && n > policy.max_bytes
    {
        return Err(too_large(policy));
    }
    let mut body = res.into_body();
    let mut out = Vec::new();
    while let Some(frame) = body.frame().await {
        let frame = frame.map_err(|e| refuse(format!("reading the answer failed: {e}")))?;
        if let Ok(data) = frame.into_data() {
            if out.len() + data.len() > policy.max_bytes {
                return Err(too_large(policy));
            }
            out.extend_from_slice(&data);
        }
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
}
