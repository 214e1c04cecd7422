//! Pages rendered by the server, and the journey without JavaScript: forms in, redirects and
//! a sealed cookie out, the same rules as the app. Through the router, no socket.

mod common;

use axum::body::Body;
use axum::http::{header, Request, Response, StatusCode};
use http_body_util::BodyExt;
use proptest::prelude::*;
use server::session::SessionKey;
use server::Options;
use tower::ServiceExt;

struct Site {
    router: axum::Router,
    _root: tempfile::TempDir,
}

/// A built front end in miniature whose words are the app's real ones (and the test content's).
fn site() -> Site {
    let root = tempfile::tempdir().unwrap();
    let dist = root.path().join("dist");
    std::fs::create_dir_all(dist.join("locales")).unwrap();
    for tag in ["en-GB", "ar"] {
        let app = std::fs::read_to_string(format!("../locales/{tag}/app.ftl")).unwrap();
        std::fs::write(dist.join(format!("locales/{tag}.ftl")), format!("{app}\n{}", common::MESSAGES)).unwrap();
    }
    let shell = |lang: &str, dir: &str| {
        format!(
            "<!doctype html><html lang=\"{lang}\" dir=\"{dir}\"><head><meta name=\"app-locales\" \
             content=\"en-GB|English|/locales/en-GB.ftl;ar|العربية|/locales/ar.ftl\">\
             <meta name=\"exit-url\" content=\"https://www.bbc.co.uk/weather\"><title>Shell</title></head>\
             <body><div id=\"loading\"></div></body></html>"
        )
    };
    std::fs::write(dist.join("index.html"), shell("en-GB", "ltr")).unwrap();
    std::fs::write(dist.join("index.ar.html"), shell("ar", "rtl")).unwrap();
    let state = common::state();
    let options = Options { behind_tls: false, rate_limit: None };
    let index = shell("en-GB", "ltr");
    let pages =
        server::pages_for(&state, &dist, index.as_bytes(), SessionKey::random(), options).expect("the shell reads");
    let router = server::app_with_pages(state, &dist, index.into(), options, Some(pages));
    Site { router, _root: root }
}

impl Site {
    async fn send(&self, req: Request<Body>) -> Response<Body> {
        self.router.clone().oneshot(req).await.unwrap()
    }

    async fn get(&self, uri: &str, cookie: &str) -> Response<Body> {
        self.send(Request::get(uri).header(header::COOKIE, cookie).body(Body::empty()).unwrap()).await
    }

    async fn post(&self, uri: &str, form: &str, cookie: &str) -> Response<Body> {
        let req = Request::post(uri)
            .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
            .header(header::COOKIE, cookie)
            .body(Body::from(form.to_string()))
            .unwrap();
        self.send(req).await
    }
}

async fn text(res: Response<Body>) -> String {
    String::from_utf8(res.into_body().collect().await.unwrap().to_bytes().to_vec()).unwrap()
}

fn location(res: &Response<Body>) -> String {
    res.headers().get(header::LOCATION).map(|v| v.to_str().unwrap().to_string()).unwrap_or_default()
}

/// The `name=value` of the journey cookie the response sets.
fn journey_cookie(res: &Response<Body>) -> String {
    res.headers()
        .get_all(header::SET_COOKIE)
        .iter()
        .map(|v| v.to_str().unwrap())
        .find(|v| v.starts_with("journey="))
        .map(|v| v.split(';').next().unwrap().to_string())
        .unwrap_or_default()
}

#[tokio::test]
async fn the_start_page_is_complete_html_in_the_browsers_language_and_never_cached() {
    let site = site();
    let res = site.get("/", "").await;
    assert_eq!(res.status(), StatusCode::OK);
    assert_eq!(res.headers()[header::CACHE_CONTROL], "no-store");
    assert!(res.headers().get(header::CONTENT_ENCODING).is_none(), "compressed only when asked");
    let html = text(res).await;
    assert!(html.contains("<h1") && html.contains("Start now"), "{html}");
    assert!(!html.contains("id=\"loading\""), "the placeholder is replaced by the page");
    assert!(html.contains("<script type=\"application/json\" id=\"page-state\">"));

    let req = Request::get("/who").header(header::ACCEPT_LANGUAGE, "ar-EG,ar;q=0.9").body(Body::empty()).unwrap();
    let html = text(site.send(req).await).await;
    assert!(html.starts_with("<!doctype html><html lang=\"ar\" dir=\"rtl\">"), "{}", &html[..80]);
}

#[tokio::test]
async fn pages_are_compressed_for_browsers_that_accept_it() {
    let site = site();
    let req = Request::get("/").header(header::ACCEPT_ENCODING, "gzip, deflate, br").body(Body::empty()).unwrap();
    let res = site.send(req).await;
    assert_eq!(res.headers()[header::CONTENT_ENCODING], "br");
    let mut html = Vec::new();
    let bytes = res.into_body().collect().await.unwrap().to_bytes();
    brotli::BrotliDecompress(&mut bytes.as_ref(), &mut html).unwrap();
    assert!(String::from_utf8(html).unwrap().contains("Start now"));
}

#[tokio::test]
async fn a_whole_journey_without_javascript_reaches_results() {
    let site = site();
    let res = site.post("/who", "who=self", "").await;
    assert_eq!((res.status(), location(&res)), (StatusCode::SEE_OTHER, "/questions/meals".to_string()));
    let mut cookie = journey_cookie(&res);
    assert!(cookie.len() > 20, "the journey travels in the cookie");
    assert!(res.headers()[header::SET_COOKIE].to_str().unwrap().contains("HttpOnly; SameSite=Strict"));

    for (question, form, next) in [
        ("meals", "answer=yes", "/questions/meals-help"),
        ("meals-help", "answer=a-lot", "/questions/worries"),
        ("worries", "answer=money&answer=memory", "/questions/notes"),
        ("notes", "answer=", "/check"),
    ] {
        let page = text(site.get(&format!("/questions/{question}"), &cookie).await).await;
        assert!(page.contains(&format!("action=\"/questions/{question}\"")), "{question}: {page}");
        let res = site.post(&format!("/questions/{question}"), form, &cookie).await;
        assert_eq!((res.status(), location(&res)), (StatusCode::SEE_OTHER, next.to_string()), "{question}");
        cookie = journey_cookie(&res);
    }
    let check = text(site.get("/check", &cookie).await).await;
    assert!(check.contains("A lot") && check.contains("Money, Memory"), "{check}");
    let results = text(site.get("/results", &cookie).await).await;
    assert!(results.contains("A needs assessment") && results.contains("tel:"), "{results}");
    assert!(results.contains("You told us you need help with meals."));
}

#[tokio::test]
async fn an_unanswered_question_comes_back_with_its_error() {
    let site = site();
    let cookie = journey_cookie(&site.post("/who", "who=self", "").await);
    let res = site.post("/questions/meals", "", &cookie).await;
    assert_eq!(res.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let html = text(res).await;
    assert!(html.contains("<title>Error: "), "{html}");
    assert!(html.contains("class=\"error-summary\"") && html.contains("id=\"answer-error\""));
    let res = site.post("/who", "", "").await;
    assert_eq!(res.status(), StatusCode::UNPROCESSABLE_ENTITY);
}

#[tokio::test]
async fn a_page_out_of_turn_goes_where_the_person_is() {
    let site = site();
    assert_eq!(location(&site.get("/questions/meals", "").await), "/who", "no journey yet");
    let cookie = journey_cookie(&site.post("/who", "who=self", "").await);
    assert_eq!(
        location(&site.get("/questions/meals-help", &cookie).await),
        "/questions/meals",
        "hidden by its condition"
    );
    assert_eq!(location(&site.get("/questions/no-such", &cookie).await), "/questions/meals");
}

#[tokio::test]
async fn a_tampered_cookie_or_form_gets_a_clear_page_never_a_5xx_nor_answers() {
    let site = site();
    let cookie = journey_cookie(&site.post("/who", "who=other&name=Zebedee", "").await);
    let mut tampered = cookie.clone();
    tampered.replace_range(tampered.len() - 5..tampered.len() - 4, "A");
    for bad in [tampered, "journey=".to_string(), "journey=%%%".to_string(), format!("{}x", cookie)] {
        let res = site.get("/check", &bad).await;
        assert_eq!(res.status(), StatusCode::BAD_REQUEST, "{bad}");
        assert!(res.headers()[header::SET_COOKIE].to_str().unwrap().contains("Max-Age=0"), "the cookie is forgotten");
        let html = text(res).await;
        assert!(html.contains("We could not read your answers"), "{html}");
        assert!(!html.contains("Zebedee"));
    }
    // Options the question does not offer.
    let res = site.post("/questions/meals", "answer=perhaps", &cookie).await;
    assert_eq!(res.status(), StatusCode::BAD_REQUEST);
    let res = site.post("/questions/meals", "answer=yes&answer=no", &cookie).await;
    assert_eq!(res.status(), StatusCode::BAD_REQUEST);
    let res = site.post("/who", "who=martian", "").await;
    assert_eq!(res.status(), StatusCode::BAD_REQUEST);
}

#[tokio::test]
async fn forms_from_another_site_are_refused() {
    let site = site();
    let req = Request::post("/who")
        .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
        .header("sec-fetch-site", "cross-site")
        .body(Body::from("who=self"))
        .unwrap();
    assert_eq!(site.send(req).await.status(), StatusCode::FORBIDDEN);
}

#[tokio::test]
async fn the_language_buttons_go_back_to_the_same_page_in_that_language_and_only_to_this_site() {
    let site = site();
    let res = site.post("/language", "lang=ar&back=%2Fwho", "").await;
    assert_eq!((res.status(), location(&res)), (StatusCode::SEE_OTHER, "/who".to_string()));
    assert!(res.headers()[header::SET_COOKIE].to_str().unwrap().starts_with("lang=ar;"));
    let html = text(site.get("/who", "lang=ar").await).await;
    assert!(html.contains("<html lang=\"ar\" dir=\"rtl\">"));
    for back in ["%2F%2Fevil.example", "https%3A%2F%2Fevil.example"] {
        let res = site.post("/language", &format!("lang=ar&back={back}"), "").await;
        assert_eq!(location(&res), "/", "{back}");
    }
    assert_eq!(site.post("/language", "lang=xx&back=%2F", "").await.status(), StatusCode::BAD_REQUEST);
}

#[tokio::test]
async fn exit_this_page_forgets_the_journey_and_leaves() {
    let site = site();
    let cookie = journey_cookie(&site.post("/who", "who=self", "").await);
    let res = site.get("/exit", &cookie).await;
    assert_eq!((res.status(), location(&res)), (StatusCode::SEE_OTHER, "https://www.bbc.co.uk/weather".to_string()));
    assert!(res.headers()[header::SET_COOKIE].to_str().unwrap().contains("Max-Age=0"));
}

#[tokio::test]
async fn staff_mode_starts_a_call_with_a_reference() {
    let site = site();
    let res = site.get("/staff", "").await;
    assert_eq!(location(&res), "/questions/meals");
    let html = text(site.get("/questions/meals", &journey_cookie(&res)).await).await;
    assert!(html.contains("class=\"call-reference\""), "{html}");
}

#[tokio::test]
async fn an_unknown_address_is_the_apps_page_not_found_with_a_404() {
    let site = site();
    let res = site.get("/no/such/page", "").await;
    assert_eq!(res.status(), StatusCode::NOT_FOUND);
    assert!(text(res).await.contains("<h1"));
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 64, ..ProptestConfig::default() })]

    /// Whatever a form carries, the server answers with a page or a redirect, never a 5xx.
    #[test]
    fn any_form_body_gets_a_4xx_or_a_redirect_never_a_5xx(
        path in prop::sample::select(vec!["/who", "/questions/meals", "/questions/worries", "/questions/notes", "/language", "/resume", "/session"]),
        body in prop::collection::vec(any::<u8>(), 0..300),
        with_journey in any::<bool>(),
    ) {
        let rt = tokio::runtime::Builder::new_current_thread().enable_all().build().unwrap();
        rt.block_on(async {
            let site = site();
            let cookie = if with_journey { journey_cookie(&site.post("/who", "who=self", "").await) } else { String::new() };
            let req = Request::post(path)
                .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
                .header(header::COOKIE, cookie)
                .body(Body::from(body))
                .unwrap();
            let status = site.send(req).await.status();
            prop_assert!(!status.is_server_error(), "{path}: {status}");
            Ok(())
        })?;
    }
}

// ─────────────── the questions change while a journey is under way (issue 15) ───────────────

/// The journey an app still on the earlier questions ("test-0") hands the server
/// (`POST /session`, as it does on every change), and the cookie the server answers with.
async fn journey_from_earlier_questions(site: &Site, answers: &str) -> String {
    let body = format!(r#"{{"perspective":"self","version":"test-0","answers":{answers}}}"#);
    let req =
        Request::post("/session").header(header::CONTENT_TYPE, "application/json").body(Body::from(body)).unwrap();
    let res = site.send(req).await;
    assert_eq!(res.status(), StatusCode::NO_CONTENT);
    journey_cookie(&res)
}

const CHANGED: &str = "The questions have changed since you started";

#[tokio::test]
async fn a_journey_begun_on_earlier_questions_is_carried_forward_and_the_page_says_what_to_check() {
    let site = site();
    // "some" was an answer to `meals-help` in test-0; test-1 no longer offers it.
    let cookie =
        journey_from_earlier_questions(&site, r#"{"meals":"yes","meals-help":"some","worries":["money"]}"#).await;

    let res = site.get("/check", &cookie).await;
    assert_eq!(res.status(), StatusCode::OK);
    let carried = journey_cookie(&res);
    assert!(!carried.is_empty(), "the carried-forward journey is written back, so it is carried once");
    let html = text(res).await;
    assert!(html.contains(CHANGED) && html.contains("We have kept your answers"), "{html}");
    assert!(html.contains("href=\"/questions/meals-help?change=1\""), "the question to check is a link: {html}");
    assert!(!html.contains("no longer asked"), "nothing was taken out without a question to check");
    assert!(html.contains("\"version\":\"test-1\""), "the page's journey is on the current questions");
    assert!(html.contains("Money"), "what still fits is kept");

    // Read again: nothing more to carry, the notice stays until the answer is looked at.
    let res = site.get("/check", &carried).await;
    assert!(journey_cookie(&res).is_empty());
    assert!(text(res).await.contains(CHANGED));
    let res = site.post("/questions/meals-help?change=1", "answer=a-little", &carried).await;
    // On to what is still to do (the optional notes were never reached), as from Check.
    assert_eq!((res.status(), location(&res)), (StatusCode::SEE_OTHER, "/questions/notes?change=1".to_string()));
    let check = text(site.get("/check", &journey_cookie(&res)).await).await;
    assert!(!check.contains(CHANGED) && check.contains("A little"), "{check}");
}

#[tokio::test]
async fn a_form_sent_from_a_page_of_earlier_questions_is_never_refused() {
    let site = site();
    let cookie = journey_from_earlier_questions(&site, r#"{"meals":"yes"}"#).await;
    // The page showed test-0's options: "some" is not one of test-1's.
    let res = site.post("/questions/meals-help", "answer=some", &cookie).await;
    assert_eq!((res.status(), location(&res)), (StatusCode::SEE_OTHER, "/questions/meals-help".to_string()));
    let page = text(site.get("/questions/meals-help", &journey_cookie(&res)).await).await;
    assert!(page.contains(CHANGED) && page.contains("href=\"/questions/meals-help?change=1\""), "{page}");
    assert!(!page.contains("could not read your answers"));

    // A question since removed: its answer is taken out, said so, and the journey goes on.
    let res = site.post("/questions/falls", "answer=once", &cookie).await;
    assert_eq!((res.status(), location(&res)), (StatusCode::SEE_OTHER, "/questions/meals-help".to_string()));
    let page = text(site.get("/questions/meals-help", &journey_cookie(&res)).await).await;
    assert!(page.contains("no longer asked"), "{page}");
}

#[tokio::test]
async fn a_journey_with_answers_that_no_longer_fit_says_so_rather_than_dropping_them() {
    let site = site();
    let cookie = journey_from_earlier_questions(&site, r#"{"meals":"no","since-removed":"yes"}"#).await;
    let res = site.get("/questions/worries", &cookie).await;
    assert_eq!(res.status(), StatusCode::OK);
    let html = text(res).await;
    assert!(html.contains(CHANGED) && html.contains("no longer asked, so we have taken out those answers"), "{html}");
}

#[tokio::test]
async fn a_typed_code_from_earlier_questions_opens_without_javascript_and_says_what_to_check() {
    use assessment::handover::{self, Handover};
    use assessment::{Answer, Answers, Perspective};
    let site = site();
    // Made while "test-0" was current, by the built app's languages in its order; "some" is
    // no longer an answer to `meals-help`.
    let shape = common::state().content.archive[0].shape.clone();
    let answers: Answers = [("meals", Answer::One("yes".into())), ("meals-help", Answer::One("some".into()))]
        .into_iter()
        .map(|(k, v)| (k.to_string(), v))
        .collect();
    let h = Handover { perspective: Perspective::Myself, locale: "en-GB".into(), step: None, answers };
    let code = handover::encode_older_code(&shape, &["en-GB", "ar"], &h);

    let res = site.post("/resume", &format!("code={code}"), "").await;
    assert_eq!(res.status(), StatusCode::SEE_OTHER, "the code is opened, not refused");
    let to = location(&res);
    assert_eq!(to, "/questions/meals-help", "on to the first question without an answer");
    let page = text(site.get(&to, &journey_cookie(&res)).await).await;
    assert!(page.contains(CHANGED) && page.contains("href=\"/questions/meals-help?change=1\""), "{page}");
    assert!(page.contains("\"meals\":\"yes\""), "what still fits is kept: {page}");

    // A code of a version the service no longer keeps is still refused, with the message.
    let mut never_kept = shape.clone();
    never_kept.version = "test-never".into();
    never_kept.questions.retain(|q| q.id != "meals-help");
    let h = Handover { answers: [("meals".to_string(), Answer::One("yes".into()))].into_iter().collect(), ..h };
    let code = handover::encode_older_code(&never_kept, &["en-GB", "ar"], &h);
    let res = site.post("/resume", &format!("code={code}"), "").await;
    assert_eq!(res.status(), StatusCode::UNPROCESSABLE_ENTITY);
}
