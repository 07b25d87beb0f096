//! The program as a user meets it outside the checkout (issue 15): input
//! from a pipe or a usage error on a terminal, `-g` adding to the built-in
//! gazetteer, tables at the real width of a 60-column terminal (driven
//! through a pseudo-terminal), colour rules, `--quiet`, counted warnings,
//! completions, the man page, the examples of every `--help`, and files in
//! legacy encodings.

mod common;

use clap::Parser;
use common::{gazegraph, json_lines, root, run, seeds};
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::sync::OnceLock;

fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

/// `gazegraph ARGS` in `dir` with `input` piped into standard input.
fn piped(dir: &Path, args: &[&str], input: &[u8]) -> Output {
    let mut child = gazegraph(dir)
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    // A run that fails before reading its input (a bad gazetteer) closes
    // the pipe: a broken pipe here is that, not a test failure.
    if let Err(e) = child.stdin.take().unwrap().write_all(input) {
        assert_eq!(e.kind(), std::io::ErrorKind::BrokenPipe, "{e}");
    }
    child.wait_with_output().unwrap()
}

/// `gazegraph ARGS` on a pseudo-terminal `cols` wide (tests/tools/pty_run.py),
/// in an empty folder; returns the exit code and what the terminal showed.
fn on_terminal(cols: u16, env: &[(&str, &str)], args: &[&str]) -> (Option<i32>, String) {
    let dir = tempfile::tempdir().unwrap();
    let script = root().join("tests/tools/pty_run.py");
    let mut c = Command::new("python3");
    c.arg(script)
        .arg(cols.to_string())
        .arg("40")
        .arg(env!("CARGO_BIN_EXE_gazegraph"))
        .args(args)
        .current_dir(dir.path())
        .env_remove("NO_COLOR");
    for (k, v) in env {
        c.env(k, v);
    }
    let o = c.output().expect("python3 (scripts/test.sh installs it)");
    (
        o.status.code(),
        String::from_utf8_lossy(&o.stdout).into_owned(),
    )
}

/// Text without ANSI escape sequences.
fn strip_ansi(s: &str) -> String {
    let mut out = String::new();
    let mut chars = s.chars();
    while let Some(c) = chars.next() {
        if c == '\x1b' {
            for d in chars.by_ref() {
                if d.is_ascii_alphabetic() {
                    break;
                }
            }
        } else if c != '\r' {
            out.push(c);
        }
    }
    out
}

/// The sample graph, built once.
fn sample_graph() -> &'static Path {
    static BUILT: OnceLock<(tempfile::TempDir, PathBuf)> = OnceLock::new();
    let (_, path) = BUILT.get_or_init(|| {
        let dir = tempfile::tempdir().unwrap();
        let o = run(
            dir.path(),
            &[
                "build",
                seeds().to_str().unwrap(),
                "-o",
                "out",
                "--format",
                "json",
                "-q",
            ],
        );
        assert!(o.status.success(), "{}", stderr(&o));
        let path = dir.path().join("out/graph.json");
        (dir, path)
    });
    path
}

#[test]
fn no_input_on_a_terminal_is_a_usage_error_naming_the_choices() {
    let (code, screen) = on_terminal(80, &[], &["tag"]);
    assert_eq!(code, Some(2), "{screen}");
    for choice in ["no input", "files or folders", "`-`", "pipe"] {
        assert!(screen.contains(choice), "{choice}: {screen}");
    }
    assert!(!screen.contains("corpus/seeds"), "{screen}");
}

#[test]
fn no_input_reads_piped_standard_input() {
    let dir = tempfile::tempdir().unwrap();
    let o = piped(
        dir.path(),
        &["tag"],
        b"Presiden Vladimir Putin bertemu Kim Jong Un di Vladivostok.",
    );
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let ids: Vec<String> = json_lines(&stdout(&o))
        .iter()
        .map(|m| m["entity"].as_str().unwrap().to_string())
        .collect();
    assert!(ids.contains(&"vladimir-putin".to_string()), "{ids:?}");
    // build too, from an empty folder: no fallback to corpus/seeds.
    let o = piped(
        dir.path(),
        &["build", "-o", "out", "-q"],
        b"Presiden Vladimir Putin bertemu Kim Jong Un di Vladivostok.",
    );
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let g = std::fs::read_to_string(dir.path().join("out/graph.json")).unwrap();
    assert!(g.contains("kim-jong-un"));
}

const EXTRA: &str = r#"{"id": "zorblax-corp", "name": "Zorblax Corporation", "type": "organisation", "aliases": ["Zorblax"]}"#;
const TEXT: &[u8] = b"Vladimir Putin bertemu direktur Zorblax Corporation di Moskow.";

fn tagged_ids(dir: &Path, args: &[&str]) -> Vec<String> {
    let o = piped(dir, args, TEXT);
    assert_eq!(o.status.code(), Some(0), "{args:?}: {}", stderr(&o));
    let mut ids: Vec<String> = json_lines(&stdout(&o))
        .iter()
        .map(|m| m["entity"].as_str().unwrap().to_string())
        .collect();
    ids.dedup();
    ids
}

#[test]
fn gazetteer_paths_add_to_the_builtin_one_and_no_builtin_replaces_it() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("extra.jsonl"), EXTRA).unwrap();
    let both = tagged_ids(dir.path(), &["tag", "-g", "extra.jsonl"]);
    assert_eq!(both, ["vladimir-putin", "zorblax-corp", "moscow"]);
    let only = tagged_ids(dir.path(), &["tag", "--no-builtin", "-g", "extra.jsonl"]);
    assert_eq!(only, ["zorblax-corp"]);
    // The old way to extend it, inside a checkout, still works: files equal
    // to the built-in ones are not loaded twice.
    let old = tagged_ids(
        &root(),
        &[
            "tag",
            "-g",
            "gazetteer",
            "-g",
            dir.path().join("extra.jsonl").to_str().unwrap(),
        ],
    );
    assert_eq!(old, both);
    // An id the built-in gazetteer has is a duplicate that names the way out.
    std::fs::write(
        dir.path().join("dup.jsonl"),
        r#"{"id": "vladimir-putin", "name": "Vladimir Putin", "type": "person"}"#,
    )
    .unwrap();
    let o = piped(dir.path(), &["tag", "-g", "dup.jsonl"], TEXT);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("--no-builtin"), "{}", stderr(&o));
    let o = piped(
        dir.path(),
        &["tag", "--no-builtin", "-g", "dup.jsonl"],
        TEXT,
    );
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
}

#[test]
fn the_relation_lexicon_follows_the_same_rule() {
    let dir = tempfile::tempdir().unwrap();
    let text = b"Presiden Vladimir Putin bertemu Kim Jong Un di Vladivostok.";
    let kinds = |args: &[&str]| -> Vec<String> {
        let o = piped(dir.path(), args, text);
        assert!(o.status.code() != Some(2), "{args:?}: {}", stderr(&o));
        json_lines(&stdout(&o))
            .iter()
            .map(|r| r["kind"].as_str().unwrap().to_string())
            .collect()
    };
    assert!(kinds(&["relations"]).contains(&"meets".to_string()));
    // Built-in entities but no lexicon: no relation at all.
    let entities = root().join("gazetteer/entities.jsonl");
    let e = entities.to_str().unwrap();
    assert!(kinds(&["relations", "--no-builtin", "-g", e]).is_empty());
    let lexicon = root().join("gazetteer/relations.jsonl");
    let l = lexicon.to_str().unwrap();
    let with = kinds(&["relations", "--no-builtin", "-g", e, "-g", l]);
    assert!(with.contains(&"meets".to_string()), "{with:?}");
}

/// Regression (issue 15): in a 60-column pane the tables were laid out for
/// 100 columns and wrapped.
#[test]
fn tables_fit_a_60_column_terminal() {
    let g = sample_graph().to_str().unwrap();
    for args in [
        &["neighbors", "Kim Jong Un", "--graph", g][..],
        &["neighbors", "Choe Son Hui", "--depth", "2", "--graph", g],
        &["top", "--graph", g],
        &["show", "Korut", "--graph", g],
    ] {
        let (code, screen) = on_terminal(60, &[], args);
        assert_eq!(code, Some(0), "{args:?}: {screen}");
        let plain = strip_ansi(&screen);
        // `show` prints the aliases on one line by design; tables must fit.
        for line in plain
            .lines()
            .filter(|l| !l.trim_start().starts_with("aliases"))
        {
            let w = unicode_width::UnicodeWidthStr::width(line);
            assert!(w <= 60, "{args:?}: {w} columns: {line:?}\n{plain}");
        }
        assert!(screen.contains('\x1b'), "colour on a terminal: {screen:?}");
    }
    // The same table piped keeps its documented width (COLUMNS, else 100)
    // and has no colour.
    let o = Command::new(env!("CARGO_BIN_EXE_gazegraph"))
        .args(["neighbors", "Kim Jong Un", "--graph", g])
        .env_remove("COLUMNS")
        .env_remove("NO_COLOR")
        .output()
        .unwrap();
    let text = stdout(&o);
    assert!(!text.contains('\x1b'));
    assert!(text.lines().any(|l| l.chars().count() > 60), "{text}");
    assert!(text.lines().all(|l| l.chars().count() <= 100), "{text}");
}

/// Regression (issue 15): `NO_COLOR=` (empty) turned colour off.
#[test]
fn colour_follows_no_color_and_the_color_option() {
    let g = sample_graph().to_str().unwrap();
    let args = ["top", "--limit", "3", "--graph", g];
    let coloured = |env: &[(&str, &str)], extra: &[&str]| {
        let all: Vec<&str> = args.iter().chain(extra).copied().collect();
        on_terminal(80, env, &all).1.contains('\x1b')
    };
    assert!(coloured(&[], &[]));
    assert!(coloured(&[("NO_COLOR", "")], &[]));
    assert!(!coloured(&[("NO_COLOR", "1")], &[]));
    assert!(!coloured(&[], &["--color", "never"]));
    assert!(coloured(&[("NO_COLOR", "1")], &["--color", "always"]));
    let piped = Command::new(env!("CARGO_BIN_EXE_gazegraph"))
        .args(args)
        .args(["--color", "always"])
        .output()
        .unwrap();
    assert!(stdout(&piped).contains('\x1b'));
}

/// A folder of the seed corpus plus two binary files, and a gazetteer
/// extension with one warning (an unknown field).
fn noisy() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("in");
    std::fs::create_dir(&input).unwrap();
    for e in std::fs::read_dir(seeds()).unwrap() {
        let p = e.unwrap().path();
        std::fs::copy(&p, input.join(p.file_name().unwrap())).unwrap();
    }
    std::fs::write(input.join("a.txt"), b"\x00\x01\x02").unwrap();
    std::fs::write(input.join("b.txt"), b"\x00\x03\x04").unwrap();
    std::fs::write(
        dir.path().join("extra.jsonl"),
        r#"{"id": "zorblax-corp", "name": "Zorblax Corporation", "type": "organisation", "alias": ["Z"]}"#,
    )
    .unwrap();
    dir
}

/// Regression (issue 15): the summary said "0 warning(s)" after hundreds
/// of gazetteer warnings had been printed.
#[test]
fn the_summary_counts_every_warning_printed() {
    let dir = noisy();
    let o = run(
        dir.path(),
        &["build", "in", "-g", "extra.jsonl", "-o", "out"],
    );
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let err = stderr(&o);
    let printed = err.lines().filter(|l| l.contains(": warning: ")).count();
    assert_eq!(printed, 3, "{err}");
    assert!(err.contains(", 3 warning(s),"), "{err}");
}

#[test]
fn quiet_silences_warnings_and_gives_their_count_in_one_line() {
    let dir = noisy();
    let o = run(
        dir.path(),
        &["build", "in", "-g", "extra.jsonl", "-o", "out", "--quiet"],
    );
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert_eq!(stderr(&o), "gazegraph: 3 warning(s) not shown (--quiet)\n");
    let o = run(dir.path(), &["tag", "in", "-q"]);
    assert_eq!(stderr(&o), "gazegraph: 2 warning(s) not shown (--quiet)\n");
}

#[test]
fn completions_and_man_page() {
    let dir = tempfile::tempdir().unwrap();
    for (shell, mark) in [
        ("bash", "_gazegraph()"),
        ("zsh", "#compdef gazegraph"),
        ("fish", "complete -c gazegraph"),
        ("powershell", "Register-ArgumentCompleter"),
    ] {
        let o = run(dir.path(), &["completions", shell]);
        assert_eq!(o.status.code(), Some(0), "{shell}");
        let script = stdout(&o);
        assert!(script.contains(mark), "{shell}: {mark}");
        assert!(script.contains("no-builtin"), "{shell}");
    }
    if Command::new("bash").arg("--version").output().is_ok() {
        let o = run(dir.path(), &["completions", "bash"]);
        let check = Command::new("bash")
            .args(["-n", "-c", &stdout(&o)])
            .output()
            .unwrap();
        assert!(check.status.success(), "{}", stderr(&check));
    }
    let o = run(dir.path(), &["man"]);
    assert_eq!(o.status.code(), Some(0));
    let man = stdout(&o);
    assert!(
        man.starts_with(".ie") || man.contains(".TH gazegraph"),
        "{man}"
    );
    for sub in ["build", "neighbors", "completions"] {
        assert!(man.contains(sub), "{sub}");
    }
}

/// Splits an example line as a shell would (double quotes only; stops at a
/// pipe or redirection).
fn shell_words(line: &str) -> Vec<String> {
    let (mut words, mut cur, mut quoted, mut any) = (Vec::new(), String::new(), false, false);
    for c in line.chars() {
        match c {
            '"' => {
                quoted = !quoted;
                any = true;
            }
            ' ' if !quoted => {
                if any {
                    words.push(std::mem::take(&mut cur));
                    any = false;
                }
            }
            '|' | '>' | '&' if !quoted => break,
            c => {
                cur.push(c);
                any = true;
            }
        }
    }
    if any {
        words.push(cur);
    }
    words
}

/// Every subcommand's `--help` ends with two or three examples, and each
/// one is a valid command line.
#[test]
fn every_help_ends_with_real_examples() {
    let dir = tempfile::tempdir().unwrap();
    let subcommands = [
        "build",
        "tag",
        "relations",
        "check-gazetteer",
        "export",
        "merge",
        "neighbors",
        "path",
        "show",
        "evidence",
        "top",
        "completions",
        "man",
    ];
    for sub in subcommands {
        let help = stdout(&run(dir.path(), &[sub, "--help"]));
        let (_, tail) = help
            .rsplit_once("Examples:\n")
            .unwrap_or_else(|| panic!("{sub}: no examples:\n{help}"));
        let examples: Vec<&str> = tail.lines().filter(|l| !l.trim().is_empty()).collect();
        assert!((2..=3).contains(&examples.len()), "{sub}: {examples:?}");
        for ex in examples {
            let text = ex.trim();
            // `zcat x | gazegraph ...` pipes into gazegraph.
            let text = text.rsplit_once("| ").map_or(text, |(_, t)| t);
            let words = shell_words(text);
            assert_eq!(words[0], "gazegraph", "{sub}: {ex}");
            assert_eq!(words[1], sub, "{sub}: {ex}");
            if let Err(e) = gazegraph::cli::Cli::try_parse_from(&words) {
                panic!("{sub}: example `{ex}` does not parse: {e}");
            }
        }
    }
}

/// Regression (issue 15): Latin-1 text was decoded lossily. It is now
/// decoded from the guessed encoding, named in a warning, and mention
/// offsets count characters of the decoded text.
#[test]
fn latin1_files_are_decoded_named_and_offsets_count_characters() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("old.txt"),
        b"Caf\xe9 \x93Moskva\x94: Presiden Vladimir Putin bertemu Kim Jong Un.",
    )
    .unwrap();
    let o = run(dir.path(), &["tag", "old.txt"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let err = stderr(&o);
    assert!(
        err.contains("old.txt: not UTF-8") && err.contains("decoded as windows-1252"),
        "{err}"
    );
    let text = "Café “Moskva”: Presiden Vladimir Putin bertemu Kim Jong Un.";
    let chars: Vec<char> = text.chars().collect();
    let mentions = json_lines(&stdout(&o));
    assert!(mentions.len() >= 2, "{mentions:?}");
    for m in mentions {
        let (s, e) = (m["start"].as_u64().unwrap(), m["end"].as_u64().unwrap());
        let got: String = chars[s as usize..e as usize].iter().collect();
        assert_eq!(got, m["text"].as_str().unwrap(), "{m}");
    }
}
