//! Which languages exist (from the shell's `<meta name="app-locales">`, written by the
//! bundler) and which one to show.

use leptos::prelude::*;

use assessment::locale::best_match;

use super::SOURCE_LOCALE;

const CHOICE_KEY: &str = "care-self-assessment.language";

/// A language on offer: tag, own name, and where its words are.
pub use assessment::locale::Offered as Locale;

pub fn available_locales() -> Vec<Locale> {
    let content = document()
        .query_selector("meta[name=app-locales]")
        .ok()
        .flatten()
        .and_then(|m| m.get_attribute("content"))
        .unwrap_or_default();
    Locale::parse_meta(&content)
}

/// The person's saved choice, then the browser's languages, then en-GB.
pub fn negotiate() -> String {
    let available = available_locales();
    let has = |tag: &str| available.iter().any(|l| l.tag == tag);
    if let Some(saved) = storage().and_then(|s| s.get_item(CHOICE_KEY).ok().flatten()) {
        if has(&saved) {
            return saved;
        }
    }
    let wanted = window().navigator().languages();
    for value in wanted.iter() {
        let Some(tag) = value.as_string() else { continue };
        if let Some(found) = best_match(&tag, available.iter().map(|l| l.tag.as_str())) {
            return found;
        }
    }
    SOURCE_LOCALE.to_string()
}

/// Remembers an explicit choice on this device (never in staff mode: shared PCs).
pub fn remember_choice(tag: &str) {
    if let Some(s) = storage() {
        let _ = s.set_item(CHOICE_KEY, tag);
    }
}

fn storage() -> Option<web_sys::Storage> {
    window().local_storage().ok().flatten()
}
