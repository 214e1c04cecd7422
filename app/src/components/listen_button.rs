//! "Listen": reads the page's main text aloud in the active language with the browser's
//! own speech synthesis. If the device has no voice for the language, the button says so
//! rather than reading in the wrong language.

use leptos::prelude::*;
use web_sys::{SpeechSynthesisUtterance, SpeechSynthesisVoice};

use crate::i18n::use_i18n;

#[derive(Clone, Copy, PartialEq, Eq)]
enum State {
    Idle,
    Speaking,
    NoVoice,
}

/// A voice whose language matches `tag` (exactly, then by primary language).
fn voice_for(tag: &str) -> Option<SpeechSynthesisVoice> {
    let synth = window().speech_synthesis().ok()?;
    let voices: Vec<SpeechSynthesisVoice> =
        synth.get_voices().iter().filter_map(|v| wasm_bindgen::JsCast::dyn_into(v).ok()).collect();
    let primary = |t: &str| t.split(['-', '_']).next().unwrap_or(t).to_ascii_lowercase();
    voices
        .iter()
        .find(|v| v.lang().eq_ignore_ascii_case(tag))
        .or_else(|| voices.iter().find(|v| primary(&v.lang()) == primary(tag)))
        .cloned()
}

#[component]
pub fn ListenButton(
    /// The words to read, in reading order.
    text: Signal<String>,
) -> impl IntoView {
    let i18n = use_i18n();
    let state = RwSignal::new(State::Idle);
    // Reading aloud needs the app: until it runs, and without JavaScript, the button is not
    // shown (`needs-app`).
    let waiting = crate::components::hydrated::until_hydrated();
    // A new page or language resets the button.
    Effect::new(move |_| {
        let _ = (text.get(), i18n.locale.get());
        state.set(State::Idle);
    });
    // Stop reading when the page goes. Only if it is reading: touching `speechSynthesis` at all
    // costs ~20 ms the first time (at 4× throttle), on every step otherwise.
    on_cleanup(move || {
        if state.try_get_untracked() == Some(State::Speaking) {
            if let Ok(s) = window().speech_synthesis() {
                s.cancel();
            }
        }
    });

    let toggle = move |_| {
        let Ok(synth) = window().speech_synthesis() else {
            state.set(State::NoVoice);
            return;
        };
        if state.get_untracked() == State::Speaking {
            synth.cancel();
            state.set(State::Idle);
            return;
        }
        let tag = i18n.locale.get_untracked();
        let Some(voice) = voice_for(&tag) else {
            state.set(State::NoVoice);
            return;
        };
        let Ok(utterance) = SpeechSynthesisUtterance::new_with_text(&text.get_untracked()) else { return };
        utterance.set_lang(&tag);
        utterance.set_voice(Some(&voice));
        let done = wasm_bindgen::closure::Closure::<dyn Fn()>::new(move || state.set(State::Idle));
        utterance.set_onend(Some(wasm_bindgen::JsCast::unchecked_ref(done.as_ref())));
        done.forget();
        synth.cancel();
        synth.speak(&utterance);
        state.set(State::Speaking);
    };

    view! {
        <button type="button" class="listen-button button button--secondary" class:needs-app=waiting on:click=toggle aria-pressed=move || (state.get() == State::Speaking).to_string()>
            <span class="listen-button__icon" aria-hidden="true"></span>
            {move || match state.get() {
                State::Idle => i18n.t("listen"),
                State::Speaking => i18n.t("listen-stop"),
                State::NoVoice => i18n.t("listen-no-voice"),
            }}
        </button>
    }
}
