//! The stronger gate for safety-critical messages (issue 16).
//!
//! `content/safety-critical.toml` lists the messages about crisis, abuse, self-harm and urgent
//! help, by id or by pattern (`reason-self-harm-*`). Until every one of them is recorded as
//! reviewed against today's English in `locales/<lang>/review.toml`, that language "needs the
//! notice": its start page says, in the language and in English, that the translation has not
//! been checked by a native speaker yet, and gives the crisis numbers.
//!
//! The build decides this (`bundle/locales.rs`): a language that needs the notice gets the English
//! notice messages (`unchecked-*`) appended to its bundled words file after
//! [`assessment::locale::SOURCE_PART`]; the app reads them into an en-GB bundle of their own and
//! shows the notice only when they are there. So recording the review and rebuilding removes the
//! notice, with no code change; the app never reads review files.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use assessment::content::{ContentError, ContentErrors};
use serde::Deserialize;

use super::review::{self, Reviews, Status};

pub const FILE: &str = "safety-critical.toml";

/// The notice's own messages: `unchecked-title`, `unchecked-body`, … Shown only outside en-GB.
pub const NOTICE_PREFIX: &str = "unchecked-";

#[derive(Debug, Clone)]
pub struct Entry {
    /// A message id, or a pattern with `*`.
    pub pattern: String,
    pub line: usize,
}

#[derive(Debug, Clone)]
pub struct List {
    pub path: PathBuf,
    pub entries: Vec<Entry>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Raw {
    messages: Vec<toml::Spanned<String>>,
}

fn line_of(text: &str, offset: usize) -> usize {
    text[..offset.min(text.len())].bytes().filter(|&b| b == b'\n').count() + 1
}

/// `*` stands for any characters (none included); everything else matches itself.
pub fn matches(pattern: &str, id: &str) -> bool {
    let parts: Vec<&str> = pattern.split('*').collect();
    if parts.len() == 1 {
        return pattern == id;
    }
    let (first, last) = (parts[0], parts[parts.len() - 1]);
    if !id.starts_with(first) || !id[first.len()..].ends_with(last) || id.len() < first.len() + last.len() {
        return false;
    }
    let mut rest = &id[first.len()..id.len() - last.len()];
    for part in &parts[1..parts.len() - 1] {
        match rest.find(part) {
            Some(i) => rest = &rest[i + part.len()..],
            None => return false,
        }
    }
    true
}

impl List {
    /// `content/safety-critical.toml`.
    pub fn read(content_dir: &Path) -> Result<List, ContentErrors> {
        let path = content_dir.join(FILE);
        let text = std::fs::read_to_string(&path)
            .map_err(|e| ContentError::new(&path, None, "", format!("cannot be read: {e}")))?;
        List::parse(&path, &text)
    }

    pub fn parse(path: &Path, text: &str) -> Result<List, ContentErrors> {
        let raw: Raw = toml::from_str(text).map_err(|e| {
            let line = e.span().map(|s| line_of(text, s.start));
            let key = line.and_then(|l| text.lines().nth(l - 1)).map(|l| l.trim().to_string()).unwrap_or_default();
            ContentError::new(path, line, key, e.message().trim().to_string())
        })?;
        let mut errors = Vec::new();
        let mut entries: Vec<Entry> = Vec::new();
        for (i, m) in raw.messages.iter().enumerate() {
            let line = line_of(text, m.span().start);
            let pattern = m.get_ref().trim().to_string();
            let key = format!("messages[{i}] \"{pattern}\"");
            let ok_chars = pattern.chars().all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_' || c == '*');
            if pattern.is_empty() || !ok_chars || pattern.chars().all(|c| c == '*' || c == '-') {
                errors.push(ContentError::new(
                    path,
                    Some(line),
                    key,
                    "an entry is a message id (letters, digits, hyphens), with `*` for any characters",
                ));
            } else if let Some(first) = entries.iter().find(|e| e.pattern == pattern) {
                errors.push(ContentError::new(
                    path,
                    Some(line),
                    key,
                    format!("listed twice (first on line {})", first.line),
                ));
            } else {
                entries.push(Entry { pattern, line });
            }
        }
        if errors.is_empty() {
            Ok(List { path: path.to_path_buf(), entries })
        } else {
            Err(ContentErrors(errors))
        }
    }

    /// The English message ids the list names. Every entry must name at least one: an id
    /// English does not have, or a pattern that matches nothing, is an error with its line.
    pub fn resolve<'a>(
        &self,
        english: impl IntoIterator<Item = &'a str> + Clone,
    ) -> Result<BTreeSet<String>, ContentErrors> {
        let mut out = BTreeSet::new();
        let mut errors = Vec::new();
        let source = assessment::locale::SOURCE;
        for (i, e) in self.entries.iter().enumerate() {
            let found: Vec<&str> = english.clone().into_iter().filter(|id| matches(&e.pattern, id)).collect();
            if found.is_empty() {
                let what = if e.pattern.contains('*') {
                    format!("matches no message in locales/{source}/*.ftl")
                } else {
                    format!("no such message in locales/{source}/*.ftl")
                };
                errors.push(ContentError::new(
                    &self.path,
                    Some(e.line),
                    format!("messages[{i}] \"{}\"", e.pattern),
                    what,
                ));
            }
            out.extend(found.into_iter().map(str::to_string));
        }
        if errors.is_empty() {
            Ok(out)
        } else {
            Err(ContentErrors(errors))
        }
    }
}

/// Why a safety-critical message keeps a language's notice up.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Waiting {
    NotTranslated,
    NotReviewed,
    /// Reviewed, but the English has changed since.
    Stale,
}

impl Waiting {
    pub fn says(&self) -> &'static str {
        match self {
            Waiting::NotTranslated => "not translated",
            Waiting::NotReviewed => "not reviewed",
            Waiting::Stale => "reviewed, but the English changed since",
        }
    }
}

/// The safety-critical messages of one language that are not yet reviewed against today's
/// English, each with why. Empty: the language needs no notice.
pub fn waiting(
    critical: &BTreeSet<String>,
    english_hashes: &BTreeMap<String, String>,
    translated: &BTreeSet<String>,
    reviews: &Reviews,
) -> Vec<(String, Waiting)> {
    critical
        .iter()
        .filter_map(|id| {
            let hash = english_hashes.get(id).map(String::as_str).unwrap_or_default();
            match review::status(reviews, id, translated.contains(id), hash) {
                Status::Reviewed(_) => None,
                Status::Missing => Some((id.clone(), Waiting::NotTranslated)),
                Status::Unreviewed => Some((id.clone(), Waiting::NotReviewed)),
                Status::Stale(_) => Some((id.clone(), Waiting::Stale)),
            }
        })
        .collect()
}

/// The gate, read from the files: the safety-critical list, English, and each language.
pub struct Gate {
    /// The safety-critical message ids.
    pub critical: BTreeSet<String>,
    english_hashes: BTreeMap<String, String>,
    locales: PathBuf,
}

impl Gate {
    pub fn read(content_dir: &Path, locales: &Path) -> Result<Gate, String> {
        let list = List::read(content_dir).map_err(|e| e.to_string())?;
        let (english, _) = super::read_locale(&locales.join(assessment::locale::SOURCE))?;
        let english_hashes: BTreeMap<String, String> =
            english.iter().map(|e| (e.message.id.name.clone(), review::english_hash(&e.message))).collect();
        let critical = list.resolve(english_hashes.keys().map(String::as_str)).map_err(|e| e.to_string())?;
        Ok(Gate { critical, english_hashes, locales: locales.to_path_buf() })
    }

    /// What keeps `lang`'s notice up (nothing for the source language, which never shows it).
    pub fn waiting(&self, lang: &str) -> Result<Vec<(String, Waiting)>, String> {
        if lang == assessment::locale::SOURCE {
            return Ok(Vec::new());
        }
        let dir = self.locales.join(lang);
        let reviews = Reviews::read(&dir)?;
        let (translated, _) = super::read_locale(&dir)?;
        let translated: BTreeSet<String> = translated.into_iter().map(|e| e.message.id.name).collect();
        Ok(waiting(&self.critical, &self.english_hashes, &translated, &reviews))
    }

    pub fn needs_notice(&self, lang: &str) -> Result<bool, String> {
        Ok(!self.waiting(lang)?.is_empty())
    }
}

/// Takes the notice's messages (`unchecked-*`) out of a words file's text: (the rest, the
/// notice's messages). A message starts at the beginning of a line; its other lines are indented.
pub fn split_notice(ftl: &str) -> (String, String) {
    let mut rest = ftl.to_string();
    let mut notice = String::new();
    while let Some(id) = rest.lines().find_map(|l| {
        l.strip_prefix(NOTICE_PREFIX).map(|tail| {
            format!("{NOTICE_PREFIX}{}", tail.split(|c: char| c == '=' || c.is_whitespace()).next().unwrap_or(""))
        })
    }) {
        let Some((a, b)) = super::message_span(&rest, &id) else { break };
        notice.push_str(rest[a..b].trim_end_matches('\n'));
        notice.push('\n');
        rest.replace_range(a..b, "");
    }
    (rest, notice)
}

/// `cargo xtask translations gate [LANG…]`: for each language, whether its start page shows the
/// notice, and which safety-critical messages keep it there.
pub fn report(content_dir: &Path, locales: &Path, langs: &[String]) -> Result<String, String> {
    let gate = Gate::read(content_dir, locales)?;
    let mut out = format!("{} safety-critical messages (content/{FILE})\n", gate.critical.len());
    for lang in langs {
        let waiting = gate.waiting(lang)?;
        if waiting.is_empty() {
            out.push_str(&format!("{lang}: all reviewed: no notice on the start page\n"));
        } else {
            out.push_str(&format!(
                "{lang}: the start page shows the notice until these {} are reviewed:\n",
                waiting.len()
            ));
            for (id, why) in waiting {
                out.push_str(&format!("  {id} ({})\n", why.says()));
            }
        }
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use review::Record;

    fn root() -> PathBuf {
        PathBuf::from(env!("CARGO_MANIFEST_DIR")).parent().unwrap().to_path_buf()
    }

    #[test]
    fn the_notice_messages_come_out_of_a_words_file() {
        let ftl = "a = A\n## Notice\nunchecked-title = T\nunchecked-body =\n    B\n    C\n\nb = B\n    .x = X\nunchecked-x = Y\n";
        let (rest, notice) = split_notice(ftl);
        assert_eq!(rest, "a = A\n## Notice\n\nb = B\n    .x = X\n");
        assert_eq!(notice, "unchecked-title = T\nunchecked-body =\n    B\n    C\nunchecked-x = Y\n");
    }

    #[test]
    fn patterns_match_ids() {
        assert!(matches("q-self-harm", "q-self-harm"));
        assert!(!matches("q-self-harm", "q-self-harm-x"));
        assert!(matches("reason-self-harm-*", "reason-self-harm-past-support"));
        assert!(!matches("reason-self-harm-*", "reason-self-harm"));
        assert!(matches("urgent-*", "urgent-carry-on"));
        assert!(matches("*-999", "service-emergency-999"));
        assert!(matches("a*b*c", "a-x-b-y-c"));
        assert!(!matches("a*b*c", "a-x-c"));
        assert!(!matches("ab*ba", "aba"));
    }

    const ENGLISH: &[&str] = &["q-self-harm", "q-danger-now", "reason-self-harm-now", "start-title"];

    #[test]
    fn an_unknown_id_or_a_pattern_that_matches_nothing_names_file_line_and_entry() {
        let text = "# list\nmessages = [\n  \"q-self-harm\",\n  \"q-no-such-question\",\n  \"reason-self-harm-*\",\n  \"route-nowhere-*\",\n]\n";
        let list = List::parse(Path::new("content/safety-critical.toml"), text).unwrap();
        let err = list.resolve(ENGLISH.iter().copied()).unwrap_err().to_string();
        assert!(
            err.contains("content/safety-critical.toml:4: messages[1] \"q-no-such-question\": no such message in locales/en-GB/*.ftl"),
            "{err}"
        );
        assert!(
            err.contains("content/safety-critical.toml:6: messages[3] \"route-nowhere-*\": matches no message"),
            "{err}"
        );
        assert!(err.starts_with("2 problems"), "{err}");

        let ok = List::parse(Path::new("x.toml"), "messages = [\"q-self-harm\", \"reason-*\"]").unwrap();
        assert_eq!(
            ok.resolve(ENGLISH.iter().copied()).unwrap(),
            ["q-self-harm", "reason-self-harm-now"].map(String::from).into()
        );
    }

    #[test]
    fn a_malformed_list_is_refused_with_its_line() {
        let e = List::parse(Path::new("s.toml"), "messages = [\n  \"q-a\",\n  \"q a\",\n  \"q-a\",\n]\n")
            .unwrap_err()
            .to_string();
        assert!(e.contains("s.toml:3: messages[1] \"q a\""), "{e}");
        assert!(e.contains("s.toml:4: messages[2] \"q-a\": listed twice (first on line 2)"), "{e}");
        let e = List::parse(Path::new("s.toml"), "message = []\n").unwrap_err().to_string();
        assert!(e.contains("s.toml:1"), "{e}");
    }

    fn record(hash: &str) -> Record {
        Record { reviewed_by: "native-speaker".into(), date: "2026-12-07".into(), english: hash.into() }
    }

    #[test]
    fn the_notice_stays_until_every_safety_critical_message_is_reviewed_against_todays_english() {
        let critical: BTreeSet<String> = ["q-self-harm", "route-urgent-safety"].map(String::from).into();
        let hashes: BTreeMap<String, String> =
            [("q-self-harm", "h1"), ("route-urgent-safety", "h2"), ("start-title", "h3")]
                .map(|(a, b)| (a.to_string(), b.to_string()))
                .into();
        let translated: BTreeSet<String> = hashes.keys().cloned().collect();

        // All reviewed against today's English: no notice (an unreviewed other message does
        // not matter).
        let mut reviews = Reviews::default();
        reviews.messages.insert("q-self-harm".into(), record("h1"));
        reviews.messages.insert("route-urgent-safety".into(), record("h2"));
        assert_eq!(waiting(&critical, &hashes, &translated, &reviews), vec![]);

        // One stale (its English changed since): the notice is back.
        let mut stale = reviews.clone();
        stale.messages.insert("route-urgent-safety".into(), record("old"));
        assert_eq!(
            waiting(&critical, &hashes, &translated, &stale),
            vec![("route-urgent-safety".to_string(), Waiting::Stale)]
        );

        // One without a review record.
        let mut missing = reviews.clone();
        missing.messages.remove("q-self-harm");
        assert_eq!(
            waiting(&critical, &hashes, &translated, &missing),
            vec![("q-self-harm".to_string(), Waiting::NotReviewed)]
        );

        // One not translated at all (a record left over does not count).
        let mut fewer = translated.clone();
        fewer.remove("route-urgent-safety");
        assert_eq!(
            waiting(&critical, &hashes, &fewer, &reviews),
            vec![("route-urgent-safety".to_string(), Waiting::NotTranslated)]
        );
    }

    /// A copy of en-GB and pl with a `review.toml` from the fixture text.
    fn fixture(name: &str, review_toml: &str) -> PathBuf {
        let dir = root().join("target/safety-gate-test").join(name);
        let _ = std::fs::remove_dir_all(&dir);
        for tag in ["en-GB", "pl"] {
            std::fs::create_dir_all(dir.join(tag)).unwrap();
            for f in crate::words::ftl_files(&root().join("locales").join(tag)).unwrap() {
                std::fs::copy(&f, dir.join(tag).join(f.file_name().unwrap())).unwrap();
            }
        }
        std::fs::write(dir.join("pl").join(review::FILE), review_toml).unwrap();
        dir
    }

    #[test]
    fn reading_the_files_all_reviewed_then_one_stale_then_one_missing() {
        let content = root().join("content");
        let real = Gate::read(&content, &root().join("locales")).unwrap();
        assert!(!real.needs_notice("en-GB").unwrap(), "English never shows the notice");

        // A review.toml recording every safety-critical message against today's English.
        let mut all = Reviews::default();
        for id in &real.critical {
            all.messages.insert(id.clone(), record(&real.english_hashes[id]));
        }
        let locales = fixture("all", &all.to_toml());
        let gate = Gate::read(&content, &locales).unwrap();
        assert_eq!(gate.waiting("pl").unwrap(), vec![]);
        assert!(!gate.needs_notice("pl").unwrap());

        let mut stale = all.clone();
        stale.messages.insert("q-self-harm".into(), record("0123456789abcdef"));
        let locales = fixture("stale", &stale.to_toml());
        let gate = Gate::read(&content, &locales).unwrap();
        assert_eq!(gate.waiting("pl").unwrap(), vec![("q-self-harm".to_string(), Waiting::Stale)]);

        let mut missing = all.clone();
        missing.messages.remove("service-samaritans");
        let locales = fixture("missing", &missing.to_toml());
        let gate = Gate::read(&content, &locales).unwrap();
        assert_eq!(gate.waiting("pl").unwrap(), vec![("service-samaritans".to_string(), Waiting::NotReviewed)]);
        assert!(gate.needs_notice("pl").unwrap());
    }

    #[test]
    fn the_export_tells_a_reviewer_which_messages_are_safety_critical() {
        let xliff = super::super::export(&root(), &root().join("locales"), "pl").unwrap();
        let unit = |id: &str| {
            let start = xliff.find(&format!("<unit id=\"{id}\"")).unwrap_or_else(|| panic!("no unit {id}"));
            xliff[start..].split("</unit>").next().unwrap().to_string()
        };
        for id in ["q-self-harm", "q-self-harm.right-now", "service-samaritans", "unchecked-body"] {
            assert!(unit(id).contains("<note category=\"safety\" priority=\"1\">"), "{id}");
        }
        assert!(!unit("start-title").contains("category=\"safety\""));
    }

    /// Whatever can bring up an urgent page is on the list: questions with an urgent answer,
    /// the urgent routes, the reasons of rules leading to them and the services they list.
    #[test]
    fn the_list_covers_everything_urgent_in_the_content() {
        let content = assessment::content::load(&root().join("content"), &root().join("locales")).unwrap();
        let gate = Gate::read(&root().join("content"), &root().join("locales")).unwrap();
        let q = &content.questionnaire;
        let mut must: Vec<(String, String)> = Vec::new();
        let mut urgent_routes = BTreeSet::new();
        for question in &q.questions {
            for o in &question.options {
                if let Some(route) = &o.urgent {
                    urgent_routes.insert(route.clone());
                    must.push((question.text.clone(), format!("question {} has urgent answers", question.id)));
                }
            }
        }
        for r in &q.directory.routes {
            if urgent_routes.contains(&r.id) {
                must.push((r.message.clone(), format!("route {} is urgent", r.id)));
                for s in &r.services {
                    let s = q.directory.service(s).unwrap();
                    must.push((s.message.clone(), format!("service {} is on urgent route {}", s.id, r.id)));
                }
            }
        }
        for rule in &content.rules.rules {
            if urgent_routes.contains(&rule.route) {
                must.push((rule.reason.clone(), format!("rule {} leads to urgent route {}", rule.id, rule.route)));
            }
        }
        assert!(must.len() > 10);
        let id_of = |m: &str| m.split('.').next().unwrap().to_string();
        let missing: Vec<String> = must
            .into_iter()
            .filter(|(m, _)| !gate.critical.contains(&id_of(m)))
            .map(|(m, why)| format!("{} ({why})", id_of(&m)))
            .collect();
        assert!(missing.is_empty(), "add these to content/{FILE}:\n{}", missing.join("\n"));
        for n in ["unchecked-title", "service-emergency-999", "service-samaritans", "service-nhs-111-mental-health"] {
            assert!(gate.critical.contains(n), "{n}");
        }
    }
}
