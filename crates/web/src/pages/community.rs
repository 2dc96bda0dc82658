//! A community's own page, and joining an open community.

use super::{Nav, PersonForm, render, settle};
use crate::AppState;
use crate::error::PageError;
use crate::security::{Bucket, ClientAddr};
use crate::session::{MaybeAccount, session_cookie};
use askama::Template;
use axum::Form;
use axum::extract::{Path, State};
use axum::response::{IntoResponse, Redirect, Response};
use axum_extra::extract::CookieJar;
use convene_app::AppError;
use convene_app::gathering::NextGathering;
use convene_app::store::{Account, Community};
use convene_i18n::Tr;

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
    /// Written by locale.
    pub member_count: String,
    pub my_roles: String,
    /// The next gathering: (link, title, when, phase label).
    pub next: Option<NextView>,
    /// One next step for each part the person plays: (link, words, as whom).
    pub steps: Vec<(String, String, String)>,
    /// Just joined through an invitation.
    pub welcome: bool,
    pub me: String,
    pub can_create: bool,
    /// The community's initiatives, newest first.
    pub initiatives: Vec<convene_app::initiative::InitiativeCard>,
}

pub struct NextView {
    pub link: String,
    pub title: String,
    pub when: String,
    pub phase: String,
}

#[derive(serde::Deserialize, Default)]
#[serde(default)]
pub struct Welcome {
    pub welcome: String,
}

/// The next step for a host and for a participant, given where the gathering is.
fn steps(
    tr: Tr,
    ctx: &convene_app::Ctx,
    base: &str,
    n: &NextGathering,
) -> Vec<(String, String, String)> {
    use convene_domain::Permission;
    use convene_domain::gathering::{Phase, Rsvp};
    let mut out = Vec::new();
    let host = ctx.may(Permission::HostGathering);
    if host {
        let phase_step =
            |to: Phase, words: &str| (format!("{base}/phase?to={}", to.as_str()), tr.t(words));
        let (link, words) = match n.phase {
            _ if !n.has_grid => (format!("{base}#setup"), tr.t("people-step-grid")),
            Phase::Invitation => phase_step(Phase::Marketplace, "people-step-open-marketplace"),
            Phase::Marketplace => phase_step(Phase::Sessions, "people-step-start-sessions"),
            Phase::Sessions => phase_step(Phase::Convergence, "people-step-converge"),
            Phase::Convergence | Phase::Closed => phase_step(Phase::Closed, "people-step-close"),
        };
        out.push((link, words, tr.t("people-step-as-host")));
    }
    let (link, words) = match (n.phase, n.my_rsvp) {
        (Phase::Convergence, _) => (format!("{base}/converge"), "people-step-dots"),
        (Phase::Sessions, _) => (format!("{base}#wall"), "people-step-now"),
        (_, None | Some(Rsvp::Maybe)) => (base.to_owned(), "people-step-answer"),
        (Phase::Marketplace, Some(Rsvp::Yes)) => {
            (format!("{base}#marketplace"), "people-step-propose")
        }
        (Phase::Invitation, Some(Rsvp::Yes)) => (base.to_owned(), "people-step-read"),
        _ => (base.to_owned(), "people-step-see"),
    };
    let who = if host {
        tr.t("people-step-as-participant")
    } else {
        String::new()
    };
    out.push((link, tr.t(words), who));
    out
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
    axum::extract::Query(welcome): axum::extract::Query<Welcome>,
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
    let (orgs, member_count) = st.app.overview(&ctx.require()?).await?;
    let next = st.app.next_gathering(&ctx.require()?).await?;
    let base = |n: &NextGathering| format!("/c/{}/g/{}", ctx.community().slug, n.gathering.id);
    let nav = Nav::inside(&account, &ctx);
    let tr = nav.tr;
    Ok(render(&CommunityPage {
        steps: next
            .as_ref()
            .map(|n| steps(tr, &ctx, &base(n), n))
            .unwrap_or_default(),
        next: next.as_ref().map(|n| NextView {
            link: base(n),
            title: n.gathering.title.clone(),
            when: n.starts.map_or_else(
                || tr.t("people-community-no-date"),
                |t| {
                    let zone = convene_app::gathering::zone_of(&n.gathering);
                    zone.map_or_else(
                        |_| super::when(tr, t),
                        |z| {
                            let (d, h) = z.local(t);
                            format!(
                                "{} ({})",
                                crate::i18n::when(tr, &format!("{d} {h}")),
                                z.name()
                            )
                        },
                    )
                },
            ),
            phase: crate::i18n::phase(tr, n.phase),
        }),
        welcome: welcome.welcome == "1",
        me: account.display_name.clone(),
        can_create: st.app.may_create_community(&account),
        nav,
        name: ctx.community().name.clone(),
        purpose: ctx.community().purpose.clone(),
        open: ctx.community().open,
        organizations: orgs
            .into_iter()
            .map(|o| OrgView {
                name: o.name,
                home: o.is_home,
            })
            .collect(),
        member_count: tr.number(i64::try_from(member_count).unwrap_or(i64::MAX)),
        my_roles: super::roles::role_names(tr, ctx.member().roles.iter()),
        initiatives: st.app.initiatives(&ctx.require()?).await?,
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
    settle(
        result,
        async |(c, session)| {
            Ok((
                jar.add(session_cookie(&st, session)),
                Redirect::to(&format!("/c/{}", c.slug)),
            )
                .into_response())
        },
        async |msg| {
            let c = st.app.open_community(&slug).await?;
            Ok(JoinPage::new(None, c, form.redisplay(), Some(msg)))
        },
    )
    .await
}
