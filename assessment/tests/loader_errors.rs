//! A council officer edits the content files by hand. Every mistake must be reported with
//! the file, the line and the key, so it can be found and fixed without a developer.

use std::path::{Path, PathBuf};

use assessment::content::{from_sources, Catalogue, ContentError, ContentErrors, Sources};

const QUESTIONNAIRE: &str = r#"version = "test-1"

[option_sets]
yes-no = ["yes", "no", "not-sure"]

[[section]]
id = "start"

[[question]]
id = "first"
section = "start"
kind = "yes_no"

[[question]]
id = "second"
section = "start"
kind = "single"
options = ["a", "b"]
show_if = { question = "first", any_of = ["yes"] }
"#;

const RULES: &str = r#"fallback_route = "general"

[[rule]]
id = "second-a"
route = "help"
priority = "recommended"
when = { question = "second", any_of = ["a"] }
"#;

const DIRECTORY: &str = r#"[[route]]
id = "help"
services = ["desk"]

[[route]]
id = "general"
services = ["desk"]

[[service]]
id = "desk"
phone = "0100 000 000"
"#;

const MESSAGES: &str = "section-start = Start
options-yes-no = Yes or no
    .yes = Yes
    .no = No
    .not-sure = Not sure
q-first = First?
q-second = Second?
    .a = A
    .b = B
route-help = Help
    .summary = Some help.
    .next = Call us.
route-general = General advice
    .summary = Talk to us.
    .next = Call us.
service-desk = The desk
    .description = A desk.
reason-second-a = You said a.
reason-fallback = Nothing else fitted.
";

/// The four files, each of which a test may change.
#[derive(Clone)]
struct Files {
    questionnaire: String,
    rules: String,
    directory: String,
    messages: String,
}

impl Files {
    fn good() -> Files {
        Files {
            questionnaire: QUESTIONNAIRE.into(),
            rules: RULES.into(),
            directory: DIRECTORY.into(),
            messages: MESSAGES.into(),
        }
    }

    fn load(&self) -> Result<assessment::Content, ContentErrors> {
        let sources = Sources {
            questionnaire: (PathBuf::from("content/questionnaire.toml"), self.questionnaire.clone()),
            rules: (PathBuf::from("content/rules.toml"), self.rules.clone()),
            directory: (PathBuf::from("content/directory.toml"), self.directory.clone()),
        };
        let mut catalogue = Catalogue::default();
        catalogue.add(Path::new("locales/en-GB/test.ftl"), &self.messages)?;
        from_sources(&sources, &catalogue)
    }

    /// Loads, expecting exactly one error, and returns it.
    fn only_error(&self) -> ContentError {
        match self.load() {
            Ok(_) => panic!("loaded without error"),
            Err(ContentErrors(mut e)) => {
                assert_eq!(e.len(), 1, "expected one error, got:\n{}", ContentErrors(e.clone()));
                e.remove(0)
            }
        }
    }
}

fn replace(text: &str, from: &str, to: &str) -> String {
    assert!(text.contains(from), "{from:?} is not in the text");
    text.replacen(from, to, 1)
}

/// 1-based line of the first line holding `needle` (in the changed text).
fn line(text: &str, needle: &str) -> usize {
    text.lines().position(|l| l.contains(needle)).unwrap_or_else(|| panic!("{needle:?} not found")) + 1
}

/// The error names this file, line and key, and its message says this; the displayed form
/// (what the server prints) carries all of them.
fn assert_error(e: &ContentError, file: &str, line: usize, key: &str, message: &str) {
    assert_eq!(e.file, PathBuf::from(file), "{e}");
    assert_eq!(e.line, Some(line), "{e}");
    assert!(e.key.contains(key), "key {:?} should contain {key:?} ({e})", e.key);
    assert!(e.message.contains(message), "message {:?} should contain {message:?}", e.message);
    let shown = e.to_string();
    assert!(shown.starts_with(&format!("{file}:{line}: ")), "{shown}");
}

#[test]
fn the_base_files_load() {
    let c = Files::good().load().unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(c.questionnaire.questions.len(), 2);
}

#[test]
fn toml_syntax_error() {
    let mut f = Files::good();
    f.rules = replace(RULES, r#"route = "help""#, r#"route = "help"#);
    let e = f.only_error();
    assert_error(&e, "content/rules.toml", line(&f.rules, r#"route = "help"#), r#"route = "help"#, "");
    assert!(!e.message.is_empty());
}

#[test]
fn unknown_field() {
    let mut f = Files::good();
    f.questionnaire = replace(QUESTIONNAIRE, "kind = \"yes_no\"\n", "kind = \"yes_no\"\ncolour = \"red\"\n");
    let e = f.only_error();
    assert_error(&e, "content/questionnaire.toml", line(&f.questionnaire, "colour"), "colour", "colour");
}

#[test]
fn unknown_field_in_a_service() {
    let mut f = Files::good();
    f.directory = replace(DIRECTORY, "phone = ", "telephone = ");
    let e = f.only_error();
    assert_error(&e, "content/directory.toml", line(&f.directory, "telephone"), "telephone", "telephone");
}

#[test]
fn unknown_question_in_show_if() {
    let mut f = Files::good();
    f.questionnaire = replace(QUESTIONNAIRE, r#"question = "first""#, r#"question = "frist""#);
    let e = f.only_error();
    assert_error(
        &e,
        "content/questionnaire.toml",
        line(&f.questionnaire, r#"id = "second""#),
        r#"question "second" › show_if"#,
        r#""frist""#,
    );
}

#[test]
fn reference_to_a_later_question_which_could_make_a_cycle() {
    let mut f = Files::good();
    f.questionnaire = replace(
        QUESTIONNAIRE,
        "kind = \"yes_no\"\n",
        "kind = \"yes_no\"\nshow_if = { question = \"second\", any_of = [\"a\"] }\n",
    );
    let e = f.only_error();
    assert_error(
        &e,
        "content/questionnaire.toml",
        line(&f.questionnaire, r#"id = "first""#),
        r#"question "first" › show_if"#,
        "asked before",
    );
}

#[test]
fn unknown_option_in_show_if() {
    let mut f = Files::good();
    f.questionnaire = replace(QUESTIONNAIRE, r#"any_of = ["yes"]"#, r#"any_of = ["yes", "maybe"]"#);
    let e = f.only_error();
    assert_error(
        &e,
        "content/questionnaire.toml",
        line(&f.questionnaire, r#"id = "second""#),
        "show_if",
        r#"no option "maybe""#,
    );
}

#[test]
fn unknown_option_in_a_rule() {
    let mut f = Files::good();
    f.rules = replace(RULES, r#"any_of = ["a"]"#, r#"any_of = ["c"]"#);
    let e = f.only_error();
    assert_error(
        &e,
        "content/rules.toml",
        line(&f.rules, r#"id = "second-a""#),
        r#"rule "second-a" › when"#,
        r#"no option "c""#,
    );
}

#[test]
fn unknown_urgent_option() {
    let mut f = Files::good();
    f.questionnaire =
        replace(QUESTIONNAIRE, "options = [\"a\", \"b\"]\n", "options = [\"a\", \"b\"]\nurgent = { c = \"help\" }\n");
    let e = f.only_error();
    assert_error(
        &e,
        "content/questionnaire.toml",
        line(&f.questionnaire, r#"id = "second""#),
        r#"question "second""#,
        r#"option "c""#,
    );
}

#[test]
fn unreachable_question() {
    let mut f = Files::good();
    f.questionnaire = replace(
        QUESTIONNAIRE,
        r#"show_if = { question = "first", any_of = ["yes"] }"#,
        r#"show_if = { all = [{ question = "first", any_of = ["yes"] }, { question = "first", any_of = ["no"] }] }"#,
    );
    let e = f.only_error();
    assert_error(
        &e,
        "content/questionnaire.toml",
        line(&f.questionnaire, r#"id = "second""#),
        r#"question "second" › show_if"#,
        "unreachable",
    );
}

#[test]
fn rule_naming_an_unknown_route() {
    let mut f = Files::good();
    f.rules = replace(RULES, r#"route = "help""#, r#"route = "hepl""#);
    let e = f.only_error();
    assert_error(
        &e,
        "content/rules.toml",
        line(&f.rules, r#"id = "second-a""#),
        r#"rule "second-a" › route"#,
        r#"no route "hepl""#,
    );
}

#[test]
fn route_naming_an_unknown_service() {
    let mut f = Files::good();
    f.directory = replace(DIRECTORY, r#"services = ["desk"]"#, r#"services = ["desk", "phone-box"]"#);
    let e = f.only_error();
    assert_error(
        &e,
        "content/directory.toml",
        line(&f.directory, r#"id = "help""#),
        r#"route "help" › services"#,
        r#"no service "phone-box""#,
    );
}

#[test]
fn missing_en_gb_message_for_an_option() {
    let mut f = Files::good();
    f.messages = replace(MESSAGES, "    .b = B\n", "");
    let e = f.only_error();
    assert_error(
        &e,
        "content/questionnaire.toml",
        line(&f.questionnaire, r#"id = "second""#),
        r#"question "second""#,
        r#""q-second.b" is missing from locales/en-GB"#,
    );
}

#[test]
fn missing_en_gb_message_for_a_reason() {
    let mut f = Files::good();
    f.messages = replace(MESSAGES, "reason-second-a = You said a.\n", "");
    let e = f.only_error();
    assert_error(
        &e,
        "content/rules.toml",
        line(&f.rules, r#"id = "second-a""#),
        r#"rule "second-a""#,
        r#""reason-second-a" is missing"#,
    );
}

#[test]
fn missing_en_gb_message_for_a_route_summary() {
    let mut f = Files::good();
    f.messages = replace(MESSAGES, "    .summary = Some help.\n", "");
    let e = f.only_error();
    assert_error(
        &e,
        "content/directory.toml",
        line(&f.directory, r#"id = "help""#),
        r#"route "help""#,
        r#""route-help.summary" is missing"#,
    );
}

#[test]
fn fluent_syntax_error_names_the_ftl_file_and_line() {
    let mut f = Files::good();
    f.messages = replace(MESSAGES, "q-first = First?\n", "q-first = { $perspective ->\n    [self] First?\n}\n");
    let e = f.only_error();
    assert_eq!(e.file, PathBuf::from("locales/en-GB/test.ftl"));
    let l = e.line.expect("a line");
    assert!((6..=8).contains(&l), "line {l}: {e}");
    assert!(e.message.contains("Fluent"), "{e}");
}

#[test]
fn every_mistake_is_reported_at_once() {
    let mut f = Files::good();
    f.rules = replace(RULES, r#"route = "help""#, r#"route = "hepl""#);
    f.directory = replace(DIRECTORY, r#"services = ["desk"]"#, r#"services = ["phone-box"]"#);
    f.messages = replace(MESSAGES, "q-first = First?\n", "");
    let errors = f.load().unwrap_err();
    let files: Vec<String> = errors.0.iter().map(|e| e.file.display().to_string()).collect();
    assert_eq!(errors.0.len(), 3, "{errors}");
    for file in ["content/rules.toml", "content/directory.toml", "content/questionnaire.toml"] {
        assert!(files.iter().any(|f| f == file), "{errors}");
    }
    assert!(errors.to_string().starts_with("3 problems in the content files:"), "{errors}");
}

/// The same, through the real loader reading real files from a folder.
#[test]
fn errors_from_files_on_disk_name_the_real_paths() {
    let dir = std::env::temp_dir().join(format!(
        "assessment-loader-errors-{}-{:?}",
        std::process::id(),
        std::thread::current().id()
    ));
    let _ = std::fs::remove_dir_all(&dir);
    let (content, locale) = (dir.join("content"), dir.join("locales").join("en-GB"));
    std::fs::create_dir_all(&content).unwrap();
    std::fs::create_dir_all(&locale).unwrap();
    let rules = replace(RULES, r#"route = "help""#, r#"route = "hepl""#);
    std::fs::write(content.join("questionnaire.toml"), QUESTIONNAIRE).unwrap();
    std::fs::write(content.join("rules.toml"), &rules).unwrap();
    std::fs::write(content.join("directory.toml"), DIRECTORY).unwrap();
    std::fs::write(locale.join("test.ftl"), MESSAGES).unwrap();

    let result = assessment::content::load(&content, &dir.join("locales"));
    let _ = std::fs::remove_dir_all(&dir);
    let errors = result.unwrap_err();
    assert_eq!(errors.0.len(), 1, "{errors}");
    let e = &errors.0[0];
    assert_eq!(e.file, content.join("rules.toml"));
    assert_eq!(e.line, Some(line(&rules, r#"id = "second-a""#)));
    assert!(e.key.contains("route"), "{e}");
}

#[test]
fn a_missing_file_is_named() {
    let dir = std::env::temp_dir().join(format!("assessment-loader-missing-{}", std::process::id()));
    let errors = assessment::content::load(&dir.join("content"), &dir.join("locales")).unwrap_err();
    assert_eq!(errors.0.len(), 3, "{errors}");
    assert!(errors.0.iter().any(|e| e.file.ends_with("questionnaire.toml")));
}
