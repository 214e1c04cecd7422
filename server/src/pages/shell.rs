//! The built shell (`dist/index.html`, and `index.<tag>.html` per language) around a rendered
//! page: its `<head>` (styles, scripts, the language list) is kept; the page's title and body
//! go in, with the data block the app starts from.

use std::collections::HashMap;
use std::path::Path;
use std::sync::Arc;

use app::ssr::Words;
use app::Locale;

/// One language's shell, cut where the page goes.
#[derive(Debug)]
pub struct Shell {
    /// Up to and including `<title>`.
    head_start: String,
    /// From `</title>` up to and including `<body>`.
    head_end: String,
    /// `</body>` and after.
    tail: String,
}

impl Shell {
    fn parse(html: &str) -> Result<Shell, String> {
        let cut = |text: &str, at: &str| -> Result<(usize, usize), String> {
            let i = text.find(at).ok_or_else(|| format!("the shell has no {at}"))?;
            Ok((i, i + at.len()))
        };
        let (_, title_start) = cut(html, "<title>")?;
        let (title_end, _) = cut(html, "</title>")?;
        let (_, body_start) = cut(html, "<body>")?;
        let (body_end, _) = cut(html, "</body>")?;
        Ok(Shell {
            head_start: html[..title_start].to_string(),
            head_end: html[title_end..body_start].to_string(),
            tail: html[body_end..].to_string(),
        })
    }

    /// The whole document. `state_json` is already safe inside `<script>`. `later_css`: the
    /// later pages' stylesheet, linked for a page that needs it (the app adds it itself when it
    /// shows such a page, `app/src/chunks.rs`).
    pub fn page(&self, title: &str, body: &str, state_json: &str, later_css: Option<&str>) -> String {
        let mut out = String::with_capacity(self.head_start.len() + self.head_end.len() + body.len() + 2048);
        out.push_str(&self.head_start);
        out.push_str(&escape_text(title));
        match (later_css, self.head_end.split_once("</head>")) {
            (Some(href), Some((head, rest))) => {
                out.push_str(head);
                out.push_str("<link rel=\"stylesheet\" href=\"");
                out.push_str(href);
                out.push_str("\"></head>");
                out.push_str(rest);
            }
            _ => out.push_str(&self.head_end),
        }
        // The page first, straight after `<body>`: the app hydrates the body's children in order
        // (app/src/browser.rs); the data block it starts from comes after them.
        out.push_str(body);
        out.push_str("<script type=\"application/json\" id=\"");
        out.push_str(app::page_state::ELEMENT_ID);
        out.push_str("\">");
        out.push_str(state_json);
        out.push_str("</script>");
        out.push_str(&self.tail);
        out
    }
}

fn escape_text(text: &str) -> String {
    text.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;")
}

/// Every language's shell and words, read from the built front end once at start-up.
#[derive(Debug)]
pub struct Built {
    pub locales: Vec<Locale>,
    shells: HashMap<String, Shell>,
    words: HashMap<String, Words>,
    /// The neutral site "Exit this page" leaves for (`<meta name="exit-url">`).
    pub exit_url: String,
    /// The later pages' stylesheet (`<meta name="later-css">`), if the build made one.
    pub later_css: Option<String>,
}

impl Built {
    pub fn load(dist: &Path, index_html: &str) -> Result<Built, String> {
        let meta = |name: &str| {
            index_html
                .split_once(&format!(r#"name="{name}" content=""#))
                .and_then(|(_, rest)| rest.split_once('"'))
                .map(|(content, _)| content.replace("&amp;", "&"))
        };
        let locales = Locale::parse_meta(&meta("app-locales").unwrap_or_default());
        let first = locales.first().ok_or("dist/index.html lists no languages (meta app-locales)")?.tag.clone();
        let mut shells = HashMap::new();
        let mut words = HashMap::new();
        let read = |file: &str| {
            let path = dist.join(file.trim_start_matches('/'));
            std::fs::read_to_string(&path).map_err(|e| format!("{}: {e}", path.display()))
        };
        for l in &locales {
            let html = match l.tag == first {
                true => index_html.to_string(),
                false => read(&format!("index.{}.html", l.tag)).unwrap_or_else(|_| index_html.to_string()),
            };
            shells.insert(l.tag.clone(), Shell::parse(&html).map_err(|e| format!("index.{}.html: {e}", l.tag))?);
            let later = match &l.later {
                Some(f) => read(f)?,
                None => String::new(),
            };
            words.insert(
                l.tag.clone(),
                Words { tag: l.tag.clone(), main: Arc::from(read(&l.file)?), later: Arc::from(later) },
            );
        }
        let exit_url = meta("exit-url")
            .filter(|u| u.starts_with("https://"))
            .unwrap_or_else(|| "https://www.bbc.co.uk/weather".into());
        let later_css = meta("later-css").filter(|h| h.starts_with('/') && !h.contains(['"', '<']));
        Ok(Built { locales, shells, words, exit_url, later_css })
    }

    /// The language to render in: the person's choice (the `lang` cookie), then the browser's
    /// `Accept-Language`, then the first (source) language.
    pub fn language(&self, chosen: Option<&str>, accept_language: Option<&str>) -> &str {
        let tags = || self.locales.iter().map(|l| l.tag.as_str());
        let pick = chosen
            .and_then(|c| tags().find(|t| *t == c))
            .map(str::to_string)
            .or_else(|| accept_language.and_then(|h| assessment::locale::from_accept_language(h, tags())));
        let tag = pick.unwrap_or_default();
        tags().find(|t| *t == tag).or_else(|| tags().next()).unwrap_or("en-GB")
    }

    pub fn shell(&self, tag: &str) -> &Shell {
        self.shells.get(tag).or_else(|| self.shells.values().next()).expect("load refuses a bundle without languages")
    }

    pub fn words(&self, tag: &str) -> &Words {
        self.words.get(tag).or_else(|| self.words.values().next()).expect("load refuses a bundle without languages")
    }
}

#[cfg(test)]
mod tests {
    use super::Shell;

    #[test]
    fn the_page_goes_in_the_shell_in_place_of_the_loading_placeholder() {
        let shell =
            Shell::parse("<html><head><title>App</title><link></head><body><div id=\"loading\"></div></body></html>")
                .unwrap();
        let page = shell.page("Who <is> this for", "<main>hi</main>", "{}", None);
        assert_eq!(
            page,
            "<html><head><title>Who &lt;is&gt; this for</title><link></head><body><main>hi</main>\
             <script type=\"application/json\" id=\"page-state\">{}</script></body></html>"
        );
    }
}

#[cfg(test)]
mod later_css_tests {
    use super::Shell;

    #[test]
    fn a_later_page_links_the_later_stylesheet_in_its_head() {
        let shell = Shell::parse(
            "<html><head><title>A</title><link rel=\"stylesheet\" href=\"/a.css\"></head><body></body></html>",
        )
        .unwrap();
        let page = shell.page("T", "", "{}", Some("/later.css"));
        assert!(
            page.contains(
                "<link rel=\"stylesheet\" href=\"/a.css\"><link rel=\"stylesheet\" href=\"/later.css\"></head>"
            ),
            "{page}"
        );
    }
}
