//! The live agenda wall over SSE. Each stream starts with the current wall (so a client that
//! reconnects catches up at once) and then gets the wall again after every change. A wall is
//! rendered once per version and view in this process and shared by all its streams.

use crate::AppState;
use crate::error::PageError;
use crate::pages::gathering::WallFragment;
use crate::pages::kiosk::KioskFragment;
use crate::session::CurrentAccount;
use askama::Template;
use axum::extract::{Path, Query, State};
use axum::response::sse::{Event, KeepAlive, Sse};
use convene_app::AppError;
use futures_util::Stream;
use serde::Deserialize;
use std::collections::HashMap;
use std::convert::Infallible;
use std::sync::{Arc, Mutex};

/// Which rendering of the wall: the full wall, or the kiosk's (optionally one space).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum View {
    Wall,
    Kiosk(Option<i32>),
}

type Cached = Arc<tokio::sync::Mutex<Option<(i64, Arc<str>)>>>;

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
        slug: &str,
        gathering_id: i32,
        view: &View,
        min_version: i64,
    ) -> Result<(i64, Arc<str>), AppError> {
        let entry = {
            let mut map = self.map.lock().unwrap_or_else(|e| e.into_inner());
            map.entry((gathering_id, view.clone())).or_default().clone()
        };
        let mut cached = entry.lock().await;
        if let Some((v, html)) = cached.as_ref()
            && *v >= min_version
        {
            return Ok((*v, html.clone()));
        }
        let wall = st.app.wall_of(gathering_id).await?;
        let html = match view {
            View::Wall => WallFragment { slug, wall: &wall }.render(),
            View::Kiosk(space) => KioskFragment::new(&wall, *space).render(),
        }
        .map_err(|e| AppError::Internal(e.to_string()))?;
        let out = (wall.version, Arc::<str>::from(html));
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
/// and after every change, until the client leaves or the server shuts down.
pub async fn live_get(
    State(st): State<AppState>,
    CurrentAccount(account): CurrentAccount,
    Path((slug, id)): Path<(String, String)>,
    Query(q): Query<LiveQuery>,
) -> Result<Sse<impl Stream<Item = Result<Event, Infallible>>>, PageError> {
    let ctx = st.app.ctx(&account, &slug).await?;
    let id = crate::path_id(&id)?;
    // Subscribe before reading the gathering: a change committed before the read is in its
    // version, one after it reaches `rx`. The hub starts a new channel at 0 (and drops idle
    // ones), so the first wall must be at least the version read here, not whatever render
    // this process cached while it last had a stream open.
    let rx = st.app.live.subscribe(id);
    let current = st.app.gathering(&ctx, id).await?.version;
    let view = match q.view.as_deref() {
        Some("kiosk") => View::Kiosk(q.space.as_deref().and_then(|s| s.parse().ok())),
        _ => View::Wall,
    };
    let stop = st.cfg.shutdown.clone();
    // The state carries the version this stream sent last: a render shared with other streams
    // may already be newer than the notification that woke this one, and that version is
    // not sent twice.
    let stream = futures_util::stream::unfold(
        (rx, None::<i64>, st, slug, view),
        move |(mut rx, sent, st, slug, view)| {
            let stop = stop.clone();
            async move {
                let min = match sent {
                    None => (*rx.borrow_and_update()).max(current),
                    Some(sent) => loop {
                        tokio::select! {
                            _ = stop.cancelled() => return None,
                            r = rx.changed() => r.ok()?,
                        }
                        let newest = *rx.borrow_and_update();
                        if newest > sent {
                            break newest;
                        }
                    },
                };
                match st.renders.get(&st, &slug, id, &view, min).await {
                    Ok((version, html)) => {
                        let event = Event::default()
                            .event("wall")
                            .id(version.to_string())
                            .data(&*html);
                        Some((Ok(event), (rx, Some(version), st, slug, view)))
                    }
                    Err(e) => {
                        tracing::warn!(error = %e, gathering = id, "live wall failed; closing stream");
                        None
                    }
                }
            }
        },
    );
    Ok(Sse::new(stream).keep_alive(KeepAlive::default()))
}
