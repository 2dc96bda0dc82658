//! A second factor: TOTP (RFC 6238, 30-second steps, one step of skew) enrolled from a QR code
//! and confirmed by a first code, ten single-use recovery codes kept as hashes, and a sign-in
//! that asks for a code as a second step. A code's time step is taken by a conditional update,
//! so a code (or any code of an earlier step) is accepted once. Codes are compared in constant
//! time (totp-rs's `Token` equality; recovery codes by their hashes, compared in constant time).
//! Passkeys (crate::passkey) are the other second factor: either one counts.

use crate::Message;
use crate::auth::{new_token, token_hash};
use crate::{Allowed, App, AppError, Result, can};
use convene_domain::audit::{Subject, SubjectKind};
use convene_domain::{Role, RoleSet};
use convene_store::accounts::{self, NewSecret, SecretKind};
use convene_store::store_db::ConnectionTrait;
use convene_store::{Account, passkeys, second_factor};
use rand::RngCore;
use totp_rs::{Builder, Secret, Totp};

/// How long the second step of a sign-in may wait for its code (seconds).
pub const SECOND_STEP_TTL: i64 = 300;
const RECOVERY_CODES: usize = 10;

/// What enrolment shows: the secret (for typing in), its `otpauth://` address and a QR code.
#[derive(Debug, Clone)]
pub struct Enrolment {
    pub secret: String,
    pub url: String,
    /// An SVG image of `url`.
    pub qr_svg: String,
}

/// The outcome of the password step.
#[derive(Debug)]
pub enum SignInStep {
    /// Signed in: the session token.
    Done(Account, String),
    /// The account has a second factor: this token carries the sign-in to the code step.
    Code(String),
}

fn totp(secret_b32: &str) -> Result<Totp> {
    let secret = Secret::try_from_base32(secret_b32)
        .map_err(|_| AppError::Internal("a stored TOTP secret is not base32".into()))?;
    Builder::new()
        .with_secret(secret)
        .build()
        .map_err(|e| AppError::Internal(format!("TOTP: {e}")))
}

fn constant_time_eq(a: &[u8], b: &[u8]) -> bool {
    a.len() == b.len() && a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}

/// Ten fresh recovery codes (their hashes are what is stored).
pub(crate) fn new_recovery_codes() -> Vec<String> {
    (0..RECOVERY_CODES).map(|_| recovery_code()).collect()
}

/// Whether the account has a confirmed TOTP factor or a passkey.
async fn enrolled(db: &impl ConnectionTrait, account_id: i32) -> Result<bool> {
    Ok(totp_on(db, account_id).await? || passkeys::count(db, account_id).await? > 0)
}

async fn totp_on(db: &impl ConnectionTrait, account_id: i32) -> Result<bool> {
    Ok(second_factor::totp(db, account_id)
        .await?
        .is_some_and(|t| t.confirmed_at.is_some()))
}

/// A recovery code as shown: 10 characters in two groups, e.g. `k3f9a-2m7qx`.
fn recovery_code() -> String {
    const ALPHABET: &[u8] = b"abcdefghjkmnpqrstuvwxyz23456789";
    let mut bytes = [0u8; 10];
    rand::thread_rng().fill_bytes(&mut bytes);
    let s: String = bytes
        .iter()
        .map(|b| ALPHABET[usize::from(*b) % ALPHABET.len()] as char)
        .collect();
    format!("{}-{}", &s[..5], &s[5..])
}

fn normalize_code(code: &str) -> String {
    code.chars()
        .filter(|c| !c.is_whitespace())
        .collect::<String>()
        .to_lowercase()
}

fn qr_svg(url: &str) -> Result<String> {
    let code = qrcode::QrCode::new(url.as_bytes())
        .map_err(|e| AppError::Internal(format!("QR code: {e}")))?;
    Ok(code
        .render::<qrcode::render::svg::Color<'_>>()
        .min_dimensions(200, 200)
        .build())
}

impl App {
    /// Whether the account has a confirmed second factor: TOTP or a passkey.
    pub async fn has_second_factor(&self, account: &Account) -> Result<bool> {
        enrolled(self.store.conn(), account.id).await
    }

    /// Whether the account's TOTP factor is on.
    pub async fn has_totp(&self, account: &Account) -> Result<bool> {
        totp_on(self.store.conn(), account.id).await
    }

    /// The roles whose powers a member may use: Steward and Curator wait for a second factor
    /// where the community requires one.
    pub(crate) async fn usable_roles(
        &self,
        db: &impl ConnectionTrait,
        community_id: i32,
        account_id: i32,
        roles: RoleSet,
    ) -> Result<RoleSet> {
        let vertical = [Role::Steward, Role::Curator];
        if !vertical.iter().any(|r| roles.contains(*r)) {
            return Ok(roles);
        }
        if !second_factor::required(db, community_id).await? {
            return Ok(roles);
        }
        if enrolled(db, account_id).await? {
            return Ok(roles);
        }
        Ok(RoleSet::new(
            roles.is_guest(),
            roles.iter().filter(|r| !vertical.contains(r)),
        ))
    }

    /// Starts TOTP enrolment (again, if unconfirmed); refused while a confirmed one exists.
    pub async fn begin_totp(&self, account: &Account) -> Result<Enrolment> {
        if self.has_totp(account).await? {
            return Err(Message::t("error-totp-exists").conflict());
        }
        let mut raw = [0u8; 20];
        rand::thread_rng().fill_bytes(&mut raw);
        let secret = Secret::from(raw).to_base32();
        second_factor::begin(self.store.conn(), account.id, &secret, self.now()).await?;
        self.enrolment(account, &secret)
    }

    /// The enrolment under way (to show the QR code again), if any.
    pub async fn pending_totp(&self, account: &Account) -> Result<Option<Enrolment>> {
        match second_factor::totp(self.store.conn(), account.id).await? {
            Some(t) if t.confirmed_at.is_none() => {
                Ok(Some(self.enrolment(account, &t.totp_secret)?))
            }
            _ => Ok(None),
        }
    }

    fn enrolment(&self, account: &Account, secret: &str) -> Result<Enrolment> {
        let label: String = account
            .email
            .chars()
            .map(|c| {
                if c.is_ascii_alphanumeric() || "@.-_".contains(c) {
                    c
                } else {
                    '_'
                }
            })
            .collect();
        let url = format!(
            "otpauth://totp/convene:{label}?secret={secret}&issuer=convene&algorithm=SHA1&digits=6&period=30"
        );
        Ok(Enrolment {
            secret: secret.to_owned(),
            qr_svg: qr_svg(&url)?,
            url,
        })
    }

    /// Confirms enrolment with a first code; returns the ten recovery codes (shown once).
    pub async fn confirm_totp(&self, account: &Account, code: &str) -> Result<Vec<String>> {
        let t = second_factor::totp(self.store.conn(), account.id)
            .await?
            .filter(|t| t.confirmed_at.is_none())
            .ok_or_else(|| Message::t("error-totp-start-first").conflict())?;
        let now = self.now();
        let step = totp(&t.totp_secret)?
            .check(code.trim(), u64::try_from(now).unwrap_or(0))
            .ok_or_else(|| Message::t("error-code-mismatch").field("code"))?;
        let codes = new_recovery_codes();
        let hashes: Vec<String> = codes.iter().map(|c| token_hash(c)).collect();
        let mut u = self.change_as(account).await?;
        if !second_factor::take_step(&u.tx, t.id, i64::try_from(step).unwrap_or(0)).await? {
            return Err(Message::t("error-code-used").field("code"));
        }
        second_factor::confirm(&u.tx, t.id, now).await?;
        second_factor::set_recovery_codes(&u.tx, account.id, &hashes).await?;
        u.audit_in(
            None,
            Some(account.id.into()),
            "account.second_factor",
            Subject::new(SubjectKind::Account, account.id),
            "totp",
            "",
        );
        self.commit(u).await?;
        Ok(codes)
    }

    /// Checks a TOTP or recovery code for the account and uses it up; `BadCredentials` if it
    /// does not match, was used already, or the account has no second factor.
    pub(crate) async fn use_second_factor(&self, account_id: i32, code: &str) -> Result<()> {
        let db = self.store.conn();
        let now = self.now();
        if !enrolled(db, account_id).await? {
            return Err(AppError::BadCredentials);
        }
        let totp_factor = second_factor::totp(db, account_id)
            .await?
            .filter(|t| t.confirmed_at.is_some());
        let code = normalize_code(code);
        if code.len() == 6 && code.bytes().all(|b| b.is_ascii_digit()) {
            let Some(t) = totp_factor else {
                return Err(AppError::BadCredentials);
            };
            let step = totp(&t.totp_secret)?.check(&code, u64::try_from(now).unwrap_or(0));
            if let Some(step) = step
                && second_factor::take_step(db, t.id, i64::try_from(step).unwrap_or(0)).await?
            {
                return Ok(());
            }
            return Err(AppError::BadCredentials);
        }
        let hash = token_hash(&code);
        let mut found = None;
        for (id, h) in second_factor::unused_codes(db, account_id).await? {
            if constant_time_eq(h.as_bytes(), hash.as_bytes()) {
                found = Some(id);
            }
        }
        match found {
            Some(id) if second_factor::use_code(db, id, now).await? => Ok(()),
            _ => Err(AppError::BadCredentials),
        }
    }

    /// The password step of a sign-in: a session, or (with a second factor) a token for the
    /// code step, which lasts [`SECOND_STEP_TTL`].
    pub async fn sign_in_first_step(&self, email: &str, password: &str) -> Result<SignInStep> {
        let account = self.check_credentials(email, password).await?;
        self.next_step(account).await
    }

    /// A first factor matched (a password, a reset link, an identity provider): a session, or
    /// with a second factor the code step.
    pub(crate) async fn next_step(&self, account: Account) -> Result<SignInStep> {
        if !self.has_second_factor(&account).await? {
            let session = self.start_session(account.id).await?;
            return Ok(SignInStep::Done(account, session));
        }
        let (token, hash) = new_token();
        let now = self.now();
        accounts::add_secret(
            self.store.conn(),
            NewSecret {
                kind: SecretKind::SecondStep,
                token_hash: &hash,
                account_id: Some(account.id),
                label: None,
                created_by: None,
                now,
                expires_at: Some(now + SECOND_STEP_TTL),
            },
        )
        .await?;
        Ok(SignInStep::Code(token))
    }

    /// The account a code step belongs to (for throttling by account), if still open.
    pub async fn second_step_account(&self, token: &str) -> Result<Option<Account>> {
        let Some(s) = accounts::find_secret(
            self.store.conn(),
            SecretKind::SecondStep,
            &token_hash(token),
            self.now(),
        )
        .await?
        else {
            return Ok(None);
        };
        match s.account_id {
            Some(id) => Ok(Some(accounts::get(self.store.conn(), id).await?)),
            None => Ok(None),
        }
    }

    /// The code step: a matching, unused code ends the step and starts a session.
    pub async fn sign_in_second_step(&self, token: &str, code: &str) -> Result<(Account, String)> {
        let db = self.store.conn();
        let s = accounts::find_secret(db, SecretKind::SecondStep, &token_hash(token), self.now())
            .await?
            .ok_or(AppError::NotFound)?;
        let account_id = s.account_id.ok_or(AppError::NotFound)?;
        self.use_second_factor(account_id, code).await?;
        if !accounts::remove_secret(db, s.id).await? {
            return Err(AppError::NotFound);
        }
        let account = accounts::get(db, account_id).await?;
        let session = self.start_session(account_id).await?;
        Ok((account, session))
    }

    /// Whether the community requires a second factor of its stewards and curators.
    pub async fn second_factor_required(&self, ctx: &Allowed<can::EditSettings>) -> Result<bool> {
        Ok(second_factor::required(self.store.conn(), ctx.community.id).await?)
    }

    /// Requires (or no longer requires) a second factor of stewards and curators: those without
    /// one keep their roles but use only their other powers until they enrol.
    pub async fn set_second_factor_required(
        &self,
        ctx: &Allowed<can::EditSettings>,
        on: bool,
    ) -> Result<()> {
        let mut u = self.change(ctx).await?;
        second_factor::set_required(&u.tx, ctx.community.id, on, self.now()).await?;
        u.audit(
            "community.second_factor",
            Subject::new(SubjectKind::Community, ctx.community.id),
            if on { "required" } else { "optional" },
            "",
        );
        self.commit(u).await
    }

    /// Turns the TOTP factor off: the password (if the account has one) and a current code
    /// (or a recovery code) are asked again, so a session left open cannot do it. Where a
    /// community requires a second factor, a steward's vertical powers wait again until they
    /// enrol anew (`usable_roles` reads the factor on every request).
    pub async fn remove_second_factor(
        &self,
        account: &Account,
        password: &str,
        code: &str,
    ) -> Result<()> {
        if !self.has_totp(account).await? {
            return Err(Message::t("error-totp-none").conflict());
        }
        if account.password_hash.is_some() {
            self.check_credentials(&account.email, password)
                .await
                .map_err(|e| match e {
                    AppError::BadCredentials => {
                        Message::t("error-your-password-wrong").field("password")
                    }
                    e => e,
                })?;
        }
        self.use_second_factor(account.id, code)
            .await
            .map_err(|e| match e {
                AppError::BadCredentials => Message::t("error-code-wrong").field("code"),
                e => e,
            })?;
        let mut u = self.change_as(account).await?;
        second_factor::remove(&u.tx, account.id).await?;
        factor_removed(&mut u, account, "removed").await?;
        self.commit(u).await
    }

    /// The unused recovery codes left.
    pub async fn recovery_codes_left(&self, account: &Account) -> Result<usize> {
        Ok(second_factor::unused_codes(self.store.conn(), account.id)
            .await?
            .len())
    }
}

/// A second factor went (the authenticator app or a passkey): the recovery codes go with the
/// last one, and the change is audited as `what`.
pub(crate) async fn factor_removed(
    u: &mut crate::unit::Unit,
    account: &Account,
    what: &str,
) -> Result<()> {
    let totp = second_factor::totp(&u.tx, account.id)
        .await?
        .is_some_and(|t| t.confirmed_at.is_some());
    if !totp && passkeys::count(&u.tx, account.id).await? == 0 {
        second_factor::set_recovery_codes(&u.tx, account.id, &[]).await?;
    }
    u.audit_in(
        None,
        Some(account.id.into()),
        "account.second_factor",
        Subject::new(SubjectKind::Account, account.id),
        what,
        "",
    );
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn recovery_codes_are_distinct_and_normalized() {
        let a = recovery_code();
        assert_eq!(a.len(), 11);
        assert_ne!(a, recovery_code());
        assert_eq!(normalize_code(&format!(" {} ", a.to_uppercase())), a);
        assert!(constant_time_eq(b"abc", b"abc"));
        assert!(!constant_time_eq(b"abc", b"abd"));
        assert!(!constant_time_eq(b"abc", b"ab"));
    }
}
