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

use crate::answers::{Answer, Answers};
use crate::condition::Condition;
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

/// CRC-20, polynomial 0x1FFA9B (x^20 + … + 1, with x+1 as a factor), chosen by search so that
/// every change confined to two 5-bit characters — one wrong character, two wrong characters,
/// or two swapped — is caught in codes up to 2000 characters (proved in the tests below).
/// The non-zero start makes leading zeros count.
fn crc20(bits: impl IntoIterator<Item = bool>) -> u32 {
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

// ─────────────────────────────── link ───────────────────────────────
//
// One byte of length (all bytes, mod 256: a link cut short is always caught and named as
// such), the text, then a CRC-20 of both in 3 bytes; all in base64url without padding:
//   1;<version>;<perspective>;<locale>;<step>;<id>=<option>;<id>+<option>+<option>…
// `=` marks a one-choice answer, `+` each option of a checkbox answer, so a question that
// changed kind is noticed. Ids are lower-case letters, digits and hyphens (the loader checks),
// so only the version and locale need escaping.

const LINK_FORMAT: &str = "1";
const B64: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

/// The payload for `#resume=…` (URL-fragment safe, so it never reaches a server).
pub fn encode_link(q: &Questionnaire, h: &Handover) -> String {
    let answers = q.visible_answers(&fit(q, &h.answers).0);
    let step = h.step.as_deref().filter(|s| q.questions.iter().any(|x| x.id == *s)).unwrap_or("");
    let mut text =
        format!("{LINK_FORMAT};{};{};{};{step}", escape(&q.version), h.perspective.as_str(), escape(&h.locale));
    for (id, answer) in &answers {
        match answer {
            Answer::One(o) => text.push_str(&format!(";{id}={o}")),
            Answer::Many(os) => text.push_str(&format!(";{id}+{}", os.join("+"))),
        }
    }
    let mut bytes = vec![((text.len() + 4) % 256) as u8];
    bytes.extend(text.into_bytes());
    let check = crc20(byte_bits(&bytes));
    bytes.extend(&check.to_be_bytes()[1..]);
    base64url(&bytes)
}

/// Reads a link payload, migrating it to `q`. The whole link, or the fragment, may be given
/// too; spaces and line breaks (from e-mail wrapping) are ignored.
pub fn decode_link(q: &Questionnaire, payload: &str) -> Result<Decoded, HandoverError> {
    let start = payload.rfind("resume=").map_or(0, |i| i + "resume=".len());
    let offset = payload[..start].chars().count();
    let bytes = from_base64url(&payload[start..], offset)?;
    if bytes.len() < 5 {
        return Err(HandoverError::TooShort);
    }
    let (sealed, check) = bytes.split_at(bytes.len() - 3);
    let missing = (sealed[0] as usize + 256 - bytes.len() % 256) % 256;
    if missing != 0 || crc20(byte_bits(sealed)) != u32::from_be_bytes([0, check[0], check[1], check[2]]) {
        return Err(if (1..=128).contains(&missing) { HandoverError::TooShort } else { HandoverError::Checksum });
    }
    let text = std::str::from_utf8(&sealed[1..]).map_err(|_| HandoverError::Corrupt)?;
    let mut fields = text.split(';');
    if fields.next() != Some(LINK_FORMAT) {
        return Err(HandoverError::OtherVersion);
    }
    let mut next = || fields.next().ok_or(HandoverError::Corrupt);
    let version = unescape(next()?)?;
    let perspective = Perspective::parse(next()?).ok_or(HandoverError::Corrupt)?;
    let locale = unescape(next()?)?;
    let step = Some(next()?).filter(|s| q.questions.iter().any(|x| x.id == *s)).map(str::to_string);

    let mut given = Answers::new();
    for field in fields {
        let (id, answer) = match field.split_once('=') {
            Some((id, o)) => (id, Answer::One(o.to_string())),
            None => {
                let (id, os) = field.split_once('+').ok_or(HandoverError::Corrupt)?;
                (id, Answer::Many(os.split('+').map(str::to_string).collect()))
            }
        };
        if id.is_empty() || answer.chosen().iter().any(|o| o.is_empty()) {
            return Err(HandoverError::Corrupt);
        }
        if given.insert(id.to_string(), answer).is_some() {
            return Err(HandoverError::Corrupt);
        }
    }
    let (kept, needs_recheck) = fit(q, &given);
    let answers = q.visible_answers(&kept);
    let from_version = (version != q.version).then_some(version);
    Ok(Decoded { handover: Handover { perspective, locale, step, answers }, needs_recheck, from_version })
}

fn escape(s: &str) -> String {
    s.replace('%', "%25").replace(';', "%3B")
}

fn unescape(s: &str) -> Result<String, HandoverError> {
    let mut out = String::new();
    let mut rest = s;
    while let Some(i) = rest.find('%') {
        out.push_str(&rest[..i]);
        out.push(match rest.get(i + 1..i + 3) {
            Some("25") => '%',
            Some("3B") => ';',
            _ => return Err(HandoverError::Corrupt),
        });
        rest = &rest[i + 3..];
    }
    out.push_str(rest);
    Ok(out)
}

fn byte_bits(bytes: &[u8]) -> impl Iterator<Item = bool> + '_ {
    bytes.iter().flat_map(|&b| (0..8).rev().map(move |i| b >> i & 1 == 1))
}

fn base64url(bytes: &[u8]) -> String {
    let (mut acc, mut n, mut out) = (0u32, 0, String::new());
    for &b in bytes {
        acc = (acc << 8 | b as u32) & 0xFFFF;
        n += 8;
        while n >= 6 {
            n -= 6;
            out.push(B64[(acc >> n & 63) as usize] as char);
        }
    }
    if n > 0 {
        out.push(B64[(acc << (6 - n) & 63) as usize] as char);
    }
    out
}

/// Leftover bits of a last partial character are ignored; the checksum catches any damage.
fn from_base64url(s: &str, offset: usize) -> Result<Vec<u8>, HandoverError> {
    let (mut acc, mut n, mut out, mut any) = (0u32, 0, Vec::new(), false);
    for (i, character) in s.chars().enumerate() {
        if character.is_whitespace() {
            continue;
        }
        let v = match character {
            'A'..='Z' => character as u32 - 'A' as u32,
            'a'..='z' => character as u32 - 'a' as u32 + 26,
            '0'..='9' => character as u32 - '0' as u32 + 52,
            '-' => 62,
            '_' => 63,
            _ => return Err(HandoverError::BadCharacter { position: offset + i, character }),
        };
        any = true;
        acc = (acc << 6 | v) & 0xFFFF;
        n += 6;
        if n >= 8 {
            n -= 8;
            out.push((acc >> n) as u8);
        }
    }
    if any {
        Ok(out)
    } else {
        Err(HandoverError::Empty)
    }
}

// ─────────────────────────────── both ───────────────────────────────

/// The answers that fit `q`: option answers of the right shape to existing, non-text
/// questions; checkbox options that exist, in the questionnaire's order, "none of these"
/// alone. Also returns the ids of questions whose answers were dropped wholly or partly.
fn fit(q: &Questionnaire, answers: &Answers) -> (Answers, Vec<String>) {
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

#[cfg(test)]
mod tests {
    use super::*;
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

    #[test]
    fn base64url_round_trips_every_length() {
        let data: Vec<u8> = (0..=255).collect();
        for n in 0..40 {
            let text = base64url(&data[200 - n..200]);
            assert!(text.chars().all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_'));
            assert_eq!(from_base64url(&text, 0).unwrap_or_default(), &data[200 - n..200]);
        }
    }

    #[test]
    fn escaping_round_trips_and_refuses_stray_percents() {
        for s in ["", "2026-11.1", "a;b%c", "%3B", "%25;;", "né;%"] {
            assert!(!escape(s).contains(';'));
            assert_eq!(unescape(&escape(s)), Ok(s.to_string()));
        }
        for bad in ["%", "%2", "%41", "a%é"] {
            assert_eq!(unescape(bad), Err(HandoverError::Corrupt));
        }
    }

    #[test]
    fn widths() {
        assert_eq!([0, 1, 2, 3, 4, 7, 8].map(width), [0, 1, 2, 2, 3, 3, 4]);
    }
}
