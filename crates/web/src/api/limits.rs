//! The limits the server enforces on API fields, written into the OpenAPI document from the
//! domain's own constants, so the document and the checks cannot drift apart. Each function
//! is a field's schema (`#[schema(schema_with = …)]`).

use convene_domain::harvest::ActionStatus;
use convene_domain::invitation::{MAX_DAYS, MAX_USES};
use convene_domain::text::*;
use convene_domain::{Role, gathering};
use utoipa::openapi::schema::{ArrayBuilder, Object, ObjectBuilder, Type};

/// Control characters the server refuses (line breaks and tabs are allowed in paragraphs).
const CTRL: &str = r"\u0000-\u001F\u007F-\u009F";
const CTRL_BUT_BREAKS: &str = r"\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F";

fn text(max: usize, allowed: &str, required: bool) -> Object {
    let pattern = if required {
        format!(r"^[^{allowed}]*[^\s{CTRL}][^{allowed}]*$")
    } else {
        format!(r"^[^{allowed}]*$")
    };
    ObjectBuilder::new()
        .schema_type(Type::String)
        .min_length(required.then_some(1))
        .max_length(Some(max))
        .pattern(Some(pattern))
        .build()
}

/// One line: something besides spaces, at most `max` characters, no control characters.
fn line(max: usize) -> Object {
    text(max, CTRL, true)
}

/// Paragraphs: as a line, with line breaks and tabs allowed.
fn para(max: usize) -> Object {
    text(max, CTRL_BUT_BREAKS, true)
}

fn range(min: i64, max: i64) -> Object {
    ObjectBuilder::new()
        .schema_type(Type::Integer)
        .minimum(Some(min as f64))
        .maximum(Some(max as f64))
        .build()
}

macro_rules! limits {
    ($($(#[$doc:meta])* $name:ident = $e:expr;)*) => {
        $($(#[$doc])* pub fn $name() -> Object { $e })*
    };
}

limits! {
    community_name = line(CommunityName::MAX);
    org_name = line(OrgName::MAX);
    purpose = para(Purpose::MAX);
    reason = para(Reason::MAX);
    calling_question = para(CallingQuestion::MAX);
    gathering_title = line(GatheringTitle::MAX);
    invitation_text = para(InvitationText::MAX);
    venue = line(Venue::MAX);
    session_title = line(SessionTitle::MAX);
    /// Empty (or only spaces) for none.
    session_description = text(SessionDescription::MAX, CTRL_BUT_BREAKS, false);
    report_body = para(ReportBody::MAX);
    cafe_note_body = para(CafeNoteBody::MAX);
    action_title = line(ActionTitle::MAX);
    thread_title = line(ThreadTitle::MAX);
    post_body = para(PostBody::MAX);
    topic_title = line(TopicTitle::MAX);
    initiative_title = line(InitiativeTitle::MAX);
    thumb = ObjectBuilder::new()
        .schema_type(Type::String)
        .enum_values(Some(convene_domain::lean::Thumb::ALL.iter().map(|t| t.as_str())))
        .build();
    initiative_step = ObjectBuilder::new()
        .schema_type(Type::String)
        .enum_values(Some(["ask", "invite", "accept", "withdraw"]))
        .build();
    initiative_lead_step = ObjectBuilder::new()
        .schema_type(Type::String)
        .enum_values(Some(["offer", "accept", "decline", "step_down"]))
        .build();
    ask_status = ObjectBuilder::new()
        .schema_type(Type::String)
        .enum_values(Some(convene_domain::initiative::AskStatus::ALL.iter().map(|s| s.as_str())))
        .build();
    contribution_title = line(ContributionTitle::MAX);
    contribution_summary = para(Summary::MAX);
    contribution_body = para(ContributionBody::MAX);
    /// Empty for the author's name.
    attribution = text(Attribution::MAX, CTRL, false);
    license = ObjectBuilder::new()
        .schema_type(Type::String)
        .enum_values(Some(convene_domain::contribution::LICENSES))
        .build();
    outcome = ObjectBuilder::new()
        .schema_type(Type::String)
        .enum_values(Some(["accept", "changes", "decline"]))
        .build();
    notification_kind = ObjectBuilder::new()
        .schema_type(Type::String)
        .enum_values(Some(convene_domain::notify::Kind::ALL.map(|k| k.as_str())))
        .build();
    mail_mode = ObjectBuilder::new()
        .schema_type(Type::String)
        .enum_values(Some(["now", "digest", "never"]))
        .build();
    visibility = ObjectBuilder::new()
        .schema_type(Type::String)
        .enum_values(Some(["public", "network", "organization", "private"]))
        .build();
    /// A date like 2026-12-01, or nothing.
    due_date = ObjectBuilder::new()
        .schema_type(utoipa::openapi::schema::SchemaType::from_iter([Type::String, Type::Null]))
        .pattern(Some(r"^\s*([0-9]{4}-[0-9]{2}-[0-9]{2})?\s*$"))
        .build();
    vote_target = ObjectBuilder::new()
        .schema_type(Type::String)
        .enum_values(Some(["session", "action"]))
        .build();
    action_status = ObjectBuilder::new()
        .schema_type(Type::String)
        .enum_values(Some(ActionStatus::ALL.iter().map(|s| s.as_str())))
        .build();
    dots = range(1, 20);
    max_uses = range(1, i64::from(MAX_USES));
    days = range(1, MAX_DAYS);
    /// 3 to 40 lowercase letters, digits and single hyphens.
    slug = ObjectBuilder::new()
        .schema_type(Type::String)
        .min_length(Some(3))
        .max_length(Some(40))
        .pattern(Some(r"^[a-z0-9]+(-[a-z0-9]+)*$"))
        .build();
    email = ObjectBuilder::new()
        .schema_type(Type::String)
        .max_length(Some(Email::MAX))
        .pattern(Some(r"^[^\s@<>]+@[^\s@<>.][^\s@<>]*\.[^\s@<>]*[^\s@<>.]$"))
        .build();
    /// Up to 8 comma-separated words of letters, digits, spaces and hyphens (30 each).
    features = ObjectBuilder::new()
        .schema_type(Type::String)
        .pattern(Some(r"^ *[\p{L}\p{N}-]?[\p{L}\p{N} -]{0,28}[\p{L}\p{N}-]? *(, *[\p{L}\p{N}-]?[\p{L}\p{N} -]{0,28}[\p{L}\p{N}-]? *){0,7}$"))
        .build();
    invitation_kind = ObjectBuilder::new()
        .schema_type(Type::String)
        .enum_values(Some(["personal", "link"]))
        .build();
    space_name = line(SpaceName::MAX);
    seats = range(1, 10_000);
    /// Empty for none.
    cell_label = text(CellLabel::MAX, CTRL, false);
    /// Empty unless the phase goes one step back.
    optional_reason = text(Reason::MAX, CTRL_BUT_BREAKS, false);
    /// `2026-12-01`
    date = ObjectBuilder::new()
        .schema_type(Type::String)
        .pattern(Some(r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$"))
        .build();
    /// `09:30`
    clock = ObjectBuilder::new()
        .schema_type(Type::String)
        .pattern(Some(r"^[0-9]{2}:[0-9]{2}$"))
        .build();
    slot_kind = ObjectBuilder::new()
        .schema_type(Type::String)
        .enum_values(Some(["sessions", "plenary", "break"]))
        .build();
    phase = ObjectBuilder::new()
        .schema_type(Type::String)
        .enum_values(Some(gathering::Phase::ALL.iter().map(|p| p.as_str())))
        .build();
    /// A time zone name from the IANA database the server has.
    time_zone = ObjectBuilder::new()
        .schema_type(Type::String)
        .enum_values(Some(gathering::zone_names()))
        .build();
}

/// `[space_id, slot_id]`, or null.
pub fn cell() -> utoipa::openapi::schema::Array {
    ArrayBuilder::new()
        .schema_type(utoipa::openapi::schema::SchemaType::from_iter([
            Type::Array,
            Type::Null,
        ]))
        .items(ObjectBuilder::new().schema_type(Type::Integer).format(Some(
            utoipa::openapi::SchemaFormat::KnownFormat(utoipa::openapi::KnownFormat::Int32),
        )))
        .min_items(Some(2))
        .max_items(Some(2))
        .build()
}

/// Role names.
pub fn roles() -> utoipa::openapi::schema::Array {
    ArrayBuilder::new()
        .items(
            ObjectBuilder::new()
                .schema_type(Type::String)
                .enum_values(Some(Role::ALL.iter().map(|r| r.as_str()))),
        )
        .unique_items(true)
        .build()
}
