//! What happens when the person answers a step: the same rules whether the app takes the
//! answer in the browser or the server takes it from a form (without JavaScript). Pure
//! functions of the questionnaire and the journey, tested natively.

use assessment::{Answer, Perspective, Question, QuestionKind, Questionnaire};

use super::{navigation, JourneyData};

/// The longest name kept for the person helped (the field's `maxlength`).
pub const NAME_MAX_CHARS: usize = 40;

/// An answer as sent, read against its question: `Ok(None)` when nothing was chosen or typed.
/// Values the question does not offer (a tampered or out-of-date form) are refused.
pub fn read_answer(question: &Question, values: &[String]) -> Result<Option<Answer>, BadAnswer> {
    match question.kind {
        QuestionKind::Text => {
            let text = values.first().map(|t| t.trim().to_string()).unwrap_or_default();
            if values.len() > 1 || text.chars().count() > question.max_chars() {
                return Err(BadAnswer);
            }
            Ok(Some(text).filter(|t| !t.is_empty()).map(Answer::One))
        }
        kind => {
            if values.iter().any(|v| question.option(v).is_none()) {
                return Err(BadAnswer);
            }
            match (kind, values) {
                (_, []) => Ok(None),
                (QuestionKind::Multiple, many) => {
                    let mut chosen: Vec<String> = Vec::new();
                    for v in many {
                        choose(&mut chosen, &question.options, v, true, true);
                    }
                    Ok(Some(Answer::Many(chosen)))
                }
                (_, [one]) => Ok(Some(Answer::One(one.clone()))),
                _ => Err(BadAnswer),
            }
        }
    }
}

/// A form value that the question does not offer.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct BadAnswer;

/// An answer was required and none was given.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Unanswered;

/// Records the answer to `question` (`None`: an optional question passed over) and returns
/// where the person goes next: an urgent page the first time an answer leads to it, then the
/// next question on their path (back to Check your answers when they came from there).
pub fn record(
    q: &Questionnaire,
    data: &mut JourneyData,
    question: &Question,
    answer: Option<Answer>,
    from_check: bool,
) -> Result<String, Unanswered> {
    if answer.is_none() && !question.optional {
        return Err(Unanswered);
    }
    // The urgent routes this answer leads to, in the order of its options.
    let urgent: Vec<String> = answer.as_ref().map_or(Vec::new(), |a| {
        a.chosen().iter().filter_map(|o| question.option(o).and_then(|o| o.urgent.clone())).collect()
    });
    match answer {
        Some(a) => {
            data.answers.insert(question.id.clone(), a);
            data.skipped.retain(|s| s != &question.id);
        }
        None => {
            data.answers.remove(&question.id);
            if !data.skipped.contains(&question.id) {
                data.skipped.push(question.id.clone());
            }
        }
    }
    // Answers to questions this change hides no longer count, and are dropped.
    data.answers = q.visible_answers(&data.answers);
    // The answers are now this version's; and a question the person was asked to check again
    // (the questions changed under them) has been looked at: from it, on to what is still to
    // do, as from Check your answers, not through the answers already given.
    data.version = q.version.clone();
    let rechecked = data.changed.as_ref().is_some_and(|c| c.recheck.contains(&question.id));
    super::carry::answered(data, &question.id);
    // Each urgent route shows once per journey, whichever answer leads to it.
    if let Some(route) = urgent.into_iter().find(|route| data.first_sight_of(route)) {
        return Ok(format!("/urgent/{route}?from={}", question.id));
    }
    let next = if from_check || rechecked {
        navigation::first_unanswered(q, &data.answers, &data.skipped)
    } else {
        navigation::next_after(q, &data.answers, &data.skipped, &question.id)
    };
    Ok(match next {
        Some(n) if from_check => format!("/questions/{}?change=1", n.id),
        Some(n) => format!("/questions/{}", n.id),
        None => "/check".to_string(),
    })
}

/// "Who is this for?": sets the perspective (and the helped person's name). Staff mode starts
/// a new call with `call_reference`, keeping nothing of the one before.
pub fn choose_perspective(
    data: &mut JourneyData,
    perspective: Perspective,
    name: &str,
    call_reference: impl FnOnce() -> String,
) {
    if perspective == Perspective::Staff {
        *data = JourneyData::default();
        data.call_reference = call_reference();
    }
    data.perspective = Some(perspective);
    data.name = match perspective {
        Perspective::Other => name.trim().chars().take(NAME_MAX_CHARS).collect(),
        _ => String::new(),
    };
}

/// Crockford base32: no I, L, O or U, so a reference read over the phone is not misheard.
const ALPHABET: &[u8] = b"0123456789ABCDEFGHJKMNPQRSTVWXYZ";

/// A call reference ("K3M-9QX") from six random bytes; it names the call, not the person.
pub fn call_reference(random: [u8; 6]) -> String {
    let chars: String = random.iter().map(|b| ALPHABET[(*b as usize) % ALPHABET.len()] as char).collect();
    format!("{}-{}", &chars[..3], &chars[3..])
}

/// The first step still to do: Who is this for, a question, or Check your answers.
pub fn first_step(q: &Questionnaire, data: &JourneyData) -> String {
    if data.perspective.is_none() {
        return "/who".to_string();
    }
    match navigation::first_unanswered(q, &data.answers, &data.skipped) {
        Some(next) => format!("/questions/{}", next.id),
        None => "/check".to_string(),
    }
}

/// Applies one click. "None of these" (exclusive) clears the others and vice versa, as
/// GOV.UK checkboxes do, so the person never meets an error for it.
pub fn choose(selected: &mut Vec<String>, all: &[assessment::AnswerOption], value: &str, on: bool, many: bool) {
    if !many {
        *selected = vec![value.to_string()];
        return;
    }
    selected.retain(|v| v != value);
    if on {
        let exclusive = all.iter().any(|o| o.id == value && o.exclusive);
        selected.retain(|v| !exclusive && !all.iter().any(|o| &o.id == v && o.exclusive));
        selected.push(value.to_string());
        // Keep the questionnaire's order, so answers read the same everywhere.
        selected.sort_by_key(|v| all.iter().position(|o| &o.id == v));
    }
}

#[cfg(test)]
mod tests {
    use assessment::{AnswerOption, Directory, Section};

    use super::*;

    fn option(id: &str, urgent: Option<&str>, exclusive: bool) -> AnswerOption {
        AnswerOption { id: id.into(), label: String::new(), urgent: urgent.map(Into::into), exclusive }
    }

    fn questionnaire() -> Questionnaire {
        let q = |id: &str, kind, options, optional| Question {
            id: String::from(id),
            section: "s".into(),
            kind,
            text: format!("q-{id}"),
            hint: None,
            options,
            show_if: None,
            optional,
            max_length: Some(10),
        };
        Questionnaire {
            version: "t".into(),
            sections: vec![Section { id: "s".into(), title: String::new() }],
            questions: vec![
                q(
                    "danger",
                    QuestionKind::Single,
                    vec![option("yes", Some("urgent-safety"), false), option("no", None, false)],
                    false,
                ),
                q(
                    "worries",
                    QuestionKind::Multiple,
                    vec![
                        option("a", Some("urgent-safety"), false),
                        option("b", None, false),
                        option("none", None, true),
                    ],
                    false,
                ),
                q("notes", QuestionKind::Text, vec![], true),
            ],
            directory: Directory { routes: vec![], services: vec![] },
        }
    }

    fn values(v: &[&str]) -> Vec<String> {
        v.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn answers_the_question_does_not_offer_are_refused() {
        let q = questionnaire();
        assert_eq!(read_answer(&q.questions[0], &values(&["maybe"])), Err(BadAnswer));
        assert_eq!(read_answer(&q.questions[0], &values(&["yes", "no"])), Err(BadAnswer), "one choice only");
        assert_eq!(read_answer(&q.questions[2], &values(&["far too long a note"])), Err(BadAnswer));
        assert_eq!(read_answer(&q.questions[0], &[]), Ok(None));
        assert_eq!(read_answer(&q.questions[2], &values(&["  "])), Ok(None));
    }

    #[test]
    fn checkboxes_keep_the_questionnaire_order_and_none_of_these_stands_alone() {
        let q = questionnaire();
        assert_eq!(read_answer(&q.questions[1], &values(&["b", "a"])), Ok(Some(Answer::Many(values(&["a", "b"])))));
        assert_eq!(read_answer(&q.questions[1], &values(&["a", "none"])), Ok(Some(Answer::Many(values(&["none"])))));
    }

    #[test]
    fn an_urgent_route_interrupts_once_per_journey() {
        let q = questionnaire();
        let mut d = JourneyData { perspective: Some(Perspective::Myself), ..Default::default() };
        let yes = Some(Answer::One("yes".into()));
        assert_eq!(record(&q, &mut d, &q.questions[0], yes, false), Ok("/urgent/urgent-safety?from=danger".into()));
        let a = Some(Answer::Many(values(&["a"])));
        assert_eq!(record(&q, &mut d, &q.questions[1], a, false), Ok("/questions/notes".into()));
        assert_eq!(record(&q, &mut d, &q.questions[2], None, false), Ok("/check".into()), "optional: passed over");
        assert_eq!(d.skipped, values(&["notes"]));
    }

    #[test]
    fn a_required_question_must_be_answered() {
        let q = questionnaire();
        let mut d = JourneyData::default();
        assert_eq!(record(&q, &mut d, &q.questions[0], None, false), Err(Unanswered));
        assert_eq!(d, JourneyData::default(), "nothing changes");
    }

    #[test]
    fn a_change_from_check_goes_back_to_check() {
        let q = questionnaire();
        let mut d = JourneyData { perspective: Some(Perspective::Myself), ..Default::default() };
        for (i, a) in [Answer::One("no".into()), Answer::Many(values(&["b"]))].into_iter().enumerate() {
            record(&q, &mut d, &q.questions[i], Some(a), false).unwrap();
        }
        record(&q, &mut d, &q.questions[2], None, false).unwrap();
        assert_eq!(record(&q, &mut d, &q.questions[0], Some(Answer::One("no".into())), true), Ok("/check".into()));
    }

    #[test]
    fn a_question_to_check_again_leads_on_to_what_is_still_to_do() {
        let q = questionnaire();
        let mut d = JourneyData { perspective: Some(Perspective::Myself), ..Default::default() };
        d.answers.insert("danger".into(), Answer::One("no".into()));
        // `worries` was listed to check again; the optional notes are still to do.
        crate::journey::carry::tell(&mut d, &q, vec!["worries".into()], false);
        let b = Some(Answer::Many(values(&["b"])));
        assert_eq!(record(&q, &mut d, &q.questions[1], b, false), Ok("/questions/notes".into()));
        assert_eq!(d.changed, None, "nothing left to check: the notice goes");
        assert_eq!(d.version, "t", "the answers are this version's");
    }

    #[test]
    fn staff_mode_starts_a_new_call_and_names_are_kept_only_for_someone_else() {
        let mut d = JourneyData { name: "Ann".into(), ..Default::default() };
        d.answers.insert("danger".into(), Answer::One("no".into()));
        choose_perspective(&mut d, Perspective::Staff, "Ann", || "K3M-9QX".into());
        assert_eq!((d.answers.len(), d.name.as_str(), d.call_reference.as_str()), (0, "", "K3M-9QX"));
        choose_perspective(
            &mut d,
            Perspective::Other,
            "  Mum with a very long name that goes on and on and on  ",
            String::new,
        );
        assert_eq!(d.name.chars().count(), NAME_MAX_CHARS);
        assert_eq!(first_step(&questionnaire(), &d), "/questions/danger");
    }
}
