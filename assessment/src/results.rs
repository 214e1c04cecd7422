//! How a result is laid out for a person to act on it: the one thing to do first, and the
//! services that serve several routes (shown once, under "Who to contact", instead of in
//! every card). Pure functions of the scored result and the directory, so the page and its
//! tests agree on them.

use crate::model::{Directory, Service};
use crate::scoring::{Assessment, Signpost};

/// The single most important action: the first route (urgent ones come first) and how to
/// reach its most useful contact.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FirstStep {
    /// The route it belongs to.
    pub route: String,
    /// The service to contact.
    pub service: Service,
    pub how: Reach,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Reach {
    /// Call this number. `via` is set when the route's service has no phone of its own and
    /// names another to ask instead (its `ask`): the number is that service's.
    Call { number: String, via: Option<Service> },
    /// No service of the route can be phoned: its web site.
    Web(String),
}

/// The first route's first service that can be phoned (directly, then through `ask`), else its
/// first web site. `None` only for an empty result, which scoring never gives.
pub fn first_step(assessment: &Assessment, directory: &Directory) -> Option<FirstStep> {
    let first = assessment.signposts.first()?;
    let step = |service: &Service, how| FirstStep { route: first.route.clone(), service: service.clone(), how };
    let direct = first.services.iter().find_map(|s| {
        let number = s.phone.clone()?;
        Some(step(s, Reach::Call { number, via: None }))
    });
    let asked = || {
        first.services.iter().find_map(|s| {
            let via = directory.service(s.ask.as_deref()?)?;
            let number = via.phone.clone()?;
            Some(step(s, Reach::Call { number, via: Some(via.clone()) }))
        })
    };
    let web = || first.services.iter().find_map(|s| Some(step(s, Reach::Web(s.web.clone()?))));
    direct.or_else(asked).or_else(web)
}

/// A service that serves more than one of the routes shown, and which ones (in result order).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SharedService {
    pub service: Service,
    pub routes: Vec<String>,
}

/// Services named by two or more of the signposts, in the order they are first met (so the
/// most important route's contacts come first).
pub fn shared_services(signposts: &[Signpost]) -> Vec<SharedService> {
    let mut all: Vec<SharedService> = Vec::new();
    for signpost in signposts {
        for service in &signpost.services {
            match all.iter_mut().find(|x| x.service.id == service.id) {
                Some(x) if !x.routes.contains(&signpost.route) => x.routes.push(signpost.route.clone()),
                Some(_) => {}
                None => all.push(SharedService { service: service.clone(), routes: vec![signpost.route.clone()] }),
            }
        }
    }
    all.retain(|x| x.routes.len() > 1);
    all
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::scoring::Priority;

    fn service(id: &str, phone: Option<&str>, web: Option<&str>, ask: Option<&str>) -> Service {
        Service {
            id: id.into(),
            message: format!("service-{id}"),
            phone: phone.map(Into::into),
            text_relay: None,
            web: web.map(Into::into),
            email: None,
            address: None,
            has_hours: false,
            unverified: vec![],
            ask: ask.map(Into::into),
        }
    }

    fn signpost(route: &str, priority: Priority, services: Vec<Service>) -> Signpost {
        Signpost { route: route.into(), priority, reasons: vec![], services }
    }

    fn result(signposts: Vec<Signpost>) -> Assessment {
        Assessment { questionnaire_version: "t".into(), signposts }
    }

    fn directory(services: Vec<Service>) -> Directory {
        Directory { routes: vec![], services }
    }

    #[test]
    fn first_step_is_the_first_routes_first_phone() {
        let asc = service("asc", Some("024 7683 3003"), None, None);
        let trust = service("trust", Some("024 7663 2972"), None, None);
        let web_only = service("web", None, Some("https://example.org"), None);
        let a = result(vec![
            signpost("carers", Priority::Recommended, vec![web_only.clone(), trust.clone(), asc.clone()]),
            signpost("assessment", Priority::Recommended, vec![asc.clone()]),
        ]);
        let step = first_step(&a, &directory(vec![asc, trust.clone(), web_only])).unwrap();
        assert_eq!(step.route, "carers");
        assert_eq!(step.service, trust);
        assert_eq!(step.how, Reach::Call { number: "024 7663 2972".into(), via: None });
    }

    #[test]
    fn first_step_asks_the_named_service_when_none_can_be_phoned() {
        let asc = service("asc", Some("024 7683 3003"), None, None);
        let gp = service("gp", None, None, Some("asc"));
        let a = result(vec![signpost("memory", Priority::Recommended, vec![gp.clone()])]);
        let step = first_step(&a, &directory(vec![asc.clone(), gp.clone()])).unwrap();
        assert_eq!(step.service, gp);
        assert_eq!(step.how, Reach::Call { number: "024 7683 3003".into(), via: Some(asc) });
    }

    #[test]
    fn first_step_falls_back_to_a_web_site() {
        let web_only = service("web", None, Some("https://example.org"), None);
        let a = result(vec![signpost("work", Priority::AlsoUseful, vec![web_only.clone()])]);
        let step = first_step(&a, &directory(vec![web_only])).unwrap();
        assert_eq!(step.how, Reach::Web("https://example.org".into()));
    }

    #[test]
    fn urgent_routes_come_first_so_their_contact_is_the_first_step() {
        let nine = service("999", Some("999"), None, None);
        let asc = service("asc", Some("024 7683 3003"), None, None);
        let a = result(vec![
            signpost("urgent-safety", Priority::Urgent, vec![nine.clone(), asc.clone()]),
            signpost("assessment", Priority::Recommended, vec![asc.clone()]),
        ]);
        let step = first_step(&a, &directory(vec![nine.clone(), asc])).unwrap();
        assert_eq!((step.route.as_str(), step.service), ("urgent-safety", nine));
    }

    #[test]
    fn no_first_step_for_an_empty_result() {
        assert_eq!(first_step(&result(vec![]), &directory(vec![])), None);
    }

    #[test]
    fn shared_services_are_those_of_two_or_more_routes_in_order_met() {
        let asc = service("asc", Some("1"), None, None);
        let gp = service("gp", Some("2"), None, None);
        let only = service("only", Some("3"), None, None);
        let signposts = vec![
            signpost("memory", Priority::Recommended, vec![gp.clone(), asc.clone()]),
            signpost("mood", Priority::Recommended, vec![gp.clone(), only]),
            signpost("assessment", Priority::Recommended, vec![asc.clone()]),
        ];
        assert_eq!(
            shared_services(&signposts),
            vec![
                SharedService { service: gp, routes: vec!["memory".into(), "mood".into()] },
                SharedService { service: asc, routes: vec!["memory".into(), "assessment".into()] },
            ]
        );
    }

    #[test]
    fn a_service_named_twice_by_one_route_is_not_shared() {
        let asc = service("asc", Some("1"), None, None);
        let signposts = vec![signpost("assessment", Priority::Recommended, vec![asc.clone(), asc])];
        assert!(shared_services(&signposts).is_empty());
    }
}
