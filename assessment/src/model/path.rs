//! Which questions are asked, given the answers so far: the one definition of "shown", used
//! by the journey, scoring, validation and hand-over codes alike.

use super::{Question, Questionnaire};
use crate::answers::Answers;

impl Question {
    /// Whether this question is asked after these earlier answers (those that count).
    pub fn is_shown_after(&self, earlier: &Answers) -> bool {
        self.show_if.as_ref().is_none_or(|c| c.holds(earlier))
    }
}

impl Questionnaire {
    /// The answers that count: those to questions whose show-if holds, taken in question
    /// order (conditions only look back, so one pass settles every question).
    pub fn visible_answers(&self, answers: &Answers) -> Answers {
        let mut visible = Answers::new();
        for question in &self.questions {
            if let (true, Some(a)) = (question.is_shown_after(&visible), answers.get(&question.id)) {
                visible.insert(question.id.clone(), a.clone());
            }
        }
        visible
    }

    /// Whether this question is asked, given the answers so far.
    pub fn is_shown(&self, question_id: &str, answers: &Answers) -> bool {
        let visible = self.visible_answers(answers);
        self.questions.iter().find(|q| q.id == question_id).is_some_and(|q| q.is_shown_after(&visible))
    }

    /// The questions that are asked, in order, given the answers so far.
    pub fn path<'a>(&'a self, answers: &Answers) -> Vec<&'a Question> {
        let visible = self.visible_answers(answers);
        self.questions.iter().filter(|q| q.is_shown_after(&visible)).collect()
    }
}
