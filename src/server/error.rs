//! Errors → responses, in one place. [`PageError`] answers HTML routes with an error page,
//! [`ApiError`] answers `/api` with `{"error": message}`; both pick the status the same way:
//! a user's mistake is 400 (404 for an unknown id) and says what to fix, our own failure is
//! 500, logged here and hidden from the user.

use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::Json;

use crate::error::{InternalError, UserError};
use crate::views;
use crate::Error;

/// Status and the message a user reads (Chinese), for any error.
pub fn status_and_message(err: &Error) -> (StatusCode, String) {
    match err {
        Error::User(UserError::InvalidParameter { name, reason }) => (
            StatusCode::BAD_REQUEST,
            format!("参数 {name} 有误:{reason}"),
        ),
        Error::User(UserError::MeasureNotFound(id)) => {
            (StatusCode::NOT_FOUND, format!("没有编号为「{id}」的措施"))
        }
        Error::User(UserError::DocumentNotFound(id)) => (
            StatusCode::NOT_FOUND,
            format!("没有编号为「{id}」的政策文件"),
        ),
        Error::User(UserError::NoIndex { .. }) => {
            tracing::error!(error = %err, "index unavailable");
            (
                StatusCode::SERVICE_UNAVAILABLE,
                "索引暂不可用,请稍后再试".to_owned(),
            )
        }
        Error::Internal(InternalError::Overloaded) => (
            StatusCode::SERVICE_UNAVAILABLE,
            "检索请求过多,请稍后再试".to_owned(),
        ),
        Error::Internal(InternalError::DeadlineExceeded) => {
            tracing::warn!("a search ran out of time and was stopped");
            (
                StatusCode::SERVICE_UNAVAILABLE,
                "检索超时,请缩小检索范围或稍后再试".to_owned(),
            )
        }
        Error::User(_) | Error::Internal(_) => {
            tracing::error!(error = %err, "request failed");
            (
                StatusCode::INTERNAL_SERVER_ERROR,
                "服务器内部错误,请稍后再试".to_owned(),
            )
        }
    }
}

/// Why a request was refused rather than answered: attached to the response so the
/// metrics count it (stopped work is counted where it stops).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Refused {
    /// Every search slot was busy.
    Overloaded,
    /// The request's time ran out; its work was stopped.
    DeadlineExceeded,
}

/// Seconds a refused client is asked to wait before trying again.
const RETRY_AFTER_SECS: &str = "1";

/// Adds what a refusal carries: `Retry-After` when the server was busy, and [`Refused`].
fn mark_refusal(err: &Error, response: &mut Response) {
    let refused = match err {
        Error::Internal(InternalError::Overloaded) => Refused::Overloaded,
        Error::Internal(InternalError::DeadlineExceeded) => Refused::DeadlineExceeded,
        _ => return,
    };
    if refused == Refused::Overloaded {
        response.headers_mut().insert(
            axum::http::header::RETRY_AFTER,
            axum::http::HeaderValue::from_static(RETRY_AFTER_SECS),
        );
    }
    response.extensions_mut().insert(refused);
}

/// An error on an HTML route: the error page with the right status.
#[derive(Debug)]
pub struct PageError(pub Error);

impl<E: Into<Error>> From<E> for PageError {
    fn from(err: E) -> Self {
        PageError(err.into())
    }
}

impl IntoResponse for PageError {
    fn into_response(self) -> Response {
        let (status, message) = status_and_message(&self.0);
        let mut response = (status, views::error::page(status.as_u16(), &message)).into_response();
        mark_refusal(&self.0, &mut response);
        response
    }
}

/// An error on a JSON route: `{"error": message}` with the right status.
#[derive(Debug)]
pub struct ApiError(pub Error);

impl<E: Into<Error>> From<E> for ApiError {
    fn from(err: E) -> Self {
        ApiError(err.into())
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        let (status, message) = status_and_message(&self.0);
        let mut response = json_error(status, &message);
        mark_refusal(&self.0, &mut response);
        response
    }
}

/// `{"error": message}` with `status`.
pub fn json_error(status: StatusCode, message: &str) -> Response {
    (status, Json(serde_json::json!({ "error": message }))).into_response()
}

/// A background task that died (panicked or was cancelled).
pub fn join_error(err: tokio::task::JoinError) -> Error {
    Error::Internal(InternalError::Join(err.to_string()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn users_get_4xx_with_a_reason_and_internals_stay_hidden() {
        let (status, message) = status_and_message(&Error::invalid("page", "页码须为整数"));
        assert_eq!(status, StatusCode::BAD_REQUEST);
        assert!(message.contains("page") && message.contains("页码须为整数"));
        let (status, _) = status_and_message(&UserError::MeasureNotFound("x".into()).into());
        assert_eq!(status, StatusCode::NOT_FOUND);
        let secret = Error::io("/srv/secret/path", std::io::Error::other("disk"));
        let (status, message) = status_and_message(&secret);
        assert_eq!(status, StatusCode::INTERNAL_SERVER_ERROR);
        assert!(!message.contains("secret"));
    }
}
