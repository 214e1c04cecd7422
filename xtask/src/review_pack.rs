//! `cargo xtask review-pack`: one self-contained HTML file a safeguarding lead can read, print
//! and sign (issue 16). Everything comes from the loaded, validated model
//! (`assessment::content::load`) and the Fluent files rendered as the app renders them, so the
//! pack follows the content by itself: every question in order with its wording for each
//! perspective, hint, options and when it is asked (in plain words, from `show_if`); every rule
//! in plain words; the urgent interrupts; every route and service with its contacts and what is
//! still unverified; what changed since the newest archived questionnaire; and on every page the
//! version, the date and a hash of exactly what was signed.
//!
//! With `--lang <tag>` each message stands beside its English source (the translation marked
//! `lang` and, for right-to-left scripts, `dir="rtl"`), for a native speaker's review.
//!
//! No scripts, no external files: inline CSS only, readable on screen and on paper.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use assessment::{Condition, Content, Perspective, Question, QuestionKind};
use sha2::{Digest, Sha256};

use crate::changes;
use crate::words::{Words, SAMPLE_NAME};

pub struct Options {
    pub root: PathBuf,
    pub content_dir: PathBuf,
    pub archive_dir: PathBuf,
    pub locales_dir: PathBuf,
    /// A second language shown beside English.
    pub lang: Option<String>,
    pub out: PathBuf,
}

impl Options {
    pub fn new(root: &Path) -> Options {
        Options {
            root: root.to_path_buf(),
            content_dir: root.join("content"),
            archive_dir: root.join("content").join(assessment::content::ARCHIVE_DIR),
            locales_dir: root.join("locales"),
            lang: None,
            out: root.join("target/review-pack.html"),
        }
    }
}

pub fn run(opts: &Options) -> Result<(), String> {
    let html = generate(opts)?;
    if let Some(dir) = opts.out.parent() {
        std::fs::create_dir_all(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    }
    std::fs::write(&opts.out, html).map_err(|e| format!("{}: {e}", opts.out.display()))?;
    println!("review pack written to {}", opts.out.display());
    Ok(())
}

/// The files a signature covers, and the hash of them all (SHA-256 over each file's path
/// relative to the workspace, its length and its bytes, in this order).
pub struct Hashed {
    pub files: Vec<(String, String)>,
    pub hash: String,
}

pub fn content_hash(root: &Path, content_dir: &Path, archive_dir: &Path, locale_dir: &Path) -> Result<Hashed, String> {
    let mut paths: Vec<PathBuf> =
        [assessment::content::QUESTIONNAIRE_FILE, assessment::content::RULES_FILE, assessment::content::DIRECTORY_FILE]
            .iter()
            .map(|f| content_dir.join(f))
            .collect();
    if let Ok(entries) = std::fs::read_dir(archive_dir) {
        let mut archived: Vec<PathBuf> = entries
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.extension().is_some_and(|x| x == "toml"))
            .collect();
        archived.sort();
        paths.extend(archived);
    }
    paths.extend(crate::words::ftl_files(locale_dir)?);
    let mut all = Sha256::new();
    let mut files = Vec::new();
    for path in paths {
        let bytes = std::fs::read(&path).map_err(|e| format!("{}: {e}", path.display()))?;
        let name = path.strip_prefix(root).unwrap_or(&path).to_string_lossy().replace('\\', "/");
        all.update(name.as_bytes());
        all.update([0]);
        all.update((bytes.len() as u64).to_le_bytes());
        all.update(&bytes);
        files.push((name, hex(&Sha256::digest(&bytes))));
    }
    Ok(Hashed { files, hash: hex(&all.finalize()) })
}

pub fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// Today (UTC) as YYYY-MM-DD, or the day of `SOURCE_DATE_EPOCH` when set (reproducible builds).
pub fn today() -> String {
    let secs =
        std::env::var("SOURCE_DATE_EPOCH").ok().and_then(|s| s.trim().parse::<i64>().ok()).unwrap_or_else(|| {
            std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map(|d| d.as_secs() as i64).unwrap_or(0)
        });
    assessment::calendar::iso_date(secs)
}

pub fn esc(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// A CSS string literal (for `@page` margin boxes).
fn css_string(s: &str) -> String {
    let mut out = String::from("\"");
    for c in s.chars() {
        match c {
            '"' | '\\' => {
                out.push('\\');
                out.push(c)
            }
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

fn perspective_label(p: Perspective) -> String {
    match p {
        Perspective::Myself => "Someone answering for themselves".into(),
        Perspective::Other => format!("A relative or friend answering about {SAMPLE_NAME}"),
        Perspective::Staff => "Staff asking a caller".into(),
    }
}

fn kind_label(kind: QuestionKind) -> &'static str {
    match kind {
        QuestionKind::Single => "one answer",
        QuestionKind::Multiple => "any number of answers",
        QuestionKind::YesNo => "yes, no or not sure",
        QuestionKind::Frequency => "how often",
        QuestionKind::Text => "free text (never scored)",
    }
}

fn priority_label(p: assessment::Priority) -> &'static str {
    match p {
        assessment::Priority::Urgent => "urgent",
        assessment::Priority::Recommended => "recommended",
        assessment::Priority::AlsoUseful => "also useful",
    }
}

/// Labels for a service's contact fields, in the order they are shown. Fields the model gains
/// later are shown under their own name, after these.
const CONTACT_FIELDS: &[(&str, &str)] = &[
    ("phone", "Phone"),
    ("text_relay", "Text relay"),
    ("web", "Web"),
    ("email", "Email"),
    ("address", "Address"),
    ("ask", "Ask instead"),
];
/// Service fields that are not contacts (shown elsewhere, or not for people).
const NOT_CONTACTS: &[&str] = &["id", "message", "has_hours", "unverified"];

struct Pack<'a> {
    content: &'a Content,
    en: Words,
    tr: Option<Words>,
    /// Messages that failed to render: listed at the top of the pack, and on stderr.
    problems: Vec<String>,
    /// Messages the translation lacks (or cannot render): listed, not fatal.
    untranslated: Vec<String>,
}

impl Pack<'_> {
    fn text(&mut self, words_en: bool, reference: &str, p: Perspective) -> Option<String> {
        let words = if words_en { &self.en } else { self.tr.as_ref()? };
        match words.render(reference, p) {
            Ok(t) => Some(t),
            Err(e) => {
                // A gap in English is a fault; a gap in a translation is work still to do.
                let list = if words_en { &mut self.problems } else { &mut self.untranslated };
                if !list.contains(&e) {
                    list.push(e);
                }
                None
            }
        }
    }

    /// English for conditions and headings (the pack's own language).
    fn en_plain(&mut self, reference: &str, p: Perspective) -> String {
        self.text(true, reference, p).unwrap_or_else(|| format!("[{reference}]"))
    }

    /// One message in one perspective: English, and the translation beside it.
    fn both(&mut self, reference: &str, p: Perspective) -> String {
        let en = match self.text(true, reference, p) {
            Some(t) => esc(&t),
            None => format!("<strong class=\"problem\">Missing: {}</strong>", esc(reference)),
        };
        let Some(tag) = self.tr.as_ref().map(|w| w.tag.clone()) else {
            return en;
        };
        let tr = match self.text(false, reference, p) {
            Some(t) => esc(&t),
            None => format!(
                "<strong class=\"problem\" lang=\"en-GB\" dir=\"ltr\">Not translated: {}</strong>",
                esc(reference)
            ),
        };
        let dir = if assessment::locale::is_rtl(&tag) { "rtl" } else { "ltr" };
        format!(
            "<span class=\"pair\"><span class=\"src\" lang=\"en-GB\" dir=\"ltr\">{en}</span>\
             <span class=\"tgt\" lang=\"{tag}\" dir=\"{dir}\">{tr}</span></span>",
            tag = esc(&tag)
        )
    }

    /// A message in every perspective, or once when all three read the same.
    fn variants(&mut self, reference: &str) -> String {
        let rendered: Vec<(Perspective, Option<String>, Option<String>)> = Perspective::ALL
            .iter()
            .map(|&p| (p, self.text(true, reference, p), self.text(false, reference, p)))
            .collect();
        let same = rendered.windows(2).all(|w| w[0].1 == w[1].1 && w[0].2 == w[1].2);
        if same {
            return format!("<p class=\"same\">{}</p>", self.both(reference, Perspective::Myself));
        }
        let mut out = String::from("<dl class=\"persp\">");
        for p in Perspective::ALL {
            let _ = write!(out, "<dt>{}</dt><dd>{}</dd>", esc(&perspective_label(p)), self.both(reference, p));
        }
        out.push_str("</dl>");
        out
    }

    fn question(&self, id: &str) -> Option<&Question> {
        self.content.questionnaire.questions.iter().find(|q| q.id == id)
    }

    fn route_title(&mut self, id: &str) -> String {
        match self.content.questionnaire.directory.route(id).map(|r| r.message.clone()) {
            Some(m) => self.en_plain(&m, Perspective::Myself),
            None => id.to_string(),
        }
    }

    fn service_name(&mut self, id: &str) -> String {
        match self.content.questionnaire.directory.service(id).map(|s| s.message.clone()) {
            Some(m) => self.en_plain(&m, Perspective::Myself),
            None => id.to_string(),
        }
    }

    /// "the answer to 'Do you live alone?' is 'Yes'" (with the ids, for tracing).
    fn answer_words(&mut self, question: &str, any_of: &[String], negated: bool) -> String {
        let Some(q) = self.question(question).cloned() else {
            return format!("the answer to <code>{}</code> is {}", esc(question), esc(&any_of.join(" or ")));
        };
        let text = self.en_plain(&q.text, Perspective::Myself);
        let labels: Vec<String> = any_of
            .iter()
            .map(|o| {
                let label = q.option(o).map(|o| o.label.clone());
                let shown = match label {
                    Some(l) => self.en_plain(&l, Perspective::Myself),
                    None => o.clone(),
                };
                format!("‘{}’ <code class=\"id\">{}</code>", esc(&shown), esc(o))
            })
            .collect();
        let list = join_words(&labels, "or");
        let verb = match (q.kind.takes_many(), negated) {
            (true, false) => "includes",
            (true, true) => "does not include",
            (false, false) => "is",
            (false, true) => "is not",
        };
        let tail = if negated { " (or the question was not asked)" } else { "" };
        format!("the answer to ‘{}’ <code class=\"id\">{}</code> {verb} {list}{tail}", esc(&text), esc(question))
    }

    /// A condition in plain words: a phrase for a single answer, a list for combinations.
    fn condition(&mut self, c: &Condition) -> String {
        match c {
            Condition::Answer { question, any_of } => self.answer_words(question, any_of, false),
            Condition::Not(inner) => match inner.as_ref() {
                Condition::Answer { question, any_of } => self.answer_words(question, any_of, true),
                other => format!("this is <strong>not</strong> true: {}", self.condition(other)),
            },
            Condition::All(cs) => self.list("<strong>all</strong> of these are true", cs),
            Condition::Any(cs) => self.list("<strong>at least one</strong> of these is true", cs),
            Condition::AtLeast { count, of } => self.list(
                &format!("<strong>at least {count}</strong> of these {} true", if *count == 1 { "is" } else { "are" }),
                of,
            ),
        }
    }

    fn list(&mut self, lead: &str, cs: &[Condition]) -> String {
        let mut out = format!("{lead}:<ul class=\"cond\">");
        for c in cs {
            let _ = write!(out, "<li>{}</li>", self.condition(c));
        }
        out.push_str("</ul>");
        out
    }
}

fn join_words(items: &[String], last: &str) -> String {
    match items {
        [] => String::new(),
        [one] => one.clone(),
        [init @ .., tail] => format!("{} {last} {tail}", init.join(", ")),
    }
}

pub fn generate(opts: &Options) -> Result<String, String> {
    let content = assessment::content::load_with_archive(&opts.content_dir, &opts.archive_dir, &opts.locales_dir)
        .map_err(|e| format!("the content does not load:\n{e}"))?;
    let en = Words::read(&opts.locales_dir, assessment::content::SOURCE_LOCALE)?;
    let tr = match &opts.lang {
        Some(tag) if tag != assessment::content::SOURCE_LOCALE => Some(Words::read(&opts.locales_dir, tag)?),
        _ => None,
    };
    let hashed = content_hash(
        &opts.root,
        &opts.content_dir,
        &opts.archive_dir,
        &opts.locales_dir.join(assessment::content::SOURCE_LOCALE),
    )?;
    let tr_hash = match &tr {
        Some(w) => {
            let dir = opts.locales_dir.join(&w.tag);
            let mut h = Sha256::new();
            for f in crate::words::ftl_files(&dir)? {
                h.update(std::fs::read(&f).map_err(|e| format!("{}: {e}", f.display()))?);
            }
            Some(hex(&h.finalize()))
        }
        None => None,
    };
    let changes = changes::since_archive(opts, &content, &en);
    let date = today();
    let mut pack = Pack { content: &content, en, tr, problems: Vec::new(), untranslated: Vec::new() };
    let body = body(&mut pack, &hashed, &date, changes);

    let q = &content.questionnaire;
    let title = format!(
        "Sign-off pack: {}, questionnaire version {}",
        pack.en_plain("app-title", Perspective::Myself),
        q.version
    );
    let lang_line = match (&pack.tr, &tr_hash) {
        (Some(w), Some(h)) => {
            let name = w.render("language-name", Perspective::Myself).unwrap_or_else(|_| w.tag.clone());
            let dir = if assessment::locale::is_rtl(&w.tag) { "rtl" } else { "ltr" };
            format!(
                " · {tag} (<span lang=\"{tag}\" dir=\"{dir}\">{}</span>) beside English, {tag} words sha256 {}",
                esc(&name),
                &h[..16],
                tag = esc(&w.tag)
            )
        }
        _ => String::new(),
    };
    let stamp = format!(
        "<p class=\"stamp\">Version {} · generated {date} · content sha256 <code class=\"hash\">{}</code>{lang_line}</p>",
        esc(&q.version),
        hashed.hash
    );
    let css = CSS.replace(
        "/*PAGE*/",
        &format!(
            "@top-left {{ content: {}; width: 100%; font-size: 8pt; }} @bottom-left {{ content: {}; width: 82%; font-size: 7pt; }}",
            css_string(&format!("Sign-off pack · questionnaire version {} · {date}", q.version)),
            css_string(&format!("content sha256 {}", hashed.hash)),
        ),
    );
    let mut problems = if pack.problems.is_empty() {
        String::new()
    } else {
        for p in &pack.problems {
            eprintln!("warning: {p}");
        }
        let items: String = pack.problems.iter().map(|p| format!("<li>{}</li>", esc(p))).collect();
        format!(
            "<div class=\"problems\" role=\"note\"><h2>Words that did not render</h2>\
             <p>Do not sign until these are fixed.</p><ul>{items}</ul></div>"
        )
    };
    if !pack.untranslated.is_empty() {
        let tag = pack.tr.as_ref().map(|w| w.tag.clone()).unwrap_or_default();
        eprintln!("note: {} messages are not yet translated into {tag}", pack.untranslated.len());
        let items: String = pack.untranslated.iter().map(|p| format!("<li>{}</li>", esc(p))).collect();
        problems.push_str(&format!(
            "<div class=\"todo\" role=\"note\"><h2>Not yet translated</h2><p>{n} messages have no {tag} wording yet; \
             they are marked “Not translated” where they appear.</p><ul>{items}</ul></div>",
            n = pack.untranslated.len(),
            tag = esc(&tag)
        ));
    }
    if let Some(w) = &pack.tr {
        let (total, translated, reviewed, stale) = crate::translations::review_summary(&opts.locales_dir, &w.tag)?;
        problems.push_str(&format!(
            "<p class=\"review\">Review of the {tag} words (<code>locales/{tag}/review.toml</code>): {translated} of {total} \
             messages translated; <strong>{reviewed} reviewed</strong> against today's English; {stale} reviewed but \
             stale (the English changed since). Record reviews with <code>cargo xtask translations import</code>.</p>",
            tag = esc(&w.tag)
        ));
    }
    let body = body.replace("<!--STAMP-->", &stamp);
    Ok(format!(
        "<!DOCTYPE html>\n<html lang=\"en-GB\" dir=\"ltr\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <meta name=\"generator\" content=\"cargo xtask review-pack\">\n<title>Sign-off pack, version {}</title>\n<style>{css}</style>\n</head>\n<body>\n\
         <header class=\"top\"><h1>{}</h1>{stamp}{problems}</header>\n{body}</body>\n</html>\n",
        esc(&q.version),
        esc(&title),
    ))
}

fn body(pack: &mut Pack, hashed: &Hashed, date: &str, changes: String) -> String {
    let content = pack.content;
    let q = &content.questionnaire;
    let mut out = String::new();
    let urgent_count = q.questions.iter().flat_map(|q| &q.options).filter(|o| o.urgent.is_some()).count();

    // Contents.
    out.push_str(
        "<nav class=\"toc\" aria-label=\"Contents\"><h2 id=\"contents\">Contents</h2><ol>\
         <li><a href=\"#about\">About this pack, and signing it</a></li>\
         <li><a href=\"#changes\">What changed</a></li>\
         <li><a href=\"#questions\">The questions, in the order they are asked</a></li>\
         <li><a href=\"#urgent\">Urgent interrupts</a></li>\
         <li><a href=\"#rules\">The rules: what is suggested, and why</a></li>\
         <li><a href=\"#routes\">Routes</a></li>\
         <li><a href=\"#services\">Services and their contacts</a></li>\
         <li><a href=\"#files\">Files covered by the content hash</a></li></ol></nav>\n<main>\n",
    );

    // About and signature.
    let _ = writeln!(
        out,
        "<section class=\"part\" aria-labelledby=\"about\"><h2 id=\"about\">About this pack, and signing it</h2><!--STAMP-->\
         <p>This pack sets out everything the self-assessment asks, when it asks it, what it suggests and why, \
         and who it points people to. It is generated from the same files the service runs on, so what you sign \
         is what people see.</p>\
         <p>Questionnaire version <strong>{v}</strong>: {nq} questions in {ns} sections, {nr} rules, {nu} urgent \
         answers, {nro} routes and {nse} services.</p>\
         <p>Each question is worded three ways, for who is answering. Where the wording names the person being \
         helped, this pack uses the sample name <strong>{SAMPLE_NAME}</strong>. Ids such as <code class=\"id\">danger-now</code> \
         are the names the content files use; they are not shown to people.</p>\
         <p>The content hash below each heading covers the content files and the English words (listed at the end). \
         If any of them changes, the hash changes, so a signature names exactly what was signed.</p>\
         <table class=\"sign\"><caption>Sign-off</caption><tbody>\
         <tr><th scope=\"row\">Name</th><td></td></tr><tr><th scope=\"row\">Role</th><td></td></tr>\
         <tr><th scope=\"row\">Signature</th><td></td></tr><tr><th scope=\"row\">Date</th><td></td></tr>\
         <tr><th scope=\"row\">Approved</th><td>Version {v}, content sha256 <code class=\"hash\">{h}</code> (pack generated {date})</td></tr>\
         </tbody></table></section>",
        v = esc(&q.version),
        nq = q.questions.len(),
        ns = q.sections.len(),
        nr = content.rules.rules.len(),
        nu = urgent_count,
        nro = q.directory.routes.len(),
        nse = q.directory.services.len(),
        h = hashed.hash,
    );

    // Changes.
    let _ = writeln!(
        out,
        "<section class=\"part\" aria-labelledby=\"changes\"><h2 id=\"changes\">What changed</h2><!--STAMP-->{changes}</section>"
    );

    // Questions.
    out.push_str(
        "<section class=\"part\" aria-labelledby=\"questions\"><h2 id=\"questions\">The questions, in the order they are asked</h2><!--STAMP-->\
         <p>Only the questions whose condition holds are asked; the others are skipped, and their answers are never used.</p>",
    );
    let mut number = 0;
    let mut current_section: Option<&str> = None;
    for question in &q.questions {
        if current_section != Some(question.section.as_str()) {
            current_section = Some(question.section.as_str());
            let title_ref = q.sections.iter().find(|s| s.id == question.section).map(|s| s.title.clone());
            let title = match title_ref {
                Some(t) => pack.both(&t, Perspective::Myself),
                None => esc(&question.section),
            };
            let _ = write!(
                out,
                "<h3 class=\"section\" id=\"section-{id}\">Section: {title} <code class=\"id\">{id}</code></h3>",
                id = esc(&question.section)
            );
        }
        number += 1;
        out.push_str(&question_html(pack, question, number));
    }
    out.push_str("</section>\n");

    // Urgent interrupts.
    out.push_str(
        "<section class=\"part\" aria-labelledby=\"urgent\"><h2 id=\"urgent\">Urgent interrupts</h2><!--STAMP-->\
         <p>Choosing one of these answers shows the urgent page on the very next screen, before any other \
         question. The person can carry on afterwards.</p>",
    );
    if urgent_count == 0 {
        out.push_str("<p>No answer interrupts the journey.</p>");
    } else {
        out.push_str(
            "<table><caption>Answers that interrupt at once</caption><thead><tr><th scope=\"col\">Question</th>\
             <th scope=\"col\">Answer</th><th scope=\"col\">Urgent page shown</th></tr></thead><tbody>",
        );
        for question in &q.questions {
            for option in question.options.iter().filter(|o| o.urgent.is_some()) {
                let route = option.urgent.clone().unwrap_or_default();
                let qt = pack.en_plain(&question.text, Perspective::Myself);
                let ol = pack.en_plain(&option.label, Perspective::Myself);
                let rt = pack.route_title(&route);
                let _ = write!(
                    out,
                    "<tr><td><a href=\"#question-{qid}\">{}</a> <code class=\"id\">{qid}</code></td><td>{} <code class=\"id\">{oid}</code></td>\
                     <td><a href=\"#route-{rid}\">{}</a> <code class=\"id\">{rid}</code></td></tr>",
                    esc(&qt),
                    esc(&ol),
                    esc(&rt),
                    qid = esc(&question.id),
                    oid = esc(&option.id),
                    rid = esc(&route),
                );
            }
        }
        out.push_str("</tbody></table>");
    }
    out.push_str("</section>\n");

    // Rules.
    let _ = write!(
        out,
        "<section class=\"part\" aria-labelledby=\"rules\"><h2 id=\"rules\">The rules: what is suggested, and why</h2><!--STAMP-->\
         <p>In the order of <code>rules.toml</code>. A route takes the strongest priority of the rules that fire for \
         it (urgent, then recommended, then also useful) and shows every reason. Answers to questions that were not \
         asked are ignored. Nothing here ever says someone is not eligible.</p>\
         <p class=\"fallback\" id=\"rule-fallback\">When no rule fires, the person is offered \
         <a href=\"#route-{fb}\">{}</a> <code class=\"id\">{fb}</code>, so nobody leaves with an empty page.</p>",
        esc(&pack.route_title(&content.rules.fallback_route)),
        fb = esc(&content.rules.fallback_route)
    );
    for rule in &content.rules.rules {
        let value = serde_json::to_value(rule).unwrap_or_default();
        let lead = value.get("lead").and_then(|v| v.as_bool()).unwrap_or(false);
        let route_title = pack.route_title(&rule.route);
        let cond = pack.condition(&rule.when);
        let lead_words = if lead { ", <strong>listed first</strong> within its priority" } else { "" };
        let reason = pack.variants(&rule.reason);
        let _ = write!(
            out,
            "<section class=\"rule\" id=\"rule-{id}\" aria-labelledby=\"rule-{id}-h\"><h3 id=\"rule-{id}-h\">Rule <code class=\"id\">{id}</code>: \
             {rt} ({pr})</h3><div class=\"if\"><strong>If</strong> {cond}</div>\
             <p><strong>then suggest</strong> <a href=\"#route-{rid}\">{rt}</a> <code class=\"id\">{rid}</code> \
             (<span class=\"prio\">{pr}</span>){lead_words},</p>\
             <div class=\"because\"><p><strong>because:</strong></p>{reason}</div></section>",
            id = esc(&rule.id),
            rt = esc(&route_title),
            pr = priority_label(rule.priority),
            rid = esc(&rule.route),
        );
    }
    out.push_str("</section>\n");

    // Routes.
    out.push_str(
        "<section class=\"part\" aria-labelledby=\"routes\"><h2 id=\"routes\">Routes</h2><!--STAMP-->\
         <p>In the order people see them within one priority. Each lists its services most useful first.</p>",
    );
    for route in &q.directory.routes {
        let title = pack.both(&route.message, Perspective::Myself);
        let summary = pack.variants(&format!("{}.summary", route.message));
        let next = pack.variants(&format!("{}.next", route.message));
        let mut services = String::new();
        for s in &route.services {
            let name = pack.service_name(s);
            let _ = write!(
                services,
                "<li><a href=\"#service-{id}\">{}</a> <code class=\"id\">{id}</code></li>",
                esc(&name),
                id = esc(s)
            );
        }
        let leading: Vec<String> = content
            .rules
            .rules
            .iter()
            .filter(|r| r.route == route.id)
            .map(|r| {
                format!(
                    "<a href=\"#rule-{id}\"><code class=\"id\">{id}</code></a> ({})",
                    priority_label(r.priority),
                    id = esc(&r.id)
                )
            })
            .collect();
        let urgent_from: Vec<String> = q
            .questions
            .iter()
            .flat_map(|qq| qq.options.iter().map(move |o| (qq, o)))
            .filter(|(_, o)| o.urgent.as_deref() == Some(route.id.as_str()))
            .map(|(qq, o)| format!("<code class=\"id\">{}: {}</code>", esc(&qq.id), esc(&o.id)))
            .collect();
        let mut reached = if leading.is_empty() { "no rule".to_string() } else { join_words(&leading, "and") };
        if route.id == content.rules.fallback_route {
            reached.push_str("; and when no rule fires (the fallback)");
        }
        let urgent_line = if urgent_from.is_empty() {
            String::new()
        } else {
            format!("<p>Shown at once as the urgent page after: {}.</p>", join_words(&urgent_from, "or"))
        };
        let _ = write!(
            out,
            "<section class=\"route\" id=\"route-{id}\" aria-labelledby=\"route-{id}-h\"><h3 id=\"route-{id}-h\">{title} <code class=\"id\">{id}</code></h3>\
             <h4>What it says</h4>{summary}<h4>What happens next</h4>{next}<h4>Services, most useful first</h4><ol>{services}</ol>\
             <p>Suggested by: {reached}.</p>{urgent_line}</section>",
            id = esc(&route.id),
        );
    }
    out.push_str("</section>\n");

    // Services.
    out.push_str(
        "<section class=\"part\" aria-labelledby=\"services\"><h2 id=\"services\">Services and their contacts</h2><!--STAMP-->\
         <p>Fields marked <strong>Unverified</strong> have not yet been confirmed from an official source; \
         staff see the same mark.</p>",
    );
    let mut unverified_rows = String::new();
    for service in &q.directory.services {
        let name = pack.both(&service.message, Perspective::Myself);
        let description = pack.variants(&format!("{}.description", service.message));
        let hours = if service.has_hours { Some(pack.variants(&format!("{}.hours", service.message))) } else { None };
        let value = serde_json::to_value(service).unwrap_or_default();
        let fields: BTreeMap<String, serde_json::Value> =
            value.as_object().map(|o| o.clone().into_iter().collect()).unwrap_or_default();
        let mut order: Vec<(String, String)> = CONTACT_FIELDS
            .iter()
            .filter(|(k, _)| fields.contains_key(*k))
            .map(|(k, l)| (k.to_string(), l.to_string()))
            .collect();
        for k in fields.keys() {
            if !NOT_CONTACTS.contains(&k.as_str()) && !CONTACT_FIELDS.iter().any(|(c, _)| c == k) {
                order.push((k.clone(), k.replace('_', " ")));
            }
        }
        let mut contacts = String::new();
        for (key, label) in &order {
            let raw = match &fields[key] {
                serde_json::Value::String(s) => s.clone(),
                other => other.to_string(),
            };
            let shown = if key == "ask" {
                let asked = pack.service_name(&raw);
                format!("<a href=\"#service-{id}\">{}</a> <code class=\"id\">{id}</code>", esc(&asked), id = esc(&raw))
            } else if key == "web" {
                format!("<a href=\"{u}\">{u}</a>", u = esc(&raw))
            } else {
                esc(&raw)
            };
            let flag = if service.unverified.iter().any(|u| u == key) {
                " <strong class=\"unverified\">Unverified</strong>"
            } else {
                ""
            };
            let _ = write!(contacts, "<dt>{}</dt><dd>{shown}{flag}</dd>", esc(label));
        }
        // Unverified fields that are not set (for example a phone still to be found).
        for u in &service.unverified {
            if !fields.contains_key(u) {
                let label = CONTACT_FIELDS
                    .iter()
                    .find(|(k, _)| k == u)
                    .map(|(_, l)| l.to_string())
                    .unwrap_or_else(|| u.replace('_', " "));
                let _ = write!(
                    contacts,
                    "<dt>{}</dt><dd>not given <strong class=\"unverified\">Unverified</strong></dd>",
                    esc(&label)
                );
            }
        }
        if contacts.is_empty() {
            contacts.push_str("<dt>Contacts</dt><dd>none given</dd>");
        }
        if !service.unverified.is_empty() {
            let _ = write!(
                unverified_rows,
                "<tr><td><a href=\"#service-{id}\">{}</a> <code class=\"id\">{id}</code></td><td>{}</td></tr>",
                esc(&pack.service_name(&service.id)),
                esc(&service.unverified.join(", ")),
                id = esc(&service.id)
            );
        }
        let used_by: Vec<String> = q
            .directory
            .routes
            .iter()
            .filter(|r| r.services.contains(&service.id))
            .map(|r| format!("<a href=\"#route-{id}\"><code class=\"id\">{id}</code></a>", id = esc(&r.id)))
            .collect();
        let hours = hours.map(|h| format!("<h4>Opening hours</h4>{h}")).unwrap_or_default();
        let _ = write!(
            out,
            "<section class=\"service\" id=\"service-{id}\" aria-labelledby=\"service-{id}-h\"><h3 id=\"service-{id}-h\">{name} <code class=\"id\">{id}</code></h3>\
             <h4>Description</h4>{description}{hours}<h4>Contacts</h4><dl class=\"contacts\">{contacts}</dl>\
             <p>Listed under: {}.</p></section>",
            if used_by.is_empty() { "no route".to_string() } else { join_words(&used_by, "and") },
            id = esc(&service.id),
        );
    }
    if unverified_rows.is_empty() {
        out.push_str("<h3 id=\"unverified\">Still to confirm</h3><p>Every contact detail has been confirmed.</p>");
    } else {
        let _ = write!(
            out,
            "<h3 id=\"unverified\">Still to confirm</h3><table><caption>Contact details still unverified</caption><thead><tr>\
             <th scope=\"col\">Service</th><th scope=\"col\">Fields</th></tr></thead><tbody>{unverified_rows}</tbody></table>"
        );
    }
    out.push_str("</section>\n");

    // Files.
    out.push_str(
        "<section class=\"part\" aria-labelledby=\"files\"><h2 id=\"files\">Files covered by the content hash</h2><!--STAMP-->\
         <table><caption>Each file's own SHA-256</caption><thead><tr><th scope=\"col\">File</th><th scope=\"col\">SHA-256</th></tr></thead><tbody>",
    );
    for (name, h) in &hashed.files {
        let _ = write!(out, "<tr><td><code>{}</code></td><td><code class=\"hash\">{h}</code></td></tr>", esc(name));
    }
    out.push_str("</tbody></table></section>\n</main>\n");
    out
}

fn question_html(pack: &mut Pack, question: &Question, number: usize) -> String {
    let mut out = String::new();
    let heading = pack.en_plain(&question.text, Perspective::Myself);
    let mut meta = vec![kind_label(question.kind).to_string()];
    if question.optional {
        meta.push("may be left unanswered".into());
    }
    if let Some(max) = question.max_length {
        meta.push(format!("at most {max} characters"));
    }
    let shown = match &question.show_if {
        None => "<p>Always asked.</p>".to_string(),
        Some(c) => format!("<div class=\"if\">Asked only if {}.</div>", pack.condition(c)),
    };
    let wording = pack.variants(&question.text);
    let hint = match &question.hint {
        Some(h) => format!("<h5>Hint</h5>{}", pack.variants(h)),
        None => String::new(),
    };
    let mut options = String::new();
    for option in &question.options {
        let label = pack.variants(&option.label);
        let mut notes = Vec::new();
        if let Some(route) = &option.urgent {
            let rt = pack.route_title(route);
            notes.push(format!(
                "<strong class=\"urgent\">Urgent:</strong> shows <a href=\"#route-{rid}\">{}</a> at once",
                esc(&rt),
                rid = esc(route)
            ));
        }
        if option.exclusive {
            notes.push("cannot be chosen with other answers".into());
        }
        let notes =
            if notes.is_empty() { String::new() } else { format!("<p class=\"note\">{}</p>", notes.join("; ")) };
        let _ = write!(
            options,
            "<li id=\"option-{qid}--{oid}\"><code class=\"id\">{oid}</code>{label}{notes}</li>",
            qid = esc(&question.id),
            oid = esc(&option.id)
        );
    }
    let options = if question.options.is_empty() {
        "<p>A short free-text box. What is typed is never scored and never leaves the person's device in a hand-over.</p>".into()
    } else {
        format!("<ol class=\"options\">{options}</ol>")
    };
    let _ = write!(
        out,
        "<section class=\"question\" id=\"question-{id}\" aria-labelledby=\"question-{id}-h\">\
         <h4 id=\"question-{id}-h\">{number}. {} <code class=\"id\">{id}</code></h4><p class=\"meta\">{}</p>\
         <h5>When it is asked</h5>{shown}<h5>Wording</h5>{wording}{hint}<h5>Answers</h5>{options}</section>",
        esc(&heading),
        esc(&meta.join(" · ")),
        id = esc(&question.id),
    );
    out
}

const CSS: &str = r#"
:root { color: #0b0c0c; background: #fff; font: 100%/1.5 system-ui, "Segoe UI", Arial, "Noto Sans", "Noto Naskh Arabic", "Noto Nastaliq Urdu", sans-serif; }
body { margin: 0 auto; padding: 1rem; max-width: 62rem; }
h1 { font-size: 1.75rem; line-height: 1.2; margin: 0 0 .5rem; }
h2 { font-size: 1.5rem; margin: 2rem 0 .5rem; border-block-end: 2px solid #0b0c0c; }
h3 { font-size: 1.2rem; margin: 1.5rem 0 .25rem; }
h3.section { background: #f3f2f1; padding: .25rem .5rem; }
h4 { font-size: 1.05rem; margin: 1rem 0 .25rem; }
h5 { font-size: 1rem; margin: .75rem 0 .25rem; }
a { color: #1d4e89; }
a:focus { outline: 3px solid #0b0c0c; outline-offset: 2px; background: #ffdd00; }
code { font-family: ui-monospace, Consolas, monospace; font-size: .9em; }
code.id { color: #3d4145; background: #f3f2f1; padding: 0 .2em; border-radius: 2px; }
code.hash { overflow-wrap: anywhere; }
.stamp { font-size: .85rem; color: #3d4145; border: 1px solid #b1b4b6; padding: .25rem .5rem; overflow-wrap: anywhere; }
.question, .rule, .route, .service { border-inline-start: 4px solid #b1b4b6; padding-inline-start: .75rem; margin-block: 1rem; }
.meta, .note { color: #3d4145; margin: 0; }
dl.persp, dl.contacts { display: grid; grid-template-columns: minmax(8rem, 14rem) 1fr; gap: .25rem 1rem; margin: 0; }
dl.persp dt, dl.contacts dt { font-weight: 600; }
dl.persp dd, dl.contacts dd { margin: 0; }
.pair { display: grid; grid-template-columns: 1fr 1fr; gap: 1rem; }
.pair .tgt { border-left: 2px solid #b1b4b6; padding-left: .5rem; }
.same { margin: .25rem 0; }
ol.options p.same { margin: 0; }
.pair .tgt[dir=rtl] { text-align: right; }
ol.options > li { margin-block: .5rem; }
ol.options > li > code.id { display: inline-block; margin-block-end: .1rem; }
ul.cond { margin: .25rem 0; }
.urgent, .unverified, .problem { font-weight: 700; text-decoration: underline; }
.urgent, .problem { color: #a8231b; }
.unverified { color: #6b3a00; }
.problems { border: 4px solid #a8231b; padding: .5rem 1rem; }
.todo { border: 2px solid #b1b4b6; padding: .5rem 1rem; }
.todo ul { columns: 2; font-size: .9rem; }
ins { background: #e6f4ea; text-decoration: underline; }
del { background: #fde8e6; text-decoration: line-through; }
table { border-collapse: collapse; width: 100%; margin-block: .5rem; }
caption { text-align: start; font-weight: 600; padding-block: .25rem; }
th, td { border: 1px solid #b1b4b6; padding: .25rem .5rem; text-align: start; vertical-align: top; }
table.sign td { height: 2.5rem; min-width: 18rem; }
.toc ol { columns: 2; }
.toc li { padding-block: .25rem; }
.toc a { display: inline-block; min-height: 24px; line-height: 24px; }
@page { size: A4; margin: 18mm 14mm 20mm; /*PAGE*/ @bottom-right { content: "Page " counter(page) " of " counter(pages); width: 18%; font-size: 8pt; } }
@media print {
  :root { font-size: 10.5pt; }
  body { max-width: none; padding: 0; }
  a { color: inherit; text-decoration: none; }
  .toc { break-after: page; }
  section.part { break-before: page; }
  h2, h3, h4, h5 { break-after: avoid; }
  .question, .rule, .service, tr, .pair, dl > dd { break-inside: avoid; }
  .stamp { border-color: #0b0c0c; }
}
"#;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn html_is_escaped() {
        assert_eq!(esc("<a href=\"x\">&'"), "&lt;a href=&quot;x&quot;&gt;&amp;&#39;");
        assert_eq!(css_string("a\"b\\c"), "\"a\\\"b\\\\c\"");
    }
}
