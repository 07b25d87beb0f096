//! Each consumer reads the graph the way it means (issue 15, part 3) and
//! evidence caps never change the numbers (part 4):
//! - GraphML loads undirected in networkx and igraph, whose degree and
//!   PageRank on co-occurrence rank the entities as `gazegraph top` does;
//!   graph.json's node attributes hold the same values;
//! - the DOT file leaves the layout to the engine (dot and sfdp differ),
//!   and a 4,000-entity graph renders in seconds with the default cut;
//! - an edge's dates and its weight in a date window are the same with
//!   `--max-evidence 0` and with a cap that bites.

mod common;

use common::tools::{assert_ok, run, tools_dir};
use serde_json::Value;
use std::collections::BTreeMap;
use std::path::Path;
use std::time::{Duration, Instant};

fn read_json(p: &Path) -> Value {
    serde_json::from_str(&std::fs::read_to_string(p).unwrap()).unwrap()
}

/// `gazegraph top --by BY --kind cooccurrence --json`: id → score.
fn top(dir: &Path, by: &str) -> Vec<(String, f64)> {
    let out = common::run_ok(
        dir,
        &[
            "top",
            "--graph",
            "out/graph.json",
            "--by",
            by,
            "--kind",
            "cooccurrence",
            "--limit",
            "100000",
            "--json",
        ],
    );
    let v: Value = serde_json::from_str(&out).unwrap();
    v["entities"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| {
            (
                e["id"].as_str().unwrap().to_string(),
                e["score"].as_f64().unwrap(),
            )
        })
        .collect()
}

/// Ids by descending score, ties by id: the order `top` lists.
fn ranking(scores: &BTreeMap<String, f64>) -> Vec<String> {
    let mut v: Vec<(&String, f64)> = scores.iter().map(|(k, &s)| (k, s)).collect();
    v.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(b.0)));
    v.into_iter()
        .filter(|x| x.1 > 0.0)
        .map(|x| x.0.clone())
        .collect()
}

#[test]
fn graphml_degree_and_pagerank_rank_entities_as_gazegraph_top() {
    let dir = tempfile::tempdir().unwrap();
    let g = common::build_seeds(dir.path());
    let script = tools_dir().join("rank_graphml.py");
    let gml = dir.path().join("out/graph.graphml");
    let Some(out) = run(
        "python3",
        &[script.to_str().unwrap(), gml.to_str().unwrap()],
    ) else {
        return;
    };
    assert!(
        out.status.success(),
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    let libs: Value = serde_json::from_slice(&out.stdout).unwrap();
    let top_degree: Vec<(String, f64)> = top(dir.path(), "degree");
    let top_pr: Vec<(String, f64)> = top(dir.path(), "pagerank");
    assert!(top_pr.len() >= 10, "{top_pr:?}");
    for lib in ["networkx", "igraph"] {
        let m = libs[lib].as_object().unwrap();
        let degree: BTreeMap<String, f64> = m
            .iter()
            .map(|(k, v)| (k.clone(), v[0].as_f64().unwrap()))
            .collect();
        let pr: BTreeMap<String, f64> = m
            .iter()
            .map(|(k, v)| (k.clone(), v[1].as_f64().unwrap()))
            .collect();
        // Degree: the same numbers, so the same ranking.
        let want: Vec<String> = top_degree.iter().map(|x| x.0.clone()).collect();
        assert_eq!(ranking(&degree), want, "{lib} degree ranking");
        // PageRank: the same values to 1e-6, and the same top 10.
        for (id, score) in &top_pr {
            let got = pr[id];
            assert!(
                (got - score).abs() < 1e-6,
                "{lib} pagerank of {id}: {got} vs {score}"
            );
        }
        let want: Vec<String> = top_pr.iter().take(10).map(|x| x.0.clone()).collect();
        let got: Vec<String> = ranking(&pr).into_iter().take(10).collect();
        assert_eq!(got, want, "{lib} pagerank top 10");
    }
    // graph.json's node attributes are top's scores.
    for n in g["nodes"].as_array().unwrap() {
        let id = n["id"].as_str().unwrap();
        let d = top_degree.iter().find(|x| x.0 == id).map_or(0.0, |x| x.1);
        assert_eq!(n["degree"].as_f64(), Some(d), "{id}");
        let p = top_pr.iter().find(|x| x.0 == id).map(|x| x.1);
        if let Some(p) = p {
            assert!((n["pagerank"].as_f64().unwrap() - p).abs() < 1e-11, "{id}");
        }
    }
    // Communities: `top --by community` lists graph.json's communities.
    let out = common::run_ok(
        dir.path(),
        &[
            "top",
            "--graph",
            "out/graph.json",
            "--by",
            "community",
            "--json",
        ],
    );
    let v: Value = serde_json::from_str(&out).unwrap();
    let rows = v["communities"].as_array().unwrap();
    assert!(rows.len() >= 2, "{out}");
    let community: BTreeMap<&str, u64> = g["nodes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|n| (n["id"].as_str().unwrap(), n["community"].as_u64().unwrap()))
        .collect();
    let mut sizes = Vec::new();
    for r in rows {
        let c = r["community"].as_u64().unwrap();
        for m in r["members"].as_array().unwrap() {
            assert_eq!(community[m["id"].as_str().unwrap()], c, "{out}");
        }
        sizes.push(r["size"].as_u64().unwrap());
    }
    assert!(sizes.windows(2).all(|w| w[0] >= w[1]), "{sizes:?}");
}

/// A graph.json of `n` entities, each joined to a few others by
/// co-occurrence (a fixed pseudo-random pattern), in `dir/out`.
fn generated_graph(dir: &Path, n: usize) {
    let nodes: Vec<Value> = (0..n)
        .map(|i| {
            let t = ["person", "place", "organisation"][i % 3];
            serde_json::json!({"id": format!("e{i:05}"), "name": format!("Entity {i}"),
                "type": t,
                "aliases": [], "mentions": 1 + i % 17, "documents": 1})
        })
        .collect();
    let mut edges = Vec::new();
    for i in 0..n {
        for k in 1..=3u64 {
            let j = ((i as u64 * 2_654_435_761 + k * 40_503) % n as u64) as usize;
            if i < j {
                edges.push(serde_json::json!({"source": format!("e{i:05}"),
                    "target": format!("e{j:05}"), "kind": "cooccurrence",
                    "directed": false, "weight": 1 + (i + j) % 9, "evidence": []}));
            }
        }
    }
    let g = serde_json::json!({"format": "gazegraph/1", "window": "sentence",
        "documents": [], "nodes": nodes, "edges": edges});
    std::fs::create_dir_all(dir.join("out")).unwrap();
    std::fs::write(dir.join("out/graph.json"), g.to_string()).unwrap();
}

#[test]
fn dot_leaves_the_layout_to_the_engine_and_large_graphs_are_cut() {
    let dir = tempfile::tempdir().unwrap();
    common::build_seeds(dir.path());
    let dot = dir.path().join("out/graph.dot");
    let text = std::fs::read_to_string(&dot).unwrap();
    assert!(!text.contains("layout="), "the engine is the user's choice");
    let svg = |engine: &str| -> Option<Vec<u8>> {
        let out = run(engine, &["-Tsvg", dot.to_str().unwrap()])?;
        assert!(out.status.success(), "{engine}");
        Some(out.stdout)
    };
    if let (Some(a), Some(b)) = (svg("dot"), svg("sfdp")) {
        assert_ne!(a, b, "dot and sfdp must lay the graph out differently");
    }

    // 4,000 entities: the default cut keeps 300, and says so.
    let big = tempfile::tempdir().unwrap();
    generated_graph(big.path(), 4000);
    let cut = common::run_ok(
        big.path(),
        &[
            "export",
            "--graph",
            "out/graph.json",
            "--format",
            "dot",
            "-o",
            "cut.dot",
        ],
    );
    assert!(cut.is_empty());
    let cut_text = std::fs::read_to_string(big.path().join("cut.dot")).unwrap();
    let nodes = cut_text.lines().filter(|l| l.contains("shape=")).count();
    assert_eq!(nodes, 300);
    assert!(cut_text.contains("of 4000 (export --all for all)"));
    common::run_ok(
        big.path(),
        &[
            "export",
            "--graph",
            "out/graph.json",
            "--format",
            "dot",
            "--all",
            "-o",
            "all.dot",
        ],
    );
    let all_text = std::fs::read_to_string(big.path().join("all.dot")).unwrap();
    assert_eq!(
        all_text.lines().filter(|l| l.contains("shape=")).count(),
        4000
    );
    // Every engine lays the cut out in seconds (generous bound: a shared
    // CI machine).
    let cut_path = big.path().join("cut.dot");
    for engine in ["sfdp", "neato", "dot"] {
        let t = Instant::now();
        let out = run(
            engine,
            &["-Tsvg", cut_path.to_str().unwrap(), "-o", "/dev/null"],
        );
        assert_ok(engine, out);
        assert!(
            t.elapsed() < Duration::from_secs(60),
            "{engine} took {:?}",
            t.elapsed()
        );
    }
    // `export --format svg` with the default engine and cut.
    let t = Instant::now();
    let out = common::run(
        big.path(),
        &[
            "export",
            "--graph",
            "out/graph.json",
            "--format",
            "svg",
            "-o",
            "cut.svg",
        ],
    );
    if out.status.code() != Some(2) || !common::tools::skip_tools() {
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        assert!(
            t.elapsed() < Duration::from_secs(60),
            "svg took {:?}",
            t.elapsed()
        );
    }
}

/// Documents where the evidence cap bites: `undated` undated documents
/// (their evidence sorts first and fills the cap) and `dated` dated ones,
/// all naming the same pair.
fn capped_corpus(dir: &Path, undated: usize, dated: usize) {
    let mut lines = String::new();
    for i in 0..undated + dated {
        let date = if i < undated {
            String::new()
        } else {
            let k = i - undated;
            format!(",\"date\":\"202{}-0{}-1{}\"", 3 + k % 2, 1 + k % 9, k % 10)
        };
        lines.push_str(&format!(
            "{{\"id\":\"doc{i:03}\"{date},\"text\":\"Kim Jong Un bertemu Vladimir Putin di Moskow. Sergei Lavrov hadir.\"}}\n"
        ));
    }
    std::fs::write(dir.join("corpus.jsonl"), lines).unwrap();
}

fn edges_by_key(g: &Value) -> BTreeMap<String, Value> {
    g["edges"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| {
            let key = format!("{} {} {}", e["kind"], e["source"], e["target"]);
            (key, e.clone())
        })
        .collect()
}

#[test]
fn evidence_cap_keeps_exact_dates_and_window_weights() {
    let dir = tempfile::tempdir().unwrap();
    capped_corpus(dir.path(), 12, 20);
    for (out, cap) in [("capped", "3"), ("all", "0")] {
        common::run_ok(
            dir.path(),
            &[
                "build",
                "corpus.jsonl",
                "-o",
                out,
                "--max-evidence",
                cap,
                "--quiet",
            ],
        );
    }
    let capped = read_json(&dir.path().join("capped/graph.json"));
    let all = read_json(&dir.path().join("all/graph.json"));
    let (ce, ae) = (edges_by_key(&capped), edges_by_key(&all));
    assert_eq!(ce.keys().collect::<Vec<_>>(), ae.keys().collect::<Vec<_>>());
    let mut bitten = 0;
    for (k, c) in &ce {
        let a = &ae[k];
        assert_eq!(c["weight"], a["weight"], "{k}");
        assert_eq!(c["weight_by_date"], a["weight_by_date"], "{k}");
        if c["evidence"].as_array().unwrap().len() < a["evidence"].as_array().unwrap().len() {
            bitten += 1;
            // The kept evidence is undated: the dates come from the counts.
            assert!(c["evidence"]
                .as_array()
                .unwrap()
                .iter()
                .all(|e| e["date"].is_null()));
        }
    }
    assert!(bitten > 0, "the cap must bite on this fixture");
    // Exports: same dates and the same window weights, capped or not.
    for window in [
        &["--since", "2024-01-01"][..],
        &["--until", "2023-05-31"][..],
        &["--since", "2023-03-01", "--until", "2024-06-30"][..],
        &[][..],
    ] {
        let mut got = Vec::new();
        for graph in ["capped/graph.json", "all/graph.json"] {
            let mut args = vec!["export", "--graph", graph, "--format", "node-link"];
            args.extend_from_slice(window);
            let out = common::run_ok(dir.path(), &args);
            let v: Value = serde_json::from_str(&out).unwrap();
            let summary: Vec<(String, Value, Value, Value)> = v["edges"]
                .as_array()
                .unwrap()
                .iter()
                .map(|e| {
                    (
                        format!("{} {} {}", e["kind"], e["source"], e["target"]),
                        e["weight"].clone(),
                        e["first_date"].clone(),
                        e["last_date"].clone(),
                    )
                })
                .collect();
            got.push(summary);
        }
        assert!(!got[0].is_empty(), "{window:?}");
        assert_eq!(got[0], got[1], "{window:?}");
        assert!(
            got[0].iter().all(|e| e.2.is_string()),
            "{window:?}: dates lost"
        );
    }
    // The window weight is the sum of the counts on its dates.
    let out = common::run_ok(
        dir.path(),
        &[
            "export",
            "--graph",
            "capped/graph.json",
            "--format",
            "json",
            "--since",
            "2024-01-01",
        ],
    );
    let v: Value = serde_json::from_str(&out).unwrap();
    for e in v["edges"].as_array().unwrap() {
        let by_date = e["weight_by_date"].as_object().unwrap();
        assert!(by_date.keys().all(|d| d.as_str() >= "2024-01-01"));
        let sum: u64 = by_date.values().map(|x| x.as_u64().unwrap()).sum();
        assert_eq!(e["weight"].as_u64(), Some(sum));
    }
    // Dynamic GEXF: one spell per counted date, capped or not.
    for graph in ["capped/graph.json", "all/graph.json"] {
        let out = common::run_ok(
            dir.path(),
            &["export", "--graph", graph, "--format", "gexf", "--dynamic"],
        );
        let spells = out.matches("<spell ").count();
        let want: usize = ae
            .values()
            .map(|e| e["weight_by_date"].as_object().map_or(0, |m| m.len()))
            .sum();
        assert_eq!(spells, want, "{graph}");
    }
}
