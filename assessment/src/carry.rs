//! Carrying a journey forward when the council publishes a new questionnaire.
//!
//! A person may be half-way through when the questions change: in an open tab, with answers
//! saved on the device, with a hand-over link or code, or in a form sent without JavaScript.
//! Their answers are moved to the questionnaire now in use by question and option ids:
//!
//! - an answer whose question and options are all still there is kept as it is;
//! - options that no longer exist are taken out of a checkbox answer (what is left is kept),
//!   and a one-choice answer whose option has gone is taken out;
//! - answers to questions that are no longer asked (removed, or now hidden by the answers) are
//!   taken out;
//!
//! and the result says which questions the person should look at again: those whose answer
//! lost something, those whose options changed (with the earlier questionnaire's [`Shape`]),
//! and questions now asked that were not asked before, up to where the person had got to.
//! Nothing is dropped without being listed. No clock, no randomness: the same inputs give the
//! same result.

use crate::answers::{Answer, Answers};
use crate::model::{Question, QuestionKind, Questionnaire, Shape};

/// What [`carry_forward`] gives back.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct CarriedForward {
    /// The answers that still fit, as the current questionnaire counts them (only questions
    /// it asks after these answers).
    pub answers: Answers,
    /// Optional questions the person had passed over that are still optional and still asked.
    pub passed: Vec<String>,
    /// Questions of the current questionnaire to check again, in the order they are asked:
    /// an answer that lost an option, a question whose options changed, or a question now
    /// asked, before where the person had got to, that was not asked before.
    pub recheck: Vec<String>,
    /// Questions that were answered but are no longer asked of this person (removed from the
    /// questionnaire, or hidden by a changed condition): their answers were taken out. In the
    /// earlier questionnaire's order when it is known, else by id.
    pub removed: Vec<String>,
}

impl CarriedForward {
    /// Whether anything needs telling: an answer to check again, or one taken out.
    pub fn needs_telling(&self) -> bool {
        !self.recheck.is_empty() || !self.removed.is_empty()
    }
}

/// Moves `answers` (and the optional questions `passed` over without an answer), given to an
/// earlier questionnaire, to `current`. `earlier` is that questionnaire's shape when it is
/// kept (`content/archive/`): with it, questions whose options changed, and questions now
/// asked that were not asked before, are found exactly; without it, only by what the answers
/// themselves show (a question now asked and left unanswered before the last answer given).
pub fn carry_forward(
    current: &Questionnaire,
    earlier: Option<&Shape>,
    answers: &Answers,
    passed: &[String],
) -> CarriedForward {
    let mut kept = Answers::new();
    // Questions whose answer lost something: listed if the question is still asked.
    let mut lost = Vec::new();
    for question in &current.questions {
        let Some(answer) = answers.get(&question.id) else { continue };
        let (fitted, whole) = fit(question, answer);
        if fitted.is_none() || !whole {
            lost.push(question.id.clone());
        }
        if let Some(a) = fitted {
            kept.insert(question.id.clone(), a);
        }
    }
    let visible = current.visible_answers(&kept);
    let path = current.path(&visible);
    let on_path = |id: &str| path.iter().any(|x| x.id == id);

    let still_passed: Vec<String> = passed
        .iter()
        .filter(|id| current.questions.iter().any(|x| &x.id == *id && x.optional) && on_path(id))
        .cloned()
        .collect();

    // Answered before, but not asked now: taken out, and said so.
    let mut removed: Vec<String> = answers
        .keys()
        .filter(|id| !visible.contains_key(*id) && !(lost.contains(id) && on_path(id)))
        .cloned()
        .collect();
    if let Some(shape) = earlier {
        let place = |id: &String| shape.questions.iter().position(|x| &x.id == id).unwrap_or(usize::MAX);
        removed.sort_by_key(place);
    }

    let earlier_q = earlier.map(Shape::skeleton);
    let mut recheck: Vec<String> = lost.into_iter().filter(|id| on_path(id)).collect();

    // New choices: the answer still fits, but the question now offers an option (or a "none
    // of these") the person could not choose from. Options merely taken away, and not
    // chosen, change nothing for them.
    if let Some(before) = &earlier_q {
        for id in visible.keys() {
            let (Some(now), Some(then)) = (question(current, id), question(before, id)) else { continue };
            let offered = |o: &crate::model::AnswerOption| {
                then.options.iter().any(|p| p.id == o.id && p.exclusive == o.exclusive)
            };
            if !now.options.iter().all(offered) {
                recheck.push(id.clone());
            }
        }
    }

    // Newly asked: on the path now, unanswered, not to be passed over, and behind the person
    // (a question answered or passed over comes after it), or anywhere when the person had
    // answered everything the earlier questionnaire asked of them.
    let index = |id: &str| current.questions.iter().position(|x| x.id == id);
    // Every answer given counts, kept or not: the person had been there.
    let furthest = answers.keys().chain(still_passed.iter()).filter_map(|id| index(id)).max();
    let earlier_path: Option<Vec<String>> =
        earlier_q.as_ref().map(|q| q.path(answers).into_iter().map(|x| x.id.clone()).collect());
    let finished = earlier_path
        .as_ref()
        .is_some_and(|p| !p.is_empty() && p.iter().all(|id| answers.contains_key(id) || passed_before(passed, id)));
    for (i, x) in current.questions.iter().enumerate() {
        let unanswered = !visible.contains_key(&x.id) && !still_passed.contains(&x.id);
        let behind = finished || furthest.is_some_and(|f| i < f);
        let new_here = earlier_path.as_ref().is_none_or(|p| !p.contains(&x.id));
        if on_path(&x.id) && unanswered && !x.optional && behind && new_here {
            recheck.push(x.id.clone());
        }
    }

    recheck.sort_by_key(|id| index(id));
    recheck.dedup();
    CarriedForward { answers: visible, passed: still_passed, recheck, removed }
}

/// An optional question the person passed over counts as done when deciding whether they had
/// finished (the earlier questionnaire's shape does not say which questions were optional).
fn passed_before(passed: &[String], id: &str) -> bool {
    passed.iter().any(|p| p == id)
}

fn question<'a>(q: &'a Questionnaire, id: &str) -> Option<&'a Question> {
    q.questions.iter().find(|x| x.id == id)
}

/// The part of `answer` that fits `question`, and whether all of it did. Free text fits a text
/// question up to its length; options must exist; a checkbox answer keeps the options that
/// still exist, in the questionnaire's order, and "None of these" only on its own.
fn fit(question: &Question, answer: &Answer) -> (Option<Answer>, bool) {
    match (question.kind, answer) {
        (QuestionKind::Text, Answer::One(text)) => {
            let fits = !text.trim().is_empty() && text.chars().count() <= question.max_chars();
            (fits.then(|| answer.clone()), fits)
        }
        (QuestionKind::Multiple, Answer::Many(ids)) => {
            let chosen: Vec<_> = question.options.iter().filter(|o| ids.contains(&o.id)).collect();
            let alone = chosen.len() == 1 || !chosen.iter().any(|o| o.exclusive);
            let fitted =
                (!chosen.is_empty() && alone).then(|| Answer::Many(chosen.iter().map(|o| o.id.clone()).collect()));
            let whole = fitted.is_some() && ids.iter().all(|id| question.option(id).is_some());
            (fitted, whole)
        }
        (QuestionKind::Single | QuestionKind::YesNo | QuestionKind::Frequency, Answer::One(id)) => {
            let fits = question.option(id).is_some();
            (fits.then(|| answer.clone()), fits)
        }
        _ => (None, false),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::condition::Condition;
    use crate::model::{AnswerOption, Directory, Section};

    fn option(id: &str) -> AnswerOption {
        AnswerOption { id: id.into(), label: String::new(), urgent: None, exclusive: id == "none" }
    }

    fn q(id: &str, kind: QuestionKind, options: &[&str], show_if: Option<Condition>) -> Question {
        Question {
            id: id.into(),
            section: "s".into(),
            kind,
            text: format!("q-{id}"),
            hint: None,
            options: options.iter().map(|o| option(o)).collect(),
            show_if,
            optional: kind == QuestionKind::Text,
            max_length: Some(20),
        }
    }

    fn when(question: &str, any_of: &[&str]) -> Option<Condition> {
        Some(Condition::Answer { question: question.into(), any_of: any_of.iter().map(|s| s.to_string()).collect() })
    }

    fn questionnaire(version: &str, questions: Vec<Question>) -> Questionnaire {
        Questionnaire {
            version: version.into(),
            sections: vec![Section { id: "s".into(), title: String::new() }],
            questions,
            directory: Directory { routes: vec![], services: vec![] },
        }
    }

    /// Version A: five questions, one shown only after a "yes".
    fn a() -> Questionnaire {
        use QuestionKind::*;
        questionnaire(
            "A",
            vec![
                q("age", Single, &["young", "old"], None),
                q("alone", YesNo, &["yes", "no", "not-sure"], None),
                q("home", Multiple, &["stairs", "bath", "door", "none"], None),
                q("falls", Single, &["no", "once", "often"], None),
                q("carer", YesNo, &["yes", "no", "not-sure"], None),
                q("hours", Single, &["few", "many"], when("carer", &["yes"])),
                q("notes", Text, &[], None),
            ],
        )
    }

    /// Version B: `sight` added after `alone`; `stairs` taken out of `home`; `falls` removed;
    /// `carer` gains an option.
    fn b() -> Questionnaire {
        use QuestionKind::*;
        let mut b = a();
        b.version = "B".into();
        b.questions.insert(2, q("sight", YesNo, &["yes", "no", "not-sure"], None));
        b.questions.retain(|x| x.id != "falls");
        let home = b.questions.iter_mut().find(|x| x.id == "home").unwrap();
        home.options.retain(|o| o.id != "stairs");
        let carer = b.questions.iter_mut().find(|x| x.id == "carer").unwrap();
        carer.options.push(option("used-to"));
        b
    }

    fn answers(pairs: &[(&str, &[&str])]) -> Answers {
        pairs
            .iter()
            .map(|(id, os)| {
                let a = match *id {
                    "home" => Answer::Many(os.iter().map(|s| s.to_string()).collect()),
                    _ => Answer::One(os[0].to_string()),
                };
                (id.to_string(), a)
            })
            .collect()
    }

    fn ids(v: &[&str]) -> Vec<String> {
        v.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn the_same_questionnaire_changes_nothing() {
        let given = answers(&[("age", &["old"]), ("alone", &["yes"]), ("home", &["stairs", "bath"])]);
        let c = carry_forward(&a(), Some(&Shape::of(&a())), &given, &[]);
        assert_eq!(c, CarriedForward { answers: given.clone(), ..Default::default() });
        assert!(!c.needs_telling());
        assert_eq!(carry_forward(&a(), None, &given, &[]).answers, given);
    }

    #[test]
    fn half_way_through_kept_answers_stay_and_changes_are_listed() {
        // Answered up to `falls` on A.
        let given =
            answers(&[("age", &["old"]), ("alone", &["yes"]), ("home", &["stairs", "bath"]), ("falls", &["once"])]);
        let c = carry_forward(&b(), Some(&Shape::of(&a())), &given, &[]);
        assert_eq!(c.answers, answers(&[("age", &["old"]), ("alone", &["yes"]), ("home", &["bath"])]));
        // `sight` is new and before where the person got to; `home` lost `stairs`.
        assert_eq!(c.recheck, ids(&["sight", "home"]));
        assert_eq!(c.removed, ids(&["falls"]));
        assert!(c.needs_telling());
    }

    #[test]
    fn without_the_earlier_shape_the_answers_alone_show_what_changed() {
        let given =
            answers(&[("age", &["old"]), ("alone", &["yes"]), ("home", &["stairs", "bath"]), ("falls", &["once"])]);
        let c = carry_forward(&b(), None, &given, &[]);
        assert_eq!(c.answers, answers(&[("age", &["old"]), ("alone", &["yes"]), ("home", &["bath"])]));
        assert_eq!(c.recheck, ids(&["sight", "home"]));
        assert_eq!(c.removed, ids(&["falls"]));
    }

    #[test]
    fn questions_not_reached_yet_are_simply_asked_later() {
        // Only `age` answered: `sight` comes after it, so it is asked in its turn.
        let c = carry_forward(&b(), Some(&Shape::of(&a())), &answers(&[("age", &["young"])]), &[]);
        assert!(c.recheck.is_empty(), "{c:?}");
        assert!(!c.needs_telling());
    }

    #[test]
    fn a_finished_journey_lists_every_new_question_and_changed_options() {
        let given = answers(&[
            ("age", &["old"]),
            ("alone", &["no"]),
            ("home", &["none"]),
            ("falls", &["no"]),
            ("carer", &["yes"]),
            ("hours", &["many"]),
        ]);
        // `notes` (optional) was passed over: the journey was finished.
        let mut b = b();
        b.questions.push(q("last", QuestionKind::YesNo, &["yes", "no"], None));
        let c = carry_forward(&b, Some(&Shape::of(&a())), &given, &ids(&["notes"]));
        assert_eq!(c.recheck, ids(&["sight", "carer", "last"]), "new anywhere, and carer's options changed");
        assert_eq!(c.passed, ids(&["notes"]));
        assert_eq!(c.removed, ids(&["falls"]));
        assert_eq!(c.answers.len(), 5);
    }

    #[test]
    fn a_one_choice_answer_whose_option_went_is_taken_out_and_listed() {
        let mut b = b();
        let age = b.questions.iter_mut().find(|x| x.id == "age").unwrap();
        age.options = vec![option("under-65"), option("over-65")];
        let given = answers(&[("age", &["old"]), ("alone", &["yes"])]);
        let c = carry_forward(&b, None, &given, &[]);
        assert_eq!(c.answers, answers(&[("alone", &["yes"])]));
        assert_eq!(c.recheck, ids(&["age"]));
        assert!(c.removed.is_empty());
    }

    #[test]
    fn a_question_that_changed_kind_is_asked_again() {
        let mut b = a();
        b.version = "B".into();
        b.questions.iter_mut().find(|x| x.id == "alone").unwrap().kind = QuestionKind::Multiple;
        let c = carry_forward(&b, Some(&Shape::of(&a())), &answers(&[("age", &["old"]), ("alone", &["yes"])]), &[]);
        assert_eq!(c.answers, answers(&[("age", &["old"])]));
        assert_eq!(c.recheck, ids(&["alone"]));
    }

    #[test]
    fn answers_now_hidden_are_taken_out_and_said_so() {
        let mut b = a();
        b.version = "B".into();
        // `hours` is now asked only of carers who said "not-sure".
        b.questions.iter_mut().find(|x| x.id == "hours").unwrap().show_if = when("carer", &["not-sure"]);
        let given = answers(&[("age", &["old"]), ("carer", &["yes"]), ("hours", &["few"])]);
        let c = carry_forward(&b, Some(&Shape::of(&a())), &given, &[]);
        assert_eq!(c.removed, ids(&["hours"]));
        assert!(!c.answers.contains_key("hours"));
    }

    #[test]
    fn free_text_is_kept_when_it_still_fits() {
        let given: Answers = [("notes".to_string(), Answer::One("Ring first".into()))].into_iter().collect();
        let earlier = Shape::of(&a());
        assert_eq!(carry_forward(&a(), Some(&earlier), &given, &[]).answers, given);
        let mut shorter = a();
        shorter.version = "B".into();
        shorter.questions.iter_mut().find(|x| x.id == "notes").unwrap().max_length = Some(4);
        let c = carry_forward(&shorter, Some(&earlier), &given, &[]);
        assert!(c.answers.is_empty());
        assert_eq!(c.recheck, ids(&["notes"]));
    }

    #[test]
    fn every_answer_is_kept_listed_or_said_to_be_taken_out() {
        let given = answers(&[
            ("age", &["old"]),
            ("alone", &["yes"]),
            ("home", &["stairs"]),
            ("falls", &["once"]),
            ("carer", &["yes"]),
            ("hours", &["few"]),
        ]);
        let c = carry_forward(&b(), Some(&Shape::of(&a())), &given, &[]);
        for id in given.keys() {
            let whole = c.answers.get(id) == given.get(id);
            assert!(whole || c.recheck.contains(id) || c.removed.contains(id), "{id} silently dropped: {c:?}");
        }
        // `home` had only `stairs`: nothing is left, so it is asked again.
        assert!(!c.answers.contains_key("home"));
        assert!(c.recheck.contains(&"home".to_string()));
        assert!(crate::validate::validate_answers(&b(), &c.answers).is_empty());
    }
}
