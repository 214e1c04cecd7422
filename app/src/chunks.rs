//! Pages most people reach only near the end of a journey (or never) are split into their own
//! wasm chunks, so the first load carries the start page and the questions and little else.
//! `cargo xtask build` cuts the chunks (wasm-split, `xtask/src/split.rs`) and puts the styles
//! and words only these pages use (`style/later/`, `locales/*/routes.ftl`) in files of their
//! own; once someone reaches the first question, `preload_later_pages` fetches them all in the
//! background, so they are ready before anyone needs them (and still there if the connection
//! drops mid-journey). A later page is shown only once its chunk, styles and words are here.
//!
//! Leptos's `#[lazy_route]` panics when a chunk cannot be fetched, and a panic stops the whole
//! app. These pages load their chunk "fallibly" instead: if it cannot be fetched, the person sees
//! the same "We cannot reach the service" message and Retry as everywhere else, with every
//! answer still on the page.

use std::future::Future;
use std::pin::Pin;

use leptos::prelude::*;
use leptos::wasm_split::{wasm_split, SplitLoaderError};
use leptos_router::LazyRoute;
use send_wrapper::SendWrapper;

use crate::components::gate::Unreachable;
use crate::i18n::{use_i18n, I18n};
use crate::pages::{check, handover, results, urgent};

/// A chunk could not be fetched (offline, or the server went away).
pub struct ChunkMissing;

impl From<SplitLoaderError> for ChunkMissing {
    fn from(_: SplitLoaderError) -> Self {
        ChunkMissing
    }
}

type LoadPage = fn() -> Pin<Box<dyn Future<Output = Result<AnyView, ChunkMissing>>>>;

/// The page once its chunk, styles and words are here; otherwise the Retry message, which
/// tries again in place.
async fn page_or_retry(load: LoadPage, i18n: Option<I18n>) -> AnyView {
    match load_later_page(load, i18n).await {
        Ok(page) => page,
        Err(ChunkMissing) => view! { <RetryChunk load i18n/> }.into_any(),
    }
}

async fn load_later_page(load: LoadPage, i18n: Option<I18n>) -> Result<AnyView, ChunkMissing> {
    with_later_parts(load(), i18n).await
}

/// Awaits `chunk` (a page's code, or the page built from it) together with the later pages'
/// styles and words.
async fn with_later_parts<T>(
    chunk: impl Future<Output = Result<T, ChunkMissing>>,
    i18n: Option<I18n>,
) -> Result<T, ChunkMissing> {
    // The stylesheet starts now, before the chunk is awaited, so they download together.
    let styles = start_later_styles();
    let chunk = chunk.await;
    // Awaited even when the chunk failed: a failed stylesheet must be forgotten so that Retry
    // starts it again.
    let styled = later_styles_loaded(styles).await;
    let words = match i18n {
        Some(i18n) => i18n.load_later().await,
        None => Ok(()),
    };
    let chunk = chunk?;
    styled?;
    words.map_err(|_| ChunkMissing)?;
    Ok(chunk)
}

/// Fetches the code and styles of the later page at `path` (a page the server rendered,
/// loaded directly), so that the app can hydrate it in place. `Err` if they cannot be fetched:
/// the server's page then stays as it is, without the app. The paths are the route table's
/// (`lib.rs`); a path that is not a later page needs nothing.
pub async fn load_later_page_at(path: &str) -> Result<(), ChunkMissing> {
    let chunk: Pin<Box<dyn Future<Output = Result<(), SplitLoaderError>>>> = match path {
        p if p.starts_with("/urgent/") => Box::pin(preload_urgent()),
        "/check" => Box::pin(preload_check()),
        "/results" => Box::pin(preload_results()),
        "/handover" => Box::pin(preload_handover()),
        "/resume" => Box::pin(preload_resume()),
        _ => return Ok(()),
    };
    with_later_parts(async { chunk.await.map_err(ChunkMissing::from) }, None).await
}

thread_local! {
    /// The later stylesheet's load, once started (a settled promise can be awaited again).
    static LATER_STYLES: std::cell::RefCell<Option<(web_sys::HtmlLinkElement, js_sys::Promise)>> =
        const { std::cell::RefCell::new(None) };
    /// The later stylesheet has loaded. Checked before awaiting its promise, because even a
    /// settled promise resolves only on a later tick, and a page being hydrated must be ready
    /// at once (`LazyRoute::preload`).
    static LATER_STYLES_READY: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// Adds the later pages' stylesheet (named by the shell's `<meta name="later-css">`) if it is
/// not there yet; `None` for a shell without one (nothing to wait for).
fn start_later_styles() -> Option<js_sys::Promise> {
    use wasm_bindgen::JsCast;
    if let Some(promise) = LATER_STYLES.with_borrow(|s| s.as_ref().map(|(_, p)| p.clone())) {
        return Some(promise);
    }
    let doc = document();
    let href = doc.query_selector("meta[name=later-css]").ok().flatten()?.get_attribute("content")?;
    let link: web_sys::HtmlLinkElement = doc.create_element("link").ok()?.unchecked_into();
    link.set_rel("stylesheet");
    link.set_href(&href);
    // Settles with the `load` or `error` event; never rejects, so a load nobody awaits any more
    // (a page left before it arrived) is not an unhandled rejection.
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        link.set_onload(Some(&resolve));
        link.set_onerror(Some(&resolve));
    });
    doc.head()?.append_child(&link).ok()?;
    LATER_STYLES.with_borrow_mut(|s| *s = Some((link, promise.clone())));
    Some(promise)
}

/// Waits for the stylesheet. A failed load is forgotten (its `<link>` removed), so the next
/// attempt adds it again.
async fn later_styles_loaded(styles: Option<js_sys::Promise>) -> Result<(), ChunkMissing> {
    use wasm_bindgen::JsCast;
    let Some(promise) = styles else { return Ok(()) };
    if LATER_STYLES_READY.get() {
        return Ok(());
    }
    let event = wasm_bindgen_futures::JsFuture::from(promise).await;
    if event.is_ok_and(|e| e.unchecked_into::<web_sys::Event>().type_() == "load") {
        LATER_STYLES_READY.set(true);
        return Ok(());
    }
    if let Some((link, _)) = LATER_STYLES.with_borrow_mut(|s| s.take()) {
        link.remove();
    }
    Err(ChunkMissing)
}

#[component]
fn RetryChunk(load: LoadPage, i18n: Option<I18n>) -> impl IntoView {
    let attempt = RwSignal::new(0u32);
    move || {
        let retried = attempt.get() > 0;
        let on_retry = move || attempt.update(|n| *n += 1);
        Suspend::new(async move {
            match retried {
                // The browser is single-threaded; Suspend's `Send` bound is for servers.
                true => match SendWrapper::new(load_later_page(load, i18n)).await {
                    Ok(page) => page,
                    Err(ChunkMissing) => view! { <Unreachable on_retry/> }.into_any(),
                },
                false => view! { <Unreachable on_retry/> }.into_any(),
            }
        })
    }
}

/// Fetches the later pages' styles, words and every later page's chunk, one after another, once a journey has begun: by then the
/// first load is over, and the pages are ready before anyone asks for them, even if the connection
/// drops later. A failure here is ignored (the page retries when it is opened).
pub fn preload_later_pages() {
    static STARTED: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);
    if STARTED.swap(true, std::sync::atomic::Ordering::Relaxed) {
        return;
    }
    let i18n = use_i18n();
    leptos::task::spawn_local(async move {
        let _ = later_styles_loaded(start_later_styles()).await;
        let _ = i18n.load_later().await;
        let _ = preload_urgent().await;
        let _ = preload_check().await;
        let _ = preload_results().await;
        let _ = preload_handover().await;
        let _ = preload_resume().await;
    });
}

macro_rules! lazy_page {
    ($(#[$doc:meta])* $lazy:ident, $chunk:ident, $preload:ident, $view:path) => {
        $(#[$doc])*
        pub struct $lazy(Option<I18n>);

        #[wasm_split($chunk, fallible, wasm_split_path = ::leptos::wasm_split, preload($preload))]
        fn $chunk() -> Result<AnyView, ChunkMissing> {
            Ok($view().into_any())
        }

        impl LazyRoute for $lazy {
            // Called while the route is being matched, inside the app's owner (where the words
            // live); `use_context`, not `expect_context`: a panic would stop the whole app.
            fn data() -> Self {
                $lazy(use_context::<I18n>())
            }

            async fn view(this: Self) -> AnyView {
                page_or_retry(|| Box::pin($chunk()), this.0).await
            }

            // Awaited by the router before `view`: once the chunk, styles and words are here,
            // `view` is ready on its first poll. That is what lets a later page the server
            // rendered be hydrated in place (a view still pending at hydration would be built
            // afresh beside the server's copy). A failure is left to `view`, which offers Retry.
            async fn preload() {
                let chunk = async { $preload().await.map_err(ChunkMissing::from) };
                let _ = with_later_parts(chunk, use_context::<I18n>()).await;
            }
        }
    };
}

lazy_page!(
    /// "Check your answers".
    LazyCheck, check_page, preload_check, check::Check
);
lazy_page!(
    /// What may help, with the take-away summary and the staff case note.
    LazyResults, results_page, preload_results, results::Results
);
lazy_page!(
    /// "Continue on another device": code, link and QR drawing.
    LazyHandover, handover_page, preload_handover, handover::HandoverPage
);
lazy_page!(
    /// Typing a hand-over code.
    LazyResume, resume_page, preload_resume, handover::Resume
);
lazy_page!(
    /// Urgent help interrupting the questions.
    LazyUrgent, urgent_page, preload_urgent, urgent::Urgent
);
