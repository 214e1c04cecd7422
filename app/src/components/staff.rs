//! Contact-centre mode: a call reference to type into the case system, "Start a new call",
//! and a visible key legend. Nothing of a call is written to the shared PC's storage.

use leptos::prelude::*;
use leptos_router::hooks::use_navigate;

use crate::i18n::use_i18n;
use crate::journey::use_journey;

/// Crockford base32: no I, L, O or U, so a reference read over the phone is not misheard.
const ALPHABET: &[u8] = b"0123456789ABCDEFGHJKMNPQRSTVWXYZ";

/// A short random reference made on this device ("K3M-9QX"); it names the call, not the
/// person, and carries no personal data.
pub fn new_call_reference() -> String {
    let mut bytes = [0u8; 6];
    if let Some(crypto) = window().crypto().ok() {
        let _ = crypto.get_random_values_with_u8_array(&mut bytes);
    }
    let chars: String = bytes.iter().map(|b| ALPHABET[(*b as usize) % ALPHABET.len()] as char).collect();
    format!("{}-{}", &chars[..3], &chars[3..])
}

#[component]
pub fn StaffBar() -> impl IntoView {
    let i18n = use_i18n();
    let journey = use_journey();
    let navigate = use_navigate();
    let new_call = move |_| {
        journey.start_staff_call();
        navigate(&crate::pages::who::first_step(journey), Default::default());
    };
    view! {
        <Show when=move || journey.is_staff()>
            <div class="staff-bar">
                <p class="body">
                    {move || i18n.t("call-reference")}" "
                    <strong class="call-reference" dir="ltr">{move || journey.data.with(|d| d.call_reference.clone())}</strong>
                </p>
                <button type="button" class="button button--secondary" on:click=new_call.clone()>{move || i18n.t("new-call")}</button>
            </div>
        </Show>
    }
}

/// The keys that work on a question page in staff mode.
#[component]
pub fn KeyLegend() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <dl class="key-legend" aria-label=move || i18n.t("keys-title")>
            <dt><kbd>"1"</kbd>"–"<kbd>"9"</kbd></dt>
            <dd>{move || i18n.t("keys-choose")}</dd>
            <dt><kbd>"Enter"</kbd></dt>
            <dd>{move || i18n.t("keys-continue")}</dd>
            <dt><kbd>"B"</kbd></dt>
            <dd>{move || i18n.t("keys-back")}</dd>
        </dl>
    }
}
