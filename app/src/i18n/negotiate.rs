//! Which languages exist (from the shell's `<meta name="app-locales">`, written by the
//! bundler) and which one to show.

use leptos::prelude::*;

use assessment::locale::best_match;

use super::SOURCE_LOCALE;

const CHOICE_KEY: &str = "care-self-assessment.language";

/// A language on offer: tag, own name, and where its words are.
pub use assessment::locale::Offered as Locale;

/// The languages on offer, provided once for the whole app (the server knows them from the
/// build; the browser reads them from the page).
#[derive(Clone, Debug, Default)]
pub struct Locales(pub Vec<Locale>);

pub fn available_locales() -> Vec<Locale> {
    match use_context::<Locales>() {
        Some(l) => l.0,
        None => locales_from_page(),
    }
}

/// The shell's list, written by the bundler.
pub fn locales_from_page() -> Vec<Locale> {
    let content = document()
        .query_selector("meta[name=app-locales]")
        .ok()
        .flatten()
        .and_then(|m| m.get_attribute("content"))
        .unwrap_or_default();
    Locale::parse_meta(&content)
}

/// A choice kept on this device but not yet in the `lang` cookie (made before the server
/// rendered pages): the server could not know it.
pub fn choice_only_on_device() -> Option<String> {
    use wasm_bindgen::JsCast;
    let cookies = document().dyn_into::<web_sys::HtmlDocument>().ok()?.cookie().ok()?;
    let has_cookie = cookies.split(';').any(|c| c.trim().starts_with(&format!("{LANGUAGE_COOKIE}=")));
    let saved = storage()?.get_item(CHOICE_KEY).ok().flatten()?;
    (!has_cookie).then_some(saved)
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

/// Remembers an explicit choice on this device (never in staff mode: shared PCs): for the app,
/// and as the `lang` cookie the server renders pages in (a preference, not an answer).
pub fn remember_choice(tag: &str) {
    if let Some(s) = storage() {
        let _ = s.set_item(CHOICE_KEY, tag);
    }
    set_language_cookie(tag, true);
}

/// The language the server renders the next page in. Staff mode keeps it only for the session.
pub fn set_language_cookie(tag: &str, remember: bool) {
    use wasm_bindgen::JsCast;
    let age = if remember { "; Max-Age=31536000" } else { "" };
    if let Ok(doc) = document().dyn_into::<web_sys::HtmlDocument>() {
        let _ = doc.set_cookie(&format!("{LANGUAGE_COOKIE}={tag}; Path=/; SameSite=Strict{age}"));
    }
}

/// The cookie the server reads for the person's chosen language.
pub const LANGUAGE_COOKIE: &str = "lang";

fn storage() -> Option<web_sys::Storage> {
    window().local_storage().ok().flatten()
}
