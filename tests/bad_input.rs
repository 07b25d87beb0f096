//! Bad inputs (issue 7): each one goes into a folder of good articles (the
//! seed corpus); the good ones must still be processed in full and the bad
//! one reported on stderr with its file, its line or byte offset where that
//! applies, and the reason.
#![allow(clippy::disallowed_macros)] // test reports go to the captured output

mod common;

use common::{gazegraph, run, seeds};
use serde_json::Value;
use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};
use std::process::Output;
use std::sync::OnceLock;

/// Entity ids per document file name, read from the `docs` of every node.
type DocEntities = BTreeMap<String, BTreeSet<String>>;

/// A temporary folder holding `in/` (a copy of the seed corpus).
fn seeded() -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("in");
    std::fs::create_dir(&input).unwrap();
    for e in std::fs::read_dir(seeds()).unwrap() {
        let p = e.unwrap().path();
        std::fs::copy(&p, input.join(p.file_name().unwrap())).unwrap();
    }
    (dir, input)
}

/// `gazegraph build in -o out ARGS` in `dir`.
fn build(dir: &Path, args: &[&str]) -> Output {
    let mut all = vec!["build", "in", "-o", "out"];
    all.extend_from_slice(args);
    run(dir, &all)
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

fn graph(dir: &Path) -> Value {
    let text = std::fs::read_to_string(dir.join("out/graph.json")).unwrap();
    serde_json::from_str(&text).unwrap()
}

/// The file name of a document id (`in/x.txt` or `in/x.jsonl:3`).
fn file_name(doc: &str) -> String {
    doc.rsplit('/').next().unwrap().to_string()
}

fn doc_entities(out: &Path) -> DocEntities {
    // The ledger lists every document with its entities; graph.json lists
    // only the documents its evidence refers to.
    let ledger = std::fs::read_to_string(out.join("graph.docs.jsonl")).unwrap();
    let mut map = DocEntities::new();
    for line in ledger.lines().filter(|l| !l.trim().is_empty()) {
        let d: Value = serde_json::from_str(line).unwrap();
        let set = map.entry(file_name(d["id"].as_str().unwrap())).or_default();
        for e in d["entities"].as_array().unwrap() {
            set.insert(e["id"].as_str().unwrap().to_string());
        }
    }
    map
}

/// Entities per seed document when the seeds are built alone.
fn baseline() -> &'static DocEntities {
    static BASE: OnceLock<DocEntities> = OnceLock::new();
    BASE.get_or_init(|| {
        let (dir, _) = seeded();
        let o = build(dir.path(), &["--quiet"]);
        assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
        let map = doc_entities(&dir.path().join("out"));
        assert_eq!(map.len(), 5, "{map:?}");
        assert!(map.values().all(|s| !s.is_empty()), "{map:?}");
        map
    })
}

/// Builds `dir/in`, expects success, checks that every seed document is
/// there with the same entities as when built alone, and returns stderr and
/// the entities per document.
fn build_ok(dir: &Path) -> (String, DocEntities) {
    let o = build(dir, &[]);
    let err = stderr(&o);
    assert_eq!(o.status.code(), Some(0), "{err}");
    let got = doc_entities(&dir.join("out"));
    for (doc, want) in baseline() {
        assert_eq!(got.get(doc), Some(want), "seed {doc} changed\n{err}");
    }
    (err, got)
}

/// The warning line about `file`, which must exist.
fn warning_about<'a>(err: &'a str, file: &str) -> &'a str {
    err.lines()
        .find(|l| l.starts_with("gazegraph: warning: ") && l.contains(file))
        .unwrap_or_else(|| panic!("no warning about {file} in:\n{err}"))
}

/// A short article with the given distinguishing word, naming three
/// entities of the built-in gazetteer, paragraphs separated by `eol`.
fn article(word: &str, eol: &str) -> String {
    [
        // No full stop: only the line end closes this sentence.
        format!("Laporan {word}: Kim Jong Un bertemu Vladimir Putin di Moskow"),
        String::new(),
        format!("Pertemuan {word} itu berlangsung tertutup, kata Putin."),
    ]
    .join(eol)
        + eol
}

fn entities_of(map: &DocEntities, file: &str) -> BTreeSet<String> {
    map.get(file).cloned().unwrap_or_default()
}

fn three() -> BTreeSet<String> {
    ["kim-jong-un", "vladimir-putin", "moscow"]
        .map(String::from)
        .into()
}

#[test]
fn invalid_utf8_is_decoded_from_its_guessed_encoding_with_the_byte_offset() {
    let (dir, input) = seeded();
    let mut bytes = b"Laporan rusak: \xff\xfe".to_vec();
    bytes.extend_from_slice(article("rusak", "\n").as_bytes());
    std::fs::write(input.join("broken.txt"), &bytes).unwrap();
    let (err, got) = build_ok(dir.path());
    let w = warning_about(&err, "in/broken.txt");
    assert!(
        w.contains("not UTF-8 (invalid byte at 15); decoded as "),
        "{w}"
    );
    assert_eq!(entities_of(&got, "broken.txt"), three());
    assert!(err.contains("1 repaired"), "{err}");
}

#[test]
fn byte_order_marks_are_stripped_and_utf16_is_decoded() {
    let (dir, input) = seeded();
    let mut bom = vec![0xEF, 0xBB, 0xBF];
    bom.extend_from_slice(article("bom", "\n").as_bytes());
    std::fs::write(input.join("bom.txt"), &bom).unwrap();
    // Non-ASCII text too, so the decoding is really exercised.
    let text = article("ĕ—utf16", "\r\n");
    let mut le = vec![0xFF, 0xFE];
    let mut be = vec![0xFE, 0xFF];
    for u in text.encode_utf16() {
        le.extend_from_slice(&u.to_le_bytes());
        be.extend_from_slice(&u.to_be_bytes());
    }
    // Different contents, so neither is mistaken for a duplicate.
    be.extend_from_slice(&[0, b'.']);
    std::fs::write(input.join("le.txt"), &le).unwrap();
    std::fs::write(input.join("be.txt"), &be).unwrap();
    let (err, got) = build_ok(dir.path());
    for f in ["bom.txt", "le.txt", "be.txt"] {
        assert_eq!(entities_of(&got, f), three(), "{f}\n{err}");
    }
    assert!(
        !err.contains("bom.txt"),
        "a UTF-8 BOM is not worth a warning:\n{err}"
    );
    assert!(
        warning_about(&err, "in/le.txt").contains("UTF-16LE"),
        "{err}"
    );
    assert!(
        warning_about(&err, "in/be.txt").contains("UTF-16BE"),
        "{err}"
    );
    // The mention offsets start at the text, not at the mark.
    let tagged = run(dir.path(), &["tag", "in/bom.txt"]);
    let first: Value =
        serde_json::from_slice(tagged.stdout.split(|&b| b == b'\n').next().unwrap()).unwrap();
    assert_eq!(first["start"], 13, "{first}");
    assert_eq!(first["text"], "Kim Jong Un");
}

#[test]
fn binary_files_are_skipped_with_a_warning() {
    let (dir, input) = seeded();
    std::fs::write(input.join("blob.txt"), b"PK\x03\x04\x00\x00binary\x00stuff").unwrap();
    let (err, got) = build_ok(dir.path());
    let w = warning_about(&err, "in/blob.txt");
    assert!(w.contains("binary") && w.contains("skipped"), "{w}");
    assert!(!got.contains_key("blob.txt"), "{got:?}");
    assert!(err.contains("1 input(s) skipped"), "{err}");
}

#[test]
fn empty_crlf_and_lone_cr_files_are_processed_normally() {
    let (dir, input) = seeded();
    std::fs::write(input.join("empty.txt"), b"").unwrap();
    std::fs::write(input.join("crlf.txt"), article("crlf", "\r\n")).unwrap();
    std::fs::write(input.join("cr.txt"), article("cr", "\r")).unwrap();
    let (err, got) = build_ok(dir.path());
    assert!(!err.contains("warning"), "{err}");
    assert_eq!(entities_of(&got, "empty.txt"), BTreeSet::new());
    assert!(got.contains_key("empty.txt"), "an empty file is a document");
    assert_eq!(entities_of(&got, "crlf.txt"), three());
    assert_eq!(entities_of(&got, "cr.txt"), three());
    // Line ends split paragraphs the same way whatever their style.
    let sentences = |file: &str| -> Vec<(i64, String)> {
        let o = run(dir.path(), &["tag", file]);
        common::json_lines(&String::from_utf8(o.stdout).unwrap())
            .iter()
            .map(|m| {
                let s = m["sentence"].as_i64().unwrap();
                (s, m["entity"].as_str().unwrap().to_string())
            })
            .collect()
    };
    std::fs::write(input.join("lf.txt"), article("cr", "\n")).unwrap();
    let lf = sentences("in/lf.txt");
    assert_eq!(lf.len(), 4);
    assert_eq!(lf.last().map(|l| l.0), Some(1), "{lf:?}");
    assert_eq!(sentences("in/cr.txt"), lf);
    assert_eq!(sentences("in/crlf.txt"), lf);
}

/// A single line of `mb` megabytes: mostly prose without names, and one
/// sentence naming entities every ~1 KB.
fn single_line_file(path: &Path, mb: usize) {
    let filler = "para pejabat membahas kerja sama ekonomi dan keamanan kawasan. ".repeat(15);
    let mut text = String::with_capacity(mb << 20);
    let mut i = 0;
    while text.len() < mb << 20 {
        text.push_str(&filler);
        text.push_str(&format!(
            "Kim Jong Un bertemu Vladimir Putin di Moskow ke-{i}. "
        ));
        i += 1;
    }
    std::fs::write(path, text).unwrap();
}

fn big_single_line(mb: usize) {
    let (dir, input) = seeded();
    single_line_file(&input.join("big.txt"), mb);
    let (err, got) = build_ok(dir.path());
    assert!(!err.contains("warning"), "{err}");
    assert_eq!(entities_of(&got, "big.txt"), three());
}

#[test]
fn a_big_single_line_file_works() {
    // An unoptimised build tags about 0.1 MB/s, so 20 MB would take minutes:
    // debug runs 1 MB, `cargo test --release` the full 20 MB.
    big_single_line(if cfg!(debug_assertions) { 1 } else { 20 });
}

#[test]
#[ignore = "slow: 100 MB single line (run with --release --ignored)"]
fn a_100_mb_single_line_file_works() {
    big_single_line(100);
}

#[test]
fn bad_json_lines_are_reported_by_line_and_the_rest_is_read() {
    let (dir, input) = seeded();
    let lines = [
        r#"{"id": "good-1", "text": "Kim Jong Un tiba di Moskow."}"#,
        r#"{"id": "broken", "text": "Vladimir Putin"#,
        r#"{"id": "no-text", "title": "Putin"}"#,
        r#"{"id": "number", "text": 42}"#,
        "",
        r#"{"id": "good-2", "text": "Vladimir Putin menyambut tamunya."}"#,
        r#"{"id": "good-1", "text": "Sergei Lavrov juga hadir."}"#,
    ];
    std::fs::write(input.join("recs.jsonl"), lines.join("\n")).unwrap();
    let (err, got) = build_ok(dir.path());
    // The column within the line, not serde_json's "line 1 column 40".
    let w2 = warning_about(&err, "in/recs.jsonl:2:40: malformed JSON");
    assert!(w2.contains("EOF while parsing a string"), "{w2}");
    assert!(!w2.contains("line 1"), "{w2}");
    let w3 = warning_about(&err, "in/recs.jsonl:3:");
    assert!(w3.contains("no `text`"), "{w3}");
    let w4 = warning_about(&err, "in/recs.jsonl:4:");
    assert!(w4.contains("`text` is a number"), "{w4}");
    assert!(
        !err.contains("recs.jsonl:5") && !err.contains("recs.jsonl:6"),
        "{err}"
    );
    // JSON Lines documents are named by their id.
    let g = graph(dir.path());
    let ids: BTreeSet<&str> = g["documents"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d["id"].as_str().unwrap())
        .collect();
    assert!(ids.contains("good-1") && ids.contains("good-2"), "{ids:?}");
    assert!(
        !ids.contains("broken") && !ids.contains("no-text"),
        "{ids:?}"
    );
    assert!(entities_of(&got, "good-2").contains("vladimir-putin"));
    assert!(err.contains("3 input(s) skipped"), "{err}");
    // A repeated id is counted once, and said so.
    let dup = warning_about(&err, "in/recs.jsonl:7");
    assert!(dup.contains("duplicate document id \"good-1\""), "{dup}");
    assert!(!entities_of(&got, "good-1").contains("sergei-lavrov"));
    assert!(err.contains("1 duplicate document(s)"), "{err}");
}

#[test]
fn a_nonexistent_path_is_reported_and_the_rest_is_read() {
    let (dir, _) = seeded();
    let o = run(dir.path(), &["build", "in", "missing.txt", "-o", "out"]);
    let err = stderr(&o);
    assert_eq!(o.status.code(), Some(0), "{err}");
    let w = warning_about(&err, "missing.txt");
    assert!(w.contains("No such file"), "{w}");
    assert_eq!(doc_entities(&dir.path().join("out")), *baseline());
}

/// Whether `setpriv` can run a command as `nobody` (we are root).
fn can_drop_privileges() -> bool {
    std::process::Command::new("setpriv")
        .args(["--reuid=65534", "--regid=65534", "--clear-groups", "true"])
        .status()
        .is_ok_and(|s| s.success())
}

/// Runs `gazegraph ARGS` in `dir`, as `nobody` when `as_nobody`.
fn run_as(dir: &Path, as_nobody: bool, args: &[&str]) -> Output {
    if !as_nobody {
        return run(dir, args);
    }
    let mut c = std::process::Command::new("setpriv");
    c.args(["--reuid=65534", "--regid=65534", "--clear-groups"])
        .arg(env!("CARGO_BIN_EXE_gazegraph"))
        .args(args)
        .current_dir(dir)
        .env("NO_COLOR", "1");
    c.output().unwrap()
}

/// Makes `dir` and everything in it usable by another user.
#[cfg(unix)]
fn open_up(dir: &Path) {
    use std::os::unix::fs::PermissionsExt;
    for e in walk(dir) {
        let mode = if e.is_dir() { 0o777 } else { 0o666 };
        std::fs::set_permissions(&e, std::fs::Permissions::from_mode(mode)).unwrap();
    }
}

fn walk(dir: &Path) -> Vec<PathBuf> {
    let mut all = vec![dir.to_path_buf()];
    for e in std::fs::read_dir(dir).unwrap() {
        let p = e.unwrap().path();
        if p.is_dir() {
            all.extend(walk(&p));
        } else {
            all.push(p);
        }
    }
    all
}

#[cfg(unix)]
#[test]
fn a_permission_denied_file_is_reported() {
    use std::os::unix::fs::PermissionsExt;
    let (dir, input) = seeded();
    std::fs::write(input.join("locked.txt"), article("locked", "\n")).unwrap();
    open_up(dir.path());
    let locked = input.join("locked.txt");
    std::fs::set_permissions(&locked, std::fs::Permissions::from_mode(0o000)).unwrap();
    // Root reads anything: then run as `nobody`, or skip.
    let as_nobody = std::fs::read(&locked).is_ok();
    if as_nobody && !can_drop_privileges() {
        panic!("cannot run: root reads any file and `setpriv` (util-linux) cannot drop to nobody");
    }
    let o = run_as(dir.path(), as_nobody, &["build", "in", "-o", "out"]);
    let err = stderr(&o);
    assert_eq!(o.status.code(), Some(0), "{err}");
    let w = warning_about(&err, "in/locked.txt");
    assert!(w.contains("Permission denied"), "{w}");
    assert_eq!(doc_entities(&dir.path().join("out")), *baseline());
}

#[cfg(unix)]
#[test]
fn a_symlink_loop_is_reported_and_not_followed() {
    let (dir, input) = seeded();
    std::os::unix::fs::symlink(".", input.join("again")).unwrap();
    std::fs::create_dir(input.join("sub")).unwrap();
    std::os::unix::fs::symlink("..", input.join("sub/up")).unwrap();
    let (err, got) = build_ok(dir.path());
    for l in ["in/again", "in/sub/up"] {
        assert!(
            warning_about(&err, l).contains("symbolic link loop"),
            "{err}"
        );
    }
    assert_eq!(got, *baseline(), "each seed read once");
}

#[test]
fn strict_fails_on_any_warning_and_leaves_previous_outputs_alone() {
    let (dir, input) = seeded();
    let o = build(dir.path(), &["--quiet"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let before: BTreeMap<PathBuf, Vec<u8>> = walk(&dir.path().join("out"))
        .into_iter()
        .filter(|p| p.is_file() && !p.ends_with(".gazegraph.lock"))
        .map(|p| {
            let b = std::fs::read(&p).unwrap();
            (p, b)
        })
        .collect();
    let bad: [(&str, &[u8]); 3] = [
        ("broken.txt", b"Kim Jong Un \xff di Moskow."),
        ("blob.txt", b"\x00\x01\x02"),
        ("recs.jsonl", b"{\"text\": 1}\n"),
    ];
    for (name, bytes) in bad {
        std::fs::write(input.join(name), bytes).unwrap();
        let o = build(dir.path(), &["--strict"]);
        let err = stderr(&o);
        assert_eq!(o.status.code(), Some(2), "{name}: {err}");
        assert!(err.contains(name), "{err}");
        assert!(err.contains("--strict"), "{err}");
        let after: BTreeMap<PathBuf, Vec<u8>> = walk(&dir.path().join("out"))
            .into_iter()
            // The lock file holds the last run's process id.
            .filter(|p| p.is_file() && !p.ends_with(".gazegraph.lock"))
            .map(|p| {
                let b = std::fs::read(&p).unwrap();
                (p, b)
            })
            .collect();
        assert!(
            after == before,
            "{name}: outputs changed or temporary files left"
        );
        std::fs::rename(input.join(name), dir.path().join(name)).unwrap();
    }
    // Without --strict the same inputs build.
    for (name, _) in bad {
        std::fs::rename(dir.path().join(name), input.join(name)).unwrap();
    }
    let o = run(dir.path(), &["build", "in", "-o", "other"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert_eq!(stderr(&o).matches("warning: ").count(), 3, "{}", stderr(&o));
}

#[test]
fn inputs_without_any_document_fail_clearly() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir(dir.path().join("in")).unwrap();
    std::fs::write(dir.path().join("in/blob.txt"), b"\x00\x00").unwrap();
    let o = build(dir.path(), &[]);
    let err = stderr(&o);
    assert_eq!(o.status.code(), Some(2), "{err}");
    assert!(err.contains("no document could be read"), "{err}");
    assert!(!dir.path().join("out/graph.json").exists());
    let o = run(dir.path(), &["build", "nowhere", "-o", "out"]);
    assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
    assert!(stderr(&o).contains("nowhere"), "{}", stderr(&o));
}

#[test]
fn the_summary_counts_skipped_and_repaired_inputs() {
    let (dir, input) = seeded();
    std::fs::write(input.join("a.txt"), b"Kim Jong Un \xff di Moskow.").unwrap();
    // Binary by the documented rule: control bytes, not one stray NUL.
    std::fs::write(input.join("b.txt"), b"\x00\x01\x02binary\x00\x03").unwrap();
    std::fs::write(input.join("c.jsonl"), b"{oops\n").unwrap();
    let (err, _) = build_ok(dir.path());
    let summary = err
        .lines()
        .find(|l| l.contains("skipped,"))
        .unwrap_or_else(|| panic!("no summary in:\n{err}"));
    assert!(
        summary.contains("2 input(s) skipped, 1 repaired"),
        "{summary}"
    );
    // The summary comes after the warnings.
    let last_warning = err.rfind("warning:").unwrap();
    assert!(err.find(summary).unwrap() > last_warning, "{err}");
    // --quiet drops the warnings and the summary, and gives the count of
    // the warnings in one line (issue 15).
    let o = gazegraph(dir.path())
        .args(["build", "in", "-o", "out", "--quiet"])
        .output()
        .unwrap();
    let quiet = stderr(&o);
    assert_eq!(quiet, "gazegraph: 3 warning(s) not shown (--quiet)\n");
}

#[test]
fn a_file_too_large_for_one_document_is_skipped_unread() {
    let (dir, input) = seeded();
    // Sparse: 5 GiB on paper, nothing on disk, and never read.
    let f = std::fs::File::create(input.join("huge.txt")).unwrap();
    if f.set_len(5 << 30).is_err() {
        panic!("cannot run: this file system has no sparse files (set_len of 5 GiB failed)");
    }
    let (err, got) = build_ok(dir.path());
    let w = warning_about(&err, "in/huge.txt");
    assert!(w.contains("5368709120 bytes") && w.contains("4 GiB"), "{w}");
    assert!(!got.contains_key("huge.txt"));
}

#[test]
fn utf16_json_lines_are_decoded_and_binary_ones_skipped_whole() {
    let (dir, input) = seeded();
    let records = [
        r#"{"id": "u1", "text": "Kim Jong Un tiba di Moskow."}"#,
        r#"{"id": "u2", "text": 3}"#,
        r#"{"id": "u3", "text": "Vladimir Putin menyambut tamunya."}"#,
    ]
    .join("\r\n");
    let mut be = vec![0xFE, 0xFF];
    for u in records.encode_utf16() {
        be.extend_from_slice(&u.to_be_bytes());
    }
    std::fs::write(input.join("u16.jsonl"), be).unwrap();
    std::fs::write(
        input.join("blob.jsonl"),
        b"\x00\x00{\"text\": \"x\"}\n\x00\n",
    )
    .unwrap();
    let (err, got) = build_ok(dir.path());
    assert!(
        warning_about(&err, "in/u16.jsonl:").contains("UTF-16BE"),
        "{err}"
    );
    assert!(warning_about(&err, "in/u16.jsonl:2").contains("`text` is a number"));
    assert!(entities_of(&got, "u1").contains("kim-jong-un"), "{got:?}");
    assert!(
        entities_of(&got, "u3").contains("vladimir-putin"),
        "{got:?}"
    );
    let blob = warning_about(&err, "in/blob.jsonl");
    assert!(blob.contains("binary"), "{blob}");
    assert_eq!(err.matches("blob.jsonl").count(), 1, "{err}");
}

#[test]
fn an_output_folder_inside_the_inputs_is_not_read_back() {
    let (dir, _) = seeded();
    let args = ["build", "in", "-o", "in/output"];
    let o = run(dir.path(), &args);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let first = std::fs::read(dir.path().join("in/output/graph.json")).unwrap();
    let o = run(dir.path(), &args);
    let err = stderr(&o);
    assert_eq!(o.status.code(), Some(0), "{err}");
    assert!(!err.contains("warning"), "{err}");
    let second = std::fs::read(dir.path().join("in/output/graph.json")).unwrap();
    assert!(
        first == second,
        "the second build read the first one's outputs"
    );
    assert_eq!(doc_entities(&dir.path().join("in/output")), *baseline());
}

/// Waits for `child` at most `secs` seconds; kills it and fails if it hangs.
fn wait_or_fail(mut child: std::process::Child, secs: u64) -> Output {
    let start = std::time::Instant::now();
    while child.try_wait().unwrap().is_none() {
        if start.elapsed().as_secs() >= secs {
            child.kill().ok();
            panic!("gazegraph hung");
        }
        std::thread::sleep(std::time::Duration::from_millis(20));
    }
    child.wait_with_output().unwrap()
}

#[cfg(unix)]
#[test]
fn named_pipes_are_skipped_in_folders_and_streamed_when_named() {
    use std::process::Stdio;
    let (dir, input) = seeded();
    let made = |p: &Path| {
        std::process::Command::new("mkfifo")
            .arg(p)
            .status()
            .is_ok_and(|s| s.success())
    };
    if !made(&input.join("pipe.txt")) {
        panic!("cannot run: `mkfifo` (coreutils) failed");
    }
    // Inside a folder: never opened (nobody writes to it; it would hang).
    let child = gazegraph(dir.path())
        .args(["build", "in", "-o", "out"])
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let o = wait_or_fail(child, 120);
    let err = stderr(&o);
    assert_eq!(o.status.code(), Some(0), "{err}");
    assert!(
        warning_about(&err, "in/pipe.txt").contains("not a regular file"),
        "{err}"
    );
    // Named on the command line (`<(zcat a.jsonl.gz)`): read like stdin.
    let pipe = dir.path().join("stream");
    assert!(made(&pipe));
    let writer = std::thread::spawn(move || {
        std::fs::write(
            pipe,
            "{\"id\": \"p1\", \"text\": \"Kim Jong Un tiba di Moskow.\"}\n",
        )
    });
    let child = gazegraph(dir.path())
        .args(["tag", "stream"])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let o = wait_or_fail(child, 60);
    writer.join().unwrap().unwrap();
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let lines = common::json_lines(&String::from_utf8(o.stdout).unwrap());
    assert_eq!(lines.len(), 2, "{lines:?}");
    assert!(lines.iter().all(|l| l["doc"] == "p1"));
}
