//! The thin server: static bundle + a stateless scoring API. See `main.rs` for start-up.

pub mod api;
pub mod assets;
pub mod config;
pub mod headers;
pub mod problem;
pub mod state;
mod logging;

use std::sync::Arc;
use std::time::Duration;

use axum::routing::get;
use axum::Router;
use tower_http::timeout::TimeoutLayer;

pub use config::Config;
pub use state::AppState;

/// Longest any request may take; scoring takes microseconds, so this only cuts off clients
/// that stall.
pub const REQUEST_TIMEOUT: Duration = Duration::from_secs(15);

/// The whole application: API, health check and the built front end.
pub fn app(state: Arc<AppState>, dist: &std::path::Path, index_html: axum::body::Bytes, behind_tls: bool) -> Router {
    let router = Router::new()
        .route("/healthz", get(|| async { "ok" }))
        .merge(api::router())
        .with_state(state)
        .merge(assets::router(dist, index_html))
        .layer(TimeoutLayer::with_status_code(axum::http::StatusCode::REQUEST_TIMEOUT, REQUEST_TIMEOUT));
    logging::layer(headers::apply(router, behind_tls))
}
