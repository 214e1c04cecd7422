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
//!
//! Its inside is written as escaped HTML text rather than as `view!` nodes: the same markup for
//! less wasm on every first load (measured 2026-12-07, brotli: +1.7 KB in all, against +3.5 KB
//! as nodes).

use fluent_bundle::FluentValue;
use leptos::prelude::*;

use crate::i18n::{use_i18n, I18n};

/// The crisis lines (national numbers; see `content/directory.toml` and FACTS §4): message,
/// number as shown, number dialled.
const LINES: [(&str, &str, &str); 3] =
    [("unchecked-999", "999", "999"), ("unchecked-111", "111", "111"), ("unchecked-samaritans", "116 123", "116123")];

/// Stands where a sentence's `{ $number }` goes, so the link can be put there.
const SLOT: char = '\u{E000}';

/// Text as HTML, without the bidi isolation marks Fluent puts around placeables (the number's
/// link isolates itself: it has `dir`).
fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '\u{2068}' | '\u{2069}' => {}
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            c => out.push(c),
        }
    }
    out
}

/// A sentence with its number as a tap-to-call link, kept left to right in right-to-left text.
fn with_link(text: &str, number: &str, tel: &str) -> String {
    let (before, after) = text.split_once(SLOT).unwrap_or((text, ""));
    format!(
        "{}<a class=\"link unchecked-notice__number\" dir=\"ltr\" href=\"tel:{tel}\">{number}</a>{}",
        escape(before),
        escape(after)
    )
}

/// The notice's words in the page's language, or (`english`) in en-GB.
fn words(i18n: I18n, english: bool) -> String {
    let say = |id: &str| {
        let args = [("number", FluentValue::from(SLOT.to_string()))];
        if english {
            i18n.t_source_with(id, &args)
        } else {
            i18n.t_with(id, &args)
        }
    };
    let mut html = String::new();
    if english {
        html.push_str(&format!("<p class=\"body\"><strong>{}</strong></p>", escape(&say("unchecked-title"))));
    }
    html.push_str(&format!("<p class=\"body\">{}</p><ul class=\"list list--bullet\">", escape(&say("unchecked-body"))));
    for (id, number, tel) in LINES {
        html.push_str(&format!("<li>{}</li>", with_link(&say(id), number, tel)));
    }
    html.push_str("</ul>");
    html
}

#[component]
pub fn UncheckedNotice() -> impl IntoView {
    let i18n = use_i18n();
    move || {
        // Written again on a language switch.
        let _ = i18n.locale.get();
        i18n.has_source_part().then(|| {
            let html = format!(
                "<div class=\"notification-banner__title\" id=\"unchecked-notice-title\">{}</div>\
                 <div class=\"notification-banner__content\">{}\
                 <div class=\"unchecked-notice__english\" lang=\"en-GB\" dir=\"ltr\">{}</div></div>",
                escape(&i18n.t("unchecked-title")),
                words(i18n, false),
                words(i18n, true)
            );
            view! {
                <div
                    class="notification-banner unchecked-notice"
                    role="region"
                    aria-labelledby="unchecked-notice-title"
                    inner_html=html
                ></div>
            }
        })
    }
}
