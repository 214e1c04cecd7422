//! The app compiled for the browser: cargo for wasm32, wasm-bindgen as a library, the chunk
//! loader renamed by content hash.

use std::path::{Path, PathBuf};
use std::process::Command;

use super::files::{hash, read, reset_dir, text, write};
use super::Result;
use crate::{compress, minify, split};

pub(super) const TARGET: &str = "wasm32-unknown-unknown";

pub(super) fn compile_wasm(root: &Path, dev: bool) -> Result<PathBuf> {
    let profile = if dev { "dev" } else { "wasm-release" };
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
    let status = Command::new(cargo)
        .current_dir(root)
        .args(["build", "-p", "app", "--lib", "--features", "hydrate", "--target", TARGET, "--profile", profile])
        .status()
        .map_err(|e| format!("cannot run cargo: {e}"))?;
    if !status.success() {
        return Err(format!(
            "compiling the app for {TARGET} failed (is the target installed? `rustup target add {TARGET}`)"
        ));
    }
    let dir = if dev { "debug" } else { profile };
    Ok(root.join("target").join(TARGET).join(dir).join("app.wasm"))
}

/// Hashed names of what the shell links.
pub struct Scripts {
    /// The one script the page names: it imports the glue once the page has painted.
    pub(super) boot: String,
    /// The glue, which starts the app.
    pub(super) js: String,
    pub(super) wasm: String,
    /// The chunk loader the glue imports (preloaded so it does not wait for the glue to parse).
    pub(super) loader: String,
}

/// Cuts the wasm into chunks (`split::cut`), runs wasm-bindgen on the main part, then renames
/// everything by content hash and rewrites the names the files use for each other. In release
/// the JS is minified (esbuild; see `minify::js`).
pub(super) fn bindgen(root: &Path, wasm: &Path, out: &Path, dev: bool) -> Result<Scripts> {
    let tmp = out.join(".bindgen");
    let cut = split::cut(wasm, &tmp.join("split"))?;
    wasm_bindgen_cli_support::Bindgen::new()
        .input_path(&cut.main)
        .web(true)
        .map_err(|e| e.to_string())?
        .typescript(false)
        // The chunks import the main module's functions by their linker names.
        .keep_lld_exports(true)
        .demangle(false)
        // The name section is ~400 KB of function names nobody downloads on purpose.
        // (XTASK_KEEP_NAMES=1 keeps them, for reading a browser profile.)
        .remove_name_section(std::env::var_os("XTASK_KEEP_NAMES").is_none())
        .remove_producers_section(true)
        .out_name("app")
        .generate(&tmp)
        .map_err(|e| format!("wasm-bindgen: {e}"))?;

    let wasm_bytes = read(&tmp.join("app_bg.wasm"))?;
    let wasm_name = format!("app.{}.wasm", hash(&wasm_bytes));
    write(&out.join(&wasm_name), &wasm_bytes)?;

    let mut loader = text(&cut.loader)?;
    let mut chunk_names = Vec::new();
    for chunk in &cut.chunks {
        let bytes = read(chunk)?;
        let stem = chunk.file_stem().and_then(|s| s.to_str()).ok_or("chunk without a name")?;
        let name = format!("{stem}.{}.wasm", hash(&bytes));
        loader = replace_once(&loader, &format!("\"./{stem}.wasm\""), &format!("\"./{name}\""))?;
        write(&out.join(&name), &bytes)?;
        chunk_names.push(name);
    }

    // The glue and the loader import each other, so neither name can hash the other's final
    // text. The loader's name hashes everything its text is made from (the chunks' names, the
    // glue it pairs with and the minifier's lock file), so it changes whenever its content would.
    let glue = text(&tmp.join("app.js"))?;
    let mut inputs = Vec::new();
    for part in
        [loader.as_bytes(), glue.as_bytes(), wasm_name.as_bytes(), &read(&root.join("xtask/js/package-lock.json"))?]
    {
        inputs.extend_from_slice(part);
    }
    let loader_name = format!("split.{}.js", hash(&inputs));

    // The glue starts the app itself, so index.html needs no inline script (strict CSP).
    let glue = replace_import(&glue, split::LINK_NAME, &format!("./{loader_name}"))?;
    let glue = format!("{glue}\n__wbg_init({{ module_or_path: \"/{wasm_name}\" }});\n");
    let glue = if dev { glue } else { minify::js(root, &glue)? };
    let js_name = format!("app.{}.js", hash(glue.as_bytes()));
    write(&out.join(&js_name), glue.as_bytes())?;

    let loader = replace_import(&loader, split::MAIN_MODULE, &format!("./{js_name}"))?;
    let loader = if dev { loader } else { minify::js(root, &loader)? };
    write(&out.join(&loader_name), loader.as_bytes())?;

    // The page works without the app, so the app must not delay it: the page names only this
    // tiny script, which fetches the glue (and with it the chunk loader and the wasm) once the
    // browser reports the page's first contentful paint. A glue named by the page would be
    // fetched, and run, before the page paints. Without paint timing, or in a tab that is not
    // painted (in the background), the app starts after 3 s.
    let boot = format!(
        "let s=0;const go=()=>{{if(!s){{s=1;import(\"/{js_name}\")}}}};setTimeout(go,3e3);\
         try{{new PerformanceObserver(l=>{{if(l.getEntriesByName(\"first-contentful-paint\").length)setTimeout(go,0)}})\
         .observe({{type:\"paint\",buffered:!0}})}}catch(e){{go()}}\n"
    );
    let boot_name = format!("boot.{}.js", hash(boot.as_bytes()));
    write(&out.join(&boot_name), boot.as_bytes())?;

    std::fs::remove_dir_all(&tmp).map_err(|e| e.to_string())?;
    Ok(Scripts { boot: boot_name, js: js_name, wasm: wasm_name, loader: loader_name })
}

/// Renames the module an `import … from "<from>"` statement names; other mentions of the same
/// string (wasm-bindgen also uses the loader's name as a key of the wasm's import object, which
/// must stay as the wasm spells it) are left alone.
pub(super) fn replace_import(js: &str, from: &str, to: &str) -> Result<String> {
    let mut found = 0;
    let mut out = js.to_string();
    for quote in ['"', '\''] {
        let pattern = format!("from {quote}{from}{quote}");
        found += out.matches(&pattern).count();
        out = out.replace(&pattern, &format!("from {quote}{to}{quote}"));
    }
    if found == 0 {
        return Err(format!("expected an import of {from} while renaming it to {to}"));
    }
    Ok(out)
}

pub(super) fn replace_once(text: &str, from: &str, to: &str) -> Result<String> {
    match text.matches(from).count() {
        1 => Ok(text.replacen(from, to, 1)),
        n => Err(format!("expected {from} once in the chunk loader, found it {n} times")),
    }
}

/// `cargo xtask wasm-size FILE.wasm`: what a cargo-built wasm weighs once through this
/// pipeline's wasm-bindgen step (raw, gzip, brotli), to compare build settings.
pub fn wasm_size(wasm: &Path) -> Result<()> {
    let out = std::env::temp_dir().join(format!("xtask-wasm-size-{}", std::process::id()));
    reset_dir(&out)?;
    let scripts = bindgen(Path::new("."), wasm, &out, true)?;
    let data = read(&out.join(&scripts.wasm))?;
    let (gz, br) = (compress::gzip(&data).len(), compress::brotli(&data, compress::DIST_LGWIN).len());
    std::fs::remove_dir_all(&out).map_err(|e| e.to_string())?;
    println!("{}: raw {} gzip {gz} brotli {br}", wasm.display(), data.len());
    Ok(())
}
