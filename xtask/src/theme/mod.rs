//! A council's theme (`content/theme.toml`): its name, the service's name, logo, colours, the
//! help line in the footer and where "Exit this page" goes. Read and checked before anything
//! is compiled, then applied to the bundle at build time (no Rust in the app changes with it):
//!
//! - colours replace the matching `--colour-*` values in `style/tokens.css` (so the default
//!   theme gives byte-for-byte the CSS it always did), after every pair of colours the CSS
//!   puts together has passed WCAG contrast (`PAIRS`: 4.5:1 for text, 3:1 for components,
//!   focus and borders);
//! - the help line's name and number become Fluent terms (`-helpline`, `-helpline-number`)
//!   in each language's bundled file, which the translated messages place; words a council
//!   may reword (the service's name `app-title`, the opening hours `footer-hours`) replace
//!   those messages, in every language the site offers;
//! - the logo is copied into the bundle by content hash and drawn by the CSS before the
//!   service's name, with the council's name (in each language) as its text alternative;
//! - the Exit destination goes into each page shell (`<meta name="exit-url">`), and the header
//!   colour into `<meta name="theme-color">` and the manifest.
//!
//! Every mistake is reported as `file:line: key: what is wrong`, all at once.

pub mod apply;
pub mod contrast;

use std::collections::BTreeMap;
use std::path::Path;

use serde::Deserialize;
use toml::Spanned;

/// Theme colour keys and the tokens they set in `style/tokens.css`.
pub const COLOUR_KEYS: &[(&str, &str)] = &[
    ("header", "--colour-header"),
    ("header_text", "--colour-header-text"),
    ("brand", "--colour-brand"),
    ("link", "--colour-link"),
    ("link_hover", "--colour-link-hover"),
    ("link_visited", "--colour-link-visited"),
    ("link_active", "--colour-link-active"),
    ("focus", "--colour-focus"),
    ("focus_text", "--colour-focus-text"),
    ("button", "--colour-button"),
    ("button_hover", "--colour-button-hover"),
    ("button_shadow", "--colour-button-shadow"),
    ("button_text", "--colour-button-text"),
];

/// Every pair of colours the CSS shows together, checked whether or not the theme sets them
/// (so a change to `tokens.css` is checked too): foreground, background, the ratio needed,
/// and what a person sees there.
pub const PAIRS: &[(&str, &str, f64, &str)] = &[
    ("--colour-text", "--colour-white", contrast::TEXT, "body text"),
    ("--colour-secondary-text", "--colour-white", contrast::TEXT, "hints and captions"),
    ("--colour-error", "--colour-white", contrast::TEXT, "error messages"),
    ("--colour-link", "--colour-white", contrast::TEXT, "links"),
    ("--colour-link", "--colour-light-grey", contrast::TEXT, "links on grey panels"),
    ("--colour-link-hover", "--colour-white", contrast::TEXT, "links under the pointer"),
    ("--colour-link-visited", "--colour-white", contrast::TEXT, "visited links"),
    ("--colour-link-active", "--colour-white", contrast::TEXT, "links being pressed"),
    ("--colour-header-text", "--colour-header", contrast::TEXT, "the service name and language links in the header"),
    ("--colour-focus-text", "--colour-focus", contrast::TEXT, "focused links and buttons (text on the focus colour)"),
    (
        "--colour-focus-text",
        "--colour-white",
        contrast::UI,
        "the bar under a focused link and a focused field's outline",
    ),
    ("--colour-focus", "--colour-header", contrast::UI, "a focused link in the header"),
    ("--colour-focus-text", "--colour-light-grey", contrast::UI, "the bar under a focused link in the footer"),
    ("--colour-button-text", "--colour-button", contrast::TEXT, "button text"),
    ("--colour-button-text", "--colour-button-hover", contrast::TEXT, "button text under the pointer"),
    ("--colour-button", "--colour-white", contrast::UI, "buttons against the page"),
    ("--colour-button-warning-text", "--colour-button-warning", contrast::TEXT, "the Exit this page button"),
    ("--colour-white", "--colour-header", contrast::UI, "the Exit this page button's white edge in the header"),
    ("--colour-white", "--colour-brand", contrast::TEXT, "text on brand-coloured panels and banners"),
    ("--colour-brand", "--colour-white", contrast::UI, "the progress bar and brand-coloured borders"),
    ("--colour-border-strong", "--colour-white", contrast::UI, "borders that carry meaning"),
    ("--colour-input-border", "--colour-white", contrast::UI, "form field borders"),
    ("--colour-priority-urgent", "--colour-white", contrast::UI, "the urgent stripe on result cards"),
    ("--colour-priority-recommended", "--colour-white", contrast::UI, "the recommended stripe on result cards"),
    ("--colour-priority-also-useful", "--colour-white", contrast::UI, "the also-useful stripe on result cards"),
    ("--colour-tag-urgent-text", "--colour-tag-urgent-bg", contrast::TEXT, "urgent tags"),
    ("--colour-tag-recommended-text", "--colour-tag-recommended-bg", contrast::TEXT, "recommended tags"),
    ("--colour-tag-also-useful-text", "--colour-tag-also-useful-bg", contrast::TEXT, "also-useful tags"),
];

/// The largest logo accepted (it is on every page).
const LOGO_MAX_BYTES: usize = 20 * 1024;
/// Names longer than this would not fit the header or the footer line.
const NAME_MAX_CHARS: usize = 80;

/// Where a value came from, for messages: `content/theme.toml:12: colours.link`.
#[derive(Debug, Clone, PartialEq)]
pub struct Origin {
    pub file: String,
    pub line: usize,
    pub key: String,
}

impl std::fmt::Display for Origin {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}:{}: {}", self.file, self.line, self.key)
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct Colour {
    pub hex: String,
    pub rgb: [u8; 3],
    pub origin: Origin,
    /// Set by the theme (rather than left as `tokens.css` has it).
    pub themed: bool,
}

/// A name as the theme gives it.
#[derive(Debug, Clone, PartialEq)]
pub enum Text {
    /// The same in every language (a proper noun, a number).
    Same(String),
    /// Language tag → text.
    PerLanguage(BTreeMap<String, String>),
}

impl Text {
    /// The text for `tag`; a proper noun given per language falls back to its en-GB form.
    pub fn get(&self, tag: &str) -> &str {
        match self {
            Text::Same(s) => s,
            Text::PerLanguage(m) => m.get(tag).or_else(|| m.get("en-GB")).map_or("", String::as_str),
        }
    }
}

#[derive(Debug, Clone)]
pub struct Logo {
    pub bytes: Vec<u8>,
    /// Width / height from the SVG's `viewBox` (or `width` and `height`), so the header keeps
    /// its room while the image loads.
    pub aspect: Option<(f64, f64)>,
}

#[derive(Debug, Clone)]
pub struct Theme {
    pub exit_url: String,
    pub council_name: Text,
    pub logo: Option<Logo>,
    pub contact_name: Text,
    pub contact_phone: String,
    /// The service's name in every language offered (replaces `app-title`).
    pub service_name: Option<BTreeMap<String, String>>,
    /// Opening hours in every language offered (replaces `footer-hours`).
    pub contact_hours: Option<BTreeMap<String, String>>,
    /// Token (`--colour-link`) → colour, for every colour token in `tokens.css`.
    pub colours: BTreeMap<String, Colour>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Source {
    exit_url: Spanned<String>,
    council: CouncilSource,
    contact: ContactSource,
    service: Option<ServiceSource>,
    #[serde(default)]
    colours: BTreeMap<Spanned<String>, Spanned<String>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct CouncilSource {
    name: Spanned<TextSource>,
    logo: Option<Spanned<String>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ContactSource {
    name: Spanned<TextSource>,
    phone: Spanned<String>,
    hours: Option<Spanned<BTreeMap<String, String>>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ServiceSource {
    name: Spanned<BTreeMap<String, String>>,
}

#[derive(Deserialize)]
#[serde(untagged)]
enum TextSource {
    Same(String),
    PerLanguage(BTreeMap<String, String>),
}

/// Collects every mistake before giving up.
struct Problems<'a> {
    file: String,
    text: &'a str,
    list: Vec<String>,
}

impl Problems<'_> {
    fn origin<T>(&self, at: &Spanned<T>, key: &str) -> Origin {
        Origin { file: self.file.clone(), line: line_of(self.text, at.span().start), key: key.to_string() }
    }
    fn at<T>(&mut self, at: &Spanned<T>, key: &str, message: impl std::fmt::Display) {
        let origin = self.origin(at, key);
        self.list.push(format!("{origin}: {message}"));
    }
}

fn line_of(text: &str, offset: usize) -> usize {
    text.as_bytes()[..offset.min(text.len())].iter().filter(|&&b| b == b'\n').count() + 1
}

/// `cargo xtask theme [FILE]`: checks a theme without building.
pub fn check(root: &Path, file: &Path) -> Result<(), String> {
    let theme = load(root, file, &offered_languages(&root.join("locales"))?)?;
    let themed = theme.colours.values().filter(|c| c.themed).count();
    println!(
        "{}: fine ({themed} colours set, every pair of colours has the contrast it needs)",
        file.strip_prefix(root).unwrap_or(file).display()
    );
    Ok(())
}

/// The language tags the site offers: one folder each in the locales folder.
pub fn offered_languages(locales: &Path) -> Result<Vec<String>, String> {
    let mut tags: Vec<String> = std::fs::read_dir(locales)
        .map_err(|e| format!("cannot read locales/: {e}"))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.is_dir())
        .filter_map(|p| p.file_name().and_then(|n| n.to_str()).map(str::to_string))
        .collect();
    tags.sort();
    Ok(tags)
}

/// Reads and checks a theme. `root` holds `style/tokens.css`; `shown` is how the file is named
/// in messages (relative to the workspace when it is inside it).
pub fn load(root: &Path, file: &Path, languages: &[String]) -> Result<Theme, String> {
    let shown = file.strip_prefix(root).unwrap_or(file).display().to_string();
    let text = std::fs::read_to_string(file).map_err(|e| format!("{shown}: cannot be read: {e}"))?;
    let tokens = std::fs::read_to_string(root.join("style/tokens.css"))
        .map_err(|e| format!("style/tokens.css: cannot be read: {e}"))?;
    let base = file.parent().unwrap_or(Path::new("."));
    parse(&shown, &text, base, &tokens, languages)
}

/// [`load`] on text: for tests. Paths in the theme (the logo) are relative to `base`.
pub fn parse(shown: &str, text: &str, base: &Path, tokens_css: &str, languages: &[String]) -> Result<Theme, String> {
    let source: Source = toml::from_str(text).map_err(|e| {
        let line = e.span().map_or(1, |s| line_of(text, s.start));
        let key = text.lines().nth(line - 1).map(str::trim).unwrap_or_default();
        format!("{shown}:{line}: {key}: {}", e.message().trim())
    })?;
    let mut p = Problems { file: shown.to_string(), text, list: Vec::new() };

    let exit_url = source.exit_url.get_ref().trim().to_string();
    if let Err(why) = check_exit_url(&exit_url) {
        p.at(&source.exit_url, "exit_url", why);
    }

    let council_name = proper_noun(&mut p, &source.council.name, "council.name", languages);
    let contact_name = proper_noun(&mut p, &source.contact.name, "contact.name", languages);
    let contact_phone = source.contact.phone.get_ref().trim().to_string();
    if contact_phone.is_empty()
        || !contact_phone.chars().all(|c| c.is_ascii_digit() || c == ' ')
        || !contact_phone.starts_with(|c: char| c.is_ascii_digit())
    {
        p.at(
            &source.contact.phone,
            "contact.phone",
            format!("\"{contact_phone}\": write digits and spaces only, as people dial it (e.g. \"024 7683 3003\")"),
        );
    }
    let service_name = source.service.as_ref().map(|s| every_language(&mut p, &s.name, "service.name", languages));
    let contact_hours = source.contact.hours.as_ref().map(|h| every_language(&mut p, h, "contact.hours", languages));

    let logo = source.council.logo.as_ref().and_then(|l| match read_logo(base, l.get_ref()) {
        Ok(logo) => Some(logo),
        Err(why) => {
            p.at(l, "council.logo", why);
            None
        }
    });

    let mut colours = token_colours(tokens_css);
    let mut seen = Vec::new();
    for (key, value) in &source.colours {
        let name = format!("colours.{}", key.get_ref());
        let Some((_, token)) = COLOUR_KEYS.iter().find(|(k, _)| k == key.get_ref()) else {
            let known: Vec<&str> = COLOUR_KEYS.iter().map(|(k, _)| *k).collect();
            p.at(key, &name, format!("not a colour a theme can set; use one of: {}", known.join(", ")));
            continue;
        };
        let hex = value.get_ref().trim().to_ascii_lowercase();
        let Some(rgb) = contrast::parse_hex(&hex) else {
            p.at(
                value,
                &name,
                format!("\"{}\" is not a colour: write it as #rrggbb, e.g. \"#1d70b8\"", value.get_ref()),
            );
            continue;
        };
        if !colours.contains_key(*token) {
            p.at(value, &name, format!("style/tokens.css has no {token} to set"));
            continue;
        }
        seen.push(*token);
        colours.insert(token.to_string(), Colour { hex, rgb, origin: p.origin(value, &name), themed: true });
    }

    for (fg, bg, min, what) in PAIRS {
        let (Some(f), Some(b)) = (colours.get(*fg), colours.get(*bg)) else {
            p.list.push(format!(
                "style/tokens.css: {} is missing (the contrast check needs it)",
                if colours.contains_key(*fg) { bg } else { fg }
            ));
            continue;
        };
        let ratio = contrast::ratio(f.rgb, b.rgb);
        if ratio < *min {
            p.list.push(contrast_problem(f, b, ratio, *min, what));
        }
    }

    if !p.list.is_empty() {
        let n = p.list.len();
        return Err(format!("{n} problem{} in the theme:\n  {}", if n == 1 { "" } else { "s" }, p.list.join("\n  ")));
    }
    Ok(Theme { exit_url, council_name, logo, contact_name, contact_phone, service_name, contact_hours, colours })
}

/// `content/themes/x.toml:21: colours.link: #7fb2e5 on #ffffff (--colour-white, style/tokens.css:14)
/// has contrast 2.43:1, below the 4.5:1 needed for links (text, WCAG 1.4.3)`. Named by the
/// colour the theme set.
fn contrast_problem(fg: &Colour, bg: &Colour, ratio: f64, min: f64, what: &str) -> String {
    let kind = if min >= contrast::TEXT { "text, WCAG 1.4.3" } else { "non-text, WCAG 1.4.11" };
    let (lead, other, other_is) = if fg.themed || !bg.themed { (fg, bg, "on") } else { (bg, fg, "under") };
    let other_at = format!("{}, {}:{}", other.origin.key, other.origin.file, other.origin.line);
    let pair = if other_is == "on" {
        format!("{} on {} ({other_at})", lead.hex, other.hex)
    } else {
        format!("{} ({other_at}) on {}", other.hex, lead.hex)
    };
    format!(
        "{}: {pair} has contrast {}:1, below the {min}:1 needed for {what} ({kind})",
        lead.origin,
        contrast::shown(ratio)
    )
}

/// Every `--colour-*: #hex;` declaration in `tokens.css`, with its line.
pub fn token_colours(css: &str) -> BTreeMap<String, Colour> {
    let mut out = BTreeMap::new();
    for (i, line) in css.lines().enumerate() {
        let Some((name, rest)) = line.trim().split_once(':') else { continue };
        if !name.starts_with("--colour-") {
            continue;
        }
        let value = rest.split(';').next().unwrap_or_default().trim().to_ascii_lowercase();
        if let Some(rgb) = contrast::parse_hex(&value) {
            let origin = Origin { file: "style/tokens.css".into(), line: i + 1, key: name.to_string() };
            out.entry(name.to_string()).or_insert(Colour { hex: value, rgb, origin, themed: false });
        }
    }
    out
}

/// The neutral page "Exit this page" opens: https, a real host, nothing that could carry the
/// person's details or point back here.
pub fn check_exit_url(url: &str) -> Result<(), String> {
    let Some(rest) = url.strip_prefix("https://") else {
        return Err(format!("\"{url}\" must start with https:// (a neutral site, such as a weather or search page)"));
    };
    let host = rest.split(['/', '?', '#']).next().unwrap_or_default();
    if url.len() > 200 || url.chars().any(|c| c.is_whitespace() || c.is_control() || "\"'<>\\`".contains(c)) {
        return Err(format!("\"{url}\" is not a plain web address"));
    }
    if host.contains('@') || host.contains(':') {
        return Err(format!("\"{url}\": the address must not carry a user name, password or port"));
    }
    if !host.contains('.') || host.starts_with('.') || host.ends_with('.') || host.parse::<std::net::Ipv4Addr>().is_ok()
    {
        return Err(format!("\"{url}\": name a public web site by its domain, such as https://www.bbc.co.uk/weather"));
    }
    Ok(())
}

fn check_words(value: &str) -> Result<(), String> {
    if value.trim().is_empty() {
        return Err("is empty".into());
    }
    if value.chars().count() > NAME_MAX_CHARS {
        return Err(format!("is longer than {NAME_MAX_CHARS} characters"));
    }
    if value.contains(['{', '}']) {
        return Err(format!("\"{value}\": braces are not allowed (they are Fluent placeholders)"));
    }
    if value.chars().any(|c| c.is_control()) {
        return Err(format!("\"{value}\": write it on one line"));
    }
    Ok(())
}

/// A proper noun: one string for every language, or a table by language tag that names en-GB
/// (other languages not listed write it as en-GB does).
fn proper_noun(p: &mut Problems, at: &Spanned<TextSource>, key: &str, languages: &[String]) -> Text {
    match at.get_ref() {
        TextSource::Same(s) => {
            if let Err(why) = check_words(s) {
                p.at(at, key, why);
            }
            Text::Same(s.trim().to_string())
        }
        TextSource::PerLanguage(m) => {
            if !m.contains_key("en-GB") {
                p.at(at, key, "a name given per language must include en-GB (the others fall back to it)");
            }
            check_table(p, at, key, m, languages);
            Text::PerLanguage(m.iter().map(|(k, v)| (k.clone(), v.trim().to_string())).collect())
        }
    }
}

/// Words: every language the site offers, so nobody reads another council's name or an English
/// line in their own language.
fn every_language(
    p: &mut Problems,
    at: &Spanned<BTreeMap<String, String>>,
    key: &str,
    languages: &[String],
) -> BTreeMap<String, String> {
    let missing: Vec<&str> = languages.iter().filter(|l| !at.get_ref().contains_key(*l)).map(String::as_str).collect();
    if !missing.is_empty() {
        p.at(at, key, format!("give it in every language the site offers; missing: {}", missing.join(", ")));
    }
    check_table(p, at, key, at.get_ref(), languages);
    at.get_ref().iter().map(|(k, v)| (k.clone(), v.trim().to_string())).collect()
}

fn check_table<T>(p: &mut Problems, at: &Spanned<T>, key: &str, m: &BTreeMap<String, String>, languages: &[String]) {
    for (tag, value) in m {
        if !languages.contains(tag) {
            p.at(
                at,
                &format!("{key}.{tag}"),
                format!("the site has no language \"{tag}\" (offered: {})", languages.join(", ")),
            );
        } else if let Err(why) = check_words(value) {
            p.at(at, &format!("{key}.{tag}"), why);
        }
    }
}

/// The logo: an SVG next to the theme, small, that draws itself and fetches nothing.
fn read_logo(base: &Path, name: &str) -> Result<Logo, String> {
    let file = base.join(name);
    if file.extension().is_none_or(|e| e != "svg") {
        return Err(format!("\"{name}\" must be an SVG file (.svg)"));
    }
    let bytes = std::fs::read(&file)
        .map_err(|e| format!("\"{name}\" cannot be read ({e}); the path is relative to the theme file"))?;
    if bytes.len() > LOGO_MAX_BYTES {
        return Err(format!(
            "\"{name}\" is {} KB; keep it under {} KB (it is on every page)",
            bytes.len() / 1024,
            LOGO_MAX_BYTES / 1024
        ));
    }
    let svg = std::str::from_utf8(&bytes).map_err(|_| format!("\"{name}\" is not a text SVG file"))?;
    let lower = svg.to_ascii_lowercase();
    if !lower.contains("<svg") {
        return Err(format!("\"{name}\" has no <svg> element"));
    }
    for banned in ["<script", "<foreignobject", "@import", "javascript:"] {
        if lower.contains(banned) {
            return Err(format!("\"{name}\" contains {banned}: a logo must be a plain drawing"));
        }
    }
    // A reference to anything outside the file (a font, an image, a stylesheet) would be fetched
    // from someone else's server; only `#fragment` references are allowed.
    for attr in ["href=\"", "href='", "url("] {
        for (i, _) in lower.match_indices(attr) {
            let after = lower[i + attr.len()..].trim_start_matches(['"', '\'', ' ']);
            if !after.starts_with('#') {
                return Err(format!(
                    "\"{name}\" refers to something outside itself ({attr}…); a logo must fetch nothing"
                ));
            }
        }
    }
    Ok(Logo { aspect: svg_aspect(svg), bytes })
}

/// Width and height from `viewBox="x y w h"`, else from `width` and `height`.
fn svg_aspect(svg: &str) -> Option<(f64, f64)> {
    let start = svg.find("<svg")?;
    let tag = &svg[start..start + svg[start..].find('>')?];
    let attr = |name: &str| -> Option<&str> {
        let i = tag.find(&format!(" {name}=\""))? + name.len() + 3;
        tag[i..].split('"').next()
    };
    let positive = |(w, h): (f64, f64)| (w > 0.0 && h > 0.0).then_some((w, h));
    if let Some(vb) = attr("viewBox") {
        let n: Vec<f64> = vb.split([' ', ',']).filter(|s| !s.is_empty()).filter_map(|s| s.parse().ok()).collect();
        if n.len() == 4 {
            return positive((n[2], n[3]));
        }
    }
    let number = |s: &str| s.trim_end_matches("px").parse::<f64>().ok();
    positive((number(attr("width")?)?, number(attr("height")?)?))
}

#[cfg(test)]
mod tests;
