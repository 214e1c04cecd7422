//! Scoring one realistic full answer set (`cargo bench -p assessment`). The answers are a
//! persona fixture (32 answers; `BENCH_PERSONA` picks another file in `tests/personas/`),
//! scored against the real content, as `POST /api/v1/assessments` does: validate, then score.
//! Also the JSON round trip the server adds around it.

use std::path::Path;

use assessment::validate::validate_answers;
use assessment::{score, Answers, AssessmentRequest, Content, Perspective};
use divan::{black_box, Bencher};

fn main() {
    divan::main();
}

struct Fixture {
    content: Content,
    answers: Answers,
    body: String,
}

fn fixture() -> Fixture {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let content = assessment::content::load(&root.join("../content"), &root.join("../locales"))
        .unwrap_or_else(|e| panic!("the content does not load:\n{e}"));
    let name = std::env::var("BENCH_PERSONA").unwrap_or_else(|_| "daughter-worried-about-mum".into());
    let path = root.join("tests/personas").join(format!("{name}.toml"));
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    #[derive(serde::Deserialize)]
    struct Persona {
        perspective: Perspective,
        answers: Answers,
    }
    let persona: Persona = toml::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let errors = validate_answers(&content.questionnaire, &persona.answers);
    assert!(errors.is_empty(), "{name} no longer fits the questionnaire: {errors:?}");
    let request = AssessmentRequest {
        questionnaire_version: content.questionnaire.version.clone(),
        locale: "en-GB".into(),
        perspective: persona.perspective,
        answers: persona.answers.clone(),
    };
    let body = serde_json::to_string(&request).unwrap();
    Fixture { content, answers: persona.answers, body }
}

#[divan::bench]
fn validate_and_score(bencher: Bencher) {
    let f = fixture();
    bencher.bench(|| {
        let answers = black_box(&f.answers);
        assert!(validate_answers(&f.content.questionnaire, answers).is_empty());
        score(&f.content, answers)
    });
}

#[divan::bench]
fn score_only(bencher: Bencher) {
    let f = fixture();
    bencher.bench(|| score(&f.content, black_box(&f.answers)));
}

/// What the handler does per request, without HTTP: parse the body, validate, score, write
/// the response JSON.
#[divan::bench]
fn parse_validate_score_serialise(bencher: Bencher) {
    let f = fixture();
    bencher.bench(|| {
        let req: AssessmentRequest = serde_json::from_str(black_box(&f.body)).unwrap();
        assert!(validate_answers(&f.content.questionnaire, &req.answers).is_empty());
        serde_json::to_vec(&score(&f.content, &req.answers)).unwrap()
    });
}
