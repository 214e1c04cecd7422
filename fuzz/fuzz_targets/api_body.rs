//! Any bytes as the body of `POST /api/v1/assessments`, through the whole router, against
//! the real questionnaire: only 200 or a 4xx problem document, always JSON; never a panic.
//! The first byte picks the content type, so the media-type check is fuzzed too.
#![no_main]

use std::net::SocketAddr;
use std::path::Path;
use std::sync::{Arc, OnceLock};

use axum::body::Body;
use axum::extract::ConnectInfo;
use axum::http::{header, Request};
use axum::Router;
use http_body_util::BodyExt;
use libfuzzer_sys::fuzz_target;
use tower::ServiceExt;

fn router() -> &'static Router {
    static R: OnceLock<Router> = OnceLock::new();
    R.get_or_init(|| {
        let root = Path::new(env!("CARGO_MANIFEST_DIR")).parent().unwrap();
        let state =
            server::AppState::load(&root.join("content"), &root.join("locales")).unwrap_or_else(|e| panic!("{e}"));
        let dist = std::env::temp_dir().join("assessment-fuzz-dist");
        std::fs::create_dir_all(&dist).unwrap();
        let index = b"<!doctype html><title>fuzz</title>".to_vec();
        std::fs::write(dist.join("index.html"), &index).unwrap();
        let options = server::Options { behind_tls: false, rate_limit: None };
        server::app(Arc::new(state), &dist, index.into(), options)
    })
}

fn runtime() -> &'static tokio::runtime::Runtime {
    static RT: OnceLock<tokio::runtime::Runtime> = OnceLock::new();
    RT.get_or_init(|| tokio::runtime::Builder::new_current_thread().enable_time().build().unwrap())
}

const TYPES: [Option<&str>; 4] =
    [Some("application/json"), Some("application/json; charset=utf-8"), Some("text/plain"), None];

fuzz_target!(|data: &[u8]| {
    let (ct, body) = match data.split_first() {
        Some((b, rest)) if *b < 4 => (TYPES[*b as usize], rest),
        _ => (TYPES[0], data),
    };
    let mut req = Request::post("/api/v1/assessments");
    if let Some(ct) = ct {
        req = req.header(header::CONTENT_TYPE, ct);
    }
    let mut req = req.body(Body::from(body.to_vec())).unwrap();
    req.extensions_mut().insert(ConnectInfo("192.0.2.1:50000".parse::<SocketAddr>().unwrap()));
    let (status, bytes) = runtime().block_on(async {
        let res = router().clone().oneshot(req).await.unwrap();
        let status = res.status().as_u16();
        (status, res.into_body().collect().await.unwrap().to_bytes())
    });
    assert!([200, 400, 413, 415, 422].contains(&status), "status {status}: {}", String::from_utf8_lossy(&bytes));
    let doc: serde_json::Value = serde_json::from_slice(&bytes).expect("the answer is JSON");
    assert!(status == 200 || doc["status"] == status, "{doc}");
});
