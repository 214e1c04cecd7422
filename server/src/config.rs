//! Flags and environment → a validated [`Config`]. A wrong value stops start-up with a
//! message that names the flag, the variable and the value.

use std::net::IpAddr;
use std::path::PathBuf;

use clap::Parser;

#[derive(Debug, Clone, Parser)]
#[command(name = "server", about = "Serves the self-assessment app and scores answers. Stores no answers.")]
pub struct Config {
    /// Address to listen on.
    #[arg(long, env = "HOST", default_value = "127.0.0.1")]
    pub host: IpAddr,
    /// Port to listen on.
    #[arg(long, env = "PORT", default_value_t = 3000)]
    pub port: u16,
    /// The built front end (made by `cargo xtask build`).
    #[arg(long, env = "DIST_DIR", default_value = "dist")]
    pub dist: PathBuf,
    /// Questionnaire, rules and service directory files.
    #[arg(long, env = "CONTENT_DIR", default_value = "content")]
    pub content: PathBuf,
    /// Fluent files, one folder per language.
    #[arg(long, env = "LOCALES_DIR", default_value = "locales")]
    pub locales: PathBuf,
    /// Set when a TLS-terminating proxy is in front: adds Strict-Transport-Security.
    #[arg(long, env = "BEHIND_TLS", default_value_t = false)]
    pub behind_tls: bool,
}
