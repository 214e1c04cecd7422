//! A person's answers: question id → answer. Kept in the browser; sent only to be scored.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

/// One answer. Its meaning depends on the question's kind: an option id for radios, option
/// ids for checkboxes, the typed words for free text.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum Answer {
    One(String),
    Many(Vec<String>),
}

impl Answer {
    /// The option ids this answer chose (free text counts as none in conditions).
    pub fn chosen(&self) -> &[String] {
        match self {
            Answer::One(s) => std::slice::from_ref(s),
            Answer::Many(v) => v,
        }
    }

    pub fn is_empty(&self) -> bool {
        match self {
            Answer::One(s) => s.trim().is_empty(),
            Answer::Many(v) => v.is_empty(),
        }
    }
}

/// Ordered by question id so that the same answers always serialise, and score, the same way.
pub type Answers = BTreeMap<String, Answer>;
