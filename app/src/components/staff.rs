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

/// Letters that choose options after the tenth, in order: Crockford's alphabet (no I, L or O,
/// which read as 1 and 0 beside the number keys; no U) without B, which goes back.
const LETTER_KEYS: &str = "ACDEFGHJKMNPQRSTVWXYZ";

/// The key that chooses the option at `index` (from 0) in staff mode: 1–9, then 0 for the
/// tenth, then letters, so every option of even the longest question has one key.
pub fn option_key(index: usize) -> Option<char> {
    match index {
        0..=8 => char::from_digit(index as u32 + 1, 10),
        9 => Some('0'),
        _ => LETTER_KEYS.chars().nth(index - 10),
    }
}

/// The option index a key chooses (either case), the inverse of [`option_key`].
pub fn option_index(key: char) -> Option<usize> {
    let key = key.to_ascii_uppercase();
    match key {
        '1'..='9' => key.to_digit(10).map(|d| d as usize - 1),
        '0' => Some(9),
        _ => LETTER_KEYS.find(key).map(|i| i + 10),
    }
}

/// The keys that work on a question page in staff mode, with the option keys this question
/// uses (none for free text).
#[component]
pub fn KeyLegend(options: usize) -> impl IntoView {
    let i18n = use_i18n();
    let keys: Vec<char> = (0..options).filter_map(option_key).collect();
    // "1–9" for a run of digits; the keys after it one by one ("0", "A"), as each is shown
    // beside its option.
    let run = keys.len().min(9);
    let choose = (!keys.is_empty()).then(|| {
        let last = keys[run - 1];
        view! {
            <dt>
                <kbd>"1"</kbd>
                {(run > 1).then(|| view! { "–"<kbd>{last.to_string()}</kbd> })}
                {keys[run..].iter().map(|k| view! { " "<kbd>{k.to_string()}</kbd> }).collect_view()}
            </dt>
            <dd>{move || i18n.t("keys-choose")}</dd>
        }
    });
    view! {
        <dl class="key-legend" aria-label=move || i18n.t("keys-title")>
            {choose}
            <dt><kbd>"Enter"</kbd></dt>
            <dd>{move || i18n.t("keys-continue")}</dd>
            <dt><kbd>"B"</kbd></dt>
            <dd>{move || i18n.t("keys-back")}</dd>
        </dl>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_option_of_a_long_question_has_its_own_key_and_b_is_never_one() {
        let keys: Vec<char> = (0..31).map(|i| option_key(i).unwrap()).collect();
        assert_eq!(keys[..11], ['1', '2', '3', '4', '5', '6', '7', '8', '9', '0', 'A']);
        for (i, k) in keys.iter().enumerate() {
            assert_eq!(option_index(*k), Some(i), "{k}");
            assert_eq!(option_index(k.to_ascii_lowercase()), Some(i), "{k}");
            assert!(keys[..i].iter().all(|earlier| earlier != k), "{k} twice");
        }
        assert_eq!(option_index('B'), None);
        assert_eq!(option_key(31), None);
    }
}
