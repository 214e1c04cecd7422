//! What the server holds after start-up: the validated content and its JSON, ready to serve.

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
}

impl AppState {
    pub fn load(content_dir: &Path, locales_dir: &Path) -> Result<AppState, ContentErrors> {
        let content = content::load(content_dir, locales_dir)?;
        let locales = list_locales(locales_dir);
        Ok(AppState::new(content, locales))
    }

    pub fn new(content: Content, locales: Vec<String>) -> AppState {
        let json = serde_json::to_vec(&content.questionnaire).expect("the model always serialises");
        let mut h = std::collections::hash_map::DefaultHasher::new();
        json.hash(&mut h);
        let etag = format!("\"{:016x}\"", h.finish());
        AppState {
            content,
            questionnaire: Precompressed::new(Bytes::from(json)),
            questionnaire_etag: HeaderValue::from_str(&etag).expect("hex is a valid header"),
            locales,
        }
    }
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
