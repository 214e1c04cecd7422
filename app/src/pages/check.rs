//! "Check your answers": every answer on the person's path, each with a Change link that
//! comes back here.

use std::sync::Arc;

use assessment::Questionnaire;
use leptos::prelude::*;

use crate::components::back_link::BackLink;
use crate::components::gate::QuestionnaireGate;
use crate::components::heading::{focus_on_mount, use_title};
use crate::components::recheck_notice::RecheckNotice;
use crate::i18n::use_i18n;
use crate::journey::{use_journey, wording};

#[component]
pub fn Check() -> impl IntoView {
    let i18n = use_i18n();
    let journey = use_journey();
    let args = wording::use_args();
    let h1 = NodeRef::new();
    focus_on_mount(h1);
    use_title(i18n.tr("check-title"), Signal::stored(false));
    let staff = journey.is_staff();

    view! {
        <QuestionnaireGate children={move |q: Arc<Questionnaire>| {
            let rows = journey.data.with_untracked(|d| {
                q.path(&d.answers)
                    .into_iter()
                    .map(|question| (question.clone(), d.answers.get(&question.id).cloned()))
                    .collect::<Vec<_>>()
            });
            let back = rows.last().map_or("/who".to_string(), |(x, _)| format!("/questions/{}", x.id));
            view! {
                <BackLink href=back/>
                // The questions changed under this journey: what to check again.
                <RecheckNotice q=q.clone()/>
                <h1 class="heading-l" node_ref=h1 tabindex="-1">{i18n.tr("check-title")}</h1>
                // A call handler has heard every answer already: results are one Tab and Enter
                // away from the heading, not past a Change link per question.
                {staff.then(|| view! {
                    <p class="check-shortcut">
                        <a href="/results" role="button" draggable="false" class="button">{i18n.tr("check-send-button")}</a>
                    </p>
                })}
                <dl class="summary-list">
                    {rows.into_iter().map(|(question, answer)| {
                        let text = question.text.clone();
                        let text2 = question.text.clone();
                        let change = format!("/questions/{}?change=1", question.id);
                        let value = move || wording::answer_text(i18n, &question, answer.as_ref(), &args.get());
                        view! {
                            <div class="summary-list__row">
                                <dt class="summary-list__key">{move || i18n.t_args(&text, &args.get())}</dt>
                                <dd class="summary-list__value">{value}</dd>
                                <dd class="summary-list__actions">
                                    <a class="link" href=change>
                                        {i18n.tr("change")}
                                        <span class="visually-hidden">" "{move || i18n.t_args(&text2, &args.get())}</span>
                                    </a>
                                </dd>
                            </div>
                        }
                    }).collect_view()}
                </dl>
                <h2 class="heading-m">{i18n.tr("check-send-title")}</h2>
                <p class="body">{i18n.tr("check-send-body")}</p>
                <a href="/results" role="button" draggable="false" class="button">{i18n.tr("check-send-button")}</a>
                <crate::components::handover_link::HandoverLink/>
            }
        }}/>
    }
}
