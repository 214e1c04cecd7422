//! One file per page of the journey.

pub mod check;
pub mod handover;
pub mod question;
pub mod results;
pub mod start;
pub mod urgent;
pub mod who;
