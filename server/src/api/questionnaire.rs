//! `GET /api/v1/questionnaire`: the current questionnaire and service directory, serialised
//! once at start-up (it only changes when the server restarts with new content), and
//! compressed once too: brotli or gzip by the request's `Accept-Encoding`.

use std::sync::Arc;

use axum::extract::State;
use axum::http::{header, HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};

use crate::state::AppState;

pub async fn get(State(state): State<Arc<AppState>>, headers: HeaderMap) -> Response {
    let not_modified = headers.get(header::IF_NONE_MATCH).is_some_and(|v| v == state.questionnaire_etag);
    let cache = [(header::CACHE_CONTROL, "no-cache"), (header::VARY, "accept-encoding")];
    if not_modified {
        return (StatusCode::NOT_MODIFIED, [(header::ETAG, state.questionnaire_etag.clone())], cache).into_response();
    }
    let (body, encoding) = state.questionnaire.pick(&headers);
    let mut res =
        ([(header::CONTENT_TYPE, "application/json")], [(header::ETAG, state.questionnaire_etag.clone())], cache, body)
            .into_response();
    if let Some(encoding) = encoding {
        res.headers_mut().insert(header::CONTENT_ENCODING, encoding);
    }
    res
}
