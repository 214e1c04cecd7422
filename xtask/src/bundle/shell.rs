//! The page shell, one per language, and the theme's branding (logo, colours in the manifest).

use std::path::Path;

use super::css::Styles;
use super::files::{text, write};
use super::locales::Locale;
use super::wasm::Scripts;
use super::Result;
use crate::theme::Theme;

/// The shell, once per language: `index.html` in the source language (en-GB) and
/// `index.<tag>.html` for each other one. The server sends the one the browser's
/// `Accept-Language` asks for, so `lang`, `dir`, the title and the no-JavaScript message are right
/// before the app starts (and when it cannot).
pub(super) fn write_index(
    root: &Path,
    out: &Path,
    scripts: &Scripts,
    css: &Styles,
    locales: &[Locale],
    branding: &Branding,
) -> Result<()> {
    let template = text(&root.join("app/index.html"))?;
    // Read by the app's i18n module, the server and `size`; names are the languages' own.
    let offered: Vec<assessment::locale::Offered> = locales
        .iter()
        .map(|l| assessment::locale::Offered {
            tag: l.tag.clone(),
            name: l.name.clone(),
            file: format!("/{}", l.file),
            later: Some(format!("/{}", l.later)),
        })
        .collect();
    let list = assessment::locale::Offered::to_meta(&offered);
    let source_ftl = locales.first().map(|l| format!("/{}", l.file)).unwrap_or_default();
    for (i, locale) in locales.iter().enumerate() {
        let words = shell_words(out, locale)?;
        let html = template
            .replace("{{boot_js}}", &format!("/{}", scripts.boot))
            .replace("{{js}}", &format!("/{}", scripts.js))
            .replace("{{split_js}}", &format!("/{}", scripts.loader))
            .replace("{{wasm}}", &format!("/{}", scripts.wasm))
            .replace("{{css}}", &format!("/{}", css.main))
            .replace("{{later_css}}", &format!("/{}", css.later))
            .replace("{{locales}}", &list)
            .replace("{{source_ftl}}", &source_ftl)
            .replace("{{lang}}", &locale.tag)
            .replace("{{dir}}", if assessment::locale::is_rtl(&locale.tag) { "rtl" } else { "ltr" })
            .replace("{{title}}", &words.title)
            .replace("{{noscript}}", &words.noscript)
            .replace("{{help}}", &words.help)
            .replace("{{exit_url}}", &escape_html(&branding.exit_url))
            .replace("{{theme_colour}}", &branding.theme_colour);
        if html.contains("{{") {
            return Err("app/index.html has a placeholder xtask does not fill".into());
        }
        // Notes and layout for whoever edits the template, not for browsers.
        let html = strip_html_comments(&html);
        // The source language comes first (see bundle_locales) and is the default shell.
        let name = if i == 0 { "index.html".to_string() } else { format!("index.{}.html", locale.tag) };
        write(&out.join(name), html.as_bytes())?;
    }
    Ok(())
}

pub(super) struct ShellWords {
    pub(super) title: String,
    pub(super) noscript: String,
    pub(super) help: String,
}

/// The shell's words in one language, HTML-escaped, from the bundled `.ftl` file.
pub(super) fn shell_words(out: &Path, locale: &Locale) -> Result<ShellWords> {
    let ftl = text(&out.join(&locale.file))?;
    // The language's own words (not the English notice after the marker).
    let ftl = ftl.split(&format!("\n{}\n", assessment::locale::SOURCE_PART)).next().unwrap_or_default().to_string();
    let resource = fluent_bundle::FluentResource::try_new(ftl)
        .map_err(|(_, e)| format!("locales/{}: the Fluent file does not parse: {e:?}", locale.tag))?;
    let langid: unic_langid::LanguageIdentifier =
        locale.tag.parse().map_err(|_| format!("locales/{}: not a language tag", locale.tag))?;
    let mut bundle = fluent_bundle::FluentBundle::new(vec![langid]);
    // Plain text in HTML: no invisible isolation marks around placeables.
    bundle.set_use_isolating(false);
    bundle.add_resource(resource).map_err(|e| format!("locales/{}: {e:?}", locale.tag))?;
    let word = |id: &str| -> Result<String> {
        let pattern = bundle
            .get_message(id)
            .and_then(|m| m.value())
            .ok_or_else(|| format!("locales/{} has no `{id}` message (the page shell needs it)", locale.tag))?;
        let mut errors = Vec::new();
        let value = bundle.format_pattern(pattern, None, &mut errors);
        if !errors.is_empty() {
            return Err(format!("locales/{}: `{id}`: {errors:?}", locale.tag));
        }
        Ok(escape_html(&value))
    };
    Ok(ShellWords { title: word("app-title")?, noscript: word("noscript")?, help: word("footer-help")? })
}

/// What the shell says of the theme.
pub(super) struct Branding {
    pub(super) exit_url: String,
    /// The header colour, for the browser's own bar (`<meta name="theme-color">`).
    pub(super) theme_colour: String,
}

/// Copies the logo in (as `logo`, named by its content hash), and gives the installed app (the
/// manifest) the header's colour.
pub(super) fn write_branding(out: &Path, theme: &Theme, logo: Option<&str>) -> Result<Branding> {
    let theme_colour = theme.colours.get("--colour-header").map(|c| c.hex.clone()).ok_or("no --colour-header")?;
    if let (Some(file), Some(name)) = (&theme.logo, logo) {
        write(&out.join(name), &file.bytes)?;
    }
    let manifest = out.join("manifest.webmanifest");
    if manifest.exists() {
        let text = text(&manifest)?;
        let start = text.find("\"theme_color\"").ok_or("public/manifest.webmanifest has no theme_color")?;
        let end = start
            + text[start..]
                .find([',', '\n'])
                .ok_or("public/manifest.webmanifest: theme_color is not followed by a comma")?;
        let text = format!("{}\"theme_color\": \"{theme_colour}\"{}", &text[..start], &text[end..]);
        write(&manifest, text.as_bytes())?;
    }
    Ok(Branding { exit_url: theme.exit_url.clone(), theme_colour })
}

/// Drops `<!-- … -->` comments (one line or several) and indentation from the shell template
/// (it has no comments inside other markup, and no `<pre>` or inline text whose leading spaces
/// matter).
pub(super) fn strip_html_comments(html: &str) -> String {
    let mut rest = html;
    let mut kept = String::with_capacity(html.len());
    while let Some(start) = rest.find("<!--") {
        kept.push_str(&rest[..start]);
        rest = rest[start..].find("-->").map_or("", |end| &rest[start + end + 3..]);
    }
    kept.push_str(rest);
    kept.lines().map(str::trim_start).filter(|l| !l.is_empty()).map(|l| format!("{l}\n")).collect()
}

pub(super) fn escape_html(s: &str) -> String {
    s.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;")
}

#[cfg(test)]
mod tests {
    use super::strip_html_comments;

    #[test]
    fn comments_of_one_or_several_lines_and_indentation_are_dropped() {
        let html = "<head>\n  <!-- one line -->\n  <meta charset=\"utf-8\">\n  <!-- two\n       lines -->\n  <script src=\"/a.js\"></script>\n</head>\n";
        assert_eq!(
            strip_html_comments(html),
            "<head>\n<meta charset=\"utf-8\">\n<script src=\"/a.js\"></script>\n</head>\n"
        );
    }
}
