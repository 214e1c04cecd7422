//! Reasons are true to the answer (issue 12): every rule × every option that can fire it is
//! rendered, in British English and every perspective, and checked against that answer:
//! "not sure" is never reported as "yes", "now" never as "recently", "Prefer not to say" is
//! never claimed as a fact, and a worry stays with the person who had it.

use std::collections::BTreeSet;
use std::path::Path;

use assessment::{score, Answer, Answers, Content, Perspective, Priority, Question, DECLINE};
use fluent_bundle::{FluentArgs, FluentBundle, FluentResource};

fn content() -> Content {
    assessment::content::load(Path::new("../content"), Path::new("../locales")).unwrap_or_else(|e| panic!("{e}"))
}

const NAME: &str = "Ayo";

fn english() -> FluentBundle<FluentResource> {
    let mut b = FluentBundle::new(vec!["en-GB".parse().unwrap()]);
    b.set_use_isolating(false);
    for f in ["app.ftl", "questions.ftl", "routes.ftl"] {
        let text = std::fs::read_to_string(Path::new("../locales/en-GB").join(f)).unwrap();
        b.add_resource(FluentResource::try_new(text).expect("parses")).unwrap();
    }
    b
}

/// A message or `message.attribute`, rendered for one perspective.
fn render(b: &FluentBundle<FluentResource>, id: &str, p: Perspective) -> String {
    let (msg, attr) = id.split_once('.').map_or((id, None), |(m, a)| (m, Some(a)));
    let m = b.get_message(msg).unwrap_or_else(|| panic!("no message {msg}"));
    let pattern = match attr {
        Some(a) => m.get_attribute(a).unwrap_or_else(|| panic!("no {id}")).value(),
        None => m.value().unwrap_or_else(|| panic!("{id} has no value")),
    };
    let mut args = FluentArgs::new();
    args.set("perspective", p.as_str());
    args.set("name", NAME);
    let mut errors = Vec::new();
    let out = b.format_pattern(pattern, Some(&args), &mut errors).to_string();
    assert!(errors.is_empty(), "{id} ({p:?}): {errors:?}");
    out
}

/// How strongly an answer says something.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Strength {
    /// The person said it.
    Said,
    /// The person was not sure.
    Unsure,
    /// The person chose not to answer.
    Declined,
}

fn strength(option: &str) -> Strength {
    match option {
        "not-sure" | "dont-know" => Strength::Unsure,
        o if o == DECLINE => Strength::Declined,
        _ => Strength::Said,
    }
}

/// Answers whose degree matters: a reason fired by one of them says it in these words (every
/// perspective), and never in the words of a neighbouring degree.
const DEGREE: &[(&str, &str, &[&str], &[&str])] = &[
    ("self-harm", "right-now", &["now"], &["last few weeks", "in the past"]),
    ("self-harm", "recently", &["last few weeks"], &["right now", "in the past"]),
    ("self-harm", "in-the-past", &["in the past"], &["last few weeks", "right now"]),
    ("danger-now", "yes", &["right now", "hurt"], &["harm yourself", "harm themselves"]),
    ("danger-now", "yes-myself", &["right now", "harm"], &["someone may hurt"]),
    ("low-mood", "often", &["often"], &["sometimes"]),
    ("low-mood", "always", &["most of the time"], &["sometimes"]),
    ("low-mood", "sometimes", &["sometimes"], &["often"]),
    ("worry", "often", &["often"], &["sometimes"]),
    ("worry", "always", &["most of the time"], &["sometimes"]),
    ("lonely", "often", &["often"], &["sometimes"]),
    ("lonely", "always", &["most of the time"], &["sometimes"]),
    ("lonely", "sometimes", &["sometimes"], &["often"]),
    ("falls", "more-than-once", &["more than once"], &[]),
    ("falls", "once", &["fall"], &["more than once, or"]),
    ("carer-coping", "not-coping", &["not coping"], &[]),
    ("carer-coping", "may-stop", &["may not be able to carry on"], &[]),
    ("carer-backup", "no", &["nobody could step in"], &[]),
    ("memory-worry", "yes", &["worried"], &[]),
    ("memory-worry", "diagnosed", &["dementia"], &[]),
    ("scam", "tried", &["tried"], &[]),
    ("scam", "lost-money", &["money"], &[]),
    ("scam", "still-happening", &["money"], &[]),
    ("hospital", "in-hospital-now", &["in hospital"], &[]),
    ("hospital", "home-harder", &["harder since a hospital stay"], &[]),
];

/// Questions whose answers are about the person answering, not the person answered about
/// (when a relative answers, the carer questions are about the relative).
fn about_the_answerer(q: &Question) -> bool {
    q.section == "caring"
}

/// The (question, option) pairs that can fire a rule (its condition's references).
fn triggers(c: &Content, rule: &assessment::Rule) -> Vec<(String, String)> {
    rule.when
        .references()
        .into_iter()
        .flat_map(|(q, opts)| opts.iter().map(move |o| (q.to_string(), o.clone())))
        .filter(|(q, _)| c.questionnaire.questions.iter().any(|x| &x.id == q))
        .collect()
}

#[test]
fn each_rule_is_fired_by_answers_of_one_strength_only() {
    let c = content();
    for rule in &c.rules.rules {
        let strengths: BTreeSet<Strength> = triggers(&c, rule).iter().map(|(_, o)| strength(o)).collect();
        assert_eq!(strengths.len(), 1, "rule {} mixes answers of different strength: {strengths:?}", rule.id);
    }
}

#[test]
fn every_rule_and_triggering_option_renders_a_reason_true_to_the_answer() {
    let c = content();
    let b = english();
    let mut problems = Vec::new();
    let mut checked = 0;
    for rule in &c.rules.rules {
        for (qid, option) in triggers(&c, rule) {
            let q = c.questionnaire.questions.iter().find(|x| x.id == qid).unwrap();
            let label = q.option(&option).map(|o| o.label.clone()).unwrap_or_default();
            for p in Perspective::ALL {
                let reason = render(&b, &rule.reason, p);
                let answer = render(&b, &label, p);
                let lower = reason.to_lowercase();
                let mut fail = |why: &str| {
                    problems.push(format!("{} ← {qid} = “{answer}” ({p:?}): {why}\n    “{reason}”", rule.id))
                };
                match strength(&option) {
                    Strength::Unsure if !lower.contains("not sure") => {
                        fail("a “not sure” answer must be reported as not sure")
                    }
                    Strength::Said if lower.contains("not sure") => fail("says “not sure” of a sure answer"),
                    Strength::Declined if lower.contains("told us") || lower.contains("said") => {
                        fail("“Prefer not to say” is never claimed as something said")
                    }
                    _ => {}
                }
                if let Some((_, _, must, must_not)) = DEGREE.iter().find(|(dq, o, _, _)| *dq == qid && *o == option) {
                    for m in must.iter().filter(|m| !lower.contains(*m)) {
                        fail(&format!("should say “{m}”, as the answer did"));
                    }
                    for m in must_not.iter().filter(|m| lower.contains(*m)) {
                        fail(&format!("says “{m}”, which the answer did not"));
                    }
                }
                // About whom: when a relative answers, a need of the person they help names
                // that person; the relative's own answers (caring) stay "you".
                if p == Perspective::Other && strength(&option) == Strength::Said {
                    if about_the_answerer(q) {
                        if !lower.contains("you") {
                            fail("the carer questions are about the relative answering: say “you”");
                        }
                    } else if !reason.contains(NAME) {
                        fail("a need of the person answered about names them");
                    }
                    if reason.contains(&format!("{NAME} is worried")) {
                        fail("moves a worry from the person answering to the person answered about");
                    }
                }
                checked += 1;
            }
        }
    }
    assert!(
        problems.is_empty(),
        "{} of {checked} reasons are not true to the answer:\n{}",
        problems.len(),
        problems.join("\n")
    );
    println!("{checked} (rule, option, perspective) reasons checked");
}

/// Every answer whose degree matters and that fires a rule is in the table above, so a new
/// rule on one of these questions cannot skip the check.
#[test]
fn every_graded_answer_that_fires_a_rule_has_its_words_checked() {
    let c = content();
    let graded: BTreeSet<&str> = DEGREE.iter().map(|(q, _, _, _)| *q).collect();
    for rule in &c.rules.rules {
        for (q, o) in triggers(&c, rule) {
            if graded.contains(q.as_str()) && strength(&o) == Strength::Said {
                assert!(
                    DEGREE.iter().any(|(dq, dop, _, _)| *dq == q && *dop == o),
                    "rule {} fires on {q} = {o}: add its words to DEGREE",
                    rule.id
                );
            }
        }
    }
}

#[test]
fn no_route_is_reachable_only_through_not_sure() {
    let c = content();
    for route in &c.questionnaire.directory.routes {
        let rules: Vec<_> = c.rules.rules.iter().filter(|r| r.route == route.id).collect();
        if rules.is_empty() {
            continue; // the fallback
        }
        let by_sure_answers =
            rules.iter().any(|r| triggers(&c, r).iter().all(|(_, o)| strength(o) != Strength::Unsure));
        assert!(by_sure_answers, "{} is reached only through “not sure” answers", route.id);
    }
}

/// "Not sure" never gives a route more strongly than "yes" would.
#[test]
fn not_sure_is_never_stronger_than_yes() {
    let c = content();
    for q in &c.questionnaire.questions {
        let (Some(_), Some(_)) = (q.option("yes"), q.option("not-sure")) else { continue };
        let one = |o: &str| {
            let a: Answers = [(q.id.clone(), answer(q, o))].into_iter().collect();
            score(&c, &a).signposts.into_iter().map(|s| (s.route, s.priority)).collect::<Vec<_>>()
        };
        let (yes, unsure) = (one("yes"), one("not-sure"));
        for (route, p) in &unsure {
            if route == &c.rules.fallback_route {
                continue;
            }
            let by_yes = yes.iter().find(|(r, _)| r == route).map(|(_, p)| *p).unwrap_or(Priority::AlsoUseful);
            assert!(*p >= by_yes, "{}: “not sure” gives {route} as {p:?}, “yes” as {by_yes:?}", q.id);
        }
    }
}

fn answer(q: &Question, o: &str) -> Answer {
    if q.kind.takes_many() {
        Answer::Many(vec![o.to_string()])
    } else {
        Answer::One(o.to_string())
    }
}

/// "Prefer not to say" on any question, alone or all together, brings only the gentle
/// talk-in-confidence offer beside the fallback: never a route that claims a need.
#[test]
fn prefer_not_to_say_claims_nothing_and_still_leaves_a_way_in() {
    let c = content();
    let declinable: Vec<&Question> = c.questionnaire.questions.iter().filter(|q| q.can_decline()).collect();
    assert!(declinable.len() >= 9, "only {} questions offer “Prefer not to say”", declinable.len());
    for sensitive in ["danger-now", "self-harm", "harm-by-others", "scam", "memory-worry", "low-mood", "money-worries"]
    {
        assert!(declinable.iter().any(|q| q.id == sensitive), "{sensitive} does not offer “Prefer not to say”");
    }
    let mut all = Answers::new();
    for q in &declinable {
        let one: Answers = [(q.id.clone(), answer(q, DECLINE))].into_iter().collect();
        all.extend(one.clone());
        for answers in [&one, &all] {
            let s = score(&c, answers);
            let routes: Vec<&str> = s.signposts.iter().map(|s| s.route.as_str()).collect();
            assert_eq!(routes, [c.rules.fallback_route.as_str(), "talk-in-confidence"], "after {}", q.id);
            for r in s.signposts.iter().flat_map(|s| &s.reasons) {
                assert!(r.rule == "fallback" || r.only_declined(), "{} claims something", r.rule);
            }
        }
    }
}
