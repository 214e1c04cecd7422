//! The two stylesheets: what every page links, and what only the later pages use.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use super::files::{hash, sorted_files, text, write};
use super::Result;
use crate::minify;
use crate::theme::Theme;

/// The two stylesheets' hashed names.
pub(super) struct Styles {
    /// Linked from the shell: everything the start, who and question pages use.
    pub(super) main: String,
    /// Only the later pages (check, results, urgent help) use these rules; the app adds this
    /// sheet with their chunks (`app/src/chunks.rs`), so it is not on the first load.
    pub(super) later: String,
}

/// Cascade order: tokens, base, components, pages, then `style/later/` (components and pages
/// only the later pages use) and the print overrides last. The later part is its own sheet,
/// loaded after the main one; the print overrides go with it, since printing is offered on the
/// results page and the sheet is there from the first question on. Minified in release
/// (comments and layout whitespace only; see `minify::css`).
pub(super) fn bundle_css(root: &Path, out: &Path, dev: bool, theme: &Theme, theme_css: &str) -> Result<Styles> {
    let style = root.join("style");
    let mut main = vec![style.join("tokens.css"), style.join("base.css")];
    for sub in ["components", "pages"] {
        main.extend(sorted_files(&style.join(sub), "css")?);
    }
    let mut later = Vec::new();
    for sub in ["components", "pages"] {
        later.extend(sorted_files(&style.join("later").join(sub), "css")?);
    }
    later.push(style.join("print.css"));
    Ok(Styles {
        main: write_css(root, out, dev, "app", &main, Some((theme, theme_css)))?,
        later: write_css(root, out, dev, "later", &later, None)?,
    })
}

/// With a theme: its colours in `tokens.css` and, after the rest, its own rules (the logo).
pub(super) fn write_css(
    root: &Path,
    out: &Path,
    dev: bool,
    stem: &str,
    files: &[PathBuf],
    theme: Option<(&Theme, &str)>,
) -> Result<String> {
    let mut css = String::new();
    for f in files.iter().filter(|f| f.exists()) {
        let mut text = text(f)?;
        if let Some((theme, _)) = theme.filter(|_| f.ends_with("style/tokens.css")) {
            text = theme.tokens_css(&text)?;
        }
        let _ = writeln!(css, "/* {} */\n{text}", f.strip_prefix(root).unwrap_or(f).display());
    }
    if let Some((_, extra)) = theme {
        css.push_str(extra);
    }
    let css = if dev { css } else { minify::css(&css) };
    let name = format!("{stem}.{}.css", hash(css.as_bytes()));
    write(&out.join(&name), css.as_bytes())?;
    Ok(name)
}
