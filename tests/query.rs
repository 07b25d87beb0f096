//! Integration tests of the query commands, run as a user would: the
//! binary against the graph of the sample corpus (corpus/seeds), built once
//! per test run with `gazegraph build`. Set GAZEGRAPH_TEST_GRAPH to run the
//! same tests against another graph.json. Assertions use only facts of the
//! sample corpus (names, not weights).

use serde_json::{json, Value};
use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::sync::OnceLock;

/// The sample-corpus graph, built once into a temporary folder.
fn built_sample() -> &'static Path {
    static BUILT: OnceLock<(tempfile::TempDir, PathBuf)> = OnceLock::new();
    let (_, path) = BUILT.get_or_init(|| {
        let dir = tempfile::tempdir().unwrap();
        let seeds = Path::new(env!("CARGO_MANIFEST_DIR")).join("corpus/seeds");
        let out = Command::new(env!("CARGO_BIN_EXE_gazegraph"))
            .args(["build", "--quiet", "--format", "json", "-o"])
            .arg(dir.path())
            .arg(&seeds)
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "build failed: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        let path = dir.path().join("graph.json");
        (dir, path)
    });
    path
}

/// A temp dir holding a copy of the sample graph (so the cache written
/// beside it starts afresh for each test).
fn sample() -> (tempfile::TempDir, PathBuf) {
    let src = std::env::var_os("GAZEGRAPH_TEST_GRAPH")
        .map(PathBuf::from)
        .unwrap_or_else(|| built_sample().to_path_buf());
    let dir = tempfile::tempdir().unwrap();
    let dst = dir.path().join("graph.json");
    std::fs::copy(&src, &dst).unwrap();
    (dir, dst)
}

fn cmd(graph: &Path, args: &[&str]) -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_gazegraph"));
    c.args(args).arg("--graph").arg(graph);
    c.env_remove("NO_COLOR").env("COLUMNS", "100");
    c
}

fn run(graph: &Path, args: &[&str]) -> Output {
    cmd(graph, args).output().unwrap()
}

fn stdout(o: &Output) -> String {
    String::from_utf8(o.stdout.clone()).unwrap()
}

fn stderr(o: &Output) -> String {
    String::from_utf8(o.stderr.clone()).unwrap()
}

fn json_of(graph: &Path, args: &[&str]) -> Value {
    let mut a = args.to_vec();
    a.push("--json");
    let o = run(graph, &a);
    assert_eq!(o.status.code(), Some(0), "{args:?}: {}", stderr(&o));
    serde_json::from_slice(&o.stdout).unwrap_or_else(|e| panic!("{args:?}: {e}: {}", stdout(&o)))
}

/// Writes a graph.json with person nodes and co-occurrence edges.
fn write_graph(dir: &Path, nodes: &[(&str, &str, &[&str])], edges: &[(&str, &str)]) -> PathBuf {
    let nodes: Vec<Value> = nodes
        .iter()
        .map(|(id, name, surface)| {
            let surface: serde_json::Map<String, Value> =
                surface.iter().map(|s| (s.to_string(), json!(1))).collect();
            json!({"id": id, "name": name, "type": "person", "aliases": [],
                   "mentions": 1, "documents": 1, "surface": surface})
        })
        .collect();
    let edges: Vec<Value> = edges
        .iter()
        .map(|(s, t)| {
            json!({"source": s, "target": t, "kind": "cooccurrence", "directed": false,
                   "weight": 1, "evidence": [{"doc": "d", "sentence": 0,
                   "text": format!("{s} met {t} in a sentence long enough to matter.")}]})
        })
        .collect();
    let g = json!({"format": "gazegraph/1", "window": "sentence", "documents": [],
                   "nodes": nodes, "edges": edges});
    let path = dir.join("graph.json");
    std::fs::write(&path, serde_json::to_vec(&g).unwrap()).unwrap();
    path
}

fn names(list: &Value) -> Vec<String> {
    list.as_array()
        .unwrap()
        .iter()
        .map(|x| x["name"].as_str().unwrap().to_string())
        .collect()
}

#[test]
fn neighbours_of_kim_jong_un_include_putin_lavrov_and_shoigu() {
    let (_d, g) = sample();
    for query in ["Kim Jong-un", "kim jong un", "KIM JONG-UN"] {
        let v = json_of(&g, &["neighbors", query]);
        let n = names(&v["neighbors"]).join("|");
        for want in ["Putin", "Lavrov", "Shoigu"] {
            assert!(n.contains(want), "{query}: {want} missing from {n}");
        }
    }
    let o = run(&g, &["neighbours", "Kim Jong-un"]);
    assert_eq!(o.status.code(), Some(0));
    let text = stdout(&o);
    assert!(text.lines().next().unwrap().contains("name"), "{text}");
    assert!(text.contains("Putin") && text.contains("Lavrov"), "{text}");
    assert!(text.lines().all(|l| l.chars().count() <= 100), "{text}");
}

#[test]
fn neighbour_filters_and_depth() {
    let (_d, g) = sample();
    let v = json_of(
        &g,
        &[
            "neighbors",
            "Kim Jong-un",
            "--type",
            "place",
            "--limit",
            "2",
        ],
    );
    let rows = v["neighbors"].as_array().unwrap();
    assert!(!rows.is_empty() && rows.len() <= 2);
    assert!(rows.iter().all(|r| r["type"] == "place"), "{v}");
    let one = json_of(&g, &["neighbors", "Choe Son Hui"]);
    let two = json_of(&g, &["neighbors", "Choe Son Hui", "--depth", "2"]);
    assert!(two["total"].as_u64() > one["total"].as_u64());
    assert!(names(&two["neighbors"]).join("|").contains("Putin"));
    // A filter that removes every edge leaves no result: exit 1.
    let o = run(&g, &["neighbors", "Kim Jong-un", "--kind", "no-such-kind"]);
    assert_eq!(o.status.code(), Some(1));
}

#[test]
fn a_path_leads_from_choe_son_hui_to_putin() {
    let (_d, g) = sample();
    let v = json_of(&g, &["path", "Choe Son Hui", "Putin"]);
    for key in ["shortest", "weighted"] {
        let steps = v[key]["steps"].as_array().unwrap();
        assert!(!steps.is_empty(), "{key}");
        assert!(steps[0]["from"]["name"].as_str().unwrap().contains("Choe"));
        let last = steps.last().unwrap();
        assert!(last["to"]["name"].as_str().unwrap().contains("Putin"));
        assert!(
            steps.iter().all(|s| s["evidence"]["text"].is_string()),
            "{v}"
        );
    }
    let o = run(&g, &["path", "Choe Son Hui", "Putin"]);
    assert_eq!(o.status.code(), Some(0));
    assert!(stdout(&o).contains("Shortest path"), "{}", stdout(&o));
}

#[test]
fn no_path_between_components_exits_1() {
    let d = tempfile::tempdir().unwrap();
    let g = write_graph(
        d.path(),
        &[
            ("a", "Alpha", &[]),
            ("b", "Beta", &[]),
            ("c", "Gamma", &[]),
            ("e", "Delta", &[]),
        ],
        &[("a", "b"), ("c", "e")],
    );
    let o = run(&g, &["path", "Alpha", "Delta"]);
    assert_eq!(o.status.code(), Some(1));
    assert!(stderr(&o).contains("no path"), "{}", stderr(&o));
    let v: Value =
        serde_json::from_slice(&run(&g, &["path", "Alpha", "Delta", "--json"]).stdout).unwrap();
    assert!(v["shortest"].is_null());
}

#[test]
fn any_name_variant_finds_the_same_entity() {
    let (_d, g) = sample();
    for group in [
        &["Sergei Lavrov", "sergey lavrov", "LAVROV", "Sergey-Lavrov"][..],
        &["Korut", "korea utara", "Korea-Utara"],
        &["Kim Jong-un", "kim jong un", "Kim Jong Un"],
    ] {
        let ids: Vec<Value> = group
            .iter()
            .map(|q| json_of(&g, &["show", q])["id"].clone())
            .collect();
        assert!(ids.iter().all(|id| id == &ids[0]), "{group:?}: {ids:?}");
        // The id itself works too.
        let id = ids[0].as_str().unwrap();
        assert_eq!(json_of(&g, &["show", id])["id"], ids[0]);
    }
}

#[test]
fn show_korut_lists_the_variants_seen() {
    let (_d, g) = sample();
    let v = json_of(&g, &["show", "Korut"]);
    let forms: Vec<&str> = v["surface_forms"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["form"].as_str().unwrap())
        .collect();
    assert!(forms.contains(&"Korut"), "{forms:?}");
    assert!(forms.len() >= 2, "{forms:?}");
    let text = stdout(&run(&g, &["show", "korut"]));
    for f in &forms {
        assert!(text.contains(f), "{f} missing:\n{text}");
    }
    assert!(text.contains("Korea Utara"), "{text}");
}

#[test]
fn evidence_lists_every_sentence_with_document_and_date() {
    let (_d, g) = sample();
    let v = json_of(&g, &["evidence", "Kim Jong-un", "Vladimir Putin"]);
    let edges = v["edges"].as_array().unwrap();
    assert!(edges.iter().any(|e| e["kind"] == "cooccurrence"), "{v}");
    for e in edges {
        for ev in e["evidence"].as_array().unwrap() {
            assert!(ev["doc"].is_string() && ev["text"].is_string(), "{ev}");
        }
    }
    let text = stdout(&run(&g, &["evidence", "Putin", "Kim Jong Un"]));
    let first = &edges[0]["evidence"][0];
    assert!(text.contains(first["doc"].as_str().unwrap()), "{text}");
    assert!(text.contains(first["text"].as_str().unwrap()), "{text}");
}

#[test]
fn top_by_every_measure() {
    let (_d, g) = sample();
    for by in ["degree", "weight", "pagerank", "betweenness"] {
        let v = json_of(&g, &["top", "--by", by, "--limit", "5"]);
        let rows = v["entities"].as_array().unwrap();
        assert!(!rows.is_empty() && rows.len() <= 5, "{by}");
        let scores: Vec<f64> = rows.iter().map(|r| r["score"].as_f64().unwrap()).collect();
        assert!(scores.windows(2).all(|w| w[0] >= w[1]), "{by}: {scores:?}");
        assert_eq!(v["by"], by);
    }
    let v = json_of(&g, &["top", "--type", "person", "--limit", "3"]);
    assert!(v["entities"]
        .as_array()
        .unwrap()
        .iter()
        .all(|r| r["type"] == "person"));
}

#[test]
fn unknown_names_get_suggestions() {
    let (_d, g) = sample();
    let o = run(&g, &["neighbors", "Sergei Lavorv"]);
    assert_eq!(o.status.code(), Some(1));
    let err = stderr(&o);
    assert!(
        err.contains("unknown entity 'Sergei Lavorv'") && err.contains("did you mean"),
        "{err}"
    );
    assert!(err.contains("Sergei Lavrov"), "{err}");
    let o = run(&g, &["show", "Zzyzx Qwerty", "--json"]);
    assert_eq!(o.status.code(), Some(1));
    let v: Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(v["error"], "unknown_entity");
}

#[test]
fn ambiguous_names_list_their_candidates() {
    let d = tempfile::tempdir().unwrap();
    let g = write_graph(
        d.path(),
        &[
            ("kim-jong-un", "Kim Jong Un", &["Kim"]),
            ("kim-yo-jong", "Kim Yo Jong", &["Kim"]),
        ],
        &[("kim-jong-un", "kim-yo-jong")],
    );
    let o = run(&g, &["show", "kim"]);
    assert_eq!(o.status.code(), Some(1));
    let err = stderr(&o);
    assert!(err.contains("ambiguous"), "{err}");
    assert!(
        err.contains("kim-jong-un") && err.contains("kim-yo-jong"),
        "{err}"
    );
    let o = run(&g, &["neighbors", "Kim", "--json"]);
    let v: Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(v["error"], "ambiguous_entity");
    assert_eq!(v["candidates"].as_array().unwrap().len(), 2);
    // The id settles it.
    assert_eq!(run(&g, &["show", "kim-yo-jong"]).status.code(), Some(0));
}

#[test]
fn errors_exit_2_with_a_helpful_message() {
    let d = tempfile::tempdir().unwrap();
    let missing = d.path().join("output/graph.json");
    let o = run(&missing, &["top"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(
        stderr(&o).contains("not found: run `gazegraph build` first"),
        "{}",
        stderr(&o)
    );
    let (_d, g) = sample();
    let o = run(&g, &["neighbors", "Putin", "--since", "last week"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("YYYY-MM-DD"), "{}", stderr(&o));
    std::fs::write(&g, "{not json").unwrap();
    let o = run(&g, &["top"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("graph.json"), "{}", stderr(&o));
}

#[test]
fn no_colour_when_piped_or_no_color_is_set() {
    let (_d, g) = sample();
    for no_color in [false, true] {
        for args in [
            &["neighbors", "Putin"][..],
            &["show", "Korut"],
            &["path", "Choe Son Hui", "Putin"],
            &["top", "--by", "pagerank"],
            &["evidence", "Lavrov", "Kim Jong Un"],
        ] {
            let mut c = cmd(&g, args);
            if no_color {
                c.env("NO_COLOR", "");
            }
            let o = c.output().unwrap();
            assert_eq!(o.status.code(), Some(0), "{args:?}");
            assert!(!o.stdout.contains(&0x1b), "{args:?}: ANSI escape in output");
        }
    }
}

#[test]
fn the_store_gives_the_same_answers() {
    let (_d, g) = sample();
    let first = stdout(&run(&g, &["neighbors", "Kim Jong-un", "--depth", "2"]));
    assert!(g.with_extension("db").exists());
    let second = stdout(&run(&g, &["neighbors", "Kim Jong-un", "--depth", "2"]));
    assert_eq!(first, second);
    let a = json_of(&g, &["evidence", "Lavrov", "Kim Jong Un"]);
    let mut no_cache = cmd(&g, &["evidence", "Lavrov", "Kim Jong Un", "--json"]);
    let o = no_cache.env("GAZEGRAPH_NO_CACHE", "1").output().unwrap();
    assert_eq!(a, serde_json::from_slice::<Value>(&o.stdout).unwrap());
}

#[test]
fn a_broken_pipe_ends_quietly() {
    // A star of 5,000 neighbours prints far more than a pipe buffer holds.
    let d = tempfile::tempdir().unwrap();
    let ids: Vec<String> = (0..5000).map(|i| format!("n{i:04}")).collect();
    let mut nodes: Vec<(&str, &str, &[&str])> = vec![("hub", "Hub", &[])];
    nodes.extend(ids.iter().map(|s| (s.as_str(), s.as_str(), &[][..])));
    let edges: Vec<(&str, &str)> = ids.iter().map(|s| ("hub", s.as_str())).collect();
    let g = write_graph(d.path(), &nodes, &edges);
    let mut child = cmd(&g, &["neighbors", "Hub"])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut line = String::new();
    BufReader::new(child.stdout.take().unwrap())
        .read_line(&mut line)
        .unwrap();
    assert!(line.contains("name"), "{line}");
    let o = child.wait_with_output().unwrap();
    assert_eq!(o.status.code(), Some(0));
    assert_eq!(stderr(&o), "");
}
