//! Use-cases. Each public method takes proof of its permission (`&Allowed<can::…>`, made only
//! by `Ctx::require`; `&System` for jobs; `&Account` for one's own account), then writes
//! through one unit of work (`App::change` … `App::commit`) that re-checks the permission
//! inside its transaction and collects its audit entries, live topics and jobs.

pub mod account;
pub mod agenda;
pub mod auth;
pub mod authz;
pub mod badges;
pub mod cafe;
mod cafe_plan;
pub mod community;
pub mod content;
pub mod contribution;
pub mod demo;
mod demo_cafe;
mod demo_conversation;
mod demo_edits;
mod demo_gatherings;
mod demo_lean;
mod demo_moderation;
pub mod design_agenda;
pub mod exports;
pub mod feeds;
pub mod fetch;
pub mod gathering;
pub mod governance;
pub mod harvest;
pub mod health;
pub mod initiative;
pub mod invitation;
pub mod invitation_mail;
pub mod jobs;
pub mod leadership;
pub mod lean;
pub mod library;
pub mod live;
pub mod mail;
pub mod merge;
pub mod message;
pub mod mine;
pub mod moderation;
pub mod network;
pub mod network_health;
pub mod network_map;
pub mod notify;
pub mod notify_mail;
pub mod oidc;
pub mod passkey;
pub mod peer_edit;
pub mod privacy;
pub mod search;
pub mod second_factor;
pub mod session_edit;
pub mod setup;
pub mod sign_ins;
pub mod suggest;
pub mod thread;
pub mod unit;
#[cfg(test)]
mod usecases;
pub mod wall;

use convene_domain::invitation::Unusable;
use convene_domain::text::TextError;
use convene_domain::{Denied, Permission, Timestamp};
use convene_store::{Store, StoreError};
use std::sync::Arc;
use std::sync::atomic::{AtomicI64, Ordering};

pub use authz::{Allowed, Ctx, System};
pub use convene_domain::permission::can;
pub use convene_store as store;
pub use message::Message;

#[derive(Debug, thiserror::Error)]
pub enum AppError {
    #[error("not signed in")]
    Unauthenticated,
    #[error("{0}")]
    Denied(#[from] Denied),
    /// A rule refuses this person this action here; the message says which (403).
    #[error("{0}")]
    Refused(String),
    #[error("not found")]
    NotFound,
    /// A field failed to parse; the message is safe to show next to it.
    #[error("{0}")]
    Invalid(#[from] TextError),
    #[error("{field}: {message}")]
    Field {
        field: &'static str,
        message: String,
    },
    /// The request conflicts with the current state (duplicate, last steward ...).
    #[error("{0}")]
    Conflict(String),
    /// A refusal, a conflict or a field's complaint in the catalogue's words, so that each
    /// reader reads it in their language (`Message::refused`, `conflict`, `field`). Prefer it:
    /// the free text of the three above stays English.
    #[error("{message}")]
    Said { kind: Kind, message: Message },
    /// A save on top of a version someone else saved over: nothing was written.
    #[error(
        "Someone saved this {} while you were writing. Their version is above; your text is kept \
         below: merge the two and save again.", .0.what
    )]
    Stale(Box<Stale>),
    #[error("{0}")]
    Unusable(#[from] Unusable),
    #[error("e-mail or password is not right")]
    BadCredentials,
    #[error("internal error: {0}")]
    Internal(String),
}

impl From<StoreError> for AppError {
    fn from(e: StoreError) -> Self {
        match e {
            StoreError::NotFound => AppError::NotFound,
            StoreError::Duplicate(what) => taken(what),
            StoreError::Db(e) => AppError::Internal(e.to_string()),
        }
    }
}

impl From<convene_store::store_db::DbErr> for AppError {
    fn from(e: convene_store::store_db::DbErr) -> Self {
        AppError::Internal(e.to_string())
    }
}

impl AppError {
    pub fn field(field: &'static str, message: impl Into<String>) -> Self {
        AppError::Field {
            field,
            message: message.into(),
        }
    }

    pub fn denied(p: Permission) -> Self {
        AppError::Denied(Denied(p))
    }

    /// Refused, conflict or field, whether worded by the catalogue or in free text.
    pub fn kind(&self) -> Option<Kind> {
        match self {
            AppError::Refused(_) => Some(Kind::Refused),
            AppError::Conflict(_) => Some(Kind::Conflict),
            AppError::Field { field, .. } => Some(Kind::Field(field)),
            AppError::Said { kind, .. } => Some(*kind),
            _ => None,
        }
    }
}

/// What a [`Message`] answers: a rule refuses (403), the state conflicts (409), or a field
/// cannot be taken as it is (422).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Refused,
    Conflict,
    Field(&'static str),
}

/// A unique value someone else has: the things people type are named, the rest is "that".
fn taken(what: &'static str) -> AppError {
    let key = match what {
        "e-mail" => "error-taken-email",
        "slug" | "short name" => "error-taken-slug",
        "organization name" => "error-taken-organization",
        "space name" => "error-taken-space",
        "membership" => "error-taken-membership",
        _ => return Message::t("error-taken").text("what", what).conflict(),
    };
    Message::t(key).conflict()
}

/// Both texts of a stale save.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Stale {
    /// What was being written ("report").
    pub what: &'static str,
    /// The version saved in between, and its text.
    pub version: i32,
    pub theirs: String,
    /// The text that was not saved.
    pub yours: String,
}

pub type Result<T, E = AppError> = std::result::Result<T, E>;

/// Where "now" comes from: the system clock, or a settable one in tests.
#[derive(Clone, Debug)]
pub enum Clock {
    System,
    Manual(Arc<AtomicI64>),
}

impl Clock {
    pub fn now(&self) -> Timestamp {
        match self {
            Clock::System => std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .map_or(0, |d| d.as_secs() as i64),
            Clock::Manual(t) => t.load(Ordering::SeqCst),
        }
    }

    pub fn advance(&self, secs: i64) {
        if let Clock::Manual(t) = self {
            t.fetch_add(secs, Ordering::SeqCst);
        }
    }
}

/// Settings the use-cases need.
#[derive(Clone, Debug)]
pub struct Settings {
    /// Session lifetime in seconds.
    pub session_ttl: i64,
    /// Whether any signed-in person may create a community, or only the operator.
    pub anyone_creates_communities: bool,
    /// Argon2 cost; tests lower it.
    pub argon2_memory_kib: u32,
    /// Where e-mail goes; `None`: this server sends no mail (invitations are links to copy).
    pub mail: Option<mail::MailSettings>,
    /// The OpenID Connect providers people may sign in with (none by default).
    pub oidc: oidc::Providers,
    /// This server as passkeys' relying party (from the public URL); `None`: no passkeys.
    pub passkeys: Option<passkey::RelyingParty>,
    /// What importing a practice or design by URL may fetch.
    pub library_fetch: fetch::FetchPolicy,
}

impl Default for Settings {
    fn default() -> Self {
        Self {
            session_ttl: 30 * 86_400,
            anyone_creates_communities: false,
            argon2_memory_kib: 19 * 1024,
            mail: None,
            oidc: oidc::Providers::default(),
            passkeys: None,
            library_fetch: fetch::FetchPolicy::default(),
        }
    }
}

/// The application: store, clock and settings. Cheap to clone.
#[derive(Clone, Debug)]
pub struct App {
    pub store: Store,
    pub clock: Clock,
    pub settings: Settings,
    /// Announces committed changes to gatherings to the live walls.
    pub live: live::Hub,
    /// The latest network metrics of each community (computed in the background).
    pub leadership: leadership::Leadership,
    /// Wakes the job runner after a commit wrote jobs.
    pub jobs: jobs::Runner,
    /// Keeps SMTP connections open between messages.
    pub mailer: mail::Mailer,
    /// Counts inbox badges for the streams that ask together.
    pub badges: badges::Badges,
}

impl App {
    /// The application and the one [`System`] value, for the wiring that starts jobs (the
    /// binary, tests); the HTTP layer is given the `App` only.
    pub fn new(store: Store, clock: Clock, settings: Settings) -> (Self, System) {
        let app = Self {
            store,
            clock,
            settings,
            live: live::Hub::default(),
            leadership: leadership::Leadership::default(),
            jobs: jobs::Runner::default(),
            mailer: mail::Mailer::default(),
            badges: badges::Badges::default(),
        };
        (app, System::new())
    }

    pub fn now(&self) -> Timestamp {
        self.clock.now()
    }
}
