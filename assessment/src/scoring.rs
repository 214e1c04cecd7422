//! Answers → signposts. Deterministic: the same answers to the same questionnaire version
//! always give the same, ordered result, and every signpost says which answers fired it.

use serde::{Deserialize, Serialize};

use crate::answers::Answers;
use crate::condition::Match;
use crate::model::{Content, Service};

pub use crate::model::Priority;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Assessment {
    pub questionnaire_version: String,
    /// Urgent first, then recommended, then also useful; never empty.
    pub signposts: Vec<Signpost>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Signpost {
    pub route: String,
    pub priority: Priority,
    pub reasons: Vec<Reason>,
    pub services: Vec<Service>,
}

/// One "because you told us…" line.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Reason {
    pub rule: String,
    /// Fluent message id of the sentence.
    pub message: String,
    /// The question and option ids that fired the rule.
    pub answers: Vec<Match>,
}

impl Reason {
    /// Whether only "Prefer not to say" answers fired it.
    pub fn only_declined(&self) -> bool {
        !self.answers.is_empty() && self.answers.iter().all(|m| m.options.iter().all(|o| o == crate::model::DECLINE))
    }
}

/// What fired for one route: its strongest priority, the strongest priority of a leading rule
/// among them, and every reason with the priority of the rule that gave it.
#[derive(Clone)]
struct Fired {
    priority: Priority,
    lead: Option<Priority>,
    reasons: Vec<(Priority, Reason)>,
}

/// The rule id and message of the signpost given when nothing else fires.
pub const FALLBACK_RULE: &str = "fallback";
pub const FALLBACK_REASON: &str = "reason-fallback";

/// Scores answers that have passed [`crate::validate::validate_answers`]. Answers to questions
/// hidden by their show-if conditions are ignored, so a stale answer can never fire a rule.
pub fn score(content: &Content, answers: &Answers) -> Assessment {
    let q = &content.questionnaire;
    let visible = q.visible_answers(answers);
    let routes = &q.directory.routes;

    // Index by route position so the result order is fixed by the directory file.
    let mut fired: Vec<Option<Fired>> = vec![None; routes.len()];
    for rule in &content.rules.rules {
        let Some(mut matches) = rule.when.evaluate(&visible) else { continue };
        matches.sort();
        matches.dedup();
        let Some(i) = routes.iter().position(|r| r.id == rule.route) else { continue };
        let reason = Reason { rule: rule.id.clone(), message: rule.reason.clone(), answers: matches };
        let slot = fired[i].get_or_insert(Fired { priority: rule.priority, lead: None, reasons: Vec::new() });
        slot.priority = slot.priority.min(rule.priority);
        if rule.lead {
            slot.lead = Some(slot.lead.map_or(rule.priority, |p| p.min(rule.priority)));
        }
        slot.reasons.push((rule.priority, reason));
    }

    let mut ranked: Vec<(Priority, bool, Signpost)> = fired
        .into_iter()
        .enumerate()
        .filter_map(|(i, f)| f.map(|f| (i, f)))
        .map(|(i, f)| {
            // A leading rule moves its route up only within the priority the route ends with.
            let leads = f.lead == Some(f.priority);
            // Risk first within a card too: the reason that set the priority leads (results
            // show the first one on the card, the rest behind "more reasons"); the rules
            // file's order stands among equals.
            let mut reasons = f.reasons;
            reasons.sort_by_key(|(p, _)| *p);
            let reasons = reasons.into_iter().map(|(_, r)| r).collect();
            (f.priority, !leads, signpost(content, &routes[i].id, f.priority, reasons))
        })
        .collect();
    // Stable sort: within a priority, leading routes first, then the directory order stands.
    ranked.sort_by_key(|(priority, follows, _)| (*priority, *follows));
    let mut signposts: Vec<Signpost> = ranked.into_iter().map(|(_, _, s)| s).collect();

    // "Prefer not to say" points to no need, so a journey whose only signposts came from it
    // still gets the fallback, first (it is recommended; the decline signposts are gentler).
    let pointed_somewhere = signposts.iter().any(|s| s.reasons.iter().any(|r| !r.only_declined()));
    if !pointed_somewhere && !signposts.iter().any(|s| s.route == content.rules.fallback_route) {
        let reason = Reason { rule: FALLBACK_RULE.into(), message: FALLBACK_REASON.into(), answers: Vec::new() };
        signposts.insert(0, signpost(content, &content.rules.fallback_route, Priority::Recommended, vec![reason]));
        signposts.sort_by_key(|s| s.priority);
    }
    Assessment { questionnaire_version: q.version.clone(), signposts }
}

fn signpost(content: &Content, route: &str, priority: Priority, reasons: Vec<Reason>) -> Signpost {
    let dir = &content.questionnaire.directory;
    // Validation guarantees the route and its services exist.
    let services = dir
        .route(route)
        .map(|r| r.services.iter().filter_map(|s| dir.service(s).cloned()).collect())
        .unwrap_or_default();
    Signpost { route: route.to_string(), priority, reasons, services }
}
