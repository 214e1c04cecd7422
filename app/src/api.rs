//! The only code that talks HTTP. Answers leave the device only in `assess`, to be scored.

use assessment::handover::Shape;
use assessment::{Assessment, AssessmentRequest, Questionnaire};

use crate::journey::JourneyData;
use gloo_net::http::Request;
use serde::Deserialize;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ApiError {
    /// No answer from the server: offline or the server is down. Worth retrying.
    Unreachable,
    /// The server answered with an error status, and its problem document when it sent one
    /// (`server/src/problem.rs`).
    Status(u16, Problem),
}

/// The parts of an RFC 9457 problem document the app acts on.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
pub struct Problem {
    /// e.g. `/problems/version-mismatch`.
    #[serde(rename = "type", default)]
    pub kind: String,
    /// The part of the request it is about (RFC 6901), e.g. `/answers/falls`.
    #[serde(default)]
    pub pointer: Option<String>,
    /// Every problem found, when there is more than one.
    #[serde(default)]
    pub errors: Vec<FieldError>,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
pub struct FieldError {
    #[serde(default)]
    pub pointer: String,
}

/// What a failed request means for the person, and so what the page offers.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Failure {
    /// Offline, or the server is down or busy: trying again can work.
    Retry,
    /// The council changed the questions since this page loaded: carry the answers forward,
    /// then check them.
    QuestionsChanged,
    /// The server did not accept the answers to these questions (ids, in the order named).
    NotAccepted(Vec<String>),
    /// A fault on the service's side: try later, or call.
    ServerError,
}

impl ApiError {
    pub fn failure(&self) -> Failure {
        let (status, problem) = match self {
            ApiError::Unreachable => return Failure::Retry,
            ApiError::Status(status, problem) => (*status, problem),
        };
        match (status, problem.kind.as_str()) {
            (_, "/problems/version-mismatch") => Failure::QuestionsChanged,
            (_, "/problems/invalid-answers") => {
                let pointers = problem.errors.iter().map(|e| e.pointer.as_str()).chain(problem.pointer.as_deref());
                let mut ids: Vec<String> = Vec::new();
                for id in pointers.filter_map(answer_id) {
                    if !ids.contains(&id) {
                        ids.push(id);
                    }
                }
                Failure::NotAccepted(ids)
            }
            // Too many requests, a timeout, or a proxy whose server is down or restarting.
            (408 | 429 | 502 | 503 | 504, _) => Failure::Retry,
            _ => Failure::ServerError,
        }
    }
}

/// The question id in a pointer `/answers/<id>` (RFC 6901 escapes undone).
fn answer_id(pointer: &str) -> Option<String> {
    let id = pointer.strip_prefix("/answers/")?;
    (!id.is_empty() && !id.contains('/')).then(|| id.replace("~1", "/").replace("~0", "~"))
}

/// The error for a response with an error status, with its problem document read.
async fn problem(res: gloo_net::http::Response) -> ApiError {
    let status = res.status();
    ApiError::Status(status, res.json::<Problem>().await.unwrap_or_default())
}

/// The error for a response with an error status, its body left unread: the first load's
/// requests act on the status alone, so the problem document's reader stays in the results
/// page's code.
fn status_only(res: &gloo_net::http::Response) -> ApiError {
    ApiError::Status(res.status(), Problem::default())
}

pub async fn questionnaire() -> Result<Questionnaire, ApiError> {
    let res = Request::get("/api/v1/questionnaire").send().await.map_err(|_| ApiError::Unreachable)?;
    if !res.ok() {
        return Err(status_only(&res));
    }
    res.json().await.map_err(|_| ApiError::Unreachable)
}

/// The shape of the earlier questionnaire whose hand-over codes carry `tag`, or `None` when
/// the server keeps no such version. Only the tag is sent: the code is read on this device.
pub async fn shape(tag: u16) -> Result<Option<Shape>, ApiError> {
    let res = Request::get(&format!("/api/v1/questionnaire/shapes/{tag:04x}"))
        .send()
        .await
        .map_err(|_| ApiError::Unreachable)?;
    match res.status() {
        404 => Ok(None),
        _ if !res.ok() => Err(status_only(&res)),
        _ => res.json().await.map(Some).map_err(|_| ApiError::Unreachable),
    }
}

pub async fn assess(req: &AssessmentRequest) -> Result<Assessment, ApiError> {
    let res = Request::post("/api/v1/assessments")
        .json(req)
        .map_err(|_| ApiError::Status(0, Problem::default()))?
        .send()
        .await
        .map_err(|_| ApiError::Unreachable)?;
    if !res.ok() {
        return Err(problem(res).await);
    }
    res.json().await.map_err(|_| ApiError::Unreachable)
}

/// Hands the journey to the server for the next page it renders (the sealed session cookie,
/// as `journey/server_copy.rs` does on every change), and waits until it has it: before a
/// page load that must start from this journey.
pub async fn save_journey(journey: &JourneyData) -> Result<(), ApiError> {
    let res = Request::post(crate::journey::SESSION_URL)
        .json(journey)
        .map_err(|_| ApiError::Status(0, Problem::default()))?
        .send()
        .await
        .map_err(|_| ApiError::Unreachable)?;
    if !res.ok() {
        return Err(status_only(&res));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn status(code: u16, json: &str) -> ApiError {
        ApiError::Status(code, serde_json::from_str(json).unwrap())
    }

    #[test]
    fn the_problem_type_says_what_the_person_can_do() {
        assert_eq!(ApiError::Unreachable.failure(), Failure::Retry);
        let changed =
            status(422, r#"{"type":"/problems/version-mismatch","status":422,"pointer":"/questionnaire_version"}"#);
        assert_eq!(changed.failure(), Failure::QuestionsChanged);
        let refused = status(
            422,
            r#"{"type":"/problems/invalid-answers","pointer":"/answers/falls","errors":[{"pointer":"/answers/falls","detail":"x"},{"pointer":"/answers/a~1b","detail":"y"},{"pointer":"/answers","detail":"z"}]}"#,
        );
        assert_eq!(refused.failure(), Failure::NotAccepted(vec!["falls".into(), "a/b".into()]));
        assert_eq!(status(500, r#"{"type":"/problems/internal"}"#).failure(), Failure::ServerError);
        assert_eq!(status(422, r#"{"type":"/problems/unknown-locale"}"#).failure(), Failure::ServerError);
        assert_eq!(status(429, r#"{"type":"/problems/too-many-requests"}"#).failure(), Failure::Retry);
        // A proxy's own page, not a problem document: the server is down or restarting.
        assert_eq!(ApiError::Status(502, Problem::default()).failure(), Failure::Retry);
        assert_eq!(ApiError::Status(500, Problem::default()).failure(), Failure::ServerError);
    }
}
