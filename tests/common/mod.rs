//! Helpers for integration tests: run the binary in a temporary folder.
#![allow(dead_code)]

pub mod tools;

use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

/// The repository root (where Cargo.toml is).
pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// The sample corpus folder.
pub fn seeds() -> PathBuf {
    root().join("corpus/seeds")
}

/// A `gazegraph` command running in `dir`.
pub fn gazegraph(dir: &Path) -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_gazegraph"));
    c.current_dir(dir).env("NO_COLOR", "1").stdin(Stdio::null());
    c
}

/// Runs `gazegraph ARGS` in `dir` and returns its output.
pub fn run(dir: &Path, args: &[&str]) -> Output {
    gazegraph(dir).args(args).output().expect("run gazegraph")
}

/// Runs and asserts success; returns stdout.
pub fn run_ok(dir: &Path, args: &[&str]) -> String {
    let out = run(dir, args);
    assert!(
        out.status.success(),
        "gazegraph {:?} failed: {:?}\nstderr:\n{}",
        args,
        out.status,
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).expect("utf-8 stdout")
}

/// Parses JSON Lines output.
pub fn json_lines(s: &str) -> Vec<serde_json::Value> {
    s.lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| serde_json::from_str(l).expect("json line"))
        .collect()
}

/// Builds the sample corpus into `dir/out` and returns graph.json parsed.
pub fn build_seeds(dir: &Path) -> serde_json::Value {
    let seeds = seeds();
    run_ok(
        dir,
        &[
            "build",
            seeds.to_str().expect("path"),
            "-o",
            "out",
            "--quiet",
        ],
    );
    let text = std::fs::read_to_string(dir.join("out/graph.json")).expect("graph.json");
    serde_json::from_str(&text).expect("graph.json parses")
}

/// Runs `gazegraph ARGS` in a fresh temporary folder with `input` on stdin
/// and returns its JSON Lines output (exit 0 or 1 expected).
pub fn json_lines_from_stdin(args: &[&str], input: &str) -> Vec<serde_json::Value> {
    use std::io::Write;
    let dir = tempfile::tempdir().expect("tempdir");
    let mut child = gazegraph(dir.path())
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn gazegraph");
    child
        .stdin
        .take()
        .expect("stdin")
        .write_all(input.as_bytes())
        .expect("write stdin");
    let out = child.wait_with_output().expect("wait");
    assert!(
        matches!(out.status.code(), Some(0 | 1)),
        "gazegraph {args:?}: {out:?}"
    );
    json_lines(&String::from_utf8(out.stdout).expect("utf-8 stdout"))
}
