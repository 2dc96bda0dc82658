//! The member directory, and the steward's actions on one member (remove, reset link).

use super::listing::ListQuery;
use super::{MessagePage, Nav, render, settle, when};
use crate::AppState;
use crate::error::PageError;
use crate::extract::{Can, Ids, Inside, MemberPath};
use askama::Template;
use axum::Form;
use axum::extract::{Query, State};
use axum::response::Response;
use convene_app::Ctx;
use convene_app::can;
use convene_app::store::Account;
use convene_domain::Permission;
use convene_domain::text::Reason;
use serde::Deserialize;

pub struct MemberView {
    pub id: i32,
    pub name: String,
    pub organization: String,
    pub roles: String,
    pub guest: bool,
    pub joined: String,
    pub is_me: bool,
}

#[derive(Template)]
#[template(path = "members.html")]
pub struct MembersPage {
    pub nav: Nav,
    pub slug: String,
    pub members: Vec<MemberView>,
    pub pager: super::listing::Pager,
    pub can_remove: bool,
    pub can_reset: bool,
    pub error: Option<String>,
}

async fn members_page(
    st: &AppState,
    account: &Account,
    ctx: &Ctx,
    query: &ListQuery,
    error: Option<String>,
) -> Result<MembersPage, PageError> {
    let rows = st.app.members(&ctx.require()?).await?;
    let slug = ctx.community().slug.clone();
    // E-mail addresses are searched only by those who act on members.
    let by_email = ctx.may(Permission::RemoveMember) || ctx.may(Permission::ChangeRoles);
    let (rows, pager) = super::listing::paged(rows, query, format!("/c/{slug}/members"), |r| {
        let mut t = vec![
            r.account.display_name.as_str(),
            r.organization.name.as_str(),
        ];
        if by_email {
            t.push(r.account.email.as_str());
        }
        t
    });
    let nav = Nav::inside(account, ctx);
    let tr = nav.tr;
    Ok(MembersPage {
        nav,
        slug,
        pager,
        members: rows
            .into_iter()
            .map(|r| {
                let roles = r.roles;
                MemberView {
                    id: r.membership.id,
                    name: r.account.display_name,
                    organization: r.organization.name,
                    roles: super::roles::role_names(tr, roles.named()),
                    guest: roles.is_guest(),
                    joined: when(tr, r.membership.joined_at),
                    is_me: r.account.id == account.id,
                }
            })
            .collect(),
        can_remove: ctx.member().roles.allows(Permission::RemoveMember),
        can_reset: ctx.member().roles.allows(Permission::IssuePasswordReset),
        error,
    })
}

pub async fn members_get(
    State(st): State<AppState>,
    Inside { account, ctx }: Inside,
    Query(query): Query<ListQuery>,
) -> Result<Response, PageError> {
    Ok(render(
        &members_page(&st, &account, &ctx, &query, None).await?,
    ))
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct ReasonForm {
    pub reason: String,
}

/// A steward's action with its reason: permission is checked by the extractor before the
/// input is read, so a denied request is 403 whatever it carries.
pub async fn member_remove_post(
    State(st): State<AppState>,
    Can { account, ctx }: Can<can::RemoveMember>,
    Ids(MemberPath { id }): Ids<MemberPath>,
    Form(form): Form<ReasonForm>,
) -> Result<Response, PageError> {
    let result = match Reason::parse(&form.reason) {
        Ok(r) => st.app.remove_member(&ctx, id, &r).await,
        Err(e) => Err(e.into()),
    };
    let to = format!("/c/{}/members", ctx.community().slug);
    settle(result, super::to(to), |msg| {
        members_page(&st, &account, &ctx, &super::listing::FIRST, Some(msg))
    })
    .await
}

pub async fn reset_issue_post(
    State(st): State<AppState>,
    Can { account, ctx }: Can<can::IssuePasswordReset>,
    Ids(MemberPath { id }): Ids<MemberPath>,
    Form(form): Form<ReasonForm>,
) -> Result<Response, PageError> {
    let result = match Reason::parse(&form.reason) {
        Ok(r) => st.app.issue_password_reset(&ctx, id, &r).await,
        Err(e) => Err(e.into()),
    };
    let done = async |token| {
        let nav = Nav::inside(&account, &ctx);
        Ok(render(&MessagePage {
            title: nav.t("people-members-reset-title"),
            message: nav.t("people-members-reset-message"),
            nav,
            link: Some(format!("{}/reset/{token}", st.cfg.origin())),
            back: None,
        }))
    };
    settle(result, done, |msg| {
        members_page(&st, &account, &ctx, &super::listing::FIRST, Some(msg))
    })
    .await
}
