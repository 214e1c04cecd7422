//! The validated content model. Built by [`crate::content`] from the council's files and sent
//! to the browser as JSON, so every field here is public information (no answers).
//!
//! Words never live here: every user-facing text is a Fluent message id, resolved by the app.

use serde::{Deserialize, Serialize};

use crate::condition::Condition;

mod path;
mod shape;

pub use shape::{Shape, ShapeOption, ShapeQuestion};

/// How strongly a route is suggested; results list urgent first, then recommended, then also
/// useful.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Priority {
    Urgent,
    Recommended,
    AlsoUseful,
}

/// The longest free-text answer, in characters, when a question does not say.
pub const DEFAULT_MAX_LENGTH: usize = 500;

/// Everything the content files describe, validated as a whole.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Content {
    pub questionnaire: Questionnaire,
    pub rules: RuleSet,
    /// Earlier questionnaires the council keeps, oldest file name first, so hand-over codes
    /// made with them can still be read.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub archive: Vec<Archived>,
}

/// An earlier questionnaire's [`Shape`], and the file it came from
/// (named in start-up errors).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Archived {
    pub file: std::path::PathBuf,
    pub shape: Shape,
}

/// What the app needs to walk a person through the questions and show urgent help offline.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Questionnaire {
    /// Changes whenever questions, options or conditions change; results name it.
    pub version: String,
    pub sections: Vec<Section>,
    /// In the order they are asked.
    pub questions: Vec<Question>,
    pub directory: Directory,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Section {
    pub id: String,
    /// Fluent message id of the section's title.
    pub title: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Question {
    pub id: String,
    pub section: String,
    pub kind: QuestionKind,
    /// Fluent message id of the question; it takes `$perspective` and `$name`.
    pub text: String,
    /// Fluent message id of the hint, when there is one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub hint: Option<String>,
    /// Empty for free text.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub options: Vec<AnswerOption>,
    /// Asked only when this holds for the earlier answers.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub show_if: Option<Condition>,
    /// A person may leave it unanswered (Continue without choosing).
    #[serde(default, skip_serializing_if = "is_false")]
    pub optional: bool,
    /// Longest accepted free-text answer, in characters.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_length: Option<usize>,
}

impl Question {
    pub fn option(&self, id: &str) -> Option<&AnswerOption> {
        self.options.iter().find(|o| o.id == id)
    }

    /// The longest accepted answer, in characters (free text only).
    pub fn max_chars(&self) -> usize {
        self.max_length.unwrap_or(DEFAULT_MAX_LENGTH)
    }

    /// Whether the person may answer "Prefer not to say" here.
    pub fn can_decline(&self) -> bool {
        self.options.iter().any(AnswerOption::is_decline)
    }
}

/// The id of the "Prefer not to say" option the loader adds to a question marked
/// `decline = true`. It is an answer of its own: never read as "no", and never the trigger of
/// a reason that claims something.
pub const DECLINE: &str = "prefer-not-to-say";

/// The shared label of every "Prefer not to say" option.
pub const DECLINE_LABEL: &str = "options-decline.prefer-not-to-say";

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum QuestionKind {
    /// Radios: one option.
    Single,
    /// Checkboxes: any number of options (an `exclusive` option stands alone).
    Multiple,
    /// Radios: yes / no / not sure.
    YesNo,
    /// Radios: never / sometimes / often / always.
    Frequency,
    /// A short free-text box. Never scored.
    Text,
}

impl QuestionKind {
    pub fn takes_many(self) -> bool {
        self == QuestionKind::Multiple
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AnswerOption {
    pub id: String,
    /// Fluent message id of the option's label (may take `$perspective`, `$name`).
    pub label: String,
    /// Choosing it interrupts the journey with this urgent route, on the very next screen.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub urgent: Option<String>,
    /// "None of these": cannot be combined with other options of a multiple choice.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub exclusive: bool,
}

impl AnswerOption {
    /// "Prefer not to say".
    pub fn is_decline(&self) -> bool {
        self.id == DECLINE
    }
}

/// Who the answers are about, and so how every question is worded.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Perspective {
    /// The person is answering for themselves.
    #[serde(rename = "self")]
    Myself,
    /// A relative or friend answering about someone they help.
    #[serde(rename = "other")]
    Other,
    /// Contact-centre staff asking a caller.
    #[serde(rename = "staff")]
    Staff,
}

impl Perspective {
    pub const ALL: [Perspective; 3] = [Perspective::Myself, Perspective::Other, Perspective::Staff];

    /// The value passed to Fluent selectors as `$perspective`.
    pub fn as_str(self) -> &'static str {
        match self {
            Perspective::Myself => "self",
            Perspective::Other => "other",
            Perspective::Staff => "staff",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|p| p.as_str() == s)
    }
}

/// Routes (signposts) and the local services behind them.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Directory {
    /// In the order they are listed within one priority.
    pub routes: Vec<Route>,
    pub services: Vec<Service>,
}

impl Directory {
    pub fn route(&self, id: &str) -> Option<&Route> {
        self.routes.iter().find(|r| r.id == id)
    }
    pub fn service(&self, id: &str) -> Option<&Service> {
        self.services.iter().find(|s| s.id == id)
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Route {
    pub id: String,
    /// Fluent message id: the title; attributes `.short` (one line under the title),
    /// `.summary` and `.next` (what happens next).
    pub message: String,
    /// Service ids, most useful first.
    pub services: Vec<String>,
    /// The Care Act needs assessment. Results always offer a way to ask for it (the loader
    /// makes sure exactly one route is marked), so no Rust code names a route.
    #[serde(default, skip_serializing_if = "is_false")]
    pub assessment: bool,
    /// Parts of the words a council officer has still to confirm: `"next"` (its timescales).
    /// Results say so beside them.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub unverified: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Service {
    pub id: String,
    /// Fluent message id: the name; attributes `.description` and, when set, `.hours`.
    pub message: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub phone: Option<String>,
    /// For people who are deaf or have speech difficulties (Relay UK).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub text_relay: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub web: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub address: Option<String>,
    /// Whether the message has an `.hours` attribute.
    #[serde(default, skip_serializing_if = "is_false")]
    pub has_hours: bool,
    /// Fields a council officer still has to confirm (shown to staff, kept out of nothing).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub unverified: Vec<String>,
    /// The service to ask about this one, when it has no contact of its own (the loader
    /// guarantees that service has a phone number), so every card gives a way to act.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ask: Option<String>,
}

impl Service {
    /// Whether the service can be reached directly (phone, text relay, web, e-mail or post).
    pub fn has_contact(&self) -> bool {
        self.phone.is_some()
            || self.text_relay.is_some()
            || self.web.is_some()
            || self.email.is_some()
            || self.address.is_some()
    }
}

/// The rules that turn answers into signposts; public, so practitioners can read them.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct RuleSet {
    pub rules: Vec<Rule>,
    /// Shown when no rule fires, so nobody leaves with an empty page.
    pub fallback_route: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Rule {
    pub id: String,
    pub route: String,
    pub priority: Priority,
    /// Fluent message id of the "because you told us…" sentence.
    pub reason: String,
    pub when: Condition,
    /// When it fires, its route goes first within its priority (for example the crisis route
    /// before safeguarding when the risk is to the person themselves).
    #[serde(default, skip_serializing_if = "is_false")]
    pub lead: bool,
}

/// `false` is the default, so the JSON leaves it out (every byte of the questionnaire is on the
/// first load).
fn is_false(b: &bool) -> bool {
    !b
}
