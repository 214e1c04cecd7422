//! A person's answers: question id → answer. Kept in the browser; sent only to be scored.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

/// One answer. Its meaning depends on the question's kind: an option id for radios, option
/// ids for checkboxes, the typed words for free text.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(untagged)]
pub enum Answer {
    One(String),
    Many(Vec<String>),
}

impl Answer {
    /// The option ids this answer chose (free text counts as none in conditions).
    pub fn chosen(&self) -> &[String] {
        match self {
            Answer::One(s) => std::slice::from_ref(s),
            Answer::Many(v) => v,
        }
    }

    pub fn is_empty(&self) -> bool {
        match self {
            Answer::One(s) => s.trim().is_empty(),
            Answer::Many(v) => v.is_empty(),
        }
    }
}

/// Ordered by question id so that the same answers always serialise, and score, the same way.
pub type Answers = BTreeMap<String, Answer>;

/// Hand-written so a wrong shape gets a message that says what is expected, rather than
/// serde's "did not match any variant of untagged enum".
impl<'de> Deserialize<'de> for Answer {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl<'de> serde::de::Visitor<'de> for V {
            type Value = Answer;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("an option id or text (a string), or a list of option ids")
            }
            fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<Answer, E> {
                Ok(Answer::One(v.to_string()))
            }
            fn visit_string<E: serde::de::Error>(self, v: String) -> Result<Answer, E> {
                Ok(Answer::One(v))
            }
            fn visit_seq<A: serde::de::SeqAccess<'de>>(self, mut seq: A) -> Result<Answer, A::Error> {
                let mut out = Vec::new();
                while let Some(s) = seq.next_element::<String>()? {
                    out.push(s);
                }
                Ok(Answer::Many(out))
            }
        }
        d.deserialize_any(V)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_string_or_a_list_of_strings_is_an_answer() {
        assert_eq!(serde_json::from_str::<Answer>(r#""yes""#).unwrap(), Answer::One("yes".into()));
        assert_eq!(serde_json::from_str::<Answer>(r#"["a","b"]"#).unwrap(), Answer::Many(vec!["a".into(), "b".into()]));
    }

    #[test]
    fn other_shapes_say_what_is_expected() {
        let e = serde_json::from_str::<Answer>("5").unwrap_err().to_string();
        assert!(e.contains("an option id or text"), "{e}");
        let e = serde_json::from_str::<Answer>("[1]").unwrap_err().to_string();
        assert!(e.contains("expected a string"), "{e}");
    }
}
