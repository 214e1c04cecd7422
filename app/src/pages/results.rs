//! Results: the routes that fit, most important first, each with why, who to contact and
//! what happens next. Print and "Copy summary" take it away.

use std::sync::Arc;

use assessment::{Assessment, AssessmentRequest, Priority, Questionnaire, Signpost};
use leptos::prelude::*;

use crate::api::{self, ApiError};
use crate::components::back_link::BackLink;
use crate::components::gate::{QuestionnaireGate, Unreachable};
use crate::components::heading::{focus_on_mount, use_title};
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
    let result: RwSignal<Load<Result<Assessment, ApiError>>> = RwSignal::new(Load::Loading);

    let fetch = move |q: Arc<Questionnaire>| {
        result.set(Load::Loading);
        let req = journey.data.with_untracked(|d| AssessmentRequest {
            questionnaire_version: q.version.clone(),
            locale: i18n.locale.get_untracked(),
            perspective: d.perspective.unwrap_or(assessment::Perspective::Myself),
            answers: q.visible_answers(&d.answers),
        });
        leptos::task::spawn_local(async move {
            let r = api::assess(&req).await;
            result.set(Load::Ready(r));
        });
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
                Load::Ready(Err(_)) => {
                    let q = q2.clone();
                    view! { <Unreachable on_retry=move || fetch(q.clone())/> }.into_any()
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
    let copied = RwSignal::new(false);
    let summary = {
        let (q, a) = (q.clone(), assessment.clone());
        move || summary_text(&q, &a)
    };
    let copy = move |_| {
        let text = summary();
        let clipboard = window().navigator().clipboard();
        let _ = clipboard.write_text(&text);
        copied.set(true);
    };
    let print = move |_| {
        let _ = window().print();
    };
    let signposts = assessment.signposts.clone();
    let has_assessment_route = signposts.iter().any(|s| s.route == "needs-assessment");
    let ask = q
        .directory
        .route("needs-assessment")
        .and_then(|r| r.services.first())
        .and_then(|s| q.directory.service(s))
        .cloned();

    view! {
        <div class="results">
            <div class="panel">
                <h1 class="heading-xl" node_ref=h1 tabindex="-1">{move || i18n.t("results-title")}</h1>
                <p class="body-l">{move || i18n.t_with("results-count", &[("count", signposts.len().into())])}</p>
            </div>
            <p class="body">{move || i18n.t("results-intro")}</p>
            {assessment.signposts.into_iter().map(|s| view! { <SignpostCard q=q.clone() signpost=s/> }).collect_view()}
            {(!has_assessment_route).then(|| view! {
                <div class="inset-text">
                    <h2 class="heading-m">{move || i18n.t("results-ask-title")}</h2>
                    <p class="body">{move || i18n.t("results-ask-body")}</p>
                    {ask.map(|s| view! { <ServiceCard service=s/> })}
                </div>
            })}
            <p class="body-s">{move || i18n.t_with("results-version", &[("version", assessment.questionnaire_version.clone().into())])}</p>
            <div class="button-group">
                <button type="button" class="button" on:click=copy>{move || i18n.t("copy-summary")}</button>
                <button type="button" class="button button--secondary" on:click=print>{move || i18n.t("print")}</button>
                <button type="button" class="button button--secondary" on:click=move |_| { journey.clear(); let _ = window().location().set_href("/"); }>
                    {move || i18n.t("clear-answers")}
                </button>
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
                <h2 class="signpost__title heading-m" id=format!("route-{}", signpost.route)>{move || i18n.t(&title)}</h2>
            </div>
            <p class="body">{move || i18n.t(&summary)}</p>
            <h3 class="heading-s">{move || i18n.t("because-you-told-us")}</h3>
            <ul class="signpost__reasons list">
                {signpost.reasons.into_iter().map(|r| {
                    let m = r.message.clone();
                    view! { <li>{move || i18n.t_args(&m, &args.get())}</li> }
                }).collect_view()}
            </ul>
            <h3 class="heading-s">{move || i18n.t("what-happens-next")}</h3>
            <p class="signpost__next body">{move || i18n.t(&next)}</p>
            {signpost.services.into_iter().map(|s| view! { <ServiceCard service=s/> }).collect_view()}
        </section>
    }
}

/// Plain text: routes with reasons and contacts, then every answer. Used by Copy summary.
pub fn summary_text(q: &Questionnaire, a: &Assessment) -> String {
    let i18n = use_i18n();
    let journey = use_journey();
    let args = journey.data.with_untracked(|_| wording::use_args().get_untracked());
    let mut out = format!("{}\n\n", i18n.t("results-title"));
    for s in &a.signposts {
        let msg = q.directory.route(&s.route).map(|r| r.message.clone()).unwrap_or_default();
        out.push_str(&format!("{} ({})\n", i18n.t(&msg), i18n.t(priority_key(s.priority).0)));
        for r in &s.reasons {
            out.push_str(&format!("  - {}\n", i18n.t_args(&r.message, &args)));
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
        }
        out.push('\n');
    }
    out.push_str(&format!("{}\n", i18n.t("check-title")));
    journey.data.with_untracked(|d| {
        for question in q.path(&d.answers) {
            let answer = answer_text(question, d.answers.get(&question.id), &args);
            out.push_str(&format!("{}\n  {}\n", i18n.t_args(&question.text, &args), answer));
        }
    });
    out.push_str(&format!(
        "\n{}\n",
        i18n.t_with("results-version", &[("version", a.questionnaire_version.clone().into())])
    ));
    out
}
