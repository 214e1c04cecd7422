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
