//! Every word the app shows comes through here, from the active language's Fluent file.
//!
//! Only the chosen language is downloaded; `<html lang dir>` follows it. Negotiation: the
//! person's explicit choice (remembered on the device unless in staff mode) > the browser's
//! `navigator.languages` > en-GB.

mod negotiate;

use std::rc::Rc;

use fluent_bundle::{FluentArgs, FluentBundle, FluentResource, FluentValue};
use leptos::prelude::*;
use unic_langid::LanguageIdentifier;

pub use negotiate::{available_locales, remember_choice, set_language_cookie, Locale, Locales, LANGUAGE_COOKIE};
#[cfg(not(feature = "ssr"))]
pub use negotiate::{choice_only_on_device, locales_from_page, negotiate};

pub const SOURCE_LOCALE: &str = "en-GB";

pub type Bundle = FluentBundle<FluentResource>;

#[derive(Clone, Copy)]
pub struct I18n {
    /// The active language tag, e.g. `pl`.
    pub locale: RwSignal<String>,
    bundle: RwSignal<Option<Rc<Bundle>>, LocalStorage>,
    /// English words the active language's file carries for its pages to show beside its own:
    /// the "translation not yet checked" notice, present only while that language's
    /// safety-critical messages are not all reviewed (decided by the build; see
    /// `components/unchecked_notice.rs`). Always `None` in en-GB.
    source_part: RwSignal<Option<Rc<Bundle>>, LocalStorage>,
    /// A download of a language file failed (shown with a retry on the page).
    pub failed: RwSignal<bool>,
    /// The later pages' words are wanted (the questions have begun), so a language switch
    /// fetches them too; and whether the active bundle has them.
    later_wanted: RwSignal<bool>,
    later_loaded: RwSignal<bool>,
}

impl I18n {
    pub fn new() -> I18n {
        I18n {
            locale: RwSignal::new(SOURCE_LOCALE.to_string()),
            bundle: RwSignal::new_local(None),
            source_part: RwSignal::new_local(None),
            failed: RwSignal::new(false),
            later_wanted: RwSignal::new(false),
            later_loaded: RwSignal::new(false),
        }
    }

    /// Words that are here before the first render (the server's; the browser's, fetched
    /// before it hydrates).
    /// `with_later`: the words include the later pages' ones.
    pub fn install(&self, tag: &str, words: (Rc<Bundle>, Option<Rc<Bundle>>), with_later: bool) {
        self.locale.set(tag.to_string());
        self.bundle.set(Some(words.0));
        self.source_part.set(words.1);
        self.later_loaded.set(with_later);
    }

    /// A message or attribute (`id` or `id.attribute`) with no variables.
    pub fn t(&self, id: &str) -> String {
        self.format(id, None)
    }

    /// `t` as a view's text or attribute that follows the language: `{i18n.tr("start-title")}`
    /// does what `{i18n.tr("start-title")}` does, but every message shares this one
    /// closure type, so the browser bundle carries its rendering code once rather than once
    /// per message.
    pub fn tr(self, id: &'static str) -> impl Fn() -> String + Copy + Send + Sync + 'static {
        move || self.t(id)
    }

    /// A message with variables.
    pub fn t_with(&self, id: &str, args: &[(&str, FluentValue<'static>)]) -> String {
        let mut fa = FluentArgs::new();
        for (k, v) in args {
            fa.set(*k, v.clone());
        }
        self.format(id, Some(&fa))
    }

    /// A message with string variables (e.g. the journey's `$perspective` and `$name`).
    pub fn t_args(&self, id: &str, args: &[(&'static str, String)]) -> String {
        let mut fa = FluentArgs::new();
        for (k, v) in args {
            fa.set(*k, FluentValue::from(v.clone()));
        }
        self.format(id, Some(&fa))
    }

    fn format(&self, id: &str, args: Option<&FluentArgs>) -> String {
        self.bundle.with(|b| format_in(b.as_deref(), id, args))
    }

    /// Whether the active language's file carries English words to show beside its own (the
    /// "translation not yet checked" notice).
    pub fn has_source_part(&self) -> bool {
        self.source_part.with(Option::is_some)
    }

    /// A message from those English words, in en-GB (mark its element `lang="en-GB"`).
    pub fn t_source_with(&self, id: &str, args: &[(&str, FluentValue<'static>)]) -> String {
        let mut fa = FluentArgs::new();
        for (k, v) in args {
            fa.set(*k, v.clone());
        }
        self.source_part.with(|b| format_in(b.as_deref(), id, Some(&fa)))
    }

    /// Adds the later pages' words (`routes.ftl`) to the active language, once; from now on a
    /// language switch brings them too.
    pub async fn load_later(self) -> Result<(), String> {
        self.later_wanted.set(true);
        if self.later_loaded.get_untracked() {
            return Ok(());
        }
        let tag = self.locale.get_untracked();
        let resource = fetch_resource(&tag, true).await?;
        // The words on screen do not change (these messages were not there), so no re-render.
        let mut added = false;
        self.bundle.update_untracked(|b| {
            if let Some(bundle) = b.as_mut().and_then(Rc::get_mut) {
                bundle.add_resource_overriding(resource);
                added = true;
            }
        });
        // A switch to another language meanwhile brings its own (later_wanted is set).
        if added && self.locale.get_untracked() == tag {
            self.later_loaded.set(true);
        }
        Ok(())
    }

    /// Downloads a language and makes it active. Keeps the old one if the download fails.
    pub fn switch(self, tag: String) {
        leptos::task::spawn_local(async move {
            let with_later = self.later_wanted.get_untracked();
            match load_bundle(&tag, with_later).await {
                Ok((bundle, source)) => {
                    self.later_loaded.set(with_later);
                    self.source_part.set(source.map(Rc::new));
                    self.bundle.set(Some(Rc::new(bundle)));
                    self.failed.set(false);
                    set_document_language(&tag);
                    self.locale.set(tag);
                }
                Err(e) => {
                    leptos::logging::warn!("cannot load language {tag}: {e}");
                    self.failed.set(true);
                }
            }
        });
    }
}

/// One message of `bundle` (none yet: empty).
fn format_in(bundle: Option<&Bundle>, id: &str, args: Option<&FluentArgs>) -> String {
    let Some(bundle) = bundle else { return String::new() };
    let (msg_id, attr) = match id.split_once('.') {
        Some((m, a)) => (m, Some(a)),
        None => (id, None),
    };
    let pattern = bundle.get_message(msg_id).and_then(|m| match attr {
        Some(a) => m.get_attribute(a).map(|a| a.value()),
        None => m.value(),
    });
    match pattern {
        Some(p) => {
            let mut errors = Vec::new();
            let text = bundle.format_pattern(p, args, &mut errors).into_owned();
            if !errors.is_empty() {
                leptos::logging::warn!("fluent: {id}: {errors:?}");
            }
            text
        }
        None => {
            // The build-time gates make this unreachable; show the id rather than nothing.
            leptos::logging::warn!("fluent: missing message {id}");
            id.to_string()
        }
    }
}

/// A language's words, fetched: the first pages' and, `with_later`, the later pages' too
/// (otherwise a later page adds them when it is first shown).
pub async fn load_words(tag: &str, with_later: bool) -> Result<(Bundle, Option<Bundle>), String> {
    load_bundle(tag, with_later).await
}

/// A language's words, and the English ones its file carries (see `I18n::source_part`).
async fn load_bundle(tag: &str, with_later: bool) -> Result<(Bundle, Option<Bundle>), String> {
    let later = async {
        match with_later {
            true => fetch_text(tag, true).await.map(Some),
            false => Ok(None),
        }
    };
    // The two files download side by side.
    let (text, later) = futures::future::join(fetch_text(tag, false), later).await;
    words(tag, text?, later?)
}

/// A language's bundle from the text of its file (and of its later pages' file), and the
/// English words the file carries after the build's marker line, as an en-GB bundle of their own.
pub fn words(tag: &str, text: String, later: Option<String>) -> Result<(Bundle, Option<Bundle>), String> {
    let langid: LanguageIdentifier = tag.parse().map_err(|_| "bad language tag")?;
    let mut bundle = FluentBundle::new(vec![langid]);
    let marker = format!("\n{}\n", assessment::locale::SOURCE_PART);
    let (own, english) = match text.split_once(&marker) {
        Some((own, english)) => (own.to_string(), Some(english.to_string())),
        None => (text, None),
    };
    let _ = bundle.add_resource(resource(own));
    if let Some(later) = later {
        let _ = bundle.add_resource(resource(later));
    }
    let source = english.map(|text| {
        let langid: LanguageIdentifier = SOURCE_LOCALE.parse().expect("en-GB is a language tag");
        let mut source = FluentBundle::new(vec![langid]);
        let _ = source.add_resource(resource(text));
        source
    });
    Ok((bundle, source))
}

/// One of a language's two Fluent files: everything but the later pages' words, or those.
async fn fetch_resource(tag: &str, later: bool) -> Result<FluentResource, String> {
    Ok(resource(fetch_text(tag, later).await?))
}

async fn fetch_text(tag: &str, later: bool) -> Result<String, String> {
    let locale = available_locales().into_iter().find(|l| l.tag == tag).ok_or("unknown locale")?;
    let url = if later { locale.later.ok_or("no later file")? } else { locale.file };
    let res = gloo_net::http::Request::get(&url).send().await.map_err(|e| e.to_string())?;
    if !res.ok() {
        return Err(format!("HTTP {}", res.status()));
    }
    res.text().await.map_err(|e| e.to_string())
}

/// A syntax error in one message should not take the others down with it.
fn resource(text: String) -> FluentResource {
    FluentResource::try_new(text).unwrap_or_else(|(partial, _)| partial)
}

fn set_document_language(tag: &str) {
    if let Some(html) = document().document_element() {
        let _ = html.set_attribute("lang", tag);
        let _ = html.set_attribute("dir", if assessment::locale::is_rtl(tag) { "rtl" } else { "ltr" });
    }
}

/// The app's one way to get words: `let i18n = use_i18n(); i18n.t("start-title")`.
pub fn use_i18n() -> I18n {
    expect_context::<I18n>()
}
