use super::listing::ListQuery;
use super::{MessagePage, Nav, PersonForm, checked, render, settle, when};
use crate::AppState;
use crate::error::PageError;
use crate::extract::{Can, Ids, Inside, InvitationPath};
use crate::security::{Bucket, ClientAddr};
use crate::session::{MaybeAccount, session_cookie};
use askama::Template;
use axum::Form;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use axum_extra::extract::CookieJar;
use convene_app::Ctx;
use convene_app::can;
use convene_app::invitation::{NewInvitationForm, usage};
use convene_app::store::Account;
use convene_app::{AppError, Message};
use convene_domain::invitation::InvitationKind;
use convene_domain::text::{CallingQuestion, Email, Reason};
use convene_i18n::Tr;
use serde::Deserialize;

pub struct InvitationRow {
    pub id: i32,
    pub kind: String,
    pub email: String,
    pub question: String,
    pub organization: String,
    pub guest: bool,
    pub uses: String,
    pub declines: i32,
    pub expires: String,
    pub status: String,
    /// The status in words ("used up").
    pub state: String,
    pub open: bool,
    /// The e-mail delivery in a sentence (empty: not sent by mail).
    pub delivery: String,
    /// Whether "Resend" is offered (an open personal invitation with an address, and mail).
    pub can_resend: bool,
}

/// Numbers arrive as text so that an empty or odd field is a form error, not a rejection.
#[derive(Deserialize)]
#[serde(default)]
pub struct InviteForm {
    pub kind: String,
    pub email: String,
    pub calling_question: String,
    pub organization_id: String,
    pub guest: Option<String>,
    pub max_uses: String,
    pub days: String,
    /// A gathering id, or empty for the community only.
    pub gathering: String,
}

impl Default for InviteForm {
    fn default() -> Self {
        Self {
            kind: "personal".into(),
            email: String::new(),
            calling_question: String::new(),
            organization_id: String::new(),
            guest: None,
            max_uses: "1".into(),
            days: "14".into(),
            gathering: String::new(),
        }
    }
}

/// The words for the form's number fields.
fn field_key(field: &str) -> &'static str {
    match field {
        "uses" => "error-field-uses",
        "days" => "error-field-days",
        _ => "error-field-organization",
    }
}

fn number(field: &'static str, raw: &str) -> Result<i64, AppError> {
    raw.trim().parse().map_err(|_| {
        Message::t("people-invitations-whole-number")
            .word("field", field_key(field))
            .field(field)
    })
}

#[derive(Template)]
#[template(path = "invitations.html")]
pub struct InvitationsPage {
    pub nav: Nav,
    pub slug: String,
    pub rows: Vec<InvitationRow>,
    pub pager: super::listing::Pager,
    pub organizations: Vec<(String, String)>,
    /// Open gatherings to invite to: (id, title).
    pub gatherings: Vec<(String, String)>,
    pub can_revoke: bool,
    pub form: InviteForm,
    pub created_link: Option<String>,
    pub error: Option<String>,
    /// What was just done (a resend).
    pub notice: Option<String>,
}

async fn invitations_page(
    st: &AppState,
    account: &Account,
    ctx: &Ctx,
    query: &ListQuery,
    form: InviteForm,
    created_link: Option<String>,
    error: Option<String>,
) -> Result<InvitationsPage, PageError> {
    let list = st.app.invitations(&ctx.require()?).await?;
    let deliveries = st.app.invitation_deliveries(&ctx.require()?).await?;
    let mails =
        st.app.settings.mail.is_some() && ctx.may(convene_domain::Permission::CreateInvitation);
    let (orgs, _) = st.app.overview(&ctx.require()?).await?;
    let now = st.app.now();
    let nav = Nav::inside(account, ctx);
    let tr = nav.tr;
    let org_name = |id: i32| {
        orgs.iter()
            .find(|o| o.id == id)
            .map(|o| o.name.clone())
            .unwrap_or_default()
    };
    let mut rows: Vec<InvitationRow> = list
        .iter()
        .map(|i| {
            let u = usage(i);
            InvitationRow {
                id: i.id,
                kind: kind_word(tr, &i.kind),
                email: i.email.clone().unwrap_or_default(),
                question: i.calling_question.clone(),
                organization: org_name(i.organization_id),
                guest: i.guest,
                uses: format!("{}/{}", i.uses, i.max_uses),
                declines: i.declines,
                expires: when(tr, i.expires_at),
                status: u.status(now).to_owned(),
                state: state_word(tr, u.status(now)),
                open: u.check(now).is_ok(),
                delivery: deliveries
                    .get(&i.id)
                    .map(|d| delivery_line(tr, d))
                    .unwrap_or_default(),
                can_resend: mails && i.email.is_some() && u.check(now).is_ok(),
            }
        })
        .collect();
    // Open invitations first; newest first within each group (the list comes newest first).
    rows.sort_by_key(|r| !r.open);
    let slug = ctx.community().slug.clone();
    let (rows, pager) = super::listing::paged(rows, query, format!("/c/{slug}/invitations"), |r| {
        vec![
            r.email.as_str(),
            r.question.as_str(),
            r.organization.as_str(),
            r.state.as_str(),
            r.kind.as_str(),
        ]
    });
    Ok(InvitationsPage {
        nav,
        slug,
        rows,
        pager,
        organizations: orgs
            .iter()
            .map(|o| (o.id.to_string(), o.name.clone()))
            .collect(),
        can_revoke: ctx.may(convene_domain::Permission::RevokeInvitation),
        gatherings: st
            .app
            .gatherings(&ctx.require()?)
            .await?
            .into_iter()
            .filter(|g| g.phase != "closed")
            .map(|g| (g.id.to_string(), g.title))
            .collect(),
        form,
        created_link,
        error,
        notice: None,
    })
}

/// The delivery state as the inviter reads it (the mail server's error as it said it).
fn delivery_line(tr: Tr, d: &convene_app::invitation_mail::Delivery) -> String {
    match (d.state.as_str(), d.sent_at) {
        ("sent", Some(at)) => tr.t1("people-invitations-sent", "date", when(tr, at)),
        ("failed", _) => tr.t2(
            "people-invitations-failed",
            "count",
            d.attempts,
            "error",
            d.last_error.as_str(),
        ),
        _ if d.attempts > 0 => tr.t2(
            "people-invitations-retrying",
            "count",
            d.attempts,
            "error",
            d.last_error.as_str(),
        ),
        _ => tr.t("people-invitations-waiting"),
    }
}

/// An invitation's kind code as a word.
fn kind_word(tr: Tr, kind: &str) -> String {
    match kind {
        "personal" => tr.t("people-invitations-kind-personal"),
        "link" => tr.t("people-invitations-kind-link"),
        other => other.to_owned(),
    }
}

/// An invitation's status code (`domain::invitation::Usage::status`) as a word.
fn state_word(tr: Tr, status: &str) -> String {
    tr.t(match status {
        "accepted" => "people-invitations-state-accepted",
        "declined" => "people-invitations-state-declined",
        "revoked" => "people-invitations-state-revoked",
        "used-up" => "people-invitations-state-used-up",
        "expired" => "people-invitations-state-expired",
        "pending" => "people-invitations-state-pending",
        "open" => "people-invitations-state-open",
        other => return other.replace('-', " "),
    })
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct InvitationsQuery {
    /// The invitation just sent again.
    pub resent: Option<i32>,
}

pub async fn invitations_get(
    State(st): State<AppState>,
    Inside { account, ctx }: Inside,
    Query(query): Query<ListQuery>,
    Query(q): Query<InvitationsQuery>,
) -> Result<Response, PageError> {
    let mut page = invitations_page(
        &st,
        &account,
        &ctx,
        &query,
        InviteForm::default(),
        None,
        None,
    )
    .await?;
    if let Some(row) = q
        .resent
        .and_then(|id| page.rows.iter().find(|r| r.id == id))
    {
        page.notice = Some(
            page.nav
                .t1("people-invitations-resent", "email", row.email.as_str()),
        );
    }
    Ok(render(&page))
}

pub async fn invitation_resend_post(
    State(st): State<AppState>,
    Can { account, ctx }: Can<can::CreateInvitation>,
    Ids(InvitationPath { id }): Ids<InvitationPath>,
) -> Result<Response, PageError> {
    let slug = ctx.community().slug.clone();
    let result = st.app.resend_invitation(&ctx.require()?, id).await;
    settle(
        result,
        async |()| {
            Ok(Redirect::to(&format!(
                "/c/{slug}/invitations?resent={}#inv-{}",
                id.get(),
                id.get()
            ))
            .into_response())
        },
        |msg| {
            invitations_page(
                &st,
                &account,
                &ctx,
                &super::listing::FIRST,
                InviteForm::default(),
                None,
                Some(msg),
            )
        },
    )
    .await
}

pub fn parse_invite(f: &InviteForm) -> Result<NewInvitationForm, AppError> {
    let kind = InvitationKind::parse(&f.kind)
        .ok_or(Message::t("people-invitations-choose-kind").field("kind"))?;
    let email = match f.email.trim() {
        "" => None,
        e => Some(Email::parse(e)?),
    };
    let organization_id = i32::try_from(number("organization", &f.organization_id)?)
        .map_err(|_| Message::t("error-choose-organization").field("organization"))?;
    Ok(NewInvitationForm {
        kind,
        email,
        calling_question: CallingQuestion::parse(&f.calling_question)?,
        organization_id,
        guest: checked(&f.guest),
        max_uses: number("uses", &f.max_uses)?,
        days: number("days", &f.days)?,
        gathering_id: match f.gathering.trim() {
            "" => None,
            g => Some(g.parse().map_err(|_| {
                Message::t("people-invitations-choose-gathering").field("gathering")
            })?),
        },
    })
}

pub async fn invitations_post(
    State(st): State<AppState>,
    Can { account, ctx }: Can<can::CreateInvitation>,

    Form(form): Form<InviteForm>,
) -> Result<Response, PageError> {
    let result = match parse_invite(&form) {
        Ok(f) => st.app.create_invitation(&ctx.require()?, &f).await,
        Err(e) => Err(e),
    };
    settle(
        result,
        async |(_, token)| {
            let link = format!("{}/invite/{token}", st.cfg.origin());
            Ok((
                StatusCode::CREATED,
                render(
                    &invitations_page(
                        &st,
                        &account,
                        &ctx,
                        &super::listing::FIRST,
                        InviteForm::default(),
                        Some(link),
                        None,
                    )
                    .await?,
                ),
            )
                .into_response())
        },
        |msg| {
            invitations_page(
                &st,
                &account,
                &ctx,
                &super::listing::FIRST,
                form,
                None,
                Some(msg),
            )
        },
    )
    .await
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct RevokeForm {
    pub reason: String,
}

pub async fn invitation_revoke_post(
    State(st): State<AppState>,
    Can { account, ctx }: Can<can::RevokeInvitation>,
    Ids(InvitationPath { id }): Ids<InvitationPath>,
    Form(form): Form<RevokeForm>,
) -> Result<Response, PageError> {
    let slug = ctx.community().slug.clone();
    let result = match Reason::parse(&form.reason) {
        Ok(r) => st.app.revoke_invitation(&ctx.require()?, id, &r).await,
        Err(e) => Err(e.into()),
    };
    settle(
        result,
        async |()| Ok(Redirect::to(&format!("/c/{slug}/invitations")).into_response()),
        |msg| {
            invitations_page(
                &st,
                &account,
                &ctx,
                &super::listing::FIRST,
                InviteForm::default(),
                None,
                Some(msg),
            )
        },
    )
    .await
}

#[derive(Template)]
#[template(path = "invite.html")]
pub struct InvitePage {
    pub nav: Nav,
    pub token: String,
    pub community: String,
    pub question: String,
    pub inviter: String,
    pub organization: String,
    pub guest: bool,
    pub expires: String,
    pub signed_in: bool,
    pub form: PersonForm,
    pub error: Option<String>,
    /// The gathering the invitation is for.
    pub gathering: Option<String>,
    /// The identity providers one may accept with.
    pub providers: Vec<convene_app::oidc::ProviderInfo>,
}

async fn invite_page(
    st: &AppState,
    account: Option<&Account>,
    token: String,
    form: PersonForm,
    error: Option<String>,
) -> Result<InvitePage, PageError> {
    let v = st.app.invitation_view(&token).await?;
    let mut form = form.redisplay();
    if form.email.is_empty() {
        form.email = v.invitation.email.clone().unwrap_or_default();
    }
    let nav = account.map(Nav::of).unwrap_or_default();
    let tr = nav.tr;
    Ok(InvitePage {
        nav,
        token,
        community: v.community.name,
        question: v.invitation.calling_question,
        inviter: v.inviter.unwrap_or_else(|| tr.t("people-invite-someone")),
        organization: v.organization,
        guest: v.invitation.guest,
        expires: when(tr, v.invitation.expires_at),
        signed_in: account.is_some(),
        form,
        error,
        gathering: v.gathering.map(|g| g.1),
        providers: st.app.oidc_providers(),
    })
}

pub async fn invite_get(
    State(st): State<AppState>,
    MaybeAccount(account): MaybeAccount,
    Path(token): Path<String>,
) -> Result<Response, PageError> {
    Ok(render(
        &invite_page(&st, account.as_ref(), token, PersonForm::default(), None).await?,
    ))
}

pub async fn invite_accept_post(
    State(st): State<AppState>,
    client: ClientAddr,
    jar: CookieJar,
    MaybeAccount(account): MaybeAccount,
    Path(token): Path<String>,
    Form(form): Form<PersonForm>,
) -> Result<Response, PageError> {
    if let Err(limited) = st.limit(Bucket::Redeem, &client) {
        return Ok(limited.into_response());
    }
    // An invitation to a gathering lands on the gathering (read before the last use is taken).
    let gathering = st
        .app
        .invitation_view(&token)
        .await
        .ok()
        .and_then(|v| v.gathering.map(|g| g.0));
    let result = match &account {
        Some(a) => st.app.accept_invitation(&token, a).await.map(|c| (c, None)),
        None => match form.person() {
            Ok(person) => st
                .app
                .accept_invitation_new_account(&token, &person)
                .await
                .map(|(c, s)| (c, Some(s))),
            Err(e) => Err(e),
        },
    };
    settle(
        result,
        async |(c, session)| {
            let jar = match session {
                Some(s) => jar.add(session_cookie(&st, s)),
                None => jar,
            };
            let to = match gathering {
                Some(g) => format!("/c/{}/g/{g}?welcome=1", c.slug),
                None => format!("/c/{}?welcome=1", c.slug),
            };
            Ok((jar, Redirect::to(&to)).into_response())
        },
        async |msg| Ok(invite_page(&st, account.as_ref(), token, form, Some(msg)).await?),
    )
    .await
}

pub async fn invite_decline_post(
    State(st): State<AppState>,
    client: ClientAddr,
    Path(token): Path<String>,
) -> Result<Response, PageError> {
    if let Err(limited) = st.limit(Bucket::Redeem, &client) {
        return Ok(limited.into_response());
    }
    let c = st.app.decline_invitation(&token).await?;
    let nav = Nav::default();
    Ok(render(&MessagePage {
        title: nav.t("people-invite-declined-title"),
        message: nav.t1("people-invite-declined", "community", c.name.as_str()),
        nav,
        link: None,
        back: None,
    }))
}
