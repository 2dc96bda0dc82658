//! The Lean Coffee board over SSE, as `live.rs` does it for walls: each stream starts with the
//! current board and gets it again after every change of the gathering; each version is
//! rendered once per view (participants, hosts) and language in this process and shared by
//! its streams. The board is what every member and guest may read; nothing personal is in it
//! (the page around it marks my votes).

use super::lean::{BoardFragment, LeanPath};
use crate::AppState;
use crate::error::PageError;
use crate::extract::{Can, Ids};
use crate::session::session_token;
use askama::Template;
use axum::body::{Body, Bytes};
use axum::extract::State;
use axum::http::header;
use axum::response::{IntoResponse, Response};
use axum_extra::extract::cookie::CookieJar;
use convene_app::{Allowed, AppError, can};
use convene_domain::Permission;
use convene_domain::ids::GatheringId;
use convene_i18n::{Lang, Tr};
use std::collections::HashMap;
use std::convert::Infallible;
use std::sync::{Arc, Mutex};

type Cached = Arc<tokio::sync::Mutex<Option<(i64, Bytes)>>>;

/// The newest rendering of each (gathering, host view, language).
#[derive(Default)]
pub struct LeanRenders {
    map: Mutex<HashMap<(i32, bool, Lang), Cached>>,
}

impl LeanRenders {
    async fn get(
        &self,
        st: &AppState,
        who: &Allowed<can::TakePart>,
        id: GatheringId,
        host: bool,
        tr: Tr,
        min_version: i64,
    ) -> Result<(i64, Bytes), AppError> {
        let entry = {
            let mut map = self.map.lock().unwrap_or_else(|e| e.into_inner());
            map.entry((id.get(), host, tr.lang())).or_default().clone()
        };
        let mut cached = entry.lock().await;
        if let Some((v, html)) = cached.as_ref()
            && *v >= min_version
        {
            return Ok((*v, html.clone()));
        }
        let board = st.app.shared_lean_board(who, id).await?;
        let html = BoardFragment {
            tr,
            slug: &who.community().slug,
            board: &board,
            host,
        }
        .render()
        .map_err(|e| AppError::Internal(e.to_string()))?;
        let version = board.gathering.version;
        let out = (version, crate::live::frame(version, &html));
        *cached = Some(out.clone());
        Ok(out)
    }
}

/// `GET /c/{slug}/lean/{id}/live`: an event `wall` with the board now and after every change,
/// until the client leaves, the server shuts down or the right to read ends (checked before
/// every push and every 15 s heartbeat).
pub async fn live_get(
    State(st): State<AppState>,
    jar: CookieJar,
    Can { account, ctx }: Can<can::TakePart>,
    Ids(LeanPath { id }): Ids<LeanPath>,
) -> Result<Response, PageError> {
    let rx = st.app.live.subscribe(id.get());
    if !st.app.is_lean_coffee(&ctx, id).await? {
        return Err(AppError::NotFound.into());
    }
    let current = st.app.gathering(&ctx, id).await?.version;
    let host = ctx.may(Permission::HostGathering);
    // Chosen here: the stream is polled after the request's task-local browser language is gone.
    let tr = crate::i18n::for_reader(
        account.language.as_deref(),
        ctx.community().language.as_deref(),
    );
    let session = session_token(&st, &jar).ok_or(AppError::Unauthenticated)?;
    let stop = st.cfg.shutdown.clone();
    let mut beat = tokio::time::interval(std::time::Duration::from_secs(15));
    beat.reset();
    let stream = futures_util::stream::unfold(
        (rx, None::<i64>, st, ctx, beat),
        move |(mut rx, sent, st, ctx, mut beat)| {
            let stop = stop.clone();
            let session = session.clone();
            async move {
                let min = match sent {
                    None => (*rx.borrow_and_update()).max(current),
                    Some(sent) => loop {
                        tokio::select! {
                            _ = stop.cancelled() => return None,
                            _ = beat.tick() => {
                                if !st.app.still_allowed(&ctx, &session).await.unwrap_or(false) {
                                    return None;
                                }
                                let ping = Bytes::from_static(b":\n\n");
                                return Some((Ok::<_, Infallible>(ping), (rx, Some(sent), st, ctx, beat)));
                            }
                            r = rx.changed() => r.ok()?,
                        }
                        let newest = *rx.borrow_and_update();
                        if newest > sent {
                            break newest;
                        }
                    },
                };
                if sent.is_some() && !st.app.still_allowed(&ctx, &session).await.unwrap_or(false) {
                    return None;
                }
                let renders = st.lean_renders.clone();
                match renders.get(&st, &ctx, id, host, tr, min).await {
                    Ok((version, frame)) => Some((Ok(frame), (rx, Some(version), st, ctx, beat))),
                    Err(e) => {
                        tracing::warn!(error = %e, gathering = id.get(), "live board failed; closing stream");
                        None
                    }
                }
            }
        },
    );
    Ok((
        [
            (header::CONTENT_TYPE, "text/event-stream"),
            (header::CACHE_CONTROL, "no-cache"),
        ],
        Body::from_stream(stream),
    )
        .into_response())
}
