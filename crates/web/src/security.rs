//! CSRF protection, security headers and rate limits.

use crate::AppState;
use axum::extract::{ConnectInfo, Request, State};
use axum::http::{HeaderValue, Method, StatusCode, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use governor::clock::Clock;
use governor::{DefaultKeyedRateLimiter, Quota, RateLimiter};
use std::net::SocketAddr;
use std::num::NonZeroU32;

/// Unsafe methods are refused when their Origin is present and not our public URL (whatever
/// Sec-Fetch-Site claims; "null" is foreign too), and otherwise unless the browser says the
/// request is same-origin (Sec-Fetch-Site) or its Origin is ours. Clients that send neither
/// header and no cookie (API tokens, curl) have no ambient authority to abuse, so they pass.
pub async fn csrf(State(st): State<AppState>, req: Request, next: Next) -> Response {
    if matches!(*req.method(), Method::GET | Method::HEAD | Method::OPTIONS) {
        return next.run(req).await;
    }
    let h = req.headers();
    let site = h.get("sec-fetch-site").and_then(|v| v.to_str().ok());
    let origin = h.get(header::ORIGIN).map(|v| v.to_str().unwrap_or("null"));
    let has_cookie = h.contains_key(header::COOKIE);
    let ok = match (site, origin) {
        (_, Some(o)) if !o.eq_ignore_ascii_case(st.cfg.origin()) => false,
        (Some("same-origin" | "none"), _) => true,
        (Some(_), _) => false,
        (None, Some(_)) => true,
        (None, None) => !has_cookie,
    };
    if ok {
        next.run(req).await
    } else {
        (
            StatusCode::FORBIDDEN,
            "This request came from another site and was refused (CSRF protection).",
        )
            .into_response()
    }
}

pub async fn headers(State(st): State<AppState>, req: Request, next: Next) -> Response {
    let mut res = next.run(req).await;
    let h = res.headers_mut();
    let set = |h: &mut axum::http::HeaderMap, k: &'static str, v: &'static str| {
        h.entry(k).or_insert(HeaderValue::from_static(v));
    };
    // Served over https: browsers keep to https for a year (never sent on plain http, where
    // it would lock out a local install).
    if st.cfg.secure_cookies() {
        set(h, "strict-transport-security", "max-age=31536000");
    }
    set(
        h,
        "content-security-policy",
        "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; \
         frame-ancestors 'none'; form-action 'self'; base-uri 'none'",
    );
    set(h, "x-content-type-options", "nosniff");
    // No referrer leaves the site; not "no-referrer", under which a browser sends `Origin: null`
    // with every plain form post (no htmx: the kiosk, any page without JavaScript), which the
    // CSRF check above then refuses as foreign.
    set(h, "referrer-policy", "same-origin");
    set(h, "x-frame-options", "DENY");
    set(
        h,
        "permissions-policy",
        "camera=(), microphone=(), geolocation=()",
    );
    // Pages may show one-time links and tokens: never keep them in a cache. Static assets set
    // their own cache header first.
    set(h, "cache-control", "no-store");
    res
}

pub struct Limits {
    signin: DefaultKeyedRateLimiter<String>,
    redeem: DefaultKeyedRateLimiter<String>,
    /// Password checks per account, whichever address they come from.
    account: DefaultKeyedRateLimiter<String>,
    /// Posts (threads, replies, contributions submitted and edited), per account.
    post: DefaultKeyedRateLimiter<String>,
}

/// Posts (threads, replies, contributions submitted and edited) one account may make per
/// minute, all kinds together.
pub const POSTS_PER_MINUTE: u32 = 10;

pub enum Bucket {
    SignIn,
    Redeem,
    /// Posting threads, replies and contributions, keyed by account.
    Post,
}

impl Limits {
    pub fn new(cfg: &crate::WebConfig) -> Self {
        let quota =
            |n: u32| Quota::per_minute(NonZeroU32::new(n.max(1)).unwrap_or(NonZeroU32::MIN));
        Self {
            signin: RateLimiter::keyed(quota(cfg.signin_per_minute)),
            redeem: RateLimiter::keyed(quota(cfg.redeem_per_minute)),
            account: RateLimiter::keyed(quota(cfg.signin_per_minute)),
            post: RateLimiter::keyed(quota(POSTS_PER_MINUTE)),
        }
    }

    /// `Err(RateLimited)` when this client has used up its quota.
    pub fn check(&self, bucket: Bucket, client: &str) -> Result<(), RateLimited> {
        let limiter = match bucket {
            Bucket::SignIn => &self.signin,
            Bucket::Redeem => &self.redeem,
            Bucket::Post => &self.post,
        };
        take(limiter, client)
    }
}

fn take(limiter: &DefaultKeyedRateLimiter<String>, key: &str) -> Result<(), RateLimited> {
    // Forget keys whose quota has refilled, so memory stays bounded by recent clients.
    if limiter.len() > 10_000 {
        limiter.retain_recent();
    }
    limiter.check_key(&key.to_owned()).map_err(|not_until| {
        let wait = not_until.wait_time_from(limiter.clock().now());
        RateLimited(wait.as_secs().saturating_add(1))
    })
}

/// What someone posting too fast reads, in their language, `wait` seconds before they may.
pub fn posting_message(wait: u64) -> String {
    crate::i18n::reader().t2(
        "error-rate-posting",
        "per_minute",
        POSTS_PER_MINUTE,
        "seconds",
        wait.max(1),
    )
}

/// Too many attempts: 429 with Retry-After (whole seconds until the next try is allowed).
pub struct RateLimited(pub u64);

impl RateLimited {
    /// What someone posting too fast reads (on the form, which keeps their text, or in JSON).
    pub fn posting_message(&self) -> String {
        posting_message(self.0)
    }

    /// The API's answer to posting too fast: 429 with Retry-After and the JSON error shape.
    pub fn posting_json(&self) -> Response {
        (
            StatusCode::TOO_MANY_REQUESTS,
            [(header::RETRY_AFTER, self.0.max(1).to_string())],
            axum::Json(serde_json::json!({"error": self.posting_message(), "field": null})),
        )
            .into_response()
    }
}

impl IntoResponse for RateLimited {
    fn into_response(self) -> Response {
        let secs = self.0.max(1);
        (
            StatusCode::TOO_MANY_REQUESTS,
            [(header::RETRY_AFTER, secs.to_string())],
            crate::i18n::reader().t1("error-rate-attempts", "seconds", secs),
        )
            .into_response()
    }
}

/// The client address that rate limits are keyed by ("local" when served without one, as in tests).
pub struct ClientAddr(pub String);

impl<S: Send + Sync> axum::extract::FromRequestParts<S> for ClientAddr {
    type Rejection = std::convert::Infallible;

    async fn from_request_parts(
        parts: &mut axum::http::request::Parts,
        _: &S,
    ) -> Result<Self, Self::Rejection> {
        Ok(ClientAddr(
            parts
                .extensions
                .get::<ConnectInfo<SocketAddr>>()
                .map_or_else(|| "local".to_owned(), |c| c.0.ip().to_string()),
        ))
    }
}

impl AppState {
    pub fn limit(&self, bucket: Bucket, client: &ClientAddr) -> Result<(), RateLimited> {
        self.limits.check(bucket, &client.0)
    }

    /// Before a contribution is posted: the account's quota.
    pub fn limit_posting(&self, account: i32) -> Result<(), RateLimited> {
        self.limits
            .check(Bucket::Post, &format!("account:{account}"))
    }

    /// Before any password check: the client's sign-in quota, then the account's, keyed by the
    /// e-mail as typed (trimmed, lower case) so unknown e-mails are throttled alike. Both are
    /// spent by every attempt, right or wrong, so no answer depends on the password once limited.
    pub fn limit_password(&self, client: &ClientAddr, email: &str) -> Result<(), RateLimited> {
        self.limits.check(Bucket::SignIn, &client.0)?;
        take(&self.limits.account, &email.trim().to_lowercase())
    }
}
