//! The urgent route, on the screen straight after an urgent answer: who to call now, with
//! tap-to-call numbers, then the choice to carry on with the questions.

use std::sync::Arc;

use assessment::Questionnaire;
use leptos::prelude::*;
use leptos_router::hooks::{use_params_map, use_query_map};

use crate::components::gate::QuestionnaireGate;
use crate::components::heading::{focus_on_mount, use_title};
use crate::components::service::{tel_href, ServiceCard};
use crate::i18n::use_i18n;
use crate::journey::{navigation, use_journey, wording};

#[component]
pub fn Urgent() -> impl IntoView {
    let i18n = use_i18n();
    let journey = use_journey();
    let params = use_params_map();
    let query = use_query_map();
    // Route words are addressed to the reader in the journey's perspective.
    let args = wording::use_args();
    let h1 = NodeRef::new();
    focus_on_mount(h1);
    let route_id = move || params.read().get("route").unwrap_or_default();
    use_title(move || i18n.t_args(&format!("route-{}", route_id()), &args.get()), Signal::stored(false));

    view! {
        <QuestionnaireGate children={move |q: Arc<Questionnaire>| {
            let id = route_id();
            let Some(route) = q.directory.route(&id).cloned() else {
                return view! { <crate::components::not_found::NotFound/> }.into_any();
            };
            let from = query.read_untracked().get("from").unwrap_or_default();
            let carry_on = journey.data.with_untracked(|d| {
                match navigation::next_after(&q, &d.answers, &d.skipped, &from) {
                    Some(n) => format!("/questions/{}", n.id),
                    None => "/check".to_string(),
                }
            });
            let services: Vec<_> = route.services.iter().filter_map(|s| q.directory.service(s).cloned()).collect();
            let calls: Vec<_> = services.iter().filter_map(|s| s.phone.clone().map(|p| (s.message.clone(), p))).collect();
            let title = route.message.clone();
            let summary = format!("{}.summary", route.message);
            let next = format!("{}.next", route.message);
            view! {
                <div class="urgent-panel">
                    <h1 class="heading-l" node_ref=h1 tabindex="-1">{move || i18n.t_args(&title, &args.get())}</h1>
                    <p class="body-l">{move || i18n.t_args(&summary, &args.get())}</p>
                    <ul class="list">
                        {calls.into_iter().map(|(name, phone)| {
                            let href = tel_href(&phone);
                            view! {
                                <li>
                                    <a class="call-button" href=href>
                                        {move || i18n.t_with("call-service", &[("service", i18n.t(&name).into())])}
                                        " "<span dir="ltr">{phone.clone()}</span>
                                    </a>
                                </li>
                            }
                        }).collect_view()}
                    </ul>
                </div>
                <h2 class="heading-m">{i18n.tr("urgent-who-can-help")}</h2>
                {services.into_iter().map(|s| view! { <ServiceCard service=s/> }).collect_view()}
                <h2 class="heading-m">{i18n.tr("what-happens-next")}</h2>
                <p class="body">{move || i18n.t_args(&next, &args.get())}</p>
                <h2 class="heading-m">{i18n.tr("urgent-carry-on-title")}</h2>
                <p class="body">{i18n.tr("urgent-carry-on-body")}</p>
                <a href=carry_on role="button" draggable="false" class="button button--secondary">{i18n.tr("urgent-carry-on")}</a>
            }
            .into_any()
        }}/>
    }
}
