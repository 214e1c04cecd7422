//! The built front end: deep links get the shell, missing files do not, hashed files are
//! cached for a year, and pre-compressed siblings are served when the browser accepts them.

mod common;

use axum::body::Body;
use axum::http::{header, Request, StatusCode};
use common::*;

#[tokio::test]
async fn a_deep_link_gets_the_shell_uncached() {
    let app = TestApp::new();
    for uri in ["/questions/whatever", "/", "/results", "/questions/meals?from=check"] {
        let res = app.get(uri).await;
        assert_eq!(res.status(), StatusCode::OK, "{uri}");
        assert!(content_type(&res).starts_with("text/html"), "{uri}");
        assert_eq!(res.headers()[header::CACHE_CONTROL], "no-cache", "{uri}");
        assert_eq!(bytes(res).await, INDEX_HTML.as_bytes(), "{uri}");
    }
}

#[tokio::test]
async fn the_shell_comes_in_the_browser_language_with_its_words_preloaded() {
    let app = TestApp::new();
    for (accept, file) in [
        (Some("ur-PK,ur;q=0.9,en;q=0.8"), "/locales/ur.0123456789abcdef.ftl"),
        (Some("de-DE, en-US;q=0.5"), "/locales/en-GB.0123456789abcdef.ftl"),
        (Some("fr"), "/locales/en-GB.0123456789abcdef.ftl"),
        (None, "/locales/en-GB.0123456789abcdef.ftl"),
    ] {
        for uri in ["/", "/questions/meals"] {
            let mut req = Request::get(uri);
            if let Some(accept) = accept {
                req = req.header(header::ACCEPT_LANGUAGE, accept);
            }
            let res = app.send(req.body(Body::empty()).unwrap()).await;
            assert_eq!(res.status(), StatusCode::OK);
            assert_eq!(
                res.headers()[header::LINK],
                format!("<{file}>; rel=preload; as=fetch; crossorigin"),
                "{accept:?} {uri}"
            );
            assert_eq!(res.headers()[header::VARY], "accept-encoding, accept-language", "{uri}");
        }
    }
    // The page itself is in the language asked for, where the build wrote one.
    let req = Request::get("/questions/meals").header(header::ACCEPT_LANGUAGE, "ur-PK").body(Body::empty()).unwrap();
    assert_eq!(bytes(app.send(req).await).await, INDEX_HTML_UR.as_bytes());
    let req = Request::get("/index.html").header(header::ACCEPT_LANGUAGE, "ur").body(Body::empty()).unwrap();
    assert_eq!(bytes(app.send(req).await).await, INDEX_HTML_UR.as_bytes());
    let req = Request::get("/").header(header::ACCEPT_LANGUAGE, "pl, en;q=0.5").body(Body::empty()).unwrap();
    assert_eq!(bytes(app.send(req).await).await, INDEX_HTML.as_bytes());
    // Only the shell: other files and the API carry no such hint.
    assert!(app.get(&format!("/{HASHED_JS}")).await.headers().get(header::LINK).is_none());
    assert!(app.get("/api/v1/questionnaire").await.headers().get(header::LINK).is_none());
}

#[tokio::test]
async fn a_missing_file_is_a_plain_404_not_the_shell() {
    let app = TestApp::new();
    for uri in ["/app.0123456789abcdee.js", "/missing.css", "/questions/x.wasm"] {
        let res = app.get(uri).await;
        assert_eq!(res.status(), StatusCode::NOT_FOUND, "{uri}");
        assert!(!content_type(&res).contains("html"), "{uri}: {}", content_type(&res));
        assert!(res.headers().get(header::CACHE_CONTROL).is_none(), "a 404 must not be cached for a year");
    }
}

#[tokio::test]
async fn a_hashed_file_is_immutable_for_a_year() {
    let res = TestApp::new().get(&format!("/{HASHED_JS}")).await;
    assert_eq!(res.status(), StatusCode::OK);
    assert!(content_type(&res).contains("javascript"), "{}", content_type(&res));
    assert_eq!(res.headers()[header::CACHE_CONTROL], "public, max-age=31536000, immutable");
}

#[tokio::test]
async fn an_unhashed_file_is_revalidated() {
    let res = TestApp::new().get("/x.wasm").await;
    assert_eq!(res.status(), StatusCode::OK);
    assert_eq!(res.headers()[header::CACHE_CONTROL], "no-cache");
}

#[tokio::test]
async fn brotli_is_served_when_accepted_with_the_original_type() {
    let app = TestApp::new();
    let req = Request::get("/x.wasm").header(header::ACCEPT_ENCODING, "gzip, br").body(Body::empty()).unwrap();
    let res = app.send(req).await;
    assert_eq!(res.status(), StatusCode::OK);
    assert_eq!(res.headers()[header::CONTENT_ENCODING], "br");
    assert_eq!(content_type(&res), "application/wasm");
    assert!(res.headers()[header::VARY].to_str().unwrap().to_ascii_lowercase().contains("accept-encoding"));
    assert_eq!(bytes(res).await, b"brotli-marker");

    // Without br in Accept-Encoding, the plain file.
    let res = app.get("/x.wasm").await;
    assert!(res.headers().get(header::CONTENT_ENCODING).is_none());
    assert_eq!(content_type(&res), "application/wasm");
    assert_eq!(bytes(res).await, b"\0asm\x01\0\0\0");
}

#[tokio::test]
async fn a_path_outside_dist_is_never_served() {
    let app = TestApp::new();
    for uri in
        ["/../secret.txt", "/%2e%2e/secret.txt", "/..%2fsecret.txt", "/%2e%2e%2fsecret.txt", "/a/../../secret.txt"]
    {
        let res = app.get(uri).await;
        let body = bytes(res).await;
        assert!(!String::from_utf8_lossy(&body).contains("SECRET"), "{uri}");
    }
}
