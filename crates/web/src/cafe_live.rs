//! The World Café's live part over SSE: the round, its timer, "your suggested table", the
//! notes at your table and the tables, sent now and after every change of the gathering. Unlike
//! the Open Space wall this rendering is personal (it names your table), so each stream
//! renders its own: one database read per stream and change.

use crate::AppState;
use crate::error::PageError;
use crate::extract::{Can, GatheringPath, Ids};
use crate::pages::cafe::{CafeNow, ends_at};
use crate::session::session_token;
use askama::Template;
use axum::body::{Body, Bytes};
use axum::extract::State;
use axum::http::header;
use axum::response::{IntoResponse, Response};
use axum_extra::extract::cookie::CookieJar;
use convene_app::{Allowed, AppError, can};
use std::convert::Infallible;

/// `GET /c/{slug}/g/{id}/cafe/live`: an event `wall` with the café's live part, now and after
/// every change, until the client leaves, the server stops or the right to read ends.
pub async fn cafe_live_get(
    State(st): State<AppState>,
    jar: CookieJar,
    Can { account, ctx }: Can<can::TakePart>,
    Ids(GatheringPath { id }): Ids<GatheringPath>,
) -> Result<Response, PageError> {
    let rx = st.app.live.subscribe(id.get());
    st.app.cafe(&ctx, id).await?;
    let session = session_token(&st, &jar).ok_or(AppError::Unauthenticated)?;
    // Chosen here: the stream is polled after the request's task-local browser language is gone.
    let tr = crate::i18n::for_reader(
        account.language.as_deref(),
        ctx.community().language.as_deref(),
    );
    let stop = st.cfg.shutdown.clone();
    let mut beat = tokio::time::interval(std::time::Duration::from_secs(15));
    beat.reset();
    let stream = futures_util::stream::unfold(
        (rx, true, st, ctx, beat),
        move |(mut rx, first, st, ctx, mut beat)| {
            let stop = stop.clone();
            let session = session.clone();
            async move {
                if !first {
                    tokio::select! {
                        _ = stop.cancelled() => return None,
                        _ = beat.tick() => {
                            if !still(&st, &ctx, &session).await {
                                return None;
                            }
                            let ping = Bytes::from_static(b":\n\n");
                            return Some((Ok::<_, Infallible>(ping), (rx, false, st, ctx, beat)));
                        }
                        r = rx.changed() => r.ok()?,
                    }
                    if !still(&st, &ctx, &session).await {
                        return None;
                    }
                }
                let version = *rx.borrow_and_update();
                match render(&st, &ctx, id, tr).await {
                    Ok(html) => Some((Ok(frame(version, &html)), (rx, false, st, ctx, beat))),
                    Err(e) => {
                        tracing::warn!(error = %e, gathering = id.get(), "live café failed; closing stream");
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

async fn render(
    st: &AppState,
    ctx: &Allowed<can::TakePart>,
    id: convene_domain::ids::GatheringId,
    tr: convene_i18n::Tr,
) -> Result<String, AppError> {
    let v = st.app.cafe(ctx, id).await?;
    let ends = ends_at(&v);
    CafeNow {
        tr,
        slug: &ctx.community().slug,
        v: &v,
        ends_at: &ends,
    }
    .render()
    .map_err(|e| AppError::Internal(e.to_string()))
}

async fn still(st: &AppState, who: &Allowed<can::TakePart>, session: &str) -> bool {
    st.app.still_allowed(who, session).await.unwrap_or(false)
}

fn frame(version: i64, html: &str) -> Bytes {
    let mut out = format!("event: wall\nid: {version}\n");
    for line in html.split('\n') {
        out.push_str("data: ");
        out.push_str(line.strip_suffix('\r').unwrap_or(line));
        out.push('\n');
    }
    out.push('\n');
    Bytes::from(out)
}
