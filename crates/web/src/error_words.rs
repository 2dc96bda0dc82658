//! Every error in the reader's language: the structured ones (a field's text, not signed in,
//! not found, a stale save, an unusable invitation …) by their own keys, the use-cases'
//! [`convene_app::Message`]s by theirs; free text that no key words yet stays English.
//! Field names and hints come from the domain as English words and are looked up here, so the
//! catalogue test sees every key; one it does not know is shown as it is.

use convene_app::{AppError, Kind};
use convene_domain::invitation::Unusable;
use convene_domain::text::TextError;
use convene_i18n::Tr;

/// What a person may read about an error, in `tr`'s language.
pub fn message(e: &AppError, tr: Tr) -> String {
    match e {
        AppError::Internal(detail) => {
            tracing::error!(%detail, "internal error");
            tr.t("error-internal")
        }
        AppError::Unauthenticated => tr.t("error-unauthenticated"),
        AppError::Denied(_) => tr.t("error-denied"),
        AppError::NotFound => tr.t("error-not-found"),
        AppError::BadCredentials => tr.t("error-bad-credentials"),
        AppError::Invalid(t) => text(t, tr),
        AppError::Stale(s) => tr.t1("error-stale", "what", thing(tr, s.what)),
        AppError::Unusable(u) => tr.t(match u {
            Unusable::Expired => "error-invitation-expired",
            Unusable::Revoked => "error-invitation-revoked",
            Unusable::UsedUp => "error-invitation-used-up",
            Unusable::Declined => "error-invitation-declined",
        }),
        AppError::Said {
            kind: Kind::Field(f),
            message,
        } => tr.t2(
            "error-field-says",
            "field",
            field(tr, f),
            "message",
            message.tr(tr),
        ),
        AppError::Said { message, .. } => message.tr(tr),
        AppError::Refused(_) | AppError::Conflict(_) | AppError::Field { .. } => e.to_string(),
    }
}

/// A field's text that could not be taken.
pub fn text(e: &TextError, tr: Tr) -> String {
    let f = field(tr, e.field());
    match e {
        TextError::Empty { .. } => tr.t1("error-text-empty", "field", f),
        // Bounds are written as digits, as the form's `maxlength` counts them.
        TextError::TooLong { max, .. } => {
            tr.t2("error-text-too-long", "field", f, "max", max.to_string())
        }
        TextError::TooShort { min, .. } => {
            tr.t2("error-text-too-short", "field", f, "min", min.to_string())
        }
        TextError::BadChars { .. } => tr.t1("error-text-bad-chars", "field", f),
        TextError::Invalid { hint, .. } => tr.t2(
            "error-text-invalid",
            "field",
            f,
            "hint",
            self::hint(tr, hint),
        ),
    }
}

/// A field's name, as the domain names it, in `tr`'s language.
pub fn field(tr: Tr, name: &str) -> String {
    let key = match name {
        "name" => "error-field-name",
        "short name" => "error-field-short-name",
        "e-mail" | "email" => "error-field-email",
        "password" => "error-field-password",
        "community name" => "error-field-community-name",
        "organization name" => "error-field-organization-name",
        "purpose" => "error-field-purpose",
        "calling question" => "error-field-calling-question",
        "reason" => "error-field-reason",
        "token name" => "error-field-token-name",
        "title" => "error-field-title",
        "invitation" => "error-field-invitation",
        "venue" => "error-field-venue",
        "space name" => "error-field-space-name",
        "session title" => "error-field-session-title",
        "description" => "error-field-description",
        "report" => "error-field-report",
        "action" => "error-field-action",
        "body" | "text" => "error-field-text",
        "question" => "error-field-question",
        "summary" => "error-field-summary",
        "notes" => "error-field-notes",
        "topic" => "error-field-topic",
        "theme" => "error-field-theme",
        "label" => "error-field-label",
        "table name" => "error-field-table-name",
        "capacity" => "error-field-capacity",
        "dots per person" => "error-field-dots-per-person",
        "features" => "error-field-features",
        "time zone" => "error-field-time-zone",
        "date and time" => "error-field-date-time",
        "dates" => "error-field-dates",
        "first day" => "error-field-first-day",
        "slot" => "error-field-slot",
        "due date" => "error-field-due-date",
        "until" => "error-field-until",
        "kind" => "error-field-kind",
        "language" => "error-field-language",
        "co-conveners" => "error-field-co-conveners",
        "merge" => "error-field-merge",
        "organization" => "error-field-organization",
        "slug" => "error-field-short-name",
        "code" => "error-field-code",
        "current_password" => "error-field-current-password",
        "note" => "error-field-note",
        "table_size" => "error-field-table-size",
        "tables" => "error-field-tables",
        "minutes" => "error-field-minutes",
        "host" => "error-field-host",
        "to" => "error-field-version",
        "options" => "error-field-options",
        "account_id" => "error-field-person",
        "mandate_id" => "error-field-mandate",
        "ballot" => "error-field-ballot",
        "adviser" => "error-field-adviser",
        "starts" => "error-field-start",
        "gathering" => "error-field-gathering",
        "uses" => "error-field-uses",
        "days" => "error-field-days",
        other => return other.to_owned(),
    };
    tr.t(key)
}

/// The hints the domain gives with an invalid value, for the forms of people and gatherings.
fn hint(tr: Tr, hint: &str) -> String {
    let key = match hint {
        "use lowercase letters, digits and single hyphens" => "error-hint-slug",
        "expected an address like name@example.org" => "error-hint-email",
        "it contains invisible or direction-changing characters (such as a zero-width \
         space or a right-to-left override); type it again without them" => "error-hint-name",
        "a whole number from 1 to 10,000" => "error-hint-capacity",
        "a whole number from 1 to 20" => "error-hint-one-to-twenty",
        "at most 8, separated by commas" => "error-hint-features",
        "short words of letters, digits, spaces and hyphens" => "error-hint-feature-words",
        "a name such as Europe/Berlin or UTC" => "error-hint-time-zone",
        "a date like 2026-12-01 and a time like 09:30" => "error-hint-date-time",
        "a date like 2026-12-01 within a few years" => "error-hint-dates",
        "a date like 2026-12-01" => "error-hint-date",
        "it must end after it starts and last at most 12 hours" => "error-hint-slot",
        other => return other.to_owned(),
    };
    tr.t(key)
}

/// What a stale save was writing.
fn thing(tr: Tr, what: &str) -> String {
    let key = match what {
        "report" => "error-stale-report",
        "session description" => "error-stale-session-description",
        "contribution" => "error-stale-contribution",
        "design" => "error-stale-design",
        "note" => "error-stale-note",
        other => return other.to_owned(),
    };
    tr.t(key)
}

/// The heading of the error page for a status.
pub fn title(tr: Tr, status: axum::http::StatusCode) -> String {
    use axum::http::StatusCode;
    tr.t(match status {
        StatusCode::FORBIDDEN => "error-title-forbidden",
        StatusCode::NOT_FOUND => "error-title-not-found",
        StatusCode::GONE => "error-title-gone",
        StatusCode::INTERNAL_SERVER_ERROR => "error-title-internal",
        _ => "error-title-other",
    })
}
