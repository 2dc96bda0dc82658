use super::{MessagePage, Nav, Outcome, PersonForm, again, checked, outcome, render, when};
use crate::AppState;
use crate::error::PageError;
use crate::security::{Bucket, ClientAddr};
use crate::session::{CurrentAccount, MaybeAccount, session_cookie};
use askama::Template;
use axum::Form;
use axum::extract::{Path, Query, State};
use axum::response::{IntoResponse, Redirect, Response};
use axum_extra::extract::CookieJar;
use convene_app::AppError;
use convene_app::community::Ctx;
use convene_app::store::{Account, Community};
use convene_domain::text::{CommunityName, OrgName, Purpose, Reason};
use convene_domain::{Permission, Role, RoleSet};
use serde::Deserialize;

pub struct OrgView {
    pub name: String,
    pub home: bool,
}

#[derive(Template)]
#[template(path = "community.html")]
pub struct CommunityPage {
    pub nav: Nav,
    pub name: String,
    pub purpose: String,
    pub open: bool,
    pub organizations: Vec<OrgView>,
    pub member_count: u64,
    pub my_roles: String,
}

#[derive(Template)]
#[template(path = "join.html")]
pub struct JoinPage {
    pub nav: Nav,
    pub slug: String,
    pub name: String,
    pub purpose: String,
    pub signed_in: bool,
    pub form: PersonForm,
    pub error: Option<String>,
}

impl JoinPage {
    fn new(
        account: Option<&Account>,
        c: Community,
        form: PersonForm,
        error: Option<String>,
    ) -> Self {
        JoinPage {
            nav: account.map(Nav::of).unwrap_or_default(),
            slug: c.slug,
            name: c.name,
            purpose: c.purpose,
            signed_in: account.is_some(),
            form,
            error,
        }
    }
}

/// A member sees the community; a signed-in outsider of an open community sees how to join;
/// an anonymous visitor of an open community may sign up; anyone else finds nothing.
pub async fn community_get(
    State(st): State<AppState>,
    MaybeAccount(account): MaybeAccount,
    Path(slug): Path<String>,
) -> Result<Response, PageError> {
    let Some(account) = account else {
        return match st.app.open_community(&slug).await {
            Ok(c) => Ok(render(&JoinPage::new(None, c, PersonForm::default(), None))),
            Err(_) => Err(AppError::Unauthenticated.into()),
        };
    };
    let ctx = match st.app.ctx(&account, &slug).await {
        Ok(ctx) => ctx,
        Err(AppError::NotFound) => {
            let c = st.app.open_community(&slug).await?;
            return Ok(render(&JoinPage::new(
                Some(&account),
                c,
                PersonForm::default(),
                None,
            )));
        }
        Err(e) => return Err(e.into()),
    };
    let (orgs, member_count) = st.app.overview(&ctx).await?;
    Ok(render(&CommunityPage {
        nav: Nav::inside(&account, &ctx),
        name: ctx.community.name.clone(),
        purpose: ctx.community.purpose.clone(),
        open: ctx.community.open,
        organizations: orgs
            .into_iter()
            .map(|o| OrgView {
                name: o.name,
                home: o.is_home,
            })
            .collect(),
        member_count,
        my_roles: ctx
            .member
            .roles
            .iter()
            .map(Role::label)
            .collect::<Vec<_>>()
            .join(", "),
    }))
}

pub async fn join_post(
    State(st): State<AppState>,
    client: ClientAddr,
    jar: CookieJar,
    MaybeAccount(account): MaybeAccount,
    Path(slug): Path<String>,
    Form(form): Form<PersonForm>,
) -> Result<Response, PageError> {
    if let Some(account) = account {
        let c = st.app.join_open(&account, &slug).await?;
        return Ok(Redirect::to(&format!("/c/{}", c.slug)).into_response());
    }
    if let Err(limited) = st.limit(Bucket::Redeem, &client) {
        return Ok(limited.into_response());
    }
    let parsed = form.person();
    let result = match parsed {
        Ok(person) => st.app.join_open_new_account(&slug, &person).await,
        Err(e) => Err(e),
    };
    match outcome(result)? {
        Outcome::Done((c, session)) => Ok((
            jar.add(session_cookie(&st, session)),
            Redirect::to(&format!("/c/{}", c.slug)),
        )
            .into_response()),
        Outcome::Again(msg) => {
            let c = st.app.open_community(&slug).await?;
            Ok(again(&JoinPage::new(None, c, form.redisplay(), Some(msg))))
        }
    }
}

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
    pub can_remove: bool,
    pub can_reset: bool,
    pub error: Option<String>,
}

async fn members_page(
    st: &AppState,
    account: &Account,
    ctx: &Ctx,
    error: Option<String>,
) -> Result<MembersPage, PageError> {
    let rows = st.app.members(ctx).await?;
    Ok(MembersPage {
        nav: Nav::inside(account, ctx),
        slug: ctx.community.slug.clone(),
        members: rows
            .into_iter()
            .map(|r| {
                let roles =
                    RoleSet::decode(&r.membership.roles).unwrap_or_else(|_| RoleSet::guest());
                MemberView {
                    id: r.membership.id,
                    name: r.account.display_name,
                    organization: r.organization.name,
                    roles: roles
                        .named()
                        .map(Role::label)
                        .collect::<Vec<_>>()
                        .join(", "),
                    guest: roles.is_guest(),
                    joined: when(r.membership.joined_at),
                    is_me: r.account.id == account.id,
                }
            })
            .collect(),
        can_remove: ctx.member.roles.allows(Permission::RemoveMember),
        can_reset: ctx.member.roles.allows(Permission::IssuePasswordReset),
        error,
    })
}

pub async fn members_get(
    State(st): State<AppState>,
    CurrentAccount(account): CurrentAccount,
    Path(slug): Path<String>,
) -> Result<Response, PageError> {
    let ctx = st.app.ctx(&account, &slug).await?;
    Ok(render(&members_page(&st, &account, &ctx, None).await?))
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct ReasonForm {
    pub reason: String,
}

/// Runs a privileged action that needs a reason. Permission is checked before the input, so
/// a denied request is 403 whatever it carries; a missing reason or a conflict comes back as
/// a message for the page to show.
async fn with_reason<T>(
    ctx: &Ctx,
    permission: Permission,
    form: &ReasonForm,
    action: impl AsyncFnOnce(Reason) -> Result<T, AppError>,
) -> Result<Outcome<T>, PageError> {
    ctx.member.require(permission).map_err(AppError::from)?;
    let result = match Reason::parse(&form.reason) {
        Ok(r) => action(r).await,
        Err(e) => Err(e.into()),
    };
    outcome(result)
}

pub async fn member_remove_post(
    State(st): State<AppState>,
    CurrentAccount(account): CurrentAccount,
    Path((slug, id)): Path<(String, String)>,
    Form(form): Form<ReasonForm>,
) -> Result<Response, PageError> {
    let id = crate::path_id(&id)?;
    let ctx = st.app.ctx(&account, &slug).await?;
    match with_reason(&ctx, Permission::RemoveMember, &form, async |r| {
        st.app.remove_member(&ctx, id, &r).await
    })
    .await?
    {
        Outcome::Done(()) => Ok(Redirect::to(&format!("/c/{slug}/members")).into_response()),
        Outcome::Again(msg) => Ok(again(&members_page(&st, &account, &ctx, Some(msg)).await?)),
    }
}

pub async fn reset_issue_post(
    State(st): State<AppState>,
    CurrentAccount(account): CurrentAccount,
    Path((slug, id)): Path<(String, String)>,
    Form(form): Form<ReasonForm>,
) -> Result<Response, PageError> {
    let id = crate::path_id(&id)?;
    let ctx = st.app.ctx(&account, &slug).await?;
    match with_reason(&ctx, Permission::IssuePasswordReset, &form, async |r| st.app.issue_password_reset(&ctx, id, &r).await).await? {
        Outcome::Done(token) => Ok(render(&MessagePage {
            nav: Nav::inside(&account, &ctx),
            title: "Password reset link".into(),
            message: "Give this link to the person yourself. It works once, for one day. It is shown only now.".into(),
            link: Some(format!("{}/reset/{token}", st.cfg.origin())),
        })),
        Outcome::Again(msg) => Ok(again(&members_page(&st, &account, &ctx, Some(msg)).await?)),
    }
}

pub struct RoleRow {
    pub id: i32,
    pub name: String,
    pub organization: String,
    pub guest: bool,
    pub current: String,
    pub has: Vec<(String, String, bool)>,
}

#[derive(Template)]
#[template(path = "roles.html")]
pub struct RolesPage {
    pub nav: Nav,
    pub slug: String,
    pub rows: Vec<RoleRow>,
    pub matrix: Vec<(String, Vec<bool>)>,
    pub role_names: Vec<String>,
    pub error: Option<String>,
}

async fn roles_page(
    st: &AppState,
    account: &Account,
    ctx: &Ctx,
    error: Option<String>,
) -> Result<RolesPage, PageError> {
    ctx.member
        .require(Permission::ChangeRoles)
        .map_err(AppError::from)?;
    let mut rows: Vec<RoleRow> = st
        .app
        .members(ctx)
        .await?
        .into_iter()
        .map(|r| {
            let roles = RoleSet::decode(&r.membership.roles).unwrap_or_else(|_| RoleSet::guest());
            RoleRow {
                id: r.membership.id,
                name: r.account.display_name,
                organization: r.organization.name,
                guest: roles.is_guest(),
                current: roles
                    .named()
                    .map(Role::label)
                    .collect::<Vec<_>>()
                    .join(", "),
                has: Role::NAMED
                    .iter()
                    .map(|n| {
                        (
                            n.as_str().to_owned(),
                            n.label().to_owned(),
                            roles.contains(*n),
                        )
                    })
                    .collect(),
            }
        })
        .collect();
    // Those holding roles first; the sort is stable, so names stay in order within each group.
    rows.sort_by_key(|r| r.current.is_empty());
    Ok(RolesPage {
        nav: Nav::inside(account, ctx),
        slug: ctx.community.slug.clone(),
        rows,
        matrix: convene_domain::permission::MATRIX
            .iter()
            .map(|(p, allowed)| {
                (
                    format!("{p:?}"),
                    Role::ALL.iter().map(|r| allowed.contains(r)).collect(),
                )
            })
            .collect(),
        role_names: Role::ALL.iter().map(|r| r.label().to_owned()).collect(),
        error,
    })
}

pub async fn roles_get(
    State(st): State<AppState>,
    CurrentAccount(account): CurrentAccount,
    Path(slug): Path<String>,
) -> Result<Response, PageError> {
    let ctx = st.app.ctx(&account, &slug).await?;
    Ok(render(&roles_page(&st, &account, &ctx, None).await?))
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct RolesForm {
    pub guest: Option<String>,
    pub steward: Option<String>,
    pub host: Option<String>,
    pub curator: Option<String>,
    pub community_builder: Option<String>,
    pub network_analyst: Option<String>,
    pub reason: String,
}

impl RolesForm {
    pub fn roles(&self) -> RoleSet {
        let named = [
            (Role::Steward, &self.steward),
            (Role::Host, &self.host),
            (Role::Curator, &self.curator),
            (Role::CommunityBuilder, &self.community_builder),
            (Role::NetworkAnalyst, &self.network_analyst),
        ];
        RoleSet::new(
            checked(&self.guest),
            named
                .into_iter()
                .filter(|(_, v)| checked(v))
                .map(|(r, _)| r),
        )
    }
}

pub async fn roles_post(
    State(st): State<AppState>,
    CurrentAccount(account): CurrentAccount,
    Path((slug, id)): Path<(String, String)>,
    Form(form): Form<RolesForm>,
) -> Result<Response, PageError> {
    let id = crate::path_id(&id)?;
    let ctx = st.app.ctx(&account, &slug).await?;
    let reason = ReasonForm {
        reason: form.reason.clone(),
    };
    match with_reason(&ctx, Permission::ChangeRoles, &reason, async |r| {
        st.app.change_roles(&ctx, id, form.roles(), &r).await
    })
    .await?
    {
        Outcome::Done(()) => Ok(Redirect::to(&format!("/c/{slug}/roles")).into_response()),
        Outcome::Again(msg) => Ok(again(&roles_page(&st, &account, &ctx, Some(msg)).await?)),
    }
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct SettingsForm {
    pub name: String,
    pub purpose: String,
    pub open: Option<String>,
    pub reason: String,
}

#[derive(Template)]
#[template(path = "settings.html")]
pub struct SettingsPage {
    pub nav: Nav,
    pub slug: String,
    pub name: String,
    pub purpose: String,
    pub open: bool,
    pub organizations: Vec<OrgView>,
    pub error: Option<String>,
}

async fn settings_page(
    st: &AppState,
    account: &Account,
    ctx: &Ctx,
    form: Option<&SettingsForm>,
    error: Option<String>,
) -> Result<SettingsPage, PageError> {
    ctx.member
        .require(Permission::EditSettings)
        .map_err(AppError::from)?;
    let (orgs, _) = st.app.overview(ctx).await?;
    let c = &ctx.community;
    Ok(SettingsPage {
        nav: Nav::inside(account, ctx),
        slug: ctx.community.slug.clone(),
        name: form.map_or_else(|| c.name.clone(), |f| f.name.clone()),
        purpose: form.map_or_else(|| c.purpose.clone(), |f| f.purpose.clone()),
        open: form.map_or(c.open, |f| checked(&f.open)),
        organizations: orgs
            .into_iter()
            .map(|o| OrgView {
                name: o.name,
                home: o.is_home,
            })
            .collect(),
        error,
    })
}

pub async fn settings_get(
    State(st): State<AppState>,
    CurrentAccount(account): CurrentAccount,
    Path(slug): Path<String>,
) -> Result<Response, PageError> {
    let ctx = st.app.ctx(&account, &slug).await?;
    Ok(render(
        &settings_page(&st, &account, &ctx, None, None).await?,
    ))
}

pub async fn settings_post(
    State(st): State<AppState>,
    CurrentAccount(account): CurrentAccount,
    Path(slug): Path<String>,
    Form(form): Form<SettingsForm>,
) -> Result<Response, PageError> {
    let ctx = st.app.ctx(&account, &slug).await?;
    let reason = ReasonForm {
        reason: form.reason.clone(),
    };
    let outcome = with_reason(&ctx, Permission::EditSettings, &reason, async |r| {
        let name = CommunityName::parse(&form.name)?;
        let purpose = Purpose::parse(&form.purpose)?;
        st.app
            .update_settings(&ctx, &name, &purpose, checked(&form.open), &r)
            .await
    })
    .await?;
    match outcome {
        Outcome::Done(_) => Ok(Redirect::to(&format!("/c/{slug}/settings")).into_response()),
        Outcome::Again(msg) => Ok(again(
            &settings_page(&st, &account, &ctx, Some(&form), Some(msg)).await?,
        )),
    }
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct OrganizationForm {
    pub name: String,
    pub reason: String,
}

pub async fn organization_post(
    State(st): State<AppState>,
    CurrentAccount(account): CurrentAccount,
    Path(slug): Path<String>,
    Form(form): Form<OrganizationForm>,
) -> Result<Response, PageError> {
    let ctx = st.app.ctx(&account, &slug).await?;
    let reason = ReasonForm {
        reason: form.reason.clone(),
    };
    let outcome = with_reason(&ctx, Permission::EditSettings, &reason, async |r| {
        let name = OrgName::parse(&form.name)?;
        st.app.add_partner(&ctx, &name, &r).await
    })
    .await?;
    match outcome {
        Outcome::Done(_) => Ok(Redirect::to(&format!("/c/{slug}/settings")).into_response()),
        Outcome::Again(msg) => Ok(again(
            &settings_page(&st, &account, &ctx, None, Some(msg)).await?,
        )),
    }
}

pub struct AuditView {
    pub id: i32,
    pub at: String,
    pub actor: String,
    pub action: String,
    pub target: String,
    pub reason: String,
}

#[derive(Template)]
#[template(path = "audit.html")]
pub struct AuditPage {
    pub nav: Nav,
    pub entries: Vec<AuditView>,
    pub older: Option<i32>,
}

#[derive(Deserialize)]
pub struct AuditQuery {
    pub before: Option<String>,
}

pub async fn audit_get(
    State(st): State<AppState>,
    CurrentAccount(account): CurrentAccount,
    Path(slug): Path<String>,
    Query(q): Query<AuditQuery>,
) -> Result<Response, PageError> {
    let ctx = st.app.ctx(&account, &slug).await?;
    let before = q.before.as_deref().map(crate::path_id).transpose()?;
    let entries = st.app.audit_log(&ctx, before).await?;
    let names: std::collections::HashMap<i32, String> = st
        .app
        .members(&ctx)
        .await?
        .into_iter()
        .map(|r| (r.account.id, r.account.display_name))
        .collect();
    let older = (entries.len() as u64 == convene_app::community::AUDIT_PAGE)
        .then(|| entries.last().map(|e| e.id))
        .flatten();
    Ok(render(&AuditPage {
        nav: Nav::inside(&account, &ctx),
        entries: entries
            .into_iter()
            .map(|e| AuditView {
                id: e.id,
                at: when(e.at),
                actor: e.actor_id.map_or_else(
                    || "system".into(),
                    |id| {
                        names
                            .get(&id)
                            .cloned()
                            .unwrap_or_else(|| format!("account #{id}"))
                    },
                ),
                action: e.action,
                target: e.target,
                reason: e.reason,
            })
            .collect(),
        older,
    }))
}
