//! "The questions have changed": shown while a journey carried forward to new questions
//! (`journey/carry.rs`) has answers to check again, or had answers taken out. Each question to
//! check is a link to it (its Change page, which comes back to Check your answers); a question
//! leaves the list once answered. On Check your answers and on the question pages, so it is
//! on the next page the person sees, with or without JavaScript.

use std::sync::Arc;

use assessment::Questionnaire;
use leptos::prelude::*;

use crate::i18n::use_i18n;
use crate::journey::{use_journey, wording};

#[component]
pub fn RecheckNotice(q: Arc<Questionnaire>) -> impl IntoView {
    let i18n = use_i18n();
    let journey = use_journey();
    let args = wording::use_args();
    // It is on every question page, so on the first load: its inside is written as one piece
    // of markup (every text escaped), which costs the app far less code than a view of its
    // parts. It is made again when the journey or the language changes (both are read here).
    move || {
        let (changed, answers) = journey.data.with(|d| (d.changed.clone(), d.answers.clone()));
        let changed = changed?;
        // Only questions still asked of this person (an answer since may have hidden one).
        let path = q.path(&answers);
        let args = args.get();
        let items: Vec<String> = changed
            .recheck
            .iter()
            .filter_map(|id| path.iter().find(|x| &x.id == id))
            .map(|x| {
                let text = escape(&i18n.t_args(&x.text, &args));
                format!(r#"<li><a class="link" href="/questions/{}?change=1">{text}</a></li>"#, escape(&x.id))
            })
            .collect();
        if items.is_empty() && !changed.removed {
            return None;
        }
        let p = |id: &str| format!(r#"<p class="body">{}</p>"#, escape(&i18n.t(id)));
        let mut html = format!(
            r#"<div class="notification-banner__title" id="recheck-notice-title">{}</div><div class="notification-banner__content"><p class="body"><strong>{}</strong></p>{}"#,
            escape(&i18n.t("notice-title")),
            escape(&i18n.t("questions-changed-title")),
            p("questions-changed-kept"),
        );
        if changed.removed {
            html.push_str(&p("questions-changed-removed"));
        }
        if !items.is_empty() {
            html.push_str(&p("questions-changed-recheck"));
            html.push_str(r#"<ul class="list list--bullet">"#);
            html.push_str(&items.concat());
            html.push_str("</ul>");
        }
        html.push_str("</div>");
        Some(view! {
            <div class="notification-banner" role="region" aria-labelledby="recheck-notice-title" id="recheck-notice" inner_html=html></div>
        })
    }
}

/// Text made safe to place in markup (a name the person typed is among it).
fn escape(text: &str) -> String {
    text.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;")
}

#[cfg(test)]
mod tests {
    #[test]
    fn nothing_typed_can_become_markup() {
        assert_eq!(super::escape(r#"<b>"Mum" & co</b>"#), "&lt;b&gt;&quot;Mum&quot; &amp; co&lt;/b&gt;");
    }
}
