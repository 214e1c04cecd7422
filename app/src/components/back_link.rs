use leptos::prelude::*;

use crate::i18n::use_i18n;

/// A Back link to a known place (the previous step on the person's path).
#[component]
pub fn BackLink(#[prop(into)] href: Signal<String>) -> impl IntoView {
    let i18n = use_i18n();
    view! { <a class="back-link" href=move || href.get()>{i18n.tr("back")}</a> }
}
