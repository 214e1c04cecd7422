//! `questionnaire.toml`: sections, questions, options and show-if (which may only look back).

use std::collections::{BTreeSet, HashMap};
use std::path::PathBuf;

use toml::Spanned;

use super::super::error::ContentError;
use super::super::messages::Catalogue;
use super::super::source::{QuestionSrc, QuestionnaireFile};
use super::{is_id, Report, ID_RULE};
use crate::answers::{Answer, Answers};
use crate::condition::Condition;
use crate::model::*;

/// Builds the current questionnaire (`cat` given: every message and route must exist) or an
/// archived one (`cat` is `None`: words and routes are not checked).
pub(super) fn build(
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
pub(super) fn check_refs<T>(
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
