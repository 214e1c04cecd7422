//! Results: what to do first, on the first screen; then the routes that fit, most important
//! first, each with why (visible) and who to contact and what happens next (in a disclosure);
//! services several routes share, once, under "Who to contact". Print and "Copy summary"
//! take it away.

use std::sync::Arc;

use assessment::results::Reach;
use assessment::{Assessment, AssessmentRequest, Priority, Questionnaire, Signpost};
use fluent_bundle::FluentValue;
use leptos::prelude::*;

#[cfg(not(feature = "ssr"))]
use crate::api;
use crate::api::ApiError;
use crate::components::back_link::BackLink;
use crate::components::gate::QuestionnaireGate;
use crate::components::handover_link::HandoverLink;
use crate::components::heading::{focus_on_mount, use_title};
use crate::components::listen_button::ListenButton;
use crate::components::results_failure::ResultsFailure;
use crate::components::service::{tel_href, ServiceCard};
use crate::i18n::use_i18n;
use crate::journey::{use_journey, wording, Load};

#[component]
pub fn Results() -> impl IntoView {
    let i18n = use_i18n();
    let journey = use_journey();
    let h1 = NodeRef::new();
    focus_on_mount(h1);
    use_title(i18n.tr("results-title"), Signal::stored(false));
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
                    <p class="body" role="status"><span class="spinner" aria-hidden="true"></span>" "{i18n.tr("results-loading")}</p>
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
    // The date as the server wrote it (ISO) until the browser is idle, then the device's date
    // and time in the person's language: the browser's date formatting takes ~35 ms on a slow
    // phone the first time, too long to spend while the page is being hydrated.
    let local_now = RwSignal::new(None::<String>);
    Effect::new(move |_| {
        let locale = i18n.locale.get();
        if hydrated.get() {
            when_idle(move || local_now.set(Some(now_text(&locale))));
        }
    });
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
                <label for="case-note">{i18n.tr("case-note-title")}</label>
            </h2>
            <p class="hint" id="case-note-hint">{i18n.tr("case-note-hint")}</p>
            <textarea class="textarea case-note" id="case-note" readonly rows="14" aria-describedby="case-note-hint" prop:value=note></textarea>
            <button type="button" class="button" on:click=copy_note>{i18n.tr("case-note-copy")}</button>
        }
    });
    let print = move |_| {
        let _ = window().print();
    };
    let count = assessment.signposts.len();
    // The directory marks which route is the needs assessment; no route id is named here.
    let assessment_route = q.directory.routes.iter().find(|r| r.assessment);
    let has_assessment_route = assessment_route.is_some_and(|a| assessment.signposts.iter().any(|s| s.route == a.id));
    let ask = assessment_route.and_then(|r| r.services.first()).and_then(|s| q.directory.service(s)).cloned();
    let first = assessment::results::first_step(&assessment, &q.directory);
    // A service several routes name is shown once, under "Who to contact"; the cards point to it.
    let shared = StoredValue::new(assessment::results::shared_services(&assessment.signposts));
    let is_shared = move |id: &str| shared.with_value(|s| s.iter().any(|x| x.service.id == id));
    let ask = ask.map(|s| (is_shared(&s.id), s));

    view! {
        <div class="results" class:results--staff=staff>
            <h1 class="heading-xl results__title" node_ref=h1 tabindex="-1">{i18n.tr("results-title")}</h1>
            <p class="body-l results__lead">{move || {
                let mut a: Vec<(&str, FluentValue<'static>)> =
                    args.get().into_iter().map(|(k, v)| (k, FluentValue::from(v))).collect();
                a.push(("count", count.into()));
                i18n.t_with("results-count", &a)
            }}</p>
            {first.map(|step| view! { <FirstStep q=q.clone() step=step/> })}
            <div class="results__tools">
                <ListenButton text=listen_text/>
                <p class="body results__keep-link"><a class="link" href="#keep">{i18n.tr("results-keep-link")}</a></p>
            </div>
            <div class="results__body">
                {case_note.map(|note| view! { <div class="results__case-note">{note}</div> })}
                <div class="results__routes">
                    {assessment.signposts.into_iter().map(|s| view! { <SignpostCard q=q.clone() signpost=s staff=staff is_shared=is_shared/> }).collect_view()}
                    {(!has_assessment_route).then(|| view! {
                        <div class="inset-text">
                            <h2 class="heading-m">{i18n.tr("results-ask-title")}</h2>
                            <p class="body">{i18n.tr("results-ask-body")}</p>
                            {ask.map(|(shared, s)| if shared {
                                view! { <p class="body"><ContactPointer service=s/></p> }.into_any()
                            } else {
                                view! { <ServiceCard service=s/> }.into_any()
                            })}
                        </div>
                    })}
                    <WhoToContact q=q.clone() shared=shared.get_value()/>
                </div>
            </div>
            <PrintedAnswers q=q.clone()/>
            <section class="results__keep" id="keep" aria-labelledby="keep-title">
                <h2 class="heading-m" id="keep-title">{i18n.tr("results-keep-title")}</h2>
                <p class="body-s">{move || i18n.t_with("results-date", &[("date", local_now.get().unwrap_or_else(today).into())])}</p>
                <p class="body-s">{move || i18n.t_with("results-version", &[("version", assessment.questionnaire_version.clone().into())])}</p>
                <div class="button-group">
                    // These need the app; the server's page leaves them out (the browser's own Print
                    // still gives the print view), and they appear once the app runs.
                    {move || {
                        let (copy, save_file) = (copy.clone(), save_file.clone());
                        hydrated.get().then(move || view! {
                            <button type="button" class="button" on:click=copy>{i18n.tr("copy-summary")}</button>
                            <button type="button" class="button button--secondary" on:click=print>{i18n.tr("print")}</button>
                            <button type="button" class="button button--secondary" on:click=save_file>{i18n.tr("save-as-file")}</button>
                        })
                    }}
                    {if staff {
                        view! { <a href="/staff" class="button button--secondary" role="button" draggable="false">{i18n.tr("new-call")}</a> }.into_any()
                    } else {
                        view! {
                            <form method="post" action="/clear">
                                <button type="submit" class="button button--secondary" on:click=move |ev| {
                                    ev.prevent_default();
                                    journey.clear();
                                    let _ = window().location().set_href("/");
                                }>
                                    {i18n.tr("clear-answers")}
                                </button>
                            </form>
                        }.into_any()
                    }}
                </div>
                <HandoverLink/>
            </section>
            <p class="body" role="status">{move || copied.get().then(|| i18n.t("copied"))}</p>
        </div>
    }
}

/// "What to do first": the one action that matters most, with its call button, on the first
/// screen of a phone.
#[component]
fn FirstStep(q: Arc<Questionnaire>, step: assessment::results::FirstStep) -> impl IntoView {
    let i18n = use_i18n();
    let args = wording::use_args();
    let title = q.directory.route(&step.route).map(|r| r.message.clone()).unwrap_or_default();
    let anchor = format!("#route-{}", step.route);
    let hours = step.service.has_hours.then(|| format!("{}.hours", step.service.message));
    let action = match step.how {
        Reach::Call { number, via } => {
            let name = via.as_ref().map_or(step.service.message.clone(), |v| v.message.clone());
            let asked = via.map(|_| step.service.message.clone());
            view! {
                <a class="call-button first-step__action" href=tel_href(&number)>
                    <span>{move || i18n.t_with("call-service", &[("service", i18n.t(&name).into())])}</span>
                    " "
                    <span class="first-step__number" dir="ltr">{number.clone()}</span>
                </a>
                {asked.map(|m| view! {
                    <p class="hint">{move || i18n.t_with("service-ask-instead", &[("service", i18n.t(&m).into())])}</p>
                })}
            }
            .into_any()
        }
        Reach::Web(url) => {
            let name = step.service.message.clone();
            view! {
                <a class="call-button first-step__action" href=url>
                    {move || i18n.t_with("first-step-web", &[("service", i18n.t(&name).into())])}
                </a>
            }
            .into_any()
        }
    };
    view! {
        <section class="first-step" aria-labelledby="first-step-title">
            <h2 class="heading-m first-step__title" id="first-step-title">{move || i18n.t_args("first-step-title", &args.get())}</h2>
            <p class="body first-step__route"><a class="link" href=anchor>{move || i18n.t_args(&title, &args.get())}</a></p>
            {action}
            {hours.map(|h| view! { <p class="hint first-step__hours">{move || i18n.t(&h)}</p> })}
        </section>
    }
}

fn priority_key(p: Priority) -> (&'static str, &'static str) {
    match p {
        Priority::Urgent => ("priority-urgent", "signpost--urgent"),
        Priority::Recommended => ("priority-recommended", "signpost--recommended"),
        Priority::AlsoUseful => ("priority-also-useful", "signpost--also-useful"),
    }
}

/// One route: what it is and why, visible; who to contact and what happens next inside a
/// disclosure (open for staff and on urgent cards; open on paper).
#[component]
fn SignpostCard(
    q: Arc<Questionnaire>,
    signpost: Signpost,
    staff: bool,
    is_shared: impl Fn(&str) -> bool + 'static,
) -> impl IntoView {
    let i18n = use_i18n();
    let args = wording::use_args();
    let route = q.directory.route(&signpost.route).cloned();
    let unverified = route.as_ref().is_some_and(|r| r.unverified.iter().any(|u| u == "next"));
    let message = route.map(|r| r.message).unwrap_or_default();
    let (tag, class) = priority_key(signpost.priority);
    // Open from the start for staff, who must not stop to open things mid-call, and on an
    // urgent card, whose numbers must never wait behind a click.
    let open = staff || signpost.priority == Priority::Urgent;
    let (title, short, summary, next) =
        (message.clone(), format!("{message}.short"), format!("{message}.summary"), format!("{message}.next"));
    let (shared, own): (Vec<_>, Vec<_>) = signpost.services.into_iter().partition(|s| is_shared(&s.id));
    // The first reason (the one that set the priority: scoring puts it first) stays on the
    // card; the others fold with the contacts, so seven routes still fit three phone screens.
    let mut first = signpost.reasons;
    let rest = first.split_off(first.len().min(1));
    let more = rest.len();
    let reason_items = move |reasons: Vec<assessment::Reason>| {
        reasons
            .into_iter()
            .map(|r| {
                let m = r.message;
                view! { <li>{move || i18n.t_args(&m, &args.get())}</li> }
            })
            .collect_view()
    };
    view! {
        <section class=format!("signpost {class}") aria-labelledby=format!("route-{}", signpost.route)>
            <div class="signpost__header">
                <strong class=format!("tag tag--{}", &class["signpost--".len()..])>{move || i18n.t(tag)}</strong>
                <h2 class="signpost__title heading-m" id=format!("route-{}", signpost.route) tabindex="-1">{move || i18n.t_args(&title, &args.get())}</h2>
            </div>
            <p class="body signpost__short">{move || i18n.t_args(&short, &args.get())}</p>
            <h3 class="visually-hidden">{i18n.tr("because-you-told-us")}</h3>
            <ul class="signpost__reasons list">{reason_items(first)}</ul>
            <details class="details signpost__more" open=open>
                <summary class="details__summary"><span class="details__summary-text">{move || i18n.t(if more == 0 { "route-more" } else { "route-more-reasons" })}</span></summary>
                <div class="details__text">
                    {(more > 0).then(|| view! { <ul class="signpost__reasons list">{reason_items(rest)}</ul> })}
                    <p class="body">{move || i18n.t_args(&summary, &args.get())}</p>
                    <h3 class="heading-s">{i18n.tr("what-happens-next")}</h3>
                    <p class="signpost__next body">{move || i18n.t_args(&next, &args.get())}</p>
                    {unverified.then(|| view! { <p class="service__unverified body-s">{i18n.tr("route-unverified")}</p> })}
                    {own.into_iter().map(|s| view! { <ServiceCard service=s/> }).collect_view()}
                    {(!shared.is_empty()).then(|| view! {
                        <ul class="list signpost__pointers">
                            {shared.into_iter().map(|s| view! { <li><ContactPointer service=s/></li> }).collect_view()}
                        </ul>
                    })}
                </div>
            </details>
        </section>
    }
}

/// A card's pointer to a service shown in full under "Who to contact".
#[component]
fn ContactPointer(service: assessment::Service) -> impl IntoView {
    let i18n = use_i18n();
    let name = service.message.clone();
    view! {
        <a class="link" href=format!("#contact-{}", service.id)>
            {move || i18n.t_with("contact-see", &[("service", i18n.t(&name).into())])}
        </a>
    }
}

/// The services several routes share, each in full once, with the routes it can help with.
#[component]
fn WhoToContact(q: Arc<Questionnaire>, shared: Vec<assessment::results::SharedService>) -> impl IntoView {
    let i18n = use_i18n();
    let args = wording::use_args();
    (!shared.is_empty()).then(|| view! {
        <section class="contacts" aria-labelledby="contacts-title">
            <h2 class="heading-l" id="contacts-title">{i18n.tr("contacts-title")}</h2>
            <p class="body">{i18n.tr("contacts-intro")}</p>
            {shared.into_iter().map(|x| {
                let titles: Vec<String> =
                    x.routes.iter().filter_map(|r| q.directory.route(r)).map(|r| r.message.clone()).collect();
                let anchor = format!("contact-{}", x.service.id);
                view! {
                    <div class="contacts__service" id=anchor tabindex="-1">
                        <ServiceCard service=x.service>
                            <p class="body-s contacts__helps">{i18n.tr("contact-helps-with")}</p>
                            <ul class="list list--bullet body-s contacts__routes">
                                {titles.into_iter().map(|t| view! { <li>{move || i18n.t_args(&t, &args.get())}</li> }).collect_view()}
                            </ul>
                        </ServiceCard>
                    </div>
                }
            }).collect_view()}
        </section>
    })
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
            let answer = wording::answer_text(i18n, question, d.answers.get(&question.id), args);
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

/// Runs `f` when the browser is idle (`requestIdleCallback`), or in a later task where it
/// cannot say: work nobody is waiting for.
#[cfg(not(feature = "ssr"))]
fn when_idle(f: impl FnOnce() + 'static) {
    use wasm_bindgen::JsCast;
    let f = wasm_bindgen::closure::Closure::once_into_js(f);
    let w = window();
    match js_sys::Reflect::get(&w, &"requestIdleCallback".into()).ok().filter(|v| v.is_function()) {
        Some(idle) => {
            let _ = idle.unchecked_into::<js_sys::Function>().call1(&w, &f);
        }
        None => {
            let _ = w.set_timeout_with_callback(f.unchecked_ref());
        }
    }
}

#[cfg(feature = "ssr")]
fn when_idle(_: impl FnOnce() + 'static) {}

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
            <h2 class="heading-m">{i18n.tr("results-your-answers")}</h2>
            <dl class="summary-list">
                {rows.into_iter().map(|(question, answer)| {
                    let text = question.text.clone();
                    view! {
                        <div class="summary-list__row">
                            <dt class="summary-list__key">{move || i18n.t_args(&text, &args.get())}</dt>
                            <dd class="summary-list__value">{move || wording::answer_text(i18n, &question, answer.as_ref(), &args.get())}</dd>
                        </div>
                    }
                }).collect_view()}
            </dl>
        </div>
    }
}
