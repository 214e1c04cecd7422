//! `POST /api/v1/assessments`: answers in, signposts out. Stateless: the answers are scored
//! and dropped; nothing is stored and nothing from the body is logged.

use std::sync::Arc;

use assessment::validate::validate_answers;
use assessment::{score, Assessment, AssessmentRequest};
use axum::extract::State;
use axum::Json;

use super::json::ApiJson;
use crate::problem::{FieldError, Problem};
use crate::state::AppState;

pub async fn post(
    State(state): State<Arc<AppState>>,
    ApiJson(req): ApiJson<AssessmentRequest>,
) -> Result<Json<Assessment>, Problem> {
    let q = &state.content.questionnaire;
    if req.questionnaire_version != q.version {
        return Err(Problem::version_mismatch(&req.questionnaire_version, &q.version));
    }
    if !state.locales.iter().any(|l| l == &req.locale) {
        return Err(Problem::unknown_locale(&req.locale));
    }
    let errors = validate_answers(q, &req.answers);
    if !errors.is_empty() {
        let errors = errors.iter().map(|e| FieldError { pointer: e.pointer(), detail: e.detail() }).collect();
        return Err(Problem::invalid_answers(errors));
    }
    Ok(Json(score(&state.content, &req.answers)))
}
