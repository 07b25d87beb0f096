//! graph.db's `mentions` table (`build --mentions`): every counted
//! mention, with offsets that slice the original text, the same for any
//! thread count, and carried by `merge` as one build would write it.

mod common;

use common::{run, run_ok, seeds};
use rusqlite::Connection;
use std::path::{Path, PathBuf};

/// The sample corpus files, sorted.
fn files() -> Vec<PathBuf> {
    let mut v: Vec<PathBuf> = std::fs::read_dir(seeds())
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    v.sort();
    assert!(v.len() >= 5, "sample corpus missing");
    v
}

/// Builds `files` into `dir/out` with extra arguments.
fn build(dir: &Path, out: &str, files: &[PathBuf], extra: &[&str]) {
    let mut args = vec!["build"];
    args.extend(files.iter().map(|p| p.to_str().unwrap()));
    args.extend(["-o", out, "-q", "--format", "json"]);
    args.extend_from_slice(extra);
    run_ok(dir, &args);
}

/// The rows of `sql` as text, one line each.
fn rows(db: &Path, sql: &str) -> Vec<String> {
    let c = Connection::open(db).unwrap();
    let mut st = c.prepare(sql).unwrap();
    let n = st.column_count();
    let mut rows = st.query([]).unwrap();
    let mut out = Vec::new();
    while let Some(r) = rows.next().unwrap() {
        let cols: Vec<String> = (0..n)
            .map(|i| format!("{:?}", r.get_ref(i).unwrap()))
            .collect();
        out.push(cols.join("|"));
    }
    out
}

/// The mentions with their entities' ids, in key order.
fn mentions(db: &Path) -> Vec<String> {
    rows(
        db,
        "SELECT document, position, start_byte, end_byte, start_char, end_char, surface,
         entity_id, via, sentence_index FROM mention_names ORDER BY document, position",
    )
}

fn has_table(db: &Path) -> bool {
    !rows(db, "SELECT name FROM sqlite_master WHERE name = 'mentions'").is_empty()
}

#[test]
fn every_counted_mention_is_a_row_whose_offsets_slice_the_text() {
    let dir = tempfile::tempdir().unwrap();
    build(dir.path(), "out", &[seeds()], &["--mentions"]);
    let db = dir.path().join("out/graph.db");
    let c = Connection::open(&db).unwrap();
    // The rows add up to every entity's mention count.
    let off: i64 = c
        .query_row(
            "SELECT count(*) FROM entities e WHERE e.mentions <>
             (SELECT count(*) FROM mentions m WHERE m.entity = e.ix)",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(
        off, 0,
        "entities whose mention count differs from their rows"
    );
    let mut st = c
        .prepare(
            "SELECT document, start_byte, end_byte, start_char, end_char, surface FROM mentions",
        )
        .unwrap();
    let mut rows = st.query([]).unwrap();
    let mut n = 0;
    let mut wide = 0;
    while let Some(r) = rows.next().unwrap() {
        let doc: String = r.get(0).unwrap();
        let text = std::fs::read_to_string(dir.path().join(&doc)).unwrap();
        let b = |i| r.get::<_, i64>(i).unwrap() as usize;
        let surface: String = r.get(5).unwrap();
        assert_eq!(&text[b(1)..b(2)], surface, "{doc} bytes");
        let by_chars: String = text.chars().skip(b(3)).take(b(4) - b(3)).collect();
        assert_eq!(by_chars, surface, "{doc} chars");
        wide += usize::from(b(1) != b(3));
        n += 1;
    }
    assert!(n > 100, "only {n} mentions");
    assert!(
        wide > 0,
        "no mention after a multi-byte character: char offsets untested"
    );
    // Without --mentions there is no table.
    build(dir.path(), "plain", &[seeds()], &[]);
    assert!(!has_table(&dir.path().join("plain/graph.db")));
}

#[test]
fn the_mentions_dump_is_the_same_for_one_and_two_threads() {
    let dir = tempfile::tempdir().unwrap();
    build(
        dir.path(),
        "one",
        &[seeds()],
        &["--mentions", "--threads", "1"],
    );
    build(
        dir.path(),
        "two",
        &[seeds()],
        &["--mentions", "--threads", "2"],
    );
    let (a, b) = (
        dir.path().join("one/graph.db"),
        dir.path().join("two/graph.db"),
    );
    assert!(!mentions(&a).is_empty());
    assert_eq!(mentions(&a), mentions(&b));
    assert_eq!(std::fs::read(&a).unwrap(), std::fs::read(&b).unwrap());
}

#[test]
fn merge_carries_the_mentions_one_build_would_write() {
    let dir = tempfile::tempdir().unwrap();
    let f = files();
    // Overlapping shards: the shared documents' mentions are written once.
    build(dir.path(), "a", &f[..3], &["--mentions"]);
    build(dir.path(), "b", &f[2..], &["--mentions"]);
    build(dir.path(), "all", &f, &["--mentions"]);
    run_ok(
        dir.path(),
        &["merge", "b/graph.json", "a/graph.json", "-o", "m"],
    );
    let merged = mentions(&dir.path().join("m/graph.db"));
    assert!(!merged.is_empty());
    assert_eq!(merged, mentions(&dir.path().join("all/graph.db")));
}

#[test]
fn merge_leaves_the_table_out_when_an_input_has_none() {
    let dir = tempfile::tempdir().unwrap();
    let f = files();
    build(dir.path(), "a", &f[..3], &["--mentions"]);
    build(dir.path(), "b", &f[3..], &[]);
    let o = run(
        dir.path(),
        &["merge", "a/graph.json", "b/graph.json", "-o", "m"],
    );
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let err = String::from_utf8_lossy(&o.stderr);
    let notes: Vec<&str> = err.lines().filter(|l| l.contains("mentions")).collect();
    assert_eq!(notes.len(), 1, "{err}");
    assert!(
        notes[0].contains("1 of 2 inputs have no mentions table"),
        "{err}"
    );
    assert!(!has_table(&dir.path().join("m/graph.db")));
    // A damaged table is not carried either.
    build(dir.path(), "b", &f[3..], &["--mentions"]);
    let c = Connection::open(dir.path().join("b/graph.db")).unwrap();
    c.execute_batch("UPDATE mentions SET surface = 'forged' WHERE position = 0")
        .unwrap();
    drop(c);
    let o = run(
        dir.path(),
        &["merge", "a/graph.json", "b/graph.json", "-o", "m2"],
    );
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    assert!(String::from_utf8_lossy(&o.stderr).contains("checksum mismatch"));
    assert!(!has_table(&dir.path().join("m2/graph.db")));
}

/// Regression for the merge of `--mentions` onto the ledger in parts: a
/// document id in two shards with different text counts once, as its
/// newer copy (the later date), and the merged table holds that copy's
/// mentions only, in whatever order the shards are given and through a
/// second merge level.
#[test]
fn merge_keeps_the_mentions_of_the_copy_of_a_repeated_id_that_counts() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let old = r#"{"id": "x", "date": "2024-01-01", "text": "Vladimir Putin bertemu Kim Jong Un di Pyongyang."}"#;
    let new = r#"{"id": "x", "date": "2024-02-01", "text": "Joko Widodo tiba di Jakarta bersama Prabowo Subianto."}"#;
    let other = r#"{"id": "y", "date": "2024-01-05", "text": "Sergei Lavrov tiba di Beijing."}"#;
    std::fs::write(d.join("a.jsonl"), format!("{new}\n{other}\n")).unwrap();
    std::fs::write(d.join("b.jsonl"), format!("{old}\n")).unwrap();
    std::fs::write(d.join("c.jsonl"), format!("{other}\n")).unwrap();
    let (a, b, c) = (d.join("a.jsonl"), d.join("b.jsonl"), d.join("c.jsonl"));
    build(d, "all", &[a.clone(), b.clone()], &["--mentions"]);
    build(d, "a", &[a], &["--mentions"]);
    build(d, "b", &[b], &["--mentions"]);
    build(d, "c", &[c], &["--mentions"]);
    let want = mentions(&d.join("all/graph.db"));
    let surfaces: Vec<String> = {
        let c = Connection::open(d.join("all/graph.db")).unwrap();
        let mut st = c.prepare("SELECT surface FROM mentions").unwrap();
        st.query_map([], |r| r.get(0))
            .unwrap()
            .map(Result::unwrap)
            .collect()
    };
    assert!(surfaces.iter().any(|m| m == "Joko Widodo"), "{surfaces:?}");
    assert!(
        !surfaces.iter().any(|m| m.contains("Putin")),
        "{surfaces:?}"
    );
    for order in [["a", "b"], ["b", "a"]] {
        let args: Vec<String> = order.iter().map(|s| format!("{s}/graph.json")).collect();
        let out = format!("m{}", order.concat());
        let mut cmd = vec!["merge"];
        cmd.extend(args.iter().map(String::as_str));
        cmd.extend(["-o", &out]);
        run_ok(d, &cmd);
        assert_eq!(mentions(&d.join(&out).join("graph.db")), want, "{order:?}");
    }
    // A second level: the merged graph (its ledger in parts) with a shard
    // that repeats the same copy of `y`.
    run_ok(d, &["merge", "mab/graph.json", "c/graph.json", "-o", "m2"]);
    assert_eq!(mentions(&d.join("m2/graph.db")), want);
}
