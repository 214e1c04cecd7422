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
assessment = true

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
    .short = Help, in one line.
    .summary = Some help.
    .next = Call us.
route-general = General advice
    .short = Talk to us.
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
    /// Earlier questionnaires: file name in `content/archive/`, text.
    archive: Vec<(String, String)>,
}

impl Files {
    fn good() -> Files {
        Files {
            questionnaire: QUESTIONNAIRE.into(),
            rules: RULES.into(),
            directory: DIRECTORY.into(),
            messages: MESSAGES.into(),
            archive: Vec::new(),
        }
    }

    fn with_archive(mut self, name: &str, text: &str) -> Files {
        self.archive.push((name.into(), text.into()));
        self
    }

    fn load(&self) -> Result<assessment::Content, ContentErrors> {
        let sources = Sources {
            questionnaire: (PathBuf::from("content/questionnaire.toml"), self.questionnaire.clone()),
            rules: (PathBuf::from("content/rules.toml"), self.rules.clone()),
            directory: (PathBuf::from("content/directory.toml"), self.directory.clone()),
            archive: self
                .archive
                .iter()
                .map(|(n, t)| (PathBuf::from(format!("content/archive/{n}")), t.clone()))
                .collect(),
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
fn a_route_can_mark_only_its_next_steps_unverified() {
    let mut f = Files::good();
    f.directory =
        replace(&f.directory, "assessment = true\n", "assessment = true\nunverified = [\"next\", \"hours\"]\n");
    let e = f.only_error();
    assert_error(
        &e,
        "content/directory.toml",
        line(&f.directory, r#"id = "help""#),
        r#"route "help" › unverified"#,
        r#""hours" is not one of next"#,
    );
}

#[test]
fn missing_en_gb_message_for_a_route_short_line() {
    let mut f = Files::good();
    f.messages = replace(MESSAGES, "    .short = Help, in one line.\n", "");
    let e = f.only_error();
    assert_error(
        &e,
        "content/directory.toml",
        line(&f.directory, r#"id = "help""#),
        r#"route "help""#,
        r#""route-help.short" is missing"#,
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

// ───────────────────────────── archive ─────────────────────────────

/// The base questionnaire as it was before: version "test-0", and `second` had a third option
/// and a condition. Its words are gone from the messages, and that is fine.
fn earlier() -> String {
    let old = replace(QUESTIONNAIRE, r#"version = "test-1""#, r#"version = "test-0""#);
    replace(&old, r#"options = ["a", "b"]"#, r#"options = ["a", "b", "gone"]"#)
}

#[test]
fn an_earlier_questionnaire_loads_as_a_shape_without_its_words() {
    let c = Files::good().with_archive("test-0.toml", &earlier()).load().unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(c.archive.len(), 1);
    let a = &c.archive[0];
    assert_eq!(a.file, PathBuf::from("content/archive/test-0.toml"));
    assert_eq!(a.shape.version, "test-0");
    let second = &a.shape.questions[1];
    assert_eq!(second.options.iter().map(|o| o.id.as_str()).collect::<Vec<_>>(), ["a", "b", "gone"]);
    assert!(second.show_if.is_some());
}

#[test]
fn an_archived_urgent_route_that_is_gone_is_not_an_error() {
    let old = replace(&earlier(), r#"kind = "yes_no""#, "kind = \"yes_no\"\nurgent = { yes = \"no-longer-there\" }");
    assert!(Files::good().with_archive("test-0.toml", &old).load().is_ok());
}

#[test]
fn an_archive_with_the_current_version_is_refused_at_its_version_line() {
    let e = Files::good().with_archive("test-1.toml", QUESTIONNAIRE).only_error();
    assert_error(&e, "content/archive/test-1.toml", 1, "version", "is the current questionnaire's version");
}

#[test]
fn two_archived_files_with_one_version_are_refused_naming_both() {
    let e = Files::good()
        .with_archive("a.toml", &earlier())
        .with_archive("b.toml", &format!("# a second copy\n{}", earlier()))
        .only_error();
    assert_error(&e, "content/archive/b.toml", 2, "version", "also the version of content/archive/a.toml");
}

#[test]
fn a_mistake_in_an_archived_file_names_its_file_line_and_key() {
    let old = replace(
        &earlier(),
        r#"show_if = { question = "first", any_of = ["yes"] }"#,
        r#"show_if = { question = "first", any_of = ["maybe"] }"#,
    );
    let e = Files::good().with_archive("test-0.toml", &old).only_error();
    assert_error(
        &e,
        "content/archive/test-0.toml",
        line(&old, r#"id = "second""#),
        "question \"second\" › show_if",
        "has no option \"maybe\"",
    );

    let broken = replace(&earlier(), "kind = \"single\"", "kind = \"singular\"");
    let e = Files::good().with_archive("test-0.toml", &broken).only_error();
    assert_error(&e, "content/archive/test-0.toml", line(&broken, "singular"), "singular", "unknown variant");
}

#[test]
fn an_archive_folder_on_disk_is_read_and_a_missing_one_is_empty() {
    let dir = std::env::temp_dir().join(format!("assessment-loader-archive-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    let (content, locale) = (dir.join("content"), dir.join("locales").join("en-GB"));
    std::fs::create_dir_all(&locale).unwrap();
    std::fs::create_dir_all(&content).unwrap();
    std::fs::write(content.join("questionnaire.toml"), QUESTIONNAIRE).unwrap();
    std::fs::write(content.join("rules.toml"), RULES).unwrap();
    std::fs::write(content.join("directory.toml"), DIRECTORY).unwrap();
    std::fs::write(locale.join("test.ftl"), MESSAGES).unwrap();
    let without = assessment::content::load(&content, &dir.join("locales"));

    std::fs::create_dir_all(content.join("archive")).unwrap();
    std::fs::write(content.join("archive/test-0.toml"), earlier()).unwrap();
    std::fs::write(content.join("archive/README.md"), "Earlier versions.").unwrap();
    let with = assessment::content::load(&content, &dir.join("locales"));
    let elsewhere = assessment::content::load_with_archive(&content, &dir.join("no-such-folder"), &dir.join("locales"));
    let _ = std::fs::remove_dir_all(&dir);

    assert!(without.unwrap_or_else(|e| panic!("{e}")).archive.is_empty());
    let with = with.unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(with.archive.iter().map(|a| a.shape.version.as_str()).collect::<Vec<_>>(), ["test-0"]);
    assert_eq!(with.archive[0].file, content.join("archive/test-0.toml"));
    assert!(elsewhere.unwrap_or_else(|e| panic!("{e}")).archive.is_empty());
}

/// 16-bit tags can clash (about one pair in 65,536); such versions' codes could not be told
/// apart, so start-up names the file rather than read a code with the wrong questionnaire.
#[test]
fn an_archived_version_whose_codes_carry_the_current_tag_is_refused() {
    use assessment::handover::{tag, Shape};
    let locales = ["en-GB", "pl"];
    let current = Files::good().load().unwrap().questionnaire;
    let current_tag = tag(&Shape::of(&current), &locales);
    let mut shape = Shape::of(&current);
    let version = (0..1_000_000)
        .map(|n| format!("test-0.{n}"))
        .find(|v| {
            shape.version = v.clone();
            tag(&shape, &locales) == current_tag
        })
        .expect("a clash within a million versions");
    let old = replace(QUESTIONNAIRE, r#"version = "test-1""#, &format!("version = \"{version}\""));
    let content = Files::good().with_archive("clash.toml", &old).load().unwrap_or_else(|e| panic!("{e}"));
    let errors = assessment::content::code_tags(&content, &locales).unwrap_err();
    assert_eq!(errors.0.len(), 1, "{errors}");
    let e = &errors.0[0];
    assert_eq!((e.file.as_path(), e.key.as_str()), (Path::new("content/archive/clash.toml"), "version"));
    assert!(e.message.contains("same tag") && e.message.contains("change `version`"), "{e}");
    // Another language list gives other tags, and no clash.
    assert_eq!(assessment::content::code_tags(&content, &["en-GB"]).map(|t| t.len()).ok(), Some(1));
}

// ───────────────────── no dead ends; "Prefer not to say" ─────────────────────

const SECOND_SERVICE: &str = r#"
[[service]]
id = "visits"
"#;

#[test]
fn a_service_with_no_way_to_reach_it_is_refused_unless_it_names_who_to_ask() {
    let mut f = Files::good();
    f.directory = format!("{DIRECTORY}{SECOND_SERVICE}");
    f.messages = format!("{MESSAGES}service-visits = Visits\n    .description = Friendly visits.\n");
    let e = f.only_error();
    assert_error(&e, "content/directory.toml", line(&f.directory, r#"id = "visits""#), r#"service "visits""#, "ask = ");

    // Naming the desk to ask instead makes a card with a way to act.
    f.directory = format!("{DIRECTORY}{SECOND_SERVICE}ask = \"desk\"\n");
    let c = f.load().unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(c.questionnaire.directory.service("visits").unwrap().ask.as_deref(), Some("desk"));
}

#[test]
fn the_service_to_ask_must_exist_and_have_a_phone() {
    let mut f = Files::good();
    f.messages = format!("{MESSAGES}service-visits = Visits\n    .description = Friendly visits.\n");
    f.directory = format!("{DIRECTORY}{SECOND_SERVICE}ask = \"reception\"\n");
    let e = f.only_error();
    assert_error(
        &e,
        "content/directory.toml",
        line(&f.directory, r#"id = "visits""#),
        "› ask",
        r#"no service "reception""#,
    );

    let web_only = replace(DIRECTORY, r#"phone = "0100 000 000""#, r#"web = "https://example.org""#);
    f.directory = format!("{web_only}{SECOND_SERVICE}ask = \"desk\"\n");
    let e = f.only_error();
    assert_error(&e, "content/directory.toml", line(&f.directory, r#"id = "visits""#), "› ask", "no phone number");
}

#[test]
fn decline_adds_a_last_exclusive_prefer_not_to_say_option() {
    let mut f = Files::good();
    f.questionnaire = replace(QUESTIONNAIRE, r#"options = ["a", "b"]"#, "kind_placeholder");
    f.questionnaire = replace(
        &f.questionnaire,
        r#"kind = "single"
kind_placeholder"#,
        r#"kind = "multiple"
options = ["a", "b"]
decline = true"#,
    );
    f.messages = format!("{MESSAGES}options-decline = Prefer not to say\n    .prefer-not-to-say = Prefer not to say\n");
    let c = f.load().unwrap_or_else(|e| panic!("{e}"));
    let q = &c.questionnaire.questions[1];
    let last = q.options.last().unwrap();
    assert_eq!(
        (last.id.as_str(), last.label.as_str(), last.exclusive),
        ("prefer-not-to-say", "options-decline.prefer-not-to-say", true)
    );
    assert!(q.can_decline());
}

#[test]
fn decline_needs_its_shared_words_and_is_never_listed_by_hand() {
    let mut f = Files::good();
    f.questionnaire = replace(
        QUESTIONNAIRE,
        r#"options = ["a", "b"]"#,
        r#"options = ["a", "b"]
decline = true"#,
    );
    let e = f.only_error();
    assert_error(
        &e,
        "content/questionnaire.toml",
        line(&f.questionnaire, r#"id = "second""#),
        r#"question "second""#,
        "options-decline.prefer-not-to-say",
    );

    let mut f = Files::good();
    f.questionnaire = replace(QUESTIONNAIRE, r#"options = ["a", "b"]"#, r#"options = ["a", "prefer-not-to-say"]"#);
    f.messages = replace(MESSAGES, "    .b = B", "    .prefer-not-to-say = Prefer not to say");
    let e = f.only_error();
    assert_error(
        &e,
        "content/questionnaire.toml",
        line(&f.questionnaire, r#"id = "second""#),
        "› options",
        "decline = true",
    );
}

#[test]
fn exactly_one_route_is_the_needs_assessment() {
    let mut f = Files::good();
    f.directory = replace(DIRECTORY, "assessment = true\n", "");
    let e = f.only_error();
    assert_eq!(e.file, PathBuf::from("content/directory.toml"));
    assert!(e.message.contains("assessment = true"), "{e}");

    f.directory = replace(
        DIRECTORY,
        r#"id = "general"
services = ["desk"]"#,
        r#"id = "general"
services = ["desk"]
assessment = true"#,
    );
    let e = f.only_error();
    assert_error(
        &e,
        "content/directory.toml",
        line(&f.directory, r#"id = "general""#),
        r#"route "general" › assessment"#,
        "only one",
    );
}
