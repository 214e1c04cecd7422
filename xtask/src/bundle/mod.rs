//! The build pipeline, step by step. Each step is small; `build` reads top to bottom.

//!
//! One file per stage: `wasm.rs` (compile the app, wasm-bindgen, chunk loader), `css.rs` (the
//! two stylesheets), `locales.rs` (one Fluent file per language, and its later part),
//! `shell.rs` (the page shell per language and the theme's branding), `files.rs` (hashing,
//! compression and file plumbing).

mod css;
mod files;
mod locales;
mod shell;
mod wasm;

use std::path::{Path, PathBuf};

use crate::theme;
use css::bundle_css;
use files::{compress_all, copy_dir, hash, reset_dir};
use locales::bundle_locales;
use shell::{write_branding, write_index};
pub use wasm::wasm_size;
use wasm::{bindgen, compile_wasm};

type Result<T> = std::result::Result<T, String>;

/// `locales` is the words folder (normally `root/locales`; a test may build from a copy).
/// `theme_file` is the council's theme (normally `root/content/theme.toml`).
pub fn build(root: &Path, dist: &Path, dev: bool, locales: &Path, theme_file: &Path) -> Result<()> {
    // The theme is checked first: a colour that fails contrast stops the build before the
    // minutes of compiling.
    let theme = theme::load(root, theme_file, &theme::offered_languages(locales)?)?;
    // One staging folder per output, so two builds into different places (dist/ and the size
    // test's) do not clear each other's.
    let staging = staging_dir(root, dist);
    reset_dir(&staging)?;

    let wasm = compile_wasm(root, dev)?;
    let scripts = bindgen(root, &wasm, &staging, dev)?;
    // The logo, by content hash; the CSS draws it (no code in the app: see `Theme::logo_css`).
    let logo = theme.logo.as_ref().map(|l| format!("logo.{}.svg", hash(&l.bytes)));
    let theme_css = theme.logo_css(logo.as_deref().map(|n| format!("/{n}")).as_deref());
    let css = bundle_css(root, &staging, dev, &theme, &theme_css)?;
    let locales = bundle_locales(root, locales, &staging, dev, &theme)?;
    copy_dir(&root.join("public"), &staging)?;
    let branding = write_branding(&staging, &theme, logo.as_deref())?;
    write_index(root, &staging, &scripts, &css, &locales, &branding)?;
    let report = compress_all(&staging)?;

    // Swap in the finished bundle only at the end, so a failed build leaves the old one.
    if dist.exists() {
        std::fs::remove_dir_all(dist).map_err(|e| format!("cannot clear {}: {e}", dist.display()))?;
    }
    std::fs::rename(&staging, dist).map_err(|e| format!("cannot move the bundle into {}: {e}", dist.display()))?;
    print!("{report}");
    println!("bundle written to {}", dist.display());
    Ok(())
}

fn staging_dir(root: &Path, dist: &Path) -> PathBuf {
    let name = dist.file_name().and_then(|n| n.to_str()).unwrap_or("dist");
    root.join("target").join(format!("xtask-staging-{name}"))
}
