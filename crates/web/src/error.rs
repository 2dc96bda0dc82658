//! Errors are converted once, here: internals are logged, people see safe text. One status per
//! error everywhere, pages and API alike (409 conflict, 422 invalid, 403 denied, 404 not found,
//! 410 an invitation that cannot be used). Handlers and extractors return `PageError` or
//! `ApiError`; both leave an [`ErrorReport`] on the response, and [`layout`] renders it: JSON
//! under `/api/`, otherwise the message page in the site's layout, with the signed-in header
//! and a link back.

use crate::AppState;
use crate::pages::{MessagePage, Nav, render};
use crate::session::session_token;
use axum::Json;
use axum::extract::{Request, State};
use axum::http::StatusCode;
use axum::middleware::Next;
use axum::response::{IntoResponse, Redirect, Response};
use axum_extra::extract::CookieJar;
use convene_app::{AppError, Kind};
use serde_json::json;

pub fn status(e: &AppError) -> StatusCode {
    match e {
        AppError::Unauthenticated | AppError::BadCredentials => StatusCode::UNAUTHORIZED,
        AppError::Denied(_) => StatusCode::FORBIDDEN,
        AppError::NotFound => StatusCode::NOT_FOUND,
        AppError::Invalid(_) => StatusCode::UNPROCESSABLE_ENTITY,
        AppError::Stale(_) => StatusCode::CONFLICT,
        AppError::Unusable(_) => StatusCode::GONE,
        AppError::Internal(_) => StatusCode::INTERNAL_SERVER_ERROR,
        e => match e.kind() {
            Some(Kind::Refused) => StatusCode::FORBIDDEN,
            Some(Kind::Conflict) => StatusCode::CONFLICT,
            Some(Kind::Field(_)) => StatusCode::UNPROCESSABLE_ENTITY,
            None => StatusCode::INTERNAL_SERVER_ERROR,
        },
    }
}

/// What a person may read about an error, in the request's reader's language.
pub fn public_message(e: &AppError) -> String {
    crate::error_words::message(e, crate::i18n::reader())
}

/// An error on its way to [`layout`], which renders it for the path it answers.
#[derive(Debug, Clone)]
pub struct ErrorReport {
    pub status: StatusCode,
    pub message: String,
    pub field: Option<&'static str>,
    /// Both texts of a stale save, for API clients.
    pub stale: Option<(i32, String, String)>,
}

impl ErrorReport {
    pub fn of(e: &AppError) -> Self {
        ErrorReport {
            status: status(e),
            message: public_message(e),
            field: match (e, e.kind()) {
                (AppError::Invalid(t), _) => Some(t.field()),
                (_, Some(Kind::Field(field))) => Some(field),
                _ => None,
            },
            stale: match e {
                AppError::Stale(s) => Some((s.version, s.theirs.clone(), s.yours.clone())),
                _ => None,
            },
        }
    }

    pub fn not_found(message: &str) -> Self {
        ErrorReport {
            status: StatusCode::NOT_FOUND,
            message: message.to_owned(),
            field: None,
            stale: None,
        }
    }
}

impl IntoResponse for ErrorReport {
    fn into_response(self) -> Response {
        // The plain text is what a response gets if it ever bypasses `layout`.
        let mut res = (self.status, self.message.clone()).into_response();
        res.extensions_mut().insert(self);
        res
    }
}

/// An error on a page: the message page with the right status (or a redirect to sign in).
#[derive(Debug)]
pub struct PageError(pub AppError);

impl<E: Into<AppError>> From<E> for PageError {
    fn from(e: E) -> Self {
        PageError(e.into())
    }
}

impl IntoResponse for PageError {
    fn into_response(self) -> Response {
        match self.0 {
            AppError::Unauthenticated => {
                let mut res = Redirect::to("/signin").into_response();
                // Under /api the same error answers 401 JSON.
                res.extensions_mut().insert(ErrorReport::of(&self.0));
                res
            }
            e => ErrorReport::of(&e).into_response(),
        }
    }
}

/// An error in the JSON API: `{"error": "...", "field": ...}` with the right status.
#[derive(Debug)]
pub struct ApiError(pub AppError);

impl<E: Into<AppError>> From<E> for ApiError {
    fn from(e: E) -> Self {
        ApiError(e.into())
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        ErrorReport::of(&self.0).into_response()
    }
}

fn json_error(r: &ErrorReport) -> Response {
    let mut body = json!({"error": r.message, "field": r.field});
    if let Some((version, theirs, yours)) = &r.stale {
        body["version"] = json!(version);
        body["theirs"] = json!(theirs);
        body["yours"] = json!(yours);
    }
    (r.status, Json(body)).into_response()
}

/// Renders every error the routes answer with: JSON under `/api/`, else the message page in
/// the layout (signed-in header, a link back into the community or to the start).
pub async fn layout(State(st): State<AppState>, req: Request, next: Next) -> Response {
    let path = req.uri().path().to_owned();
    let here = req
        .uri()
        .path_and_query()
        .map_or_else(|| path.clone(), |p| p.as_str().to_owned());
    let get = req.method() == axum::http::Method::GET;
    let jar = CookieJar::from_headers(req.headers());
    let mut res = next.run(req).await;
    let Some(report) = res.extensions_mut().remove::<ErrorReport>() else {
        return res;
    };
    if path.starts_with("/api/") {
        return json_error(&report);
    }
    if res.status().is_redirection() {
        // Not signed in: sign in, then come back to the page that asked.
        if report.status == StatusCode::UNAUTHORIZED
            && get
            && crate::pages::safe_next(&here).is_some()
        {
            return Redirect::to(&format!("/signin?next={}", urlencoding::encode(&here)))
                .into_response();
        }
        return res;
    }
    let account = match session_token(&st, &jar) {
        Some(t) => st.app.session_account(&t).await.ok().flatten(),
        None => None,
    };
    // Back into the community the person was in (not after "not found": it may not be theirs).
    let back = path
        .strip_prefix("/c/")
        .and_then(|r| r.split('/').next())
        .filter(|s| !s.is_empty() && account.is_some() && report.status != StatusCode::NOT_FOUND)
        .map(|slug| format!("/c/{slug}"));
    let nav = account.as_ref().map(Nav::of).unwrap_or_default();
    let page = MessagePage {
        title: crate::error_words::title(nav.tr, report.status),
        nav,
        message: report.message,
        link: None,
        back,
    };
    (report.status, render(&page)).into_response()
}

/// Any path no route answers: "not found", as a page or (under /api) JSON.
pub async fn not_found() -> Response {
    ErrorReport::not_found(&crate::i18n::reader().t("error-no-route")).into_response()
}
