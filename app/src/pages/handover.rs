//! "Continue on another device or with someone else": the journey as a code to read aloud
//! or type, a link (its `#resume=` fragment never reaches the server) and a QR code drawn on
//! the device. And `/resume`, which opens a link or takes a typed code (one made before the
//! questionnaire changed is read with that version's shape, and what changed is listed).

use std::sync::Arc;

use assessment::handover::{self, Decoded, Handover, HandoverError};
use assessment::{Perspective, Questionnaire};
use leptos::prelude::*;
use leptos_router::hooks::use_navigate;
use leptos_router::NavigateOptions;

use crate::components::back_link::BackLink;
use crate::components::error_summary::ErrorSummary;
use crate::components::gate::QuestionnaireGate;
use crate::components::heading::{focus_on_mount, use_title};
use crate::i18n::{available_locales, use_i18n};
use crate::journey::{navigation, use_journey, Journey};

fn locale_tags() -> Vec<String> {
    available_locales().into_iter().map(|l| l.tag).collect()
}

/// The journey as it stands now.
fn current(journey: Journey, q: &Questionnaire, locale: String) -> Handover {
    journey.data.with_untracked(|d| Handover {
        perspective: d.perspective.unwrap_or(Perspective::Myself),
        locale,
        step: navigation::first_unanswered(q, &d.answers, &d.skipped).map(|x| x.id.clone()),
        answers: d.answers.clone(),
    })
}

/// An SVG of `text` as a QR code, drawn here so nothing is fetched.
fn qr_svg(text: &str) -> Option<String> {
    use qrcodegen::{QrCode, QrCodeEcc};
    let qr = QrCode::encode_text(text, QrCodeEcc::Medium).ok()?;
    let border = 4;
    let size = qr.size() + border * 2;
    let mut path = String::new();
    for y in 0..qr.size() {
        for x in 0..qr.size() {
            if qr.get_module(x, y) {
                path.push_str(&format!("M{},{}h1v1h-1z", x + border, y + border));
            }
        }
    }
    Some(format!(
        r##"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {size} {size}" shape-rendering="crispEdges" aria-hidden="true" focusable="false"><rect width="100%" height="100%" fill="#fff"/><path d="{path}" fill="#000"/></svg>"##
    ))
}

#[component]
pub fn HandoverPage() -> impl IntoView {
    let i18n = use_i18n();
    let journey = use_journey();
    let h1 = NodeRef::new();
    focus_on_mount(h1);
    use_title(i18n.tr("handover-title"), Signal::stored(false));
    let copied = RwSignal::new(false);

    view! {
        <BackLink href=Signal::derive(move || journey.first_step())/>
        <h1 class="heading-l" node_ref=h1 tabindex="-1">{i18n.tr("handover-title")}</h1>
        <QuestionnaireGate children={move |q: Arc<Questionnaire>| {
            let tags = locale_tags();
            let tags: Vec<&str> = tags.iter().map(String::as_str).collect();
            let h = current(journey, &q, i18n.locale.get_untracked());
            let code = handover::encode_code(&q, &tags, &h);
            let origin = page_origin();
            let link = format!("{origin}/resume#resume={}", handover::encode_link(&q, &h));
            // The QR carries the short code, not the long link: a full journey's link is
            // longer than a QR code can hold, and a picture is scanned on the spot anyway.
            let svg = qr_svg(&format!("{origin}/resume#code={}", code.replace('-', ""))).unwrap_or_default();
            let link_for_copy = link.clone();
            view! {
                <p class="body">{i18n.tr("handover-intro")}</p>
                <div class="warning-text">
                    <span class="warning-text__icon" aria-hidden="true">"!"</span>
                    <strong class="warning-text__text">{i18n.tr("handover-warning")}</strong>
                </div>
                <div class="handover">
                    <h2 class="heading-m">{i18n.tr("handover-code-title")}</h2>
                    <p class="hint">{i18n.tr("handover-code-hint")}</p>
                    <p class="handover__code" dir="ltr" id="handover-code">{code}</p>
                    <h2 class="heading-m">{i18n.tr("handover-link-title")}</h2>
                    <p class="body"><a class="link" href=link.clone() id="handover-link">{i18n.tr("handover-link-text")}</a></p>
                    <button type="button" class="button button--secondary" on:click=move |_| {
                        let _ = window().navigator().clipboard().write_text(&link_for_copy);
                        copied.set(true);
                    }>{i18n.tr("handover-copy-link")}</button>
                    <p class="body" role="status">{move || copied.get().then(|| i18n.t("handover-copied"))}</p>
                    <h2 class="heading-m">{i18n.tr("handover-qr-title")}</h2>
                    <div class="qr" role="img" aria-label=i18n.tr("handover-qr-label") inner_html=svg></div>
                </div>
                <p class="body"><a class="link" href="/resume">{i18n.tr("handover-have-code")}</a></p>
            }
        }}/>
    }
}

/// The message for a code that cannot be opened (also the server's, without JavaScript).
pub fn error_message(e: HandoverError) -> &'static str {
    match e {
        HandoverError::Empty => "resume-error-empty",
        HandoverError::BadCharacter { .. } => "resume-error-character",
        HandoverError::Checksum | HandoverError::Corrupt => "resume-error-mistyped",
        HandoverError::TooShort => "resume-error-short",
        HandoverError::OtherVersion => "resume-error-version",
    }
}

/// Puts a handed-over journey in place and goes to its step.
fn restore(i18n: crate::i18n::I18n, journey: Journey, q: &Questionnaire, h: Handover) -> String {
    let staff = journey.is_staff();
    if staff {
        // A call handler opening a resident's code stays in staff mode, with a new call.
        journey.start_staff_call();
    } else {
        journey.clear();
    }
    journey.data.update(|d| {
        if !staff {
            d.perspective = Some(h.perspective);
        }
        d.answers = q.visible_answers(&h.answers);
        d.version = q.version.clone();
    });
    if i18n.locale.get_untracked() != h.locale && available_locales().iter().any(|l| l.tag == h.locale) {
        i18n.switch(h.locale.clone());
    }
    match h.step.filter(|s| q.is_shown(s, &journey.data.with_untracked(|d| d.answers.clone()))) {
        Some(step) => format!("/questions/{step}"),
        None => journey.first_step(),
    }
}

/// What the resume page shows besides the form.
#[derive(Clone, Copy)]
struct ResumeState {
    errors: RwSignal<Vec<(String, String)>>,
    /// Questions to check again because the questionnaire changed since the code or link was
    /// made; while there are any, the page lists them instead of moving on.
    recheck: RwSignal<Vec<String>>,
    /// Where "Carry on" goes once the list has been read.
    carry_on: RwSignal<String>,
    banner: NodeRef<leptos::html::Div>,
}

impl ResumeState {
    fn fail(self, i18n: crate::i18n::I18n, message: &str) {
        self.recheck.set(Vec::new());
        self.errors.set(vec![("resume-code".into(), i18n.t(message))]);
    }
}

/// Restores a link or code; goes straight to its step unless answers need checking again.
fn open(
    i18n: crate::i18n::I18n,
    journey: Journey,
    q: &Questionnaire,
    decoded: Decoded,
    state: ResumeState,
    navigate: impl Fn(&str, NavigateOptions) + 'static,
) {
    let mut decoded = decoded;
    decoded.needs_recheck = crate::journey::carry::after_handover(q, &decoded);
    let to = restore(i18n, journey, q, decoded.handover);
    state.errors.set(Vec::new());
    if !decoded.needs_recheck.is_empty() {
        // Made with earlier questions: the next pages (and Check your answers) say what to
        // check again, as for any journey the questions changed under.
        let removed = crate::journey::carry::any_removed(q, &decoded.needs_recheck);
        journey.data.update(|d| crate::journey::carry::tell(d, q, decoded.needs_recheck.clone(), removed));
    }
    if decoded.needs_recheck.is_empty() {
        // A frame later, so a link opened while this page renders does not navigate mid-render.
        request_animation_frame(move || navigate(&to, Default::default()));
    } else {
        state.carry_on.set(to);
        state.recheck.set(decoded.needs_recheck);
        // The list appears above the form: take the reader to it.
        request_animation_frame(move || {
            if let Some(el) = state.banner.get_untracked() {
                let _ = el.focus();
            }
        });
    }
}

/// Reads a typed or scanned code. One made with an earlier questionnaire is read with that
/// version's shape, fetched by its tag (the code itself never leaves the device), then
/// migrated as a link is.
fn read_code(
    i18n: crate::i18n::I18n,
    journey: Journey,
    q: Arc<Questionnaire>,
    code: String,
    state: ResumeState,
    navigate: impl Fn(&str, NavigateOptions) + Clone + 'static,
) {
    let tags = locale_tags();
    let refs: Vec<&str> = tags.iter().map(String::as_str).collect();
    let tag = match handover::decode_code(&q, &refs, &code) {
        Ok(h) => {
            let decoded = Decoded { handover: h, needs_recheck: Vec::new(), from_version: None };
            return open(i18n, journey, &q, decoded, state, navigate);
        }
        Err(HandoverError::OtherVersion) => match handover::code_tag(&code) {
            Ok(tag) => tag,
            Err(e) => return state.fail(i18n, error_message(e)),
        },
        Err(e) => return state.fail(i18n, error_message(e)),
    };
    leptos::task::spawn_local(async move {
        let refs: Vec<&str> = tags.iter().map(String::as_str).collect();
        match crate::api::shape(tag).await {
            Ok(Some(shape)) => match handover::decode_older_code(&shape, &q, &refs, &code) {
                Ok(decoded) => open(i18n, journey, &q, decoded, state, navigate),
                Err(e) => state.fail(i18n, error_message(e)),
            },
            Ok(None) => state.fail(i18n, error_message(HandoverError::OtherVersion)),
            Err(_) => state.fail(i18n, "resume-error-unreachable"),
        }
    });
}

#[component]
pub fn Resume() -> impl IntoView {
    let i18n = use_i18n();
    let journey = use_journey();
    let navigate = use_navigate();
    let h1 = NodeRef::new();
    focus_on_mount(h1);
    // A code the server could not open (sent without JavaScript) shows its message from the start.
    let sent_back =
        crate::page_state::FirstPageState::take_message().map(|m| vec![("resume-code".to_string(), i18n.t(&m))]);
    let state = ResumeState {
        errors: RwSignal::new(sent_back.unwrap_or_default()),
        recheck: RwSignal::new(Vec::new()),
        carry_on: RwSignal::new(String::new()),
        banner: NodeRef::new(),
    };
    let ResumeState { errors, recheck, carry_on, banner } = state;
    use_title(i18n.tr("resume-page-title"), Signal::derive(move || !errors.with(Vec::is_empty)));
    let typed = RwSignal::new(String::new());

    view! {
        <QuestionnaireGate children={move |q: Arc<Questionnaire>| {
            // A link: the payload is in the fragment, which never left this device (nor reaches
            // the server, whose page has none). Read once the page is in place (after
            // hydration, on a page the server rendered), so the page is first what it sent.
            #[cfg(not(feature = "ssr"))]
            {
                let q = q.clone();
                let navigate = navigate.clone();
                Effect::new(move |done: Option<()>| {
                    if done.is_some() {
                        return;
                    }
                    let hash = window().location().hash().unwrap_or_default();
                    if let Some(code) = hash.strip_prefix("#code=") {
                        // From a scanned QR code: the same as typing the code.
                        let _ = window().history().map(|h| h.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some("/resume")));
                        read_code(i18n, journey, q.clone(), code.to_string(), state, navigate.clone());
                    } else if let Some(payload) = hash.strip_prefix("#resume=") {
                        // Take the answers out of the address bar and history at once.
                        let _ = window().history().map(|h| h.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some("/resume")));
                        match handover::decode_link(&q, payload) {
                            Ok(decoded) => open(i18n, journey, &q, decoded, state, navigate.clone()),
                            Err(e) => state.fail(i18n, error_message(e)),
                        }
                    }
                });
            }
            let q_submit = q.clone();
            let navigate = navigate.clone();
            let submit = move |ev: leptos::ev::SubmitEvent| {
                ev.prevent_default();
                read_code(i18n, journey, q_submit.clone(), typed.get_untracked(), state, navigate.clone());
            };
            let q_recheck = q.clone();
            view! {
                <ErrorSummary errors=errors/>
                <Show when=move || !recheck.with(Vec::is_empty)>
                    {
                        let q = q_recheck.clone();
                        view! {
                            <div class="notification-banner" role="region" aria-labelledby="recheck-title" tabindex="-1" node_ref=banner>
                                <div class="notification-banner__title" id="recheck-title">{i18n.tr("notice-title")}</div>
                                <div class="notification-banner__content">
                                    <p class="body">{i18n.tr("resume-recheck")}</p>
                                    <ul class="list list--bullet">
                                        {
                                            let q = q.clone();
                                            move || recheck.get().into_iter().filter_map(|id| q.questions.iter().find(|x| x.id == id).cloned()).map(|x| {
                                                let args = crate::journey::wording::use_args();
                                                view! { <li><a class="link" href=format!("/questions/{}?change=1", x.id)>{move || i18n.t_args(&x.text, &args.get())}</a></li> }
                                            }).collect_view()
                                        }
                                    </ul>
                                    <div class="button-group">
                                        <a class="button" role="button" draggable="false" href=move || carry_on.get()>{i18n.tr("resume-button")}</a>
                                        <a class="button button--secondary" role="button" draggable="false" href="/check">{i18n.tr("resume-go-check")}</a>
                                    </div>
                                </div>
                            </div>
                        }
                    }
                </Show>
                <form method="post" action="/resume" on:submit=submit novalidate>
                    <div class="form-group" class=("form-group--error", move || !errors.with(Vec::is_empty))>
                        <h1 class="heading-l" node_ref=h1 tabindex="-1">
                            <label for="resume-code">{i18n.tr("resume-page-title")}</label>
                        </h1>
                        <div class="hint" id="resume-code-hint">{i18n.tr("resume-hint")}</div>
                        {move || errors.with(|e| e.first().map(|(_, m)| m.clone())).map(|m| view! {
                            <p class="error-message" id="resume-code-error">
                                <span class="visually-hidden">{i18n.tr("error-prefix")}" "</span>{m}
                            </p>
                        })}
                        <input
                            class="input handover__input"
                            id="resume-code"
                            name="code"
                            type="text"
                            dir="ltr"
                            autocomplete="off"
                            autocapitalize="characters"
                            spellcheck="false"
                            aria-describedby=move || if errors.with(Vec::is_empty) { "resume-code-hint".to_string() } else { "resume-code-hint resume-code-error".to_string() }
                            prop:value=move || typed.get()
                            on:input=move |ev| typed.set(event_target_value(&ev))
                        />
                    </div>
                    <button type="submit" class="button">{i18n.tr("continue")}</button>
                </form>
            }
        }}/>
    }
}

/// Where this service is, for the link and QR code: the browser's address, or on the server
/// the one the request came to (`PageOrigin`).
fn page_origin() -> String {
    #[cfg(feature = "ssr")]
    return use_context::<crate::ssr::PageOrigin>().map(|o| o.0).unwrap_or_default();
    #[cfg(not(feature = "ssr"))]
    window().location().origin().unwrap_or_default()
}
