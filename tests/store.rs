//! graph.db, the SQLite store (issue 13): read by other tools, the same
//! for any thread count and input order, and never a source of wrong
//! answers when damaged (issue 14, item 6).

mod common;

use common::tools::{run as tool, tools_dir};
use common::{run, run_ok, seeds};
use serde_json::Value;
use std::path::Path;

/// Builds the sample corpus into `dir/out` with extra arguments.
fn build(dir: &Path, extra: &[&str]) {
    let seeds = seeds();
    let mut args = vec!["build", seeds.to_str().unwrap(), "-o", "out", "-q"];
    args.extend_from_slice(extra);
    run_ok(dir, &args);
}

#[test]
fn neighbors_json_equals_the_sql_answer_from_python_sqlite3() {
    let dir = tempfile::tempdir().unwrap();
    build(dir.path(), &[]);
    let db = dir.path().join("out/graph.db");
    assert!(db.exists(), "build wrote no graph.db");
    let mut checked = 0;
    for entity in [
        "sergei-lavrov",
        "kim-jong-un",
        "vladimir-putin",
        "pyongyang",
    ] {
        let got: Value = serde_json::from_str(&run_ok(
            dir.path(),
            &["neighbors", entity, "--json", "--graph", "out/graph.json"],
        ))
        .unwrap();
        let script = tools_dir().join("store_neighbors.py");
        let Some(o) = tool(
            "python3",
            &[script.to_str().unwrap(), db.to_str().unwrap(), entity],
        ) else {
            return;
        };
        assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
        let want: Value = serde_json::from_slice(&o.stdout).unwrap();
        let got: Vec<Value> = got["neighbors"]
            .as_array()
            .unwrap()
            .iter()
            .map(|n| {
                serde_json::json!({
                    "rank": n["rank"], "id": n["id"], "name": n["name"],
                    "type": n["type"], "weight": n["weight"], "kinds": n["kinds"],
                })
            })
            .collect();
        assert!(!got.is_empty(), "{entity}: no neighbours");
        assert_eq!(Value::Array(got), want, "{entity}");
        checked += 1;
    }
    assert_eq!(checked, 4);
}

#[test]
fn the_export_metrics_of_every_entity_are_in_graph_db() {
    let dir = tempfile::tempdir().unwrap();
    build(dir.path(), &[]);
    let db = dir.path().join("out/graph.db");
    let code = "import sqlite3,sys,json\n\
        rows = sqlite3.connect(sys.argv[1]).execute('SELECT id, cooccurrence_degree, \
        cooccurrence_weighted_degree, cooccurrence_pagerank, community FROM entities ORDER BY id')\n\
        print(json.dumps([list(r) for r in rows]))";
    let Some(o) = tool("python3", &["-c", code, db.to_str().unwrap()]) else {
        panic!("python3 is needed (scripts/test.sh installs it)");
    };
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let got: Value = serde_json::from_slice(&o.stdout).unwrap();
    let graph: Value =
        serde_json::from_str(&std::fs::read_to_string(dir.path().join("out/graph.json")).unwrap())
            .unwrap();
    let mut want: Vec<Value> = graph["nodes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|n| {
            serde_json::json!([
                n["id"],
                n["degree"],
                n["weighted_degree"],
                n["pagerank"],
                n["community"]
            ])
        })
        .collect();
    want.sort_by(|a, b| a[0].as_str().cmp(&b[0].as_str()));
    assert!(want.len() > 10, "too few entities to compare");
    assert!(
        want.iter().any(|r| r[4].as_u64() != Some(0)),
        "one community only"
    );
    assert_eq!(got, Value::Array(want));
}

/// Every table's rows as SQL text (Python's sqlite3 `iterdump`, the same
/// as the sqlite3 shell's `.dump`).
fn dump(db: &Path) -> Option<String> {
    let code = "import sqlite3,sys\nfor l in sqlite3.connect(sys.argv[1]).iterdump(): print(l)";
    let o = tool("python3", &["-c", code, db.to_str().unwrap()])?;
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    Some(String::from_utf8(o.stdout).unwrap())
}

#[test]
fn the_store_dump_is_the_same_for_any_thread_count_and_input_order() {
    let one = tempfile::tempdir().unwrap();
    build(one.path(), &["--threads", "1"]);
    let four = tempfile::tempdir().unwrap();
    // The files listed one by one, in reverse order.
    let mut files: Vec<String> = std::fs::read_dir(seeds())
        .unwrap()
        .map(|e| e.unwrap().path().to_str().unwrap().to_string())
        .collect();
    files.sort();
    files.reverse();
    let mut args: Vec<&str> = vec!["build"];
    args.extend(files.iter().map(String::as_str));
    args.extend(["-o", "out", "-q", "--threads", "4"]);
    run_ok(four.path(), &args);
    let a = one.path().join("out/graph.db");
    let b = four.path().join("out/graph.db");
    let (Some(da), Some(db)) = (dump(&a), dump(&b)) else {
        return;
    };
    assert!(da.contains("CREATE TABLE entities"));
    assert_eq!(da, db);
    assert_eq!(std::fs::read(&a).unwrap(), std::fs::read(&b).unwrap());
}

#[test]
fn a_damaged_graph_db_never_gives_a_wrong_answer() {
    let dir = tempfile::tempdir().unwrap();
    build(dir.path(), &["--format", "json"]);
    let db = dir.path().join("out/graph.db");
    let queries: [&[&str]; 4] = [
        &["evidence", "Lavrov", "Kim Jong Un", "--json"],
        &["neighbors", "Putin", "--json", "--depth", "2"],
        &["show", "Korut", "--json"],
        &["top", "--by", "pagerank", "--json"],
    ];
    let with_graph = |q: &[&str]| -> Vec<String> {
        let mut v: Vec<String> = q.iter().map(|s| s.to_string()).collect();
        v.extend(["--graph".into(), "out/graph.json".into()]);
        v
    };
    let want: Vec<String> = queries
        .iter()
        .map(|q| {
            let args = with_graph(q);
            let args: Vec<&str> = args.iter().map(String::as_str).collect();
            run_ok(dir.path(), &args)
        })
        .collect();
    let good = std::fs::read(&db).unwrap();
    // One flipped bit at 100 places spread over the file (header, b-tree
    // pages, rows, index blobs), then the file cut short.
    let n = 100;
    let mut cases: Vec<Vec<u8>> = (0..n)
        .map(|k| {
            let mut b = good.clone();
            let at = (k * (good.len() - 1)) / (n - 1);
            b[at] ^= 1 << (k % 8);
            b
        })
        .collect();
    cases.push(good[..good.len() / 2].to_vec());
    for (i, bytes) in cases.iter().enumerate() {
        for (q, want) in queries.iter().zip(&want) {
            std::fs::write(&db, bytes).unwrap();
            let args = with_graph(q);
            let args: Vec<&str> = args.iter().map(String::as_str).collect();
            let o = run(dir.path(), &args);
            assert_eq!(
                o.status.code(),
                Some(0),
                "case {i} {q:?}: {}",
                String::from_utf8_lossy(&o.stderr)
            );
            assert_eq!(String::from_utf8_lossy(&o.stdout), *want, "case {i} {q:?}");
        }
    }
    // The last fallback rewrote a sound store.
    assert_eq!(std::fs::read(&db).unwrap(), good);
}

#[test]
fn export_from_graph_db_equals_export_from_graph_json_in_every_format() {
    let dir = tempfile::tempdir().unwrap();
    build(dir.path(), &["--format", "json"]);
    let formats: [&[&str]; 9] = [
        &["json"],
        &["dot"],
        &["dot", "--all"],
        &["graphml"],
        &["gexf"],
        &["gexf", "--dynamic"],
        &["node-link"],
        &["cytoscape"],
        &["html"],
    ];
    let export = |f: &[&str], out: &str, no_store: bool| {
        let mut args = vec!["export", "--graph", "out/graph.json", "-o", out, "-f"];
        args.extend_from_slice(f);
        let mut c = common::gazegraph(dir.path());
        if no_store {
            c.env("GAZEGRAPH_NO_CACHE", "1");
        }
        let o = c.args(&args).output().unwrap();
        assert!(
            o.status.success(),
            "{f:?}: {}",
            String::from_utf8_lossy(&o.stderr)
        );
        (
            std::fs::read(dir.path().join(out)).unwrap(),
            String::from_utf8(o.stderr).unwrap(),
        )
    };
    for f in formats {
        let (from_db, note) = export(f, "db.out", false);
        let (from_json, _) = export(f, "json.out", true);
        assert!(from_db.len() > 1000, "{f:?}: {} bytes", from_db.len());
        assert!(
            from_db == from_json,
            "{f:?}: graph.db and graph.json exports differ"
        );
        assert!(
            !note.contains("exporting from"),
            "{f:?}: graph.db not read: {note}"
        );
    }
    // Without graph.db, or with a damaged one: graph.json, and a note.
    let db = dir.path().join("out/graph.db");
    let good = std::fs::read(&db).unwrap();
    std::fs::remove_file(&db).unwrap();
    let (bytes, note) = export(&["gexf", "--dynamic"], "missing.out", false);
    assert!(note.contains("graph.db: missing; exporting from"), "{note}");
    assert_eq!(bytes, export(&["gexf", "--dynamic"], "json.out", true).0);
    std::fs::write(&db, &good).unwrap();
    let c = rusqlite::Connection::open(&db).unwrap();
    c.execute_batch("UPDATE edge_dates SET weight = weight + 1 WHERE edge = 0")
        .unwrap();
    drop(c);
    let (bytes, note) = export(&["gexf", "--dynamic"], "damaged.out", false);
    assert!(note.contains("damaged (edge_dates_checksum"), "{note}");
    assert_eq!(bytes, export(&["gexf", "--dynamic"], "json.out", true).0);
}

/// The examples of docs/store.md (a ```sql block followed by a ```text
/// block), each with the output it prints.
fn doc_examples() -> Vec<(String, String)> {
    let doc = std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/store.md"))
        .unwrap();
    let mut out = Vec::new();
    let mut rest = doc.as_str();
    while let Some(at) = rest.find("```sql\n") {
        rest = &rest[at + 7..];
        let Some(end) = rest.find("```\n```text\n") else {
            continue;
        };
        let sql = rest[..end].to_string();
        rest = &rest[end + 12..];
        let stop = rest.find("```").unwrap_or(rest.len());
        out.push((sql, rest[..stop].to_string()));
        rest = &rest[stop..];
    }
    out
}

/// Trailing blanks off every line (`-column` pads the last column).
fn trimmed(s: &str) -> String {
    s.trim_end()
        .lines()
        .map(str::trim_end)
        .collect::<Vec<_>>()
        .join("\n")
}

#[test]
fn the_sql_examples_of_docs_store_md_print_what_the_page_shows() {
    let dir = tempfile::tempdir().unwrap();
    // As the page says, from the checkout, so that document ids read
    // `corpus/seeds/...`; --mentions for the `mention_names` example (it
    // adds a table only).
    let out = dir.path().join("out");
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let out_arg = out.to_str().unwrap();
    run_ok(
        root,
        &["build", "corpus/seeds", "-o", out_arg, "-q", "--mentions"],
    );
    let db = out.join("graph.db");
    let examples = doc_examples();
    assert!(examples.len() >= 10, "{} examples", examples.len());
    for (sql, want) in examples {
        let Some(o) = tool(
            "sqlite3",
            &["-header", "-column", db.to_str().unwrap(), &sql],
        ) else {
            return;
        };
        assert!(
            o.status.success(),
            "{sql}: {}",
            String::from_utf8_lossy(&o.stderr)
        );
        let got = String::from_utf8(o.stdout).unwrap();
        assert_eq!(
            trimmed(&got),
            trimmed(&want),
            "docs/store.md example:\n{sql}"
        );
    }
}
