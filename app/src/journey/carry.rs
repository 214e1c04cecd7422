//! When the council publishes new questions while a journey is under way: the journey's
//! answers are carried forward to the questionnaire now in use (`assessment::carry_forward`),
//! and what the person should look at again is kept with the journey, so the next pages say so
//! (`components/recheck_notice.rs`). The same on the server (a journey in the cookie, a form
//! sent without JavaScript) and in the app (answers saved on the device, a hand-over).

use assessment::handover::Shape;
use assessment::Questionnaire;
use serde::{Deserialize, Serialize};

use super::JourneyData;

/// What changed under the journey, for the notice.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Changed {
    /// Questions to check again, in the order they are asked; each leaves the list once the
    /// person answers it.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub recheck: Vec<String>,
    /// Some answers were taken out, because their questions are no longer asked.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub removed: bool,
}

/// Brings `data` to `q` when its answers were given to another version. `earlier` finds that
/// version's shape when it is kept (`content/archive/`), which finds changes more exactly.
/// Returns whether the journey changed (so its copy must be written again).
pub fn to_current(data: &mut JourneyData, q: &Questionnaire, earlier: impl FnOnce(&str) -> Option<Shape>) -> bool {
    if data.version == q.version {
        return same_version(data, q);
    }
    if data.answers.is_empty() && data.skipped.is_empty() {
        // Nothing answered yet: nothing to carry.
        let stamped = !data.version.is_empty();
        data.version = if stamped { q.version.clone() } else { String::new() };
        return stamped;
    }
    let shape = Some(data.version.as_str()).filter(|v| !v.is_empty()).and_then(earlier);
    let carried = assessment::carry_forward(q, shape.as_ref(), &data.answers, &data.skipped);
    data.answers = carried.answers.clone();
    data.skipped = carried.passed.clone();
    data.version = q.version.clone();
    if carried.needs_telling() {
        tell(data, q, carried.recheck, !carried.removed.is_empty());
    }
    true
}

/// A journey that says it is of this version, but holds an answer that does not fit it (the
/// content was edited without a new version, or the journey was tampered with): what does not
/// fit is taken out and said so, never silently dropped. Answers merely hidden by the person's
/// own later answers go, as they always do.
fn same_version(data: &mut JourneyData, q: &Questionnaire) -> bool {
    let shape = Shape::of(q);
    let carried = assessment::carry_forward(q, Some(&shape), &data.answers, &data.skipped);
    let removed = carried.removed.iter().any(|id| !q.questions.iter().any(|x| &x.id == id));
    if carried.answers == data.answers && carried.passed == data.skipped {
        return false;
    }
    data.answers = carried.answers;
    data.skipped = carried.passed;
    if !carried.recheck.is_empty() || removed {
        tell(data, q, carried.recheck, removed);
    }
    true
}

/// Adds to what the person is told: `recheck` joins the list (in question order), `removed`
/// says answers were taken out.
pub fn tell(data: &mut JourneyData, q: &Questionnaire, recheck: Vec<String>, removed: bool) {
    let changed = data.changed.get_or_insert_with(Changed::default);
    changed.recheck.extend(recheck);
    changed.recheck.retain(|id| q.questions.iter().any(|x| &x.id == id));
    changed.recheck.sort_by_key(|id| q.questions.iter().position(|x| &x.id == id));
    changed.recheck.dedup();
    changed.removed |= removed;
}

/// What to check again after opening a hand-over (link or code) made with an earlier
/// questionnaire, in question order: the answers `decoded` had to drop, and any question asked
/// now before the place it was made at (a hand-over does not carry the earlier questions).
/// Nothing for a hand-over of this version. The app's resume page and the server's form
/// (without JavaScript) both use it.
pub fn after_handover(q: &Questionnaire, decoded: &assessment::handover::Decoded) -> Vec<String> {
    let mut recheck = decoded.needs_recheck.clone();
    if decoded.from_version.is_some() {
        let answers = q.visible_answers(&decoded.handover.answers);
        let carried = assessment::carry_forward(q, None, &answers, &[]);
        recheck.extend(carried.recheck.into_iter().filter(|id| !decoded.needs_recheck.contains(id)));
        recheck.sort_by_key(|id| q.questions.iter().position(|x| &x.id == id).unwrap_or(usize::MAX));
    }
    recheck
}

/// Whether any of `recheck` names a question the questionnaire no longer has (its answer was
/// taken out).
pub fn any_removed(q: &Questionnaire, recheck: &[String]) -> bool {
    recheck.iter().any(|id| !q.questions.iter().any(|x| &x.id == id))
}

/// The person has answered `question`: it leaves the list, and once nothing is left to check
/// the notice has done its work.
pub fn answered(data: &mut JourneyData, question: &str) {
    if let Some(changed) = &mut data.changed {
        let had = changed.recheck.len();
        changed.recheck.retain(|id| id != question);
        if changed.recheck.is_empty() && (had > 0 || changed.removed) {
            data.changed = None;
        }
    }
}

#[cfg(test)]
mod tests {
    use assessment::{Answer, AnswerOption, Directory, Perspective, Question, QuestionKind, Section};

    use super::*;

    fn question(id: &str, options: &[&str]) -> Question {
        Question {
            id: id.into(),
            section: "s".into(),
            kind: QuestionKind::Single,
            text: format!("q-{id}"),
            hint: None,
            options: options
                .iter()
                .map(|o| AnswerOption { id: o.to_string(), label: String::new(), urgent: None, exclusive: false })
                .collect(),
            show_if: None,
            optional: false,
            max_length: None,
        }
    }

    fn questionnaire(version: &str, questions: Vec<Question>) -> Questionnaire {
        Questionnaire {
            version: version.into(),
            sections: vec![Section { id: "s".into(), title: String::new() }],
            questions,
            directory: Directory { routes: vec![], services: vec![] },
        }
    }

    fn a() -> Questionnaire {
        questionnaire("A", vec![question("one", &["x", "y"]), question("two", &["x", "y"]), question("three", &["x"])])
    }

    /// `new` before `two`, `y` gone from `two`, `three` removed.
    fn b() -> Questionnaire {
        questionnaire("B", vec![question("one", &["x", "y"]), question("new", &["x"]), question("two", &["x"])])
    }

    fn journey() -> JourneyData {
        let mut d = JourneyData { perspective: Some(Perspective::Myself), version: "A".into(), ..Default::default() };
        for (id, o) in [("one", "x"), ("two", "y"), ("three", "x")] {
            d.answers.insert(id.into(), Answer::One(o.into()));
        }
        d
    }

    #[test]
    fn a_journey_on_the_current_version_is_left_alone() {
        let mut d = journey();
        assert!(!to_current(&mut d, &a(), |_| None));
        assert_eq!(d, journey());
    }

    #[test]
    fn a_journey_from_an_earlier_version_is_carried_forward_and_told() {
        let mut d = journey();
        let mut asked = None;
        assert!(to_current(&mut d, &b(), |v| {
            asked = Some(v.to_string());
            Some(assessment::handover::Shape::of(&a()))
        }));
        assert_eq!(asked.as_deref(), Some("A"), "the earlier version's shape is looked up");
        assert_eq!(d.version, "B");
        assert_eq!(d.answers.keys().collect::<Vec<_>>(), ["one"]);
        assert_eq!(d.changed, Some(Changed { recheck: vec!["new".into(), "two".into()], removed: true }));
        // Answering them clears the list, one by one, and then the notice.
        answered(&mut d, "two");
        assert_eq!(d.changed.as_ref().map(|c| c.recheck.clone()), Some(vec!["new".to_string()]));
        answered(&mut d, "new");
        assert_eq!(d.changed, None);
        // Carried once: read again, nothing more happens.
        assert!(!to_current(&mut d, &b(), |_| None));
    }

    #[test]
    fn a_journey_with_nothing_answered_just_moves_on() {
        let mut d = JourneyData { perspective: Some(Perspective::Other), version: "A".into(), ..Default::default() };
        assert!(to_current(&mut d, &b(), |_| None));
        assert_eq!((d.version.as_str(), d.changed.is_none()), ("B", true));
        let mut fresh = JourneyData::default();
        assert!(!to_current(&mut fresh, &b(), |_| None));
        assert_eq!(fresh, JourneyData::default(), "a new journey stays the default (no cookie for it)");
    }

    #[test]
    fn a_journey_kept_before_versions_were_recorded_keeps_what_fits() {
        let mut d = journey();
        d.version.clear();
        assert!(to_current(&mut d, &b(), |_| panic!("no version to look up")));
        assert_eq!(d.answers.keys().collect::<Vec<_>>(), ["one"]);
        assert_eq!(d.changed, Some(Changed { recheck: vec!["new".into(), "two".into()], removed: true }));
    }

    #[test]
    fn an_answer_that_does_not_fit_its_own_version_is_taken_out_and_told() {
        let mut d = journey();
        d.answers.insert("one".into(), Answer::One("gone".into()));
        assert!(to_current(&mut d, &a(), |_| None));
        assert!(!d.answers.contains_key("one"));
        assert_eq!(d.changed, Some(Changed { recheck: vec!["one".into()], removed: false }));
    }

    #[test]
    fn only_removed_answers_are_told_once() {
        let mut d = journey();
        d.answers.remove("two");
        d.answers.insert("two".into(), Answer::One("x".into()));
        let c = questionnaire("C", vec![question("one", &["x", "y"]), question("two", &["x", "y"])]);
        assert!(to_current(&mut d, &c, |_| Some(assessment::handover::Shape::of(&a()))));
        assert_eq!(d.changed, Some(Changed { recheck: vec![], removed: true }));
        answered(&mut d, "one");
        assert_eq!(d.changed, None);
    }

    #[test]
    fn a_handover_from_earlier_questions_lists_new_questions_before_its_place_and_what_was_dropped() {
        use assessment::handover::{Decoded, Handover};
        let mut answers = assessment::Answers::new();
        answers.insert("one".into(), Answer::One("x".into()));
        answers.insert("two".into(), Answer::One("x".into()));
        let handover = Handover { perspective: Perspective::Myself, locale: "en-GB".into(), step: None, answers };
        // `three` was answered but is gone; `new` is asked now, before the answered `two`.
        let earlier =
            Decoded { handover: handover.clone(), needs_recheck: vec!["three".into()], from_version: Some("A".into()) };
        assert_eq!(after_handover(&b(), &earlier), ["new", "three"]);
        assert!(any_removed(&b(), &after_handover(&b(), &earlier)));
        // Of this version: only what the hand-over itself listed.
        let current = Decoded { handover, needs_recheck: vec![], from_version: None };
        assert!(after_handover(&b(), &current).is_empty());
    }
}
