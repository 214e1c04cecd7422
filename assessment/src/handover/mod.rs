//! Hand-over: moving a journey between devices or people without an account.
//!
//! Two forms, both carrying option answers, the step, perspective and locale — never free text
//! (it may hold anything, names included) and never a name:
//!
//! - a **code** to read aloud or type ([`encode_code`]): bits packed by position against the
//!   current questionnaire, so it is short, but only readable with the same questionnaire's
//!   [`Shape`] (and language list); in Crockford base32, grouped in fours: `K3M9-QX2A-…`. A code
//!   made before the questionnaire changed is read with the earlier shape a council keeps
//!   ([`code_tag`] names it, [`decode_older_code`] reads it) and then migrated as a link is;
//! - a **link** payload for `#resume=…` ([`encode_link`]): answers by id, so a link made before
//!   the questionnaire changed still opens, keeping what still fits and saying what to re-check.
//!
//! Both are checksummed: a mistyped, misheard or cut-short hand-over is refused with a reason,
//! never turned into someone else's journey. Nothing here needs a clock, randomness or a crate.

use std::fmt;

mod code;
mod link;

pub use code::{code_tag, decode_code, decode_older_code, encode_code, encode_older_code, tag};
pub use link::{decode_link, encode_link};

use crate::answers::{Answer, Answers};
use crate::model::{Perspective, QuestionKind, Questionnaire};
pub use crate::model::{Shape, ShapeOption, ShapeQuestion};

/// A journey in flight.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Handover {
    pub perspective: Perspective,
    /// The language tag the person was reading, e.g. `en-GB`.
    pub locale: String,
    /// The id of the question the person is on; `None` when on no question (e.g. checking
    /// answers). Not checked against show-if: the app decides where to resume.
    pub step: Option<String>,
    /// Free-text answers are never carried: they are left out when encoding.
    pub answers: Answers,
}

/// What a link, or a code made with an earlier questionnaire, restores.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Decoded {
    pub handover: Handover,
    /// Questions whose answers were dropped wholly or partly because the questionnaire changed
    /// since the link or code was made: asked questions in question order, then the ids of questions
    /// that no longer exist. Answers merely hidden now (by show-if) are dropped unlisted.
    pub needs_recheck: Vec<String>,
    /// The questionnaire version the link or code was made with, when it is not the current one.
    pub from_version: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum HandoverError {
    /// Nothing but spaces and hyphens.
    Empty,
    /// A character no code or link has; `position` counts characters of the input from 0.
    BadCharacter { position: usize, character: char },
    /// The checksum does not match: a character is wrong.
    Checksum,
    /// Characters are missing.
    TooShort,
    /// Made for another questionnaire version, language list or format than the one given: a
    /// code is read with the shape it was made with ([`code_tag`] says which), a link migrates.
    OtherVersion,
    /// Passed its checksum but does not fit; practically never happens by accident.
    Corrupt,
}

impl fmt::Display for HandoverError {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        match self {
            HandoverError::Empty => f.write_str("nothing was entered"),
            HandoverError::BadCharacter { position, character } => {
                write!(f, "character {} ({character:?}) cannot be in a code", position + 1)
            }
            HandoverError::Checksum => f.write_str("the checksum does not match: a character is wrong"),
            HandoverError::TooShort => f.write_str("characters are missing"),
            HandoverError::OtherVersion => f.write_str("made for another version of the questionnaire"),
            HandoverError::Corrupt => f.write_str("the contents do not fit this questionnaire"),
        }
    }
}

impl std::error::Error for HandoverError {}

// ─────────────────────────────── both ───────────────────────────────

/// The answers that fit `q`: option answers of the right shape to existing, non-text
/// questions; checkbox options that exist, in the questionnaire's order, "none of these"
/// alone. Also returns the ids of questions whose answers were dropped wholly or partly.
pub(crate) fn fit(q: &Questionnaire, answers: &Answers) -> (Answers, Vec<String>) {
    let mut kept = Answers::new();
    let mut dropped = Vec::new();
    for question in &q.questions {
        let Some(answer) = answers.get(&question.id) else { continue };
        let (fitted, whole) = match (question.kind, answer) {
            (QuestionKind::Multiple, Answer::Many(ids)) => {
                let chosen: Vec<_> = question.options.iter().filter(|o| ids.contains(&o.id)).collect();
                let alone = chosen.len() == 1 || !chosen.iter().any(|o| o.exclusive);
                let fitted =
                    (!chosen.is_empty() && alone).then(|| Answer::Many(chosen.iter().map(|o| o.id.clone()).collect()));
                (fitted, chosen.len() == ids.len())
            }
            (QuestionKind::Single | QuestionKind::YesNo | QuestionKind::Frequency, Answer::One(id)) => {
                (question.option(id).map(|_| answer.clone()), true)
            }
            _ => (None, false),
        };
        if fitted.is_none() || !whole {
            dropped.push(question.id.clone());
        }
        if let Some(a) = fitted {
            kept.insert(question.id.clone(), a);
        }
    }
    dropped.extend(answers.keys().filter(|id| !q.questions.iter().any(|x| &x.id == *id)).cloned());
    (kept, dropped)
}

/// CRC-20, polynomial 0x1FFA9B (x^20 + … + 1, with x+1 as a factor), chosen by search so that
/// every change confined to two 5-bit characters — one wrong character, two wrong characters,
/// or two swapped — is caught in codes up to 2000 characters (proved in the tests below).
/// The non-zero start makes leading zeros count.
pub(crate) fn crc20(bits: impl IntoIterator<Item = bool>) -> u32 {
    const POLY: u32 = 0xF_FA9B;
    let mut reg: u32 = 0xF_FFFF;
    for bit in bits {
        let feedback = (reg >> 19 & 1 == 1) != bit;
        reg = reg << 1 & 0xF_FFFF;
        if feedback {
            reg ^= POLY;
        }
    }
    reg
}

#[cfg(test)]
mod tests {
    use std::collections::HashMap;

    /// An undetected change confined to characters s < t is a·x^(5s) + b·x^(5t) ≡ 0 (mod g)
    /// for 5-bit a, b; so if every a·x^(5s) leaves a different remainder, no such change slips
    /// through. (s = t is covered too: a non-zero remainder of degree < 20 is never 0.)
    #[test]
    fn the_crc_catches_every_change_to_two_characters_or_fewer() {
        let g = 1 << 20 | 0xF_FA9B;
        let mut seen = HashMap::new();
        let mut rems: Vec<u32> = (1..32).collect();
        for s in 0..2000 {
            for &r in &rems {
                assert_eq!(seen.insert(r, s), None, "two-character change undetected at distance {s}");
            }
            for r in &mut rems {
                for _ in 0..5 {
                    *r <<= 1;
                    if *r >> 20 & 1 == 1 {
                        *r ^= g;
                    }
                }
            }
        }
    }
}
