//! "Exit this page": for people who may be watched at home. The button, or Shift pressed
//! three times within 5 seconds, forgets the journey and replaces this page in the history
//! with a neutral site, so Back does not return here. Without JavaScript the button goes to
//! the server (`GET /exit`), which forgets the journey's cookie and sends the browser there.

use leptos::ev::keydown;
use leptos::prelude::*;

use crate::i18n::use_i18n;
use crate::journey::use_journey;

const PRESSES: usize = 3;
const WINDOW_MS: f64 = 5000.0;

#[component]
pub fn ExitThisPage() -> impl IntoView {
    let i18n = use_i18n();
    let journey = use_journey();
    let exit = move || {
        journey.clear();
        let url = document()
            .query_selector("meta[name=exit-url]")
            .ok()
            .flatten()
            .and_then(|m| m.get_attribute("content"))
            .unwrap_or_else(|| "about:blank".into());
        let _ = window().location().replace(&url);
    };

    // Keys are the browser's (the server has no window).
    #[cfg(not(feature = "ssr"))]
    {
        let presses = StoredValue::new(Vec::<f64>::new());
        let handle = window_event_listener(keydown, move |ev| {
            // Only Shift pressed on its own counts: Shift+Tab (moving back through the page)
            // must never trip it, so any other key starts the count again.
            if ev.key() != "Shift" {
                presses.update_value(Vec::clear);
                return;
            }
            if ev.repeat() {
                return;
            }
            let now = js_sys_now();
            let count = presses.try_update_value(|p| {
                p.retain(|t| now - t < WINDOW_MS);
                p.push(now);
                p.len()
            });
            if count.unwrap_or(0) >= PRESSES {
                exit();
            }
        });
        on_cleanup(move || handle.remove());
    }

    view! {
        <div class="exit-this-page">
            // A link, as GOV.UK's is: a form could not leave for another site under our
            // Content-Security-Policy (`form-action 'self'` also covers its redirect).
            <a
                href="/exit"
                role="button"
                draggable="false"
                class="button button--warning exit-this-page__button"
                on:click=move |ev| {
                    ev.prevent_default();
                    exit();
                }
            >
                {i18n.tr("exit-this-page")}
                <span class="visually-hidden">{i18n.tr("exit-this-page-hint")}</span>
            </a>
        </div>
    }
}

fn js_sys_now() -> f64 {
    window().performance().map(|p| p.now()).unwrap_or_default()
}
