//! "Save my answers on this device": localStorage, versioned by questionnaire version. A
//! saved journey that cannot be read, or is for another version, is discarded with a message.

use assessment::Questionnaire;
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

use super::JourneyData;

const KEY: &str = "care-self-assessment.journey";
/// The shape of what is stored; bump when it changes incompatibly. (Urgent pages shown were
/// once kept as (question, option) pairs, `urgent_seen`; they are still read, as routes.)
const FORMAT: u32 = 1;

#[derive(Serialize, Deserialize)]
struct Saved {
    format: u32,
    questionnaire_version: String,
    journey: JourneyData,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SavedProblem {
    /// The stored text was not a journey we can read.
    Unreadable,
}

pub fn read(q: &Questionnaire) -> Result<Option<JourneyData>, SavedProblem> {
    let Some(text) = storage().and_then(|s| s.get_item(KEY).ok().flatten()) else { return Ok(None) };
    decode(&text, q).map(Some)
}

/// A stored journey, checked against the questionnaire now in use.
fn decode(text: &str, q: &Questionnaire) -> Result<JourneyData, SavedProblem> {
    let saved: Saved = serde_json::from_str(text).map_err(|_| SavedProblem::Unreadable)?;
    if saved.format != FORMAT {
        return Err(SavedProblem::Unreadable);
    }
    let mut journey = saved.journey;
    // The version the answers were given to. When the questions have changed since, the
    // journey is carried forward by the server, which keeps the earlier versions' shapes
    // (`Journey::restore_saved`, `carry.rs`).
    journey.version = saved.questionnaire_version;
    journey.adopt_legacy_urgent(q);
    Ok(journey)
}

fn encode(version: &str, journey: &JourneyData) -> Option<String> {
    let saved = Saved { format: FORMAT, questionnaire_version: version.to_string(), journey: journey.clone() };
    serde_json::to_string(&saved).ok()
}

pub fn write(version: &str, journey: &JourneyData) {
    if let (Some(s), Some(text)) = (storage(), encode(version, journey)) {
        let _ = s.set_item(KEY, &text);
    }
}

pub fn clear() {
    if let Some(s) = storage() {
        let _ = s.remove_item(KEY);
    }
}

fn storage() -> Option<web_sys::Storage> {
    window().local_storage().ok().flatten()
}

#[cfg(test)]
mod tests {
    use assessment::{AnswerOption, Directory, Question, QuestionKind, Questionnaire, Section};

    use super::*;

    fn option(id: &str, urgent: Option<&str>) -> AnswerOption {
        AnswerOption { id: id.into(), label: String::new(), urgent: urgent.map(Into::into), exclusive: false }
    }

    fn question(id: &str, options: Vec<AnswerOption>) -> Question {
        Question {
            id: id.into(),
            section: "safety".into(),
            kind: QuestionKind::Multiple,
            text: format!("q-{id}"),
            hint: None,
            options,
            show_if: None,
            optional: false,
            max_length: None,
        }
    }

    fn questionnaire() -> Questionnaire {
        Questionnaire {
            version: "v".into(),
            sections: vec![Section { id: "safety".into(), title: String::new() }],
            questions: vec![
                question("danger-now", vec![option("no", None), option("yes", Some("urgent-safety"))]),
                question("harm-by-others", vec![option("hurting", Some("urgent-safety")), option("none", None)]),
            ],
            directory: Directory { routes: vec![], services: vec![] },
        }
    }

    #[test]
    fn journeys_saved_with_urgent_answers_are_read_with_those_answers_as_routes() {
        let old = r#"{"format":1,"questionnaire_version":"v","journey":{"perspective":"self","name":"",
            "answers":{"danger-now":["yes"]},"skipped":[],
            "urgent_seen":[["danger-now","yes"],["harm-by-others","hurting"],["gone","x"]]}}"#;
        let j = decode(old, &questionnaire()).expect("an earlier saved journey is readable");
        assert_eq!(j.urgent_routes, vec!["urgent-safety".to_string()]);
        assert_eq!(j.answers.len(), 1);
        // Written back, it keeps only the routes.
        assert!(!encode("v", &j).unwrap().contains("urgent_seen"));
    }

    #[test]
    fn journeys_saved_before_any_urgent_answer_are_read() {
        let old = r#"{"format":1,"questionnaire_version":"v","journey":{"perspective":null,"answers":{}}}"#;
        assert_eq!(decode(old, &questionnaire()), Ok(JourneyData { version: "v".into(), ..Default::default() }));
    }

    #[test]
    fn what_is_written_reads_back() {
        let mut j = JourneyData { version: "v".into(), ..Default::default() };
        assert!(j.first_sight_of("urgent-safety"));
        assert!(!j.first_sight_of("urgent-safety"), "an urgent route shows once per journey");
        assert!(j.first_sight_of("mental-health-crisis"));
        let text = encode("v", &j).unwrap();
        assert_eq!(decode(&text, &questionnaire()), Ok(j));
    }

    #[test]
    fn a_journey_saved_with_earlier_questions_is_read_with_its_version_not_refused() {
        let mut j = JourneyData { perspective: Some(assessment::Perspective::Myself), ..Default::default() };
        j.answers.insert("a-question-since-removed".into(), assessment::Answer::One("yes".into()));
        let read = decode(&encode("older", &j).unwrap(), &questionnaire()).expect("read, to be carried forward");
        assert_eq!(read.version, "older", "the server carries it forward from this version");
        assert_eq!(read.answers, j.answers, "nothing is dropped here");
    }

    #[test]
    fn unknown_formats_are_refused() {
        let future = r#"{"format":9,"questionnaire_version":"v","journey":{}}"#;
        assert_eq!(decode(future, &questionnaire()), Err(SavedProblem::Unreadable));
        assert_eq!(decode("not json", &questionnaire()), Err(SavedProblem::Unreadable));
    }
}
