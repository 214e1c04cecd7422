//! `end2end/fixtures/content-b/`: the current questionnaire as a council might change it next,
//! which `end2end/tests/content-change.spec.ts` restarts the server on while journeys are under
//! way. Checked here so it cannot drift from `content/`: exactly one question added
//! (`sight-hearing`), one option taken out (`stairs`), one question removed (`falls`), and the
//! current questionnaire archived in it, so hand-over codes made before the change still open.
//! And what carrying a journey forward onto it gives, which the browser test expects.

use std::path::{Path, PathBuf};

use assessment::handover::Shape;
use assessment::{carry_forward, Answer, Answers, Content};

const FIXTURE: &str = "../end2end/fixtures/content-b";

/// A copy of the English words with the added question's words (what the browser test's
/// build of version B reads).
fn words() -> PathBuf {
    let dir = std::env::temp_dir().join(format!("content-b-words-{}", std::process::id()));
    let en = dir.join("en-GB");
    std::fs::create_dir_all(&en).unwrap();
    for entry in std::fs::read_dir("../locales/en-GB").unwrap() {
        let path = entry.unwrap().path();
        std::fs::copy(&path, en.join(path.file_name().unwrap())).unwrap();
    }
    std::fs::copy(Path::new(FIXTURE).join("words/en-GB.ftl"), en.join("content-b.ftl")).unwrap();
    dir
}

fn load() -> (Content, Content) {
    let a =
        assessment::content::load(Path::new("../content"), Path::new("../locales")).unwrap_or_else(|e| panic!("{e}"));
    let b = assessment::content::load(Path::new(FIXTURE), &words()).unwrap_or_else(|e| panic!("{FIXTURE}: {e}"));
    (a, b)
}

fn read(path: impl AsRef<Path>) -> String {
    std::fs::read_to_string(path.as_ref()).unwrap_or_else(|e| panic!("{}: {e}", path.as_ref().display()))
}

#[test]
fn the_fixture_archives_the_current_questionnaire_and_keeps_its_directory() {
    let (a, _) = load();
    let current = read("../content/questionnaire.toml");
    let archived = Path::new(FIXTURE).join(format!("archive/{}.toml", a.questionnaire.version));
    assert_eq!(
        read(&archived),
        current,
        "{} must be a copy of content/questionnaire.toml (version {}): copy it again, and rename the \
         file if the version changed, so codes made with the current questions open on version B",
        archived.display(),
        a.questionnaire.version
    );
    assert_eq!(
        read(Path::new(FIXTURE).join("directory.toml")),
        read("../content/directory.toml"),
        "copy content/directory.toml again"
    );
    // The rules: content/rules.toml without the two that used `falls`, and without `stairs`.
    let mut rules = read("../content/rules.toml");
    for id in ["falls-repeated", "fall-once"] {
        let start =
            rules.find(&format!("[[rule]]\nid = \"{id}\"\n")).unwrap_or_else(|| panic!("content has rule {id}"));
        let end = rules[start..].find("\n\n").map_or(rules.len(), |i| start + i + 2);
        rules.replace_range(start..end, "");
    }
    let rules = rules.replace("any_of = [\"stairs\", ", "any_of = [");
    let fixture = read(Path::new(FIXTURE).join("rules.toml"));
    let fixture = fixture.split_once('\n').map_or("", |(_, rest)| rest);
    assert_eq!(
        fixture, rules,
        "end2end/fixtures/content-b/rules.toml: content/rules.toml changed; make the copy again"
    );
}

#[test]
fn the_fixture_is_the_current_questionnaire_with_one_question_added_one_option_and_one_question_removed() {
    let (a, b) = load();
    let (a, b) = (&a.questionnaire, &b.questionnaire);
    assert_ne!(a.version, b.version);
    let ids = |q: &assessment::Questionnaire| q.questions.iter().map(|x| x.id.clone()).collect::<Vec<_>>();
    let mut expected = ids(a);
    expected.retain(|id| id != "falls");
    let at = expected.iter().position(|id| id == "lives-alone").unwrap() + 1;
    expected.insert(at, "sight-hearing".into());
    assert_eq!(ids(b), expected);
    for question in &b.questions {
        let Some(before) = a.questions.iter().find(|x| x.id == question.id) else { continue };
        let mut before = before.clone();
        if before.id == "home-difficulties" {
            before.options.retain(|o| o.id != "stairs");
        }
        assert_eq!(question, &before, "{} changed in the fixture", question.id);
    }
    assert!(b.directory == a.directory);
}

/// The browser test's journey: answered on the current questions up to `hospital`, carried
/// forward to version B.
#[test]
fn a_journey_half_way_through_carries_forward_as_the_browser_test_expects() {
    let (a, b) = load();
    let one = |s: &str| Answer::One(s.into());
    let many = |v: &[&str]| Answer::Many(v.iter().map(|s| s.to_string()).collect());
    let answers: Answers = [
        ("age-band", one("age-75-to-84")),
        ("lives-alone", one("yes")),
        ("danger-now", one("no")),
        ("self-harm", one("no")),
        ("harm-by-others", many(&["none"])),
        ("scam", one("no")),
        ("daily-life", many(&["none"])),
        ("home-difficulties", many(&["stairs", "bath-or-shower"])),
        ("falls", one("once")),
    ]
    .into_iter()
    .map(|(k, v)| (k.to_string(), v))
    .collect();
    let older = b.archive.iter().find(|x| x.shape.version == a.questionnaire.version).map(|x| &x.shape);
    assert_eq!(older, Some(&Shape::of(&a.questionnaire)), "version A's shape is in B's archive");
    for earlier in [older, None] {
        let c = carry_forward(&b.questionnaire, earlier, &answers, &[]);
        assert_eq!(c.recheck, ["sight-hearing", "home-difficulties"], "with the earlier shape: {}", earlier.is_some());
        assert_eq!(c.removed, ["falls"]);
        assert_eq!(c.answers.get("home-difficulties"), Some(&many(&["bath-or-shower"])));
        assert_eq!(c.answers.len(), answers.len() - 1);
        assert!(assessment::validate::validate_answers(&b.questionnaire, &c.answers).is_empty());
    }
}
