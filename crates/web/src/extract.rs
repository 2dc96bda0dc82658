//! Typed edges: extractors that turn a request into what a handler needs, once. `Inside` is a
//! signed-in member inside the community named by the path's `{slug}` (outsiders get 404);
//! `Can<P>` also holds the proof of permission `P`, refused with 403 before the handler reads
//! its input; `Ids<T>` reads the path's ids into id types, a malformed one being "not found"
//! like an unknown one. The API's `ApiInside` does the same for bearer tokens.

use crate::AppState;
use crate::error::{ApiError, PageError};
use crate::session::{ApiAccount, CurrentAccount};
use axum::extract::{FromRequestParts, Path, RawPathParams};
use axum::http::request::Parts;
use convene_app::store::Account;
use convene_app::{Allowed, AppError, Ctx};
use convene_domain::ids::{ActionId, GatheringId, InvitationId, MembershipId, SessionId, TokenId};
use convene_domain::permission::can::Power;
use serde::Deserialize;
use serde::de::DeserializeOwned;

/// The `{slug}` of the path.
async fn slug(parts: &mut Parts) -> Result<String, AppError> {
    let params = RawPathParams::from_request_parts(parts, &())
        .await
        .map_err(|_| AppError::NotFound)?;
    params
        .iter()
        .find(|(k, _)| *k == "slug")
        .map(|(_, v)| v.to_owned())
        .ok_or(AppError::NotFound)
}

/// A signed-in member inside the path's community.
pub struct Inside {
    pub account: Account,
    pub ctx: Ctx,
}

impl FromRequestParts<AppState> for Inside {
    type Rejection = PageError;

    async fn from_request_parts(parts: &mut Parts, st: &AppState) -> Result<Self, PageError> {
        let CurrentAccount(account) = CurrentAccount::from_request_parts(parts, st).await?;
        let slug = slug(parts).await?;
        let ctx = st.app.ctx(&account, &slug).await?;
        Ok(Inside { account, ctx })
    }
}

/// A member whose roles allow `P`, checked before anything else of the request is read.
pub struct Can<P: Power> {
    pub account: Account,
    pub ctx: Allowed<P>,
}

impl<P: Power> FromRequestParts<AppState> for Can<P> {
    type Rejection = PageError;

    async fn from_request_parts(parts: &mut Parts, st: &AppState) -> Result<Self, PageError> {
        let Inside { account, ctx } = Inside::from_request_parts(parts, st).await?;
        let ctx = ctx.require::<P>()?;
        Ok(Can { account, ctx })
    }
}

/// An API caller inside the path's community.
pub struct ApiInside {
    pub ctx: Ctx,
}

impl FromRequestParts<AppState> for ApiInside {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, st: &AppState) -> Result<Self, ApiError> {
        let ApiAccount(account) = ApiAccount::from_request_parts(parts, st).await?;
        let slug = slug(parts).await?;
        let ctx = st.app.ctx(&account, &slug).await?;
        Ok(ApiInside { ctx })
    }
}

/// An API caller whose roles allow `P`, checked before the body is read.
pub struct ApiCan<P: Power> {
    pub ctx: Allowed<P>,
}

impl<P: Power> FromRequestParts<AppState> for ApiCan<P> {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, st: &AppState) -> Result<Self, ApiError> {
        let ApiInside { ctx, .. } = ApiInside::from_request_parts(parts, st).await?;
        let ctx = ctx.require::<P>()?;
        Ok(ApiCan { ctx })
    }
}

/// The path's ids; a malformed one is "not found" (a page, or JSON under /api).
pub struct Ids<T>(pub T);

impl<T: DeserializeOwned + Send, S: Send + Sync> FromRequestParts<S> for Ids<T> {
    type Rejection = PageError;

    async fn from_request_parts(parts: &mut Parts, st: &S) -> Result<Self, PageError> {
        Path::<T>::from_request_parts(parts, st)
            .await
            .map(|Path(t)| Ids(t))
            .map_err(|_| PageError(AppError::NotFound))
    }
}

/// `/…/g/{id}`
#[derive(Debug, Clone, Copy, Deserialize)]
pub struct GatheringPath {
    pub id: GatheringId,
}

/// `/…/g/{id}/s/{sid}`
#[derive(Debug, Clone, Copy, Deserialize)]
pub struct SessionPath {
    pub id: GatheringId,
    pub sid: SessionId,
}

/// `/…/g/{id}/actions/{aid}`
#[derive(Debug, Clone, Copy, Deserialize)]
pub struct ActionPath {
    pub id: GatheringId,
    pub aid: ActionId,
}

/// `/…/members/{id}`, `/…/roles/{id}`
#[derive(Debug, Clone, Copy, Deserialize)]
pub struct MemberPath {
    pub id: MembershipId,
}

/// `/…/invitations/{id}`
#[derive(Debug, Clone, Copy, Deserialize)]
pub struct InvitationPath {
    pub id: InvitationId,
}

/// `/account/tokens/{id}`
#[derive(Debug, Clone, Copy, Deserialize)]
pub struct TokenPath {
    pub id: TokenId,
}
