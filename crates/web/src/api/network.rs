//! The network over the API: the map (people who agreed by name, everyone else in groups of at
//! least five), its health over time, and the analyst's aggregates. The same use-cases and
//! the same `privacy::Release` as the pages.

use super::{ApiResult, ErrorDto};
use crate::AppState;
use crate::extract::ApiInside;
use axum::Json;
use axum::extract::State;
use convene_app::network_health::{Groups, Health};
use convene_app::network_map::NetworkMap;

#[utoipa::path(get, path = "/api/v1/communities/{slug}/network", params(("slug" = String, Path)), responses((status = 200, description = "The network map: nodes (people shown by name, who agreed to share their metrics, and groups of at least five not shown by name, with positions `x`, `y`) and edges (summed ties); `computed_at` is null until computed", content_type = "application/json"), (status = 403, body = ErrorDto), (status = 404, body = ErrorDto)))]
pub async fn map(
    State(st): State<AppState>,
    ApiInside { ctx }: ApiInside,
) -> ApiResult<Json<NetworkMap>> {
    Ok(Json(st.app.network_map(&ctx.require()?).await?))
}

#[utoipa::path(get, path = "/api/v1/communities/{slug}/network/health", params(("slug" = String, Path)), responses((status = 200, description = "Community-wide network health and twelve months of history (a month's figures are null where showing them would single out fewer than five people not shown by name; `partial` marks the month not over); null until computed, under five people, or too few people not shown by name to group", content_type = "application/json"), (status = 403, body = ErrorDto), (status = 404, body = ErrorDto)))]
pub async fn health(
    State(st): State<AppState>,
    ApiInside { ctx }: ApiInside,
) -> ApiResult<Json<Option<Health>>> {
    Ok(Json(st.app.network_health(&ctx.require()?).await?))
}

#[utoipa::path(get, path = "/api/v1/communities/{slug}/network/groups", params(("slug" = String, Path)), responses((status = 200, description = "Aggregates over the people not shown by name, by organization and cluster (groups of at least five that no subtraction singles out of fewer), and introductions between people shown by name; null until computed", content_type = "application/json"), (status = 403, body = ErrorDto), (status = 404, body = ErrorDto)))]
pub async fn groups(
    State(st): State<AppState>,
    ApiInside { ctx }: ApiInside,
) -> ApiResult<Json<Option<Groups>>> {
    Ok(Json(st.app.network_groups(&ctx.require()?).await?))
}
