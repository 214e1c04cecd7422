//! `directory.toml`: routes and services; no dead-end cards.

use std::collections::BTreeSet;

use super::super::error::ContentError;
use super::super::messages::Catalogue;
use super::super::source::Parsed;
use super::super::Sources;
use super::{is_id, Report, ID_RULE};
use crate::model::*;

pub(super) fn build(sources: &Sources, parsed: &Parsed, cat: &Catalogue, errors: &mut Vec<ContentError>) -> Directory {
    let (path, text) = &sources.directory;
    let mut r = Report { path, text, errors };
    let file = &parsed.directory;

    let mut services = Vec::new();
    let mut seen = BTreeSet::new();
    for s in &file.services {
        let id = s.id.get_ref();
        let key = format!("service \"{id}\"");
        if !is_id(id) {
            r.at(&s.id, &key, ID_RULE);
        }
        if !seen.insert(id.clone()) {
            r.at(&s.id, &key, "is defined twice");
        }
        let message = format!("service-{id}");
        let mut needed = vec![message.clone(), format!("{message}.description")];
        if s.hours {
            needed.push(format!("{message}.hours"));
        }
        for m in needed.iter().filter(|m| !cat.has(m)) {
            r.at(&s.id, &key, format!("message \"{m}\" is missing from locales/en-GB"));
        }
        for (field, value) in [("phone", &s.phone), ("text_relay", &s.text_relay)] {
            if let Some(v) = value {
                if v.is_empty() || !v.chars().all(|c| c.is_ascii_digit() || c == ' ') {
                    r.at(&s.id, format!("{key} › {field}"), format!("\"{v}\" should be digits and spaces only"));
                }
            }
        }
        if let Some(web) = &s.web {
            if !web.starts_with("https://") {
                r.at(&s.id, format!("{key} › web"), format!("\"{web}\" should start with https://"));
            }
        }
        let fields = ["phone", "text_relay", "web", "email", "address", "hours"];
        for u in s.unverified.iter().filter(|u| !fields.contains(&u.as_str())) {
            r.at(&s.id, format!("{key} › unverified"), format!("\"{u}\" is not one of {}", fields.join(", ")));
        }
        services.push(Service {
            id: id.clone(),
            message,
            phone: s.phone.clone(),
            text_relay: s.text_relay.clone(),
            web: s.web.clone(),
            email: s.email.clone(),
            address: s.address.clone(),
            has_hours: s.hours,
            unverified: s.unverified.clone(),
            ask: s.ask.clone(),
        });
    }
    // No dead-end cards: a service without a contact of its own names who to ask instead, and
    // that service can be phoned.
    for (s, service) in file.services.iter().zip(&services) {
        let key = format!("service \"{}\"", service.id);
        match &service.ask {
            None if !service.has_contact() => r.at(
                &s.id,
                &key,
                "has no phone, text_relay, web, email or address: give one, or `ask = \"<service id>\"` to name who to ask instead",
            ),
            None => {}
            Some(ask) => match services.iter().find(|x| &x.id == ask) {
                None => r.at(&s.id, format!("{key} › ask"), format!("no service \"{ask}\" is defined")),
                Some(x) if x.phone.is_none() => r.at(
                    &s.id,
                    format!("{key} › ask"),
                    format!("service \"{ask}\" has no phone number, so people could not ask it"),
                ),
                Some(x) if x.id == service.id => r.at(&s.id, format!("{key} › ask"), "a service cannot ask itself"),
                Some(_) => {}
            },
        }
    }

    let mut routes = Vec::new();
    let mut seen = BTreeSet::new();
    for route in &file.routes {
        let id = route.id.get_ref();
        let key = format!("route \"{id}\"");
        if !is_id(id) {
            r.at(&route.id, &key, ID_RULE);
        }
        if !seen.insert(id.clone()) {
            r.at(&route.id, &key, "is defined twice");
        }
        let message = format!("route-{id}");
        for m in [message.clone(), format!("{message}.short"), format!("{message}.summary"), format!("{message}.next")]
        {
            if !cat.has(&m) {
                r.at(&route.id, &key, format!("message \"{m}\" is missing from locales/en-GB"));
            }
        }
        for s in route.services.iter().filter(|s| !services.iter().any(|x: &Service| &x.id == *s)) {
            r.at(&route.id, format!("{key} › services"), format!("no service \"{s}\" is defined"));
        }
        for u in route.unverified.iter().filter(|u| *u != "next") {
            r.at(&route.id, format!("{key} › unverified"), format!("\"{u}\" is not one of next"));
        }
        routes.push(Route {
            id: id.clone(),
            message,
            services: route.services.clone(),
            assessment: route.assessment,
            unverified: route.unverified.clone(),
        });
    }
    if routes.is_empty() {
        r.file("route", "no routes are defined");
    }
    // Results offer a way to ask for an assessment whatever was suggested (Care Act s.9).
    let marked: Vec<&Route> = routes.iter().filter(|x| x.assessment).collect();
    match marked.as_slice() {
        [] => r.file("route", "no route has `assessment = true`: mark the Care Act needs assessment route"),
        [_] => {}
        [_, rest @ ..] => {
            for extra in rest {
                let src = file.routes.iter().find(|x| x.id.get_ref() == &extra.id).expect("built from it");
                r.at(
                    &src.id,
                    format!("route \"{}\" › assessment", extra.id),
                    "only one route can be the needs assessment",
                )
            }
        }
    }
    Directory { routes, services }
}
