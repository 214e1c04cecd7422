//! What a page the server rendered hands to the app in the browser, so the app hydrates
//! exactly what the person already sees: the journey the page was rendered from, the
//! scored result on the results page, and whether the page showed a validation error.
//!
//! The server writes it into the page as a JSON data block (`<script type="application/json">`:
//! never run, so the strict Content-Security-Policy stays); it is the person's own page, and it
//! never goes into a URL.

use assessment::Assessment;
use serde::{Deserialize, Serialize};

use crate::journey::JourneyData;

/// The `id` of the data block.
pub const ELEMENT_ID: &str = "page-state";

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct PageState {
    #[serde(default)]
    pub journey: JourneyData,
    /// The results page only: what the server scored.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub assessment: Option<Assessment>,
    /// The page is a form sent back with an error (the person must answer first).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub error: bool,
    /// Which error, where the page has several (a Fluent message id).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
}

impl PageState {
    /// The JSON for the data block, safe inside `<script>`: `<` is escaped, so no text of
    /// the person's can close the element.
    pub fn to_script_json(&self) -> String {
        serde_json::to_string(self).expect("the page state always serialises").replace('<', "\\u003c")
    }
}

/// Read once, by the first page the app shows, then gone: later pages start afresh.
#[derive(Clone, Copy)]
pub struct FirstPageState(leptos::prelude::StoredValue<Option<PageState>>);

impl FirstPageState {
    pub fn new(state: Option<PageState>) -> Self {
        FirstPageState(leptos::prelude::StoredValue::new(state))
    }

    /// Whether the page the server rendered showed a validation error (once).
    pub fn take_error() -> bool {
        use leptos::prelude::*;
        use_context::<FirstPageState>()
            .and_then(|s| s.0.try_update_value(|v| v.as_mut().map(|p| std::mem::take(&mut p.error))).flatten())
            .unwrap_or(false)
    }

    /// The error the server's page showed, by its message id (once).
    pub fn take_message() -> Option<String> {
        use leptos::prelude::*;
        use_context::<FirstPageState>()
            .and_then(|s| s.0.try_update_value(|v| v.as_mut().and_then(|p| p.message.take())).flatten())
    }

    /// The result the server scored for the results page (once).
    pub fn take_assessment() -> Option<Assessment> {
        use leptos::prelude::*;
        use_context::<FirstPageState>()
            .and_then(|s| s.0.try_update_value(|v| v.as_mut().and_then(|p| p.assessment.take())).flatten())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_of_the_persons_cannot_close_the_script_element() {
        let mut state = PageState::default();
        state.journey.name = "</script><script>alert(1)</script>".into();
        let json = state.to_script_json();
        assert!(!json.contains('<'), "{json}");
        let back: PageState = serde_json::from_str(&json).unwrap();
        assert_eq!(back, state);
    }
}
