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

#[component]
pub fn Layout(children: Children) -> impl IntoView {
    let i18n = use_i18n();
    let announcer = Announcer(RwSignal::new(String::new()));
    provide_context(announcer);
    provide_context(FirstPage(RwSignal::new(true)));

    view! {
        <a href="#main" class="skip-link">{move || i18n.t("skip-to-main")}</a>
        <ExitThisPage/>
        <header class="site-header">
            <div class="site-header__inner width-container">
                <a href="/" class="site-header__title">{move || i18n.t("app-title")}</a>
                <div class="site-header__tools">
                    <LanguageSwitcher/>
                </div>
            </div>
        </header>
        <div class="width-container">
            <main id="main" class="main" tabindex="-1">
                <StaffBar/>
                {children()}
            </main>
        </div>
        <div class="visually-hidden" aria-live="polite" aria-atomic="true">{move || announcer.0.get()}</div>
        <footer class="site-footer">
            <div class="width-container">
                <p class="body-s">{move || i18n.t("footer-help")}</p>
                <p class="body-s">{move || i18n.t("footer-privacy")}</p>
                <MotionSetting/>
            </div>
        </footer>
    }
}
