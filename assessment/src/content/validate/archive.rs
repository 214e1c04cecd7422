//! `archive/*.toml`: earlier questionnaires, kept so hand-over codes made with them still open.

use std::path::PathBuf;

use super::super::error::ContentError;
use super::super::source::{parse_one, QuestionnaireFile};
use crate::model::*;

/// Earlier questionnaires, each checked as the current one is except for its words and routes:
/// reading an old code needs only its shape, and those messages and routes may be gone.
pub(super) fn build(
    files: &[(PathBuf, String)],
    current: &Questionnaire,
    errors: &mut Vec<ContentError>,
) -> Vec<Archived> {
    let mut archive: Vec<Archived> = Vec::new();
    for source in files {
        let (path, text) = source;
        let file = match parse_one::<QuestionnaireFile>(source) {
            Ok(file) => file,
            Err(e) => {
                errors.push(e);
                continue;
            }
        };
        let before = errors.len();
        let no_directory = Directory { routes: Vec::new(), services: Vec::new() };
        let q = super::questionnaire::build(source, &file, no_directory, None, errors);
        let line = text.lines().position(|l| l.trim_start().starts_with("version")).map(|i| i + 1);
        let mut at_version = |message: String| errors.push(ContentError::new(path, line, "version", message));
        if q.version == current.version {
            at_version(format!(
                "\"{}\" is the current questionnaire's version: the archive keeps earlier versions only \
                 (change `version` in questionnaire.toml whenever you change a question)",
                q.version
            ));
        } else if let Some(first) = archive.iter().find(|a| a.shape.version == q.version) {
            at_version(format!(
                "\"{}\" is also the version of {}: keep one file per version",
                q.version,
                first.file.display()
            ));
        }
        if errors.len() == before {
            archive.push(Archived { file: path.clone(), shape: Shape::of(&q) });
        }
    }
    archive
}
