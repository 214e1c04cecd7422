//! `GET /api/v1/questionnaire/shapes/{tag}`: the shape of an earlier questionnaire version,
//! by the tag its hand-over codes carry (four lower-case hex digits, as the app writes them).
//!
//! A typed code is positional, so it can only be read with the questionnaire it was made
//! with. The app asks for that shape and reads the code itself: the code, and so the
//! answers, never leave the device. The tag names a version, nothing about a person.

use std::sync::Arc;

use axum::extract::{Path, State};
use axum::http::HeaderMap;
use axum::response::{IntoResponse, Response};

use crate::problem::Problem;
use crate::state::AppState;

pub async fn get(State(state): State<Arc<AppState>>, Path(tag): Path<String>, headers: HeaderMap) -> Response {
    // One spelling per tag, so one URL per shape for caches.
    let parsed = (tag.len() == 4 && tag.bytes().all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b)))
        .then(|| u16::from_str_radix(&tag, 16).ok())
        .flatten();
    let Some((body, etag)) = parsed.and_then(|t| state.shapes.get(&t)) else {
        return Problem::shape_not_found().into_response();
    };
    super::questionnaire::cached_json(body, etag, &headers)
}
