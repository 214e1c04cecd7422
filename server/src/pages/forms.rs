//! What the pages' forms post (without JavaScript; the app handles the same steps itself).
//! Each reads the journey from its cookie, applies one step with the app's own rules
//! (`app::step`), and redirects (303) to the next page with the journey's new cookie. A form
//! that does not fit its question (tampered, or from before the questions changed) gets the
//! "we could not read your answers" page with a 400, never a 5xx.

use app::page_state::PageState;
use app::{step, JourneyData};
use assessment::handover::{Handover, HandoverError};
use axum::body::Bytes;
use axum::extract::{Path, RawQuery, State};
use axum::http::{header, HeaderMap, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Redirect, Response};

use super::journey_cookie::{self, Carried};
use super::{Pages, Shared};

/// A page's form is a few hundred bytes; a free-text answer a few KB.
pub const MAX_FORM_BYTES: usize = 16 * 1024;

/// The form's fields in order (a checkbox question sends `answer` once per box).
fn fields(body: &[u8]) -> Vec<(String, String)> {
    form_urlencoded::parse(body).into_owned().collect()
}

fn values(fields: &[(String, String)], name: &str) -> Vec<String> {
    fields.iter().filter(|(k, _)| k == name).map(|(_, v)| v.clone()).collect()
}

/// A form sent from another site is refused: only this service's own pages post here.
fn cross_site(headers: &HeaderMap) -> bool {
    headers.get("sec-fetch-site").is_some_and(|v| v.as_bytes() == b"cross-site")
}

impl Pages {
    /// The journey the request carries, and whether it was carried forward to new questions
    /// on this request; `Err` is the response for a cookie that cannot be read.
    fn journey(&self, headers: &HeaderMap) -> Result<(JourneyData, bool), Box<Response>> {
        match self.read_journey(headers) {
            Carried::Nothing => Ok((JourneyData::default(), false)),
            Carried::Journey(j) => Ok((j, false)),
            Carried::CarriedForward(j) => Ok((j, true)),
            Carried::Unreadable => Err(Box::new(self.unreadable(headers))),
        }
    }

    /// 303 to `to`, carrying `journey`.
    fn go(&self, to: &str, journey: &JourneyData) -> Response {
        let mut res = Redirect::to(to).into_response();
        match journey_cookie::write(journey, &self.key, self.secure) {
            Some(cookie) => {
                res.headers_mut().insert(header::SET_COOKIE, cookie);
            }
            // Too much text for a cookie: say so rather than cut any answer short.
            None => return (StatusCode::PAYLOAD_TOO_LARGE, "").into_response(),
        }
        res
    }

    /// The same page again, showing its error (the person has to answer first).
    fn again(&self, headers: &HeaderMap, url: &str, journey: JourneyData) -> Response {
        self.render(
            headers,
            url,
            PageState { journey, error: true, ..Default::default() },
            StatusCode::UNPROCESSABLE_ENTITY,
        )
    }

    fn bad_form(&self, headers: &HeaderMap) -> Response {
        let mut res = self.unreadable(headers);
        // The answers carried so far are still good; only this form was not.
        res.headers_mut().remove(header::SET_COOKIE);
        res
    }
}

macro_rules! journey_or_return {
    ($pages:expr, $headers:expr) => {
        match $pages.journey(&$headers) {
            Ok(j) => j,
            Err(res) => return *res,
        }
    };
}

/// "Who is this for?"
pub async fn who(State(pages): Shared, headers: HeaderMap, body: Bytes) -> Response {
    if cross_site(&headers) {
        return StatusCode::FORBIDDEN.into_response();
    }
    let (mut journey, _) = journey_or_return!(pages, headers);
    let form = fields(&body);
    let chosen = values(&form, "who");
    let perspective = match chosen.as_slice() {
        [] => return pages.again(&headers, "/who", journey),
        [one] => match assessment::Perspective::parse(one) {
            Some(p) => p,
            None => return pages.bad_form(&headers),
        },
        _ => return pages.bad_form(&headers),
    };
    let name = values(&form, "name").into_iter().next().unwrap_or_default();
    step::choose_perspective(&mut journey, perspective, &name, new_call_reference);
    pages.go(&step::first_step(&pages.questionnaire, &journey), &journey)
}

/// One question's answer.
pub async fn answer(
    State(pages): Shared,
    Path(id): Path<String>,
    RawQuery(query): RawQuery,
    headers: HeaderMap,
    body: Bytes,
) -> Response {
    if cross_site(&headers) {
        return StatusCode::FORBIDDEN.into_response();
    }
    let (mut journey, carried_forward) = journey_or_return!(pages, headers);
    // A form sent from a page of earlier questions (the council published new ones while it
    // was open): the journey is carried forward, and a question since removed leads on to
    // where the person is, with the notice saying what changed.
    if let Some(to) = pages.misplaced(&format!("/questions/{id}"), &journey) {
        // The question itself is gone: the answer just sent is taken out, and said so.
        let gone = !pages.questionnaire.questions.iter().any(|x| x.id == id);
        if gone && journey.perspective.is_some() {
            app::carry::tell(&mut journey, &pages.questionnaire, Vec::new(), true);
        }
        return match carried_forward || gone {
            true => pages.go(&to, &journey),
            false => Redirect::to(&to).into_response(),
        };
    }
    let q = pages.questionnaire.clone();
    let Some(question) = q.questions.iter().find(|x| x.id == id) else { return pages.bad_form(&headers) };
    let from_check = query.as_deref().is_some_and(|q| q.split('&').any(|p| p == "change=1"));
    let answer = match step::read_answer(question, &values(&fields(&body), "answer")) {
        Ok(a) => a,
        // The form's choices were the earlier questions': the same question again, now as it
        // is, listed to check (never "we could not read your answers").
        Err(step::BadAnswer) if carried_forward => {
            app::carry::tell(&mut journey, &q, vec![question.id.clone()], false);
            let again = format!("/questions/{id}{}", if from_check { "?change=1" } else { "" });
            return pages.go(&again, &journey);
        }
        Err(step::BadAnswer) => return pages.bad_form(&headers),
    };
    match step::record(&q, &mut journey, question, answer, from_check) {
        Ok(to) => pages.go(&to, &journey),
        Err(step::Unanswered) => {
            let url = format!("/questions/{id}{}", if from_check { "?change=1" } else { "" });
            let cookie = carried_forward.then(|| journey_cookie::write(&journey, &pages.key, pages.secure)).flatten();
            let mut res = pages.again(&headers, &url, journey);
            if let Some(cookie) = cookie {
                res.headers_mut().insert(header::SET_COOKIE, cookie);
            }
            res
        }
    }
}

/// `/staff`: a contact-centre desktop starts a new call in staff mode.
pub async fn staff(State(pages): Shared) -> Response {
    let mut journey = JourneyData::default();
    step::choose_perspective(&mut journey, assessment::Perspective::Staff, "", new_call_reference);
    pages.go(&step::first_step(&pages.questionnaire, &journey), &journey)
}

/// A typed hand-over code: this questionnaire's, or an earlier one's the service still keeps
/// (`content/archive/`), whose answers are carried forward and the changes listed to check
/// again, as the app does.
pub async fn resume(State(pages): Shared, headers: HeaderMap, body: Bytes) -> Response {
    if cross_site(&headers) {
        return StatusCode::FORBIDDEN.into_response();
    }
    let code = values(&fields(&body), "code").into_iter().next().unwrap_or_default();
    let tags: Vec<&str> = pages.built.locales.iter().map(|l| l.tag.as_str()).collect();
    let q = pages.questionnaire.clone();
    let opened = match assessment::handover::decode_code(&q, &tags, &code) {
        Err(HandoverError::OtherVersion) => decode_older(&pages, &tags, &code),
        other => other.map(|h| (h, Vec::new())),
    };
    match opened {
        Ok((h, recheck)) => {
            let mut journey = JourneyData::default();
            journey.perspective = Some(h.perspective);
            journey.answers = h.answers;
            journey.version = q.version.clone();
            if !recheck.is_empty() {
                let removed = app::carry::any_removed(&q, &recheck);
                app::carry::tell(&mut journey, &q, recheck, removed);
            }
            let to = step::first_step(&q, &journey);
            let mut res = pages.go(&to, &journey);
            // The code's language becomes the page's, as in the app.
            if let Ok(v) = language_cookie(&h.locale, false) {
                res.headers_mut().append(header::SET_COOKIE, v);
            }
            res
        }
        Err(e) => {
            let (journey, _) = journey_or_return!(pages, headers);
            let state = PageState {
                journey,
                error: true,
                message: Some(app::resume_error_message(e).to_string()),
                ..Default::default()
            };
            pages.render(&headers, "/resume", state, StatusCode::UNPROCESSABLE_ENTITY)
        }
    }
}

/// A code made with an earlier questionnaire: read with that version's shape, if the service
/// keeps it, and carried forward (`app::carry::after_handover`: what to check again).
fn decode_older(pages: &Pages, tags: &[&str], code: &str) -> Result<(Handover, Vec<String>), HandoverError> {
    let tag = assessment::handover::code_tag(code)?;
    let shape = pages
        .app
        .content
        .archive
        .iter()
        .map(|archived| &archived.shape)
        .find(|shape| assessment::handover::tag(shape, tags) == tag)
        .ok_or(HandoverError::OtherVersion)?;
    let decoded = assessment::handover::decode_older_code(shape, &pages.questionnaire, tags, code)?;
    let recheck = app::carry::after_handover(&pages.questionnaire, &decoded);
    Ok((decoded.handover, recheck))
}

/// A language button: back to the same page in that language, remembered for the session.
pub async fn language(State(pages): Shared, headers: HeaderMap, body: Bytes) -> Response {
    let form = fields(&body);
    let tag = values(&form, "lang").into_iter().next().unwrap_or_default();
    let Some(locale) = pages.built.locales.iter().find(|l| l.tag == tag) else { return pages.bad_form(&headers) };
    // Only a path of this service (never another site).
    let back = values(&form, "back").into_iter().next().filter(|b| b.starts_with('/') && !b.starts_with("//"));
    let mut res = Redirect::to(back.as_deref().unwrap_or("/")).into_response();
    if let Ok(v) = language_cookie(&locale.tag, true) {
        res.headers_mut().insert(header::SET_COOKIE, v);
    }
    res
}

/// "Exit this page": forget the journey and leave for the neutral site at once.
pub async fn exit(State(pages): Shared) -> Response {
    let mut res = Redirect::to(&pages.built.exit_url).into_response();
    res.headers_mut().insert(header::SET_COOKIE, journey_cookie::clear(pages.secure));
    res
}

/// "Clear my answers": forget the journey and start again.
pub async fn clear(State(pages): Shared) -> Response {
    let mut res = Redirect::to("/").into_response();
    res.headers_mut().insert(header::SET_COOKIE, journey_cookie::clear(pages.secure));
    res
}

/// The app's copy of the journey (`app/src/journey/server_copy.rs`), sealed into the cookie.
pub async fn session(State(pages): Shared, headers: HeaderMap, body: Bytes) -> Response {
    if cross_site(&headers) {
        return StatusCode::FORBIDDEN.into_response();
    }
    let Ok(journey) = serde_json::from_slice::<JourneyData>(&body) else {
        return (StatusCode::BAD_REQUEST, "").into_response();
    };
    match journey_cookie::write(&journey, &pages.key, pages.secure) {
        Some(cookie) => (StatusCode::NO_CONTENT, [(header::SET_COOKIE, cookie)]).into_response(),
        None => (StatusCode::PAYLOAD_TOO_LARGE, "").into_response(),
    }
}

/// The `lang` cookie the pages are rendered in (not HttpOnly: the app writes it too, as
/// `app/src/i18n/negotiate.rs` does). Kept for a year when chosen, else for the session.
fn language_cookie(tag: &str, remember: bool) -> Result<HeaderValue, axum::http::header::InvalidHeaderValue> {
    let age = if remember { "; Max-Age=31536000" } else { "" };
    HeaderValue::from_str(&format!("{}={tag}; Path=/; SameSite=Strict{age}", app::LANGUAGE_COOKIE))
}

fn new_call_reference() -> String {
    let mut bytes = [0u8; 6];
    // Without randomness the reference is still a valid one; it names the call, nothing more.
    let _ = getrandom::fill(&mut bytes);
    step::call_reference(bytes)
}
