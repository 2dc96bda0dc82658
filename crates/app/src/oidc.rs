//! OpenID Connect sign-in as a relying party (the `openidconnect` crate, reqwest with rustls):
//! any number of providers from the configuration, found by discovery; the authorization code
//! flow with PKCE; state, nonce and PKCE verifier kept server-side (single use, ten minutes)
//! and tied to the browser that started the sign-in by a cookie whose hash is stored with
//! them, so a callback link handed to someone else signs nobody in. The ID token is checked
//! by `openidconnect` (signature from the provider's keys, issuer, audience, expiry, nonce).
//!
//! A provider signs in only an account that linked it (on the account page, or by accepting an
//! invitation through it); identities are never matched by e-mail, which a provider may not
//! have verified. Per community a provider can be tied to an organization: people who accept
//! an invitation with an identity from it land in that organization. A provider is a first
//! factor: an account with a second factor is still asked for its code.

use crate::Message;
use crate::auth::{new_token, token_hash};
use crate::second_factor::SignInStep;
use crate::{Allowed, App, AppError, Result, can};
use convene_domain::audit::{Subject, SubjectKind};
use convene_domain::text::{DisplayName, Email};
use convene_store::accounts::{self, NewAccount};
use convene_store::{Account, Community, communities, oidc};
use openidconnect::core::{CoreAuthenticationFlow, CoreClient, CoreProviderMetadata};
use openidconnect::{
    AuthorizationCode, ClientId, ClientSecret, CsrfToken, IssuerUrl, Nonce, PkceCodeChallenge,
    PkceCodeVerifier, RedirectUrl, Scope, TokenResponse, reqwest,
};
use std::collections::HashMap;
use std::sync::{Arc, OnceLock};

/// How long a sign-in may stay at the provider (seconds).
pub const LOGIN_TTL: i64 = 600;
/// How long discovered metadata (endpoints, signing keys) is kept (seconds).
const METADATA_TTL: i64 = 3600;

/// One provider, as configured.
#[derive(Clone)]
pub struct ProviderConfig {
    /// Short id used in addresses and stored with linked identities (`[a-z0-9-]`, ≤ 40).
    pub id: String,
    /// What people see: "Sign in with {name}".
    pub name: String,
    pub issuer: String,
    pub client_id: String,
    pub client_secret: Option<String>,
    /// Where the provider sends people back: `{public_url}/signin/oidc/{id}/callback`.
    pub redirect_url: String,
}

impl std::fmt::Debug for ProviderConfig {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ProviderConfig")
            .field("id", &self.id)
            .field("issuer", &self.issuer)
            .field("client_id", &self.client_id)
            .finish_non_exhaustive()
    }
}

/// The configured providers and what discovery found about them. Cheap to clone.
#[derive(Clone, Default)]
pub struct Providers(Arc<Inner>);

#[derive(Default)]
struct Inner {
    list: Vec<ProviderConfig>,
    http: OnceLock<reqwest::Client>,
    metadata: tokio::sync::Mutex<HashMap<String, (CoreProviderMetadata, i64)>>,
}

impl std::fmt::Debug for Providers {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_list().entries(&self.0.list).finish()
    }
}

/// Checks a provider id: it goes into addresses and the database.
pub fn valid_provider_id(id: &str) -> bool {
    !id.is_empty()
        && id.len() <= 40
        && id
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

impl Providers {
    /// Refuses a bad or repeated id.
    pub fn new(list: Vec<ProviderConfig>) -> std::result::Result<Self, String> {
        for (i, p) in list.iter().enumerate() {
            if !valid_provider_id(&p.id) {
                return Err(format!(
                    "OIDC provider id {:?}: use 1 to 40 lower-case letters, digits and dashes",
                    p.id
                ));
            }
            if list[..i].iter().any(|q| q.id == p.id) {
                return Err(format!("OIDC provider id {:?} is given twice", p.id));
            }
            if p.name.trim().is_empty() {
                return Err(format!("OIDC provider {:?} needs a display name", p.id));
            }
        }
        Ok(Self(Arc::new(Inner {
            list,
            ..Default::default()
        })))
    }

    pub fn list(&self) -> &[ProviderConfig] {
        &self.0.list
    }

    pub fn get(&self, id: &str) -> Option<&ProviderConfig> {
        self.0.list.iter().find(|p| p.id == id)
    }

    fn http(&self) -> Result<&reqwest::Client> {
        if let Some(c) = self.0.http.get() {
            return Ok(c);
        }
        // Redirects are not followed: following them opens the server to SSRF.
        let c = reqwest::Client::builder()
            .redirect(reqwest::redirect::Policy::none())
            .timeout(std::time::Duration::from_secs(10))
            .build()
            .map_err(|e| AppError::Internal(format!("HTTP client: {e}")))?;
        Ok(self.0.http.get_or_init(|| c))
    }

    /// The provider's client, from metadata discovered at most an hour ago.
    async fn client(&self, p: &ProviderConfig, now: i64) -> Result<Client> {
        let mut cache = self.0.metadata.lock().await;
        let metadata = match cache.get(&p.id) {
            Some((m, at)) if now - at < METADATA_TTL => m.clone(),
            _ => {
                let issuer = IssuerUrl::new(p.issuer.clone())
                    .map_err(|e| AppError::Internal(format!("issuer of {}: {e}", p.id)))?;
                let m = CoreProviderMetadata::discover_async(issuer, self.http()?)
                    .await
                    .map_err(|e| {
                        tracing::warn!(provider = %p.id, error = %e, "OIDC discovery failed");
                        unreachable_provider(p)
                    })?;
                cache.insert(p.id.clone(), (m.clone(), now));
                m
            }
        };
        drop(cache);
        let redirect = RedirectUrl::new(p.redirect_url.clone())
            .map_err(|e| AppError::Internal(format!("redirect URL of {}: {e}", p.id)))?;
        Ok(CoreClient::from_provider_metadata(
            metadata,
            ClientId::new(p.client_id.clone()),
            p.client_secret.clone().map(ClientSecret::new),
        )
        .set_redirect_uri(redirect))
    }
}

type Client = CoreClient<
    openidconnect::EndpointSet,
    openidconnect::EndpointNotSet,
    openidconnect::EndpointNotSet,
    openidconnect::EndpointNotSet,
    openidconnect::EndpointMaybeSet,
    openidconnect::EndpointMaybeSet,
>;

fn unreachable_provider(p: &ProviderConfig) -> AppError {
    Message::t("error-oidc-unreachable")
        .text("provider", &p.name)
        .conflict()
}

fn refused(p: &ProviderConfig) -> AppError {
    Message::t("error-oidc-unverified")
        .text("provider", &p.name)
        .refused()
}

fn constant_time_eq(a: &[u8], b: &[u8]) -> bool {
    a.len() == b.len() && a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}

/// What a provider sign-in is for.
#[derive(Debug, Clone)]
pub enum Purpose {
    SignIn,
    /// Link the provider to this signed-in account.
    Link(i32),
    /// Accept this invitation (its token) with the provider's identity.
    Join(String),
}

/// Where to send the browser, and the cookie value that ties the callback to it.
#[derive(Debug, Clone)]
pub struct Start {
    pub url: String,
    pub browser: String,
}

/// What a callback did.
#[derive(Debug)]
pub enum Finished {
    /// A session (or the code step), and where the sign-in was going.
    SignedIn(SignInStep, String),
    /// The identity is linked to the account that asked.
    Linked(String),
    /// Joined the community (with a session or the code step).
    Joined(Community, SignInStep),
}

/// A provider as listed to people.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ProviderInfo {
    pub id: String,
    pub name: String,
}

/// An identity linked to an account.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LinkedIdentity {
    pub provider: String,
    /// The provider's display name (the id if it is no longer configured).
    pub name: String,
    pub email: Option<String>,
    pub linked_at: i64,
}

/// What the verified ID token says.
struct Claims {
    subject: String,
    email: Option<String>,
    name: Option<String>,
}

impl App {
    /// The configured providers, in configuration order.
    pub fn oidc_providers(&self) -> Vec<ProviderInfo> {
        self.settings
            .oidc
            .list()
            .iter()
            .map(|p| ProviderInfo {
                id: p.id.clone(),
                name: p.name.clone(),
            })
            .collect()
    }

    fn provider(&self, id: &str) -> Result<&ProviderConfig> {
        self.settings.oidc.get(id).ok_or(AppError::NotFound)
    }

    /// Starts a sign-in at the provider: the authorization address (PKCE S256, a fresh state and
    /// nonce) and the browser cookie; `next` must already be a safe same-site path.
    pub async fn oidc_begin(&self, provider: &str, purpose: Purpose, next: &str) -> Result<Start> {
        let p = self.provider(provider)?;
        let now = self.now();
        if let Purpose::Join(token) = &purpose {
            // Fail before the round trip on a closed link.
            self.invitation_view(token).await?;
        }
        let client = self.settings.oidc.client(p, now).await?;
        let (challenge, verifier) = PkceCodeChallenge::new_random_sha256();
        let (url, state, nonce) = client
            .authorize_url(
                CoreAuthenticationFlow::AuthorizationCode,
                CsrfToken::new_random,
                Nonce::new_random,
            )
            .add_scope(Scope::new("email".into()))
            .add_scope(Scope::new("profile".into()))
            .set_pkce_challenge(challenge)
            .url();
        let (browser, browser_hash) = new_token();
        let (purpose_name, account_id, invitation_hash) = match &purpose {
            Purpose::SignIn => ("signin", None, None),
            Purpose::Link(id) => ("link", Some(*id), None),
            Purpose::Join(token) => ("join", None, Some(token_hash(token))),
        };
        let db = self.store.conn();
        oidc::remove_expired_logins(db, now).await?;
        oidc::add_login(
            db,
            oidc::NewLogin {
                state_hash: &token_hash(state.secret()),
                browser_hash: &browser_hash,
                provider: &p.id,
                nonce: nonce.secret(),
                pkce_verifier: verifier.secret(),
                purpose: purpose_name,
                account_id,
                invitation_hash: invitation_hash.as_deref(),
                next,
                now,
                expires_at: now + LOGIN_TTL,
            },
        )
        .await?;
        Ok(Start {
            url: url.to_string(),
            browser,
        })
    }

    /// The provider sent the browser back with `code` and `state`: the sign-in under way is
    /// taken (once), the code exchanged with its PKCE verifier, the ID token verified, and the
    /// purpose carried out.
    pub async fn oidc_finish(
        &self,
        provider: &str,
        state: &str,
        code: &str,
        browser: &str,
    ) -> Result<Finished> {
        let p = self.provider(provider)?.clone();
        let now = self.now();
        let expired = || Message::t("error-oidc-expired").conflict();
        let login = oidc::take_login(self.store.conn(), &token_hash(state), now)
            .await?
            .ok_or_else(expired)?;
        if login.provider != p.id
            || !constant_time_eq(
                token_hash(browser).as_bytes(),
                login.browser_hash.as_bytes(),
            )
        {
            return Err(expired());
        }
        let claims = self.verified_claims(&p, &login, code, now).await?;
        match login.purpose.as_str() {
            "signin" => {
                let identity = oidc::identity(self.store.conn(), &p.id, &claims.subject)
                    .await?
                    .ok_or_else(|| {
                        Message::t("error-oidc-unlinked")
                            .text("provider", &p.name)
                            .conflict()
                    })?;
                let account = accounts::get(self.store.conn(), identity.account_id).await?;
                Ok(Finished::SignedIn(
                    self.next_step(account).await?,
                    login.next,
                ))
            }
            "link" => {
                let account_id = login.account_id.ok_or_else(expired)?;
                let account = accounts::get(self.store.conn(), account_id).await?;
                self.link_identity(&account, &p, &claims).await?;
                Ok(Finished::Linked(login.next))
            }
            "join" => {
                let hash = login.invitation_hash.ok_or_else(expired)?;
                let (community, account) = self.join_with(&p, &claims, &hash).await?;
                Ok(Finished::Joined(community, self.next_step(account).await?))
            }
            _ => Err(expired()),
        }
    }

    async fn verified_claims(
        &self,
        p: &ProviderConfig,
        login: &oidc::Login,
        code: &str,
        now: i64,
    ) -> Result<Claims> {
        let client = self.settings.oidc.client(p, now).await?;
        let response = client
            .exchange_code(AuthorizationCode::new(code.to_owned()))
            .map_err(|e| AppError::Internal(format!("{}: {e}", p.id)))?
            .set_pkce_verifier(PkceCodeVerifier::new(login.pkce_verifier.clone()))
            .request_async(self.settings.oidc.http()?)
            .await
            .map_err(|e| {
                tracing::warn!(provider = %p.id, error = %e, "OIDC code exchange failed");
                refused(p)
            })?;
        let id_token = response.id_token().ok_or_else(|| refused(p))?;
        let verifier = client.id_token_verifier();
        let nonce = Nonce::new(login.nonce.clone());
        let claims = id_token.claims(&verifier, &nonce).map_err(|e| {
            tracing::warn!(provider = %p.id, error = %e, "OIDC ID token refused");
            refused(p)
        })?;
        // Only an address the provider says it verified is kept.
        let email = claims
            .email()
            .filter(|_| claims.email_verified() == Some(true))
            .map(|e| e.as_str().to_owned());
        let name = claims
            .name()
            .and_then(|n| n.get(None))
            .map(|n| n.as_str().to_owned());
        Ok(Claims {
            subject: claims.subject().as_str().to_owned(),
            email,
            name,
        })
    }

    async fn link_identity(
        &self,
        account: &Account,
        p: &ProviderConfig,
        claims: &Claims,
    ) -> Result<()> {
        let mut u = self.change_as(account).await?;
        accounts::lock(&u.tx, account.id).await?;
        if let Some(other) = oidc::identity(&u.tx, &p.id, &claims.subject).await? {
            if other.account_id == account.id {
                return Ok(());
            }
            return Err(Message::t("error-oidc-linked-other")
                .text("provider", &p.name)
                .conflict());
        }
        if oidc::identities_of(&u.tx, account.id)
            .await?
            .iter()
            .any(|i| i.provider == p.id)
        {
            return Err(Message::t("error-oidc-has-other")
                .text("provider", &p.name)
                .conflict());
        }
        oidc::link(
            &u.tx,
            account.id,
            &p.id,
            &claims.subject,
            claims.email.as_deref(),
            self.now(),
        )
        .await?;
        u.audit_in(
            None,
            Some(account.id.into()),
            "account.oidc_linked",
            Subject::new(SubjectKind::Account, account.id),
            &p.id,
            "",
        );
        self.commit(u).await
    }

    /// Accepts the invitation as the account linked to this identity, or as a new account made
    /// from the ID token (its verified e-mail and its name) with no password.
    async fn join_with(
        &self,
        p: &ProviderConfig,
        claims: &Claims,
        invitation_hash: &str,
    ) -> Result<(Community, Account)> {
        let mut u = self.change_public().await?;
        let account = match oidc::identity(&u.tx, &p.id, &claims.subject).await? {
            Some(i) => accounts::get(&u.tx, i.account_id).await?,
            None => {
                let email = claims
                    .email
                    .as_deref()
                    .and_then(|e| Email::parse(e).ok())
                    .ok_or_else(|| {
                        Message::t("error-oidc-no-email")
                            .text("provider", &p.name)
                            .conflict()
                    })?;
                let name = claims
                    .name
                    .as_deref()
                    .and_then(|n| DisplayName::parse(n).ok())
                    .or_else(|| {
                        DisplayName::parse(email.as_str().split('@').next().unwrap_or("")).ok()
                    })
                    .ok_or_else(|| refused(p))?;
                let account = accounts::create(
                    &u.tx,
                    NewAccount {
                        email: email.as_str(),
                        display_name: name.as_str(),
                        password_hash: None,
                        is_operator: false,
                        now: self.now(),
                    },
                )
                .await
                .map_err(|e| match e {
                    convene_store::StoreError::Duplicate(_) => {
                        Message::t("error-oidc-email-exists")
                            .text("provider", &p.name)
                            .conflict()
                    }
                    e => e.into(),
                })?;
                oidc::link(
                    &u.tx,
                    account.id,
                    &p.id,
                    &claims.subject,
                    Some(email.as_str()),
                    self.now(),
                )
                .await?;
                u.audit_in(
                    None,
                    Some(account.id.into()),
                    "account.oidc_linked",
                    Subject::new(SubjectKind::Account, account.id),
                    &p.id,
                    "",
                );
                account
            }
        };
        let c = self
            .redeem_hash(&mut u, invitation_hash, account.id)
            .await?;
        self.commit(u).await?;
        Ok((c, account))
    }

    /// The organization a new member lands in: the one the community tied to a provider the
    /// account has an identity from, else the invitation's.
    pub(crate) async fn landing_organization(
        &self,
        db: &impl convene_store::store_db::ConnectionTrait,
        community_id: i32,
        account_id: i32,
        invited_to: i32,
    ) -> Result<i32> {
        let ties = oidc::ties(db, community_id).await?;
        if ties.is_empty() {
            return Ok(invited_to);
        }
        let mine = oidc::identities_of(db, account_id).await?;
        Ok(ties
            .iter()
            .find(|t| mine.iter().any(|i| i.provider == t.provider))
            .map_or(invited_to, |t| t.organization_id))
    }

    /// The providers linked to the account.
    pub async fn oidc_identities(&self, account: &Account) -> Result<Vec<LinkedIdentity>> {
        Ok(oidc::identities_of(self.store.conn(), account.id)
            .await?
            .into_iter()
            .map(|i| LinkedIdentity {
                name: self
                    .settings
                    .oidc
                    .get(&i.provider)
                    .map_or_else(|| i.provider.clone(), |p| p.name.clone()),
                provider: i.provider,
                email: i.email,
                linked_at: i.created_at,
            })
            .collect())
    }

    /// Unlinks a provider, unless it is the account's only way in (no password, no other
    /// provider): the account row is locked, so two unlinks at once cannot both pass.
    pub async fn oidc_unlink(&self, account: &Account, provider: &str) -> Result<()> {
        let mut u = self.change_as(account).await?;
        accounts::lock(&u.tx, account.id).await?;
        let fresh = accounts::get(&u.tx, account.id).await?;
        let mine = oidc::identities_of(&u.tx, account.id).await?;
        if !mine.iter().any(|i| i.provider == provider) {
            return Err(AppError::NotFound);
        }
        if fresh.password_hash.is_none() && mine.len() <= 1 {
            return Err(Message::t("error-oidc-only-way").conflict());
        }
        oidc::unlink(&u.tx, account.id, provider).await?;
        u.audit_in(
            None,
            Some(account.id.into()),
            "account.oidc_unlinked",
            Subject::new(SubjectKind::Account, account.id),
            provider,
            "",
        );
        self.commit(u).await
    }

    /// The community's provider ties: each configured provider and the organization (id) its
    /// people land in, if any.
    pub async fn oidc_ties(
        &self,
        ctx: &Allowed<can::EditSettings>,
    ) -> Result<Vec<(ProviderInfo, Option<i32>)>> {
        let ties = oidc::ties(self.store.conn(), ctx.community.id).await?;
        Ok(self
            .oidc_providers()
            .into_iter()
            .map(|p| {
                let org = ties
                    .iter()
                    .find(|t| t.provider == p.id)
                    .map(|t| t.organization_id);
                (p, org)
            })
            .collect())
    }

    /// Ties a provider to one of the community's organizations (or unties it).
    pub async fn set_oidc_tie(
        &self,
        ctx: &Allowed<can::EditSettings>,
        provider: &str,
        organization_id: Option<i32>,
    ) -> Result<()> {
        let p = self.provider(provider)?.clone();
        let mut u = self.change(ctx).await?;
        if let Some(org) = organization_id {
            communities::organization(&u.tx, ctx.community.id, org)
                .await
                .map_err(|_| Message::t("error-choose-organization").field("organization"))?;
        }
        oidc::set_tie(&u.tx, ctx.community.id, &p.id, organization_id, self.now()).await?;
        u.audit(
            "community.oidc_tie",
            Subject::new(SubjectKind::Community, ctx.community.id),
            &p.id,
            "",
        );
        self.commit(u).await
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn provider_ids_are_checked() {
        let p = |id: &str| ProviderConfig {
            id: id.into(),
            name: "X".into(),
            issuer: "https://x.example".into(),
            client_id: "c".into(),
            client_secret: Some("hunter2".into()),
            redirect_url: "https://c.example/cb".into(),
        };
        assert!(Providers::new(vec![p("partner-1")]).is_ok());
        assert!(Providers::new(vec![p("Bad Id")]).is_err());
        assert!(Providers::new(vec![p("")]).is_err());
        assert!(Providers::new(vec![p("a"), p("a")]).is_err());
        assert!(!format!("{:?}", p("a")).contains("hunter2"));
    }
}
