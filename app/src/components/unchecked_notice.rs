//! The start page's notice while a translation has not been checked by a native speaker
//! (issue 16): in the page's language and then in English, with the crisis numbers as
//! tap-to-call links.
//!
//! Whether a language needs it is decided by the build, not here: `cargo xtask build` puts the
//! English notice words into the language's file only while one of its safety-critical
//! messages (`content/safety-critical.toml`) is not recorded as reviewed in
//! `locales/<lang>/review.toml`. So the notice goes when the review is recorded, with no code
//! change, and English pages never have it.
//!
//! A notification region, not an alert: it does not take focus or interrupt.

use fluent_bundle::FluentValue;
use leptos::prelude::*;

use crate::i18n::use_i18n;

/// The crisis lines (national numbers; see `content/directory.toml` and FACTS §4): message,
/// number as shown and dialled.
const LINES: [(&str, &str); 3] =
    [("unchecked-999", "999"), ("unchecked-111", "111"), ("unchecked-samaritans", "116 123")];

/// Stands where a sentence's `{ $number }` goes, so the link can be put there.
const SLOT: &str = "\u{E000}";

/// A sentence with its number as a tap-to-call link, kept left to right in right-to-left text.
fn with_link(text: String, number: &'static str) -> impl IntoView {
    // The bidi isolation marks Fluent puts around the placeable: the link's `dir` does that.
    let text = text.replace(['\u{2068}', '\u{2069}'], "");
    let (before, after) = match text.split_once(SLOT) {
        Some((b, a)) => (b.to_string(), a.to_string()),
        // A translation that lost its number still shows it, at the end.
        None => (format!("{text} "), String::new()),
    };
    view! {
        {before}
        <a class="link unchecked-notice__number" dir="ltr" href=format!("tel:{}", number.replace(' ', ""))>{number}</a>
        {after}
    }
}

#[component]
fn Words(english: bool) -> impl IntoView {
    let i18n = use_i18n();
    let say = move |id: &str| {
        let args = [("number", FluentValue::from(SLOT))];
        if english {
            i18n.t_source_with(id, &args)
        } else {
            i18n.t_with(id, &args)
        }
    };
    view! {
        {english.then(|| view! { <p class="body unchecked-notice__title"><strong>{say("unchecked-title")}</strong></p> })}
        <p class="body">{say("unchecked-body")}</p>
        <ul class="list list--bullet">
            {LINES.into_iter().map(|(id, number)| view! { <li>{with_link(say(id), number)}</li> }).collect_view()}
        </ul>
    }
}

#[component]
pub fn UncheckedNotice() -> impl IntoView {
    let i18n = use_i18n();
    move || {
        // Re-rendered on a language switch (the words are read again inside).
        let _ = i18n.locale.get();
        i18n.has_source_part().then(|| {
            view! {
                <div class="notification-banner unchecked-notice" role="region" aria-labelledby="unchecked-notice-title">
                    <div class="notification-banner__title" id="unchecked-notice-title">{i18n.t("unchecked-title")}</div>
                    <div class="notification-banner__content">
                        <Words english=false/>
                        <div class="unchecked-notice__english" lang="en-GB" dir="ltr">
                            <Words english=true/>
                        </div>
                    </div>
                </div>
            }
        })
    }
}
