//! Running the real validation tools (Graphviz, xmllint, Python networkx
//! and igraph) from tests. A missing tool FAILS the test unless
//! `GAZEGRAPH_SKIP_TOOLS=1`.

#![allow(clippy::disallowed_macros)] // test reports go to the captured output
use std::path::{Path, PathBuf};
use std::process::Command;

/// True when `GAZEGRAPH_SKIP_TOOLS=1`.
pub fn skip_tools() -> bool {
    std::env::var("GAZEGRAPH_SKIP_TOOLS").is_ok_and(|v| v == "1")
}

/// The folder of the Python validators.
pub fn tools_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/tools")
}

/// Runs a tool; a missing tool (or Python package, exit 3) fails the test
/// unless GAZEGRAPH_SKIP_TOOLS=1, in which case `None` is returned.
pub fn run(program: &str, args: &[&str]) -> Option<std::process::Output> {
    match Command::new(program).args(args).output() {
        Ok(out) if out.status.code() == Some(3) && program == "python3" => {
            assert!(
                skip_tools(),
                "python package missing for {args:?}: {} (set GAZEGRAPH_SKIP_TOOLS=1 to skip)",
                String::from_utf8_lossy(&out.stdout)
            );
            None
        }
        Ok(out) => Some(out),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            assert!(
                skip_tools(),
                "`{program}` not installed (set GAZEGRAPH_SKIP_TOOLS=1 to skip)"
            );
            None
        }
        Err(e) => panic!("cannot run {program}: {e}"),
    }
}

pub fn assert_ok(what: &str, out: Option<std::process::Output>) {
    if let Some(out) = out {
        println!(
            "{what}: {}{}",
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        );
        assert!(
            out.status.success(),
            "{what} failed ({}):\n{}\n{}",
            out.status,
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        );
    }
}

/// A schema file shipped in `tests/schemas/` (see its README): the tests
/// never look outside the checkout. A missing file is a broken checkout and
/// fails the test.
pub fn schema(rel: &str) -> Option<String> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/schemas")
        .join(rel);
    assert!(
        path.is_file(),
        "schema {} missing from the checkout",
        path.display()
    );
    Some(path.to_string_lossy().into_owned())
}
