//! The thin server: static bundle + a stateless scoring API. See `main.rs` for start-up.

pub mod api;
pub mod assets;
pub mod config;
pub mod encoding;
pub mod headers;
mod logging;
pub mod pages;
pub mod problem;
pub mod ratelimit;
pub mod serve;
pub mod session;
pub mod state;

use std::sync::Arc;
use std::time::Duration;

use axum::error_handling::HandleErrorLayer;
use axum::routing::get;
use axum::Router;
use tower::ServiceBuilder;

pub use config::Config;
pub use ratelimit::RateLimit;
pub use state::AppState;

use problem::Problem;

/// Longest any request may take; scoring takes microseconds, so this only cuts off clients
/// that stall (e.g. send a body slowly).
pub const REQUEST_TIMEOUT: Duration = Duration::from_secs(15);

/// What start-up settings change about the application (the rest is where files are).
#[derive(Debug, Clone, Copy, Default)]
pub struct Options {
    /// A TLS-terminating proxy is in front: send Strict-Transport-Security.
    pub behind_tls: bool,
    /// Per-client limit on `/api`; `None` turns it off.
    pub rate_limit: Option<RateLimit>,
}

/// The whole application: API, health check and the built front end.
///
/// Serve it with [`serve::run`], which gives each request its peer address: the rate limit
/// is per peer.
pub fn app(state: Arc<AppState>, dist: &std::path::Path, index_html: axum::body::Bytes, options: Options) -> Router {
    let pages = pages_for(&state, dist, &index_html, session::SessionKey::random(), options).ok();
    app_with_pages(state, dist, index_html, options, pages)
}

/// Server-rendered pages need the built front end's shell and words (`cargo xtask build`);
/// the message says what is missing.
pub fn pages_for(
    state: &Arc<AppState>,
    dist: &std::path::Path,
    index_html: &[u8],
    key: session::SessionKey,
    options: Options,
) -> Result<Arc<pages::Pages>, String> {
    let html = std::str::from_utf8(index_html).map_err(|_| "index.html is not UTF-8".to_string())?;
    let built = pages::shell::Built::load(dist, html)?;
    Ok(Arc::new(pages::Pages {
        app: state.clone(),
        built,
        questionnaire: Arc::new(state.content.questionnaire.clone()),
        key,
        secure: options.behind_tls,
    }))
}

/// The whole application, rendering pages when `pages` is given (otherwise the built shell
/// is served for every page address, as a client-rendered app).
pub fn app_with_pages(
    state: Arc<AppState>,
    dist: &std::path::Path,
    index_html: axum::body::Bytes,
    options: Options,
    pages: Option<Arc<pages::Pages>>,
) -> Router {
    // tower's timeout (rather than tower-http's) so a stalled request gets a problem
    // document like every other API error, not an empty 408.
    let timeout = ServiceBuilder::new()
        .layer(HandleErrorLayer::new(|_: tower::BoxError| async { Problem::timeout() }))
        .timeout(REQUEST_TIMEOUT);
    let router = Router::new()
        .route("/healthz", get(|| async { "ok" }))
        .merge(api::router(options.rate_limit))
        .with_state(state)
        .merge(pages.clone().map(pages::router).unwrap_or_default())
        .merge(assets::router(dist, index_html, pages))
        .layer(timeout);
    logging::layer(headers::apply(router, options.behind_tls))
}
