//! The self-assessment journey in the browser: mount and the route table, nothing else.

mod api;
mod components;
mod i18n;
mod journey;
mod pages;
mod routes;

use leptos::prelude::*;
use leptos_router::components::{Route, Router, Routes};
use leptos_router::path;
use leptos_router::Lazy;
use wasm_bindgen::prelude::wasm_bindgen;

use components::layout::Layout;
use pages::*;

#[wasm_bindgen(start)]
pub fn main() {
    console_error_panic_hook::set_once();
    leptos::mount::mount_to_body(App);
}

#[component]
fn App() -> impl IntoView {
    let i18n = i18n::I18n::new();
    provide_context(i18n);
    i18n.switch(i18n::negotiate());

    let journey = journey::Journey::new();
    provide_context(journey);
    journey.load_questionnaire();
    journey.keep_saved();
    components::settings::provide_motion_setting();

    // Remove the shell's loading indicator once the words have arrived.
    Effect::new(move |_| {
        if i18n.ready() {
            if let Some(el) = document().get_element_by_id("loading") {
                el.remove();
            }
        }
    });

    view! {
        <Router>
            <Show when=move || i18n.ready()>
                <Layout>
                    <Routes fallback=|| view! { <not_found::NotFound/> }>
                        <Route path=path!("/") view=start::Start/>
                        <Route path=path!("/who") view=who::Who/>
                        <Route path=path!("/staff") view=who::StaffEntry/>
                        <Route path=path!("/questions/:id") view=question::QuestionPage/>
                        <Route path=path!("/urgent/:route") view={Lazy::<routes::UrgentRoute>::new()}/>
                        <Route path=path!("/check") view={Lazy::<routes::CheckRoute>::new()}/>
                        <Route path=path!("/results") view={Lazy::<routes::ResultsRoute>::new()}/>
                        <Route path=path!("/handover") view={Lazy::<routes::HandoverRoute>::new()}/>
                        <Route path=path!("/resume") view={Lazy::<routes::ResumeRoute>::new()}/>
                    </Routes>
                </Layout>
            </Show>
        </Router>
    }
}
