//! One's own sign-ins: change the password (the current one asked again; every other session
//! ends), see where one is signed in (this device marked) and end any of those sessions.

use crate::auth::token_hash;
use crate::{App, AppError, Result};
use convene_domain::audit::{Subject, SubjectKind};
use convene_domain::text::Password;
use convene_store::Account;
use convene_store::accounts::{self, SecretKind};

/// One live sign-in session of the caller.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SignIn {
    pub id: i32,
    pub started_at: i64,
    pub expires_at: Option<i64>,
    /// The session this request came with.
    pub this_device: bool,
}

impl App {
    /// The caller's live sessions, newest first; `current` is the session token in use.
    pub async fn sign_in_sessions(&self, account: &Account, current: &str) -> Result<Vec<SignIn>> {
        let now = self.now();
        let here = token_hash(current);
        let mut list: Vec<SignIn> =
            accounts::secrets_of(self.store.conn(), SecretKind::Session, account.id)
                .await?
                .into_iter()
                .filter(|s| s.expires_at.is_none_or(|e| e > now))
                .map(|s| SignIn {
                    id: s.id,
                    started_at: s.created_at,
                    expires_at: s.expires_at,
                    this_device: s.token_hash == here,
                })
                .collect();
        list.sort_by_key(|s| std::cmp::Reverse((s.this_device, s.started_at, s.id)));
        Ok(list)
    }

    /// Ends one of the caller's own sessions (another person's id is not found).
    pub async fn end_sign_in_session(&self, account: &Account, id: i32) -> Result<()> {
        let mine = accounts::secrets_of(self.store.conn(), SecretKind::Session, account.id).await?;
        if !mine.iter().any(|s| s.id == id) {
            return Err(AppError::NotFound);
        }
        accounts::remove_secret(self.store.conn(), id).await?;
        Ok(())
    }

    /// Changes the password after checking the current one; every other session and any reset
    /// link of the account end (API tokens stay: they are revoked one by one).
    pub async fn change_password(
        &self,
        account: &Account,
        current_session: &str,
        current_password: &str,
        new: &Password,
    ) -> Result<()> {
        let fresh = accounts::get(self.store.conn(), account.id).await?;
        if self
            .check_credentials(&fresh.email, current_password)
            .await
            .is_err()
        {
            return Err(crate::Message::t("error-current-password-wrong").field("current_password"));
        }
        let hash = self.hash_password(new).await?;
        let mut u = self.change_as(account).await?;
        let keep = accounts::find_secret(
            &u.tx,
            SecretKind::Session,
            &token_hash(current_session),
            self.now(),
        )
        .await?
        .map(|s| s.id);
        accounts::set_password(&u.tx, account.id, hash).await?;
        accounts::remove_secrets_except(&u.tx, SecretKind::Session, account.id, keep).await?;
        accounts::remove_secrets_except(&u.tx, SecretKind::PasswordReset, account.id, None).await?;
        u.audit_in(
            None,
            Some(account.id.into()),
            "account.password",
            Subject::new(SubjectKind::Account, account.id),
            "",
            "",
        );
        self.commit(u).await
    }
}
