//! The practice library over the API, open to anyone (the catalog is CC-BY-SA-4.0): the list,
//! and each practice as the file of the open format, Markdown or JSON.

use super::{ApiQuery, ApiResult};
use crate::error::ApiError;
use crate::pages::library::catalog;
use axum::Json;
use axum::extract::Path;
use axum::http::header;
use axum::response::{IntoResponse, Response};
use convene_app::AppError;
use convene_practice::{Document, Slug};
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};

#[derive(Serialize, ToSchema)]
pub struct PracticeSummary {
    slug: String,
    title: String,
    license: String,
}

#[utoipa::path(get, path = "/api/v1/practices", security(()), responses((status = 200, body = [PracticeSummary])))]
pub async fn practices() -> Json<Vec<PracticeSummary>> {
    Json(
        catalog()
            .practices
            .values()
            .map(|p| PracticeSummary {
                slug: p.slug.as_str().into(),
                title: p.title.as_str().into(),
                license: p.license.as_str().into(),
            })
            .collect(),
    )
}

#[derive(Deserialize, IntoParams)]
pub struct ExportQuery {
    /// `md` (Markdown with YAML front matter, the default) or `json`.
    #[param(pattern = "^(md|json)$")]
    format: Option<String>,
}

#[utoipa::path(get, path = "/api/v1/practices/{slug}/export", security(()), params(("slug" = String, Path), ExportQuery), responses((status = 200, description = "The practice's file", content_type = "text/markdown")))]
pub async fn practice_export(
    Path(slug): Path<String>,
    ApiQuery(q): ApiQuery<ExportQuery>,
) -> ApiResult<Response> {
    let not_found = || ApiError(AppError::NotFound);
    let slug = Slug::parse(&slug).map_err(|_| not_found())?;
    let p = catalog().practices.get(&slug).ok_or_else(not_found)?;
    let (text, mime, ext) = match q.format.as_deref().unwrap_or("md") {
        "md" => (p.to_markdown(), "text/markdown; charset=utf-8", "md"),
        "json" => (p.to_json(), "application/json", "json"),
        _ => return Err(ApiError(AppError::field("format", "md or json"))),
    };
    let text = text.map_err(|e| ApiError(AppError::Internal(e.to_string())))?;
    Ok((
        [
            (header::CONTENT_TYPE, mime.to_owned()),
            (
                header::CONTENT_DISPOSITION,
                format!("inline; filename=\"{}.{ext}\"", slug.as_str()),
            ),
        ],
        text,
    )
        .into_response())
}
