//! The real content files load, and say what the product needs them to say.

use std::path::Path;

use assessment::{score, Answers, Priority, QuestionKind};

/// Every route, in the order the directory lists them.
const ROUTES: [&str; 16] = [
    "urgent-safety",
    "mental-health-crisis",
    "needs-assessment",
    "carers-support",
    "memory-dementia",
    "reablement",
    "equipment-adaptations",
    "direct-payments",
    "work-and-learning",
    "mood-support",
    "bereavement",
    "community-wellbeing",
    "home-environment",
    "money-advice",
    "talk-in-confidence",
    "general-advice",
];

fn content() -> assessment::Content {
    match assessment::content::load(Path::new("../content"), Path::new("../locales")) {
        Ok(c) => c,
        Err(e) => panic!("{e}"),
    }
}

#[test]
fn the_real_files_load() {
    let c = content();
    assert_eq!(c.questionnaire.version, "2026-12.1");
    let n = c.questionnaire.questions.len();
    assert!((30..=45).contains(&n), "{n} questions; the brief asks for 30 to 45");
}

#[test]
fn routes_are_all_there_in_the_agreed_order() {
    let c = content();
    let ids: Vec<&str> = c.questionnaire.directory.routes.iter().map(|r| r.id.as_str()).collect();
    assert_eq!(ids, ROUTES);
    assert_eq!(c.rules.fallback_route, "general-advice");
    for route in &c.questionnaire.directory.routes {
        assert!(!route.services.is_empty(), "route {} has no services", route.id);
    }
}

#[test]
fn every_route_but_the_fallback_has_a_rule() {
    let c = content();
    for route in ROUTES {
        assert!(c.rules.rules.iter().any(|r| r.route == route), "no rule leads to {route}");
    }
}

#[test]
fn no_answers_give_only_general_advice() {
    let c = content();
    let a = score(&c, &Answers::new());
    assert_eq!(a.questionnaire_version, "2026-12.1");
    assert_eq!(a.signposts.len(), 1);
    let only = &a.signposts[0];
    assert_eq!(only.route, "general-advice");
    assert_eq!(only.priority, Priority::Recommended);
    assert_eq!(only.reasons.len(), 1);
    assert_eq!(only.reasons[0].message, "reason-fallback");
    assert!(!only.services.is_empty());
}

#[test]
fn the_option_sets_the_brief_names_exist() {
    let c = content();
    let q =
        |id: &str| c.questionnaire.questions.iter().find(|q| q.id == id).unwrap_or_else(|| panic!("no question {id}"));
    let ids = |id: &str| q(id).options.iter().map(|o| o.id.clone()).collect::<Vec<_>>();
    assert_eq!(ids("lives-alone"), ["yes", "no", "not-sure"]);
    assert_eq!(ids("lonely"), ["never", "sometimes", "often", "always"]);
    let outcome = ["manage-fine", "cannot-without-help", "pain-or-distress", "unsafe", "takes-much-longer"];
    // The ten Care Act outcomes for adults, each its own question.
    for id in [
        "meals",
        "washing",
        "toilet",
        "dressing",
        "moving-around",
        "housework",
        "relationships",
        "work-or-learning",
        "getting-out",
        "child-care",
    ] {
        assert_eq!(q(id).kind, QuestionKind::Multiple, "{id}");
        assert_eq!(ids(id), outcome, "{id}");
        assert_eq!(
            q(id).options.iter().filter(|o| o.exclusive).map(|o| o.id.as_str()).collect::<Vec<_>>(),
            ["manage-fine"]
        );
    }
}

#[test]
fn the_urgent_answers_the_product_promises_interrupt() {
    let c = content();
    let urgent = |q: &str, o: &str| {
        let question = c.questionnaire.questions.iter().find(|x| x.id == q).unwrap();
        question.option(o).and_then(|o| o.urgent.clone())
    };
    assert_eq!(urgent("danger-now", "yes").as_deref(), Some("urgent-safety"));
    for o in ["hurting", "frightening", "taking-money", "sexual", "neglect", "forced-work"] {
        assert_eq!(urgent("harm-by-others", o).as_deref(), Some("urgent-safety"), "{o}");
    }
    assert_eq!(urgent("harm-by-others", "none"), None);
    assert_eq!(urgent("scam", "lost-money").as_deref(), Some("urgent-safety"));
    assert_eq!(urgent("self-harm", "right-now").as_deref(), Some("mental-health-crisis"));
    assert_eq!(urgent("self-harm", "recently").as_deref(), Some("mental-health-crisis"));
    assert_eq!(urgent("self-harm", "no"), None);
}

#[test]
fn only_urgent_routes_are_given_urgent_priority_and_every_urgent_option_has_an_urgent_rule() {
    let c = content();
    let urgent_routes: Vec<String> =
        c.questionnaire.questions.iter().flat_map(|q| q.options.iter().filter_map(|o| o.urgent.clone())).collect();
    for rule in c.rules.rules.iter().filter(|r| r.priority == Priority::Urgent) {
        assert!(
            urgent_routes.contains(&rule.route),
            "rule {} is urgent but no answer interrupts with {}",
            rule.id,
            rule.route
        );
    }
    // Each urgent option, on its own, fires an urgent rule for its route (checked on the
    // conditions, so it holds whatever else was answered).
    for q in &c.questionnaire.questions {
        for o in q.options.iter().filter(|o| o.urgent.is_some()) {
            let route = o.urgent.as_deref().unwrap();
            let alone: Answers = [(q.id.clone(), answer_for(q.kind, &o.id))].into_iter().collect();
            let fired = c
                .rules
                .rules
                .iter()
                .any(|r| r.route == route && r.priority == Priority::Urgent && r.when.holds(&alone));
            assert!(fired, "{} = {} interrupts with {route} but no urgent rule fires on it", q.id, o.id);
        }
    }
}

#[test]
fn no_rule_reads_free_text_and_the_text_question_is_optional() {
    let c = content();
    for q in c.questionnaire.questions.iter().filter(|q| q.kind == QuestionKind::Text) {
        assert!(q.optional, "{} should be optional", q.id);
        for r in &c.rules.rules {
            assert!(!r.when.references().iter().any(|(id, _)| *id == q.id), "rule {} reads free text", r.id);
        }
    }
}

/// Every message the content needs is worded for each perspective: the question itself is a
/// selector on `$perspective` with `self` as the default and `other` and `staff` variants,
/// the `other` wording names `$name`, and the staff wording is read out to a caller.
#[test]
fn every_question_is_worded_for_each_perspective() {
    use fluent_syntax::ast;
    let c = content();
    let text = std::fs::read_to_string("../locales/en-GB/questions.ftl").unwrap();
    let resource = fluent_syntax::parser::parse(text.as_str()).unwrap_or_else(|(_, e)| panic!("{e:?}"));
    let messages: std::collections::HashMap<&str, &ast::Message<&str>> = resource
        .body
        .iter()
        .filter_map(|e| match e {
            ast::Entry::Message(m) => Some((m.id.name, m)),
            _ => None,
        })
        .collect();
    for q in &c.questionnaire.questions {
        let m = messages.get(q.text.as_str()).unwrap_or_else(|| panic!("{} is not in questions.ftl", q.text));
        let pattern = m.value.as_ref().unwrap_or_else(|| panic!("{} has no value", q.text));
        let [ast::PatternElement::Placeable { expression: ast::Expression::Select { selector, variants } }] =
            pattern.elements.as_slice()
        else {
            panic!("{} should be one selector on $perspective", q.text)
        };
        assert!(
            matches!(selector, ast::InlineExpression::VariableReference { id } if id.name == "perspective"),
            "{} selects on something other than $perspective",
            q.text
        );
        let key = |v: &ast::Variant<&str>| match &v.key {
            ast::VariantKey::Identifier { name } => name.to_string(),
            ast::VariantKey::NumberLiteral { value } => value.to_string(),
        };
        let keys: Vec<String> = variants.iter().map(key).collect();
        assert_eq!(keys, ["self", "other", "staff"], "{}", q.text);
        assert!(variants[0].default, "{}: *[self] must be the default", q.text);
        let words = |v: &ast::Variant<&str>| {
            v.value
                .elements
                .iter()
                .map(|e| match e {
                    ast::PatternElement::TextElement { value } => value.to_string(),
                    ast::PatternElement::Placeable {
                        expression: ast::Expression::Inline(ast::InlineExpression::VariableReference { id }),
                    } => {
                        format!("{{${}}}", id.name)
                    }
                    _ => "{…}".to_string(),
                })
                .collect::<String>()
        };
        let (me, other, staff) = (words(&variants[0]), words(&variants[1]), words(&variants[2]));
        assert!(!me.contains("{$name}"), "{}: the self wording names $name", q.text);
        assert!(
            staff.starts_with("Ask the caller"),
            "{}: staff wording should start \"Ask the caller\": {staff}",
            q.text
        );
        // The relative is the carer, so the caring questions speak to them; elsewhere the
        // question is about $name.
        if q.section != "caring" {
            assert!(other.contains("{$name}"), "{}: the other wording should name $name: {other}", q.text);
        }
        for w in [&me, &other, &staff] {
            assert!(!w.to_lowercase().contains("please"), "{}: GOV.UK style has no \"please\"", q.text);
            assert!(!w.trim_start().starts_with("{$name}"), "{}: a sentence never starts with $name", q.text);
        }
    }
}

/// Words the style guide keeps out of every message a person reads.
#[test]
fn the_wording_avoids_jargon_and_refusals() {
    for file in ["../locales/en-GB/questions.ftl", "../locales/en-GB/routes.ftl"] {
        let text = std::fs::read_to_string(file).unwrap().to_lowercase();
        for (n, line) in text.lines().enumerate().filter(|(_, l)| !l.trim_start().starts_with('#')) {
            for banned in ["not eligible", "ineligible", "please", "support package", "service user"] {
                assert!(!line.contains(banned), "{file}:{}: \"{banned}\"", n + 1);
            }
        }
    }
}

pub fn answer_for(kind: QuestionKind, option: &str) -> assessment::Answer {
    if kind.takes_many() {
        assessment::Answer::Many(vec![option.to_string()])
    } else {
        assessment::Answer::One(option.to_string())
    }
}

/// Every route gives at least one confirmed phone number, so nobody is left with only names.
#[test]
fn every_route_gives_a_confirmed_phone_number() {
    let c = content();
    let dir = &c.questionnaire.directory;
    for route in &dir.routes {
        let ok = route
            .services
            .iter()
            .filter_map(|s| dir.service(s))
            .any(|s| s.phone.is_some() && !s.unverified.iter().any(|u| u == "phone"));
        assert!(ok, "{} has no confirmed phone number", route.id);
    }
}

/// `unverified` marks fields that are there; a field nobody knows is left out instead.
#[test]
fn unverified_marks_only_fields_that_are_set() {
    let c = content();
    for s in &c.questionnaire.directory.services {
        for u in &s.unverified {
            let set = match u.as_str() {
                "phone" => s.phone.is_some(),
                "text_relay" => s.text_relay.is_some(),
                "web" => s.web.is_some(),
                "email" => s.email.is_some(),
                "address" => s.address.is_some(),
                "hours" => s.has_hours,
                _ => false,
            };
            assert!(set, "service {} marks {u} unverified but has none", s.id);
        }
    }
}

/// The numbers in the reference facts, exactly (a typo here sends a person to a stranger).
#[test]
fn the_numbers_from_the_reference_facts_are_exact() {
    let c = content();
    let s = |id: &str| c.questionnaire.directory.service(id).unwrap_or_else(|| panic!("no service {id}"));
    assert_eq!(s("asc-direct").phone.as_deref(), Some("024 7683 3003"));
    assert_eq!(s("asc-direct").text_relay.as_deref(), Some("18001 024 7683 3003"));
    assert_eq!(s("asc-direct").address.as_deref(), Some("PO Box 7097, Coventry CV6 9SL"));
    assert_eq!(s("carers-trust").phone.as_deref(), Some("024 7663 2972"));
    assert_eq!(s("emergency-999").phone.as_deref(), Some("999"));
    assert_eq!(s("nhs-111-mental-health").phone.as_deref(), Some("111"));
    assert_eq!(s("samaritans").phone.as_deref(), Some("116 123"));
    assert_eq!(s("police-101").phone.as_deref(), Some("101"));
    assert_eq!(s("dementia-hub").phone.as_deref(), Some("07957 429324"));
    assert!(s("dementia-hub").unverified.contains(&"phone".to_string()));
    assert_eq!(s("domestic-abuse-helpline").phone.as_deref(), Some("0808 2000 247"));
    assert_eq!(s("cruse").phone.as_deref(), Some("0808 808 1677"));
    // National facts checked in 2026-12 (FACTS.md §4) carry no "still being checked" mark.
    assert_eq!(s("emergency-999").text_relay.as_deref(), Some("18000"));
    assert_eq!(s("nhs-111-mental-health").web.as_deref(), Some("https://111.nhs.uk"));
    for id in ["emergency-999", "nhs-111-mental-health", "samaritans", "domestic-abuse-helpline", "cruse"] {
        assert!(!s(id).unverified.iter().any(|u| u == "phone" || u == "text_relay"), "{id} is marked unverified");
    }
}
