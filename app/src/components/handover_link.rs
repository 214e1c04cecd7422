//! The way in to a hand-over, shown under the questions, on Check your answers and results.

use leptos::prelude::*;

use crate::i18n::use_i18n;

#[component]
pub fn HandoverLink() -> impl IntoView {
    let i18n = use_i18n();
    view! { <p class="body"><a class="link" href="/handover">{i18n.tr("handover-link")}</a></p> }
}
