//! One question per page: the question is the `h1` (in the `legend` for choices), an
//! optional hint, the options, one Continue button and a Back link. Branching, urgent
//! interrupts and the return to "Check your answers" are decided here.

use std::sync::Arc;

use assessment::{Answer, Question, QuestionKind, Questionnaire};
use leptos::prelude::*;
use leptos_router::hooks::{use_navigate, use_params_map, use_query_map};
use leptos_router::NavigateOptions;

use crate::components::back_link::BackLink;
use crate::components::choices::{Choices, FIRST_INPUT};
use crate::components::error_summary::ErrorSummary;
use crate::components::gate::QuestionnaireGate;
use crate::components::heading::{announce, focus_on_mount, use_title};
use crate::components::listen_button::ListenButton;
use crate::components::progress::ProgressIndicator;
use crate::components::recheck_notice::RecheckNotice;
use crate::components::staff::{option_index, KeyLegend};
use crate::i18n::use_i18n;
use crate::journey::{navigation, step, use_journey, wording};

#[component]
pub fn QuestionPage() -> impl IntoView {
    let params = use_params_map();
    let query = use_query_map();
    let journey = use_journey();
    let navigate = use_navigate();
    // The journey has begun: fetch the later pages while the person reads.
    #[cfg(not(feature = "ssr"))]
    crate::chunks::preload_later_pages();
    view! {
        <QuestionnaireGate children={move |q: Arc<Questionnaire>| {
            let id = params.read().get("id").unwrap_or_default();
            let from_check = query.read_untracked().get("change").is_some();
            let shown = journey.data.with_untracked(|d| q.is_shown(&id, &d.answers));
            match q.questions.iter().find(|x| x.id == id).filter(|_| shown && journey.data.with_untracked(|d| d.perspective.is_some())) {
                Some(question) => view! { <QuestionStep q=q.clone() question=question.clone() from_check=from_check/> }.into_any(),
                None => {
                    // A stale or hidden question (e.g. an old bookmark): go where the person is.
                    let to = if journey.data.with_untracked(|d| d.perspective.is_none()) { "/who".to_string() } else { journey.first_step() };
                    // (The server redirects such a request before rendering: server/src/pages.)
                    let navigate = navigate.clone();
                    #[cfg(not(feature = "ssr"))]
                    request_animation_frame(move || navigate(&to, NavigateOptions { replace: true, ..Default::default() }));
                    #[cfg(feature = "ssr")]
                    let _ = (navigate, to, NavigateOptions::default());
                    ().into_any()
                }
            }
        }}/>
    }
}

#[component]
fn QuestionStep(q: Arc<Questionnaire>, question: Question, from_check: bool) -> impl IntoView {
    let i18n = use_i18n();
    let journey = use_journey();
    let navigate = use_navigate();
    let args = wording::use_args();
    let h1 = NodeRef::new();
    focus_on_mount(h1);

    let notice_q = q.clone();
    let saved = journey.data.with_untracked(|d| d.answers.get(&question.id).cloned());
    let selection = RwSignal::new(match (&saved, question.kind) {
        (Some(a), k) if k != QuestionKind::Text => a.chosen().to_vec(),
        _ => Vec::new(),
    });
    let text = RwSignal::new(match (&saved, question.kind) {
        (Some(Answer::One(t)), QuestionKind::Text) => t.clone(),
        _ => String::new(),
    });
    // A page the server sent back unanswered shows its error from the start.
    let error = RwSignal::new(crate::page_state::FirstPageState::take_error());
    let error_message = {
        // Where the person may decline, say so gently instead of only demanding an answer.
        let decline = question.can_decline();
        let key = if question.kind == QuestionKind::Multiple { "error-choose-some" } else { "error-choose-one" };
        move || match decline {
            true => {
                let option = i18n.t_args(assessment::model::DECLINE_LABEL, &args.get());
                i18n.t_with("error-choose-or-decline", &[("option", option.into())])
            }
            false => i18n.t(key),
        }
    };
    let errors =
        Signal::derive(move || if error.get() { vec![(FIRST_INPUT.to_string(), error_message())] } else { Vec::new() });

    let (progress, back) = journey.data.with_untracked(|d| {
        let back = if from_check {
            "/check".to_string()
        } else {
            navigation::previous_before(&q, &d.answers, &question.id)
                .map_or("/who".to_string(), |p| format!("/questions/{}", p.id))
        };
        (navigation::progress(&q, &d.answers, &question.id), back)
    });
    let section_title =
        q.sections.iter().find(|s| s.id == question.section).map(|s| s.title.clone()).unwrap_or_default();
    {
        let p = progress.clone();
        announce(i18n.t_with("progress-section", &[("section", p.section.into()), ("sections", p.sections.into())]));
    }

    let text_id = question.text.clone();
    let title_id = question.text.clone();
    let title_args = args;
    use_title(move || i18n.t_args(&title_id, &title_args.get()), Signal::derive(move || error.get()));
    let hint = question.hint.clone();
    let staff = journey.is_staff();

    let listen_text = {
        let question = question.clone();
        Signal::derive(move || {
            let a = args.get();
            let mut parts = vec![i18n.t_args(&question.text, &a)];
            parts.extend(question.hint.iter().map(|h| i18n.t_args(h, &a)));
            parts.extend(question.options.iter().map(|o| i18n.t_args(&o.label, &a)));
            parts.join(". ")
        })
    };
    let form = NodeRef::<leptos::html::Form>::new();
    // The router reuses the step's element from one question to the next, so restart its
    // slide-in for each new question: the step alternates between two identical animations
    // (style/components/step.css), and a new animation name starts afresh. (Removing and re-adding
    // a class needs a forced reflow in between: ~30 ms of main thread per step at 4× throttle.)
    let step = NodeRef::<leptos::html::Div>::new();
    Effect::new(move |_| {
        if let Some(el) = step.get() {
            let next = if el.get_attribute("data-enter").as_deref() == Some("a") { "b" } else { "a" };
            let _ = el.set_attribute("data-enter", next);
        }
    });
    #[cfg(not(feature = "ssr"))]
    if staff {
        staff_keys(question.clone(), selection, form, back.clone());
    }

    let submit = {
        let question = question.clone();
        let q = q.clone();
        move |ev: leptos::ev::SubmitEvent| {
            ev.prevent_default();
            // Read as the server reads the same form sent without JavaScript (one definition,
            // in journey/step.rs); what cannot be read is no answer, and gets the error.
            let values = if question.kind == QuestionKind::Text {
                vec![text.get_untracked()]
            } else {
                selection.get_untracked()
            };
            let answer = step::read_answer(&question, &values).ok().flatten();
            let mut to = None;
            journey.data.update(|d| to = step::record(&q, d, &question, answer, from_check).ok());
            let Some(to) = to else {
                error.set(true);
                return;
            };
            navigate(&to, Default::default());
        }
    };

    // Without JavaScript the server takes the answer (server/src/pages), and decides the same.
    let action = format!("/questions/{}{}", question.id, if from_check { "?change=1" } else { "" });
    let heading = {
        let text_id = text_id.clone();
        move || i18n.t_args(&text_id, &args.get())
    };
    let resident_wording = {
        let text_id = text_id.clone();
        move || i18n.t_args(&text_id, &wording::self_args())
    };
    let described_by = {
        let has_hint = hint.is_some();
        move || {
            let mut ids = Vec::new();
            if has_hint {
                ids.push("answer-hint");
            }
            if error.get() {
                ids.push("answer-error");
            }
            (!ids.is_empty()).then(|| ids.join(" "))
        }
    };
    let is_text = question.kind == QuestionKind::Text;
    let error_view = move || {
        error.get().then(|| {
            view! {
                <p class="error-message" id="answer-error">
                    <span class="visually-hidden">{i18n.tr("error-prefix")}" "</span>
                    {error_message}
                </p>
            }
        })
    };
    let hint_view =
        hint.map(|h| view! { <div class="hint" id="answer-hint">{move || i18n.t_args(&h, &args.get())}</div> });
    let caption = move || i18n.t(&section_title);

    let answers_aside = staff.then(|| {
        let rows = journey.data.with_untracked(|d| {
            q.path(&d.answers)
                .into_iter()
                .filter(|x| d.answers.contains_key(&x.id))
                .map(|x| (x.text.clone(), wording::answer_text(i18n, x, d.answers.get(&x.id), &wording::self_args())))
                .collect::<Vec<_>>()
        });
        view! {
            <aside class="staff-answers" aria-labelledby="staff-answers-title">
                <h2 class="heading-s" id="staff-answers-title">{i18n.tr("staff-answers-title")}</h2>
                <KeyLegend/>
                <dl>
                    {rows.into_iter().map(|(text, answer)| view! {
                        <dt>{move || i18n.t_args(&text, &wording::self_args())}</dt>
                        <dd>{answer}</dd>
                    }).collect_view()}
                </dl>
            </aside>
        }
    });

    view! {
        <BackLink href=back/>
        <div class=if staff { "step staff-layout" } else { "step" } node_ref=step>
          <div>
            <ProgressIndicator progress=progress/>
            <ErrorSummary errors=errors/>
            // The questions changed under this journey: what to check again.
            <RecheckNotice q=notice_q/>
            <ListenButton text=listen_text/>
            <form method="post" action=action on:submit=submit novalidate node_ref=form>
                <div class="form-group" class=("form-group--error", move || error.get())>
                    {if is_text {
                        view! {
                            <h1 class="heading-l" node_ref=h1 tabindex="-1">
                                <span class="caption">{caption}</span>
                                <label for=FIRST_INPUT>{heading.clone()}</label>
                            </h1>
                            {staff.then(|| view! { <p class="resident-wording">{resident_wording.clone()}</p> })}
                            {hint_view}
                            {error_view}
                            <Choices question=question.clone() selection=selection text=text/>
                        }
                        .into_any()
                    } else {
                        view! {
                            <fieldset class="fieldset" aria-describedby=described_by>
                                <legend class="fieldset__legend">
                                    <span class="caption">{caption}</span>
                                    <h1 class="fieldset__heading heading-l" node_ref=h1 tabindex="-1">{heading.clone()}</h1>
                                </legend>
                                {staff.then(|| view! { <p class="resident-wording">{resident_wording.clone()}</p> })}
                                {hint_view}
                                {error_view}
                                <Choices question=question.clone() selection=selection text=text/>
                            </fieldset>
                        }
                        .into_any()
                    }}
                </div>
                <button type="submit" class="button">{i18n.tr("continue")}</button>
            </form>
            <crate::components::handover_link::HandoverLink/>
          </div>
          {answers_aside}
        </div>
    }
}

/// Staff keys: 1–9, 0 and then letters choose an option (see `staff::option_key`), Enter
/// continues (also from the heading), B goes back. Ignored while typing in a text box.
fn staff_keys(question: Question, selection: RwSignal<Vec<String>>, form: NodeRef<leptos::html::Form>, back: String) {
    use wasm_bindgen::JsCast;
    let navigate = use_navigate();
    let handle = window_event_listener(leptos::ev::keydown, move |ev| {
        if ev.ctrl_key() || ev.alt_key() || ev.meta_key() {
            return;
        }
        let typing = document().active_element().is_some_and(|el| {
            matches!(el.tag_name().as_str(), "TEXTAREA") || el.get_attribute("type").as_deref() == Some("text")
        });
        if typing {
            return;
        }
        let key = ev.key();
        // One character: "Enter" and "Shift" are not the E and S option keys.
        let typed = key.chars().next().filter(|_| key.len() == 1);
        if let Some(n) = typed.and_then(option_index) {
            let Some(option) = question.options.get(n) else { return };
            ev.prevent_default();
            let many = question.kind == QuestionKind::Multiple;
            let on = !(many && selection.with_untracked(|s| s.contains(&option.id)));
            selection.update(|s| crate::journey::step::choose(s, &question.options, &option.id, on, many));
            // Keep focus on the chosen input so the screen and screen reader follow.
            let id = crate::components::choices::input_id(n, &option.id);
            if let Some(el) = document().get_element_by_id(&id).and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
            {
                let _ = el.focus();
            }
        } else if key == "Enter" {
            let on_control = document()
                .active_element()
                .is_some_and(|el| matches!(el.tag_name().as_str(), "BUTTON" | "A" | "INPUT"));
            if !on_control {
                if let Some(f) = form.get_untracked() {
                    ev.prevent_default();
                    let _ = f.request_submit();
                }
            }
        } else if key.eq_ignore_ascii_case("b") {
            ev.prevent_default();
            navigate(&back, Default::default());
        }
    });
    on_cleanup(move || handle.remove());
}
