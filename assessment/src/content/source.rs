//! The written shape of the three content files. Ids carry their position so that later
//! checks (unknown ids, missing messages) can still name the line.

use std::collections::BTreeMap;

use serde::Deserialize;
use toml::Spanned;

use super::error::{line_of, ContentError, ContentErrors};
use super::Sources;
use crate::condition::Condition;
use crate::model::Priority;
use crate::model::QuestionKind;

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct QuestionnaireFile {
    pub version: String,
    /// Shared answer lists, e.g. `yes-no`, `frequency`, `outcome`.
    #[serde(default)]
    pub option_sets: BTreeMap<String, Spanned<Vec<String>>>,
    #[serde(rename = "section")]
    pub sections: Vec<SectionSrc>,
    #[serde(rename = "question")]
    pub questions: Vec<QuestionSrc>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SectionSrc {
    pub id: Spanned<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct QuestionSrc {
    pub id: Spanned<String>,
    pub section: String,
    pub kind: QuestionKind,
    /// The question's own options (labels: attributes of the question's message).
    #[serde(default)]
    pub options: Vec<String>,
    /// Or a shared list from `[option_sets]` (labels: attributes of `options-<set>`).
    #[serde(default)]
    pub option_set: Option<String>,
    #[serde(default)]
    pub hint: bool,
    #[serde(default)]
    pub optional: bool,
    #[serde(default)]
    pub show_if: Option<Condition>,
    /// Option id → urgent route it interrupts with.
    #[serde(default)]
    pub urgent: BTreeMap<String, String>,
    #[serde(default)]
    pub exclusive: Vec<String>,
    #[serde(default)]
    pub max_length: Option<usize>,
    /// Adds a "Prefer not to say" option (see [`crate::model::DECLINE`]).
    #[serde(default)]
    pub decline: bool,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RulesFile {
    pub fallback_route: String,
    #[serde(rename = "rule")]
    pub rules: Vec<RuleSrc>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RuleSrc {
    pub id: Spanned<String>,
    pub route: String,
    pub priority: Priority,
    pub when: Condition,
    /// Its route goes first within its priority when this rule fires.
    #[serde(default)]
    pub lead: bool,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DirectoryFile {
    #[serde(rename = "route")]
    pub routes: Vec<RouteSrc>,
    #[serde(rename = "service")]
    pub services: Vec<ServiceSrc>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RouteSrc {
    pub id: Spanned<String>,
    pub services: Vec<String>,
    /// This route is the Care Act needs assessment: results offer it when it was not suggested.
    #[serde(default)]
    pub assessment: bool,
    /// Parts of the route's words a council officer has still to confirm (`"next"`).
    #[serde(default)]
    pub unverified: Vec<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ServiceSrc {
    pub id: Spanned<String>,
    pub phone: Option<String>,
    pub text_relay: Option<String>,
    pub web: Option<String>,
    pub email: Option<String>,
    pub address: Option<String>,
    /// Whether the service's message has an `.hours` attribute.
    #[serde(default)]
    pub hours: bool,
    #[serde(default)]
    pub unverified: Vec<String>,
    /// The service to ask instead: required when this one has no contact of its own.
    #[serde(default)]
    pub ask: Option<String>,
}

pub struct Parsed {
    pub questionnaire: QuestionnaireFile,
    pub rules: RulesFile,
    pub directory: DirectoryFile,
}

pub fn parse(sources: &Sources) -> Result<Parsed, ContentErrors> {
    let q = parse_one::<QuestionnaireFile>(&sources.questionnaire);
    let r = parse_one::<RulesFile>(&sources.rules);
    let d = parse_one::<DirectoryFile>(&sources.directory);
    match (q, r, d) {
        (Ok(questionnaire), Ok(rules), Ok(directory)) => Ok(Parsed { questionnaire, rules, directory }),
        (q, r, d) => Err(ContentErrors([q.err(), r.err(), d.err()].into_iter().flatten().collect())),
    }
}

pub(super) fn parse_one<T: serde::de::DeserializeOwned>(
    (path, text): &(std::path::PathBuf, String),
) -> Result<T, ContentError> {
    toml::from_str(text).map_err(|e| {
        let line = e.span().map(|s| line_of(text, s.start));
        // The offending line itself is the most useful "key" for a hand-edited file.
        let key = line.and_then(|l| text.lines().nth(l - 1)).map(|l| l.trim().to_string()).unwrap_or_default();
        ContentError::new(path, line, key, e.message().trim().to_string())
    })
}
