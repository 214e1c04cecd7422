//! Every language named in itself, with `lang` on each, on every page. Switching keeps the
//! answers and the step: only the words change. Without JavaScript each language is a button
//! of a form the server answers (`POST /language`, back to this page in that language).

use leptos::prelude::*;

use crate::i18n::{available_locales, remember_choice, set_language_cookie, use_i18n};
use crate::journey::use_journey;

#[component]
pub fn LanguageSwitcher() -> impl IntoView {
    let i18n = use_i18n();
    let journey = use_journey();
    let locales = available_locales();
    let location = leptos_router::hooks::use_location();
    let here = move || {
        let search = location.search.get();
        if search.is_empty() {
            location.pathname.get()
        } else {
            format!("{}?{search}", location.pathname.get())
        }
    };
    view! {
        <nav class="language-switcher" aria-label=i18n.tr("language-switcher-label")>
          <form method="post" action="/language">
            <input type="hidden" name="back" value=here/>
            <ul class="language-switcher__list">
                {locales
                    .into_iter()
                    .map(|l| {
                        let tag = l.tag.clone();
                        let tag_for_click = l.tag.clone();
                        let current = move || i18n.locale.get() == tag;
                        view! {
                            <li>
                                <Show
                                    when=current.clone()
                                    fallback={
                                        let (tag, name, tag_click) = (l.tag.clone(), l.name.clone(), tag_for_click.clone());
                                        move || {
                                            let tag_click = tag_click.clone();
                                            view! {
                                                <button
                                                    type="submit"
                                                    name="lang"
                                                    value=tag.clone()
                                                    class="link-button language-switcher__link"
                                                    lang=tag.clone()
                                                    on:click=move |ev| {
                                                        ev.prevent_default();
                                                        if journey.is_staff() {
                                                            set_language_cookie(&tag_click, false);
                                                        } else {
                                                            remember_choice(&tag_click);
                                                        }
                                                        i18n.switch(tag_click.clone());
                                                    }
                                                >
                                                    {name.clone()}
                                                </button>
                                            }
                                        }
                                    }
                                >
                                    <span class="language-switcher__current" lang=l.tag.clone() aria-current="true">
                                        {l.name.clone()}
                                    </span>
                                </Show>
                            </li>
                        }
                    })
                    .collect_view()}
            </ul>
          </form>
        </nav>
    }
}
