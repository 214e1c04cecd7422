//! `rules.toml`: which answers lead to which route, and the urgent answers each must cover.

use super::super::error::ContentError;
use super::super::messages::Catalogue;
use super::super::source::Parsed;
use super::super::Sources;
use super::{is_id, Report, ID_RULE};
use crate::model::*;
use crate::scoring::FALLBACK_REASON;

pub(super) fn build(
    sources: &Sources,
    parsed: &Parsed,
    questionnaire: &Questionnaire,
    cat: &Catalogue,
    errors: &mut Vec<ContentError>,
) -> RuleSet {
    let (path, text) = &sources.rules;
    let mut r = Report { path, text, errors };
    let file = &parsed.rules;
    let routes = &questionnaire.directory.routes;
    let mut rules: Vec<Rule> = Vec::new();
    for src in &file.rules {
        let id = src.id.get_ref();
        let key = format!("rule \"{id}\"");
        if !is_id(id) {
            r.at(&src.id, &key, ID_RULE);
        }
        if rules.iter().any(|x| &x.id == id) {
            r.at(&src.id, &key, "is defined twice");
        }
        if !routes.iter().any(|x| x.id == src.route) {
            r.at(&src.id, format!("{key} › route"), format!("no route \"{}\" is defined in the directory", src.route));
        }
        super::questionnaire::check_refs(
            &mut r,
            &src.id,
            &format!("{key} › when"),
            &src.when,
            &questionnaire.questions,
            true,
        );
        let reason = format!("reason-{id}");
        if !cat.has(&reason) {
            r.at(&src.id, &key, format!("message \"{reason}\" is missing from locales/en-GB"));
        }
        rules.push(Rule {
            id: id.clone(),
            route: src.route.clone(),
            priority: src.priority,
            reason,
            when: src.when.clone(),
            lead: src.lead,
        });
    }
    // An answer that interrupts the journey must also put its route first in the results.
    for question in &questionnaire.questions {
        for option in &question.options {
            let Some(route) = &option.urgent else { continue };
            let covered = rules.iter().any(|rule| {
                &rule.route == route
                    && rule.priority == Priority::Urgent
                    && rule.when.references().iter().any(|(q, opts)| *q == question.id && opts.contains(&option.id))
            });
            if !covered {
                r.file(
                    format!("question \"{}\" › urgent › {}", question.id, option.id),
                    format!("no urgent rule for route \"{route}\" fires on this answer, so the results would not show it first"),
                );
            }
        }
    }
    if !routes.iter().any(|x| x.id == file.fallback_route) {
        r.file("fallback_route", format!("no route \"{}\" is defined in the directory", file.fallback_route));
    }
    if !cat.has(FALLBACK_REASON) {
        r.file("fallback_route", format!("message \"{FALLBACK_REASON}\" is missing from locales/en-GB"));
    }
    RuleSet { rules, fallback_route: file.fallback_route.clone() }
}
