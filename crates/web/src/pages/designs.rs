//! Designs and a community's library on pages: the community's library beside the catalog,
//! composing a design from timed blocks, a design with its start times, attribution chain and
//! remix lineage (a small SVG drawn here), fork, publish, a facilitator's sheet; the public
//! library of everything published on this server and each work's file at a stable URL; and
//! a gathering run from a design, with the facilitator's timer every screen follows.

use crate::AppState;
use crate::error::PageError;
use axum::extract::{Path, State};
use convene_app::AppError;
use convene_app::library::WorkKind;
use convene_practice::{Activity, Block};
use serde::Deserialize;

/// What a block is called: its own title, else its practice's title from the catalog.
pub fn block_title(b: &Block) -> String {
    match &b.activity {
        Activity::Free { title } => title.as_str().into(),
        Activity::Practice { title: Some(t), .. } => t.as_str().into(),
        Activity::Practice { practice, title: None } => super::library::catalog()
            .practices
            .get(practice)
            .map_or_else(|| practice.as_str().into(), |p| p.title.as_str().into()),
    }
}

fn kind_of(plural: &str) -> Result<WorkKind, PageError> {
    match plural {
        "practices" => Ok(WorkKind::Practice),
        "designs" => Ok(WorkKind::Design),
        _ => Err(AppError::NotFound.into()),
    }
}

#[derive(Deserialize)]
pub struct PublicPath {
    community: String,
    kind: String,
    work: String,
}

/// `GET /library/c/{community}/{kind}/{work}/export.json` (and `export.md`): the file of a
/// published work, for anyone and for other servers' import by URL.
pub async fn public_file_json(
    State(st): State<AppState>,
    Path(p): Path<PublicPath>,
) -> Result<axum::response::Response, PageError> {
    public_file(&st, &p, "json").await
}

pub async fn public_file_md(
    State(st): State<AppState>,
    Path(p): Path<PublicPath>,
) -> Result<axum::response::Response, PageError> {
    public_file(&st, &p, "md").await
}

async fn public_file(
    st: &AppState,
    p: &PublicPath,
    format: &str,
) -> Result<axum::response::Response, PageError> {
    let kind = kind_of(&p.kind)?;
    let (_, w) = st.app.published_work(&p.community, kind, &p.work).await?;
    Ok(crate::api::library::file_response(&w.doc, Some(format))?)
}
