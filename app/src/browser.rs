//! How the app starts in the browser, on the page the server already rendered.
//!
//! The server's page is complete and works without the app. The app fetches its words (in the
//! page's language, `<html lang>`), the questionnaire and, on a later page loaded directly,
//! that page's chunk, then hydrates the page from the journey it was rendered from (the page's
//! data block, `page_state.rs`): the same markup, so nothing moves, flashes or loses focus. If
//! any of them cannot be fetched, the page stays as the server sent it, and keeps working.

use std::rc::Rc;
use std::sync::Arc;

use leptos::prelude::*;

use crate::components::hydrated::Hydrated;
use crate::i18n::{self, I18n, Locales};
use crate::journey::Journey;
use crate::page_state::{FirstPageState, PageState, ELEMENT_ID};

/// Set on `<html>` once the app runs the page (the browser tests wait for it).
const HYDRATED_ATTRIBUTE: &str = "data-app";

pub fn start() {
    wasm_bindgen_futures::spawn_local(async {
        let locales = Locales(i18n::locales_from_page());
        let tag = first_language(&locales);
        let path = window().location().pathname().unwrap_or_default();
        // A later page loaded directly (a reload on Check, a hand-over link opened on a new
        // device) needs its own chunk, styles and words before it can be hydrated.
        let later = !is_first_page(&path);
        // All three download side by side; if any cannot, the server's page stays as it is.
        let (words, questionnaire, chunk) = futures::future::join3(
            i18n::load_words(&tag, later),
            crate::api::questionnaire(),
            crate::chunks::load_later_page_at(&path),
        )
        .await;
        let (Ok((words, source)), Ok(questionnaire), Ok(())) = (words, questionnaire, chunk) else { return };
        // Hydrating is one long task; the downloads' own work (parsing the words and the
        // questions) was another. A pause between them lets the browser paint and answer a
        // tap in between.
        yield_to_browser().await;
        let state = page_state();
        let app = move || {
            provide_context(locales.clone());
            let i18n = I18n::new();
            i18n.install(&tag, (Rc::new(words), source.map(Rc::new)), later);
            provide_context(i18n);
            let journey = Journey::ready(state.journey.clone(), Arc::new(questionnaire));
            provide_context(journey);
            provide_context(FirstPageState::new(Some(state)));
            crate::components::settings::provide_motion_setting();
            let hydrated = Hydrated(RwSignal::new(false));
            provide_context(hydrated);
            let available = locales.0.iter().map(|l| l.tag.clone()).collect::<Vec<_>>();
            // Effects run once the page is in place: from here the app may change it. What only
            // the app does (and the re-render it brings) waits for the next task, so hydrating
            // and enhancing are two shorter tasks, not one long one a tap would wait behind.
            Effect::new(move |_| {
                let owner = Owner::current();
                let available = available.clone();
                leptos::task::spawn_local(async move {
                    yield_to_browser().await;
                    let enhance = move || {
                        hydrated.0.set(true);
                        journey.after_hydration();
                        mark_ready();
                        // Chosen on this device before the server rendered pages: switch to it
                        // now, and tell the server from now on.
                        if let Some(saved) = i18n::choice_only_on_device().filter(|t| available.contains(t)) {
                            i18n::set_language_cookie(&saved, true);
                            if saved != i18n.locale.get_untracked() {
                                i18n.switch(saved);
                            }
                        }
                    };
                    match owner {
                        Some(owner) => owner.with(enhance),
                        None => enhance(),
                    }
                });
            });
            view! { <crate::App/> }
        };
        // Synchronous hydration: a later page's chunk, styles and words are already here, so
        // its route (a lazy one) is ready at once, as the router's synchronous hydration needs.
        // (`hydrate_lazy` would await it instead, but costs 13.5 KB of async hydration code.)
        leptos::mount::hydrate_body(app);
    });
}

/// Start, who and the questions: the first load's own pages. Every other page lives in a
/// chunk of its own (`chunks.rs`).
fn is_first_page(path: &str) -> bool {
    path == "/" || path == "/who" || path.starts_with("/questions/")
}

/// Resolves in a later task (`setTimeout` 0), after the browser has had its turn.
async fn yield_to_browser() {
    let pause = js_sys::Promise::new(&mut |resolve, _| {
        let _ = window().set_timeout_with_callback(&resolve);
    });
    let _ = wasm_bindgen_futures::JsFuture::from(pause).await;
}

fn mark_ready() {
    if let Some(html) = document().document_element() {
        let _ = html.set_attribute(HYDRATED_ATTRIBUTE, "ready");
    }
}

/// The language the server rendered the page in (it negotiated: saved choice, then the
/// browser's languages); a page without one is negotiated here.
fn first_language(locales: &Locales) -> String {
    let server = document().document_element().and_then(|h| h.get_attribute("lang"));
    match server.filter(|tag| locales.0.iter().any(|l| &l.tag == tag)) {
        Some(tag) => tag,
        None => i18n::negotiate(),
    }
}

/// The journey the server rendered this page from. A block that cannot be read counts as a
/// new journey (the server's page is then one too: it writes the block from the same journey).
fn page_state() -> PageState {
    document()
        .get_element_by_id(ELEMENT_ID)
        .and_then(|el| el.text_content())
        .and_then(|text| serde_json::from_str(&text).ok())
        .unwrap_or_default()
}
