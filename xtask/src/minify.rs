//! Size-only rewrites of text the browser downloads on first load. Each keeps meaning exactly:
//! CSS loses comments and layout whitespace (never inside strings); Fluent loses comment lines;
//! the JS glue goes through esbuild's minifier.
//! Measured on 2026-11-29 (brotli): CSS 13.5 → 8.0 KB, en-GB.ftl 9.8 → 9.2 KB, JS 8.2 → 6.4 KB.

use std::io::Write as _;
use std::path::Path;
use std::process::{Command, Stdio};

/// Minifies an ES module with esbuild (pinned in `xtask/js/package.json`; installed there
/// with `npm ci` on first use, offline afterwards). Whitespace, comments and local names
/// only: `--minify` keeps the module's exports and behaviour.
pub fn js(root: &Path, src: &str) -> Result<String, String> {
    let tools = root.join("xtask/js");
    let esbuild = tools.join("node_modules/.bin/esbuild");
    if !esbuild.exists() {
        eprintln!("xtask: installing the pinned JS minifier (npm ci in xtask/js)");
        let status = Command::new("npm")
            .args(["ci", "--no-audit", "--no-fund", "--loglevel=error"])
            .current_dir(&tools)
            .status()
            .map_err(|e| format!("cannot run npm (Node.js is needed to minify the JS glue): {e}"))?;
        if !status.success() || !esbuild.exists() {
            return Err("`npm ci` in xtask/js failed; the release build minifies the JS glue with esbuild".into());
        }
    }
    let mut child = Command::new(&esbuild)
        .args([
            "--minify",
            "--format=esm",
            "--log-level=warning",
            "--charset=utf8",
            // wasm-bindgen names the chunk loader once per import group; each is the same module.
            "--log-override:duplicate-object-key=silent",
        ])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .map_err(|e| format!("cannot run {}: {e}", esbuild.display()))?;
    child.stdin.take().expect("piped").write_all(src.as_bytes()).map_err(|e| e.to_string())?;
    let out = child.wait_with_output().map_err(|e| e.to_string())?;
    if !out.status.success() {
        return Err("esbuild could not minify the JS glue (see above)".into());
    }
    String::from_utf8(out.stdout).map_err(|e| e.to_string())
}

/// Removes comments and whitespace that carries no meaning. Strings (`"…"`, `'…'`) are copied
/// as written; whitespace elsewhere collapses to one space, and goes entirely next to
/// `{ } ; ,` and after `:`. (Not before `:`: in a selector `a :focus` differs from `a:focus`.)
/// Whitespace inside `calc( a + b )` stays one space, as the grammar needs.
pub fn css(src: &str) -> String {
    let mut out = String::with_capacity(src.len());
    let mut chars = src.chars().peekable();
    // A run of whitespace (or a comment, which counts as whitespace) is pending until the next
    // character decides whether it is needed.
    let mut pending_space = false;
    while let Some(c) = chars.next() {
        match c {
            '/' if chars.peek() == Some(&'*') => {
                chars.next();
                let mut prev = '\0';
                for c in chars.by_ref() {
                    if prev == '*' && c == '/' {
                        break;
                    }
                    prev = c;
                }
                pending_space = true;
            }
            c if c.is_whitespace() => pending_space = true,
            '"' | '\'' => {
                flush_space(&mut out, &mut pending_space, c);
                out.push(c);
                let mut escaped = false;
                for s in chars.by_ref() {
                    out.push(s);
                    if escaped {
                        escaped = false;
                    } else if s == '\\' {
                        escaped = true;
                    } else if s == c {
                        break;
                    }
                }
            }
            c => {
                flush_space(&mut out, &mut pending_space, c);
                // `;}` → `}`: the last declaration needs no terminator.
                if c == '}' && out.ends_with(';') {
                    out.pop();
                }
                out.push(c);
            }
        }
    }
    out.trim_end().to_string()
}

fn flush_space(out: &mut String, pending: &mut bool, next: char) {
    if std::mem::take(pending) {
        let after_punct = out.is_empty() || out.ends_with(['{', '}', ';', ',', ':', '>']);
        let before_punct = matches!(next, '{' | '}' | ';' | ',' | '>');
        if !after_punct && !before_punct {
            out.push(' ');
        }
    }
}

/// Drops Fluent comment lines (`#`, `##`, `###` at the start of a line) and the blank lines
/// between entries. A continuation line of a multi-line value must be indented, so a line
/// starting with `#` is always a comment; blank lines followed by an indented line may be
/// inside a value (Fluent keeps them), so those stay.
pub fn ftl(src: &str) -> String {
    let mut out = String::with_capacity(src.len());
    let mut blanks = 0;
    for line in src.lines() {
        if line.starts_with('#') {
            blanks = 0;
        } else if line.trim().is_empty() {
            blanks += 1;
        } else {
            if line.starts_with(' ') {
                out.extend(std::iter::repeat_n('\n', blanks));
            }
            blanks = 0;
            out.push_str(line);
            out.push('\n');
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn css_drops_comments_and_layout_whitespace() {
        let src = "/* tokens */\n:root {\n  --gap: 1rem; /* base */\n}\n\na:hover,\nb > c {\n  color: red;\n  margin: 0 auto;\n}\n";
        assert_eq!(css(src), ":root{--gap:1rem}a:hover,b>c{color:red;margin:0 auto}");
    }

    #[test]
    fn css_keeps_strings_descendant_pseudo_classes_and_calc_spaces() {
        assert_eq!(
            css("a[href]::after { content: \" (\"  attr(href)  \")\"; }"),
            "a[href]::after{content:\" (\" attr(href) \")\"}"
        );
        assert_eq!(css(".x :focus { top: calc(1px  +  2px); }"), ".x :focus{top:calc(1px + 2px)}");
        assert_eq!(
            css("p { font-family: \"Segoe UI\", 'A /* b */', serif; }"),
            "p{font-family:\"Segoe UI\",'A /* b */',serif}"
        );
        assert_eq!(css("q { content: \"a\\\" ; b\" }"), "q{content:\"a\\\" ; b\"}");
    }

    #[test]
    fn css_media_queries_keep_their_words() {
        assert_eq!(
            css("@media (min-width: 40em) and (prefers-reduced-motion: no-preference) {\n a { b: c }\n}"),
            "@media (min-width:40em) and (prefers-reduced-motion:no-preference){a{b:c}}"
        );
    }

    #[test]
    fn ftl_drops_comments_and_blank_lines_only() {
        let src = "### File\n\n# Note\nhello = Hello\n    { $name }\n\n## Group\nbye = Bye\n";
        assert_eq!(ftl(src), "hello = Hello\n    { $name }\nbye = Bye\n");
        // A blank line inside a multi-line value is part of it.
        let src = "para =\n    One.\n\n    Two.\n\nnext = x\n";
        assert_eq!(ftl(src), src.replace("\n\nnext", "\nnext"));
    }
}
