//! The built front end: pre-compressed files (br, then gzip), long caching for content-hashed
//! names, `no-cache` for the shell, and the shell for any client route so deep links work.

use std::path::Path;

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
    Router::new().fallback_service(files).layer(middleware::from_fn(cache_headers))
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
    use super::is_hashed;

    #[test]
    fn only_content_hashed_names_are_immutable() {
        assert!(is_hashed("/app.0123456789abcdef.wasm"));
        assert!(is_hashed("/locales/pl.0123456789abcdef.ftl"));
        assert!(!is_hashed("/index.html"));
        assert!(!is_hashed("/favicon.svg"));
        assert!(!is_hashed("/questions/meals"));
    }
}
