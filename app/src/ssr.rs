//! The server's side of the app: a page rendered to HTML from everything the server already
//! holds (the person's journey, the questionnaire, the words), with no waiting. The server
//! (`server/src/pages/`) puts it in the built shell with the page's title and the data block
//! the app in the browser starts from (`page_state.rs`).

use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;
use std::sync::Arc;

use assessment::Questionnaire;
use leptos::prelude::*;
use leptos_router::location::RequestUrl;

use crate::components::heading::PageTitle;
use crate::i18n::{Bundle, I18n, Locales};
use crate::journey::Journey;
use crate::page_state::{FirstPageState, PageState};

/// Where the service is (`https://…`), for the hand-over page's link and QR code.
#[derive(Clone, Debug, Default)]
pub struct PageOrigin(pub String);

/// One language's words as the build wrote them: its main file and its later pages' file.
#[derive(Clone, Debug)]
pub struct Words {
    pub tag: String,
    pub main: Arc<str>,
    pub later: Arc<str>,
}

pub struct PageRequest<'a> {
    /// Path and query, e.g. `/questions/living-alone?change=1`.
    pub url: &'a str,
    pub words: &'a Words,
    pub locales: &'a [crate::Locale],
    pub questionnaire: Arc<Questionnaire>,
    pub state: PageState,
    pub origin: String,
}

pub struct Rendered {
    /// The page's markup, for the shell's `<body>`.
    pub body: String,
    /// Its `<title>`.
    pub title: String,
}

/// Renders one page. Cheap: the words are parsed once per language and thread.
pub fn render(req: PageRequest<'_>) -> Rendered {
    let owner = Owner::new();
    let rendered = owner.with(|| {
        provide_context(RequestUrl::new(req.url));
        provide_context(Locales(req.locales.to_vec()));
        provide_context(PageOrigin(req.origin));
        let i18n = I18n::new();
        i18n.install(&req.words.tag, bundles(req.words), true);
        provide_context(i18n);
        provide_context(Journey::ready(req.state.journey.clone(), req.questionnaire));
        provide_context(FirstPageState::new(Some(req.state)));
        crate::components::settings::provide_motion_setting();
        let title = PageTitle::default();
        provide_context(title.clone());
        let body = view! { <crate::App/> }.to_html();
        let title = title.0.lock().map(|t| t.clone()).unwrap_or_default();
        Rendered { body, title }
    });
    owner.unset();
    rendered
}

thread_local! {
    /// Parsed words by language, for this thread (a Fluent bundle cannot move between threads).
    static BUNDLES: RefCell<HashMap<(String, usize), (Rc<Bundle>, Option<Rc<Bundle>>)>> = RefCell::new(HashMap::new());
}

fn bundles(words: &Words) -> (Rc<Bundle>, Option<Rc<Bundle>>) {
    // Keyed by the text's address too, so a server built with other words (tests) gets its own.
    let key = (words.tag.clone(), words.main.as_ptr() as usize);
    BUNDLES.with_borrow_mut(|cache| {
        cache
            .entry(key)
            .or_insert_with(|| {
                let (main, source) =
                    crate::i18n::words(&words.tag, words.main.to_string(), Some(words.later.to_string()))
                        .unwrap_or_else(|_| crate::i18n::words("en-GB", String::new(), None).expect("en-GB parses"));
                (Rc::new(main), source.map(Rc::new))
            })
            .clone()
    })
}
