//! The live agenda wall over SSE. Each stream starts with the current wall (so a client that
//! reconnects catches up at once) and then gets the wall again after every change. A wall is
//! rendered once per version and view (and language) in this process and shared by all its streams.

use crate::AppState;
use crate::error::PageError;
use crate::extract::{Can, GatheringPath, Ids};
use crate::pages::gathering::WallFragment;
use crate::pages::kiosk::KioskFragment;
use crate::session::session_token;
use askama::Template;
use axum::body::{Body, Bytes};
use axum::extract::{Query, State};
use axum::http::header;
use axum::response::{IntoResponse, Response};
use axum_extra::extract::cookie::CookieJar;
use convene_app::AppError;
use convene_app::{Allowed, can};
use convene_domain::ids::GatheringId;
use convene_i18n::{Lang, Tr};
use serde::Deserialize;
use std::collections::HashMap;
use std::convert::Infallible;
use std::sync::{Arc, Mutex};

/// Which rendering of the wall, in a language: the full wall, or the kiosk's (optionally one
/// space).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum View {
    Wall(Lang),
    Kiosk(Lang, Option<i32>),
}

type Cached = Arc<tokio::sync::Mutex<Option<(i64, Bytes)>>>;

/// The newest rendering of each (gathering, view).
#[derive(Default)]
pub struct Renders {
    map: Mutex<HashMap<(i32, View), Cached>>,
}

impl Renders {
    /// The wall at `min_version` or newer: the first stream to ask renders, the rest share it.
    pub async fn get(
        &self,
        st: &AppState,
        who: &Allowed<can::TakePart>,
        gathering_id: GatheringId,
        view: &View,
        min_version: i64,
    ) -> Result<(i64, Bytes), AppError> {
        let slug = &who.community().slug;
        let entry = {
            let mut map = self.map.lock().unwrap_or_else(|e| e.into_inner());
            map.entry((gathering_id.get(), view.clone()))
                .or_default()
                .clone()
        };
        let mut cached = entry.lock().await;
        if let Some((v, html)) = cached.as_ref()
            && *v >= min_version
        {
            return Ok((*v, html.clone()));
        }
        // The shared wall: the same for everyone in the community, so one render serves all.
        let wall = st.app.shared_wall(who, gathering_id).await?;
        let html = match view {
            View::Wall(lang) => WallFragment {
                slug,
                wall: &wall,
                tr: Tr(*lang),
            }
            .render(),
            View::Kiosk(lang, space) => KioskFragment::new(&wall, *space, Tr(*lang)).render(),
        }
        .map_err(|e| AppError::Internal(e.to_string()))?;
        let out = (wall.version, frame(wall.version, &html));
        *cached = Some(out.clone());
        Ok(out)
    }
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct LiveQuery {
    pub view: Option<String>,
    pub space: Option<String>,
}

/// `GET /c/{slug}/g/{id}/live`: an event `wall` (data: the wall's HTML, id: its version) now
/// and after every change, until the client leaves, the server shuts down or the right to
/// read ends (removed, signed out, session expired, password reset: checked before every
/// push and every heartbeat); a comment line every 15 s keeps proxies from closing an idle
/// stream.
pub async fn live_get(
    State(st): State<AppState>,
    jar: CookieJar,
    Can { account, ctx }: Can<can::TakePart>,
    Ids(GatheringPath { id }): Ids<GatheringPath>,
    Query(q): Query<LiveQuery>,
) -> Result<Response, PageError> {
    // Subscribe before reading the gathering: a change committed before the read is in its
    // version, one after it reaches `rx`. The hub starts a new channel at 0 (and drops idle
    // ones), so the first wall must be at least the version read here, not whatever render
    // this process cached while it last had a stream open.
    let rx = st.app.live.subscribe(id.get());
    let current = st.app.gathering(&ctx, id).await?.version;
    let lang = crate::i18n::for_reader(
        account.language.as_deref(),
        ctx.community().language.as_deref(),
    )
    .lang();
    let view = match (q.view.as_deref(), q.space.as_deref()) {
        (Some("kiosk"), None | Some("")) => View::Kiosk(lang, None),
        (Some("kiosk"), Some(space)) => {
            // Only this gathering's spaces: each view is cached, so ids must not be invented.
            let space = crate::form_id(space)?;
            let wall = st.app.shared_wall(&ctx, id).await?;
            if !wall.spaces.iter().any(|s| s.id == space) {
                return Err(AppError::NotFound.into());
            }
            View::Kiosk(lang, Some(space))
        }
        _ => View::Wall(lang),
    };
    let session = session_token(&st, &jar).ok_or(AppError::Unauthenticated)?;
    let stop = st.cfg.shutdown.clone();
    let mut beat = tokio::time::interval(std::time::Duration::from_secs(15));
    beat.reset();
    // The state carries the version this stream sent last: a render shared with other streams
    // may already be newer than the notification that woke this one, and that version is
    // not sent twice.
    let stream = futures_util::stream::unfold(
        (rx, None::<i64>, st, ctx, view, beat),
        move |(mut rx, sent, st, ctx, view, mut beat)| {
            let stop = stop.clone();
            let session = session.clone();
            async move {
                let min = match sent {
                    None => (*rx.borrow_and_update()).max(current),
                    Some(sent) => loop {
                        tokio::select! {
                            _ = stop.cancelled() => return None,
                            _ = beat.tick() => {
                                if !may_still_read(&st, &ctx, &session).await {
                                    return None;
                                }
                                let ping = Bytes::from_static(b":\n\n");
                                let next = (rx, Some(sent), st, ctx, view, beat);
                                return Some((Ok::<_, Infallible>(ping), next));
                            }
                            r = rx.changed() => r.ok()?,
                        }
                        let newest = *rx.borrow_and_update();
                        if newest > sent {
                            break newest;
                        }
                    },
                };
                if sent.is_some() && !may_still_read(&st, &ctx, &session).await {
                    return None;
                }
                match st.renders.get(&st, &ctx, id, &view, min).await {
                    Ok((version, frame)) => {
                        Some((Ok(frame), (rx, Some(version), st, ctx, view, beat)))
                    }
                    Err(e) => {
                        tracing::warn!(error = %e, gathering = id.get(), "live wall failed; closing stream");
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

/// Whether the stream's reader still has the right to it (an error counts as no).
async fn may_still_read(st: &AppState, who: &Allowed<can::TakePart>, session: &str) -> bool {
    match st.app.still_allowed(who, session).await {
        Ok(yes) => yes,
        Err(e) => {
            tracing::warn!(error = %e, "re-checking a live stream failed; closing it");
            false
        }
    }
}

/// One SSE event `wall` with the version as its id, encoded once and shared by every stream.
pub(crate) fn frame(version: i64, html: &str) -> Bytes {
    let mut out = format!("event: wall\nid: {version}\n");
    for line in html.split('\n') {
        out.push_str("data: ");
        out.push_str(line.strip_suffix('\r').unwrap_or(line));
        out.push('\n');
    }
    out.push('\n');
    Bytes::from(out)
}

#[cfg(test)]
mod tests {
    #[test]
    fn frames_put_every_line_in_a_data_field() {
        let f = super::frame(7, "<p>\r\nhi\n</p>");
        assert_eq!(
            &f[..],
            b"event: wall\nid: 7\ndata: <p>\ndata: hi\ndata: </p>\n\n"
        );
    }
}
