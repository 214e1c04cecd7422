//! `GET /api/v1/questionnaire`: the current questionnaire and service directory, serialised
//! once at start-up (it only changes when the server restarts with new content), and
//! compressed once too: brotli or gzip by the request's `Accept-Encoding`.

use std::sync::Arc;

use axum::extract::State;
use axum::http::{header, HeaderMap, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};

use crate::encoding::Precompressed;
use crate::state::AppState;

pub async fn get(State(state): State<Arc<AppState>>, headers: HeaderMap) -> Response {
    cached_json(&state.questionnaire, &state.questionnaire_etag, &headers)
}

/// A JSON body made at start-up: 304 when the browser has this `etag`, otherwise the body
/// compressed as `Accept-Encoding` allows; revalidated on every use (`no-cache`), since a
/// restart with new content may change it. Also serves the archived shapes (`shapes.rs`).
pub(super) fn cached_json(body: &Precompressed, etag: &HeaderValue, headers: &HeaderMap) -> Response {
    let cache = [(header::CACHE_CONTROL, "no-cache"), (header::VARY, "accept-encoding")];
    if headers.get(header::IF_NONE_MATCH).is_some_and(|v| v == etag) {
        return (StatusCode::NOT_MODIFIED, [(header::ETAG, etag.clone())], cache).into_response();
    }
    let (body, encoding) = body.pick(headers);
    let mut res =
        ([(header::CONTENT_TYPE, "application/json")], [(header::ETAG, etag.clone())], cache, body).into_response();
    if let Some(encoding) = encoding {
        res.headers_mut().insert(header::CONTENT_ENCODING, encoding);
    }
    res
}
