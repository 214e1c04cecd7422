//! Quality gates for the languages: every locale has exactly the messages and attributes of
//! en-GB, every file parses, messages use only variables the code passes, and every question,
//! option, route and reason renders in every language for every perspective without errors.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use fluent_bundle::{FluentArgs, FluentBundle, FluentResource};
use fluent_syntax::ast::{self, Entry, Expression, InlineExpression, PatternElement};

const LOCALES: &str = "../locales";
const SOURCE: &str = "en-GB";
/// Variables the app passes to Fluent. A message naming any other would render an error.
const KNOWN_VARIABLES: &[&str] = &[
    "perspective",
    "name",
    "section",
    "sections",
    "max",
    "service",
    "count",
    "version",
    "reference",
    "date",
    "time",
    "code",
    "option",
    // A phone number the start page's "not yet checked" notice makes a tap-to-call link.
    "number",
];

/// Message id → (attribute names, variables used anywhere in it).
type Shape = BTreeMap<String, (BTreeSet<String>, BTreeSet<String>)>;

fn locale_dirs() -> Vec<PathBuf> {
    let mut dirs: Vec<PathBuf> =
        std::fs::read_dir(LOCALES).unwrap().map(|e| e.unwrap().path()).filter(|p| p.is_dir()).collect();
    dirs.sort();
    dirs
}

fn ftl_files(dir: &Path) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "ftl"))
        .collect();
    files.sort();
    files
}

fn collect_vars<S: AsRef<str>>(pattern: &ast::Pattern<S>, out: &mut BTreeSet<String>) {
    for el in &pattern.elements {
        if let PatternElement::Placeable { expression } = el {
            collect_expr(expression, out);
        }
    }
}

fn collect_expr<S: AsRef<str>>(e: &Expression<S>, out: &mut BTreeSet<String>) {
    match e {
        Expression::Select { selector, variants } => {
            collect_inline(selector, out);
            for v in variants {
                collect_vars(&v.value, out);
            }
        }
        Expression::Inline(i) => collect_inline(i, out),
    }
}

fn collect_inline<S: AsRef<str>>(i: &InlineExpression<S>, out: &mut BTreeSet<String>) {
    match i {
        InlineExpression::VariableReference { id } => {
            out.insert(id.name.as_ref().to_string());
        }
        InlineExpression::FunctionReference { arguments, .. } => {
            for a in &arguments.positional {
                collect_inline(a, out);
            }
        }
        InlineExpression::Placeable { expression } => collect_expr(expression, out),
        _ => {}
    }
}

/// Parses every file of a locale, failing on any syntax error.
fn shape(dir: &Path) -> (Shape, Vec<String>) {
    let mut shape = Shape::new();
    let mut errors = Vec::new();
    for f in ftl_files(dir) {
        let text = std::fs::read_to_string(&f).unwrap();
        let res = match fluent_syntax::parser::parse(text.as_str()) {
            Ok(r) => r,
            Err((r, errs)) => {
                for e in errs {
                    errors.push(format!("{}: syntax error {:?} at byte {}", f.display(), e.kind, e.pos.start));
                }
                r
            }
        };
        for entry in res.body {
            if let Entry::Message(m) = entry {
                let mut vars = BTreeSet::new();
                if let Some(v) = &m.value {
                    collect_vars(v, &mut vars);
                }
                let mut attrs = BTreeSet::new();
                for a in &m.attributes {
                    attrs.insert(a.id.name.to_string());
                    collect_vars(&a.value, &mut vars);
                }
                if shape.insert(m.id.name.to_string(), (attrs, vars)).is_some() {
                    errors.push(format!("{}: message {} is defined twice", f.display(), m.id.name));
                }
            }
        }
    }
    (shape, errors)
}

#[test]
fn every_locale_has_exactly_the_source_messages_and_attributes() {
    let (source, errors) = shape(&Path::new(LOCALES).join(SOURCE));
    assert!(errors.is_empty(), "{errors:#?}");
    let mut problems = Vec::new();
    for dir in locale_dirs() {
        let tag = dir.file_name().unwrap().to_string_lossy().to_string();
        let (other, errors) = shape(&dir);
        problems.extend(errors);
        for (id, (attrs, _)) in &source {
            match other.get(id) {
                None => problems.push(format!("{tag}: missing message {id}")),
                Some((a, _)) => {
                    for missing in attrs.difference(a) {
                        problems.push(format!("{tag}: {id} lacks attribute .{missing}"));
                    }
                    for extra in a.difference(attrs) {
                        problems.push(format!("{tag}: {id} has attribute .{extra}, which en-GB lacks"));
                    }
                }
            }
        }
        for id in other.keys().filter(|id| !source.contains_key(*id)) {
            problems.push(format!("{tag}: message {id} is not in en-GB"));
        }
    }
    assert!(problems.is_empty(), "{} problems:\n{}", problems.len(), problems.join("\n"));
}

#[test]
fn messages_use_only_variables_the_code_passes() {
    let mut problems = Vec::new();
    for dir in locale_dirs() {
        let (shape, _) = shape(&dir);
        for (id, (_, vars)) in shape {
            for v in vars.iter().filter(|v| !KNOWN_VARIABLES.contains(&v.as_str())) {
                problems.push(format!("{}: {id} uses ${v}, which the app never passes", dir.display()));
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn every_locale_names_itself() {
    for dir in locale_dirs() {
        let (shape, _) = shape(&dir);
        assert!(shape.contains_key("language-name"), "{} has no language-name", dir.display());
    }
}

fn bundle(dir: &Path) -> FluentBundle<FluentResource> {
    let tag = dir.file_name().unwrap().to_string_lossy().to_string();
    let mut b = FluentBundle::new(vec![tag.parse().unwrap()]);
    b.set_use_isolating(false);
    for f in ftl_files(dir) {
        let res = FluentResource::try_new(std::fs::read_to_string(&f).unwrap()).expect("parses");
        b.add_resource(res).expect("no duplicate ids");
    }
    b
}

fn render(b: &FluentBundle<FluentResource>, reference: &str, args: &FluentArgs) -> Result<String, String> {
    let (id, attr) = reference.split_once('.').map_or((reference, None), |(m, a)| (m, Some(a)));
    let msg = b.get_message(id).ok_or(format!("missing {id}"))?;
    let pattern = match attr {
        Some(a) => msg.get_attribute(a).map(|a| a.value()),
        None => msg.value(),
    }
    .ok_or(format!("missing {reference}"))?;
    let mut errors = Vec::new();
    let text = b.format_pattern(pattern, Some(args), &mut errors).into_owned();
    if !errors.is_empty() {
        return Err(format!("{reference}: {errors:?}"));
    }
    if text.trim().is_empty() {
        return Err(format!("{reference} renders empty"));
    }
    Ok(text)
}

#[test]
fn every_question_route_and_reason_renders_in_every_locale_and_perspective() {
    let content = assessment::content::load(Path::new("../content"), Path::new(LOCALES)).expect("content loads");
    let q = &content.questionnaire;
    let mut references: Vec<String> = Vec::new();
    for s in &q.sections {
        references.push(s.title.clone());
    }
    for question in &q.questions {
        references.push(question.text.clone());
        references.extend(question.hint.clone());
        references.extend(question.options.iter().map(|o| o.label.clone()));
    }
    for r in &q.directory.routes {
        references.extend([
            r.message.clone(),
            format!("{}.short", r.message),
            format!("{}.summary", r.message),
            format!("{}.next", r.message),
        ]);
    }
    for s in &q.directory.services {
        references.extend([s.message.clone(), format!("{}.description", s.message)]);
        if s.has_hours {
            references.push(format!("{}.hours", s.message));
        }
    }
    references.extend(content.rules.rules.iter().map(|r| r.reason.clone()));
    references.push(assessment::scoring::FALLBACK_REASON.to_string());

    let mut problems = Vec::new();
    for dir in locale_dirs() {
        let b = bundle(&dir);
        for perspective in assessment::Perspective::ALL {
            let mut args = FluentArgs::new();
            args.set("perspective", perspective.as_str());
            args.set("name", "Sam");
            for r in &references {
                if let Err(e) = render(&b, r, &args) {
                    problems.push(format!("{} ({}): {e}", dir.display(), perspective.as_str()));
                }
            }
        }
    }
    assert!(problems.is_empty(), "{} problems:\n{}", problems.len(), problems.join("\n"));
}
