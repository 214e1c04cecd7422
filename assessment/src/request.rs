//! The body of `POST /api/v1/assessments`, shared by the app (which sends it) and the server.

use serde::{Deserialize, Serialize};

use crate::answers::Answers;
use crate::model::Perspective;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AssessmentRequest {
    /// Must equal the questionnaire's current version, so answers are never scored against
    /// questions they were not given to.
    pub questionnaire_version: String,
    /// The language the person used (BCP 47), one of the app's locales.
    pub locale: String,
    pub perspective: Perspective,
    pub answers: Answers,
}
