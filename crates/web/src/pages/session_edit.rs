//! A convener edits or withdraws their session, from the session's page.

use super::agenda::{ConfirmPage, after, session_page};
use super::flash::{Back, Done};
use super::{Nav, checked, render};
use crate::AppState;
use crate::error::PageError;
use crate::extract::{Ids, Inside, SessionPath};
use axum::Form;
use axum::extract::State;
use axum::response::Response;
use convene_app::AppError;
use convene_app::session_edit::SessionEdit;
use convene_domain::text::{SessionDescription, SessionTitle};
use serde::Deserialize;

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct EditForm {
    pub title: String,
    pub description: String,
    /// The description's version the writer started from.
    pub base: String,
}

pub async fn edit_post(
    State(st): State<AppState>,
    Inside { account, ctx }: Inside,
    Ids(SessionPath { id, sid }): Ids<SessionPath>,
    Form(form): Form<EditForm>,
) -> Result<Response, PageError> {
    let result = async {
        let edit = SessionEdit {
            title: SessionTitle::parse(&form.title)?,
            description: if form.description.trim().is_empty() {
                None
            } else {
                Some(SessionDescription::parse(&form.description)?)
            },
            base: form
                .base
                .trim()
                .parse()
                .map_err(|_| AppError::field("base", "reload the page and edit again"))?,
        };
        st.app.edit_session(&ctx.require()?, id, sid, &edit).await
    }
    .await;
    if let Err(e @ AppError::Stale(_)) = result {
        // Someone saved in between: the page shows their text, the form keeps this one.
        let mut page =
            session_page(&st, &account, &ctx, (id, sid), None, Some(e.to_string())).await?;
        page.edit_draft = Some(form.description.clone());
        return Ok((crate::error::status(&e), render(&page)).into_response());
    }
    after(
        &st,
        &account,
        &ctx,
        (id, Some(sid)),
        result,
        Back::Session,
        Done::Edited,
    )
    .await
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct WithdrawForm {
    pub confirm: Option<String>,
}

/// Withdrawing needs a confirming post; without it, the question is shown.
pub async fn withdraw_post(
    State(st): State<AppState>,
    Inside { account, ctx }: Inside,
    Ids(SessionPath { id, sid }): Ids<SessionPath>,
    Form(form): Form<WithdrawForm>,
) -> Result<Response, PageError> {
    if !checked(&form.confirm) {
        let s = st.app.session(&ctx.require()?, id, sid).await?.session;
        let session = format!("/c/{}/g/{id}/s/{sid}", ctx.community().slug);
        let nav = Nav::inside(&account, &ctx);
        let tr = nav.tr;
        return Ok(render(&ConfirmPage {
            nav,
            title: tr.t1("os-withdraw-title", "title", &s.title),
            message: tr.t("os-withdraw-message"),
            action: format!("{session}/withdraw"),
            fields: vec![("confirm", "1".into())],
            confirm: tr.t("os-withdraw-confirm"),
            cancel: session,
        }));
    }
    let result = st.app.withdraw_session(&ctx.require()?, id, sid).await;
    after(
        &st,
        &account,
        &ctx,
        (id, None),
        result,
        Back::Wall,
        Done::Withdrawn,
    )
    .await
}

use axum::response::IntoResponse;
