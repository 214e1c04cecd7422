//! Properties of scoring over the real questionnaire, for answer sets nobody wrote by hand.

use std::collections::BTreeSet;
use std::path::Path;
use std::sync::OnceLock;

use assessment::validate::{validate_answers, MAX_ANSWERS};
use assessment::{score, Answer, Answers, Content, Priority, QuestionKind};
use proptest::prelude::*;

fn content() -> &'static Content {
    static CONTENT: OnceLock<Content> = OnceLock::new();
    CONTENT.get_or_init(|| {
        assessment::content::load(Path::new("../content"), Path::new("../locales")).unwrap_or_else(|e| panic!("{e}"))
    })
}

/// One random draw per question (whether to skip it, which options to pick), and the words
/// for any free-text question.
#[derive(Debug, Clone)]
struct Draws {
    each: Vec<(bool, u64)>,
    text: String,
}

fn draws() -> impl Strategy<Value = Draws> {
    let n = content().questionnaire.questions.len();
    (
        proptest::collection::vec((prop::bool::weighted(0.2), any::<u64>()), n),
        "[A-Za-z0-9 ,.'\u{00e9}\u{0627}-\u{064a}]{0,80}[a-z]",
    )
        .prop_map(|(each, text)| Draws { each, text })
}

/// Walks the questionnaire in order as a person would: only questions shown by the answers
/// so far, each skipped or answered with valid options (an exclusive option alone).
fn walk(draws: &Draws) -> Answers {
    let q = &content().questionnaire;
    let mut answers = Answers::new();
    for (question, &(skip, bits)) in q.questions.iter().zip(&draws.each) {
        if !q.is_shown(&question.id, &answers) || skip {
            continue;
        }
        let n = question.options.len();
        let answer = match question.kind {
            QuestionKind::Text => Answer::One(draws.text.chars().take(question.max_length.unwrap_or(500)).collect()),
            QuestionKind::Multiple => {
                let mut chosen: Vec<&assessment::AnswerOption> = question
                    .options
                    .iter()
                    .enumerate()
                    .filter(|(i, _)| bits >> (i % 64) & 1 == 1)
                    .map(|(_, o)| o)
                    .collect();
                if chosen.is_empty() {
                    chosen.push(&question.options[(bits % n as u64) as usize]);
                }
                if chosen.len() > 1 && chosen.iter().any(|o| o.exclusive) {
                    // Either the exclusive option alone, or the others without it.
                    let exclusive = *chosen.iter().find(|o| o.exclusive).unwrap();
                    chosen = if bits >> 63 == 1 {
                        vec![exclusive]
                    } else {
                        chosen.into_iter().filter(|o| !o.exclusive).collect()
                    };
                    // Only exclusive options were ticked ("None of these", "Prefer not to say").
                    if chosen.is_empty() {
                        chosen.push(exclusive);
                    }
                }
                Answer::Many(chosen.into_iter().map(|o| o.id.clone()).collect())
            }
            _ => Answer::One(question.options[(bits % n as u64) as usize].id.clone()),
        };
        answers.insert(question.id.clone(), answer);
    }
    answers
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 1000, ..ProptestConfig::default() })]

    #[test]
    fn scoring_valid_answers_is_well_behaved(d in draws()) {
        let c = content();
        let answers = walk(&d);

        let errors = validate_answers(&c.questionnaire, &answers);
        prop_assert!(errors.is_empty(), "{:?}", errors.iter().map(|e| e.detail()).collect::<Vec<_>>());

        let result = score(c, &answers);
        prop_assert_eq!(&result, &score(c, &answers), "not deterministic");
        prop_assert_eq!(&result.questionnaire_version, &c.questionnaire.version);
        prop_assert!(!result.signposts.is_empty());

        // Urgent first, then recommended, then also useful; each route once.
        let priorities: Vec<Priority> = result.signposts.iter().map(|s| s.priority).collect();
        prop_assert!(priorities.windows(2).all(|w| w[0] <= w[1]), "{:?}", priorities);
        let routes: BTreeSet<&str> = result.signposts.iter().map(|s| s.route.as_str()).collect();
        prop_assert_eq!(routes.len(), result.signposts.len());

        for s in &result.signposts {
            prop_assert!(!s.reasons.is_empty(), "{} has no reason", s.route);
            prop_assert!(!s.services.is_empty(), "{} has no services", s.route);
            // Only routes the product calls urgent are ever urgent.
            if s.priority == Priority::Urgent {
                prop_assert!(s.route == "urgent-safety" || s.route == "mental-health-crisis", "{}", s.route);
            }
            // Every reason points at answers actually given (the fallback points at none).
            for r in &s.reasons {
                for m in &r.answers {
                    let given = answers.get(&m.question).map(|a| a.chosen().to_vec()).unwrap_or_default();
                    prop_assert!(m.options.iter().all(|o| given.contains(o)), "{:?}", m);
                }
            }
        }

        // Within one priority, routes a leading rule fired for come first (risk to the person
        // themselves, a carer at risk); otherwise routes keep the directory's order.
        let leads = |s: &assessment::Signpost| {
            s.reasons.iter().any(|r| c.rules.rules.iter().any(|x| x.id == r.rule && x.lead && x.priority == s.priority))
        };
        let order = |s: &assessment::Signpost| {
            (!leads(s), c.questionnaire.directory.routes.iter().position(|x| x.id == s.route).unwrap())
        };
        for w in result.signposts.windows(2) {
            if w[0].priority == w[1].priority {
                prop_assert!(order(&w[0]) < order(&w[1]), "{} before {}", w[0].route, w[1].route);
            }
        }

        // An answer that interrupts the journey always shows its route, urgently.
        for q in c.questionnaire.questions.iter() {
            let Some(a) = answers.get(&q.id) else { continue };
            for o in a.chosen() {
                if let Some(route) = q.option(o).and_then(|o| o.urgent.as_deref()) {
                    let s = result.signposts.iter().find(|s| s.route == route);
                    prop_assert_eq!(s.map(|s| s.priority), Some(Priority::Urgent), "{} = {}", q.id, o);
                }
            }
        }

        // The fallback appears exactly when no answer pointed anywhere: no rule fired, or only
        // "Prefer not to say" answers did (and then only their gentle signposts stand beside it).
        let fallback = result.signposts.iter().any(|s| s.reasons.iter().any(|r| r.rule == "fallback"));
        let pointed = result.signposts.iter().any(|s| s.reasons.iter().any(|r| r.rule != "fallback" && !r.only_declined()));
        prop_assert_eq!(fallback, !pointed);

        // The answers survive the trip to the server and back.
        let json = serde_json::to_string(&answers).unwrap();
        let back: Answers = serde_json::from_str(&json).unwrap();
        prop_assert_eq!(&back, &answers);
    }

    /// Removing an answer that was shown can only hide questions or change routes, never
    /// make the remaining answers invalid in any way other than being hidden.
    #[test]
    fn dropping_an_answer_leaves_only_hidden_errors(d in draws(), pick in any::<usize>()) {
        let c = content();
        let mut answers = walk(&d);
        if answers.is_empty() {
            return Ok(());
        }
        let key = answers.keys().nth(pick % answers.len()).unwrap().clone();
        answers.remove(&key);
        for e in validate_answers(&c.questionnaire, &answers) {
            prop_assert!(matches!(e, assessment::validate::AnswerError::Hidden { .. }), "{}", e.detail());
        }
        // And scoring what is left still works.
        prop_assert!(!score(c, &answers).signposts.is_empty());
    }
}

/// Anything at all in an answer map: real and made-up question ids, real and made-up option
/// ids, wrong shapes, empty strings, huge maps.
fn junk() -> impl Strategy<Value = Answers> {
    let c = content();
    let mut ids: Vec<String> = c.questionnaire.questions.iter().map(|q| q.id.clone()).collect();
    let mut options: Vec<String> = c
        .questionnaire
        .questions
        .iter()
        .flat_map(|q| q.options.iter().map(|o| o.id.clone()))
        .collect::<BTreeSet<_>>()
        .into_iter()
        .collect();
    ids.extend(["".to_string(), "~/".to_string(), "no-such-question".to_string()]);
    options.extend(["".to_string(), " ".to_string(), "nope".to_string()]);
    let key = prop_oneof![3 => prop::sample::select(ids), 1 => "[a-z~/ \u{e9}\u{628}-]{0,12}"];
    let value = prop_oneof![4 => prop::sample::select(options.clone()), 2 => "[a-z~/ \u{e9}\u{628}-]{0,20}", 1 => (490usize..520).prop_map(|n| "a".repeat(n))];
    let answer = prop_oneof![
        value.clone().prop_map(Answer::One),
        proptest::collection::vec(value, 0..6).prop_map(Answer::Many),
    ];
    proptest::collection::btree_map(key, answer, 0..60)
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 1000, ..ProptestConfig::default() })]

    #[test]
    fn junk_answers_never_panic(answers in junk()) {
        let c = content();
        let errors = validate_answers(&c.questionnaire, &answers);
        for e in &errors {
            prop_assert!(e.pointer().starts_with("/answers"));
            prop_assert!(!e.detail().is_empty());
        }
        // Scoring is only called on valid answers, but must not panic on anything.
        let result = score(c, &answers);
        prop_assert!(!result.signposts.is_empty());
        if errors.is_empty() {
            let again = score(c, &answers);
            prop_assert_eq!(result, again);
        }
    }
}

#[test]
fn an_oversized_answer_map_is_refused_before_any_other_check() {
    let c = content();
    let answers: Answers = (0..=MAX_ANSWERS).map(|i| (format!("q{i}"), Answer::One("x".into()))).collect();
    let errors = validate_answers(&c.questionnaire, &answers);
    assert_eq!(errors.len(), 1);
    assert_eq!(errors[0].pointer(), "/answers");
}

/// The generator above is worth trusting only if it explores: over a few thousand walks it
/// reaches every route and every rule.
#[test]
fn random_walks_reach_every_route_and_rule() {
    use proptest::strategy::ValueTree;
    use proptest::test_runner::TestRunner;
    let c = content();
    let mut runner = TestRunner::deterministic();
    let strategy = draws();
    let (mut routes, mut rules) = (BTreeSet::new(), BTreeSet::new());
    for _ in 0..3000 {
        let answers = walk(&strategy.new_tree(&mut runner).unwrap().current());
        for s in score(c, &answers).signposts {
            routes.insert(s.route.clone());
            rules.extend(s.reasons.into_iter().map(|r| r.rule));
        }
    }
    for r in &c.questionnaire.directory.routes {
        assert!(routes.contains(&r.id), "no walk reached {}", r.id);
    }
    for r in &c.rules.rules {
        assert!(rules.contains(&r.id), "no walk fired {}", r.id);
    }
}
