//! Every route can be reached by a real answer set, and so can every rule: no rule is dead
//! wood that a practitioner reads but no person can ever trigger.

use std::collections::BTreeSet;
use std::path::Path;

use assessment::validate::validate_answers;
use assessment::{score, Answer, Answers, Content, Priority};

fn content() -> Content {
    assessment::content::load(Path::new("../content"), Path::new("../locales")).unwrap_or_else(|e| panic!("{e}"))
}

/// Builds answers in the right shape for each question (one option, or a list).
fn answers(c: &Content, pairs: &[(&str, &[&str])]) -> Answers {
    pairs
        .iter()
        .map(|(q, opts)| {
            let question =
                c.questionnaire.questions.iter().find(|x| x.id == *q).unwrap_or_else(|| panic!("no question {q}"));
            let answer = if question.kind.takes_many() {
                Answer::Many(opts.iter().map(|s| s.to_string()).collect())
            } else {
                assert_eq!(opts.len(), 1, "{q} takes one option");
                Answer::One(opts[0].to_string())
            };
            (q.to_string(), answer)
        })
        .collect()
}

type Case = (&'static str, &'static str, Priority, &'static [(&'static str, &'static [&'static str])]);

/// (rule, route it leads to, priority of that route for these answers, answers).
const CASES: &[Case] = &[
    ("danger-now", "urgent-safety", Priority::Urgent, &[("danger-now", &["yes"])]),
    ("danger-to-self", "mental-health-crisis", Priority::Urgent, &[("danger-now", &["yes-myself"])]),
    ("danger-not-sure", "urgent-safety", Priority::Recommended, &[("danger-now", &["not-sure"])]),
    ("harm-by-others", "urgent-safety", Priority::Urgent, &[("harm-by-others", &["neglect"])]),
    ("scam-loss", "urgent-safety", Priority::Urgent, &[("scam", &["lost-money"])]),
    ("self-harm-right-now", "mental-health-crisis", Priority::Urgent, &[("self-harm", &["right-now"])]),
    (
        "self-harm-recently",
        "mental-health-crisis",
        Priority::Urgent,
        &[("danger-now", &["no"]), ("self-harm", &["recently"])],
    ),
    ("self-harm-past", "mental-health-crisis", Priority::Recommended, &[("self-harm", &["in-the-past"])]),
    ("self-harm-past-support", "mood-support", Priority::Recommended, &[("self-harm", &["in-the-past"])]),
    (
        "outcomes-two-or-more",
        "needs-assessment",
        Priority::Recommended,
        &[
            ("daily-life", &["toilet", "child-care"]),
            ("toilet", &["takes-much-longer"]),
            ("child-care", &["pain-or-distress"]),
        ],
    ),
    (
        "outcome-any",
        "needs-assessment",
        Priority::AlsoUseful,
        &[("daily-life", &["dressing"]), ("dressing", &["cannot-without-help"])],
    ),
    (
        "alone-without-help",
        "needs-assessment",
        Priority::Recommended,
        &[
            ("lives-alone", &["yes"]),
            ("daily-life", &["getting-out"]),
            ("getting-out", &["pain-or-distress"]),
            ("help-now", &["none"]),
        ],
    ),
    (
        "medicines",
        "needs-assessment",
        Priority::AlsoUseful,
        &[("lives-alone", &["no"]), ("daily-life", &["medicines"])],
    ),
    (
        "alone-food-or-medicines",
        "needs-assessment",
        Priority::Recommended,
        &[("lives-alone", &["yes"]), ("daily-life", &["medicines"])],
    ),
    ("carer-cared-for", "needs-assessment", Priority::AlsoUseful, &[("is-carer", &["yes"])]),
    (
        "carer-may-stop",
        "needs-assessment",
        Priority::Recommended,
        &[("is-carer", &["yes"]), ("carer-coping", &["may-stop"])],
    ),
    ("carer-health", "carers-support", Priority::Recommended, &[("is-carer", &["yes"]), ("carer-health", &["yes"])]),
    ("carer-outcomes", "carers-support", Priority::Recommended, &[("is-carer", &["yes"]), ("carer-life", &["sleep"])]),
    (
        "carer-not-coping",
        "carers-support",
        Priority::Recommended,
        &[("is-carer", &["yes"]), ("carer-coping", &["not-coping"])],
    ),
    ("carer-no-backup", "carers-support", Priority::AlsoUseful, &[("is-carer", &["yes"]), ("carer-backup", &["no"])]),
    (
        "carer-backup-not-sure",
        "carers-support",
        Priority::AlsoUseful,
        &[("is-carer", &["yes"]), ("carer-backup", &["not-sure"])],
    ),
    ("family-helps", "carers-support", Priority::AlsoUseful, &[("help-now", &["family-or-friends"])]),
    ("is-carer", "carers-support", Priority::AlsoUseful, &[("is-carer", &["yes"])]),
    ("memory-diagnosed", "memory-dementia", Priority::Recommended, &[("memory-worry", &["diagnosed"])]),
    (
        "memory-changes",
        "memory-dementia",
        Priority::Recommended,
        &[("memory-worry", &["not-sure"]), ("memory-words", &["a-bit-worse"]), ("memory-day-date", &["a-bit-worse"])],
    ),
    ("memory-worry", "memory-dementia", Priority::AlsoUseful, &[("memory-worry", &["yes"])]),
    ("memory-not-sure", "memory-dementia", Priority::AlsoUseful, &[("memory-worry", &["not-sure"])]),
    ("after-hospital", "reablement", Priority::Recommended, &[("hospital", &["home-harder"])]),
    ("home-difficulties", "equipment-adaptations", Priority::Recommended, &[("home-difficulties", &["reaching"])]),
    (
        "falls-repeated",
        "equipment-adaptations",
        Priority::Recommended,
        &[("lives-alone", &["yes"]), ("falls", &["once"])],
    ),
    ("fall-once", "equipment-adaptations", Priority::AlsoUseful, &[("lives-alone", &["no"]), ("falls", &["once"])]),
    (
        "home-unsafe",
        "equipment-adaptations",
        Priority::Recommended,
        &[("daily-life", &["moving-around"]), ("moving-around", &["unsafe"])],
    ),
    (
        "everyday-tasks-physical",
        "equipment-adaptations",
        Priority::Recommended,
        &[("daily-life", &["dressing"]), ("dressing", &["takes-much-longer"])],
    ),
    (
        "agency-wants-control",
        "direct-payments",
        Priority::Recommended,
        &[("help-now", &["care-agency"]), ("more-control", &["choose-who"])],
    ),
    (
        "work-or-learning",
        "work-and-learning",
        Priority::Recommended,
        &[("daily-life", &["work-or-learning"]), ("work-or-learning", &["cannot-without-help"])],
    ),
    ("low-mood-often", "mood-support", Priority::Recommended, &[("low-mood", &["often"])]),
    ("worry-often", "mood-support", Priority::Recommended, &[("worry", &["always"])]),
    ("low-mood-sometimes", "mood-support", Priority::AlsoUseful, &[("low-mood", &["sometimes"])]),
    ("bereaved", "bereavement", Priority::Recommended, &[("bereaved", &["yes"])]),
    (
        "more-control",
        "direct-payments",
        Priority::Recommended,
        &[("help-now", &["paid-carers"]), ("more-control", &["choose-when"])],
    ),
    ("has-direct-payment", "direct-payments", Priority::AlsoUseful, &[("help-now", &["direct-payment"])]),
    ("lonely-often", "community-wellbeing", Priority::Recommended, &[("lonely", &["often"])]),
    ("lonely-sometimes", "community-wellbeing", Priority::AlsoUseful, &[("lonely", &["sometimes"])]),
    (
        "community-interests",
        "community-wellbeing",
        Priority::Recommended,
        &[
            ("daily-life", &["relationships"]),
            ("relationships", &["manage-fine"]),
            ("community-interests", &["volunteering"]),
        ],
    ),
    (
        "clutter-serious",
        "home-environment",
        Priority::Recommended,
        &[("clutter", &["some-rooms"]), ("clutter-effects", &["pests-or-smells"])],
    ),
    (
        "clutter-kitchen",
        "home-environment",
        Priority::Recommended,
        &[("clutter", &["some-rooms"]), ("clutter-effects", &["cannot-cook"])],
    ),
    (
        "clutter-some",
        "home-environment",
        Priority::AlsoUseful,
        &[("clutter", &["some-rooms"]), ("clutter-effects", &["none"])],
    ),
    ("money-worries", "money-advice", Priority::Recommended, &[("money-worries", &["paying-for-care"])]),
    ("scam", "money-advice", Priority::AlsoUseful, &[("scam", &["tried"])]),
    (
        "caring-35-hours",
        "money-advice",
        Priority::AlsoUseful,
        &[("is-carer", &["yes"]), ("caring-hours", &["from-35-to-49"])],
    ),
    ("declined", "talk-in-confidence", Priority::AlsoUseful, &[("money-worries", &["prefer-not-to-say"])]),
    ("under-18", "general-advice", Priority::Recommended, &[("age-band", &["under-18"])]),
];

#[test]
fn every_rule_fires_for_a_real_answer_set() {
    let c = content();
    let mut fired = BTreeSet::new();
    for (rule, route, priority, pairs) in CASES {
        let a = answers(&c, pairs);
        let errors = validate_answers(&c.questionnaire, &a);
        assert!(errors.is_empty(), "{rule}: {:?}", errors.iter().map(|e| e.detail()).collect::<Vec<_>>());
        let result = score(&c, &a);
        let signpost = result.signposts.iter().find(|s| s.route == *route).unwrap_or_else(|| {
            panic!("{rule}: no {route} in {:?}", result.signposts.iter().map(|s| &s.route).collect::<Vec<_>>())
        });
        assert_eq!(signpost.priority, *priority, "{rule}: priority of {route}");
        let reason = signpost.reasons.iter().find(|r| r.rule == *rule).unwrap_or_else(|| panic!("{rule} did not fire"));
        assert_eq!(reason.message, format!("reason-{rule}"));
        assert!(!reason.answers.is_empty(), "{rule}: fired on no answers");
        fired.insert(rule.to_string());
    }
    let all: BTreeSet<String> = c.rules.rules.iter().map(|r| r.id.clone()).collect();
    let untested: Vec<_> = all.difference(&fired).collect();
    assert!(untested.is_empty(), "rules with no answer set here: {untested:?}");
}

#[test]
fn every_route_is_reached_by_a_rule_not_only_by_the_fallback() {
    let c = content();
    for route in &c.questionnaire.directory.routes {
        let reached = CASES.iter().any(|(rule, r, _, pairs)| {
            *r == route.id
                && score(&c, &answers(&c, pairs))
                    .signposts
                    .iter()
                    .any(|s| s.route == route.id && s.reasons.iter().any(|x| x.rule == *rule))
        });
        assert!(reached, "{} is never reached by a rule", route.id);
    }
}

/// A stale answer to a question that is no longer shown never fires a rule.
#[test]
fn hidden_answers_never_fire() {
    let c = content();
    // Carer answers kept after changing "is-carer" to no.
    let a = answers(&c, &[("is-carer", &["no"]), ("carer-health", &["yes"]), ("carer-coping", &["may-stop"])]);
    let result = score(&c, &a);
    assert!(result.signposts.iter().all(|s| s.route != "carers-support" && s.route != "needs-assessment"));
    // Outcome detail kept after unticking it on the overview question.
    let a = answers(&c, &[("daily-life", &["none"]), ("meals", &["unsafe"]), ("washing", &["unsafe"])]);
    assert_eq!(score(&c, &a).signposts.iter().map(|s| s.route.as_str()).collect::<Vec<_>>(), ["general-advice"]);
}

/// One difficulty is enough to be offered an assessment; two make it recommended. Nobody is
/// ever told they are not eligible: the fallback still offers one.
#[test]
fn the_assessment_threshold_follows_the_care_act() {
    let c = content();
    let one = answers(&c, &[("daily-life", &["housework"]), ("housework", &["takes-much-longer"])]);
    let s = score(&c, &one);
    assert_eq!(
        s.signposts.iter().find(|s| s.route == "needs-assessment").map(|s| s.priority),
        Some(Priority::AlsoUseful)
    );
    let two = answers(
        &c,
        &[
            ("daily-life", &["housework", "meals"]),
            ("housework", &["takes-much-longer"]),
            ("meals", &["cannot-without-help"]),
        ],
    );
    let s = score(&c, &two);
    assert_eq!(
        s.signposts.iter().find(|s| s.route == "needs-assessment").map(|s| s.priority),
        Some(Priority::Recommended)
    );
    // Two ways of being unable to achieve ONE outcome is still one outcome.
    let one_twice = answers(&c, &[("daily-life", &["toilet"]), ("toilet", &["unsafe", "pain-or-distress"])]);
    let s = score(&c, &one_twice);
    assert_eq!(
        s.signposts.iter().find(|s| s.route == "needs-assessment").map(|s| s.priority),
        Some(Priority::AlsoUseful)
    );
}

/// A carer is offered carers support on their own needs, even when the answers about the
/// person they look after show no needs at all; and, both ways, an assessment for the person
/// they look after.
#[test]
fn a_carer_gets_carers_support_when_the_cared_for_person_shows_no_needs() {
    let c = content();
    let a = answers(&c, &[("daily-life", &["none"]), ("is-carer", &["yes"]), ("carer-life", &["get-out"])]);
    let s = score(&c, &a);
    let routes: Vec<(&str, Priority)> = s.signposts.iter().map(|s| (s.route.as_str(), s.priority)).collect();
    assert_eq!(routes, [("carers-support", Priority::Recommended), ("needs-assessment", Priority::AlsoUseful)]);
}

/// A carer whose own health or coping is at risk sees carers support first, even above a
/// recommended assessment for the person they answer about.
#[test]
fn a_carer_at_risk_sees_carers_support_first() {
    let c = content();
    let a = answers(
        &c,
        &[
            ("daily-life", &["meals", "washing"]),
            ("meals", &["cannot-without-help"]),
            ("washing", &["cannot-without-help"]),
            ("is-carer", &["yes"]),
            ("carer-health", &["yes"]),
        ],
    );
    let s = score(&c, &a);
    let routes: Vec<&str> = s.signposts.iter().map(|s| s.route.as_str()).collect();
    assert_eq!(&routes[..2], ["carers-support", "needs-assessment"]);
    // Without the risk, the directory order stands: the assessment comes first.
    let a = answers(
        &c,
        &[
            ("daily-life", &["meals", "washing"]),
            ("meals", &["cannot-without-help"]),
            ("washing", &["cannot-without-help"]),
            ("is-carer", &["yes"]),
            ("carer-life", &["sleep"]),
        ],
    );
    let routes: Vec<String> = score(&c, &a).signposts.iter().map(|s| s.route.clone()).collect();
    assert_eq!(&routes[..2], ["needs-assessment", "carers-support"]);
}

/// Unpaid help from family or friends brings carers support for the helper, in every
/// perspective (the reason is worded for the helper).
#[test]
fn unpaid_help_brings_carers_support_for_the_helper() {
    let c = content();
    let a = answers(&c, &[("help-now", &["family-or-friends"])]);
    let s = score(&c, &a);
    let carers = s.signposts.iter().find(|s| s.route == "carers-support").expect("carers support");
    assert_eq!(carers.reasons[0].rule, "family-helps");
}

/// Urgent signposts come first whatever else fired, and the route keeps all its reasons.
#[test]
fn urgent_routes_come_first_with_every_reason() {
    let c = content();
    let a = answers(
        &c,
        &[
            ("danger-now", &["yes"]),
            ("self-harm", &["right-now"]),
            ("harm-by-others", &["taking-money"]),
            ("scam", &["still-happening"]),
            ("lonely", &["always"]),
            ("low-mood", &["always"]),
        ],
    );
    let s = score(&c, &a);
    let routes: Vec<(&str, Priority)> = s.signposts.iter().map(|s| (s.route.as_str(), s.priority)).collect();
    // Risk to the person themselves leads: crisis help before safeguarding.
    assert_eq!(
        routes,
        [
            ("mental-health-crisis", Priority::Urgent),
            ("urgent-safety", Priority::Urgent),
            ("mood-support", Priority::Recommended),
            ("community-wellbeing", Priority::Recommended),
            ("money-advice", Priority::AlsoUseful),
        ]
    );
    let rules: Vec<&str> = s.signposts[1].reasons.iter().map(|r| r.rule.as_str()).collect();
    assert_eq!(rules, ["danger-now", "harm-by-others", "scam-loss"]);
    assert_eq!(s.signposts[1].services[0].phone.as_deref(), Some("999"));
    assert_eq!(s.signposts[0].services[0].phone.as_deref(), Some("111"));
}
