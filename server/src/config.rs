//! Flags and environment → a validated [`Config`]. A wrong value stops start-up with a
//! message that names the flag, the variable and the value (never the session key's value).

use std::ffi::OsStr;
use std::net::IpAddr;
use std::num::NonZeroU32;
use std::path::PathBuf;

use clap::builder::TypedValueParser;
use clap::{Arg, Command, CommandFactory, Parser};

use crate::session::SessionKey;
use crate::{Options, RateLimit};

/// Ten requests a second, sustained, from one address: far above one person's use, and
/// room for a contact centre behind one public address.
pub const DEFAULT_RATE_LIMIT_PER_MINUTE: u32 = 600;
/// A room of staff starting at once.
pub const DEFAULT_RATE_LIMIT_BURST: u32 = 120;

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
    /// Earlier questionnaires, kept so hand-over codes made with them can still be read;
    /// `archive` inside the content folder when not set.
    #[arg(long, env = "ARCHIVE_DIR")]
    pub archive: Option<PathBuf>,
    /// Fluent files, one folder per language.
    #[arg(long, env = "LOCALES_DIR", default_value = "locales")]
    pub locales: PathBuf,
    /// Set when a TLS-terminating proxy is in front: adds Strict-Transport-Security.
    /// The variable takes true/false, 1/0, yes/no or on/off, as operators write it.
    #[arg(long, env = "BEHIND_TLS", value_parser = clap::builder::BoolishValueParser::new())]
    pub behind_tls: bool,
    /// Sustained API requests per minute from one client address; 0 turns the limit off.
    /// Generous, because a contact centre's staff may all reach us from one address.
    #[arg(long, env = "RATE_LIMIT_PER_MINUTE", default_value_t = DEFAULT_RATE_LIMIT_PER_MINUTE)]
    pub rate_limit_per_minute: u32,
    /// API requests one client address may make at once before the per-minute rate applies.
    #[arg(long, env = "RATE_LIMIT_BURST", default_value_t = DEFAULT_RATE_LIMIT_BURST, value_parser = clap::value_parser!(u32).range(1..))]
    pub rate_limit_burst: u32,
    /// Key that encrypts the no-JavaScript journey's cookie: 64 hex digits, as made by
    /// `openssl rand -hex 32`. Set the same value on every instance.
    ///
    /// When not set, a random key is made at start-up, so a restart, or another instance
    /// behind the same load balancer, cannot read cookies made before: the person is told
    /// their answers could not be read and starts again. The key is never printed or logged.
    #[arg(long, env = "SESSION_KEY", hide_env_values = true, value_parser = SessionKeyParser)]
    pub session_key: Option<SessionKey>,
}

impl Config {
    /// Parses flags and environment, or exits with clap's message, adding the environment
    /// variable when that is where the wrong value came from (clap names only the flag).
    pub fn parse_or_exit() -> Config {
        Config::try_parse().unwrap_or_else(|e| {
            let _ = e.print();
            if let Some(note) = env_note(&e) {
                eprintln!("{note}");
            }
            std::process::exit(e.exit_code())
        })
    }

    pub fn options(&self) -> Options {
        let rate_limit = NonZeroU32::new(self.rate_limit_per_minute).map(|per_minute| RateLimit {
            per_minute,
            // The parser refuses 0; `MIN` keeps this total without a panic path.
            burst: NonZeroU32::new(self.rate_limit_burst).unwrap_or(NonZeroU32::MIN),
        });
        Options { behind_tls: self.behind_tls, rate_limit }
    }

    /// The folders read at start-up exist, so a typo is reported as one clear line rather
    /// than as every file inside being unreadable.
    pub fn check_dirs(&self) -> Result<(), String> {
        for (id, path) in [("content", &self.content), ("locales", &self.locales)] {
            if !path.is_dir() {
                return Err(format!("the folder {} does not exist (set by {})", path.display(), source(id)));
            }
        }
        // Only when set: the default folder may be missing (no questionnaire kept yet).
        if let Some(path) = self.archive.as_ref().filter(|p| !p.is_dir()) {
            return Err(format!("the folder {} does not exist (set by {})", path.display(), source("archive")));
        }
        Ok(())
    }

    /// Where earlier questionnaires are read from.
    pub fn archive_dir(&self) -> PathBuf {
        self.archive.clone().unwrap_or_else(|| self.content.join(assessment::content::ARCHIVE_DIR))
    }

    /// The key for journey cookies: the one set, or else a new random one. Call it once at
    /// start-up and keep the key: without `SESSION_KEY`, every call makes another.
    pub fn session_key_or_random(&self) -> SessionKey {
        self.session_key.clone().unwrap_or_else(SessionKey::random)
    }

    /// Where the built front end was looked for, for the "missing bundle" message.
    pub fn dist_source(&self) -> String {
        format!("{} (set by {})", self.dist.display(), source("dist"))
    }
}

/// `--port or the environment variable PORT`, read from the argument definitions so the
/// messages cannot drift from the flags.
fn source(id: &str) -> String {
    let cmd = Config::command();
    let arg = cmd.get_arguments().find(|a| a.get_id() == id);
    arg.map(describe).unwrap_or_else(|| id.to_string())
}

fn describe(arg: &Arg) -> String {
    let flag = arg.get_long().map(|l| format!("--{l}")).unwrap_or_else(|| arg.get_id().to_string());
    match arg.get_env() {
        Some(env) => format!("{flag} or the environment variable {}", env.to_string_lossy()),
        None => flag,
    }
}

/// Reads `--session-key` / `SESSION_KEY`. Its error says what is wrong and where the value
/// came from, but never repeats the value: clap's own "invalid value '…'" would print the key.
#[derive(Clone)]
struct SessionKeyParser;

impl TypedValueParser for SessionKeyParser {
    type Value = SessionKey;

    fn parse_ref(&self, cmd: &Command, arg: Option<&Arg>, value: &OsStr) -> Result<SessionKey, clap::Error> {
        let why = match value.to_str() {
            Some(text) => SessionKey::from_hex(text),
            None => Err("it is not valid text (UTF-8)".to_string()),
        };
        why.map_err(|why| {
            let source = arg.map(describe).unwrap_or_else(|| "--session-key".to_string());
            let msg = format!("the session key set by {source} is not valid: {why}.\n");
            clap::Error::raw(clap::error::ErrorKind::ValueValidation, msg).with_cmd(cmd)
        })
    }
}

fn env_note(e: &clap::Error) -> Option<String> {
    use clap::error::{ContextKind, ContextValue};
    let (Some(ContextValue::String(arg)), Some(ContextValue::String(value))) =
        (e.get(ContextKind::InvalidArg), e.get(ContextKind::InvalidValue))
    else {
        return None;
    };
    let flag = arg.split(' ').next()?;
    let cmd = Config::command();
    let def = cmd.get_arguments().find(|a| a.get_long().is_some_and(|l| format!("--{l}") == flag))?;
    let env = def.get_env()?.to_string_lossy().into_owned();
    let from_env = std::env::var(&env).is_ok_and(|v| &v == value);
    let in_args = std::env::args().any(|a| a == flag || a.starts_with(&format!("{flag}=")));
    (from_env && !in_args)
        .then(|| format!("note: '{value}' was read from the environment variable {env}; correct or unset {env}."))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(args: &[&str]) -> Config {
        // Every setting the assertions read is given as a flag, which beats the environment.
        Config::try_parse_from(std::iter::once("server").chain(args.iter().copied())).unwrap()
    }

    #[test]
    fn zero_per_minute_turns_the_limit_off() {
        let c = parse(&["--rate-limit-per-minute", "0", "--rate-limit-burst", "5"]);
        assert_eq!(c.options().rate_limit, None);
    }

    #[test]
    fn the_limit_and_tls_flag_reach_the_options() {
        let c = parse(&["--rate-limit-per-minute", "60", "--rate-limit-burst", "5", "--behind-tls"]);
        let o = c.options();
        assert!(o.behind_tls);
        let limit = o.rate_limit.unwrap();
        assert_eq!((limit.per_minute.get(), limit.burst.get()), (60, 5));
    }

    #[test]
    fn the_archive_is_inside_the_content_folder_unless_set() {
        assert_eq!(parse(&["--content", "c"]).archive_dir(), PathBuf::from("c/archive"));
        assert_eq!(parse(&["--content", "c", "--archive", "old"]).archive_dir(), PathBuf::from("old"));
    }

    const KEY: &str = "8f1c3a5e7b9d0f2143658709badcfe1032547698badcfe10aebf2c3d4e5f6071";

    fn parse_err(args: &[&str]) -> String {
        let e = Config::try_parse_from(std::iter::once("server").chain(args.iter().copied())).unwrap_err();
        e.to_string()
    }

    #[test]
    fn a_session_key_is_read_from_hex_and_never_shown() {
        let c = parse(&["--session-key", KEY]);
        assert!(c.session_key.is_some());
        let shown = format!("{c:?}");
        assert!(!shown.contains(&KEY[..8]) && !shown.contains(&KEY[56..]), "{shown}");
        // The configured key opens what another instance with the same key sealed.
        let sealed = SessionKey::from_hex(KEY).unwrap().seal(b"{}");
        assert_eq!(c.session_key_or_random().open(&sealed).unwrap(), b"{}");
    }

    #[test]
    fn without_a_session_key_each_start_makes_its_own() {
        let c = parse(&[]);
        // Only an unset variable makes this test meaningful; a set one is read instead.
        if std::env::var_os("SESSION_KEY").is_none() {
            assert!(c.session_key.is_none());
            let sealed = c.session_key_or_random().seal(b"{}");
            assert!(c.session_key_or_random().open(&sealed).is_err());
        }
    }

    #[test]
    fn a_malformed_session_key_stops_start_up_naming_the_variable_not_the_key() {
        let short = parse_err(&["--session-key", &KEY[..63]]);
        assert!(short.contains("--session-key or the environment variable SESSION_KEY"), "{short}");
        assert!(short.contains("it has 63 characters"), "{short}");
        assert!(!short.contains(&KEY[..16]), "{short}");
        let bad = format!("{}z{}", &KEY[..9], &KEY[10..]);
        let msg = parse_err(&["--session-key", &bad]);
        assert!(msg.contains("character 10 is 'z'"), "{msg}");
        assert!(!msg.contains(&KEY[..9]), "{msg}");
    }

    #[test]
    fn messages_name_the_flag_and_the_variable() {
        assert_eq!(source("content"), "--content or the environment variable CONTENT_DIR");
        assert_eq!(source("dist"), "--dist or the environment variable DIST_DIR");
    }
}
