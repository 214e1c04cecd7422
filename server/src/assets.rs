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
use axum::routing::get;
use axum::Router;
use tower_http::services::ServeDir;

use crate::encoding::Precompressed;

pub const INDEX: &str = "index.html";

pub fn router<S: Clone + Send + Sync + 'static>(
    dist: &Path,
    index_html: axum::body::Bytes,
    pages: Option<Arc<crate::pages::Pages>>,
) -> Router<S> {
    let shells = Arc::new(Shells::load(dist, index_html));
    let shell = {
        let shells = shells.clone();
        let pages = pages.clone();
        move |req: Request| {
            let shells = shells.clone();
            let pages = pages.clone();
            async move {
                match pages {
                    // Any other address is a page the server renders: "Page not found".
                    Some(pages) if !is_file(req.uri().path()) => {
                        crate::pages::not_found(axum::extract::State(pages), req).await
                    }
                    _ => shell_or_404(req.uri().path(), req.headers(), &shells),
                }
            }
        }
    };
    let files = ServeDir::new(dist)
        .precompressed_br()
        .precompressed_gzip()
        // Leave `/` to the language-aware shell below, not to ServeDir's own index.html.
        .append_index_html_on_directories(false)
        .fallback(tower::service_fn(move |req: Request| {
            let fut = shell(req);
            async move { Ok::<_, std::convert::Infallible>(fut.await) }
        }));
    let front = move |headers: HeaderMap| {
        let shells = shells.clone();
        async move { shells.respond(&headers) }
    };
    // With pages rendered by the server, `/` is one of them (src/pages).
    let router = match pages {
        Some(_) => Router::new(),
        None => Router::new().route("/", get(front.clone())).route("/index.html", get(front)),
    };
    router.fallback_service(files).layer(middleware::from_fn(cache_headers))
}

/// The shell in each language the build wrote (`index.html` in the source language, first in
/// the shell's `<meta name="app-locales" content="tag|name|/file;…">`, and `index.<tag>.html`
/// for the others), each compressed once.
pub struct Shells {
    /// (tag, the language's `.ftl` URL, its shell)
    locales: Vec<(String, String, Precompressed)>,
    default: Precompressed,
}

impl Shells {
    /// A language whose `index.<tag>.html` is missing (a bundle from an older build) gets the
    /// default shell; the app still switches to it once it starts.
    pub fn load(dist: &Path, index_html: axum::body::Bytes) -> Self {
        let default = Precompressed::new(index_html.clone());
        let locales = shell_locales(&index_html)
            .into_iter()
            .enumerate()
            .map(|(i, (tag, file))| {
                let own = (i > 0).then(|| std::fs::read(dist.join(format!("index.{tag}.html"))).ok()).flatten();
                let shell = own.map(|b| Precompressed::new(b.into())).unwrap_or_else(|| default.clone());
                (tag, file, shell)
            })
            .collect();
        Shells { locales, default }
    }

    /// The language the app will choose for a browser sending this `Accept-Language` (unless
    /// the person picked another on this device before): its shell and `.ftl` URL.
    fn for_browser(&self, accept_language: Option<&str>) -> (&Precompressed, Option<&str>) {
        let tags = self.locales.iter().map(|(tag, _, _)| tag.as_str());
        let chosen = accept_language.and_then(|h| assessment::locale::from_accept_language(h, tags));
        let found = match chosen {
            Some(tag) => self.locales.iter().find(|(t, _, _)| *t == tag),
            None => self.locales.first(),
        };
        match found {
            Some((_, file, shell)) => (shell, Some(file.as_str())),
            None => (&self.default, None),
        }
    }

    /// The shell, with a `Link: …; rel=preload` for the words in its language, so they download
    /// alongside the wasm instead of after it starts.
    pub fn respond(&self, headers: &HeaderMap) -> Response {
        let accept_language = headers.get(header::ACCEPT_LANGUAGE).and_then(|v| v.to_str().ok());
        let (shell, words) = self.for_browser(accept_language);
        let (body, encoding) = shell.pick(headers);
        let mut res = Response::builder()
            .header(header::CONTENT_TYPE, "text/html; charset=utf-8")
            .header(header::VARY, "accept-encoding, accept-language")
            .body(Body::from(body))
            .expect("static headers are valid");
        if let Some(encoding) = encoding {
            res.headers_mut().insert(header::CONTENT_ENCODING, encoding);
        }
        // `crossorigin` makes the preload's request match the app's `fetch` (CORS mode).
        if let Some(link) =
            words.and_then(|f| HeaderValue::from_str(&format!("<{f}>; rel=preload; as=fetch; crossorigin")).ok())
        {
            res.headers_mut().insert(header::LINK, link);
        }
        res
    }
}

/// (tag, file URL) from the shell's `app-locales` meta, written by `cargo xtask build`.
fn shell_locales(html: &[u8]) -> Vec<(String, String)> {
    let html = String::from_utf8_lossy(html);
    let content = html
        .split_once(r#"name="app-locales" content=""#)
        .and_then(|(_, rest)| rest.split_once('"'))
        .map(|(content, _)| content)
        .unwrap_or_default();
    assessment::locale::Offered::parse_meta(content)
        .into_iter()
        .filter(|l| l.file.starts_with('/'))
        .map(|l| (l.tag, l.file))
        .collect()
}

/// Client routes (no file extension) get the shell; a missing file gets a plain 404, so a
/// stale script URL fails loudly instead of being answered with HTML.
fn shell_or_404(path: &str, headers: &HeaderMap, shells: &Shells) -> Response {
    if is_file(path) {
        return (StatusCode::NOT_FOUND, [(header::CONTENT_TYPE, "text/plain; charset=utf-8")], "Not found")
            .into_response();
    }
    shells.respond(headers)
}

/// A file's address (`/app.js`), not a page's (`/questions/meals`).
fn is_file(path: &str) -> bool {
    path.rsplit('/').next().unwrap_or("").contains('.')
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
    use axum::http::HeaderMap;

    use super::{is_hashed, Shells};
    use crate::encoding::Precompressed;

    #[test]
    fn only_content_hashed_names_are_immutable() {
        assert!(is_hashed("/app.0123456789abcdef.wasm"));
        assert!(is_hashed("/locales/pl.0123456789abcdef.ftl"));
        assert!(!is_hashed("/index.html"));
        assert!(!is_hashed("/favicon.svg"));
        assert!(!is_hashed("/questions/meals"));
    }

    #[test]
    fn the_shell_and_its_words_follow_the_browser_language() {
        let dist = std::env::temp_dir().join(format!("shells-test-{}", std::process::id()));
        std::fs::create_dir_all(&dist).unwrap();
        std::fs::write(dist.join("index.pl.html"), "polski").unwrap();
        let shell = r#"<meta name="app-locales" content="en-GB|English|/locales/en-GB.1.ftl;pl|Polski|/locales/pl.2.ftl;ur|اردو|/locales/ur.3.ftl">"#;
        let shells = Shells::load(&dist, shell.into());
        let body = |s: &Precompressed| s.pick(&HeaderMap::new()).0;
        let (pl, file) = shells.for_browser(Some("pl-PL,pl;q=0.9,en;q=0.8"));
        assert_eq!((body(pl).as_ref(), file), (b"polski".as_ref(), Some("/locales/pl.2.ftl")));
        // Nothing on offer, or no header: the source language, as the app falls back.
        for accept in [Some("en-US"), Some("de"), None] {
            let (en, file) = shells.for_browser(accept);
            assert_eq!((body(en).as_ref(), file), (shell.as_bytes(), Some("/locales/en-GB.1.ftl")), "{accept:?}");
        }
        // An older bundle without index.ur.html: the default shell, still with Urdu words preloaded.
        let (ur, file) = shells.for_browser(Some("ur"));
        assert_eq!((body(ur).as_ref(), file), (shell.as_bytes(), Some("/locales/ur.3.ftl")));
        std::fs::remove_dir_all(&dist).unwrap();
    }
}
