//! Contact-centre mode: a call reference to type into the case system, "Start a new call",
//! and a visible key legend. Nothing of a call is written to the shared PC's storage.

use leptos::prelude::*;
use leptos_router::hooks::use_navigate;

use crate::i18n::use_i18n;
use crate::journey::use_journey;

#[component]
pub fn StaffBar() -> impl IntoView {
    let i18n = use_i18n();
    let journey = use_journey();
    let navigate = use_navigate();
    let new_call = move |_| {
        journey.start_staff_call();
        navigate(&journey.first_step(), Default::default());
    };
    view! {
        <Show when=move || journey.is_staff()>
            <div class="staff-bar">
                <p class="body">
                    {i18n.tr("call-reference")}" "
                    <strong class="call-reference" dir="ltr">{move || journey.data.with(|d| d.call_reference.clone())}</strong>
                </p>
                <button type="button" class="button button--secondary" on:click=new_call.clone()>{i18n.tr("new-call")}</button>
            </div>
        </Show>
    }
}

/// Letters that choose options after the tenth, in order: Crockford's alphabet (no I, L or O,
/// which read as 1 and 0 beside the number keys; no U) without B, which goes back.
const LETTER_KEYS: &str = "ACDEFGHJKMNPQRSTVWXYZ";

/// The option (index from 0) a key chooses in staff mode, either case: 1–9, then 0 for the
/// tenth, then letters, so every option of even the longest question has a key. The same
/// keys are drawn beside the options by `@counter-style option-keys` in
/// style/components/key-legend.css (the tests below hold the two together).
pub fn option_index(key: char) -> Option<usize> {
    let key = key.to_ascii_uppercase();
    match key {
        '1'..='9' => key.to_digit(10).map(|d| d as usize - 1),
        '0' => Some(9),
        _ => LETTER_KEYS.find(key).map(|i| i + 10),
    }
}

/// The keys that work on a question page in staff mode. Option keys run 1–9, 0, A… (each
/// option shows its own); written out in full, not per question: this is on the first load.
#[component]
pub fn KeyLegend() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <dl class="key-legend" aria-label=i18n.tr("keys-title")>
            <dt><kbd>"1"</kbd>"–"<kbd>"9"</kbd>" "<kbd>"0"</kbd>" "<kbd>"A"</kbd>"…"</dt>
            <dd>{i18n.tr("keys-choose")}</dd>
            <dt><kbd>"Enter"</kbd></dt>
            <dd>{i18n.tr("keys-continue")}</dd>
            <dt><kbd>"B"</kbd></dt>
            <dd>{i18n.tr("keys-back")}</dd>
        </dl>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The key for each option, in order: every key that chooses one.
    fn keys() -> Vec<char> {
        "1234567890".chars().chain(LETTER_KEYS.chars()).collect()
    }

    #[test]
    fn every_option_of_a_long_question_has_its_own_key_and_b_is_never_one() {
        let keys = keys();
        assert_eq!(keys[..11], ['1', '2', '3', '4', '5', '6', '7', '8', '9', '0', 'A']);
        for (i, k) in keys.iter().enumerate() {
            assert_eq!(option_index(*k), Some(i), "{k}");
            assert_eq!(option_index(k.to_ascii_lowercase()), Some(i), "{k}");
        }
        for k in ['B', 'b', 'I', 'L', 'O', 'U', ' ', '!'] {
            assert_eq!(option_index(k), None, "{k}");
        }
    }

    #[test]
    fn the_keys_drawn_beside_the_options_are_the_keys_that_choose_them() {
        let css = include_str!("../../../style/components/key-legend.css");
        let rule = css.split("@counter-style option-keys").nth(1).expect("the counter style is there");
        let symbols = rule.split_once("symbols:").unwrap().1.split_once(';').unwrap().0;
        let drawn: Vec<char> = symbols.split('"').skip(1).step_by(2).flat_map(str::chars).collect();
        assert_eq!(drawn, keys());
    }
}
