//! The first-load budget (issue 7): builds the release bundle into `target/size-budget-dist`
//! with the real pipeline (`cargo xtask build --out …`), then fails if what a first visit
//! downloads, brotli-compressed, weighs more than `FIRST_LOAD_BROTLI_BUDGET` in
//! `xtask/src/size.rs`. Sizes only: the build is deterministic, timings are not.
//!
//! It leaves `dist/` alone, so it can run before or after `cargo xtask build`; the wasm
//! compile it starts shares `target/` with that build, so whichever runs second is warm.

use std::path::PathBuf;
use std::process::Command;

#[test]
fn first_load_brotli_total_stays_within_the_committed_budget() {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).parent().unwrap().to_path_buf();
    let out = root.join("target/size-budget-dist");
    // Through the `cargo xtask` alias (a release build of xtask, as `scripts/test.sh` and
    // `scripts/bench.sh` use): brotli at quality 11 in a debug build takes minutes.
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
    let xtask = |args: &[&str]| {
        let mut cmd = Command::new(&cargo);
        cmd.current_dir(&root).args(["xtask"]).args(args).arg(&out);
        cmd
    };

    let built = xtask(&["build", "--out"]).status().expect("cargo runs");
    assert!(built.success(), "`cargo xtask build` failed; see above");

    let checked = xtask(&["size", "--check", "--dist"]).output().expect("cargo runs");
    let report = format!("{}{}", String::from_utf8_lossy(&checked.stdout), String::from_utf8_lossy(&checked.stderr));
    println!("{report}");
    assert!(checked.status.success(), "first-load size budget exceeded:\n{report}");
}
