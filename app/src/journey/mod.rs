//! The state of one journey: who it is for, the answers, where the person is. It travels with
//! the person: in the page, and in the encrypted session cookie the server sets (kept in step
//! by `server_copy`), so a reload or a page without JavaScript shows the same. It is written
//! to the device only when the person asks (never in staff mode).

pub mod carry;
pub mod navigation;
#[cfg(not(feature = "ssr"))]
mod server_copy;
pub mod step;
mod storage;
pub mod wording;

use std::sync::Arc;

use assessment::{Answers, Perspective, Questionnaire};
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

pub use carry::Changed;

/// Where the app sends the journey for the server's copy (`server_copy.rs`, `api::save_journey`);
/// an empty journey makes the server forget the cookie.
pub const SESSION_URL: &str = "/session";
pub use storage::SavedProblem;

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct JourneyData {
    pub perspective: Option<Perspective>,
    /// First name of the person helped, used only in wording. Never in an assessment request
    /// or a hand-over code; it travels only inside the sealed journey cookie (`POST /session`,
    /// SECURITY.md), like the answers, and is never stored or logged by the server.
    #[serde(default)]
    pub name: String,
    #[serde(default)]
    pub answers: Answers,
    /// Optional questions passed over without an answer (so they are not asked again).
    #[serde(default)]
    pub skipped: Vec<String>,
    /// Staff mode only: the reference of the call, made on this device.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub call_reference: String,
    /// Urgent routes whose screen was already shown: each shows once per journey, however
    /// many answers lead to it.
    #[serde(default)]
    pub urgent_routes: Vec<String>,
    /// The questionnaire version the answers were given to (set with each answer). Empty in a
    /// journey kept before versions were recorded, or with nothing answered yet.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub version: String,
    /// The questions changed while this journey was under way: what the person is asked to
    /// check again (`carry.rs`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub changed: Option<Changed>,
    /// What earlier versions of the app saved instead: the (question, option) urgent answers
    /// already shown. Read from a saved journey into `urgent_routes` (see `storage`), never
    /// written.
    #[serde(default, rename = "urgent_seen", skip_serializing)]
    legacy_urgent_seen: Vec<(String, String)>,
}

impl JourneyData {
    /// Begun: the start page offers to carry on.
    pub fn under_way(&self) -> bool {
        self.perspective.is_some() || !self.answers.is_empty()
    }

    /// Marks the urgent route as shown; true the first time in this journey.
    pub fn first_sight_of(&mut self, route: &str) -> bool {
        if self.urgent_routes.iter().any(|r| r == route) {
            return false;
        }
        self.urgent_routes.push(route.to_string());
        true
    }

    /// Urgent answers saved by an earlier version of the app become the routes they led to.
    fn adopt_legacy_urgent(&mut self, q: &Questionnaire) {
        for (question, option) in std::mem::take(&mut self.legacy_urgent_seen) {
            let route = q.questions.iter().find(|x| x.id == question).and_then(|x| x.option(&option)?.urgent.clone());
            if let Some(r) = route {
                self.first_sight_of(&r);
            }
        }
    }
}

#[derive(Clone, Debug, PartialEq)]
pub enum Load<T> {
    Loading,
    Ready(T),
    Failed,
}

#[derive(Clone, Copy)]
pub struct Journey {
    pub data: RwSignal<JourneyData>,
    /// "Save my answers on this device" is on.
    pub save: RwSignal<bool>,
    pub questionnaire: RwSignal<Load<Arc<Questionnaire>>>,
    /// Why saved answers were discarded, shown once on the next page.
    pub notice: RwSignal<Option<SavedProblem>>,
    /// Saved answers found on this device, offered on the start page.
    pub resumable: RwSignal<bool>,
}

impl Journey {
    pub fn new() -> Journey {
        Journey {
            data: RwSignal::new(JourneyData::default()),
            save: RwSignal::new(false),
            questionnaire: RwSignal::new(Load::Loading),
            notice: RwSignal::new(None),
            resumable: RwSignal::new(false),
        }
    }

    /// A journey with everything here before the page renders (the server's, and the
    /// browser's when it hydrates the server's page).
    pub fn ready(data: JourneyData, q: Arc<Questionnaire>) -> Journey {
        let journey = Journey::new();
        journey.resumable.set(data.under_way());
        journey.data.set(data);
        journey.questionnaire.set(Load::Ready(q));
        journey
    }

    pub fn is_staff(&self) -> bool {
        self.data.with(|d| d.perspective == Some(Perspective::Staff))
    }

    /// Fetches the questionnaire (again, after a failure), then checks saved answers against it.
    pub fn load_questionnaire(self) {
        self.questionnaire.set(Load::Loading);
        leptos::task::spawn_local(async move {
            match crate::api::questionnaire().await {
                Ok(q) => {
                    self.restore_saved(&q);
                    self.questionnaire.set(Load::Ready(Arc::new(q)));
                }
                Err(_) => self.questionnaire.set(Load::Failed),
            }
        });
    }

    /// Once the server's page is hydrated: answers saved on the device, and saving them (and
    /// the server's copy) as the journey changes.
    pub fn after_hydration(self) {
        if let Load::Ready(q) = self.questionnaire.get_untracked() {
            self.restore_saved(&q);
        }
        self.keep_saved();
    }

    fn restore_saved(&self, q: &Questionnaire) {
        match storage::read(q) {
            // A journey under way (the page was rendered from it) is the one the person is on:
            // it is kept, and saving stays on for it.
            Ok(Some(_)) if self.data.with_untracked(|d| d.perspective.is_some()) => self.save.set(true),
            // Saved with questions that have changed since: the server carries the answers
            // forward (it keeps the earlier versions' shapes, `carry.rs`) and this page is
            // rendered again from them, saying what to check. Until then nothing is offered;
            // if the server cannot be reached, the saved answers stay for next time.
            #[cfg(not(feature = "ssr"))]
            Ok(Some(saved)) if saved.version != q.version => {
                self.save.set(true);
                leptos::task::spawn_local(async move {
                    if crate::api::save_journey(&saved).await.is_ok() {
                        let _ = window().location().reload();
                    }
                });
            }
            Ok(Some(saved)) => {
                self.resumable.set(!saved.answers.is_empty() || saved.perspective.is_some());
                self.data.set(saved);
                self.save.set(true);
            }
            Ok(None) => {}
            Err(problem) => {
                storage::clear();
                self.notice.set(Some(problem));
            }
        }
    }

    /// Writes to the device whenever the journey changes, only while saving is on; and keeps
    /// the server's copy in step.
    pub fn keep_saved(self) {
        #[cfg(not(feature = "ssr"))]
        server_copy::keep_in_step(self);
        Effect::new(move |_| {
            let save = self.save.get() && !self.is_staff();
            let version = self.questionnaire.with(|q| match q {
                Load::Ready(q) => Some(q.version.clone()),
                _ => None,
            });
            self.data.with(|data| match (save, version) {
                (true, Some(v)) => storage::write(&v, data),
                (false, Some(_)) => storage::clear(),
                _ => {}
            });
        });
    }

    /// A fresh journey for a new caller: staff wording, a new call reference, nothing saved.
    pub fn start_staff_call(&self) {
        self.clear();
        self.data.update(|d| {
            d.perspective = Some(Perspective::Staff);
            d.call_reference = new_call_reference();
        });
    }

    /// Where the journey goes on from: the first unanswered question, or Check your answers
    /// when all are done (before the questionnaire has arrived, the question page finds it).
    pub fn first_step(&self) -> String {
        self.questionnaire.with_untracked(|q| match q {
            Load::Ready(q) => self.data.with_untracked(|d| step::first_step(q, d)),
            _ => "/questions/first".to_string(),
        })
    }

    /// Forgets everything: memory and device. Used by "Clear my answers", "Start a new call"
    /// and "Exit this page".
    pub fn clear(&self) {
        storage::clear();
        // Now, not when the change is next noticed: "Exit this page" leaves at once.
        #[cfg(not(feature = "ssr"))]
        server_copy::send(&JourneyData::default());
        self.data.set(JourneyData::default());
        self.save.set(false);
        self.resumable.set(false);
    }
}

/// A short random reference made on this device ("K3M-9QX"); it names the call, not the
/// person, and carries no personal data.
fn new_call_reference() -> String {
    let mut bytes = [0u8; 6];
    if let Ok(crypto) = window().crypto() {
        let _ = crypto.get_random_values_with_u8_array(&mut bytes);
    }
    step::call_reference(bytes)
}

pub fn use_journey() -> Journey {
    expect_context::<Journey>()
}
