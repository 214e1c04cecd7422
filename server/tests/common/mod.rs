//! A small questionnaire written here, so the API tests do not change when the council's
//! real questionnaire does; plus a throw-away `dist/` and request helpers.
#![allow(dead_code)] // each test binary uses a different part

use std::convert::Infallible;
use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::pin::Pin;
use std::sync::Arc;
use std::task::{Context, Poll};

use assessment::content::{from_sources, Catalogue, Sources};
use axum::body::Body;
use axum::extract::ConnectInfo;
use axum::http::{header, Request, Response, StatusCode};
use axum::Router;
use http_body::Frame;
use http_body_util::BodyExt;
use serde_json::Value;
use server::{AppState, Options, RateLimit};
use tower::ServiceExt;

pub const VERSION: &str = "test-1";
/// The test app's languages, in the order the built app would list them.
pub const LOCALES: &[&str] = &["en-GB", "pl"];

pub const QUESTIONNAIRE: &str = r#"version = "test-1"

[option_sets]
yes-no = ["yes", "no", "not-sure"]

[[section]]
id = "about"

[[question]]
id = "meals"
section = "about"
kind = "yes_no"

[[question]]
id = "meals-help"
section = "about"
kind = "single"
options = ["a-lot", "a-little"]
show_if = { question = "meals", any_of = ["yes"] }

[[question]]
id = "worries"
section = "about"
kind = "multiple"
options = ["money", "memory", "none"]
exclusive = ["none"]

[[question]]
id = "notes"
section = "about"
kind = "text"
optional = true
"#;

/// The questionnaire before: version "test-0", when `meals-help` had a "some" option between
/// the two it has now (and no words exist for it any more).
pub const ARCHIVED: &str = r#"version = "test-0"

[option_sets]
yes-no = ["yes", "no", "not-sure"]

[[section]]
id = "about"

[[question]]
id = "meals"
section = "about"
kind = "yes_no"

[[question]]
id = "meals-help"
section = "about"
kind = "single"
options = ["a-lot", "some", "a-little"]
show_if = { question = "meals", any_of = ["yes"] }

[[question]]
id = "worries"
section = "about"
kind = "multiple"
options = ["money", "memory", "none"]
exclusive = ["none"]

[[question]]
id = "notes"
section = "about"
kind = "text"
optional = true
"#;

pub const RULES: &str = r#"fallback_route = "general-advice"

[[rule]]
id = "help-with-meals"
route = "needs-assessment"
priority = "recommended"
when = { question = "meals-help", any_of = ["a-lot", "a-little"] }
"#;

pub const DIRECTORY: &str = r#"[[route]]
id = "needs-assessment"
services = ["adult-social-care"]
assessment = true

[[route]]
id = "general-advice"
services = ["adult-social-care"]

[[service]]
id = "adult-social-care"
phone = "024 7683 3003"
web = "https://www.coventry.gov.uk/"
"#;

pub const MESSAGES: &str = "\
section-about = About you
q-meals = Does { $perspective } need help with meals?
q-meals-help = How much help?
    .a-lot = A lot
    .a-little = A little
q-worries = Any worries?
    .money = Money
    .memory = Memory
    .none = None of these
q-notes = Anything else?
options-yes-no = Yes or no
    .yes = Yes
    .no = No
    .not-sure = Not sure
route-needs-assessment = A needs assessment
    .short = Short
    .summary = Summary
    .next = Next
route-general-advice = General advice
    .short = Short
    .summary = Summary
    .next = Next
service-adult-social-care = Adult Social Care
    .description = Description
reason-help-with-meals = You told us you need help with meals.
reason-fallback = You can always ask us.
";

pub fn state() -> Arc<AppState> {
    let sources = Sources {
        questionnaire: ("content/questionnaire.toml".into(), QUESTIONNAIRE.into()),
        rules: ("content/rules.toml".into(), RULES.into()),
        directory: ("content/directory.toml".into(), DIRECTORY.into()),
        archive: vec![("content/archive/test-0.toml".into(), ARCHIVED.into())],
    };
    let mut catalogue = Catalogue::default();
    catalogue.add(Path::new("locales/en-GB/test.ftl"), MESSAGES).expect("test messages parse");
    let content = from_sources(&sources, &catalogue).unwrap_or_else(|e| panic!("test content is valid:\n{e}"));
    Arc::new(
        AppState::new(content, LOCALES.iter().map(|l| l.to_string()).collect()).expect("no two versions share a tag"),
    )
}

/// Writes the same content as files, for tests that start the real binary.
pub fn write_content(root: &Path) -> (PathBuf, PathBuf) {
    let content = root.join("content");
    let locales = root.join("locales");
    std::fs::create_dir_all(&content).unwrap();
    std::fs::create_dir_all(locales.join("en-GB")).unwrap();
    std::fs::write(content.join("questionnaire.toml"), QUESTIONNAIRE).unwrap();
    std::fs::write(content.join("rules.toml"), RULES).unwrap();
    std::fs::write(content.join("directory.toml"), DIRECTORY).unwrap();
    std::fs::create_dir_all(content.join("archive")).unwrap();
    std::fs::write(content.join("archive/test-0.toml"), ARCHIVED).unwrap();
    std::fs::write(locales.join("en-GB/test.ftl"), MESSAGES).unwrap();
    (content, locales)
}

pub const INDEX_HTML: &str = "<!doctype html><html lang=\"en-GB\"><meta name=\"app-locales\" \
    content=\"en-GB|English|/locales/en-GB.0123456789abcdef.ftl;ur|اردو|/locales/ur.0123456789abcdef.ftl\">\
    <title>Test shell</title></html>";
/// The Urdu shell the build writes beside it (`index.<tag>.html`).
pub const INDEX_HTML_UR: &str = "<!doctype html><html lang=\"ur\" dir=\"rtl\"><title>اردو</title></html>";
pub const HASHED_JS: &str = "app.0123456789abcdef.js";

/// A shell the server can render pages into: a `<body>`, and words for its one language.
pub const RENDERABLE_INDEX: &str = "<!doctype html><html lang=\"en-GB\" dir=\"ltr\"><head>\
    <meta name=\"app-locales\" content=\"en-GB|English|/locales/en-GB.0123456789abcdef.ftl\">\
    <title>Test shell</title></head><body><div id=\"loading\"></div></body></html>";

/// Writes a built front end the server can render pages with, in `dist`.
pub fn write_renderable_dist(dist: &Path) {
    std::fs::create_dir_all(dist.join("locales")).unwrap();
    std::fs::write(dist.join("index.html"), RENDERABLE_INDEX).unwrap();
    std::fs::write(dist.join("locales/en-GB.0123456789abcdef.ftl"), MESSAGES).unwrap();
}

/// A built front end in miniature, in `<root>/dist`: the shell, a hashed script, and a
/// wasm file with a brotli sibling (its bytes are only a marker: nothing decompresses them
/// here). `<root>/secret.txt` sits beside it, to prove nothing outside `dist` is served.
pub fn dist() -> tempfile::TempDir {
    let root = tempfile::tempdir().unwrap();
    let dist = root.path().join("dist");
    std::fs::create_dir(&dist).unwrap();
    std::fs::write(dist.join("index.html"), INDEX_HTML).unwrap();
    std::fs::write(dist.join("index.ur.html"), INDEX_HTML_UR).unwrap();
    std::fs::write(dist.join(HASHED_JS), "console.log('hashed');").unwrap();
    std::fs::write(dist.join("x.wasm"), b"\0asm\x01\0\0\0").unwrap();
    std::fs::write(dist.join("x.wasm.br"), b"brotli-marker").unwrap();
    std::fs::write(root.path().join("secret.txt"), "SECRET").unwrap();
    root
}

/// The app as `main` builds it, with the default (generous) rate limit.
pub struct TestApp {
    pub router: Router,
    /// Kept so the files live as long as the app.
    pub root: tempfile::TempDir,
}

impl TestApp {
    pub fn new() -> TestApp {
        TestApp::with(Options { behind_tls: false, rate_limit: Some(default_limit()) })
    }

    pub fn with(options: Options) -> TestApp {
        TestApp::with_state(state(), options)
    }

    pub fn with_state(state: Arc<AppState>, options: Options) -> TestApp {
        let root = dist();
        let router = server::app(state, &root.path().join("dist"), INDEX_HTML.into(), options);
        TestApp { router, root }
    }

    /// Sends one request from 192.0.2.1 (a documentation address).
    pub async fn send(&self, req: Request<Body>) -> Response<Body> {
        self.send_from(req, "192.0.2.1:50000").await
    }

    pub async fn send_from(&self, mut req: Request<Body>, peer: &str) -> Response<Body> {
        let peer: SocketAddr = peer.parse().unwrap();
        // What `into_make_service_with_connect_info` adds for a real connection.
        req.extensions_mut().insert(ConnectInfo(peer));
        self.router.clone().oneshot(req).await.expect("the router never fails")
    }

    pub async fn get(&self, uri: &str) -> Response<Body> {
        self.send(Request::get(uri).body(Body::empty()).unwrap()).await
    }

    pub async fn post_json(&self, body: impl Into<Body>) -> Response<Body> {
        self.send(post(body)).await
    }
}

pub fn default_limit() -> RateLimit {
    use server::config::{DEFAULT_RATE_LIMIT_BURST as BURST, DEFAULT_RATE_LIMIT_PER_MINUTE as PER_MINUTE};
    RateLimit { per_minute: PER_MINUTE.try_into().unwrap(), burst: BURST.try_into().unwrap() }
}

pub fn limit(per_minute: u32, burst: u32) -> RateLimit {
    RateLimit { per_minute: per_minute.try_into().unwrap(), burst: burst.try_into().unwrap() }
}

pub fn post(body: impl Into<Body>) -> Request<Body> {
    Request::post("/api/v1/assessments").header(header::CONTENT_TYPE, "application/json").body(body.into()).unwrap()
}

/// A valid request body with these answers.
pub fn body_with(answers: Value) -> String {
    serde_json::json!({
        "questionnaire_version": VERSION,
        "locale": "en-GB",
        "perspective": "self",
        "answers": answers,
    })
    .to_string()
}

pub async fn bytes(res: Response<Body>) -> Vec<u8> {
    res.into_body().collect().await.unwrap().to_bytes().to_vec()
}

pub async fn json(res: Response<Body>) -> Value {
    let body = bytes(res).await;
    serde_json::from_slice(&body).unwrap_or_else(|e| panic!("not JSON ({e}): {}", String::from_utf8_lossy(&body)))
}

/// A body of this many 1 KiB chunks that does not announce its length.
pub struct Chunks(pub usize);

impl http_body::Body for Chunks {
    type Data = bytes::Bytes;
    type Error = Infallible;

    fn poll_frame(
        mut self: Pin<&mut Self>,
        _: &mut Context<'_>,
    ) -> Poll<Option<Result<Frame<Self::Data>, Infallible>>> {
        if self.0 == 0 {
            return Poll::Ready(None);
        }
        self.0 -= 1;
        Poll::Ready(Some(Ok(Frame::data(bytes::Bytes::from(vec![b' '; 1024])))))
    }
}

/// A body that never arrives: a stalled or malicious client.
pub struct Stalled;

impl http_body::Body for Stalled {
    type Data = bytes::Bytes;
    type Error = Infallible;

    fn poll_frame(self: Pin<&mut Self>, _: &mut Context<'_>) -> Poll<Option<Result<Frame<Self::Data>, Infallible>>> {
        Poll::Pending
    }
}

pub fn content_type(res: &Response<Body>) -> &str {
    res.headers().get(header::CONTENT_TYPE).and_then(|v| v.to_str().ok()).unwrap_or("")
}

/// Asserts an RFC 9457 problem document with this status; returns it.
pub async fn problem(res: Response<Body>, status: StatusCode) -> Value {
    if res.status() != status {
        let body = bytes(res).await;
        panic!("expected {status}, got: {}", String::from_utf8_lossy(&body));
    }
    assert_eq!(content_type(&res), "application/problem+json");
    let doc = json(res).await;
    assert_eq!(doc["status"], status.as_u16(), "the document's status matches: {doc}");
    assert!(doc["type"].as_str().is_some_and(|t| t.starts_with("/problems/")), "{doc}");
    assert!(doc["title"].is_string() && doc["detail"].is_string(), "{doc}");
    doc
}
