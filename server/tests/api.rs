//! The JSON API through the whole application stack (headers, limits, logging included):
//! success paths, and every class of bad request as a problem document, never a 500.

mod common;

use std::path::Path;

use assessment::handover::{self, Handover, HandoverError, Shape};
use assessment::{Answer, Answers, Perspective};
use axum::body::Body;
use axum::http::{header, Method, Request, StatusCode};
use common::*;
use serde_json::{json, Value};
use server::{AppState, Options};

#[tokio::test]
async fn health_check_answers_ok() {
    let res = TestApp::new().get("/healthz").await;
    assert_eq!(res.status(), StatusCode::OK);
    assert_eq!(bytes(res).await, b"ok");
}

#[tokio::test]
async fn questionnaire_has_version_and_etag_and_revalidates() {
    let app = TestApp::new();
    let res = app.get("/api/v1/questionnaire").await;
    assert_eq!(res.status(), StatusCode::OK);
    assert_eq!(content_type(&res), "application/json");
    assert_eq!(res.headers()[header::CACHE_CONTROL], "no-cache");
    let etag = res.headers()[header::ETAG].clone();
    let doc = json(res).await;
    assert_eq!(doc["version"], VERSION);
    assert_eq!(doc["questions"].as_array().map(Vec::len), Some(4));

    let again = Request::get("/api/v1/questionnaire").header(header::IF_NONE_MATCH, etag.clone()).body(Body::empty());
    let res = app.send(again.unwrap()).await;
    assert_eq!(res.status(), StatusCode::NOT_MODIFIED);
    assert_eq!(res.headers()[header::ETAG], etag);
    assert!(bytes(res).await.is_empty());

    let stale = Request::get("/api/v1/questionnaire").header(header::IF_NONE_MATCH, "\"other\"").body(Body::empty());
    assert_eq!(app.send(stale.unwrap()).await.status(), StatusCode::OK);
}

#[tokio::test]
async fn no_answers_still_gives_general_advice() {
    let res = TestApp::new().post_json(body_with(json!({}))).await;
    assert_eq!(res.status(), StatusCode::OK);
    assert_eq!(content_type(&res), "application/json");
    let doc = json(res).await;
    assert_eq!(doc["questionnaire_version"], VERSION);
    let signposts = doc["signposts"].as_array().unwrap();
    assert_eq!(signposts.len(), 1, "{doc}");
    assert_eq!(signposts[0]["route"], "general-advice");
    assert_eq!(signposts[0]["reasons"][0]["rule"], "fallback");
}

#[tokio::test]
async fn answers_fire_their_rule_with_reasons() {
    let answers = json!({ "meals": "yes", "meals-help": "a-lot", "worries": ["money"], "notes": "stairs" });
    let res = TestApp::new().post_json(body_with(answers)).await;
    assert_eq!(res.status(), StatusCode::OK);
    let doc = json(res).await;
    assert_eq!(doc["signposts"][0]["route"], "needs-assessment");
    assert_eq!(doc["signposts"][0]["priority"], "recommended");
    assert_eq!(
        doc["signposts"][0]["reasons"][0]["answers"],
        json!([{ "question": "meals-help", "options": ["a-lot"] }])
    );
    assert_eq!(doc["signposts"][0]["services"][0]["id"], "adult-social-care");
}

#[tokio::test]
async fn a_charset_parameter_is_still_json() {
    let req = Request::post("/api/v1/assessments")
        .header(header::CONTENT_TYPE, "application/json; charset=utf-8")
        .body(Body::from(body_with(json!({}))))
        .unwrap();
    assert_eq!(TestApp::new().send(req).await.status(), StatusCode::OK);
}

// ───────────────────────────── 400, 413, 415 ─────────────────────────────

#[tokio::test]
async fn malformed_json_is_400() {
    let res = TestApp::new().post_json(r#"{"questionnaire_version": "#).await;
    let doc = problem(res, StatusCode::BAD_REQUEST).await;
    assert_eq!(doc["type"], "/problems/malformed-json");
}

#[tokio::test]
async fn trailing_garbage_is_400() {
    let res = TestApp::new().post_json(format!("{} x", body_with(json!({})))).await;
    problem(res, StatusCode::BAD_REQUEST).await;
    let res = TestApp::new().post_json(format!("{}{}", body_with(json!({})), body_with(json!({})))).await;
    problem(res, StatusCode::BAD_REQUEST).await;
}

#[tokio::test]
async fn deep_nesting_is_refused_without_a_crash() {
    // Far past serde_json's 128-level limit but under the size limit. An answer takes strings,
    // and the request is an object, so the decoder refuses the first nested array as the wrong
    // type (422, with a pointer) before it ever recurses.
    let deep = format!("{}{}", "[".repeat(5_000), "]".repeat(5_000));
    let body = body_with(json!({ "meals": "PLACEHOLDER" })).replace("\"PLACEHOLDER\"", &deep);
    let doc = problem(TestApp::new().post_json(body).await, StatusCode::UNPROCESSABLE_ENTITY).await;
    assert_eq!(doc["pointer"], "/answers/meals/0");
    // At the top level it is refused as not an object, before any decoding.
    let doc = problem(TestApp::new().post_json(deep).await, StatusCode::UNPROCESSABLE_ENTITY).await;
    assert_eq!(doc["pointer"], "");
}

#[tokio::test]
async fn wrong_or_missing_content_type_is_415() {
    let app = TestApp::new();
    for content_type in [Some("text/plain"), Some("application/x-www-form-urlencoded"), Some("application/jsonp"), None]
    {
        let mut req = Request::post("/api/v1/assessments");
        if let Some(ct) = content_type {
            req = req.header(header::CONTENT_TYPE, ct);
        }
        let res = app.send(req.body(Body::from(body_with(json!({})))).unwrap()).await;
        let doc = problem(res, StatusCode::UNSUPPORTED_MEDIA_TYPE).await;
        assert_eq!(doc["type"], "/problems/unsupported-media-type", "{content_type:?}");
    }
}

#[tokio::test]
async fn a_body_over_64_kib_is_413() {
    let text = "a".repeat(64 * 1024);
    let res = TestApp::new().post_json(body_with(json!({ "notes": text }))).await;
    let doc = problem(res, StatusCode::PAYLOAD_TOO_LARGE).await;
    assert_eq!(doc["type"], "/problems/body-too-large");
}

#[tokio::test]
async fn a_body_over_64_kib_without_content_length_is_413() {
    // Streamed with no length given, so the limit is enforced while reading.
    let res = TestApp::new().post_json(Body::new(Chunks(70))).await;
    problem(res, StatusCode::PAYLOAD_TOO_LARGE).await;
}

// ───────────────────────────── 422 with a pointer ─────────────────────────────

async fn unprocessable(body: String) -> Value {
    problem(TestApp::new().post_json(body).await, StatusCode::UNPROCESSABLE_ENTITY).await
}

#[tokio::test]
async fn a_field_of_the_wrong_type_is_422_at_its_pointer() {
    let mut body: Value = serde_json::from_str(&body_with(json!({}))).unwrap();
    body["perspective"] = json!(5);
    let doc = unprocessable(body.to_string()).await;
    assert_eq!(doc["pointer"], "/perspective");
    assert_eq!(doc["type"], "/problems/invalid-body");

    body["perspective"] = json!("neighbour");
    assert_eq!(unprocessable(body.to_string()).await["pointer"], "/perspective");

    let doc = unprocessable(body_with(json!({ "meals": 5 }))).await;
    assert_eq!(doc["pointer"], "/answers/meals");

    let doc = unprocessable(body_with(json!({ "worries": [1, 2] }))).await;
    assert!(doc["pointer"].as_str().unwrap().starts_with("/answers/worries"), "{doc}");

    let doc = unprocessable(body_with(json!(["meals"]))).await;
    assert_eq!(doc["pointer"], "/answers");
}

#[tokio::test]
async fn an_escaped_pointer_segment_stays_one_segment() {
    let doc = unprocessable(body_with(json!({ "a/b~c": 5 }))).await;
    assert_eq!(doc["pointer"], "/answers/a~1b~0c");
}

#[tokio::test]
async fn missing_and_unknown_top_level_fields_are_422() {
    let doc =
        unprocessable(json!({ "questionnaire_version": VERSION, "locale": "en-GB", "answers": {} }).to_string()).await;
    assert!(doc["detail"].as_str().unwrap().contains("perspective"), "{doc}");

    let mut body: Value = serde_json::from_str(&body_with(json!({}))).unwrap();
    body["name"] = json!("Ada");
    let doc = unprocessable(body.to_string()).await;
    assert_eq!(doc["pointer"], "/name");

    let doc = unprocessable("[]".into()).await;
    assert_eq!(doc["type"], "/problems/invalid-body");
}

#[tokio::test]
async fn an_unknown_question_is_422_at_its_pointer() {
    let doc = unprocessable(body_with(json!({ "favourite-colour": "blue" }))).await;
    assert_eq!(doc["type"], "/problems/invalid-answers");
    assert_eq!(doc["pointer"], "/answers/favourite-colour");
    assert_eq!(doc["errors"][0]["pointer"], "/answers/favourite-colour");
}

#[tokio::test]
async fn an_unknown_option_is_422_at_its_question() {
    assert_eq!(unprocessable(body_with(json!({ "meals": "perhaps" }))).await["pointer"], "/answers/meals");
    assert_eq!(
        unprocessable(body_with(json!({ "worries": ["money", "aliens"] }))).await["pointer"],
        "/answers/worries"
    );
}

#[tokio::test]
async fn the_wrong_shape_for_a_question_is_422() {
    // An array for a one-choice question, one value for checkboxes, a list for free text.
    assert_eq!(unprocessable(body_with(json!({ "meals": ["yes"] }))).await["pointer"], "/answers/meals");
    assert_eq!(unprocessable(body_with(json!({ "worries": "money" }))).await["pointer"], "/answers/worries");
    assert_eq!(unprocessable(body_with(json!({ "notes": ["a"] }))).await["pointer"], "/answers/notes");
}

#[tokio::test]
async fn an_answer_to_a_hidden_question_is_422() {
    let doc = unprocessable(body_with(json!({ "meals": "no", "meals-help": "a-lot" }))).await;
    assert_eq!(doc["pointer"], "/answers/meals-help");
    assert!(doc["detail"].as_str().unwrap().contains("show-if"), "{doc}");
    // Not asked at all either: still hidden.
    assert_eq!(unprocessable(body_with(json!({ "meals-help": "a-lot" }))).await["pointer"], "/answers/meals-help");
}

#[tokio::test]
async fn answer_value_mistakes_are_422() {
    let cases = [
        (json!({ "worries": [] }), "empty"),
        (json!({ "worries": ["money", "money"] }), "twice"),
        (json!({ "worries": ["none", "money"] }), "cannot be combined"),
        (json!({ "notes": "x".repeat(501) }), "longer than 500"),
    ];
    for (answers, says) in cases {
        let doc = unprocessable(body_with(answers)).await;
        assert!(doc["detail"].as_str().unwrap().contains(says), "{says}: {doc}");
    }
}

#[tokio::test]
async fn every_answer_problem_is_listed() {
    let doc = unprocessable(body_with(json!({ "nope": "x", "meals": "perhaps" }))).await;
    let pointers: Vec<&str> =
        doc["errors"].as_array().unwrap().iter().map(|e| e["pointer"].as_str().unwrap()).collect();
    assert_eq!(pointers, ["/answers/nope", "/answers/meals"]);
}

#[tokio::test]
async fn a_version_mismatch_is_422_at_the_version() {
    let body = body_with(json!({})).replace(VERSION, "2019-01.1");
    let doc = unprocessable(body).await;
    assert_eq!(doc["type"], "/problems/version-mismatch");
    assert_eq!(doc["pointer"], "/questionnaire_version");
}

#[tokio::test]
async fn an_unknown_locale_is_422_at_the_locale() {
    let body = body_with(json!({})).replace("en-GB", "xx-YY");
    let doc = unprocessable(body).await;
    assert_eq!(doc["type"], "/problems/unknown-locale");
    assert_eq!(doc["pointer"], "/locale");
    // Another offered locale is fine.
    let body = body_with(json!({})).replace("en-GB", "pl");
    assert_eq!(TestApp::new().post_json(body).await.status(), StatusCode::OK);
}

#[tokio::test]
async fn too_many_answers_is_422_at_answers() {
    let many: serde_json::Map<String, Value> =
        (0..=assessment::validate::MAX_ANSWERS).map(|i| (format!("q{i}"), json!("x"))).collect();
    let doc = unprocessable(body_with(Value::Object(many))).await;
    assert_eq!(doc["pointer"], "/answers");
    assert_eq!(doc["errors"].as_array().map(Vec::len), Some(1), "refused whole, not per answer");
}

#[tokio::test]
async fn odd_bodies_never_give_a_server_error() {
    let app = TestApp::new();
    let bodies: Vec<Vec<u8>> = vec![
        b"".to_vec(),
        b"null".to_vec(),
        b"\"\"".to_vec(),
        b"{}".to_vec(),
        vec![0xff, 0xfe, 0x00],
        b"{\"answers\":{}}".to_vec(),
        body_with(json!({ "meals": null })).into_bytes(),
        body_with(json!({ "meals": {} })).into_bytes(),
        body_with(json!({ "meals": "\u{0}" })).into_bytes(),
        body_with(json!({ "": "yes" })).into_bytes(),
        body_with(json!({ "notes": "\u{1F600}".repeat(500) })).into_bytes(),
        body_with(json!({})).replace("\"self\"", "\"SELF\"").into_bytes(),
        body_with(json!({})).replace(VERSION, &"v".repeat(10_000)).into_bytes(),
        format!("{{\"questionnaire_version\":1e999,{}", &body_with(json!({}))[1..]).into_bytes(),
    ];
    for body in bodies {
        let shown = String::from_utf8_lossy(&body).chars().take(80).collect::<String>();
        let res = app.post_json(body).await;
        assert!(res.status().is_client_error() || res.status().is_success(), "{shown}: {}", res.status());
        if res.status().is_client_error() {
            assert_eq!(content_type(&res), "application/problem+json", "{shown}");
        }
    }
}

// ───────────────────────────── earlier questionnaires ─────────────────────────────

/// A code the app made while "test-0" was current: `meals-help` = "a-little" (third then,
/// second now), step `worries`.
fn older_code() -> (Shape, String) {
    let state = state();
    let shape = state.content.archive[0].shape.clone();
    let answers: Answers = [("meals", Answer::One("yes".into())), ("meals-help", Answer::One("a-little".into()))]
        .into_iter()
        .map(|(k, v)| (k.to_string(), v))
        .collect();
    let h = Handover { perspective: Perspective::Other, locale: "pl".into(), step: Some("worries".into()), answers };
    let code = handover::encode_older_code(&shape, LOCALES, &h);
    (shape, code)
}

fn shape_uri(code: &str) -> String {
    format!("/api/v1/questionnaire/shapes/{:04x}", handover::code_tag(code).unwrap())
}

#[tokio::test]
async fn an_archived_shape_is_served_by_the_tag_its_codes_carry_and_reads_them_on_the_device() {
    let app = TestApp::new();
    let (shape, code) = older_code();
    let state = state();
    let current = &state.content.questionnaire;
    assert_eq!(handover::decode_code(current, LOCALES, &code), Err(HandoverError::OtherVersion));

    let res = app.get(&shape_uri(&code)).await;
    assert_eq!(res.status(), StatusCode::OK);
    assert_eq!(content_type(&res), "application/json");
    assert_eq!(res.headers()[header::CACHE_CONTROL], "no-cache");
    let body = bytes(res).await;
    let served: Shape = serde_json::from_slice(&body).unwrap();
    assert_eq!(served, shape);
    // Only what decoding needs: no words, routes or services.
    let text = String::from_utf8(body).unwrap();
    for absent in ["\"label\"", "\"text\":", "\"section\"", "\"directory\"", "\"urgent\"", "q-meals"] {
        assert!(!text.contains(absent), "{absent} in {text}");
    }

    let d = handover::decode_older_code(&served, current, LOCALES, &code).unwrap();
    assert_eq!(d.from_version.as_deref(), Some("test-0"));
    assert_eq!(d.handover.answers.get("meals-help"), Some(&Answer::One("a-little".into())));
    assert_eq!((d.handover.step.as_deref(), d.handover.locale.as_str()), (Some("worries"), "pl"));
    assert!(d.needs_recheck.is_empty());
}

#[tokio::test]
async fn an_archived_shape_revalidates_by_etag_and_is_compressed() {
    let app = TestApp::new();
    let uri = shape_uri(&older_code().1);
    let res = app.get(&uri).await;
    let etag = res.headers()[header::ETAG].clone();
    let again = Request::get(&uri).header(header::IF_NONE_MATCH, etag.clone()).body(Body::empty()).unwrap();
    let res = app.send(again).await;
    assert_eq!(res.status(), StatusCode::NOT_MODIFIED);
    assert_eq!(res.headers()[header::ETAG], etag);
    assert!(bytes(res).await.is_empty());
    let br = Request::get(&uri).header(header::ACCEPT_ENCODING, "br").body(Body::empty()).unwrap();
    let res = app.send(br).await;
    assert_eq!(res.headers()[header::CONTENT_ENCODING], "br");
    assert_eq!(res.headers()[header::VARY], "accept-encoding");
}

#[tokio::test]
async fn a_tag_with_no_archived_version_is_a_404_problem() {
    let app = TestApp::new();
    let current = handover::tag(&Shape::of(&state().content.questionnaire), LOCALES);
    let known = handover::code_tag(&older_code().1).unwrap();
    let unknown = (0..=u16::MAX).find(|t| *t != current && *t != known).unwrap();
    let mut tags = vec![format!("{unknown:04x}"), format!("{current:04x}"), "zzzz".into(), "12345".into()];
    // One spelling per shape: upper case is not another name for it (when it differs).
    tags.extend(Some(format!("{known:04X}")).filter(|t| *t != format!("{known:04x}")));
    for tag in tags {
        let doc = problem(app.get(&format!("/api/v1/questionnaire/shapes/{tag}")).await, StatusCode::NOT_FOUND).await;
        assert_eq!(doc["type"], "/problems/shape-not-found", "{tag}");
        assert!(!doc["detail"].as_str().unwrap().contains(&tag), "the tag is not echoed: {doc}");
    }
    let req = Request::post(shape_uri(&older_code().1)).body(Body::empty()).unwrap();
    problem(app.send(req).await, StatusCode::METHOD_NOT_ALLOWED).await;
}

// ───────────────────────────── routing ─────────────────────────────

#[tokio::test]
async fn unknown_api_paths_are_json_404s() {
    let app = TestApp::new();
    for (method, uri) in
        [("GET", "/api/nope"), ("GET", "/api"), ("POST", "/api/v1/nope"), ("GET", "/api/v2/questionnaire")]
    {
        let req = Request::builder().method(method).uri(uri).body(Body::empty()).unwrap();
        let doc = problem(app.send(req).await, StatusCode::NOT_FOUND).await;
        assert_eq!(doc["type"], "/problems/not-found", "{uri}");
    }
}

#[tokio::test]
async fn the_wrong_method_is_a_405_problem() {
    let app = TestApp::new();
    for (method, uri) in [
        (Method::GET, "/api/v1/assessments"),
        (Method::PUT, "/api/v1/assessments"),
        (Method::DELETE, "/api/v1/questionnaire"),
        (Method::POST, "/api/v1/questionnaire"),
    ] {
        let req = Request::builder().method(method).uri(uri).body(Body::empty()).unwrap();
        let doc = problem(app.send(req).await, StatusCode::METHOD_NOT_ALLOWED).await;
        assert_eq!(doc["type"], "/problems/method-not-allowed", "{uri}");
    }
}

// ───────────────────────────── the real content ─────────────────────────────

/// The council's own files load and answer, whatever they say this week.
#[tokio::test]
async fn the_real_content_loads_and_scores() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let state = AppState::load(&root.join("content"), &root.join("locales"))
        .unwrap_or_else(|e| panic!("the real content must load:\n{e}"));
    let version = state.content.questionnaire.version.clone();
    let app = TestApp::with_state(state.into(), Options::default());

    let doc = json(app.get("/api/v1/questionnaire").await).await;
    assert_eq!(doc["version"], version.as_str());
    assert!(!doc["questions"].as_array().unwrap().is_empty());

    let body = body_with(json!({})).replace(VERSION, &version);
    let res = app.post_json(body).await;
    assert_eq!(res.status(), StatusCode::OK);
    let doc = json(res).await;
    assert_eq!(doc["signposts"][0]["route"], "general-advice", "{doc}");
}

#[tokio::test]
async fn a_request_written_as_an_array_is_refused() {
    // serde would otherwise read the struct's fields by position.
    let body = r#"["2026-test", "en-GB", "self", {}]"#;
    let doc = problem(TestApp::new().post_json(body.to_string()).await, StatusCode::UNPROCESSABLE_ENTITY).await;
    assert_eq!(doc["pointer"], "");
}
