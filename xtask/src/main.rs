//! `cargo xtask build`: the release bundle in `dist/`, offline, with nothing to install but
//! the wasm32 target. Drives `wasm-bindgen-cli-support` as a library, so the glue generator
//! is always the exact version in Cargo.lock.
//!
//! dist/
//!   index.html                 from app/index.html, with hashed names filled in
//!   app.<hash>.js / .wasm      the app and its glue
//!   app.<hash>.css             style/ concatenated in cascade order
//!   locales/<lang>.<hash>.ftl  one file per language, fetched only when chosen
//!   (public/ copied as is)     icons, manifest, robots.txt
//!   *.br, *.gz                 pre-compressed siblings of every text and wasm file

mod bundle;
mod compress;

use std::path::PathBuf;
use std::process::ExitCode;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).parent().expect("xtask sits in the workspace").to_path_buf();
    let result = match args.first().map(String::as_str) {
        Some("build") => bundle::build(&root, args.iter().any(|a| a == "--dev")),
        _ => {
            eprintln!("usage: cargo xtask build [--dev]\n  build   the release bundle into dist/");
            return ExitCode::from(2);
        }
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("error: {e}");
            ExitCode::FAILURE
        }
    }
}
