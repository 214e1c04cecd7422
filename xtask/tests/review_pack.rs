//! `cargo xtask review-pack` (issue 16): generated here in CI from the real content, into a
//! temporary folder. Every question, option, rule, route and service id appears in the pack
//! (as an anchor and as visible text), it is self-contained (no scripts, nothing fetched), and
//! with `--lang ar` the Arabic stands beside the English, right to left.
//! (`end2end/tests/review-pack.spec.ts` runs axe on the same output.)

use std::path::{Path, PathBuf};
use std::process::Command;

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).parent().unwrap().to_path_buf()
}

fn out_dir(name: &str) -> PathBuf {
    let dir = root().join("target/review-pack-test").join(name);
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

fn generate(out: &Path, extra: &[&str]) -> String {
    let run = Command::new(env!("CARGO_BIN_EXE_xtask"))
        .current_dir(root())
        .arg("review-pack")
        .arg("--out")
        .arg(out)
        .args(extra)
        .output()
        .expect("xtask runs");
    assert!(
        run.status.success(),
        "review-pack failed:\n{}{}",
        String::from_utf8_lossy(&run.stdout),
        String::from_utf8_lossy(&run.stderr)
    );
    std::fs::read_to_string(out).expect("the pack was written")
}

fn content() -> assessment::Content {
    assessment::content::load(&root().join("content"), &root().join("locales")).expect("content loads")
}

fn expect_every_id(html: &str) {
    let content = content();
    let q = &content.questionnaire;
    let mut missing = Vec::new();
    let mut want = |anchor: String, visible: &str| {
        if !html.contains(&format!("id=\"{anchor}\"")) {
            missing.push(format!("anchor {anchor}"));
        }
        if !html.contains(&format!("<code class=\"id\">{visible}</code>")) {
            missing.push(format!("visible id {visible}"));
        }
    };
    for question in &q.questions {
        want(format!("question-{}", question.id), &question.id);
        for option in &question.options {
            want(format!("option-{}--{}", question.id, option.id), &option.id);
        }
    }
    for rule in &content.rules.rules {
        want(format!("rule-{}", rule.id), &rule.id);
    }
    for route in &q.directory.routes {
        want(format!("route-{}", route.id), &route.id);
    }
    for service in &q.directory.services {
        want(format!("service-{}", service.id), &service.id);
    }
    assert!(missing.is_empty(), "the pack lacks:\n{}", missing.join("\n"));
    // The version and the content hash head every part (and the printed pages' margins).
    let parts = html.matches("<section class=\"part\"").count();
    assert!(parts >= 7, "{parts} parts");
    assert!(html.matches(&format!("Version {} · generated", q.version)).count() > parts, "a stamp per part");
    assert!(html.contains("@top-left") && html.contains("@bottom-left"), "printed pages carry the stamp");
}

fn expect_self_contained(html: &str) {
    let lower = html.to_ascii_lowercase();
    for banned in ["<script", "<link", " src=", "@import", "url("] {
        assert!(!lower.contains(banned), "the pack must stand alone, but has {banned}");
    }
    assert!(lower.starts_with("<!doctype html>\n<html lang=\"en-gb\""));
}

#[test]
fn english_pack_names_every_id_and_stands_alone() {
    let out = out_dir("en").join("pack.html");
    let html = generate(&out, &[]);
    expect_every_id(&html);
    expect_self_contained(&html);
    // Conditions in plain words, rules with reasons in each perspective.
    assert!(html.contains("Asked only if"), "show_if is put in words");
    assert!(html.contains("<strong>If</strong>") && html.contains("<strong>because:</strong>"));
    assert!(html.contains("Staff asking a caller"));
    assert!(!html.contains("Words that did not render"), "every English message renders");
}

#[test]
fn arabic_pack_shows_each_message_beside_its_english_source_right_to_left() {
    let out = out_dir("ar").join("pack.html");
    let html = generate(&out, &["--lang", "ar"]);
    expect_every_id(&html);
    expect_self_contained(&html);
    let pairs = html.matches("<span class=\"pair\"><span class=\"src\" lang=\"en-GB\" dir=\"ltr\">").count();
    let rtl = html.matches("<span class=\"tgt\" lang=\"ar\" dir=\"rtl\">").count();
    assert!(pairs > 100 && pairs == rtl, "{pairs} pairs, {rtl} right-to-left");
}

#[test]
fn changes_are_listed_against_the_newest_archived_questionnaire_or_their_absence_said() {
    // The browser tests' invented earlier version: not in history, so questions only.
    let out = out_dir("fixture-archive").join("pack.html");
    let html = generate(&out, &["--archive", "end2end/fixtures/archive"]);
    assert!(html.contains("Compared with version <strong>2026-10.1</strong>"), "names the version compared with");
    assert!(html.contains("Only questions and options are compared"));
    assert!(html.contains("Questions and answers"));

    let empty = out_dir("no-archive");
    let html = generate(&empty.join("pack.html"), &["--archive", &empty.join("none").to_string_lossy()]);
    assert!(html.contains("There is no earlier questionnaire"), "says when there is nothing to compare with");
}
