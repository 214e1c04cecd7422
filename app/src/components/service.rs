//! One local service's contacts: tap-to-call numbers (kept left-to-right inside right-to-left
//! text), text relay, opening hours, web, e-mail and address.

use assessment::Service;
use leptos::prelude::*;

use crate::i18n::use_i18n;

pub fn tel_href(number: &str) -> String {
    format!("tel:{}", number.replace(' ', ""))
}

/// The service named by another's `ask`, from the questionnaire in use.
pub fn asked_service(id: &str) -> Option<Service> {
    crate::journey::use_journey().questionnaire.with_untracked(|q| match q {
        crate::journey::Load::Ready(q) => q.directory.service(id).cloned(),
        _ => None,
    })
}

/// `children`: shown under the name (results use it for "Can help with: …").
#[component]
pub fn ServiceCard(service: Service, #[prop(optional)] children: Option<Children>) -> impl IntoView {
    let i18n = use_i18n();
    let Service { message, phone, text_relay, web, email, address, has_hours, unverified, ask, .. } = service;
    // No dead ends: a service without a number of its own names who to ask instead, with that
    // service's number, in the phone row ("Ask Adult Social Care Direct about this").
    let phone = match phone {
        Some(p) => Some((None, p)),
        None => ask.as_deref().and_then(asked_service).and_then(|s| Some((Some(s.message), s.phone?))),
    };
    let name = message.clone();
    let description = format!("{message}.description");
    let hours = format!("{message}.hours");
    let has_unverified = !unverified.is_empty();
    view! {
        <div class="service">
            <h3 class="service__name heading-s">{move || i18n.t(&name)}</h3>
            {children.map(|c| c())}
            <p class="body">{move || i18n.t(&description)}</p>
            <dl class="service__contact">
                {phone.map(|(asked, p)| view! {
                    <dt>{move || match &asked {
                        None => i18n.t("contact-phone"),
                        Some(name) => i18n.t_with("service-ask-instead", &[("service", i18n.t(name).into())]),
                    }}</dt>
                    <dd><a class="service__phone" dir="ltr" href=tel_href(&p)>{p.clone()}</a></dd>
                })}
                {text_relay.map(|p| view! {
                    <dt>{i18n.tr("contact-text-relay")}</dt>
                    <dd><a class="service__phone" dir="ltr" href=tel_href(&p)>{p.clone()}</a></dd>
                })}
                {has_hours.then(|| view! {
                    <dt>{i18n.tr("contact-hours")}</dt>
                    <dd>{move || i18n.t(&hours)}</dd>
                })}
                {web.map(|w| {
                    let shown = w.trim_start_matches("https://").trim_end_matches('/').to_string();
                    view! {
                        <dt>{i18n.tr("contact-web")}</dt>
                        <dd><a class="service__web link" dir="ltr" href=w>{shown}</a></dd>
                    }
                })}
                {email.map(|e| view! {
                    <dt>{i18n.tr("contact-email")}</dt>
                    <dd><a class="link" dir="ltr" href=format!("mailto:{e}")>{e.clone()}</a></dd>
                })}
                {address.map(|a| view! {
                    <dt>{i18n.tr("contact-address")}</dt>
                    <dd><bdi>{a}</bdi></dd>
                })}
            </dl>
            {has_unverified.then(|| view! { <p class="service__unverified body-s">{i18n.tr("contact-unverified")}</p> })}
        </div>
    }
}
