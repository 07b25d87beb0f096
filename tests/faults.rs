//! Faults outside the articles (issue 7): malformed gazetteers, unwritable
//! or full output folders, a build killed mid-write, help texts and broken
//! pipes.
#![allow(clippy::disallowed_macros)] // test reports go to the captured output

mod common;

use common::{gazegraph, run, seeds};
use std::collections::BTreeMap;
use std::io::{BufRead, BufReader, Write};
use std::path::{Path, PathBuf};
use std::process::{Output, Stdio};
use std::time::{Duration, Instant};

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

fn seeds_arg() -> String {
    seeds().to_str().unwrap().to_string()
}

/// Every file directly in `dir` with its bytes (not the lock file, whose
/// content is the last run's process id, nor folders: a killed run's
/// staging folder).
fn snapshot(dir: &Path) -> BTreeMap<PathBuf, Vec<u8>> {
    let mut all = BTreeMap::new();
    for e in std::fs::read_dir(dir).unwrap() {
        let p = e.unwrap().path();
        if p.is_dir() || p.ends_with(".gazegraph.lock") {
            continue;
        }
        let bytes = std::fs::read(&p).unwrap();
        all.insert(p, bytes);
    }
    all
}

/// A gazetteer with every kind of problem, one per line.
const BAD_GAZETTEER: &str = r#"{"id": "alpha", "name": "Alpha Centauri", "type": "place", "aliases": ["Alfa"]}
{"id": "alpha", "name": "Alpha Again", "type": "place"}
{"id": "beta", "name": "Beta Pictoris", "type": "place", "aliases": ["Alfa", "", "B"]}
{"id": "gamma", "name": "Gamma Draconis", "type": "spaceship"}
{"id": "delta", "name": oops}
"#;

/// Only warnings: a shared alias and a one-character alias.
const WARN_GAZETTEER: &str = r#"{"id": "alpha", "name": "Alpha Centauri", "type": "place", "aliases": ["Alfa"]}
{"id": "beta", "name": "Beta Pictoris", "type": "place", "aliases": ["Alfa", "B"]}
"#;

#[test]
fn check_gazetteer_reports_every_problem_by_file_line_and_column() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("bad.jsonl"), BAD_GAZETTEER).unwrap();
    let o = run(dir.path(), &["check-gazetteer", "bad.jsonl"]);
    assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
    let out = stdout(&o);
    let expect = [
        ("bad.jsonl:2:", "error: duplicate id `alpha`"),
        (
            "bad.jsonl:3:",
            "warning: name `Alfa` of `beta` is also claimed by `alpha`",
        ),
        (
            "bad.jsonl:3:",
            "warning: empty or one-character alias \"\" of `beta`",
        ),
        (
            "bad.jsonl:3:",
            "warning: empty or one-character alias \"B\" of `beta`",
        ),
        ("bad.jsonl:4:", "error: unknown type `spaceship`"),
        ("bad.jsonl:5:25: ", "error: malformed JSON"),
    ];
    for (loc, msg) in expect {
        assert!(
            out.lines().any(|l| l.starts_with(loc) && l.contains(msg)),
            "missing {loc} {msg} in:\n{out}"
        );
    }
    assert!(
        out.ends_with("gazetteer not loaded: 3 warnings, 3 errors\n"),
        "{out}"
    );
    // Warnings alone: exit 0, every warning still listed.
    std::fs::write(dir.path().join("warn.jsonl"), WARN_GAZETTEER).unwrap();
    let o = run(dir.path(), &["check-gazetteer", "warn.jsonl"]);
    assert_eq!(o.status.code(), Some(0), "{}", stdout(&o));
    assert_eq!(
        stdout(&o).matches(": warning: ").count(),
        2,
        "{}",
        stdout(&o)
    );
    // A missing file is an error, not an empty gazetteer.
    let o = run(dir.path(), &["check-gazetteer", "nowhere.jsonl"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stdout(&o).contains("nowhere.jsonl"), "{}", stdout(&o));
}

#[test]
fn build_with_a_bad_gazetteer_fails_and_lists_errors_and_warnings() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("bad.jsonl"), BAD_GAZETTEER).unwrap();
    let o = run(
        dir.path(),
        &["build", &seeds_arg(), "-g", "bad.jsonl", "-o", "out"],
    );
    let err = stderr(&o);
    assert_eq!(o.status.code(), Some(2), "{err}");
    for want in [
        "bad.jsonl:2:2: duplicate id `alpha`",
        "bad.jsonl:4:",
        "bad.jsonl:5:25: malformed JSON",
        "warning: bad.jsonl:3:",
    ] {
        assert!(err.contains(want), "missing {want:?} in:\n{err}");
    }
    assert!(!dir.path().join("out/graph.json").exists());
    // Warnings only: the build goes on, the warnings are shown...
    std::fs::write(dir.path().join("warn.jsonl"), WARN_GAZETTEER).unwrap();
    let args = ["build", &seeds_arg(), "-g", "warn.jsonl", "-o", "out"];
    let o = run(dir.path(), &args);
    let err = stderr(&o);
    assert_eq!(o.status.code(), Some(0), "{err}");
    assert!(err.contains("warning: warn.jsonl:2:"), "{err}");
    // ...and --strict makes them fatal.
    let o = run(dir.path(), &[&args[..], &["--strict"]].concat());
    assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
    assert!(stderr(&o).contains("--strict"), "{}", stderr(&o));
}

#[test]
fn an_unwritable_output_folder_fails_before_any_work() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("taken"), "a file, not a folder").unwrap();
    // A binary input and a broken gazetteer: had any work started, their
    // messages would show.
    std::fs::write(dir.path().join("blob.txt"), b"\x00\x01").unwrap();
    std::fs::write(dir.path().join("bad.jsonl"), "{oops\n").unwrap();
    let args = ["build", "blob.txt", "-g", "bad.jsonl", "-o"];
    let o = run(dir.path(), &[&args[..], &["taken"]].concat());
    let err = stderr(&o);
    assert_eq!(o.status.code(), Some(2), "{err}");
    assert!(err.contains("cannot create output folder taken"), "{err}");
    assert!(
        !err.contains("blob.txt") && !err.contains("bad.jsonl"),
        "{err}"
    );
    let o = run(dir.path(), &[&args[..], &["taken/sub"]].concat());
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("taken/sub"), "{}", stderr(&o));
    // So is a --stats file that cannot be written.
    let o = run(
        dir.path(),
        &[&args[..], &["fresh", "--stats", "nowhere/s.json"]].concat(),
    );
    let err = stderr(&o);
    assert_eq!(o.status.code(), Some(2), "{err}");
    assert!(
        err.contains("cannot write the --stats file nowhere/s.json"),
        "{err}"
    );
    assert!(
        !err.contains("blob.txt") && !err.contains("bad.jsonl"),
        "{err}"
    );
    // A read-only folder (as `nobody` when we are root).
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let ro = dir.path().join("ro");
        std::fs::create_dir(&ro).unwrap();
        std::fs::set_permissions(dir.path(), std::fs::Permissions::from_mode(0o777)).unwrap();
        for f in ["blob.txt", "bad.jsonl"] {
            let p = dir.path().join(f);
            std::fs::set_permissions(p, std::fs::Permissions::from_mode(0o666)).unwrap();
        }
        std::fs::set_permissions(&ro, std::fs::Permissions::from_mode(0o555)).unwrap();
        let writable = std::fs::write(ro.join("probe"), "x").is_ok();
        let mut c = if !writable {
            gazegraph(dir.path())
        } else if can_drop_privileges() {
            let mut c = std::process::Command::new("setpriv");
            c.args(["--reuid=65534", "--regid=65534", "--clear-groups"])
                .arg(env!("CARGO_BIN_EXE_gazegraph"))
                .current_dir(dir.path());
            c
        } else {
            panic!("cannot run the read-only case: root without `setpriv` (util-linux)");
        };
        let o = c.args(args).arg("ro").output().unwrap();
        let err = stderr(&o);
        assert_eq!(o.status.code(), Some(2), "{err}");
        assert!(err.contains("output folder ro is not writable"), "{err}");
        assert!(err.contains("Permission denied"), "{err}");
        assert!(
            !err.contains("blob.txt") && !err.contains("bad.jsonl"),
            "{err}"
        );
    }
}

/// Whether `setpriv` can run a command as `nobody`.
fn can_drop_privileges() -> bool {
    std::process::Command::new("setpriv")
        .args(["--reuid=65534", "--regid=65534", "--clear-groups", "true"])
        .status()
        .is_ok_and(|s| s.success())
}

/// Writes about `mb` megabytes of JSON Lines articles naming entities.
fn large_corpus(path: &Path, mb: usize) {
    let mut w = std::io::BufWriter::new(std::fs::File::create(path).unwrap());
    let names = [
        "Kim Jong Un",
        "Vladimir Putin",
        "Sergei Lavrov",
        "Korea Utara",
        "Moskow",
    ];
    let mut written = 0;
    let mut i = 0usize;
    while written < mb << 20 {
        let (a, b) = (names[i % names.len()], names[(i / 5 + 1) % names.len()]);
        let text = format!(
            "Artikel {i}. {a} bertemu {b} pada pekan ini untuk membahas kerja sama. \
             Pertemuan itu berlangsung tertutup dan tidak ada pernyataan bersama."
        );
        let line = serde_json::json!({"id": format!("gen-{i}"), "text": text}).to_string();
        writeln!(w, "{line}").unwrap();
        written += line.len() + 1;
        i += 1;
    }
    w.flush().unwrap();
}

/// The temporary files and folders in `dir`.
fn temporaries(dir: &Path) -> Vec<String> {
    std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.starts_with(".gazegraph-") && n.ends_with(".tmp"))
        .collect()
}

/// How many files the run writing `dir` has staged so far (in its
/// staging folder, `.gazegraph-<pid>-<random>.tmp/`).
fn staged(dir: &Path) -> usize {
    temporaries(dir)
        .iter()
        .filter_map(|t| std::fs::read_dir(dir.join(t)).ok())
        .map(|d| d.count())
        .sum()
}

#[test]
fn a_build_killed_mid_write_leaves_the_previous_output_intact() {
    let dir = tempfile::tempdir().unwrap();
    let o = run(dir.path(), &["build", &seeds_arg(), "-o", "out", "-q"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let out = dir.path().join("out");
    let before = snapshot(&out);
    large_corpus(&dir.path().join("big.jsonl"), 40);
    let mut child = gazegraph(dir.path())
        .args(["build", "big.jsonl", "-o", "out", "--threads", "1", "-q"])
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    // Kill it once it is writing (its temporary file exists), or after 5 s.
    let start = Instant::now();
    while temporaries(&out).is_empty() && start.elapsed() < Duration::from_secs(5) {
        std::thread::sleep(Duration::from_millis(20));
    }
    std::thread::sleep(Duration::from_millis(500));
    let finished = child.try_wait().unwrap();
    child.kill().unwrap();
    child.wait().unwrap();
    let mut after = snapshot(&out);
    let left = temporaries(&out);
    for t in &left {
        // What a killed run leaves: its temporary files, safe to delete.
        assert!(
            t.starts_with(".gazegraph-") && t.ends_with(".tmp"),
            "{left:?}"
        );
        after.remove(&out.join(t));
    }
    if finished.is_some_and(|s| s.success()) {
        // Too fast to kill: the new output must then be complete.
        let g: serde_json::Value = serde_json::from_slice(&after[&out.join("graph.json")]).unwrap();
        assert!(g["documents"].as_array().unwrap().len() > 1000);
    } else {
        assert!(!left.is_empty(), "killed before it started writing");
        assert_eq!(
            after.keys().collect::<Vec<_>>(),
            before.keys().collect::<Vec<_>>()
        );
        for (p, bytes) in &before {
            assert!(after[p] == *bytes, "{} changed", p.display());
        }
    }
    for (p, bytes) in &after {
        let name = p.file_name().unwrap().to_string_lossy();
        if name.ends_with(".json") {
            serde_json::from_slice::<serde_json::Value>(bytes).unwrap();
        } else if name.ends_with(".jsonl") {
            common::json_lines(std::str::from_utf8(bytes).unwrap());
        }
    }
    // The graph still answers queries.
    let o = run(dir.path(), &["top", "--graph", "out/graph.json"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
}

#[cfg(unix)]
#[test]
fn a_full_disk_fails_cleanly_and_keeps_the_previous_output() {
    let dir = tempfile::tempdir().unwrap();
    let o = run(dir.path(), &["build", &seeds_arg(), "-o", "out", "-q"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let before = snapshot(&dir.path().join("out"));
    std::fs::write(dir.path().join("extra.txt"), "Kim Jong Un tiba di Moskow.").unwrap();
    // A file size limit stands in for a full disk: with SIGXFSZ ignored,
    // writes past 20 KB fail with EFBIG as they would with ENOSPC.
    let script = format!(
        "trap '' XFSZ; ulimit -f 40; exec '{}' build '{}' extra.txt -o out",
        env!("CARGO_BIN_EXE_gazegraph"),
        seeds_arg()
    );
    let o = std::process::Command::new("sh")
        .args(["-c", &script])
        .current_dir(dir.path())
        .output()
        .unwrap();
    let err = stderr(&o);
    assert_eq!(o.status.code(), Some(2), "{err}");
    assert!(err.contains("File too large"), "{err}");
    assert!(err.contains("gazegraph: error: writing"), "{err}");
    // Nothing replaced, no temporary file left behind.
    assert!(
        snapshot(&dir.path().join("out")) == before,
        "output changed"
    );
}

#[test]
fn help_works_for_every_command() {
    let dir = tempfile::tempdir().unwrap();
    let o = run(dir.path(), &["--help"]);
    assert_eq!(o.status.code(), Some(0));
    let commands = [
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
    ];
    for c in commands {
        assert!(stdout(&o).contains(c), "--help does not list {c}");
        let o = run(dir.path(), &[c, "--help"]);
        assert_eq!(o.status.code(), Some(0), "{c} --help");
        assert!(
            stdout(&o).contains(&format!("Usage: gazegraph {c}")),
            "{c}: {}",
            stdout(&o)
        );
        assert_eq!(run(dir.path(), &["help", c]).status.code(), Some(0));
    }
    // Usage errors exit 2 like any other error.
    let o = run(dir.path(), &["no-such-command"]);
    assert_eq!(o.status.code(), Some(2));
    let o = run(dir.path(), &["build", "--window", "sideways"]);
    assert_eq!(o.status.code(), Some(2));
    for n in ["0", "100000"] {
        let o = run(dir.path(), &["build", &seeds_arg(), "--threads", n]);
        assert_eq!(o.status.code(), Some(2), "--threads {n}");
        assert!(stderr(&o).contains("--threads must be"), "{}", stderr(&o));
    }
}

#[test]
fn tag_into_a_closed_pipe_ends_quietly() {
    let dir = tempfile::tempdir().unwrap();
    // Far more output than a pipe buffer holds.
    let text = "Kim Jong Un bertemu Vladimir Putin di Moskow. ".repeat(4000);
    std::fs::write(dir.path().join("many.txt"), text).unwrap();
    let mut child = gazegraph(dir.path())
        .args(["tag", "many.txt"])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut line = String::new();
    BufReader::new(child.stdout.take().unwrap())
        .read_line(&mut line)
        .unwrap();
    assert!(line.contains("\"entity\""), "{line}");
    let o = child.wait_with_output().unwrap();
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert_eq!(stderr(&o), "");
}

#[test]
fn merging_graphs_with_huge_counts_saturates_instead_of_panicking() {
    let dir = tempfile::tempdir().unwrap();
    let o = run(dir.path(), &["build", &seeds_arg(), "-o", "out", "-q"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let text = std::fs::read_to_string(dir.path().join("out/graph.json")).unwrap();
    let mut g: serde_json::Value = serde_json::from_str(&text).unwrap();
    for e in g["edges"].as_array_mut().unwrap() {
        e["weight"] = u64::MAX.into();
    }
    for n in g["nodes"].as_array_mut().unwrap() {
        n["mentions"] = u64::MAX.into();
    }
    for shard in ["a", "b"] {
        std::fs::create_dir(dir.path().join(shard)).unwrap();
        // Different document ids, so nothing is counted twice.
        let text = g.to_string().replace("seeds/", &format!("seeds-{shard}/"));
        std::fs::write(dir.path().join(shard).join("graph.json"), text).unwrap();
    }
    let o = run(
        dir.path(),
        &["merge", "a/graph.json", "b/graph.json", "-o", "m"],
    );
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let text = std::fs::read_to_string(dir.path().join("m/graph.json")).unwrap();
    let m: serde_json::Value = serde_json::from_str(&text).unwrap();
    assert!(m["edges"]
        .as_array()
        .unwrap()
        .iter()
        .all(|e| e["weight"] == u64::MAX));
    assert!(m["nodes"]
        .as_array()
        .unwrap()
        .iter()
        .all(|n| n["mentions"] == u64::MAX));
}

#[test]
fn check_gazetteer_also_checks_relation_lexicon_files() {
    let dir = tempfile::tempdir().unwrap();
    let g = dir.path().join("g");
    std::fs::create_dir(&g).unwrap();
    std::fs::write(g.join("entities.jsonl"), WARN_GAZETTEER).unwrap();
    std::fs::write(g.join("relations.jsonl"), "\n{oops\n{\"kind\": 1}\n").unwrap();
    let o = run(dir.path(), &["check-gazetteer", "g"]);
    let out = stdout(&o);
    assert_eq!(o.status.code(), Some(2), "{out}");
    // Every bad line, each with its file and line.
    assert!(
        out.contains("g/relations.jsonl:2: error: column 2: "),
        "{out}"
    );
    assert!(out.contains("g/relations.jsonl:3: error: "), "{out}");
    assert!(
        out.contains("relation lexicon not loaded: 2 errors"),
        "{out}"
    );
    // The build refuses the same folder.
    let o = run(dir.path(), &["build", &seeds_arg(), "-g", "g", "-o", "out"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(
        stderr(&o).contains("g/relations.jsonl:2: "),
        "{}",
        stderr(&o)
    );
}

#[test]
fn a_corrupt_query_cache_falls_back_to_graph_json() {
    let dir = tempfile::tempdir().unwrap();
    let o = run(dir.path(), &["build", &seeds_arg(), "-o", "out", "-q"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let args = [
        "evidence",
        "Lavrov",
        "Kim Jong Un",
        "--graph",
        "out/graph.json",
    ];
    let want = stdout(&run(dir.path(), &args));
    assert!(!want.is_empty());
    let bin = dir.path().join("out/graph.db");
    let good = std::fs::read(&bin).unwrap();
    // 8 bytes set to all ones every 4 bytes through the SQLite header and
    // the start of the schema page, then the file cut short: never a
    // panic, always the same answer.
    let mut cases: Vec<Vec<u8>> = (28..200)
        .step_by(4)
        .map(|at| {
            let mut b = good.clone();
            b[at..at + 8].fill(0xff);
            b
        })
        .collect();
    cases.push(good[..good.len() / 2].to_vec());
    for (i, bytes) in cases.iter().enumerate() {
        std::fs::write(&bin, bytes).unwrap();
        let o = run(dir.path(), &args);
        assert_eq!(o.status.code(), Some(0), "case {i}: {}", stderr(&o));
        assert_eq!(stdout(&o), want, "case {i}");
    }
}

#[test]
fn gazetteer_files_in_utf16_are_decoded_and_binary_ones_refused() {
    let dir = tempfile::tempdir().unwrap();
    let g = dir.path().join("g");
    std::fs::create_dir(&g).unwrap();
    let mut utf16 = vec![0xFF, 0xFE];
    for u in WARN_GAZETTEER.encode_utf16() {
        utf16.extend_from_slice(&u.to_le_bytes());
    }
    std::fs::write(g.join("entities.jsonl"), utf16).unwrap();
    // The files alone: -g and check-gazetteer paths add to the built-in
    // gazetteer unless --no-builtin.
    let o = run(dir.path(), &["check-gazetteer", "--no-builtin", "g"]);
    let out = stdout(&o);
    assert_eq!(o.status.code(), Some(0), "{out}");
    assert!(
        out.contains("g/entities.jsonl: warning: decoded from UTF-16LE"),
        "{out}"
    );
    assert!(out.contains("2 entities"), "{out}");
    std::fs::write(g.join("more.jsonl"), b"\x00\x01\x02{}").unwrap();
    let o = run(dir.path(), &["check-gazetteer", "--no-builtin", "g"]);
    let out = stdout(&o);
    assert_eq!(o.status.code(), Some(2), "{out}");
    assert!(out.contains("g/more.jsonl: error: binary content"), "{out}");
}

/// JSON Lines articles naming three random gazetteer entities each, so the
/// graph (and writing it) is large for a small corpus.
fn many_entities_corpus(path: &Path, docs: usize) {
    let text = std::fs::read_to_string(common::root().join("gazetteer/entities.jsonl")).unwrap();
    let names: Vec<String> = text
        .lines()
        .filter_map(|l| serde_json::from_str::<serde_json::Value>(l).ok())
        .filter_map(|v| v["name"].as_str().map(String::from))
        .collect();
    assert!(names.len() > 100);
    let mut w = std::io::BufWriter::new(std::fs::File::create(path).unwrap());
    let mut x = 0x9E37_79B9_7F4A_7C15u64;
    let mut pick = || {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        &names[(x % names.len() as u64) as usize]
    };
    for i in 0..docs {
        let (a, b, c) = (pick().clone(), pick().clone(), pick().clone());
        let text = format!("Laporan {i}: {a} bertemu {b} dan {c} pada pekan ini.");
        let line = serde_json::json!({"id": format!("k{i}"), "text": text});
        writeln!(w, "{line}").unwrap();
    }
    w.flush().unwrap();
}

/// Whether an output file is complete: it parses, or ends as it should.
fn complete(name: &str, bytes: &[u8]) -> bool {
    let text = String::from_utf8_lossy(bytes);
    let end = text.trim_end();
    match name {
        "graph.json" => serde_json::from_slice::<serde_json::Value>(bytes).is_ok(),
        "graph.docs.jsonl" => text
            .lines()
            .all(|l| serde_json::from_str::<serde_json::Value>(l).is_ok()),
        "graph.dot" => end.ends_with('}'),
        "graph.graphml" => end.ends_with("</graphml>"),
        "graph.gexf" => end.ends_with("</gexf>"),
        _ => true,
    }
}

#[test]
fn a_build_killed_while_writing_outputs_leaves_each_file_old_or_complete() {
    let dir = tempfile::tempdir().unwrap();
    let o = run(dir.path(), &["build", &seeds_arg(), "-o", "out", "-q"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let out = dir.path().join("out");
    let before = snapshot(&out);
    many_entities_corpus(&dir.path().join("k.jsonl"), 1500);
    let mut child = gazegraph(dir.path())
        .args(["build", "k.jsonl", "-o", "out", "--threads", "1", "-q"])
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    // The ledger's temporary file is staged throughout; a second staged
    // file means an output is being written: kill right then.
    let start = Instant::now();
    let mut caught = false;
    while child.try_wait().unwrap().is_none() && start.elapsed() < Duration::from_secs(60) {
        if staged(&out) >= 2 {
            caught = true;
            break;
        }
        std::thread::sleep(Duration::from_millis(1));
    }
    child.kill().ok();
    child.wait().unwrap();
    let after = snapshot(&out);
    let mut changed = 0;
    for (p, bytes) in &after {
        let name = p.file_name().unwrap().to_string_lossy().into_owned();
        if name.starts_with(".gazegraph-") {
            continue;
        }
        if before.get(p) != Some(bytes) {
            changed += 1;
            assert!(complete(&name, bytes), "{name} is half-written");
        }
    }
    for p in before.keys() {
        assert!(after.contains_key(p), "{} vanished", p.display());
    }
    eprintln!("killed while writing: {caught}; {changed} file(s) already new");
    // The folder answers, or (killed while committing) is refused whole.
    let o = run(dir.path(), &["top", "--graph", "out/graph.json"]);
    let refused = o.status.code() == Some(2) && stderr(&o).contains("interrupted");
    assert!(o.status.code() == Some(0) || refused, "{}", stderr(&o));
}
