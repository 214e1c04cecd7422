//! GOV.UK error pattern: a summary at the top that takes focus, linking to the field.

use leptos::prelude::*;

use crate::i18n::use_i18n;

#[component]
pub fn ErrorSummary(
    /// (id of the field to link to, message)
    #[prop(into)]
    errors: Signal<Vec<(String, String)>>,
) -> impl IntoView {
    let i18n = use_i18n();
    let summary = NodeRef::<leptos::html::Div>::new();
    Effect::new(move |_| {
        if !errors.with(Vec::is_empty) {
            if let Some(el) = summary.get() {
                let _ = el.focus();
            }
        }
    });
    view! {
        <Show when=move || !errors.with(Vec::is_empty)>
            <div class="error-summary" node_ref=summary tabindex="-1" role="alert" aria-labelledby="error-summary-title">
                <h2 class="error-summary__title" id="error-summary-title">{i18n.tr("error-summary-title")}</h2>
                <div class="error-summary__body">
                    <ul class="error-summary__list list">
                        {move || {
                            errors
                                .get()
                                .into_iter()
                                .map(|(field, message)| {
                                    let href = format!("#{field}");
                                    view! {
                                        <li>
                                            <a
                                                href=href
                                                on:click=move |ev| {
                                                    // Focus the field itself, not just scroll to it.
                                                    ev.prevent_default();
                                                    if let Some(el) = document().get_element_by_id(&field) {
                                                        use wasm_bindgen::JsCast;
                                                        if let Ok(el) = el.dyn_into::<web_sys::HtmlElement>() {
                                                            let _ = el.focus();
                                                        }
                                                    }
                                                }
                                            >
                                                {message}
                                            </a>
                                        </li>
                                    }
                                })
                                .collect_view()
                        }}
                    </ul>
                </div>
            </div>
        </Show>
    }
}
