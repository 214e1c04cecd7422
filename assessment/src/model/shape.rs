//! The shape of a questionnaire: what reading a hand-over code needs of it, and nothing more.
//! Kept for earlier versions too (`content/archive/`), so codes made with them still open.

use serde::{Deserialize, Serialize};

use super::{AnswerOption, Directory, Question, QuestionKind, Questionnaire};
use crate::condition::Condition;

/// What reading a code needs of a questionnaire, and nothing more: its version and, in order,
/// every question's id, kind, show-if and options. No words, so an archived questionnaire
/// needs no messages.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Shape {
    pub version: String,
    pub questions: Vec<ShapeQuestion>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ShapeQuestion {
    pub id: String,
    pub kind: QuestionKind,
    /// In the questionnaire's order: a code stores an option by its position.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub options: Vec<ShapeOption>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub show_if: Option<Condition>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ShapeOption {
    pub id: String,
    /// "None of these": a code that ticks it with others is refused as corrupt.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub exclusive: bool,
}

impl Shape {
    pub fn of(q: &Questionnaire) -> Shape {
        Shape {
            version: q.version.clone(),
            questions: q
                .questions
                .iter()
                .map(|x| ShapeQuestion {
                    id: x.id.clone(),
                    kind: x.kind,
                    options: x
                        .options
                        .iter()
                        .map(|o| ShapeOption { id: o.id.clone(), exclusive: o.exclusive })
                        .collect(),
                    show_if: x.show_if.clone(),
                })
                .collect(),
        }
    }

    /// A questionnaire with this shape and no words, so the one encoder and decoder serve
    /// every version (nothing they read is left out: see `handover::fingerprint`).
    pub(crate) fn skeleton(&self) -> Questionnaire {
        Questionnaire {
            version: self.version.clone(),
            sections: Vec::new(),
            questions: self
                .questions
                .iter()
                .map(|x| Question {
                    id: x.id.clone(),
                    section: String::new(),
                    kind: x.kind,
                    text: String::new(),
                    hint: None,
                    options: x
                        .options
                        .iter()
                        .map(|o| AnswerOption {
                            id: o.id.clone(),
                            label: String::new(),
                            urgent: None,
                            exclusive: o.exclusive,
                        })
                        .collect(),
                    show_if: x.show_if.clone(),
                    optional: false,
                    max_length: None,
                })
                .collect(),
            directory: Directory { routes: Vec::new(), services: Vec::new() },
        }
    }
}
