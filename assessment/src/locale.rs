//! Choosing a language from what a browser asks for, and which way it is written. Shared by the
//! app (`navigator.languages`), the server (the `Accept-Language` header: the shell in that
//! language, with its words preloaded) and the build (one shell per language), so all three
//! make the same choice.

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
