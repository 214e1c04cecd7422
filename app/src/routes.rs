//! Pages most people reach only near the end of a journey (or never) are split into their own
//! wasm chunks, so the first load carries the start page and the questions and little else.
//! `cargo xtask build` cuts the chunks (wasm-split, `xtask/src/split.rs`); once someone reaches
//! the first question, `preload_later_pages` fetches them in the background, so they are ready
//! before anyone needs them (and still there if the connection drops mid-journey).
//!
//! Leptos's `#[lazy_route]` panics when a chunk cannot be fetched, and a panic stops the whole
//! app. These routes load their chunk "fallibly" instead: if it cannot be fetched, the person sees
//! the same "We cannot reach the service" message and Retry as everywhere else, with every
//! answer still on the page.

use std::future::Future;
use std::pin::Pin;

use leptos::prelude::*;
use leptos::wasm_split::{wasm_split, SplitLoaderError};
use leptos_router::LazyRoute;
use send_wrapper::SendWrapper;

use crate::components::gate::Unreachable;
use crate::pages::{check, handover, results, urgent};

/// A chunk could not be fetched (offline, or the server went away).
pub struct ChunkMissing;

impl From<SplitLoaderError> for ChunkMissing {
    fn from(_: SplitLoaderError) -> Self {
        ChunkMissing
    }
}

type LoadPage = fn() -> Pin<Box<dyn Future<Output = Result<AnyView, ChunkMissing>>>>;

/// The page once its chunk is here; otherwise the Retry message, which tries again in place.
async fn page_or_retry(load: LoadPage) -> AnyView {
    match load().await {
        Ok(page) => page,
        Err(ChunkMissing) => view! { <RetryChunk load/> }.into_any(),
    }
}

#[component]
fn RetryChunk(load: LoadPage) -> impl IntoView {
    let attempt = RwSignal::new(0u32);
    move || {
        let retried = attempt.get() > 0;
        let on_retry = move || attempt.update(|n| *n += 1);
        Suspend::new(async move {
            match retried {
                // The browser is single-threaded; Suspend's `Send` bound is for servers.
                true => match SendWrapper::new(load()).await {
                    Ok(page) => page,
                    Err(ChunkMissing) => view! { <Unreachable on_retry/> }.into_any(),
                },
                false => view! { <Unreachable on_retry/> }.into_any(),
            }
        })
    }
}

/// Fetches every later page's chunk, one after another, once a journey has begun: by then the
/// first load is over, and the pages are ready before anyone asks for them, even if the connection
/// drops later. A failure here is ignored (the page retries when it is opened).
pub fn preload_later_pages() {
    static STARTED: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);
    if STARTED.swap(true, std::sync::atomic::Ordering::Relaxed) {
        return;
    }
    leptos::task::spawn_local(async {
        let _ = preload_urgent().await;
        let _ = preload_check().await;
        let _ = preload_results().await;
        let _ = preload_handover().await;
        let _ = preload_resume().await;
    });
}

macro_rules! lazy_page {
    ($(#[$doc:meta])* $route:ident, $chunk:ident, $preload:ident, $view:path) => {
        $(#[$doc])*
        pub struct $route;

        #[wasm_split($chunk, fallible, wasm_split_path = ::leptos::wasm_split, preload($preload))]
        fn $chunk() -> Result<AnyView, ChunkMissing> {
            Ok($view().into_any())
        }

        impl LazyRoute for $route {
            fn data() -> Self {
                $route
            }

            async fn view(_this: Self) -> AnyView {
                page_or_retry(|| Box::pin($chunk())).await
            }
        }
    };
}

lazy_page!(
    /// "Check your answers".
    CheckRoute, check_page, preload_check, check::Check
);
lazy_page!(
    /// What may help, with the take-away summary and the staff case note.
    ResultsRoute, results_page, preload_results, results::Results
);
lazy_page!(
    /// "Continue on another device": code, link and QR drawing.
    HandoverRoute, handover_page, preload_handover, handover::HandoverPage
);
lazy_page!(
    /// Typing a hand-over code.
    ResumeRoute, resume_page, preload_resume, handover::Resume
);
lazy_page!(
    /// Urgent help interrupting the questions.
    UrgentRoute, urgent_page, preload_urgent, urgent::Urgent
);
