//! The self-assessment domain, free of any web framework.
//!
//! Data flows one way: content files → [`content::load`] (validated) → [`model`] →
//! [`scoring::score`]. The same model types travel as JSON between server and app.

pub mod answers;
pub mod calendar;
pub mod carry;
pub mod condition;
pub mod handover;
pub mod locale;
pub mod model;
pub mod request;
pub mod results;
pub mod scoring;
pub mod validate;

#[cfg(feature = "load")]
pub mod content;

pub use answers::{Answer, Answers};
pub use carry::{carry_forward, CarriedForward};
pub use condition::{Condition, Match};
pub use model::{
    AnswerOption, Archived, Content, Directory, Perspective, Question, QuestionKind, Questionnaire, Route, Rule,
    RuleSet, Section, Service, DECLINE, DECLINE_LABEL,
};
pub use request::AssessmentRequest;
pub use scoring::{score, Assessment, Priority, Reason, Signpost};
