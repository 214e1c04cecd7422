//! The visible "Reduce motion" setting. Sets `<html data-motion="reduce">`, which the CSS
//! treats like `prefers-reduced-motion`. Remembered on the device only as a preference.

use leptos::prelude::*;

use crate::i18n::use_i18n;

const KEY: &str = "care-self-assessment.reduce-motion";

#[derive(Clone, Copy)]
pub struct ReduceMotion(pub RwSignal<bool>);

pub fn provide_motion_setting() {
    // The setting lives on the device; the server renders it off (CSS still follows the
    // system's own `prefers-reduced-motion`).
    #[cfg(feature = "ssr")]
    let stored = false;
    #[cfg(not(feature = "ssr"))]
    let stored =
        window().local_storage().ok().flatten().and_then(|s| s.get_item(KEY).ok().flatten()).is_some_and(|v| v == "1");
    let reduce = RwSignal::new(stored);
    provide_context(ReduceMotion(reduce));
    Effect::new(move |_| {
        let on = reduce.get();
        if let Some(html) = document().document_element() {
            let _ = if on { html.set_attribute("data-motion", "reduce") } else { html.remove_attribute("data-motion") };
        }
    });
}

#[component]
pub fn MotionSetting() -> impl IntoView {
    let i18n = use_i18n();
    let reduce = expect_context::<ReduceMotion>().0;
    let journey = crate::journey::use_journey();
    view! {
        // The setting is kept on the device by the app; without it the box would do nothing.
        <div class="settings checkboxes" class:needs-app=crate::components::hydrated::until_hydrated()>
            <div class="checkboxes__item">
                <input
                    class="checkboxes__input"
                    id="reduce-motion"
                    type="checkbox"
                    prop:checked=move || reduce.get()
                    on:change=move |ev| {
                        let on = event_target_checked(&ev);
                        reduce.set(on);
                        // A shared contact-centre PC keeps nothing, not even this.
                        if journey.is_staff() {
                            return;
                        }
                        if let Some(s) = window().local_storage().ok().flatten() {
                            let _ = if on { s.set_item(KEY, "1") } else { s.remove_item(KEY) };
                        }
                    }
                />
                <label class="checkboxes__label" for="reduce-motion">{i18n.tr("setting-reduce-motion")}</label>
            </div>
        </div>
    }
}
