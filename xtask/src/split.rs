//! Cuts the cargo-built wasm into a main module and lazily loaded chunks at the app's
//! `#[lazy]` / `#[lazy_route]` split points (`app/src/chunks.rs`), using the same library
//! cargo-leptos uses. Needs the linker's relocations (`--emit-relocs`, set for the wasm target in
//! `.cargo/config.toml`).
//!
//! What comes out, before names are hashed:
//! - `main.wasm`: what wasm-bindgen then processes as usual;
//! - `split_*.wasm` / `chunk_*.wasm`: one per split point, plus code shared between splits;
//! - `__wasm_split.js`: the loader the main module imports. It imports `initSync` from the glue
//!   (`./app.js`) and fetches each chunk with `new URL("./<chunk>.wasm", import.meta.url)`.

use std::path::{Path, PathBuf};

/// The loader's name as the main module imports it; the glue's import is renamed after hashing.
pub const LINK_NAME: &str = "./__wasm_split.js";
/// The glue's name as the loader imports it.
pub const MAIN_MODULE: &str = "./app.js";

pub struct Split {
    pub main: PathBuf,
    /// Chunk files (`split_*.wasm`, `chunk_*.wasm`) in `dir`.
    pub chunks: Vec<PathBuf>,
    pub loader: PathBuf,
}

pub fn cut(wasm: &Path, dir: &Path) -> Result<Split, String> {
    let input = std::fs::read(wasm).map_err(|e| format!("cannot read {}: {e}", wasm.display()))?;
    std::fs::create_dir_all(dir).map_err(|e| e.to_string())?;
    let main = dir.join("main.wasm");
    let mut opts = wasm_split_cli_support::Options::new(&input);
    opts.output_dir = dir;
    opts.main_out_path = &main;
    opts.link_name = LINK_NAME;
    opts.main_module = MAIN_MODULE;
    let out = wasm_split_cli_support::transform(opts).map_err(|e| format!("wasm-split: {e:#}"))?;
    let mut chunks = out.split_modules;
    chunks.sort();
    Ok(Split { main, chunks, loader: dir.join(LINK_NAME) })
}
