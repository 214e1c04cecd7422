//! How the app starts in the browser, on the page the server already rendered.
//!
//! The server's page is complete and works without the app. The app fetches its words (in the
//! page's language, `<html lang>`) and the questionnaire, then hydrates that page from the
//! journey it was rendered from (the page's data block, `page_state.rs`): the same markup, so
//! nothing moves, flashes or loses focus. If either cannot be fetched, the page stays as the
//! server sent it, and keeps working.

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
        let (words, questionnaire) = (i18n::load_words(&tag).await, crate::api::questionnaire().await);
        let (Ok((words, source)), Ok(questionnaire)) = (words, questionnaire) else { return };
        let state = page_state();
        let first_page = is_first_page();
        let app = move || {
            provide_context(locales.clone());
            let i18n = I18n::new();
            i18n.install(&tag, (Rc::new(words), source.map(Rc::new)), false);
            provide_context(i18n);
            let journey = Journey::ready(state.journey.clone(), Arc::new(questionnaire));
            provide_context(journey);
            provide_context(FirstPageState::new(Some(state)));
            crate::components::settings::provide_motion_setting();
            let hydrated = Hydrated(RwSignal::new(false));
            provide_context(hydrated);
            let available = locales.0.iter().map(|l| l.tag.clone()).collect::<Vec<_>>();
            // Effects run once the page is in place: from here the app may change it.
            Effect::new(move |_| {
                hydrated.0.set(true);
                journey.after_hydration();
                if first_page {
                    mark_ready();
                }
                // Chosen on this device before the server rendered pages: switch to it now, and
                // tell the server from now on.
                if let Some(saved) = i18n::choice_only_on_device().filter(|t| available.contains(t)) {
                    i18n::set_language_cookie(&saved, true);
                    if saved != i18n.locale.get_untracked() {
                        i18n.switch(saved);
                    }
                }
            });
            view! { <crate::App/> }
        };
        if first_page {
            leptos::mount::hydrate_lazy(app);
        } else {
            take_over(app);
        }
    });
}

/// Start, who and the questions: the first load's own pages, hydrated where they stand.
fn is_first_page() -> bool {
    let path = window().location().pathname().unwrap_or_default();
    path == "/" || path == "/who" || path.starts_with("/questions/")
}

/// A later page loaded directly (a reload on Check, a hand-over link opened on a new device)
/// lives in a chunk of its own, which Leptos 0.8 does not hydrate in place (it adds a second
/// copy). The app is built beside the server's page, hidden, and takes its place once the page
/// is there; until then the server's page stays and works.
fn take_over<V: IntoView + 'static>(app: impl FnOnce() -> V + 'static) {
    use wasm_bindgen::JsCast;
    let doc = document();
    let Some(body) = doc.body() else { return };
    let Ok(holder) = doc.create_element("div") else { return };
    let _ = holder.set_attribute("hidden", "");
    let _ = body.append_child(&holder);
    let holder: web_sys::HtmlElement = holder.unchecked_into();
    let handle = std::rc::Rc::new(std::cell::RefCell::new(Some(leptos::mount::mount_to(holder.clone(), app))));
    // The page is there once its heading is (its chunk, styles and words have arrived).
    let started = js_sys::Date::now();
    let swap = std::rc::Rc::new(std::cell::RefCell::new(None::<leptos::prelude::IntervalHandle>));
    let swap_in = swap.clone();
    let interval = set_interval_with_handle(
        move || {
            let ready = holder.query_selector("main h1, main [role=alert]").ok().flatten().is_some();
            if !ready && js_sys::Date::now() - started < 15_000.0 {
                return;
            }
            if let Some(h) = swap_in.borrow_mut().take() {
                h.clear();
            }
            let mounted = handle.borrow_mut().take();
            if !ready {
                // Never arrived: keep the server's page, and stop the app (its router would
                // otherwise take the page's link clicks).
                drop(mounted);
                holder.remove();
                return;
            }
            if let Some(mounted) = mounted {
                mounted.forget();
            }
            let body = document().body().expect("the page has a body");
            let children = body.children();
            let server_nodes: Vec<_> = (0..children.length()).filter_map(|i| children.item(i)).collect();
            for node in server_nodes {
                if &node != holder.as_ref() as &web_sys::Element && node.tag_name() != "SCRIPT" {
                    node.remove();
                }
            }
            let _ = holder.remove_attribute("hidden");
            mark_ready();
        },
        std::time::Duration::from_millis(30),
    );
    *swap.borrow_mut() = interval.ok();
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
