//! The journey between requests: JSON, deflated, sealed into the `journey` cookie
//! (`session.rs`). Read back, it is checked against the questionnaire now in use: answers to
//! questions or options that are no longer asked are left out.

use std::io::{Read, Write};

use app::JourneyData;
use assessment::Questionnaire;
use axum::http::{HeaderMap, HeaderValue};

use crate::session::{self, SessionKey, JOURNEY_COOKIE};

/// What the request carried.
#[derive(Debug, PartialEq)]
pub enum Carried {
    Nothing,
    Journey(JourneyData),
    /// A cookie we cannot read: tampered, cut short, or sealed with another key (a restart
    /// without `SESSION_KEY`). Never anyone else's answers: it does not open at all.
    Unreadable,
}

/// The longest journey a cookie carries, inflated (a deflated cookie is at most ~2.8 KB).
const MAX_INFLATED: u64 = 64 * 1024;

pub fn read(headers: &HeaderMap, key: &SessionKey, q: &Questionnaire) -> Carried {
    let Some(value) = session::read_cookie(headers, JOURNEY_COOKIE) else { return Carried::Nothing };
    let Ok(sealed) = key.open(value) else { return Carried::Unreadable };
    let mut json = Vec::new();
    let inflated = flate2::read::DeflateDecoder::new(sealed.as_slice()).take(MAX_INFLATED).read_to_end(&mut json);
    match inflated.ok().and_then(|_| serde_json::from_slice::<JourneyData>(&json).ok()) {
        Some(mut journey) => {
            journey.answers = fitting_answers(q, &journey);
            Carried::Journey(journey)
        }
        None => Carried::Unreadable,
    }
}

/// Only answers the questionnaire still asks for, with options it still offers, on the path.
fn fitting_answers(q: &Questionnaire, journey: &JourneyData) -> assessment::Answers {
    let fits = |(id, answer): &(&String, &assessment::Answer)| {
        q.questions.iter().find(|x| &x.id == *id).is_some_and(|question| match question.kind {
            assessment::QuestionKind::Text => true,
            _ => answer.chosen().iter().all(|o| question.option(o).is_some()),
        })
    };
    let kept = journey.answers.iter().filter(fits).map(|(k, v)| (k.clone(), v.clone())).collect();
    q.visible_answers(&kept)
}

/// The `Set-Cookie` for this journey: cleared when there is nothing to keep. `None` when the
/// journey is too large for a cookie (the person is told; nothing is cut short).
pub fn write(journey: &JourneyData, key: &SessionKey, secure: bool) -> Option<HeaderValue> {
    if journey == &JourneyData::default() {
        return Some(session::clear_cookie(JOURNEY_COOKIE, secure));
    }
    let json = serde_json::to_vec(journey).ok()?;
    let mut deflate = flate2::write::DeflateEncoder::new(Vec::new(), flate2::Compression::default());
    deflate.write_all(&json).ok()?;
    let sealed = key.seal_checked(&deflate.finish().ok()?).ok()?;
    Some(session::set_cookie(JOURNEY_COOKIE, &sealed, secure))
}

pub fn clear(secure: bool) -> HeaderValue {
    session::clear_cookie(JOURNEY_COOKIE, secure)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn questionnaire() -> Questionnaire {
        assessment::content::load_with_archive(
            "../content".as_ref(),
            "../content/archive".as_ref(),
            "../locales".as_ref(),
        )
        .expect("the shipped content loads")
        .questionnaire
    }

    fn headers(set_cookie: &HeaderValue) -> HeaderMap {
        let pair = set_cookie.to_str().unwrap().split(';').next().unwrap().to_string();
        let mut h = HeaderMap::new();
        h.insert(axum::http::header::COOKIE, HeaderValue::from_str(&pair).unwrap());
        h
    }

    #[test]
    fn a_journey_comes_back_as_it_went() {
        let q = questionnaire();
        let key = SessionKey::random();
        let mut journey = JourneyData::default();
        journey.perspective = Some(assessment::Perspective::Other);
        journey.name = "Mum".into();
        let first = &q.questions[0];
        journey.answers.insert(first.id.clone(), assessment::Answer::One(first.options[0].id.clone()));
        let cookie = write(&journey, &key, false).unwrap();
        assert_eq!(read(&headers(&cookie), &key, &q), Carried::Journey(journey));
    }

    #[test]
    fn another_key_or_a_changed_byte_reads_as_unreadable_never_as_answers() {
        let q = questionnaire();
        let mut journey = JourneyData::default();
        journey.perspective = Some(assessment::Perspective::Myself);
        let cookie = write(&journey, &SessionKey::random(), false).unwrap();
        assert_eq!(read(&headers(&cookie), &SessionKey::random(), &q), Carried::Unreadable);
        let mut h = HeaderMap::new();
        h.insert(axum::http::header::COOKIE, HeaderValue::from_static("journey=AAAA"));
        assert_eq!(read(&h, &SessionKey::random(), &q), Carried::Unreadable);
        assert_eq!(read(&HeaderMap::new(), &SessionKey::random(), &q), Carried::Nothing);
    }

    #[test]
    fn answers_no_longer_asked_are_left_out() {
        let q = questionnaire();
        let key = SessionKey::random();
        let mut journey = JourneyData::default();
        journey.perspective = Some(assessment::Perspective::Myself);
        journey.answers.insert("a-question-since-removed".into(), assessment::Answer::One("yes".into()));
        let cookie = write(&journey, &key, false).unwrap();
        journey.answers.clear();
        assert_eq!(read(&headers(&cookie), &key, &q), Carried::Journey(journey));
    }

    #[test]
    fn an_empty_journey_clears_the_cookie() {
        let cookie = write(&JourneyData::default(), &SessionKey::random(), false).unwrap();
        assert!(cookie.to_str().unwrap().contains("Max-Age=0"));
    }
}
