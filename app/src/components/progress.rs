use leptos::prelude::*;

use crate::i18n::use_i18n;
use crate::journey::navigation::Progress;

/// "Section 2 of 6" and a bar that grows with the questions on this person's path.
#[component]
pub fn ProgressIndicator(progress: Progress) -> impl IntoView {
    let i18n = use_i18n();
    let Progress { section, sections, done, total } = progress;
    let text = move || i18n.t_with("progress-section", &[("section", section.into()), ("sections", sections.into())]);
    view! {
        <div class="progress">
            <p class="progress__text body-s" id="progress-text">{text}</p>
            <progress class="progress__bar" max=total value=done aria-labelledby="progress-text"></progress>
        </div>
    }
}
