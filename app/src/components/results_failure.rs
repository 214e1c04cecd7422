//! When the results cannot be worked out, what the person can do about it, by what went wrong
//! (`api::Failure`, read from the server's problem type):
//!
//! - offline, or the server down or busy: "We cannot reach the service" and Try again;
//! - the council changed the questions since the page loaded: the journey goes to the server
//!   and the person to Check your answers, where the answers are carried forward to the new
//!   questions and the notice names those to check again (`journey/carry.rs`);
//! - answers not accepted: which ones, each a link to change it;
//! - a fault on our side: try later, and the help line's number.

use std::sync::Arc;

use assessment::Questionnaire;
use leptos::prelude::*;

use crate::api::{ApiError, Failure};
use crate::components::gate::Unreachable;
use crate::i18n::use_i18n;
use crate::journey::{use_journey, wording};

#[component]
pub fn ResultsFailure(
    error: ApiError,
    q: Arc<Questionnaire>,
    on_retry: impl Fn() + Clone + Send + Sync + 'static,
) -> impl IntoView {
    match error.failure() {
        Failure::Retry => view! { <Unreachable on_retry=on_retry/> }.into_any(),
        Failure::QuestionsChanged => view! { <QuestionsChanged on_retry=on_retry/> }.into_any(),
        Failure::NotAccepted(ids) => view! { <NotAccepted q=q ids=ids/> }.into_any(),
        Failure::ServerError => view! { <ServerError on_retry=on_retry/> }.into_any(),
    }
}

/// Says what is happening, hands the journey to the server and loads Check your answers from
/// it: the page, its words and the questions all come new, so nothing of the old questions
/// stays on screen. If the journey cannot be handed over, the person can try again.
#[component]
fn QuestionsChanged(on_retry: impl Fn() + Clone + Send + Sync + 'static) -> impl IntoView {
    let i18n = use_i18n();
    let journey = use_journey();
    let failed = RwSignal::new(false);
    #[cfg(not(feature = "ssr"))]
    {
        let data = journey.data.get_untracked();
        leptos::task::spawn_local(async move {
            match crate::api::save_journey(&data).await {
                Ok(()) => {
                    let _ = window().location().assign("/check");
                }
                Err(_) => failed.set(true),
            }
        });
    }
    #[cfg(feature = "ssr")]
    let _ = journey;
    move || {
        let on_retry = on_retry.clone();
        if failed.get() {
            view! { <Unreachable on_retry=on_retry/> }.into_any()
        } else {
            view! {
                <p class="body" role="status"><span class="spinner" aria-hidden="true"></span>" "{i18n.tr("results-questions-changed")}</p>
            }
            .into_any()
        }
    }
}

/// The answers the server did not accept, each a link to change it; then Check your answers.
#[component]
fn NotAccepted(q: Arc<Questionnaire>, ids: Vec<String>) -> impl IntoView {
    let i18n = use_i18n();
    let args = wording::use_args();
    let panel = NodeRef::<leptos::html::Div>::new();
    Effect::new(move |_| {
        if let Some(el) = panel.get() {
            let _ = el.focus();
        }
    });
    let items: Vec<(String, String)> = ids
        .iter()
        .filter_map(|id| q.questions.iter().find(|x| &x.id == id))
        .map(|x| (x.id.clone(), x.text.clone()))
        .collect();
    view! {
        <div class="error-summary" node_ref=panel role="alert" tabindex="-1" aria-labelledby="not-accepted-title">
            <h2 class="error-summary__title" id="not-accepted-title">{i18n.tr("results-not-accepted-title")}</h2>
            <div class="error-summary__body">
                <p class="body">{i18n.tr("results-not-accepted-body")}</p>
                <ul class="error-summary__list list">
                    {items.into_iter().map(|(id, text)| view! {
                        <li><a href=format!("/questions/{id}?change=1")>{move || i18n.t_args(&text, &args.get())}</a></li>
                    }).collect_view()}
                </ul>
                <p class="body"><a class="link" href="/check">{i18n.tr("results-not-accepted-check")}</a></p>
            </div>
        </div>
    }
}

/// A fault on our side: the answers are safe, try later, or call.
#[component]
fn ServerError(on_retry: impl Fn() + Send + Sync + 'static) -> impl IntoView {
    let i18n = use_i18n();
    let panel = NodeRef::<leptos::html::Div>::new();
    Effect::new(move |_| {
        if let Some(el) = panel.get() {
            let _ = el.focus();
        }
    });
    view! {
        <div class="error-summary" node_ref=panel role="alert" tabindex="-1" aria-labelledby="server-error-title">
            <h2 class="error-summary__title" id="server-error-title">{i18n.tr("results-server-error-title")}</h2>
            <div class="error-summary__body">
                <p class="body">{i18n.tr("results-server-error-body")}</p>
                <p class="body">{i18n.tr("results-server-error-call")}</p>
                <button type="button" class="button button--secondary" on:click=move |_| on_retry()>
                    {i18n.tr("retry")}
                </button>
            </div>
        </div>
    }
}
