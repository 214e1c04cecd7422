//! The frame of every page: skip link, header with language choice and "Exit this page",
//! the main area, and a footer with the motion setting. Help sits in the same place on
//! every step (WCAG 3.2.6).

use leptos::prelude::*;

use super::exit_this_page::ExitThisPage;
use super::heading::{Announcer, FirstPage};
use super::language_switcher::LanguageSwitcher;
use super::settings::MotionSetting;
use super::staff::StaffBar;
use crate::i18n::use_i18n;

/// `children` keeps its type (not `Children`, an `AnyView`): the router inside hydrates
/// through it asynchronously (lazy routes), and an erased view hydrates only synchronously
/// (vendor/README.md).
#[component]
pub fn Layout<C: IntoView + 'static>(children: TypedChildren<C>) -> impl IntoView {
    let children = children.into_inner();
    let i18n = use_i18n();
    let announcer = Announcer(RwSignal::new(String::new()));
    provide_context(announcer);
    provide_context(FirstPage(RwSignal::new(true)));

    // Keys are the browser's (the server has no window).
    #[cfg(not(feature = "ssr"))]
    {
        // Links styled as buttons act like buttons: Space presses them too (as GOV.UK's do).
        let handle = window_event_listener(leptos::ev::keydown, |ev| {
            use wasm_bindgen::JsCast;
            if ev.key() != " " {
                return;
            }
            let target = ev.target().and_then(|t| t.dyn_into::<web_sys::HtmlElement>().ok());
            if let Some(a) =
                target.filter(|t| t.tag_name() == "A" && t.get_attribute("role").as_deref() == Some("button"))
            {
                ev.prevent_default();
                a.click();
            }
        });
        on_cleanup(move || handle.remove());

        // Entry animations are for pages the app draws as the person moves on: once the
        // address first changes, `<html data-navigated>` lets the CSS animate. A page as it came
        // from the server is painted still (style/components/step.css).
        let location = leptos_router::hooks::use_location();
        Effect::new(move |before: Option<String>| {
            let path = location.pathname.get();
            if before.is_some_and(|b| b != path) {
                if let Some(html) = document().document_element() {
                    let _ = html.set_attribute("data-navigated", "");
                }
            }
            path
        });
    }

    view! {
        <a href="#main" class="skip-link" on:click=skip_to_main>{i18n.tr("skip-to-main")}</a>
        <ExitThisPage/>
        <header class="site-header">
            <div class="site-header__inner width-container">
                <a href="/" class="site-header__title">{i18n.tr("app-title")}</a>
                <div class="site-header__tools">
                    <LanguageSwitcher/>
                </div>
            </div>
        </header>
        <div class="width-container page-body">
            <main id="main" class="main" tabindex="-1">
                <StaffBar/>
                {children()}
            </main>
        </div>
        <div class="visually-hidden" aria-live="polite" aria-atomic="true">{move || announcer.0.get()}</div>
        <footer class="site-footer">
            <div class="width-container">
                <p class="body-s">{i18n.tr("footer-help")}</p>
                <p class="body-s">{i18n.tr("footer-privacy")}</p>
                <MotionSetting/>
            </div>
        </footer>
    }
}

/// The router would treat `#main` as a navigation; move focus to the main area instead.
fn skip_to_main(ev: leptos::ev::MouseEvent) {
    use wasm_bindgen::JsCast;
    ev.prevent_default();
    if let Some(main) = document().get_element_by_id("main").and_then(|m| m.dyn_into::<web_sys::HtmlElement>().ok()) {
        let _ = main.focus();
    }
}
