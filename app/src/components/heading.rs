//! Page titles and focus: after each step the new `h1` takes focus and a live region says
//! where the person is, so screen-reader users hear the change.

use leptos::prelude::*;

/// Sets `<title>`: "{page} – {service}"; prefixed "Error: " when the page shows errors.
pub fn use_title(page: impl Fn() -> String + Send + Sync + 'static, error: Signal<bool>) {
    let i18n = crate::i18n::use_i18n();
    let title = move || {
        let (page, service) = (page(), i18n.t("app-title"));
        // The start page's heading is the service name: do not say it twice.
        let title = if page == service { service } else { format!("{page} – {service}") };
        match error.get() {
            true => format!("{} {title}", i18n.t("error-prefix")),
            false => title,
        }
    };
    // The server writes it into the page's `<head>`.
    #[cfg(feature = "ssr")]
    if let Some(t) = use_context::<PageTitle>() {
        *t.0.lock().unwrap_or_else(|e| e.into_inner()) = title();
    }
    #[cfg(not(feature = "ssr"))]
    Effect::new(move |_| document().set_title(&title()));
}

/// The title of the page being rendered on the server.
#[cfg(feature = "ssr")]
#[derive(Clone, Default)]
pub struct PageTitle(pub std::sync::Arc<std::sync::Mutex<String>>);

/// Focuses the page's heading once it is in the document (not on the very first page load,
/// where focus belongs at the top of the page).
pub fn focus_on_mount(heading: NodeRef<leptos::html::H1>) {
    let first = use_context::<FirstPage>().map(|f| f.0);
    let is_first = first.is_some_and(|f| {
        let was = f.get_untracked();
        f.set(false);
        was
    });
    if is_first {
        return;
    }
    Effect::new(move |_| {
        if let Some(h) = heading.get() {
            // Effects run once the new page is mounted, so focus now: waiting for the next
            // frame would add up to a frame to every step. (Not yet in the document: the next
            // frame.)
            if h.is_connected() {
                let _ = h.focus();
            } else {
                request_animation_frame(move || {
                    let _ = h.focus();
                });
            }
        }
    });
}

/// True until the first page has rendered.
#[derive(Clone, Copy)]
pub struct FirstPage(pub RwSignal<bool>);

/// Text for the polite live region in the layout.
#[derive(Clone, Copy)]
pub struct Announcer(pub RwSignal<String>);

pub fn announce(text: String) {
    if let Some(a) = use_context::<Announcer>() {
        a.0.set(text);
    }
}
