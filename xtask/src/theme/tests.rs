use std::path::{Path, PathBuf};

use super::apply::without_entries;
use super::*;

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).parent().unwrap().to_path_buf()
}

fn tokens() -> String {
    std::fs::read_to_string(root().join("style/tokens.css")).unwrap()
}

fn languages() -> Vec<String> {
    offered_languages(&root().join("locales")).unwrap()
}

const MINIMAL: &str = r##"exit_url = "https://www.bbc.co.uk/weather"

[council]
name = "Testshire Council"

[contact]
name = "Care Desk"
phone = "0100 000 000"
"##;

fn parse_text(text: &str) -> Result<Theme, String> {
    parse("content/themes/test.toml", text, Path::new("."), &tokens(), &languages())
}

#[test]
fn the_councils_theme_and_every_example_load() {
    let langs = languages();
    let mut files = vec![root().join("content/theme.toml")];
    for e in std::fs::read_dir(root().join("content/themes")).unwrap() {
        let p = e.unwrap().path();
        if p.extension().is_some_and(|x| x == "toml") {
            files.push(p);
        }
    }
    assert!(files.len() >= 2, "content/themes/ holds at least one example");
    for f in files {
        load(&root(), &f, &langs).unwrap_or_else(|e| panic!("{e}"));
    }
}

#[test]
fn the_default_theme_leaves_the_css_exactly_as_it_was() {
    let theme = load(&root(), &root().join("content/theme.toml"), &languages()).unwrap();
    assert_eq!(theme.tokens_css(&tokens()).unwrap(), tokens());
    assert_eq!(theme.logo_css(Some("/logo.0.svg")), "", "no logo, no rules");
}

#[test]
fn a_minimal_theme_loads_and_keeps_the_default_colours() {
    let theme = parse_text(MINIMAL).unwrap();
    assert_eq!(theme.colours["--colour-link"].hex, "#1d70b8");
    assert!(!theme.colours["--colour-link"].themed);
    assert_eq!(theme.tokens_css(&tokens()).unwrap(), tokens());
}

#[test]
fn a_colour_that_fails_contrast_names_the_file_line_key_colours_and_ratios() {
    let text = format!("{MINIMAL}\n[colours]\nlink = \"#7FB2E5\"\n");
    let err = parse_text(&text).unwrap_err();
    let line = text.lines().position(|l| l.starts_with("link =")).unwrap() + 1;
    assert!(err.starts_with("2 problems in the theme:"), "{err}");
    assert!(
        err.contains(&format!(
            "content/themes/test.toml:{line}: colours.link: #7fb2e5 on #ffffff (--colour-white, style/tokens.css:"
        )),
        "{err}"
    );
    assert!(err.contains("has contrast 2.2"), "{err}");
    assert!(err.contains("below the 4.5:1 needed for links (text, WCAG 1.4.3)"), "{err}");
    assert!(err.contains("below the 4.5:1 needed for links on grey panels"), "{err}");
}

#[test]
fn two_themed_colours_that_clash_are_both_named() {
    let text = format!("{MINIMAL}\n[colours]\nheader = \"#1d3b5c\"\nheader_text = \"#2b4f7a\"\n");
    let err = parse_text(&text).unwrap_err();
    assert!(
        err.contains("colours.header_text: #2b4f7a on #1d3b5c (colours.header, content/themes/test.toml:11)"),
        "{err}"
    );
}

#[test]
fn a_pale_header_fails_for_the_focus_highlight_and_the_exit_buttons_edge() {
    // Yellow focus on a pale header cannot be seen (3:1 for focus indicators).
    let text = format!("{MINIMAL}\n[colours]\nheader = \"#f0f0f0\"\nheader_text = \"#0b0c0c\"\n");
    let err = parse_text(&text).unwrap_err();
    assert!(err.contains("colours.header: #ffdd00 (--colour-focus, style/tokens.css:"), "{err}");
    assert!(err.contains("below the 3:1 needed for a focused link in the header (non-text, WCAG 1.4.11)"), "{err}");
    assert!(err.contains("the Exit this page button's white edge"), "{err}");
}

#[test]
fn button_text_must_read_on_the_button_and_on_hover() {
    let text = format!("{MINIMAL}\n[colours]\nbutton = \"#00703c\"\nbutton_hover = \"#4caf50\"\n");
    let err = parse_text(&text).unwrap_err();
    assert!(err.contains("colours.button_hover: #ffffff (--colour-button-text, style/tokens.css:"), "{err}");
    assert!(err.contains("button text under the pointer"), "{err}");
}

#[test]
fn unknown_keys_bad_colours_and_bad_addresses_are_each_reported() {
    let text = r##"exit_url = "http://example.com/weather"

[council]
name = "Testshire {Council}"

[contact]
name = "Care Desk"
phone = "call 0100"

[colours]
lnk = "#000000"
header = "navy"
"##;
    let err = parse_text(text).unwrap_err();
    for expected in [
        "content/themes/test.toml:1: exit_url: \"http://example.com/weather\" must start with https://",
        "content/themes/test.toml:4: council.name: \"Testshire {Council}\": braces are not allowed",
        "content/themes/test.toml:8: contact.phone: \"call 0100\": write digits and spaces only",
        "content/themes/test.toml:11: colours.lnk: not a colour a theme can set; use one of: header, header_text",
        "content/themes/test.toml:12: colours.header: \"navy\" is not a colour",
    ] {
        assert!(err.contains(expected), "expected «{expected}» in:\n{err}");
    }
}

#[test]
fn a_toml_mistake_names_the_line() {
    let err = parse_text("exit_url = \"https://www.bbc.co.uk/weather\"\n[council]\nname = \n").unwrap_err();
    assert!(err.starts_with("content/themes/test.toml:3: name ="), "{err}");
    let err = parse_text(&MINIMAL.replace("[contact]", "[contacts]")).unwrap_err();
    assert!(err.contains(":6: [contacts]: unknown field `contacts`"), "{err}");
}

#[test]
fn exit_addresses() {
    for good in [
        "https://www.bbc.co.uk/weather",
        "https://www.google.co.uk",
        "https://www.metoffice.gov.uk/weather/forecast/uk",
    ] {
        assert_eq!(check_exit_url(good), Ok(()), "{good}");
    }
    for bad in [
        "http://www.bbc.co.uk",
        "javascript:alert(1)",
        "https://user:pw@example.com",
        "https://localhost/",
        "https://127.0.0.1/",
        "https://example.com:8443/",
        "https://www.bbc.co.uk/\"onload",
        "/weather",
        "about:blank",
    ] {
        assert!(check_exit_url(bad).is_err(), "{bad}");
    }
}

#[test]
fn words_must_be_given_in_every_language() {
    let text = format!(
        "{MINIMAL}\n[service]\nname = {{ en-GB = \"Care checker\", pl = \"Sprawdzanie opieki\", xx = \"?\" }}\n"
    );
    let err = parse_text(&text).unwrap_err();
    assert!(
        err.contains("service.name: give it in every language the site offers; missing: ar, bn, pa, ro, ur"),
        "{err}"
    );
    assert!(err.contains("service.name.xx: the site has no language \"xx\""), "{err}");
}

#[test]
fn a_proper_noun_per_language_falls_back_to_english() {
    let text = MINIMAL
        .replace("name = \"Testshire Council\"", "name = { en-GB = \"Testshire Council\", ar = \"مجلس تستشاير\" }");
    let theme = parse_text(&text).unwrap();
    assert_eq!(theme.council_name.get("ar"), "مجلس تستشاير");
    assert_eq!(theme.council_name.get("pl"), "Testshire Council");
    let err = parse_text(&MINIMAL.replace("name = \"Testshire Council\"", "name = { ar = \"مجلس\" }")).unwrap_err();
    assert!(err.contains("council.name: a name given per language must include en-GB"), "{err}");
}

#[test]
fn the_fluent_file_gets_the_themes_names_in_place_of_the_defaults() {
    let mut text = MINIMAL.to_string();
    let all: Vec<String> = languages().iter().map(|l| format!("{l} = \"Name {l}\"")).collect();
    text.push_str(&format!("\n[service]\nname = {{ {} }}\n", all.join(", ")));
    let theme = parse_text(&text).unwrap();
    let ftl = "app-title = Old name\n# note\n-helpline = Old line\n-helpline-number = 1\nfooter-help = Call { -helpline } on { -helpline-number }.\n    .attr = kept\n";
    let en = theme.ftl("en-GB", ftl);
    assert!(!en.contains("Old"), "{en}");
    assert!(en.contains("footer-help = Call { -helpline } on { -helpline-number }.\n    .attr = kept\n"), "{en}");
    assert!(en.contains("app-title = Name en-GB\n"));
    assert!(en.contains("-helpline = Care Desk\n-helpline-number = 0100 000 000\n"));
    // In right-to-left languages the number is isolated left-to-right.
    assert!(theme.ftl("ar", ftl).contains("-helpline-number = \u{2066}0100 000 000\u{2069}\n"));
    // It parses, and renders.
    let res = fluent_bundle::FluentResource::try_new(en).unwrap();
    let mut bundle = fluent_bundle::FluentBundle::new(vec!["en-GB".parse().unwrap()]);
    bundle.set_use_isolating(false);
    bundle.add_resource(res).unwrap();
    let msg = bundle.get_message("footer-help").unwrap();
    let mut errors = Vec::new();
    assert_eq!(bundle.format_pattern(msg.value().unwrap(), None, &mut errors), "Call Care Desk on 0100 000 000.");
    assert!(errors.is_empty());
}

#[test]
fn without_entries_drops_only_the_named_entries_with_their_lines() {
    let ftl = "a = 1\n    .x = 2\nb =\n    multi\n\n    line\nc = 3\n# c\nd = 4\n";
    assert_eq!(without_entries(ftl, &["a", "b"]), "c = 3\n# c\nd = 4\n");
    assert_eq!(without_entries(ftl, &["d"]), "a = 1\n    .x = 2\nb =\n    multi\n\n    line\nc = 3\n# c\n");
}

#[test]
fn themed_colours_replace_their_tokens_only() {
    let text = format!("{MINIMAL}\n[colours]\nheader = \"#0b3d2e\"\nlink = \"#1d70b8\"\n");
    let theme = parse_text(&text).unwrap();
    let css = theme.tokens_css(&tokens()).unwrap();
    assert!(css.contains("  --colour-header: #0b3d2e; /* content/themes/test.toml:11: colours.header */\n"), "{css}");
    assert!(css.contains("  --colour-link: #1d70b8;             /* 5.2:1 on white"), "unchanged line kept as it was");
    assert_eq!(css.lines().count(), tokens().lines().count());
}

#[test]
fn logos_must_be_small_plain_svg_that_fetch_nothing() {
    let dir = std::env::temp_dir().join(format!("xtask-theme-logo-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let write = |name: &str, svg: &str| std::fs::write(dir.join(name), svg).unwrap();
    write("ok.svg", r##"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 120 40"><use href="#a"/></svg>"##);
    write(
        "font.svg",
        r#"<svg xmlns="http://www.w3.org/2000/svg"><style>@import url(https://fonts.example/x.css);</style></svg>"#,
    );
    write("img.svg", r#"<svg xmlns="http://www.w3.org/2000/svg"><image href="https://cdn.example/logo.png"/></svg>"#);
    write("script.svg", r#"<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>"#);
    write("size.svg", r#"<svg xmlns="http://www.w3.org/2000/svg" width="200px" height="50px"></svg>"#);
    let logo = read_logo(&dir, "ok.svg").unwrap();
    assert_eq!(logo.aspect, Some((120.0, 40.0)));
    assert_eq!(read_logo(&dir, "size.svg").unwrap().aspect, Some((200.0, 50.0)));
    for bad in ["font.svg", "img.svg", "script.svg", "missing.svg", "ok.png"] {
        assert!(read_logo(&dir, bad).is_err(), "{bad}");
    }
    std::fs::remove_dir_all(&dir).unwrap();
}

/// Each language's real words with each real theme: no id defined twice (a term `-x` and a
/// message `x` share one namespace in fluent-bundle), and the footer, the service's name and
/// the logo's text render without errors.
#[test]
fn every_language_renders_the_header_and_footer_with_every_theme() {
    let langs = languages();
    for file in ["content/theme.toml", "content/themes/example-borough.toml"] {
        let theme = load(&root(), &root().join(file), &langs).unwrap();
        for tag in &langs {
            let mut ftl = String::new();
            for f in crate::words::ftl_files(&root().join("locales").join(tag)).unwrap() {
                ftl.push_str(&std::fs::read_to_string(f).unwrap());
                ftl.push('\n');
            }
            let ftl = theme.ftl(tag, &ftl);
            let res = fluent_bundle::FluentResource::try_new(ftl).unwrap_or_else(|(_, e)| panic!("{tag}: {e:?}"));
            let mut bundle = fluent_bundle::FluentBundle::new(vec![tag.parse().unwrap()]);
            bundle.set_use_isolating(false);
            bundle.add_resource(res).unwrap_or_else(|e| panic!("{file} {tag}: {e:?}"));
            for id in ["app-title", "footer-help", "contact-unverified"] {
                let msg = bundle.get_message(id).unwrap_or_else(|| panic!("{tag}: no {id}"));
                let mut errors = Vec::new();
                let text = bundle.format_pattern(msg.value().unwrap(), None, &mut errors);
                assert!(errors.is_empty(), "{file} {tag} {id}: {errors:?}");
                if id == "footer-help" {
                    assert!(text.contains(&theme.contact_phone), "{file} {tag}: {text}");
                }
            }
        }
    }
}

#[test]
fn the_logo_is_drawn_by_css_with_the_councils_name_in_each_language_as_its_text() {
    let theme = load(&root(), &root().join("content/themes/example-borough.toml"), &languages()).unwrap();
    let css = theme.logo_css(Some("/logo.abc.svg"));
    assert!(css.contains(".site-header__title::before { content: \"\" / \"Example Borough Council\";"), "{css}");
    assert!(css.contains("background: url(\"/logo.abc.svg\") center / contain no-repeat;"), "{css}");
    assert!(css.contains("inline-size: min(calc(2.5rem * 48 / 48), 10rem)"), "{css}");
    assert!(css.contains(":lang(ar) .site-header__title::before { content: \"\" / \"مجلس بلدية إكزامبل\"; }"), "{css}");
    assert_eq!(theme.logo_css(None), "");
    // A quote in a name cannot end the CSS string.
    let mut quoted = theme.clone();
    quoted.council_name = Text::Same("The \"Best\" Council \\ Ltd".into());
    assert!(quoted.logo_css(Some("/l.svg")).contains(r#"/ "The \"Best\" Council \\ Ltd";"#));
}
