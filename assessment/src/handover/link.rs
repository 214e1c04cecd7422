//! The link payload for `#resume=…`: answers by id, so a link made before the questionnaire
//! changed still opens, keeping what still fits and saying what to re-check.

use super::{crc20, fit, Decoded, Handover, HandoverError};
use crate::answers::{Answer, Answers};
use crate::model::{Perspective, Questionnaire};

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

#[cfg(test)]
mod tests {
    use super::*;

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
}
