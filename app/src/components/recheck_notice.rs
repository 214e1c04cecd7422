//! "The questions have changed": shown while a journey carried forward to new questions
//! (`journey/carry.rs`) has answers to check again, or had answers taken out. Each question to
//! check is a link to it (its Change page, which comes back to Check your answers); a question
//! leaves the list once answered. On Check your answers and on the question pages, so it is
//! on the next page the person sees, with or without JavaScript.

use std::sync::Arc;

use assessment::Questionnaire;
use leptos::prelude::*;

use crate::i18n::use_i18n;
use crate::journey::{use_journey, wording};

#[component]
pub fn RecheckNotice(q: Arc<Questionnaire>) -> impl IntoView {
    let i18n = use_i18n();
    let journey = use_journey();
    let args = wording::use_args();
    move || {
        let (changed, answers) = journey.data.with(|d| (d.changed.clone(), d.answers.clone()));
        let changed = changed?;
        // Only questions still asked of this person (an answer since may have hidden one).
        let path = q.path(&answers);
        let items: Vec<(String, String)> = changed
            .recheck
            .iter()
            .filter_map(|id| path.iter().find(|x| &x.id == id))
            .map(|x| (x.id.clone(), x.text.clone()))
            .collect();
        if items.is_empty() && !changed.removed {
            return None;
        }
        let removed = changed.removed;
        let listed = !items.is_empty();
        Some(view! {
            <div class="notification-banner" role="region" aria-labelledby="recheck-notice-title" id="recheck-notice">
                <div class="notification-banner__title" id="recheck-notice-title">{move || i18n.t("notice-title")}</div>
                <div class="notification-banner__content">
                    <p class="body"><strong>{move || i18n.t("questions-changed-title")}</strong></p>
                    <p class="body">{move || i18n.t("questions-changed-kept")}</p>
                    {removed.then(|| view! { <p class="body">{move || i18n.t("questions-changed-removed")}</p> })}
                    {listed.then(|| view! {
                        <p class="body">{move || i18n.t("questions-changed-recheck")}</p>
                        <ul class="list list--bullet">
                            {items.into_iter().map(|(id, text)| view! {
                                <li><a class="link" href=format!("/questions/{id}?change=1")>{move || i18n.t_args(&text, &args.get())}</a></li>
                            }).collect_view()}
                        </ul>
                    })}
                </div>
            </div>
        })
    }
}
