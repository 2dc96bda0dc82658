//! The caller's own account over the API: who they are, and everything convene holds about them.

use super::*;

#[derive(Serialize, ToSchema)]
pub struct Me {
    id: i32,
    email: String,
    display_name: String,
    /// Whether a second factor (TOTP) is on for this account.
    second_factor: bool,
}

#[utoipa::path(get, path = "/api/v1/me", responses((status = 200, body = Me), (status = 401, body = ErrorDto)))]
pub(super) async fn me(
    State(st): State<AppState>,
    ApiAccount(a): ApiAccount,
) -> ApiResult<Json<Me>> {
    let second_factor = st.app.has_second_factor(&a).await?;
    Ok(Json(Me {
        id: a.id,
        email: a.email,
        display_name: a.display_name,
        second_factor,
    }))
}

#[utoipa::path(get, path = "/api/v1/me/export", responses((status = 200, description = "Everything convene holds about you (convene-account-export/1)")))]
pub(super) async fn me_export(
    State(st): State<AppState>,
    ApiAccount(a): ApiAccount,
) -> ApiResult<Json<serde_json::Value>> {
    Ok(Json(st.app.export_account(&a).await?))
}
