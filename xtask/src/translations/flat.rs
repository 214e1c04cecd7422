//! A Fluent pattern as a translator sees it: one plain sentence per variant ("leaf"), its
//! placeholders kept apart as protected codes, and back again.
//!
//! `{ $perspective -> [self] A *[other] B { $name } }` becomes two leaves,
//! `perspective=self: "A"` and `perspective=other: "B", ⟨{ $name }⟩`. Text around a selector is
//! folded into each variant, so rebuilding gives one selector wrapping the whole pattern: the
//! style these files use.

use std::collections::BTreeMap;

use fluent_syntax::ast;

/// One step of a variant path: the selector (its Fluent source, e.g. `$perspective`) and the key.
pub type Step = (String, String);

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Piece {
    Text(String),
    /// The Fluent source of a placeable, e.g. `{ $name }`: never translated.
    Code(String),
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Leaf {
    pub path: Vec<Step>,
    pub pieces: Vec<Piece>,
}

/// A pattern's leaves, and the default key of each selector (`*[…]`).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Flat {
    pub leaves: Vec<Leaf>,
    pub defaults: BTreeMap<String, String>,
}

pub const PLURAL_CATEGORIES: &[&str] = &["zero", "one", "two", "few", "many", "other"];

impl Leaf {
    pub fn text(&self) -> String {
        self.pieces
            .iter()
            .map(|p| match p {
                Piece::Text(t) => t.as_str(),
                Piece::Code(c) => c.as_str(),
            })
            .collect()
    }
    pub fn codes(&self) -> Vec<&str> {
        self.pieces
            .iter()
            .filter_map(|p| match p {
                Piece::Code(c) => Some(c.as_str()),
                _ => None,
            })
            .collect()
    }
}

/// The path as a segment id: `text` for a plain pattern, else `perspective.other`, steps joined
/// by `:` (neither Fluent names nor keys contain a colon). The `$` of a variable is dropped.
pub fn path_id(path: &[Step]) -> String {
    if path.is_empty() {
        return "text".into();
    }
    path.iter().map(|(s, k)| format!("{}.{k}", s.trim_start_matches('$'))).collect::<Vec<_>>().join(":")
}

pub fn parse_path_id(id: &str) -> Result<Vec<Step>, String> {
    if id == "text" {
        return Ok(Vec::new());
    }
    id.split(':')
        .map(|step| {
            let (sel, key) =
                step.split_once('.').ok_or_else(|| format!("segment id \"{id}\" is not one this tool wrote"))?;
            if sel.is_empty() || key.is_empty() {
                return Err(format!("segment id \"{id}\" is not one this tool wrote"));
            }
            Ok((format!("${sel}"), key.to_string()))
        })
        .collect()
}

/// The Fluent source of one inline expression (`{ $name }`), through the crate's serializer.
fn code_source(expr: &ast::Expression<String>) -> String {
    let message = ast::Message {
        id: ast::Identifier { name: "x".to_string() },
        value: Some(ast::Pattern { elements: vec![ast::PatternElement::Placeable { expression: expr.clone() }] }),
        attributes: vec![],
        comment: None,
    };
    let text = fluent_syntax::serializer::serialize(&ast::Resource { body: vec![ast::Entry::Message(message)] });
    text.trim_end().strip_prefix("x = ").unwrap_or(text.trim_end()).to_string()
}

fn selector_source(selector: &ast::InlineExpression<String>) -> String {
    let code = code_source(&ast::Expression::Inline(selector.clone()));
    code.trim_start_matches('{').trim_end_matches('}').trim().to_string()
}

fn key_source<S: AsRef<str>>(key: &ast::VariantKey<S>) -> String {
    match key {
        ast::VariantKey::Identifier { name } => name.as_ref().to_string(),
        ast::VariantKey::NumberLiteral { value } => value.as_ref().to_string(),
    }
}

pub fn flatten(pattern: &ast::Pattern<String>) -> Flat {
    let mut flat = Flat::default();
    let leaves = walk(&pattern.elements, &mut flat.defaults);
    flat.leaves = leaves.into_iter().map(|(path, pieces)| Leaf { path, pieces: merge(pieces) }).collect();
    flat
}

type Partial = (Vec<Step>, Vec<Piece>);

fn walk(elements: &[ast::PatternElement<String>], defaults: &mut BTreeMap<String, String>) -> Vec<Partial> {
    let mut acc: Vec<Partial> = vec![(Vec::new(), Vec::new())];
    for el in elements {
        match el {
            ast::PatternElement::TextElement { value } => {
                for (_, pieces) in &mut acc {
                    pieces.push(Piece::Text(value.clone()));
                }
            }
            ast::PatternElement::Placeable { expression: ast::Expression::Select { selector, variants } } => {
                let sel = selector_source(selector);
                let mut next = Vec::new();
                for (path, pieces) in &acc {
                    for v in variants {
                        let key = key_source(&v.key);
                        if v.default {
                            defaults.insert(sel.clone(), key.clone());
                        }
                        for (sub_path, sub_pieces) in walk(&v.value.elements, defaults) {
                            let mut p = path.clone();
                            p.push((sel.clone(), key.clone()));
                            p.extend(sub_path);
                            let mut pcs = pieces.clone();
                            pcs.extend(sub_pieces);
                            next.push((p, pcs));
                        }
                    }
                }
                acc = next;
            }
            ast::PatternElement::Placeable { expression } => {
                let code = code_source(expression);
                // A quoted literal (`{"{"}`) is escaped text, not a code.
                let literal = match expression {
                    ast::Expression::Inline(ast::InlineExpression::StringLiteral { value }) => Some(value.clone()),
                    _ => None,
                };
                for (_, pieces) in &mut acc {
                    match &literal {
                        Some(t) => pieces.push(Piece::Text(unescape(t))),
                        None => pieces.push(Piece::Code(code.clone())),
                    }
                }
            }
        }
    }
    acc
}

fn unescape(s: &str) -> String {
    s.replace("\\\"", "\"").replace("\\\\", "\\")
}

/// Adjacent text pieces joined.
fn merge(pieces: Vec<Piece>) -> Vec<Piece> {
    let mut out: Vec<Piece> = Vec::new();
    for p in pieces {
        match (out.last_mut(), p) {
            (Some(Piece::Text(a)), Piece::Text(b)) => a.push_str(&b),
            (_, p) => out.push(p),
        }
    }
    out
}

/// Whether a selector's keys are plural categories or numbers.
pub fn is_plural_keys<'a>(keys: impl IntoIterator<Item = &'a str>) -> bool {
    keys.into_iter().all(|k| PLURAL_CATEGORIES.contains(&k) || k.parse::<f64>().is_ok())
}

/// The selectors of a flat pattern, in order, with their keys in order of first appearance.
pub fn selectors(flat: &Flat) -> Vec<(String, Vec<String>)> {
    let mut out: Vec<(String, Vec<String>)> = Vec::new();
    for leaf in &flat.leaves {
        for (sel, key) in &leaf.path {
            match out.iter_mut().find(|(s, _)| s == sel) {
                Some((_, keys)) => {
                    if !keys.contains(key) {
                        keys.push(key.clone())
                    }
                }
                None => out.push((sel.clone(), vec![key.clone()])),
            }
        }
    }
    out
}

/// Text as Fluent source: braces quoted; spaces the parser would drop (at the start or end of
/// the pattern, or of a line) quoted; continuation lines indented, and characters special at a
/// line's start quoted.
fn escape_text(text: &str, indent: &str, at_start: bool, at_end: bool) -> String {
    let mut out = String::new();
    let lines: Vec<&str> = text.split('\n').collect();
    let last = lines.len() - 1;
    for (i, line) in lines.iter().enumerate() {
        if i > 0 {
            out.push('\n');
            out.push_str(indent);
        }
        let mut body = String::new();
        for c in line.chars() {
            match c {
                '{' => body.push_str("{\"{\"}"),
                '}' => body.push_str("{\"}\"}"),
                c => body.push(c),
            }
        }
        let quote_lead = i > 0 || at_start;
        let quote_trail = i < last || at_end;
        let lead = body.len() - body.trim_start_matches(' ').len();
        if lead == body.len() && !body.is_empty() && (quote_lead || quote_trail) {
            body = format!("{{\"{body}\"}}");
        } else {
            let trail = body.len() - body.trim_end_matches(' ').len();
            if trail > 0 && quote_trail {
                let cut = body.len() - trail;
                body = format!("{}{{\"{}\"}}", &body[..cut], &body[cut..]);
            }
            if lead > 0 && quote_lead {
                body = format!("{{\"{}\"}}{}", &body[..lead], &body[lead..]);
            }
        }
        if i > 0 && (body.starts_with('[') || body.starts_with('*') || body.starts_with('.')) {
            let first = body.remove(0);
            body = format!("{{\"{first}\"}}{body}");
        }
        out.push_str(&body);
    }
    out
}

fn pieces_source(pieces: &[Piece], indent: &str) -> String {
    let n = pieces.len();
    pieces
        .iter()
        .enumerate()
        .map(|(i, p)| match p {
            Piece::Text(t) => escape_text(t, indent, i == 0, i + 1 == n),
            Piece::Code(c) => c.clone(),
        })
        .collect()
}

/// The Fluent source of a pattern with these leaves, to stand after `id = ` (or `.attr = `).
/// `defaults` names each selector's `*` key; a selector without one takes `other` if it has
/// it, else its first key.
pub fn rebuild(leaves: &[Leaf], defaults: &BTreeMap<String, String>) -> String {
    fn level(leaves: &[&Leaf], depth: usize, defaults: &BTreeMap<String, String>, indent: usize) -> String {
        let pad = " ".repeat(indent);
        if leaves.len() == 1 && leaves[0].path.len() == depth {
            return pieces_source(&leaves[0].pieces, &pad);
        }
        let sel = leaves[0].path[depth].0.clone();
        let mut keys: Vec<String> = Vec::new();
        for l in leaves {
            if !keys.contains(&l.path[depth].1) {
                keys.push(l.path[depth].1.clone());
            }
        }
        let default = defaults
            .get(&sel)
            .filter(|d| keys.contains(d))
            .cloned()
            .or_else(|| keys.iter().find(|k| *k == "other").cloned())
            .unwrap_or_else(|| keys[0].clone());
        let mut out = format!("{{ {sel} ->\n");
        for key in &keys {
            let group: Vec<&Leaf> = leaves.iter().copied().filter(|l| &l.path[depth].1 == key).collect();
            let star = if *key == default { "*" } else { " " };
            let inner = level(&group, depth + 1, defaults, indent + 8);
            let _ = std::fmt::Write::write_fmt(&mut out, format_args!("{pad}   {star}[{key}] {inner}\n"));
        }
        out.push_str(&pad);
        out.push('}');
        out
    }
    let refs: Vec<&Leaf> = leaves.iter().collect();
    let body = level(&refs, 0, defaults, 4);
    if body.contains('\n') || body.starts_with('{') && leaves.len() > 1 {
        format!("\n    {body}")
    } else {
        body
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn flat_of(src: &str) -> Flat {
        let res = fluent_syntax::parser::parse(src.to_string()).expect("parses");
        match &res.body[0] {
            ast::Entry::Message(m) => flatten(m.value.as_ref().unwrap()),
            _ => panic!(),
        }
    }

    #[test]
    fn selectors_become_leaves_and_back() {
        let src = "m = { $perspective ->\n   *[self] Have you had a fall?\n    [other] Has { $name } had a fall?\n    [staff] Ask the caller: Have you had a fall?\n}\n";
        let flat = flat_of(src);
        assert_eq!(flat.leaves.len(), 3);
        assert_eq!(path_id(&flat.leaves[1].path), "perspective.other");
        assert_eq!(flat.leaves[1].codes(), vec!["{ $name }"]);
        assert_eq!(flat.defaults["$perspective"], "self");
        let again = flat_of(&format!("m = {}\n", rebuild(&flat.leaves, &flat.defaults)));
        assert_eq!(again, flat);
    }

    #[test]
    fn braces_and_spaces_survive() {
        let leaf = Leaf { path: vec![], pieces: vec![Piece::Text(" a {b} ".into()), Piece::Code("{ $count }".into())] };
        let src = format!("m = {}\n", rebuild(std::slice::from_ref(&leaf), &BTreeMap::new()));
        let flat = flat_of(&src);
        assert_eq!(flat.leaves[0].text(), " a {b} { $count }", "{src}");
        assert_eq!(flat.leaves[0].codes(), vec!["{ $count }"]);
        // Spaces beside a placeable are kept as they are, not quoted.
        let leaf = Leaf {
            path: vec![],
            pieces: vec![Piece::Text("Has ".into()), Piece::Code("{ $name }".into()), Piece::Text(" had".into())],
        };
        assert_eq!(rebuild(std::slice::from_ref(&leaf), &BTreeMap::new()), "Has { $name } had");
    }

    #[test]
    fn path_ids_round_trip() {
        let path = vec![("$perspective".to_string(), "other".to_string()), ("$count".to_string(), "few".to_string())];
        assert_eq!(parse_path_id(&path_id(&path)).unwrap(), path);
        assert!(parse_path_id("nonsense").is_err());
    }
}
