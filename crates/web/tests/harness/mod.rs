//! A convene router over a fresh database, with helpers to make people, communities and requests.

use axum::Router;
use axum::body::Body;
use axum::http::{HeaderMap, Request, StatusCode};
use convene_app::Ctx;
use convene_app::community::NewCommunityForm;
use convene_app::store::{Account, Store, accounts, communities, invitations};
use convene_app::{App, Clock, Settings, System};
use convene_domain::text::{CommunityName, OrgName, Purpose, Slug};
use convene_domain::{Permission, Role, RoleSet};
use convene_web::WebConfig;
use http_body_util::BodyExt;
use std::sync::Arc;
use std::sync::atomic::{AtomicI64, AtomicU32, Ordering};
use tower::ServiceExt;

mod edits;
mod governance;
mod moderation;

pub const ORIGIN: &str = "http://convene.test";
pub const PASSWORD: &str = "correct horse battery";
pub const METRICS_TOKEN: &str = "metrics-token-for-tests";
pub const GATHERING_FORM: &str = "title=River+Open+Space&calling_question=How+might+we+care+for+the+river%3F&invitation=Come+as+you+are.&venue=Boathouse&time_zone=Europe%2FBerlin&dots=3";

#[derive(Clone)]
pub struct Harness {
    pub router: Router,
    pub app: App,
    /// The wiring's proof, for what tests do as the system (demo, jobs, sessions).
    pub system: Arc<System>,
    hash: String,
    n: Arc<AtomicU32>,
}

#[derive(Clone, Debug)]
pub struct Person {
    pub account: Account,
    pub email: String,
    pub name: String,
    pub cookie: String,
    pub token: String,
    pub membership_id: i32,
}

pub struct World {
    pub slug: String,
    pub community_id: i32,
    pub home_org: i32,
    pub steward: Person,
}

pub fn enc(s: &str) -> String {
    urlencoding_encode(s)
}

fn urlencoding_encode(s: &str) -> String {
    s.bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' => (b as char).to_string(),
            b' ' => "+".into(),
            _ => format!("%{b:02X}"),
        })
        .collect()
}

/// `name=value` of the session cookie a response sets.
pub fn session_cookie(headers: &HeaderMap) -> Option<String> {
    headers
        .get_all("set-cookie")
        .iter()
        .filter_map(|v| v.to_str().ok())
        .find(|v| v.starts_with("convene_session=") && !v.starts_with("convene_session=;"))
        .and_then(|v| v.split(';').next())
        .map(str::to_owned)
}

/// The path of the first link on a page that contains `marker`, e.g. "/invite/".
pub fn extract_link(body: &str, marker: &str) -> Option<String> {
    let start = body.find(&format!("{ORIGIN}{marker}"))? + ORIGIN.len();
    let rest = &body[start..];
    let end = rest.find(['"', '<', ' '])?;
    Some(rest[..end].to_owned())
}

pub trait IntoPair {
    fn into_pair(self) -> (StatusCode, String);
}

impl IntoPair for (StatusCode, HeaderMap, String) {
    fn into_pair(self) -> (StatusCode, String) {
        (self.0, self.2)
    }
}

impl Harness {
    pub async fn sqlite() -> Self {
        Self::new(convene_store::testing::sqlite().await, 10_000).await
    }

    pub async fn with_limits(signin_per_minute: u32) -> Self {
        let mut h = Self::new(convene_store::testing::sqlite().await, 10_000).await;
        h.router = convene_web::router(
            h.app.clone(),
            WebConfig {
                public_url: ORIGIN.into(),
                signin_per_minute,
                ..WebConfig::default()
            },
        );
        h
    }

    pub async fn new(store: Store, limit: u32) -> Self {
        Self::with_settings(store, limit, |_| {}).await
    }

    /// A harness whose settings `adjust` changes first (e.g. to send mail).
    pub async fn with_settings(
        store: Store,
        limit: u32,
        adjust: impl FnOnce(&mut Settings),
    ) -> Self {
        let clock = Clock::Manual(Arc::new(AtomicI64::new(1_800_000_000)));
        let mut settings = Settings {
            argon2_memory_kib: 64,
            ..Settings::default()
        };
        adjust(&mut settings);
        let (app, system) = App::new(store, clock, settings);
        let router = convene_web::router(
            app.clone(),
            WebConfig {
                public_url: ORIGIN.into(),
                signin_per_minute: limit,
                redeem_per_minute: limit,
                metrics_token: Some(METRICS_TOKEN.into()),
                ..WebConfig::default()
            },
        );
        let hash = app
            .hash_password(&convene_domain::text::Password::parse(PASSWORD).expect("password"))
            .await
            .expect("hash");
        Self {
            router,
            app,
            system: Arc::new(system),
            hash,
            n: Arc::new(AtomicU32::new(0)),
        }
    }

    async fn account(&self, operator: bool) -> Account {
        let i = self.n.fetch_add(1, Ordering::SeqCst);
        accounts::create(
            self.app.store.conn(),
            accounts::NewAccount {
                email: &format!("person{i}@example.org"),
                display_name: &format!("Person {i}"),
                password_hash: Some(self.hash.clone()),
                is_operator: operator,
                now: self.app.now(),
            },
        )
        .await
        .expect("account")
    }

    pub async fn signed_in(&self, account: Account, membership_id: i32) -> Person {
        let session = self
            .app
            .session_for(&self.system, account.id)
            .await
            .expect("session");
        let token = self
            .app
            .create_api_token(
                &account,
                &convene_domain::text::TokenName::parse("test").expect("name"),
            )
            .await
            .expect("token");
        Person {
            email: account.email.clone(),
            name: account.display_name.clone(),
            cookie: format!("convene_session={session}"),
            token,
            membership_id,
            account,
        }
    }

    /// A community named "<slug> community" with a steward who is signed in.
    pub async fn world(&self, slug: &str) -> World {
        let account = self.account(true).await;
        let c = self
            .app
            .create_community(
                &account,
                &NewCommunityForm {
                    name: CommunityName::parse(&format!("{slug} community")).expect("name"),
                    slug: Slug::parse(slug).expect("slug"),
                    purpose: Purpose::parse("To test.").expect("purpose"),
                    open: false,
                    home_organization: OrgName::parse("Home").expect("org"),
                },
            )
            .await
            .expect("community");
        let m = communities::membership(self.app.store.conn(), c.id, account.id)
            .await
            .expect("m")
            .expect("member");
        let home = m.organization_id;
        let steward = self.signed_in(account, m.id).await;
        World {
            slug: slug.into(),
            community_id: c.id,
            home_org: home,
            steward,
        }
    }

    pub async fn person_with_role(&self, w: &World, role: Role) -> Person {
        let account = self.account(false).await;
        let m = communities::add_membership(
            self.app.store.conn(),
            communities::NewMembership {
                community_id: w.community_id,
                account_id: account.id,
                organization_id: w.home_org,
                roles: RoleSet::only(role),
                invited_by: Some(w.steward.account.id),
                invitation_id: None,
                now: self.app.now(),
            },
        )
        .await
        .expect("membership");
        self.signed_in(account, m.id).await
    }

    pub async fn raw_invitation(&self, w: &World) -> i32 {
        let (_, hash) = convene_app::auth::new_token();
        invitations::create(
            self.app.store.conn(),
            invitations::NewInvitation {
                community_id: w.community_id,
                token_hash: &hash,
                kind: "link",
                email: None,
                calling_question: "q",
                organization_id: w.home_org,
                guest: false,
                max_uses: 5,
                expires_at: self.app.now() + 86_400,
                created_by: Some(w.steward.account.id),
                now: self.app.now(),
                gathering_id: None,
            },
        )
        .await
        .expect("invitation")
        .id
    }

    pub async fn ctx(&self, p: &Person, slug: &str) -> Ctx {
        self.app.ctx(&p.account, slug).await.expect("ctx")
    }

    /// The person's proof of power `P` in the community (the test fails if they lack it).
    pub async fn allowed<P: convene_domain::permission::can::Power>(
        &self,
        p: &Person,
        slug: &str,
    ) -> convene_app::Allowed<P> {
        self.ctx(p, slug).await.require::<P>().expect("allowed")
    }

    pub async fn roles_of(&self, w: &World, membership_id: i32) -> RoleSet {
        let m = communities::membership_by_id(self.app.store.conn(), w.community_id, membership_id)
            .await
            .expect("m");
        communities::roles(self.app.store.conn(), m.id)
            .await
            .expect("roles")
    }

    pub async fn member_count(&self, w: &World) -> u64 {
        communities::member_count(self.app.store.conn(), w.community_id)
            .await
            .expect("count")
    }

    /// Creates an invitation through the page and returns its full link.
    pub async fn invite(&self, w: &World, cookie: &str, kind: &str, uses: i64) -> String {
        let form = format!(
            "kind={kind}&calling_question=How+might+we+care+for+the+river%3F&organization_id={}&max_uses={uses}&days=14",
            w.home_org
        );
        let (s, body) = self
            .post(&format!("/c/{}/invitations", w.slug), Some(cookie), &form)
            .await;
        assert_eq!(s, StatusCode::CREATED, "{body}");
        format!(
            "{ORIGIN}{}",
            extract_link(&body, "/invite/").expect("link on the page")
        )
    }

    pub async fn send(
        &self,
        method: &str,
        path: &str,
        cookie: Option<&str>,
        form: Option<&str>,
        headers: &[(&str, &str)],
    ) -> (StatusCode, String) {
        let (s, _, b) = self
            .send_full(
                method,
                path,
                cookie,
                form,
                headers,
                "application/x-www-form-urlencoded",
            )
            .await;
        (s, b)
    }

    async fn send_full(
        &self,
        method: &str,
        path: &str,
        cookie: Option<&str>,
        body: Option<&str>,
        headers: &[(&str, &str)],
        content_type: &str,
    ) -> (StatusCode, HeaderMap, String) {
        let mut req = Request::builder().method(method).uri(path);
        if let Some(c) = cookie {
            req = req.header("cookie", c);
        }
        if body.is_some() {
            req = req.header("content-type", content_type);
        }
        for (k, v) in headers {
            req = req.header(*k, *v);
        }
        let req = req
            .body(body.map_or_else(Body::empty, |b| Body::from(b.to_owned())))
            .expect("request");
        let res = self.router.clone().oneshot(req).await.expect("response");
        let status = res.status();
        let headers = res.headers().clone();
        let bytes = res.into_body().collect().await.expect("body").to_bytes();
        (
            status,
            headers,
            String::from_utf8_lossy(&bytes).into_owned(),
        )
    }

    /// The raw body of a successful GET (files: PDF, iCal, CSV).
    pub async fn get_bytes(&self, path: &str, cookie: Option<&str>) -> Vec<u8> {
        let mut req = Request::builder().method("GET").uri(path);
        if let Some(c) = cookie {
            req = req.header("cookie", c);
        }
        let req = req.body(Body::empty()).expect("request");
        let res = self.router.clone().oneshot(req).await.expect("response");
        assert_eq!(res.status(), StatusCode::OK, "GET {path}");
        res.into_body()
            .collect()
            .await
            .expect("body")
            .to_bytes()
            .to_vec()
    }

    pub async fn get(&self, path: &str, cookie: Option<&str>) -> (StatusCode, String) {
        self.get_full(path, cookie).await.into_pair()
    }

    pub async fn get_full(
        &self,
        path: &str,
        cookie: Option<&str>,
    ) -> (StatusCode, HeaderMap, String) {
        self.send_full("GET", path, cookie, None, &[], "").await
    }

    /// A same-origin form post, as a browser would send it.
    pub async fn post(&self, path: &str, cookie: Option<&str>, form: &str) -> (StatusCode, String) {
        self.post_full(path, cookie, form).await.into_pair()
    }

    pub async fn post_full(
        &self,
        path: &str,
        cookie: Option<&str>,
        form: &str,
    ) -> (StatusCode, HeaderMap, String) {
        self.send_full(
            "POST",
            path,
            cookie,
            Some(form),
            &[("origin", ORIGIN)],
            "application/x-www-form-urlencoded",
        )
        .await
    }

    pub async fn api(
        &self,
        method: &str,
        path: &str,
        token: &str,
        json: Option<&str>,
    ) -> (StatusCode, String) {
        let auth = format!("Bearer {token}");
        self.send_full(
            method,
            path,
            None,
            json,
            &[("authorization", &auth)],
            "application/json",
        )
        .await
        .into_pair()
    }

    /// An API call with a body of another type (a file: `text/markdown`).
    pub async fn api_file(
        &self,
        method: &str,
        path: &str,
        token: &str,
        body: &str,
        content_type: &str,
    ) -> (StatusCode, String) {
        let auth = format!("Bearer {token}");
        self.send_full(
            method,
            path,
            None,
            Some(body),
            &[("authorization", &auth)],
            content_type,
        )
        .await
        .into_pair()
    }

    /// Tries one permission's action as `who`, over a page or the API.
    pub async fn attempt(
        &self,
        w: &World,
        who: &Person,
        p: Permission,
        via_api: bool,
    ) -> (StatusCode, String) {
        let slug = &w.slug;
        let base = format!("/api/v1/communities/{slug}");
        let c = Some(who.cookie.as_str());
        let t = &who.token;
        match (p, via_api) {
            (Permission::ViewCommunity, false) => self.get(&format!("/c/{slug}"), c).await,
            (Permission::ViewCommunity, true) => self.api("GET", &base, t, None).await,
            (Permission::ViewMembers, false) => self.get(&format!("/c/{slug}/members"), c).await,
            (Permission::ViewMembers, true) => self.api("GET", &format!("{base}/members"), t, None).await,
            (Permission::ViewInvitations, false) => self.get(&format!("/c/{slug}/invitations"), c).await,
            (Permission::ViewInvitations, true) => self.api("GET", &format!("{base}/invitations"), t, None).await,
            (Permission::CreateInvitation, false) => {
                self.post(&format!("/c/{slug}/invitations"), c, &format!("kind=link&calling_question=q&organization_id={}&max_uses=3&days=7", w.home_org)).await
            }
            (Permission::CreateInvitation, true) => {
                self.api("POST", &format!("{base}/invitations"), t, Some(&format!(r#"{{"kind":"link","calling_question":"q","organization_id":{},"max_uses":3}}"#, w.home_org))).await
            }
            (Permission::RevokeInvitation, api) => {
                let id = self.raw_invitation(w).await;
                if api {
                    self.api("POST", &format!("{base}/invitations/{id}/revoke"), t, Some(r#"{"reason":"test"}"#)).await
                } else {
                    self.post(&format!("/c/{slug}/invitations/{id}/revoke"), c, "reason=test").await
                }
            }
            (Permission::ChangeRoles, api) => {
                let target = self.person_with_role(w, Role::Member).await.membership_id;
                if api {
                    self.api("PUT", &format!("{base}/members/{target}/roles"), t, Some(r#"{"roles":["host"],"reason":"test"}"#)).await
                } else {
                    let (s, b) = self.post(&format!("/c/{slug}/roles/{target}"), c, "host=on&reason=test").await;
                    if s == StatusCode::SEE_OTHER {
                        assert_eq!(self.roles_of(w, target).await, RoleSet::only(Role::Host));
                    }
                    let (page, _) = self.get(&format!("/c/{slug}/roles"), c).await;
                    assert_eq!(page == StatusCode::OK, s == StatusCode::SEE_OTHER, "roles page agrees with the action");
                    (s, b)
                }
            }
            (Permission::RemoveMember, api) => {
                let target = self.person_with_role(w, Role::Member).await.membership_id;
                if api {
                    self.api("DELETE", &format!("{base}/members/{target}"), t, Some(r#"{"reason":"test"}"#)).await
                } else {
                    self.post(&format!("/c/{slug}/members/{target}/remove"), c, "reason=test").await
                }
            }
            (Permission::EditSettings, api) => {
                let name = format!("{slug} community");
                if api {
                    self.api("PUT", &base, t, Some(&format!(r#"{{"name":"{name}","purpose":"Changed by API.","open":false,"reason":"test"}}"#))).await
                } else {
                    let (s, b) = self.post(&format!("/c/{slug}/settings"), c, &format!("name={}&purpose=Changed&reason=test", enc(&name))).await;
                    let (page, _) = self.get(&format!("/c/{slug}/settings"), c).await;
                    assert_eq!(page == StatusCode::OK, s == StatusCode::SEE_OTHER, "settings page agrees with the action");
                    (s, b)
                }
            }
            (Permission::IssuePasswordReset, api) => {
                let target = self.person_with_role(w, Role::Member).await.membership_id;
                if api {
                    self.api("POST", &format!("{base}/members/{target}/reset"), t, Some(r#"{"reason":"test"}"#)).await
                } else {
                    self.post(&format!("/c/{slug}/members/{target}/reset"), c, "reason=test").await
                }
            }
            (Permission::ViewAuditLog, false) => self.get(&format!("/c/{slug}/audit"), c).await,
            (Permission::ViewAuditLog, true) => self.api("GET", &format!("{base}/audit"), t, None).await,
            (Permission::TakePart, false) => self.get(&format!("/c/{slug}/g"), c).await,
            (Permission::TakePart, true) => self.api("GET", &format!("{base}/gatherings"), t, None).await,
            (Permission::HostGathering, false) => self.post(&format!("/c/{slug}/g"), c, GATHERING_FORM).await,
            (Permission::HostGathering, true) => {
                self.api("POST", &format!("{base}/gatherings"), t, Some(r#"{"title":"Open Space","calling_question":"q","invitation":"Come.","venue":"Hall","time_zone":"Europe/Berlin"}"#)).await
            }
            (Permission::ViewNetwork, false) => self.get(&format!("/c/{slug}/network"), c).await,
            (Permission::ViewNetwork, true) => self.api("GET", &format!("{base}/network"), t, None).await,
            (Permission::AnalyseNetwork, false) => self.get(&format!("/c/{slug}/network/groups"), c).await,
            (Permission::AnalyseNetwork, true) => self.api("GET", &format!("{base}/network/groups"), t, None).await,
            (Permission::CurateContributions, false) => self.get(&format!("/c/{slug}/contributions/queue"), c).await,
            (Permission::CurateContributions, true) => self.api("GET", &format!("{base}/contributions/queue"), t, None).await,
            (Permission::Flag | Permission::Moderate | Permission::HearAppeal | Permission::ViewModerationLog, api) => {
                self.attempt_governance(w, who, p, api).await
            }
            (Permission::ViewGovernance | Permission::Deliberate | Permission::AcceptPolicy, api) => {
                self.attempt_deliberation(w, who, p, api).await
            }
            (Permission::SuggestEdit | Permission::ReviewEdits, api) => self.attempt_edits(w, who, p, api).await,
        }
    }
}
