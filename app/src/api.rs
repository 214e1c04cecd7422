//! The only code that talks HTTP. Answers leave the device only in `assess`, to be scored.

use assessment::handover::Shape;
use assessment::{Assessment, AssessmentRequest, Questionnaire};
use gloo_net::http::Request;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ApiError {
    /// No answer from the server: offline or the server is down. Worth retrying.
    Unreachable,
    /// The server answered with an error status (its problem type, when it sent one).
    Status(u16, String),
}

pub async fn questionnaire() -> Result<Questionnaire, ApiError> {
    let res = Request::get("/api/v1/questionnaire").send().await.map_err(|_| ApiError::Unreachable)?;
    if !res.ok() {
        return Err(ApiError::Status(res.status(), String::new()));
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
        _ if !res.ok() => Err(ApiError::Status(res.status(), String::new())),
        _ => res.json().await.map(Some).map_err(|_| ApiError::Unreachable),
    }
}

pub async fn assess(req: &AssessmentRequest) -> Result<Assessment, ApiError> {
    let res = Request::post("/api/v1/assessments")
        .json(req)
        .map_err(|_| ApiError::Status(0, String::new()))?
        .send()
        .await
        .map_err(|_| ApiError::Unreachable)?;
    if !res.ok() {
        #[derive(serde::Deserialize)]
        struct Problem {
            #[serde(rename = "type", default)]
            kind: String,
        }
        let kind = res.json::<Problem>().await.map(|p| p.kind).unwrap_or_default();
        return Err(ApiError::Status(res.status(), kind));
    }
    res.json().await.map_err(|_| ApiError::Unreachable)
}
