//! Fuzzing the engine with answer sets nobody would send on purpose (issue 8, "Proof"), on
//! stable Rust with proptest, over the real questionnaire: ids from it mixed with junk,
//! answers of the wrong shape, repeats, huge lists, hidden questions, too many answers,
//! unicode. `validate_answers`, `score`, the show-if helpers and the hand-over encoders must
//! never panic, and what they return must keep its promises.
//!
//! Each property runs a bounded number of cases (about a second in a debug build). For a
//! long session:
//!
//!   FUZZ_CASES=100000 cargo test --release -p assessment --test fuzz_engine -- --nocapture
//!
//! (`FUZZ_CASES` sets the cases of every property here; each prints its count and time.)

use std::collections::BTreeSet;
use std::path::Path;
use std::sync::OnceLock;
use std::time::Instant;

use assessment::handover::{decode_code, decode_link, encode_code, encode_link, Handover};
use assessment::validate::{validate_answers, AnswerError, MAX_ANSWERS};
use assessment::{score, Answer, Answers, Content, Perspective, Priority, QuestionKind};
use proptest::prelude::*;
use proptest::test_runner::{Config, FileFailurePersistence, TestCaseError, TestRunner};

const LOCALES: &[&str] = &["en-GB", "cy", "pl"];

struct World {
    content: Content,
    question_ids: Vec<String>,
    option_ids: Vec<String>,
}

fn world() -> &'static World {
    static W: OnceLock<World> = OnceLock::new();
    W.get_or_init(|| {
        let content = assessment::content::load(Path::new("../content"), Path::new("../locales"))
            .unwrap_or_else(|e| panic!("{e}"));
        let q = &content.questionnaire;
        let question_ids = q.questions.iter().map(|q| q.id.clone()).collect();
        let mut option_ids: Vec<String> =
            q.questions.iter().flat_map(|q| q.options.iter().map(|o| o.id.clone())).collect();
        option_ids.sort();
        option_ids.dedup();
        World { content, question_ids, option_ids }
    })
}

// ───────────────────────────── running ─────────────────────────────

fn cases(default: u32) -> u32 {
    std::env::var("FUZZ_CASES").ok().and_then(|v| v.parse().ok()).unwrap_or(default)
}

/// This thread's CPU time (Linux), so a busy machine's figures can be told from slow code.
fn thread_cpu_secs() -> Option<f64> {
    let s = std::fs::read_to_string("/proc/thread-self/schedstat").ok()?;
    Some(s.split_whitespace().next()?.parse::<f64>().ok()? / 1e9)
}

/// Runs a property with `FUZZ_CASES` (else `default_cases`) cases and prints the count and time.
fn run<S: Strategy>(name: &str, default_cases: u32, strategy: S, test: impl Fn(S::Value) -> Result<(), TestCaseError>)
where
    S::Value: std::fmt::Debug,
{
    world();
    let cases = cases(default_cases);
    let config = Config {
        cases,
        source_file: Some(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fuzz_engine.rs")),
        failure_persistence: Some(Box::new(FileFailurePersistence::WithSource("proptest-regressions"))),
        max_shrink_iters: 4096,
        ..Config::default()
    };
    let mut runner = TestRunner::new(config);
    let (start, cpu) = (Instant::now(), thread_cpu_secs());
    let result = runner.run(&strategy, test);
    let took = start.elapsed().as_secs_f64();
    let cpu = thread_cpu_secs().zip(cpu).map_or(String::new(), |(b, a)| format!(", {:.2} s on the CPU", b - a));
    eprintln!("fuzz_engine: {name}: {cases} cases in {took:.2} s{cpu} ({:.0}/s)", cases as f64 / took);
    if let Err(e) = result {
        panic!("{name}: {e}");
    }
}

// ───────────────────────────── generators ─────────────────────────────

fn re(regex: &str) -> proptest::string::RegexGeneratorStrategy<String> {
    proptest::string::string_regex(regex).unwrap()
}

/// Built once (building a string strategy compiles a regex).
fn nasty_string() -> SBoxedStrategy<String> {
    static S: OnceLock<SBoxedStrategy<String>> = OnceLock::new();
    S.get_or_init(|| {
        prop_oneof![
            3 => any::<String>(),
            2 => re("\\PC{0,24}"),
            1 => prop::sample::select(vec![
                "", " ", "\t\n", "~", "/", "~0~1", "a/b~c", "\u{0}", "\u{feff}yes", "yes\u{200b}", "ＹＥＳ",
                "\u{202e}sey", "😀", "\u{10ffff}", "e\u{301}", "none ", "Yes",
            ])
            .prop_map(String::from),
            1 => (1usize..2000).prop_map(|n| "x".repeat(n)),
            1 => (1usize..600).prop_map(|n| "ß😀".repeat(n)),
        ]
        .sboxed()
    })
    .clone()
}

fn question_id() -> impl Strategy<Value = String> {
    prop_oneof![8 => prop::sample::select(world().question_ids.clone()), 1 => nasty_string()]
}

fn option_id() -> impl Strategy<Value = String> {
    prop_oneof![8 => prop::sample::select(world().option_ids.clone()), 1 => nasty_string()]
}

fn answer() -> impl Strategy<Value = Answer> {
    prop_oneof![
        6 => option_id().prop_map(Answer::One),
        6 => prop::collection::vec(option_id(), 0..8).prop_map(Answer::Many),
        // Free text around the 500-character limit.
        1 => (495usize..506, any::<char>()).prop_map(|(n, c)| Answer::One(c.to_string().repeat(n))),
        1 => nasty_string().prop_map(Answer::One),
    ]
}

/// Any answers: mostly to real questions, with junk among them; sometimes past MAX_ANSWERS.
fn answers() -> impl Strategy<Value = Answers> {
    prop_oneof![
        12 => prop::collection::btree_map(question_id(), answer(), 0..60),
        // One answer of the same few options many times over.
        1 => (prop::collection::btree_map(question_id(), answer(), 0..60), question_id(), prop::collection::vec(option_id(), 1..4), 10usize..3000)
            .prop_map(|(mut m, q, ids, n)| {
                m.insert(q, Answer::Many((0..n).map(|i| ids[i % ids.len()].clone()).collect()));
                m
            }),
        1 => (MAX_ANSWERS - 5..MAX_ANSWERS + 50, answer())
            .prop_map(|(n, a)| (0..n).map(|i| (format!("q{i}"), a.clone())).collect()),
    ]
}

fn perspective() -> impl Strategy<Value = Perspective> {
    prop::sample::select(Perspective::ALL.to_vec())
}

// ───────────────────────────── properties ─────────────────────────────

/// Validation: never panics; each error points into `/answers` and says something; past the
/// limit it says only that; an answer set it accepts has only known, shown questions.
#[test]
fn validation_of_any_answers_is_well_behaved() {
    run("validate_answers", 800, answers(), |answers| {
        let q = &world().content.questionnaire;
        let errors = validate_answers(q, &answers);
        if answers.len() > MAX_ANSWERS {
            prop_assert_eq!(errors, vec![AnswerError::TooMany { count: answers.len() }]);
            return Ok(());
        }
        for e in &errors {
            prop_assert!(e.pointer().starts_with("/answers"), "{:?}", e);
            prop_assert!(!e.detail().is_empty());
        }
        let unknown = answers.keys().filter(|k| !world().question_ids.contains(k)).count();
        let unknown_errors = errors.iter().filter(|e| matches!(e, AnswerError::UnknownQuestion { .. })).count();
        prop_assert_eq!(unknown, unknown_errors);
        if errors.is_empty() {
            let visible = q.visible_answers(&answers);
            prop_assert_eq!(&visible, &answers, "an accepted answer set has no hidden answers");
        }
        // Deterministic.
        prop_assert_eq!(validate_answers(q, &answers), errors);
        Ok(())
    });
}

/// Scoring (even of answers validation would refuse): never panics, never empty, ordered by
/// priority, only real routes, every reason points at answers that were given and shown;
/// hidden and unknown answers change nothing.
#[test]
fn scoring_any_answers_is_well_behaved() {
    run("score", 800, answers(), |answers| {
        let c = &world().content;
        let q = &c.questionnaire;
        let result = score(c, &answers);
        prop_assert_eq!(&result.questionnaire_version, &q.version);
        prop_assert!(!result.signposts.is_empty());
        let priorities: Vec<Priority> = result.signposts.iter().map(|s| s.priority).collect();
        prop_assert!(priorities.windows(2).all(|w| w[0] <= w[1]), "{:?}", priorities);
        let routes: BTreeSet<&str> = result.signposts.iter().map(|s| s.route.as_str()).collect();
        prop_assert_eq!(routes.len(), result.signposts.len(), "a route is given once");
        let visible = q.visible_answers(&answers);
        for s in &result.signposts {
            prop_assert!(q.directory.route(&s.route).is_some(), "unknown route {}", s.route);
            for m in s.reasons.iter().flat_map(|r| &r.answers) {
                let given = visible.get(&m.question);
                prop_assert!(given.is_some(), "a reason points at an unanswered or hidden question {}", m.question);
                for o in &m.options {
                    prop_assert!(given.unwrap().chosen().contains(o), "{} was not chosen for {}", o, m.question);
                }
            }
        }
        prop_assert_eq!(&score(c, &visible), &result);
        // The show-if helpers too.
        let path = q.path(&answers);
        for question in q.questions.iter().step_by(7) {
            prop_assert_eq!(q.is_shown(&question.id, &answers), path.iter().any(|p| p.id == question.id));
        }
        Ok(())
    });
}

/// The hand-over encoders take whatever answers the app holds (a saved journey may be stale):
/// they never panic, and what they make always reads back as a journey the server accepts.
#[test]
fn any_answers_hand_over_as_a_valid_journey() {
    let strategy = (answers(), perspective(), prop::sample::select(LOCALES.to_vec()), prop::option::of(question_id()));
    run("hand-over", 400, strategy, |(answers, perspective, locale, step)| {
        let q = &world().content.questionnaire;
        let h = Handover { perspective, locale: locale.to_string(), step, answers };
        let code = encode_code(q, LOCALES, &h);
        let from_code = decode_code(q, LOCALES, &code).map_err(|e| TestCaseError::fail(format!("{code}: {e:?}")))?;
        let errors = validate_answers(q, &from_code.answers);
        prop_assert!(errors.is_empty(), "code {} reads back as answers the server refuses: {:?}", code, errors);
        let is_text = |id: &String| q.questions.iter().any(|x| &x.id == id && x.kind == QuestionKind::Text);
        prop_assert!(!from_code.answers.keys().any(is_text), "free text never travels");
        let link = encode_link(q, &h);
        let from_link = decode_link(q, &link).map_err(|e| TestCaseError::fail(format!("{link}: {e:?}")))?;
        let errors = validate_answers(q, &from_link.handover.answers);
        prop_assert!(errors.is_empty(), "link reads back as answers the server refuses: {:?}", errors);
        prop_assert_eq!(&from_link.handover.answers, &from_code.answers, "code and link carry the same answers");
        Ok(())
    });
}

/// Decoding what people type or paste never panics, whatever it is.
#[test]
fn decoding_any_text_never_panics() {
    let text = prop_oneof![
        2 => nasty_string(),
        2 => re("[0-9A-Za-z -]{0,120}"),
        1 => re("[A-Za-z0-9_-]{0,400}"),
        1 => re("https://x/#resume=[A-Za-z0-9_-]{0,300}"),
    ];
    run("decode", 2000, text, |s| {
        let q = &world().content.questionnaire;
        if let Ok(h) = decode_code(q, LOCALES, &s) {
            prop_assert!(validate_answers(q, &h.answers).is_empty());
        }
        if let Ok(d) = decode_link(q, &s) {
            prop_assert!(validate_answers(q, &d.handover.answers).is_empty());
        }
        Ok(())
    });
}
