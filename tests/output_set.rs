//! The output folder as a whole (issue 14, items 3, 4, 5 and 7): a build
//! killed at any point leaves the old set or the new one, and readers
//! refuse anything else; two runs into one folder are serialised by a lock;
//! killed runs' temporaries are removed by the next run; a symlink at an
//! output path is replaced, not followed, and no mode is widened; stderr
//! that cannot be written never turns into a panic.
#![allow(clippy::disallowed_macros)] // test reports go to the captured output

mod common;

use common::{gazegraph, run};
use std::collections::BTreeMap;
use std::path::Path;
use std::process::{Output, Stdio};

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

const OLD: &str = "Joko Widodo bertemu Prabowo Subianto di Jakarta.\n";
const NEW: &str = "Vladimir Putin tiba di Moskow bersama Kim Jong Un.\n";
const SHARD: &str = "Xi Jinping bertemu Joe Biden di Beijing.\n";

/// The files of a build, by name: every visible file but the manifest
/// and the query cache (which embeds graph.json's modification time).
fn outputs(dir: &Path) -> BTreeMap<String, Vec<u8>> {
    let mut all = BTreeMap::new();
    for e in std::fs::read_dir(dir).unwrap() {
        let p = e.unwrap().path();
        let name = p.file_name().unwrap().to_str().unwrap().to_string();
        if p.is_dir()
            || name.starts_with('.')
            || name == "graph.manifest.json"
            || name == "graph.db"
        {
            continue;
        }
        all.insert(name, std::fs::read(&p).unwrap());
    }
    all
}

fn copy_dir(from: &Path, to: &Path) {
    let _ = std::fs::remove_dir_all(to);
    std::fs::create_dir_all(to).unwrap();
    for e in std::fs::read_dir(from).unwrap() {
        let p = e.unwrap().path();
        if p.is_file() {
            std::fs::copy(&p, to.join(p.file_name().unwrap())).unwrap();
        }
    }
}

fn build(dir: &Path, inputs: &[&str], out: &str) -> Output {
    let mut args = vec!["build"];
    args.extend_from_slice(inputs);
    args.extend_from_slice(&["-o", out, "-q", "--format", "dot", "--format", "graphml"]);
    run(dir, &args)
}

/// The corpus files: old.txt, new.txt and shard.txt.
fn corpus(dir: &Path) {
    std::fs::write(dir.join("old.txt"), OLD).unwrap();
    std::fs::write(dir.join("new.txt"), NEW).unwrap();
    std::fs::write(dir.join("shard.txt"), SHARD).unwrap();
}

/// The corpus, and its three builds: `old` (old.txt), `new` (old.txt and
/// new.txt) and `shard` (shard.txt).
fn old_new_and_shard(dir: &Path) {
    corpus(dir);
    for (inputs, out) in [
        (&["old.txt"][..], "old"),
        (&["old.txt", "new.txt"][..], "new"),
        (&["shard.txt"][..], "shard"),
    ] {
        let o = build(dir, inputs, out);
        assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    }
}

#[derive(Debug, PartialEq)]
enum Found {
    Old,
    New,
    Mixed,
}

#[test]
fn a_build_killed_after_each_committed_file_leaves_the_old_or_the_new_set() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    old_new_and_shard(d);
    let (old, new) = (outputs(&d.join("old")), outputs(&d.join("new")));
    assert_ne!(old, new);
    // What merging the shard with each whole set gives.
    let merged = |from: &str| {
        let o = run(d, &["merge", from, "shard/graph.json", "-o", "m"]);
        (
            o.status.code(),
            std::fs::read(d.join("m/graph.json")).ok(),
            stderr(&o),
        )
    };
    let (old_merge, new_merge) = (merged("old/graph.json").1, merged("new/graph.json").1);
    assert!(old_merge.is_some() && old_merge != new_merge);
    // Seven commits: the manifest marked committing, five files (the
    // cache, the ledger, DOT, GraphML, graph.json), the manifest marked
    // complete. N = 8 is never reached.
    let mut seen = Vec::new();
    for n in 0..=8u32 {
        copy_dir(&d.join("old"), &d.join("out"));
        let o = gazegraph(d)
            .args(["build", "old.txt", "new.txt", "-o", "out", "-q"])
            .args(["--format", "dot", "--format", "graphml"])
            .env("GAZEGRAPH_FAULT_AFTER_FILES", n.to_string())
            .output()
            .unwrap();
        assert_eq!(
            o.status.success(),
            n == 8,
            "N={n}: {:?} {}",
            o.status,
            stderr(&o)
        );
        let now = outputs(&d.join("out"));
        let found = if now == old {
            Found::Old
        } else if now == new {
            Found::New
        } else {
            Found::Mixed
        };
        let top = run(d, &["top", "--graph", "out/graph.json"]);
        let export = run(
            d,
            &["export", "--graph", "out/graph.json", "--format", "json"],
        );
        let _ = std::fs::remove_dir_all(d.join("m"));
        let (merge_code, merge_out, merge_err) = merged("out/graph.json");
        let codes = [top.status.code(), export.status.code(), merge_code];
        if codes.iter().all(|&c| c == Some(0)) {
            // Accepted: then it is one whole set, and merge counts it once.
            let want = match found {
                Found::Old => &old_merge,
                Found::New => &new_merge,
                Found::Mixed => panic!("N={n}: a mixed folder was read"),
            };
            assert_eq!(&merge_out, want, "N={n}");
        } else {
            // Refused: by every reader, exit 2, naming the files.
            assert_eq!(codes, [Some(2); 3], "N={n}: {merge_err}");
            for err in [stderr(&top), stderr(&export), merge_err] {
                assert!(err.contains("interrupted"), "N={n}: {err}");
                assert!(err.contains("graph.json"), "N={n}: {err}");
            }
        }
        eprintln!("N={n}: {found:?}, readers {codes:?}");
        seen.push((found, codes[0] == Some(0)));
    }
    // Before the first commit: the old set, read. After the last: the new.
    assert_eq!(seen[0], (Found::Old, true));
    assert_eq!(seen[7], (Found::New, true));
    assert_eq!(seen[8], (Found::New, true));
    // In between, mixed folders arose and were refused.
    assert!(seen.contains(&(Found::Mixed, false)), "{seen:?}");
}

/// The ledger part files of a merged folder (`graph.docs.<hex>.jsonl`
/// and their `.idx`), by name.
fn parts(outputs: &BTreeMap<String, Vec<u8>>) -> Vec<&str> {
    outputs
        .keys()
        .map(String::as_str)
        .filter(|n| n.starts_with("graph.docs.") && *n != "graph.docs.jsonl")
        .collect()
}

#[test]
fn a_merge_killed_after_each_committed_file_leaves_the_old_or_the_new_parts() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    old_new_and_shard(d);
    let merge_into = |from: &str, out: &str, fault: Option<u32>| {
        let mut c = gazegraph(d);
        c.args(["merge", from, "shard/graph.json", "-o", out]);
        if let Some(n) = fault {
            c.env("GAZEGRAPH_FAULT_AFTER_FILES", n.to_string());
        }
        c.output().unwrap()
    };
    for (from, out) in [("old/graph.json", "mold"), ("new/graph.json", "mnew")] {
        let o = merge_into(from, out, None);
        assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    }
    let (old, new) = (outputs(&d.join("mold")), outputs(&d.join("mnew")));
    // Both sets hold their ledger in parts, with an index each; the
    // shard's part is the same in both.
    assert_eq!(parts(&old).len(), 4, "{:?}", parts(&old));
    assert_eq!(parts(&new).len(), 4, "{:?}", parts(&new));
    assert_eq!(
        parts(&old).iter().filter(|n| new.contains_key(**n)).count(),
        2
    );
    // What merging each whole set with the shard again gives (the shard's
    // documents recur: found through the indexes).
    let again = |from: &str| {
        let _ = std::fs::remove_dir_all(d.join("m"));
        let o = run(d, &["merge", from, "shard/graph.json", "-o", "m"]);
        (
            o.status.code(),
            std::fs::read(d.join("m/graph.json")).ok(),
            stderr(&o),
        )
    };
    let (old_again, new_again) = (again("mold/graph.json").1, again("mnew/graph.json").1);
    assert!(old_again.is_some() && old_again != new_again);
    assert_eq!(
        old_again.as_deref(),
        std::fs::read(d.join("mold/graph.json")).ok().as_deref()
    );
    let mut seen = Vec::new();
    for n in 0..40u32 {
        copy_dir(&d.join("mold"), &d.join("out"));
        let o = merge_into("new/graph.json", "out", Some(n));
        let now = outputs(&d.join("out"));
        let found = if now == old {
            Found::Old
        } else if now == new {
            Found::New
        } else {
            Found::Mixed
        };
        let top = run(d, &["top", "--graph", "out/graph.json"]);
        let (merge_code, merge_out, merge_err) = again("out/graph.json");
        let codes = [top.status.code(), merge_code];
        if codes.iter().all(|&c| c == Some(0)) {
            let want = match found {
                Found::Old => &old_again,
                Found::New => &new_again,
                Found::Mixed => panic!("N={n}: a mixed folder was read"),
            };
            assert_eq!(&merge_out, want, "N={n}");
        } else {
            assert_eq!(codes, [Some(2); 2], "N={n}: {merge_err}");
            for err in [stderr(&top), merge_err] {
                assert!(err.contains("interrupted"), "N={n}: {err}");
            }
        }
        eprintln!("N={n}: {found:?}, readers {codes:?}");
        seen.push((found, codes[0] == Some(0)));
        if o.status.success() {
            break;
        }
    }
    assert_eq!(seen[0], (Found::Old, true));
    assert_eq!(seen.last(), Some(&(Found::New, true)), "{seen:?}");
    assert!(seen.contains(&(Found::Mixed, false)), "{seen:?}");
}

#[test]
fn merge_refuses_a_folder_whose_ledger_part_or_index_is_from_another_build() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    corpus(d);
    for (inputs, out) in [(&["old.txt"][..], "old"), (&["new.txt"][..], "new")] {
        let o = build(d, inputs, out);
        assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    }
    let o = run(
        d,
        &[
            "merge",
            "old/graph.json",
            "new/graph.json",
            "-o",
            "m",
            "--partial",
        ],
    );
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let m = outputs(&d.join("m"));
    let names: Vec<String> = parts(&m).iter().map(|n| n.to_string()).collect();
    let (idx, jsonl): (Vec<&String>, Vec<&String>) =
        names.iter().partition(|n| n.ends_with(".idx"));
    assert_eq!((idx.len(), jsonl.len()), (2, 2), "{names:?}");
    let refused = |what: &str| {
        let o = run(d, &["merge", "m/graph.json", "shard/graph.json", "-o", "x"]);
        assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
        let err = stderr(&o);
        assert!(err.contains("files of different builds"), "{err}");
        assert!(err.contains(what), "{err}");
    };
    let o = build(d, &["shard.txt"], "shard");
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    // An index swapped for the other part's: same size, other content.
    let keep = std::fs::read(d.join("m").join(idx[0])).unwrap();
    std::fs::copy(d.join("m").join(idx[1]), d.join("m").join(idx[0])).unwrap();
    refused(&format!("{}: content differs", idx[0]));
    std::fs::write(d.join("m").join(idx[0]), keep).unwrap();
    // A part with a line more.
    let p = d.join("m").join(jsonl[0]);
    let mut bytes = std::fs::read(&p).unwrap();
    bytes.extend_from_slice(b"{}\n");
    std::fs::write(&p, bytes).unwrap();
    refused(&format!("{}: ", jsonl[0]));
}

#[test]
fn merge_refuses_a_folder_whose_ledger_is_from_another_build() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    corpus(d);
    for (inputs, out) in [
        (&["old.txt"][..], "old"),
        (&["old.txt", "new.txt"][..], "new"),
    ] {
        let o = build(d, inputs, out);
        assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    }
    std::fs::copy(
        d.join("old/graph.docs.jsonl"),
        d.join("new/graph.docs.jsonl"),
    )
    .unwrap();
    let o = run(d, &["merge", "new/graph.json", "old/graph.json", "-o", "m"]);
    assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
    let err = stderr(&o);
    assert!(err.contains("files of different builds"), "{err}");
    assert!(err.contains("graph.docs.jsonl:"), "{err}");
    assert!(!d.join("m/graph.json").exists());
    // Queries read graph.json only, which is whole: they still answer.
    let o = run(d, &["top", "--graph", "new/graph.json"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
}

#[test]
fn a_second_build_into_a_locked_folder_fails_fast_naming_the_lock_and_holder() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    corpus(d);
    std::fs::create_dir(d.join("out")).unwrap();
    // Hold the lock as a running build would.
    let mut lock = std::fs::File::create(d.join("out/.gazegraph.lock")).unwrap();
    lock.try_lock().unwrap();
    use std::io::Write;
    writeln!(lock, "{}", std::process::id()).unwrap();
    let o = build(d, &["old.txt"], "out");
    let err = stderr(&o);
    assert_eq!(o.status.code(), Some(2), "{err}");
    assert!(err.contains("in use by another gazegraph run"), "{err}");
    assert!(err.contains(".gazegraph.lock"), "{err}");
    assert!(
        err.contains(&format!("pid {}", std::process::id())),
        "{err}"
    );
    assert!(!d.join("out/graph.json").exists());
    // merge into it as well.
    let o = build(d, &["new.txt"], "other");
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let o = run(d, &["merge", "other/graph.json", "-o", "out"]);
    assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
    assert!(stderr(&o).contains(".gazegraph.lock"), "{}", stderr(&o));
    drop(lock);
    let o = build(d, &["old.txt"], "out");
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
}

#[test]
fn two_builds_started_together_never_mix_their_files() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    corpus(d);
    let spawn = |input: &str| {
        gazegraph(d)
            .args(["build", input, "-o", "out", "-q", "--format", "dot"])
            .stdout(Stdio::null())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap()
    };
    let (a, b) = (spawn("old.txt"), spawn("new.txt"));
    let (a, b) = (a.wait_with_output().unwrap(), b.wait_with_output().unwrap());
    let ok = [&a, &b].iter().filter(|o| o.status.success()).count();
    assert!(ok >= 1, "{} {}", stderr(&a), stderr(&b));
    for o in [&a, &b] {
        if !o.status.success() {
            assert!(stderr(o).contains(".gazegraph.lock"), "{}", stderr(o));
        }
    }
    // Whatever ran last, the folder is one whole build.
    let o = run(
        d,
        &["export", "--graph", "out/graph.json", "--format", "json"],
    );
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
}

/// A process id that is not running.
fn dead_pid() -> u32 {
    let mut child = std::process::Command::new("true").spawn().unwrap();
    let pid = child.id();
    child.wait().unwrap();
    pid
}

#[cfg(target_os = "linux")]
#[test]
fn temporaries_of_killed_runs_are_removed_by_the_next_build_or_merge() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    corpus(d);
    let o = build(d, &["old.txt"], "out");
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    // Killed runs: one just before committing (its staging folder holds
    // every output), two more leaving plain temporary files.
    let o = gazegraph(d)
        .args(["build", "new.txt", "-o", "out", "-q"])
        .env("GAZEGRAPH_FAULT_AFTER_FILES", "0")
        .output()
        .unwrap();
    assert!(!o.status.success());
    let temps = |dir: &Path| -> Vec<String> {
        let mut v: Vec<String> = std::fs::read_dir(dir)
            .unwrap()
            .map(|e| e.unwrap().file_name().to_str().unwrap().to_string())
            .filter(|n| n.starts_with(".gazegraph-") && n.ends_with(".tmp"))
            .collect();
        v.sort();
        v
    };
    assert_eq!(temps(&d.join("out")).len(), 1);
    let dead = dead_pid();
    std::fs::write(d.join(format!("out/.gazegraph-{dead}-aaaaaa.tmp")), "x").unwrap();
    // A run of an older version, long gone (no process id in the name).
    let legacy = d.join("out/.gazegraph-AbCdEf.tmp");
    let f = std::fs::File::create(&legacy).unwrap();
    f.set_modified(std::time::SystemTime::now() - std::time::Duration::from_secs(7200))
        .unwrap();
    drop(f);
    // A live process's temporary file must stay.
    let mut live = std::process::Command::new("sleep")
        .arg("60")
        .spawn()
        .unwrap();
    let live_name = format!(".gazegraph-{}-bbbbbb.tmp", live.id());
    std::fs::write(d.join("out").join(&live_name), "live").unwrap();
    assert_eq!(temps(&d.join("out")).len(), 4);
    let o = build(d, &["old.txt"], "out");
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert_eq!(temps(&d.join("out")), std::slice::from_ref(&live_name));
    // merge cleans its output folder the same way.
    std::fs::write(d.join(format!("out/.gazegraph-{dead}-cccccc.tmp")), "x").unwrap();
    let o = run(d, &["merge", "out/graph.json", "-o", "out"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert_eq!(temps(&d.join("out")), [live_name]);
    live.kill().unwrap();
    live.wait().unwrap();
}

#[cfg(unix)]
#[test]
fn a_symlink_planted_at_an_output_path_is_replaced_not_followed() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    corpus(d);
    std::fs::create_dir(d.join("out")).unwrap();
    let victim = d.join("victim");
    std::fs::write(&victim, "secret").unwrap();
    std::fs::set_permissions(&victim, std::fs::Permissions::from_mode(0o600)).unwrap();
    for name in [
        "graph.json",
        "graph.docs.jsonl",
        "graph.dot",
        "graph.manifest.json",
    ] {
        std::os::unix::fs::symlink(&victim, d.join("out").join(name)).unwrap();
    }
    std::os::unix::fs::symlink(&victim, d.join("out/.gazegraph.lock")).unwrap();
    let o = build(d, &["old.txt"], "out");
    // The lock file is never opened through a link: the run stops.
    assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
    std::fs::remove_file(d.join("out/.gazegraph.lock")).unwrap();
    let o = build(d, &["old.txt"], "out");
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert_eq!(std::fs::read_to_string(&victim).unwrap(), "secret");
    let mode = |p: &Path| std::fs::metadata(p).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode(&victim), 0o600);
    for name in [
        "graph.json",
        "graph.docs.jsonl",
        "graph.dot",
        "graph.manifest.json",
    ] {
        let meta = std::fs::symlink_metadata(d.join("out").join(name)).unwrap();
        assert!(meta.is_file(), "{name} is still a link");
    }
    // `export -o` replaces a link too.
    std::os::unix::fs::symlink(&victim, d.join("e.dot")).unwrap();
    let o = run(
        d,
        &[
            "export",
            "--graph",
            "out/graph.json",
            "--format",
            "dot",
            "-o",
            "e.dot",
        ],
    );
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert_eq!(std::fs::read_to_string(&victim).unwrap(), "secret");
}

#[cfg(unix)]
#[test]
fn an_output_never_gets_a_wider_mode_than_the_file_it_replaces() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    corpus(d);
    let o = build(d, &["old.txt"], "out");
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let mode = |p: &Path| std::fs::metadata(p).unwrap().permissions().mode() & 0o777;
    // New files get the ordinary mode (0666 minus the umask).
    std::fs::write(d.join("plain"), "x").unwrap();
    let default = mode(&d.join("plain"));
    assert_eq!(mode(&d.join("out/graph.json")), default);
    for (name, m) in [
        ("graph.json", 0o600),
        ("graph.dot", 0o640),
        ("graph.docs.jsonl", 0o400),
    ] {
        std::fs::set_permissions(d.join("out").join(name), std::fs::Permissions::from_mode(m))
            .unwrap();
    }
    let o = build(d, &["old.txt", "new.txt"], "out");
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert_eq!(mode(&d.join("out/graph.json")), 0o600 & default);
    assert_eq!(mode(&d.join("out/graph.dot")), 0o640 & default);
    assert_eq!(mode(&d.join("out/graph.docs.jsonl")), 0o400 & default);
    assert_eq!(mode(&d.join("out/graph.graphml")), default);
}

/// Runs gazegraph with stderr on /dev/full (every write to it fails).
fn with_full_stderr(dir: &Path, args: &[&str]) -> Output {
    let full = std::fs::OpenOptions::new()
        .write(true)
        .open("/dev/full")
        .unwrap();
    gazegraph(dir)
        .args(args)
        .stdout(Stdio::piped())
        .stderr(full)
        .output()
        .unwrap()
}

#[cfg(target_os = "linux")]
#[test]
fn stderr_that_cannot_be_written_never_causes_a_panic() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    corpus(d);
    // A warning (an unreadable input) and the summary go to stderr.
    std::fs::write(d.join("bad.txt"), [0xffu8, 0xfe, 0x00, 0x00, 0x41]).unwrap();
    let o = with_full_stderr(
        d,
        &["build", "old.txt", "shard.txt", "bad.txt", "-o", "out"],
    );
    assert_eq!(o.status.code(), Some(0));
    // Exit 1 ("no result") comes with a message on stderr for each query:
    // regression for the `eprintln!` the store rewrite brought back.
    let cases: &[(&[&str], i32)] = &[
        (&["neighbors", "Nobody", "--graph", "out/graph.json"], 1),
        (&["neighbors", "Jakarta", "--graph", "out/graph.json"], 0),
        (
            &[
                "neighbors",
                "Jakarta",
                "--type",
                "organisation",
                "--graph",
                "out/graph.json",
            ],
            1,
        ),
        (
            &["path", "Jakarta", "Beijing", "--graph", "out/graph.json"],
            1,
        ),
        (
            &[
                "evidence",
                "Jakarta",
                "Beijing",
                "--graph",
                "out/graph.json",
            ],
            1,
        ),
        (
            &["top", "--type", "organisation", "--graph", "out/graph.json"],
            1,
        ),
        (&["top", "--graph", "missing/graph.json"], 2),
        (&["build", "no-such-file.txt", "-o", "out2"], 2),
        (&["merge", "out/graph.json", "-o", "m"], 0),
        (&["nonsense-command"], 2),
    ];
    for (args, code) in cases {
        let o = with_full_stderr(d, args);
        assert_eq!(o.status.code(), Some(*code), "{args:?}");
    }
}

#[cfg(target_os = "linux")]
#[test]
fn stdout_that_cannot_be_written_is_an_error_and_a_closed_pipe_is_not() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    corpus(d);
    let o = build(d, &["old.txt"], "out");
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    for args in [
        &["top", "--graph", "out/graph.json"][..],
        &["export", "--graph", "out/graph.json", "--format", "dot"],
        &["--help"],
    ] {
        let full = std::fs::OpenOptions::new()
            .write(true)
            .open("/dev/full")
            .unwrap();
        let o = gazegraph(d).args(args).stdout(full).output().unwrap();
        assert_eq!(o.status.code(), Some(2), "{args:?}: {}", stderr(&o));
        // A reader that closes the pipe at once: a quiet success.
        let mut child = gazegraph(d)
            .args(args)
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        drop(child.stdout.take());
        let o = child.wait_with_output().unwrap();
        assert_eq!(o.status.code(), Some(0), "{args:?}: {}", stderr(&o));
        assert!(o.stderr.is_empty(), "{args:?}: {}", stderr(&o));
    }
}

/// A corpus whose graph keeps `docs` × 15 evidence rows: each document
/// names six of 150 generated people in one sentence (15 pairs), chosen
/// by a fixed pseudo-random sequence over 11,175 pairs, so that no edge
/// comes near the evidence cap.
fn crowd(dir: &Path, docs: usize) -> (String, String) {
    const SYL: [&str; 10] = ["ka", "lo", "mi", "ne", "ru", "sa", "ti", "vo", "ze", "ba"];
    const PEOPLE: u64 = 150;
    let name = |i: u64| {
        let s = |k: u64| SYL[(k % 10) as usize];
        format!("Qu{}{}x Vor{}n", s(i), s(i / 10), s(i / 100))
    };
    let mut gaz = String::new();
    for i in 0..PEOPLE {
        gaz.push_str(&format!(
            "{{\"id\": \"p{i}\", \"name\": \"{}\", \"type\": \"person\"}}\n",
            name(i)
        ));
    }
    let mut corpus = String::new();
    let mut state = 12345u64;
    for d in 0..docs {
        let mut who: Vec<u64> = Vec::new();
        while who.len() < 6 {
            state = state
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            let p = (state >> 33) % PEOPLE;
            if !who.contains(&p) {
                who.push(p);
            }
        }
        let who: Vec<String> = who.into_iter().map(name).collect();
        corpus.push_str(&format!(
            "{{\"id\": \"d{d}\", \"text\": \"{} bertemu di sebuah rapat.\"}}\n",
            who.join(", ")
        ));
    }
    std::fs::write(dir.join("crowd.jsonl"), gaz).unwrap();
    std::fs::write(dir.join("corpus.jsonl"), corpus).unwrap();
    ("crowd.jsonl".into(), "corpus.jsonl".into())
}

#[test]
fn exchange_formats_are_written_by_default_only_for_a_small_graph() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let names = |out: &str| -> Vec<String> {
        let mut v: Vec<String> = std::fs::read_dir(d.join(out))
            .unwrap()
            .map(|e| e.unwrap().file_name().into_string().unwrap())
            .filter(|n| n.starts_with("graph."))
            .collect();
        v.sort();
        v
    };
    // A successful build of `docs` crowd documents into `out`; its stderr.
    let build = |docs: usize, out: &str, more: &[&str]| -> String {
        let (gaz, corpus) = crowd(d, docs);
        let mut args = vec!["build", &corpus, "--no-builtin", "-g", &gaz, "-o", out];
        args.extend_from_slice(more);
        let o = run(d, &args);
        assert!(o.status.success(), "{}", stderr(&o));
        stderr(&o)
    };
    let exchange = ["graph.dot", "graph.gexf", "graph.graphml"];
    // Small: every exchange format, no note.
    let err = build(100, "small", &[]);
    assert!(!err.contains("not written by default"), "{err}");
    for f in exchange {
        assert!(names("small").contains(&f.to_string()), "{f} missing");
    }
    // Over 20,000 evidence rows (1,500 documents × 15 pairs): graph.json,
    // graph.db and the ledger, and a note saying how to get the rest.
    let err = build(1500, "big", &[]);
    assert!(
        err.contains("22500 evidence rows: DOT, GraphML and GEXF are not written by default"),
        "{err}"
    );
    assert!(err.contains("--format dot,graphml,gexf"), "{err}");
    let big = names("big");
    assert!(big.contains(&"graph.json".to_string()) && big.contains(&"graph.db".to_string()));
    for f in exchange {
        assert!(!big.contains(&f.to_string()), "{f} written: {big:?}");
    }
    // Asked for, they are written whatever the size; and a later default
    // build into the same folder takes them out with the rest of the set.
    build(1500, "big", &["-q", "--format", "gexf"]);
    assert!(names("big").contains(&"graph.gexf".to_string()));
    build(1500, "big", &["-q"]);
    assert!(
        !names("big").contains(&"graph.gexf".to_string()),
        "a stale graph.gexf stayed"
    );
}
