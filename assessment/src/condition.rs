//! Show-if conditions and rule triggers: one small language for both, so a practitioner
//! reads branching and scoring the same way.
//!
//! Written in the content files (and sent as JSON) in a flat form:
//! `{ question = "q", any_of = ["a", "b"] }`, `{ all = [..] }`, `{ any = [..] }`,
//! `{ not = {..} }`, `{ at_least = 2, of = [..] }`.

use serde::{Deserialize, Serialize};

use crate::answers::Answers;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(try_from = "Flat", into = "Flat")]
pub enum Condition {
    /// The question was answered with at least one of these options.
    Answer {
        question: String,
        any_of: Vec<String>,
    },
    All(Vec<Condition>),
    Any(Vec<Condition>),
    Not(Box<Condition>),
    /// At least `count` of the conditions hold (e.g. "unable to achieve two or more outcomes").
    AtLeast {
        count: usize,
        of: Vec<Condition>,
    },
}

/// The answers that made a condition true: what a "because you told us…" line points at.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub struct Match {
    pub question: String,
    pub options: Vec<String>,
}

impl Condition {
    /// `Some(matches)` when the condition holds, naming the answers that made it hold
    /// (possibly none, for `not`); `None` when it does not.
    pub fn evaluate(&self, answers: &Answers) -> Option<Vec<Match>> {
        match self {
            Condition::Answer { question, any_of } => {
                let chosen = answers.get(question)?.chosen();
                let hits: Vec<String> = chosen.iter().filter(|c| any_of.contains(c)).cloned().collect();
                (!hits.is_empty()).then(|| vec![Match { question: question.clone(), options: hits }])
            }
            Condition::All(all) => {
                let mut out = Vec::new();
                for c in all {
                    out.extend(c.evaluate(answers)?);
                }
                Some(out)
            }
            Condition::Any(any) => {
                let held: Vec<Vec<Match>> = any.iter().filter_map(|c| c.evaluate(answers)).collect();
                (!held.is_empty()).then(|| held.into_iter().flatten().collect())
            }
            Condition::Not(inner) => match inner.evaluate(answers) {
                Some(_) => None,
                None => Some(Vec::new()),
            },
            Condition::AtLeast { count, of } => {
                let held: Vec<Vec<Match>> = of.iter().filter_map(|c| c.evaluate(answers)).collect();
                (held.len() >= *count).then(|| held.into_iter().flatten().collect())
            }
        }
    }

    pub fn holds(&self, answers: &Answers) -> bool {
        self.evaluate(answers).is_some()
    }

    /// Every (question, option) pair this condition mentions, for validation.
    pub fn references(&self) -> Vec<(&str, &[String])> {
        let mut out = Vec::new();
        self.collect_refs(&mut out);
        out
    }

    fn collect_refs<'a>(&'a self, out: &mut Vec<(&'a str, &'a [String])>) {
        match self {
            Condition::Answer { question, any_of } => out.push((question, any_of)),
            Condition::All(cs) | Condition::Any(cs) | Condition::AtLeast { of: cs, .. } => {
                cs.iter().for_each(|c| c.collect_refs(out))
            }
            Condition::Not(c) => c.collect_refs(out),
        }
    }
}

/// The written form. Exactly one shape may be used per table; anything else is an error that
/// names the keys, because a council officer edits these by hand.
#[derive(Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct Flat {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    question: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    any_of: Option<Vec<String>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    all: Option<Vec<Condition>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    any: Option<Vec<Condition>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    not: Option<Box<Condition>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    at_least: Option<usize>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    of: Option<Vec<Condition>>,
}

impl TryFrom<Flat> for Condition {
    type Error = String;

    fn try_from(f: Flat) -> Result<Self, String> {
        let shape = |s: &str| {
            format!("a condition must use exactly one of `question` + `any_of`, `all`, `any`, `not`, `at_least` + `of` ({s})")
        };
        match f {
            Flat { question: Some(q), any_of: Some(a), all: None, any: None, not: None, at_least: None, of: None } => {
                if a.is_empty() {
                    return Err(format!("`any_of` for question \"{q}\" lists no options"));
                }
                Ok(Condition::Answer { question: q, any_of: a })
            }
            Flat { question: Some(q), any_of: None, .. } => Err(shape(&format!("`question = \"{q}\"` needs `any_of`"))),
            Flat { question: None, any_of: Some(_), .. } => Err(shape("`any_of` needs `question`")),
            Flat { question: None, any_of: None, all: Some(c), any: None, not: None, at_least: None, of: None } => {
                non_empty("all", &c)?;
                Ok(Condition::All(c))
            }
            Flat { question: None, any_of: None, all: None, any: Some(c), not: None, at_least: None, of: None } => {
                non_empty("any", &c)?;
                Ok(Condition::Any(c))
            }
            Flat { question: None, any_of: None, all: None, any: None, not: Some(c), at_least: None, of: None } => {
                Ok(Condition::Not(c))
            }
            Flat { question: None, any_of: None, all: None, any: None, not: None, at_least: Some(n), of: Some(c) } => {
                non_empty("of", &c)?;
                if n == 0 || n > c.len() {
                    return Err(format!("`at_least = {n}` must be between 1 and the {} conditions in `of`", c.len()));
                }
                Ok(Condition::AtLeast { count: n, of: c })
            }
            _ => Err(shape("found a mixture or nothing")),
        }
    }
}

fn non_empty(key: &str, c: &[Condition]) -> Result<(), String> {
    if c.is_empty() {
        Err(format!("`{key}` lists no conditions"))
    } else {
        Ok(())
    }
}

impl From<Condition> for Flat {
    fn from(c: Condition) -> Flat {
        match c {
            Condition::Answer { question, any_of } => {
                Flat { question: Some(question), any_of: Some(any_of), ..Flat::default() }
            }
            Condition::All(c) => Flat { all: Some(c), ..Flat::default() },
            Condition::Any(c) => Flat { any: Some(c), ..Flat::default() },
            Condition::Not(c) => Flat { not: Some(c), ..Flat::default() },
            Condition::AtLeast { count, of } => Flat { at_least: Some(count), of: Some(of), ..Flat::default() },
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::answers::Answer;

    fn answers(pairs: &[(&str, &[&str])]) -> Answers {
        pairs.iter().map(|(q, a)| (q.to_string(), Answer::Many(a.iter().map(|s| s.to_string()).collect()))).collect()
    }

    fn is(q: &str, opts: &[&str]) -> Condition {
        Condition::Answer { question: q.into(), any_of: opts.iter().map(|s| s.to_string()).collect() }
    }

    #[test]
    fn answer_condition_names_only_the_matching_options() {
        let a = answers(&[("meals", &["unsafe", "takes-much-longer", "pain-or-distress"])]);
        let m = is("meals", &["unsafe", "pain-or-distress"]).evaluate(&a).unwrap();
        assert_eq!(
            m,
            vec![Match { question: "meals".into(), options: vec!["unsafe".into(), "pain-or-distress".into()] }]
        );
    }

    #[test]
    fn unanswered_question_never_matches() {
        assert!(is("meals", &["unsafe"]).evaluate(&Answers::new()).is_none());
    }

    #[test]
    fn at_least_counts_distinct_conditions() {
        let c = Condition::AtLeast { count: 2, of: vec![is("a", &["x"]), is("b", &["x"]), is("c", &["x"])] };
        assert!(!c.holds(&answers(&[("a", &["x"])])));
        let m = c.evaluate(&answers(&[("a", &["x"]), ("c", &["x"])])).unwrap();
        assert_eq!(m.len(), 2);
    }

    #[test]
    fn not_holds_with_no_matches() {
        let c = Condition::Not(Box::new(is("a", &["x"])));
        assert_eq!(c.evaluate(&Answers::new()), Some(vec![]));
        assert!(!c.holds(&answers(&[("a", &["x"])])));
    }

    #[test]
    fn any_collects_every_branch_that_held() {
        let c = Condition::Any(vec![is("a", &["x"]), is("b", &["y"]), is("c", &["z"])]);
        let m = c.evaluate(&answers(&[("a", &["x"]), ("b", &["y"])])).unwrap();
        assert_eq!(m.len(), 2);
    }

    #[test]
    fn flat_form_round_trips_through_json() {
        let c = Condition::All(vec![is("a", &["x"]), Condition::Not(Box::new(is("b", &["y"])))]);
        let json = serde_json::to_string(&c).unwrap();
        assert_eq!(json, r#"{"all":[{"question":"a","any_of":["x"]},{"not":{"question":"b","any_of":["y"]}}]}"#);
        assert_eq!(serde_json::from_str::<Condition>(&json).unwrap(), c);
    }

    #[test]
    fn mixed_shapes_are_rejected_with_the_keys_named() {
        let err = serde_json::from_str::<Condition>(r#"{"question":"a","any_of":["x"],"all":[]}"#).unwrap_err();
        assert!(err.to_string().contains("exactly one of"), "{err}");
        let err =
            serde_json::from_str::<Condition>(r#"{"at_least":3,"of":[{"question":"a","any_of":["x"]}]}"#).unwrap_err();
        assert!(err.to_string().contains("between 1 and the 1"), "{err}");
    }
}
