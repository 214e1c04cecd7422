//! The journey between requests: JSON, deflated, sealed into the `journey` cookie
//! (`session.rs`). Read back, it is checked against the questionnaire now in use: a journey
//! begun with earlier questions (the council published new ones since) is carried forward by
//! question and option ids (`app::carry`, with the earlier version's shape from the archive
//! when it is kept), and what the person must check again travels with it for the notice.

use std::io::{Read, Write};

use app::JourneyData;
use assessment::{Archived, Questionnaire};
use axum::http::{HeaderMap, HeaderValue};

use crate::session::{self, SessionKey, JOURNEY_COOKIE};

/// What the request carried.
#[derive(Debug, PartialEq)]
pub enum Carried {
    Nothing,
    Journey(JourneyData),
    /// A journey whose answers were given to other questions, carried forward on this read:
    /// its cookie must be written again, so it is carried once.
    CarriedForward(JourneyData),
    /// A cookie we cannot read: tampered, cut short, or sealed with another key (a restart
    /// without `SESSION_KEY`). Never anyone else's answers: it does not open at all.
    Unreadable,
}

/// The longest journey a cookie carries, inflated (a deflated cookie is at most ~2.8 KB).
const MAX_INFLATED: u64 = 64 * 1024;

/// The journey the request carries, brought to `q`; `archive` holds the earlier versions'
/// shapes (`content/archive/`).
pub fn read(headers: &HeaderMap, key: &SessionKey, q: &Questionnaire, archive: &[Archived]) -> Carried {
    let Some(value) = session::read_cookie(headers, JOURNEY_COOKIE) else { return Carried::Nothing };
    let Ok(sealed) = key.open(value) else { return Carried::Unreadable };
    let mut json = Vec::new();
    let inflated = flate2::read::DeflateDecoder::new(sealed.as_slice()).take(MAX_INFLATED).read_to_end(&mut json);
    match inflated.ok().and_then(|_| serde_json::from_slice::<JourneyData>(&json).ok()) {
        Some(mut journey) => {
            let earlier = |version: &str| archive.iter().find(|a| a.shape.version == version).map(|a| a.shape.clone());
            match app::carry::to_current(&mut journey, q, earlier) {
                true => Carried::CarriedForward(journey),
                false => Carried::Journey(journey),
            }
        }
        None => Carried::Unreadable,
    }
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

    fn content() -> assessment::Content {
        assessment::content::load_with_archive(
            "../content".as_ref(),
            "../content/archive".as_ref(),
            "../locales".as_ref(),
        )
        .expect("the shipped content loads")
    }

    fn questionnaire() -> Questionnaire {
        content().questionnaire
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
        journey.version = q.version.clone();
        let first = &q.questions[0];
        journey.answers.insert(first.id.clone(), assessment::Answer::One(first.options[0].id.clone()));
        let cookie = write(&journey, &key, false).unwrap();
        assert_eq!(read(&headers(&cookie), &key, &q, &[]), Carried::Journey(journey));
    }

    #[test]
    fn another_key_or_a_changed_byte_reads_as_unreadable_never_as_answers() {
        let q = questionnaire();
        let mut journey = JourneyData::default();
        journey.perspective = Some(assessment::Perspective::Myself);
        let cookie = write(&journey, &SessionKey::random(), false).unwrap();
        assert_eq!(read(&headers(&cookie), &SessionKey::random(), &q, &[]), Carried::Unreadable);
        let mut h = HeaderMap::new();
        h.insert(axum::http::header::COOKIE, HeaderValue::from_static("journey=AAAA"));
        assert_eq!(read(&h, &SessionKey::random(), &q, &[]), Carried::Unreadable);
        assert_eq!(read(&HeaderMap::new(), &SessionKey::random(), &q, &[]), Carried::Nothing);
    }

    #[test]
    fn a_journey_from_earlier_questions_is_carried_forward_and_says_what_changed() {
        let content = content();
        let q = &content.questionnaire;
        let key = SessionKey::random();
        let mut journey = JourneyData::default();
        journey.perspective = Some(assessment::Perspective::Myself);
        // Answered on the archived 2026-11.1, where `danger-now` was yes/no/not-sure.
        journey.version = "2026-11.1".into();
        let one = |s: &str| assessment::Answer::One(s.into());
        journey.answers.insert("age-band".into(), one("age-65-to-74"));
        journey.answers.insert("lives-alone".into(), one("yes"));
        journey.answers.insert("danger-now".into(), one("no"));
        journey.answers.insert("harm-by-others".into(), assessment::Answer::Many(vec!["none".into()]));
        journey.answers.insert("a-question-since-removed".into(), one("yes"));
        let cookie = write(&journey, &key, false).unwrap();
        let Carried::CarriedForward(read) = read(&headers(&cookie), &key, q, &content.archive) else {
            panic!("carried forward")
        };
        assert_eq!(read.version, q.version);
        let kept: Vec<_> = read.answers.keys().cloned().collect();
        assert_eq!(kept, ["age-band", "danger-now", "harm-by-others", "lives-alone"]);
        let changed = read.changed.clone().expect("the person is told");
        assert!(changed.removed, "an answer was taken out, and said so");
        // `danger-now` and `harm-by-others` offer new answers ("yes, I may harm myself", "prefer
        // not to say"), and `self-harm` is asked now, before where the person had got to (it
        // came later then, and only after low mood or worry).
        assert_eq!(changed.recheck, ["danger-now", "self-harm", "harm-by-others"]);
        // Written again, it reads as it is: carried once.
        let again = write(&read, &key, false).unwrap();
        assert_eq!(super::read(&headers(&again), &key, q, &content.archive), Carried::Journey(read));
    }

    #[test]
    fn an_answer_that_does_not_fit_its_own_version_is_taken_out_and_said_so() {
        let q = questionnaire();
        let key = SessionKey::random();
        let mut journey = JourneyData::default();
        journey.perspective = Some(assessment::Perspective::Myself);
        journey.version = q.version.clone();
        journey.answers.insert("a-question-since-removed".into(), assessment::Answer::One("yes".into()));
        let cookie = write(&journey, &key, false).unwrap();
        let Carried::CarriedForward(read) = read(&headers(&cookie), &key, &q, &[]) else { panic!("taken out") };
        assert!(read.answers.is_empty());
        assert_eq!(read.changed, Some(app::Changed { recheck: vec![], removed: true }));
    }

    #[test]
    fn an_empty_journey_clears_the_cookie() {
        let cookie = write(&JourneyData::default(), &SessionKey::random(), false).unwrap();
        assert!(cookie.to_str().unwrap().contains("Max-Age=0"));
    }
}
