//! The self-assessment journey: the route table, and how the app starts on each side.
//!
//! The server renders every page first (feature `ssr`, `ssr.rs`), so a page is complete and
//! works before, and without, any wasm. In the browser (feature `hydrate`) the app fetches its
//! words and the questionnaire, then hydrates the server's page from the same journey: from
//! then on steps are instant, animated and enhanced (`browser.rs`).

// Browser-only code (downloads, the device's storage, chunk loading) is compiled but not
// called on the server; the browser build (`--features hydrate`) is where it is checked for use.
#![cfg_attr(feature = "ssr", allow(dead_code, unused_imports))]
// Hydration types of the larger pages nest deeply.
#![recursion_limit = "512"]

mod api;
#[cfg(not(feature = "ssr"))]
mod browser;
#[cfg(not(feature = "ssr"))]
mod chunks;
mod components;
mod i18n;
mod journey;
pub mod page_state;
mod pages;
#[cfg(feature = "ssr")]
pub mod ssr;

use leptos::prelude::*;
use leptos_router::components::{Route, Router, Routes};
use leptos_router::path;

use components::layout::Layout;
use pages::*;

pub use i18n::{Locale, LANGUAGE_COOKIE};
pub use journey::{carry, step, Changed, JourneyData};
pub use pages::handover::error_message as resume_error_message;

#[cfg(feature = "hydrate")]
#[wasm_bindgen::prelude::wasm_bindgen(start)]
pub fn main() {
    console_error_panic_hook::set_once();
    browser::start();
}

/// A page only some people reach: its own wasm chunk in the browser (`chunks.rs`), rendered
/// straight away on the server.
#[cfg(feature = "ssr")]
macro_rules! later_page {
    ($chunk:ty, $page:path) => {
        $page
    };
}
#[cfg(not(feature = "ssr"))]
macro_rules! later_page {
    ($chunk:ty, $page:path) => {
        leptos_router::Lazy::<$chunk>::new()
    };
}

/// The pages. Whoever renders it (`ssr::render`, `browser::start`) provides the words, the
/// journey and the questionnaire first, so the server and the browser render the same.
/// A later page's path is also in `chunks::load_later_page_at`: the app hydrates
/// synchronously, so a page loaded directly needs its chunk fetched before it starts.
#[component]
fn App() -> impl IntoView {
    view! {
        <Router>
                <Layout>
                    <Routes fallback=|| view! { <crate::components::not_found::NotFound/> }>
                        <Route path=path!("/") view=start::Start/>
                        <Route path=path!("/who") view=who::Who/>
                        <Route path=path!("/staff") view=who::StaffEntry/>
                        <Route path=path!("/questions/:id") view=question::QuestionPage/>
                        <Route path=path!("/urgent/:route") view={later_page!(chunks::LazyUrgent, urgent::Urgent)}/>
                        <Route path=path!("/check") view={later_page!(chunks::LazyCheck, check::Check)}/>
                        <Route path=path!("/results") view={later_page!(chunks::LazyResults, results::Results)}/>
                        <Route path=path!("/handover") view={later_page!(chunks::LazyHandover, handover::HandoverPage)}/>
                        <Route path=path!("/resume") view={later_page!(chunks::LazyResume, handover::Resume)}/>
                    </Routes>
                </Layout>
        </Router>
    }
}
