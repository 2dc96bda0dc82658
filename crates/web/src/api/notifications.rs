//! My notifications over the API: the inbox (only what I may still read), marking read, and
//! my e-mail choice per kind. The same use-cases as the inbox page.

use super::{ApiJson, ApiResult};
use crate::AppState;
use crate::extract::Ids;
use crate::session::ApiAccount;
use axum::Json;
use axum::extract::State;
use axum::http::StatusCode;
use convene_app::AppError;
use convene_app::notify::Choice;
use convene_domain::ids::NotificationId;
use convene_domain::notify::{Kind, MailMode};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

#[derive(Serialize, ToSchema)]
pub struct NotificationDto {
    id: i32,
    #[schema(schema_with = super::limits::notification_kind)]
    kind: String,
    /// The content it is about (absent for an invitation or an action due).
    content_id: Option<i32>,
    read: bool,
    /// Unix seconds.
    at: i64,
    /// What happened, in a sentence.
    text: String,
    /// Where, as a path on this server.
    link: String,
}

#[utoipa::path(get, path = "/api/v1/me/notifications", responses((status = 200, body = [NotificationDto])))]
pub async fn notifications(
    State(st): State<AppState>,
    ApiAccount(account): ApiAccount,
) -> ApiResult<Json<Vec<NotificationDto>>> {
    Ok(Json(
        st.app
            .inbox(&account)
            .await?
            .into_iter()
            .map(|i| NotificationDto {
                id: i.id.get(),
                kind: i.kind.as_str().to_owned(),
                content_id: i.content_id,
                read: i.read,
                at: i.at,
                text: i.text,
                link: i.link,
            })
            .collect(),
    ))
}

#[derive(Debug, Clone, Copy, Deserialize)]
pub struct NotificationIdPath {
    pub id: NotificationId,
}

#[utoipa::path(post, path = "/api/v1/me/notifications/{id}/read", params(("id" = i32, Path)), responses((status = 204)))]
pub async fn notification_read(
    State(st): State<AppState>,
    ApiAccount(account): ApiAccount,
    Ids(NotificationIdPath { id }): Ids<NotificationIdPath>,
) -> ApiResult<StatusCode> {
    st.app.mark_read(&account, Some(id)).await?;
    Ok(StatusCode::NO_CONTENT)
}

#[utoipa::path(post, path = "/api/v1/me/notifications/read", responses((status = 204)))]
pub async fn notifications_read(
    State(st): State<AppState>,
    ApiAccount(account): ApiAccount,
) -> ApiResult<StatusCode> {
    st.app.mark_read(&account, None).await?;
    Ok(StatusCode::NO_CONTENT)
}

#[derive(Serialize, Deserialize, ToSchema)]
pub struct NotificationSettingDto {
    #[schema(schema_with = super::limits::notification_kind)]
    kind: String,
    #[schema(schema_with = super::limits::mail_mode)]
    mode: String,
}

#[utoipa::path(get, path = "/api/v1/me/notification-settings", responses((status = 200, body = [NotificationSettingDto])))]
pub async fn settings(
    State(st): State<AppState>,
    ApiAccount(account): ApiAccount,
) -> ApiResult<Json<Vec<NotificationSettingDto>>> {
    Ok(Json(
        st.app
            .notification_choices(&account)
            .await?
            .into_iter()
            .map(|c| NotificationSettingDto {
                kind: c.kind.as_str().to_owned(),
                mode: c.mode.as_str().to_owned(),
            })
            .collect(),
    ))
}

#[utoipa::path(put, path = "/api/v1/me/notification-settings", request_body = Vec<NotificationSettingDto>, responses((status = 204)))]
pub async fn settings_put(
    State(st): State<AppState>,
    ApiAccount(account): ApiAccount,
    ApiJson(input): ApiJson<Vec<NotificationSettingDto>>,
) -> ApiResult<StatusCode> {
    let mut choices = Vec::new();
    for s in input.iter().take(Kind::ALL.len() * 2) {
        let kind = Kind::parse(&s.kind)
            .ok_or_else(|| AppError::field("kind", "not a kind of notification"))?;
        let mode = MailMode::parse(&s.mode)
            .ok_or_else(|| AppError::field("mode", "choose now, digest or never"))?;
        choices.push(Choice { kind, mode });
    }
    st.app.set_notification_choices(&account, &choices).await?;
    Ok(StatusCode::NO_CONTENT)
}
