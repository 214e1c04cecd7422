//! The built front end: pre-compressed files (br, then gzip), long caching for content-hashed
//! names, `no-cache` for the shell, and the shell for any client route so deep links work.
//! The shell comes with a `Link: …; rel=preload` for the words in the language the browser asks
//! for, so they download alongside the wasm instead of after it starts.

use std::path::Path;
use std::sync::Arc;

use axum::body::Body;
use axum::extract::Request;
use axum::http::{header, HeaderMap, HeaderValue, StatusCode};
use axum::middleware::{self, Next};
use axum::response::{IntoResponse, Response};
use axum::Router;
use tower_http::services::ServeDir;

use crate::encoding::Precompressed;

pub const INDEX: &str = "index.html";

pub fn router<S: Clone + Send + Sync + 'static>(dist: &Path, index_html: axum::body::Bytes) -> Router<S> {
    let locales = Arc::new(ShellLocales::from_shell(&index_html));
    // Deep links (`/questions/…`) get the shell from memory, compressed once like dist/'s files.
    let index_html = Precompressed::new(index_html);
    let shell = move |req: Request| {
        let index_html = index_html.clone();
        async move { spa_fallback(req.uri().path(), req.headers(), &index_html) }
    };
    let files =
        ServeDir::new(dist).precompressed_br().precompressed_gzip().fallback(tower::service_fn(move |req: Request| {
            let fut = shell(req);
            async move { Ok::<_, std::convert::Infallible>(fut.await) }
        }));
    Router::new().fallback_service(files).layer(middleware::from_fn(cache_headers)).layer(middleware::from_fn(
        move |req: Request, next: Next| {
            let locales = locales.clone();
            async move { preload_words(&locales, req, next).await }
        },
    ))
}

/// The languages the shell offers (`<meta name="app-locales" content="tag|name|/file;…">`,
/// written by `cargo xtask build`), source language first.
#[derive(Debug, Default)]
pub struct ShellLocales {
    /// (tag, file URL)
    locales: Vec<(String, String)>,
}

impl ShellLocales {
    pub fn from_shell(html: &[u8]) -> Self {
        let html = String::from_utf8_lossy(html);
        let content = html
            .split_once(r#"name="app-locales" content=""#)
            .and_then(|(_, rest)| rest.split_once('"'))
            .map(|(content, _)| content)
            .unwrap_or_default();
        let locales = content
            .split(';')
            .filter_map(|entry| {
                let mut parts = entry.split('|');
                let tag = parts.next()?.trim();
                let file = parts.nth(1)?.trim();
                (!tag.is_empty() && file.starts_with('/')).then(|| (tag.to_string(), file.to_string()))
            })
            .collect();
        ShellLocales { locales }
    }

    /// The file the app will fetch for a browser sending this `Accept-Language` (the app's own
    /// choice, unless the person picked another language on this device before).
    pub fn file_for(&self, accept_language: Option<&str>) -> Option<&str> {
        let tags = self.locales.iter().map(|(tag, _)| tag.as_str());
        let chosen = accept_language.and_then(|h| assessment::locale::from_accept_language(h, tags));
        let found = match chosen {
            Some(tag) => self.locales.iter().find(|(t, _)| *t == tag),
            None => self.locales.first(),
        };
        found.map(|(_, file)| file.as_str())
    }
}

async fn preload_words(locales: &ShellLocales, req: Request, next: Next) -> Response {
    let accept_language = req.headers().get(header::ACCEPT_LANGUAGE).and_then(|v| v.to_str().ok()).map(str::to_owned);
    let mut res = next.run(req).await;
    let is_shell = res
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|t| t.starts_with("text/html"));
    if !is_shell || !(res.status().is_success() || res.status() == StatusCode::NOT_MODIFIED) {
        return res;
    }
    if let Some(file) = locales.file_for(accept_language.as_deref()) {
        // `crossorigin` makes the preload's request match the app's `fetch` (CORS mode).
        if let Ok(link) = HeaderValue::from_str(&format!("<{file}>; rel=preload; as=fetch; crossorigin")) {
            res.headers_mut().insert(header::LINK, link);
        }
    }
    res.headers_mut().insert(header::VARY, HeaderValue::from_static("accept-encoding, accept-language"));
    res
}

/// Client routes (no file extension) get the shell; a missing file gets a plain 404, so a
/// stale script URL fails loudly instead of being answered with HTML.
fn spa_fallback(path: &str, headers: &HeaderMap, index_html: &Precompressed) -> Response {
    let last = path.rsplit('/').next().unwrap_or("");
    if last.contains('.') {
        return (StatusCode::NOT_FOUND, [(header::CONTENT_TYPE, "text/plain; charset=utf-8")], "Not found")
            .into_response();
    }
    let (body, encoding) = index_html.pick(headers);
    let mut res = Response::builder()
        .header(header::CONTENT_TYPE, "text/html; charset=utf-8")
        .body(Body::from(body))
        .expect("static headers are valid");
    if let Some(encoding) = encoding {
        res.headers_mut().insert(header::CONTENT_ENCODING, encoding);
    }
    res
}

async fn cache_headers(req: Request, next: Next) -> Response {
    let hashed = is_hashed(req.uri().path());
    let mut res = next.run(req).await;
    if res.status().is_success() || res.status() == StatusCode::NOT_MODIFIED {
        let value = if hashed { "public, max-age=31536000, immutable" } else { "no-cache" };
        res.headers_mut().insert(header::CACHE_CONTROL, HeaderValue::from_static(value));
        // ServeDir picks a .br or .gz sibling by Accept-Encoding but does not say so; without
        // Vary a shared cache could hand brotli to a browser that cannot read it.
        if !res.headers().contains_key(header::VARY) {
            res.headers_mut().insert(header::VARY, HeaderValue::from_static("accept-encoding"));
        }
    }
    res
}

/// `app.1a2b3c4d5e6f7a8b.wasm`: a 16-hex-digit segment is the content hash `xtask` adds.
pub fn is_hashed(path: &str) -> bool {
    let name = path.rsplit('/').next().unwrap_or("");
    name.split('.').any(|seg| seg.len() == 16 && seg.bytes().all(|b| b.is_ascii_hexdigit()))
}

#[cfg(test)]
mod tests {
    use super::{is_hashed, ShellLocales};

    #[test]
    fn only_content_hashed_names_are_immutable() {
        assert!(is_hashed("/app.0123456789abcdef.wasm"));
        assert!(is_hashed("/locales/pl.0123456789abcdef.ftl"));
        assert!(!is_hashed("/index.html"));
        assert!(!is_hashed("/favicon.svg"));
        assert!(!is_hashed("/questions/meals"));
    }

    #[test]
    fn the_shell_preloads_the_words_the_browser_asks_for() {
        let shell =
            br#"<meta name="app-locales" content="en-GB|English|/locales/en-GB.1.ftl;pl|Polski|/locales/pl.2.ftl">"#;
        let locales = ShellLocales::from_shell(shell);
        assert_eq!(locales.file_for(Some("pl-PL,pl;q=0.9,en;q=0.8")), Some("/locales/pl.2.ftl"));
        assert_eq!(locales.file_for(Some("en-US")), Some("/locales/en-GB.1.ftl"));
        // Nothing on offer, or no header: the source language, as the app falls back.
        assert_eq!(locales.file_for(Some("de")), Some("/locales/en-GB.1.ftl"));
        assert_eq!(locales.file_for(None), Some("/locales/en-GB.1.ftl"));
        assert_eq!(ShellLocales::from_shell(b"<html></html>").file_for(None), None);
    }
}
