//! The theme, written into the bundle's files. Pure functions of text, so each is tested.

use super::{Text, Theme};

/// Messages a theme may reword (in every language at once).
pub const SERVICE_NAME_MESSAGE: &str = "app-title";
pub const HOURS_MESSAGE: &str = "footer-hours";

/// Left-to-right isolate, for a phone number inside right-to-left text (so "024 7683 3003"
/// is not read, or shown, as "3003 7683 024").
const LRI: char = '\u{2066}';
const PDI: char = '\u{2069}';

impl Theme {
    /// `tokens.css` with the theme's colours in place of the defaults. A colour the theme sets
    /// to its default leaves the line as it is, so the default theme changes nothing.
    pub fn tokens_css(&self, css: &str) -> Result<String, String> {
        let mut out = String::with_capacity(css.len());
        let mut done = Vec::new();
        for line in css.split_inclusive('\n') {
            let name = line.trim().split_once(':').map(|(n, _)| n);
            match name.and_then(|n| self.colours.get(n).filter(|c| c.themed).map(|c| (n, c))) {
                Some((name, colour)) if !done.contains(&name) => {
                    done.push(name);
                    let default = line.split_once(':').map(|(_, v)| v.split(';').next().unwrap_or_default().trim());
                    if default.is_some_and(|d| d.eq_ignore_ascii_case(&colour.hex)) {
                        out.push_str(line);
                    } else {
                        let indent = &line[..line.len() - line.trim_start().len()];
                        out.push_str(&format!("{indent}{name}: {}; /* {} */\n", colour.hex, colour.origin));
                    }
                }
                _ => out.push_str(line),
            }
        }
        let themed = self.colours.iter().filter(|(_, c)| c.themed).count();
        if done.len() != themed {
            return Err("style/tokens.css: a colour the theme sets is not declared there on a line of its own".into());
        }
        Ok(out)
    }

    /// The logo (at `url`), drawn by the CSS before the service's name in the header link, with
    /// the council's name as its text alternative (`content: "" / "name"`, which browsers give
    /// screen readers as part of the link's name), in each language by `:lang()`. The app's
    /// code knows nothing of it, so a logo costs no WebAssembly. Empty without a logo.
    pub fn logo_css(&self, url: Option<&str>) -> String {
        let (Some(url), Some(logo)) = (url, self.logo.as_ref()) else { return String::new() };
        let (w, h) = logo.aspect.unwrap_or((1.0, 1.0));
        let alt = |name: &str| format!("content: \"\" / \"{}\";", css_string(name));
        let mut css = format!(
            "\n/* The council's logo ({}): content/theme.toml */\n\
             .site-header__title::before {{ {} display: block; flex-shrink: 0; \
             inline-size: min(calc(2.5rem * {w} / {h}), 10rem); block-size: 2.5rem; \
             margin-inline-end: var(--space-3); background: url(\"{url}\") center / contain no-repeat; }}\n",
            url,
            alt(self.council_name.get("en-GB")),
        );
        if let Text::PerLanguage(names) = &self.council_name {
            for (tag, name) in names.iter().filter(|(t, _)| t.as_str() != "en-GB") {
                css.push_str(&format!(":lang({tag}) .site-header__title::before {{ {} }}\n", alt(name)));
            }
        }
        css
    }

    /// One language's Fluent source with the theme's help line: the terms `-helpline` and
    /// `-helpline-number`, which the messages place (and,
    /// when the theme rewords them, of the service name and opening hours) are replaced.
    pub fn ftl(&self, tag: &str, ftl: &str) -> String {
        let rtl = assessment::locale::is_rtl(tag);
        let phone = if rtl { format!("{LRI}{}{PDI}", self.contact_phone) } else { self.contact_phone.clone() };
        let mut defs = vec![("-helpline", self.contact_name.get(tag).to_string()), ("-helpline-number", phone)];
        if let Some(name) = self.service_name.as_ref().and_then(|m| m.get(tag)) {
            defs.push((SERVICE_NAME_MESSAGE, name.clone()));
        }
        if let Some(hours) = self.contact_hours.as_ref().and_then(|m| m.get(tag)) {
            defs.push((HOURS_MESSAGE, hours.clone()));
        }
        let ids: Vec<&str> = defs.iter().map(|(id, _)| *id).collect();
        let mut out = without_entries(ftl, &ids);
        if !out.ends_with('\n') && !out.is_empty() {
            out.push('\n');
        }
        for (id, value) in defs {
            out.push_str(&format!("{id} = {value}\n"));
        }
        out
    }
}

/// `ftl` without the messages or terms named (each entry's first line and its indented
/// continuation lines and attributes).
pub fn without_entries(ftl: &str, ids: &[&str]) -> String {
    let mut out = String::with_capacity(ftl.len());
    let mut skipping = false;
    for line in ftl.split_inclusive('\n') {
        let starts_entry = !line.starts_with([' ', '\t', '#', '\n', '\r']) && !line.trim().is_empty();
        if starts_entry {
            let id = line.split('=').next().unwrap_or_default().trim();
            skipping = line.contains('=') && ids.contains(&id);
        } else if line.starts_with('#') {
            // A comment ends an entry (a blank line may sit inside a multi-line value).
            skipping = false;
        }
        if !skipping {
            out.push_str(line);
        }
    }
    out
}

/// `s` inside a double-quoted CSS string.
fn css_string(s: &str) -> String {
    s.replace('\\', "\\\\").replace('"', "\\\"")
}
