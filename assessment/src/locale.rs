//! Choosing a language from what a browser asks for, and which way it is written. Shared by the
//! app (`navigator.languages`), the server (the `Accept-Language` header: the shell in that
//! language, with its words preloaded) and the build (one shell per language), so all three
//! make the same choice.

/// The source language: every message exists in it first, and it is the fallback.
pub const SOURCE: &str = "en-GB";

/// In a bundled words file (`cargo xtask build`), the line after which come source-language
/// messages that language's pages show as well: the English copy of the "translation not yet
/// checked" notice (issue 16), present only while the language's safety-critical messages are
/// not all reviewed. The app reads that part into an en-GB bundle of its own.
pub const SOURCE_PART: &str = "### en-GB";

/// How the app orders its languages, and so how hand-over codes number them: the source
/// language first, then by tag. The build lists them so, and the server works out code tags
/// with the same order; `sort_by_key(|t| app_order(t))`.
pub fn app_order(tag: &str) -> (bool, &str) {
    (tag != SOURCE, tag)
}

/// One language the page shell offers. The list travels in the shell's
/// `<meta name="app-locales" content="tag|name|file|later file;…">`: written by `cargo xtask
/// build`, read by the app (which languages, and where their words are), the server (which
/// words to preload) and the size check (which file a first visit fetches).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Offered {
    pub tag: String,
    /// The language's name in itself ("Polski").
    pub name: String,
    /// URL of its words, less the later pages' ones.
    pub file: String,
    /// URL of the later pages' words (`routes.ftl`), fetched with their chunks.
    pub later: Option<String>,
}

impl Offered {
    /// The meta's `content` for these languages (a name loses any `|`, `;` or `"`).
    pub fn to_meta(list: &[Offered]) -> String {
        list.iter()
            .map(|l| {
                let name = l.name.replace(['|', ';', '"'], "");
                match &l.later {
                    Some(later) => format!("{}|{name}|{}|{later}", l.tag, l.file),
                    None => format!("{}|{name}|{}", l.tag, l.file),
                }
            })
            .collect::<Vec<_>>()
            .join(";")
    }

    /// The languages in a meta's `content`; entries without a tag or a file are skipped.
    pub fn parse_meta(content: &str) -> Vec<Offered> {
        content
            .split(';')
            .filter_map(|entry| {
                let mut parts = entry.split('|').map(str::trim);
                let tag = parts.next().filter(|t| !t.is_empty())?.to_string();
                let name = parts.next()?.to_string();
                let file = parts.next().filter(|f| !f.is_empty())?.to_string();
                let later = parts.next().filter(|f| !f.is_empty()).map(str::to_string);
                Some(Offered { tag, name, file, later })
            })
            .collect()
    }
}

/// Scripts written right to left among our languages and likely additions.
pub fn is_rtl(tag: &str) -> bool {
    let primary = tag.split('-').next().unwrap_or(tag);
    matches!(primary, "ar" | "ur" | "fa" | "he" | "ps" | "ckb" | "yi" | "dv" | "sd")
}

/// Exact tag first, then the same primary language (`pl-PL` → `pl`, `en-US` → `en-GB`).
pub fn best_match<'a>(wanted: &str, available: impl Iterator<Item = &'a str> + Clone) -> Option<String> {
    let primary = |t: &str| t.split('-').next().unwrap_or(t).to_ascii_lowercase();
    available
        .clone()
        .find(|a| a.eq_ignore_ascii_case(wanted))
        .or_else(|| available.clone().find(|a| primary(a) == primary(wanted)))
        .map(str::to_string)
}

/// The first language in an `Accept-Language` header (highest `q` first; ties keep their order,
/// as `navigator.languages` does) that one of `available` matches.
pub fn from_accept_language<'a>(header: &str, available: impl Iterator<Item = &'a str> + Clone) -> Option<String> {
    let mut wanted: Vec<(&str, f32)> = header
        .split(',')
        .filter_map(|item| {
            let mut parts = item.split(';');
            let tag = parts.next()?.trim();
            let q = parts
                .filter_map(|p| p.trim().strip_prefix("q="))
                .find_map(|q| q.trim().parse::<f32>().ok())
                .unwrap_or(1.0);
            (!tag.is_empty() && tag != "*" && q > 0.0).then_some((tag, q))
        })
        .collect();
    wanted.sort_by(|a, b| b.1.total_cmp(&a.1));
    wanted.iter().find_map(|(tag, _)| best_match(tag, available.clone()))
}

#[cfg(test)]
mod tests {
    use super::*;

    const AVAILABLE: [&str; 4] = ["en-GB", "pl", "pa", "ur"];

    #[test]
    fn the_source_language_comes_first_then_the_others_by_tag() {
        let mut tags = ["ur", "en-GB", "ar", "pl", "bn"];
        tags.sort_by_key(|t| app_order(t));
        assert_eq!(tags, ["en-GB", "ar", "bn", "pl", "ur"]);
    }

    #[test]
    fn the_shell_language_list_reads_back_what_was_written() {
        let list = vec![
            Offered {
                tag: "en-GB".into(),
                name: "English".into(),
                file: "/l/en.ftl".into(),
                later: Some("/l/en-later.ftl".into()),
            },
            Offered { tag: "ur".into(), name: "اردو|;\"".into(), file: "/l/ur.ftl".into(), later: None },
        ];
        let meta = Offered::to_meta(&list);
        assert_eq!(meta, "en-GB|English|/l/en.ftl|/l/en-later.ftl;ur|اردو|/l/ur.ftl");
        let read = Offered::parse_meta(&meta);
        assert_eq!(read[0], list[0]);
        assert_eq!((read[1].tag.as_str(), read[1].name.as_str(), read[1].later.as_deref()), ("ur", "اردو", None));
        assert!(Offered::parse_meta("").is_empty());
        assert!(Offered::parse_meta("pl|Polski;|x|/f.ftl").is_empty());
    }

    #[test]
    fn arabic_and_urdu_are_right_to_left_and_the_others_are_not() {
        for tag in ["ar", "ur", "ur-PK", "fa"] {
            assert!(is_rtl(tag), "{tag}");
        }
        for tag in ["en-GB", "pl", "pa", "bn", "ro"] {
            assert!(!is_rtl(tag), "{tag}");
        }
    }

    #[test]
    fn exact_then_primary_language() {
        let av = AVAILABLE.iter().copied();
        assert_eq!(best_match("pl-PL", av.clone()), Some("pl".into()));
        assert_eq!(best_match("en-US", av.clone()), Some("en-GB".into()));
        assert_eq!(best_match("UR", av.clone()), Some("ur".into()));
        assert_eq!(best_match("de", av), None);
    }

    #[test]
    fn accept_language_takes_the_highest_q_that_is_on_offer() {
        let av = AVAILABLE.iter().copied();
        assert_eq!(from_accept_language("pl-PL,pl;q=0.9,en-GB;q=0.8", av.clone()), Some("pl".into()));
        assert_eq!(from_accept_language("de-DE,de;q=0.9,ur;q=0.5", av.clone()), Some("ur".into()));
        assert_eq!(from_accept_language("en;q=0.2, pa;q=0.7", av.clone()), Some("pa".into()));
        assert_eq!(from_accept_language("pl;q=0, en-US", av.clone()), Some("en-GB".into()));
    }

    #[test]
    fn accept_language_with_nothing_on_offer_or_garbage_chooses_nothing() {
        let av = AVAILABLE.iter().copied();
        assert_eq!(from_accept_language("", av.clone()), None);
        assert_eq!(from_accept_language("*", av.clone()), None);
        assert_eq!(from_accept_language("de, fr;q=0.5", av.clone()), None);
        assert_eq!(from_accept_language(";;,,q=;", av), None);
    }
}
