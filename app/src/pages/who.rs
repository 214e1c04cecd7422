//! "Who is this for?" sets the perspective every later question is worded from.

use assessment::Perspective;
use leptos::prelude::*;
use leptos_router::hooks::use_navigate;

use crate::components::back_link::BackLink;
use crate::components::error_summary::ErrorSummary;
use crate::components::heading::{focus_on_mount, use_title};
use crate::i18n::use_i18n;
use crate::journey::{step, use_journey};

const CHOICES: [(Perspective, &str); 3] =
    [(Perspective::Myself, "who-self"), (Perspective::Other, "who-other"), (Perspective::Staff, "who-staff")];

#[component]
pub fn Who() -> impl IntoView {
    let i18n = use_i18n();
    let journey = use_journey();
    let navigate = use_navigate();
    let hydrated = crate::components::hydrated::use_hydrated();
    let h1 = NodeRef::new();
    focus_on_mount(h1);

    let chosen = RwSignal::new(journey.data.with_untracked(|d| d.perspective));
    let name = RwSignal::new(journey.data.with_untracked(|d| d.name.clone()));
    // A page the server sent back unanswered shows its error from the start.
    let errors = RwSignal::new(match crate::page_state::FirstPageState::take_error() {
        true => vec![("who-self".to_string(), i18n.t("who-error"))],
        false => Vec::new(),
    });
    use_title(i18n.tr("who-title"), Signal::derive(move || !errors.with(Vec::is_empty)));

    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let Some(p) = chosen.get() else {
            errors.set(vec![("who-self".into(), i18n.t("who-error"))]);
            return;
        };
        if p == Perspective::Staff {
            // A shared PC: nothing of this call may stay on the device.
            journey.start_staff_call();
        }
        let reference = journey.data.with_untracked(|d| d.call_reference.clone());
        journey.data.update(|d| step::choose_perspective(d, p, &name.get_untracked(), || reference));
        navigate(&journey.first_step(), Default::default());
    };

    view! {
        <BackLink href="/"/>
        <ErrorSummary errors=errors/>
        <form method="post" action="/who" on:submit=submit novalidate>
            <div class="form-group" class=("form-group--error", move || !errors.with(Vec::is_empty))>
                <fieldset class="fieldset" aria-describedby=move || if errors.with(Vec::is_empty) { None } else { Some("who-error") }>
                    <legend class="fieldset__legend">
                        <h1 class="fieldset__heading heading-l" node_ref=h1 tabindex="-1">{i18n.tr("who-title")}</h1>
                    </legend>
                    <Show when=move || !errors.with(Vec::is_empty)>
                        <p class="error-message" id="who-error">
                            <span class="visually-hidden">{i18n.tr("error-prefix")}" "</span>
                            {i18n.tr("who-error")}
                        </p>
                    </Show>
                    <div class="radios">
                        {CHOICES
                            .into_iter()
                            .map(|(p, id)| {
                                let hint = format!("{id}.hint");
                                let hint_id = format!("{id}-hint");
                                view! {
                                    <div class="radios__item">
                                        <input
                                            class="radios__input"
                                            id=id
                                            name="who"
                                            type="radio"
                                            value=p.as_str()
                                            checked=chosen.get_untracked() == Some(p)
                                            aria-describedby=hint_id.clone()
                                            prop:checked=move || chosen.get() == Some(p)
                                            on:change=move |_| chosen.set(Some(p))
                                        />
                                        <label class="radios__label" for=id>{move || i18n.t(id)}</label>
                                        <div class="radios__hint hint" id=hint_id>{move || i18n.t(&hint)}</div>
                                    </div>
                                    {(p == Perspective::Other).then(|| view! {
                                        // Without JavaScript nothing reveals it, so the server's page shows it.
                                        <Show when=move || !hydrated.get() || chosen.get() == Some(Perspective::Other)>
                                            <div class="radios__conditional form-group">
                                                <label class="label" for="helped-name">{i18n.tr("who-name-label")}</label>
                                                <div class="hint" id="helped-name-hint">{i18n.tr("who-name-hint")}</div>
                                                <input
                                                    class="input"
                                                    id="helped-name"
                                                    name="name"
                                                    type="text"
                                                    value=name.get_untracked()
                                                    autocomplete="off"
                                                    spellcheck="false"
                                                    maxlength="40"
                                                    aria-describedby="helped-name-hint"
                                                    prop:value=move || name.get()
                                                    on:input=move |ev| name.set(event_target_value(&ev))
                                                />
                                            </div>
                                        </Show>
                                    })}
                                }
                            })
                            .collect_view()}
                    </div>
                </fieldset>
            </div>
            <button type="submit" class="button">{i18n.tr("continue")}</button>
        </form>
    }
}

/// `/staff`: a contact-centre desktop starts straight in staff mode, saving nothing.
#[component]
pub fn StaffEntry() -> impl IntoView {
    let journey = use_journey();
    let navigate = use_navigate();
    // (The server starts the call itself and redirects: server/src/pages.)
    #[cfg(not(feature = "ssr"))]
    {
        journey.start_staff_call();
        request_animation_frame(move || navigate(&journey.first_step(), Default::default()));
    }
    #[cfg(feature = "ssr")]
    let _ = (journey, navigate);
}
