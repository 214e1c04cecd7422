//! The server keeps nothing, so the journey's copy for the next page the server renders (after
//! a reload, or once the app has stopped) travels in an encrypted, HttpOnly session cookie.
//! The app cannot write that cookie itself; it sends the journey to `POST /session` whenever
//! it changes, and the server answers with the cookie. (Without JavaScript, every form the
//! person sends does the same.)

use leptos::prelude::*;

use super::{Journey, JourneyData, SESSION_URL};

pub fn keep_in_step(journey: Journey) {
    Effect::new(move |previous: Option<JourneyData>| {
        let data = journey.data.get();
        // The first run is the journey the page was rendered from: the server has it already.
        if previous.as_ref().is_some_and(|p| p != &data) {
            send(&data);
        }
        data
    });
}

/// Sent with `sendBeacon`, so it still goes when the page is being left at that moment (Exit
/// this page, a link to a new page). A copy that does not arrive costs only the next reload.
pub fn send(data: &JourneyData) {
    let Ok(json) = serde_json::to_string(data) else { return };
    let options = web_sys::BlobPropertyBag::new();
    options.set_type("application/json");
    let parts = js_sys::Array::of1(&wasm_bindgen::JsValue::from_str(&json));
    if let Ok(blob) = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options) {
        let _ = window().navigator().send_beacon_with_opt_blob(SESSION_URL, Some(&blob));
    }
}
