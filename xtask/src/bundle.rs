//! The build pipeline, step by step. Each step is small; `build` reads top to bottom.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::process::Command;

use sha2::{Digest, Sha256};

use crate::theme::Theme;
use crate::{compress, minify, split, theme};

type Result<T> = std::result::Result<T, String>;

const TARGET: &str = "wasm32-unknown-unknown";
/// Extensions that get `.br` and `.gz` siblings.
const COMPRESSIBLE: &[&str] = &["html", "js", "css", "wasm", "ftl", "svg", "json", "webmanifest", "txt"];

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

fn compile_wasm(root: &Path, dev: bool) -> Result<PathBuf> {
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
    /// The glue, which starts the app.
    js: String,
    wasm: String,
    /// The chunk loader the glue imports (preloaded so it does not wait for the glue to parse).
    loader: String,
}

/// Cuts the wasm into chunks (`split::cut`), runs wasm-bindgen on the main part, then renames
/// everything by content hash and rewrites the names the files use for each other. In release
/// the JS is minified (esbuild; see `minify::js`).
fn bindgen(root: &Path, wasm: &Path, out: &Path, dev: bool) -> Result<Scripts> {
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

    // The glue starts the app itself, so index.html needs no inline script (strict CSP). It
    // starts it after the server's page has painted (the frame after the first one): the page
    // works without the app, so the app's downloads must not delay it.
    let glue = replace_import(&glue, split::LINK_NAME, &format!("./{loader_name}"))?;
    let glue = format!(
        "{glue}\nrequestAnimationFrame(() => setTimeout(() => __wbg_init({{ module_or_path: \"/{wasm_name}\" }}), 0));\n"
    );
    let glue = if dev { glue } else { minify::js(root, &glue)? };
    let js_name = format!("app.{}.js", hash(glue.as_bytes()));
    write(&out.join(&js_name), glue.as_bytes())?;

    let loader = replace_import(&loader, split::MAIN_MODULE, &format!("./{js_name}"))?;
    let loader = if dev { loader } else { minify::js(root, &loader)? };
    write(&out.join(&loader_name), loader.as_bytes())?;

    std::fs::remove_dir_all(&tmp).map_err(|e| e.to_string())?;
    Ok(Scripts { js: js_name, wasm: wasm_name, loader: loader_name })
}

/// Renames the module an `import … from "<from>"` statement names; other mentions of the same
/// string (wasm-bindgen also uses the loader's name as a key of the wasm's import object, which
/// must stay as the wasm spells it) are left alone.
fn replace_import(js: &str, from: &str, to: &str) -> Result<String> {
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

fn replace_once(text: &str, from: &str, to: &str) -> Result<String> {
    match text.matches(from).count() {
        1 => Ok(text.replacen(from, to, 1)),
        n => Err(format!("expected {from} once in the chunk loader, found it {n} times")),
    }
}

fn text(path: &Path) -> Result<String> {
    String::from_utf8(read(path)?).map_err(|e| format!("{}: {e}", path.display()))
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

fn staging_dir(root: &Path, dist: &Path) -> PathBuf {
    let name = dist.file_name().and_then(|n| n.to_str()).unwrap_or("dist");
    root.join("target").join(format!("xtask-staging-{name}"))
}

/// The two stylesheets' hashed names.
struct Styles {
    /// Linked from the shell: everything the start, who and question pages use.
    main: String,
    /// Only the later pages (check, results, urgent help) use these rules; the app adds this
    /// sheet with their chunks (`app/src/chunks.rs`), so it is not on the first load.
    later: String,
}

/// Cascade order: tokens, base, components, pages, then `style/later/` (components and pages
/// only the later pages use) and the print overrides last. The later part is its own sheet,
/// loaded after the main one; the print overrides go with it, since printing is offered on the
/// results page and the sheet is there from the first question on. Minified in release
/// (comments and layout whitespace only; see `minify::css`).
fn bundle_css(root: &Path, out: &Path, dev: bool, theme: &Theme, theme_css: &str) -> Result<Styles> {
    let style = root.join("style");
    let mut main = vec![style.join("tokens.css"), style.join("base.css")];
    for sub in ["components", "pages"] {
        main.extend(sorted_files(&style.join(sub), "css")?);
    }
    let mut later = Vec::new();
    for sub in ["components", "pages"] {
        later.extend(sorted_files(&style.join("later").join(sub), "css")?);
    }
    later.push(style.join("print.css"));
    Ok(Styles {
        main: write_css(root, out, dev, "app", &main, Some((theme, theme_css)))?,
        later: write_css(root, out, dev, "later", &later, None)?,
    })
}

/// With a theme: its colours in `tokens.css` and, after the rest, its own rules (the logo).
fn write_css(
    root: &Path,
    out: &Path,
    dev: bool,
    stem: &str,
    files: &[PathBuf],
    theme: Option<(&Theme, &str)>,
) -> Result<String> {
    let mut css = String::new();
    for f in files.iter().filter(|f| f.exists()) {
        let mut text = text(f)?;
        if let Some((theme, _)) = theme.filter(|_| f.ends_with("style/tokens.css")) {
            text = theme.tokens_css(&text)?;
        }
        let _ = writeln!(css, "/* {} */\n{text}", f.strip_prefix(root).unwrap_or(f).display());
    }
    if let Some((_, extra)) = theme {
        css.push_str(extra);
    }
    let css = if dev { css } else { minify::css(&css) };
    let name = format!("{stem}.{}.css", hash(css.as_bytes()));
    write(&out.join(&name), css.as_bytes())?;
    Ok(name)
}

pub struct Locale {
    pub tag: String,
    /// The language's name in itself, from its `language-name` message.
    pub name: String,
    /// Every message but the later pages' (what a first visit downloads).
    pub file: String,
    /// `routes.ftl`: routes, reasons and services, which only the later pages (results, urgent
    /// help) show; the app fetches it with their chunks (`app/src/chunks.rs`).
    pub later: String,
}

/// The Fluent file only the later pages use (see `Locale::later`).
const LATER_FTL: &str = "routes.ftl";

/// Two files per language (its `.ftl` files joined, and `routes.ftl` on its own), so a person
/// downloads only theirs, and the later pages' words only when the questions begin.
/// In release, comments (notes for translators) are dropped: see `minify::ftl`.
///
/// The "translation not yet checked" notice (issue 16; `translations/safety.rs`): a language
/// whose safety-critical messages are not all reviewed gets English's notice messages after
/// `assessment::locale::SOURCE_PART` at the end of its file, which the app shows beside its
/// own. The other languages, and English itself, carry no notice messages at all.
fn bundle_locales(root: &Path, locales_dir: &Path, out: &Path, dev: bool, theme: &Theme) -> Result<Vec<Locale>> {
    use crate::translations::safety;
    let gate = safety::Gate::read(&root.join("content"), locales_dir)?;
    let mut english_notice = String::new();
    for f in sorted_files(&locales_dir.join(assessment::locale::SOURCE), "ftl")? {
        english_notice.push_str(&safety::split_notice(&text(&f)?).1);
    }
    let mut dirs: Vec<PathBuf> = std::fs::read_dir(locales_dir)
        .map_err(|e| format!("cannot read locales/: {e}"))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.is_dir())
        .collect();
    dirs.sort();
    std::fs::create_dir_all(out.join("locales")).map_err(|e| e.to_string())?;
    let mut locales = Vec::new();
    for dir in dirs {
        let tag = dir.file_name().and_then(|n| n.to_str()).unwrap_or_default().to_string();
        let (mut ftl, mut later) = (String::new(), String::new());
        for f in sorted_files(&dir, "ftl")? {
            let into = if f.file_name().is_some_and(|n| n == LATER_FTL) { &mut later } else { &mut ftl };
            into.push_str(&text(&f)?);
            into.push('\n');
        }
        // The council's names and help line (and, if it rewords them, the service's name and
        // opening hours) in place of the defaults.
        ftl = theme.ftl(&tag, &ftl);
        let needs_notice = gate.needs_notice(&tag)?;
        if !needs_notice {
            ftl = safety::split_notice(&ftl).0;
        }
        let name = ftl
            .lines()
            .find_map(|l| l.strip_prefix("language-name = "))
            .ok_or_else(|| format!("locales/{tag} has no `language-name` message"))?
            .trim()
            .to_string();
        let write_ftl = |stem: &str, ftl: String| -> Result<String> {
            let ftl = if dev { ftl } else { minify::ftl(&ftl) };
            let file = format!("locales/{stem}.{}.ftl", hash(ftl.as_bytes()));
            write(&out.join(&file), ftl.as_bytes())?;
            Ok(file)
        };
        if needs_notice {
            let english = if dev { english_notice.clone() } else { minify::ftl(&english_notice) };
            let own = if dev { ftl } else { minify::ftl(&ftl) };
            ftl = format!("{own}\n{}\n{english}", assessment::locale::SOURCE_PART);
            println!("{tag}: safety-critical messages not all reviewed: the start page shows the notice");
        }
        let file = if needs_notice && !dev {
            // Already minified, and the marker must stay.
            let file = format!("locales/{tag}.{}.ftl", hash(ftl.as_bytes()));
            write(&out.join(&file), ftl.as_bytes())?;
            file
        } else {
            write_ftl(&tag, ftl)?
        };
        let later = write_ftl(&format!("{tag}-later"), later)?;
        locales.push(Locale { tag, name, file, later });
    }
    // The source language first (it is the fallback), as hand-over codes number them.
    locales.sort_by(|a, b| assessment::locale::app_order(&a.tag).cmp(&assessment::locale::app_order(&b.tag)));
    Ok(locales)
}

/// The shell, once per language: `index.html` in the source language (en-GB) and
/// `index.<tag>.html` for each other one. The server sends the one the browser's
/// `Accept-Language` asks for, so `lang`, `dir`, the title and the no-JavaScript message are right
/// before the app starts (and when it cannot).
fn write_index(
    root: &Path,
    out: &Path,
    scripts: &Scripts,
    css: &Styles,
    locales: &[Locale],
    branding: &Branding,
) -> Result<()> {
    let template = text(&root.join("app/index.html"))?;
    // Read by the app's i18n module, the server and `size`; names are the languages' own.
    let offered: Vec<assessment::locale::Offered> = locales
        .iter()
        .map(|l| assessment::locale::Offered {
            tag: l.tag.clone(),
            name: l.name.clone(),
            file: format!("/{}", l.file),
            later: Some(format!("/{}", l.later)),
        })
        .collect();
    let list = assessment::locale::Offered::to_meta(&offered);
    let source_ftl = locales.first().map(|l| format!("/{}", l.file)).unwrap_or_default();
    for (i, locale) in locales.iter().enumerate() {
        let words = shell_words(out, locale)?;
        let html = template
            .replace("{{js}}", &format!("/{}", scripts.js))
            .replace("{{split_js}}", &format!("/{}", scripts.loader))
            .replace("{{wasm}}", &format!("/{}", scripts.wasm))
            .replace("{{css}}", &format!("/{}", css.main))
            .replace("{{later_css}}", &format!("/{}", css.later))
            .replace("{{locales}}", &list)
            .replace("{{source_ftl}}", &source_ftl)
            .replace("{{lang}}", &locale.tag)
            .replace("{{dir}}", if assessment::locale::is_rtl(&locale.tag) { "rtl" } else { "ltr" })
            .replace("{{title}}", &words.title)
            .replace("{{noscript}}", &words.noscript)
            .replace("{{help}}", &words.help)
            .replace("{{exit_url}}", &escape_html(&branding.exit_url))
            .replace("{{theme_colour}}", &branding.theme_colour);
        if html.contains("{{") {
            return Err("app/index.html has a placeholder xtask does not fill".into());
        }
        // Notes and layout for whoever edits the template, not for browsers.
        let html = strip_html_comments(&html);
        // The source language comes first (see bundle_locales) and is the default shell.
        let name = if i == 0 { "index.html".to_string() } else { format!("index.{}.html", locale.tag) };
        write(&out.join(name), html.as_bytes())?;
    }
    Ok(())
}

struct ShellWords {
    title: String,
    noscript: String,
    help: String,
}

/// The shell's words in one language, HTML-escaped, from the bundled `.ftl` file.
fn shell_words(out: &Path, locale: &Locale) -> Result<ShellWords> {
    let ftl = text(&out.join(&locale.file))?;
    // The language's own words (not the English notice after the marker).
    let ftl = ftl.split(&format!("\n{}\n", assessment::locale::SOURCE_PART)).next().unwrap_or_default().to_string();
    let resource = fluent_bundle::FluentResource::try_new(ftl)
        .map_err(|(_, e)| format!("locales/{}: the Fluent file does not parse: {e:?}", locale.tag))?;
    let langid: unic_langid::LanguageIdentifier =
        locale.tag.parse().map_err(|_| format!("locales/{}: not a language tag", locale.tag))?;
    let mut bundle = fluent_bundle::FluentBundle::new(vec![langid]);
    // Plain text in HTML: no invisible isolation marks around placeables.
    bundle.set_use_isolating(false);
    bundle.add_resource(resource).map_err(|e| format!("locales/{}: {e:?}", locale.tag))?;
    let word = |id: &str| -> Result<String> {
        let pattern = bundle
            .get_message(id)
            .and_then(|m| m.value())
            .ok_or_else(|| format!("locales/{} has no `{id}` message (the page shell needs it)", locale.tag))?;
        let mut errors = Vec::new();
        let value = bundle.format_pattern(pattern, None, &mut errors);
        if !errors.is_empty() {
            return Err(format!("locales/{}: `{id}`: {errors:?}", locale.tag));
        }
        Ok(escape_html(&value))
    };
    Ok(ShellWords { title: word("app-title")?, noscript: word("noscript")?, help: word("footer-help")? })
}

/// What the shell says of the theme.
struct Branding {
    exit_url: String,
    /// The header colour, for the browser's own bar (`<meta name="theme-color">`).
    theme_colour: String,
}

/// Copies the logo in (as `logo`, named by its content hash), and gives the installed app (the
/// manifest) the header's colour.
fn write_branding(out: &Path, theme: &Theme, logo: Option<&str>) -> Result<Branding> {
    let theme_colour = theme.colours.get("--colour-header").map(|c| c.hex.clone()).ok_or("no --colour-header")?;
    if let (Some(file), Some(name)) = (&theme.logo, logo) {
        write(&out.join(name), &file.bytes)?;
    }
    let manifest = out.join("manifest.webmanifest");
    if manifest.exists() {
        let text = text(&manifest)?;
        let start = text.find("\"theme_color\"").ok_or("public/manifest.webmanifest has no theme_color")?;
        let end = start
            + text[start..]
                .find([',', '\n'])
                .ok_or("public/manifest.webmanifest: theme_color is not followed by a comma")?;
        let text = format!("{}\"theme_color\": \"{theme_colour}\"{}", &text[..start], &text[end..]);
        write(&manifest, text.as_bytes())?;
    }
    Ok(Branding { exit_url: theme.exit_url.clone(), theme_colour })
}

/// Drops `<!-- … -->` lines and indentation from the shell template (it has no comments inside
/// other markup, and no `<pre>` or inline text whose leading spaces matter).
fn strip_html_comments(html: &str) -> String {
    html.lines()
        .map(str::trim_start)
        .filter(|l| !(l.starts_with("<!--") && l.trim_end().ends_with("-->")))
        .map(|l| format!("{l}\n"))
        .collect()
}

fn escape_html(s: &str) -> String {
    s.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;")
}

fn compress_all(dir: &Path) -> Result<String> {
    let mut files = Vec::new();
    walk(dir, &mut files)?;
    files.sort();
    let mut report = String::from("file                                   raw     gzip   brotli\n");
    for f in files {
        let ext = f.extension().and_then(|e| e.to_str()).unwrap_or("");
        if !COMPRESSIBLE.contains(&ext) {
            continue;
        }
        let s = compress::write_siblings(&f).map_err(|e| format!("{}: {e}", f.display()))?;
        let rel = f.strip_prefix(dir).unwrap_or(&f).display().to_string();
        let _ = writeln!(report, "{rel:<36} {:>7} {:>8} {:>8}", s.raw, s.gzip, s.brotli);
    }
    Ok(report)
}

fn hash(bytes: &[u8]) -> String {
    let digest = Sha256::digest(bytes);
    digest[..8].iter().map(|b| format!("{b:02x}")).collect()
}

fn sorted_files(dir: &Path, ext: &str) -> Result<Vec<PathBuf>> {
    if !dir.exists() {
        return Ok(Vec::new());
    }
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .map_err(|e| format!("cannot read {}: {e}", dir.display()))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == ext))
        .collect();
    files.sort();
    Ok(files)
}

fn walk(dir: &Path, out: &mut Vec<PathBuf>) -> Result<()> {
    for entry in std::fs::read_dir(dir).map_err(|e| e.to_string())? {
        let path = entry.map_err(|e| e.to_string())?.path();
        if path.is_dir() {
            walk(&path, out)?;
        } else {
            out.push(path);
        }
    }
    Ok(())
}

fn copy_dir(from: &Path, to: &Path) -> Result<()> {
    if !from.exists() {
        return Ok(());
    }
    let mut files = Vec::new();
    walk(from, &mut files)?;
    for f in files {
        let dest = to.join(f.strip_prefix(from).expect("walked from here"));
        if let Some(parent) = dest.parent() {
            std::fs::create_dir_all(parent).map_err(|e| e.to_string())?;
        }
        std::fs::copy(&f, &dest).map_err(|e| format!("cannot copy {}: {e}", f.display()))?;
    }
    Ok(())
}

fn reset_dir(dir: &Path) -> Result<()> {
    if dir.exists() {
        std::fs::remove_dir_all(dir).map_err(|e| format!("cannot clear {}: {e}", dir.display()))?;
    }
    std::fs::create_dir_all(dir).map_err(|e| format!("cannot create {}: {e}", dir.display()))
}

fn read(path: &Path) -> Result<Vec<u8>> {
    std::fs::read(path).map_err(|e| format!("cannot read {}: {e}", path.display()))
}

fn write(path: &Path, bytes: &[u8]) -> Result<()> {
    std::fs::write(path, bytes).map_err(|e| format!("cannot write {}: {e}", path.display()))
}
