//! Fuzzing the API decoder through the whole router (issue 8, "Proof"), on stable Rust with
//! proptest: arbitrary bytes, and structured but hostile request bodies built from the real
//! questionnaire's ids, sent to `POST /api/v1/assessments`. The server must never panic and
//! never answer 5xx: only 200, or a 4xx problem document (400, 413, 415, 422), always JSON.
//!
//! The decoder (`api::json::parse`) is private to the server crate, so it is reached the way a
//! client reaches it: through the router (`tower::ServiceExt::oneshot`), which also covers the
//! media-type check, the body limit, the version and locale checks and answer validation.
//!
//! Each property runs a bounded number of cases (about a second or two in a debug build) so
//! CI stays quick. For a long session:
//!
//!   FUZZ_CASES=100000 cargo test --release -p server --test fuzz_api -- --nocapture
//!
//! (`FUZZ_CASES` sets the cases of every property here; each prints its count and time.
//! proptest's own variables, e.g. `PROPTEST_RNG_SEED`, still apply.)

mod common;

use std::cell::RefCell;
use std::path::Path;
use std::sync::OnceLock;
use std::time::Instant;

use assessment::{Answer, Answers, QuestionKind, Questionnaire};
use axum::body::Body;
use axum::http::{header, Request, StatusCode};
use common::TestApp;
use http_body_util::BodyExt;
use proptest::prelude::*;
use proptest::test_runner::{Config, FileFailurePersistence, TestCaseError, TestRunner};
use serde_json::{json, Map, Value};
use server::api::BODY_LIMIT;
use server::{AppState, Options};

// ───────────────────────────── the app under test ─────────────────────────────

/// The real questionnaire, rules and locales, with the rate limit off (every case comes from
/// one address) and a throw-away `dist/`.
struct World {
    app: TestApp,
    q: Questionnaire,
    locales: Vec<String>,
    question_ids: Vec<String>,
    option_ids: Vec<String>,
}

fn world() -> &'static World {
    static WORLD: OnceLock<World> = OnceLock::new();
    WORLD.get_or_init(|| {
        let state = AppState::load(Path::new("../content"), Path::new("../locales")).unwrap_or_else(|e| panic!("{e}"));
        let q = state.content.questionnaire.clone();
        let locales = state.locales.clone();
        let question_ids = q.questions.iter().map(|q| q.id.clone()).collect();
        let mut option_ids: Vec<String> =
            q.questions.iter().flat_map(|q| q.options.iter().map(|o| o.id.clone())).collect();
        option_ids.sort();
        option_ids.dedup();
        let app = TestApp::with_state(std::sync::Arc::new(state), Options { behind_tls: false, rate_limit: None });
        World { app, q, locales, question_ids, option_ids }
    })
}

thread_local! {
    /// One runtime per test thread; the router is shared.
    static RT: RefCell<tokio::runtime::Runtime> = RefCell::new(
        tokio::runtime::Builder::new_current_thread().enable_all().build().unwrap()
    );
}

/// Sends one POST and returns the status, content type and body.
fn post(content_type: Option<&str>, body: Vec<u8>) -> (StatusCode, String, Vec<u8>) {
    let mut req = Request::post("/api/v1/assessments");
    if let Some(ct) = content_type {
        req = req.header(header::CONTENT_TYPE, ct);
    }
    let req = req.body(Body::from(body)).unwrap();
    RT.with(|rt| {
        rt.borrow().block_on(async {
            let res = world().app.send(req).await;
            let status = res.status();
            let ct = common::content_type(&res).to_string();
            let body = res.into_body().collect().await.expect("bodies we send never fail").to_bytes().to_vec();
            (status, ct, body)
        })
    })
}

/// The contract for any request: 200 with an assessment, or a 4xx problem document whose
/// `status` matches; never a 5xx, never a body that is not JSON.
fn check_answer(status: StatusCode, ct: &str, body: &[u8]) -> Result<Value, TestCaseError> {
    let allowed = [200, 400, 413, 415, 422];
    let text = || String::from_utf8_lossy(&body[..body.len().min(400)]).into_owned();
    prop_assert!(allowed.contains(&status.as_u16()), "status {status}: {}", text());
    let doc: Value =
        serde_json::from_slice(body).map_err(|e| TestCaseError::fail(format!("not JSON ({e}): {}", text())))?;
    if status == StatusCode::OK {
        prop_assert_eq!(ct, "application/json");
        prop_assert_eq!(&doc["questionnaire_version"], &json!(world().q.version));
        prop_assert!(doc["signposts"].as_array().is_some_and(|s| !s.is_empty()), "no signposts: {}", text());
    } else {
        prop_assert_eq!(ct, "application/problem+json");
        prop_assert_eq!(&doc["status"], &json!(status.as_u16()));
        prop_assert!(doc["type"].as_str().is_some_and(|t| t.starts_with("/problems/")), "{}", text());
        prop_assert!(doc["detail"].is_string(), "{}", text());
    }
    Ok(doc)
}

// ───────────────────────────── running ─────────────────────────────

/// `FUZZ_CASES`, else this property's CI default.
fn cases(default: u32) -> u32 {
    std::env::var("FUZZ_CASES").ok().and_then(|v| v.parse().ok()).unwrap_or(default)
}

/// Runs a property with `cases` cases, failing the test with proptest's minimal example;
/// prints how many cases ran and how long they took (`-- --nocapture` shows it).
fn run<S: Strategy>(name: &str, default_cases: u32, strategy: S, test: impl Fn(S::Value) -> Result<(), TestCaseError>)
where
    S::Value: std::fmt::Debug,
{
    world(); // loaded before the clock starts
    let cases = cases(default_cases);
    let config = Config {
        cases,
        // A failing case is saved to tests/fuzz_api.proptest-regressions and tried first next time.
        source_file: Some(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fuzz_api.rs")),
        failure_persistence: Some(Box::new(FileFailurePersistence::WithSource("proptest-regressions"))),
        max_shrink_iters: 2048,
        ..Config::default()
    };
    let mut runner = TestRunner::new(config);
    let (start, cpu) = (Instant::now(), thread_cpu_secs());
    let result = runner.run(&strategy, test);
    let took = start.elapsed().as_secs_f64();
    let cpu = thread_cpu_secs().zip(cpu).map_or(String::new(), |(b, a)| format!(", {:.2} s on the CPU", b - a));
    eprintln!("fuzz_api: {name}: {cases} cases in {took:.2} s{cpu} ({:.0}/s)", cases as f64 / took);
    if let Err(e) = result {
        panic!("{name}: {e}");
    }
}

/// This thread's CPU time (Linux), so a busy machine's figures can be told from slow code.
fn thread_cpu_secs() -> Option<f64> {
    let s = std::fs::read_to_string("/proc/thread-self/schedstat").ok()?;
    Some(s.split_whitespace().next()?.parse::<f64>().ok()? / 1e9)
}

// ───────────────────────────── generators ─────────────────────────────

/// A string strategy compiled once (a `&str` strategy compiles its regex for every case).
fn re(regex: &str) -> proptest::string::RegexGeneratorStrategy<String> {
    proptest::string::string_regex(regex).unwrap()
}

/// A valid answer set, walked as a person would: shown questions only, some skipped.
fn walk(q: &Questionnaire, each: &[(bool, u64)], text: &str) -> Answers {
    let mut answers = Answers::new();
    for (question, &(skip, bits)) in q.questions.iter().zip(each) {
        if skip || !q.is_shown(&question.id, &answers) {
            continue;
        }
        let n = question.options.len() as u64;
        let answer = match question.kind {
            QuestionKind::Text => {
                let t: String = text.chars().take(question.max_length.unwrap_or(500)).collect();
                if t.trim().is_empty() {
                    continue;
                }
                Answer::One(t)
            }
            QuestionKind::Multiple => {
                let mut chosen: Vec<_> = question
                    .options
                    .iter()
                    .enumerate()
                    .filter(|(i, _)| bits >> (i % 63) & 1 == 1)
                    .map(|(_, o)| o)
                    .collect();
                if chosen.is_empty() {
                    chosen.push(&question.options[(bits % n) as usize]);
                }
                if chosen.len() > 1 && chosen.iter().any(|o| o.exclusive) {
                    let exclusive = *chosen.iter().find(|o| o.exclusive).unwrap();
                    chosen.retain(|o| !o.exclusive);
                    // Only exclusive options were ticked ("None of these", "Prefer not to say").
                    if chosen.is_empty() {
                        chosen.push(exclusive);
                    }
                }
                Answer::Many(chosen.into_iter().map(|o| o.id.clone()).collect())
            }
            _ => Answer::One(question.options[(bits % n) as usize].id.clone()),
        };
        answers.insert(question.id.clone(), answer);
    }
    answers
}

fn valid_answers() -> impl Strategy<Value = Answers> {
    let n = world().q.questions.len();
    (prop::collection::vec((prop::bool::weighted(0.15), any::<u64>()), n), re("\\PC{0,60}"))
        .prop_map(|(each, text)| walk(&world().q, &each, &text))
}

fn valid_request() -> impl Strategy<Value = Value> {
    let w = world();
    (valid_answers(), prop::sample::select(w.locales.clone()), prop::sample::select(vec!["self", "other", "staff"]))
        .prop_map(|(answers, locale, perspective)| {
            json!({
                "questionnaire_version": world().q.version,
                "locale": locale,
                "perspective": perspective,
                "answers": answers,
            })
        })
}

/// Strings chosen to upset code that handles ids: pointer escapes, lookalikes, controls,
/// right-to-left text, astral characters, long runs.
///
/// Built once: `prop_recursive` rebuilds its inner strategies for every case, and building a
/// string strategy compiles a regex.
fn nasty_string() -> SBoxedStrategy<String> {
    static S: OnceLock<SBoxedStrategy<String>> = OnceLock::new();
    S.get_or_init(|| nasty_string_uncached().sboxed()).clone()
}

fn nasty_string_uncached() -> impl Strategy<Value = String> {
    prop_oneof![
        3 => any::<String>(),
        2 => re("\\PC{0,24}"),
        1 => prop::sample::select(vec![
            "", " ", "~", "/", "~0~1", "a/b~c", "__proto__", "constructor", "null", "\u{0}", "\u{feff}yes",
            "yes\u{200b}", "ＹＥＳ", "\u{202e}sey", "😀", "\u{10ffff}", "\\", "\"", "\n", "e\u{301}",
        ]).prop_map(String::from),
        1 => (1usize..3000).prop_map(|n| "x".repeat(n)),
        1 => (1usize..300).prop_map(|n| "ß😀".repeat(n)),
    ]
}

fn question_id() -> impl Strategy<Value = String> {
    prop_oneof![6 => prop::sample::select(world().question_ids.clone()), 1 => nasty_string()]
}

fn option_id() -> impl Strategy<Value = String> {
    prop_oneof![6 => prop::sample::select(world().option_ids.clone()), 1 => nasty_string()]
}

/// Any JSON value, nested a few levels.
fn any_json() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i64>().prop_map(Value::from),
        any::<f64>().prop_map(|f| serde_json::Number::from_f64(f).map_or(Value::Null, Value::Number)),
        nasty_string().prop_map(Value::String),
    ];
    leaf.prop_recursive(4, 48, 6, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..6).prop_map(Value::Array),
            prop::collection::btree_map(nasty_string(), inner, 0..6)
                .prop_map(|m| Value::Object(m.into_iter().collect())),
        ]
    })
}

/// Arrays or objects nested `depth` deep, around serde_json's limit of 128.
fn deep_json() -> impl Strategy<Value = Value> {
    (1usize..400, any::<bool>(), option_id()).prop_map(|(depth, arrays, leaf)| {
        let mut v = Value::String(leaf);
        for _ in 0..depth {
            // Not `json!({ "a": v })`, which copies `v` again at every level.
            v = if arrays { Value::Array(vec![v]) } else { Value::Object(Map::from_iter([("a".to_string(), v)])) };
        }
        v
    })
}

/// What may stand where an answer belongs (the big ones are in [`answers_value`]).
fn answer_value() -> impl Strategy<Value = Value> {
    prop_oneof![
        8 => option_id().prop_map(Value::String),
        6 => prop::collection::vec(option_id().prop_map(Value::String), 0..8).prop_map(Value::Array),
        // Free text around the 500-character limit.
        1 => (400usize..700).prop_map(|n| Value::String("é".repeat(n))),
        2 => any_json(),
        1 => deep_json(),
    ]
}

/// Many option ids (often the same one over and over): from a few KiB to ~130 KiB, so both
/// under and over the body limit.
fn huge_array() -> impl Strategy<Value = Value> {
    (prop::sample::select(world().option_ids.clone()), 100usize..6000, any::<bool>()).prop_map(|(o, n, same)| {
        let ids = &world().option_ids;
        Value::Array((0..n).map(|i| Value::String(if same { o.clone() } else { ids[i % ids.len()].clone() })).collect())
    })
}

fn answers_value() -> impl Strategy<Value = Value> {
    let answers = || prop::collection::btree_map(question_id(), answer_value(), 0..40);
    prop_oneof![
        16 => answers().prop_map(|m| Value::Object(m.into_iter().collect())),
        // One question answered with a huge array.
        1 => (answers(), question_id(), huge_array()).prop_map(|(m, q, big)| {
            let mut m: Map<String, Value> = m.into_iter().collect();
            m.insert(q, big);
            Value::Object(m)
        }),
        // Past MAX_ANSWERS (200).
        1 => (190usize..400, prop_oneof![option_id().prop_map(Value::String), Just(json!(["yes"]))]).prop_map(|(n, a)| {
            Value::Object((0..n).map(|i| (format!("q{i}"), a.clone())).collect())
        }),
        1 => any_json(),
        1 => deep_json(),
    ]
}

/// A request body in the right general shape with any field wrong, missing, or extra.
fn hostile_request() -> impl Strategy<Value = Value> {
    let w = world();
    let version =
        prop_oneof![6 => Just(json!(w.q.version)), 1 => nasty_string().prop_map(Value::String), 1 => any_json()];
    let locale = prop_oneof![
        6 => prop::sample::select(w.locales.clone()).prop_map(Value::String),
        1 => nasty_string().prop_map(Value::String),
        1 => any_json(),
    ];
    let perspective = prop_oneof![
        6 => prop::sample::select(vec!["self", "other", "staff"]).prop_map(|s| json!(s)),
        1 => nasty_string().prop_map(Value::String),
        1 => any_json(),
    ];
    (
        version,
        locale,
        perspective,
        answers_value(),
        prop::collection::vec((nasty_string(), any_json()), 0..2),
        prop::bits::u8::between(0, 4),
        prop::bool::weighted(0.7),
    )
        .prop_map(|(version, locale, perspective, answers, extra, drop, keep_all)| {
            let mut m = Map::new();
            for (i, (k, v)) in [
                ("questionnaire_version", version),
                ("locale", locale),
                ("perspective", perspective),
                ("answers", answers),
            ]
            .into_iter()
            .enumerate()
            {
                if keep_all || drop & (1 << i) == 0 {
                    m.insert(k.into(), v);
                }
            }
            if !keep_all {
                m.extend(extra);
            }
            Value::Object(m)
        })
}

/// A valid request with a few of its answers replaced or added by hostile ones: close enough
/// to valid to reach validation and scoring.
fn nearly_valid_request() -> impl Strategy<Value = Value> {
    (valid_request(), prop::collection::vec((question_id(), prop_oneof![9 => answer_value(), 1 => huge_array()]), 1..4))
        .prop_map(|(mut req, edits)| {
            let answers = req["answers"].as_object_mut().unwrap();
            for (k, v) in edits {
                answers.insert(k, v);
            }
            req
        })
}

/// Bytes: random, a valid body damaged a little, or a soup of JSON tokens.
fn hostile_bytes() -> impl Strategy<Value = Vec<u8>> {
    let tokens = prop::sample::select(vec![
        "{",
        "}",
        "[",
        "]",
        ":",
        ",",
        "\"",
        "\"\"",
        "true",
        "false",
        "null",
        "0",
        "-1",
        "1e999",
        "-0.0",
        "1E-400",
        "18446744073709551616",
        "\"\\u0000\"",
        "\"\\ud800\"",
        "\"\\uDFFF\\uD800\"",
        "\"\\x\"",
        " ",
        "\t",
        "\u{feff}",
        "\"questionnaire_version\"",
        "\"locale\"",
        "\"perspective\"",
        "\"answers\"",
        "\"en-GB\"",
        "\"self\"",
        "\"staff\"",
        "\"yes\"",
        "\"none\"",
        "\"danger-now\"",
        "\"harm-by-others\"",
        "\u{fffd}",
        "\u{7f}",
    ]);
    prop_oneof![
        2 => prop::collection::vec(any::<u8>(), 0..600),
        4 => (valid_request(), prop::collection::vec((any::<prop::sample::Index>(), 0u8..5, any::<u8>()), 1..6))
            .prop_map(|(req, edits)| damage(serde_json::to_vec(&req).unwrap(), &edits)),
        3 => prop::collection::vec(tokens, 0..80).prop_map(|t| t.concat().into_bytes()),
    ]
}

/// Flips, inserts, deletes, truncates or duplicates at random places.
fn damage(mut b: Vec<u8>, edits: &[(prop::sample::Index, u8, u8)]) -> Vec<u8> {
    for (at, kind, byte) in edits {
        if b.is_empty() {
            b.push(*byte);
            continue;
        }
        let i = at.index(b.len());
        match kind {
            0 => b[i] ^= 1 << (byte % 8),
            1 => b.insert(i, *byte),
            2 => {
                b.remove(i);
            }
            3 => b.truncate(i),
            _ => {
                let end = (i + *byte as usize).min(b.len());
                let copy = b[i..end].to_vec();
                b.splice(i..i, copy);
            }
        }
    }
    b
}

fn content_type() -> impl Strategy<Value = Option<String>> {
    prop_oneof![
        12 => Just(Some("application/json".to_string())),
        1 => Just(Some("Application/JSON; charset=utf-8".to_string())),
        1 => Just(None),
        1 => prop::sample::select(vec!["text/plain", "application/jsonx", "application/problem+json", "multipart/form-data", ""])
            .prop_map(|s| Some(s.to_string())),
        1 => re("[ -~]{0,40}").prop_map(Some),
    ]
}

fn is_json_type(ct: Option<&str>) -> bool {
    ct.and_then(|c| c.split(';').next()).is_some_and(|m| m.trim().eq_ignore_ascii_case("application/json"))
}

// ───────────────────────────── properties ─────────────────────────────

/// (a) Arbitrary bytes under any content type: never a 5xx; the media type decides 415 first.
#[test]
fn arbitrary_bytes_get_only_200_or_a_4xx_problem() {
    run("arbitrary bytes", 1500, (content_type(), hostile_bytes()), |(ct, body)| {
        let (status, got_ct, res) = post(ct.as_deref(), body);
        check_answer(status, &got_ct, &res)?;
        if !is_json_type(ct.as_deref()) {
            prop_assert_eq!(status, StatusCode::UNSUPPORTED_MEDIA_TYPE);
        }
        Ok(())
    });
}

/// (b) Well-formed JSON of every wrong shape: ids from the real questionnaire mixed with junk,
/// huge arrays, too many answers, deep nesting, unicode. Only 200/400/413/422, and 413 exactly
/// when the body is over the limit.
#[test]
fn hostile_structured_bodies_get_only_200_or_a_4xx_problem() {
    let strategy = prop_oneof![3 => hostile_request(), 2 => nearly_valid_request()];
    run("structured bodies", 500, strategy, |req| {
        let body = serde_json::to_vec(&req).unwrap();
        let over = body.len() > BODY_LIMIT;
        let (status, ct, res) = post(Some("application/json"), body);
        check_answer(status, &ct, &res)?;
        prop_assert_eq!(status == StatusCode::PAYLOAD_TOO_LARGE, over, "413 exactly when over {} bytes", BODY_LIMIT);
        Ok(())
    });
}

/// The other side of the coin: every answer set a person could give is scored (200).
#[test]
fn every_valid_answer_set_is_scored() {
    run("valid bodies", 400, valid_request(), |req| {
        let (status, ct, res) = post(Some("application/json"), serde_json::to_vec(&req).unwrap());
        prop_assert_eq!(status, StatusCode::OK, "{}", String::from_utf8_lossy(&res));
        check_answer(status, &ct, &res)?;
        Ok(())
    });
}
