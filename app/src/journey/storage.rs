//! "Save my answers on this device": localStorage, versioned by questionnaire version. A
//! saved journey that cannot be read, or is for another version, is discarded with a message.

use leptos::prelude::*;
use serde::{Deserialize, Serialize};

use super::JourneyData;

const KEY: &str = "care-self-assessment.journey";
/// The shape of what is stored; bump when it changes incompatibly.
const FORMAT: u32 = 1;

#[derive(Serialize, Deserialize)]
struct Saved {
    format: u32,
    questionnaire_version: String,
    journey: JourneyData,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SavedProblem {
    /// The stored text was not a journey we can read.
    Unreadable,
    /// Saved against a questionnaire that has since changed.
    OldVersion,
}

pub fn read(current_version: &str) -> Result<Option<JourneyData>, SavedProblem> {
    let Some(text) = storage().and_then(|s| s.get_item(KEY).ok().flatten()) else { return Ok(None) };
    let saved: Saved = serde_json::from_str(&text).map_err(|_| SavedProblem::Unreadable)?;
    if saved.format != FORMAT {
        return Err(SavedProblem::Unreadable);
    }
    if saved.questionnaire_version != current_version {
        return Err(SavedProblem::OldVersion);
    }
    Ok(Some(saved.journey))
}

pub fn write(version: &str, journey: &JourneyData) {
    let saved = Saved { format: FORMAT, questionnaire_version: version.to_string(), journey: journey.clone() };
    if let (Some(s), Ok(text)) = (storage(), serde_json::to_string(&saved)) {
        let _ = s.set_item(KEY, &text);
    }
}

pub fn clear() {
    if let Some(s) = storage() {
        let _ = s.remove_item(KEY);
    }
}

fn storage() -> Option<web_sys::Storage> {
    window().local_storage().ok().flatten()
}
