//! Logs carry no personal data. Its own test binary: a thread-scoped subscriber is only
//! reliable when no other test registers tracing call sites at the same time.

mod common;

use std::io::Write;
use std::sync::{Arc, Mutex};

use axum::body::Body;
use axum::http::Request;
use common::*;
use serde_json::json;
use server::Options;

#[derive(Clone, Default)]
struct Captured(Arc<Mutex<Vec<u8>>>);

impl Write for Captured {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.0.lock().unwrap().extend_from_slice(buf);
        Ok(buf.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

impl<'a> tracing_subscriber::fmt::MakeWriter<'a> for Captured {
    type Writer = Captured;
    fn make_writer(&'a self) -> Captured {
        self.clone()
    }
}

/// Even at TRACE, and for rejected requests: route templates, methods, statuses and
/// latencies only; never the body, the query string, the concrete path or the address.
#[tokio::test]
async fn logs_carry_no_personal_data() {
    let captured = Captured::default();
    let subscriber = tracing_subscriber::fmt()
        .with_writer(captured.clone())
        .with_ansi(false)
        .with_max_level(tracing::Level::TRACE)
        .finish();
    let _guard = tracing::subscriber::set_default(subscriber);

    // Two at once, then one a minute, so the third request is refused (and logged).
    let app = TestApp::with(Options { behind_tls: false, rate_limit: Some(limit(1, 2)) });
    let peer = "198.51.100.77:4321";
    let secret_answers = json!({ "notes": "MARKER my son takes my pension" });
    let requests = [
        post(body_with(secret_answers)),
        post(body_with(json!({ "MARKER-question": "MARKER-answer" }))),
        Request::get("/api/MARKER-path?token=MARKER-query").body(Body::empty()).unwrap(),
        Request::get("/questions/MARKER?x=MARKER").body(Body::empty()).unwrap(),
    ];
    let mut statuses = Vec::new();
    for req in requests {
        statuses.push(app.send_from(req, peer).await.status().as_u16());
    }
    assert_eq!(statuses, [200, 422, 429, 200]);

    let log = String::from_utf8(captured.0.lock().unwrap().clone()).unwrap();
    assert!(log.contains(r#"route="/api/v1/assessments""#), "{log}");
    assert!(log.contains(r#"route="/api/{*rest}""#) && log.contains("status=429"), "{log}");
    assert!(log.contains("status=422") && log.contains("latency_us="), "{log}");
    for forbidden in ["MARKER", "pension", "token", "198.51.100", "4321"] {
        assert!(!log.contains(forbidden), "the log contains {forbidden:?}:\n{log}");
    }
}
