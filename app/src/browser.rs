//! How the app starts in the browser, beside the page the server already rendered.
//!
//! The server's page (`<div id="ssr">`) stays, readable and working, while the app fetches its
//! words and the questionnaire. The app starts from the same journey the server rendered (the
//! page's data block, `page_state.rs`) in the same language (`<html lang>`), so once both have
//! arrived it shows the very same page and the server's copy is removed. If either cannot be
//! fetched, the server's page simply stays: it works without the app.

use leptos::prelude::*;

use crate::i18n::{self, I18n, Locales};
use crate::journey::{Journey, Load};
use crate::page_state::{FirstPageState, PageState, ELEMENT_ID};

/// The server's page, replaced once the app can show the same thing.
const SERVER_PAGE_ID: &str = "ssr";

/// Provides the app's state and starts the downloads; true once the app can take over.
pub fn start() -> Signal<bool> {
    let locales = Locales(i18n::locales_from_page());
    provide_context(locales.clone());
    let i18n = I18n::new();
    provide_context(i18n);
    i18n.switch(first_language(&locales));

    let state = page_state();
    let journey = Journey::new();
    if let Some(s) = &state {
        journey.resumable.set(s.journey.under_way());
        journey.data.set(s.journey.clone());
    }
    provide_context(FirstPageState::new(state));
    provide_context(journey);
    journey.load_questionnaire();
    journey.keep_saved();
    crate::components::settings::provide_motion_setting();

    let ready = Signal::derive(move || i18n.ready() && matches!(journey.questionnaire.get(), Load::Ready(_)));
    Effect::new(move |_| {
        if ready.get() {
            for id in [SERVER_PAGE_ID, "loading"] {
                if let Some(el) = document().get_element_by_id(id) {
                    el.remove();
                }
            }
        }
    });
    ready
}

/// The language the server rendered the page in; a page without one (the plain shell) is
/// negotiated here.
fn first_language(locales: &Locales) -> String {
    let available = |tag: &String| locales.0.iter().any(|l| &l.tag == tag);
    // Chosen on this device before the server rendered pages: from now on the server knows it.
    if let Some(saved) = i18n::choice_only_on_device().filter(available) {
        i18n::set_language_cookie(&saved, true);
        return saved;
    }
    let server = document().document_element().and_then(|h| h.get_attribute("lang"));
    match server.filter(|tag| locales.0.iter().any(|l| &l.tag == tag)) {
        Some(tag) if document().get_element_by_id(SERVER_PAGE_ID).is_some() => tag,
        _ => i18n::negotiate(),
    }
}

/// The journey the server rendered this page from. A block that cannot be read is ignored:
/// the app then starts as a new journey would, and the server's page says the same.
fn page_state() -> Option<PageState> {
    let text = document().get_element_by_id(ELEMENT_ID)?.text_content()?;
    serde_json::from_str(&text).ok()
}
