//! Shows its content once the questionnaire is here; a calm loading line meanwhile, and a
//! clear message with Retry if the server cannot be reached (answers are kept).

use std::sync::Arc;

use assessment::Questionnaire;
use leptos::prelude::*;

use crate::i18n::use_i18n;
use crate::journey::{use_journey, Load};

#[component]
pub fn QuestionnaireGate<F, V>(children: F) -> impl IntoView
where
    F: Fn(Arc<Questionnaire>) -> V + Send + Sync + 'static,
    V: IntoView + 'static,
{
    let i18n = use_i18n();
    let journey = use_journey();
    move || match journey.questionnaire.get() {
        Load::Ready(q) => children(q).into_any(),
        Load::Loading => view! {
            <p class="body" role="status"><span class="spinner" aria-hidden="true"></span>" "{i18n.tr("loading")}</p>
        }
        .into_any(),
        Load::Failed => view! { <Unreachable on_retry=move || journey.load_questionnaire()/> }.into_any(),
    }
}

/// "We cannot reach the service right now" with a Retry button. Nothing is lost.
#[component]
pub fn Unreachable(on_retry: impl Fn() + Send + Sync + 'static) -> impl IntoView {
    let i18n = use_i18n();
    // Keep a keyboard user's place: the message takes focus, as an error summary does.
    let panel = NodeRef::<leptos::html::Div>::new();
    Effect::new(move |_| {
        if let Some(el) = panel.get() {
            let _ = el.focus();
        }
    });
    view! {
        <div class="error-summary" node_ref=panel role="alert" tabindex="-1" aria-labelledby="unreachable-title">
            <h2 class="error-summary__title" id="unreachable-title">{i18n.tr("unreachable-title")}</h2>
            <div class="error-summary__body">
                <p class="body">{i18n.tr("unreachable-body")}</p>
                <button type="button" class="button button--secondary" on:click=move |_| on_retry()>
                    {i18n.tr("retry")}
                </button>
            </div>
        </div>
    }
}
