//! Where to go next, and how far along the person is. Pure functions of the questionnaire
//! and the answers, so Back, reload and branching all agree.

use assessment::{Answers, Question, Questionnaire};

/// The question after `current` on the path these answers take; `None` when it was the last.
pub fn next_after<'a>(
    q: &'a Questionnaire,
    answers: &Answers,
    skipped: &[String],
    current: &str,
) -> Option<&'a Question> {
    let path = q.path(answers);
    match path.iter().position(|x| x.id == current) {
        Some(i) => path.get(i + 1).copied(),
        None => first_unanswered(q, answers, skipped),
    }
}

/// The first question on the path not yet answered or (if optional) passed over.
pub fn first_unanswered<'a>(q: &'a Questionnaire, answers: &Answers, skipped: &[String]) -> Option<&'a Question> {
    q.path(answers).into_iter().find(|x| !answers.contains_key(&x.id) && !skipped.contains(&x.id))
}

/// The question before `current` on the path, for the Back link.
pub fn previous_before<'a>(q: &'a Questionnaire, answers: &Answers, current: &str) -> Option<&'a Question> {
    let path = q.path(answers);
    let i = path.iter().position(|x| x.id == current)?;
    i.checked_sub(1).map(|j| path[j])
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Progress {
    /// 1-based section number among the sections this person is asked about.
    pub section: usize,
    pub sections: usize,
    /// Questions on the path before this one, and on the path in all.
    pub done: usize,
    pub total: usize,
}

/// Honest progress: counts only the questions these answers lead to.
pub fn progress(q: &Questionnaire, answers: &Answers, current: &str) -> Progress {
    let path = q.path(answers);
    let mut sections: Vec<&str> = Vec::new();
    for x in &path {
        if sections.last() != Some(&x.section.as_str()) {
            sections.push(&x.section);
        }
    }
    let index = path.iter().position(|x| x.id == current).unwrap_or(0);
    let section_id = path.get(index).map(|x| x.section.as_str()).unwrap_or("");
    Progress {
        section: sections.iter().position(|s| *s == section_id).map_or(1, |i| i + 1),
        sections: sections.len().max(1),
        done: index,
        total: path.len().max(1),
    }
}

#[cfg(test)]
mod tests {
    use assessment::{Answer, AnswerOption, Condition, Directory, Question, QuestionKind, Questionnaire, Section};

    use super::*;

    fn question(id: &str, section: &str, show_if: Option<Condition>) -> Question {
        Question {
            id: id.into(),
            section: section.into(),
            kind: QuestionKind::YesNo,
            text: format!("q-{id}"),
            hint: None,
            options: ["yes", "no"]
                .iter()
                .map(|o| AnswerOption { id: o.to_string(), label: String::new(), urgent: None, exclusive: false })
                .collect(),
            show_if,
            optional: false,
            max_length: None,
        }
    }

    /// a (s1) → b (s2, only if a = yes) → c (s3)
    fn questionnaire() -> Questionnaire {
        let if_a = Some(Condition::Answer { question: "a".into(), any_of: vec!["yes".into()] });
        Questionnaire {
            version: "t".into(),
            sections: ["s1", "s2", "s3"].iter().map(|s| Section { id: s.to_string(), title: String::new() }).collect(),
            questions: vec![question("a", "s1", None), question("b", "s2", if_a), question("c", "s3", None)],
            directory: Directory { routes: vec![], services: vec![] },
        }
    }

    fn answers(pairs: &[(&str, &str)]) -> Answers {
        pairs.iter().map(|(q, a)| (q.to_string(), Answer::One(a.to_string()))).collect()
    }

    #[test]
    fn branching_skips_hidden_questions_both_ways() {
        let q = questionnaire();
        let no = answers(&[("a", "no")]);
        assert_eq!(next_after(&q, &no, &[], "a").map(|x| x.id.as_str()), Some("c"));
        assert_eq!(previous_before(&q, &no, "c").map(|x| x.id.as_str()), Some("a"));
        let yes = answers(&[("a", "yes")]);
        assert_eq!(next_after(&q, &yes, &[], "a").map(|x| x.id.as_str()), Some("b"));
        assert_eq!(next_after(&q, &yes, &[], "c"), None);
    }

    #[test]
    fn progress_counts_only_sections_on_this_path() {
        let q = questionnaire();
        let p = progress(&q, &answers(&[("a", "no")]), "c");
        assert_eq!((p.section, p.sections, p.done, p.total), (2, 2, 1, 2));
        let p = progress(&q, &answers(&[("a", "yes")]), "c");
        assert_eq!((p.section, p.sections, p.done, p.total), (3, 3, 2, 3));
    }

    #[test]
    fn skipped_optional_questions_are_not_asked_again() {
        let q = questionnaire();
        let a = answers(&[("a", "no")]);
        assert_eq!(first_unanswered(&q, &a, &[]).map(|x| x.id.as_str()), Some("c"));
        assert_eq!(first_unanswered(&q, &a, &["c".to_string()]), None);
    }
}
