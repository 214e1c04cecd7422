//! Which translations a person has checked: `locales/<lang>/review.toml`, one table per message,
//! recording who (by role), when, and the hash of the English it was checked against. When
//! the English changes, its hash changes and the review is stale: the translation must be
//! checked again.
//!
//! ```toml
//! [messages."q-falls"]
//! reviewed_by = "native-speaker"
//! date = "2026-12-07"
//! english = "3f6a0c1e9b2d4a57"
//! ```

use std::collections::BTreeMap;
use std::path::Path;

use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

pub const FILE: &str = "review.toml";

/// Roles a review may be recorded under.
pub const ROLES: &[&str] = &["native-speaker", "professional-translator", "practitioner", "safeguarding-lead"];

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Record {
    pub reviewed_by: String,
    pub date: String,
    /// [`english_hash`] of the English message when it was reviewed.
    pub english: String,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Reviews {
    #[serde(default)]
    pub messages: BTreeMap<String, Record>,
}

const HEADER: &str = "# Which translations in this folder a person has checked, message by message.
# Written by `cargo xtask translations import <lang> <file> --reviewed-by <role>`; see the
# README (\"Translations\"). `english` is the hash of the English message when it was checked:
# when the English changes, the review is stale and `cargo xtask translations stale` lists it.

";

impl Reviews {
    pub fn read(dir: &Path) -> Result<Reviews, String> {
        let path = dir.join(FILE);
        match std::fs::read_to_string(&path) {
            Ok(text) => Reviews::parse(&text).map_err(|e| format!("{}: {e}", path.display())),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(Reviews::default()),
            Err(e) => Err(format!("{}: {e}", path.display())),
        }
    }

    pub fn parse(text: &str) -> Result<Reviews, String> {
        let reviews: Reviews = toml::from_str(text).map_err(|e| e.to_string())?;
        for (id, r) in &reviews.messages {
            if !ROLES.contains(&r.reviewed_by.as_str()) {
                return Err(format!("{id}: reviewed_by \"{}\" is not one of {}", r.reviewed_by, ROLES.join(", ")));
            }
        }
        Ok(reviews)
    }

    pub fn to_toml(&self) -> String {
        format!("{HEADER}{}", toml::to_string(self).expect("reviews serialise"))
    }

    pub fn write(&self, dir: &Path) -> Result<(), String> {
        let path = dir.join(FILE);
        std::fs::write(&path, self.to_toml()).map_err(|e| format!("{}: {e}", path.display()))
    }
}

/// The hash of one English message (value and attributes, comments left out), as its Fluent
/// source in the serializer's normal form: so re-indenting a file changes nothing.
pub fn english_hash(message: &fluent_syntax::ast::Message<String>) -> String {
    let mut m = message.clone();
    m.comment = None;
    let text = fluent_syntax::serializer::serialize(&fluent_syntax::ast::Resource {
        body: vec![fluent_syntax::ast::Entry::Message(m)],
    });
    crate::review_pack::hex(&Sha256::digest(text.as_bytes()))[..16].to_string()
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Status {
    /// No translation.
    Missing,
    /// Translated, never reviewed.
    Unreviewed,
    /// Reviewed against the English as it is now.
    Reviewed(Record),
    /// Reviewed, but the English has changed since.
    Stale(Record),
}

/// A message's status, given the English message's current hash.
pub fn status(reviews: &Reviews, id: &str, translated: bool, current_hash: &str) -> Status {
    match (translated, reviews.messages.get(id)) {
        (false, _) => Status::Missing,
        (true, None) => Status::Unreviewed,
        (true, Some(r)) if r.english == current_hash => Status::Reviewed(r.clone()),
        (true, Some(r)) => Status::Stale(r.clone()),
    }
}

/// Reviewed messages whose English changed since (or which English no longer has), each as
/// "id (reviewed by …, date)". `english` maps message id → current hash.
pub fn stale(reviews: &Reviews, english: &BTreeMap<String, String>) -> Vec<String> {
    reviews
        .messages
        .iter()
        .filter_map(|(id, r)| match english.get(id) {
            Some(h) if *h == r.english => None,
            Some(_) => {
                Some(format!("{id}: the English changed since it was reviewed by {} on {}", r.reviewed_by, r.date))
            }
            None => Some(format!("{id}: reviewed by {} on {}, but English no longer has it", r.reviewed_by, r.date)),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn message(src: &str) -> fluent_syntax::ast::Message<String> {
        match fluent_syntax::parser::parse(src.to_string()).unwrap().body.remove(0) {
            fluent_syntax::ast::Entry::Message(m) => m,
            _ => panic!(),
        }
    }

    #[test]
    fn changing_the_english_makes_a_review_stale_and_layout_does_not() {
        let before = message("q-falls = Have you had a fall?\n    .no = No\n");
        let relaid = message("# a comment\nq-falls =\n    Have you had a fall?\n    .no = No\n");
        let after = message("q-falls = Have you fallen in the last year?\n    .no = No\n");
        let h = english_hash(&before);
        assert_eq!(h, english_hash(&relaid), "comments and layout are not the English");
        assert_ne!(h, english_hash(&after));

        let fixture = format!(
            "[messages.\"q-falls\"]\nreviewed_by = \"native-speaker\"\ndate = \"2026-12-07\"\nenglish = \"{h}\"\n\n\
             [messages.\"gone\"]\nreviewed_by = \"practitioner\"\ndate = \"2026-12-01\"\nenglish = \"0000\"\n"
        );
        let reviews = Reviews::parse(&fixture).unwrap();
        let now: BTreeMap<String, String> = [("q-falls".to_string(), h.clone())].into();
        assert_eq!(
            stale(&reviews, &now),
            vec!["gone: reviewed by practitioner on 2026-12-01, but English no longer has it"]
        );
        assert!(matches!(status(&reviews, "q-falls", true, &h), Status::Reviewed(_)));

        let changed: BTreeMap<String, String> =
            [("q-falls".to_string(), english_hash(&after)), ("gone".to_string(), "0000".to_string())].into();
        assert_eq!(
            stale(&reviews, &changed),
            vec!["q-falls: the English changed since it was reviewed by native-speaker on 2026-12-07"]
        );
        assert!(matches!(status(&reviews, "q-falls", true, &english_hash(&after)), Status::Stale(_)));
        assert_eq!(status(&reviews, "other", true, "x"), Status::Unreviewed);
        assert_eq!(status(&reviews, "other", false, "x"), Status::Missing);
    }

    #[test]
    fn records_round_trip_and_unknown_roles_are_refused() {
        let mut r = Reviews::default();
        r.messages.insert(
            "a".into(),
            Record { reviewed_by: "native-speaker".into(), date: "2026-12-07".into(), english: "ab".into() },
        );
        assert_eq!(Reviews::parse(&r.to_toml()).unwrap(), r);
        let bad = "[messages.a]\nreviewed_by = \"my cousin\"\ndate = \"2026-12-07\"\nenglish = \"ab\"\n";
        assert!(Reviews::parse(bad).unwrap_err().contains("not one of"));
    }
}
