//! The build refuses a theme whose colours fail contrast, before compiling anything, and says
//! which: file, line, key, the two colours, the ratio and the ratio needed.

use std::path::PathBuf;
use std::process::Command;

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).parent().unwrap().to_path_buf()
}

fn xtask(args: &[&str]) -> (bool, String) {
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
    let out = Command::new(cargo).current_dir(root()).arg("xtask").args(args).output().expect("cargo runs");
    (out.status.success(), format!("{}{}", String::from_utf8_lossy(&out.stdout), String::from_utf8_lossy(&out.stderr)))
}

#[test]
fn the_build_refuses_a_theme_that_fails_contrast_and_says_which() {
    let dir = root().join("target/theme-test");
    std::fs::create_dir_all(&dir).unwrap();
    let example = std::fs::read_to_string(root().join("content/themes/example-borough.toml")).unwrap();
    // Pale lilac links on white: 3.6:1, under the 4.5:1 text needs.
    let bad = example.replace("link = \"#5c2d91\"", "link = \"#8e7cc3\"");
    assert_ne!(bad, example, "the example theme sets link = \"#5c2d91\"");
    let line = bad.lines().position(|l| l.starts_with("link =")).unwrap() + 1;
    let file = dir.join("pale-links.toml");
    std::fs::write(&file, bad).unwrap();
    std::fs::copy(root().join("content/themes/example-borough-logo.svg"), dir.join("example-borough-logo.svg"))
        .unwrap();

    let expected = format!(
        "target/theme-test/pale-links.toml:{line}: colours.link: #8e7cc3 on #ffffff (--colour-white, style/tokens.css:"
    );
    let (ok, report) = xtask(&["theme", file.to_str().unwrap()]);
    assert!(!ok, "{report}");
    assert!(report.contains(&expected), "{report}");
    assert!(report.contains("has contrast 3.60:1, below the 4.5:1 needed for links (text, WCAG 1.4.3)"), "{report}");

    let out = dir.join("dist");
    let (ok, report) = xtask(&["build", "--theme", file.to_str().unwrap(), "--out", out.to_str().unwrap()]);
    assert!(!ok, "{report}");
    assert!(report.contains(&expected), "{report}");
    assert!(!out.exists(), "nothing is built");

    let (ok, report) = xtask(&["theme", "content/themes/example-borough.toml"]);
    assert!(ok, "{report}");
}
