//! Passkeys (WebAuthn, through webauthn-rs) as a second factor beside TOTP. The relying party
//! is the configured public URL: its host is the RP id, its origin the only one accepted. Each
//! ceremony's state (with its challenge) is kept in the database, never in a cookie, and taken
//! once: a second answer to one challenge, or an answer after [`CEREMONY_TTL`], is refused.
//! webauthn-rs checks the signature counter: one that did not grow shows a copied key and
//! is refused.

use crate::auth::{new_token, token_hash};
use crate::second_factor::SECOND_STEP_TTL;
use crate::{App, AppError, Result};
use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use convene_domain::Role;
use convene_domain::audit::{Subject, SubjectKind};
use convene_store::accounts::{self, SecretKind};
use convene_store::passkeys::{self, NewCeremony, NewPasskey};
use convene_store::{Account, second_factor};
use sha2::{Digest, Sha256};
use std::sync::Arc;
use webauthn_rs::prelude::{
    Passkey, PasskeyAuthentication, PasskeyRegistration, PublicKeyCredential,
    RegisterPublicKeyCredential, Url, Uuid, Webauthn, WebauthnBuilder, WebauthnError,
};

/// How long a browser may take to answer a challenge (seconds).
pub const CEREMONY_TTL: i64 = SECOND_STEP_TTL;
const REGISTER: &str = "register";
const SIGN_IN: &str = "sign-in";
const NAME_MAX: usize = 60;

/// The relying party: this server as passkeys see it.
#[derive(Clone, Debug)]
pub struct RelyingParty(Arc<Webauthn>);

impl RelyingParty {
    /// From the public base URL; an error where browsers refuse passkeys for it (an IP address
    /// rather than a host name).
    pub fn new(public_url: &str) -> std::result::Result<Self, String> {
        let url = Url::parse(public_url).map_err(|e| format!("{public_url}: {e}"))?;
        let host = url
            .domain()
            .ok_or_else(|| format!("{public_url}: passkeys need a host name, not an IP address"))?
            .to_owned();
        let origin = Url::parse(&url.origin().ascii_serialization())
            .map_err(|e| format!("{public_url}: {e}"))?;
        let w = WebauthnBuilder::new(&host, &origin)
            .and_then(|b| b.rp_name("convene").build())
            .map_err(|e| format!("{public_url}: {e}"))?;
        Ok(Self(Arc::new(w)))
    }
}

/// A passkey as its owner sees it.
#[derive(Debug, Clone)]
pub struct PasskeyInfo {
    pub id: i32,
    pub name: String,
    pub created_at: i64,
    pub last_used_at: Option<i64>,
}

/// A registration under way: the token that finishes it and what the browser is asked.
#[derive(Debug, Clone)]
pub struct PasskeyChallenge {
    pub token: String,
    /// `CreationChallengeResponse` or `RequestChallengeResponse` as JSON.
    pub options: serde_json::Value,
}

/// The WebAuthn user handle: stable per account and carrying nothing but a hash.
fn user_handle(account_id: i32) -> Uuid {
    let d = Sha256::digest(format!("convene passkey user {account_id}"));
    let mut b = [0u8; 16];
    b.copy_from_slice(&d[..16]);
    Uuid::from_bytes(b)
}

fn json_err(e: impl std::fmt::Display) -> AppError {
    AppError::Internal(format!("passkey state: {e}"))
}

fn parse_name(raw: &str) -> Result<String> {
    let name = raw.trim();
    if name.is_empty() || name.chars().count() > NAME_MAX || name.chars().any(char::is_control) {
        return Err(AppError::field(
            "name",
            "Name the passkey (up to 60 characters).",
        ));
    }
    Ok(name.to_owned())
}

impl App {
    fn relying_party(&self) -> Result<&Webauthn> {
        self.settings
            .passkeys
            .as_ref()
            .map(|r| r.0.as_ref())
            .ok_or(AppError::NotFound)
    }

    /// Whether this server can use passkeys (its public URL has a host name).
    pub fn passkeys_available(&self) -> bool {
        self.settings.passkeys.is_some()
    }

    pub async fn passkeys(&self, account: &Account) -> Result<Vec<PasskeyInfo>> {
        Ok(passkeys::of_account(self.store.conn(), account.id)
            .await?
            .into_iter()
            .map(|p| PasskeyInfo {
                id: p.id,
                name: p.name,
                created_at: p.created_at,
                last_used_at: p.last_used_at,
            })
            .collect())
    }

    /// Starts registering a passkey: the account's own keys are excluded, so one
    /// authenticator is not enrolled twice.
    pub async fn begin_passkey(&self, account: &Account) -> Result<PasskeyChallenge> {
        let rp = self.relying_party()?;
        let db = self.store.conn();
        let exclude = passkeys::of_account(db, account.id)
            .await?
            .iter()
            .filter_map(|p| serde_json::from_str::<Passkey>(&p.credential).ok())
            .map(|p| p.cred_id().clone())
            .collect::<Vec<_>>();
        let (options, state) = rp
            .start_passkey_registration(
                user_handle(account.id),
                &account.email,
                &account.display_name,
                Some(exclude),
            )
            .map_err(|e| AppError::Internal(format!("passkey registration: {e}")))?;
        let (token, hash) = new_token();
        let now = self.now();
        passkeys::open(
            db,
            NewCeremony {
                token_hash: &hash,
                account_id: account.id,
                purpose: REGISTER,
                state: &serde_json::to_string(&state).map_err(json_err)?,
                now,
                expires_at: now + CEREMONY_TTL,
            },
        )
        .await?;
        Ok(PasskeyChallenge {
            token,
            options: serde_json::to_value(&options).map_err(json_err)?,
        })
    }

    /// Finishes a registration with the browser's answer (`RegisterPublicKeyCredential` JSON).
    /// The first second factor of an account comes with ten recovery codes (shown once).
    pub async fn finish_passkey(
        &self,
        account: &Account,
        token: &str,
        name: &str,
        credential: &str,
    ) -> Result<Option<Vec<String>>> {
        let rp = self.relying_party()?;
        let name = parse_name(name)?;
        let answer: RegisterPublicKeyCredential =
            serde_json::from_str(credential).map_err(|_| AppError::BadCredentials)?;
        let db = self.store.conn();
        let Some((_, state)) = passkeys::take(db, &token_hash(token), REGISTER, self.now())
            .await?
            .filter(|(owner, _)| *owner == account.id)
        else {
            return Err(AppError::NotFound);
        };
        let state: PasskeyRegistration = serde_json::from_str(&state).map_err(json_err)?;
        let key = rp
            .finish_passkey_registration(&answer, &state)
            .map_err(|e| {
                tracing::info!("passkey registration refused: {e}");
                AppError::BadCredentials
            })?;
        let first = !self.has_second_factor(account).await?;
        let mut u = self.change_as(account).await?;
        passkeys::add(
            &u.tx,
            NewPasskey {
                account_id: account.id,
                name: &name,
                credential_id: &URL_SAFE_NO_PAD.encode(key.cred_id()),
                credential: &serde_json::to_string(&key).map_err(json_err)?,
                now: self.now(),
            },
        )
        .await?;
        let codes = if first {
            let codes = crate::second_factor::new_recovery_codes();
            let hashes: Vec<String> = codes.iter().map(|c| token_hash(c)).collect();
            second_factor::set_recovery_codes(&u.tx, account.id, &hashes).await?;
            Some(codes)
        } else {
            None
        };
        u.audit_in(
            None,
            Some(account.id.into()),
            "account.second_factor",
            Subject::new(SubjectKind::Account, account.id),
            "passkey",
            &name,
        );
        self.commit(u).await?;
        Ok(codes)
    }

    /// Removes a passkey, the password asked again (where the account has one). The last
    /// second factor gone, the recovery codes go with it.
    pub async fn remove_passkey(&self, account: &Account, id: i32, password: &str) -> Result<()> {
        if account.password_hash.is_some() {
            self.check_credentials(&account.email, password)
                .await
                .map_err(|e| match e {
                    AppError::BadCredentials => {
                        AppError::field("password", "Your password is not right.")
                    }
                    e => e,
                })?;
        }
        let mut u = self.change_as(account).await?;
        if !passkeys::remove(&u.tx, account.id, id).await? {
            return Err(AppError::NotFound);
        }
        crate::second_factor::factor_removed(&mut u, account, "passkey-removed").await?;
        self.commit(u).await
    }

    /// Whether the account holds Steward or Curator in a community that requires a second
    /// factor (removing the last one then takes those powers until it enrols again).
    pub async fn second_factor_expected(&self, account: &Account) -> Result<bool> {
        let db = self.store.conn();
        for (c, roles) in self.my_communities(account).await? {
            if (roles.contains(Role::Steward) || roles.contains(Role::Curator))
                && second_factor::required(db, c.id).await?
            {
                return Ok(true);
            }
        }
        Ok(false)
    }

    /// Whether a sign-in's second step may be taken with a passkey (the account has one).
    pub async fn second_step_has_passkey(&self, step: &str) -> Result<bool> {
        if !self.passkeys_available() {
            return Ok(false);
        }
        Ok(match self.second_step_account(step).await? {
            Some(a) => passkeys::count(self.store.conn(), a.id).await? > 0,
            None => false,
        })
    }

    /// The passkey way through a sign-in's second step: the challenge for the account's
    /// passkeys, bound to the step's token; `None` if the account has no passkey.
    pub async fn begin_passkey_sign_in(&self, step: &str) -> Result<Option<serde_json::Value>> {
        let rp = self.relying_party()?;
        let db = self.store.conn();
        let now = self.now();
        let hash = token_hash(step);
        let s = accounts::find_secret(db, SecretKind::SecondStep, &hash, now)
            .await?
            .ok_or(AppError::NotFound)?;
        let account_id = s.account_id.ok_or(AppError::NotFound)?;
        let keys = stored_keys(db, account_id).await?;
        if keys.is_empty() {
            return Ok(None);
        }
        let creds: Vec<Passkey> = keys.into_iter().map(|(_, k)| k).collect();
        let (options, state) = rp
            .start_passkey_authentication(&creds)
            .map_err(|e| AppError::Internal(format!("passkey authentication: {e}")))?;
        passkeys::open(
            db,
            NewCeremony {
                token_hash: &hash,
                account_id,
                purpose: SIGN_IN,
                state: &serde_json::to_string(&state).map_err(json_err)?,
                now,
                expires_at: now + CEREMONY_TTL,
            },
        )
        .await?;
        Ok(Some(serde_json::to_value(&options).map_err(json_err)?))
    }

    /// Ends a sign-in's second step with a passkey's answer (`PublicKeyCredential` JSON):
    /// a session. `BadCredentials` for an answer that does not verify, one to a challenge
    /// already answered or expired, or a key whose counter shows a copy.
    pub async fn sign_in_with_passkey(
        &self,
        step: &str,
        credential: &str,
    ) -> Result<(Account, String)> {
        let rp = self.relying_party()?;
        let db = self.store.conn();
        let now = self.now();
        let hash = token_hash(step);
        let s = accounts::find_secret(db, SecretKind::SecondStep, &hash, now)
            .await?
            .ok_or(AppError::NotFound)?;
        let account_id = s.account_id.ok_or(AppError::NotFound)?;
        let Some((owner, state)) = passkeys::take(db, &hash, SIGN_IN, now).await? else {
            return Err(AppError::BadCredentials);
        };
        if owner != account_id {
            return Err(AppError::BadCredentials);
        }
        let answer: PublicKeyCredential =
            serde_json::from_str(credential).map_err(|_| AppError::BadCredentials)?;
        let state: PasskeyAuthentication = serde_json::from_str(&state).map_err(json_err)?;
        let result = rp
            .finish_passkey_authentication(&answer, &state)
            .map_err(|e| {
                if matches!(e, WebauthnError::CredentialPossibleCompromise) {
                    tracing::warn!(account_id, "a passkey's counter did not grow: refused");
                } else {
                    tracing::info!("passkey sign-in refused: {e}");
                }
                AppError::BadCredentials
            })?;
        let (id, mut key) = stored_keys(db, account_id)
            .await?
            .into_iter()
            .find(|(_, k)| k.cred_id() == result.cred_id())
            .ok_or(AppError::BadCredentials)?;
        key.update_credential(&result);
        passkeys::used(db, id, &serde_json::to_string(&key).map_err(json_err)?, now).await?;
        if !accounts::remove_secret(db, s.id).await? {
            return Err(AppError::NotFound);
        }
        let account = accounts::get(db, account_id).await?;
        let session = self.start_session(account_id).await?;
        Ok((account, session))
    }
}

/// The account's passkeys as webauthn-rs reads them, with their row ids.
async fn stored_keys(
    db: &impl convene_store::store_db::ConnectionTrait,
    account_id: i32,
) -> Result<Vec<(i32, Passkey)>> {
    passkeys::of_account(db, account_id)
        .await?
        .into_iter()
        .map(|p| Ok((p.id, serde_json::from_str(&p.credential).map_err(json_err)?)))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_relying_party_is_the_public_url() {
        assert!(RelyingParty::new("https://convene.example.org").is_ok());
        assert!(RelyingParty::new("http://localhost:3000/").is_ok());
        assert!(RelyingParty::new("http://127.0.0.1:3000").is_err());
        assert!(RelyingParty::new("not a url").is_err());
        assert_ne!(user_handle(1), user_handle(2));
        assert_eq!(user_handle(7), user_handle(7));
        assert!(parse_name("  ").is_err());
        assert!(parse_name(&"x".repeat(61)).is_err());
        assert_eq!(parse_name(" laptop ").expect("ok"), "laptop");
    }
}
