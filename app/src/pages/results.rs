//! Results: the routes that fit, most important first, each with why, who to contact and
//! what happens next. Print and "Copy summary" take it away.

use std::sync::Arc;

use assessment::{Assessment, AssessmentRequest, Priority, Questionnaire, Signpost};
use leptos::prelude::*;

#[cfg(not(feature = "ssr"))]
use crate::api;
use crate::api::ApiError;
use crate::components::back_link::BackLink;
use crate::components::gate::QuestionnaireGate;
use crate::components::heading::{focus_on_mount, use_title};
use crate::components::listen_button::ListenButton;
use crate::components::results_failure::ResultsFailure;
use crate::components::service::ServiceCard;
use crate::i18n::use_i18n;
use crate::journey::{use_journey, wording, Load};
use crate::pages::check::answer_text;

#[component]
pub fn Results() -> impl IntoView {
    let i18n = use_i18n();
    let journey = use_journey();
    let h1 = NodeRef::new();
    focus_on_mount(h1);
    use_title(move || i18n.t("results-title"), Signal::stored(false));
    // The server scored the answers for the page it rendered; the app shows the same result.
    let result: RwSignal<Load<Result<Assessment, ApiError>>> = RwSignal::new(
        crate::page_state::FirstPageState::take_assessment().map_or(Load::Loading, |a| Load::Ready(Ok(a))),
    );

    let fetch = move |q: Arc<Questionnaire>| {
        result.set(Load::Loading);
        let req = journey.data.with_untracked(|d| AssessmentRequest {
            questionnaire_version: q.version.clone(),
            locale: i18n.locale.get_untracked(),
            perspective: d.perspective.unwrap_or(assessment::Perspective::Myself),
            answers: q.visible_answers(&d.answers),
        });
        #[cfg(not(feature = "ssr"))]
        leptos::task::spawn_local(async move {
            let r = api::assess(&req).await;
            result.set(Load::Ready(r));
        });
        #[cfg(feature = "ssr")]
        let _ = req;
    };

    view! {
        <BackLink href="/check"/>
        <QuestionnaireGate children={move |q: Arc<Questionnaire>| {
            let q2 = q.clone();
            if matches!(result.get_untracked(), Load::Loading) {
                fetch(q.clone());
            }
            move || match result.get() {
                Load::Loading | Load::Failed => view! {
                    <p class="body" role="status"><span class="spinner" aria-hidden="true"></span>" "{move || i18n.t("results-loading")}</p>
                }.into_any(),
                Load::Ready(Err(error)) => {
                    let q = q2.clone();
                    view! { <ResultsFailure error=error q=q2.clone() on_retry=move || fetch(q.clone())/> }.into_any()
                }
                Load::Ready(Ok(assessment)) => view! { <ResultsView q=q2.clone() assessment=assessment h1=h1/> }.into_any(),
            }
        }}/>
    }
}

#[component]
fn ResultsView(q: Arc<Questionnaire>, assessment: Assessment, h1: NodeRef<leptos::html::H1>) -> impl IntoView {
    let i18n = use_i18n();
    let journey = use_journey();
    let hydrated = crate::components::hydrated::use_hydrated();
    let copied = RwSignal::new(false);
    let args = wording::use_args();
    let summary = {
        let (q, a) = (q.clone(), assessment.clone());
        move || summary_text(i18n, journey, &args.get_untracked(), &q, &a)
    };
    let staff = journey.is_staff();
    let copy = {
        let summary = summary.clone();
        move |_| {
            let _ = window().navigator().clipboard().write_text(&summary());
            copied.set(true);
        }
    };
    let save_file = {
        let summary = summary.clone();
        move |_| save_as_file(&i18n.t("summary-file-name"), &summary())
    };
    let listen_text = {
        let (q, a) = (q.clone(), assessment.clone());
        Signal::derive(move || {
            let mut parts = vec![i18n.t("results-title")];
            for s in &a.signposts {
                if let Some(r) = q.directory.route(&s.route) {
                    let a = args.get();
                    parts.push(i18n.t_args(&r.message, &a));
                    parts.push(i18n.t_args(&format!("{}.summary", r.message), &a));
                }
            }
            parts.join(". ")
        })
    };
    let case_note = staff.then(|| {
        // Copy exactly what is shown (it is remade only when the language changes).
        let shown = StoredValue::new(String::new());
        let summary = summary.clone();
        let note = move || {
            let text = summary();
            shown.set_value(text.clone());
            text
        };
        let copy_note = move |_| {
            let _ = window().navigator().clipboard().write_text(&shown.get_value());
            copied.set(true);
        };
        view! {
            <h2 class="heading-m">
                <label for="case-note">{move || i18n.t("case-note-title")}</label>
            </h2>
            <p class="hint" id="case-note-hint">{move || i18n.t("case-note-hint")}</p>
            <textarea class="textarea case-note" id="case-note" readonly rows="14" aria-describedby="case-note-hint" prop:value=note></textarea>
            <button type="button" class="button" on:click=copy_note>{move || i18n.t("case-note-copy")}</button>
        }
    });
    let print = move |_| {
        let _ = window().print();
    };
    let signposts = assessment.signposts.clone();
    // The directory marks which route is the needs assessment; no route id is named here.
    let assessment_route = q.directory.routes.iter().find(|r| r.assessment);
    let has_assessment_route = assessment_route.is_some_and(|a| signposts.iter().any(|s| s.route == a.id));
    let ask = assessment_route.and_then(|r| r.services.first()).and_then(|s| q.directory.service(s)).cloned();

    view! {
        <div class="results">
            <div class="panel">
                <h1 class="heading-xl" node_ref=h1 tabindex="-1">{move || i18n.t("results-title")}</h1>
                <p class="body-l">{move || i18n.t_with("results-count", &[("count", signposts.len().into())])}</p>
            </div>
            <p class="body">{move || i18n.t("results-intro")}</p>
            <ListenButton text=listen_text/>
            {case_note}
            {assessment.signposts.into_iter().map(|s| view! { <SignpostCard q=q.clone() signpost=s/> }).collect_view()}
            {(!has_assessment_route).then(|| view! {
                <div class="inset-text">
                    <h2 class="heading-m">{move || i18n.t("results-ask-title")}</h2>
                    <p class="body">{move || i18n.t("results-ask-body")}</p>
                    {ask.map(|s| view! { <ServiceCard service=s/> })}
                </div>
            })}
            <PrintedAnswers q=q.clone()/>
            <p class="body-s">{move || i18n.t_with("results-date", &[("date", if hydrated.get() { now_text(&i18n.locale.get()) } else { today() }.into())])}</p>
            <p class="body-s">{move || i18n.t_with("results-version", &[("version", assessment.questionnaire_version.clone().into())])}</p>
            <div class="button-group">
                // These need the app; the server's page leaves them out (the browser's own Print
                // still gives the print view), and they appear once the app runs.
                {move || {
                    let (copy, save_file) = (copy.clone(), save_file.clone());
                    hydrated.get().then(move || view! {
                        <button type="button" class="button" on:click=copy>{move || i18n.t("copy-summary")}</button>
                        <button type="button" class="button button--secondary" on:click=print>{move || i18n.t("print")}</button>
                        <button type="button" class="button button--secondary" on:click=save_file>{move || i18n.t("save-as-file")}</button>
                    })
                }}
                {if staff {
                    view! { <a href="/staff" class="button button--secondary" role="button" draggable="false">{move || i18n.t("new-call")}</a> }.into_any()
                } else {
                    view! {
                        <form method="post" action="/clear">
                            <button type="submit" class="button button--secondary" on:click=move |ev| {
                                ev.prevent_default();
                                journey.clear();
                                let _ = window().location().set_href("/");
                            }>
                                {move || i18n.t("clear-answers")}
                            </button>
                        </form>
                    }.into_any()
                }}
            </div>
            <p class="body" role="status">{move || copied.get().then(|| i18n.t("copied"))}</p>
        </div>
    }
}

fn priority_key(p: Priority) -> (&'static str, &'static str) {
    match p {
        Priority::Urgent => ("priority-urgent", "signpost--urgent"),
        Priority::Recommended => ("priority-recommended", "signpost--recommended"),
        Priority::AlsoUseful => ("priority-also-useful", "signpost--also-useful"),
    }
}

#[component]
fn SignpostCard(q: Arc<Questionnaire>, signpost: Signpost) -> impl IntoView {
    let i18n = use_i18n();
    let args = wording::use_args();
    let route = q.directory.route(&signpost.route).cloned();
    let message = route.map(|r| r.message).unwrap_or_default();
    let (tag, class) = priority_key(signpost.priority);
    let (title, summary, next) = (message.clone(), format!("{message}.summary"), format!("{message}.next"));
    view! {
        <section class=format!("signpost {class}") aria-labelledby=format!("route-{}", signpost.route)>
            <div class="signpost__header">
                <strong class=format!("tag tag--{}", &class["signpost--".len()..])>{move || i18n.t(tag)}</strong>
                <h2 class="signpost__title heading-m" id=format!("route-{}", signpost.route)>{move || i18n.t_args(&title, &args.get())}</h2>
            </div>
            <p class="body">{move || i18n.t_args(&summary, &args.get())}</p>
            <h3 class="heading-s">{move || i18n.t("because-you-told-us")}</h3>
            <ul class="signpost__reasons list">
                {signpost.reasons.into_iter().map(|r| {
                    let m = r.message.clone();
                    view! { <li>{move || i18n.t_args(&m, &args.get())}</li> }
                }).collect_view()}
            </ul>
            <h3 class="heading-s">{move || i18n.t("what-happens-next")}</h3>
            <p class="signpost__next body">{move || i18n.t_args(&next, &args.get())}</p>
            {signpost.services.into_iter().map(|s| view! { <ServiceCard service=s/> }).collect_view()}
        </section>
    }
}

/// Plain text: routes with reasons and contacts, then every answer. Used by Copy summary.
/// Takes its context explicitly: it also runs inside click handlers.
pub fn summary_text(
    i18n: crate::i18n::I18n,
    journey: crate::journey::Journey,
    args: &[(&'static str, String)],
    q: &Questionnaire,
    a: &Assessment,
) -> String {
    let mut out = String::new();
    if journey.is_staff() {
        let reference = journey.data.with_untracked(|d| d.call_reference.clone());
        out.push_str(&format!("{} {reference}\n", i18n.t("call-reference")));
    }
    out.push_str(&format!("{}\n\n", now_text(&i18n.locale.get_untracked())));
    out.push_str(&format!("{}\n\n", i18n.t("results-title")));
    for s in &a.signposts {
        let msg = q.directory.route(&s.route).map(|r| r.message.clone()).unwrap_or_default();
        out.push_str(&format!("{} ({})\n", i18n.t_args(&msg, args), i18n.t(priority_key(s.priority).0)));
        for r in &s.reasons {
            out.push_str(&format!("  - {}\n", i18n.t_args(&r.message, args)));
        }
        for svc in &s.services {
            out.push_str(&format!("  {}", i18n.t(&svc.message)));
            if let Some(p) = &svc.phone {
                out.push_str(&format!(": {p}"));
            }
            if let Some(w) = &svc.web {
                out.push_str(&format!(" {w}"));
            }
            out.push('\n');
            // Who to ask instead, as the card shows it.
            if let Some(asked) = svc.ask.as_deref().and_then(|id| q.directory.service(id)) {
                let name = i18n.t(&asked.message);
                out.push_str(&format!("    {}", i18n.t_with("service-ask-instead", &[("service", name.into())])));
                if let Some(p) = &asked.phone {
                    out.push_str(&format!(": {p}"));
                }
                out.push('\n');
            }
        }
        out.push('\n');
    }
    out.push_str(&format!("{}\n", i18n.t("check-title")));
    journey.data.with_untracked(|d| {
        for question in q.path(&d.answers) {
            let answer = answer_text(i18n, question, d.answers.get(&question.id), args);
            out.push_str(&format!("{}\n  {}\n", i18n.t_args(&question.text, args), answer));
        }
    });
    out.push_str(&format!(
        "\n{}\n",
        i18n.t_with("results-version", &[("version", a.questionnaire_version.clone().into())])
    ));
    // Fluent isolates variables with invisible direction marks; plain text pasted into a case
    // record must not carry them.
    out.replace(['\u{2068}', '\u{2069}'], "")
}

/// Today's date and time in the person's language, for the summary and the case note.
/// The date as 2026-12-07 (UTC), which reads the same in every language: what the server
/// writes, and the app hydrates, before the app shows the device's own date and time.
#[cfg(feature = "ssr")]
fn today() -> String {
    let secs = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(0, |d| d.as_secs());
    assessment::calendar::iso_date(secs as i64)
}

#[cfg(not(feature = "ssr"))]
fn today() -> String {
    js_sys::Date::new_0().to_iso_string().as_string().unwrap_or_default().chars().take(10).collect()
}

/// The device's date and time, in the person's language.
#[cfg(feature = "ssr")]
fn now_text(_locale: &str) -> String {
    today()
}

#[cfg(not(feature = "ssr"))]
fn now_text(locale: &str) -> String {
    let date = js_sys::Date::new_0();
    let options = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&options, &"dateStyle".into(), &"long".into());
    let _ = js_sys::Reflect::set(&options, &"timeStyle".into(), &"short".into());
    date.to_locale_string(locale, &options).as_string().unwrap_or_default()
}

/// "Save as a file": a plain-text file made on the device; nothing is sent anywhere.
fn save_as_file(name: &str, text: &str) {
    use wasm_bindgen::JsCast;
    let parts = js_sys::Array::of1(&text.into());
    let options = web_sys::BlobPropertyBag::new();
    options.set_type("text/plain;charset=utf-8");
    let Ok(blob) = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options) else { return };
    let Ok(url) = web_sys::Url::create_object_url_with_blob(&blob) else { return };
    if let Some(a) = document().create_element("a").ok().and_then(|a| a.dyn_into::<web_sys::HtmlAnchorElement>().ok()) {
        a.set_href(&url);
        a.set_download(name);
        a.click();
    }
    let _ = web_sys::Url::revoke_object_url(&url);
}

/// Every answer, on paper only: a printed summary must stand on its own.
#[component]
fn PrintedAnswers(q: Arc<Questionnaire>) -> impl IntoView {
    let i18n = use_i18n();
    let journey = use_journey();
    let args = wording::use_args();
    let rows = journey.data.with_untracked(|d| {
        q.path(&d.answers).into_iter().map(|x| (x.clone(), d.answers.get(&x.id).cloned())).collect::<Vec<_>>()
    });
    view! {
        <div class="print-only">
            <h2 class="heading-m">{move || i18n.t("results-your-answers")}</h2>
            <dl class="summary-list">
                {rows.into_iter().map(|(question, answer)| {
                    let text = question.text.clone();
                    view! {
                        <div class="summary-list__row">
                            <dt class="summary-list__key">{move || i18n.t_args(&text, &args.get())}</dt>
                            <dd class="summary-list__value">{move || answer_text(i18n, &question, answer.as_ref(), &args.get())}</dd>
                        </div>
                    }
                }).collect_view()}
            </dl>
        </div>
    }
}
