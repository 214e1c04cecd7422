//! The message ids (and attributes) the source-language Fluent files define, so content
//! that names a missing message is caught at start-up rather than shown as a raw id.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use super::error::{line_of, ContentError, ContentErrors};

#[derive(Debug, Default, Clone)]
pub struct Catalogue {
    /// Message id → (file it is defined in, its attribute names).
    messages: BTreeMap<String, (PathBuf, BTreeSet<String>)>,
}

impl Catalogue {
    /// Reads every `.ftl` file in a locale folder, reporting parse errors by file and line.
    pub fn read_dir(dir: &Path) -> Result<Catalogue, ContentErrors> {
        let entries = std::fs::read_dir(dir)
            .map_err(|e| ContentError::new(dir, None, "", format!("cannot read the locale folder: {e}")))?;
        let mut files: Vec<PathBuf> = entries
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.extension().is_some_and(|x| x == "ftl"))
            .collect();
        files.sort();
        let mut cat = Catalogue::default();
        let mut errors = Vec::new();
        for path in files {
            match std::fs::read_to_string(&path) {
                Ok(text) => {
                    if let Err(mut e) = cat.add(&path, &text) {
                        errors.append(&mut e.0)
                    }
                }
                Err(e) => errors.push(ContentError::new(&path, None, "", format!("cannot be read: {e}"))),
            }
        }
        if errors.is_empty() {
            Ok(cat)
        } else {
            Err(ContentErrors(errors))
        }
    }

    /// Adds one file's messages.
    pub fn add(&mut self, path: &Path, text: &str) -> Result<(), ContentErrors> {
        let resource = match fluent_syntax::parser::parse(text) {
            Ok(r) => r,
            Err((_, errs)) => {
                return Err(ContentErrors(
                    errs.iter()
                        .map(|e| {
                            let line = line_of(text, e.pos.start);
                            ContentError::new(path, Some(line), "", format!("Fluent syntax error: {:?}", e.kind))
                        })
                        .collect(),
                ))
            }
        };
        let mut errors = Vec::new();
        for entry in resource.body {
            if let fluent_syntax::ast::Entry::Message(m) = entry {
                let attrs = m.attributes.iter().map(|a| a.id.name.to_string()).collect();
                if let Some((first, _)) = self.messages.insert(m.id.name.to_string(), (path.to_path_buf(), attrs)) {
                    errors.push(ContentError::new(
                        path,
                        None,
                        format!("message \"{}\"", m.id.name),
                        format!("is defined again (first in {})", first.display()),
                    ));
                }
            }
        }
        if errors.is_empty() {
            Ok(())
        } else {
            Err(ContentErrors(errors))
        }
    }

    /// Whether `reference` (`id` or `id.attribute`) is defined.
    pub fn has(&self, reference: &str) -> bool {
        let (id, attr) = match reference.split_once('.') {
            Some((id, attr)) => (id, Some(attr)),
            None => (reference, None),
        };
        self.messages.get(id).is_some_and(|(_, attrs)| attr.is_none_or(|a| attrs.contains(a)))
    }

    pub fn ids(&self) -> impl Iterator<Item = &str> {
        self.messages.keys().map(String::as_str)
    }
}
