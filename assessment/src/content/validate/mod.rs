//! Turns the parsed files into the model, collecting every mistake with its file and line.
//! One file per content file: `directory`, `questionnaire` (and its show-if checks), `rules`,
//! and `archive` (earlier questionnaires).

mod archive;
mod directory;
mod questionnaire;
mod rules;

use std::path::Path;

use toml::Spanned;

use super::error::{line_of, ContentError, ContentErrors};
use super::messages::Catalogue;
use super::source::Parsed;
use super::Sources;
use crate::model::Content;

/// Collects errors against one file.
pub(super) struct Report<'a> {
    pub(super) path: &'a Path,
    pub(super) text: &'a str,
    pub(super) errors: &'a mut Vec<ContentError>,
}

impl Report<'_> {
    pub(super) fn at<T>(&mut self, spanned: &Spanned<T>, key: impl Into<String>, message: impl Into<String>) {
        let line = line_of(self.text, spanned.span().start);
        self.errors.push(ContentError::new(self.path, Some(line), key, message));
    }
    pub(super) fn file(&mut self, key: impl Into<String>, message: impl Into<String>) {
        self.errors.push(ContentError::new(self.path, None, key, message));
    }
}

pub(super) fn is_id(s: &str) -> bool {
    // Ids become Fluent message ids and attribute names, so they follow Fluent's rules.
    s.starts_with(|c: char| c.is_ascii_lowercase())
        && s.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
}

pub(super) const ID_RULE: &str = "ids use lower-case letters, digits and hyphens, starting with a letter";

pub fn build(sources: &Sources, parsed: Parsed, cat: &Catalogue) -> Result<Content, ContentErrors> {
    let mut errors = Vec::new();
    let directory = directory::build(sources, &parsed, cat, &mut errors);
    let questionnaire =
        questionnaire::build(&sources.questionnaire, &parsed.questionnaire, directory, Some(cat), &mut errors);
    let rules = rules::build(sources, &parsed, &questionnaire, cat, &mut errors);
    let archive = archive::build(&sources.archive, &questionnaire, &mut errors);
    if errors.is_empty() {
        Ok(Content { questionnaire, rules, archive })
    } else {
        Err(ContentErrors(errors))
    }
}
