//! Passwords, sessions, API tokens, the first-steward setup link and password reset links.
//! Tokens are 256 random bits shown once; only their SHA-256 is stored.

use crate::{Allowed, can};
use crate::{App, AppError, Message, Result};
use argon2::password_hash::{PasswordHasher, PasswordVerifier, SaltString};
use argon2::{Algorithm, Argon2, Params, PasswordHash, Version};
use base64::Engine;
use convene_domain::Role;
use convene_domain::audit::{Subject, SubjectKind};
use convene_domain::ids::*;
use convene_domain::text::{Email, NewPerson, Password, Reason, TokenName};
use convene_store::accounts::{self, NewSecret, SecretKind};
use convene_store::{Account, communities};
use rand::RngCore;
use sha2::{Digest, Sha256};

/// Reset links live a day, setup links a week (a restart prints a fresh one).
const RESET_TTL: i64 = 86_400;
const SETUP_TTL: i64 = 7 * 86_400;

/// A fresh random token and the hash under which it is stored.
pub fn new_token() -> (String, String) {
    let mut bytes = [0u8; 32];
    rand::rngs::OsRng.fill_bytes(&mut bytes);
    let token = base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(bytes);
    let hash = token_hash(&token);
    (token, hash)
}

pub fn token_hash(token: &str) -> String {
    hex::encode(Sha256::digest(token.as_bytes()))
}

impl App {
    fn argon2(&self) -> Result<Argon2<'static>> {
        let params = Params::new(self.settings.argon2_memory_kib, 2, 1, None)
            .map_err(|e| AppError::Internal(e.to_string()))?;
        Ok(Argon2::new(Algorithm::Argon2id, Version::V0x13, params))
    }

    /// Argon2id, off the async runtime.
    pub async fn hash_password(&self, password: &Password) -> Result<String> {
        let argon = self.argon2()?;
        let pw = password.expose().to_owned();
        tokio::task::spawn_blocking(move || {
            let salt = SaltString::generate(&mut argon2::password_hash::rand_core::OsRng);
            argon
                .hash_password(pw.as_bytes(), &salt)
                .map(|h| h.to_string())
                .map_err(|e| AppError::Internal(e.to_string()))
        })
        .await
        .map_err(|e| AppError::Internal(e.to_string()))?
    }

    /// Checks a password against a stored hash (or a dummy, so unknown e-mails take as long).
    async fn verify_password(&self, hash: Option<String>, password: &str) -> Result<bool> {
        let argon = self.argon2()?;
        let pw = password.to_owned();
        let dummy = hash.is_none();
        let hash = match hash {
            Some(h) => h,
            None => self.dummy_hash().await?,
        };
        let ok = tokio::task::spawn_blocking(move || {
            PasswordHash::new(&hash).is_ok_and(|h| argon.verify_password(pw.as_bytes(), &h).is_ok())
        })
        .await
        .map_err(|e| AppError::Internal(e.to_string()))?;
        Ok(ok && !dummy)
    }

    async fn dummy_hash(&self) -> Result<String> {
        static DUMMY: tokio::sync::OnceCell<String> = tokio::sync::OnceCell::const_new();
        let pw = Password::parse("not a real password at all")?;
        DUMMY
            .get_or_try_init(|| self.hash_password(&pw))
            .await
            .cloned()
    }

    /// If nobody has an account yet, a new one-time link token that makes its user the operator.
    pub async fn setup_token(&self, _: &crate::System) -> Result<Option<String>> {
        let u = self.change_public().await?;
        let tx = &u.tx;
        if accounts::count(tx).await? > 0 {
            return Ok(None);
        }
        // Earlier links stay valid (another server may have printed one) until one is used.
        let (token, hash) = new_token();
        accounts::add_secret(
            tx,
            NewSecret {
                kind: SecretKind::Setup,
                token_hash: &hash,
                account_id: None,
                label: None,
                created_by: None,
                now: self.now(),
                expires_at: Some(self.now() + SETUP_TTL),
            },
        )
        .await?;
        self.commit(u).await?;
        Ok(Some(token))
    }

    pub async fn setup_token_valid(&self, token: &str) -> Result<bool> {
        let found = accounts::find_secret(
            self.store.conn(),
            SecretKind::Setup,
            &token_hash(token),
            self.now(),
        )
        .await?;
        Ok(found.is_some() && accounts::count(self.store.conn()).await? == 0)
    }

    /// Uses the setup link: creates the operator account and signs it in.
    pub async fn complete_setup(
        &self,
        token: &str,
        person: &NewPerson,
    ) -> Result<(Account, String)> {
        // A spent or made-up link costs no Argon2 round.
        if !self.setup_token_valid(token).await? {
            return Err(AppError::NotFound);
        }
        let hash = self.hash_password(&person.password).await?;
        let mut u = self.change_public().await?;
        let tx = &u.tx;
        let secret = accounts::find_secret(tx, SecretKind::Setup, &token_hash(token), self.now())
            .await?
            .ok_or(AppError::NotFound)?;
        if accounts::count(tx).await? > 0 || !accounts::remove_secret(tx, secret.id).await? {
            return Err(AppError::NotFound);
        }
        accounts::remove_secrets(tx, SecretKind::Setup, None).await?;
        let account = self.create_account_in(tx, person, hash, true).await?;
        u.audit_in(
            None,
            Some(account.id.into()),
            "instance.setup",
            Subject::new(SubjectKind::Account, account.id),
            "",
            "first person set up this convene",
        );
        self.commit(u).await?;
        let session = self.start_session(account.id).await?;
        Ok((account, session))
    }

    /// The account with this e-mail and password, without starting a session.
    pub async fn check_credentials(&self, email: &str, password: &str) -> Result<Account> {
        let account = match Email::parse(email) {
            Ok(e) => accounts::find_by_email(self.store.conn(), e.as_str()).await?,
            Err(_) => None,
        };
        let hash = account.as_ref().and_then(|a| a.password_hash.clone());
        if !self.verify_password(hash, password).await? {
            return Err(AppError::BadCredentials);
        }
        account.ok_or(AppError::BadCredentials)
    }

    /// Signs in with a password alone; an account with a second factor needs
    /// [`sign_in_first_step`](App::sign_in_first_step) and its code step instead.
    pub async fn sign_in(&self, email: &str, password: &str) -> Result<(Account, String)> {
        match self.sign_in_first_step(email, password).await? {
            crate::second_factor::SignInStep::Done(account, session) => Ok((account, session)),
            crate::second_factor::SignInStep::Code(_) => {
                Err(crate::Message::t("error-second-factor-needed").conflict())
            }
        }
    }

    /// A session for an account, minted by the system (tests, operators' tooling).
    pub async fn session_for(&self, _: &crate::System, account_id: i32) -> Result<String> {
        self.start_session(account_id).await
    }

    pub(crate) async fn start_session(&self, account_id: i32) -> Result<String> {
        let (token, hash) = new_token();
        let now = self.now();
        accounts::add_secret(
            self.store.conn(),
            NewSecret {
                kind: SecretKind::Session,
                token_hash: &hash,
                account_id: Some(account_id),
                label: None,
                created_by: None,
                now,
                expires_at: Some(now + self.settings.session_ttl),
            },
        )
        .await?;
        Ok(token)
    }

    async fn account_for(&self, kind: SecretKind, token: &str) -> Result<Option<Account>> {
        let Some(secret) =
            accounts::find_secret(self.store.conn(), kind, &token_hash(token), self.now()).await?
        else {
            return Ok(None);
        };
        match secret.account_id {
            Some(id) => Ok(Some(accounts::get(self.store.conn(), id).await?)),
            None => Ok(None),
        }
    }

    /// The account behind a session cookie, if the session is live.
    pub async fn session_account(&self, token: &str) -> Result<Option<Account>> {
        self.account_for(SecretKind::Session, token).await
    }

    /// Whether a stream opened under this session may still be read: the session is live (not
    /// signed out, expired or ended by a password reset), it is the same account, and that
    /// account is still a member allowed to take part. Three indexed reads; live streams ask
    /// on every push and heartbeat, so rights taken away end the stream within one of them.
    pub async fn still_allowed(&self, who: &Allowed<can::TakePart>, session: &str) -> Result<bool> {
        let Some(account) = self.session_account(session).await? else {
            return Ok(false);
        };
        if AccountId::from(account.id) != who.member().account_id {
            return Ok(false);
        }
        match self.ctx(&account, &who.community().slug).await {
            Ok(ctx) => Ok(ctx.require::<can::TakePart>().is_ok()),
            Err(AppError::NotFound) => Ok(false),
            Err(e) => Err(e),
        }
    }

    /// The account behind an API bearer token.
    pub async fn api_account(&self, token: &str) -> Result<Option<Account>> {
        self.account_for(SecretKind::ApiToken, token).await
    }

    pub async fn sign_out(&self, token: &str) -> Result<()> {
        if let Some(s) = accounts::find_secret(
            self.store.conn(),
            SecretKind::Session,
            &token_hash(token),
            self.now(),
        )
        .await?
        {
            accounts::remove_secret(self.store.conn(), s.id).await?;
        }
        Ok(())
    }

    pub async fn create_api_token(&self, account: &Account, name: &TokenName) -> Result<String> {
        let (token, hash) = new_token();
        accounts::add_secret(
            self.store.conn(),
            NewSecret {
                kind: SecretKind::ApiToken,
                token_hash: &hash,
                account_id: Some(account.id),
                label: Some(name.as_str()),
                created_by: Some(account.id),
                now: self.now(),
                expires_at: None,
            },
        )
        .await?;
        Ok(token)
    }

    pub async fn api_tokens(&self, account: &Account) -> Result<Vec<accounts::Secret>> {
        Ok(accounts::secrets_of(self.store.conn(), SecretKind::ApiToken, account.id).await?)
    }

    pub async fn revoke_api_token(&self, account: &Account, id: TokenId) -> Result<()> {
        let id = id.get();
        let mine = self.api_tokens(account).await?;
        if !mine.iter().any(|t| t.id == id) {
            return Err(AppError::NotFound);
        }
        accounts::remove_secret(self.store.conn(), id).await?;
        Ok(())
    }

    /// A steward issues a one-day reset link for a member of their community. The steward
    /// hands it over themselves: convene sends no mail.
    pub async fn issue_password_reset(
        &self,
        ctx: &Allowed<can::IssuePasswordReset>,
        membership_id: MembershipId,
        reason: &Reason,
    ) -> Result<String> {
        let mut u = self.change(ctx).await?;
        let tx = &u.tx;
        let target =
            communities::membership_by_id(tx, ctx.community.id, membership_id.get()).await?;
        self.may_reset(tx, ctx.member.account_id.get(), target.account_id)
            .await?;
        let (token, hash) = new_token();
        let now = self.now();
        accounts::add_secret(
            tx,
            NewSecret {
                kind: SecretKind::PasswordReset,
                token_hash: &hash,
                account_id: Some(target.account_id),
                label: None,
                created_by: Some(ctx.member.account_id.get()),
                now,
                expires_at: Some(now + RESET_TTL),
            },
        )
        .await?;
        u.audit(
            "password.reset_issued",
            Subject::new(SubjectKind::Membership, membership_id),
            "",
            reason.as_str(),
        );
        self.commit(u).await?;
        Ok(token)
    }

    /// A reset link hands over a whole account, so a steward may issue one only for someone
    /// whose every community they also steward, and never for the operator: otherwise a
    /// steward of one community could take over a steward of another.
    async fn may_reset(
        &self,
        db: &impl convene_store::store_db::ConnectionTrait,
        issuer: i32,
        target: i32,
    ) -> Result<()> {
        if accounts::get(db, target).await?.is_operator {
            return Err(Message::t("error-reset-operator").conflict());
        }
        for b in communities::of_account(db, target).await? {
            let issuer_roles = match communities::membership(db, b.community.id, issuer).await? {
                Some(m) => Some(communities::roles(db, m.id).await?),
                None => None,
            };
            if !issuer_roles.is_some_and(|r| r.contains(Role::Steward)) {
                // Name no other community: that would leak it to this steward.
                return Err(Message::t("error-reset-other-community").conflict());
            }
        }
        Ok(())
    }

    pub async fn reset_link_account(&self, token: &str) -> Result<Account> {
        self.account_for(SecretKind::PasswordReset, token)
            .await?
            .ok_or(AppError::NotFound)
    }

    /// Uses a reset link once: sets the password, ends other sessions, and signs in, through
    /// the code step where the account has a second factor (a reset link replaces the
    /// password, never the second factor).
    pub async fn reset_password(
        &self,
        token: &str,
        password: &Password,
    ) -> Result<crate::second_factor::SignInStep> {
        let hash = self.hash_password(password).await?;
        let u = self.change_public().await?;
        let tx = &u.tx;
        let secret = accounts::find_secret(
            tx,
            SecretKind::PasswordReset,
            &token_hash(token),
            self.now(),
        )
        .await?
        .ok_or(AppError::NotFound)?;
        let account_id = secret.account_id.ok_or(AppError::NotFound)?;
        if !accounts::remove_secret(tx, secret.id).await? {
            return Err(AppError::NotFound);
        }
        accounts::set_password(tx, account_id, hash).await?;
        // Whoever held the account before the reset loses every way in.
        for kind in [
            SecretKind::Session,
            SecretKind::ApiToken,
            SecretKind::PasswordReset,
        ] {
            accounts::remove_secrets(tx, kind, Some(account_id)).await?;
        }
        self.commit(u).await?;
        let account = accounts::get(self.store.conn(), account_id).await?;
        self.next_step(account).await
    }

    /// Whether this account may create communities.
    pub fn may_create_community(&self, account: &Account) -> bool {
        account.is_operator || self.settings.anyone_creates_communities
    }
}

impl App {
    /// Deletes expired sessions and links; the server runs it hourly.
    pub async fn sweep_expired(&self, _: &crate::System) -> Result<u64> {
        Ok(accounts::remove_expired(self.store.conn(), self.now()).await?)
    }
}
