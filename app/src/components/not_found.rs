//! "Page not found": the router's fallback, and what a page shows for an address that names
//! nothing (an unknown urgent route), so no page has to import another.

use leptos::prelude::*;

use crate::components::heading::{focus_on_mount, use_title};
use crate::i18n::use_i18n;

#[component]
pub fn NotFound() -> impl IntoView {
    let i18n = use_i18n();
    let h1 = NodeRef::new();
    focus_on_mount(h1);
    use_title(i18n.tr("not-found-title"), Signal::stored(false));
    view! {
        <h1 class="heading-l" node_ref=h1 tabindex="-1">{i18n.tr("not-found-title")}</h1>
        <p class="body">{i18n.tr("not-found-body")}</p>
        <p class="body"><a class="link" href="/">{i18n.tr("not-found-start")}</a></p>
    }
}
