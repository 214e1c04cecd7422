//! What this is, what it is not, how long it takes and how answers are handled; then Start.

use leptos::prelude::*;

use crate::components::heading::{focus_on_mount, use_title};
use crate::components::unchecked_notice::UncheckedNotice;
use crate::i18n::use_i18n;
use crate::journey::{navigation, use_journey, Load, SavedProblem};

#[component]
pub fn Start() -> impl IntoView {
    let i18n = use_i18n();
    let journey = use_journey();
    let hydrated = crate::components::hydrated::use_hydrated();
    let h1 = NodeRef::new();
    focus_on_mount(h1);
    use_title(i18n.tr("start-title"), Signal::stored(false));

    let resume_href = move || {
        journey.questionnaire.with(|q| match q {
            Load::Ready(q) => {
                journey.data.with(|d| match (d.perspective, navigation::first_unanswered(q, &d.answers, &d.skipped)) {
                    (None, _) => "/who".to_string(),
                    (Some(_), Some(next)) => format!("/questions/{}", next.id),
                    (Some(_), None) => "/check".to_string(),
                })
            }
            _ => "/who".to_string(),
        })
    };

    // The server could not read the answers this browser carried (its page says so once).
    let unreadable = RwSignal::new(crate::page_state::FirstPageState::take_error());

    view! {
        {move || {
            let saved = journey.notice.get().map(|problem| match problem {
                SavedProblem::Unreadable => "saved-unreadable",
            });
            saved.or(unreadable.get().then_some("answers-unreadable"))
        }.map(|message| {
            view! {
                <div class="notification-banner" role="region" aria-labelledby="notice-title">
                    <div class="notification-banner__title" id="notice-title">{i18n.tr("notice-title")}</div>
                    <div class="notification-banner__content">
                        <p class="body">{move || i18n.t(message)}</p>
                        <button type="button" class="link-button" class:needs-app=crate::components::hydrated::until_hydrated() on:click=move |_| {
                            journey.notice.set(None);
                            unreadable.set(false);
                        }>
                            {i18n.tr("notice-dismiss")}
                        </button>
                    </div>
                </div>
            }
        })}
        // Until a native speaker has checked this language's safety messages (issue 16).
        <UncheckedNotice/>
        <h1 class="heading-xl" node_ref=h1 tabindex="-1">{i18n.tr("start-title")}</h1>
        <p class="body-l">{i18n.tr("start-intro")}</p>
        <p class="body">{i18n.tr("start-time")}</p>
        <div class="inset-text">
            <p class="body">{i18n.tr("start-not-assessment")}</p>
        </div>
        <div class="warning-text">
            <span class="warning-text__icon" aria-hidden="true">"!"</span>
            <strong class="warning-text__text">{i18n.tr("start-danger-now")}</strong>
        </div>
        <h2 class="heading-m">{i18n.tr("start-privacy-title")}</h2>
        <p class="body">{i18n.tr("start-privacy")}</p>

        <Show
            when=move || journey.resumable.get()
            fallback=move || view! {
                // Saving on the device needs the app: the server's page leaves it out.
                {move || hydrated.get().then(|| view! {
                <div class="checkboxes">
                    <div class="checkboxes__item">
                        <input
                            class="checkboxes__input"
                            id="save-on-device"
                            type="checkbox"
                            aria-describedby="save-on-device-hint"
                            prop:checked=move || journey.save.get()
                            on:change=move |ev| journey.save.set(event_target_checked(&ev))
                        />
                        <label class="checkboxes__label" for="save-on-device">{i18n.tr("save-on-device")}</label>
                        <div class="checkboxes__hint hint" id="save-on-device-hint">{i18n.tr("save-on-device-hint")}</div>
                    </div>
                </div>
                })}
                <a href="/who" role="button" draggable="false" class="button button--start">
                    {i18n.tr("start-button")}
                    <span class="button__arrow" aria-hidden="true"></span>
                </a>
                <p class="body"><a class="link" href="/resume">{i18n.tr("handover-have-code")}</a></p>
            }
        >
            <h2 class="heading-m">{i18n.tr("resume-title")}</h2>
            <p class="body">{i18n.tr("resume-body")}</p>
            <div class="button-group">
                <a href=resume_href role="button" draggable="false" class="button">{i18n.tr("resume-button")}</a>
                <form method="post" action="/clear">
                    <button type="submit" class="button button--secondary" on:click=move |ev| {
                        ev.prevent_default();
                        journey.clear();
                    }>
                        {i18n.tr("clear-answers")}
                    </button>
                </form>
            </div>
        </Show>
    }
}
