//! Realistic people, one fixture each in `tests/personas/*.toml`, drawn from the kind of
//! stories in the council's own reports. Each fixture gives who answers, the answers, and
//! the routes expected, most important first. A change to the rules that moves any of them
//! shows up here, to be agreed with a practitioner.

use std::path::{Path, PathBuf};

use assessment::validate::validate_answers;
use assessment::{score, Answers, Perspective, Priority};
use serde::Deserialize;

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Persona {
    description: String,
    perspective: Perspective,
    answers: Answers,
    expect: Vec<Expected>,
}

#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
struct Expected {
    route: String,
    priority: Priority,
}

fn content() -> assessment::Content {
    assessment::content::load(Path::new("../content"), Path::new("../locales")).unwrap_or_else(|e| panic!("{e}"))
}

fn personas() -> Vec<(PathBuf, Persona)> {
    let mut files: Vec<PathBuf> = std::fs::read_dir("tests/personas")
        .expect("tests/personas")
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "toml"))
        .collect();
    files.sort();
    files
        .into_iter()
        .map(|path| {
            let text = std::fs::read_to_string(&path).unwrap();
            let persona = toml::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
            (path, persona)
        })
        .collect()
}

#[test]
fn there_are_at_least_ten_personas_from_every_perspective() {
    let all = personas();
    assert!(all.len() >= 10, "only {} personas", all.len());
    for p in Perspective::ALL {
        assert!(all.iter().any(|(_, x)| x.perspective == p), "no persona answers as {p:?}");
    }
}

#[test]
fn each_persona_gets_exactly_the_routes_expected() {
    let c = content();
    let mut failures = Vec::new();
    for (path, persona) in personas() {
        let errors = validate_answers(&c.questionnaire, &persona.answers);
        assert!(
            errors.is_empty(),
            "{}: invalid answers: {:?}",
            path.display(),
            errors.iter().map(|e| e.detail()).collect::<Vec<_>>()
        );
        let got: Vec<Expected> = score(&c, &persona.answers)
            .signposts
            .iter()
            .map(|s| Expected { route: s.route.clone(), priority: s.priority })
            .collect();
        if got != persona.expect {
            let show = |v: &[Expected]| {
                v.iter().map(|e| format!("{} ({:?})", e.route, e.priority)).collect::<Vec<_>>().join(", ")
            };
            failures.push(format!(
                "{} ({}):\n  expected {}\n  got      {}",
                path.display(),
                persona.description,
                show(&persona.expect),
                show(&got)
            ));
        }
    }
    assert!(failures.is_empty(), "\n{}", failures.join("\n"));
}

/// The fixtures are whole journeys: every question shown is answered, unless it is optional.
/// So the number of questions each person sees is real, and is printed for the record.
#[test]
fn each_persona_is_a_complete_journey_of_a_reasonable_length() {
    let c = content();
    let mut lengths = Vec::new();
    for (path, persona) in personas() {
        let shown = c.questionnaire.path(&persona.answers);
        let missing: Vec<&str> = shown
            .iter()
            .filter(|q| !q.optional && !persona.answers.contains_key(&q.id))
            .map(|q| q.id.as_str())
            .collect();
        assert!(missing.is_empty(), "{}: shown but not answered: {missing:?}", path.display());
        println!("{:>3} questions: {}", shown.len(), persona.description);
        lengths.push(shown.len());
    }
    lengths.sort();
    let (min, max, median) = (lengths[0], lengths[lengths.len() - 1], lengths[lengths.len() / 2]);
    println!("questions seen: min {min}, median {median}, max {max} (of {})", c.questionnaire.questions.len());
    assert!(min >= 15 && median <= 25 && max <= 35, "journeys of {min} to {max} questions, median {median}");
}

/// Every signpost says why: each reason names the answers that fired it (the fallback aside).
#[test]
fn each_persona_signpost_names_the_answers_behind_it() {
    let c = content();
    for (path, persona) in personas() {
        for s in score(&c, &persona.answers).signposts {
            assert!(!s.reasons.is_empty(), "{}: {} has no reason", path.display(), s.route);
            for r in &s.reasons {
                if r.rule != "fallback" {
                    assert!(!r.answers.is_empty(), "{}: rule {} fired on no answers", path.display(), r.rule);
                    for m in &r.answers {
                        let given = persona.answers.get(&m.question).map(|a| a.chosen().to_vec()).unwrap_or_default();
                        assert!(
                            m.options.iter().all(|o| given.contains(o)),
                            "{}: {m:?} was not answered",
                            path.display()
                        );
                    }
                }
            }
        }
    }
}
