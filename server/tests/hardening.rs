//! What a council's security review reads: headers on every response, the per-client rate
//! limit and the request timeout. (Logs: `logs.rs`.)

mod common;

use axum::body::Body;
use axum::http::{header, HeaderMap, Request, StatusCode};
use common::*;
use serde_json::json;
use server::Options;
use tower::ServiceExt;

/// Issue 8's policy, written out again so a change to `headers.rs` is a visible decision.
const CSP: &str = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; \
img-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'";
const HSTS: &str = "max-age=31536000; includeSubDomains";

fn assert_security_headers(what: &str, headers: &HeaderMap, behind_tls: bool) {
    let get = |name: &str| headers.get(name).and_then(|v| v.to_str().ok());
    assert_eq!(get("content-security-policy"), Some(CSP), "{what}");
    assert_eq!(server::headers::CSP, CSP);
    assert_eq!(get("x-content-type-options"), Some("nosniff"), "{what}");
    assert_eq!(get("referrer-policy"), Some("no-referrer"), "{what}");
    assert_eq!(get("permissions-policy"), Some(server::headers::PERMISSIONS), "{what}");
    assert!(get("permissions-policy").unwrap().contains("camera=()"), "{what}");
    assert_eq!(get("cross-origin-opener-policy"), Some("same-origin"), "{what}");
    assert_eq!(get("strict-transport-security"), behind_tls.then_some(HSTS), "{what}");
    assert_eq!(headers.get_all("content-security-policy").iter().count(), 1, "{what}: one policy, not two");
}

/// One request of every kind of response the server gives.
fn every_kind_of_request() -> Vec<(&'static str, Request<Body>)> {
    let get = |uri: &str| Request::get(uri).body(Body::empty()).unwrap();
    vec![
        ("health", get("/healthz")),
        ("questionnaire", get("/api/v1/questionnaire")),
        ("assessment", post(body_with(json!({})))),
        ("422", post(body_with(json!({ "nope": "x" })))),
        ("400", post("{")),
        ("413", post(vec![b' '; 65 * 1024])),
        ("415", Request::post("/api/v1/assessments").body(Body::from("{}")).unwrap()),
        ("api 404", get("/api/nope")),
        ("405", get("/api/v1/assessments")),
        ("shell", get("/questions/whatever")),
        ("static 404", get(&format!("/{}", HASHED_JS.replace('f', "e")))),
        ("hashed", get(&format!("/{HASHED_JS}"))),
        ("brotli", Request::get("/x.wasm").header(header::ACCEPT_ENCODING, "br").body(Body::empty()).unwrap()),
    ]
}

#[tokio::test]
async fn every_response_has_the_security_headers() {
    for behind_tls in [false, true] {
        let app = TestApp::with(Options { behind_tls, rate_limit: Some(default_limit()) });
        for (what, req) in every_kind_of_request() {
            let res = app.send(req).await;
            assert!(res.status().as_u16() < 500, "{what}: {}", res.status());
            assert_security_headers(what, res.headers(), behind_tls);
        }
    }
}

#[tokio::test]
async fn a_not_modified_answer_has_them_too() {
    let app = TestApp::new();
    let etag = app.get("/api/v1/questionnaire").await.headers()[header::ETAG].clone();
    let req = Request::get("/api/v1/questionnaire").header(header::IF_NONE_MATCH, etag).body(Body::empty());
    let res = app.send(req.unwrap()).await;
    assert_eq!(res.status(), StatusCode::NOT_MODIFIED);
    assert_security_headers("304", res.headers(), false);
}

// ───────────────────────────── rate limit ─────────────────────────────

fn tiny_limit() -> TestApp {
    // Two at once, then one a minute: the third request within the test is always refused.
    TestApp::with(Options { behind_tls: false, rate_limit: Some(limit(1, 2)) })
}

fn questionnaire() -> Request<Body> {
    Request::get("/api/v1/questionnaire").body(Body::empty()).unwrap()
}

#[tokio::test]
async fn over_the_limit_is_a_429_problem_with_retry_after() {
    let app = tiny_limit();
    assert_eq!(app.send(questionnaire()).await.status(), StatusCode::OK);
    assert_eq!(app.send(post(body_with(json!({})))).await.status(), StatusCode::OK);

    let res = app.send(questionnaire()).await;
    assert_security_headers("429", res.headers(), false);
    let retry: u64 = res.headers()[header::RETRY_AFTER].to_str().unwrap().parse().unwrap();
    assert!((1..=61).contains(&retry), "Retry-After {retry}");
    let doc = problem(res, StatusCode::TOO_MANY_REQUESTS).await;
    assert_eq!(doc["type"], "/problems/too-many-requests");

    // Errors count too, and are refused before the body is looked at.
    problem(app.send(post("{")).await, StatusCode::TOO_MANY_REQUESTS).await;
    problem(app.get("/api/nope").await, StatusCode::TOO_MANY_REQUESTS).await;
}

#[tokio::test]
async fn the_limit_is_per_client() {
    let app = tiny_limit();
    for _ in 0..2 {
        assert_eq!(app.send_from(questionnaire(), "203.0.113.1:1000").await.status(), StatusCode::OK);
    }
    assert_eq!(app.send_from(questionnaire(), "203.0.113.1:1001").await.status(), StatusCode::TOO_MANY_REQUESTS);
    assert_eq!(app.send_from(questionnaire(), "203.0.113.2:1000").await.status(), StatusCode::OK);

    // One IPv6 /64 is one client, however many addresses it uses.
    assert_eq!(app.send_from(questionnaire(), "[2001:db8:0:1::a]:1").await.status(), StatusCode::OK);
    assert_eq!(app.send_from(questionnaire(), "[2001:db8:0:1::b]:1").await.status(), StatusCode::OK);
    assert_eq!(app.send_from(questionnaire(), "[2001:db8:0:1::c]:1").await.status(), StatusCode::TOO_MANY_REQUESTS);
    assert_eq!(app.send_from(questionnaire(), "[2001:db8:0:2::a]:1").await.status(), StatusCode::OK);
}

#[tokio::test]
async fn the_front_end_and_health_check_are_not_limited() {
    let app = tiny_limit();
    for _ in 0..3 {
        app.send(questionnaire()).await;
    }
    assert_eq!(app.send(questionnaire()).await.status(), StatusCode::TOO_MANY_REQUESTS);
    for uri in ["/healthz", "/", "/questions/meals", "/x.wasm"] {
        assert_eq!(app.get(uri).await.status(), StatusCode::OK, "{uri}");
    }
}

#[tokio::test]
async fn the_default_limit_is_generous_and_zero_turns_it_off() {
    let app = TestApp::new();
    for i in 0..server::config::DEFAULT_RATE_LIMIT_BURST {
        assert_eq!(app.send(questionnaire()).await.status(), StatusCode::OK, "request {i}");
    }
    let off = TestApp::with(Options { behind_tls: false, rate_limit: None });
    for i in 0..300 {
        assert_eq!(off.send(questionnaire()).await.status(), StatusCode::OK, "request {i}");
    }
}

/// Serving without connect info is a wiring mistake in `main`; it must show at once rather
/// than silently put every caller in one bucket (the start-up test proves `main` is right).
#[tokio::test]
async fn without_a_peer_address_the_limiter_refuses_loudly() {
    let app = tiny_limit();
    let res = app.router.clone().oneshot(questionnaire()).await.unwrap();
    problem(res, StatusCode::INTERNAL_SERVER_ERROR).await;
}

// ───────────────────────────── timeout ─────────────────────────────

#[tokio::test(start_paused = true)]
async fn a_stalled_body_times_out_as_a_problem() {
    let started = tokio::time::Instant::now();
    let res = TestApp::new().post_json(Body::new(Stalled)).await;
    assert!(started.elapsed() >= server::REQUEST_TIMEOUT);
    assert_security_headers("408", res.headers(), false);
    let doc = problem(res, StatusCode::REQUEST_TIMEOUT).await;
    assert_eq!(doc["type"], "/problems/timeout");
}

// ───────────────────────────── slow clients ─────────────────────────────

/// A real listener with a short header timeout; returns its address and a stop switch.
async fn listening(header_timeout: std::time::Duration) -> (std::net::SocketAddr, tokio::sync::oneshot::Sender<()>) {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    let app = TestApp::new();
    let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
    let router = app.router.clone();
    tokio::spawn(async move {
        let _keep_dist = app;
        server::serve::run(listener, router, header_timeout, async {
            let _ = stopped.await;
        })
        .await;
    });
    (addr, stop)
}

/// Reads until the server closes the connection; `None` if it is still open after `wait`.
async fn closed_within(stream: &mut tokio::net::TcpStream, wait: std::time::Duration) -> Option<Vec<u8>> {
    use tokio::io::AsyncReadExt;
    let mut got = Vec::new();
    tokio::time::timeout(wait, stream.read_to_end(&mut got)).await.ok().map(|_| got)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_client_sending_headers_slowly_is_cut_off() {
    use tokio::io::AsyncWriteExt;
    let (addr, _stop) = listening(std::time::Duration::from_millis(300)).await;
    let mut slow = tokio::net::TcpStream::connect(addr).await.unwrap();
    slow.write_all(b"GET /healthz HTTP/1.1\r\nHost: x\r\n").await.unwrap();
    assert!(closed_within(&mut slow, std::time::Duration::from_secs(5)).await.is_some(), "still open");

    // An idle keep-alive connection is closed too; a prompt client is served meanwhile.
    let mut idle = tokio::net::TcpStream::connect(addr).await.unwrap();
    let mut prompt = tokio::net::TcpStream::connect(addr).await.unwrap();
    prompt.write_all(b"GET /healthz HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n").await.unwrap();
    let answer = closed_within(&mut prompt, std::time::Duration::from_secs(5)).await.expect("answered");
    assert!(answer.starts_with(b"HTTP/1.1 200"), "{}", String::from_utf8_lossy(&answer));
    assert!(closed_within(&mut idle, std::time::Duration::from_secs(5)).await.is_some(), "still open");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn shutdown_lets_a_request_in_flight_finish() {
    use tokio::io::AsyncWriteExt;
    let (addr, stop) = listening(std::time::Duration::from_secs(5)).await;
    let body = body_with(json!({}));
    let (first, rest) = body.split_at(10);
    let mut client = tokio::net::TcpStream::connect(addr).await.unwrap();
    let head = format!(
        "POST /api/v1/assessments HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\
         Content-Type: application/json\r\nContent-Length: {}\r\n\r\n{first}",
        body.len()
    );
    client.write_all(head.as_bytes()).await.unwrap();
    // Half a body sent: the request is in flight when shutdown begins.
    tokio::time::sleep(std::time::Duration::from_millis(200)).await;
    stop.send(()).unwrap();
    tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    client.write_all(rest.as_bytes()).await.unwrap();
    let answer = closed_within(&mut client, std::time::Duration::from_secs(5)).await.expect("answered");
    assert!(answer.starts_with(b"HTTP/1.1 200"), "{}", String::from_utf8_lossy(&answer));
    tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    assert!(tokio::net::TcpStream::connect(addr).await.is_err(), "no new connections after shutdown");
}
