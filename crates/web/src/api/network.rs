//! The network over the API: the map (people who agreed by name, everyone else in groups of at
//! least five), its health over time, and the analyst's aggregates. The same use-cases and
//! privacy rules as the pages.

use super::{ApiResult, ErrorDto};
use crate::AppState;
use crate::extract::ApiInside;
use axum::Json;
use axum::extract::State;
use convene_app::network_health::{Groups, Health};
use convene_app::network_map::NetworkMap;

#[utoipa::path(get, path = "/api/v1/communities/{slug}/network", params(("slug" = String, Path)), responses((status = 200, description = "The network map: nodes (people who agreed to share their metrics, and groups of at least five) and edges (summed ties); `computed_at` is null until computed", content_type = "application/json"), (status = 403, body = ErrorDto), (status = 404, body = ErrorDto)))]
pub async fn map(
    State(st): State<AppState>,
    ApiInside { ctx }: ApiInside,
) -> ApiResult<Json<NetworkMap>> {
    Ok(Json(st.app.network_map(&ctx.require()?).await?))
}

#[utoipa::path(get, path = "/api/v1/communities/{slug}/network/health", params(("slug" = String, Path)), responses((status = 200, description = "Community-wide network health and twelve months of history; null until computed or under five people", content_type = "application/json"), (status = 403, body = ErrorDto), (status = 404, body = ErrorDto)))]
pub async fn health(
    State(st): State<AppState>,
    ApiInside { ctx }: ApiInside,
) -> ApiResult<Json<Option<Health>>> {
    Ok(Json(st.app.network_health(&ctx.require()?).await?))
}

#[utoipa::path(get, path = "/api/v1/communities/{slug}/network/groups", params(("slug" = String, Path)), responses((status = 200, description = "Aggregates by organization and cluster (groups of at least five) and introductions between people who agreed; null until computed", content_type = "application/json"), (status = 403, body = ErrorDto), (status = 404, body = ErrorDto)))]
pub async fn groups(
    State(st): State<AppState>,
    ApiInside { ctx }: ApiInside,
) -> ApiResult<Json<Option<Groups>>> {
    Ok(Json(st.app.network_groups(&ctx.require()?).await?))
}
