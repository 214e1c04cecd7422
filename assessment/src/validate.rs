//! Checks a submitted answer set against the questionnaire, naming the offending field as a
//! JSON pointer so the API can answer with a precise problem document.

use crate::answers::{Answer, Answers};
use crate::model::{QuestionKind, Questionnaire};

/// The most answers one submission may hold: a little above the number of questions, so an
/// oversized map is refused before any work is done on it.
pub const MAX_ANSWERS: usize = 200;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum AnswerError {
    TooMany {
        count: usize,
    },
    UnknownQuestion {
        question: String,
    },
    UnknownOption {
        question: String,
        option: String,
    },
    /// An array given for a one-choice question, or a single value for checkboxes.
    WrongShape {
        question: String,
        expected: &'static str,
    },
    /// Answered, but its show-if conditions hide it for these answers.
    Hidden {
        question: String,
    },
    Empty {
        question: String,
    },
    RepeatedOption {
        question: String,
        option: String,
    },
    /// "None of these" chosen together with another option.
    ExclusiveCombined {
        question: String,
        option: String,
    },
    TooLong {
        question: String,
        max: usize,
    },
}

impl AnswerError {
    /// RFC 6901 pointer into the request body.
    pub fn pointer(&self) -> String {
        match self {
            AnswerError::TooMany { .. } => "/answers".into(),
            AnswerError::UnknownQuestion { question }
            | AnswerError::UnknownOption { question, .. }
            | AnswerError::WrongShape { question, .. }
            | AnswerError::Hidden { question }
            | AnswerError::Empty { question }
            | AnswerError::RepeatedOption { question, .. }
            | AnswerError::ExclusiveCombined { question, .. }
            | AnswerError::TooLong { question, .. } => {
                format!("/answers/{}", question.replace('~', "~0").replace('/', "~1"))
            }
        }
    }

    /// A developer-facing explanation (the API is not user-facing; the app never sends these).
    pub fn detail(&self) -> String {
        match self {
            AnswerError::TooMany { count } => format!("{count} answers given; at most {MAX_ANSWERS} are accepted"),
            AnswerError::UnknownQuestion { question } => format!("there is no question \"{question}\""),
            AnswerError::UnknownOption { question, option } => {
                format!("question \"{question}\" has no option \"{option}\"")
            }
            AnswerError::WrongShape { question, expected } => format!("question \"{question}\" takes {expected}"),
            AnswerError::Hidden { question } => {
                format!("question \"{question}\" is not asked for these answers (its show-if conditions hide it)")
            }
            AnswerError::Empty { question } => format!("the answer to \"{question}\" is empty; leave it out instead"),
            AnswerError::RepeatedOption { question, option } => {
                format!("option \"{option}\" is given twice for \"{question}\"")
            }
            AnswerError::ExclusiveCombined { question, option } => {
                format!("option \"{option}\" of \"{question}\" cannot be combined with other options")
            }
            AnswerError::TooLong { question, max } => {
                format!("the answer to \"{question}\" is longer than {max} characters")
            }
        }
    }
}

/// All problems with an answer set, in question order (empty when it is valid).
pub fn validate_answers(q: &Questionnaire, answers: &Answers) -> Vec<AnswerError> {
    if answers.len() > MAX_ANSWERS {
        return vec![AnswerError::TooMany { count: answers.len() }];
    }
    let mut errors: Vec<AnswerError> = answers
        .keys()
        .filter(|id| !q.questions.iter().any(|qq| &qq.id == *id))
        .map(|id| AnswerError::UnknownQuestion { question: id.clone() })
        .collect();

    let visible = q.visible_answers(answers);
    for question in &q.questions {
        let Some(answer) = answers.get(&question.id) else { continue };
        let id = || question.id.clone();
        if !visible.contains_key(&question.id) {
            errors.push(AnswerError::Hidden { question: id() });
            continue;
        }
        if answer.is_empty() {
            errors.push(AnswerError::Empty { question: id() });
            continue;
        }
        match (question.kind, answer) {
            (QuestionKind::Text, Answer::One(text)) => {
                let max = question.max_chars();
                if text.chars().count() > max {
                    errors.push(AnswerError::TooLong { question: id(), max });
                }
            }
            (QuestionKind::Text, Answer::Many(_)) => {
                errors.push(AnswerError::WrongShape { question: id(), expected: "a string of text" })
            }
            (QuestionKind::Multiple, Answer::One(_)) => {
                errors.push(AnswerError::WrongShape { question: id(), expected: "an array of option ids" })
            }
            (_, Answer::Many(_)) if !question.kind.takes_many() => {
                errors.push(AnswerError::WrongShape { question: id(), expected: "one option id" })
            }
            (_, answer) => {
                let chosen = answer.chosen();
                for (i, option) in chosen.iter().enumerate() {
                    match question.option(option) {
                        None => errors.push(AnswerError::UnknownOption { question: id(), option: option.clone() }),
                        Some(_) if chosen[..i].contains(option) => {
                            errors.push(AnswerError::RepeatedOption { question: id(), option: option.clone() })
                        }
                        Some(o) if o.exclusive && chosen.len() > 1 => {
                            errors.push(AnswerError::ExclusiveCombined { question: id(), option: option.clone() })
                        }
                        Some(_) => {}
                    }
                }
            }
        }
    }
    errors
}
