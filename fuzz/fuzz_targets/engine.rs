//! Any bytes that parse as an answer map go to validation and scoring; any bytes as text go
//! to the hand-over decoders. Nothing may panic; a decoded hand-over is always valid.
#![no_main]

use std::path::Path;
use std::sync::OnceLock;

use assessment::handover::{decode_code, decode_link};
use assessment::validate::validate_answers;
use assessment::{score, Answers, Content};
use libfuzzer_sys::fuzz_target;

fn content() -> &'static Content {
    static C: OnceLock<Content> = OnceLock::new();
    C.get_or_init(|| {
        let root = Path::new(env!("CARGO_MANIFEST_DIR")).parent().unwrap();
        assessment::content::load(&root.join("content"), &root.join("locales")).unwrap_or_else(|e| panic!("{e}"))
    })
}

fuzz_target!(|data: &[u8]| {
    let c = content();
    let q = &c.questionnaire;
    if let Ok(answers) = serde_json::from_slice::<Answers>(data) {
        let errors = validate_answers(q, &answers);
        let result = score(c, &answers);
        assert!(!result.signposts.is_empty());
        if errors.is_empty() {
            assert_eq!(q.visible_answers(&answers), answers);
        }
    }
    if let Ok(text) = std::str::from_utf8(data) {
        if let Ok(h) = decode_code(q, &["en-GB", "cy", "pl"], text) {
            assert!(validate_answers(q, &h.answers).is_empty());
        }
        if let Ok(d) = decode_link(q, text) {
            assert!(validate_answers(q, &d.handover.answers).is_empty());
        }
    }
});
