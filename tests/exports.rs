//! Export tests: a hostile graph written in every format and checked with
//! the real tools (Graphviz `dot`, `xmllint`, networkx, igraph), golden files
//! for a small graph, and determinism.
//!
//! A missing tool FAILS the test unless `GAZEGRAPH_SKIP_TOOLS=1`.
//! Regenerate the golden files with `UPDATE_GOLDEN=1 cargo test --test exports`.

use gazegraph::base::escape;
use gazegraph::base::types::{EntityType, Modality, Window};
use gazegraph::export::{self, Format, Options};
use gazegraph::graph::{
    DocInfo, Edge, EdgeRecord, Evidence, GraphData, KnowledgeGraph, Node, COOCCURRENCE, FORMAT,
};
use std::collections::BTreeMap;
use std::path::Path;
use std::process::Command;

mod common;
use common::tools::{assert_ok, run, schema, skip_tools, tools_dir};

fn node(id: &str, name: &str, etype: EntityType, mentions: u64, dates: (&str, &str)) -> Node {
    Node {
        id: id.to_string(),
        name: name.to_string(),
        etype,
        qid: None,
        aliases: vec![format!("{name} alias"), "Korut \"DPRK\" \\".to_string()],
        mentions,
        documents: 1,
        surface: BTreeMap::from([(name.to_string(), mentions)]),
        docs: vec!["doc-1".into()],
        first_seen: Some(dates.0.to_string()),
        last_seen: Some(dates.1.to_string()),
        degree: 0,
        weighted_degree: 0,
        pagerank: Default::default(),
        community: 0,
    }
}

fn ev(date: Option<&str>, sentence: u32, text: &str, modality: Option<Modality>) -> Evidence {
    Evidence {
        date: date.map(Into::into),
        doc: "doc \"1\" <&>".into(),
        sentence,
        text: text.into(),
        trigger: modality.map(|_| "bertemu".to_string()),
        modality,
    }
}

fn edge(
    s: &str,
    t: &str,
    kind: &str,
    directed: bool,
    weight: u64,
    evidence: Vec<Evidence>,
) -> EdgeRecord {
    EdgeRecord {
        source: s.to_string(),
        target: t.to_string(),
        edge: Edge {
            kind: kind.to_string(),
            directed,
            weight,
            // One count per dated sentence, as a build gives.
            weight_by_date: evidence.iter().filter_map(|e| e.date.as_deref()).fold(
                Default::default(),
                |mut m: std::collections::BTreeMap<String, u64>, d| {
                    *m.entry(d.to_string()).or_default() += 1;
                    m
                },
            ),
            evidence,
        },
    }
}

fn graph(nodes: Vec<Node>, edges: Vec<EdgeRecord>) -> KnowledgeGraph {
    let data = GraphData {
        format: FORMAT.to_string(),
        window: Window::Sentence,
        evidence_limit: 0,
        document_count: 0,
        documents: vec![DocInfo {
            id: "doc-1".to_string(),
            title: None,
            date: Some("2024-06-19".to_string()),
            url: None,
        }],
        nodes,
        edges,
        negated: Vec::new(),
    };
    let (kg, dropped) = KnowledgeGraph::from_data(data);
    assert_eq!(dropped, 0);
    kg
}

const HOSTILE_TEXT: &str = "He said \"no\" \\ <b>&amp;</b> ]]> \u{1}\u{7}\u{1B} \u{FFFE}\u{FFFF} 😀 עברית مرحبا\nline two\r\nline three\ttab \\N \\l trailing\\";

fn hostile() -> KnowledgeGraph {
    use EntityType::*;
    let long: String = "Long name ".repeat(200);
    let specs: Vec<(&str, String, EntityType)> = vec![
        ("quote", "Say \"hi\" \\ back\\slash\\".to_string(), Person),
        ("markup", "<b>&amp;</b> ]]> & < >".to_string(), Organisation),
        (
            "control",
            "ctl\u{0}\u{1}\u{7}\u{B}\u{C}\u{1B}\u{7F}\u{85} end\ttab\nnl\r\ncrlf".to_string(),
            Person,
        ),
        ("bom", "bom\u{FFFE}\u{FFFF}\u{FFFD}".to_string(), Place),
        (
            "emoji",
            "🇷🇺 Путин 😀 \u{1F9D1}\u{200D}\u{1F680}".to_string(),
            Person,
        ),
        (
            "rtl",
            "עברית مرحبا \u{202E}desrever\u{202C}".to_string(),
            Place,
        ),
        ("node", "node".to_string(), Place),
        ("graph", "graph".to_string(), Organisation),
        ("strict", "strict".to_string(), Organisation),
        ("3M", "3M".to_string(), Organisation),
        ("42nd", "42nd Street".to_string(), Place),
        ("Digraph kw", "DiGraph".to_string(), Place),
        ("esc", "\\N \\l \\G \\E \\T \\H \\L".to_string(), Person),
        ("long", long, Person),
        (
            "id with \"quotes\" \\ & <x>",
            "Plain Name".to_string(),
            Person,
        ),
    ];
    let nodes: Vec<Node> = specs
        .iter()
        .enumerate()
        .map(|(i, (id, name, t))| node(id, name, *t, i as u64 + 1, ("2024-06-01", "2024-06-30")))
        .collect();
    let mut ids: Vec<&str> = specs.iter().map(|s| s.0).collect();
    ids.sort_unstable();
    let mut edges = Vec::new();
    // A ring of co-occurrence edges over all nodes (source id < target id).
    for w in 0..ids.len() {
        let (a, b) = (ids[w], ids[(w + 1) % ids.len()]);
        let (s, t) = if a < b { (a, b) } else { (b, a) };
        edges.push(edge(
            s,
            t,
            COOCCURRENCE,
            false,
            w as u64 + 1,
            vec![
                ev(Some("2024-06-19"), w as u32, HOSTILE_TEXT, None),
                ev(Some("2024-02-30"), 99, "an invalid date", None),
                ev(None, 100, "no date", None),
            ],
        ));
    }
    // Every kind between the same pair, both directions.
    let (a, b) = ("control", "quote");
    edges.push(edge(
        a,
        b,
        "meets",
        false,
        2,
        vec![ev(
            Some("2024-06-19"),
            1,
            HOSTILE_TEXT,
            Some(Modality::Asserted),
        )],
    ));
    edges.push(edge(
        a,
        b,
        "invites",
        true,
        1,
        vec![ev(
            Some("2024-06-18"),
            2,
            "planned",
            Some(Modality::Planned),
        )],
    ));
    edges.push(edge(
        b,
        a,
        "invites",
        true,
        1,
        vec![ev(None, 3, HOSTILE_TEXT, Some(Modality::Asserted))],
    ));
    edges.push(edge(
        "emoji",
        "rtl",
        "visits",
        true,
        3,
        vec![ev(
            Some("2024-06-20"),
            4,
            HOSTILE_TEXT,
            Some(Modality::Asserted),
        )],
    ));
    edges.push(edge("node", "graph", "sanctions <&>\"", true, 1, vec![]));
    graph(nodes, edges)
}

fn small() -> KnowledgeGraph {
    use EntityType::*;
    let mut putin = node(
        "putin",
        "Vladimir Putin",
        Person,
        12,
        ("2024-06-18", "2024-06-20"),
    );
    putin.qid = Some("Q7747".to_string());
    putin.aliases = vec![
        "Putin".to_string(),
        "Vladimir Vladimirovich Putin".to_string(),
    ];
    let mut kim = node(
        "kim-jong-un",
        "Kim Jong Un",
        Person,
        7,
        ("2024-06-19", "2024-06-19"),
    );
    kim.aliases = vec!["Kim Jong-un".to_string()];
    let mut pyongyang = node(
        "pyongyang",
        "Pyongyang",
        Place,
        3,
        ("2024-06-19", "2024-06-19"),
    );
    pyongyang.aliases = vec![];
    let nodes = vec![putin, kim, pyongyang];
    let text = "Putin bertemu Kim Jong Un di Pyongyang.";
    let edges = vec![
        edge(
            "kim-jong-un",
            "putin",
            COOCCURRENCE,
            false,
            2,
            vec![
                ev(Some("2024-06-19"), 0, text, None),
                ev(
                    Some("2024-06-20"),
                    4,
                    "Putin dan Kim menandatangani pakta.",
                    None,
                ),
            ],
        ),
        edge(
            "kim-jong-un",
            "putin",
            "meets",
            false,
            1,
            vec![ev(Some("2024-06-19"), 0, text, Some(Modality::Asserted))],
        ),
        edge(
            "putin",
            "pyongyang",
            "visits",
            true,
            1,
            vec![ev(Some("2024-06-19"), 0, text, Some(Modality::Asserted))],
        ),
        edge(
            "kim-jong-un",
            "pyongyang",
            COOCCURRENCE,
            false,
            1,
            vec![ev(None, 0, text, None)],
        ),
    ];
    graph(nodes, edges)
}

fn export_to(kg: &KnowledgeGraph, format: Format, dynamic: bool) -> Vec<u8> {
    let mut buf = Vec::new();
    export::write_with(kg, format, &Options::new(dynamic, false), &mut buf).unwrap();
    buf
}

/// Expected sorted labels, kinds and direction flags, for the checkers.
fn expected(kg: &KnowledgeGraph, xml: bool) -> serde_json::Value {
    let clean = |s: &str| -> String {
        if xml {
            s.chars()
                .map(|c| {
                    if escape::is_xml_char(c) {
                        c
                    } else {
                        '\u{FFFD}'
                    }
                })
                .collect()
        } else {
            s.to_string()
        }
    };
    let mut labels: Vec<String> = kg.graph.node_weights().map(|n| clean(&n.name)).collect();
    labels.sort();
    let mut kinds: Vec<String> = kg.graph.edge_weights().map(|e| clean(&e.kind)).collect();
    kinds.sort();
    let mut directed: Vec<bool> = kg.graph.edge_weights().map(|e| e.directed).collect();
    directed.sort();
    serde_json::json!({"labels": labels, "kinds": kinds, "directed": directed})
}

#[test]
fn hostile_graph_validates_in_every_tool() {
    let kg = hostile();
    let dir = tempfile::tempdir().unwrap();
    let (n, e) = (kg.node_count().to_string(), kg.edge_count().to_string());
    let write = |name: &str, bytes: &[u8]| -> String {
        let p = dir.path().join(name);
        std::fs::write(&p, bytes).unwrap();
        p.to_string_lossy().into_owned()
    };
    let xml_expect = write(
        "expect-xml.json",
        expected(&kg, true).to_string().as_bytes(),
    );
    let json_expect = write(
        "expect-json.json",
        expected(&kg, false).to_string().as_bytes(),
    );
    let py = |script: &str, file: &str, expect: &str| {
        let s = tools_dir().join(script);
        run("python3", &[s.to_str().unwrap(), file, &n, &e, expect])
    };

    // DOT: renders, and Graphviz sees every node and edge.
    let dot = write("g.dot", &export_to(&kg, Format::Dot, false));
    assert_ok(
        "dot -Tsvg",
        run("dot", &["-Tsvg", &dot, "-o", &format!("{dot}.svg")]),
    );
    if let Some(out) = run("dot", &["-Tjson0", &dot]) {
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
        assert_eq!(v["objects"].as_array().map_or(0, Vec::len), kg.node_count());
        assert_eq!(v["edges"].as_array().map_or(0, Vec::len), kg.edge_count());
    }

    // GraphML: XSD, networkx, igraph.
    let gml = write("g.graphml", &export_to(&kg, Format::Graphml, false));
    if let Some(xsd) = schema("graphml/graphml.xsd") {
        let out = run("xmllint", &["--noout", "--nonet", "--schema", &xsd, &gml]);
        assert_ok("xmllint graphml", out);
    }
    assert_ok(
        "validate_graphml.py",
        py("validate_graphml.py", &gml, &xml_expect),
    );

    // GEXF, static and dynamic: RELAX NG and networkx.
    let rng = schema("gexf-1.3/gexf.rng");
    for dynamic in [false, true] {
        let gexf = write(
            &format!("g{dynamic}.gexf"),
            &export_to(&kg, Format::Gexf, dynamic),
        );
        if let Some(rng) = &rng {
            let out = run("xmllint", &["--noout", "--nonet", "--relaxng", rng, &gexf]);
            assert_ok("xmllint gexf", out);
        }
        assert_ok(
            "validate_gexf.py",
            py("validate_gexf.py", &gexf, &xml_expect),
        );
    }

    // Node-link JSON: networkx; Cytoscape: plain structure checks.
    let nl = write("g.nodelink.json", &export_to(&kg, Format::NodeLink, false));
    assert_ok(
        "validate_json.py",
        py("validate_json.py", &nl, &json_expect),
    );
    let cy: serde_json::Value =
        serde_json::from_slice(&export_to(&kg, Format::Cytoscape, false)).unwrap();
    assert_eq!(
        cy["elements"]["nodes"].as_array().unwrap().len(),
        kg.node_count()
    );
    assert_eq!(
        cy["elements"]["edges"].as_array().unwrap().len(),
        kg.edge_count()
    );

    // graph.json round-trips exactly.
    let gj = export_to(&kg, Format::Json, false);
    let back: GraphData = serde_json::from_slice(&gj).unwrap();
    assert_eq!(back, kg.to_data());
}

#[test]
fn svg_and_png_render_through_graphviz() {
    let kg = hostile();
    for (format, magic) in [
        (Format::Svg, b"<?xml".as_slice()),
        (Format::Png, b"\x89PNG".as_slice()),
    ] {
        let mut buf = Vec::new();
        match export::write(&kg, format, &mut buf) {
            Ok(()) => assert!(buf.starts_with(magic), "{format:?}"),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound && skip_tools() => {
                assert_eq!(e.to_string(), export::GRAPHVIZ_MISSING);
            }
            Err(e) => panic!("{format:?}: {e}"),
        }
    }
}

#[test]
fn exports_are_deterministic() {
    let a = hostile();
    let b = hostile();
    for format in [
        Format::Json,
        Format::Dot,
        Format::Graphml,
        Format::Gexf,
        Format::NodeLink,
        Format::Cytoscape,
    ] {
        for dynamic in [false, true] {
            assert_eq!(
                export_to(&a, format, dynamic),
                export_to(&b, format, dynamic),
                "{format:?}"
            );
        }
    }
}

#[test]
fn dot_quotes_keywords_and_escapes_labels() {
    let dot = String::from_utf8(export_to(&hostile(), Format::Dot, false)).unwrap();
    assert!(dot.starts_with("digraph "));
    assert!(!dot.contains(" -- "));
    for id in ["\"node\"", "\"graph\"", "\"strict\"", "\"3M\"", "\"42nd\""] {
        assert!(dot.contains(&format!("  {id} [")), "{id} not quoted");
    }
    assert!(
        dot.contains("label=\"\\\\N \\\\l \\\\G"),
        "literal \\N not kept"
    );
    assert!(dot.contains("label=\"Say \\\"hi\\\" \\\\ back\\\\slash\\\\\""));
    assert!(dot.contains("dir=none"));
    assert!(!dot.chars().any(|c| c.is_control() && c != '\n'));
    for line in dot.lines().filter(|l| l.contains(" -> ")) {
        let w = line.split("weight=").nth(1).unwrap();
        let w: String = w.chars().take_while(char::is_ascii_digit).collect();
        assert!(w.parse::<i32>().is_ok(), "weight must be an int: {line}");
    }
}

#[test]
fn golden_files_match() {
    let kg = small();
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/golden");
    let update = std::env::var("UPDATE_GOLDEN").is_ok_and(|v| v == "1");
    let cases = [
        ("small.dot", Format::Dot, false),
        ("small.graphml", Format::Graphml, false),
        ("small.gexf", Format::Gexf, false),
        ("small.dynamic.gexf", Format::Gexf, true),
        ("small.nodelink.json", Format::NodeLink, false),
        ("small.cytoscape.json", Format::Cytoscape, false),
    ];
    for (name, format, dynamic) in cases {
        let got = export_to(&kg, format, dynamic);
        let path = dir.join(name);
        if update {
            std::fs::create_dir_all(&dir).unwrap();
            std::fs::write(&path, &got).unwrap();
            continue;
        }
        let want = std::fs::read(&path)
            .unwrap_or_else(|e| panic!("{}: {e} (run with UPDATE_GOLDEN=1)", path.display()));
        assert!(
            got == want,
            "{name} differs from the golden file (UPDATE_GOLDEN=1 to accept)\n{}",
            String::from_utf8_lossy(&got)
        );
    }
}

#[test]
fn small_graph_validates_and_counts() {
    let kg = small();
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path().join("s.gexf");
    std::fs::write(&p, export_to(&kg, Format::Gexf, true)).unwrap();
    let exp = dir.path().join("e.json");
    std::fs::write(
        &exp,
        serde_json::json!({"mode": "dynamic", "spells": 4}).to_string(),
    )
    .unwrap();
    let s = tools_dir().join("validate_gexf.py");
    let out = run(
        "python3",
        &[
            s.to_str().unwrap(),
            p.to_str().unwrap(),
            "3",
            "4",
            exp.to_str().unwrap(),
        ],
    );
    assert_ok("validate_gexf.py dynamic", out);
}

#[test]
fn export_command_writes_files_and_stdout() {
    let dir = tempfile::tempdir().unwrap();
    let gj = dir.path().join("graph.json");
    std::fs::write(&gj, export_to(&small(), Format::Json, false)).unwrap();
    let bin = env!("CARGO_BIN_EXE_gazegraph");
    let golden = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/golden");

    // -o writes the same bytes as the golden file.
    let out = dir.path().join("g.graphml");
    let st = Command::new(bin)
        .args([
            "export",
            "--graph",
            gj.to_str().unwrap(),
            "--format",
            "graphml",
            "-o",
            out.to_str().unwrap(),
        ])
        .status()
        .unwrap();
    assert!(st.success());
    assert_eq!(
        std::fs::read(&out).unwrap(),
        std::fs::read(golden.join("small.graphml")).unwrap()
    );

    // --ego by alias (case-insensitive) with depth 1, to stdout.
    let out = Command::new(bin)
        .args([
            "export",
            "--graph",
            gj.to_str().unwrap(),
            "--format",
            "node-link",
            "--ego",
            "KIM JONG-UN",
            "--kind",
            "visits",
            "--kind",
            "meets",
        ])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let ids: Vec<&str> = v["nodes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|n| n["id"].as_str().unwrap())
        .collect();
    assert_eq!(ids, ["kim-jong-un", "putin"]);
    assert_eq!(v["edges"].as_array().unwrap().len(), 1);

    // Missing graph: a clear error and exit code 2.
    let out = Command::new(bin)
        .args([
            "export",
            "--graph",
            dir.path().join("nope.json").to_str().unwrap(),
            "--format",
            "dot",
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("not found: run `gazegraph build` first"),
        "{err}"
    );

    // --dynamic is GEXF only.
    let out = Command::new(bin)
        .args([
            "export",
            "--graph",
            gj.to_str().unwrap(),
            "--format",
            "dot",
            "--dynamic",
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn a_missing_tool_fails_unless_skipped() {
    let result = std::panic::catch_unwind(|| run("gazegraph-no-such-tool", &[]));
    if skip_tools() {
        assert!(matches!(result, Ok(None)));
    } else {
        assert!(result.is_err(), "a missing tool must fail the test");
    }
}

#[test]
fn empty_graph_exports_validate() {
    let kg = graph(Vec::new(), Vec::new());
    let dir = tempfile::tempdir().unwrap();
    let gml = dir.path().join("e.graphml");
    std::fs::write(&gml, export_to(&kg, Format::Graphml, false)).unwrap();
    let gexf = dir.path().join("e.gexf");
    std::fs::write(&gexf, export_to(&kg, Format::Gexf, true)).unwrap();
    let dot = dir.path().join("e.dot");
    std::fs::write(&dot, export_to(&kg, Format::Dot, false)).unwrap();
    if let Some(xsd) = schema("graphml/graphml.xsd") {
        let out = run(
            "xmllint",
            &[
                "--noout",
                "--nonet",
                "--schema",
                &xsd,
                gml.to_str().unwrap(),
            ],
        );
        assert_ok("xmllint empty graphml", out);
    }
    if let Some(rng) = schema("gexf-1.3/gexf.rng") {
        let out = run(
            "xmllint",
            &[
                "--noout",
                "--nonet",
                "--relaxng",
                &rng,
                gexf.to_str().unwrap(),
            ],
        );
        assert_ok("xmllint empty gexf", out);
    }
    assert_ok(
        "dot empty",
        run("dot", &["-Tsvg", dot.to_str().unwrap(), "-o", "/dev/null"]),
    );
    let s = tools_dir().join("validate_graphml.py");
    assert_ok(
        "validate_graphml.py empty",
        run(
            "python3",
            &[s.to_str().unwrap(), gml.to_str().unwrap(), "0", "0"],
        ),
    );
}

/// Regression (issue 21, page size): every evidence sentence was written
/// once per edge citing it, which made a 64 MB corpus's page 98 MB. The
/// page holds each text once in `texts`; evidence items give its index.
#[test]
fn html_page_writes_each_evidence_sentence_once() {
    for kg in [small(), hostile()] {
        let page = String::from_utf8(export_to(&kg, Format::Html, false)).unwrap();
        let open = r#"<script type="application/json" id="gazegraph-data">"#;
        let at = page.find(open).unwrap() + open.len();
        let end = at + page[at..].find("</script>").unwrap();
        let data: serde_json::Value = serde_json::from_str(&page[at..end]).unwrap();
        let texts: Vec<&str> = data["texts"]
            .as_array()
            .unwrap()
            .iter()
            .map(|t| t.as_str().unwrap())
            .collect();
        let unique: std::collections::BTreeSet<&str> = texts.iter().copied().collect();
        assert_eq!(unique.len(), texts.len(), "each text once");
        let mut json = Vec::new();
        export::write(&kg, Format::Json, &mut json).unwrap();
        let graph: serde_json::Value = serde_json::from_slice(&json).unwrap();
        let edges = data["edges"].as_array().unwrap();
        assert_eq!(edges.len(), graph["edges"].as_array().unwrap().len());
        let mut cited = 0;
        for (shown, saved) in edges.iter().zip(graph["edges"].as_array().unwrap()) {
            assert_eq!(shown["kind"], saved["kind"]);
            assert_eq!(shown["weight"], saved["weight"]);
            let (a, b) = (
                shown["evidence"].as_array().unwrap(),
                saved["evidence"].as_array().unwrap(),
            );
            assert_eq!(a.len(), b.len());
            for (x, y) in a.iter().zip(b) {
                let i = x["text"].as_u64().expect("an index") as usize;
                assert_eq!(texts[i], y["text"].as_str().unwrap());
                let mut x = x.clone();
                x["text"] = y["text"].clone();
                assert_eq!(&x, y, "every other field as in graph.json");
                cited += 1;
            }
        }
        assert!(cited > texts.len(), "some sentence is cited twice");
    }
}
