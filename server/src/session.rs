//! The no-JavaScript journey's state, carried between requests in an encrypted cookie.
//!
//! The server keeps nothing between requests, so the answers given so far travel with the
//! person: [`SessionKey::seal`] encrypts them (XChaCha20-Poly1305, a fresh random nonce each
//! time, bound to the label [`PURPOSE`]) into a cookie-safe string, and [`SessionKey::open`]
//! gives them back only if they were sealed with the same key for the same purpose and not
//! changed since. The cookie helpers below write and read that value with the attributes it
//! needs (HttpOnly, SameSite=Strict, no expiry, Secure behind TLS). See SECURITY.md, "Where
//! answers travel without JavaScript".

use std::fmt;

use axum::http::{header, HeaderMap, HeaderValue};
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;
use chacha20poly1305::aead::{Aead, Payload};
use chacha20poly1305::{KeyInit, XChaCha20Poly1305, XNonce};

/// The cookie that carries the journey in progress.
pub const JOURNEY_COOKIE: &str = "journey";

/// Associated data every value is sealed with: a value made for another purpose (or another
/// version of this one) does not open as a journey.
pub const PURPOSE: &[u8] = b"journey-v1";

/// Longest value [`SessionKey::seal_checked`] returns. Browsers keep about 4096 bytes per
/// cookie, counting the name and the attributes; this leaves room for both.
pub const MAX_COOKIE_VALUE: usize = 3800;

const KEY_LEN: usize = 32;
const NONCE_LEN: usize = 24;
const TAG_LEN: usize = 16;
/// Nonce and tag: what sealing adds to the plaintext, before base64.
const OVERHEAD: usize = NONCE_LEN + TAG_LEN;

/// Longest plaintext whose sealed value fits in [`MAX_COOKIE_VALUE`] (2810 bytes).
pub const MAX_PLAINTEXT: usize = MAX_COOKIE_VALUE * 3 / 4 - OVERHEAD;

/// Why a value did not open, or could not be sealed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SessionError {
    /// Not unpadded base64url: not a value we made.
    NotBase64,
    /// Shorter than a nonce and a tag: cut off, or not a value we made.
    TooShort,
    /// Does not authenticate: changed, cut off, made with another key (for example before a
    /// restart without `SESSION_KEY`) or for another purpose.
    DoesNotAuthenticate,
    /// Longer than [`MAX_COOKIE_VALUE`]: from `seal_checked`, the value it would have made;
    /// from `open`, a value we would never have made.
    TooLarge { len: usize, max: usize },
}

impl fmt::Display for SessionError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            SessionError::NotBase64 => f.write_str("the session value is not unpadded base64url"),
            SessionError::TooShort => f.write_str("the session value is too short to have been sealed"),
            SessionError::DoesNotAuthenticate => {
                f.write_str("the session value does not authenticate (changed, cut off, or sealed with another key)")
            }
            SessionError::TooLarge { len, max } => {
                write!(f, "the session value would be {len} characters; a cookie holds at most {max}")
            }
        }
    }
}

impl std::error::Error for SessionError {}

/// The 256-bit key that seals and opens journey cookies. Its `Debug` never shows the key.
#[derive(Clone)]
pub struct SessionKey {
    cipher: XChaCha20Poly1305,
}

impl fmt::Debug for SessionKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("SessionKey(hidden)")
    }
}

impl SessionKey {
    fn from_bytes(bytes: [u8; KEY_LEN]) -> SessionKey {
        SessionKey { cipher: XChaCha20Poly1305::new(&bytes.into()) }
    }

    /// A new key from the operating system's randomness.
    ///
    /// # Panics
    /// If the operating system cannot give random bytes, which on the systems we run on
    /// means it is broken; there is nothing safe to do without them.
    pub fn random() -> SessionKey {
        let mut bytes = [0u8; KEY_LEN];
        fill_random(&mut bytes);
        SessionKey::from_bytes(bytes)
    }

    /// A key written as 64 hexadecimal digits (either case), as `openssl rand -hex 32` makes
    /// one. The error says what is wrong (length, or which character is not a hex digit)
    /// without repeating the key.
    pub fn from_hex(text: &str) -> Result<SessionKey, String> {
        let chars = text.chars().count();
        if chars != 2 * KEY_LEN {
            let trimmed = text.trim().chars().count();
            let hint =
                if trimmed == 2 * KEY_LEN { ", including spaces or a line break at the start or end" } else { "" };
            return Err(format!(
                "it has {chars} characters{hint}; a session key is exactly {} hexadecimal digits \
                 (make one with `openssl rand -hex 32`)",
                2 * KEY_LEN
            ));
        }
        if let Some((i, c)) = text.chars().enumerate().find(|(_, c)| !c.is_ascii_hexdigit()) {
            return Err(format!("character {} is {c:?}, which is not a hexadecimal digit (0-9, a-f)", i + 1));
        }
        let mut bytes = [0u8; KEY_LEN];
        for (byte, pair) in bytes.iter_mut().zip(text.as_bytes().chunks_exact(2)) {
            // Both are ASCII hex digits (checked above), so neither unwrap_or is reached.
            let digit = |b: u8| (b as char).to_digit(16).unwrap_or(0) as u8;
            *byte = digit(pair[0]) << 4 | digit(pair[1]);
        }
        Ok(SessionKey::from_bytes(bytes))
    }

    /// Encrypts and authenticates `plaintext` as unpadded base64url of nonce ‖ ciphertext ‖
    /// tag: only `A–Z a–z 0–9 - _`, safe in a cookie. Each call uses a fresh random nonce, so
    /// sealing the same text twice gives different values. The length is not checked: use
    /// [`seal_checked`](Self::seal_checked) for anything that goes into a cookie.
    ///
    /// # Panics
    /// If the operating system cannot give random bytes (see [`random`](Self::random)).
    pub fn seal(&self, plaintext: &[u8]) -> String {
        let mut nonce = [0u8; NONCE_LEN];
        fill_random(&mut nonce);
        let nonce = XNonce::from(nonce);
        // Encryption fails only for messages of more than 256 GiB.
        let sealed = self
            .cipher
            .encrypt(&nonce, Payload { msg: plaintext, aad: PURPOSE })
            .expect("XChaCha20-Poly1305 encrypts any message shorter than 256 GiB");
        let mut out = Vec::with_capacity(NONCE_LEN + sealed.len());
        out.extend_from_slice(&nonce);
        out.extend_from_slice(&sealed);
        URL_SAFE_NO_PAD.encode(out)
    }

    /// [`seal`](Self::seal), refusing a value longer than [`MAX_COOKIE_VALUE`] (a plaintext
    /// longer than [`MAX_PLAINTEXT`]), which a browser might silently drop.
    pub fn seal_checked(&self, plaintext: &[u8]) -> Result<String, SessionError> {
        let len = sealed_len(plaintext.len());
        if len > MAX_COOKIE_VALUE {
            return Err(SessionError::TooLarge { len, max: MAX_COOKIE_VALUE });
        }
        Ok(self.seal(plaintext))
    }

    /// The plaintext of a value made by [`seal`](Self::seal) with this key, or why not.
    /// Never panics, whatever the input.
    pub fn open(&self, value: &str) -> Result<Vec<u8>, SessionError> {
        if value.len() > MAX_COOKIE_VALUE {
            return Err(SessionError::TooLarge { len: value.len(), max: MAX_COOKIE_VALUE });
        }
        let bytes = URL_SAFE_NO_PAD.decode(value).map_err(|_| SessionError::NotBase64)?;
        if bytes.len() < OVERHEAD {
            return Err(SessionError::TooShort);
        }
        let (nonce, sealed) = bytes.split_at(NONCE_LEN);
        let nonce = XNonce::try_from(nonce).map_err(|_| SessionError::TooShort)?;
        self.cipher
            .decrypt(&nonce, Payload { msg: sealed, aad: PURPOSE })
            .map_err(|_| SessionError::DoesNotAuthenticate)
    }
}

/// Length of the value `seal` makes for a plaintext of `len` bytes.
fn sealed_len(len: usize) -> usize {
    (4 * (len + OVERHEAD)).div_ceil(3)
}

fn fill_random(bytes: &mut [u8]) {
    getrandom::fill(bytes).expect("the operating system gave no random bytes");
}

/// `Set-Cookie` for a session-only cookie: `name=value; Path=/; HttpOnly; SameSite=Strict`,
/// with `; Secure` when `secure` (behind TLS). No `Max-Age` or `Expires`, so the browser
/// drops it when it closes.
///
/// # Panics
/// If `name` is not a cookie name (a token: no spaces, `=`, `;` or control characters) or
/// `value` has a character a cookie value cannot hold. [`JOURNEY_COOKIE`] and values from
/// [`SessionKey::seal`] never do.
pub fn set_cookie(name: &str, value: &str, secure: bool) -> HeaderValue {
    assert!(is_cookie_name(name), "not a cookie name: {name:?}");
    assert!(value.bytes().all(is_cookie_octet), "a cookie value cannot hold this value");
    cookie_header(format!("{name}={value}; Path=/; HttpOnly; SameSite=Strict"), secure)
}

/// `Set-Cookie` that removes the cookie `name` (empty, `Max-Age=0`), with the same
/// attributes as [`set_cookie`] so the browser matches it.
///
/// # Panics
/// If `name` is not a cookie name (see [`set_cookie`]).
pub fn clear_cookie(name: &str, secure: bool) -> HeaderValue {
    assert!(is_cookie_name(name), "not a cookie name: {name:?}");
    cookie_header(format!("{name}=; Path=/; Max-Age=0; HttpOnly; SameSite=Strict"), secure)
}

fn cookie_header(mut text: String, secure: bool) -> HeaderValue {
    if secure {
        text.push_str("; Secure");
    }
    // Only token and cookie-octet characters and our ASCII attributes, all valid in a header.
    HeaderValue::try_from(text).expect("a checked cookie is a valid header value")
}

/// The value of the cookie `name` in the request's `Cookie` headers (there may be several,
/// each with `;`-separated pairs). The name must match exactly: `journey2` is not `journey`.
/// When the browser sends the name twice, the first is returned (the one with the longest
/// path, which is how browsers order them).
pub fn read_cookie<'a>(headers: &'a HeaderMap, name: &str) -> Option<&'a str> {
    headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|h| h.to_str().ok())
        .flat_map(|h| h.split(';'))
        .filter_map(|pair| pair.split_once('='))
        .find(|(n, _)| n.trim() == name)
        .map(|(_, v)| v.trim())
}

/// RFC 6265 cookie-name: an RFC 7230 token.
fn is_cookie_name(name: &str) -> bool {
    !name.is_empty() && name.bytes().all(|b| b.is_ascii_alphanumeric() || b"!#$%&'*+-.^_`|~".contains(&b))
}

/// RFC 6265 cookie-octet: visible ASCII except `"`, `,`, `;` and `\`.
fn is_cookie_octet(b: u8) -> bool {
    matches!(b, 0x21 | 0x23..=0x2B | 0x2D..=0x3A | 0x3C..=0x5B | 0x5D..=0x7E)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    const HEX: &str = "000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f";
    const JOURNEY: &[u8] = br#"{"answers":{"q-falls":"yes","q-carer":"no"},"perspective":"self"}"#;

    fn key() -> SessionKey {
        SessionKey::from_hex(HEX).unwrap()
    }

    #[test]
    fn a_sealed_journey_opens_to_the_same_bytes() {
        let k = key();
        assert_eq!(k.open(&k.seal(JOURNEY)).unwrap(), JOURNEY);
        assert_eq!(k.open(&k.seal(b"")).unwrap(), b"");
    }

    #[test]
    fn the_same_key_from_hex_opens_what_another_instance_sealed() {
        let sealed = key().seal(JOURNEY);
        assert_eq!(SessionKey::from_hex(&HEX.to_uppercase()).unwrap().open(&sealed).unwrap(), JOURNEY);
    }

    #[test]
    fn sealed_values_hold_only_cookie_safe_characters() {
        let v = key().seal(&[0xff; 300]);
        assert!(v.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_'), "{v}");
    }

    #[test]
    fn sealing_the_same_text_twice_gives_different_values() {
        let k = key();
        assert_ne!(k.seal(JOURNEY), k.seal(JOURNEY));
    }

    #[test]
    fn one_changed_character_does_not_open() {
        let k = key();
        let sealed = k.seal(JOURNEY);
        for i in 0..sealed.len() {
            let mut chars: Vec<char> = sealed.chars().collect();
            chars[i] = if chars[i] == 'A' { 'B' } else { 'A' };
            let changed: String = chars.into_iter().collect();
            assert!(k.open(&changed).is_err(), "opened with character {i} changed");
        }
    }

    #[test]
    fn a_cut_off_value_does_not_open() {
        let k = key();
        let sealed = k.seal(JOURNEY);
        for len in 0..sealed.len() {
            assert!(k.open(&sealed[..len]).is_err(), "opened cut to {len}");
        }
        // Cut at a whole base64 group: valid base64, so it is the tag that refuses it.
        assert_eq!(k.open(&sealed[..sealed.len() - 4]), Err(SessionError::DoesNotAuthenticate));
    }

    #[test]
    fn a_value_from_another_key_does_not_open() {
        let sealed = SessionKey::random().seal(JOURNEY);
        assert_eq!(key().open(&sealed), Err(SessionError::DoesNotAuthenticate));
    }

    #[test]
    fn a_value_sealed_for_another_purpose_does_not_open() {
        let k = key();
        let nonce = XNonce::from([7u8; NONCE_LEN]);
        let sealed = k.cipher.encrypt(&nonce, Payload { msg: JOURNEY, aad: b"other-v1" }).unwrap();
        let value = URL_SAFE_NO_PAD.encode([nonce.as_slice(), &sealed].concat());
        assert_eq!(k.open(&value), Err(SessionError::DoesNotAuthenticate));
    }

    #[test]
    fn empty_and_garbage_values_say_why_they_do_not_open() {
        let k = key();
        assert_eq!(k.open(""), Err(SessionError::TooShort));
        assert_eq!(k.open("AAAA"), Err(SessionError::TooShort));
        assert_eq!(k.open("not base64!"), Err(SessionError::NotBase64));
        assert_eq!(k.open("a+b/"), Err(SessionError::NotBase64), "standard base64 is not base64url");
        assert_eq!(k.open(&format!("{}==", k.seal(b"x"))), Err(SessionError::NotBase64), "padding");
        assert_eq!(k.open(&"A".repeat(200)), Err(SessionError::DoesNotAuthenticate));
        assert!(matches!(k.open(&"A".repeat(MAX_COOKIE_VALUE + 1)), Err(SessionError::TooLarge { .. })));
    }

    #[test]
    fn seal_checked_refuses_what_a_cookie_cannot_hold() {
        let k = key();
        let fits = k.seal_checked(&vec![b'a'; MAX_PLAINTEXT]).unwrap();
        assert!(fits.len() <= MAX_COOKIE_VALUE);
        assert_eq!(k.open(&fits).unwrap().len(), MAX_PLAINTEXT);
        let err = k.seal_checked(&vec![b'a'; MAX_PLAINTEXT + 1]).unwrap_err();
        assert!(matches!(err, SessionError::TooLarge { len, max: MAX_COOKIE_VALUE } if len > MAX_COOKIE_VALUE));
    }

    #[test]
    fn sealed_len_is_the_length_seal_makes() {
        let k = key();
        for len in 0..50 {
            assert_eq!(sealed_len(len), k.seal(&vec![0; len]).len(), "plaintext of {len}");
        }
    }

    #[test]
    fn from_hex_says_what_is_wrong_without_repeating_the_key() {
        let short = SessionKey::from_hex(&HEX[..63]).unwrap_err();
        assert!(short.contains("it has 63 characters") && short.contains("64"), "{short}");
        let newline = SessionKey::from_hex(&format!("{HEX}\n")).unwrap_err();
        assert!(newline.contains("65 characters, including spaces or a line break"), "{newline}");
        let bad = SessionKey::from_hex(&format!("{}g{}", &HEX[..6], &HEX[7..])).unwrap_err();
        assert_eq!(bad, "character 7 is 'g', which is not a hexadecimal digit (0-9, a-f)");
        let empty = SessionKey::from_hex("").unwrap_err();
        assert!(empty.contains("it has 0 characters"), "{empty}");
        for msg in [short, newline, bad, empty] {
            assert!(!msg.contains(&HEX[..16]), "{msg}");
        }
        // Non-ASCII counts as one character, and never reaches a byte-slicing panic.
        assert!(SessionKey::from_hex(&format!("é{}", &HEX[1..])).unwrap_err().starts_with("character 1 is 'é'"));
    }

    #[test]
    fn debug_never_shows_the_key() {
        let shown = format!("{:?}", key());
        assert_eq!(shown, "SessionKey(hidden)");
    }

    #[test]
    fn set_cookie_is_session_only_http_only_and_strict() {
        assert_eq!(set_cookie(JOURNEY_COOKIE, "abc", false), "journey=abc; Path=/; HttpOnly; SameSite=Strict");
        assert_eq!(set_cookie(JOURNEY_COOKIE, "abc", true), "journey=abc; Path=/; HttpOnly; SameSite=Strict; Secure");
        let v = set_cookie(JOURNEY_COOKIE, &key().seal(JOURNEY), true);
        let v = v.to_str().unwrap().to_ascii_lowercase();
        assert!(!v.contains("max-age") && !v.contains("expires") && !v.contains("domain"), "{v}");
    }

    #[test]
    fn clear_cookie_expires_it_with_the_same_attributes() {
        assert_eq!(clear_cookie(JOURNEY_COOKIE, false), "journey=; Path=/; Max-Age=0; HttpOnly; SameSite=Strict");
        assert_eq!(
            clear_cookie(JOURNEY_COOKIE, true),
            "journey=; Path=/; Max-Age=0; HttpOnly; SameSite=Strict; Secure"
        );
    }

    #[test]
    #[should_panic(expected = "not a cookie name")]
    fn set_cookie_refuses_a_name_that_would_inject_attributes() {
        set_cookie("journey; Domain=example.org", "x", true);
    }

    #[test]
    #[should_panic(expected = "cannot hold")]
    fn set_cookie_refuses_a_value_that_would_inject_attributes() {
        set_cookie(JOURNEY_COOKIE, "x; Max-Age=99999999", true);
    }

    fn cookies(lines: &[&str]) -> HeaderMap {
        let mut h = HeaderMap::new();
        for l in lines {
            h.append(header::COOKIE, HeaderValue::from_str(l).unwrap());
        }
        h
    }

    #[test]
    fn read_cookie_matches_the_exact_name_across_several_headers() {
        let h = cookies(&["journey2=wrong; xjourney=wrong", "lang=cy;journey=right; journey_x=wrong"]);
        assert_eq!(read_cookie(&h, JOURNEY_COOKIE), Some("right"));
        assert_eq!(read_cookie(&h, "journey2"), Some("wrong"));
        assert_eq!(read_cookie(&h, "lang"), Some("cy"));
        assert_eq!(read_cookie(&h, "jour"), None);
        assert_eq!(read_cookie(&cookies(&["Journey=case"]), JOURNEY_COOKIE), None, "names are case-sensitive");
    }

    #[test]
    fn read_cookie_handles_absent_empty_and_odd_headers() {
        assert_eq!(read_cookie(&HeaderMap::new(), JOURNEY_COOKIE), None);
        assert_eq!(read_cookie(&cookies(&[""]), JOURNEY_COOKIE), None);
        assert_eq!(read_cookie(&cookies(&["journey"]), JOURNEY_COOKIE), None, "a name without =");
        assert_eq!(read_cookie(&cookies(&["journey="]), JOURNEY_COOKIE), Some(""));
        assert_eq!(read_cookie(&cookies(&["a=1;;  journey=v ;"]), JOURNEY_COOKIE), Some("v"));
        assert_eq!(read_cookie(&cookies(&["journey=a=b"]), JOURNEY_COOKIE), Some("a=b"));
        assert_eq!(read_cookie(&cookies(&["journey=first; journey=second"]), JOURNEY_COOKIE), Some("first"));
        // A header that is not valid text is skipped, not fatal.
        let mut h = cookies(&["journey=ok"]);
        h.insert(header::COOKIE, HeaderValue::from_bytes(b"journey=\xff").unwrap());
        h.append(header::COOKIE, HeaderValue::from_static("journey=ok"));
        assert_eq!(read_cookie(&h, JOURNEY_COOKIE), Some("ok"));
    }

    #[test]
    fn a_cookie_we_set_reads_back_and_opens() {
        let k = key();
        let set = set_cookie(JOURNEY_COOKIE, &k.seal(JOURNEY), true);
        // What a browser sends back: the name=value pair, without attributes.
        let pair = set.to_str().unwrap().split(';').next().unwrap().to_string();
        let h = cookies(&["lang=en", &pair]);
        assert_eq!(k.open(read_cookie(&h, JOURNEY_COOKIE).unwrap()).unwrap(), JOURNEY);
    }

    proptest! {
        #[test]
        fn open_never_panics_on_any_string(value in any::<String>()) {
            let _ = key().open(&value);
        }

        #[test]
        fn open_never_panics_on_base64url_shaped_strings(value in "[A-Za-z0-9_-]{0,200}") {
            prop_assert!(key().open(&value).is_err());
        }

        #[test]
        fn any_bytes_round_trip(plaintext in proptest::collection::vec(any::<u8>(), 0..600)) {
            let k = key();
            prop_assert_eq!(k.open(&k.seal(&plaintext)).unwrap(), plaintext);
        }

        #[test]
        fn from_hex_never_panics(text in any::<String>()) {
            let _ = SessionKey::from_hex(&text);
        }
    }
}
