//! The real binary: a wrong setting or a broken content file stops start-up with a message
//! naming what to fix; a good start serves, limits per client, logs safely and stops
//! cleanly on SIGTERM.

mod common;

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::path::Path;
use std::process::{Command, Output, Stdio};
use std::sync::mpsc;
use std::time::{Duration, Instant};

use common::*;

const SETTINGS: [&str; 11] = [
    "HOST",
    "PORT",
    "DIST_DIR",
    "CONTENT_DIR",
    "ARCHIVE_DIR",
    "LOCALES_DIR",
    "BEHIND_TLS",
    "RATE_LIMIT_PER_MINUTE",
    "RATE_LIMIT_BURST",
    "RUST_LOG",
    "NO_COLOR",
];

/// The binary in `dir`, with none of our settings inherited from whoever runs the tests.
fn server(dir: &Path) -> Command {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_server"));
    cmd.current_dir(dir).stdin(Stdio::null());
    for var in SETTINGS {
        cmd.env_remove(var);
    }
    cmd
}

/// A folder with valid content, locales and a built front end, as the binary expects them
/// by default.
fn site() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    write_content(dir.path());
    write_renderable_dist(&dir.path().join("dist"));
    dir
}

/// Runs a start-up that must fail; returns its stderr.
fn refused(cmd: &mut Command, code: i32) -> String {
    let Output { status, stderr, .. } = cmd.output().unwrap();
    let stderr = String::from_utf8(stderr).unwrap();
    assert_eq!(status.code(), Some(code), "{stderr}");
    stderr
}

fn assert_names(stderr: &str, parts: &[&str]) {
    for part in parts {
        assert!(stderr.contains(part), "stderr should name {part:?}:\n{stderr}");
    }
}

#[test]
fn a_bad_port_names_the_flag_the_variable_and_the_value() {
    let site = site();
    let stderr = refused(server(site.path()).env("PORT", "99999"), 2);
    assert_names(&stderr, &["--port", "PORT", "'99999'", "environment variable PORT"]);
    let stderr = refused(server(site.path()).args(["--port", "eighty"]), 2);
    assert_names(&stderr, &["--port", "'eighty'"]);
}

#[test]
fn a_bad_host_names_the_flag_the_variable_and_the_value() {
    let site = site();
    let stderr = refused(server(site.path()).env("HOST", "localhost:3000"), 2);
    assert_names(&stderr, &["--host", "'localhost:3000'", "environment variable HOST"]);
}

#[test]
fn bad_rate_limits_and_flags_are_named() {
    let site = site();
    let stderr = refused(server(site.path()).env("RATE_LIMIT_PER_MINUTE", "lots"), 2);
    assert_names(&stderr, &["--rate-limit-per-minute", "'lots'", "RATE_LIMIT_PER_MINUTE"]);
    let stderr = refused(server(site.path()).env("RATE_LIMIT_BURST", "0"), 2);
    assert_names(&stderr, &["--rate-limit-burst", "'0'", "RATE_LIMIT_BURST"]);
    let stderr = refused(server(site.path()).env("BEHIND_TLS", "maybe"), 2);
    assert_names(&stderr, &["--behind-tls", "'maybe'", "BEHIND_TLS"]);
}

#[test]
fn a_missing_folder_is_named_with_its_setting() {
    let site = site();
    let stderr = refused(server(site.path()).args(["--content", "no-such-content"]), 1);
    assert_names(&stderr, &["no-such-content", "--content", "CONTENT_DIR"]);
    let stderr = refused(server(site.path()).env("LOCALES_DIR", "no-such-locales"), 1);
    assert_names(&stderr, &["no-such-locales", "--locales", "LOCALES_DIR"]);
}

/// Replaces `from` with `to` in a site file; returns the 1-based line it was on.
fn break_file(site: &Path, file: &str, from: &str, to: &str) -> usize {
    let path = site.join(file);
    let text = std::fs::read_to_string(&path).unwrap();
    let at = text.find(from).unwrap_or_else(|| panic!("{from:?} is not in {file}"));
    std::fs::write(&path, text.replacen(from, to, 1)).unwrap();
    text[..at].matches('\n').count() + 1
}

#[test]
fn a_syntax_mistake_in_content_names_file_line_and_text() {
    let site = site();
    let line = break_file(site.path(), "content/questionnaire.toml", "kind = \"yes_no\"", "kind = \"yes-or-no\"");
    let stderr = refused(&mut server(site.path()), 1);
    assert_names(&stderr, &[&format!("questionnaire.toml:{line}"), "kind = \"yes-or-no\""]);
}

#[test]
fn a_meaning_mistake_in_content_names_file_line_and_key() {
    let site = site();
    break_file(site.path(), "content/questionnaire.toml", "any_of = [\"yes\"]", "any_of = [\"perhaps\"]");
    let id_line = QUESTIONNAIRE.lines().position(|l| l == "id = \"meals-help\"").unwrap() + 1;
    let stderr = refused(&mut server(site.path()), 1);
    assert_names(
        &stderr,
        &[&format!("questionnaire.toml:{id_line}"), "question \"meals-help\" › show_if", "no option \"perhaps\""],
    );
}

#[test]
fn a_mistake_in_an_archived_questionnaire_names_its_file_line_and_key() {
    let site = site();
    break_file(site.path(), "content/archive/test-0.toml", "[\"a-lot\", \"some\"", "[\"a-lot\", \"a-lot\"");
    let id_line = ARCHIVED.lines().position(|l| l == "id = \"meals-help\"").unwrap() + 1;
    let stderr = refused(&mut server(site.path()), 1);
    assert_names(
        &stderr,
        &[&format!("archive/test-0.toml:{id_line}"), "question \"meals-help\" › options", "\"a-lot\" is listed twice"],
    );
}

#[test]
fn an_archived_copy_of_the_current_version_is_refused() {
    let site = site();
    break_file(site.path(), "content/archive/test-0.toml", "version = \"test-0\"", "version = \"test-1\"");
    let stderr = refused(&mut server(site.path()), 1);
    assert_names(&stderr, &["archive/test-0.toml:1: version", "\"test-1\" is the current questionnaire's version"]);
}

#[test]
fn an_archive_folder_that_is_set_but_missing_is_named_with_its_setting() {
    let site = site();
    let stderr = refused(server(site.path()).env("ARCHIVE_DIR", "no-such-archive"), 1);
    assert_names(&stderr, &["no-such-archive", "--archive", "ARCHIVE_DIR"]);
}

#[test]
fn a_missing_message_names_the_message() {
    let site = site();
    break_file(site.path(), "locales/en-GB/test.ftl", "q-notes = Anything else?\n", "");
    let stderr = refused(&mut server(site.path()), 1);
    assert_names(&stderr, &["questionnaire.toml:", "question \"notes\"", "\"q-notes\" is missing"]);
}

#[test]
fn a_missing_bundle_names_the_build_command() {
    let site = site();
    let stderr = refused(server(site.path()).env("DIST_DIR", "not-built"), 1);
    assert_names(&stderr, &["cargo xtask build", "not-built", "--dist", "DIST_DIR"]);
}

#[test]
fn a_taken_port_is_named() {
    let site = site();
    let taken = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let port = taken.local_addr().unwrap().port().to_string();
    let stderr = refused(server(site.path()).args(["--port", &port]), 1);
    assert_names(&stderr, &[&format!("127.0.0.1:{port}"), "--port", "PORT"]);
}

// ───────────────────────────── a real start ─────────────────────────────

/// One HTTP/1.1 request on a fresh connection; returns the status and the raw head.
fn http_get(addr: &str, path: &str) -> (u16, String) {
    let mut stream = TcpStream::connect(addr).unwrap();
    stream.set_read_timeout(Some(Duration::from_secs(10))).unwrap();
    write!(stream, "GET {path} HTTP/1.1\r\nHost: {addr}\r\nConnection: close\r\n\r\n").unwrap();
    let mut response = String::new();
    stream.read_to_string(&mut response).unwrap();
    let head = response.split("\r\n\r\n").next().unwrap().to_ascii_lowercase();
    let status = head.split(' ').nth(1).and_then(|s| s.parse().ok()).unwrap_or(0);
    (status, head)
}

#[test]
fn it_serves_limits_per_client_logs_safely_and_stops_on_sigterm() {
    let site = site();
    let mut child = server(site.path())
        .args(["--port", "0"])
        .envs([("BEHIND_TLS", "yes"), ("RATE_LIMIT_PER_MINUTE", "1"), ("RATE_LIMIT_BURST", "2")])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();

    // Log lines arrive on a thread, so a server that never starts fails the test, not hangs it.
    let (lines_tx, lines) = mpsc::channel();
    let stdout = child.stdout.take().unwrap();
    let reader = std::thread::spawn(move || {
        for line in BufReader::new(stdout).lines().map_while(Result::ok) {
            let _ = lines_tx.send(line);
        }
    });
    let listening = loop {
        match lines.recv_timeout(Duration::from_secs(30)) {
            Ok(line) if line.contains("listening on http://") => break line,
            Ok(_) => continue,
            Err(_) => {
                let _ = child.kill();
                panic!("the server did not start");
            }
        }
    };
    let addr = listening.rsplit("http://").next().unwrap().trim().to_string();

    let (status, head) = http_get(&addr, "/healthz");
    assert_eq!(status, 200, "{head}");
    assert!(head.contains("strict-transport-security: max-age=31536000"), "{head}");
    assert!(head.contains("content-security-policy: default-src 'self'"), "{head}");

    // Connect info reaches the limiter: two at once, then a 429 for this address.
    assert_eq!(http_get(&addr, "/api/v1/questionnaire?secret=QUERYMARK").0, 200);
    assert_eq!(http_get(&addr, "/api/v1/questionnaire").0, 200);
    let (status, head) = http_get(&addr, "/api/v1/questionnaire");
    assert_eq!(status, 429, "{head}");
    assert!(head.contains("retry-after: "), "{head}");
    assert!(head.contains("content-type: application/problem+json"), "{head}");

    let kill = Command::new("kill").args(["-TERM", &child.id().to_string()]).status().unwrap();
    assert!(kill.success());
    let deadline = Instant::now() + Duration::from_secs(15);
    let status = loop {
        if let Some(status) = child.try_wait().unwrap() {
            break status;
        }
        if Instant::now() > deadline {
            let _ = child.kill();
            panic!("the server did not stop on SIGTERM");
        }
        std::thread::sleep(Duration::from_millis(50));
    };
    assert!(status.success(), "exit after SIGTERM: {status}");
    reader.join().unwrap();

    let log: Vec<String> = lines.try_iter().collect();
    let served: Vec<&String> = log.iter().filter(|l| l.contains("served")).collect();
    assert_eq!(served.len(), 4, "one line per request:\n{}", log.join("\n"));
    for line in &served {
        assert!(!line.contains("127.0.0.1") && !line.contains("QUERYMARK"), "{line}");
        assert!(!line.contains('\u{1b}'), "no colour codes when not on a terminal: {line}");
    }
    assert!(log.iter().any(|l| l.contains("shutting down")), "{}", log.join("\n"));
}

#[test]
fn a_bundle_the_server_cannot_render_pages_with_stops_start_up_naming_what_to_do() {
    let dir = site();
    // The shell without the words it lists (an interrupted copy of dist/, say).
    std::fs::remove_dir_all(dir.path().join("dist/locales")).unwrap();
    let stderr = refused(server(dir.path()).args(["--port", "0"]), 1);
    assert_names(&stderr, &["cannot be read to render pages", "en-GB.0123456789abcdef.ftl", "cargo xtask build"]);
}
