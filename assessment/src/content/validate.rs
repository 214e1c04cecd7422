//! Turns the parsed files into the model, collecting every mistake with its file and line.

use std::collections::{BTreeSet, HashMap};
use std::path::{Path, PathBuf};

use toml::Spanned;

use super::error::{line_of, ContentError, ContentErrors};
use super::messages::Catalogue;
use super::source::{parse_one, Parsed, QuestionSrc, QuestionnaireFile};
use super::Sources;
use crate::answers::{Answer, Answers};
use crate::condition::Condition;
use crate::model::Shape;
use crate::model::*;
use crate::scoring::FALLBACK_REASON;

/// Collects errors against one file.
struct Report<'a> {
    path: &'a Path,
    text: &'a str,
    errors: &'a mut Vec<ContentError>,
}

impl Report<'_> {
    fn at<T>(&mut self, spanned: &Spanned<T>, key: impl Into<String>, message: impl Into<String>) {
        let line = line_of(self.text, spanned.span().start);
        self.errors.push(ContentError::new(self.path, Some(line), key, message));
    }
    fn file(&mut self, key: impl Into<String>, message: impl Into<String>) {
        self.errors.push(ContentError::new(self.path, None, key, message));
    }
}

fn is_id(s: &str) -> bool {
    // Ids become Fluent message ids and attribute names, so they follow Fluent's rules.
    s.starts_with(|c: char| c.is_ascii_lowercase())
        && s.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
}

const ID_RULE: &str = "ids use lower-case letters, digits and hyphens, starting with a letter";

pub fn build(sources: &Sources, parsed: Parsed, cat: &Catalogue) -> Result<Content, ContentErrors> {
    let mut errors = Vec::new();
    let directory = build_directory(sources, &parsed, cat, &mut errors);
    let questionnaire =
        build_questionnaire(&sources.questionnaire, &parsed.questionnaire, directory, Some(cat), &mut errors);
    let rules = build_rules(sources, &parsed, &questionnaire, cat, &mut errors);
    let archive = build_archive(&sources.archive, &questionnaire, &mut errors);
    if errors.is_empty() {
        Ok(Content { questionnaire, rules, archive })
    } else {
        Err(ContentErrors(errors))
    }
}

fn build_directory(sources: &Sources, parsed: &Parsed, cat: &Catalogue, errors: &mut Vec<ContentError>) -> Directory {
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
        for m in [message.clone(), format!("{message}.summary"), format!("{message}.next")] {
            if !cat.has(&m) {
                r.at(&route.id, &key, format!("message \"{m}\" is missing from locales/en-GB"));
            }
        }
        for s in route.services.iter().filter(|s| !services.iter().any(|x: &Service| &x.id == *s)) {
            r.at(&route.id, format!("{key} › services"), format!("no service \"{s}\" is defined"));
        }
        routes.push(Route { id: id.clone(), message, services: route.services.clone(), assessment: route.assessment });
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

/// Earlier questionnaires, each checked as the current one is except for its words and routes:
/// reading an old code needs only its shape, and those messages and routes may be gone.
fn build_archive(
    files: &[(PathBuf, String)],
    current: &Questionnaire,
    errors: &mut Vec<ContentError>,
) -> Vec<Archived> {
    let mut archive: Vec<Archived> = Vec::new();
    for source in files {
        let (path, text) = source;
        let file = match parse_one::<QuestionnaireFile>(source) {
            Ok(file) => file,
            Err(e) => {
                errors.push(e);
                continue;
            }
        };
        let before = errors.len();
        let no_directory = Directory { routes: Vec::new(), services: Vec::new() };
        let q = build_questionnaire(source, &file, no_directory, None, errors);
        let line = text.lines().position(|l| l.trim_start().starts_with("version")).map(|i| i + 1);
        let mut at_version = |message: String| errors.push(ContentError::new(path, line, "version", message));
        if q.version == current.version {
            at_version(format!(
                "\"{}\" is the current questionnaire's version: the archive keeps earlier versions only \
                 (change `version` in questionnaire.toml whenever you change a question)",
                q.version
            ));
        } else if let Some(first) = archive.iter().find(|a| a.shape.version == q.version) {
            at_version(format!(
                "\"{}\" is also the version of {}: keep one file per version",
                q.version,
                first.file.display()
            ));
        }
        if errors.len() == before {
            archive.push(Archived { file: path.clone(), shape: Shape::of(&q) });
        }
    }
    archive
}

/// Builds the current questionnaire (`cat` given: every message and route must exist) or an
/// archived one (`cat` is `None`: words and routes are not checked).
fn build_questionnaire(
    (path, text): &(PathBuf, String),
    file: &QuestionnaireFile,
    directory: Directory,
    cat: Option<&Catalogue>,
    errors: &mut Vec<ContentError>,
) -> Questionnaire {
    let mut r = Report { path, text, errors };
    // An archived file's words need not exist any more: every message counts as present.
    let has = |m: &str| cat.is_none_or(|c| c.has(m));
    if file.version.trim().is_empty() {
        r.file("version", "must not be empty");
    }
    for (name, list) in &file.option_sets {
        if !is_id(name) || list.get_ref().iter().any(|o| !is_id(o)) {
            r.at(list, format!("option_sets › {name}"), ID_RULE);
        }
        for o in list.get_ref().iter().filter(|o| !has(&format!("options-{name}.{o}"))) {
            r.at(
                list,
                format!("option_sets › {name}"),
                format!("message \"options-{name}.{o}\" is missing from locales/en-GB"),
            );
        }
    }

    let mut sections = Vec::new();
    for s in &file.sections {
        let id = s.id.get_ref();
        let key = format!("section \"{id}\"");
        if !is_id(id) {
            r.at(&s.id, &key, ID_RULE);
        }
        if sections.iter().any(|x: &Section| &x.id == id) {
            r.at(&s.id, &key, "is defined twice");
        }
        let title = format!("section-{id}");
        if !has(&title) {
            r.at(&s.id, &key, format!("message \"{title}\" is missing from locales/en-GB"));
        }
        sections.push(Section { id: id.clone(), title });
    }

    let mut questions: Vec<Question> = Vec::new();
    let mut reachable: HashMap<String, bool> = HashMap::new();
    let mut last_section: Option<&str> = None;
    let mut finished_sections = BTreeSet::new();
    for src in &file.questions {
        let id = src.id.get_ref();
        let key = format!("question \"{id}\"");
        if !is_id(id) {
            r.at(&src.id, &key, ID_RULE);
        }
        if questions.iter().any(|q| &q.id == id) {
            r.at(&src.id, &key, "is defined twice");
        }
        if !sections.iter().any(|s| s.id == src.section) {
            r.at(&src.id, format!("{key} › section"), format!("no section \"{}\" is defined", src.section));
        }
        // Keep each section's questions together, so "Section 2 of 6" stays honest.
        if last_section != Some(src.section.as_str()) {
            if finished_sections.contains(src.section.as_str()) {
                r.at(
                    &src.id,
                    format!("{key} › section"),
                    format!("questions of section \"{}\" must be listed together", src.section),
                );
            }
            if let Some(prev) = last_section {
                finished_sections.insert(prev);
            }
            last_section = Some(&src.section);
        }

        let routes = cat.map(|_| directory.routes.as_slice());
        let options = question_options(&mut r, src, file, &key, routes);
        let text_id = format!("q-{id}");
        let hint = src.hint.then(|| format!("{text_id}.hint"));
        for m in std::iter::once(&text_id).chain(hint.iter()).chain(options.iter().map(|o| &o.label)) {
            if !has(m) {
                r.at(&src.id, &key, format!("message \"{m}\" is missing from locales/en-GB"));
            }
        }
        if let Some(cond) = &src.show_if {
            let ok = check_refs(&mut r, &src.id, &format!("{key} › show_if"), cond, &questions, false);
            if ok && !satisfiable(cond, &questions, &reachable) {
                r.at(&src.id, format!("{key} › show_if"), "can never hold, so the question is unreachable");
            }
        }
        let is_reachable = src.show_if.as_ref().is_none_or(|c| satisfiable(c, &questions, &reachable));
        reachable.insert(id.clone(), is_reachable);
        questions.push(Question {
            id: id.clone(),
            section: src.section.clone(),
            kind: src.kind,
            text: text_id,
            hint,
            options,
            show_if: src.show_if.clone(),
            optional: src.optional,
            max_length: match src.kind {
                QuestionKind::Text => Some(src.max_length.unwrap_or(DEFAULT_MAX_LENGTH)),
                _ => None,
            },
        });
    }
    if questions.is_empty() {
        r.file("question", "no questions are defined");
    }
    for s in sections.iter().filter(|s| !questions.iter().any(|q| q.section == s.id)) {
        r.file(format!("section \"{}\"", s.id), "has no questions");
    }
    Questionnaire { version: file.version.trim().to_string(), sections, questions, directory }
}

/// How an option's message id is made from its own id (shared option sets name theirs).
type OptionLabel = Box<dyn Fn(&str) -> String>;

fn question_options(
    r: &mut Report,
    src: &QuestionSrc,
    file: &QuestionnaireFile,
    key: &str,
    routes: Option<&[Route]>,
) -> Vec<AnswerOption> {
    let id = src.id.get_ref();
    let default_set = match src.kind {
        QuestionKind::YesNo => Some("yes-no"),
        QuestionKind::Frequency => Some("frequency"),
        _ => None,
    };
    let set = src.option_set.as_deref().or(default_set);
    let (ids, label): (Vec<String>, OptionLabel) = match (src.kind, set, src.options.is_empty()) {
        (QuestionKind::Text, None, true) => (Vec::new(), Box::new(|_| String::new())),
        (QuestionKind::Text, _, _) => {
            r.at(&src.id, key, "a text question has no options");
            return Vec::new();
        }
        (_, Some(_), false) => {
            r.at(&src.id, key, "give either `options` or `option_set`, not both");
            return Vec::new();
        }
        (_, Some(set), true) => match file.option_sets.get(set) {
            Some(list) => {
                let set = set.to_string();
                (list.get_ref().clone(), Box::new(move |o| format!("options-{set}.{o}")))
            }
            None => {
                r.at(
                    &src.id,
                    format!("{key} › option_set"),
                    format!("no option set \"{set}\" is defined in [option_sets]"),
                );
                return Vec::new();
            }
        },
        (_, None, _) => {
            let qid = id.clone();
            (src.options.clone(), Box::new(move |o| format!("q-{qid}.{o}")))
        }
    };
    if ids.iter().any(|o| o == DECLINE) {
        r.at(
            &src.id,
            format!("{key} › options"),
            format!("\"{DECLINE}\" is added by `decline = true`; do not list it yourself"),
        );
    }
    if src.decline && src.kind == QuestionKind::Text {
        r.at(&src.id, format!("{key} › decline"), "a text question can already be left empty with `optional = true`");
    }
    if src.kind != QuestionKind::Text && ids.len() < 2 {
        r.at(&src.id, format!("{key} › options"), "a choice needs at least two options");
    }
    if src.kind != QuestionKind::Text && src.max_length.is_some() {
        r.at(&src.id, format!("{key} › max_length"), "only text questions have a maximum length");
    }
    for (i, o) in ids.iter().enumerate() {
        if !is_id(o) {
            r.at(&src.id, format!("{key} › options"), format!("\"{o}\": {ID_RULE}"));
        }
        if ids[..i].contains(o) {
            r.at(&src.id, format!("{key} › options"), format!("\"{o}\" is listed twice"));
        }
    }
    for o in src.exclusive.iter().chain(src.urgent.keys()).filter(|o| !ids.contains(o)) {
        r.at(&src.id, key, format!("refers to option \"{o}\", which this question does not have"));
    }
    if !src.exclusive.is_empty() && src.kind != QuestionKind::Multiple {
        r.at(&src.id, format!("{key} › exclusive"), "only multiple-choice questions have exclusive options");
    }
    // `None` for an archived questionnaire, whose routes may have gone since.
    if let Some(routes) = routes {
        for (o, route) in &src.urgent {
            if !routes.iter().any(|x| &x.id == route) {
                r.at(
                    &src.id,
                    format!("{key} › urgent › {o}"),
                    format!("no route \"{route}\" is defined in the directory"),
                );
            }
        }
    }
    let mut options: Vec<AnswerOption> = ids
        .iter()
        .map(|o| AnswerOption {
            id: o.clone(),
            label: label(o),
            urgent: src.urgent.get(o).cloned(),
            exclusive: src.exclusive.contains(o),
        })
        .collect();
    if src.decline && src.kind != QuestionKind::Text {
        // Last, and standing alone among checkboxes like "None of these".
        options.push(AnswerOption {
            id: DECLINE.to_string(),
            label: DECLINE_LABEL.to_string(),
            urgent: None,
            exclusive: src.kind.takes_many(),
        });
    }
    options
}

/// Checks that a condition names earlier questions and their real options. Conditions may
/// only look back, which makes show-if cycles impossible by construction.
fn check_refs<T>(
    r: &mut Report,
    at: &Spanned<T>,
    key: &str,
    cond: &Condition,
    earlier: &[Question],
    scoring: bool,
) -> bool {
    let mut ok = true;
    for (qid, opts) in cond.references() {
        let Some(q) = earlier.iter().find(|q| q.id == qid) else {
            let why = if scoring { "there is no question" } else { "there is no earlier question" };
            r.at(at, key, format!("{why} \"{qid}\" (conditions may only refer to questions asked before)"));
            ok = false;
            continue;
        };
        if q.kind == QuestionKind::Text {
            r.at(at, key, format!("question \"{qid}\" is free text, which is never used for branching or scoring"));
            ok = false;
        }
        for o in opts.iter().filter(|o| q.option(o).is_none()) {
            r.at(at, key, format!("question \"{qid}\" has no option \"{o}\""));
            ok = false;
        }
    }
    ok
}

/// Whether some answers to the questions a condition mentions make it hold. Tries each
/// option alone, all options together (checkboxes) and no answer, for each question; gives
/// the benefit of the doubt when there are too many combinations to try.
fn satisfiable(cond: &Condition, questions: &[Question], reachable: &HashMap<String, bool>) -> bool {
    let mut ids: Vec<&str> = cond.references().into_iter().map(|(q, _)| q).collect();
    ids.sort();
    ids.dedup();
    let mut choices: Vec<(&str, Vec<Option<Answer>>)> = Vec::new();
    for id in ids {
        let Some(q) = questions.iter().find(|q| q.id == id) else { return true };
        let mut c: Vec<Option<Answer>> = vec![None];
        if reachable.get(id).copied().unwrap_or(true) {
            c.extend(q.options.iter().map(|o| Some(Answer::Many(vec![o.id.clone()]))));
            if q.kind.takes_many() {
                c.push(Some(Answer::Many(q.options.iter().filter(|o| !o.exclusive).map(|o| o.id.clone()).collect())));
            }
        }
        choices.push((id, c));
    }
    if choices.iter().map(|(_, c)| c.len()).product::<usize>() > 20_000 {
        return true;
    }
    let mut index = vec![0usize; choices.len()];
    loop {
        let answers: Answers =
            choices.iter().zip(&index).filter_map(|((id, c), &i)| c[i].clone().map(|a| (id.to_string(), a))).collect();
        if cond.holds(&answers) {
            return true;
        }
        // Next combination (odometer).
        let mut k = 0;
        loop {
            if k == index.len() {
                return false;
            }
            index[k] += 1;
            if index[k] < choices[k].1.len() {
                break;
            }
            index[k] = 0;
            k += 1;
        }
    }
}

fn build_rules(
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
        check_refs(&mut r, &src.id, &format!("{key} › when"), &src.when, &questionnaire.questions, true);
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
