//! Every language named in itself, with `lang` on each, on every page. Switching keeps the
//! answers and the step: only the words change.

use leptos::prelude::*;

use crate::i18n::{available_locales, remember_choice, use_i18n};
use crate::journey::use_journey;

#[component]
pub fn LanguageSwitcher() -> impl IntoView {
    let i18n = use_i18n();
    let journey = use_journey();
    let locales = available_locales();
    view! {
        <nav class="language-switcher" aria-label=move || i18n.t("language-switcher-label")>
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
                                                    type="button"
                                                    class="link-button language-switcher__link"
                                                    lang=tag.clone()
                                                    on:click=move |_| {
                                                        if !journey.is_staff() {
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
        </nav>
    }
}
