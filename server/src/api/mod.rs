//! The JSON API under `/api/v1`. One file per resource.

mod assessments;
mod json;
mod questionnaire;
mod shapes;

use std::sync::Arc;

use axum::extract::DefaultBodyLimit;
use axum::routing::{any, get, post};
use axum::Router;

use crate::problem::Problem;
use crate::ratelimit::{self, RateLimit};
use crate::state::AppState;

/// Largest request body accepted (answers to ~40 questions fit in a few KiB).
pub const BODY_LIMIT: usize = 64 * 1024;

pub fn router(rate_limit: Option<RateLimit>) -> Router<Arc<AppState>> {
    let router = Router::new()
        .route("/api/v1/questionnaire", get(questionnaire::get).fallback(method_not_allowed))
        .route("/api/v1/questionnaire/shapes/{tag}", get(shapes::get).fallback(method_not_allowed))
        .route("/api/v1/assessments", post(assessments::post).fallback(method_not_allowed))
        // Unknown API paths answer in JSON, never with the HTML shell.
        .route("/api", any(not_found))
        .route("/api/{*rest}", any(not_found))
        .layer(DefaultBodyLimit::max(BODY_LIMIT));
    // Outermost, so a client over its limit is refused before its body is read.
    match rate_limit {
        Some(limit) => router.layer(ratelimit::layer(limit)),
        None => router,
    }
}

async fn not_found() -> Problem {
    Problem::not_found()
}

async fn method_not_allowed() -> Problem {
    Problem::method_not_allowed()
}
