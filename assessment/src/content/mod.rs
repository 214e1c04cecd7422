//! Reading the council's content files and refusing to start on any mistake in them.
//!
//! ```text
//! content/questionnaire.toml   sections, questions, options, show-if, urgent answers
//! content/rules.toml           which answers fire which route, and how urgently
//! content/directory.toml       routes and the local services behind them
//! locales/en-GB/*.ftl          every word (checked: each message id the files need exists)
//! ```
//! Every error names the file, the line and the key, and all errors are reported at once.

mod error;
mod messages;
mod source;
mod validate;

use std::path::{Path, PathBuf};

pub use error::{ContentError, ContentErrors};
pub use messages::Catalogue;

use crate::model::Content;

pub const QUESTIONNAIRE_FILE: &str = "questionnaire.toml";
pub const RULES_FILE: &str = "rules.toml";
pub const DIRECTORY_FILE: &str = "directory.toml";
/// The source language: every message the content needs must exist in it.
pub const SOURCE_LOCALE: &str = "en-GB";

/// The text of the content files and where each came from (for error messages).
pub struct Sources {
    pub questionnaire: (PathBuf, String),
    pub rules: (PathBuf, String),
    pub directory: (PathBuf, String),
}

impl Sources {
    pub fn read(content_dir: &Path) -> Result<Sources, ContentErrors> {
        let read = |name: &str| {
            let path = content_dir.join(name);
            std::fs::read_to_string(&path)
                .map(|text| (path.clone(), text))
                .map_err(|e| ContentError::new(&path, None, "", format!("cannot be read: {e}")))
        };
        let (q, r, d) = (read(QUESTIONNAIRE_FILE), read(RULES_FILE), read(DIRECTORY_FILE));
        match (q, r, d) {
            (Ok(questionnaire), Ok(rules), Ok(directory)) => Ok(Sources { questionnaire, rules, directory }),
            (q, r, d) => Err(ContentErrors([q.err(), r.err(), d.err()].into_iter().flatten().collect())),
        }
    }
}

/// Reads and validates everything: the content files in `content_dir` against the Fluent
/// messages in `locales_dir/en-GB`.
pub fn load(content_dir: &Path, locales_dir: &Path) -> Result<Content, ContentErrors> {
    let sources = Sources::read(content_dir)?;
    let catalogue = Catalogue::read_dir(&locales_dir.join(SOURCE_LOCALE))?;
    from_sources(&sources, &catalogue)
}

/// Parses and validates already-read sources (used by tests and by [`load`]).
pub fn from_sources(sources: &Sources, catalogue: &Catalogue) -> Result<Content, ContentErrors> {
    let parsed = source::parse(sources)?;
    validate::build(sources, parsed, catalogue)
}
