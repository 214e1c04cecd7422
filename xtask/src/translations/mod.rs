//! `cargo xtask translations`: hand the words to a translator or native-speaker reviewer and
//! take them back safely (issue 16).
//!
//! - `export <lang>` writes an XLIFF 2.0 file: one `<unit>` per Fluent message or attribute
//!   (named by its reference, `q-falls.no`), one `<segment>` per variant (`perspective.other`,
//!   `count.few`, or `text`), the English source, the current translation and its state
//!   (`initial`, `translated`, `final` when reviewed against today's English; a stale review
//!   is `translated` with `subState="xtask:stale"`). Placeholders (`{ $name }`) are `<ph>`
//!   codes a translation tool protects. Notes give the file and group, what the message is for
//!   (the question it belongs to, the rule and route of a reason), each variant's meaning, and
//!   the language's plural categories.
//! - `import <lang> <file>` checks every returned unit (known message, variant structure and
//!   plural categories, placeholders, no stray braces, Fluent syntax, length) and, only if all
//!   pass, rewrites the changed messages in `locales/<lang>/*.ftl` in place (comments and the
//!   other messages untouched). `--reviewed-by <role>` records units marked `reviewed` or
//!   `final` in `locales/<lang>/review.toml`; a message whose text changed without review loses
//!   its record.
//! - `stale [lang]` lists reviewed messages whose English has changed since (fails if any).
//! - `gate [lang]` says which languages' start pages show the "not yet checked" notice, and
//!   which safety-critical messages (`content/safety-critical.toml`) keep it there
//!   (see `safety.rs`).

mod flat;
pub mod review;
pub mod safety;

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use assessment::Perspective;
use fluent_syntax::ast;

use flat::{Flat, Leaf, Piece, Step};
use review::{Record, Reviews, Status};

const SOURCE: &str = assessment::content::SOURCE_LOCALE;

pub fn cli(root: &Path, args: &[String]) -> Result<(), String> {
    let value = |name: &str| args.iter().position(|a| a == name).and_then(|i| args.get(i + 1)).cloned();
    let flag = |name: &str| args.iter().any(|a| a == name);
    // Positional arguments: those that are neither flags nor flag values.
    let mut positional = Vec::new();
    let mut skip = false;
    for a in args.iter().skip(1) {
        if skip {
            skip = false;
        } else if a == "--out" || a == "--reviewed-by" || a == "--locales" {
            skip = true;
        } else if !a.starts_with("--") {
            positional.push(a.clone());
        }
    }
    // `--locales DIR` works on another copy of the words (the tests use one).
    let locales = value("--locales").map(PathBuf::from).unwrap_or_else(|| root.join("locales"));
    match (args.first().map(String::as_str), positional.as_slice()) {
        (Some("export"), [lang]) => {
            let out = value("--out").map(PathBuf::from).unwrap_or_else(|| root.join(format!("target/translations/{lang}.xlf")));
            let xliff = export(root, &locales, lang)?;
            if let Some(dir) = out.parent() {
                std::fs::create_dir_all(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
            }
            std::fs::write(&out, xliff).map_err(|e| format!("{}: {e}", out.display()))?;
            println!("{lang}: written to {}", out.display());
            Ok(())
        }
        (Some("import"), [lang, file]) => {
            let text = std::fs::read_to_string(file).map_err(|e| format!("{file}: {e}"))?;
            let report = import(&locales, lang, &text, value("--reviewed-by").as_deref(), flag("--dry-run"), &crate::review_pack::today())?;
            for w in &report.warnings {
                eprintln!("warning: {w}");
            }
            if !report.changed.is_empty() {
                println!("changed: {}", report.changed.join(", "));
            }
            println!(
                "{lang}: {} messages changed, {} reviews recorded, {} reviews dropped{}",
                report.changed.len(),
                report.reviewed.len(),
                report.dropped.len(),
                if flag("--dry-run") { " (dry run: nothing written)" } else { "" }
            );
            Ok(())
        }
        (Some("stale"), langs) => {
            let langs: Vec<String> = if langs.is_empty() { translated_locales(&locales)? } else { langs.to_vec() };
            let mut all = Vec::new();
            for lang in &langs {
                all.extend(stale(&locales, lang)?.into_iter().map(|s| format!("{lang}: {s}")));
            }
            if all.is_empty() {
                println!("no stale reviews ({})", langs.join(", "));
                Ok(())
            } else {
                Err(format!("{} reviewed translations are stale:\n{}", all.len(), all.join("\n")))
            }
        }
        (Some("gate"), langs) => {
            let langs: Vec<String> = if langs.is_empty() { translated_locales(&locales)? } else { langs.to_vec() };
            print!("{}", safety::report(&root.join("content"), &locales, &langs)?);
            Ok(())
        }
        _ => Err("usage: cargo xtask translations export LANG [--out FILE] | import LANG FILE [--reviewed-by ROLE] [--dry-run] | stale [LANG] | gate [LANG]  (each takes --locales DIR)".into()),
    }
}

/// Every locale folder but the source.
pub fn translated_locales(locales: &Path) -> Result<Vec<String>, String> {
    let mut out: Vec<String> = std::fs::read_dir(locales)
        .map_err(|e| format!("{}: {e}", locales.display()))?
        .filter_map(|e| e.ok())
        .filter(|e| e.path().is_dir())
        .map(|e| e.file_name().to_string_lossy().to_string())
        .filter(|t| t != SOURCE)
        .collect();
    out.sort();
    Ok(out)
}

/// One message as found in a locale folder.
#[derive(Clone)]
struct Entry {
    file: String,
    /// The `##` group it stands in.
    group: Option<String>,
    message: ast::Message<String>,
}

fn comment_text(c: &ast::Comment<String>) -> String {
    c.content.join("\n")
}

/// The messages of a locale folder in file and file order, and each file's text.
fn read_locale(dir: &Path) -> Result<(Vec<Entry>, BTreeMap<String, String>), String> {
    let mut entries = Vec::new();
    let mut texts = BTreeMap::new();
    if !dir.exists() {
        return Ok((entries, texts));
    }
    for path in crate::words::ftl_files(dir)? {
        let text = std::fs::read_to_string(&path).map_err(|e| format!("{}: {e}", path.display()))?;
        let file = path.file_name().unwrap().to_string_lossy().to_string();
        let resource = fluent_syntax::parser::parse(text.clone())
            .map_err(|(_, errs)| format!("{}: Fluent syntax errors: {errs:?}", path.display()))?;
        let mut group = None;
        for entry in resource.body {
            match entry {
                ast::Entry::GroupComment(c) => group = Some(comment_text(&c)),
                ast::Entry::Message(message) => {
                    entries.push(Entry { file: file.clone(), group: group.clone(), message })
                }
                _ => {}
            }
        }
        texts.insert(file, text);
    }
    Ok((entries, texts))
}

/// A message's patterns: its value (`id`) and attributes (`id.attr`).
fn patterns(m: &ast::Message<String>) -> Vec<(String, &ast::Pattern<String>)> {
    let id = &m.id.name;
    m.value
        .iter()
        .map(|v| (id.clone(), v))
        .chain(m.attributes.iter().map(|a| (format!("{id}.{}", a.id.name), &a.value)))
        .collect()
}

/// The language's cardinal plural categories, in CLDR order, with a few example numbers each.
pub fn plural_categories(tag: &str) -> Vec<(String, Vec<u32>)> {
    use intl_pluralrules::{PluralCategory, PluralRuleType, PluralRules};
    let langid: unic_langid::LanguageIdentifier = tag.parse().unwrap_or_default();
    let primary: unic_langid::LanguageIdentifier = tag.split('-').next().unwrap_or(tag).parse().unwrap_or_default();
    let rules = PluralRules::create(langid, PluralRuleType::CARDINAL)
        .or_else(|_| PluralRules::create(primary, PluralRuleType::CARDINAL));
    let Ok(rules) = rules else {
        return vec![("other".into(), vec![0, 1, 2])];
    };
    let mut found: BTreeMap<usize, Vec<u32>> = BTreeMap::new();
    for n in (0..=120u32).chain([1000, 1_000_000]) {
        if let Ok(cat) = rules.select(n) {
            let name = match cat {
                PluralCategory::ZERO => "zero",
                PluralCategory::ONE => "one",
                PluralCategory::TWO => "two",
                PluralCategory::FEW => "few",
                PluralCategory::MANY => "many",
                PluralCategory::OTHER => "other",
            };
            let i = flat::PLURAL_CATEGORIES.iter().position(|c| *c == name).unwrap();
            let e = found.entry(i).or_default();
            if e.len() < 4 {
                e.push(n);
            }
        }
    }
    // `other` is always there: Fluent needs it as the default, and fractions use it.
    found.entry(5).or_default();
    found.into_iter().map(|(i, ex)| (flat::PLURAL_CATEGORIES[i].to_string(), ex)).collect()
}

/// Where each content message is used, from the loaded model: the question it belongs to, the
/// rule and route of a reason, and so on.
fn contexts(root: &Path) -> BTreeMap<String, Vec<String>> {
    let mut out: BTreeMap<String, Vec<String>> = BTreeMap::new();
    let Ok(content) = assessment::content::load(&root.join("content"), &root.join("locales")) else {
        return out;
    };
    let en = crate::words::Words::read(&root.join("locales"), SOURCE).ok();
    let say = |r: &str| en.as_ref().and_then(|w| w.render(r, Perspective::Myself).ok()).unwrap_or_default();
    let q = &content.questionnaire;
    let total = q.questions.len();
    for s in &q.sections {
        out.entry(s.title.clone()).or_default().push(format!("Title of the section \"{}\"", s.id));
    }
    for (i, question) in q.questions.iter().enumerate() {
        let which = format!("question {} of {total} ({}), \"{}\"", i + 1, question.id, say(&question.text));
        out.entry(question.text.clone()).or_default().push(format!("The wording of {which}; it is the page heading"));
        if let Some(h) = &question.hint {
            out.entry(h.clone()).or_default().push(format!("The hint under {which}"));
        }
        for o in &question.options {
            let mut line = format!("An answer to {which}");
            if let Some(u) = &o.urgent {
                line.push_str(&format!("; choosing it shows the urgent page \"{u}\" at once"));
            }
            out.entry(o.label.clone()).or_default().push(line);
        }
    }
    for rule in &content.rules.rules {
        out.entry(rule.reason.clone()).or_default().push(format!(
            "A \"because you told us\" reason on the results page: rule {} suggests \"{}\" ({:?})",
            rule.id,
            say(&q.directory.route(&rule.route).map(|r| r.message.clone()).unwrap_or_default()),
            rule.priority
        ));
    }
    for r in &q.directory.routes {
        out.entry(r.message.clone())
            .or_default()
            .push(format!("The title of a route card on the results page ({})", r.id));
        out.entry(format!("{}.summary", r.message))
            .or_default()
            .push(format!("What the route \"{}\" offers", say(&r.message)));
        out.entry(format!("{}.next", r.message))
            .or_default()
            .push(format!("What happens next, on the route \"{}\"", say(&r.message)));
    }
    for s in &q.directory.services {
        out.entry(s.message.clone()).or_default().push(format!("The name of a service ({})", s.id));
        out.entry(format!("{}.description", s.message)).or_default().push(format!("What \"{}\" does", say(&s.message)));
        out.entry(format!("{}.hours", s.message)).or_default().push(format!("When \"{}\" is open", say(&s.message)));
    }
    out
}

fn variant_meaning(step: &Step, plural: &[(String, Vec<u32>)]) -> String {
    match (step.0.as_str(), step.1.as_str()) {
        ("$perspective", "self") => "the person is answering for themselves".into(),
        ("$perspective", "other") => "a relative or friend is answering about the person they help ({ $name })".into(),
        ("$perspective", "staff") => {
            "a call handler reads it out to a caller (start with the words for \"Ask the caller:\")".into()
        }
        (sel, key) => match plural.iter().find(|(c, _)| c == key) {
            Some((_, ex)) => format!(
                "when {sel} is a number in the plural category \"{key}\" (for example {})",
                ex.iter().map(|n| n.to_string()).collect::<Vec<_>>().join(", ")
            ),
            None => format!("when {sel} is {key}"),
        },
    }
}

fn xml(s: &str) -> String {
    crate::review_pack::esc(s)
}

/// The paths a translation of `src` needs: the translation's own structure when there is one
/// (a language may select where English does not), else English's; plural selectors take the
/// language's categories.
fn target_paths(src: &Flat, tr: Option<&Flat>, cats: &[String]) -> Vec<Vec<Step>> {
    let base = tr.filter(|t| !t.leaves.is_empty()).unwrap_or(src);
    let plural: BTreeSet<String> = flat::selectors(base)
        .into_iter()
        .filter(|(sel, keys)| sel != "$perspective" && flat::is_plural_keys(keys.iter().map(String::as_str)))
        .map(|(sel, _)| sel)
        .collect();
    let mut out: Vec<Vec<Step>> = Vec::new();
    for leaf in &base.leaves {
        let mut variants: Vec<Vec<Step>> = vec![Vec::new()];
        for (sel, key) in &leaf.path {
            let keys: Vec<String> = if plural.contains(sel) && flat::PLURAL_CATEGORIES.contains(&key.as_str()) {
                cats.to_vec()
            } else {
                vec![key.clone()]
            };
            variants = variants
                .into_iter()
                .flat_map(|v| {
                    keys.iter().map(move |k| {
                        let mut v = v.clone();
                        v.push((sel.clone(), k.clone()));
                        v
                    })
                })
                .collect();
        }
        for v in variants {
            if !out.contains(&v) {
                out.push(v);
            }
        }
    }
    out
}

/// The English leaf that a target path translates: the same key where English has it, else
/// English's default variant.
fn source_for<'a>(src: &'a Flat, path: &[Step]) -> Option<&'a Leaf> {
    let keys: BTreeMap<String, Vec<String>> = flat::selectors(src).into_iter().collect();
    src.leaves.iter().find(|leaf| {
        leaf.path.iter().all(|(sel, key)| match path.iter().find(|(s, _)| s == sel) {
            Some((_, k)) if keys.get(sel).is_some_and(|ks| ks.contains(k)) => k == key,
            _ => src.defaults.get(sel) == Some(key),
        })
    })
}

struct Codes {
    /// Code source → data id.
    data: Vec<(String, String)>,
    next_ph: usize,
}

impl Codes {
    fn data_id(&mut self, code: &str) -> String {
        if let Some((_, id)) = self.data.iter().find(|(c, _)| c == code) {
            return id.clone();
        }
        let id = format!("d{}", self.data.len() + 1);
        self.data.push((code.to_string(), id.clone()));
        id
    }

    /// Source pieces as XLIFF inline content, and the `ph` ids given to each code in order.
    fn source(&mut self, pieces: &[Piece]) -> (String, Vec<(String, String)>) {
        let mut out = String::new();
        let mut ids = Vec::new();
        for p in pieces {
            match p {
                Piece::Text(t) => out.push_str(&xml(t)),
                Piece::Code(c) => {
                    self.next_ph += 1;
                    let (id, data) = (self.next_ph.to_string(), self.data_id(c));
                    let _ = write!(out, "<ph id=\"{id}\" dataRef=\"{data}\" disp=\"{}\"/>", xml(c));
                    ids.push((c.clone(), id));
                }
            }
        }
        (out, ids)
    }

    /// Target pieces: a code takes the id of the same code in the source where it can.
    fn target(&mut self, pieces: &[Piece], mut source_ids: Vec<(String, String)>) -> String {
        let mut out = String::new();
        for p in pieces {
            match p {
                Piece::Text(t) => out.push_str(&xml(t)),
                Piece::Code(c) => {
                    let data = self.data_id(c);
                    let id = match source_ids.iter().position(|(sc, _)| sc == c) {
                        Some(i) => source_ids.remove(i).1,
                        None => {
                            self.next_ph += 1;
                            format!("t{}", self.next_ph)
                        }
                    };
                    let _ = write!(out, "<ph id=\"{id}\" dataRef=\"{data}\" disp=\"{}\"/>", xml(c));
                }
            }
        }
        out
    }
}

pub fn export(root: &Path, locales: &Path, lang: &str) -> Result<String, String> {
    if lang == SOURCE {
        return Err(format!("{SOURCE} is the source language: export another"));
    }
    let (english, _) = read_locale(&locales.join(SOURCE))?;
    let (translated, _) = read_locale(&locales.join(lang))?;
    let reviews = Reviews::read(&locales.join(lang))?;
    let plural = plural_categories(lang);
    let cats: Vec<String> = plural.iter().map(|(c, _)| c.clone()).collect();
    let contexts = contexts(root);
    // Messages whose review takes the "not yet checked" notice off the start page.
    let critical = safety::Gate::read(&root.join("content"), locales).map(|g| g.critical).unwrap_or_default();
    let by_id: BTreeMap<&str, &Entry> = translated.iter().map(|e| (e.message.id.name.as_str(), e)).collect();

    let mut out = format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n\
         <xliff xmlns=\"urn:oasis:names:tc:xliff:document:2.0\" version=\"2.0\" srcLang=\"{SOURCE}\" trgLang=\"{}\">\n",
        xml(lang)
    );
    let plural_note = plural
        .iter()
        .map(|(c, ex)| format!("{c} (e.g. {})", ex.iter().map(|n| n.to_string()).collect::<Vec<_>>().join(", ")))
        .collect::<Vec<_>>()
        .join("; ");
    let mut files: Vec<&str> = Vec::new();
    for e in &english {
        if !files.contains(&e.file.as_str()) {
            files.push(&e.file);
        }
    }
    for file in files {
        let _ = write!(
            out,
            " <file id=\"{id}\" original=\"locales/{SOURCE}/{file}\">\n  <notes>\n   \
             <note category=\"instructions\">Translate each segment. Codes such as {{ $name }} are placeholders: keep them, \
             move them where the sentence needs them, never translate or type them. Each unit is one message; each segment \
             one variant of it (who is answering, or which plural form). Mark a segment reviewed or final when a native \
             speaker has checked it.</note>\n   \
             <note category=\"plural\">Plural categories in {lang}: {plural_note}.</note>\n  </notes>\n",
            id = xml(&file.trim_end_matches(".ftl").replace('.', "-")),
            file = xml(file),
            lang = xml(lang),
        );
        for entry in english.iter().filter(|e| e.file == file) {
            let id = entry.message.id.name.as_str();
            let tr_entry = by_id.get(id);
            let hash = review::english_hash(&entry.message);
            let status = review::status(&reviews, id, tr_entry.is_some(), &hash);
            for (reference, pattern) in patterns(&entry.message) {
                let src = flat::flatten(pattern);
                let tr_flat = tr_entry.and_then(|t| {
                    patterns(&t.message).into_iter().find(|(r, _)| *r == reference).map(|(_, p)| flat::flatten(p))
                });
                let paths = target_paths(&src, tr_flat.as_ref(), &cats);
                let mut notes = vec![format!(
                    "<note category=\"location\">locales/{lang}/{file}{}</note>",
                    entry.group.as_ref().map(|g| format!(", in the group \"{}\"", xml(g))).unwrap_or_default(),
                    lang = xml(lang),
                    file = xml(file)
                )];
                for c in contexts.get(&reference).into_iter().flatten() {
                    notes.push(format!("<note category=\"context\">{}</note>", xml(c)));
                }
                if let Some(c) = &entry.message.comment {
                    notes.push(format!("<note category=\"comment\">{}</note>", xml(&comment_text(c))));
                }
                let meanings: Vec<String> = paths
                    .iter()
                    .filter(|p| !p.is_empty())
                    .map(|p| {
                        format!(
                            "{}: {}",
                            flat::path_id(p),
                            p.iter().map(|s| variant_meaning(s, &plural)).collect::<Vec<_>>().join(", and ")
                        )
                    })
                    .collect();
                if !meanings.is_empty() {
                    notes.push(format!("<note category=\"variants\">{}</note>", xml(&meanings.join(" | "))));
                }
                let review_note = match &status {
                    Status::Missing => "Not translated yet.".to_string(),
                    Status::Unreviewed => "Translated; not yet reviewed by a native speaker.".to_string(),
                    Status::Reviewed(r) => format!("Reviewed by {} on {}.", r.reviewed_by, r.date),
                    Status::Stale(r) => {
                        format!(
                            "STALE: reviewed by {} on {}, but the English has changed since. Check again.",
                            r.reviewed_by, r.date
                        )
                    }
                };
                notes.push(format!("<note category=\"review\">{}</note>", xml(&review_note)));
                if critical.contains(id) {
                    notes.push(format!(
                        "<note category=\"safety\" priority=\"1\">Safety-critical (content/safety-critical.toml): until \
                         every safety-critical message is reviewed, the {lang} start page says the translation has not \
                         been checked by a native speaker. Check this one with particular care.</note>",
                        lang = xml(lang)
                    ));
                }

                let mut codes = Codes { data: Vec::new(), next_ph: 0 };
                let mut segments = String::new();
                for path in &paths {
                    let Some(source) = source_for(&src, path) else { continue };
                    let (source_xml, ids) = codes.source(&source.pieces);
                    let current = tr_flat.as_ref().and_then(|t| t.leaves.iter().find(|l| &l.path == path));
                    let (state, target) = match current {
                        None => ("state=\"initial\"", String::new()),
                        Some(leaf) => {
                            let state = match &status {
                                Status::Reviewed(_) => "state=\"final\"",
                                Status::Stale(_) => "state=\"translated\" subState=\"xtask:stale\"",
                                _ => "state=\"translated\"",
                            };
                            (
                                state,
                                format!(
                                    "\n     <target xml:space=\"preserve\">{}</target>",
                                    codes.target(&leaf.pieces, ids)
                                ),
                            )
                        }
                    };
                    let _ = write!(
                        segments,
                        "    <segment id=\"{}\" {state}>\n     <source xml:space=\"preserve\">{source_xml}</source>{target}\n    </segment>\n",
                        xml(&flat::path_id(path))
                    );
                }
                let data: String = codes
                    .data
                    .iter()
                    .map(|(code, id)| format!("    <data id=\"{id}\">{}</data>\n", xml(code)))
                    .collect();
                let data = if data.is_empty() {
                    String::new()
                } else {
                    format!("   <originalData>\n{data}   </originalData>\n")
                };
                let _ = write!(
                    out,
                    "  <unit id=\"{r}\" name=\"{r}\">\n   <notes>\n    {}\n   </notes>\n{data}{segments}  </unit>\n",
                    notes.join("\n    "),
                    r = xml(&reference)
                );
            }
        }
        out.push_str(" </file>\n");
    }
    out.push_str("</xliff>\n");
    Ok(out)
}

/// One segment as it came back.
#[derive(Debug, Default, Clone)]
struct Returned {
    id: String,
    state: String,
    /// The English as it was when the file was exported.
    source: Vec<Piece>,
    target: Option<Vec<Piece>>,
}

/// The units of an XLIFF 2.0 file: reference → segments, in file order.
fn read_xliff(text: &str) -> Result<Vec<(String, Vec<Returned>)>, String> {
    use quick_xml::events::Event;
    let mut reader = quick_xml::Reader::from_str(text);
    reader.config_mut().trim_text(false);
    let mut units: Vec<(String, Vec<Returned>)> = Vec::new();
    let mut data: BTreeMap<String, String> = BTreeMap::new();
    let mut data_id: Option<String> = None;
    let mut data_text = String::new();
    let mut seg: Option<Returned> = None;
    let mut in_target = false;
    let mut in_source = false;
    let mut pieces: Vec<Piece> = Vec::new();
    let mut src_pieces: Vec<Piece> = Vec::new();
    let pos = |r: &quick_xml::Reader<&[u8]>| r.buffer_position();
    let attr = |e: &quick_xml::events::BytesStart, name: &str| -> Option<String> {
        e.attributes()
            .flatten()
            .find(|a| a.key.as_ref() == name.as_bytes())
            .and_then(|a| a.unescape_value().ok())
            .map(|v| v.to_string())
    };
    let push_text = |pieces: &mut Vec<Piece>, t: &str| match pieces.last_mut() {
        Some(Piece::Text(s)) => s.push_str(t),
        _ => pieces.push(Piece::Text(t.to_string())),
    };
    loop {
        let event = reader
            .read_event()
            .map_err(|e| format!("the XLIFF file is not well-formed XML at byte {}: {e}", pos(&reader)))?;
        // Text, CDATA and entities go to the same place: the target or source being read, or
        // the `<originalData>` entry; elsewhere they are ignored.
        let text = match &event {
            Event::Text(t) => Some(t.decode().map_err(|e| e.to_string())?.into_owned()),
            Event::CData(t) => Some(t.decode().map_err(|e| e.to_string())?.into_owned()),
            Event::GeneralRef(r) => Some(match r.resolve_char_ref().map_err(|e| e.to_string())? {
                Some(c) => c.to_string(),
                None => match r.decode().map_err(|e| e.to_string())?.as_ref() {
                    "amp" => "&".into(),
                    "lt" => "<".into(),
                    "gt" => ">".into(),
                    "quot" => "\"".into(),
                    "apos" => "'".into(),
                    other => return Err(format!("unknown entity &{other};")),
                },
            }),
            _ => None,
        };
        if let Some(s) = text {
            if in_target {
                push_text(&mut pieces, &s);
            } else if in_source {
                push_text(&mut src_pieces, &s);
            } else if data_id.is_some() {
                data_text.push_str(&s);
            }
            continue;
        }
        match event {
            Event::Eof => break,
            Event::Start(ref e) | Event::Empty(ref e) if !in_target && !in_source => {
                let opens = matches!(event, Event::Start(_));
                match e.local_name().as_ref() {
                    b"unit" => {
                        let name = attr(e, "name").or_else(|| attr(e, "id")).ok_or("a <unit> has no name")?;
                        units.push((name, Vec::new()));
                        data.clear();
                    }
                    b"data" => {
                        data_id = attr(e, "id");
                        data_text.clear();
                    }
                    b"segment" => {
                        seg = Some(Returned {
                            id: attr(e, "id").unwrap_or_default(),
                            state: attr(e, "state").unwrap_or_else(|| "initial".into()),
                            source: Vec::new(),
                            target: None,
                        });
                    }
                    b"source" => {
                        src_pieces.clear();
                        in_source = opens;
                    }
                    b"target" => {
                        pieces.clear();
                        in_target = opens;
                        if !opens {
                            if let Some(s) = seg.as_mut() {
                                s.target = Some(Vec::new());
                            }
                        }
                    }
                    _ => {}
                }
            }
            Event::Empty(e) if in_target || in_source => match e.local_name().as_ref() {
                b"ph" => {
                    let code = attr(&e, "dataRef")
                        .and_then(|d| data.get(&d).cloned())
                        .or_else(|| attr(&e, "equiv"))
                        .or_else(|| attr(&e, "disp"))
                        .ok_or("a <ph> names no code")?;
                    if in_target {
                        pieces.push(Piece::Code(code));
                    } else {
                        src_pieces.push(Piece::Code(code));
                    }
                }
                _ if in_source => {}
                other => {
                    return Err(format!(
                        "a target holds <{}>, which this import does not take",
                        String::from_utf8_lossy(other)
                    ));
                }
            },
            Event::Start(_) if in_source => {}
            Event::Start(e) if in_target => {
                return Err(format!(
                    "a target holds <{}>, which this import does not take",
                    String::from_utf8_lossy(e.local_name().as_ref())
                ));
            }
            Event::End(e) => match e.local_name().as_ref() {
                b"target" => {
                    in_target = false;
                    if let Some(s) = seg.as_mut() {
                        s.target = Some(std::mem::take(&mut pieces));
                    }
                }
                b"source" => {
                    in_source = false;
                    if let Some(s) = seg.as_mut() {
                        s.source = std::mem::take(&mut src_pieces);
                    }
                }
                b"data" => {
                    if let Some(id) = data_id.take() {
                        data.insert(id, std::mem::take(&mut data_text));
                    }
                }
                b"segment" => {
                    if let (Some(s), Some(unit)) = (seg.take(), units.last_mut()) {
                        unit.1.push(s);
                    }
                }
                _ => {}
            },
            _ => {}
        }
    }
    Ok(units)
}

#[derive(Debug, Default)]
pub struct Report {
    pub changed: Vec<String>,
    pub reviewed: Vec<String>,
    pub dropped: Vec<String>,
    pub warnings: Vec<String>,
}

/// Variables a pattern's leaves use anywhere (as codes or selectors), e.g. `$name`.
fn variables(flat: &Flat) -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    for leaf in &flat.leaves {
        for c in leaf.codes() {
            for part in c.split(|ch: char| !(ch.is_alphanumeric() || ch == '$' || ch == '-' || ch == '_')) {
                if part.starts_with('$') {
                    out.insert(part.to_string());
                }
            }
        }
        for (sel, _) in &leaf.path {
            out.insert(sel.clone());
        }
    }
    out
}

/// Checks one returned unit against its English pattern; the leaves to write, or the problems.
fn check_unit(
    reference: &str,
    src: &Flat,
    segments: &[Returned],
    plural: &[(String, Vec<u32>)],
    warnings: &mut Vec<String>,
) -> Result<Option<Vec<Leaf>>, Vec<String>> {
    let cats: Vec<String> = plural.iter().map(|(c, _)| c.clone()).collect();
    // A form for exactly one number ("one" in English, "zero" in Arabic) may leave the number out.
    let single = |key: &str| plural.iter().any(|(c, ex)| c == key && ex.len() == 1) || key.parse::<f64>().is_ok();
    let mut problems = Vec::new();
    let filled: Vec<&Returned> = segments
        .iter()
        .filter(|s| {
            s.target.as_ref().is_some_and(|t| !Leaf { path: vec![], pieces: t.clone() }.text().trim().is_empty())
        })
        .collect();
    if filled.is_empty() {
        return Ok(None);
    }
    if filled.len() != segments.len() {
        let empty: Vec<&str> =
            segments.iter().filter(|s| !filled.iter().any(|f| f.id == s.id)).map(|s| s.id.as_str()).collect();
        problems.push(format!(
            "{reference}: segments {} have no translation (translate every variant, or none)",
            empty.join(", ")
        ));
    }
    let allowed = variables(src);
    let src_sels: BTreeMap<String, Vec<String>> = flat::selectors(src).into_iter().collect();
    let mut leaves = Vec::new();
    for seg in &filled {
        let path = match flat::parse_path_id(&seg.id) {
            Ok(p) => p,
            Err(e) => {
                problems.push(format!("{reference}: {e}"));
                continue;
            }
        };
        let pieces = seg.target.clone().unwrap_or_default();
        let leaf = Leaf { path, pieces };
        let text: String =
            leaf.pieces.iter().filter_map(|p| if let Piece::Text(t) = p { Some(t.as_str()) } else { None }).collect();
        if text.contains('{') || text.contains('}') {
            problems.push(format!(
                "{reference} [{}]: has a brace typed as text; placeholders must stay the protected codes",
                seg.id
            ));
        }
        for (sel, _) in &leaf.path {
            if !allowed.contains(sel) {
                problems.push(format!("{reference} [{}]: selects on {sel}, which the English never uses", seg.id));
            }
        }
        let here = variables(&Flat { leaves: vec![leaf.clone()], defaults: BTreeMap::new() });
        for v in here.iter().filter(|v| !allowed.contains(*v)) {
            problems.push(format!(
                "{reference} [{}]: uses {v}, which the English does not (the app never passes it)",
                seg.id
            ));
        }
        if let Some(source) = source_for(src, &leaf.path) {
            // Each English placeholder must be kept, except a plural's own number (“1 kind”).
            for code in source.codes() {
                let plural_number = leaf.path.iter().any(|(sel, key)| code.contains(sel.as_str()) && single(key));
                if !leaf.codes().contains(&code) && !plural_number {
                    // A name may become a pronoun; any other value (a number, a code) must stay.
                    if code.contains("$name") {
                        warnings.push(format!("{reference} [{}]: the placeholder {code} is not used", seg.id));
                    } else {
                        problems.push(format!("{reference} [{}]: the placeholder {code} is missing", seg.id));
                    }
                }
            }
            let (s, t) = (source.text().chars().count(), leaf.text().chars().count());
            if t > 4 * s + 80 {
                problems.push(format!(
                    "{reference} [{}]: {t} characters against {s} in English: is this the right text?",
                    seg.id
                ));
            }
        }
        leaves.push(leaf);
    }
    // Structure: every leaf selects on the same things in the same order; perspective keys as
    // English; plural selectors cover the language's categories.
    let shape: BTreeSet<Vec<String>> = leaves.iter().map(|l| l.path.iter().map(|(s, _)| s.clone()).collect()).collect();
    if shape.len() > 1 {
        problems.push(format!("{reference}: the variants do not all select on the same things"));
    }
    let got = flat::selectors(&Flat { leaves: leaves.clone(), defaults: BTreeMap::new() });
    for (sel, keys) in &got {
        // Plural when English selects on it by plural category, or (where English does not
        // select on it) when the translation's keys include plural categories.
        let plural = sel != "$perspective"
            && match src_sels.get(sel) {
                Some(en) => flat::is_plural_keys(en.iter().map(String::as_str)),
                None => keys.iter().any(|k| flat::PLURAL_CATEGORIES.contains(&k.as_str())),
            };
        if plural {
            for c in cats.iter().filter(|c| !keys.contains(c)) {
                problems.push(format!("{reference}: the plural form \"{c}\" is missing"));
            }
            for k in keys.iter().filter(|k| k.parse::<f64>().is_err() && !cats.contains(k)) {
                problems.push(format!("{reference}: \"{k}\" is not a plural category of this language"));
            }
        } else if let Some(en_keys) = src_sels.get(sel) {
            let (a, b): (BTreeSet<&String>, BTreeSet<&String>) = (keys.iter().collect(), en_keys.iter().collect());
            if a != b {
                problems.push(format!("{reference}: the variants of {sel} must be {}", en_keys.join(", ")));
            }
        }
    }
    if problems.is_empty() {
        Ok(Some(leaves))
    } else {
        Err(problems)
    }
}

/// The lines of message `id` in a file's text: from its `id =` line to the line before the
/// next one that starts at column 0 (trailing blank lines left out).
fn message_span(text: &str, id: &str) -> Option<(usize, usize)> {
    let lines: Vec<&str> = text.split_inclusive('\n').collect();
    let start = lines.iter().position(|l| l.strip_prefix(id).is_some_and(|rest| rest.trim_start().starts_with('=')))?;
    let mut end = start + 1;
    // Continuation lines are indented; a select's closing brace and variant keys may not be.
    let continues = |l: &str| l.trim().is_empty() || l.starts_with([' ', '}', '[', '*', '.']);
    while end < lines.len() && continues(lines[end]) {
        end += 1;
    }
    while end > start + 1 && lines[end - 1].trim().is_empty() {
        end -= 1;
    }
    let offset = |i: usize| lines[..i].iter().map(|l| l.len()).sum::<usize>();
    Some((offset(start), offset(end)))
}

fn same_leaves(a: &[Leaf], b: &[Leaf]) -> bool {
    let key = |l: &[Leaf]| {
        let mut v: Vec<(String, String)> = l.iter().map(|x| (flat::path_id(&x.path), x.text())).collect();
        v.sort();
        v
    };
    key(a) == key(b)
}

/// The Fluent source of a message (no comment), as the serializer writes it.
fn message_source(m: &ast::Message<String>) -> String {
    let mut m = m.clone();
    m.comment = None;
    fluent_syntax::serializer::serialize(&ast::Resource { body: vec![ast::Entry::Message(m)] })
}

fn parse_pattern(source: &str) -> Result<ast::Pattern<String>, String> {
    let text = format!("x = {source}\n");
    let res = fluent_syntax::parser::parse(text).map_err(|(_, e)| format!("Fluent syntax: {e:?}"))?;
    match res.body.into_iter().next() {
        Some(ast::Entry::Message(m)) => m.value.ok_or_else(|| "empty".to_string()),
        _ => Err("not a message".into()),
    }
}

pub fn import(
    locales: &Path,
    lang: &str,
    text: &str,
    reviewed_by: Option<&str>,
    dry_run: bool,
    date: &str,
) -> Result<Report, String> {
    if lang == SOURCE {
        return Err(format!("{SOURCE} is the source language"));
    }
    if let Some(role) = reviewed_by {
        if !review::ROLES.contains(&role) {
            return Err(format!("--reviewed-by \"{role}\" is not one of {}", review::ROLES.join(", ")));
        }
    }
    let dir = locales.join(lang);
    let (english, _) = read_locale(&locales.join(SOURCE))?;
    let (translated, mut files) = read_locale(&dir)?;
    let mut reviews = Reviews::read(&dir)?;
    let plural = plural_categories(lang);
    let units = read_xliff(text)?;

    let en_patterns: BTreeMap<String, (&Entry, Flat)> = english
        .iter()
        .flat_map(|e| patterns(&e.message).into_iter().map(move |(r, p)| (r, (e, flat::flatten(p)))))
        .collect();
    let mut problems = Vec::new();
    let mut report = Report::default();
    // Message id → (reference → new leaves), and whether every unit of it came back reviewed.
    let mut new: BTreeMap<String, BTreeMap<String, Vec<Leaf>>> = BTreeMap::new();
    let mut review_marks: BTreeMap<String, bool> = BTreeMap::new();
    for (reference, segments) in &units {
        let Some((entry, src)) = en_patterns.get(reference) else {
            problems
                .push(format!("{reference}: no such English message (the file is older or newer than the English)"));
            continue;
        };
        let id = entry.message.id.name.clone();
        // A translation of English that has changed since the export is not taken.
        let moved: Vec<&str> = segments
            .iter()
            .filter(|seg| seg.target.is_some())
            .filter(|seg| {
                let was = Leaf { path: vec![], pieces: seg.source.clone() }.text();
                let now = flat::parse_path_id(&seg.id).ok().and_then(|p| source_for(src, &p).map(|l| l.text()));
                now.is_some_and(|now| now != was)
            })
            .map(|seg| seg.id.as_str())
            .collect();
        if !moved.is_empty() {
            report.warnings.push(format!(
                "{reference}: skipped, the English of {} changed since this file was exported: export again",
                moved.join(", ")
            ));
            review_marks.insert(id, false);
            continue;
        }
        let marked = !segments.is_empty() && segments.iter().all(|s| s.state == "reviewed" || s.state == "final");
        let e = review_marks.entry(id.clone()).or_insert(true);
        *e &= marked;
        match check_unit(reference, src, segments, &plural, &mut report.warnings) {
            Ok(Some(leaves)) => {
                new.entry(id).or_default().insert(reference.clone(), leaves);
            }
            Ok(None) => {}
            Err(mut p) => problems.append(&mut p),
        }
    }
    if !problems.is_empty() {
        return Err(format!("nothing was written: {} problems\n{}", problems.len(), problems.join("\n")));
    }

    let current: BTreeMap<&str, &Entry> = translated.iter().map(|e| (e.message.id.name.as_str(), e)).collect();
    let order: Vec<&Entry> = english.iter().collect();
    for (id, refs) in &new {
        let en_entry = order.iter().find(|e| e.message.id.name == *id).unwrap();
        let old = current.get(id.as_str()).map(|e| e.message.clone());
        // Start from the current translation (or an empty message) and replace what came back.
        let mut message = old.clone().unwrap_or(ast::Message {
            id: en_entry.message.id.clone(),
            value: None,
            attributes: vec![],
            comment: None,
        });
        for (reference, leaves) in refs {
            let (_, src) = &en_patterns[reference];
            let existing = patterns(&message).into_iter().find(|(r, _)| r == reference).map(|(_, p)| flat::flatten(p));
            // The same words in the same variants: keep the pattern as written.
            if existing.as_ref().is_some_and(|e| same_leaves(&e.leaves, leaves)) {
                continue;
            }
            let mut defaults = src.defaults.clone();
            if let Some(e) = &existing {
                defaults.extend(e.defaults.clone());
            }
            let pattern = parse_pattern(&flat::rebuild(leaves, &defaults)).map_err(|e| format!("{reference}: {e}"))?;
            match reference.split_once('.') {
                None => message.value = Some(pattern),
                Some((_, attr)) => match message.attributes.iter_mut().find(|a| a.id.name == attr) {
                    Some(a) => a.value = pattern,
                    None => message
                        .attributes
                        .push(ast::Attribute { id: ast::Identifier { name: attr.to_string() }, value: pattern }),
                },
            }
        }
        // Attributes in the English order.
        let en_attrs: Vec<&str> = en_entry.message.attributes.iter().map(|a| a.id.name.as_str()).collect();
        message.attributes.sort_by_key(|a| en_attrs.iter().position(|x| *x == a.id.name).unwrap_or(usize::MAX));
        let changed = old.as_ref().map(message_source) != Some(message_source(&message));
        let hash = review::english_hash(&en_entry.message);
        let marked = review_marks.get(id).copied().unwrap_or(false);
        match (marked, reviewed_by) {
            (true, Some(role)) => {
                let fresh = matches!(review::status(&reviews, id, true, &hash), Status::Reviewed(_));
                if changed || !fresh {
                    reviews
                        .messages
                        .insert(id.clone(), Record { reviewed_by: role.into(), date: date.into(), english: hash });
                    report.reviewed.push(id.clone());
                }
            }
            (true, None) => {
                if !matches!(review::status(&reviews, id, true, &hash), Status::Reviewed(_)) {
                    report.warnings.push(format!("{id}: marked reviewed, but not recorded (pass --reviewed-by ROLE)"));
                }
                if changed && reviews.messages.remove(id).is_some() {
                    report.dropped.push(id.clone());
                }
            }
            (false, _) => {
                if changed && reviews.messages.remove(id).is_some() {
                    report.dropped.push(id.clone());
                }
            }
        }
        if !changed {
            continue;
        }
        report.changed.push(id.clone());
        let source = message_source(&message);
        let file = en_entry.file.clone();
        let text = files.entry(file.clone()).or_default();
        let source = format!("{}\n", source.trim_end_matches('\n'));
        match message_span(text, id) {
            // The span ends after its last line's newline.
            Some((a, b)) => text.replace_range(a..b, &source),
            None => {
                // After the nearest earlier English message this file has, else at the end;
                // set off by a blank line where the neighbours are.
                let pos = order.iter().position(|e| e.message.id.name == *id).unwrap();
                let anchor = order[..pos]
                    .iter()
                    .rev()
                    .filter(|e| e.file == file)
                    .find_map(|e| message_span(text, &e.message.id.name).map(|(_, b)| b));
                match anchor {
                    Some(b) if text[b..].starts_with('\n') => text.insert_str(b, &format!("\n{source}")),
                    Some(b) => text.insert_str(b, &source),
                    None => {
                        if !text.is_empty() && !text.ends_with('\n') {
                            text.push('\n');
                        }
                        text.push_str(&format!("\n{source}"));
                    }
                }
            }
        }
    }

    // The whole result must parse and render before anything is written.
    let mut bundle_texts = Vec::new();
    for (file, text) in &files {
        let res = fluent_syntax::parser::parse(text.clone())
            .map_err(|(_, e)| format!("{lang}/{file} would not parse: {e:?}"))?;
        let ids: Vec<String> = res
            .body
            .iter()
            .filter_map(|e| if let ast::Entry::Message(m) = e { Some(m.id.name.clone()) } else { None })
            .collect();
        let unique: BTreeSet<&String> = ids.iter().collect();
        if unique.len() != ids.len() {
            return Err(format!("{lang}/{file} would define a message twice"));
        }
        bundle_texts.push(text.clone());
    }
    let langid: unic_langid::LanguageIdentifier = lang.parse().map_err(|e| format!("{lang}: {e:?}"))?;
    let mut bundle = fluent_bundle::FluentBundle::new(vec![langid]);
    for t in bundle_texts {
        let r = fluent_bundle::FluentResource::try_new(t).map_err(|(_, e)| format!("{e:?}"))?;
        bundle.add_resource(r).map_err(|e| format!("{e:?}"))?;
    }
    for id in &report.changed {
        let msg = bundle.get_message(id).ok_or_else(|| format!("{id} vanished"))?;
        for p in Perspective::ALL {
            for n in [0, 1, 2, 5] {
                let mut args = fluent_bundle::FluentArgs::new();
                args.set("perspective", p.as_str());
                args.set("name", crate::words::SAMPLE_NAME);
                for v in ["count", "max", "section", "sections"] {
                    args.set(v, n);
                }
                let mut errors = Vec::new();
                let all: Vec<&ast::Pattern<&str>> =
                    msg.value().into_iter().chain(msg.attributes().map(|a| a.value())).collect();
                for pattern in all {
                    let _ = bundle.format_pattern(pattern, Some(&args), &mut errors);
                }
                if let Some(e) = errors.into_iter().find(|e| {
                    !matches!(
                        e,
                        fluent_bundle::FluentError::ResolverError(fluent_bundle::resolver::ResolverError::Reference(_))
                    )
                }) {
                    return Err(format!("{id} does not render ({}): {e:?}", p.as_str()));
                }
            }
        }
    }
    if !dry_run {
        std::fs::create_dir_all(&dir).map_err(|e| format!("{}: {e}", dir.display()))?;
        for (file, text) in &files {
            let path = dir.join(file);
            let before = std::fs::read_to_string(&path).unwrap_or_default();
            if &before != text {
                std::fs::write(&path, text).map_err(|e| format!("{}: {e}", path.display()))?;
            }
        }
        if !report.reviewed.is_empty() || !report.dropped.is_empty() {
            reviews.write(&dir)?;
        }
    }
    Ok(report)
}

/// Reviewed messages of `lang` whose English has changed since.
pub fn stale(locales: &Path, lang: &str) -> Result<Vec<String>, String> {
    let reviews = Reviews::read(&locales.join(lang))?;
    let (english, _) = read_locale(&locales.join(SOURCE))?;
    let hashes: BTreeMap<String, String> =
        english.iter().map(|e| (e.message.id.name.clone(), review::english_hash(&e.message))).collect();
    Ok(review::stale(&reviews, &hashes))
}

/// How far the review of a language has got: (English messages, translated, reviewed against
/// today's English, stale reviews).
pub fn review_summary(locales: &Path, lang: &str) -> Result<(usize, usize, usize, usize), String> {
    let reviews = Reviews::read(&locales.join(lang))?;
    let (english, _) = read_locale(&locales.join(SOURCE))?;
    let (translated, _) = read_locale(&locales.join(lang))?;
    let have: BTreeSet<&str> = translated.iter().map(|e| e.message.id.name.as_str()).collect();
    let (mut done, mut old) = (0, 0);
    for e in &english {
        let id = e.message.id.name.as_str();
        match review::status(&reviews, id, have.contains(id), &review::english_hash(&e.message)) {
            Status::Reviewed(_) => done += 1,
            Status::Stale(_) => old += 1,
            _ => {}
        }
    }
    let translated = english.iter().filter(|e| have.contains(e.message.id.name.as_str())).count();
    Ok((english.len(), translated, done, old))
}
