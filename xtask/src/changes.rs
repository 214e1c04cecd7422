//! "What changed since version X" for the review pack: the current content against the newest
//! questionnaire in `content/archive/`.
//!
//! The archive keeps only `questionnaire.toml`. When the workspace is a git repository, the
//! rules, directory and English words that went with that questionnaire are found in history
//! (the newest commit whose `questionnaire.toml` is byte-for-byte the archived file), loaded
//! with the same loader, and compared in full: questions, options, conditions, rules, routes,
//! services and wording. Without that history, the questions and options are compared from
//! the archived file alone, and the pack says so.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::process::Command;

use assessment::handover::Shape;
use assessment::{Condition, Content, Perspective};
use serde_json::Value;

use crate::review_pack::{esc, Options};
use crate::words::Words;

/// Orders versions such as `2026-9.1` < `2026-11.1` by their numbers, then by the text.
fn version_key(v: &str) -> (Vec<u64>, String) {
    let numbers =
        v.split(|c: char| !c.is_ascii_digit()).filter(|s| !s.is_empty()).filter_map(|s| s.parse().ok()).collect();
    (numbers, v.to_string())
}

pub fn since_archive(opts: &Options, content: &Content, en: &Words) -> String {
    let Some(newest) = content.archive.iter().max_by_key(|a| version_key(&a.shape.version)) else {
        return format!(
            "<p>There is no earlier questionnaire in <code>content/archive/</code>, so there is nothing to compare \
             with: this pack describes version {} in full. When the version changes, the old \
             <code>questionnaire.toml</code> is copied into <code>content/archive/</code> (see \
             <code>content/README.md</code>), and the next pack lists what changed.</p>",
            esc(&content.questionnaire.version)
        );
    };
    let old_version = &newest.shape.version;
    let mut out = format!(
        "<p>Compared with version <strong>{}</strong>, the newest in <code>content/archive/</code> \
         (<code>{}</code>).</p>",
        esc(old_version),
        esc(&newest.file.file_name().map(|f| f.to_string_lossy().to_string()).unwrap_or_default())
    );
    match earlier_content(opts, &newest.file) {
        Ok(earlier) => {
            let _ = write!(
                out,
                "<p>The rules, services and words of that version were taken from the project's history \
                 (commit <code>{}</code>).</p>",
                esc(&earlier.commit[..earlier.commit.len().min(12)])
            );
            match &earlier.content {
                Ok(old) => out.push_str(&questions_diff(
                    &values(&old.questionnaire.questions),
                    &values(&content.questionnaire.questions),
                )),
                Err(why) => {
                    let _ = write!(
                        out,
                        "<p>That version's questions are compared from the archived file (ids, kinds, options and \
                         conditions), because {}</p>",
                        esc(why)
                    );
                    out.push_str(&questions_diff(
                        &shape_values(&newest.shape),
                        &shape_values(&Shape::of(&content.questionnaire)),
                    ));
                }
            }
            out.push_str(&tables_diff(opts, &earlier));
            out.push_str(&wording_diff(&earlier.words, en));
            let _ = std::fs::remove_dir_all(&earlier.dir);
        }
        Err(why) => {
            let _ = write!(
                out,
                "<p><strong>Only questions and options are compared</strong>: the archive keeps the questionnaire \
                 alone, and the rules, services and words that went with it could not be found ({}).</p>",
                esc(&why)
            );
            out.push_str(&questions_diff(
                &shape_values(&newest.shape),
                &shape_values(&Shape::of(&content.questionnaire)),
            ));
        }
    }
    out
}

/// The content files and English words as they were at an earlier commit.
struct Earlier {
    commit: String,
    /// Written here; removed once compared.
    dir: PathBuf,
    /// Loaded with today's loader, or why it did not load (rules may have grown stricter since).
    content: Result<Content, String>,
    words: Words,
}

fn git(root: &Path, args: &[&str]) -> Result<Vec<u8>, String> {
    let out =
        Command::new("git").current_dir(root).args(args).output().map_err(|e| format!("git cannot be run: {e}"))?;
    if out.status.success() {
        Ok(out.stdout)
    } else {
        Err(format!("git {}: {}", args.join(" "), String::from_utf8_lossy(&out.stderr).trim()))
    }
}

fn git_text(root: &Path, args: &[&str]) -> Result<String, String> {
    git(root, args).map(|b| String::from_utf8_lossy(&b).trim().to_string())
}

/// The content as it was when `questionnaire.toml` was last the archived file.
fn earlier_content(opts: &Options, archived: &Path) -> Result<Earlier, String> {
    let root = &opts.root;
    let rel = |p: &Path| -> Result<String, String> {
        let abs = p.canonicalize().map_err(|e| format!("{}: {e}", p.display()))?;
        let top = PathBuf::from(git_text(root, &["rev-parse", "--show-toplevel"])?);
        let top = top.canonicalize().unwrap_or(top);
        abs.strip_prefix(&top)
            .map(|r| r.to_string_lossy().replace('\\', "/"))
            .map_err(|_| format!("{} is outside the repository", p.display()))
    };
    let content_rel = rel(&opts.content_dir)?;
    let en_rel = rel(&opts.locales_dir.join(assessment::content::SOURCE_LOCALE))?;
    let q_rel = format!("{content_rel}/{}", assessment::content::QUESTIONNAIRE_FILE);
    let want = git_text(root, &["hash-object", &archived.to_string_lossy()])?;
    let commits = git_text(root, &["log", "--format=%H", "--", &format!(":/{q_rel}")])?;
    let commits: Vec<&str> = commits.lines().collect();
    let mut found = None;
    for (i, c) in commits.iter().enumerate() {
        if git_text(root, &["rev-parse", &format!("{c}:{q_rel}")]).ok().as_deref() == Some(want.as_str()) {
            // The newest commit with that file: the one before the next change to it.
            found = Some(if i == 0 {
                git_text(root, &["rev-parse", "HEAD"])?
            } else {
                git_text(root, &["rev-parse", &format!("{}^", commits[i - 1])])?
            });
            break;
        }
    }
    let commit = found.ok_or("no commit has that questionnaire.toml")?;
    let dir = std::env::temp_dir().join(format!(
        "review-pack-{}-{}",
        std::process::id(),
        std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map(|d| d.as_nanos()).unwrap_or(0)
    ));
    let content_dir = dir.join("content");
    let en_dir = dir.join("locales").join(assessment::content::SOURCE_LOCALE);
    let result = (|| {
        std::fs::create_dir_all(&content_dir).map_err(|e| e.to_string())?;
        std::fs::create_dir_all(&en_dir).map_err(|e| e.to_string())?;
        for f in [
            assessment::content::QUESTIONNAIRE_FILE,
            assessment::content::RULES_FILE,
            assessment::content::DIRECTORY_FILE,
        ] {
            let bytes = git(root, &["show", &format!("{commit}:{content_rel}/{f}")])?;
            std::fs::write(content_dir.join(f), bytes).map_err(|e| e.to_string())?;
        }
        let names = git_text(root, &["ls-tree", "--name-only", &commit, &format!("{en_rel}/")])?;
        for name in names.lines().filter(|n| n.ends_with(".ftl")) {
            let file = Path::new(name).file_name().ok_or("odd file name")?;
            let bytes = git(root, &["show", &format!("{commit}:{en_rel}/{}", file.to_string_lossy())])?;
            std::fs::write(en_dir.join(file), bytes).map_err(|e| e.to_string())?;
        }
        let content =
            assessment::content::load_with_archive(&content_dir, &dir.join("no-archive"), &dir.join("locales"))
                .map_err(|e| {
                    let text = e.to_string();
                    let first = text
                        .lines()
                        .find(|l| !l.trim().is_empty() && !l.trim_end().ends_with(':'))
                        .unwrap_or_default()
                        .trim()
                        .to_string();
                    let first = first.replace(&format!("{}/", dir.display()), "");
                    format!("it does not load with today's loader, whose checks have grown since (first: {first})")
                });
        let words = Words::read(&dir.join("locales"), assessment::content::SOURCE_LOCALE)?;
        Ok((content, words))
    })();
    match result {
        Ok((content, words)) => Ok(Earlier { commit, dir, content, words }),
        Err(e) => {
            let _ = std::fs::remove_dir_all(&dir);
            Err(e)
        }
    }
}

/// The `[[rule]]`, `[[route]]` and `[[service]]` tables as written, earlier and now: compared
/// key by key, so fields added since (`lead`, `ask`, …) show without this code knowing them.
fn tables_diff(opts: &Options, earlier: &Earlier) -> String {
    let tables = |dir: &Path, file: &str, key: &str| -> Vec<Value> {
        let text = std::fs::read_to_string(dir.join(file)).unwrap_or_default();
        let doc: toml::Table = toml::from_str(&text).unwrap_or_default();
        let json = serde_json::to_value(doc).unwrap_or_default();
        json.get(key).and_then(Value::as_array).cloned().unwrap_or_default()
    };
    let old_dir = earlier.dir.join("content");
    let (rules_f, dir_f) = (assessment::content::RULES_FILE, assessment::content::DIRECTORY_FILE);
    let mut out = String::new();
    out.push_str(&list_diff(
        "Rules",
        "rule",
        &tables(&old_dir, rules_f, "rule"),
        &tables(&opts.content_dir, rules_f, "rule"),
        &["id"],
    ));
    let fallback = |dir: &Path| -> String {
        let text = std::fs::read_to_string(dir.join(rules_f)).unwrap_or_default();
        let doc: toml::Table = toml::from_str(&text).unwrap_or_default();
        doc.get("fallback_route").and_then(|v| v.as_str()).unwrap_or_default().to_string()
    };
    let (of, nf) = (fallback(&old_dir), fallback(&opts.content_dir));
    if of != nf {
        let _ = write!(
            out,
            "<p>The fallback route changed: <code class=\"id\">{}</code> → <code class=\"id\">{}</code>.</p>",
            esc(&of),
            esc(&nf)
        );
    }
    let (old_routes, new_routes) = (tables(&old_dir, dir_f, "route"), tables(&opts.content_dir, dir_f, "route"));
    out.push_str(&list_diff("Routes", "route", &old_routes, &new_routes, &["id"]));
    let ids = |l: &[Value], keep: &[Value]| -> Vec<String> {
        let keep = by_id(keep);
        by_id_order(l).into_iter().filter(|id| keep.contains_key(id)).collect()
    };
    if ids(&old_routes, &new_routes) != ids(&new_routes, &old_routes) {
        out.push_str("<p>The order of the routes kept from before changed.</p>");
    }
    out.push_str(&list_diff(
        "Services",
        "service",
        &tables(&old_dir, dir_f, "service"),
        &tables(&opts.content_dir, dir_f, "service"),
        &["id"],
    ));
    out
}

fn by_id_order(list: &[Value]) -> Vec<String> {
    list.iter().filter_map(|v| v.get("id")?.as_str().map(str::to_string)).collect()
}

fn shape_values(shape: &Shape) -> Vec<Value> {
    shape.questions.iter().map(|q| serde_json::to_value(q).unwrap_or_default()).collect()
}

/// A condition in one line, for before/after lists (the full plain words are with the question).
pub fn compact(c: &Condition) -> String {
    match c {
        Condition::Answer { question, any_of } => format!("{question} is {}", any_of.join(" or ")),
        Condition::All(cs) => format!("all of ({})", cs.iter().map(compact).collect::<Vec<_>>().join("; ")),
        Condition::Any(cs) => format!("any of ({})", cs.iter().map(compact).collect::<Vec<_>>().join("; ")),
        Condition::Not(c) => format!("not ({})", compact(c)),
        Condition::AtLeast { count, of } => {
            format!("at least {count} of ({})", of.iter().map(compact).collect::<Vec<_>>().join("; "))
        }
    }
}

fn value_words(key: &str, v: Option<&Value>) -> String {
    match v {
        None | Some(Value::Null) => "none".into(),
        Some(v) if key == "show_if" || key == "when" => match serde_json::from_value::<Condition>(v.clone()) {
            Ok(c) => compact(&c),
            Err(_) => v.to_string(),
        },
        Some(Value::String(s)) => s.clone(),
        Some(Value::Array(a)) if a.iter().all(Value::is_string) => {
            let items: Vec<&str> = a.iter().filter_map(Value::as_str).collect();
            if items.is_empty() {
                "none".into()
            } else {
                items.join(", ")
            }
        }
        Some(v) => v.to_string(),
    }
}

fn by_id(list: &[Value]) -> BTreeMap<String, &Value> {
    list.iter().filter_map(|v| Some((v.get("id")?.as_str()?.to_string(), v))).collect()
}

/// Field-by-field differences of two JSON objects, leaving out `skip`.
fn field_changes(old: &Value, new: &Value, skip: &[&str]) -> Vec<String> {
    let keys: BTreeSet<&String> = old
        .as_object()
        .into_iter()
        .chain(new.as_object())
        .flat_map(|o| o.keys())
        .filter(|k| !skip.contains(&k.as_str()))
        .collect();
    keys.into_iter()
        .filter(|k| old.get(k.as_str()) != new.get(k.as_str()))
        .map(|k| {
            format!(
                "<code>{}</code>: {} → {}",
                esc(k),
                esc(&value_words(k, old.get(k.as_str()))),
                esc(&value_words(k, new.get(k.as_str())))
            )
        })
        .collect()
}

fn ul(items: &[String]) -> String {
    let mut out = String::from("<ul>");
    for i in items {
        let _ = write!(out, "<li>{i}</li>");
    }
    out.push_str("</ul>");
    out
}

fn block(title: &str, items: Vec<String>) -> String {
    if items.is_empty() {
        format!("<h3>{title}</h3><p>No change.</p>")
    } else {
        format!("<h3>{title}</h3>{}", ul(&items))
    }
}

/// Questions and options (each a JSON object with `id`, `kind`, `options`, `show_if`, …).
fn questions_diff(old: &[Value], new: &[Value]) -> String {
    let (o, n) = (by_id(old), by_id(new));
    let mut items = Vec::new();
    for id in n.keys().filter(|id| !o.contains_key(*id)) {
        items.push(format!("Added: <a href=\"#question-{id}\"><code class=\"id\">{id}</code></a>", id = esc(id)));
    }
    for id in o.keys().filter(|id| !n.contains_key(*id)) {
        items.push(format!("Removed: <code class=\"id\">{}</code>", esc(id)));
    }
    let order = |l: &[Value], keep: &BTreeMap<String, &Value>| -> Vec<String> {
        l.iter().filter_map(|v| v.get("id")?.as_str().map(str::to_string)).filter(|id| keep.contains_key(id)).collect()
    };
    if order(old, &n) != order(new, &o) {
        items.push("The order of the questions kept from before changed.".into());
    }
    for (id, new_q) in &n {
        let Some(old_q) = o.get(id) else { continue };
        let mut changes = field_changes(old_q, new_q, &["id", "options", "text"]);
        let empty = Vec::new();
        let opts = |q: &Value| q.get("options").and_then(Value::as_array).cloned().unwrap_or_else(|| empty.clone());
        let (old_opts, new_opts) = (opts(old_q), opts(new_q));
        let (oo, no) = (by_id(&old_opts), by_id(&new_opts));
        for oid in no.keys().filter(|k| !oo.contains_key(*k)) {
            changes.push(format!("option added: <code class=\"id\">{}</code>", esc(oid)));
        }
        for oid in oo.keys().filter(|k| !no.contains_key(*k)) {
            changes.push(format!("option removed: <code class=\"id\">{}</code>", esc(oid)));
        }
        if order(&old_opts, &no) != order(&new_opts, &oo) {
            changes.push("options put in a different order".into());
        }
        for (oid, nv) in &no {
            if let Some(ov) = oo.get(oid) {
                for c in field_changes(ov, nv, &["id", "label"]) {
                    changes.push(format!("option <code class=\"id\">{}</code>: {c}", esc(oid)));
                }
            }
        }
        if !changes.is_empty() {
            items.push(format!(
                "Changed: <a href=\"#question-{id}\"><code class=\"id\">{id}</code></a>{}",
                ul(&changes),
                id = esc(id)
            ));
        }
    }
    block("Questions and answers", items)
}

fn list_diff(title: &str, anchor: &str, old: &[Value], new: &[Value], skip: &[&str]) -> String {
    let (o, n) = (by_id(old), by_id(new));
    let mut items = Vec::new();
    for id in n.keys().filter(|id| !o.contains_key(*id)) {
        items.push(format!("Added: <a href=\"#{anchor}-{id}\"><code class=\"id\">{id}</code></a>", id = esc(id)));
    }
    for id in o.keys().filter(|id| !n.contains_key(*id)) {
        items.push(format!("Removed: <code class=\"id\">{}</code>", esc(id)));
    }
    for (id, nv) in &n {
        if let Some(ov) = o.get(id) {
            let changes = field_changes(ov, nv, skip);
            if !changes.is_empty() {
                items.push(format!(
                    "Changed: <a href=\"#{anchor}-{id}\"><code class=\"id\">{id}</code></a>{}",
                    ul(&changes),
                    id = esc(id)
                ));
            }
        }
    }
    block(title, items)
}

fn values<T: serde::Serialize>(list: &[T]) -> Vec<Value> {
    list.iter().map(|x| serde_json::to_value(x).unwrap_or_default()).collect()
}

/// Every message and attribute the English files define, in file order.
fn references(words_dir_files: &[String]) -> Vec<String> {
    let mut out = Vec::new();
    for text in words_dir_files {
        let resource = match fluent_syntax::parser::parse(text.as_str()) {
            Ok(r) => r,
            Err((r, _)) => r,
        };
        for entry in resource.body {
            if let fluent_syntax::ast::Entry::Message(m) = entry {
                if m.value.is_some() {
                    out.push(m.id.name.to_string());
                }
                for a in &m.attributes {
                    out.push(format!("{}.{}", m.id.name, a.id.name));
                }
            }
        }
    }
    out
}

fn render_all(words: &Words, reference: &str) -> Vec<String> {
    Perspective::ALL
        .iter()
        .map(|&p| match words.render(reference, p) {
            Ok(t) => t,
            // Messages that need other arguments ($count…) still render, with the gap shown.
            Err(_) => {
                let mut args = fluent_bundle::FluentArgs::new();
                args.set("perspective", p.as_str());
                args.set("name", crate::words::SAMPLE_NAME);
                words.render_args(reference, &args).unwrap_or_default()
            }
        })
        .collect()
}

/// Wording: every English message and attribute, in every perspective.
fn wording_diff(old_words: &Words, new_words: &Words) -> String {
    let mut out = String::new();
    let (old_refs, new_refs) = (references(&old_words.sources), references(&new_words.sources));
    let old_set: BTreeSet<&String> = old_refs.iter().collect();
    let new_set: BTreeSet<&String> = new_refs.iter().collect();
    let mut items = Vec::new();
    for r in new_refs.iter().filter(|r| !old_set.contains(r)) {
        items.push(format!("Added: <code class=\"id\">{}</code>: {}", esc(r), esc(&render_all(new_words, r)[0])));
    }
    for r in old_refs.iter().filter(|r| !new_set.contains(r)) {
        items.push(format!(
            "Removed: <code class=\"id\">{}</code>: <del>{}</del>",
            esc(r),
            esc(&render_all(old_words, r)[0])
        ));
    }
    for r in new_refs.iter().filter(|r| old_set.contains(r)) {
        let (before, after) = (render_all(old_words, r), render_all(new_words, r));
        if before == after {
            continue;
        }
        let mut rows = String::new();
        for (i, p) in Perspective::ALL.iter().enumerate() {
            if before[i] != after[i] {
                let _ = write!(
                    rows,
                    "<li>{}: <del>{}</del> → <ins>{}</ins></li>",
                    p.as_str(),
                    esc(&before[i]),
                    esc(&after[i])
                );
            }
        }
        items.push(format!("Changed: <code class=\"id\">{}</code><ul>{rows}</ul>", esc(r)));
    }
    out.push_str(&block("Wording (English)", items));
    out
}
