//! Reusable pieces, named as a person would name them.

pub mod back_link;
pub mod choices;
pub mod error_summary;
pub mod exit_this_page;
pub mod gate;
pub mod handover_link;
pub mod heading;
pub mod hydrated;
pub mod language_switcher;
pub mod layout;
pub mod listen_button;
pub mod not_found;
pub mod progress;
pub mod recheck_notice;
pub mod results_failure;
pub mod service;
pub mod settings;
pub mod staff;
pub mod unchecked_notice;
