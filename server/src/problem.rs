//! RFC 9457 problem documents: every error the API can give, as one type.

use axum::http::{header, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use serde::Serialize;

pub const MAX_LISTED_ERRORS: usize = 20;

#[derive(Debug, Clone, Serialize)]
pub struct Problem {
    #[serde(rename = "type")]
    pub kind: &'static str,
    pub title: &'static str,
    pub status: u16,
    pub detail: String,
    /// RFC 6901 pointer to the offending part of the request body.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub pointer: Option<String>,
    /// Every problem found, when there is more than one.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub errors: Vec<FieldError>,
}

#[derive(Debug, Clone, Serialize)]
pub struct FieldError {
    pub pointer: String,
    pub detail: String,
}

impl Problem {
    fn new(status: StatusCode, kind: &'static str, title: &'static str, detail: impl Into<String>) -> Self {
        Problem { kind, title, status: status.as_u16(), detail: detail.into(), pointer: None, errors: Vec::new() }
    }

    pub fn at(mut self, pointer: impl Into<String>) -> Self {
        self.pointer = Some(pointer.into());
        self
    }

    pub fn malformed_json(detail: impl Into<String>) -> Self {
        Self::new(StatusCode::BAD_REQUEST, "/problems/malformed-json", "The body is not valid JSON", detail)
    }
    pub fn body_too_large(limit: usize) -> Self {
        Self::new(
            StatusCode::PAYLOAD_TOO_LARGE,
            "/problems/body-too-large",
            "The body is too large",
            format!("the body must be at most {limit} bytes"),
        )
    }
    pub fn unsupported_media_type() -> Self {
        Self::new(
            StatusCode::UNSUPPORTED_MEDIA_TYPE,
            "/problems/unsupported-media-type",
            "Only JSON is accepted",
            "send the body with Content-Type: application/json",
        )
    }
    pub fn invalid_body(detail: impl Into<String>) -> Self {
        Self::new(
            StatusCode::UNPROCESSABLE_ENTITY,
            "/problems/invalid-body",
            "The body does not have the expected fields and types",
            detail,
        )
    }
    /// Lists at most [`MAX_LISTED_ERRORS`], so a hostile body cannot make a huge answer.
    pub fn invalid_answers(mut errors: Vec<FieldError>) -> Self {
        let total = errors.len();
        errors.truncate(MAX_LISTED_ERRORS);
        let first = errors.first().cloned();
        let mut p = Self::new(
            StatusCode::UNPROCESSABLE_ENTITY,
            "/problems/invalid-answers",
            "Some answers do not fit the questionnaire",
            first.as_ref().map(|e| e.detail.clone()).unwrap_or_default(),
        );
        p.pointer = first.map(|e| e.pointer);
        p.errors = errors;
        if total > MAX_LISTED_ERRORS {
            p.detail =
                format!("{} (and {} more problems; the first {MAX_LISTED_ERRORS} are listed)", p.detail, total - 1);
        }
        p
    }
    pub fn version_mismatch(sent: &str, current: &str) -> Self {
        Self::new(
            StatusCode::UNPROCESSABLE_ENTITY,
            "/problems/version-mismatch",
            "The answers are for another version of the questionnaire",
            format!("answers are for version \"{sent}\"; the current version is \"{current}\""),
        )
        .at("/questionnaire_version")
    }
    pub fn unknown_locale(sent: &str) -> Self {
        Self::new(
            StatusCode::UNPROCESSABLE_ENTITY,
            "/problems/unknown-locale",
            "The locale is not one this service offers",
            format!("\"{sent}\" is not an available locale"),
        )
        .at("/locale")
    }
    /// The tag is not echoed: it comes from the client and could be anything.
    pub fn shape_not_found() -> Self {
        Self::new(
            StatusCode::NOT_FOUND,
            "/problems/shape-not-found",
            "No earlier questionnaire has this tag",
            "no questionnaire version kept here makes hand-over codes with this tag",
        )
    }
    pub fn not_found() -> Self {
        Self::new(StatusCode::NOT_FOUND, "/problems/not-found", "Not found", "there is no API resource at this path")
    }
    pub fn method_not_allowed() -> Self {
        Self::new(
            StatusCode::METHOD_NOT_ALLOWED,
            "/problems/method-not-allowed",
            "Method not allowed",
            "this resource does not accept that method",
        )
    }
    pub fn too_many_requests(retry_after_secs: u64) -> Self {
        Self::new(
            StatusCode::TOO_MANY_REQUESTS,
            "/problems/too-many-requests",
            "Too many requests",
            format!("this address has sent too many requests; try again in {retry_after_secs} seconds"),
        )
    }
    /// Only for a fault in the server itself, never for anything a client sent.
    pub fn internal() -> Self {
        Self::new(
            StatusCode::INTERNAL_SERVER_ERROR,
            "/problems/internal",
            "The server could not handle the request",
            "this is a fault in the server, not in the request",
        )
    }
    pub fn timeout() -> Self {
        Self::new(
            StatusCode::REQUEST_TIMEOUT,
            "/problems/timeout",
            "The request took too long",
            "send the request again",
        )
    }
}

impl IntoResponse for Problem {
    fn into_response(self) -> Response {
        let status = StatusCode::from_u16(self.status).unwrap_or(StatusCode::BAD_REQUEST);
        let body = serde_json::to_vec(&self).unwrap_or_default();
        let mut res = (status, body).into_response();
        res.headers_mut().insert(header::CONTENT_TYPE, HeaderValue::from_static("application/problem+json"));
        res
    }
}
