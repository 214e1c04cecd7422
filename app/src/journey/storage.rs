//! "Save my answers on this device": localStorage, versioned by questionnaire version. A
//! saved journey that cannot be read, or is for another version, is discarded with a message.

use assessment::Questionnaire;
use serde::{Deserialize, Serialize};

use super::JourneyData;

const KEY: &str = "care-self-assessment.journey";
/// The shape of what is stored; bump when it changes incompatibly (and read the old shape).
/// 1: `urgent_seen` held (question, option) pairs. 2: it holds urgent route ids.
const FORMAT: u32 = 2;

#[derive(Serialize, Deserialize)]
struct Saved<J> {
    format: u32,
    questionnaire_version: String,
    journey: J,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SavedProblem {
    /// The stored text was not a journey we can read.
    Unreadable,
    /// Saved against a questionnaire that has since changed.
    OldVersion,
}

pub fn read(q: &Questionnaire) -> Result<Option<JourneyData>, SavedProblem> {
    let Some(text) = storage().and_then(|s| s.get_item(KEY).ok().flatten()) else { return Ok(None) };
    decode(&text, q).map(Some)
}

/// A stored journey, in either format, checked against the questionnaire now in use.
fn decode(text: &str, q: &Questionnaire) -> Result<JourneyData, SavedProblem> {
    let saved: Saved<serde_json::Value> = serde_json::from_str(text).map_err(|_| SavedProblem::Unreadable)?;
    let mut journey = saved.journey;
    match saved.format {
        FORMAT => {}
        1 => {
            // The urgent answers already seen become the routes they led to.
            let pairs: Vec<(String, String)> = journey
                .get("urgent_seen")
                .map(|v| serde_json::from_value(v.clone()))
                .transpose()
                .map_err(|_| SavedProblem::Unreadable)?
                .unwrap_or_default();
            let mut routes: Vec<String> = Vec::new();
            for (question, option) in pairs {
                let route = q.questions.iter().find(|x| x.id == question).and_then(|x| x.option(&option)?.urgent.clone());
                if let Some(r) = route.filter(|r| !routes.contains(r)) {
                    routes.push(r);
                }
            }
            if let Some(obj) = journey.as_object_mut() {
                obj.insert("urgent_seen".into(), serde_json::json!(routes));
            }
        }
        _ => return Err(SavedProblem::Unreadable),
    }
    let journey: JourneyData = serde_json::from_value(journey).map_err(|_| SavedProblem::Unreadable)?;
    if saved.questionnaire_version != q.version {
        return Err(SavedProblem::OldVersion);
    }
    Ok(journey)
}

fn encode(version: &str, journey: &JourneyData) -> Option<String> {
    serde_json::to_string(&Saved { format: FORMAT, questionnaire_version: version.to_string(), journey }).ok()
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
    leptos::prelude::window().local_storage().ok().flatten()
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
    fn format_1_journeys_are_read_with_their_urgent_answers_as_routes() {
        let old = r#"{"format":1,"questionnaire_version":"v","journey":{"perspective":"self","name":"",
            "answers":{"danger-now":"yes"},"skipped":[],
            "urgent_seen":[["danger-now","yes"],["harm-by-others","hurting"],["gone","x"]]}}"#;
        let j = decode(old, &questionnaire()).expect("a format 1 journey is readable");
        assert_eq!(j.urgent_seen, vec!["urgent-safety".to_string()]);
        assert_eq!(j.answers.len(), 1);
    }

    #[test]
    fn format_1_without_urgent_answers_is_read() {
        let old = r#"{"format":1,"questionnaire_version":"v","journey":{"perspective":null,"answers":{}}}"#;
        assert_eq!(decode(old, &questionnaire()), Ok(JourneyData::default()));
    }

    #[test]
    fn what_is_written_reads_back() {
        let mut j = JourneyData::default();
        assert!(j.first_sight_of("urgent-safety"));
        assert!(!j.first_sight_of("urgent-safety"), "an urgent route shows once per journey");
        assert!(j.first_sight_of("mental-health-crisis"));
        let text = encode("v", &j).unwrap();
        assert_eq!(decode(&text, &questionnaire()), Ok(j));
    }

    #[test]
    fn other_versions_and_unknown_formats_are_refused() {
        let j = encode("older", &JourneyData::default()).unwrap();
        assert_eq!(decode(&j, &questionnaire()), Err(SavedProblem::OldVersion));
        let future = r#"{"format":9,"questionnaire_version":"v","journey":{}}"#;
        assert_eq!(decode(future, &questionnaire()), Err(SavedProblem::Unreadable));
        assert_eq!(decode("not json", &questionnaire()), Err(SavedProblem::Unreadable));
    }
}
