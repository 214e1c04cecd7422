//! Whether the app runs in this page yet. The server renders, and the browser hydrates,
//! exactly the same markup; what only works with the app (saving on the device, copy, print,
//! the name field's reveal) appears once `true`, right after hydration.

use leptos::prelude::*;

#[derive(Clone, Copy)]
pub struct Hydrated(pub RwSignal<bool>);

/// `false` on the server and while hydrating; `true` from then on in the browser.
pub fn use_hydrated() -> Signal<bool> {
    use_context::<Hydrated>().map_or(Signal::stored(false), |h| h.0.into())
}

/// `true` until the app runs: for `class:needs-app=…` on a control that only works with the
/// app (`style/base.css`). It keeps its place, so nothing moves when it appears.
pub fn until_hydrated() -> impl Fn() -> bool + Copy + Send + Sync + 'static {
    let hydrated = use_hydrated();
    move || !hydrated.get()
}
