//! Errors are converted once, here: internals are logged, people see safe text.

use crate::pages::{MessagePage, Nav, render};
use axum::Json;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use convene_app::AppError;
use serde_json::json;

pub fn status(e: &AppError) -> StatusCode {
    match e {
        AppError::Unauthenticated | AppError::BadCredentials => StatusCode::UNAUTHORIZED,
        AppError::Denied(_) => StatusCode::FORBIDDEN,
        AppError::NotFound => StatusCode::NOT_FOUND,
        AppError::Invalid(_) | AppError::Field { .. } => StatusCode::UNPROCESSABLE_ENTITY,
        AppError::Conflict(_) => StatusCode::CONFLICT,
        AppError::Unusable(_) => StatusCode::GONE,
        AppError::Internal(_) => StatusCode::INTERNAL_SERVER_ERROR,
    }
}

/// What a person may read about an error.
pub fn public_message(e: &AppError) -> String {
    match e {
        AppError::Internal(detail) => {
            tracing::error!(%detail, "internal error");
            "Something went wrong on our side. Nothing was changed; please try again.".into()
        }
        AppError::Denied(_) => "You do not have permission to do this in this community.".into(),
        AppError::NotFound => "There is nothing here, or it is not yours to see.".into(),
        e => e.to_string(),
    }
}

/// An error on a page: a full HTML page with the right status (or a redirect to sign in).
#[derive(Debug)]
pub struct PageError(pub AppError);

impl<E: Into<AppError>> From<E> for PageError {
    fn from(e: E) -> Self {
        PageError(e.into())
    }
}

impl IntoResponse for PageError {
    fn into_response(self) -> Response {
        if let AppError::Unauthenticated = self.0 {
            return Redirect::to("/signin").into_response();
        }
        let status = status(&self.0);
        let title = match status {
            StatusCode::FORBIDDEN => "Not allowed",
            StatusCode::NOT_FOUND => "Not found",
            StatusCode::GONE => "This invitation cannot be used",
            StatusCode::INTERNAL_SERVER_ERROR => "Something went wrong",
            _ => "That did not work",
        };
        let page = MessagePage {
            nav: Nav::default(),
            title: title.into(),
            message: public_message(&self.0),
            link: None,
        };
        (status, render(&page)).into_response()
    }
}

/// An error in the JSON API: `{"error": "..."}` with the right status.
#[derive(Debug)]
pub struct ApiError(pub AppError);

impl<E: Into<AppError>> From<E> for ApiError {
    fn from(e: E) -> Self {
        ApiError(e.into())
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        let status = status(&self.0);
        let field = match &self.0 {
            AppError::Invalid(t) => Some(t.field()),
            AppError::Field { field, .. } => Some(*field),
            _ => None,
        };
        (
            status,
            Json(json!({"error": public_message(&self.0), "field": field})),
        )
            .into_response()
    }
}
