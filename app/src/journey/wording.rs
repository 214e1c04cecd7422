//! The Fluent variables every question needs: who it is about, and their name.

use assessment::{Answer, QuestionKind};
use leptos::prelude::*;

use super::use_journey;
use crate::i18n::use_i18n;

/// Plain strings, so the list can live in a signal (Fluent values are not `Sync`).
pub type Args = Vec<(&'static str, String)>;

/// `$perspective` and `$name` (the given first name, or "the person you help").
pub fn use_args() -> Signal<Args> {
    let journey = use_journey();
    let i18n = use_i18n();
    Signal::derive(move || {
        let (perspective, name) = journey.data.with(|d| (d.perspective, d.name.trim().to_string()));
        let perspective = perspective.unwrap_or(assessment::Perspective::Myself);
        let name = if name.is_empty() { i18n.t("person-fallback") } else { name };
        vec![("perspective", perspective.as_str().to_string()), ("name", name)]
    })
}

/// The same, read as if the person were answering for themselves (staff see it beneath).
pub fn self_args() -> Args {
    vec![("perspective", "self".to_string()), ("name", String::new())]
}

/// An answer in words: option labels joined, the typed text, or "Not answered".
pub fn answer_text(
    i18n: crate::i18n::I18n,
    question: &assessment::Question,
    answer: Option<&Answer>,
    args: &[(&'static str, String)],
) -> String {
    match (question.kind, answer) {
        (_, None) => i18n.t("not-answered"),
        (QuestionKind::Text, Some(Answer::One(t))) => t.clone(),
        (_, Some(a)) => a
            .chosen()
            .iter()
            .filter_map(|o| question.option(o))
            .map(|o| i18n.t_args(&o.label, args))
            .collect::<Vec<_>>()
            .join(", "),
    }
}
