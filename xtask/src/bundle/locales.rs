//! One Fluent file per language (the words the first pages need) and its later part.

use std::path::{Path, PathBuf};

use super::files::{hash, sorted_files, text, write};
use super::Result;
use crate::minify;
use crate::theme::Theme;

pub struct Locale {
    pub tag: String,
    /// The language's name in itself, from its `language-name` message.
    pub name: String,
    /// Every message but the later pages' (what a first visit downloads).
    pub file: String,
    /// `routes.ftl`: routes, reasons and services, which only the later pages (results, urgent
    /// help) show; the app fetches it with their chunks (`app/src/chunks.rs`).
    pub later: String,
}

/// The Fluent file only the later pages use (see `Locale::later`).
pub(super) const LATER_FTL: &str = "routes.ftl";

/// Two files per language (its `.ftl` files joined, and `routes.ftl` on its own), so a person
/// downloads only theirs, and the later pages' words only when the questions begin.
/// In release, comments (notes for translators) are dropped: see `minify::ftl`.
///
/// The "translation not yet checked" notice (issue 16; `translations/safety.rs`): a language
/// whose safety-critical messages are not all reviewed gets English's notice messages after
/// `assessment::locale::SOURCE_PART` at the end of its file, which the app shows beside its
/// own. The other languages, and English itself, carry no notice messages at all.
pub(super) fn bundle_locales(
    root: &Path,
    locales_dir: &Path,
    out: &Path,
    dev: bool,
    theme: &Theme,
) -> Result<Vec<Locale>> {
    use crate::translations::safety;
    let gate = safety::Gate::read(&root.join("content"), locales_dir)?;
    let mut english_notice = String::new();
    for f in sorted_files(&locales_dir.join(assessment::locale::SOURCE), "ftl")? {
        english_notice.push_str(&safety::split_notice(&text(&f)?).1);
    }
    let mut dirs: Vec<PathBuf> = std::fs::read_dir(locales_dir)
        .map_err(|e| format!("cannot read locales/: {e}"))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.is_dir())
        .collect();
    dirs.sort();
    std::fs::create_dir_all(out.join("locales")).map_err(|e| e.to_string())?;
    let mut locales = Vec::new();
    for dir in dirs {
        let tag = dir.file_name().and_then(|n| n.to_str()).unwrap_or_default().to_string();
        let (mut ftl, mut later) = (String::new(), String::new());
        for f in sorted_files(&dir, "ftl")? {
            let into = if f.file_name().is_some_and(|n| n == LATER_FTL) { &mut later } else { &mut ftl };
            into.push_str(&text(&f)?);
            into.push('\n');
        }
        // The council's names and help line (and, if it rewords them, the service's name and
        // opening hours) in place of the defaults.
        ftl = theme.ftl(&tag, &ftl);
        let needs_notice = gate.needs_notice(&tag)?;
        if !needs_notice {
            ftl = safety::split_notice(&ftl).0;
        }
        let name = ftl
            .lines()
            .find_map(|l| l.strip_prefix("language-name = "))
            .ok_or_else(|| format!("locales/{tag} has no `language-name` message"))?
            .trim()
            .to_string();
        let write_ftl = |stem: &str, ftl: String| -> Result<String> {
            let ftl = if dev { ftl } else { minify::ftl(&ftl) };
            let file = format!("locales/{stem}.{}.ftl", hash(ftl.as_bytes()));
            write(&out.join(&file), ftl.as_bytes())?;
            Ok(file)
        };
        if needs_notice {
            let english = if dev { english_notice.clone() } else { minify::ftl(&english_notice) };
            let own = if dev { ftl } else { minify::ftl(&ftl) };
            ftl = format!("{own}\n{}\n{english}", assessment::locale::SOURCE_PART);
            println!("{tag}: safety-critical messages not all reviewed: the start page shows the notice");
        }
        let file = if needs_notice && !dev {
            // Already minified, and the marker must stay.
            let file = format!("locales/{tag}.{}.ftl", hash(ftl.as_bytes()));
            write(&out.join(&file), ftl.as_bytes())?;
            file
        } else {
            write_ftl(&tag, ftl)?
        };
        let later = write_ftl(&format!("{tag}-later"), later)?;
        locales.push(Locale { tag, name, file, later });
    }
    // The source language first (it is the fallback), as hand-over codes number them.
    locales.sort_by(|a, b| assessment::locale::app_order(&a.tag).cmp(&assessment::locale::app_order(&b.tag)));
    Ok(locales)
}
