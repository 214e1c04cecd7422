//! Radios, checkboxes and a text box for one question. The real inputs stay in the page
//! (CSS draws the large marks), so keyboard, touch and assistive tech all work natively.

use assessment::{Question, QuestionKind};
use leptos::prelude::*;

use crate::i18n::use_i18n;
use crate::journey::{step, wording};

/// The id the error summary links to: the first input of the question.
pub const FIRST_INPUT: &str = "answer";

pub fn input_id(index: usize, option: &str) -> String {
    if index == 0 {
        FIRST_INPUT.to_string()
    } else {
        format!("answer-{option}")
    }
}

#[component]
pub fn Choices(question: Question, selection: RwSignal<Vec<String>>, text: RwSignal<String>) -> impl IntoView {
    let i18n = use_i18n();
    let args = wording::use_args();
    match question.kind {
        QuestionKind::Text => {
            let max = question.max_chars();
            view! {
                <textarea
                    class="textarea"
                    id=FIRST_INPUT
                    name="answer"
                    rows="5"
                    maxlength=max
                    aria-describedby="character-count"
                    prop:value=move || text.get()
                    on:input=move |ev| text.set(event_target_value(&ev))
                >
                    // What the server's page shows already typed (the app sets the value itself).
                    {text.get_untracked()}
                </textarea>
                <p class="character-count hint" id="character-count">
                    {move || i18n.t_with("character-count", &[("max", max.into())])}
                </p>
            }
            .into_any()
        }
        kind => {
            let many = kind == QuestionKind::Multiple;
            let (list, item, input_class, label_class) = if many {
                ("checkboxes", "checkboxes__item", "checkboxes__input", "checkboxes__label")
            } else {
                ("radios", "radios__item", "radios__input", "radios__label")
            };
            let options = question.options.clone();
            let all = question.options.clone();
            view! {
                <div class=list>
                    {options
                        .into_iter()
                        .enumerate()
                        .map(|(i, option)| {
                            let id = input_id(i, &option.id);
                            let value = option.id.clone();
                            let checked_value = option.id.clone();
                            // The server's page marks saved answers as checked; the app sets
                            // the property itself.
                            let checked_at_first = selection.with_untracked(|s| s.contains(&option.id));
                            let label = option.label.clone();
                            let all = all.clone();
                            let divider = option.exclusive && i > 0;
                            view! {
                                {divider.then(|| view! { <div class=format!("{list}__divider")>{i18n.tr("or")}</div> })}
                                <div class=item>
                                    <input
                                        class=input_class
                                        id=id.clone()
                                        name="answer"
                                        type=if many { "checkbox" } else { "radio" }
                                        value=value.clone()
                                        checked=checked_at_first
                                        prop:checked=move || selection.with(|s| s.contains(&checked_value))
                                        on:change=move |ev| {
                                            let on = event_target_checked(&ev);
                                            selection.update(|s| step::choose(s, &all, &value, on, many));
                                        }
                                    />
                                    <label class=label_class for=id>{move || i18n.t_args(&label, &args.get())}</label>
                                </div>
                            }
                        })
                        .collect_view()}
                </div>
            }
            .into_any()
        }
    }
}
