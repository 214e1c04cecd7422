//! One line per request: method, route template, status, latency. Never bodies, query
//! strings, concrete paths with ids, or addresses: answers are special-category data.

use std::time::Duration;

use axum::extract::{MatchedPath, Request};
use axum::http::Response;
use axum::Router;
use tower_http::trace::TraceLayer;
use tracing::{info, info_span, Span};

pub fn layer(router: Router) -> Router {
    router.layer(
        TraceLayer::new_for_http()
            .make_span_with(|req: &Request| {
                let route = req.extensions().get::<MatchedPath>().map(|p| p.as_str().to_owned());
                info_span!("request", method = %req.method(), route = route.as_deref().unwrap_or("static"))
            })
            .on_request(())
            .on_response(|res: &Response<_>, latency: Duration, _span: &Span| {
                info!(status = res.status().as_u16(), latency_us = latency.as_micros() as u64, "served");
            })
            .on_failure(()),
    )
}
