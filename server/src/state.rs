//! What the server holds after start-up: the validated content and its JSON, ready to serve.

use std::collections::BTreeMap;
use std::hash::{Hash, Hasher};
use std::path::Path;

use assessment::content::{self, ContentErrors};
use assessment::Content;
use axum::body::Bytes;
use axum::http::HeaderValue;

use crate::encoding::Precompressed;

pub struct AppState {
    pub content: Content,
    /// `GET /api/v1/questionnaire` body, serialised once; compressed once too (the JSON is
    /// ~22 KB raw, ~3 KB brotli, and every first visit downloads it).
    pub questionnaire: Precompressed,
    pub questionnaire_etag: HeaderValue,
    /// Locale folders found under `locales/` (e.g. `en-GB`, `pl`).
    pub locales: Vec<String>,
    /// `GET /api/v1/questionnaire/shapes/{tag}`: each archived questionnaire's shape, by the
    /// tag its hand-over codes carry, serialised and compressed once, with its ETag.
    pub shapes: BTreeMap<u16, (Precompressed, HeaderValue)>,
}

impl AppState {
    /// The content folder with its own `archive/`.
    pub fn load(content_dir: &Path, locales_dir: &Path) -> Result<AppState, ContentErrors> {
        AppState::load_with_archive(content_dir, &content_dir.join(content::ARCHIVE_DIR), locales_dir)
    }

    pub fn load_with_archive(
        content_dir: &Path,
        archive_dir: &Path,
        locales_dir: &Path,
    ) -> Result<AppState, ContentErrors> {
        let content = content::load_with_archive(content_dir, archive_dir, locales_dir)?;
        let locales = list_locales(locales_dir);
        AppState::new(content, locales)
    }

    /// Fails only when two questionnaire versions' codes would carry the same tag.
    pub fn new(content: Content, locales: Vec<String>) -> Result<AppState, ContentErrors> {
        let order = app_order(&locales);
        let order: Vec<&str> = order.iter().map(String::as_str).collect();
        let shapes = content::code_tags(&content, &order)?
            .into_iter()
            .map(|(tag, shape)| {
                let json = serde_json::to_vec(shape).expect("the model always serialises");
                let etag = etag(&json);
                (tag, (Precompressed::new(Bytes::from(json)), etag))
            })
            .collect();
        let json = serde_json::to_vec(&content.questionnaire).expect("the model always serialises");
        let questionnaire_etag = etag(&json);
        Ok(AppState {
            content,
            questionnaire: Precompressed::new(Bytes::from(json)),
            questionnaire_etag,
            locales,
            shapes,
        })
    }
}

fn etag(body: &[u8]) -> HeaderValue {
    let mut h = std::collections::hash_map::DefaultHasher::new();
    body.hash(&mut h);
    HeaderValue::from_str(&format!("\"{:016x}\"", h.finish())).expect("hex is a valid header")
}

/// The languages in the order the built app lists them (`cargo xtask build`: folder names
/// sorted, the source language first), which is the order hand-over codes number them in,
/// so a tag computed here matches the tag the app wrote.
fn app_order(locales: &[String]) -> Vec<String> {
    let mut order = locales.to_vec();
    order.sort_by(|a, b| assessment::locale::app_order(a).cmp(&assessment::locale::app_order(b)));
    order
}

fn list_locales(dir: &Path) -> Vec<String> {
    let mut out: Vec<String> = std::fs::read_dir(dir)
        .into_iter()
        .flatten()
        .filter_map(|e| e.ok())
        .filter(|e| e.path().is_dir())
        .filter_map(|e| e.file_name().into_string().ok())
        .collect();
    out.sort();
    out
}
