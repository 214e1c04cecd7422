//! `cargo xtask build`: the release bundle in `dist/`. Needs the wasm32 target and, for the
//! release build, Node.js: the JS glue is minified by esbuild, pinned in `xtask/js/` and
//! installed there by the first build (`npm ci`), offline after that. Drives
//! `wasm-bindgen-cli-support` as a library, so the glue generator is always the exact
//! version in Cargo.lock.
//!
//! dist/
//!   index.html                 from app/index.html, with hashed names filled in
//!   app.<hash>.js / .wasm      the app and its glue (minified): start page, questions, who
//!   split_<page>.<hash>.wasm   later pages, fetched when the questions begin (app/src/chunks.rs)
//!   split.<hash>.js            the loader for those chunks (wasm-split; see src/split.rs)
//!   app.<hash>.css             style/ concatenated in cascade order, minified
//!   index.<lang>.html          the shell in each other language (the server picks by Accept-Language)
//!   later.<hash>.css           styles only the later pages use (style/later/), fetched with them
//!   locales/<lang>.<hash>.ftl  one file per language (comments dropped), fetched only when chosen
//!   locales/<lang>-later.<hash>.ftl  that language's routes.ftl, fetched with the later pages
//!   (public/ copied as is)     icons, manifest, robots.txt
//!   *.br, *.gz                 pre-compressed siblings of every text and wasm file
//!
//! `cargo xtask size` weighs what a first visit downloads against the committed budget
//! (`src/size.rs`); `tests/size_budget.rs` runs it in CI.

mod bundle;
mod changes;
mod compress;
mod minify;
mod review_pack;
mod size;
mod split;
mod theme;
mod translations;
mod words;

use std::path::PathBuf;
use std::process::ExitCode;

const USAGE: &str = "usage:
  cargo xtask build [--dev] [--out DIR] [--locales DIR] [--theme FILE]
                                          the release bundle into dist/ (or DIR); --locales builds
                                          from another copy of the words (tests); --theme with
                                          another council's theme (default content/theme.toml)
  cargo xtask theme [FILE]                checks a theme (names, logo, colour contrast) only
  cargo xtask size [--dist DIR] [--check] [--json]
                                          first-load bytes (raw, gzip, brotli) of a built bundle;
                                          --check fails past the committed budget
  cargo xtask wasm-size FILE.wasm         a cargo-built wasm's size after wasm-bindgen (to compare
                                          build settings; see BENCHMARKS.md, levers)
  cargo xtask review-pack [--lang TAG] [--out FILE] [--archive DIR]
                                          the sign-off pack: one self-contained HTML file
                                          (default target/review-pack.html); --lang shows that
                                          language beside English
  cargo xtask translations export LANG [--out FILE]
                                          an XLIFF 2.0 file for a translator or reviewer
                                          (default target/translations/LANG.xlf)
  cargo xtask translations import LANG FILE [--reviewed-by ROLE] [--dry-run]
                                          checks a returned XLIFF file and writes locales/LANG/*.ftl;
                                          with --reviewed-by, records units marked final as reviewed
  cargo xtask translations stale [LANG]   lists reviewed messages whose English has changed
  cargo xtask translations gate [LANG]    which start pages show the \"not yet checked\" notice, and
                                          the safety-critical messages that keep it there";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).parent().expect("xtask sits in the workspace").to_path_buf();
    let flag = |name: &str| args.iter().any(|a| a == name);
    let value = |name: &str| args.iter().position(|a| a == name).and_then(|i| args.get(i + 1)).map(PathBuf::from);
    let result = match args.first().map(String::as_str) {
        Some("build") => {
            let out = value("--out").unwrap_or_else(|| root.join("dist"));
            let locales = value("--locales").unwrap_or_else(|| root.join("locales"));
            let theme = value("--theme").unwrap_or_else(|| root.join("content/theme.toml"));
            bundle::build(&root, &out, flag("--dev"), &locales, &theme)
        }
        Some("theme") => {
            let file = args.get(1).map(PathBuf::from).unwrap_or_else(|| root.join("content/theme.toml"));
            theme::check(&root, &file)
        }
        Some("size") => {
            let dist = value("--dist").unwrap_or_else(|| root.join("dist"));
            size::run(&root, &dist, flag("--check"), flag("--json"))
        }
        Some("review-pack") => {
            let mut opts = review_pack::Options::new(&root);
            opts.lang = value("--lang").map(|p| p.to_string_lossy().to_string());
            if let Some(out) = value("--out") {
                opts.out = out;
            }
            if let Some(archive) = value("--archive") {
                opts.archive_dir = archive;
            }
            review_pack::run(&opts)
        }
        Some("translations") => translations::cli(&root, &args[1..]),
        Some("wasm-size") if args.len() == 2 => bundle::wasm_size(std::path::Path::new(&args[1])),
        _ => {
            eprintln!("{USAGE}");
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
