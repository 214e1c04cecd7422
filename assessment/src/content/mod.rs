//! Reading the council's content files and refusing to start on any mistake in them.
//!
//! ```text
//! content/questionnaire.toml   sections, questions, options, show-if, urgent answers
//! content/rules.toml           which answers fire which route, and how urgently
//! content/directory.toml       routes and the local services behind them
//! content/archive/*.toml      earlier questionnaires, kept so hand-over codes made with
//!                              them can still be read (checked for shape, not words)
//! locales/en-GB/*.ftl          every word (checked: each message id the files need exists)
//! ```
//! Every error names the file, the line and the key, and all errors are reported at once.

mod error;
mod messages;
mod source;
mod validate;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

pub use error::{ContentError, ContentErrors};
pub use messages::Catalogue;

use crate::handover;
use crate::model::Content;
use crate::model::Shape;

pub const QUESTIONNAIRE_FILE: &str = "questionnaire.toml";
pub const RULES_FILE: &str = "rules.toml";
pub const DIRECTORY_FILE: &str = "directory.toml";
/// Inside the content folder: a copy of each earlier `questionnaire.toml`.
pub const ARCHIVE_DIR: &str = "archive";
/// The source language: every message the content needs must exist in it.
pub const SOURCE_LOCALE: &str = crate::locale::SOURCE;

/// The text of the content files and where each came from (for error messages).
pub struct Sources {
    pub questionnaire: (PathBuf, String),
    pub rules: (PathBuf, String),
    pub directory: (PathBuf, String),
    /// Earlier questionnaires, in file-name order.
    pub archive: Vec<(PathBuf, String)>,
}

impl Sources {
    /// Reads the content folder, and its `archive/` folder when there is one.
    pub fn read(content_dir: &Path) -> Result<Sources, ContentErrors> {
        Sources::read_with_archive(content_dir, &content_dir.join(ARCHIVE_DIR))
    }

    /// As [`Sources::read`], with the archive in another folder. A missing archive folder
    /// holds nothing: a council that never changed its questionnaire has no earlier ones.
    pub fn read_with_archive(content_dir: &Path, archive_dir: &Path) -> Result<Sources, ContentErrors> {
        let read = |path: PathBuf| {
            std::fs::read_to_string(&path)
                .map(|text| (path.clone(), text))
                .map_err(|e| ContentError::new(&path, None, "", format!("cannot be read: {e}")))
        };
        let mut errors = Vec::new();
        let mut archive = Vec::new();
        match std::fs::read_dir(archive_dir) {
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
            Err(e) => errors.push(ContentError::new(archive_dir, None, "", format!("cannot be read: {e}"))),
            Ok(entries) => {
                // Only .toml files, so a note (README.md) may sit beside them.
                let mut files: Vec<PathBuf> = entries
                    .filter_map(|e| e.ok().map(|e| e.path()))
                    .filter(|p| p.extension().is_some_and(|x| x == "toml"))
                    .collect();
                files.sort();
                for file in files {
                    match read(file) {
                        Ok(source) => archive.push(source),
                        Err(e) => errors.push(e),
                    }
                }
            }
        }
        let (q, r, d) = (
            read(content_dir.join(QUESTIONNAIRE_FILE)),
            read(content_dir.join(RULES_FILE)),
            read(content_dir.join(DIRECTORY_FILE)),
        );
        match (q, r, d) {
            (Ok(questionnaire), Ok(rules), Ok(directory)) if errors.is_empty() => {
                Ok(Sources { questionnaire, rules, directory, archive })
            }
            (q, r, d) => {
                errors.splice(0..0, [q.err(), r.err(), d.err()].into_iter().flatten());
                Err(ContentErrors(errors))
            }
        }
    }
}

/// Reads and validates everything: the content files in `content_dir` against the Fluent
/// messages in `locales_dir/en-GB`.
pub fn load(content_dir: &Path, locales_dir: &Path) -> Result<Content, ContentErrors> {
    load_with_archive(content_dir, &content_dir.join(ARCHIVE_DIR), locales_dir)
}

/// As [`load`], with the earlier questionnaires read from `archive_dir`.
pub fn load_with_archive(content_dir: &Path, archive_dir: &Path, locales_dir: &Path) -> Result<Content, ContentErrors> {
    let sources = Sources::read_with_archive(content_dir, archive_dir)?;
    let catalogue = Catalogue::read_dir(&locales_dir.join(SOURCE_LOCALE))?;
    from_sources(&sources, &catalogue)
}

/// Parses and validates already-read sources (used by tests and by [`load`]).
pub fn from_sources(sources: &Sources, catalogue: &Catalogue) -> Result<Content, ContentErrors> {
    let parsed = source::parse(sources)?;
    validate::build(sources, parsed, catalogue)
}

/// The archived shapes by the tag their hand-over codes carry, given the app's languages in
/// its order (the tag depends on them). Two versions whose codes carry the same tag could
/// not be told apart, so that is refused, naming the file to change.
pub fn code_tags<'a>(content: &'a Content, locales: &[&str]) -> Result<BTreeMap<u16, &'a Shape>, ContentErrors> {
    let current = handover::tag(&Shape::of(&content.questionnaire), locales);
    let mut by_tag: BTreeMap<u16, &Shape> = BTreeMap::new();
    let mut files: BTreeMap<u16, &Path> = BTreeMap::new();
    let mut errors = Vec::new();
    for archived in &content.archive {
        let tag = handover::tag(&archived.shape, locales);
        let clash = |message: String| ContentError::new(&archived.file, None, "version", message);
        if tag == current {
            errors.push(clash(format!(
                "codes made with \"{}\" would carry the same tag ({tag:04x}) as codes made with the current \
                 questionnaire (\"{}\"), so they could not be told apart: change `version` in {QUESTIONNAIRE_FILE} \
                 slightly, for example add a letter",
                archived.shape.version, content.questionnaire.version
            )));
        } else if let Some(first) = files.get(&tag) {
            errors.push(clash(format!(
                "codes made with \"{}\" would carry the same tag ({tag:04x}) as codes made with {}, so they \
                 could not be told apart: keep only one of the two files",
                archived.shape.version,
                first.display()
            )));
        } else {
            by_tag.insert(tag, &archived.shape);
            files.insert(tag, &archived.file);
        }
    }
    if errors.is_empty() {
        Ok(by_tag)
    } else {
        Err(ContentErrors(errors))
    }
}
