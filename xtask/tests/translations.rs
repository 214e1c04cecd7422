//! `cargo xtask translations` (issue 16): review status lives in `locales/<lang>/review.toml`,
//! and changing the English makes a review stale.
//!
//! - `no_reviewed_translation_is_stale` lists stale reviews in the real locales (none is
//!   recorded yet, so it passes; it fails, naming them, once an English message changes after
//!   its translation was reviewed).
//! - The others work on a copy of the words: export → edit as a translator would → import →
//!   record a review → change the English → stale; and imports that must be refused.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).parent().unwrap().to_path_buf()
}

fn xtask(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_xtask")).current_dir(root()).args(args).output().expect("xtask runs")
}

fn text(o: &Output) -> String {
    format!("{}{}", String::from_utf8_lossy(&o.stdout), String::from_utf8_lossy(&o.stderr))
}

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for e in std::fs::read_dir(from).unwrap() {
        let p = e.unwrap().path();
        if p.is_file() {
            std::fs::copy(&p, to.join(p.file_name().unwrap())).unwrap();
        }
    }
}

/// A copy of en-GB and ar in a fresh folder.
fn fixture(name: &str) -> PathBuf {
    let dir = root().join("target/translations-test").join(name);
    let _ = std::fs::remove_dir_all(&dir);
    for tag in ["en-GB", "ar"] {
        copy_dir(&root().join("locales").join(tag), &dir.join(tag));
    }
    let _ = std::fs::remove_file(dir.join("ar/review.toml"));
    dir
}

fn export(locales: &Path) -> String {
    let out = locales.join("ar.xlf");
    let run = xtask(&[
        "translations",
        "export",
        "ar",
        "--locales",
        &locales.to_string_lossy(),
        "--out",
        &out.to_string_lossy(),
    ]);
    assert!(run.status.success(), "{}", text(&run));
    std::fs::read_to_string(out).unwrap()
}

fn import(locales: &Path, xliff: &str, extra: &[&str]) -> Output {
    let file = locales.join("returned.xlf");
    std::fs::write(&file, xliff).unwrap();
    let mut args = vec!["translations", "import", "ar"];
    let (l, f) = (locales.to_string_lossy().to_string(), file.to_string_lossy().to_string());
    args.extend([f.as_str(), "--locales", l.as_str()]);
    args.extend(extra);
    xtask(&args)
}

/// The XLIFF of one unit.
fn unit<'a>(xliff: &'a str, id: &str) -> &'a str {
    let start = xliff.find(&format!("<unit id=\"{id}\" ")).unwrap_or_else(|| panic!("no unit {id}"));
    let end = start + xliff[start..].find("</unit>").unwrap();
    &xliff[start..end]
}

/// The XLIFF of one segment of a unit.
fn segment<'a>(unit: &'a str, id: &str) -> &'a str {
    let start = unit.find(&format!("<segment id=\"{id}\"")).unwrap_or_else(|| panic!("no segment {id} in {unit}"));
    let end = start + unit[start..].find("</segment>").unwrap();
    &unit[start..end]
}

/// `x` with the target of one segment of one unit replaced by `f(old target)`.
fn with_target(x: &str, unit_id: &str, segment: &str, f: impl Fn(&str) -> String) -> String {
    let u = unit(x, unit_id);
    let s =
        u.find(&format!("<segment id=\"{segment}\"")).unwrap_or_else(|| panic!("no segment {segment} in {unit_id}"));
    let open = "<target xml:space=\"preserve\">";
    let t = s + u[s..].find(open).expect("a target") + open.len();
    let e = t + u[t..].find("</target>").unwrap();
    let new_unit = format!("{}{}{}", &u[..t], f(&u[t..e]), &u[e..]);
    x.replace(u, &new_unit)
}

#[test]
fn no_reviewed_translation_is_stale() {
    let run = xtask(&["translations", "stale"]);
    assert!(run.status.success(), "{}", text(&run));
}

#[test]
fn export_carries_source_context_placeholders_plurals_and_state() {
    let locales = fixture("export");
    let x = export(&locales);
    assert!(x.contains("srcLang=\"en-GB\" trgLang=\"ar\""));
    assert!(x.contains("Plural categories in ar: zero"), "the language's plural categories");
    let falls = unit(&x, "q-falls");
    assert!(falls.contains("<segment id=\"perspective.other\" state=\"translated\">"), "{falls}");
    assert!(falls.contains("<ph id=\"1\" dataRef=\"d1\" disp=\"{ $name }\"/>"), "placeholders are protected codes");
    assert!(falls.contains("category=\"context\">The wording of question"), "context names the question");
    // results-count selects on who is answering, then on the number: a segment for every
    // plural category of Arabic in every perspective, each with its English source.
    let count = unit(&x, "results-count");
    for p in ["self", "other", "staff"] {
        for cat in ["zero", "one", "two", "few", "many", "other"] {
            let id = format!("perspective.{p}:count.{cat}");
            let seg = segment(count, &id);
            assert!(seg.contains("<source xml:space=\"preserve\">") && seg.contains("<target"), "{id} in {count}");
            if cat != "one" {
                assert!(seg.contains("disp=\"{ $count }\"/>"), "the English of {id} shows the number: {seg}");
            }
        }
    }
}

#[test]
fn a_review_is_recorded_on_import_and_goes_stale_when_the_english_changes() {
    let locales = fixture("review");
    let l = locales.to_string_lossy().to_string();
    let x = export(&locales);
    // A reviewer rewords one variant and marks the message final.
    let mut returned = x.clone();
    for attr in ["", ".no", ".once", ".more-than-once"] {
        let u = unit(&x, &format!("q-falls{attr}"));
        returned = returned.replace(u, &u.replace("state=\"translated\"", "state=\"final\""));
    }
    let returned = with_target(&returned, "q-falls", "perspective.self", |_| "هل وقعت خلال السنة الماضية؟".into());

    let run = import(&locales, &returned, &["--reviewed-by", "native-speaker"]);
    assert!(run.status.success(), "{}", text(&run));
    let ftl = std::fs::read_to_string(locales.join("ar/questions.ftl")).unwrap();
    assert!(ftl.contains("هل وقعت خلال السنة الماضية؟"), "the new wording is written");
    let original = std::fs::read_to_string(root().join("locales/ar/questions.ftl")).unwrap();
    // Everything but that message (up to the blank line after it) is as it was, comments too.
    let without = |t: &str| {
        let start = t.find("\nq-falls =").unwrap();
        let end = start + 1 + t[start + 1..].find("\n\n").unwrap();
        format!("{}{}", &t[..start], &t[end..])
    };
    assert_eq!(without(&ftl), without(&original), "only that message is rewritten");
    let review = std::fs::read_to_string(locales.join("ar/review.toml")).unwrap();
    assert!(review.contains("[messages.q-falls]") && review.contains("reviewed_by = \"native-speaker\""), "{review}");
    let run = xtask(&["translations", "stale", "ar", "--locales", &l]);
    assert!(run.status.success(), "{}", text(&run));

    // The English changes: the review is stale, and the next export says so.
    let en = locales.join("en-GB/questions.ftl");
    let english = std::fs::read_to_string(&en).unwrap();
    std::fs::write(
        &en,
        english.replacen("Have you had a fall in the last year?", "Have you fallen over in the last year?", 1),
    )
    .unwrap();
    let run = xtask(&["translations", "stale", "ar", "--locales", &l]);
    assert!(!run.status.success());
    assert!(
        text(&run).contains("q-falls: the English changed since it was reviewed by native-speaker"),
        "{}",
        text(&run)
    );
    let x = export(&locales);
    assert!(unit(&x, "q-falls").contains("subState=\"xtask:stale\""));
}

#[test]
fn imports_that_break_placeholders_plurals_or_syntax_are_refused_and_nothing_is_written() {
    let locales = fixture("refuse");
    let x = export(&locales);
    let before = std::fs::read_to_string(locales.join("ar/app.ftl")).unwrap();
    let cases: Vec<(String, &str)> = vec![
        // A number placeholder dropped from a plural form that needs it.
        (
            with_target(&x, "results-count", "perspective.self:count.few", |t| {
                let a = t.find("<ph ").expect("the few form shows the number");
                let b = a + t[a..].find("/>").unwrap() + 2;
                format!("{}{}", &t[..a], &t[b..])
            }),
            "placeholder { $count } is missing",
        ),
        // A placeholder typed as text.
        (
            with_target(&x, "results-count", "perspective.staff:count.two", |t| format!("{{ $count }} {t}")),
            "brace typed as text",
        ),
        // A plural form taken away (from the number's select in every perspective).
        (
            ["self", "other", "staff"].iter().fold(x.clone(), |x, p| {
                x.replacen(
                    &format!("<segment id=\"perspective.{p}:count.many\""),
                    &format!("<segment id=\"perspective.{p}:count.lots\""),
                    1,
                )
            }),
            "plural form \"many\" is missing",
        ),
    ];
    for (returned, expected) in cases {
        assert_ne!(returned, x, "the case applies ({expected})");
        let run = import(&locales, &returned, &[]);
        assert!(!run.status.success(), "accepted a file with: {expected}");
        assert!(text(&run).contains(expected), "expected {expected:?} in:\n{}", text(&run));
        assert_eq!(std::fs::read_to_string(locales.join("ar/app.ftl")).unwrap(), before, "nothing written");
    }
    // Unchanged, it goes back in changing nothing.
    let run = import(&locales, &x, &[]);
    assert!(text(&run).contains("ar: 0 messages changed"), "{}", text(&run));
}

#[test]
fn a_message_the_language_lacks_is_added_beside_its_neighbours() {
    let locales = fixture("add");
    let file = locales.join("ar/questions.ftl");
    let ftl = std::fs::read_to_string(&file).unwrap();
    let line =
        ftl.lines().find(|l| l.starts_with("section-home =")).expect("a one-line message to take out").to_string();
    std::fs::write(&file, ftl.replacen(&format!("{line}\n"), "", 1)).unwrap();
    let x = export(&locales);
    let u = unit(&x, "section-home");
    assert!(u.contains("state=\"initial\"") && !u.contains("<target"), "{u}");
    let filled = u
        .replace("</source>", "</source>\n     <target>بيتك</target>")
        .replace("state=\"initial\"", "state=\"translated\"");
    let run = import(&locales, &x.replace(u, &filled), &[]);
    assert!(run.status.success(), "{}", text(&run));
    let after = std::fs::read_to_string(&file).unwrap();
    let lines: Vec<&str> = after.lines().collect();
    let at = lines.iter().position(|l| *l == "section-home = بيتك").expect("written");
    assert!(
        lines[at - 1].starts_with("section-daily-life ="),
        "after the message English puts before it: {:?}",
        &lines[at - 1]
    );
}

/// Every message rendered in every perspective (and a few counts), by reference.
fn renders(dir: &Path) -> std::collections::BTreeMap<String, String> {
    use fluent_bundle::{FluentArgs, FluentBundle, FluentResource};
    let tag = dir.file_name().unwrap().to_string_lossy().to_string();
    let mut bundle = FluentBundle::new(vec![tag.parse().unwrap()]);
    bundle.set_use_isolating(false);
    let mut ids = Vec::new();
    for e in std::fs::read_dir(dir).unwrap() {
        let p = e.unwrap().path();
        if p.extension().is_some_and(|x| x == "ftl") {
            let text = std::fs::read_to_string(&p).unwrap();
            for line in text.lines() {
                if let Some((id, _)) = line.split_once(" =") {
                    if !id.is_empty() && !id.starts_with([' ', '#', '-']) {
                        ids.push(id.to_string());
                    }
                }
            }
            bundle.add_resource(FluentResource::try_new(text).expect("parses")).unwrap();
        }
    }
    let mut out = std::collections::BTreeMap::new();
    for id in ids {
        let msg = bundle.get_message(&id).unwrap();
        let mut patterns: Vec<(String, _)> = msg.value().map(|v| (id.clone(), v)).into_iter().collect();
        patterns.extend(msg.attributes().map(|a| (format!("{id}.{}", a.id()), a.value())));
        for (reference, pattern) in patterns {
            for p in ["self", "other", "staff"] {
                for n in [0, 1, 2, 3, 11, 100] {
                    let mut args = FluentArgs::new();
                    args.set("perspective", p);
                    args.set("name", "Alex");
                    args.set("count", n);
                    args.set("max", n);
                    let mut errors = Vec::new();
                    let text = bundle.format_pattern(pattern, Some(&args), &mut errors).to_string();
                    out.insert(format!("{reference} {p} {n}"), text);
                }
            }
        }
    }
    out
}

#[test]
fn every_message_rebuilt_from_the_export_renders_exactly_as_before() {
    // Empty Arabic files: every message comes back from the XLIFF and is written anew.
    let locales = fixture("rebuild");
    let x = export(&locales);
    let before = renders(&locales.join("ar"));
    for e in std::fs::read_dir(locales.join("ar")).unwrap() {
        let p = e.unwrap().path();
        if p.extension().is_some_and(|x| x == "ftl") {
            std::fs::write(&p, "").unwrap();
        }
    }
    let run = import(&locales, &x, &[]);
    assert!(run.status.success(), "{}", text(&run));
    let after = renders(&locales.join("ar"));
    let differ: Vec<String> = before
        .iter()
        .filter(|(k, v)| after.get(*k) != Some(*v))
        .map(|(k, v)| format!("{k}: {v:?} → {:?}", after.get(k)))
        .take(10)
        .collect();
    assert!(differ.is_empty(), "{}", differ.join("\n"));
    assert_eq!(before.len(), after.len());
}

#[test]
fn a_translation_of_english_that_changed_since_the_export_is_not_taken() {
    let locales = fixture("moved");
    let x = export(&locales);
    let en = locales.join("en-GB/questions.ftl");
    let english = std::fs::read_to_string(&en).unwrap();
    std::fs::write(
        &en,
        english.replacen("Have you had a fall in the last year?", "Have you fallen over in the last year?", 1),
    )
    .unwrap();
    let changed = with_target(&x, "q-falls", "perspective.self", |_| "هل وقعت؟".into());
    assert_ne!(x, changed);
    let run = import(&locales, &changed, &[]);
    assert!(run.status.success(), "{}", text(&run));
    assert!(text(&run).contains("q-falls: skipped, the English of perspective.self changed since"), "{}", text(&run));
    let ftl = std::fs::read_to_string(locales.join("ar/questions.ftl")).unwrap();
    assert!(!ftl.contains("هل وقعت؟"));
}
