//! OpenID Connect against a real provider (oidc-provider from npm, started here with
//! tests/cli/oidc/provider.js): accepting an invitation through it (authorization code + PKCE)
//! lands in the organization the community tied to the provider; signing in again, linking on
//! the account page, a callback that works once and only in the browser that started it, no
//! open redirect, no unlinking of the only way in; and forged ID tokens (wrong audience,
//! expired, wrong nonce, wrong issuer, unknown key) refused, from a test-only issuer whose
//! honest token passes.

use crate::server::{Server, temp_dir};
use reqwest::redirect::Policy;
use serde_json::{Value, json};
use std::path::PathBuf;
use std::sync::Arc;
use std::time::Duration;
use tokio::io::{AsyncBufReadExt, BufReader};
use tokio::process::{Child, Command};

const PASSWORD: &str = "a long enough password";

struct Providers {
    _child: Child,
    provider: String,
    forge: String,
}

fn oidc_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/cli/oidc")
}

/// Starts both test providers; `None` (skip) outside CI when `npm ci` has not been run there.
async fn start_providers() -> Option<Providers> {
    let dir = oidc_dir();
    if !dir.join("node_modules/oidc-provider").exists() {
        assert!(
            !std::env::var("CI").is_ok_and(|v| v == "true"),
            "CI=true but oidc-provider is missing: run npm ci in {}",
            dir.display()
        );
        eprintln!("skipping: run `npm ci` in {}", dir.display());
        return None;
    }
    let mut child = Command::new("node")
        .arg("provider.js")
        .current_dir(&dir)
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::inherit())
        .kill_on_drop(true)
        .spawn()
        .expect("start node");
    let mut lines = BufReader::new(child.stdout.take().expect("stdout")).lines();
    let (mut provider, mut forge) = (None, None);
    tokio::time::timeout(Duration::from_secs(120), async {
        while let Some(line) = lines.next_line().await.expect("read") {
            if let Some(u) = line.strip_prefix("provider ") {
                provider = Some(u.to_owned());
            }
            if let Some(u) = line.strip_prefix("forge ") {
                forge = Some(u.to_owned());
                break;
            }
        }
    })
    .await
    .expect("the providers start");
    tokio::spawn(async move { while let Ok(Some(_)) = lines.next_line().await {} });
    Some(Providers {
        _child: child,
        provider: provider.expect("provider"),
        forge: forge.expect("forge"),
    })
}

/// convene with both providers configured (secrets from files), and the provider told
/// convene's callback addresses.
async fn start(p: &Providers, name: &str) -> Server {
    let dir = temp_dir(name);
    std::fs::write(
        dir.join("partner.secret"),
        "test-secret-not-for-production\n",
    )
    .expect("secret");
    std::fs::write(dir.join("forge.secret"), "forge-secret").expect("secret");
    let config = format!(
        r#"[[oidc]]
id = "partner"
name = "Partner ID"
issuer = "{}"
client_id = "convene-test"
client_secret_file = "partner.secret"

[[oidc]]
id = "forge"
name = "Forge ID"
issuer = "{}"
client_id = "convene-test"
client_secret_file = "forge.secret"
"#,
        p.provider, p.forge
    );
    std::fs::write(dir.join("convene.toml"), config).expect("config");
    // Every start and every callback counts as a sign-in attempt; these tests make many.
    let server = Server::start_in(&dir, &["--signin-per-minute", "200"]).await;
    let uris = json!({"redirect_uris": [format!("{}/signin/oidc/partner/callback", server.url)]});
    let r = reqwest::Client::new()
        .post(format!("{}/test/setup", p.provider))
        .body(uris.to_string())
        .send()
        .await
        .expect("set up the provider");
    assert_eq!(r.status(), 204);
    server
}

/// A browser-like client: cookies, redirects followed (or stopped at convene's callback),
/// and the Origin header that convene's CSRF check wants on posts.
fn client(base: &str, jar: &Arc<reqwest::cookie::Jar>, stop_at_callback: bool) -> reqwest::Client {
    let mut headers = reqwest::header::HeaderMap::new();
    headers.insert("origin", base.parse().expect("origin"));
    let policy = if stop_at_callback {
        Policy::custom(|a| {
            if a.url().path().ends_with("/callback") {
                a.stop()
            } else if a.previous().len() > 15 {
                a.error("too many redirects")
            } else {
                a.follow()
            }
        })
    } else {
        Policy::limited(15)
    };
    reqwest::Client::builder()
        .cookie_provider(jar.clone())
        .default_headers(headers)
        .redirect(policy)
        .build()
        .expect("client")
}

struct Page {
    status: u16,
    url: reqwest::Url,
    location: Option<String>,
    body: String,
}

async fn page(r: reqwest::RequestBuilder) -> Page {
    let r = r.send().await.expect("request");
    let location = r
        .headers()
        .get("location")
        .map(|v| v.to_str().expect("location").to_owned());
    Page {
        status: r.status().as_u16(),
        url: r.url().clone(),
        location,
        body: r.text().await.expect("body"),
    }
}

/// At the provider's login form: signs in as `user` there; the page convene ends on.
async fn provider_login(c: &reqwest::Client, at: &Page, user: &str) -> Page {
    assert!(at.body.contains("Test provider"), "{}", at.body);
    page(c.post(format!("{}/login", at.url)).form(&[("login", user)])).await
}

/// The first steward, an API token, a community with a partner organization, the provider
/// tied to that organization and an invitation link naming the home organization.
async fn community(server: &Server, jar: &Arc<reqwest::cookie::Jar>) -> (String, Value, String) {
    let c = client(&server.url, jar, false);
    let setup = server.setup_link.clone().expect("setup link");
    let p = page(c.post(&setup).form(&[
        ("name", "Ada Steward"),
        ("email", "ada@example.org"),
        ("password", PASSWORD),
    ]))
    .await;
    assert_eq!(p.url.path(), "/communities/new", "{}", p.body);
    let p = page(
        c.post(format!("{}/account/tokens", server.url))
            .form(&[("name", "test")]),
    )
    .await;
    let at = p.body.find("id=\"new-token\"").expect("token shown");
    let rest = &p.body[at..];
    let v = rest.find("value=\"").expect("value") + 7;
    let token = rest[v..v + rest[v..].find('"').expect("end")].to_owned();
    let api = reqwest::Client::new();
    let post = |path: &str, body: Value| {
        api.post(format!("{}/api/v1{path}", server.url))
            .bearer_auth(&token)
            .json(&body)
    };
    let r = post(
        "/communities",
        json!({"name": "Harbour Circle", "slug": "harbour", "purpose": "Neighbours and partners.", "home_organization": "Harbour Cooperative"}),
    )
    .send()
    .await
    .expect("community");
    assert_eq!(r.status(), 201);
    let r = post(
        "/communities/harbour/organizations",
        json!({"name": "Partner Org", "reason": "they bring their own sign-in"}),
    )
    .send()
    .await
    .expect("org");
    assert_eq!(r.status(), 201);
    let partner: Value = r.json().await.expect("org json");
    let detail: Value = api
        .get(format!("{}/api/v1/communities/harbour", server.url))
        .bearer_auth(&token)
        .send()
        .await
        .expect("detail")
        .json()
        .await
        .expect("json");
    let home = detail["organizations"]
        .as_array()
        .expect("orgs")
        .iter()
        .find(|o| o["home"] == true)
        .expect("home")["id"]
        .clone();
    // Tie the provider to the partner organization on the settings page.
    let p = page(
        c.post(format!("{}/c/harbour/settings/oidc", server.url))
            .form(&[
                ("provider", "partner"),
                ("organization", &partner["id"].to_string()),
            ]),
    )
    .await;
    assert_eq!(p.url.path(), "/c/harbour/settings", "{}", p.body);
    assert!(
        p.body.contains("Partner ID: its people land in"),
        "{}",
        p.body
    );
    let r = post(
        "/communities/harbour/invitations",
        json!({"kind": "link", "calling_question": "What would you bring to the harbour?", "organization_id": home, "max_uses": 5}),
    )
    .send()
    .await
    .expect("invitation");
    assert_eq!(r.status(), 201);
    let inv: Value = r.json().await.expect("json");
    (token, partner, inv["url"].as_str().expect("url").to_owned())
}

pub async fn sign_in_through_a_real_provider() {
    let Some(p) = start_providers().await else {
        return;
    };
    let server = start(&p, "oidc").await;
    let steward = Arc::new(reqwest::cookie::Jar::default());
    let (token, partner, invite) = community(&server, &steward).await;
    let api = reqwest::Client::new();

    // Alice accepts the invitation with the provider: code flow with PKCE through the real
    // provider's login, then the community, in the tied organization (not the invitation's).
    let alice_jar = Arc::new(reqwest::cookie::Jar::default());
    let alice = client(&server.url, &alice_jar, false);
    let invite_page = page(alice.get(&invite)).await;
    assert!(
        invite_page.body.contains("Accept with Partner ID"),
        "{}",
        invite_page.body
    );
    let at = page(alice.get(format!("{invite}/oidc/partner"))).await;
    assert!(
        at.url.as_str().starts_with(&p.provider),
        "at the provider: {}",
        at.url
    );
    assert!(at.url.path().starts_with("/interaction/"));
    let done = provider_login(&alice, &at, "alice").await;
    assert_eq!(done.status, 200, "{}", done.body);
    assert_eq!(done.url.path(), "/c/harbour", "{}", done.body);
    let members: Value = api
        .get(format!("{}/api/v1/communities/harbour/members", server.url))
        .bearer_auth(&token)
        .send()
        .await
        .expect("members")
        .json()
        .await
        .expect("json");
    let a = members
        .as_array()
        .expect("list")
        .iter()
        .find(|m| m["display_name"] == "Alice Partner")
        .expect("Alice is a member");
    assert_eq!(a["organization"], partner["name"], "{members}");

    // Her account has no password; the provider is her only way in and cannot be unlinked.
    let p_acc = page(alice.get(format!("{}/account", server.url))).await;
    assert!(
        p_acc.body.contains("linked as alice@partner.example"),
        "{}",
        p_acc.body
    );
    let r = page(alice.post(format!("{}/account/oidc/partner/unlink", server.url))).await;
    assert_eq!(r.status, 409, "{}", r.body);
    assert!(r.body.contains("only way to sign in"), "{}", r.body);
    let t = page(
        alice
            .post(format!("{}/account/tokens", server.url))
            .form(&[("name", "alice")]),
    )
    .await;
    let at_t = t.body.find("id=\"new-token\"").expect("token");
    let rest = &t.body[at_t..];
    let v = rest.find("value=\"").expect("value") + 7;
    let alice_token = &rest[v..v + rest[v..].find('"').expect("end")];
    let me: Value = api
        .get(format!("{}/api/v1/me", server.url))
        .bearer_auth(alice_token)
        .send()
        .await
        .expect("me")
        .json()
        .await
        .expect("json");
    assert_eq!(me["has_password"], false, "{me}");
    assert_eq!(me["second_factor"], false, "{me}");
    assert_eq!(me["providers"][0]["id"], "partner", "{me}");
    assert_eq!(me["providers"][0]["linked"], true, "{me}");
    assert_eq!(me["providers"][0]["linked_email"], "alice@partner.example");
    assert_eq!(me["providers"][1]["id"], "forge", "{me}");
    assert_eq!(me["providers"][1]["linked"], false, "{me}");
    let r = api
        .delete(format!("{}/api/v1/me/providers/partner", server.url))
        .bearer_auth(alice_token)
        .send()
        .await
        .expect("unlink");
    assert_eq!(r.status(), 409);

    // Signed out, she signs in again with it; `next` off-site is ignored (no open redirect).
    page(alice.post(format!("{}/signout", server.url))).await;
    let again = page(alice.get(format!(
        "{}/signin/oidc/partner?next=//evil.example/x",
        server.url
    )))
    .await;
    let again = if again.url.as_str().starts_with(&p.provider) {
        provider_login(&alice, &again, "alice").await
    } else {
        again
    };
    assert!(again.url.as_str().starts_with(&server.url), "{}", again.url);
    assert!(!again.url.as_str().contains("evil"), "{}", again.url);
    assert_eq!(
        page(alice.get(format!("{}/account", server.url)))
            .await
            .url
            .path(),
        "/account",
        "signed in"
    );

    // The steward links the provider (as Bob there). The callback works once, and only in
    // the browser that started the sign-in.
    let ada = client(&server.url, &steward, true);
    let at = page(ada.get(format!("{}/account/oidc/partner/link", server.url))).await;
    let cb = provider_login(&ada, &at, "bob").await;
    assert_eq!(cb.status, 303, "{}", cb.body);
    let callback = cb.location.expect("callback address");
    assert!(
        callback.contains("/signin/oidc/partner/callback?"),
        "{callback}"
    );
    let stranger_jar = Arc::new(reqwest::cookie::Jar::default());
    let stranger = client(&server.url, &stranger_jar, false);
    // Another browser with the same link: refused, and the sign-in is spent.
    let r = page(stranger.get(&callback)).await;
    assert_eq!(r.status, 409, "{}", r.body);
    let ada_follow = client(&server.url, &steward, false);
    let r = page(ada_follow.get(&callback)).await;
    assert_eq!(r.status, 409, "spent: {}", r.body);
    let acc = page(ada_follow.get(format!("{}/account", server.url))).await;
    assert!(
        acc.body.contains("Link Partner ID"),
        "not linked: {}",
        acc.body
    );
    // Again, rightly this time; then the same callback once more is refused.
    let at = page(ada.get(format!("{}/account/oidc/partner/link", server.url))).await;
    let at = if at.url.as_str().starts_with(&p.provider) && at.body.contains("Test provider") {
        provider_login(&ada, &at, "bob").await
    } else {
        at
    };
    let callback = at.location.expect("callback address");
    let r = page(ada_follow.get(&callback)).await;
    assert_eq!(r.url.path(), "/account", "{}", r.body);
    assert!(r.body.contains("The provider is linked"), "{}", r.body);
    assert!(
        r.body.contains("linked as bob@partner.example"),
        "{}",
        r.body
    );
    assert_eq!(
        page(ada_follow.get(&callback)).await.status,
        409,
        "used once"
    );
    // Ada has a password, so she may unlink.
    let r = page(ada_follow.post(format!("{}/account/oidc/partner/unlink", server.url))).await;
    assert_eq!(r.url.path(), "/account", "{}", r.body);
    assert!(r.body.contains("The provider is unlinked"), "{}", r.body);
}

pub async fn forged_id_tokens_are_refused() {
    let Some(p) = start_providers().await else {
        return;
    };
    let server = start(&p, "oidc-forge").await;
    let jar = Arc::new(reqwest::cookie::Jar::default());
    let c = client(&server.url, &jar, false);
    let mode = |m: &str| {
        reqwest::Client::new()
            .post(format!("{}/mode", p.forge))
            .body(json!({ "mode": m }).to_string())
            .send()
    };
    // The honest token passes verification: the answer is only that nobody linked it.
    assert_eq!(mode("good").await.expect("mode").status(), 204);
    let r = page(c.get(format!("{}/signin/oidc/forge", server.url))).await;
    assert_eq!(r.status, 409, "{}", r.body);
    assert!(
        r.body
            .contains("No account here is linked to your Forge ID identity"),
        "{}",
        r.body
    );
    for m in ["aud", "expired", "nonce", "iss", "key"] {
        assert_eq!(mode(m).await.expect("mode").status(), 204);
        let r = page(c.get(format!("{}/signin/oidc/forge", server.url))).await;
        assert_eq!(r.status, 403, "{m}: {}", r.body);
        assert!(
            r.body
                .contains("could not be verified, so nobody was signed in"),
            "{m}: {}",
            r.body
        );
    }
}

/// A person on a phone accepts an invitation with the provider in a real browser, sees their
/// account page with the linked provider; the sign-in page and the steward's settings show the
/// providers; every page of convene checked by axe-core.
pub async fn a_browser_accepts_with_a_provider() {
    use crate::browser::wait_heading;
    use crate::browser::{assert_accessible, browser, click_button, driver, fill, shot, sign_in};
    use fantoccini::Locator;
    let Some((_driver, driver)) = driver().await else {
        return;
    };
    let Some(p) = start_providers().await else {
        return;
    };
    let server = start(&p, "oidc-browser").await;
    let steward = Arc::new(reqwest::cookie::Jar::default());
    let (_, _, invite) = community(&server, &steward).await;
    let b = browser(&driver, "--window-size=390,844").await;
    b.goto(&invite).await.expect("invitation");
    wait_heading(&b, "You are invited to Harbour Circle").await;
    assert_accessible(&b, "invitation with providers").await;
    b.find(Locator::LinkText("Accept with Partner ID"))
        .await
        .expect("provider link")
        .click()
        .await
        .expect("click");
    wait_heading(&b, "Test provider").await;
    fill(&b, "login", "alice").await;
    click_button(&b, "Sign in").await;
    wait_heading(&b, "Harbour Circle").await;
    b.goto(&format!("{}/account", server.url))
        .await
        .expect("account");
    wait_heading(&b, "Your account").await;
    let text = b
        .find(Locator::Id("provider-partner"))
        .await
        .expect("provider row")
        .text()
        .await
        .expect("text");
    assert!(text.contains("linked as alice@partner.example"), "{text}");
    assert_accessible(&b, "account with a linked provider").await;
    shot(&b, "oidc-1-account-phone").await;
    b.close().await.expect("close");
    let laptop = browser(&driver, "--window-size=1280,900").await;
    laptop
        .goto(&format!("{}/signin", server.url))
        .await
        .expect("signin");
    wait_heading(&laptop, "Sign in").await;
    assert!(
        laptop
            .find(Locator::LinkText("Sign in with Partner ID"))
            .await
            .is_ok()
    );
    assert_accessible(&laptop, "sign-in with providers").await;
    sign_in(&laptop, &server.url, "ada@example.org", PASSWORD).await;
    laptop
        .goto(&format!("{}/c/harbour/settings", server.url))
        .await
        .expect("settings");
    wait_heading(&laptop, "Settings").await;
    assert_accessible(&laptop, "settings with provider ties").await;
    shot(&laptop, "oidc-2-settings").await;
    laptop.close().await.expect("close");
}
