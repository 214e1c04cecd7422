//! The short code to read aloud or type: bits packed by position against a questionnaire,
//! in Crockford base32. A code made before the questionnaire changed is read with the shape a
//! council keeps, then migrated as a link is.

use super::{crc20, fit, Decoded, Handover, HandoverError};
use crate::answers::{Answer, Answers};
use crate::condition::Condition;
use crate::model::{Perspective, QuestionKind, Questionnaire, Shape};

// ─────────────────────────────── short code ───────────────────────────────
//
// Bits, most significant first:
//   format 3 | length 5 | tag 16 | perspective 2 | locale w | step w | answers… | 0-padding | CRC 20
// Answers: for each non-text question shown by the answers before it, in order — radios the
// option's index + 1 (0 = unanswered) in as few bits as fit, checkboxes an "answered" bit then
// one bit per option.
// `length` is the number of characters mod 32, so a code cut short by up to 31 characters is
// always caught and named as such. Every future format must keep the first 8 bits and the
// CRC, so old apps can tell "other format" from "mistyped".

const ALPHABET: &[u8; 32] = b"0123456789ABCDEFGHJKMNPQRSTVWXYZ";
const CODE_FORMAT: usize = 1;
const FORMAT_BITS: u32 = 3;
const LENGTH_BITS: u32 = 5;
const TAG_BITS: u32 = 16;
const PERSPECTIVE_BITS: u32 = 2;
const CHECK_BITS: usize = 20;
/// Format, length and tag, then the CRC: anything shorter cannot be a code.
const MIN_SYMBOLS: usize = (FORMAT_BITS + LENGTH_BITS + TAG_BITS).div_ceil(5) as usize + CHECK_BITS / 5;

/// The short code for `h`, e.g. `K3M9-QX2A-…`. `locales` are the app's languages in their fixed
/// order; a locale not among them is sent as the first. Answers that do not fit `q`, and answers
/// hidden by show-if, are left out.
pub fn encode_code(q: &Questionnaire, locales: &[&str], h: &Handover) -> String {
    let (answers, _) = fit(q, &h.answers);
    let mut body = Vec::new();
    // Mirrors the decoder: a question's bits are written only when its show-if holds for the
    // answers before it, so hidden questions cost nothing.
    let mut before = Answers::new();
    for question in q.questions.iter().filter(|x| x.kind != QuestionKind::Text) {
        if !question.is_shown_after(&before) {
            continue;
        }
        let answer = answers.get(&question.id);
        let chosen = answer.map_or(&[][..], |a| a.chosen());
        if question.kind == QuestionKind::Multiple {
            // One bit says whether it was answered, so a skipped question costs one bit.
            body.push(answer.is_some());
            if answer.is_some() {
                body.extend(question.options.iter().map(|o| chosen.contains(&o.id)));
            }
        } else {
            let index = chosen.first().and_then(|c| question.options.iter().position(|o| &o.id == c));
            push(&mut body, index.map_or(0, |i| i + 1), width(question.options.len()));
        }
        if let Some(a) = answer {
            before.insert(question.id.clone(), a.clone());
        }
    }

    let perspective = Perspective::ALL.iter().position(|p| *p == h.perspective).unwrap_or(0);
    let locale = locales.iter().position(|l| *l == h.locale).unwrap_or(0);
    let step = h.step.as_ref().and_then(|s| q.questions.iter().position(|x| &x.id == s)).map_or(0, |i| i + 1);
    // Trailing zeros (questions not reached yet) are left off, so a journey handed over half
    // way gets a shorter code; the decoder reads them back as zeros.
    body.truncate(body.iter().rposition(|&b| b).map_or(0, |i| i + 1));
    let payload = header_bits(q, locales) + body.len();
    let symbols = payload.div_ceil(5) + CHECK_BITS / 5;

    let mut bits = Vec::with_capacity(symbols * 5);
    push(&mut bits, CODE_FORMAT, FORMAT_BITS);
    push(&mut bits, symbols % 32, LENGTH_BITS);
    push(&mut bits, fingerprint(q, locales), TAG_BITS);
    push(&mut bits, perspective, PERSPECTIVE_BITS);
    push(&mut bits, locale, locale_width(locales));
    push(&mut bits, step, width(q.questions.len()));
    bits.extend(body);
    bits.resize(payload.div_ceil(5) * 5, false);
    let check = crc20(bits.iter().copied());
    push(&mut bits, check as usize, CHECK_BITS as u32);

    let chars: Vec<char> =
        bits.chunks(5).map(|s| ALPHABET[s.iter().fold(0, |v, &b| v << 1 | b as usize)] as char).collect();
    chars.chunks(4).map(|g| g.iter().collect::<String>()).collect::<Vec<_>>().join("-")
}

/// Reads a code typed or heard: case, spaces and hyphens do not matter, and O reads as 0, I and
/// L as 1.
pub fn decode_code(q: &Questionnaire, locales: &[&str], code: &str) -> Result<Handover, HandoverError> {
    let payload = &unseal(code)?;
    let mut r = Reader { bits: payload, at: FORMAT_BITS as usize + LENGTH_BITS as usize };
    if value(&payload[..FORMAT_BITS as usize]) != CODE_FORMAT || r.take(TAG_BITS) != fingerprint(q, locales) {
        return Err(HandoverError::OtherVersion);
    }

    let perspective = *Perspective::ALL.get(r.take(PERSPECTIVE_BITS)).ok_or(HandoverError::Corrupt)?;
    let locale = locales.get(r.take(locale_width(locales))).ok_or(HandoverError::Corrupt)?.to_string();
    let step = match r.take(width(q.questions.len())) {
        0 => None,
        i => Some(q.questions.get(i - 1).ok_or(HandoverError::Corrupt)?.id.clone()),
    };

    let mut answers = Answers::new();
    for question in q.questions.iter().filter(|x| x.kind != QuestionKind::Text) {
        if !question.is_shown_after(&answers) {
            continue;
        }
        let options = &question.options;
        let answer = if question.kind == QuestionKind::Multiple {
            if r.take(1) == 0 {
                continue;
            }
            let mut chosen = Vec::new();
            for o in options {
                if r.take(1) == 1 {
                    chosen.push(o);
                }
            }
            // Only answers a person could give: at least one option, "none of these" alone.
            if chosen.is_empty() || (chosen.len() > 1 && chosen.iter().any(|o| o.exclusive)) {
                return Err(HandoverError::Corrupt);
            }
            Answer::Many(chosen.into_iter().map(|o| o.id.clone()).collect())
        } else {
            match r.take(width(options.len())) {
                0 => continue,
                i => Answer::One(options.get(i - 1).ok_or(HandoverError::Corrupt)?.id.clone()),
            }
        };
        answers.insert(question.id.clone(), answer);
    }
    // Only the one way of writing this journey is accepted: nothing set past what was read,
    // and no more characters than the encoder would have written.
    let used = payload.iter().rposition(|&b| b).map_or(0, |i| i + 1);
    if used > r.at || payload.len() != used.max(header_bits(q, locales)).div_ceil(5) * 5 {
        return Err(HandoverError::Corrupt);
    }
    Ok(Handover { perspective, locale, step, answers })
}

/// The payload of a code whose length and checksum are right (the CRC taken off), so what is
/// refused here is a mistake in typing, never a questionnaire that changed.
fn unseal(code: &str) -> Result<Vec<bool>, HandoverError> {
    let symbols = read_symbols(code)?;
    if symbols.len() < MIN_SYMBOLS {
        return Err(HandoverError::TooShort);
    }
    let mut bits: Vec<bool> = symbols.iter().flat_map(|&s| (0..5).rev().map(move |i| s >> i & 1 == 1)).collect();
    let check = bits.split_off(bits.len() - CHECK_BITS);
    let stated = value(&bits[FORMAT_BITS as usize..(FORMAT_BITS + LENGTH_BITS) as usize]);
    let missing = (stated + 32 - symbols.len() % 32) % 32;
    if missing != 0 || crc20(bits.iter().copied()) as usize != value(&check) {
        // The length is only a hint once the checksum fails: a mistyped length character reads
        // as "missing", which is rare and still leads the person to check the code.
        return Err(if (1..=16).contains(&missing) { HandoverError::TooShort } else { HandoverError::Checksum });
    }
    Ok(bits)
}

// ─────────────────────────── codes from older versions ───────────────────────────
//
// A code is positional, so reading one needs the questionnaire it was made with. A council
// keeps its earlier questionnaires (`content/archive/`); the server serves each one's shape
// by tag, without any answers, and the code is read on the device against it, then migrated
// to the current questionnaire by ids exactly as a link is.

/// The tag every code made with `shape` (and this language list) carries: how the server
/// files archived shapes, and how the app asks for one.
pub fn tag(shape: &Shape, locales: &[&str]) -> u16 {
    fingerprint(&shape.skeleton(), locales) as u16
}

/// The tag of a code that was typed correctly, whatever questionnaire it was made with; so a
/// code [`decode_code`] refused as [`HandoverError::OtherVersion`] can be read with the shape
/// of its own version. A code of another format is [`HandoverError::OtherVersion`] here too.
pub fn code_tag(code: &str) -> Result<u16, HandoverError> {
    let payload = unseal(code)?;
    let mut r = Reader { bits: &payload, at: 0 };
    if r.take(FORMAT_BITS) != CODE_FORMAT {
        return Err(HandoverError::OtherVersion);
    }
    r.take(LENGTH_BITS);
    Ok(r.take(TAG_BITS) as u16)
}

/// The code an app showed while `shape` was the current questionnaire (the same as
/// [`encode_code`] for that questionnaire): for tests and fixtures of older codes.
pub fn encode_older_code(shape: &Shape, locales: &[&str], h: &Handover) -> String {
    encode_code(&shape.skeleton(), locales, h)
}

/// Reads a code made with the earlier questionnaire `shape`, then migrates it to `q` as
/// [`decode_link`] does: answers whose question and options still exist are kept, the others
/// are dropped and listed in `needs_recheck`. A code made with another shape than `shape` is
/// [`HandoverError::OtherVersion`].
pub fn decode_older_code(
    shape: &Shape,
    q: &Questionnaire,
    locales: &[&str],
    code: &str,
) -> Result<Decoded, HandoverError> {
    let Handover { perspective, locale, step, answers } = decode_code(&shape.skeleton(), locales, code)?;
    let (kept, needs_recheck) = fit(q, &answers);
    let step = step.filter(|s| q.questions.iter().any(|x| &x.id == s));
    let from_version = (shape.version != q.version).then(|| shape.version.clone());
    let handover = Handover { perspective, locale, step, answers: q.visible_answers(&kept) };
    Ok(Decoded { handover, needs_recheck, from_version })
}

fn header_bits(q: &Questionnaire, locales: &[&str]) -> usize {
    (FORMAT_BITS + LENGTH_BITS + TAG_BITS + PERSPECTIVE_BITS + locale_width(locales) + width(q.questions.len()))
        as usize
}

fn locale_width(locales: &[&str]) -> u32 {
    width(locales.len().saturating_sub(1))
}

/// Bits needed to write any number from 0 to `max`.
fn width(max: usize) -> u32 {
    usize::BITS - max.leading_zeros()
}

fn push(bits: &mut Vec<bool>, v: usize, width: u32) {
    bits.extend((0..width).rev().map(|i| v >> i & 1 == 1));
}

fn value(bits: &[bool]) -> usize {
    bits.iter().fold(0, |v, &b| v << 1 | b as usize)
}

struct Reader<'a> {
    bits: &'a [bool],
    at: usize,
}

impl Reader<'_> {
    /// Past the end, every bit reads as 0: trailing "unanswered" is left out of codes.
    fn take(&mut self, width: u32) -> usize {
        let v = (self.at..self.at + width as usize)
            .fold(0, |v, i| v << 1 | self.bits.get(i).copied().unwrap_or(false) as usize);
        self.at += width as usize;
        v
    }
}

fn read_symbols(code: &str) -> Result<Vec<u8>, HandoverError> {
    let mut out = Vec::new();
    for (position, character) in code.chars().enumerate() {
        // Phones turn typed hyphens into dashes.
        if character.is_whitespace() || matches!(character, '-' | '‐' | '‑' | '–' | '—') {
            continue;
        }
        let c = match character.to_ascii_uppercase() {
            'O' => '0',
            'I' | 'L' => '1',
            c => c,
        };
        let v =
            ALPHABET.iter().position(|&a| a as char == c).ok_or(HandoverError::BadCharacter { position, character })?;
        out.push(v as u8);
    }
    if out.is_empty() {
        Err(HandoverError::Empty)
    } else {
        Ok(out)
    }
}

/// 16 bits that change whenever anything the code's layout depends on changes: the version,
/// the language list, and each question's id, kind, options and show-if (so a questionnaire
/// edited without a new version is still told apart). FNV-1a, folded to 16 bits.
fn fingerprint(q: &Questionnaire, locales: &[&str]) -> usize {
    let mut h: u32 = 0x811c_9dc5;
    // 0xFF never occurs in UTF-8, so it cleanly ends each string.
    let mut feed = |s: &str| {
        for b in s.bytes().chain([0xFF]) {
            h = (h ^ b as u32).wrapping_mul(0x0100_0193);
        }
    };
    feed(&q.version);
    locales.iter().for_each(|l| feed(l));
    for question in &q.questions {
        feed(&question.id);
        feed(&layout_text(question.kind, question.show_if.as_ref()));
        for o in &question.options {
            feed(&o.id);
            feed(if o.exclusive { "x" } else { "" });
        }
    }
    ((h >> 16) ^ (h & 0xFFFF)) as usize
}

/// A question's kind and show-if as the fingerprint reads them. Written out by hand so that
/// renaming a Rust type or variant cannot change every code's tag. The text is exactly what
/// the derived `Debug` of `QuestionKind` and `Option<Condition>` printed when the first codes
/// were handed out (2026-11), so no tag moved when this replaced it:
///
/// - kind: `Single`, `Multiple`, `YesNo`, `Frequency` or `Text`, then the show-if:
/// - `None`, or `Some(c)` where `c` is one of
///   `Answer { question: "q", any_of: ["a", "b"] }`, `All([c, c])`, `Any([c, c])`, `Not(c)`,
///   `AtLeast { count: 2, of: [c, c] }` (lists joined by `, `; ids are quoted as they are: the
///   loader allows only lower-case letters, digits and hyphens in them).
///
/// `tests/handover.rs` pins the tag of a fixed shape that uses every form.
fn layout_text(kind: QuestionKind, show_if: Option<&Condition>) -> String {
    let mut out = String::from(match kind {
        QuestionKind::Single => "Single",
        QuestionKind::Multiple => "Multiple",
        QuestionKind::YesNo => "YesNo",
        QuestionKind::Frequency => "Frequency",
        QuestionKind::Text => "Text",
    });
    match show_if {
        None => out.push_str("None"),
        Some(c) => {
            out.push_str("Some(");
            condition_text(c, &mut out);
            out.push(')');
        }
    }
    out
}

fn condition_text(c: &Condition, out: &mut String) {
    let list = |items: &[Condition], out: &mut String| {
        out.push('[');
        for (i, item) in items.iter().enumerate() {
            if i > 0 {
                out.push_str(", ");
            }
            condition_text(item, out);
        }
        out.push(']');
    };
    match c {
        Condition::Answer { question, any_of } => {
            let quoted: Vec<String> = any_of.iter().map(|o| format!("\"{o}\"")).collect();
            out.push_str(&format!("Answer {{ question: \"{question}\", any_of: [{}] }}", quoted.join(", ")));
        }
        Condition::All(items) => {
            out.push_str("All(");
            list(items, out);
            out.push(')');
        }
        Condition::Any(items) => {
            out.push_str("Any(");
            list(items, out);
            out.push(')');
        }
        Condition::Not(inner) => {
            out.push_str("Not(");
            condition_text(inner, out);
            out.push(')');
        }
        Condition::AtLeast { count, of } => {
            out.push_str(&format!("AtLeast {{ count: {count}, of: "));
            list(of, out);
            out.push_str(" }");
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn widths() {
        assert_eq!([0, 1, 2, 3, 4, 7, 8].map(width), [0, 1, 2, 2, 3, 3, 4]);
    }
}
