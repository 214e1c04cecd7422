//! Every page, rendered here first: complete HTML in the person's language, from the app's
//! own components (`app::ssr`), so the whole journey works before and without JavaScript.
//! Forms post back here; the server validates, branches and scores with the same rules the
//! app uses (`app::step`), keeps the journey in the encrypted session cookie
//! (`journey_cookie.rs`), and answers with a redirect (post/redirect/get), so Back and reload
//! never ask to send a form again. Nothing is stored and nothing personal is logged.

mod forms;
mod journey_cookie;
pub mod shell;

use std::sync::Arc;

use app::page_state::PageState;
use app::JourneyData;
use assessment::Questionnaire;
use axum::extract::{Request, State};
use axum::http::{header, HeaderMap, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::{get, post};
use axum::Router;

use crate::session::SessionKey;
use crate::state::AppState;
use journey_cookie::Carried;
use shell::Built;

/// What page rendering needs beyond the content.
pub struct Pages {
    pub app: Arc<AppState>,
    pub built: Built,
    pub questionnaire: Arc<Questionnaire>,
    pub key: SessionKey,
    /// Cookies get `Secure` (a TLS-terminating proxy is in front).
    pub secure: bool,
}

type Shared = State<Arc<Pages>>;

pub fn router(pages: Arc<Pages>) -> Router {
    Router::new()
        .route("/", get(page))
        .route("/index.html", get(page))
        .route("/who", get(page).post(forms::who))
        .route("/staff", get(forms::staff))
        .route("/questions/{id}", get(page).post(forms::answer))
        .route("/urgent/{route}", get(page))
        .route("/check", get(page))
        .route("/results", get(page))
        .route("/handover", get(page))
        .route("/resume", get(page).post(forms::resume))
        .route("/language", post(forms::language))
        .route("/exit", get(forms::exit))
        .route("/clear", post(forms::clear))
        .route("/session", post(forms::session))
        .layer(axum::extract::DefaultBodyLimit::max(forms::MAX_FORM_BYTES))
        .with_state(pages)
}

/// `GET` of any page: rendered from the journey the person carries.
async fn page(State(pages): Shared, req: Request) -> Response {
    let url = path_and_query(&req);
    let headers = req.headers();
    let (mut journey, carried_forward) = match pages.read_journey(headers) {
        Carried::Nothing => (JourneyData::default(), false),
        Carried::Journey(j) => (j, false),
        Carried::CarriedForward(j) => (j, true),
        Carried::Unreadable => return pages.unreadable(headers),
    };
    // Carried forward to new questions on this request: the cookie is written again, so the
    // person's next page starts from the new questions (and the notice says what changed).
    let cookie = carried_forward.then(|| journey_cookie::write(&journey, &pages.key, pages.secure)).flatten();
    // A page that needs a journey not begun, or a question not on this person's path (an old
    // bookmark, a changed answer, a question since removed): go where the person is, as the app does.
    let mut res = match pages.misplaced(req.uri().path(), &journey) {
        Some(to) => Redirect::to(&to).into_response(),
        None => {
            let assessment =
                (req.uri().path() == "/results").then(|| assessment::score(&pages.app.content, &journey.answers));
            journey.answers = pages.questionnaire.visible_answers(&journey.answers);
            pages.render(headers, &url, PageState { journey, assessment, ..Default::default() }, StatusCode::OK)
        }
    };
    if let Some(cookie) = cookie {
        res.headers_mut().insert(header::SET_COOKIE, cookie);
    }
    res
}

/// Any other address: the app's "page not found", with a 404.
pub async fn not_found(State(pages): Shared, req: Request) -> Response {
    let journey = match pages.read_journey(req.headers()) {
        Carried::Journey(j) | Carried::CarriedForward(j) => j,
        _ => JourneyData::default(),
    };
    pages.render(
        req.headers(),
        &path_and_query(&req),
        PageState { journey, ..Default::default() },
        StatusCode::NOT_FOUND,
    )
}

fn path_and_query(req: &Request) -> String {
    req.uri().path_and_query().map(|p| p.as_str().to_string()).unwrap_or_else(|| "/".into())
}

impl Pages {
    /// The journey the request carries, brought to the questions now in use.
    fn read_journey(&self, headers: &HeaderMap) -> Carried {
        journey_cookie::read(headers, &self.key, &self.questionnaire, &self.app.content.archive)
    }

    fn render(&self, headers: &HeaderMap, url: &str, state: PageState, status: StatusCode) -> Response {
        let chosen = crate::session::read_cookie(headers, app::LANGUAGE_COOKIE);
        let accept = headers.get(header::ACCEPT_LANGUAGE).and_then(|v| v.to_str().ok());
        let tag = self.built.language(chosen, accept).to_string();
        let state_json = state.to_script_json();
        let rendered = app::ssr::render(app::ssr::PageRequest {
            url,
            words: self.built.words(&tag),
            locales: &self.built.locales,
            questionnaire: self.questionnaire.clone(),
            state,
            origin: self.origin(headers),
        });
        // Start, who and the questions need only the main stylesheet (the first load); every
        // other page is styled by the later one too, from its first paint.
        let path = url.split('?').next().unwrap_or(url);
        let first_pages = path == "/" || path == "/who" || path.starts_with("/questions/");
        let later_css = (!first_pages).then_some(self.built.later_css.as_deref()).flatten();
        let html = self.built.shell(&tag).page(&rendered.title, &rendered.body, &state_json, later_css);
        let (body, encoding) = crate::encoding::compress_page(html, headers);
        let mut res = (status, body).into_response();
        let h = res.headers_mut();
        if let Some(encoding) = encoding {
            h.insert(header::CONTENT_ENCODING, encoding);
        }
        h.insert(header::CONTENT_TYPE, HeaderValue::from_static("text/html; charset=utf-8"));
        // The page holds the person's answers: no cache anywhere may keep it.
        h.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
        h.insert(header::VARY, HeaderValue::from_static("accept-encoding, cookie, accept-language"));
        if let Ok(v) = HeaderValue::from_str(&tag) {
            h.insert(header::CONTENT_LANGUAGE, v);
        }
        res
    }

    /// "We could not read your answers" on the start page (with Start again and the phone
    /// number in the footer), a 400, and the unreadable cookie forgotten.
    fn unreadable(&self, headers: &HeaderMap) -> Response {
        let state = PageState { error: true, ..Default::default() };
        let mut res = self.render(headers, "/", state, StatusCode::BAD_REQUEST);
        res.headers_mut().insert(header::SET_COOKIE, journey_cookie::clear(self.secure));
        res
    }

    fn misplaced(&self, path: &str, journey: &JourneyData) -> Option<String> {
        let needs_journey = ["/questions/", "/urgent/", "/check", "/results", "/handover"];
        if journey.perspective.is_none() && needs_journey.iter().any(|p| path.starts_with(p)) {
            return Some("/who".into());
        }
        let id = path.strip_prefix("/questions/")?;
        let q = &self.questionnaire;
        let shown = q.questions.iter().any(|x| x.id == id) && q.is_shown(id, &journey.answers);
        (!shown).then(|| app::step::first_step(q, journey))
    }

    /// `https://host` (or `http://` without TLS) for the hand-over link; only a plain host name
    /// is taken from the request.
    fn origin(&self, headers: &HeaderMap) -> String {
        let host = headers.get(header::HOST).and_then(|h| h.to_str().ok()).unwrap_or("");
        let plain = !host.is_empty() && host.bytes().all(|b| b.is_ascii_alphanumeric() || b"-.:[]".contains(&b));
        match plain {
            true => format!("{}://{host}", if self.secure { "https" } else { "http" }),
            false => String::new(),
        }
    }
}
