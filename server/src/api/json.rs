//! A JSON body extractor whose every failure is a precise problem document: 415 for the
//! wrong media type, 413 past the size limit, 400 for broken JSON, 422 with a JSON pointer
//! for a field of the wrong type or name.

use axum::body::Bytes;
use axum::extract::{FromRequest, Request};
use axum::http::header::CONTENT_TYPE;
use serde::de::DeserializeOwned;

use super::BODY_LIMIT;
use crate::problem::Problem;

pub struct ApiJson<T>(pub T);

impl<S: Send + Sync, T: DeserializeOwned> FromRequest<S> for ApiJson<T> {
    type Rejection = Problem;

    async fn from_request(req: Request, state: &S) -> Result<Self, Problem> {
        if !is_json(req.headers().get(CONTENT_TYPE).and_then(|v| v.to_str().ok())) {
            return Err(Problem::unsupported_media_type());
        }
        let body = Bytes::from_request(req, state).await.map_err(|rejection| {
            if rejection.status() == axum::http::StatusCode::PAYLOAD_TOO_LARGE {
                Problem::body_too_large(BODY_LIMIT)
            } else {
                Problem::malformed_json(rejection.body_text())
            }
        })?;
        parse(&body).map(ApiJson)
    }
}

fn is_json(content_type: Option<&str>) -> bool {
    content_type
        .and_then(|ct| ct.split(';').next())
        .is_some_and(|mime| mime.trim().eq_ignore_ascii_case("application/json"))
}

pub fn parse<T: DeserializeOwned>(body: &[u8]) -> Result<T, Problem> {
    // serde also accepts a struct written as an array of its fields in order; our schema is
    // an object, so anything else is refused before decoding.
    match body.iter().find(|b| !b.is_ascii_whitespace()) {
        Some(b'{') => {}
        Some(b'[' | b'"' | b't' | b'f' | b'n' | b'-' | b'0'..=b'9') => {
            return Err(Problem::invalid_body("the body must be a JSON object").at(""))
        }
        _ => return Err(Problem::malformed_json("the body is not a JSON value")),
    }
    let mut de = serde_json::Deserializer::from_slice(body);
    let value: T = serde_path_to_error::deserialize(&mut de).map_err(|e| {
        let pointer = pointer(e.path());
        let inner = e.into_inner();
        match inner.classify() {
            serde_json::error::Category::Data => Problem::invalid_body(strip_position(&inner)).at(pointer),
            // serde_json's nesting bound (128 levels); the text may be well-formed, but
            // nothing we accept nests more than three deep.
            _ if inner.to_string().starts_with("recursion limit exceeded") => {
                Problem::malformed_json("the JSON is nested too deeply")
            }
            // serde_json reports some wrong types (a number where an enum's string belongs)
            // as syntax errors; well-formed JSON of the wrong shape is a 422, not a 400.
            _ if well_formed(body) => {
                Problem::invalid_body(format!("wrong type of value ({})", strip_position(&inner))).at(pointer)
            }
            _ => Problem::malformed_json(inner.to_string()),
        }
    })?;
    // Trailing garbage after the value is malformed JSON too.
    de.end().map_err(|e| Problem::malformed_json(e.to_string()))?;
    Ok(value)
}

fn well_formed(body: &[u8]) -> bool {
    serde_json::from_slice::<serde::de::IgnoredAny>(body).is_ok()
}

/// serde's message without " at line 1 column 42" (the pointer says where).
fn strip_position(e: &serde_json::Error) -> String {
    let s = e.to_string();
    match s.rfind(" at line ") {
        Some(i) => s[..i].to_string(),
        None => s,
    }
}

fn pointer(path: &serde_path_to_error::Path) -> String {
    use serde_path_to_error::Segment;
    let mut out = String::new();
    for seg in path.iter() {
        out.push('/');
        match seg {
            Segment::Seq { index } => out.push_str(&index.to_string()),
            Segment::Map { key } => out.push_str(&key.replace('~', "~0").replace('/', "~1")),
            Segment::Enum { variant } => out.push_str(variant),
            Segment::Unknown => out.pop().map(|_| ()).unwrap_or(()),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_application_json_is_json() {
        assert!(is_json(Some("application/json")));
        assert!(is_json(Some("Application/JSON; charset=utf-8")));
        assert!(!is_json(Some("text/plain")));
        assert!(!is_json(Some("application/jsonx")));
        assert!(!is_json(None));
    }

    #[derive(Debug, serde::Deserialize)]
    #[allow(dead_code)]
    enum Colour {
        Red,
    }

    #[derive(Debug, serde::Deserialize)]
    #[allow(dead_code)]
    struct Paint {
        colour: Colour,
    }

    #[test]
    fn a_number_for_an_enum_is_a_wrong_type_not_broken_json() {
        let p = parse::<Paint>(br#"{"colour": 5}"#).unwrap_err();
        assert_eq!((p.status, p.pointer.as_deref()), (422, Some("/colour")));
        let p = parse::<Paint>(br#"{"colour": 5"#).unwrap_err();
        assert_eq!(p.status, 400);
    }
}
