//! Server-rendered pages: one small handler per page action (`members_get`, `roles_post` ...),
//! each extracting input, calling one use-case and rendering one template.

mod account;
pub(crate) mod agenda;
mod audit;
mod auth;
pub(crate) mod cafe;
mod calendar;
mod community;
pub(crate) mod contributions;
pub mod designs;
mod edits;
pub(crate) mod flash;
pub(crate) mod gathering;
pub(crate) mod governance;
mod harvest;
mod here;
mod home;
mod inbox;
mod initiatives;
mod invite;
pub(crate) mod kiosk;
pub(crate) mod lean;
pub(crate) mod lean_live;
pub mod library;
mod listing;
mod members;
pub(crate) mod moderation;
mod network;
mod network_health;
mod network_map;
mod network_words;
mod oidc;
mod passkey;
pub(crate) mod phone;
mod proceedings;
mod roles;
pub(crate) mod search;
mod session_edit;
mod settings;
mod setup;
mod suggest;
pub(crate) mod threads;

use crate::AppState;
use crate::error::PageError;
use askama::Template;
use axum::Router;
use axum::http::{StatusCode, header};
use axum::response::{Html, IntoResponse, Redirect, Response};
use axum::routing::{get, post};
use convene_app::store::Account;
use convene_app::{AppError, Ctx, Kind};
use convene_domain::Permission;
use convene_domain::text::NewPerson;
use convene_i18n::{Arg, Tr};

pub use auth::safe_next;

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/", get(home::home_get))
        .route("/library", get(library::library_get))
        .route("/library/practices/{slug}", get(library::practice_get))
        .route("/library/patterns/{slug}", get(library::pattern_get))
        .route("/schema/{name}", get(library::schema_get))
        .route("/library/published", get(designs::published_get))
        .route(
            "/library/c/{community}/{kind}/{work}",
            get(designs::public_get),
        )
        .route(
            "/library/c/{community}/{kind}/{work}/export.json",
            get(designs::public_file_json),
        )
        .route(
            "/library/c/{community}/{kind}/{work}/export.md",
            get(designs::public_file_md),
        )
        .route("/communities/new", get(home::community_new_get))
        .route("/communities", post(home::community_create_post))
        .route(
            "/setup/{token}",
            get(auth::setup_get).post(auth::setup_post),
        )
        .route("/signin", get(auth::signin_get).post(auth::signin_post))
        .route("/signout", post(auth::signout_post))
        .route(
            "/reset/{token}",
            get(auth::reset_get).post(auth::reset_post),
        )
        .route("/c/{slug}", get(community::community_get))
        .route("/c/{slug}/join", post(community::join_post))
        .route("/c/{slug}/members", get(members::members_get))
        .route(
            "/c/{slug}/members/{id}/remove",
            post(members::member_remove_post),
        )
        .route(
            "/c/{slug}/members/{id}/reset",
            post(members::reset_issue_post),
        )
        .route("/c/{slug}/roles", get(roles::roles_get))
        .route("/c/{slug}/roles/{id}", post(roles::roles_post))
        .route(
            "/c/{slug}/settings",
            get(settings::settings_get).post(settings::settings_post),
        )
        .route(
            "/c/{slug}/settings/organizations",
            post(settings::organization_post),
        )
        .route(
            "/c/{slug}/settings/second-factor",
            post(settings::second_factor_post),
        )
        .route("/c/{slug}/settings/language", post(settings::language_post))
        .route("/c/{slug}/audit", get(audit::audit_get))
        .route(
            "/c/{slug}/content/{content_id}/flag",
            post(moderation::flag_post),
        )
        .route("/c/{slug}/governance", get(governance::overview_get))
        .route("/c/{slug}/governance/accept", post(governance::accept_post))
        .route("/c/{slug}/governance/rules", post(governance::rule_post))
        .route(
            "/c/{slug}/governance/policies/{document}",
            get(governance::policy_get),
        )
        .route(
            "/c/{slug}/governance/decisions",
            post(governance::propose_post),
        )
        .route(
            "/c/{slug}/governance/decisions/{decision_id}",
            get(governance::decision_get),
        )
        .route(
            "/c/{slug}/governance/decisions/{decision_id}/respond",
            post(governance::respond_post),
        )
        .route(
            "/c/{slug}/governance/decisions/{decision_id}/answer",
            post(governance::answer_post),
        )
        .route(
            "/c/{slug}/governance/decisions/{decision_id}/advice",
            post(governance::advice_post),
        )
        .route(
            "/c/{slug}/governance/decisions/{decision_id}/close",
            post(governance::close_post),
        )
        .route("/c/{slug}/moderation", get(moderation::queue_get))
        .route("/c/{slug}/moderation/log", get(moderation::log_get))
        .route(
            "/c/{slug}/moderation/{case_id}/claim",
            post(moderation::claim_post),
        )
        .route(
            "/c/{slug}/moderation/{case_id}/decision",
            post(moderation::decision_post),
        )
        .route(
            "/c/{slug}/moderation/{case_id}/appeal",
            post(moderation::appeal_post),
        )
        .route(
            "/c/{slug}/moderation/{case_id}/appeal/decision",
            post(moderation::appeal_decision_post),
        )
        .route(
            "/c/{slug}/invitations",
            get(invite::invitations_get).post(invite::invitations_post),
        )
        .route(
            "/c/{slug}/invitations/{id}/revoke",
            post(invite::invitation_revoke_post),
        )
        .route(
            "/c/{slug}/invitations/{id}/resend",
            post(invite::invitation_resend_post),
        )
        .route(
            "/c/{slug}/g",
            get(gathering::gatherings_get).post(gathering::gathering_create_post),
        )
        .route("/c/{slug}/g/{id}", get(gathering::gathering_get))
        .route("/c/{slug}/g/{id}/live", get(crate::live::live_get))
        .route("/c/{slug}/g/{id}/kiosk", get(kiosk::kiosk_get))
        .route("/c/{slug}/g/{id}/display", post(kiosk::display_link_post))
        .route(
            "/c/{slug}/g/{id}/display/revoke",
            post(kiosk::display_revoke_post),
        )
        .route("/display/{token}", get(kiosk::display_get))
        .route("/display/{token}/wall", get(kiosk::display_wall_get))
        .route("/c/{slug}/g/{id}/rsvp", post(gathering::rsvp_post))
        .route(
            "/c/{slug}/g/{id}/phase",
            get(setup::phase_get).post(gathering::phase_post),
        )
        .route("/c/{slug}/g/{id}/setup", get(setup::setup_get))
        .route("/c/{slug}/g/{id}/details", post(setup::details_post))
        .route("/c/{slug}/g/{id}/spaces", post(gathering::space_post))
        .route(
            "/c/{slug}/g/{id}/spaces/remove",
            get(setup::space_remove_get).post(gathering::space_remove_post),
        )
        .route(
            "/c/{slug}/g/{id}/spaces/{space}",
            post(setup::space_edit_post),
        )
        .route("/c/{slug}/g/{id}/slots", post(gathering::slot_post))
        .route("/c/{slug}/g/{id}/slots/{slot}", post(setup::slot_edit_post))
        .route(
            "/c/{slug}/g/{id}/slots/{slot}/remove",
            get(setup::slot_remove_get).post(setup::slot_remove_post),
        )
        .route("/c/{slug}/g/{id}/locks", post(gathering::lock_post))
        .route("/c/{slug}/g/{id}/sessions", post(agenda::convene_post))
        .route("/c/{slug}/g/{id}/checkout", post(agenda::checkout_post))
        .route("/c/{slug}/g/{id}/s/{sid}", get(agenda::session_get))
        .route("/c/{slug}/g/{id}/s/{sid}/place", post(agenda::place_post))
        .route("/c/{slug}/g/{id}/s/{sid}/swap", post(agenda::swap_post))
        .route("/c/{slug}/g/{id}/now", get(phone::phone_get))
        .route(
            "/c/{slug}/g/{id}/s/{sid}/edit",
            post(session_edit::edit_post),
        )
        .route(
            "/c/{slug}/g/{id}/s/{sid}/withdraw",
            post(session_edit::withdraw_post),
        )
        .route(
            "/c/{slug}/g/{id}/s/{sid}/merge",
            post(agenda::merge_propose_post),
        )
        .route(
            "/c/{slug}/g/{id}/s/{sid}/merge/accept",
            post(agenda::merge_accept_post),
        )
        .route(
            "/c/{slug}/g/{id}/s/{sid}/merge/host",
            post(agenda::merge_host_post),
        )
        .route(
            "/c/{slug}/g/{id}/s/{sid}/interest",
            post(agenda::interest_post),
        )
        .route(
            "/c/{slug}/g/{id}/s/{sid}/checkin",
            post(agenda::checkin_post),
        )
        .route(
            "/c/{slug}/g/{id}/s/{sid}/report",
            post(harvest::report_post),
        )
        .route("/c/{slug}/g/{id}/s/{sid}/named", post(harvest::named_post))
        .route("/c/{slug}/g/{id}/converge", get(harvest::converge_get))
        .route(
            "/c/{slug}/g/{id}/suggest",
            get(suggest::suggest_get).post(suggest::suggest_post),
        )
        .route("/c/{slug}/g/{id}/votes", post(harvest::vote_post))
        .route("/c/{slug}/g/{id}/actions", post(harvest::action_post))
        .route(
            "/c/{slug}/g/{id}/actions/{aid}/volunteer",
            post(harvest::volunteer_post),
        )
        .route(
            "/c/{slug}/g/{id}/actions/{aid}/status",
            post(harvest::status_post),
        )
        .route(
            "/c/{slug}/g/{id}/proceedings",
            get(proceedings::proceedings_get),
        )
        .route(
            "/c/{slug}/g/{id}/proceedings.md",
            get(proceedings::proceedings_md_get),
        )
        .route(
            "/c/{slug}/g/{id}/proceedings.pdf",
            get(proceedings::proceedings_pdf_get),
        )
        .route(
            "/c/{slug}/g/{id}/agenda.ics",
            get(proceedings::agenda_ics_get),
        )
        .route("/c/{slug}/g/{id}/my.ics", get(proceedings::my_ics_get))
        .route(
            "/c/{slug}/g/{id}/calendar",
            get(calendar::calendar_get).post(calendar::calendar_post),
        )
        .route(
            "/c/{slug}/g/{id}/calendar/stop",
            post(calendar::calendar_stop_post),
        )
        .route("/calendar/{file}", get(calendar::feed_get))
        .route(
            "/c/{slug}/g/{id}/cafe",
            get(cafe::cafe_get).post(cafe::create_post),
        )
        .route(
            "/c/{slug}/g/{id}/cafe/live",
            get(crate::cafe_live::cafe_live_get),
        )
        .route("/c/{slug}/g/{id}/cafe/rounds", post(cafe::round_post))
        .route("/c/{slug}/g/{id}/cafe/tables", post(cafe::table_post))
        .route(
            "/c/{slug}/g/{id}/cafe/tables/{tid}/host",
            post(cafe::host_post),
        )
        .route("/c/{slug}/g/{id}/cafe/plan", post(cafe::plan_post))
        .route("/c/{slug}/g/{id}/cafe/join", post(cafe::join_post))
        .route("/c/{slug}/g/{id}/cafe/leave", post(cafe::leave_post))
        .route("/c/{slug}/g/{id}/cafe/start", post(cafe::start_post))
        .route("/c/{slug}/g/{id}/cafe/pause", post(cafe::pause_post))
        .route("/c/{slug}/g/{id}/cafe/sit", post(cafe::sit_post))
        .route("/c/{slug}/g/{id}/cafe/notes", post(cafe::note_post))
        .route("/c/{slug}/g/{id}/cafe/harvest", get(cafe::harvest_get))
        .route("/c/{slug}/g/{id}/cafe/themes", post(cafe::themes_post))
        .route(
            "/c/{slug}/g/{id}/cafe/notes/{tid}/theme",
            post(cafe::move_post),
        )
        .route(
            "/c/{slug}/g/{id}/cafe/proceedings.md",
            get(cafe::proceedings_md_get),
        )
        .route(
            "/c/{slug}/g/{id}/cafe/proceedings.pdf",
            get(cafe::proceedings_pdf_get),
        )
        .route(
            "/c/{slug}/g/{id}/sessions.csv",
            get(proceedings::sessions_csv_get),
        )
        .route(
            "/c/{slug}/g/{id}/presence.csv",
            get(proceedings::presence_csv_get),
        )
        .route(
            "/c/{slug}/g/{id}/actions.csv",
            get(proceedings::actions_csv_get),
        )
        .route("/c/{slug}/library", get(designs::community_library_get))
        .route("/c/{slug}/library/import", post(designs::import_post))
        .route("/c/{slug}/library/designs", post(designs::create_post))
        .route("/c/{slug}/library/designs/new", get(designs::new_get))
        .route("/c/{slug}/library/designs/{work}", get(designs::design_get))
        .route(
            "/c/{slug}/library/designs/{work}/sheet",
            get(designs::sheet_get),
        )
        .route(
            "/c/{slug}/library/designs/{work}/sheet.pdf",
            get(designs::sheet_pdf),
        )
        .route(
            "/c/{slug}/library/designs/{work}/fork",
            post(designs::fork_post),
        )
        .route(
            "/c/{slug}/library/designs/{work}/publish",
            post(designs::publish_post),
        )
        .route(
            "/c/{slug}/library/designs/{work}/run",
            post(designs::run_post),
        )
        .route(
            "/c/{slug}/library/designs/{work}/delete",
            post(designs::delete_post),
        )
        .route(
            "/c/{slug}/library/practices/{work}",
            get(designs::practice_get),
        )
        .route(
            "/c/{slug}/library/files/{kind}/{work}/export.md",
            get(designs::member_file_md),
        )
        .route(
            "/c/{slug}/library/files/{kind}/{work}/export.json",
            get(designs::member_file_json),
        )
        .route("/c/{slug}/g/{id}/run", get(designs::run_get))
        .route("/c/{slug}/g/{id}/run/timer", post(designs::timer_post))
        .route("/c/{slug}/g/{id}/run/live", get(designs::run_live))
        .route(
            "/c/{slug}/threads",
            get(threads::threads_get).post(threads::create_post),
        )
        .route("/c/{slug}/search", get(search::search_get))
        .route("/c/{slug}/threads/new", get(threads::new_get))
        .route("/c/{slug}/threads/{tid}", get(threads::thread_get))
        .route("/c/{slug}/threads/{tid}/reply", get(threads::reply_get))
        .route("/c/{slug}/threads/{tid}/replies", post(threads::reply_post))
        .route("/c/{slug}/threads/{tid}/edit", post(threads::edit_post))
        .route("/c/{slug}/threads/{tid}/delete", post(threads::delete_post))
        .route("/c/{slug}/threads/{tid}/follow", post(threads::follow_post))
        .route("/c/{slug}/threads/{tid}/offer", post(threads::offer_post))
        .route("/c/{slug}/threads/{tid}/pin", post(threads::pin_post))
        .route("/c/{slug}/network", get(network_map::map_get))
        .route("/c/{slug}/network.json", get(network_map::map_json))
        .route("/c/{slug}/network.graphml", get(network_map::graphml_get))
        .route("/c/{slug}/network.gexf", get(network_map::gexf_get))
        .route(
            "/c/{slug}/network-nodes.csv",
            get(network_map::nodes_csv_get),
        )
        .route("/c/{slug}/network-ties.csv", get(network_map::ties_csv_get))
        .route("/c/{slug}/network/health", get(network_health::health_get))
        .route("/c/{slug}/network/groups", get(network_health::groups_get))
        .route(
            "/c/{slug}/network/me",
            get(network::network_prefs_get).post(network::network_prefs_post),
        )
        .route("/invite/{token}", get(invite::invite_get))
        .route("/invite/{token}/accept", post(invite::invite_accept_post))
        .route("/invite/{token}/decline", post(invite::invite_decline_post))
        .route("/invite/{token}/oidc/{provider}", get(oidc::join_start))
        .route("/signin/oidc/{provider}", get(oidc::signin_start))
        .route("/signin/oidc/{provider}/callback", get(oidc::callback))
        .route("/account/oidc/{provider}/link", get(oidc::link_start))
        .route("/account/oidc/{provider}/unlink", post(oidc::unlink_post))
        .route("/c/{slug}/settings/oidc", post(oidc::tie_post))
        .route("/inbox", get(inbox::inbox_get))
        .route("/inbox/live", get(inbox::live_get))
        .route("/inbox/read", post(inbox::read_all_post))
        .route("/inbox/{id}/read", post(inbox::read_post))
        .route(
            "/account/notifications",
            get(inbox::settings_get).post(inbox::settings_post),
        )
        .route(
            "/unsubscribe/{account}/{kind}/{sig}",
            get(inbox::unsubscribe_get).post(inbox::unsubscribe_post),
        )
        .route("/c/{slug}/public", get(contributions::public_get))
        .route("/c/{slug}/public.atom", get(contributions::atom_get))
        .route(
            "/c/{slug}/contributions",
            get(contributions::list_get).post(contributions::create_post),
        )
        .route("/c/{slug}/contributions/new", get(contributions::new_get))
        .route(
            "/c/{slug}/contributions/queue",
            get(contributions::queue_get),
        )
        .route(
            "/c/{slug}/contributions/{cid}",
            get(contributions::show_get),
        )
        .route(
            "/c/{slug}/contributions/{cid}/edit",
            post(contributions::edit_post),
        )
        .route(
            "/c/{slug}/contributions/{cid}/decision",
            post(contributions::decision_post),
        )
        .route("/account", get(account::account_get))
        .route("/account/name", post(account::account_name_post))
        .route("/account/language", post(account::account_language_post))
        .route("/signin/code", post(auth::signin_code_post))
        .route(
            "/signin/passkey/options",
            post(passkey::sign_in_options_post),
        )
        .route("/signin/passkey", post(passkey::sign_in_post))
        .route(
            "/account/passkeys/options",
            post(passkey::register_options_post),
        )
        .route("/account/passkeys", post(passkey::register_post))
        .route("/account/passkeys/{id}/remove", post(passkey::remove_post))
        .route("/account/totp", post(account::totp_begin_post))
        .route("/account/totp/confirm", post(account::totp_confirm_post))
        .route(
            "/account/second-factor/remove",
            post(account::second_factor_remove_post),
        )
        .route("/account/password", post(account::account_password_post))
        .route(
            "/account/sessions/{id}/end",
            post(account::session_end_post),
        )
        .route("/account/export", get(account::account_export_get))
        .route("/account/delete", post(account::account_delete_post))
        .route("/account/tokens", post(account::token_create_post))
        .route(
            "/account/tokens/{id}/revoke",
            post(account::token_revoke_post),
        )
        .merge(lean::routes())
        .merge(initiatives::routes())
        .merge(edits::routes())
        .layer(axum::middleware::from_fn(here::remember))
}

/// The header of every page: who is signed in, and the community menu when inside one.
#[derive(Clone)]
pub struct Nav {
    pub account: Option<String>,
    pub community: Option<CommunityNav>,
    /// The path of the page being shown, for `aria-current` on the menu.
    pub path: String,
    /// The reader's language (`crate::i18n`): templates say `nav.t("key")`.
    pub tr: Tr,
}

#[derive(Clone)]
pub struct CommunityNav {
    pub slug: String,
    pub name: String,
    pub members: bool,
    pub invitations: bool,
    pub roles: bool,
    pub settings: bool,
    pub audit: bool,
    pub guest: bool,
    pub network: bool,
    pub moderate: bool,
    pub moderation_log: bool,
    pub governance: bool,
    /// Current policies wait to be accepted: the member reads but does not post.
    pub policies_pending: bool,
    /// A suspension in force: until when and why.
    pub suspended_until: Option<i64>,
    pub suspended_reason: String,
}

/// No one signed in, outside any community, in the language the browser asks for.
impl Default for Nav {
    fn default() -> Self {
        Nav {
            account: None,
            community: None,
            path: String::new(),
            tr: crate::i18n::for_reader(None, None),
        }
    }
}

impl Nav {
    /// For someone who is not signed in (the public page, an unsubscribe link).
    pub fn anonymous() -> Self {
        Nav {
            path: here::path(),
            ..Nav::default()
        }
    }

    pub fn of(account: &Account) -> Self {
        Nav {
            account: Some(account.display_name.clone()),
            community: None,
            path: here::path(),
            tr: crate::i18n::for_reader(account.language.as_deref(), None),
        }
    }

    pub fn inside(account: &Account, ctx: &Ctx) -> Self {
        let r = ctx.member().roles;
        Nav {
            account: Some(account.display_name.clone()),
            community: Some(CommunityNav {
                slug: ctx.community().slug.clone(),
                name: ctx.community().name.clone(),
                members: r.allows(Permission::ViewMembers),
                invitations: r.allows(Permission::ViewInvitations),
                roles: r.allows(Permission::ChangeRoles),
                settings: r.allows(Permission::EditSettings),
                audit: r.allows(Permission::ViewAuditLog),
                guest: r.is_guest(),
                network: r.allows(Permission::ViewNetwork),
                moderate: r.allows(Permission::Moderate),
                moderation_log: r.allows(Permission::ViewModerationLog),
                governance: r.allows(Permission::ViewGovernance),
                policies_pending: ctx.policies_pending(),
                suspended_until: ctx.suspended().map(|s| s.0),
                suspended_reason: ctx.suspended().map(|s| s.1.to_owned()).unwrap_or_default(),
            }),
            path: here::path(),
            tr: crate::i18n::for_reader(
                account.language.as_deref(),
                ctx.community().language.as_deref(),
            ),
        }
    }

    /// The reader's language code, for `<html lang>`.
    pub fn lang(&self) -> &'static str {
        self.tr.lang().code()
    }

    pub fn t(&self, key: &str) -> String {
        self.tr.t(key)
    }

    pub fn t1(&self, key: &str, n1: &str, v1: impl Arg) -> String {
        self.tr.t1(key, n1, v1)
    }

    pub fn t2(&self, key: &str, n1: &str, v1: impl Arg, n2: &str, v2: impl Arg) -> String {
        self.tr.t2(key, n1, v1, n2, v2)
    }
}

/// A file to save rather than show.
pub fn download(mime: &'static str, name: String, body: impl IntoResponse) -> Response {
    (
        [
            (header::CONTENT_TYPE, mime.to_owned()),
            (
                header::CONTENT_DISPOSITION,
                format!("attachment; filename=\"{name}\""),
            ),
        ],
        body,
    )
        .into_response()
}

/// A page that says one thing, optionally with a link to copy or follow.
#[derive(Template)]
#[template(path = "message.html")]
pub struct MessagePage {
    pub nav: Nav,
    pub title: String,
    pub message: String,
    pub link: Option<String>,
    /// The community to go back to, else the start.
    pub back: Option<String>,
}

pub fn render(t: &impl Template) -> Response {
    match t.render() {
        Ok(html) => Html(html).into_response(),
        Err(e) => {
            tracing::error!(error = %e, "template failed");
            (StatusCode::INTERNAL_SERVER_ERROR, "Something went wrong.").into_response()
        }
    }
}

/// Unix seconds as the reader writes a moment: `1 December 2026, 10:03 UTC`.
pub fn when(tr: impl crate::i18n::Val<Tr>, ts: i64) -> String {
    tr.val().moment(ts)
}

/// A form post's result, settled one way on every page: done, `done` answers (usually a
/// redirect); a mistake the person can fix (409 conflict, 422 invalid, 401 bad credentials)
/// shows the form again, built by `again` with the message, under that error's status; any
/// other error (403, 404, 410, 500) becomes the error page.
pub async fn settle<T, P, D, F>(
    result: Result<T, AppError>,
    done: impl FnOnce(T) -> D,
    again: impl FnOnce(String) -> F,
) -> Result<Response, PageError>
where
    P: Template,
    D: std::future::Future<Output = Result<Response, PageError>>,
    F: std::future::Future<Output = Result<P, PageError>>,
{
    use AppError::{BadCredentials, Invalid, Stale};
    match result {
        Ok(v) => done(v).await,
        Err(e)
            if matches!(e, Invalid(_) | Stale(_) | BadCredentials)
                || matches!(e.kind(), Some(Kind::Conflict | Kind::Field(_))) =>
        {
            let page = again(crate::error::public_message(&e)).await?;
            Ok((crate::error::status(&e), render(&page)).into_response())
        }
        Err(e) => Err(e.into()),
    }
}

/// `done` for [`settle`]: a redirect to `to`.
pub fn to<T>(to: String) -> impl FnOnce(T) -> std::future::Ready<Result<Response, PageError>> {
    move |_| std::future::ready(Ok(Redirect::to(&to).into_response()))
}

/// The name, e-mail and password of a sign-up form (and the e-mail and password of sign-in).
#[derive(serde::Deserialize, Default)]
#[serde(default)]
pub struct PersonForm {
    pub name: String,
    pub email: String,
    pub password: String,
}

impl PersonForm {
    pub fn person(&self) -> Result<NewPerson, AppError> {
        Ok(NewPerson::parse(&self.name, &self.email, &self.password)?)
    }

    /// The form to show again: a password is never sent back.
    pub fn redisplay(self) -> Self {
        Self {
            password: String::new(),
            ..self
        }
    }
}

pub fn checked(v: &Option<String>) -> bool {
    v.as_deref()
        .is_some_and(|v| v == "on" || v == "true" || v == "1")
}
